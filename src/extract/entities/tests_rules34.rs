//! One table case per span rule of round 30a (organisations cut short, split or not found
//! because of how their name is built, counted over held-out sets 3-31): a Québec firm's legal
//! form in lowercase or a partnership's "SEC" after its name; a French body's head noun
//! ("Corporation", "Cégep", "Chambre", "Forum", "Groupe", "Préfecture") extended over its
//! lowercase complement and the place after it.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round30a_legal_form_after_the_name() {
    check_found(&[
        // "inc." and "ltée" in lowercase close the firm's name, with the full stop
        (
            &["Le contrat a été accordé à Forages Mistral inc. mardi, selon la Ville."],
            Lang::Fr,
            Organization,
            "Forages Mistral inc.",
            true,
        ),
        (
            &["Les camions de Transports Bélanger ltée ont quitté le dépôt à l’aube."],
            Lang::Fr,
            Organization,
            "Transports Bélanger ltée",
            true,
        ),
        // a partnership's form, in capitals or with full stops: one name, no "SEC" apart
        (
            &["L’équipe appartient à Sports Riveraine SEC depuis trois ans."],
            Lang::Fr,
            Organization,
            "Sports Riveraine SEC",
            true,
        ),
        (
            &["L’équipe appartient à Sports Riveraine SEC depuis trois ans."],
            Lang::Fr,
            Organization,
            "SEC",
            false,
        ),
        (
            &["Le bail a été signé par Immeubles Corbeau S.E.C. et la municipalité."],
            Lang::Fr,
            Organization,
            "Immeubles Corbeau S.E.C.",
            true,
        ),
        // guard: a known name alone before "inc." is no firm ("Québec inc." is a business world)
        (
            &["Le Québec inc. a salué la baisse des taux annoncée jeudi."],
            Lang::Fr,
            Organization,
            "Québec inc.",
            false,
        ),
    ]);
}

#[test]
fn rules_round30a_french_head_noun_and_its_complement() {
    check_found(&[
        // a head noun of bodies, lowercase words and the place it serves
        (
            &["La Corporation de développement touristique de Rimouski a engagé deux guides."],
            Lang::Fr,
            Organization,
            "Corporation de développement touristique de Rimouski",
            true,
        ),
        (
            &["Le Cégep de Rimouski offrira le nouveau programme dès l’automne."],
            Lang::Fr,
            Organization,
            "Cégep de Rimouski",
            true,
        ),
        (
            &["La Chambre de commerce et d’industrie de Brest a dénoncé la hausse des taxes."],
            Lang::Fr,
            Organization,
            "Chambre de commerce et d’industrie de Brest",
            true,
        ),
        // a head noun and one lowercase adjective
        (
            &["Selon le Forum citoyen, la réforme arrive trop tard."],
            Lang::Fr,
            Organization,
            "Forum citoyen",
            true,
        ),
        // guards: a verb and its object after the head are no part of the name
        (
            &["La Chambre adopte le projet de loi sans débat."],
            Lang::Fr,
            Organization,
            "Chambre adopte",
            false,
        ),
        (
            &["Le Groupe dénonce la décision du tribunal."],
            Lang::Fr,
            Organization,
            "Groupe dénonce",
            false,
        ),
        (
            &["Le Forum a lieu chaque année en juin."],
            Lang::Fr,
            Organization,
            "Forum a",
            false,
        ),
    ]);
}

#[test]
fn rules_round30a_head_adjective_acronym_and_two_places() {
    check_found(&[
        // a head noun, a lowercase adjective and the acronym that ends the name
        (
            &["Les salariés de la Compagnie forestière TVK ont voté la grève."],
            Lang::Fr,
            Organization,
            "Compagnie forestière TVK",
            true,
        ),
        // two places joined by "et" close a body's name
        (
            &[
                "Selon le président de l’Association des maraîchers de Plouzel et Kervan, la récolte est perdue.",
            ],
            Lang::Fr,
            Organization,
            "Association des maraîchers de Plouzel et Kervan",
            true,
        ),
        // guards: a second subject with its verb, a person's given name
        (
            &["La Chambre de commerce de Brest et Airvia ont signé un accord."],
            Lang::Fr,
            Organization,
            "Chambre de commerce de Brest et Airvia",
            false,
        ),
        (
            &[
                "Le directeur de l’Association des maraîchers de Plouzel et Martine, sa fille, sont venus.",
            ],
            Lang::Fr,
            Organization,
            "Association des maraîchers de Plouzel et Martine",
            false,
        ),
    ]);
}

#[test]
fn rules_round30a_branch_named_by_places_and_a_compass_word() {
    check_found(&[
        // an acronym, a known region and a compass word: its branch, no place apart
        (
            &["Selon la FRTP Normandie Ouest, les chantiers ont repris lundi."],
            Lang::Fr,
            Organization,
            "FRTP Normandie Ouest",
            true,
        ),
        (
            &["Selon la FRTP Normandie Ouest, les chantiers ont repris lundi."],
            Lang::Fr,
            Place,
            "Normandie",
            false,
        ),
        (
            &["Le prêt a été signé avec la FRTP Nord Bretagne en mars."],
            Lang::Fr,
            Organization,
            "FRTP Nord Bretagne",
            true,
        ),
        // guard: compass words and no place after the acronym name no branch
        (
            &["Le prêt a été signé avec la FRTP Nord Ouest en mars."],
            Lang::Fr,
            Organization,
            "FRTP Nord Ouest",
            false,
        ),
    ]);
}

#[test]
fn rules_round30a_common_head_noun_stops_at_verbs_and_adverbials() {
    let fr = |s: &'static str, name: &'static str| ([s], name);
    let wrong = [
        fr(
            "Elle préside la Corporation depuis huit ans.",
            "Corporation depuis huit ans",
        ),
        fr(
            "La Chambre délibère jusqu’à vendredi midi.",
            "Chambre délibère jusqu",
        ),
        fr(
            "Le Forum accueille chaque printemps 300 exposants.",
            "Forum accueille chaque printemps",
        ),
        fr("La Chambre examine lundi la motion.", "Chambre examine"),
        fr(
            "La Chambre de commerce opère depuis 1962.",
            "Chambre de commerce opère depuis",
        ),
        fr("Le Groupe reprend dès lundi les essais.", "Groupe reprend"),
    ];
    let mut cases: Vec<super::tests_merge::Found> = Vec::new();
    for (blocks, name) in &wrong {
        for kind in [Organization, Other] {
            cases.push((&blocks[..], Lang::Fr, kind, name, false));
        }
    }
    // the complement and the adjective still extend the head
    cases.push((
        &["La Chambre de commerce opère depuis 1962."],
        Lang::Fr,
        Organization,
        "Chambre de commerce",
        true,
    ));
    cases.push((
        &["Le Groupe maritime européen reprend dès lundi les essais."],
        Lang::Fr,
        Organization,
        "Groupe maritime européen",
        true,
    ));
    check_found(&cases);
}

#[test]
fn rules_round30a_second_place_only_after_a_body_serving_places() {
    check_found(&[
        // a known company or a head that serves no place: "et" ends the body's name
        (
            &["La convention lie la Chambre de commerce de Gaspé et Desjardins."],
            Lang::Fr,
            Organization,
            "Chambre de commerce de Gaspé et Desjardins",
            false,
        ),
        (
            &["La convention lie la Chambre de commerce de Gaspé et Desjardins."],
            Lang::Fr,
            Organization,
            "Desjardins",
            true,
        ),
        (
            &["Le protocole a été conclu par la Chambre de commerce de Lannion et Vendelor."],
            Lang::Fr,
            Organization,
            "Chambre de commerce de Lannion et Vendelor",
            false,
        ),
        // a body serving places still takes both
        (
            &["Selon le Comité des riverains de Plestan et Trémorel, la digue a cédé."],
            Lang::Fr,
            Organization,
            "Comité des riverains de Plestan et Trémorel",
            true,
        ),
    ]);
}

#[test]
fn rules_round30a_limitee_is_a_participle_before_a_preposition() {
    check_found(&[
        (
            &["La circulation sur le boulevard Lacasse limitée à 30 km/h gêne les livreurs."],
            Lang::Fr,
            Organization,
            "boulevard Lacasse limitée",
            false,
        ),
        (
            &["La circulation sur le boulevard Lacasse limitée à 30 km/h gêne les livreurs."],
            Lang::Fr,
            Place,
            "boulevard Lacasse",
            true,
        ),
        // the firm's form where the name ends
        (
            &["Le chantier a été confié à Coffrages Ménard limitée, de Lévis."],
            Lang::Fr,
            Organization,
            "Coffrages Ménard limitée",
            true,
        ),
    ]);
}

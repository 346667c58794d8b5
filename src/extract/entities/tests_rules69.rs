//! Mending round 47 (places): a president's "de" is weak only against a strong place cue for
//! the same name; a place noun in apposition must be its head, not a figure ("un canal de
//! distribution", "a stream of"); "par le canal de" means "via"; "le canal de X à Y" is one
//! name only when it reads as one; "au pied de" a bare name is no mountain; "adjoint" after a
//! title is an adjective; the peak of a curve ("le pic du X") is no summit; "Gambier" alone and
//! the Caribbean's Leeward and Windward Islands are not Polynesia's; a port named "de la X"
//! keeps its noun. Guards after each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn mend47_a_presidents_de_alone_keeps_its_body() {
    check_found(&[
        (
            &[
                "Hier soir, Odile Casteran, présidente de Brunvalex, a défendu son bilan devant les actionnaires.",
            ],
            Lang::Fr,
            Organization,
            "Brunvalex",
            true,
        ),
        (
            &["Le président de Marquenor, qui compte 600 employés, quitte ses fonctions."],
            Lang::Fr,
            Organization,
            "Marquenor",
            true,
        ),
        (
            &["Devant la presse, le président d’Ulvarix a refusé tout commentaire."],
            Lang::Fr,
            Organization,
            "Ulvarix",
            true,
        ),
        // a bare "à X" is no strong place cue: the company stays a company
        (
            &[
                "La présidente de Norvalis, Inès Ferrand, a présenté les comptes.",
                "À Norvalis, les ouvriers ont débrayé une heure.",
            ],
            Lang::Fr,
            Organization,
            "Norvalis",
            true,
        ),
        // guards: a strong place cue elsewhere still outweighs the president's "de"
        (
            &[
                "Les habitants de Chambérin ont voté contre le projet.",
                "Selon Paul Vernet, président de Chambérin, le vote sera respecté.",
            ],
            Lang::Fr,
            Place,
            "Chambérin",
            true,
        ),
        (
            &[
                "Les habitants de Chambérin ont voté contre le projet.",
                "Selon Paul Vernet, président de Chambérin, le vote sera respecté.",
            ],
            Lang::Fr,
            Organization,
            "Chambérin",
            false,
        ),
    ]);
}

#[test]
fn mend47_a_place_noun_in_apposition_is_its_head() {
    check_found(&[
        (
            &["Marvelon, un canal de diffusion pour les artisans, a doublé ses ventes."],
            Lang::Fr,
            Place,
            "Marvelon",
            false,
        ),
        (
            &["Hier, Costarel, au sommet du classement des assureurs, a publié ses résultats."],
            Lang::Fr,
            Place,
            "Costarel",
            false,
        ),
        (
            &["Orsan Velkart, présent au sommet de Lisbonne, a plaidé pour la taxe."],
            Lang::Fr,
            Place,
            "Orsan Velkart",
            false,
        ),
        (
            &["Le C12, un sommet qui rassemble les ministres, s’ouvre lundi."],
            Lang::Fr,
            Place,
            "C12",
            false,
        ),
        (
            &["Buyers praised Thornfield, the Sonoma Valley vineyard, for its reds."],
            Lang::En,
            Place,
            "Thornfield",
            false,
        ),
        (
            &["Last year Quarrow, a canal barge operator, lost two contracts."],
            Lang::En,
            Place,
            "Quarrow",
            false,
        ),
        (
            &["Investors call Feldane, a stream of cheap loans, a risk."],
            Lang::En,
            Place,
            "Feldane",
            false,
        ),
        // guards: the noun as the head, after its article
        (
            &[
                "Les truites abondent dans la Sarvonne, un affluent de la Meuse, selon les pêcheurs.",
            ],
            Lang::Fr,
            Place,
            "Sarvonne",
            true,
        ),
        (
            &["Divers explored Lonmere, a deep lake in the hills, last summer."],
            Lang::En,
            Place,
            "Lonmere",
            true,
        ),
    ]);
}

#[test]
fn mend47_via_a_canal_and_a_canal_with_a_town() {
    check_found(&[
        // "par le canal de X": through X's channel, no canal
        (
            &["Les fonds ont été versés par le canal de Lyon, a dit le juge."],
            Lang::Fr,
            Place,
            "canal de Lyon",
            false,
        ),
        (
            &["L’offre a été relayée par le canal du Parlement jeudi."],
            Lang::Fr,
            Place,
            "canal du Parlement",
            false,
        ),
        // a canal then a town where it is
        (
            &["Un voilier s’est échoué dans le canal de la Manche à Dunkerque mardi."],
            Lang::Fr,
            Place,
            "Dunkerque",
            true,
        ),
        (
            &["Les randonneurs suivent le canal de Bretagne à Rennes depuis lundi."],
            Lang::Fr,
            Place,
            "Rennes",
            true,
        ),
        // guards: a canal named after both its ends
        (
            &["Une péniche a rejoint le canal de Lorient à Vannes hier."],
            Lang::Fr,
            Place,
            "canal de Lorient à Vannes",
            true,
        ),
        (
            &["Un voilier s’est échoué dans le canal de la Manche à Dunkerque mardi."],
            Lang::Fr,
            Place,
            "canal de la Manche à Dunkerque",
            false,
        ),
    ]);
}

#[test]
fn mend47_a_bare_name_after_the_foot_of_is_no_mountain() {
    check_found(&[
        (
            &["Le centre est tombé au pied de Kouyaté, qui a poussé au fond."],
            Lang::Fr,
            Place,
            "Kouyaté",
            false,
        ),
        (
            &["The cross landed at the foot of Brannigan, who tapped it in."],
            Lang::En,
            Place,
            "Brannigan",
            false,
        ),
        // guards: a mountain's noun or an article before the name
        (
            &["Le refuge se trouve au pied du Mont Varoche, près du lac."],
            Lang::Fr,
            Place,
            "Mont Varoche",
            true,
        ),
        (
            &["Un chalet a brûlé au pied de la Pointe Sarvine cette nuit."],
            Lang::Fr,
            Place,
            "Pointe Sarvine",
            true,
        ),
    ]);
}

#[test]
fn mend47_an_adjoint_after_a_title_and_the_peak_of_a_curve() {
    check_found(&[
        (
            &[
                "Le secrétaire adjoint du Torvane, Rémi Labat, a été entendu.",
                "Torvane a démenti toute irrégularité.",
            ],
            Lang::Fr,
            Organization,
            "Torvane",
            true,
        ),
        (
            &["Selon les médecins, le pic du SRAS reviendra en hiver."],
            Lang::Fr,
            Place,
            "pic du SRAS",
            false,
        ),
        (
            &["Les hôpitaux redoutent le pic de la Dengue en mars."],
            Lang::Fr,
            Place,
            "pic de la Dengue",
            false,
        ),
        // guards: an alderman's portfolio after an article; a named summit
        (
            &["Selon l’adjointe aux Finances, Léa Morvan, le budget est tenu."],
            Lang::Fr,
            Place,
            "Finances",
            false,
        ),
        (
            &["Les grimpeurs ont atteint le pic de Sarvèze avant midi."],
            Lang::Fr,
            Place,
            "pic de Sarvèze",
            true,
        ),
    ]);
}

#[test]
fn mend47_archipelagos_other_than_polynesias_and_a_ports_own_name() {
    check_found(&[
        (
            &["The college in Gambier, Ohio, raised its fees again."],
            Lang::En,
            Place,
            "Gambier Islands",
            false,
        ),
        (
            &["L’équipe des Leeward Islands a battu la Jamaïque au cricket."],
            Lang::Fr,
            Place,
            "Îles Sous-le-Vent",
            false,
        ),
        (
            &["Touristes et pêcheurs aiment le port de la Baleine, à Sorvel."],
            Lang::Fr,
            Place,
            "Baleine",
            false,
        ),
        // guards: the French islands by their French name
        (
            &["Les pêcheurs des îles Gambier ont obtenu une aide, a dit le haut-commissaire."],
            Lang::Fr,
            Place,
            "Îles Gambier",
            true,
        ),
        (
            &["Le cargo est reparti du port de Sorvel mardi soir."],
            Lang::Fr,
            Place,
            "Sorvel",
            true,
        ),
    ]);
}

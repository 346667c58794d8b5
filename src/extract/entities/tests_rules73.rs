//! One table per class of round 51 (French): a minister's arrival or origin before "de X"
//! keeps X a place, and "déléguée aux X" is a remit; a park or a wind farm "de X" is named by
//! its town; the subject after a fronted place phrase is a person; a given name before a place
//! word is a person's name; a body opened by its capitalised article runs on to its place; a
//! name after "l’association"/"l’ASBL" stops at the verb. Guards: a portfolio after a level
//! ("ministre wallon de l’Emploi"), a named park ("parc de la X"), places listed after a
//! fronted phrase, a given name after a comma, an article before a plain word, a name that
//! runs to its comma.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round51_a_ministers_arrival_or_origin_and_remit() {
    check_found(&[
        (
            &["La ministre originaire de Saint-Varandel a été reçue à l’Élysée."],
            Lang::Fr,
            Place,
            "Saint-Varandel",
            true,
        ),
        (
            &["Le ministre parti de Kolmbéré en avion est arrivé à Goma."],
            Lang::Fr,
            Place,
            "Kolmbéré",
            true,
        ),
        (
            &["Le ministre délégué aux Transports a visité le chantier."],
            Lang::Fr,
            Person,
            "Transports",
            false,
        ),
        (
            &["La ministre déléguée aux Sports a ouvert les jeux."],
            Lang::Fr,
            Person,
            "Sports",
            false,
        ),
        // guards: a level's portfolio stays no place; a place after an arrival stays one
        (
            &["Le ministre wallon de l’Emploi a annoncé un plan."],
            Lang::Fr,
            Place,
            "Emploi",
            false,
        ),
        (
            &["Le ministre arrivé aux Comores a salué la foule."],
            Lang::Fr,
            Place,
            "Comores",
            true,
        ),
    ]);
}

#[test]
fn rules_round51_a_park_of_a_town() {
    check_found(&[
        (
            &["Trois turbines du parc de Valdrenne tournent depuis mars."],
            Lang::Fr,
            Place,
            "Valdrenne",
            true,
        ),
        (
            &["Trois turbines du parc de Valdrenne tournent depuis mars."],
            Lang::Fr,
            Place,
            "parc de Valdrenne",
            false,
        ),
        (
            &["Les opposants au parc d’Ormanville se sont réunis lundi."],
            Lang::Fr,
            Place,
            "Ormanville",
            true,
        ),
        // guard: a park's own name after "de la" keeps its noun
        (
            &["Les familles se promènent dans le parc de la Roseraie Haute le dimanche."],
            Lang::Fr,
            Place,
            "Roseraie Haute",
            false,
        ),
    ]);
}

#[test]
fn rules_round51_the_subject_after_a_fronted_place() {
    check_found(&[
        (
            &["Au marché de Kandoro, Tiékoura Sanogo vend des pagnes depuis vingt ans."],
            Lang::Fr,
            Person,
            "Tiékoura Sanogo",
            true,
        ),
        (
            &["Dans le hameau de Belvarec, près de Quimper, Ewenn Kerdrel a réparé son bateau."],
            Lang::Fr,
            Person,
            "Ewenn Kerdrel",
            true,
        ),
        (
            &["Au nord de Lyon, Ombeline Sarrault avait fermé son atelier."],
            Lang::Fr,
            Person,
            "Ombeline Sarrault",
            true,
        ),
        // guards: places listed after the phrase; a body with its noun
        (
            &["À l’est de Bamako, Ségou et Mopti attendent la pluie."],
            Lang::Fr,
            Person,
            "Ségou",
            false,
        ),
        (
            &["Au nord de Lyon, Transports Varel a fermé son dépôt."],
            Lang::Fr,
            Person,
            "Transports Varel",
            false,
        ),
    ]);
}

#[test]
fn rules_round51_a_given_name_before_a_place_word() {
    check_found(&[
        (
            &["Le président a reçu à Montréal Gaston Hollande et son épouse."],
            Lang::Fr,
            Person,
            "Gaston Hollande",
            true,
        ),
        (
            &["Le ministre a rencontré à Dakar Pierre Lyon pour parler du budget."],
            Lang::Fr,
            Person,
            "Pierre Lyon",
            true,
        ),
        (
            &["Le ministre a rencontré à Dakar Pierre Lyon pour parler du budget."],
            Lang::Fr,
            Place,
            "Lyon",
            false,
        ),
        // guard: a comma between them keeps the place
        (
            &["Le maire a reçu à Montréal Pierre, Lyon et Québec ayant refusé."],
            Lang::Fr,
            Place,
            "Lyon",
            true,
        ),
    ]);
}

#[test]
fn rules_round51_an_article_body_runs_to_its_place() {
    check_found(&[
        (
            &["Un audit vise depuis mai La Mutuelle forestière du Québec et ses filiales."],
            Lang::Fr,
            Organization,
            "La Mutuelle forestière du Québec",
            true,
        ),
        (
            &["Le syndicat a écrit à La Caisse agricole de la Bretagne pour obtenir un délai."],
            Lang::Fr,
            Organization,
            "La Caisse agricole de la Bretagne",
            true,
        ),
        // guard: no known place after the adjective, no extension
        (
            &["Un audit vise depuis mai La Mutuelle forestière de Varenne et ses filiales."],
            Lang::Fr,
            Organization,
            "La Mutuelle forestière de Varenne",
            false,
        ),
    ]);
}

#[test]
fn rules_round51_a_name_after_an_association_stops_at_its_verb() {
    check_found(&[
        (
            &["L’association Forêts sans routes a saisi le tribunal."],
            Lang::Fr,
            Organization,
            "Forêts sans routes",
            true,
        ),
        (
            &[
                "Le concert est organisé par l’ASBL Vents sans frontières, avec le soutien de la commune.",
            ],
            Lang::Fr,
            Organization,
            "Vents sans frontières",
            true,
        ),
        (
            &[
                "Le concert est organisé par l’ASBL Vents sans frontières, avec le soutien de la commune.",
            ],
            Lang::Fr,
            Organization,
            "ASBL Vents",
            false,
        ),
        // the form alone names nothing
        (
            &["Selon ses statuts, l’ASBL peut recevoir des dons."],
            Lang::Fr,
            Organization,
            "ASBL",
            false,
        ),
        // guard: the name running to its comma is kept whole
        (
            &["L’association Sauvegarde de la vallée, fondée en 1990, proteste."],
            Lang::Fr,
            Organization,
            "Sauvegarde de la vallée",
            true,
        ),
    ]);
}

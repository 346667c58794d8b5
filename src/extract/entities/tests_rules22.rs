//! One table case per rule of the twenty-second round (round 27a of the held-out sets), chosen
//! from the French organisation span errors of sets 3-28: a body's name in sentence case cut
//! short after its capitalised words, or opened too early by a lowercase noun of one of its
//! parts.

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round22_sentence_case_heads() {
    check_kinds(&[
        // more heads that take lowercase words and then a name ("Fonds de X Y")
        (
            "L’entreprise compte parmi ses actionnaires le Fonds de relance Veldor, selon le rapport.",
            Lang::Fr,
            "Fonds de relance Veldor",
            Some(Organization),
        ),
        (
            "Les services de la Communauté de communes du Haut Bréval sont fermés depuis lundi.",
            Lang::Fr,
            "Communauté de communes du Haut Bréval",
            Some(Organization),
        ),
        (
            "Elle a racheté la Coopérative d’éleveurs du Val Tressan en 2019.",
            Lang::Fr,
            "Coopérative d’éleveurs du Val Tressan",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round22_purpose_in_a_name() {
    check_kinds(&[
        // "contre" and a noun with its article, as "pour" was
        (
            "Le dossier a été confié au Centre de lutte contre les fraudes bancaires, à Lyon.",
            Lang::Fr,
            "Centre de lutte contre les fraudes bancaires",
            Some(Organization),
        ),
        // after a head and a capitalised name
        (
            "Le projet est soutenu par la Fondation Merivel pour la recherche, une organisation privée.",
            Lang::Fr,
            "Fondation Merivel pour la recherche",
            Some(Organization),
        ),
        // a list of purposes, closed by "et"
        (
            "Il est financé par le Fonds national pour les routes rurales, la voirie et l’éclairage public.",
            Lang::Fr,
            "Fonds national pour les routes rurales, la voirie et l’éclairage public",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round22_ministries_listing_remits() {
    check_kinds(&[
        (
            "Le ministère de la Mer, de la Pêche durable et de la Protection littorale a réagi.",
            Lang::Fr,
            "ministère de la Mer, de la Pêche durable et de la Protection littorale",
            Some(Organization),
        ),
        // a plural adjective of the remit, then "et" and one more
        (
            "Le ministère des Affaires rurales et des Territoires a publié un décret.",
            Lang::Fr,
            "ministère des Affaires rurales et des Territoires",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round22_part_of_a_named_body() {
    check_kinds(&[
        // a board of a body named by its acronym
        (
            "Le président du conseil d’administration de la SVTR a démissionné jeudi.",
            Lang::Fr,
            "conseil d’administration de la SVTR",
            None,
        ),
        // a board of another body with its own head
        (
            "Le conseil de surveillance du centre hospitalier de Brémonde a voté la fusion.",
            Lang::Fr,
            "centre hospitalier de Brémonde",
            Some(Organization),
        ),
        // a building's noun and its complement before the town
        (
            "Une manifestation est prévue devant l’hôtel de ville de Sarvignac-sur-Tarn samedi.",
            Lang::Fr,
            "hôtel de ville de Sarvignac-sur-Tarn",
            None,
        ),
        (
            "L’audience s’est tenue dans une salle du palais de justice de Montreuil.",
            Lang::Fr,
            "salle du palais de justice de Montreuil",
            None,
        ),
    ]);
}

#[test]
fn rules_round22_more_sentence_case_names() {
    check_kinds(&[
        // a purpose after a head, a connector and a place, coordinated with "et la"
        (
            "Elle s’est portée partie civile avec la Fédération du Morvan pour la chasse et la gestion du gibier sauvage.",
            Lang::Fr,
            "Fédération du Morvan pour la chasse et la gestion du gibier sauvage",
            Some(Organization),
        ),
        // "Maison" and "Club" heads in sentence case
        (
            "À Tarbes, la Maison de santé du Val Corbière tente de combler les manques.",
            Lang::Fr,
            "Maison de santé du Val Corbière",
            Some(Organization),
        ),
        (
            "Pour le président du Club nautique breton de Pléhérel, la saison est sauvée.",
            Lang::Fr,
            "Club nautique breton de Pléhérel",
            Some(Organization),
        ),
        // a hospital's name straight after "centre hospitalier"
        (
            "Le blessé a été admis au centre hospitalier Rance Émeraude dans la nuit.",
            Lang::Fr,
            "centre hospitalier Rance Émeraude",
            Some(Organization),
        ),
    ]);
}

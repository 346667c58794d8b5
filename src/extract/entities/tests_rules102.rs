//! Round 62 (the 55th set read): post-nominals ("KC"), "Undersecretary", dioceses, "neighboring
//! X", "the X Desert", "le Banc d’X", French verbs ending a ministry's lowercase extension, a
//! fused article opening a sentence, a known firm's name written in sentence case, a gerund of
//! pleading before "for the" an acronym, a Spanish trade's noun opening a firm's name.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round62_people_without_their_post_nominals_and_titles() {
    check_found(&[
        (
            &["Mitigating, Andrew Fairbank KC, for the company, said it had spent money."],
            Lang::En,
            Person,
            "Andrew Fairbank",
            true,
        ),
        (
            &["Undersecretary Ariel Dantes said the agency had delivered packs."],
            Lang::En,
            Person,
            "Ariel Dantes",
            true,
        ),
        (
            &["The agency brought the case. Prosecuting for the EA, Cath Moor said so."],
            Lang::En,
            Organization,
            "Prosecuting for the EA",
            false,
        ),
    ]);
}

#[test]
fn rules_round62_places_and_bodies() {
    let typhoon = "Doctors in Tuguegarao were busy. The Archdiocese of Tuguegarao opened halls. \
                   The storm swept across Cagayan and neighboring Isabela.";
    check_found(&[
        (
            &[typhoon],
            Lang::En,
            Organization,
            "Archdiocese of Tuguegarao",
            true,
        ),
        (
            &[typhoon],
            Lang::En,
            Person,
            "Archdiocese of Tuguegarao",
            false,
        ),
        (&[typhoon], Lang::En, Place, "Isabela", true),
        (
            &["Water is drawn in the Atacama Desert, where the mine is."],
            Lang::En,
            Place,
            "Atacama Desert",
            true,
        ),
        (
            &["Plus au sud, le Banc d’Arguin, classé par l’Unesco, sert de nourricerie."],
            Lang::Fr,
            Organization,
            "Banc d’Arguin",
            false,
        ),
    ]);
}

#[test]
fn rules_round62_french_names_ends() {
    check_found(&[
        (
            &["À Nouakchott, le ministère des Pêches et de l’Économie maritime voit un modèle."],
            Lang::Fr,
            Organization,
            "ministère des Pêches et de l’Économie maritime",
            true,
        ),
        (
            &["Au Parlement, le Parti socialiste jurassien (PSJ) a demandé un moratoire."],
            Lang::Fr,
            Organization,
            "Au Parlement",
            false,
        ),
    ]);
}

#[test]
fn rules_round62_firms_names() {
    let water = "A Yorkshire water company has been fined. Yorkshire Water said it would appeal.";
    let minera = [
        "Workers rejected a wage offer from Minera Talcuna SA, the unit of a London firm.",
        "Talcuna said in a statement that its offer was fair.",
    ];
    check_found(&[
        (&[water], Lang::En, Organization, "Yorkshire Water", true),
        (
            &["A Yorkshire water company has been fined £3 million."],
            Lang::En,
            Organization,
            "Yorkshire Water",
            false,
        ),
        (&minera, Lang::En, Organization, "Talcuna", false),
        (&minera, Lang::En, Organization, "Minera Talcuna SA", true),
    ]);
}

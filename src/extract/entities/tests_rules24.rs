//! One table case per merge of round 27 (duplicates counted over held-out sets 3-28: one body
//! named in two ways and listed twice): a private company's suffix, a body's name without "of"
//! and its place, an acronym opening a name, a known acronym of a known name, a hyphenated
//! word's initials, a tail guessed a person's name, a name without its lowercase descriptor, a
//! club named after its town, a body named after a place of two words.

use super::tests_merge::check_merged;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round24_company_and_place_suffixes() {
    check_merged(&[
        // "Pvt Ltd", "Pty Ltd" are a private company's suffix
        (
            &[
                "Brenwick Mills Pvt Ltd, a yarn maker, was sold on Monday.",
                "Brenwick Mills has four plants.",
                "Brenwick exports rose.",
            ],
            Lang::En,
            Organization,
            "Brenwick Mills Pvt Ltd",
            &["Brenwick", "Brenwick Mills"],
        ),
        // a body's name before "of" and a known place is that body, named without it
        (
            &[
                "The Harbour Trust of Tasmania lost its appeal on Monday.",
                "The Harbour Trust said it would pay the costs.",
            ],
            Lang::En,
            Organization,
            "Harbour Trust of Tasmania",
            &["Harbour Trust"],
        ),
    ]);
}

#[test]
fn rules_round24_acronyms() {
    check_merged(&[
        // an acronym of the opening words, then the same closing words
        (
            &[
                "The Marine Conservation Trust Scotland sued the state on Monday.",
                "A lawyer for MCT Scotland said the case would go on.",
            ],
            Lang::En,
            Organization,
            "Marine Conservation Trust Scotland",
            &["MCT Scotland"],
        ),
        // an acronym of a whole name, then "of" and a known place
        (
            &[
                "The Federation of Small Businesses sued the state on Monday.",
                "The suit was brought by the FSB of Wales on behalf of two firms.",
            ],
            Lang::En,
            Organization,
            "Federation of Small Businesses",
            &["FSB of Wales"],
        ),
        // a known acronym of a known name: the name the article spells out
        (
            &[
                "The Federation of Small Businesses welcomed the budget.",
                "The FSB said rates were still too high.",
            ],
            Lang::En,
            Organization,
            "Federation of Small Businesses",
            &["FSB"],
        ),
        // each part of a hyphenated word gives its initial
        (
            &[
                "Le Syndicat mixte Loire-Atlantique a voté le budget mardi.",
                "Le SMLA financera la digue.",
            ],
            Lang::Fr,
            Organization,
            "Syndicat mixte Loire-Atlantique",
            &["SMLA"],
        ),
    ]);
}

#[test]
fn rules_round24_shorter_names_of_bodies() {
    check_merged(&[
        // a tail guessed a person's name without a cue
        (
            &[
                "L’association a pris le nom Les Amis de Brouage en 2010.",
                "Pour Amis de Brouage, le projet défigure le site.",
            ],
            Lang::Fr,
            Organization,
            "Les Amis de Brouage",
            &["Amis de Brouage"],
        ),
        // "Éditions" opens a publisher's name
        (
            &[
                "Les Éditions du Petit Caillou ont été rachetées.",
                "Petit Caillou publie douze titres par an.",
            ],
            Lang::Fr,
            Organization,
            "Éditions du Petit Caillou",
            &["Petit Caillou"],
        ),
        // a name without its lowercase descriptor
        (
            &[
                "Mardi, la Fédération départementale des Chasseurs Réunis a annoncé sa fusion.",
                "Selon la Fédération des Chasseurs Réunis, 800 adhérents ont voté.",
            ],
            Lang::Fr,
            Organization,
            "Fédération départementale des Chasseurs Réunis",
            &["Fédération des Chasseurs Réunis"],
        ),
        // a club named after its town, then by its one word
        (
            &[
                "Leeds Wanderers FC were sold on Monday.",
                "Wanderers fans welcomed the sale.",
            ],
            Lang::En,
            Organization,
            "Leeds Wanderers FC",
            &["Wanderers"],
        ),
        // a body named after a place of two words, then without it
        (
            &[
                "The Harlow Valley Heritage Society objected to the plan.",
                "Heritage Society members met on Monday.",
            ],
            Lang::En,
            Organization,
            "Harlow Valley Heritage Society",
            &["Heritage Society"],
        ),
    ]);
}

#[test]
fn rules_round24_places_named_short() {
    check_merged(&[
        // a hyphenated town's name by its first word
        (
            &[
                "Le marché de Villefranche-sur-Cher a rouvert samedi.",
                "À Villefranche, les commerçants sont soulagés.",
            ],
            Lang::Fr,
            Place,
            "Villefranche-sur-Cher",
            &["Villefranche"],
        ),
        // a town's name without its article, rather than a landform's name that ends with it
        (
            &[
                "Les chalutiers sont rentrés au port du Conquet et à Quiberon.",
                "Entre Le Conquet et Brest, la mer était forte.",
                "Le maire du Conquet a demandé une aide.",
            ],
            Lang::Fr,
            Place,
            "Le Conquet",
            &["Conquet"],
        ),
        // not a town after the noun of a work named after it
        (
            &[
                "Le viaduc de Morlaix sera repeint cet été.",
                "À Morlaix, les habitants sont ravis.",
            ],
            Lang::Fr,
            Place,
            "Morlaix",
            &[],
        ),
        // a pass's name without its noun
        (
            &[
                "Le col de l’Iseran restera fermé jusqu’en juin.",
                "Les cyclistes qui visaient l’Iseran devront attendre.",
            ],
            Lang::Fr,
            Place,
            "col de l’Iseran",
            &["Iseran"],
        ),
    ]);
}

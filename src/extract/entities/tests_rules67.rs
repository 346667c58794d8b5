//! Round 49 (venues and persons): capitalised words ending with a noun of buildings, rooms or
//! hills after an article or a preposition of place name one place ("at the Corn House", "on
//! Castle Hill"), and an airport or a station named after a person is one place; a member's
//! title ("TD", "MLA") before a given name is stripped, not read as a firm's initials; "Pape"
//! before a known given name is that person's given name, not the pope; "le palais X" takes
//! its name straight after it, "la place du X" after a noun and "la tour du X" too; one word
//! between "a" and a noun of works is their author; "Grégoire de X" in a block of the past is
//! one person. Guards after each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn round49_named_venues_are_places() {
    check_found(&[
        (
            &["The quarter-final was played at the Weaver House on Sunday."],
            Lang::En,
            Place,
            "Weaver House",
            true,
        ),
        (
            &["She sipped tea in the oak-panelled Cedar Room before the last round."],
            Lang::En,
            Place,
            "Cedar Room",
            true,
        ),
        (
            &["Speaking on Tollgate Hill, the minister said the duties were unfair."],
            Lang::En,
            Place,
            "Tollgate Hill",
            true,
        ),
        (
            &["Flights leave from Maeve Dorran Galway City Airport every morning."],
            Lang::En,
            Place,
            "Maeve Dorran Galway City Airport",
            true,
        ),
        // the person an airport is named after is no mention of their own
        (
            &["Flights leave from Maeve Dorran Galway City Airport every morning."],
            Lang::En,
            Person,
            "Maeve Dorran",
            false,
        ),
        // guards: a person whose surname is a venue noun; a known body; no article before
        (
            &["The motion was tabled by Nadia Hill on Monday."],
            Lang::En,
            Place,
            "Nadia Hill",
            false,
        ),
        (
            &["A report by Chatham House warned of shortages."],
            Lang::En,
            Organization,
            "Chatham House",
            true,
        ),
        (
            &["The White House said the tariffs would stay."],
            Lang::En,
            Place,
            "White House",
            false,
        ),
    ]);
}

#[test]
fn round49_a_members_title_is_stripped() {
    check_found(&[
        (
            &["Green Party TD Niamh Corrigan wrote in support of the plan."],
            Lang::En,
            Person,
            "Niamh Corrigan",
            true,
        ),
        (
            &["The local MLA Eoin Brannock said the road was unsafe."],
            Lang::En,
            Person,
            "Eoin Brannock",
            true,
        ),
        // guard: initials before a body's noun stay the body's
        (
            &["Shares of TD Securities rose on Tuesday."],
            Lang::En,
            Person,
            "Securities",
            false,
        ),
    ]);
}

#[test]
fn round49_pape_before_a_given_name_is_a_given_name() {
    check_found(&[
        (
            &["« Le prix est trop bas », a affirmé Pape Ibrahima Ndour, directeur de la société."],
            Lang::Fr,
            Person,
            "Pape Ibrahima Ndour",
            true,
        ),
        (
            &["« Nous attendons », a expliqué Pape Moussa Gningue, porte-parole des dockers."],
            Lang::Fr,
            Person,
            "Pape Moussa Gningue",
            true,
        ),
        // guard: the pope before a name stays a title
        (
            &["Le Pape François a reçu les évêques mardi."],
            Lang::Fr,
            Person,
            "Pape François",
            false,
        ),
    ]);
}

#[test]
fn round49_a_palace_takes_its_name_straight_after_it() {
    check_found(&[
        (
            &["L’œuvre sera présentée au premier étage du palais Saint-Ambroise, en juin."],
            Lang::Fr,
            Place,
            "palais Saint-Ambroise",
            true,
        ),
        (
            &["L’œuvre sera présentée au premier étage du palais Saint-Ambroise, en juin."],
            Lang::Fr,
            Place,
            "Saint-Ambroise",
            false,
        ),
    ]);
}

#[test]
fn round49_one_word_before_a_noun_of_works_is_its_author() {
    check_found(&[
        (
            &["The troupe staged a Varnier comedy in the old mill last week."],
            Lang::En,
            Person,
            "Varnier",
            true,
        ),
        (
            &["The troupe staged a Varnier comedy in the old mill last week."],
            Lang::En,
            Place,
            "Varnier",
            false,
        ),
        // guard: a place before a business noun stays a place
        (
            &["She joined a Kestrowe pharmacy chain in 2019."],
            Lang::En,
            Person,
            "Kestrowe",
            false,
        ),
    ]);
}

#[test]
fn round49_squares_and_towers_keep_their_noun() {
    check_found(&[
        (
            &[
                "« Tout part ailleurs », soupire Lucie Varenne, fleuriste place du Calvaire depuis vingt ans.",
            ],
            Lang::Fr,
            Place,
            "place du Calvaire",
            true,
        ),
        (
            &["Le ban sera proclamé du haut de la tour du Prieur, en septembre."],
            Lang::Fr,
            Place,
            "tour du Prieur",
            true,
        ),
        // guards: a round is no tower; a country's rank is no square
        (
            &["Le maire a fait le tour du Quartier avec les habitants."],
            Lang::Fr,
            Place,
            "tour du Quartier",
            false,
        ),
        (
            &["Le ministre a évoqué la place de la France dans le monde."],
            Lang::Fr,
            Place,
            "place de la France",
            false,
        ),
    ]);
}

#[test]
fn round49_a_given_name_and_a_land_name_a_person_of_the_past() {
    check_found(&[
        (
            &[
                "Au VIe siècle, Grégoire de Lyon fit élever une basilique hors les murs, rapporte un moine.",
            ],
            Lang::Fr,
            Person,
            "Grégoire de Lyon",
            true,
        ),
        (
            &["L’exposition est consacrée à la cour d’Éléonore de Provence, reine d’Angleterre."],
            Lang::Fr,
            Person,
            "Éléonore de Provence",
            true,
        ),
        (
            &["L’exposition est consacrée à la cour d’Éléonore de Provence, reine d’Angleterre."],
            Lang::Fr,
            Organization,
            "cour d’Éléonore de Provence",
            false,
        ),
        // the land stays a place of its own where it is named alone
        (
            &[
                "Au VIe siècle, Grégoire de Lyon fonda un monastère sur la colline.",
                "À Lyon, le maire a salué la découverte.",
            ],
            Lang::Fr,
            Place,
            "Lyon",
            true,
        ),
        // guard: with no past around, a given name and a town stay apart
        (
            &["Le prix a été remis à Marie de Lyon par le jury mardi."],
            Lang::Fr,
            Person,
            "Marie de Lyon",
            false,
        ),
    ]);
}

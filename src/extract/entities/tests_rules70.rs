//! One table per class of round 50 (English organisations and places): a firm named again
//! short after a cue of a person ("said Kestrel Looms was"), by its honorific and next word
//! ("Shri Gomati’s chairman") or by its head noun after "the" ("The Chamber’s director");
//! holidays and First Nations' governments by their last words; places listed after "settlements
//! such as" and after "hunters from". Guards: a given name before a firm's words, two bodies
//! sharing a head noun, a person after "Shri", "Doris Day", firms after "such as", "from Monday".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round70_a_firm_named_again_short_is_no_person() {
    check_found(&[
        (
            &[
                "The leak began at Kestrel Looms Ltd, a weaver near the river, on Friday.",
                "A trade body said Kestrel Looms was a member in good standing.",
            ],
            Lang::En,
            Person,
            "Kestrel Looms",
            false,
        ),
        (
            &[
                "Orders fell at Tamberlane Pumps Plc last year.",
                "Analysts said Tamberlane Pumps had lost two contracts.",
            ],
            Lang::En,
            Person,
            "Tamberlane Pumps",
            false,
        ),
        // guard: a given name before the firm's words is a person's name
        (
            &[
                "The loan went to Harold Quist Ltd in March.",
                "“We will repay it,” said Harold Quist, its founder.",
            ],
            Lang::En,
            Person,
            "Harold Quist",
            true,
        ),
    ]);
}

#[test]
fn rules_round70_an_honorific_opens_a_bodys_name() {
    check_found(&[
        (
            &["Farmers sued Shri Gomati Sahakari Dudh Utpadak Ltd over unpaid dues."],
            Lang::En,
            Organization,
            "Shri Gomati Sahakari Dudh Utpadak Ltd",
            true,
        ),
        (
            &[
                "Farmers sued Shri Gomati Sahakari Dudh Utpadak Ltd over unpaid dues.",
                "Shri Gomati’s chairman, Arvind Pawle, said the mill would appeal.",
            ],
            Lang::En,
            Person,
            "Gomati",
            false,
        ),
        // the river the body is named after stays a place
        (
            &[
                "Farmers sued Shri Gomati Sahakari Dudh Utpadak Ltd over unpaid dues.",
                "Shri Gomati’s chairman, Arvind Pawle, said the mill would appeal.",
                "Cane grows along the Gomati and Varunika rivers.",
            ],
            Lang::En,
            Place,
            "Gomati",
            true,
        ),
        // guard: a person after "Shri"
        (
            &["Shri Devendra Salvi said the scheme would grow."],
            Lang::En,
            Person,
            "Devendra Salvi",
            true,
        ),
    ]);
}

#[test]
fn rules_round70_a_body_named_again_by_its_head_noun() {
    check_found(&[
        (
            &[
                "The Brackwater Chamber of Commerce has lobbied for a new bridge.",
                "The Chamber’s president, Ana Voss, said the case was plain.",
            ],
            Lang::En,
            Organization,
            "The Chamber",
            false,
        ),
        (
            &[
                "The Kilmory Harbour Trust owns the quay.",
                "Divers hired by the Trust found the wreck on Sunday.",
            ],
            Lang::En,
            Organization,
            "Trust",
            false,
        ),
        // guard: two bodies with the same head noun
        (
            &[
                "The Brackwater Chamber of Commerce and the Ossory Chamber of Mines met.",
                "The Chamber’s president, Ana Voss, said the case was plain.",
            ],
            Lang::En,
            Organization,
            "The Chamber",
            true,
        ),
    ]);
}

#[test]
fn rules_round70_holidays_and_first_nations() {
    check_found(&[
        (
            &["Growers worked through the night for a Valentine’s Day deadline."],
            Lang::En,
            Place,
            "Valentine",
            false,
        ),
        (
            &["Sales peak before Mother’s Day and Anzac Day."],
            Lang::En,
            Organization,
            "Anzac Day",
            false,
        ),
        (
            &["Sales peak before Mother’s Day and Anzac Day."],
            Lang::En,
            Organization,
            "Day",
            false,
        ),
        // guard: a given name before "Day" is a person's
        (
            &["The singer Doris Day recorded the song in 1956."],
            Lang::En,
            Person,
            "Doris Day",
            true,
        ),
        (
            &["The Copper Lake Cree First Nation said the road was unsafe."],
            Lang::En,
            Organization,
            "Copper Lake Cree First Nation",
            true,
        ),
        (
            &["Chief Lena Marrow of the Birch Hollow First Nation signed the treaty renewal."],
            Lang::En,
            Person,
            "Birch Hollow First Nation",
            false,
        ),
        (
            &["The Stony Creek Band said it would go to court."],
            Lang::En,
            Organization,
            "Stony Creek Band",
            true,
        ),
    ]);
}

#[test]
fn rules_round70_places_listed_and_people_from_them() {
    check_found(&[
        (
            &["Aid lorries reached settlements such as Muruvani and Tekoro before dawn."],
            Lang::En,
            Place,
            "Muruvani",
            true,
        ),
        (
            &["Aid lorries reached settlements such as Muruvani and Tekoro before dawn."],
            Lang::En,
            Place,
            "Tekoro",
            true,
        ),
        (
            &["Power failed in townships such as Elandsrust and Mokgadi on Friday."],
            Lang::En,
            Place,
            "Mokgadi",
            true,
        ),
        (
            &["Herders from Ravik drove their goats to the market."],
            Lang::En,
            Place,
            "Ravik",
            true,
        ),
        (
            &["Two trappers from Quillon sold pelts at the fair."],
            Lang::En,
            Place,
            "Quillon",
            true,
        ),
        // guards: firms after "such as", a weekday after "from"
        (
            &["Rivals such as Zentrova and Pellix cut prices."],
            Lang::En,
            Place,
            "Zentrova",
            false,
        ),
        (
            &["Hunters from Monday on may use the trail."],
            Lang::En,
            Place,
            "Monday",
            false,
        ),
    ]);
}

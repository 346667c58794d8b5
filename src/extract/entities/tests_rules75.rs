//! One table per class of round 52 (English): an administrative noun and "of" before a name
//! ("the Municipality of X") name the council, an organisation, not a person; a landform's noun
//! ending a name ("X Neck", "X Spit", "X Narrows") or a mountain's word opening it ("Slieve X",
//! "Ben X" after a climb) name a place. Guards: a compass word before "District of X", a given
//! name before "Glen", "Ben X" that speaks, a landform's noun inside a firm's name.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round52_administrative_head_of_place_is_a_body() {
    check_found(&[
        (
            &[
                "Residents heard from Tim Cole, councillor for the Municipality of Brennock, at the hall.",
            ],
            Lang::En,
            Organization,
            "Municipality of Brennock",
            true,
        ),
        (
            &[
                "Residents heard from Tim Cole, councillor for the Municipality of Brennock, at the hall.",
            ],
            Lang::En,
            Person,
            "Municipality of Brennock",
            false,
        ),
        (
            &["A spokesperson for the Township of Orrin said the road would reopen."],
            Lang::En,
            Organization,
            "Township of Orrin",
            true,
        ),
        (
            &["The Borough of Fenwold issued a warning on Monday."],
            Lang::En,
            Organization,
            "Borough of Fenwold",
            true,
        ),
        (
            &["The Shire of Carrow said rates would rise."],
            Lang::En,
            Organization,
            "Shire of Carrow",
            true,
        ),
        (
            &["Mayor Lisa Drummond of the County of Harwick said the bridge was safe."],
            Lang::En,
            Organization,
            "County of Harwick",
            true,
        ),
        (
            &["The deputy warden of the Region of Dalby, Mark Oakes, spoke."],
            Lang::En,
            Organization,
            "Region of Dalby",
            true,
        ),
        (
            &["La Municipalité de Saint-Brennock a adopté son budget mardi."],
            Lang::Fr,
            Organization,
            "Municipalité de Saint-Brennock",
            true,
        ),
        // guard: a compass word before "District of X" keeps a court's area
        (
            &["The appeal went to the court for the Western District of Tarrow last year."],
            Lang::En,
            Organization,
            "District of Tarrow",
            false,
        ),
    ]);
}

#[test]
fn rules_round52_landform_tails_and_mountain_heads_are_places() {
    check_found(&[
        (
            &["The ferry runs between Harlow Neck and the mainland."],
            Lang::En,
            Place,
            "Harlow Neck",
            true,
        ),
        (
            &["Boats left Corran Spit at dawn."],
            Lang::En,
            Place,
            "Corran Spit",
            true,
        ),
        (
            &["Fishermen from Tallis Point and Brannock Head joined the protest."],
            Lang::En,
            Place,
            "Brannock Head",
            true,
        ),
        (
            &["The road follows Ferris Narrows toward the coast."],
            Lang::En,
            Place,
            "Ferris Narrows",
            true,
        ),
        (
            &["Walkers climbed Galloway Ridge and then Skelton Fell."],
            Lang::En,
            Place,
            "Galloway Ridge",
            true,
        ),
        (
            &["The fire spread to Pike Bluff overnight."],
            Lang::En,
            Place,
            "Pike Bluff",
            true,
        ),
        (
            &["The trail runs up Slieve Carran and down to the lake."],
            Lang::En,
            Place,
            "Slieve Carran",
            true,
        ),
        (
            &["Hikers reached the top of Croagh Brennan by noon."],
            Lang::En,
            Place,
            "Croagh Brennan",
            true,
        ),
        (
            &["Tourists walked up Ben Tarrow in the rain."],
            Lang::En,
            Place,
            "Ben Tarrow",
            true,
        ),
        (
            &["The summit of Sierra Calvera was closed."],
            Lang::En,
            Place,
            "Sierra Calvera",
            true,
        ),
        // guards: a given name before the landform's word, a "Ben" that speaks, a firm
        (
            &["The minister, Alan Glen, spoke later."],
            Lang::En,
            Person,
            "Alan Glen",
            true,
        ),
        (
            &["Ben Carrow said the plan was sound."],
            Lang::En,
            Person,
            "Ben Carrow",
            true,
        ),
        (
            &["The boats sailed past Hollis Point Seafoods Ltd and on to the quay."],
            Lang::En,
            Organization,
            "Hollis Point Seafoods Ltd",
            true,
        ),
    ]);
}

//! One table case per rule of round 33 for places (classes from the 35th set's errors, then
//! counted over read sets 3-32, 34 and 35): a state's or a province's abbreviation after a
//! town names the state; a dateline naming its state or country is a town even when its
//! first word is a given name. Guards: an abbreviation's word not after "Town,", a byline
//! signed by an agency.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round33_a_state_abbreviation_after_a_town_names_the_state() {
    check_found(&[
        (
            &["The plant in Dunmore Flats, Calif., will close in March, the company said."],
            Lang::En,
            Place,
            "California",
            true,
        ),
        (
            &["BRASKET LAKE, Minn. — The school board voted on Tuesday to buy six buses."],
            Lang::En,
            Place,
            "Minnesota",
            true,
        ),
        (
            &["Shares of a grocer based in Pellham, Ont., rose 4 per cent on Friday."],
            Lang::En,
            Place,
            "Ontario",
            true,
        ),
        (
            &["A mill near Corran Bend, Miss., laid off 40 workers last week."],
            Lang::En,
            Place,
            "Mississippi",
            true,
        ),
        // guard: the abbreviation's word ending a sentence, no town before it
        (
            &["On Sunday they went to Mass. Then they drove home."],
            Lang::En,
            Place,
            "Massachusetts",
            false,
        ),
        (
            &["The plan was drafted by Helen Ward, Ind. candidate for the seat."],
            Lang::En,
            Place,
            "Indiana",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_a_dateline_naming_its_region_is_a_town_whatever_its_first_word() {
    check_found(&[
        (
            &["NEIL FALLS, Wis. — The county board approved a new landfill on Monday."],
            Lang::En,
            Place,
            "NEIL FALLS",
            true,
        ),
        (
            &["MARTIN FALLS, Ireland — A hurling club has won its appeal over a new stand."],
            Lang::En,
            Place,
            "MARTIN FALLS",
            true,
        ),
        (
            &["Martin Falls, Ireland — A hurling club has won its appeal over a new stand."],
            Lang::En,
            Place,
            "Martin Falls",
            true,
        ),
        // guard: a name signed with its desk is no town
        (
            &["MARTIN HALE, Business Desk — The markets fell sharply on Monday."],
            Lang::En,
            Place,
            "MARTIN HALE",
            false,
        ),
    ]);
}

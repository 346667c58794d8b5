//! Round 53 (q53en), English classes of set 44: capitals glued to "$" are a currency's mark;
//! an indefinite pronoun opening a sentence is no name; a body's noun and "Delegate" or
//! "Supervisor" before a name are a title; a sport's format word ("Test", "Twenty20") is no
//! place; an honorific or a rank, a name and a noun of inns name a building, not a person; a
//! sentence's opening "In" is no part of a compass word's place, and a known place and a
//! compound compass word ("the Pacific Northwest") name one region. Guards keep near misses.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q53en_capitals_glued_to_a_dollar_are_a_currency() {
    check_found(&[
        (
            &["Mara Thwaite said the marina needs an NZ$7 million dredge before winter."],
            Lang::En,
            Organization,
            "NZ",
            false,
        ),
        (
            &["The port spent HK$30 million on new cranes last year."],
            Lang::En,
            Organization,
            "HK",
            false,
        ),
        (
            &["Brenlow Mining paid A$4.2 million and C$2 million for the two sites."],
            Lang::En,
            Organization,
            "Brenlow Mining",
            true,
        ),
        (
            &["The grant, worth US$5 million, went to the Tarrow Guild."],
            Lang::En,
            Place,
            "United States",
            false,
        ),
        (
            &["Le club a reçu 3 millions de CA$ de la Fondation Pellerin."],
            Lang::Fr,
            Organization,
            "CA",
            false,
        ),
        // guard: capitals with a space before the amount stay what they were
        (
            &["The NZ team won, said Mara Thwaite, who paid $18 for a ticket."],
            Lang::En,
            Person,
            "Mara Thwaite",
            true,
        ),
    ]);
}

#[test]
fn rules_q53en_an_indefinite_pronoun_opening_a_sentence_is_no_name() {
    check_found(&[
        (
            &["The pit closed. Nobody told her why."],
            Lang::En,
            Person,
            "Nobody",
            false,
        ),
        (
            &["\"Somebody has to pay,\" said Ida Ferrow."],
            Lang::En,
            Person,
            "Somebody",
            false,
        ),
        (
            &["Everyone knew, said Jonah Pell."],
            Lang::En,
            Person,
            "Everyone",
            false,
        ),
        (
            &["Someone told the Kessing Herald about it."],
            Lang::En,
            Person,
            "Someone",
            false,
        ),
        (
            &["Chacun sait que Marie Dubreuil a raison, dit-elle."],
            Lang::Fr,
            Person,
            "Chacun",
            false,
        ),
        // guard: the person after the pronoun is kept
        (
            &["Everyone knew, said Jonah Pell."],
            Lang::En,
            Person,
            "Jonah Pell",
            true,
        ),
    ]);
}

#[test]
fn rules_q53en_a_body_noun_and_a_role_before_a_name_are_a_title() {
    check_found(&[
        (
            &["A motion from Council Delegate Tomas Yazzan failed by two votes."],
            Lang::En,
            Person,
            "Tomas Yazzan",
            true,
        ),
        (
            &["A motion from Council Delegate Tomas Yazzan failed by two votes."],
            Lang::En,
            Organization,
            "Council Delegate Tomas Yazzan",
            false,
        ),
        (
            &["The plan was opposed by County Supervisor Bram Ostin on Monday."],
            Lang::En,
            Person,
            "Bram Ostin",
            true,
        ),
        (
            &["Delegate Lena Carrow voted against the plan."],
            Lang::En,
            Person,
            "Lena Carrow",
            true,
        ),
    ]);
}

#[test]
fn rules_q53en_a_sport_format_word_is_no_place() {
    check_found(&[
        (
            &["The board wants Test matches back by 2030. Tickets for a Test sold out."],
            Lang::En,
            Place,
            "Test",
            false,
        ),
        (
            &["The board wants Test cricket back, and a Test ticket costs $40."],
            Lang::En,
            Organization,
            "Test",
            false,
        ),
        (
            &["A Twenty20 crowd filled the ground in Perth."],
            Lang::En,
            Organization,
            "Twenty20",
            false,
        ),
        // guard: the town after the format word stays a place
        (
            &["Tickets for a Test sold out in Perth."],
            Lang::En,
            Place,
            "Perth",
            true,
        ),
    ]);
}

#[test]
fn rules_q53en_a_rank_a_name_and_an_inn_name_a_building() {
    check_found(&[
        (
            &["Ravi Potts said bookings at the Captain Harlan Hotel had doubled."],
            Lang::En,
            Person,
            "Harlan Hotel",
            false,
        ),
        (
            &["Staff at the General Tarrow Tavern said trade was slow."],
            Lang::En,
            Person,
            "Tarrow Tavern",
            false,
        ),
        (
            &["Drinkers at the Lord Verrin Arms said trade was slow."],
            Lang::En,
            Person,
            "Lord Verrin Arms",
            false,
        ),
        (
            &["Staff at the General Tarrow Tavern said trade was slow."],
            Lang::En,
            Person,
            "General Tarrow Tavern",
            false,
        ),
        // guard: the person running it is kept, and a captain is still a title
        (
            &["Ravi Potts said bookings at the Captain Harlan Hotel had doubled."],
            Lang::En,
            Person,
            "Ravi Potts",
            true,
        ),
        (
            &["Captain Ella Strand said the ship was safe."],
            Lang::En,
            Person,
            "Ella Strand",
            true,
        ),
    ]);
}

#[test]
fn rules_q53en_compass_words_and_known_places_make_one_place() {
    check_found(&[
        (
            &["In East Leeds, two schools will merge."],
            Lang::En,
            Place,
            "East Leeds",
            true,
        ),
        (
            &["In West Brisbane rents rose again."],
            Lang::En,
            Place,
            "West Brisbane",
            true,
        ),
        (
            &["Rain fell in the Pacific Southeast overnight."],
            Lang::En,
            Place,
            "Pacific",
            false,
        ),
        (
            &["Rain fell in the Pacific Southeast overnight."],
            Lang::En,
            Place,
            "Pacific Southeast",
            true,
        ),
        // guards: known compass names and a place before a plain compass word
        (
            &["In North Korea, talks began."],
            Lang::En,
            Place,
            "North Korea",
            true,
        ),
        (
            &["Voters in Leeds North backed her."],
            Lang::En,
            Place,
            "Leeds North",
            true,
        ),
    ]);
}

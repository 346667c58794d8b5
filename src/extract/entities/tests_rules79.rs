//! Round 53 (q53en), English classes of set 44: capitals glued to "$" are a currency's mark;
//! an indefinite pronoun opening a sentence is no name; a body's noun and "Delegate" or
//! "Supervisor" before a name are a title; a sport's format word ("Test", "Twenty20") is no
//! place; an honorific or a rank, a name and a noun of inns name a building, not a person; a
//! sentence's opening "In" is no part of a compass word's place, and a known place and a
//! compound compass word ("the Pacific Southwest") name one region. Guards keep near misses.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q53en_capitals_glued_to_a_dollar_are_a_currency() {
    check_found(&[
        (
            &["The hall will get an NZ$18 million upgrade, said Mara Thwaite."],
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
            &["Nobody told her about the closure."],
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
            &["Council Delegate Tomas Yazzan, whose district covers the valley, said no."],
            Lang::En,
            Person,
            "Tomas Yazzan",
            true,
        ),
        (
            &["Council Delegate Tomas Yazzan, whose district covers the valley, said no."],
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
            &["Test cricket will stay in the city. A Test crowd filled the ground."],
            Lang::En,
            Place,
            "Test",
            false,
        ),
        (
            &["This is where Test history has been made, and Test cricket stays."],
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
            &["A Test crowd filled the ground in Perth."],
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
            &["Ravi Potts, who runs the Captain Cook Hotel, said trade was slow."],
            Lang::En,
            Person,
            "Cook Hotel",
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
            &["Ravi Potts, who runs the Captain Cook Hotel, said trade was slow."],
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
            &["In North Dunedin, where students live, rents rose."],
            Lang::En,
            Place,
            "North Dunedin",
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
            &["Rents in the Pacific Southwest rose."],
            Lang::En,
            Place,
            "Pacific",
            false,
        ),
        (
            &["Rents in the Pacific Southwest rose."],
            Lang::En,
            Place,
            "Pacific Southwest",
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
            &["Voters in Dunedin North backed her."],
            Lang::En,
            Place,
            "Dunedin North",
            true,
        ),
    ]);
}

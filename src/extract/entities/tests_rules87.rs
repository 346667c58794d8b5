//! Round 56 (q56en): a people's or a language's adjective ("Punjabi produce", "Hausa- and
//! Fulani-language dramas", "a Bengali-speaking household") names nothing; "the Ondo State
//! Government", "Kano State Police" are one organisation, not the state's place. Guards keep
//! places and firms whose names hold such a word, and a state's place before a person's title.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q56en_a_peoples_adjective_names_nothing() {
    let suspended = "The network is funding Hausa- and Fulani-language soap operas this year.";
    let produce = "Customs officers in Orvania found Punjabi basmati mixed with cheaper grain.";
    let price = "Buyers in Varo pay far less than the Punjabi rate for that grain.";
    let speaking = "She grew up in a Bengali-speaking household near the docks.";
    let medium = "A Tamil-medium school opened near the Corran mill last year.";
    check_found(&[
        (&[suspended], Lang::En, Organization, "Hausa", false),
        (
            &[suspended],
            Lang::En,
            Organization,
            "Fulani-language",
            false,
        ),
        (&[produce], Lang::En, Organization, "Punjabi", false),
        (&[produce], Lang::En, Place, "Orvania", true),
        (&[produce, price], Lang::En, Organization, "Punjabi", false),
        (&[speaking], Lang::En, Place, "Bengali-speaking", false),
        (&[medium], Lang::En, Place, "Tamil-medium", false),
        // guards: a place or a firm whose name holds such a word
        (
            &["Growers in Tamil Nadu said the monsoon was late."],
            Lang::En,
            Place,
            "Tamil Nadu",
            true,
        ),
        (
            &["Shares of Zulu Freight Ltd. rose on Monday."],
            Lang::En,
            Organization,
            "Zulu Freight Ltd.",
            true,
        ),
    ]);
}

#[test]
fn rules_q56en_a_states_government_is_one_body() {
    check_found(&[
        (
            &["The Ondo State Government announced a new film levy on Monday."],
            Lang::En,
            Organization,
            "Ondo State Government",
            true,
        ),
        (
            &["The Ondo State Government announced a new film levy on Monday."],
            Lang::En,
            Place,
            "Ondo State",
            false,
        ),
        (
            &["Officials of the Kano State Government met the producers in Kano."],
            Lang::En,
            Organization,
            "Kano State Government",
            true,
        ),
        (
            &["Officials of the Kano State Government met the producers in Kano."],
            Lang::En,
            Place,
            "Kano",
            true,
        ),
        (
            &["The Enugu State Police arrested two drivers on Friday."],
            Lang::En,
            Organization,
            "Enugu State Police",
            true,
        ),
        (
            &["Officers of the Varden Bank and the Kaduna State Government met on Monday."],
            Lang::En,
            Organization,
            "Varden Bank",
            true,
        ),
        (
            &["Officers of the Varden Bank and the Kaduna State Government met on Monday."],
            Lang::En,
            Organization,
            "Kaduna State Government",
            true,
        ),
        // guards: a state before a person's title stays the place
        (
            &["The Kano State Governor visited the site on Monday."],
            Lang::En,
            Place,
            "Kano State",
            true,
        ),
    ]);
}

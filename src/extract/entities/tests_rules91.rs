//! Round 56 (q56en2): a court's "of <place>" after "Court of Appeal" and a second place joined
//! by "and" stay in its name, a place named with "and" before "Police" is one body; a lone
//! name before ", in northern X" / ", in the north of X" / ", dans l’ouest de X" is a place; a
//! people's adjective before a river's, a creek's or a range's noun names one place; a firm's
//! first word after "south of the" / "has shaped the" is a region; "the First Nation" is the
//! one First Nation the article names. Guards keep a country after "and", a firm named short
//! elsewhere, two First Nations apart.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q56en2_a_courts_place_stays_in_its_name() {
    let a = "The firm said it would take its case to the Court of Appeal of Manitoba next month.";
    let b = "Lawyers for the family will go to the Court of Appeal of Alberta, she said.";
    let c = "A petition was filed in the High Court of Punjab and Haryana on Friday.";
    let d = "A unit of Trinidad and Tobago Police said two men had been arrested.";
    let e = "Bosnia and Herzegovina Police said the suspects had fled across the border.";
    check_found(&[
        (
            &[a],
            Lang::En,
            Organization,
            "Court of Appeal of Manitoba",
            true,
        ),
        (&[a], Lang::En, Organization, "Court of Appeal", false),
        (
            &[b],
            Lang::En,
            Organization,
            "Court of Appeal of Alberta",
            true,
        ),
        (
            &[c],
            Lang::En,
            Organization,
            "High Court of Punjab and Haryana",
            true,
        ),
        (&[c], Lang::En, Organization, "High Court of Punjab", false),
        (
            &[d],
            Lang::En,
            Organization,
            "Trinidad and Tobago Police",
            true,
        ),
        (
            &[e],
            Lang::En,
            Organization,
            "Bosnia and Herzegovina Police",
            true,
        ),
        // guards: a country after "and" is another subject; a state's police as before
        (
            &["The case went to the Supreme Court of Canada and France said nothing."],
            Lang::En,
            Organization,
            "Supreme Court of Canada",
            true,
        ),
        (
            &["Officers of the Ondo State Police arrested him on Monday."],
            Lang::En,
            Organization,
            "Ondo State Police",
            true,
        ),
    ]);
}

#[test]
fn rules_q56en2_a_name_in_part_of_a_known_land_is_a_place() {
    let a = "Aid trucks reached Dorvak, in northern Syria, on Monday.";
    let b = "Officials said Keltra, in the north of Turkey, was calm on Sunday.";
    let c = "Wool from Tarmesh, in the south-west of Iran, is sold in the market.";
    let d = "Des tapis de Sarvane, dans l’ouest de l’Iran, sont vendus à Paris.";
    let e = "Les habitants de Morlec, dans le nord du Mali, ont manifesté.";
    check_found(&[
        (&[a], Lang::En, Place, "Dorvak", true),
        (&[b], Lang::En, Place, "Keltra", true),
        (&[c], Lang::En, Place, "Tarmesh", true),
        (&[d], Lang::Fr, Place, "Sarvane", true),
        (&[e], Lang::Fr, Place, "Morlec", true),
        // guards: a known firm stays one; no known land after "of"
        (
            &["Google, in the north of England, opened an office."],
            Lang::En,
            Organization,
            "Google",
            true,
        ),
        (
            &["Orvane, in the north of the country, was calm."],
            Lang::En,
            Place,
            "Orvane",
            false,
        ),
    ]);
}

#[test]
fn rules_q56en2_a_peoples_adjective_before_a_river_names_one_place() {
    let a = "Ranchers graze cattle in the Swedish River valley each summer.";
    let b = "Salmon return to the Swedish River every autumn.";
    let c = "The fire spread across the Mexican Hills overnight.";
    let d = "Children swam in Indian Creek on Sunday.";
    let e = "Boats crossed the Chinese Lake at dawn.";
    check_found(&[
        (&[a], Lang::En, Place, "Swedish River", true),
        (&[b], Lang::En, Place, "Swedish River", true),
        (&[c], Lang::En, Place, "Mexican Hills", true),
        (&[d], Lang::En, Place, "Indian Creek", true),
        (&[e], Lang::En, Place, "Chinese Lake", true),
        // guards: a lowercase noun names no place; the ocean as before
        (
            &["Tourists swam in the Swiss lake on Sunday."],
            Lang::En,
            Place,
            "Swiss lake",
            false,
        ),
        (
            &["The ship crossed the Indian Ocean in ten days."],
            Lang::En,
            Place,
            "Indian Ocean",
            true,
        ),
    ]);
}

#[test]
fn rules_q56en2_a_firms_first_word_after_south_of_the_is_a_region() {
    let blocks = [
        "The licence held by Varrow Gravel Mining Ltd. was suspended last week.",
        "The wetlands north of the Varrow hold water.",
        "Roads have shaped the Varrow since 1900.",
    ];
    check_found(&[
        (&blocks, Lang::En, Place, "Varrow", true),
        (
            &blocks,
            Lang::En,
            Organization,
            "Varrow Gravel Mining Ltd.",
            true,
        ),
    ]);
    // guard: the firm named short after a verb of saying stays the firm
    let guard = [
        "Varrow Gravel Mining Ltd. won the contract.",
        "Varrow said it would appeal the ruling.",
    ];
    check_found(&[(&guard, Lang::En, Place, "Varrow", false)]);
}

#[test]
fn rules_q56en2_the_first_nation_is_the_one_the_article_names() {
    let blocks = [
        "The Kwanlin Tesh First Nation opposed the mine at a hearing.",
        "A lawyer for the First Nation said the appeal was filed.",
        "The judge ordered the government to pay the First Nation's legal costs.",
    ];
    check_found(&[
        (
            &blocks,
            Lang::En,
            Organization,
            "Kwanlin Tesh First Nation",
            true,
        ),
        (&blocks, Lang::En, Organization, "First Nation", false),
    ]);
}

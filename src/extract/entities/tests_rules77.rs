//! One table per class of round 52 (English, second pass): an Irish body named with its article
//! ("An X", its English name in apposition an alias); a place before "Association of …" with a
//! coordinated remit; a county's sports club ("X GAA"); a numbered zone ("X Area 12"); the
//! town of a body's branch ("its X detachment"); a people's adjective before a plural noun.
//! Guards: "An" before a vowel ("An Irish court", "An Oxfam report"), acronyms, "in An X", a
//! bare acronym, a named sea, "the X office".

use super::tests_merge::{check_found, names};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round52_irish_article_names_a_body() {
    check_found(&[
        (
            &[
                "The plan drew objections from An Brollach last year.",
                "An Brollach said the ruling was fair.",
            ],
            Lang::En,
            Organization,
            "An Brollach",
            true,
        ),
        (
            &[
                "The plan drew objections from An Brollach last year.",
                "An Brollach said the ruling was fair.",
            ],
            Lang::En,
            Person,
            "An Brollach",
            false,
        ),
        (
            &["An Coiste Fáilte said on Monday that the grant was late."],
            Lang::En,
            Organization,
            "An Coiste Fáilte",
            true,
        ),
        (
            &[
                "Residents wrote to An Bord Gréine about the grant.",
                "Mr Doyle said An Bord Gréine had not replied.",
            ],
            Lang::En,
            Organization,
            "An Bord Gréine",
            true,
        ),
        // guards: "An" before a vowel's sound is the English article
        (
            &["An Irish court ruled on Monday that the sale was lawful."],
            Lang::En,
            Organization,
            "An Irish",
            false,
        ),
        (
            &["An Oxfam report said the harvest failed."],
            Lang::En,
            Organization,
            "An Oxfam",
            false,
        ),
        (
            &["An RTÉ reporter said the road was closed."],
            Lang::En,
            Organization,
            "An RTÉ",
            false,
        ),
        (
            &["She lives in An Carraig Bhán with her family."],
            Lang::En,
            Organization,
            "An Carraig Bhán",
            false,
        ),
    ]);
}

#[test]
fn rules_round52_english_name_in_apposition_to_an_irish_body() {
    let blocks = [
        "Last year An Brollach, the Heritage Trust for Ireland, opened a new office in Galway.",
        "An Brollach runs two hundred sites.",
    ];
    let orgs = names(&blocks, Lang::En, Organization);
    let body = orgs
        .iter()
        .find(|(n, a)| n == "An Brollach" || a.iter().any(|a| a == "An Brollach"));
    let forms: Vec<&str> = body
        .map(|(n, a)| std::iter::once(n).chain(a).map(String::as_str).collect())
        .unwrap_or_default();
    assert!(
        forms.contains(&"Heritage Trust for Ireland") && forms.contains(&"An Brollach"),
        "{orgs:?}"
    );
    assert!(!orgs.iter().any(|(n, _)| n == "Heritage Trust"), "{orgs:?}");
    // a known body's name in apposition (the gazetteer's "Law Society") is the Irish body's too
    let blocks = [
        "The plan was opposed by An Dlíchumann, the Law Society for Ireland, in May.",
        "An Dlíchumann said the site was protected.",
    ];
    let orgs = names(&blocks, Lang::En, Organization);
    assert!(
        orgs.iter()
            .any(|(n, a)| n == "Law Society for Ireland" && a.iter().any(|a| a == "An Dlíchumann")),
        "{orgs:?}"
    );
}

#[test]
fn rules_round52_place_before_an_association_with_two_trades() {
    check_found(&[
        (
            &["The Uganda Association of Millers and Bakers warned of shortages on Monday."],
            Lang::En,
            Organization,
            "Uganda Association of Millers and Bakers",
            true,
        ),
        (
            &["A spokesman for the Uganda Federation of Potters and Weavers said prices rose."],
            Lang::En,
            Organization,
            "Uganda Federation of Potters and Weavers",
            true,
        ),
        (
            &["The Zambia Society of Surveyors and Valuers said the bridge was unsafe."],
            Lang::En,
            Organization,
            "Zambia Society of Surveyors and Valuers",
            true,
        ),
        // guard: a second body after "and" stays apart
        (
            &["The Uganda Association of Millers and Airbus signed a deal."],
            Lang::En,
            Organization,
            "Uganda Association of Millers and Airbus",
            false,
        ),
    ]);
}

#[test]
fn rules_round52_county_and_sports_acronym_is_a_club() {
    check_found(&[
        (
            &["The board dealt a blow to Kerry GAA’s plans for a new ground."],
            Lang::En,
            Organization,
            "Kerry GAA",
            true,
        ),
        (
            &["Seán Brody, chairman of Galway GAA, said the club would appeal."],
            Lang::En,
            Organization,
            "Galway GAA",
            true,
        ),
        (
            &["Dublin GAA has eight weeks to decide."],
            Lang::En,
            Organization,
            "Dublin GAA",
            true,
        ),
        (
            &["The fixtures were published by Kildare GAA on Monday."],
            Lang::En,
            Place,
            "Kildare",
            false,
        ),
        // guard: the acronym alone is the national body
        (
            &["The GAA said the ground was unsafe."],
            Lang::En,
            Organization,
            "Gaelic Athletic Association",
            true,
        ),
    ]);
}

#[test]
fn rules_round52_numbered_zone_is_no_place() {
    check_found(&[
        (
            &["Catches in Crab Fishing Area 12 fell again this year."],
            Lang::En,
            Place,
            "Crab Fishing Area",
            false,
        ),
        (
            &["The company holds rights to Exploration Block 9 in the basin."],
            Lang::En,
            Person,
            "Exploration Block",
            false,
        ),
        (
            &["The quota for Management Zone 4 was cut."],
            Lang::En,
            Organization,
            "Management Zone",
            false,
        ),
        (
            &["The herd grazes in Wildlife Management Unit 22 each winter."],
            Lang::En,
            Organization,
            "Wildlife Management Unit",
            false,
        ),
        // guard: a known place beside the zone keeps its name
        (
            &["Ships waited off Halifax in Area 5 on Monday."],
            Lang::En,
            Place,
            "Halifax",
            true,
        ),
    ]);
}

#[test]
fn rules_round52_town_of_a_branch_is_a_place() {
    check_found(&[
        (
            &["Two constables were moved to its Harlow detachment last winter."],
            Lang::En,
            Place,
            "Harlow",
            true,
        ),
        (
            &["The firm said its Kelby depot would shut."],
            Lang::En,
            Place,
            "Kelby",
            true,
        ),
        (
            &["The bank closed its Dunmore branch last year."],
            Lang::En,
            Place,
            "Dunmore",
            true,
        ),
        (
            &["Workers at the company’s Tarrant plant walked out."],
            Lang::En,
            Place,
            "Tarrant",
            true,
        ),
        // guard: "the X office" is left as it was
        (
            &["The union met staff at the Renwick office on Monday."],
            Lang::En,
            Place,
            "Renwick",
            false,
        ),
    ]);
}

#[test]
fn rules_round52_peoples_adjective_before_a_plural_is_no_place() {
    check_found(&[
        (
            &["Near the Caldonese farms, the river rose."],
            Lang::En,
            Place,
            "Caldonese",
            false,
        ),
        (
            &["The bay lies between Harrow Point and the Tervanian villages of Dunmore."],
            Lang::En,
            Place,
            "Tervanian",
            false,
        ),
        // guard: a named sea keeps its adjective
        (
            &["The Lorish Sea was calm."],
            Lang::En,
            Place,
            "Lorish Sea",
            true,
        ),
    ]);
}

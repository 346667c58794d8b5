//! Round 44 mended, one table per class: a grade's number joins only a facility's name opened
//! by an own name; "Friends of" a person is no group; a listed short form is no body "of" a
//! place when the article names another by it or attaches another place; a titled or plain
//! person before "of the" is a person; a US state's name that is a country's too opens its
//! agency's acronym. Guards in each table.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

/// Some entity named `name` has the alias `alias`.
fn aliased(text: &[&str], name: &str, alias: &str) -> bool {
    super::extract_entities(text, Lang::En)
        .iter()
        .any(|e| e.name == name && e.aliases.iter().any(|a| a == alias))
}

#[test]
fn mend44_a_a_grade_number_only_inside_a_facility_name() {
    check_found(&[
        (
            &["Nurses at Tanabay Tier 3\u{a0}Dispensary went on strike."],
            Lang::En,
            Organization,
            "Tanabay Tier 3\u{a0}Dispensary",
            true,
        ),
        (
            &["Patients queued outside Tanabay Level 4 Hospital all night."],
            Lang::En,
            Organization,
            "Tanabay Level 4 Hospital",
            true,
        ),
        // guards: a grade alone, before no facility noun
        (
            &["By Friday the climbers had reached Level 5 Sunday being too late."],
            Lang::En,
            Organization,
            "Level 5",
            false,
        ),
        (
            &["Dealers bought Class 2 Shares in Vollmer Freight."],
            Lang::En,
            Organization,
            "Class 2 Shares",
            false,
        ),
        (
            &["Forecasters said Category 4 Hurricane Ysolde would strike Port Tamsin."],
            Lang::En,
            Organization,
            "Category 4 Hurricane Ysolde",
            false,
        ),
        (
            &["Regulators said Tier 1 Capital fell at Dorrow Bank."],
            Lang::En,
            Organization,
            "Tier 1 Capital",
            false,
        ),
        (
            &["The town stays on Alert Level 3 Until the rain stops, said Ivo Brand."],
            Lang::En,
            Organization,
            "Alert Level 3 Until",
            false,
        ),
    ]);
}

#[test]
fn mend44_b_friends_of_a_person_are_no_group() {
    check_found(&[
        (
            &["Friends of Daniel Malik said he had moved away in June."],
            Lang::En,
            Organization,
            "Friends of Daniel Malik",
            false,
        ),
        (
            &["Friends of Daniel Malik said he had moved away in June."],
            Lang::En,
            Person,
            "Daniel Malik",
            true,
        ),
        (
            &["Amis de Lucien Garrel depuis le lycée, ils racontent sa jeunesse."],
            Lang::Fr,
            Person,
            "Lucien Garrel",
            true,
        ),
        (
            &["Amis d’Hélène Varin, les voisins ont écrit au maire."],
            Lang::Fr,
            Organization,
            "Amis d’Hélène Varin",
            false,
        ),
        // guards: a place looked after stays a group
        (
            &["Volunteers from Friends of Tanmoor Pond cleared the banks."],
            Lang::En,
            Organization,
            "Friends of Tanmoor Pond",
            true,
        ),
        (
            &["L’association des Amis du Val Varennes a écrit au préfet."],
            Lang::Fr,
            Organization,
            "Amis du Val Varennes",
            true,
        ),
    ]);
}

#[test]
fn mend44_c_a_short_form_of_another_body_joins_no_body_of_a_place() {
    assert!(!aliased(
        &[
            "The Supreme Court of Vermont upheld the rule on Monday.",
            "Campaigners hope the U.S. Supreme Court will step in.",
            "The Supreme Court has turned such pleas away before.",
        ],
        "Supreme Court of Vermont",
        "Supreme Court"
    ));
    assert!(!aliased(
        &[
            "The Supreme Court of Idaho struck the statute down.",
            "Ivo Brand said the state would go to the Supreme Court in Washington next.",
        ],
        "Supreme Court of Idaho",
        "Supreme Court"
    ));
    assert!(!aliased(
        &[
            "The Labour Party of Ghana backed the strike.",
            "In Dublin, the Labour Party kept quiet about it.",
        ],
        "Labour Party of Ghana",
        "Labour Party"
    ));
    // the body with its place first is the same body
    assert!(aliased(
        &[
            "The Vermont Supreme Court heard the case in May.",
            "Weeks later the Supreme Court of Vermont ruled for Ivo Brand.",
        ],
        "Supreme Court of Vermont",
        "Vermont Supreme Court"
    ));
    // guard: alone, the short form is that body
    assert!(aliased(
        &[
            "The Supreme Court of Vermont upheld the rule on Monday.",
            "Then the Supreme Court sent the file back.",
        ],
        "Supreme Court of Vermont",
        "Supreme Court"
    ));
}

#[test]
fn mend44_d_a_person_before_of_the_with_a_title_or_plain() {
    check_found(&[
        (
            &["Bishop Amos Kerrow of the Anglican Church preached on Sunday."],
            Lang::En,
            Person,
            "Amos Kerrow",
            true,
        ),
        (
            &["Bishop Amos Kerrow of the Anglican Church preached on Sunday."],
            Lang::En,
            Organization,
            "Bishop Amos Kerrow",
            false,
        ),
        (
            &["Prayers were led by Father Colm Dreary of the Parish of Ballyrane."],
            Lang::En,
            Person,
            "Colm Dreary",
            true,
        ),
        (
            &["Zanna Quellin of the Tarnby Water Board said supplies were safe."],
            Lang::En,
            Person,
            "Zanna Quellin",
            true,
        ),
        (
            &["Zanna Quellin of the Tarnby Water Board said supplies were safe."],
            Lang::En,
            Organization,
            "Tarnby Water Board",
            true,
        ),
        // guards: a school named after a saint, a shrine's name
        (
            &["Sister Ann of the Cross School said so."],
            Lang::En,
            Person,
            "Sister Ann",
            false,
        ),
        (
            &["Our Lady of the Lake University raised its fees."],
            Lang::En,
            Person,
            "Our Lady",
            false,
        ),
    ]);
}

#[test]
fn mend44_e_a_state_named_like_a_country_opens_its_agency() {
    assert!(aliased(
        &["The Georgia Forestry Management Division (FMD) closed the trail."],
        "Georgia Forestry Management Division",
        "FMD"
    ));
}

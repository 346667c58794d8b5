//! Mends of round 42 (organisations), one table per class: a body's noun before a role makes
//! a person only when the role is a person's office heading its noun phrase ("the fund
//! manager", "the team coach operator" stay firms); a legal form that is also a rank or
//! initials ("Pte", "KK") opens no firm's name; a long run of legal forms makes one firm;
//! two firms joined by "and" before "Bhd" stay two, as before "Ltd"; a trade word closing a
//! founder's name keeps the firm ("X Y Transport"); a sector's body needs a body's sector and
//! no possessive after the land, and only a broadcaster adds a word before it; sizes,
//! ordinals and "2FA" are no digit names; the body a managing director runs is an
//! organisation. Guards after each class.

use super::extract_entities;
use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn mend42_a_firms_trade_after_a_body_noun_stays_a_firm() {
    check_found(&[
        (
            &["Dunmore, the fund manager, said it would cut its fees."],
            Lang::En,
            Organization,
            "Dunmore",
            true,
        ),
        (
            &["Calloway, the hedge fund manager, bought a stake in the port."],
            Lang::En,
            Person,
            "Calloway",
            false,
        ),
        (
            &["Harbury Travel, the team coach operator, cancelled every trip."],
            Lang::En,
            Organization,
            "Harbury Travel",
            true,
        ),
        (
            &["Brindle, the media executive search firm, hired four partners."],
            Lang::En,
            Organization,
            "Brindle",
            true,
        ),
        (
            &["Sallow, the group executive committee, met on Tuesday."],
            Lang::En,
            Organization,
            "Sallow",
            true,
        ),
        (
            &["Fennick, the party leader's former consultancy, was paid twice."],
            Lang::En,
            Organization,
            "Fennick",
            true,
        ),
        // guards: a person's office heading its phrase stays a person's
        (
            &["Idris Penhale, the council leader, said the bridge would reopen."],
            Lang::En,
            Person,
            "Idris Penhale",
            true,
        ),
        (
            &["The plan was backed by Maren Holt, the party secretary for housing."],
            Lang::En,
            Person,
            "Maren Holt",
            true,
        ),
    ]);
}

#[test]
fn mend42_a_rank_or_initials_open_no_firm() {
    check_found(&[
        (
            &["Pte Aled Brennock, 22, of the rifles, died in the crash."],
            Lang::En,
            Organization,
            "Pte Aled Brennock",
            false,
        ),
        (
            &["KK Sumathi, the state education minister, opened the school."],
            Lang::En,
            Organization,
            "KK Sumathi",
            false,
        ),
        // guards: the form after a firm's name still closes it
        (
            &["Staff at Lorong Baru Trading Pte Ltd said on Monday it would grow."],
            Lang::En,
            Organization,
            "Lorong Baru Trading Pte Ltd",
            true,
        ),
    ]);
}

#[test]
fn mend42_a_run_of_legal_forms_makes_one_firm() {
    // (a run of many company words once cost its square; its cost is measured by the
    // criterion group "hostile input" in benches/explorer.rs, not here)
    let text = format!(
        "Officials at Tembusu {}said it would grow.",
        "Bhd ".repeat(8000)
    );
    let found = extract_entities(&[text.as_str()], Lang::En);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, Organization);
    assert!(
        found[0].name.starts_with("Tembusu Bhd Bhd"),
        "{}",
        found[0].name
    );
}

#[test]
fn mend42_two_firms_joined_by_and_stay_two() {
    const BHD: &[&str] = &["Shares of Teluk Permai and Lembah Sari Bhd fell on Friday."];
    const BERHAD: &[&str] = &["Cahaya Mas and Bukit Indah Berhad signed the lease."];
    check_found(&[
        (BHD, Lang::En, Organization, "Lembah Sari Bhd", true),
        (
            BHD,
            Lang::En,
            Organization,
            "Teluk Permai and Lembah Sari Bhd",
            false,
        ),
        (BERHAD, Lang::En, Organization, "Bukit Indah Berhad", true),
        // guard: "Ltd" as before
        (
            &["Shares of Teluk Permai and Lembah Sari Ltd fell on Friday."],
            Lang::En,
            Organization,
            "Lembah Sari Ltd",
            true,
        ),
    ]);
}

#[test]
fn mend42_a_trade_word_keeps_a_founders_firm_a_firm() {
    check_found(&[
        (
            &["Aneurin Talfryn Transport said the lorries were late."],
            Lang::En,
            Organization,
            "Aneurin Talfryn Transport",
            true,
        ),
        (
            &["Drivers at Steffan Caradog Hauliers were told on Monday."],
            Lang::En,
            Person,
            "Steffan Caradog Hauliers",
            false,
        ),
        // guard: the founder alone is a person
        (
            &["Steffan Caradog said the lorries were late."],
            Lang::En,
            Person,
            "Steffan Caradog",
            true,
        ),
    ]);
}

#[test]
fn mend42_a_sector_body_needs_a_bodys_sector() {
    check_found(&[
        (
            &["Housing Norway's ageing stock is a worry."],
            Lang::En,
            Organization,
            "Housing Norway",
            false,
        ),
        (
            &["Skiing Austria is costly this winter."],
            Lang::En,
            Organization,
            "Skiing Austria",
            false,
        ),
        (
            &["NATO Summit Portugal opened on Tuesday."],
            Lang::En,
            Organization,
            "NATO Summit Portugal",
            false,
        ),
        (
            &["EU Presidency Finland began in July."],
            Lang::En,
            Organization,
            "EU Presidency Finland",
            false,
        ),
        // guards: the bodies stay
        (
            &["Officials at Mental Health Norway said the queues were long."],
            Lang::En,
            Organization,
            "Mental Health Norway",
            true,
        ),
        (
            &["Tennis Austria will host the final in June."],
            Lang::En,
            Organization,
            "Tennis Austria",
            true,
        ),
    ]);
}

#[test]
fn mend42_sizes_ordinals_and_techniques_are_no_digit_names() {
    check_found(&[
        (
            &["Only the 4XL said anything to the buyers."],
            Lang::En,
            Organization,
            "4XL",
            false,
        ),
        (
            &["The group 2FA said it would publish."],
            Lang::En,
            Organization,
            "2FA",
            false,
        ),
        (
            &["L’équipe 2EME a perdu dimanche."],
            Lang::Fr,
            Organization,
            "2EME",
            false,
        ),
        // guard: a broadcaster's slot
        (
            &["The broadcaster 8QTV won the rights."],
            Lang::En,
            Organization,
            "8QTV",
            true,
        ),
    ]);
}

#[test]
fn mend42_the_body_a_head_runs_is_an_organisation() {
    check_found(&[
        (
            &[
                "The deal was agreed by Mira Oduya, managing director of Fellgate, who joined in 2020.",
            ],
            Lang::En,
            Organization,
            "Fellgate",
            true,
        ),
        // guard: the director is still a person
        (
            &[
                "The deal was agreed by Mira Oduya, managing director of Fellgate, who joined in 2020.",
            ],
            Lang::En,
            Person,
            "Mira Oduya",
            true,
        ),
    ]);
}

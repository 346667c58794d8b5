//! Round 57 (q57en), English frames around a name (name_frames.rs): a country's short form
//! opening a title is no mention of the country ("U.S. District Judge X"); an ordinal opens a court ("the 7th U.S. Circuit Court of Appeals", "the 5th
//! Circuit"); a place or a people's adjective before a legislature or a force is one body
//! ("the Nevada Legislature", "the Kenyan Air Force"; a Senate stays its place and a noun, as
//! round 11 has it); a trade noun after "the" names a firm
//! ("the publisher X"); a member's "from" names a place ("a Republican from X", "the
//! legislator from X"), as does a place's possessive before a district ("Y’s X district"); a
//! lowercase noun of relief or settlement after a name makes it a place ("X village", "the X
//! range", "at X and on Y hill"); a case's name ("A v. B") is no entity; a name in apposition
//! with "the <party> legislator" is a person. Guards keep the near misses.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

/// (sentence, kind, name, found) in English.
fn en(cases: &[(&str, EntityKind, &str, bool)]) {
    let blocks: Vec<[&str; 1]> = cases.iter().map(|c| [c.0]).collect();
    let all: Vec<_> = cases
        .iter()
        .zip(&blocks)
        .map(|(&(_, kind, name, want), b)| (&b[..], Lang::En, kind, name, want))
        .collect();
    check_found(&all);
}

#[test]
fn rules_q57en_a_short_country_opening_a_title_or_a_body_is_no_place() {
    en(&[
        (
            "On Tuesday, U.S. District Judge Marla Fenwick denied the request.",
            Place,
            "United States",
            false,
        ),
        (
            "On Tuesday, U.S. District Judge Marla Fenwick denied the request.",
            Person,
            "Marla Fenwick",
            true,
        ),
        (
            "The ruling by US Magistrate Judge Orrin Blake came late on Friday.",
            Place,
            "United States",
            false,
        ),
        // guards: the country named as such
        (
            "Exports to the U.S. rose sharply last year, officials said.",
            Place,
            "United States",
            true,
        ),
        (
            "The firm said U.S. sales fell by a third in the spring.",
            Place,
            "United States",
            true,
        ),
    ]);
}

#[test]
fn rules_q57en_an_ordinal_opens_a_circuit_court() {
    en(&[
        (
            "A hearing before the 7th U.S. Circuit Court of Appeals is set for May.",
            Organization,
            "7th U.S. Circuit Court of Appeals",
            true,
        ),
        (
            "A hearing before the 7th U.S. Circuit Court of Appeals is set for May.",
            Organization,
            "U.S. Circuit Court of Appeals",
            false,
        ),
        (
            "Lawyers said the case would likely end up before the 5th Circuit next year.",
            Organization,
            "5th Circuit",
            true,
        ),
        // guards: the ordinal inside the court's own name, a race track's circuit
        (
            "It filed an appeal to the U.S. Court of Appeals for the 11th Circuit in Atlanta.",
            Organization,
            "11th Circuit",
            false,
        ),
        (
            "It filed an appeal to the U.S. Court of Appeals for the 11th Circuit in Atlanta.",
            Organization,
            "U.S. Court of Appeals for the 11th Circuit",
            true,
        ),
    ]);
}

#[test]
fn rules_q57en_a_place_before_its_legislature_or_its_forces_is_one_body() {
    en(&[
        (
            "Lawmakers in the Nevada Legislature passed the measure late on Thursday.",
            Organization,
            "Nevada Legislature",
            true,
        ),
        (
            "A Kenyan Air Force helicopter reached the village at noon.",
            Organization,
            "Kenyan Air Force",
            true,
        ),
        (
            "A Kenyan Air Force helicopter reached the village at noon.",
            Person,
            "Air Force",
            false,
        ),
        (
            "Boats from the Irish Coast Guard searched the bay all night.",
            Organization,
            "Irish Coast Guard",
            true,
        ),
    ]);
}

#[test]
fn rules_q57en_a_trade_noun_names_the_firm_after_it() {
    en(&[
        (
            "Among the plaintiffs is the publisher Harbor Light House, based in Boston.",
            Organization,
            "Harbor Light House",
            true,
        ),
        (
            "Among the plaintiffs is the publisher Harbor Light House, based in Boston.",
            Place,
            "Harbor Light House",
            false,
        ),
        (
            "Shares of the retailer Corvel Point fell after the warning.",
            Organization,
            "Corvel Point",
            true,
        ),
        // guard: no "the" before the noun
        (
            "A publisher Harbor Light House hired left in June, she said.",
            Organization,
            "Harbor Light House",
            false,
        ),
    ]);
}

#[test]
fn rules_q57en_a_members_from_and_a_possessive_district_name_places() {
    en(&[
        (
            "The measure was drafted by Rep. Dorin Pratchell, a Republican from Elkoville, last year.",
            Place,
            "Elkoville",
            true,
        ),
        (
            "The measure was drafted by Rep. Dorin Pratchell, a Republican from Elkoville, last year.",
            Place,
            "Republican",
            false,
        ),
        (
            "He met a Democrat from Pellston on Monday.",
            Place,
            "Pellston",
            true,
        ),
        (
            "Tarun Vadekar, the Lok Party legislator from Kolvan, called for an inquiry.",
            Place,
            "Kolvan",
            true,
        ),
        (
            "Schools were shut across Maharashtra’s Pimpora district after the storm.",
            Place,
            "Pimpora",
            true,
        ),
        (
            "Floods hit Kerala's Vettur district on Sunday.",
            Place,
            "Vettur",
            true,
        ),
        // guards: a member's noun with no capital after "from", no area after the possessive
        (
            "A lawmaker from the ruling party said Pellston would vote.",
            Place,
            "Pellston",
            false,
        ),
        (
            "Maharashtra’s Pimpora Textiles said orders fell.",
            Place,
            "Pimpora Textiles",
            false,
        ),
    ]);
}

#[test]
fn rules_q57en_a_noun_of_relief_after_a_name_makes_it_a_place() {
    en(&[
        (
            "Tourists crowd Tervi village each winter, and the Tervi line is busy.",
            Place,
            "Tervi",
            true,
        ),
        (
            "Kelsan Cableways Ltd sells trips to the Kelsan range every summer.",
            Place,
            "Kelsan",
            true,
        ),
        (
            "Shops at Rakhni and on Sumor hill near Kolvan stayed closed.",
            Place,
            "Rakhni",
            true,
        ),
        (
            "Shops at Rakhni and on Sumor hill near Kolvan stayed closed.",
            Place,
            "Sumor",
            true,
        ),
        (
            "The Brevik gorge was closed after the rain on Sunday.",
            Place,
            "Brevik",
            true,
        ),
        // guard: a person before a noun of relief stays a person
        (
            "Police said Anna Varga walked up the hill alone.",
            Person,
            "Anna Varga",
            true,
        ),
    ]);
}

#[test]
fn rules_q57en_a_case_name_is_no_entity() {
    en(&[
        (
            "The lawyers leaned on Board of Trustees v. Harlan, decided in 1978.",
            Organization,
            "Board of Trustees",
            false,
        ),
        (
            "The court relied on Mendez vs. Carlow County, a ruling from 1990.",
            Place,
            "Carlow County",
            false,
        ),
        // guard: the body named outside a case
        (
            "The Board of Trustees met on Monday in the town hall.",
            Organization,
            "Board of Trustees",
            true,
        ),
    ]);
}

#[test]
fn rules_q57en_a_name_before_a_party_legislator_is_a_person() {
    en(&[
        (
            "Tarun Vadekar, the Rashtriya Lok Party (RLP) legislator from Kolvan, accused the government.",
            Person,
            "Tarun Vadekar",
            true,
        ),
        (
            "Tarun Vadekar, the Rashtriya Lok Party (RLP) legislator from Kolvan, accused the government.",
            Organization,
            "Tarun Vadekar",
            false,
        ),
        // guard: a firm before "the" and a party's donor
        (
            "Harlow Bank, the Green Party donor, said nothing.",
            Organization,
            "Harlow Bank",
            true,
        ),
    ]);
}

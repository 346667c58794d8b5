//! Organisations of round 47 (English), one table per class: a remit coordinated after a
//! body's head noun and "of"/"for" is one name, two firms coordinated stay two; national and
//! provincial bodies named "<field> <place>" or "<place> <utility>"; a lone name after "this"
//! and before a settlement's noun, or after a group's noun and "from", is a place. Guards after
//! each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn orgs47_a_remit_coordinated_after_a_body_head_is_one_name() {
    check_found(&[
        (
            &["Under the plan, the Department of Coastal and Island Relations will pay half."],
            Lang::En,
            Organization,
            "Department of Coastal and Island Relations",
            true,
        ),
        (
            &["Under the plan, the Department of Coastal and Island Relations will pay half."],
            Lang::En,
            Organization,
            "Department of Coastal",
            false,
        ),
        (
            &["The Brennock Division of Flood Warning and Control issued an alert."],
            Lang::En,
            Organization,
            "Brennock Division of Flood Warning and Control",
            true,
        ),
        (
            &["A letter from the Office of Rural and Northern Transport arrived on Monday."],
            Lang::En,
            Organization,
            "Office of Rural and Northern Transport",
            true,
        ),
        (
            &["Officials at the Bureau for Harbour & Northern Pilotage declined to comment."],
            Lang::En,
            Organization,
            "Bureau for Harbour & Northern Pilotage",
            true,
        ),
    ]);
}

#[test]
fn orgs47_guards_a_body_and_a_firm_or_a_person_stay_apart() {
    check_found(&[
        (
            &["The Ministry of Defence and Airbus signed the contract on Friday."],
            Lang::En,
            Organization,
            "Ministry of Defence and Airbus",
            false,
        ),
        (
            &["The Department of Coastal Works and Mr Roe met on Friday."],
            Lang::En,
            Organization,
            "Department of Coastal Works and Mr Roe",
            false,
        ),
        (
            &["The Office of Harbour Pilotage and Office of Rural Transport both objected."],
            Lang::En,
            Organization,
            "Office of Harbour Pilotage and Office",
            false,
        ),
    ]);
}

#[test]
fn orgs47_two_firms_coordinated_stay_two() {
    check_found(&[
        (
            &["Analysts said Brackwell Foods and Ostrey Energy were also cutting costs."],
            Lang::En,
            Organization,
            "Brackwell Foods",
            true,
        ),
        (
            &["Analysts said Brackwell Foods and Ostrey Energy were also cutting costs."],
            Lang::En,
            Organization,
            "Ostrey Energy",
            true,
        ),
        (
            &["The startup raised funds from Tamsell Capital and Varrow Partners last year."],
            Lang::En,
            Organization,
            "Tamsell Capital and Varrow Partners",
            false,
        ),
        // guard: a name's own coordination stays one
        (
            &["The Ministry of Fisheries and Oceans said the quota would stay."],
            Lang::En,
            Organization,
            "Ministry of Fisheries and Oceans",
            true,
        ),
    ]);
}

#[test]
fn orgs47_a_field_or_a_utility_and_its_place_name_one_body() {
    check_found(&[
        (
            &["Last week Curling Sweden issued a new code for its junior players."],
            Lang::En,
            Organization,
            "Curling Sweden",
            true,
        ),
        (
            &["Last week Curling Sweden issued a new code for its junior players."],
            Lang::En,
            Place,
            "Sweden",
            false,
        ),
        (
            &["The report by Heritage Malta listed six sites at risk."],
            Lang::En,
            Organization,
            "Heritage Malta",
            true,
        ),
        (
            &["Tourism Norway figures show a rise in winter visits."],
            Lang::En,
            Organization,
            "Tourism Norway",
            true,
        ),
        (
            &["Fares set by Alberta Transit rose by a tenth this winter."],
            Lang::En,
            Organization,
            "Alberta Transit",
            true,
        ),
    ]);
}

#[test]
fn orgs47_guards_lowercase_fields_and_longer_places_stay() {
    check_found(&[
        (
            &["Fans said hockey Canada won was a fine sight in the spring."],
            Lang::En,
            Organization,
            "hockey Canada",
            false,
        ),
        (
            &["The ferry to Northern Ireland was cancelled on Monday."],
            Lang::En,
            Place,
            "Northern Ireland",
            true,
        ),
    ]);
}

#[test]
fn orgs47_a_name_before_a_settlement_noun_or_after_a_group_from_is_a_place() {
    check_found(&[
        (
            &["Residents of this Quillmore village voted to keep the ferry."],
            Lang::En,
            Place,
            "Quillmore",
            true,
        ),
        (
            &["Residents of this Quillmore village voted to keep the ferry."],
            Lang::En,
            Organization,
            "Quillmore",
            false,
        ),
        (
            &["The leagues include a reading group from Ostrey and a choir."],
            Lang::En,
            Place,
            "Ostrey",
            true,
        ),
    ]);
}

//! Round 51 (English): mends of round 50's rules and the classes left open by it. Round 50's
//! mends: a person's name ending with "Day" cued as one ("Osei Day said") is no holiday; a given
//! name before "Nation"/"Band" is a person's ("Terry Nation"); a demonym among a nation's words
//! ("the Tolmie Indian Nation"); a head noun after "the" beside two bodies, one of them listed;
//! a saint or a deity named by a body's honorific is not that body ("St Brendan sailed west",
//! "Shri Ramesha’s temple"). Class left open: a remit after a known one-word name ("the
//! Ministry of Labour and Social Welfare": a party's name in the remit).

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round72_a_persons_name_ending_in_day_or_nation() {
    check_found(&[
        (
            &["Osei Day said the drought was the worst in years."],
            Lang::En,
            Person,
            "Osei Day",
            true,
        ),
        (
            &["The head coach, Kwabe Day, said the squad was tired."],
            Lang::En,
            Person,
            "Kwabe Day",
            true,
        ),
        (
            &["Alex Nation wrote the first draft in a week."],
            Lang::En,
            Person,
            "Alex Nation",
            true,
        ),
        (
            &["Harold Band said the mill would close."],
            Lang::En,
            Organization,
            "Harold Band",
            false,
        ),
        // guards: holidays and nations stay what they were
        (
            &["Florists expect their busiest week just before Valentine’s Day."],
            Lang::En,
            Other,
            "Valentine’s Day",
            true,
        ),
        (
            &["Shops opened late after Anzac Day, the union said."],
            Lang::En,
            Other,
            "Anzac Day",
            true,
        ),
        (
            &["The Stony Creek Band said it would go to court."],
            Lang::En,
            Organization,
            "Stony Creek Band",
            true,
        ),
        (
            &["The Tolmie Indian Nation said the river had risen."],
            Lang::En,
            Organization,
            "Tolmie Indian Nation",
            true,
        ),
        (
            &["The Orrin Sioux Tribe sued the agency in May."],
            Lang::En,
            Organization,
            "Orrin Sioux Tribe",
            true,
        ),
    ]);
}

#[test]
fn rules_round72_a_head_noun_beside_two_bodies_one_listed() {
    check_found(&[
        (
            &[
                "The Bramble Woodland Trust bought a farm beside a National Trust estate.",
                "The Trust said it would plant oaks.",
            ],
            Lang::En,
            Organization,
            "The Trust",
            true,
        ),
        // guard: one body holding the noun, listed or not, is named by it
        (
            &[
                "The National Trust bought a farm near Keswick.",
                "The Trust said it would plant oaks.",
            ],
            Lang::En,
            Organization,
            "The Trust",
            false,
        ),
    ]);
}

#[test]
fn rules_round72_a_saint_or_deity_is_not_the_body_named_after_them() {
    check_found(&[
        (
            &[
                "The St Brendan Sailing Club met on Monday.",
                "St Brendan sailed west in a boat of hide, the legend says.",
            ],
            Lang::En,
            Person,
            "Brendan",
            true,
        ),
        (
            &[
                "The Shri Ramesha Temple Trust opened a school.",
                "Shri Ramesha’s temple drew crowds on Sunday.",
            ],
            Lang::En,
            Person,
            "Ramesha",
            true,
        ),
        // guards: something of the body's ("St Kevin’s staff"), a name that is no given name
        (
            &[
                "The St Kevin Harbour Trust bought the quay.",
                "St Kevin’s staff said fees would rise.",
            ],
            Lang::En,
            Person,
            "Kevin",
            false,
        ),
        (
            &[
                "Farmers sued Shri Gomati Sahakari Dudh Utpadak Ltd over unpaid dues.",
                "Auditors found gaps in Shri Gomati’s books, Arvind Pawle told reporters.",
            ],
            Lang::En,
            Person,
            "Gomati",
            false,
        ),
    ]);
}

#[test]
fn rules_round72_a_remit_after_a_known_name_grows_the_body() {
    check_found(&[
        (
            &["The Ministry of Labour and Social Welfare said wages would rise."],
            Lang::En,
            Organization,
            "Ministry of Labour and Social Welfare",
            true,
        ),
        (
            &["Officials at the Department for Labour and Skills Development said jobs rose."],
            Lang::En,
            Organization,
            "Department for Labour and Skills Development",
            true,
        ),
        (
            &["The Ministry of Labour and Vocational Training announced a plan."],
            Lang::En,
            Organization,
            "Ministry of Labour and Vocational Training",
            true,
        ),
        // guards: a firm, an acronym's body, a union and a title after the conjunction
        (
            &["A deal between the Ministry of Labour and Airbus was signed."],
            Lang::En,
            Organization,
            "Ministry of Labour",
            true,
        ),
        (
            &["The Ministry of Labour and NHS Wales agreed on Monday."],
            Lang::En,
            Organization,
            "Ministry of Labour",
            true,
        ),
        (
            &["The Ministry of Labour and Employment Minister Dev Rao spoke."],
            Lang::En,
            Organization,
            "Ministry of Labour",
            true,
        ),
    ]);
}

#[test]
fn rules_round72_a_geographic_head_keeps_its_kind_before_an_apposition() {
    check_found(&[
        (
            &["Geologists mapped the Orlak Geological Province, a project that took ten summers."],
            Lang::En,
            Place,
            "Orlak Geological Province",
            true,
        ),
        (
            &["They surveyed the Marrow Valley, a project of the water board."],
            Lang::En,
            Place,
            "Marrow Valley",
            true,
        ),
        // guard: a programme's own name stays one
        (
            &["They funded Green Horizons, a scheme to plant trees."],
            Lang::En,
            Other,
            "Green Horizons",
            true,
        ),
    ]);
}

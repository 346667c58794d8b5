//! Round 63 (the 56th set read): a given name before a harbour's or a town's noun names a
//! place, "Great"/"Grand" and one word name an island or a town in English, "the Kyle of X",
//! "le consortium X".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round63_islands_harbours_and_towns() {
    let harbour = "Mangroves along Elizabeth Harbour, near the island's main town, George Town, \
                   were cleared.";
    let islands = "A court stopped the clearing on Great Exuma. The hurricane devastated Abaco \
                   and Grand Bahama.";
    check_found(&[
        (&[harbour], Lang::En, Place, "Elizabeth Harbour", true),
        (&[harbour], Lang::En, Person, "George Town", false),
        (&[harbour], Lang::En, Place, "George Town", true),
        (&[islands], Lang::En, Place, "Great Exuma", true),
        (&[islands], Lang::En, Place, "Grand Bahama", true),
        (&[islands], Lang::En, Organization, "Grand Bahama", false),
        (
            &["The Carron flows into the Kyle of Sutherland at Bonar Bridge."],
            Lang::En,
            Place,
            "Kyle of Sutherland",
            true,
        ),
        // guard: in French, "Grand" and a word may name anything
        (
            &["Le restaurant Grand Tilleul a rouvert ses portes mardi."],
            Lang::Fr,
            Place,
            "Grand Tilleul",
            false,
        ),
    ]);
}

#[test]
fn rules_round63_a_consortium() {
    check_found(&[(
        &["Le consortium Mosalia, chargé des travaux, associe deux entreprises."],
        Lang::Fr,
        Organization,
        "Mosalia",
        true,
    )]);
}

//! One table case per merge of round 28 (duplicates left over held-out sets 3-29: one body named
//! in two ways and listed twice): a longer name the article gave first, then its opening words;
//! one name after a noun of organisations; the initials of all words but the last; a body's noun
//! after what the body does ("the Commerce Department").

use super::tests_merge::{check_merged, names};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round28_merges_names_given_long_then_short() {
    check_merged(&[
        // named in full first, then by its opening words
        (
            &[
                "The Kelderwick Rowing Trust will close its boathouse, its chair said on Friday.",
                "Members of Kelderwick Rowing voted to sell the boats.",
            ],
            Lang::En,
            Organization,
            "Kelderwick Rowing Trust",
            &["Kelderwick Rowing"],
        ),
        // one word after a noun of organisations
        (
            &[
                "Le Groupe Valtourne a racheté l’usine de Vesoul en mars.",
                "Pour Valtourne, l’opération double sa production.",
            ],
            Lang::Fr,
            Organization,
            "Groupe Valtourne",
            &["Valtourne"],
        ),
        // the initials of all its words but the last
        (
            &[
                "Northern Pacific Railway will reopen the line, the Northern Pacific Railway said.",
                "NP crews were at work on Sunday.",
            ],
            Lang::En,
            Organization,
            "Northern Pacific Railway",
            &["NP"],
        ),
        // the body's noun after what it does
        (
            &[
                "The Department of Transportation fined the carrier on Monday.",
                "A Transportation Department spokesman declined to comment.",
            ],
            Lang::En,
            Organization,
            "Department of Transportation",
            &["Transportation Department"],
        ),
    ]);
}

/// A body the article names by a shorter name FIRST is not the longer one: "Stena Line … Stena
/// Line Ports Ltd" are parent and subsidiary.
#[test]
fn rules_round28_merges_short_name_first_stays_apart() {
    let got = names(
        &[
            "Harbrook Ferries said on Monday that it would cut two routes.",
            "Its subsidiary Harbrook Ferries Terminals Trust runs the quay.",
        ],
        Lang::En,
        Organization,
    );
    let short = got.iter().any(|(n, _)| n == "Harbrook Ferries");
    let long = got
        .iter()
        .any(|(n, _)| n == "Harbrook Ferries Terminals Trust");
    assert!(short && long, "{got:?}");
}

//! Round 58 (q58en2): an English title-case headline's verb ends the name before it ("Harbour
//! Board Approves Levy", "Growers Sue County"); the names either side stay weak, as the rest of
//! a headline's capitals do.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q58en2_a_headline_verb_ends_the_name() {
    let a = "Dakota Senate Panel Backs Limits on Traffic Stops as Reform Fight Heats Up";
    let b = "Bank of England Holds Rate at 4%, Signals Cuts Ahead as Inflation Cools";
    let c = "Manchester United Wins Derby at Old Trafford";
    let by = "By Rachel Tomlin";
    let body = "Policy makers voted on Thursday in the capital.";
    check_found(&[
        // the known name before the verb is kept, without the verb and its object
        (
            &[b, by, body],
            Lang::En,
            Organization,
            "Bank of England",
            true,
        ),
        (
            &[c, body],
            Lang::En,
            Organization,
            "Manchester United",
            true,
        ),
        (
            &[a, by, body],
            Lang::En,
            Organization,
            "Dakota Senate Panel Backs Limits on Traffic Stops",
            false,
        ),
        (
            &[b, by, body],
            Lang::En,
            Organization,
            "Bank of England Holds Rate",
            false,
        ),
        (
            &[c, body],
            Lang::En,
            Organization,
            "Manchester United Wins Derby",
            false,
        ),
    ]);
}

#[test]
fn rules_q58en2_a_headline_keeps_its_names_weak() {
    let body = "Policy makers voted on Thursday in the capital.";
    check_found(&[
        // the headline's subject, named nowhere else, is no evidence
        (
            &[
                "Dakota Senate Panel Backs Limits on Traffic Stops as Reform Fight Heats Up",
                body,
            ],
            Lang::En,
            Organization,
            "Dakota Senate Panel",
            false,
        ),
        (
            &["Lawmakers Weigh Bill on Water Rights Today", body],
            Lang::En,
            Organization,
            "Lawmakers Weigh Bill",
            false,
        ),
        // guards: the body naming the subject keeps it; a sentence is no headline
        (
            &[
                "Norvell Harbour Board Approves Levy on Cruise Ships",
                "The Norvell Harbour Board voted on Monday to charge a new levy.",
            ],
            Lang::En,
            Organization,
            "Norvell Harbour Board",
            true,
        ),
        (
            &["The Kellerman Industries Holds Rally was held at the Portvale Arena on Sunday."],
            Lang::En,
            Organization,
            "Kellerman Industries Holds Rally",
            true,
        ),
    ]);
}

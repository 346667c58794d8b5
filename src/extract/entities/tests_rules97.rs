//! Round 58 (q58en2): an English title-case headline's verb ends the name before it ("Harbour
//! Board Approves Levy", "Growers Sue County"); the names either side stay weak, as the rest of
//! a headline's capitals do. The head of a law's title cut by "(Wales)" or "and" is no body.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q58en2_a_headline_verb_ends_the_name() {
    let a = "Tarrow Senate Panel Backs Curbs on Night Flights After Long Hearing";
    let b = "Bank of England Holds Rate at 4% as Growth Slows";
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
            "Tarrow Senate Panel Backs Curbs",
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
        // guards (the names either side of the verb stay weak):
        // the headline's subject, named nowhere else, is no evidence
        (
            &[
                "Tarrow Senate Panel Backs Curbs on Night Flights After Long Hearing",
                body,
            ],
            Lang::En,
            Organization,
            "Tarrow Senate Panel",
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

#[test]
fn rules_q58en2_the_head_of_a_law_title_is_no_body() {
    let a = "The inquiry was opened under the Harbour Dues (Scotland) Act 1998 last spring.";
    let b = "Ministers will bring in the Rail Services (Wales) Bill before the summer.";
    let c = "The plan needs consent under the Village and Moorland Grazing (Scotland) Act 2003.";
    let d = "The merger was reviewed under the National Grazing and Forestry Act last year.";
    check_found(&[
        (&[a], Lang::En, Place, "Harbour Dues", false),
        (&[b], Lang::En, Organization, "Rail Services", false),
        (&[c], Lang::En, Organization, "Moorland Grazing", false),
        (&[d], Lang::En, Organization, "National Grazing", false),
        // guards: a body before "and" another body, a person before "and Bill", a body's own
        // bracket
        (
            &["Officials at Rail Services Wales and Kelvor Ports signed the deal."],
            Lang::En,
            Organization,
            "Kelvor Ports",
            true,
        ),
        (
            &["The minister met Tomas Berg and Bill Harrow on Monday."],
            Lang::En,
            Person,
            "Tomas Berg",
            true,
        ),
        (
            &["The Harbour Dues Office (HDO) said on Monday that fees would rise."],
            Lang::En,
            Organization,
            "Harbour Dues Office",
            true,
        ),
    ]);
}

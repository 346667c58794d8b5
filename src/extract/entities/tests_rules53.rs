//! One table per class of round 53 (English, helper en43): a law firm's partners closed by
//! "PLLC"; a union local's number ("Teamsters Local 812"); a federal road's name holding the
//! country's ("U.S. Highway 12"); a nationality adjective joined to a lowercase word
//! ("Welsh-language"); "X-area", "X-registered", "X-headquartered" compounds. Guards: a list
//! of people before a verb, a local with no number, the country on its own, two nationalities
//! joined ("Anglo-French"), a lowercase compound; and a court's seat after "at" ("the High
//! Court at X").

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round53_partners_closed_by_pllc() {
    check_found(&[
        (
            &["The Duluth firm Varrick, Solberg & Haug PLLC filed the suit on Monday."],
            Lang::En,
            Organization,
            "Varrick, Solberg & Haug PLLC",
            true,
        ),
        (
            &["Lawyers at Tessaro, Quill and Venn PLLC declined to comment."],
            Lang::En,
            Organization,
            "Tessaro, Quill and Venn PLLC",
            true,
        ),
        (
            &["The clinic hired Dornick & Palle PLLC to review the contracts."],
            Lang::En,
            Organization,
            "Dornick & Palle PLLC",
            true,
        ),
        // guard: people listed before a verb
        (
            &["Varrick, Solberg and Haug said the plan had failed."],
            Lang::En,
            Organization,
            "Varrick, Solberg and Haug",
            false,
        ),
    ]);
}

#[test]
fn rules_round53_a_union_local_keeps_its_number() {
    check_found(&[
        (
            &["The Teamsters Local 812 called a strike vote for Friday."],
            Lang::En,
            Organization,
            "Teamsters Local 812",
            true,
        ),
        (
            &["Members of UFCW Local 2204 rallied outside the store."],
            Lang::En,
            Organization,
            "UFCW Local 2204",
            true,
        ),
        (
            &["The contract was signed by IBEW Local 77 and the city."],
            Lang::En,
            Organization,
            "IBEW Local 77",
            true,
        ),
        // guard: a bare "Local" keeps no number it does not have
        (
            &["The Teamsters Local said it would appeal."],
            Lang::En,
            Organization,
            "Teamsters Local 812",
            false,
        ),
    ]);
}

#[test]
fn rules_round53_a_federal_road_is_no_mention_of_the_country() {
    check_found(&[
        (
            &["A crash closed U.S. Highway 12 near the bridge on Sunday."],
            Lang::En,
            Place,
            "United States",
            false,
        ),
        (
            &["The diner sits on US Route 41 at the edge of town."],
            Lang::En,
            Place,
            "United States",
            false,
        ),
        // guard: the country itself still counts
        (
            &["Exports to the U.S. rose by a tenth last year."],
            Lang::En,
            Place,
            "United States",
            true,
        ),
        (
            &["Officials in the US said Route 9 would reopen on Monday."],
            Lang::En,
            Place,
            "United States",
            true,
        ),
    ]);
}

#[test]
fn rules_round53_a_nationality_compound_is_an_adjective() {
    check_found(&[
        (
            &[
                "Welsh-language station drops its breakfast show",
                "Listeners said Tarrow, the Welsh-language television channel, had changed.",
            ],
            Lang::En,
            Organization,
            "Welsh-language",
            false,
        ),
        (
            &[
                "French-speaking schools face cuts",
                "Parents said the French-speaking schools were full.",
            ],
            Lang::En,
            Organization,
            "French-speaking",
            false,
        ),
    ]);
}

#[test]
fn rules_round53_place_before_area_or_registered() {
    check_found(&[
        (
            &["The company closed its Tarvinby-area plant in March."],
            Lang::En,
            Place,
            "Tarvinby",
            true,
        ),
        (
            &["The company closed its Tarvinby-area plant in March."],
            Lang::En,
            Place,
            "Tarvinby-area",
            false,
        ),
        (
            &["A Pellock-registered charity ran the shelter."],
            Lang::En,
            Place,
            "Pellock",
            true,
        ),
        (
            &["The Drensford-headquartered lender cut its rates."],
            Lang::En,
            Place,
            "Drensford",
            true,
        ),
        // guard: a lowercase compound names nothing
        (
            &["The wide-area network was down for hours."],
            Lang::En,
            Place,
            "wide",
            false,
        ),
    ]);
}

#[test]
fn rules_round53_a_court_seat_after_at() {
    check_found(&[
        (
            &["The families filed a claim in the High Court at Dunmarrow on Tuesday."],
            Lang::En,
            Place,
            "Dunmarrow",
            true,
        ),
        (
            &["The case went to the Crown Court at Pellinford last week."],
            Lang::En,
            Place,
            "Pellinford",
            true,
        ),
        // guard: a sitting, not a seat
        (
            &["The judge heard it in the High Court at Chambers in May."],
            Lang::En,
            Place,
            "Chambers",
            false,
        ),
    ]);
}

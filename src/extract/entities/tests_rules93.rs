//! Round 58 (q58en): a private company's form in brackets closes its name ("(Pty) Ltd"); a
//! trade's plural in "-men", "'s" and a members' body are one body; a minister's portfolio
//! and a holder whose given name is unknown; a well-known firm with a "De" particle; a listed
//! firm named with and without its legal form is one firm.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q58en_a_bracketed_private_company_form_closes_a_firm() {
    check_found(&[
        (
            &["Marula Gemcraft (Pty) Ltd will open a second workshop next year."],
            Lang::En,
            Organization,
            "Marula Gemcraft (Pty) Ltd",
            true,
        ),
        (
            &["Shares in Tswelo Foods (Pvt) Ltd rose after the deal with the state."],
            Lang::En,
            Organization,
            "Tswelo Foods (Pvt) Ltd",
            true,
        ),
        (
            &["Officials at Zambezi Timber (Pty.) Limited declined to comment."],
            Lang::En,
            Organization,
            "Zambezi Timber (Pty.) Limited",
            true,
        ),
        // a known place opening the firm's name is the firm's
        (
            &["Windhoek Sparkle (Pty) Ltd filed its accounts late."],
            Lang::En,
            Place,
            "Windhoek",
            false,
        ),
        // guard: a bracket that holds no legal form
        (
            &["Kestrel Mining (Perth) said output would fall this year."],
            Lang::En,
            Organization,
            "Kestrel Mining (Perth)",
            false,
        ),
    ]);
}

#[test]
fn rules_q58en_a_trades_plural_in_men_owning_a_body_is_its_name() {
    check_found(&[
        (
            &["The Pamlico Trawlermen's Union called a strike on Monday."],
            Lang::En,
            Organization,
            "Pamlico Trawlermen's Union",
            true,
        ),
        (
            &["A spokesman for the Kennebec Lobstermen’s Association said the season was short."],
            Lang::En,
            Organization,
            "Kennebec Lobstermen’s Association",
            true,
        ),
        (
            &["Members of the Northfield Linemen’s Guild voted on Friday."],
            Lang::En,
            Organization,
            "Northfield Linemen’s Guild",
            true,
        ),
        // guards: a person's possessive, a "-men" word before no body's noun
        (
            &["Elaine Bowmen's Council seat was lost in May."],
            Lang::En,
            Organization,
            "Elaine Bowmen's Council",
            false,
        ),
        (
            &["The Pamlico Trawlermen's catch fell by half, the Marlow Council said."],
            Lang::En,
            Organization,
            "Pamlico Trawlermen's catch",
            false,
        ),
    ]);
}

#[test]
fn rules_q58en_a_ministers_portfolio_then_its_holder() {
    check_found(&[
        (
            &["Minister of Lands and Housing Tumelo Kabelo opened the new registry on Friday."],
            Lang::En,
            Person,
            "Tumelo Kabelo",
            true,
        ),
        (
            &["The Minister of Finance Rasmus Ekdahl said the budget would balance."],
            Lang::En,
            Person,
            "Rasmus Ekdahl",
            true,
        ),
        (
            &["Minister of Mines Kgosietsile Modise and his deputy visited the site."],
            Lang::En,
            Person,
            "Kgosietsile Modise",
            true,
        ),
        (
            &["Secretary of State for Water and Energy Tovald Brenning spoke on Monday."],
            Lang::En,
            Person,
            "Tovald Brenning",
            true,
        ),
        // guards: a portfolio of two words, a portfolio with no holder
        (
            &["The Minister of Energy and Water Resources said the dam would open."],
            Lang::En,
            Person,
            "Water Resources",
            false,
        ),
        (
            &["The Minister of Finance said the budget would balance."],
            Lang::En,
            Person,
            "Finance",
            false,
        ),
    ]);
}

#[test]
fn rules_q58en_a_listed_firm_and_its_legal_form_are_one() {
    let blocks = [
        "Glencore plc reported a loss for the quarter.",
        "Glencore will close two smelters, the company said.",
    ];
    let got = super::tests_merge::names(&blocks, Lang::En, Organization);
    assert_eq!(got.len(), 1, "{got:?}");
    check_found(&[(
        &["Rio Tinto and BHP said they would bid. De Beers said sales of rough fell."],
        Lang::En,
        Organization,
        "De Beers",
        true,
    )]);
}

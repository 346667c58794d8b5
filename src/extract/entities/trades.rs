//! Round 33 (second part): a legal form closing a firm's name whose trades are coordinated
//! ("Tarnwick Milling and Feedstuffs Ltd", "Wrenfield Shipping and Logistics Inc.",
//! "Ardent Meunerie et Boulangerie SA"): one firm, not two.

use super::candidates::Item;
use super::classify::{Ctx, lex, opening_article};
use super::gazetteer::GAZ;
use super::text::TokKind;

/// Legal forms that close a firm's name (beyond [`super::joins::LEGAL_FORMS`]).
const MORE_LEGAL_FORMS: &[&str] = &[
    "Plc", "SA", "S.A.", "AG", "NV", "N.V.", "BV", "SAS", "SARL", "SpA", "S.p.A.", "Ltée", "ltée",
    "Inc", "Co.", "AB", "ASA", "Oyj", "KG", "SE", "Bhd", "Berhad",
];

pub(super) fn legal_form(w: &str) -> bool {
    super::joins::LEGAL_FORMS.contains(&w) || MORE_LEGAL_FORMS.contains(&w)
}

/// Belgian, French and Italian forms a firm's name may end on besides ("… SCRL", "… SPRL").
const FORMS_ALONE: &[&str] = &[
    "SCRL", "SPRL", "SRL", "SARL", "EURL", "SASU", "SCOP", "GmbH",
];

/// (Round 52) A run of this one word is a legal form cut from its firm's name: no name alone
/// ("SCRL", "GmbH", "Ltd"); "Co" stays the county's abbreviation.
pub(super) fn lone_legal_form(w: &str) -> bool {
    ((2..=5).contains(&w.len()) && FORMS_ALONE.contains(&w))
        || (w != "Co." && legal_form(w) && !matches!(w, "SE" | "AG" | "AB"))
}

/// A word naming a trade: an organisation's cue word ("Shipping", "Mining") or a capitalised
/// "-ing" word of six letters or more ("Refining", "Dredging", "Printing"), no given name.
fn trade(ctx: &Ctx, j: usize) -> bool {
    let w = ctx.w(j);
    ctx.is(j, lex::ORG_CUE)
        || (w.len() >= 6 && w.ends_with("ing") && !GAZ.sets.given_names.contains(&ctx.f(j)))
}

/// At "and"/"et" (`k`) after a run of two to four capitalised words ending with a trade word:
/// one plain capitalised word after it (no known name, no given name, no acronym) and a legal
/// form ending the capitalised stretch make one firm; the index of the legal form (two words
/// after it name a second firm: "Tarrow Ventures and Corvale Properties Ltd").
/// Refused after "between"/"both"/"entre" or a comma (two names, a list), or with a legal
/// form in the run ("Vortex GmbH et Nordkap AG": two firms).
#[inline(never)]
pub fn trades_closed(
    ctx: &Ctx,
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> Option<usize> {
    let toks = ctx.toks;
    // (the cheap refusals first: a plain capitalised word right after the conjunction)
    if k + 2 >= toks.len()
        || masked[k + 1]
        || !toks[k + 1].cap
        || toks[k + 1].allcaps
        || hit_at[k + 1].is_some()
    {
        return None;
    }
    let run = &run[opening_article(ctx, run)..];
    let (Some(&Item::Word(last)), Some(first)) = (run.last(), run.first()) else {
        return None;
    };
    if run.len() < 2 || run.len() > 4 || last + 1 != k || !trade(ctx, last) {
        return None;
    }
    // (a legal form in the run closes a first firm: "Vortex GmbH et Nordkap AG")
    if !run
        .iter()
        .all(|i| matches!(*i, Item::Word(j) if !toks[j].allcaps && !legal_form(ctx.w(j))))
    {
        return None;
    }
    let first = super::classify::first_tok(first);
    let mut before = first;
    if before > 0 && matches!(&*ctx.f(before - 1), "the" | "les" | "la" | "le") {
        before -= 1;
    }
    if before > 0
        && (matches!(&*ctx.f(before - 1), "between" | "both" | "entre") || ctx.w(before - 1) == ",")
    {
        return None;
    }
    let plain = |j: usize| {
        !masked[j]
            && toks[j].kind == TokKind::Word
            && toks[j].cap
            && !toks[j].allcaps
            && hit_at[j].is_none()
            && !ctx.is(j, lex::TITLE | lex::FUNCTION_WORD)
            && !GAZ.sets.given_names.contains(&ctx.f(j))
            && !legal_form(ctx.w(j))
    };
    // (one word: "… and Corvale Properties Ltd" names a second firm)
    let e = k + 2;
    if !plain(k + 1) || masked[e] || !legal_form(ctx.w(e)) {
        return None;
    }
    // (nothing capitalised runs on after the legal form)
    let runs_on = toks
        .get(e + 1)
        .is_some_and(|n| n.kind == TokKind::Word && n.cap);
    (!runs_on).then_some(e)
}

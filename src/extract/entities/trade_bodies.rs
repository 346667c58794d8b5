//! Round 55 (q55fr): bodies told by the words before them. A firm named after its trade and
//! its region's adjective ("l’entreprise de toiture montoise X-Y"); an all-capital
//! acronym is a body, never a person ("X, délégué ABCD à l’usine", "secrétaire ABCD").

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::GAZ;
use crate::extract::types::Lang;

/// "l’entreprise de toiture montoise X", "la société de transport namuroise X": in
/// French a noun introducing organisations, "de" and a lowercase trade noun, then an optional
/// nationality or regional adjective, right before the name at `k` (a window of three words
/// stops short of the noun).
pub fn trade_noun_before(ctx: &Ctx, k: usize) -> bool {
    if ctx.lang != Lang::Fr {
        return false;
    }
    let lower = |j: usize| !ctx.toks[j].cap && !ctx.is(j, lex::FUNCTION_WORD);
    // `p` the trade noun: "de"/"d’" and the organisation's noun before it
    let trade = |p: usize| {
        ctx.prev_word(p)
            .filter(|&d| matches!(ctx.w(d), "de" | "d"))
            .and_then(|d| ctx.prev_word(d))
            .is_some_and(|n| !ctx.toks[n].cap && ctx.is(n, lex::ORG_INTRO))
    };
    let Some(p) = ctx.prev_word(k).filter(|&p| lower(p)) else {
        return false;
    };
    // (the adjective, "montoise", "familiale", need not be known: any lowercase word)
    trade(p) || ctx.prev_word(p).is_some_and(|q| lower(q) && trade(q))
}

/// Courtesy titles before a surname a text may write in capitals ("M. DUPONT").
const COURTESY: &[&str] = &["m", "mme", "mlle", "mr", "mrs", "ms", "dr", "me", "pr"];

/// A person guessed for one all-capital word of three letters or more that is no given name
/// ("délégué ABCD à l’usine", "secrétaire ABCD à Y"): an acronym, the body the person belongs
/// to. A byline's name and a courtesy title's surname ("M. DUPONT") stay persons.
pub fn acronym_for_person(ctx: &Ctx, run: &[Item]) -> bool {
    let [Item::Word(k)] = *run else {
        return false;
    };
    let t = &ctx.toks[k];
    if !t.allcaps || t.end - t.start < 3 || ctx.byline || ctx.heading {
        return false;
    }
    let w = ctx.w(k);
    if w.contains(['-', '.', '\'', '’']) || GAZ.sets.given_names.contains(&ctx.f(k)) {
        return false;
    }
    // (the title's full stop may stand between: "M. DUPONT")
    let p = if k >= 2 && ctx.w(k - 1) == "." {
        Some(k - 2)
    } else {
        ctx.prev_word(k)
    };
    !p.is_some_and(|p| COURTESY.contains(&&*ctx.f(p)))
}

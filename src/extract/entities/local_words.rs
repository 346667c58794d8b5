//! Round 52: what a lone capitalised word is by the lowercase noun after it. A word between a
//! possessive and a noun of a body's branch ("its Harlow detachment") names the branch's town;
//! a people's adjective before a plural noun ("the Tervanian villages") names no place.

use super::classify::Ctx;
use super::gazetteer::GAZ;
use crate::extract::types::EntityKind;

/// Lowercase nouns of a body's local branch or works ("its Harlow detachment", "the bank's
/// Dunmore branch"): the capitalised word before them names where it stands.
const BRANCHES: &[&str] = &[
    "detachment",
    "detachments",
    "branch",
    "office",
    "station",
    "plant",
    "depot",
    "outlet",
    "warehouse",
    "factory",
    "mill",
    "smelter",
    "barracks",
];

/// The lone capitalised word `k` stands between a possessive ("its", "their", "the firm’s") and
/// a lowercase noun of [`BRANCHES`]: the branch's town, a place.
pub fn branch_town(ctx: &Ctx, k: usize) -> bool {
    let Some(n) = ctx.toks.get(k + 1) else {
        return false;
    };
    // (the noun's bytes first: most names are followed otherwise)
    if n.cap || !BRANCHES.contains(&ctx.w(k + 1)) || ctx.toks[k].allcaps || k == 0 {
        return false;
    }
    let p = k - 1;
    match ctx.w(p) {
        "its" | "their" | "our" => true,
        // ("the company’s Tarrant plant": a possessive's "s" after an apostrophe)
        "s" => p > 0 && matches!(ctx.w(p - 1), "’" | "'") && !ctx.toks[p - 1].cap,
        _ => false,
    }
}

/// The lone capitalised word `k` ends like a people's adjective ("-ian", "-ese", "-ish"), is no
/// given name ("Adrian", "Therese"), and a lowercase plural noun follows it ("the Tervanian
/// villages", "near the Caldonese farms"): an adjective, no place's name.
pub fn adjective_before_plural(ctx: &Ctx, k: usize) -> bool {
    let Some(n) = ctx.toks.get(k + 1) else {
        return false;
    };
    let w = ctx.w(k);
    // (the bytes first: most words end otherwise)
    if !(w.ends_with("ian") || w.ends_with("ese") || w.ends_with("ish"))
        || w.len() < 6
        || n.cap
        || n.start != ctx.toks[k].end + 1
        || ctx.toks[k].allcaps
    {
        return false;
    }
    let p = ctx.w(k + 1);
    p.len() >= 4
        && p.ends_with('s')
        && !p.ends_with("ss")
        && p.bytes().all(|b| b.is_ascii_lowercase())
        && !ctx.is(
            k + 1,
            super::classify::lex::SAID | super::classify::lex::FUNCTION_WORD,
        )
        && !GAZ.sets.given_names.contains(&ctx.f(k))
}

/// The lone word `k` told by the lowercase noun after it: a place before a branch's noun
/// ([`branch_town`]), `Other` (no name) for a people's adjective before a plural
/// ([`adjective_before_plural`]). Out of the caller's line: asked of many lone words.
#[inline(never)]
pub fn told_by_next_noun(ctx: &Ctx, k: usize) -> Option<EntityKind> {
    if branch_town(ctx, k) {
        return Some(EntityKind::Place);
    }
    adjective_before_plural(ctx, k).then_some(EntityKind::Other)
}

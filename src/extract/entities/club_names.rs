//! Village clubs and societies named by a virtue or a bond and their place ("L’Espérance de
//! X", "L’Union de X", "L’Harmonie de X"): an organisation, with its capitalised "L’" when it
//! stands inside a sentence (the hyphens of the place's name make no place of it).

use super::candidates::{Cand, Item};
use super::classify::{Ctx, first_tok, last_tok};
use crate::extract::types::{EntityKind, Lang};

/// Nouns that name French-speaking clubs, bands and societies, folded.
const CLUB_NOUNS: &[&str] = &[
    "esperance",
    "union",
    "avenir",
    "etoile",
    "concorde",
    "renaissance",
    "fraternelle",
    "amicale",
    "harmonie",
    "fanfare",
    "jeunesse",
    "perseverance",
    "alliance",
    "emulation",
    "entente",
    "espoir",
    "vaillante",
];

/// `run` opens with a club's noun right after an elided "L’" and goes on with "de"/"d’" and
/// a name ("L’Avenir de Xville"): the club's candidate, from the "L" inside a sentence (from
/// the noun at a sentence's start, where any article is capitalised).
pub fn club_of_place(ctx: &Ctx, run: &[Item]) -> Option<Cand> {
    if ctx.lang != Lang::Fr || run.len() < 3 {
        return None;
    }
    let Item::Word(k) = run[0] else {
        return None;
    };
    // (cheap refusals first: an elided capital "L" two tokens before, a "de"/"d" after)
    if k < 2 || ctx.w(k - 2) != "L" || !matches!(ctx.w(k - 1), "’" | "'") {
        return None;
    }
    if !matches!(run[1], Item::Conn(c) if matches!(ctx.w(c), "de" | "d")) {
        return None;
    }
    if !CLUB_NOUNS.contains(&&*ctx.f(k)) {
        return None;
    }
    let start = if ctx.toks[k - 2].initial {
        ctx.toks[first_tok(&run[0])].start
    } else {
        ctx.toks[k - 2].start
    };
    let end = ctx.toks[last_tok(&run[run.len() - 1])].end;
    Some(Cand::rule(
        ctx.block,
        start,
        end,
        EntityKind::Organization,
        2,
    ))
}

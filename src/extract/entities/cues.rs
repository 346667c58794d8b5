//! Context cues around a run: titles, appositions, saying verbs, organisation
//! introducers, product introducers and quotes.

use super::classify::Ctx;
use super::gazetteer::GAZ;
use super::text::{TokKind, fold};
use crate::extract::types::EntityKind;

const APPOS_STOP: &[&str] = &[
    "led", "which", "who", "that", "based", "founded", "whose", "qui", "dont", "que", "fondee",
    "fonde", "basee", "base", "owned", "run", "backed", "said", "says", "a", "est", "has", "is",
];

pub fn in_quotes(ctx: &Ctx, mut first: usize, last: usize) -> bool {
    while first > 0
        && ctx.toks[first - 1].kind == TokKind::Word
        && GAZ.sets.function_words.contains(&ctx.f(first - 1))
    {
        first -= 1;
    }
    first > 0
        && last + 1 < ctx.toks.len()
        && matches!(ctx.w(first - 1), "«" | "“" | "\"")
        && matches!(ctx.w(last + 1), "»" | "”" | "\"")
}

pub fn followed_by_intro(ctx: &Ctx, last: usize) -> bool {
    let t = ctx.toks;
    if last + 3 >= t.len() || ctx.w(last + 1) != "," {
        return false;
    }
    let det = ctx.f(last + 2);
    matches!(det.as_str(), "un" | "une" | "a" | "an")
        && GAZ.sets.product_intro.contains(&ctx.f(last + 3))
}

/// A title word among the few preceding tokens ("le président brésilien X", "M. X").
pub fn title_before(ctx: &Ctx, k: usize) -> bool {
    let mut j = k;
    let mut seen = 0;
    while j > 0 && seen < 4 {
        j -= 1;
        let t = &ctx.toks[j];
        let w = ctx.w(j);
        if t.kind == TokKind::Punct {
            if matches!(w, "." | ",") && j + 1 == k {
                // "M. X" handled by the word before; ", X" appositive after a title
                continue;
            }
            if w == "." {
                continue;
            }
            return false;
        }
        seen += 1;
        let f = fold(w);
        if GAZ.sets.titles.contains(&f) {
            return true;
        }
        if t.cap && !GAZ.sets.function_words.contains(&f) {
            return false;
        }
    }
    false
}

/// "X, directeur de…" → person; "X, a Californian startup" → organisation.
pub fn appositive(ctx: &Ctx, last: usize) -> Option<EntityKind> {
    if last + 2 >= ctx.toks.len() || ctx.w(last + 1) != "," {
        return None;
    }
    for j in last + 2..(last + 6).min(ctx.toks.len()) {
        if ctx.toks[j].kind != TokKind::Word {
            if matches!(ctx.w(j), "’" | "'") {
                continue;
            }
            return None;
        }
        let f = ctx.f(j);
        if APPOS_STOP.contains(&f.as_str()) {
            return None;
        }
        if GAZ.sets.titles.contains(&f) {
            return Some(EntityKind::Person);
        }
        if GAZ.sets.org_intro.contains(&f) {
            return Some(EntityKind::Organization);
        }
    }
    None
}

/// French incise: "», explique Jean Dupont".
pub fn said_before(ctx: &Ctx, k: usize) -> bool {
    k >= 2
        && ctx.toks[k - 1].kind == TokKind::Word
        && GAZ.sets.said.contains(&ctx.f(k - 1))
        && ctx.w(k - 2) == ","
}

/// "la start-up X", "des licornes comme X ou Y", "the company X".
pub fn org_intro_before(ctx: &Ctx, k: usize, window: usize) -> bool {
    let mut j = k;
    let mut n = 0;
    while j > 0 && n < window {
        j -= 1;
        let t = &ctx.toks[j];
        let w = ctx.w(j);
        if t.kind == TokKind::Punct {
            if matches!(w, "." | "!" | "?" | ":" | ";" | "(" | ")") {
                return false;
            }
            continue;
        }
        n += 1;
        let f = fold(w);
        if GAZ.sets.org_intro.contains(&f) {
            return true;
        }
        if GAZ.sets.titles.contains(&f) || GAZ.sets.said.contains(&f) {
            return false;
        }
    }
    false
}

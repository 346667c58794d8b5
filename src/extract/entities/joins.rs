//! Round 27b: where a capitalised run joins across an apostrophe, a dash, "and" or a trailing
//! word, and where "and" separates two names.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::text::TokKind;

/// "Yao N’Guessan", "Anil D’Souza", "M’Bappé": a capital N, D or M, an apostrophe and a
/// capitalised word, all touching, mid-sentence: a surname, no elision ("l’", "qu’" stay split;
/// "D’après" at a sentence's start is French).
pub fn letter_apostrophe_in_name(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    k + 2 < toks.len()
        && !masked[k + 1]
        && !masked[k + 2]
        && !ctx.heading
        && !toks[k].initial
        && matches!(ctx.w(k), "N" | "D" | "M")
        && matches!(ctx.w(k + 1), "’" | "'")
        && toks[k + 1].start == toks[k].end
        && toks[k + 2].start == toks[k + 1].end
        && toks[k + 2].kind == TokKind::Word
        && toks[k + 2].cap
        && !toks[k + 2].allcaps
}

/// "Verlac–Meuse Cyclisme", "Saguenay–Lac-Saint-Jean": an en dash touching a capitalised word
/// on each side joins a compound inside one name (a spaced dash separates clauses), after a
/// plain word (two known places so joined, "Paris–Roubaix", name a route or a race).
pub fn en_dash_in_name(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    matches!(run.last(), Some(Item::Word(j)) if j + 1 == k)
        && k + 1 < toks.len()
        && !masked[k + 1]
        && ctx.w(k) == "–"
        && toks[k].start == toks[k - 1].end
        && toks[k + 1].start == toks[k].end
        && toks[k - 1].kind == TokKind::Word
        && toks[k - 1].cap
        && toks[k + 1].kind == TokKind::Word
        && toks[k + 1].cap
        && !ctx.is(k + 1, lex::FUNCTION_WORD)
}

//! Round 55 (q55en): a town's nickname "the X Capital of the World" ("once known as the
//! “Walnut Capital of the World”", "the Rodeo Capital of America") names no body: "Capital"
//! is a firm's word elsewhere ("Brookfield Capital"), not before "of the World" or a place.
//! A dateline wholly in capitals opening with a particle ("TE AROHA, New Zealand —") is one
//! place with it.

use super::candidates::Item;
use super::classify::Ctx;
use super::gazetteer::GazHit;
use crate::extract::types::EntityKind;

/// The run ends with "Capital of the World" or "Capital of <a known place>" after one or more
/// words of its own: a nickname, no entity.
#[inline(never)]
pub fn capital_nickname(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    // (asked at every run: the last item first)
    let n = run.len();
    if n < 4 {
        return false;
    }
    let tail = match run[n - 1] {
        Item::Word(k) => ctx.w(k) == "World",
        Item::Gaz { hit, .. } => {
            super::gazetteer::GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        }
        Item::Conn(_) => false,
    };
    if !tail {
        return false;
    }
    // "Capital", "of", and "the" before "World"
    let mut i = n - 2;
    if matches!(run[i], Item::Conn(c) if ctx.w(c) == "the") {
        i -= 1;
    }
    i >= 2
        && matches!(run[i], Item::Conn(c) if ctx.w(c) == "of")
        && matches!(run[i - 1], Item::Word(k) if ctx.w(k) == "Capital")
        && matches!(run[i - 2], Item::Word(_) | Item::Gaz { .. })
        && !noun_after(ctx, super::classify::last_tok(&run[n - 1]))
}

/// A lowercase word that is no function word right after token `last`: the name qualifies it
/// ("the Kestrel Capital of London fund" names a fund's firm, no nickname).
fn noun_after(ctx: &Ctx, last: usize) -> bool {
    let k = last + 1;
    k < ctx.toks.len()
        && ctx.toks[k].kind == super::text::TokKind::Word
        && !ctx.toks[k].cap
        && !ctx.is(k, super::classify::lex::FUNCTION_WORD)
}

/// The run opens the paragraph with a short word wholly in capitals ("TE", "LA", "DE": a
/// particle, a function word elsewhere) before more words in capitals: in a dateline ("TE
/// AROHA, New Zealand —") the particle opens the place's name, no article to skip. Not an
/// English article ("THE END —").
pub fn dateline_particle(ctx: &Ctx, run: &[Item]) -> bool {
    let (Some(&Item::Word(0)), Some(&Item::Word(1))) = (run.first(), run.get(1)) else {
        return false;
    };
    let (t0, t1) = (&ctx.toks[0], &ctx.toks[1]);
    t0.allcaps && t1.allcaps && t0.end - t0.start <= 3 && !matches!(ctx.w(0), "THE" | "A" | "AN")
}

/// Word `k` is a grade's word before its letter, numeral or number ("Class A", "Class AAA",
/// "Division II", "Tier 2"): a rank, no name.
#[inline(never)]
pub fn grade_word(ctx: &Ctx, k: usize) -> bool {
    // (the next token's shape first: most words have no short grade after them)
    let Some(t) = ctx.toks.get(k + 1) else {
        return false;
    };
    let g = &ctx.text[t.start..t.end];
    t.start == ctx.toks[k].end + 1
        && (1..=3).contains(&g.len())
        && (g.bytes().all(|b| b.is_ascii_digit()) || g.bytes().all(|b| b.is_ascii_uppercase()))
        && matches!(
            ctx.w(k),
            "Class" | "Grade" | "Division" | "Tier" | "Category" | "Level" | "Type" | "Group"
        )
}

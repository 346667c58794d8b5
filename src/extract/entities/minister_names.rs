//! Round 58: "Minister of Mines and Energy Lerato Dube told parliament", "Secretary of State
//! for Housing Ewan Talbot": a minister's title, "of"/"for" and the portfolio, then two
//! capitalised words ending the run, are the portfolio and its holder, even where the holder's
//! given name is none the gazetteer knows.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::text::TokKind;

/// Words (folded) that end a ministry's portfolio ("… of Finance", "… of Lands and Housing").
const PORTFOLIO_ENDS: &[&str] = &[
    "affairs",
    "agriculture",
    "commerce",
    "communications",
    "culture",
    "defence",
    "defense",
    "development",
    "economy",
    "education",
    "employment",
    "energy",
    "environment",
    "finance",
    "fisheries",
    "forestry",
    "health",
    "housing",
    "immigration",
    "industry",
    "infrastructure",
    "interior",
    "investment",
    "justice",
    "labour",
    "labor",
    "lands",
    "minerals",
    "mines",
    "mining",
    "planning",
    "resources",
    "science",
    "security",
    "sport",
    "sports",
    "technology",
    "tourism",
    "trade",
    "transport",
    "treasury",
    "water",
    "welfare",
    "works",
    "youth",
];

/// Word `j` (folded) ends a portfolio.
fn portfolio_end(ctx: &Ctx, j: usize) -> bool {
    PORTFOLIO_ENDS.contains(&&*ctx.f(j))
}

/// Word `j` may be a holder's given name or surname: capitalised, no acronym, no title, no
/// body's noun, no portfolio word.
fn plain(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.toks[j];
    t.cap
        && !t.allcaps
        && !ctx.is(j, lex::TITLE)
        && !ctx.is(j, lex::ORG_CUE)
        && !ctx.is(j, lex::FUNCTION_WORD)
        && !portfolio_end(ctx, j)
}

/// The run's last three items are a portfolio's last word and two plain words, side by side:
/// the index in `run` of the first of the two.
fn holder_at_end(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    let q = run.len().checked_sub(2)?;
    let (Item::Word(p), Item::Word(g), Item::Word(s)) =
        (*run.get(q.checked_sub(1)?)?, run[q], run[q + 1])
    else {
        return None;
    };
    (g == p + 1 && s == g + 1 && portfolio_end(ctx, p) && plain(ctx, g) && plain(ctx, s))
        .then_some(q)
}

/// Run item `i` is a minister's title followed by "of"/"for" (the caller's): the index in
/// `run` where the holder's name starts, when the run ends with the portfolio's last word and
/// two plain capitalised words.
pub(super) fn portfolio_holder(ctx: &Ctx, run: &[Item], i: usize) -> Option<usize> {
    holder_at_end(ctx, run).filter(|&q| q >= i + 3)
}

/// "Minister of Lands and Housing Tumelo Kabelo": a run of three words after the portfolio's
/// "and" (its last word, then two plain words), where a minister's title and "of"/"for" open
/// the portfolio within eight words before that "and": the holder's index in `run`.
///
/// (Round 72) Or, after "for"/"of", a run of the whole portfolio and the holder (up to three
/// portfolio words, side by side): "Minister of State for Petroleum Resources Halima
/// Bello-Yusuf", where a body's noun in the portfolio ("Petroleum") parted it from the title.
pub(super) fn holder_after_and(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    if !(3..=5).contains(&run.len()) {
        return None;
    }
    let q = holder_at_end(ctx, run)?;
    let Item::Word(p) = run[0] else {
        return None;
    };
    if p < 4 {
        return None;
    }
    let joined_by_and = run.len() == 3 && matches!(ctx.w(p - 1), "and" | "&");
    let after_for = matches!(ctx.w(p - 1), "for" | "of")
        && run[..q].iter().enumerate().all(|(n, i)| {
            matches!(*i, Item::Word(j) if j == p + n && ctx.toks[j].cap && !ctx.toks[j].allcaps
                && !ctx.given(j) && !ctx.is(j, lex::TITLE))
        });
    if !joined_by_and && !after_for {
        return None;
    }
    (p.saturating_sub(10)..p - 3)
        .rev()
        .find(|&j| matches!(ctx.w(j), "Minister" | "Secretary" | "Ministers"))
        .filter(|&j| {
            matches!(ctx.w(j + 1), "of" | "for")
                && ctx.toks[j + 2..p - 1]
                    .iter()
                    .all(|t| t.kind == TokKind::Word)
        })
        .map(|_| q)
}

//! Titles of laws (round 58): "the Harbour Dues (Scotland) Act 1998", "the Fisheries and Coasts
//! Act", "the Rail Services (Wales) Bill". A bracketed nation or an "and" breaks the run of
//! capitals, and the words before it, cut from the law's noun, looked like a body's name.

use super::candidates::Item;
use super::classify::Ctx;
use super::text::TokKind;

/// Nouns ending a law's title.
const LAW_NOUNS: &[&str] = &["Act", "Bill", "Ordinance", "Regulations"];

/// The English `run` (no known name in it) is the head of a law's title: "(", capitalised words
/// and ")", or "and" and capitalised words (then maybe the bracket), then a law's noun.
pub(super) fn law_title_head(ctx: &Ctx, run: &[Item]) -> bool {
    let Some(&Item::Word(last)) = run.last() else {
        return false;
    };
    let w = |j: usize| ctx.toks.get(j).map_or("", |_| ctx.w(j));
    // (most runs: neither a bracket nor "and" after them)
    let next = w(last + 1);
    if next != "(" && next != "and" {
        return false;
    }
    if run.iter().any(|i| matches!(i, Item::Gaz { .. })) {
        return false;
    }
    let cap = |j: usize| {
        ctx.toks
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Word && t.cap && !LAW_NOUNS.contains(&ctx.w(j)))
    };
    let mut j = last + 1;
    if next == "and" {
        j += 1;
        let from = j;
        while j < from + 4 && cap(j) {
            j += 1;
        }
        if j == from {
            return false;
        }
    }
    if w(j) == "(" {
        let from = j + 1;
        j = from;
        while j < from + 3 && cap(j) {
            j += 1;
        }
        if j == from || w(j) != ")" {
            return false;
        }
        j += 1;
    }
    LAW_NOUNS.contains(&w(j))
}

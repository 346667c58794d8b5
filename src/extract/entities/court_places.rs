//! Round 56 (q56en2): a court's name runs over its place's "of" and "and": "the Court of
//! Appeal of Manitoba" (a second "of" after "Court of Appeal"), "the High Court of Punjab and
//! Haryana" (a second known place joined by "and" to the court's own).

use super::candidates::Item;
use super::classify::Ctx;
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// The hit starting at token `j` is a known place's (no nationality adjective).
pub(super) fn place_at(hits: &[GazHit], hit_at: &[Option<usize>], j: usize) -> Option<usize> {
    let h = hit_at.get(j).copied().flatten()?;
    (!hits[h].demonym && GAZ.entries[hits[h].entry].kind == EntityKind::Place).then_some(h)
}

/// The run holds the word "Court".
fn has_court(ctx: &Ctx, run: &[Item]) -> bool {
    run.iter()
        .any(|i| matches!(*i, Item::Word(j) if ctx.w(j) == "Court"))
}

/// At "of" (`k`) right after the end of a court's "Court of …" ("Court of Appeal"), a known
/// place follows: the court's place, part of its name ("the Court of Appeal of Manitoba").
pub fn court_of_then_place(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
) -> bool {
    matches!(run.last(), Some(&Item::Word(l)) if l + 1 == k
        && super::place_bodies::court_of_end(ctx.w(l)))
        && has_court(ctx, run)
        && place_at(hits, hit_at, k + 1).is_some()
}

/// At "and" (`k`) after a court's "of" and a known place ("the High Court of Punjab"), a
/// second known place (no country: "the Supreme Court of Canada and France said …") ends the
/// capitalised run: the court of both places ("… of Punjab and Haryana").
pub fn court_places_and(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
) -> bool {
    let [.., Item::Conn(of), Item::Gaz { hit, last, .. }] = *run else {
        return false;
    };
    if last + 1 != k || ctx.w(of) != "of" || hits[hit].demonym || !has_court(ctx, run) {
        return false;
    }
    let Some(h) = place_at(hits, hit_at, k + 1) else {
        return false;
    };
    if GAZ.entries[hits[h].entry].nation {
        return false;
    }
    // (the place ends the run: no more capitalised words after it)
    let end = hits[h].end;
    let next = ctx.toks.iter().skip(k + 1).position(|t| t.start >= end);
    next.is_none_or(|n| {
        let t = &ctx.toks[k + 1 + n];
        t.kind != TokKind::Word || !t.cap
    })
}

/// A run's end "of <place> and <place>" read as "of <place>": the items of `run` up to its
/// first place when two known places joined by "and" close it after "of".
pub fn without_second_place<'r>(ctx: &Ctx, hits: &[GazHit], run: &'r [Item]) -> &'r [Item] {
    match *run {
        [
            ref head @ ..,
            Item::Gaz { hit: a, .. },
            Item::Conn(c),
            Item::Gaz { hit: b, .. },
        ] if ctx.w(c) == "and"
            && !hits[a].demonym
            && !hits[b].demonym
            && GAZ.entries[hits[b].entry].kind == EntityKind::Place =>
        {
            &run[..head.len() + 1]
        }
        _ => run,
    }
}

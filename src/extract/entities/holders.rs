//! The holder of a title and the body they sit on (round 44): "Justice Ama Oduya Rees of the
//! Labour Court", "la juge Annie Morel-Tessier de la Cour supérieure": after a title, one to
//! three words of a name, then "of the"/"de la"/"du" and the body. The person's name stops
//! before "of"; the body is typed on its own.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// Where the holder's name ends in `run` (the index of its "of"/"de"), when a title stands
/// before it (`title_cue`, or a lowercase title word right before the run: "la juge X").
pub(super) fn holder_before_body(
    ctx: &Ctx,
    hits: &[GazHit],
    run: &[Item],
    title_cue: bool,
) -> Option<usize> {
    // (cheap refusal first: a connector among the run's second to fourth items)
    if run.len() < 3 {
        return None;
    }
    let p = run
        .iter()
        .take(4)
        .position(|i| matches!(*i, Item::Conn(c) if matches!(ctx.w(c), "of" | "de" | "du")))?;
    if p == 0 || run.len() < p + 2 {
        return None;
    }
    let titled = title_cue
        || match run[0] {
            Item::Word(k) | Item::Gaz { first: k, .. } => ctx
                .prev_word(k)
                .is_some_and(|q| !ctx.toks[q].cap && ctx.is(q, lex::TITLE)),
            Item::Conn(_) => false,
        };
    if !titled {
        return None;
    }
    // the name: plain words or a place's name read as a given name ("Alma"), no body's word
    let name = run[..p].iter().all(|i| match *i {
        Item::Word(j) => !ctx.toks[j].allcaps && !ctx.is(j, lex::ORG_CUE | lex::TITLE),
        Item::Gaz { hit, .. } => GAZ.entries[hits[hit].entry].kind == EntityKind::Place,
        Item::Conn(_) => false,
    });
    // the body: "of the", "de la", "de l’", "du", then a name
    let Item::Conn(c) = run[p] else {
        return None;
    };
    let mut q = p + 1;
    if ctx.w(c) != "du" {
        match run[q] {
            Item::Conn(a) if matches!(ctx.w(a), "the" | "la" | "l") => q += 1,
            _ => return None,
        }
    }
    (name
        && matches!(run.get(q), Some(Item::Word(_) | Item::Gaz { .. }))
        && body(ctx, hits, &run[q..]))
    .then_some(p)
}

/// The words `rest` after "of the"/"de la" name a body: a body's word among them or after
/// an "and"/"et" that goes on ("of the Employment and Labour Relations Court"), or a known
/// organisation. "Le député Philippe du Moulin", "Henri de la Motte-Beuvron": a particle of
/// the person's own name, with no body after it.
fn body(ctx: &Ctx, hits: &[GazHit], rest: &[Item]) -> bool {
    let known = |i: &Item| match *i {
        Item::Word(j) => ctx.is(j, lex::ORG_CUE),
        Item::Gaz { hit, .. } => GAZ.entries[hits[hit].entry].kind == EntityKind::Organization,
        Item::Conn(_) => false,
    };
    if rest.iter().any(known) {
        return true;
    }
    // (the run cut at "and": the words after it, while capitalised)
    let Some(&Item::Word(l)) = rest.last() else {
        return false;
    };
    let n = ctx.toks.len();
    if l + 2 >= n || !matches!(ctx.w(l + 1), "and" | "et") {
        return false;
    }
    (l + 2..n.min(l + 7))
        .take_while(|&k| ctx.toks[k].kind == TokKind::Word && ctx.toks[k].cap)
        .any(|k| ctx.is(k, lex::ORG_CUE))
}

/// The body's words `body` are the first half of a name cut at "and"/"et" ("of the
/// Employment and Labour Relations Court"): plain words, no body's word, then "and" and a
/// capitalised word. Typed alone, the half would be a wrong name.
pub(super) fn cut_at_and(ctx: &Ctx, body: &[Item]) -> bool {
    let Some(&Item::Word(l)) = body.last() else {
        return false;
    };
    let n = ctx.toks.len();
    l + 2 < n
        && matches!(ctx.w(l + 1), "and" | "et")
        && ctx.toks[l + 2].cap
        && body
            .iter()
            .all(|i| matches!(*i, Item::Word(j) if !ctx.is(j, lex::ORG_CUE)))
}

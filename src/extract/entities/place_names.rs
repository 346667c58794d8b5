//! Places of several words the gazetteer knows only a part of (round 32): a dateline in
//! capitals ("KESTREL FALLS, Ont. —") names one place, not an acronym and a place; an unknown
//! name before a known place that is also a common place-forming noun ("Tunbridge Wells",
//! "Buffalo Springs") is one place's name, not a word and a second place.

use super::candidates::Item;
use super::classify::{Ctx, first_tok, last_tok, lex};
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::EntityKind;

/// Nouns that end English place names ("… Wells", "… Falls", "… Bay") and can be a place of
/// their own in the gazetteer ("Wells" in Somerset).
const FORMING_TAILS: &[&str] = &[
    "wells", "springs", "falls", "bay", "heights", "harbour", "harbor", "haven", "bridge", "mills",
    "cross", "green", "hill", "hills", "ford", "port", "beach", "bridges",
];

/// "LLANFAIR WELLS, Wales —", "PORT ALDER, Ont. (CP) —": a run of two or more capitalised
/// words wholly in capitals, one of them unknown, opening the paragraph as a dateline is one
/// place (an acronym before a place is a body's branch only outside capitals: "NHS England").
pub fn capital_dateline(ctx: &Ctx, run: &[Item]) -> bool {
    let (Some(a), Some(b)) = (run.first(), run.last()) else {
        return false;
    };
    let (ft, lt) = (first_tok(a), last_tok(b));
    ft == 0
        && run.len() >= 2
        && run.iter().any(|i| matches!(i, Item::Word(_)))
        && run.iter().all(|i| match *i {
            Item::Word(k) => ctx.toks[k].allcaps,
            Item::Gaz { first, last, .. } => (first..=last)
                .all(|j| ctx.toks[j].allcaps || ctx.toks[j].kind != super::text::TokKind::Word),
            Item::Conn(_) => false,
        })
        && super::words::dateline(ctx, ft, lt)
}

/// "Llanfair Wells", "Cedar Springs", "Kestrel Bay": one or two unknown capitalised words
/// straight before a one-word known place that is also a place-forming noun are one place's
/// name, and so are they before a known body's name so spelt where a place goes ("near Rocky
/// Ford") (both in capitals or neither; not after a given name: "Holly Wells" is a person).
pub fn forming_tail(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let [ref head @ .., Item::Gaz { hit, first, last }] = run[..] else {
        return false;
    };
    if head.is_empty()
        || head.len() > 2
        || first != last
        || hits[hit].demonym
        || !FORMING_TAILS.contains(&&*ctx.f(first))
    {
        return false;
    }
    // ("near Rocky Ford": a known body's name as the tail where a place goes)
    match GAZ.entries[hits[hit].entry].kind {
        EntityKind::Place => {}
        EntityKind::Organization
            if super::context::place_before(ctx, first_tok(&head[0]))
                && !ctx.toks[first].allcaps => {}
        _ => return false,
    }
    let caps = ctx.toks[first].allcaps;
    head.iter().enumerate().all(|(n, i)| match *i {
        Item::Word(k) => {
            let f = ctx.f(k);
            k + head.len() - n == first
                && ctx.toks[k].cap
                && ctx.toks[k].allcaps == caps
                && !ctx.is(k, lex::ORG_CUE)
                && !ctx.is(k, lex::TITLE)
                && !ctx.is(k, lex::FUNCTION_WORD)
                && !GAZ.sets.given_names.contains(&f)
                && !GAZ.sets.place_cues.contains(&*f)
        }
        _ => false,
    })
}

/// "the Church in Wales", "Glanrafon Church in Wales Primary School": "in" after a capitalised
/// "Church" and before a known place joins the church's name (the national church named
/// after the country), where "in" would otherwise end the run.
pub fn church_in(
    ctx: &Ctx,
    hits: &[GazHit],
    run: &[Item],
    k: usize,
    hit_at: &[Option<usize>],
) -> bool {
    matches!(run.last(), Some(Item::Word(c)) if c + 1 == k && ctx.w(*c) == "Church")
        && hit_at.get(k + 1).copied().flatten().is_some_and(|h| {
            !hits[h].demonym && GAZ.entries[hits[h].entry].kind == EntityKind::Place
        })
}

/// "the Church of Norway", "the Methodist Church in Ireland", "Glanrafon Church in Wales
/// Primary School": a capitalised "Church", "of"/"in" and a known place name a national
/// church (a body, not a place and a person or a building), or with capitalised words ending
/// with an organisation noun after it, a body (a church school) named after it.
pub fn national_church(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let Some(c) = run
        .iter()
        .position(|i| matches!(*i, Item::Word(k) if ctx.w(k) == "Church"))
    else {
        return false;
    };
    let (Some(Item::Conn(p)), Some(Item::Gaz { hit, last, .. })) = (run.get(c + 1), run.get(c + 2))
    else {
        return false;
    };
    let rest = &run[c + 3..];
    matches!(ctx.w(*p), "in" | "of")
        && !hits[*hit].demonym
        && GAZ.entries[hits[*hit].entry].kind == EntityKind::Place
        && c <= 2
        && run[..c].iter().all(|i| {
            matches!(*i, Item::Word(k) if ctx.toks[k].cap
                && !ctx.toks[k].allcaps
                && !GAZ.sets.given_names.contains(&ctx.f(k)))
        })
        && (rest.is_empty()
            || (rest.len() <= 3
                && rest.iter().enumerate().all(
                    |(n, i)| matches!(*i, Item::Word(k) if k == last + 1 + n && ctx.toks[k].cap),
                )
                && matches!(rest.last(), Some(Item::Word(k)) if ctx.is(*k, lex::ORG_CUE))))
}

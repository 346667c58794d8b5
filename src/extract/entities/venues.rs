//! Named venues and facilities (round 49): capitalised words ending with a noun of buildings,
//! rooms or hills ("the Corn Exchange House", "in the Oak Room", "on Castle Hill") name one
//! place, not a body; an airport, a station or a stadium named after a person ("Ada Lorne
//! Kestrel City Airport") is one place whose person is no mention of their own; one word
//! between "a" and a noun of works is their author ("a Varnier comedy").

use super::candidates::Item;
use super::classify::Ctx;
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// Nouns of buildings, rooms and hills that end a venue's name and also end surnames ("Teresa
/// Hall", "Damon Hill"): with no given name in the run, and a "the" or a preposition of place
/// before it.
const SMALL_VENUES: &[&str] = &["house", "room", "hall", "hill"];

/// Nouns of large facilities, often named after a person ("X Y International Airport").
const LARGE_VENUES: &[&str] = &["airport", "station", "stadium", "arena", "courthouse"];

/// Words before a venue's name that say it is a place: its article, or a preposition of place.
const BEFORE_VENUE: &[&str] = &[
    "the", "at", "in", "on", "outside", "inside", "near", "into", "from", "to", "towards",
    "toward", "across", "around", "behind", "opposite", "beside",
];

/// `run` names a venue: a [`SMALL_VENUES`] noun after plain words (no given name, no known
/// body) with an article or a preposition of place before them ("at the Corbel Hall"), or a
/// [`LARGE_VENUES`] noun after three items or more, a known place or a person's name among them.
#[inline]
pub fn venue_run(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    if run.len() < 2 {
        return false;
    }
    let Some(&Item::Word(l)) = run.last() else {
        return false;
    };
    // (the noun's bytes before any look-up: 4 to 11 letters, capitalised, not all capitals)
    let t = &ctx.toks[l];
    if !(4..=11).contains(&(t.end - t.start)) || !t.cap || t.allcaps {
        return false;
    }
    let f = ctx.f(l);
    let small = SMALL_VENUES.contains(&&*f);
    if !small && !LARGE_VENUES.contains(&&*f) {
        return false;
    }
    // ("The Oak Room was full": the sentence's article is the venue's)
    let o = super::classify::opening_article(ctx, run);
    let run = &run[o..];
    if run.len() < 2 {
        return false;
    }
    let first = super::classify::first_tok(&run[0]);
    // plain words and known places only, one after the other
    let mut prev_end = first;
    for it in run {
        let (a, b) = match *it {
            Item::Word(k) => (k, k),
            Item::Gaz { hit, first, last } => {
                if hits[hit].demonym || GAZ.entries[hits[hit].entry].kind != EntityKind::Place {
                    return false;
                }
                (first, last)
            }
            Item::Conn(_) => return false,
        };
        // (an initial's full stop between them: "Ada B. Lorne")
        if a > prev_end + 2 || (a == prev_end + 2 && ctx.w(a - 1) != ".") {
            return false;
        }
        prev_end = b;
    }
    let words = || {
        run.iter().filter_map(|i| match *i {
            Item::Word(k) => Some(k),
            _ => None,
        })
    };
    if small {
        return words().all(|k| {
            !ctx.toks[k].allcaps
                && !GAZ.sets.given_names.contains(&ctx.f(k))
                && !GAZ.sets.titles.contains(&*ctx.f(k))
        }) && (o > 0 || place_before(ctx, first));
    }
    run.len() >= 3 && words().all(|k| !GAZ.sets.titles.contains(&*ctx.f(k)))
}

/// An article or a preposition of place before token `first`, with up to two lowercase words
/// after an article ("in the oak-panelled Oak Room").
fn place_before(ctx: &Ctx, first: usize) -> bool {
    let mut lower = 0;
    for j in (first.saturating_sub(6)..first).rev() {
        let t = &ctx.toks[j];
        let w = ctx.w(j);
        if t.kind != TokKind::Word {
            if w == "-" {
                continue;
            }
            return false;
        }
        if t.cap {
            return false;
        }
        if BEFORE_VENUE.contains(&w) {
            return lower == 0 || w == "the";
        }
        lower += 1;
        if lower > 2 {
            return false;
        }
    }
    false
}

/// Nouns of works named after their author ("a Varnier comedy").
const WORKS: &[&str] = &[
    "comedy",
    "comedies",
    "tragedy",
    "tragedies",
    "play",
    "plays",
    "farce",
    "novel",
    "novels",
    "opera",
    "operas",
    "symphony",
    "sonata",
    "concerto",
    "poem",
    "poems",
    "sonnet",
];

/// The one capitalised word `k` (not all capitals, not sentence-initial) stands between "a"
/// or "an" and a lowercase noun of [`WORKS`]: its author, a person ("a Varnier comedy").
pub fn author_of_work(ctx: &Ctx, k: usize) -> bool {
    let t = &ctx.toks[k];
    if t.allcaps || t.initial || k == 0 || k + 1 >= ctx.toks.len() {
        return false;
    }
    let n = &ctx.toks[k + 1];
    n.kind == TokKind::Word
        && !n.cap
        && ctx
            .prev_word(k)
            .is_some_and(|p| matches!(ctx.w(p), "a" | "an"))
        && WORKS.contains(&ctx.w(k + 1))
}

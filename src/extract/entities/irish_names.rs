//! Round 52: Irish bodies named with their article ("An Post", "An Chomhairle X", "An Bord X", "An
//! Roinn X"). English writes "an" only before a vowel's sound ("An Irish court", "An Uber
//! driver", "An MP"): a capitalised "An" before a capitalised word opening with a consonant is
//! the Irish article, part of the name, at a sentence's start too ("An Post said"), and the
//! name is a body's, never a person's. A county's name and a sports acronym ("Kerry GAA") name
//! the county's club.

use super::candidates::{Cand, Item};
use super::classify::{Ctx, opening_article, push};
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::{EntityKind, Lang};

/// The word `k` is a capitalised English "An" and the item after it a capitalised word (not
/// in capitals: "An MP", "An NHS trust") opening with a consonant other than "h" or "y" ("An
/// Hour", "An Ypres veteran"): the Irish article of a body's name.
#[inline]
pub fn irish_article(ctx: &Ctx, k: usize, next: Option<&Item>) -> bool {
    // (the bytes first: most words are no "An")
    if ctx.w(k) != "An" || ctx.lang != Lang::En {
        return false;
    }
    let Some(&Item::Word(j)) = next else {
        return false;
    };
    let t = &ctx.toks[j];
    t.cap
        && !t.allcaps
        && j == k + 1
        && ctx.w(j).bytes().next().is_some_and(|b| {
            b.is_ascii_uppercase() && !matches!(b, b'A' | b'E' | b'I' | b'O' | b'U' | b'H' | b'Y')
        })
}

/// The run opens with the Irish article and up to three capitalised words, not after "in" or
/// "near" (a town's name may open with it too: "in An Spidéal"): a body's name.
pub fn irish_body(ctx: &Ctx, run: &[Item]) -> bool {
    (2..=4).contains(&run.len())
        && matches!(run[0], Item::Word(k) if irish_article(ctx, k, run.get(1))
            && !ctx.prev_word(k).is_some_and(|p| matches!(ctx.w(p), "in" | "near")))
        && run[1..].iter().all(|i| matches!(i, Item::Word(_)))
}

/// Sports bodies' and clubs' acronyms that follow a county's or a town's name ("Kerry GAA",
/// "Leitrim RFC").
const SPORT_ACRONYMS: &[&str] = &["GAA", "FC", "AFC", "RFC", "CC", "GC", "LGFA"];

/// The run (after a sentence's opening article) is a place's name, known or one capitalised
/// word, then straight after it a sports acronym of [`SPORT_ACRONYMS`] known or not ("Kerry
/// GAA", "chairman of Sligo GAA"): the county's or the town's club, one body (the acronym
/// alone stays the national body's).
pub fn county_club(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    // (the acronym's bytes first: most runs end otherwise)
    let Some(&(Item::Word(j) | Item::Gaz { first: j, .. })) = run.last() else {
        return false;
    };
    if !ctx.toks[j].allcaps || !SPORT_ACRONYMS.contains(&ctx.w(j)) {
        return false;
    }
    let a = opening_article(ctx, run);
    let [first, last] = &run[a..] else {
        return false;
    };
    if matches!(*last, Item::Gaz { last: l, .. } if l != j) {
        return false;
    }
    match *first {
        Item::Word(k) => k + 1 == j && ctx.toks[k].cap && !ctx.toks[k].allcaps,
        Item::Gaz { hit, last: l, .. } => {
            l + 1 == j
                && !hits[hit].demonym
                && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        }
        Item::Conn(_) => false,
    }
}

/// The names told by their form alone, asked of every run (one call, out of the caller's
/// line): a numbered zone ("in Crab Fishing Area 12", [`super::admin_names::numbered_zone`]) is
/// dropped, an Irish body named with its article ([`irish_body`]) and a county's club
/// ([`county_club`]) are organisations. Whether the run was taken.
#[inline]
pub fn named_by_form(ctx: &Ctx, hits: &[GazHit], run: &[Item], out: &mut Vec<Cand>) -> bool {
    // (a few bytes refuse most runs here: a word in capitals last, a digit after it, a
    // two-letter word first)
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    let l = &ctx.toks[super::classify::last_tok(last)];
    let f = &ctx.toks[super::classify::first_tok(first)];
    if !(l.allcaps
        || ctx.lower.get(l.end + 1).is_some_and(u8::is_ascii_digit)
        || f.end - f.start == 2 && f.cap)
    {
        return false;
    }
    by_form(ctx, hits, run, out)
}

/// [`named_by_form`] past its first refusal.
#[inline(never)]
fn by_form(ctx: &Ctx, hits: &[GazHit], run: &[Item], out: &mut Vec<Cand>) -> bool {
    if let Some(&Item::Word(l)) = run.last()
        && super::admin_names::numbered_zone(ctx, l)
    {
        return true;
    }
    if run.len() < 2 {
        return false;
    }
    if irish_body(ctx, run) {
        push(ctx, run, EntityKind::Organization, 2, out);
        return true;
    }
    if county_club(ctx, hits, run) {
        push(
            ctx,
            &run[opening_article(ctx, run)..],
            EntityKind::Organization,
            2,
            out,
        );
        return true;
    }
    false
}

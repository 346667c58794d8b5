//! Round 58 (q58en3): names a body's own words make whole. A region's adjective opening a body's
//! name ("Eastern Ridge Legal Aid", "Upper Fen Transit") is part of the body, not a word to drop
//! before a place; the adjective and a land noun before a lowercase word ("Eastern Shore
//! crabbers", "the Western Slope") or a "Mid-" land ("the Mid-Coast") name a region. A listed
//! body, a division's noun and "of" ("the Alder Army Corps of Surveyors") is one longer body; a
//! body named in its own language ("Kestrel Kapda Vyapar Sangh", "Hafen Segler Verein") keeps
//! every word, a known place opening it too.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::EntityKind;

/// The run's items from the returned index name one whole body or region, of the returned kind
/// (a sentence's opening article before a regional name or a listed division is no part of it;
/// before a native body, what comes before it is segmented apart).
#[inline]
pub fn whole_name(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<(usize, EntityKind)> {
    // (byte and shape tests inline: some 20,000 runs a MiB come here, few go on)
    let bytes = ctx.text.as_bytes();
    if let [Item::Word(k)] = *run {
        let t = &ctx.toks[k];
        return (t.end - t.start > 5 && bytes[t.start..].starts_with(b"Mid-"))
            .then(|| region_run(ctx, run))
            .flatten()
            .map(|kind| (0, kind));
    }
    if run.len() < 2 {
        return None;
    }
    let head = |i: &Item| {
        matches!(*i, Item::Word(k) if matches!(bytes[ctx.toks[k].start],
            b'E' | b'W' | b'N' | b'S' | b'U' | b'L' | b'C'))
    };
    let tail = matches!(run.last(), Some(&Item::Word(l)) if {
        let t = &ctx.toks[l];
        (5..=10).contains(&(t.end - t.start))
            && matches!(bytes[t.start], b'S' | b'P' | b'M' | b'V')
    });
    let listed =
        run.len() >= 4 && matches!(run[..2], [Item::Gaz { .. }, _] | [_, Item::Gaz { .. }]);
    if !(tail || listed || head(&run[0]) || head(&run[1])) {
        return None;
    }
    whole_name_slow(ctx, hits, run)
}

#[inline(never)]
fn whole_name_slow(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<(usize, EntityKind)> {
    if let Some(a) = native_body(ctx, hits, run) {
        return Some((a, EntityKind::Organization));
    }
    let o = usize::from(matches!(run[0], Item::Word(k) if ctx.toks[k].initial
        && ctx.is(k, lex::FUNCTION_WORD)));
    if let Some(kind) = region_run(ctx, &run[o..]) {
        return Some((o, kind));
    }
    listed_division(ctx, hits, &run[o..]).then_some((o, EntityKind::Organization))
}

/// Region adjectives, folded, that open a region's or a regional body's name.
const REGION_ADJECTIVES: &[&str] = &[
    "eastern", "western", "northern", "southern", "upper", "lower", "central",
];

/// Nouns, folded, that end a regional body's name besides the organisation cues ("Legal Aid",
/// "Transit", "Housing").
const BODY_TAILS: &[&str] = &["aid", "transit", "housing", "utilities", "ambulance"];

/// Land nouns, folded, that name a region after a compass adjective or "Mid-" besides the
/// place cues ("the Western Slope", "the Mid-Plains").
const REGION_LANDS: &[&str] = &[
    "slope",
    "plains",
    "seaboard",
    "panhandle",
    "highlands",
    "uplands",
    "lowlands",
    "interior",
    "tier",
    "prairies",
    "heartland",
];

/// The run's item `i` is a capitalised word, contiguous with the token before it (`prev`).
fn word_after(ctx: &Ctx, i: &Item, prev: usize) -> Option<usize> {
    match *i {
        Item::Word(k) if k == prev + 1 && ctx.toks[k].cap && !ctx.toks[k].allcaps => Some(k),
        _ => None,
    }
}

/// A folded land noun that names a region after an adjective or "Mid-" (no district: "the
/// Southern District" is a court's area).
fn region_land(ctx: &Ctx, k: usize, f: &str) -> bool {
    REGION_LANDS.contains(&f) || (f != "district" && ctx.is(k, lex::PLACE_CUE))
}

/// What a run opened by a region's adjective or a "Mid-" land names: `Some(Organization)` for
/// "Eastern Ridge Legal Aid" (three or more contiguous words, the last an organisation cue or a
/// body's tail), `Some(Place)` for "Eastern Shore" or "Mid-Coast" before a lowercase word.
fn region_run(ctx: &Ctx, run: &[Item]) -> Option<EntityKind> {
    // (a byte test first: most runs open otherwise)
    let Some(&Item::Word(k)) = run.first() else {
        return None;
    };
    let t = &ctx.toks[k];
    if run.len() == 1 {
        // "the Mid-Shore": "Mid-" and a land noun
        let w = ctx.w(k).as_bytes();
        if !(w.len() > 5 && w.starts_with(b"Mid-") && w[4].is_ascii_uppercase()) {
            return None;
        }
        let f = ctx.f(k);
        let land = f.strip_prefix("mid-")?;
        let known = GAZ
            .sets
            .lex
            .get(land)
            .is_some_and(|v| *v & lex::PLACE_CUE != 0);
        return (land != "district" && (known || REGION_LANDS.contains(&land)))
            .then_some(EntityKind::Place);
    }
    if !matches!(
        ctx.text.as_bytes()[t.start],
        b'E' | b'W' | b'N' | b'S' | b'U' | b'L' | b'C'
    ) || !(5..=8).contains(&(t.end - t.start))
        || t.allcaps
    {
        return None;
    }
    let f = ctx.f(k);
    if !REGION_ADJECTIVES.contains(&&*f) {
        return None;
    }
    let mut prev = k;
    for i in &run[1..] {
        prev = word_after(ctx, i, prev)?;
    }
    let last = prev;
    let lf = ctx.f(last);
    if run.len() == 2 {
        // "Eastern Shore crabbers": a compass adjective (not "Upper", "Central": their own rules)
        return (matches!(&*f, "eastern" | "western" | "northern" | "southern")
            && region_land(ctx, last, &lf))
        .then_some(EntityKind::Place);
    }
    // "Eastern Ridge Legal Aid", "Lower Fen Housing": no given name or function word inside
    let inner_ok = run[1..run.len() - 1].iter().all(|i| match *i {
        Item::Word(j) => !ctx.is(j, lex::FUNCTION_WORD | lex::TITLE),
        _ => false,
    });
    (inner_ok && (ctx.is(last, lex::ORG_CUE) || BODY_TAILS.contains(&&*lf)))
        .then_some(EntityKind::Organization)
}

/// Nouns, folded, of a listed body's division before "of" ("Corps of Engineers", "Division
/// of Hydrography") that are no organisation cue of their own.
const DIVISION_NOUNS: &[&str] = &["corps", "division", "command", "directorate", "wing"];

/// "the Alder Army Corps of Surveyors": a listed body, a division's noun straight after it, "of"
/// and capitalised words (joined by "and" at most) are one body.
fn listed_division(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let [
        Item::Gaz { hit, last, .. },
        Item::Word(h),
        Item::Conn(o),
        rest @ ..,
    ] = run
    else {
        return false;
    };
    *h == last + 1
        && GAZ.entries[hits[*hit].entry].kind == EntityKind::Organization
        && ctx.w(*o) == "of"
        && DIVISION_NOUNS.contains(&&*ctx.f(*h))
        && matches!(rest.last(), Some(Item::Word(_)))
        && rest.iter().all(|i| match *i {
            Item::Word(j) => ctx.toks[j].cap && !ctx.is(j, lex::TITLE),
            Item::Conn(c) => matches!(ctx.w(c), "and" | "&"),
            Item::Gaz { .. } => false,
        })
}

/// Nouns, folded, that end a body's name in Hindi, German or Dutch ("Sangh", "Samiti",
/// "Verein", "Vereniging").
const NATIVE_BODY_TAILS: &[&str] = &[
    "sangh",
    "sangha",
    "samiti",
    "parishad",
    "sabha",
    "mandal",
    "sangathan",
    "manch",
    "verein",
    "verband",
    "vereniging",
];

/// "Kestrel Kapda Vyapar Sangh", "Hafen Segler Verein": two or more contiguous capitalised words
/// (the first maybe a known place) ending the run with a native body's noun are one body, the
/// place inside it; the index of the body's first item ("the head of the X Sangh": what comes
/// before is no part of it).
fn native_body(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<usize> {
    let Some(&Item::Word(l)) = run.last() else {
        return None;
    };
    // (a byte test first)
    let t = &ctx.toks[l];
    if !(5..=10).contains(&(t.end - t.start))
        || !matches!(ctx.text.as_bytes()[t.start], b'S' | b'P' | b'M' | b'V')
        || !NATIVE_BODY_TAILS.contains(&&*ctx.f(l))
    {
        return None;
    }
    let mut a = run.len() - 1;
    let mut next = l;
    while a > 0 {
        match run[a - 1] {
            Item::Word(k)
                if k + 1 == next
                    && ctx.toks[k].cap
                    && !ctx.is(k, lex::FUNCTION_WORD | lex::TITLE) =>
            {
                next = k;
                a -= 1;
            }
            Item::Gaz { hit, last, .. }
                if last + 1 == next && GAZ.entries[hits[hit].entry].kind == EntityKind::Place =>
            {
                a -= 1;
                break;
            }
            _ => break,
        }
    }
    (a + 1 < run.len()).then_some(a)
}

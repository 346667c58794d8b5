//! Names that look like persons' and are not (round 33): a given name before a place noun
//! that is no English surname ("Glenn Falls", "Logan Springs", "DEWEY RAPIDS, Minn. —") is a
//! town; a given name alone at one end of a range whose other end is a known place ("from
//! Tyler to Waco", "de Florence à Sienne", "between Madison and Sligo") is a place too; a
//! title's plural ending a name is a firm's trade ("X Y Solicitors").

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// Place nouns ending town names that are no English surname (unlike "Wells", "Hill",
/// "Lake", "Bay": "Holly Wells", "Ricki Lake" are persons), in the lexicon's place cues.
const TOWN_TAILS: &[&str] = &[
    "falls", "springs", "rapids", "heights", "creek", "harbour", "harbor", "lakes",
];

/// Words opening a range and the word that closes them ("from X to Y", "de X à Y").
const RANGES: &[(&str, &str)] = &[
    ("from", "to"),
    ("between", "and"),
    ("de", "à"),
    ("entre", "et"),
];

/// `run` is a place named after a given name: the given name and a [`TOWN_TAILS`] noun, or a
/// lone given name (or a one-word known body so spelt) in a range with a known place.
#[inline]
pub fn given_name_place(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    match *run {
        [Item::Word(a), Item::Word(b)] if b == a + 1 => {
            // (the tail's bytes before any look-up)
            let t = ctx.w(b);
            (5..=7).contains(&t.len())
                && TOWN_TAILS.iter().any(|s| t.eq_ignore_ascii_case(s))
                && town_tail(ctx, a, b)
        }
        [Item::Word(k)] => lone_in_range(ctx, hits, k, k),
        [Item::Gaz { hit, first, last }] if first == last => {
            GAZ.entries[hits[hit].entry].kind == EntityKind::Organization
                && lone_in_range(ctx, hits, first, last)
        }
        _ => false,
    }
}

/// "Glenn Falls": a given name, then the tail, cased alike, not before a possessive
/// ("Jeb Springs’ album") or a verb of saying ("Jeb Springs said").
#[inline(never)]
fn town_tail(ctx: &Ctx, a: usize, b: usize) -> bool {
    let toks = ctx.toks;
    toks[a].cap
        && toks[b].cap
        && toks[a].allcaps == toks[b].allcaps
        && GAZ.sets.given_names.contains(&ctx.f(a))
        && !(b + 1 < toks.len()
            && matches!(ctx.w(b + 1), "'" | "’")
            && toks[b + 1].start == toks[b].end)
        && !ctx
            .next_word(b)
            .is_some_and(|n| !toks[n].cap && ctx.is(n, lex::SAID))
}

/// Word `j` is lowercase and `w`.
fn lower_is(ctx: &Ctx, j: usize, w: &str) -> bool {
    ctx.toks[j].kind == TokKind::Word && !ctx.toks[j].cap && ctx.w(j) == w
}

/// A known place's hit starting at token `j`, its last token.
fn place_from(ctx: &Ctx, hits: &[GazHit], j: usize) -> Option<usize> {
    let start = ctx.toks.get(j)?.start;
    let h = hits.iter().find(|h| h.start == start && !h.demonym)?;
    if GAZ.entries[h.entry].kind != EntityKind::Place {
        return None;
    }
    (j..ctx.toks.len())
        .take_while(|&m| ctx.toks[m].start < h.end)
        .last()
}

/// A known place's hit ending at token `j`, its first token.
fn place_to(ctx: &Ctx, hits: &[GazHit], j: usize) -> Option<usize> {
    let end = ctx.toks[j].end;
    let h = hits.iter().find(|h| h.end == end && !h.demonym)?;
    if GAZ.entries[h.entry].kind != EntityKind::Place {
        return None;
    }
    (0..=j)
        .rev()
        .take_while(|&m| ctx.toks[m].end > h.start)
        .last()
}

/// Tokens `f..=l` (one given-name-like word) open or close a range whose other end is a
/// known place: "from X to Waco", "from Sligo to X", "entre X et Brest".
#[inline]
fn lone_in_range(ctx: &Ctx, hits: &[GazHit], f: usize, l: usize) -> bool {
    // (the range's shape, by the words around, before any look-up)
    let toks = ctx.toks;
    if f == 0 || l + 1 >= toks.len() || toks[f - 1].kind != TokKind::Word || toks[f - 1].cap {
        return false;
    }
    let before = ctx.w(f - 1);
    let opens = RANGES
        .iter()
        .any(|&(o, c)| before == o && ctx.w(l + 1) == c);
    let closes = f >= 3 && RANGES.iter().any(|&(_, c)| before == c);
    (opens || closes) && in_range_checked(ctx, hits, f, l, opens)
}

#[inline(never)]
fn in_range_checked(ctx: &Ctx, hits: &[GazHit], f: usize, l: usize, opens: bool) -> bool {
    let toks = ctx.toks;
    let other_end = if opens {
        // "from X to P"
        l + 2 < toks.len()
            && lower_is(ctx, l + 1, ctx.w(l + 1))
            && place_from(ctx, hits, l + 2).is_some()
    } else {
        // "from P to X" (not before a surname: the run would be longer)
        RANGES.iter().any(|&(o, c)| {
            lower_is(ctx, f - 1, c)
                && place_to(ctx, hits, f - 2).is_some_and(|p| p >= 1 && lower_is(ctx, p - 1, o))
        })
    };
    other_end && toks[f].cap && GAZ.sets.given_names.contains(&ctx.f(f))
}

/// Word `k` is the plural of a title of the lexicon ("Solicitors", "Avocats", "Notaires"):
/// ending a name of several words, the trade of a firm named after its partners, never a
/// person's surname (kept here beside the other names that look like persons' and are not).
pub fn plural_title(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k);
    w.len() > 3
        && w.ends_with('s')
        && ctx.toks[k].cap
        && GAZ
            .sets
            .titles
            .contains(ctx.f(k).strip_suffix('s').unwrap_or_default())
}

//! English frames that make a name a place (round 57), asked by [`super::name_frames::mend`]: a
//! member's "from" ("a Republican from X", "the legislator from X"), a place's possessive before
//! an area ("Y’s X district") and a lowercase noun of relief or settlement after the name ("X
//! village", "the X range", "at X and on Y hill").

use super::candidates::Cand;
use super::classify::{Ctx, lex};
use super::name_frames::word_at;
use super::text::TokKind;
use crate::extract::types::EntityKind;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Members whose "from" names the place they represent ("a Republican from X").
const MEMBERS: &[&str] = &[
    "Republican",
    "Democrat",
    "legislator",
    "lawmaker",
    "MP",
    "senator",
    "councillor",
    "councilor",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "representative",
];

/// Nouns of an area inside a place that a possessive names ("Y’s X district").
const AREAS: &[&str] = &[
    "district", "county", "province", "region", "division", "tehsil",
];

/// "Maharashtra’s X district": the capitalised words after the place's possessive, before an
/// area's noun, are a place.
pub(super) fn possessive_area(ctx: &Ctx, out: &mut Vec<Cand>, i: usize) {
    let b = ctx.text.as_bytes();
    let e = out[i].end as usize;
    if out[i].kind != EntityKind::Place {
        return;
    }
    let at = if b[e..].starts_with("’s ".as_bytes()) {
        e + 5
    } else if b[e..].starts_with(b"'s ") {
        e + 3
    } else {
        return;
    };
    let Some(end) = cap_words_end(ctx, at) else {
        return;
    };
    let noun_at = end + 1;
    if b.get(end) != Some(&b' ') || !AREAS.iter().any(|n| word_at(b, noun_at, n)) {
        return;
    }
    place_at(ctx, out, at, end);
}

/// The end of the capitalised words (no sentence's first) starting at byte `at`, if any.
fn cap_words_end(ctx: &Ctx, at: usize) -> Option<usize> {
    let k = ctx.toks.partition_point(|t| t.start < at);
    let t = ctx.toks.get(k)?;
    if t.start != at || t.kind != TokKind::Word || !t.cap || ctx.is(k, lex::NOISE) {
        return None;
    }
    let mut end = t.end;
    for n in ctx.toks[k + 1..].iter().take(3) {
        if n.kind != TokKind::Word || !n.cap || n.start != end + 1 {
            break;
        }
        end = n.end;
    }
    Some(end)
}

/// A place at `at..end`: the candidate there retyped, or a new one.
fn place_at(ctx: &Ctx, out: &mut Vec<Cand>, at: usize, end: usize) {
    if let Some(c) = out
        .iter_mut()
        .rev()
        .take(16)
        .find(|c| c.start as usize == at && c.block as usize == ctx.block)
    {
        if c.strength < 3 {
            c.kind = EntityKind::Place;
            c.strength = 2;
            c.end = end as u32;
        }
        return;
    }
    out.push(Cand::rule(ctx.block, at, end, EntityKind::Place, 2));
}

/// "a Republican from X", "the legislator from X": X is the place the member stands for; a
/// party's member noun is no place of its own.
pub(super) fn members_from(ctx: &Ctx, out: &mut Vec<Cand>, from: usize) {
    static FROM: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b" from "));
    let b = ctx.text.as_bytes();
    let mut pos = 0;
    while let Some(p) = FROM.find(&b[pos..]).map(|p| p + pos) {
        pos = p + 6;
        if !b.get(pos).is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        let w0 = b[..p].iter().rposition(|&c| c == b' ').map_or(0, |q| q + 1);
        let w = &b[w0..p];
        if !MEMBERS.iter().any(|m| m.as_bytes() == w) {
            continue;
        }
        let Some(end) = cap_words_end(ctx, pos) else {
            continue;
        };
        if let Some(j) =
            (from..out.len()).find(|&j| out[j].start as usize == w0 && out[j].end as usize == p)
            && out[j].kind != EntityKind::Person
        {
            out.remove(j);
        }
        place_at(ctx, out, pos, end);
    }
}

/// Lowercase nouns of relief and settlement that make the name before them a place ("above X
/// village", "the X range", "on Y hill"), even where a firm's name opens with the same word.
const LAND_NOUNS: &[&str] = &[
    "village", "range", "valley", "hill", "hills", "pass", "gorge", "district", "slopes",
];

/// "above X village", "the X range that towers over…": candidate `i` is a place (and, in "at X
/// and on Y hill", the X listed before it).
pub(super) fn land_noun_after(ctx: &Ctx, out: &mut [Cand], from: usize, i: usize) -> bool {
    let b = ctx.text.as_bytes();
    let (s, e) = (out[i].start as usize, out[i].end as usize);
    if !LAND_NOUNS.iter().any(|n| word_at(b, e + 1, n)) {
        return false;
    }
    // ("in this Druze village", "a Republican district": an adjective qualifies the noun)
    let lead = &b[..s];
    if [&b"this "[..], b"that ", b"a ", b"an "]
        .iter()
        .any(|w| lead.ends_with(w))
    {
        return false;
    }
    let c = &mut out[i];
    if c.strength >= 3 || c.kind == EntityKind::Person || c.demonym {
        return false;
    }
    c.kind = EntityKind::Place;
    c.strength = 2;
    // "lines at X and on Y hill": the X listed with it
    if s >= 12 && b[..s].ends_with(b" and on ") {
        let x_end = s - 8;
        if let Some(x) = out[from..]
            .iter_mut()
            .find(|c| c.end as usize == x_end && c.strength < 3 && c.kind != EntityKind::Person)
            && b[..x.start as usize].ends_with(b" at ")
        {
            x.kind = EntityKind::Place;
            x.strength = 2;
        }
    }
    true
}

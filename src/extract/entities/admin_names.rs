//! Round 52: names whose head word says what they are, whatever the context around them says.
//! An administrative noun and "of" before a place ("the Municipality of X", "the Regional
//! Municipality of X", "la Municipalité de X") name the local government, a body, not a person
//! nor the area (the area keeps its own mentions: "the villages of X"). An English geographic
//! noun ending a name ("X Neck", "X Spit", "X Narrows") or a mountain's word opening it ("Slieve
//! X", "Croagh X"; "Ben X" only after a climb) names a place.

use super::candidates::Item;
use super::classify::{Ctx, opening_article};
use crate::extract::types::Lang;

/// Capitalised nouns of a local government's area that, with "of"/"de" and a name after them,
/// name the council that runs it (not "City"/"Town": "the City of London" is the place as
/// often; not "District" after a compass word: "the Western District of X" is a court's area).
const ADMIN_HEADS: &[&str] = &[
    "Municipality",
    "District",
    "County",
    "Township",
    "Borough",
    "Region",
    "Shire",
    "Parish",
    "Municipalité",
    "Municipalite",
];

/// Adjectives that may open such a name before its head ("the Regional Municipality of X").
const ADMIN_ADJECTIVES: &[&str] = &["Regional", "Rural", "Metropolitan", "Régionale"];

/// The run (after a sentence's opening article) is an administrative head ([`ADMIN_HEADS`],
/// an adjective of [`ADMIN_ADJECTIVES`] before it or not), "of"/"de", then only names: the
/// index the body's name starts at.
#[inline]
pub fn admin_body(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    // (asked of every run: the shape first)
    if run.len() < 3 {
        return None;
    }
    let a = opening_article(ctx, run);
    let mut h = a;
    if let Some(Item::Word(k)) = run.get(h)
        && ADMIN_ADJECTIVES.contains(&ctx.w(*k))
    {
        h += 1;
    }
    let (Some(&Item::Word(k)), Some(&Item::Conn(c))) = (run.get(h), run.get(h + 1)) else {
        return None;
    };
    let of = match ctx.lang {
        Lang::Fr => "de",
        _ => "of",
    };
    (ctx.w(c) == of
        && ADMIN_HEADS.contains(&ctx.w(k))
        && run.len() > h + 2
        && run[h + 2..].iter().all(|i| !matches!(i, Item::Conn(_))))
    .then_some(a)
}

/// English nouns of landforms and waters that end a place's name ("Harrow Neck", "Corran
/// Spit", "the Ferris Narrows"), folded; those the lexicon's place cues lack (not "Marsh" nor
/// "Fell": surnames as often).
const GEO_TAILS: &[&str] = &[
    "neck", "spit", "head", "point", "sound", "narrows", "flats", "reach", "bluff", "bluffs",
    "knob", "gap", "ridge", "tor", "dunes", "headland", "inlet", "cove", "fen", "fens", "downs",
    "wold", "wolds",
];

/// The name's last word `last` is a noun of [`GEO_TAILS`], capitalised, in English.
pub fn geo_tail(ctx: &Ctx, last: usize) -> bool {
    ctx.lang == Lang::En && !ctx.toks[last].allcaps && GEO_TAILS.contains(&&*ctx.f(last))
}

/// Words that open a mountain's name in Irish, Scottish and Spanish usage ("Slieve X", "Croagh
/// X", "Sierra X", "Cerro X"), folded.
const MOUNTAIN_HEADS: &[&str] = &["slieve", "croagh", "sierra", "cerro", "sliabh", "beinn"];

/// Verbs and nouns of climbing before "Ben X": "Ben" names a mountain only after them.
const CLIMBS: &[&str] = &[
    "up", "climb", "climbed", "climbing", "climbs", "summit", "slopes", "top", "ascent", "scaled",
];

/// The name's first word `first` opens a mountain's name ([`MOUNTAIN_HEADS`], or "Ben" after a
/// climb: "up Ben X", "the summit of Ben X"), with one or two words after it.
pub fn mountain_head(ctx: &Ctx, first: usize, words: usize) -> bool {
    if !(2..=3).contains(&words) || ctx.toks[first].allcaps {
        return false;
    }
    let f = ctx.f(first);
    if MOUNTAIN_HEADS.contains(&&*f) {
        return true;
    }
    if &*f != "ben" {
        return false;
    }
    let Some(p) = ctx.prev_word(first) else {
        return false;
    };
    let p = match &*ctx.f(p) {
        "of" | "the" => ctx.prev_word(p).and_then(|q| {
            if &*ctx.f(q) == "the" {
                ctx.prev_word(q)
            } else {
                Some(q)
            }
        }),
        _ => Some(p),
    };
    p.is_some_and(|p| !ctx.toks[p].cap && CLIMBS.contains(&&*ctx.f(p)))
}

/// Nouns of a numbered designation that end a name before its number ("Crab Fishing Area 12",
/// "Exploration Block 9", "Secteur 4"), folded.
const NUMBERED_HEADS: &[&str] = &[
    "area", "zone", "block", "unit", "sector", "lot", "parcel", "tract", "secteur", "bloc",
];

/// The name's last word `last` is a noun of [`NUMBERED_HEADS`] and a number follows it after
/// one space: a zone's, a lot's or a block's designation, no place's name of its own (nor a
/// person's: "Exploration Block 9"), named with its number or not at all.
pub fn numbered_zone(ctx: &Ctx, last: usize) -> bool {
    let Some(n) = ctx.toks.get(last + 1) else {
        return false;
    };
    // (the number's bytes first: most names are followed otherwise)
    n.start == ctx.toks[last].end + 1
        && ctx.w(last + 1).bytes().all(|b| b.is_ascii_digit())
        && ctx.toks[last].cap
        && NUMBERED_HEADS.contains(&&*ctx.f(last))
}

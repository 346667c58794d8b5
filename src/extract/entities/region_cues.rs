//! French cues of a region or a wild land (round 44): "la harde de caribous de X" (a herd is
//! named after its range), and the Québec "dans X" without an article ("vit dans X", "en A, près
//! de B, et dans X"), which also opens titles and firms ("dans Astérix", "investir dans X"):
//! only after a word of dwelling or coordinated with places.

use super::classify::{Ctx, lex};
use super::context::fw;
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Nouns of an animal population named after its range, before "de <animals> de X".
const HERDS: &[&str] = &[
    "harde",
    "hardes",
    "troupeau",
    "troupeaux",
    "population",
    "populations",
    "colonie",
    "colonies",
    "meute",
    "meutes",
];

/// "la harde de caribous de X", "la population de bélugas de X": `p0` is the "de" before the
/// name at `first`, `p1` the animals, `p2` the "de" before them.
pub fn herd_of(ctx: &Ctx, p1: Option<usize>, f1: &str, f2: &str, p2: Option<usize>) -> bool {
    ctx.lang == Lang::Fr
        && matches!(f2, "de" | "d")
        && p1.is_some_and(|p| !ctx.toks[p].cap && f1.ends_with(['s', 'x']))
        && HERDS.contains(&&*fw(ctx, p2.and_then(|p| ctx.prev_word(p))))
}

/// Words of dwelling or lying before "dans X": "vit dans X", "située dans X" (not "on trouve
/// dans X", "présents dans X": a book, a game; nor "installé dans X", "observé dans X": a
/// program, a browser, a game as often as a land).
const DWELLING: &[&str] = &[
    "vit",
    "vivent",
    "vivait",
    "vivaient",
    "habite",
    "habitent",
    "habitait",
    "habitaient",
    "reside",
    "residait",
    "situe",
    "situee",
    "situes",
    "situees",
    "etabli",
    "etablie",
    "etablis",
    "etablies",
    "implante",
    "implantee",
    "implantes",
    "implantees",
    "ne",
    "nee",
    "nes",
    "nees",
    "grandi",
    "demenage",
    "recense",
    "recensee",
    "recenses",
    "recensees",
];

/// The name at `first` after the "dans" at `p0` (with no article: "dans Charlevoix") is a
/// region: a word of dwelling is before "dans", or "et"/"ou" joins it to a phrase of place
/// before it in the sentence ("à Sorelle ou dans X").
pub fn dans_region(ctx: &Ctx, p0: usize, f1: &str, p1: Option<usize>) -> bool {
    if ctx.lang != Lang::Fr || ctx.toks[p0].cap {
        return false;
    }
    if DWELLING.contains(&f1) {
        return true;
    }
    if !matches!(f1, "et" | "ou") {
        return false;
    }
    // a preposition of place and a capitalised name among the eight words before
    let mut j = p1.unwrap_or(p0);
    for _ in 0..8 {
        let Some(p) = j.checked_sub(1) else {
            return false;
        };
        let t = &ctx.toks[p];
        if matches!(ctx.w(p), "." | "!" | "?" | ";") {
            return false;
        }
        if t.cap
            && !t.initial
            && ctx.prev_word(p).is_some_and(|q| {
                !ctx.toks[q].cap
                    && matches!(&*ctx.f(q), "en" | "a" | "au" | "aux" | "dans" | "de")
                    && (ctx.f(q) != "de"
                        || ctx
                            .prev_word(q)
                            .is_some_and(|r| matches!(&*ctx.f(r), "pres" | "proche" | "environs")))
            })
        {
            return true;
        }
        j = p;
    }
    false
}

/// The known region `hit` at token `k` names something else: a band ("le groupe X", "the band
/// X", "le concert de X"), or, when the region's name is also a word ("Levant"), the end of
/// another capitalised name ("au pays du Soleil Levant", "le café Le Levant"). Nations stay.
pub fn region_named_otherwise(ctx: &Ctx, hit: &GazHit, k: usize) -> bool {
    // (a byte first: most names follow a lowercase word or nothing)
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    let t = &ctx.toks[p];
    // ("South Jersey": a compass or a name-forming word makes the place's name; "Corvin Wells":
    // a place's noun ends a town's; "Holly Derby": a given name, a person's)
    if t.cap {
        return hit.amb
            && !(t.initial && ctx.is(p, lex::FUNCTION_WORD))
            && t.kind == TokKind::Word
            && GAZ.entries[hit.entry].kind == EntityKind::Place
            && !GAZ.entries[hit.entry].nation
            && (!t.initial && ctx.is(p, lex::FUNCTION_WORD)
                || !super::classify::place_forming(&ctx.f(p))
                    && !super::place_names::forming(ctx, k)
                    && !GAZ.sets.given_names.contains(&ctx.f(p)));
    }
    let Some(p) = ctx.prev_word(k) else {
        return false;
    };
    if !matches!(ctx.text.as_bytes()[ctx.toks[p].start], b'g' | b'b' | b'd') {
        return false;
    }
    let band = match &*ctx.f(p) {
        "groupe" | "band" => true,
        "de" | "d" => ctx
            .prev_word(p)
            .is_some_and(|q| matches!(&*ctx.f(q), "concert" | "concerts" | "tournee")),
        _ => false,
    };
    // ("élue du groupe Valbourg Ensemble": a council's group named after its town)
    band && GAZ.entries[hit.entry].kind == EntityKind::Place
        && !GAZ.entries[hit.entry].nation
        && !ctx.text[hit.end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase))
}

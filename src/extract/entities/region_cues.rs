//! French cues of a region or a wild land (round 44): "la harde de caribous de X" (a herd is
//! named after its range), and the Québec "dans X" without an article ("vit dans X", "en A, près
//! de B, et dans X"), which also opens titles and firms ("dans Astérix", "investir dans X"):
//! only after a word of dwelling or coordinated with places.

use super::classify::Ctx;
use super::context::fw;
use crate::extract::types::Lang;

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

/// Words of dwelling, lying or being seen before "dans X": "vit dans X", "située dans X" (not
/// "on trouve dans X", "présents dans X": a book, a game).
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
    "installe",
    "installee",
    "installes",
    "installees",
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
    "observe",
    "observee",
    "observes",
    "observees",
    "recense",
    "recensee",
    "recenses",
    "recensees",
];

/// The name at `first` after the "dans" at `p0` (with no article: "dans Charlevoix") is a
/// region: a word of dwelling is before "dans", or "et"/"ou" joins it to a phrase of place
/// before it in the sentence ("en Abitibi, près de Val-d’Or, et dans X").
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

//! Round 56 (q56en2): "X, in the north of Ardenia", "X, dans l’ouest de l’Iran": a part of a
//! known land named by a compass noun, after which a lone name lies in that land.

use super::candidates::Item;
use super::classify::Ctx;

/// English compass nouns of a part of a land ("in the north of X").
const COMPASS_NOUNS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "centre",
    "center",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// French compass nouns of a part of a land ("dans l’ouest de X").
const COMPASS_NOUNS_FR: &[&str] = &[
    "nord",
    "sud",
    "est",
    "ouest",
    "centre",
    "nord-est",
    "nord-ouest",
    "sud-est",
    "sud-ouest",
];

/// From token `j`: an article, a compass noun, "of" (French "de"/"du"/"d’", then maybe
/// "la"/"l’"), then a known place: "the north of Ardenia", "l’ouest de l’Iran".
pub fn compass_of_place(ctx: &Ctx, mut j: usize, french: bool) -> bool {
    let n = ctx.toks.len();
    let w = |j: usize| if j < n { ctx.w(j) } else { "" };
    let apostrophe = |j: usize| matches!(w(j), "’" | "'");
    let (articles, nouns): (&[&str], &[&str]) = if french {
        (&["le", "l"], COMPASS_NOUNS_FR)
    } else {
        (&["the"], COMPASS_NOUNS)
    };
    if !articles.contains(&w(j)) {
        return false;
    }
    j += 1;
    if apostrophe(j) {
        j += 1;
    }
    if !nouns.contains(&w(j)) {
        return false;
    }
    j += 1;
    match (french, w(j)) {
        (false, "of") => j += 1,
        (true, "de" | "du") => j += 1,
        (true, "d") if apostrophe(j + 1) => j += 2,
        _ => return false,
    }
    // ("the north of the Sahel", "de la Drôme", "de l’Iran")
    if matches!(w(j), "the" | "la" | "l") {
        j += 1;
        if apostrophe(j) {
            j += 1;
        }
    }
    j < n && super::context::known_place(ctx, j)
}

/// A French compass word, folded, of the eight points but the centre ("Europe du Nord",
/// "le Grand Sud-Ouest").
pub(super) fn french_compass(f: &str) -> bool {
    matches!(
        f,
        "nord" | "sud" | "est" | "ouest" | "nord-est" | "nord-ouest" | "sud-est" | "sud-ouest"
    )
}

/// (Round 69) The byte span of a French compass name in `run`: "Grand Sud", "Grand Nord"
/// (two words), or a lone capitalised compass word after a lowercase "province" ("la
/// province Sud": the noun with it; not "la région Sud-Ouest", a vague area).
pub(super) fn compass_name(ctx: &Ctx, run: &[Item]) -> Option<(usize, usize)> {
    let compass = |k: usize| ctx.toks[k].cap && !ctx.toks[k].allcaps && french_compass(&ctx.f(k));
    match *run {
        // (after an article: not "le festival Grand Nord", "l’album Grand Sud")
        [Item::Word(g), Item::Word(k)]
            if k == g + 1
                && ctx.w(g) == "Grand"
                && compass(k)
                && ctx
                    .prev_word(g)
                    .is_some_and(|p| matches!(&*ctx.f(p), "le" | "du" | "au")) =>
        {
            Some((ctx.toks[g].start, ctx.toks[k].end))
        }
        [Item::Word(k)] if compass(k) && !ctx.toks[k].initial => {
            let p = ctx.prev_word(k)?;
            (p + 1 == k && ctx.w(p) == "province").then(|| (ctx.toks[p].start, ctx.toks[k].end))
        }
        _ => None,
    }
}

//! Guards on a person's apposition (round 44, mended): a name in a sentence's opening scene
//! ("Au Kervallon, un pompier a…", "In North Harlow, a nurse…", "Chez X, une salariée…")
//! is no holder of the apposition after it, which is the sentence's subject; a noun that
//! firms carry too ("a software vendor", "négociant en vins") makes a person only after a
//! name that plainly is one.

use super::classify::{Ctx, lex};
use super::gazetteer::GAZ;
use super::text::TokKind;

/// Prepositions (folded) that open a sentence's scene: where, when, at whose place.
const SCENE: &[&str] = &[
    "a",
    "after",
    "apres",
    "at",
    "au",
    "aux",
    "chez",
    "dans",
    "depuis",
    "durant",
    "during",
    "en",
    "for",
    "in",
    "lors",
    "near",
    "outside",
    "pendant",
    "pour",
    "pres",
    "selon",
    "sur",
    "throughout",
    "vers",
];

/// Words that may stand before a scene's preposition at a sentence's start ("Back in X",
/// "Last week in X", "Hier, à X" has its comma and is no scene of the name's).
const LEAD_IN: &[&str] = &[
    "back",
    "last",
    "week",
    "month",
    "year",
    "yesterday",
    "earlier",
    "later",
    "meanwhile",
    "elsewhere",
    "also",
    "and",
    "but",
    "et",
    "mais",
    "puis",
    "ailleurs",
];

/// Words opening a place's name, never a person's: "In North Harlow", "Upper Dunmore".
const PLACE_OPENERS: &[&str] = &[
    "north", "south", "east", "west", "upper", "lower", "new", "port", "st", "saint", "mount",
    "nord", "sud", "est", "ouest", "haut", "haute", "bas", "basse",
];

/// Articles and "of"/"de" that a scene's phrase passes over ("Dans la commune de X").
fn article(f: &str) -> bool {
    matches!(
        f,
        "le" | "la" | "les" | "l" | "the" | "de" | "du" | "des" | "d" | "of"
    )
}

/// The name ending at `lt` closes a sentence's opening scene: a preposition of
/// [`SCENE`] at the sentence's start (or after a short lead-in, "Back in X"), then
/// articles, lowercase modifiers ("In rural X", "Dans la commune de X") and the name. The
/// apposition after it is the sentence's subject. "Pour X"/"For X"/"Selon X" introduce a
/// speaker, though: a name that looks like a person's there stands.
pub(super) fn in_scene(ctx: &Ctx, lt: usize) -> bool {
    let mut k = lt + 1;
    let mut words = 0;
    while k > 0 && words < 10 {
        k -= 1;
        let t = &ctx.toks[k];
        if t.kind != TokKind::Word {
            if matches!(ctx.w(k), "-" | "’" | "'") {
                continue;
            }
            return false;
        }
        words += 1;
        // ("Montbrac-sur-Loue", "Saint-Brévin-les-Landes": a hyphenated name's small words)
        if k + 1 < ctx.toks.len() && ctx.w(k + 1) == "-" {
            continue;
        }
        let f = ctx.f(k);
        if (!t.cap || t.initial) && SCENE.contains(&&*f) && (f != "a" || ctx.w(k) != "a") {
            return opens_sentence(ctx, k)
                && !(matches!(&*f, "pour" | "for" | "selon") && speaker_name(ctx, k, lt));
        }
        if t.initial {
            return false;
        }
        if t.cap || article(&f) {
            continue;
        }
        if ctx.is(k, lex::FUNCTION_WORD | lex::SAID | lex::TITLE) || super::context::verb_like(&f) {
            return false;
        }
    }
    false
}

/// The preposition at `k` starts its sentence, or follows a short lead-in from
/// [`LEAD_IN`] there ("Last week in X").
fn opens_sentence(ctx: &Ctx, k: usize) -> bool {
    let mut j = k;
    for _ in 0..3 {
        if ctx.toks[j].initial {
            return true;
        }
        if j == 0 {
            return false;
        }
        j -= 1;
        if ctx.toks[j].kind != TokKind::Word || !LEAD_IN.contains(&&*ctx.f(j)) {
            return false;
        }
    }
    false
}

/// The words after `k` up to `lt` look like a person's name: two or three plain capitalised
/// words (no place's opener, no body's word, none in capitals), or a known given name first.
fn speaker_name(ctx: &Ctx, k: usize, lt: usize) -> bool {
    let words: Vec<usize> = (k + 1..=lt)
        .filter(|&j| ctx.toks[j].kind == TokKind::Word)
        .collect();
    let Some(&first) = words.first() else {
        return false;
    };
    if words
        .iter()
        .any(|&j| !ctx.toks[j].cap || ctx.toks[j].allcaps || ctx.is(j, lex::ORG_CUE | lex::TITLE))
    {
        return false;
    }
    GAZ.sets.given_names.contains(&ctx.f(first))
        || ((2..=3).contains(&words.len()) && !PLACE_OPENERS.contains(&&*ctx.f(first)))
}

/// The first token of the name ending at `lt`: capitalised words, joined by hyphens or
/// apostrophes, up to four, stopping at a function word opening the sentence ("Pour",
/// "Selon"; mid-sentence, "said Grace X", a capitalised one is the name's).
fn name_first(ctx: &Ctx, lt: usize) -> usize {
    let mut first = lt;
    let mut k = lt;
    let mut words = 1;
    while k > 0 && words < 4 {
        k -= 1;
        let t = &ctx.toks[k];
        if t.kind != TokKind::Word {
            if matches!(ctx.w(k), "-" | "’" | "'") {
                continue;
            }
            break;
        }
        if !t.cap || (t.initial && ctx.is(k, lex::FUNCTION_WORD)) {
            break;
        }
        first = k;
        words += 1;
    }
    first
}

/// The name ending at `lt` shows a body's sign: all in capitals ("NORVEX"), a body's noun
/// opening it ("Brasserie X"), a legal form ("X SA").
pub(super) fn body_signs(ctx: &Ctx, lt: usize) -> bool {
    let first = name_first(ctx, lt);
    let words = (first..=lt).filter(|&k| ctx.toks[k].kind == TokKind::Word);
    ctx.is(first, lex::ORG_CUE)
        || words.clone().all(|k| ctx.toks[k].allcaps)
        || words
            .clone()
            .any(|k| super::joins::LEGAL_FORMS.contains(&ctx.w(k)))
}

/// The name ending at `lt` plainly is a person's, as a noun firms carry too needs: a known
/// given name (or a quote's verb before it), then a surname; no word in capitals, no body's
/// word.
pub(super) fn plain_person(ctx: &Ctx, lt: usize) -> bool {
    let first = name_first(ctx, lt);
    // ("…,” said X Y, a market trader": a quote's speaker, inverted after the verb)
    let speaker = first >= 1
        && ctx.toks[first - 1].kind == TokKind::Word
        && !ctx.toks[first - 1].cap
        && ctx.is(first - 1, lex::SAID);
    first < lt
        && (speaker || GAZ.sets.given_names.contains(&ctx.f(first)))
        && (first..=lt).all(|k| {
            ctx.toks[k].kind != TokKind::Word || (!ctx.toks[k].allcaps && !ctx.is(k, lex::ORG_CUE))
        })
}

/// A firm's goods after the noun phrase ending before `k`: "of"/"en"/"de" and a lowercase
/// noun with no article ("a producer of wind turbines", "négociant en vins", "éleveur de
/// porcs"); "a survivor of the crisis" has its article.
pub(super) fn goods_after(ctx: &Ctx, k: usize) -> bool {
    let n = ctx.toks.len();
    if ctx.toks[k].kind != TokKind::Word || !matches!(&*ctx.f(k), "of" | "en" | "de" | "d") {
        return false;
    }
    // ("d’électricité": over the elision's apostrophe)
    let mut g = k + 1;
    while g < n && matches!(ctx.w(g), "’" | "'") {
        g += 1;
    }
    g < n
        && ctx.toks[g].kind == TokKind::Word
        && !ctx.toks[g].cap
        && !article(&ctx.f(g))
        && !matches!(
            &*ctx.f(g),
            "a" | "an" | "un" | "une" | "his" | "her" | "son" | "sa"
        )
}

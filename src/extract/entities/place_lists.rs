//! Names coordinated before a plural place noun (round 33): "parts of Orrin and Calder
//! counties", "the Tana, Athi and Sabaki rivers", "Kano and Kaduna states": each name is a
//! place, the noun in the plural naming them all.

use super::classify::Ctx;
use super::text::TokKind;

/// English plural nouns of places that follow the names they gather.
const PLURAL_PLACE_NOUNS: &[&str] = &[
    "counties",
    "provinces",
    "states",
    "districts",
    "regions",
    "parishes",
    "townships",
    "boroughs",
    "municipalities",
    "prefectures",
    "cantons",
    "valleys",
    "rivers",
    "lakes",
    "islands",
    "mountains",
];

/// A plural place noun in lowercase at token `k`.
fn plural_place_noun(ctx: &Ctx, k: usize) -> bool {
    // (a byte first: most words after a name are no plural in -s)
    ctx.toks.get(k).is_some_and(|t| {
        t.kind == TokKind::Word && !t.cap && ctx.text.as_bytes()[t.end - 1] == b's'
    }) && PLURAL_PLACE_NOUNS.contains(&ctx.w(k))
}

/// "states" is also a verb ("Brindle and Hawke states that…"): at token `noun`, after the
/// names whose first word is at token `first`, it is the plural noun only after "the" or a preposition of
/// place ("governors of Oruka and Benzi states") and before no object or clause.
fn states_as_noun(ctx: &Ctx, first: usize, noun: usize) -> bool {
    if ctx.w(noun) != "states" {
        return true;
    }
    let before = list_open(ctx, first).checked_sub(1).is_some_and(|p| {
        matches!(
            &*ctx.f(p),
            "the"
                | "of"
                | "in"
                | "across"
                | "from"
                | "to"
                | "both"
                | "among"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "neighbouring"
                | "neighboring"
        )
    });
    let object = ctx.toks.get(noun + 1).is_some_and(|t| {
        ctx.w(noun + 1).starts_with(|c: char| c.is_ascii_digit())
            || t.kind == TokKind::Word
                && !t.cap
                && matches!(
                    ctx.w(noun + 1),
                    "that"
                        | "the"
                        | "a"
                        | "an"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "this"
                        | "these"
                        | "those"
                        | "how"
                        | "what"
                        | "whether"
                        | "which"
                        | "why"
                        | "where"
                        | "when"
                        | "no"
                        | "only"
                )
    });
    before && !object
}

/// The name ending at token `last` is followed by more capitalised names joined by commas and
/// "and"/"or", then a plural place noun ("Orrin and Calder counties", "the Tana, Athi and
/// Sabaki rivers"); the last name is
/// found by [`last_before_plural_place_noun`].
pub fn before_plural_place_noun(ctx: &Ctx, first: usize, last: usize) -> bool {
    let n = ctx.toks.len();
    let mut j = last + 1;
    // (most names are followed by something else: refused on the first token)
    if j >= n || !matches!(ctx.w(j), "," | "and" | "or") {
        return false;
    }
    let mut joined = false;
    while j < n {
        if joined && plural_place_noun(ctx, j) {
            return states_as_noun(ctx, first, j);
        }
        if ctx.w(j) == "," {
            j += 1;
        }
        if j < n && matches!(ctx.w(j), "and" | "or") {
            joined = true;
            j += 1;
        }
        // one to three capitalised words
        let start = j;
        while j < n && j < start + 3 && ctx.toks[j].kind == TokKind::Word && ctx.toks[j].cap {
            j += 1;
        }
        if j == start || (plural_place_noun(ctx, j) && !joined) {
            return false;
        }
    }
    false
}

/// The name at tokens `first..=last` is the last of names joined by "and"/"or" before a
/// plural place noun: "Orrin and Calder counties" (never a lone name: "Calder states that…").
pub fn last_before_plural_place_noun(ctx: &Ctx, first: usize, last: usize) -> bool {
    plural_place_noun(ctx, last + 1)
        && first >= 2
        && matches!(ctx.w(first - 1), "and" | "or")
        && ctx.toks[first - 2].kind == TokKind::Word
        && ctx.toks[first - 2].cap
        && states_as_noun(ctx, first, last + 1)
}

/// The first token of the names joined by commas and "and"/"or" that end at `first`.
fn list_open(ctx: &Ctx, first: usize) -> usize {
    let mut k = first;
    while k > 0 {
        let t = &ctx.toks[k - 1];
        let joint = matches!(ctx.w(k - 1), "," | "and" | "or");
        if !(joint || t.kind == TokKind::Word && t.cap && &*ctx.f(k - 1) != "the") {
            break;
        }
        k -= 1;
    }
    k
}

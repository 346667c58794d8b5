//! Round 55 (q55fr): a name at one end of a stretch whose other end is a lowercase place
//! noun ("entre X et la gare", "de X à la gare", "between X and the station", "from X to
//! the harbour") is a place.

use super::classify::Ctx;
use super::text::TokKind;

/// Lowercase nouns of places in a town that a route or works may run to, folded.
const TOWN_SPOTS: &[&str] = &[
    "gare",
    "port",
    "centre-ville",
    "aeroport",
    "hopital",
    "station",
    "harbour",
    "harbor",
    "airport",
    "hospital",
    "seafront",
    "quayside",
];

/// The name `first..=last` opens "entre X et la gare" / "de X à la gare" / "between X and
/// the station" / "from X to the harbour".
pub fn stretch_to_town_spot(ctx: &Ctx, first: usize, last: usize) -> bool {
    let Some(b) = ctx.prev_word(first) else {
        return false;
    };
    let link = match ctx.w(b) {
        "entre" | "between" => ["et", "and"],
        "de" | "from" => ["à", "to"],
        _ => return false,
    };
    let n = ctx.toks.len();
    let word = |j: usize| j < n && ctx.toks[j].kind == TokKind::Word;
    let c = last + 1;
    if !word(c) || !link.contains(&ctx.w(c)) {
        return false;
    }
    // the article ("la", "le", "l’", "the"), then the noun
    let mut j = c + 1;
    if word(j) && matches!(ctx.w(j), "la" | "le" | "the") {
        j += 1;
    } else if word(j) && ctx.w(j) == "l" && j + 1 < n && matches!(ctx.w(j + 1), "’" | "'") {
        j += 2;
    } else {
        return false;
    }
    word(j) && !ctx.toks[j].cap && TOWN_SPOTS.contains(&&*ctx.f(j))
}

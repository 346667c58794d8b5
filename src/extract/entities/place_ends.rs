//! Round 55 (q55fr): a name at one end of a stretch whose other end is a lowercase place
//! noun ("entre X et la gare", "de X à la gare", "between X and the station", "from X to
//! the harbour") is a place.

use super::classify::Ctx;
use super::text::TokKind;

/// Lowercase nouns of sites and parts of a town, folded, that a route or works may run to:
/// the other end of "entre X et la gare" / "between X and the station" here, the noun ending
/// "between the old market and X" in [`super::context::between_places`].
pub(super) const TOWN_SPOTS: &[&str] = &[
    "station",
    "airport",
    "market",
    "port",
    "harbour",
    "harbor",
    "bridge",
    "stadium",
    "hospital",
    "centre",
    "center",
    "border",
    "coast",
    "junction",
    "roundabout",
    "terminus",
    "depot",
    "mall",
    "campus",
    "seafront",
    "quayside",
    "gare",
    "aeroport",
    "hopital",
    "centre-ville",
    "marche",
    "pont",
    "frontiere",
    "ville",
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

//! A French noun of places with its adjective before "de X": "la station balnéaire de X", "la
//! petite commune rurale de X", "la cité médiévale de X", "la station de ski de X". The noun
//! alone is in the list of nouns before "de X" (`PLACE_OF` in `context`); here the adjective
//! stands between them.

use super::classify::Ctx;

/// Folded adjectives that follow a French noun of places and say what kind of place it is (not
/// "natale": "la ville natale de X" names a person after it).
const PLACE_ADJECTIVES: &[&str] = &[
    "balneaire",
    "thermale",
    "thermal",
    "rurale",
    "rural",
    "portuaire",
    "industrielle",
    "industriel",
    "touristique",
    "medievale",
    "medieval",
    "frontaliere",
    "frontalier",
    "cotiere",
    "cotier",
    "littorale",
    "miniere",
    "minier",
    "ouvriere",
    "viticole",
    "agricole",
    "forestiere",
    "insulaire",
    "nouvelle",
];

/// The words before "de X" are a noun of places and its adjective (`f1` the adjective, `f2`
/// the noun: "la station balnéaire de X"), or "station de ski" (`p2` the "de" inside it).
pub fn noun_adjective_de(ctx: &Ctx, f1: &str, f2: &str, p2: Option<usize>) -> bool {
    if f1 == "ski" && f2 == "de" {
        return p2
            .and_then(|p| ctx.prev_word(p))
            .is_some_and(|q| ctx.f(q) == "station");
    }
    // ("le centre touristique de X", "le parc industriel de X": a site named after X, or a
    // park's own name, not the town)
    PLACE_ADJECTIVES.contains(&f1)
        && !matches!(
            f2,
            "centre" | "parc" | "pole" | "complexe" | "zone" | "site"
        )
        && (matches!(f2, "station" | "cite") || super::context::place_of_noun(f2))
}

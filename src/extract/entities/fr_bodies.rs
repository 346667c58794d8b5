//! Round 33 (second part): French bodies' names and where they end: a ministry the gazetteer
//! knows by its first remit goes on through its listed remits; "de" and a determiner or a
//! quantifier never continue a body's name.

use super::candidates::Item;
use super::classify::Ctx;
use super::gazetteer::GAZ;
use crate::extract::types::Lang;

/// `run` is one gazetteer name opening with a lowercase "ministère" ("ministère de
/// l’Économie"): a ministry named by its first remit, which a remit list may continue.
pub fn known_ministry(ctx: &Ctx, run: &[Item]) -> bool {
    matches!(run, [Item::Gaz { first, .. }]
        if !ctx.toks[*first].cap && ctx.f(*first) == "ministere")
}

/// Determiners and quantifiers: after "de"/"du"/"des"/"d’" they open a noun phrase of the
/// sentence ("devant la Régie de X de tout tarif", "de chaque commune", "de ses membres"),
/// never the rest of a body's name.
const DETERMINERS_AFTER_DE: &[&str] = &[
    "tout",
    "toute",
    "tous",
    "toutes",
    "chaque",
    "plusieurs",
    "certains",
    "certaines",
    "aucun",
    "aucune",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
    "un",
    "une",
    "quelques",
    "nombreux",
    "nombreuses",
];

/// At lowercase `j` (folded `f`) right after the connector ending `items`: a determiner after
/// "de" ends the body's name there.
pub fn determiner_after_de(ctx: &Ctx, items: &[Item], f: &str) -> bool {
    matches!(items.last(), Some(Item::Conn(c)) if matches!(&*ctx.f(*c), "de" | "du" | "des" | "d"))
        && DETERMINERS_AFTER_DE.contains(&f)
}

/// Lowercase French nouns of a facility, folded, named after the town it stands in ("la
/// centrale de X", "le barrage de X", "la carrière de X"), never after a body.
const FACILITIES: &[&str] = &[
    "centrale",
    "centrales",
    "barrage",
    "carriere",
    "mine",
    "aeroport",
    "gare",
    "raffinerie",
    "cimenterie",
    "fonderie",
    "acierie",
    "papeterie",
    "aluminerie",
    "scierie",
    "parc",
    "chantier",
    "entrepot",
    "terminal",
];

/// The words before a lone name (`p0` nearest): "de"/"d’" after a lowercase facility noun
/// ([`FACILITIES`]), maybe with one lowercase adjective between ("la centrale solaire de X",
/// "l’usine automobile de X", "le parc éolien de X").
pub fn facility_of(ctx: &Ctx, p0: Option<usize>, p1: Option<usize>, p2: Option<usize>) -> bool {
    let lower = |j: Option<usize>| j.is_some_and(|j| !ctx.toks[j].cap);
    let facility = |j: Option<usize>| {
        lower(j) && j.is_some_and(|j| FACILITIES.contains(&&*ctx.f(j)) || ctx.f(j) == "usine")
    };
    if ctx.lang != Lang::Fr || !lower(p0) || !p0.is_some_and(|p| matches!(&*ctx.f(p), "de" | "d")) {
        return false;
    }
    facility(p1)
        || (lower(p1)
            && facility(p2)
            && p1.is_some_and(|p| !GAZ.sets.function_words.contains(&*ctx.f(p))))
}

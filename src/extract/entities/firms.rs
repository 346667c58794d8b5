//! Round 33: firms' names told by the words around them: a compass word opening a firm's
//! name right after a noun introducing it ("le transporteur Nord Cargo Rapide"); a generic
//! institution noun after a sentence's article names no body of its own ("Le Département
//! a annoncé…"); a name a firm's shares are listed on is an exchange ("listed on Bursa
//! Tengara"); a noun of areas inside a name takes its area ("Football Club du Bassin de
//! Vernay").

use super::candidates::Item;
use super::classify::{COMPASS, Ctx, MONTHS_DAYS, first_tok, lex};
use super::text::TokKind;

/// Institution nouns, folded, that a text capitalises for the one body of its kind it deals
/// with ("le Département", "la Région", "the Council"): no name of their own.
const GENERIC_BODIES: &[&str] = &[
    "departement",
    "region",
    "commune",
    "ville",
    "metropole",
    "agglomeration",
    "prefecture",
    "gouvernement",
    "etat",
    "conseil",
    "assemblee",
    "mairie",
    "council",
    "government",
    "department",
    "board",
];

/// A compass word (`k`, the run's first) opening two or more capitalised words right after a
/// noun that introduces a firm ("le transporteur Nord Cargo Rapide", "the haulier West Fen
/// Freight"): the word is the firm's own, not a region before its name.
pub fn compass_opens_firm(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    k > 0
        && run.len() >= 2
        && ctx.is(k - 1, lex::ORG_INTRO)
        && !ctx.toks[k - 1].cap
        && COMPASS.contains(&&*ctx.f(k))
        && run
            .iter()
            .enumerate()
            .all(|(i, it)| matches!(*it, Item::Word(j) if j == k + i))
}

/// The run is an article and one generic institution noun ("Le Département", "La Région",
/// "The Council"): the article opening the sentence is no part of a name.
pub fn generic_body_alone(ctx: &Ctx, run: &[Item]) -> bool {
    matches!(*run, [Item::Word(a), Item::Word(h)]
        if h == a + 1 && ctx.toks[a].initial && GENERIC_BODIES.contains(&&*ctx.f(h)))
}

/// Verbs, folded, whose "on"/"sur" introduces the market a firm's shares trade on.
const LISTED: &[&str] = &[
    "listed", "traded", "quoted", "cotee", "cote", "cotees", "cotes",
];

/// The run comes right after "listed on", "traded on", "cotée sur" ("listed on Bursa
/// Tengara", "cotée sur Euronext Growth"): a stock exchange, whatever its words name
/// elsewhere (a town, a country), not a day ("listed on Monday").
pub fn exchange_before(ctx: &Ctx, run: &[Item]) -> bool {
    let Some(first) = run.first().map(first_tok) else {
        return false;
    };
    // (the slices first: most runs have no "on" before them)
    first >= 2
        && matches!(ctx.w(first - 1), "on" | "sur")
        && ctx.toks[first - 2].kind == TokKind::Word
        && LISTED.contains(&&*ctx.f(first - 2))
        && !MONTHS_DAYS.contains(&&*ctx.f(first))
}

/// Capitalised nouns of areas, folded, that need "de" and the area's name after them.
const AREA_NOUNS: &[&str] = &[
    "pays", "val", "vallee", "bassin", "plateau", "massif", "golfe",
];

/// At "de"/"d" (`w`) after a capitalised noun of areas inside a longer name ("Rugby Club du
/// Pays de Lorrez", "Syndicat des Eaux du Val de Sèvre"): the area's name belongs to it, even
/// after the name's own "du".
pub fn area_noun_takes_de(ctx: &Ctx, last: Option<&Item>, w: &str) -> bool {
    matches!(w, "de" | "d")
        && matches!(last, Some(&Item::Word(j)) if ctx.toks[j].cap
            && AREA_NOUNS.contains(&&*ctx.f(j)))
}

//! Round 55 (q55en): a sentence's opening noun of occupation or status before a given name
//! and a surname ("Farmer Alice Wanjiru said…", "Rider Peter Kamau, 31, who…") says what
//! the person does, like a lowercase one ("rider Peter Kamau"): it is no part of the name.
//! (French writes the noun after an article, in lowercase: "l’agriculteur Jean X".) A plural
//! noun of a firm's trade after a place names a firm ("Denver architects Halcrest").

use super::candidates::Item;
use super::classify::Ctx;
use super::gazetteer::GAZ;

/// Nouns of occupation or status (folded) that open a sentence before a person's name. No
/// titles that are part of a name's address ("Father", "Doctor", "Judge", "Coach": other
/// rules know them), and no nouns that open bodies' names as often ("Student Union" has no
/// given name after it, which the rule asks for anyway).
const OCCUPATIONS: &[&str] = &[
    "rider",
    "farmer",
    "driver",
    "nurse",
    "grower",
    "trader",
    "vendor",
    "hawker",
    "resident",
    "pensioner",
    "retiree",
    "student",
    "fisherman",
    "fisherwoman",
    "teacher",
    "miner",
    "picker",
    "worker",
    "labourer",
    "laborer",
    "shopkeeper",
    "herder",
    "rancher",
    "baker",
    "butcher",
    "carpenter",
    "mechanic",
    "cleaner",
    "waiter",
    "waitress",
    "tailor",
    "plumber",
    "electrician",
    "builder",
    "midwife",
    "commuter",
    "passenger",
    "tenant",
    "landlord",
    "homeowner",
    "shopper",
    "widow",
    "veteran",
    "volunteer",
    "beekeeper",
    "winemaker",
    "smallholder",
    "villager",
    "chauffeur",
];

/// The run opens the sentence with a noun of occupation, then a given name right after it and
/// one more capitalised word: the noun is no part of the name ("Vendor Grace Achieng").
#[inline(never)]
pub fn occupation_opens(ctx: &Ctx, run: &[Item]) -> bool {
    // (asked at every run: sentence-initial first, then the run's shape, then the words)
    let (Some(&Item::Word(k)), Some(second), Some(third)) = (run.first(), run.get(1), run.get(2))
    else {
        return false;
    };
    if !ctx.toks[k].initial {
        return false;
    }
    let given = match *second {
        Item::Word(j) => (j == k + 1).then_some(j),
        Item::Gaz { first, last, .. } => (first == k + 1 && first == last).then_some(first),
        Item::Conn(_) => None,
    };
    let Some(g) = given else {
        return false;
    };
    let surname = match *third {
        Item::Word(j) | Item::Gaz { first: j, .. } => j == g + 1 && !ctx.toks[j].allcaps,
        Item::Conn(_) => false,
    };
    surname
        && !ctx.toks[g].allcaps
        && OCCUPATIONS.contains(&&*ctx.f(k))
        && GAZ.sets.given_names.contains(&ctx.f(g))
}

/// Lowercase plural nouns of a professional firm's trade: after a place or a nationality and
/// before a name ("Denver architects Pellham", "Danish engineers Ravnholt"), the name
/// is the firm's.
const FIRM_TRADES: &[&str] = &[
    "architects",
    "engineers",
    "consultants",
    "accountants",
    "auditors",
    "builders",
    "contractors",
    "surveyors",
    "auctioneers",
    "solicitors",
    "designers",
];

/// The name at `ft` (one or two words, no given name) follows a plural noun of
/// [`FIRM_TRADES`], itself after a capitalised word (a place or a nationality) or "by"
/// ("designed by architects X").
#[inline(never)]
pub fn firm_after_trade(ctx: &Ctx, ft: usize) -> bool {
    // (a byte first: the word before the name ends in -s and is lowercase)
    let Some(t) = ft.checked_sub(1).filter(|&t| {
        let tok = &ctx.toks[t];
        tok.kind == super::text::TokKind::Word
            && !tok.cap
            && ctx.text.as_bytes()[tok.end - 1] == b's'
    }) else {
        return false;
    };
    FIRM_TRADES.contains(&ctx.w(t))
        && ctx.prev_word(t).is_some_and(|p| {
            p + 1 == t
                && ((ctx.toks[p].cap && !ctx.toks[p].initial) || matches!(ctx.w(p), "by" | "from"))
        })
}

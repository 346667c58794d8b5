//! Round 33: firms' names told by the words around them: a compass word opening a firm's
//! name right after a noun introducing it ("le transporteur Nord Cargo Rapide"); a generic
//! institution noun after a sentence's article names no body of its own ("La Métropole
//! votera…"); a name a firm's shares are listed on is an exchange ("traded on the Varnholm
//! Exchange"); a noun of areas inside a name takes its area ("Judo Club du Plateau de
//! Sarne").

use super::candidates::Item;
use super::classify::{COMPASS, Ctx, HOLIDAYS, MONTHS_DAYS, first_tok, last_tok, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// Institution nouns, folded, that a text capitalises for the one body of its kind it deals
/// with ("le Département", "la Région", "the Council"): no name of their own.
pub(super) const GENERIC_BODIES: &[&str] = &[
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
        && !ctx.toks[k - 1].cap
        && run
            .iter()
            .enumerate()
            .all(|(i, it)| matches!(*it, Item::Word(j) if j == k + i))
        && ctx.is(k - 1, lex::ORG_INTRO)
        && COMPASS.contains(&&*ctx.f(k))
}

/// The run is an article and one generic institution noun ("Le Département", "La Région",
/// "The Council"): the article opening the sentence is no part of a name.
pub fn generic_body_alone(ctx: &Ctx, run: &[Item]) -> bool {
    matches!(*run, [Item::Word(a), Item::Word(h)]
        if h == a + 1 && ctx.toks[a].initial && GENERIC_BODIES.contains(&&*ctx.f(h)))
}

/// Nouns of ways, documents and feasts: a run holding one after "listed on" is an address, a
/// part of a text or a day ("listed on Quarry Lane", "listed on Annex 2", "on Easter Monday").
const NOT_EXCHANGE: &[&str] = &[
    "street",
    "road",
    "lane",
    "avenue",
    "square",
    "drive",
    "schedule",
    "appendix",
    "annex",
    "annexe",
    "page",
    "section",
    "chapter",
    "article",
    "rue",
    "boulevard",
];

/// The run comes right after "listed on", "traded on", "cotée sur" ("listed on the Varnholm
/// Exchange", "cotée sur Euronext Growth"): a stock exchange, whatever its words name elsewhere
/// (a town, a country). Not a day, a feast, an address or a part of a text ("listed on
/// Monday", "on Annex 2"), not one known firm (its own name stays), not a person's or a
/// place's own thing ("on Oslo's board", "on Brid Farrelly's list").
#[inline]
pub fn exchange_before(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let Some(first) = run.first().map(first_tok) else {
        return false;
    };
    // (the slices first: most runs have no "on" before them)
    if !(first >= 2
        && matches!(ctx.w(first - 1), "on" | "sur")
        && matches!(
            ctx.w(first - 2),
            "listed" | "traded" | "Listed" | "Traded" | "coté" | "cotée" | "cotés" | "cotées"
        ))
    {
        return false;
    }
    let after = run.last().map_or(first, last_tok) + 1;
    // ("listed on Oslo's board"; "on Good Friday": a day's name may stand apart)
    let owner = after < ctx.toks.len()
        && (matches!(ctx.w(after), "'" | "’" | "'s" | "’s")
            || MONTHS_DAYS.contains(&&*ctx.f(after)));
    let known_firm = matches!(*run, [Item::Gaz { hit, .. }]
        if GAZ.entries[hits[hit].entry].kind == EntityKind::Organization);
    !owner
        && !known_firm
        && !GAZ.sets.given_names.contains(&ctx.f(first))
        && run.iter().all(|it| match *it {
            Item::Word(j) => {
                let f = ctx.f(j);
                !MONTHS_DAYS.contains(&&*f)
                    && !HOLIDAYS.contains(&&*f)
                    && !NOT_EXCHANGE.contains(&&*f)
            }
            Item::Gaz {
                first: a, last: b, ..
            } => (a..=b).all(|j| {
                let f = ctx.f(j);
                !MONTHS_DAYS.contains(&&*f) && !HOLIDAYS.contains(&&*f)
            }),
            Item::Conn(_) => true,
        })
}

/// At "de"/"d" (`k`, folded `w`) after a capitalised noun of areas inside a longer name
/// ("Rugby Club du Pays de Lorrez", "Syndicat des Eaux du Val de Sèvre"): the area's name
/// belongs to it, even after the name's own "du"; a given name after it is a person's ("le
/// Club du Massif de Solène Ravanel": the club's member, not its area).
pub fn area_noun_takes_de(ctx: &Ctx, last: Option<&Item>, k: usize, w: &str) -> bool {
    matches!(w, "de" | "d")
        && matches!(last, Some(&Item::Word(j)) if ctx.toks[j].cap && {
            let f = ctx.f(j);
            &*f == "pays"
                || super::words::GEO_HEADS.contains(&&*f)
                || super::words::RIVER_PARTS.contains(&&*f)
        })
        && {
            let mut n = k + 1;
            while matches!(ctx.toks.get(n), Some(t) if t.kind != TokKind::Word) {
                n += 1;
            }
            n >= ctx.toks.len() || !GAZ.sets.given_names.contains(&ctx.f(n))
        }
}

/// Round 34: a compass word (`k`, the run's last) closing a firm's name ("les Laboratoires
/// Vantel Sud, une entreprise familiale", "Transports Galmier Nord SA", "the Bryce Hauliers
/// North, a family firm"): the firm's own word, not a region, when a noun of organisations
/// or a trade's plural opens the name, or an apposition after it calls it a firm. Not after
/// a connector ("Afrique du Sud", "Council of the North").
pub fn compass_closes_firm(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    let (Some(&Item::Word(h)), Some(&Item::Word(p))) =
        (run.first(), run.len().checked_sub(2).map(|i| &run[i]))
    else {
        return false;
    };
    if run.len() < 3 || p + 1 != k || !COMPASS.contains(&&*ctx.f(k)) {
        return false;
    }
    let toks = ctx.toks;
    // (a trade's plural only before a legal form: "Ambulances Dakota North were sent" is no
    // firm's name)
    let legal_form = toks.get(k + 1).is_some_and(|t| t.cap)
        && super::merge::org_names::COMPANY_TAIL.contains(&&*ctx.f(k + 1));
    let trade = ctx.is(h, lex::ORG_CUE)
        || (legal_form && !ctx.is(h, lex::FUNCTION_WORD) && plural_trade(ctx.w(h), &ctx.f(h)));
    // ", une entreprise familiale", ", a family firm": one or two words after the article, the
    // noun of organisations a word of its own ("a company-run school" is a school)
    let intro = |j: usize| {
        j < toks.len()
            && ctx.is(j, lex::ORG_INTRO)
            && toks
                .get(j + 1)
                .is_none_or(|t| t.start > toks[j].end || ctx.w(j + 1) != "-")
    };
    let firm_after = k + 3 < toks.len()
        && ctx.w(k + 1) == ","
        && matches!(ctx.w(k + 2), "a" | "an" | "une" | "un")
        && (intro(k + 3) || (!ctx.is(k + 3, lex::ORG_INTRO) && intro(k + 4)));
    trade || firm_after
}

/// Round 34: a capitalised word that opens a firm's name before its legal form and names its
/// trade: a plural ("Charpentes", "Ateliers", "Carrières", "Transports") or a French
/// workshop's noun in "-erie" ("Brasserie", "Fromagerie", "Imprimerie"); no given name.
pub(super) fn plural_trade(word: &str, folded: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && folded.len() >= 6
        && (folded.ends_with('s') || folded.ends_with('x') || folded.ends_with("erie"))
        && !GAZ.sets.given_names.contains(folded)
}

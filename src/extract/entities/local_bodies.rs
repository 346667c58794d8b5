//! Round 44 (French organisations): local and regional bodies named after a place the
//! gazetteer may not know ("le Conseil des Innus de X", "la communauté de communes de X").

use super::candidates::Item;
use super::classify::{Ctx, first_tok, last_tok, opening_article};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// At "de"/"d’" (`k`, `w`) after a capitalised body's head, "des" and one capitalised word (a
/// people or a trade: "le Conseil des Innus de X", "l’Union des Producteurs de X"): the
/// place after "de" is the body's own, a name of it, even when the gazetteer does not know it.
pub fn people_council_takes_de(ctx: &Ctx, run: &[Item], k: usize, w: &str) -> bool {
    // (the word and the run's shape first: most connectors end no such run)
    if !matches!(w, "de" | "d") || run.len() < 3 || run.len() > 4 {
        return false;
    }
    let lead = opening_article(ctx, run);
    let [Item::Word(h), Item::Conn(d), Item::Word(p)] = run[lead..] else {
        return false;
    };
    ctx.lang == Lang::Fr
        && p + 1 == k
        && ctx.w(d) == "des"
        && ctx.toks[h].cap
        && !ctx.toks[h].allcaps
        && ctx.toks[p].cap
        && !ctx.toks[p].allcaps
        && super::institutions::is_fr_head(&ctx.f(h))
}

/// At the lowercase head "communauté" (`k`): only "communauté de communes", "communauté
/// d’agglomération", "communauté urbaine" or "métropolitaine" open a body's name; "la
/// communauté de X" is the people of a place.
pub fn intercommunal(ctx: &Ctx, k: usize) -> bool {
    let f = |j: usize| (j < ctx.toks.len()).then(|| ctx.f(j));
    match f(k + 1).as_deref() {
        Some("urbaine" | "metropolitaine") => true,
        Some("de") => f(k + 2).as_deref() == Some("communes"),
        Some("d") => f(k + 3).is_some_and(|a| a.starts_with("agglomeration")),
        _ => false,
    }
}

/// `run` is "Province" (capitalised, maybe after its article) and "de"/"du" and a place's name
/// ("la Province de Liège", "la Province du Brabant wallon"): a province's council, an
/// organisation, its place inside no mention of its own, when the place is a Belgian
/// province's ([`BELGIAN_PROVINCES`]) or one the gazetteer does not know and the Province acts
/// ("la Province de X a voté", "demandé à la Province de X"). A territory stays the place:
/// after "dans"/"en"/"vers" ("né dans la Province de Québec", "En Province de Liège, …"), or a
/// known place of another country ("la Province du Sichuan"); "la province de Namur compte…",
/// in lowercase, is the territory too.
#[inline]
pub fn province_council(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    // (asked of every run: the word compared as written, no folding, no article looked up)
    let lead = match run {
        [Item::Word(a), ..] if ctx.w(*a) == "Province" => 0,
        [_, Item::Word(b), ..] if ctx.w(*b) == "Province" => 1,
        _ => return false,
    };
    province_council_at(ctx, hits, run, lead)
}

/// [`province_council`] past its cheap refusal.
#[inline(never)]
fn province_council_at(ctx: &Ctx, hits: &[GazHit], run: &[Item], lead: usize) -> bool {
    if ctx.lang != Lang::Fr || run.len() < 3 + lead || opening_article(ctx, run) != lead {
        return false;
    }
    let [Item::Word(h), Item::Conn(d), ref rest @ ..] = run[lead..] else {
        return false;
    };
    let known = rest.iter().any(|i| matches!(i, Item::Gaz { .. }));
    if !matches!(&*ctx.f(d), "de" | "du" | "d")
        || rest.is_empty()
        || !rest.iter().all(|i| match *i {
            Item::Word(k) => ctx.toks[k].cap,
            Item::Conn(_) => true,
            Item::Gaz { hit, .. } => {
                !hits[hit].demonym && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
            }
        })
        || territory_before(ctx, first_tok(&run[0]))
    {
        return false;
    }
    let belgian = BELGIAN_PROVINCES.contains(&&*ctx.f(first_tok(&rest[0])));
    belgian
        || (!known && acts_after(ctx, last_tok(&run[run.len() - 1])))
        || (!known && asked_before(ctx, h))
}

/// The first words of Belgian provinces' names, folded ("Brabant wallon", "Flandre-Orientale"):
/// the provinces whose councils French names "la Province de X".
const BELGIAN_PROVINCES: &[&str] = &[
    "anvers",
    "brabant",
    "flandre",
    "hainaut",
    "liege",
    "limbourg",
    "luxembourg",
    "namur",
];

/// Before the Province's first token `ft` (its article skipped): "dans", "en", "vers" or "de"
/// not after an office or a grant ("le gouverneur de la Province", "le soutien de la
/// Province"): the territory is meant.
fn territory_before(ctx: &Ctx, ft: usize) -> bool {
    // ("En Province de Liège, …": the preposition opening the sentence, in the run)
    let mut p = if ctx.w(ft) == "Province" {
        ctx.prev_word(ft)
    } else {
        Some(ft)
    };
    if let Some(j) = p
        && matches!(&*ctx.f(j), "la" | "l")
    {
        p = ctx.prev_word(j);
    }
    let Some(p) = p else {
        return false;
    };
    match &*ctx.f(p) {
        "dans" | "en" | "vers" | "depuis" | "sur" | "par" | "travers" | "toute" => true,
        "de" | "d" => !ctx.prev_word(p).is_some_and(|o| {
            matches!(
                &*ctx.f(o),
                "gouverneur"
                    | "gouverneure"
                    | "president"
                    | "presidente"
                    | "conseil"
                    | "budget"
                    | "services"
                    | "college"
                    | "deputes"
                    | "depute"
                    | "representants"
                    | "aide"
                    | "soutien"
                    | "subside"
                    | "subsides"
                    | "subvention"
                    | "financement"
            )
        }),
        _ => false,
    }
}

/// After the Province's name (its last token `lt`): a verb, "a"/"ont" and a participle
/// ("la Province de X a voté", "finance", "subventionne"): the Province acts.
fn acts_after(ctx: &Ctx, lt: usize) -> bool {
    let Some(n) = ctx.next_word(lt).filter(|&n| !ctx.toks[n].cap) else {
        return false;
    };
    let f = ctx.f(n);
    matches!(&*f, "a" | "ont" | "avait" | "va" | "veut" | "doit")
        && ctx.next_word(n).is_none_or(|m| ctx.f(m) != "ete")
        || matches!(
            &*f,
            "finance"
                | "subventionne"
                | "annonce"
                | "vote"
                | "adopte"
                | "lance"
                | "signe"
                | "accorde"
                | "octroie"
                | "refuse"
                | "investit"
                | "soutient"
                | "propose"
                | "decide"
                | "recrute"
                | "gere"
                | "organise"
                | "prevoit"
                | "attribue"
        )
        || super::context::verb_like(&f)
}

/// Before the Province's head `h`: "à" ("demandé à la Province de X"): the Province is asked.
fn asked_before(ctx: &Ctx, h: usize) -> bool {
    let mut p = ctx.prev_word(h);
    if let Some(j) = p
        && matches!(&*ctx.f(j), "la" | "l")
    {
        p = ctx.prev_word(j);
    }
    p.is_some_and(|p| ctx.w(p) == "à")
}

/// The capitalised name opening at `first` (its words and hyphens) is followed by ", à" and a
/// capitalised town ("la scierie de X, à Y"): the place of what it names is given after it.
fn town_given_after(ctx: &Ctx, first: usize) -> bool {
    let toks = ctx.toks;
    let mut j = first;
    while toks
        .get(j + 1)
        .is_some_and(|t| t.kind == TokKind::Word && t.cap && t.start == toks[j].end + 1)
    {
        j += 1;
    }
    toks.get(j + 1)
        .is_some_and(|t| ctx.w(j + 1) == "," && t.kind == TokKind::Punct)
        && toks.get(j + 2).is_some_and(|_| ctx.w(j + 2) == "à")
        && toks
            .get(j + 3)
            .is_some_and(|t| t.kind == TokKind::Word && t.cap)
}

/// "la scierie de X, à Y", "l’usine de X, à Y": a noun of a works a firm owns by name
/// ([`OWNED_WORKS`]) before a lone name whose town is given after it: the name is the firm
/// that owns the works, not its town. A mine, a yard, a terminal, a quarry, a station is named
/// after a locality, its town after it or not ("la mine de X, à Y").
pub fn facility_owner(ctx: &Ctx, first: usize) -> bool {
    // (the town after first: most names have none)
    if !town_given_after(ctx, first) {
        return false;
    }
    let p0 = ctx.prev_word(first);
    let p1 = p0.and_then(|p| ctx.prev_word(p));
    let p2 = p1.and_then(|p| ctx.prev_word(p));
    let owned = |j: Option<usize>| j.is_some_and(|j| OWNED_WORKS.contains(&&*ctx.f(j)));
    super::fr_bodies::facility_of(ctx, p0, p1, p2) && (owned(p1) || owned(p2))
}

/// Lowercase French nouns of works (folded) that firms own and give their name to ("la
/// scierie de X", "la fromagerie de X"), of [`super::fr_bodies`]' facilities.
const OWNED_WORKS: &[&str] = &[
    "scierie",
    "usine",
    "fromagerie",
    "laiterie",
    "distillerie",
    "cimenterie",
    "papeterie",
    "aluminerie",
    "fonderie",
    "acierie",
];

/// Capitalised plural nouns of a trade that open a French firm's name before a lowercase
/// adjective and the firm's own name ("Produits forestiers X", "Transports frigorifiques X"),
/// folded.
pub(super) const TRADE_PLURALS: &[&str] = &[
    "produits",
    "materiaux",
    "transports",
    "services",
    "industries",
    "aliments",
    "entreprises",
    "equipements",
    "constructions",
    "systemes",
    "technologies",
    "laboratoires",
    "papiers",
    "placements",
    "investissements",
    "metaux",
    "mineraux",
    "plastiques",
    "pecheries",
    "chantiers",
    "forages",
    "boissons",
    "viandes",
    "assurances",
];

/// At lowercase `k` right after a run of one capitalised trade's plural ([`TRADE_PLURALS`],
/// maybe after its article): one or two lowercase adjectives, or "de" and a lowercase noun,
/// then capitalised words make one firm ("Produits forestiers X", "Matériaux de construction
/// X", "Services pétroliers X Y"); the index of its last word. A lowercase word after them
/// is a sentence's ("Produits frais et légumes …").
#[inline]
pub fn trade_plural_firm_end(
    ctx: &Ctx,
    hits: &[GazHit],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> Option<usize> {
    // (asked at most lowercase words after a run: its shape and the plural's last letter
    // first, no word folded)
    let (lead, h) = match *run {
        [Item::Word(h)] => (0, h),
        [Item::Word(_), Item::Word(h)] => (1, h),
        _ => return None,
    };
    if h + 1 != k || !matches!(ctx.w(h).as_bytes().last(), Some(b's' | b'x')) {
        return None;
    }
    trade_plural_firm_end_at(ctx, hits, run, lead, h, k, masked)
}

/// [`trade_plural_firm_end`] past its cheap refusals.
#[inline(never)]
fn trade_plural_firm_end_at(
    ctx: &Ctx,
    hits: &[GazHit],
    run: &[Item],
    lead: usize,
    h: usize,
    k: usize,
    masked: &[bool],
) -> Option<usize> {
    if ctx.lang != Lang::Fr
        || (lead == 1 && opening_article(ctx, run) != 1)
        || !TRADE_PLURALS.contains(&&*ctx.f(h))
    {
        return None;
    }
    let toks = ctx.toks;
    let plain = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.kind == TokKind::Word
                && !t.cap
                && !masked[j]
                && t.end - t.start >= 4
                && !super::classify::is_noise(ctx, j)
                && !GAZ.sets.function_words.contains(&*ctx.f(j))
                && !super::context::verb_like(&ctx.f(j))
        })
    };
    let name_at = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.kind == TokKind::Word
                && t.cap
                && !masked[j]
                && !GAZ.sets.function_words.contains(&*ctx.f(j))
        })
    };
    let own = if plain(k) && name_at(k + 1) {
        k + 1
    } else if (plain(k) || ctx.w(k) == "de") && plain(k + 1) && name_at(k + 2) {
        k + 2
    } else if plain(k)
        && toks.get(k + 2).is_some_and(|_| ctx.w(k + 1) == "d")
        && matches!(ctx.w(k + 2), "’" | "'")
        && name_at(k + 3)
    {
        // "Produits forestiers d’Anticosti": the own name after an elided "de"
        k + 3
    } else {
        return None;
    };
    // "Produits dérivés Disney", "Investissements étrangers Canada : …": a known organisation
    // or place is no firm's own name, but a mention of its own
    let at = toks[own].start;
    let i = hits.partition_point(|h| h.start < at);
    if hits[i..]
        .iter()
        .take_while(|h| h.start == at)
        .any(|h| !h.demonym)
    {
        return None;
    }
    let mut end = own;
    while name_at(end + 1) && toks[end + 1].start == toks[end].end + 1 {
        end += 1;
    }
    Some(end)
}

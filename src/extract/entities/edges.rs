//! Where a name starts and ends (round 29): partners' surnames listed before a firm's closing
//! words, or after "law firm"; "for" after a partnership's name; "in" before a county or a
//! region; a French regional adjective after a party's, a police's or a region's name.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Words that close a partnership's name after its partners' surnames ("… and Quist LLP",
/// "… and Vale Advisory LLP", "… et Diallo Avocats").
pub(super) const FIRM_CLOSERS: &[&str] = &[
    "LLP",
    "LLC",
    // (round 43: the professional LLC of US law and medical practices)
    "PLLC",
    // (round 59: the professional corporation of US law firms, "Montoya & Sandoval PC")
    "PC",
    "Ltd",
    "Limited",
    "Inc",
    "PLC",
    "plc",
    "Partners",
    "Associates",
    "Advisory",
    "Advisers",
    "Advisors",
    "Solicitors",
    "Attorneys",
    "Lawyers",
    "Advocates",
    "Accountants",
    "Consulting",
    "Associés",
    "Avocats",
    "Notaires",
    // (round 33: the trades of consulting and engineering practices: see [`TRADES_FROM`])
    "Environmental",
    "Engineers",
    "Architects",
    "Surveyors",
    "Consultants",
    "Conseil",
    "Ingénierie",
    "Architectes",
];

/// Where the trades of consulting and engineering practices start in [`FIRM_CLOSERS`]: words
/// that close an adjective's or a place's coordination as well ("Mechanical and Electrical
/// Engineers", "Kerry and Galway Surveyors").
const TRADES_FROM: usize = 23;
// ("Environmental" opens them: checked when the list changes)
const _: () = assert!(
    FIRM_CLOSERS[TRADES_FROM].len() == 13 && FIRM_CLOSERS[TRADES_FROM].as_bytes()[0] == b'E'
);

/// `w` is one of [`FIRM_CLOSERS`], a trade's word ("Engineers", "Conseil") only `with_trades`
/// ("… and Harbour Works" closes a coordination; "Mechanical and Electrical Engineers" not).
pub(super) fn firm_closer(w: &str, with_trades: bool) -> bool {
    let closers = if with_trades {
        FIRM_CLOSERS
    } else {
        &FIRM_CLOSERS[..TRADES_FROM]
    };
    closers.contains(&w)
}

/// Words, folded, that qualify a trade rather than name a partner ("Civil and Marine
/// Engineers", "Landscape and Urban Architects"), besides adjectives' endings.
const TRADE_QUALIFIERS: &[&str] = &[
    "civil",
    "marine",
    "landscape",
    "urban",
    "quantity",
    "building",
    "interior",
    "software",
    "mining",
    "fire",
    "energy",
    "water",
    "land",
];

/// The partner at `j` reads as a trade's qualifier or a place, not a surname: a known name
/// (a place, a firm), an adjective's ending ("Structural", "Electronic", "Naval") or a
/// qualifier of [`TRADE_QUALIFIERS`].
fn trade_qualifier(ctx: &Ctx, hit_at: &[Option<usize>], j: usize) -> bool {
    let f = ctx.f(j);
    hit_at.get(j).copied().flatten().is_some()
        || TRADE_QUALIFIERS.contains(&&*f)
        || ["al", "ic", "ive", "ous", "ary", "ique", "aire", "ale"]
            .iter()
            .any(|e| f.len() > e.len() + 2 && f.ends_with(e))
}

/// Lowercase words right before a list of partners that make it a firm's name ("the law firm
/// Mensah, Ofori and Tetteh", "le cabinet Diallo, Sow et Ndiaye").
const FIRM_INTROS: &[&str] = &["firm", "practice", "cabinet"];

/// At "," or "and"/"&"/"et" (`k`) right after a run of one surname (or a person, "of" and one
/// surname: see [`after_person_of`]): more surnames after
/// commas, then "and", "&" or "et" and a last surname, closed by one or two firm's words
/// ("Marlowe, Tennant and Quist LLP", "Dunmore and Vale Advisory LLP") or, after "law firm"
/// or "cabinet" or before an apposition calling them a firm ("Vane, Orrin and Pell, a law
/// firm"), by a lowercase word or a punctuation mark ("the law firm Vane, Orrin and Pell
/// for …"): one organisation's name, the index of its last token.
pub fn partners_name_end(
    ctx: &Ctx,
    run: &[Item],
    k: usize,
    masked: &[bool],
    hits: &[GazHit],
    hit_at: &[Option<usize>],
) -> Option<usize> {
    let toks = ctx.toks;
    // one surname, a plain word or a one-word known name ("Marlowe" is a town too)
    let first = match *run.last()? {
        Item::Word(j) if plain(ctx, masked, j) => j,
        Item::Gaz { first, last, .. } if first == last && !toks[first].allcaps => first,
        _ => return None,
    };
    // (round 34: or two surnames with no "and" between: "Tressel Penning and Cole LLP")
    let two = run.len() == 2 && two_partners(ctx, masked, hits, run, first);
    if first + 1 != k || !(run.len() == 1 || two || after_person_of(ctx, run)) {
        return None;
    }
    // ("Separately, Tennant and Quist LLP said": a word opening the sentence before a comma)
    if toks[first].initial && ctx.w(k) == "," {
        return None;
    }
    let mut j = k;
    for _ in 0..2 {
        if j >= toks.len() || ctx.w(j) != "," || !plain(ctx, masked, j + 1) {
            break;
        }
        j += 2;
    }
    if j + 1 >= toks.len() || !matches!(ctx.w(j), "&" | "and" | "et") {
        return None;
    }
    // "Tan, Wong and Partners", "Keita, Sow et Associés": the partners' word closes it (a
    // legal form or a trade after it is the longer mechanisms': "… & Associés SRL")
    if !masked[j + 1]
        && super::bounds::FIRM_TAILS.contains(&ctx.w(j + 1))
        && !toks
            .get(j + 2)
            .is_some_and(|n| n.kind == TokKind::Word && n.cap)
    {
        // (round 61) "Hartwell & Sons plc": a lowercase legal form after the tail closes it
        // (round 65: or a Canadian one, "Bleuets Lapointe et Fils inc.", "Gagnon et Frères
        // ltée")
        let form =
            j + 2 < toks.len() && super::joins::form_right_after(ctx, j + 2, masked).is_some();
        return Some(j + 1 + usize::from(form));
    }
    if !plain(ctx, masked, j + 1) {
        return None;
    }
    let last = j + 1;
    let mut e = last + 1;
    let mut trades_only = true;
    while e < toks.len() && e < last + 3 && !masked[e] {
        match FIRM_CLOSERS.iter().position(|c| *c == ctx.w(e)) {
            Some(p) => trades_only &= p >= TRADES_FROM,
            None => break,
        }
        e += 1;
    }
    let intro = first > 0
        && toks[first - 1].kind == TokKind::Word
        && FIRM_INTROS.contains(&ctx.w(first - 1));
    // "Mechanical and Electrical Engineers", "Kerry and Galway Surveyors": a trade alone
    // closes no coordination of qualifiers or places, unless a firm's noun or a person's
    // "of" introduces the names
    if e > last + 1
        && trades_only
        && !intro
        && (run.len() == 1 || two)
        // (the partners: the first, one after each comma, the last)
        && [first, last]
            .into_iter()
            .chain((k + 1..j).step_by(2))
            .any(|p| trade_qualifier(ctx, hit_at, p))
    {
        return None;
    }
    if e > last + 1 {
        return Some(e - 1);
    }
    // no closing word: a firm's name after "law firm", ending there
    let ends = !toks
        .get(last + 1)
        .is_some_and(|n| n.kind == TokKind::Word && n.cap);
    (ends && (intro || firm_apposition(ctx, last + 1))).then_some(last)
}

/// The run is two surnames, `last` the second: the first a plain word or a one-word known
/// person's name, no given name ("Mary Smith and Jones LLP" is a person, then a firm) nor a
/// known place ("Leeds Brown and Gray LLP": a town, then a firm).
fn two_partners(ctx: &Ctx, masked: &[bool], hits: &[GazHit], run: &[Item], last: usize) -> bool {
    let first = match run[0] {
        Item::Word(j) if plain(ctx, masked, j) => j,
        Item::Gaz { hit, first, last }
            if first == last
                && !ctx.toks[first].allcaps
                && GAZ.entries[hits[hit].entry].kind == EntityKind::Person =>
        {
            first
        }
        _ => return false,
    };
    first + 1 == last && !GAZ.sets.given_names.contains(&ctx.f(first))
}

/// At `k`: ", a law firm", ", the practice of…", ", un cabinet d’avocats": an apposition
/// calling the names before it a firm. The firm's word must name a firm of the trade ("law
/// firm", "firm of solicitors", "cabinet de conseil") and close the apposition's head: a
/// noun or a verb after it ("a firm spokesman", "the firm said", "the firm's founders", "le
/// cabinet du ministre", "un cabinet présidentiel") makes the names no firm's.
#[inline(never)]
fn firm_apposition(ctx: &Ctx, k: usize) -> bool {
    let toks = ctx.toks;
    if k + 3 >= toks.len()
        || ctx.w(k) != ","
        || !matches!(ctx.w(k + 1), "a" | "an" | "the" | "un" | "le")
    {
        return false;
    }
    let Some(j) = (k + 2..(k + 5).min(toks.len()))
        .take_while(|&j| toks[j].kind == TokKind::Word && !toks[j].cap)
        .find(|&j| FIRM_INTROS.contains(&ctx.w(j)))
    else {
        return false;
    };
    let next = toks.get(j + 1).map_or("", |_| ctx.w(j + 1));
    let after = toks.get(j + 2).map_or("", |_| ctx.w(j + 2));
    match ctx.w(j) {
        // "a law firm," "a law firm based in…", "a firm of solicitors"
        "firm" => {
            (ctx.w(j - 1) == "law"
                && (toks.get(j + 1).is_none_or(|t| t.kind != TokKind::Word)
                    || matches!(next, "based" | "in" | "from" | "that" | "which" | "whose")))
                || (next == "of" && !toks.get(j + 2).is_some_and(|t| t.cap))
        }
        // "the practice of…": a firm's practice, not a doctor's round
        "practice" => next == "of" && matches!(after, "law" | "solicitors" | "accountants"),
        // "un cabinet d’avocats", "le cabinet de conseil"
        "cabinet" => {
            matches!(next, "d" | "de")
                && (j + 3 < toks.len())
                && matches!(
                    ctx.w(if next == "d" { j + 3 } else { j + 2 }),
                    "avocats" | "conseil" | "conseils" | "audit" | "notaires" | "expertise"
                )
        }
        _ => false,
    }
}

/// The run is a person's two or three words, "of" and one word ("Ruth Amsel of Marlowe"):
/// the firm she speaks for opens at that word.
pub fn after_person_of(ctx: &Ctx, run: &[Item]) -> bool {
    let n = run.len();
    (4..=5).contains(&n)
        && matches!(run[n - 2], Item::Conn(o) if ctx.w(o) == "of")
        && run[..n - 2].iter().all(|i| {
            matches!(*i, Item::Word(j) if ctx.toks[j].cap
                && !ctx.is(j, lex::FUNCTION_WORD | lex::ORG_CUE | lex::PLACE_CUE))
        })
}

/// A plain capitalised word: no function word, title or cue; not in capitals (a common noun
/// may be a surname: "Crane", "Baker").
fn plain(ctx: &Ctx, masked: &[bool], j: usize) -> bool {
    super::bounds::plain_word(
        ctx,
        masked,
        j,
        lex::FUNCTION_WORD | lex::TITLE | lex::ORG_CUE | lex::PLACE_CUE,
    )
}

/// At "for": the run is a partnership's complete name, "&", "and" or "et" and a firm's word
/// ("Adebayo & Partners for Kestrova": the firm, then its client).
pub fn partnership_ends(ctx: &Ctx, run: &[Item]) -> bool {
    matches!(run, [.., Item::Conn(c), Item::Word(t)]
        if matches!(ctx.w(*c), "&" | "and" | "et") && FIRM_CLOSERS.contains(&ctx.w(*t)))
}

/// At "in" (`k`): one to three capitalised words after it end with a noun of areas ("… Court
/// of Appeals in Brackett County"): the body's place, no part of its name.
pub fn area_follows(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    let mut e = k + 1;
    while e < toks.len() && e < k + 5 && !masked[e] && toks[e].kind == TokKind::Word && toks[e].cap
    {
        e += 1;
    }
    e > k + 2
        && matches!(
            ctx.w(e - 1),
            "County" | "Province" | "Region" | "Parish" | "Borough"
        )
}

/// French regional adjectives (Swiss cantons, Belgian regions, French and Canadian provinces)
/// in every gender and number, folded.
const REGIONAL_FR: &[&str] = &[
    "vaudois",
    "vaudoise",
    "vaudoises",
    "valaisan",
    "valaisanne",
    "valaisans",
    "valaisannes",
    "genevois",
    "genevoise",
    "genevoises",
    "fribourgeois",
    "fribourgeoise",
    "neuchatelois",
    "neuchateloise",
    "jurassien",
    "jurassienne",
    "bernois",
    "bernoise",
    "tessinois",
    "tessinoise",
    "wallon",
    "wallonne",
    "wallons",
    "wallonnes",
    "bruxellois",
    "bruxelloise",
    "flamand",
    "flamande",
    "quebecois",
    "quebecoise",
    "breton",
    "bretonne",
    "normand",
    "normande",
    "alsacien",
    "alsacienne",
    "savoyard",
    "savoyarde",
    "corse",
    "basque",
    "catalan",
    "catalane",
];

/// Lowercase adjectives of a body's reach that may come between its noun and a regional
/// adjective ("Police cantonale valaisanne").
const REACH_FR: &[&str] = &[
    "cantonale",
    "cantonal",
    "communale",
    "regionale",
    "federale",
];

/// At lowercase `k` right after a French run opened by a capitalised word: a regional adjective
/// (maybe after "cantonale") belongs to the name ("Parti socialiste vaudois", "Jura vaudois",
/// "Police cantonale valaisanne", "Région wallonne"). The index of the adjective.
#[inline]
pub fn regional_adjective(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> Option<usize> {
    // (asked at every lowercase word: the cheap refusals first)
    if ctx.lang != Lang::Fr
        || run.is_empty()
        || super::classify::last_tok(&run[run.len() - 1]) + 1 != k
        || super::fr_names::state_organ_ends(ctx, run)
    {
        return None;
    }
    regional_at(ctx, k, masked)
}

/// `k` or `k + 1` after a reach adjective is a regional adjective: its index.
fn regional_at(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    let lower =
        |j: usize| j < toks.len() && !masked[j] && toks[j].kind == TokKind::Word && !toks[j].cap;
    if !lower(k) {
        return None;
    }
    let f = ctx.f(k);
    let end = if REGIONAL_FR.contains(&&*f) {
        k
    } else if REACH_FR.contains(&&*f) && lower(k + 1) && REGIONAL_FR.contains(&&*ctx.f(k + 1)) {
        k + 1
    } else {
        return None;
    };
    // (a complement follows: the name goes on, "la Société wallonne de gestion")
    let goes_on = toks.get(end + 1).is_some_and(|n| {
        n.kind == TokKind::Word && matches!(ctx.w(end + 1), "de" | "du" | "des" | "d")
    });
    (!goes_on).then_some(end)
}

/// The kind of a name closed by a regional adjective: a known name's ("Jura vaudois"), an
/// organisation's after a noun of bodies or a common noun ("Parti socialiste vaudois", "Police
/// cantonale valaisanne", "Région wallonne"), else a place's ("Jura-Nord vaudois").
pub fn regional_kind(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> EntityKind {
    // (any word of bodies: "le Grand Conseil vaudois"; a capitalised "Région" is its council:
    // "la Région wallonne")
    let body = |j: usize| {
        ctx.f(j) == "region" || ctx.is(j, lex::ORG_CUE | lex::ORG_INTRO | lex::COMMON_NOUN)
    };
    match run.first() {
        Some(&Item::Gaz { hit, .. }) if !hits[hit].demonym => GAZ.entries[hits[hit].entry].kind,
        Some(&Item::Word(_)) if !run.iter().any(|i| matches!(*i, Item::Word(j) if body(j))) => {
            EntityKind::Place
        }
        _ => EntityKind::Organization,
    }
}

/// Round 34: the run ends with "of" and a known place ("the University of Nevada", "the Bank
/// of Ireland"): an "in" after it gives the body's town ("… in Reno"), never more of its name.
pub fn of_place_ends(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    matches!(run, [.., Item::Conn(c), Item::Gaz { hit, .. }]
        if ctx.w(*c) == "of"
            && !hits[*hit].demonym
            && GAZ.entries[hits[*hit].entry].kind == EntityKind::Place)
}

//! The extent of English public bodies' names: a remit coordinated after a head noun and "of"
//! ("the Department of Rural and Northern Affairs"), two firms coordinated ("Brackwell Foods and
//! Ostrey Energy" are two), and bodies named "<field> <place>" ("Netball Scotland",
//! "Heritage Malta") or "<place> <utility>" ("Yukon Hydro").

use super::candidates::{Cand, Item};
use super::classify::{Ctx, lex, opening_article};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Head nouns of public bodies that take their remit after "of" or "for".
const BODY_HEADS: &[&str] = &[
    "department",
    "ministry",
    "division",
    "office",
    "secretariat",
    "agency",
    "court",
    "commission",
    "council",
    "board",
    "authority",
    "service",
    "directorate",
    "bureau",
    "tribunal",
    "committee",
    "administration",
    // (round 52: "the Kestava Association of Millers and Bakers", trade and professional
    // bodies named by their members' trades)
    "association",
    "federation",
    "union",
    "chamber",
    "society",
    "institute",
];

/// At "and"/"&" (`k`) after a run "[place] [words] <head> of|for W1..W3": one to three
/// capitalised words after the conjunction that end the capitalised stretch are the rest of the
/// remit ("Division of Flood Warning and Control"): the index of the last one. Not when a word
/// there is a known name, a given name, a title, an acronym, an organisation's word or a legal
/// form ("the Ministry of Defence and Airbus", "the Department of Health and Mr Roe"), nor when
/// another complement runs on ("… and Office of …": a list of bodies).
#[inline(never)]
pub fn remit_coordinated(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> Option<usize> {
    let toks = ctx.toks;
    // (the cheap refusals first: English, a run of three items or more, a capital after)
    if ctx.lang != Lang::En
        || run.len() < 3
        || k + 1 >= toks.len()
        || masked[k + 1]
        || !toks[k + 1].cap
        || toks[k + 1].kind != TokKind::Word
    {
        return None;
    }
    let run = &run[opening_article(ctx, run)..];
    // (three words before the head, the head, "of", three remit words at most: a longer run
    // is no such body, and refusing it here keeps a long chain of "and"s linear)
    if run.len() > MAX_RUN {
        return None;
    }
    // the head and its "of"/"for"
    let c = run.iter().position(
        |i| matches!(*i, Item::Conn(j) if matches!(ctx.w(j), "of" | "for") && j > 0 && j + 1 < k),
    )?;
    let Some(&Item::Word(h)) = c.checked_sub(1).and_then(|p| run.get(p)) else {
        return None;
    };
    if h + 1 != super::classify::first_tok(&run[c]) || !BODY_HEADS.contains(&&*ctx.f(h)) {
        return None;
    }
    // before the head: plain capitalised words or known places
    let lead_ok = run[..c - 1].iter().all(|i| match *i {
        Item::Word(j) => !GAZ.sets.given_names.contains(&ctx.f(j)) && !ctx.is(j, lex::TITLE),
        Item::Gaz { hit, .. } => {
            !hits[hit].demonym && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        }
        Item::Conn(_) => false,
    });
    // after "of": one to three contiguous capitalised words up to the conjunction
    let remit = &run[c + 1..];
    // ("the Ministry of Labour and Vocational Training": a one-word known name in the remit, a
    // party's or a field's, no nationality adjective nor acronym; round 51)
    let contiguous = remit.iter().enumerate().all(|(n, i)| match *i {
        Item::Word(j) => j == h + 2 + n && plain(ctx, hit_at, j),
        Item::Gaz { hit, first, last } => {
            first == last
                && first == h + 2 + n
                && !hits[hit].demonym
                && ctx.toks[first].cap
                && !ctx.toks[first].allcaps
        }
        Item::Conn(_) => false,
    });
    if !lead_ok || remit.is_empty() || remit.len() > 3 || !contiguous || h + 2 + remit.len() != k {
        return None;
    }
    // the words after the conjunction, one "&" between them at most ("… Markets & Networks")
    let mut e = k + 1;
    let mut words = 0;
    let mut amp = false;
    while e < toks.len() && words < 4 && !masked[e] {
        if toks[e].kind == TokKind::Word && toks[e].cap {
            if !plain(ctx, hit_at, e) {
                return None;
            }
            words += 1;
            e += 1;
        } else if !amp
            && e > k + 1
            && ctx.w(e) == "&"
            && toks
                .get(e + 1)
                .is_some_and(|n| n.kind == TokKind::Word && n.cap)
        {
            amp = true;
            e += 1;
        } else {
            break;
        }
    }
    // (another complement or another coordination runs on: "… and Office of …", "… and B
    // and C": a list, left whole to the other rules)
    let runs_on = toks
        .get(e)
        .is_some_and(|n| n.kind == TokKind::Word && n.cap)
        || (e + 1 < toks.len()
            && matches!(ctx.w(e), "of" | "for" | "and" | "&")
            && toks[e + 1].kind == TokKind::Word
            && toks[e + 1].cap
            // ("… Control and Office of Rural Affairs": a second body, this one ends here)
            && !(matches!(ctx.w(e), "and" | "&")
                && BODY_HEADS.contains(&&*ctx.f(e + 1))
                && e + 2 < toks.len()
                && matches!(ctx.w(e + 2), "of" | "for")));
    (words <= 3 && !runs_on && toks[e - 1].kind == TokKind::Word).then_some(e - 1)
}

/// The longest run [`remit_coordinated`] reads: three words before the head, the head, "of"
/// and three remit words.
const MAX_RUN: usize = 8;

/// A word that may stand in a body's remit: capitalised, no known name, no given name, no
/// title, no acronym, no function word or month, no organisation's word or legal form.
fn plain(ctx: &Ctx, hit_at: &[Option<usize>], j: usize) -> bool {
    let t = &ctx.toks[j];
    t.kind == TokKind::Word
        && t.cap
        && !t.allcaps
        && hit_at[j].is_none()
        && !ctx.is(
            j,
            lex::TITLE | lex::FUNCTION_WORD | lex::ORG_CUE | lex::SAID,
        )
        && (!ctx.is(j, lex::NOISE) || ctx.is(j, lex::COMMON_NOUN))
        && !super::joins::LEGAL_FORMS.contains(&ctx.w(j))
        && !GAZ.sets.given_names.contains(&ctx.f(j))
}

/// At "and"/"&" (`k`): two firms, each a name word and a firm's word ("Brackwell Foods and
/// Ostrey Capital"): the run is a word of no lexicon and a firm's organisation word, and so are
/// the two words after the conjunction, ending the capitalised stretch (not an institution's
/// head: "Tallow Museum and Art Gallery").
pub fn two_firms(ctx: &Ctx, hit_at: &[Option<usize>], run: &[Item], k: usize) -> bool {
    // (the whole run is the two words: "the Department of Coastal Fisheries and …" is one)
    let [Item::Word(name), Item::Word(last)] = run[opening_article(ctx, run)..] else {
        return false;
    };
    let bare = |j: usize| {
        ctx.toks[j].kind == TokKind::Word
            && ctx.toks[j].cap
            && !ctx.toks[j].allcaps
            && hit_at[j].is_none()
            && !ctx.is(j, lex::IN_LEXICON)
    };
    let firm_word = |j: usize| {
        ctx.toks[j].kind == TokKind::Word
            && ctx.is(j, lex::ORG_CUE)
            && !INSTITUTION_HEADS.contains(&&*ctx.f(j))
    };
    last + 1 == k
        && name + 1 == last
        && k + 2 < ctx.toks.len()
        && firm_word(last)
        && bare(name)
        && bare(k + 1)
        && firm_word(k + 2)
        && !ctx
            .toks
            .get(k + 3)
            .is_some_and(|n| n.kind == TokKind::Word && n.cap)
}

/// Heads of institutions a coordination may join ("Tallow Museum and Art Gallery").
const INSTITUTION_HEADS: &[&str] = &[
    "museum",
    "gallery",
    "library",
    "theatre",
    "theater",
    "gardens",
    "garden",
    "park",
    "college",
    "school",
    "hospital",
    "university",
    "centre",
    "center",
    "institute",
    "society",
    "hall",
    "chamber",
    "archives",
    "zoo",
];

/// Fields of national and provincial bodies named "<field> <place>" ("Statistics Norway",
/// "Heritage Malta", "Netball Scotland"), in alphabetical order.
const FIELDS: &[&str] = &[
    "athletics",
    "basketball",
    "cricket",
    "curling",
    "cycling",
    "environment",
    "fisheries",
    "golf",
    "gymnastics",
    "health",
    "heritage",
    "historic",
    "hockey",
    "natural",
    "netball",
    "parks",
    "rowing",
    "rugby",
    "sailing",
    "skate",
    "sport",
    "statistics",
    "swimming",
    "tennis",
    "tourism",
    "transport",
    "triathlon",
    "volleyball",
];

/// Verbs (folded) that show a "<field> <place>" at a sentence's start acting as a body ("X
/// said", "X has issued", "X will fund"), not a gerund or an adjective before a place
/// ("Cycling Mallorca has become a ritual", "Historic Boston is").
const BODY_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "issued",
    "issues",
    "decided",
    "funded",
    "funds",
    "fund",
    "awarded",
    "confirmed",
    "warned",
    "approved",
    "launched",
    "granted",
    "published",
    "ruled",
    "appointed",
    "selected",
    "named",
    "released",
    "suspended",
    "fined",
    "banned",
    "reported",
    "told",
    "stated",
];

/// The words after a "<field> <place>" at `e + 1` act as a body's: a verb of [`BODY_VERBS`],
/// perhaps after an auxiliary ("has issued", "will fund"), or a possessive before a title
/// ("X's chief executive").
fn acts_as_body(ctx: &Ctx, e: usize) -> bool {
    let toks = ctx.toks;
    let word = |j: usize| toks.get(j).is_some_and(|t| t.kind == TokKind::Word);
    let mut j = e + 1;
    // ("X's chief said", "X’s board": a body's people)
    if j + 2 < toks.len() && matches!(ctx.w(j), "'" | "’") && ctx.w(j + 1) == "s" {
        return word(j + 2)
            && (ctx.is(j + 2, lex::TITLE)
                || matches!(
                    &*ctx.f(j + 2),
                    "chief" | "head" | "board" | "spokesperson" | "spokesman" | "spokeswoman"
                ));
    }
    if word(j) && matches!(ctx.w(j), "has" | "have" | "had" | "will" | "would" | "can") {
        j += 1;
    }
    word(j) && (ctx.is(j, lex::SAID) || BODY_VERBS.contains(&&*ctx.f(j)))
}

/// Services named after their province or town ("Yukon Hydro", "Halden Transit").
const UTILITIES: &[&str] = &["Hydro", "Power", "Water", "Energy", "Transit", "Rail"];

/// At a known place's hit `h` (first token `k`, last `last`): "<field> <place>" (the run is
/// the one capitalised field word just before) or "<place> <utility>" (the run is empty and one
/// utility word follows), ending the capitalised stretch: one organisation, pushed; the index
/// of the token after it.
#[inline(never)]
pub fn field_place_body(
    ctx: &Ctx,
    hit: &GazHit,
    run: &[Item],
    k: usize,
    last: usize,
    out: &mut Vec<Cand>,
) -> Option<usize> {
    let toks = ctx.toks;
    if ctx.lang != Lang::En
        || hit.demonym
        || GAZ.entries[hit.entry].kind != EntityKind::Place
        || !toks[k].cap
    {
        return None;
    }
    let cap_at = |j: usize| {
        toks.get(j)
            .is_some_and(|n| n.kind == TokKind::Word && n.cap)
    };
    // (round 60) "Transport for NSW", "Sport for Scotland": the field, "for" and the place
    let via_for = |f: usize, c: usize| f + 1 == c && c + 1 == k && ctx.w(c) == "for";
    let (first, end) = match run {
        [Item::Word(f)] | [Item::Word(f), Item::Conn(_)]
            if (run.len() == 1 && *f + 1 == k
                || matches!(run, [_, Item::Conn(c)] if via_for(*f, *c)))
                && toks[*f].cap
                && !toks[*f].allcaps
                && FIELDS.contains(&&*ctx.f(*f)) =>
        {
            let ff = ctx.f(*f);
            // ("Historic England", "Natural England": a nation's body; "Historic Boston" is
            // the old town)
            let adjective = matches!(&*ff, "historic" | "natural");
            if adjective && !GAZ.entries[hit.entry].nation {
                return None;
            }
            // ("Cycling Mallorca has become a ritual": at a sentence's start a gerund or an
            // adjective before a place, unless the name acts as a body)
            if toks[*f].initial && (adjective || ff.ends_with("ing")) && !acts_as_body(ctx, last) {
                return None;
            }
            (*f, last)
        }
        [] if cap_at(last + 1) && UTILITIES.contains(&ctx.w(last + 1)) => (k, last + 1),
        _ => return None,
    };
    if cap_at(end + 1) {
        return None;
    }
    out.push(Cand::rule(
        ctx.block,
        toks[first].start,
        toks[end].end,
        EntityKind::Organization,
        2,
    ));
    Some(end + 1)
}

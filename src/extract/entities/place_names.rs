//! Places of several words the gazetteer knows only a part of (round 32): a dateline in
//! capitals ("KESTREL FALLS, Ont. —") names one place, not an acronym and a place; an unknown
//! name before a known place that is also a common place-forming noun ("Tunbridge Wells",
//! "Buffalo Springs") is one place's name, not a word and a second place.

use super::candidates::Item;
use super::classify::{Ctx, first_tok, last_tok, lex};
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::EntityKind;

/// Nouns that end English place names ("… Wells", "… Mills", "… Ford") and can be a place of
/// their own in the gazetteer ("Wells" in Somerset), beside the lexicon's place cues ("… Falls",
/// "… Bay", "… Heights").
const FORMING_TAILS: &[&str] = &[
    "wells", "haven", "mills", "cross", "green", "ford", "bridges",
];

/// Word `k` ends English place names: a lexicon place cue or a [`FORMING_TAILS`] noun.
pub fn forming(ctx: &Ctx, k: usize) -> bool {
    ctx.is(k, lex::PLACE_CUE) || FORMING_TAILS.contains(&&*ctx.f(k))
}

/// Verbs in the past that only a person's name takes as subject ("Orson Wells directed the
/// film", "Damon Hill won"), beside the lexicon's verbs of saying.
const PERSON_VERBS: &[&str] = &[
    "directed", "starred", "sang", "won", "died", "married", "scored", "played", "composed",
];

/// "’s" straight after word `k` ("near Harrison Ford’s ranch").
fn possessive_after(ctx: &Ctx, k: usize) -> bool {
    let toks = ctx.toks;
    k + 2 < toks.len()
        && matches!(ctx.w(k + 1), "'" | "’")
        && toks[k + 1].start == toks[k].end
        && matches!(ctx.w(k + 2), "s" | "S")
}

/// What a run wholly in capitals opening the paragraph before a dateline's dash is.
pub enum CapitalLine {
    /// No such run, or one of a given name ("ALAN GREEN — The commentator has died."): the
    /// other rules tell it.
    No,
    /// A place's name ("KESTREL FALLS, Ont. —", "PORT ALDER —").
    Place,
    /// A headline ("APPLE EVENT —", "GRÈVE SNCF —", "PRESS RELEASE —"): only its known names
    /// are names.
    Headline,
}

/// "LLANFAIR WELLS, Wales —", "PORT ALDER, Ont. (CP) —": a run of two or more capitalised
/// words wholly in capitals, one of them unknown, opening the paragraph as a dateline is one
/// place (an acronym before a place is a body's branch only outside capitals: "NHS England")
/// when its known names are all places, its words no given name, title, organisation noun or
/// common noun, and a region or an agency follows it or a place noun ends or opens it; with a
/// bare dash and no place noun ("TESLA RECALL —", "BREAKING NEWS —") it is a headline.
#[inline]
pub fn capital_line(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> CapitalLine {
    // (most runs open no paragraph: refused inline)
    match run.first() {
        Some(a) if run.len() >= 2 && first_tok(a) == 0 => capital_line_at_start(ctx, hits, run),
        _ => CapitalLine::No,
    }
}

/// [`capital_line`] of a run of two items or more opening the paragraph.
#[inline(never)]
fn capital_line_at_start(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> CapitalLine {
    let (Some(a), Some(b)) = (run.first(), run.last()) else {
        return CapitalLine::No;
    };
    let (ft, lt) = (first_tok(a), last_tok(b));
    if !run.iter().any(|i| matches!(i, Item::Word(_)))
        || !run.iter().all(|i| match *i {
            Item::Word(k) => ctx.toks[k].allcaps,
            Item::Gaz { first, last, .. } => (first..=last)
                .all(|j| ctx.toks[j].allcaps || ctx.toks[j].kind != super::text::TokKind::Word),
            Item::Conn(_) => false,
        })
        || !super::words::dateline(ctx, ft, lt)
    {
        return CapitalLine::No;
    }
    if run
        .iter()
        .any(|i| matches!(*i, Item::Word(k) if GAZ.sets.given_names.contains(&ctx.f(k))))
    {
        return CapitalLine::No;
    }
    let placed = run.iter().all(|i| match *i {
        Item::Word(k) => !ctx.is(k, lex::ORG_CUE | lex::TITLE | lex::COMMON_NOUN),
        Item::Gaz { hit, .. } => {
            !hits[hit].demonym && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        }
        Item::Conn(_) => false,
    });
    // (a region or an agency after it: ", Ont. —", "(AP) —")
    let strong = matches!(ctx.toks.get(lt + 1).map(|_| ctx.w(lt + 1)), Some("," | "("));
    if placed && (strong || forming(ctx, ft) || forming(ctx, lt)) {
        CapitalLine::Place
    } else {
        CapitalLine::Headline
    }
}

/// A headline's words alone ([`capital_line`]): "PRESS RELEASE —", "BREXIT VOTE —", two
/// capitalised words or more, all unknown words wholly in capitals opening the paragraph
/// before a bare dash, none a place noun or a given name, name nothing.
pub fn headline_words(ctx: &Ctx, words: &[usize]) -> bool {
    let (Some(&ft), Some(&lt)) = (words.first(), words.last()) else {
        return false;
    };
    ft == 0
        && words.len() >= 2
        && words.iter().all(|&k| ctx.toks[k].allcaps)
        && matches!(ctx.toks.get(lt + 1).map(|_| ctx.w(lt + 1)), Some("—" | "–"))
        && !words
            .iter()
            .any(|&k| forming(ctx, k) || GAZ.sets.given_names.contains(&ctx.f(k)))
}

/// "Llanfair Wells", "Cedar Springs", "Kestrel Bay": one or two unknown capitalised words
/// straight before a one-word known place that is also a place-forming noun are one place's
/// name, and so are they before a known body's name so spelt where a place goes ("near Alder
/// Ford") (both in capitals or neither; not after a given name: "Holly Wells" is a person; not
/// before "’s" or a person's verb: "Harrison Ford’s ranch", "Orson Wells directed").
#[inline]
pub fn forming_tail(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    // (most runs end with no one-word known name after one or two items: refused inline)
    matches!(run[..], [_, .., Item::Gaz { first, last, .. }] if first == last && run.len() <= 3)
        && forming_tail_checked(ctx, hits, run)
}

/// [`forming_tail`] of a run of two or three items ending with a one-word known name.
#[inline(never)]
fn forming_tail_checked(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let [ref head @ .., Item::Gaz { hit, first, last }] = run[..] else {
        return false;
    };
    // (the head's shape before any look-up: unknown words straight before, cased alike)
    let caps = ctx.toks[first].allcaps;
    let shaped = head.iter().enumerate().all(|(n, i)| {
        matches!(*i, Item::Word(k) if k + head.len() - n == first
            && ctx.toks[k].cap
            && ctx.toks[k].allcaps == caps)
    });
    if !shaped || hits[hit].demonym || !forming(ctx, first) {
        return false;
    }
    if possessive_after(ctx, last)
        || ctx.next_word(last).is_some_and(|n| {
            !ctx.toks[n].cap && (ctx.is(n, lex::SAID) || PERSON_VERBS.contains(&ctx.w(n)))
        })
    {
        return false;
    }
    // ("near Alder Ford": a known body's name as the tail where a place goes, after no word
    // the lexicon knows)
    match GAZ.entries[hits[hit].entry].kind {
        EntityKind::Place => {}
        EntityKind::Organization
            if super::context::place_before(ctx, first_tok(&head[0]))
                && !ctx.toks[first].allcaps
                && !head
                    .iter()
                    .any(|i| matches!(*i, Item::Word(k) if ctx.is(k, lex::NOISE))) => {}
        _ => return false,
    }
    head.iter().all(|i| match *i {
        Item::Word(k) => {
            let f = ctx.f(k);
            !ctx.is(k, lex::ORG_CUE)
                && !ctx.is(k, lex::TITLE)
                && !ctx.is(k, lex::FUNCTION_WORD)
                && !GAZ.sets.given_names.contains(&f)
                && !GAZ.sets.place_cues.contains(&*f)
        }
        _ => false,
    })
}

/// Words naming a Christian denomination, that may open a national church's name ("the
/// Methodist Church in Ireland", "the Lutheran Church of Sweden").
const DENOMINATIONS: &[&str] = &[
    "methodist",
    "catholic",
    "anglican",
    "orthodox",
    "lutheran",
    "presbyterian",
    "baptist",
    "episcopal",
    "evangelical",
    "protestant",
    "reformed",
    "apostolic",
    "coptic",
    "moravian",
    "pentecostal",
    "adventist",
    "mennonite",
    "uniting",
    "united",
];

/// Hit `h` is a country or a nation ("Norway", "Scotland"), not a town ("Dallas").
fn nation(hits: &[GazHit], h: usize) -> bool {
    let e = &GAZ.entries[hits[h].entry];
    !hits[h].demonym && e.kind == EntityKind::Place && e.nation
}

/// The words before "Church" in a national church's name: none, or one denomination ("the
/// Church of Norway", "the Methodist Church in Ireland"), or with a body named after the
/// church after it, one capitalised word ("Pennant Church of Norway School").
fn church_head(ctx: &Ctx, head: &[Item], body_after: bool) -> bool {
    match *head {
        [] => true,
        [Item::Word(k)] => {
            ctx.toks[k].cap
                && !ctx.toks[k].allcaps
                && (DENOMINATIONS.contains(&&*ctx.f(k))
                    || (body_after && !GAZ.sets.given_names.contains(&ctx.f(k))))
        }
        _ => false,
    }
}

/// "the Church in Scotland", "Pennant Church in Scotland Primary School": "in" after a
/// capitalised "Church" (first, or after a denomination) and before a country's name joins
/// the church's name (the national church named after the country), where "in" would
/// otherwise end the run ("Grace Church in Manhattan" is a church and a place).
pub fn church_in(
    ctx: &Ctx,
    hits: &[GazHit],
    run: &[Item],
    k: usize,
    hit_at: &[Option<usize>],
) -> bool {
    let Some((Item::Word(c), mut head)) = run.split_last() else {
        return false;
    };
    // (over an opening article: "The Church in Scotland said")
    if let [Item::Word(a), rest @ ..] = head
        && ctx.f(*a) == "the"
    {
        head = rest;
    }
    let Some(h) = hit_at.get(k + 1).copied().flatten() else {
        return false;
    };
    if *c + 1 != k || ctx.w(*c) != "Church" || !nation(hits, h) {
        return false;
    }
    // (the hit's last token, then a capitalised word: a body named after the church)
    let mut e = k + 1;
    while hit_at.get(e + 1).copied().flatten() == Some(h) {
        e += 1;
    }
    let body_after = ctx
        .toks
        .get(e + 1)
        .is_some_and(|t| t.kind == super::text::TokKind::Word && t.cap);
    church_head(ctx, head, body_after)
}

/// "the Church of Norway", "the Methodist Church in Ireland", "Pennant Church in Scotland
/// Primary School": a capitalised "Church" (first, or after a denomination), "of"/"in" and a
/// country's name name a national church (a body, not a place and a person or a building),
/// or with capitalised words ending with an organisation noun after it, a body (a church
/// school) named after it.
#[inline]
pub fn national_church(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    // ("Church" first or second: see [`church_head`]; refused inline)
    let church = |i: usize| matches!(run.get(i), Some(Item::Word(k)) if ctx.w(*k) == "Church");
    if run.len() < 3 {
        return false;
    }
    let c = if church(0) {
        0
    } else if church(1) {
        1
    } else {
        return false;
    };
    national_church_at(ctx, hits, run, c)
}

/// [`national_church`] with "Church" at item `c`.
#[inline(never)]
fn national_church_at(ctx: &Ctx, hits: &[GazHit], run: &[Item], c: usize) -> bool {
    let (Some(Item::Conn(p)), Some(Item::Gaz { hit, last, .. })) = (run.get(c + 1), run.get(c + 2))
    else {
        return false;
    };
    let rest = &run[c + 3..];
    matches!(ctx.w(*p), "in" | "of")
        && nation(hits, *hit)
        && church_head(ctx, &run[..c], !rest.is_empty())
        && (rest.is_empty()
            || (rest.len() <= 3
                && rest.iter().enumerate().all(
                    |(n, i)| matches!(*i, Item::Word(k) if k == last + 1 + n && ctx.toks[k].cap),
                )
                && matches!(rest.last(), Some(Item::Word(k)) if ctx.is(*k, lex::ORG_CUE))))
}

//! Round 44: a known place glued to a body's name is part of that name ("the Cardale Court of
//! Appeals", "Northland Clean Water Defenders", "Ember Level 4 Hospital"): the words closing
//! such a name, and the grade numbers that may stand inside it.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// Plural nouns of groups of people that close a body's name ("… River Keepers", "… Clean
/// Air Advocates", "… Rescue Volunteers"), though no organisation cue on their own.
const GROUP_PLURALS: &[&str] = &[
    "Advocates",
    "Defenders",
    "Volunteers",
    "Guardians",
    "Keepers",
    "Stewards",
    "Protectors",
    "Campaigners",
    "Allies",
];

/// Words that close a court's name after "Court of …" ("Court of Appeals", "Court of Criminal
/// Appeals", "Court of Claims").
const COURT_OF_ENDS: &[&str] = &["Appeals", "Appeal", "Claims"];

/// The word `kl` closing `run` (after a known place) ends a body's name: an organisation cue,
/// a plural noun of a group of people, or the end of "Court of …".
pub fn closes_body(ctx: &Ctx, run: &[Item], kl: usize) -> bool {
    ctx.is(kl, lex::ORG_CUE)
        || GROUP_PLURALS.contains(&ctx.w(kl))
        || (court_of_end(ctx.w(kl))
            && run
                .iter()
                .any(|i| matches!(*i, Item::Word(j) if ctx.w(j) == "Court")))
}

/// `w` closes a court's name after "Court of …" ([`COURT_OF_ENDS`]).
#[inline]
pub fn court_of_end(w: &str) -> bool {
    COURT_OF_ENDS.contains(&w)
}

/// Capitalised nouns of a grade or a rank that a number follows inside a body's name ("Level
/// 5 Hospital", "Tier 2 Clinic", "Grade 1 School").
const GRADE_NOUNS: &[&str] = &["Level", "Tier", "Grade", "Category", "Class"];

/// At the number `k` (one or two digits, lowercase token): straight after a grade noun that
/// closes the open run and straight before a capitalised word, it is part of the name ("Ember
/// Level 5 Hospital"). The caller checked the token is a word of digits.
pub fn grade_number(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    let toks = ctx.toks;
    toks[k].end - toks[k].start <= 2
        && k >= 1
        && matches!(run.last(), Some(&Item::Word(j)) if j + 1 == k && GRADE_NOUNS.contains(&ctx.w(j)))
        && k + 1 < toks.len()
        && toks[k + 1].cap
        && toks[k + 1].start == toks[k].end + 1
}

/// "the Constitutional Court of Ardenia", "the Law Society of Ardenia", "the Court of Appeal
/// of Ardenia": a body's name (a known organisation or capitalised words, ending with an
/// organisation noun that is no title), "of" and a known place ending the run are one body,
/// the place's own. (A title's "of" stays apart: "the Chief Justice of Ardenia".)
pub fn body_of_place(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let [head @ .., Item::Conn(c), Item::Gaz { hit, .. }] = run else {
        return false;
    };
    if head.is_empty()
        || ctx.w(*c) != "of"
        || hits[*hit].demonym
        || GAZ.entries[hits[*hit].entry].kind != EntityKind::Place
    {
        return false;
    }
    let closes =
        |j: usize| (ctx.is(j, lex::ORG_CUE) || court_of_end(ctx.w(j))) && !ctx.is(j, lex::TITLE);
    match *head {
        [Item::Gaz { hit: o, last, .. }] => {
            GAZ.entries[hits[o].entry].kind == EntityKind::Organization
                && ctx.toks[last].cap
                && closes(last)
        }
        [.., Item::Word(kl)] if head.len() <= 4 => {
            head.iter().all(|i| match *i {
                Item::Word(j) => {
                    ctx.toks[j].cap
                        && !ctx.toks[j].allcaps
                        && !ctx.is(j, lex::TITLE)
                        && !GAZ.sets.given_names.contains(&ctx.f(j))
                }
                Item::Conn(j) => matches!(ctx.w(j), "and" | "of" | "for"),
                Item::Gaz { .. } => false,
            }) && (closes(kl) || (head.len() > 1 && court_of_end(ctx.w(kl))))
                // (one noun alone opening the sentence may be a common one: "Courts of Ardenia")
                && (head.len() > 1 || !ctx.toks[kl].initial)
        }
        _ => false,
    }
}

/// The first token of a known place's name (no country's, no nationality adjective) that ends
/// right before token `a`, capitalised and not masked: a state or a town opening a body's name.
pub fn place_opening(ctx: &Ctx, hits: &[GazHit], a: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    if a == 0 || masked[a - 1] || toks[a - 1].kind != TokKind::Word || !toks[a - 1].cap {
        return None;
    }
    let end = toks[a - 1].end;
    let h = hits.iter().find(|h| h.end == end)?;
    let entry = &GAZ.entries[h.entry];
    if h.demonym || entry.kind != EntityKind::Place || entry.nation {
        return None;
    }
    let mut b = a - 1;
    while toks[b].start > h.start {
        b = b.checked_sub(1)?;
        if masked[b] {
            return None;
        }
    }
    (toks[b].start == h.start).then_some(b)
}

/// At "of" (`k`) followed by "the" and a capitalised word: the open `run` is a person's name
/// (plain capitalised words, a given name followed by a surname among them or a title and two
/// names, no organisation cue, no known name), so the body after "of the" is another name ("Justice Mary Ann Okafor
/// of the Land and Water Court"): a person's name never crosses "of the".
pub fn person_before_of_the(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    let toks = ctx.toks;
    if run.len() < 2
        || k + 2 >= toks.len()
        || ctx.w(k + 1) != "the"
        || !toks[k + 2].cap
        || toks[k + 2].kind != TokKind::Word
    {
        return false;
    }
    let mut given = false;
    for (n, i) in run.iter().enumerate() {
        let Item::Word(j) = *i else {
            return false;
        };
        if !toks[j].cap || toks[j].allcaps || ctx.is(j, lex::ORG_CUE) {
            return false;
        }
        given |= n + 1 < run.len() && GAZ.sets.given_names.contains(&ctx.f(j));
    }
    // (or a title and two names: "Justice Adaeze Nwosu of the …")
    let titled = run.len() >= 3
        && matches!(run[0], Item::Word(t) if ctx.is(t, lex::TITLE))
        && run[1..]
            .iter()
            .all(|i| matches!(*i, Item::Word(j) if !ctx.is(j, lex::TITLE)));
    given || titled
}

/// "the Labour Relations Court", "the Green Lending Bank": a known organisation's one-word
/// short name ("Labour" for "Labour Party") straight before capitalised words ending with an
/// organisation noun (no word of that organisation's own name) opens another body's name: the
/// whole is that body, not the known one.
pub fn alias_opens_body(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let [
        Item::Gaz {
            hit, first, last, ..
        },
        Item::Word(k1),
        ..,
        Item::Word(kl),
    ] = *run
    else {
        return false;
    };
    let h = &hits[hit];
    let entry = &GAZ.entries[h.entry];
    let name = entry.name(ctx.lang);
    first == last
        && k1 == last + 1
        && entry.kind == EntityKind::Organization
        && h.end - h.start < name.len()
        && ctx.is(kl, lex::ORG_CUE)
        && !ctx.is(kl, lex::TITLE)
        && !name.contains(ctx.w(kl))
        && run[1..].iter().enumerate().all(|(n, i)| {
            matches!(*i, Item::Word(j) if j == k1 + n
                && ctx.toks[j].cap
                && !ctx.toks[j].allcaps
                && !GAZ.sets.given_names.contains(&ctx.f(j)))
        })
}

/// "Friends of Harlow Lake", "Friends of the Ardenia River", "les Amis du Val Morin": a group
/// named after what it looks after, by "Friends"/"Amis" and "of"/"de", is an organisation,
/// not the place it names.
pub fn friends_of(ctx: &Ctx, run: &[Item]) -> bool {
    matches!(*run, [Item::Word(f), Item::Conn(o), _, ..]
        if o == f + 1
            && matches!((ctx.w(f), ctx.w(o)), ("Friends", "of") | ("Amis", "de" | "du" | "des" | "d")))
}

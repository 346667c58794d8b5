//! Bylines (round 33): a line of its own that credits the article ("By X", "Par X et Y",
//! "Reporting by X; Editing by Y") names persons in full, whatever words their names hold (a
//! given name that is also a place, a surname that is a common word); not a sentence that
//! opens with "By" ("By Monday, the council…", "By Paris, the train…").

use super::candidates::Item;
use super::classify::{Ctx, first_tok, last_tok, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// Lowercase words a byline line may hold besides the names; any other one makes the line a
/// sentence.
const BYLINE_WORDS: &[&str] = &[
    "by",
    "par",
    "and",
    "et",
    "reporting",
    "editing",
    "writing",
    "additional",
    "text",
    "texte",
    "photos",
    "with",
    "avec",
];

/// Lowercase words after which "by"/"par" credits the article ("Reporting by X", "Texte et
/// photos par Y"); elsewhere but at the line's start it is a sentence's ("Hosted by X").
const CREDIT_WORDS: &[&str] = &["reporting", "editing", "writing", "text", "texte", "photos"];

/// A desk, no person ("By Staff Reporter", "Reporting by the Newsroom"), folded.
const DESK_WORDS: &[&str] = &[
    "newsroom",
    "staff",
    "reporter",
    "reporters",
    "desk",
    "correspondent",
    "correspondents",
    "agencies",
    "agency",
    "wire",
    "wires",
    "redaction",
    "rédaction",
    "team",
];

/// Known places that are also given names, able to open a byline's name ("By Paris Dolan").
const PLACE_GIVEN: &[&str] = &[
    "paris", "georgia", "lourdes", "austin", "sydney", "chelsea", "savannah", "india", "dakota",
    "brooklyn", "dallas", "florence", "victoria", "virginia", "madison", "jordan", "houston",
];

/// Longest byline line, in tokens (two credits of four words each, their links and stops).
const LONGEST: usize = 20;

/// `run` is a person's full name on a byline line, after the items returned (1 when the run
/// opens with the line's capitalised "By"/"Par", else 0): two to five items, straight after
/// "by"/"par" or after "and"/"et" on such a line, no function word, organisation noun, title
/// or known body inside, on a short line near the article's top whose other lowercase words
/// are all [`BYLINE_WORDS`].
#[inline]
pub fn byline_name(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<usize> {
    // (most blocks are longer than a byline: refused on the token count first)
    if ctx.toks.len() > LONGEST || run.len() < 2 {
        return None;
    }
    // a heading credits no one unless it opens with the credit ("Beaten by X" is a headline)
    if ctx.heading
        && !ctx.byline
        && !matches!(&*ctx.f(0), "by" | "par")
        && !CREDIT_WORDS.contains(&&*ctx.f(0))
    {
        return None;
    }
    // near the top, or a closing credit line anywhere ("Reporting by X; Editing by Y")
    if ctx.block > 3
        && !matches!(
            &*ctx.f(0),
            "reporting" | "additional" | "writing" | "editing" | "texte"
        )
    {
        return None;
    }
    let lead = usize::from(matches!(run[0], Item::Word(0)) && matches!(&*ctx.f(0), "by" | "par"));
    let names = &run[lead..];
    ((2..=5).contains(&names.len()) && checked(ctx, hits, names)).then_some(lead)
}

#[inline(never)]
fn checked(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let ft = first_tok(&run[0]);
    let lt = last_tok(&run[run.len() - 1]);
    if ft == 0 || ctx.toks[ft - 1].kind != TokKind::Word {
        return false;
    }
    if !matches!(&*ctx.f(ft - 1), "by" | "par" | "and" | "et")
        || (ctx.toks[ft - 1].cap && ft - 1 != 0)
    {
        return false;
    }
    // the line: a credit ("by"/"par" opening it or after a credit word) somewhere before, no
    // other lowercase word
    let credit = (0..ft).any(|j| {
        matches!(&*ctx.f(j), "by" | "par") && (j == 0 || CREDIT_WORDS.contains(&&*ctx.f(j - 1)))
    });
    let line = ctx.toks.iter().enumerate().all(|(j, t)| {
        t.kind != TokKind::Word
            || t.cap
            || (ft..=lt).contains(&j)
            || BYLINE_WORDS.contains(&&*ctx.f(j))
    });
    if !credit
        || !line
        || matches!(run[0], Item::Conn(_))
        || matches!(run[run.len() - 1], Item::Conn(_))
    {
        return false;
    }
    // a known place opening the name is a place's ("Par Nice Matin", "By Brussels Newsroom")
    // unless it is also a given name
    if let Item::Gaz { hit, first, .. } = run[0]
        && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        && !GAZ.sets.given_names.contains(&ctx.f(first))
        && !PLACE_GIVEN.contains(&&*ctx.f(first))
    {
        return false;
    }
    run.iter().all(|i| match *i {
        Item::Word(k) => {
            !ctx.is(
                k,
                lex::FUNCTION_WORD | lex::ORG_CUE | lex::TITLE | lex::PLACE_CUE | lex::OTHER_CUE,
            ) && !DESK_WORDS.contains(&&*ctx.f(k))
        }
        Item::Conn(_) => true,
        Item::Gaz { hit, first, last } => {
            GAZ.entries[hits[hit].entry].kind != EntityKind::Organization
                && (first..=last).all(|k| !DESK_WORDS.contains(&&*ctx.f(k)))
        }
    })
}

/// "Par Jeanne Roy, avec Belga", "By Tom Hale, with Reuters", "avec l’ATS": the news agency
/// credited at the end of a byline line is an organisation, known or not (a given name
/// opening the run makes it a co-author: "with Anna Berg").
#[inline]
pub fn byline_agency(ctx: &Ctx, run: &[Item]) -> bool {
    // (most blocks are no byline: refused on the flag and the token count first, inline)
    ctx.byline && ctx.toks.len() <= LONGEST && !run.is_empty() && run.len() <= 3 && {
        agency_ends_line(ctx, run)
    }
}

/// [`byline_agency`] on a short byline line.
#[inline(never)]
fn agency_ends_line(ctx: &Ctx, run: &[Item]) -> bool {
    let ft = first_tok(&run[0]);
    let lt = last_tok(&run[run.len() - 1]);
    if ctx.toks[lt + 1..].iter().any(|t| t.kind == TokKind::Word) {
        return false;
    }
    // ("avec l’ATS": the elided article before the agency)
    let mut j = ft;
    if j >= 2 && matches!(ctx.w(j - 1), "’" | "'") && &*ctx.f(j - 2) == "l" {
        j -= 2;
    }
    // a name the gazetteer knows keeps its own entry ("avec l’AFP" is Agence France-Presse); a
    // title or a given name anywhere makes a person ("with Dr Ama Owusu")
    j > 0
        && matches!(&*ctx.f(j - 1), "avec" | "with")
        && !ctx.toks[j - 1].cap
        && run.iter().all(|i| match *i {
            Item::Word(k) => !ctx.is(k, lex::TITLE) && !GAZ.sets.given_names.contains(&ctx.f(k)),
            Item::Conn(_) => true,
            Item::Gaz { .. } => false,
        })
}

/// Words of a writer's post that may follow the outlet on a byline line besides
/// [`DESK_WORDS`] ("X, Island Examiner staff writer", "Y, Le Courrier de l’Ouest
/// correspondante"), folded.
const POST_WORDS: &[&str] = &[
    "writer",
    "writers",
    "correspondant",
    "correspondante",
    "journaliste",
    "editor",
    "special",
    "speciale",
    "envoye",
    "envoyee",
];

/// A desk's or a post's word, folded ([`DESK_WORDS`], [`POST_WORDS`]).
fn desk_or_post(f: &str) -> bool {
    DESK_WORDS.contains(&f) || POST_WORDS.contains(&f)
}

/// (round 59) "By Megan Doyle, Island Examiner staff writer", "Par Claire Vuillemin, Le
/// Courrier du Haut-Jura": on a byline line, the capitalised words after the author's name and
/// its comma, up to the line's end or a desk's words, name the outlet the author writes for.
/// The whole run, its article included (round 61: "Le Courrier du Fjord").
#[inline]
pub fn byline_outlet(ctx: &Ctx, run: &[Item]) -> bool {
    // (most blocks are no byline: refused on the flag and the token count first, inline)
    ctx.byline
        && ctx.toks.len() <= LONGEST
        && !run.is_empty()
        && run.len() <= 6
        && outlet_ends_line(ctx, run)
}

#[inline(never)]
fn outlet_ends_line(ctx: &Ctx, run: &[Item]) -> bool {
    let ft = first_tok(&run[0]);
    let lt = last_tok(&run[run.len() - 1]);
    // after "Name Surname," (two capitalised words at least, after "By"/"Par")
    if ft < 4 || ctx.w(ft - 1) != "," || !ctx.toks[ft - 2].cap || !ctx.toks[ft - 3].cap {
        return false;
    }
    let tail_ok = ctx.toks[lt + 1..].iter().all(|t| {
        let w = &ctx.text[t.start..t.end];
        t.kind != TokKind::Word || desk_or_post(&super::text::fold(w))
    });
    if !tail_ok {
        return false;
    }
    // a known body keeps its own entry; a given name makes a co-author ("By X, Anna Berg")
    let plain = run.iter().all(|i| match *i {
        // (a desk, no outlet: "By X, Business Reporter")
        Item::Word(k) => {
            let f = ctx.f(k);
            !ctx.is(k, lex::TITLE) && !GAZ.sets.given_names.contains(&f) && !desk_or_post(&f)
        }
        Item::Conn(_) => true,
        // (a known place opening it only before more words: "By X, Waikato Ledger staff
        // writer"; round 61)
        Item::Gaz { hit: _, first, .. } => first != ft || run.len() >= 2,
    });
    // (round 61: from its article, part of a newspaper's title, "La Gazette du Cotentin", "Le
    // Courrier du Fjord"; the article was left out before)
    plain && run.iter().any(|i| matches!(i, Item::Word(_)))
}

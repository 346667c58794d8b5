//! Round 54: a sentence's opening article before a lone body's noun ("La Fédération, par la
//! voix de…", "The Commission, through…") is the article, no part of a name: the noun alone
//! is generic, as it is mid-sentence.

use super::candidates::Item;
use super::classify::{Ctx, lex};

/// Body nouns that name a newspaper, a broadcaster or an agency with their article ("The
/// Times", "La Tribune", "Le Journal"): the article belongs to them, folded.
const PRESS_NOUNS: &[&str] = &[
    "times",
    "post",
    "journal",
    "news",
    "press",
    "gazette",
    "herald",
    "chronicle",
    "telegraph",
    "tribune",
    "inquirer",
    "radio",
    "television",
    "media",
    "medias",
    "front",
];

/// `run` is a sentence's opening definite article and one capitalised body's or event's noun
/// straight after it ("Le Syndicat", "Les Éditions", "The Commission"): the run to classify is
/// the noun alone. Known names keep their article ("La Poste", "Le Monde": gazetteer items,
/// never a plain word), and so do the press's nouns; English heads the merge reads are left
/// to it (`bodies_by_head_noun`).
pub fn article_before_lone_head(ctx: &Ctx, run: &[Item]) -> bool {
    let [Item::Word(a), Item::Word(k)] = *run else {
        return false;
    };
    // (a byte test first: most two-word runs open on no article)
    let t = &ctx.toks[a];
    if !t.initial
        || k != a + 1
        || !matches!(ctx.text.as_bytes()[t.start], b'L' | b'T')
        || !matches!(ctx.w(a), "Le" | "La" | "Les" | "The")
    {
        return false;
    }
    let h = &ctx.toks[k];
    let f = ctx.f(k);
    // ("The Chamber’s president": the merge names by it the one body of the article holding
    // the noun, and drops it when none does)
    let merged_later = ctx.w(a) == "The" && super::merge::short_bodies::HEAD_NOUNS.contains(&&*f);
    h.cap
        && !h.allcaps
        && !merged_later
        && ctx.is(k, lex::ORG_CUE | lex::OTHER_CUE)
        && !PRESS_NOUNS.contains(&&*f)
        && !super::trades::lone_legal_form(ctx.w(k))
}

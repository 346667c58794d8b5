//! Round 54: one unknown capitalised word after a lowercase "le"/"la"/"l’" and before a verb
//! of speech or of decision ("Au fond, le Velbond a fait savoir que…", "la Cortavia
//! réclame…") is a body: the article says a noun, the capital a name, the verb a subject that
//! speaks for others. A river that overflows or a region that lies somewhere takes other verbs.

use super::classify::{Ctx, lex};
use super::elided_bodies::{CAPITALISED_NOUNS, DEMONYM_ENDINGS, NOUN_ENDINGS};
use super::text::TokKind;
use crate::extract::types::Lang;

/// Verbs of decision and of claim, folded (present or past participle: the accent is gone),
/// besides the lexicon's verbs of saying.
const DECISION_VERBS: &[&str] = &[
    "annonce",
    "reclame",
    "denonce",
    "decide",
    "exige",
    "demande",
    "appelle",
    "menace",
    "propose",
    "refuse",
    "soutient",
    "soutenu",
    "conteste",
    "revendique",
    "condamne",
    "lance",
    "critique",
    "reagit",
];

/// Auxiliaries between the subject and its participle, folded.
const AUXILIARIES: &[&str] = &["a", "avait", "aura", "va", "vient"];

/// The lone word `k` comes after a lowercase "le", "la" or "l’" and before a verb of speech or
/// of decision (maybe after an auxiliary, "a fait savoir"), and is no common noun, title, cue,
/// given name, noun of inhabitants or abstract noun.
#[inline]
pub fn body_speaks_after_article(ctx: &Ctx, k: usize) -> bool {
    // (cheap refusals first: French, a lowercase article right before)
    ctx.lang == Lang::Fr
        && k >= 1
        && {
            let a = if matches!(ctx.w(k - 1), "’" | "'") && k >= 2 {
                k - 2
            } else {
                k - 1
            };
            let t = &ctx.toks[a];
            t.kind == TokKind::Word && !t.cap && matches!(ctx.w(a), "le" | "la" | "l")
        }
        && checked(ctx, k)
}

#[inline(never)]
fn checked(ctx: &Ctx, k: usize) -> bool {
    let toks = ctx.toks;
    let t = &toks[k];
    if t.kind != TokKind::Word || !t.cap || t.allcaps || t.end - t.start < 4 {
        return false;
    }
    let word_at = |j: usize| j < toks.len() && toks[j].kind == TokKind::Word && !toks[j].cap;
    let mut v = k + 1;
    if !word_at(v) {
        return false;
    }
    if AUXILIARIES.contains(&&*ctx.f(v)) {
        v += 1;
        if !word_at(v) {
            return false;
        }
    }
    let n = ctx.f(v);
    let speaks = ctx.is(v, lex::SAID)
        || DECISION_VERBS.contains(&&*n)
        || (&*n == "fait" && word_at(v + 1) && ctx.w(v + 1) == "savoir");
    if !speaks {
        return false;
    }
    let f = ctx.f(k);
    !ctx.is(
        k,
        lex::COMMON_NOUN
            | lex::FUNCTION_WORD
            | lex::TITLE
            | lex::PLACE_CUE
            | lex::OTHER_CUE
            | lex::ORG_CUE,
    ) && !CAPITALISED_NOUNS.contains(&&*f)
        && !DEMONYM_ENDINGS.iter().any(|e| f.ends_with(e))
        && !NOUN_ENDINGS.iter().any(|e| f.ends_with(e))
        && !super::gazetteer::GAZ.sets.given_names.contains(&f)
}

//! Round 52: a body named by one unknown word after a sentence's elided article ("L’Unrac
//! dénonce…", "L’Aprevel a appelé à…"): the article says a noun, the capital a name, and the
//! verb straight after it a subject that acts, which a body is (a person takes no article).

use super::classify::{Ctx, lex};
use super::text::TokKind;
use crate::extract::types::Lang;

/// Capitalised common nouns French writes after "L’" ("L’Histoire", "L’Homme", "L’Hexagone"),
/// folded: no body's name.
pub(super) const CAPITALISED_NOUNS: &[&str] = &[
    "histoire", "homme", "humanite", "hexagone", "occident", "orient", "univers", "eternel",
    "etat", "eglise", "art", "empire",
];

/// Endings of nouns of inhabitants ("L’Ivoirien a gagné", "L’Havraise est arrivée", "L’Andorran
/// a terminé"): a person.
pub(super) const DEMONYM_ENDINGS: &[&str] = &[
    "ien", "ienne", "ais", "aise", "ain", "aine", "ois", "oise", "een", "eenne", "in", "ine", "an",
    "ane",
];

/// Endings of French abstract and common nouns ("L’Opposition a dénoncé", "L’Exécutif a
/// promis", "L’Encadrement a refusé"), folded: a noun capitalised for emphasis, no body's name.
pub(super) const NOUN_ENDINGS: &[&str] = &["tion", "sion", "ment", "isme", "if", "age", "ure"];

/// Verbs and auxiliaries, folded, that may follow a sentence's subject straight away.
pub(super) const SUBJECT_VERBS: &[&str] = &[
    "a", "avait", "aura", "aurait", "est", "etait", "sera", "serait", "va", "doit", "veut", "peut",
    "n", "ne", "se", "s", "vient", "fait", "dit", "lance", "demande", "exige", "denonce",
    "reclame", "annonce", "menace", "propose", "conteste", "salue", "soutient",
];

/// The word `first`, alone in its run, opens the sentence after "L’" and comes before a verb:
/// an unknown capitalised word ("Usfeno", "Aprevel"), no common noun, title, given name nor
/// noun of inhabitants. Known places and bodies ("L’Europe", "L’Unesco") are the gazetteer's.
#[inline]
pub fn body_after_elided_article(ctx: &Ctx, first: usize) -> bool {
    // (cheap refusals first: French, after a sentence-opening "L" and its apostrophe)
    ctx.lang == Lang::Fr
        && first >= 2
        && ctx.toks[first - 2].initial
        && ctx.w(first - 2) == "L"
        && matches!(ctx.w(first - 1), "’" | "'")
        && checked(ctx, first)
}

#[inline(never)]
fn checked(ctx: &Ctx, first: usize) -> bool {
    let toks = ctx.toks;
    let t = &toks[first];
    if t.kind != TokKind::Word
        || !t.cap
        || t.allcaps
        || t.end - t.start < 4
        || toks[first - 1].start != toks[first - 2].end
        || t.start != toks[first - 1].end
        || first + 1 >= toks.len()
        || toks[first + 1].kind != TokKind::Word
        || toks[first + 1].cap
    {
        return false;
    }
    let f = ctx.f(first);
    let n = ctx.f(first + 1);
    (SUBJECT_VERBS.contains(&&*n) || ctx.is(first + 1, lex::SAID) || super::context::verb_like(&n))
        && !ctx.is(
            first,
            lex::COMMON_NOUN | lex::FUNCTION_WORD | lex::TITLE | lex::PLACE_CUE | lex::OTHER_CUE,
        )
        && !CAPITALISED_NOUNS.contains(&&*f)
        && !DEMONYM_ENDINGS.iter().any(|e| f.ends_with(e))
        && !NOUN_ENDINGS.iter().any(|e| f.ends_with(e))
        && !super::gazetteer::GAZ.sets.given_names.contains(&f)
}

/// Past participles (folded) of a funder's acts after "a"/"avait"/"aura": "l’X avait versé",
/// "l’X a financé", "l’X a annoncé".
const FUNDER_PARTICIPLES: &[&str] = &[
    "verse",
    "finance",
    "subventionne",
    "annonce",
    "accorde",
    "octroye",
    "alloue",
    "debloque",
    "attribue",
    "cofinance",
];

/// Present tenses (folded) of the same acts: "l’X subventionne", "l’X finance".
const FUNDER_VERBS: &[&str] = &[
    "verse",
    "finance",
    "subventionne",
    "accorde",
    "octroie",
    "alloue",
    "debloque",
    "attribue",
    "cofinance",
];

/// (round 57) "la ministre a rappelé que l’Xyz avait versé 350 000 euros", "l’Xyz subventionne
/// dix clubs": one unknown capitalised word after a lowercase elided article, then a funder's
/// act, is a body (an agency whose acronym is read as a word), not the place a lone name after
/// "l’" is taken for. Known places ("l’Ardèche a financé") are the gazetteer's.
#[inline]
pub fn funder_after_elided_article(ctx: &Ctx, first: usize) -> bool {
    // (cheap refusals first: French, after a lowercase "l" and its apostrophe)
    ctx.lang == Lang::Fr
        && first >= 2
        && matches!(ctx.w(first - 1), "’" | "'")
        && ctx.w(first - 2) == "l"
        && funder_checked(ctx, first)
}

#[inline(never)]
fn funder_checked(ctx: &Ctx, first: usize) -> bool {
    let toks = ctx.toks;
    let t = &toks[first];
    let word = |j: usize| {
        toks.get(j)
            .is_some_and(|n| n.kind == TokKind::Word && !n.cap)
    };
    if t.kind != TokKind::Word
        || !t.cap
        || t.allcaps
        || t.end - t.start < 4
        || t.start != toks[first - 1].end
        || !word(first + 1)
    {
        return false;
    }
    let n = ctx.f(first + 1);
    let act = if matches!(&*n, "a" | "avait" | "aura" | "aurait") {
        word(first + 2) && FUNDER_PARTICIPLES.contains(&&*ctx.f(first + 2))
    } else {
        FUNDER_VERBS.contains(&&*n)
    };
    let f = ctx.f(first);
    act && !ctx.is(
        first,
        lex::COMMON_NOUN | lex::FUNCTION_WORD | lex::TITLE | lex::PLACE_CUE | lex::OTHER_CUE,
    ) && !CAPITALISED_NOUNS.contains(&&*f)
        && !DEMONYM_ENDINGS.iter().any(|e| f.ends_with(e))
        && !NOUN_ENDINGS.iter().any(|e| f.ends_with(e))
        && !super::gazetteer::GAZ.sets.given_names.contains(&f)
}

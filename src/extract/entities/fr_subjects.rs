//! Round 51 (French persons): the subject of a sentence opened by a place phrase. "Au
//! marché de Korvan, Tiéba Sanou vend des pagnes depuis vingt ans": two plain capitalised
//! words after the phrase's comma and before a verb are the person who acts, however
//! unfamiliar the names (a guess left alone takes the place's kind from the words around it).

use super::classify::{Ctx, lex};
use super::text::TokKind;
use crate::extract::types::Lang;

/// Prepositions that open a fronted place phrase, folded.
const PLACE_OPENERS: &[&str] = &[
    "a", "au", "aux", "dans", "pres", "chez", "sur", "en", "vers", "depuis", "entre", "loin",
    "non", "derriere", "devant", "face",
];

/// Auxiliaries and common verbs of a singular subject right after its name.
const SUBJECT_VERBS: &[&str] = &[
    "a", "avait", "aura", "est", "etait", "sera", "va", "vient", "ne", "n", "se", "s", "fait",
    "dit", "explique", "raconte", "affirme", "cultive", "vend", "possede",
];

/// The two words `ft` and `lt` (`lt == ft + 1`, plain capitalised words) follow a comma that
/// closes a place phrase opening the sentence, and a verb follows them.
pub fn subject_after_fronted_place(ctx: &Ctx, ft: usize, lt: usize) -> bool {
    let toks = ctx.toks;
    if ctx.lang != Lang::Fr || ft < 3 || lt != ft + 1 || ctx.w(ft - 1) != "," {
        return false;
    }
    let Some(n) = toks.get(lt + 1) else {
        return false;
    };
    if n.kind != TokKind::Word || n.cap {
        return false;
    }
    let f = ctx.f(lt + 1);
    if !(SUBJECT_VERBS.contains(&&*f) || super::context::verb_like(&f)) {
        return false;
    }
    // ("Transports Varel", "Ateliers Morin": a plural noun of a trade opens a firm's name)
    if ctx.f(ft).ends_with(['s', 'x']) {
        return false;
    }
    if [ft, lt]
        .iter()
        .any(|&k| toks[k].allcaps || !toks[k].cap || ctx.is(k, lex::ORG_CUE | lex::PLACE_CUE))
    {
        return false;
    }
    // the sentence's first word, at most 40 tokens back, opens a place phrase
    let mut j = ft - 1;
    for _ in 0..40 {
        if j == 0 || toks[j].initial {
            break;
        }
        j -= 1;
    }
    toks[j].initial && toks[j].kind == TokKind::Word && PLACE_OPENERS.contains(&&*ctx.f(j))
}

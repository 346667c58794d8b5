//! Round 47 (French organisations): where a long French firm's or body's name starts and
//! stops: a legal form closing "X du Y SA" keeps the sentence's first word; "<acronym>
//! <Remit> et <Remit>" is one body; a family firm's "et Fils"/"et Frères" takes the legal form
//! after it; a canton's adjective after "… d’État" says which state, it is no part of the name.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Lowercase legal forms of Québec and Canadian firms ("ltée", "inc", "enr").
const LOWER_FORMS: &[&str] = &["ltée", "ltee", "inc", "enr", "limitée"];

/// `w` is a company's legal form, capitalised or not ("SA", "SAS", "Inc.", "ltée").
fn legal_form_word(w: &str) -> bool {
    super::trades::legal_form(w) || LOWER_FORMS.contains(&w)
}

/// The rest of a run after its sentence-initial first word ends with a legal form ("[Carrières]
/// du Morvan SA"): the form closes a firm's name that reaches back to that word.
pub fn legal_form_ends(ctx: &Ctx, rest: &[Item]) -> bool {
    matches!(rest.last(), Some(&Item::Word(j)) if ctx.toks[j].cap && legal_form_word(ctx.w(j)))
}

/// A plain capitalised word that may name a remit: no acronym, no given name, no title, no
/// known name, no function word.
fn remit_word(ctx: &Ctx, hit_at: &[Option<usize>], j: usize, masked: &[bool]) -> bool {
    let t = &ctx.toks[j];
    !masked[j]
        && t.kind == TokKind::Word
        && t.cap
        && !t.allcaps
        && hit_at[j].is_none()
        && !ctx.is(j, lex::TITLE | lex::FUNCTION_WORD)
        && !GAZ.sets.given_names.contains(&ctx.f(j))
}

/// At French "et" (`k`): the run is an acronym and one or two plain capitalised words ("le
/// SPR Routes", "la DRT Agriculture"), and one plain capitalised word ends the capitalised
/// stretch after "et" ("et Ouvrages", "et Forêts"): the body's remits, one name. Two bodies
/// ("la SNCF et Alstom", "le CNRS et l’Inserm") have no remit word before "et".
pub fn acronym_remits(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> bool {
    let toks = ctx.toks;
    // (the cheap refusals first)
    if ctx.lang != Lang::Fr || k + 1 >= toks.len() || !toks[k + 1].cap || ctx.w(k) != "et" {
        return false;
    }
    let run = &run[super::classify::opening_article(ctx, run)..];
    // (the acronym may be a known body's: "le SPW Routes et Ouvrages", its service)
    let a = match run.first() {
        Some(&Item::Word(a)) => a,
        Some(&Item::Gaz { hit, first, last })
            if first == last && GAZ.entries[hits[hit].entry].kind == EntityKind::Organization =>
        {
            first
        }
        _ => return false,
    };
    let rest = &run[1..];
    let ok_rest = (1..=2).contains(&rest.len())
        && rest
            .iter()
            .enumerate()
            .all(|(i, it)| matches!(*it, Item::Word(j) if j == a + 1 + i && remit_word(ctx, hit_at, j, masked)));
    let Some(&Item::Word(last)) = run.last() else {
        return false;
    };
    toks[a].allcaps
        && ctx.w(a).len() >= 2
        && ok_rest
        && last + 1 == k
        && remit_word(ctx, hit_at, k + 1, masked)
        && !toks
            .get(k + 2)
            .is_some_and(|n| n.kind == TokKind::Word && n.cap)
}

/// The run ends with "d’État" ("le Conseil d’État", "le Secrétariat d’État"): a regional
/// adjective after it says which state the body serves ("le Conseil d’État vaudois"), no part
/// of its name.
pub fn state_organ_ends(ctx: &Ctx, run: &[Item]) -> bool {
    let Some(last) = run.last() else {
        return false;
    };
    let e = super::classify::last_tok(last);
    e >= 2 && ctx.toks[e].cap && ctx.f(e) == "etat" && ctx.f(e - 2) == "d"
}

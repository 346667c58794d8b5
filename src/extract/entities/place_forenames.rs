//! Round 33 (second part): a person whose given name is also a known place's ("Lourdes",
//! "Florence", "Austin", "Adelaide"): the one-word place, an unknown capitalised word straight
//! after it, where a person is named (after a role and a comma, after a lowercase role, before
//! a verb of saying), is a person's name.

use super::candidates::Item;
use super::classify::{Ctx, is_noise, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// `run` is a one-word known place and an unknown capitalised word in a person's slot.
pub fn place_word_forename(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let [Item::Gaz { hit, first, last }, Item::Word(k)] = *run else {
        return false;
    };
    if first != last
        || k != last + 1
        || hits[hit].demonym
        || GAZ.entries[hits[hit].entry].kind != EntityKind::Place
        || ctx.toks[k].allcaps
        || ctx.toks[first].allcaps
        || !ctx.toks[k].cap
        || is_noise(ctx, k)
        || ctx.is(k, lex::ORG_CUE | lex::PLACE_CUE | lex::OTHER_CUE)
    {
        return false;
    }
    person_slot(ctx, first, k)
}

/// The words around `first..=last` name a person there: a verb of saying right after, a
/// lowercase title right before, or a title, a comma, the name and a comma ("Its
/// chairwoman, X Y, said").
fn person_slot(ctx: &Ctx, first: usize, last: usize) -> bool {
    let toks = ctx.toks;
    let word_at = |j: usize| j < toks.len() && toks[j].kind == TokKind::Word;
    if word_at(last + 1) && !toks[last + 1].cap && ctx.is(last + 1, lex::SAID) {
        return true;
    }
    let Some(p) = first.checked_sub(1) else {
        return false;
    };
    if word_at(p) && !toks[p].cap && ctx.is(p, lex::TITLE) {
        return true;
    }
    ctx.w(p) == ","
        && p.checked_sub(1)
            .is_some_and(|t| word_at(t) && !toks[t].cap && ctx.is(t, lex::TITLE))
        && last + 1 < toks.len()
        && ctx.w(last + 1) == ","
}

/// English qualifiers that open a river's, a lake's or a creek's name before a known place
/// ("the New X River", "the Little X Creek", "Upper X Lake").
const QUALIFIERS: &[&str] = &["new", "old", "great", "little", "upper", "lower"];

/// `run` is a qualifier, a known place and a landform noun (`landforms`, folded): one place
/// named after the other ("the New Calder River" is no town "Calder").
pub fn qualified_landform(ctx: &Ctx, hits: &[GazHit], run: &[Item], landforms: &[&str]) -> bool {
    let [Item::Word(a), Item::Gaz { hit, first, last }, Item::Word(b)] = *run else {
        return false;
    };
    first == a + 1
        && b == last + 1
        && ctx.toks[a].cap
        && !hits[hit].demonym
        && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        && QUALIFIERS.contains(&&*ctx.f(a))
        && landforms.contains(&&*ctx.f(b))
}

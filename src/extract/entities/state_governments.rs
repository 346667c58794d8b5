//! A state's, a county's or a city's government named after its area (round 56): "the Ondo
//! State Government", "Kano State Police", "the Harbour City Government". The gazetteer knows
//! "X State" as a place; the capitalised "Government" or "Police" straight after it makes the
//! whole one organisation, the area inside it no mention of its own.

use super::candidates::Item;
use super::classify::{Ctx, first_tok};
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::EntityKind;

/// `run` holds a known place ending in an area's noun ("Ondo State"), then "Government" or
/// "Police" and maybe more capitalised words up to its end: returns where the body's name
/// starts in `run` (the place), the words before it being another name's
/// ("Officials of the Ondo State Government").
#[inline]
pub fn area_government(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<usize> {
    // (asked of every run: one word compared as written before anything else)
    let g = run
        .iter()
        .position(|i| matches!(*i, Item::Word(g) if body_word(ctx.w(g))))?;
    area_government_at(ctx, hits, run, g)
}

/// [`area_government`] past its cheap refusal: `g` is the body's word in `run`.
#[inline(never)]
fn area_government_at(ctx: &Ctx, hits: &[GazHit], run: &[Item], g: usize) -> Option<usize> {
    let at = g.checked_sub(1)?;
    let Item::Gaz { hit, last, .. } = run[at] else {
        return None;
    };
    if hits[hit].demonym
        || GAZ.entries[hits[hit].entry].kind != EntityKind::Place
        || !(matches!(
            ctx.w(last),
            "State" | "County" | "City" | "Province" | "Region"
        )
            // (round 56, q56en2) "Trinidad and Tobago Police": a place named with "and"
            || ctx.text[hits[hit].start..hits[hit].end].contains(" and "))
        || first_tok(&run[g]) != last + 1
        || !run[g..]
            .iter()
            .all(|i| matches!(*i, Item::Word(k) if ctx.toks[k].cap))
    {
        return None;
    }
    Some(at)
}

fn body_word(w: &str) -> bool {
    matches!(w, "Government" | "Police")
}

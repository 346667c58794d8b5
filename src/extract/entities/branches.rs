//! Where a body's regional branch ends (round 30a): a known organisation or an acronym, then
//! known places and compass words straight after it ("Crédit Mutuel Nord Bretagne", "the BBC
//! South West").

use super::candidates::Item;
use super::classify::{COMPASS, Ctx, first_tok, last_tok};
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::EntityKind;

/// `run` (its opening article left out) is a known organisation or an acronym, then two or
/// three items touching one another, each a known place (no nationality) or a capitalised
/// compass word, with a place and a compass word among them: the body's branch there.
pub fn compass_branch(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    // (asked at every run the branch rule before refused: the length first)
    if !(3..=4).contains(&run.len()) {
        return false;
    }
    let head = match run[0] {
        Item::Gaz { hit, .. } => GAZ.entries[hits[hit].entry].kind == EntityKind::Organization,
        Item::Word(k) => ctx.toks[k].allcaps,
        Item::Conn(_) => false,
    };
    if !head {
        return false;
    }
    let (mut place, mut compass) = (false, false);
    for (i, it) in run[1..].iter().enumerate() {
        if first_tok(it) != last_tok(&run[i]) + 1 {
            return false;
        }
        match *it {
            Item::Gaz { hit, .. }
                if !hits[hit].demonym && GAZ.entries[hits[hit].entry].kind == EntityKind::Place =>
            {
                place = true
            }
            Item::Word(k) if ctx.toks[k].cap && COMPASS.contains(&&*ctx.f(k)) => compass = true,
            _ => return false,
        }
    }
    place && compass
}

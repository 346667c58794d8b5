//! A body named by a plain word and a country's or a state's name, told from the place by
//! what the sentence says of it next: "Maritime Studies Wales, a research charity" (round 29);
//! a genus's initial ("E. coli").

use super::classify::Ctx;
use super::cues::appositive;
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// The name ending at token `last` (one or two plain capitalised words and a country's, a
/// state's or a region's name) is described as a body right after it: an apposition whose noun
/// names an organisation ("…, a research group"). A relative clause is no such sign: "Outside
/// Canada, which accounts for a third of sales".
pub fn body_described_after(ctx: &Ctx, last: usize) -> bool {
    let toks = &ctx.toks;
    if last + 2 >= toks.len() || ctx.w(last + 1) != "," || toks[last + 2].kind != TokKind::Word {
        return false;
    }
    appositive(ctx, last) == Some(EntityKind::Organization)
}

/// "E. coli", "C. difficile": a lone capital letter, a full stop and a lowercase word name a
/// species by its genus's initial, no person's initial (those come before a capitalised
/// name) and no body.
pub fn genus_initial(ctx: &Ctx, k: usize) -> bool {
    let toks = &ctx.toks;
    k + 2 < toks.len()
        && ctx.w(k).len() == 1
        && toks[k].cap
        && ctx.w(k + 1) == "."
        && toks[k + 1].start == toks[k].end
        && toks[k + 2].kind == TokKind::Word
        && toks[k + 2].start > toks[k + 1].end
        && ctx.w(k + 2).starts_with(|c: char| c.is_ascii_lowercase())
}

//! A body named by a plain word and a country's or a state's name, told from the place by
//! what the sentence says of it next: "Engineers Canada, which represents…", "Maritime
//! Studies Wales, a research charity" (round 29); a genus's initial ("E. coli").

use super::classify::Ctx;
use super::cues::appositive;
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// The name ending at token `last` (a country's or, with `nation` false, a state's or a
/// region's name after one or two plain capitalised words) is described as a body right
/// after it: an apposition whose noun names an organisation ("…, a research group"), or,
/// after a country's name, a relative clause on who ("…, which represents", "…, qui
/// représente"): a place after a comma takes "where" or a description of a place instead.
/// (A preposition opening the sentence is no plain word: "Outside Canada, which …".)
pub fn body_described_after(ctx: &Ctx, last: usize, nation: bool) -> bool {
    let toks = &ctx.toks;
    if last + 2 >= toks.len() || ctx.w(last + 1) != "," || toks[last + 2].kind != TokKind::Word {
        return false;
    }
    let relative = match ctx.lang {
        Lang::En => matches!(ctx.w(last + 2), "which" | "who"),
        Lang::Fr => ctx.w(last + 2) == "qui",
    };
    (nation && relative) || appositive(ctx, last) == Some(EntityKind::Organization)
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

//! "Pieter van der Berghe", "Maximilian von Hardenstein": two capitalised words joined by a
//! surname's lowercase particles are a person's name, whether or not the given name is one the
//! lists know (round 58: a Dutch or Flemish given name missing from them left the run to the
//! body's guess).

use super::candidates::Item;
use super::classify::{Ctx, lex};

/// Is `run` a given name, a surname's particles ("van", "van der", "von") and a surname?
pub fn particle_person(ctx: &Ctx, run: &[Item]) -> bool {
    // (the shape first: most runs hold no connector second)
    let (a, b) = match *run {
        [Item::Word(a), Item::Conn(p), Item::Word(b)] if b == a + 2 && lead_particle(ctx, p) => {
            (a, b)
        }
        [Item::Word(a), Item::Conn(p), Item::Conn(q), Item::Word(b)]
            if b == a + 3 && lead_particle(ctx, p) && matches!(ctx.w(q), "der" | "den" | "de") =>
        {
            (a, b)
        }
        _ => return false,
    };
    let plain = |k: usize| {
        let t = &ctx.toks[k];
        t.cap
            && !t.allcaps
            && !ctx.is(
                k,
                lex::ORG_CUE | lex::PLACE_CUE | lex::FUNCTION_WORD | lex::TITLE,
            )
    };
    plain(a) && plain(b)
}

/// "van", "von", the Welsh "ap" (round 71: "Siôn ap Dafydd"): a particle that opens a surname
/// (never a body's "de", "du" or "di": "Palazzo di X" is a building).
fn lead_particle(ctx: &Ctx, p: usize) -> bool {
    matches!(ctx.w(p), "van" | "von" | "ap")
}

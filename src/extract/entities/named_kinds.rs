//! Round 50: kinds that a name's last words decide whatever cue is around it: holidays named
//! after a person, a people or a cause ("Valentine’s Day", "Anzac Day": Other, no owner and no
//! body) and the governments of First Nations and tribes ("the Red Pine Cree First Nation
//! said": an organisation, no speaker's name).

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::GAZ;

/// `run` is a holiday's name: a capitalised word that is no given name nor title ("Doris Day"
/// is a person), alone or with "'s", then "Day" ending the run, in English.
pub fn holiday(ctx: &Ctx, run: &[Item]) -> bool {
    // (a byte test first: most runs end with no "Day")
    let Some(&Item::Word(d)) = run.last() else {
        return false;
    };
    if ctx.w(d) != "Day" || ctx.lang != crate::extract::types::Lang::En {
        return false;
    }
    let owner = match *run {
        [Item::Word(o), Item::Word(_)] => o,
        [Item::Word(o), Item::Conn(a), Item::Conn(s), Item::Word(_)]
            if matches!(ctx.w(a), "'" | "’") && ctx.w(s) == "s" =>
        {
            o
        }
        _ => return false,
    };
    owner + 1 == d - if matches!(run.len(), 4) { 2 } else { 0 }
        && ctx.toks[owner].cap
        && !ctx.toks[owner].allcaps
        && !ctx.is(owner, lex::TITLE)
        && !GAZ.sets.given_names.contains(&ctx.f(owner))
}

/// `run` names a First Nation's, a band's or a tribe's government: two capitalised words or
/// more ending with "Nation", "Band", "Tribe" or "Tribal Council" ("Osprey Lake Band", "Red
/// Pine Cree First Nation"), in English.
pub fn nation_body(ctx: &Ctx, run: &[Item]) -> bool {
    // (a byte test first: the last word's length and first letter)
    let Some(&Item::Word(l)) = run.last() else {
        return false;
    };
    let w = ctx.w(l);
    if !matches!(w.len(), 4..=7)
        || !matches!(w.as_bytes()[0], b'N' | b'B' | b'T' | b'C')
        || ctx.lang != crate::extract::types::Lang::En
    {
        return false;
    }
    let head = match w {
        "Nation" | "Band" | "Tribe" => true,
        "Council" => l > 0 && ctx.w(l - 1) == "Tribal",
        _ => false,
    };
    head && run.len() >= 2
        && run.iter().enumerate().all(|(n, it)| {
            matches!(*it, Item::Word(j) if j + run.len() == l + 1 + n
                && ctx.toks[j].cap
                && !ctx.is(j, lex::TITLE))
        })
}

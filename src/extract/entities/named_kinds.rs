//! Round 50: kinds that a name's last words decide whatever cue is around it: holidays named
//! after a person, a people or a cause ("Valentine’s Day", "Anzac Day": Other, no owner and no
//! body) and the governments of First Nations and tribes ("the Red Pine Cree First Nation
//! said": an organisation, no speaker's name).

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;

/// `run` is a holiday's name: a capitalised word that is no given name nor title ("Doris Day"
/// is a person), alone or with "'s", then "Day" ending the run, in English. Not a person's
/// name cued as one (round 51): after a title ("the coach Osei Day") or before a verb of
/// saying, over a comma or not ("Osei Day said", "Osei Day, the coach, said").
pub fn holiday(ctx: &Ctx, run: &[Item], title_cue: bool) -> bool {
    // (a byte test first: most runs end with no "Day")
    let Some(&Item::Word(d)) = run.last() else {
        return false;
    };
    if ctx.w(d) != "Day" || ctx.lang != crate::extract::types::Lang::En {
        return false;
    }
    // the owner and how many tokens on "Day" is ("X Day": 1, "X’s Day": 3)
    let (owner, gap) = match *run {
        [Item::Word(o), Item::Word(_)] => (o, 1),
        [Item::Word(o), Item::Conn(a), Item::Conn(s), Item::Word(_)]
            if matches!(ctx.w(a), "'" | "’") && ctx.w(s) == "s" =>
        {
            (o, 3)
        }
        _ => return false,
    };
    owner + gap == d
        && ctx.toks[owner].cap
        && !ctx.toks[owner].allcaps
        && !ctx.is(owner, lex::TITLE)
        && !GAZ.sets.given_names.contains(&ctx.f(owner))
        && !title_cue
        && !super::cues::title_before(ctx, owner)
        && !said_after(ctx, d)
}

/// A verb of saying follows the name ending at `last`, straight after it or after a comma
/// ("X said", "X, 54, said" is not looked for: one comma, then the verb).
fn said_after(ctx: &Ctx, last: usize) -> bool {
    let n = ctx.toks.len();
    let mut j = last + 1;
    if j < n && ctx.w(j) == "," {
        j += 1;
    }
    j < n && ctx.toks[j].kind == TokKind::Word && ctx.is(j, lex::SAID)
}

/// `run` names a First Nation's, a band's or a tribe's government: two capitalised words or
/// more ending with "Nation", "Band", "Tribe" or "Tribal Council" ("Osprey Lake Band", "Red
/// Pine Cree First Nation"), in English; a demonym may stand among them ("the Tolmie Indian
/// Nation", round 51). Not a person's name ("Terry Nation": a given name, then the head alone)
/// nor a radio band ("C Band", "Ku Band": a word of fewer than three letters).
pub fn nation_body(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
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
    if !head || run.len() < 2 {
        return false;
    }
    if let [Item::Word(g), _] = *run
        && GAZ.sets.given_names.contains(&ctx.f(g))
    {
        return false;
    }
    // the words one after the other, capitalised, no title, a demonym among them or not
    let mut next = None;
    run.iter().all(|it| {
        let (a, b) = match *it {
            Item::Word(j)
                if ctx.toks[j].cap
                    && !ctx.is(j, lex::TITLE)
                    && (j == l || (ctx.w(j).len() >= 3 && !ctx.toks[j].allcaps)) =>
            {
                (j, j)
            }
            Item::Gaz { hit, first, last } if hits[hit].demonym => (first, last),
            _ => return false,
        };
        let follows = next.is_none_or(|n| n == a);
        next = Some(b + 1);
        follows
    })
}

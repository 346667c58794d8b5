//! Round 33 (second part): courts and tribunals named by a common noun ("the Environment
//! Court", "the Youth Court", "the Land Court"): a court of law, no venue.

use super::candidates::Item;
use super::classify::{Ctx, first_tok, lex};

/// "the Environment Court", "The Youth Court ruled": a "Court" closing a name that an article
/// opens, after words that are neither places nor venues, is a court of law. A venue or a
/// palace is named bare or by a place ("on Centre Court", "at Hampton Court", "Earls Court").
pub fn court_of_law(ctx: &Ctx, run: &[Item], folded: &[std::borrow::Cow<str>], pos: usize) -> bool {
    if pos + 1 != folded.len() || pos == 0 {
        return false;
    }
    let words = match run.first() {
        Some(Item::Word(_)) if folded[0] == "the" => &run[1..],
        Some(it) => {
            let ft = first_tok(it);
            let the = ctx
                .prev_word(ft)
                .is_some_and(|p| ctx.w(p).eq_ignore_ascii_case("the"));
            if !the {
                return false;
            }
            run
        }
        None => return false,
    };
    let body = &words[..words.len().saturating_sub(1)];
    !body.is_empty()
        && body.iter().all(|it| match *it {
            Item::Word(k) => {
                !ctx.is(k, lex::PLACE_CUE)
                    && !super::context::known_place(ctx, k)
                    && !matches!(&*ctx.f(k), "centre" | "center" | "court")
            }
            _ => false,
        })
}

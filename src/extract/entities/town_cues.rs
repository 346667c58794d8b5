//! English cues that a lone capitalised word is a place although a noun of organisations stands
//! near it: "in this Brevanne town", "a chess club from Ostrey".

use super::classify::{Ctx, lex};

/// Nouns of settlements and areas a name may qualify ("this Brevanne town").
const SETTLEMENTS: &[&str] = &[
    "town",
    "city",
    "village",
    "community",
    "hamlet",
    "suburb",
    "municipality",
    "borough",
    "township",
    "county",
    "region",
    "district",
    "parish",
    "neighbourhood",
    "neighborhood",
];

/// The lone name `ft..=lt` (after the word `prev`) is a place: a demonstrative before it and a
/// settlement's noun after it ("this Brevanne town", "that Ostrey village"), or "from" after a
/// noun of organisations or groups ("a reading group from Brevanne", "a team from Ostrey": where
/// they come from; not a rival's: "a rival from X").
pub fn town_cue(ctx: &Ctx, prev: Option<usize>, lt: usize) -> bool {
    let Some(p) = prev else {
        return false;
    };
    match ctx.w(p) {
        "this" | "that" => ctx
            .toks
            .get(lt + 1)
            .is_some_and(|_| SETTLEMENTS.contains(&&*ctx.f(lt + 1))),
        "from" => ctx.prev_word(p).is_some_and(|n| {
            ctx.is(n, lex::ORG_INTRO) && !matches!(&*ctx.f(n), "rival" | "rivals")
        }),
        _ => false,
    }
}

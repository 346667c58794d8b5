//! English cues that a lone capitalised word is a place although a noun of organisations stands
//! near it: "in this Quillmore village", "a reading group from Ostrey".

use super::classify::{Ctx, lex};

/// Nouns of settlements a name may qualify ("this Quillmore village"). No "community", "district"
/// or "region": an adjective qualifies those as often ("this Catholic community").
const SETTLEMENTS: &[&str] = &[
    "town",
    "city",
    "village",
    "hamlet",
    "suburb",
    "municipality",
    "borough",
    "township",
];

/// Capitalised adjectives of a faith, a people, a party, a period or a style that qualify a
/// town without naming it ("this Tudor town", "this Druze village"), folded.
const QUALIFIERS: &[&str] = &[
    "muslim", "jewish", "druze", "sunni", "shia", "shiite", "hindu", "sikh", "amish", "mormon",
    "quaker", "tudor", "norman", "saxon", "viking", "roman", "medieval", "regency", "alpine",
    "arab", "maori", "inuit", "black", "white", "labour", "tory", "green", "liberal",
];

/// Endings of English adjectives of faith, people, period or style ("Catholic", "Indigenous",
/// "Victorian", "Republican", "Byzantine", "Amish", "Maltese").
const QUALIFIER_ENDINGS: &[&str] = &["ic", "ous", "ian", "ean", "can", "ish", "ese", "ist", "ine"];

/// The name word `j` may name a town: no word of the lexicon, no qualifier ([`QUALIFIERS`]) nor
/// a word ending like one.
fn town_word(ctx: &Ctx, j: usize) -> bool {
    let f = ctx.f(j);
    !ctx.is(j, lex::IN_LEXICON)
        && !QUALIFIERS.contains(&&*f)
        && !QUALIFIER_ENDINGS.iter().any(|e| f.ends_with(e))
}

/// The lone name `ft..=lt` (after the word `prev`) is a place: a demonstrative before it and a
/// settlement's noun after it ("this Quillmore village", "that Ostrey town"; no adjective:
/// "this Catholic town"), or "from" after a
/// noun of organisations or groups ("a reading group from Brevanne", "a team from Ostrey": where
/// they come from; not a rival's: "a rival from X"): the strength of its vote.
pub fn town_cue(ctx: &Ctx, prev: Option<usize>, lt: usize) -> Option<u8> {
    let p = prev?;
    match ctx.w(p) {
        "this" | "that" => (ctx
            .toks
            .get(lt + 1)
            .is_some_and(|_| SETTLEMENTS.contains(&&*ctx.f(lt + 1)))
            && town_word(ctx, lt))
        .then_some(1),
        // (a weak vote: "Varnex said …; a team from Varnex" stays the firm it is elsewhere)
        "from" => ctx
            .prev_word(p)
            .is_some_and(|n| ctx.is(n, lex::ORG_INTRO) && !matches!(&*ctx.f(n), "rival" | "rivals"))
            .then_some(0),
        _ => None,
    }
}

//! Round 42: a name spelt with a digit and capitals ("6NTV", "8RTV", "9XN"), which no
//! capitalised run takes: an organisation where the sentence says so (a broadcaster's or a
//! firm's noun before it, "la chaîne régionale 6NTV", "the broadcaster 9XN"; or a verb of
//! saying after it, "6NTV said").

use super::classify::{Ctx, lex};
use super::text::TokKind;

/// Nouns of broadcasters that introduce their name (beyond the lexicon's introducers).
const STATIONS: &[&str] = &["channel", "station", "radio", "television", "tele", "tv"];

/// Adjectives that may stand between the noun and the name ("la chaîne régionale 6NTV").
const BETWEEN: &[&str] = &[
    "privee",
    "publique",
    "private",
    "public",
    "national",
    "nationale",
    "regional",
    "regionale",
    "commercial",
    "commerciale",
    "local",
    "locale",
    "satellite",
];

/// Capitals after the digits that are units, sizes, ordinals or a technique, not names
/// ("50MW", "10GB", "4PM", "the 3XL", "la 3EME", "2FA").
const UNITS: &[&str] = &[
    "MW", "GW", "KW", "KM", "GB", "MB", "TB", "KB", "AM", "PM", "HP", "MPH", "KG", "CM", "MM",
    "BC", "AD", "TH", "ND", "RD", "ST", "XS", "XXS", "XL", "XXL", "XXXL", "EME", "EMES", "ER",
    "ERE", "FA",
];

/// At token `k` (a word opening with a digit whose letters are all capitals: the caller
/// asks `!cap && allcaps`): one or two digits then two to five capitals, no unit, in an
/// organisation's slot.
pub fn digit_acronym(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k).as_bytes();
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &w[digits..];
    if !(1..=2).contains(&digits)
        || !(2..=5).contains(&rest.len())
        || !rest.iter().all(u8::is_ascii_uppercase)
        || UNITS.iter().any(|u| u.as_bytes() == rest)
    {
        return false;
    }
    let said =
        k + 1 < ctx.toks.len() && ctx.toks[k + 1].kind == TokKind::Word && ctx.is(k + 1, lex::SAID);
    said || introduced(ctx, k)
}

/// A broadcaster's or an organisation's noun before `k`, an adjective of [`BETWEEN`] allowed.
fn introduced(ctx: &Ctx, k: usize) -> bool {
    let Some(mut p) = ctx.prev_word(k) else {
        return false;
    };
    if BETWEEN.contains(&&*ctx.f(p)) {
        match ctx.prev_word(p) {
            Some(q) => p = q,
            None => return false,
        }
    }
    ctx.is(p, lex::ORG_INTRO) || STATIONS.contains(&&*ctx.f(p))
}

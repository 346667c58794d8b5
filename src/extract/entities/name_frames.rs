//! English frames around a block's candidates that settle their kind or their extent (round 57):
//! a country's short form opening a title ("U.S. District Judge X"),
//! an ordinal opening a court ("the 7th Circuit"), a place before its legislature or its forces
//! ("the Nevada Legislature", "the Kenyan Air Force"), a trade noun before a firm ("the publisher
//! X"), a member's "from" before a place ("a Republican from X", "the legislator from X"), a
//! district after a place's possessive ("Y’s X district") and a case's name ("A v. B": no entity).

use super::candidates::Cand;
use super::classify::{Ctx, lex};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Bodies a place or a people's adjective opens: one organisation with it.
const PLACE_BODIES: &[&str] = &[
    "Legislature",
    "General Assembly",
    "State Assembly",
    "Assembly",
    "Air Force",
    "Navy",
    "Army",
    "Coast Guard",
    "National Guard",
    "State Police",
    "Police",
];

/// Trade nouns that, after "the", name the firm that follows ("the publisher X").
const TRADES: &[&str] = &[
    "publisher",
    "broadcaster",
    "retailer",
    "carrier",
    "insurer",
    "airline",
    "lender",
    "bank",
    "developer",
    "miner",
    "chain",
    "distributor",
    "supermarket",
    "automaker",
    "carmaker",
    "drugmaker",
    "utility",
];

/// Settles the block's candidates `out[from..]` by the frames of the module's doc (English only).
pub fn mend(ctx: &Ctx, out: &mut Vec<Cand>, from: usize) {
    if ctx.lang != Lang::En {
        return;
    }
    let b = ctx.text.as_bytes();
    let mut i = from;
    while i < out.len() {
        let (s, e) = (out[i].start as usize, out[i].end as usize);
        let after = b.get(e).copied();
        // (cheap refusal first: most candidates end before a space and a lowercase word or a
        // punctuation mark, and start after a lowercase word)
        if after == Some(b' ') && b.get(e + 1).is_some_and(u8::is_ascii_uppercase) {
            if out[i].kind == EntityKind::Place
                && short_country(&b[s..e])
                && title_follows(ctx, e + 1)
            {
                // "U.S. District Judge X": the title's first word, no mention of the country
                out.remove(i);
                continue;
            }
            if out[i].kind == EntityKind::Place
                && let Some(n) = PLACE_BODIES.iter().find(|n| word_at(b, e + 1, n))
                && !race_after(b, e + 1 + n.len())
            {
                // "the Nevada Legislature", "the Kenyan Air Force"
                let end = e + 1 + n.len();
                i = drop_inside(out, from, i, end);
                let c = &mut out[i];
                c.end = end as u32;
                c.kind = EntityKind::Organization;
                c.strength = 2;
                c.gaz = None;
                c.demonym = false;
                i += 1;
                continue;
            }
        }
        if after == Some(b',')
            && out[i].kind == EntityKind::Organization
            && member_appos(ctx, &out[i])
        {
            // "X Y, the Z Party legislator from W": a person the party's noun turned
            out[i].kind = EntityKind::Person;
            out[i].strength = 2;
            i += 1;
            continue;
        }
        if after == Some(b' ')
            && b.get(e + 1).is_some_and(u8::is_ascii_lowercase)
            && super::frame_places::land_noun_after(ctx, out, from, i)
        {
            i += 1;
            continue;
        }
        if after == Some(b' ') && b[e + 1..].starts_with(b"v") && case_sep(&b[e + 1..]).is_some() {
            // "Board of Trustees v. Harlan": a case's name; its other side goes too
            let next = e + 1 + case_sep(&b[e + 1..]).unwrap_or(0);
            out.remove(i);
            if let Some(j) = (from..out.len()).find(|&j| out[j].start as usize == next) {
                out.remove(j);
            }
            continue;
        }
        if s > 1 && b[s - 1] == b' ' {
            let c = &mut out[i];
            if c.kind != EntityKind::Organization && c.strength < 3 && the_trade_before(b, s - 1) {
                // "the publisher X, who sued": the firm, whatever its words
                c.kind = EntityKind::Organization;
                c.strength = 2;
            } else if matches!(b.get(e), Some(b'\'' | 0xE2)) {
                super::frame_places::possessive_area(ctx, out, i);
            }
        } else if matches!(b.get(e), Some(b'\'' | 0xE2)) {
            super::frame_places::possessive_area(ctx, out, i);
        }
        i += 1;
    }
    super::frame_places::members_from(ctx, out, from);
    ordinal_circuits(ctx, out, from);
}

/// Removes from `out[from..]` the candidates other than `keep` starting inside
/// `out[keep].end..end` (the words a body takes after its place): `keep`'s index after.
fn drop_inside(out: &mut Vec<Cand>, from: usize, mut keep: usize, end: usize) -> usize {
    let lo = out[keep].end;
    let mut j = from;
    while j < out.len() {
        if j != keep && out[j].start > lo && (out[j].start as usize) < end {
            out.remove(j);
            if j < keep {
                keep -= 1;
            }
            continue;
        }
        j += 1;
    }
    keep
}

/// "the X Senate primary", "the X Assembly seat": after the body's name, a noun of elections
/// makes the place's name a race's, no body.
fn race_after(b: &[u8], at: usize) -> bool {
    b.get(at) == Some(&b' ')
        && [
            "primary",
            "race",
            "seat",
            "seats",
            "election",
            "elections",
            "campaign",
            "candidate",
            "candidates",
            "district",
            "contest",
        ]
        .iter()
        .any(|n| word_at(b, at + 1, n))
}

/// Nouns of a party's or a body's member that an apposition ends on ("the Z Party legislator").
const MEMBER_NOUNS: &[&str] = &[
    "legislator",
    "lawmaker",
    "MP",
    "MLA",
    "senator",
    "councillor",
    "councilor",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Candidate `c`, two or three plain capitalised words (no body's word, no acronym), then ", the"
/// and an apposition whose last noun before its end is a member's ("…, the Z Party (ZP)
/// legislator from W, said").
fn member_appos(ctx: &Ctx, c: &Cand) -> bool {
    let b = ctx.text.as_bytes();
    let e = c.end as usize;
    if c.gaz.is_some() || c.strength > 2 || !b[e..].starts_with(b", the ") {
        return false;
    }
    let k0 = ctx.toks.partition_point(|t| t.start < c.start as usize);
    let k1 = ctx.toks.partition_point(|t| t.start < e);
    if !(2..=3).contains(&(k1 - k0))
        || (k0..k1).any(|k| {
            let t = &ctx.toks[k];
            t.kind != TokKind::Word
                || !t.cap
                || t.allcaps
                || ctx.is(k, lex::ORG_CUE | lex::PLACE_CUE | lex::NOISE)
        })
    {
        return false;
    }
    // the apposition's words after "the", up to its comma or full stop
    ctx.toks[k1 + 2..]
        .iter()
        .take(10)
        .take_while(|t| !matches!(&ctx.text[t.start..t.end], "," | "." | ";"))
        .any(|t| t.kind == TokKind::Word && MEMBER_NOUNS.contains(&&ctx.text[t.start..t.end]))
}

/// A country's short form: "U.S.", "US", "UK", "EU", "N.Z.".
fn short_country(w: &[u8]) -> bool {
    w.len() <= 4 && w.len() >= 2 && w.iter().all(|c| c.is_ascii_uppercase() || *c == b'.')
}

/// Capitalised words from byte `at` on of which one of the first three is a title ("District
/// Judge", "Attorney", "President").
fn title_follows(ctx: &Ctx, at: usize) -> bool {
    let k = ctx.toks.partition_point(|t| t.start < at);
    (k..ctx.toks.len().min(k + 3))
        .take_while(|&j| ctx.toks[j].kind == TokKind::Word && ctx.toks[j].cap)
        .any(|j| ctx.is(j, lex::TITLE))
}

/// `name` is written at `at`, ending a word.
#[inline]
pub(super) fn word_at(b: &[u8], at: usize, name: &str) -> bool {
    // (the first byte first: most names differ there, refused without a call to `memcmp`)
    name.as_bytes().first().is_none_or(|f| b.get(at) == Some(f))
        && b[at..].starts_with(name.as_bytes())
        && !b
            .get(at + name.len())
            .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// "v. " or "vs. " then a capital opens `rest`: the bytes up to the capital.
fn case_sep(rest: &[u8]) -> Option<usize> {
    let n = if rest.starts_with(b"v. ") {
        3
    } else if rest.starts_with(b"vs. ") {
        4
    } else {
        return None;
    };
    rest.get(n).is_some_and(u8::is_ascii_uppercase).then_some(n)
}

/// "the <trade> " ends at byte `sp` (a space).
fn the_trade_before(b: &[u8], sp: usize) -> bool {
    let from = b[..sp]
        .iter()
        .rposition(|&c| c == b' ')
        .map_or(0, |p| p + 1);
    let w = &b[from..sp];
    if w.is_empty() || !w[0].is_ascii_lowercase() || !TRADES.iter().any(|t| t.as_bytes() == w) {
        return false;
    }
    from >= 4 && matches!(&b[from - 4..from], b"the " | b"The ")
}

/// "the 7th U.S. Circuit Court of Appeals", "the 5th Circuit": the ordinal opens the court.
fn ordinal_circuits(ctx: &Ctx, out: &mut Vec<Cand>, from: usize) {
    static CIRCUIT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"Circuit"));
    let b = ctx.text.as_bytes();
    let mut pos = 0;
    while let Some(p) = CIRCUIT.find(&b[pos..]).map(|p| p + pos) {
        pos = p + 7;
        // the name's first word: "Circuit", or "U.S./US/Federal" before it
        let mut s = p;
        for pre in [&b"U.S. "[..], b"US ", b"Federal "] {
            if b[..s].ends_with(pre) {
                s -= pre.len();
                break;
            }
        }
        let Some(o) = ordinal_before(b, s) else {
            continue;
        };
        if let Some(j) = (from..out.len()).find(|&j| {
            let c = &out[j];
            (c.start as usize) <= p && c.end as usize > p
        }) {
            // ("the Court of Appeals for the 10th Circuit": the ordinal is inside already)
            if out[j].kind == EntityKind::Organization && out[j].start as usize >= s {
                out[j].start = o as u32;
            }
        } else if word_at(b, p, "Circuit") {
            out.push(Cand::rule(ctx.block, o, p + 7, EntityKind::Organization, 2));
        }
    }
}

/// "7th ", "11th ", "1st " ends at byte `s`: the ordinal's first byte.
fn ordinal_before(b: &[u8], s: usize) -> Option<usize> {
    if s < 4 || b[s - 1] != b' ' {
        return None;
    }
    let w = &b[..s - 1];
    let suffix = [&b"st"[..], b"nd", b"rd", b"th"]
        .into_iter()
        .find(|x| w.ends_with(x))?;
    let digits = w[..w.len() - suffix.len()]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let o = w.len() - suffix.len() - digits;
    (digits > 0 && (o == 0 || !b[o - 1].is_ascii_alphanumeric())).then_some(o)
}

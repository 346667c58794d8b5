//! Candidate figures in one block: numerals (digits or words) with their scale, currency or unit.

use super::lexicon::PREV_BLOCKERS;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::currency_words::{Scale, currency_after, currency_before, dollar_compound, parse_scale};
use super::number::{Numeral, left_boundary_ok, parse_digits, words_before};
use super::text::{
    is_capitalized, lower, next_char, prev_char, skip_spaces_back, word_before, word_end,
};
use super::units::{After, parse_after};
use crate::extract::types::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CKind {
    /// Money with a currency marker (or a carried currency once resolved).
    Money,
    /// A scaled number without currency or unit ("5 milliards"): money if a currency can be carried.
    BareScaled,
    /// A plain number with nothing after it: only kept when an enumeration carries a currency.
    Bare,
    /// A number and a counted noun or unit.
    Quantity,
    /// Never a figure (year, date, percentage, duration, ordinal, phone number...).
    Excluded,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cand {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    /// Span of the digits or number words.
    pub num_start: usize,
    pub num_end: usize,
    pub value: f64,
    pub mult: Option<f64>,
    pub cents: bool,
    pub amount: f64,
    pub amount_max: Option<f64>,
    pub currency: Option<&'static str>,
    pub unit: Option<String>,
    pub kind: CKind,
    pub words: bool,
    /// Followed by "-<digit>" ("10-12"): first half of a hyphen range.
    pub hyphen_next: bool,
    /// Preceded by "<digit>-": second half of a hyphen range.
    pub hyphen_prev: bool,
    pub same_as: Option<usize>,
    pub subject: Option<String>,
}

impl Cand {
    pub fn recompute(&mut self) {
        let mut a = self.value * self.mult.unwrap_or(1.0);
        if self.cents {
            a /= 100.0;
        }
        self.amount = a;
    }
}

static SCALE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(["milliard", "million", "billion", "trillion"])
        .expect("static patterns")
});

fn prev_blocked(s: &str, start: usize) -> bool {
    let e = skip_spaces_back(s, start);
    if matches!(prev_char(s, e), Some('#' | '°' | 'º')) {
        return true;
    }
    let (_, _, w) = word_before(s, start);
    !w.is_empty() && PREV_BLOCKERS.contains(&lower(w).as_str())
}

/// A capitalised word right before the number, mid-sentence: a model or name ("Boeing 737", "CAC 40").
fn prev_is_name(s: &str, start: usize) -> bool {
    let (ws, we, w) = word_before(s, start);
    if w.is_empty() || we == start || !is_capitalized(w) {
        return false;
    }
    let before = skip_spaces_back(s, ws);
    match prev_char(s, before) {
        None => false,
        Some(c) => !matches!(
            c,
            '.' | '!' | '?' | '\n' | '«' | '"' | '“' | ':' | '(' | '—' | '–' | '-'
        ),
    }
}

/// Digits separated by a space from more digits: a phone-like sequence, not an amount.
fn phone_like(s: &str, n: &Numeral) -> bool {
    let b = s.as_bytes();
    let after = {
        let mut p = n.end;
        let mut seps = 0;
        while p < b.len() && matches!(b[p], b' ' | b'.') && seps < 2 {
            p += 1;
            seps += 1;
        }
        seps == 1 && p < b.len() && b[p].is_ascii_digit()
    };
    let before = {
        let mut p = n.start;
        let mut seps = 0;
        while p > 0 && matches!(b[p - 1], b' ' | b'.') && seps < 2 {
            p -= 1;
            seps += 1;
        }
        seps == 1 && p > 0 && b[p - 1].is_ascii_digit()
    };
    let leading_zero = b[n.start] == b'0' && n.end > n.start + 1 && !n.decimal && {
        let second = b[n.start + 1];
        second.is_ascii_digit()
    };
    after || before || leading_zero
}

fn hyphen_then_digit(s: &str, pos: usize) -> bool {
    match next_char(s, pos) {
        Some(c @ ('-' | '–')) => {
            next_char(s, pos + c.len_utf8()).is_some_and(|d| d.is_ascii_digit())
        }
        _ => false,
    }
}

fn digit_then_hyphen(s: &str, pos: usize) -> bool {
    match prev_char(s, pos) {
        Some(c @ ('-' | '–')) => {
            prev_char(s, pos - c.len_utf8()).is_some_and(|d| d.is_ascii_digit())
        }
        _ => false,
    }
}

/// Builds the candidate for a numeral [ns, ne) of value `value`.
fn build(
    s: &str,
    block: usize,
    lang: Lang,
    ns: usize,
    ne: usize,
    value: f64,
    numeral: Option<&Numeral>,
) -> Cand {
    let words = numeral.is_none();
    let mut c = Cand {
        block,
        start: ns,
        end: ne,
        num_start: ns,
        num_end: ne,
        value,
        mult: None,
        cents: false,
        amount: value,
        amount_max: None,
        currency: None,
        unit: None,
        kind: CKind::Bare,
        words,
        hyphen_next: false,
        hyphen_prev: false,
        same_as: None,
        subject: None,
    };
    let prefix = if words { None } else { currency_before(s, ns) };
    if let Some((ps, code)) = prefix {
        c.start = ps;
        c.currency = Some(code);
    }
    let mut p = ne;
    let scale: Option<Scale> = parse_scale(s, ne, lang);
    if let Some(sc) = scale {
        let accept = !sc.weak
            || prefix.is_some()
            || currency_after(s, sc.end, lang, true).is_some_and(|(_, code, _)| {
                // weak scales only before a symbol or code ("2,5 M€", "5 M$", "3M USD")
                !code.is_empty()
                    && s[sc.end..]
                        .trim_start()
                        .chars()
                        .next()
                        .is_some_and(|ch| !ch.is_lowercase())
            });
        if accept {
            c.mult = Some(sc.mult);
            p = sc.end;
        }
    }
    if words && c.mult.is_none() {
        c.kind = CKind::Excluded;
        return c;
    }
    if c.mult.is_some()
        && let Some((e, code)) = dollar_compound(s, p)
    {
        c.currency = c.currency.or(Some(code));
        p = e;
    }
    if let Some((e, code, cents)) = currency_after(s, p, lang, c.mult.is_some()) {
        if cents {
            c.cents = true;
            if c.currency.is_none() && !code.is_empty() {
                c.currency = Some(code);
            } else if c.currency.is_none() {
                c.currency = Some(match lang {
                    Lang::En => "USD",
                    Lang::Fr => "EUR",
                });
            }
        } else if c.currency.is_none() {
            c.currency = Some(code);
        }
        p = e;
    }
    c.end = p;
    if c.currency.is_some() {
        c.kind = CKind::Money;
    } else {
        match parse_after(s, p, lang, c.mult.is_some()) {
            After::Unit(e, u) => {
                c.kind = CKind::Quantity;
                c.unit = Some(u);
                c.end = e;
            }
            After::Excluded => c.kind = CKind::Excluded,
            After::MoneyNoun | After::Nothing => {
                c.kind = if c.mult.is_some() {
                    CKind::BareScaled
                } else {
                    CKind::Bare
                };
            }
        }
    }
    if let Some(n) = numeral {
        if hyphen_then_digit(s, n.end) && c.kind != CKind::Money {
            c.hyphen_next = true;
            c.kind = CKind::Bare;
            c.end = ne;
        } else if hyphen_then_digit(s, n.end) {
            c.hyphen_next = true;
        }
        c.hyphen_prev = digit_then_hyphen(s, n.start);
        if n.looks_like_year() && c.currency.is_none() && c.mult.is_none() {
            c.kind = CKind::Excluded;
        }
        if phone_like(s, n) {
            c.kind = CKind::Excluded;
        }
        if c.currency.is_none() && prev_blocked(s, ns) {
            c.kind = CKind::Excluded;
        }
        if matches!(c.kind, CKind::Quantity | CKind::Bare) && prev_is_name(s, ns) {
            c.kind = CKind::Excluded;
        }
    }
    c.recompute();
    c
}

/// All candidates of one block, sorted by start, non-overlapping.
pub fn scan_block(s: &str, block: usize, lang: Lang) -> Vec<Cand> {
    let b = s.as_bytes();
    let mut out: Vec<Cand> = Vec::new();
    let mut i = 0;
    let mut covered = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || i < covered {
            i += 1;
            continue;
        }
        let ok = left_boundary_ok(s, i) || digit_then_hyphen(s, i);
        let Some(n) = ok.then(|| parse_digits(s, i, lang)).flatten() else {
            // Skip the rest of this digit run.
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            continue;
        };
        let c = build(s, block, lang, n.start, n.end, n.value, Some(&n));
        covered = c.end.max(n.end);
        i = n.end.max(i + 1);
        out.push(c);
    }
    // Numbers in words before a scale word ("Quarante-deux milliards", "vingt milliards").
    let mut word_cands = Vec::new();
    for m in SCALE_WORDS.find_iter(s) {
        let hs = m.start();
        if prev_char(s, hs).is_some_and(char::is_alphabetic) {
            continue;
        }
        let Some((ws, value)) = words_before(s, hs, lang) else {
            continue;
        };
        let ne = skip_spaces_back(s, hs);
        // the number words end before spaces/hyphen; make sure we end on a word
        let ne = if prev_char(s, ne) == Some('-') {
            ne - 1
        } else {
            ne
        };
        if ne <= ws || word_end(s, ws) > ne {
            continue;
        }
        // `out` is sorted by start and non-overlapping: look at the candidate just before `ne`.
        let k = out.partition_point(|c| c.start < ne);
        if k > 0 && ws < out[k - 1].end {
            continue;
        }
        let c = build(s, block, lang, ws, ne, value, None);
        word_cands.push(c);
    }
    if !word_cands.is_empty() {
        out.extend(word_cands);
        out.sort_by_key(|c| c.start);
        // drop overlaps (keep the first)
        let mut kept: Vec<Cand> = Vec::with_capacity(out.len());
        for c in out {
            if kept.last().is_some_and(|k| c.start < k.end) {
                continue;
            }
            kept.push(c);
        }
        out = kept;
    }
    out
}

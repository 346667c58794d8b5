//! Ranges ("entre 8 et 10 milliards", "$10-12 billion"), changes ("from $2 billion to $3 billion")
//! and restatements in parentheses ("£8 billion ($10.9 billion)").

use super::candidate::{CKind, Cand};
use super::lexicon::{CHANGE_STEMS, RESTATE};
use super::text::{lower, sentence_bounds, word_before};

fn has_change_verb(s: &str, from: usize, to: usize) -> bool {
    let seg = lower(&s[from..to]);
    seg.split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() >= 3 && CHANGE_STEMS.iter().any(|st| w.starts_with(st)))
}

fn compatible(a: &Cand, b: &Cand) -> bool {
    match (a.kind, b.kind) {
        (_, CKind::Excluded | CKind::Bare) => false,
        (CKind::Excluded, _) => false,
        (CKind::Bare, _) => true,
        (CKind::Money, CKind::Money) => a.currency == b.currency,
        (CKind::Money | CKind::BareScaled, CKind::Money | CKind::BareScaled) => true,
        (CKind::Quantity, CKind::Quantity) => a.unit == b.unit,
        _ => false,
    }
}

/// Gives `a` what it lacks from `b`: scale, currency, unit, kind.
fn inherit(a: &mut Cand, b: &Cand) {
    if a.mult.is_none() && !a.cents {
        a.mult = b.mult;
    }
    if a.currency.is_none() {
        a.currency = b.currency;
    }
    if a.unit.is_none() {
        a.unit = b.unit.clone();
    }
    a.cents = a.cents || (b.cents && a.mult.is_none());
    a.kind = b.kind;
    a.recompute();
}

/// Merges ranges and splits changes in place.
pub fn merge_ranges(s: &str, cands: &mut Vec<Cand>) {
    let mut i = 0;
    while i + 1 < cands.len() {
        let (a, b) = (&cands[i], &cands[i + 1]);
        if !compatible(a, b) || b.start < a.end {
            i += 1;
            continue;
        }
        let gap = &s[a.end..b.start];
        let conn = lower(gap.trim());
        let hyphen = a.hyphen_next && b.hyphen_prev && (conn == "-" || conn == "–");
        let (_, pw_end, pw) = word_before(s, a.start);
        let pw = lower(pw);
        let close_prev = pw_end + 2 >= a.start;
        let between = close_prev && (pw == "entre" || pw == "between");
        let from = close_prev && (pw == "de" || pw == "from" || pw == "d");
        let is_range_conn = match conn.as_str() {
            "et" | "and" => between,
            "à" | "to" => !between,
            _ => hyphen,
        };
        if !is_range_conn {
            i += 1;
            continue;
        }
        if hyphen {
            let mut a2 = a.clone();
            inherit(&mut a2, b);
            if b.mult.is_none() && b.currency.is_none() || a2.amount >= b.amount {
                cands[i].kind = CKind::Excluded;
                cands[i + 1].kind = CKind::Excluded;
                i += 2;
                continue;
            }
        }
        let b = b.clone();
        // "passé de 30 à 50 milliards", "raised its pledge from $2 billion to $3 billion"
        let (sent_start, _) = sentence_bounds(s, a.start);
        let look_from = a.start.saturating_sub(80).max(sent_start);
        let mut look_from = look_from;
        while !s.is_char_boundary(look_from) {
            look_from += 1;
        }
        let change = !between && has_change_verb(s, look_from, a.start);
        let _ = from;
        let a = &mut cands[i];
        inherit(a, &b);
        if change {
            i += 1;
            continue;
        }
        a.amount_max = Some(b.amount);
        a.end = b.end;
        cands.remove(i + 1);
        i += 1;
    }
}

/// Marks "A (B)" and "A, soit B" where both are money: B restates A.
pub fn link_restatements(s: &str, cands: &mut [Cand]) {
    for i in 1..cands.len() {
        let (head, tail) = cands.split_at_mut(i);
        let a = &head[i - 1];
        let b = &mut tail[0];
        if b.block != a.block || b.start < a.end {
            continue;
        }
        let ok_kind = |k| matches!(k, CKind::Money | CKind::BareScaled);
        if !ok_kind(a.kind) || !ok_kind(b.kind) {
            continue;
        }
        let gap = &s[a.end..b.start];
        if gap.len() > 40 {
            continue;
        }
        let g = lower(gap);
        let paren = g.trim_start().starts_with('(');
        let soit = g.contains("soit") || g.contains("i.e.");
        if !(paren || soit) {
            continue;
        }
        let all_ok = g
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| RESTATE.contains(&w));
        if !all_ok {
            continue;
        }
        if a.currency.is_some() && a.currency == b.currency && !soit {
            continue;
        }
        b.same_as = Some(i - 1);
        // A parenthesis that only gives the currency-converted value keeps the first's scale.
        if b.mult.is_none() && a.mult.is_some() && b.kind == CKind::BareScaled {
            b.mult = a.mult;
            b.recompute();
        }
    }
}

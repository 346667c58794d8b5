//! The English month patterns read by hand at the months' names that [`Names`] saw (through
//! [`months::month_dates`], as the French ones are): each search of a block with a month's
//! name cost a lazy DFA's run and its capture groups, about 3.5k instructions a call. The
//! patterns ask for the month's name with its capital ("March", not "MARCH"), the words
//! before a season's name and the season's name in any case. A reader answers `Err(())`
//! ("undecided": the pattern is searched then) where a char of a script's digits stands where
//! the pattern asks `\d`.
//!
//! [`Names`]: super::Names

use super::months::{Month, is_word, opens_word, space_after, space_before, unsure};
use super::months::{word_before, year_after};
use super::{DateHit, iso};

/// The months' names as the English patterns spell them, by number.
const EN_MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The days' names as the English patterns spell them.
const EN_DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The endings of an ordinal day ("3rd").
const ORDINALS: [&[u8]; 4] = [b"st", b"nd", b"rd", b"th"];

/// The words before a month or a season of [`Hand::EnPartMonth`], ASCII-lowercased (the
/// pattern takes them in any case; none ends another).
///
/// [`Hand::EnPartMonth`]: super::months::Hand::EnPartMonth
const PART_CUES: [&str; 6] = ["early", "mid", "late", "last", "next", "this"];

/// Whether the month's name at `(start, end)` is spelt as the patterns ask: a month's (not a
/// season's), with its capital and no other.
fn spelt(bytes: &[u8], (start, end, month): Month) -> bool {
    month != 0 && &bytes[start..end] == EN_MONTH_NAMES[usize::from(month) - 1].as_bytes()
}

/// The year of `(?:,?\s+(YEAR))?` at `at`: its end, as [`year_after`] answers.
fn year_tail(text: &str, at: usize) -> Result<Option<usize>, ()> {
    let at = if text.as_bytes().get(at) == Some(&b',') {
        at + 1
    } else {
        at
    };
    year_after(text, at)
}

/// `\b(?:DAY,?\s+)?(MONTH)\s+([0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(YEAR))?\b` at the month: the
/// match starts at the day's name when one stands before (at or after `after`), else at the
/// month.
pub(super) fn month_day_year(
    text: &str,
    (start, end, month): Month,
    after: usize,
) -> Result<Option<DateHit>, ()> {
    let bytes = text.as_bytes();
    if !spelt(bytes, (start, end, month)) || !opens_word(bytes, start) {
        return Ok(None);
    }
    let q = space_after(text, end);
    if q == end {
        return Ok(None);
    }
    // the day's number: one digit, or two when the first is 0-3
    let (mut close, day) = match bytes.get(q) {
        Some(&b @ b'0'..=b'9') => match text[q + 1..].chars().next() {
            Some(c @ '0'..='9') if b <= b'3' => (
                q + 2,
                u32::from(b - b'0') * 10 + (u32::from(c) - u32::from('0')),
            ),
            c if b <= b'3' && unsure(c) => return Err(()),
            _ => (q + 1, u32::from(b - b'0')),
        },
        _ if unsure(text[q..].chars().next()) => return Err(()),
        _ => return Ok(None),
    };
    if bytes
        .get(close..close + 2)
        .is_some_and(|o| ORDINALS.contains(&o))
    {
        close += 2;
    }
    let year = year_tail(text, close)?;
    if year.is_none() && bytes.get(close).is_some_and(|&b| is_word(b)) {
        return Ok(None);
    }
    let w = space_before(text, start);
    let named = (w < start)
        .then(|| {
            let d = if w > 0 && bytes[w - 1] == b',' {
                w - 1
            } else {
                w
            };
            EN_DAY_NAMES.iter().find_map(|n| {
                let s = d.checked_sub(n.len())?;
                (s >= after && &bytes[s..d] == n.as_bytes() && opens_word(bytes, s)).then_some(s)
            })
        })
        .flatten();
    Ok(Some(DateHit {
        start: named.unwrap_or(start),
        end: year.unwrap_or(close),
        value: iso(
            year.map(|y| &text[y - 4..y]),
            Some(u32::from(month)),
            Some(day),
        ),
    }))
}

/// `\b([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(MONTH)(?:,?\s+(YEAR))?\b` at the month: the
/// match starts at the day's number, which must be at or after `after`.
pub(super) fn day_month_year(
    text: &str,
    (start, end, month): Month,
    after: usize,
) -> Result<Option<DateHit>, ()> {
    let bytes = text.as_bytes();
    if !spelt(bytes, (start, end, month)) {
        return Ok(None);
    }
    let mut w = space_before(text, start);
    if w == start {
        return Ok(None);
    }
    if bytes[..w].ends_with(b"of") {
        let v = space_before(text, w - 2);
        if v == w - 2 {
            return Ok(None);
        }
        w = v;
    }
    // where the day's number ends
    let e = if w >= 2 && ORDINALS.contains(&&bytes[w - 2..w]) {
        w - 2
    } else {
        w
    };
    let last = text[..e].chars().next_back();
    let d = match last {
        Some(c @ '0'..='9') => u32::from(c) - u32::from('0'),
        c if unsure(c) => return Err(()),
        _ => return Ok(None),
    };
    let (from, day) = match e.checked_sub(2).map(|i| bytes[i]) {
        Some(b @ b'0'..=b'3') => (e - 2, u32::from(b - b'0') * 10 + d),
        Some(b) if is_word(b) => return Ok(None),
        _ => (e - 1, d),
    };
    if from < after || !opens_word(bytes, from) {
        return Ok(None);
    }
    let year = year_tail(text, end)?;
    Ok(Some(DateHit {
        start: from,
        end: year.unwrap_or(end),
        value: iso(
            year.map(|y| &text[y - 4..y]),
            Some(u32::from(month)),
            Some(day),
        ),
    }))
}

/// `\b(MONTH),?\s+(YEAR)\b` at the month.
pub(super) fn month_year(text: &str, (start, end, month): Month) -> Result<Option<DateHit>, ()> {
    let bytes = text.as_bytes();
    if !spelt(bytes, (start, end, month)) || !opens_word(bytes, start) {
        return Ok(None);
    }
    Ok(year_tail(text, end)?.map(|y| DateHit {
        start,
        end: y,
        value: iso(Some(&text[y - 4..y]), Some(u32::from(month)), None),
    }))
}

/// `\b((?i:early|mid|late|last|next|this)[\s-](?:MONTH|(?i:SEASON)))\b` at the month's or
/// the season's name (a season's in any case, [`Names`] saw it): the match starts at the
/// word, at or after `after`.
///
/// [`Names`]: super::Names
pub(super) fn part_month(
    text: &str,
    lower: &[u8],
    (start, end, month): Month,
    after: usize,
) -> Option<DateHit> {
    if month != 0 && !spelt(text.as_bytes(), (start, end, month)) {
        return None;
    }
    let c = text[..start].chars().next_back()?;
    if c != '-' && !c.is_whitespace() {
        return None;
    }
    word_before(lower, start - c.len_utf8(), &PART_CUES, after).map(|s| DateHit {
        start: s,
        end,
        value: None,
    })
}

/// `\b(MONTH)\b` at the month, but for "May" (too ambiguous alone).
pub(super) fn month(text: &str, (start, end, month): Month) -> Option<DateHit> {
    let bytes = text.as_bytes();
    (month != 5 && spelt(bytes, (start, end, month)) && opens_word(bytes, start)).then_some(
        DateHit {
            start,
            end,
            value: None,
        },
    )
}

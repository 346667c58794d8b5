//! The month patterns read by hand at the months' names that [`Names`] saw, instead of
//! searched: each search of a block with a month's name cost a lazy DFA's run and its capture
//! groups (about 3.5k instructions a call, whatever the block's length). Each reader gives
//! the matches its pattern's `captures_iter` gives, in order (a match starts at or after the
//! end of the one before), or answers "undecided" when a char of a script's digits stands
//! where the pattern asks `\d` (the pattern is searched then). The blocks holding a char that
//! `(?i)` takes for an ASCII letter ("ſ") are searched ([`folds_to_ascii`]).

use super::months_en;
use super::{DateHit, iso};

/// Which month pattern a reader stands for (the English ones are read in [`months_en`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Hand {
    /// `\b(?:DAY\s+)?(1er|[0-3]?\d)\s+(MONTH)(?:\s+(YEAR))?\b`
    DayMonthYear,
    /// `\b(MONTH)\s+(YEAR)\b`
    MonthYear,
    /// `\b((?:MONTH)\s+(?:dernier|prochain))\b`
    MonthNext,
    /// `\b((?:début|fin|mi-)\s*(?:MONTH))\b`
    PartMonth,
    /// `\b(?:en|de|dès|…|mois de)\s*(MONTH)\b`
    CueMonth,
    /// `\b(?:DAY,?\s+)?(MONTH)\s+([0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(YEAR))?\b`, English
    EnMonthDayYear,
    /// `\b([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(MONTH)(?:,?\s+(YEAR))?\b`, English
    EnDayMonthYear,
    /// `\b(MONTH),?\s+(YEAR)\b`, English
    EnMonthYear,
    /// `\b((?i:early|mid|late|last|next|this)[\s-](?:MONTH|(?i:SEASON)))\b`, English
    EnPartMonth,
    /// `\b(MONTH)\b`, English, May aside
    EnMonth,
}

/// A month's name seen by [`Names`]: start, end (before a word boundary) and its number.
pub(super) type Month = (usize, usize, u8);

/// The French days' names, ASCII-lowercased (none ends another).
const FR_DAY_NAMES: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// The words of [`Hand::PartMonth`], ASCII-lowercased, with the accented capital's form.
const PART_CUES: [&str; 4] = ["début", "dÉbut", "fin", "mi-"];

/// The words of [`Hand::CueMonth`], ASCII-lowercased, with the accented capitals' forms.
const MONTH_CUES: [&str; 13] = [
    "en",
    "de",
    "dès",
    "dÈs",
    "depuis",
    "d’",
    "d'",
    "jusqu’en",
    "jusqu'en",
    "avant",
    "après",
    "aprÈs",
    "mois de",
];

pub(super) fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether an ASCII word boundary stands before the word char at `at`.
pub(super) fn opens_word(bytes: &[u8], at: usize) -> bool {
    at == 0 || !is_word(bytes[at - 1])
}

/// Where the run of white space (`\s`) that ends at `at` starts.
pub(super) fn space_before(text: &str, at: usize) -> usize {
    let head = &text[..at];
    head.trim_end_matches(char::is_whitespace).len()
}

/// Where the run of white space that starts at `at` ends.
pub(super) fn space_after(text: &str, at: usize) -> usize {
    let tail = &text[at..];
    at + tail.len() - tail.trim_start_matches(char::is_whitespace).len()
}

/// Where the word of `words` (ASCII-lowercased) that ends at `end` in `lower` starts, after
/// a word boundary, at or after `at`, if one does.
pub(super) fn word_before(lower: &[u8], end: usize, words: &[&str], at: usize) -> Option<usize> {
    words.iter().find_map(|w| {
        let start = end.checked_sub(w.len())?;
        (start >= at && &lower[start..end] == w.as_bytes() && opens_word(lower, start))
            .then_some(start)
    })
}

/// Whether `c` may be a digit of `\d` that is not ASCII (`\d` is Unicode's decimal digits,
/// all of them numeric).
pub(super) fn unsure(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_ascii() && c.is_numeric())
}

/// The year (`(?:19|20)\d{2}` before a word boundary) after the white space that follows `at`
/// (at least one char of it): `Ok(Some(end))`, `Ok(None)` when there is none, `Err(())` when a
/// char of a script's digits makes it undecided.
pub(super) fn year_after(text: &str, at: usize) -> Result<Option<usize>, ()> {
    let y = space_after(text, at);
    let bytes = text.as_bytes();
    if y == at || !matches!(bytes.get(y..y + 2), Some(b"19" | b"20")) {
        return Ok(None);
    }
    let mut end = y + 2;
    for _ in 0..2 {
        match text[end..].chars().next() {
            Some(c) if c.is_ascii_digit() => end += 1,
            c if unsure(c) => return Err(()),
            _ => return Ok(None),
        }
    }
    Ok((!bytes.get(end).is_some_and(|&b| is_word(b))).then_some(end))
}

/// The hits of the pattern `hand` stands for in `text` (`lower` ASCII-lowercased), read at
/// `months`; false when undecided (nothing pushed then).
pub(super) fn month_dates(
    hand: Hand,
    text: &str,
    lower: &[u8],
    months: &[Month],
    hits: &mut Vec<DateHit>,
) -> bool {
    let n = hits.len();
    let decided = read_months(hand, text, lower, months, hits).is_ok();
    if !decided {
        hits.truncate(n);
    }
    decided
}

fn read_months(
    hand: Hand,
    text: &str,
    lower: &[u8],
    months: &[Month],
    hits: &mut Vec<DateHit>,
) -> Result<(), ()> {
    let bytes = text.as_bytes();
    // where the last match ended: the next one starts there or after
    let mut after = 0;
    for &(start, end, month) in months {
        if start < after {
            continue;
        }
        let hit = match hand {
            Hand::DayMonthYear => day_month_year(text, lower, (start, end, month), after)?,
            Hand::MonthYear => {
                if !opens_word(bytes, start) {
                    continue;
                }
                year_after(text, end)?.map(|y| DateHit {
                    start,
                    end: y,
                    value: iso(Some(&text[y - 4..y]), Some(u32::from(month)), None),
                })
            }
            Hand::MonthNext => {
                let w = space_after(text, end);
                if !opens_word(bytes, start) || w == end {
                    continue;
                }
                ["dernier", "prochain"].iter().find_map(|cue| {
                    let close = w + cue.len();
                    (lower.get(w..close) == Some(cue.as_bytes())
                        && !bytes.get(close).is_some_and(|&b| is_word(b)))
                    .then_some(DateHit {
                        start,
                        end: close,
                        value: None,
                    })
                })
            }
            Hand::PartMonth => word_before(lower, space_before(text, start), &PART_CUES, after)
                .map(|s| DateHit {
                    start: s,
                    end,
                    value: None,
                }),
            Hand::CueMonth => word_before(lower, space_before(text, start), &MONTH_CUES, after)
                .map(|_| DateHit {
                    start,
                    end,
                    value: None,
                }),
            Hand::EnMonthDayYear => months_en::month_day_year(text, (start, end, month), after)?,
            Hand::EnDayMonthYear => months_en::day_month_year(text, (start, end, month), after)?,
            Hand::EnMonthYear => months_en::month_year(text, (start, end, month))?,
            Hand::EnPartMonth => months_en::part_month(text, lower, (start, end, month), after),
            Hand::EnMonth => months_en::month(text, (start, end, month)),
        };
        if let Some(hit) = hit {
            after = hit.end;
            hits.push(hit);
        }
    }
    Ok(())
}

/// [`Hand::DayMonthYear`] at the month `(start, end, month)`: a day's number ("1er", or a
/// digit perhaps after one of 0-3) and white space before the month, perhaps a day's name and
/// white space before the number, perhaps white space and a year after the month. The match
/// starts at the day's name when it may (at or after `after`), else at the number.
fn day_month_year(
    text: &str,
    lower: &[u8],
    (start, end, month): Month,
    after: usize,
) -> Result<Option<DateHit>, ()> {
    let bytes = text.as_bytes();
    let w = space_before(text, start);
    if w == start || w == 0 {
        return Ok(None);
    }
    let (number, day) = if lower[..w].ends_with(b"1er") {
        // ("1ER" is no number to `push_hit`: its day is 0)
        (w - 3, u32::from(&bytes[w - 3..w] == b"1er"))
    } else {
        let last = bytes[w - 1];
        if !last.is_ascii_digit() {
            return if unsure(text[..w].chars().next_back()) {
                Err(())
            } else {
                Ok(None)
            };
        }
        match w.checked_sub(2).map(|i| bytes[i]) {
            Some(b @ b'0'..=b'3') => (w - 2, u32::from(b - b'0') * 10 + u32::from(last - b'0')),
            Some(b) if is_word(b) => return Ok(None),
            _ => (w - 1, u32::from(last - b'0')),
        }
    };
    let named = {
        let d = space_before(text, number);
        if d < number {
            word_before(lower, d, &FR_DAY_NAMES, after)
        } else {
            None
        }
    };
    let Some(from) = named.or((number >= after && opens_word(bytes, number)).then_some(number))
    else {
        return Ok(None);
    };
    let year = year_after(text, end)?;
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

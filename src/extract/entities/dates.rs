//! Date mentions (French and English) with ISO values when resolvable.

use std::sync::LazyLock;

use regex::Regex;

use self::months::Hand;
use self::names::{Names, Seen};
use super::text::fold;
use crate::extract::types::Lang;

const FR_MONTHS: &str = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
const FR_DAYS: &str = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
const EN_MONTHS: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
pub(super) const EN_DAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const EN_SEASONS: &str = "spring|summer|autumn|fall|winter";
const YEAR: &str = r"(?:19|20)\d{2}";

/// What the capture groups of a pattern mean.
#[derive(Clone, Copy)]
enum Shape {
    /// groups: day, month, year?
    DayMonthYear,
    /// groups: month, day, year?
    MonthDayYear,
    /// groups: month, year
    MonthYear,
    /// group 1 is the mention, no value
    Bare,
    /// group 1 is a year
    Year,
}

struct Pat {
    re: Regex,
    shape: Shape,
    need: Need,
    /// The reader of the pattern at the months' names ([`months::month_dates`]), if it has one.
    hand: Option<Hand>,
}

/// What a pattern cannot match without: a block that lacks it is not searched for the pattern
/// (most blocks name no month and no day, and the patterns cost a search each; most searches
/// of a block with a month's name found nothing: a date's number, its year or a word it
/// needs is asked first).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Need {
    /// A year's digits: "19" or "20" and two more ([`has_year`]).
    Year,
    /// A month's name (or, in English, a season's) followed by a word boundary.
    Month,
    /// A month's name and a year.
    MonthYear,
    /// A month's name and a digit ([`has_digit`]: the day's number).
    MonthDigit,
    /// A month's name and one of these words, ASCII-lowercased ("dernier", the "but" of
    /// "début"), whatever the case of their ASCII letters: none of their letters folds to a
    /// char other than its capital under `(?i)` (as "s" does to "ſ").
    MonthWord(&'static [&'static str]),
    /// A month's name written with its capital ([`Names::seen_lower`]: the English patterns
    /// ask for "March", never "march").
    CapMonth,
    /// [`Need::CapMonth`] and [`Need::MonthYear`].
    CapMonthYear,
    /// [`Need::CapMonth`] and [`Need::MonthDigit`].
    CapMonthDigit,
    /// A day's name followed by a word boundary.
    Day,
}

fn p(re: &str, shape: Shape, need: Need) -> Pat {
    Pat {
        re: Regex::new(re).expect("date regex"),
        shape,
        need,
        hand: None,
    }
}

impl Pat {
    /// The pattern, read by `hand` at the months' names.
    fn read_by(self, hand: Hand) -> Pat {
        Pat {
            hand: Some(hand),
            ..self
        }
    }
}

static FR_NAMES: LazyLock<Names> = LazyLock::new(|| Names::new(FR_MONTHS, FR_DAYS));
static EN_NAMES: LazyLock<Names> =
    LazyLock::new(|| Names::new(&format!("{EN_MONTHS}|{EN_SEASONS}"), EN_DAYS));

static FR: LazyLock<Vec<Pat>> = LazyLock::new(|| {
    vec![
        p(
            &format!(
                r"(?i)(?-u:\b)(?:(?:{FR_DAYS})\s+)?(1er|[0-3]?\d)\s+({FR_MONTHS})(?:\s+({YEAR}))?(?-u:\b)"
            ),
            Shape::DayMonthYear,
            Need::MonthDigit,
        )
        .read_by(Hand::DayMonthYear),
        p(
            &format!(r"(?i)(?-u:\b)({FR_MONTHS})\s+({YEAR})(?-u:\b)"),
            Shape::MonthYear,
            Need::MonthYear,
        )
        .read_by(Hand::MonthYear),
        p(
            &format!(r"(?i)(?-u:\b)((?:{FR_MONTHS})\s+(?:dernier|prochain))(?-u:\b)"),
            Shape::Bare,
            Need::MonthWord(&["dernier", "prochain"]),
        )
        .read_by(Hand::MonthNext),
        p(
            &format!(r"(?i)(?-u:\b)((?:début|fin|mi-)\s*(?:{FR_MONTHS}))(?-u:\b)"),
            Shape::Bare,
            Need::MonthWord(&["but", "fin", "mi-"]),
        )
        .read_by(Hand::PartMonth),
        p(
            &format!(
                r"(?i)(?-u:\b)(?:en|de|dès|depuis|d’|d'|jusqu’en|jusqu'en|avant|après|mois de)\s*({FR_MONTHS})(?-u:\b)"
            ),
            Shape::Bare,
            Need::Month,
        )
        .read_by(Hand::CueMonth),
        p(
            &format!(r"(?i)(?-u:\b)((?:{FR_DAYS})(?:\s+(?:soir|matin|dernier|prochain))?)(?-u:\b)"),
            Shape::Bare,
            Need::Day,
        ),
        p(
            &format!(
                r"(?i)(?:^|[\s’'(])(?:en|depuis|ici à|ici|avant|après|dès|jusqu’en|jusqu'en|entre|et|à|fin|début|de|au|ou|vers|an|année|printemps|été|automne|hiver|mi-|or|saison)\s+({YEAR})(?-u:\b)"
            ),
            Shape::Year,
            Need::Year,
        ),
    ]
});

static EN: LazyLock<Vec<Pat>> = LazyLock::new(|| {
    vec![
        p(
            &format!(
                r"(?-u:\b)(?:(?:{EN_DAYS}),?\s+)?({EN_MONTHS})\s+([0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+({YEAR}))?(?-u:\b)"
            ),
            Shape::MonthDayYear,
            Need::CapMonthDigit,
        )
        .read_by(Hand::EnMonthDayYear),
        p(
            &format!(
                r"(?-u:\b)([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?({EN_MONTHS})(?:,?\s+({YEAR}))?(?-u:\b)"
            ),
            Shape::DayMonthYear,
            Need::CapMonthDigit,
        )
        .read_by(Hand::EnDayMonthYear),
        p(
            &format!(r"(?-u:\b)({EN_MONTHS}),?\s+({YEAR})(?-u:\b)"),
            Shape::MonthYear,
            Need::CapMonthYear,
        )
        .read_by(Hand::EnMonthYear),
        p(
            &format!(
                r"(?-u:\b)((?i:early|mid|late|last|next|this)[\s-](?:{EN_MONTHS}|(?i:{EN_SEASONS})))(?-u:\b)"
            ),
            Shape::Bare,
            Need::Month,
        )
        .read_by(Hand::EnPartMonth),
        p(
            r"(?-u:\b)(January|February|March|April|June|July|August|September|October|November|December)(?-u:\b)",
            Shape::Bare,
            Need::CapMonth,
        )
        .read_by(Hand::EnMonth),
        p(
            &format!(r"(?-u:\b)({EN_DAYS})(?-u:\b)"),
            Shape::Bare,
            Need::Day,
        ),
        p(
            &format!(
                r"(?i)(?-u:\b)(?:in|since|by|until|from|to|and|of|before|after|early|late|mid|end|during|through|between|or|the|year|season)[\s-]+({YEAR})(?-u:\b)"
            ),
            Shape::Year,
            Need::Year,
        ),
    ]
});

fn month_num(m: &str) -> Option<u32> {
    let f = fold(m);
    let idx = match f.as_str() {
        "janvier" | "january" => 1,
        "fevrier" | "february" => 2,
        "mars" | "march" => 3,
        "avril" | "april" => 4,
        "mai" | "may" => 5,
        "juin" | "june" => 6,
        "juillet" | "july" => 7,
        "aout" | "august" => 8,
        "septembre" | "september" => 9,
        "octobre" | "october" => 10,
        "novembre" | "november" => 11,
        "decembre" | "december" => 12,
        _ => return None,
    };
    Some(idx)
}

/// A date mention in one block.
#[derive(Debug, Clone, PartialEq)]
pub struct DateHit {
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
}

fn iso(year: Option<&str>, month: Option<u32>, day: Option<u32>) -> Option<String> {
    let y = year?;
    match (month, day) {
        (Some(m), Some(d)) if (1..=31).contains(&d) => Some(format!("{y}-{m:02}-{d:02}")),
        (Some(m), _) => Some(format!("{y}-{m:02}")),
        _ => Some(y.to_string()),
    }
}

/// Finds date mentions, longest first, without overlaps.
#[cfg(test)]
pub fn find_dates(text: &str, lang: Lang) -> Vec<DateHit> {
    find_dates_in(text, text.to_ascii_lowercase().as_bytes(), lang)
}

/// [`find_dates`] given `lower`, `text` ASCII-lowercased (shared with the gazetteer search).
pub fn find_dates_in(text: &str, lower: &[u8], lang: Lang) -> Vec<DateHit> {
    find_dates_by(text, lower, lang, true)
}

/// [`find_dates_in`], the day patterns read by hand at the days' names and the month patterns
/// at the months' names when `by_hand` (else searched over the whole block: the
/// tests' reference).
fn find_dates_by(text: &str, lower: &[u8], lang: Lang, by_hand: bool) -> Vec<DateHit> {
    let (pats, names) = match lang {
        Lang::Fr => (&*FR, &*FR_NAMES),
        Lang::En => (&*EN, &*EN_NAMES),
    };
    let year = has_year(lower);
    let seen = names.seen_lower(text.as_bytes(), lower, lang == Lang::En);
    if !(year || seen.month || seen.day) {
        return Vec::new();
    }
    // (asked only of a block with a month's name; a year is a digit)
    let digit = std::cell::OnceCell::new();
    let digit = || year || *digit.get_or_init(|| has_digit(lower));
    let word = |words: &[&str]| {
        words
            .iter()
            .any(|w| memchr::memmem::find(lower, w.as_bytes()).is_some())
    };
    let read = (by_hand && !folds_to_ascii(lower)).then_some((&seen, lower));
    let has = |need| match need {
        Need::Year => year,
        Need::Month => seen.month,
        Need::MonthYear => seen.month && year,
        Need::MonthDigit => seen.month && digit(),
        Need::MonthWord(words) => seen.month && word(words),
        Need::CapMonth => seen.cap_month,
        Need::CapMonthYear => seen.cap_month && year,
        Need::CapMonthDigit => seen.cap_month && digit(),
        Need::Day => seen.day,
    };
    find_with_years(text, lang, pats, has, true, read)
}

/// Whether `bytes` holds a char that `(?i)` takes for an ASCII letter ("ſ" for "s", the
/// Kelvin sign for "k"): [`Names`] does not see a name written with one (the day and month
/// patterns are searched over the whole block then).
fn folds_to_ascii(bytes: &[u8]) -> bool {
    // (the finders built once: building one for each block cost more than its search)
    static LONG_S: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("ſ".as_bytes()));
    static KELVIN: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("\u{212A}".as_bytes()));
    LONG_S.find(bytes).is_some() || KELVIN.find(bytes).is_some()
}

/// What the day pattern of `lang` matches, read at the days' names `days` ((start, end) in
/// `text`, in order, each before a word boundary: what [`Names`] saw) instead of searched: a
/// day's name after a word boundary, in English with its capital ("Monday"), in French any
/// case and perhaps followed by white space and "soir", "matin", "dernier" or "prochain"
/// before a word boundary. A day pattern's search over each block with a day's name cost a
/// lazy DFA's run and its capture groups.
fn day_dates(text: &str, lang: Lang, days: &[(usize, usize)], hits: &mut Vec<DateHit>) {
    let bytes = text.as_bytes();
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let mut after = 0;
    for &(start, end) in days {
        if start < after || start.checked_sub(1).is_some_and(|i| word(&bytes[i])) {
            continue;
        }
        let mut stop = end;
        match lang {
            Lang::En => {
                let name = &bytes[start..end];
                if !name[0].is_ascii_uppercase() || name[1..].iter().any(u8::is_ascii_uppercase) {
                    continue;
                }
            }
            Lang::Fr => {
                let rest = &text[end..];
                let tail = rest.trim_start_matches(char::is_whitespace);
                if tail.len() < rest.len() {
                    let at = end + rest.len() - tail.len();
                    for cue in ["soir", "matin", "dernier", "prochain"] {
                        let close = at + cue.len();
                        if bytes
                            .get(at..close)
                            .is_some_and(|w| w.eq_ignore_ascii_case(cue.as_bytes()))
                            && !bytes.get(close).is_some_and(word)
                        {
                            stop = close;
                            break;
                        }
                    }
                }
            }
        }
        after = stop;
        hits.push(DateHit {
            start,
            end: stop,
            value: None,
        });
    }
}

/// Whether `bytes` may hold a digit of `\d` (any script's): an ASCII digit, or a byte opening
/// a char of a block of Unicode that has such digits (from U+0660: Arabic-Indic, Indic, Thai,
/// Myanmar, …, Vai to Meetei Mayek, fullwidth, and beyond U+FFFF); not the accented letters
/// (U+00C0-U+05FF) nor the punctuation and CJK blocks (U+2000-U+9FFF), which have none.
fn has_digit(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .any(|&b| b.is_ascii_digit() || matches!(b, 0xD9..=0xE1 | 0xEA | 0xEF | 0xF0..=0xF4))
}

/// Whether `bytes` may hold a [`YEAR`]: "19" or "20" and two bytes that may be digits (ASCII
/// ones, or any byte of a non-ASCII char: `\d` takes every script's digits). Most blocks with
/// a number name no year, and each year pattern costs a scan of the block.
fn has_year(bytes: &[u8]) -> bool {
    let digit = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_digit() || !b.is_ascii());
    memchr::memchr2_iter(b'1', b'2', bytes).any(|i| {
        let second = if bytes[i] == b'1' { b'9' } else { b'0' };
        bytes.get(i + 1) == Some(&second) && digit(bytes.get(i + 2)) && digit(bytes.get(i + 3))
    })
}

/// The dates of the patterns whose need `has` grants; the year patterns searched around each
/// year only when `windows`; the day pattern read at the days' names ([`day_dates`]) and the
/// patterns with a reader at the months' names ([`months::month_dates`]) when `read` gives
/// what [`Names`] saw and the text ASCII-lowercased (else searched over the whole block, as
/// the other patterns are: the tests' reference).
fn find_with_years(
    text: &str,
    lang: Lang,
    pats: &[Pat],
    has: impl Fn(Need) -> bool,
    windows: bool,
    read: Option<(&Seen, &[u8])>,
) -> Vec<DateHit> {
    let mut hits: Vec<DateHit> = Vec::new();
    for pat in pats {
        if let Some((seen, lower)) = read {
            // (a reader finds nothing where the need is not met: it is not asked)
            if let Some(hand) = pat.hand
                && months::month_dates(hand, text, lower, &seen.months, &mut hits)
            {
                continue;
            }
            if pat.need == Need::Day {
                day_dates(text, lang, &seen.days, &mut hits);
                continue;
            }
        }
        if !has(pat.need) {
            continue;
        }
        if windows
            && matches!(pat.shape, Shape::Year)
            && let Some(starts) = year_windows(text, lang)
        {
            if lang == Lang::En
                && let Some((_, lower)) = read
            {
                years_en::year_dates(text, lower, &starts, &mut hits);
                continue;
            }
            // (a search of the whole block resumes where its last match ended)
            let mut after = 0;
            for (start, end) in starts {
                if let Some(c) = pat.re.captures_at(&text[..end], start.max(after)) {
                    after = c.get(0).expect("match").end();
                    push_hit(text, lang, pat.shape, &c, &mut hits);
                }
            }
            continue;
        }
        for c in pat.re.captures_iter(text) {
            push_hit(text, lang, pat.shape, &c, &mut hits);
        }
    }
    hits.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
    });
    let mut out: Vec<DateHit> = Vec::new();
    for h in hits {
        if out.iter().any(|o| h.start < o.end && o.start < h.end) {
            continue;
        }
        out.push(h);
    }
    out.sort_by_key(|h| h.start);
    out
}

/// Where the year patterns can match in `text`, as (where a search may start, where it must
/// end), in order; or None when a year's digits are not all ASCII (the whole block is searched
/// then). A year pattern's match ends with its year, the year follows a run of white space (or
/// hyphens, in English), and before the run stand a word of its list and, in French, the char
/// that opens the match: at most [`YEAR_CUE_BYTES`] bytes. A search over that window alone
/// (its end cut at the year, whose word boundary is checked here) finds what a search of the
/// whole block finds there: a year pattern costs a scan of each block with a year otherwise.
fn year_windows(text: &str, lang: Lang) -> Option<Vec<(usize, usize)>> {
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut out = Vec::new();
    for i in memchr::memchr2_iter(b'1', b'2', bytes) {
        let second = if bytes[i] == b'1' { b'9' } else { b'0' };
        if bytes.get(i + 1) != Some(&second) {
            continue;
        }
        let (c, d) = (bytes.get(i + 2), bytes.get(i + 3));
        if c.is_some_and(|&b| !b.is_ascii()) || d.is_some_and(|&b| !b.is_ascii()) {
            return None;
        }
        if !(c.is_some_and(u8::is_ascii_digit) && d.is_some_and(u8::is_ascii_digit)) {
            continue;
        }
        let end = i + 4;
        if bytes.get(end).is_some_and(|&b| word(b)) {
            continue;
        }
        let run = text[..i]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_whitespace() || lang == Lang::En && c == '-')
            .last();
        let Some((run, _)) = run else { continue };
        let mut start = run.saturating_sub(YEAR_CUE_BYTES);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        out.push((start, end));
    }
    Some(out)
}

/// The most bytes a year pattern's word and opening char take: "jusqu’en" and a char of
/// white space, each "s" of a word perhaps a "ſ" (`(?i)` takes it), with room to spare.
const YEAR_CUE_BYTES: usize = 32;

/// The date of the match `c` of a pattern of `shape`, unless it is refused.
fn push_hit(text: &str, lang: Lang, shape: Shape, c: &regex::Captures, hits: &mut Vec<DateHit>) {
    let whole = c.get(0).expect("match");
    let g = |i: usize| c.get(i).map(|m| m.as_str());
    let (start, end, value) = match shape {
        Shape::DayMonthYear => {
            let d = g(1).map(|d| {
                if d == "1er" {
                    1
                } else {
                    d.parse().unwrap_or(0)
                }
            });
            (
                whole.start(),
                whole.end(),
                iso(g(3), g(2).and_then(month_num), d),
            )
        }
        Shape::MonthDayYear => {
            let d = g(2).and_then(|d| d.parse().ok());
            (
                whole.start(),
                whole.end(),
                iso(g(3), g(1).and_then(month_num), d),
            )
        }
        Shape::MonthYear => (
            whole.start(),
            whole.end(),
            iso(g(2), g(1).and_then(month_num), None),
        ),
        Shape::Bare => {
            let m = c.get(1).expect("group");
            (m.start(), m.end(), None)
        }
        Shape::Year => {
            let m = c.get(1).expect("group");
            if super::year_tails::number_tail(&text[m.end()..]) {
                return;
            }
            (m.start(), m.end(), Some(m.as_str().to_string()))
        }
    };
    // "May" alone is too ambiguous in English.
    if lang == Lang::En && &text[start..end] == "May" {
        return;
    }
    hits.push(DateHit { start, end, value });
}

#[path = "dates_months.rs"]
mod months;

#[path = "dates_names.rs"]
mod names;

#[path = "dates_months_en.rs"]
mod months_en;

#[path = "dates_years_en.rs"]
mod years_en;

/// Every paragraph of the entity fixtures: the real text the date tests compare the hand
/// readers and the patterns on.
#[cfg(test)]
fn fixture_paragraphs() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/entities");
    std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .flat_map(|t| t.split("\n\n").map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// Each month pattern of `lang` with a hand reader: its hits read at the months' names, and
/// its hits searched (None when the reader is undecided or the block holds a char that folds
/// to an ASCII letter): what the month readers' tests compare.
#[cfg(test)]
fn months_read_and_searched(
    text: &str,
    lang: Lang,
) -> Vec<(months::Hand, Option<Vec<DateHit>>, Vec<DateHit>)> {
    let (names, pats) = if lang == Lang::En {
        (&*EN_NAMES, &*EN)
    } else {
        (&*FR_NAMES, &*FR)
    };
    let lower = text.to_ascii_lowercase();
    let seen = names.seen_lower(text.as_bytes(), lower.as_bytes(), lang == Lang::En);
    pats.iter()
        .filter_map(|pat| {
            let hand = pat.hand?;
            let mut read = Vec::new();
            let decided = !folds_to_ascii(lower.as_bytes())
                && months::month_dates(hand, text, lower.as_bytes(), &seen.months, &mut read);
            let mut searched = Vec::new();
            for c in pat.re.captures_iter(text) {
                push_hit(text, lang, pat.shape, &c, &mut searched);
            }
            Some((hand, decided.then_some(read), searched))
        })
        .collect()
}

/// What the month reader `hand` of `lang` reads in `text`: (the date's text, its value) for
/// each hit, or None when the reader is undecided.
#[cfg(test)]
fn months_read_by(
    text: &str,
    lang: Lang,
    hand: months::Hand,
) -> Option<Vec<(&str, Option<String>)>> {
    let names = if lang == Lang::En {
        &*EN_NAMES
    } else {
        &*FR_NAMES
    };
    let lower = text.to_ascii_lowercase();
    let seen = names.seen_lower(text.as_bytes(), lower.as_bytes(), lang == Lang::En);
    let mut hits = Vec::new();
    months::month_dates(hand, text, lower.as_bytes(), &seen.months, &mut hits).then(|| {
        hits.into_iter()
            .map(|h| (&text[h.start..h.end], h.value))
            .collect()
    })
}

/// Every paragraph of the fixtures and `extra`, each month pattern of `lang` read by hand
/// against its search; and enough of them are decided and found.
#[cfg(test)]
fn assert_months_read_in_fixtures(lang: Lang, extra: &[&str]) {
    let mut texts = fixture_paragraphs();
    texts.extend(extra.iter().map(|t| t.to_string()));
    let (mut decided, mut found) = (0, 0);
    for text in &texts {
        for (hand, read, searched) in months_read_and_searched(text, lang) {
            if let Some(read) = read {
                decided += 1;
                found += read.len();
                assert_eq!(read, searched, "{hand:?}: {text}");
            }
        }
    }
    assert!(
        decided > 1000 && found > 50,
        "{decided} decided, {found} found"
    );
}

/// Up to `max` of `parts` joined by nothing, a space or a no-break space: the blocks the
/// hand readers' proptests generate.
#[cfg(test)]
fn joined_parts(
    parts: &'static [&'static str],
    max: usize,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop::collection::vec((prop::sample::select(parts), 0u8..3), 0..max).prop_map(|parts| {
        let mut out = String::new();
        for (part, gap) in parts {
            out.push_str(part);
            out.push_str(["", " ", "\u{a0}"][usize::from(gap)]);
        }
        out
    })
}

#[cfg(test)]
#[path = "dates_days_tests.rs"]
mod days_tests;

#[cfg(test)]
#[path = "dates_months_tests.rs"]
mod months_tests;

#[cfg(test)]
#[path = "dates_months_en_tests.rs"]
mod months_en_tests;

#[cfg(test)]
#[path = "dates_years_en_tests.rs"]
mod years_en_tests;

#[cfg(test)]
#[path = "dates_names_tests.rs"]
mod names_tests;

#[cfg(test)]
mod tests {
    use super::*;

    /// A year is "19" or "20" and two digits (any script's digits: `\d` is Unicode).
    #[test]
    fn a_year_needs_19_or_20_and_two_digits() {
        for (text, year) in [
            ("en 2019", true),
            ("1987.", true),
            ("12 000 personnes, 201 sièges", false),
            ("le 19 mars, 20 h", false),
            ("page 19", false),
            ("20٢٤", true),
            ("", false),
        ] {
            assert_eq!(has_year(text.as_bytes()), year, "{text:?}");
        }
    }

    /// Every char `\d` takes opens with a byte [`has_digit`] answers for, and the accented
    /// letters and punctuation of French and English text do not.
    #[test]
    fn a_digit_of_any_script_is_seen() {
        let digit = Regex::new(r"^\d$").expect("regex");
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s: &str = c.encode_utf8(&mut buf);
            if digit.is_match(s) {
                assert!(has_digit(s.as_bytes()), "{c:?} U+{:04X}", u32::from(c));
            }
        }
        for text in ["éèàçœÉ’«»—…\u{a0}\u{202f}", "mars, Février, AOÛT", ""] {
            assert!(!has_digit(text.as_bytes()), "{text}");
        }
        assert!(has_digit("le ٣ mars".as_bytes()));
    }

    /// Skipping the patterns whose month, day or digit a block lacks, and searching the year
    /// patterns around each year only, never changes what is found: every paragraph of the
    /// fixtures, in both languages' rules, and capitals and accents the names come in.
    #[test]
    fn skipping_patterns_finds_the_same_dates() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/entities");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .expect("fixtures")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| std::fs::read_to_string(p).expect("fixture"))
            .collect();
        texts.push(
            "FÉVRIER 2025, AOÛT, Août 2024, le 1er DÉCEMBRE, Mardi soir, MARDI, mais, \
             maintenant, early SPRING, late fall, March 3, 2025, Tuesday, en 2025."
                .to_string(),
        );
        // a month's name with no number, year, capital or word its patterns need, and with them
        for t in [
            "We march on; they may fall in spring. MARCH 3. The May 3 rally, March, 3rd of June.",
            "fin mars, mi-avril, DÉBUT JUIN, Début juillet, mars dernier, AVRIL PROCHAIN, en mai.",
            "le ١٢ mars, le １２ avril, 3 mai, mai 2024, Mai, le 1er juin, juin.",
            "en  2019, en\u{a0}2020, jusqu’en 2021, (en 2022), de 2019-2020, 2019 et 2020, en 20199",
            "en 2019x, ici à 2030, PRINTEMPS 2024, printempſ 2025, saiſon 2026, en 2020 2021 personnes",
            "the 2019-2020 season, mid-2020, since\u{2003}2019, in 2021 2022, BY 2023; to - 2024",
            "en ٢٠١٩ et en 2019, depuis 20٢٤, in 2019_, from 1999\n2000, 1990s, in 2000 euros",
            "de 1900 à 2099 : en\t1950, avant   1960",
            "mars",
            "March",
            "march 2024",
        ] {
            texts.push(t.to_string());
        }
        let mut found = 0;
        for text in &texts {
            for block in text.split("\n\n") {
                for (lang, pats) in [(Lang::Fr, &*FR), (Lang::En, &*EN)] {
                    let all = find_with_years(block, lang, pats, |_| true, false, None);
                    found += all.len();
                    assert_eq!(find_dates(block, lang), all, "{lang:?}: {block}");
                }
            }
        }
        assert!(found > 100, "only {found} dates in the fixtures");
    }

    type Case<'a> = (&'a str, Lang, &'a [(&'a str, Option<&'a str>)]);

    #[test]
    fn dates_table() {
        let cases: &[Case] = &[
            (
                "le 27 novembre 2025, de",
                Lang::Fr,
                &[("27 novembre 2025", Some("2025-11-27"))],
            ),
            ("le 1er mai", Lang::Fr, &[("1er mai", None)]),
            (
                "en septembre dernier",
                Lang::Fr,
                &[("septembre dernier", None)],
            ),
            (
                "jusqu’à septembre 2025",
                Lang::Fr,
                &[("septembre 2025", Some("2025-09"))],
            ),
            (
                "entre 2022 et 2025",
                Lang::Fr,
                &[("2022", Some("2022")), ("2025", Some("2025"))],
            ),
            ("en 2025 il", Lang::Fr, &[("2025", Some("2025"))]),
            ("de 2000 euros", Lang::Fr, &[]),
            ("mardi à Bruxelles", Lang::Fr, &[("mardi", None)]),
            (
                "on March 3, 2025.",
                Lang::En,
                &[("March 3, 2025", Some("2025-03-03"))],
            ),
            ("in early March", Lang::En, &[("early March", None)]),
            ("said on Tuesday", Lang::En, &[("Tuesday", None)]),
            (
                "since October 2022",
                Lang::En,
                &[("October 2022", Some("2022-10"))],
            ),
            ("you may go", Lang::En, &[]),
            (
                "in 2023 and 2024",
                Lang::En,
                &[("2023", Some("2023")), ("2024", Some("2024"))],
            ),
            (
                "3 March 2025",
                Lang::En,
                &[("3 March 2025", Some("2025-03-03"))],
            ),
        ];
        for (text, lang, want) in cases {
            let got: Vec<(&str, Option<String>)> = find_dates(text, *lang)
                .into_iter()
                .map(|h| (&text[h.start..h.end], h.value))
                .collect();
            let want: Vec<(&str, Option<String>)> = want
                .iter()
                .map(|(a, b)| (*a, b.map(|s| s.to_string())))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}

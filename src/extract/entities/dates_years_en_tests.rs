//! The English year pattern read by hand at the years ([`years_en::year_dates`]) finds what
//! its search over each year's window finds.

use proptest::prelude::*;

use super::*;

/// Years, words of the pattern and marks, and near misses: words in capitals or glued to a
/// longer word, years cut short or run on or of another script, runs of white space and
/// hyphens, a number's tail after the year, chars `(?i)` folds onto a letter.
const PARTS: &[&str] = &[
    "2024",
    "1999",
    "2030",
    "1900",
    "20245",
    "202",
    "19",
    "2024x",
    "20٢4",
    "2019-2020",
    "in",
    "IN",
    "In",
    "since",
    "by",
    "until",
    "from",
    "to",
    "and",
    "of",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "end",
    "during",
    "through",
    "between",
    "or",
    "the",
    "THE",
    "year",
    "season",
    "Season",
    "within",
    "tin",
    "ends",
    "legend",
    "torn",
    "thee",
    "-",
    "--",
    ",",
    ".",
    "’",
    "(",
    "\n",
    "\t",
    "\u{a0}",
    "\u{2003}",
    "  ",
    "_",
    "é",
    "x",
    "ſince",
    "ſeaſon",
    "\u{212A}",
    "people",
    "euros",
    "%",
    "km",
    "million",
    "March",
    "3",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6000))]

    /// Any block of those parts: every English date, the years read by hand or searched.
    #[test]
    fn english_years_read_by_hand_are_the_years_searched(text in joined_parts(PARTS, 14)) {
        let lower = text.to_ascii_lowercase();
        prop_assert_eq!(
            find_dates_by(&text, lower.as_bytes(), Lang::En, true),
            find_dates_by(&text, lower.as_bytes(), Lang::En, false)
        );
    }
}

/// Every paragraph of the fixtures and a few shapes spelt out, read against searched; and
/// enough years are found.
#[test]
fn english_years_read_by_hand_in_the_fixtures() {
    let mut texts = fixture_paragraphs();
    for t in [
        "Built in 1998, closed since\u{a0}2011 and sold by the end of 2024 -- in 2030 euros.",
        "From 2019-2020 to 2021, DURING 2022, mid-2023, the 2024 season, ſince 2025.",
        "within 2020, legend 2021, in 20245 and in 2024x, in 20٢4",
    ] {
        texts.push(t.to_string());
    }
    let mut years = 0;
    for text in &texts {
        let lower = text.to_ascii_lowercase();
        let read = find_dates_by(text, lower.as_bytes(), Lang::En, true);
        assert_eq!(
            read,
            find_dates_by(text, lower.as_bytes(), Lang::En, false),
            "{text}"
        );
        years += read
            .iter()
            .filter(|h| h.end - h.start == 4 && h.value.is_some())
            .count();
    }
    assert!(years > 50, "only {years} years");
}

/// What the reader finds in one sentence (a word glued to a longer one opens no year; a
/// number's tail refuses the year but the match still ends there).
#[test]
fn english_years_read_by_hand_spelt_out() {
    let text = "Opened IN 2031, within 2032, from--2033 and in 2034 euros, not in 20355.";
    let lower = text.to_ascii_lowercase();
    let windows = year_windows(text, Lang::En).expect("ASCII years");
    let mut hits = Vec::new();
    years_en::year_dates(text, lower.as_bytes(), &windows, &mut hits);
    let got: Vec<(&str, Option<&str>)> = hits
        .iter()
        .map(|h| (&text[h.start..h.end], h.value.as_deref()))
        .collect();
    assert_eq!(
        got,
        [("2031", Some("2031")), ("2033", Some("2033"))],
        "{text}"
    );
}

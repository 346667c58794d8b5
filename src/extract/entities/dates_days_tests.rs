//! The day patterns read by hand at the days' names ([`day_dates`]) find what their search
//! over the whole block finds.

use proptest::prelude::*;
use regex::Regex;

use super::*;

/// Names, cues, numbers and marks dates are made of, and near misses: names in capitals or
/// run together, cues cut short or run on, white space of several kinds, chars `(?i)` folds
/// onto a letter.
const PARTS: &[&str] = &[
    "lundi",
    "Mardi",
    "MERCREDI",
    "jEuDi",
    "vendredi",
    "samedi",
    "dimanche",
    "samedimanche",
    "xlundi",
    "lundis",
    "lundi_",
    "lundi2",
    "Monday",
    "MONDAY",
    "monday",
    "Tuesday",
    "Wednesday",
    "Thursdays",
    "Friday’s",
    "Saturday",
    "SundayMonday",
    "Sunday",
    "soir",
    "SOIR",
    "soirs",
    "soirée",
    "matin",
    "Matin",
    "matinée",
    "dernier",
    "DERNIER",
    "derniers",
    "prochain",
    "prochaine",
    "soi",
    "mars",
    "janvier",
    "March",
    "May",
    "3",
    "1er",
    "2024",
    "le",
    "et",
    "-",
    ",",
    ".",
    "’",
    "'",
    "\n",
    "\t",
    "\u{a0}",
    "\u{2003}",
    "\u{202f}",
    "\u{85}",
    "  ",
    "_",
    "é",
    "x",
    "ſoir",
    "ſamedi",
    "\u{212A}",
    "mardiſ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Any block of those parts, in both languages' rules.
    #[test]
    fn days_read_by_hand_are_the_days_searched(text in joined_parts(PARTS, 16)) {
        let lower = text.to_ascii_lowercase();
        for lang in [Lang::Fr, Lang::En] {
            prop_assert_eq!(
                find_dates_by(&text, lower.as_bytes(), lang, true),
                find_dates_by(&text, lower.as_bytes(), lang, false),
                "{:?}", lang
            );
        }
    }
}

/// A few shapes spelt out, each against the search of the whole block ("matinée", "ſamedi":
/// the word boundaries are ASCII's, and neither "é" nor "ſ" is an ASCII word char).
#[test]
fn days_read_by_hand_in_both_languages() {
    for (text, lang, want) in [
        (
            "Rendez-vous mardi soir à la mairie.",
            Lang::Fr,
            &["mardi soir"][..],
        ),
        (
            "JEUDI\u{a0}PROCHAIN, puis vendredi matinée",
            Lang::Fr,
            &["JEUDI\u{a0}PROCHAIN", "vendredi matin"],
        ),
        (
            "le samedimanche et lundi\n\tdernier",
            Lang::Fr,
            &["lundi\n\tdernier"],
        ),
        ("ſamedi ſoir, samedi ſoir", Lang::Fr, &["samedi ſoir"]),
        (
            "On Friday, not FRIDAY nor fridays; SundayMonday",
            Lang::En,
            &["Friday"],
        ),
        ("Wednesday’s vote", Lang::En, &["Wednesday"]),
    ] {
        let lower = text.to_ascii_lowercase();
        let got = find_dates_by(text, lower.as_bytes(), lang, true);
        assert_eq!(
            got,
            find_dates_by(text, lower.as_bytes(), lang, false),
            "{text}"
        );
        let got: Vec<&str> = got.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(got, want, "{text}");
    }
}

/// `\s` is `char::is_whitespace` (both Unicode's White_Space), and only "ſ" and the Kelvin
/// sign are taken by `(?i)` for an ASCII letter ([`folds_to_ascii`] looks for them).
#[test]
fn white_space_and_case_folding_are_the_regexes() {
    let space = Regex::new(r"^\s$").expect("regex");
    let letter = Regex::new(r"(?i)^[a-z]$").expect("regex");
    let mut buf = [0u8; 4];
    let mut folding = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let s: &str = c.encode_utf8(&mut buf);
        assert_eq!(space.is_match(s), c.is_whitespace(), "{c:?}");
        if !c.is_ascii() && letter.is_match(s) {
            folding.push(c);
            assert!(folds_to_ascii(s.as_bytes()), "{c:?}");
        }
    }
    assert_eq!(folding, ['ſ', '\u{212A}']);
}

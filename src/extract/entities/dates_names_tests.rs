//! The month and day names found at the words' ends ([`Names`]) against an overlapping
//! Aho-Corasick search of the names, ASCII case aside, whose matches before a word boundary
//! are kept: the search the names were found by before.

use aho_corasick::AhoCorasick;
use proptest::prelude::*;

use super::names::Names;
use super::{EN_NAMES, FR_NAMES, fixture_paragraphs, joined_parts};

/// What the reference search sees in `text`: the months' (start, end, pattern) and the days'
/// (start, end), each in order.
type Found = (Vec<(usize, usize, usize)>, Vec<(usize, usize)>);

fn reference(names: &Names, text: &str) -> Found {
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&names.patterns)
        .expect("names");
    let bytes = text.as_bytes();
    let (mut months, mut days) = (Vec::new(), Vec::new());
    for m in ac.find_overlapping_iter(text) {
        if bytes
            .get(m.end())
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
        {
            continue;
        }
        let p = m.pattern().as_usize();
        if p < names.months {
            months.push((m.start(), m.end(), p));
        } else {
            days.push((m.start(), m.end()));
        }
    }
    months.sort();
    days.sort();
    (months, days)
}

/// What [`Names::seen_lower`] sees in `text`, in the reference's terms (a month's pattern
/// told by its text), and whether a month's name opens with an ASCII capital.
fn seen(names: &Names, text: &str) -> (Found, bool) {
    let lower = text.to_ascii_lowercase();
    let seen = names.seen_lower(text.as_bytes(), lower.as_bytes(), true);
    let months = seen
        .months
        .iter()
        .map(|&(start, end, _)| {
            let p = names
                .patterns
                .iter()
                .position(|p| p.as_bytes() == &lower.as_bytes()[start..end])
                .expect("a pattern");
            (start, end, p)
        })
        .collect::<Vec<_>>();
    assert_eq!(seen.month, !months.is_empty(), "{text}");
    assert_eq!(seen.day, !seen.days.is_empty(), "{text}");
    ((months, seen.days), seen.cap_month)
}

fn assert_same(names: &Names, text: &str) -> usize {
    let ((months, days), cap) = seen(names, text);
    let want = reference(names, text);
    assert_eq!((&months, &days), (&want.0, &want.1), "{text:?}");
    let want_cap = months
        .iter()
        .any(|&(start, _, _)| text.as_bytes()[start].is_ascii_uppercase());
    assert_eq!(cap, want_cap, "{text:?}");
    months.len() + days.len()
}

/// No name ends another: one name at most ends at a word's end.
#[test]
fn no_name_ends_another() {
    for names in [&*FR_NAMES, &*EN_NAMES] {
        for a in &names.patterns {
            for b in &names.patterns {
                assert!(a == b || !b.ends_with(a.as_str()), "{a} ends {b}");
            }
        }
    }
}

/// Every paragraph of the fixtures, and names run together ("samedimanche"), in capitals,
/// accented, cut by a letter, a digit or an underscore, at a block's start and end, glued to
/// the word before ("enmars"), and after a cue's mark ("mi-mars", "d’avril").
#[test]
fn names_are_found_where_the_search_found_them() {
    let mut texts = fixture_paragraphs();
    for t in [
        "samedimanche",
        "le samedimanche.",
        "marsamedi 3",
        "MARDIMANCHE",
        "juinovembre",
        "avrilundi",
        "DÉCEMBRE",
        "dÉcembre_",
        "DéCEMBRE 2024, FÉVRIER, fÉvrier, AOÛT, aoÛt, Août, août3, aoûts",
        "mais",
        "Mai",
        "mai",
        "ma",
        "wednesdays",
        "SUNDAY",
        "summer2",
        "aoûtmai",
        "enmars, débutmars, finavril, jusqu’enjuin, Hémars, démars, x_mars, 3mars",
        "début mars, mi-mars, fin-avril, d’avril, d'avril, en mai, l'été, Monday, mid-May",
        "the marchers march in March; they may fall in the fall of May, a mayday",
        "x",
        "",
    ] {
        texts.push(t.to_string());
    }
    // (a name across the 64 bytes a step the ends are found in)
    for pad in 55..70 {
        texts.push(format!("{} mars dimanche", "a".repeat(pad)));
        texts.push(format!("{}é novembre", "b ".repeat(pad / 2)));
    }
    let mut found = 0;
    for names in [&*FR_NAMES, &*EN_NAMES] {
        for text in &texts {
            found += assert_same(names, text);
        }
    }
    assert!(found > 500, "{found}");
}

const PARTS: &[&str] = &[
    "mars",
    "Mars",
    "MARS",
    "mai",
    "MAI",
    "may",
    "May",
    "août",
    "AOÛT",
    "aoÛt",
    "décembre",
    "DÉCEMBRE",
    "février",
    "lundi",
    "Samedi",
    "dimanche",
    "Monday",
    "sunday",
    "fall",
    "spring",
    "en",
    "de",
    "d’",
    "d'",
    "mi-",
    "é",
    "x",
    "3",
    "_",
    ".",
    "-",
    "ſ",
    "summer",
    "autumn",
    "septembre",
    "September",
    "winter",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Names, their pieces and the marks and letters around them, run together or spaced.
    #[test]
    fn joined_names_are_found_where_the_search_found_them(text in joined_parts(PARTS, 40)) {
        for names in [&*FR_NAMES, &*EN_NAMES] {
            assert_same(names, &text);
        }
    }
}

//! The English month patterns read by hand at the months' names ([`months::month_dates`],
//! [`months_en`]) find what their search over the whole block finds, pattern by pattern.

use proptest::prelude::*;

use super::*;

/// Names, numbers, ordinals, years, cues and marks the English month dates are made of, and
/// near misses: names in capitals, in lower case or run together, numbers too long or of
/// another script, ordinals cut short, years cut short or run on, cues in any case or glued
/// to the name, white space of several kinds, chars `(?i)` folds onto a letter.
const PARTS: &[&str] = &[
    "January",
    "February",
    "March",
    "MARCH",
    "march",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "December",
    "Marchx",
    "xMarch",
    "June_",
    "Mayday",
    "spring",
    "Summer",
    "FALL",
    "autumn",
    "winters",
    "Monday",
    "Tuesday",
    "SUNDAY",
    "xFriday",
    "1",
    "3",
    "03",
    "12",
    "31",
    "39",
    "45",
    "123",
    "0",
    "x3",
    "st",
    "nd",
    "rd",
    "th",
    "3rd",
    "21st",
    "4th",
    "ST",
    "2024",
    "1999",
    "2030",
    "20245",
    "202",
    "19",
    "2024x",
    "20٢4",
    "٣",
    "1٢",
    "３",
    "of",
    "OF",
    "roof",
    "the",
    "early",
    "Early",
    "MID",
    "mid",
    "late",
    "last",
    "Next",
    "this",
    "yearly",
    "midst",
    "-",
    ",",
    ".",
    "’",
    "(",
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
    "ſ",
    "laſt",
    "\u{212A}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6000))]

    /// Any block of those parts.
    #[test]
    fn english_months_read_by_hand_are_the_months_searched(text in joined_parts(PARTS, 14)) {
        for (hand, read, searched) in months_read_and_searched(&text, Lang::En) {
            if let Some(read) = read {
                prop_assert_eq!(read, searched, "{:?}", hand);
            }
        }
    }
}

/// Every paragraph of the fixtures and a few shapes spelt out, each pattern against its
/// search; and enough of them are decided and found.
#[test]
fn english_months_read_by_hand_in_the_fixtures() {
    assert_months_read_in_fixtures(
        Lang::En,
        &[
            "The hearing opens on Thursday, October 9, 2031, and closes by the 21st of November.",
            "Talks stalled in early June and resumed mid-July; by late autumn, last SPRING too.",
            "Filed in February 2028, heard 14 March, 2029, and again on 3rd April.",
            "March 45, March 3rdx, x3 June, 123 July, March 3, 20245, April, 2030x",
            "March ٣, 1٢ June, June 20٢4, March 3٣, laſt June",
        ],
    );
}

/// What each reader finds in one sentence (a day's name opens the date it stands before; a
/// number or cue glued to a word, or a name in capitals, opens none).
#[test]
fn english_months_read_by_hand_spelt_out() {
    for (text, hand, want) in [
        (
            "Due on Friday, April 4th, 2031, not on MARCH 5 nor on June 45.",
            Hand::EnMonthDayYear,
            &[("Friday, April 4th, 2031", Some("2031-04-04"))][..],
        ),
        (
            "From July 9\u{a0}1998 to August 12th 20245",
            Hand::EnMonthDayYear,
            &[
                ("July 9\u{a0}1998", Some("1998-07-09")),
                ("August 12th", None),
            ],
        ),
        (
            "the 3rd of June, 2030, x4 May, 45 July and 07 October\n1999",
            Hand::EnDayMonthYear,
            &[
                ("3rd of June, 2030", Some("2030-06-03")),
                ("07 October\n1999", Some("1999-10-07")),
            ],
        ),
        (
            "February, 2027, July 19990, November\t2026",
            Hand::EnMonthYear,
            &[
                ("February, 2027", Some("2027-02")),
                ("November\t2026", Some("2026-11")),
            ],
        ),
        (
            "EARLY June, mid-SUMMER, yearly May, last\u{2003}fall, next MARCH",
            Hand::EnPartMonth,
            &[
                ("EARLY June", None),
                ("mid-SUMMER", None),
                ("last\u{2003}fall", None),
            ],
        ),
        (
            "In May, June and xJuly, not MARCH: December.",
            Hand::EnMonth,
            &[("June", None), ("December", None)],
        ),
    ] {
        let hits = months_read_by(text, Lang::En, hand).expect("decided");
        let got: Vec<(&str, Option<&str>)> = hits.iter().map(|(t, v)| (*t, v.as_deref())).collect();
        assert_eq!(got, want, "{hand:?}: {text}");
    }
    // a day's number of another script leaves the reader undecided
    for (text, hand) in [
        ("on March ٣", Hand::EnMonthDayYear),
        ("the ٣ June", Hand::EnDayMonthYear),
    ] {
        assert!(months_read_by(text, Lang::En, hand).is_none(), "{text}");
    }
}

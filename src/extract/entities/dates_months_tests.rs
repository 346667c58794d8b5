//! The French month patterns read by hand at the months' names ([`months::month_dates`]) find
//! what their search over the whole block finds, pattern by pattern.

use proptest::prelude::*;

use super::*;

/// Names, numbers, years, cues and marks the French month dates are made of, and near
/// misses: names in capitals or run together, numbers too long or of another script, years
/// cut short or run on, cues cut short or glued to the name, white space of several kinds,
/// chars `(?i)` folds onto a letter.
const PARTS: &[&str] = &[
    "janvier",
    "Février",
    "FÉVRIER",
    "fÉvrier",
    "fevrier",
    "mars",
    "MARS",
    "Avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "AOÛT",
    "aout",
    "septembre",
    "décembre",
    "DÉCEMBRE",
    "marsx",
    "xmai",
    "mai_",
    "mais",
    "1er",
    "1ER",
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
    "lundi",
    "Mardi",
    "SAMEDI",
    "xlundi",
    "en",
    "EN",
    "de",
    "De",
    "dès",
    "DÈS",
    "depuis",
    "d’",
    "d'",
    "D’",
    "jusqu’en",
    "jusqu'en",
    "avant",
    "après",
    "APRÈS",
    "mois de",
    "mois",
    "début",
    "DÉBUT",
    "Début",
    "fin",
    "FIN",
    "mi-",
    "Mi-",
    "dernier",
    "PROCHAIN",
    "prochaine",
    "derniers",
    "le",
    "et",
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
    "  ",
    "_",
    "é",
    "x",
    "ſ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6000))]

    /// Any block of those parts.
    #[test]
    fn months_read_by_hand_are_the_months_searched(text in joined_parts(PARTS, 14)) {
        for (hand, read, searched) in months_read_and_searched(&text, Lang::Fr) {
            if let Some(read) = read {
                prop_assert_eq!(read, searched, "{:?}", hand);
            }
        }
    }
}

/// Every paragraph of the fixtures and a few shapes spelt out, each pattern against its
/// search; and enough of them are decided and found.
#[test]
fn months_read_by_hand_in_the_fixtures() {
    assert_months_read_in_fixtures(
        Lang::Fr,
        &[
            "Le vernissage aura lieu mardi 1er avril 2031 au musée, puis le 12 mai.",
            "Depuis mars, et jusqu’en juin 2029 ; début juillet, fin AOÛT, mi-septembre.",
            "Le comité, réuni en janvier dernier, reprendra en octobre prochain d’avril à mai.",
            "le 3 mars 2024x, le 45 mars, le x3 mars, le 31 décembre 1999, mois de juin",
            "le ٣ mars, le 20 mars 20٢4, ſamedi 3 mars",
        ],
    );
}

/// What each reader finds in one sentence ("mardi 1er avril 2031" is one date, the day's
/// name its start; a number or cue glued to a word is none).
#[test]
fn months_read_by_hand_spelt_out() {
    for (text, hand, want) in [
        (
            "Rendez-vous mardi 1er avril 2031, pas le x3 mai ni le 45 juin.",
            Hand::DayMonthYear,
            &[("mardi 1er avril 2031", Some("2031-04-01"))][..],
        ),
        (
            "le 07 MARS\u{a0}1998 et le 9 juin 20245",
            Hand::DayMonthYear,
            &[("07 MARS\u{a0}1998", Some("1998-03-07")), ("9 juin", None)],
        ),
        (
            "Février 2027, juillet 19990, AOÛT\n2026",
            Hand::MonthYear,
            &[
                ("Février 2027", Some("2027-02")),
                ("AOÛT\n2026", Some("2026-08")),
            ],
        ),
        (
            "en mars DERNIER, en mai prochaine, juin\tprochain",
            Hand::MonthNext,
            &[("mars DERNIER", None), ("juin\tprochain", None)],
        ),
        (
            "DÉBUT juin, finmars, mi-août, afin mai",
            Hand::PartMonth,
            &[("DÉBUT juin", None), ("finmars", None), ("mi-août", None)],
        ),
        (
            "dès mai, mois de juin, d’avril, jusqu'en octobre, tendemars, avant\u{2003}décembre",
            Hand::CueMonth,
            &[
                ("mai", None),
                ("juin", None),
                ("avril", None),
                ("octobre", None),
                ("décembre", None),
            ],
        ),
    ] {
        let hits = months_read_by(text, Lang::Fr, hand).expect("decided");
        let got: Vec<(&str, Option<&str>)> = hits.iter().map(|(t, v)| (*t, v.as_deref())).collect();
        assert_eq!(got, want, "{hand:?}: {text}");
    }
    // a day's number of another script leaves the reader undecided
    assert!(months_read_by("le ٣ mars", Lang::Fr, Hand::DayMonthYear).is_none());
}

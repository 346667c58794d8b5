//! What may follow a year's digits and make them no year ("2000 euros", "1999 people").

use std::sync::LazyLock;

use regex::Regex;

/// The tails that make a number no year, as a pattern: [`number_tail`]'s reference, and its
/// answer for a tail opening with a non-ASCII char that may be a digit (of any script: `\d`).
static NOT_YEAR_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[\s\u{a0}\u{202f}]*(?:€|\$|%|euros?(?-u:\b)|dollars?(?-u:\b)|livres(?-u:\b)|personnes(?-u:\b)|habitants(?-u:\b)|salariés(?-u:\b)|emplois(?-u:\b)|km(?-u:\b)|tonnes(?-u:\b)|mètres(?-u:\b)|people(?-u:\b)|jobs(?-u:\b)|employees(?-u:\b)|units(?-u:\b)|miles(?-u:\b)|metres(?-u:\b)|meters(?-u:\b)|workers(?-u:\b)|pounds(?-u:\b)|points(?-u:\b)|\d))")
        .expect("tail regex")
});

/// The words of [`NOT_YEAR_TAIL`] ("euros?" as its two words): each refuses the year when no
/// ASCII letter, digit or underscore follows it (after "salariés" too, as the pattern
/// answers: a test checks it).
const UNIT_WORDS: &[&str] = &[
    "euros",
    "euro",
    "dollars",
    "dollar",
    "livres",
    "personnes",
    "habitants",
    "salariés",
    "emplois",
    "km",
    "tonnes",
    "mètres",
    "people",
    "jobs",
    "employees",
    "units",
    "miles",
    "metres",
    "meters",
    "workers",
    "pounds",
    "points",
];

/// Whether `tail`, the text after a year's digits, makes them no year: white space, then a
/// currency, a percentage, a unit's or a count's word, or a digit. [`NOT_YEAR_TAIL`]
/// answered by hand (the pattern cost some 3,700 instructions a year): its pattern is asked
/// only of a tail opening with a non-ASCII char that is a number.
pub(super) fn number_tail(tail: &str) -> bool {
    let rest = tail.trim_start();
    let bytes = rest.as_bytes();
    let word_byte = |i: usize| {
        bytes
            .get(i)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
    };
    match bytes.first() {
        None => false,
        Some(b) if b.is_ascii_digit() => true,
        Some(b'$' | b'%') => true,
        Some(b) if !b.is_ascii() => {
            let c = rest.chars().next().expect("a char");
            c == '€' || c.is_numeric() && NOT_YEAR_TAIL.is_match(rest)
        }
        _ => UNIT_WORDS
            .iter()
            .any(|w| rest.starts_with(w) && !word_byte(w.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written answer is the pattern's, on the text after every year-like number of
    /// the fixtures and on tails made of the pattern's pieces.
    #[test]
    fn number_tail_answers_as_the_pattern() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/entities");
        let mut tails: Vec<String> = Vec::new();
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("fixture");
            for (i, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
                tails.push(text[i + 1..].chars().take(24).collect());
            }
        }
        let pieces = [
            "",
            " ",
            "\u{a0}",
            "\u{202f}",
            "\u{2003}",
            "\n",
            "€",
            "$",
            "%",
            "euro",
            "euros",
            "eurosx",
            "dollar",
            "livres",
            "personnes",
            "salariés",
            "salarié",
            "salariés",
            "emplois",
            "km",
            "kms",
            "tonnes",
            "mètres",
            "metres",
            "meters",
            "people",
            "jobs",
            "employees",
            "units",
            "miles",
            "workers",
            "pounds",
            "points",
            "pointu",
            "7",
            "٣",
            "１",
            "½",
            "Ⅻ",
            "x",
            "_",
            "é",
            "-",
            ",",
            ".",
            "«",
            "»",
            "–",
            "ſ",
            "K",
        ];
        for a in pieces {
            for b in pieces {
                for c in ["", " ", "s", "é", "1", "_", "."] {
                    tails.push(format!("{a}{b}{c}"));
                }
            }
        }
        let mut refused = 0;
        for tail in &tails {
            let want = NOT_YEAR_TAIL.is_match(tail);
            assert_eq!(number_tail(tail), want, "{tail:?}");
            refused += usize::from(want);
        }
        assert!(
            refused > 1000 && tails.len() > 5000,
            "{refused} of {}",
            tails.len()
        );
    }
}

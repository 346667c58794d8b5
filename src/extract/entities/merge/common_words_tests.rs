//! [`for_each_listed_word`], which reads the words from the tokens [`tokenize_caps_into`] lists,
//! finds every word that [`for_each_word`], a scan of the whole text, finds and could look up.

use proptest::prelude::*;

use super::super::super::text::tokenize_caps_into;
use super::*;

/// A word [`common_words`] could look up: three bytes or more, no ASCII capital, digit or
/// hyphen (its words are lowercase).
fn could_look_up(w: &[u8]) -> bool {
    w.len() >= 3
        && !w
            .iter()
            .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'-')
}

/// The words of `blocks` both ways, sorted: by the scan, by the tokens.
fn both(blocks: &[&str]) -> (Vec<String>, Vec<String>) {
    let word = |w: &[u8]| String::from_utf8(w.to_vec()).expect("words cut at char boundaries");
    let mut scanned = Vec::new();
    for b in blocks {
        for_each_word(b, |w| {
            if could_look_up(w) {
                scanned.push(word(w));
            }
        });
    }
    let mut listed = Vec::new();
    let mut toks = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let block = u32::try_from(i).expect("a few blocks");
        tokenize_caps_into(b, &mut toks, &mut Vec::new(), block, &mut listed);
    }
    let mut read = Vec::new();
    for_each_listed_word(
        blocks,
        &listed,
        |_| true,
        |w| {
            if could_look_up(w) {
                read.push(word(w));
            }
        },
    );
    scanned.sort();
    read.sort();
    (scanned, read)
}

#[test]
fn words_inside_joined_words_and_beside_hyphens() {
    let cases = [
        "Layoffs hit the layoffs desk; rock'n'roll, Rock'n'Roll and rock&roll",
        "une économie-monde, l’économie, aujourd’hui, l'état et d'état",
        "the U.S.economy grew: U.S.-based economy- -economy --economy-- e-conomy",
        "Residents say residents' residents’s O’Brien-residents of New South Wales",
        "2025residents residents2025 _residents residents_ résidents Résidents ÉTAT",
        "«\u{a0}logement\u{a0}» —logement– logement‑social logement\u{202f}!",
        "Ϗxyz ϗxyz ẞtraße straße Kelvin Kelvin",
    ];
    for text in cases {
        let (scanned, read) = both(&[text]);
        assert!(!scanned.is_empty(), "{text}");
        assert_eq!(read, scanned, "{text}");
    }
}

#[test]
fn the_fixtures_and_the_bundled_article_give_the_same_words() {
    let mut texts = vec![include_str!("../../../../assets/000_2092384b85dd452f.txt").to_string()];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/entities");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the fixtures")
        .map(|e| e.expect("a fixture").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        if let Ok(t) = std::fs::read_to_string(&p) {
            texts.push(t);
        }
    }
    assert!(texts.len() > 100, "{} texts", texts.len());
    for text in &texts {
        let blocks: Vec<&str> = text.split("\n\n").collect();
        let (scanned, read) = both(&blocks);
        assert!(!scanned.is_empty());
        assert_eq!(read, scanned);
    }
}

#[test]
fn words_are_split_as_a_walk_over_chars_splits_them_lowercase_kept() {
    let cases = [
        "",
        "a",
        "abcdefgh",
        "abcdefghi",
        "Les Amis du parc-nature, l’été 2024 : «\u{a0}café\u{a0}» ×2 naïve Œuvre!",
        "x\u{202f}y z—w   trailing ",
        "ÉÉÉÉÉÉÉÉé a1b2-c3 \u{301}e\u{301} e\u{301}x",
        "\u{1F600}emoji\u{1F600} 東京 und Straße",
        "12345678 abc. DEF; ghijklmnopqrstuvwxyz`{@[",
        // (a char across the sixteen bytes judged at once, a text of exactly sixteen)
        "abcdefghijklmnoé xyz ABCDEFGHIJKLMNOÉ",
        "abcdefghijklmn\u{a0}",
        "abcdefghijklmnop",
    ];
    for text in cases {
        let mut got: Vec<&[u8]> = Vec::new();
        for_each_word(text, |w| got.push(w));
        got.retain(|w| !w.is_empty());
        let want: Vec<&[u8]> = text
            .split(|c: char| !(is_word_char(c) || c == '-'))
            .filter(|w| !w.is_empty())
            // (no word looked up holds an ASCII capital, digit or hyphen: not passed on)
            .filter(|w| {
                !w.bytes()
                    .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
            })
            .map(str::as_bytes)
            .collect();
        assert_eq!(got, want, "{text:?}");
    }
}

/// Words and marks texts are made of: lowercase and capitalised words, joined by hyphens,
/// apostrophes and "&", accents, digits, no-break spaces and other marks.
const PARTS: &[&str] = &[
    "layoffs",
    "Layoffs",
    "LAYOFFS",
    "logement",
    "Logement",
    "état",
    "État",
    "économie",
    "rock",
    "roll",
    "n",
    "s",
    "l",
    "d",
    "qu",
    "aujourd",
    "hui",
    "U",
    "S",
    "A",
    ".",
    "-",
    "--",
    "‑",
    "'",
    "’",
    "&",
    "_",
    "2025",
    "x2",
    "é",
    "œ",
    "Œ",
    "ß",
    "ẞ",
    "\u{301}",
    "(",
    ")",
    "«",
    "»",
    "\u{a0}",
    "\u{202f}",
    " ",
    " ",
    " ",
    "\n",
    ",",
    ";",
    ":",
    "!",
    "?",
    "—",
    "–",
    "×",
    "residents",
    "Residents",
    "O",
    "Brien",
    "eBay",
    "iPhone",
];

proptest! {
    #[test]
    fn the_listed_tokens_give_the_words_the_scan_gives(
        parts in prop::collection::vec(prop::sample::select(PARTS), 1..32),
        glue in prop::collection::vec(prop::sample::select(&["", "", " ", "-", "’", "'", "."][..]), 32),
    ) {
        let mut text = String::new();
        for (p, g) in parts.iter().zip(&glue) {
            text.push_str(p);
            text.push_str(g);
        }
        let (scanned, read) = both(&[&text]);
        prop_assert_eq!(read, scanned, "{:?}", text);
    }
}

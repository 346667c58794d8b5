//! [`hits_into_toks`], which reads the places where words open from the block's tokens,
//! finds what [`hits_into`], which scans the bytes for them, finds.

use proptest::prelude::*;

use super::super::text::tokenize_into;
use super::*;

/// A hit as a comparable tuple: start, end, entry, demonym, ambiguous.
type Hit = (usize, usize, usize, bool, bool);

/// The hits of both searches of `text`: by the scan, by the tokens.
fn both(text: &str) -> (Vec<Hit>, Vec<Hit>) {
    let lower = text.to_ascii_lowercase();
    let mut toks = Vec::new();
    tokenize_into(text, &mut toks);
    let key = |h: &GazHit| (h.start, h.end, h.entry, h.demonym, h.amb);
    let mut scanned = Vec::new();
    hits_into(text, lower.as_bytes(), &mut scanned);
    let mut read = Vec::new();
    hits_into_toks(text, lower.as_bytes(), &toks, &mut read);
    (
        scanned.iter().map(key).collect(),
        read.iter().map(key).collect(),
    )
}

#[test]
fn no_pattern_opens_with_white_space() {
    // (the tokens leave white space out: a pattern opening there would go unseen)
    assert!(!GAZ.patterns.is_empty());
    for p in &GAZ.patterns {
        assert!(!p.starts_with(char::is_whitespace), "{p:?}");
    }
}

#[test]
fn words_opening_inside_joined_words_and_after_marks() {
    let cases = [
        "Le maire de Saint-Denis et la Seine-Saint-Denis",
        "une filiale U.S.-based de AT&T, basée aux U.S.A.",
        "aujourd’hui l’Europe, d'Allemagne et qu’Airbus",
        "les Franco-Allemands et les Sud-Africaines",
        "en Europe du Sud-Est comme en Asie du Sud-Ouest",
        "as the Boston Globe and the new York Times said",
        "(France) «\u{a0}Italie\u{a0}» –Espagne— “Portugal”",
        "Paris-Berlin-Madrid: l'axe franco-allemand avec Madrid",
        "Émirats arabes unis, Écosse, Œnologie à Évry",
        "2025Paris Paris2025 _France France_",
        "the O’Brien-Smith Group of New South Wales",
    ];
    for text in cases {
        let (scanned, read) = both(text);
        assert!(!scanned.is_empty(), "{text}");
        assert_eq!(read, scanned, "{text}");
    }
}

/// Names, words and marks texts are made of: names joined by hyphens and apostrophes,
/// capitals and lowercase, accents, no-break spaces, marks a name may open with.
const PARTS: &[&str] = &[
    "France",
    "france",
    "FRANCE",
    "Europe",
    "Sud",
    "-",
    "Est",
    "Ouest",
    "du",
    "de",
    "la",
    "l’",
    "l'",
    "d’",
    "qu'",
    "’",
    "'",
    "&",
    ".",
    "U.S.",
    "U.K",
    "Saint",
    "New",
    "York",
    "Times",
    "the",
    "The",
    "Boston",
    "Globe",
    "Allemagne",
    "allemand",
    "allemandes",
    "Franco",
    "américains",
    "Américains",
    "British",
    "Commission",
    "européenne",
    "European",
    "Union",
    "ONU",
    "Onu",
    "UN",
    "Nations",
    "unies",
    "Asie",
    "Corée",
    "du Nord",
    "mer",
    "Côte",
    "d’Ivoire",
    "Émirats",
    "Écosse",
    "Œ",
    "é",
    "2025",
    "_",
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
    "—",
    "–",
    "‑",
    "Paris",
    "Berlin",
    "Seine",
    "Denis",
    "Bas",
    "Rhin",
    "Nouvelle",
    "Calédonie",
    "Inc",
    "Group",
    "Airbus",
];

proptest! {
    #[test]
    fn token_places_find_what_the_scan_finds(
        parts in prop::collection::vec(prop::sample::select(PARTS), 1..24),
        glue in prop::collection::vec(prop::sample::select(&["", " ", "-", "’"][..]), 24),
    ) {
        let mut text = String::new();
        for (p, g) in parts.iter().zip(&glue) {
            text.push_str(p);
            text.push_str(g);
        }
        let (scanned, read) = both(&text);
        prop_assert_eq!(read, scanned, "{:?}", text);
    }
}

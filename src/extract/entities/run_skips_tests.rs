//! The entities found with the rules a run's facts rule out skipped ([`skipping`]) against
//! those found with every rule asked: over the fixtures, the bundled article and texts made
//! of names, connectors and the words rules are cued by.

use proptest::prelude::*;

use super::super::extract_entities;
use super::without_skips;
use crate::extract::types::{Entity, Lang};

/// The entities of `text` both ways: skipping, and asking every rule.
fn both(text: &str, lang: Lang) -> (Vec<Entity>, Vec<Entity>) {
    let blocks: Vec<&str> = text
        .split("\n\n")
        .map(|b| b.trim_matches('\n'))
        .filter(|b| !b.trim().is_empty())
        .collect();
    let skipped = extract_entities(&blocks, lang);
    let asked = without_skips(|| extract_entities(&blocks, lang));
    (skipped, asked)
}

#[test]
fn the_switch_asks_every_rule() {
    // (the switch must be seen where the rules read it, or the comparisons below compare
    // nothing)
    assert!(super::skipping());
    assert!(without_skips(|| !super::skipping()));
    assert!(super::skipping());
}

#[test]
fn fixtures_and_the_bundled_article_find_the_same_entities() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/entities");
    let mut texts: Vec<(String, Lang)> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let lang = if p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("en"))
            {
                Lang::En
            } else {
                Lang::Fr
            };
            (std::fs::read_to_string(&p).expect("fixture"), lang)
        })
        .collect();
    let bundled = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/000_2092384b85dd452f.txt"
    );
    let article = std::fs::read_to_string(bundled).expect("bundled");
    texts.push((article.clone(), Lang::Fr));
    texts.push((article, Lang::En));
    assert!(texts.len() > 200);
    let mut found = 0;
    for (text, lang) in &texts {
        let (skipped, asked) = both(text, *lang);
        found += asked.len();
        assert_eq!(skipped, asked, "{}", &text[..text.len().min(200)]);
    }
    assert!(found > 1000, "{found}");
}

/// Names (known and unknown, one word and more), connectors, cue words and marks, in both
/// languages: what runs are made of and what the rules look for around them.
const PARTS: &[&str] = &[
    "Paris",
    "Boston",
    "France",
    "Texas",
    "Kerrow",
    "Varnier",
    "Tumalo",
    "Harlow",
    "Marie",
    "John",
    "Dupont",
    "Smith",
    "The",
    "Le",
    "La",
    "An",
    "Mid-Coast",
    "Saint-Denis",
    "Lyon-Grenoble",
    "CGT",
    "NHS",
    "BBC",
    "Radio",
    "Kent",
    "Co",
    "Mt",
    "St",
    "North",
    "South",
    "East",
    "Pacific",
    "Northwest",
    "River",
    "Valley",
    "Council",
    "Court",
    "Party",
    "Church",
    "Ville",
    "Municipality",
    "University",
    "Energy",
    "Health",
    "Group",
    "Rovers",
    "League",
    "Day",
    "Port",
    "Friends",
    "Crédit",
    "Agricole",
    "Association",
    "Inc.",
    "Ltd",
    "Test",
    "Bill",
    "Jan.",
    "M.",
    "Dr",
    "Math-V2",
    "A89",
    "of",
    "de",
    "du",
    "des",
    "la",
    "l’",
    "d’",
    "the",
    "and",
    "et",
    "&",
    "in",
    "à",
    "at",
    "from",
    "on",
    "listed",
    "said",
    "a déclaré",
    "président",
    "minister",
    "village",
    "company",
    "who",
    "qui",
    ",",
    ".",
    "'s",
    "(",
    ")",
    "«",
    "»",
    "—",
    "12",
    "2025",
    "\n\n",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn made_up_texts_find_the_same_entities(
        parts in prop::collection::vec(prop::sample::select(PARTS), 1..40),
        en in any::<bool>(),
    ) {
        let text = parts.join(" ");
        let (skipped, asked) = both(&text, if en { Lang::En } else { Lang::Fr });
        prop_assert_eq!(skipped, asked, "{}", text);
    }
}

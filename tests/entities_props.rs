//! Property tests: never panic, offsets on char boundaries, every mention's text is the
//! entity's name or one of its aliases. Besides arbitrary and newsy strings, texts made of
//! the rules' own words (every string of the shipped lexicon and gazetteers, lowercase and
//! capitalised, with punctuation), so that rules keyed on a word meet it at a block's end,
//! before a quote, after a lone apostrophe.

use article_explorer::extract::Lang;
use article_explorer::extract::entities::extract_entities;
use proptest::prelude::*;
use std::sync::LazyLock;

/// Every string in the shipped gazetteer files, as written and with its first letter changed
/// case, plus the punctuation and elisions the rules look at.
static VOCABULARY: LazyLock<Vec<String>> = LazyLock::new(|| {
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut words = Vec::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/gazetteer");
    for entry in std::fs::read_dir(dir).expect("assets/gazetteer") {
        let path = entry.expect("gazetteer entry").path();
        let text = std::fs::read_to_string(&path).expect("gazetteer file");
        // (the list of towns, one a line, 115,000 of them: every hundredth, so that the other
        // files' words are still drawn most of the time)
        if path.extension().is_some_and(|e| e == "txt") {
            words.extend(text.lines().step_by(100).map(str::to_string));
            continue;
        }
        let json: serde_json::Value = serde_json::from_str(&text).expect("gazetteer JSON");
        strings(&json, &mut words);
    }
    let flipped: Vec<String> = words
        .iter()
        .filter_map(|w| {
            let mut cs = w.chars();
            let first = cs.next()?;
            let other: String = if first.is_uppercase() {
                first.to_lowercase().collect()
            } else {
                first.to_uppercase().collect()
            };
            Some(other + cs.as_str())
        })
        .collect();
    words.extend(flipped);
    for p in [
        ",", ".", ":", ";", "’", "'", "«", "»", "\"", "—", "-", "(", ")", "&", "/", "\u{a0}",
        "\u{202f}", "2025", "12", "M.", "Mme", "Dr", "l’", "d’", "L’", "N’", "qu’", "s'",
    ] {
        words.push(p.to_string());
    }
    words.sort();
    words.dedup();
    words
});

fn vocabulary_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            proptest::sample::select(VOCABULARY.clone()),
            proptest::sample::select(vec![" ", " ", " ", "", "\n"]),
        ),
        0..30,
    )
    .prop_map(|words| {
        words
            .into_iter()
            .flat_map(|(w, s)| [w, s.to_string()])
            .collect()
    })
}

fn check(blocks: &[String], lang: Lang) {
    let refs: Vec<&str> = blocks.iter().map(String::as_str).collect();
    for e in extract_entities(&refs, lang) {
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            let b = refs[m.block()];
            assert!(m.start() < m.end() && m.end() <= b.len());
            assert!(b.is_char_boundary(m.start()) && b.is_char_boundary(m.end()));
            let text = m.text(&refs);
            // (an alias is kept with plain spaces where a mention has no-break ones: those are
            // typesetting, and the name keeps the spaces of its own mention)
            let plain = |s: &str| s.replace(['\u{a0}', '\u{202f}'], " ");
            assert!(
                text == e.name
                    || e.aliases.iter().any(|a| a == text)
                    || plain(text) == plain(&e.name)
                    || e.aliases.iter().any(|a| *a == plain(text)),
                "{text}"
            );
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_strings(blocks in proptest::collection::vec(any::<String>(), 0..4)) {
        check(&blocks, Lang::Fr);
        check(&blocks, Lang::En);
    }

    #[test]
    fn newsy_strings(blocks in proptest::collection::vec(
        "([A-ZÉ][a-zéè’']{0,8}|[a-z]{1,6}|l’|d’|M\\.|«|»|—|,|\\.|27 novembre 2025|Etats-Unis|américaines|\u{a0}|\u{202f}|[0-9]{1,4}| ){0,40}", 0..4)) {
        check(&blocks, Lang::Fr);
        check(&blocks, Lang::En);
    }

    #[test]
    fn texts_of_the_rules_own_words(blocks in proptest::collection::vec(vocabulary_text(), 1..4)) {
        check(&blocks, Lang::Fr);
        check(&blocks, Lang::En);
    }
}

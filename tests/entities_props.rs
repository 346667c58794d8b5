//! Property tests: never panic, offsets on char boundaries, every mention's text is the
//! entity's name or one of its aliases.

use article_explorer::extract::Lang;
use article_explorer::extract::entities::extract_entities;
use proptest::prelude::*;

fn check(blocks: &[String], lang: Lang) {
    let refs: Vec<&str> = blocks.iter().map(String::as_str).collect();
    for e in extract_entities(&refs, lang) {
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            let b = refs[m.block()];
            assert!(m.start() < m.end() && m.end() <= b.len());
            assert!(b.is_char_boundary(m.start()) && b.is_char_boundary(m.end()));
            let text = m.text(&refs);
            assert!(
                text == e.name || e.aliases.iter().any(|a| a == text),
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
}

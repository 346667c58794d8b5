//! The bundled French op-ed must be extracted exactly right.

use EntityKind::*;
use article_explorer::extract::entities::extract_entities;
use article_explorer::extract::{EntityKind, Lang};

const ARTICLE: &str = include_str!("../assets/000_2092384b85dd452f.txt");

#[test]
fn bundled_article_entities() {
    let blocks: Vec<&str> = ARTICLE
        .split("\n\n")
        .map(|b| b.trim_matches('\n'))
        .filter(|b| !b.trim().is_empty())
        .collect();
    let ents = extract_entities(&blocks, Lang::Fr);
    let has = |n: &str, k: EntityKind| ents.iter().any(|e| e.name == n && e.kind == k);
    let want = [
        ("Yohann Ralle", Person),
        ("Donald Trump", Person),
        ("The Future Society", Organization),
        ("Commission européenne", Organization),
        ("Microsoft", Organization),
        ("Google", Organization),
        ("Nvidia", Organization),
        ("Lovable", Organization),
        ("Legora", Organization),
        ("DeepSeek", Organization),
        ("Chine", Place),
        ("États-Unis", Place),
        ("Europe", Place),
        ("Japon", Place),
        ("Canada", Place),
        ("Royaume-Uni", Place),
        ("Londres", Place),
        ("Math-V2", Other),
        ("GENESIS", Other),
        ("Gigafactories", Other),
        ("27 novembre 2025", Date),
    ];
    for (n, k) in want {
        assert!(
            has(n, k),
            "missing {n} ({k:?}); got {:?}",
            ents.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>()
        );
    }
    // nothing spurious among people, organisations and places (France is named only by
    // "la stratégie française": an adjective, no place)
    let allowed: Vec<&str> = want.iter().map(|(n, _)| *n).collect();
    for e in &ents {
        if matches!(e.kind, Person | Organization | Place) {
            assert!(
                allowed.contains(&e.name.as_str()),
                "spurious {} ({:?})",
                e.name,
                e.kind
            );
        }
    }
    let us = ents.iter().find(|e| e.name == "États-Unis").expect("US");
    assert!(
        us.aliases.iter().any(|a| a.starts_with("américain")),
        "{:?}",
        us.aliases
    );
    let d = ents
        .iter()
        .find(|e| e.name == "27 novembre 2025")
        .expect("date");
    assert_eq!(d.value.as_deref(), Some("2025-11-27"));
    for e in &ents {
        for m in &e.mentions {
            let text = m.text(&blocks);
            assert!(
                text == e.name || e.aliases.iter().any(|a| a == text),
                "{text}"
            );
        }
    }
}

#[test]
fn no_article_specific_names_in_sources() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let banned = [
        "Yohann",
        "Ralle",
        "Legora",
        "Lovable",
        "Future Society",
        "DeepSeek",
        "GENESIS",
        "Gigafactor",
    ];
    let mut stack = vec![root.join("src"), root.join("assets/gazetteer")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(s) = std::fs::read_to_string(&p) {
                for b in banned {
                    assert!(!s.contains(b), "{} contains {b}", p.display());
                }
            }
        }
    }
}

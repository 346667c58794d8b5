//! Any text, cut into blocks at blank lines, in either language: the entity and figure extractors
//! never panic, and every mention and figure is a span on char boundaries of its block.
#![no_main]

use article_explorer::extract::figures::{EntitySpan, extract_figures};
use article_explorer::extract::{Lang, entities::extract_entities};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let blocks: Vec<&str> = text.split("\n\n").collect();
    for lang in [Lang::Fr, Lang::En] {
        let entities = extract_entities(&blocks, lang);
        let mut spans = Vec::new();
        for e in &entities {
            for m in &e.mentions {
                let b = blocks[m.block];
                assert!(m.start <= m.end && m.end <= b.len());
                assert!(b.is_char_boundary(m.start) && b.is_char_boundary(m.end));
                spans.push(EntitySpan {
                    name: e.name.as_str().into(),
                    kind: e.kind,
                    block: m.block,
                    start: m.start,
                    end: m.end,
                });
            }
        }
        for f in extract_figures(&blocks, lang, &spans) {
            let b = blocks[f.block];
            assert!(f.start <= f.end && f.end <= b.len());
            assert_eq!(&b[f.start..f.end], f.text);
            assert!(f.amount.is_finite());
        }
    }
});

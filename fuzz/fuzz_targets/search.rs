//! Any query (literal or regex) over any text: folding and matching never panic, and every match
//! is a non-empty span on char boundaries of the original block.
#![no_main]

use article_explorer::search::{Query, QueryMode, SearchIndex};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // query, then the article after the first newline
    let (query, article) = text.split_once('\n').unwrap_or((text, ""));
    let blocks: Vec<&str> = article.split("\n\n").collect();
    let index = SearchIndex::new(&blocks);
    for mode in [QueryMode::Literal, QueryMode::Regex] {
        let q = Query::new(query, mode);
        let Ok(found) = index.find(&blocks, &q) else {
            continue;
        };
        for m in found {
            let b = blocks[m.block];
            assert!(m.start < m.end && m.end <= b.len(), "{m:?} in {b:?}");
            assert!(b.is_char_boundary(m.start) && b.is_char_boundary(m.end));
        }
    }
});

//! Property tests: no panic, well-formed matches, literal matches fold to the
//! query, and completeness on text without multi-char foldings.

use article_explorer::search::{
    Query, QueryMode, SearchIndex, find_once, fold_for_search, matches_text,
};
use proptest::prelude::*;

const TEXT: &str = "[a-eA-EéÉèœŒæßẞİıﬁ’'\"“ \u{a0}\u{202f}\n\t\u{301}\u{327}\u{ad}\u{200b}\u{2011}—-👍🏽.*()\\[\\]]{0,24}";

fn check_well_formed(blocks: &[&str], matches: &[article_explorer::search::Match]) {
    for (i, m) in matches.iter().enumerate() {
        let text = blocks[m.block];
        assert!(m.start < m.end && m.end <= text.len(), "{m:?} in {text:?}");
        assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "{m:?} in {text:?}"
        );
        if i > 0 {
            let p = matches[i - 1];
            assert!(
                (p.block, p.end) <= (m.block, m.start),
                "unsorted/overlapping {p:?} {m:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn literal_never_panics_and_folds_to_query(
        blocks in prop::collection::vec(TEXT, 0..5),
        q in "[a-eœæß’' \u{a0}\n-]{1,5}",
    ) {
        let blocks: Vec<&str> = blocks.iter().map(String::as_str).collect();
        let idx = SearchIndex::new(&blocks);
        let query = Query::new(&q, QueryMode::Literal);
        let matches = idx.find(&blocks, &query).unwrap();
        check_well_formed(&blocks, &matches);
        let want = fold_for_search(&q);
        for m in &matches {
            prop_assert_eq!(fold_for_search(&blocks[m.block][m.start..m.end]), want.clone());
        }
    }

    #[test]
    fn any_query_any_mode_never_panics(
        blocks in prop::collection::vec(any::<String>(), 0..4),
        extra in prop::collection::vec(TEXT, 0..3),
        q in any::<String>(),
        q2 in "[a-eA-Eé.*+?()\\[\\]{}|^$\\\\bBdswpPxu0-9 ’-]{0,8}",
        regex in any::<bool>(),
    ) {
        let mut blocks: Vec<&str> = blocks.iter().map(String::as_str).collect();
        blocks.extend(extra.iter().map(String::as_str));
        let idx = SearchIndex::new(&blocks);
        let mode = if regex { QueryMode::Regex } else { QueryMode::Literal };
        for q in [q.as_str(), q2.as_str()] {
            let query = Query::new(q, mode);
            if let Ok(matches) = idx.find(&blocks, &query) {
                check_well_formed(&blocks, &matches);
                // Same semantics for one-off matching.
                if let Some(first) = blocks.first() {
                    let one: Vec<(usize, usize)> = matches
                        .iter()
                        .filter(|m| m.block == 0)
                        .map(|m| (m.start, m.end))
                        .collect();
                    prop_assert_eq!(matches_text(first, &query), one);
                }
            }
        }
    }

    #[test]
    fn complete_on_simple_text(
        blocks in prop::collection::vec("[abAB éÉ\u{a0}\n]{0,20}", 1..4),
        q in "[ab é]{1,3}",
    ) {
        let blocks: Vec<&str> = blocks.iter().map(String::as_str).collect();
        let idx = SearchIndex::new(&blocks);
        let query = Query::new(&q, QueryMode::Literal);
        let matches = idx.find(&blocks, &query).unwrap();
        check_well_formed(&blocks, &matches);
        let accented = q.contains('é');
        for (b, text) in blocks.iter().enumerate() {
            // Reference: fold both sides (keeping accents if the query has one)
            // and count non-overlapping occurrences.
            let fold = |s: &str| -> String {
                let lower = s.to_lowercase();
                let mut out = String::new();
                for c in lower.chars() {
                    let c = if c.is_whitespace() { ' ' } else if !accented && c == 'é' { 'e' } else { c };
                    if !(c == ' ' && out.ends_with(' ')) {
                        out.push(c);
                    }
                }
                out
            };
            let (hay, needle) = (fold(text), fold(&q));
            let want = hay.match_indices(needle.as_str()).count();
            let got = matches.iter().filter(|m| m.block == b).count();
            prop_assert_eq!(got, want, "block {:?} query {:?}", text, q);
        }
    }
}

/// Text of the kind `find_once`'s fast folding takes char by char (ASCII with controls and the
/// vertical tab, Latin letters, general punctuation, no-break and odd spaces, CR LF), and some
/// chars that make it fall back (combining marks, ZWJ, emoji, ﬁ, İ).
const WIDE: &str = "[a-eA-EéÉèàçœŒæßẞıøǅ’'\"“«» \u{a0}\u{202f}\u{2009}\u{85}\n\r\t\u{b}\u{1}\u{7f}\u{ad}\u{200b}\u{2060}\u{2011}—-]{0,30}|[a-eé \u{301}\u{200d}👍🏽ﬁİ\n]{0,12}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn find_once_agrees_with_the_index(
        blocks in prop::collection::vec(WIDE, 0..6),
        q in "[a-eA-EéÉœæß’' \u{a0}\n\t-]{1,5}",
        regex in any::<bool>(),
    ) {
        let blocks: Vec<&str> = blocks.iter().map(String::as_str).collect();
        let mode = if regex { QueryMode::Regex } else { QueryMode::Literal };
        let query = Query::new(&q, mode);
        let want = SearchIndex::new(&blocks).find(&blocks, &query);
        // the blocks in one text, between blank lines, as a file's are
        let mut text = String::new();
        let mut ranges = Vec::new();
        for b in &blocks {
            ranges.push(text.len()..text.len() + b.len());
            text.push_str(b);
            text.push_str("\n\n");
        }
        prop_assert_eq!(find_once(&text, &ranges, &query), want);
    }
}

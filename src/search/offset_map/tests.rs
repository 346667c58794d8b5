//! The compact map against the straightforward one it replaced: one `Entry`
//! (8 bytes) per change of correspondence, looked up by binary search.

use proptest::prelude::*;

use super::*;
use crate::search::SearchIndex;
use crate::search::fold::{Fold, fold_into};
use crate::search::index::{Entries, IndexSink};

/// The former index's list of entries: one per change of correspondence, unpacked.
impl Entries for Vec<Entry> {
    fn last(&self) -> Entry {
        *<[Entry]>::last(self).expect("starts with a RUN at 0")
    }

    fn push(&mut self, e: Entry) {
        match self.last_mut() {
            Some(last) if last.f == e.f && last.kind() == RUN => *last = e,
            _ => Vec::push(self, e),
        }
    }
}

/// The entries of the former index, built as it built them (the same folding and entries,
/// kept in a plain list).
fn oracle_entries(blocks: &[&str]) -> Vec<Entry> {
    let mut folded = String::new();
    let mut entries = vec![Entry::new(0, 0, RUN)];
    let mut obase = 0;
    for block in blocks {
        let f0 = folded.len();
        let mut sink = IndexSink {
            map: &mut entries,
            obase,
        };
        sink.ensure_run(f0, obase);
        fold_into(block, Fold::FULL, &mut folded, &mut sink);
        sink.ensure_run(folded.len(), obase + block.len());
        folded.push('\n');
        obase += block.len() + 1;
    }
    entries
}

/// The former lookup.
fn oracle_loc(entries: &[Entry], cursor: &mut Cursor, p: usize) -> Loc {
    let i = cursor.seek(entries, |e| e.f as usize, p);
    let e = entries[i];
    match e.predict(p) {
        Some(o) => Loc::At(o),
        None => Loc::Inside(e.orig(), entries.get(i + 1).map_or(e.orig(), |n| n.orig())),
    }
}

/// The same entries, and the same answer at every folded offset where the
/// map changes (and around), at a sample of the others, with a fresh cursor,
/// a forward sweep and a backward one.
fn check_same_as_oracle(blocks: &[&str]) -> SearchIndex {
    let idx = SearchIndex::new(blocks);
    let old = oracle_entries(blocks);
    assert_eq!(idx.map.entries(), old);
    let end = idx.folded().len() + 2;
    let mut ps: Vec<usize> = (0..end).step_by(97).chain([end]).collect();
    for e in &old {
        let f = e.f as usize;
        ps.extend(f.saturating_sub(3)..(f + 4).min(end));
    }
    ps.sort_unstable();
    ps.dedup();
    let (mut fwd, mut fwd_old) = (Cursor::default(), Cursor::default());
    for &p in &ps {
        let want = oracle_loc(&old, &mut Cursor::default(), p);
        assert_eq!(idx.loc(&mut Cursor::default(), p), want, "p={p}");
        assert_eq!(idx.loc(&mut fwd, p), oracle_loc(&old, &mut fwd_old, p));
    }
    let mut bwd = Cursor::default();
    for &p in ps.iter().rev() {
        let want = oracle_loc(&old, &mut Cursor::default(), p);
        assert_eq!(idx.loc(&mut bwd, p), want, "p={p} backward");
    }
    idx
}

fn map_bytes_per_entry(idx: &SearchIndex) -> f64 {
    idx.map.heap_bytes() as f64 / idx.map.entries().len() as f64
}

#[test]
fn cursor_seeks() {
    let v = [0usize, 3, 3, 7, 10, 20];
    let mut c = Cursor::default();
    for (p, want) in [(0, 0), (2, 0), (3, 2), (8, 3), (25, 5), (1, 0), (10, 4)] {
        assert_eq!(c.seek(&v, |&x| x, p), want, "p={p}");
    }
}

#[test]
fn french_text_takes_about_two_bytes_per_entry() {
    let para = "L’État a décidé, après un débat très animé, de réformer l’œuvre \
                 législative de façon à ce qu’elle protège les intérêts des élèves.";
    let blocks = vec![para; 2000];
    let idx = check_same_as_oracle(&blocks);
    let per_entry = map_bytes_per_entry(&idx);
    assert!(per_entry < 2.5, "{per_entry} bytes per entry");
}

#[test]
fn runs_of_multi_byte_folds() {
    for unit in [
        "œ", "ß", "İ", "ẞ", "’", "ﷺ", "½", "e\u{301}", "\u{200b}", "\u{ad}", "  ",
    ] {
        let run = unit.repeat(3000);
        let mixed = format!("{unit}a{unit}é{unit}\u{a0}").repeat(500);
        let idx = check_same_as_oracle(&[&run, &mixed, "", &run]);
        let per_entry = map_bytes_per_entry(&idx);
        assert!(per_entry < 8.0, "{unit:?}: {per_entry} bytes per entry");
    }
}

#[test]
fn gaps_and_blocks_around_page_limits() {
    for gap in [8190, 8191, 8192, 8193, 16384, 65534, 65535, 65536, 65537] {
        let ascii = "x".repeat(gap);
        let spaced = format!("é{ascii}œ{ascii}’{ascii}é");
        let block = "a".repeat(gap);
        let near_end = format!("{}é", "b".repeat(gap - 1));
        check_same_as_oracle(&[&spaced, &block, &near_end, &block, "é"]);
    }
    for n in [62, 63, 64, 65, 127, 128, 129] {
        let units = "é".repeat(n);
        let then_unit = format!("{}œ{}", "é".repeat(n), "ß".repeat(n));
        check_same_as_oracle(&[&units, &then_unit, &units]);
    }
}

#[test]
fn huge_units() {
    let spaces = format!("a{}b", " \u{a0}\t".repeat(40_000));
    let invisible = format!("é{}é", "\u{200b}".repeat(30_000));
    let expanding = format!("é{}é", "ﷺ".repeat(5_000));
    check_same_as_oracle(&[&spaces, &invisible, &expanding]);
}

#[test]
fn rollback_forgets_what_followed_the_mark() {
    let run_entries = |b: &mut MapBuilder, from: usize, n: usize| {
        for i in from..from + n {
            let kind = [U12, U13, UNIT, RUN][i % 4];
            b.push(Entry::new(10 * i, 13 * i, kind));
        }
    };
    let mut kept = MapBuilder::new();
    run_entries(&mut kept, 1, 100);
    let mark = kept.mark();
    run_entries(&mut kept, 101, 300);
    kept.rollback(mark);
    let mut straight = MapBuilder::new();
    run_entries(&mut straight, 1, 100);
    assert_eq!(kept.finish().entries(), straight.finish().entries());
}

/// Pieces of text: units that do not fold 1:1, repeated (many entries in a
/// row, across pages), and ASCII stretches around the page span.
fn piece() -> impl Strategy<Value = String> {
    const UNITS: &[&str] = &[
        "é", "É", "œ", "Œ", "ß", "ẞ", "İ", "ı", "ﬁ", "’", "  ", " \t\n ", "\u{a0}", "\u{202f}",
        "\u{200b}", "\u{ad}", "e\u{301}", "\u{301}", "👍🏽", "ﷺ", "½", "a", "x ", "-", "—", "é ",
    ];
    prop_oneof![
        4 => (0..UNITS.len(), 1..90usize).prop_map(|(i, n)| UNITS[i].repeat(n)),
        2 => (1..60usize).prop_map(|n| "z".repeat(n)),
        1 => (8185..8200usize).prop_map(|n| "y".repeat(n)),
        1 => prop::sample::select(vec![16383, 16384, 65535, 65536]).prop_map(|n| "w".repeat(n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn compact_map_answers_as_the_oracle(
        blocks in prop::collection::vec(
            prop::collection::vec(piece(), 0..10).prop_map(|p| p.concat()),
            0..5,
        ),
    ) {
        let blocks: Vec<&str> = blocks.iter().map(String::as_str).collect();
        check_same_as_oracle(&blocks);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Blocks whose chars are all ASCII or in the folding tables, indexed by `fold_simple`: the
    /// same entries and answers as from `fold_into` (whitespace runs of every kind, at the
    /// edges of the eight-byte words too, soft hyphens, controls, CR LF, U+FFFD).
    #[test]
    fn simple_folding_maps_as_the_general_one(
        blocks in prop::collection::vec(
            "[a-zA-Z0-9éÉàçœŒæßẞıø’'\"«» .,\u{a0}\u{202f}\u{2009}\u{85}\n\r\t\u{b}\u{1}\u{7f}\u{ad}\u{200b}\u{2011}\u{2026}½—€\u{fffd}-]{0,40}|(( |  |\n|\t|\u{a0}|é|’|\u{ad}){1,2}[a-zA-Z ]{1,12}){1,8}",
            0..5,
        ),
    ) {
        let blocks: Vec<&str> = blocks.iter().map(String::as_str).collect();
        check_same_as_oracle(&blocks);
    }

    /// An index of the blocks kept is that of those blocks alone, and keeps the ones asked for.
    #[test]
    fn an_index_keeping_some_blocks_is_theirs(
        blocks in prop::collection::vec(prop::collection::vec(piece(), 0..4).prop_map(|p| p.concat()), 0..6),
        byte in prop::sample::select(b"aezx '".to_vec()),
    ) {
        let blocks: Vec<&str> = blocks.iter().map(String::as_str).collect();
        let mut kept = Vec::new();
        let idx = SearchIndex::build_keeping(&blocks, Fold::FULL, |f| f.contains(&byte), &mut kept);
        let want: Vec<usize> = (0..blocks.len())
            .filter(|&k| SearchIndex::new(&blocks[k..=k]).folded().as_bytes()[..].split_last().is_some_and(|(_, f)| f.contains(&byte)))
            .collect();
        prop_assert_eq!(&kept, &want);
        let texts: Vec<&str> = kept.iter().map(|&k| blocks[k]).collect();
        let alone = SearchIndex::new(&texts);
        prop_assert_eq!(idx.folded(), alone.folded());
        prop_assert_eq!(idx.map.entries(), alone.map.entries());
        prop_assert_eq!(&idx.ostart, &alone.ostart);
        prop_assert_eq!(&idx.fstart, &alone.fstart);
    }
}

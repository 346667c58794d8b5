//! The folded buffer of a whole document and its compact map back to the
//! original offsets.
//!
//! Offsets: every block `b` gets a *global* original offset `ostart[b]`
//! (the sum of the previous blocks' lengths, plus one virtual separator byte
//! per block), and its folded text sits at `fstart[b]` in `folded`, followed
//! by a `'\n'` separator (whitespace always folds to `' '`, so `'\n'` appears
//! nowhere else). Plain ASCII maps 1:1, so the map only stores an [`Entry`]
//! where the correspondence changes: at the start of each unit that does not
//! map 1:1 (e.g. "é" -> "e", "œ" -> "oe", a run of spaces -> " ") and where
//! 1:1 copying resumes after it; [`OffsetMap`] stores them in about 2 bytes each.

use std::ops::Range;

use super::fold::{Fold, Sink, fold_into, fold_simple};
pub(crate) use super::offset_map::{Cursor, Loc};
use super::offset_map::{Entry, MAX_ORIG, MapBuilder, OffsetMap, RUN, U12, U13, UNIT};

/// The original texts of the blocks `base..base + texts.len()`: the blocks a search looks at,
/// without a slice of every block of a large document to build per keystroke.
#[derive(Clone, Copy, Debug)]
pub struct Window<'s, 'a> {
    pub base: usize,
    pub texts: &'s [&'a str],
}

/// The search index of a document: see the module documentation.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    pub(crate) folded: String,
    /// Folded start of each indexed block, plus a sentinel (`folded.len()`).
    pub(crate) fstart: Vec<u32>,
    /// Global original start of each indexed block, plus a sentinel.
    pub(crate) ostart: Vec<u32>,
    pub(crate) map: OffsetMap,
}

/// Where the index's entries go: the compact map, or (in its tests) the plain list it replaced.
pub(crate) trait Entries {
    /// The entry pushed last.
    fn last(&self) -> Entry;
    /// Pushes `e`, in place of the last entry when that is a `RUN` at the same folded offset.
    fn push(&mut self, e: Entry);
}

impl Entries for MapBuilder {
    #[inline(always)]
    fn last(&self) -> Entry {
        MapBuilder::last(self)
    }

    #[inline(always)]
    fn push(&mut self, e: Entry) {
        MapBuilder::push(self, e)
    }
}

/// Turns the folding's runs and units into map entries for the block at global original `obase`.
pub(crate) struct IndexSink<'a, M: Entries> {
    pub(crate) map: &'a mut M,
    pub(crate) obase: usize,
}

impl<M: Entries> IndexSink<'_, M> {
    fn push(&mut self, f: usize, o: usize, kind: u32) {
        self.map.push(Entry::new(f, o, kind));
    }

    /// Make sure folded `f` maps to global original `o` with 1:1 copying.
    #[inline(always)]
    pub(crate) fn ensure_run(&mut self, f: usize, o: usize) {
        let last = self.map.last();
        if f >= last.folded() && last.predict(f) == Some(o) {
            return;
        }
        self.push(f, o, RUN);
    }
}

impl<M: Entries> Sink for IndexSink<'_, M> {
    #[inline(always)]
    fn run(&mut self, orig: usize, folded: usize) {
        self.ensure_run(folded, self.obase + orig);
    }

    fn unit(&mut self, orig: Range<usize>, folded: Range<usize>, single_char: bool) {
        if single_char && orig.len() == folded.len() {
            self.ensure_run(folded.start, self.obase + orig.start);
        } else if folded.is_empty() {
            // Invisible unit: it joins the end of the previous unit.
            self.push(folded.start, self.obase + orig.end, RUN);
        } else {
            let kind = match (folded.len(), orig.len()) {
                (1, 2) => U12,
                (1, 3) => U13,
                _ => UNIT,
            };
            self.push(folded.start, self.obase + orig.start, kind);
        }
    }
}

impl SearchIndex {
    /// Fold all blocks once (case- and accent-insensitive).
    ///
    /// Documents beyond 1 GiB are indexed up to the last block that fits;
    /// later blocks never match.
    pub fn new(blocks: &[&str]) -> SearchIndex {
        SearchIndex::build(blocks, Fold::FULL)
    }

    pub(crate) fn build(blocks: &[&str], fold: Fold) -> SearchIndex {
        SearchIndex::build_keeping(blocks, fold, |_| true, &mut Vec::new())
    }

    /// [`SearchIndex::build`] of the blocks whose folding `keep` keeps, their indices among
    /// `blocks` pushed to `kept`: each block is folded once, and undone if not kept.
    pub(crate) fn build_keeping(
        blocks: &[&str],
        fold: Fold,
        mut keep: impl FnMut(&[u8]) -> bool,
        kept: &mut Vec<usize>,
    ) -> SearchIndex {
        let total: usize = blocks.iter().map(|b| b.len() + 1).sum();
        let mut folded = String::with_capacity(total.min(MAX_ORIG));
        let mut map = MapBuilder::new();
        let mut fstart = Vec::with_capacity(blocks.len() + 1);
        let mut ostart = Vec::with_capacity(blocks.len() + 1);
        let mut obase = 0usize;
        for (k, block) in blocks.iter().enumerate() {
            if obase + block.len() + 1 > MAX_ORIG {
                break;
            }
            let (f0, mark) = (folded.len(), map.mark());
            let mut sink = IndexSink {
                map: &mut map,
                obase,
            };
            sink.ensure_run(f0, obase);
            // SAFETY: `fold_simple` writes valid UTF-8 (ASCII and the tables' foldings) when it
            // returns true; when false, what it wrote is dropped before the string is used.
            let simple = fold == Fold::FULL
                && unsafe {
                    let bytes = folded.as_mut_vec();
                    let simple = fold_simple(block.as_bytes(), bytes, &mut sink);
                    if !simple {
                        bytes.truncate(f0);
                    }
                    simple
                };
            if !simple {
                // the general folding, from the map as it was
                sink.map.rollback(mark);
                sink.ensure_run(f0, obase);
                fold_into(block, fold, &mut folded, &mut sink);
            }
            sink.ensure_run(folded.len(), obase + block.len());
            if !keep(&folded.as_bytes()[f0..]) {
                folded.truncate(f0);
                map.rollback(mark);
                continue;
            }
            kept.push(k);
            folded.push('\n');
            if folded.len() >= u32::MAX as usize {
                folded.truncate(f0);
                map.rollback(mark);
                break;
            }
            fstart.push(f0 as u32);
            ostart.push(obase as u32);
            obase += block.len() + 1;
        }
        fstart.push(folded.len() as u32);
        ostart.push(obase as u32);
        folded.shrink_to_fit();
        SearchIndex {
            folded,
            fstart,
            ostart,
            map: map.finish(),
        }
    }

    /// Number of blocks indexed (all of them, below 1 GiB).
    pub fn block_count(&self) -> usize {
        self.fstart.len() - 1
    }

    /// The folded text of the whole document (blocks separated by `'\n'`).
    pub fn folded(&self) -> &str {
        &self.folded
    }

    /// Heap bytes used by the index.
    pub fn heap_bytes(&self) -> usize {
        self.folded.capacity()
            + 4 * (self.fstart.capacity() + self.ostart.capacity())
            + self.map.heap_bytes()
    }

    /// Folded byte range of the blocks `range` (clamped), the separator of
    /// the last one included.
    pub(crate) fn folded_range(&self, range: Range<usize>) -> Range<usize> {
        let n = self.block_count();
        let (s, e) = (range.start.min(n), range.end.min(n));
        self.fstart[s] as usize..self.fstart[e.max(s)] as usize
    }

    /// Folded content of block `b` (without its separator).
    pub(crate) fn block_folded(&self, b: usize) -> Range<usize> {
        self.fstart[b] as usize..(self.fstart[b + 1] as usize).saturating_sub(1)
    }

    /// The original text of block `b` if `blocks` holds it as it was indexed.
    pub(crate) fn block_text<'a>(&self, blocks: Window<'_, 'a>, b: usize) -> Option<&'a str> {
        let len = (self.ostart[b + 1] - self.ostart[b] - 1) as usize;
        let i = b.checked_sub(blocks.base)?;
        blocks.texts.get(i).copied().filter(|t| t.len() == len)
    }

    pub(crate) fn loc(&self, cursor: &mut Cursor, p: usize) -> Loc {
        self.map.loc(cursor, p)
    }

    /// The block whose folded text (or separator) contains `p`.
    pub(crate) fn block_of(&self, cursor: &mut Cursor, p: usize) -> usize {
        let last = self.block_count().saturating_sub(1);
        cursor.seek(&self.fstart, |&f| f as usize, p).min(last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_back() {
        let blocks = ["Été  ok", "œil"];
        let idx = SearchIndex::new(&blocks);
        assert_eq!(idx.folded(), "ete ok\noeil\n");
        let mut c = Cursor::default();
        let cases = [
            (0, Loc::At(0)),
            (1, Loc::At(2)),
            (2, Loc::At(3)),
            (3, Loc::At(5)),
            (4, Loc::At(7)),
            (6, Loc::At(9)),
            (7, Loc::At(10)),
            (8, Loc::Inside(10, 12)),
            (9, Loc::At(12)),
        ];
        for (p, want) in cases {
            assert_eq!(idx.loc(&mut c, p), want, "p={p}");
        }
        assert_eq!(idx.block_count(), 2);
        assert_eq!(idx.ostart, [0, 10, 15]);
    }
}

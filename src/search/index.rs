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
//! 1:1 copying resumes after it.

use std::ops::Range;

use super::fold::{Fold, Sink, fold_into};

/// The two top bits of `Entry::o` give the kind of entry:
/// - `RUN`: 1:1 copying starts here;
/// - `U12` / `U13`: a unit of 2 (3) original bytes folded to 1 byte starts
///   here (e.g. "é" -> "e", "’" -> "'"), 1:1 copying resumes after it;
/// - `UNIT`: any other unit starts here; it ends where the next entry starts.
const KIND_SHIFT: u32 = 30;
const RUN: u32 = 0;
const U12: u32 = 1;
const U13: u32 = 2;
const UNIT: u32 = 3;
const ORIG_MASK: u32 = (1 << KIND_SHIFT) - 1;
/// Global original offsets must fit in 30 bits (documents up to 1 GiB).
const MAX_ORIG: usize = ORIG_MASK as usize;

#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    f: u32,
    o: u32,
}

impl Entry {
    fn orig(self) -> usize {
        (self.o & ORIG_MASK) as usize
    }
    fn kind(self) -> u32 {
        self.o >> KIND_SHIFT
    }
    /// The original offset of folded `p >= self.f`, unless inside a `UNIT`.
    fn predict(self, p: usize) -> Option<usize> {
        let d = p - self.f as usize;
        match self.kind() {
            RUN => Some(self.orig() + d),
            _ if d == 0 => Some(self.orig()),
            U12 => Some(self.orig() + 1 + d),
            U13 => Some(self.orig() + 2 + d),
            _ => None,
        }
    }
}

/// Where a folded offset lands in the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Loc {
    /// On a unit boundary, at this global original offset.
    At(usize),
    /// Strictly inside a unit spanning these global original offsets.
    Inside(usize, usize),
}

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
    entries: Vec<Entry>,
}

struct IndexSink<'a> {
    entries: &'a mut Vec<Entry>,
    obase: usize,
}

impl IndexSink<'_> {
    fn push(&mut self, f: usize, o: usize, kind: u32) {
        let e = Entry {
            f: f as u32,
            o: o as u32 | (kind << KIND_SHIFT),
        };
        match self.entries.last_mut() {
            Some(last) if last.f == e.f && last.kind() == RUN => *last = e,
            _ => self.entries.push(e),
        }
    }

    /// Make sure folded `f` maps to global original `o` with 1:1 copying.
    fn ensure_run(&mut self, f: usize, o: usize) {
        if let Some(&last) = self.entries.last()
            && f >= last.f as usize
            && last.predict(f) == Some(o)
        {
            return;
        }
        self.push(f, o, RUN);
    }
}

impl Sink for IndexSink<'_> {
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
        let total: usize = blocks.iter().map(|b| b.len() + 1).sum();
        let mut folded = String::with_capacity(total.min(MAX_ORIG));
        let mut entries = vec![Entry { f: 0, o: RUN }];
        let mut fstart = Vec::with_capacity(blocks.len() + 1);
        let mut ostart = Vec::with_capacity(blocks.len() + 1);
        let mut obase = 0usize;
        for block in blocks {
            if obase + block.len() + 1 > MAX_ORIG {
                break;
            }
            let (f0, n_entries) = (folded.len(), entries.len());
            let mut sink = IndexSink {
                entries: &mut entries,
                obase,
            };
            sink.ensure_run(f0, obase);
            fold_into(block, fold, &mut folded, &mut sink);
            sink.ensure_run(folded.len(), obase + block.len());
            folded.push('\n');
            if folded.len() >= u32::MAX as usize {
                folded.truncate(f0);
                entries.truncate(n_entries);
                break;
            }
            fstart.push(f0 as u32);
            ostart.push(obase as u32);
            obase += block.len() + 1;
        }
        fstart.push(folded.len() as u32);
        ostart.push(obase as u32);
        folded.shrink_to_fit();
        entries.shrink_to_fit();
        SearchIndex {
            folded,
            fstart,
            ostart,
            entries,
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
            + std::mem::size_of::<Entry>() * self.entries.capacity()
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
        let i = cursor.seek(&self.entries, |e| e.f as usize, p);
        let e = self.entries[i];
        match e.predict(p) {
            Some(o) => Loc::At(o),
            None => Loc::Inside(
                e.orig(),
                self.entries.get(i + 1).map_or(e.orig(), |n| n.orig()),
            ),
        }
    }

    /// The block whose folded text (or separator) contains `p`.
    pub(crate) fn block_of(&self, cursor: &mut Cursor, p: usize) -> usize {
        let last = self.block_count().saturating_sub(1);
        cursor.seek(&self.fstart, |&f| f as usize, p).min(last)
    }
}

/// A position in a sorted array, for lookups that mostly move forward.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Cursor(usize);

impl Cursor {
    /// The last index whose key is `<= p` (0 if none): galloping from the
    /// previous answer, so a forward sweep costs O(log distance) per call.
    pub(crate) fn seek<T>(&mut self, v: &[T], key: impl Fn(&T) -> usize, p: usize) -> usize {
        if v.is_empty() {
            return 0;
        }
        let mut i = self.0.min(v.len() - 1);
        if key(&v[i]) > p {
            i = 0;
        }
        let mut step = 1;
        let mut hi = i + 1;
        while hi < v.len() && key(&v[hi]) <= p {
            i = hi;
            step *= 2;
            hi = i + step;
        }
        let hi = hi.min(v.len());
        let found = v[i..hi].partition_point(|x| key(x) <= p);
        i += found.saturating_sub(1);
        self.0 = i;
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_seeks() {
        let v = [0usize, 3, 3, 7, 10, 20];
        let mut c = Cursor::default();
        for (p, want) in [(0, 0), (2, 0), (3, 2), (8, 3), (25, 5), (1, 0), (10, 4)] {
            assert_eq!(c.seek(&v, |&x| x, p), want, "p={p}");
        }
    }

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

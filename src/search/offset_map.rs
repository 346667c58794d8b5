//! The map from folded offsets back to original offsets, in about 2 bytes per
//! entry.
//!
//! An [`Entry`] marks a folded offset where the correspondence changes (see
//! [`super::index`]). Nearly every entry's original offset follows from the
//! previous entry: 1:1 copying up to it, plus the bytes the previous unit lost
//! in folding (1 for "é" -> "e", 2 for "’" -> "'"). So entries are kept in
//! pages of at most [`PAGE`] entries spanning less than 8 KiB of folded text:
//! a page holds the offsets of its first entry in full, every entry one `u16`
//! code (its kind, its folded offset from the page start, and a `FAR` flag
//! when its original offset does not follow from the previous entry and is
//! kept whole in `far`). A lookup is a binary search over the pages, another
//! within one page, and a scan of at most [`PAGE`] codes.

/// The two top bits of `Entry::o` give the kind of entry:
/// - `RUN`: 1:1 copying starts here;
/// - `U12` / `U13`: a unit of 2 (3) original bytes folded to 1 byte starts
///   here (e.g. "é" -> "e", "’" -> "'"), 1:1 copying resumes after it;
/// - `UNIT`: any other unit starts here; it ends where the next entry starts.
///
/// For `RUN`, `U12` and `U13`, the kind is also the number of original bytes
/// the entry loses before the next one.
const KIND_SHIFT: u32 = 30;
pub(crate) const RUN: u32 = 0;
pub(crate) const U12: u32 = 1;
pub(crate) const U13: u32 = 2;
pub(crate) const UNIT: u32 = 3;
const ORIG_MASK: u32 = (1 << KIND_SHIFT) - 1;
/// Global original offsets must fit in 30 bits (documents up to 1 GiB).
pub(crate) const MAX_ORIG: usize = ORIG_MASK as usize;

/// Most entries in a page: bounds the scan of a lookup.
const PAGE: usize = 64;
/// A code: the entry's kind in bits 14-15, `FAR` in bit 13, its folded offset
/// from its page's first entry in bits 0-12.
const CODE_KIND_SHIFT: u32 = 14;
const FAR: u16 = 1 << 13;
const DELTA_MASK: u16 = FAR - 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    f: u32,
    o: u32,
}

impl Entry {
    pub(crate) fn new(f: usize, o: usize, kind: u32) -> Entry {
        Entry {
            f: f as u32,
            o: o as u32 | (kind << KIND_SHIFT),
        }
    }
    pub(crate) fn folded(self) -> usize {
        self.f as usize
    }
    pub(crate) fn orig(self) -> usize {
        (self.o & ORIG_MASK) as usize
    }
    pub(crate) fn kind(self) -> u32 {
        self.o >> KIND_SHIFT
    }
    /// The original offset of folded `p >= self.f`, unless inside a `UNIT`.
    pub(crate) fn predict(self, p: usize) -> Option<usize> {
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

/// The offsets of a page's first entry, and where its codes and far offsets
/// start.
#[derive(Clone, Copy, Debug)]
struct Page {
    f: u32,
    o: u32,
    first: u32,
    far: u32,
}

/// The entries of a document, sorted by folded offset: see the module
/// documentation.
#[derive(Clone, Debug, Default)]
pub(crate) struct OffsetMap {
    pages: Vec<Page>,
    codes: Vec<u16>,
    far: Vec<u32>,
}

fn delta(code: u16) -> usize {
    (code & DELTA_MASK) as usize
}

fn code_kind(code: u16) -> u32 {
    u32::from(code) >> CODE_KIND_SHIFT
}

impl OffsetMap {
    pub(crate) fn heap_bytes(&self) -> usize {
        std::mem::size_of::<Page>() * self.pages.capacity()
            + 2 * self.codes.capacity()
            + 4 * self.far.capacity()
    }

    /// The codes of page `g`.
    fn codes(&self, g: usize) -> &[u16] {
        let end = self
            .pages
            .get(g + 1)
            .map_or(self.codes.len(), |n| n.first as usize);
        &self.codes[self.pages[g].first as usize..end]
    }

    /// Entry `r` of page `g`.
    fn entry(&self, g: usize, r: usize) -> Entry {
        let pg = self.pages[g];
        let codes = &self.codes[pg.first as usize..][..=r];
        let (fbase, obase) = (pg.f as usize, pg.o as usize);
        let far_end = self
            .pages
            .get(g + 1)
            .map_or(self.far.len(), |n| n.far as usize);
        // The last entry up to `r` whose original offset is known: the first
        // one, or one with `FAR` (none in most pages: no scan for them).
        let k = if far_end == pg.far as usize {
            0
        } else {
            codes[1..]
                .iter()
                .rposition(|&c| c & FAR != 0)
                .map_or(0, |j| j + 1)
        };
        let (fk, ok) = if k == 0 {
            (fbase, obase)
        } else {
            let far = codes[1..k].iter().filter(|&&c| c & FAR != 0).count();
            (
                fbase + delta(codes[k]),
                self.far[pg.far as usize + far] as usize,
            )
        };
        // No `UNIT` before `r` after `k`: the entry after a `UNIT` has `FAR`.
        let lost: u32 = codes[k..r].iter().map(|&c| code_kind(c)).sum();
        let f = fbase + delta(codes[r]);
        Entry::new(f, ok + (f - fk) + lost as usize, code_kind(codes[r]))
    }

    pub(crate) fn loc(&self, cursor: &mut Cursor, p: usize) -> Loc {
        if self.pages.is_empty() {
            return Loc::At(p);
        }
        let g = cursor.seek(&self.pages, |pg| pg.f as usize, p);
        let codes = self.codes(g);
        let d = p.saturating_sub(self.pages[g].f as usize);
        let d = d.min(usize::from(DELTA_MASK));
        let r = codes.partition_point(|&c| delta(c) <= d).saturating_sub(1);
        let e = self.entry(g, r);
        match e.predict(p) {
            Some(o) => Loc::At(o),
            None => {
                let next = if r + 1 < codes.len() {
                    self.entry(g, r + 1).orig()
                } else {
                    self.pages.get(g + 1).map_or(e.orig(), |n| n.o as usize)
                };
                Loc::Inside(e.orig(), next)
            }
        }
    }

    /// All entries, decoded.
    #[cfg(test)]
    pub(crate) fn entries(&self) -> Vec<Entry> {
        (0..self.pages.len())
            .flat_map(|g| (0..self.codes(g).len()).map(move |r| self.entry(g, r)))
            .collect()
    }
}

/// Builds an [`OffsetMap`] from entries pushed in folded order; the last
/// entry pushed stays pending, as a `RUN` entry is replaced by the next entry
/// at the same folded offset.
#[derive(Debug)]
pub(crate) struct MapBuilder {
    map: OffsetMap,
    state: BuildState,
    /// The entry not yet stored.
    last: Entry,
}

/// What storing the next entry depends on.
#[derive(Clone, Copy, Debug)]
struct BuildState {
    /// The folded offset of the last page's first entry.
    page_f: u32,
    /// Where the last page must end, in entries.
    page_end: usize,
    /// The original offset of the next entry minus its folded offset, if it
    /// follows from the last entry stored (anything below `-MAX_ORIG` after a
    /// `UNIT`, which no entry follows from).
    drift: i64,
}

/// A state of a [`MapBuilder`], to go back to.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mark {
    lens: [usize; 3],
    state: BuildState,
    last: Entry,
}

impl MapBuilder {
    /// A builder holding a `RUN` entry at 0.
    pub(crate) fn new() -> MapBuilder {
        MapBuilder {
            map: OffsetMap::default(),
            state: BuildState {
                page_f: 0,
                page_end: 0,
                drift: 0,
            },
            last: Entry::new(0, 0, RUN),
        }
    }

    pub(crate) fn last(&self) -> Entry {
        self.last
    }

    #[inline]
    pub(crate) fn push(&mut self, e: Entry) {
        debug_assert!(e.f >= self.last.f, "entries out of order");
        if !(self.last.f == e.f && self.last.kind() == RUN) {
            self.store(self.last);
        }
        self.last = e;
    }

    /// Out of line: of the layouts tried, the quickest index build.
    #[inline(never)]
    fn store(&mut self, e: Entry) {
        let st = self.state;
        let n = self.map.codes.len();
        let (f, o, kind) = (e.f, e.o & ORIG_MASK, e.kind());
        let d = f.wrapping_sub(st.page_f);
        let code = if n < st.page_end
            && d <= u32::from(DELTA_MASK)
            && i64::from(o) - i64::from(f) == st.drift
        {
            (kind << CODE_KIND_SHIFT) as u16 | d as u16
        } else {
            self.store_apart(e)
        };
        self.map.codes.push(code);
        self.state.drift = if kind == UNIT {
            i64::MIN / 2
        } else {
            i64::from(o) + i64::from(kind) - i64::from(f)
        };
    }

    /// The code of an entry that starts a page or has `FAR`, with its page
    /// or far offset stored.
    #[cold]
    #[inline(never)]
    fn store_apart(&mut self, e: Entry) -> u16 {
        let map = &mut self.map;
        let st = &mut self.state;
        let n = map.codes.len();
        let (f, o) = (e.f, e.o & ORIG_MASK);
        let code = (e.kind() << CODE_KIND_SHIFT) as u16;
        let d = f.wrapping_sub(st.page_f);
        if n < st.page_end && d <= u32::from(DELTA_MASK) {
            map.far.push(o);
            return code | FAR | d as u16;
        }
        map.pages.push(Page {
            f,
            o,
            first: n as u32,
            far: map.far.len() as u32,
        });
        st.page_f = f;
        st.page_end = n + PAGE;
        code
    }

    pub(crate) fn mark(&self) -> Mark {
        let m = &self.map;
        Mark {
            lens: [m.pages.len(), m.codes.len(), m.far.len()],
            state: self.state,
            last: self.last,
        }
    }

    /// Forget the entries pushed since `mark`.
    pub(crate) fn rollback(&mut self, mark: Mark) {
        let [pages, codes, far] = mark.lens;
        self.map.pages.truncate(pages);
        self.map.codes.truncate(codes);
        self.map.far.truncate(far);
        self.state = mark.state;
        self.last = mark.last;
    }

    pub(crate) fn finish(mut self) -> OffsetMap {
        self.store(self.last);
        let mut map = self.map;
        map.pages.shrink_to_fit();
        map.codes.shrink_to_fit();
        map.far.shrink_to_fit();
        map
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
mod tests;

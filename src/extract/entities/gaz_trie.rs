//! The gazetteer's names in a double-array trie, walked from one place of the text at a time.
//!
//! A gazetteer hit opens a word ([`super::gazetteer::hits_into`]), so the names are looked for
//! only where a word opens: the longest name the text spells from there. A double-array trie
//! answers that a byte a step, each step one cell read and a comparison: the child of state
//! `s` by byte `b` is cell `base[s] + b`, if its `check` says `s` is its parent (a cell holds
//! its base, check and value side by side: one cache line a step). The gazetteer's names make
//! some 112,000 cells, all but about a hundred used. (An Aho-Corasick automaton walked
//! anchored costs some 37 instructions a byte in its sparse states; yada's double-array
//! builder took half a second at each start for these names, its search for free cells
//! unbounded. Here a node's children try the first [`TRIES`] free cells, then go past the
//! last one.)

/// No state / no name / a free cell.
const NONE: u32 = u32::MAX;

/// Free cells tried for a node's children before they go past the last cell.
const TRIES: usize = 256;

/// Names (byte strings, each with a value) walked as prefixes of a text.
#[derive(Debug)]
pub struct Trie {
    /// By cell (a cell is a state): its [`Cell::base`], [`Cell::check`] and [`Cell::value`]
    /// side by side, so that a step reads one cache line, not one in each of three arrays.
    cells: Vec<Cell>,
    /// The root's [`Cell::base`], read at each walk's start without a look at its cell.
    root_base: usize,
    /// By name: its value and its length (a walk keeps only the last name's index, one
    /// register a step, and reads these once at its end).
    names: Vec<(u32, u32)>,
}

/// One cell of the double array.
#[derive(Debug, Clone, Copy)]
struct Cell {
    /// Where the state's children's cells start (a child by byte `b` at `base + b`).
    base: u32,
    /// The state whose child the cell is, or [`NONE`] if free.
    check: u32,
    /// The longest name ending at the state or above it on its path from the root (its
    /// index in [`Trie::names`]), or [`NONE`]: a walk takes each state's without a test.
    value: u32,
}

/// A free cell.
const FREE: Cell = Cell {
    base: 0,
    check: NONE,
    value: NONE,
};

/// A [`Trie`] being built, with its free cells.
struct Builder {
    trie: Trie,
    /// The free cells below `check.len()`, each linked to the next one up ([`NONE`] ends
    /// the list; the cells past the last are free too).
    next_free: Vec<u32>,
    /// The first free cell, or [`NONE`].
    first_free: u32,
    /// The last free cell, or [`NONE`].
    last_free: u32,
}

impl Trie {
    /// The trie of `names` (no two alike; none empty; values under `u32::MAX`).
    pub fn new(names: &[(&[u8], u32)]) -> Trie {
        let mut sorted: Vec<(&[u8], u32)> = names.to_vec();
        sorted.sort_unstable();
        debug_assert!(sorted.windows(2).all(|w| w[0].0 != w[1].0));
        let mut builder = Builder {
            trie: Trie {
                cells: vec![Cell {
                    base: 0,
                    check: 0,
                    value: NONE,
                }],
                root_base: 0,
                names: Vec::with_capacity(sorted.len()),
            },
            next_free: vec![NONE],
            first_free: NONE,
            last_free: NONE,
        };
        // the root is state 0, its own cell taken (its children's bases are 1 or more)
        if !sorted.is_empty() {
            builder.add(&sorted, 0, 0, NONE);
        }
        builder.pad();
        builder.trie.root_base = builder.trie.cells[0].base as usize;
        builder.trie
    }

    /// The longest name that `text` opens with: its value and its length.
    #[inline]
    pub fn longest_prefix(&self, text: &[u8]) -> Option<(u32, usize)> {
        let cells = &self.cells[..];
        // the longest name so far (its index in `names`: each state holds the longest up to it)
        let mut found = NONE;
        // (the state and its base, read with its check; the bytes read through an iterator,
        // not an index and a length: a step is five instructions, or eight more when it
        // goes on)
        let mut s = 0u32;
        let mut base = self.root_base;
        for &b in text {
            let t = base + usize::from(b);
            // (a state without children has base 0: its "child" is a cell of the root's
            // children's range or below, whose parent is never that state; the cells run
            // 256 past the last base, so a child's cell is always there: [`Builder::pad`])
            debug_assert!(t < cells.len());
            // SAFETY: `t` is a base plus a byte, and the cells run 256 past the largest base
            // ([`Builder::pad`]); the bounds test this leaves out was 2 of a step's
            // instructions, 2.1 M a MiB of text
            let cell = unsafe { cells.get_unchecked(t) };
            if cell.check != s {
                break;
            }
            found = cell.value;
            s = t as u32;
            base = cell.base as usize;
        }
        let &(value, len) = self.names.get(found as usize)?;
        Some((value, len as usize))
    }
}

impl Builder {
    /// Free cells added past the last one, up to 256 past the largest base: the child of any
    /// state by any byte is a cell ([`Trie::longest_prefix`] reads it without a bounds test).
    fn pad(&mut self) {
        let top = self
            .trie
            .cells
            .iter()
            .map(|c| c.base as usize)
            .max()
            .unwrap_or(0);
        if self.trie.cells.len() < top + 256 {
            self.trie.cells.resize(top + 256, FREE);
        }
    }

    /// Adds below state `s` the names of `names` (sorted, all spelling `s`'s bytes, their
    /// first `depth`); `above` is the longest name above `s` on its path ([`Cell::value`]).
    fn add(&mut self, names: &[(&[u8], u32)], depth: usize, s: usize, above: u32) {
        let rest = if names[0].0.len() == depth {
            let len = u32::try_from(depth).expect("a name under 4 GiB");
            self.trie.cells[s].value = u32::try_from(self.trie.names.len()).expect("names");
            self.trie.names.push((names[0].1, len));
            &names[1..]
        } else {
            self.trie.cells[s].value = above;
            names
        };
        let above = self.trie.cells[s].value;
        if rest.is_empty() {
            return;
        }
        // the children: the rest grouped by their byte at `depth` (in byte order)
        let mut groups: Vec<(u8, usize, usize)> = Vec::new();
        let mut i = 0;
        while i < rest.len() {
            let b = rest[i].0[depth];
            let n = rest[i..].iter().take_while(|(k, _)| k[depth] == b).count();
            groups.push((b, i, i + n));
            i += n;
        }
        let base = self.free_base(&groups);
        self.trie.cells[s].base = u32::try_from(base).expect("under 2^32 cells");
        let parent = u32::try_from(s).expect("under 2^32 states");
        self.take(&groups, base, parent);
        for &(b, from, to) in &groups {
            self.add(&rest[from..to], depth + 1, base + usize::from(b), above);
        }
    }

    /// The cells up to `len` made, the new ones free (linked at the end of the list).
    fn grow(&mut self, len: usize) {
        let old = self.trie.cells.len();
        if len <= old {
            return;
        }
        self.trie.cells.resize(len, FREE);
        self.next_free.resize(len, NONE);
        for cell in old..len {
            let cell = u32::try_from(cell).expect("under 2^32 cells");
            match self.last_free {
                NONE => self.first_free = cell,
                last => self.next_free[last as usize] = cell,
            }
            self.last_free = cell;
        }
    }

    /// The groups' cells at `base` taken, children of `parent`: out of the free list (one
    /// pass over it: the cells are in order).
    fn take(&mut self, groups: &[(u8, usize, usize)], base: usize, parent: u32) {
        for &(c, _, _) in groups {
            self.trie.cells[base + usize::from(c)].check = parent;
        }
        // unlink the taken cells, from the first free one
        let mut prev = NONE;
        let mut cell = self.first_free;
        let last_cell = base + usize::from(groups[groups.len() - 1].0);
        while cell != NONE && cell as usize <= last_cell {
            let next = self.next_free[cell as usize];
            if self.trie.cells[cell as usize].check == parent && cell as usize >= base {
                match prev {
                    NONE => self.first_free = next,
                    p => self.next_free[p as usize] = next,
                }
                if self.last_free == cell {
                    self.last_free = prev;
                }
            } else {
                prev = cell;
            }
            cell = next;
        }
    }

    /// A base at which each group's byte finds a free cell: the lowest among the first
    /// [`TRIES`] free cells, else past the last cell (a bounded search: the arrays keep some
    /// holes). The arrays are grown to hold the bytes past it.
    fn free_base(&mut self, groups: &[(u8, usize, usize)]) -> usize {
        let first = usize::from(groups[0].0);
        let last = usize::from(groups[groups.len() - 1].0);
        let mut e = self.first_free;
        let mut tries = 0;
        while e != NONE && tries < TRIES {
            let at = e as usize;
            if at > first {
                let base = at - first;
                self.grow(base + last + 1);
                if groups
                    .iter()
                    .all(|&(c, _, _)| self.trie.cells[base + usize::from(c)].check == NONE)
                {
                    return base;
                }
                tries += 1;
            }
            e = self.next_free[at];
        }
        // past the last cell: all free
        let base = self.trie.cells.len().max(first + 1) - first;
        self.grow(base + last + 1);
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The longest of `names` that `text` opens with, by trying each.
    fn by_each(names: &[(&[u8], u32)], text: &[u8]) -> Option<(u32, usize)> {
        names
            .iter()
            .filter(|(n, _)| text.starts_with(n))
            .max_by_key(|(n, _)| n.len())
            .map(|&(n, v)| (v, n.len()))
    }

    #[test]
    fn longest_name_opening_the_text() {
        let names: Vec<(&[u8], u32)> = vec![
            (b"new", 0),
            (b"new york", 1),
            (b"new york times", 2),
            (b"newark", 3),
            (b"n", 4),
            (b"\xc3\xa9tats-unis", 5),
            (b"la paz", 6),
        ];
        let trie = Trie::new(&names);
        for (text, want) in [
            (&b"new york times said"[..], Some((2, 14))),
            (b"new york time", Some((1, 8))),
            (b"new yorker", Some((1, 8))),
            (b"newark", Some((3, 6))),
            (b"newa", Some((0, 3))),
            (b"nex", Some((4, 1))),
            (b"\xc3\xa9tats-unis d", Some((5, 11))),
            (b"\xc3\xa9tats", None),
            (b"la pa", None),
            (b"x", None),
            (b"", None),
        ] {
            assert_eq!(
                trie.longest_prefix(text),
                want,
                "{:?}",
                String::from_utf8_lossy(text)
            );
            assert_eq!(by_each(&names, text), want);
        }
    }

    /// Names whose children spread over the whole byte range (the arrays packed around wide
    /// gaps, not only letters): each is found whole, and a text whose last byte differs from
    /// a name's finds what trying each name finds.
    #[test]
    fn children_over_the_whole_byte_range() {
        let owned: Vec<Vec<u8>> = (1..=60u8)
            .flat_map(|a| {
                (0..8u8).map(move |k| {
                    let b = 1 + (u16::from(a) * 37 + u16::from(k) * 31) % 255;
                    vec![a, a.wrapping_mul(7).max(1), b as u8]
                })
            })
            .chain((1..=60u8).map(|a| vec![a]))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let names: Vec<(&[u8], u32)> = owned
            .iter()
            .enumerate()
            .map(|(i, n)| (n.as_slice(), i as u32))
            .collect();
        let trie = Trie::new(&names);
        for &(n, v) in &names {
            assert_eq!(trie.longest_prefix(n), Some((v, n.len())));
            let mut off = n.to_vec();
            *off.last_mut().expect("a name") ^= 0x80;
            assert_eq!(trie.longest_prefix(&off), by_each(&names, &off));
        }
    }

    proptest! {
        /// Any names over a small alphabet (many sharing prefixes, some with many children
        /// after one prefix): the trie answers as trying each name does, for texts made of
        /// the same bytes.
        #[test]
        fn answers_as_trying_each_name(
            raw in proptest::collection::btree_set("[ab c\u{e9}]{1,6}|[a-m]{1,3}", 1..60),
            texts in proptest::collection::vec("[ab c\u{e9}a-m]{0,12}", 1..20),
        ) {
            let names: Vec<(&[u8], u32)> = raw
                .iter()
                .enumerate()
                .map(|(i, n)| (n.as_bytes(), i as u32))
                .collect();
            let trie = Trie::new(&names);
            for t in &texts {
                prop_assert_eq!(trie.longest_prefix(t.as_bytes()), by_each(&names, t.as_bytes()));
            }
        }
    }
}

//! The paragraphs viewport: a top position in wrapped lines, a selected paragraph, and the wrap
//! cache they are computed from. Only blocks near the viewport are ever wrapped.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use crate::document::{BlockKind, Document, wrap};

/// Columns a block kind's lines are indented by ("• " for list items, "│ " for quotes).
pub fn indent(kind: BlockKind) -> usize {
    match kind {
        BlockKind::ListItem | BlockKind::Quote => 2,
        _ => 0,
    }
}

/// A line of the paragraphs pane: `line` counts the block's wrapped lines, then its separator.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub block: usize,
    pub line: usize,
}

/// Wrapped lines per block for one text width; cleared when the width changes.
#[derive(Default)]
pub struct WrapCache {
    width: usize,
    lines: HashMap<usize, Rc<[Range<usize>]>>,
}

impl WrapCache {
    pub fn lines(&mut self, doc: &Document, block: usize, width: usize) -> Rc<[Range<usize>]> {
        if width != self.width {
            self.lines.clear();
            self.width = width;
        }
        let width = width.saturating_sub(indent(doc.blocks[block].kind)).max(1);
        self.lines
            .entry(block)
            .or_insert_with(|| wrap::wrap(doc.block_text(block), width).into())
            .clone()
    }
}

/// Geometry of the paragraphs text area, as last drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextArea {
    pub width: usize,
    pub height: usize,
}

impl Default for TextArea {
    fn default() -> Self {
        TextArea {
            width: 80,
            height: 20,
        }
    }
}

/// Line arithmetic over the document at one width, optionally over a subset of its blocks.
pub struct Lines<'a> {
    pub doc: &'a Document,
    pub cache: &'a RefCell<WrapCache>,
    pub area: TextArea,
    /// Sorted block indices shown (a paragraph filter), or None for every block.
    pub only: Option<&'a [usize]>,
}

impl Lines<'_> {
    pub fn first_block(&self) -> Option<usize> {
        match self.only {
            Some(only) => only.first().copied(),
            None => (!self.doc.is_empty()).then_some(0),
        }
    }

    pub fn last_block(&self) -> Option<usize> {
        match self.only {
            Some(only) => only.last().copied(),
            None => self.doc.len().checked_sub(1),
        }
    }

    pub fn next(&self, block: usize) -> Option<usize> {
        match self.only {
            Some(only) => only.get(only.partition_point(|&b| b <= block)).copied(),
            None => (block + 1 < self.doc.len()).then_some(block + 1),
        }
    }

    pub fn prev(&self, block: usize) -> Option<usize> {
        match self.only {
            Some(only) => only
                .partition_point(|&b| b < block)
                .checked_sub(1)
                .map(|i| only[i]),
            None => block.checked_sub(1),
        }
    }

    /// The shown block nearest to `block` (itself when shown).
    pub fn snap(&self, block: usize) -> Option<usize> {
        match self.only {
            Some(only) if !only.contains(&block) => self.next(block).or_else(|| self.prev(block)),
            _ => (block < self.doc.len())
                .then_some(block)
                .or(self.last_block()),
        }
    }

    /// Wrapped lines of a block plus its blank separator (none after the last block).
    pub fn height(&self, block: usize) -> usize {
        let n = self
            .cache
            .borrow_mut()
            .lines(self.doc, block, self.area.width)
            .len();
        n + usize::from(self.next(block).is_some())
    }

    pub fn wrapped(&self, block: usize) -> Rc<[Range<usize>]> {
        self.cache
            .borrow_mut()
            .lines(self.doc, block, self.area.width)
    }

    fn last(&self) -> Pos {
        let block = self.last_block().unwrap_or(0);
        Pos {
            block,
            line: self.height(block).saturating_sub(1),
        }
    }

    pub fn forward(&self, mut pos: Pos, mut n: usize) -> Pos {
        while n > 0 {
            let remaining = self.height(pos.block).saturating_sub(1 + pos.line);
            if n <= remaining {
                pos.line += n;
                break;
            }
            let Some(next) = self.next(pos.block) else {
                pos.line += remaining;
                break;
            };
            n -= remaining + 1;
            pos = Pos {
                block: next,
                line: 0,
            };
        }
        pos
    }

    pub fn backward(&self, mut pos: Pos, mut n: usize) -> Pos {
        while n > 0 {
            if n <= pos.line {
                pos.line -= n;
                break;
            }
            let Some(prev) = self.prev(pos.block) else {
                pos.line = 0;
                break;
            };
            n -= pos.line + 1;
            pos = Pos {
                block: prev,
                line: self.height(prev).saturating_sub(1),
            };
        }
        pos
    }

    /// The lowest top that still fills the viewport: the last line sits on the bottom row.
    pub fn max_top(&self) -> Pos {
        self.backward(self.last(), self.area.height.saturating_sub(1))
    }

    /// The first line of all.
    pub fn top(&self) -> Pos {
        Pos {
            block: self.first_block().unwrap_or(0),
            line: 0,
        }
    }

    /// A top position made valid: on a shown block, inside it, and not past `max_top`.
    pub fn clamp(&self, pos: Pos) -> Pos {
        let Some(block) = self.snap(pos.block) else {
            return Pos::default();
        };
        let line = if block == pos.block {
            pos.line.min(self.height(block).saturating_sub(1))
        } else {
            0
        };
        Pos { block, line }.min(self.max_top())
    }

    /// First and last blocks with at least one line on screen, and whether each is fully shown.
    pub fn visible(&self, top: Pos) -> Visible {
        let mut pos = top;
        let mut rows = self.area.height.max(1);
        let first = top.block;
        let first_full = top.line == 0;
        loop {
            let h = self.height(pos.block);
            let left = h - pos.line.min(h);
            let next = self.next(pos.block);
            if left >= rows || next.is_none() {
                let last_full = left <= rows;
                return Visible {
                    first,
                    first_full,
                    last: pos.block,
                    last_full,
                };
            }
            rows -= left;
            pos = Pos {
                block: next.unwrap_or(pos.block),
                line: 0,
            };
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visible {
    pub first: usize,
    pub first_full: bool,
    pub last: usize,
    pub last_full: bool,
}

impl Visible {
    pub fn contains(&self, block: usize) -> bool {
        (self.first..=self.last).contains(&block)
    }

    pub fn fully_shows(&self, block: usize) -> bool {
        self.contains(block)
            && (block != self.first || self.first_full)
            && (block != self.last || self.last_full)
    }
}

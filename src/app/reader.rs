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

/// Line arithmetic over the document at one width.
pub struct Lines<'a> {
    pub doc: &'a Document,
    pub cache: &'a RefCell<WrapCache>,
    pub area: TextArea,
}

impl Lines<'_> {
    /// Wrapped lines of a block plus its blank separator (none after the last block).
    pub fn height(&self, block: usize) -> usize {
        let n = self
            .cache
            .borrow_mut()
            .lines(self.doc, block, self.area.width)
            .len();
        n + usize::from(block + 1 < self.doc.len())
    }

    pub fn wrapped(&self, block: usize) -> Rc<[Range<usize>]> {
        self.cache
            .borrow_mut()
            .lines(self.doc, block, self.area.width)
    }

    fn last(&self) -> Pos {
        let block = self.doc.len().saturating_sub(1);
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
            if pos.block + 1 >= self.doc.len() {
                pos.line += remaining;
                break;
            }
            n -= remaining + 1;
            pos = Pos {
                block: pos.block + 1,
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
            if pos.block == 0 {
                pos.line = 0;
                break;
            }
            n -= pos.line + 1;
            pos.block -= 1;
            pos.line = self.height(pos.block).saturating_sub(1);
        }
        pos
    }

    /// The lowest top that still fills the viewport: the last line sits on the bottom row.
    pub fn max_top(&self) -> Pos {
        self.backward(self.last(), self.area.height.saturating_sub(1))
    }

    /// A top position made valid: inside its block, and not past `max_top`.
    pub fn clamp(&self, pos: Pos) -> Pos {
        if self.doc.is_empty() {
            return Pos::default();
        }
        let block = pos.block.min(self.doc.len() - 1);
        let line = pos.line.min(self.height(block).saturating_sub(1));
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
            if left >= rows || pos.block + 1 >= self.doc.len() {
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
                block: pos.block + 1,
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

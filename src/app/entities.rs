//! Entities pane state: display order, mentions per block, the paragraph filter (`f`), inline
//! marks (`e`), and jumping from an entity to its mentions (`Enter`).

use std::cell::{Ref, RefCell};
use std::ops::Range;

use super::reader::Pos;
use super::{App, Focus};
use crate::document::narrow;
use crate::extract::{Entity, Mention};

/// A mention placed in its block: byte range and the entity's index (u32: a large document
/// has millions of these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub start: u32,
    pub end: u32,
    pub entity: u32,
}

impl Placed {
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn entity(&self) -> usize {
        self.entity as usize
    }
}

/// The mentions of a window of blocks around the reader, grouped by block and sorted by start
/// within it: rebuilt from the entities' mentions (sorted by block, see [`EntityState::new`])
/// when a block outside it is asked for. A copy of every mention cost ~20 MB on a 100 MB
/// corpus. Where each entity's mentions of each chunk of [`CHUNK`] blocks begin is kept (9 MB
/// there), so that a window is built from those lists alone: finding them by bisection in every
/// entity's mentions took 3.7 ms (a cache miss a step).
#[derive(Debug, Default)]
pub struct ByBlock {
    /// `firsts[chunk_starts[c]..chunk_starts[c + 1]]`: (entity, index of its first mention in
    /// chunk c) for each entity mentioned in chunk c, by entity.
    firsts: Vec<(u32, u32)>,
    chunk_starts: Vec<u32>,
    /// The windows built last, most recent first (going back to where one was is free).
    windows: RefCell<Vec<Window>>,
}

#[derive(Debug, Default)]
struct Window {
    /// The blocks it holds (none before the first call).
    blocks: Range<usize>,
    placed: Vec<Placed>,
    /// `placed[starts[b - blocks.start]..starts[b - blocks.start + 1]]` are block b's.
    starts: Vec<u32>,
}

/// How many windows are kept.
const WINDOWS: usize = 4;

/// Blocks in a chunk; a window is two chunks, at least half a chunk either side of the block
/// asked for (a screen showing more paragraphs than that after it uses the next window too: both
/// are kept). A window's cost goes with the entities its chunks name, each a cache miss: a jump's
/// draw on 100 MB (2,491 entities, nearly all named in any 1,024 blocks) took ~530 µs with
/// chunks of 1,024 (870,652 first-mention entries), ~360 with 256 (995,736), ~295 with 64
/// (1,126,554 entries, 9 MB), against ~240 on the bundled article.
const CHUNK: usize = 64;

impl ByBlock {
    fn new(entities: &[Entity]) -> ByBlock {
        let chunks = entities
            .iter()
            .filter_map(|e| e.mentions.last())
            .map(|m| m.block() / CHUNK + 1)
            .max()
            .unwrap_or(0);
        let mut per_chunk: Vec<Vec<(u32, u32)>> = vec![Vec::new(); chunks];
        for (i, e) in entities.iter().enumerate() {
            let mut last = usize::MAX;
            for (k, m) in e.mentions.iter().enumerate() {
                let c = m.block() / CHUNK;
                if c != last {
                    per_chunk[c].push((narrow(i), narrow(k)));
                    last = c;
                }
            }
        }
        let mut chunk_starts = Vec::with_capacity(chunks + 1);
        let mut firsts = Vec::with_capacity(per_chunk.iter().map(Vec::len).sum());
        chunk_starts.push(0);
        for list in per_chunk {
            firsts.extend(list);
            chunk_starts.push(narrow(firsts.len()));
        }
        ByBlock {
            firsts,
            chunk_starts,
            windows: RefCell::default(),
        }
    }

    /// The mentions in `block`, sorted by start. `entities` are those the state was made for.
    pub fn get(&self, entities: &[Entity], block: usize) -> Ref<'_, [Placed]> {
        let held = self
            .windows
            .borrow()
            .iter()
            .position(|w| w.blocks.contains(&block));
        let mut windows = self.windows.borrow_mut();
        match held {
            Some(0) => {}
            Some(i) => windows[..=i].rotate_right(1),
            None => {
                windows.truncate(WINDOWS - 1);
                windows.insert(0, self.window_around(entities, block));
            }
        }
        drop(windows);
        Ref::map(self.windows.borrow(), |ws| {
            let w = &ws[0];
            let b = block - w.blocks.start;
            &w.placed[w.starts[b] as usize..w.starts[b + 1] as usize]
        })
    }

    /// The two chunks around `block`.
    fn window_around(&self, entities: &[Entity], block: usize) -> Window {
        let first = block.saturating_sub(CHUNK / 2) / CHUNK;
        let blocks = first * CHUNK..(first + 2).saturating_mul(CHUNK);
        // each chunk's mentions, entity by entity, from where the chunk's list says they begin:
        // read once (each entity's are elsewhere in memory), then placed by block
        let mut found: Vec<(u32, Placed)> = Vec::new();
        for c in first..first + 2 {
            let (Some(&a), Some(&b)) = (self.chunk_starts.get(c), self.chunk_starts.get(c + 1))
            else {
                break;
            };
            let end = (c + 1) * CHUNK;
            for &(e, lo) in &self.firsts[a as usize..b as usize] {
                let mentions = &entities[e as usize].mentions[lo as usize..];
                for m in mentions.iter().take_while(|m| m.block() < end) {
                    let p = Placed {
                        start: narrow(m.start()),
                        end: narrow(m.end()),
                        entity: e,
                    };
                    found.push((narrow(m.block() - blocks.start), p));
                }
            }
        }
        let mut starts = vec![0u32; blocks.len() + 1];
        for &(b, _) in &found {
            starts[b as usize + 1] += 1;
        }
        for b in 0..blocks.len() {
            starts[b + 1] += starts[b];
        }
        let mut fill = starts.clone();
        let mut placed = found.iter().map(|f| f.1).collect::<Vec<_>>();
        for &(b, p) in &found {
            let at = &mut fill[b as usize];
            placed[*at as usize] = p;
            *at += 1;
        }
        for b in 0..blocks.len() {
            placed[starts[b] as usize..starts[b + 1] as usize]
                .sort_unstable_by_key(|p| (p.start, p.end, p.entity));
        }
        Window {
            blocks,
            placed,
            starts,
        }
    }
}

#[derive(Debug, Default)]
pub struct EntityState {
    /// Entity indices in display order: by kind, then mentions (most first), then name.
    pub order: Vec<usize>,
    /// Mentions of a window of blocks around the reader, per block, sorted by start.
    pub by_block: ByBlock,
    /// `e`: every mention underlined in its kind's style.
    pub marks: bool,
    /// `f`: only the paragraphs that mention this entity are shown.
    pub filter: Option<(usize, Vec<usize>)>,
    /// Which mention `Enter` goes to next.
    pub cursor: usize,
}

impl EntityState {
    /// By kind, then mentions (most first), then name.
    pub fn display_order(entities: &[Entity]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..entities.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&entities[a], &entities[b]);
            (a.kind, std::cmp::Reverse(a.mentions.len()), &a.name).cmp(&(
                b.kind,
                std::cmp::Reverse(b.mentions.len()),
                &b.name,
            ))
        });
        order
    }

    /// Sorts each entity's mentions by block and offsets, if they were not: `Enter` visits them
    /// in reading order, and a window's mentions are read off each entity's from where a chunk's
    /// begin.
    pub fn new(entities: &mut [Entity]) -> EntityState {
        for e in entities.iter_mut() {
            let key = |m: &Mention| (m.block(), m.start(), m.end());
            if !e.mentions.is_sorted_by_key(key) {
                e.mentions.sort_unstable_by_key(key);
            }
        }
        EntityState {
            order: Self::display_order(entities),
            by_block: ByBlock::new(entities),
            ..Default::default()
        }
    }
}

/// The distinct blocks an entity is mentioned in, in order, read lazily off its mentions (sorted
/// by block once the entities are installed, see [`EntityState::new`]): a frame asks for the
/// first few of an entity a corpus mentions tens of thousands of times.
pub fn blocks_of(entity: &Entity) -> impl Iterator<Item = usize> + '_ {
    let mut last = None;
    entity.mentions.iter().filter_map(move |m| {
        let b = m.block();
        (last.replace(b) != Some(b)).then_some(b)
    })
}

impl App {
    /// The entity under the entities pane's selection.
    pub fn selected_entity(&self) -> Option<usize> {
        self.ents.order.get(self.lists[0].selected).copied()
    }

    /// `Enter` on an entity: the next of its mentions, selected and shown in the paragraphs.
    pub(super) fn jump_to_next_mention(&mut self) {
        let Some(e) = self.selected_entity() else {
            return;
        };
        let count = self.entities[e].mentions.len();
        if count == 0 {
            return;
        }
        let m = self.entities[e].mentions[self.ents.cursor % count];
        self.ents.cursor = (self.ents.cursor + 1) % count;
        self.show_block(m.block(), m.start());
        self.status = Some(format!(
            "{} · mention {}/{count} · ¶{}",
            self.entities[e].name,
            (self.ents.cursor + count - 1) % count + 1,
            m.block() + 1
        ));
    }

    /// Selects a block and scrolls so that the line holding byte `at` is on screen.
    pub(super) fn show_block(&mut self, block: usize, at: usize) {
        if let Some((_, blocks)) = &self.ents.filter
            && !blocks.contains(&block)
        {
            self.ents.filter = None;
        }
        self.select_paragraph(block);
        let lines = self.lines();
        let line = lines
            .wrapped(block)
            .iter()
            .position(|r| r.end >= at)
            .unwrap_or(0);
        let visible = lines.visible(self.top);
        let target = Pos { block, line };
        let bottom = lines.forward(self.top, lines.area.height.saturating_sub(1));
        if !visible.contains(block) || target < self.top || target > bottom {
            self.top = lines.clamp(lines.backward(target, 2));
        }
    }

    /// `f`: show only the paragraphs mentioning the selected entity; again (or Esc) shows all.
    pub(super) fn toggle_paragraph_filter(&mut self) {
        if self.ents.filter.take().is_some() {
            self.status = Some("showing every paragraph".into());
        } else if let Some(e) = self
            .selected_entity()
            .filter(|_| self.focus == Focus::Entities)
        {
            let blocks: Vec<usize> = blocks_of(&self.entities[e]).collect();
            let list: Vec<String> = blocks.iter().map(|b| format!("¶{}", b + 1)).collect();
            self.status = Some(format!(
                "paragraphs mentioning {}: {} (f or Esc: all)",
                self.entities[e].name,
                list.join(" ")
            ));
            self.ents.filter = Some((e, blocks));
        } else {
            return;
        }
        let lines = self.lines();
        let (top, selected) = (
            lines.clamp(self.top),
            lines.snap(self.selected).unwrap_or(0),
        );
        self.top = top;
        self.selected = selected;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{EntityKind, Mention};

    fn entity(mentions: &[(usize, usize)]) -> Entity {
        Entity {
            name: "X".into(),
            kind: EntityKind::Place,
            aliases: Vec::new(),
            mentions: mentions
                .iter()
                .map(|&(block, start)| Mention::new(block, start, start + 1))
                .collect(),
            value: None,
        }
    }

    #[test]
    fn mentions_by_block_are_sorted_by_start_then_entity() {
        let mut ents = [entity(&[(2, 9), (0, 4)]), entity(&[(2, 1), (2, 9)])];
        let state = EntityState::new(&mut ents);
        // the state sorted the first entity's mentions, for `Enter` and for the windows
        assert_eq!(ents[0].mentions[0].block(), 0);
        let got = |b| -> Vec<(u32, u32)> {
            let placed = state.by_block.get(&ents, b);
            placed.iter().map(|p| (p.start, p.entity)).collect()
        };
        assert_eq!(got(0), [(4, 0)]);
        assert!(got(1).is_empty());
        assert_eq!(got(2), [(1, 1), (9, 0), (9, 1)]);
        assert!(got(3).is_empty() && got(usize::MAX - 1).is_empty());
        assert!(EntityState::new(&mut []).by_block.get(&[], 0).is_empty());
    }

    #[test]
    fn an_entitys_blocks_are_listed_once_each_in_order_once_installed() {
        let mut ents = [entity(&[(7, 1), (1, 5), (3, 2), (1, 2), (7, 0), (3, 9)])];
        EntityState::new(&mut ents);
        assert_eq!(blocks_of(&ents[0]).collect::<Vec<_>>(), [1, 3, 7]);
        assert_eq!(blocks_of(&entity(&[])).count(), 0);
    }

    #[test]
    fn the_window_follows_the_reader_across_the_document() {
        let far = 3 * CHUNK + 17;
        let mut ents = [
            entity(&[(0, 4), (far, 2), (far + 1, 7)]),
            entity(&[(far, 1), (CHUNK, 3)]),
        ];
        let state = EntityState::new(&mut ents);
        let got = |b| -> Vec<(u32, u32)> {
            let placed = state.by_block.get(&ents, b);
            placed.iter().map(|p| (p.start, p.entity)).collect()
        };
        for _ in 0..2 {
            assert_eq!(got(0), [(4, 0)]);
            assert_eq!(got(far), [(1, 1), (2, 0)]);
            assert_eq!(got(far + 1), [(7, 0)]);
            assert_eq!(got(CHUNK), [(3, 1)]);
            assert!(got(far - CHUNK).is_empty());
        }
    }
}

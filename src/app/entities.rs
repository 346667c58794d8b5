//! Entities pane state: display order, mentions per block, the paragraph filter (`f`), inline
//! marks (`e`), and jumping from an entity to its mentions (`Enter`).

use super::reader::Pos;
use super::{App, Focus};
use crate::extract::Entity;

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

/// Every mention, grouped by block and sorted by start within it: one array and where each
/// block's mentions begin in it (a map of vectors cost ~80 MB on a 100 MB corpus; this ~25).
#[derive(Debug, Default)]
pub struct ByBlock {
    placed: Vec<Placed>,
    /// `placed[starts[b]..starts[b + 1]]` are block b's; blocks past the end have none.
    starts: Vec<u32>,
}

impl ByBlock {
    fn new(entities: &[Entity]) -> ByBlock {
        // counted first, then placed: no second copy of millions of mentions
        let blocks = entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.block() + 1))
            .max()
            .unwrap_or(0);
        let mut starts = vec![0u32; blocks + 1];
        for e in entities {
            for m in &e.mentions {
                starts[m.block() + 1] += 1;
            }
        }
        for b in 0..blocks {
            starts[b + 1] += starts[b];
        }
        let mut fill = starts.clone();
        let empty = Placed {
            start: 0,
            end: 0,
            entity: 0,
        };
        let mut placed = vec![empty; starts[blocks] as usize];
        for (i, e) in entities.iter().enumerate() {
            for m in &e.mentions {
                let at = &mut fill[m.block()];
                placed[*at as usize] = Placed {
                    start: narrow(m.start()),
                    end: narrow(m.end()),
                    entity: narrow(i),
                };
                *at += 1;
            }
        }
        for b in 0..blocks {
            placed[starts[b] as usize..starts[b + 1] as usize]
                .sort_unstable_by_key(|p| (p.start, p.end, p.entity));
        }
        ByBlock { placed, starts }
    }

    /// The mentions in `block`, sorted by start.
    pub fn get(&self, block: usize) -> &[Placed] {
        match (self.starts.get(block), self.starts.get(block + 1)) {
            (Some(&a), Some(&b)) => &self.placed[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// Offsets and counts past 4 GiB do not occur: documents are cut below that (see `SearchIndex`).
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[derive(Debug, Default)]
pub struct EntityState {
    /// Entity indices in display order: by kind, then mentions (most first), then name.
    pub order: Vec<usize>,
    /// Mentions of every entity, per block, sorted by start.
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

    pub fn new(entities: &[Entity]) -> EntityState {
        let order = Self::display_order(entities);
        let by_block = ByBlock::new(entities);
        EntityState {
            order,
            by_block,
            ..Default::default()
        }
    }
}

/// The distinct blocks an entity is mentioned in, in order.
pub fn blocks_of(entity: &Entity) -> Vec<usize> {
    let mut blocks: Vec<usize> = entity.mentions.iter().map(|m| m.block()).collect();
    blocks.dedup();
    blocks.sort_unstable();
    blocks.dedup();
    blocks
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
            let blocks = blocks_of(&self.entities[e]);
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
        let by = ByBlock::new(&[entity(&[(2, 9), (0, 4)]), entity(&[(2, 1), (2, 9)])]);
        let got =
            |b| -> Vec<(u32, u32)> { by.get(b).iter().map(|p| (p.start, p.entity)).collect() };
        assert_eq!(got(0), [(4, 0)]);
        assert!(got(1).is_empty());
        assert_eq!(got(2), [(1, 1), (9, 0), (9, 1)]);
        assert!(got(3).is_empty() && got(usize::MAX - 1).is_empty());
        assert!(ByBlock::new(&[]).get(0).is_empty());
    }
}

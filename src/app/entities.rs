//! Entities pane state: display order, mentions per block, the paragraph filter (`f`), inline
//! marks (`e`), and jumping from an entity to its mentions (`Enter`).

use std::collections::HashMap;

use super::reader::Pos;
use super::{App, Focus};
use crate::extract::Entity;

/// A mention placed in its block: byte range and the entity's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
}

#[derive(Debug, Default)]
pub struct EntityState {
    /// Entity indices in display order: by kind, then mentions (most first), then name.
    pub order: Vec<usize>,
    /// Mentions of every entity, per block, sorted by start.
    pub by_block: HashMap<usize, Vec<Placed>>,
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
        let mut by_block: HashMap<usize, Vec<Placed>> = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            for m in &e.mentions {
                by_block.entry(m.block).or_default().push(Placed {
                    start: m.start,
                    end: m.end,
                    entity: i,
                });
            }
        }
        for placed in by_block.values_mut() {
            placed.sort_by_key(|p| (p.start, p.end));
        }
        EntityState {
            order,
            by_block,
            ..Default::default()
        }
    }
}

/// The distinct blocks an entity is mentioned in, in order.
pub fn blocks_of(entity: &Entity) -> Vec<usize> {
    let mut blocks: Vec<usize> = entity.mentions.iter().map(|m| m.block).collect();
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
        let m = self.entities[e].mentions[self.ents.cursor % count].clone();
        self.ents.cursor = (self.ents.cursor + 1) % count;
        self.show_block(m.block, m.start);
        self.status = Some(format!(
            "{} · mention {}/{count} · ¶{}",
            self.entities[e].name,
            (self.ents.cursor + count - 1) % count + 1,
            m.block + 1
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

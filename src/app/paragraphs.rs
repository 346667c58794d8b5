//! Moving through the paragraphs pane: line scrolling with a selection that follows, paragraph
//! steps, top/bottom and go-to; all of it over the shown blocks (see the `f` filter).

use super::reader::Pos;
use super::{App, Focus, Mode};

impl App {
    pub(super) fn move_to_end(&mut self, bottom: bool) {
        match (self.mode, self.focus) {
            (Mode::Help, _) => {
                self.help_scroll = if bottom { self.keymap.entries.len() } else { 0 }
            }
            (_, Focus::Paragraphs) => {
                let lines = self.lines();
                let (top, selected) = if bottom {
                    (lines.max_top(), lines.last_block())
                } else {
                    (lines.top(), lines.first_block())
                };
                self.top = top;
                self.selected = selected.unwrap_or(0);
            }
            (_, f) => {
                let last = self.list_len(f).saturating_sub(1);
                self.lists[f as usize - 1].selected = if bottom { last } else { 0 };
            }
        }
    }

    /// Scrolls the paragraphs by lines; the selection follows when it leaves the screen.
    pub(super) fn scroll_lines(&mut self, delta: isize) {
        let lines = self.lines();
        let top = lines.clamp(self.top);
        let moved = if delta >= 0 {
            lines.forward(top, delta as usize)
        } else {
            lines.backward(top, delta.unsigned_abs())
        };
        let top = lines.clamp(moved);
        let visible = lines.visible(top);
        let current = lines.snap(self.selected).unwrap_or(0);
        let selected = if top == self.top && delta != 0 {
            // The view cannot scroll any further: the keys still walk the selection.
            let step = if delta > 0 {
                lines.next(current)
            } else {
                lines.prev(current)
            };
            step.unwrap_or(current)
        } else if current < visible.first {
            let second = lines
                .next(visible.first)
                .filter(|_| !visible.first_full && visible.first != visible.last);
            second.unwrap_or(visible.first)
        } else if current > visible.last {
            let before = lines
                .prev(visible.last)
                .filter(|_| !visible.last_full && visible.first != visible.last);
            before.unwrap_or(visible.last)
        } else {
            current
        };
        self.top = top;
        self.selected = selected;
    }

    /// `}` / `{`: the next or previous shown paragraph.
    pub(super) fn step_paragraph(&mut self, forward: bool) {
        let lines = self.lines();
        let current = lines.snap(self.selected).unwrap_or(0);
        let target = if forward {
            lines.next(current)
        } else {
            lines.prev(current)
        };
        self.select_paragraph(target.unwrap_or(current));
    }

    /// Selects a paragraph and scrolls so that it is fully shown, its start at the top if needed.
    pub fn select_paragraph(&mut self, block: usize) {
        let lines = self.lines();
        let Some(block) = lines.snap(block) else {
            return;
        };
        let top = lines.clamp(self.top);
        let top = if lines.visible(top).fully_shows(block) {
            top
        } else {
            lines.clamp(Pos { block, line: 0 })
        };
        self.top = top;
        self.selected = block;
    }

    pub(super) fn submit_goto(&mut self) {
        self.mode = Mode::Browse;
        match self.goto_input.parse::<usize>() {
            Ok(n) if (1..=self.doc.len()).contains(&n) => {
                if self
                    .ents
                    .filter
                    .as_ref()
                    .is_some_and(|(_, blocks)| !blocks.contains(&(n - 1)))
                {
                    self.ents.filter = None;
                }
                self.focus = Focus::Paragraphs;
                self.selected = n - 1;
                self.top = self.lines().clamp(Pos {
                    block: n - 1,
                    line: 0,
                });
            }
            _ => {
                // while a large file loads, later paragraphs are not there yet
                let (yet, loading) = match self.loading {
                    true => (" yet", ", still loading"),
                    false => ("", ""),
                };
                self.status = Some(format!(
                    "no paragraph {}{yet} (1–{}{loading})",
                    self.goto_input,
                    self.doc.len()
                ))
            }
        }
    }
}

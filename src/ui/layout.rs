//! Where each pane goes for a terminal size: wide, medium, narrow, zoomed, or too small.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::Focus;

/// Below this the screen shows only "terminal too small".
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// At or above this width, paragraphs sit left of entities over funding.
pub const WIDE: u16 = 120;
/// Below these, one pane at a time with a tab line.
pub const NARROW_WIDTH: u16 = 80;
pub const NARROW_HEIGHT: u16 = 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub header: Rect,
    pub tabs: Option<Rect>,
    pub panes: Vec<(Focus, Rect)>,
    pub footer: Rect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Wide,
    Medium,
    Narrow,
}

pub fn shape(area: Rect) -> Shape {
    if area.width < NARROW_WIDTH || area.height < NARROW_HEIGHT {
        Shape::Narrow
    } else if area.width >= WIDE {
        Shape::Wide
    } else {
        Shape::Medium
    }
}

/// None when the terminal is too small to be usable.
pub fn screen(area: Rect, focus: Focus, zoomed: bool) -> Option<Screen> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let shape = shape(area);
    if shape == Shape::Narrow || zoomed {
        let (tabs, body) = if shape == Shape::Narrow {
            let [tabs, body] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
            (Some(tabs), body)
        } else {
            (None, body)
        };
        return Some(Screen {
            header,
            tabs,
            panes: vec![(focus, body)],
            footer,
        });
    }
    let panes = match shape {
        Shape::Wide => {
            let [left, right] =
                Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
                    .areas(body);
            let [top, bottom] =
                Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)])
                    .areas(right);
            vec![
                (Focus::Paragraphs, left),
                (Focus::Entities, top),
                (Focus::Funding, bottom),
            ]
        }
        _ => {
            let strip = (body.height * 35 / 100).max(7);
            let [top, bottom] =
                Layout::vertical([Constraint::Min(5), Constraint::Length(strip)]).areas(body);
            let [left, right] =
                Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                    .areas(bottom);
            vec![
                (Focus::Paragraphs, top),
                (Focus::Entities, left),
                (Focus::Funding, right),
            ]
        }
    };
    Some(Screen {
        header,
        tabs: None,
        panes,
        footer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(w: u16, h: u16, zoomed: bool) -> Option<(Shape, usize, bool)> {
        let area = Rect::new(0, 0, w, h);
        screen(area, Focus::Entities, zoomed)
            .map(|s| (shape(area), s.panes.len(), s.tabs.is_some()))
    }

    #[test]
    fn sizes_pick_their_layout() {
        assert_eq!(kinds(160, 50, false), Some((Shape::Wide, 3, false)));
        assert_eq!(kinds(100, 30, false), Some((Shape::Medium, 3, false)));
        assert_eq!(kinds(80, 24, false), Some((Shape::Medium, 3, false)));
        assert_eq!(kinds(79, 24, false), Some((Shape::Narrow, 1, true)));
        assert_eq!(kinds(100, 19, false), Some((Shape::Narrow, 1, true)));
        assert_eq!(kinds(160, 50, true), Some((Shape::Wide, 1, false)));
        assert_eq!(kinds(39, 30, false), None);
        assert_eq!(kinds(100, 9, false), None);
    }

    #[test]
    fn wide_layout_gives_paragraphs_about_sixty_percent() {
        let s = screen(Rect::new(0, 0, 200, 50), Focus::Paragraphs, false).unwrap();
        let (f, r) = s.panes[0];
        assert_eq!((f, r.width), (Focus::Paragraphs, 120));
        assert_eq!(s.panes[1].1.x, 120);
        assert_eq!(s.panes[2].1.y, s.panes[1].1.bottom());
    }
}

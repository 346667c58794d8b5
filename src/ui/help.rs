//! The `?` overlay: every binding of the key table, with its description.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::theme::Theme;
use crate::app::App;
use crate::app::keys::KeyMap;
use crate::document::wrap;

/// Lines of the overlay, from the key table (and the mouse, which has no key).
pub fn lines(keymap: &KeyMap, theme: &Theme) -> Vec<Line<'static>> {
    let width = keymap
        .entries
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0);
    let mut out: Vec<Line> = keymap
        .entries
        .iter()
        .map(|b| {
            let label = if b.keys.is_empty() {
                "(none)".to_string()
            } else {
                wrap::sanitize(&b.label).into_owned()
            };
            Line::from(vec![
                Span::styled(format!(" {label:<width$}  "), theme.key),
                Span::styled(b.description, theme.text),
            ])
        })
        .collect();
    // Keys that live outside the table: the search line's own, and the mouse.
    for (keys, what) in [
        ("in /", "Enter keep · Esc clear · C-r regex · ↑↓ history"),
        (
            "mouse",
            "wheel scrolls the pane under it, click focuses and selects",
        ),
    ] {
        out.push(Line::from(vec![
            Span::styled(format!(" {keys:<width$}  "), theme.key),
            Span::styled(what, theme.text),
        ]));
    }
    out
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let content = lines(&app.keymap, theme);
    let want_w = content.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
    let width = want_w.min(area.width.saturating_sub(2)).max(1);
    let height = (content.len() as u16 + 2)
        .min(area.height.saturating_sub(2))
        .max(1);
    let rect = Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width,
        height,
    };
    let visible = height.saturating_sub(2) as usize;
    let scroll = app.help_scroll.min(content.len().saturating_sub(visible));
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.pane_focused)
        .title(Span::styled(" Help: keys ", theme.title_focused))
        .title_bottom(Span::styled(" Esc close · j/k scroll ", theme.dimmed))
        .style(theme.overlay);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(content)
            .scroll((scroll as u16, 0))
            .block(block),
        rect,
    );
}

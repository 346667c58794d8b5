//! The `?` overlay: every binding of the key table, with its description.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::theme::Theme;
use crate::app::App;
use crate::app::keys::KeyMap;
use crate::document::wrap;

/// Lines of the overlay, from the key table (and the mouse, which has no key); descriptions
/// wrap under themselves to fit `columns` (the overlay's inner width).
pub fn lines(keymap: &KeyMap, theme: &Theme, columns: usize) -> Vec<Line<'static>> {
    let width = keymap
        .entries
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0);
    let mut rows: Vec<(String, &str)> = keymap
        .entries
        .iter()
        .map(|b| {
            let label = if b.keys.is_empty() {
                "(none)".to_string()
            } else {
                wrap::sanitize(&b.label).into_owned()
            };
            (label, b.description)
        })
        .collect();
    // Keys that live outside the table: the search line's own, and the mouse.
    rows.push((
        "in /".into(),
        "Enter keep · Esc clear · C-r regex · ↑↓ history",
    ));
    rows.push((
        "mouse".into(),
        "wheel scrolls the pane under it, click focuses and selects",
    ));
    // below a few columns, cutting reads better than one word a line
    let room = columns.saturating_sub(width + 3);
    let room = if room < 16 { usize::MAX } else { room };
    let mut out = Vec::new();
    for (label, what) in rows {
        for (i, r) in wrap::wrap(what, room).into_iter().enumerate() {
            let label = if i == 0 { label.as_str() } else { "" };
            out.push(Line::from(vec![
                Span::styled(format!(" {label:<width$}  "), theme.key),
                Span::styled(what[r].to_string(), theme.text),
            ]));
        }
    }
    out
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let content = lines(&app.keymap, theme, area.width.saturating_sub(4) as usize);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::ThemeName;

    fn text(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn descriptions_wrap_to_the_width_and_lose_nothing() {
        let keymap = KeyMap::default();
        let theme = Theme::get(ThemeName::Dark);
        let wide: Vec<String> = lines(&keymap, &theme, 500).iter().map(text).collect();
        let narrow: Vec<String> = lines(&keymap, &theme, 60).iter().map(text).collect();
        assert!(narrow.len() > wide.len(), "nothing wrapped at 60 columns");
        assert!(
            narrow.iter().all(|l| wrap::display_width(l) <= 60),
            "{narrow:#?}"
        );
        let words = |ls: &[String]| -> Vec<String> {
            ls.iter()
                .flat_map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                .collect()
        };
        assert_eq!(words(&narrow), words(&wide));
    }
}

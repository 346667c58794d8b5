//! The entities and funding panes: selectable lists (placeholders until their extractors exist).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use super::theme::Theme;
use super::{pane_block, safe_span};
use crate::app::{App, Focus};
use crate::extract::EntityKind;

pub fn glyph(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "◉",
        EntityKind::Organization => "▣",
        EntityKind::Place => "▲",
        EntityKind::Date => "◷",
        EntityKind::Other => "◆",
    }
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, focus: Focus, rect: Rect) {
    let len = app.list_len(focus);
    let extra = if len > 0 {
        format!("({len})")
    } else {
        String::new()
    };
    let block = pane_block(app, theme, focus, extra);
    let inner = block.inner(rect);
    let index = focus as usize - 1;
    {
        let mut g = app.geometry.borrow_mut();
        g.list_rows[index] = inner.height as usize;
        g.list_offset[index] = 0;
    }
    if len == 0 {
        let text = match focus {
            Focus::Entities => {
                "People, organisations, places and dates named in the article will be listed here, each linked to the paragraphs that mention it."
            }
            _ => {
                "Sums of money cited in the article will be compared here, in a bar chart that leads back to their sentences."
            }
        };
        frame.render_widget(
            Paragraph::new(Span::styled(text, theme.dimmed))
                .wrap(Wrap { trim: true })
                .block(block),
            rect,
        );
        return;
    }
    let width = inner.width as usize;
    let items: Vec<ListItem> = match focus {
        Focus::Entities => app
            .entities
            .iter()
            .map(|e| {
                let count = format!(" {}", e.mentions.len());
                let name_width = width.saturating_sub(count.len() + 3);
                ListItem::new(Line::from(vec![
                    Span::styled(format!("{} ", glyph(e.kind)), theme.entity_kind(e.kind)),
                    safe_span(&e.name, name_width, theme.text),
                    Span::styled(count, theme.dimmed),
                ]))
            })
            .collect(),
        _ => app
            .figures
            .iter()
            .map(|f| {
                let label = f.subject.as_deref().unwrap_or("—");
                ListItem::new(Line::from(vec![safe_span(
                    &format!("{label}: {}", f.text),
                    width.saturating_sub(2),
                    theme.text,
                )]))
            })
            .collect(),
    };
    let mut state =
        ListState::default().with_selected(Some(app.lists[index].selected.min(len - 1)));
    let list = List::new(items)
        .block(block)
        .highlight_symbol("▌")
        .highlight_style(theme.selection);
    frame.render_stateful_widget(list, rect, &mut state);
    app.geometry.borrow_mut().list_offset[index] = state.offset();
}

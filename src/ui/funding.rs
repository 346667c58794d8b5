//! The funding pane: the figures of the article (the bar chart arrives with the figures extractor).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use super::theme::Theme;
use super::{pane_block, safe_span};
use crate::app::{App, Focus};

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, rect: Rect) {
    let count = app.figures.len();
    let block = pane_block(
        app,
        theme,
        Focus::Funding,
        if count > 0 {
            format!("({count})")
        } else {
            String::new()
        },
    );
    let inner = block.inner(rect);
    app.geometry.borrow_mut().list_rows[1] = inner.height as usize;
    if count == 0 {
        app.geometry.borrow_mut().list_hits[1].clear();
        let text = "Sums of money cited in the article will be compared here, in a bar chart that leads back to their sentences.";
        frame.render_widget(
            Paragraph::new(Span::styled(text, theme.dimmed))
                .wrap(Wrap { trim: true })
                .block(block),
            rect,
        );
        return;
    }
    let width = inner.width as usize;
    let items: Vec<ListItem> = app
        .figures
        .iter()
        .map(|f| {
            let label = f.subject.as_deref().unwrap_or("—");
            ListItem::new(Line::from(safe_span(
                &format!("{label}: {}", f.text),
                width.saturating_sub(2),
                theme.text,
            )))
        })
        .collect();
    let selected = app.lists[1].selected.min(count - 1);
    let mut state = ListState::default().with_selected(Some(selected));
    let list = List::new(items)
        .block(block)
        .highlight_symbol("▌")
        .highlight_style(theme.selection);
    frame.render_stateful_widget(list, rect, &mut state);
    let offset = state.offset();
    app.geometry.borrow_mut().list_hits[1] = (offset..count)
        .take(inner.height as usize)
        .map(Some)
        .collect();
}

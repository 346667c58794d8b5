//! Presenter mode: the focused pane alone, without borders, scrollbars or key hints, with
//! margins, a large position header, and (for paragraphs) the current one in the spotlight.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};
use tui_big_text::{BigText, PixelSize};

use super::theme::Theme;
use super::{entities, funding, paragraphs, safe_span};
use crate::app::{App, Focus};
use crate::document::{BlockKind, wrap};

/// Big block letters need this much room; below it the header is one bold line.
const BIG_WIDTH: u16 = 120;
const BIG_HEIGHT: u16 = 40;

/// The heading the selected paragraph sits under (or the title).
pub fn current_heading(app: &App) -> Option<&str> {
    let doc = &app.doc;
    (0..=app.selected.min(doc.len().saturating_sub(1)))
        .rev()
        .find(|&i| doc.blocks[i].kind == BlockKind::Heading)
        .map(|i| doc.block_text(i))
        .or(doc.title.as_deref())
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let big = area.width >= BIG_WIDTH && area.height >= BIG_HEIGHT;
    let margin_x = if area.width >= 100 { 6 } else { 2 };
    let position = format!("¶ {} / {}", app.selected + 1, app.doc.len());
    let heading = match app.focus {
        Focus::Paragraphs => current_heading(app).map(str::to_string),
        f => Some(f.title().to_string()),
    };
    let header_rows = if big { 5 } else { 2 };
    let header = Rect {
        x: area.x + margin_x,
        y: area.y,
        width: area.width.saturating_sub(2 * margin_x),
        height: header_rows.min(area.height),
    };
    if big {
        let width = 4 * position.chars().count() as u16;
        let big_text = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.heading)
            .lines(vec![Line::from(position.clone())])
            .build();
        frame.render_widget(
            big_text,
            Rect {
                height: 4,
                width: width.min(header.width),
                ..header
            },
        );
        if let Some(h) = heading {
            let rest = Rect {
                x: header.x + width + 3,
                y: header.y + 1,
                width: header.width.saturating_sub(width + 3),
                height: 2,
            };
            frame.render_widget(
                Paragraph::new(safe_span(&h, rest.width as usize, theme.heading)),
                rest,
            );
        }
    } else {
        let mut text = position;
        if let Some(h) = heading {
            text.push_str(" · ");
            text.push_str(&h);
        }
        frame.render_widget(
            Paragraph::new(safe_span(
                &text,
                header.width as usize,
                theme.heading.add_modifier(Modifier::BOLD),
            )),
            Rect {
                height: 1,
                ..header
            },
        );
    }
    let footer_rows = 1;
    let body = Rect {
        x: header.x,
        y: area.y + header.height,
        width: header.width,
        height: area.height.saturating_sub(header.height + footer_rows),
    };
    {
        let mut g = app.geometry.borrow_mut();
        g.panes = vec![(app.focus, super::to_area(body))];
    }
    match app.focus {
        Focus::Paragraphs => paragraphs::draw(frame, app, theme, body),
        Focus::Entities => entities::draw(frame, app, theme, body),
        Focus::Funding => funding::draw(frame, app, theme, body),
    }
    if let Some(status) = &app.status {
        let bottom = Rect {
            y: area.bottom().saturating_sub(1),
            height: 1,
            ..header
        };
        frame.render_widget(
            Paragraph::new(safe_span(status, bottom.width as usize, theme.status)),
            bottom,
        );
    }
    if app.show_keys {
        keys_box(frame, app, theme, area);
    }
}

/// The last keys pressed, in the bottom-right corner, for the audience.
fn keys_box(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let keys: Vec<String> = app
        .recent_keys
        .iter()
        .map(|k| wrap::sanitize(k).into_owned())
        .collect();
    let text = keys.join(" ");
    let width = (wrap::display_width(&text) as u16 + 4).clamp(12, area.width);
    let rect = Rect {
        x: area.right().saturating_sub(width),
        y: area.bottom().saturating_sub(3),
        width,
        height: 3.min(area.height),
    };
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.pane)
        .title(Span::styled(" keys ", theme.dimmed));
    frame.render_widget(
        Paragraph::new(Span::styled(text, theme.key))
            .alignment(Alignment::Right)
            .block(block),
        rect,
    );
}

//! Drawing: a pure function of `&App` and the frame size (it only records geometry for the mouse).

mod amount;
mod chrome;
mod entities;
mod funding;
mod help;
mod highlight;
pub mod layout;
mod paragraphs;
mod presenter;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use crate::app::{App, Area, Focus, Mode};
use crate::document::wrap;
use theme::Theme;

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let theme = Theme::get(app.theme);
    frame.render_widget(Block::new().style(theme.text), area);
    let Some(screen) = layout::screen(area, app.focus, app.zoomed) else {
        let msg = format!(
            "terminal too small (needs {}x{})",
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT
        );
        let line = wrap::truncate(&msg, area.width as usize);
        frame.render_widget(
            Paragraph::new(line).style(theme.status),
            Rect {
                height: area.height.min(1),
                ..area
            },
        );
        *app.geometry.borrow_mut() = Default::default();
        return;
    };
    if app.presenter {
        presenter::draw(frame, app, &theme, area);
        // The search and go-to lines keep working on the last row.
        if matches!(app.mode, Mode::Search | Mode::GoTo) {
            chrome::footer(frame, app, &theme, screen.footer);
        }
    } else {
        draw_panes(frame, app, &theme, &screen);
    }
    if app.mode == Mode::Help {
        help::draw(frame, app, &theme, area);
    }
}

fn draw_panes(frame: &mut Frame, app: &App, theme: &Theme, screen: &layout::Screen) {
    let theme = *theme;
    chrome::header(frame, app, &theme, screen.header);
    if let Some(tabs) = screen.tabs {
        chrome::tabs(frame, app, &theme, tabs);
    }
    {
        let mut geometry = app.geometry.borrow_mut();
        geometry.panes = screen
            .panes
            .iter()
            .map(|(f, r)| (*f, to_area(*r)))
            .collect();
    }
    for (focus, rect) in &screen.panes {
        match focus {
            Focus::Paragraphs => paragraphs::draw(frame, app, &theme, *rect),
            Focus::Entities => entities::draw(frame, app, &theme, *rect),
            Focus::Funding => funding::draw(frame, app, &theme, *rect),
        }
    }
    chrome::footer(frame, app, &theme, screen.footer);
}

fn to_area(r: Rect) -> Area {
    Area {
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
    }
}

/// A pane's frame: thick border and a ▶ marker in the title when focused, so focus shows
/// without colour.
fn pane_block<'a>(app: &App, theme: &Theme, focus: Focus, extra: String) -> Block<'a> {
    let focused = app.focus == focus;
    let number = focus as usize + 1;
    let title = if focused {
        format!("▶ {number} {} {extra}", focus.title())
    } else {
        format!(" {number} {} {extra}", focus.title())
    };
    if app.presenter {
        // Presenter mode: a thin title line instead of a frame.
        return Block::new()
            .borders(ratatui::widgets::Borders::TOP)
            .border_style(theme.dimmed)
            .title(Span::styled(
                format!("{} {extra} ", focus.title()),
                theme.dimmed,
            ));
    }
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused {
            theme.pane_focused
        } else {
            theme.pane
        })
        .title(Line::from(Span::styled(
            title.trim_end().to_string() + " ",
            if focused {
                theme.title_focused
            } else {
                theme.title
            },
        )))
}

/// One line of untrusted text, safe for the terminal and cut to `width` columns.
fn safe_span<'a>(text: &str, width: usize, style: Style) -> Span<'a> {
    Span::styled(wrap::truncate(text, width), style)
}

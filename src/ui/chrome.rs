//! Header, tab line and footer: the chrome around the panes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::safe_span;
use super::theme::Theme;
use crate::app::{Action, App, Focus, Mode, keys};
use crate::document::wrap;

/// Title or byline on the left; source, language, encoding note and position on the right.
pub fn header(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let doc = &app.doc;
    // while a large file is loading, only its first paragraphs are counted
    let more = if app.loading { "+" } else { "" };
    let position = format!(
        "¶ {}/{}{more}",
        (app.selected + 1).min(doc.len()),
        doc.len()
    );
    // The position always shows: when the right side does not fit, the encoding note shrinks
    // to its sign, then the language goes, then the source is cut.
    let source = wrap::sanitize(doc.source.label()).into_owned();
    let lang = doc.language.code().to_string();
    let budget = (area.width as usize).saturating_sub(20);
    let mut right = String::new();
    for (note, with_lang) in [(true, true), (false, true), (false, false)] {
        let mut parts = vec![source.clone()];
        if with_lang {
            parts.push(lang.clone());
        }
        if let Some(n) = &doc.note {
            parts.push(if note {
                format!("⚠ {n}")
            } else {
                "⚠".into()
            });
        }
        parts.push(position.clone());
        right = parts.join(" · ") + " ";
        if wrap::display_width(&right) <= budget {
            break;
        }
    }
    if wrap::display_width(&right) > budget {
        let tail = right[source.len()..].to_string();
        let keep = budget.saturating_sub(wrap::display_width(&tail) + 1);
        let cut: String = source
            .chars()
            .rev()
            .scan(0, |w, c| {
                *w += wrap::display_width(c.encode_utf8(&mut [0; 4]));
                (*w <= keep).then_some(c)
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        right = format!("…{cut}{tail}");
    }
    let name = doc
        .title
        .as_deref()
        .or_else(|| doc.byline())
        .unwrap_or("(untitled)");
    let room = (area.width as usize).saturating_sub(wrap::display_width(&right) + 10);
    let left = vec![
        Span::styled(" artex ", theme.header),
        Span::styled("│ ", theme.header),
        safe_span(name, room, theme.header),
    ];
    let used: usize = left.iter().map(|s| s.width()).sum();
    let pad = (area.width as usize).saturating_sub(used + wrap::display_width(&right));
    let mut spans = left;
    spans.push(Span::styled(" ".repeat(pad), theme.header));
    spans.push(safe_span(&right, area.width as usize, theme.header));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.header), area);
}

/// Narrow terminals show one pane at a time; the tab line says which.
pub fn tabs(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let mut spans = Vec::new();
    for f in Focus::ALL {
        let label = format!(" {} {} ", f as usize + 1, f.title());
        if f == app.focus {
            spans.push(Span::styled(
                format!("[{}]", label.trim()),
                theme.title_focused,
            ));
        } else {
            spans.push(Span::styled(label, theme.title));
        }
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The prompt, a status message, or key hints generated from the key table.
pub fn footer(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let line = if app.mode == Mode::Search {
        search_line(frame, app, theme, area)
    } else if app.mode == Mode::GoTo {
        Line::from(vec![
            Span::styled("Go to paragraph: ", theme.key),
            Span::raw(app.goto_input.clone()),
            Span::styled("▏", theme.key),
            Span::styled(
                format!("  (1–{}, Enter go, Esc cancel)", app.doc.len()),
                theme.dimmed,
            ),
        ])
    } else if let Some(status) = &app.status {
        Line::from(safe_span(status, area.width as usize, theme.status))
    } else {
        hints(app, theme, area.width as usize)
    };
    frame.render_widget(Paragraph::new(line).style(theme.footer), area);
}

/// Hints in key-table order; help and quit are always kept, the others as room allows.
fn hints(app: &App, theme: &Theme, width: usize) -> Line<'static> {
    let all: Vec<(&keys::Entry, &str, &str, usize)> = app
        .keymap
        .entries
        .iter()
        .filter_map(|b| {
            let hint = b.hint?;
            let key = b.label.split(' ').next().filter(|k| !k.is_empty())?;
            Some((
                b,
                key,
                hint,
                wrap::display_width(key) + wrap::display_width(hint) + 3,
            ))
        })
        .collect();
    let essential = |b: &keys::Entry| matches!(b.action, Action::Help | Action::Quit);
    let mut room = width.saturating_sub(
        all.iter()
            .filter(|(b, ..)| essential(b))
            .map(|(.., w)| w)
            .sum(),
    );
    let mut spans = Vec::new();
    for (b, key, hint, w) in &all {
        if !essential(b) {
            if *w > room {
                continue;
            }
            room -= w;
        }
        spans.push(Span::styled(format!(" {}", wrap::sanitize(key)), theme.key));
        spans.push(Span::styled(format!(" {hint} "), theme.footer));
    }
    Line::from(spans)
}

/// "/query▏  match 3/17 in 6 paragraphs", or the pattern's error; the cursor sits in the query.
fn search_line(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) -> Line<'static> {
    let s = &app.search;
    let prompt = match (s.target, s.regex) {
        (Some(Focus::Entities), _) => "filter entities: ",
        (Some(Focus::Funding), _) => "filter funding: ",
        (_, true) => "regex /",
        (_, false) => "/",
    };
    let value = wrap::sanitize(s.input.value()).into_owned();
    let room = (area.width as usize)
        .saturating_sub(prompt.len() + 30)
        .max(10);
    let scroll = s.input.visual_scroll(room);
    let shown: String = value.chars().skip(scroll).collect();
    let shown = wrap::truncate(&shown, room);
    let cursor_x = area.x
        + (wrap::display_width(prompt) + s.input.visual_cursor().saturating_sub(scroll)) as u16;
    frame.set_cursor_position((cursor_x.min(area.right().saturating_sub(1)), area.y));
    let after = match &s.error {
        Some(e) => Span::styled(format!("  {e}"), theme.status),
        None if s.target == Some(Focus::Paragraphs) => {
            Span::styled(format!("  {}", s.summary()), theme.dimmed)
        }
        None => Span::raw(""),
    };
    Line::from(vec![
        Span::styled(prompt, theme.key),
        Span::raw(shown),
        after,
        Span::styled(
            "  (Enter keep · Esc clear · C-r regex · ↑↓ history)",
            theme.dimmed,
        ),
    ])
}

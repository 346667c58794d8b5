//! The entities pane: grouped by kind (glyph + style, never colour alone), counted, with the
//! selected entity's paragraphs listed at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use super::theme::Theme;
use super::{pane_block, safe_span};
use crate::app::entities::blocks_of;
use crate::app::{App, Focus};
use crate::document::wrap;
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

pub fn group_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organisations",
        EntityKind::Place => "Places",
        EntityKind::Date => "Dates",
        EntityKind::Other => "Other",
    }
}

/// "4 mentions · ¶2 ¶9 ¶12 ¶16", cut to `width` columns.
pub fn mentions_summary(app: &App, entity: usize, width: usize) -> String {
    let e = &app.entities[entity];
    let n = e.mentions.len();
    let mut s = format!("{n} mention{} ·", if n == 1 { "" } else { "s" });
    // Only as many paragraphs as fit: a corpus entity can be mentioned in thousands.
    for b in blocks_of(e) {
        if s.chars().count() > width {
            break;
        }
        s.push_str(&format!(" ¶{}", b + 1));
    }
    wrap::truncate(&s, width)
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, rect: Rect) {
    let count = app.entities.len();
    let mut block = pane_block(
        app,
        theme,
        Focus::Entities,
        if count > 0 {
            format!("({count})")
        } else {
            String::new()
        },
    );
    let inner = block.inner(rect);
    app.geometry.borrow_mut().list_rows[0] = inner.height as usize;
    if count == 0 {
        app.geometry.borrow_mut().list_hits[0].clear();
        let text = if app.extracting {
            app.extracting_label()
        } else {
            "No people, organisations, places or dates found.".to_string()
        };
        frame.render_widget(
            Paragraph::new(Span::styled(text, theme.dimmed))
                .wrap(Wrap { trim: true })
                .block(block),
            rect,
        );
        return;
    }
    if let Some(e) = app.selected_entity() {
        let summary = mentions_summary(app, e, (inner.width as usize).saturating_sub(2));
        block = block.title_bottom(Span::styled(format!(" {summary} "), theme.dimmed));
    }
    let width = inner.width as usize;
    // Rows are a header per kind, then its entities (`Some(selection index)`). Only the rows in
    // view become widgets: a corpus can name tens of thousands of entities.
    let mut rows: Vec<Option<usize>> = Vec::with_capacity(app.ents.order.len() + 5);
    let mut counts = [0usize; 5];
    let mut previous_kind = None;
    for (i, &e) in app.ents.order.iter().enumerate() {
        let kind = app.entities[e].kind;
        counts[kind as usize] += 1;
        if previous_kind != Some(kind) {
            previous_kind = Some(kind);
            rows.push(None);
        }
        rows.push(Some(i));
    }
    let height = inner.height as usize;
    let selected_row = rows
        .iter()
        .position(|r| *r == Some(app.lists[0].selected))
        .unwrap_or(0);
    let offset = (selected_row + 1).saturating_sub(height.max(1));
    let window = &rows[offset..(offset + height).min(rows.len())];
    let items: Vec<ListItem> = window
        .iter()
        .enumerate()
        .map(|(k, row)| match row {
            None => {
                // A header: the kind of the entity on the next row.
                let kind = window
                    .get(k + 1)
                    .or(rows.get(offset + k + 1))
                    .copied()
                    .flatten()
                    .map_or(EntityKind::Other, |i| app.entities[app.ents.order[i]].kind);
                let header = format!(
                    "{} {} ({})",
                    glyph(kind),
                    group_name(kind),
                    counts[kind as usize]
                );
                ListItem::new(Line::from(Span::styled(
                    header,
                    theme.entity_kind(kind).patch(theme.heading_plain),
                )))
            }
            Some(i) => {
                let entity = &app.entities[app.ents.order[*i]];
                let count = format!(" {}", entity.mentions.len());
                let name_width = width.saturating_sub(count.len() + 4);
                let name = wrap::truncate(&entity.name, name_width);
                let pad = name_width.saturating_sub(wrap::display_width(&name));
                ListItem::new(Line::from(vec![
                    Span::styled(
                        format!(" {} ", glyph(entity.kind)),
                        theme.entity_kind(entity.kind),
                    ),
                    safe_span(&name, name_width, theme.text),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(count, theme.dimmed),
                ]))
            }
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(selected_row - offset));
    let list = List::new(items)
        .block(block)
        .highlight_symbol("▌")
        .highlight_style(theme.selection);
    frame.render_stateful_widget(list, rect, &mut state);
    app.geometry.borrow_mut().list_hits[0] = window.to_vec();
}

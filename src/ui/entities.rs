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
    let paragraphs: Vec<String> = blocks_of(e).iter().map(|b| format!("¶{}", b + 1)).collect();
    let s = format!(
        "{n} mention{} · {}",
        if n == 1 { "" } else { "s" },
        paragraphs.join(" ")
    );
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
            "extracting…"
        } else {
            "No people, organisations, places or dates found."
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
    // Rows: a header per kind, then its entities; `hits` maps each row to a selection index.
    let mut items = Vec::new();
    let mut hits = Vec::new();
    let mut selected_row = 0;
    let mut previous_kind = None;
    for (i, &e) in app.ents.order.iter().enumerate() {
        let entity = &app.entities[e];
        if previous_kind != Some(entity.kind) {
            previous_kind = Some(entity.kind);
            let n = app
                .ents
                .order
                .iter()
                .filter(|&&x| app.entities[x].kind == entity.kind)
                .count();
            let header = format!("{} {} ({n})", glyph(entity.kind), group_name(entity.kind));
            items.push(ListItem::new(Line::from(Span::styled(
                header,
                theme.entity_kind(entity.kind).patch(theme.heading_plain),
            ))));
            hits.push(None);
        }
        if i == app.lists[0].selected {
            selected_row = items.len();
        }
        let count = format!(" {}", entity.mentions.len());
        let name_width = width.saturating_sub(count.len() + 4);
        let name = wrap::truncate(&entity.name, name_width);
        let pad = name_width.saturating_sub(wrap::display_width(&name));
        items.push(ListItem::new(Line::from(vec![
            Span::styled(
                format!(" {} ", glyph(entity.kind)),
                theme.entity_kind(entity.kind),
            ),
            safe_span(&name, name_width, theme.text),
            Span::raw(" ".repeat(pad)),
            Span::styled(count, theme.dimmed),
        ])));
        hits.push(Some(i));
    }
    let mut state = ListState::default().with_selected(Some(selected_row));
    let list = List::new(items)
        .block(block)
        .highlight_symbol("▌")
        .highlight_style(theme.selection);
    frame.render_stateful_widget(list, rect, &mut state);
    let offset = state.offset();
    app.geometry.borrow_mut().list_hits[0] = hits
        .into_iter()
        .skip(offset)
        .take(inner.height as usize)
        .collect();
}

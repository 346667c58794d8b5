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
    // view are made: a corpus can name tens of thousands of entities (going through them all
    // took a sixth of a frame).
    let groups = kind_groups(app);
    let total = app.ents.order.len() + groups.len();
    let row_of = |i: usize| i + 1 + groups.iter().take_while(|(_, r)| r.end <= i).count();
    let height = inner.height as usize;
    let selected = app.lists[0].selected;
    let selected_row = if selected < app.ents.order.len() {
        row_of(selected)
    } else {
        0
    };
    let offset = (selected_row + 1).saturating_sub(height.max(1));
    // Each row: its group, and the selection index of its entity (None: the group's header).
    let rows: Vec<(usize, Option<usize>)> = (offset..(offset + height).min(total))
        .filter_map(|row| {
            let g = groups
                .iter()
                .enumerate()
                .take_while(|(g, (_, r))| r.start + g <= row)
                .count()
                .checked_sub(1)?;
            let header = groups[g].1.start + g;
            Some((g, (row > header).then(|| row - g - 1)))
        })
        .collect();
    let items: Vec<ListItem> = rows
        .iter()
        .map(|&(g, row)| match row {
            None => {
                let (kind, count) = (groups[g].0, groups[g].1.len());
                let header = format!("{} {} ({count})", glyph(kind), group_name(kind));
                ListItem::new(Line::from(Span::styled(
                    header,
                    theme.entity_kind(kind).patch(theme.heading_plain),
                )))
            }
            Some(i) => {
                let entity = &app.entities[app.ents.order[i]];
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
    app.geometry.borrow_mut().list_hits[0] = rows.into_iter().map(|(_, row)| row).collect();
}

/// The kinds present in the entities pane's rows, in order, and the range of `ents.order` each
/// holds (the order is by kind first).
fn kind_groups(app: &App) -> Vec<(EntityKind, std::ops::Range<usize>)> {
    let order = &app.ents.order;
    let mut groups = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let k = app.entities[order[start]].kind;
        let end = start + order[start..].partition_point(|&e| app.entities[e].kind == k);
        groups.push((k, start..end));
        start = end;
    }
    groups
}

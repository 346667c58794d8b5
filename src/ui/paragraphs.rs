//! The paragraphs pane: numbered, wrapped blocks from the top position down, only what is visible.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::highlight;
use super::pane_block;
use super::theme::Theme;
use crate::app::reader::{Pos, TextArea};
use crate::app::{App, Focus};
use crate::document::{BlockKind, sentence, wrap};

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, rect: Rect) {
    let extra = match (&app.search.target, app.search.input.value()) {
        (Some(Focus::Paragraphs), q) if !q.is_empty() => {
            format!("· /{} {}", wrap::truncate(q, 20), app.search.summary())
        }
        _ => String::new(),
    };
    let block = pane_block(app, theme, Focus::Paragraphs, extra);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let doc = &app.doc;
    let digits = doc.len().to_string().len();
    let gutter = digits + 3;
    // One blank column keeps the text off the scrollbar.
    let text_width = (inner.width as usize).saturating_sub(gutter + 1).max(1);
    app.text_area.set(TextArea {
        width: text_width,
        height: inner.height as usize,
    });

    let lines = app.lines();
    let mut pos = lines.clamp(app.top);
    let mut out = Vec::with_capacity(inner.height as usize);
    let mut rows = Vec::with_capacity(inner.height as usize);
    while out.len() < inner.height as usize && pos.block < doc.len() {
        let wrapped = lines.wrapped(pos.block);
        let selected = pos.block == app.selected;
        if let Some(range) = wrapped.get(pos.line) {
            let kind = doc.blocks[pos.block].kind;
            let text = doc.block_text(pos.block);
            let mut spans = gutter_spans(theme, pos, selected, digits);
            spans.push(Span::styled(decoration(kind, pos.line), theme.dimmed));
            let marks = highlights(app, theme, pos.block, range.clone());
            // Presenter spotlight: the others dimmed; highlights are patched on top, so they stay.
            let base = match (app.presenter, selected) {
                (true, false) => kind_style(theme, kind).patch(theme.dimmed),
                (true, true) => kind_style(theme, kind).patch(theme.spotlight),
                _ => kind_style(theme, kind),
            };
            spans.extend(highlight::spans(text, range.clone(), base, &marks));
            out.push(Line::from(spans));
            rows.push(Some(pos.block));
        } else {
            out.push(Line::default());
            rows.push(None);
        }
        let next = lines.forward(pos, 1);
        if next == pos {
            break;
        }
        pos = next;
    }
    let text_rect = Rect {
        x: inner.x,
        y: inner.y,
        width: inner.width,
        height: inner.height,
    };
    frame.render_widget(Paragraph::new(out), text_rect);
    {
        let mut g = app.geometry.borrow_mut();
        g.text = super::to_area(text_rect);
        g.rows = rows;
    }
    // The scrollbar counts shown paragraphs (not wrapped lines: those are only known near the view).
    let top_block = lines.clamp(app.top).block;
    let (shown, position) = match lines.only {
        Some(only) => (only.len(), only.partition_point(|&b| b < top_block)),
        None => (doc.len(), top_block),
    };
    if shown > 1 && !app.presenter {
        let mut state = ScrollbarState::new(shown - 1).position(position);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None);
        frame.render_stateful_widget(
            bar,
            rect.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
}

/// "▌¶12 " on a block's first line, "▌    " on the others; the bar marks the selection.
fn gutter_spans(theme: &Theme, pos: Pos, selected: bool, digits: usize) -> Vec<Span<'static>> {
    let marker = if selected {
        Span::styled("▌", theme.selection)
    } else {
        Span::raw(" ")
    };
    let number = if pos.line == 0 {
        format!("¶{}", pos.block + 1)
    } else {
        String::new()
    };
    let style = if selected {
        theme.selection
    } else {
        theme.gutter
    };
    vec![
        marker,
        Span::styled(format!("{number:>width$} ", width = digits + 1), style),
    ]
}

fn decoration(kind: BlockKind, line: usize) -> &'static str {
    match (kind, line) {
        (BlockKind::ListItem, 0) => "• ",
        (BlockKind::ListItem, _) => "  ",
        (BlockKind::Quote, _) => "│ ",
        _ => "",
    }
}

fn kind_style(theme: &Theme, kind: BlockKind) -> Style {
    match kind {
        BlockKind::Heading => theme.heading,
        BlockKind::Byline => theme.byline,
        BlockKind::Quote => theme.quote,
        BlockKind::Paragraph | BlockKind::ListItem => theme.text,
    }
}

/// What to light up in a block: every entity with `e`; the selected entity's mentions while the
/// entities pane has the focus (or filters the paragraphs); the selected bar's sentence while the
/// funding pane has it.
/// Only what overlaps `line` (a wrapped line's byte range): a long block can hold thousands.
fn highlights(
    app: &App,
    theme: &Theme,
    block: usize,
    line: Range<usize>,
) -> Vec<(Range<usize>, Style)> {
    let mut out = Vec::new();
    if app.focus == Focus::Funding
        && let Some(f) = app.selected_figure().map(|i| &app.figures[i])
        && f.block() == block
    {
        out.push((
            sentence::around(app.doc.block_text(block), f.range()),
            theme.sentence,
        ));
        out.push((f.range(), theme.mention));
    }
    let current = app.search.current.and_then(|c| app.search.matches.get(c));
    let in_block = app.search.matches.in_block(block);
    // Matches are sorted and do not overlap: those ending after the line start, until past its end.
    let first = in_block.partition_point(|m| m.end <= line.start);
    for m in in_block[first..].iter().take_while(|m| m.start < line.end) {
        let style = if Some(*m) == current {
            theme.match_current
        } else {
            theme.matched
        };
        out.push((m.start..m.end, style));
    }
    let placed = app.ents.by_block.get(&app.entities, block);
    let selected = match &app.ents.filter {
        Some((e, _)) => Some(*e),
        None if app.focus == Focus::Entities => app.selected_entity(),
        None => None,
    };
    // Mentions are sorted by start; one never spans more than a few words, so starting a little
    // before the line catches those that begin on the previous line.
    let from = placed.partition_point(|p| p.start as usize + 256 < line.start);
    for p in placed[from..]
        .iter()
        .take_while(|p| (p.start as usize) < line.end)
        .filter(|p| p.end as usize > line.start)
    {
        if app.ents.marks {
            out.push((p.range(), theme.entity_mark(app.entities[p.entity()].kind)));
        }
        if Some(p.entity()) == selected {
            out.push((p.range(), theme.mention));
        }
    }
    out
}

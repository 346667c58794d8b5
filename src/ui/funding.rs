//! The funding pane: one horizontal bar per sum (or per counted quantity with `u`), largest
//! first, ranges as a solid bar to the low bound and a light extension to the high bound.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use super::theme::Theme;
use super::{amount, pane_block, safe_span};
use crate::app::funding::compared_value;
use crate::app::{App, Focus};
use crate::document::wrap;
use crate::extract::{Figure, FigureKind, Lang};

/// "22 Md$ ≈ 19 Md€" (or just "20 Md€" when no conversion was needed).
/// `text`: the figure's text, written when it has neither currency nor unit; `display`: the
/// currency of its converted amount.
pub fn value_label(f: &Figure, text: &str, display: &str, lang: Lang) -> String {
    let written = match (f.kind, f.currency(), f.unit()) {
        (FigureKind::Money, Some(cur), _) => {
            let low = amount::money(f.amount, cur, lang);
            match f.amount_max() {
                Some(max) => format!("{low}–{}", amount::money(max, cur, lang)),
                None => low,
            }
        }
        (_, _, Some(unit)) => amount::quantity(f.amount, unit, lang),
        _ => wrap::sanitize(text).into_owned(),
    };
    match f.converted() {
        Some(c) if Some(display) != f.currency() => {
            format!("{written} ≈ {}", amount::money(c, display, lang))
        }
        _ => written,
    }
}

/// The bar's label: who commits the sum, else what the article wrote.
pub fn bar_label<'a>(f: &'a Figure, text: &'a str) -> &'a str {
    f.subject.as_deref().unwrap_or(text)
}

/// Cells for a value on the chart's scale (at least one for anything above zero).
fn cells(value: f64, max: f64, min: f64, width: usize, log: bool) -> usize {
    if value <= 0.0 || max <= 0.0 {
        return 0;
    }
    let ratio = if log {
        let (lo, hi) = (min.max(1e-9).log10() - 1.0, max.log10());
        ((value.log10() - lo) / (hi - lo).max(1e-9)).clamp(0.0, 1.0)
    } else {
        (value / max).clamp(0.0, 1.0)
    };
    ((ratio * width as f64).round() as usize).max(1)
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, rect: Rect) {
    let bars = &app.funding.bars;
    let mut block = pane_block(
        app,
        theme,
        Focus::Funding,
        if bars.is_empty() {
            String::new()
        } else {
            format!("({})", bars.len())
        },
    );
    let inner = block.inner(rect);
    app.geometry.borrow_mut().list_rows[1] = inner.height as usize;
    if bars.is_empty() {
        app.geometry.borrow_mut().list_hits[1].clear();
        let text = if app.extracting {
            app.extracting_label()
        } else if app.funding.unit.is_some() {
            "No quantities in this unit (u: next unit).".to_string()
        } else {
            "No sums of money found (u: counted quantities).".to_string()
        };
        frame.render_widget(
            Paragraph::new(Span::styled(text, theme.dimmed))
                .wrap(Wrap { trim: true })
                .block(block),
            rect,
        );
        return;
    }
    let lang = app.doc.language;
    let figures = &app.figures;
    let width = (inner.width as usize).saturating_sub(1); // the selection marker
    // Only the bars in view become text; the scale still spans every bar.
    let rows = inner.height as usize;
    let selected = app.lists[1].selected.min(bars.len() - 1);
    let offset = (selected + 1).saturating_sub(rows.max(1));
    let window = &bars[offset..(offset + rows).min(bars.len())];
    let text = |i: usize| figures[i].text_in(app.doc.block_text(figures[i].block()));
    let values: Vec<String> = window
        .iter()
        .map(|&i| value_label(&figures[i], text(i), &app.currency, lang))
        .collect();
    let value_w = values
        .iter()
        .map(|v| wrap::display_width(v))
        .max()
        .unwrap_or(0)
        // Values are what people read: they keep their width, the bars shrink (to 6 cells).
        .min(width.saturating_sub(12));
    let label_w = window
        .iter()
        .map(|&i| wrap::display_width(bar_label(&figures[i], text(i))))
        .max()
        .unwrap_or(0)
        .min((width * 3 / 10).min(width.saturating_sub(value_w + 8)))
        .max(4);
    let bar_w = width.saturating_sub(label_w + value_w + 2);
    // Bars are sorted largest first, so the scale's ends are found without a pass over
    // every bar (a large corpus has 100 000 of them, every frame).
    let value = |k: usize| compared_value(&figures[bars[k]]);
    let positive = bars.partition_point(|&i| compared_value(&figures[i]).is_some_and(|v| v > 0.0));
    let max = value(0).unwrap_or(0.0).max(0.0);
    let min = positive
        .checked_sub(1)
        .and_then(value)
        .unwrap_or(f64::INFINITY);

    let mut items = Vec::with_capacity(window.len());
    for (row, &i) in window.iter().enumerate() {
        let f = &figures[i];
        let label = wrap::truncate(bar_label(f, text(i)), label_w);
        let pad = label_w.saturating_sub(wrap::display_width(&label));
        let mut spans = vec![
            safe_span(&label, label_w, theme.text),
            Span::raw(" ".repeat(pad + 1)),
        ];
        match compared_value(f) {
            Some(v) => {
                let scale = if f.amount > 0.0 { v / f.amount } else { 1.0 };
                let solid = cells(v, max, min, bar_w, app.funding.log);
                let high = f.amount_max().map_or(solid, |m| {
                    cells(m * scale, max, min, bar_w, app.funding.log).max(solid)
                });
                spans.push(Span::styled("█".repeat(solid), theme.bar));
                spans.push(Span::styled("░".repeat(high - solid), theme.bar_range));
                spans.push(Span::raw(" ".repeat(bar_w.saturating_sub(high) + 1)));
            }
            None => spans.push(Span::styled(
                format!("{:<w$} ", "(no rate)", w = bar_w),
                theme.dimmed,
            )),
        }
        spans.push(safe_span(&values[row], value_w, theme.text));
        items.push(ListItem::new(Line::from(spans)));
    }
    let mut state = ListState::default().with_selected(Some(selected - offset));
    // Say how many bars are out of view rather than letting them vanish.
    let hidden = bars.len().saturating_sub(rows);
    let mut notes = vec![if app.funding.log { "log" } else { "linear" }.to_string()];
    if let Some(date) = &app.rates_date {
        notes.push(format!("rates {date}"));
    }
    if hidden > 0 {
        notes.push(format!("+{hidden} more"));
    }
    block = block.title_bottom(Span::styled(
        format!(" {} ", notes.join(" · ")),
        theme.dimmed,
    ));
    let list = List::new(items)
        .block(block)
        .highlight_symbol("▌")
        .highlight_style(theme.selection);
    frame.render_stateful_widget(list, rect, &mut state);
    app.geometry.borrow_mut().list_hits[1] = (offset..offset + window.len()).map(Some).collect();
}

//! The screen as SVG: a background rectangle per run of one background colour, a `<text>` per
//! run of one text style, each placed at its exact column and stretched to its exact width
//! (`textLength`), so box drawing and block elements keep to the grid whatever font is found.

use std::fmt::Write;

use ratatui::buffer::Buffer;

use super::{FONT_STACK, Glyph, Look, Palette, Rgb, escape_into, escape_text, rows};

/// Width of one cell, in px.
pub const CELL_WIDTH: f64 = 8.4;
/// Height of one cell (one row), in px: the font's ascent plus descent (DejaVu Sans Mono at
/// 14px: 16.3), as in a terminal, so box drawing joins from row to row.
pub const CELL_HEIGHT: f64 = 16.0;
/// The font size, in px.
pub const FONT_SIZE: f64 = 14.0;
/// The text baseline below the top of its row, in px.
pub const BASELINE: f64 = 13.0;

/// Cell width in tenths of a px, so coordinates print exactly.
const CELL_W10: u32 = 84;
const CELL_H: u32 = 16;
const BASELINE_PX: u32 = 13;

/// `cols` cell widths as a px length (`8.4`, `16.8`, `84`).
fn px(cols: u32) -> String {
    let t = cols * CELL_W10;
    if t.is_multiple_of(10) {
        (t / 10).to_string()
    } else {
        format!("{}.{}", t / 10, t % 10)
    }
}

/// The screen as a standalone SVG picture on the dark palette.
pub fn to_svg(buffer: &Buffer, title: &str) -> String {
    to_svg_with(buffer, title, &Palette::DARK)
}

/// The screen as a standalone SVG picture; `Color::Reset` is taken from `palette`.
pub fn to_svg_with(buffer: &Buffer, title: &str, palette: &Palette) -> String {
    let area = buffer.area;
    let (w, h) = (px(u32::from(area.width)), u32::from(area.height) * CELL_H);
    let rows = rows(buffer, palette);
    let mut out =
        String::with_capacity(256 + usize::from(area.width) * usize::from(area.height) * 4);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" xml:space=\"preserve\">"
    );
    let _ = writeln!(out, "<title>{}</title>", escape_text(title));
    let _ = writeln!(
        out,
        "<rect width=\"{w}\" height=\"{h}\" fill=\"{}\"/>",
        palette.bg
    );

    out.push_str("<g shape-rendering=\"crispEdges\">\n");
    for (y, row) in rows.iter().enumerate() {
        backgrounds(&mut out, y as u32, row, palette.bg);
    }
    out.push_str("</g>\n");

    let mut family = String::new();
    escape_into(&mut family, FONT_STACK);
    let _ = writeln!(
        out,
        "<g font-family=\"{family}\" font-size=\"{FONT_SIZE}\" fill=\"{}\" \
         style=\"white-space:pre;font-variant-ligatures:none\">",
        palette.fg
    );
    for (y, row) in rows.iter().enumerate() {
        texts(&mut out, y as u32, row, palette.fg);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// One `<rect>` per run of cells sharing a background other than the page's.
fn backgrounds(out: &mut String, y: u32, row: &[Glyph], page: Rgb) {
    let mut i = 0;
    while i < row.len() {
        let bg = row[i].look.bg;
        let start = u32::from(row[i].col);
        let mut end = start + u32::from(row[i].width);
        i += 1;
        while i < row.len() && row[i].look.bg == bg {
            end = u32::from(row[i].col) + u32::from(row[i].width);
            i += 1;
        }
        if bg != page {
            let _ = writeln!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{CELL_H}\" fill=\"{bg}\"/>",
                px(start),
                y * CELL_H,
                px(end - start)
            );
        }
    }
}

/// What a run of text shares: everything in the look but the background.
fn text_key(look: &Look) -> (Rgb, bool, bool, bool, bool) {
    (
        look.fg,
        look.bold,
        look.italic,
        look.underline,
        look.crossed,
    )
}

struct Run {
    col: u16,
    cols: u16,
    /// Undecorated blanks seen after the run's last character: kept only if more text follows.
    pending: u16,
    look: Look,
    text: String,
}

/// One `<text>` per run of one-column characters in one style; a wide character or a cluster is
/// a run of its own. Undecorated blanks draw nothing and join whatever run surrounds them.
fn texts(out: &mut String, y: u32, row: &[Glyph], default_fg: Rgb) {
    let mut run: Option<Run> = None;
    for g in row {
        let invisible = g.look.hidden || (g.is_blank() && !g.look.decorated());
        if invisible {
            if let Some(r) = run.as_mut() {
                // A decorated run cannot take an undecorated blank; a longer gap starts a new
                // run, so no run holds two blanks in a row, which a renderer ignoring
                // `xml:space` would collapse into one.
                if r.look.decorated() || r.pending > 0 {
                    emit(out, y, &r.look, r.col, r.cols, &r.text, default_fg);
                    run = None;
                } else {
                    r.pending += g.width;
                }
            }
            continue;
        }
        if g.is_simple() {
            if let Some(r) = run
                .as_mut()
                .filter(|r| text_key(&r.look) == text_key(&g.look))
            {
                for _ in 0..r.pending {
                    r.text.push(' ');
                }
                r.text.push_str(&g.text);
                r.cols += r.pending + 1;
                r.pending = 0;
                continue;
            }
            if let Some(r) = run.take() {
                emit(out, y, &r.look, r.col, r.cols, &r.text, default_fg);
            }
            run = Some(Run {
                col: g.col,
                cols: 1,
                pending: 0,
                look: g.look,
                text: g.text.clone(),
            });
        } else {
            if let Some(r) = run.take() {
                emit(out, y, &r.look, r.col, r.cols, &r.text, default_fg);
            }
            emit(out, y, &g.look, g.col, g.width, &g.text, default_fg);
        }
    }
    if let Some(r) = run {
        emit(out, y, &r.look, r.col, r.cols, &r.text, default_fg);
    }
}

fn emit(out: &mut String, y: u32, look: &Look, col: u16, cols: u16, text: &str, default_fg: Rgb) {
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\"",
        px(u32::from(col)),
        y * CELL_H + BASELINE_PX
    );
    if look.fg != default_fg {
        let _ = write!(out, " fill=\"{}\"", look.fg);
    }
    if look.bold {
        out.push_str(" font-weight=\"bold\"");
    }
    if look.italic {
        out.push_str(" font-style=\"italic\"");
    }
    match (look.underline, look.crossed) {
        (true, true) => out.push_str(" text-decoration=\"underline line-through\""),
        (true, false) => out.push_str(" text-decoration=\"underline\""),
        (false, true) => out.push_str(" text-decoration=\"line-through\""),
        (false, false) => {}
    }
    let _ = write!(
        out,
        " textLength=\"{}\" lengthAdjust=\"spacing\">",
        px(u32::from(cols))
    );
    escape_into(out, text);
    out.push_str("</text>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_print_exactly() {
        assert_eq!(px(0), "0");
        assert_eq!(px(1), "8.4");
        assert_eq!(px(3), "25.2");
        assert_eq!(px(10), "84");
        assert_eq!(px(80), "672");
        assert!((CELL_WIDTH * 10.0 - f64::from(CELL_W10)).abs() < 1e-9);
        assert!((CELL_HEIGHT - f64::from(CELL_H)).abs() < 1e-9);
        assert!((BASELINE - f64::from(BASELINE_PX)).abs() < 1e-9);
    }
}

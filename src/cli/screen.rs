//! A drawn buffer as plain text or ANSI: what `render` prints and what snapshots compare.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};
use unicode_width::UnicodeWidthStr;

use crate::document::wrap;

/// Visible cells of one row, skipping the cells covered by wide characters.
fn row_cells(buffer: &Buffer, y: u16) -> impl Iterator<Item = (&str, Style)> {
    let area = buffer.area;
    let mut skip = 0usize;
    (area.x..area.x + area.width).filter_map(move |x| {
        let cell = &buffer[(x, y)];
        if skip > 0 {
            skip -= 1;
            return None;
        }
        let symbol = cell.symbol();
        skip = symbol.width().saturating_sub(1);
        Some((symbol, cell.style()))
    })
}

/// One line per row, trailing spaces trimmed, no escapes.
pub fn to_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in buffer.area.y..buffer.area.y + buffer.area.height {
        let mut line = String::new();
        for (symbol, _) in row_cells(buffer, y) {
            line.push_str(&wrap::sanitize(symbol));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// One line per row with SGR colour and attribute sequences; nothing else (no cursor moves).
pub fn to_ansi(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in buffer.area.y..buffer.area.y + buffer.area.height {
        let mut current: Option<Style> = None;
        for (symbol, style) in row_cells(buffer, y) {
            if current != Some(style) {
                out.push_str(&sgr(style));
                current = Some(style);
            }
            out.push_str(&wrap::sanitize(symbol));
        }
        out.push_str("\x1b[0m\n");
    }
    out
}

fn sgr(style: Style) -> String {
    let mut codes = vec!["0".to_string()];
    let m = style.add_modifier;
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if m.contains(flag) {
            codes.push(code.into());
        }
    }
    if let Some(c) = style.fg.and_then(|c| color(c, false)) {
        codes.push(c);
    }
    if let Some(c) = style.bg.and_then(|c| color(c, true)) {
        codes.push(c);
    }
    let mut s = String::from("\x1b[");
    let _ = write!(s, "{}m", codes.join(";"));
    s
}

fn color(c: Color, bg: bool) -> Option<String> {
    let base = if bg { 40 } else { 30 };
    let named = |i: u8, bright: bool| {
        Some(format!(
            "{}",
            if bright { base + 60 } else { base } + i as u16
        ))
    };
    match c {
        Color::Reset => None,
        Color::Black => named(0, false),
        Color::Red => named(1, false),
        Color::Green => named(2, false),
        Color::Yellow => named(3, false),
        Color::Blue => named(4, false),
        Color::Magenta => named(5, false),
        Color::Cyan => named(6, false),
        Color::Gray => named(7, false),
        Color::DarkGray => named(0, true),
        Color::LightRed => named(1, true),
        Color::LightGreen => named(2, true),
        Color::LightYellow => named(3, true),
        Color::LightBlue => named(4, true),
        Color::LightMagenta => named(5, true),
        Color::LightCyan => named(6, true),
        Color::White => named(7, true),
        Color::Indexed(i) => Some(format!("{};5;{i}", base + 8)),
        Color::Rgb(r, g, b) => Some(format!("{};2;{r};{g};{b}", base + 8)),
    }
}

//! Export formats: the screen as a picture (`artex render --format svg|html`) and the figures
//! as a spreadsheet (`artex dump --format csv`).
//!
//! The screen exports walk the same cells the terminal shows: every cell is one column, a wide
//! character (unicode-width 2) covers the next cell too, which is skipped as ratatui skips it.
//! Colours are resolved to RGB here, once, so SVG and HTML agree: `Color::Reset` is the
//! palette's default, named colours are xterm's, `Indexed` goes through the xterm-256 table.
//! The article is untrusted input: control and bidi-override characters become U+FFFD, and the
//! output carries no script, no event attribute and no external reference.

mod csv;
mod html;
mod svg;

use std::borrow::Cow;
use std::fmt;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

pub use csv::{CSV_HEADER, CsvRow, figures_csv};
pub use html::{to_html, to_html_with};
pub use svg::{BASELINE, CELL_HEIGHT, CELL_WIDTH, FONT_SIZE, to_svg, to_svg_with};

/// The monospace font stack of both exports (CSS syntax).
pub const FONT_STACK: &str =
    r#"ui-monospace, "DejaVu Sans Mono", "Menlo", "Consolas", "Liberation Mono", monospace"#;

/// An sRGB colour; `Display` writes `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// What `Color::Reset` stands for: the terminal's default foreground and background.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub fg: Rgb,
    pub bg: Rgb,
}

impl Palette {
    /// Light grey on near-black, a common dark terminal.
    pub const DARK: Palette = Palette {
        fg: Rgb(0xd0, 0xd0, 0xd0),
        bg: Rgb(0x1c, 0x1c, 0x1c),
    };
    /// Near-black on white, a common light terminal.
    pub const LIGHT: Palette = Palette {
        fg: Rgb(0x1c, 0x1c, 0x1c),
        bg: Rgb(0xff, 0xff, 0xff),
    };
}

impl Default for Palette {
    fn default() -> Self {
        Palette::DARK
    }
}

/// xterm's 16 base colours, in ANSI order.
const XTERM_16: [Rgb; 16] = [
    Rgb(0x00, 0x00, 0x00), // Black
    Rgb(0xcd, 0x00, 0x00), // Red
    Rgb(0x00, 0xcd, 0x00), // Green
    Rgb(0xcd, 0xcd, 0x00), // Yellow
    Rgb(0x00, 0x00, 0xee), // Blue
    Rgb(0xcd, 0x00, 0xcd), // Magenta
    Rgb(0x00, 0xcd, 0xcd), // Cyan
    Rgb(0xe5, 0xe5, 0xe5), // Gray (ANSI white)
    Rgb(0x7f, 0x7f, 0x7f), // DarkGray (bright black)
    Rgb(0xff, 0x00, 0x00), // LightRed
    Rgb(0x00, 0xff, 0x00), // LightGreen
    Rgb(0xff, 0xff, 0x00), // LightYellow
    Rgb(0x5c, 0x5c, 0xff), // LightBlue
    Rgb(0xff, 0x00, 0xff), // LightMagenta
    Rgb(0x00, 0xff, 0xff), // LightCyan
    Rgb(0xff, 0xff, 0xff), // White
];

/// The xterm-256 colour `n`: 16 base colours, a 6×6×6 cube, 24 greys.
pub fn xterm_256(n: u8) -> Rgb {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match n {
        0..=15 => XTERM_16[n as usize],
        16..=231 => {
            let i = n - 16;
            Rgb(
                LEVELS[(i / 36) as usize],
                LEVELS[(i / 6 % 6) as usize],
                LEVELS[(i % 6) as usize],
            )
        }
        232..=255 => {
            let v = 8 + 10 * (n - 232);
            Rgb(v, v, v)
        }
    }
}

/// A ratatui colour as RGB; `Color::Reset` is `default`.
pub fn resolve_color(color: Color, default: Rgb) -> Rgb {
    match color {
        Color::Reset => default,
        Color::Black => XTERM_16[0],
        Color::Red => XTERM_16[1],
        Color::Green => XTERM_16[2],
        Color::Yellow => XTERM_16[3],
        Color::Blue => XTERM_16[4],
        Color::Magenta => XTERM_16[5],
        Color::Cyan => XTERM_16[6],
        Color::Gray => XTERM_16[7],
        Color::DarkGray => XTERM_16[8],
        Color::LightRed => XTERM_16[9],
        Color::LightGreen => XTERM_16[10],
        Color::LightYellow => XTERM_16[11],
        Color::LightBlue => XTERM_16[12],
        Color::LightMagenta => XTERM_16[13],
        Color::LightCyan => XTERM_16[14],
        Color::White => XTERM_16[15],
        Color::Rgb(r, g, b) => Rgb(r, g, b),
        Color::Indexed(n) => xterm_256(n),
    }
}

/// `DIM` text: the foreground blended 40% toward the background, as terminals render faint.
fn dim(fg: Rgb, bg: Rgb) -> Rgb {
    let mix = |f: u8, b: u8| ((u16::from(f) * 6 + u16::from(b) * 4 + 5) / 10) as u8;
    Rgb(mix(fg.0, bg.0), mix(fg.1, bg.1), mix(fg.2, bg.2))
}

/// A cell's look once colours are resolved, reverse applied and dim blended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Look {
    pub fg: Rgb,
    pub bg: Rgb,
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    pub crossed: bool,
    pub hidden: bool,
}

impl Look {
    /// Whether a blank drawn with this look shows anything but its background.
    pub fn decorated(&self) -> bool {
        (self.underline || self.crossed) && !self.hidden
    }
}

/// One visible cell: its column (0-based from the buffer's left), width in columns,
/// sanitized text and look.
#[derive(Clone, Debug)]
pub(crate) struct Glyph {
    pub col: u16,
    pub width: u16,
    pub text: String,
    pub look: Look,
}

impl Glyph {
    pub fn is_blank(&self) -> bool {
        self.text == " "
    }

    /// A single character one column wide: it can share a run with its neighbours and
    /// keep to the grid. Anything else (wide, or a cluster of several characters) is placed alone.
    pub fn is_simple(&self) -> bool {
        let mut chars = self.text.chars();
        self.width == 1 && chars.next().is_some() && chars.next().is_none()
    }
}

/// Whether `c` must not reach the output raw: C0 and C1 controls, DEL, bidi embedding and
/// override controls (they would reorder the picture), and the XML non-characters.
fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{61c}'
        | '\u{200e}' | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{fffe}' | '\u{ffff}')
}

/// A cell symbol made safe to show: unsafe characters become U+FFFD, an empty symbol a blank.
pub(crate) fn sanitize(symbol: &str) -> String {
    if symbol.is_empty() {
        return " ".to_string();
    }
    symbol
        .chars()
        .map(|c| if is_unsafe(c) { '\u{fffd}' } else { c })
        .collect()
}

/// `symbol` without terminal escape sequences (a hyperlink's OSC 8 wrapper, say): ESC `[` …
/// final byte, ESC `]` … BEL or ST, ESC `P`/`X`/`^`/`_` … ST, or ESC and one character.
pub(crate) fn strip_escapes(symbol: &str) -> Cow<'_, str> {
    if !symbol.contains('\u{1b}') {
        return Cow::Borrowed(symbol);
    }
    let mut out = String::with_capacity(symbol.len());
    let mut chars = symbol.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('[') => {
                for c in chars.by_ref() {
                    if ('\u{40}'..='\u{7e}').contains(&c) {
                        break;
                    }
                }
            }
            Some(']' | 'P' | 'X' | '^' | '_') => {
                while let Some(c) = chars.next() {
                    if c == '\u{7}' {
                        break;
                    }
                    if c == '\u{1b}' && chars.peek() == Some(&'\\') {
                        chars.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    Cow::Owned(out)
}

/// Appends `s` with the five XML/HTML special characters escaped.
pub(crate) fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `s` sanitized and escaped: for titles and other free text.
pub(crate) fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, &sanitize(s));
    out
}

/// The visible cells of every row, skipping the cells a wide character covers.
pub(crate) fn rows(buffer: &Buffer, palette: &Palette) -> Vec<Vec<Glyph>> {
    let area = buffer.area;
    let mut rows = Vec::with_capacity(area.height as usize);
    for y in area.top()..area.bottom() {
        let mut row = Vec::new();
        let mut x = area.left();
        while x < area.right() {
            let cell = &buffer[(x, y)];
            // A skipped cell is drawn by something else (an image, say): shown blank.
            let text = match cell.diff_option {
                CellDiffOption::Skip => " ".to_string(),
                _ => sanitize(&strip_escapes(cell.symbol())),
            };
            let width = match cell.diff_option {
                CellDiffOption::ForcedWidth(w) => w.get(),
                _ => u16::try_from(text.width()).unwrap_or(u16::MAX),
            };
            let width = width.clamp(1, area.right() - x);
            let m = cell.modifier;
            let (mut fg, mut bg) = (
                resolve_color(cell.fg, palette.fg),
                resolve_color(cell.bg, palette.bg),
            );
            if m.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            if m.contains(Modifier::DIM) {
                fg = dim(fg, bg);
            }
            let look = Look {
                fg,
                bg,
                bold: m.contains(Modifier::BOLD),
                italic: m.contains(Modifier::ITALIC),
                underline: m.contains(Modifier::UNDERLINED),
                crossed: m.contains(Modifier::CROSSED_OUT),
                hidden: m.contains(Modifier::HIDDEN),
            };
            row.push(Glyph {
                col: x - area.left(),
                width,
                text,
                look,
            });
            x += width;
        }
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xterm_table() {
        assert_eq!(xterm_256(1), Rgb(0xcd, 0, 0));
        assert_eq!(xterm_256(8), Rgb(0x7f, 0x7f, 0x7f));
        assert_eq!(xterm_256(16), Rgb(0, 0, 0));
        assert_eq!(xterm_256(17), Rgb(0, 0, 95));
        assert_eq!(xterm_256(196), Rgb(255, 0, 0));
        assert_eq!(xterm_256(208), Rgb(255, 135, 0));
        assert_eq!(xterm_256(231), Rgb(255, 255, 255));
        assert_eq!(xterm_256(232), Rgb(8, 8, 8));
        assert_eq!(xterm_256(255), Rgb(0xee, 0xee, 0xee));
    }

    #[test]
    fn named_and_reset_colours() {
        let d = Rgb(1, 2, 3);
        assert_eq!(resolve_color(Color::Reset, d), d);
        assert_eq!(resolve_color(Color::Black, d), Rgb(0, 0, 0));
        assert_eq!(resolve_color(Color::Red, d), Rgb(0xcd, 0, 0));
        assert_eq!(resolve_color(Color::DarkGray, d), Rgb(0x7f, 0x7f, 0x7f));
        assert_eq!(resolve_color(Color::LightRed, d), Rgb(0xff, 0, 0));
        assert_eq!(resolve_color(Color::White, d), Rgb(0xff, 0xff, 0xff));
        assert_eq!(resolve_color(Color::Rgb(9, 8, 7), d), Rgb(9, 8, 7));
        assert_eq!(resolve_color(Color::Indexed(9), d), Rgb(0xff, 0, 0));
        assert_eq!(Rgb(0xab, 0x0c, 0xff).to_string(), "#ab0cff");
    }

    #[test]
    fn dim_blends_toward_background() {
        assert_eq!(dim(Rgb(200, 200, 200), Rgb(0, 0, 0)), Rgb(120, 120, 120));
        assert_eq!(dim(Rgb(0, 0, 0), Rgb(100, 100, 100)), Rgb(40, 40, 40));
    }

    #[test]
    fn sanitize_replaces_controls() {
        assert_eq!(sanitize("a\u{7}b"), "a\u{fffd}b");
        assert_eq!(sanitize("\u{9b}"), "\u{fffd}");
        assert_eq!(sanitize("\u{7f}"), "\u{fffd}");
        assert_eq!(sanitize("\u{202e}"), "\u{fffd}");
        assert_eq!(sanitize(""), " ");
        assert_eq!(sanitize("日"), "日");
        assert_eq!(sanitize("\u{a0}é€"), "\u{a0}é€");
    }

    #[test]
    fn strips_escape_sequences() {
        assert_eq!(strip_escapes("plain"), "plain");
        assert_eq!(strip_escapes("\u{1b}[1;31mred\u{1b}[0m"), "red");
        assert_eq!(
            strip_escapes("\u{1b}]8;;http://example.com\u{1b}\\link\u{1b}]8;;\u{1b}\\"),
            "link"
        );
        assert_eq!(strip_escapes("\u{1b}]0;title\u{7}x"), "x");
        assert_eq!(strip_escapes("a\u{1b}"), "a");
    }

    #[test]
    fn escapes_the_five() {
        assert_eq!(
            escape_text(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}

//! The screen as a standalone HTML page: an inline `<style>`, a `<pre>` of spans, one class per
//! look. No script, and a Content-Security-Policy that would refuse one. The page is also
//! well-formed XML, so it can be checked with an XML parser.

use std::collections::HashMap;
use std::fmt::Write;

use ratatui::buffer::Buffer;

use super::{FONT_STACK, Glyph, Look, Palette, escape_into, escape_text, rows};

/// The screen as a standalone HTML page on the dark palette.
pub fn to_html(buffer: &Buffer, title: &str) -> String {
    to_html_with(buffer, title, &Palette::DARK)
}

/// A run of cells drawn by one span (or bare text, for the default look).
struct Span {
    look: Look,
    /// Whether the run has more than undecorated blanks (whose text colour does not matter).
    ink: bool,
    /// `Some(cols)` for a wide character or a cluster, boxed to its exact width.
    boxed: Option<u16>,
    text: String,
}

/// The screen as a standalone HTML page; `Color::Reset` is taken from `palette`.
pub fn to_html_with(buffer: &Buffer, title: &str, palette: &Palette) -> String {
    let plain = Look {
        fg: palette.fg,
        bg: palette.bg,
        bold: false,
        italic: false,
        underline: false,
        crossed: false,
        hidden: false,
    };
    let mut classes: HashMap<Look, usize> = HashMap::new();
    let mut order: Vec<Look> = Vec::new();
    let mut body = String::new();
    for (y, row) in rows(buffer, palette).iter().enumerate() {
        if y > 0 {
            body.push('\n');
        }
        let mut spans = spans(row, plain);
        // Trailing blanks on the page's own background draw nothing.
        while let Some(last) = spans
            .last_mut()
            .filter(|s| s.boxed.is_none() && s.look.bg == plain.bg && !s.look.decorated())
        {
            let keep = last.text.trim_end_matches(' ').len();
            if keep > 0 {
                last.text.truncate(keep);
                break;
            }
            spans.pop();
        }
        for s in spans {
            if s.look == plain && s.boxed.is_none() {
                escape_into(&mut body, &s.text);
                continue;
            }
            let n = *classes.entry(s.look).or_insert_with(|| {
                order.push(s.look);
                order.len() - 1
            });
            let _ = write!(body, "<span class=\"s{n}");
            match s.boxed {
                Some(2) => body.push_str(" w2"),
                Some(1) => body.push_str(" w1"),
                Some(cols) => {
                    let _ = write!(body, "\" style=\"width:{cols}ch");
                }
                None => {}
            }
            body.push_str("\">");
            escape_into(&mut body, &s.text);
            body.push_str("</span>");
        }
    }

    let mut out = String::with_capacity(body.len() + 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" \
         content=\"default-src 'none'; style-src 'unsafe-inline'\" />\n",
    );
    let _ = writeln!(out, "<title>{}</title>", escape_text(title));
    out.push_str("<style>\n");
    let _ = writeln!(out, "body{{margin:0;background:{}}}", palette.bg);
    let _ = writeln!(
        out,
        "pre.screen{{margin:0;padding:0;font-family:{FONT_STACK};font-size:14px;\
         line-height:16px;color:{};background:{};white-space:pre;font-variant-ligatures:none;\
         unicode-bidi:bidi-override;direction:ltr}}",
        palette.fg, palette.bg
    );
    // Full-height cells, so backgrounds of consecutive rows meet.
    out.push_str("pre.screen span{display:inline-block;vertical-align:top;height:16px;unicode-bidi:bidi-override;direction:ltr}\n");
    out.push_str(".w1{width:1ch}\n.w2{width:2ch}\n");
    for (n, look) in order.iter().enumerate() {
        let _ = write!(out, ".s{n}{{");
        if look.hidden {
            out.push_str("color:transparent;");
        } else if look.fg != palette.fg {
            let _ = write!(out, "color:{};", look.fg);
        }
        if look.bg != palette.bg {
            let _ = write!(out, "background:{};", look.bg);
        }
        if look.bold {
            out.push_str("font-weight:bold;");
        }
        if look.italic {
            out.push_str("font-style:italic;");
        }
        match (look.underline, look.crossed) {
            (true, true) => out.push_str("text-decoration:underline line-through;"),
            (true, false) => out.push_str("text-decoration:underline;"),
            (false, true) => out.push_str("text-decoration:line-through;"),
            (false, false) => {}
        }
        out.push_str("}\n");
    }
    out.push_str("</style>\n</head>\n<body>\n<pre class=\"screen\">");
    out.push_str(&body);
    out.push_str("</pre>\n</body>\n</html>\n");
    out
}

/// Groups a row's cells into spans. Undecorated blanks show only their background, so they
/// join any undecorated span of the same background.
fn spans(row: &[Glyph], plain: Look) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for g in row {
        let blank = g.is_blank() && !g.look.decorated();
        let look = if blank {
            Look {
                bg: g.look.bg,
                ..plain
            }
        } else {
            g.look
        };
        if !g.is_simple() {
            spans.push(Span {
                look,
                ink: true,
                boxed: Some(g.width),
                text: g.text.clone(),
            });
            continue;
        }
        if let Some(s) = spans.last_mut().filter(|s| s.boxed.is_none()) {
            let joins = if blank {
                s.look.bg == look.bg && !s.look.decorated()
            } else {
                s.look == look || (!s.ink && s.look.bg == look.bg)
            };
            if joins {
                if !blank && !s.ink {
                    s.look = look;
                    s.ink = true;
                }
                s.text.push_str(&g.text);
                continue;
            }
        }
        spans.push(Span {
            look,
            ink: !blank,
            boxed: None,
            text: g.text.clone(),
        });
    }
    spans
}

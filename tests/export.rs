//! The screen exports: SVG and HTML parse as XML, carry no script, show every cell in order at
//! its column, and keep the colours and modifiers of the buffer.

use article_explorer::cli::export::{
    BASELINE, CELL_HEIGHT, CELL_WIDTH, Palette, to_html, to_html_with, to_svg, to_svg_with,
};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A 20×4 screen with most of what a theme uses.
fn screen() -> Buffer {
    let mut b = Buffer::empty(Rect::new(0, 0, 20, 4));
    b.set_string(
        0,
        0,
        "Bold",
        Style::default()
            .fg(Color::LightRed)
            .add_modifier(Modifier::BOLD),
    );
    b.set_string(
        5,
        0,
        "REV",
        Style::default()
            .fg(Color::Rgb(1, 2, 3))
            .bg(Color::Blue)
            .add_modifier(Modifier::REVERSED),
    );
    b.set_string(9, 0, "日本", Style::default().fg(Color::Green));
    b.set_string(13, 0, "x", Style::default().fg(Color::Green));
    b.set_string(15, 0, "€", Style::default());
    b.set_string(
        0,
        1,
        "a<&>\"'b",
        Style::default()
            .bg(Color::Indexed(236))
            .add_modifier(Modifier::ITALIC | Modifier::UNDERLINED),
    );
    b.set_string(
        10,
        1,
        "dim",
        Style::default()
            .fg(Color::White)
            .add_modifier(Modifier::DIM),
    );
    // set_string drops control characters, so put them in by hand, as a careless widget might.
    b[(0, 2)].set_symbol("\u{7}");
    b[(1, 2)].set_symbol("\u{9b}");
    b.set_string(2, 2, "ok", Style::default());
    b.set_string(6, 2, "──┼──", Style::default().fg(Color::Cyan));
    b.set_string(0, 3, "│ █░▌ │", Style::default().fg(Color::Indexed(208)));
    b.set_string(
        10,
        3,
        "old",
        Style::default().add_modifier(Modifier::CROSSED_OUT),
    );
    b
}

fn shown(symbol: &str) -> String {
    symbol
        .chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// What the terminal shows: (row, column, symbol) of every visible cell, continuation cells
/// of wide characters left out, control characters as U+FFFD.
fn visible_cells(b: &Buffer) -> Vec<(u16, u16, String)> {
    let mut cells = Vec::new();
    for y in 0..b.area.height {
        let mut x = 0;
        while x < b.area.width {
            let s = shown(b[(x, y)].symbol());
            let w = s.width().max(1) as u16;
            cells.push((y, x, s));
            x += w;
        }
    }
    cells
}

/// Each row as text, trailing blanks trimmed.
fn row_texts(b: &Buffer) -> Vec<String> {
    let mut rows = vec![String::new(); b.area.height as usize];
    for (y, _, s) in visible_cells(b) {
        rows[y as usize].push_str(&s);
    }
    rows.iter().map(|r| r.trim_end().to_string()).collect()
}

fn attr_f64(n: roxmltree::Node<'_, '_>, name: &str) -> f64 {
    n.attribute(name)
        .unwrap_or_else(|| panic!("no {name} on {n:?}"))
        .parse()
        .unwrap()
}

/// Asserts a length is `cols` cells wide.
fn assert_cols(len: f64, cols: u16) {
    assert!(
        (len - f64::from(cols) * CELL_WIDTH).abs() < 1e-9,
        "{len} is not {cols} columns"
    );
}

fn col_of(x: f64) -> u16 {
    let c = x / CELL_WIDTH;
    assert!((c - c.round()).abs() < 1e-6, "x {x} is not on a column");
    c.round() as u16
}

/// Nothing that runs or reaches out: no script element, no event attribute, no link.
fn assert_inert(doc: &roxmltree::Document<'_>, raw: &str) {
    assert!(!raw.to_lowercase().contains("script"), "script in output");
    for n in doc.descendants().filter(|n| n.is_element()) {
        for a in n.attributes() {
            let name = a.name().to_lowercase();
            assert!(!name.starts_with("on"), "event attribute {name}");
            assert!(!name.contains("href"), "link attribute {name}");
            assert!(!a.value().to_lowercase().contains("javascript:"));
        }
    }
}

fn svg_texts<'a>(doc: &'a roxmltree::Document<'a>) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .collect()
}

fn find_text<'a>(doc: &'a roxmltree::Document<'a>, needle: &str) -> roxmltree::Node<'a, 'a> {
    svg_texts(doc)
        .into_iter()
        .find(|n| n.text() == Some(needle))
        .unwrap_or_else(|| panic!("no <text> with {needle:?}"))
}

fn rgb(hex: &str) -> [u8; 3] {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

#[test]
fn svg_is_xml_without_script() {
    let svg = to_svg(&screen(), "artex <demo> & \"more\"");
    let doc = roxmltree::Document::parse(&svg).expect("SVG parses as XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_cols(attr_f64(root, "width"), 20);
    assert_eq!(attr_f64(root, "height"), 4.0 * CELL_HEIGHT);
    assert!(root.attribute("viewBox").is_some());
    assert_inert(&doc, &svg);
    // The only URL is the namespace.
    assert_eq!(svg.matches("http").count(), 1);
    let title = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some("artex <demo> & \"more\""));
    let family = doc
        .descendants()
        .find_map(|n| n.attribute("font-family"))
        .unwrap();
    assert!(family.starts_with("ui-monospace, \"DejaVu Sans Mono\""));
    assert!(family.ends_with("monospace"));
}

#[test]
fn svg_shows_every_cell_in_order_at_its_column() {
    let b = screen();
    let svg = to_svg(&b, "t");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let mut seen = Vec::new();
    for t in svg_texts(&doc) {
        let y = attr_f64(t, "y");
        let row = ((y - BASELINE) / CELL_HEIGHT).round() as u16;
        assert_eq!(f64::from(row) * CELL_HEIGHT + BASELINE, y);
        // Runs never hold two blanks in a row (a renderer may collapse them).
        assert!(!t.text().unwrap().contains("  "), "{t:?}");
        let mut col = col_of(attr_f64(t, "x"));
        let start = col;
        for c in t.text().unwrap().chars() {
            if c != ' ' {
                seen.push((row, col, c.to_string()));
            }
            col += c.width().unwrap_or(1).max(1) as u16;
        }
        // Each run is stretched to exactly the columns it covers.
        assert_cols(attr_f64(t, "textLength"), col - start);
    }
    let expected: Vec<_> = visible_cells(&b)
        .into_iter()
        .filter(|(_, _, s)| s != " ")
        .collect();
    assert_eq!(seen, expected);
}

#[test]
fn svg_wide_characters_take_two_columns() {
    let svg = to_svg(&screen(), "t");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let ri = find_text(&doc, "日");
    let hon = find_text(&doc, "本");
    let x = find_text(&doc, "x");
    assert_eq!(ri.text(), Some("日"));
    assert_eq!(col_of(attr_f64(ri, "x")), 9);
    assert_eq!(col_of(attr_f64(hon, "x")), 11);
    assert_eq!(col_of(attr_f64(x, "x")), 13);
    assert_cols(attr_f64(ri, "textLength"), 2);
    assert_eq!(x.text(), Some("x"));
}

#[test]
fn svg_colours_and_modifiers() {
    let svg = to_svg(&screen(), "t");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let rects: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect"))
        .collect();
    // The page, in the default background.
    assert_cols(attr_f64(rects[0], "width"), 20);
    assert_eq!(rects[0].attribute("fill"), Some("#1c1c1c"));
    let rect_at = |col: u16, row: u16| {
        rects[1..]
            .iter()
            .copied()
            .find(|r| {
                col_of(attr_f64(*r, "x")) == col
                    && attr_f64(*r, "y") == f64::from(row) * CELL_HEIGHT
            })
            .unwrap_or_else(|| panic!("no rect at {col},{row}"))
    };
    // Reversed: the background is the foreground colour, the text the background colour.
    let rev = rect_at(5, 0);
    assert_eq!(rev.attribute("fill"), Some("#010203"));
    assert_cols(attr_f64(rev, "width"), 3);
    assert_eq!(attr_f64(rev, "height"), CELL_HEIGHT);
    assert_eq!(find_text(&doc, "REV").attribute("fill"), Some("#0000ee"));
    // One rect for a run of one background (Indexed 236 is grey 48).
    let grey = rect_at(0, 1);
    assert_eq!(grey.attribute("fill"), Some("#303030"));
    assert_cols(attr_f64(grey, "width"), 7);
    // Bold, named colour.
    let bold = find_text(&doc, "Bold");
    assert_eq!(bold.attribute("font-weight"), Some("bold"));
    assert_eq!(bold.attribute("fill"), Some("#ff0000"));
    // Italic and underlined, escaped text read back whole.
    let odd = find_text(&doc, "a<&>\"'b");
    assert_eq!(odd.text(), Some("a<&>\"'b"));
    assert_eq!(odd.attribute("font-style"), Some("italic"));
    assert_eq!(odd.attribute("text-decoration"), Some("underline"));
    assert_eq!(
        find_text(&doc, "old").attribute("text-decoration"),
        Some("line-through")
    );
    // Dim: white blended toward the background, strictly between the two.
    let dim = rgb(find_text(&doc, "dim").attribute("fill").unwrap());
    for (c, bg) in dim.iter().zip(rgb("#1c1c1c")) {
        assert!(*c > bg && *c < 0xff, "dim {dim:?}");
    }
    // Indexed 208 is the cube's orange; box drawing keeps its colour and columns.
    assert_eq!(
        find_text(&doc, "│ █░▌ │").attribute("fill"),
        Some("#ff8700")
    );
    assert_eq!(find_text(&doc, "──┼──").attribute("fill"), Some("#00cdcd"));
    assert!(bold.attribute("font-style").is_none());
}

#[test]
fn svg_escapes_and_drops_control_characters() {
    let svg = to_svg(&screen(), "t");
    assert!(svg.contains("a&lt;&amp;&gt;&quot;&#39;b"));
    assert!(!svg.contains("<&>"));
    assert!(!svg.contains('\u{7}'));
    assert!(!svg.contains('\u{9b}'));
    assert!(svg.contains("\u{fffd}\u{fffd}ok"));
    assert!(!svg.chars().any(|c| c.is_control() && c != '\n'));
}

#[test]
fn bidi_overrides_and_escape_sequences_do_not_get_through() {
    let mut b = Buffer::empty(Rect::new(0, 0, 6, 1));
    b[(0, 0)].set_symbol("\u{202e}");
    b[(1, 0)].set_symbol("\u{1b}]8;;http://evil.example/\u{1b}\\L\u{1b}]8;;\u{1b}\\");
    b[(2, 0)].set_symbol("\u{1b}[31m");
    for out in [to_svg(&b, "\u{202e}\u{7}t"), to_html(&b, "\u{202e}\u{7}t")] {
        assert!(!out.contains('\u{202e}'));
        assert!(!out.contains('\u{1b}'));
        assert!(!out.contains('\u{7}'));
        assert!(!out.contains("evil"));
        assert!(out.contains('L'));
    }
}

#[test]
fn light_palette_and_reset() {
    let mut b = Buffer::empty(Rect::new(0, 0, 4, 1));
    b.set_string(
        0,
        0,
        "ab",
        Style::default().add_modifier(Modifier::REVERSED),
    );
    let svg = to_svg_with(&b, "t", &Palette::LIGHT);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let fills: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect"))
        .map(|n| n.attribute("fill").unwrap())
        .collect();
    // The page is white; the reversed default cells are the default foreground.
    assert_eq!(fills, ["#ffffff", "#1c1c1c"]);
    assert_eq!(find_text(&doc, "ab").attribute("fill"), Some("#ffffff"));
}

/// The HTML as a parsed document (it is written as well-formed XML too).
fn parse_html(html: &str) -> roxmltree::Document<'_> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(html, opts).expect("HTML is well-formed")
}

/// The CSS rule of a class, e.g. `color:#ff0000;font-weight:bold;`.
fn css_rule<'a>(css: &'a str, class: &str) -> &'a str {
    let start = css
        .find(&format!(".{class}{{"))
        .unwrap_or_else(|| panic!("no rule for .{class}"))
        + class.len()
        + 2;
    &css[start..start + css[start..].find('}').unwrap()]
}

fn span_with<'a>(doc: &'a roxmltree::Document<'a>, text: &str) -> roxmltree::Node<'a, 'a> {
    doc.descendants()
        .find(|n| n.has_tag_name("span") && n.text().is_some_and(|t| t.trim() == text))
        .unwrap_or_else(|| panic!("no span with {text:?}"))
}

/// The declarations that apply to a span, from all its classes.
fn span_css(doc: &roxmltree::Document<'_>, css: &str, text: &str) -> String {
    span_with(doc, text)
        .attribute("class")
        .unwrap()
        .split(' ')
        .map(|c| css_rule(css, c))
        .collect()
}

#[test]
fn html_is_a_standalone_page_without_script() {
    let html = to_html(&screen(), "artex <demo> & \"more\"");
    assert!(html.starts_with("<!DOCTYPE html>\n"));
    let doc = parse_html(&html);
    assert_inert(&doc, &html);
    for url in ["http:", "https:", "//", "url("] {
        assert!(!html.contains(url), "external reference {url}");
    }
    assert_eq!(doc.root_element().tag_name().name(), "html");
    let meta = doc.descendants().find(|n| n.has_tag_name("meta")).unwrap();
    assert_eq!(meta.attribute("charset"), Some("utf-8"));
    let title = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some("artex <demo> & \"more\""));
    let css = doc
        .descendants()
        .find(|n| n.has_tag_name("style"))
        .unwrap()
        .text()
        .unwrap();
    assert!(css.contains("font-family:ui-monospace, \"DejaVu Sans Mono\""));
    assert_eq!(
        doc.descendants().filter(|n| n.has_tag_name("pre")).count(),
        1
    );
}

#[test]
fn html_shows_every_row() {
    let b = screen();
    let html = to_html(&b, "t");
    let doc = parse_html(&html);
    let pre = doc.descendants().find(|n| n.has_tag_name("pre")).unwrap();
    let text: String = pre
        .descendants()
        .filter(|n| n.is_text())
        .map(|n| n.text().unwrap())
        .collect();
    let rows: Vec<String> = text.split('\n').map(|r| r.trim_end().to_string()).collect();
    assert_eq!(rows, row_texts(&b));
    assert_eq!(rows[0], "Bold REV 日本x €");
    assert!(html.contains("a&lt;&amp;&gt;&quot;&#39;b"));
    assert!(!html.contains("<&>"));
    assert!(!html.contains('\u{7}') && !html.contains('\u{9b}'));
}

#[test]
fn html_colours_and_modifiers() {
    let html = to_html(&screen(), "t");
    let doc = parse_html(&html);
    let css = doc
        .descendants()
        .find(|n| n.has_tag_name("style"))
        .unwrap()
        .text()
        .unwrap();
    assert!(css.contains("background:#1c1c1c"));
    let rev = span_css(&doc, css, "REV");
    assert!(rev.contains("background:#010203"), "{rev}");
    assert!(rev.contains("color:#0000ee"), "{rev}");
    let bold = span_css(&doc, css, "Bold");
    assert!(bold.contains("font-weight:bold") && bold.contains("color:#ff0000"));
    let odd = span_css(&doc, css, "a<&>\"'b");
    assert!(odd.contains("background:#303030") && odd.contains("font-style:italic"));
    assert!(odd.contains("text-decoration:underline"));
    assert!(span_css(&doc, css, "old").contains("text-decoration:line-through"));
    // A wide character is boxed to two columns.
    let ri = span_css(&doc, css, "日");
    assert!(
        ri.contains("width:2ch") && ri.contains("color:#00cd00"),
        "{ri}"
    );
    let html_light = to_html_with(&screen(), "t", &Palette::LIGHT);
    assert!(html_light.contains("background:#ffffff"));
}

//! `artex render`: replay keys through the same App, key table and drawing as the live explorer,
//! then print one frame.

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::Format;
use super::keys::parse_keys;
use super::screen;
use crate::app::{App, ThemeName};
use crate::document::Document;
use crate::ui;

#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub size: (u16, u16),
    pub keys: String,
    pub format: Format,
    pub theme: ThemeName,
    pub currency: String,
    pub timings: bool,
    pub keymap: crate::app::keys::KeyMap,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            size: (100, 30),
            keys: String::new(),
            format: Format::Text,
            theme: ThemeName::Dark,
            currency: "EUR".into(),
            timings: false,
            keymap: Default::default(),
        }
    }
}

pub fn render(doc: Document, opts: &RenderOptions) -> anyhow::Result<String> {
    let keys = parse_keys(&opts.keys)?;
    let mut app = App::new(doc);
    app.theme = opts.theme;
    app.keymap = opts.keymap.clone();
    // render waits for extraction, so its output is deterministic.
    let prepared = crate::app::prepared::Prepared::new(&app.doc, &opts.currency);
    app.install(prepared);
    let mut terminal = Terminal::new(TestBackend::new(opts.size.0, opts.size.1))?;
    // The first frame records the geometry that paging and mouse hits use, as on a real screen.
    terminal.draw(|f| ui::draw(f, &app))?;
    for key in &keys {
        let t0 = Instant::now();
        app.handle_key(key);
        let t1 = Instant::now();
        terminal.draw(|f| ui::draw(f, &app))?;
        let t2 = Instant::now();
        if opts.timings {
            let line = serde_json::json!({
                "key": crate::app::keys::key_label(key),
                "update_us": (t1 - t0).as_micros() as u64,
                "draw_us": (t2 - t1).as_micros() as u64,
            });
            eprintln!("{line}");
        }
        // Work the live explorer finishes between frames (a large document's whole-document
        // search) is awaited here, outside the timings, so the output is deterministic.
        if app.search.pending() {
            app.poll_search(true);
            terminal.draw(|f| ui::draw(f, &app))?;
        }
        if app.quit {
            break;
        }
    }
    Ok(frame_as(terminal.backend().buffer(), opts.format, &app))
}

/// One drawn frame in an output format (svg and html take the theme's background).
pub(crate) fn frame_as(buffer: &ratatui::buffer::Buffer, format: Format, app: &App) -> String {
    let title = format!("artex · {}", app.doc.source.label());
    let palette = if app.theme == ThemeName::Light {
        super::export::Palette::LIGHT
    } else {
        super::export::Palette::DARK
    };
    match format {
        Format::Text => screen::to_text(buffer),
        Format::Ansi => screen::to_ansi(buffer),
        Format::Svg => super::export::to_svg_with(buffer, &title, &palette),
        Format::Html => super::export::to_html_with(buffer, &title, &palette),
    }
}

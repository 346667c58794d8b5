//! Whole-screen snapshots of the bundled article, drawn through the same path as `artex render`.
//! CI runs with INSTA_UPDATE=no: a changed or missing snapshot fails, none is written.

use article_explorer::app::ThemeName;
use article_explorer::cli::{Format, RenderOptions, render};
use article_explorer::document::Document;

fn screen(size: (u16, u16), keys: &str) -> String {
    let opts = RenderOptions {
        size,
        keys: keys.into(),
        format: Format::Text,
        theme: ThemeName::Dark,
        currency: "EUR".into(),
        timings: false,
        ..Default::default()
    };
    render(Document::bundled(), &opts).expect("render")
}

#[test]
fn bundled_at_100x30() {
    insta::assert_snapshot!("bundled_100x30_start", screen((100, 30), ""));
}

#[test]
fn bundled_at_80x24() {
    insta::assert_snapshot!("bundled_80x24_start", screen((80, 24), ""));
}

#[test]
fn bundled_at_60x20_narrow_shows_one_pane_and_tabs() {
    insta::assert_snapshot!("bundled_60x20_narrow", screen((60, 20), ""));
}

#[test]
fn bundled_at_160x50_wide() {
    insta::assert_snapshot!("bundled_160x50_wide", screen((160, 50), ""));
}

#[test]
fn after_tab_the_entities_pane_has_the_focus() {
    insta::assert_snapshot!("bundled_100x30_after_tab", screen((100, 30), "<Tab>"));
}

#[test]
fn help_overlay_lists_the_bindings() {
    insta::assert_snapshot!("bundled_100x30_help", screen((100, 30), "?"));
}

#[test]
fn goto_paragraph_nine() {
    insta::assert_snapshot!("bundled_100x30_goto_9", screen((100, 30), ":9<Enter>"));
}

#[test]
fn narrow_after_tab_shows_the_entities_tab() {
    insta::assert_snapshot!("bundled_60x20_after_tab", screen((60, 20), "<Tab>"));
}

#[test]
fn zoomed_paragraphs_at_80x24() {
    insta::assert_snapshot!(
        "bundled_80x24_zoom_after_page_down",
        screen((80, 24), "z<PgDn>")
    );
}

#[test]
fn too_small_says_so_at_every_tiny_size() {
    for w in 1..45u16 {
        for h in 1..12u16 {
            let s = screen((w, h), "jG<Tab>?");
            assert_eq!(s.lines().count(), h as usize);
            if w >= 33 && (w < 40 || h < 10) {
                assert!(
                    s.starts_with("terminal too small (needs 40x10)"),
                    "{w}x{h}:\n{s}"
                );
            }
        }
    }
}

//! Themes (text and styled snapshots, contrast, mono without colour) and presenter mode.

use article_explorer::app::ThemeName;
use article_explorer::cli::{Format, RenderOptions, render};
use article_explorer::document::Document;
use article_explorer::ui::theme::Theme;
use ratatui::style::{Color, Modifier, Style};

fn screen(size: (u16, u16), keys: &str, theme: ThemeName, format: Format) -> String {
    let opts = RenderOptions {
        size,
        keys: keys.into(),
        format,
        theme,
        currency: "EUR".into(),
        timings: false,
        ..Default::default()
    };
    render(Document::bundled(), &opts).expect("render")
}

#[test]
fn every_theme_at_80x24_in_text_and_styled_form() {
    for theme in ThemeName::ALL {
        let name = theme.as_str();
        insta::assert_snapshot!(
            format!("theme_{name}_80x24_text"),
            screen((80, 24), "/milliards<Enter>", theme, Format::Text)
        );
        insta::assert_snapshot!(
            format!("theme_{name}_80x24_ansi"),
            screen((80, 24), "/milliards<Enter>", theme, Format::Ansi)
        );
    }
}

fn rgb(c: Color) -> Option<(f64, f64, f64)> {
    match c {
        Color::Rgb(r, g, b) => Some((r as f64, g as f64, b as f64)),
        Color::Black => Some((0.0, 0.0, 0.0)),
        Color::White => Some((255.0, 255.0, 255.0)),
        _ => None,
    }
}

/// WCAG 2 relative luminance and contrast ratio.
fn contrast(a: (f64, f64, f64), b: (f64, f64, f64)) -> f64 {
    let lum = |(r, g, b): (f64, f64, f64)| {
        let ch = |c: f64| {
            let c = c / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

fn styles(t: &Theme) -> Vec<(&'static str, Style)> {
    let mut v = vec![
        ("text", t.text),
        ("pane", t.pane),
        ("pane_focused", t.pane_focused),
        ("title", t.title),
        ("title_focused", t.title_focused),
        ("header", t.header),
        ("footer", t.footer),
        ("key", t.key),
        ("status", t.status),
        ("gutter", t.gutter),
        ("selection", t.selection),
        ("heading", t.heading),
        ("mention", t.mention),
        ("matched", t.matched),
        ("match_current", t.match_current),
        ("sentence", t.sentence),
        ("bar", t.bar),
        ("bar_range", t.bar_range),
        ("byline", t.byline),
        ("quote", t.quote),
        ("dimmed", t.dimmed),
        ("overlay", t.overlay),
    ];
    for (i, s) in t.entity.iter().enumerate() {
        v.push((["person", "organization", "place", "date", "other"][i], *s));
    }
    v
}

#[test]
fn high_contrast_pairs_reach_wcag_aaa() {
    let t = Theme::get(ThemeName::HighContrast);
    let base_bg = t.text.bg.expect("high-contrast sets its background");
    for (name, style) in styles(&t) {
        let (mut fg, mut bg) = (
            style.fg.unwrap_or(t.text.fg.unwrap()),
            style.bg.unwrap_or(base_bg),
        );
        if style.add_modifier.contains(Modifier::REVERSED) {
            std::mem::swap(&mut fg, &mut bg);
        }
        let (Some(f), Some(b)) = (rgb(fg), rgb(bg)) else {
            panic!("{name}: colours must be exact, not palette-dependent")
        };
        let ratio = contrast(f, b);
        assert!(ratio >= 7.0, "{name}: contrast {ratio:.2} < 7");
    }
}

#[test]
fn mono_uses_no_colour_and_keeps_things_distinguishable() {
    let t = Theme::get(ThemeName::Mono);
    for (name, style) in styles(&t) {
        assert!(
            matches!(style.fg, None | Some(Color::Reset))
                && matches!(style.bg, None | Some(Color::Reset)),
            "{name} has a colour"
        );
    }
    let distinct = [t.selection, t.mention, t.matched, t.match_current, t.text];
    for (i, a) in distinct.iter().enumerate() {
        for b in &distinct[i + 1..] {
            assert_ne!(a, b, "mono styles must differ without colour");
        }
    }
    for (i, a) in t.entity.iter().enumerate() {
        for b in &t.entity[i + 1..] {
            assert_ne!(a, b, "entity kinds must differ in mono (glyphs differ too)");
        }
    }
}

#[test]
fn no_color_means_mono_unless_a_theme_is_given() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_artex"))
        .env("XDG_CONFIG_HOME", "/nonexistent-artex-tests")
        .args(["render", "--format", "ansi", "--size", "80x24"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let ansi = String::from_utf8(out.stdout).unwrap();
    assert!(!has_colour(&ansi), "colour codes with NO_COLOR");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_artex"))
        .env("XDG_CONFIG_HOME", "/nonexistent-artex-tests")
        .args([
            "--theme", "dark", "render", "--format", "ansi", "--size", "80x24",
        ])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        has_colour(&String::from_utf8(out.stdout).unwrap()),
        "--theme wins over NO_COLOR"
    );
}

/// Whether any SGR sequence sets a foreground or background colour.
fn has_colour(ansi: &str) -> bool {
    ansi.split("\u{1b}[").skip(1).any(|seq| {
        let params = &seq[..seq.find('m').unwrap_or(0)];
        params
            .split(';')
            .filter_map(|p| p.parse::<u32>().ok())
            .any(|p| matches!(p, 30..=38 | 40..=48 | 90..=97 | 100..=107))
    })
}

#[test]
fn presenter_at_80x24_shows_the_whole_spotlighted_paragraph() {
    for n in 1..=16 {
        let s = screen(
            (80, 24),
            &format!(":{n}<Enter>p"),
            ThemeName::Dark,
            Format::Text,
        );
        assert!(s.starts_with(&format!("  ¶ {n} / 16")), "{n}:\n{s}");
        let marked = s
            .lines()
            .filter(|l| l.trim_start().starts_with('▌'))
            .count();
        let doc = Document::bundled();
        let words = doc.block_text(n - 1).split_whitespace().count();
        let shown: usize = s
            .lines()
            .filter(|l| l.trim_start().starts_with('▌'))
            .map(|l| l.split_whitespace().count())
            .sum();
        // Each marked line also carries the marker (and the first the ¶ number).
        assert!(
            shown >= words + marked,
            "¶{n}: {shown} shown words for {words}:\n{s}"
        );
        assert!(!s.contains("? help"), "no key hints in presenter mode");
        assert!(!s.contains('┃') && !s.contains('│'), "no pane borders");
    }
}

#[test]
fn presenter_snapshots_and_slide_keys() {
    insta::assert_snapshot!(
        "presenter_80x24_p9",
        screen((80, 24), ":9<Enter>p", ThemeName::Dark, Format::Text)
    );
    insta::assert_snapshot!(
        "presenter_160x50_big_header",
        screen(
            (160, 50),
            ":9<Enter>p<Space><Space>b",
            ThemeName::Dark,
            Format::Text
        )
    );
    insta::assert_snapshot!(
        "presenter_120x40_funding_zoomed",
        screen((120, 40), "3p", ThemeName::Dark, Format::Text)
    );
    let after = screen(
        (80, 24),
        "p<Right><Right><Space>",
        ThemeName::Dark,
        Format::Text,
    );
    assert!(after.starts_with("  ¶ 4 / 16"), "{after}");
    let keys = screen((80, 24), "pK}}", ThemeName::Dark, Format::Text);
    assert!(keys.contains("p K } }"), "keystroke display:\n{keys}");
}

#[test]
fn presenter_dims_the_others_and_keeps_search_highlights() {
    let ansi = screen(
        (100, 30),
        "/milliards<Enter>:10<Enter>p",
        ThemeName::Dark,
        Format::Ansi,
    );
    // Dark theme: dimmed text is dark grey (90); matches keep their yellow background (43).
    assert!(ansi.contains("90m"), "others dimmed");
    assert!(
        ansi.contains(";43m") || ansi.contains(";43;"),
        "matches still highlighted"
    );
    let mono = screen((100, 30), ":10<Enter>p", ThemeName::Mono, Format::Ansi);
    assert!(
        mono.contains("\u{1b}[0;2m"),
        "mono dims with the DIM attribute"
    );
    assert!(mono.contains("\u{1b}[0;1m"), "mono spotlights with bold");
}

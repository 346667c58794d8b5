//! Search as a user drives it: `/` and type, counts, n/N with wrapping, Esc, smart case and
//! accents, regex mode, history, `*`, pane filters; and `artex search` on the command line.

use std::process::Command;

use article_explorer::app::{App, Focus, Mode};
use article_explorer::cli::keys::parse_keys;
use article_explorer::document::Document;

fn app() -> App {
    let mut app = App::new(Document::bundled());
    let analysis = article_explorer::extract::analyze(&app.doc, "EUR");
    app.set_analysis(analysis);
    app.set_index(article_explorer::app::search::build_index(&app.doc));
    app
}

fn keys(app: &mut App, k: &str) {
    for key in parse_keys(k).unwrap() {
        app.handle_key(&key);
    }
}

#[test]
fn matches_update_at_every_keystroke_across_all_paragraphs() {
    let mut app = app();
    let mut counts = Vec::new();
    for c in "/milliards".chars() {
        keys(&mut app, &c.to_string());
        counts.push(app.search.matches.len());
    }
    assert_eq!(app.mode, Mode::Search);
    // "m" matches everywhere; "mil" and longer narrow to milliard(s); the plural drops ¶16.
    assert!(counts[1] > counts[3], "{counts:?}");
    assert_eq!(counts[3], 4, "mil: 20, 22, 5 milliards and 1,2 milliard");
    assert_eq!(*counts.last().unwrap(), 3);
    assert_eq!(app.search.summary(), "match 1/3 in 2 paragraphs");
    assert_eq!(
        app.selected, 9,
        "scrolled to the first match after the selection"
    );
}

#[test]
fn n_and_shift_n_walk_the_matches_and_wrap() {
    let mut app = app();
    keys(&mut app, "/milliards<Enter>");
    assert_eq!(app.mode, Mode::Browse);
    let blocks: Vec<usize> = app
        .search
        .matches
        .to_vec()
        .iter()
        .map(|m| m.block)
        .collect();
    assert_eq!(blocks, [9, 11, 11]);
    keys(&mut app, "n");
    assert_eq!(app.search.current, Some(1));
    keys(&mut app, "n");
    assert_eq!((app.search.current, app.selected), (Some(2), 11));
    keys(&mut app, "n");
    assert_eq!(app.search.current, Some(0));
    assert!(app.status.as_deref().unwrap().starts_with("search wrapped"));
    keys(&mut app, "N");
    assert_eq!(app.search.current, Some(2));
}

#[test]
fn n_and_shift_n_go_on_from_the_selection_once_it_moved_away() {
    let mut app = app();
    keys(&mut app, "/milliards<Enter>");
    assert_eq!((app.search.current, app.selected), (Some(0), 9));
    // a jump past the first match's paragraph: `n` takes the next one after the selection
    keys(&mut app, ":11<Enter>");
    assert_eq!(app.selected, 10);
    keys(&mut app, "n");
    assert_eq!((app.search.current, app.selected), (Some(1), 11));
    keys(&mut app, ":13<Enter>N");
    assert_eq!((app.search.current, app.selected), (Some(2), 11));
    // back on a match's paragraph, `n` walks on from that match
    keys(&mut app, "n");
    assert_eq!(app.search.current, Some(0));
    assert!(app.status.as_deref().unwrap().starts_with("search wrapped"));
}

#[test]
fn escape_clears_the_search_and_returns_to_where_it_started() {
    let mut app = app();
    keys(&mut app, "}}");
    let before = (app.top, app.selected);
    keys(&mut app, "/Royaume");
    assert_ne!(app.selected, before.1);
    keys(&mut app, "<Esc>");
    assert_eq!((app.top, app.selected), before);
    assert!(app.search.matches.is_empty());
}

#[test]
fn smart_case_and_smart_accents() {
    let count = |q: &str| {
        let mut app = app();
        keys(&mut app, &format!("/{q}<Enter>"));
        app.search.matches.len()
    };
    let europe_any = count("europe");
    let europe_exact = count("Europe");
    assert!(
        europe_any > europe_exact,
        "europe also finds européenne: {europe_any} vs {europe_exact}"
    );
    assert_eq!(count("etats-unis"), count("États-Unis"));
    assert_eq!(count("decret"), 1);
    assert_eq!(count("décret"), 1);
    assert_eq!(
        count("dècret"),
        0,
        "an accent in the query is matched exactly"
    );
    assert_eq!(
        count("l'europe"),
        count("l’europe"),
        "ASCII apostrophe matches ’"
    );
    assert_eq!(count("l'europe"), 6, "five l’Europe and one L’Europe");
    assert_eq!(count("oeuvre"), 1, "œuvre");
}

#[test]
fn regex_mode_and_invalid_patterns() {
    let mut app = app();
    keys(&mut app, "/milliards?<C-r>");
    assert!(app.search.regex);
    assert_eq!(app.search.matches.len(), 4);
    keys(&mut app, " (");
    assert!(
        app.search.error.as_deref().unwrap().contains("unclosed"),
        "{:?}",
        app.search.error
    );
    assert_eq!(
        app.search.matches.len(),
        4,
        "an invalid pattern changes nothing else"
    );
}

#[test]
fn history_recalls_earlier_searches() {
    let mut app = app();
    keys(&mut app, "/Microsoft<Enter>/Google<Enter>/");
    keys(&mut app, "<Up>");
    assert_eq!(app.search.input.value(), "Google");
    keys(&mut app, "<Up>");
    assert_eq!(app.search.input.value(), "Microsoft");
    keys(&mut app, "<Down>");
    assert_eq!(app.search.input.value(), "Google");
}

#[test]
fn star_searches_the_selected_entity_and_slash_filters_lists() {
    let mut app = app();
    keys(&mut app, "2");
    let e = app.selected_entity().unwrap();
    let name = app.entities[e].name.clone();
    keys(&mut app, "*");
    assert_eq!(app.search.input.value(), name);
    assert!(!app.search.matches.is_empty());
    assert_eq!(app.focus, Focus::Paragraphs);

    keys(&mut app, "2/micro");
    assert_eq!(app.ents.order.len(), 1);
    assert_eq!(
        app.entities[app.selected_entity().unwrap()].name,
        "Microsoft"
    );
    keys(&mut app, "<Esc>");
    assert_eq!(app.ents.order.len(), app.entities.len());

    keys(&mut app, "3/goog<Enter>");
    assert_eq!(app.funding.bars.len(), 1);
}

fn artex(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_artex"))
        .env("XDG_CONFIG_HOME", "/nonexistent-artex-tests")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_search_command_prints_paragraphs_and_exits_1_on_nothing() {
    let o = artex(&["search", "milliards"]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with("¶10\t") && lines[0].contains("20 milliards d’euros"),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with("¶12\t"));
    assert!(!out.contains('\x1b'), "no colour when piped");

    let o = artex(&["search", "introuvable"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());

    let o = artex(&["search", "(", "--regex"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&o.stderr).lines().count(), 1);
}

#[test]
fn the_search_command_json_has_offsets_into_the_block_text() {
    let o = artex(&["search", "etats-unis", "--json"]);
    let out = String::from_utf8(o.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(v["block"], 11);
    let text = v["text"].as_str().unwrap();
    let m = &v["matches"][0];
    let (s, e) = (
        m[0].as_u64().unwrap() as usize,
        m[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "États-Unis");
}

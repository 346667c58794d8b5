//! State tests: keys in, focus/mode/selection out, no terminal.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::document::Document;

fn app() -> App {
    let app = App::new(Document::bundled());
    app.text_area.set(TextArea {
        width: 60,
        height: 12,
    });
    app
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\t' => KeyCode::Tab,
            '\x1b' => KeyCode::Esc,
            '\x08' => KeyCode::Backspace,
            c => KeyCode::Char(c),
        };
        app.handle_key(&KeyEvent::new(code, KeyModifiers::NONE));
    }
}

#[test]
fn tab_and_digits_move_the_focus() {
    let mut app = app();
    let steps: &[(&str, Focus)] = &[
        ("\t", Focus::Entities),
        ("\t", Focus::Funding),
        ("\t", Focus::Paragraphs),
        ("3", Focus::Funding),
        ("1", Focus::Paragraphs),
        ("2", Focus::Entities),
    ];
    for (keys, focus) in steps {
        press(&mut app, keys);
        assert_eq!(app.focus, *focus, "after {keys:?}");
    }
    app.handle_key(&KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
    assert_eq!(app.focus, Focus::Paragraphs);
}

#[test]
fn goto_selects_the_paragraph_and_puts_it_on_top() {
    let mut app = app();
    press(&mut app, ":9");
    assert_eq!(app.mode, Mode::GoTo);
    assert_eq!(app.goto_input, "9");
    press(&mut app, "\n");
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.selected, 8);
    assert_eq!(app.top, Pos { block: 8, line: 0 });
}

#[test]
fn goto_out_of_range_says_so_and_changes_nothing() {
    let mut app = app();
    press(&mut app, ":99\n");
    assert_eq!(app.selected, 0);
    assert_eq!(app.status.as_deref(), Some("no paragraph 99 (1–16)"));
    press(&mut app, ":4\x1b");
    assert_eq!((app.mode, app.selected), (Mode::Browse, 0));
}

#[test]
fn j_scrolls_by_lines_and_the_selection_follows() {
    let mut app = app();
    press(&mut app, "j");
    assert_eq!(app.top, Pos { block: 0, line: 1 });
    assert_eq!(app.selected, 0, "the byline is still on screen");
    press(&mut app, "jjjjjj");
    assert!(app.top.block >= 1);
    assert!(
        app.selected >= app.top.block,
        "selection left behind: {:?} {}",
        app.top,
        app.selected
    );
    press(&mut app, "g");
    assert_eq!((app.top, app.selected), (Pos::default(), 0));
    press(&mut app, "G");
    assert_eq!(app.selected, 15);
    assert_eq!(app.top, app.lines().max_top());
    let bottom = app.top;
    press(&mut app, "j");
    assert_eq!(app.top, bottom, "no scrolling past the end");
}

#[test]
fn k_at_the_top_walks_the_selection_up() {
    let mut app = app();
    press(&mut app, "}");
    assert_eq!(
        (app.selected, app.top),
        (1, Pos::default()),
        "¶2 fits: no scrolling"
    );
    press(&mut app, "k");
    assert_eq!((app.selected, app.top), (0, Pos::default()));
}

#[test]
fn paragraph_keys_select_and_reveal() {
    let mut app = app();
    for expected in 1..16 {
        press(&mut app, "}");
        assert_eq!(app.selected, expected);
        assert!(app.lines().visible(app.top).contains(expected));
    }
    press(&mut app, "}");
    assert_eq!(app.selected, 15, "stays on the last paragraph");
    press(&mut app, "{");
    assert_eq!(app.selected, 14);
}

#[test]
fn page_down_moves_a_screen_minus_one_line() {
    let mut app = app();
    press(&mut app, " ");
    let lines = app.lines();
    assert_eq!(app.top, lines.forward(Pos::default(), 11));
}

#[test]
fn help_opens_scrolls_and_closes_without_quitting() {
    let mut app = app();
    press(&mut app, "?");
    assert_eq!(app.mode, Mode::Help);
    press(&mut app, "j");
    assert_eq!(app.help_scroll, 1);
    press(&mut app, "q");
    assert_eq!(app.mode, Mode::Browse);
    assert!(!app.quit);
    press(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn ctrl_c_quits_from_any_mode() {
    let mut app = app();
    press(&mut app, ":1");
    app.handle_key(&KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(app.quit);
}

#[test]
fn copy_and_mouse_toggle_ask_the_terminal_loop() {
    let mut app = app();
    press(&mut app, "}y");
    assert_eq!(
        app.effects,
        vec![Effect::Copy(app.doc.block_text(1).to_string())]
    );
    app.effects.clear();
    press(&mut app, "m");
    assert_eq!(app.effects, vec![Effect::MouseCapture(false)]);
    assert!(!app.mouse_captured);
}

#[test]
fn zoom_toggles_and_escape_leaves_it() {
    let mut app = app();
    press(&mut app, "z");
    assert!(app.zoomed);
    press(&mut app, "\x1b");
    assert!(!app.zoomed);
}

#[test]
fn lists_move_within_their_length() {
    let mut app = app();
    press(&mut app, "2jjj");
    assert_eq!(app.lists[0].selected, 0, "an empty list keeps 0");
    assert_eq!(app.top, Pos::default(), "paragraphs did not scroll");
}

#[test]
fn clicks_focus_the_pane_under_the_pointer_and_select_the_row() {
    let mut app = app();
    {
        let mut g = app.geometry.borrow_mut();
        g.panes = vec![
            (
                Focus::Paragraphs,
                Area {
                    x: 0,
                    y: 1,
                    width: 60,
                    height: 20,
                },
            ),
            (
                Focus::Entities,
                Area {
                    x: 60,
                    y: 1,
                    width: 40,
                    height: 10,
                },
            ),
        ];
        g.text = Area {
            x: 6,
            y: 2,
            width: 52,
            height: 18,
        };
        g.rows = vec![Some(0), Some(0), None, Some(1), Some(1)];
    }
    app.update(Action::ClickAt { column: 70, row: 3 });
    assert_eq!(app.focus, Focus::Entities);
    app.update(Action::ClickAt { column: 10, row: 5 });
    assert_eq!((app.focus, app.selected), (Focus::Paragraphs, 1));
    app.update(Action::ScrollAt {
        column: 10,
        row: 5,
        down: true,
    });
    assert_eq!(app.top, app.lines().forward(Pos::default(), 3));
    assert_ne!(app.top, Pos::default());
}

#[test]
fn a_paragraph_step_in_presenter_mode_or_zoomed_shows_the_paragraphs() {
    for mode in ["p", "z"] {
        let mut a = app();
        press(&mut a, "3");
        press(&mut a, mode);
        press(&mut a, "}}");
        assert_eq!(a.focus, Focus::Paragraphs, "{mode}");
        assert_eq!(a.selected, 2, "{mode}");
    }
    // side by side, the funding pane keeps the focus: the paragraphs are on screen anyway
    let mut a = app();
    press(&mut a, "3}");
    assert_eq!(a.focus, Focus::Funding);
}

#[test]
fn goto_past_the_loaded_start_of_a_large_file_says_it_is_still_loading() {
    let mut a = app();
    a.loading = true;
    press(&mut a, ":99\n");
    assert_eq!(
        a.status.as_deref(),
        Some("no paragraph 99 yet (1–16, still loading)")
    );
    assert_eq!(a.selected, 0);
}

/// A document past the size searched whole at each keystroke: `paragraphs` of filler, with
/// "needle" in the paragraphs listed.
fn large(paragraphs: usize, needles: &[usize]) -> App {
    let filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor \
                  incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam.";
    let mut text = String::new();
    for p in 0..paragraphs {
        text.push_str(filler);
        if needles.contains(&p) {
            text.push_str(" A needle.");
        }
        text.push_str("\n\n");
    }
    let doc = Document::from_bytes(crate::document::Source::Stdin, text.into_bytes()).unwrap();
    assert!(doc.text_len() > super::search::SYNC_BYTES);
    let mut app = App::new(doc);
    app.text_area.set(TextArea {
        width: 60,
        height: 12,
    });
    let index = super::search::build_index(&app.doc);
    app.set_index(index);
    app
}

fn current_match(a: &App) -> crate::search::Match {
    let current = a.search.current.expect("a current match");
    a.search.matches.get(current).expect("in the list")
}

#[test]
fn a_large_documents_search_shows_the_next_match_at_once_and_counts_all_later() {
    // 150-byte paragraphs: the first step searches ~110 of them, the most ~440
    let (near, far) = (300, 20_000);
    let mut a = large(30_000, &[7, near, far]);
    press(&mut a, "/needle");
    // the first match after the selection is shown before the whole document is searched
    let m = current_match(&a);
    assert_eq!(m.block, 7);
    press(&mut a, "\x1b");
    a.selected = 10;
    press(&mut a, "/needle");
    let m = current_match(&a);
    assert_eq!(m.block, near, "found past the first step");
    assert_eq!(a.selected, near);
    assert!(a.search.pending());
    a.poll_search(true);
    assert_eq!(a.search.matches.len(), 3);
    assert_eq!(a.search.matches.paragraphs(), 3);
    assert_eq!(a.search.current, Some(1));
    // nothing after the selection near it: the whole document's next match is shown once in
    press(&mut a, "\x1b");
    a.selected = 1_000;
    press(&mut a, "/needle");
    assert_eq!(a.search.current, None);
    assert_eq!(a.selected, 1_000);
    a.poll_search(true);
    let m = current_match(&a);
    assert_eq!((m.block, a.selected), (far, far));
    // the searcher thread takes the next searches (the previous ones cancelled)
    press(&mut a, "\x08\x08");
    press(&mut a, "le");
    a.poll_search(true);
    assert_eq!(a.search.matches.len(), 3);
    press(&mut a, "\x1b/dolor"); // "dolor" and "dolore"
    a.poll_search(true);
    assert_eq!(a.search.matches.len(), 60_000);
}

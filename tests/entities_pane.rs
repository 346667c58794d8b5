//! The entities pane driven by keys: selection lights up mentions, Enter cycles through them,
//! `f` filters the paragraphs, `e` marks every entity. Styles are checked on the drawn buffer.

use article_explorer::app::App;
use article_explorer::document::Document;
use article_explorer::extract::analyze;
use article_explorer::ui;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

fn app() -> (App, Terminal<TestBackend>) {
    let mut app = App::new(Document::bundled());
    let analysis = analyze(&app.doc, "EUR");
    app.set_analysis(analysis);
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    term.draw(|f| ui::draw(f, &app)).unwrap();
    (app, term)
}

fn press(app: &mut App, term: &mut Terminal<TestBackend>, keys: &[KeyCode]) {
    for k in keys {
        app.handle_key(&KeyEvent::new(*k, KeyModifiers::NONE));
        term.draw(|f| ui::draw(f, app)).unwrap();
    }
}

fn select_entity(app: &mut App, term: &mut Terminal<TestBackend>, name: &str) {
    press(app, term, &[KeyCode::Char('2'), KeyCode::Char('g')]);
    let at = app
        .ents
        .order
        .iter()
        .position(|&e| app.entities[e].name == name)
        .expect(name);
    press(app, term, &vec![KeyCode::Char('j'); at]);
    assert_eq!(app.entities[app.selected_entity().unwrap()].name, name);
}

/// Modifiers of the cells where `word` is drawn on screen, row by row.
fn styles_of(buffer: &Buffer, word: &str) -> Vec<Modifier> {
    let width = buffer.area.width as usize;
    let mut found = Vec::new();
    for y in 0..buffer.area.height {
        let cells: Vec<&str> = (0..width as u16).map(|x| buffer[(x, y)].symbol()).collect();
        let row: String = cells.concat();
        if let Some(byte) = row.find(word) {
            let col = row[..byte].chars().count() as u16;
            found.push(buffer[(col, y)].modifier);
        }
    }
    found
}

#[test]
fn enter_cycles_through_the_mentions_of_the_selected_entity() {
    let (mut app, mut term) = app();
    select_entity(&mut app, &mut term, "Royaume-Uni");
    let e = app.selected_entity().unwrap();
    let blocks: Vec<usize> = app.entities[e].mentions.iter().map(|m| m.block()).collect();
    assert!(blocks.len() >= 4, "{blocks:?}");
    for round in 0..2 {
        for &b in &blocks {
            press(&mut app, &mut term, &[KeyCode::Enter]);
            assert_eq!(app.selected, b, "round {round}");
            assert!(app.lines().visible(app.top).contains(b));
        }
    }
    assert!(app.status.as_deref().unwrap().contains("Royaume-Uni"));
}

#[test]
fn the_selected_entity_is_highlighted_in_the_paragraphs_and_summarised() {
    let (mut app, mut term) = app();
    select_entity(&mut app, &mut term, "Microsoft");
    press(&mut app, &mut term, &[KeyCode::Enter]);
    let buffer = term.backend().buffer().clone();
    let styles = styles_of(&buffer, "Microsoft");
    // One in the paragraph (reversed), one in the list.
    assert!(
        styles.iter().any(|m| m.contains(Modifier::REVERSED)),
        "{styles:?}"
    );
    let text: String = buffer.content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("1 mention · ¶12"), "summary missing");
    // Leaving the pane turns the highlight off.
    press(&mut app, &mut term, &[KeyCode::Char('1')]);
    let styles = styles_of(term.backend().buffer(), "Microsoft");
    assert!(
        styles.iter().all(|m| !m.contains(Modifier::REVERSED)),
        "{styles:?}"
    );
}

#[test]
fn f_shows_only_the_paragraphs_that_mention_the_entity_and_esc_shows_all() {
    let (mut app, mut term) = app();
    select_entity(&mut app, &mut term, "Chine");
    press(&mut app, &mut term, &[KeyCode::Char('f')]);
    let text: String = term
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(
        text.contains("¶3 ") && text.contains("¶7 "),
        "mentions shown"
    );
    for absent in ["¶1 ", "¶2 ", "¶4 ", "¶5 ", "¶6 "] {
        assert!(!text.contains(absent), "{absent} should be filtered out");
    }
    press(
        &mut app,
        &mut term,
        &[KeyCode::Char('1'), KeyCode::Char('}')],
    );
    assert_eq!(app.selected, 6, "}} walks the filtered paragraphs");
    press(&mut app, &mut term, &[KeyCode::Esc]);
    assert!(app.ents.filter.is_none());
    let text: String = term
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("¶6 "));
}

#[test]
fn e_marks_every_entity_in_the_text() {
    let (mut app, mut term) = app();
    let before = styles_of(term.backend().buffer(), "Chine");
    assert!(before.iter().all(|m| !m.contains(Modifier::UNDERLINED)));
    press(&mut app, &mut term, &[KeyCode::Char('e')]);
    let after = styles_of(term.backend().buffer(), "Chine");
    assert!(
        after.iter().any(|m| m.contains(Modifier::UNDERLINED)),
        "{after:?}"
    );
}

#[test]
fn clicking_an_entity_row_selects_it() {
    let (mut app, mut term) = app();
    let geometry = app.geometry.borrow().clone();
    let (_, area) = geometry
        .panes
        .iter()
        .find(|(f, _)| *f == article_explorer::app::Focus::Entities)
        .copied()
        .unwrap();
    // Row 0 is the "People" header, row 1 the first person.
    app.update(article_explorer::app::Action::ClickAt {
        column: area.x + 3,
        row: area.y + 2,
    });
    term.draw(|f| ui::draw(f, &app)).unwrap();
    let e = app.selected_entity().unwrap();
    assert_eq!(
        app.entities[e].kind,
        article_explorer::extract::EntityKind::Person
    );
    app.update(article_explorer::app::Action::ClickAt {
        column: area.x + 3,
        row: area.y + 1,
    });
    assert_eq!(
        app.selected_entity(),
        Some(e),
        "a header row selects nothing"
    );
}

#[test]
fn while_extracting_both_panes_say_how_far_it_is() {
    let app = App::new(Document::bundled());
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let screen = |term: &mut Terminal<TestBackend>, app: &App| {
        term.draw(|f| ui::draw(f, app)).unwrap();
        let b = term.backend().buffer();
        (0..b.area.height)
            .map(|y| {
                (0..b.area.width)
                    .map(|x| b[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    app.progress.set(420);
    let s = screen(&mut term, &app);
    assert_eq!(s.matches("extracting… 42%").count(), 2, "{s}");
    app.progress.set(970);
    assert!(screen(&mut term, &app).contains("extracting… 97%"));
}

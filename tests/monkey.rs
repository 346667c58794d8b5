//! Monkey test: 100 000 random keys, mouse events and resizes (seeded, reproducible) through
//! the App on a TestBackend of random sizes. No panic, and the state stays valid throughout.

use article_explorer::app::{App, Focus, Mode};
use article_explorer::document::{Document, Format, Source};
use article_explorer::ui;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// xorshift64*: small, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const CHARS: &[char] = &[
    'j', 'k', 'g', 'G', '{', '}', ':', '/', 'n', 'N', '*', 'f', 'e', 'l', 'u', 'z', 'p', 'K', 't',
    'y', 'm', '?', '1', '2', '3', '9', '0', 'a', 'é', ' ', 'b', '(', '[', '\\', '’', '日',
];
const CODES: &[KeyCode] = &[
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::Backspace,
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::Delete,
];

fn random_key(rng: &mut Rng) -> KeyEvent {
    match rng.below(10) {
        0..=5 => KeyEvent::new(
            KeyCode::Char(CHARS[rng.below(CHARS.len() as u64) as usize]),
            KeyModifiers::NONE,
        ),
        6..=8 => KeyEvent::new(
            CODES[rng.below(CODES.len() as u64) as usize],
            KeyModifiers::NONE,
        ),
        // Ctrl-r toggles regex in the search line; never Ctrl-c (it quits).
        _ => KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL),
    }
}

fn check(app: &App, step: usize, seed: u64, log: &[String]) {
    let ctx = || format!("seed {seed}, step {step}, last events: {}", log.join(" "));
    assert!(
        app.selected < app.doc.len().max(1),
        "selection out of range: {}",
        ctx()
    );
    assert!(
        app.top.block < app.doc.len().max(1),
        "top out of range: {}",
        ctx()
    );
    assert!(Focus::ALL.contains(&app.focus));
    for (i, f) in [Focus::Entities, Focus::Funding].into_iter().enumerate() {
        let len = app.list_len(f);
        assert!(
            app.lists[i].selected < len.max(1),
            "{f:?} selection {} of {len}: {}",
            app.lists[i].selected,
            ctx()
        );
    }
    if let Some(c) = app.search.current {
        assert!(
            c < app.search.matches.len(),
            "current match out of range: {}",
            ctx()
        );
    }
    if let Some((_, blocks)) = &app.ents.filter {
        assert!(
            blocks.contains(&app.selected),
            "selection outside the paragraph filter: {}",
            ctx()
        );
    }
    assert!(matches!(
        app.mode,
        Mode::Browse | Mode::Help | Mode::GoTo | Mode::Search
    ));
}

fn run(seed: u64, doc: Document, events: usize) {
    let mut rng = Rng(seed);
    let mut app = App::new(doc);
    let analysis = article_explorer::extract::analyze(&app.doc, "EUR");
    app.set_analysis(analysis);
    app.set_index(article_explorer::app::search::build_index(&app.doc));
    let (mut w, mut h) = (100u16, 30u16);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut log: Vec<String> = Vec::new();
    for step in 0..events {
        if log.len() == 12 {
            log.remove(0);
        }
        match rng.below(100) {
            0..=79 => {
                let key = random_key(&mut rng);
                log.push(article_explorer::app::keys::key_label(&key));
                app.handle_key(&key);
            }
            80..=93 => {
                let kind = match rng.below(4) {
                    0 => MouseEventKind::ScrollUp,
                    1 => MouseEventKind::ScrollDown,
                    _ => MouseEventKind::Down(MouseButton::Left),
                };
                let (column, row) = (
                    rng.below(w as u64 + 5) as u16,
                    rng.below(h as u64 + 5) as u16,
                );
                log.push(format!("{kind:?}@{column},{row}"));
                app.handle_mouse(&MouseEvent {
                    kind,
                    column,
                    row,
                    modifiers: KeyModifiers::NONE,
                });
            }
            _ => {
                // Mostly usable sizes, sometimes tiny or huge.
                (w, h) = match rng.below(10) {
                    0 => (1 + rng.below(12) as u16, 1 + rng.below(6) as u16),
                    1 => (200 + rng.below(300) as u16, 80 + rng.below(120) as u16),
                    _ => (40 + rng.below(140) as u16, 10 + rng.below(50) as u16),
                };
                log.push(format!("resize {w}x{h}"));
                term.backend_mut().resize(w, h);
            }
        }
        if app.quit {
            app.quit = false;
        }
        app.effects.clear();
        // Draw often, but not after every event, to keep the test quick in debug builds.
        if step % 4 == 0 {
            term.draw(|f| ui::draw(f, &app)).unwrap();
        }
        check(&app, step, seed, &log);
    }
}

#[test]
fn a_hundred_thousand_random_events_on_the_bundled_article() {
    for seed in [1, 2, 3, 4] {
        run(seed, Document::bundled(), 25_000);
    }
}

#[test]
fn random_events_on_awkward_documents() {
    let docs = [
        "x".to_string(),
        "Titre\n\n".to_string() + &"mot ".repeat(3000),
        "日本語の文章。\n\n👩‍👩‍👧 emoji\n\n\u{1b}[31mrouge\u{7}\n\nשלום עולם\n\n\te\u{301}\u{301}"
            .to_string(),
        "- a\n- b\n> c\n\n# H\n\n1. x".to_string(),
    ];
    for (i, text) in docs.into_iter().enumerate() {
        run(
            10 + i as u64,
            Document::from_text(Source::Stdin, text, Format::Plain, None),
            5_000,
        );
    }
}

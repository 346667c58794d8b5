//! The funding chart with figures we write by hand: order, ranges, scales, units, "+N more",
//! and the jump back to the sentence.

use article_explorer::app::App;
use article_explorer::cli::screen::to_text;
use article_explorer::document::{Document, Format, Source};
use article_explorer::extract::{Analysis, Figure, FigureKind};
use article_explorer::ui;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const TEXT: &str = "Intro.\n\nAcme investira 22 milliards de dollars dans ses usines. Le reste suit.\n\nBeta apporte entre 8 et 10 milliards d’euros. Gamma promet 5 000 emplois et 300 GPU.\n\nDelta ajoute 2 milliards de francs.";

fn figure(
    text: &str,
    block: usize,
    amount: f64,
    currency: Option<&'static str>,
    eur: Option<f64>,
    subject: &str,
) -> Figure {
    let body: Vec<&str> = TEXT.split("\n\n").collect();
    let start = body[block].find(text).expect(text);
    let kind = if currency.is_some() {
        FigureKind::Money
    } else {
        FigureKind::Quantity
    };
    let mut f = Figure::new(kind, block, start, start + text.len(), amount)
        .with_currency(currency)
        .with_subject(Some(subject.into()));
    f.set_converted(eur);
    f
}

fn figures() -> Vec<Figure> {
    let range = figure(
        "entre 8 et 10 milliards d’euros",
        2,
        8e9,
        Some("EUR"),
        Some(8e9),
        "Beta",
    );
    let range = range.with_amount_max(Some(10e9));
    let jobs =
        figure("5 000 emplois", 2, 5000.0, None, None, "Gamma").with_unit(Some("emploi".into()));
    let gpus = figure("300 GPU", 2, 300.0, None, None, "Gamma").with_unit(Some("GPU".into()));
    vec![
        figure(
            "22 milliards de dollars",
            1,
            22e9,
            Some("USD"),
            Some(19e9),
            "Acme",
        ),
        range,
        jobs,
        gpus,
        figure("2 milliards de francs", 3, 2e9, Some("XFR"), None, "Delta"),
    ]
}

fn app(size: (u16, u16)) -> (App, Terminal<TestBackend>) {
    app_with(figures(), size)
}

fn app_with(figures: Vec<Figure>, size: (u16, u16)) -> (App, Terminal<TestBackend>) {
    let doc = Document::from_text(Source::Stdin, TEXT.into(), Format::Plain, None);
    let mut app = App::new(doc);
    app.set_analysis(Analysis {
        entities: vec![],
        figures,
        currency: "EUR".into(),
        rates_date: Some("2025-11-21".into()),
    });
    app.update(article_explorer::app::Action::Focus(
        article_explorer::app::Focus::Funding,
    ));
    let mut term = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    term.draw(|f| ui::draw(f, &app)).unwrap();
    (app, term)
}

fn press(app: &mut App, term: &mut Terminal<TestBackend>, keys: &str) -> String {
    for c in keys.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        app.handle_key(&KeyEvent::new(code, KeyModifiers::NONE));
        term.draw(|f| ui::draw(f, app)).unwrap();
    }
    to_text(term.backend().buffer())
}

/// The funding pane's row for `label`, from the label on (the paragraphs share screen lines).
fn row<'a>(screen: &'a str, label: &str) -> &'a str {
    screen
        .lines()
        .find_map(|l| {
            ["┃▌", "┃ "]
                .iter()
                .find_map(|edge| l.find(&format!("{edge}{label}")).map(|at| &l[at..]))
        })
        .unwrap_or_else(|| panic!("no bar for {label}:\n{screen}"))
}

fn has_row(screen: &str, label: &str) -> bool {
    screen.contains(&format!("┃▌{label}")) || screen.contains(&format!("┃ {label}"))
}

fn solid(line: &str) -> usize {
    line.chars().filter(|c| *c == '█').count()
}

#[test]
fn bars_are_sorted_by_converted_amount_with_ranges_and_unconverted_apart() {
    let (mut app, mut term) = app((160, 40));
    let s = press(&mut app, &mut term, "");
    let acme = s.find("Acme").unwrap();
    let beta = s.find("Beta").unwrap();
    let delta = s.find("Delta").unwrap();
    assert!(
        acme < beta && beta < delta,
        "largest first, unconverted last:\n{s}"
    );
    assert!(
        row(&s, "Beta").contains('░'),
        "a range shows its extension:\n{s}"
    );
    assert!(
        row(&s, "Acme").contains("22\u{a0}Md$ ≈ 19\u{a0}Md€"),
        "{}",
        row(&s, "Acme")
    );
    assert!(row(&s, "Delta").contains("(no rate)"), "never dropped");
    assert!(s.contains("rates 2025-11-21"));
    assert!(solid(row(&s, "Acme")) > solid(row(&s, "Beta")));
}

#[test]
fn log_scale_brings_small_bars_closer() {
    let (mut app, mut term) = app((160, 40));
    let linear = press(&mut app, &mut term, "");
    let ratio_linear = solid(row(&linear, "Acme")) as f64 / solid(row(&linear, "Beta")) as f64;
    let log = press(&mut app, &mut term, "l");
    let ratio_log = solid(row(&log, "Acme")) as f64 / solid(row(&log, "Beta")) as f64;
    assert!(ratio_log < ratio_linear, "{ratio_log} vs {ratio_linear}");
    assert!(log.contains(" log "));
}

#[test]
fn u_cycles_through_money_and_each_unit() {
    let (mut app, mut term) = app((160, 40));
    let s = press(&mut app, &mut term, "u");
    assert!(
        row(&s, "Gamma").contains("5\u{202f}000\u{a0}emploi") && !has_row(&s, "Acme"),
        "{s}"
    );
    let s = press(&mut app, &mut term, "u");
    assert!(row(&s, "Gamma").contains("300\u{a0}GPU"), "{s}");
    let s = press(&mut app, &mut term, "u");
    assert!(has_row(&s, "Acme") && !has_row(&s, "Gamma"));
}

#[test]
fn enter_jumps_to_the_sentence_of_the_bar() {
    let (mut app, mut term) = app((160, 40));
    press(&mut app, &mut term, "j\n");
    assert_eq!(app.selected, 2);
    assert_eq!(app.focus, article_explorer::app::Focus::Paragraphs);
}

#[test]
fn a_small_pane_says_how_many_bars_are_out_of_view() {
    let many: Vec<Figure> = (1..=12)
        .map(|n| {
            figure(
                "22 milliards de dollars",
                1,
                n as f64 * 1e9,
                Some("USD"),
                Some(n as f64 * 0.9e9),
                &format!("Org{n:02}"),
            )
        })
        .collect();
    let (mut app, mut term) = app_with(many, (100, 24));
    let s = press(&mut app, &mut term, "");
    let shown = (1..=12)
        .filter(|n| has_row(&s, &format!("Org{n:02}")))
        .count();
    let more: usize = s
        .split(" +")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(more > 0, "{s}");
    assert_eq!(shown + more, 12, "every bar counted:\n{s}");
    // Scrolling to the last bar shows it.
    let s = press(&mut app, &mut term, "G");
    assert!(has_row(&s, "Org01"), "smallest bar reachable:\n{s}");
}

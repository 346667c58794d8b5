//! The explorer's costs as the document grows: load + parse, extraction, search index (folding),
//! a search keystroke as the explorer runs it, and one frame drawn at 100x30 and 300x80; for the
//! bundled article and 1 / 10 / 100 MB corpora made of our own articles.
//! `cargo bench --bench explorer` (the 100 MB cases take a few minutes; set ARTEX_BENCH_MAX_MB=10
//! to stop at 10 MB). The group "hostile input" measures crafted texts that once cost the square
//! of their length (their cost is watched here, never by a timed test).

use std::hint::black_box;
use std::time::Duration;

use article_explorer::app::App;
use article_explorer::app::prepared::Prepared;
use article_explorer::cli::keys::parse_keys;
use article_explorer::document::{BUNDLED_ARTICLE, Document, Source};
use article_explorer::search::SearchIndex;
use article_explorer::ui;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Our articles (the bundled one and the test fixtures) repeated in a fixed order to `bytes`.
fn corpus(bytes: usize) -> Vec<u8> {
    let mut sources = vec![BUNDLED_ARTICLE.to_string()];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut paths: Vec<_> = walk(std::path::Path::new(dir))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        if let Ok(s) = std::fs::read_to_string(&p) {
            sources.push(s);
        }
    }
    let mut out = Vec::with_capacity(bytes + 4096);
    'fill: loop {
        for s in &sources {
            out.extend_from_slice(s.as_bytes());
            out.extend_from_slice(b"\n\n");
            if out.len() >= bytes {
                break 'fill;
            }
        }
    }
    out
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(walk(&p))
        } else {
            out.push(p)
        }
    }
    out
}

fn frame(app: &App, term: &mut Terminal<TestBackend>) {
    term.draw(|f| ui::draw(f, app)).unwrap();
}

fn bench(c: &mut Criterion) {
    let max_mb: usize = std::env::var("ARTEX_BENCH_MAX_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let mut sizes: Vec<(String, Vec<u8>)> =
        vec![("bundled".into(), BUNDLED_ARTICLE.as_bytes().to_vec())];
    for mb in [1usize, 10, 100].into_iter().filter(|mb| *mb <= max_mb) {
        sizes.push((format!("{mb}MB"), corpus(mb << 20)));
    }
    for (name, bytes) in sizes {
        let big = bytes.len() > 20 << 20;
        let mut g = c.benchmark_group(name.clone());
        g.sample_size(10).warm_up_time(Duration::from_millis(300));
        g.measurement_time(Duration::from_secs(if big { 10 } else { 3 }));
        g.throughput(criterion::Throughput::Bytes(bytes.len() as u64));
        g.bench_function("load+parse", |b| {
            b.iter(|| Document::from_bytes(Source::Stdin, black_box(bytes.clone())).unwrap())
        });
        let doc = Document::from_bytes(Source::Stdin, bytes.clone()).unwrap();
        let blocks = doc.block_texts();
        if !big {
            g.bench_function("extraction (entities + figures)", |b| {
                b.iter(|| article_explorer::extract::analyze(black_box(&doc), "EUR"))
            });
            g.bench_function("entities only", |b| {
                b.iter(|| {
                    article_explorer::extract::entities::extract_entities(
                        black_box(&blocks),
                        doc.language,
                    )
                })
            });
            // the figures' bar: at least 10 MB/s on one core (it was a timed test)
            g.bench_function("figures only", |b| {
                b.iter(|| {
                    article_explorer::extract::figures::extract_figures(
                        black_box(&blocks),
                        doc.language,
                        &[],
                    )
                })
            });
            g.bench_function("folding (search index)", |b| {
                b.iter(|| SearchIndex::new(black_box(&blocks)))
            });
        }
        let mut app = App::new(doc.clone());
        app.install(Prepared::new(&doc, "EUR"));
        for (w, h) in [(100u16, 30u16), (300, 80)] {
            let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
            frame(&app, &mut term);
            let down = parse_keys("j").unwrap()[0];
            g.bench_function(format!("keystroke j + frame {w}x{h}"), |b| {
                b.iter(|| {
                    app.handle_key(&down);
                    frame(&app, &mut term);
                })
            });
        }
        let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
        frame(&app, &mut term);
        let keys = parse_keys("/decret").unwrap();
        g.bench_function("search keystroke + frame (typing 'decret')", |b| {
            b.iter(|| {
                for k in &keys {
                    app.handle_key(k);
                    frame(&app, &mut term);
                }
                app.handle_key(&parse_keys("<Esc>").unwrap()[0]);
            })
        });
        g.finish();
    }
}

/// Crafted texts that once cost the square of their length, each about `bytes` long: a firm's
/// name followed by a run of legal forms, a French body's name of many "de", opening brackets
/// of an acronym and a place never closed, and one paragraph of many figures and entities.
fn hostile(bytes: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(bytes / unit.len() + 1);
    vec![
        (
            "legal forms run",
            format!("Officials at Tembusu {}said it would grow.", fill("Bhd ")),
        ),
        (
            "de run",
            format!(
                "Le {}a publié son rapport.",
                fill("Office de la Forêt de la Côte d’Ivoire ")
            ),
        ),
        ("unclosed brackets", fill("(ARS Lyon ")),
        (
            "body remits and-chain",
            format!("The Department of {}said no.", fill("Orvale and ")),
        ),
        (
            "body remits ampersand chain",
            format!("The Bureau for {}said no.", fill("Orvale & ")),
        ),
        (
            "figures paragraph",
            fill("La Banque de Lorvan investira 10 millions d’euros à Dakar avec Airbus. "),
        ),
    ]
}

fn bench_hostile(c: &mut Criterion) {
    let mut g = c.benchmark_group("hostile input");
    g.sample_size(10).warm_up_time(Duration::from_millis(300));
    g.measurement_time(Duration::from_secs(3));
    for (name, text) in hostile(200 << 10) {
        let doc = Document::from_bytes(Source::Stdin, text.into_bytes()).unwrap();
        g.throughput(criterion::Throughput::Bytes(doc.text_len() as u64));
        g.bench_function(format!("{name}, 200 kB (entities + figures)"), |b| {
            b.iter(|| article_explorer::extract::analyze(black_box(&doc), "EUR"))
        });
    }
    g.finish();
}

criterion_group!(benches, bench, bench_hostile);
criterion_main!(benches);

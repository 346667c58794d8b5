//! Prints the entities of a text file (blocks separated by blank lines).
//! Usage: cargo run --release --example extract -- FILE [fr|en]
//!        cargo run --release --example extract -- --bench FILE...   (throughput)
//!        cargo run --release --example extract -- --once FILE   (one extraction, for callgrind)

use std::time::Instant;

use article_explorer::extract::Lang;
use article_explorer::extract::entities::extract_entities;
use article_explorer::extract::language::detect_language;

fn blocks(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .map(|b| b.trim_matches('\n'))
        .filter(|b| !b.trim().is_empty())
        .collect()
}

#[inline(never)]
fn measured(blocks: &[&str], lang: Lang) -> usize {
    extract_entities(blocks, lang).len()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--bench") {
        let texts: Vec<String> = args[1..]
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("read"))
            .collect();
        // repeat the corpus until ~10 MB, one article at a time
        let mut total = 0usize;
        let mut n = 0usize;
        let start = Instant::now();
        while total < 10_000_000 {
            for t in &texts {
                let b = blocks(t);
                let lang = detect_language(t);
                let e = extract_entities(&b, lang);
                n += e.len();
                total += t.len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{total} bytes in {secs:.3}s = {:.1} MB/s ({n} entities)",
            total as f64 / secs / 1e6
        );
        return;
    }
    if args.first().map(String::as_str) == Some("--once") {
        let text = std::fs::read_to_string(&args[1]).expect("read");
        let lang = detect_language(&text);
        // the automata are built once, by a first small text: `measured` is the steady state
        // (valgrind --tool=callgrind --toggle-collect='*measured*')
        extract_entities(&["Le président Emmanuel Macron à Paris."], lang);
        article_explorer::extract::entities::warm_up();
        let n = measured(&blocks(&text), lang);
        println!("{n} entities");
        return;
    }
    let text = std::fs::read_to_string(&args[0]).expect("read");
    let lang = match args.get(1).map(String::as_str) {
        Some("fr") => Lang::Fr,
        Some("en") => Lang::En,
        _ => detect_language(&text),
    };
    for e in extract_entities(&blocks(&text), lang) {
        println!(
            "{:<13} {:<40} {:?} {}",
            format!("{:?}", e.kind),
            e.name,
            e.aliases,
            e.value.unwrap_or_default()
        );
    }
}

//! `search_file QUERY FILE [--regex] [--timings]`: what `artex search` does.
//! Reads FILE, splits it into blocks on blank lines, builds the index, finds
//! all matches and prints their count.

use std::process::ExitCode;
use std::time::Instant;

use article_explorer::search::{Query, QueryMode, SearchIndex};

/// Blocks separated by blank (or whitespace-only) lines, trailing newline
/// excluded.
fn split_blocks(text: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                blocks.push(&text[s..end]);
            }
        } else {
            start.get_or_insert(pos);
            end = pos + line.trim_end_matches(['\n', '\r']).len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        blocks.push(&text[s..end]);
    }
    blocks
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flags: Vec<&str> = args
        .iter()
        .filter(|a| a.starts_with("--"))
        .map(String::as_str)
        .collect();
    let pos: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(String::as_str)
        .collect();
    let [query, file] = pos[..] else {
        eprintln!("usage: search_file QUERY FILE [--regex] [--timings]");
        return ExitCode::from(2);
    };
    let timings = flags.contains(&"--timings");
    let mode = if flags.contains(&"--regex") {
        QueryMode::Regex
    } else {
        QueryMode::Literal
    };
    let t0 = Instant::now();
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    let t1 = Instant::now();
    let blocks = split_blocks(&text);
    let t2 = Instant::now();
    let index = SearchIndex::new(&blocks);
    let t3 = Instant::now();
    let query = Query::new(query, mode);
    let matches = match index.find(&blocks, &query) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let t4 = Instant::now();
    let mut paragraphs = 0;
    let mut last = usize::MAX;
    for m in &matches {
        if m.block != last {
            paragraphs += 1;
            last = m.block;
        }
    }
    println!("{} matches in {} paragraphs", matches.len(), paragraphs);
    if timings {
        let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1e3;
        eprintln!(
            "read {:.1} ms, split {:.1} ms ({} blocks), index {:.1} ms ({:.1} MB heap for {:.1} MB text), find {:.1} ms",
            ms(t0, t1),
            ms(t1, t2),
            blocks.len(),
            ms(t2, t3),
            index.heap_bytes() as f64 / 1e6,
            text.len() as f64 / 1e6,
            ms(t3, t4)
        );
    }
    ExitCode::SUCCESS
}

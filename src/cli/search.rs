//! `artex search QUERY [FILE] [--json]`: paragraphs matching QUERY, with the explorer's matching.

use std::io::{IsTerminal, Write};

use crate::document::{Document, wrap};
use crate::search::{Match, Query, QueryMode, SearchIndex};

/// Columns of context kept on each side of the first match in an excerpt.
const CONTEXT: usize = 40;

/// Prints one line per matching paragraph; returns how many paragraphs matched.
pub fn search(
    doc: &Document,
    query: &str,
    regex: bool,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<usize> {
    let blocks = doc.block_texts();
    let index = SearchIndex::new(&blocks);
    let query = Query::new(
        query,
        if regex {
            QueryMode::Regex
        } else {
            QueryMode::Literal
        },
    );
    let matches = index
        .find(&blocks, &query)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let colour = !json
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut paragraphs = 0;
    for group in matches.chunk_by(|a, b| a.block == b.block) {
        let block = group[0].block;
        let text = blocks[block];
        paragraphs += 1;
        if json {
            let spans: Vec<[usize; 2]> = group.iter().map(|m| [m.start, m.end]).collect();
            serde_json::to_writer(
                &mut *out,
                &serde_json::json!({"block": block, "matches": spans, "text": text}),
            )?;
            writeln!(out)?;
        } else {
            writeln!(out, "¶{}\t{}", block + 1, excerpt(text, group, colour))?;
        }
    }
    Ok(paragraphs)
}

/// The text around the first match, on one line, the matches marked (bold red on a terminal,
/// plain otherwise); control characters shown as placeholders.
fn excerpt(text: &str, matches: &[Match], colour: bool) -> String {
    let first = &matches[0];
    let mut start = first.start;
    let mut width = 0;
    for (i, _) in text[..first.start].char_indices().rev() {
        width += 1;
        if width > CONTEXT {
            break;
        }
        start = i;
    }
    let mut end = first.end;
    width = 0;
    for (i, c) in text[first.end..].char_indices() {
        width += 1;
        if width > CONTEXT * 2 {
            break;
        }
        end = first.end + i + c.len_utf8();
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut at = start;
    for m in matches.iter().filter(|m| m.start >= start && m.end <= end) {
        out.push_str(&one_line(&text[at..m.start]));
        if colour {
            out.push_str(&format!(
                "\x1b[1;31m{}\x1b[0m",
                one_line(&text[m.start..m.end])
            ));
        } else {
            out.push_str(&one_line(&text[m.start..m.end]));
        }
        at = m.end;
    }
    out.push_str(&one_line(&text[at..end]));
    if end < text.len() {
        out.push('…');
    }
    out
}

fn one_line(s: &str) -> String {
    wrap::sanitize(s).into_owned()
}

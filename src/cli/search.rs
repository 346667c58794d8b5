//! `artex search QUERY [FILE] [--json]`: paragraphs matching QUERY, with the explorer's matching.

use crate::document::mapped::{Mapped, Mapping};
use crate::document::stream::{Pieces, Tally};
use crate::document::{Block, Document, wrap};
use crate::search::{Match, Query, QueryMode, candidates, find_once};
use std::io::{IsTerminal, Write};
use std::ops::Range;

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
    let query = prepare(query, regex)?;
    let colour = colour(json);
    let mut paragraphs = 0;
    for (block, line) in matching(doc.text(), &doc.blocks, &query, json, colour)? {
        paragraphs += 1;
        write_line(out, block, &line, json)?;
    }
    Ok(paragraphs)
}

/// [`search`] on a plain-text file, mapped ([`Mapped`]) or else read in pieces ([`Pieces`]),
/// searched on one thread per core: the same lines, without holding the file or its folded
/// copy whole. None when the file must be read whole for that ([`Mapped::open`],
/// [`Pieces::open`], [`Tally::holds`]).
pub fn search_file(
    path: &str,
    query: &str,
    regex: bool,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<Option<usize>> {
    let query = prepare(query, regex)?;
    if let Some(mapped) = Mapped::open(path)
        && let Some(found) = search_mapped(&mapped, &query, json, out)?
    {
        return Ok(found);
    }
    let Some((first, pieces)) = Pieces::open(path) else {
        return Ok(None);
    };
    let colour = colour(json);
    let found = pieces
        .map(first, |piece| {
            matching(&piece.text, &piece.blocks, &query, json, colour)
                .map(|lines| (piece.tally(), lines))
        })
        .map_err(|e| anyhow::anyhow!("cannot read '{path}': {e}"))?;
    let Some(found) = found else {
        return Ok(None);
    };
    write_pieces(found, json, out)
}

/// [`search_file`] on a mapped file: only the blocks that may match are copied and searched.
/// None when its first piece says it is not searched so ([`Mapping::Unmapped`]): it is then
/// read in pieces.
fn search_mapped(
    mapped: &Mapped,
    query: &Query,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<Option<Option<usize>>> {
    let colour = colour(json);
    let found = mapped.map(
        |text, ranges| candidates(text, ranges, query),
        |c| matching(&c.text, &c.blocks, query, json, colour).map(|lines| (c.numbers, lines)),
    );
    let found = match found {
        Mapping::Pieces(found) => found,
        Mapping::Whole => return Ok(Some(None)),
        Mapping::Unmapped => return Ok(None),
    };
    // each line numbered by its block among the piece's, not among the candidates
    let found = found.into_iter().map(|(tally, piece)| {
        piece.map(|(numbers, lines)| {
            let lines = lines.into_iter().map(|(k, line)| (numbers[k], line));
            (tally, lines.collect())
        })
    });
    write_pieces(found, json, out).map(Some)
}

/// The matching lines of every piece, in order, each numbered by its block in the whole text;
/// the number of lines, or None when the pieces' counts say the file must be read whole
/// ([`Tally::holds`]): then nothing is written.
fn write_pieces(
    pieces: impl IntoIterator<Item = anyhow::Result<(Tally, Vec<(usize, String)>)>>,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<Option<usize>> {
    let mut whole = Tally::default();
    let mut output = Vec::new();
    let (mut base, mut paragraphs) = (0, 0);
    for piece in pieces {
        let (tally, lines) = piece?;
        for (block, line) in lines {
            paragraphs += 1;
            write_line(&mut output, base + block, &line, json)?;
        }
        base += tally.blocks;
        whole.add(tally);
    }
    if !whole.holds() {
        return Ok(None);
    }
    out.write_all(&output)?;
    Ok(Some(paragraphs))
}

fn prepare(query: &str, regex: bool) -> anyhow::Result<Query> {
    let mode = if regex {
        QueryMode::Regex
    } else {
        QueryMode::Literal
    };
    let query = Query::new(query, mode);
    match query.error() {
        Some(e) => Err(anyhow::anyhow!("{e}")),
        None => Ok(query),
    }
}

fn colour(json: bool) -> bool {
    !json
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The matching blocks among the `blocks` of `text`, each with its line but for the block number
/// (a piece's blocks are numbered once the pieces before it are counted): the excerpt, or the
/// JSON object's members after `"block"`.
fn matching(
    text: &str,
    blocks: &[Block],
    query: &Query,
    json: bool,
    colour: bool,
) -> anyhow::Result<Vec<(usize, String)>> {
    let ranges: Vec<Range<usize>> = blocks.iter().map(|b| b.range()).collect();
    let ranges = &ranges[..];
    let matches = find_once(text, ranges, query).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut lines = Vec::new();
    for group in matches.chunk_by(|a, b| a.block == b.block) {
        let block = group[0].block;
        let text = &text[ranges[block].clone()];
        let line = if json {
            let spans: Vec<[usize; 2]> = group.iter().map(|m| [m.start, m.end]).collect();
            format!(
                "\"matches\":{},\"text\":{}",
                serde_json::to_string(&spans)?,
                serde_json::to_string(text)?
            )
        } else {
            excerpt(text, group, colour)
        };
        lines.push((block, line));
    }
    Ok(lines)
}

/// One output line: `¶N<TAB>excerpt`, or the JSON object with `"block"` first.
fn write_line(out: &mut impl Write, block: usize, line: &str, json: bool) -> std::io::Result<()> {
    if json {
        writeln!(out, "{{\"block\":{block},{line}}}")
    } else {
        writeln!(out, "¶{}\t{}", block + 1, line)
    }
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
    // one string of about the excerpt's length, each part sanitized into it (a string a part,
    // and a `format!` a match, cost more than the sanitizing)
    let mut out = String::with_capacity(end - start + 16);
    if start > 0 {
        out.push('…');
    }
    let mut at = start;
    for m in matches.iter().filter(|m| m.start >= start && m.end <= end) {
        out.push_str(&wrap::sanitize(&text[at..m.start]));
        if colour {
            out.push_str("\x1b[1;31m");
            out.push_str(&wrap::sanitize(&text[m.start..m.end]));
            out.push_str("\x1b[0m");
        } else {
            out.push_str(&wrap::sanitize(&text[m.start..m.end]));
        }
        at = m.end;
    }
    out.push_str(&wrap::sanitize(&text[at..end]));
    if end < text.len() {
        out.push('…');
    }
    out
}

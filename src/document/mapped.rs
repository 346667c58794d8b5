//! A plain-text file mapped into memory, for `artex search`: cut into pieces at blank lines as
//! [`super::stream`] cuts them, each searched on one thread per core without copying it. Blocks
//! are counted by their runs of non-blank lines ([`super::groups`]): a run of one line is one
//! block, searched where it lies in the mapping; only runs of several lines, and lines with bad
//! UTF-8, are copied, decoded and parsed. So only the blocks that may match are ever copied.
//!
//! The mapping is read-only and shared: nothing is written to it. A file that shrinks while it
//! is mapped makes reading past its new end raise SIGBUS, which ends the process; like ripgrep,
//! which maps files too, we take that risk for a file changed under a one-shot search. Standard
//! input, pipes and other non-regular files are read, not mapped (`Document::open`).

use std::fs::File;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

use memmap2::Mmap;

use super::decode::{check, good_bytes, lossy_owned};
use super::groups::{Group, groups};
use super::plain::{self, Stats};
use super::stream::{self, Tally, find_cut};
use super::{Block, BlockKind, Format, Source, detect_format, normalize_newlines};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A mapped plain-text file, and where its pieces end.
pub struct Mapped {
    map: Mmap,
    /// Where the text starts (past a BOM).
    start: usize,
    /// The pieces' bounds in the text, from 0 to its length.
    cuts: Vec<usize>,
    stats: Stats,
}

/// The blocks of a piece that may hold a match: their texts one after another in `text`,
/// `blocks` their ranges there, `numbers` their numbers among the piece's blocks.
#[derive(Default)]
pub struct Candidates {
    pub text: String,
    pub blocks: Vec<Block>,
    pub numbers: Vec<usize>,
}

impl Candidates {
    fn push(&mut self, text: &str, number: usize) {
        let start = self.text.len();
        self.text.push_str(text);
        self.blocks
            .push(Block::new(BlockKind::Paragraph, start..self.text.len()));
        self.text.push('\n');
        self.numbers.push(number);
    }
}

/// A piece searched: its counts, its good bytes if counted ([`search_piece`]), what `f` made.
type Searched<T> = (Tally, Option<usize>, T);

impl Mapped {
    /// The mapped file, or None when it is not searched so: not a regular file, not mappable,
    /// empty, Markdown, UTF-16, with NUL bytes in its first piece, or without blank lines
    /// (every line is then a block).
    pub fn open(path: &str) -> Option<Mapped> {
        let lower = path.to_ascii_lowercase();
        if path == "-" || lower.ends_with(".md") || lower.ends_with(".markdown") {
            return None;
        }
        let file = File::open(path).ok()?;
        let meta = file.metadata().ok()?;
        if !meta.is_file() || meta.len() == 0 {
            return None;
        }
        // SAFETY: the mapping is only read; a file truncated meanwhile raises SIGBUS (see the
        // module's comment), a file changed meanwhile gives some mix of its old and new bytes.
        let map = unsafe { Mmap::map(&file) }.ok()?;
        if map.starts_with(b"\xFF\xFE") || map.starts_with(b"\xFE\xFF") {
            return None;
        }
        let start = if map.starts_with(BOM) { BOM.len() } else { 0 };
        let body = &map[start..];
        // the parser skips a BOM at the start of the text, which a second one would then be
        if body.starts_with("\u{feff}".as_bytes()) {
            return None;
        }
        let sizes = stream::SIZES;
        let first = find_cut(body, sizes.first_bytes, sizes.first_lines).unwrap_or(body.len());
        let head = &body[..first];
        if memchr::memchr(0, head).is_some() {
            return None;
        }
        let text = normalize_newlines(lossy_owned(head.to_vec()).text);
        if detect_format(&Source::Path(path.to_string()), &text) != Format::Plain {
            return None;
        }
        if first < body.len() && !plain::holds_stats(&text) {
            return None;
        }
        let stats = plain::stats(&text);
        if !stats.has_blank_lines() {
            return None;
        }
        let mut cuts = vec![0, first];
        let mut last = first;
        while last < body.len() {
            match find_cut(&body[last..], sizes.read, 0) {
                Some(cut) => last += cut,
                None => last = body.len(),
            }
            cuts.push(last);
        }
        drop(file);
        Some(Mapped {
            map,
            start,
            cuts,
            stats,
        })
    }

    /// `f` of every piece's [`Candidates`], in the file's order, with the piece's counts, on
    /// one thread per core; `keep` says which of some blocks (ranges of a text) may match.
    /// None when a piece is not text (NUL bytes).
    pub fn map<T: Send>(
        &self,
        keep: impl Fn(&str, &[Range<usize>]) -> Vec<usize> + Sync,
        f: impl Fn(Candidates) -> T + Sync,
    ) -> Option<Vec<(Tally, T)>> {
        let body = &self.map[self.start..];
        let pieces: Vec<Range<usize>> = self.cuts.windows(2).map(|w| w[0]..w[1]).collect();
        let next = AtomicUsize::new(0);
        let workers = num_cpus::get().clamp(1, 8).min(pieces.len().max(1));
        let (pieces, next, keep, f) = (&pieces, &next, &keep, &f);
        let mut done: Vec<(usize, Option<Searched<T>>)> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..workers)
                .map(|_| {
                    scope.spawn(move || {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(range) = pieces.get(i) else { break };
                            let piece = search_piece(&body[range.clone()], self.stats, keep);
                            let failed = piece.is_none();
                            done.push((i, piece.map(|(c, tally, good)| (tally, good, f(c)))));
                            if failed {
                                // the others stop at their next piece
                                next.store(pieces.len(), Ordering::Relaxed);
                                break;
                            }
                        }
                        done
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        if done.len() != pieces.len() {
            return None;
        }
        done.sort_by_key(|(i, _)| *i);
        let done: Vec<Searched<T>> = done.into_iter().map(|(_, p)| p).collect::<Option<_>>()?;
        // the good bytes of the valid pieces weigh only against bad ones elsewhere
        let bad = done.iter().any(|(_, good, _)| good.is_some());
        Some(
            pieces
                .iter()
                .zip(done)
                .map(|(range, (tally, good, t))| match good {
                    None if bad => (
                        Tally::new(tally.blocks, good_bytes(&body[range.clone()]), 0),
                        t,
                    ),
                    _ => (tally, t),
                })
                .collect(),
        )
    }
}

/// One piece: its counts, and the blocks among its own that `keep` keeps; its good bytes when
/// it has bad ones ([`super::decode::Checked::good`]: else its tally counts none).
fn search_piece(
    bytes: &[u8],
    stats: Stats,
    keep: &impl Fn(&str, &[Range<usize>]) -> Vec<usize>,
) -> Option<(Candidates, Tally, Option<usize>)> {
    let checked = check(bytes)?;
    let mut all: Vec<Group> = Vec::new();
    groups(bytes, &mut all);
    // runs of several lines, and those with bad UTF-8 (a bad byte is no whitespace: each bad
    // sequence lies in a run), are decoded and parsed
    let mut parse: Vec<bool> = all.iter().map(|g| g.multi_line).collect();
    for &(at, _) in &checked.runs {
        let g = all.partition_point(|g| g.range.end <= at);
        if let Some(flag) = parse.get_mut(g) {
            *flag = true;
        }
    }
    // the other runs are one block each, but a bare marker (`>`), without its list or quote
    // marker: judged by `keep` in the valid UTF-8 between bad sequences
    let mut block: Vec<Option<Range<usize>>> = vec![None; all.len()];
    let mut kept = vec![false; all.len()];
    let ends = checked.runs.iter().map(|&(at, _)| at).chain([bytes.len()]);
    let starts = [0]
        .into_iter()
        .chain(checked.runs.iter().map(|&(at, n)| at + n));
    let mut g = 0;
    let (mut ranges, mut ids) = (Vec::new(), Vec::new());
    for (from, to) in starts.zip(ends) {
        ranges.clear();
        ids.clear();
        // SAFETY: `check` found no bad sequence between these two.
        let text = unsafe { std::str::from_utf8_unchecked(&bytes[from..to]) };
        while g < all.len() && all[g].range.start < to {
            if !parse[g] {
                let r = all[g].range.start - from..all[g].range.end - from;
                let skip = plain::marker(&text[r.clone()]).map_or(0, |(_, n)| n);
                if skip < r.len() {
                    block[g] = Some(from + r.start + skip..from + r.end);
                    ranges.push(r.start + skip..r.end);
                    ids.push(g);
                }
            }
            g += 1;
        }
        if ranges.is_empty() {
            continue;
        }
        for k in keep(text, &ranges) {
            kept[ids[k]] = true;
        }
    }
    let mut found = Candidates::default();
    let mut blocks = 0;
    for (i, group) in all.iter().enumerate() {
        if parse[i] {
            // a newline first: the parser would skip a BOM that the text then started with
            let raw = &bytes[group.range.clone()];
            let text = normalize_newlines(lossy_owned([b"\n", raw].concat()).text);
            let parsed = plain::parse_piece(text, stats);
            for b in &parsed.blocks {
                found.push(&parsed.text[b.range()], blocks);
                blocks += 1;
            }
        } else if let Some(range) = &block[i] {
            if kept[i] {
                // SAFETY: the block lies between two bad sequences (or the ends), as checked.
                found.push(
                    unsafe { std::str::from_utf8_unchecked(&bytes[range.clone()]) },
                    blocks,
                );
            }
            blocks += 1;
        }
    }
    let good = checked.good;
    Some((
        found,
        Tally::new(blocks, good.unwrap_or(0), checked.bad),
        good,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Lines and line ends the parser treats apart: blank lines, whitespace-only ones (no-break
    /// spaces, form feeds, ideographic space), CR, CRLF, headings, sentences cut in two, list
    /// items, quotes and bare markers, bad UTF-8 (a truncated sequence before a newline too), a
    /// BOM inside the text, very long lines.
    fn bits() -> impl Strategy<Value = Vec<u8>> {
        let bits: Vec<&'static [u8]> = vec![
            b"\n",
            b"\n\n",
            b"\r\n",
            b"\r\n\r\n",
            b"\r",
            b" \t\n",
            b"\xc2\xa0\n",
            b"\x0c\n",
            b"\xe3\x80\x80 \n",
            b"\xe2\x80\xaf",
            b"Une phrase qui finit.",
            b"une ligne coup\xc3\xa9e",
            b"Titre court",
            b"By Jane Doe",
            b"- un point",
            b"12. item",
            b"> cit\xc3\xa9",
            b">",
            b"> ",
            b"caf\xe9",
            b"\xe2\x80",
            b"\xef\xbb\xbfmot",
            b"l\xe2\x80\x99\xc3\x89tat x",
            b" ",
            b"x",
        ];
        let long = b"long ".repeat(120);
        let one = prop_oneof![
            20 => proptest::sample::select(bits).prop_map(<[u8]>::to_vec),
            1 => Just(long),
        ];
        proptest::collection::vec(one, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// The blocks that a piece keeps are the whole text's blocks of the same numbers, and
        /// none that `keep` would keep is missing; the piece counts the whole text's blocks.
        #[test]
        fn pieces_count_and_keep_the_parsers_blocks(bytes in bits(), letter in 0u8..4) {
            let text = normalize_newlines(lossy_owned(bytes.clone()).text);
            let stats = plain::stats(&text);
            // files whose text starts with a BOM after the BOM are not mapped (`Mapped::open`)
            prop_assume!(stats.has_blank_lines() && !text.starts_with('\u{feff}'));
            let whole = plain::parse(text);
            let whole: Vec<&str> = whole.blocks.iter().map(|b| &whole.text[b.range()]).collect();
            let wanted = [b'x', b'e', b'a', b'T'][letter as usize];
            let keep = |text: &str, ranges: &[Range<usize>]| -> Vec<usize> {
                (0..ranges.len())
                    .filter(|&k| text.as_bytes()[ranges[k].clone()].contains(&wanted))
                    .collect()
            };
            let (found, tally, _) = search_piece(&bytes, stats, &keep).expect("no NUL");
            prop_assert_eq!(tally.blocks, whole.len());
            let got: Vec<(usize, &str)> = found
                .numbers
                .iter()
                .zip(&found.blocks)
                .map(|(&n, b)| (n, &found.text[b.range()]))
                .collect();
            for &(n, t) in &got {
                prop_assert_eq!(Some(&t), whole.get(n));
            }
            prop_assert!(got.windows(2).all(|w| w[0].0 < w[1].0));
            for (n, t) in whole.iter().enumerate() {
                if t.as_bytes().contains(&wanted) {
                    prop_assert!(got.iter().any(|&(m, _)| m == n), "block {} {:?}", n, t);
                }
            }
        }
    }
}

//! A plain-text file mapped into memory, for `artex search`: cut into pieces at blank lines as
//! [`super::stream`] cuts them, each searched on one thread per core without copying it. Blocks
//! are counted by their runs of non-blank lines ([`super::groups`]): a run of one line is one
//! block, searched where it lies in the mapping; only runs of several lines, and lines with bad
//! UTF-8, are copied, decoded and parsed. So only the blocks that may match are ever copied.
//!
//! What only the first piece tells (Markdown by its lines, blank lines, the statistics that
//! parse the runs of several lines) is a task of its own beside the pieces: judged before the
//! threads started, it was the first 2 MiB decoded on one core while the other waited (6.7 M
//! instructions of 57.5 for "oeuvre" over 10 MiB). Pieces wait for it only to parse a run of
//! several lines; when it says no, the file goes to [`super::stream`] as it did before.
//!
//! The mapping is read-only and shared: nothing is written to it. A file that shrinks while it
//! is mapped makes reading past its new end raise SIGBUS, which ends the process; like ripgrep,
//! which maps files too, we take that risk for a file changed under a one-shot search. Standard
//! input, pipes and other non-regular files are read, not mapped (`Document::open`).

use std::borrow::Cow;
use std::fs::File;
use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use memmap2::Mmap;

use super::decode::{check, lossy_cow, lossy_owned};
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
    /// For [`detect_format`].
    path: String,
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

/// A piece searched: its counts, what `f` made.
type Searched<T> = (Tally, T);

impl Mapped {
    /// The mapped file, or None when it is not searched so: not a regular file, not mappable,
    /// empty, Markdown by its name, UTF-16, or with a second BOM. What only its first piece
    /// tells (Markdown by its lines, no blank lines, the statistics) is judged in [`Mapped::map`],
    /// on a worker beside the others, not before them.
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
            path: path.to_string(),
        })
    }

    /// The statistics of the file's first piece, or None when the file is not searched mapped:
    /// Markdown, no blank lines, or a first piece too short for the statistics while more
    /// follows. A NUL byte in it is left to [`search_piece`], which fails on it.
    fn head_stats(&self) -> Option<Stats> {
        let body = &self.map[self.start..];
        let head = &body[..self.cuts[1]];
        // valid UTF-8 without CRs, the common case, is judged where it lies: no copy
        let mut text = lossy_cow(head);
        if memchr::memchr(b'\r', text.as_bytes()).is_some() {
            text = Cow::Owned(normalize_newlines(text.into_owned()));
        }
        if detect_format(&Source::Path(self.path.clone()), &text) != Format::Plain {
            return None;
        }
        if head.len() < body.len() && !plain::holds_stats(&text) {
            return None;
        }
        let stats = plain::stats(&text);
        stats.has_blank_lines().then_some(stats)
    }

    /// `f` of every piece's [`Candidates`], in the file's order, with the piece's counts, on
    /// one thread per core; `keep` says which of some blocks (ranges of a text) may match.
    /// The first piece's statistics ([`Mapped::head_stats`]) are a task of their own, the
    /// first one taken: the other workers start on the pieces at once, and wait for the
    /// statistics only to parse a run of several lines.
    pub fn map<T: Send>(
        &self,
        keep: impl Fn(&str, &[Range<usize>]) -> Vec<usize> + Sync,
        f: impl Fn(Candidates) -> T + Sync,
    ) -> Mapping<T> {
        let body = &self.map[self.start..];
        let pieces: Vec<Range<usize>> = self.cuts.windows(2).map(|w| w[0]..w[1]).collect();
        // task 0 is the statistics, task i + 1 the piece i
        let next = AtomicUsize::new(0);
        let head: OnceLock<Option<Stats>> = OnceLock::new();
        let workers = num_cpus::get().clamp(1, 8).min(pieces.len() + 1);
        let (pieces, next, head, keep, f) = (&pieces, &next, &head, &keep, &f);
        let mut done: Vec<(usize, Option<Searched<T>>)> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..workers)
                .map(|_| {
                    scope.spawn(move || {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            if i == 0 {
                                let fill = FillOnDrop(head);
                                let stats = self.head_stats();
                                head.set(stats).ok();
                                drop(fill);
                                if stats.is_none() {
                                    next.store(pieces.len() + 1, Ordering::Relaxed);
                                    break;
                                }
                                continue;
                            }
                            let Some(range) = pieces.get(i - 1) else {
                                break;
                            };
                            let stats = || *head.wait();
                            let piece = search_piece(&body[range.clone()], stats, keep);
                            let failed = piece.is_none();
                            done.push((i - 1, piece.map(|(c, tally)| (tally, f(c)))));
                            if failed {
                                // the others stop at their next piece
                                next.store(pieces.len() + 1, Ordering::Relaxed);
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
        // judged first: a piece that waited for them failed with them
        if head.get().copied().flatten().is_none() {
            return Mapping::Unmapped;
        }
        if done.len() != pieces.len() {
            return Mapping::Whole;
        }
        done.sort_by_key(|(i, _)| *i);
        match done.into_iter().map(|(_, p)| p).collect::<Option<Vec<_>>>() {
            Some(done) => Mapping::Pieces(done),
            None => Mapping::Whole,
        }
    }
}

/// What [`Mapped::map`] made.
pub enum Mapping<T> {
    /// Every piece's counts and what `f` made of it, in the file's order.
    Pieces(Vec<(Tally, T)>),
    /// A piece is not text (NUL bytes): the file is read whole.
    Whole,
    /// The first piece says that the file is not searched mapped ([`Mapped::head_stats`]).
    Unmapped,
}

/// Sets the statistics to None when dropped before they are set, on a panic too: the workers
/// waiting for them would otherwise wait for ever, and the scope for them.
struct FillOnDrop<'a>(&'a OnceLock<Option<Stats>>);

impl Drop for FillOnDrop<'_> {
    fn drop(&mut self) {
        self.0.set(None).ok();
    }
}

/// One piece: its counts, and the blocks among its own that `keep` keeps. None on a NUL byte,
/// or when `stats` (the first piece's, asked for only to parse a run of several lines, and
/// waited for if not judged yet) are None.
fn search_piece(
    bytes: &[u8],
    stats: impl Fn() -> Option<Stats>,
    keep: &impl Fn(&str, &[Range<usize>]) -> Vec<usize>,
) -> Option<(Candidates, Tally)> {
    // the groups' pass finds NULs and counts the high bytes too: the validation is the only
    // other pass over every byte
    let mut all: Vec<Group> = Vec::new();
    let scanned = groups(bytes, &mut all);
    if scanned.nul {
        return None;
    }
    let checked = check(bytes, scanned.high);
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
            let parsed = plain::parse_piece(text, stats()?);
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
    Some((found, Tally::new(blocks, checked.good, checked.bad)))
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

    /// What the first piece says, judged on a worker beside the pieces: a file without blank
    /// lines or with Markdown lines is not searched mapped (whatever the pieces found), a NUL in
    /// the first piece makes it read whole, and a plain file's pieces count the whole file's
    /// blocks. Files of one piece and of several.
    #[test]
    fn the_first_piece_decides_beside_the_others() {
        let dir = std::env::temp_dir().join(format!("artex-mapped-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let para = "Une phrase de d\u{e9}cret qui finit.\nEt sa suite \u{e0} la ligne.\n\n";
        let cases: [(&str, String, &str); 6] = [
            ("plain-small", para.repeat(10), "pieces"),
            ("plain-big", para.repeat(120_000), "pieces"),
            ("no-blank", "Une ligne.\n".repeat(400_000), "unmapped"),
            (
                "markdown",
                format!("# Titre\n\n## Partie\n\n{}", para.repeat(60_000)),
                "unmapped",
            ),
            (
                "nul-first",
                format!("a\0b\n\n{}", para.repeat(60_000)),
                "whole",
            ),
            (
                "crlf-big",
                para.replace('\n', "\r\n").repeat(60_000),
                "pieces",
            ),
        ];
        for (name, text, want) in cases {
            let path = dir.join(format!("{name}.txt"));
            std::fs::write(&path, &text).expect("write");
            let path = path.to_str().expect("utf-8 path");
            let mapped = Mapped::open(path).expect("mappable");
            let all = |_: &str, ranges: &[Range<usize>]| (0..ranges.len()).collect();
            let got = match mapped.map(all, |c| c.blocks.len()) {
                Mapping::Pieces(pieces) => {
                    let whole = super::super::Document::open(path).expect("opens");
                    let blocks: usize = pieces.iter().map(|(t, _)| t.blocks).sum();
                    let kept: usize = pieces.iter().map(|(_, n)| n).sum();
                    assert_eq!((blocks, kept), (whole.len(), whole.len()), "{name}");
                    "pieces"
                }
                Mapping::Whole => "whole",
                Mapping::Unmapped => "unmapped",
            };
            assert_eq!(got, want, "{name}");
        }
        std::fs::remove_dir_all(&dir).ok();
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
            let (found, tally) = search_piece(&bytes, || Some(stats), &keep).expect("no NUL");
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

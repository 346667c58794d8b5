//! A plain-text file read in pieces, for commands that go through a large file once
//! (`artex search`): each piece is cut at a blank line and parses on its own into exactly the
//! blocks the whole file parses into, so pieces can be decoded, parsed and searched on several
//! threads while the next ones are read, and the whole file is never held at once.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, mpsc};

use super::decode::{Lossy, lossy_owned, lossy_text, lossy_wins};
use super::plain::{self, Stats};
use super::{Block, Format, Source, detect_format, normalize_newlines};

/// How big pieces are.
#[derive(Clone, Copy, Debug)]
pub(super) struct Sizes {
    /// The first piece holds at least this many bytes and lines (the statistics' MiB, and the
    /// 2,000 lines that Markdown detection reads), so that it decides what the whole file is.
    pub(super) first_bytes: usize,
    pub(super) first_lines: usize,
    /// The least size of the other pieces (read at once, then [`TAIL_READ`] at a time). A MiB,
    /// not 4: a piece's passes (validation, copy, lines, regex, scan) then find it in the
    /// caches, and fewer pages are faulted in (100 MB corpus: 140 -> 118 ms on 2 cores, peak RSS
    /// 54 -> 22 MB, for 1% more instructions); 512 KiB was slower again.
    pub(super) read: usize,
}

/// Bytes read at a time past a piece's least size, while looking for a cut.
const TAIL_READ: usize = 64 << 10;

pub(super) const SIZES: Sizes = Sizes {
    first_bytes: 2 << 20,
    first_lines: 2000,
    read: 1 << 20,
};

/// Sets the flag when dropped, on a panic too.
struct StopOnDrop<'a>(&'a AtomicBool);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// The rest of a file whose first piece was taken by [`Pieces::open`].
pub struct Pieces {
    file: File,
    /// Bytes read past the last cut.
    carry: Vec<u8>,
    eof: bool,
    stats: Stats,
    sizes: Sizes,
}

/// One piece, decoded and parsed.
pub struct Piece {
    pub text: String,
    pub blocks: Vec<Block>,
    /// The counts that decide, over the whole file, between UTF-8 and Windows-1252.
    good: usize,
    bad: usize,
}

/// The first piece, decoded and its newlines normalised, not parsed yet: [`Pieces::map`] parses
/// it beside the others, not before them.
pub struct First {
    text: String,
    good: usize,
    bad: usize,
}

impl First {
    fn parse(self, stats: Stats) -> Piece {
        let parsed = plain::parse_piece(self.text, stats);
        Piece {
            text: parsed.text,
            blocks: parsed.blocks,
            good: self.good,
            bad: self.bad,
        }
    }
}

impl Piece {
    pub fn block_text(&self, i: usize) -> &str {
        &self.text[self.blocks[i].range()]
    }

    /// What the piece counts for, once its text is no longer needed.
    pub fn tally(&self) -> Tally {
        Tally {
            blocks: self.blocks.len(),
            good: self.good,
            bad: self.bad,
        }
    }
}

/// A piece's counts, or the sum of several: blocks, and good and bad UTF-8 (what decides
/// between UTF-8 and Windows-1252 over the whole file).
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub blocks: usize,
    good: usize,
    bad: usize,
}

impl Tally {
    pub(super) fn new(blocks: usize, good: usize, bad: usize) -> Tally {
        Tally { blocks, good, bad }
    }

    pub fn add(&mut self, t: Tally) {
        self.good += t.good;
        self.bad += t.bad;
        self.blocks += t.blocks;
    }

    /// For the sum over all the pieces: true when they parsed as the whole file does, UTF-8 (bad
    /// bytes replaced, not Windows-1252) with some block to show (else the whole read reports
    /// an empty file). When false, the caller reads the file whole ([`super::Document::open`]).
    pub fn holds(&self) -> bool {
        (self.bad == 0 || lossy_wins(self.good, self.bad)) && self.blocks > 0
    }
}

impl Pieces {
    /// The first piece of a plain-text file and the reader of the rest. None when the file must
    /// be read whole: unreadable, Markdown, UTF-16, NUL bytes, or no blank line to cut at past
    /// the start.
    pub fn open(path: &str) -> Option<(First, Pieces)> {
        let (first, _, pieces) = Pieces::open_sized(path, SIZES)?;
        Some((first, pieces))
    }

    /// `f` of every piece, `first` (from [`Pieces::open`]) and the rest, in the file's order: the
    /// pieces are read on one thread and decoded, parsed and given to `f` on one thread per
    /// core, a few pieces in memory at a time. None when a piece is not text (NUL bytes).
    pub fn map<T: Send>(
        self,
        first: First,
        f: impl Fn(Piece) -> T + Sync,
    ) -> io::Result<Option<Vec<T>>> {
        let stats = self.stats;
        let workers = num_cpus::get().clamp(1, 8);
        let (raw_tx, raw_rx) = mpsc::sync_channel::<(usize, Vec<u8>)>(workers);
        let raw_rx = Mutex::new(raw_rx);
        let (done_tx, done_rx) = mpsc::channel::<(usize, Option<T>)>();
        let stop = AtomicBool::new(false);
        std::thread::scope(|scope| {
            // whoever ends, normally or by a panic, stops the reader: it would otherwise wait
            // on a full channel for ever, and the scope for it
            let stop_all = StopOnDrop(&stop);
            let (raw_rx, stop, f) = (&raw_rx, &stop, &f);
            for _ in 0..workers {
                let done_tx = done_tx.clone();
                scope.spawn(move || {
                    let _stop = StopOnDrop(stop);
                    while let Ok(Ok((n, raw))) = raw_rx.lock().map(|rx| rx.recv()) {
                        let done = parse_piece(raw, stats).map(f);
                        let failed = done.is_none();
                        if done_tx.send((n, done)).is_err() || failed {
                            break;
                        }
                    }
                });
            }
            let mut pieces = self;
            let reader = scope.spawn(move || -> io::Result<()> {
                let mut n = 1;
                while let Some(raw) = pieces.next_raw()? {
                    let mut item = (n, raw);
                    loop {
                        match raw_tx.try_send(item) {
                            Ok(()) => break,
                            Err(mpsc::TrySendError::Full(back))
                                if !stop.load(Ordering::Relaxed) =>
                            {
                                item = back;
                                std::thread::sleep(std::time::Duration::from_millis(1));
                            }
                            Err(_) => return Ok(()),
                        }
                    }
                    n += 1;
                }
                Ok(())
            });
            let mut done = BTreeMap::from([(0, f(first.parse(stats)))]);
            drop(done_tx);
            let failed = loop {
                match done_rx.recv() {
                    Ok((_, None)) => break true,
                    Ok((n, Some(t))) => {
                        done.insert(n, t);
                    }
                    Err(_) => break false,
                }
            };
            drop(stop_all);
            reader
                .join()
                .map_err(|_| io::Error::other("the reader thread panicked"))??;
            Ok((!failed).then(|| done.into_values().collect()))
        })
    }

    fn open_sized(path: &str, sizes: Sizes) -> Option<(First, Stats, Pieces)> {
        let lower = path.to_ascii_lowercase();
        if path == "-" || lower.ends_with(".md") || lower.ends_with(".markdown") {
            return None;
        }
        let file = File::open(path).ok()?;
        if !file.metadata().ok()?.is_file() {
            return None;
        }
        let mut pieces = Pieces {
            file,
            carry: Vec::new(),
            eof: false,
            stats: plain::stats(""),
            sizes,
        };
        let mut raw = pieces
            .next_raw_from(sizes.first_bytes, sizes.first_lines)
            .ok()??;
        if raw.starts_with(b"\xFF\xFE") || raw.starts_with(b"\xFE\xFF") {
            return None;
        }
        if raw.starts_with(b"\xEF\xBB\xBF") {
            raw.drain(..3);
        }
        let lossy = decode_piece(raw, lossy_owned)?;
        if detect_format(&Source::Path(path.to_string()), &lossy.text) != Format::Plain {
            return None;
        }
        let text = normalize_newlines(lossy.text);
        if !pieces.eof && !plain::holds_stats(&text) {
            return None;
        }
        pieces.stats = plain::stats(&text);
        let first = First {
            text,
            good: lossy.good,
            bad: lossy.bad,
        };
        Some((first, pieces.stats, pieces))
    }

    /// The raw bytes of the next piece, or None at the end of the file.
    fn next_raw(&mut self) -> io::Result<Option<Vec<u8>>> {
        self.next_raw_from(self.sizes.read, 0)
    }

    /// The next piece: at least `min_bytes` and `min_lines` newlines (or the rest of the file),
    /// cut just after a newline that a line end follows (an empty line in any newline convention).
    fn next_raw_from(&mut self, min_bytes: usize, min_lines: usize) -> io::Result<Option<Vec<u8>>> {
        let mut buf = std::mem::take(&mut self.carry);
        let mut searched = 0;
        loop {
            if buf.len() >= min_bytes
                && let Some(cut) = find_cut(&buf, searched.max(min_bytes), min_lines)
            {
                self.carry = buf.split_off(cut);
                return Ok(Some(buf));
            }
            searched = buf.len().saturating_sub(1);
            if self.eof {
                return Ok((!buf.is_empty()).then_some(buf));
            }
            // up to the least size, then a little at a time until a cut: what follows the cut
            // is copied to the next piece
            let want = min_bytes
                .saturating_sub(buf.len())
                .max(TAIL_READ.min(self.sizes.read));
            // room for the first tail read as well: the cut is most often in it, and growing the
            // buffer then would copy the whole piece
            let room = if buf.len() < min_bytes {
                want + TAIL_READ
            } else {
                want
            };
            buf.reserve(room);
            let n = (&mut self.file).take(want as u64).read_to_end(&mut buf)?;
            self.eof = n == 0;
        }
    }
}

/// The first cut at or after `from` with at least `min_lines` newlines before it: a position
/// after a LF that a LF or a CR follows. Both sides then decode and normalise their newlines as
/// within the whole (no CRLF and no UTF-8 sequence is split), and the second starts with an
/// empty line, where the whole file's parse also ends a block.
pub(super) fn find_cut(buf: &[u8], from: usize, min_lines: usize) -> Option<usize> {
    let from = if min_lines > 0 {
        let mut it = memchr::memchr_iter(b'\n', buf);
        from.max(it.nth(min_lines - 1)? + 1)
    } else {
        from
    };
    let mut p = from.max(1);
    while p < buf.len() {
        let lf = p - 1 + memchr::memchr(b'\n', &buf[p - 1..buf.len() - 1])?;
        if matches!(buf[lf + 1], b'\n' | b'\r') {
            return Some(lf + 1);
        }
        p = lf + 2;
    }
    None
}

/// Decodes one piece as UTF-8 (bad bytes replaced) with `decode`; None on NUL bytes (not text).
fn decode_piece(raw: Vec<u8>, decode: fn(Vec<u8>) -> Lossy) -> Option<Lossy> {
    if memchr::memchr(0, &raw).is_some() {
        return None;
    }
    Some(decode(raw))
}

/// Decodes and parses a piece read by [`Pieces::next_raw`]; None when it holds NUL bytes (the
/// file is then not text: read it whole for the error).
fn parse_piece(raw: Vec<u8>, stats: Stats) -> Option<Piece> {
    let lossy = lossy_text(raw)?;
    let parsed = plain::parse_piece(lossy.text, stats);
    Some(Piece {
        text: parsed.text,
        blocks: parsed.blocks,
        good: lossy.good,
        bad: lossy.bad,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_fall_after_a_newline_that_a_line_end_follows() {
        assert_eq!(find_cut(b"a\nb\n\nc", 0, 0), Some(4));
        assert_eq!(find_cut(b"a\r\n\r\nc", 0, 0), Some(3));
        assert_eq!(find_cut(b"a\nb\nc\n", 0, 0), None);
        assert_eq!(find_cut(b"a\n\nb\n\nc", 3, 0), Some(5));
        assert_eq!(find_cut(b"a\n\nb\n\nc", 0, 3), Some(5));
        assert_eq!(find_cut(b"a\n\n", 0, 0), Some(2));
        assert_eq!(find_cut(b"a\n\n", 0, 5), None);
    }

    /// A text of `n` bytes or so, of paragraphs in every newline convention, headings, list
    /// items, quotes, bare markers, lines joined or not, bad UTF-8 and Windows-1252 bytes.
    fn mixed_text(seed: u64, n: usize) -> Vec<u8> {
        let pieces: [&[u8]; 16] = [
            b"Une phrase qui finit.",
            b"une ligne coup\xc3\xa9e",
            b"\n",
            b"\n\n",
            b"\r\n",
            b"\r\n\r\n",
            b"\r",
            b"Titre court",
            b"- un point",
            b"> cit\xc3\xa9",
            b">",
            b"12. item",
            b"caf\xe9",
            b"   \t",
            b"\xe2\x80\x99l\xe2\x80\x99\xc3\x89tat \xc2\xa0",
            b"By Jane Doe",
        ];
        let mut x = seed | 1;
        let mut out = Vec::new();
        while out.len() < n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            out.extend_from_slice(pieces[(x % 16) as usize]);
            if x.is_multiple_of(7) {
                out.push(b' ');
            }
        }
        out
    }

    /// A panic while pieces are searched, on the workers and on the calling thread alike, ends
    /// `map` with that panic: it used to leave the reader waiting on a full channel that nobody
    /// emptied any more, and the process hung.
    #[test]
    fn a_panic_in_every_piece_ends_the_map() {
        let dir = std::env::temp_dir().join(format!("artex-panic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("big.txt");
        std::fs::write(&path, mixed_text(3, 3 << 20)).expect("write");
        let sizes = Sizes {
            first_bytes: (1 << 20) + 150_000,
            first_lines: 50,
            read: 20_000,
        };
        let path = path.to_str().expect("utf-8 path").to_string();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let (first, _, rest) = Pieces::open_sized(&path, sizes).expect("streamable");
            let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                rest.map(first, |p| -> usize {
                    panic!("a bad piece of {} bytes", p.text.len())
                })
            }));
            tx.send(run.is_err()).ok();
        });
        let ended = rx.recv_timeout(std::time::Duration::from_secs(30));
        assert_eq!(ended, Ok(true));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn pieces_parse_into_the_whole_files_blocks() {
        let dir = std::env::temp_dir().join(format!("artex-pieces-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let sizes = Sizes {
            first_bytes: (1 << 20) + 150_000,
            first_lines: 50,
            read: 40_000,
        };
        for seed in [1u64, 7, 42, 1234] {
            let bytes = mixed_text(seed, (1 << 20) + 600_000);
            let path = dir.join(format!("{seed}.txt"));
            std::fs::write(&path, &bytes).expect("write");
            let path = path.to_str().expect("utf-8 path");
            let whole = super::super::Document::open(path).expect("opens");
            let (first, stats, mut rest) = Pieces::open_sized(path, sizes).expect("streamable");
            let mut texts: Vec<String> = Vec::new();
            let mut tally = Tally::default();
            let mut count = 0;
            let mut add = |piece: &Piece| {
                tally.add(piece.tally());
                texts.extend((0..piece.blocks.len()).map(|i| piece.block_text(i).to_string()));
            };
            add(&first.parse(stats));
            while let Some(raw) = rest.next_raw().expect("reads") {
                add(&parse_piece(raw, stats).expect("text"));
                count += 1;
            }
            assert!(count > 5, "seed {seed}: only {count} pieces");
            assert_eq!(
                tally.holds(),
                whole.note.as_deref() != Some("decoded as Windows-1252")
            );
            assert_eq!(texts, whole.block_texts(), "seed {seed}");
        }
        std::fs::remove_dir_all(&dir).ok();
    }
}

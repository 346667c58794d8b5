//! Runs of non-blank lines in raw bytes, found without decoding them, for `artex search` over a
//! mapped file ([`super::mapped`]): a run of one line is exactly one block of the plain-text
//! parser (none when it is a bare `>`), so blocks are counted, and the block searched, without
//! parsing it; runs of several lines are left to the parser.
//!
//! Lines end at LF, CR or CRLF (the newlines that [`super::normalize_newlines`] makes LFs), and
//! are trimmed of the chars `char::is_whitespace` takes, as the parser trims them; a line of
//! those only is blank. Bad UTF-8 is no whitespace, as U+FFFD that it decodes to is none.

use std::ops::Range;

/// A run of non-blank lines between blank ones (or the text's ends).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Group {
    /// From the first line's first char that is no whitespace to the last line's last one.
    pub range: Range<usize>,
    /// More than one line.
    pub multi_line: bool,
}

/// What [`groups`] tells of the bytes besides their groups, read in the same pass (a `memchr`
/// for NULs and a count of the high bytes were two more passes over each piece, 2.2 M
/// instructions over the first 10 MiB of our articles, and as many loads of bytes no longer in
/// the L1 cache).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Scanned {
    /// A NUL byte: not text.
    pub nul: bool,
    /// The bytes at or above 0x80.
    pub high: usize,
}

impl Scanned {
    /// Of some bytes, byte by byte.
    fn of(bytes: &[u8]) -> Scanned {
        Scanned {
            nul: bytes.contains(&0),
            high: bytes.iter().filter(|&&b| b >= 0x80).count(),
        }
    }
}

/// The groups of `bytes`, in order, pushed onto `out`; whether they hold a NUL, and how many
/// high bytes.
///
/// Most lines are judged from the bytes at their ends: an empty line is blank, a line that
/// ends in printable ASCII is not; only the others (whitespace or a multi-byte char last) are
/// trimmed char by char, and the first and last lines of a group for its bounds. Trimming
/// each line as it ended, in a closure a line, cost some 53 instructions a line (first 10 MiB
/// of our articles, 75,600 lines: 9.6 M instructions in all, now 7.8 M); masks of the bytes
/// that are no ASCII whitespace, to judge every line by them, cost more than they saved (20 M).
pub(super) fn groups(bytes: &[u8], out: &mut Vec<Group>) -> Scanned {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("popcnt") {
        // SAFETY: the CPU has AVX2 and POPCNT, checked just above.
        return unsafe { groups_avx2(bytes, out) };
    }
    groups_portable(bytes, out)
}

/// [`groups`] with the portable masks, NULs and high bytes counted a chunk at a time.
fn groups_portable(bytes: &[u8], out: &mut Vec<Group>) -> Scanned {
    let mut scanned = Scanned {
        nul: false,
        high: 0,
    };
    let tail = groups_with(bytes, out, |region, masks| {
        for (chunk, m) in region.chunks_exact(64).zip(masks) {
            let s = Scanned::of(chunk);
            scanned.nul |= s.nul;
            scanned.high += s.high;
            *m = break_mask(chunk.try_into().expect("64 bytes"));
        }
    });
    let s = Scanned::of(&bytes[tail..]);
    Scanned {
        nul: scanned.nul || s.nul,
        high: scanned.high + s.high,
    }
}

/// [`groups`] with AVX2 masks, made inside one function with AVX2 so that they are inlined; the
/// least byte kept in a vector (NULs are rare: one test at the end), the high bytes' top bits
/// counted a chunk at a time.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,popcnt")]
fn groups_avx2(bytes: &[u8], out: &mut Vec<Group>) -> Scanned {
    use std::arch::x86_64::{
        __m256i, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_min_epu8, _mm256_movemask_epi8,
        _mm256_set1_epi8, _mm256_setzero_si256,
    };
    let mut least = _mm256_set1_epi8(-1);
    let mut high = 0usize;
    // the closure has AVX2 too: safe to call
    let tail = groups_with(bytes, out, |region, masks| {
        let (mut l, mut h) = (least, 0);
        for (chunk, m) in region.chunks_exact(64).zip(masks) {
            // SAFETY: loads of 32 bytes at 0 and 32, of 64.
            let (a, b) = unsafe {
                let p = chunk.as_ptr();
                (
                    _mm256_loadu_si256(p.cast::<__m256i>()),
                    _mm256_loadu_si256(p.add(32).cast::<__m256i>()),
                )
            };
            l = _mm256_min_epu8(l, _mm256_min_epu8(a, b));
            let top = u64::from(_mm256_movemask_epi8(a) as u32)
                | (u64::from(_mm256_movemask_epi8(b) as u32) << 32);
            h += top.count_ones() as usize;
            *m = breaks_avx2(a) | (breaks_avx2(b) << 32);
        }
        least = l;
        high += h;
    });
    let zero = _mm256_movemask_epi8(_mm256_cmpeq_epi8(least, _mm256_setzero_si256()));
    let s = Scanned::of(&bytes[tail..]);
    Scanned {
        nul: zero != 0 || s.nul,
        high: high + s.high,
    }
}

/// [`groups`] with `fill`, which sets the masks of a region's chunks of 64 bytes ([`break_mask`]
/// or masks that agree with it), in one loop whose state stays in registers (a closure a line,
/// its state behind references, cost 80 instructions a line); where the bytes past the last
/// chunk of 64 start.
#[inline(always)]
fn groups_with(
    bytes: &[u8],
    out: &mut Vec<Group>,
    mut fill: impl FnMut(&[u8], &mut [u64]),
) -> usize {
    let mut walk = Walk::default();
    let mut base = 0;
    // the masks of up to 16 chunks, then their line ends: no call inside the masks' loop, whose
    // state then stays in registers
    let mut masks = [0u64; 16];
    while base + 64 <= bytes.len() {
        let n = ((bytes.len() - base) / 64).min(masks.len());
        fill(&bytes[base..base + 64 * n], &mut masks[..n]);
        for (k, &m) in masks[..n].iter().enumerate() {
            let mut bits = m;
            while bits != 0 {
                walk.line_end(bytes, base + 64 * k + bits.trailing_zeros() as usize, out);
                bits &= bits - 1;
            }
        }
        base += 64 * n;
    }
    let tail = base;
    for p in base..bytes.len() {
        if matches!(bytes[p], b'\n' | b'\r') {
            walk.line_end(bytes, p, out);
        }
    }
    let end = bytes.len();
    if trimmed(bytes, walk.at, end).is_some() {
        walk.nonblank(bytes, walk.at, end);
    }
    if walk.open {
        walk.close(bytes, out);
    }
    tail
}

/// Where [`groups_with`] is: the line it is in, the group open.
#[derive(Default)]
struct Walk {
    /// Where the line starts.
    at: usize,
    open: bool,
    start: usize,
    multi_line: bool,
    /// The open group's last line.
    last_line: (usize, usize),
}

impl Walk {
    /// The line ends at the break at `p`.
    #[inline(always)]
    fn line_end(&mut self, bytes: &[u8], p: usize, out: &mut Vec<Group>) {
        let at = self.at;
        self.at = p + 1;
        if p == at {
            // the LF of a CRLF: the CR ended the line; else an empty line
            if !(bytes[p] == b'\n' && p > 0 && bytes[p - 1] == b'\r') && self.open {
                self.close(bytes, out);
            }
        } else if is_plain(bytes[p - 1]) || trimmed(bytes, at, p).is_some() {
            self.nonblank(bytes, at, p);
        } else if self.open {
            self.close(bytes, out);
        }
    }

    #[inline(always)]
    fn nonblank(&mut self, bytes: &[u8], at: usize, p: usize) {
        if self.open {
            self.multi_line = true;
        } else {
            self.open = true;
            self.multi_line = false;
            self.start = trim_start(bytes, at, p);
        }
        self.last_line = (at, p);
    }

    #[inline(always)]
    fn close(&mut self, bytes: &[u8], out: &mut Vec<Group>) {
        self.open = false;
        let (at, p) = self.last_line;
        out.push(Group {
            range: self.start..trim_end(bytes, at, p),
            multi_line: self.multi_line,
        });
    }
}

/// Printable ASCII but the space: no whitespace.
#[inline]
fn is_plain(b: u8) -> bool {
    (0x21..0x7f).contains(&b)
}

/// Where a non-blank line starts once trimmed.
#[inline(always)]
fn trim_start(bytes: &[u8], mut start: usize, end: usize) -> usize {
    // most lines start with printable ASCII
    if is_plain(bytes[start]) {
        return start;
    }
    while let Some(n) = space_len(bytes, start, end) {
        start += n;
    }
    start
}

/// Where a non-blank line ends once trimmed.
#[inline(always)]
fn trim_end(bytes: &[u8], start: usize, mut end: usize) -> usize {
    // most lines end with printable ASCII
    if is_plain(bytes[end - 1]) {
        return end;
    }
    while let Some(n) = space_len_before(bytes, start, end) {
        end -= n;
    }
    end
}

/// Bit k set where byte k of `v` is a LF or a CR: [`break_mask`] of 32 bytes. One lookup by
/// low nibble and one compare, not two compares and an `or`: the table gives back the LF and the
/// CR at their own nibbles, and at every other nibble a byte that no byte of that nibble is (a
/// byte of 0x80 or more looks up 0, which it is not).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn breaks_avx2(v: std::arch::x86_64::__m256i) -> u64 {
    use std::arch::x86_64::{
        _mm256_cmpeq_epi8, _mm256_movemask_epi8, _mm256_setr_epi8, _mm256_shuffle_epi8,
    };
    let (lf, cr) = (b'\n' as i8, b'\r' as i8);
    #[rustfmt::skip]
    let table = _mm256_setr_epi8(
        -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, lf, 0, 0, cr, 0, 0,
        -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, lf, 0, 0, cr, 0, 0,
    );
    let breaks = _mm256_cmpeq_epi8(_mm256_shuffle_epi8(table, v), v);
    u64::from(_mm256_movemask_epi8(breaks) as u32)
}

/// Bit k set where `chunk[k]` is a LF or a CR.
#[inline]
fn break_mask(chunk: &[u8; 64]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
            _mm_set1_epi8,
        };
        let mut mask = 0u64;
        for k in 0..4 {
            // SAFETY: SSE2 is part of x86_64; 16 bytes read from a chunk of 64.
            let bits = unsafe {
                let v = _mm_loadu_si128(chunk.as_ptr().add(16 * k).cast::<__m128i>());
                let lf = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\n' as i8));
                let cr = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\r' as i8));
                _mm_movemask_epi8(_mm_or_si128(lf, cr)) as u32 as u64
            };
            mask |= bits << (16 * k);
        }
        mask
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let mut mask = 0u64;
        for (k, &b) in chunk.iter().enumerate() {
            mask |= u64::from(b == b'\n' || b == b'\r') << k;
        }
        mask
    }
}

/// `bytes[start..end]` (one line) without its leading and trailing whitespace; None if blank.
fn trimmed(bytes: &[u8], mut start: usize, mut end: usize) -> Option<Range<usize>> {
    // most lines begin and end with a visible ASCII char
    while start < end {
        match space_len(bytes, start, end) {
            Some(n) => start += n,
            None => break,
        }
    }
    if start == end {
        return None;
    }
    while let Some(n) = space_len_before(bytes, start, end) {
        end -= n;
    }
    Some(start..end)
}

/// The length of the whitespace char that starts at `i` (below `end`), if one does.
#[inline]
fn space_len(bytes: &[u8], i: usize, end: usize) -> Option<usize> {
    let b = bytes[i];
    if b < 0x80 {
        return matches!(b, b'\t'..=b'\r' | b' ').then_some(1);
    }
    let rest = &bytes[i..end];
    let n = match rest {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..]
        | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
        | [0xE2, 0x81, 0x9F, ..]
        | [0xE3, 0x80, 0x80, ..] => 3,
        _ => return None,
    };
    Some(n)
}

/// The length of the whitespace char that ends at `end` (after `start`), if one does.
#[inline]
fn space_len_before(bytes: &[u8], start: usize, end: usize) -> Option<usize> {
    let b = bytes[end - 1];
    if b < 0x80 {
        return matches!(b, b'\t'..=b'\r' | b' ').then_some(1);
    }
    let line = &bytes[start..end];
    // a whitespace char's lead byte is never a continuation byte: where it starts, it starts a
    // char (or a bad sequence of its own) in any decoding of the line
    let n = match line {
        [.., 0xC2, 0x85 | 0xA0] => 2,
        [.., 0xE1, 0x9A, 0x80]
        | [.., 0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF]
        | [.., 0xE2, 0x81, 0x9F]
        | [.., 0xE3, 0x80, 0x80] => 3,
        _ => return None,
    };
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every char is whitespace here exactly when `char::is_whitespace` says so, alone and
    /// inside a line.
    #[test]
    fn whitespace_is_char_is_whitespace() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf).as_bytes();
            let want = c.is_whitespace().then_some(s.len());
            assert_eq!(space_len(s, 0, s.len()), want, "{c:?}");
            assert_eq!(space_len_before(s, 0, s.len()), want, "{c:?}");
            let line = [b"x", s, b"y"].concat();
            assert_eq!(space_len(&line, 1, line.len()), want, "{c:?}");
            assert_eq!(space_len_before(&line, 0, 1 + s.len()), want, "{c:?}");
        }
    }

    /// The groups as the line-by-line walk finds them: each line trimmed as it ends.
    fn groups_by_line(bytes: &[u8]) -> Vec<Group> {
        let mut out = Vec::new();
        let mut open: Option<Group> = None;
        let mut line = |start: usize, end: usize| match trimmed(bytes, start, end) {
            None => out.extend(open.take()),
            Some(line) => match &mut open {
                Some(group) => {
                    group.range.end = line.end;
                    group.multi_line = true;
                }
                None => {
                    open = Some(Group {
                        range: line,
                        multi_line: false,
                    })
                }
            },
        };
        let mut at = 0;
        for p in 0..bytes.len() {
            if matches!(bytes[p], b'\n' | b'\r') {
                // the LF of a CRLF: the CR ended the line
                if !(bytes[p] == b'\n' && p > 0 && bytes[p - 1] == b'\r') {
                    line(at, p);
                }
                at = p + 1;
            }
        }
        line(at, bytes.len());
        out.extend(open);
        out
    }

    /// Bytes of lines, line ends and whitespace, as multi-byte chars and bad sequences too, and
    /// NULs, long enough to cross masks.
    fn lines() -> impl Strategy<Value = Vec<u8>> {
        let bits: Vec<&'static [u8]> = vec![
            b"\n",
            b"\r",
            b"\r\n",
            b" ",
            b"\t",
            b"\x0b",
            b"\x0c",
            b"\xc2\xa0",
            b"\xc2\x85",
            b"\xe2\x80\xaf",
            b"\xe3\x80\x80",
            b"\xe2\x80\x99",
            b"\xc3\xa9",
            b"\xe2\x80",
            b"\xa0",
            b"\xc2",
            b"x",
            b"mot",
            b".",
            b">",
            b"\0",
        ];
        let one = prop_oneof![
            8 => proptest::sample::select(bits).prop_map(<[u8]>::to_vec),
            1 => (1usize..150).prop_map(|n| b"a".repeat(n)),
            1 => (1usize..80).prop_map(|n| b" ".repeat(n)),
        ];
        proptest::collection::vec(one, 0..80).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn groups_are_those_of_the_line_walk(bytes in lines(), skip in 0usize..64) {
            let bytes = &bytes[skip.min(bytes.len())..];
            let mut got = Vec::new();
            let scanned = groups(bytes, &mut got);
            prop_assert_eq!(&got, &groups_by_line(bytes));
            // the NULs and high bytes, counted byte by byte
            let want = Scanned {
                nul: bytes.contains(&0),
                high: bytes.iter().filter(|&&b| b >= 0x80).count(),
            };
            prop_assert_eq!(scanned, want);
            // the portable masks too (the lines above take AVX2 where the CPU has it)
            let mut portable = Vec::new();
            prop_assert_eq!(groups_portable(bytes, &mut portable), want);
            prop_assert_eq!(portable, got);
        }
    }

    /// On lines of `a`, LFs, CRs and lead bytes, and on every byte value (the AVX2 mask looks
    /// bytes up by their low nibble: none but a LF or a CR may pass).
    #[test]
    fn break_masks_mark_every_lf_and_cr() {
        let mut text: Vec<u8> = (0..300u32)
            .map(|i| [b'a', b'\n', b'\r', 0xe2][(i * i % 7 % 4) as usize])
            .collect();
        text.extend((0..=255u8).chain((0..=255u8).rev()));
        for skip in 0..text.len() - 63 {
            let chunk: &[u8; 64] = text[skip..skip + 64].try_into().expect("64 bytes");
            let want = (0..64)
                .filter(|&k| matches!(chunk[k], b'\n' | b'\r'))
                .fold(0u64, |m, k| m | 1 << k);
            assert_eq!(break_mask(chunk), want);
            #[cfg(target_arch = "x86_64")]
            if std::is_x86_feature_detected!("avx2") {
                // SAFETY: the CPU has AVX2, checked just above; 32 bytes read from a chunk of
                // 64, twice.
                let got = unsafe {
                    use std::arch::x86_64::{__m256i, _mm256_loadu_si256};
                    let p = chunk.as_ptr();
                    breaks_avx2(_mm256_loadu_si256(p.cast::<__m256i>()))
                        | breaks_avx2(_mm256_loadu_si256(p.add(32).cast::<__m256i>())) << 32
                };
                assert_eq!(got, want);
            }
        }
    }

    #[test]
    fn groups_are_runs_of_non_blank_lines() {
        let text = "\u{a0}Un.\n\n  deux\r\ntrois \r\n\t\n\u{2003}\n>\rquatre\u{feff}";
        let mut out = Vec::new();
        groups(text.as_bytes(), &mut out);
        let got: Vec<(&str, bool)> = out
            .iter()
            .map(|g| (&text[g.range.clone()], g.multi_line))
            .collect();
        assert_eq!(
            got,
            [
                ("Un.", false),
                ("deux\r\ntrois", true),
                (">\rquatre\u{feff}", true)
            ]
        );
    }
}

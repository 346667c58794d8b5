//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};
use simdutf8::compat::Utf8Error;

use super::normalize_newlines_padded;

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// Set when the bytes were not plain UTF-8, for the header.
    pub note: Option<String>,
}

/// The input holds NUL bytes outside UTF-16: it is not text.
#[derive(Debug, PartialEq, Eq)]
pub struct NotText;

/// Takes the bytes so that valid UTF-8 (the common case) becomes the text without a copy.
pub fn decode(mut bytes: Vec<u8>) -> Result<Decoded, NotText> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        return decode_utf8(bytes);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF { UTF_16LE } else { UTF_16BE };
        let (text, _, had_errors) = enc.decode(&bytes);
        let text = text.trim_start_matches('\u{feff}').to_string();
        if text.contains('\0') {
            return Err(NotText);
        }
        let note = if had_errors {
            "decoded as UTF-16 (invalid units replaced)"
        } else {
            "decoded as UTF-16"
        };
        return Ok(Decoded {
            text,
            note: Some(note.into()),
        });
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: Vec<u8>) -> Result<Decoded, NotText> {
    if memchr::memchr(0, &bytes).is_some() {
        return Err(NotText);
    }
    // simdutf8 validates several times faster than std: it is most of the load time of big files.
    // One validation, which also says where the first bad byte is.
    match simdutf8::compat::from_utf8(&bytes) {
        // SAFETY: the bytes were just validated as UTF-8.
        Ok(_) => Ok(Decoded {
            text: unsafe { String::from_utf8_unchecked(bytes) },
            note: None,
        }),
        Err(first) => Ok(decode_legacy(bytes, first)),
    }
}

/// Not valid UTF-8 (`first`: the validation's first error): mostly-UTF-8 text with a few bad
/// bytes keeps UTF-8 (bad bytes become U+FFFD); otherwise the bytes are Windows-1252 (a superset
/// of Latin-1, common for French text).
fn decode_legacy(bytes: Vec<u8>, first: Utf8Error) -> Decoded {
    let bad = BadRuns::find(&bytes, first);
    if lossy_wins(bad.good, bad.runs.len()) {
        let n = bad.runs.len();
        Decoded {
            text: bad.replace(bytes).text,
            note: Some(format!("invalid UTF-8: {n} byte sequence(s) replaced by �")),
        }
    } else {
        let (text, _, _) = WINDOWS_1252.decode(&bytes);
        Decoded {
            text: text.into_owned(),
            note: Some("decoded as Windows-1252".into()),
        }
    }
}

/// Bytes decoded as UTF-8, bad sequences replaced by U+FFFD, with the counts that decide
/// between that and Windows-1252.
pub(super) struct Lossy {
    pub text: String,
    /// Bytes of valid multi-byte sequences.
    pub good: usize,
    /// Bad sequences.
    pub bad: usize,
}

/// Whether text with these counts (see [`Lossy`]) is taken as UTF-8 rather than Windows-1252.
pub(super) fn lossy_wins(good: usize, bad: usize) -> bool {
    good > bad * 2
}

/// What `String::from_utf8_lossy` makes, and the counts; valid UTF-8 is taken without a copy.
/// The counts add up over pieces cut at newlines.
pub(super) fn lossy_owned(bytes: Vec<u8>) -> Lossy {
    lossy_decoded(bytes, false)
}

/// The text of [`lossy_owned`] without its counts, borrowed when the bytes are valid UTF-8 (one
/// validation either way, which says where the first bad byte is).
pub(super) fn lossy_cow(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match simdutf8::compat::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(e) => std::borrow::Cow::Owned(BadRuns::find(bytes, e).replace(bytes.to_vec()).text),
    }
}

/// [`lossy_owned`] with its newlines normalised (`super::normalize_newlines`, in place).
#[cfg(test)]
fn lossy_normalized(bytes: Vec<u8>) -> Lossy {
    lossy_decoded(bytes, true)
}

fn lossy_decoded(bytes: Vec<u8>, normalize: bool) -> Lossy {
    // one validation that says where the first bad byte is, not one that fails and a second
    let mut lossy = match simdutf8::compat::from_utf8(&bytes) {
        Ok(_) => {
            let good = non_ascii(&bytes);
            // SAFETY: the bytes were just validated as UTF-8.
            let text = unsafe { String::from_utf8_unchecked(bytes) };
            Lossy { text, good, bad: 0 }
        }
        Err(e) => BadRuns::find(&bytes, e).replace(bytes),
    };
    if normalize {
        lossy.text = super::normalize_newlines(lossy.text);
    }
    lossy
}

/// [`lossy_normalized`], or None when the bytes hold a NUL (not text): for valid UTF-8, the
/// common case, one pass counts the non-ASCII bytes and looks for NUL and CR bytes at once,
/// where three passes did (a NUL search, the count, a CR search).
pub(super) fn lossy_text(bytes: Vec<u8>) -> Option<Lossy> {
    if let Err(e) = simdutf8::compat::from_utf8(&bytes) {
        if memchr::memchr(0, &bytes).is_some() {
            return None;
        }
        let lossy = BadRuns::find(&bytes, e).replace(bytes);
        let text = normalize_newlines_padded(lossy.text);
        return Some(Lossy { text, ..lossy });
    }
    let scan = scan(&bytes);
    if scan.nul {
        return None;
    }
    // SAFETY: the bytes were just validated as UTF-8.
    let mut text = unsafe { String::from_utf8_unchecked(bytes) };
    if scan.cr {
        text = normalize_newlines_padded(text);
    }
    Some(Lossy {
        text,
        good: scan.non_ascii,
        bad: 0,
    })
}

/// What [`check`] finds in some bytes: the counts of [`Lossy`], and where the bad sequences are.
pub(super) struct Checked {
    /// Bytes of valid multi-byte sequences.
    pub good: usize,
    pub bad: usize,
    /// Each bad sequence's start and length, in order.
    pub runs: Vec<(usize, usize)>,
}

/// The counts and bad sequences of bytes without NULs that [`lossy_text`] would decode, without
/// decoding them, given how many `high` bytes (at or above 0x80) they hold: the caller read
/// them for that in a pass of its own ([`super::groups::groups`]).
pub(super) fn check(bytes: &[u8], high: usize) -> Checked {
    match simdutf8::compat::from_utf8(bytes) {
        Ok(_) => Checked {
            good: high,
            bad: 0,
            runs: Vec::new(),
        },
        Err(first) => {
            let BadRuns { runs, good } = BadRuns::find_counted(bytes, first, high);
            Checked {
                good,
                bad: runs.len(),
                runs,
            }
        }
    }
}

/// Where the bad sequences of `bytes` are ([`BadRuns::runs`]), whose validation gave `first`.
fn bad_runs(bytes: &[u8], first: Utf8Error) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut at = 0;
    let mut checked = Some(Err(first));
    while at < bytes.len() {
        let rest = &bytes[at..];
        let result = match checked.take() {
            Some(r) => r,
            None => simdutf8::compat::from_utf8(rest).map(|_| ()),
        };
        match result {
            Ok(()) => at = bytes.len(),
            Err(e) => {
                let valid = e.valid_up_to();
                let len = e.error_len().unwrap_or(rest.len() - valid);
                runs.push((at + valid, len));
                at += valid + len;
            }
        }
    }
    runs
}

/// What [`scan`] finds in some bytes.
#[derive(Debug, PartialEq, Eq)]
struct Scan {
    /// [`non_ascii`].
    non_ascii: usize,
    nul: bool,
    cr: bool,
}

/// [`non_ascii`], and whether the bytes hold a NUL and a CR, in one pass: with AVX2 where the
/// CPU has it.
fn scan(bytes: &[u8]) -> Scan {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        return unsafe { scan_avx2(bytes) };
    }
    scan_with(bytes)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn scan_avx2(bytes: &[u8]) -> Scan {
    scan_with(bytes)
}

/// [`scan`]: top bits summed in u8 lanes over chunks short enough not to overflow them, NUL
/// and CR bytes or-ed into lanes, all of which the compiler turns into vector operations.
#[inline(always)]
fn scan_with(bytes: &[u8]) -> Scan {
    let mut chunks = bytes.chunks_exact(255 * 32);
    let mut n = 0;
    let (mut nul, mut cr) = ([0u8; 32], [0u8; 32]);
    for chunk in &mut chunks {
        let mut lanes = [0u8; 32];
        for row in chunk.chunks_exact(32) {
            for k in 0..32 {
                let b = row[k];
                lanes[k] += b >> 7;
                nul[k] |= u8::from(b == 0);
                cr[k] |= u8::from(b == b'\r');
            }
        }
        n += lanes.iter().map(|&l| usize::from(l)).sum::<usize>();
    }
    let rest = chunks.remainder();
    Scan {
        non_ascii: n + rest.iter().filter(|b| **b >= 0x80).count(),
        nul: nul.iter().any(|&l| l != 0) || rest.contains(&0),
        cr: cr.iter().any(|&l| l != 0) || rest.contains(&b'\r'),
    }
}

/// Where the bad sequences of some bytes are, and the counts that decide between UTF-8 and
/// Windows-1252.
struct BadRuns {
    /// Where each bad sequence starts, and its length.
    runs: Vec<(usize, usize)>,
    /// Bytes of valid multi-byte sequences.
    good: usize,
}

impl BadRuns {
    /// The bad sequences of `bytes`, whose validation gave `first`.
    fn find(bytes: &[u8], first: Utf8Error) -> BadRuns {
        BadRuns::find_counted(bytes, first, non_ascii(bytes))
    }

    /// [`BadRuns::find`] of bytes with `high` bytes at or above 0x80.
    fn find_counted(bytes: &[u8], first: Utf8Error, high: usize) -> BadRuns {
        let runs = bad_runs(bytes, first);
        // every high byte but those of bad sequences is part of a good one
        let in_runs: usize = runs.iter().map(|&(_, n)| n).sum();
        BadRuns {
            good: high - in_runs,
            runs,
        }
    }

    /// What `String::from_utf8_lossy` makes of `bytes`, in their own buffer: each bad sequence
    /// becomes U+FFFD (as long or longer), the valid runs after it moved right to make room, the
    /// last first. The bytes before the first bad one stay, and no second buffer is filled (a
    /// 1 MiB piece with one Latin-1 byte moved half of it instead of copying it whole).
    fn replace(self, mut bytes: Vec<u8>) -> Lossy {
        const REPLACEMENT: &[u8] = "\u{FFFD}".as_bytes();
        let growth: usize = self
            .runs
            .iter()
            .map(|&(_, len)| REPLACEMENT.len() - len)
            .sum();
        let old = bytes.len();
        bytes.resize(old + growth, 0);
        // `shift`: how far the valid run after the bad sequence at hand moves, the growth of all
        // the bad sequences up to it
        let (mut end, mut shift) = (old, growth);
        for &(start, len) in self.runs.iter().rev() {
            bytes.copy_within(start + len..end, start + len + shift);
            shift -= REPLACEMENT.len() - len;
            bytes[start + shift..start + shift + REPLACEMENT.len()].copy_from_slice(REPLACEMENT);
            end = start;
        }
        // SAFETY: the valid runs, checked by `find`, with U+FFFD in place of each bad sequence.
        let text = unsafe { String::from_utf8_unchecked(bytes) };
        Lossy {
            text,
            good: self.good,
            bad: self.runs.len(),
        }
    }
}

/// The bytes at or above 0x80: with AVX2 where the CPU has it (a file with bad bytes counts
/// each valid run between them, nearly all its bytes: 10 MiB of our articles took 3 M
/// instructions with SSE2).
fn non_ascii(bytes: &[u8]) -> usize {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        return unsafe { non_ascii_avx2(bytes) };
    }
    non_ascii_with(bytes)
}

/// [`non_ascii`] 32 bytes a step: the high bytes' compare masks (-1) taken from u8 lanes, summed
/// by `sad` every 255 steps (the compiler's own vectors of [`non_ascii_with`] took 4x more).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn non_ascii_avx2(bytes: &[u8]) -> usize {
    use std::arch::x86_64::{
        __m256i, _mm256_cmpgt_epi8, _mm256_loadu_si256, _mm256_sad_epu8, _mm256_setzero_si256,
        _mm256_storeu_si256, _mm256_sub_epi8,
    };
    let zero = _mm256_setzero_si256();
    let mut chunks = bytes.chunks_exact(255 * 32);
    let mut n = 0;
    for chunk in &mut chunks {
        let mut lanes = zero;
        for row in chunk.chunks_exact(32) {
            // SAFETY: 32 bytes read from a row of 32.
            let v = unsafe { _mm256_loadu_si256(row.as_ptr().cast::<__m256i>()) };
            // as signed bytes, the high ones are below zero
            lanes = _mm256_sub_epi8(lanes, _mm256_cmpgt_epi8(zero, v));
        }
        let mut sums = [0u64; 4];
        // SAFETY: 32 bytes written to an array of four u64.
        unsafe {
            _mm256_storeu_si256(
                sums.as_mut_ptr().cast::<__m256i>(),
                _mm256_sad_epu8(lanes, zero),
            );
        }
        n += sums.iter().sum::<u64>() as usize;
    }
    n + non_ascii_with(chunks.remainder())
}

/// [`non_ascii`]: bytes' top bits summed in u8 lanes over chunks short enough not to overflow
/// them, which the compiler turns into vector adds.
#[inline(always)]
fn non_ascii_with(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(255 * 32);
    let mut n = 0;
    for chunk in &mut chunks {
        let mut lanes = [0u8; 32];
        for row in chunk.chunks_exact(32) {
            for (lane, b) in lanes.iter_mut().zip(row) {
                *lane += b >> 7;
            }
        }
        n += lanes.iter().map(|&l| usize::from(l)).sum::<usize>();
    }
    n + chunks.remainder().iter().filter(|b| **b >= 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_ascii_bytes_are_counted() {
        for s in [
            "",
            "abc",
            "café",
            "l’État à Noël, 1 200 €",
            "ééééééééé",
            "abcdefgh\u{a0}",
        ] {
            let want = s.bytes().filter(|b| *b >= 0x80).count();
            assert_eq!(non_ascii(s.as_bytes()), want, "{s}");
        }
        // past one chunk of lanes, where each lane sums up to 255 bytes
        let long = "é".repeat(20_000) + "a" + &"\u{2019}".repeat(3_001);
        let want = long.bytes().filter(|b| *b >= 0x80).count();
        assert_eq!(non_ascii(long.as_bytes()), want);
    }

    proptest::proptest! {
        /// Both countings, vector and plain, count every byte at or above 0x80, whatever the
        /// length (lanes of 32, chunks of 255 rows, the rest) and the bytes.
        #[test]
        fn non_ascii_counts_every_high_byte(
            bytes in proptest::collection::vec(
                proptest::sample::select(&[0u8, b'a', 0x7f, 0x80, 0xbf, 0xc3, 0xe9, 0xff][..]),
                0..20_000),
            skip in 0usize..40,
        ) {
            let bytes = bytes.get(skip..).unwrap_or_default();
            let want = bytes.iter().filter(|&&b| b >= 0x80).count();
            proptest::prop_assert_eq!(non_ascii(bytes), want);
            proptest::prop_assert_eq!(non_ascii_with(bytes), want);
        }
    }

    #[test]
    fn the_scan_counts_non_ascii_bytes_and_finds_nul_and_cr_bytes() {
        let long = "é".repeat(20_000) + "a" + &"\u{2019}".repeat(3_001);
        for s in ["", "abc", "a\rb", "a\0", "café\r\n", long.as_str()] {
            for tail in ["", "\r", "\0", "x"] {
                for at in [0, 1, s.len() / 2, s.len()] {
                    if !s.is_char_boundary(at) {
                        continue;
                    }
                    let t = format!("{}{tail}{}", &s[..at], &s[at..]);
                    let b = t.as_bytes();
                    let want = Scan {
                        non_ascii: b.iter().filter(|b| **b >= 0x80).count(),
                        nul: b.contains(&0),
                        cr: b.contains(&b'\r'),
                    };
                    assert_eq!(scan(b), want, "{t:?}");
                    assert_eq!(scan_with(b), want, "{t:?}");
                }
            }
        }
    }

    /// `text` with every run of two newlines or more made two.
    fn blank_runs_as_one(text: &str) -> String {
        let mut out = String::new();
        let mut newlines = 0;
        for c in text.chars() {
            newlines = if c == '\n' { newlines + 1 } else { 0 };
            if newlines <= 2 {
                out.push(c);
            }
        }
        out
    }

    /// The padded normalisation is the plain one but for longer runs of blank lines (never
    /// new ones), and only where the text has one.
    #[test]
    fn padded_newlines_are_normalized_newlines_with_blank_lines_added() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let pieces: [&[u8]; 10] = [
            b"ab",
            b"\r\n",
            b"\r",
            b"\n",
            b"\n\n",
            b"\r\n\r\n",
            b" ",
            b"\xc3\xa9",
            b"\r\r\n\n",
            b"line\n",
        ];
        for _ in 0..5000 {
            let bytes = mixed_bytes(&mut x, &pieces);
            let text = String::from_utf8(bytes).expect("UTF-8");
            let plain = super::super::normalize_newlines(text.clone());
            let padded = normalize_newlines_padded(text.clone());
            assert_eq!(
                blank_runs_as_one(&padded),
                blank_runs_as_one(&plain),
                "{text:?}"
            );
            assert!(
                padded.len() >= plain.len() && !padded.contains('\r'),
                "{text:?}"
            );
            // runs of one newline stay one, and none is added where the text had no blank line
            let singles = |t: &str| t.split("\n").filter(|l| !l.is_empty()).count();
            assert_eq!(singles(&padded), singles(&plain), "{text:?}");
        }
        assert_eq!(
            normalize_newlines_padded("a\r\nb\r\n\r\nc\nd".into()),
            "a\nb\n\n\n\nc\nd"
        );
        assert_eq!(
            normalize_newlines_padded("a\r\nb\n\nc\nd".into()),
            "a\nb\n\n\nc\nd"
        );
        assert_eq!(normalize_newlines_padded("a\r\nb\nc\r".into()), "a\nb\nc\n");
        assert_eq!(normalize_newlines_padded("a\rb\r\r".into()), "a\nb\n\n");
    }

    /// Up to 39 of `pieces` picked by a small xorshift of `x`: many short runs of bytes, valid
    /// and not, at every position.
    fn mixed_bytes(x: &mut u64, pieces: &[&[u8]]) -> Vec<u8> {
        let mut bytes = Vec::new();
        for _ in 0..(*x % 40) {
            *x ^= *x << 13;
            *x ^= *x >> 7;
            *x ^= *x << 17;
            bytes.extend_from_slice(pieces[(*x % pieces.len() as u64) as usize]);
        }
        bytes
    }

    /// A piece with bad bytes has its newlines normalised as the whole text's are, CRLFs and CRs
    /// next to bad bytes too, with the same counts.
    #[test]
    fn lossy_normalized_is_lossy_then_normalized() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let pieces: [&[u8]; 9] = [
            b"caf\xc3\xa9 ",
            b"\r\n",
            b"\r",
            b"\n",
            b"\xff",
            b"\xe2\x80",
            b"abc",
            b"\xe2\x80\x99",
            b"\r\r\n\n",
        ];
        for _ in 0..2000 {
            let bytes = mixed_bytes(&mut x, &pieces);
            let once = lossy_normalized(bytes.clone());
            let twice = lossy_owned(bytes.clone());
            assert_eq!(
                once.text,
                super::super::normalize_newlines(twice.text),
                "{bytes:?}"
            );
            assert_eq!((once.good, once.bad), (twice.good, twice.bad), "{bytes:?}");
            // the one-pass scan of valid pieces, the same text but for longer runs of blank
            // lines, and NUL bytes anywhere
            let text = lossy_text(bytes.clone()).expect("no NUL");
            assert_eq!(
                (blank_runs_as_one(&text.text), text.good, text.bad),
                (blank_runs_as_one(&once.text), once.good, once.bad),
                "{bytes:?}"
            );
            for at in [0, bytes.len() / 2, bytes.len()] {
                let mut with_nul = bytes.clone();
                with_nul.insert(at, 0);
                assert!(lossy_text(with_nul).is_none(), "{bytes:?}");
            }
        }
    }

    /// The decoding, made in the bytes' own buffer, is `String::from_utf8_lossy`'s, and its counts
    /// are read off that: bad sequences of every length, at the start, at the end, side by side,
    /// an incomplete one last.
    #[test]
    fn lossy_owned_is_from_utf8_lossy() {
        let mut x = 0x1234_5678_9abc_def1u64;
        let pieces: [&[u8]; 10] = [
            b"caf\xc3\xa9 ",
            b"\xe2\x80\x99",
            b"\xff",
            b"\xe9",
            b"\xe2\x80",
            b"\xf0\x9f\x98",
            b"abc",
            b"\xc3",
            b"\xf0\x9f\x98\x80",
            b"\x80\x80",
        ];
        for _ in 0..3000 {
            let bytes = mixed_bytes(&mut x, &pieces);
            let owned = lossy_owned(bytes.clone());
            let std = String::from_utf8_lossy(&bytes);
            assert_eq!(owned.text, std, "{bytes:?}");
            // the pieces hold no U+FFFD of their own: each one is a bad sequence
            let bad = std.matches('\u{FFFD}').count();
            let good = std.bytes().filter(|&b| b >= 0x80).count() - 3 * bad;
            assert_eq!((owned.good, owned.bad), (good, bad), "{bytes:?}");
            // the check without the decoding counts alike, and finds the bad sequences
            let checked = check(&bytes, non_ascii(&bytes));
            assert_eq!((checked.good, checked.bad), (good, bad), "{bytes:?}");
            let mut rebuilt = Vec::new();
            let mut at = 0;
            for &(start, n) in &checked.runs {
                rebuilt.extend_from_slice(&bytes[at..start]);
                rebuilt.extend_from_slice("\u{FFFD}".as_bytes());
                at = start + n;
            }
            rebuilt.extend_from_slice(&bytes[at..]);
            assert_eq!(rebuilt, std.as_bytes(), "{bytes:?}");
        }
    }

    #[test]
    fn mostly_utf8_text_is_decoded_as_from_utf8_lossy_does() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let pieces: [&[u8]; 8] = [
            b"caf\xc3\xa9 ",
            b"\xe2\x80\x99",
            b"\xff",
            b"\xe2\x80",
            b"abc",
            b"\xc3",
            b"\xf0\x9f\x98\x80",
            b"\x80\x80",
        ];
        for _ in 0..500 {
            let bytes = mixed_bytes(&mut x, &pieces);
            let d = decode(bytes.clone()).expect("no NUL");
            if d.note.as_deref() != Some("decoded as Windows-1252") {
                assert_eq!(d.text, String::from_utf8_lossy(&bytes), "{bytes:?}");
            }
        }
    }

    #[test]
    fn decodes_each_encoding() {
        let cases: &[(&[u8], &str, Option<&str>)] = &[
            (b"caf\xc3\xa9", "café", None),
            (b"\xEF\xBB\xBFcaf\xc3\xa9", "café", None),
            (
                b"caf\xe9 cr\xe8me \x80",
                "café crème €",
                Some("decoded as Windows-1252"),
            ),
            (
                b"\xFF\xFEc\0a\0f\0\xe9\0",
                "café",
                Some("decoded as UTF-16"),
            ),
            (
                b"\xFE\xFF\0c\0a\0f\0\xe9",
                "café",
                Some("decoded as UTF-16"),
            ),
        ];
        for (bytes, text, note) in cases {
            let d = decode(bytes.to_vec()).unwrap();
            assert_eq!(d.text, *text);
            assert_eq!(d.note.as_deref(), *note);
        }
    }

    #[test]
    fn mostly_utf8_keeps_utf8_and_replaces_bad_bytes() {
        let d = decode(
            "élève à Noël \u{2019} "
                .as_bytes()
                .iter()
                .copied()
                .chain([0xFF])
                .collect::<Vec<_>>(),
        )
        .unwrap();
        assert!(d.text.starts_with("élève à Noël"));
        assert!(d.text.ends_with('\u{FFFD}'));
        assert!(d.note.unwrap().contains("replaced"));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(b"\x7fELF\0\0\x01".to_vec()).unwrap_err(), NotText);
    }
}

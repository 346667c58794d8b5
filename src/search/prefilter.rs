//! Which blocks of an unfolded text may hold a match of an ASCII needle, found at the speed of a
//! byte scan, so that a single pass over a large file (`artex search`) folds only those blocks.
//!
//! A match either lies on printable ASCII and ASCII whitespace only, where folding is lowercasing
//! and one space per whitespace run: an ASCII case-insensitive regex finds it in the original
//! bytes. Or it holds some other char, whose folding must then overlap the needle in a way that
//! the ASCII chars around it agree with: "à" between two spaces is no part of "milliards". Any
//! char or byte the filter cannot judge (a control byte, a char outside the folding tables, a
//! char that folds to nothing) keeps its block. The filter errs only on the side of keeping.

use std::ops::Range;
use std::sync::OnceLock;

use super::fold::{ascii_space, full_table, table_chars, table_key};

/// A folding that shares a byte with the needle, and where it can sit in it: one for all the
/// chars that fold alike.
#[derive(Clone, Debug)]
struct Place {
    folded: &'static [u8],
    /// Where in the needle the folding agrees with it (at most 64).
    at: Vec<Spot>,
    /// The chars are whitespace: one with the run they stand in.
    space: bool,
    /// By the byte just before the char (or [`EDGE`]), the spots (bit k: `at[k]`) that byte does
    /// not rule out ([`disagrees`]); likewise by the byte just after it. Two loads and an `and`
    /// judge most chars; the walk is left to the spots both keep.
    prev: Box<[u64; 257]>,
    next: Box<[u64; 257]>,
}

/// One place of a folding in the needle.
#[derive(Clone, Copy, Debug)]
struct Spot {
    /// The needle offset (negative: before its start).
    j: isize,
    /// The needle's bytes just before and just after the folding there, if any: most spots
    /// fail on them against the printable ASCII next to the char.
    before: Option<u8>,
    after: Option<u8>,
}

/// The index of the block's edge in [`Place::prev`] and [`Place::next`].
const EDGE: usize = 256;

#[derive(Clone, Debug)]
pub(crate) struct Prefilter {
    needle: Vec<u8>,
    /// The regex of the needle's words, any run of ASCII whitespace between them, but for ASCII
    /// case: built when first needed, as only a needle of several words without an anchor needs
    /// it (building it was 0.56 M instructions of every search, on one core before the scans).
    ascii: OnceLock<Option<regex::bytes::Regex>>,
    /// What each char of the folding tables does to a block, by [`table_key`]: [`NEVER`] (its
    /// folding shares no byte with the needle), [`ALWAYS`] (it folds to nothing and may sit
    /// inside any match, or it is not judged: keep the block), or [`CONTEXT`] plus the index of
    /// its [`Place`] (keep the block if it fits there).
    codes: Vec<u16>,
    /// The codes of the scan for chars outside printable ASCII ([`Prefilter::codes`], and
    /// those of the two-byte chars (U+0080..U+07FF) by code point: most chars judged are
    /// two-byte ones, one load instead of a decoding and a key).
    other: Codes,
    places: Vec<Place>,
    /// The scan for one byte of the needle, when it has one that is not a space.
    anchor: Option<Anchor>,
}

/// What the chars met in a scan do to their block ([`NEVER`], [`ALWAYS`] or [`CONTEXT`] plus a
/// place), by kind of char.
#[derive(Clone, Debug)]
struct Codes {
    ascii: [u16; 128],
    /// By [`table_key`].
    table: Vec<u16>,
    /// The two-byte chars (U+0080..U+07FF) by code point.
    two_byte: Vec<u16>,
    /// U+2000..U+20FF by code point less 0x2000: most three-byte chars of our texts ("’", dashes,
    /// narrow no-break spaces), one load instead of a [`table_key`].
    punctuation: [u16; 256],
}

impl Codes {
    fn new(ascii: [u16; 128], table: Vec<u16>, two_byte: Vec<u16>) -> Codes {
        let punctuation =
            std::array::from_fn(|k| table_key(0x2000 + k as u32).map_or(ALWAYS, |i| table[i]));
        Codes {
            ascii,
            table,
            two_byte,
            punctuation,
        }
    }
}

/// A scan for one byte `a` of the needle, its rarest in a text by guess ([`byte_cost`]), that
/// finds every match without looking at the other chars: the folding of any match holds `a`,
/// which comes from `a` itself (either case) or from a char whose folding holds it. Those are
/// judged as [`Prefilter::scan_other_chars`] judges chars, with [`Anchor::codes`] that drop the
/// chars whose folding lacks `a`: "é" for "oeuvre" (anchor "v") is no longer looked at, the walk
/// from a "v" reads it. Chars not judged (controls, chars outside the tables) keep their block.
#[derive(Clone, Debug)]
struct Anchor {
    codes: Codes,
    /// The bytes the scan stops at: `a` in either case, control bytes, and the lead bytes of
    /// chars whose code is not [`NEVER`] (all three- and four-byte ones).
    stops: [bool; 256],
    /// `a` in both cases (twice the same when it is no letter).
    lower: u8,
    upper: u8,
    /// The byte that must follow `a` in both cases, when the anchor is a pair: a match then
    /// holds either both, side by side, or a char whose folding holds one of them (or a char
    /// not judged between them).
    second: Option<(u8, u8)>,
    /// For the AVX2 mask, by low nibble, the bits of [`STOP_HIGH`] whose bytes stop the scan
    /// (the anchor aside).
    stop_nibbles: [u8; 16],
    /// A pair of rare bytes by guess ([`byte_cost`]: under one in 10,000 bytes of prose), and
    /// no char of lead byte 0xC3 (the accented Latin letters) stops the scan.
    rare: bool,
}

const NEVER: u16 = 0;
const ALWAYS: u16 = 1;
const CONTEXT: u16 = 2;

impl Prefilter {
    /// For a fully folded needle; None unless it is ASCII (other needles are searched by folding
    /// every block).
    pub(crate) fn new(needle: &str) -> Option<Prefilter> {
        if needle.is_empty() || !needle.is_ascii() {
            return None;
        }
        let needle = needle.as_bytes().to_vec();
        let mut places = Vec::new();
        let codes = full_table()
            .iter()
            .zip(table_chars())
            .map(|((folded, _), u)| {
                // whitespace folds to a space in runs, whatever the char alone folds to
                let space = char::from_u32(u).is_some_and(char::is_whitespace);
                let f = if space { b" " } else { folded.as_bytes() };
                if f.is_empty() {
                    return ALWAYS;
                }
                let fl = f.len() as isize;
                let byte = |i: isize| usize::try_from(i).ok().and_then(|i| needle.get(i).copied());
                let at: Vec<Spot> = (1 - fl..needle.len() as isize)
                    .filter(|&j| {
                        f.iter()
                            .enumerate()
                            .all(|(k, &fb)| byte(j + k as isize).is_none_or(|nb| nb == fb))
                    })
                    .map(|j| Spot {
                        j,
                        before: byte(j - 1),
                        after: byte(j + fl),
                    })
                    .collect();
                if at.is_empty() {
                    return NEVER;
                }
                // more spots than a mask holds (a long needle)
                if at.len() > 64 {
                    return ALWAYS;
                }
                let k = match places
                    .iter()
                    .position(|p: &Place| p.folded == f && p.space == space)
                {
                    Some(k) => k,
                    None => {
                        places.push(Place::new(f, space, at));
                        places.len() - 1
                    }
                };
                CONTEXT + k as u16
            })
            .collect::<Vec<_>>();
        let two_byte: Vec<u16> = (0..0x800)
            .map(|cu| table_key(cu).map_or(ALWAYS, |k| codes[k]))
            .collect();
        // "é" is by far the most frequent char outside ASCII in French (and frequent in other
        // European languages): when the scan for chars outside printable ASCII would walk from
        // each (needles with an "e"), the scan for an anchor does less. Otherwise it drops them
        // at one load, and its byte scan for the whole needle ([`ascii_occurrences`]) is
        // cheaper than the anchor's mask (10 MiB of our articles, instructions: "oeuvre" 86.4
        // -> 72.6 M, "etats-unis" 79.4 -> 65.4 M; but "milliards" 75.9 -> 81.3 M). Other
        // needles take the anchor when it is a rare pair ([`Anchor::rare`]): the other scan
        // stops at every "é", "à", "ç", the anchor's at none (first 10 MiB: "zzzqqq" 54.4 ->
        // 47.2 M; with an anchor, "milliards" 66.0 -> 66.3 M, "paris" 77.6 -> 89.5 M).
        let e_matters = two_byte['é' as usize] >= CONTEXT;
        let anchor = Anchor::choose(&needle, &codes, &two_byte, &mut places)
            .filter(|anchor| e_matters || anchor.rare);
        // the scan for chars outside printable ASCII: ASCII whitespace never matters, control
        // bytes are not judged
        let ascii_codes = std::array::from_fn(|b| {
            let b = b as u8;
            if !ascii_space(b) && (b < 0x20 || b == 0x7f) {
                ALWAYS
            } else {
                NEVER
            }
        });
        let other = Codes::new(ascii_codes, codes.clone(), two_byte);
        Some(Prefilter {
            needle,
            ascii: OnceLock::new(),
            codes,
            other,
            places,
            anchor,
        })
    }

    /// The blocks of `text` (its `ranges`, in order, disjoint) that may hold a match, in order.
    pub(crate) fn candidates(&self, text: &str, ranges: &[Range<usize>]) -> Vec<usize> {
        let mut keep = vec![false; ranges.len()];
        if let Some(anchor) = &self.anchor {
            self.scan_anchor(anchor, text, ranges, &mut keep);
            return (0..ranges.len()).filter(|&k| keep[k]).collect();
        }
        let bytes = text.as_bytes();
        // every block that a match of the ASCII regex overlaps: a match inside a block that a
        // reported match hides (they never overlap) starts inside it
        let mut first = 0;
        let mut mark = |start: usize, end: usize| {
            while first < ranges.len() && ranges[first].end <= start {
                first += 1;
            }
            for (k, r) in ranges.iter().enumerate().skip(first) {
                if r.start >= end {
                    break;
                }
                keep[k] = true;
            }
        };
        if self.needle.len() >= 2 && !self.needle.contains(&b' ') {
            // a needle of one word: its matches are its bytes in any ASCII case, all of which
            // (overlapping ones too) a scan for its first and last bytes finds
            let n = self.needle.len();
            ascii_occurrences(bytes, &self.needle, |at| mark(at, at + n));
        } else if let Some(ascii) = self.ascii() {
            for m in ascii.find_iter(bytes) {
                mark(m.start(), m.end());
            }
        } else {
            // no regex for this needle: every block is kept
            return (0..ranges.len()).collect();
        }
        self.scan_other_chars(text, ranges, &mut keep);
        (0..ranges.len()).filter(|&k| keep[k]).collect()
    }

    /// The needle's ASCII regex, built at the first call; None if it cannot be.
    fn ascii(&self) -> Option<&regex::bytes::Regex> {
        self.ascii
            .get_or_init(|| {
                let needle = std::str::from_utf8(&self.needle).ok()?;
                let pattern: String = needle
                    .split(' ')
                    .map(regex::escape)
                    .collect::<Vec<_>>()
                    .join(r"[\t\n\x0B\x0C\r ]+");
                regex::bytes::RegexBuilder::new(&pattern)
                    .unicode(false)
                    .case_insensitive(true)
                    .build()
                    .ok()
            })
            .as_ref()
    }

    /// Sets `keep[k]` for each block `k` not kept yet where some char outside printable ASCII
    /// may be part of a match: with AVX2 masks of 64 bytes where the CPU has it, else SSE2 (or
    /// byte-by-byte) ones.
    fn scan_other_chars(&self, text: &str, ranges: &[Range<usize>], keep: &mut [bool]) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2, checked just above.
            unsafe { self.scan_avx2(text, ranges, keep) };
            return;
        }
        self.scan_scalar(text, ranges, keep);
    }

    fn scan_scalar(&self, text: &str, ranges: &[Range<usize>], keep: &mut [bool]) {
        self.scan_masks(&self.other, text, ranges, keep, |b, at| {
            starts_mask(&b[at..])
        });
    }

    /// Sets `keep[k]` for each block `k` where a match may be, from the places of `anchor`'s
    /// byte alone: AVX2 masks where the CPU has it, else byte by byte.
    fn scan_anchor(&self, anchor: &Anchor, text: &str, ranges: &[Range<usize>], keep: &mut [bool]) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2, checked just above.
            unsafe { self.scan_anchor_avx2(anchor, text, ranges, keep) };
            return;
        }
        self.scan_anchor_scalar(anchor, text, ranges, keep);
    }

    fn scan_anchor_scalar(
        &self,
        anchor: &Anchor,
        text: &str,
        ranges: &[Range<usize>],
        keep: &mut [bool],
    ) {
        self.scan_masks(&anchor.codes, text, ranges, keep, |b, at| {
            anchor.mask(b, at)
        });
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn scan_anchor_avx2(
        &self,
        anchor: &Anchor,
        text: &str,
        ranges: &[Range<usize>],
        keep: &mut [bool],
    ) {
        // an anchor of one byte reads and compares no second one
        if anchor.second.is_some() {
            self.scan_anchor_tables::<true>(anchor, text, ranges, keep);
        } else {
            self.scan_anchor_tables::<false>(anchor, text, ranges, keep);
        }
    }

    /// [`Prefilter::scan_anchor_avx2`] with the masks of an anchor of two bytes (`PAIR`) or one.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn scan_anchor_tables<const PAIR: bool>(
        &self,
        anchor: &Anchor,
        text: &str,
        ranges: &[Range<usize>],
        keep: &mut [bool],
    ) {
        let tables = anchor.tables_avx2();
        self.scan_with(
            &anchor.codes,
            text,
            ranges,
            keep,
            |bytes, at| match bytes[at..].first_chunk::<65>() {
                Some(chunk) => anchor.mask64_avx2::<PAIR>(&tables, chunk),
                None => anchor.mask(bytes, at),
            },
            // the closure has AVX2 too: safe to call
            |bytes, at| anchor.skip_avx2::<PAIR>(&tables, bytes, at),
        );
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn scan_avx2(&self, text: &str, ranges: &[Range<usize>], keep: &mut [bool]) {
        let mask = |bytes: &[u8], at: usize| {
            let bytes = &bytes[at..];
            match bytes.first_chunk::<64>() {
                Some(chunk) => starts_mask64_avx2(chunk),
                None => starts_mask(bytes),
            }
        };
        self.scan_masks(&self.other, text, ranges, keep, mask);
    }

    /// [`Prefilter::scan_with`] that skips the empty masks with [`skip_empty`].
    #[inline(always)]
    fn scan_masks(
        &self,
        codes: &Codes,
        text: &str,
        ranges: &[Range<usize>],
        keep: &mut [bool],
        mask: impl Fn(&[u8], usize) -> u64,
    ) {
        self.scan_with(codes, text, ranges, keep, &mask, |b, at| {
            skip_empty(b, at, &mask)
        });
    }

    /// [`Prefilter::scan_other_chars`] with `mask` ([`starts_mask`] or one that agrees with it):
    /// one pass over the text in masks of 64 bytes, not one per block (most blocks are a few
    /// lines long, and their last mask read on into the next block), that skips the blocks
    /// kept already and the bytes between blocks.
    #[inline(always)]
    fn scan_with(
        &self,
        codes: &Codes,
        text: &str,
        ranges: &[Range<usize>],
        keep: &mut [bool],
        mask: impl Fn(&[u8], usize) -> u64,
        skip: impl Fn(&[u8], usize) -> (usize, u64),
    ) {
        let bytes = text.as_bytes();
        let n = ranges.len();
        // the bits of a mask at `base` from `end` on
        let from = |end: usize, base: usize| {
            u32::try_from(end - base)
                .ok()
                .and_then(|shift| u64::MAX.checked_shl(shift))
                .unwrap_or(0)
        };
        let (mut k, mut base) = (0, 0);
        loop {
            // the first block not kept yet and not scanned whole
            while k < n && (keep[k] || ranges[k].end <= base) {
                k += 1;
            }
            if k == n {
                return;
            }
            let mut r = ranges[k].clone();
            base = base.max(r.start);
            let mut block = &text[r.clone()];
            // masks up to the block's end, or until it is kept; the blocks that start in a mask
            // are taken up at their first char judged
            while base < r.end && !keep[k] {
                let mut bits = mask(bytes, base);
                // most masks are empty: skipped in a loop of their own ([`skip_empty`]), across
                // blocks (those passed had nothing to judge), the blocks' bookkeeping left to
                // the next char
                if bits == 0 && base + 64 < bytes.len() {
                    (base, bits) = skip(bytes, base);
                }
                while bits != 0 {
                    let p = base + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    // most chars judged share no byte with the needle ("é" or "’" for
                    // "milliards"): dropped before the walk to their block
                    let (code, len) = code_at(codes, bytes, p);
                    if code == NEVER {
                        continue;
                    }
                    if p >= r.end {
                        while k < n && ranges[k].end <= p {
                            k += 1;
                        }
                        if k == n {
                            return;
                        }
                        r = ranges[k].clone();
                        block = &text[r.clone()];
                        if keep[k] {
                            bits &= from(r.end, base);
                            continue;
                        }
                    }
                    // between two blocks
                    if p < r.start {
                        continue;
                    }
                    let start = p - r.start;
                    if !self.irrelevant(code, block, start, start + len) {
                        keep[k] = true;
                        // the rest of this block's chars need no judging
                        bits &= from(r.end, base);
                    }
                }
                base += 64;
            }
        }
    }

    /// Whether the char at `p`, one of [`starts_mask`]'s, can be no part of a match.
    #[cfg(test)]
    fn char_is_irrelevant(&self, block: &str, p: usize) -> bool {
        let (code, len) = code_at(&self.other, block.as_bytes(), p);
        self.irrelevant(code, block, p, p + len)
    }

    /// Whether the char at `start..end`, of code `code`, can be no part of a match.
    #[inline(always)]
    fn irrelevant(&self, code: u16, block: &str, start: usize, end: usize) -> bool {
        match code {
            NEVER => true,
            ALWAYS => false,
            k => !self.fits(block, start, end, &self.places[usize::from(k - CONTEXT)]),
        }
    }

    /// The folding of `c` as far as the walk goes: empty when it shares no byte with the needle,
    /// None when it is not judged.
    fn folding_of(&self, c: char) -> Option<&[u8]> {
        match table_key(c as u32).map(|k| self.codes[k]) {
            Some(NEVER) => Some(&[]),
            Some(ALWAYS) | None => None,
            Some(k) => Some(self.places[usize::from(k - CONTEXT)].folded),
        }
    }

    /// Whether the folding of the char at `start..end` can sit at one of its places in the
    /// needle with the text around it agreeing with the rest of the needle.
    #[inline(always)]
    fn fits(&self, block: &str, start: usize, end: usize, place: &Place) -> bool {
        let bytes = block.as_bytes();
        let prev = start.checked_sub(1).map_or(EDGE, |p| usize::from(bytes[p]));
        let next = bytes.get(end).map_or(EDGE, |&b| usize::from(b));
        let mut spots = place.prev[prev] & place.next[next];
        while spots != 0 {
            let k = spots.trailing_zeros() as usize;
            spots &= spots - 1;
            if self.fits_at(block, start, end, place, place.at[k].j) {
                return true;
            }
        }
        false
    }

    /// [`Prefilter::fits`] at the needle offset `j`, char by char.
    #[inline(never)]
    fn fits_at(&self, block: &str, start: usize, end: usize, place: &Place, j: isize) -> bool {
        let (n, fl) = (&self.needle[..], place.folded.len() as isize);
        let before = &n[..j.max(0) as usize];
        let after = n.get((j + fl).max(0) as usize..).unwrap_or_default();
        self.walk(before, block[..start].chars().rev(), true, place.space)
            && self.walk(after, block[end..].chars(), false, place.space)
    }

    /// Whether the needle's bytes `part` may fold from the chars `text`, both read away from a
    /// char being judged (`backward`: from their ends), `in_space` when that char folds to a
    /// space. False at the first char that disagrees or at the block's edge, true once `part` is
    /// spent or at a char not judged here (control bytes, chars outside the folding tables).
    fn walk(
        &self,
        part: &[u8],
        text: impl Iterator<Item = char>,
        backward: bool,
        mut in_space: bool,
    ) -> bool {
        let mut rest = part;
        for c in text {
            if rest.is_empty() {
                return true;
            }
            let lower;
            let folded: &[u8] = if c.is_ascii() {
                let b = c as u8;
                if ascii_space(b) {
                    b" "
                } else if b < 0x20 || b == 0x7f {
                    return true;
                } else {
                    lower = [b.to_ascii_lowercase()];
                    &lower
                }
            } else {
                match self.folding_of(c) {
                    None => return true,
                    Some([]) => return false,
                    Some(f) => f,
                }
            };
            // a whitespace run folds to one space
            let space = c.is_whitespace();
            if space && in_space {
                continue;
            }
            in_space = space;
            let fits = match (backward, folded.len() <= rest.len()) {
                (true, true) => rest.ends_with(folded),
                (true, false) => folded.ends_with(rest),
                (false, true) => rest.starts_with(folded),
                (false, false) => folded.starts_with(rest),
            };
            if !fits {
                return false;
            }
            let used = folded.len().min(rest.len());
            rest = if backward {
                &rest[..rest.len() - used]
            } else {
                &rest[used..]
            };
        }
        rest.is_empty()
    }
}

/// Calls `found` with every offset, in order, where `needle` is in
/// `haystack` but for ASCII case, overlapping ones too: with AVX2 where the CPU has it.
/// What the char at `p` of the UTF-8 `bytes` does to its block by `codes`, and its length.
#[inline(always)]
fn code_at(codes: &Codes, bytes: &[u8], p: usize) -> (u16, usize) {
    // `bytes` are UTF-8: the bytes that a lead byte announces are there
    let b = bytes[p];
    match b {
        0..0x80 => (codes.ascii[usize::from(b)], 1),
        0xc0..0xe0 => {
            let cu = (usize::from(b & 0x1f) << 6) | usize::from(bytes[p + 1] & 0x3f);
            (codes.two_byte[cu], 2)
        }
        // U+2000..U+20FF
        0xe2 if bytes[p + 1] & 0xfc == 0x80 => {
            let k = (usize::from(bytes[p + 1] & 0x03) << 6) | usize::from(bytes[p + 2] & 0x3f);
            (codes.punctuation[k], 3)
        }
        0xe0..0xf0 => {
            let cu = (u32::from(b & 0x0f) << 12)
                | (u32::from(bytes[p + 1] & 0x3f) << 6)
                | u32::from(bytes[p + 2] & 0x3f);
            (table_key(cu).map_or(ALWAYS, |k| codes.table[k]), 3)
        }
        // four-byte chars are outside the folding tables
        _ => (ALWAYS, 4),
    }
}

/// The nibble tables and anchor bytes of [`Anchor::mask64_avx2`], in vectors.
#[cfg(target_arch = "x86_64")]
struct AnchorTables {
    stop_high: std::arch::x86_64::__m256i,
    stop_low: std::arch::x86_64::__m256i,
    /// The anchor's first and second bytes, each with the bits or-ed into a byte before it is
    /// compared: 0x20 for a letter (either case then gives the lowercase one), else none; for
    /// an anchor of one byte, a second that every byte is (0xFF or-ed, 0xFF wanted).
    first: (std::arch::x86_64::__m256i, std::arch::x86_64::__m256i),
    second: (std::arch::x86_64::__m256i, std::arch::x86_64::__m256i),
}

/// A bit by high nibble for the bytes that stop an [`Anchor`]'s scan but for the anchor itself:
/// control bytes (0x00..0x1F, 0x7F) and lead bytes (0xC0..). Continuation bytes never do.
const STOP_HIGH: [u8; 16] = [1, 2, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 8, 16, 32, 32];

/// ASCII bytes as slices of one byte, for the folding of an anchor's place.
static ASCII_BYTES: [u8; 128] = {
    let mut bytes = [0; 128];
    let mut b = 0;
    while b < 128 {
        bytes[b] = b as u8;
        b += 1;
    }
    bytes
};

/// A guess of how often the ASCII byte `b` (folded: lowercase) is found in a text, in bytes per
/// thousand, either case: letters by their frequency in French and English prose, digits and
/// punctuation rare.
fn byte_cost(b: u8) -> u32 {
    match b {
        b'e' => 120,
        b'a' | b's' | b'i' | b't' | b'n' => 60,
        b'r' | b'o' => 52,
        b'u' | b'l' => 45,
        b'd' | b'c' => 30,
        b'm' | b'p' => 25,
        b'h' => 20,
        b'g' | b'b' | b'f' | b'v' => 11,
        b'y' | b'q' => 8,
        b'j' | b'x' | b'k' | b'w' => 4,
        b'z' => 2,
        b'.' | b',' => 10,
        b'0'..=b'9' => 5,
        _ => 2,
    }
}

/// By ASCII byte `a`, the lead bytes (bit `lead - 0xC0`) of the two-byte chars whose code in the
/// scan for `a` is not [`NEVER`]: those whose folding holds `a` and those not judged. Made in one
/// pass over the chars, not one for each byte weighed.
fn stopping_leads(two_byte: &[u16], places: &[Place]) -> [u32; 128] {
    let (mut by_byte, mut always) = ([0u32; 128], 0u32);
    for (cu, &code) in two_byte.iter().enumerate().skip(0x80) {
        let lead = 1 << (cu >> 6);
        match code {
            NEVER => {}
            ALWAYS => always |= lead,
            k => {
                for &f in places[usize::from(k - CONTEXT)].folded {
                    if let Some(m) = by_byte.get_mut(usize::from(f)) {
                        *m |= lead;
                    }
                }
            }
        }
    }
    by_byte.map(|m| m | always)
}

impl Anchor {
    /// The anchor of `needle` (ASCII, folded), its place added to `places`; None when the needle
    /// has no byte but spaces, or its anchor byte more places than a mask holds.
    fn choose(
        needle: &[u8],
        codes: &[u16],
        two_byte: &[u16],
        places: &mut Vec<Place>,
    ) -> Option<Anchor> {
        // a char's code in the scan for `a`: NEVER when its folding lacks `a`
        let for_byte = |a: u8, code: u16| -> u16 {
            match code {
                NEVER | ALWAYS => code,
                k if places[usize::from(k - CONTEXT)].folded.contains(&a) => k,
                _ => NEVER,
            }
        };
        let leads_by_byte = stopping_leads(two_byte, places);
        // the lead bytes of two-byte chars that stop the scan for `a` (the needle is ASCII)
        let leads = |a: u8| -> u32 { leads_by_byte[usize::from(a)] };
        // a lead byte's share of a European text, per thousand: "é" and the like (0xC3) often,
        // "œ" (0xC5) and no-break spaces (0xC2) now and then
        let lead_cost = |m: u32| -> u32 {
            (0..32)
                .filter(|k| m & (1 << k) != 0)
                .map(|k| match k | 0xc0 {
                    0xc3 => 25,
                    0xc2 => 4,
                    _ => 1,
                })
                .sum()
        };
        let byte = |i: isize| usize::try_from(i).ok().and_then(|i| needle.get(i).copied());
        // the places of `a`, followed by `b` when given
        let spots = |a: u8, b: Option<u8>| -> Vec<Spot> {
            (0..needle.len() as isize)
                .filter(|&j| byte(j) == Some(a) && (b.is_none() || byte(j + 1) == b))
                .map(|j| Spot {
                    j,
                    before: byte(j - 1),
                    after: byte(j + 1),
                })
                .collect()
        };
        // the share of the bytes that the places of `a` agree with on one side, per thousand
        // (a space: any whitespace; any non-ASCII byte: a share of 30)
        let side_cost = |side: Vec<Option<u8>>| -> u64 {
            let Some(mut side) = side.into_iter().collect::<Option<Vec<u8>>>() else {
                return 1000;
            };
            side.sort_unstable();
            side.dedup();
            let plain: u32 = side
                .iter()
                .map(|&n| if n == b' ' { 170 } else { byte_cost(n) })
                .sum();
            u64::from((plain + 30).min(1000))
        };
        // the work of a scan by a thousand bytes, in instructions by a million: for each `a`
        // (followed by `b`) some 20, some 60 more for the walk from those whose neighbours
        // agree; some 12 for each lead byte that stops it
        let cost = |a: u8, b: Option<u8>| -> u64 {
            let at = spots(a, b);
            let walked = side_cost(at.iter().map(|s| s.before).collect())
                * side_cost(at.iter().map(|s| s.after).collect());
            let found = match b {
                None => u64::from(byte_cost(a)) * 1000,
                Some(b) => u64::from(byte_cost(a) * byte_cost(b)),
            };
            let leads = leads(a) | b.map_or(0, leads);
            found * (20_000 + walked * 60 / 1000) + u64::from(lead_cost(leads)) * 12_000_000
        };
        // one byte of the needle, or two side by side ("rd" of "milliards"): most pairs are rarer
        // than either of their bytes
        let singles = needle.iter().map(|&a| (a, None));
        let pairs = needle.windows(2).map(|w| (w[0], Some(w[1])));
        let (a, b) = singles
            .chain(pairs)
            .filter(|&(a, b)| a != b' ' && b != Some(b' '))
            .min_by_key(|&(a, b)| cost(a, b))?;
        let at = spots(a, b);
        if at.len() > 64 {
            return None;
        }
        let lead_mask = leads(a) | b.map_or(0, leads);
        // a char's code in the scan: NEVER when its folding lacks both bytes
        let keep = |c: u16| match b {
            Some(b) if for_byte(b, c) != NEVER => c,
            _ => for_byte(a, c),
        };
        let table: Vec<u16> = codes.iter().map(|&c| keep(c)).collect();
        let two: Vec<u16> = two_byte.iter().map(|&c| keep(c)).collect();
        places.push(Place::new(
            &ASCII_BYTES[usize::from(a)..usize::from(a) + 1],
            false,
            at,
        ));
        let code = CONTEXT + (places.len() - 1) as u16;
        let (lower, upper) = (a, a.to_ascii_uppercase());
        let ascii = std::array::from_fn(|b| {
            let b = b as u8;
            if b == lower || b == upper {
                code
            } else if !ascii_space(b) && (b < 0x20 || b == 0x7f) {
                ALWAYS
            } else {
                NEVER
            }
        });
        // the anchor's bytes are found apart
        let stops = std::array::from_fn(|b| match b {
            0..0x80 => ascii[b] == ALWAYS,
            0x80..0xc0 => false,
            0xc0..0xe0 => lead_mask & (1 << (b - 0xc0)) != 0,
            _ => true,
        });
        let nibbles = |high: &[u8; 16], set: &dyn Fn(usize) -> bool| -> [u8; 16] {
            std::array::from_fn(|l| {
                (0..16)
                    .filter(|&h| set(16 * h + l))
                    .fold(0, |m, h| m | high[h])
            })
        };
        let stop_nibbles = nibbles(&STOP_HIGH, &|b| stops[b]);
        let second = b.map(|b| (b, b.to_ascii_uppercase()));
        let rare = b.is_some_and(|b| byte_cost(a) * byte_cost(b) <= 100)
            && lead_mask & (1 << (0xc3 - 0xc0)) == 0;
        Some(Anchor {
            codes: Codes::new(ascii, table, two),
            stops,
            lower,
            upper,
            second,
            stop_nibbles,
            rare,
        })
    }

    /// The bytes of the first 64 of `bytes` that stop the scan, as bits.
    #[inline]
    fn mask(&self, bytes: &[u8], at: usize) -> u64 {
        let is =
            |b: Option<&u8>, (lower, upper): (u8, u8)| b.is_some_and(|&b| b == lower || b == upper);
        (at..bytes.len().min(at + 64))
            .filter(|&k| {
                self.stops[usize::from(bytes[k])]
                    || is(bytes.get(k), (self.lower, self.upper))
                        && self
                            .second
                            .is_none_or(|second| is(bytes.get(k + 1), second))
            })
            .fold(0, |mask, k| mask | (1 << (k - at)))
    }

    /// The tables of [`Anchor::mask64_avx2`], made once for a scan.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn tables_avx2(&self) -> AnchorTables {
        use std::arch::x86_64::{
            __m128i, _mm_loadu_si128, _mm256_broadcastsi128_si256, _mm256_set1_epi8,
        };
        let table = |t: &[u8; 16]| {
            // SAFETY: 16 bytes read from an array of 16.
            unsafe { _mm256_broadcastsi128_si256(_mm_loadu_si128(t.as_ptr().cast::<__m128i>())) }
        };
        // (bits or-ed, byte wanted) for a byte in both cases
        let folded = |lower: u8, upper: u8| {
            let case = if lower == upper { 0 } else { lower ^ upper };
            (
                _mm256_set1_epi8(case as i8),
                _mm256_set1_epi8((lower | case) as i8),
            )
        };
        AnchorTables {
            stop_high: table(&STOP_HIGH),
            stop_low: table(&self.stop_nibbles),
            first: folded(self.lower, self.upper),
            second: match self.second {
                Some((lower, upper)) => folded(lower, upper),
                None => (_mm256_set1_epi8(-1), _mm256_set1_epi8(-1)),
            },
        }
    }

    /// [`Anchor::mask`] of the first 64 bytes of `chunk` (the last one is the byte after them),
    /// with AVX2: one vector mask a half, as memchr's packed pairs, the first and second bytes
    /// compared in loads one byte apart.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    #[inline]
    fn mask64_avx2<const PAIR: bool>(&self, t: &AnchorTables, chunk: &[u8; 65]) -> u64 {
        use std::arch::x86_64::{
            __m256i, _mm256_and_si256, _mm256_andnot_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256,
            _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8, _mm256_setzero_si256,
            _mm256_shuffle_epi8, _mm256_srli_epi16,
        };
        let nibble = _mm256_set1_epi8(0x0f);
        let is = |v: __m256i, (case, want): (__m256i, __m256i)| {
            _mm256_cmpeq_epi8(_mm256_or_si256(v, case), want)
        };
        // the bytes that neither stop the scan nor start the anchor, as bits; `w` the bytes one
        // on, read for a pair only
        let half = |v: __m256i, w: Option<__m256i>| -> u32 {
            // the bytes whose nibbles' bits meet in the tables: control and lead bytes
            let high = _mm256_shuffle_epi8(
                t.stop_high,
                _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble),
            );
            let low = _mm256_shuffle_epi8(t.stop_low, _mm256_and_si256(v, nibble));
            let other = _mm256_cmpeq_epi8(_mm256_and_si256(high, low), _mm256_setzero_si256());
            let anchor = match w {
                Some(w) => _mm256_and_si256(is(v, t.first), is(w, t.second)),
                None => is(v, t.first),
            };
            _mm256_movemask_epi8(_mm256_andnot_si256(anchor, other)) as u32
        };
        let p = chunk.as_ptr();
        // SAFETY: loads of 32 bytes at 0, 1, 32 and 33, of 65.
        let (lo, hi) = unsafe {
            let load = |k: usize| _mm256_loadu_si256(p.add(k).cast::<__m256i>());
            let next = |k: usize| PAIR.then(|| load(k + 1));
            (half(load(0), next(0)), half(load(32), next(32)))
        };
        !(u64::from(lo) | (u64::from(hi) << 32))
    }

    /// [`skip_empty`] with [`Anchor::mask64_avx2`], past the masks whose stops never matter
    /// too ([`drop_never`]), in a function of its own: its loop keeps
    /// the tables and its place in registers (inside the scan's loop, 19 instructions of its
    /// 57 a step were loads and stores of them).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    #[inline(never)]
    fn skip_avx2<const PAIR: bool>(
        &self,
        t: &AnchorTables,
        bytes: &[u8],
        mut base: usize,
    ) -> (usize, u64) {
        loop {
            base += 64;
            // two masks a step, one test of both: most pairs are empty
            if let Some(two) = bytes[base..].first_chunk::<129>() {
                let (first, second) = (two.first_chunk(), two.last_chunk());
                let first = self.mask64_avx2::<PAIR>(t, first.expect("65 bytes"));
                let second = self.mask64_avx2::<PAIR>(t, second.expect("65 bytes"));
                if first | second == 0 {
                    base += 64;
                    continue;
                }
                let first = drop_never(&self.codes, bytes, base, first);
                if first != 0 {
                    return (base, first);
                }
                let second = drop_never(&self.codes, bytes, base + 64, second);
                if second != 0 {
                    return (base + 64, second);
                }
                base += 64;
                continue;
            }
            match bytes[base..].first_chunk::<65>() {
                // the text goes on past this mask: on to the next one if empty
                Some(chunk) => {
                    let bits = self.mask64_avx2::<PAIR>(t, chunk);
                    let bits = drop_never(&self.codes, bytes, base, bits);
                    if bits != 0 {
                        return (base, bits);
                    }
                }
                // the text ends 64 bytes past `base` at most: the last mask
                None => return (base, self.mask(bytes, base)),
            }
        }
    }
}

/// `bits`, the stops of the mask at `base` in the UTF-8 `bytes`, without the first ones whose
/// chars never matter by `codes` ([`NEVER`]: "’", or "é" for a needle without "e"), up to the
/// first that may. The scan drops those at one load each, but leaving the anchor's skip for
/// them, and coming back to it, cost some 70 instructions a mask (first 10 MiB of our
/// articles: "oeuvre" 51.4 -> 46.8 M instructions, "zzzqqq" 44.6 -> 39.5 M).
#[inline(always)]
fn drop_never(codes: &Codes, bytes: &[u8], base: usize, mut bits: u64) -> u64 {
    while bits != 0 {
        let p = base + bits.trailing_zeros() as usize;
        if code_at(codes, bytes, p).0 != NEVER {
            break;
        }
        bits &= bits - 1;
    }
    bits
}

/// From a `base` whose mask is empty and which the text goes 64 bytes past, the next base 64
/// bytes on whose mask is not empty, or else the last one (the text ends 64 bytes past it at
/// most): that base and its mask. Its stops are all kept: the scan for chars outside
/// printable ASCII stops at most masks, and [`drop_never`] there cost more than it saved
/// ("milliards" 62.5 -> 63.1 M instructions, "paris" 69.9 -> 70.4 M).
#[inline(always)]
fn skip_empty(bytes: &[u8], mut base: usize, mask: impl Fn(&[u8], usize) -> u64) -> (usize, u64) {
    loop {
        base += 64;
        let bits = mask(bytes, base);
        if bits != 0 || base + 64 >= bytes.len() {
            return (base, bits);
        }
    }
}

fn ascii_occurrences(haystack: &[u8], needle: &[u8], found: impl FnMut(usize)) {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        unsafe { ascii_occurrences_avx2(haystack, needle, found) };
        return;
    }
    ascii_occurrences_from(haystack, needle, 0, found);
}

/// [`ascii_occurrences`] at the offsets from `from` on, byte by byte.
fn ascii_occurrences_from(
    haystack: &[u8],
    needle: &[u8],
    from: usize,
    mut found: impl FnMut(usize),
) {
    let n = needle.len();
    for at in from..(haystack.len() + 1).saturating_sub(n) {
        if haystack[at..at + n].eq_ignore_ascii_case(needle) {
            found(at);
        }
    }
}

/// [`ascii_occurrences`] 64 offsets at a time: where two of the needle's bytes are, its rarest
/// in most text (memchr's ranking), each or-ed with 0x20 (which lowercases ASCII letters and
/// keeps a byte equal to itself, so it may only find too many), each offset then checked whole.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn ascii_occurrences_avx2(haystack: &[u8], needle: &[u8], mut found: impl FnMut(usize)) {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_or_si256, _mm256_set1_epi8,
    };
    let n = needle.len();
    let Some(pair) = memchr::arch::all::packedpair::Pair::new(needle) else {
        ascii_occurrences_from(haystack, needle, 0, found);
        return;
    };
    let (i0, i1) = (usize::from(pair.index1()), usize::from(pair.index2()));
    let case = _mm256_set1_epi8(0x20);
    let b0 = _mm256_set1_epi8((needle[i0] | 0x20) as i8);
    let b1 = _mm256_set1_epi8((needle[i1] | 0x20) as i8);
    let cmp = |v0: __m256i, v1: __m256i| -> u32 {
        let both = _mm256_and_si256(
            _mm256_cmpeq_epi8(_mm256_or_si256(v0, case), b0),
            _mm256_cmpeq_epi8(_mm256_or_si256(v1, case), b1),
        );
        _mm256_movemask_epi8(both) as u32
    };
    let start = haystack.as_ptr();
    let mut at = 0;
    // offsets at..at + 64 whose needles end in the haystack
    while at + 63 + n <= haystack.len() {
        // SAFETY: the loads read haystack[at + i..at + i + 64] for i = i0 and i1, both below n:
        // inside it (the loop's condition).
        let bits = unsafe {
            let p = start.add(at);
            let load = |i: usize| _mm256_loadu_si256(p.add(i).cast::<__m256i>());
            u64::from(cmp(load(i0), load(i1)))
                | (u64::from(cmp(load(i0 + 32), load(i1 + 32))) << 32)
        };
        let mut bits = bits;
        while bits != 0 {
            let k = at + bits.trailing_zeros() as usize;
            bits &= bits - 1;
            if haystack[k..k + n].eq_ignore_ascii_case(needle) {
                found(k);
            }
        }
        at += 64;
    }
    ascii_occurrences_from(haystack, needle, at, found);
}

/// Bit k set when byte k of `bytes` (of its first 64) starts a char outside printable ASCII
/// that may be part of a match: a control byte but ASCII whitespace (the regex's), DEL, or the
/// lead byte of a non-ASCII char (not its continuation bytes).
#[inline]
fn starts_mask(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<64>() {
        Some(chunk) => {
            let (quarters, _) = chunk.as_chunks::<16>();
            quarters.iter().enumerate().fold(0, |mask, (k, q)| {
                mask | (u64::from(starts_mask16(q)) << (16 * k))
            })
        }
        None => bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| starts_char_outside(b))
            .fold(0, |mask, (k, _)| mask | (1 << k)),
    }
}

impl Place {
    fn new(folded: &'static [u8], space: bool, at: Vec<Spot>) -> Place {
        let sides = |side: fn(&Spot) -> Option<u8>| {
            let mut by_byte = Box::new([0u64; 257]);
            for (b, spots) in by_byte.iter_mut().enumerate() {
                let got = u8::try_from(b).ok();
                for (k, spot) in at.iter().enumerate() {
                    if !disagrees(side(spot), got, space) {
                        *spots |= 1 << k;
                    }
                }
            }
            by_byte
        };
        Place {
            folded,
            prev: sides(|s| s.before),
            next: sides(|s| s.after),
            at,
            space,
        }
    }
}

/// Whether the needle's byte `wanted` next to a folding cannot come from the text's byte `got`
/// there: the block's edge (None), printable ASCII that lowercases to another byte, or ASCII
/// whitespace (a space) where the needle has none, next to a char that is not whitespace
/// (`space`: it is, and the run goes on). Other bytes are left to the char walk.
#[inline]
fn disagrees(wanted: Option<u8>, got: Option<u8>, space: bool) -> bool {
    match (wanted, got) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(w), Some(g)) if is_plain(g) => g.to_ascii_lowercase() != w,
        (Some(w), Some(g)) => !space && ascii_space(g) && w != b' ',
    }
}

/// Printable ASCII but the space: a char of its own, folded by lowercasing.
#[inline]
fn is_plain(b: u8) -> bool {
    (0x21..0x7f).contains(&b)
}

/// Whether byte `b` is a control byte but ASCII whitespace, DEL, or the lead byte of a
/// non-ASCII char.
#[inline]
fn starts_char_outside(b: u8) -> bool {
    (b < 0x20 && !ascii_space(b)) || b == 0x7f || b >= 0xc0
}

#[cfg(target_arch = "x86_64")]
#[inline]
fn starts_mask16(chunk: &[u8; 16]) -> u32 {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8,
        _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 is part of x86_64; the load reads the sixteen bytes of `chunk`, unaligned.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
        // as signed bytes, 0x80..0xff sort below 0x20, and continuation bytes below lead bytes
        let low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
        let continuation = _mm_cmplt_epi8(v, _mm_set1_epi8(0xc0_u8 as i8));
        // ASCII whitespace but the space: \t \n \x0b \x0c \r
        let space = _mm_and_si128(
            _mm_cmpgt_epi8(v, _mm_set1_epi8(0x08)),
            _mm_cmplt_epi8(v, _mm_set1_epi8(0x0e)),
        );
        let del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f));
        let starts = _mm_andnot_si128(space, _mm_andnot_si128(continuation, low));
        _mm_movemask_epi8(_mm_or_si128(starts, del)) as u32
    }
}

/// [`starts_mask`] of 64 bytes, two AVX2 vectors at a time.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn starts_mask64_avx2(chunk: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_andnot_si256, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8,
        _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8,
    };
    // the same tests as `starts_mask16`'s, on 32 bytes
    let half = |v: __m256i| -> u32 {
        // as signed bytes, 0x80..0xff sort below 0x20, and continuation bytes below lead bytes
        let low = _mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), v);
        let continuation = _mm256_cmpgt_epi8(_mm256_set1_epi8(0xc0_u8 as i8), v);
        // ASCII whitespace but the space: \t \n \x0b \x0c \r
        let space = _mm256_and_si256(
            _mm256_cmpgt_epi8(v, _mm256_set1_epi8(0x08)),
            _mm256_cmpgt_epi8(_mm256_set1_epi8(0x0e), v),
        );
        let del = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(0x7f));
        let starts = _mm256_andnot_si256(space, _mm256_andnot_si256(continuation, low));
        _mm256_movemask_epi8(_mm256_or_si256(starts, del)) as u32
    };
    let p = chunk.as_ptr().cast::<__m256i>();
    // SAFETY: the two unaligned loads read bytes 0..32 and 32..64 of `chunk`.
    let (lo, hi) = unsafe { (_mm256_loadu_si256(p), _mm256_loadu_si256(p.add(1))) };
    u64::from(half(lo)) | (u64::from(half(hi)) << 32)
}

#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn starts_mask16(chunk: &[u8; 16]) -> u32 {
    chunk
        .iter()
        .enumerate()
        .filter(|&(_, &b)| starts_char_outside(b))
        .fold(0, |mask, (k, _)| mask | (1 << k))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks in one text, between blank lines as a file's are, and their ranges.
    fn joined<S: AsRef<str>>(blocks: &[S]) -> (String, Vec<Range<usize>>) {
        let mut text = String::new();
        let mut ranges = Vec::new();
        for b in blocks {
            let b = b.as_ref();
            ranges.push(text.len()..text.len() + b.len());
            text.push_str(b);
            text.push_str("\n\n");
        }
        (text, ranges)
    }

    fn kept(needle: &str, blocks: &[&str]) -> Vec<usize> {
        let (text, ranges) = joined(blocks);
        Prefilter::new(needle)
            .expect("ASCII needle")
            .candidates(&text, &ranges)
    }

    #[test]
    fn keeps_plain_ascii_matches_in_any_case_and_across_whitespace() {
        assert_eq!(kept("milliards", &["20 MILLIARDS", "des millions"]), [0]);
        assert_eq!(
            kept(
                "vingt milliards",
                &["vingt\n \tMilliards", "vingt-milliards"]
            ),
            [0]
        );
    }

    #[test]
    fn keeps_a_block_whose_accented_chars_fit_the_needle() {
        let blocks = ["le décret", "un decret", "à la une", "une é", "l’état"];
        assert_eq!(kept("decret", &blocks), [0, 1]);
        assert_eq!(kept("l'etat", &blocks), [4]);
        assert_eq!(kept("oeuvre", &["son œuvre", "sa ouvre", "cœur"]), [0]);
        // "à" between spaces fits no place of "milliards"; "plaît" holds "ai" where "ia" is wanted
        assert!(kept("milliards", &["à la une", "s’il vous plaît"]).is_empty());
    }

    #[test]
    fn the_bytes_next_to_an_accented_char_decide_where_they_can() {
        // after "é": a space where the needle has one, a tab (a space too), a letter, the edge
        let blocks = ["décidé la", "décidé\tla", "décidé-la", "décidé", "décidéla"];
        assert_eq!(kept("e la", &blocks), [0, 1]);
        assert_eq!(kept("ela", &blocks), [4]);
        assert_eq!(kept("e-l", &blocks), [2]);
        // before "é": the edge, a capital, a space next to a no-break space (one run)
        assert_eq!(kept("de", &["é", "DÉ", "d é"]), [1]);
        assert_eq!(kept("d e", &["é", "DÉ", "d é", "d\u{a0} é"]), [2, 3]);
    }

    #[test]
    fn keeps_what_it_cannot_judge() {
        // a combining accent folds to nothing, Greek is outside the tables, a control byte
        assert_eq!(
            kept("zz", &["e\u{301}", "αβ", "a\u{1}b", "plain"]),
            [0, 1, 2]
        );
    }

    #[test]
    fn no_break_spaces_join_the_runs_around_them() {
        let blocks = [
            "20\u{a0}milliards",
            "20 \u{202f} milliards",
            "20\u{a0}millions",
        ];
        assert_eq!(kept("20 milliards", &blocks), [0, 1]);
        // the run next to the char judged is one space
        assert_eq!(kept("deja la", &["déjà \t  la", "déjà lb"]), [0]);
    }

    #[test]
    fn the_starts_of_chars_outside_printable_ascii_are_found_in_and_after_whole_chunks() {
        let text = [
            b"abcdefghijklmnopqrstuvwxyz\xc3\xa9 \x01\x7f\xe2\x80\x99abc\xc5\x93".as_slice(),
            &[b'x'; 40],
            b"\xc3\xa9\t",
        ]
        .concat();
        let bits = |m: u64| (0..64).filter(|k| m & (1 << k) != 0).collect::<Vec<_>>();
        assert_eq!(bits(starts_mask(&text)), [26, 29, 30, 31, 37]);
        // not the tab: ASCII whitespace is the regex's
        assert_eq!(bits(starts_mask(&text[64..])), [15]);
        assert_eq!(bits(starts_mask(b"0123456789abcdef\t\r\x02")), [18]);
        assert_eq!(bits(starts_mask(b"\x08\t\n\x0b\x0c\r\x0e\x1f")), [0, 6, 7]);
        assert_eq!(starts_mask(b""), 0);
        // the vector masks agree with the byte-by-byte ones at every offset
        let scalar = |b: &[u8]| {
            (0..b.len().min(64))
                .filter(|&k| (b[k] < 0x20 && !b" \t\n\x0b\x0c\r".contains(&b[k])) || b[k] >= 0xc0)
                .chain((0..b.len().min(64)).filter(|&k| b[k] == 0x7f))
                .fold(0u64, |m, k| m | (1 << k))
        };
        for at in 0..text.len() {
            assert_eq!(starts_mask(&text[at..]), scalar(&text[at..]), "{at}");
        }
    }

    #[test]
    fn chars_just_past_a_blocks_end_are_not_its_own() {
        // the masks read on into the next block, whose chars must not keep this one
        assert_eq!(kept("milliards", &["plain", "milliàrds"]), [1]);
        assert_eq!(kept("milliards", &["x".repeat(63).as_str(), "\u{1}"]), [1]);
        assert_eq!(kept("milliards", &["x".repeat(64).as_str(), "\u{1}"]), [1]);
    }

    /// Pieces where folding is subtle: case, accents precomposed or combining, ligatures both
    /// ways, apostrophes, no-break and other spaces, newlines and tabs, chars that fold to
    /// nothing, a non-space that folds to a space, chars outside the tables, a control byte.
    const PIECES: &[&str] = &[
        "a",
        "l",
        "e",
        "E",
        "é",
        "É",
        "è",
        "à",
        "À",
        "i",
        "î",
        "s",
        "oe",
        "œ",
        "Œ",
        "ss",
        "ß",
        "fi",
        "ﬁ",
        " ",
        "  ",
        "\u{a0}",
        "\u{202f}",
        "\n",
        "\t",
        "'",
        "’",
        "-",
        "–",
        "\u{ad}",
        "\u{200b}",
        "e\u{301}",
        "\u{301}",
        "¨",
        "α",
        "\u{1}",
        "x",
        "milli",
        "ards",
        "l’état",
        "\u{85}",
        "\u{2028}",
        "\r\n",
    ];

    /// What the scans must find: block by block, char by char, the blocks that a char outside
    /// printable ASCII may keep.
    fn kept_char_by_char(p: &Prefilter, text: &str, ranges: &[Range<usize>]) -> Vec<bool> {
        ranges
            .iter()
            .map(|r| {
                let block = &text[r.clone()];
                (0..block.len()).any(|q| {
                    starts_char_outside(block.as_bytes()[q]) && !p.char_is_irrelevant(block, q)
                })
            })
            .collect()
    }

    /// `needle`'s prefilter with an anchor, whether or not it would take one.
    fn anchored(needle: &str) -> Prefilter {
        let mut p = Prefilter::new(needle).expect("ASCII needle");
        if p.anchor.is_none() {
            p.anchor = Anchor::choose(&p.needle, &p.codes, &p.other.two_byte, &mut p.places);
        }
        p
    }

    proptest::proptest! {
        /// Every three-byte char gets the code of its table key (ALWAYS outside the tables),
        /// through the punctuation table or not, in both scans.
        #[test]
        fn three_byte_chars_get_their_table_code(
            query in proptest::collection::vec(proptest::sample::select(PIECES), 1..4),
        ) {
            let query = query.concat();
            let needle = super::super::fold::fold_str(&query, super::super::fold::Fold::FULL);
            if let Some(p) = Prefilter::new(&needle).map(|_| anchored(&needle)) {
                let mut scans = vec![&p.other];
                scans.extend(p.anchor.as_ref().map(|a| &a.codes));
                for codes in scans {
                    for c in ('\u{800}'..='\u{ffff}').step_by(7).chain('\u{2000}'..'\u{2100}') {
                        let mut buf = [0; 4];
                        let bytes = c.encode_utf8(&mut buf).as_bytes();
                        let want = table_key(c as u32).map_or(ALWAYS, |k| codes.table[k]);
                        proptest::prop_assert_eq!(code_at(codes, bytes, 0), (want, 3), "{:?}", c);
                    }
                }
            }
        }

        /// The lead bytes that stop the scan for each ASCII byte, made in one pass, are those
        /// of the two-byte chars whose code for that byte alone is not NEVER.
        #[test]
        fn stopping_leads_are_those_of_each_byte_alone(
            query in proptest::collection::vec(proptest::sample::select(PIECES), 1..4),
        ) {
            let query = query.concat();
            let needle = super::super::fold::fold_str(&query, super::super::fold::Fold::FULL);
            if let Some(p) = Prefilter::new(&needle) {
                let leads = stopping_leads(&p.other.two_byte, &p.places);
                for a in 0..128u8 {
                    let stops = |code: u16| match code {
                        NEVER => false,
                        ALWAYS => true,
                        k => p.places[usize::from(k - CONTEXT)].folded.contains(&a),
                    };
                    let naive = (0x80..0x800usize)
                        .filter(|&cu| stops(p.other.two_byte[cu]))
                        .fold(0u32, |m, cu| m | (1 << (cu >> 6)));
                    proptest::prop_assert_eq!(leads[usize::from(a)], naive, "{:?} {}", needle, a);
                }
            }
        }
    }

    #[test]
    fn anchors_are_rare_bytes_or_pairs_without_frequent_accented_sources() {
        let first = |n: &str| {
            let p = anchored(n);
            let a = p.anchor.expect("an anchor");
            (a.lower, a.stops[0xc3])
        };
        // no accented letter folds to "v", "z" or "q": the scan passes "é" and the like by
        assert_eq!(first("oeuvre"), (b'v', false));
        assert!(matches!(first("zzzqqq"), (b'z' | b'q', false)));
        assert_eq!(first("e"), (b'e', true));
        assert!(anchored("   ").anchor.is_none() || Prefilter::new("   ").is_none());
    }

    /// Needles with an "e" scan for an anchor; others only for a rare pair that no accented
    /// Latin letter (lead byte 0xC3) folds to.
    #[test]
    fn the_anchor_is_taken_for_an_e_or_a_rare_pair() {
        let has_anchor = |n: &str| Prefilter::new(n).expect("ASCII needle").anchor.is_some();
        assert!(has_anchor("oeuvre") && has_anchor("etats-unis"));
        assert!(has_anchor("zzzqqq") && has_anchor("jazz") && has_anchor("zizka"));
        assert!(!has_anchor("milliards") && !has_anchor("paris") && !has_anchor("ss"));
        // "yz": rare, but "y" has "ý" and "ÿ"
        assert!(!has_anchor("yzy"));
    }

    #[test]
    fn the_anchor_scan_keeps_accented_and_plain_matches() {
        let blocks = [
            "son œuvre",
            "sa ouvre",
            "cœur",
            "OEUVRE",
            "oeu\u{ad}vre",
            "œu vre",
        ];
        let (text, ranges) = joined(&blocks);
        let p = anchored("oeuvre");
        assert_eq!(p.candidates(&text, &ranges), [0, 3, 4]);
        let blocks = ["des États-Unis", "etats–unis", "etats unis", "état-unis"];
        let (text, ranges) = joined(&blocks);
        assert_eq!(anchored("etats-unis").candidates(&text, &ranges), [0, 1]);
    }

    #[test]
    fn one_word_needles_are_found_in_any_ascii_case_overlapping_ones_too() {
        let naive = |h: &[u8], n: &[u8]| -> Vec<usize> {
            (0..(h.len() + 1).saturating_sub(n.len()))
                .filter(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
                .collect()
        };
        let mut x = 0x1234_5678_9abc_def1u64;
        let bytes = b"aAbBsS@`-\r\n \xc3\xa9[{";
        for len in [0, 1, 5, 31, 32, 33, 40, 63, 64, 65, 100, 300] {
            for _ in 0..50 {
                let h: Vec<u8> = (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 7;
                        x ^= x << 17;
                        bytes[(x % bytes.len() as u64) as usize]
                    })
                    .collect();
                for needle in [
                    &b"ab"[..],
                    b"aa",
                    b"abs",
                    b"a@s",
                    b"s-a",
                    b"b{a",
                    b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                ] {
                    let mut got = Vec::new();
                    ascii_occurrences(&h, needle, |i| got.push(i));
                    assert_eq!(got, naive(&h, needle), "{h:?} {needle:?}");
                    let mut got = Vec::new();
                    ascii_occurrences_from(&h, needle, 0, |i| got.push(i));
                    assert_eq!(got, naive(&h, needle), "{h:?} {needle:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The AVX2 masks are the SSE2 (and byte-by-byte) ones, on any bytes.
        #[test]
        fn avx2_masks_are_the_others(bytes in proptest::collection::vec(proptest::num::u8::ANY, 64)) {
            #[cfg(target_arch = "x86_64")]
            if std::is_x86_feature_detected!("avx2") {
                let chunk: &[u8; 64] = bytes.first_chunk().expect("64 bytes");
                // SAFETY: the CPU has AVX2, checked just above.
                let avx2 = unsafe { starts_mask64_avx2(chunk) };
                proptest::prop_assert_eq!(avx2, starts_mask(&bytes));
            }
        }

        /// The one-pass scans, scalar and AVX2, keep the blocks that judging every char of every
        /// block keeps, whatever the regex kept before them: blocks long and short, side by side
        /// or apart, with bytes between them that must not count.
        #[test]
        fn the_scans_judge_every_char_of_the_blocks_not_kept(
            blocks in proptest::collection::vec(
                (proptest::collection::vec(proptest::sample::select(PIECES), 0..40),
                 proptest::sample::select(&["", "\n", "\n\n", " é ", "\u{1}", "à\n"][..]),
                 proptest::bool::ANY), 1..12),
            needle in proptest::sample::select(&["milliards", "e la", "deja", "l'etat", "zz"][..]),
        ) {
            let p = Prefilter::new(needle).expect("ASCII needle");
            let mut text = String::new();
            let mut ranges = Vec::new();
            let mut kept_before = Vec::new();
            for (pieces, between, kept) in &blocks {
                let block = pieces.concat();
                ranges.push(text.len()..text.len() + block.len());
                text.push_str(&block);
                text.push_str(between);
                kept_before.push(*kept);
            }
            let judged = kept_char_by_char(&p, &text, &ranges);
            let want: Vec<bool> = kept_before.iter().zip(&judged).map(|(a, b)| *a || *b).collect();
            let mut scalar = kept_before.clone();
            p.scan_scalar(&text, &ranges, &mut scalar);
            proptest::prop_assert_eq!(&scalar, &want);
            #[cfg(target_arch = "x86_64")]
            if std::is_x86_feature_detected!("avx2") {
                let mut avx2 = kept_before.clone();
                // SAFETY: the CPU has AVX2, checked just above.
                unsafe { p.scan_avx2(&text, &ranges, &mut avx2) };
                proptest::prop_assert_eq!(&avx2, &want);
            }
        }

        /// An anchor's AVX2 mask is its byte-by-byte one, on bytes of every kind (the anchor's
        /// own in both cases among them).
        #[test]
        fn anchor_avx2_masks_are_the_byte_by_byte_ones(
            bytes in proptest::collection::vec(proptest::sample::select(
                &b"oOeEvVrRuUzZqQlLdDsS- \t\n\x01\x7f\xc2\xc3\xc5\xc9\xcc\xe2\xef\xf0\x80\xa9"[..]), 65),
            needle in proptest::sample::select(&["oeuvre", "milliards", "zzzqqq", "etats-unis", "l'etat", "e", "ll"][..]),
        ) {
            #[cfg(target_arch = "x86_64")]
            if std::is_x86_feature_detected!("avx2") {
                let p = anchored(needle);
                let a = p.anchor.as_ref().expect("an anchor");
                let chunk: &[u8; 65] = bytes.first_chunk().expect("65 bytes");
                // SAFETY: the CPU has AVX2, checked just above.
                let avx2 = unsafe { a.mask64_avx2::<true>(&a.tables_avx2(), chunk) };
                proptest::prop_assert_eq!(avx2, a.mask(&bytes, 0));
                if a.second.is_none() {
                    // SAFETY: as above.
                    let single = unsafe { a.mask64_avx2::<false>(&a.tables_avx2(), chunk) };
                    proptest::prop_assert_eq!(single, avx2);
                }
            }
        }

        /// The anchor scan keeps every block where folding the whole text finds a match, for
        /// any ASCII needle (anchored by one byte or a pair), scalar and AVX2 alike.
        #[test]
        fn the_anchor_scan_keeps_every_block_with_a_match(
            blocks in proptest::collection::vec(
                proptest::collection::vec(proptest::sample::select(PIECES), 0..12), 1..6),
            query in proptest::collection::vec(proptest::sample::select(PIECES), 1..4),
        ) {
            let query = query.concat();
            let needle = super::super::fold::fold_str(&query, super::super::fold::Fold::FULL);
            if let Some(p) = Prefilter::new(&needle).map(|_| anchored(&needle)) {
                let blocks: Vec<String> = blocks.iter().map(|b| b.concat()).collect();
                let texts: Vec<&str> = blocks.iter().map(String::as_str).collect();
                let q = crate::search::Query::new(&query, crate::search::QueryMode::Literal);
                let whole = crate::search::SearchIndex::new(&texts).find(&texts, &q).unwrap();
                let (text, ranges) = joined(&blocks);
                // needles of spaces only have none
                let Some(anchor) = p.anchor.as_ref() else {
                    return Ok(());
                };
                let mut scalar = vec![false; ranges.len()];
                p.scan_anchor_scalar(anchor, &text, &ranges, &mut scalar);
                let mut any = vec![false; ranges.len()];
                p.scan_anchor(anchor, &text, &ranges, &mut any);
                for m in &whole {
                    proptest::prop_assert!(scalar[m.block], "{:?} in {:?}", m, blocks);
                    proptest::prop_assert!(any[m.block], "{:?} in {:?}", m, blocks);
                }
                // the AVX2 skip passes the masks whose stops never matter: the same blocks
                proptest::prop_assert_eq!(&any, &scalar, "{:?}", blocks);
            }
        }

        /// On blocks of several masks, where the AVX2 skip runs past the masks whose stops never
        /// matter ("’", "é" for a needle without "e", no-break spaces): the blocks the
        /// byte-by-byte scan keeps.
        #[test]
        fn the_anchor_skip_keeps_what_the_scalar_scan_keeps(
            blocks in proptest::collection::vec(
                proptest::collection::vec(proptest::prop_oneof![
                    // mostly chars that stop the scan for nothing, now and then one that may
                    12 => proptest::sample::select(&[
                        "l’", "é", "\u{a0}", "\u{202f}", "« ", "—", "des ", "mots ", "ordinaires ",
                    ][..]),
                    1 => proptest::sample::select(&[
                        "œuvre", "oeuvre", "ouvre", "v", "zz", "jazz", "États-Unis", "etats unis",
                        "qq", "q", "\u{200b}", "\u{1}", "l'etat", "x",
                    ][..]),
                ], 0..150), 1..6),
            needle in proptest::sample::select(&["oeuvre", "zzzqqq", "etats-unis", "l'etat", "jazz"][..]),
        ) {
            let blocks: Vec<String> = blocks.iter().map(|b| b.concat()).collect();
            let (text, ranges) = joined(&blocks);
            let p = anchored(needle);
            let anchor = p.anchor.as_ref().expect("an anchor");
            let mut scalar = vec![false; ranges.len()];
            p.scan_anchor_scalar(anchor, &text, &ranges, &mut scalar);
            let mut any = vec![false; ranges.len()];
            p.scan_anchor(anchor, &text, &ranges, &mut any);
            proptest::prop_assert_eq!(any, scalar);
        }

        /// The blocks kept hold every match that folding the whole text finds.
        #[test]
        fn keeps_every_block_with_a_match(
            blocks in proptest::collection::vec(
                proptest::collection::vec(proptest::sample::select(PIECES), 0..12), 1..5),
            query in proptest::collection::vec(proptest::sample::select(PIECES), 1..4),
        ) {
            let query = crate::search::Query::new(&query.concat(), crate::search::QueryMode::Literal);
            let blocks: Vec<String> = blocks.iter().map(|b| b.concat()).collect();
            let texts: Vec<&str> = blocks.iter().map(String::as_str).collect();
            let whole = crate::search::SearchIndex::new(&texts).find(&texts, &query).unwrap();
            let (text, ranges) = joined(&blocks);
            let once = crate::search::find_once(&text, &ranges, &query).unwrap();
            proptest::prop_assert_eq!(once, whole);
        }
    }
}

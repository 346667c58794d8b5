//! The month and day names of a block, found at the ends of its words: where the text
//! ASCII-lowercased holds a run of ASCII lowercase letters that ends before a byte that is no
//! ASCII letter, digit or underscore, a name ending there is looked up by its last four bytes
//! in a small table. An Aho-Corasick search of the names ("mai" in "mais", "mar" in "market",
//! "dec" in "decision": each a candidate its prefilter gave and its automaton verified) cost
//! twice as much; a name is found wherever it starts, as that search found it (only its end
//! must stand before a word boundary: "samedimanche" holds "dimanche").

use super::month_num;
use super::months::Month;

/// Finds month and day names, ASCII case aside, in the text ASCII-lowercased: the names are
/// looked up ASCII-lowercased (the accented capitals of French names are listed too).
pub(super) struct Names {
    /// The names' patterns (names and their accented capitals' forms), months first.
    #[cfg(test)]
    pub(super) patterns: Vec<String>,
    /// How many of the patterns are months; the rest are days.
    pub(super) months: usize,
    /// Each month pattern's month number (0 for a season's name).
    numbers: Vec<u8>,
    /// For each two bytes (the first the high byte), 0, or 1 + the index in `groups` of the
    /// patterns that end with them.
    by_last2: Box<[u8; 1 << 16]>,
    /// The first and the count of the patterns in `grouped` that end with the same two bytes.
    groups: Vec<(u8, u8)>,
    /// The patterns grouped by their last two bytes, the longest first in a group.
    grouped: Vec<Pattern>,
}

/// A name's pattern: its last eight bytes big-endian (zeros before a shorter one), the mask of
/// its bytes there, its byte before them (a name of nine bytes), its length and its index.
#[derive(Clone, Copy)]
struct Pattern {
    tail: u64,
    mask: u64,
    ninth: u8,
    len: u8,
    index: u8,
}

/// What [`Names::seen_lower`] saw in a block.
#[derive(Default)]
pub(super) struct Seen {
    pub(super) month: bool,
    /// A month's name with an ASCII capital ("March", "MAY").
    pub(super) cap_month: bool,
    pub(super) day: bool,
    /// Where each day's name is, in order ([`super::day_dates`] reads the dates there).
    pub(super) days: Vec<(usize, usize)>,
    /// Where each month's (or season's) name is, in order ([`super::months::month_dates`]).
    pub(super) months: Vec<Month>,
}

/// The eight bytes of `bytes` that end at `end`, big-endian: its last byte lowest; zeros
/// stand before the block's start.
#[inline]
fn tail(bytes: &[u8], end: usize) -> u64 {
    match end.checked_sub(8) {
        Some(from) => u64::from_be_bytes(bytes[from..end].try_into().expect("eight bytes")),
        None => bytes[..end].iter().fold(0, |w, &b| w << 8 | u64::from(b)),
    }
}

impl Names {
    pub(super) fn new(months: &str, days: &str) -> Names {
        let variants = |list: &str| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            for name in list.split('|') {
                let upper: String = name
                    .chars()
                    .map(|c| {
                        if c.is_ascii() {
                            c
                        } else {
                            c.to_uppercase().next().unwrap_or(c)
                        }
                    })
                    .collect();
                out.push(name.to_ascii_lowercase());
                if upper != name {
                    out.push(upper.to_ascii_lowercase());
                }
            }
            out
        };
        let months = variants(months);
        let n = months.len();
        let patterns: Vec<String> = months.into_iter().chain(variants(days)).collect();
        let numbers = patterns[..n]
            .iter()
            .map(|m| month_num(m).map_or(0, |m| m as u8))
            .collect();
        let pattern = |(index, p): (usize, &String)| {
            let b = p.as_bytes();
            assert!(
                (3..=9).contains(&b.len()) && b[b.len() - 1].is_ascii_lowercase(),
                "{p}: three to nine bytes, a lowercase letter last"
            );
            assert!(!b.contains(&0), "{p}: no zero byte");
            let len = b.len();
            let eight = &b[len.saturating_sub(8)..];
            Pattern {
                tail: tail(eight, eight.len()),
                mask: u64::MAX >> (64 - 8 * eight.len()),
                ninth: if len == 9 { b[0] } else { 0 },
                len: len as u8,
                index: index as u8,
            }
        };
        let mut grouped: Vec<Pattern> = patterns.iter().enumerate().map(pattern).collect();
        let key = |p: &Pattern| p.tail as u16;
        grouped.sort_by_key(|p| (key(p), std::cmp::Reverse(p.len)));
        let mut by_last2 = Box::new([0u8; 1 << 16]);
        let mut groups: Vec<(u8, u8)> = Vec::new();
        for (i, p) in grouped.iter().enumerate() {
            let slot = &mut by_last2[usize::from(key(p))];
            if *slot == 0 {
                groups.push((i as u8, 0));
                *slot = u8::try_from(groups.len()).expect("groups");
            }
            groups[usize::from(*slot) - 1].1 += 1;
        }
        Names {
            #[cfg(test)]
            patterns,
            months: n,
            numbers,
            by_last2,
            groups,
            grouped,
        }
    }

    /// The pattern of a name that ends at `end` of `bytes` (the last of its ASCII lowercase
    /// letters before a byte that is none, at least two bytes from the start), if any, and
    /// before a word boundary.
    #[inline]
    fn name_ending(&self, bytes: &[u8], end: usize) -> Option<Pattern> {
        let last2 = u16::from_be_bytes([bytes[end - 2], bytes[end - 1]]);
        // (most words: their last two bytes are no name's)
        match self.by_last2[usize::from(last2)] {
            0 => None,
            group => self.name_in_group(bytes, end, self.groups[usize::from(group) - 1]),
        }
    }

    /// [`Names::name_ending`] in the group of patterns `first..first + count`, which end with
    /// the last two bytes before `end`.
    #[inline(never)]
    fn name_in_group(&self, bytes: &[u8], end: usize, (first, count): (u8, u8)) -> Option<Pattern> {
        let w = tail(bytes, end);
        let group = &self.grouped[usize::from(first)..usize::from(first) + usize::from(count)];
        let found = group.iter().find(|p| {
            w & p.mask == p.tail && (p.len < 9 || end >= 9 && bytes[end - 9] == p.ninth)
        })?;
        // (a name's bytes are never zeros: one found stands whole in the block)
        let boundary = !bytes
            .get(end)
            .is_some_and(|&b| b.is_ascii_digit() || b == b'_');
        boundary.then_some(*found)
    }

    /// Whether `bytes`, the text `text` ASCII-lowercased, has a month's name and a day's
    /// name, each before a word boundary; whether a month's name
    /// opens with an ASCII capital in `text`, when `caps` asks it; and where the months' and
    /// the days' names are.
    pub(super) fn seen_lower(&self, text: &[u8], bytes: &[u8], caps: bool) -> Seen {
        let mut seen = Seen::default();
        word_ends(bytes, |end| {
            let Some(p) = self.name_ending(bytes, end) else {
                return;
            };
            let (index, start) = (usize::from(p.index), end - usize::from(p.len));
            if index < self.months {
                seen.month = true;
                seen.cap_month |= caps && text[start].is_ascii_uppercase();
                seen.months.push((start, end, self.numbers[index]));
            } else {
                seen.day = true;
                seen.days.push((start, end));
            }
        });
        seen
    }
}

/// How many bytes [`word_ends`] takes a step.
const CHUNK: usize = 64;

/// The bits of the [`CHUNK`] bytes of `bytes` from `at` (bit `i` for byte `at + i`; zeros
/// past the end): the ASCII lowercase letters', and the letters' or the bytes' outside ASCII
/// (which the names' accented letters are made of).
#[inline]
fn bits_at(bytes: &[u8], at: usize) -> (u64, u64) {
    let padded: [u8; CHUNK];
    let chunk: &[u8; CHUNK] = match bytes.get(at..at + CHUNK) {
        Some(c) => c.try_into().expect("a chunk"),
        None => {
            let mut c = [0u8; CHUNK];
            if let Some(rest) = bytes.get(at..) {
                c[..rest.len()].copy_from_slice(rest);
            }
            padded = c;
            &padded
        }
    };
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE2, the one target feature `letter_bits` enables, is part of every x86-64
    // processor (the cfg above).
    let bits = unsafe { letter_bits(chunk) };
    #[cfg(not(target_arch = "x86_64"))]
    let bits = letter_bits(chunk);
    bits
}

/// [`bits_at`] of a chunk: vector compares and masks of 16 bytes each.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
#[inline]
fn letter_bits(chunk: &[u8; CHUNK]) -> (u64, u64) {
    use std::arch::x86_64::{
        _mm_add_epi8, _mm_cmplt_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set_epi64x,
        _mm_set1_epi8,
    };
    let word = |i: usize| i64::from_le_bytes(chunk[i..i + 8].try_into().expect("eight bytes"));
    let (mut lower, mut letter) = (0u64, 0u64);
    for i in (0..CHUNK).step_by(16) {
        // (two loads the compiler joins into one: no pointer to read through)
        let x = _mm_set_epi64x(word(i + 8), word(i));
        // 'a'..='z' moved to -128..=-103 as signed bytes (every other byte lands above); the
        // bytes outside ASCII are the negative ones
        let low = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x1f)), _mm_set1_epi8(-102));
        lower |= u64::from(_mm_movemask_epi8(low) as u16) << i;
        letter |= u64::from(_mm_movemask_epi8(_mm_or_si128(low, x)) as u16) << i;
    }
    // (kept opaque: the compiler otherwise takes the masks apart into their bits, one
    // instruction or more each)
    std::hint::black_box((lower, letter))
}

/// (the same a byte at a time, where no SSE2 is sure to be)
#[cfg(not(target_arch = "x86_64"))]
fn letter_bits(chunk: &[u8; CHUNK]) -> (u64, u64) {
    let (mut lower, mut letter) = (0u64, 0u64);
    for (i, &b) in chunk.iter().enumerate() {
        lower |= u64::from(b.is_ascii_lowercase()) << i;
        letter |= u64::from(b.is_ascii_lowercase() || !b.is_ascii()) << i;
    }
    (lower, letter)
}

/// Calls `f`, in order, with the end of each run of ASCII lowercase letters of `bytes` (the
/// byte after the run's last is no ASCII lowercase letter, or the block ends) whose last
/// three bytes are each an ASCII lowercase letter or a byte outside ASCII: where a name of
/// three bytes or more may end (most words of one or two letters are not asked).
fn word_ends(bytes: &[u8], mut f: impl FnMut(usize)) {
    let mut at = 0;
    let (mut lower, mut letter) = bits_at(bytes, 0);
    // (the letter bits of the two bytes before the chunk, at bits 62 and 63)
    let mut before = 0u64;
    while at < bytes.len() {
        let (next_lower, next_letter) = bits_at(bytes, at + CHUNK);
        let mut ends = lower
            & !(lower >> 1 | next_lower << 63)
            & (letter << 1 | before >> 63)
            & (letter << 2 | before >> 62);
        while ends != 0 {
            f(at + ends.trailing_zeros() as usize + 1);
            ends &= ends - 1;
        }
        at += CHUNK;
        before = letter;
        (lower, letter) = (next_lower, next_letter);
    }
}

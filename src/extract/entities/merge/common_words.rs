//! Lone capitalised words the article also writes in lowercase: common words, no names.

use rustc_hash::FxHashMap as HashMap;

use super::super::text::{JOINED_WORD as JOINED, is_word_char};
use super::{Group, kind_of};
use crate::extract::types::EntityKind;

/// Calls `f` with each word of the places the tokenizer listed ([`tokenize_caps_into`]'s
/// `lower`), as [`for_each_word`] over the whole text would (and with more words, which hold a
/// capital or are short): a word the tokenizer did not join is a whole run of word chars, but
/// for a hyphen at either end, which [`for_each_word`] counts in the word (marked: no word
/// looked up); a joined one is split as [`for_each_word`] splits it, with the hyphens at its
/// ends.
///
/// [`tokenize_caps_into`]: super::super::text::tokenize_caps_into
///
/// `may_be` is asked first, of the words alone (the hyphens around are looked at only for the
/// few it lets through): `f` is called with the words it keeps.
#[inline]
fn for_each_listed_word<'t>(
    blocks: &[&'t str],
    listed: &[(u32, u32, u32)],
    may_be: impl Fn(&[u8]) -> bool,
    mut f: impl FnMut(&'t [u8]),
) {
    for &(block, start, end) in listed {
        let (start, end) = (start as usize, end as usize);
        if block & JOINED == 0 {
            let bytes = blocks[block as usize].as_bytes();
            let word = &bytes[start..end];
            if may_be(word)
                && !(start > 0 && bytes[start - 1] == b'-')
                && bytes.get(end) != Some(&b'-')
            {
                f(word);
            }
        } else {
            let text = blocks[(block & !JOINED) as usize];
            let bytes = text.as_bytes();
            let before = usize::from(start > 0 && bytes[start - 1] == b'-');
            let after = usize::from(bytes.get(end) == Some(&b'-'));
            for_each_word(&text[start - before..end + after], |w| {
                if may_be(w) {
                    f(w);
                }
            });
        }
    }
}

/// The ASCII bytes of a word for [`common_words`]: letters, digits and hyphens (the bytes
/// above ASCII are false: their char is decoded).
const WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'-' as usize;
        b += 1;
    }
    t
};

/// Calls `f` with each whole word of `text` ([`common_words`]'s words: runs of letters,
/// digits, hyphens and other word chars) that holds no ASCII capital, digit or hyphen (no
/// word looked up does: they are lowercase), and with some empty slices between them. The
/// bytes are judged [`LANES`] at a time ([`others_at`]): only those other than an ASCII
/// lowercase letter or a char's continuation byte (a space, a capital, a mark, a char's first
/// byte above ASCII), a fifth of a text's, are looked at one by one.
#[inline]
fn for_each_word<'t>(text: &'t str, mut f: impl FnMut(&'t [u8])) {
    let bytes = text.as_bytes();
    let mut start = 0;
    // the word since `start` holds an ASCII capital, digit or hyphen: no word looked up
    let mut marked = false;
    let mut base = 0;
    while base < bytes.len() {
        let mut others = others_at(bytes, base);
        while others != 0 {
            let i = base + (others.trailing_zeros() >> BIT_SHIFT) as usize;
            others &= others - 1;
            let byte = bytes[i];
            if WORD_BYTE[usize::from(byte)] {
                marked = true;
                continue;
            }
            if byte.is_ascii() {
                if !marked {
                    f(&bytes[start..i]);
                }
                marked = false;
                start = i + 1;
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                if !is_word_char(c) {
                    if !marked {
                        f(&bytes[start..i]);
                    }
                    marked = false;
                    start = i + c.len_utf8();
                }
            }
        }
        base += LANES;
    }
    if !marked {
        f(&bytes[start..]);
    }
}

/// How many bytes [`others_at`] judges at once: sixteen in one SSE2 register (every x86-64
/// has it; eight to a `u64` cost twice the instructions a MiB), else eight in a `u64`.
#[cfg(target_arch = "x86_64")]
const LANES: usize = 16;
#[cfg(not(target_arch = "x86_64"))]
const LANES: usize = 8;

/// A byte's bit in [`others_at`]'s mask is at its position shifted left by this.
#[cfg(target_arch = "x86_64")]
const BIT_SHIFT: u32 = 0;
#[cfg(not(target_arch = "x86_64"))]
const BIT_SHIFT: u32 = 3;

/// The [`LANES`] bytes of `bytes` from `base` that are neither an ASCII lowercase letter nor a
/// char's continuation byte (10xxxxxx: a char is judged at its first byte), as a mask of bits
/// (byte `k`'s at bit `k << BIT_SHIFT`); past the end, the bytes count as lowercase letters.
#[cfg(target_arch = "x86_64")]
#[inline]
fn others_at(bytes: &[u8], base: usize) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    // (the padding made only for the last bytes)
    let padded: [u8; LANES];
    let chunk: &[u8] = match bytes.get(base..base + LANES) {
        Some(chunk) => chunk,
        None => {
            let mut last = [b'a'; LANES];
            last[..bytes.len() - base].copy_from_slice(&bytes[base..]);
            padded = last;
            &padded
        }
    };
    // SAFETY: `chunk` holds LANES (16) bytes, which the load takes unaligned; SSE2, which the
    // other intrinsics need, is part of every x86-64 processor.
    let skipped = unsafe {
        let x = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
        // 'a'..='z' moved to -128..=-103 as signed bytes (every other byte lands above), and
        // the continuation bytes 0x80..=0xBF are -128..=-65
        let lower = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x1f)), _mm_set1_epi8(-102));
        let continuation = _mm_cmplt_epi8(x, _mm_set1_epi8(-64));
        _mm_movemask_epi8(_mm_or_si128(lower, continuation))
    };
    u64::from(!(skipped as u32) & 0xffff)
}

/// (the same, eight bytes to a `u64`, where no SSE2 is sure to be)
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn others_at(bytes: &[u8], base: usize) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = match bytes.get(base..base + 8) {
        Some(chunk) => u64::from_le_bytes(chunk.try_into().expect("eight bytes")),
        None => {
            // (padded with lowercase letters, which are skipped)
            let mut last = [b'a'; 8];
            last[..bytes.len() - base].copy_from_slice(&bytes[base..]);
            u64::from_le_bytes(last)
        }
    };
    let low7 = x & !HIGH;
    // a byte's high bit, set by the sums when its low seven bits are at least 'a' (0x61),
    // at least '{' (0x7b): no sum carries into the next byte
    let from_a = low7 + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = low7 + 0x0505_0505_0505_0505;
    // (a char's continuation bytes, 10xxxxxx: the char is judged at its first byte)
    let continuation = x & !(x << 1) & HIGH;
    !(!x & from_a & !past_z) & HIGH & !continuation
}

/// A word's first two bytes, last byte and length, hashed to 16 bits ([`common_words`]'s
/// filter: of three bytes or more).
#[inline]
fn head(t: &[u8]) -> usize {
    let h = (usize::from(t[0]) << 8 | usize::from(t[1])) ^ usize::from(t[t.len() - 1]) << 5;
    (h ^ t.len() << 11) & 0xffff
}

/// "Layoffs hit…", "le Logement", "Residents say": a lone capitalised word taken for an
/// organisation by default (no cue, no list) that the article writes in lowercase at least as
/// often is a common word, no name. One pass over the text's words ([`tokenize_caps_into`](super::super::text::tokenize_caps_into)), each
/// looked up among those.
#[inline(never)]
pub(super) fn common_words(
    blocks: &[&str],
    groups: &[Group],
    alive: &[bool],
    lower_words: &[(u32, u32, u32)],
    mid_caps: &[(u32, u32, u32)],
) -> Vec<bool> {
    let mut common = vec![false; groups.len()];
    let mut words: Vec<String> = Vec::new();
    let mut of_word: Vec<usize> = Vec::new();
    // (how many lowercase uses make the word common: as many as its mentions for a guessed
    // body's; one for a known place that only opens sentences, round 59)
    let mut need: Vec<usize> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        if !alive[i] || g.cands().is_empty() || g.key.contains([' ', '\u{a0}']) {
            continue;
        }
        let (kind, strength) = kind_of(g);
        let place = super::common_places::never_mid_sentence(g, kind, mid_caps);
        if !place && (g.gaz.is_some() || kind != EntityKind::Organization || strength > 1) {
            continue;
        }
        let text = g.cands()[0].text(blocks);
        let mut chars = text.chars();
        // a capital, then lowercase letters only ("SAMU", "McKinsey" are no common words)
        if !chars.next().is_some_and(char::is_uppercase)
            || !chars.all(char::is_lowercase)
            || text.len() < 3
        {
            continue;
        }
        words.push(text.to_lowercase());
        of_word.push(i);
        need.push(if place { 1 } else { g.cands().len() });
    }
    if words.is_empty() {
        return common;
    }
    // (keyed by bytes: the text's words are cut at char boundaries, and looked up unchecked)
    let index: HashMap<&[u8], usize> = words
        .iter()
        .enumerate()
        .map(|(w, s)| (s.as_bytes(), w))
        .collect();
    let longest = words.iter().map(String::len).max().unwrap_or(0);
    let mut lower = vec![0usize; words.len()];
    // the words' first two bytes, last byte and length, hashed to bits: most of the text's words
    // are no such word, and fewer pass this than the first two bytes alone
    let mut heads = vec![0u64; 1024];
    for w in words.iter().filter(|w| w.len() >= 3) {
        let h = head(w.as_bytes());
        heads[h / 64] |= 1 << (h % 64);
    }
    // whole words only: runs of letters, digits and hyphens, read from the tokens listed
    for_each_listed_word(
        blocks,
        lower_words,
        |t| t.len() >= 3 && t.len() <= longest && heads[head(t) / 64] & 1 << (head(t) % 64) != 0,
        |t| {
            if let Some(&w) = index.get(t) {
                lower[w] += 1;
            }
        },
    );
    for (w, &i) in of_word.iter().enumerate() {
        // (two groups may share a word: its count is under the slot the index kept)
        common[i] = lower[index[words[w].as_bytes()]] >= need[w];
    }
    common
}

#[cfg(test)]
#[path = "common_words_tests.rs"]
mod common_words_tests;

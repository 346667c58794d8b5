//! The lexicon's bits by folded word ([`Sets::lex`](super::gazetteer::Sets)), in a table made
//! for the one question [`Ctx::lex`](super::classify::Ctx::lex) asks of each word it meets
//! (some 43,000 first lookups a MiB): a word's length and its first bytes read as one number
//! pick and check the slot, so most lookups compare two numbers, hash no string and call no
//! `memcmp` (the hash map took some 130 instructions a lookup, this about a third of that).

use std::sync::LazyLock;

use super::gazetteer::GAZ;

/// One word of the lexicon: `len` 0 marks an empty slot (no folded word is empty).
#[derive(Clone, Copy, Default)]
struct Slot {
    /// [`head`] of the word: with `len`, the whole word when it is 8 bytes or shorter.
    head: u64,
    len: u32,
    bits: u16,
    /// The word's index in `words` (its bytes past the eighth are compared there).
    word: u32,
}

struct Table {
    slots: Vec<Slot>,
    mask: usize,
    words: Vec<&'static str>,
}

/// The word's bytes as one number: for 8 bytes or fewer every byte is read (two overlapping
/// reads of 4, or the first, middle and last of 1 to 3), so that with the length it tells
/// the word exactly; for more, the first 8.
#[inline]
fn head(b: &[u8]) -> u64 {
    let n = b.len();
    // (read as whole chunks: one length test each, not one a byte)
    if let Some(&c) = b.first_chunk::<8>() {
        u64::from_le_bytes(c)
    } else if let (Some(&lo), Some(&hi)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        u64::from(u32::from_le_bytes(lo)) | (u64::from(u32::from_le_bytes(hi)) << 32)
    } else if n > 0 {
        u64::from(b[0]) | (u64::from(b[n / 2]) << 8) | (u64::from(b[n - 1]) << 16)
    } else {
        0
    }
}

#[inline]
fn slot_of(head: u64, len: usize, mask: usize) -> usize {
    let h = (head ^ (len as u64).rotate_left(40)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 40) as usize & mask
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let lex = &GAZ.sets.lex;
    // (a quarter full or less: a word not in the lexicon, the most common question, most often
    // meets an empty slot at once)
    let size = (lex.len() * 4).next_power_of_two().max(16);
    let mask = size - 1;
    let mut slots = vec![Slot::default(); size];
    let mut words = Vec::with_capacity(lex.len());
    for (w, &bits) in lex {
        let w: &'static str = w.as_str();
        assert!(
            !w.is_empty() && u32::try_from(w.len()).is_ok(),
            "a lexicon word"
        );
        let h = head(w.as_bytes());
        let mut i = slot_of(h, w.len(), mask);
        while slots[i].len != 0 {
            i = (i + 1) & mask;
        }
        slots[i] = Slot {
            head: h,
            len: w.len() as u32,
            bits,
            word: u32::try_from(words.len()).expect("lexicon size"),
        };
        words.push(w);
    }
    Table { slots, mask, words }
});

/// The lexicon bits of the folded word `f`, 0 for a word the lexicon lacks: the answer of
/// `GAZ.sets.lex.get(f)` (a test compares both).
#[inline]
pub fn lex_bits(f: &str) -> u16 {
    let t = &*TABLE;
    let b = f.as_bytes();
    let h = head(b);
    let mut i = slot_of(h, b.len(), t.mask);
    loop {
        let s = &t.slots[i];
        if s.len == 0 {
            return 0;
        }
        if s.head == h
            && s.len as usize == b.len()
            && (b.len() <= 8 || t.words[s.word as usize].as_bytes()[8..] == b[8..])
        {
            return s.bits;
        }
        i = (i + 1) & t.mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map_bits(f: &str) -> u16 {
        GAZ.sets.lex.get(f).copied().unwrap_or(0)
    }

    #[test]
    fn every_lexicon_word_has_its_bits() {
        for (w, &bits) in &GAZ.sets.lex {
            assert_eq!(lex_bits(w), bits, "{w:?}");
        }
    }

    #[test]
    fn near_misses_answer_as_the_map_does() {
        // each word cut, grown, its bytes changed one at a time, and a few invented words
        let mut asked = 0;
        for w in GAZ.sets.lex.keys() {
            let mut variants = vec![
                format!("{w}s"),
                format!("x{w}"),
                // (cut by its last char, whatever its width)
                w[..w.len() - w.chars().next_back().map_or(0, char::len_utf8)].to_string(),
                format!("{w}{w}"),
            ];
            if let Some(c) = w.char_indices().nth(1) {
                variants.push(w[c.0..].to_string());
            }
            for (i, _) in w.char_indices() {
                let mut v = w.clone();
                v.replace_range(i..i + v[i..].chars().next().unwrap().len_utf8(), "q");
                variants.push(v);
            }
            for v in variants {
                assert_eq!(lex_bits(&v), map_bits(&v), "{v:?}");
                asked += 1;
            }
        }
        for v in [
            "",
            "a",
            "zz",
            "qqq",
            "velmora",
            "tarvenholm",
            "dévoluées",
            "ab",
            "abcdefgh",
        ] {
            assert_eq!(lex_bits(v), map_bits(v), "{v:?}");
        }
        assert!(asked > 1000);
    }

    #[test]
    fn the_head_tells_short_words_apart() {
        // same length, bytes differing only where the two reads of 4 overlap or not at all
        for (a, b) in [
            ("abcde", "abdde"),
            ("abcdefg", "abcdefh"),
            ("ab", "ba"),
            ("abc", "acc"),
        ] {
            assert_ne!(head(a.as_bytes()), head(b.as_bytes()), "{a} {b}");
        }
    }
}

//! Search folding: case, accents, ligatures, apostrophes, hyphens and whitespace.
//!
//! The text is cut into *units*: a plain ASCII byte, an extended grapheme
//! cluster, or a run of whitespace graphemes. Each unit folds independently, so
//! a folded match can always be mapped back to whole units (whole graphemes) of
//! the original text.

use std::ops::Range;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};
use unicode_segmentation::GraphemeCursor;

/// What to fold. `true` means "ignore this difference".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Fold {
    /// Lowercase everything.
    pub case: bool,
    /// Strip diacritics (combining marks, and ø ł đ ı).
    pub accents: bool,
}

impl Fold {
    /// Case- and accent-insensitive: the folding of the index.
    pub(crate) const FULL: Fold = Fold {
        case: true,
        accents: true,
    };

    /// The folding a query needs for its smart case / smart accents:
    /// a capital letter makes it case-sensitive, an accent accent-sensitive.
    pub(crate) fn smart(query: &str) -> Fold {
        let full = fold_str(query, Fold::FULL);
        let keep_case = fold_str(
            query,
            Fold {
                case: false,
                accents: true,
            },
        );
        let keep_accents = fold_str(
            query,
            Fold {
                case: true,
                accents: false,
            },
        );
        Fold {
            case: keep_case == full,
            accents: keep_accents == full,
        }
    }
}

/// Receives the correspondence between original and folded offsets.
pub(crate) trait Sink {
    /// Plain ASCII bytes starting at `orig` were copied 1:1 to `folded`.
    fn run(&mut self, orig: usize, folded: usize);
    /// One unit folded to `folded` (`single_char`: one char folded to at
    /// most one char).
    fn unit(&mut self, orig: Range<usize>, folded: Range<usize>, single_char: bool);
}

impl Sink for () {
    fn run(&mut self, _: usize, _: usize) {}
    fn unit(&mut self, _: Range<usize>, _: Range<usize>, _: bool) {}
}

/// Fold `s` into a new string.
pub(crate) fn fold_str(s: &str, fold: Fold) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, fold, &mut out, &mut ());
    out
}

#[inline]
fn is_plain(b: u8) -> bool {
    (0x21..0x7f).contains(&b)
}

/// Fold `s` and append it to `out`, reporting units to `sink` (offsets in `s`
/// and in `out`).
pub(crate) fn fold_into<S: Sink>(s: &str, fold: Fold, out: &mut String, sink: &mut S) {
    let b = s.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        // Fast path: printable ASCII and single spaces between them. The last
        // ASCII char before a non-ASCII one goes to the slow path, as it may
        // start a grapheme ("e" + U+0301).
        let start = i;
        while i < n {
            let c = b[i];
            let next = if i + 1 < n { b[i + 1] } else { b'a' };
            if is_plain(c) {
                if next >= 0x80 && !starts_grapheme(b, i + 1) {
                    break;
                }
            } else if !(c == b' ' && (is_plain(next) || (0xc3..0xcc).contains(&next))) {
                break;
            }
            i += 1;
        }
        if i > start {
            sink.run(start, out.len());
            let o = out.len();
            out.push_str(&s[start..i]);
            if fold.case {
                out[o..].make_ascii_lowercase();
            }
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let f0 = out.len();
        if c.is_whitespace() {
            let mut j = i;
            while let Some(ch) = s[j..].chars().next() {
                if !ch.is_whitespace() {
                    break;
                }
                j = next_boundary(s, j, ch);
            }
            out.push(' ');
            sink.unit(i..j, f0..out.len(), j - i == c.len_utf8());
            i = j;
        } else if let Some((folded, single)) = fast_full(c, fold)
            && b.get(i + c.len_utf8()).is_none_or(|&n| n < 0xcc)
        {
            // Same as below, precomputed for common chars.
            out.push_str(folded);
            let j = i + c.len_utf8();
            sink.unit(i..j, f0..out.len(), *single);
            i = j;
        } else {
            let j = next_boundary(s, i, c);
            fold_grapheme(&s[i..j], fold, out);
            let single = j - i == c.len_utf8() && out[f0..].chars().nth(1).is_none();
            sink.unit(i..j, f0..out.len(), single);
            i = j;
        }
    }
}

/// Whether a grapheme cluster surely starts at `j` (a char boundary): a
/// char below U+0300 or in U+2000..U+203F (but ZWNJ, ZWJ) is never Extend,
/// SpacingMark or ZWJ.
#[inline]
fn starts_grapheme(b: &[u8], j: usize) -> bool {
    match b.get(j..j + 3) {
        Some(&[0xe2, 0x80, t]) => t != 0x8c && t != 0x8d,
        _ => b.get(j).is_none_or(|&l| l < 0xcc),
    }
}

/// Full folding of the chars of [`table_key`],
/// with "folds to at most one char", when followed by a grapheme boundary.
fn fast_full(c: char, fold: Fold) -> Option<&'static (String, bool)> {
    if fold != Fold::FULL {
        return None;
    }
    full_table().get(table_key(c as u32)?)
}

/// Where a char's folding sits in [`full_table`], for chars U+0080..U+024F, U+2000..U+20CF
/// (punctuation, super- and subscripts, currency signs such as €) but ZWNJ and ZWJ (which join
/// graphemes), and U+FFFD (what replaces bad bytes).
#[inline]
pub(crate) fn table_key(cu: u32) -> Option<usize> {
    const LATIN: u32 = 0x250 - 0x80;
    const PUNCT: u32 = 0x20d0 - 0x2000;
    let k = match cu {
        0x80..0x250 => cu - 0x80,
        0x200c | 0x200d => return None,
        0x2000..0x20d0 => LATIN + cu - 0x2000,
        0xfffd => LATIN + PUNCT,
        _ => return None,
    };
    Some(k as usize)
}

/// The chars of the folding tables, in [`table_key`] order (ZWNJ and ZWJ have entries, unused).
pub(crate) fn table_chars() -> impl Iterator<Item = u32> {
    (0x80..0x250).chain(0x2000..0x20d0).chain([0xfffd])
}

pub(crate) fn full_table() -> &'static [(String, bool)] {
    static TABLE: OnceLock<Vec<(String, bool)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        table_chars()
            .map(|u| {
                let mut out = String::new();
                if let Some(ch) = char::from_u32(u) {
                    fold_grapheme(ch.encode_utf8(&mut [0; 4]), Fold::FULL, &mut out);
                }
                let single = out.chars().nth(1).is_none();
                (out, single)
            })
            .collect()
    })
}

/// [`Simple::len`] of a char that folds to more than 8 bytes.
const LONG: u8 = u8::MAX;

/// [`full_table`] inline, for [`fold_simple`]: each char's folding, whether it is a space, and
/// whether it folds to at most one char.
struct Simple {
    bytes: [u8; 8],
    len: u8,
    space: bool,
    single: bool,
}

fn simple_table() -> &'static [Simple] {
    static TABLE: OnceLock<Vec<Simple>> = OnceLock::new();
    TABLE.get_or_init(|| {
        full_table()
            .iter()
            .zip(table_chars())
            .map(|((folded, single), u)| {
                let mut bytes = [0; 8];
                // a longer folding (a few compatibility chars) takes the slow path
                let len = match bytes.get_mut(..folded.len()) {
                    Some(b) => {
                        b.copy_from_slice(folded.as_bytes());
                        folded.len() as u8
                    }
                    None => LONG,
                };
                Simple {
                    bytes,
                    len,
                    space: char::from_u32(u).is_some_and(char::is_whitespace),
                    single: *single,
                }
            })
            .collect()
    })
}

/// Appends `fold_str(s, Fold::FULL)` to `out`, without the map back to `s`: several times
/// faster on text whose chars are all ASCII or in [`table_key`] (Latin, punctuation, currency
/// signs, U+FFFD), which is then folded char by char; any other text takes [`fold_into`].
#[cfg(test)]
pub(crate) fn fold_full_into(s: &str, out: &mut Vec<u8>) {
    let start = out.len();
    if !fold_simple(s.as_bytes(), out, &mut ()) {
        out.truncate(start);
        let mut folded = String::new();
        fold_into(s, Fold::FULL, &mut folded, &mut ());
        out.extend_from_slice(folded.as_bytes());
    }
}

/// Whitespace among ASCII bytes, as `char::is_whitespace` says (not as `u8::is_ascii_whitespace`,
/// which leaves out the vertical tab).
#[inline]
pub(crate) fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The folding of `b` when every char is one of [`table_key`]'s or ASCII: each char is then a
/// grapheme of its own (CR LF aside, both spaces), so folding char by char, runs of whitespace
/// becoming one space, gives what [`fold_into`] gives. False (and `out` and `sink` half
/// written) otherwise.
///
/// `sink` hears of the same units as from [`fold_into`], but that a 1:1 stretch (printable
/// ASCII, a whitespace char alone that folds to one byte, a table char folded to as many bytes)
/// may be told as one run from its start or as several: the index's map ([`super::index`]) is
/// the same either way, as it only records where the correspondence changes.
pub(crate) fn fold_simple<S: Sink>(b: &[u8], out: &mut Vec<u8>, sink: &mut S) -> bool {
    let table = simple_table();
    let n = b.len();
    out.reserve(n);
    // the run of whitespace being read: where it starts in `b` and in `out`, its first char's
    // length
    let mut space: Option<(usize, usize, usize)> = None;
    // whether the sink was told of a 1:1 run that the bytes since continue
    let mut one_to_one = false;
    // ends the run of whitespace before `i`: one unit, 1:1 when it is one byte
    let close = |space: &mut Option<(usize, usize, usize)>, i: usize, sink: &mut S| -> bool {
        match space.take() {
            Some((o, f, first)) => {
                sink.unit(o..i, f..f + 1, i - o == first);
                i - o == 1
            }
            None => false,
        }
    };
    let mut i = 0;
    while i < n {
        // eight printable ASCII bytes, no two spaces together, no space after a space
        while i + 8 <= n {
            let w = u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"));
            const ONES: u64 = 0x0101_0101_0101_0101;
            const HIGH: u64 = 0x8080_8080_8080_8080;
            let printable =
                w & HIGH == 0 && (w + 0x60 * ONES) & HIGH == HIGH && (w + ONES) & HIGH == 0;
            if !printable {
                break;
            }
            let spaces = !((w ^ (0x20 * ONES)) + 0x7f * ONES) & HIGH;
            if spaces & (spaces >> 8) != 0 || (space.is_some() && spaces & 0x80 != 0) {
                break;
            }
            if space.is_some() {
                one_to_one = close(&mut space, i, sink);
            }
            if !one_to_one {
                sink.run(i, out.len());
                one_to_one = true;
            }
            // lowercase: add 0x20 to bytes in 'A'..='Z'
            let ge_a = (w + (0x80 - u64::from(b'A')) * ONES) & HIGH;
            let gt_z = (w + (0x7f - u64::from(b'Z')) * ONES) & HIGH;
            let lower = w | ((ge_a & !gt_z) >> 2);
            out.extend_from_slice(&lower.to_le_bytes());
            if spaces >> 56 != 0 {
                // a space last: a run of whitespace that the next bytes may go on with
                space = Some((i + 7, out.len() - 1, 1));
            }
            i += 8;
        }
        if i >= n {
            break;
        }
        let c = b[i];
        if c < 0x80 {
            if ascii_space(c) {
                if space.is_none() {
                    space = Some((i, out.len(), 1));
                    out.push(b' ');
                }
            } else {
                if space.is_some() {
                    one_to_one = close(&mut space, i, sink);
                }
                if !one_to_one {
                    sink.run(i, out.len());
                    one_to_one = true;
                }
                out.push(c.to_ascii_lowercase());
            }
            i += 1;
            continue;
        }
        let (cu, len) = match c {
            0xc2..=0xc9 => ((u32::from(c & 0x1f) << 6) | u32::from(b[i + 1] & 0x3f), 2),
            0xe2 if (0x80..=0x83).contains(&b[i + 1]) => (
                0x2000 | (u32::from(b[i + 1] & 0x3f) << 6) | u32::from(b[i + 2] & 0x3f),
                3,
            ),
            0xef if b[i + 1] == 0xbf && b[i + 2] == 0xbd => (0xfffd, 3),
            _ => return false,
        };
        let Some(k) = table_key(cu) else {
            return false;
        };
        let f = &table[k];
        if f.len == LONG {
            return false;
        }
        if f.space {
            if space.is_none() {
                space = Some((i, out.len(), len));
                out.push(b' ');
            }
        } else {
            if space.is_some() {
                close(&mut space, i, sink);
            }
            // a copy of a constant size, then the unused bytes dropped: no call to memcpy
            let at = out.len();
            out.extend_from_slice(&f.bytes);
            out.truncate(at + usize::from(f.len));
            sink.unit(i..i + len, at..out.len(), f.single);
            one_to_one = f.single && usize::from(f.len) == len;
        }
        i += len;
    }
    if space.is_some() {
        close(&mut space, n, sink);
    }
    true
}

/// End of the grapheme cluster starting with `c` at `i` (a boundary).
pub(crate) fn next_boundary(s: &str, i: usize, c: char) -> usize {
    let j = i + c.len_utf8();
    let Some(&n) = s.as_bytes().get(j) else {
        return j;
    };
    let cu = c as u32;
    // Neither a Prepend char nor followed by Extend/SpacingMark/ZWJ: a boundary.
    // Lead bytes below 0xCC encode chars below U+0300 (no combining marks).
    let simple = cu < 0x600 || (0x2000..=0x206f).contains(&cu);
    if simple && n < 0xcc && !(c == '\r' && n == b'\n') {
        return j;
    }
    let mut cursor = GraphemeCursor::new(i, s.len(), true);
    match cursor.next_boundary(s, 0) {
        Ok(Some(k)) if k > i && s.is_char_boundary(k) => k,
        _ => j,
    }
}

fn fold_grapheme(g: &str, fold: Fold, out: &mut String) {
    let start = out.len();
    let mut marks = false;
    for c in g.chars() {
        fold_char(c, fold, out, &mut marks);
    }
    if marks && !fold.accents {
        let composed: String = out[start..].nfc().collect();
        out.truncate(start);
        out.push_str(&composed);
    }
}

fn fold_char(c: char, fold: Fold, out: &mut String, marks: &mut bool) {
    if c.is_ascii() {
        push_cased(c, fold, out);
        return;
    }
    if special(c, fold, out) {
        return;
    }
    decompose_compatible(c, |d| {
        if is_combining_mark(d) {
            if !fold.accents {
                *marks = true;
                out.push(d);
            }
        } else if d == c || !special(d, fold, out) {
            push_cased(d, fold, out);
        }
    });
}

#[inline]
fn push_cased(c: char, fold: Fold, out: &mut String) {
    if !fold.case {
        out.push(c);
    } else if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Foldings that Unicode decomposition does not give.
fn special(c: char, fold: Fold, out: &mut String) -> bool {
    let upper = |lower: &'static str, upper: &'static str| if fold.case { lower } else { upper };
    let s = match c {
        'œ' => "oe",
        'Œ' => upper("oe", "OE"),
        'æ' => "ae",
        'Æ' => upper("ae", "AE"),
        'ß' => "ss",
        'ẞ' => upper("ss", "SS"),
        // Apostrophes and quotes.
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => "\"",
        // Hyphens and dashes (incl. U+2011 non-breaking hyphen, minus sign).
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => "-",
        // Invisible: soft hyphen, zero-width space, word joiner, BOM.
        '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' => "",
        'ς' if fold.case => "σ",
        // Letters with a stroke count as accented letters.
        'ø' if fold.accents => "o",
        'Ø' if fold.accents => upper("o", "O"),
        'ł' if fold.accents => "l",
        'Ł' if fold.accents => upper("l", "L"),
        'đ' if fold.accents => "d",
        'Đ' if fold.accents => upper("d", "D"),
        'ı' if fold.accents => "i",
        _ => return false,
    };
    out.push_str(s);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEEP_CASE: Fold = Fold {
        case: false,
        accents: true,
    };
    const KEEP_ACCENTS: Fold = Fold {
        case: true,
        accents: false,
    };

    #[test]
    fn table() {
        let cases: &[(&str, Fold, &str)] = &[
            ("Décret", Fold::FULL, "decret"),
            ("États-Unis", Fold::FULL, "etats-unis"),
            ("œuvre Œuvre", Fold::FULL, "oeuvre oeuvre"),
            ("Œuvre", KEEP_CASE, "OEuvre"),
            ("Ægypte cæcum", Fold::FULL, "aegypte caecum"),
            ("Straße STRASSE ẞ", Fold::FULL, "strasse strasse ss"),
            ("l’État l‘a lʼa", Fold::FULL, "l'etat l'a l'a"),
            ("“x” „y“", Fold::FULL, "\"x\" \"y\""),
            ("a\u{a0}b\u{202f}c\td", Fold::FULL, "a b c d"),
            ("a \n\t b", Fold::FULL, "a b"),
            ("  lead", Fold::FULL, " lead"),
            (
                "non\u{2011}stop a\u{2013}b a\u{2014}b",
                Fold::FULL,
                "non-stop a-b a-b",
            ),
            ("İstanbul", Fold::FULL, "istanbul"),
            ("ﬁn ﬂot eﬀet", Fold::FULL, "fin flot effet"),
            ("de\u{301}cret", Fold::FULL, "decret"),
            ("de\u{301}cret", KEEP_ACCENTS, "décret"),
            ("DÉCRET", KEEP_ACCENTS, "décret"),
            ("DÉCRET", KEEP_CASE, "DECRET"),
            ("Ørsted Łódź", Fold::FULL, "orsted lodz"),
            ("Ørsted", KEEP_ACCENTS, "ørsted"),
            ("in\u{ad}visible\u{200b}x", Fold::FULL, "invisiblex"),
            ("ΣΟΦΟΣ σοφος", Fold::FULL, "σοφοσ σοφοσ"),
            ("１２３ ＡＢＣ", Fold::FULL, "123 abc"),
            ("…", Fold::FULL, "..."),
            ("", Fold::FULL, ""),
        ];
        for (input, fold, want) in cases {
            assert_eq!(fold_str(input, *fold), *want, "{input:?} {fold:?}");
        }
    }

    #[test]
    fn smart() {
        let cases: &[(&str, bool, bool)] = &[
            ("decret", true, true),
            ("Decret", false, true),
            ("décret", true, false),
            ("Décret", false, false),
            ("oeuvre", true, true),
            ("œuvre", true, true),
            ("straße", true, true),
            ("l’état", true, false),
            ("ørsted", true, false),
            ("İ", false, false),
            ("123 -", true, true),
        ];
        for (q, case, accents) in cases {
            assert_eq!(
                Fold::smart(q),
                Fold {
                    case: *case,
                    accents: *accents
                },
                "{q:?}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn fast_folding_folds_as_the_indexed_one(
            s in "[a-zA-Z0-9éÉèàçœŒæßẞıøǅĲ’'\"“«» .,\u{a0}\u{202f}\u{2009}\u{85}\n\r\t\u{b}\u{1}\u{7f}\u{ad}\u{200b}\u{2060}\u{2028}\u{2011}\u{2026}\u{2037}\u{2057}½—€\u{fffd}\u{2074}\u{2082}\u{20b9}\u{20cf}-]{0,40}|[a-eé€ \u{301}\u{200c}\u{200d}👍🏽ﬁİ\u{250}\u{2070}\u{20d0}\u{20e3}\u{fffd}\n]{0,12}|(( |\n|\t|\u{a0}|é){1,2}[a-zA-Z ]{5,12}){1,6}"
        ) {
            let mut fast = Vec::new();
            fold_full_into(&s, &mut fast);
            proptest::prop_assert_eq!(String::from_utf8(fast).unwrap(), fold_str(&s, Fold::FULL));
        }
    }

    #[test]
    fn units_cover_graphemes() {
        struct Rec(Vec<(Range<usize>, Range<usize>)>);
        impl Sink for Rec {
            fn run(&mut self, _: usize, _: usize) {}
            fn unit(&mut self, o: Range<usize>, f: Range<usize>, _: bool) {
                self.0.push((o, f));
            }
        }
        let mut rec = Rec(Vec::new());
        let mut out = String::new();
        fold_into("ae\u{301}\u{327}b 👍🏽", Fold::FULL, &mut out, &mut rec);
        assert_eq!(out, "aeb 👍🏽");
        assert_eq!(rec.0[0], (1..6, 1..2)); // e + two combining marks
        assert_eq!(rec.0.last().unwrap().0, 8..16); // emoji + skin tone modifier
    }
}

//! Literal search in the folded buffer, and mapping of folded matches back to
//! the original blocks.

use std::ops::Range;

use memchr::memmem;

use super::Match;
use super::fold::{Fold, fold_into};
use super::index::{Cursor, Loc, SearchIndex, Window};

/// Maps folded ranges to original ones during a forward sweep.
#[derive(Default)]
pub(crate) struct Mapper {
    start: Cursor,
    end: Cursor,
    block: Cursor,
}

/// How to treat a folded range whose ends fall inside a unit (e.g. "s" in the
/// "ss" of "ß").
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Partial {
    /// Not a match.
    Reject,
    /// Widen to the whole unit.
    Widen,
}

impl Mapper {
    /// The original (block, byte range) of the folded range `s..e`, which
    /// must lie in one block. `None` if rejected, or if `blocks` is not what
    /// was indexed.
    pub(crate) fn map<'a>(
        &mut self,
        idx: &SearchIndex,
        blocks: Window<'_, 'a>,
        s: usize,
        e: usize,
        partial: Partial,
    ) -> Option<(usize, &'a str, Range<usize>)> {
        let os = match idx.loc(&mut self.start, s) {
            Loc::At(o) => o,
            Loc::Inside(o, _) if partial == Partial::Widen => o,
            Loc::Inside(..) => return None,
        };
        let oe = match idx.loc(&mut self.end, e) {
            Loc::At(o) => o,
            Loc::Inside(_, o) if partial == Partial::Widen => o,
            Loc::Inside(..) => return None,
        };
        let b = idx.block_of(&mut self.block, s);
        let text = idx.block_text(blocks, b)?;
        let base = idx.ostart[b] as usize;
        let mut st = os.checked_sub(base)?.min(text.len());
        let mut en = oe.checked_sub(base)?.min(text.len());
        while !text.is_char_boundary(st) {
            st -= 1;
        }
        while !text.is_char_boundary(en) {
            en += 1;
        }
        (st < en).then_some((b, text, st..en))
    }
}

/// Push a match, merging it with the previous one if they overlap (possible
/// only after widening).
pub(crate) fn push_merged(out: &mut Vec<Match>, block: usize, r: Range<usize>) {
    if let Some(last) = out.last_mut()
        && last.block == block
        && r.start < last.end
    {
        last.end = last.end.max(r.end);
        return;
    }
    out.push(Match {
        block,
        start: r.start,
        end: r.end,
    });
}

/// All non-overlapping occurrences of the folded `needle` in the folded range
/// `frange`. With `verify`, a candidate is kept only if its original text
/// folded with the query's smart folding equals the query so folded; a
/// rejected candidate resumes the scan one byte further.
pub(crate) fn find_literal(
    idx: &SearchIndex,
    blocks: Window<'_, '_>,
    needle: &str,
    verify: Option<(Fold, &str)>,
    frange: Range<usize>,
    out: &mut Vec<Match>,
) {
    let Some(hay) = idx.folded.as_bytes().get(..frange.end) else {
        return;
    };
    let finder = memmem::Finder::new(needle.as_bytes());
    let mut mapper = Mapper::default();
    let mut scratch = String::new();
    let mut pos = frange.start;
    while pos < hay.len() {
        let Some(k) = finder.find(&hay[pos..]) else {
            break;
        };
        let s = pos + k;
        let e = s + needle.len();
        let Some((b, text, r)) = mapper.map(idx, blocks, s, e, Partial::Reject) else {
            pos = s + 1;
            continue;
        };
        if let Some((fold, want)) = verify {
            scratch.clear();
            fold_into(&text[r.clone()], fold, &mut scratch, &mut ());
            if scratch != want {
                pos = s + 1;
                continue;
            }
        }
        out.push(Match {
            block: b,
            start: r.start,
            end: r.end,
        });
        pos = e;
    }
}

#[cfg(test)]
mod tests {
    use crate::search::{Query, QueryMode, SearchIndex};

    fn lit(blocks: &[&str], q: &str) -> Vec<(usize, String)> {
        let idx = SearchIndex::new(blocks);
        let query = Query::new(q, QueryMode::Literal);
        idx.find(blocks, &query)
            .unwrap()
            .into_iter()
            .map(|m| (m.block, blocks[m.block][m.start..m.end].to_string()))
            .collect()
    }

    /// (blocks, query, expected matched original texts with their block)
    #[test]
    fn table() {
        type Case<'a> = (&'a [&'a str], &'a str, &'a [(usize, &'a str)]);
        let cases: &[Case] = &[
            (
                &["Le décret du 5 mai", "un decret"],
                "decret",
                &[(0, "décret"), (1, "decret")],
            ),
            (&["Le décret", "un decret"], "décret", &[(0, "décret")]),
            (
                &["Le DÉCRET", "un Décret"],
                "décret",
                &[(0, "DÉCRET"), (1, "Décret")],
            ),
            (
                &["les États-Unis", "etats-unis"],
                "etats-unis",
                &[(0, "États-Unis"), (1, "etats-unis")],
            ),
            (&["les États-Unis", "etats-unis"], "États", &[(0, "États")]),
            (
                &["les Etats\u{2011}Unis"],
                "etats-unis",
                &[(0, "Etats\u{2011}Unis")],
            ),
            (
                &["son œuvre", "son oeuvre", "ŒUVRE"],
                "oeuvre",
                &[(0, "œuvre"), (1, "oeuvre"), (2, "ŒUVRE")],
            ),
            (
                &["son œuvre", "son oeuvre"],
                "œuvre",
                &[(0, "œuvre"), (1, "oeuvre")],
            ),
            (
                &["Straße", "strasse"],
                "strasse",
                &[(0, "Straße"), (1, "strasse")],
            ),
            (&["Straße"], "straße", &[(0, "Straße")]),
            (&["Straße"], "s", &[(0, "S")]),
            (
                &["l’État", "l'etat", "lʼétat"],
                "l'etat",
                &[(0, "l’État"), (1, "l'etat"), (2, "lʼétat")],
            ),
            (
                &["10\u{a0}000 €", "10\u{202f}000"],
                "10 000",
                &[(0, "10\u{a0}000"), (1, "10\u{202f}000")],
            ),
            (
                &["several\nwords  match\tacross"],
                "words match across",
                &[(0, "words  match\tacross")],
            ),
            (&["Europe", "europe"], "Europe", &[(0, "Europe")]),
            (
                &["Europe", "europe"],
                "europe",
                &[(0, "Europe"), (1, "europe")],
            ),
            (
                &["İstanbul", "istanbul"],
                "istanbul",
                &[(0, "İstanbul"), (1, "istanbul")],
            ),
            (&["xİx"], "i", &[(0, "İ")]),
            (
                &["de\u{301}cret", "décret"],
                "décret",
                &[(0, "de\u{301}cret"), (1, "décret")],
            ),
            (&["de\u{301}cret"], "de", &[(0, "de\u{301}")]),
            (&["la ﬁn"], "fin", &[(0, "ﬁn")]),
            (&["la ﬁn"], "in", &[]),
            (&["l’Europe et l’europe"], "l'E", &[(0, "l’E")]),
            (&["abc"], "", &[]),
            (&["aaaa"], "aa", &[(0, "aa"), (0, "aa")]),
            (&["aAa"], "Aa", &[(0, "Aa")]),
            (&["ab", "cd"], "bc", &[]),
            (&["in\u{ad}visible"], "invisible", &[(0, "in\u{ad}visible")]),
        ];
        for (blocks, q, want) in cases {
            let got = lit(blocks, q);
            let want: Vec<(usize, String)> =
                want.iter().map(|(b, s)| (*b, s.to_string())).collect();
            assert_eq!(got, want, "query {q:?} in {blocks:?}");
        }
    }

    #[test]
    fn mismatched_blocks_do_not_panic() {
        let idx = SearchIndex::new(&["décret décret"]);
        let q = Query::new("decret", QueryMode::Literal);
        assert_eq!(idx.find(&["x"], &q).unwrap(), vec![]);
        assert_eq!(idx.find(&[], &q).unwrap(), vec![]);
    }

    #[test]
    fn find_in_range() {
        let blocks = ["a decret", "b decret", "c decret"];
        let idx = SearchIndex::new(&blocks);
        let q = Query::new("decret", QueryMode::Literal);
        let got = idx.find_in(&blocks, &q, 1..2).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].block, 1);
        assert!(idx.find_in(&blocks, &q, 5..9).unwrap().is_empty());
    }
}

//! Regex mode.
//!
//! The pattern is folded like the text (literal chars only: escapes, classes
//! like `\w`, `\p{..}`, flags and group names are kept) and runs on the folded
//! buffer with `regex::bytes`, multi-line mode on, so `^`/`$` match at block
//! starts/ends. `\b`/`\B` become ASCII word boundaries (the folded text is
//! mostly ASCII, and Unicode `\b` would make the regex crate leave its fast
//! DFA on non-ASCII text).
//!
//! Smart case/accents: if the pattern's literal chars hold a capital (or an
//! accent), the fully folded pattern first finds candidate blocks, then each
//! candidate block is folded again keeping case (or accents) and searched
//! with the pattern folded the same way.

use std::ops::Range;

use ::regex::bytes::{Regex, RegexBuilder};
use memchr::memchr;

use super::fold::{Fold, fold_str, next_boundary};
use super::index::{Cursor, SearchIndex, Window};
use super::matcher::{Mapper, Partial, push_merged};
use super::{Match, QueryError};

#[derive(Clone, Debug)]
pub(crate) struct RegexPlan {
    /// The fully folded pattern.
    filter: Regex,
    /// For case/accent-sensitive patterns.
    exact: Option<(Fold, Regex)>,
}

impl RegexPlan {
    pub(crate) fn new(pattern: &str) -> Result<RegexPlan, QueryError> {
        let full = fold_pattern(pattern, Fold::FULL);
        let keep_case = Fold {
            case: false,
            accents: true,
        };
        let keep_accents = Fold {
            case: true,
            accents: false,
        };
        let fold = Fold {
            case: fold_pattern(pattern, keep_case) == full,
            accents: fold_pattern(pattern, keep_accents) == full,
        };
        let filter = compile(&full)?;
        let exact = if fold == Fold::FULL {
            None
        } else {
            Some((fold, compile(&fold_pattern(pattern, fold))?))
        };
        Ok(RegexPlan { filter, exact })
    }

    pub(crate) fn find(
        &self,
        idx: &SearchIndex,
        blocks: Window<'_, '_>,
        frange: Range<usize>,
        out: &mut Vec<Match>,
    ) {
        match &self.exact {
            None => find_regex(idx, blocks, &self.filter, frange, out),
            Some((fold, exact)) => {
                let Some(hay) = idx.folded.as_bytes().get(..frange.end) else {
                    return;
                };
                let mut cursor = Cursor::default();
                let mut pos = frange.start;
                while pos < hay.len() {
                    let Some(m) = self.filter.find_at(hay, pos) else {
                        break;
                    };
                    let b = idx.block_of(&mut cursor, m.start());
                    if let Some(text) = idx.block_text(blocks, b) {
                        let one = [text];
                        let mini = SearchIndex::build(&one, *fold);
                        // A separate Vec: the mini index numbers its block 0, and merging
                        // into `out` would join it with the real block 0's last match.
                        let mut found = Vec::new();
                        find_regex(
                            &mini,
                            Window {
                                base: 0,
                                texts: &one,
                            },
                            exact,
                            mini.folded_range(0..1),
                            &mut found,
                        );
                        out.extend(found.into_iter().map(|m| Match { block: b, ..m }));
                    }
                    pos = idx.fstart[b + 1] as usize;
                }
            }
        }
    }
}

fn compile(pattern: &str) -> Result<Regex, QueryError> {
    RegexBuilder::new(pattern)
        .multi_line(true)
        .size_limit(32 << 20)
        .dfa_size_limit(32 << 20)
        .build()
        .map_err(|e| QueryError(condense(&e)))
}

/// The regex error on one line: "regex: unclosed group".
fn condense(e: &::regex::Error) -> String {
    let text = e.to_string();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    match lines.iter().rev().find(|l| l.starts_with("error:")) {
        Some(l) => format!("regex: {}", l["error:".len()..].trim()),
        None => format!("regex: {}", lines.join(" ")),
    }
}

fn next_char(hay: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while j < hay.len() && hay[j] & 0xc0 == 0x80 {
        j += 1;
    }
    j
}

/// All non-empty matches of `re` in the folded range, none spanning blocks.
fn find_regex(
    idx: &SearchIndex,
    blocks: Window<'_, '_>,
    re: &Regex,
    frange: Range<usize>,
    out: &mut Vec<Match>,
) {
    let Some(hay) = idx.folded.as_bytes().get(..frange.end) else {
        return;
    };
    let mut mapper = Mapper::default();
    let mut cursor = Cursor::default();
    let mut emit = |s: usize, e: usize, out: &mut Vec<Match>| {
        if let Some((b, _, r)) = mapper.map(idx, blocks, s, e, Partial::Widen) {
            push_merged(out, b, r);
        }
    };
    let mut pos = frange.start;
    while pos < hay.len() {
        let Some(m) = re.find_at(hay, pos) else {
            break;
        };
        if m.is_empty() {
            pos = next_char(hay, m.end());
            continue;
        }
        if memchr(b'\n', m.as_bytes()).is_none() {
            emit(m.start(), m.end(), out);
            pos = m.end();
            continue;
        }
        // The match spans a block separator: search its first block alone.
        let b = idx.block_of(&mut cursor, m.start());
        let end = idx.block_folded(b).end;
        let slice = &hay[..end];
        let mut p = m.start();
        while p <= end {
            let Some(m2) = re.find_at(slice, p) else {
                break;
            };
            if m2.is_empty() {
                p = next_char(slice, m2.end());
                continue;
            }
            emit(m2.start(), m2.end(), out);
            p = m2.end();
        }
        pos = end + 1;
    }
}

/// Fold the literal chars of a regex pattern; keep escapes, flags, group
/// names; turn `\b`/`\B` into ASCII word boundaries.
pub(crate) fn fold_pattern(p: &str, fold: Fold) -> String {
    let b = p.as_bytes();
    let mut out = String::with_capacity(p.len() + 8);
    let mut i = 0;
    let mut class = 0usize;
    let mut last_space = false;
    while i < b.len() {
        let Some(ch) = p[i..].chars().next() else {
            break;
        };
        let was_space = last_space;
        last_space = false;
        match ch {
            '\\' => {
                let Some(d) = p[i + 1..].chars().next() else {
                    out.push('\\');
                    break;
                };
                let mut j = i + 1 + d.len_utf8();
                let brace = b.get(j) == Some(&b'{');
                if class == 0 && matches!(d, 'b' | 'B') && !brace {
                    out.push_str(if d == 'b' { r"(?-u:\b)" } else { r"(?-u:\B)" });
                    i = j;
                    continue;
                }
                if brace && matches!(d, 'p' | 'P' | 'x' | 'u' | 'U' | 'b' | 'B') {
                    j = p[j..].find('}').map_or(p.len(), |k| j + k + 1);
                } else {
                    let extra = match d {
                        'p' | 'P' => 1,
                        'x' => 2,
                        'u' => 4,
                        'U' => 8,
                        _ => 0,
                    };
                    for _ in 0..extra {
                        if let Some(e) = p[j..].chars().next() {
                            j += e.len_utf8();
                        }
                    }
                }
                out.push_str(&p[i..j]);
                i = j;
            }
            '(' if b.get(i + 1) == Some(&b'?') => {
                let end = p[i + 2..]
                    .find([')', ':', '>'])
                    .map_or(p.len(), |k| i + 2 + k + 1);
                out.push_str(&p[i..end]);
                i = end;
            }
            '[' | ']' => {
                class = if ch == '[' {
                    class + 1
                } else {
                    class.saturating_sub(1)
                };
                out.push(ch);
                i += 1;
            }
            _ if ch.is_whitespace() => {
                if !was_space {
                    out.push(' ');
                }
                last_space = true;
                i += ch.len_utf8();
            }
            _ => {
                let j = next_boundary(p, i, ch);
                if j == i + 1 {
                    out.push(if fold.case {
                        ch.to_ascii_lowercase()
                    } else {
                        ch
                    });
                } else {
                    out.push_str(&::regex::escape(&fold_str(&p[i..j], fold)));
                }
                i = j;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::search::{Query, QueryMode, SearchIndex};

    fn re(blocks: &[&str], q: &str) -> Vec<(usize, String)> {
        let idx = SearchIndex::new(blocks);
        let query = Query::new(q, QueryMode::Regex);
        idx.find(blocks, &query)
            .unwrap()
            .into_iter()
            .map(|m| (m.block, blocks[m.block][m.start..m.end].to_string()))
            .collect()
    }

    #[test]
    fn table() {
        type Case<'a> = (&'a [&'a str], &'a str, &'a [(usize, &'a str)]);
        let cases: &[Case] = &[
            (
                &["le décret", "un decret"],
                "d.cret",
                &[(0, "décret"), (1, "decret")],
            ),
            (
                &["le décret", "un decret"],
                r"\bdecrets?\b",
                &[(0, "décret"), (1, "decret")],
            ),
            (&["les États-Unis"], "etats?-unis", &[(0, "États-Unis")]),
            (&["Europe", "europe"], "Europe", &[(0, "Europe")]),
            (&["Europe", "europe"], "[E]urope", &[(0, "Europe")]),
            (
                &["Europe", "europe"],
                "europe",
                &[(0, "Europe"), (1, "europe")],
            ),
            (&["le décret", "un decret"], "décret", &[(0, "décret")]),
            (&["le décret", "un decret"], "d[é]cret", &[(0, "décret")]),
            (&["Le DÉCRET", "un Décret"], "D.CRET", &[(0, "DÉCRET")]),
            (&["abc"], "x*", &[]),
            (&["le chat", "chat le"], "^le", &[(0, "le")]),
            (&["le chat", "chat le"], "le$", &[(1, "le")]),
            (&["a", "b"], "a[^z]*b", &[]),
            (&["a", "b"], r"a\s*", &[(0, "a")]),
            (&["a b"], "a[^z]*b", &[(0, "a b")]),
            (&["x a", "b a b"], r"a\sb", &[(1, "a b")]),
            (&["10\u{a0}000"], r"\d+", &[(0, "10"), (0, "000")]),
            (&["10\u{a0}000"], r"10 000", &[(0, "10\u{a0}000")]),
            (&["Straße"], "s", &[(0, "S"), (0, "ß")]),
            (&["l’État"], "l'etat", &[(0, "l’État")]),
            (&["de\u{301}cret"], "de", &[(0, "de\u{301}")]),
            (&["İ"], "i", &[(0, "İ")]),
            (&["ab"], r"\x61", &[(0, "a")]),
            (&["AB ab"], r"(?i)A", &[(0, "A"), (0, "a")]),
        ];
        for (blocks, q, want) in cases {
            let got = re(blocks, q);
            let want: Vec<(usize, String)> =
                want.iter().map(|(b, s)| (*b, s.to_string())).collect();
            assert_eq!(got, want, "regex {q:?} in {blocks:?}");
        }
    }

    #[test]
    fn invalid_regex_is_one_line_error() {
        for pat in ["(abc", "[a-", "a{2,1}", "\\", "(?P<>x)"] {
            let q = Query::new(pat, QueryMode::Regex);
            let err = SearchIndex::new(&["x"]).find(&["x"], &q).unwrap_err();
            assert!(
                !err.0.contains('\n') && err.0.starts_with("regex: "),
                "{err}"
            );
            assert_eq!(q.error(), Some(&err));
        }
        let q = Query::new("(abc", QueryMode::Regex);
        assert_eq!(q.error().unwrap().to_string(), "regex: unclosed group");
    }
}

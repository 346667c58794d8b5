//! Search engine: case- and accent-folding search over all the blocks
//! (paragraphs) of a document, with matches mapped back to the original text.
//!
//! * [`SearchIndex::new`] folds the whole document once into one buffer with
//!   a compact map back to original offsets.
//! * [`Query::new`] prepares a query (literal or regex) once per keystroke.
//! * [`SearchIndex::find`] returns every match, sorted by (block, start), as
//!   byte offsets into the original blocks, on grapheme boundaries.
//!
//! Matching folds case, accents, ligatures (œ/oe, æ/ae, ß/ss, ﬁ/fi),
//! apostrophes (’ ‘ ʼ → '), double quotes (“ ” „ → "), hyphens and dashes
//! (‐ ‑ ‒ – — ― − → -) and whitespace (any run of spaces, tabs, newlines,
//! no-break spaces → one space), and drops invisible chars (soft hyphen,
//! zero-width space, word joiner, BOM). Smart case and smart accents: a query
//! with a capital letter is case-sensitive, a query with an accented letter is
//! accent-sensitive, independently.

mod fold;
mod index;
mod matcher;
mod offset_map;
mod prefilter;
mod regex;

use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

pub use index::SearchIndex;

use fold::{Fold, fold_str};
use prefilter::Prefilter;

/// One match: byte offsets into the original text of block `block`, on
/// grapheme boundaries, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Match {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// How the query text is interpreted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum QueryMode {
    #[default]
    Literal,
    Regex,
}

/// A query that cannot run: the regex error, condensed to one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError(pub String);

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for QueryError {}

/// A prepared query.
#[derive(Clone, Debug)]
pub struct Query {
    text: String,
    mode: QueryMode,
    plan: Plan,
    /// For a single pass over a large text ([`find_once`]), made at its first use.
    prefilter: OnceLock<Option<Prefilter>>,
}

#[derive(Clone, Debug)]
enum Plan {
    Empty,
    Literal {
        /// The fully folded query, searched in the folded buffer.
        needle: String,
        /// For case/accent-sensitive queries: the candidate's original text,
        /// folded this way, must equal this.
        verify: Option<(Fold, String)>,
    },
    Regex(regex::RegexPlan),
    Invalid(QueryError),
}

impl Query {
    pub fn new(text: &str, mode: QueryMode) -> Query {
        let plan = match mode {
            _ if text.is_empty() => Plan::Empty,
            QueryMode::Literal => {
                let needle = fold_str(text, Fold::FULL);
                let fold = Fold::smart(text);
                let verify = (fold != Fold::FULL).then(|| (fold, fold_str(text, fold)));
                if needle.is_empty() {
                    Plan::Empty
                } else {
                    Plan::Literal { needle, verify }
                }
            }
            QueryMode::Regex => match regex::RegexPlan::new(text) {
                Ok(plan) => Plan::Regex(plan),
                Err(e) => Plan::Invalid(e),
            },
        };
        Query {
            text: text.to_string(),
            mode,
            plan,
            prefilter: OnceLock::new(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn mode(&self) -> QueryMode {
        self.mode
    }

    /// True if the query matches nothing by construction (empty).
    pub fn is_empty(&self) -> bool {
        matches!(self.plan, Plan::Empty)
    }

    /// The compile error of an invalid regex.
    pub fn error(&self) -> Option<&QueryError> {
        match &self.plan {
            Plan::Invalid(e) => Some(e),
            _ => None,
        }
    }
}

impl SearchIndex {
    /// All matches of `query` in `blocks` (the blocks this index was built
    /// from), sorted by (block, start).
    pub fn find(&self, blocks: &[&str], query: &Query) -> Result<Vec<Match>, QueryError> {
        self.find_in(blocks, query, 0..blocks.len())
    }

    /// The matches in the blocks `range` only (e.g. the visible ones, or a
    /// slice of a large document searched incrementally).
    pub fn find_in(
        &self,
        blocks: &[&str],
        query: &Query,
        range: Range<usize>,
    ) -> Result<Vec<Match>, QueryError> {
        self.find_in_window(blocks, 0, query, range)
    }

    /// [`SearchIndex::find_in`] given only the texts of the blocks `base..base + window.len()`,
    /// which must cover `range`: what a keystroke on a large document can afford to gather.
    pub fn find_in_window(
        &self,
        window: &[&str],
        base: usize,
        query: &Query,
        range: Range<usize>,
    ) -> Result<Vec<Match>, QueryError> {
        let blocks = index::Window {
            base,
            texts: window,
        };
        let mut out = Vec::new();
        let frange = self.folded_range(range);
        match &query.plan {
            Plan::Empty => {}
            Plan::Invalid(e) => return Err(e.clone()),
            Plan::Literal { needle, verify } => {
                let verify = verify.as_ref().map(|(f, s)| (*f, s.as_str()));
                matcher::find_literal(self, blocks, needle, verify, frange, &mut out);
            }
            Plan::Regex(plan) => plan.find(self, blocks, frange, &mut out),
        }
        Ok(out)
    }
}

/// All the matches of `query` in the blocks `ranges` of `text` (in order, disjoint), as
/// `SearchIndex::new(blocks).find(blocks, query)` gives them, for a single pass over text that
/// is not kept (the command line's search). A literal ASCII query first keeps the blocks that may
/// match from a scan of the original bytes ([`Prefilter`]); only those are folded.
pub fn find_once(
    text: &str,
    ranges: &[Range<usize>],
    query: &Query,
) -> Result<Vec<Match>, QueryError> {
    let kept = candidates(text, ranges, query);
    let blocks: Vec<&str> = kept.iter().map(|&k| &text[ranges[k].clone()]).collect();
    let mut matches = find_folded(&blocks, query)?;
    for m in &mut matches {
        m.block = kept[m.block];
    }
    Ok(matches)
}

/// The blocks of `text` (its `ranges`, in order, disjoint) that may hold a match of `query`, in
/// order: those a literal ASCII query's [`Prefilter`] keeps, else all ([`find_once`] folds only
/// these).
pub fn candidates(text: &str, ranges: &[Range<usize>], query: &Query) -> Vec<usize> {
    let prefilter = query.prefilter.get_or_init(|| match &query.plan {
        Plan::Literal { needle, .. } => Prefilter::new(needle),
        _ => None,
    });
    match prefilter {
        Some(p) => p.candidates(text, ranges),
        None => (0..ranges.len()).collect(),
    }
}

/// [`find_once`] on the blocks given: a literal query indexes only the blocks whose folding
/// holds the needle, each folded once ([`SearchIndex::build_keeping`]). A first folding without
/// the map, to keep those blocks, then an indexed one of the blocks kept, folded twice the
/// blocks that match: the prefilter's blocks mostly do (all of them for "oeuvre", "milliards",
/// "etats-unis" in the corpus).
fn find_folded(blocks: &[&str], query: &Query) -> Result<Vec<Match>, QueryError> {
    let Plan::Literal { needle, .. } = &query.plan else {
        return SearchIndex::new(blocks).find(blocks, query);
    };
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    let mut kept = Vec::new();
    let index = SearchIndex::build_keeping(
        blocks,
        Fold::FULL,
        |folded| finder.find(folded).is_some(),
        &mut kept,
    );
    let texts: Vec<&str> = kept.iter().map(|&i| blocks[i]).collect();
    let mut matches = index.find(&texts, query)?;
    for m in &mut matches {
        m.block = kept[m.block];
    }
    Ok(matches)
}

/// The folding used for search (case, accents, ligatures, punctuation,
/// whitespace), for filtering entity names and the like.
pub fn fold_for_search(s: &str) -> String {
    fold_str(s, Fold::FULL)
}

/// Matches of `query` in one short string, with the same semantics as
/// [`SearchIndex::find`]. An invalid regex matches nothing.
pub fn matches_text(haystack: &str, query: &Query) -> Vec<(usize, usize)> {
    let blocks = [haystack];
    SearchIndex::new(&blocks)
        .find(&blocks, query)
        .unwrap_or_default()
        .into_iter()
        .map(|m| (m.start, m.end))
        .collect()
}

//! The matches of a search across a document, held as how many each paragraph has: their
//! positions are found again for the paragraphs drawn or visited. A one-letter query on 100 MB
//! has 11.7 million matches: at 24 bytes each they took 280 MB, more than the text itself; their
//! counts take 8 bytes a paragraph that has any.

use std::cell::RefCell;
use std::sync::Arc;

use crate::document::{Document, narrow};
use crate::search::{Match, Query, SearchIndex};

/// Where positions come from: the document, its index and the query.
#[derive(Clone, Debug)]
pub struct MatchSource {
    pub doc: Arc<Document>,
    pub index: Arc<SearchIndex>,
    pub query: Query,
}

impl MatchSource {
    /// The matches in `block`, sorted by start.
    fn find(&self, block: usize) -> Vec<Match> {
        let text = [self.doc.block_text(block)];
        self.index
            .find_in_window(&text, block, &self.query, block..block + 1)
            .unwrap_or_default()
    }
}

#[derive(Debug, Default)]
pub struct MatchList {
    /// (block, matches in the blocks before it) for each block with matches, by block.
    blocks: Vec<(u32, u32)>,
    total: usize,
    source: Option<MatchSource>,
    /// Blocks with matches whose positions were found or given last, and them, newest first (a
    /// frame asks line by line, and for the current match's block beside the line's).
    recent: RefCell<Vec<(usize, Arc<[Match]>)>>,
    /// What a block without matches holds.
    none: Arc<[Match]>,
}

impl MatchList {
    /// The list of `matches` (sorted by block and start), whose positions `source` finds again;
    /// those of their first blocks are kept as given (the blocks about to be drawn).
    pub fn new(matches: &[Match], source: MatchSource) -> MatchList {
        let mut list = MatchList {
            source: Some(source),
            ..MatchList::default()
        };
        list.add(matches);
        let recent: Vec<(usize, Arc<[Match]>)> = matches
            .chunk_by(|a, b| a.block == b.block)
            .take(RECENT)
            .map(|ms| (ms[0].block, Arc::from(ms)))
            .collect();
        *list.recent.get_mut() = recent.into_iter().rev().collect();
        list
    }

    /// Counts `matches` (sorted, after every block counted so far) in.
    pub fn add(&mut self, matches: &[Match]) {
        for m in matches {
            if self
                .blocks
                .last()
                .is_none_or(|&(b, _)| b as usize != m.block)
            {
                self.blocks.push((narrow(m.block), narrow(self.total)));
            }
            self.total += 1;
        }
    }

    pub fn len(&self) -> usize {
        self.total
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// How many paragraphs hold a match.
    pub fn paragraphs(&self) -> usize {
        self.blocks.len()
    }

    /// The matches in `block`, sorted by start.
    pub fn in_block(&self, block: usize) -> Arc<[Match]> {
        let k = self.blocks.partition_point(|&(b, _)| (b as usize) < block);
        let (Some(&(b, _)), Some(source)) = (self.blocks.get(k), &self.source) else {
            return Arc::clone(&self.none);
        };
        if b as usize != block {
            return Arc::clone(&self.none);
        }
        if let Some((_, ms)) = self.recent.borrow().iter().find(|(b, _)| *b == block) {
            return Arc::clone(ms);
        }
        let found: Arc<[Match]> = source.find(block).into();
        let mut recent = self.recent.borrow_mut();
        recent.truncate(RECENT - 1);
        recent.insert(0, (block, Arc::clone(&found)));
        found
    }

    /// The `i`-th match.
    pub fn get(&self, i: usize) -> Option<Match> {
        if i >= self.total {
            return None;
        }
        let k = self
            .blocks
            .partition_point(|&(_, before)| before as usize <= i)
            - 1;
        let (b, before) = self.blocks[k];
        self.in_block(b as usize).get(i - before as usize).copied()
    }

    /// The index of the first match at or after `(block, start)`.
    pub fn first_from(&self, block: usize, start: usize) -> Option<usize> {
        let k = self.blocks.partition_point(|&(b, _)| (b as usize) < block);
        let &(b, before) = self.blocks.get(k)?;
        if b as usize == block && start > 0 {
            let ms = self.in_block(block);
            if let Some(i) = ms.iter().position(|m| m.start >= start) {
                return Some(before as usize + i);
            }
            return self.blocks.get(k + 1).map(|&(_, next)| next as usize);
        }
        Some(before as usize)
    }

    /// The first match in `block` or after it, else (wrapping) the first of all.
    pub fn next_from(&self, block: usize) -> Option<usize> {
        self.first_from(block, 0)
            .or((!self.is_empty()).then_some(0))
    }

    /// The index of the last match before `(block, start)`.
    pub fn last_before(&self, block: usize, start: usize) -> Option<usize> {
        match self.first_from(block, start) {
            Some(0) => None,
            Some(i) => Some(i - 1),
            None => self.total.checked_sub(1),
        }
    }

    /// The index of `m`, if it is one of the matches.
    pub fn index_of(&self, m: &Match) -> Option<usize> {
        let k = self
            .blocks
            .binary_search_by_key(&m.block, |&(b, _)| b as usize)
            .ok()?;
        let i = self.in_block(m.block).binary_search(m).ok()?;
        Some(self.blocks[k].1 as usize + i)
    }

    /// Every match (for tests).
    pub fn to_vec(&self) -> Vec<Match> {
        let mut all = Vec::with_capacity(self.total);
        for &(b, _) in &self.blocks {
            all.extend_from_slice(&self.in_block(b as usize));
        }
        all
    }
}

/// Blocks whose positions are kept: more than a screen shows.
const RECENT: usize = 128;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Source;
    use crate::search::QueryMode;

    fn list(texts: &[&str], q: &str) -> (MatchList, Vec<Match>) {
        let doc =
            Document::from_bytes(Source::Stdin, texts.join("\n\n").into_bytes()).expect("parses");
        let index = SearchIndex::new(&doc.block_texts());
        let query = Query::new(q, QueryMode::Literal);
        let all = index
            .find_in(&doc.block_texts(), &query, 0..doc.len())
            .expect("valid");
        let source = MatchSource {
            doc: Arc::new(doc),
            index: Arc::new(index),
            query,
        };
        (MatchList::new(&all, source), all)
    }

    #[test]
    fn the_counts_give_back_every_match_and_its_place() {
        let (l, all) = list(
            &[
                "Le décret.",
                "Rien ici.",
                "Décret, decret et DÉCRET.",
                "Un décret.",
            ],
            "decret",
        );
        assert_eq!((l.len(), l.paragraphs()), (5, 3));
        assert_eq!(l.to_vec(), all);
        for (i, m) in all.iter().enumerate() {
            assert_eq!(l.get(i), Some(*m));
            assert_eq!(l.index_of(m), Some(i));
            assert_eq!(l.first_from(m.block, m.start), Some(i));
            assert_eq!(l.last_before(m.block, m.start), i.checked_sub(1));
        }
        assert_eq!(l.get(5), None);
        assert!(l.in_block(1).is_empty());
        // between matches, past the last, before the first
        assert_eq!(l.first_from(1, 0), Some(1));
        assert_eq!(l.first_from(2, all[3].end), Some(4));
        assert_eq!(l.first_from(3, all[4].end), None);
        assert_eq!(l.last_before(9, 0), Some(4));
        assert_eq!(l.last_before(0, 0), None);
    }

    #[test]
    fn an_empty_list_has_no_match() {
        let (l, _) = list(&["Rien."], "decret");
        assert!(l.is_empty());
        assert_eq!(
            (l.get(0), l.first_from(0, 0), l.last_before(0, 0)),
            (None, None, None)
        );
        assert!(MatchList::default().in_block(0).is_empty());
    }
}

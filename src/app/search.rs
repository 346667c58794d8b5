//! Search state: the `/` line, the matches across every paragraph (or the rows of the focused
//! list pane), the current match, history and regex mode.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use crossterm::event::{Event, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::matches::{MatchList, MatchSource};
use super::{App, Focus, Mode};
use crate::search::{Query, QueryMode, SearchIndex, matches_text};

#[derive(Debug, Default)]
pub struct SearchState {
    pub input: Input,
    pub regex: bool,
    /// Where the search applies: paragraphs, or the rows of the entities / funding pane.
    pub target: Option<Focus>,
    /// Matches of the kept or typed query, in (block, start) order: counted per paragraph,
    /// their positions found again for the paragraphs drawn or visited.
    pub matches: MatchList,
    pub current: Option<usize>,
    /// The pattern's error, shown in the search line; the previous matches stay.
    pub error: Option<String>,
    pub history: Vec<String>,
    history_pos: Option<usize>,
    /// Where the view was when `/` was pressed, for `Esc`.
    origin: Option<(super::reader::Pos, usize)>,
    /// The whole-document search still running for a large document (the matches so far are
    /// those around the reading position).
    job: Option<SearchJob>,
    /// The text around the reader held no match after the selection: the whole document's
    /// first one after it is shown when the job is in, if the query is still being typed.
    reveal_later: bool,
    /// The thread that runs them, made at the first (it ends with the state).
    searcher: Option<Sender<Work>>,
}

/// A search of the whole document on the searcher thread, cancelled by the next keystroke.
#[derive(Debug)]
struct SearchJob {
    results: Receiver<MatchList>,
    cancel: Arc<AtomicBool>,
}

/// What the searcher thread is given: a search, or a replaced match list to free (a one-letter
/// query's counts on 100 MB take megabytes: unmapping them cost the next keystroke 4 ms).
#[derive(Debug)]
enum Work {
    Search {
        source: MatchSource,
        cancel: Arc<AtomicBool>,
        results: Sender<MatchList>,
    },
    Free(#[allow(dead_code)] MatchList),
}

impl Drop for SearchJob {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// Documents up to this size are searched whole at every keystroke (about 1 ms for a first
/// letter); larger ones around the reader, the rest on the searcher thread. A first letter over
/// 1 MB took 4-4.5 ms searched whole (so ~17 ms at the 4 MiB this was), 0.1 ms so.
pub(super) const SYNC_BYTES: usize = 256 << 10;
/// Around the reading position, this much text is searched at once for the first frame, or twice
/// what the paragraphs pane shows if more (a cell shows a byte at least)...
const NEAR_BYTES: usize = 16 << 10;
/// ... and, while that holds no match after the selection, more up to this much: a quarter of the
/// instructions of 256 KiB for a keystroke (callgrind, typing "milliards" on 6 MB: 4.8 -> 1.6
/// M). The first letters of a query match thousands of times in 64 KiB, each mapped back to
/// the text: 16 KiB first cut their keystroke on 100 MB from ~200 to ~70 µs.
const NEAR_MAX_BYTES: usize = 64 << 10;
/// The background search checks for cancellation between chunks of this many blocks.
const CHUNK_BLOCKS: usize = 4096;

impl SearchState {
    /// True while the whole-document search is still running.
    pub fn pending(&self) -> bool {
        self.job.is_some()
    }

    pub fn query(&self) -> Query {
        Query::new(
            self.input.value(),
            if self.regex {
                QueryMode::Regex
            } else {
                QueryMode::Literal
            },
        )
    }

    /// "match 3/17 in 6 paragraphs".
    pub fn summary(&self) -> String {
        if self.matches.is_empty() {
            return if self.input.value().is_empty() {
                String::new()
            } else {
                "no match".into()
            };
        }
        let (n, paragraphs) = (self.matches.len(), self.matches.paragraphs());
        let at = self
            .current
            .map_or(String::new(), |c| format!("{}/", c + 1));
        if self.pending() {
            return format!("match {at}{n}+ (searching…)");
        }
        format!(
            "match {at}{n} in {paragraphs} paragraph{}",
            if paragraphs == 1 { "" } else { "s" }
        )
    }
}

impl App {
    /// The index is ready: a query typed while it was being built runs now.
    pub fn set_index(&mut self, index: SearchIndex) {
        self.index = Some(Arc::new(index));
        if self.doc.text_len() > SYNC_BYTES {
            // made now rather than at the first keystroke of the first search (~40 µs)
            self.search.searcher();
        }
        if self.search.target == Some(Focus::Paragraphs) && !self.search.input.value().is_empty() {
            self.run_search(self.mode == Mode::Search);
        }
    }

    pub(super) fn open_search(&mut self) {
        self.mode = Mode::Search;
        let s = &mut self.search;
        s.target = Some(self.focus);
        s.input = Input::default();
        s.error = None;
        s.history_pos = None;
        s.origin = Some((self.top, self.selected));
        if self.focus != Focus::Paragraphs {
            self.apply_list_filter();
        }
    }

    /// A key typed in the search line: edit, then search again at once.
    pub(super) fn search_edit(&mut self, key: KeyEvent) {
        if self
            .search
            .input
            .handle_event(&Event::Key(key))
            .is_some_and(|c| c.value)
        {
            self.search.history_pos = None;
            self.run_search(true);
        }
    }

    pub(super) fn toggle_regex(&mut self) {
        self.search.regex = !self.search.regex;
        self.run_search(true);
    }

    /// `Enter`: keep the search (and remember it).
    pub(super) fn keep_search(&mut self) {
        self.mode = Mode::Browse;
        let q = self.search.input.value().to_string();
        if !q.is_empty() && self.search.history.last() != Some(&q) {
            self.search.history.push(q);
        }
        self.search.origin = None;
    }

    /// `Esc`: clear the search and go back to where it started.
    pub(super) fn clear_search(&mut self) {
        self.mode = Mode::Browse;
        self.search.job = None;
        self.search.input = Input::default();
        let old = std::mem::take(&mut self.search.matches);
        self.search.free_later(old);
        self.search.current = None;
        self.search.error = None;
        if let Some((top, selected)) = self.search.origin.take() {
            self.top = top;
            self.selected = selected;
        }
        // Only a pane filter has rows to restore (re-sorting them costs on a large document).
        if self.search.target.is_some_and(|f| f != Focus::Paragraphs) {
            self.apply_list_filter();
        }
    }

    /// `↑`/`↓` in the search line: earlier searches.
    pub(super) fn recall(&mut self, older: bool) {
        let h = &self.search.history;
        if h.is_empty() {
            return;
        }
        let pos = match (self.search.history_pos, older) {
            (None, true) => Some(h.len() - 1),
            (None, false) => None,
            (Some(p), true) => Some(p.saturating_sub(1)),
            (Some(p), false) => (p + 1 < h.len()).then_some(p + 1),
        };
        self.search.history_pos = pos;
        let value = pos.map_or(String::new(), |p| h[p].clone());
        self.search.input = Input::new(value);
        self.run_search(true);
    }

    /// Runs the query over every paragraph (or filters the focused list) and, while typing,
    /// shows the first match at or after the selection.
    pub(super) fn run_search(&mut self, reveal: bool) {
        if self.search.target != Some(Focus::Paragraphs) {
            return self.apply_list_filter();
        }
        let query = self.search.query();
        let Some(index) = self.index.clone() else {
            self.search.error = Some("indexing…".into());
            return;
        };
        let (top, selected) = self.search.origin.unwrap_or((self.top, self.selected));
        self.search.job = None;
        let whole = 0..self.doc.len();
        let source = MatchSource {
            doc: Arc::clone(&self.doc),
            index: Arc::clone(&index),
            query,
        };
        // Large documents: the text around the reading position now (up to NEAR_BYTES, more up
        // to NEAR_MAX_BYTES while no match after the selection is found), the rest in the
        // background.
        let small = self.doc.text_len() <= SYNC_BYTES;
        let from = if small { 0 } else { selected.saturating_sub(8) };
        let (mut range, mut budget) = (from..from, NEAR_MAX_BYTES);
        let area = self.lines().area;
        let first_step = NEAR_BYTES.max(2 * area.width * area.height);
        let mut matches = Vec::new();
        while range.end < whole.end && (small || budget > 0) {
            let step = if small {
                usize::MAX
            } else {
                budget.min(first_step)
            };
            let (part, bytes) = self.near(range.end, step);
            budget = budget.saturating_sub(bytes);
            // only the texts of the blocks searched now: gathering them all costs 10 ms on 100 MB
            let window: Vec<&str> = part.clone().map(|b| self.doc.block_text(b)).collect();
            match index.find_in_window(&window, part.start, &source.query, part.clone()) {
                Ok(found) => matches.extend(found),
                Err(e) => {
                    self.search.error = Some(e.to_string());
                    return;
                }
            }
            range.end = part.end;
            if !small && matches.last().is_some_and(|m| m.block >= selected) {
                break;
            }
        }
        self.search.error = None;
        let old = std::mem::replace(
            &mut self.search.matches,
            MatchList::new(&matches, source.clone()),
        );
        if range != whole && !source.query.is_empty() {
            self.search.job = Some(self.search.start_job(source));
        }
        self.search.free_later(old);
        let after = self.search.matches.first_from(selected, 0);
        self.search.reveal_later = reveal && after.is_none() && self.search.job.is_some();
        self.search.current = self.search.matches.next_from(selected);
        match self.search.current.and_then(|c| self.search.matches.get(c)) {
            Some(m) if reveal => {
                self.show_block(m.block, m.start);
            }
            _ => {
                self.top = top;
                self.selected = selected;
            }
        }
    }

    /// `n` / `N`: the next or previous match anywhere, wrapping around.
    pub(super) fn step_match(&mut self, forward: bool) {
        // The next match may lie outside the part searched so far: take the whole result first.
        self.poll_search(true);
        let n = self.search.matches.len();
        if n == 0 {
            self.status = Some(if self.search.input.value().is_empty() {
                "no search: / to search".into()
            } else {
                "no match".into()
            });
            return;
        }
        // Moved away from the current match (scrolled, jumped): go on from the selection, as
        // `n` in less and vim goes on from the view or the cursor.
        let current = self
            .search
            .current
            .filter(|&c| (self.search.matches.get(c)).is_some_and(|m| m.block == self.selected));
        let next = match (current, forward) {
            (Some(c), true) => c + 1,
            (Some(c), false) => c.wrapping_sub(1),
            (None, true) => self
                .search
                .matches
                .first_from(self.selected, 0)
                .unwrap_or(n),
            (None, false) => (self.search.matches)
                .last_before(self.selected, 0)
                .unwrap_or(usize::MAX),
        };
        let wrapped = next >= n;
        let c = if next == usize::MAX { n - 1 } else { next % n };
        self.search.current = Some(c);
        let Some(m) = self.search.matches.get(c) else {
            return;
        };
        self.focus = Focus::Paragraphs;
        self.show_block(m.block, m.start);
        let summary = self.search.summary();
        self.status = Some(if wrapped {
            format!("search wrapped · {summary}")
        } else {
            summary
        });
    }

    /// `/` in the entities or funding pane filters its rows with the same matching.
    pub(super) fn apply_list_filter(&mut self) {
        let query = self.search.query();
        let active = self.search.target.filter(|f| *f != Focus::Paragraphs);
        let keep = |text: &str| query.is_empty() || !matches_text(text, &query).is_empty();
        let order = super::entities::EntityState::display_order(&self.entities);
        self.ents.order = if active == Some(Focus::Entities) {
            order
                .into_iter()
                .filter(|&e| {
                    keep(&self.entities[e].name) || self.entities[e].aliases.iter().any(|a| keep(a))
                })
                .collect()
        } else {
            order
        };
        let bars =
            super::funding::FundingState::bars_for(&self.figures, self.funding.unit.as_deref());
        self.funding.bars = if active == Some(Focus::Funding) {
            let (figures, doc) = (&self.figures, &self.doc);
            bars.into_iter()
                .filter(|&i| {
                    let f = &figures[i];
                    keep(f.subject.as_deref().unwrap_or(""))
                        || keep(f.text_in(doc.block_text(f.block())))
                })
                .collect()
        } else {
            bars
        };
        for (i, f) in [Focus::Entities, Focus::Funding].into_iter().enumerate() {
            self.lists[i].selected = self.lists[i]
                .selected
                .min(self.list_len(f).saturating_sub(1));
        }
    }

    /// `*`: search the paragraphs for the selected entity's name.
    pub(super) fn search_selected_entity(&mut self) {
        let Some(e) = self.selected_entity() else {
            return;
        };
        let name = self.entities[e].name.clone();
        self.search.target = Some(Focus::Paragraphs);
        self.search.regex = false;
        self.search.input = Input::new(name.clone());
        self.search.origin = None;
        self.run_search(false);
        self.search.current = None;
        if !self.search.history.contains(&name) {
            self.search.history.push(name);
        }
        self.step_match(true);
    }
}

impl App {
    /// Blocks from `start` holding about `bytes` of text (at least one), and their length.
    fn near(&self, start: usize, bytes: usize) -> (std::ops::Range<usize>, usize) {
        let n = self.doc.len();
        let start = start.min(n);
        let (mut end, mut held) = (start, 0);
        while end < n && (held < bytes || end == start) {
            held += self.doc.blocks[end].range().len();
            end += 1;
        }
        (start..end, held)
    }

    /// The live loop's and render's hook: takes the whole-document matches when they are in.
    /// `wait` blocks until then (render, for deterministic output).
    pub fn poll_search(&mut self, wait: bool) {
        let Some(job) = &self.search.job else { return };
        let result = if wait {
            job.results.recv().ok()
        } else {
            job.results.try_recv().ok()
        };
        let Some(matches) = result else { return };
        self.search.job = None;
        // Keep the match the user is on.
        let on = (self.search.current).and_then(|c| self.search.matches.get(c));
        let old = std::mem::replace(&mut self.search.matches, matches);
        self.search.free_later(old);
        if std::mem::take(&mut self.search.reveal_later) && self.mode == Mode::Search {
            let selected = self.search.origin.map_or(self.selected, |o| o.1);
            self.search.current = self.search.matches.next_from(selected);
            if let Some(m) = self.search.current.and_then(|c| self.search.matches.get(c)) {
                self.show_block(m.block, m.start);
            }
            return;
        }
        self.search.current = on
            .and_then(|m| self.search.matches.index_of(&m))
            .or_else(|| self.search.matches.next_from(self.selected));
    }
}

impl SearchState {
    /// Starts searching the whole document on the searcher thread (made at the first search).
    fn start_job(&mut self, source: MatchSource) -> SearchJob {
        let (tx, rx) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let work = Work::Search {
            source,
            cancel: Arc::clone(&cancel),
            results: tx,
        };
        if let Err(failed) = self.searcher().send(work) {
            // the thread is gone (it cannot panic, but then): search on a new one
            self.searcher = None;
            let _ = self.searcher().send(failed.0);
        }
        SearchJob {
            results: rx,
            cancel,
        }
    }

    /// Frees a replaced match list off the key path (on the searcher thread if there is one).
    fn free_later(&mut self, list: MatchList) {
        if let Some(searcher) = &self.searcher {
            let _ = searcher.send(Work::Free(list));
        }
    }

    fn searcher(&mut self) -> &Sender<Work> {
        self.searcher.get_or_insert_with(|| {
            let (tx, rx) = channel::<Work>();
            std::thread::spawn(move || {
                super::background_thread();
                for work in rx {
                    if let Work::Search {
                        source,
                        cancel,
                        results,
                    } = work
                        && let Some(all) = search_whole(source, &cancel)
                    {
                        let _ = results.send(all);
                    }
                }
            });
            tx
        })
    }
}

/// The matches of the whole document counted chunk by chunk (the positions of a chunk are
/// dropped once counted); `None` once cancelled.
fn search_whole(source: MatchSource, cancel: &AtomicBool) -> Option<MatchList> {
    let (doc, index, query) = (
        Arc::clone(&source.doc),
        Arc::clone(&source.index),
        source.query.clone(),
    );
    let mut all = MatchList::new(&[], source);
    let mut window = Vec::with_capacity(CHUNK_BLOCKS);
    for start in (0..doc.len()).step_by(CHUNK_BLOCKS) {
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        let end = (start + CHUNK_BLOCKS).min(doc.len());
        window.clear();
        window.extend((start..end).map(|b| doc.block_text(b)));
        let found = index
            .find_in_window(&window, start, &query, start..end)
            .ok()?;
        all.add(&found);
    }
    Some(all)
}

/// A search index over the document (built once, off the key path).
pub fn build_index(doc: &crate::document::Document) -> SearchIndex {
    SearchIndex::new(&doc.block_texts())
}

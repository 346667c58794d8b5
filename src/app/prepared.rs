//! Everything the panes need that is slow to compute on a large document: extraction, the
//! entity order and mention index, the funding bars, the search index. Built off the UI thread
//! and installed in one step.

use super::App;
use super::entities::EntityState;
use super::funding::FundingState;
use crate::document::Document;
use crate::extract::{self, Analysis};
use crate::search::SearchIndex;

pub struct Prepared {
    analysis: Analysis,
    ents: EntityState,
    bars: Vec<usize>,
    /// None when the index was built and installed on its own, before the extraction.
    index: Option<SearchIndex>,
}

impl Prepared {
    pub fn new(doc: &Document, currency: &str) -> Prepared {
        Prepared::with_progress(doc, currency, &extract::Progress::default())
    }

    /// [`Prepared::new`], reporting the extraction's progress.
    pub fn with_progress(doc: &Document, currency: &str, progress: &extract::Progress) -> Prepared {
        let index = super::search::build_index(doc);
        Prepared {
            index: Some(index),
            ..Prepared::analysis_only(doc, currency, progress)
        }
    }

    /// The extraction alone, for a caller that installs the search index as soon as it is built
    /// (it takes a second on 100 MB; the extraction, ten).
    pub fn analysis_only(doc: &Document, currency: &str, progress: &extract::Progress) -> Prepared {
        let mut analysis = extract::analyze_with(doc, currency, progress);
        let ents = EntityState::new(&mut analysis.entities);
        let bars = FundingState::bars_for(&analysis.figures, None);
        Prepared {
            analysis,
            ents,
            bars,
            index: None,
        }
    }
}

impl App {
    /// Installs what was prepared: a few moves, nothing proportional to the document.
    pub fn install(&mut self, p: Prepared) {
        self.install_analysis(p.analysis, p.ents, p.bars);
        if let Some(index) = p.index {
            self.set_index(index);
        }
    }

    /// Puts in the whole document in place of its start (`loading`). The start's blocks are the
    /// whole one's first blocks, so the selection and scroll position stay; should they differ
    /// (the rest of the file changed how it decodes), the view goes back to the top.
    pub fn replace_document(&mut self, whole: Document) {
        if !self.doc.is_start_of(&whole) {
            self.top = Default::default();
            self.selected = 0;
            self.lists = Default::default();
            *self.wraps.borrow_mut() = Default::default();
        }
        self.doc = std::sync::Arc::new(whole);
        self.loading = false;
    }

    /// The extraction results alone (tests and tools that build their own).
    pub fn set_analysis(&mut self, mut analysis: Analysis) {
        let ents = EntityState::new(&mut analysis.entities);
        let bars = FundingState::bars_for(&analysis.figures, None);
        self.install_analysis(analysis, ents, bars);
    }

    fn install_analysis(&mut self, analysis: Analysis, ents: EntityState, bars: Vec<usize>) {
        self.extracting = false;
        self.ents = ents;
        self.entities = analysis.entities;
        self.figures = analysis.figures;
        self.currency = analysis.currency;
        self.rates_date = analysis.rates_date;
        self.lists = Default::default();
        self.funding.unit = None;
        self.funding.bars = bars;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::reader::TextArea;
    use crate::app::{Action, Focus};
    use crate::document::Source;

    /// The start and the whole of a large file, as the live explorer opens it.
    fn head_and_whole(name: &str) -> (Document, Document) {
        let piece = "Un titre court\n\nLa réunion s’est tenue mardi à Bruxelles, et rien n’en est \
                     sorti de ce que les délégations attendaient.\n\n- un point\n- un autre\n\n";
        let dir = std::env::temp_dir().join(format!("artex-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("large.txt");
        std::fs::write(&path, piece.repeat(5 << 20 >> 7)).unwrap();
        let path = path.to_str().unwrap();
        let (head, _) = Document::open_head(path).expect("a head");
        let whole = Document::open(path).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        (head, whole)
    }

    fn header(app: &App) -> String {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 20)).unwrap();
        t.draw(|f| crate::ui::draw(f, app)).unwrap();
        let buffer = t.backend().buffer();
        (0..80).map(|x| buffer[(x, 0)].symbol()).collect()
    }

    #[test]
    fn the_whole_document_replaces_its_start_keeping_the_view() {
        let (head, whole) = head_and_whole("swap");
        let (head_len, whole_len) = (head.len(), whole.len());
        let mut app = App::new(head);
        app.loading = true;
        app.text_area.set(TextArea {
            width: 60,
            height: 12,
        });
        assert!(
            header(&app).contains(&format!("¶ 1/{head_len}+")),
            "{}",
            header(&app)
        );
        for action in [Action::NextParagraph; 7].into_iter().chain([
            Action::Down,
            Action::Down,
            Action::Focus(Focus::Entities),
        ]) {
            app.update(action);
        }
        let (selected, top, focus) = (app.selected, app.top, app.focus);
        assert!(selected >= 7 && top.block > 0, "{selected} {top:?}");

        app.replace_document(whole);
        assert!(!app.loading && app.extracting);
        assert_eq!(app.doc.len(), whole_len);
        assert!(whole_len > head_len);
        assert_eq!((app.selected, app.top, app.focus), (selected, top, focus));
        let shown = header(&app);
        assert!(
            shown.contains(&format!("¶ {}/{whole_len} ", selected + 1)),
            "{shown}"
        );
        // what the loop does next: the extraction of the whole document
        app.install(Prepared::new(&app.doc, "EUR"));
        assert!(!app.extracting);
        assert_eq!((app.selected, app.top), (selected, top));
    }

    #[test]
    fn a_whole_document_that_does_not_begin_with_the_start_resets_the_view() {
        let (head, _) = head_and_whole("reset");
        let mut app = App::new(head);
        app.loading = true;
        for _ in 0..5 {
            app.update(Action::NextParagraph);
        }
        assert!(app.selected > 0);
        app.replace_document(Document::bundled());
        assert_eq!((app.selected, app.top), (0, Default::default()));
        assert!(!app.loading);
        assert_eq!(app.doc.source, Source::Bundled);
    }
}

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
    index: SearchIndex,
}

impl Prepared {
    pub fn new(doc: &Document, currency: &str) -> Prepared {
        Prepared::with_progress(doc, currency, &extract::Progress::default())
    }

    /// [`Prepared::new`], reporting the extraction's progress.
    pub fn with_progress(doc: &Document, currency: &str, progress: &extract::Progress) -> Prepared {
        let index = super::search::build_index(doc);
        let analysis = extract::analyze_with(doc, currency, progress);
        let ents = EntityState::new(&analysis.entities);
        let bars = FundingState::bars_for(&analysis.figures, None);
        Prepared {
            analysis,
            ents,
            bars,
            index,
        }
    }
}

impl App {
    /// Installs what was prepared: a few moves, nothing proportional to the document.
    pub fn install(&mut self, p: Prepared) {
        self.install_analysis(p.analysis, p.ents, p.bars);
        self.set_index(p.index);
    }

    /// The extraction results alone (tests and tools that build their own).
    pub fn set_analysis(&mut self, analysis: Analysis) {
        let ents = EntityState::new(&analysis.entities);
        let bars = FundingState::bars_for(&analysis.figures, None);
        self.install_analysis(analysis, ents, bars);
    }

    fn install_analysis(&mut self, analysis: Analysis, ents: EntityState, bars: Vec<usize>) {
        self.extracting = false;
        self.ents = ents;
        self.entities = analysis.entities;
        self.figures = analysis.figures;
        self.rates_date = analysis.rates_date;
        self.lists = Default::default();
        self.funding.unit = None;
        self.funding.bars = bars;
    }
}

//! Entities, dates, money and quantities found in the article. No terminal knowledge here.

pub mod currency;
pub mod entities;
pub mod figures;
pub mod language;
pub mod types;

pub use types::*;

/// Everything extracted from a document, ready for the panes and `dump`.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub entities: Vec<Entity>,
    pub figures: Vec<Figure>,
    /// Date of the exchange rates the figures were converted with.
    pub rates_date: Option<String>,
}

/// Runs every extractor over the document's blocks; money is converted to `currency`.
pub fn analyze(doc: &crate::document::Document, currency: &str) -> Analysis {
    analyze_with(doc, currency, &Progress::default())
}

/// [`analyze`], reporting how far it is in `progress`.
pub fn analyze_with(
    doc: &crate::document::Document,
    currency: &str,
    progress: &Progress,
) -> Analysis {
    let blocks = doc.block_texts();
    let entities = entities::extract_entities_with(&blocks, doc.language, progress);
    let spans: Vec<figures::EntitySpan> = entities
        .iter()
        .flat_map(|e| {
            let name: std::sync::Arc<str> = e.name.as_str().into();
            e.mentions.iter().map(move |m| figures::EntitySpan {
                name: name.clone(),
                kind: e.kind,
                block: m.block,
                start: m.start,
                end: m.end,
            })
        })
        .collect();
    let mut figures = figures::extract_figures(&blocks, doc.language, &spans);
    let rates = currency::Rates::bundled();
    currency::convert_figures(&mut figures, rates, currency);
    progress.set(1000);
    Analysis {
        entities,
        figures,
        rates_date: Some(rates.date.clone()),
    }
}

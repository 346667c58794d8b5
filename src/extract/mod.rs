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
    let scanned = figures::scan_figures(&blocks, doc.language);
    // Spans only for the blocks with figures: a large document has millions of mentions.
    let wanted = scanned.blocks_with_figures(blocks.len());
    let in_wanted = |m: &&Mention| wanted.get(m.block()) == Some(&true);
    let count = entities
        .iter()
        .map(|e| e.mentions.iter().filter(in_wanted).count())
        .sum();
    let mut spans: Vec<figures::EntitySpan> = Vec::with_capacity(count);
    for e in &entities {
        let name: std::sync::Arc<str> = e.name.as_str().into();
        spans.extend(
            e.mentions
                .iter()
                .filter(in_wanted)
                .map(|m| figures::EntitySpan {
                    name: name.clone(),
                    kind: e.kind,
                    block: m.block(),
                    start: m.start(),
                    end: m.end(),
                }),
        );
    }
    drop(wanted);
    let mut figures = scanned.attribute(&blocks, doc.language, &spans);
    drop(spans);
    let rates = currency::Rates::bundled();
    currency::convert_figures(&mut figures, rates, currency);
    progress.set(1000);
    Analysis {
        entities,
        figures,
        rates_date: Some(rates.date.clone()),
    }
}

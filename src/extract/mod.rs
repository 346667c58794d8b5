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
    // Spans only for the blocks with figures (a large document has millions of mentions), made
    // block by block from 16 bytes per mention: (block, entity, start, end), in entity order
    // within a block (it breaks ties between spans).
    let wanted = scanned.blocks_with_figures(blocks.len());
    let mut placed: Vec<[u32; 4]> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        placed.extend(
            e.mentions
                .iter()
                .filter(|m| wanted.get(m.block()) == Some(&true))
                .map(|m| [m.block() as u32, i as u32, m.start() as u32, m.end() as u32]),
        );
    }
    drop(wanted);
    placed.sort_by_key(|p| p[0]);
    let names: Vec<std::sync::Arc<str>> = entities.iter().map(|e| e.name.as_str().into()).collect();
    let mut figures = scanned.attribute_with(&blocks, doc.language, |bi| {
        let from = placed.partition_point(|p| (p[0] as usize) < bi);
        let to = placed.partition_point(|p| (p[0] as usize) <= bi);
        placed[from..to]
            .iter()
            .map(|&[_, e, start, end]| figures::EntitySpan {
                name: names[e as usize].clone(),
                kind: entities[e as usize].kind,
                block: bi,
                start: start as usize,
                end: end as usize,
            })
            .collect()
    });
    drop(placed);
    let rates = currency::Rates::bundled();
    currency::convert_figures(&mut figures, rates, currency);
    progress.set(1000);
    Analysis {
        entities,
        figures,
        rates_date: Some(rates.date.clone()),
    }
}

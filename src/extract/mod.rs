//! Entities, dates, money and quantities found in the article. No terminal knowledge here.

pub mod entities;
pub mod language;
pub mod types;

pub use types::*;

/// Everything extracted from a document, ready for the panes and `dump`.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub entities: Vec<Entity>,
    pub figures: Vec<Figure>,
}

/// Runs every extractor over the document's blocks.
pub fn analyze(doc: &crate::document::Document) -> Analysis {
    let blocks = doc.block_texts();
    let entities = entities::extract_entities(&blocks, doc.language);
    Analysis {
        entities,
        figures: Vec::new(),
    }
}

//! `artex dump`: the parsed article as one JSON document (CONTRACT.md, version 1).

use serde::Serialize;

use crate::document::{BlockKind, Document};
use crate::extract::{Entity, Figure};

#[derive(Serialize)]
struct Dump<'a> {
    version: u32,
    source: &'a str,
    language: &'a str,
    title: Option<&'a str>,
    byline: Option<&'a str>,
    /// Set when the bytes were not plain UTF-8.
    encoding_note: Option<&'a str>,
    blocks: Vec<DumpBlock<'a>>,
    entities: &'a [Entity],
    figures: &'a [Figure],
}

#[derive(Serialize)]
struct DumpBlock<'a> {
    index: usize,
    kind: BlockKind,
    text: &'a str,
}

pub fn dump(doc: &Document, entities: &[Entity], figures: &[Figure]) -> serde_json::Result<String> {
    let blocks = (0..doc.len())
        .map(|i| DumpBlock {
            index: i,
            kind: doc.blocks[i].kind,
            text: doc.block_text(i),
        })
        .collect();
    let dump = Dump {
        version: 1,
        source: doc.source.label(),
        language: doc.language.code(),
        title: doc.title.as_deref(),
        byline: doc.byline(),
        encoding_note: doc.note.as_deref(),
        blocks,
        entities,
        figures,
    };
    let mut s = serde_json::to_string(&dump)?;
    s.push('\n');
    Ok(s)
}

/// `dump --format csv`: the figures as rows (subject, amount, currency, converted, paragraph).
pub fn figures_csv(figures: &[Figure]) -> String {
    let rows: Vec<super::export::CsvRow> = figures
        .iter()
        .map(|f| super::export::CsvRow {
            subject: f.subject.clone(),
            amount: f.amount,
            amount_max: f.amount_max,
            currency: f.currency.map(str::to_string),
            unit: f.unit.clone(),
            converted_amount: f.converted.as_ref().map(|c| c.amount),
            converted_currency: f.converted.as_ref().map(|c| c.currency.to_string()),
            paragraph: f.block + 1,
            text: f.text.clone(),
        })
        .collect();
    super::export::figures_csv(&rows)
}

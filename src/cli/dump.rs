//! `artex dump`: the parsed article as one JSON document (CONTRACT.md, version 1).

use serde::Serialize;

use crate::document::{BlockKind, Document};
use crate::extract::{Analysis, EntityKind, FigureKind, serialize_number, serialize_opt_number};

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
    entities: Vec<DumpEntity<'a>>,
    figures: Vec<DumpFigure<'a>>,
}

/// A figure as CONTRACT.md has it, with its text.
#[derive(Serialize)]
struct DumpFigure<'a> {
    kind: FigureKind,
    text: &'a str,
    block: usize,
    start: usize,
    end: usize,
    #[serde(serialize_with = "serialize_number")]
    amount: f64,
    #[serde(serialize_with = "serialize_opt_number")]
    amount_max: Option<f64>,
    currency: Option<&'a str>,
    unit: Option<&'a str>,
    subject: Option<&'a str>,
    converted: Option<DumpConverted<'a>>,
    same_as: Option<usize>,
}

/// A figure's amount in the display currency, the same for every figure.
#[derive(Serialize)]
struct DumpConverted<'a> {
    currency: &'a str,
    #[serde(serialize_with = "serialize_number")]
    amount: f64,
}

/// An entity as CONTRACT.md has it: its mentions carry their text.
#[derive(Serialize)]
struct DumpEntity<'a> {
    name: &'a str,
    kind: EntityKind,
    aliases: &'a [String],
    mentions: Vec<DumpMention<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
}

#[derive(Serialize)]
struct DumpMention<'a> {
    block: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct DumpBlock<'a> {
    index: usize,
    kind: BlockKind,
    text: &'a str,
}

pub fn dump(doc: &Document, analysis: &Analysis) -> serde_json::Result<String> {
    let (entities, figures) = (&analysis.entities, &analysis.figures);
    let blocks = (0..doc.len())
        .map(|i| DumpBlock {
            index: i,
            kind: doc.blocks[i].kind,
            text: doc.block_text(i),
        })
        .collect();
    let texts = doc.block_texts();
    let entities = entities
        .iter()
        .map(|e| DumpEntity {
            name: &e.name,
            kind: e.kind,
            aliases: &e.aliases,
            mentions: e
                .mentions
                .iter()
                .map(|m| DumpMention {
                    block: m.block(),
                    start: m.start(),
                    end: m.end(),
                    text: m.text(&texts),
                })
                .collect(),
            value: e.value.as_deref(),
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
        figures: figures
            .iter()
            .map(|f| DumpFigure {
                kind: f.kind,
                text: f.text_in(doc.block_text(f.block())),
                block: f.block(),
                start: f.start(),
                end: f.end(),
                amount: f.amount,
                amount_max: f.amount_max(),
                currency: f.currency(),
                unit: f.unit(),
                subject: f.subject.as_deref(),
                converted: f.converted().map(|amount| DumpConverted {
                    currency: &analysis.currency,
                    amount,
                }),
                same_as: f.same_as(),
            })
            .collect(),
    };
    let mut s = serde_json::to_string(&dump)?;
    s.push('\n');
    Ok(s)
}

/// `dump --format csv`: the figures as rows (subject, amount, currency, converted, paragraph).
pub fn figures_csv(doc: &Document, analysis: &Analysis) -> String {
    let rows: Vec<super::export::CsvRow> = analysis
        .figures
        .iter()
        .map(|f| super::export::CsvRow {
            subject: f.subject.as_deref().map(str::to_string),
            amount: f.amount,
            amount_max: f.amount_max(),
            currency: f.currency().map(str::to_string),
            unit: f.unit().map(str::to_string),
            converted_amount: f.converted(),
            converted_currency: f.converted().map(|_| analysis.currency.clone()),
            paragraph: f.block() + 1,
            text: f.text_in(doc.block_text(f.block())).to_string(),
        })
        .collect();
    super::export::figures_csv(&rows)
}

//! Types shared by the extractors and serialized by `artex dump` (CONTRACT.md, version 1).

use std::sync::Arc;

use serde::{Serialize, Serializer};

/// Language of an article (ISO 639-1 in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Date,
    Other,
}

/// One occurrence of an entity: byte offsets into the block's text (end exclusive, char boundaries).
/// Its text is read from the blocks ([`Mention::text`]): a large document has millions of
/// mentions. `artex dump` writes it beside the offsets.
/// Offsets are held in 32 bits (12 bytes a mention, not 24): blocks are under 4 GiB, and so
/// are their numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    block: u32,
    start: u32,
    end: u32,
}

impl Mention {
    pub fn new(block: usize, start: usize, end: usize) -> Mention {
        let fit = |n: usize| u32::try_from(n).expect("offsets of a block under 4 GiB");
        Mention {
            block: fit(block),
            start: fit(start),
            end: fit(end),
        }
    }

    pub fn block(&self) -> usize {
        self.block as usize
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// The mention's text in `blocks`, the texts it was found in.
    pub fn text<'a>(&self, blocks: &[&'a str]) -> &'a str {
        &blocks[self.block()][self.range()]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
    /// ISO date ("2025-11-27", "2025-11", "2025") for dates when it can be resolved.
    pub value: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Money,
    Quantity,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Converted {
    /// Shared by every converted figure.
    pub currency: Arc<str>,
    #[serde(serialize_with = "serialize_number")]
    pub amount: f64,
}

/// A sum or quantity the article cites. Its text is read from its block ([`Figure::text_in`]):
/// a large document has hundreds of thousands of figures; `artex dump` writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub kind: FigureKind,
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub amount: f64,
    pub amount_max: Option<f64>,
    /// ISO 4217 code, from the extractor's table.
    pub currency: Option<&'static str>,
    pub unit: Option<String>,
    /// The name of the entity it is attributed to, shared with every figure of that entity.
    pub subject: Option<Arc<str>>,
    pub converted: Option<Converted>,
    /// Index (in the figures list) of the figure this one restates, e.g. a conversion in parentheses.
    pub same_as: Option<usize>,
}

impl Figure {
    /// The figure's text in `block`, the text of its block.
    pub fn text_in<'a>(&self, block: &'a str) -> &'a str {
        &block[self.start..self.end]
    }
}

/// Whole numbers print as JSON integers (22000000000, not 22000000000.0).
pub fn serialize_number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

pub fn serialize_opt_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => serialize_number(v, s),
        None => s.serialize_none(),
    }
}

/// How far a long extraction is, in thousandths, for the panes that wait for it. Written by
/// the extracting threads, read by the UI thread.
#[derive(Debug, Default)]
pub struct Progress(std::sync::atomic::AtomicU32);

impl Progress {
    pub fn set(&self, permille: u32) {
        self.0
            .store(permille.min(1000), std::sync::atomic::Ordering::Relaxed);
    }

    pub fn permille(&self) -> u32 {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

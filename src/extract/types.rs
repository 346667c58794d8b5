//! Types shared by the extractors and serialized by `artex dump` (CONTRACT.md, version 1).

use std::sync::Arc;

use serde::{Serialize, Serializer};

use crate::document::narrow;

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
        Mention {
            block: narrow(block),
            start: narrow(start),
            end: narrow(end),
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

/// An ISO 4217 code ("EUR"), held in three bytes: every figure has room for one.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct CurrencyCode([u8; 3]);

impl CurrencyCode {
    /// `None` unless `code` is three ASCII letters.
    pub fn new(code: &str) -> Option<CurrencyCode> {
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(u8::is_ascii_alphabetic)
            .then_some(CurrencyCode(bytes))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("ASCII letters")
    }
}

impl std::fmt::Debug for CurrencyCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// A sum or quantity the article cites. Its text is read from its block ([`Figure::text_in`]):
/// a large document has hundreds of thousands of figures; `artex dump` writes it.
/// Held in 80 bytes, not 152: 32-bit offsets and index (as [`Mention`]), a three-byte currency
/// code, NaN for a missing bound or conversion (amounts are never NaN), units shared.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub kind: FigureKind,
    /// Where it is: its block and byte range, held as a mention's are (12 bytes).
    at: Mention,
    pub amount: f64,
    /// The high bound of a range; NaN when it is not one.
    amount_max: f64,
    currency: Option<CurrencyCode>,
    /// Shared by every figure counted in the same unit.
    unit: Option<Arc<str>>,
    /// The name of the entity it is attributed to, shared with every figure of that entity.
    pub subject: Option<Arc<str>>,
    /// The amount in the display currency ([`crate::extract::Analysis::currency`]); NaN when
    /// no rate is known.
    converted: f64,
    /// [`NO_FIGURE`] when it restates none.
    same_as: u32,
}

/// `same_as` of a figure that restates none.
const NO_FIGURE: u32 = u32::MAX;

fn nan_for_none(v: Option<f64>) -> f64 {
    v.unwrap_or(f64::NAN)
}

fn none_for_nan(v: f64) -> Option<f64> {
    (!v.is_nan()).then_some(v)
}

impl Figure {
    /// A figure without range, currency, unit, subject, conversion or restatement.
    pub fn new(kind: FigureKind, block: usize, start: usize, end: usize, amount: f64) -> Figure {
        Figure {
            kind,
            at: Mention::new(block, start, end),
            amount,
            amount_max: f64::NAN,
            currency: None,
            unit: None,
            subject: None,
            converted: f64::NAN,
            same_as: NO_FIGURE,
        }
    }

    pub fn with_amount_max(mut self, max: Option<f64>) -> Figure {
        self.amount_max = nan_for_none(max);
        self
    }

    /// `code`: an ISO 4217 code (three ASCII letters), as the extractor's tables write them.
    pub fn with_currency(mut self, code: Option<&str>) -> Figure {
        self.currency = code.map(|c| CurrencyCode::new(c).expect("an ISO 4217 code"));
        self
    }

    pub fn with_unit(mut self, unit: Option<Arc<str>>) -> Figure {
        self.unit = unit;
        self
    }

    pub fn with_subject(mut self, subject: Option<Arc<str>>) -> Figure {
        self.subject = subject;
        self
    }

    pub fn with_same_as(mut self, same_as: Option<usize>) -> Figure {
        self.same_as = same_as.map_or(NO_FIGURE, narrow);
        self
    }

    pub fn set_converted(&mut self, amount: Option<f64>) {
        self.converted = nan_for_none(amount);
    }

    pub fn block(&self) -> usize {
        self.at.block()
    }

    pub fn start(&self) -> usize {
        self.at.start()
    }

    pub fn end(&self) -> usize {
        self.at.end()
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.at.range()
    }

    /// The high bound of a range ("30 à 50 milliards"), `amount` being the low one.
    pub fn amount_max(&self) -> Option<f64> {
        none_for_nan(self.amount_max)
    }

    /// ISO 4217 code of a sum.
    pub fn currency(&self) -> Option<&str> {
        self.currency.as_ref().map(CurrencyCode::as_str)
    }

    /// What a quantity counts, singular ("GPU", "emploi").
    pub fn unit(&self) -> Option<&str> {
        self.unit.as_deref()
    }

    /// The amount in the display currency, when a rate is known.
    pub fn converted(&self) -> Option<f64> {
        none_for_nan(self.converted)
    }

    /// Index (in the figures list) of the figure this one restates, e.g. a conversion in
    /// parentheses.
    pub fn same_as(&self) -> Option<usize> {
        (self.same_as != NO_FIGURE).then_some(self.same_as as usize)
    }

    /// The figure's text in `block`, the text of its block.
    pub fn text_in<'a>(&self, block: &'a str) -> &'a str {
        &block[self.range()]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_stays_small() {
        // A large document holds hundreds of thousands of figures.
        let size = std::mem::size_of::<Figure>();
        assert!(size <= 96, "Figure: {size} bytes");
        assert!(std::mem::size_of::<Mention>() <= 12);
    }

    #[test]
    fn missing_values_read_back_as_none() {
        let f = Figure::new(FigureKind::Money, 3, 5, 9, 2e9);
        assert_eq!(
            (
                f.amount_max(),
                f.currency(),
                f.unit(),
                f.converted(),
                f.same_as()
            ),
            (None, None, None, None, None)
        );
        let mut g = f
            .with_amount_max(Some(3e9))
            .with_currency(Some("USD"))
            .with_unit(Some("GPU".into()))
            .with_same_as(Some(0));
        g.set_converted(Some(1.5e9));
        assert_eq!(
            (
                g.amount_max(),
                g.currency(),
                g.unit(),
                g.converted(),
                g.same_as()
            ),
            (Some(3e9), Some("USD"), Some("GPU"), Some(1.5e9), Some(0))
        );
        assert_eq!((g.block(), g.range()), (3, 5..9));
    }

    #[test]
    fn currency_codes_are_three_letters() {
        assert_eq!(
            CurrencyCode::new("EUR").map(|c| c.as_str().to_string()),
            Some("EUR".into())
        );
        assert_eq!(
            format!("{:?}", CurrencyCode::new("usd").unwrap()),
            "\"usd\""
        );
        for bad in ["", "EU", "EURO", "E1R", "€"] {
            assert_eq!(CurrencyCode::new(bad), None, "{bad:?}");
        }
    }
}

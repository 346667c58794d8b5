//! Currency rate table (bundled ECB reference rates) and conversion of money figures.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::types::{Figure, FigureKind};

/// Exchange rates quoted as units of each currency per one unit of `base` (EUR).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Rates {
    /// Date of the reference rates (ISO 8601).
    pub date: String,
    /// Where the rates were taken from.
    pub source: String,
    /// Base currency (ISO 4217), normally "EUR".
    pub base: String,
    /// Units of currency per one unit of `base`.
    pub rates: BTreeMap<String, f64>,
}

static BUNDLED: LazyLock<Rates> = LazyLock::new(|| {
    Rates::from_json(include_str!("../../assets/rates.json")).unwrap_or_else(|_| Rates {
        date: String::new(),
        source: String::new(),
        base: "EUR".into(),
        rates: BTreeMap::from([("EUR".to_string(), 1.0)]),
    })
});

impl Rates {
    /// The rate table shipped in `assets/rates.json`.
    pub fn bundled() -> &'static Rates {
        &BUNDLED
    }

    /// Parses a rate table in the `assets/rates.json` format.
    pub fn from_json(json: &str) -> Result<Rates, serde_json::Error> {
        let mut r: Rates = serde_json::from_str(json)?;
        r.rates.insert(r.base.clone(), 1.0);
        Ok(r)
    }

    fn rate(&self, code: &str) -> Option<f64> {
        let r = *self.rates.get(&code.to_ascii_uppercase())?;
        (r.is_finite() && r > 0.0).then_some(r)
    }

    /// Converts `amount` from currency `from` to currency `to` (ISO 4217 codes, any case).
    /// `None` when either currency is not in the table.
    pub fn convert(&self, amount: f64, from: &str, to: &str) -> Option<f64> {
        let f = self.rate(from)?;
        let t = self.rate(to)?;
        Some(amount / f * t)
    }
}

/// Fills the amount in `to` (rounded to cents) of every money figure with a known currency;
/// `None` when no rate applies. The figures do not hold `to`: it is the same for all.
pub fn convert_figures(figures: &mut [Figure], rates: &Rates, to: &str) {
    for f in figures.iter_mut() {
        let converted = match (f.kind, f.currency()) {
            (FigureKind::Money, Some(cur)) => rates
                .convert(f.amount, cur, to)
                .map(|amount| (amount * 100.0).round() / 100.0),
            _ => None,
        };
        f.set_converted(converted);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_has_required_currencies() {
        let r = Rates::bundled();
        assert!(!r.date.is_empty() && !r.source.is_empty());
        for c in [
            "EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "CNY", "INR", "KRW", "SEK", "NOK",
            "DKK", "PLN", "BRL",
        ] {
            assert!(r.rate(c).is_some(), "missing {c}");
        }
    }

    #[test]
    fn conversions() {
        let r = Rates::bundled();
        let rows: &[(f64, &str, &str, f64)] = &[
            (100.0, "EUR", "EUR", 100.0),
            (1.0411, "USD", "EUR", 1.0),
            (1.0, "EUR", "usd", 1.0411),
            (0.82608, "GBP", "USD", 1.0411),
        ];
        for &(a, f, t, want) in rows {
            let got = r.convert(a, f, t).unwrap();
            assert!((got - want).abs() < 1e-9, "{a} {f}->{t}: {got} != {want}");
        }
        assert_eq!(r.convert(1.0, "XXX", "EUR"), None);
        assert_eq!(r.convert(1.0, "EUR", "XXX"), None);
    }

    #[test]
    fn convert_figures_fills_money_only() {
        let mk = |kind, currency| Figure::new(kind, 0, 0, 0, 1.0411e9).with_currency(currency);
        let mut figs = vec![
            mk(FigureKind::Money, Some("USD")),
            mk(FigureKind::Money, Some("XOF")),
            mk(FigureKind::Money, None),
            mk(FigureKind::Quantity, None),
        ];
        convert_figures(&mut figs, Rates::bundled(), "EUR");
        assert_eq!(figs[0].converted(), Some(1.0e9));
        assert!(figs[1..].iter().all(|f| f.converted().is_none()));
    }
}

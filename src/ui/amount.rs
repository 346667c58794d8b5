//! Amounts as a reader of the article's language writes them: "22 Md$", "1,2 Md€", "3 500 €"
//! in French; "$22bn", "€1.2bn", "$3,500" in English.

use crate::extract::Lang;

fn symbol(currency: &str) -> Option<&'static str> {
    Some(match currency {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        "JPY" | "CNY" => "¥",
        "INR" => "₹",
        "KRW" => "₩",
        "CAD" => "C$",
        "AUD" => "A$",
        _ => return None,
    })
}

/// `x` with at most one decimal (none from 100 up), in the language's digit conventions.
fn number(x: f64, lang: Lang) -> String {
    let decimals = if x.abs() >= 100.0 || (x.fract()).abs() < 0.05 {
        0
    } else {
        1
    };
    let s = format!("{x:.decimals$}");
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let (sep, point) = match lang {
        Lang::Fr => ('\u{202f}', ','),
        Lang::En => (',', '.'),
    };
    let digits: Vec<char> = int.trim_start_matches('-').chars().collect();
    let mut out = String::new();
    if int.starts_with('-') {
        out.push('-');
    }
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(*d);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// A sum of money, compact: thousands stay whole, millions and billions get a unit.
pub fn money(amount: f64, currency: &str, lang: Lang) -> String {
    let (value, fr_unit, en_unit) = if amount.abs() >= 1e9 {
        (amount / 1e9, "Md", "bn")
    } else if amount.abs() >= 1e6 {
        (amount / 1e6, "M", "m")
    } else {
        (amount, "", "")
    };
    let n = number(value, lang);
    match (lang, symbol(currency)) {
        (Lang::Fr, Some(sym)) if fr_unit.is_empty() => format!("{n}\u{a0}{sym}"),
        (Lang::Fr, Some(sym)) => format!("{n}\u{a0}{fr_unit}{sym}"),
        (Lang::Fr, None) => format!(
            "{n}\u{a0}{fr_unit}{}{currency}",
            if fr_unit.is_empty() { "" } else { "\u{a0}" }
        ),
        (Lang::En, Some(sym)) => format!("{sym}{n}{en_unit}"),
        (Lang::En, None) => format!("{currency}\u{a0}{n}{en_unit}"),
    }
}

/// A counted quantity: "120 000 GPU" / "120,000 GPU".
pub fn quantity(amount: f64, unit: &str, lang: Lang) -> String {
    format!("{}\u{a0}{unit}", number(amount, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_amounts_the_way_each_language_does() {
        let cases: &[(f64, &str, Lang, &str)] = &[
            (22e9, "USD", Lang::Fr, "22\u{a0}Md$"),
            (1.2e9, "EUR", Lang::Fr, "1,2\u{a0}Md€"),
            (4300e9, "USD", Lang::Fr, "4\u{202f}300\u{a0}Md$"),
            (450e6, "EUR", Lang::Fr, "450\u{a0}M€"),
            (3500.0, "EUR", Lang::Fr, "3\u{202f}500\u{a0}€"),
            (35000.0, "EUR", Lang::Fr, "35\u{202f}000\u{a0}€"),
            (2e9, "CHF", Lang::Fr, "2\u{a0}Md\u{a0}CHF"),
            (22e9, "USD", Lang::En, "$22bn"),
            (1.2e9, "EUR", Lang::En, "€1.2bn"),
            (10.9e9, "USD", Lang::En, "$10.9bn"),
            (3500.0, "USD", Lang::En, "$3,500"),
            (12_000.0, "GBP", Lang::En, "£12,000"),
            (0.04, "USD", Lang::En, "$0"),
            (2e6, "CHF", Lang::En, "CHF\u{a0}2m"),
        ];
        for (amount, cur, lang, want) in cases {
            assert_eq!(money(*amount, cur, *lang), *want, "{amount} {cur} {lang:?}");
        }
        assert_eq!(
            quantity(120_000.0, "GPU", Lang::Fr),
            "120\u{202f}000\u{a0}GPU"
        );
        assert_eq!(quantity(1.4, "GW", Lang::Fr), "1,4\u{a0}GW");
    }
}

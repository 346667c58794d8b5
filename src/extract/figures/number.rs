//! Numerals: digits with language-aware separators, and cardinal numbers in words.

use super::text::{is_group_space, next_char, prev_char};
use crate::extract::types::Lang;

/// A number written with digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Written with thousands separators ("4 300", "40,000").
    pub grouped: bool,
    /// Has a decimal part.
    pub decimal: bool,
    /// Number of digits before any separator.
    pub lead_digits: usize,
}

impl Numeral {
    /// A bare 4-digit integer between 1800 and 2100: most likely a year.
    pub fn looks_like_year(&self) -> bool {
        !self.grouped
            && !self.decimal
            && self.lead_digits == 4
            && (1800.0..=2100.0).contains(&self.value)
    }
}

fn digits_at(b: &[u8], pos: usize) -> usize {
    b[pos.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count()
}

/// Parses the numeral whose first digit is at `pos` (caller checks the left boundary).
///
/// French: "4 300" (space, U+00A0, U+202F), "1,2" decimal, "1.200" thousands.
/// English: "40,000" thousands, "7.2" decimal; "1,2" (not three digits) is read as a decimal.
pub fn parse_digits(s: &str, pos: usize, lang: Lang) -> Option<Numeral> {
    let b = s.as_bytes();
    let lead = digits_at(b, pos);
    if lead == 0 || lead > 15 {
        return None;
    }
    let mut int_text: String = s[pos..pos + lead].to_string();
    let mut end = pos + lead;
    let mut grouped = false;
    let mut group_sep: Option<char> = None;
    let mut frac = String::new();
    while let Some(c) = next_char(s, end) {
        let after = end + c.len_utf8();
        let n = digits_at(b, after);
        if n == 0 {
            break;
        }
        let thousands_ok = lead <= 3 && n == 3 && group_sep.is_none_or(|g| g == c);
        let is_group = match c {
            c if is_group_space(c) => thousands_ok,
            ',' => lang == Lang::En && thousands_ok,
            '.' => lang == Lang::Fr && thousands_ok,
            _ => false,
        };
        if is_group {
            group_sep = Some(c);
            grouped = true;
            int_text.push_str(&s[after..after + 3]);
            end = after + 3;
            continue;
        }
        let is_decimal = match c {
            ',' => lang == Lang::Fr || group_sep.is_none_or(|g| g != ','),
            '.' => group_sep.is_none_or(|g| g != '.'),
            _ => false,
        };
        if is_decimal && n <= 6 {
            // A decimal part must not be followed by a further separator + digits ("1.2.3").
            let e = after + n;
            let tail = next_char(s, e);
            if matches!(tail, Some('.') | Some(',')) && digits_at(b, e + 1) > 0 {
                return None;
            }
            frac.push_str(&s[after..e]);
            end = e;
        }
        break;
    }
    let text = if frac.is_empty() {
        int_text
    } else {
        format!("{int_text}.{frac}")
    };
    let value: f64 = text.parse().ok()?;
    Some(Numeral {
        start: pos,
        end,
        value,
        grouped,
        decimal: !frac.is_empty(),
        lead_digits: lead,
    })
}

/// Whether a digit at `pos` can start a numeral (not glued to a word, code or another number).
pub fn left_boundary_ok(s: &str, pos: usize) -> bool {
    match prev_char(s, pos) {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('-' | '/' | '_' | '#' | '+' | '.' | ',' | ':' | '°' | '²' | '³' | '×' | '^') => {
            false
        }
        _ => true,
    }
}

const FR_UNITS: &[(&str, u32)] = &[
    ("zéro", 0),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("vingts", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
    ("septante", 70),
    ("huitante", 80),
    ("octante", 80),
    ("nonante", 90),
    ("cent", 100),
    ("cents", 100),
    ("mille", 1000),
];

const EN_UNITS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1000),
];

/// The number words of both languages (lowercase) and their values.
pub fn number_words() -> impl Iterator<Item = (&'static str, u32)> {
    EN_UNITS.iter().chain(FR_UNITS).copied()
}

/// Value of one number word ("quarante", "Twenty"), case-insensitive.
pub fn word_value(w: &str, lang: Lang) -> Option<u32> {
    let table = match lang {
        Lang::Fr => FR_UNITS,
        Lang::En => EN_UNITS,
    };
    if w.len() > 12 {
        return None;
    }
    // (an ASCII word compared in place, without a lowercase copy: the tables' words are
    // lowercase, so a match ignoring ASCII case is one with the lowercased word; asked at
    // each run opening a sentence)
    if w.is_ascii() {
        return table
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(w))
            .map(|&(_, v)| v);
    }
    let lw = w.to_lowercase();
    table.iter().find(|(k, _)| *k == lw).map(|&(_, v)| v)
}

/// Combines number words into a cardinal ("quatre vingt dix" = 90, "two hundred fifty" = 250).
pub fn combine_words(vals: &[u32]) -> Option<f64> {
    if vals.is_empty() {
        return None;
    }
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut prev: Option<u32> = None;
    for &v in vals {
        match v {
            100 => current = current.max(1) * 100,
            1000 => {
                total += current.max(1) * 1000;
                current = 0;
            }
            20 if prev == Some(4) => current = current - 4 + 80,
            v => {
                // Only tens followed by units (and 60/80 by 10..19) combine: "deux trois" does not.
                let sub = current % 100;
                let ok = sub == 0
                    || (sub.is_multiple_of(10) && sub >= 20 && v < 10)
                    || ((sub == 60 || sub == 80) && (10..20).contains(&v));
                if !ok {
                    return None;
                }
                current += u64::from(v);
            }
        }
        prev = Some(v);
    }
    Some((total + current) as f64)
}

/// Number words ending right before `pos` (e.g. "Quarante-deux " before "milliards"):
/// returns (start, value). Words are separated by spaces or hyphens and may use "et"/"and".
pub fn words_before(s: &str, pos: usize, lang: Lang) -> Option<(usize, f64)> {
    let mut p = pos;
    let mut words: Vec<(usize, u32)> = Vec::new();
    let mut first_start = None;
    for _ in 0..8 {
        // separator
        let mut q = p;
        let mut seps = 0;
        while let Some(c) = prev_char(s, q) {
            if c == ' ' || c == '-' || c == '\u{a0}' || c == '\u{202f}' {
                q -= c.len_utf8();
                seps += 1;
            } else {
                break;
            }
        }
        if seps == 0 {
            break;
        }
        let ws = super::text::word_start(s, q);
        if ws == q {
            break;
        }
        let w = &s[ws..q];
        let lw = w.to_lowercase();
        if (lw == "et" || lw == "and") && !words.is_empty() {
            p = ws;
            continue;
        }
        match word_value(w, lang) {
            Some(v) => {
                words.push((ws, v));
                first_start = Some(ws);
                p = ws;
            }
            None => {
                if words.is_empty() && lang == Lang::En && (lw == "a" || lw == "an") {
                    return Some((ws, 1.0));
                }
                break;
            }
        }
    }
    let start = first_start?;
    // Do not take words glued to a preceding number ("3 mille" is read from the digits).
    if let Some(c) = prev_char(s, super::text::skip_spaces_back(s, start))
        && c.is_ascii_digit()
    {
        return None;
    }
    let vals: Vec<u32> = words.iter().rev().map(|&(_, v)| v).collect();
    combine_words(&vals).map(|v| (start, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_are_lowercase() {
        // (word_value compares an ASCII word to them ignoring ASCII case)
        for (k, _) in FR_UNITS.iter().chain(EN_UNITS) {
            assert_eq!(*k, k.to_lowercase());
        }
        assert_eq!(word_value("Twenty", Lang::En), Some(20));
        assert_eq!(word_value("QUARANTE", Lang::Fr), Some(40));
        assert_eq!(word_value("ZÉRO", Lang::Fr), Some(0));
        assert_eq!(word_value("Twentyone", Lang::En), None);
    }

    #[test]
    fn digits_table() {
        let rows: &[(&str, Lang, f64, &str)] = &[
            ("4 300 milliards", Lang::Fr, 4300.0, "4 300"),
            ("4\u{a0}300 milliards", Lang::Fr, 4300.0, "4\u{a0}300"),
            ("120\u{202f}000 GPU", Lang::Fr, 120000.0, "120\u{202f}000"),
            ("1,2 milliard", Lang::Fr, 1.2, "1,2"),
            ("1,200 jobs", Lang::En, 1200.0, "1,200"),
            ("40,000 GPUs", Lang::En, 40000.0, "40,000"),
            ("7.2 billion", Lang::En, 7.2, "7.2"),
            ("2,500,000.50 x", Lang::En, 2500000.5, "2,500,000.50"),
            ("3 500 €", Lang::Fr, 3500.0, "3 500"),
            ("1.200 salariés", Lang::Fr, 1200.0, "1.200"),
            ("1.5 trillion", Lang::Fr, 1.5, "1.5"),
            ("2025, 40", Lang::En, 2025.0, "2025"),
            ("01 23 45", Lang::Fr, 1.0, "01"),
            ("12 345 678", Lang::Fr, 12345678.0, "12 345 678"),
            ("1234 567", Lang::Fr, 1234.0, "1234"),
        ];
        for &(s, lang, v, text) in rows {
            let n = parse_digits(s, 0, lang).unwrap();
            assert_eq!(n.value, v, "{s}");
            assert_eq!(&s[n.start..n.end], text, "{s}");
        }
    }

    #[test]
    fn words_table() {
        let rows: &[(&str, Lang, Option<f64>)] = &[
            ("Quarante-deux ", Lang::Fr, Some(42.0)),
            ("vingt ", Lang::Fr, Some(20.0)),
            ("quatre-vingt-dix ", Lang::Fr, Some(90.0)),
            ("soixante-dix ", Lang::Fr, Some(70.0)),
            ("vingt et un ", Lang::Fr, Some(21.0)),
            ("deux cents ", Lang::Fr, Some(200.0)),
            ("mille ", Lang::Fr, Some(1000.0)),
            ("trois mille ", Lang::Fr, Some(3000.0)),
            ("plusieurs ", Lang::Fr, None),
            ("des ", Lang::Fr, None),
            ("twenty-five ", Lang::En, Some(25.0)),
            ("two hundred and fifty ", Lang::En, Some(250.0)),
            ("a ", Lang::En, Some(1.0)),
            ("several ", Lang::En, None),
        ];
        for &(s, lang, want) in rows {
            let got = words_before(s, s.len(), lang).map(|(_, v)| v);
            assert_eq!(got, want, "{s:?}");
        }
    }
}

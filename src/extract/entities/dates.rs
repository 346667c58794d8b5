//! Date mentions (French and English) with ISO values when resolvable.

use std::sync::LazyLock;

use regex::Regex;

use super::text::fold;
use crate::extract::types::Lang;

const FR_MONTHS: &str = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
const FR_DAYS: &str = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
const EN_MONTHS: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
const EN_DAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const YEAR: &str = r"(?:19|20)\d{2}";

/// What the capture groups of a pattern mean.
#[derive(Clone, Copy)]
enum Shape {
    /// groups: day, month, year?
    DayMonthYear,
    /// groups: month, day, year?
    MonthDayYear,
    /// groups: month, year
    MonthYear,
    /// group 1 is the mention, no value
    Bare,
    /// group 1 is a year
    Year,
}

struct Pat {
    re: Regex,
    shape: Shape,
}

fn p(re: &str, shape: Shape) -> Pat {
    Pat {
        re: Regex::new(re).expect("date regex"),
        shape,
    }
}

static FR: LazyLock<Vec<Pat>> = LazyLock::new(|| {
    vec![
        p(
            &format!(
                r"(?i)(?-u:\b)(?:(?:{FR_DAYS})\s+)?(1er|[0-3]?\d)\s+({FR_MONTHS})(?:\s+({YEAR}))?(?-u:\b)"
            ),
            Shape::DayMonthYear,
        ),
        p(
            &format!(r"(?i)(?-u:\b)({FR_MONTHS})\s+({YEAR})(?-u:\b)"),
            Shape::MonthYear,
        ),
        p(
            &format!(r"(?i)(?-u:\b)((?:{FR_MONTHS})\s+(?:dernier|prochain))(?-u:\b)"),
            Shape::Bare,
        ),
        p(
            &format!(r"(?i)(?-u:\b)((?:début|fin|mi-)\s*(?:{FR_MONTHS}))(?-u:\b)"),
            Shape::Bare,
        ),
        p(
            &format!(
                r"(?i)(?-u:\b)(?:en|de|dès|depuis|d’|d'|jusqu’en|jusqu'en|avant|après|mois de)\s*({FR_MONTHS})(?-u:\b)"
            ),
            Shape::Bare,
        ),
        p(
            &format!(r"(?i)(?-u:\b)((?:{FR_DAYS})(?:\s+(?:soir|matin|dernier|prochain))?)(?-u:\b)"),
            Shape::Bare,
        ),
        p(
            &format!(
                r"(?i)(?:^|[\s’'(])(?:en|depuis|ici à|ici|avant|après|dès|jusqu’en|jusqu'en|entre|et|à|fin|début|de|au|ou|vers|an|année|printemps|été|automne|hiver|mi-|or|saison)\s+({YEAR})(?-u:\b)"
            ),
            Shape::Year,
        ),
    ]
});

static EN: LazyLock<Vec<Pat>> = LazyLock::new(|| {
    vec![
        p(
            &format!(
                r"(?-u:\b)(?:(?:{EN_DAYS}),?\s+)?({EN_MONTHS})\s+([0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+({YEAR}))?(?-u:\b)"
            ),
            Shape::MonthDayYear,
        ),
        p(
            &format!(
                r"(?-u:\b)([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?({EN_MONTHS})(?:,?\s+({YEAR}))?(?-u:\b)"
            ),
            Shape::DayMonthYear,
        ),
        p(
            &format!(r"(?-u:\b)({EN_MONTHS}),?\s+({YEAR})(?-u:\b)"),
            Shape::MonthYear,
        ),
        p(
            &format!(
                r"(?-u:\b)((?i:early|mid|late|last|next|this)[\s-](?:{EN_MONTHS}|(?i:spring|summer|autumn|fall|winter)))(?-u:\b)"
            ),
            Shape::Bare,
        ),
        p(
            r"(?-u:\b)(January|February|March|April|June|July|August|September|October|November|December)(?-u:\b)",
            Shape::Bare,
        ),
        p(&format!(r"(?-u:\b)({EN_DAYS})(?-u:\b)"), Shape::Bare),
        p(
            &format!(
                r"(?i)(?-u:\b)(?:in|since|by|until|from|to|and|of|before|after|early|late|mid|end|during|through|between|or|the|year|season)[\s-]+({YEAR})(?-u:\b)"
            ),
            Shape::Year,
        ),
    ]
});

static NOT_YEAR_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[\s\u{a0}\u{202f}]*(?:€|\$|%|euros?(?-u:\b)|dollars?(?-u:\b)|livres(?-u:\b)|personnes(?-u:\b)|habitants(?-u:\b)|salariés(?-u:\b)|emplois(?-u:\b)|km(?-u:\b)|tonnes(?-u:\b)|mètres(?-u:\b)|people(?-u:\b)|jobs(?-u:\b)|employees(?-u:\b)|units(?-u:\b)|miles(?-u:\b)|metres(?-u:\b)|meters(?-u:\b)|workers(?-u:\b)|pounds(?-u:\b)|points(?-u:\b)|\d))")
        .expect("tail regex")
});

fn month_num(m: &str) -> Option<u32> {
    let f = fold(m);
    let idx = match f.as_str() {
        "janvier" | "january" => 1,
        "fevrier" | "february" => 2,
        "mars" | "march" => 3,
        "avril" | "april" => 4,
        "mai" | "may" => 5,
        "juin" | "june" => 6,
        "juillet" | "july" => 7,
        "aout" | "august" => 8,
        "septembre" | "september" => 9,
        "octobre" | "october" => 10,
        "novembre" | "november" => 11,
        "decembre" | "december" => 12,
        _ => return None,
    };
    Some(idx)
}

/// A date mention in one block.
#[derive(Debug, Clone, PartialEq)]
pub struct DateHit {
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
}

fn iso(year: Option<&str>, month: Option<u32>, day: Option<u32>) -> Option<String> {
    let y = year?;
    match (month, day) {
        (Some(m), Some(d)) if (1..=31).contains(&d) => Some(format!("{y}-{m:02}-{d:02}")),
        (Some(m), _) => Some(format!("{y}-{m:02}")),
        _ => Some(y.to_string()),
    }
}

/// Finds date mentions, longest first, without overlaps.
pub fn find_dates(text: &str, lang: Lang) -> Vec<DateHit> {
    let pats = match lang {
        Lang::Fr => &*FR,
        Lang::En => &*EN,
    };
    let mut hits: Vec<DateHit> = Vec::new();
    for pat in pats {
        for c in pat.re.captures_iter(text) {
            let whole = c.get(0).expect("match");
            let g = |i: usize| c.get(i).map(|m| m.as_str());
            let (start, end, value) = match pat.shape {
                Shape::DayMonthYear => {
                    let d = g(1).map(|d| {
                        if d == "1er" {
                            1
                        } else {
                            d.parse().unwrap_or(0)
                        }
                    });
                    (
                        whole.start(),
                        whole.end(),
                        iso(g(3), g(2).and_then(month_num), d),
                    )
                }
                Shape::MonthDayYear => {
                    let d = g(2).and_then(|d| d.parse().ok());
                    (
                        whole.start(),
                        whole.end(),
                        iso(g(3), g(1).and_then(month_num), d),
                    )
                }
                Shape::MonthYear => (
                    whole.start(),
                    whole.end(),
                    iso(g(2), g(1).and_then(month_num), None),
                ),
                Shape::Bare => {
                    let m = c.get(1).expect("group");
                    (m.start(), m.end(), None)
                }
                Shape::Year => {
                    let m = c.get(1).expect("group");
                    if NOT_YEAR_TAIL.is_match(&text[m.end()..]) {
                        continue;
                    }
                    (m.start(), m.end(), Some(m.as_str().to_string()))
                }
            };
            // "May" alone is too ambiguous in English.
            if lang == Lang::En && &text[start..end] == "May" {
                continue;
            }
            hits.push(DateHit { start, end, value });
        }
    }
    hits.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
    });
    let mut out: Vec<DateHit> = Vec::new();
    for h in hits {
        if out.iter().any(|o| h.start < o.end && o.start < h.end) {
            continue;
        }
        out.push(h);
    }
    out.sort_by_key(|h| h.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    type Case<'a> = (&'a str, Lang, &'a [(&'a str, Option<&'a str>)]);

    #[test]
    fn dates_table() {
        let cases: &[Case] = &[
            (
                "le 27 novembre 2025, de",
                Lang::Fr,
                &[("27 novembre 2025", Some("2025-11-27"))],
            ),
            ("le 1er mai", Lang::Fr, &[("1er mai", None)]),
            (
                "en septembre dernier",
                Lang::Fr,
                &[("septembre dernier", None)],
            ),
            (
                "jusqu’à septembre 2025",
                Lang::Fr,
                &[("septembre 2025", Some("2025-09"))],
            ),
            (
                "entre 2022 et 2025",
                Lang::Fr,
                &[("2022", Some("2022")), ("2025", Some("2025"))],
            ),
            ("en 2025 il", Lang::Fr, &[("2025", Some("2025"))]),
            ("de 2000 euros", Lang::Fr, &[]),
            ("mardi à Bruxelles", Lang::Fr, &[("mardi", None)]),
            (
                "on March 3, 2025.",
                Lang::En,
                &[("March 3, 2025", Some("2025-03-03"))],
            ),
            ("in early March", Lang::En, &[("early March", None)]),
            ("said on Tuesday", Lang::En, &[("Tuesday", None)]),
            (
                "since October 2022",
                Lang::En,
                &[("October 2022", Some("2022-10"))],
            ),
            ("you may go", Lang::En, &[]),
            (
                "in 2023 and 2024",
                Lang::En,
                &[("2023", Some("2023")), ("2024", Some("2024"))],
            ),
            (
                "3 March 2025",
                Lang::En,
                &[("3 March 2025", Some("2025-03-03"))],
            ),
        ];
        for (text, lang, want) in cases {
            let got: Vec<(&str, Option<String>)> = find_dates(text, *lang)
                .into_iter()
                .map(|h| (&text[h.start..h.end], h.value))
                .collect();
            let want: Vec<(&str, Option<String>)> = want
                .iter()
                .map(|(a, b)| (*a, b.map(|s| s.to_string())))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}

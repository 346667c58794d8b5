//! Scale words ("milliards", "bn", "Md") and currency markers before or after a number.

use super::text::{
    is_apostrophe, is_space, lower, match_ci, next_char, prev_char, skip_spaces, word_after,
    word_end, word_start,
};
use crate::extract::types::Lang;

/// A multiplier written after a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub end: usize,
    pub mult: f64,
    /// Single letters ("M", "m", "B", "k") that only mean a multiplier next to a currency.
    pub weak: bool,
}

fn strong_scale(lw: &str, lang: Lang) -> Option<f64> {
    Some(match lw {
        "milliard" | "milliards" | "md" | "mds" | "mrd" | "mrds" | "mdr" | "mdrs" => 1e9,
        "million" | "millions" | "mn" | "mln" | "mio" => 1e6,
        "bn" | "bln" | "bns" => 1e9,
        "tn" | "trn" => 1e12,
        "billion" | "billions" => match lang {
            Lang::Fr => 1e12,
            Lang::En => 1e9,
        },
        "trillion" | "trillions" => match lang {
            Lang::Fr => 1e18,
            Lang::En => 1e12,
        },
        "thousand" | "thousands" => 1e3,
        "crore" | "crores" => 1e7,
        "lakh" | "lakhs" => 1e5,
        _ => return None,
    })
}

/// Scale right after a numeral ending at `pos` (attached, after spaces, or after a hyphen).
pub fn parse_scale(s: &str, pos: usize, lang: Lang) -> Option<Scale> {
    let mut q = skip_spaces(s, pos);
    if q == pos && next_char(s, q) == Some('-') {
        q += 1;
        if !next_char(s, q).is_some_and(char::is_alphabetic) {
            return None;
        }
    }
    let we = word_end(s, q);
    if we == q {
        return None;
    }
    let w = &s[q..we];
    if w.len() > 12 {
        return None;
    }
    let lw = lower(w);
    if lw == "mille" {
        // "mille milliards" = 10^12; a bare "mille" after digits = 10^3.
        let (_, e2, w2) = word_after(s, we);
        if let Some(m) = strong_scale(&lower(w2), lang)
            && m >= 1e6
        {
            return Some(Scale {
                end: e2,
                mult: 1e3 * m,
                weak: false,
            });
        }
        return (lang == Lang::Fr).then_some(Scale {
            end: we,
            mult: 1e3,
            weak: false,
        });
    }
    if let Some(mut m) = strong_scale(&lw, lang) {
        let mut end = we;
        // "1 000 milliards" is fine; "millions de milliards" is not a cardinal we handle.
        if m == 1e3 {
            let (_, e2, w2) = word_after(s, we);
            if let Some(m2) = strong_scale(&lower(w2), lang)
                && m2 >= 1e6
            {
                m *= m2;
                end = e2;
            }
        }
        return Some(Scale {
            end,
            mult: m,
            weak: false,
        });
    }
    let mult = match w {
        "M" | "m" => 1e6,
        "B" | "b" => 1e9,
        "k" | "K" => 1e3,
        _ => return None,
    };
    Some(Scale {
        end: we,
        mult,
        weak: true,
    })
}

/// ISO 4217 codes recognised when written next to a number.
pub const ISO_CODES: &[&str] = &[
    "EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "CNY", "RMB", "INR", "KRW", "SEK", "NOK",
    "DKK", "PLN", "BRL", "HKD", "SGD", "NZD", "MXN", "ZAR", "CZK", "HUF", "TRY", "ILS", "RON",
];

fn iso(w: &str) -> Option<&'static str> {
    let code = ISO_CODES.iter().find(|c| **c == w)?;
    Some(if *code == "RMB" { "CNY" } else { code })
}

fn symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '€' => "EUR",
        '$' => "USD",
        '£' => "GBP",
        '¥' => "JPY",
        '₹' => "INR",
        '₩' => "KRW",
        _ => return None,
    })
}

/// A currency written after the amount: "€", "d’euros", "de dollars canadiens", "USD",
/// "pounds", "Swiss francs". Returns (end, ISO code, is_cents).
pub fn currency_after(
    s: &str,
    pos: usize,
    lang: Lang,
    scaled: bool,
) -> Option<(usize, &'static str, bool)> {
    let q = skip_spaces(s, pos);
    let c = next_char(s, q)?;
    if let Some(code) = symbol(c) {
        let mut end = q + c.len_utf8();
        let mut code = code;
        if c == '$' {
            // "$US", "$ CA", "$ canadiens"
            let (_, e2, w2) = word_after(s, end);
            match w2 {
                "US" | "USD" => end = e2,
                "CA" | "CAN" | "canadiens" => {
                    end = e2;
                    code = "CAD"
                }
                "AU" | "AUD" | "australiens" => {
                    end = e2;
                    code = "AUD"
                }
                _ => {}
            }
        }
        return Some((end, code, false));
    }
    let we = word_end(s, q);
    let w = &s[q..we];
    if let Some(code) = iso(w) {
        return Some((we, code, false));
    }
    if lang == Lang::En && !scaled {
        // "1,250 pence", "1,190p"
        if matches!(w, "pence" | "penny") || (w == "p" && q == pos) {
            return Some((we, "GBP", true));
        }
    }
    if w.len() > 14 {
        return None;
    }
    let lw = lower(w);
    // French "de"/"d’" before the currency noun.
    let mut q2 = q;
    let mut had_de = false;
    if lw == "de" || lw == "of" {
        q2 = skip_spaces(s, we);
        had_de = true;
    } else if lw == "d" && next_char(s, we).is_some_and(is_apostrophe) {
        q2 = we + next_char(s, we).map_or(1, char::len_utf8);
        had_de = true;
    }
    if had_de && lang == Lang::En && lw != "of" {
        return None;
    }
    let (_, e, w) = word_after(s, q2);
    if w.is_empty() || w.len() > 14 {
        return None;
    }
    let lw = lower(w);
    let (mut end, code) = currency_noun(s, e, &lw, lang, scaled)?;
    if code == "cents" {
        return (!scaled && !had_de).then_some((end, "", true));
    }
    let _ = &mut end;
    Some((end, code, false))
}

/// Currency noun (lowercase) at the word ending at `e`; may read a following qualifier.
fn currency_noun(
    s: &str,
    e: usize,
    lw: &str,
    lang: Lang,
    scaled: bool,
) -> Option<(usize, &'static str)> {
    let (_, e2, nxt) = word_after(s, e);
    let nxt = lower(nxt);
    let with = |code: &'static str| Some((e2, code));
    match lw {
        "euro" | "euros" => Some((e, "EUR")),
        "dollar" | "dollars" => match nxt.as_str() {
            "canadiens" | "canadien" => with("CAD"),
            "australiens" | "australien" => with("AUD"),
            "américains" | "américain" | "us" => with("USD"),
            "néo" => None,
            _ => Some((e, "USD")),
        },
        "livre" | "livres" if lang == Lang::Fr => match nxt.as_str() {
            "sterling" => with("GBP"),
            _ if scaled => Some((e, "GBP")),
            _ => None,
        },
        "pound" | "pounds" if lang == Lang::En => match nxt.as_str() {
            "sterling" => with("GBP"),
            _ => Some((e, "GBP")),
        },
        "sterling" => Some((e, "GBP")),
        "franc" | "francs" => match nxt.as_str() {
            "suisses" | "suisse" => with("CHF"),
            _ => None,
        },
        "yen" | "yens" => Some((e, "JPY")),
        "yuan" | "yuans" | "renminbi" => Some((e, "CNY")),
        "roupie" | "roupies" | "rupee" | "rupees" => Some((e, "INR")),
        "won" | "wons" if scaled || lw == "wons" => Some((e, "KRW")),
        "couronne" | "couronnes" => match nxt.as_str() {
            "suédoises" | "suédoise" => with("SEK"),
            "norvégiennes" | "norvégienne" => with("NOK"),
            "danoises" | "danoise" => with("DKK"),
            _ => None,
        },
        "kronor" | "krona" => Some((e, "SEK")),
        "zloty" | "zlotys" => Some((e, "PLN")),
        "réal" | "réals" | "reais" | "réaux" => Some((e, "BRL")),
        "cents" | "cent" | "centimes" | "centime" if !scaled && lw != "cent" => Some((e, "cents")),
        // English qualifier before the noun: "Canadian dollars", "Swiss francs".
        "canadian" | "australian" | "us" | "american" | "swiss" | "swedish" | "norwegian"
        | "danish" | "indian" | "brazilian" | "polish" | "hong" | "singapore" | "new"
            if lang == Lang::En =>
        {
            let (_, e3, w3) = word_after(s, e2);
            let n3 = lower(w3);
            match (lw, nxt.as_str()) {
                ("canadian", "dollars" | "dollar") => with("CAD"),
                ("australian", "dollars" | "dollar") => with("AUD"),
                ("us" | "american", "dollars" | "dollar") => with("USD"),
                ("swiss", "francs" | "franc") => with("CHF"),
                ("swedish", "kronor" | "krona" | "crowns") => with("SEK"),
                ("norwegian", "kroner" | "krone" | "crowns") => with("NOK"),
                ("danish", "kroner" | "krone" | "crowns") => with("DKK"),
                ("indian", "rupees" | "rupee") => with("INR"),
                ("brazilian", "reais" | "real") => with("BRL"),
                ("polish", "zloty" | "zlotys") => with("PLN"),
                ("hong", "kong") if n3.starts_with("dollar") => Some((e3, "HKD")),
                ("singapore", "dollars" | "dollar") => with("SGD"),
                ("new", "zealand") if n3.starts_with("dollar") => Some((e3, "NZD")),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A currency written before the amount: "$", "US$", "C$", "A$", "£", "€", "USD ", "Rs".
/// Returns (start, ISO code).
pub fn currency_before(s: &str, num_start: usize) -> Option<(usize, &'static str)> {
    // At most one space between the marker and the digits.
    let mut q = num_start;
    if let Some(c) = prev_char(s, q)
        && is_space(c)
    {
        q -= c.len_utf8();
    }
    let c = prev_char(s, q)?;
    if let Some(code) = symbol(c) {
        let sym_start = q - c.len_utf8();
        if c == '$' {
            let ws = word_start(s, sym_start);
            let w = &s[ws..sym_start];
            let code = match w {
                "" => "USD",
                "US" | "U" | "USD" => "USD",
                "C" | "CA" | "CAD" | "Can" => "CAD",
                "A" | "AU" | "AUD" => "AUD",
                "NZ" => "NZD",
                "HK" => "HKD",
                "S" | "SG" => "SGD",
                "R" => "BRL",
                "Mex" | "MX" => "MXN",
                _ => return None,
            };
            if !w.is_empty() && prev_char(s, ws).is_some_and(char::is_alphanumeric) {
                return None;
            }
            // "U.S.$"
            if w.is_empty() && s[..sym_start].ends_with("U.S.") {
                return Some((sym_start - 4, "USD"));
            }
            return Some((ws, code));
        }
        if prev_char(s, sym_start).is_some_and(char::is_alphanumeric) {
            return None;
        }
        return Some((sym_start, code));
    }
    if c.is_ascii_uppercase() || c == '.' {
        let mut e = q;
        if c == '.' {
            e -= 1;
        }
        let ws = word_start(s, e);
        let w = &s[ws..e];
        if prev_char(s, ws).is_some_and(char::is_alphanumeric) {
            return None;
        }
        if let Some(code) = iso(w)
            && c != '.'
        {
            return Some((ws, code));
        }
        if w == "Rs" {
            return Some((ws, "INR"));
        }
    }
    None
}

/// "-dollar" after a scale ("a 5-billion-dollar plan"): returns (end, code).
pub fn dollar_compound(s: &str, pos: usize) -> Option<(usize, &'static str)> {
    if next_char(s, pos) != Some('-') {
        return None;
    }
    let e = match_ci(s, pos + 1, "dollar")?;
    (word_end(s, e) == e).then_some((e, "USD"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::type_complexity)]
    fn scale_table() {
        let rows: &[(&str, Lang, Option<(f64, bool, &str)>)] = &[
            (
                " milliards d’euros",
                Lang::Fr,
                Some((1e9, false, " milliards")),
            ),
            (" milliard", Lang::Fr, Some((1e9, false, " milliard"))),
            (
                " mille milliards",
                Lang::Fr,
                Some((1e12, false, " mille milliards")),
            ),
            (" billion", Lang::Fr, Some((1e12, false, " billion"))),
            (" billion", Lang::En, Some((1e9, false, " billion"))),
            ("billion", Lang::En, Some((1e9, false, "billion"))),
            (" trillion", Lang::En, Some((1e12, false, " trillion"))),
            ("bn", Lang::En, Some((1e9, false, "bn"))),
            ("B", Lang::En, Some((1e9, true, "B"))),
            (" Md€", Lang::Fr, Some((1e9, false, " Md"))),
            (" M€", Lang::Fr, Some((1e6, true, " M"))),
            ("m", Lang::En, Some((1e6, true, "m"))),
            ("-billion-dollar", Lang::En, Some((1e9, false, "-billion"))),
            (" ans", Lang::Fr, None),
            ("e édition", Lang::Fr, None),
        ];
        for &(s, lang, want) in rows {
            let got = parse_scale(s, 0, lang).map(|sc| (sc.mult, sc.weak, &s[..sc.end]));
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn currency_after_table() {
        let rows: &[(&str, Lang, bool, Option<&str>)] = &[
            (" d’euros", Lang::Fr, true, Some("EUR")),
            (" d'euros", Lang::Fr, true, Some("EUR")),
            (" de dollars", Lang::Fr, true, Some("USD")),
            (" de dollars canadiens", Lang::Fr, true, Some("CAD")),
            (" de livres sterling", Lang::Fr, true, Some("GBP")),
            (" de francs suisses", Lang::Fr, true, Some("CHF")),
            (" de couronnes suédoises", Lang::Fr, true, Some("SEK")),
            (" €", Lang::Fr, false, Some("EUR")),
            ("€", Lang::Fr, true, Some("EUR")),
            (" $", Lang::Fr, false, Some("USD")),
            (" USD", Lang::En, true, Some("USD")),
            (" euros", Lang::En, true, Some("EUR")),
            (" pounds", Lang::En, true, Some("GBP")),
            (" yen", Lang::En, true, Some("JPY")),
            (" Swiss francs", Lang::En, true, Some("CHF")),
            (" Canadian dollars", Lang::En, true, Some("CAD")),
            (" won", Lang::En, true, Some("KRW")),
            (" won", Lang::En, false, None),
            (" livres", Lang::Fr, false, None),
            (" de salariés", Lang::Fr, true, None),
            (" cents", Lang::En, false, Some("")),
        ];
        for &(s, lang, scaled, want) in rows {
            let got = currency_after(s, 0, lang, scaled).map(|(_, c, _)| c);
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn currency_before_table() {
        let rows: &[(&str, Option<(&str, &str)>)] = &[
            ("$25", Some(("USD", "$"))),
            ("$ 12", Some(("USD", "$ "))),
            ("US$12", Some(("USD", "US$"))),
            ("C$12", Some(("CAD", "C$"))),
            ("A$3", Some(("AUD", "A$"))),
            ("£8", Some(("GBP", "£"))),
            ("€200", Some(("EUR", "€"))),
            ("USD 2", Some(("USD", "USD "))),
            ("CHF 40", Some(("CHF", "CHF "))),
            ("XUSD 2", None),
            ("the 2", None),
        ];
        for &(s, want) in rows {
            let pos = s.find(|c: char| c.is_ascii_digit()).unwrap();
            let got = currency_before(s, pos).map(|(st, c)| (c, &s[st..pos]));
            assert_eq!(got, want, "{s:?}");
        }
    }
}

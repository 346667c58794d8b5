//! Counted nouns and measurement units after a number ("120 000 GPU", "2,500 new jobs", "1,4 GW").

use super::lexicon::{EXCLUDED, MONEY_NOUNS, SKIP_ADJ, STOP, SYMBOL_UNITS};
use super::text::{
    is_all_caps, is_apostrophe, is_capitalized, lower, next_char, skip_spaces, word_after, word_end,
};
use crate::extract::types::Lang;

/// What follows a number, when it is not money.
#[derive(Debug, Clone, PartialEq)]
pub enum After {
    /// A counted noun or a unit, singular: (end of the text span, unit).
    Unit(usize, String),
    /// A duration, a percentage, a date, an age...: the number is never a figure.
    Excluded,
    /// A noun that names a sum of money ("d’investissements", "in funding").
    MoneyNoun,
    /// Nothing usable.
    Nothing,
}

fn in_list(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// Reads what follows a number (or a scaled number) ending at `pos`.
/// `scaled`: a scale word was read ("1,5 million de foyers").
pub fn parse_after(s: &str, pos: usize, lang: Lang, scaled: bool) -> After {
    let q = skip_spaces(s, pos);
    let Some(c) = next_char(s, q) else {
        return After::Nothing;
    };
    if matches!(c, '%' | '‰' | '°' | '/' | '\'' | '’' | ':' | 'º') {
        return After::Excluded;
    }
    if c == '-' && q == pos {
        // "7,000-seat stand" counts seats; "25-year-old", "10-year", "3-0" are not quantities.
        let (ws, we, w) = word_after(s, q + 1);
        let lw = lower(w);
        if ws == q + 1
            && !w.is_empty()
            && !in_list(EXCLUDED, &lw)
            && noun_ok(w, &lw, lang)
            && !next_char(s, we).is_some_and(|c| c == '-' || c.is_ascii_digit())
        {
            return After::Unit(we, singular(w, lang));
        }
        return After::Excluded;
    }
    if !c.is_alphabetic() {
        return After::Nothing;
    }
    let attached = q == pos;
    let (_, mut we, mut w) = word_after(s, q);
    // Symbols with ² or ³ or digits ("km²", "MtCO2").
    let mut sym_end = we;
    while let Some(c) = next_char(s, sym_end) {
        if c == '²' || c == '³' || c.is_ascii_digit() {
            sym_end += c.len_utf8();
        } else {
            break;
        }
    }
    let sym = &s[q..sym_end];
    if SYMBOL_UNITS.contains(&sym) && !next_char(s, sym_end).is_some_and(char::is_alphanumeric) {
        return After::Unit(sym_end, sym.to_string());
    }
    if attached {
        // "3e", "5G", "1990s", "4th": glued letters that are not a unit.
        return After::Excluded;
    }
    let mut lw = lower(w);
    let glued_digits = next_char(s, we).is_some_and(|c| c.is_ascii_digit());
    // English compounds led by a time word: "40,000 season tickets", "3 day passes".
    let time_compound = lang == Lang::En && !lw.ends_with('s') && {
        let (ws2, _, w2) = word_after(s, we);
        let l2 = lower(w2);
        ws2 == we + 1
            && l2.len() > 3
            && l2.ends_with('s')
            && noun_ok(w2, &l2, lang)
            && !in_list(EXCLUDED, &l2)
    };
    let per_cent = matches!(lw.as_str(), "pour" | "per") && {
        let (_, _, w2) = word_after(s, we);
        lower(w2) == "cent"
    };
    if per_cent || (in_list(EXCLUDED, &lw) && !glued_digits && !time_compound) {
        // "points de pourcentage" / "pour cent" / "per cent"
        return After::Excluded;
    }
    // French "de"/"d’" after a scale: "1,5 million de foyers".
    let mut had_de = false;
    if scaled
        && (lw == "de" || lw == "of" || (lw == "d" && next_char(s, we).is_some_and(is_apostrophe)))
    {
        let cur = if lw == "d" {
            we + next_char(s, we).map_or(1, char::len_utf8)
        } else {
            we
        };
        had_de = true;
        let (_, e2, w2) = word_after(s, cur);
        we = e2;
        w = w2;
        lw = lower(w);
        if w.is_empty() {
            return After::Nothing;
        }
        if lang == Lang::Fr && !in_list(MONEY_NOUNS, &lw) && !noun_ok(w, &lw, lang) {
            return After::Nothing;
        }
        if in_list(EXCLUDED, &lw) {
            return After::Excluded;
        }
    }
    if in_list(MONEY_NOUNS, &lw) {
        return After::MoneyNoun;
    }
    if scaled && lang == Lang::Fr && !had_de {
        // "les 75 milliards évoqués": a participle, not a counted noun.
        return After::Nothing;
    }
    // Skip adjectives, model names ("H100") and brands before the noun (English order).
    let mut ts = we - w.len();
    for _ in 0..3 {
        let mut tfe = ts;
        while let Some(c) = next_char(s, tfe) {
            if c.is_alphanumeric() || c == '-' {
                tfe += c.len_utf8();
            } else {
                break;
            }
        }
        let tok = &s[ts..tfe];
        let ltok = lower(tok);
        let has_digit = tok.chars().any(|c| c.is_ascii_digit());
        let is_model = has_digit || (lang == Lang::En && is_capitalized(tok) && !is_acronym(tok));
        if !(is_model || in_list(SKIP_ADJ, &ltok)) {
            break;
        }
        let ns = skip_spaces(s, tfe);
        if ns == tfe || !next_char(s, ns).is_some_and(char::is_alphanumeric) {
            return After::Nothing;
        }
        ts = ns;
        we = word_end(s, ns);
        w = &s[ns..we];
        lw = lower(w);
        if in_list(EXCLUDED, &lw) && !next_char(s, we).is_some_and(|c| c.is_ascii_digit()) {
            return After::Excluded;
        }
    }
    if !(time_compound || noun_ok(w, &lw, lang)) {
        return After::Nothing;
    }
    // Glued to digits or a hyphen ("H100", "Covid-19") means this was not a noun.
    if next_char(s, we).is_some_and(|c| c.is_ascii_digit()) {
        return After::Nothing;
    }
    let mut unit = singular(w, lang);
    let mut end = we;
    match lang {
        Lang::En => {
            // Compound nouns: "data centres", "wind turbines".
            let (ws2, e2, w2) = word_after(s, we);
            let l2 = lower(w2);
            if ws2 == we + 1
                && !lw.ends_with('s')
                && l2.len() > 2
                && l2.ends_with('s')
                && !l2.ends_with("ss")
                && noun_ok(w2, &l2, lang)
                && !is_capitalized(w2)
                && !in_list(EXCLUDED, &l2)
                && !l2.ends_with("ed")
            {
                unit = format!("{} {}", lw, singular(w2, lang));
                end = e2;
            }
        }
        Lang::Fr => {
            // "centres de données", "points de vente", "bornes de recharge", "mètres carrés".
            let (_, e2, w2) = word_after(s, we);
            let l2 = lower(w2);
            if matches!(lw.as_str(), "mètres" | "mètre" | "kilomètres" | "kilomètre")
                && matches!(l2.as_str(), "carrés" | "carré" | "cubes" | "cube")
            {
                unit = format!("{} {}", singular(w, lang), singular(w2, lang));
                end = e2;
            } else if l2 == "de" {
                let (_, e3, w3) = word_after(s, e2);
                let l3 = lower(w3);
                if matches!(
                    (unit.as_str(), l3.as_str()),
                    ("centre", "données")
                        | ("point", "vente")
                        | ("borne", "recharge")
                        | ("salle", "classe")
                        | ("tonne", "co")
                ) {
                    unit = format!("{unit} de {l3}");
                    end = e3;
                }
            }
        }
    }
    After::Unit(end, unit)
}

/// "GPU", "GPUs", "PME".
fn is_acronym(w: &str) -> bool {
    is_all_caps(w) || (w.len() > 2 && w.ends_with('s') && is_all_caps(&w[..w.len() - 1]))
}

fn noun_ok(w: &str, lw: &str, lang: Lang) -> bool {
    if w.is_empty() || w.chars().count() < 2 && !is_all_caps(w) {
        return false;
    }
    if in_list(STOP, lw) || in_list(EXCLUDED, lw) {
        return false;
    }
    if is_acronym(w) {
        // Acronyms: "GPU", "GPUs", "PME".
        return w.chars().count() <= 8;
    }
    if is_capitalized(w) {
        return false;
    }
    match lang {
        Lang::Fr => !(lw.ends_with("ment") && lw.chars().count() > 6),
        Lang::En => {
            !((lw.ends_with("ly") || lw.ends_with("ed")) && lw.chars().count() > 4)
                && !lw.ends_with("ing")
        }
    }
}

/// Singular form of a counted noun ("emplois" → "emploi", "GPUs" → "GPU", "companies" → "company").
pub fn singular(w: &str, lang: Lang) -> String {
    if is_all_caps(w) {
        return w.to_string();
    }
    if w.ends_with('s') && w.len() > 2 && is_all_caps(&w[..w.len() - 1]) {
        return w[..w.len() - 1].to_string();
    }
    let lw = lower(w);
    let n = lw.chars().count();
    if n <= 3 {
        return lw;
    }
    match lang {
        Lang::Fr => {
            const INVARIABLE: &[&str] = &[
                "pays",
                "prix",
                "mois",
                "fois",
                "bus",
                "corps",
                "cas",
                "avis",
                "fonds",
                "souris",
                "colis",
                "gaz",
                "poids",
                "bras",
                "choix",
                "voix",
                "croix",
                "taux",
                "héros",
                "campus",
                "virus",
                "processus",
                "concours",
                "discours",
                "parcours",
                "recours",
            ];
            if INVARIABLE.contains(&lw.as_str()) {
                return lw;
            }
            if let Some(stem) = lw.strip_suffix("eaux") {
                return format!("{stem}eau");
            }
            if let Some(stem) = lw.strip_suffix("aux") {
                return format!("{stem}al");
            }
            if let Some(stem) = lw.strip_suffix('s').or_else(|| lw.strip_suffix('x')) {
                return stem.to_string();
            }
            lw
        }
        Lang::En => {
            match lw.as_str() {
                "people" => return "person".into(),
                "children" => return "child".into(),
                "men" => return "man".into(),
                "women" => return "woman".into(),
                "staff" | "aircraft" | "series" | "species" | "sheep" | "news" | "bus"
                | "campus" | "gas" => return lw,
                _ => {}
            }
            if let Some(stem) = lw.strip_suffix("ies") {
                return format!("{stem}y");
            }
            for suf in ["sses", "shes", "ches", "xes", "zes"] {
                if lw.ends_with(suf) {
                    return lw[..lw.len() - 2].to_string();
                }
            }
            if lw.ends_with("ss") || lw.ends_with("us") || lw.ends_with("is") {
                return lw;
            }
            lw.strip_suffix('s').map_or(lw.clone(), str::to_string)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_table() {
        let rows: &[(&str, Lang, bool, Option<&str>)] = &[
            (" GPU par", Lang::Fr, false, Some("GPU")),
            (" GPUs to", Lang::En, false, Some("GPU")),
            (" H100 chips", Lang::En, false, Some("chip")),
            (" Nvidia H100 chips", Lang::En, false, Some("chip")),
            (" jobs", Lang::En, false, Some("job")),
            (" new jobs", Lang::En, false, Some("job")),
            (" GW", Lang::Fr, false, Some("GW")),
            ("GW", Lang::Fr, false, Some("GW")),
            (" data centres across", Lang::En, false, Some("data centre")),
            (" hectares", Lang::Fr, false, Some("hectare")),
            (" emplois", Lang::Fr, false, Some("emploi")),
            (" nouveaux emplois", Lang::Fr, false, Some("emploi")),
            (" salariés", Lang::Fr, false, Some("salarié")),
            (" de foyers", Lang::Fr, true, Some("foyer")),
            (
                " centres de données",
                Lang::Fr,
                false,
                Some("centre de données"),
            ),
            (" companies", Lang::En, false, Some("company")),
        ];
        for &(s, lang, scaled, want) in rows {
            let got = match parse_after(s, 0, lang, scaled) {
                After::Unit(_, u) => Some(u),
                _ => None,
            };
            assert_eq!(got.as_deref(), want, "{s:?}");
        }
        let excluded: &[(&str, Lang)] = &[
            (" ans", Lang::Fr),
            (" %", Lang::Fr),
            ("%", Lang::En),
            (" years", Lang::En),
            (" mois", Lang::Fr),
            ("e édition", Lang::Fr),
            (" novembre", Lang::Fr),
            ("th", Lang::En),
            (" pour cent", Lang::Fr),
            (" percent", Lang::En),
            ("-year-old", Lang::En),
        ];
        for &(s, lang) in excluded {
            assert_eq!(parse_after(s, 0, lang, false), After::Excluded, "{s:?}");
        }
        let nothing: &[(&str, Lang)] = &[
            (" et", Lang::Fr),
            (" par Google", Lang::Fr),
            (" Paris", Lang::Fr),
            (" gratuitement", Lang::Fr),
            (", and", Lang::En),
        ];
        for &(s, lang) in nothing {
            assert_eq!(parse_after(s, 0, lang, false), After::Nothing, "{s:?}");
        }
        assert_eq!(
            parse_after(" d’investissements", 0, Lang::Fr, true),
            After::MoneyNoun
        );
    }
}

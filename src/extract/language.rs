//! Language detection by counting frequent French and English function words.

use crate::extract::types::Lang;

const FR_WORDS: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "qui", "que",
    "sur", "au", "aux", "pas", "par", "avec", "ce", "cette", "sont", "ont", "été", "il", "elle",
    "mais", "ou", "plus", "leur", "nous",
];
const EN_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are",
    "by", "this", "be", "from", "has", "have", "at", "which", "an", "were", "its", "their", "will",
    "but", "not", "or", "they",
];

/// Detects French vs English; defaults to English when undecided.
pub fn detect_language(text: &str) -> Lang {
    let (mut fr, mut en) = (0usize, 0usize);
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.len() <= 5)
        .take(5000)
    {
        let lw = w.to_lowercase();
        if FR_WORDS.contains(&lw.as_str()) {
            fr += 1;
        }
        if EN_WORDS.contains(&lw.as_str()) {
            en += 1;
        }
    }
    if fr > en { Lang::Fr } else { Lang::En }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        let cases = [
            (
                "La Chine s’est imposée comme leader de la science ouverte.",
                Lang::Fr,
            ),
            (
                "The company said on Tuesday that it would hire more people.",
                Lang::En,
            ),
            ("", Lang::En),
            ("12345 !!!", Lang::En),
        ];
        for (t, want) in cases {
            assert_eq!(detect_language(t), want, "{t}");
        }
    }
}

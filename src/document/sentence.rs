//! Sentence boundaries around a span, for lighting up the sentence a figure comes from.

use std::ops::Range;

/// The byte range of the sentence holding `span` in `text` (char boundaries, trimmed).
pub fn around(text: &str, span: Range<usize>) -> Range<usize> {
    let span = span.start.min(text.len())..span.end.min(text.len());
    let mut start = 0;
    for (i, c) in text[..span.start].char_indices().rev() {
        if ends_sentence_at(text, i, c) {
            start = i + c.len_utf8();
            break;
        }
    }
    let mut end = text.len();
    for (i, c) in text[span.end..].char_indices() {
        if ends_sentence_at(text, span.end + i, c) {
            end = span.end + i + c.len_utf8();
            break;
        }
    }
    let lead = text[start..end].len() - text[start..end].trim_start().len();
    start + lead..end
}

/// `.`, `!`, `?`, `…` followed by a space or the end, and not an initial or abbreviation ("M.").
fn ends_sentence_at(text: &str, at: usize, c: char) -> bool {
    if !matches!(c, '.' | '!' | '?' | '…') {
        return false;
    }
    let after = &text[at + c.len_utf8()..];
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return false;
    }
    let word = text[..at]
        .rsplit(|ch: char| ch.is_whitespace())
        .next()
        .unwrap_or("");
    !(c == '.'
        && (word.chars().count() == 1 && word.chars().all(char::is_uppercase)
            || matches!(
                word,
                "M" | "Mme" | "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "etc"
            )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_sentence_around_a_span() {
        let text = "Premier point. Le plan de M. Dupont, doté de 20 milliards, avance ! Fin.";
        let at = text.find("20 milliards").unwrap();
        let r = around(text, at..at + 12);
        assert_eq!(
            &text[r],
            "Le plan de M. Dupont, doté de 20 milliards, avance !"
        );
        let r = around(text, 0..7);
        assert_eq!(&text[r], "Premier point.");
        let r = around(text, text.len() - 2..text.len());
        assert_eq!(&text[r], "Fin.");
    }
}

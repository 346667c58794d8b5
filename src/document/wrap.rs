//! Text layout by display width, and the mapping of untrusted characters to safe visible ones.
//! Pure text: the UI draws the ranges this module returns.

use std::borrow::Cow;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The visible stand-in for a character that must never reach the terminal as is:
/// C0 controls become their Control Pictures (ESC → ␛), DEL → ␡, C1 controls and bidi
/// overrides → �. Whitespace controls (tab, newline) become a space.
pub fn display_char(c: char) -> Option<char> {
    match c {
        '\t' | '\n' | '\r' | '\u{0b}' | '\u{0c}' => Some(' '),
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
        '\u{7f}' => Some('␡'),
        '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
        '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{061c}' => Some('\u{fffd}'),
        _ => None,
    }
}

/// `s` with every unsafe character replaced (borrowed when nothing changes).
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| display_char(c).is_some()) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| display_char(c).unwrap_or(c)).collect())
}

/// Display width in terminal columns, after sanitizing.
pub fn display_width(s: &str) -> usize {
    sanitize(s).width()
}

/// Cuts `s` to at most `max` columns, ending with `…` when something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    let s = sanitize(s);
    if s.width() <= max {
        return s.into_owned();
    }
    let mut out = String::new();
    let mut w = 0;
    for g in s.graphemes(true) {
        let gw = g.width();
        if w + gw + 1 > max {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// Spaces a line may break at. No-break spaces (U+00A0, U+202F, U+2007) glue numbers and French
/// punctuation together and are not break points.
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

fn grapheme_width(g: &str) -> usize {
    match g.chars().next() {
        Some(c) if display_char(c).is_some() => 1,
        _ => g.width(),
    }
}

struct Word {
    range: Range<usize>,
    width: usize,
    /// Columns of break spaces before this word (in the source).
    space_before: usize,
    /// Must stay on the line of the previous word (French « x », "clair :").
    glued: bool,
}

/// Wraps `text` into lines of at most `width` columns; each line is a byte range into `text`
/// (break spaces at line ends excluded). Words wider than a line are cut at grapheme boundaries.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let words = words(text);
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut line: Option<(usize, usize, usize)> = None; // (start, end, width)
    let mut i = 0;
    while i < words.len() {
        // A unit is a word plus the words glued to it; it moves to the next line as a whole.
        let mut j = i + 1;
        let mut unit_width = words[i].width;
        while j < words.len() && words[j].glued {
            unit_width += words[j].space_before + words[j].width;
            j += 1;
        }
        let unit_end = words[j - 1].range.end;
        match line {
            Some((s, _, w)) if w + words[i].space_before + unit_width <= width => {
                line = Some((s, unit_end, w + words[i].space_before + unit_width));
                i = j;
                continue;
            }
            Some((s, e, _)) => {
                lines.push(s..e);
                line = None;
            }
            None => {}
        }
        if unit_width <= width {
            line = Some((words[i].range.start, unit_end, unit_width));
            i = j;
            continue;
        }
        // Too wide for a whole line: place word by word, cutting words wider than the line.
        for word in &words[i..j] {
            match line {
                Some((s, _, w)) if w + word.space_before + word.width <= width => {
                    line = Some((s, word.range.end, w + word.space_before + word.width));
                    continue;
                }
                Some((s, e, _)) => lines.push(s..e),
                None => {}
            }
            let mut start = word.range.start;
            let mut w = 0;
            for (off, g) in text[word.range.clone()].grapheme_indices(true) {
                let gw = grapheme_width(g);
                let at = word.range.start + off;
                if w + gw > width && w > 0 {
                    lines.push(start..at);
                    start = at;
                    w = 0;
                }
                w += gw;
            }
            line = Some((start, word.range.end, w));
        }
        i = j;
    }
    match line {
        Some((s, e, _)) => lines.push(s..e),
        None => lines.push(0..0),
    }
    lines
}

fn words(text: &str) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut space = 0;
    let mut current: Option<(usize, usize)> = None; // (start, width)
    for (at, g) in text.grapheme_indices(true) {
        let first = g.chars().next().unwrap_or(' ');
        if is_break_space(first) {
            if let Some((s, w)) = current.take() {
                push_word(&mut words, text, s..at, w, space);
                space = 0;
            }
            space += 1;
        } else {
            match &mut current {
                Some((_, w)) => *w += grapheme_width(g),
                None => current = Some((at, grapheme_width(g))),
            }
        }
    }
    if let Some((s, w)) = current {
        push_word(&mut words, text, s..text.len(), w, space);
    }
    words
}

fn push_word(
    words: &mut Vec<Word>,
    text: &str,
    range: Range<usize>,
    width: usize,
    space_before: usize,
) {
    let word = &text[range.clone()];
    let glued = words.last().is_some_and(|prev| {
        let prev = &text[prev.range.clone()];
        space_before == 1
            && (word.starts_with([':', ';', '!', '?', '»', '›', '–', '—'])
                && word.chars().count() == 1
                || prev.ends_with(['«', '‹']))
    });
    words.push(Word {
        range,
        width,
        space_before,
        glued,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn wraps_by_display_width() {
        let cases: &[(&str, usize, &[&str])] = &[
            ("le chat dort", 7, &["le chat", "dort"]),
            ("", 10, &[""]),
            ("un mot", 80, &["un mot"]),
            ("abcdefghij", 4, &["abcd", "efgh", "ij"]),
            ("日本語の文章", 5, &["日本", "語の", "文章"]),
            ("3\u{202f}500 euros", 5, &["3\u{202f}500", "euros"]),
            ("est clair : oui", 9, &["est", "clair :", "oui"]),
            (
                "des « open source » ici",
                14,
                &["des « open", "source » ici"],
            ),
            ("e\u{301}te\u{301} ok", 3, &["e\u{301}te\u{301}", "ok"]),
            ("a  b", 1, &["a", "b"]),
        ];
        for (text, width, expected) in cases {
            assert_eq!(wrapped(text, *width), *expected, "{text:?} at {width}");
        }
    }

    #[test]
    fn every_line_fits_and_sits_on_char_boundaries() {
        let text = "Le plan « Chantiers » du ministère, doté de 20\u{a0}milliards d’euros 👩‍👩‍👧 https://example.com/a/very/long/path/that/does/not/fit";
        for width in 1..40 {
            for r in wrap(text, width) {
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                assert!(
                    display_width(&text[r.clone()]) <= width.max(2),
                    "{width}: {:?}",
                    &text[r]
                );
            }
        }
    }

    #[test]
    fn control_characters_become_visible_placeholders() {
        assert_eq!(sanitize("a\u{1b}[31mb\u{7}"), "a␛[31mb␇");
        assert_eq!(sanitize("x\u{202e}y\u{9b}"), "x\u{fffd}y\u{fffd}");
        assert_eq!(sanitize("tab\there"), "tab here");
        assert!(matches!(sanitize("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn truncate_adds_an_ellipsis_by_width() {
        assert_eq!(truncate("Commission européenne", 10), "Commissio…");
        assert_eq!(truncate("court", 10), "court");
        assert_eq!(truncate("日本語", 4), "日…");
    }
}

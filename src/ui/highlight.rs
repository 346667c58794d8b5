//! Styled spans for one wrapped line: the base style patched by every highlight that covers a
//! piece (mentions, marks, search matches), cut only at char boundaries of the original text.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::Span;

use crate::document::wrap;

/// `line` is a byte range of `text`; highlight ranges are byte ranges of `text` too.
pub fn spans(
    text: &str,
    line: Range<usize>,
    base: Style,
    highlights: &[(Range<usize>, Style)],
) -> Vec<Span<'static>> {
    let mut cuts = vec![line.start, line.end];
    for (r, _) in highlights {
        for at in [r.start, r.end] {
            if at > line.start && at < line.end && text.is_char_boundary(at) {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let style = highlights
                .iter()
                .filter(|(r, _)| r.start <= w[0] && r.end >= w[1] && r.start < r.end)
                .fold(base, |s, (_, h)| s.patch(*h));
            Span::styled(wrap::sanitize(&text[w[0]..w[1]]).into_owned(), style)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn pieces_take_the_styles_that_cover_them() {
        let text = "la Commission européenne à Bruxelles";
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let under = Style::new().add_modifier(Modifier::UNDERLINED);
        let org = text.find("Commission").unwrap()..text.find(" à").unwrap();
        let tail = text.find("européenne").unwrap()..text.len();
        let got = spans(
            text,
            0..text.len(),
            Style::new(),
            &[(org, bold), (tail, under)],
        );
        let pieces: Vec<(&str, Style)> =
            got.iter().map(|s| (s.content.as_ref(), s.style)).collect();
        assert_eq!(
            pieces,
            vec![
                ("la ", Style::new()),
                ("Commission ", bold),
                ("européenne", bold.patch(under)),
                (" à Bruxelles", under),
            ]
        );
    }

    #[test]
    fn highlights_outside_the_line_or_off_boundaries_are_ignored() {
        let text = "été à Paris";
        let s = Style::new().add_modifier(Modifier::BOLD);
        let got = spans(text, 5..text.len(), Style::new(), &[(0..2, s), (1..3, s)]);
        assert_eq!(
            got.iter().map(|s| s.content.as_ref()).collect::<String>(),
            " à Paris"
        );
    }
}

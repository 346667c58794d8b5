//! Plain text to blocks. Paragraphs are separated by blank lines, or by single newlines when the
//! file has no blank lines or when a line ends a sentence (text pasted from web pages). A short line
//! without final punctuation between paragraphs is a heading; "Par X, …"/"By X, …" first is the byline.

use std::ops::Range;

use super::{Block, BlockKind, Parsed};

/// A heading is at most this many characters and words.
const HEADING_MAX_CHARS: usize = 100;
const HEADING_MAX_WORDS: usize = 14;

struct Line {
    range: Range<usize>,
    chars: usize,
}

pub(super) fn parse(text: String) -> Parsed {
    let lines = lines(&text);
    let has_blank_lines = lines.iter().any(Option::is_none);
    let max_chars = lines.iter().flatten().map(|l| l.chars).max().unwrap_or(0);
    let continued = lines
        .windows(2)
        .filter(|w| w[0].is_some() && w[1].is_some())
        .count();
    let nonblank = lines.iter().flatten().count().max(1);
    // Hard-wrapped text (e-mail, Project Gutenberg): lines of similar length, paragraphs between blanks.
    let hard_wrapped = has_blank_lines && max_chars <= 100 && continued * 3 > nonblank;

    let mut groups: Vec<Vec<Range<usize>>> = Vec::new();
    let mut current: Vec<Range<usize>> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(line) = line else {
            if !current.is_empty() {
                groups.push(std::mem::take(&mut current));
            }
            continue;
        };
        current.push(line.range.clone());
        let next = lines.get(i + 1).and_then(Option::as_ref);
        let Some(next) = next else { continue };
        let this = &text[line.range.clone()];
        let next_text = &text[next.range.clone()];
        let short = line.chars * 10 < max_chars * 7;
        let split = !has_blank_lines
            || starts_list_item(next_text).is_some()
            || next_text.starts_with('>')
            || (ends_sentence(this) && (!hard_wrapped || short))
            || (looks_like_heading(this) && starts_upper(next_text) && (!hard_wrapped || short));
        if split {
            groups.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }

    let mut bytes = text.into_bytes();
    let mut blocks = Vec::with_capacity(groups.len());
    for group in &groups {
        // Lines joined into one paragraph: the newline between them becomes a space, in place.
        for line in &group[..group.len() - 1] {
            if let Some(b) = bytes.get_mut(line.end..) {
                for byte in b.iter_mut().take_while(|b| b.is_ascii_whitespace()) {
                    *byte = b' ';
                }
            }
        }
        let range = group[0].start..group[group.len() - 1].end;
        blocks.push(Block {
            kind: BlockKind::Paragraph,
            range,
        });
    }
    // Only ASCII bytes were replaced by ASCII spaces, so the buffer is still UTF-8.
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());

    let count = blocks.len();
    for (i, block) in blocks.iter_mut().enumerate() {
        classify(&text, block, i, count, groups[i].len() == 1);
    }
    let title = match blocks.first() {
        Some(b) if b.kind == BlockKind::Heading => Some(text[b.range.clone()].to_string()),
        _ => None,
    };
    Parsed {
        text,
        blocks,
        title,
    }
}

/// Non-blank lines with trailing spaces trimmed; `None` for blank lines.
fn lines(text: &str) -> Vec<Option<Line>> {
    let mut out = Vec::new();
    let mut start = 0;
    let body_start = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    for line in text[body_start..].split('\n') {
        let abs = body_start + start;
        start += line.len() + 1;
        let trimmed_end = line.trim_end();
        let trimmed = trimmed_end.trim_start();
        if trimmed.is_empty() {
            out.push(None);
            continue;
        }
        let s = abs + (trimmed_end.len() - trimmed.len());
        out.push(Some(Line {
            range: s..abs + trimmed_end.len(),
            chars: trimmed.chars().count(),
        }));
    }
    out
}

fn classify(text: &str, block: &mut Block, index: usize, count: usize, single_line: bool) {
    let t = &text[block.range.clone()];
    if index <= 1 && is_byline(t) {
        block.kind = BlockKind::Byline;
    } else if let Some(skip) = starts_list_item(t) {
        block.kind = BlockKind::ListItem;
        block.range.start += skip;
    } else if let Some(rest) = t.strip_prefix('>') {
        block.kind = BlockKind::Quote;
        block.range.start += t.len() - rest.trim_start().len();
    } else if single_line && index + 1 < count && looks_like_heading(t) {
        block.kind = BlockKind::Heading;
    }
}

/// "Par Jeanne Dupont, …" or "By Jane Doe" (a capitalised name follows).
pub(super) fn is_byline(t: &str) -> bool {
    let rest = t
        .strip_prefix("Par ")
        .or_else(|| t.strip_prefix("By "))
        .or_else(|| t.strip_prefix("PAR "))
        .or_else(|| t.strip_prefix("BY "));
    match rest {
        Some(r) => t.chars().count() <= 300 && r.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Byte length of a bullet marker ("- ", "• ", "* ") to strip; numbered items keep their number.
fn starts_list_item(t: &str) -> Option<usize> {
    for bullet in ["- ", "* ", "• ", "· ", "◦ ", "▪ "] {
        if let Some(rest) = t.strip_prefix(bullet) {
            return Some(t.len() - rest.trim_start().len());
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &t[digits..];
        if rest.starts_with(". ") || rest.starts_with(") ") {
            return Some(0);
        }
    }
    None
}

fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(['»', '”', '"', '’', ')', '\u{a0}', '\u{202f}', ' ']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

fn starts_upper(t: &str) -> bool {
    t.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

pub(super) fn looks_like_heading(t: &str) -> bool {
    let chars = t.chars().count();
    let words = t.split_whitespace().count();
    let last = t.trim_end_matches(['»', '”', '"', ')']).chars().last();
    chars <= HEADING_MAX_CHARS
        && words <= HEADING_MAX_WORDS
        && !matches!(last, Some('.' | ',' | ';' | ':' | '!' | '?' | '…'))
        && starts_upper(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Vec<(BlockKind, String)> {
        let p = parse(s.to_string());
        p.blocks
            .iter()
            .map(|b| (b.kind, p.text[b.range.clone()].to_string()))
            .collect()
    }

    use BlockKind::*;

    #[test]
    fn paragraph_rules() {
        type Case<'a> = (&'a str, &'a str, &'a [(BlockKind, &'a str)]);
        let cases: &[Case] = &[
            (
                "blank lines",
                "Un.\n\nDeux.",
                &[(Paragraph, "Un."), (Paragraph, "Deux.")],
            ),
            (
                "single newlines, no blank line",
                "One line.\nAnother line",
                &[(Paragraph, "One line."), (Paragraph, "Another line")],
            ),
            (
                "sentence end splits even with blank lines elsewhere",
                "Premier.\nSecond.\n\nTroisième.",
                &[
                    (Paragraph, "Premier."),
                    (Paragraph, "Second."),
                    (Paragraph, "Troisième."),
                ],
            ),
            (
                "a broken sentence is joined",
                "Le Royaume-Uni est\nconfronté à un manque.\n\nFin.",
                &[
                    (Paragraph, "Le Royaume-Uni est confronté à un manque."),
                    (Paragraph, "Fin."),
                ],
            ),
            (
                "heading between paragraphs",
                "Texte.\n\nS’allier à des puissances\n\nSuite.",
                &[
                    (Paragraph, "Texte."),
                    (Heading, "S’allier à des puissances"),
                    (Paragraph, "Suite."),
                ],
            ),
            (
                "a final short line is not a heading",
                "Texte.\n\nJean Dupont",
                &[(Paragraph, "Texte."), (Paragraph, "Jean Dupont")],
            ),
            (
                "english byline",
                "By Jane Doe, Reuters\n\nThe body.",
                &[(Byline, "By Jane Doe, Reuters"), (Paragraph, "The body.")],
            ),
            (
                "par not followed by a name",
                "Par ailleurs, rien.\n\nFin.",
                &[(Paragraph, "Par ailleurs, rien."), (Paragraph, "Fin.")],
            ),
            (
                "list items and quotes",
                "Points:\n- premier\n- second\n> cité ici\n\nFin.",
                &[
                    (Paragraph, "Points:"),
                    (ListItem, "premier"),
                    (ListItem, "second"),
                    (Quote, "cité ici"),
                    (Paragraph, "Fin."),
                ],
            ),
            (
                "trailing spaces and no-break spaces kept inside",
                "3\u{202f}500 €.   \n\n  Fin.  ",
                &[(Paragraph, "3\u{202f}500 €."), (Paragraph, "Fin.")],
            ),
            (
                "title first",
                "Big News Today\n\nBody text.\n\nMore.",
                &[
                    (Heading, "Big News Today"),
                    (Paragraph, "Body text."),
                    (Paragraph, "More."),
                ],
            ),
        ];
        for (name, input, expected) in cases {
            let got = parse_str(input);
            let expected: Vec<_> = expected.iter().map(|(k, t)| (*k, t.to_string())).collect();
            assert_eq!(got, expected, "case: {name}");
        }
    }

    #[test]
    fn hard_wrapped_text_joins_lines_ending_with_periods_mid_paragraph() {
        let text = "The plant will employ 2,500 people when it opens in the spring of next year. The\n\
                    company said the site was chosen for its access to power and water. It will\n\
                    be the largest of its kind in the region.\n\n\
                    A second paragraph follows here, also wrapped at a fixed column like the first.\n\
                    It ends here.";
        let got = parse_str(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].1.contains("The company said"));
    }

    #[test]
    fn title_is_set_when_the_first_block_is_a_heading() {
        let p = parse("Big News Today\n\nBody text.\n\nMore.".into());
        assert_eq!(p.title.as_deref(), Some("Big News Today"));
    }
}

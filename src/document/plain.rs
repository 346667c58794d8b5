//! Plain text to blocks. Paragraphs are separated by blank lines, or by single newlines when the
//! file has no blank lines or when a line ends a sentence (text pasted from web pages). A short line
//! without final punctuation between paragraphs is a heading; "Par X, …"/"By X, …" first is the byline.

use std::ops::Range;

use super::{Block, BlockKind, Parsed};

/// A heading is at most this many characters and words.
const HEADING_MAX_CHARS: usize = 100;
const HEADING_MAX_WORDS: usize = 14;

#[derive(Clone)]
struct Line {
    range: Range<usize>,
}

impl Line {
    /// Characters, counted by their first bytes; past 400 bytes a line is long whatever its
    /// script, and its exact length is never used (hard-wrapped files have short lines).
    /// Counted only where needed: it was most of the parsing time of a large file.
    fn chars(&self, text: &str) -> usize {
        let line = &text.as_bytes()[self.range.clone()];
        if line.len() > 400 {
            line.len()
        } else {
            line.iter().filter(|b| (**b & 0xC0) != 0x80).count()
        }
    }
}

/// The kind of file is judged on its first MiB (cut at a line end), so that parsing any prefix
/// of a text that ends at a blank line past that point gives the whole text's first blocks.
const STATS_BYTES: usize = 1 << 20;

/// Where the statistics stop: the first line end at or after `STATS_BYTES`, else the text's end.
fn stats_end(text: &str) -> usize {
    match text.as_bytes().get(STATS_BYTES..) {
        Some(rest) => memchr::memchr(b'\n', rest).map_or(text.len(), |i| STATS_BYTES + i),
        None => text.len(),
    }
}

/// What kind of file this is, from the lines of its first MiB.
#[derive(Clone, Copy, Debug)]
pub(super) struct Stats {
    has_blank_lines: bool,
    max_chars: usize,
    /// Hard-wrapped text (e-mail, Project Gutenberg): lines of similar length, paragraphs between blanks.
    hard_wrapped: bool,
}

impl Stats {
    pub(super) fn has_blank_lines(&self) -> bool {
        self.has_blank_lines
    }
}

pub(super) fn stats(text: &str) -> Stats {
    let (mut has_blank_lines, mut max_chars, mut continued, mut nonblank) = (false, 0, 0, 0usize);
    let mut previous_nonblank = false;
    for line in lines(&text[..stats_end(text)]) {
        match &line {
            None => has_blank_lines = true,
            Some(l) => {
                // a line has at most as many chars as bytes: most need no count
                if l.range.len() > max_chars {
                    max_chars = max_chars.max(l.chars(text));
                }
                nonblank += 1;
                continued += usize::from(previous_nonblank);
            }
        }
        previous_nonblank = line.is_some();
    }
    let hard_wrapped = has_blank_lines && max_chars <= 100 && continued * 3 > nonblank.max(1);
    Stats {
        has_blank_lines,
        max_chars,
        hard_wrapped,
    }
}

/// The end of a prefix of `text` that parses (with [`parse_prefix`]) into exactly the whole
/// text's first blocks: just past the first newline at or after `at_least` and the statistics'
/// end that a blank line follows. None when there is none (or the text is under a MiB).
pub(super) fn prefix_end(text: &str, at_least: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut newline = at_least.max(stats_end(text));
    loop {
        newline += memchr::memchr(b'\n', bytes.get(newline..)?)?;
        let next = newline + 1;
        let next_end = next + memchr::memchr(b'\n', &bytes[next..])?;
        if text[next..next_end].trim().is_empty() {
            return Some(next);
        }
        newline = next_end;
    }
}

pub(super) fn parse(text: String) -> Parsed {
    parse_with(text, false)
}

/// Parses a prefix cut by [`prefix_end`]: more blocks follow, so its last block may be a heading.
pub(super) fn parse_prefix(text: String) -> Parsed {
    parse_with(text, true)
}

fn parse_with(text: String, more_follows: bool) -> Parsed {
    // First pass: what kind of file this is.
    let stats = stats(&text);
    parse_with_stats(text, stats, more_follows, true)
}

/// Parses a piece of a file cut at a blank line, with the statistics of the whole file's start:
/// its blocks are the whole parse's blocks, with their texts and numbers. Their kinds are left
/// out (no heading is told from a paragraph: `artex search` prints none, and on a file of
/// one-line paragraphs that test took 6% of its instructions).
pub(super) fn parse_piece(text: String, stats: Stats) -> Parsed {
    parse_with_stats(text, stats, true, false)
}

/// Whether the piece of text up to `text.len()` holds the statistics' whole first MiB.
pub(super) fn holds_stats(text: &str) -> bool {
    stats_end(text) < text.len()
}

/// `headings`: whether headings are told from paragraphs (they are cut alike either way).
fn parse_with_stats(mut text: String, stats: Stats, more_follows: bool, headings: bool) -> Parsed {
    let Stats {
        has_blank_lines,
        max_chars,
        hard_wrapped,
    } = stats;

    // Second pass: paragraph boundaries. `joins` are the line ends whose newline becomes a space.
    let mut blocks = Vec::new();
    let mut single_line = Vec::new();
    let mut joins = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (start, lines so far)
    // A scope of its own: the line iterator borrows the text, which is changed below.
    {
        let mut iter = lines(&text).peekable();
        while let Some(line) = iter.next() {
            let Some(line) = line else { continue };
            let (start, count) = open.map_or((line.range.start, 1), |(s, n)| (s, n + 1));
            let next = iter.peek().cloned().flatten();
            let split = match &next {
                None => true,
                Some(next) => {
                    let this = &text[line.range.clone()];
                    let next_text = &text[next.range.clone()];
                    let short = || line.chars(&text) * 10 < max_chars * 7;
                    !has_blank_lines
                        || starts_list_item(next_text).is_some()
                        || next_text.starts_with('>')
                        || (ends_sentence(this) && (!hard_wrapped || short()))
                        || (looks_like_heading(this)
                            && starts_upper(next_text)
                            && (!hard_wrapped || short()))
                }
            };
            if split {
                blocks.push(Block::new(BlockKind::Paragraph, start..line.range.end));
                single_line.push(count == 1);
                open = None;
            } else {
                joins.push(line.range.end);
                open = Some((start, count));
            }
        }
    }
    // SAFETY: only ASCII whitespace bytes are overwritten, with ASCII spaces: still UTF-8.
    let bytes = unsafe { text.as_mut_vec() };
    for at in joins {
        for byte in bytes[at..]
            .iter_mut()
            .take_while(|b| b.is_ascii_whitespace())
        {
            *byte = b' ';
        }
    }

    let count = blocks.len() + usize::from(more_follows);
    for (i, block) in blocks.iter_mut().enumerate() {
        classify(&text, block, i, count, single_line[i] && headings);
    }
    // a bare marker ("> ", "- ") has nothing to show
    blocks.retain(|b| !b.range().is_empty());
    let title = match blocks.first() {
        Some(b) if b.kind == BlockKind::Heading => Some(text[b.range()].to_string()),
        _ => None,
    };
    Parsed {
        text,
        blocks,
        title,
    }
}

/// Non-blank lines with surrounding spaces trimmed; `None` for blank lines.
fn lines(text: &str) -> impl Iterator<Item = Option<Line>> + '_ {
    let body_start = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let mut start = body_start;
    let mut done = false;
    // memchr's search, not `split('\n')`'s: lines are the bulk of parsing a large file
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let end = match memchr::memchr(b'\n', &text.as_bytes()[start..]) {
            Some(n) => start + n,
            None => {
                done = true;
                text.len()
            }
        };
        let line = &text[start..end];
        let abs = start;
        start = end + 1;
        Some((abs, line))
    })
    .map(|(abs, line)| {
        // most lines begin and end with a visible ASCII char: no trim to run
        let visible = |b: Option<&u8>| b.is_some_and(|&b| b < 0x80 && !is_space(b));
        let trimmed_end = if visible(line.as_bytes().last()) {
            line
        } else {
            line.trim_end()
        };
        let trimmed = if visible(trimmed_end.as_bytes().first()) {
            trimmed_end
        } else {
            trimmed_end.trim_start()
        };
        if trimmed.is_empty() {
            return None;
        }
        let s = abs + (trimmed_end.len() - trimmed.len());
        Some(Line {
            range: s..abs + trimmed_end.len(),
        })
    })
}

/// The ASCII bytes that `char::is_whitespace` (and so `str::trim`) takes as whitespace: the
/// vertical tab too, unlike `u8::is_ascii_whitespace`.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

fn classify(text: &str, block: &mut Block, index: usize, count: usize, single_line: bool) {
    let t = &text[block.range()];
    if index <= 1 && is_byline(t) {
        block.kind = BlockKind::Byline;
    } else if let Some((kind, skip)) = marker(t) {
        block.kind = kind;
        block.skip(skip);
    } else if single_line && index + 1 < count && looks_like_heading(t) {
        block.kind = BlockKind::Heading;
    }
}

/// A list item's or a quote's kind, and the length of its marker, which its block leaves out.
///
/// Inlined, its first byte judged before any call: it runs on every block of a searched file
/// (first 10 MiB of our articles: 1.4 M instructions, 39 a block, most of them a call to learn
/// that a letter starts no marker).
#[inline]
pub(super) fn marker(t: &str) -> Option<(BlockKind, usize)> {
    match t.as_bytes().first()? {
        b'>' => {
            let rest = &t[1..];
            Some((BlockKind::Quote, t.len() - rest.trim_start().len()))
        }
        // the first bytes of a list item's marker ([`starts_list_item`])
        b'-' | b'*' | b'0'..=b'9' | 0xe2 | 0xc2 => {
            starts_list_item(t).map(|skip| (BlockKind::ListItem, skip))
        }
        _ => None,
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

/// The bullet markers a list item may open with.
const BULLETS: [&str; 6] = ["- ", "* ", "• ", "· ", "◦ ", "▪ "];

/// Byte length of a bullet marker ("- ", "• ", "* ") to strip; numbered items keep their number.
fn starts_list_item(t: &str) -> Option<usize> {
    // the first bytes of every marker below: '-', '*', a digit, or the lead byte of
    // '•' '◦' '▪' (E2) or '·' (C2); this runs on every block of the file
    if !matches!(
        t.as_bytes().first(),
        Some(b'-' | b'*' | b'0'..=b'9' | 0xe2 | 0xc2)
    ) {
        return None;
    }
    for bullet in BULLETS {
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
    // Cheapest tests first: this runs on every line of the file.
    if t.len() > 4 * HEADING_MAX_CHARS {
        return false;
    }
    let last = t.trim_end_matches(['»', '”', '"', ')']).chars().last();
    !matches!(last, Some('.' | ',' | ';' | ':' | '!' | '?' | '…'))
        && t.chars().nth(HEADING_MAX_CHARS).is_none()
        && at_most_words(t, HEADING_MAX_WORDS)
        && starts_upper(t)
}

/// Whether `t` holds at most `max` words as `split_whitespace` cuts them, ASCII bytes judged
/// without decoding a char: this runs on every short line of the file.
fn at_most_words(t: &str, max: usize) -> bool {
    let bytes = t.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let (space, len) = match bytes[i] {
            b @ 0..0x80 => (matches!(b, b' ' | b'\t'..=b'\r'), 1),
            _ => {
                let c = t[i..].chars().next().unwrap_or_default();
                (c.is_whitespace(), c.len_utf8())
            }
        };
        if !space && !in_word {
            words += 1;
            if words > max {
                return false;
            }
        }
        in_word = !space;
        i += len;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Vec<(BlockKind, String)> {
        let p = parse(s.to_string());
        p.blocks
            .iter()
            .map(|b| (b.kind, p.text[b.range()].to_string()))
            .collect()
    }

    use BlockKind::*;

    #[test]
    fn words_are_counted_as_split_whitespace_cuts_them() {
        for t in [
            "",
            " ",
            "un",
            " un  deux\ttrois\u{a0}quatre\u{202f}cinq\u{2003}six\u{85}sept\u{b}huit\u{1c}neuf ",
            "l’État\u{3000}à Noël —\u{2028}fin",
            "a b c d e f g h i j k l m n",
            "a b c d e f g h i j k l m n o",
            "   a b c d e f g h i j k l m n   ",
        ] {
            let words = t.split_whitespace().count();
            for max in 0..20 {
                assert_eq!(at_most_words(t, max), words <= max, "{t:?} {max}");
            }
        }
    }

    #[test]
    fn ascii_spaces_are_the_ones_trim_removes() {
        for b in 0..0x80u8 {
            assert_eq!(is_space(b), char::from(b).is_whitespace(), "{b:#x}");
        }
    }

    /// The first-byte test lets every marker through: as the plain prefix tests judge.
    #[test]
    fn list_markers_are_found_past_the_first_byte_test() {
        let full = |t: &str| {
            for bullet in BULLETS {
                if let Some(rest) = t.strip_prefix(bullet) {
                    return Some(t.len() - rest.trim_start().len());
                }
            }
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            ((1..=3).contains(&digits)
                && (t[digits..].starts_with(". ") || t[digits..].starts_with(") ")))
            .then_some(0)
        };
        let heads = [
            "", "-", "*", "•", "·", "◦", "▪", "—", "’", "é", "1", "12", "123", "1234", "a", " ",
        ];
        let tails = ["", " ", "  x", ". x", ") x", ".x", "x", "\u{a0}x"];
        for h in heads {
            for t in tails {
                let s = format!("{h}{t}");
                assert_eq!(starts_list_item(&s), full(&s), "{s:?}");
            }
        }
    }

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
                "a bare quote marker makes no empty block",
                "Un.\n\n>\n\n>  \n\nDeux.",
                &[(Paragraph, "Un."), (Paragraph, "Deux.")],
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

    /// Several MiB of blank-line paragraphs, headings, list items, quotes, broken sentences.
    fn generated_text(bytes: usize) -> String {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut text = String::from("Par Jeanne Dupont, envoyée spéciale\n\n");
        let pieces = [
            "La réunion s’est tenue mardi à Bruxelles, et rien n’en est sorti.",
            "Un titre sans point final",
            "- un premier point\n- un second point",
            "> une citation qui continue",
            "Le Royaume-Uni est\nconfronté à un manque de capital.",
            "Une ligne.\nUne autre ligne",
            "1. numéroté\n2) encore",
            "Short Heading Here",
            "Phrase coupée en\ndeux lignes sans fin",
            "  espaces autour  ",
        ];
        let separators = ["\n\n", "\n", "\n \t\n", "\n\n\n"];
        while text.len() < bytes {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            text.push_str(pieces[(x % 10) as usize]);
            text.push_str(separators[((x >> 8) % 4) as usize]);
        }
        text
    }

    fn blocks_of(p: &Parsed) -> Vec<(BlockKind, &str)> {
        p.blocks
            .iter()
            .map(|b| (b.kind, &p.text[b.range()]))
            .collect()
    }

    #[test]
    fn a_prefix_ending_at_a_blank_line_parses_into_the_first_blocks_of_the_whole() {
        let text = generated_text(3 << 20);
        let whole = parse(text.clone());
        let whole_blocks = blocks_of(&whole);
        let mut last = 0;
        for at_least in (0..text.len()).step_by(97_531) {
            let Some(end) = prefix_end(&text, at_least) else {
                continue;
            };
            assert!(end > STATS_BYTES && end >= at_least && end >= last);
            last = end;
            let prefix = parse_prefix(text[..end].to_string());
            let prefix_blocks = blocks_of(&prefix);
            assert!(prefix_blocks.len() > 1000);
            assert_eq!(
                prefix_blocks,
                whole_blocks[..prefix_blocks.len()],
                "cut at {end}"
            );
            assert_eq!(prefix.title, whole.title);
        }
        assert!(last > 2 << 20, "cuts were found all along the text");
        // the pieces do make every kind of block
        for kind in [Byline, Heading, Paragraph, Quote, ListItem] {
            assert!(whole_blocks.iter().any(|(k, _)| *k == kind), "{kind:?}");
        }
    }

    #[test]
    fn the_last_block_of_a_prefix_can_be_a_heading() {
        let body = "Une phrase assez longue pour servir de paragraphe ordinaire ici.\n\n"
            .repeat(STATS_BYTES / 60);
        let text = format!("{body}Un titre\n\nSuite du texte.\n\nFin.\n");
        let end = prefix_end(&text, body.len()).unwrap();
        assert_eq!(&text[..end], format!("{body}Un titre\n"));
        let prefix = parse_prefix(text[..end].to_string());
        assert_eq!(prefix.blocks.last().unwrap().kind, Heading);
        assert_eq!(
            parse(text[..end].to_string()).blocks.last().unwrap().kind,
            Paragraph
        );
    }
}

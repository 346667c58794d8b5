//! Markdown to blocks through pulldown-cmark: headings, paragraphs, quotes and list items;
//! emphasis, links and code reduced to their text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::plain::is_byline;
use super::{Block, BlockKind, Parsed};

pub(super) fn parse(source: &str) -> Parsed {
    let mut b = Builder {
        text: String::with_capacity(source.len()),
        blocks: Vec::new(),
        open: None,
    };
    let (mut quote_depth, mut item_depth) = (0usize, 0usize);
    let mut first_heading_level1 = None;
    for event in Parser::new(source) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                b.close();
                if b.blocks.is_empty() && level == pulldown_cmark::HeadingLevel::H1 {
                    first_heading_level1 = Some(0);
                }
                b.open_block(BlockKind::Heading);
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::CodeBlock(_)) => {
                if item_depth > 0 && b.open.is_some() {
                    b.text.push(' ');
                } else {
                    b.close();
                }
            }
            Event::Start(Tag::BlockQuote(_)) => {
                b.close();
                quote_depth += 1;
            }
            Event::Start(Tag::Item) => {
                b.close();
                item_depth += 1;
            }
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::CodeBlock) => b.close(),
            Event::End(TagEnd::Paragraph) if item_depth == 0 => b.close(),
            Event::End(TagEnd::BlockQuote(_)) => {
                b.close();
                quote_depth = quote_depth.saturating_sub(1);
            }
            Event::End(TagEnd::Item) => {
                b.close();
                item_depth = item_depth.saturating_sub(1);
            }
            Event::End(TagEnd::TableCell) => b.text.push(' '),
            Event::End(TagEnd::TableRow) | Event::End(TagEnd::TableHead) => b.close(),
            Event::Text(t) | Event::Code(t) => {
                if b.open.is_none() {
                    let kind = if item_depth > 0 {
                        BlockKind::ListItem
                    } else if quote_depth > 0 {
                        BlockKind::Quote
                    } else {
                        BlockKind::Paragraph
                    };
                    b.open_block(kind);
                }
                b.text.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak if b.open.is_some() => b.text.push(' '),
            _ => {}
        }
    }
    b.close();
    let Builder {
        text, mut blocks, ..
    } = b;
    let title = first_heading_level1
        .and_then(|i: usize| blocks.get(i))
        .map(|blk| text[blk.range()].to_string());
    let byline_at = if title.is_some() { 1 } else { 0 };
    if let Some(blk) = blocks.get_mut(byline_at)
        && blk.kind == BlockKind::Paragraph
        && is_byline(&text[blk.range()])
    {
        blk.kind = BlockKind::Byline;
    }
    Parsed {
        text,
        blocks,
        title,
    }
}

struct Builder {
    text: String,
    blocks: Vec<Block>,
    open: Option<(BlockKind, usize)>,
}

impl Builder {
    fn open_block(&mut self, kind: BlockKind) {
        self.close();
        self.open = Some((kind, self.text.len()));
    }

    /// Ends the open block; trims it and drops it when empty.
    fn close(&mut self) {
        let Some((kind, start)) = self.open.take() else {
            return;
        };
        let body = &self.text[start..];
        let lead = body.len() - body.trim_start().len();
        let end = start + body.trim_end().len();
        if start + lead < end {
            self.blocks.push(Block::new(kind, start + lead..end));
            self.text.truncate(end);
            self.text.push_str("\n\n");
        } else {
            self.text.truncate(start);
        }
    }
}

/// Markdown without a `.md` name: ATX headings, links, fences, emphasis, setext underlines.
pub(super) fn looks_like_markdown(text: &str) -> bool {
    let mut score = 0usize;
    let mut prev_nonblank = false;
    // built once, not once a line as `str::matches` builds its searcher
    let (link, bold) = (
        memchr::memmem::Finder::new("]("),
        memchr::memmem::Finder::new("**"),
    );
    for line in text.lines().take(2000) {
        let t = line.trim_end();
        let hashes = t.bytes().take_while(|b| *b == b'#').count();
        if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') && t.len() > hashes + 1 {
            score += 3;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            score += 3;
        }
        if prev_nonblank
            && t.len() >= 3
            && (t.bytes().all(|b| b == b'=') || t.bytes().all(|b| b == b'-'))
        {
            score += 3;
        }
        // non-overlapping occurrences, as `str::matches` counts them
        score +=
            link.find_iter(t.as_bytes()).count() * 2 + bold.find_iter(t.as_bytes()).count() / 2;
        prev_nonblank = !t.is_empty();
        if score >= 3 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use BlockKind::*;

    fn blocks(src: &str) -> (Vec<(BlockKind, String)>, Option<String>) {
        let p = parse(src);
        (
            p.blocks
                .iter()
                .map(|b| (b.kind, p.text[b.range()].to_string()))
                .collect(),
            p.title,
        )
    }

    #[test]
    fn markdown_structure_is_reduced_to_blocks() {
        let src = "# Le titre\n\nPar Jeanne Dupont, correspondante\n\nUn *premier* paragraphe avec un [lien](https://x.fr)\net une suite.\n\n## Section\n\n> Une citation\n> longue.\n\n- point un\n- point **deux**\n\n1. premier\n2. second\n";
        let (got, title) = blocks(src);
        assert_eq!(title.as_deref(), Some("Le titre"));
        let expected = vec![
            (Heading, "Le titre"),
            (Byline, "Par Jeanne Dupont, correspondante"),
            (
                Paragraph,
                "Un premier paragraphe avec un lien et une suite.",
            ),
            (Heading, "Section"),
            (Quote, "Une citation longue."),
            (ListItem, "point un"),
            (ListItem, "point deux"),
            (ListItem, "premier"),
            (ListItem, "second"),
        ];
        let expected: Vec<_> = expected
            .into_iter()
            .map(|(k, t)| (k, t.to_string()))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn markdown_detection() {
        assert!(looks_like_markdown("# Title\n\nText"));
        assert!(looks_like_markdown(
            "Text with [a link](http://a) and **bold** words."
        ));
        assert!(!looks_like_markdown(
            "Plain text.\n\nNo markup here, # not a heading."
        ));
        assert!(!looks_like_markdown("Le prix: 3 * 4 = 12."));
    }
}

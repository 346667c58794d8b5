//! The parser on our own fixture files, French and English, one per input shape.

use BlockKind::*;
use article_explorer::document::{BlockKind, Document};
use proptest::prelude::*;

fn blocks(path: &str) -> (Document, Vec<(BlockKind, String)>) {
    let doc = Document::open(&format!(
        "{}/tests/fixtures/document/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect(path);
    let blocks = (0..doc.len())
        .map(|i| (doc.blocks[i].kind, doc.block_text(i).to_string()))
        .collect();
    (doc, blocks)
}

#[test]
fn french_text_pasted_from_the_web_has_one_paragraph_per_line() {
    let (doc, b) = blocks("fr_web_paste.txt");
    let kinds: Vec<BlockKind> = b.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        kinds,
        [Byline, Paragraph, Paragraph, Heading, Paragraph, Paragraph]
    );
    assert_eq!(b[3].1, "Ce que change le règlement");
    assert_eq!(doc.language.code(), "fr");
    assert!(doc.note.is_none());
}

#[test]
fn english_hard_wrapped_crlf_text_joins_lines_into_paragraphs() {
    let (doc, b) = blocks("en_hard_wrapped_crlf.txt");
    let kinds: Vec<BlockKind> = b.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        kinds,
        [
            Byline, Paragraph, Heading, Paragraph, ListItem, ListItem, Quote
        ]
    );
    assert_eq!(
        b[1].1,
        "The city council voted on Tuesday to approve a new plan for public broadband, ending a debate that had lasted more than two years. The plan will connect 40,000 homes by the end of 2027."
    );
    assert_eq!(b[4].1, "Cost: $120 million over five years");
    assert_eq!(b[6].1, "We are finally catching up, said the mayor.");
    assert!(b.iter().all(|(_, t)| !t.contains('\r')));
    assert_eq!(doc.language.code(), "en");
}

#[test]
fn markdown_keeps_structure_and_drops_markup() {
    let (doc, b) = blocks("fr_markdown.md");
    assert_eq!(
        doc.title.as_deref(),
        Some("Le budget de la culture en hausse")
    );
    let kinds: Vec<BlockKind> = b.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        kinds,
        [
            Heading, Byline, Paragraph, Heading, ListItem, ListItem, Quote
        ]
    );
    assert_eq!(
        b[2].1,
        "Le ministère a présenté mercredi un budget en hausse de 3 %, détaillé sur le site officiel."
    );
    assert_eq!(b[4].1, "le patrimoine, avec 450 millions d’euros ;");
}

#[test]
fn latin1_is_decoded_with_a_note() {
    let (doc, b) = blocks("fr_latin1.txt");
    assert_eq!(b[0].1, "Le café de la gare a rouvert après travaux.");
    assert_eq!(doc.note.as_deref(), Some("decoded as Windows-1252"));
}

proptest! {
    #[test]
    fn any_bytes_parse_without_panic_into_ranges_on_char_boundaries(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let src = article_explorer::document::Source::Stdin;
        if let Ok(doc) = Document::from_bytes(src, bytes) {
            for i in 0..doc.len() {
                let text = doc.block_text(i);
                prop_assert!(!text.is_empty());
                prop_assert_eq!(text, text.trim());
            }
        }
    }

    #[test]
    fn any_text_in_any_format_gives_valid_blocks(text in "(\\PC|\n|\r| |#|>|-|\\*|\u{a0}|’|«){0,300}") {
        for format in [article_explorer::document::Format::Plain, article_explorer::document::Format::Markdown] {
            let doc = Document::from_text(article_explorer::document::Source::Stdin, text.clone(), format, None);
            for i in 0..doc.len() {
                let _ = doc.block_text(i); // slicing panics if a range is off a char boundary
                for width in [1, 7, 40] {
                    for r in article_explorer::document::wrap::wrap(doc.block_text(i), width) {
                        prop_assert!(doc.block_text(i).is_char_boundary(r.start) && doc.block_text(i).is_char_boundary(r.end));
                    }
                }
            }
        }
    }
}

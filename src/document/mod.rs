//! The article: loading (text, Markdown, stdin), decoding, blocks and their byte ranges.
//! No terminal knowledge lives here.

mod decode;
mod groups;
mod head;
pub mod mapped;
mod markdown;
mod plain;
pub mod sentence;
pub mod stream;
pub mod wrap;

use std::ops::Range;
use std::path::Path;

pub use decode::{Decoded, decode};
pub use head::RestOfFile;

use crate::extract::Lang;

/// The article bundled with the binary, opened when no file is given.
pub const BUNDLED_ARTICLE: &str = include_str!("../../assets/000_2092384b85dd452f.txt");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Byline,
    Heading,
    Paragraph,
    Quote,
    ListItem,
}

/// An offset or a count in 32 bits, as blocks, mentions and matches hold them: documents are
/// searched and extracted below 4 GiB, so it never saturates on one; past that it would rather
/// than panic.
pub(crate) fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A block is a byte range into the document's single text buffer (no per-paragraph copies),
/// held in 32 bits (12 bytes a block, not 24: a 100 MB file has 360,000 of them; documents are
/// searched and extracted below 4 GiB).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    start: u32,
    end: u32,
}

impl Block {
    pub fn new(kind: BlockKind, range: Range<usize>) -> Block {
        Block {
            kind,
            start: narrow(range.start),
            end: narrow(range.end),
        }
    }

    /// Its byte range in the document's text.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Moves its start `n` bytes on (past a list marker or a quote's `>`).
    pub(crate) fn skip(&mut self, n: usize) {
        self.start += narrow(n).min(self.end - self.start);
    }
}

/// Where the article came from, as shown in the header and in `dump`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Bundled,
    Stdin,
    Path(String),
}

impl Source {
    pub fn label(&self) -> &str {
        match self {
            Source::Bundled => "bundled",
            Source::Stdin => "-",
            Source::Path(p) => p,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Document {
    pub source: Source,
    text: String,
    pub blocks: Vec<Block>,
    pub title: Option<String>,
    pub language: Lang,
    /// A note for the header about how the bytes were decoded (e.g. "decoded as Windows-1252").
    pub note: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot open '{path}': {reason}")]
    Open { path: String, reason: String },
    #[error("cannot read '{path}': {reason}")]
    Read { path: String, reason: String },
    #[error("'{path}' is not a text file (it contains NUL bytes)")]
    Binary { path: String },
    #[error("'{path}' is empty")]
    Empty { path: String },
}

/// Input format: Markdown goes through pulldown-cmark, plain text through our paragraph rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
}

impl Document {
    /// The bundled article.
    pub fn bundled() -> Document {
        Document::from_text(
            Source::Bundled,
            BUNDLED_ARTICLE.to_string(),
            Format::Plain,
            None,
        )
    }

    /// Reads and parses a file; `-` reads standard input.
    pub fn open(path: &str) -> Result<Document, LoadError> {
        let (source, bytes) = if path == "-" {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes).map_err(|e| {
                LoadError::Read {
                    path: "-".into(),
                    reason: io_reason(&e),
                }
            })?;
            (Source::Stdin, bytes)
        } else {
            if Path::new(path).is_dir() {
                return Err(LoadError::Open {
                    path: path.into(),
                    reason: "Is a directory".into(),
                });
            }
            let bytes = std::fs::read(path).map_err(|e| LoadError::Open {
                path: path.into(),
                reason: io_reason(&e),
            })?;
            (Source::Path(path.to_string()), bytes)
        };
        Document::from_bytes(source, bytes)
    }

    /// Decodes bytes (UTF-8, UTF-16 with BOM, Windows-1252) and parses them.
    pub fn from_bytes(source: Source, bytes: Vec<u8>) -> Result<Document, LoadError> {
        let path = source.label().to_string();
        let decoded = decode(bytes).map_err(|_| LoadError::Binary { path: path.clone() })?;
        if decoded.text.trim().is_empty() {
            return Err(LoadError::Empty { path });
        }
        let format = detect_format(&source, &decoded.text);
        let doc = Document::from_text(source, decoded.text, format, decoded.note);
        // only markup ("> ", an empty list): nothing to read either
        if doc.is_empty() {
            return Err(LoadError::Empty { path });
        }
        Ok(doc)
    }

    pub fn from_text(
        source: Source,
        text: String,
        format: Format,
        note: Option<String>,
    ) -> Document {
        let text = composed(normalize_newlines(text));
        let parsed = match format {
            Format::Plain => plain::parse(text),
            Format::Markdown => markdown::parse(&text),
        };
        Document::from_parsed(source, parsed, note)
    }

    fn from_parsed(source: Source, parsed: Parsed, note: Option<String>) -> Document {
        let language = detect_language(&parsed.text, &parsed.blocks);
        let (mut text, mut blocks) = (parsed.text, parsed.blocks);
        // the decoder and the parser grow these by guesses (13 MB spare on a 100 MB file);
        // giving a large buffer back moves no bytes (the allocator remaps it)
        text.shrink_to_fit();
        blocks.shrink_to_fit();
        Document {
            source,
            text,
            blocks,
            title: parsed.title,
            language,
            note,
        }
    }

    /// The text of block `i`.
    pub fn block_text(&self, i: usize) -> &str {
        &self.text[self.blocks[i].range()]
    }

    /// Bytes of text in the document's buffer.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The text that the blocks' ranges index.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// All block texts, in order (for extractors and the search index).
    pub fn block_texts(&self) -> Vec<&str> {
        (0..self.blocks.len()).map(|i| self.block_text(i)).collect()
    }

    /// The byline's text, when the article has one.
    pub fn byline(&self) -> Option<&str> {
        self.blocks
            .iter()
            .position(|b| b.kind == BlockKind::Byline)
            .map(|i| self.block_text(i))
    }
}

/// What the parsers hand back: the (possibly rebuilt) buffer and its blocks.
struct Parsed {
    text: String,
    blocks: Vec<Block>,
    title: Option<String>,
}

fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "No such file or directory".into(),
        PermissionDenied => "Permission denied".into(),
        IsADirectory => "Is a directory".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// Text in decomposed form (NFD: "e" then a combining acute, as some Mac tools and PDF copies
/// write it) composed (NFC), so that "Québec" is one word and the same name in both forms is one
/// entity, one search match, one width. Canonically equivalent: it looks the same. Only text
/// holding a combining diacritic (U+0300-U+036F: lead bytes 0xCC, 0xCD) is looked at, and only
/// text not already composed is copied.
fn composed(text: String) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if memchr::memchr2(0xCC, 0xCD, text.as_bytes()).is_none()
        || is_nfc_quick(text.chars()) == IsNormalized::Yes
    {
        return text;
    }
    text.nfc().collect()
}

/// CRLF and lone CR become LF, in place: one pass, no copy of a large file.
fn normalize_newlines(text: String) -> String {
    crs_to_lfs(text, false)
}

/// [`normalize_newlines`] but for blank lines: the bytes that each removed LF frees are given
/// back as more blank lines at the first blank line after it (where the text so far ends with a
/// newline and the next byte is one), so that the text past it stays where it is. Removing the
/// LFs of a short CRLF stretch moved the whole rest of a MiB piece of `artex search`. The lines
/// are the same, and a run of blank lines parses as one: the same blocks, at other offsets.
fn normalize_newlines_padded(text: String) -> String {
    crs_to_lfs(text, true)
}

/// [`normalize_newlines`], or with `pad` [`normalize_newlines_padded`].
fn crs_to_lfs(text: String, pad: bool) -> String {
    let Some(first) = memchr::memchr(b'\r', text.as_bytes()) else {
        return text;
    };
    let mut bytes = text.into_bytes();
    let n = bytes.len();
    // the text so far is bytes[..w]; bytes[r..] are still to read, and w <= r
    let (mut w, mut r) = (first, first);
    while r < n {
        // bytes[r] is a CR, and it becomes a newline: a blank line if the text ends with one
        if pad && w < r && w > 0 && bytes[w - 1] == b'\n' {
            bytes[w..r].fill(b'\n');
            w = r;
        }
        bytes[w] = b'\n';
        w += 1;
        r += 1;
        if bytes.get(r) == Some(&b'\n') {
            r += 1;
        }
        let next = memchr::memchr(b'\r', &bytes[r..]).map_or(n, |k| r + k);
        if w == r {
            w = next;
        } else {
            // padding: the first blank line before the next CR, if any
            let blank = if !pad {
                None
            } else if r < next && bytes[r] == b'\n' {
                Some(r)
            } else {
                memchr::memmem::find(&bytes[r..next], b"\n\n").map(|k| r + k + 1)
            };
            let to = blank.unwrap_or(next);
            bytes.copy_within(r..to, w);
            w += to - r;
            if to < next {
                bytes[w..to].fill(b'\n');
                w = next;
            }
        }
        r = next;
    }
    bytes.truncate(w);
    // SAFETY: only ASCII bytes were replaced (CR and the bytes of removed LFs, by LFs) or
    // removed (LFs after CRs): still UTF-8.
    unsafe { String::from_utf8_unchecked(bytes) }
}

fn detect_format(source: &Source, text: &str) -> Format {
    if let Source::Path(p) = source {
        let lower = p.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            return Format::Markdown;
        }
    }
    if markdown::looks_like_markdown(text) {
        Format::Markdown
    } else {
        Format::Plain
    }
}

/// French or English, from the function words of the first blocks (up to ~64 KB of text).
fn detect_language(text: &str, blocks: &[Block]) -> Lang {
    let end = blocks
        .iter()
        .map(|b| b.range().end)
        .find(|&e| e >= 65536)
        .unwrap_or(text.len());
    crate::extract::language::detect_language(&text[..end])
}

#[cfg(test)]
mod tests {
    #[test]
    fn newlines_are_normalised_as_by_replace() {
        for t in [
            "a\r\nb",
            "a\rb\r",
            "\r\n\r\n",
            "é\r\r\nè\n\r",
            "no cr",
            "\r",
            "x\r\n",
        ] {
            let want = t.replace("\r\n", "\n").replace('\r', "\n");
            assert_eq!(super::normalize_newlines(t.to_string()), want, "{t:?}");
        }
    }

    use super::*;

    #[test]
    fn bundled_article_has_sixteen_blocks_with_byline_and_heading() {
        let doc = Document::bundled();
        assert_eq!(doc.len(), 16);
        assert_eq!(doc.blocks[0].kind, BlockKind::Byline);
        assert_eq!(doc.blocks[7].kind, BlockKind::Heading);
        assert_eq!(
            doc.block_text(7),
            "S’allier à des puissances intermédiaires"
        );
        assert_eq!(doc.language, Lang::Fr);
        assert!(doc.title.is_none());
        let headings = doc
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .count();
        assert_eq!(headings, 1);
    }

    #[test]
    fn english_text_is_detected_as_english() {
        let doc = Document::from_text(
            Source::Stdin,
            "By Jane Doe, staff writer\n\nThe company said on Tuesday that it was going to build a plant in Ohio.".into(),
            Format::Plain,
            None,
        );
        assert_eq!(doc.language, Lang::En);
        assert_eq!(doc.blocks[0].kind, BlockKind::Byline);
    }

    #[test]
    fn errors_name_the_file_and_the_reason() {
        let err = Document::open("/nonexistent/x.txt").unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot open '/nonexistent/x.txt': No such file or directory"
        );
        let err = Document::open("/").unwrap_err();
        assert_eq!(err.to_string(), "cannot open '/': Is a directory");
        let err =
            Document::from_bytes(Source::Path("a.bin".into()), b"ab\0cd".to_vec()).unwrap_err();
        assert!(err.to_string().contains("not a text file"), "{err}");
        let err =
            Document::from_bytes(Source::Path("e.txt".into()), b" \n\t\n".to_vec()).unwrap_err();
        assert_eq!(err.to_string(), "'e.txt' is empty");
    }

    #[test]
    fn crlf_and_bom_are_normalised() {
        let doc = Document::from_bytes(
            Source::Stdin,
            "\u{feff}Premier paragraphe.\r\n\r\nSecond paragraphe.  \r\n"
                .as_bytes()
                .to_vec(),
        )
        .unwrap();
        assert_eq!(
            doc.block_texts(),
            vec!["Premier paragraphe.", "Second paragraphe."]
        );
    }
}

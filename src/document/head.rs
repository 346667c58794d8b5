//! The start of a large plain-text file, parsed alone so that the explorer can draw before the
//! whole file is in: its blocks are the whole document's first blocks (see `plain::prefix_end`).

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};

use super::{
    Document, Format, LoadError, Source, decode, detect_format, io_reason, normalize_newlines,
    plain,
};

/// Files from this size on are opened by their start first.
const LARGE_FILE: u64 = 4 << 20;

/// Bytes read for the start: the statistics' MiB and room to find a blank line after it.
const HEAD_BYTES: u64 = (1 << 20) + (256 << 10);

impl Document {
    /// The first blocks of a large plain-text file, or None when the file is small, Markdown,
    /// UTF-16, unreadable, or has no blank line to cut at: [`Document::open`] then judges it whole.
    pub fn open_head(path: &str) -> Option<(Document, RestOfFile)> {
        let lower = path.to_ascii_lowercase();
        if path == "-" || lower.ends_with(".md") || lower.ends_with(".markdown") {
            return None;
        }
        let mut file = File::open(path).ok()?;
        let meta = file.metadata().ok()?;
        if !meta.is_file() || meta.len() < LARGE_FILE {
            return None;
        }
        let mut bytes = Vec::with_capacity(HEAD_BYTES as usize);
        (&mut file).take(HEAD_BYTES).read_to_end(&mut bytes).ok()?;
        let head = Document::head_from_bytes(Source::Path(path.to_string()), bytes)?;
        let rest = RestOfFile {
            path: path.to_string(),
            file,
        };
        Some((head, rest))
    }

    /// [`Document::open_head`] on bytes already read from the start of a file.
    fn head_from_bytes(source: Source, mut bytes: Vec<u8>) -> Option<Document> {
        if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
            return None;
        }
        // whole lines only: a newline byte is never inside a UTF-8 character
        bytes.truncate(memchr::memrchr(b'\n', &bytes)? + 1);
        // Decoding is local (bad UTF-8 bytes, Windows-1252): the start decodes as the whole does,
        // unless the rest of the file changes the verdict (`is_start_of` then says so).
        let decoded = decode(bytes).ok()?;
        if detect_format(&source, &decoded.text) != Format::Plain {
            return None;
        }
        // the whole file's count of bad sequences is not known yet
        let note = decoded.note.map(|n| match n.starts_with("invalid UTF-8") {
            true => "invalid UTF-8: byte sequences replaced by �".to_string(),
            false => n,
        });
        let mut text = normalize_newlines(decoded.text);
        text.truncate(plain::prefix_end(&text, 0)?);
        let parsed = plain::parse_prefix(text);
        let doc = Document::from_parsed(source, parsed, note);
        (!doc.is_empty()).then_some(doc)
    }

    /// Whether `whole` begins with this document's blocks and text, so that positions in this one
    /// (block indices, wrapped lines) stay valid in `whole`.
    pub fn is_start_of(&self, whole: &Document) -> bool {
        whole.blocks.starts_with(&self.blocks)
            && whole.text.as_bytes().starts_with(self.text.as_bytes())
    }
}

/// A large file whose start only was read: the handle to read it whole from.
pub struct RestOfFile {
    path: String,
    file: File,
}

impl RestOfFile {
    /// The whole document, as [`Document::open`] reads it, from the handle that the start was read
    /// from: a file renamed or removed meanwhile is still the same file.
    pub fn load(mut self) -> Result<Document, LoadError> {
        let read_error = |e: std::io::Error| LoadError::Read {
            path: self.path.clone(),
            reason: io_reason(&e),
        };
        self.file.seek(SeekFrom::Start(0)).map_err(read_error)?;
        let size = self.file.metadata().map_or(0, |m| m.len() as usize);
        let mut bytes = Vec::with_capacity(size);
        self.file.read_to_end(&mut bytes).map_err(read_error)?;
        Document::from_bytes(Source::Path(self.path.clone()), bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_of_a_large_crlf_file_is_the_start_of_the_whole_document() {
        let piece = "Par Jeanne Dupont, envoyée spéciale\r\n\r\nUn titre court\r\n\r\n\
                     Le Royaume-Uni est\r\nconfronté à un manque de capital.\r\n\r\n\
                     Points :\r\n- premier\r\n- second\r\n\r\n> cité ici\r\n   \r\n";
        let text = piece.repeat((LARGE_FILE as usize) / piece.len() + 10);
        let dir = std::env::temp_dir().join(format!("artex-head-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("large.txt");
        std::fs::write(&path, &text).unwrap();
        let path = path.to_str().unwrap();

        let (head, rest) = Document::open_head(path).expect("a large UTF-8 text file has a head");
        // the rest is read from the handle: a file removed meanwhile is still there
        std::fs::remove_dir_all(&dir).unwrap();
        let whole = rest.load().unwrap();
        assert_eq!(
            whole.block_texts(),
            Document::from_bytes(Source::Path(path.into()), text.into_bytes())
                .unwrap()
                .block_texts()
        );
        assert!(head.is_start_of(&whole));
        assert!(head.len() > 10_000 && head.len() < whole.len());
        assert_eq!(head.block_texts(), whole.block_texts()[..head.len()]);
        assert_eq!((head.language, &head.title), (whole.language, &whole.title));
        assert_eq!(head.source, whole.source);
    }

    #[test]
    fn small_markdown_and_non_utf8_files_have_no_head() {
        let big = "Une phrase élevée.\n\n".repeat(150_000);
        let source = || Source::Path("x.txt".into());
        assert!(Document::head_from_bytes(source(), big.clone().into_bytes()).is_some());
        let latin1 = b"Une phrase \xe9lev\xe9e.\n\n".repeat(150_000);
        for (bytes, note) in [
            (latin1, "decoded as Windows-1252"),
            (
                [&b"\xe2\x80 x\n\n"[..], big.as_bytes()].concat(),
                "invalid UTF-8: byte sequences replaced by \u{fffd}",
            ),
        ] {
            let head = Document::head_from_bytes(source(), bytes.clone()).unwrap();
            let whole = Document::from_bytes(source(), bytes).unwrap();
            assert!(head.is_start_of(&whole));
            assert_eq!(head.note.as_deref(), Some(note));
        }
        let md = format!("# Titre\n\n{big}");
        assert!(Document::head_from_bytes(source(), md.into_bytes()).is_none());
        assert!(Document::open_head("Cargo.toml").is_none(), "small");
        assert!(Document::open_head("-").is_none());
    }
}

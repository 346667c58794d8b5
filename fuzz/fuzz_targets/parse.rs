//! Any bytes, as a file of any name: decoding and both parsers never panic, and every block is a
//! range on char boundaries of the document's text.
#![no_main]

use article_explorer::document::{Document, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the name, so the Markdown detection by extension is reached too.
    let (name, bytes) = match data.split_first() {
        Some((b, rest)) if b % 2 == 0 => ("fuzz.md", rest),
        Some((_, rest)) => ("fuzz.txt", rest),
        None => ("fuzz.txt", data),
    };
    let Ok(doc) = Document::from_bytes(Source::Path(name.into()), bytes.to_vec()) else {
        return;
    };
    for i in 0..doc.len() {
        // block_text slices the buffer: a range off a char boundary panics here; no block is blank
        let t = doc.block_text(i);
        assert!(!t.trim().is_empty(), "block {i} has no text");
    }
});

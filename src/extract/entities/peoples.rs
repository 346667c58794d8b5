//! Peoples' and languages' adjectives that name no country: "Punjabi", "Yoruba", "Kurdish",
//! "Tibetan". The gazetteer knows a country's people ("French", "Welsh") through its places;
//! these words belong to a region, a people or a language and no place entry of their own.
//! Before a lowercase noun ("Punjabi produce", "the Tamil price"), as the head of a compound
//! ("Igbo-language", "Bengali-speaking") or suspended ("Hausa- and Fulani-language") they
//! are adjectives and name nothing.

use super::classify::Ctx;
use super::text::TokKind;

/// Sorted (binary search): general knowledge, English spellings.
const PEOPLES: &[&str] = &[
    "Akan",
    "Amazigh",
    "Amharic",
    "Arabic",
    "Assamese",
    "Aymara",
    "Balinese",
    "Baloch",
    "Balochi",
    "Basque",
    "Bengali",
    "Berber",
    "Breton",
    "Cantonese",
    "Catalan",
    "Cherokee",
    "Cornish",
    "Corsican",
    "Cree",
    "Flemish",
    "Frisian",
    "Fulani",
    "Gaelic",
    "Galician",
    "Guarani",
    "Gujarati",
    "Hakka",
    "Hausa",
    "Hazara",
    "Hindi",
    "Hmong",
    "Hokkien",
    "Igbo",
    "Inuit",
    "Javanese",
    "Kannada",
    "Kashmiri",
    "Khmer",
    "Kikuyu",
    "Kurdish",
    "Lingala",
    "Malayalam",
    "Mandarin",
    "Maori",
    "Marathi",
    "Navajo",
    "Occitan",
    "Ojibwe",
    "Oromo",
    "Pashto",
    "Pashtun",
    "Punjabi",
    "Quechua",
    "Rohingya",
    "Romani",
    "Sindhi",
    "Sinhala",
    "Sinhalese",
    "Sotho",
    "Sundanese",
    "Swahili",
    "Tagalog",
    "Tajik",
    "Tamil",
    "Telugu",
    "Tibetan",
    "Tigrinya",
    "Tswana",
    "Tuareg",
    "Twi",
    "Uighur",
    "Urdu",
    "Uyghur",
    "Walloon",
    "Wolof",
    "Xhosa",
    "Yiddish",
    "Yoruba",
    "Zulu",
];

/// For each capital a word of [`PEOPLES`] opens with, and each lowercase letter one ends with,
/// the lengths of those words (bit `len`), found at compile time: most capitalised words of a
/// text have no such shape, refused before the search by halves (3,800 a MiB).
static SHAPES: ([u16; 26], [u16; 26]) = shapes();

const fn shapes() -> ([u16; 26], [u16; 26]) {
    let (mut first, mut last) = ([0u16; 26], [0u16; 26]);
    let mut i = 0;
    while i < PEOPLES.len() {
        let w = PEOPLES[i].as_bytes();
        // (the list's words: a capital, lowercase ASCII letters, under 16 bytes)
        assert!(w.len() < 16 && w[0].is_ascii_uppercase() && w[w.len() - 1].is_ascii_lowercase());
        first[(w[0] - b'A') as usize] |= 1 << w.len();
        last[(w[w.len() - 1] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    (first, last)
}

/// `w` is a people's or a language's adjective of the list.
pub fn people_word(w: &str) -> bool {
    let b = w.as_bytes();
    let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
        return false;
    };
    if b.len() >= 16 || !f.is_ascii_uppercase() || !l.is_ascii_lowercase() {
        return false;
    }
    let bit = 1u16 << b.len();
    SHAPES.0[usize::from(f - b'A')] & bit != 0
        && SHAPES.1[usize::from(l - b'a')] & bit != 0
        && PEOPLES.binary_search(&w).is_ok()
}

/// Token `k` is such an adjective used as one: before a lowercase word ("Kashmiri produce"),
/// before a hyphen ("Yoruba- and Igbo-language"), or as a compound's head with a lowercase
/// tail ("Igbo-language").
pub fn people_adjective(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k);
    // (cheap refusals first: the list's words are capitalised, 3 to 10 bytes long)
    if !ctx.toks[k].cap || w.len() < 3 {
        return false;
    }
    // (the hyphen sought as a byte: no char searcher for the many words without one)
    if let Some(h) = w.bytes().position(|b| b == b'-') {
        let (head, tail) = (&w[..h], &w[h + 1..]);
        return tail.starts_with(|c: char| c.is_lowercase()) && people_word(head);
    }
    if w.len() > 10 || !people_word(w) {
        return false;
    }
    ctx.toks.get(k + 1).is_some_and(|n| {
        (n.kind == TokKind::Word && !n.cap)
            || (n.kind == TokKind::Punct && n.start == ctx.toks[k].end && ctx.w(k + 1) == "-")
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_is_sorted() {
        assert!(super::PEOPLES.windows(2).all(|p| p[0] < p[1]));
    }
}

//! Text helpers: accent/case folding and tokenisation with byte offsets.

/// Lowercases and strips common Latin diacritics; maps typographic apostrophes to `'`.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Runs `f` on `s` folded ([`fold`]), in a per-thread buffer rather than a new `String`
/// (`f` must not call it again).
pub fn with_folded<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local!(static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) });
    BUF.with_borrow_mut(|buf| {
        buf.clear();
        fold_into(s, buf);
        f(buf)
    })
}

/// [`fold`], appended to `out` (a buffer reused from one word to the next).
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
        return;
    }
    out.reserve(s.len());
    for c in s.chars() {
        // (most chars of a word with an accent are ASCII: pushed here, without a call)
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_folded(out, c);
        }
    }
}

pub fn push_folded(out: &mut String, c: char) {
    // most chars of a French or English text are ASCII: answered before the table of accents
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let c = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'ç' | 'Ç' | 'ć' | 'č' | 'Ć' | 'Č' => 'c',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' | 'ě' | 'ę' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' | 'ń' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'š' | 'Š' | 'ś' | 'Ś' => 's',
        'ž' | 'Ž' | 'ź' | 'ż' => 'z',
        'ł' | 'Ł' => 'l',
        'œ' | 'Œ' => {
            out.push_str("oe");
            return;
        }
        'æ' | 'Æ' => {
            out.push_str("ae");
            return;
        }
        '’' | '‘' | 'ʼ' => '\'',
        '\u{a0}' | '\u{202f}' => ' ',
        '‐' | '‑' | '–' => '-',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(c);
}

/// Strips accents but keeps case (used to build gazetteer pattern variants).
pub fn strip_accents_keep_case(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            let mut tmp = String::new();
            push_folded(&mut tmp, c);
            out.extend(tmp.chars().flat_map(|x| x.to_uppercase()));
        } else if c.is_alphabetic() && !c.is_ascii() {
            push_folded(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// First char is uppercase.
    pub cap: bool,
    /// All letters uppercase (and at least two letters).
    pub allcaps: bool,
    /// First word of a sentence (or after an opening quote / dash / colon).
    pub initial: bool,
    /// All its bytes are ASCII: its folding is its ASCII lowercase (`Ctx::f` reads it there).
    pub ascii: bool,
    /// A word holding a joining mark (a hyphen, an apostrophe, "&", the dots of "U.S."): a
    /// word opens inside it, after the mark ([`super::gazetteer::hits_into_toks`] looks there).
    pub joined: bool,
}

const ELISIONS: &[&str] = &[
    "l", "d", "qu", "s", "n", "c", "j", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

/// Whether `prefix`, written before an apostrophe at byte `at` of `text` and followed by
/// `after`, is an elided word ("l’Europe", "qu’Apple", "N’oublions pas"). A capital "N" is the
/// first letter of a name ("N’Djamena", "à N’djili") before a capital or inside a sentence,
/// where the negation is written "n’".
fn elides(text: &str, prefix: &str, at: usize, after: char) -> bool {
    if prefix == "N" {
        // (a space, then a word or a comma before it: inside a sentence)
        let before = &text[..at];
        let inside = before.ends_with(char::is_whitespace)
            && before
                .trim_end()
                .ends_with(|c: char| c.is_alphanumeric() || c == ',');
        if after.is_uppercase() || inside {
            return false;
        }
    }
    // (round 68) "la Presqu’île": the peninsula is one word, no "presque" elided
    if matches!(after, 'î' | 'i') && prefix.eq_ignore_ascii_case("presqu") {
        return false;
    }
    ELISIONS.iter().any(|e| prefix.eq_ignore_ascii_case(e))
}

const ABBREVS: &[&str] = &[
    "m", "mr", "mrs", "ms", "dr", "jr", "sr", "st", "mm", "pr", "prof", "inc", "corp", "ltd", "co",
    "no", "vs", "gen", "sen", "gov", "rep", "messrs", "mt", "etc", "av", "bd",
];

/// Whether the capitalised name ending at byte `end` of `text` runs on: one space, then a
/// capitalised word or a number ("Surf Life Saving NSW", "Boxing Day 2015"), or "of"/"de" and
/// one ("the Congregation of the Sisters of Mercy", "Au Fournil du Lot"). A name guessed
/// without evidence that stops there is a piece of a longer one, whatever split it ("and" is
/// left out: "Stena Line and Irish Ferries" names two). Not when
/// what follows is a known place after "of"/"de" ("la National Gallery de Londres"): the name
/// is whole.
pub fn runs_on(text: &str, end: usize) -> bool {
    let Some(rest) = text
        .get(end..)
        .and_then(|r| r.strip_prefix([' ', '\u{a0}']))
    else {
        return false;
    };
    let capital = |r: &str| {
        r.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    if capital(rest) {
        return true;
    }
    for conn in ["of ", "de la ", "de ", "du ", "des ", "& ", "d’", "d'"] {
        if let Some(r) = rest.strip_prefix(conn) {
            if !capital(r) {
                return false;
            }
            let next = r
                .split([' ', '\u{a0}', ',', '.', ';', ':', ')'])
                .next()
                .unwrap_or("");
            let place = matches!(conn, "of " | "de " | "d’" | "d'")
                && super::gazetteer::is_place_name(next);
            return !place;
        }
    }
    false
}

/// Whether the name starting at byte `start` of `text` follows a capitalised word straight,
/// one space between ("the Colorado Division of Fire Prevention", "the Western Rail
/// Corridor"): a name guessed without evidence that does is a piece of a longer one. Not after
/// a possessive ("Chile’s National Gallery"), an article or an acronym.
pub fn follows_capital(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // (not after a capitalised article opening the sentence, "The Crown Estate", nor after an
    // acronym, "la PME Mougin Usinage")
    prev.chars().next().is_some_and(char::is_uppercase)
        && prev.chars().any(char::is_lowercase)
        && prev.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !matches!(
            prev,
            "The" | "A" | "An" | "Le" | "La" | "Les" | "Un" | "Une" | "Des" | "Du" | "De"
        )
}

/// `c.is_alphanumeric()` or a combining mark, the common cases answered without the Unicode
/// tables. A mark belongs to the word of the letter it sits on: "Behchokǫ̀" (ǫ and a grave
/// accent: no precomposed char) is one word, as is text left in decomposed form (NFD).
pub fn is_word_char(c: char) -> bool {
    // the common cases answered without the Unicode tables (a test checks them against them)
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        // Latin-1 letters and Latin Extended-A and B, all letters but × and ÷
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        // General Punctuation (’, —, no-break spaces): no letter or digit
        '\u{2000}'..='\u{206f}' => false,
        // no combining mark below U+0300 (« », ° and no-break spaces fall here)
        _ => {
            c.is_alphanumeric()
                || c >= '\u{300}' && unicode_normalization::char::is_combining_mark(c)
        }
    }
}

/// `c.is_alphabetic()`, the common cases answered without the Unicode tables (the tokenizer
/// counts the letters of each word).
pub fn is_letter(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphabetic(),
        // Latin-1 letters and Latin Extended-A and B, all letters but × and ÷
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        // General Punctuation (’, —, no-break spaces): no letter
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphabetic(),
    }
}

/// Each byte's class in a word: 0 for any but an ASCII letter or digit, else 1, plus 2 for a
/// letter, plus 4 for a capital (one lookup a byte instead of three comparisons).
static ASCII_WORD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = 1 | (c.is_ascii_alphabetic() as u8) << 1 | (c.is_ascii_uppercase() as u8) << 2;
        }
        b += 1;
    }
    t
};

/// The bytes that end a word of ASCII letters, a full stop among them: ASCII, neither a
/// letter nor a digit, nor a hyphen, an ampersand or an apostrophe (one lookup where a word
/// of ASCII letters ends; a full stop joins only after a capital, "U.S.", asked apart).
static FAST_END: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = !c.is_ascii_alphanumeric() && !matches!(c, b'-' | b'&' | b'\'');
        b += 1;
    }
    t
};

/// The end of the ASCII lowercase letters from byte `j` of `bytes`: eight bytes at a time,
/// then a byte at a time.
#[inline]
fn lowercase_end(bytes: &[u8], j: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let rest = &bytes[j..];
    // (whole chunks: one length test a chunk, no sum to check for overflow)
    let mut chunks = rest.chunks_exact(8);
    let mut at = j;
    for chunk in chunks.by_ref() {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let low7 = x & !HIGH;
        // (each byte's high bit: at least 'a', above 'z'; no carry from one byte to the next)
        let from_a = low7 + (0x80 - u64::from(b'a')) * ONES;
        let past_z = low7 + (0x80 - u64::from(b'z') - 1) * ONES;
        let not_lower = (!from_a | past_z | x) & HIGH;
        if not_lower != 0 {
            return at + (not_lower.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let tail = chunks.remainder();
    at + tail
        .iter()
        .position(|b| !b.is_ascii_lowercase())
        .unwrap_or(tail.len())
}

/// The end of the ASCII letters and digits from byte `j` of `bytes` (lowercase letters, most
/// of a word, eight at a time).
#[inline]
fn ascii_word_end(bytes: &[u8], j: usize) -> usize {
    let mut j = lowercase_end(bytes, j);
    // (most often the byte there ends the word: asked before any slice is made)
    while bytes
        .get(j)
        .is_some_and(|&b| ASCII_WORD[usize::from(b)] != 0)
    {
        j += 1;
    }
    j
}

/// The char at byte `p` of `text`, if any.
fn char_at(text: &str, p: usize) -> Option<char> {
    text[p..].chars().next()
}

/// Tokenises a block into words and punctuation (whitespace dropped).
#[cfg(test)]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut toks = Vec::new();
    tokenize_into(text, &mut toks);
    toks
}

/// [`tokenize`] into `toks`, emptied first: one buffer serves block after block.
#[cfg(test)]
pub fn tokenize_into(text: &str, toks: &mut Vec<Token>) {
    tokenize_caps_into(text, toks, &mut Vec::new(), 0, &mut Vec::new());
}

/// A word [`tokenize_caps_into`] lists among the lowercase ones that it joined (a hyphen, an
/// apostrophe, "&", "U.S."): a flag on its block's number, as its pieces are the words.
pub const JOINED_WORD: u32 = 1 << 31;

/// [`tokenize_into`], and the indices of its capitalised words into `caps` (emptied first):
/// the few tokens a scan for capitals asks, found as they are made (the mid-sentence
/// capitals of [`super::extract_in`] were a pass over every token).
///
/// And, added to `lower` (not emptied) as (`block`, start, end), the words of three bytes or
/// more that open with an ASCII lowercase letter or a char above ASCII, and every joined word
/// of three bytes or more (flagged [`JOINED_WORD`]): the words, or the pieces of words, the
/// merge's common words may be (lowercase letters only), found as they are made (a second
/// scan of the text's words cost the merge 12.9 M instructions a MiB).
pub fn tokenize_caps_into(
    text: &str,
    out: &mut Vec<Token>,
    caps: &mut Vec<u32>,
    block: u32,
    lower: &mut Vec<(u32, u32, u32)>,
) {
    debug_assert!(block < JOINED_WORD);
    // (filled as a local, put back at the end: its length and pointer are read from the
    // stack frame, not through `out`, at each push)
    let mut toks = std::mem::take(out);
    // (the same for the list of lowercase words)
    let mut listed = std::mem::take(lower);
    caps.clear();
    toks.clear();
    toks.reserve(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut b = 0;
    // the next word opens a sentence (the block's first does)
    let mut boundary = true;
    while let Some(&byte) = bytes.get(b) {
        // (most words, ASCII lowercase letters up to a space or a comma, pushed at once: no
        // letter to count, no char to decode; a word running on into a joining mark or a char
        // outside ASCII goes on below from where the scan stopped. Asked first: a word's first
        // byte is the most common, and the whitespace and punctuation tests are not asked
        // of it)
        let mut j = b;
        // (the letters and capitals of the word up to `j`)
        let (mut letters, mut upper) = (0usize, 0usize);
        if byte.is_ascii_lowercase() {
            j = lowercase_end(bytes, b + 1);
            // (most often the byte there ends the word, a full stop too: only a capital
            // before joins one, "U.S."; else the digits and capitals after it are taken, and
            // the byte after them asked in turn: the common word's end is read once)
            let mut ends = bytes.get(j).is_none_or(|&x| FAST_END[usize::from(x)]);
            if !ends {
                j = ascii_word_end(bytes, j);
                ends = bytes.get(j).is_none_or(|&x| FAST_END[usize::from(x)]);
            }
            if ends {
                if j - b >= 3 {
                    listed.push((block, b as u32, j as u32));
                }
                toks.push(Token {
                    start: b,
                    end: j,
                    kind: TokKind::Word,
                    cap: false,
                    allcaps: false,
                    initial: boundary,
                    ascii: true,
                    joined: false,
                });
                boundary = false;
                // (and the space after it, most often there: one turn of the loop saved)
                b = j + usize::from(bytes.get(j) == Some(&b' '));
                continue;
            }
        } else if byte.is_ascii_uppercase() {
            // (a capital, then lowercase letters up to a space or a comma: most names, no
            // word of capitals; another letter or a digit after them goes on below, counted)
            j = lowercase_end(bytes, b + 1);
            (letters, upper) = (j - b, 1);
            // (a full stop after lowercase letters ends it too: only a lone capital before
            // joins one, "U.S.")
            if bytes
                .get(j)
                .is_none_or(|&x| FAST_END[usize::from(x)] && (x != b'.' || j > b + 1))
            {
                caps.push(toks.len() as u32);
                toks.push(Token {
                    start: b,
                    end: j,
                    kind: TokKind::Word,
                    cap: true,
                    allcaps: false,
                    initial: boundary,
                    ascii: true,
                    joined: false,
                });
                boundary = false;
                // (and the space after it, most often there: one turn of the loop saved)
                b = j + usize::from(bytes.get(j) == Some(&b' '));
                continue;
            }
        } else if matches!(byte, b' ' | b'\t'..=b'\r') {
            // ASCII whitespace and punctuation a byte at a time, without decoding a char
            b += 1;
            continue;
        } else if byte.is_ascii() && !byte.is_ascii_alphanumeric() {
            // (only these ASCII marks may open a sentence: a comma asks nothing)
            if matches!(byte, b'!' | b'?' | b':' | b';' | b'-' | b'.' | b'"') {
                boundary |= opens_sentence(text, toks.last(), char::from(byte), b + 1);
            }
            toks.push(Token {
                start: b,
                end: b + 1,
                kind: TokKind::Punct,
                cap: false,
                allcaps: false,
                initial: false,
                ascii: true,
                joined: false,
            });
            // (and the space after it, most often there: one turn of the loop saved)
            b += 1 + usize::from(bytes.get(b + 1) == Some(&b' '));
            continue;
        }
        let (c, len) = if byte.is_ascii() {
            (char::from(byte), 1)
        } else {
            let Some(c) = char_at(text, b) else { break };
            let len = c.len_utf8();
            if c.is_whitespace() {
                b += len;
                continue;
            }
            if !is_word_char(c) {
                boundary |= opens_sentence(text, toks.last(), c, b + len);
                toks.push(Token {
                    start: b,
                    end: b + len,
                    kind: TokKind::Punct,
                    cap: false,
                    allcaps: false,
                    initial: false,
                    ascii: false,
                    joined: false,
                });
                b += len;
                continue;
            }
            (c, len)
        };
        // word: alnum runs joined by internal hyphens, apostrophes (non-elision), dots in acronyms;
        // its letters and capitals counted on the way (a separator is never a letter)
        let count = |d: char, letters: &mut usize, upper: &mut usize| {
            if is_letter(d) {
                *letters += 1;
                *upper += usize::from(d.is_uppercase());
            }
        };
        // (a word opening with an ASCII lowercase letter is no word of capitals, whatever
        // follows: most words, whose letters are not counted)
        let counted = !byte.is_ascii_lowercase();
        // (cleared by any char decoded on the way)
        let mut ascii = true;
        // (set by each joining mark the word runs on past)
        let mut joined = false;
        loop {
            // ASCII letters and digits a byte at a time, other chars decoded
            while let Some(&byte) = bytes.get(j) {
                let class = ASCII_WORD[usize::from(byte)];
                if class != 0 {
                    if counted {
                        // an ASCII letter or digit: its letter and capital bits counted
                        letters += usize::from(class >> 1 & 1);
                        upper += usize::from(class >> 2);
                        j += 1;
                    } else {
                        // (the ASCII letters and digits up to the next other byte)
                        j = ascii_word_end(bytes, j);
                    }
                    continue;
                }
                if byte.is_ascii() {
                    break;
                }
                match char_at(text, j) {
                    Some(d) if is_word_char(d) => {
                        ascii = false;
                        if counted {
                            count(d, &mut letters, &mut upper);
                        }
                        j += d.len_utf8();
                    }
                    _ => break,
                }
            }
            // only a hyphen, an ampersand, an apostrophe or a dot can join two words
            match bytes.get(j) {
                Some(b'-' | b'&' | b'\'' | b'.') => {}
                Some(&byte) if !byte.is_ascii() => {}
                _ => break,
            }
            let Some(sep) = char_at(text, j) else { break };
            let after_at = j + sep.len_utf8();
            let Some(after) = char_at(text, after_at).filter(|&a| is_word_char(a)) else {
                break;
            };
            if matches!(sep, '-' | '‑' | '&') {
                ascii &= sep.is_ascii();
                joined = true;
                j = after_at;
                continue;
            }
            let next2_at = after_at + after.len_utf8();
            if is_apostrophe(sep) {
                if elides(text, &text[b..j], b, after) {
                    break;
                }
                // possessive 's / s'
                let next2 = char_at(text, next2_at);
                if (after == 's' || after == 'S') && next2.is_none_or(|c| !is_word_char(c)) {
                    break;
                }
                ascii &= sep.is_ascii();
                joined = true;
                j = after_at;
                continue;
            }
            // U.S.  U.K.
            if sep == '.'
                && j == b + len
                && c.is_uppercase()
                && after.is_uppercase()
                && char_at(text, next2_at) == Some('.')
            {
                count(after, &mut letters, &mut upper);
                ascii &= after.is_ascii();
                joined = true;
                j = next2_at + 1;
            }
            break;
        }
        let cap = c.is_uppercase();
        if cap {
            caps.push(toks.len() as u32);
        }
        // (a word opening with an ASCII capital or digit is no lowercase word: only the
        // pieces of a joined one may be)
        if j - b >= 3 && (joined || byte.is_ascii_lowercase() || !byte.is_ascii()) {
            let flag = if joined { JOINED_WORD } else { 0 };
            listed.push((block | flag, b as u32, j as u32));
        }
        toks.push(Token {
            start: b,
            end: j,
            kind: TokKind::Word,
            cap,
            allcaps: letters >= 2 && upper == letters,
            initial: boundary,
            ascii,
            joined,
        });
        boundary = false;
        b = j + usize::from(bytes.get(j) == Some(&b' '));
    }
    *out = toks;
    *lower = listed;
}

/// The punctuation mark `c` ending at `end`, after the token `prev`, opens a sentence: the word
/// after it is sentence-initial ([`Token::initial`]). Asked as the marks are met, not by a
/// second pass over the tokens ([`mark_initials`] is its reference).
#[inline]
fn opens_sentence(text: &str, prev: Option<&Token>, c: char, end: usize) -> bool {
    match c {
        '!' | '?' | '…' | ':' | '—' | '«' | '“' | '•' | ';' => true,
        // "PERTH (AAP) - Four workers…", "BREST (AFP) – Soixante-trois ans…": a dash after
        // a wire dateline's closing bracket opens the story's first sentence
        '-' | '–' => prev.is_some_and(|p| &text.as_bytes()[p.start..p.end] == b")"),
        // an abbreviation's or an initial's full stop opens none
        '.' => !prev.is_some_and(|p| {
            p.kind == TokKind::Word && p.end == end - 1 && abbreviation_or_initial(text, p)
        }),
        // straight quote: opening if followed directly by a token (any char but a space
        // opens one)
        '"' => char_at(text, end).is_some_and(|n| !n.is_whitespace()),
        _ => false,
    }
}

/// The word `p` before a full stop is an abbreviation ("Mr", "Inc") or an initial ("J"): the
/// stop opens no sentence.
#[inline(never)]
fn abbreviation_or_initial(text: &str, p: &Token) -> bool {
    let w = &text[p.start..p.end];
    // (no abbreviation is longer than 6 bytes, nor any one char than 4: most words are
    // answered by their length)
    if w.len() > 6 {
        return false;
    }
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return true;
    }
    // no char but ASCII lowercases to ASCII save the Kelvin sign, and no abbreviation has a
    // k: the ASCII comparison is the Unicode one (a byte outside ASCII matches no key)
    ABBREV_KEYS.binary_search(&abbrev_key(w.as_bytes())).is_ok()
}

/// A word of at most 8 bytes, ASCII-lowercased, as one number (zeros after its end).
const fn abbrev_key(w: &[u8]) -> u64 {
    let mut key = [0u8; 8];
    let mut i = 0;
    while i < w.len() && i < 8 {
        key[i] = w[i].to_ascii_lowercase();
        i += 1;
    }
    u64::from_le_bytes(key)
}

/// [`ABBREVS`] as [`abbrev_key`]s, sorted: a word is looked up by halves.
static ABBREV_KEYS: [u64; ABBREVS.len()] = {
    let mut keys = [0u64; ABBREVS.len()];
    let mut i = 0;
    while i < ABBREVS.len() {
        keys[i] = abbrev_key(ABBREVS[i].as_bytes());
        // (insertion sort: the list is short)
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let x = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = x;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// The sentence-initial words marked by a pass over the tokens: the reference of
/// [`opens_sentence`], which the tokenizer asks as it goes.
#[cfg(test)]
fn mark_initials(text: &str, toks: &mut [Token]) {
    let mut boundary = true;
    for k in 0..toks.len() {
        let t = &toks[k];
        if t.kind == TokKind::Word {
            let is_boundary = boundary;
            toks[k].initial = is_boundary;
            boundary = false;
            continue;
        }
        let s = &text[t.start..t.end];
        match s {
            "!" | "?" | "…" | ":" | "—" | "«" | "“" | "•" | ";" => boundary = true,
            // "PERTH (AAP) - Four workers…", "BREST (AFP) – Soixante-trois ans…": a dash after
            // a wire dateline's closing bracket opens the story's first sentence
            "-" | "–" if k >= 1 && &text[toks[k - 1].start..toks[k - 1].end] == ")" => {
                boundary = true
            }
            "." => {
                // abbreviation or initial?
                let prev = k.checked_sub(1).map(|p| &toks[p]);
                let abbrev = prev.is_some_and(|p| {
                    p.kind == TokKind::Word && p.end == t.start && {
                        let w = &text[p.start..p.end];
                        (w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()))
                            // no char but ASCII lowercases to ASCII save the Kelvin sign, and no
                            // abbreviation has a k: the ASCII comparison is the Unicode one
                            || ABBREVS.iter().any(|a| w.eq_ignore_ascii_case(a))
                    }
                });
                if !abbrev {
                    boundary = true;
                }
            }
            // straight quote: opening if followed directly by a word
            "\"" if toks.get(k + 1).is_some_and(|n| n.start == t.end) => boundary = true,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_byte_classes_of_words_agree_with_the_ascii_predicates() {
        // read back as the tokenizer reads them: nonzero, bit 1 (letter), bits 2 and up (capital)
        for b in 0..=255u8 {
            let class = ASCII_WORD[usize::from(b)];
            assert_eq!(class != 0, b.is_ascii_alphanumeric(), "{b:#x}");
            assert_eq!(class >> 1 & 1 == 1, b.is_ascii_alphabetic(), "{b:#x}");
            assert_eq!(class >> 2 == 1, b.is_ascii_uppercase(), "{b:#x}");
        }
    }

    /// [`ascii_word_end`] stops where a byte at a time stops: each byte value at each place
    /// of a long run of lowercase letters (the eight-byte steps and the tail after them).
    #[test]
    fn ascii_word_ends_where_the_byte_classes_end() {
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut bytes = b"abcdefghijklmnopqrstuvwxyz".to_vec();
                bytes[at] = b;
                for from in [0, 1, 5] {
                    let want = from
                        + bytes[from..]
                            .iter()
                            .position(|&x| !x.is_ascii_alphanumeric())
                            .unwrap_or(bytes.len() - from);
                    assert_eq!(
                        ascii_word_end(&bytes, from),
                        want,
                        "{b:#x} at {at} from {from}"
                    );
                    let lower = from
                        + bytes[from..]
                            .iter()
                            .position(|&x| !x.is_ascii_lowercase())
                            .unwrap_or(bytes.len() - from);
                    assert_eq!(
                        lowercase_end(&bytes, from),
                        lower,
                        "{b:#x} at {at} from {from}"
                    );
                }
            }
        }
    }

    /// The word token `text[start..end]`, whose first char is `first`.
    fn word_token(text: &str, start: usize, end: usize, first: char) -> Token {
        let word = &text[start..end];
        let (mut letters, mut upper) = (0, 0);
        if word.is_ascii() {
            for byte in word.bytes() {
                letters += usize::from(byte.is_ascii_alphabetic());
                upper += usize::from(byte.is_ascii_uppercase());
            }
        } else {
            for ch in word.chars() {
                if is_letter(ch) {
                    letters += 1;
                    if ch.is_uppercase() {
                        upper += 1;
                    }
                }
            }
        }
        Token {
            start,
            end,
            kind: TokKind::Word,
            cap: first.is_uppercase(),
            allcaps: letters >= 2 && upper == letters,
            initial: false,
            ascii: word.is_ascii(),
            joined: !word.chars().all(is_word_char),
        }
    }

    /// The tokenizer as it was, over a vector of chars: [`tokenize`] must give the same tokens.
    fn tokenize_reference(text: &str) -> Vec<Token> {
        let mut toks: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let n = chars.len();
        let mut i = 0;
        while i < n {
            let (b, c) = chars[i];
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if !is_word_char(c) {
                let end = b + c.len_utf8();
                toks.push(Token {
                    start: b,
                    end,
                    kind: TokKind::Punct,
                    cap: false,
                    allcaps: false,
                    initial: false,
                    ascii: c.is_ascii(),
                    joined: false,
                });
                i += 1;
                continue;
            }
            // word: alnum runs joined by internal hyphens, apostrophes (non-elision), dots in acronyms
            let mut j = i;
            loop {
                while j < n && is_word_char(chars[j].1) {
                    j += 1;
                }
                if j + 1 < n && is_word_char(chars[j + 1].1) {
                    let sep = chars[j].1;
                    if matches!(sep, '-' | '‑' | '&') {
                        j += 1;
                        continue;
                    }
                    if is_apostrophe(sep) {
                        if super::elides(text, &text[b..chars[j].0], b, chars[j + 1].1) {
                            break;
                        }
                        // possessive 's / s'
                        let after = chars[j + 1].1;
                        let next2 = chars.get(j + 2).map(|x| x.1);
                        if (after == 's' || after == 'S') && next2.is_none_or(|c| !is_word_char(c))
                        {
                            break;
                        }
                        j += 1;
                        continue;
                    }
                    if sep == '.'
                        && j - i == 1
                        && chars[i].1.is_uppercase()
                        && chars[j + 1].1.is_uppercase()
                    {
                        // U.S.  U.K.
                        let nxt2 = chars.get(j + 2).map(|x| x.1);
                        if nxt2 == Some('.') {
                            j += 3;
                            break;
                        }
                    }
                }
                break;
            }
            let end = if j < n { chars[j].0 } else { text.len() };
            toks.push(word_token(text, b, end, c));
            i = j;
        }
        mark_initials(text, &mut toks);
        toks
    }

    /// Every paragraph of the fixtures tokenizes as before.
    #[test]
    fn tokenize_matches_the_char_vector_version_on_the_fixtures() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/entities");
        let mut blocks = 0;
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("fixture");
            for block in text.split("\n\n") {
                let got: Vec<_> = tokenize(block)
                    .iter()
                    .map(|t| (t.start, t.end, t.kind, t.cap, t.allcaps, t.initial, t.ascii))
                    .collect();
                let want: Vec<_> = tokenize_reference(block)
                    .iter()
                    .map(|t| (t.start, t.end, t.kind, t.cap, t.allcaps, t.initial, t.ascii))
                    .collect();
                assert_eq!(got, want, "{block}");
                blocks += 1;
            }
        }
        assert!(blocks > 500, "only {blocks} paragraphs");
    }

    /// The fast paths of [`is_letter`] answer as the Unicode tables do.
    #[test]
    fn is_letter_is_is_alphabetic() {
        for c in ('\0'..='\u{3000}').chain(['\u{212a}', '\u{fb01}', '\u{1d400}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    /// The fast paths of [`is_word_char`] answer as the Unicode tables do.
    #[test]
    fn is_word_char_is_is_alphanumeric_or_a_mark() {
        for c in ('\0'..='\u{3000}').chain(['\u{212a}', '\u{fb01}', '\u{1d400}', '\u{fe20}']) {
            let mark = unicode_normalization::char::is_combining_mark(c);
            assert_eq!(is_word_char(c), c.is_alphanumeric() || mark, "{c:?}");
        }
        assert!(is_word_char('\u{300}') && is_word_char('\u{328}') && !is_word_char('\u{2019}'));
    }

    proptest! {
        #[test]
        fn tokenize_matches_the_char_vector_version(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "É", "l", "L", "’", "'", "s", "S", ".", "U", "K", "-", "‑", "&", " ",
                    "\u{a0}", "é", "1", ",", "«", "qu", "Jusqu", "D", "ß", "İ", "\u{212a}",
                    "Ünal", "\n", "ʼ", "U.S.", "U.K", "l’", "d'", "Nvidia's", "O'Brien", "Math-V2",
                    "s’", "A.", "É.U.", "lowercase", "zymurgical", "a1b2c3d4e", "eBay", "`", "{",
                    "@", "[", "z", "wordsmithing-", "ébène", "Kessler", "McAdam", "Abcdefghijk", "Q9", "Zé",
                    "X",
                ]),
                0..40,
            )
        ) {
            let text: String = parts.concat();
            let got: Vec<_> = tokenize(&text).iter().map(|t| (t.start, t.end, t.kind, t.cap, t.allcaps, t.initial, t.ascii)).collect();
            let want: Vec<_> = tokenize_reference(&text).iter().map(|t| (t.start, t.end, t.kind, t.cap, t.allcaps, t.initial, t.ascii)).collect();
            prop_assert_eq!(got, want, "{:?}", text);
        }

        #[test]
        fn caps_are_the_capitalised_words(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "É", "L", "’", "'", "s", ".", "U", "-", "&", " ", "\u{a0}", "é", "1",
                    ",", "«", "Jusqu", "D", "İ", "\u{212a}", "Ünal", "\n", "U.S.", "O'Brien",
                    "Math-V2", "A.", "lowercase", "eBay", "Kessler", "McAdam", "Q9", "Zé", "X",
                ]),
                0..40,
            )
        ) {
            let text: String = parts.concat();
            let (mut toks, mut caps) = (Vec::new(), vec![7]);
            tokenize_caps_into(&text, &mut toks, &mut caps, 0, &mut Vec::new());
            let want: Vec<u32> = (0..toks.len() as u32)
                .filter(|&k| toks[k as usize].kind == TokKind::Word && toks[k as usize].cap)
                .collect();
            prop_assert_eq!(caps, want, "{:?}", text);
        }
    }

    fn words(s: &str) -> Vec<&str> {
        tokenize(s)
            .into_iter()
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| &s[t.start..t.end])
            .collect()
    }

    #[test]
    fn tokenizes() {
        let cases: &[(&str, &[&str])] = &[
            (
                "l’Europe d’Airbus qu’Apple",
                &["l", "Europe", "d", "Airbus", "qu", "Apple"],
            ),
            ("Nvidia's GPUs", &["Nvidia", "s", "GPUs"]),
            ("O'Brien et Math-V2", &["O'Brien", "et", "Math-V2"]),
            ("the U.S. economy", &["the", "U.S.", "economy"]),
            ("Royaume-Uni\u{a0}!", &["Royaume-Uni"]),
            // letters carrying a combining mark with no precomposed form (Dene, Navajo,
            // Yoruba spellings): the mark stays in its word
            (
                "In Kǫ̀dzı̨, the Ɂedı̨ Council met",
                &["In", "Kǫ̀dzı̨", "the", "Ɂedı̨", "Council", "met"],
            ),
            ("Ọ̀yọ́ and Ẹ̀gbá", &["Ọ̀yọ́", "and", "Ẹ̀gbá"]),
        ];
        for (s, want) in cases {
            assert_eq!(&words(s), want, "{s}");
        }
    }

    #[test]
    fn initials() {
        let s = "Ainsi, M. Dupont parle. Certes « Nous » voilà";
        let t = tokenize(s);
        let init: Vec<&str> = t
            .iter()
            .filter(|t| t.initial)
            .map(|t| &s[t.start..t.end])
            .collect();
        assert_eq!(init, vec!["Ainsi", "Certes", "Nous"]);
    }

    #[test]
    fn folds() {
        assert_eq!(fold("États-Unis"), "etats-unis");
        assert_eq!(fold("L’Œuvre"), "l'oeuvre");
        assert_eq!(strip_accents_keep_case("États"), "Etats");
    }
}

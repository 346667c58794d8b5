//! Small char-boundary-safe helpers for scanning a block of text by byte offsets.

/// Spaces that may appear between a number and its unit, or inside a number.
pub fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\t')
}

/// Spaces used as French thousands separators.
pub fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

pub fn next_char(s: &str, pos: usize) -> Option<char> {
    s.get(pos..)?.chars().next()
}

pub fn prev_char(s: &str, pos: usize) -> Option<char> {
    s.get(..pos)?.chars().next_back()
}

/// Skips spaces forward (not newlines).
pub fn skip_spaces(s: &str, mut pos: usize) -> usize {
    while let Some(c) = next_char(s, pos) {
        if !is_space(c) {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// Skips spaces backward.
pub fn skip_spaces_back(s: &str, mut pos: usize) -> usize {
    while let Some(c) = prev_char(s, pos) {
        if !is_space(c) {
            break;
        }
        pos -= c.len_utf8();
    }
    pos
}

/// The run of alphabetic characters starting at `pos` (may be empty): returns its end.
pub fn word_end(s: &str, pos: usize) -> usize {
    let mut p = pos;
    while let Some(c) = next_char(s, p) {
        if !c.is_alphabetic() {
            break;
        }
        p += c.len_utf8();
    }
    p
}

/// The run of alphabetic characters ending at `pos`: returns its start.
pub fn word_start(s: &str, pos: usize) -> usize {
    let mut p = pos;
    while let Some(c) = prev_char(s, p) {
        if !c.is_alphabetic() {
            break;
        }
        p -= c.len_utf8();
    }
    p
}

/// The alphabetic word at `pos` (after spaces), as (start, end, text).
pub fn word_after(s: &str, pos: usize) -> (usize, usize, &str) {
    let st = skip_spaces(s, pos);
    let en = word_end(s, st);
    (st, en, &s[st..en])
}

/// The alphabetic word before `pos` (skipping spaces), as (start, end, text).
pub fn word_before(s: &str, pos: usize) -> (usize, usize, &str) {
    let en = skip_spaces_back(s, pos);
    let st = word_start(s, en);
    (st, en, &s[st..en])
}

/// Lowercase copy (cheap for the short words we compare).
pub fn lower(w: &str) -> String {
    w.to_lowercase()
}

/// Whether `w` starts with an uppercase letter.
pub fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether all letters of `w` are uppercase (an acronym such as "GPU").
pub fn is_all_caps(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Matches `pat` (ASCII, lowercase) case-insensitively at `pos`; returns the end.
pub fn match_ci(s: &str, pos: usize, pat: &str) -> Option<usize> {
    let b = s.as_bytes();
    let end = pos.checked_add(pat.len())?;
    if end > b.len() || !s.is_char_boundary(end) {
        return None;
    }
    b[pos..end]
        .eq_ignore_ascii_case(pat.as_bytes())
        .then_some(end)
}

/// Sentence bounds around `pos` within the block: (start, end).
pub fn sentence_bounds(s: &str, pos: usize) -> (usize, usize) {
    let b = s.as_bytes();
    let is_break = |i: usize| -> bool {
        // i is the index of a terminator byte followed by whitespace or end.
        match b[i] {
            b'!' | b'?' | b';' | b'\n' => true,
            b'.' => {
                let next_ws = i + 1 >= b.len() || b[i + 1] == b' ' || b[i + 1] == b'\n';
                let prev_digit = i > 0 && b[i - 1].is_ascii_digit();
                let next_digit = i + 1 < b.len() && b[i + 1].is_ascii_digit();
                next_ws && !(prev_digit && next_digit)
            }
            _ => false,
        }
    };
    const CAP: usize = 1500;
    let pos = pos.min(b.len());
    let mut st = pos;
    while st > 0 && pos - st < CAP {
        if is_break(st - 1) {
            break;
        }
        st -= 1;
    }
    let mut en = pos;
    while en < b.len() && en - pos < CAP {
        if is_break(en) {
            break;
        }
        en += 1;
    }
    // Terminators are ASCII, so ends found at a terminator are char boundaries;
    // ends found at the cap are moved to the nearest boundary.
    while !s.is_char_boundary(st) {
        st += 1;
    }
    while !s.is_char_boundary(en) {
        en -= 1;
    }
    (st.min(pos), en.max(pos))
}

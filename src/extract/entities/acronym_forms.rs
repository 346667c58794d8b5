//! Round 54: short forms in brackets that spell their long name less plainly: a region's
//! letter after a hyphen ("l’Office régional pour la défense des forêts (Ordef-S)"), mixed case
//! ("les Transports publics de X (tpX)"), and plural heads of firms and services.

/// "Ordef-S", "Orbe-NE": the letters before a hyphen and one or two capitals closing the short
/// form (the region it serves, often out of the long name's order), upper case; two letters
/// before it at least.
pub fn region_core(acronym: &str) -> Option<String> {
    let (core, region) = acronym.rsplit_once('-')?;
    let letters = core.chars().filter(|c| c.is_alphabetic()).count();
    ((1..=2).contains(&region.len())
        && region.bytes().all(|b| b.is_ascii_uppercase())
        && (2..=6).contains(&letters)
        && core.chars().all(char::is_alphabetic))
    .then(|| core.to_uppercase())
}

/// "bussN", "traVal", "eTram": a lowercase opening and a capital inside, three to eight
/// letters, no other sign: a short form written in mixed case.
pub fn mixed_case(w: &str) -> bool {
    let n = w.chars().count();
    (3..=8).contains(&n)
        && w.chars().next().is_some_and(char::is_lowercase)
        && w.chars().all(char::is_alphabetic)
        && w.chars().any(char::is_uppercase)
}

/// Plural heads of services and firms that open a long name spelt by a short form
/// ("Transports publics…", "Établissements portuaires…", "Ateliers mécaniques…"), folded.
const PLURAL_HEADS: &[&str] = &[
    "transports",
    "chemins",
    "laboratoires",
    "etablissements",
    "ateliers",
    "services",
];

/// Whether the folded word `f` is one of [`PLURAL_HEADS`].
pub fn plural_head(f: &str) -> bool {
    PLURAL_HEADS.contains(&f)
}

/// Whether the words `words` (each with whether it must give a letter when capitalised or
/// not: the first content word after a comma) spell `letters` (folded), each by a prefix of
/// itself: the first word by one letter at least, every capitalised word too, two words at
/// least giving some. Each part of a hyphenated word is a word ("Boat-Builders" gives "B"
/// and "B").
///
/// (in buffers on the stack, spilling only for long names: the lists of lists of chars it
/// allocated were some 25 allocations a call)
pub fn spelt_by(words: &[(&str, bool)], letters: &str) -> bool {
    use smallvec::SmallVec;
    let l: SmallVec<[char; 16]> = letters.chars().collect();
    // every part's folded chars one after another, and each part's end there and `must`
    let mut chars: SmallVec<[char; 128]> = SmallVec::new();
    let mut parts: SmallVec<[(usize, bool); 24]> = SmallVec::new();
    for &(w, listed) in words {
        for (i, part) in w.split('-').filter(|s| !s.is_empty()).enumerate() {
            let cap = part.chars().next().is_some_and(char::is_uppercase);
            if part.is_ascii() {
                chars.extend(part.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                super::text::with_folded(part, |f| chars.extend(f.chars()));
            }
            parts.push((chars.len(), cap || (listed && i == 0)));
        }
    }
    // reach[i][j]: words i.. spell letters j.. with `giving` words giving some (capped at 2)
    let (nw, nl) = (parts.len(), l.len());
    let mut reach: SmallVec<[[bool; 3]; 256]> =
        smallvec::smallvec![[false; 3]; (nw + 1) * (nl + 1)];
    let at = |i: usize, j: usize| i * (nl + 1) + j;
    reach[at(nw, nl)][0] = true;
    for i in (0..nw).rev() {
        let must = i == 0 || parts[i].1;
        let from = if i == 0 { 0 } else { parts[i - 1].0 };
        let w = &chars[from..parts[i].0];
        for j in 0..=nl {
            let mut got = [false; 3];
            if !must {
                got = reach[at(i + 1, j)];
            }
            let mut k = 1;
            while k <= w.len() && j + k <= nl && w[k - 1] == l[j + k - 1] {
                let next = reach[at(i + 1, j + k)];
                for g in 0..3 {
                    if next[g] {
                        got[(g + 1).min(2)] = true;
                    }
                }
                k += 1;
            }
            reach[at(i, j)] = got;
        }
    }
    reach[at(0, 0)][2]
}

#[cfg(test)]
#[path = "acronym_spelling_tests.rs"]
mod acronym_spelling_tests;

//! Round 59: "Chile is one of New Mexico’s signature crops" in an article about green chile, "Turkey
//! sales rose" in one about the turkey trade: a known place of one word that the article only
//! writes opening a sentence, and writes in lowercase elsewhere, is the common noun.

use super::Group;
use crate::extract::entities::candidates::Cand;
use crate::extract::entities::text::{follows_capital, runs_on};

/// The group is such a place: every mention opens a sentence or stands inside a longer
/// capitalised name (one at least opens a sentence), and the word (lowercased) stands
/// alone in lowercase somewhere in the text. (Asked only of one-word places from the
/// gazetteer, a few a document.)
pub(super) fn common_noun_place(blocks: &[&str], g: &Group) -> bool {
    let cands = g.cands();
    let Some(first) = cands.first() else {
        return false;
    };
    // (a mention inside a longer capitalised name, "the Hatch Valley Chile Growers
    // Association", is that name's)
    let inside = |c: &Cand| {
        let text = blocks[c.block as usize];
        runs_on(text, c.end as usize) || follows_capital(text, c.start as usize)
    };
    if !cands.iter().any(|c| opens_sentence(blocks, c))
        || !cands.iter().all(|c| opens_sentence(blocks, c) || inside(c))
    {
        return false;
    }
    let word = first.text(blocks);
    if word.chars().count() < 3 || word.contains(|c: char| !c.is_alphabetic()) {
        return false;
    }
    let lower = word.to_lowercase();
    blocks.iter().any(|b| stands_alone(b, &lower))
}

/// The mention opens its block or a sentence (after ".", "!", "?", then spaces and opening
/// quotes or brackets).
fn opens_sentence(blocks: &[&str], c: &Cand) -> bool {
    let before = blocks[c.block as usize][..c.start as usize].trim_end_matches(|ch: char| {
        ch.is_whitespace() || matches!(ch, '“' | '"' | '‘' | '\'' | '«' | '(' | '[')
    });
    before.is_empty() || before.ends_with(['.', '!', '?', '…'])
}

/// `lower` occurs in `text` as a whole word.
fn stands_alone(text: &str, lower: &str) -> bool {
    text.match_indices(lower).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::stands_alone;

    #[test]
    fn whole_words_only() {
        assert!(stands_alone("green chile and red", "chile"));
        assert!(stands_alone("chile.", "chile"));
        assert!(!stands_alone("chilean farms", "chile"));
        assert!(!stands_alone("achile", "chile"));
        assert!(!stands_alone("Chile grows", "chile"));
    }
}

//! Round 59: "Chile is one of New Mexico’s signature crops" in an article about green chile, "Turkey
//! sales rose" in one about the turkey trade: a known place of one word that the article only
//! writes opening a sentence, and writes in lowercase elsewhere, is the common noun. This file
//! says which places only open sentences; [`super::common_words`] counts their lowercase uses in
//! its one pass over the text's words.

use super::Group;
use crate::extract::entities::candidates::Cand;
use crate::extract::entities::text::{follows_capital, runs_on};
use crate::extract::types::EntityKind;

/// The group is a known place of one word whose every mention opens a sentence or stands
/// inside a longer capitalised name ("the Hatch Valley Chile Growers Association"), one at
/// least opening a sentence.
pub(super) fn only_opens_sentences(blocks: &[&str], g: &Group, kind: EntityKind) -> bool {
    if kind != EntityKind::Place || g.gaz.is_none() || g.key.contains([' ', '\u{a0}', '-']) {
        return false;
    }
    let cands = g.cands();
    let inside = |c: &Cand| {
        let text = blocks[c.block as usize];
        runs_on(text, c.end as usize) || follows_capital(text, c.start as usize)
    };
    cands
        .iter()
        .any(|c| opens_sentence(blocks[c.block as usize], c.start as usize))
        && cands
            .iter()
            .all(|c| opens_sentence(blocks[c.block as usize], c.start as usize) || inside(c))
}

/// Byte `start` of `text` opens it or a sentence (after ".", "!", "?", then spaces and opening
/// quotes or brackets).
fn opens_sentence(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(|ch: char| {
        ch.is_whitespace() || matches!(ch, '“' | '"' | '‘' | '\'' | '«' | '(' | '[')
    });
    before.is_empty() || before.ends_with(['.', '!', '?', '…'])
}

#[cfg(test)]
mod tests {
    use super::opens_sentence;

    #[test]
    fn sentence_openings() {
        assert!(opens_sentence("Chile is", 0));
        assert!(opens_sentence("It fell. Chile is", 9));
        assert!(opens_sentence("It fell. “Chile is", 12));
        assert!(!opens_sentence("to Chile", 3));
        assert!(!opens_sentence("Mr. X, Chile", 7));
    }
}

//! Round 59: "Chile is one of New Mexico’s signature crops" in an article about green chile, "Turkey
//! sales rose" in one about the turkey trade: a known place of one word that the article never
//! writes standing alone mid-sentence, and writes in lowercase elsewhere, is the common noun.
//! This file says which places are never seen so; [`super::common_words`] counts their
//! lowercase uses in its one pass over the text's words.

use super::Group;
use crate::extract::types::EntityKind;

/// The group is a known place of one word none of whose mentions is among `mid_caps` (the
/// capitalised words standing alone mid-sentence, as the tokenizer saw them, sorted by block
/// and start): each opens a sentence, stands in a heading or inside a longer capitalised name
/// ("the Hatch Valley Chile Growers Association").
pub(super) fn never_mid_sentence(
    g: &Group,
    kind: EntityKind,
    mid_caps: &[(u32, u32, u32)],
) -> bool {
    kind == EntityKind::Place
        && g.gaz.is_some()
        && !g.key.contains([' ', '\u{a0}', '-'])
        && g.cands().iter().all(|c| {
            mid_caps
                .binary_search_by(|&(b, s, _)| (b, s).cmp(&(c.block, c.start)))
                .is_err()
        })
}

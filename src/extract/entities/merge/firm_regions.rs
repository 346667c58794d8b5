//! Round 56 (q56en2): a firm's first word that names a region too ("Cariboo Gravel Mining
//! Ltd. … south of the Cariboo … has shaped the Cariboo"): written alone after "the" and a
//! preposition of place or a verb of the land, it is the region, no short form of the firm.

use super::Cand;

/// Lowercase words before "the" that put a region after it ("south of the X", "across the
/// X", "has shaped the X").
const BEFORE_REGION: &[&str] = &[
    "of",
    "in",
    "across",
    "into",
    "through",
    "throughout",
    "near",
    "around",
    "within",
    "shaped",
    "crossed",
    "roamed",
    "explored",
    "settled",
];

/// Every mention of `cands` follows "the" after a word of [`BEFORE_REGION`].
pub(super) fn region_mentions(blocks: &[&str], cands: &[Cand]) -> bool {
    !cands.is_empty()
        && cands.iter().all(|c| {
            let before = &blocks[c.block as usize][..c.start as usize];
            before
                .strip_suffix("the ")
                .and_then(|b| b.strip_suffix(' '))
                .and_then(|b| b.rsplit(' ').next())
                .is_some_and(|w| BEFORE_REGION.contains(&w))
        })
}

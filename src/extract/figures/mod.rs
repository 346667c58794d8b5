//! Money amounts and counted quantities in French and English news text.
//!
//! Pipeline per block: numerals (digits or words) → scale, currency or unit (`candidate`) →
//! ranges and restatements (`ranges`) → currency carried to bare amounts (here) → subjects
//! (`subject`).

mod candidate;
pub mod currency_words;
mod lexicon;
pub mod number;
mod ranges;
mod subject;
mod text;
pub mod units;

use std::collections::HashMap;

use candidate::{CKind, Cand};

use crate::extract::types::{EntityKind, Figure, FigureKind, Lang};

/// An entity mention known to the caller (from the entity extractor), used to attribute subjects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySpan {
    /// Shared by all the mentions of one entity: a large document has millions of them.
    pub name: std::sync::Arc<str>,
    pub kind: EntityKind,
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// Words before a bare number that continue an enumeration of amounts.
const ENUM_LINKS: &[&str] = &[
    ",", "et", "and", "contre", "against", "vs", "versus", "ou", "or", "puis", "then", "plus",
];

fn enumeration_link(s: &str, c: &Cand) -> bool {
    let before = s[..c.num_start].trim_end();
    if before.ends_with(',') {
        return true;
    }
    let w = before
        .rsplit(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    ENUM_LINKS.contains(&w.as_str())
}

/// Gives a currency to bare scaled amounts ("5 milliards par Google") and to bare numbers
/// in an enumeration after a money figure; drops what stays bare.
fn carry_currencies(blocks: &[&str], cands: &mut [Cand]) {
    let mut last_currency: Option<&'static str> = None;
    // amount (as bits) → currency of its latest occurrence
    let mut seen: HashMap<u64, &'static str> = HashMap::new();
    for i in 0..cands.len() {
        let c = &cands[i];
        let s = blocks[c.block];
        match c.kind {
            CKind::Money => {
                if let Some(cur) = c.currency {
                    last_currency = Some(cur);
                    seen.insert(c.amount.to_bits(), cur);
                }
                continue;
            }
            CKind::BareScaled | CKind::Bare => {}
            _ => continue,
        }
        let (ss, se) = text::sentence_bounds(s, c.num_start);
        let prev_in_sentence = cands[..i]
            .iter()
            .rev()
            .take_while(|p| p.block == c.block && p.num_start >= ss)
            .find(|p| p.kind == CKind::Money && p.currency.is_some());
        if c.kind == CKind::Bare && !c.words && c.value >= 2.0 && enumeration_link(s, c) {
            // "2 000 entreprises …, contre 1 200": the count carries its unit.
            let prev_qty = cands[..i]
                .iter()
                .rev()
                .take_while(|p| p.block == c.block && p.num_start >= ss)
                .find(|p| matches!(p.kind, CKind::Money | CKind::Quantity))
                .filter(|p| p.kind == CKind::Quantity && p.mult.is_none())
                .and_then(|p| p.unit.clone());
            if let Some(u) = prev_qty {
                let c = &mut cands[i];
                c.kind = CKind::Quantity;
                c.unit = Some(u);
                continue;
            }
        }
        let cur = if c.kind == CKind::Bare {
            prev_in_sentence
                .filter(|p| p.mult.is_none() && !c.words && c.value >= 10.0)
                .filter(|_| enumeration_link(s, c))
                .and_then(|p| p.currency)
        } else {
            let next_in_block = || {
                cands[i + 1..]
                    .iter()
                    .take_while(|n| n.block == c.block)
                    .find(|n| n.kind == CKind::Money && n.currency.is_some())
            };
            prev_in_sentence
                .and_then(|p| p.currency)
                .or_else(|| seen.get(&c.amount.to_bits()).copied())
                .or(last_currency)
                .or_else(|| {
                    next_in_block()
                        .filter(|n| n.num_start <= se)
                        .and_then(|n| n.currency)
                })
                .or_else(|| next_in_block().and_then(|n| n.currency))
        };
        let c = &mut cands[i];
        match (c.kind, cur) {
            (_, Some(cur)) => {
                c.currency = Some(cur);
                c.kind = CKind::Money;
                last_currency = Some(cur);
                seen.insert(c.amount.to_bits(), cur);
            }
            (CKind::BareScaled, None) => c.kind = CKind::Money,
            _ => c.kind = CKind::Excluded,
        }
    }
}

/// Extracts money amounts and counted quantities from the blocks (paragraphs) of an article.
/// Offsets are byte offsets into each block; figures are sorted by (block, start).
pub fn extract_figures(blocks: &[&str], lang: Lang, entities: &[EntitySpan]) -> Vec<Figure> {
    let mut cands: Vec<Cand> = Vec::new();
    for (bi, s) in blocks.iter().enumerate() {
        let mut cs = candidate::scan_block(s, bi, lang);
        ranges::merge_ranges(s, &mut cs);
        cs.retain(|c| c.kind != CKind::Excluded);
        ranges::link_restatements(s, &mut cs);
        let offset = cands.len();
        for mut c in cs {
            c.same_as = c.same_as.map(|j| j + offset);
            cands.push(c);
        }
    }
    carry_currencies(blocks, &mut cands);
    // Keep figures only; remap restatement links.
    let keep: Vec<bool> = cands
        .iter()
        .map(|c| matches!(c.kind, CKind::Money | CKind::Quantity))
        .collect();
    for c in cands.iter_mut() {
        if let Some(j) = c.same_as
            && !keep[j]
        {
            c.same_as = None;
        }
    }
    let kept_idx: Vec<usize> = (0..cands.len()).filter(|&i| keep[i]).collect();
    let mut ents_by_block: HashMap<usize, Vec<&EntitySpan>> = HashMap::new();
    for e in entities {
        ents_by_block.entry(e.block).or_default().push(e);
    }
    let mut k = 0;
    while k < kept_idx.len() {
        let bi = cands[kept_idx[k]].block;
        let n = kept_idx[k..]
            .iter()
            .take_while(|&&i| cands[i].block == bi)
            .count();
        let ents = ents_by_block.get(&bi).map_or(&[][..], Vec::as_slice);
        subject::attribute(blocks[bi], &mut cands, &kept_idx[k..k + n], ents, lang);
        k += n;
    }
    let mut new_index = vec![usize::MAX; cands.len()];
    for (n, &i) in kept_idx.iter().enumerate() {
        new_index[i] = n;
    }
    kept_idx
        .iter()
        .map(|&i| {
            let c = &cands[i];
            let s = blocks[c.block];
            Figure {
                kind: if c.kind == CKind::Money {
                    FigureKind::Money
                } else {
                    FigureKind::Quantity
                },
                text: s[c.start..c.end].to_string(),
                block: c.block,
                start: c.start,
                end: c.end,
                amount: c.amount,
                amount_max: c.amount_max,
                currency: c.currency.map(str::to_string),
                unit: if c.kind == CKind::Quantity {
                    c.unit.clone()
                } else {
                    None
                },
                subject: c.subject.clone(),
                converted: None,
                same_as: c.same_as.map(|j| new_index[j]).filter(|&j| j != usize::MAX),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;

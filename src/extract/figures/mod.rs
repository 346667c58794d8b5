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

use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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

/// Currencies seen so far in the document, carried from block to block.
#[derive(Default)]
struct Carry {
    last: Option<&'static str>,
    /// amount (as bits) → currency of its latest occurrence
    seen: HashMap<u64, &'static str>,
}

/// Gives a currency to bare scaled amounts ("5 milliards par Google") and to bare numbers
/// in an enumeration after a money figure; drops what stays bare.
fn carry_currencies(s: &str, cands: &mut [Cand], carry: &mut Carry) {
    for i in 0..cands.len() {
        let c = &cands[i];
        match c.kind {
            CKind::Money => {
                if let Some(cur) = c.currency {
                    carry.last = Some(cur);
                    carry.seen.insert(c.amount.to_bits(), cur);
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
            .take_while(|p| p.num_start >= ss)
            .find(|p| p.kind == CKind::Money && p.currency.is_some());
        if c.kind == CKind::Bare && !c.words && c.value >= 2.0 && enumeration_link(s, c) {
            // "2 000 entreprises …, contre 1 200": the count carries its unit.
            let prev_qty = cands[..i]
                .iter()
                .rev()
                .take_while(|p| p.num_start >= ss)
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
                    .find(|n| n.kind == CKind::Money && n.currency.is_some())
            };
            prev_in_sentence
                .and_then(|p| p.currency)
                .or_else(|| carry.seen.get(&c.amount.to_bits()).copied())
                .or(carry.last)
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
                carry.last = Some(cur);
                carry.seen.insert(c.amount.to_bits(), cur);
            }
            (CKind::BareScaled, None) => c.kind = CKind::Money,
            _ => c.kind = CKind::Excluded,
        }
    }
}

/// The figures of a document before their subjects are attributed ([`scan_figures`]).
#[derive(Debug, Default)]
pub struct Scanned {
    figures: Vec<Figure>,
    /// Start of each figure's numeral: its sentence is found from there.
    num_starts: Vec<usize>,
}

impl Scanned {
    /// For each block, whether it holds a figure: only those blocks need entity spans.
    pub fn blocks_with_figures(&self, n_blocks: usize) -> Vec<bool> {
        let mut has = vec![false; n_blocks];
        for f in &self.figures {
            has[f.block()] = true;
        }
        has
    }

    /// Fills the subjects from the entity spans (any order; spans of blocks without figures
    /// are ignored) and hands the figures back.
    pub fn attribute(self, blocks: &[&str], lang: Lang, entities: &[EntitySpan]) -> Vec<Figure> {
        // Stable: within a block, spans keep the caller's order (it breaks ties between them).
        let mut ents: Vec<&EntitySpan> = entities.iter().collect();
        ents.sort_by_key(|e| e.block);
        self.attribute_with(blocks, lang, |bi| {
            let from = ents.partition_point(|e| e.block < bi);
            let to = ents.partition_point(|e| e.block <= bi);
            ents[from..to].iter().map(|&e| e.clone()).collect()
        })
    }

    /// [`Scanned::attribute`] with the spans of each block with figures asked for when its
    /// figures are attributed (in block order), so that a large document's spans need not all
    /// exist at once.
    pub fn attribute_with(
        mut self,
        blocks: &[&str],
        lang: Lang,
        mut spans_in: impl FnMut(usize) -> Vec<EntitySpan>,
    ) -> Vec<Figure> {
        let mut k = 0;
        while k < self.figures.len() {
            let bi = self.figures[k].block();
            let n = self.figures[k..]
                .iter()
                .take_while(|f| f.block() == bi)
                .count();
            let spans = spans_in(bi);
            let refs: Vec<&EntitySpan> = spans.iter().collect();
            subject::attribute(
                blocks[bi],
                &mut self.figures[k..k + n],
                &self.num_starts[k..k + n],
                k,
                &refs,
                lang,
            );
            k += n;
        }
        self.figures
    }
}

/// Finds the money amounts and counted quantities of the blocks, without their subjects.
pub fn scan_figures(blocks: &[&str], lang: Lang) -> Scanned {
    let mut out = Scanned::default();
    let mut carry = Carry::default();
    // One allocation per distinct unit, shared by the figures counted in it.
    let mut units: HashSet<Arc<str>> = HashSet::default();
    let mut intern = |unit: String| match units.get(unit.as_str()) {
        Some(shared) => shared.clone(),
        None => {
            let shared: Arc<str> = unit.into();
            units.insert(shared.clone());
            shared
        }
    };
    // One block at a time: the candidates of the whole document are never held at once.
    for (bi, s) in blocks.iter().enumerate() {
        let mut cs = candidate::scan_block(s, bi, lang);
        ranges::merge_ranges(s, &mut cs);
        cs.retain(|c| c.kind != CKind::Excluded);
        ranges::link_restatements(s, &mut cs);
        carry_currencies(s, &mut cs, &mut carry);
        // Keep figures only; remap restatement links to indices in the whole list.
        let mut next = out.figures.len();
        let new_index: Vec<usize> = cs
            .iter()
            .map(|c| {
                if matches!(c.kind, CKind::Money | CKind::Quantity) {
                    next += 1;
                    next - 1
                } else {
                    usize::MAX
                }
            })
            .collect();
        for (c, &ni) in cs.into_iter().zip(&new_index) {
            if ni == usize::MAX {
                continue;
            }
            out.num_starts.push(c.num_start);
            let (kind, unit) = if c.kind == CKind::Money {
                (FigureKind::Money, None)
            } else {
                (FigureKind::Quantity, c.unit.map(&mut intern))
            };
            out.figures.push(
                Figure::new(kind, c.block, c.start, c.end, c.amount)
                    .with_amount_max(c.amount_max)
                    .with_currency(c.currency)
                    .with_unit(unit)
                    .with_same_as(c.same_as.map(|j| new_index[j]).filter(|&j| j != usize::MAX)),
            );
        }
    }
    out.figures.shrink_to_fit();
    out.num_starts.shrink_to_fit();
    out
}

/// Marks each figure of a heading (`heading(block)`) that the text under it states again as the
/// same as that one: the first figure after it, before the next heading, of the same kind,
/// amount, range, currency and unit, with the same subject or one of them without ("raises
/// $410m" in the title, "has raised $410 million" in the first paragraph). The chart then shows
/// the sum once, and leads to the sentence that tells it; a subject only the heading names
/// passes to it. Figures that already restate another are left as they are.
pub fn restated_under_headings(figures: &mut [Figure], heading: impl Fn(usize) -> bool) {
    let same = |a: &Figure, b: &Figure| {
        let close = |x: f64, y: f64| (x - y).abs() <= 1e-9 * x.abs().max(y.abs());
        a.kind == b.kind
            && close(a.amount, b.amount)
            && match (a.amount_max(), b.amount_max()) {
                (None, None) => true,
                (Some(x), Some(y)) => close(x, y),
                _ => false,
            }
            && a.currency() == b.currency()
            && a.unit() == b.unit()
            && (a.subject.is_none() || b.subject.is_none() || a.subject == b.subject)
    };
    for h in 0..figures.len() {
        let block = figures[h].block();
        if !heading(block) || figures[h].same_as().is_some() {
            continue;
        }
        let found = (h + 1..figures.len())
            .take_while(|&k| figures[k].block() == block || !heading(figures[k].block()))
            .find(|&k| {
                figures[k].block() != block
                    && figures[k].same_as().is_none()
                    && same(&figures[h], &figures[k])
            });
        if let Some(k) = found {
            if figures[k].subject.is_none() {
                figures[k].subject = figures[h].subject.clone();
            }
            figures[h] = figures[h].clone().with_same_as(Some(k));
        }
    }
}

/// Extracts money amounts and counted quantities from the blocks (paragraphs) of an article.
/// Offsets are byte offsets into each block; figures are sorted by (block, start).
pub fn extract_figures(blocks: &[&str], lang: Lang, entities: &[EntitySpan]) -> Vec<Figure> {
    scan_figures(blocks, lang).attribute(blocks, lang, entities)
}

#[cfg(test)]
mod tests;

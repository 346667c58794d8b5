//! Entities, dates, money and quantities found in the article. No terminal knowledge here.

pub mod currency;
pub mod entities;
pub mod figures;
pub mod language;
pub mod types;

pub use types::*;

/// Everything extracted from a document, ready for the panes and `dump`.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub entities: Vec<Entity>,
    pub figures: Vec<Figure>,
    /// ISO 4217 code of the currency the figures' converted amounts are in.
    pub currency: String,
    /// Date of the exchange rates the figures were converted with.
    pub rates_date: Option<String>,
}

/// Runs every extractor over the document's blocks; money is converted to `currency`.
pub fn analyze(doc: &crate::document::Document, currency: &str) -> Analysis {
    analyze_with(doc, currency, &Progress::default())
}

/// [`analyze`], reporting how far it is in `progress`.
pub fn analyze_with(
    doc: &crate::document::Document,
    currency: &str,
    progress: &Progress,
) -> Analysis {
    let blocks = doc.block_texts();
    let entities = entities::extract_entities_with(&blocks, doc.language, progress);
    trim_heap();
    let scanned = figures::scan_figures(&blocks, doc.language);
    // Spans only for the blocks with figures (a large document has millions of mentions), made
    // block by block from 16 bytes per mention: (block, entity, start, end), in entity order
    // within a block (it breaks ties between spans), for [`PLACED_BLOCKS`] blocks at a time.
    let wanted = scanned.blocks_with_figures(blocks.len());
    let names: Vec<std::sync::Arc<str>> = entities.iter().map(|e| e.name.as_str().into()).collect();
    let mut placed = Placed::new(&entities, PLACED_BLOCKS);
    let mut figures = scanned.attribute_with(&blocks, doc.language, |bi| {
        placed
            .spans_in(bi, &entities, &wanted)
            .map(|&[_, e, start, end]| figures::EntitySpan {
                name: names[e as usize].clone(),
                kind: entities[e as usize].kind,
                block: bi,
                start: start as usize,
                end: end as usize,
            })
            .collect()
    });
    drop((placed, wanted));
    figures::restated_under_headings(&mut figures, |b| {
        doc.blocks[b].kind == crate::document::BlockKind::Heading
    });
    let rates = currency::Rates::bundled();
    let currency = currency.to_ascii_uppercase();
    currency::convert_figures(&mut figures, rates, &currency);
    progress.set(1000);
    Analysis {
        entities,
        figures,
        currency,
        rates_date: Some(rates.date.clone()),
    }
}

/// Gives the allocator's free pages back to the system. The extraction's threads leave tens of
/// megabytes freed but resident in their arenas (25 MiB on a 100 MB file), which the figures
/// would otherwise add to (peak RSS of the 100 MB render 322 -> 303 MiB then). Once, after the
/// entity extraction: a second one after the figures changed nothing.
fn trim_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only hands free memory back; no allocation is touched.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// How many blocks' mentions [`Placed`] holds at a time.
const PLACED_BLOCKS: usize = 16_384;

/// The mentions of the blocks with figures, by block, made for a window of blocks at a time
/// as the figures are attributed in block order: all of a large document's would be as many
/// megabytes as the figures themselves, at the moment memory peaks.
struct Placed {
    /// (block, entity, start, end) of the window's mentions, by block, then entity.
    spans: Vec<[u32; 4]>,
    /// Blocks below this are past the window's end.
    end: usize,
    /// Per entity, its mentions before the window (its mentions are in block order).
    cursors: Vec<u32>,
    /// Whether every entity's mentions are in block order (else the window is the document).
    sorted: bool,
    /// Blocks per window.
    window: usize,
}

impl Placed {
    fn new(entities: &[Entity], window: usize) -> Placed {
        Placed {
            spans: Vec::new(),
            end: 0,
            cursors: vec![0; entities.len()],
            sorted: entities
                .iter()
                .all(|e| e.mentions.is_sorted_by_key(|m| m.block())),
            window,
        }
    }

    /// The mentions of block `bi` in blocks that `wanted` says hold figures; `bi` never
    /// decreases from one call to the next.
    fn spans_in<'a>(
        &'a mut self,
        bi: usize,
        entities: &[Entity],
        wanted: &[bool],
    ) -> impl Iterator<Item = &'a [u32; 4]> {
        if bi >= self.end {
            self.end = if self.sorted {
                bi.saturating_add(self.window)
            } else {
                usize::MAX
            };
            self.spans.clear();
            for (i, e) in entities.iter().enumerate() {
                let rest = &e.mentions[self.cursors[i] as usize..];
                let n = rest.partition_point(|m| m.block() < self.end);
                self.spans.extend(
                    rest[..n]
                        .iter()
                        .filter(|m| wanted.get(m.block()) == Some(&true))
                        .map(|m| [m.block() as u32, i as u32, m.start() as u32, m.end() as u32]),
                );
                self.cursors[i] += n as u32;
            }
            self.spans.sort_by_key(|p| p[0]);
        }
        let from = self.spans.partition_point(|p| (p[0] as usize) < bi);
        let to = self.spans.partition_point(|p| (p[0] as usize) <= bi);
        self.spans[from..to].iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, mentions: &[(usize, usize)]) -> Entity {
        Entity {
            name: name.into(),
            kind: EntityKind::Person,
            aliases: Vec::new(),
            mentions: mentions
                .iter()
                .map(|&(b, s)| Mention::new(b, s, s + 1))
                .collect(),
            value: None,
        }
    }

    /// Window after window, the spans of each block asked for are those of all the mentions,
    /// in entity order, sorted mentions or not.
    #[test]
    fn placed_windows_give_each_blocks_mentions_in_entity_order() {
        let sorted = vec![
            entity("A", &[(0, 1), (2, 0), (5, 3), (9, 1)]),
            entity("B", &[(2, 4), (5, 0), (6, 2)]),
            entity("C", &[(1, 0), (9, 0)]),
        ];
        let mut unsorted = sorted.clone();
        unsorted[1].mentions.reverse();
        let wanted = [
            true, false, true, false, false, true, true, false, false, true,
        ];
        for (entities, window) in [(&sorted, 1), (&sorted, 3), (&sorted, 100), (&unsorted, 2)] {
            let mut placed = Placed::new(entities, window);
            for bi in [0, 2, 5, 6, 9] {
                let got: Vec<[u32; 4]> = placed.spans_in(bi, entities, &wanted).copied().collect();
                let mut want = Vec::new();
                for (i, e) in entities.iter().enumerate() {
                    for m in e.mentions.iter().filter(|m| m.block() == bi) {
                        want.push([bi as u32, i as u32, m.start() as u32, m.end() as u32]);
                    }
                }
                assert_eq!(got, want, "block {bi}, window {window}");
            }
        }
    }
}

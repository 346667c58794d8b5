//! Funding pane state: which figures are bars (money, or one quantity unit at a time), in what
//! order, on which scale; and jumping from a bar to its sentence.

use super::{App, Focus};
use crate::extract::{Figure, FigureKind};

#[derive(Debug, Default)]
pub struct FundingState {
    /// `l`: logarithmic scale (sums differ by orders of magnitude).
    pub log: bool,
    /// `u`: None shows money; Some(unit) shows the quantities counted in that unit.
    pub unit: Option<String>,
    /// Figure indices drawn as bars, largest first; money without a rate comes last, apart.
    pub bars: Vec<usize>,
}

/// The value a money bar is compared by: its converted amount, else None (drawn apart).
pub fn compared_value(f: &Figure) -> Option<f64> {
    match f.kind {
        FigureKind::Money => f.converted(),
        FigureKind::Quantity => Some(f.amount),
    }
}

/// Quantity units present, in order of first appearance.
pub fn units(figures: &[Figure]) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    for f in figures {
        if let (FigureKind::Quantity, Some(u)) = (f.kind, f.unit())
            && !units.iter().any(|x| x == u)
        {
            units.push(u.to_string());
        }
    }
    units
}

impl FundingState {
    pub fn bars_for(figures: &[Figure], unit: Option<&str>) -> Vec<usize> {
        let mut bars: Vec<usize> = (0..figures.len())
            .filter(|&i| {
                let f = &figures[i];
                f.same_as().is_none()
                    && match unit {
                        None => f.kind == FigureKind::Money,
                        Some(u) => f.kind == FigureKind::Quantity && f.unit() == Some(u),
                    }
            })
            .collect();
        // Largest first; unconverted money after every converted one, by amount.
        bars.sort_by(|&a, &b| {
            let (fa, fb) = (&figures[a], &figures[b]);
            let key = |f: &Figure| {
                (
                    compared_value(f).is_none(),
                    -(compared_value(f).unwrap_or(f.amount)),
                )
            };
            key(fa)
                .partial_cmp(&key(fb))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.cmp(&b))
        });
        bars
    }
}

impl App {
    pub fn selected_figure(&self) -> Option<usize> {
        self.funding.bars.get(self.lists[1].selected).copied()
    }

    pub(super) fn refresh_bars(&mut self) {
        self.funding.bars = FundingState::bars_for(&self.figures, self.funding.unit.as_deref());
        self.lists[1].selected = 0;
    }

    /// `u`: money, then each quantity unit in turn.
    pub(super) fn next_unit(&mut self) {
        let units = units(&self.figures);
        self.funding.unit = match &self.funding.unit {
            None => units.first().cloned(),
            Some(u) => units
                .iter()
                .position(|x| x == u)
                .and_then(|i| units.get(i + 1))
                .cloned(),
        };
        self.refresh_bars();
        self.status = Some(match &self.funding.unit {
            None => "funding: money".into(),
            Some(u) => format!("funding: quantities counted in {u}"),
        });
    }

    /// `Enter` on a bar: its sentence, selected and shown in the paragraphs.
    pub(super) fn jump_to_figure(&mut self) {
        let Some(i) = self.selected_figure() else {
            return;
        };
        let (block, start) = (self.figures[i].block(), self.figures[i].start());
        self.show_block(block, start);
        self.focus = Focus::Paragraphs;
        let text = self.figures[i].text_in(self.doc.block_text(block));
        self.status = Some(format!("¶{}: {}", block + 1, text));
    }
}

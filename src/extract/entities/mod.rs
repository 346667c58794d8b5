//! Named-entity extraction for French and English news articles: gazetteers
//! (Aho-Corasick) plus rules for capitalised runs, cues, dates and merging.

mod acronyms;
mod candidates;
mod classify;
mod context;
mod cues;
mod dates;
mod gazetteer;
mod institutions;
mod merge;
mod spans;
mod text;
mod words;

use std::collections::HashSet;

use crate::extract::types::{Entity, Lang};
use candidates::{Cand, block_candidates};
use classify::Ctx;
use text::{TokKind, fold, tokenize};

/// Extracts people, organisations, places, dates and other named things.
/// Mention offsets are byte offsets into each block (end exclusive).
pub fn extract_entities(blocks: &[&str], lang: Lang) -> Vec<Entity> {
    let toks: Vec<Vec<text::Token>> = blocks.iter().map(|b| tokenize(b)).collect();

    // capitalised words seen mid-sentence anywhere: evidence for sentence-initial ones
    let mut mid_caps: HashSet<String> = HashSet::new();
    let headings: Vec<bool> = blocks
        .iter()
        .zip(&toks)
        .map(|(b, t)| is_heading(b, t))
        .collect();
    for ((b, ts), &h) in blocks.iter().zip(&toks).zip(&headings) {
        if h {
            continue;
        }
        // only words standing alone: "Players" inside "Tennis Players Association"
        // is no evidence for a sentence-initial "Players"
        let capw = |j: usize| ts.get(j).is_some_and(|t| t.kind == TokKind::Word && t.cap);
        for (j, t) in ts.iter().enumerate() {
            if t.kind == TokKind::Word
                && t.cap
                && !t.initial
                && !capw(j + 1)
                && !(j > 0 && capw(j - 1) && !ts[j - 1].initial)
            {
                mid_caps.insert(fold(&b[t.start..t.end]));
            }
        }
    }

    let mut cands: Vec<Cand> = Vec::new();
    let mut all_dates = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let dates = dates::find_dates(b, lang);
        let first = toks[i]
            .iter()
            .find(|t| t.kind == TokKind::Word)
            .map(|t| &b[t.start..t.end]);
        let ctx = Ctx {
            block: i,
            text: b,
            toks: &toks[i],
            lang,
            byline: matches!(first, Some("Par" | "By" | "PAR" | "BY")),
            heading: headings[i],
        };
        block_candidates(&ctx, &dates, &mut cands);
        all_dates.extend(dates.into_iter().map(|d| (i, d)));
    }
    merge::merge(blocks, cands, all_dates, &mid_caps, lang)
}

/// Title-case heading: short, no final punctuation, most long words capitalised.
fn is_heading(text: &str, toks: &[text::Token]) -> bool {
    let trimmed = text.trim_end();
    if trimmed.ends_with(['.', '!', '?', '»', '”', '"', ':']) {
        return false;
    }
    let long: Vec<&text::Token> = toks
        .iter()
        .filter(|t| t.kind == TokKind::Word && t.end - t.start > 3)
        .collect();
    if long.len() < 3 || long.len() > 20 {
        return false;
    }
    let caps = long.iter().filter(|t| t.cap).count();
    caps * 10 > long.len() * 6
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_rules;
#[cfg(test)]
mod tests_rules4;

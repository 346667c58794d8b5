//! Candidate spans for one block: gazetteer hits, guillemet titles and runs of
//! capitalised words (with connectors), handed to `classify`.

use super::classify::{Ctx, classify_run};
use super::dates::DateHit;
use super::gazetteer::{GAZ, GazHit, find_hits};
use super::text::{TokKind, Token, fold};
use crate::extract::types::EntityKind;

/// A candidate mention before merging.
#[derive(Debug, Clone)]
pub struct Cand {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    /// 3 gazetteer, 2 rule cue, 1 default guess, 0 weak (sentence-initial, unconfirmed).
    pub strength: u8,
    pub gaz: Option<usize>,
}

/// One element of a capitalised run.
#[derive(Debug, Clone, Copy)]
pub enum Item {
    Word(usize),
    Conn(usize),
    Gaz {
        hit: usize,
        first: usize,
        last: usize,
    },
}

const CONNECTORS: &[&str] = &[
    "de", "du", "des", "d", "la", "l", "of", "the", "for", "von", "van", "der", "den", "da", "dos",
    "di", "del", "della", "y", "bin", "al",
];
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "da", "dos", "di", "del", "della", "bin", "al",
];
pub const FR_HEADS: &[&str] = &[
    "agence",
    "autorite",
    "banque",
    "commission",
    "conseil",
    "cour",
    "federation",
    "fondation",
    "institut",
    "ministere",
    "musee",
    "office",
    "organisation",
    "union",
    "universite",
    "ecole",
    "societe",
    "comite",
    "caisse",
    "observatoire",
    "haut-commissariat",
    "tribunal",
    "direction",
    "centre",
    "syndicat",
    "parti",
    "assemblee",
    "departement",
    "secretariat",
];
const STOP_EXT: &[&str] = &[
    "a", "est", "sont", "ont", "va", "doit", "peut", "etait", "sera", "avait", "fait", "vient",
    "reste", "qui", "que", "et", "ou", "mais", "dont", "pour", "par", "sur", "dans", "avec", "en",
    "au", "aux", "a", "se", "s", "ne", "n", "y", "il", "elle", "les", "un", "une", "ce", "cette",
];

pub fn word<'a>(text: &'a str, t: &Token) -> &'a str {
    &text[t.start..t.end]
}

fn next_word_is_cap(text: &str, toks: &[Token], mut k: usize, masked: &[bool]) -> bool {
    // skip connectors and elision apostrophes
    while k < toks.len() {
        let t = &toks[k];
        if masked[k] {
            return false;
        }
        if t.kind == TokKind::Punct {
            let s = word(text, t);
            if s == "’" || s == "'" {
                k += 1;
                continue;
            }
            return false;
        }
        if t.cap {
            return true;
        }
        if !CONNECTORS.contains(&word(text, t)) {
            return false;
        }
        k += 1;
    }
    false
}

/// Builds candidates for one block.
pub fn block_candidates(ctx: &Ctx, dates: &[DateHit], out: &mut Vec<Cand>) {
    let text = ctx.text;
    let toks = ctx.toks;
    let hits: Vec<GazHit> = find_hits(text);
    let mut masked = vec![false; toks.len()];
    for (k, t) in toks.iter().enumerate() {
        if dates.iter().any(|d| t.start < d.end && d.start < t.end) {
            masked[k] = true;
        }
    }
    quoted_titles(ctx, &mut masked, out);

    // token index -> gazetteer hit starting there
    let mut hit_at: Vec<Option<usize>> = vec![None; toks.len()];
    let mut hi = 0;
    for (k, t) in toks.iter().enumerate() {
        while hi < hits.len() && hits[hi].start < t.start {
            hi += 1;
        }
        if hi < hits.len() && hits[hi].start == t.start {
            hit_at[k] = Some(hi);
        }
    }

    let mut run: Vec<Item> = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if masked[k] {
            flush(ctx, &hits, &mut run, out);
            k += 1;
            continue;
        }
        if let Some(h) = hit_at[k] {
            let hit = hits[h];
            let mut last = k;
            while last + 1 < toks.len() && toks[last + 1].start < hit.end {
                last += 1;
            }
            let lower_demonym = hit.demonym && !t.cap;
            if lower_demonym {
                flush(ctx, &hits, &mut run, out);
                out.push(Cand {
                    block: ctx.block,
                    start: hit.start,
                    end: hit.end,
                    kind: GAZ.entries[hit.entry].kind,
                    strength: 3,
                    gaz: Some(hit.entry),
                });
            } else {
                run.push(Item::Gaz {
                    hit: h,
                    first: k,
                    last,
                });
            }
            k = last + 1;
            continue;
        }
        if t.kind == TokKind::Word && t.cap {
            run.push(Item::Word(k));
            k += 1;
            continue;
        }
        let w = word(text, t);
        if !run.is_empty() && t.kind == TokKind::Word && CONNECTORS.contains(&w) {
            let conns = run.iter().filter(|i| matches!(i, Item::Conn(_))).count();
            let prev_conn = matches!(run.last(), Some(Item::Conn(_)));
            let ok = if matches!(w, "la" | "l" | "the") {
                prev_conn
            } else {
                conns == 0 || PARTICLES.contains(&w)
            };
            if ok && next_word_is_cap(text, toks, k + 1, &masked) {
                run.push(Item::Conn(k));
                k += 1;
                continue;
            }
        }
        if !run.is_empty() && (w == "’" || w == "'") && matches!(run.last(), Some(Item::Conn(_)))
        {
            k += 1;
            continue;
        }
        if !run.is_empty() && w == "&" && next_word_is_cap(text, toks, k + 1, &masked) {
            run.push(Item::Conn(k));
            k += 1;
            continue;
        }
        flush(ctx, &hits, &mut run, out);
        k += 1;
    }
    flush(ctx, &hits, &mut run, out);
}

fn flush(ctx: &Ctx, hits: &[GazHit], run: &mut Vec<Item>, out: &mut Vec<Cand>) {
    while matches!(run.last(), Some(Item::Conn(_))) {
        run.pop();
    }
    if !run.is_empty() {
        extend_french_head(ctx, run);
        classify_run(ctx, hits, run, out);
    }
    run.clear();
}

/// "Agence de la transition écologique": a French institutional head followed by
/// lowercase words is extended up to punctuation or a verb-like stop word.
fn extend_french_head(ctx: &Ctx, run: &mut Vec<Item>) {
    if ctx.lang != crate::extract::types::Lang::Fr || run.len() != 1 {
        return;
    }
    let Item::Word(k) = run[0] else { return };
    let text = ctx.text;
    if !FR_HEADS.contains(&fold(word(text, &ctx.toks[k])).as_str()) {
        return;
    }
    let mut items = Vec::new();
    let mut j = k + 1;
    let mut content = 0;
    while j < ctx.toks.len() && items.len() < 8 {
        let t = &ctx.toks[j];
        let w = word(text, t);
        if t.kind == TokKind::Punct {
            if (w == "’" || w == "'") && matches!(items.last(), Some(Item::Conn(_))) {
                j += 1;
                continue;
            }
            break;
        }
        let f = fold(w);
        if matches!(f.as_str(), "de" | "du" | "des" | "d" | "la" | "l") {
            items.push(Item::Conn(j));
        } else if STOP_EXT.contains(&f.as_str()) || f.chars().any(|c| c.is_ascii_digit()) {
            break;
        } else {
            items.push(Item::Word(j));
            content += 1;
        }
        j += 1;
    }
    while matches!(items.last(), Some(Item::Conn(_))) {
        items.pop();
    }
    if content > 0 {
        run.extend(items);
    }
}

/// « Title » in guillemets after plan/programme/initiative → other.
fn quoted_titles(ctx: &Ctx, masked: &mut [bool], out: &mut Vec<Cand>) {
    let text = ctx.text;
    let toks = ctx.toks;
    for k in 0..toks.len() {
        let q = word(text, &toks[k]);
        if !matches!(q, "«" | "“" | "\"") || k == 0 {
            continue;
        }
        let prev = &toks[k - 1];
        if prev.kind != TokKind::Word || !GAZ.sets.product_intro.contains(&fold(word(text, prev))) {
            continue;
        }
        let close = (k + 1..toks.len().min(k + 14))
            .find(|&j| matches!(word(text, &toks[j]), "»" | "”" | "\""));
        let Some(c) = close else { continue };
        if c <= k + 1 || !toks[k + 1].cap {
            continue;
        }
        out.push(Cand {
            block: ctx.block,
            start: toks[k + 1].start,
            end: toks[c - 1].end,
            kind: EntityKind::Other,
            strength: 2,
            gaz: None,
        });
        for m in masked.iter_mut().take(c).skip(k + 1) {
            *m = true;
        }
    }
}

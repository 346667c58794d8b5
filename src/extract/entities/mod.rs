//! Named-entity extraction for French and English news articles: gazetteers (a double-array
//! trie walked where words open) plus rules for capitalised runs, cues, dates and merging.

mod acronym_forms;
mod acronyms;
mod admin_names;
mod appos;
mod appos_scene;
mod area_tails;
mod bodies;
mod body_extent;
mod bounds;
mod branches;
mod bylines;
mod candidates;
mod classify;
mod club_names;
mod compass_parts;
mod context;
mod court_places;
mod courts;
mod cues;
mod dates;
mod digit_names;
mod edges;
mod elided_bodies;
mod event_places;
mod firm_towns;
mod firms;
mod form_links;
mod fr_bodies;
mod fr_body_names;
mod fr_friends;
mod fr_names;
mod fr_subjects;
mod frame_places;
mod gaz_trie;
mod gazetteer;
mod geo_cues;
mod given_places;
mod grade_names;
mod headline_verbs;
mod historic_persons;
mod holders;
mod honorifics;
mod institutions;
mod irish_names;
mod joins;
mod law_titles;
mod lead_articles;
mod lex_table;
mod local_bodies;
mod local_words;
mod merge;
mod minister_names;
mod name_frames;
mod named_kinds;
mod national;
mod news_cues;
mod occupation_shapes;
mod occupations;
mod org_seat;
mod origins;
mod particle_names;
mod peoples;
mod person_heads;
mod place_bodies;
mod place_ends;
mod place_forenames;
mod place_heads;
mod place_lists;
mod place_names;
mod places;
mod portuguese_places;
mod public_bodies_fr;
mod region_bodies;
mod region_cues;
mod region_nouns;
mod remit_names;
mod river_banks;
mod road_numbers;
mod roles;
mod routes;
mod run_skips;
mod sector_bodies;
mod spans;
mod speaking_bodies;
mod sport_bodies;
mod state_governments;
mod state_names;
mod text;
mod town_cues;
mod town_names;
mod town_services;
mod towns;
mod trade_bodies;
mod trades;
mod unknown_titles;
mod venues;
mod village_recalls;
mod words;
mod year_tails;

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::extract::types::{Entity, Lang, Progress};
use candidates::{Cand, block_candidates};
use classify::Ctx;
use text::{TokKind, tokenize_caps_into};

/// Builds the lists the extraction reads (the gazetteer, the towns) now rather than at their
/// first use: a benchmark's or a profile's steady state.
pub fn warm_up() {
    std::sync::LazyLock::force(&gazetteer::GAZ);
    towns::warm_up();
}

/// Extracts people, organisations, places, dates and other named things.
/// Mention offsets are byte offsets into each block (end exclusive).
pub fn extract_entities(blocks: &[&str], lang: Lang) -> Vec<Entity> {
    extract_entities_with(blocks, lang, &Progress::default())
}

/// [`extract_entities`], reporting how far it is in `progress`. A block's tokens are dropped once
/// it is done: tokens take six times the text, and a large document has no room for them.
pub fn extract_entities_with(blocks: &[&str], lang: Lang, progress: &Progress) -> Vec<Entity> {
    // below a MiB, threads cost more than they save
    const SPLIT_FROM: usize = 1 << 20;
    let bytes: usize = blocks.iter().map(|b| b.len()).sum();
    let threads = if bytes < SPLIT_FROM {
        1
    } else {
        num_cpus::get()
    };
    extract_in(blocks, lang, progress, threads)
}

/// The extraction on `threads` threads: the result does not depend on their number.
fn extract_in(blocks: &[&str], lang: Lang, progress: &Progress, threads: usize) -> Vec<Entity> {
    let done = AtomicUsize::new(0);
    let step = |base: u32, span: u32| {
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        progress.set(base + (span as usize * n / blocks.len().max(1)) as u32);
    };

    // Candidates are kept in parts of whole blocks, about PART each: the merge frees each part
    // once grouped, and its groups reuse that memory (one list per thread would stay whole
    // until grouped: 50 MB beside the groups on a 100 MB file).
    const PART: usize = 1 << 16;
    // One pass, block by block: headings, capitalised words seen mid-sentence anywhere (evidence
    // for sentence-initial ones, used by the merge only), and candidates. A block's candidates
    // need its own heading only, so each block is tokenized once into a buffer the next reuses.
    let chunks = par_chunks(blocks, threads, |range| {
        let mut mid_caps: Vec<(u32, u32, u32)> = Vec::new();
        // (the words the merge looks among for lowercase forms of names: no second scan)
        let mut lower_words: Vec<(u32, u32, u32)> = Vec::new();
        let mut parts: Vec<Vec<Cand>> = Vec::new();
        let mut cands: Vec<Cand> = Vec::new();
        let mut all_dates = Vec::new();
        // buffers kept from block to block: allocating them anew cost 2% of the extraction
        let (mut toks, mut lex) = (Vec::new(), Vec::new());
        // (the indices of each block's capitalised words, found by the tokenizer)
        let mut caps: Vec<u32> = Vec::new();
        let mut folded: Vec<std::cell::OnceCell<compact_str::CompactString>> = Vec::new();
        let mut bufs = candidates::BlockBuffers::default();
        // the block ASCII-lowercased, once for the date and the gazetteer searches
        let mut lower: Vec<u8> = Vec::new();
        for i in range {
            let b = blocks[i];
            // (the top bit flags a joined word: text::JOINED_WORD)
            let block = u32::try_from(i)
                .ok()
                .filter(|&b| b < text::JOINED_WORD)
                .expect("fewer than 2 G blocks");
            tokenize_caps_into(b, &mut toks, &mut caps, block, &mut lower_words);
            let heading = is_heading(b, &toks);
            if !heading {
                add_mid_caps(i, &toks, &caps, &mut mid_caps);
            }
            lower.clear();
            lower.extend_from_slice(b.as_bytes());
            lower.make_ascii_lowercase();
            let dates = dates::find_dates_in(b, &lower, lang);
            // (the cells the last block filled emptied, the others kept: most were never
            // filled, and dropping and making each anew cost more; made, not cloned, past them:
            // a clone of a cell asks whether it is filled, a token at a time)
            folded.truncate(toks.len());
            for cell in &mut folded {
                if cell.get().is_some() {
                    *cell = std::cell::OnceCell::new();
                }
            }
            folded.resize_with(toks.len(), std::cell::OnceCell::new);
            lex.clear();
            lex.resize(toks.len(), std::cell::Cell::new(0));
            let first = toks
                .iter()
                .find(|t| t.kind == TokKind::Word)
                .map(|t| &b[t.start..t.end]);
            let ctx = Ctx {
                block: i,
                text: b,
                lower: &lower,
                toks: &toks,
                lang,
                byline: matches!(first, Some("Par" | "By" | "PAR" | "BY")),
                heading,
                folded: &folded,
                lex: &lex,
                taken_to: std::cell::Cell::new(0),
            };
            block_candidates(&ctx, &dates, &mut cands, &mut bufs);
            all_dates.extend(dates.into_iter().map(|d| (i, d)));
            if cands.len() >= PART {
                cands.shrink_to_fit();
                parts.push(std::mem::replace(&mut cands, Vec::with_capacity(PART)));
            }
            step(0, 900);
        }
        cands.shrink_to_fit();
        parts.push(cands);
        (parts, all_dates, mid_caps, lower_words)
    });
    // the parts go to the merge as they are: joining them would copy millions of candidates
    let mut parts: Vec<Vec<Cand>> = Vec::new();
    let mut all_dates = Vec::new();
    let mut mid_caps: Vec<(u32, u32, u32)> = Vec::new();
    let mut lower_words: Vec<(u32, u32, u32)> = Vec::new();
    for (c, d, m, w) in chunks {
        parts.extend(c);
        all_dates.extend(d);
        mid_caps.extend(m);
        // (one list, most often: moved, not copied)
        if lower_words.is_empty() {
            lower_words = w;
        } else {
            lower_words.extend(w);
        }
    }
    let entities = merge::merge(blocks, parts, all_dates, &mid_caps, &lower_words, lang);
    progress.set(950);
    entities
}

/// Capitalised words standing alone mid-sentence: "Players" inside "Tennis Players
/// Association" is no evidence for a sentence-initial "Players". Their places (block, start,
/// end), folded by the merge only for the few names it asks about (folding and hashing each of
/// them here cost 6 M instructions a MiB of text).
fn add_mid_caps(
    block: usize,
    ts: &[text::Token],
    caps: &[u32],
    mid_caps: &mut Vec<(u32, u32, u32)>,
) {
    let capw = |j: usize| ts.get(j).is_some_and(|t| t.kind == TokKind::Word && t.cap);
    // (only the capitalised words, `caps`, the tokenizer's list of them: no pass over the rest)
    for &j in caps {
        let j = j as usize;
        let t = &ts[j];
        if !(t.initial || capw(j + 1) || j > 0 && capw(j - 1) && !ts[j - 1].initial) {
            mid_caps.push((block as u32, t.start as u32, t.end as u32));
        }
    }
}

/// Runs `f` over `threads` consecutive ranges of blocks of about equal size, each on a thread
/// of its own, and returns the results in block order.
fn par_chunks<T: Send>(
    blocks: &[&str],
    threads: usize,
    f: impl Fn(Range<usize>) -> T + Sync,
) -> Vec<T> {
    if threads < 2 {
        return vec![f(0..blocks.len())];
    }
    let bytes: usize = blocks.iter().map(|b| b.len()).sum();
    // ranges of about equal bytes
    let mut ranges = Vec::with_capacity(threads);
    let (mut start, mut acc) = (0, 0);
    for (i, b) in blocks.iter().enumerate() {
        acc += b.len();
        if acc * threads >= bytes * (ranges.len() + 1) && ranges.len() + 1 < threads {
            ranges.push(start..i + 1);
            start = i + 1;
        }
    }
    ranges.push(start..blocks.len());
    std::thread::scope(|s| {
        let f = &f;
        let handles: Vec<_> = ranges.into_iter().map(|r| s.spawn(move || f(r))).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
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
mod tests_threads {
    use super::*;

    #[test]
    fn the_result_is_the_same_on_any_number_of_threads() {
        let text = include_str!("../../../assets/000_2092384b85dd452f.txt").repeat(3);
        let blocks: Vec<&str> = text
            .split("\n\n")
            .filter(|b| !b.trim().is_empty())
            .collect();
        let one = extract_in(&blocks, Lang::Fr, &Progress::default(), 1);
        assert!(one.len() > 10, "{one:?}");
        for threads in [2, 3, 7] {
            let progress = Progress::default();
            let many = extract_in(&blocks, Lang::Fr, &progress, threads);
            assert_eq!(one, many, "{threads} threads");
            assert!(progress.permille() >= 900, "{}", progress.permille());
        }
    }
}
#[cfg(test)]
mod tests_merge;
#[cfg(test)]
mod tests_rules;
#[cfg(test)]
mod tests_rules10;
#[cfg(test)]
mod tests_rules100;
#[cfg(test)]
mod tests_rules101;
#[cfg(test)]
mod tests_rules102;
#[cfg(test)]
mod tests_rules103;
#[cfg(test)]
mod tests_rules104;
#[cfg(test)]
mod tests_rules105;
#[cfg(test)]
mod tests_rules106;
#[cfg(test)]
mod tests_rules107;
#[cfg(test)]
mod tests_rules108;
#[cfg(test)]
mod tests_rules109;
#[cfg(test)]
mod tests_rules11;
#[cfg(test)]
mod tests_rules110;
#[cfg(test)]
mod tests_rules111;
#[cfg(test)]
mod tests_rules112;
#[cfg(test)]
mod tests_rules12;
#[cfg(test)]
mod tests_rules13;
#[cfg(test)]
mod tests_rules14;
#[cfg(test)]
mod tests_rules15;
#[cfg(test)]
mod tests_rules16;
#[cfg(test)]
mod tests_rules17;
#[cfg(test)]
mod tests_rules18;
#[cfg(test)]
mod tests_rules19;
#[cfg(test)]
mod tests_rules20;
#[cfg(test)]
mod tests_rules21;
#[cfg(test)]
mod tests_rules22;
#[cfg(test)]
mod tests_rules23;
#[cfg(test)]
mod tests_rules24;
#[cfg(test)]
mod tests_rules25;
#[cfg(test)]
mod tests_rules26;
#[cfg(test)]
mod tests_rules27;
#[cfg(test)]
mod tests_rules28;
#[cfg(test)]
mod tests_rules29;
#[cfg(test)]
mod tests_rules30;
#[cfg(test)]
mod tests_rules31;
#[cfg(test)]
mod tests_rules32;
#[cfg(test)]
mod tests_rules33;
#[cfg(test)]
mod tests_rules34;
#[cfg(test)]
mod tests_rules35;
#[cfg(test)]
mod tests_rules36;
#[cfg(test)]
mod tests_rules37;
#[cfg(test)]
mod tests_rules38;
#[cfg(test)]
mod tests_rules39;
#[cfg(test)]
mod tests_rules4;
#[cfg(test)]
mod tests_rules40;
#[cfg(test)]
mod tests_rules41;
#[cfg(test)]
mod tests_rules42;
#[cfg(test)]
mod tests_rules43;
#[cfg(test)]
mod tests_rules44;
#[cfg(test)]
mod tests_rules45;
#[cfg(test)]
mod tests_rules46;
#[cfg(test)]
mod tests_rules47;
#[cfg(test)]
mod tests_rules48;
#[cfg(test)]
mod tests_rules49;
#[cfg(test)]
mod tests_rules5;
#[cfg(test)]
mod tests_rules50;
#[cfg(test)]
mod tests_rules51;
#[cfg(test)]
mod tests_rules52;
#[cfg(test)]
mod tests_rules53;
#[cfg(test)]
mod tests_rules54;
#[cfg(test)]
mod tests_rules55;
#[cfg(test)]
mod tests_rules56;
#[cfg(test)]
mod tests_rules57;
#[cfg(test)]
mod tests_rules58;
#[cfg(test)]
mod tests_rules59;
#[cfg(test)]
mod tests_rules6;
#[cfg(test)]
mod tests_rules60;
#[cfg(test)]
mod tests_rules61;
#[cfg(test)]
mod tests_rules62;
#[cfg(test)]
mod tests_rules63;
#[cfg(test)]
mod tests_rules64;
#[cfg(test)]
mod tests_rules65;
#[cfg(test)]
mod tests_rules66;
#[cfg(test)]
mod tests_rules67;
#[cfg(test)]
mod tests_rules68;
#[cfg(test)]
mod tests_rules69;
#[cfg(test)]
mod tests_rules7;
#[cfg(test)]
mod tests_rules70;
#[cfg(test)]
mod tests_rules71;
#[cfg(test)]
mod tests_rules72;
#[cfg(test)]
mod tests_rules73;
#[cfg(test)]
mod tests_rules74;
#[cfg(test)]
mod tests_rules75;
#[cfg(test)]
mod tests_rules76;
#[cfg(test)]
mod tests_rules77;
#[cfg(test)]
mod tests_rules78;
#[cfg(test)]
mod tests_rules79;
#[cfg(test)]
mod tests_rules8;
#[cfg(test)]
mod tests_rules80;
#[cfg(test)]
mod tests_rules81;
#[cfg(test)]
mod tests_rules82;
#[cfg(test)]
mod tests_rules83;
#[cfg(test)]
mod tests_rules84;
#[cfg(test)]
mod tests_rules85;
#[cfg(test)]
mod tests_rules86;
#[cfg(test)]
mod tests_rules87;
#[cfg(test)]
mod tests_rules88;
#[cfg(test)]
mod tests_rules89;
#[cfg(test)]
mod tests_rules9;
#[cfg(test)]
mod tests_rules90;
#[cfg(test)]
mod tests_rules91;
#[cfg(test)]
mod tests_rules92;
#[cfg(test)]
mod tests_rules93;
#[cfg(test)]
mod tests_rules94;
#[cfg(test)]
mod tests_rules95;
#[cfg(test)]
mod tests_rules96;
#[cfg(test)]
mod tests_rules97;
#[cfg(test)]
mod tests_rules98;
#[cfg(test)]
mod tests_rules99;

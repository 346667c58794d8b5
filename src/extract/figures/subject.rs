//! Who commits, announces, invests or receives a figure: an entity from the caller's spans.
//!
//! Order of rules: agent after the figure ("annoncés par X", "by X", "from X"); possessive
//! before it ("X's $25 billion"); nearest organisation, then person, then place before it in
//! its clause; the subject of the previous figure of the sentence (enumerations); nearest
//! before it in the sentence; nearest after it in the sentence; else none. Entities that are
//! sources ("selon X", "according to X"), lead investors ("led by X") or acquisition targets
//! ("le rachat de X") are not taken by the proximity rules.

use super::EntitySpan;
use super::lexicon::{AGENT_STOP, PER_WORDS, SOURCE_WORDS, TARGET_WORDS};
use super::text::{is_apostrophe, lower, next_char, sentence_bounds, skip_spaces};
use crate::extract::types::{EntityKind, Figure, Lang};

fn usable(e: &EntitySpan) -> bool {
    matches!(
        e.kind,
        EntityKind::Organization | EntityKind::Person | EntityKind::Place
    )
}

fn rank(e: &EntitySpan) -> u8 {
    match e.kind {
        EntityKind::Organization => 0,
        EntityKind::Person => 1,
        _ => 2,
    }
}

/// Nearest entity inside [from, to): organisations first, then people, then places.
fn nearest_before<'a>(ents: &[&'a EntitySpan], from: usize, to: usize) -> Option<&'a EntitySpan> {
    (0..3).find_map(|r| {
        ents.iter()
            .filter(|e| e.start >= from && e.end <= to && rank(e) == r)
            .max_by_key(|e| e.end)
            .copied()
    })
}

fn nearest_after<'a>(ents: &[&'a EntitySpan], from: usize, to: usize) -> Option<&'a EntitySpan> {
    (0..3).find_map(|r| {
        ents.iter()
            .filter(|e| e.start >= from && e.end <= to && rank(e) == r)
            .min_by_key(|e| e.start)
            .copied()
    })
}

fn token_end(s: &str, p: usize) -> usize {
    let mut e = p;
    while let Some(c) = next_char(s, e) {
        if c.is_alphabetic() || c == '-' || is_apostrophe(c) {
            e += c.len_utf8();
        } else {
            break;
        }
    }
    e
}

/// "… annoncés par X", "… by X", "… from X" right after the figure.
fn agent_after<'a>(
    s: &str,
    ents: &[&'a EntitySpan],
    pos: usize,
    end: usize,
    lang: Lang,
) -> Option<&'a EntitySpan> {
    let mut p = pos;
    let mut words = 0;
    while words < 6 {
        p = skip_spaces(s, p);
        if p >= end {
            return None;
        }
        let e = token_end(s, p);
        if e == p {
            return None; // punctuation or digits: the clause goes on elsewhere
        }
        let w = lower(&s[p..e]);
        let is_agent = match lang {
            Lang::Fr => w == "par",
            Lang::En => w == "by" || w == "from",
        };
        if is_agent {
            let mut q = skip_spaces(s, e);
            let nw = lower(&s[q..token_end(s, q)]);
            if PER_WORDS.contains(&nw.as_str()) {
                p = token_end(s, q);
                words += 2;
                continue;
            }
            for art in ["le ", "la ", "les ", "l’", "l'", "the "] {
                if q.checked_add(art.len())
                    .and_then(|e| s.get(q..e))
                    .is_some_and(|t| t.eq_ignore_ascii_case(art))
                {
                    q = skip_spaces(s, q + art.len());
                    break;
                }
            }
            return agent_at(s, ents, q, end);
        }
        if AGENT_STOP.contains(&w.as_str()) {
            return None;
        }
        p = e;
        words += 1;
    }
    None
}

/// The agent named at `q`, after at most three lowercase words in apposition ("par l’américain
/// X", "par le groupe X", "by the chipmaker X"); a demonym there is no agent, the name after it is.
fn agent_at<'a>(s: &str, ents: &[&'a EntitySpan], q: usize, end: usize) -> Option<&'a EntitySpan> {
    let at = |p: usize| {
        ents.iter()
            .find(|en| en.start >= p && en.start <= p + 1)
            .copied()
    };
    let mut p = q;
    for _ in 0..=3 {
        if p >= end {
            break;
        }
        if let Some(en) = at(p).filter(|en| s[en.start..].starts_with(char::is_uppercase)) {
            return Some(en);
        }
        let e = token_end(s, p);
        if e == p || !s[p..e].starts_with(char::is_lowercase) {
            break;
        }
        p = skip_spaces(s, e);
    }
    at(q)
}

/// "X's $25 billion", "X’s planned $25 billion".
fn possessive_before<'a>(s: &str, ents: &[&'a EntitySpan], start: usize) -> Option<&'a EntitySpan> {
    ents.iter()
        .filter(|e| e.end <= start && start - e.end <= 40)
        .filter(|e| {
            let rest = &s[e.end..start];
            let mut chars = rest.chars();
            let poss = chars.next().is_some_and(is_apostrophe) && chars.next() == Some('s');
            if !poss {
                return false;
            }
            let between = &rest[rest.char_indices().nth(2).map_or(rest.len(), |(i, _)| i)..];
            between.split_whitespace().count() <= 3
                && between
                    .chars()
                    .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-')
        })
        .max_by_key(|e| e.end)
        .copied()
}

fn demoted(s: &str, e: &EntitySpan) -> bool {
    let from = e.start.saturating_sub(80);
    let mut from = from;
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let before = &s[from..e.start];
    // stay in the clause
    let clause = before
        .rsplit([',', '.', ';', ':', '!', '?', '«', '»'])
        .next()
        .unwrap_or(before);
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(lower)
        .collect();
    let tail = &words[words.len().saturating_sub(8)..];
    if tail.iter().any(|w| SOURCE_WORDS.contains(&w.as_str())) {
        return true;
    }
    // a target unless "by/par" comes between ("acquired by X" is the buyer)
    if let Some(ti) = tail
        .iter()
        .rposition(|w| TARGET_WORDS.contains(&w.as_str()))
    {
        return !tail[ti..].iter().any(|w| w == "by" || w == "par");
    }
    false
}

/// Fills `subject` for the figures of one block; `base` is the index of the first one in the
/// whole list (`same_as` counts from there), `num_starts` the start of each one's numeral.
pub fn attribute(
    s: &str,
    figs: &mut [Figure],
    num_starts: &[usize],
    base: usize,
    entities: &[&EntitySpan],
    lang: Lang,
) {
    let ents: Vec<&EntitySpan> = entities
        .iter()
        .filter(|e| {
            usable(e)
                && e.start <= e.end
                && e.end <= s.len()
                && s.is_char_boundary(e.start)
                && s.is_char_boundary(e.end)
        })
        .copied()
        .collect();
    let near: Vec<bool> = ents.iter().map(|e| !demoted(s, e)).collect();
    // Each figure reads only the entities about its sentence: the indices of `ents` by start
    // give that window, put back in `ents`' order (it breaks ties), so that a block of many
    // figures and many entities costs their sum, not their product.
    let mut by_start: Vec<usize> = (0..ents.len()).collect();
    by_start.sort_by_key(|&k| ents[k].start);
    let longest = ents.iter().map(|e| e.end - e.start).max().unwrap_or(0);
    let mut window: Vec<usize> = Vec::new();
    let mut prev: Option<(usize, usize, Option<std::sync::Arc<str>>)> = None; // (sentence start, end, subject)
    for (i, &num_start) in num_starts.iter().enumerate() {
        let c = &figs[i];
        if let Some(j) = c.same_as() {
            let subj = figs[j - base].subject.clone();
            prev = Some((sentence_bounds(s, num_start).0, c.end(), subj.clone()));
            figs[i].subject = subj;
            continue;
        }
        let (ss, se) = sentence_bounds(s, num_start);
        let same_sentence_prev = prev
            .as_ref()
            .filter(|p| p.0 == ss)
            .map(|p| (p.1, p.2.clone()));
        let scope_start = same_sentence_prev.as_ref().map_or(ss, |p| p.0.max(ss));
        // the possessive rule reads 40 bytes before the figure, the agent rule a few words
        // past the sentence's end at most
        let lo = ss.min(c.start().saturating_sub(40 + longest));
        let hi = se.max(c.end()).saturating_add(256);
        let from = by_start.partition_point(|&k| ents[k].start < lo);
        let to = by_start.partition_point(|&k| ents[k].start < hi);
        window.clear();
        window.extend_from_slice(&by_start[from..to]);
        window.sort_unstable();
        let outside = |k: &&usize| ents[**k].end <= c.start() || ents[**k].start >= c.end();
        let all_here: Vec<&EntitySpan> = window.iter().filter(outside).map(|&k| ents[k]).collect();
        let near_here: Vec<&EntitySpan> = window
            .iter()
            .filter(outside)
            .filter(|&&k| near[k])
            .map(|&k| ents[k])
            .collect();
        let name = |e: &EntitySpan| e.name.clone();
        let found = agent_after(s, &all_here, c.end(), se, lang)
            .map(name)
            .or_else(|| possessive_before(s, &all_here, c.start()).map(name))
            .or_else(|| {
                nearest_before(&near_here, scope_start, c.start())
                    .filter(|e| rank(e) < 2)
                    .map(name)
            })
            .or_else(|| same_sentence_prev.as_ref().and_then(|p| p.1.clone()))
            .or_else(|| nearest_before(&near_here, scope_start, c.start()).map(name))
            .or_else(|| nearest_before(&near_here, ss, c.start()).map(name))
            .or_else(|| nearest_after(&near_here, c.end(), se).map(name));
        prev = Some((ss, c.end(), found.clone()));
        figs[i].subject = found;
    }
}

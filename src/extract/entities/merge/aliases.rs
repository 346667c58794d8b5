//! Merges of one body named in two ways that share no words' order: a former name given in
//! apposition ("the agency formerly known as the Valley Bus Authority"), a party named by
//! its members ("the Social Democrats" for "the Social Democratic Party"), a council named
//! by its area alone ("Leeds council" for "Leeds City Council").

use super::{EntityKind, Group, HashMap, claim, join, kind_of};
use crate::extract::entities::text::fold;

/// What opens a body's former name, folded apart from its case.
const FORMERLY: &[&str] = &[
    "formerly known as the ",
    "formerly known as ",
    "previously known as the ",
    "previously known as ",
    "formerly the ",
    "(formerly ",
    "anciennement ",
];

/// (Round 69) Read as [`FORMERLY`], words giving another current name of the body that opens
/// the sentence: "The Water Services Regulation Authority, better known as Ofwat,".
const KNOWN_AS: &[&str] = &[
    "better known as ",
    "also known as ",
    "commonly known as ",
    "connue sous le nom de ",
    "connu sous le nom de ",
];

/// `before` (the text before a name) ends where a sentence starts, an article aside.
fn opens_sentence(before: &str) -> bool {
    let t = before.trim_end();
    let t = ["The", "La", "Le", "Les", "L’", "L'"]
        .iter()
        .find_map(|a| t.strip_suffix(a))
        .unwrap_or(t)
        .trim_end();
    t.is_empty() || t.ends_with(['.', '!', '?', ':', '«', '"', '“'])
}

/// How far back, in bytes, the body a former name belongs to may be named.
const REACH: usize = 160;

/// "the Regional Transit Board, the agency formerly known as the Valley Bus Authority": an
/// organisation's name right after "formerly known as" is the last organisation named before
/// it in the same sentence.
#[inline(never)]
pub(super) fn former_names(blocks: &[&str], groups: &mut [Group]) {
    // (most articles give no former name: one scan for the words before any work)
    // (their first letter in either case: "Formerly known as")
    let has = |b: &&str| {
        b.contains("ormerly")
            || b.contains("reviously")
            || b.contains("ncienn")
            || b.contains("acronym")
            || b.contains("initials")
            || b.contains("sigle")
            || b.contains("nown as")
            || b.contains("sous le nom")
    };
    if !blocks.iter().any(has) {
        return;
    }
    let orgs: Vec<usize> = (0..groups.len())
        .filter(|&i| {
            !groups[i].cands().is_empty() && kind_of(&groups[i]).0 == EntityKind::Organization
        })
        .collect();
    let mut joins = Vec::new();
    for &i in &orgs {
        for c in groups[i].cands() {
            let text = blocks[c.block as usize];
            let start = c.start as usize;
            let before = &text[..start];
            let ends_with = |f: &&str| {
                before.len() >= f.len()
                    && before.is_char_boundary(before.len() - f.len())
                    && before[before.len() - f.len()..].eq_ignore_ascii_case(f)
            };
            // (another current name, "better known as": only the sentence's subject has it,
            // not "The regulator that oversees Thames Water, also known as Ofwat")
            let subject_only = KNOWN_AS.iter().any(ends_with);
            let lead = subject_only
                || FORMERLY.iter().any(ends_with)
                || acronym_named(before, &text[start..c.end as usize]);
            if !lead {
                continue;
            }
            // the nearest organisation ending before it, in the same sentence, an apposition between
            let from = start.saturating_sub(REACH);
            let nearest = orgs
                .iter()
                .filter(|&&t| t != i)
                .flat_map(|&t| groups[t].cands().iter().map(move |d| (t, d)))
                .filter(|(_, d)| {
                    d.block == c.block && (d.end as usize) <= start && (d.end as usize) >= from
                })
                .filter(|(_, d)| {
                    // (an apposition or brackets open after the body: "the agency" is none)
                    let between = &text[d.end as usize..start];
                    between.trim_start().starts_with([',', '('])
                        && !between.contains(['.', '!', '?', ';'])
                })
                .filter(|(_, d)| !subject_only || opens_sentence(&text[..d.start as usize]))
                .max_by_key(|(_, d)| d.end);
            if let Some((t, _)) = nearest {
                joins.push((i, t));
                break;
            }
        }
    }
    for (i, t) in joins {
        if !groups[i].cands().is_empty() {
            join(groups, i, t);
        }
    }
}

/// (Round 65) "the Mozambique Red Cross, known by its Portuguese acronym CVM", "l’Office,
/// connu sous le sigle ONF": an acronym (`name`, all capitals) that the words before it
/// (`before`) give as the body's own, named just before.
fn acronym_named(before: &str, name: &str) -> bool {
    if name.chars().count() < 2 || name.chars().any(char::is_lowercase) {
        return false;
    }
    let tail = before.trim_end();
    let i = tail.char_indices().rev().nth(60).map_or(0, |(i, _)| i);
    let tail = tail[i..].to_lowercase();
    ["acronym", "initials", "sigle", "acronyme"]
        .iter()
        .any(|w| tail.ends_with(w))
        && [
            "known by",
            "known as",
            "connu",
            "connue",
            "désigné",
            "désignée",
        ]
        .iter()
        .any(|w| tail.contains(w))
}

/// "the Social Democrats" and "the Social Democratic Party", "the Republicans" and "the
/// Republican Party": a name ending with a plural of members is the one party named by the
/// same words, the last as an adjective, before "Party".
#[inline(never)]
pub(super) fn parties_by_members(groups: &mut [Group]) {
    let parties: Vec<usize> = (0..groups.len())
        .filter(|&i| {
            let g = &groups[i];
            !g.cands().is_empty()
                && g.ntoks >= 2
                && g.key.ends_with(" party")
                && kind_of(g).0 == EntityKind::Organization
        })
        .collect();
    if parties.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.cands().is_empty() || !g.key.ends_with('s') || g.key.ends_with(" party") {
            continue;
        }
        let toks = g.tokens();
        let (last, head) = toks.split_last().expect("a key has a word");
        let stem = last.trim_end_matches('s');
        if stem.len() < 4 {
            continue;
        }
        let mut found = parties.iter().copied().filter(|&t| {
            let tt = groups[t].tokens();
            tt.len() == toks.len() + 1
                && tt[..head.len()] == *head
                && tt[head.len()].starts_with(stem)
        });
        if let (Some(t), None) = (found.next(), found.next()) {
            // (the words on the stack borrow the group until dropped)
            drop(toks);
            join(groups, i, t);
        }
    }
}

/// "Leeds council" for "Leeds City Council", "Kerry council" for "Kerry County Council": a
/// council named by its area and a lowercase "council" is the one council of that area whose
/// full name the article gives.
#[inline(never)]
pub(super) fn councils_named_short(groups: &mut [Group]) {
    let mut full: HashMap<String, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.ntoks < 3 || g.cands().is_empty() || kind_of(g).0 != EntityKind::Organization {
            continue;
        }
        if let [area @ .., tier, "council"] = &g.tokens()[..]
            && super::places::LOCAL_AREA.contains(tier)
        {
            claim(&mut full, format!("{} council", area.join(" ")), i);
        }
    }
    if full.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.ntoks < 2 || g.gaz.is_some() || g.cands().is_empty() || !g.key.ends_with(" council") {
            continue;
        }
        let key = g.tokens().join(" ");
        if let Some(&Some(t)) = full.get(&key)
            && t != i
        {
            join(groups, i, t);
        }
    }
}

/// (Round 69) "au Figaro" for "Le Figaro", "aux « Echos »" for "Les Echos": a one-word
/// organisation named only after "au", "aux", "du" or "des" (the article fused) is the one
/// organisation of two words named by an article and that word.
#[inline(never)]
pub(super) fn titles_without_article(blocks: &[&str], groups: &mut [Group]) {
    // (a listed title's key is its entry: its words are read from the text, folded)
    let mut titled: HashMap<String, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.cands().is_empty() || kind_of(g).0 != EntityKind::Organization {
            continue;
        }
        let name = g.longest(blocks);
        if let Some((article, word)) = name.split_once(' ')
            && matches!(article, "Le" | "La" | "Les" | "The")
            && !word.contains(' ')
        {
            claim(&mut titled, fold(word), i);
        }
    }
    if titled.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.ntoks != 1 || g.cands().is_empty() || kind_of(g).0 != EntityKind::Organization {
            continue;
        }
        let Some(&Some(t)) = titled.get(g.key) else {
            continue;
        };
        // (each mention after the article fused with "à" or "de": not "The Athletic" and the
        // club "Athletic", "Les Républicains" and the US "Républicains")
        let fused = g.cands().iter().all(|c| {
            let before = blocks[c.block as usize][..c.start as usize]
                .trim_end_matches([' ', '\u{a0}', '«', '\u{202f}']);
            let w = before.rsplit([' ', '\u{a0}']).next().unwrap_or("");
            matches!(w, "au" | "aux" | "du" | "des")
        });
        if fused && t != i {
            join(groups, i, t);
        }
    }
}

/// (round 52) "An Brollach, the Heritage Trust for Ireland,": an Irish body named with its
/// article, then its English name in apposition straight after ", the ": one body, the
/// English name an alias running through "for" and its place.
#[inline(never)]
pub(super) fn irish_bodies_in_apposition(blocks: &[&str], groups: &mut [Group]) {
    // (most articles name no such body: the keys answer first)
    let irish: Vec<usize> = (0..groups.len())
        .filter(|&i| {
            let g = &groups[i];
            g.gaz.is_none()
                && g.key.starts_with("an ")
                && !g.cands().is_empty()
                && kind_of(g).0 == EntityKind::Organization
        })
        .collect();
    if irish.is_empty() {
        return;
    }
    // the places after the bodies' names: (block, offset of the English name, its first word
    // folded, the body)
    let mut at: Vec<(u32, u32, String, usize)> = Vec::new();
    for &i in &irish {
        for c in groups[i].cands() {
            let rest = &blocks[c.block as usize][c.end as usize..];
            if let Some(name) = rest.strip_prefix(", the ")
                && name.starts_with(|c: char| c.is_uppercase())
            {
                let word = name.split([' ', ',']).next().unwrap_or("");
                at.push((c.block, c.end + 6, word.to_lowercase(), i));
            }
        }
    }
    if at.is_empty() {
        return;
    }
    let mut joins = Vec::new();
    for (o, g) in groups.iter_mut().enumerate() {
        // (the key's first word first: the cheapest refusal; a known name's key is its entry's
        // number: "the National Trust for Scotland" opens with a known one)
        if g.gaz.is_none() && !at.iter().any(|a| g.key.starts_with(a.2.as_str())) {
            continue;
        }
        let Some(t) = g.cands().iter().find_map(|c| {
            at.iter()
                .find(|a| a.0 == c.block && a.1 == c.start)
                .map(|a| a.3)
        }) else {
            continue;
        };
        // (a name guessed a place by its words is the body's too: "the Road Watchdog")
        if t == o || kind_of(g).0 == EntityKind::Person {
            continue;
        }
        // ("the Heritage Trust for Ireland": the remit's place after "for" is the name's)
        for c in g.cands_mut() {
            let text = blocks[c.block as usize];
            if let Some(end) = for_place_end(text, c.end as usize) {
                c.end = end as u32;
            }
        }
        joins.push((o, t));
    }
    for (i, t) in joins {
        join(groups, i, t);
    }
}

/// (Round 69) "apportés par Innosuisse, l’Agence suisse pour l’encouragement de l’innovation,
/// le laboratoire…": a one-word organisation after a lowercase word, then ", ", an article and
/// an organisation's name of three words or more, then a comma and the clause going on in
/// lowercase (or an acronym in brackets), is that body's full name. A list goes on with
/// another name or "and" ("Meta, the European Data Protection Board, Google and Apple").
#[inline(never)]
pub(super) fn full_names_in_apposition(blocks: &[&str], groups: &mut [Group]) {
    const ARTICLES: &[&str] = &[", l’", ", l'", ", la ", ", le ", ", the "];
    // (block, offset where the full name would start, the short body)
    let mut at: Vec<(u32, u32, usize)> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        // (named with some evidence: not "Contactée, l’Agence…", a participle guessed a name)
        if g.ntoks != 1
            || g.cands().is_empty()
            || !matches!(kind_of(g), (EntityKind::Organization, s) if s >= 1)
        {
            continue;
        }
        for c in g.cands() {
            let text = blocks[c.block as usize];
            let rest = &text[c.end as usize..];
            // (after a lowercase word: not "Chez Renault, la Direction…", "Besides Airbnb, the
            // Department…", a fronted phrase)
            let before = text[..c.start as usize].trim_end();
            let after_lower = before
                .rsplit([' ', '\u{a0}'])
                .next()
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_lowercase);
            if !after_lower {
                continue;
            }
            if let Some(a) = ARTICLES.iter().find(|a| rest.starts_with(**a))
                && rest[a.len()..].starts_with(|c: char| c.is_uppercase())
            {
                at.push((c.block, c.end + a.len() as u32, i));
            }
        }
    }
    if at.is_empty() {
        return;
    }
    let mut joins = Vec::new();
    for (o, g) in groups.iter().enumerate() {
        if g.ntoks < 3 || g.cands().is_empty() || kind_of(g).0 != EntityKind::Organization {
            continue;
        }
        let Some(t) = g.cands().iter().find_map(|c| {
            let after = &blocks[c.block as usize][c.end as usize..];
            // (the clause goes on in lowercase, or an acronym follows: not a list, "Meta, the
            // European Data Protection Board, Google and Apple", "Doctolib, la Caisse…")
            let closes = after.starts_with(" (")
                || after.strip_prefix(", ").is_some_and(|r| {
                    r.starts_with(char::is_lowercase)
                        && !r.starts_with("and ")
                        && !r.starts_with("et ")
                        && !r.starts_with("or ")
                        && !r.starts_with("ou ")
                });
            at.iter()
                .find(|a| closes && a.0 == c.block && a.1 == c.start)
                .map(|a| a.2)
        }) else {
            continue;
        };
        if t != o {
            joins.push((t, o));
        }
    }
    for (i, t) in joins {
        join(groups, i, t);
    }
}

/// " for " or " of " and one capitalised word straight after `end` in `text`: the end of that
/// word.
fn for_place_end(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?;
    let rest = rest
        .strip_prefix(" for ")
        .or_else(|| rest.strip_prefix(" of "))?;
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let len = rest
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .unwrap_or(rest.len());
    Some(text.len() - rest.len() + len)
}

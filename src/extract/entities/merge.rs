//! Merging candidate mentions into entities.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

mod aliases;

use super::candidates::Cand;
use super::dates::DateHit;
use super::gazetteer::GAZ;
use super::places::NameSpans;
use super::text::{fold, fold_into, follows_capital, is_word_char, runs_on, with_folded};
use crate::extract::types::{Entity, EntityKind, Lang, Mention};

struct Group {
    key: String,
    /// The number of words of `key` ([`tokens_of`]).
    ntoks: usize,
    /// The byte ranges of those words in `key`, found once: [`Group::tokens`].
    spans: Vec<(u32, u32)>,
    gaz: Option<usize>,
    /// The mentions: read with [`Group::cands`], changed only through [`Group::cands_mut`],
    /// which forgets the cached [`kind_of`].
    mentions: Vec<Cand>,
    /// [`kind_of`] the group, once computed, until its mentions change (the passes ask it of
    /// every group again and again: some 50,000 times a MiB of text).
    kind: std::cell::Cell<Option<(EntityKind, u8)>>,
    /// The mention [`longest_cand`] picks (block, start, end), cached like `kind`.
    longest: std::cell::Cell<Option<(u32, u32, u32)>>,
}

impl Group {
    fn new(key: String, gaz: Option<usize>) -> Self {
        let mut spans = Vec::new();
        let mut rest = key.as_str();
        while let Some((tok, after)) = next_token(rest) {
            let start = key.len() - after.len() - tok.len();
            spans.push((start as u32, (start + tok.len()) as u32));
            rest = after;
        }
        Group {
            ntoks: spans.len(),
            spans,
            key,
            gaz,
            mentions: Vec::new(),
            kind: std::cell::Cell::new(None),
            longest: std::cell::Cell::new(None),
        }
    }

    /// [`longest_cand`] the group's mentions, found once until they change.
    fn longest<'a>(&self, blocks: &[&'a str]) -> &'a str {
        let (b, start, end) = match self.longest.get() {
            Some(at) => at,
            None => {
                let c = longest_cand(blocks, &self.mentions);
                let at = (c.block, c.start, c.end);
                self.longest.set(Some(at));
                at
            }
        };
        &blocks[b as usize][start as usize..end as usize]
    }

    /// [`tokens_of`] the key, from the ranges found when the group was made.
    fn tokens(&self) -> Vec<&str> {
        self.spans
            .iter()
            .map(|&(a, b)| &self.key[a as usize..b as usize])
            .collect()
    }

    fn cands(&self) -> &Vec<Cand> {
        &self.mentions
    }

    fn cands_mut(&mut self) -> &mut Vec<Cand> {
        self.kind.set(None);
        self.longest.set(None);
        &mut self.mentions
    }
}

fn kind_of(g: &Group) -> (EntityKind, u8) {
    if let Some(k) = g.kind.get() {
        return k;
    }
    let k = compute_kind(&g.mentions);
    g.kind.set(Some(k));
    k
}

fn compute_kind(cands: &[Cand]) -> (EntityKind, u8) {
    // the kinds at the highest strength in the order they first appear, on the stack (five
    // kinds at most), in one pass: a higher strength starts the count again
    let mut max = None;
    let mut slots = [(EntityKind::Other, 0usize); 5];
    let mut len = 0;
    for c in cands {
        match max {
            Some(m) if c.strength < m => continue,
            Some(m) if c.strength == m => {}
            _ => {
                max = Some(c.strength);
                len = 0;
            }
        }
        match slots[..len].iter_mut().find(|(k, _)| *k == c.kind) {
            Some((_, n)) => *n += 1,
            None => {
                slots[len] = (c.kind, 1);
                len += 1;
            }
        }
    }
    let counts = &slots[..len];
    let kind = counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map(|(k, _)| *k)
        .unwrap_or(EntityKind::Other);
    // a guess: an organisation is the default of a name with no cue, a place always has one
    // ("the outskirts of Savona" and "a worker from Savona"): a tie goes to the place
    let n = |k: EntityKind| counts.iter().find(|c| c.0 == k).map_or(0, |c| c.1);
    // ("the Motherwell plant … in Motherwell": one place cue among default guesses, with no cue
    // of an organisation, is the only evidence there is: over held-out sets 3-25, 17 of 18 such
    // names were places)
    let max = max.unwrap_or(0);
    if max <= 1 && kind == EntityKind::Organization && n(EntityKind::Place) > 0 {
        return (EntityKind::Place, max);
    }
    (kind, max)
}

fn tokens_of(key: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(4);
    let mut rest = key;
    while let Some((tok, after)) = next_token(rest) {
        out.push(tok);
        rest = after;
    }
    out
}

/// The first word of `s` split at spaces and no-break spaces, and what follows it; byte by
/// byte (a split on a pattern of two chars decodes every char: it cost 500 instructions a key).
fn next_token(s: &str) -> Option<(&str, &str)> {
    let b = s.as_bytes();
    // the width of a separator at `i`: ' ', or U+00A0 (0xC2 0xA0 in UTF-8)
    let sep = |i: usize| match b[i] {
        b' ' => 1,
        0xC2 if b.get(i + 1) == Some(&0xA0) => 2,
        _ => 0,
    };
    let mut start = 0;
    while start < b.len() {
        let w = sep(start);
        if w == 0 {
            break;
        }
        start += w;
    }
    if start == b.len() {
        return None;
    }
    let mut end = start;
    while end < b.len() && sep(end) == 0 {
        end += 1;
    }
    Some((&s[start..end], &s[end..]))
}

/// Merges candidates and dates into the final, sorted entity list.
/// `parts` are the candidates of consecutive ranges of blocks, in order: each is freed as soon
/// as it is grouped (a large document has millions of candidates).
///
/// The passes it calls once each are `#[inline(never)]`: free at one call, and callgrind then
/// shows each pass's own cost (how round 30's speed pass found where the time went).
pub fn merge(
    blocks: &[&str],
    parts: Vec<Vec<Cand>>,
    dates: Vec<(usize, DateHit)>,
    mid_caps: &HashSet<String>,
    lang: Lang,
) -> Vec<Entity> {
    let mut parts = parts;
    let seeds = place_seeds(blocks, &parts);
    for part in &mut parts {
        coordinated_places(blocks, &seeds, part);
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::default();
    // the key is built in one buffer: a string is made only for a new group
    let mut key = String::new();
    for c in parts.into_iter().flatten() {
        key.clear();
        match c.gaz {
            Some(e) => {
                // "\u{1}" and the entry's number in decimal, without the formatting machinery
                key.push('\u{1}');
                let (mut digits, mut at, mut n) = ([0u8; 10], 10, e);
                loop {
                    at -= 1;
                    digits[at] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                key.extend(digits[at..].iter().map(|&d| char::from(d)));
            }
            None => fold_into(c.text(blocks), &mut key),
        }
        let i = match index.get(&key) {
            Some(&i) => i,
            None => {
                groups.push(Group::new(key.clone(), c.gaz.map(|g| g as usize)));
                index.insert(key.clone(), groups.len() - 1);
                groups.len() - 1
            }
        };
        groups[i].cands_mut().push(c);
    }

    join_gazetteer_forms(blocks, &mut groups);
    short_forms_of_places(&mut groups);
    short_forms_of_orgs(&mut groups);
    acronyms_of_names(blocks, &mut groups);
    acronyms_in_brackets(blocks, &mut groups);
    short_forms_of_org_names(blocks, &mut groups);
    names_without_descriptors(blocks, &mut groups);
    tails_of_org_names(blocks, &mut groups);
    heads_named_after(blocks, &mut groups);
    rivers_named_short(blocks, &mut groups);
    places_named_short(blocks, &mut groups);
    aliases::former_names(blocks, &mut groups);
    aliases::parties_by_members(&mut groups);
    // persons with several tokens, by folded first/last token
    let mut by_token: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.gaz.is_some() || kind_of(g).0 != EntityKind::Person {
            continue;
        }
        let toks = g.tokens();
        if toks.len() >= 2 {
            // ("Carlos Vidal Serrano … Mr Vidal": a given name, then two family names, the
            // first of which is the one used alone)
            let middle = (toks.len() == 3
                && GAZ.sets.given_names.contains(toks[0])
                && !GAZ.sets.given_names.contains(toks[1])
                && !GAZ.sets.function_words.contains(toks[1]))
            .then(|| toks[1]);
            for t in [toks[0], toks[toks.len() - 1]].into_iter().chain(middle) {
                let v = by_token.entry(t.to_string()).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
    }
    let mut alive = vec![true; groups.len()];
    // a person named again by one of their names alone ("Okonjo said")
    let mut named_again = vec![false; groups.len()];
    for i in 0..groups.len() {
        if groups[i].gaz.is_some() || groups[i].ntoks != 1 {
            continue;
        }
        let target = by_token
            .get(&groups[i].key)
            .filter(|v| v.len() == 1)
            .map(|v| v[0]);
        if let Some(t) = target
            && t != i
            && !place_kept_apart(&groups[i], &groups[t])
        {
            let moved: Vec<Cand> = std::mem::take(groups[i].cands_mut());
            // ("Plate steel is…" opening a sentence after "Dunmore Plate": a word that only
            // opens sentences, unconfirmed, is no evidence that the longer name is a person's)
            let evidence = moved.iter().any(|c| c.strength > 0);
            groups[t].cands_mut().extend(moved.into_iter().map(|mut c| {
                c.kind = EntityKind::Person;
                c.strength = c.strength.max(1);
                c
            }));
            alive[i] = false;
            named_again[t] |= evidence;
        }
    }
    // a person named again by a surname of several words ("Le Pen" after "Marine Le Pen",
    // "Ó Briain" after "Oisín Ó Briain"): the only longer person name ending with those words
    for i in 0..groups.len() {
        if !alive[i]
            || groups[i].gaz.is_some()
            || groups[i].ntoks < 2
            || kind_of(&groups[i]).0 != EntityKind::Person
        {
            continue;
        }
        let toks = groups[i].tokens();
        let Some(cands) = by_token.get(toks[toks.len() - 1]) else {
            continue;
        };
        let mut targets = cands.iter().copied().filter(|&t| {
            t != i
                && alive[t]
                && groups[t].ntoks > toks.len()
                && groups[t].tokens().ends_with(&toks)
        });
        if let (Some(t), None) = (targets.next(), targets.next()) {
            let moved: Vec<Cand> = std::mem::take(groups[i].cands_mut());
            groups[t].cands_mut().extend(moved);
            alive[i] = false;
            named_again[t] = true;
        }
    }
    surnames_named_like_places(blocks, &mut groups, &alive, &mut named_again);
    // A multi-word name taken for a person only by default (no given name, title, verb of
    // saying or apposition) and never named again by one word is rather an organisation:
    // "Companies House", "Major League Soccer", "Riverline Analytics". News articles name
    // people again by their surname.
    for (i, g) in groups.iter_mut().enumerate() {
        if alive[i]
            && !named_again[i]
            && g.gaz.is_none()
            && kind_of(g) == (EntityKind::Person, 1)
            && g.ntoks >= 2
        {
            // ("the National Geology and Mining Service", "Boxing Day 2015"): a name that runs
            // on into more capitals at each mention is a piece of a longer one, no name
            if g.cands().iter().all(|c| {
                let text = blocks[c.block as usize];
                runs_on(text, c.end as usize) || follows_capital(text, c.start as usize)
            }) {
                alive[i] = false;
                continue;
            }
            for c in g
                .cands_mut()
                .iter_mut()
                .filter(|c| c.kind == EntityKind::Person)
            {
                c.kind = EntityKind::Organization;
            }
        }
    }

    let common = common_words(blocks, &groups, &alive);
    // the kind of each group that becomes an entity
    let kept: Vec<Option<EntityKind>> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            if !alive[i] || g.cands().is_empty() || common[i] {
                return None;
            }
            let (kind, strength) = kind_of(g);
            if strength == 0 && !mid_caps.contains(&g.key) {
                return None;
            }
            // "the Tudor warship", "la Traviata", "Kelowna recorded": a lone unknown word guessed
            // an organisation, with no cue and named once, is as often a place, a modifier or a
            // piece of a longer name (measured over held-out sets 3-25: 35 organisations of 85
            // scored)
            if kind == EntityKind::Organization
                && strength <= 1
                && g.gaz.is_none()
                && !g.key.contains([' ', '\u{a0}'])
                && g.cands().len() < 2
            {
                return None;
            }
            Some(kind)
        })
        .collect();
    // the mentions of the bodies, people and other names kept
    let names = NameSpans::new(
        groups
            .iter()
            .zip(&kept)
            .filter(|(_, k)| k.is_some_and(|k| k != EntityKind::Place))
            .flat_map(|(g, _)| g.cands().iter())
            .filter(|c| !super::places::region_body(blocks, c))
            .map(|c| (c.block, c.start, c.end))
            .collect(),
    );
    let mut out: Vec<Entity> = Vec::new();
    for (mut g, k) in groups.into_iter().zip(kept) {
        let Some(kind) = k else {
            continue;
        };
        // "la Fédération générale du travail de Belgique", "le vignoble de Bordeaux Supérieur":
        // a place named only inside a longer name of another kind is not named (over read sets
        // 3-29: 15 such places, none in the annotations)
        if kind == EntityKind::Place {
            g.cands_mut().retain(|c| !names.holds(c));
            if g.cands().is_empty() {
                continue;
            }
        }
        // "des skieurs belges", "Dutch investors": a country named only by its people's
        // adjective is not named
        if kind == EntityKind::Place && g.cands().iter().all(|c| c.demonym) {
            continue;
        }
        let mentions = mentions_of(g.cands());
        let name = match g.gaz {
            Some(e) => text_apostrophe(GAZ.entries[e].name(lang), blocks, &mentions),
            None => longest(blocks, &mentions),
        };
        out.push(entity(blocks, name, kind, mentions, None));
    }
    out.extend(date_entities(blocks, dates));
    out.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    out
}

/// The ASCII bytes of a word for [`common_words`]: letters, digits and hyphens (the bytes
/// above ASCII are false: their char is decoded).
const WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'-' as usize;
        b += 1;
    }
    t
};

/// "Layoffs hit…", "le Logement", "Residents say": a lone capitalised word taken for an
/// organisation by default (no cue, no list) that the article writes in lowercase at least as
/// often is a common word, no name. One pass over the text's words, each looked up among those.
#[inline(never)]
fn common_words(blocks: &[&str], groups: &[Group], alive: &[bool]) -> Vec<bool> {
    let mut common = vec![false; groups.len()];
    let mut words: Vec<String> = Vec::new();
    let mut of_word: Vec<usize> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        if !alive[i] || g.gaz.is_some() || g.cands().is_empty() || g.key.contains([' ', '\u{a0}']) {
            continue;
        }
        let (kind, strength) = kind_of(g);
        if kind != EntityKind::Organization || strength > 1 {
            continue;
        }
        let text = g.cands()[0].text(blocks);
        let mut chars = text.chars();
        // a capital, then lowercase letters only ("SAMU", "McKinsey" are no common words)
        if !chars.next().is_some_and(char::is_uppercase)
            || !chars.all(char::is_lowercase)
            || text.len() < 3
        {
            continue;
        }
        words.push(text.to_lowercase());
        of_word.push(i);
    }
    if words.is_empty() {
        return common;
    }
    // (keyed by bytes: the text's words are cut at char boundaries, and looked up unchecked)
    let index: HashMap<&[u8], usize> = words
        .iter()
        .enumerate()
        .map(|(w, s)| (s.as_bytes(), w))
        .collect();
    let longest = words.iter().map(String::len).max().unwrap_or(0);
    let mut lower = vec![0usize; words.len()];
    // the words' first two bytes, last byte and length, hashed to bits: most of the text's words
    // are no such word, and fewer pass this than the first two bytes alone
    let mut heads = vec![0u64; 1024];
    let head = |t: &[u8]| {
        let h = (usize::from(t[0]) << 8 | usize::from(t[1])) ^ usize::from(t[t.len() - 1]) << 5;
        (h ^ t.len() << 11) & 0xffff
    };
    for w in words.iter().filter(|w| w.len() >= 3) {
        let h = head(w.as_bytes());
        heads[h / 64] |= 1 << (h % 64);
    }
    let mut count = |token: &[u8]| {
        if token.len() >= 3
            && token.len() <= longest
            && heads[head(token) / 64] & 1 << (head(token) % 64) != 0
            && let Some(&w) = index.get(token)
        {
            lower[w] += 1;
        }
    };
    // whole words only: runs of letters, digits and hyphens (ASCII judged by byte)
    for b in blocks {
        let bytes = b.as_bytes();
        let mut start = 0;
        let mut i = 0;
        // (one byte at a time, ASCII judged by the table: this pass reads the whole text)
        while i < bytes.len() {
            let byte = bytes[i];
            if WORD_BYTE[usize::from(byte)] {
                i += 1;
            } else if byte.is_ascii() {
                count(&bytes[start..i]);
                i += 1;
                start = i;
            } else {
                let c = b[i..].chars().next().unwrap_or(' ');
                let len = c.len_utf8();
                if !is_word_char(c) {
                    count(&bytes[start..i]);
                    start = i + len;
                }
                i += len;
            }
        }
        count(&bytes[start..]);
    }
    for (w, &i) in of_word.iter().enumerate() {
        // (two groups may share a word: its count is under the slot the index kept)
        common[i] = lower[index[words[w].as_bytes()]] >= groups[i].cands().len();
    }
    common
}

/// Words after which a known place's name is that place, not a person's surname ("à
/// Narbonne", "near Kingston", "the Stirling area").
const PLACE_LEAD: &[&str] = &[
    "a", "au", "aux", "en", "de", "du", "des", "d", "dans", "vers", "pres", "sur", "pour", "par",
    "et", "ou", "le", "la", "l", "les", "entre", "in", "at", "near", "from", "to", "of", "into",
    "outside", "around", "across", "via", "and", "or", "the", "between", "toward", "towards",
    "for", "by", "on",
];

/// "Sylvie Narbonne … Mme Narbonne", "Glenn Stirling … Stirling added": a known place's name
/// that is the surname of the one person of the article named with it, standing where no
/// preposition or article puts a place, names that person.
#[inline(never)]
fn surnames_named_like_places(
    blocks: &[&str],
    groups: &mut [Group],
    alive: &[bool],
    named_again: &mut [bool],
) {
    // the people's groups by their folded last word (one person a surname, else none)
    let mut by_last: HashMap<String, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if !alive[i] || g.gaz.is_some() || kind_of(g).0 != EntityKind::Person {
            continue;
        }
        let toks = g.tokens();
        if toks.len() >= 2 {
            claim(&mut by_last, toks[toks.len() - 1].to_string(), i);
        }
    }
    if by_last.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        if !alive[i]
            || g.gaz.is_none()
            || kind_of(g).0 != EntityKind::Place
            || g.cands().iter().any(|c| c.demonym)
        {
            continue;
        }
        let mut moved = Vec::new();
        let mut kept = Vec::new();
        for c in std::mem::take(groups[i].cands_mut()) {
            let text = c.text(blocks);
            let target = (!text.contains([' ', '\u{a0}', '-']))
                .then(|| with_folded(text, |f| by_last.get(f).copied().flatten()))
                .flatten();
            match target {
                Some(t) if !after_place_lead(blocks[c.block as usize], c.start as usize) => {
                    moved.push((t, c))
                }
                _ => kept.push(c),
            }
        }
        *groups[i].cands_mut() = kept;
        for (t, mut c) in moved {
            c.kind = EntityKind::Person;
            c.strength = 2;
            c.gaz = None;
            groups[t].cands_mut().push(c);
            named_again[t] = true;
        }
    }
}

/// "the north coast of Kinlochard" after "plans for Orbital Base Kinlochard": a lone word with
/// evidence of a place is not the surname of a longer name taken for a person only by default
/// (no given name, title or verb of saying), unless a particle joins that name ("Jean de
/// Brienne").
fn place_kept_apart(word: &Group, person: &Group) -> bool {
    let (kind, strength) = kind_of(word);
    kind == EntityKind::Place
        && strength >= 1
        && kind_of(person) == (EntityKind::Person, 1)
        && !person
            .tokens()
            .iter()
            .any(|t| matches!(*t, "de" | "d" | "du" | "des" | "of" | "von" | "van" | "da"))
}

/// The word before byte `start` of `text` puts a place there ([`PLACE_LEAD`]).
fn after_place_lead(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end().trim_end_matches(['’', '\'']);
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, ch)| !ch.is_alphabetic())
        .map_or(0, |(i, ch)| i + ch.len_utf8());
    let word = &before[word_start..];
    !word.is_empty() && with_folded(word, |f| PLACE_LEAD.contains(&f))
}

fn mentions_of(cands: &[Cand]) -> Vec<Mention> {
    let mut v: Vec<Mention> = cands
        .iter()
        .map(|c| Mention::new(c.block as usize, c.start as usize, c.end as usize))
        .collect();
    v.sort_by_key(|m| (m.block(), m.start(), m.end()));
    v.dedup_by_key(|m| (m.block(), m.start(), m.end()));
    v
}

/// A gazetteer name written with the apostrophe its mentions use ("Conseil d’État" for the
/// entry "Conseil d'État" in a text that types ’), the entry's own when none has one.
fn text_apostrophe(name: &str, blocks: &[&str], mentions: &[Mention]) -> String {
    if !name.contains(['\'', '’']) {
        return name.to_string();
    }
    let used = mentions
        .iter()
        .find_map(|m| m.text(blocks).chars().find(|&c| c == '\'' || c == '’'));
    match used {
        Some(a) => name.replace(['\'', '’'], a.encode_utf8(&mut [0; 4])),
        None => name.to_string(),
    }
}

/// [`longest`] of [`mentions_of`] `cands`, borrowed and without building the list: the first
/// mention by (block, start, end) of the most chars.
fn longest_cand<'c>(blocks: &[&str], cands: &'c [Cand]) -> &'c Cand {
    let mut best: Option<((u32, u32, u32), usize, &'c Cand)> = None;
    for c in cands {
        let n = c.text(blocks).chars().count();
        let at = (c.block, c.start, c.end);
        if best.is_none_or(|(b, m, _)| n > m || (n == m && at < b)) {
            best = Some((at, n, c));
        }
    }
    best.expect("a group with mentions").2
}

fn longest(blocks: &[&str], mentions: &[Mention]) -> String {
    // (the first of the most chars: the best's count kept, not counted again at each mention)
    let mut best = mentions[0].text(blocks);
    let mut most = best.chars().count();
    for m in &mentions[1..] {
        let text = m.text(blocks);
        let n = text.chars().count();
        if n > most {
            (best, most) = (text, n);
        }
    }
    best.to_string()
}

fn entity(
    blocks: &[&str],
    name: String,
    kind: EntityKind,
    mentions: Vec<Mention>,
    value: Option<String>,
) -> Entity {
    let mut aliases: Vec<String> = Vec::new();
    for m in &mentions {
        let text = m.text(blocks);
        if text != name && !aliases.iter().any(|a| a == text) {
            aliases.push(text.to_string());
        }
    }
    Entity {
        name,
        kind,
        aliases,
        mentions,
        value,
    }
}

#[inline(never)]
fn date_entities(blocks: &[&str], dates: Vec<(usize, DateHit)>) -> Vec<Entity> {
    let mut groups: Vec<(String, Option<String>, Vec<Mention>)> = Vec::new();
    for (b, d) in dates {
        let text = &blocks[b][d.start..d.end];
        let key = d.value.clone().unwrap_or_else(|| fold(text));
        let m = Mention::new(b, d.start, d.end);
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.2.push(m),
            None => groups.push((key, d.value, vec![m])),
        }
    }
    groups
        .into_iter()
        .map(|(_, value, mentions)| {
            let name = longest(blocks, &mentions);
            entity(blocks, name, EntityKind::Date, mentions, value)
        })
        .collect()
}

/// Text between two names that coordinates them ("X, Y et Z", "Samatan et de Lombez").
fn coordinating(between: &str) -> bool {
    // folding never makes a char fewer, and no coordination folds to more than 7 chars: a
    // longer text is rejected before it is folded (most of it is whole sentences); 64 bytes
    // or more are 16 chars or more (a char is 4 bytes at most), without counting them
    let trimmed = between.trim();
    let core = trimmed.trim_start_matches(',').trim();
    if core.len() >= 64 || core.chars().nth(15).is_some() {
        return false;
    }
    // every coordination but the empty one opens with "e", "a" or "o" folded, and the folded
    // text opens as `core` does: any other ASCII first byte is refused before folding
    if core
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii() && !matches!(b.to_ascii_lowercase(), b'e' | b'a' | b'o'))
    {
        return false;
    }
    with_folded(trimmed, |b| {
        let b = b.trim_start_matches(',').trim();
        matches!(
            b,
            "" | "et"
                | "and"
                | "ou"
                | "or"
                | "et de"
                | "et d'"
                | "et du"
                | "ou de"
                | "et la"
                | "et le"
                | "et a"
                | "ou a"
                | "et en"
                | "et l'"
                | "and the"
                | "or the"
        )
    }) && !trimmed.is_empty()
}

/// A name of one or two words guessed without evidence (strength <= 1, no gazetteer) that is
/// coordinated with a place is a place too ("À Auch, Condom et Lectoure").
/// The folded names taken for places anywhere: evidence for the words listed with them.
#[inline(never)]
fn place_seeds(blocks: &[&str], parts: &[Vec<Cand>]) -> HashSet<String> {
    let mut seeds = HashSet::default();
    for c in parts.iter().flatten() {
        if c.kind == EntityKind::Place && c.strength >= 1 && !c.demonym {
            with_folded(c.text(blocks), |f| {
                if !seeds.contains(f) {
                    seeds.insert(f.to_string());
                }
            });
        }
    }
    seeds
}

/// `cands`: the candidates of consecutive blocks, in block order (a coordination never spans
/// two blocks).
#[inline(never)]
fn coordinated_places(blocks: &[&str], seeds: &HashSet<String>, cands: &mut [Cand]) {
    // (not a people's adjective: "Sweden's Apotek Hjärtat and the Dutch chain")
    let is_place = |c: &Cand| {
        (c.kind == EntityKind::Place && c.strength >= 1 && !c.demonym)
            || with_folded(c.text(blocks), |f| seeds.contains(f))
    };
    let mut order: Vec<usize> = (0..cands.len()).collect();
    // (a stable sort of candidates already in order leaves them so: not sorted then)
    if !cands.is_sorted_by_key(|c| (c.block, c.start)) {
        order.sort_by_key(|&i| (cands[i].block, cands[i].start));
    }
    // (two words too: "near Outlook, Swift Current and Melfort")
    let guess = |c: &Cand, text: &str| {
        c.gaz.is_none() && c.strength <= 1 && text[c.range()].matches([' ', '\u{a0}']).count() <= 1
    };
    // the coordinated neighbours, found once: the passes below change kinds, not the text
    let pairs: Vec<(usize, usize)> = order
        .windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|&(a, b)| {
            let (a, b) = (&cands[a], &cands[b]);
            a.block == b.block
                && a.end <= b.start
                && coordinating(&blocks[a.block as usize][a.end as usize..b.start as usize])
        })
        .collect();
    // a few passes propagate along a list in both directions
    for _ in 0..3 {
        let mut changed = false;
        for &(a, b) in &pairs {
            let text = blocks[cands[a].block as usize];
            for (x, y) in [(a, b), (b, a)] {
                if is_place(&cands[x]) && guess(&cands[y], text) {
                    cands[y].kind = EntityKind::Place;
                    cands[y].strength = 2;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
}

/// Organisations are shortened to their first word ("Helixa Bio" → "Helixa"),
/// people to their last: a multi-word name guessed as a person (no cue) whose
/// first word, not a given name, also stands alone while its last word never
/// does, is an organisation.
#[inline(never)]
fn short_forms_of_orgs(groups: &mut [Group]) {
    let singles: HashSet<String> = groups
        .iter()
        .filter(|g| g.gaz.is_none() && g.ntoks == 1)
        .map(|g| g.key.clone())
        .collect();
    let pairs: HashSet<String> = groups
        .iter()
        .filter(|g| g.gaz.is_none() && g.ntoks == 2)
        .map(|g| g.tokens().join(" "))
        .collect();
    for g in groups.iter_mut() {
        if g.gaz.is_some() || g.ntoks < 2 {
            continue;
        }
        let (kind, strength) = kind_of(g);
        if kind != EntityKind::Person || strength > 1 {
            continue;
        }
        let toks = g.tokens();
        let (first, last) = (toks[0], toks[toks.len() - 1]);
        // "Ó Briain" after "Oisín Ó Briain": a surname of two words stands alone too
        let surname2 = toks.len() >= 3 && pairs.contains(&toks[toks.len() - 2..].join(" "));
        if singles.contains(first)
            && !singles.contains(last)
            && !surname2
            && !GAZ.sets.given_names.contains(first)
        {
            for c in g.cands_mut() {
                c.kind = EntityKind::Organization;
            }
        }
    }
}

/// Records group `i` under `key`, or no group once another is there: the one name a short form
/// may stand for.
fn claim(map: &mut HashMap<String, Option<usize>>, key: String, i: usize) {
    let entry = map.entry(key).or_insert(Some(i));
    if *entry != Some(i) {
        *entry = None;
    }
}

/// Moves the candidates of group `i` into group `t`, as mentions of its kind and evidence.
fn join(groups: &mut [Group], i: usize, t: usize) {
    let (kind, strength) = kind_of(&groups[t]);
    let gaz = groups[t].gaz;
    let moved: Vec<Cand> = std::mem::take(groups[i].cands_mut());
    groups[t].cands_mut().extend(moved.into_iter().map(|mut c| {
        c.kind = kind;
        c.strength = c.strength.max(strength);
        c.gaz = gaz.map(|g| g as u32);
        c
    }));
}

/// `t` without a French elided article or "de" before it ("l’Ademe" -> "Ademe").
fn without_elision(t: &str) -> &str {
    ["l'", "d'", "l’", "d’"]
        .iter()
        .find_map(|e| t.strip_prefix(e))
        .unwrap_or(t)
}

/// A group named in the text, no gazetteer entry, of organisation kind.
fn unlisted_org(g: &Group) -> bool {
    !g.cands().is_empty() && g.gaz.is_none() && kind_of(g).0 == EntityKind::Organization
}

/// "Road Haulage Association … the RHA", "Organisation mondiale de la santé (OMS)": an acronym
/// in capitals whose letters are the initials of the words of one longer name of the article
/// (an organisation's, a place's or another thing's, not a person's), its function words left
/// out or counted, is that name again. Two names with the same initials leave it alone.
#[inline(never)]
fn acronyms_of_names(blocks: &[&str], groups: &mut [Group]) {
    let initial = |t: &str| {
        let t = without_elision(t);
        t.chars().next().filter(|c| c.is_alphanumeric())
    };
    let mut by_initials: HashMap<String, Option<usize>> = HashMap::default();
    // "CHU de Bouaké" for "Centre hospitalier universitaire de Bouaké": the initials of a
    // name's opening words, then its closing words ([`rest_of_name`])
    let mut by_head: HashMap<String, Option<usize>> = HashMap::default();
    let function = |t: &&str| GAZ.sets.function_words.contains(*t);
    // the letters of the first word of each unlisted name of two words or more: the only
    // initials [`acronyms_opening_names`] looks `by_head` up with
    let heads: HashSet<String> = groups
        .iter()
        .filter(|g| g.gaz.is_none() && g.ntoks >= 2)
        .filter_map(|g| next_token(&g.key))
        .map(|(first, _)| first.chars().filter(|c| c.is_alphanumeric()).collect())
        .collect();
    for (i, g) in groups.iter().enumerate() {
        if g.cands().is_empty() {
            continue;
        }
        let (kind, strength) = kind_of(g);
        if kind == EntityKind::Person || strength == 0 {
            continue;
        }
        // (a gazetteer's group is keyed by its entry: its name read from its longest mention;
        // one of a word, most of them, is refused unfolded: folding makes a space of no char
        // but these; a key is read in place)
        let name: std::borrow::Cow<str> = match g.gaz {
            Some(_) if !g.longest(blocks).contains([' ', '\u{a0}', '\u{202f}']) => continue,
            Some(_) => fold(g.longest(blocks)).into(),
            None if g.ntoks >= 2 => g.key.as_str().into(),
            None => continue,
        };
        let toks = tokens_of(&name);
        if toks.len() < 2 {
            continue;
        }
        // each word's function-word test and initial, found once
        let words: Vec<(bool, Option<char>)> =
            toks.iter().map(|t| (function(t), initial(t))).collect();
        let without: String = words.iter().filter(|w| !w.0).filter_map(|w| w.1).collect();
        // (a key claimed again by the same group changes nothing: `with` and `parts` are
        // claimed only where they differ from `without`)
        let with: Option<String> = words
            .iter()
            .any(|w| w.0 && w.1.is_some())
            .then(|| words.iter().filter_map(|w| w.1).collect());
        // ("Collectif Rail Charente-Limousin (CRCL)": each part of a hyphenated word)
        let parts: Option<String> = toks
            .iter()
            .zip(&words)
            .any(|(t, w)| !w.0 && t.contains('-'))
            .then(|| {
                toks.iter()
                    .zip(&words)
                    .filter(|(_, w)| !w.0)
                    .flat_map(|(t, _)| t.split('-'))
                    .filter_map(&initial)
                    .collect()
            });
        for initials in [Some(without), with, parts].into_iter().flatten() {
            if initials.chars().count() >= 2 {
                claim(&mut by_initials, initials, i);
            }
        }
        // (the initials of `toks[..k]` grow with `k`; a key whose initials open no name's key
        // is never looked up: not built)
        let mut head: String = words[..2]
            .iter()
            .filter(|w| !w.0)
            .filter_map(|w| w.1)
            .collect();
        for k in 2..toks.len() {
            if k > 2
                && !words[k - 1].0
                && let Some(c) = words[k - 1].1
            {
                head.push(c);
            }
            // ("CN" for "Canadian National Railway": all words but the last)
            if k + 1 == toks.len() && head.chars().count() >= 2 {
                claim(&mut by_initials, head.clone(), i);
            }
            if !heads.contains(head.as_str()) {
                continue;
            }
            let rest = rest_of_name(&toks[k..]);
            if head.chars().count() >= 2 && !rest.is_empty() {
                claim(&mut by_head, format!("{head} {rest}"), i);
            }
        }
    }
    acronyms_opening_names(blocks, groups, &by_initials, &by_head);
    let mut letters = String::new();
    // (an acronym the gazetteer knows too: "ANSSI" after the agency's name, which it does not)
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.cands().is_empty() || g.ntoks != 1 {
            continue;
        }
        // in capitals, or of three letters or more with a capital first ("Inrap", "Cnil", as
        // French papers write them)
        let caps = |c: &Cand| {
            let text = c.text(blocks);
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            (letters >= 2 && !text.chars().any(char::is_lowercase))
                || (letters >= 3 && text.chars().next().is_some_and(char::is_uppercase))
        };
        let Some(acronym) = g.cands().iter().find(|c| caps(c)) else {
            continue;
        };
        // (folded in the shared buffer, the letters in one reused: some 8,000 words a MiB)
        letters.clear();
        with_folded(acronym.text(blocks), |f| {
            letters.extend(f.chars().filter(|c| c.is_alphanumeric()));
        });
        let letters = letters.as_str();
        // one the gazetteer knows ("US", "UK Steel"): three letters or more, and of the kind of
        // the name spelt out
        let known = |t: usize| {
            g.gaz.is_none_or(|e| {
                letters.chars().count() >= 3 && GAZ.entries[e].kind == kind_of(&groups[t]).0
            })
        };
        if let Some(&Some(t)) = by_initials.get(letters)
            && t != i
            && known(t)
        {
            join(groups, i, t);
        }
    }
}

/// The closing words of a name for [`acronyms_of_names`]: its function words left out, an elided
/// article or preposition taken off ("d’Occitanie" is "occitanie").
fn rest_of_name(toks: &[&str]) -> String {
    let mut out = String::new();
    for t in toks {
        if GAZ.sets.function_words.contains(*t) {
            continue;
        }
        let t = without_elision(t);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

/// "CHU de Bouaké", "ARS Occitanie", "ACLU of Ohio": a name of several words opening with an
/// acronym in capitals is the longer name of the article whose opening words it spells and whose
/// closing words it ends with ([`acronyms_of_names`]'s `by_head`), or the name it spells
/// whole, when what follows the acronym is "of"/"de" and a known place (where that body is).
#[inline(never)]
fn acronyms_opening_names(
    blocks: &[&str],
    groups: &mut [Group],
    by_initials: &HashMap<String, Option<usize>>,
    by_head: &HashMap<String, Option<usize>>,
) {
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.cands().is_empty() || g.gaz.is_some() || g.ntoks < 2 {
            continue;
        }
        let (kind, strength) = kind_of(g);
        if !(kind == EntityKind::Organization || strength <= 1) {
            continue;
        }
        let text = g.cands()[0].text(blocks);
        let words = tokens_of(text);
        let toks = g.tokens();
        // (the first mention's words and the key's are read side by side: same count or skip)
        let (Some(&first), true) = (words.first(), words.len() == toks.len()) else {
            continue;
        };
        if first.chars().filter(|c| c.is_alphabetic()).count() < 2
            || first.chars().any(char::is_lowercase)
        {
            continue;
        }
        let letters: String = toks[0].chars().filter(|c| c.is_alphanumeric()).collect();
        let rest = rest_of_name(&toks[1..]);
        let mut target = by_head.get(&format!("{letters} {rest}")).copied().flatten();
        if target.is_none()
            && matches!(toks[1], "of" | "de" | "du")
            && super::gazetteer::is_place_name(&words[2..].join(" "))
        {
            target = by_initials.get(&letters).copied().flatten();
        }
        if let Some(t) = target
            && t != i
        {
            join(groups, i, t);
        }
    }
}

/// "the Mine Workers Union of Zambia (MUZ)", "l’Office anti-cybercriminalité (OFAC)": an acronym
/// in brackets right after an organisation's name of several words is that organisation, whatever
/// its letters (news writers spell out a body's name once, its acronym in brackets, then use the
/// acronym). Only after an organisation: "Paris (AFP)", "Jane Doe (SNP)" are other things.
#[inline(never)]
fn acronyms_in_brackets(blocks: &[&str], groups: &mut [Group]) {
    // (the flag: a name taken for a person only by default, which its initials must spell)
    let mut ends: HashMap<(u32, u32), (usize, bool)> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.cands().is_empty() {
            continue;
        }
        let guessed = match kind_of(g) {
            (EntityKind::Organization, _) => false,
            (EntityKind::Person, 1) if g.gaz.is_none() => true,
            _ => continue,
        };
        for c in g.cands() {
            if c.text(blocks).contains([' ', '\u{a0}']) {
                ends.entry((c.block, c.end)).or_insert((i, guessed));
            }
        }
    }
    if ends.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.cands().is_empty()
            || g.gaz
                .is_some_and(|e| GAZ.entries[e].kind != EntityKind::Organization)
        {
            continue;
        }
        let target = g.cands().iter().find_map(|c| {
            let text = blocks[c.block as usize];
            let (s, e) = (c.start as usize, c.end as usize);
            // (the brackets first: two bytes read, where most mentions stop)
            if s < 2 || !text[..s].ends_with(" (") || !text[e..].starts_with(')') {
                return None;
            }
            let word = &text[s..e];
            // ("MUZ", "Balpa", "Ifremer": one word, a capital first)
            let acronym = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !word.contains([' ', '\u{a0}'])
                && word.chars().next().is_some_and(char::is_uppercase);
            if !acronym {
                return None;
            }
            let (t, guessed) = ends.get(&(c.block, (s - 2) as u32)).copied()?;
            // ("the Digital Lantern of Tomorrow (DLOT)": no person's name has its initials,
            // function words counted or not, in brackets after it; "Jane Doe (SNP)" has not)
            if guessed && !spells_initials(word, groups[t].longest(blocks)) {
                return None;
            }
            Some((t, guessed))
        });
        if let Some((t, guessed)) = target
            && t != i
            && (g.gaz.is_none() || groups[t].gaz.is_none() || g.gaz == groups[t].gaz)
        {
            if guessed {
                for c in groups[t].cands_mut() {
                    c.kind = EntityKind::Organization;
                }
            }
            join(groups, i, t);
        }
    }
}

/// `acronym`'s letters are the initials of `name`'s words, its function words left out or
/// counted ("DLOT", "DLT" for "Digital Lantern of Tomorrow"), case ignored.
fn spells_initials(acronym: &str, name: &str) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let folded = fold(name);
    let toks = tokens_of(&folded);
    let function = |t: &&str| GAZ.sets.function_words.contains(*t);
    let spelled = |skip: bool| {
        let mut it = toks
            .iter()
            .filter(|t| !(skip && function(t)))
            .filter_map(|t| without_elision(t).chars().next());
        letters.iter().all(|l| it.next() == Some(*l)) && it.next().is_none()
    };
    letters.len() >= 2 && (spelled(true) || spelled(false))
}

/// "Les Amis du Revermont … les Amis du Revermont", "California Department of Justice … the
/// Department of Justice", "Éditions du Grand Tilleul … Grand Tilleul", "Scierie Bouveret & Fils
/// … Bouveret & Fils": an organisation's name of two words or more that ends the name of one
/// longer organisation is that organisation when the words before it only say where it is or
/// what it is: an article, a known place, a noun of organisations, function words ("Social
/// Democratic Party" is no "Democratic Party").
#[inline(never)]
fn tails_of_org_names(blocks: &[&str], groups: &mut [Group]) {
    let mut tails: HashMap<String, Option<usize>> = HashMap::default();
    // the article's places, for a club named after its town ("Teesside Albion" … "Albion")
    let places: HashSet<&str> = groups
        .iter()
        .filter(|g| g.gaz.is_none() && !g.cands().is_empty() && kind_of(g).0 == EntityKind::Place)
        .map(|g| g.key.as_str())
        .collect();
    for (i, g) in groups.iter().enumerate() {
        if g.ntoks < 2 || !unlisted_org(g) {
            continue;
        }
        let toks = g.tokens();
        let text = g.longest(blocks);
        let words = tokens_of(text);
        if words.len() != toks.len() {
            continue;
        }
        // one word after a place, and only a club's or a company's words after it
        // (the words after it read first: the place's name is joined and looked up only then)
        for s in 1..toks.len() {
            if words[s].starts_with(char::is_uppercase)
                && toks[s + 1..]
                    .iter()
                    .all(|w| CLUB_TAIL.contains(w) || COMPANY_TAIL.contains(w))
                && (places.contains(toks[..s].join(" ").as_str())
                    || super::gazetteer::is_place_name(&words[..s].join(" ")))
            {
                claim(&mut tails, toks[s].to_string(), i);
            }
        }
        // ("Marston Wanderers FC … Wanderers": the word before a club's ending; "Central
        // Falcons … the Falcons": a team's word after a side word, not a body's noun: "Central
        // Bank")
        let last = toks.len() - 1;
        let club =
            last >= 2 && CLUB_TAIL.contains(&toks[last]) && !CLUB_TAIL.contains(&toks[last - 1]);
        let side = toks.len() == 2
            && TEAM_SIDES.contains(&toks[0])
            && !GAZ.sets.org_cues.contains(toks[1]);
        if club && words[last - 1].starts_with(char::is_uppercase) {
            claim(&mut tails, toks[last - 1].to_string(), i);
        } else if side && words[1].starts_with(char::is_uppercase) {
            claim(&mut tails, toks[1].to_string(), i);
        }
        // ("Groupe Nordéneige … Nordéneige": one capitalised word after a noun of organisations)
        if toks.len() == 2
            && GAZ.sets.org_cues.contains(toks[0])
            && words[1].starts_with(char::is_uppercase)
        {
            claim(&mut tails, toks[1].to_string(), i);
        }
        if toks.len() < 3 {
            continue;
        }
        // ("Bellinger Valley Forest Watch" … "Forest Watch": a place's name of capitalised
        // words ending with a noun of places, before two words or more)
        for s in 2..toks.len() - 1 {
            if GAZ.sets.place_cues.contains(toks[s - 1])
                && words[..s].iter().all(|w| w.starts_with(char::is_uppercase))
                && words[s].starts_with(char::is_uppercase)
            {
                claim(&mut tails, toks[s..].join(" "), i);
            }
        }
        let mut said = false;
        for s in 1..toks.len() - 1 {
            let t = toks[s - 1];
            let article = matches!(t, "les" | "le" | "la" | "l'" | "l’" | "the");
            let function = GAZ.sets.function_words.contains(t);
            let cue =
                GAZ.sets.org_cues.contains(t) || super::gazetteer::is_place_name(words[s - 1]);
            if !(article || function || cue) {
                break;
            }
            said |= article || cue;
            // the tail opens with a capitalised word, not a function word
            if said && words[s].starts_with(char::is_uppercase) {
                claim(&mut tails, toks[s..].join(" "), i);
            }
        }
    }
    if tails.is_empty() {
        return;
    }
    // ("Amis du Revermont", "Grand Tilleul": a tail guessed a person's name without a cue too)
    // (an unlisted organisation or such a guess: its kind read once, for a tail only)
    let taken = |g: &Group| {
        !g.cands().is_empty()
            && g.gaz.is_none()
            && matches!(
                kind_of(g),
                (EntityKind::Organization, _) | (EntityKind::Person, 0..=1)
            )
    };
    for i in 0..groups.len() {
        if let Some(&Some(t)) = tails.get(&groups[i].key)
            && t != i
            && taken(&groups[i])
        {
            join(groups, i, t);
        }
    }
}

/// Nouns of public bodies that English puts after what the body does ("the Commerce
/// Department") as often as before it ("the Department of Commerce").
const BODY_HEAD: &[&str] = &[
    "department",
    "ministry",
    "office",
    "agency",
    "bureau",
    "board",
    "commission",
    "authority",
    "service",
    "council",
];

/// "Commerce Department" for "U.S. Department of Commerce", "Defence Ministry" for "Ministry of
/// Defence": a name of two words whose second is a body's noun ([`BODY_HEAD`]) is the one longer
/// organisation's name that ends with that noun, "of" and the first word.
#[inline(never)]
fn heads_named_after(blocks: &[&str], groups: &mut [Group]) {
    let mut ends: HashMap<String, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.cands().is_empty() || g.ntoks < 3 || kind_of(g).0 != EntityKind::Organization {
            continue;
        }
        let name = match g.gaz {
            Some(_) => fold(g.longest(blocks)),
            None => g.key.clone(),
        };
        let toks = tokens_of(&name);
        if let [.., head, "of", what] = toks[..]
            && BODY_HEAD.contains(&head)
        {
            claim(&mut ends, format!("{what} {head}"), i);
        }
    }
    if ends.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.ntoks != 2 || g.gaz.is_some() || g.cands().is_empty() {
            continue;
        }
        if let Some(&Some(t)) = ends.get(&g.key)
            && t != i
        {
            join(groups, i, t);
        }
    }
}

/// "Mutuelle des Bleuets" for "Mutuelle d’assurance des Bleuets": an organisation's name of
/// three words or more is the one longer organisation's name that has its words in order, the
/// same first and last, and more words all in lowercase (what the body does, left out when
/// named again).
#[inline(never)]
fn names_without_descriptors(blocks: &[&str], groups: &mut [Group]) {
    let mut longer: Vec<(usize, Vec<String>, Vec<bool>)> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        if g.ntoks < 4 || !unlisted_org(g) {
            continue;
        }
        let text = g.longest(blocks);
        let words = tokens_of(text);
        let toks = g.tokens();
        if words.len() != toks.len() {
            continue;
        }
        let lower = words
            .iter()
            .map(|w| w.starts_with(char::is_lowercase))
            .collect();
        longer.push((i, toks.into_iter().map(str::to_string).collect(), lower));
    }
    if longer.is_empty() {
        return;
    }
    // the longer names by their first word, in order: a short name opens with the same
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, (_, long, _)) in longer.iter().enumerate() {
        by_first.entry(long[0].as_str()).or_default().push(k);
    }
    for i in 0..groups.len() {
        if groups[i].ntoks < 3 || !unlisted_org(&groups[i]) {
            continue;
        }
        let toks = groups[i].tokens();
        let Some(same_first) = by_first.get(toks[0]) else {
            continue;
        };
        // the short name's words in order in the long one, the words skipped all lowercase
        // and not only function words
        let within = |long: &[String], lower: &[bool]| {
            if long.len() <= toks.len()
                || long[0] != toks[0]
                || long[long.len() - 1] != toks[toks.len() - 1]
            {
                return false;
            }
            let (mut k, mut skipped) = (0, false);
            for (j, w) in long.iter().enumerate() {
                if k < toks.len() && w == toks[k] {
                    k += 1;
                } else if !lower[j] {
                    return false;
                } else {
                    skipped |= !GAZ.sets.function_words.contains(w.as_str());
                }
            }
            k == toks.len() && skipped
        };
        let mut targets = same_first
            .iter()
            .map(|&k| &longer[k])
            .filter(|(t, long, lower)| *t != i && within(long, lower));
        if let (Some(&(t, _, _)), None) = (targets.next(), targets.next()) {
            join(groups, i, t);
        }
    }
}

/// A club's words after its name ("Marston Wanderers FC").
const CLUB_TAIL: &[&str] = &["fc", "afc", "f.c.", "cf", "rfc", "club"];

/// Words of a region's side that open teams' and companies' names ("Central Falcons", "Northern
/// Mystics"), folded; not classify's `COMPASS` (the words that belong to a place's name).
const TEAM_SIDES: &[&str] = &[
    "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
];

/// Words that make a company's name longer without naming another body: "Pennine Water" is
/// "Pennine Water Services Ltd", not "Stena Line" "Stena Line Ports Ltd" nor "Haddingley Rovers"
/// "Haddingley Rovers Supporters' Trust".
const COMPANY_TAIL: &[&str] = &[
    "ltd",
    "ltd.",
    "limited",
    "plc",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "company",
    "sa",
    "sas",
    "sarl",
    "se",
    "ag",
    "gmbh",
    "llc",
    "llp",
    "lp",
    "nv",
    "bv",
    "ab",
    "as",
    "asa",
    "oy",
    "spa",
    "group",
    "groupe",
    "holdings",
    "holding",
    "services",
    "international",
    "industries",
    "bank",
    "&",
    "cie",
    "pvt",
    "pvt.",
    "pty",
    "pty.",
    "pte",
    "pte.",
    "private",
    // "Excavation Gagné et Fils inc.", "Dombey and Sons Ltd"
    "et",
    "and",
    "fils",
    "sons",
    "freres",
    "ltee",
];

/// `long` has more words than `short` and opens with all of them.
fn grows(long: &[impl AsRef<str>], short: &[impl AsRef<str>]) -> bool {
    long.len() > short.len()
        && long
            .iter()
            .zip(short)
            .all(|(a, b)| a.as_ref() == b.as_ref())
}

/// "Kasonde … Kasonde Minerals Plc", "Pennine Water … Pennine Water Services Ltd": the opening
/// words of an organisation's name, standing alone as an organisation's name or a person's
/// guessed without a cue, are that organisation, when the longer names they open are one name
/// grown word by word (each opens the next): the longest. A name of several words opens only
/// names that add company words ([`COMPANY_TAIL`]) to it.
#[inline(never)]
fn short_forms_of_org_names(blocks: &[&str], groups: &mut [Group]) {
    let orgs: Vec<(usize, Vec<String>, usize)> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            // (named with some evidence: not a title's run of capitals)
            !g.cands().is_empty()
                && (g.ntoks >= 2 || g.gaz.is_some())
                && matches!(kind_of(g), (EntityKind::Organization, s) if s >= 1)
        })
        .filter_map(|(i, g)| {
            if g.gaz.is_some() {
                // "Cour supérieure" beside the listed "Cour supérieure du Québec": a known
                // body's name, as the article writes it, before "de" and a known place
                let text = g.longest(blocks);
                let words = tokens_of(text);
                let toks: Vec<String> = words.iter().map(|w| fold(w)).collect();
                let at = listed_place_after_of(&toks, &words)?;
                return Some((i, toks, at));
            }
            let toks: Vec<String> = g.tokens().into_iter().map(str::to_string).collect();
            let at = place_after_of(blocks, g, &toks).unwrap_or(toks.len());
            Some((i, toks, at))
        })
        .collect();
    if orgs.is_empty() {
        return;
    }
    // a longer name opens with the same word: the names by their first word, in order
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    for (o, (_, tt, _)) in orgs.iter().enumerate() {
        by_first.entry(tt[0].as_str()).or_default().push(o);
    }
    let all: Vec<usize> = (0..orgs.len()).collect();
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.gaz.is_some() || g.cands().is_empty() {
            continue;
        }
        let (kind, strength) = kind_of(g);
        if !(kind == EntityKind::Organization || (kind == EntityKind::Person && strength <= 1)) {
            continue;
        }
        let toks = g.tokens();
        let same_first: &[usize] = match toks.first() {
            Some(first) => by_first.get(first).map_or(&[], Vec::as_slice),
            None => &all,
        };
        // ("Forestry Corporation" in "Forestry Corporation of NSW": a body's name before "of"
        // and a known place is that body, named without where it is)
        let opens = |long: &[String], of_place: usize, short: &[&str]| {
            grows(long, short)
                && (short.len() == 1
                    || short.len() == of_place
                    || long[short.len()..]
                        .iter()
                        .all(|w| COMPANY_TAIL.contains(&w.as_str())))
        };
        // ("Te Matau Netball Trust … Te Matau": a name of two words or more opening a longer
        // one the article named before it is that body named short; named first, it is a body
        // the longer one belongs to: "Stena Line … Stena Line Ports Ltd")
        let named_before =
            |t: usize, long: &[String]| toks.len() >= 2 && t < i && grows(long, &toks);
        let longer: Vec<&(usize, Vec<String>, usize)> = same_first
            .iter()
            .map(|&o| &orgs[o])
            .filter(|(t, tt, at)| *t != i && (opens(tt, *at, &toks) || named_before(*t, tt)))
            .collect();
        let Some(longest) = longer.iter().max_by_key(|(_, tt, _)| tt.len()) else {
            continue;
        };
        let chain = longer
            .iter()
            .all(|(t, tt, _)| *t == longest.0 || grows(&longest.1, tt));
        // ("Kestrova Holdings Plc … Kestrova Pay … Kestrova": of several longer names, the one that
        // only adds a company's form to the short one is the company it names; else the one
        // the article named first: "Brantwell Logistics … to be renamed Brantwell Meridian
        // Group … Brantwell's chairman")
        let longest = if chain {
            longest
        } else {
            let mut formal = longer.iter().filter(|(_, tt, _)| {
                tt[toks.len()..]
                    .iter()
                    .all(|w| COMPANY_TAIL.contains(&w.as_str()))
            });
            match (formal.next(), formal.next()) {
                (Some(only), None) => only,
                (Some(_), Some(_)) => continue,
                _ => match longer.iter().min_by_key(|(t, _, _)| *t) {
                    Some(first) if toks.len() == 1 => first,
                    _ => continue,
                },
            }
        };
        // "Galway" beside "Galway County Council", "Leeds" beside "Leeds City Council": one word
        // opening a local body's name whose next word is a noun of local government is the
        // place the body governs, not the body
        let next = longest.1.get(1).map(String::as_str);
        if toks.len() == 1
            && kind == EntityKind::Organization
            && next.is_some_and(|w| LOCAL_AREA.contains(&w))
        {
            for c in groups[i].cands_mut() {
                c.kind = EntityKind::Place;
                c.strength = c.strength.max(1);
            }
            continue;
        }
        join(groups, i, longest.0);
    }
}

/// The index of the word "of"/"de"/"du" (or "d’" and a word) after which the rest of group
/// `g`'s name ([`tokens_of`] its key: `toks`) is a known place ("Forestry Corporation of NSW").
fn place_after_of(blocks: &[&str], g: &Group, toks: &[String]) -> Option<usize> {
    // (most names hold no such word: no mention's text to build then)
    let of_at = |t: &String| {
        matches!(t.as_str(), "of" | "de" | "du") || t.starts_with("d'") || t.starts_with("d’")
    };
    if g.gaz.is_some() || !toks.iter().skip(2).any(of_at) {
        return None;
    }
    let text = g.longest(blocks);
    let words = tokens_of(text);
    if words.len() != toks.len() || g.gaz.is_some() {
        return None;
    }
    (2..toks.len()).find_map(|j| {
        let place = match toks[j].as_str() {
            "of" | "de" | "du" if j + 1 < toks.len() => words[j + 1..].join(" "),
            t if t.starts_with("d'") || t.starts_with("d’") => {
                let w = words[j..].join(" ");
                w.get(w.char_indices().nth(2)?.0..)?.to_string()
            }
            _ => return None,
        };
        super::gazetteer::is_place_name(&place).then_some(j)
    })
}

/// The index of "de"/"du"/"of" after the two opening words or more of a listed body's name
/// (`words`, folded `toks`), when one known place's name ends it ("Cour supérieure du Québec").
fn listed_place_after_of(toks: &[String], words: &[&str]) -> Option<usize> {
    let j = (2..toks.len().saturating_sub(1))
        .find(|&j| matches!(toks[j].as_str(), "of" | "de" | "du"))?;
    super::gazetteer::is_place_name(&words[j + 1..].join(" ")).then_some(j)
}

/// Nouns of local government after a place's name in a body's name ("Galway County Council").
const LOCAL_AREA: &[&str] = &[
    "county",
    "city",
    "borough",
    "district",
    "town",
    "parish",
    "municipal",
    "metropolitan",
    "regional",
    "shire",
];

/// "the Severn" after "the River Severn", "the Mississippi" after "the Mississippi River": a
/// river's name alone, in the gazetteer or not, a place or a guess, is the river the article
/// names with the word.
#[inline(never)]
fn rivers_named_short(blocks: &[&str], groups: &mut [Group]) {
    let mut rivers: HashMap<String, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.gaz.is_some() || g.ntoks != 2 || g.cands().is_empty() {
            continue;
        }
        let toks = g.tokens();
        let name = match toks[..] {
            ["river", name] | [name, "river"] => name,
            _ => continue,
        };
        let (kind, strength) = kind_of(g);
        if kind == EntityKind::Place && strength >= 1 {
            claim(&mut rivers, name.to_string(), i);
        }
    }
    if rivers.is_empty() {
        return;
    }
    // (a place, or a name guessed without a cue: "the Ouzel burst its banks"; a gazetteer's
    // group is keyed by its entry, its name read from a mention)
    for i in 0..groups.len() {
        let g = &groups[i];
        let (kind, strength) = kind_of(g);
        let Some(first) = g.cands().first() else {
            continue;
        };
        if kind != EntityKind::Place && strength > 1 {
            continue;
        }
        let target = match g.gaz {
            Some(_) => with_folded(first.text(blocks), |f| rivers.get(f).copied()),
            None => rivers.get(&g.key).copied(),
        };
        if let Some(Some(t)) = target {
            join(groups, i, t);
        }
    }
}

/// "Sarlat" after "Sarlat-la-Canéda", "Guilvinec" after "Le Guilvinec", "Tourmalet" after "col
/// du Tourmalet": a place's name without its article, the hyphenated words after its first, or
/// the lowercase noun of a landform before it, is that place (one place of the article so named).
#[inline(never)]
fn places_named_short(blocks: &[&str], groups: &mut [Group]) {
    let mut shorts: HashMap<String, Option<usize>> = HashMap::default();
    // (the name with its article first: "Le Guilvinec", not "port du Guilvinec")
    let mut with_article: HashMap<String, Option<usize>> = HashMap::default();
    // (a known place after a landform's noun is another place: "col de la Vanoise", the massif)
    let mut landforms: HashMap<String, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.cands().is_empty() || !matches!(kind_of(g), (EntityKind::Place, s) if s != 0) {
            continue;
        }
        let text = g.longest(blocks);
        let name = fold(text);
        let words = tokens_of(text);
        let toks = tokens_of(&name);
        if words.len() != toks.len() {
            continue;
        }
        // "Sarlat-la-Canéda", "Pralognan-la-Vanoise", "Villeneuve-sur-Lot"
        if toks.len() == 1 {
            let parts: Vec<&str> = toks[0].split('-').collect();
            if parts.len() >= 3
                && matches!(
                    parts[1],
                    "la" | "le" | "les" | "sur" | "en" | "de" | "du" | "des"
                )
                && parts[0].chars().count() >= 3
            {
                claim(&mut shorts, parts[0].to_string(), i);
            }
            continue;
        }
        // "Le Guilvinec", "La Mongie"
        if matches!(toks[0], "le" | "la" | "les") {
            claim(&mut with_article, toks[1..].join(" "), i);
            continue;
        }
        // "col du Tourmalet", "lac de Serre-Ponçon": a lowercase noun, "du"/"de la"/"d’"
        if words[0].starts_with(char::is_lowercase)
            && toks.len() >= 3
            && LANDFORM.contains(&toks[0])
        {
            let rest = match (toks[1], toks[2]) {
                ("de", "la" | "l'" | "l’") if toks.len() >= 4 => &toks[3..],
                ("du" | "de" | "des", _) => &toks[2..],
                _ => continue,
            };
            let rest = rest.join(" ");
            let rest = without_elision(&rest);
            claim(&mut landforms, rest.to_string(), i);
        }
    }
    if shorts.is_empty() && with_article.is_empty() && landforms.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        let Some(first) = g.cands().first() else {
            continue;
        };
        let (kind, strength) = kind_of(g);
        if kind != EntityKind::Place && strength > 1 {
            continue;
        }
        let find = |key: &str| with_article.get(key).or_else(|| shorts.get(key)).copied();
        let target = match g.gaz {
            Some(_) => with_folded(first.text(blocks), find),
            None => find(&g.key).or_else(|| landforms.get(&g.key).copied()),
        };
        if let Some(Some(t)) = target
            && t != i
        {
            join(groups, i, t);
        }
    }
}

/// French nouns of landforms named after their own name ("col du Tourmalet" is the Tourmalet;
/// "viaduc de Millau", "port du X" are named after a town, which is another place).
const LANDFORM: &[&str] = &[
    "col", "pic", "mont", "massif", "lac", "etang", "glacier", "plateau", "cirque", "gorges",
    "pointe", "cap", "ile", "baie", "golfe",
];

/// "the Copperbelt" after "Copperbelt Province", "Calhoun" after "Calhoun County": a one-word
/// name guessed without evidence that opens a place name ending with a place noun is that place.
#[inline(never)]
fn short_forms_of_places(groups: &mut [Group]) {
    let mut heads: HashMap<String, usize> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.gaz.is_none() && g.ntoks == 2 && kind_of(g) == (EntityKind::Place, 2) {
            let toks = g.tokens();
            if GAZ.sets.place_cues.contains(toks[1]) {
                heads.entry(toks[0].to_string()).or_insert(i);
            }
        }
    }
    if heads.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.gaz.is_some() || g.cands().is_empty() || kind_of(g).1 > 1 {
            continue;
        }
        if let Some(&t) = heads.get(&g.key) {
            let moved: Vec<Cand> = std::mem::take(groups[i].cands_mut());
            groups[t].cands_mut().extend(moved.into_iter().map(|mut c| {
                c.kind = EntityKind::Place;
                c.strength = 2;
                c
            }));
        }
    }
}

/// A name left out of the gazetteer at one place (an ambiguous name opening a
/// sentence, "COLUMBUS —") joins the gazetteer entity matched elsewhere.
#[inline(never)]
fn join_gazetteer_forms(blocks: &[&str], groups: &mut [Group]) {
    let mut by_text: HashMap<String, usize> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.gaz.is_some() {
            for c in g.cands() {
                with_folded(c.text(blocks), |f| {
                    if !by_text.contains_key(f) {
                        by_text.insert(f.to_string(), i);
                    }
                });
            }
        }
    }
    for i in 0..groups.len() {
        if groups[i].gaz.is_some() {
            continue;
        }
        if let Some(&t) = by_text.get(&groups[i].key) {
            let kind = kind_of(&groups[t]).0;
            let gaz = groups[t].gaz;
            let moved: Vec<Cand> = std::mem::take(groups[i].cands_mut());
            groups[t].cands_mut().extend(moved.into_iter().map(|mut c| {
                c.kind = kind;
                c.strength = 3;
                c.gaz = gaz.map(|g| g as u32);
                c
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_at_spaces_and_no_break_spaces_only() {
        let cases = [
            "",
            " ",
            "jean  dupont ",
            "\u{a0}le\u{a0}\u{a0}pen\u{a0}",
            " a \u{a0} b",
            "x\u{202f}y z",
            "élysée âge Â\u{a0}À",
            "\u{1}42",
            "ok\u{c2}",
        ];
        for key in cases {
            let split: Vec<&str> = key
                .split([' ', '\u{a0}'])
                .filter(|s| !s.is_empty())
                .collect();
            assert_eq!(tokens_of(key), split, "{key:?}");
            let g = Group::new(key.to_string(), None);
            assert_eq!(g.tokens(), split, "{key:?}");
            assert_eq!(g.ntoks, split.len(), "{key:?}");
        }
        assert_eq!(tokens_of("le\u{a0}pen"), ["le", "pen"]);
    }
}

//! Merging candidate mentions into entities.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub(super) mod acronyms;
mod aliases;
mod common_places;
pub(super) mod common_words;
mod counties;
mod firm_regions;
mod of_place;
pub(super) mod org_names;
mod places;
pub(super) mod short_bodies;

use super::candidates::Cand;
use super::dates::DateHit;
use super::gazetteer::GAZ;
use super::places::NameSpans;
use super::text::{fold, fold_into, follows_capital, runs_on, with_folded};
use crate::extract::types::{Entity, EntityKind, Lang, Mention};
use acronyms::{acronyms_in_brackets, acronyms_of_names, acronyms_with_legal_forms, clipped_names};
use common_words::common_words;
use org_names::{
    firms_by_their_own_words, heads_named_after, names_without_descriptors,
    short_forms_of_org_names, short_forms_of_orgs, tails_of_org_names,
};
use places::{
    bracketed_other_names, coordinated_places, coordination_pairs, join_gazetteer_forms,
    place_seeds, places_named_short, rivers_named_short, short_forms_of_places,
    surnames_named_like_places, towns_named_short,
};

/// (laid out by hand, one group to 128 bytes on a cache line's boundary: what the passes over
/// every group read first, its kind, gazetteer entry, words and key, shares one line with the
/// longest mention; the passes ask it of every group again and again)
#[repr(C, align(64))]
struct Group<'k> {
    /// [`kind_of`] the group, once computed, until its mentions change (the passes ask it of
    /// every group again and again: some 50,000 times a MiB of text).
    kind: std::cell::Cell<Option<(EntityKind, u8)>>,
    /// The number of words of `key` ([`tokens_of`]).
    ntoks: u32,
    gaz: Option<usize>,
    /// The folded name (or a gazetteer entry's number), a slice of the one buffer that holds
    /// every group's key ([`merge`]: no string allocated a group).
    key: &'k str,
    /// The mention [`longest_cand`] picks (block, start, end), cached like `kind`.
    longest: std::cell::Cell<Option<(u32, u32, u32)>>,
    /// The mentions: read with [`Group::cands`], changed only through [`Group::cands_mut`],
    /// which forgets the cached [`kind_of`].
    mentions: Vec<Cand>,
    /// The byte ranges of those words in `key`, found once: [`Group::tokens`].
    spans: smallvec::SmallVec<[(u32, u32); 4]>,
}
// (the layout above: two cache lines a group)
const _: () = assert!(std::mem::size_of::<Group<'static>>() == 128);

impl<'k> Group<'k> {
    /// A group with no key yet (no words): [`Group::set_key`] gives it one.
    fn unkeyed(gaz: Option<usize>) -> Self {
        Group {
            ntoks: 0,
            spans: smallvec::SmallVec::new(),
            key: "",
            gaz,
            mentions: Vec::new(),
            kind: std::cell::Cell::new(None),
            longest: std::cell::Cell::new(None),
        }
    }

    /// Gives the group its key, and finds the key's words.
    fn set_key(&mut self, key: &'k str) {
        self.spans.clear();
        let mut rest = key;
        while let Some((tok, after)) = next_token(rest) {
            let start = key.len() - after.len() - tok.len();
            self.spans.push((start as u32, (start + tok.len()) as u32));
            rest = after;
        }
        self.ntoks = u32::try_from(self.spans.len()).expect("a key of fewer than 4 G words");
        self.key = key;
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

    /// [`tokens_of`] the key, from the ranges found when the group was made (slices of the
    /// keys' buffer, not of the group: kept while the groups change).
    fn tokens(&self) -> Toks<'k> {
        let key = self.key;
        self.spans
            .iter()
            .map(|&(a, b)| &key[a as usize..b as usize])
            .collect()
    }

    /// The longest mention's words as written beside the key's folded [`tokens`](Self::tokens),
    /// when they line up one to one (a fold that split or joined words gives `None`).
    fn lined_up<'a>(&self, blocks: &[&'a str]) -> Option<(Toks<'a>, Toks<'k>)> {
        let words = tokens_of(self.longest(blocks));
        let toks = self.tokens();
        (words.len() == toks.len()).then_some((words, toks))
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

/// (inlined: the passes ask it of every group again and again, most often cached)
#[inline]
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
    // (a soft organisation's cue, "le président d’X", gives way to any firm place cue for
    // the same name: it then counts as a default guess)
    let yield_soft = cands
        .iter()
        .any(|c| c.soft && c.kind == EntityKind::Organization)
        && cands
            .iter()
            .any(|c| !c.soft && c.kind == EntityKind::Place && c.strength >= 1);
    for c in cands {
        let strength = if yield_soft && c.soft && c.kind == EntityKind::Organization {
            c.strength.min(1)
        } else {
            c.strength
        };
        match max {
            Some(m) if strength < m => continue,
            Some(m) if strength == m => {}
            _ => {
                max = Some(strength);
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

/// (Round 64) A verb of saying is the next word after byte `end` of `text` ("Back in
/// Kurundwad, Bhosale-Patil said"): the name before it is the speaker's.
fn said_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("").trim_start();
    let word = &rest[..rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len())];
    !word.is_empty() && with_folded(word, |f| GAZ.sets.said.contains(f))
}

/// The words of a name, on the stack for most names (the merge splits names some 15,000
/// times a MiB of text: a list on the heap each time cost 3 M instructions).
type Toks<'a> = smallvec::SmallVec<[&'a str; 6]>;

fn tokens_of(key: &str) -> Toks<'_> {
    let mut out = Toks::new();
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
    // the separators before the word: ' ', or U+00A0 (0xC2 0xA0 in UTF-8)
    let mut start = 0;
    loop {
        match b.get(start) {
            None => return None,
            Some(b' ') => start += 1,
            Some(0xC2) if b.get(start + 1) == Some(&0xA0) => start += 2,
            Some(_) => break,
        }
    }
    // (the word's first byte is no separator; the rest tested against ' ' and 0xC2 first)
    let mut end = start + 1;
    while let Some(&c) = b.get(end) {
        if c == b' ' || c == 0xC2 && b.get(end + 1) == Some(&0xA0) {
            break;
        }
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
    mid_caps: &[(u32, u32, u32)],
    lower_words: &[(u32, u32, u32)],
    lang: Lang,
) -> Vec<Entity> {
    // (sorted by block and start, as the blocks were read: looked up by halves)
    debug_assert!(mid_caps.is_sorted());
    let mut parts = parts;
    let pairs: Vec<Vec<(usize, usize)>> = parts
        .iter()
        .map(|p| coordination_pairs(blocks, p))
        .collect();
    let seeds = place_seeds(blocks, &parts, &pairs);
    for (part, pairs) in parts.iter_mut().zip(&pairs) {
        coordinated_places(blocks, &seeds, part, pairs);
    }
    // every candidate's key, one after another in one buffer, made before any is looked up: a
    // group's key is a slice of it (a string cloned a group cost 2 M instructions a MiB)
    let ncands: usize = parts.iter().map(Vec::len).sum();
    let text_len: usize = parts
        .iter()
        .flatten()
        .map(|c| (c.end - c.start) as usize)
        .sum();
    let mut keys = String::with_capacity(text_len + text_len / 8 + 16);
    let mut key_ends: Vec<u32> = Vec::with_capacity(ncands);
    for c in parts.iter().flatten() {
        match c.gaz {
            Some(e) => {
                // "\u{1}" and the entry's number in decimal, without the formatting machinery
                keys.push('\u{1}');
                let (mut digits, mut at, mut n) = ([0u8; 10], 10, e);
                loop {
                    at -= 1;
                    digits[at] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                keys.extend(digits[at..].iter().map(|&d| char::from(d)));
            }
            None => fold_into(c.text(blocks), &mut keys),
        }
        key_ends.push(u32::try_from(keys.len()).expect("keys of fewer than 4 GB"));
    }
    let keys = keys.as_str();
    // (sized at a group for four candidates, about what a text has: grown from empty, the
    // index was rehashed a dozen times)
    let mut index: HashMap<&str, usize> = HashMap::default();
    index.reserve(ncands / 4);
    // each candidate's group, and each group's size: its list is then made once, at its size
    // (grown from empty one candidate at a time, the lists were grown 9,800 times a MiB: 5 M)
    let mut of_cand: Vec<u32> = Vec::with_capacity(ncands);
    // (and its gazetteer entry and key: the groups are made once all are counted, in a list of
    // their number, as a list grown one group at a time copied them over and over)
    let mut sizes: Vec<(u32, Option<u32>, &str)> = Vec::new();
    let mut from = 0;
    for (c, &end) in parts.iter().flatten().zip(&key_ends) {
        let key = &keys[from..end as usize];
        from = end as usize;
        let i = match index.get(key) {
            Some(&i) => i,
            None => {
                sizes.push((0, c.gaz, key));
                index.insert(key, sizes.len() - 1);
                sizes.len() - 1
            }
        };
        sizes[i].0 += 1;
        of_cand.push(i as u32);
    }
    drop(key_ends);
    drop(index);
    let mut groups: Vec<Group> = Vec::with_capacity(sizes.len());
    // (each group's list made at its size, four at least, as a list grown from empty holds,
    // room for the names joined later; made with the group, not reserved at its first
    // candidate: no test of its capacity, no path through the growing of a list)
    groups.extend(sizes.iter().map(|&(n, gaz, key)| {
        let mut g = Group::unkeyed(gaz.map(|g| g as usize));
        g.mentions = Vec::with_capacity((n as usize).max(4));
        g.set_key(key);
        g
    }));
    for (c, &i) in parts.into_iter().flatten().zip(&of_cand) {
        groups[i as usize].mentions.push(c);
    }
    drop(of_cand);

    join_gazetteer_forms(blocks, &mut groups);
    short_forms_of_places(&mut groups);
    towns_named_short(blocks, &mut groups);
    if lang == Lang::Fr {
        places::towns_with_their_article(blocks, &mut groups);
    }
    bracketed_other_names(blocks, &mut groups);
    counties::counties_named_short(blocks, &mut groups);
    org_names::town_guesses_naming_bodies(blocks, &mut groups);
    short_forms_of_orgs(&mut groups);
    // (the places named after each acronym, read by both)
    let served = acronyms_of_names(blocks, &mut groups);
    acronyms_in_brackets(blocks, &mut groups, &served);
    clipped_names(blocks, &mut groups);
    acronyms_with_legal_forms(blocks, &mut groups);
    short_forms_of_org_names(blocks, &mut groups);
    places::bodies_named_like_places(blocks, &mut groups);
    names_without_descriptors(blocks, &mut groups);
    tails_of_org_names(blocks, &mut groups);
    firms_by_their_own_words(blocks, &mut groups);
    heads_named_after(blocks, &mut groups);
    places::words_of_place_names(blocks, &mut groups);
    rivers_named_short(blocks, &mut groups);
    places_named_short(blocks, &mut groups);
    aliases::former_names(blocks, &mut groups);
    aliases::irish_bodies_in_apposition(blocks, &mut groups);
    aliases::parties_by_members(&mut groups);
    aliases::councils_named_short(&mut groups);
    aliases::titles_without_article(blocks, &mut groups);
    aliases::full_names_in_apposition(blocks, &mut groups);
    short_bodies::honorific_short_forms(blocks, &mut groups);
    short_bodies::bodies_by_head_noun(blocks, &mut groups);
    // persons with several tokens, by folded first/last token
    // (the tokens copied into one buffer, then indexed by slices of it: no string and no list
    // allocated a token; most tokens name one or two people)
    let mut token_buf = String::new();
    let mut token_of: Vec<(u32, u32, usize)> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        if g.gaz.is_some() || kind_of(g).0 != EntityKind::Person {
            continue;
        }
        let toks = g.tokens();
        if toks.len() >= 2 {
            // ("Carlos Vidal Serrano … Mr Vidal": a given name, then two family names, the
            // first of which is the one used alone; "Marcus Teo Kah Leng … Teo": a given name
            // before a Chinese name, its family name first, round 68)
            let middle = ((3..=4).contains(&toks.len())
                && GAZ.sets.given_names.contains(toks[0])
                && !GAZ.sets.given_names.contains(toks[1])
                && !GAZ.sets.function_words.contains(toks[1]))
            .then(|| toks[1]);
            // ("Grégoire de Tours … à Tours": a known place after "de" ending the name is the
            // person's land, no surname to name them again by)
            let n = toks.len();
            let land = n >= 3
                && matches!(toks[n - 2], "de" | "d")
                && super::gazetteer::is_place_name(toks[n - 1]);
            let last = (!land).then(|| toks[n - 1]);
            for t in std::iter::once(toks[0]).chain(last).chain(middle) {
                let a = token_buf.len() as u32;
                token_buf.push_str(t);
                token_of.push((a, token_buf.len() as u32, i));
            }
        }
    }
    let mut by_token: HashMap<&str, smallvec::SmallVec<[usize; 2]>> = HashMap::default();
    for &(a, b, i) in &token_of {
        let v = by_token
            .entry(&token_buf[a as usize..b as usize])
            .or_default();
        if !v.contains(&i) {
            v.push(i);
        }
    }
    drop(token_of);
    let mut alive = vec![true; groups.len()];
    // a person named again by one of their names alone ("Okonjo said")
    let mut named_again = vec![false; groups.len()];
    for i in 0..groups.len() {
        if groups[i].gaz.is_some() || groups[i].ntoks != 1 {
            continue;
        }
        let target = by_token
            .get(groups[i].key)
            .filter(|v| v.len() == 1)
            .map(|v| v[0]);
        if let Some(t) = target
            && t != i
            && !place_kept_apart(&groups[i], &groups[t])
        {
            // (round 64) "comparisons with Kabwe, the former lead-mining town" beside "Joseph
            // Kabwe": a mention a strong cue made a place stays the place
            let (kept, moved): (Vec<Cand>, Vec<Cand>) = std::mem::take(groups[i].cands_mut())
                .into_iter()
                .partition(|c| {
                    (c.kind == EntityKind::Place && c.strength >= 2 && !c.soft
                        // (round 66) "a grandi à Morhange", "the crofts in Tarbert" beside
                        // "Hervé Morhange", "Morag Tarbert": a preposition that puts a town
                        // ([`places::after_locative`])
                        || c.kind != EntityKind::Person
                            && places::after_locative(blocks[c.block as usize], c.start as usize))
                        && !said_after(blocks[c.block as usize], c.end as usize)
                });
            // ("Plate steel is…" opening a sentence after "Dunmore Plate": a word that only
            // opens sentences, unconfirmed, is no evidence that the longer name is a person's)
            let evidence = moved.iter().any(|c| c.strength > 0);
            groups[t].cands_mut().extend(moved.into_iter().map(|mut c| {
                c.kind = EntityKind::Person;
                c.strength = c.strength.max(1);
                c
            }));
            alive[i] = !kept.is_empty();
            *groups[i].cands_mut() = kept;
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
                && groups[t].ntoks as usize > toks.len()
                && groups[t].tokens().ends_with(&toks)
        });
        if let (Some(t), None) = (targets.next(), targets.next()) {
            // (the words on the stack borrow the group until dropped)
            drop(toks);
            let moved: Vec<Cand> = std::mem::take(groups[i].cands_mut());
            groups[t].cands_mut().extend(moved);
            alive[i] = false;
            named_again[t] = true;
        }
    }
    surnames_named_like_places(blocks, &mut groups, &alive, &mut named_again);
    // (round 65) the surnames of people named in full with some evidence: a founder named
    // once shares his grandson's ("fondée par Arsène Paupe … Pierre-André Paupe, petit-fils")
    let family: HashSet<&str> = groups
        .iter()
        .enumerate()
        .filter(|&(i, g)| alive[i] && g.ntoks >= 2 && kind_of(g).0 == EntityKind::Person)
        .filter(|&(_, g)| kind_of(g).1 > 1)
        .filter_map(|(_, g)| g.tokens().last().copied())
        .collect();
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
            // (round 64) "Kari Brekke": a two-word name opening with a given name of the longer
            // list stays the person it was taken for ("Samu 25": a number is no surname)
            // (round 65: three words too when the second is a given name as well, "Aboubacar
            // Sidiki Camara, qui dirige…", not "Paulina Peak Outfitters")
            if (2..=3).contains(&g.ntoks) && {
                let t = g.tokens();
                GAZ.sets.more_given_names.contains(t[0])
                    && (t.len() == 2 || GAZ.sets.any_given(t[1]))
                    && !t[1..].iter().any(|w| w.bytes().any(|b| b.is_ascii_digit()))
            } {
                continue;
            }
            // (round 65) named once, with no article before, and sharing the surname of a
            // person named with evidence ("les Conserveries Lacombe" stay the firm)
            // (nor two surnames, a firm of partners: "Delvaux Jacquemin")
            if g.cands().len() == 1
                && g.tokens().last().is_some_and(|s| family.contains(s))
                && !g.tokens().first().is_some_and(|s| family.contains(s))
                && !g.cands().iter().any(|c| {
                    let before = blocks[c.block as usize][..c.start as usize].trim_end();
                    let word = before
                        .rsplit([' ', '\u{a0}', '’', '\''])
                        .next()
                        .unwrap_or("");
                    matches!(
                        &*word.to_lowercase(),
                        "le" | "la" | "les" | "l" | "the" | "un" | "une" | "a" | "an" | "des"
                    ) || before.ends_with(['’', '\''])
                })
            {
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

    let common = common_words(blocks, &groups, &alive, lower_words, mid_caps);
    // the keys of the groups with no evidence but a capitalised word seen mid-sentence
    let weak: HashSet<&str> = groups
        .iter()
        .enumerate()
        .filter(|&(i, g)| alive[i] && !g.cands().is_empty() && !common[i] && kind_of(g).1 == 0)
        .map(|(_, g)| g.key)
        .collect();
    let seen = seen_mid_sentence(blocks, mid_caps, &weak);
    // the kind of each group that becomes an entity
    let kept: Vec<Option<EntityKind>> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            if !alive[i] || g.cands().is_empty() || common[i] {
                return None;
            }
            let (kind, strength) = kind_of(g);
            if strength == 0 && !seen.contains(g.key) {
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
            // (round 70) "Castillo said" beside "Sheriff Nora Castillo" and "Megan Castillo": a
            // town of the list guessed with no cue (soft) that is the surname of people named
            // in full is none of them for sure, and no town unless a word puts a town there
            // ("a grandi à Morhange" beside "Hervé Morhange")
            if kind == EntityKind::Place
                && g.ntoks == 1
                && g.cands().iter().all(|c| {
                    c.soft && !places::after_locative(blocks[c.block as usize], c.start as usize)
                })
                && family.contains(g.key)
            {
                return None;
            }
            Some(kind)
        })
        .collect();
    // the mentions of the bodies, people and other names kept
    let names =
        NameSpans::new(
            groups
                .iter()
                .zip(&kept)
                .filter(|(_, k)| k.is_some_and(|k| k != EntityKind::Place))
                .flat_map(|(g, _)| g.cands().iter())
                .filter(|c| {
                    // (a byte test first: a name opening with an ASCII capital other than R, D or P
                    // opens with neither a "région"/"département"/"province" nor a lowercase town
                    // service; most names do, and the two tests split the name char by char)
                    c.text(blocks).as_bytes().first().is_some_and(|&b| {
                        b.is_ascii_uppercase() && !matches!(b, b'R' | b'D' | b'P')
                    }) || !super::places::region_body(blocks, c)
                        && !super::places::town_service_body(blocks, c)
                })
                .map(|c| (c.block, c.start, c.end)),
        );
    // (one entity at most a group kept and a date: grown one at a time, the list was copied over
    // and over)
    let mut out: Vec<Entity> = Vec::with_capacity(kept.iter().flatten().count() + dates.len());
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
            // ([`longest`] of the mentions is the mention [`Group::longest`] picks, found once
            // already for many groups)
            None => g.longest(blocks).to_string(),
        };
        out.push(entity(blocks, name, kind, mentions, None));
    }
    out.extend(date_entities(blocks, dates));
    // by mentions, most first, then by name: the order of a stable sort, found over indices
    // (an index last makes each key unique) so that each entity is moved once; the name's first
    // eight bytes as a number decide most comparisons without reading the names: the keys are
    // sorted as plain numbers, the mentions' count inverted, the head and the index packed in
    // one `u128` (compared at once: tuples of three cost a third more), and only the runs of
    // names whose first eight bytes and count tie are then sorted by their names
    let packed = |i: usize, e: &Entity| {
        let count = u32::try_from(e.mentions.len()).expect("fewer than 4 G mentions");
        let index = u32::try_from(i).expect("fewer than 4 G entities");
        u128::from(!count) << 96 | u128::from(name_head(&e.name)) << 32 | u128::from(index)
    };
    let mut order: Vec<u128> = out.iter().enumerate().map(|(i, e)| packed(i, e)).collect();
    order.sort_unstable();
    let index = |k: u128| k as u32 as usize;
    let mut at = 0;
    while at < order.len() {
        let tie = order[at..]
            .iter()
            .take_while(|&&k| k >> 32 == order[at] >> 32)
            .count();
        if tie > 1 {
            order[at..at + tie].sort_unstable_by(|&a, &b| {
                let (a, b) = (index(a), index(b));
                out[a].name.cmp(&out[b].name).then(a.cmp(&b))
            });
        }
        at += tie;
    }
    let mut slots: Vec<Option<Entity>> = out.into_iter().map(Some).collect();
    order
        .into_iter()
        .map(|k| slots[index(k)].take().expect("each entity once"))
        .collect()
}

/// A name's first eight bytes, big-endian, zero-padded: two names whose heads differ compare
/// as their heads do (equal heads leave the names to compare).
fn name_head(name: &str) -> u64 {
    let mut head = [0u8; 8];
    let n = name.len().min(8);
    head[..n].copy_from_slice(&name.as_bytes()[..n]);
    u64::from_be_bytes(head)
}

/// The keys among `weak` that some capitalised word seen mid-sentence (`mid_caps`: block,
/// start, end) folds to. A word in ASCII folds to its bytes lowercased: its first and last
/// bytes and its length, hashed to one of 4,096 bits, refuse most words before any fold.
#[inline(never)]
fn seen_mid_sentence<'k>(
    blocks: &[&str],
    mid_caps: &[(u32, u32, u32)],
    weak: &HashSet<&'k str>,
) -> HashSet<&'k str> {
    let mut seen: HashSet<&'k str> = HashSet::default();
    if weak.is_empty() {
        return seen;
    }
    let bit = |first: u8, last: u8, len: usize| {
        let h = (u64::from(first) | u64::from(last) << 8 | (len as u64) << 16)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 52) as usize
    };
    let mut bits = [0u64; 64];
    for k in weak {
        if let (Some(&first), Some(&last)) = (k.as_bytes().first(), k.as_bytes().last()) {
            let b = bit(first, last, k.len());
            bits[b / 64] |= 1 << (b % 64);
        }
    }
    for &(block, start, end) in mid_caps {
        let word = &blocks[block as usize][start as usize..end as usize];
        if let (Some(&first), Some(&last)) = (word.as_bytes().first(), word.as_bytes().last())
            && word.is_ascii()
        {
            let b = bit(
                first.to_ascii_lowercase(),
                last.to_ascii_lowercase(),
                word.len(),
            );
            if bits[b / 64] & 1 << (b % 64) == 0 {
                continue;
            }
        }
        if let Some(&k) = with_folded(word, |f| weak.get(f)) {
            seen.insert(k);
            if seen.len() == weak.len() {
                break;
            }
        }
    }
    seen
}

/// "the north coast of Kinlochard" after "plans for Orbital Base Kinlochard": a lone word with
/// evidence of a place is not the surname of a longer name taken for a person only by default
/// (no given name, title or verb of saying), unless a particle joins that name ("Jean de
/// Brienne").
fn place_kept_apart(word: &Group, person: &Group) -> bool {
    let (kind, strength) = kind_of(word);
    kind == EntityKind::Place
        && strength >= 1
        // (round 70) "Mayor Ray Holloway … Holloway blamed": a town of the list guessed with
        // no cue (soft) is the person's surname
        && !word.cands().iter().all(|c| c.soft)
        && kind_of(person) == (EntityKind::Person, 1)
        && !person
            .tokens()
            .iter()
            .any(|t| matches!(*t, "de" | "d" | "du" | "des" | "of" | "von" | "van" | "da"))
}

fn mentions_of(cands: &[Cand]) -> Vec<Mention> {
    let mut v: Vec<Mention> = cands
        .iter()
        .map(|c| Mention::new(c.block as usize, c.start as usize, c.end as usize))
        .collect();
    // (most groups' mentions are in order already: not sorted then)
    if !v.is_sorted_by_key(|m| (m.block(), m.start(), m.end())) {
        v.sort_by_key(|m| (m.block(), m.start(), m.end()));
    }
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
    // (the most chars; at a tie a form in mixed case before one in capitals, "Korvale" before
    // a dateline's "KORVALE", then the first)
    // (a group of one mention, most of them, has it without counting: 1.5 M a MiB)
    if let [only] = cands {
        return only;
    }
    let mut best: Option<((u32, u32, u32), NameRank, &'c Cand)> = None;
    for c in cands {
        let text = c.text(blocks);
        let chars = text.chars().count();
        // (fewer chars than the best's lose whatever their case: not looked at)
        if best.is_some_and(|(_, m, _)| chars < m.0) {
            continue;
        }
        let n = (chars, has_lowercase(text));
        let at = (c.block, c.start, c.end);
        if best.is_none_or(|(b, m, _)| n > m || (n == m && at < b)) {
            best = Some((at, n, c));
        }
    }
    best.expect("a group with mentions").2
}

/// How a mention's text ranks as the entity's name: its chars, then mixed case over capitals.
type NameRank = (usize, bool);

/// Some letter of `text` is lowercase (it is not written all in capitals).
fn has_lowercase(text: &str) -> bool {
    text.chars().any(char::is_lowercase)
}

fn longest(blocks: &[&str], mentions: &[Mention]) -> String {
    // (the first of the most chars: the best's count kept, not counted again at each mention)
    // (at a tie in chars, mixed case before capitals, as in [`longest_cand`])
    let mut best = mentions[0].text(blocks);
    let mut most = (best.chars().count(), has_lowercase(best));
    for m in &mentions[1..] {
        let text = m.text(blocks);
        let n = (text.chars().count(), has_lowercase(text));
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
        if text == name || aliases.iter().any(|a| a == text) {
            continue;
        }
        // ("ABC\u{a0}Ontario": an alias spelt with a plain space, a no-break one is typesetting;
        // a byte test first, as few aliases hold one)
        if text.bytes().any(|b| b == 0xA0 || b == 0xAF) && text.contains(['\u{a0}', '\u{202f}']) {
            let plain = text.replace(['\u{a0}', '\u{202f}'], " ");
            if plain != name.replace(['\u{a0}', '\u{202f}'], " ") && !aliases.contains(&plain) {
                aliases.push(plain);
            }
            continue;
        }
        aliases.push(text.to_string());
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
    // (in the order first seen; each key's group found by a hash, not by comparing every
    // group's key: some 900 dates a MiB, in 100 groups)
    let mut groups: Vec<(Option<String>, Vec<Mention>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::default();
    for (b, d) in dates {
        let text = &blocks[b][d.start..d.end];
        let key = d.value.clone().unwrap_or_else(|| fold(text));
        let m = Mention::new(b, d.start, d.end);
        match index.get(&key) {
            Some(&g) => groups[g].1.push(m),
            None => {
                index.insert(key, groups.len());
                groups.push((d.value, vec![m]));
            }
        }
    }
    groups
        .into_iter()
        .map(|(value, mentions)| {
            let name = longest(blocks, &mentions);
            entity(blocks, name, EntityKind::Date, mentions, value)
        })
        .collect()
}

/// Records group `i` under `key`, or no group once another is there: the one name a short form
/// may stand for.
fn claim<K: Eq + std::hash::Hash>(map: &mut HashMap<K, Option<usize>>, key: K, i: usize) {
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
            assert_eq!(tokens_of(key)[..], split, "{key:?}");
            let mut g = Group::unkeyed(None);
            g.set_key(key);
            assert_eq!(g.tokens()[..], split, "{key:?}");
            assert_eq!(g.ntoks as usize, split.len(), "{key:?}");
        }
        assert_eq!(tokens_of("le\u{a0}pen")[..], ["le", "pen"]);
    }
}

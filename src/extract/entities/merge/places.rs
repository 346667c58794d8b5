//! Places in the merge: names listed with places, surnames named like places, and the short
//! forms of places, rivers and gazetteer names.

use super::{
    Cand, EntityKind, GAZ, Group, HashMap, HashSet, Toks, claim, fold_into, join, kind_of,
    tokens_of, with_folded, without_elision,
};
use crate::extract::entities::text::fold;

/// Words after which a known place's name is that place, not a person's surname ("à
/// Narbonne", "near Kingston", "the Stirling area").
const PLACE_LEAD: &[&str] = &[
    "a", "au", "aux", "en", "de", "du", "des", "d", "dans", "vers", "pres", "sur", "pour", "par",
    "et", "ou", "le", "la", "l", "les", "entre", "in", "at", "near", "from", "to", "of", "into",
    "outside", "around", "across", "via", "and", "or", "the", "between", "toward", "towards",
    "for", "by", "on",
];

/// (round 66) The words before byte `start` of `text` put a town there, never a person or a
/// firm: "in" or "near" (not after a noun or verb that takes a person or a firm: "faith in X",
/// "invested in X", [`super::super::context::not_place_before`]), "près de", or "à" after a
/// capitalised name (a route: "reliant Guercif à Taza") or a verb of living there ("a grandi
/// à Morhange"), "the town of", "la ville de" (round 67; not "from Obama to Trump": power
/// passes between people too); the mention owns nothing after it ("in Trump's first term"). A
/// surname's or a firm's word there is the place it is named after.
pub(super) fn after_locative(text: &str, start: usize) -> bool {
    // ("in Trump's first term": the mention's word owns what follows)
    let word_end = text[start..]
        .find(|c: char| !c.is_alphabetic())
        .map_or(text.len(), |e| start + e);
    if possessed(&text[word_end..]) {
        return false;
    }
    let mut words = text[..start]
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || c == '’' || c == '\'')
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()));
    let (Some(w), Some(v)) = (words.next(), words.next()) else {
        return false;
    };
    if w == "à" {
        return v.chars().next().is_some_and(char::is_uppercase)
            || super::super::context::DWELL_VERBS.contains(&&*fold(v));
    }
    let v = fold(v);
    with_folded(w, |f| match f {
        // (round 68) "à la limite de Grimaud"
        "de" => matches!(&*v, "pres" | "ville" | "commune" | "limite"),
        "in" | "near" => !super::super::context::not_place_before(&v),
        // (round 67) "grew up near the town of Masindi"
        "of" => matches!(&*v, "town" | "city" | "village" | "township"),
        _ => false,
    })
}

/// "Sylvie Narbonne … Mme Narbonne", "Glenn Stirling … Stirling added": a known place's name
/// that is the surname of the one person of the article named with it, standing where no
/// preposition or article puts a place, names that person.
#[inline(never)]
pub(super) fn surnames_named_like_places(
    blocks: &[&str],
    groups: &mut [Group],
    alive: &[bool],
    named_again: &mut [bool],
) {
    // the people's groups by their folded last word (one person a surname, else none; the word
    // borrowed from the keys' buffer)
    let mut by_last: HashMap<&str, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if !alive[i] || g.gaz.is_some() || kind_of(g).0 != EntityKind::Person {
            continue;
        }
        let toks = g.tokens();
        if toks.len() >= 2 {
            claim(&mut by_last, toks[toks.len() - 1], i);
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
        let target = |c: &Cand| {
            let text = c.text(blocks);
            (!text.contains([' ', '\u{a0}', '-']))
                .then(|| with_folded(text, |f| by_last.get(f).copied().flatten()))
                .flatten()
        };
        // (most places name no person: their mentions are left as they are, not moved into
        // new lists, and their kind is not forgotten)
        if !g.cands().iter().any(|c| {
            target(c).is_some() && !after_place_lead(blocks[c.block as usize], c.start as usize)
        }) {
            continue;
        }
        let mut moved = Vec::new();
        let mut kept = Vec::new();
        for c in std::mem::take(groups[i].cands_mut()) {
            match target(&c) {
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

/// The word before byte `start` of `text` puts a place there ([`PLACE_LEAD`]).
pub(super) fn after_place_lead(text: &str, start: usize) -> bool {
    let word = word_before(text, start, false);
    !word.is_empty() && with_folded(word, |f| PLACE_LEAD.contains(&f))
}

/// The word that ends right before byte `start` of `text` (spaces and elisions' apostrophes
/// between them skipped; with `hyphen`, a hyphen inside the word kept: "start-up").
fn word_before(text: &str, start: usize, hyphen: bool) -> &str {
    let before = text[..start].trim_end().trim_end_matches(['’', '\'']);
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, ch)| !(ch.is_alphabetic() || (hyphen && ch == '-')))
        .map_or(0, |(i, ch)| i + ch.len_utf8());
    &before[word_start..]
}

/// Text between two names that coordinates them ("X, Y et Z", "Samatan et de Lombez").
fn coordinating(between: &str) -> bool {
    // (the first byte of `core` below, found by bytes while what opens `between` is ASCII:
    // most texts between two names open with a word refused by that byte, answered without
    // trimming them or counting their chars)
    let b = between.as_bytes();
    let space = |i: usize| b.get(i).is_some_and(|&x| matches!(x, b' ' | b'\t'..=b'\r'));
    let mut i = 0;
    while space(i) {
        i += 1;
    }
    let comma = b.get(i) == Some(&b',');
    while b.get(i) == Some(&b',') {
        i += 1;
    }
    while space(i) {
        i += 1;
    }
    // (round 65: after a comma, "de" too: "les maires de Sand, de Matzenheim et de Kogenheim")
    let opens =
        |x: u8| matches!(x.to_ascii_lowercase(), b'e' | b'a' | b'o') || (comma && x == b'd');
    if b.get(i).is_some_and(|&x| x.is_ascii() && !opens(x)) {
        return false;
    }
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
        .is_some_and(|b| b.is_ascii() && !opens(b))
    {
        return false;
    }
    with_folded(trimmed, |b| {
        let b = b.trim_start_matches(',').trim();
        (comma && matches!(b, "de" | "d'" | "du"))
            || matches!(
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
                    | "ou la"
                    | "ou le"
                    | "ou l'"
                    | "et a"
                    | "ou a"
                    | "et en"
                    | "et l'"
                    | "and the"
                    | "or the"
            )
    }) && !trimmed.is_empty()
}

/// The folded names taken for places anywhere: evidence for the words listed with them
/// ([`coordinated_places`]). Only a name that some coordinated candidate's text (`pairs`, of
/// each part of `parts`) folds to is ever asked: a name in ASCII folds to its bytes lowercased,
/// and its first and last bytes and its length, hashed to one of 4,096 bits, refuse most names
/// before any fold (most places are named in no coordination).
#[inline(never)]
pub(super) fn place_seeds(
    blocks: &[&str],
    parts: &[Vec<Cand>],
    pairs: &[Vec<(usize, usize)>],
) -> HashSet<String> {
    let mut seeds = HashSet::default();
    // (the bytes' first and last ASCII-lowercased: a folded name's are already)
    let bit = |bytes: &[u8]| {
        let first = bytes.first().map_or(0, u8::to_ascii_lowercase);
        let last = bytes.last().map_or(0, u8::to_ascii_lowercase);
        let h = (u64::from(first) | u64::from(last) << 8 | (bytes.len() as u64) << 16)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 52) as usize
    };
    let mut bits = [0u64; 64];
    let mut any = false;
    for (part, pairs) in parts.iter().zip(pairs) {
        for &(a, b) in pairs {
            for c in [&part[a], &part[b]] {
                // (a place by its own kind stays one: its seed is never asked)
                if c.kind == EntityKind::Place && c.strength >= 1 && !c.demonym {
                    continue;
                }
                let text = c.text(blocks);
                let b = if text.is_ascii() {
                    bit(text.as_bytes())
                } else {
                    with_folded(text, |f| bit(f.as_bytes()))
                };
                bits[b / 64] |= 1 << (b % 64);
                any = true;
            }
        }
    }
    if !any {
        return seeds;
    }
    for c in parts.iter().flatten() {
        if c.kind == EntityKind::Place && c.strength >= 1 && !c.demonym {
            let text = c.text(blocks);
            if text.is_ascii() {
                let b = bit(text.as_bytes());
                if bits[b / 64] & 1 << (b % 64) == 0 {
                    continue;
                }
            }
            with_folded(text, |f| {
                if !seeds.contains(f) {
                    seeds.insert(f.to_string());
                }
            });
        }
    }
    seeds
}

/// The coordinated neighbours of `cands` (the candidates of consecutive blocks, in block
/// order: a coordination never spans two blocks), found once: [`coordinated_places`] changes
/// kinds, not the text.
pub(super) fn coordination_pairs(blocks: &[&str], cands: &[Cand]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    // (a stable sort of candidates already in order leaves them so: not sorted then)
    if !cands.is_sorted_by_key(|c| (c.block, c.start)) {
        if cands.is_sorted_by_key(|c| c.block) {
            // (blocks in order, as the parts hold them: the same order by sorting each block's
            // candidates apart, a few short sorts instead of one long one)
            for run in order.chunk_by_mut(|&a, &b| cands[a].block == cands[b].block) {
                run.sort_by_key(|&i| cands[i].start);
            }
        } else {
            order.sort_by_key(|&i| (cands[i].block, cands[i].start));
        }
    }
    order
        .windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|&(a, b)| {
            let (a, b) = (&cands[a], &cands[b]);
            a.block == b.block
                && a.end <= b.start
                && coordinating(&blocks[a.block as usize][a.end as usize..b.start as usize])
        })
        .collect()
}

/// A name of one or two words guessed without evidence (strength <= 1, no gazetteer) that is
/// coordinated with a place (`pairs`: [`coordination_pairs`]) is a place too ("À Auch, Condom
/// et Lectoure").
#[inline(never)]
pub(super) fn coordinated_places(
    blocks: &[&str],
    seeds: &HashSet<String>,
    cands: &mut [Cand],
    pairs: &[(usize, usize)],
) {
    // (not a people's adjective: "Sweden's Apotek Hjärtat and the Dutch chain")
    let is_place = |c: &Cand| {
        (c.kind == EntityKind::Place && c.strength >= 1 && !c.demonym)
            || with_folded(c.text(blocks), |f| seeds.contains(f))
    };
    // (two words too: "near Outlook, Swift Current and Melfort")
    let guess = |c: &Cand, text: &str| {
        c.gaz.is_none() && c.strength <= 1 && text[c.range()].matches([' ', '\u{a0}']).count() <= 1
    };
    // (round 65) "le gouverneur de la région des Cascades, Antoinette Somé, a…": a given
    // name and a word after the place and its comma, closed by a comma, is the title's holder
    let holder = |x: &Cand, y: &Cand, text: &str| {
        y.kind == EntityKind::Person
            && x.end <= y.start
            && text[y.end as usize..].starts_with(',')
            && text[y.range()]
                .split([' ', '\u{a0}'])
                .next()
                .is_some_and(|w| with_folded(w, |f| GAZ.sets.any_given(f)))
    };
    // (", de Y" continues only a list of "de X": "les maires de Sand, de Matzenheim"; not
    // "à Lyon, de Bruyne restant…", a surname's particle)
    let de_list = |a: &Cand, b: &Cand, text: &str| {
        let between = text[a.end as usize..b.start as usize].trim_start();
        !between.starts_with(',')
            || !with_folded(between.trim_start_matches(',').trim(), |f| {
                matches!(f, "de" | "d'" | "du")
            })
            || {
                let before = text[..a.start as usize].trim_end_matches(['’', '\'']);
                with_folded(before.trim_end(), |f| {
                    f.ends_with(" de") || f.ends_with(" du") || f.ends_with(" d")
                })
            }
    };
    // a few passes propagate along a list in both directions
    for _ in 0..3 {
        let mut changed = false;
        for &(a, b) in pairs {
            let text = blocks[cands[a].block as usize];
            if !de_list(&cands[a], &cands[b], text) {
                continue;
            }
            for (x, y) in [(a, b), (b, a)] {
                if is_place(&cands[x])
                    && guess(&cands[y], text)
                    && !holder(&cands[x], &cands[y], text)
                {
                    cands[y].kind = EntityKind::Place;
                    cands[y].strength = 2;
                    // (a town of the list guessed soft, now a place by the list's evidence)
                    cands[y].soft = false;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
}

/// The index of the word "of"/"de"/"du" (or "d’" and a word) after which the rest of group
/// `g`'s name ([`tokens_of`] its key: `toks`) is a known place ("Forestry Corporation of NSW").
pub(super) fn place_after_of(
    blocks: &[&str],
    g: &Group,
    toks: &[impl AsRef<str>],
) -> Option<usize> {
    // (most names hold no such word: no mention's text to build then)
    let of_at =
        |t: &str| matches!(t, "of" | "de" | "du") || t.starts_with("d'") || t.starts_with("d’");
    if g.gaz.is_some() || !toks.iter().skip(2).any(|t| of_at(t.as_ref())) {
        return None;
    }
    let text = g.longest(blocks);
    let words = tokens_of(text);
    if words.len() != toks.len() || g.gaz.is_some() {
        return None;
    }
    // (a rest longer than any gazetteer name spells none: not joined, so a name of many
    // "de" costs its length, not its length squared)
    let longest = super::super::gazetteer::GAZ.longest;
    // the length of `words[j..]` joined by spaces, plus one
    let mut rest: usize = words.iter().map(|w| w.len() + 1).sum();
    for j in 0..toks.len() {
        let after = rest - words[j].len() - 1;
        let place = match toks[j].as_ref() {
            _ if j < 2 => None,
            "of" | "de" | "du" if j + 1 < toks.len() && after - 1 <= longest => {
                Some(words[j + 1..].join(" "))
            }
            // ("d’" is two chars of at most four bytes each)
            t if (t.starts_with("d'") || t.starts_with("d’")) && rest - 1 <= longest + 8 => {
                let w = words[j..].join(" ");
                w.char_indices().nth(2).map(|(at, _)| w[at..].to_string())
            }
            _ => None,
        };
        if place.is_some_and(|p| super::super::gazetteer::is_place_name(&p)) {
            return Some(j);
        }
        rest = after;
    }
    None
}

/// The index of "de"/"du"/"of" after the two opening words or more of a listed body's name
/// (`words`, folded `toks`), when one known place's name ends it ("Cour supérieure du Québec").
pub(super) fn listed_place_after_of(toks: &[impl AsRef<str>], words: &[&str]) -> Option<usize> {
    let j = (2..toks.len().saturating_sub(1))
        .find(|&j| matches!(toks[j].as_ref(), "of" | "de" | "du"))?;
    super::super::gazetteer::is_place_name(&words[j + 1..].join(" ")).then_some(j)
}

/// Nouns of local government after a place's name in a body's name ("Galway County Council").
pub(super) const LOCAL_AREA: &[&str] = &[
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
/// names with the word; an island's or a lake's too, when the gazetteer does not know the word.
#[inline(never)]
pub(super) fn rivers_named_short(blocks: &[&str], groups: &mut [Group]) {
    let mut rivers: HashMap<String, Option<usize>> = HashMap::default();
    // (round 59) "Gabriola" after "Gabriola Island", "Tahoe" after "Lake Tahoe": an island's or
    // a lake's name alone, unknown to the gazetteer ("Vancouver" is the city, "Geneva" the town)
    let mut waters: HashMap<String, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.gaz.is_some() || g.ntoks != 2 || g.cands().is_empty() {
            continue;
        }
        let toks = g.tokens();
        let (name, river) = match toks[..] {
            ["river", name] | [name, "river"] => (name, true),
            [name, "island" | "isle" | "lake"] | ["lake", name] => (name, false),
            _ => continue,
        };
        let (kind, strength) = kind_of(g);
        if kind == EntityKind::Place && strength >= 1 {
            claim(
                if river { &mut rivers } else { &mut waters },
                name.to_string(),
                i,
            );
        }
    }
    if rivers.is_empty() && waters.is_empty() {
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
            None => rivers.get(g.key).or_else(|| waters.get(g.key)).copied(),
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
pub(super) fn places_named_short(blocks: &[&str], groups: &mut [Group]) {
    let mut shorts: HashMap<String, Option<usize>> = HashMap::default();
    // (the name with its article first: "Le Guilvinec", not "port du Guilvinec")
    let mut with_article: HashMap<String, Option<usize>> = HashMap::default();
    // (a known place after a landform's noun is another place: "col de la Vanoise", the massif)
    let mut landforms: HashMap<String, Option<usize>> = HashMap::default();
    // (each name folded into one buffer, reused: no string allocated a place)
    let mut name = String::new();
    for (i, g) in groups.iter().enumerate() {
        if g.cands().is_empty() || !matches!(kind_of(g), (EntityKind::Place, s) if s != 0) {
            continue;
        }
        let text = g.longest(blocks);
        name.clear();
        fold_into(text, &mut name);
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
            None => find(g.key).or_else(|| landforms.get(g.key).copied()),
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
pub(super) fn short_forms_of_places(groups: &mut [Group]) {
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
        if let Some(&t) = heads.get(g.key) {
            let moved: Vec<Cand> = std::mem::take(groups[i].cands_mut());
            groups[t].cands_mut().extend(moved.into_iter().map(|mut c| {
                c.kind = EntityKind::Place;
                c.strength = 2;
                c
            }));
        }
    }
}

/// (round 68) "Stewart Island (Rakiura)", "Great Barrier Island (Aotea)": a place's one-word
/// name, unlisted, each of its mentions alone in brackets straight after a mention of another
/// place ending with a landform's noun, is that place's other name (one place the mentions
/// before name; not "Cogolin (Var)", a town and its département).
#[inline(never)]
pub(super) fn bracketed_other_names(blocks: &[&str], groups: &mut [Group]) {
    // (the place groups' mention ends, by block and byte: most articles bracket no place)
    let mut ends: HashMap<(u32, u32), usize> = HashMap::default();
    let mut any = false;
    for (i, g) in groups.iter().enumerate() {
        if g.cands().is_empty() || kind_of(g).0 != EntityKind::Place {
            continue;
        }
        for c in g.cands() {
            let text = blocks[c.block as usize];
            let name = &text[c.range()];
            if name
                .rsplit(' ')
                .next()
                .is_some_and(crate::extract::entities::context::landform_named)
            {
                ends.insert((c.block, c.end), i);
            }
            any |= text[..c.start as usize].ends_with('(');
        }
    }
    if !any {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.cands().is_empty()
            || g.ntoks != 1
            || g.gaz.is_some()
            || kind_of(g).0 != EntityKind::Place
        {
            continue;
        }
        let mut target = None;
        let all = g.cands().iter().all(|c| {
            let text = blocks[c.block as usize];
            let before = &text[..c.start as usize];
            let t = before
                .strip_suffix('(')
                .and_then(|b| b.strip_suffix(' '))
                .and_then(|b| ends.get(&(c.block, b.len() as u32)));
            match (t, target) {
                _ if !text[c.end as usize..].starts_with(')') => false,
                (Some(&t), None) if t != i => {
                    target = Some(t);
                    true
                }
                (Some(&t), Some(o)) => t == o,
                _ => false,
            }
        });
        if all && let Some(t) = target {
            join(groups, i, t);
        }
    }
}

/// (round 68) "Saint-Jean" after "Saint-Jean-sur-Richelieu", "Châlons" after
/// "Châlons-en-Champagne": a French town named again by the words before its "-sur-", "-en-",
/// "-lès-" or "-sous-" (or before the hyphen of a listed town's two names, "Carhaix-Plouguer")
/// is that town, when the article names one such town only.
#[inline(never)]
pub(super) fn towns_named_short(blocks: &[&str], groups: &mut [Group]) {
    let mut heads: HashMap<String, Option<usize>> = HashMap::default();
    let mut pairs: HashMap<String, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.cands().is_empty() || kind_of(g).0 != EntityKind::Place {
            continue;
        }
        // (a listed town's group has no key of its own: its words as written)
        let name = g.longest(blocks);
        if !name.contains('-') {
            continue;
        }
        let name = fold(name);
        for link in ["-sur-", "-en-", "-les-", "-lez-", "-sous-"] {
            if let Some(at) = name.find(link)
                && at > 0
                && !name[..at].contains(' ')
            {
                claim(&mut heads, name[..at].to_string(), i);
            }
        }
        // (round 72) "Carhaix" after "Carhaix-Plouguer": a listed town of two names joined by
        // one hyphen is named again by the first, listed or not (not "Charente" beside
        // "Charente-Maritime", no town)
        if let Some((a, b)) = name.split_once('-')
            && !b.contains(['-', ' '])
            && !a.contains(' ')
            && a.chars().count() >= 3
            && b.chars().count() >= 3
            && super::super::towns::is_town(&name)
        {
            claim(&mut pairs, a.to_string(), i);
        }
    }
    if heads.is_empty() && pairs.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.cands().is_empty() || kind_of(g).0 != EntityKind::Place {
            continue;
        }
        let t = if g.gaz.is_some() {
            // (a listed group's key is its entry: its words as written, folded only when a
            // town of two names was seen)
            if pairs.is_empty() {
                continue;
            }
            pairs.get(fold(g.longest(blocks)).as_str())
        } else {
            heads.get(g.key).or_else(|| pairs.get(g.key))
        };
        if let Some(&Some(t)) = t
            && t != i
        {
            join(groups, i, t);
        }
    }
}

/// A name left out of the gazetteer at one place (an ambiguous name opening a
/// sentence, "COLUMBUS —") joins the gazetteer entity matched elsewhere.
#[inline(never)]
pub(super) fn join_gazetteer_forms(blocks: &[&str], groups: &mut [Group]) {
    // (every listed mention folded into one buffer, then indexed by slices of it, the first
    // group of each text kept: no string allocated a text)
    let mut buf = String::new();
    let mut ends: Vec<(u32, usize)> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        if g.gaz.is_some() {
            for c in g.cands() {
                fold_into(c.text(blocks), &mut buf);
                ends.push((u32::try_from(buf.len()).expect("fewer than 4 GB"), i));
            }
        }
    }
    let mut by_text: HashMap<&str, usize> = HashMap::default();
    let mut from = 0;
    for &(end, i) in &ends {
        by_text.entry(&buf[from..end as usize]).or_insert(i);
        from = end as usize;
    }
    for i in 0..groups.len() {
        if groups[i].gaz.is_some() {
            continue;
        }
        if let Some(&t) = by_text.get(groups[i].key) {
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

/// Prepositions of place besides the context rules' (`place_prep`), for
/// [`bodies_named_like_places`] ("residents of X", "the line runs through X").
const PLACE_PREP_MORE: &[&str] = &["of", "into", "through", "aux", "dans", "pres"];

/// Words straight after a place's name that tell nothing of what it is: a verb's auxiliary or
/// a copula ("X was flooded", "X is changing fast", "X a été inondée").
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "remains", "est", "etait",
    "sera", "a", "avait", "reste",
];

/// "Corvale Ridge Capital … Corvale Ridge obtient", "Tesmond Valley Players … Tesmond Valley’s
/// artistic director": a name of two words or more taken for a place by its noun (ridge,
/// valley, peak), never after a preposition of place or "the", that opens the name of one
/// longer organisation of the article is that organisation named short when one of its
/// mentions acts or owns ("’s", a verb other than an auxiliary after it); a place the body is
/// named after stands where places go or takes auxiliaries only ("residents of Lorne Springs",
/// "through the Ambry Valley", "Ambry Valley was flooded").
#[inline(never)]
pub(super) fn bodies_named_like_places<'k>(blocks: &[&str], groups: &mut [Group<'k>]) {
    // the first words of the names of two words or more guessed (few), then the organisations'
    // names opening with one of them, by that word (each name's words folded once)
    // (the words borrowed from the keys' buffer: no string allocated a word)
    let firsts: HashSet<&'k str> = groups
        .iter()
        .filter(|g| g.gaz.is_none() && g.ntoks >= 2 && !g.cands().is_empty())
        .filter(|g| kind_of(g).0 == EntityKind::Place)
        .map(first_key_word)
        .collect();
    if firsts.is_empty() {
        return;
    }
    let mut by_first: HashMap<&'k str, Vec<(usize, Toks<'k>)>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.gaz.is_none()
            && g.ntoks >= 3
            && !g.cands().is_empty()
            && firsts.contains(first_key_word(g))
            && kind_of(g).0 == EntityKind::Organization
        {
            let toks = g.tokens();
            by_first.entry(toks[0]).or_default().push((i, toks));
        }
    }
    if by_first.is_empty() {
        return;
    }
    let mut joins = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        if g.gaz.is_some() || g.ntoks < 2 || g.cands().is_empty() {
            continue;
        }
        // (the first word from the key: most groups open no organisation's name)
        let Some(orgs) = by_first.get(first_key_word(g)) else {
            continue;
        };
        if kind_of(g).0 != EntityKind::Place {
            continue;
        }
        let toks = g.tokens();
        let mut longer = orgs.iter().filter(|(t, tt)| {
            *t != i && tt.len() > toks.len() && tt.iter().zip(&toks).all(|(a, b)| a == b)
        });
        let (Some(&(t, _)), None) = (longer.next(), longer.next()) else {
            continue;
        };
        let placed = g.cands().iter().any(|c| {
            let text = blocks[c.block as usize];
            let mut words = text[..c.start as usize]
                .rsplit(|ch: char| !ch.is_alphabetic())
                .filter(|w| !w.is_empty());
            let word = words.next().unwrap_or_default();
            // ("through the Ambry Valley": a lowercase article before it, not its possessive's)
            if word == "the" && !possessed(&text[c.end as usize..]) {
                return true;
            }
            !word.is_empty()
                && with_folded(word, |f| {
                    crate::extract::entities::context::place_prep(f) || PLACE_PREP_MORE.contains(&f)
                })
        });
        let acts = g.cands().iter().any(|c| {
            let after = &blocks[c.block as usize][c.end as usize..];
            possessed(after)
                || after
                    .strip_prefix(' ')
                    .and_then(|a| a.split(|ch: char| !ch.is_alphabetic()).next())
                    .is_some_and(|w| {
                        w.starts_with(char::is_lowercase)
                            && with_folded(w, |f| {
                                !AUXILIARIES.contains(&f) && !GAZ.sets.function_words.contains(f)
                            })
                    })
        });
        if !placed && acts {
            joins.push((i, t));
        }
    }
    for (i, t) in joins {
        join(groups, i, t);
    }
}

/// The group's key's first word (folded, as the key is).
fn first_key_word<'k>(g: &Group<'k>) -> &'k str {
    let (a, b) = g.spans[0];
    &g.key[a as usize..b as usize]
}

/// Text `after` a name opens with its possessive ("’s", "'s").
fn possessed(after: &str) -> bool {
    after.starts_with("’s") || after.starts_with("'s")
}

/// (round 66) "the Ankobra River … into Ankobra tributary", "le lac Abitibi … l’Abitibi": a lone
/// unknown word guessed an organisation from its context alone (no cue of its own, no listed
/// name) that is the one proper word of a place's longer name (with nouns of places and
/// function words only) is that place's word, a place.
pub(super) fn words_of_place_names(blocks: &[&str], groups: &mut [Group]) {
    // (the lone words first, few or none: the places' words are read only for them, from the
    // keys' spans, with no list built a group)
    let lone: Vec<usize> = groups
        .iter()
        .enumerate()
        .filter(|&(_, g)| {
            g.ntoks == 1
                && g.gaz.is_none()
                && !g.cands().is_empty()
                && g.key.len() >= 3
                && matches!(kind_of(g), (EntityKind::Organization, s) if s <= 2)
        })
        .map(|(i, _)| i)
        .collect();
    if lone.is_empty() {
        return;
    }
    let keys: HashSet<&str> = lone.iter().map(|&i| groups[i].key).collect();
    let mut in_places: HashSet<&str> = HashSet::default();
    // (the name is the word and nouns of places or function words: "Ankobra River", "lac
    // Abitibi", "Val de Saire"; not "Pelican Rapids Community Center")
    let word = |t: &str| GAZ.sets.function_words.contains(t) || GAZ.sets.place_cues.contains(t);
    for g in groups.iter() {
        if g.ntoks < 2 || g.cands().is_empty() || kind_of(g).0 != EntityKind::Place {
            continue;
        }
        let mut own = g
            .spans
            .iter()
            .map(|&(a, b)| &g.key[a as usize..b as usize])
            .filter(|t| !word(t));
        if let (Some(t), None) = (own.next(), own.next())
            && keys.contains(t)
        {
            in_places.insert(t);
        }
    }
    for i in lone {
        let g = &groups[i];
        if !in_places.contains(g.key)
            // (no acronym: "IGP")
            || !g.longest(blocks).chars().any(char::is_lowercase)
            || GAZ
                .sets
                .lex
                .get(g.key)
                .is_some_and(|&b| b & crate::extract::entities::classify::lex::COMMON_NOUN != 0)
        {
            continue;
        }
        for c in groups[i].cands_mut() {
            c.kind = EntityKind::Place;
        }
    }
}

/// (Round 72) "Le Chenit, dont dépend Le Brassus … au Brassus": a French town whose name opens
/// with an article, named with it (read as a body's name or a place's) and without it (after
/// "au", "du", a dateline's capitals), is one place, named with its article.
#[inline(never)]
pub(super) fn towns_with_their_article(blocks: &[&str], groups: &mut [Group]) {
    let mut bare: HashMap<String, Option<usize>> = HashMap::default();
    let mut with_article: Vec<(usize, String)> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        // (the folded key first: an article and one word, or one word)
        let articled = ["le ", "la ", "les "].iter().any(|a| g.key.starts_with(a)) && g.ntoks == 2;
        if g.cands().is_empty() || g.gaz.is_some() || !(articled || g.ntoks == 1) {
            continue;
        }
        let (kind, strength) = kind_of(g);
        let name = g.longest(blocks);
        let rest = ["Le ", "La ", "Les "]
            .iter()
            .find_map(|a| name.strip_prefix(a))
            .filter(|r| r.starts_with(char::is_uppercase) && !r.contains(' '));
        match rest {
            // (a body named with a cue stays one: "l’association Le Refuge … au Refuge")
            Some(r)
                if kind == EntityKind::Place
                    || (kind == EntityKind::Organization
                        && strength <= 1
                        && !g.cands().iter().any(|c| after_org_intro(blocks, c))) =>
            {
                with_article.push((i, fold(r)));
            }
            None if kind == EntityKind::Place && !name.contains(' ') => {
                claim(&mut bare, fold(name), i);
            }
            _ => {}
        }
    }
    for (i, rest) in with_article {
        if let Some(&Some(t)) = bare.get(&rest)
            && t != i
        {
            join(groups, i, t);
        }
    }
}

/// The word before mention `c` is a lowercase noun that introduces a body ("l’association Le
/// Refuge", "l’entreprise Le Creuset").
fn after_org_intro(blocks: &[&str], c: &Cand) -> bool {
    let word = word_before(blocks[c.block as usize], c.start as usize, true);
    !word.is_empty() && word.starts_with(char::is_lowercase) && GAZ.sets.org_intro.contains(word)
}

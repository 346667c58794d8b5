//! Merges of an acronym with the name it stands for: its initials spelt by the name's words
//! ("Road Haulage Association … the RHA"), or in brackets after it.

use compact_str::{CompactString, format_compact};

use super::{
    Cand, EntityKind, GAZ, Group, HashMap, HashSet, claim, fold, join, kind_of, next_token,
    tokens_of, with_folded, without_elision,
};

/// "Road Haulage Association … the RHA", "Organisation mondiale de la santé (OMS)": an acronym
/// in capitals whose letters are the initials of the words of one longer name of the article
/// (an organisation's, a place's or another thing's, not a person's), its function words left
/// out or counted, is that name again. Two names with the same initials leave it alone.
#[inline(never)]
pub(super) fn acronyms_of_names(blocks: &[&str], groups: &mut [Group]) -> PlacesServed {
    let initial = |t: &str| {
        let t = without_elision(t);
        t.chars().next().filter(|c| c.is_alphanumeric())
    };
    // (keys of up to 24 bytes kept inline: most initials and heads are built and claimed
    // without the heap)
    let mut by_initials: HashMap<CompactString, Option<usize>> = HashMap::default();
    // "CHU de Bouaké" for "Centre hospitalier universitaire de Bouaké": the initials of a
    // name's opening words, then its closing words ([`rest_of_name`])
    let mut by_head: HashMap<CompactString, Option<usize>> = HashMap::default();
    let function = |t: &&str| GAZ.sets.function_words.contains(*t);
    // the letters of the first word of each unlisted name of two words or more: the only
    // initials [`acronyms_opening_names`] looks `by_head` up with, and only of the names it
    // reads (their first mention opening with a word in capitals: its first two chars are no
    // lowercase letters; most names are refused by that test before any string is made)
    let mut buf = String::new();
    let mut heads: HashSet<CompactString> = HashSet::default();
    for g in groups.iter().filter(|g| g.gaz.is_none() && g.ntoks >= 2) {
        let Some(c) = g.cands().first() else {
            continue;
        };
        // (the key's first word read from its spans: found when the group was made)
        if let (true, Some(&(a, b))) = (opens_in_capitals(c.text(blocks)), g.spans.first()) {
            let first = &g.key[a as usize..b as usize];
            buf.clear();
            buf.extend(first.chars().filter(|c| c.is_alphanumeric()));
            if !heads.contains(buf.as_str()) {
                heads.insert(CompactString::from(buf.as_str()));
            }
        }
    }
    // the keys of the one-word names (the acronyms to be), for the initials that leave out an
    // opening place: only those are looked up, and the place asked about (round 44)
    // (each packed in a number: hashed and compared at once)
    let one_words: HashSet<u64> = groups
        .iter()
        .filter(|g| g.ntoks == 1 && (3..=6).contains(&g.key.len()))
        .filter_map(|g| packed_key(g.key.as_bytes()))
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
        // (an unlisted name's words are its key's, read from the spans found when the group
        // was made: not split again)
        let folded: String;
        let toks = match g.gaz {
            Some(_) if !g.longest(blocks).contains([' ', '\u{a0}', '\u{202f}']) => continue,
            Some(_) => {
                folded = fold(g.longest(blocks));
                tokens_of(&folded)
            }
            None if g.ntoks >= 2 => g.tokens(),
            None => continue,
        };
        if toks.len() < 2 {
            continue;
        }
        // each word's function-word test and initial, found once
        let words: smallvec::SmallVec<[(bool, Option<char>); 8]> =
            toks.iter().map(|t| (function(t), initial(t))).collect();
        // (each built in `buf`, then made a key at once: a key collected char by char cost
        // 80 instructions a char)
        let mut key_of = |chars: &mut dyn Iterator<Item = char>| {
            buf.clear();
            buf.extend(chars);
            CompactString::from(buf.as_str())
        };
        let without = key_of(&mut words.iter().filter(|w| !w.0).filter_map(|w| w.1));
        // (a key claimed again by the same group changes nothing: `with` and `parts` are
        // claimed only where they differ from `without`)
        let with: Option<CompactString> = words
            .iter()
            .any(|w| w.0 && w.1.is_some())
            .then(|| key_of(&mut words.iter().filter_map(|w| w.1)));
        // ("Collectif Rail Charente-Limousin (CRCL)": each part of a hyphenated word)
        let parts: Option<CompactString> = toks
            .iter()
            .zip(&words)
            .any(|(t, w)| !w.0 && t.contains('-'))
            .then(|| {
                key_of(
                    &mut toks
                        .iter()
                        .zip(&words)
                        .filter(|(_, w)| !w.0)
                        .flat_map(|(t, _)| t.split('-'))
                        .filter_map(&initial),
                )
            });
        for initials in [Some(without), with, parts].into_iter().flatten() {
            if initials.chars().count() >= 2 {
                claim(&mut by_initials, initials, i);
            }
        }
        // ("Ardenia Department of Natural Resources … the DNR", "… Department of Transportation
        // … the DOT": a known place opening an unlisted body's name of three words or more is
        // left out of its initials, of three letters or more; round 44)
        if g.gaz.is_none()
            && kind == EntityKind::Organization
            && toks.len() >= 3
            && !words[0].0
            && !one_words.is_empty()
        {
            for initials in initials_after_place(&words, &one_words, || {
                first_word_is_place(g.longest(blocks))
            })
            .into_iter()
            .flatten()
            {
                claim(&mut by_initials, initials.into(), i);
            }
        }
        // (the initials of `toks[..k]` grow with `k`; a key whose initials open no name's key
        // is never looked up: not built)
        let mut head: CompactString = words[..2]
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
                claim(&mut by_head, format_compact!("{head} {rest}"), i);
            }
        }
    }
    let served = acronyms_opening_names(blocks, groups, &by_initials, &by_head);
    // the ASCII initials that stand for one name, by their first two letters and length hashed
    // to bits: an ASCII word's letters are its letters and digits in lowercase, read without
    // folding it, and most words are no such initials
    let ascii_bit =
        |a: u8, b: u8, n: usize| (usize::from(a) << 7 ^ usize::from(b) ^ n << 11) & 0xffff;
    let mut ascii_initials = vec![0u64; 1024];
    for (k, _) in by_initials
        .iter()
        .filter(|(k, t)| t.is_some() && k.is_ascii() && k.len() >= 2)
    {
        let h = ascii_bit(k.as_bytes()[0], k.as_bytes()[1], k.len());
        ascii_initials[h / 64] |= 1 << (h % 64);
    }
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
        let text = acronym.text(blocks);
        if text.is_ascii() {
            let (mut n, mut two) = (0, [0u8; 2]);
            for b in text.bytes().filter(u8::is_ascii_alphanumeric) {
                if n < 2 {
                    two[n] = b.to_ascii_lowercase();
                }
                n += 1;
            }
            let h = ascii_bit(two[0], two[1], n);
            if n < 2 || ascii_initials[h / 64] & 1 << (h % 64) == 0 {
                continue;
            }
        }
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
    served
}

/// The first word of `text` (split at spaces and no-break spaces, as [`next_token`] does) has
/// no lowercase letter among its first two chars; `false` for no word.
fn opens_in_capitals(text: &str) -> bool {
    let sep = |c: char| c == ' ' || c == '\u{a0}';
    let mut chars = text.chars().skip_while(|&c| sep(c));
    match chars.next() {
        None => false,
        Some(c) if c.is_lowercase() => false,
        Some(_) => chars.next().is_none_or(|c| sep(c) || !c.is_lowercase()),
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
/// whole, when what follows the acronym is a known place, after "of"/"de" or not (where that
/// body is).
#[inline(never)]
fn acronyms_opening_names(
    blocks: &[&str],
    groups: &mut [Group],
    by_initials: &HashMap<CompactString, Option<usize>>,
    by_head: &HashMap<CompactString, Option<usize>>,
) -> PlacesServed {
    let mut served = PlacesServed::default();
    // (the joins to a body by its acronym and a place, made once every place is known)
    let mut by_place: Vec<(usize, usize, String)> = Vec::new();
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
        // (the first word asked first: most names open with no word in capitals, and are
        // refused before their words are split)
        let Some((first, _)) = next_token(text) else {
            continue;
        };
        if first.chars().filter(|c| c.is_alphabetic()).count() < 2
            || first.chars().any(char::is_lowercase)
        {
            continue;
        }
        let words = tokens_of(text);
        let toks = g.tokens();
        // (the first mention's words and the key's are read side by side: same count or skip)
        if words.len() != toks.len() {
            continue;
        }
        let letters: String = toks[0].chars().filter(|c| c.is_alphanumeric()).collect();
        let rest = rest_of_name(&toks[1..]);
        let target = by_head
            .get(format!("{letters} {rest}").as_str())
            .copied()
            .flatten();
        // ("ABC Alsace", "XYZ Ontario": the acronym, then the known place it serves)
        let place = if target.is_some() {
            None
        } else if matches!(toks[1], "of" | "de" | "du")
            && super::super::gazetteer::is_place_name(&words[2..].join(" "))
        {
            Some(&words[2..])
        } else if super::super::gazetteer::is_place_name(&words[1..].join(" ")) {
            Some(&words[1..])
        } else {
            None
        };
        if let Some(place) = place {
            let place = fold(&place.join(" "));
            let places = served.entry(first.to_string()).or_default();
            if !places.contains(&place) {
                places.push(place);
            }
            if let Some(t) = by_initials.get(letters.as_str()).copied().flatten() {
                by_place.push((i, t, first.to_string()));
            }
            continue;
        }
        if let Some(t) = target
            && t != i
        {
            // (the words on the stack borrow the group until dropped)
            drop(toks);
            join(groups, i, t);
        }
    }
    // ("CCI Bretagne" beside "CCI Normandie": regional bodies of one network, each its own
    // organisation, none the body spelt out once)
    for (i, t, first) in by_place {
        if t != i && served.get(&first).is_some_and(|p| p.len() == 1) {
            join(groups, i, t);
        }
    }
    served
}

/// The known places each acronym opens a name with, folded ("CCI Bretagne", "CCI Normandie":
/// "CCI" → "bretagne", "normandie").
pub(super) type PlacesServed = HashMap<String, Vec<String>>;

/// A name of the article is the acronym `first` then a known place other than `place`.
fn other_place_served(served: &PlacesServed, first: &str, place: &str) -> bool {
    served.get(first).is_some_and(|places| {
        let place = fold(&place.replace('\u{a0}', " "));
        places.iter().any(|p| *p != place)
    })
}

/// "the Mine Workers Union of Zambia (MUZ)", "l’Office anti-cybercriminalité (OFAC)": an acronym
/// in brackets right after an organisation's name of several words is that organisation, whatever
/// its letters (news writers spell out a body's name once, its acronym in brackets, then use the
/// acronym). Only after an organisation: "Paris (AFP)", "Jane Doe (SNP)" are other things.
#[inline(never)]
pub(super) fn acronyms_in_brackets(blocks: &[&str], groups: &mut [Group], served: &PlacesServed) {
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
            // ("ABC Ontario": an acronym in capitals and the known place it serves)
            let (word, place) = match text[s..e].split_once([' ', '\u{a0}']) {
                Some((w, p)) => (w, Some(p)),
                None => (&text[s..e], None),
            };
            // ("MUZ", "Balpa", "Ifremer": one word, a capital first)
            // ("bussN": round 54, a short form in mixed case)
            let acronym = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && (word.chars().next().is_some_and(char::is_uppercase)
                    || super::super::acronym_forms::mixed_case(word))
                && place.is_none_or(|p| {
                    !word.chars().any(char::is_lowercase)
                        && (super::super::gazetteer::is_place_name(p)
                            && !other_place_served(served, word, p)
                            // (round 67) "(SPW MI)": a body's acronym and its branch's
                            || (2..=4).contains(&p.chars().count())
                                && p.chars().all(|c| c.is_ascii_uppercase()))
                });
            if !acronym {
                return None;
            }
            let (t, guessed) = ends.get(&(c.block, (s - 2) as u32)).copied()?;
            // ("(SPW MI)": two acronyms spell the name's initials; "(PA WIRE)" is a credit)
            if let Some(p) = place
                && !super::super::gazetteer::is_place_name(p)
                && !spells_initials(&format!("{word}{p}"), groups[t].longest(blocks))
            {
                return None;
            }
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

/// A longer name for [`clipped_names`]: its group, its words and their initials.
type Spelt<'a> = (usize, Vec<&'a str>, Vec<u8>);

/// `letters` are, in order, a non-empty opening of each of `words` ("lanroc": "lan" +
/// "roc" for "Lanner Rocklow"). Polynomial: the letter offsets each word can end at, word
/// by word (offsets × words × letters steps at most, never a search over every split).
pub(in crate::extract::entities) fn clipped_from(letters: &str, words: &[&str]) -> bool {
    let letters = letters.as_bytes();
    let total: usize = words.iter().map(|w| w.len()).sum();
    // (each word needs a letter of its own; no word gives more than it has)
    if words.is_empty() || letters.len() < words.len() || letters.len() > total {
        return letters.is_empty() && words.is_empty();
    }
    let mut at = vec![false; letters.len() + 1];
    at[0] = true;
    for w in words {
        let w = w.as_bytes();
        let mut next = vec![false; letters.len() + 1];
        for off in (0..letters.len()).filter(|&o| at[o]) {
            let common = letters[off..]
                .iter()
                .zip(w)
                .take_while(|(a, b)| a == b)
                .count();
            // (an opening ends on a character's boundary: no cut inside a multibyte letter)
            for n in (1..=common).filter(|&n| n == w.len() || (w[n] & 0xC0) != 0x80) {
                next[off + n] = true;
            }
        }
        at = next;
    }
    at[letters.len()]
}

/// Round 34: "Halbrook Marwenna … HalMar", "Tarnside Coalition of Growers and Millers …
/// TACOGM": one word of four letters or more, with a capital inside it or all in capitals,
/// made of the openings of each word of one longer organisation's name (its function words
/// and its legal form left out), one of them two letters or more, is that organisation named
/// short.
#[inline(never)]
pub(super) fn clipped_names(blocks: &[&str], groups: &mut [Group]) {
    // the short words first (few): four letters or more, all in capitals or with a capital
    // inside that no surname's particle puts there ("LaRoche", "MacDonald" are people's)
    let clipped = |c: &Cand| {
        let text = c.text(blocks);
        let letters = || text.chars().filter(|c| c.is_alphabetic());
        // (either shape has a capital after the first letter: most words have none)
        text.len() >= 4
            && text
                .bytes()
                .skip(1)
                .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
            && text.chars().skip(1).any(char::is_uppercase)
            && letters().count() >= 4
            && text.starts_with(char::is_uppercase)
            && (letters().all(char::is_uppercase)
                || crate::extract::entities::words::org_shaped(text))
    };
    let mut short: Vec<usize> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            g.ntoks == 1
                && g.key.len() >= 4
                && g.gaz.is_none()
                && matches!(
                    kind_of(g),
                    (EntityKind::Organization, _) | (EntityKind::Person, 0..=1)
                )
                && g.cands().iter().any(clipped)
        })
        .map(|(i, _)| i)
        .collect();
    if short.is_empty() {
        return;
    }
    // (nor the surname of a person the article names in full: "Gina LaRoche … LaRoche";
    // looked for only when some word could be clipped)
    let keys: HashSet<&str> = short.iter().map(|&i| groups[i].key).collect();
    let surnames = super::org_names::full_name_surnames(groups, |s| keys.contains(s));
    short.retain(|&i| !surnames.contains(groups[i].key));
    if short.is_empty() {
        return;
    }
    let firsts: HashSet<u8> = short
        .iter()
        .filter_map(|&i| groups[i].key.bytes().next())
        .collect();
    // (a name spells a short word only if its key holds the word's letters in order: a mask
    // of the letters first, then their order, before the name is split into words)
    let mask = |s: &str| s.bytes().fold(0u64, |m, b| m | 1 << (b & 63));
    let masks: Vec<(&str, u64)> = short
        .iter()
        .map(|&i| (groups[i].key, mask(groups[i].key)))
        .collect();
    let in_order = |word: &str, key: &str| {
        let mut rest = key.bytes();
        word.bytes().all(|b| rest.any(|k| k == b))
    };
    // the longer names opening with one of their first letters, with their words' initials
    let mut longer: HashMap<u8, Vec<Spelt>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.ntoks < 2
            || g.gaz.is_some()
            || !g.key.bytes().next().is_some_and(|b| firsts.contains(&b))
            || g.cands().is_empty()
            || kind_of(g).0 != EntityKind::Organization
        {
            continue;
        }
        let held = mask(g.key);
        if !masks
            .iter()
            .any(|&(w, m)| m & !held == 0 && in_order(w, g.key))
        {
            continue;
        }
        let mut words: Vec<&str> = g
            .tokens()
            .into_iter()
            .filter(|t| !GAZ.sets.function_words.contains(*t))
            .collect();
        // (a legal form left out: "Halbrook Marwenna Ltd … HalMar")
        while words.len() > 2 && super::org_names::COMPANY_TAIL.contains(&words[words.len() - 1]) {
            words.pop();
        }
        if words.len() >= 2 {
            let initials: Vec<u8> = words.iter().filter_map(|w| w.bytes().next()).collect();
            longer
                .entry(initials[0])
                .or_default()
                .push((i, words, initials));
        }
    }
    let mut joins = Vec::new();
    for i in short {
        let letters = groups[i].key;
        let Some(same_first) = letters.bytes().next().and_then(|b| longer.get(&b)) else {
            continue;
        };
        // (the words' initials in order among the letters: a cheap refusal first)
        let initials_in = |initials: &[u8]| {
            let mut rest = letters.bytes();
            initials.iter().all(|c| rest.any(|b| b == *c))
        };
        // (plain initials are [`acronyms_of_names`]'s: one opening of two letters or more)
        let mut spelt = same_first.iter().filter(|(t, words, initials)| {
            *t != i
                && letters.len() > words.len()
                && initials_in(initials)
                && clipped_from(letters, words)
        });
        if let (Some((t, _, _)), None) = (spelt.next(), spelt.next()) {
            joins.push((i, *t));
        }
    }
    for (i, t) in joins {
        join(groups, i, t);
    }
}

/// The initials of a name's words after its first (a known place, `place_first` says, asked
/// last), function words left out and counted: those that are the key of a one-word name
/// (`one_words`, [`packed_key`]s), of three letters or more.
#[inline(never)]
fn initials_after_place(
    words: &[(bool, Option<char>)],
    one_words: &HashSet<u64>,
    place_first: impl Fn() -> bool,
) -> [Option<String>; 2] {
    [false, true].map(|function_words| {
        // (gathered in place, no string built: a key has 3 to 6 bytes)
        let mut buf = [0u8; 6];
        let (mut len, mut count) = (0, 0);
        for c in words[1..]
            .iter()
            .filter(|w| function_words || !w.0)
            .filter_map(|w| w.1)
        {
            if len + c.len_utf8() > buf.len() {
                return None;
            }
            len += c.encode_utf8(&mut buf[len..]).len();
            count += 1;
        }
        let key = &buf[..len];
        (count >= 3 && packed_key(key).is_some_and(|k| one_words.contains(&k)) && place_first())
            .then(|| String::from_utf8_lossy(key).into_owned())
    })
}

/// A key of 6 bytes at most as one number, its length in its top byte.
fn packed_key(key: &[u8]) -> Option<u64> {
    (key.len() <= 6).then(|| {
        key.iter()
            .enumerate()
            .fold((key.len() as u64) << 56, |v, (i, &b)| {
                v | (b as u64) << (8 * i)
            })
    })
}

/// The first word of `name` (as written) is a known place's name.
fn first_word_is_place(name: &str) -> bool {
    tokens_of(name)
        .first()
        .is_some_and(|w| crate::extract::entities::gazetteer::is_place_name(w))
}

/// (Round 72) "the Nigerian National Petroleum Company (NNPC) … NNPC Ltd.": an acronym in
/// capitals and one legal form is the organisation the article names by that acronym alone.
#[inline(never)]
pub(super) fn acronyms_with_legal_forms(blocks: &[&str], groups: &mut [Group]) {
    // (the key's two words first: most groups are refused before any text is read)
    let pairs: Vec<(usize, String)> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            g.ntoks == 2
                && g.spans.get(1).is_some_and(|&(a, b)| {
                    super::org_names::LISTED_FORMS.contains(&&g.key[a as usize..b as usize])
                })
                && !g.cands().is_empty()
                && kind_of(g).0 == EntityKind::Organization
        })
        .filter_map(|(i, g)| {
            let text = g.longest(blocks);
            let (first, _) = next_token(text)?;
            (first.len() >= 2 && first.bytes().all(|b| b.is_ascii_uppercase()))
                .then(|| (i, first.to_string()))
        })
        .collect();
    for (i, acr) in pairs {
        let t = groups.iter().position(|g| {
            kind_of(g).0 == EntityKind::Organization
                && g.cands().iter().any(|c| c.text(blocks) == acr)
        });
        if let Some(t) = t
            && t != i
            && !groups[i].cands().is_empty()
        {
            join(groups, i, t);
        }
    }
}

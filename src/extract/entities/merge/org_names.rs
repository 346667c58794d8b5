//! Merges of an organisation's name with its shorter forms: its first word, its tail, its
//! head noun, the name without its descriptors.

use super::places::{LOCAL_AREA, listed_place_after_of, place_after_of};
use super::{
    Cand, EntityKind, GAZ, Group, HashMap, HashSet, Toks, claim, fold, join, kind_of, next_token,
    tokens_of, unlisted_org,
};
use crate::extract::entities::text::fold_into;

/// An organisation of [`short_forms_of_org_names`]: its group, its folded words, where "of"
/// and a known place start among them (the words' count when none).
pub(super) type Org<'a> = (usize, &'a [&'a str], usize);

/// The organisations of [`short_forms_of_org_names`] by their first word, in order (on the
/// stack for two names a word, most words: a list allocated a word cost 0.6 M instructions a MiB).
type ByFirst<'a> = HashMap<&'a str, smallvec::SmallVec<[usize; 2]>>;

/// Organisations are shortened to their first word ("Helixa Bio" → "Helixa"),
/// people to their last: a multi-word name guessed as a person (no cue) whose
/// first word, not a given name, also stands alone while its last word never
/// does, is an organisation.
#[inline(never)]
pub(super) fn short_forms_of_orgs(groups: &mut [Group]) {
    // (the keys borrowed, not copied: the groups to change are found first, changed after)
    let singles: HashSet<&str> = groups
        .iter()
        .filter(|g| g.gaz.is_none() && g.ntoks == 1)
        .map(|g| g.key)
        .collect();
    // (the two words of each name of two, borrowed: no string joined a name)
    let pairs: HashSet<(&str, &str)> = groups
        .iter()
        .filter(|g| g.gaz.is_none() && g.ntoks == 2)
        .map(|g| {
            let toks = g.tokens();
            (toks[0], toks[1])
        })
        .collect();
    let mut orgs: Vec<usize> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
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
        // (joined only for a name that the other tests leave)
        let n = toks.len();
        let surname2 = || n >= 3 && pairs.contains(&(toks[n - 2], toks[n - 1]));
        if singles.contains(first)
            && !singles.contains(last)
            && !surname2()
            && !GAZ.sets.given_names.contains(first)
        {
            orgs.push(i);
        }
    }
    for i in orgs {
        for c in groups[i].cands_mut() {
            c.kind = EntityKind::Organization;
        }
    }
}

/// "Les Amis du Revermont … les Amis du Revermont", "California Department of Justice … the
/// Department of Justice", "Éditions du Grand Tilleul … Grand Tilleul", "Scierie Bouveret & Fils
/// … Bouveret & Fils": an organisation's name of two words or more that ends the name of one
/// longer organisation is that organisation when the words before it only say where it is or
/// what it is: an article, a known place, a noun of organisations, function words ("Social
/// Democratic Party" is no "Democratic Party").
#[inline(never)]
pub(super) fn tails_of_org_names(blocks: &[&str], groups: &mut [Group]) {
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
    // a tail joins a group only by that group's key (no group changes kind before the joins
    // below, and a join's target was taken already), and every tail claimed is one of a name's
    // words after its first or the words from one of them to its end: a name with no such word
    // or ending that is a taken group's key claims nothing looked up, refused before its
    // mention is read and split
    let mut keys: HashSet<&str> =
        HashSet::with_capacity_and_hasher(groups.len(), Default::default());
    keys.extend(groups.iter().filter(|g| taken(g)).map(|g| g.key));
    let names: Vec<usize> = (0..groups.len())
        .filter(|&i| {
            let g = &groups[i];
            g.ntoks >= 2 && unlisted_org(g) && claims_a_key(g, &keys)
        })
        .collect();
    if names.is_empty() {
        return;
    }
    let mut tails: HashMap<String, Option<usize>> = HashMap::default();
    // the article's places, for a club named after its town ("Teesside Albion" … "Albion")
    let places: HashSet<&str> = groups
        .iter()
        .filter(|g| g.gaz.is_none() && !g.cands().is_empty() && kind_of(g).0 == EntityKind::Place)
        .map(|g| g.key)
        .collect();
    // (a tail is looked up by a group's key only: one longer than every key, or a place's name
    // longer than every place's key and gazetteer pattern, is never asked, nor joined, so a run
    // of many company words costs its length, not its square)
    let longest_key = groups.iter().map(|g| g.key.len()).max().unwrap_or(0);
    let longest_place_key = places.iter().map(|p| p.len()).max().unwrap_or(0);
    let longest_pattern = super::super::gazetteer::longest_pattern();
    for i in names {
        let g = &groups[i];
        let Some((words, toks)) = g.lined_up(blocks) else {
            continue;
        };
        // one word after a place, and only a club's or a company's words after it
        // (the words after it read first: the place's name is joined and looked up only then)
        // (`from`: where the closing run of a club's or a company's words starts)
        let from = toks.len()
            - toks
                .iter()
                .rev()
                .take_while(|w| CLUB_TAIL.contains(w) || COMPANY_TAIL.contains(w))
                .count();
        // (the bytes of `words[..s]` and of `toks[..s]` joined: the words and their spaces)
        let (mut head_len, mut head_key_len) = (words[0].len(), toks[0].len());
        for s in 1..toks.len() {
            if s > 1 {
                head_len += 1 + words[s - 1].len();
                head_key_len += 1 + toks[s - 1].len();
            }
            if head_len > longest_pattern && head_key_len > longest_place_key {
                break;
            }
            // (one word before: read as it is, not joined into a new string)
            if s + 1 >= from
                && words[s].starts_with(char::is_uppercase)
                && if s == 1 {
                    places.contains(toks[0]) || super::super::gazetteer::is_place_name(words[0])
                } else {
                    places.contains(toks[..s].join(" ").as_str())
                        || super::super::gazetteer::is_place_name(&words[..s].join(" "))
                }
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
        // (`tail_len`: the bytes of `toks[s..]` joined)
        let mut tail_len = toks.iter().map(|t| t.len() + 1).sum::<usize>() - 1;
        tail_len -= toks[0].len() + 1;
        for s in 2..toks.len() - 1 {
            tail_len -= toks[s - 1].len() + 1;
            // (the words before are all capitalised while `s` grows, or never again)
            if !words[s - 1].starts_with(char::is_uppercase) {
                break;
            }
            if GAZ.sets.place_cues.contains(toks[s - 1])
                && words[0].starts_with(char::is_uppercase)
                && words[s].starts_with(char::is_uppercase)
                && tail_len <= longest_key
            {
                claim(&mut tails, toks[s..].join(" "), i);
            }
        }
        let mut said = false;
        let mut tail_len = toks.iter().map(|t| t.len() + 1).sum::<usize>() - 1;
        for s in 1..toks.len() - 1 {
            let t = toks[s - 1];
            tail_len -= t.len() + 1;
            let article = matches!(t, "les" | "le" | "la" | "l'" | "l’" | "the");
            let function = GAZ.sets.function_words.contains(t);
            let cue = GAZ.sets.org_cues.contains(t)
                || super::super::gazetteer::is_place_name(words[s - 1]);
            if !(article || function || cue) {
                break;
            }
            said |= article || cue;
            // the tail opens with a capitalised word, not a function word
            if said && words[s].starts_with(char::is_uppercase) && tail_len <= longest_key {
                claim(&mut tails, toks[s..].join(" "), i);
            }
        }
    }
    if tails.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        if let Some(&Some(t)) = tails.get(groups[i].key)
            && t != i
            && taken(&groups[i])
        {
            join(groups, i, t);
        }
    }
}

/// One of the words of `g`'s key after its first, or the words from one of them to its end,
/// is one of `keys` ([`tails_of_org_names`]'s tails); a key whose words are not parted by one
/// space each, whose endings are no tail as joined, is not refused.
fn claims_a_key(g: &Group, keys: &HashSet<&str>) -> bool {
    let (key, spans) = (g.key, &g.spans);
    let plain = spans.last().is_some_and(|&(_, b)| b as usize == key.len())
        && spans
            .windows(2)
            .all(|w| w[1].0 == w[0].1 + 1 && key.as_bytes()[w[0].1 as usize] == b' ');
    !plain
        || spans[1..].iter().any(|&(a, b)| {
            keys.contains(&key[a as usize..]) || keys.contains(&key[a as usize..b as usize])
        })
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
pub(super) fn heads_named_after(blocks: &[&str], groups: &mut [Group]) {
    let mut ends: HashMap<String, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.cands().is_empty() || g.ntoks < 3 || kind_of(g).0 != EntityKind::Organization {
            continue;
        }
        // (a key read in place, not copied)
        let name: std::borrow::Cow<str> = match g.gaz {
            Some(_) => fold(g.longest(blocks)).into(),
            None => g.key.into(),
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
        if let Some(&Some(t)) = ends.get(g.key)
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
pub(super) fn names_without_descriptors<'k>(blocks: &[&str], groups: &mut [Group<'k>]) {
    // (each name's words borrowed from the keys' buffer and its lowercase flags on the stack:
    // no string and no list allocated a name)
    let mut longer: Vec<(usize, Toks<'k>, smallvec::SmallVec<[bool; 8]>)> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        if g.ntoks < 4 || !unlisted_org(g) {
            continue;
        }
        let Some((words, toks)) = g.lined_up(blocks) else {
            continue;
        };
        let lower = words
            .iter()
            .map(|w| w.starts_with(char::is_lowercase))
            .collect();
        longer.push((i, toks, lower));
    }
    if longer.is_empty() {
        return;
    }
    // the longer names by their first word, in order: a short name opens with the same
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, (_, long, _)) in longer.iter().enumerate() {
        by_first.entry(long[0]).or_default().push(k);
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
        let within = |long: &[&str], lower: &[bool]| {
            if long.len() <= toks.len()
                || long[0] != toks[0]
                || long[long.len() - 1] != toks[toks.len() - 1]
            {
                return false;
            }
            let (mut k, mut skipped) = (0, false);
            for (j, w) in long.iter().enumerate() {
                if k < toks.len() && *w == toks[k] {
                    k += 1;
                } else if !lower[j] {
                    return false;
                } else {
                    skipped |= !GAZ.sets.function_words.contains(*w);
                }
            }
            k == toks.len() && skipped
        };
        let mut targets = same_first
            .iter()
            .map(|&k| &longer[k])
            .filter(|(t, long, lower)| *t != i && within(long, lower));
        if let (Some(&(t, _, _)), None) = (targets.next(), targets.next()) {
            // (the words on the stack borrow the group until dropped)
            drop(toks);
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
pub(in crate::extract::entities) const COMPANY_TAIL: &[&str] = &[
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
    // the forms of Malaysia, Indonesia, Italy, Hungary, Czechia, Russia, Finland, Japan
    "sdn",
    "bhd",
    "berhad",
    "tbk",
    "srl",
    "s.r.l.",
    "kft",
    "s.r.o.",
    "jsc",
    "pjsc",
    "oao",
    "oyj",
    "kk",
    // "Excavation Gagné et Fils inc.", "Dombey and Sons Ltd"
    "et",
    "and",
    "fils",
    "sons",
    "freres",
    "ltee",
    // (round 66) the French, Belgian and Luxembourg forms of cooperatives and small firms:
    // "Caisse rurale d’Ettelbruck SC … la Caisse rurale d’Ettelbruck"
    "sc",
    "sca",
    "scrl",
    "scop",
    "sprl",
    "eurl",
    "sasu",
    // (round 69) a Swedish listed company's mark, "Nordvik Trucks AB (publ)"; a Polish
    // company's form, "Trans-Wisła Logistyka Sp. z o.o."
    "(publ)",
    "publ",
    "sp",
    "sp.",
    "z",
    "o.o.",
    "o.o",
];

/// A name of two words or more, its first no given name, that a firm of `orgs` (those with
/// its first word) named before
/// it (index under `i`) opens, adding only company words ([`COMPANY_TAIL`]): that firm, even
/// where a cue made it a person's ("said Kestrel Looms was"). Not "Peter Hale" beside "Peter
/// Hale Ltd" (a given name first), nor "Mr Holt" beside "Holt Engineering" (one word).
fn firm_named_before_as_person<'a>(
    toks: &[&str],
    i: usize,
    mut orgs: impl Iterator<Item = &'a Org<'a>>,
) -> bool {
    toks.len() >= 2
        && !GAZ.sets.given_names.contains(toks[0])
        && orgs.any(|(t, tt, _)| {
            *t < i && grows(tt, toks) && tt[toks.len()..].iter().all(|w| COMPANY_TAIL.contains(w))
        })
}

/// Legal forms (folded) a listed firm's name may be written with.
pub(super) const LISTED_FORMS: &[&str] = &[
    "plc", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "ag", "sa", "nv",
];

/// The group of the unlisted organisation named as the listed `g` and one legal form after it
/// (or up to three company words ending with one: "Holding NV").
fn with_legal_form(
    blocks: &[&str],
    orgs: &[Org<'_>],
    by_first: &ByFirst<'_>,
    g: &Group,
) -> Option<usize> {
    // (the listed group's key is its entry: its words as the article writes them; the first
    // word first, which opens no other organisation's name in most articles)
    let text = g.longest(blocks);
    let (first, _) = next_token(text)?;
    let same = crate::extract::entities::text::with_folded(first, |f| by_first.get(f))?;
    let toks: Vec<String> = tokens_of(text).iter().map(|w| fold(w)).collect();
    same.iter().map(|&o| &orgs[o]).find_map(|(t, tt, _)| {
        // (round 69: or company words before the form, "ASML … ASML Holding NV", "X Group plc")
        (grows(tt, &toks)
            && tt.len() <= toks.len() + 3
            && LISTED_FORMS.contains(&tt[tt.len() - 1])
            && tt[toks.len()..tt.len() - 1]
                .iter()
                .all(|w| matches!(*w, "holding" | "holdings" | "group" | "groupe")))
        .then_some(*t)
    })
}

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
pub(super) fn short_forms_of_org_names(blocks: &[&str], groups: &mut [Group]) {
    // (every name's folded words in one buffer, read as byte ranges: no allocation a word or
    // a name; the words as `&str` only once the buffer is whole)
    let mut buf = String::new();
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    // (group, its words' range in `ranges`, where "of" and a known place start)
    let mut found: Vec<(usize, u32, u32, usize)> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        // (named with some evidence: not a title's run of capitals)
        if g.cands().is_empty()
            || !(g.ntoks >= 2 || g.gaz.is_some())
            || !matches!(kind_of(g), (EntityKind::Organization, s) if s >= 1)
        {
            continue;
        }
        let (from, bytes) = (ranges.len(), buf.len());
        if g.gaz.is_some() {
            // "Cour supérieure" beside the listed "Cour supérieure du Québec": a known
            // body's name, as the article writes it, before "de" and a known place
            let text = g.longest(blocks);
            let words = tokens_of(text);
            for w in &words {
                let a = buf.len();
                fold_into(w, &mut buf);
                ranges.push((a as u32, buf.len() as u32));
            }
            let toks: Toks<'_> = ranges[from..]
                .iter()
                .map(|&(a, b)| &buf[a as usize..b as usize])
                .collect();
            let at = listed_place_after_of(&toks, &words);
            drop(toks);
            match at {
                Some(at) => found.push((i, from as u32, ranges.len() as u32, at)),
                None => {
                    ranges.truncate(from);
                    buf.truncate(bytes);
                }
            }
            continue;
        }
        let mut toks = g.tokens();
        // ("PT Bumi Lestari Tbk … Bumi Lestari": an Indonesian firm's form opens its name)
        if toks.len() >= 3 && toks[0] == "pt" && g.longest(blocks).starts_with("PT ") {
            toks.remove(0);
        }
        // ("Minera Altamira SA … Altamira", "Compañía Minera X SA … X": in Spanish a trade's
        // noun opens a firm's name before its own, which the article uses alone; round 62)
        while toks.len() >= 3
            && toks.last().is_some_and(|w| COMPANY_TAIL.contains(w))
            && matches!(
                toks[0],
                "minera" | "compania" | "empresa" | "grupo" | "inversiones" | "constructora"
            )
        {
            toks.remove(0);
        }
        // ("Transport scolaire Boréal inc. … Boréal", "Fruits sauvages Péribonka inc.": a
        // Québec firm's name in sentence case is named short by its capitalised words before
        // the form; round 65)
        if toks.len() >= 3
            && matches!(
                *toks.last().unwrap_or(&""),
                "inc" | "inc." | "ltee" | "ltee." | "enr" | "enr."
            )
        {
            let words = tokens_of(g.longest(blocks));
            if words.len() == toks.len()
                && let Some(p) = words[..words.len() - 1]
                    .iter()
                    .rposition(|w| w.chars().next().is_some_and(char::is_lowercase))
                && p + 2 < words.len()
                && !matches!(words[p], "et" | "and")
                && words[0].chars().next().is_some_and(char::is_uppercase)
            {
                toks.drain(..=p);
            }
        }
        // ("Strachan Brothers (Fraserburgh) Ltd … Strachan Brothers": the bracket before a
        // firm's legal form names its seat, left out of the short form; round 60)
        if toks.len() >= 3
            && toks.last().is_some_and(|w| COMPANY_TAIL.contains(w))
            && let Some(o) = toks.iter().position(|w| w.starts_with('('))
            && let Some(c) = toks[o..].iter().position(|w| w.ends_with(')'))
            && o + c + 1 < toks.len()
        {
            toks.drain(o..=o + c);
        }
        let at = place_after_of(blocks, g, &toks).unwrap_or(toks.len());
        for w in &toks {
            let a = buf.len();
            buf.push_str(w);
            ranges.push((a as u32, buf.len() as u32));
        }
        found.push((i, from as u32, ranges.len() as u32, at));
    }
    if found.is_empty() {
        return;
    }
    let words: Vec<&str> = ranges
        .iter()
        .map(|&(a, b)| &buf[a as usize..b as usize])
        .collect();
    let orgs: Vec<Org<'_>> = found
        .iter()
        .map(|&(i, a, b, at)| (i, &words[a as usize..b as usize], at))
        .collect();
    // a longer name opens with the same word: the names by their first word, in order
    let mut by_first: ByFirst<'_> = HashMap::default();
    for (o, (_, tt, _)) in orgs.iter().enumerate() {
        by_first.entry(tt[0]).or_default().push(o);
    }
    // ("the Ardenia Supreme Court" beside "the Supreme Court of Ardenia": one body)
    if orgs.iter().any(|(_, tt, at)| *at < tt.len()) {
        super::of_place::place_first_forms(groups, &orgs);
    }
    let all: Vec<usize> = (0..orgs.len()).collect();
    // the first words of the names with "of" and a known place, for the listed short forms
    let of_place_firsts: HashSet<&str> = orgs
        .iter()
        .filter(|(_, tt, at)| *at < tt.len())
        .map(|(_, tt, _)| tt[0])
        .collect();
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.cands().is_empty() {
            continue;
        }
        // ("the Supreme Court" beside "the Supreme Court of Ardenia": a listed body's generic
        // name is the one longer body named by it, "of" and a known place; round 44)
        if g.gaz.is_some() {
            let opens_one = !of_place_firsts.is_empty()
                && next_token(g.longest(blocks)).is_some_and(|(first, _)| {
                    crate::extract::entities::text::with_folded(first, |f| {
                        of_place_firsts.contains(f)
                    })
                });
            if opens_one
                && let Some((t, o, toks)) = listed_short_of_place(blocks, &orgs, &by_first, g, i)
                && super::of_place::short_form_fits(
                    blocks,
                    groups,
                    i,
                    t,
                    &toks,
                    &orgs[o].1[orgs[o].2 + 1..],
                )
            {
                join(groups, i, t);
            }
            // (round 58) "Vantor Minerals plc … Vantor Minerals": a listed firm named once with
            // its legal form is one firm
            // (not once moved into another body just above)
            if !groups[i].cands().is_empty()
                && let Some(t) = with_legal_form(blocks, &orgs, &by_first, &groups[i])
            {
                join(groups, t, i);
            }
            continue;
        }
        let (kind, strength) = kind_of(g);
        // (round 66) "Rajang Valley Plantations Bhd … Rajang Valley, which is 51% owned": a
        // place's name guessed from its noun alone, never after a word that puts a place,
        // opening a firm's name with its legal form
        // (round 70) "Hartwell & Sons plc … Hartwell's director": one word guessed a place
        // at a default's strength (a town of the list, most often) too
        let place_short = kind == EntityKind::Place
            && (g.ntoks >= 2 && strength <= 2 || strength <= 1)
            && g.cands().iter().all(|c| {
                !super::places::after_place_lead(blocks[c.block as usize], c.start as usize)
            });
        if !(kind == EntityKind::Organization || kind == EntityKind::Person || place_short) {
            continue;
        }
        // (no other name opens with the first word: nothing to join, refused before the key's
        // words are gathered)
        if let Some(&(a, b)) = g.spans.first()
            && !by_first
                .get(&g.key[a as usize..b as usize])
                .is_some_and(|same| same.iter().any(|&o| orgs[o].0 != i))
        {
            continue;
        }
        let toks = g.tokens();
        // ("Kestrel Looms Ltd … said Kestrel Looms was a member": a firm's name without its
        // legal form, after a verb of saying, is the firm still; round 50)
        if kind == EntityKind::Person
            && strength > 1
            && !(toks.len() >= 2
                && by_first.get(toks[0]).is_some_and(|same| {
                    firm_named_before_as_person(&toks, i, same.iter().map(|&o| &orgs[o]))
                }))
        {
            continue;
        }
        let same_first: &[usize] = match toks.first() {
            Some(first) => by_first.get(first).map_or(&[], |same| same.as_slice()),
            None => &all,
        };
        // ("Forestry Corporation" in "Forestry Corporation of NSW": a body's name before "of"
        // and a known place is that body, named without where it is)
        let opens = |long: &[&str], of_place: usize, short: &[&str]| {
            grows(long, short)
                && (short.len() == 1
                    || short.len() == of_place
                    || long[short.len()..].iter().all(|w| COMPANY_TAIL.contains(w)))
        };
        // ("Te Matau Netball Trust … Te Matau": a name of two words or more opening a longer
        // one the article named before it is that body named short; named first, it is a body
        // the longer one belongs to: "Stena Line … Stena Line Ports Ltd")
        let named_before = |t: usize, long: &[&str]| toks.len() >= 2 && t < i && grows(long, &toks);
        // (on the stack: most short names open one to four longer ones)
        let longer: smallvec::SmallVec<[&Org<'_>; 4]> = same_first
            .iter()
            .map(|&o| &orgs[o])
            .filter(|(t, tt, at)| *t != i && (opens(tt, *at, &toks) || named_before(*t, tt)))
            .collect();
        let Some(longest) = longer.iter().max_by_key(|(_, tt, _)| tt.len()) else {
            continue;
        };
        let chain = longer
            .iter()
            .all(|(t, tt, _)| *t == longest.0 || grows(longest.1, tt));
        // ("Kestrova Holdings Plc … Kestrova Pay … Kestrova": of several longer names, the one that
        // only adds a company's form to the short one is the company it names; else the one
        // the article named first: "Brantwell Logistics … to be renamed Brantwell Meridian
        // Group … Brantwell's chairman")
        let longest = if chain {
            longest
        } else {
            let mut formal = longer
                .iter()
                .filter(|(_, tt, _)| tt[toks.len()..].iter().all(|w| COMPANY_TAIL.contains(w)));
            match (formal.next(), formal.next()) {
                (Some(only), None) => only,
                (Some(_), Some(_)) => continue,
                _ => match longer.iter().min_by_key(|(t, _, _)| *t) {
                    Some(first) if toks.len() == 1 => first,
                    _ => continue,
                },
            }
        };
        if place_short
            && !(longest.1.len() > toks.len() + 1
                && longest.1.last().is_some_and(|w| COMPANY_TAIL.contains(w)))
        {
            continue;
        }
        // "Galway" beside "Galway County Council", "Leeds" beside "Leeds City Council": one word
        // opening a local body's name whose next word is a noun of local government is the
        // place the body governs, not the body
        let next = longest.1.get(1).copied();
        // (the words on the stack borrow the group until dropped)
        let one_word = toks.len() == 1;
        drop(toks);
        if one_word
            && (kind == EntityKind::Organization
                && next.is_some_and(|w| LOCAL_AREA.contains(&w))
                // ("south of the Cariboo" beside "Cariboo Gravel Mining Ltd.": the region)
                || super::firm_regions::region_mentions(blocks, groups[i].cands()))
        {
            for c in groups[i].cands_mut() {
                c.kind = EntityKind::Place;
                c.strength = c.strength.max(1);
            }
            continue;
        }
        // (round 66) "autour de Berkane" beside "Agrumes de Berkane SA", "which governs Nqabeni"
        // beside "the Nqabeni Local Municipality": a one-word mention after a word that puts a
        // place (or governs one) is the place, the others are the body named short
        if one_word {
            let (place, body): (Vec<Cand>, Vec<Cand>) = std::mem::take(groups[i].cands_mut())
                .into_iter()
                .partition(|c| town_mention(blocks, c));
            *groups[i].cands_mut() = body;
            if !groups[i].cands().is_empty() {
                join(groups, i, longest.0);
            }
            if !place.is_empty() {
                *groups[i].cands_mut() = place
                    .into_iter()
                    .map(|mut c| {
                        c.kind = EntityKind::Place;
                        c.strength = c.strength.max(2);
                        c
                    })
                    .collect();
            }
            continue;
        }
        join(groups, i, longest.0);
    }
}

/// (round 66) The mention `c` follows a word that puts a place ([`super::places::after_locative`])
/// or a verb of governing or representing an area ("which governs X", "who represents X").
fn town_mention(blocks: &[&str], c: &Cand) -> bool {
    let text = blocks[c.block as usize];
    let start = c.start as usize;
    super::places::after_locative(text, start)
        || text[..start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "governs" | "represents" | "representing"))
}

/// Round 34: "Charpentes Vorlane inc. … le directeur de Vorlane", "Ateliers Morvan SA …
/// Morvan", "Éditions de la Grève … la Grève": a firm's own words, named without its trade's
/// word (a noun of organisations, or a plural before a legal form), the function words after
/// it and its legal form, are that firm. Not a surname of one of the article's people ("Jean
/// Morvan … Transports Morvan SA … Morvan").
#[inline(never)]
pub(super) fn firms_by_their_own_words(blocks: &[&str], groups: &mut [Group]) {
    let mut own: HashMap<String, Option<usize>> = HashMap::default();
    for (i, g) in groups.iter().enumerate() {
        if g.ntoks < 2 || !unlisted_org(g) {
            continue;
        }
        // (a lead needs a noun of organisations first or a legal form last: most groups have
        // neither, refused before their mention is read and split)
        let word = |&(a, b): &(u32, u32)| &g.key[a as usize..b as usize];
        let (Some(first), Some(last)) = (g.spans.first().map(word), g.spans.last().map(word))
        else {
            continue;
        };
        if !GAZ.sets.org_cues.contains(first) && !COMPANY_TAIL.contains(&last) {
            continue;
        }
        let Some((words, toks)) = g.lined_up(blocks) else {
            continue;
        };
        let mut end = toks.len();
        while end > 1 && COMPANY_TAIL.contains(&toks[end - 1]) {
            end -= 1;
        }
        let formal = end < toks.len();
        let lead = words[0].starts_with(char::is_uppercase)
            && (GAZ.sets.org_cues.contains(toks[0])
                || (formal && super::super::firms::plural_trade(words[0], toks[0])));
        if !lead {
            continue;
        }
        let mut s = 1;
        while s < end && GAZ.sets.function_words.contains(toks[s]) {
            s += 1;
        }
        if s < end
            && words[s..end]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || *w == "-")
        {
            claim(&mut own, toks[s..end].join(" "), i);
        }
    }
    if own.is_empty() {
        return;
    }
    let surnames = full_name_surnames(groups, |s| own.contains_key(s));
    for i in 0..groups.len() {
        let g = &groups[i];
        // (the firm's own words first: one lookup refuses most groups)
        let Some(&Some(t)) = own.get(g.key) else {
            continue;
        };
        if g.cands().is_empty() || g.gaz.is_some() || surnames.contains(g.key) {
            continue;
        }
        if t != i
            && matches!(
                kind_of(g),
                (EntityKind::Organization, _) | (EntityKind::Person, 0..=1)
            )
        {
            join(groups, i, t);
        }
    }
}

/// The surnames (folded last words) of the article's people named in full, those `wanted`
/// only (a caller asks about a few words: no string kept for every person).
pub(super) fn full_name_surnames(
    groups: &[Group],
    wanted: impl Fn(&str) -> bool,
) -> HashSet<String> {
    groups
        .iter()
        .filter(|g| g.ntoks >= 2 && !g.cands().is_empty() && kind_of(g).0 == EntityKind::Person)
        .filter_map(|g| g.spans.last().map(|&(a, b)| &g.key[a as usize..b as usize]))
        .filter(|s| wanted(s))
        .map(str::to_string)
        .collect()
}

/// The one organisation of `orgs` (index, folded words, where "of" and a known place start)
/// named by the listed group `g`'s words, "of" and a known place, and no other longer name
/// opening with them: the group it joins, its index in `orgs` and the group `g`'s folded words.
fn listed_short_of_place(
    blocks: &[&str],
    orgs: &[Org<'_>],
    by_first: &ByFirst<'_>,
    g: &Group,
    i: usize,
) -> Option<(usize, usize, Vec<String>)> {
    if !matches!(kind_of(g), (EntityKind::Organization, _)) {
        return None;
    }
    let words = tokens_of(g.longest(blocks));
    let same_first = by_first.get(fold(words.first()?).as_str())?;
    let toks: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let mut found = None;
    for &o in same_first {
        let (t, tt, at) = &orgs[o];
        if *t == i || !grows(tt, &toks) {
            continue;
        }
        if *at != toks.len() || found.is_some() {
            return None;
        }
        found = Some((*t, o));
    }
    found.map(|(t, o)| (t, o, toks))
}

/// (Round 70) "Northwoods Berry Partners LLC … to Northwoods", "Wrexham AFC … We are not
/// Wrexham", "Teesside Albion … Albion needed investment": one word guessed a town from the
/// list alone (a soft place's default, [`super::super::towns`]) that opens an unlisted
/// organisation's name, or ends one of two words, is read as a body's name guessed with no
/// cue, which the passes after this one join to that body's name as its short form. Not a
/// word the article once puts after a French "à" ("comme à Sambava" beside "Sambava Arômes").
pub(super) fn town_guesses_naming_bodies(blocks: &[&str], groups: &mut [Group]) {
    let mut words: HashSet<&str> = HashSet::default();
    for g in groups.iter() {
        if g.gaz.is_some() || g.ntoks < 2 || kind_of(g).0 != EntityKind::Organization {
            continue;
        }
        let toks = g.tokens();
        words.insert(toks[0]);
        if toks.len() == 2 {
            words.insert(toks[1]);
        }
    }
    if words.is_empty() {
        return;
    }
    for g in groups.iter_mut() {
        if g.gaz.is_none()
            && g.ntoks == 1
            && !g.cands().is_empty()
            && g.cands()
                .iter()
                .all(|c| c.kind == EntityKind::Place && c.soft && c.strength <= 1)
            && words.contains(g.key)
            && !g.cands().iter().any(|c| {
                blocks[c.block as usize][..c.start as usize]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w == "à")
            })
        {
            for c in g.cands_mut() {
                c.kind = EntityKind::Organization;
                c.soft = false;
            }
        }
    }
}

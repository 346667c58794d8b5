//! Gazetteers (places, organisations, given names, lexicon) loaded with serde and
//! compiled once into a double-array trie of their names ([`super::gaz_trie`]).

use rustc_hash::{FxHashMap, FxHashSet as HashSet};
use std::collections::hash_map::Entry;
use std::sync::LazyLock;

use serde::Deserialize;

use super::gaz_trie::Trie;
use super::text::{Token, fold, is_letter, is_word_char, strip_accents_keep_case};
use crate::extract::types::{EntityKind, Lang};

const PLACES: &str = include_str!("../../../assets/gazetteer/places.json");
/// Administrative divisions, towns, rivers, seas and mountains (general knowledge).
const PLACES_ADMIN: &str = include_str!("../../../assets/gazetteer/places_admin.json");
const ORGS: &str = include_str!("../../../assets/gazetteer/organizations.json");
const NAMES: &str = include_str!("../../../assets/gazetteer/given_names.json");
/// More given names from many countries, made by `scripts/given_names_more.py` (round 64).
const NAMES_MORE: &str = include_str!("../../../assets/gazetteer/given_names_more.json");
const LEXICON: &str = include_str!("../../../assets/gazetteer/lexicon.json");

#[derive(Deserialize)]
struct RawEntry {
    fr: String,
    en: String,
    #[serde(default)]
    a: Vec<String>,
    #[serde(default)]
    dfr: Vec<String>,
    #[serde(default)]
    den: Vec<String>,
    /// Also a common word or a given name ("Lens", "Victoria"): needs a place
    /// context when it opens a sentence.
    #[serde(default)]
    amb: bool,
}

#[derive(Deserialize)]
pub struct Lexicon {
    pub function_words: Vec<String>,
    pub common_nouns: Vec<String>,
    pub tech_acronyms: Vec<String>,
    pub titles: Vec<String>,
    pub org_cues: Vec<String>,
    pub place_cues: Vec<String>,
    pub other_cues: Vec<String>,
    pub said_en: Vec<String>,
    pub said_fr: Vec<String>,
    pub product_intro: Vec<String>,
    pub org_intro: Vec<String>,
}

pub struct GazEntry {
    pub fr: String,
    pub en: String,
    pub kind: EntityKind,
    /// A place with a nationality adjective (a country, a continent, a nation).
    pub nation: bool,
}

impl GazEntry {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Name,
    /// Opens with a lowercase geographic noun ("mer du Nord", "océan Indien"):
    /// matches in either case when a capital letter follows.
    LowerName,
    /// Opens with a capitalised article ("Le Soir", "The Independent", "Les Echos"): each
    /// word the entry capitalises must be capitalised in the text too (`PatInfo::caps`), so
    /// that "Le soir, ..." opening a sentence is no newspaper.
    Titled,
    /// All-caps acronym: must match exactly.
    Acronym,
    DemonymFr,
    DemonymEn,
}

#[derive(Clone, Copy, Debug)]
pub struct PatInfo {
    pub entry: usize,
    pub form: Form,
    pub amb: bool,
    /// For [`Form::Titled`]: bit `i` set when the entry's word `i` ([`words`]) is capitalised.
    pub caps: u32,
    /// 1 + the index in [`Gazetteer::alts`] of the next name spelt the same but for ASCII case
    /// ("Cnuced" after "CNUCED"), 0 for none: the trie holds names ASCII-lowercased, so it reports
    /// only the first of them, and each must get its own case check.
    pub alt: u32,
}

/// Articles that open a title written with capitals ("Le Monde", "The Times", "El País").
const TITLE_ARTICLES: &[&str] = &[
    "le", "la", "les", "l", "the", "el", "los", "las", "il", "lo", "die", "der", "das", "de", "het",
];

/// The words of a name, split at spaces and apostrophes ("L’Équipe": "L", "Équipe").
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The capitalised words of a name that opens with a capitalised article (not "LA Times"),
/// as bits ([`PatInfo::caps`]); `None` for any other name.
fn title_caps(name: &str) -> Option<u32> {
    let first = words(name).next()?;
    let article = starts_upper(first)
        && first.chars().skip(1).all(char::is_lowercase)
        && TITLE_ARTICLES.contains(&first.to_lowercase().as_str());
    if !article || words(name).nth(1).is_none() {
        return None;
    }
    let caps = words(name)
        .take(32)
        .enumerate()
        .filter(|(_, w)| starts_upper(w))
        .fold(0, |m, (i, _)| m | 1 << i);
    Some(caps)
}

/// Bits of the capitalised words of `name` after its first (bit `i` for word `i`), for the
/// case check of an organisation's name (round 62). Not the nouns of government the press
/// writes in lowercase ("the Welsh government", "the Labour party").
fn name_caps(name: &str) -> u32 {
    const LOWER_IN_PRESS: &[&str] = &[
        "government",
        "parliament",
        "assembly",
        "party",
        "council",
        "senate",
        "executive",
        "police",
        "army",
        "navy",
    ];
    words(name)
        .take(32)
        .enumerate()
        .skip(1)
        .filter(|(_, w)| starts_upper(w) && !LOWER_IN_PRESS.contains(&w.to_lowercase().as_str()))
        .fold(0, |m, (i, _)| m | 1 << i)
}

/// The spellings a gazetteer name is searched under: as written, without accents, and with
/// either apostrophe (’ for ', ' for ’); a French demonym also capitalised.
fn variants(pat: &str, form: Form) -> Vec<String> {
    let mut variants = vec![pat.to_string(), strip_accents_keep_case(pat)];
    if matches!(form, Form::DemonymFr) {
        variants.push(capitalize(pat));
        variants.push(capitalize(&strip_accents_keep_case(pat)));
    }
    let more: Vec<String> = variants
        .iter()
        .filter(|v| v.contains(['\'', '’']))
        .flat_map(|v| [v.replace('\'', "’"), v.replace('’', "'")])
        .collect();
    variants.extend(more);
    variants
}

/// Folded given names; a compound of given names is one too ("Pierre-Yves", "Jean-Christophe").
#[derive(Debug)]
pub struct GivenNames(HashSet<String>);

impl GivenNames {
    pub fn contains(&self, folded: &str) -> bool {
        // (the hyphen sought byte by byte: a word is short, and most miss the set)
        self.0.contains(folded)
            || (folded.bytes().any(|b| b == b'-') && folded.split('-').all(|p| self.0.contains(p)))
    }
}

impl Sets {
    /// The folded word `f` is a given name of either list (round 65: asked where a name's
    /// first word decides between a person and something else).
    pub fn any_given(&self, f: &str) -> bool {
        self.given_names.contains(f) || self.more_given_names.contains(f)
    }
}

/// Folded sets of lexicon words.
pub struct Sets {
    pub function_words: HashSet<String>,
    pub tech_acronyms: HashSet<String>,
    /// The longest of `tech_acronyms`, in bytes: a longer word is none of them, unhashed.
    pub tech_acronyms_longest: usize,
    pub titles: HashSet<String>,
    pub org_cues: HashSet<String>,
    pub place_cues: HashSet<String>,
    pub other_cues: HashSet<String>,
    pub said: HashSet<String>,
    pub product_intro: HashSet<String>,
    pub org_intro: HashSet<String>,
    pub given_names: GivenNames,
    /// Given names of many countries beyond `given_names`, many of them also surnames,
    /// places or firms' words elsewhere: asked only of a two-word name with no other evidence
    /// of its kind (round 64).
    pub more_given_names: GivenNames,
    /// Each folded word of the sets above (given names aside) with the bits of the sets that
    /// hold it ([`super::classify::lex`]): one lookup answers them all.
    pub lex: FxHashMap<String, u16>,
    /// The function words written with an accent, as written ("à", "où", "déjà"): a
    /// capitalised word with an accent that only folds to a function word is a name
    /// ("Antoinette Somé", not "some"; round 65).
    pub accented_function_words: HashSet<String>,
}

pub struct Gazetteer {
    pub entries: Vec<GazEntry>,
    /// The patterns (ASCII-lowercased) in a double-array trie, each valued its index in
    /// `pats`: a hit opens a word, so the search walks the trie from each place a word opens
    /// ([`hits_into_toks`], [`hits_into`]), a few steps each, rather than an automaton over
    /// every byte.
    pub trie: Trie,
    pub pats: Vec<PatInfo>,
    /// Names that differ from a pattern only by ASCII case ([`PatInfo::alt`]).
    pub alts: Vec<PatInfo>,
    /// By pattern: where its second word starts ([`next_word_start`] of the pattern), 0 for
    /// none. A match spells its pattern but for ASCII case, which moves no space nor
    /// apostrophe: the match's second word starts as far in, found without a scan.
    pub second_word: Vec<u16>,
    /// The longest pattern, in bytes: a longer text spells no name whole, unsearched.
    pub longest: usize,
    /// Each pattern's [`pattern_hash`]: a text whose bytes hash to none spells no name whole
    /// ([`whole_hit`], asked some 4,000 times a MiB, most often of no name).
    pub pattern_hashes: HashSet<u64>,
    /// By byte of the text: [`WORD_BYTE`] (an ASCII letter or digit) and [`FIRST_BYTE`] (some
    /// pattern, ASCII-lowercased, opens with the byte ASCII-lowercased). A hit opens a word
    /// ([`boundary_ok`]): the search is tried only where a word opens with such a byte.
    pub byte_kinds: [u8; 256],
    pub sets: Sets,
    /// The patterns, ASCII-lowercased (the tests read them).
    #[cfg(test)]
    pub patterns: Vec<String>,
}

fn fr_demonym_forms(m: &str) -> Vec<String> {
    let mut v = vec![m.to_string()];
    if m.ends_with("en") || m.ends_with("on") {
        v.extend([format!("{m}ne"), format!("{m}s"), format!("{m}nes")]);
    } else if m.ends_with('s') {
        v.extend([format!("{m}e"), format!("{m}es")]);
    } else if m.ends_with('e') || m.ends_with('c') || m.ends_with('i') {
        v.push(format!("{m}s"));
    } else {
        v.extend([format!("{m}e"), format!("{m}s"), format!("{m}es")]);
    }
    v
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn is_acronym(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() <= 6 && !letters.is_empty() && letters.iter().all(|c| c.is_uppercase())
}

fn set(v: &[String]) -> HashSet<String> {
    v.iter().map(|s| fold(s)).collect()
}

fn build() -> Gazetteer {
    let places: Vec<RawEntry> = serde_json::from_str(PLACES).expect("places.json");
    let orgs: Vec<RawEntry> = serde_json::from_str(ORGS).expect("organizations.json");
    let names: Vec<String> = serde_json::from_str(NAMES).expect("given_names.json");
    let more_names: Vec<String> = serde_json::from_str(NAMES_MORE).expect("given_names_more.json");
    let lex: Lexicon = serde_json::from_str(LEXICON).expect("lexicon.json");
    let admin: Vec<RawEntry> = serde_json::from_str(PLACES_ADMIN).expect("places_admin.json");

    let mut entries = Vec::new();
    let mut patterns: Vec<String> = Vec::new();
    let mut pats: Vec<PatInfo> = Vec::new();
    let mut alts: Vec<PatInfo> = Vec::new();
    // The trie matches ASCII case aside: it is built on the patterns ASCII-lowercased and
    // walked on the text ASCII-lowercased ([`find_hits`]). Names equal but for ASCII case are
    // one pattern: the later ones hang off the first ([`PatInfo::alt`]).
    let mut seen: HashSet<String> = HashSet::with_capacity_and_hasher(
        4 * (places.len() + orgs.len() + admin.len()),
        Default::default(),
    );
    // ASCII-lowercased pattern -> its index in `patterns`
    let mut folded: FxHashMap<String, usize> = FxHashMap::default();

    let mut add =
        |pat: &str, info: PatInfo, patterns: &mut Vec<String>, pats: &mut Vec<PatInfo>| {
            for v in variants(pat, info.form) {
                if !seen.insert(v.clone()) {
                    continue;
                }
                match folded.entry(v.to_ascii_lowercase()) {
                    Entry::Occupied(head) => {
                        let head = *head.get();
                        let new = u32::try_from(alts.len() + 1).expect("gazetteer size");
                        let mut last = pats[head].alt;
                        if last == 0 {
                            pats[head].alt = new;
                        } else {
                            while alts[last as usize - 1].alt != 0 {
                                last = alts[last as usize - 1].alt;
                            }
                            alts[last as usize - 1].alt = new;
                        }
                        alts.push(info);
                    }
                    Entry::Vacant(slot) => {
                        let lower = slot.key().clone();
                        slot.insert(patterns.len());
                        patterns.push(lower);
                        pats.push(info);
                    }
                }
            }
        };

    for (raw, kind) in places
        .iter()
        .map(|r| (r, EntityKind::Place))
        .chain(orgs.iter().map(|r| (r, EntityKind::Organization)))
        .chain(admin.iter().map(|r| (r, EntityKind::Place)))
    {
        let entry = entries.len();
        entries.push(GazEntry {
            fr: raw.fr.clone(),
            en: raw.en.clone(),
            kind,
            nation: kind == EntityKind::Place && !(raw.den.is_empty() && raw.dfr.is_empty()),
        });
        for n in [&raw.fr, &raw.en].into_iter().chain(raw.a.iter()) {
            let caps = title_caps(n);
            let form = if is_acronym(n) {
                Form::Acronym
            } else if n.starts_with(char::is_lowercase) {
                Form::LowerName
            } else if caps.is_some() {
                Form::Titled
            } else {
                Form::Name
            };
            // (round 62) an organisation's name of several capitalised words needs them
            // capitalised in the text after its first ("A Yorkshire water company" is no
            // "Yorkshire Water")
            let caps = match (form, kind) {
                (Form::Name, EntityKind::Organization) => Some(name_caps(n)),
                _ => caps,
            };
            let info = PatInfo {
                entry,
                form,
                amb: raw.amb,
                caps: caps.unwrap_or(0),
                alt: 0,
            };
            add(n, info, &mut patterns, &mut pats);
        }
        for d in &raw.dfr {
            for f in fr_demonym_forms(d) {
                add(
                    &f,
                    PatInfo {
                        entry,
                        form: Form::DemonymFr,
                        amb: false,
                        caps: 0,
                        alt: 0,
                    },
                    &mut patterns,
                    &mut pats,
                );
            }
        }
        for d in &raw.den {
            for f in [d.clone(), format!("{d}s")] {
                add(
                    &f,
                    PatInfo {
                        entry,
                        form: Form::DemonymEn,
                        amb: false,
                        caps: 0,
                        alt: 0,
                    },
                    &mut patterns,
                    &mut pats,
                );
            }
        }
    }
    let keyed: Vec<(&[u8], u32)> = patterns
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_bytes(), u32::try_from(i).expect("under 2^32 patterns")))
        .collect();
    let trie = Trie::new(&keyed);
    let longest = patterns.iter().map(String::len).max().unwrap_or(0);
    let pattern_hashes = patterns
        .iter()
        .map(|p| pattern_hash(p.as_bytes()))
        .collect();
    let mut byte_kinds = [0u8; 256];
    for p in &patterns {
        if let Some(&b) = p.as_bytes().first() {
            byte_kinds[usize::from(b)] |= FIRST_BYTE;
            byte_kinds[usize::from(b.to_ascii_uppercase())] |= FIRST_BYTE;
        }
    }
    for b in 0..=255u8 {
        if b.is_ascii_alphanumeric() {
            byte_kinds[usize::from(b)] |= WORD_BYTE;
        }
    }
    let second_word = patterns
        .iter()
        .map(|p| {
            let at = next_word_start(p, 0, p.len()).unwrap_or(0);
            u16::try_from(at).expect("a name under 64 KiB")
        })
        .collect();

    let function_words = set(&lex.function_words);
    let titles = set(&lex.titles);
    let mut said = set(&lex.said_en);
    said.extend(set(&lex.said_fr));
    let mut lexmap: FxHashMap<String, u16> = FxHashMap::default();
    {
        use super::classify::lex as b;
        let words = |v: &[String]| v.iter().map(|w| fold(w)).collect::<Vec<_>>();
        let mut add = |list: Vec<String>, bits: u16| {
            for w in list {
                *lexmap.entry(w).or_default() |= bits;
            }
        };
        add(words(&lex.function_words), b::FUNCTION_WORD | b::NOISE);
        add(words(&lex.common_nouns), b::COMMON_NOUN | b::NOISE);
        add(words(&lex.titles), b::TITLE | b::NOISE);
        add(words(&lex.org_cues), b::ORG_CUE);
        // a short legal form in capitals or one with a capital inside, with no plain spelling
        // in the list ("SA", "SpA"; not "PLC", listed as "plc" too, nor "Sarl")
        let plain: HashSet<String> = lex
            .org_cues
            .iter()
            .filter(|w| !w.chars().skip(1).any(char::is_uppercase))
            .map(|w| fold(w))
            .collect();
        let cased = lex.org_cues.iter().filter(|w| {
            let inner_cap = w.chars().skip(1).any(char::is_uppercase);
            let short_caps = w.chars().count() == 2 && w.chars().all(|c| c.is_ascii_uppercase());
            // (one short token: "Directorate-General" is no legal form)
            let mixed = inner_cap
                && w.chars().any(char::is_lowercase)
                && w.chars().count() <= 5
                && w.chars().all(char::is_alphabetic);
            (short_caps || mixed) && !plain.contains(&fold(w))
        });
        add(cased.map(|w| fold(w)).collect(), b::CASED_CUE);
        add(words(&lex.place_cues), b::PLACE_CUE);
        add(words(&lex.other_cues), b::OTHER_CUE);
        add(said.iter().cloned().collect(), b::SAID);
        add(words(&lex.product_intro), b::PRODUCT_INTRO);
        add(words(&lex.org_intro), b::ORG_INTRO);
        let months_days = super::classify::MONTHS_DAYS.iter().map(|m| m.to_string());
        add(months_days.collect(), b::NOISE);
    }
    let sets = Sets {
        function_words,
        tech_acronyms: lex.tech_acronyms.iter().cloned().collect(),
        tech_acronyms_longest: lex.tech_acronyms.iter().map(String::len).max().unwrap_or(0),
        titles,
        org_cues: set(&lex.org_cues),
        place_cues: set(&lex.place_cues),
        other_cues: set(&lex.other_cues),
        said,
        product_intro: set(&lex.product_intro),
        org_intro: set(&lex.org_intro),
        given_names: GivenNames(set(&names)),
        more_given_names: GivenNames(set(&more_names)),
        lex: lexmap,
        accented_function_words: lex
            .function_words
            .iter()
            .filter(|w| !w.is_ascii())
            .cloned()
            .collect(),
    };
    Gazetteer {
        entries,
        trie,
        pats,
        alts,
        second_word,
        longest,
        pattern_hashes,
        byte_kinds,
        sets,
        #[cfg(test)]
        patterns,
    }
}

pub static GAZ: LazyLock<Gazetteer> = LazyLock::new(build);

/// A gazetteer hit in a block.
#[derive(Debug, Clone, Copy)]
pub struct GazHit {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
    pub demonym: bool,
    /// Ambiguous name (see `RawEntry::amb`).
    pub amb: bool,
}

fn boundary_ok(text: &str, start: usize, end: usize, demonym: bool) -> bool {
    let before = text[..start].chars().next_back();
    let mut after_it = text[end..].chars();
    let after = after_it.next();
    if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
        return false;
    }
    if after.is_some_and(|c| c == '-') && after_it.next().is_some_and(is_letter) {
        return false;
    }
    if before.is_some_and(|c| c == '-') && (demonym || text[..start].len() > 1) {
        let b2 = text[..start - 1].chars().next_back();
        if b2.is_some_and(is_letter) {
            return false;
        }
    }
    true
}

/// A hyphen and a letter open `text[e..]`: a hit ending at `e` ends inside a compound word.
fn ends_in_compound(text: &str, e: usize) -> bool {
    text.as_bytes().get(e) == Some(&b'-') && text[e + 1..].chars().next().is_some_and(is_letter)
}

/// All letters capital, and at least two of them.
fn is_shouted(w: &str) -> bool {
    // (the lowercase letter asked first: most names have one by their second char)
    !w.chars().any(char::is_lowercase) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// The words around `start..end` are shouted too, or it opens the block ("NICE, France —").
fn caps_context(text: &str, start: usize, end: usize) -> bool {
    fn words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
    }
    let before = words(&text[..start]).next_back();
    let after = words(&text[end..]).next();
    before.is_none() || before.is_some_and(is_shouted) || after.is_some_and(is_shouted)
}

/// The gazetteer entry `text` spells whole, if any (hits do not overlap: at most one does).
pub fn whole_hit(text: &str) -> Option<GazHit> {
    // (a hit is as long as its pattern: a longer text is searched for nothing)
    if text.len() > GAZ.longest {
        return None;
    }
    LOWER.with_borrow_mut(|lower| {
        lower.clear();
        lower.extend_from_slice(text.as_bytes());
        lower.make_ascii_lowercase();
        // (a hit is a pattern spelt whole: a text that spells none is refused by one lookup,
        // without the search and its list)
        if !GAZ.pattern_hashes.contains(&pattern_hash(lower)) {
            return None;
        }
        hits_in(text, lower)
            .into_iter()
            .find(|h| h.start == 0 && h.end == text.len())
    })
}

/// The hash of a pattern's bytes (ASCII-lowercased) in [`Gazetteer::pattern_hashes`].
fn pattern_hash(bytes: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(bytes)
}

/// The hit of a known place that `text` spells whole (a name, not a nationality adjective).
pub fn place_hit(text: &str) -> Option<GazHit> {
    whole_hit(text).filter(|h| !h.demonym && GAZ.entries[h.entry].kind == EntityKind::Place)
}

/// The bytes of the gazetteer's longest name: no longer text spells one whole.
pub fn longest_pattern() -> usize {
    GAZ.longest
}

/// (round 67) `text` spells a known place's adjective whole ("ivoirien", "wallonne").
pub fn is_demonym(text: &str) -> bool {
    whole_hit(text).is_some_and(|h| h.demonym)
}

/// `text` spells a known place whole (a name, not a nationality adjective).
pub fn is_place_name(text: &str) -> bool {
    place_hit(text).is_some()
}

/// The start of the second word of `text[s..e]` (after a space or an apostrophe), if any.
fn next_word_start(text: &str, s: usize, e: usize) -> Option<usize> {
    let surface = &text[s..e];
    let (i, c) = surface
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || c == '\'' || c == '’')?;
    let rest = &surface[i + c.len_utf8()..];
    let skip = rest.len() - rest.trim_start().len();
    let at = s + i + c.len_utf8() + skip;
    (at < e).then_some(at)
}

/// Whether `text[s..e]` has the capitals that a name of `info`'s form needs.
fn case_ok(info: &PatInfo, text: &str, s: usize, e: usize) -> bool {
    let surface = &text[s..e];
    let first = surface.chars().next().unwrap_or(' ');
    match info.form {
        // "NICE" spelling a city is an acronym, except in a dateline or an all-capital line
        Form::Name | Form::Titled if is_shouted(surface) => caps_context(text, s, e),
        Form::Name => {
            first.is_uppercase()
                && (info.caps == 0
                    || words(surface)
                        .take(32)
                        .enumerate()
                        .all(|(i, w)| info.caps & 1 << i == 0 || starts_upper(w)))
        }
        Form::Titled => words(surface)
            .take(32)
            .enumerate()
            .all(|(i, w)| info.caps & 1 << i == 0 || starts_upper(w)),
        Form::LowerName => surface.chars().skip(1).any(char::is_uppercase),
        Form::Acronym => surface
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase()),
        Form::DemonymFr => true,
        Form::DemonymEn => first.is_uppercase(),
    }
}

/// All gazetteer hits in `text`, non-overlapping, leftmost-longest. A hit refused for its
/// case ("the Guardian" for "The Guardian": the trie folds ASCII case) does not hide the
/// hits that start inside it: the search resumes at its second word ("Guardian").
#[cfg(test)]
pub fn find_hits(text: &str) -> Vec<GazHit> {
    LOWER.with_borrow_mut(|lower| {
        lower.clear();
        lower.extend_from_slice(text.as_bytes());
        lower.make_ascii_lowercase();
        hits_in(text, lower)
    })
}

thread_local! {
    /// A text ASCII-lowercased for the trie (`find_hits`, [`whole_hit`]).
    static LOWER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The char ending `text[..s]` is a word char ([`is_word_char`]); `s` a char boundary.
#[inline]
fn word_char_before(text: &str, s: usize) -> bool {
    match s.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[..s].chars().next_back().is_some_and(is_word_char),
    }
}

/// The char opening `text[e..]` is a word char ([`is_word_char`]); `e` a char boundary.
#[inline]
fn word_char_at(text: &str, e: usize) -> bool {
    match text.as_bytes().get(e) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[e..].chars().next().is_some_and(is_word_char),
    }
}

/// [`find_hits`], the trie walked on `lower`, `text` ASCII-lowercased (the same offsets).
pub fn hits_in(text: &str, lower: &[u8]) -> Vec<GazHit> {
    let mut out = Vec::new();
    hits_into(text, lower, &mut out);
    out
}

/// [`Gazetteer::byte_kinds`]: an ASCII letter or digit
const WORD_BYTE: u8 = 1;
/// [`Gazetteer::byte_kinds`]: some pattern opens with this byte (or its ASCII lowercase)
const FIRST_BYTE: u8 = 2;

/// From `at` (`prev_word`: the char before it is a word char), the next place that opens a
/// word with a byte some pattern opens with: that place, where the char there ends, and
/// whether that char is a word char. The ASCII letters inside a word are passed over by a
/// table lookup each.
#[inline]
fn next_open(
    g: &Gazetteer,
    text: &str,
    mut at: usize,
    mut prev_word: bool,
) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    loop {
        if prev_word {
            while let Some(&b) = bytes.get(at) {
                if g.byte_kinds[usize::from(b)] & WORD_BYTE == 0 {
                    break;
                }
                at += 1;
            }
        }
        let &b = bytes.get(at)?;
        let kind = g.byte_kinds[usize::from(b)];
        let (next, word) = if b.is_ascii() {
            (at + 1, kind & WORD_BYTE != 0)
        } else {
            let c = text[at..].chars().next().expect("a char boundary");
            (at + c.len_utf8(), is_word_char(c))
        };
        if !prev_word && kind & FIRST_BYTE != 0 {
            return Some((at, next, word));
        }
        (at, prev_word) = (next, word);
    }
}

/// The longest pattern that `lower[s..end]` opens with (its index in `pats`), and where it
/// ends.
#[inline]
fn longest_at(g: &Gazetteer, lower: &[u8], s: usize, end: usize) -> Option<(usize, usize)> {
    g.trie
        .longest_prefix(&lower[s..end])
        .map(|(pat, len)| (pat as usize, s + len))
}

/// [`hits_in`] into `out`, cleared first (a buffer kept from block to block).
///
/// A hit opens a word (no word char before it: [`boundary_ok`]), so the trie is walked from
/// each place a word opens with a byte some pattern opens with, rather than an automaton run
/// over every byte: most of the text's bytes are inside words, where an unanchored search
/// found some 55,000 matches a MiB ("ue" in "quelque") only to refuse them. Those places are
/// found here by a scan of the bytes; [`hits_into_toks`] reads them from the block's tokens.
pub fn hits_into(text: &str, lower: &[u8], out: &mut Vec<GazHit>) {
    let g = &*GAZ;
    // where the scan stands, and whether the char before it is a word char
    let (mut at, mut prev_word) = (0, false);
    hits_by(g, text, lower, out, |from| {
        if from != at {
            // (a jump forward after a hit: the char before is read anew)
            at = from;
            prev_word = word_char_before(text, at);
        }
        let (s, next, word) = next_open(g, text, at, prev_word)?;
        (at, prev_word) = (next, word);
        Some(s)
    });
}

/// [`hits_into`], the places where words open read from `toks`, the tokens of `text`
/// ([`super::text::tokenize_caps_into`]) instead of a scan of its bytes (the extraction of
/// a MiB took 4.8 M instructions fewer so, out of 303 M). The same places: a word opens at
/// a token's start (a word's, or a mark's) or inside a word after a joining mark
/// ([`Token::joined`]: there the bytes of that word are scanned); the tokens leave out only
/// white space, where no pattern opens (a test checks it).
pub fn hits_into_toks(text: &str, lower: &[u8], toks: &[Token], out: &mut Vec<GazHit>) {
    let g = &*GAZ;
    let bytes = text.as_bytes();
    // the first token that may hold the next place
    let mut i = 0;
    hits_by(g, text, lower, out, |from| {
        while let Some(t) = toks.get(i) {
            if t.end <= from {
                i += 1;
                continue;
            }
            if t.start >= from
                && g.byte_kinds[usize::from(bytes[t.start])] & FIRST_BYTE != 0
                && !word_byte_before(g, text, t.start)
            {
                return Some(t.start);
            }
            if t.joined {
                // (past the word's first char: a word opens only after a non-word char)
                let at = from.max(t.start + char_width(bytes[t.start]));
                if let Some((s, _, _)) = next_open(g, text, at, word_char_before(text, at))
                    && s < t.end
                {
                    return Some(s);
                }
            }
            i += 1;
        }
        None
    });
}

/// [`word_char_before`], an ASCII byte before `s` answered by the table of byte kinds (one
/// lookup for the tests of a digit and a letter: most tokens are asked it).
#[inline(always)]
fn word_byte_before(g: &Gazetteer, text: &str, s: usize) -> bool {
    match s.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => false,
        Some(b) if b.is_ascii() => g.byte_kinds[usize::from(b)] & WORD_BYTE != 0,
        Some(_) => word_char_before(text, s),
    }
}

/// The bytes of the char that `lead` opens (a UTF-8 lead byte).
#[inline]
fn char_width(lead: u8) -> usize {
    match lead {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// The search of [`hits_into`] and [`hits_into_toks`]: `next_open(from)` gives the first
/// place at or past `from` where a word opens with a byte some pattern opens with.
#[inline(always)]
fn hits_by(
    g: &Gazetteer,
    text: &str,
    lower: &[u8],
    out: &mut Vec<GazHit>,
    mut next_open: impl FnMut(usize) -> Option<usize>,
) {
    out.clear();
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut pos = 0;
    // End of the last hit refused for its case: a hit found inside it must reach its end
    // ("the Boston Globe": "Boston Globe", never "Boston" alone).
    let mut refused_end = 0;
    // End of the searches that must stop short of a hyphenated word a longer hit ran into
    // ("Europe du Sud" in "Europe du Sud-Est": "Europe" is still found), until one finds a
    // hit
    let mut short_end: Option<usize> = None;
    // (the next place a word opens with a byte a pattern opens with)
    while let Some(s) = next_open(pos) {
        pos = s + char_width(bytes[s]);
        let end = match short_end {
            Some(e) if e > s => e,
            _ => {
                short_end = None;
                len
            }
        };
        let Some((pat, e)) = longest_at(g, lower, s, end) else {
            continue;
        };
        short_end = None;
        pos = e;
        if s < refused_end && e < refused_end {
            pos = refused_end;
            continue;
        }
        if !text.is_char_boundary(e) {
            continue;
        }
        // (`next_word_start(text, s, e)`)
        let second_word = match g.second_word[pat] {
            0 => None,
            at => Some(s + usize::from(at)),
        };
        // ("France" in "Francesca"): a one-word match inside a longer word fails
        // `boundary_ok` whatever its case, and a refused one word moves nothing: refused
        // before `case_ok` (an ASCII byte next to the match is the char there)
        if second_word.is_none() && word_char_at(text, e) {
            continue;
        }
        let mut info = g.pats[pat];
        let mut ok = case_ok(&info, text, s, e);
        while !ok && info.alt != 0 {
            info = g.alts[info.alt as usize - 1];
            ok = case_ok(&info, text, s, e);
        }
        if !ok {
            if let Some(next) = second_word {
                pos = next;
                refused_end = e;
            }
            continue;
        }
        let demonym = matches!(info.form, Form::DemonymFr | Form::DemonymEn);
        if second_word.is_some() && ends_in_compound(text, e) {
            // a hit of many words ending inside a hyphenated word: the shorter hits before
            // that word stand ("Asie du Sud" in "Asie du Sud-Ouest": "Asie")
            if let Some(cut) = text[s..e].rfind(char::is_whitespace) {
                pos = s;
                short_end = Some(s + text[s..s + cut].trim_end().len());
            }
            continue;
        }
        if boundary_ok(text, s, e, demonym) {
            out.push(GazHit {
                start: s,
                end: e,
                entry: info.entry,
                demonym,
                amb: info.amb,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table's answer for the byte before a place is the char test's, for every ASCII
    /// byte, chars outside ASCII and the text's start.
    #[test]
    fn word_byte_before_answers_as_word_char_before() {
        let g = &*GAZ;
        let mut texts: Vec<String> = (0u8..128).map(|b| format!("{}a", char::from(b))).collect();
        texts.extend(["éa", "’a", "\u{a0}a", "«a", "ña", "\u{301}a", "a"].map(String::from));
        for t in &texts {
            let s = t.len() - 1;
            assert_eq!(word_byte_before(g, t, s), word_char_before(t, s), "{t:?}");
            assert!(!word_byte_before(g, t, 0));
        }
        // (some answers each way: the comparison compares something)
        assert!(word_byte_before(g, "za", 1) && !word_byte_before(g, " a", 1));
    }

    fn hits(s: &str) -> Vec<(String, bool)> {
        find_hits(s)
            .into_iter()
            .map(|h| (GAZ.entries[h.entry].fr.clone(), h.demonym))
            .collect()
    }

    #[test]
    fn gazetteer_hits() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            ("des modèles américains", &[("États-Unis", true)]),
            (
                "aux Etats-Unis et en Chine",
                &[("États-Unis", false), ("Chine", false)],
            ),
            (
                "la Commission européenne",
                &[("Commission européenne", false)],
            ),
            (
                "the European Commission said",
                &[("Commission européenne", false)],
            ),
            ("extra-européens", &[]),
            ("tell us about it", &[]),
            ("the US economy", &[("États-Unis", false)]),
            ("la tech britannique", &[("Royaume-Uni", true)]),
            ("an apple a day", &[]),
            (
                "LONDON — Britain",
                &[("Londres", false), ("Royaume-Uni", false)],
            ),
            ("l’Europe", &[("Europe", false)]),
            ("d’Airbus", &[("Airbus", false)]),
            // a lowercase article mid-sentence: the longer name is refused for its case, the
            // alias inside it still counts
            (
                "sources told the Guardian on Monday",
                &[("The Guardian", false)],
            ),
            ("told The Guardian", &[("The Guardian", false)]),
            // names spelt alike but for ASCII case ("OPEP", "Opep") each keep their case check
            ("selon l’OPEP, la production", &[("OPEP", false)]),
            ("selon l’Opep, la production", &[("OPEP", false)]),
            ("selon l’opep, la production", &[]),
        ];
        for (s, want) in cases {
            let got = hits(s);
            let want: Vec<(String, bool)> = want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
            assert_eq!(got, want, "{s}");
        }
    }

    #[test]
    fn either_apostrophe_is_searched() {
        let straight = variants("Conseil d'État", Form::Name);
        let curly = variants("Conseil d’État", Form::Name);
        for v in [&straight, &curly] {
            assert!(v.iter().any(|s| s == "Conseil d'État"), "{v:?}");
            assert!(v.iter().any(|s| s == "Conseil d’État"), "{v:?}");
        }
    }

    #[test]
    fn titles_opening_with_an_article_keep_their_capitals() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            ("selon Le Soir, la ville dort", &[("Le Soir", false)]),
            ("Le soir, la ville dort", &[]),
            ("Le Devoir a révélé l’affaire", &[("Le Devoir", false)]),
            ("Le devoir de réserve", &[]),
            ("The Independent reported", &[("The Independent", false)]),
            ("The independent candidate", &[]),
            ("Le Journal de Québec", &[("Le Journal de Québec", false)]),
            ("LE SOIR", &[("Le Soir", false)]),
        ];
        for (s, want) in cases {
            let want: Vec<(String, bool)> = want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
            assert_eq!(hits(s), want, "{s}");
        }
        assert_eq!(title_caps("LA Times"), None);
        assert_eq!(title_caps("Le Journal de Québec"), Some(0b1011));
    }

    #[test]
    fn demonym_forms() {
        assert!(fr_demonym_forms("américain").contains(&"américaines".to_string()));
        assert!(fr_demonym_forms("italien").contains(&"italiennes".to_string()));
        assert!(fr_demonym_forms("chinois").contains(&"chinoise".to_string()));
        assert!(fr_demonym_forms("britannique").contains(&"britanniques".to_string()));
    }
}

#[cfg(test)]
#[path = "gaz_tokens_tests.rs"]
mod gaz_tokens_tests;

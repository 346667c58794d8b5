//! Acronym definitions: "the Competition and Markets Authority (CMA)",
//! "l’Organisation mondiale de la santé (OMS)" → one organisation span.

use super::candidates::{Cand, word};
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::{TokKind, fold};
use crate::extract::types::{EntityKind, Lang};

/// Which words of a spelt-out name give an acronym its letters.
#[derive(Clone, Copy)]
enum Initials {
    /// The capitalised words.
    Capitals,
    /// The content words: all but the lexicon's function words.
    Content,
    /// (round 59) All but the links ("et", "de", "des", "the", "of"…): a preposition such as
    /// "sans" gives its letter ("Agronomes et Vétérinaires sans frontières (AVSF)", "Médecins
    /// sans frontières (MSF)").
    PastLinks,
}

/// The links [`Initials::PastLinks`] leaves out.
const LINKS: &[&str] = &[
    "et", "de", "du", "des", "d", "la", "le", "les", "l", "and", "of", "the", "&",
];

/// Whether the initials of `toks[a..b]` (the words `which` says), each uppercased, are
/// `letters`: compared as they come, no string made (most are not, and this is asked at each
/// word before each bracket).
fn initials_are(ctx: &Ctx, a: usize, b: usize, which: Initials, letters: &str) -> bool {
    let mut rest = letters.chars();
    for j in a..b {
        let t = &ctx.toks[j];
        if t.kind != TokKind::Word {
            continue;
        }
        // (the token's cached lexicon bits: no folding, no hashing again)
        let keep = match which {
            Initials::Capitals => t.cap,
            Initials::Content => !ctx.is(j, lex::FUNCTION_WORD),
            Initials::PastLinks => !LINKS.contains(&word(ctx.text, t)),
        };
        if keep && let Some(c) = word(ctx.text, t).chars().next() {
            for u in c.to_uppercase() {
                if rest.next() != Some(u) {
                    return false;
                }
            }
        }
    }
    rest.next().is_none()
}

/// Round 34: initials of the capitalised words of `toks[a..b]`, a hyphenated word giving one
/// for each capitalised part ("the Guild of Tarrow’s Boat-Builders (GTBB)", "Union
/// des Franco-Ontariens (UFO)").
fn initials_by_parts(ctx: &Ctx, a: usize, b: usize) -> String {
    let mut s = String::new();
    for j in a..b {
        let t = &ctx.toks[j];
        if t.kind != TokKind::Word || !t.cap {
            continue;
        }
        for part in word(ctx.text, t).split('-') {
            if let Some(c) = part.chars().next().filter(|c| c.is_uppercase()) {
                s.extend(c.to_uppercase());
            }
        }
    }
    s
}

/// Finds "Long Name (ACR)" and emits both as organisations; masks their tokens.
pub fn acronym_definitions(ctx: &Ctx, hits: &[GazHit], masked: &mut [bool], out: &mut Vec<Cand>) {
    let toks = ctx.toks;
    let bytes = ctx.text.as_bytes();
    // (most blocks hold no bracket: one scan instead of a look at each token)
    if memchr::memchr(b'(', bytes).is_none() {
        return;
    }
    for p in 1..toks.len().saturating_sub(2) {
        // (bytes compared: the test runs at every token)
        let is = |t: &super::text::Token, b: u8| t.end == t.start + 1 && bytes[t.start] == b;
        if !is(&toks[p], b'(') {
            continue;
        }
        // "(ABC Ontario)", "(XYZ Alsace)": the acronym, then the known place it serves
        // (round 67) "(SPW MI)": two acronyms, a body's and its branch's, spell one name
        let two = toks[p + 1].allcaps
            && toks[p + 2].allcaps
            && toks[p + 2].kind == TokKind::Word
            && toks.get(p + 3).is_some_and(|t| is(t, b')'));
        let close = if is(&toks[p + 2], b')') {
            p + 2
        } else if two {
            p + 3
        } else if let Some(q) = place_then_bracket(ctx, hits, p + 2) {
            q
        } else {
            continue;
        };
        let acr = &toks[p + 1];
        let mut letters: String = word(ctx.text, acr)
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        if two {
            // (each short, six letters in all: "(AFP PHOTO)", "(KEYSTONE ATS)" are credits)
            let second = word(ctx.text, &toks[p + 2]);
            if letters.len() > 4 || second.len() > 4 || letters.len() + second.len() > 6 {
                continue;
            }
            letters.push_str(second);
        }
        // "(Drac)", "(Feder)": a capitalised word of three to six letters spells initials too
        // when they match, as French writes acronyms it pronounces as words
        let titled = !acr.allcaps && acr.cap && (3..=6).contains(&letters.chars().count());
        // ("(Sorefinag)": seven letters and more spell syllables, found only by their long name)
        let long = acr.cap && (7..=10).contains(&letters.chars().count());
        // (round 54) "(traVal)", "(bussN)": a short form in mixed case, found only by its
        // long name
        let mixed = !acr.cap && super::acronym_forms::mixed_case(word(ctx.text, acr));
        if !(acr.allcaps || titled || long || mixed)
            || !(2..=6).contains(&letters.chars().count()) && !long && !mixed
            || masked[p + 1]
        {
            continue;
        }
        let letters = letters.to_uppercase();
        let mut found = spelt_start(ctx, p, &letters, titled, long, masked);
        // (round 54) "(Ordef-S)", "(Orbe-N)": the letter of a region after a hyphen, left out
        // of the spelt-out name ("l’Office régional pour la défense des forêts")
        if found.is_none()
            && let Some(core) = super::acronym_forms::region_core(word(ctx.text, acr))
        {
            found = spelt_start(ctx, p, &core, titled, long, masked);
        }
        // (round 67) "le Secrétariat d’État à l’économie (SECO)", "l’Agence nationale de
        // météorologie et de télédétection par satellite (Mettelsat)": letters that spell
        // nothing, after a body's noun and lowercase words with no clause, close its name there
        // (not a term the lowercase words spell: "la politique agricole commune (PAC)"; not two
        // acronyms: "(AFP PHOTO)")
        if found.is_none()
            && (acr.allcaps || titled || long)
            && !two
            && !(acr.allcaps && spelt_term(ctx, p, &letters))
        {
            found = body_to_bracket(ctx, p, masked);
        }
        let Some(mut a) = found else {
            // "du total admissible de captures (TAC)", "le règlement général sur la protection
            // des données (RGPD)": capitals spelling a term written in lowercase, no body's noun
            // first, name no body: the acronym is no name either
            if acr.allcaps && spelt_term(ctx, p, &letters) {
                masked[p + 1] = true;
            }
            continue;
        };
        // "the International Development Finance Corporation (DFC)": capitalised words right
        // before the spelt-out letters belong to the name (not a country: "the US Food and
        // Drug Administration (FDA)")
        while a > 0 && !masked[a - 1] && toks[a - 1].kind == TokKind::Word && toks[a - 1].cap {
            let f = ctx.f(a - 1);
            let s = &GAZ.sets;
            let (ts, te) = (toks[a - 1].start, toks[a - 1].end);
            if hits.iter().any(|h| h.start < te && ts < h.end)
                || ctx.is(a - 1, lex::FUNCTION_WORD | lex::TITLE | lex::COMMON_NOUN)
                || s.given_names.contains(&f)
                // (round 59) "l’ONG Agronomes et … (AVSF)": the noun introducing the body
                || ctx.is(a - 1, lex::ORG_INTRO)
            {
                break;
            }
            a -= 1;
        }
        // "the Ardenia Department of Natural Resources (DNR)": a state's or a town's known name
        // right before it opens the body's name, though its letters leave it out (a country's
        // stands apart, as above); round 44
        if let Some(b) = super::place_bodies::place_opening(ctx, hits, a, masked) {
            a = b;
        }
        // "Marc Vernier (MV Québec)": a person whose initials spell the bracket, which names
        // their party or list where they stand
        if close != p + 2 && person_name(ctx, a, p) {
            continue;
        }
        let (s, e) = (toks[a].start, toks[p - 1].end);
        // a known organisation keeps its gazetteer identity, and so does a known place spelt
        // out in full; a place inside a longer name is part of it ("Natural Resources Wales"),
        // and so is (round 60) a known body's name opening a longer one the letters spell ("la
        // Banque nationale d’investissement (BNI)" is no "Banque nationale")
        if hits.iter().any(|h| {
            let org = GAZ.entries[h.entry].kind == EntityKind::Organization;
            let opens_longer = h.start == s && h.end < e;
            (h.start < e && s < h.end && ((org && !opens_longer) || (h.start <= s && e <= h.end)))
                // (a known body's acronym with its branch's after it names the branch)
                || (h.start < acr.end && acr.start < h.end && !two)
        }) {
            continue;
        }
        for (ts, te) in [(s, e), (acr.start, toks[close - 1].end)] {
            out.push(Cand::rule(ctx.block, ts, te, EntityKind::Organization, 2));
        }
        for m in masked.iter_mut().take(close).skip(a) {
            *m = true;
        }
    }
}

/// Start of the name the acronym `letters` (upper case) before the bracket at `p` spells:
/// by initials (not for `long` ones), else by [`long_form_start`].
fn spelt_start(
    ctx: &Ctx,
    p: usize,
    letters: &str,
    titled: bool,
    long: bool,
    masked: &[bool],
) -> Option<usize> {
    let toks = ctx.toks;
    let mut found = None;
    let mut a = p;
    while !long && a > 0 && p - a < 12 {
        a -= 1;
        let t = &toks[a];
        if masked[a] {
            break;
        }
        if t.kind == TokKind::Punct {
            // ("la direction régionale de l’environnement, de l’aménagement et du
            // logement (Dreal)": a spelt-out list of duties)
            if matches!(word(ctx.text, t), "’" | "'" | "&") || (titled && word(ctx.text, t) == ",")
            {
                continue;
            }
            break;
        }
        let content = !ctx.is(a, lex::FUNCTION_WORD);
        if t.cap
            && content
            && (initials_are(ctx, a, p, Initials::Capitals, letters)
                || initials_are(ctx, a, p, Initials::Content, letters)
                || initials_by_parts(ctx, a, p) == letters
                || initials_are(ctx, a, p, Initials::PastLinks, letters))
        {
            found = Some(a);
            break;
        }
        // "la direction régionale des affaires culturelles (Drac)": a spelt-out name in
        // lowercase, every content word an initial, after an article
        if titled
            && content
            && a > 0
            && ctx.is(a - 1, lex::FUNCTION_WORD)
            && initials_are(ctx, a, p, Initials::Content, letters)
        {
            found = Some(a);
            break;
        }
    }
    // "l’Union nationale de l’industrie, du commerce et de l’artisanat (Unica)", "la
    // Société régionale de financement des petites entreprises (Soref)", "the Guild of
    // Wales’s Bee-Keepers (GWBK)": a longer name, syllables or lists, found by its letters
    found
        .filter(|&a| !has_clause(ctx, a, p, false))
        .or_else(|| long_form_start(ctx, p, letters, masked))
}

/// The closing bracket's token after a known place opening at token `k` (a capitalised word),
/// if the place ends right before it.
fn place_then_bracket(ctx: &Ctx, hits: &[GazHit], k: usize) -> Option<usize> {
    let t = &ctx.toks[k];
    if t.kind != TokKind::Word || !t.cap {
        return None;
    }
    // (hits are sorted by start: a binary search, as a bracket may open at every token)
    let h = hits[hits.partition_point(|h| h.start < t.start)..]
        .first()
        .filter(|h| h.start == t.start)?;
    if h.demonym || GAZ.entries[h.entry].kind != EntityKind::Place {
        return None;
    }
    let q = (k..ctx.toks.len()).find(|&q| ctx.toks[q].start >= h.end)?;
    let c = &ctx.toks[q];
    (c.end == c.start + 1 && ctx.text.as_bytes()[c.start] == b')').then_some(q)
}

/// `toks[a..p]` is a person's name: a known given name, then one to three capitalised words
/// none a function word.
fn person_name(ctx: &Ctx, a: usize, p: usize) -> bool {
    (2..=4).contains(&(p - a))
        && GAZ.sets.given_names.contains(&ctx.f(a))
        && (a + 1..p).all(|j| {
            ctx.toks[j].kind == TokKind::Word && ctx.toks[j].cap && !ctx.is(j, lex::FUNCTION_WORD)
        })
}

/// Nouns that open a body's name written in lowercase ("la direction départementale des
/// territoires (DDT)"), beside [`super::institutions`]' heads and the nouns that introduce
/// organisations.
const BODY_NOUNS: &[&str] = &[
    "direction",
    "office",
    "service",
    "services",
    "comite",
    "centre",
    "etablissement",
    "groupement",
    "regie",
    "communaute",
    "syndicat",
    "department",
    "agency",
    "authority",
    "board",
    "council",
    "commission",
];

/// The lowercase words right before the bracket at `p`, opening after a function word, spell
/// `letters` by their content words, and the first of them is no body's noun.
fn spelt_term(ctx: &Ctx, p: usize, letters: &str) -> bool {
    let toks = ctx.toks;
    let mut a = p;
    while a > 0 && p - a < 12 {
        a -= 1;
        let t = &toks[a];
        if t.kind == TokKind::Punct {
            if matches!(word(ctx.text, t), "’" | "'") {
                continue;
            }
            return false;
        }
        if t.cap {
            return false;
        }
        let f = fold(word(ctx.text, t));
        if GAZ.sets.function_words.contains(&f) {
            continue;
        }
        if initials_are(ctx, a, p, Initials::Content, letters) {
            return a > 0
                && ctx.is(a - 1, lex::FUNCTION_WORD)
                && !BODY_NOUNS.contains(&f.as_str())
                && !ctx.is(a, lex::ORG_INTRO)
                && !super::institutions::is_lower_head(&f);
        }
    }
    false
}

/// Auxiliaries and relative pronouns, folded: a clause, never inside a body's long name.
const CLAUSE: &[&str] = &[
    "a", "est", "sont", "ont", "avait", "etait", "sera", "qui", "que", "dont", "has", "have",
    "had", "is", "are", "was", "were", "will", "would", "which", "who", "whose", "that",
];

/// A lowercase auxiliary, verb of saying or relative pronoun among the words `a..p` (with
/// `verbs`, any word shaped like a verb too): a body's long name cannot reach back over it.
fn has_clause(ctx: &Ctx, a: usize, p: usize, verbs: bool) -> bool {
    (a..p).any(|j| {
        let t = &ctx.toks[j];
        t.kind == TokKind::Word
            && !t.cap
            && (ctx.is(j, lex::SAID) || {
                let f = ctx.f(j);
                // ("a" is an auxiliary only in French and unaccented: "the Campaign for a Fair
                // Wage", "l’Association d’aide à domicile")
                (f.len() <= 5
                    && CLAUSE.contains(&&*f)
                    && (f != "a" || ctx.lang == Lang::Fr && ctx.w(j) == "a"))
                    || verbs && super::context::verb_like(&f)
            })
    })
}

/// (round 67) Start of a body's name that runs from a capitalised body's noun to the bracket
/// at `p` over lowercase words and links alone (ten words at most, one lowercase at least, no
/// comma, no clause), in French.
fn body_to_bracket(ctx: &Ctx, p: usize, masked: &[bool]) -> Option<usize> {
    if ctx.lang != Lang::Fr {
        return None;
    }
    let toks = ctx.toks;
    let mut a = p;
    let mut words = 0;
    let mut lower = false;
    while a > 0 && words < 10 {
        a -= 1;
        let t = &toks[a];
        if masked[a] {
            return None;
        }
        if t.kind == TokKind::Punct {
            if matches!(word(ctx.text, t), "’" | "'" | "-") {
                continue;
            }
            return None;
        }
        if word(ctx.text, t).bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        words += 1;
        if !t.cap {
            // ("le rapport de la Cour des comptes sur la politique…": a preposition that opens
            // what the body speaks of, not its name)
            if matches!(
                word(ctx.text, t),
                "sur"
                    | "contre"
                    | "concernant"
                    | "selon"
                    | "dans"
                    | "avec"
                    | "chez"
                    | "entre"
                    | "sous"
                    | "vers"
                    | "depuis"
                    | "après"
                    | "avant"
                    | "pendant"
            ) {
                return None;
            }
            lower = true;
            continue;
        }
        let f = ctx.f(a);
        // ("la Haute école de gestion de Fribourg (HEG-FR)": a Swiss university of applied
        // sciences)
        let school = &*f == "haute" && a + 1 < p && &*ctx.f(a + 1) == "ecole";
        if ctx.is(a, lex::ORG_CUE)
            || BODY_NOUNS.contains(&&*f)
            || super::institutions::is_fr_head(&f)
            || school
        {
            return (lower && words >= 3 && !has_clause(ctx, a, p, true)).then_some(a);
        }
    }
    None
}

/// Start of the long form that the acronym `letters` (upper case) right before the bracket at
/// `p` abbreviates, by Schwartz and Hearst's matching widened to syllables: each word gives a
/// prefix of itself (possibly none, "de", "of", "petites"), the first word gives the first
/// letter, every capitalised word gives at least one, and the name opens on a body's noun.
fn long_form_start(ctx: &Ctx, p: usize, letters: &str, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    // (folded: "(Édipro)" opens on the folded "etablissement")
    let letters = fold(letters);
    let n = letters.chars().count();
    let first = letters.chars().next()?;
    // (each word with whether a comma comes right before it)
    // (on the stack: 24 words at most)
    let mut words: smallvec::SmallVec<[(usize, bool); 24]> = smallvec::SmallVec::new();
    let mut a = p;
    while a > 0 && p - a < 24 {
        a -= 1;
        let t = &toks[a];
        if masked[a] {
            return None;
        }
        if t.kind == TokKind::Punct {
            let w = word(ctx.text, t);
            if w == ","
                && let Some(last) = words.last_mut()
            {
                last.1 = true;
            }
            if matches!(w, "’" | "'" | "&" | "," | "-") {
                continue;
            }
            return None;
        }
        if t.kind != TokKind::Word || word(ctx.text, t).bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        words.push((a, false));
        // (a bound on the words, no lexicon asked: two a letter and a few links)
        if words.len() > 2 * n + 6 {
            return None;
        }
        // (the first letter before any list: most capitalised words open no such name)
        if !t.cap || !ctx.f(a).starts_with(first) {
            continue;
        }
        let f = ctx.f(a);
        if ctx.is(a, lex::ORG_CUE)
            || BODY_NOUNS.contains(&&*f)
            || super::institutions::is_fr_head(&f)
            || super::acronym_forms::plural_head(&f)
        {
            let span: smallvec::SmallVec<[(usize, bool); 24]> =
                words.iter().rev().copied().collect();
            if spells(ctx, &span, &letters) {
                return (!has_clause(ctx, a, p, true)).then_some(a);
            }
        }
    }
    None
}

/// Whether the words `span` spell `letters` (folded), each by a prefix of itself: the first
/// word by one letter at least, every capitalised word too, and the first content word after
/// each comma (the flag beside each word), two words at least giving some: an apposition after
/// a comma gives no letter ("the Alliance for Safer Lanes, long backed by cyclists").
fn spells(ctx: &Ctx, span: &[(usize, bool)], letters: &str) -> bool {
    // (each word with whether it gives a letter lowercase too: the first content word after
    // a comma)
    let mut words: smallvec::SmallVec<[(&str, bool); 24]> = smallvec::SmallVec::new();
    let mut after_comma = false;
    for &(j, comma) in span {
        after_comma |= comma;
        let listed = after_comma && !ctx.is(j, lex::FUNCTION_WORD);
        after_comma &= !listed;
        words.push((ctx.w(j), listed));
    }
    super::acronym_forms::spelt_by(&words, letters)
}

//! Acronym definitions: "the Competition and Markets Authority (CMA)",
//! "l’Organisation mondiale de la santé (OMS)" → one organisation span.

use super::candidates::{Cand, word};
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::{TokKind, fold};
use crate::extract::types::EntityKind;

/// Initials of `toks[a..b]`: capitalised words only, or all content words.
fn initials(ctx: &Ctx, a: usize, b: usize, content: bool) -> String {
    let mut s = String::new();
    for j in a..b {
        let t = &ctx.toks[j];
        if t.kind != TokKind::Word {
            continue;
        }
        let w = word(ctx.text, t);
        // (the token's cached lexicon bits: no folding, no hashing again)
        let keep = if content {
            !ctx.is(j, lex::FUNCTION_WORD)
        } else {
            t.cap
        };
        if keep && let Some(c) = w.chars().next() {
            s.extend(c.to_uppercase());
        }
    }
    s
}

/// Round 34: initials of the capitalised words of `toks[a..b]`, a hyphenated word giving one
/// for each capitalised part ("the Association of Scotland’s Self-Caterers (ASSC)", "Union
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
        if !is(&toks[p], b'(') || !is(&toks[p + 2], b')') {
            continue;
        }
        let acr = &toks[p + 1];
        let letters: String = word(ctx.text, acr)
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        // "(Drac)", "(Feder)": a capitalised word of three to six letters spells initials too
        // when they match, as French writes acronyms it pronounces as words
        let titled = !acr.allcaps && acr.cap && (3..=6).contains(&letters.chars().count());
        if !(acr.allcaps || titled) || !(2..=6).contains(&letters.chars().count()) || masked[p + 1]
        {
            continue;
        }
        let letters = letters.to_uppercase();
        let mut found = None;
        let mut a = p;
        while a > 0 && p - a < 12 {
            a -= 1;
            let t = &toks[a];
            if masked[a] {
                break;
            }
            if t.kind == TokKind::Punct {
                // ("la direction régionale de l’environnement, de l’aménagement et du
                // logement (Dreal)": a spelt-out list of duties)
                if matches!(word(ctx.text, t), "’" | "'" | "&")
                    || (titled && word(ctx.text, t) == ",")
                {
                    continue;
                }
                break;
            }
            let content = !ctx.is(a, lex::FUNCTION_WORD);
            if t.cap
                && content
                && (initials(ctx, a, p, false) == letters
                    || initials(ctx, a, p, true) == letters
                    || initials_by_parts(ctx, a, p) == letters)
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
                && initials(ctx, a, p, true) == letters
            {
                found = Some(a);
                break;
            }
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
            {
                break;
            }
            a -= 1;
        }
        let (s, e) = (toks[a].start, toks[p - 1].end);
        // a known organisation keeps its gazetteer identity, and so does a known place spelt
        // out in full; a place inside a longer name is part of it ("Natural Resources Wales")
        if hits.iter().any(|h| {
            let org = GAZ.entries[h.entry].kind == EntityKind::Organization;
            (h.start < e && s < h.end && (org || (h.start <= s && e <= h.end)))
                || (h.start < acr.end && acr.start < h.end)
        }) {
            continue;
        }
        for (ts, te) in [(s, e), (acr.start, acr.end)] {
            out.push(Cand::rule(ctx.block, ts, te, EntityKind::Organization, 2));
        }
        for m in masked.iter_mut().take(p + 2).skip(a) {
            *m = true;
        }
    }
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
        if initials(ctx, a, p, true) == letters {
            return a > 0
                && ctx.is(a - 1, lex::FUNCTION_WORD)
                && !BODY_NOUNS.contains(&f.as_str())
                && !ctx.is(a, lex::ORG_INTRO)
                && !super::institutions::is_lower_head(&f);
        }
    }
    false
}

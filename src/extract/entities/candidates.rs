//! Candidate spans for one block: gazetteer hits, guillemet titles and runs of
//! capitalised words (with connectors), handed to `classify`.

use super::acronyms;
use super::classify::lex;
use super::classify::{Ctx, classify_run, first_tok, opening_article};
use super::dates::DateHit;
use super::gazetteer::{GAZ, GazHit, hits_into_toks};
use super::institutions;
use super::run_skips::asked;
use super::spans::{
    holiday_possessive_in_name, ministry_list, place_possessive_in_name, plural_possessive_in_name,
    possessive_in_name, push_based_place, push_owner, saint_possessive_in_name,
    title_possessive_in_name,
};
use super::text::{TokKind, Token, fold};
use crate::extract::types::EntityKind;

/// A candidate mention before merging.
#[derive(Debug, Clone)]
pub struct Cand {
    pub block: u32,
    pub start: u32,
    pub end: u32,
    pub kind: EntityKind,
    /// 3 gazetteer, 2 rule cue, 1 default guess, 0 weak (sentence-initial, unconfirmed).
    pub strength: u8,
    pub gaz: Option<u32>,
    /// A nationality adjective ("française", "Dutch"): it names its country's people, not it.
    pub demonym: bool,
    /// A cue the kind vote may overrule: a president's "de" ("le président d’X": a commune's
    /// president too) gives way to a strong place cue for the same name; a bare "à X" (a
    /// company's premises as often as a town) is no such strong cue.
    pub soft: bool,
}

/// Offsets and indices in 32 bits: a large document has millions of candidates.
impl Cand {
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// A name found by a rule in block `block`, at `start..end` (byte offsets in the block).
    pub fn rule(block: usize, start: usize, end: usize, kind: EntityKind, strength: u8) -> Cand {
        Cand {
            block: block as u32,
            start: start as u32,
            end: end as u32,
            kind,
            strength,
            gaz: None,
            demonym: false,
            soft: false,
        }
    }

    /// A gazetteer entry found in block `block`: its kind, the strongest.
    pub fn gazetteer(block: usize, hit: &super::gazetteer::GazHit) -> Cand {
        Cand {
            block: block as u32,
            start: hit.start as u32,
            end: hit.end as u32,
            kind: GAZ.entries[hit.entry].kind,
            strength: 3,
            gaz: Some(hit.entry as u32),
            demonym: hit.demonym,
            soft: false,
        }
    }

    /// The candidate's text in `blocks`.
    pub fn text<'a>(&self, blocks: &[&'a str]) -> &'a str {
        &blocks[self.block as usize][self.range()]
    }
}

/// One element of a capitalised run.
#[derive(Debug, Clone, Copy)]
pub enum Item {
    Word(usize),
    Conn(usize),
    Gaz {
        hit: usize,
        first: usize,
        last: usize,
    },
}

pub const CONNECTORS: &[&str] = &[
    "de", "du", "des", "d", "la", "l", "of", "the", "for", "von", "van", "der", "den", "da", "dos",
    "di", "del", "della", "y", "bin", "al",
    // (round 60: the Welsh article, "Cymdeithas yr Iaith Gymraeg")
    "yr",
    // (round 66: Malay and Iban, "son/daughter of": "Siti binti Hassan", "Jeli anak Ngumbang")
    "binti", "anak",
    // (round 69: Portuguese, "São Félix do Xingu", "Terra do Meio", "Ilha das Flores"; round
    // 71: the Welsh "ap", "son of": "Siôn ap Dafydd")
    "do", "das", "ap",
];
pub(super) const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "da", "dos", "di", "del", "della", "bin", "al", "binti", "anak",
    "do", "das", "ap",
];
#[inline]
pub fn word<'a>(text: &'a str, t: &Token) -> &'a str {
    &text[t.start..t.end]
}

pub(super) fn last_item_tok(items: &[Item]) -> usize {
    match items.last() {
        Some(Item::Word(k) | Item::Conn(k)) => *k,
        Some(Item::Gaz { last, .. }) => *last,
        None => 0,
    }
}

/// Single capital letter ("W", "Jean-M") directly followed by "." and a capitalised
/// word: an initial inside a name. French "M." opening a run is the title "Monsieur".
fn is_initial_dot(ctx: &Ctx, k: usize, run_start: bool, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    if k + 2 >= toks.len() || masked[k + 1] || masked[k + 2] {
        return false;
    }
    // (the full stop touching the word first: most words have none, and are refused before
    // their last segment is sought)
    let dot = &toks[k + 1];
    if dot.start != toks[k].end || word(ctx.text, dot) != "." {
        return false;
    }
    let w = word(ctx.text, &toks[k]);
    // (the segment after the last hyphen, the hyphen sought as a byte: no char searcher)
    let last_seg = match w.bytes().rposition(|b| b == b'-') {
        Some(h) => &w[h + 1..],
        None => w,
    };
    let mut cs = last_seg.chars();
    let single = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
    if !single || (run_start && w == "M" && ctx.lang == crate::extract::types::Lang::Fr) {
        return false;
    }
    let next = &toks[k + 2];
    next.kind == TokKind::Word
        && next.cap
        && !GAZ
            .sets
            .function_words
            .contains(&fold(word(ctx.text, next)))
}

/// "St. Ambrose", "Ste. Agathe", "Mt. Hood": the full stop of an abbreviated saint or mount
/// stays in the name after it (a name never ends on one of them), but not the full stop of a
/// street's "St." that ends a sentence (`street_dot`).
#[inline(never)]
fn abbreviation_dot(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    // (round 68: "ST. JOHN'S, N.L. —", a dateline's capitals)
    (matches!(word(ctx.text, &toks[k]), "St" | "Ste" | "Mt" | "Ft")
        || (matches!(word(ctx.text, &toks[k]), "ST" | "STE" | "MT")
            && toks.get(k + 2).is_some_and(|t| t.allcaps)))
        && k + 2 < toks.len()
        && !street_dot(ctx, k)
        && !masked[k + 1]
        && !masked[k + 2]
        && word(ctx.text, &toks[k + 1]) == "."
        && toks[k + 1].start == toks[k].end
        && toks[k + 2].kind == TokKind::Word
        && toks[k + 2].cap
        && !GAZ
            .sets
            .function_words
            .contains(&fold(word(ctx.text, &toks[k + 2])))
}

/// "St." at `k` is "Street" after an ordinal ("near 4th St.") or after a capitalised word
/// inside the sentence ("on Oak St."), and may end the sentence: the capitalised word after it
/// opens the next one. A given name before it makes it a saint's name in a person's ("Jordan
/// St. Clair"), and so does a given name after it ("Port St. Lucie").
fn street_dot(ctx: &Ctx, k: usize) -> bool {
    let toks = ctx.toks;
    if k == 0 || word(ctx.text, &toks[k]) != "St" {
        return false;
    }
    let p = &toks[k - 1];
    if p.kind != TokKind::Word || p.end == toks[k].start {
        return false;
    }
    let pw = word(ctx.text, p);
    if super::words::ordinal(pw) {
        return true;
    }
    let names = &GAZ.sets.given_names;
    p.cap
        && !p.initial
        && !ctx.is(k - 1, super::classify::lex::FUNCTION_WORD)
        && !names.contains(&ctx.f(k - 1))
        && !names.contains(&ctx.f(k + 2))
}

/// French "M" straight followed by "." and a capitalised word: the title "Monsieur".
pub fn french_mister(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    ctx.lang == crate::extract::types::Lang::Fr
        && word(ctx.text, &toks[k]) == "M"
        && k + 2 < toks.len()
        && !masked[k + 1]
        && !masked[k + 2]
        && word(ctx.text, &toks[k + 1]) == "."
        && toks[k + 1].start == toks[k].end
        && toks[k + 2].kind == TokKind::Word
        && toks[k + 2].cap
}

/// The run is introduced by "the"/"The" ("the Food and Drug Administration").
fn the_before(text: &str, toks: &[Token], run: &[Item]) -> bool {
    let first = match run.first() {
        Some(Item::Word(k) | Item::Conn(k)) => *k,
        Some(Item::Gaz { first, .. }) => *first,
        None => return false,
    };
    (first > 0 && word(text, &toks[first - 1]) == "the") || word(text, &toks[first]) == "The"
}

/// The run, "and", then up to four capitalised words from `k` and "(ACRONYM)" whose letters
/// are the initials of the run's and those words (an acronym word gives all its letters).
fn spelled_by_acronym(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    let toks = ctx.toks;
    let mut end = k;
    while end < toks.len() && end < k + 4 && toks[end].kind == TokKind::Word && toks[end].cap {
        end += 1;
    }
    if end == k || end + 2 >= toks.len() || ctx.w(end) != "(" || ctx.w(end + 2) != ")" {
        return false;
    }
    let acr = ctx.w(end + 1);
    if !toks[end + 1].allcaps || !acr.is_ascii() {
        return false;
    }
    let from = match run[0] {
        Item::Word(j) | Item::Conn(j) | Item::Gaz { first: j, .. } => j,
    };
    let mut rest = acr;
    for j in (from..end).filter(|&j| toks[j].kind == TokKind::Word && toks[j].cap) {
        let w = ctx.w(j);
        let part = if toks[j].allcaps { w } else { &w[..1] };
        match rest.strip_prefix(part) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

/// A run of up to four capitalised words containing an organisation cue word.
fn cue_run_follows(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    (k..(k + 4).min(ctx.toks.len()))
        .take_while(|&j| !masked[j] && ctx.toks[j].kind == TokKind::Word && ctx.toks[j].cap)
        .any(|j| ctx.is(j, lex::ORG_CUE))
}

/// Nouns of an industrial site that end a firm's name before "in" and its town ("the Dangote
/// Petroleum Refinery in Lekki", "the Kestrel Steel Mill in Rotherham").
const SITE_ENDS: &[&str] = &[
    "Refinery",
    "Plant",
    "Mill",
    "Mills",
    "Factory",
    "Smelter",
    "Terminal",
    "Depot",
    "Works",
    "Shipyard",
    "Brewery",
    "Distillery",
    "Warehouse",
];

/// The run already holds an organisation cue word ("Institute", "Ministry").
fn run_has_cue(ctx: &Ctx, run: &[Item]) -> bool {
    run.iter()
        .any(|i| matches!(*i, Item::Word(j) if ctx.is(j, lex::ORG_CUE)))
}

/// At "and"/"et" (`k`) after `run`: the words on both sides are one name.
fn and_joins(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> bool {
    use super::joins;
    // "Competition and Markets Authority", "House Energy and Commerce Committee", "the US Food
    // and Drug Administration", "the National Institute for Health and Care Excellence"
    let after_the = !run.is_empty()
        // (a nationality adjective may open it: "the Estonian Chamber of Commerce and Industry")
        // (or a known place after a sentence's opening "The": "The Severn and Wye Chamber
        // Orchestra")
        && !run
            .iter()
            .skip(1 + opening_article(ctx, run))
            .any(|i| matches!(*i, Item::Gaz { hit, .. } if !hits[hit].demonym))
        && the_before(ctx.text, ctx.toks, run)
        && !joins::and_separates(ctx, run, k, masked)
        && (cue_run_follows(ctx, k + 1, masked)
            || joins::plural_owner_cue_follows(ctx, k + 1, masked)
            || (run_has_cue(ctx, run) && name_words_follow(ctx, k + 1, masked, hit_at)));
    // no article before: "Ministry of Environment and Forestry", "Derby Museum and Art Gallery"
    let inside = joins::and_inside_name(ctx, hits, hit_at, run, k, masked)
        && (cue_run_follows(ctx, k + 1, masked)
            || (joins::cue_before_two_words(ctx, run, k)
                && name_words_follow(ctx, k + 1, masked, hit_at)));
    after_the
        || inside
        || ctx.w(k) == "and" && joins::compass_pair(ctx, run, k, masked)
        || joins::area_pair_body(ctx, hits, run, k, masked)
        || joins::and_after_org_intro(ctx, hit_at, run, k, masked)
        || ctx.w(k) == "and" && super::court_places::court_places_and(ctx, hits, hit_at, run, k)
        || !run.is_empty()
            && run.iter().all(|i| matches!(i, Item::Word(_)))
            && place_ends_body(ctx, hits, k + 1, masked, hit_at)
}

/// "Environment and [Climate Change Canada]": one to three plain capitalised words, then a
/// known place (no nationality adjective) that ends the capitalised run.
fn place_ends_body(
    ctx: &Ctx,
    hits: &[GazHit],
    k: usize,
    masked: &[bool],
    hit_at: &[Option<usize>],
) -> bool {
    let s = &GAZ.sets;
    for j in k..(k + 4).min(ctx.toks.len()) {
        let t = &ctx.toks[j];
        if masked[j] || t.kind != TokKind::Word || !t.cap {
            return false;
        }
        if let Some(h) = hit_at[j] {
            let hit = hits[h];
            let after = ctx.toks.iter().skip(j + 1).find(|n| n.start >= hit.end);
            return j > k
                && !hit.demonym
                && GAZ.entries[hit.entry].kind == EntityKind::Place
                && !after.is_some_and(|n| n.kind == TokKind::Word && n.cap);
        }
        let f = ctx.f(j);
        // (a plain common noun may stand among them: "Arts and Culture Perth")
        if t.allcaps
            || s.given_names.contains(&f)
            || s.place_cues.contains(&*f)
            || ((!ctx.is(j, lex::COMMON_NOUN) || ctx.is(j, lex::FUNCTION_WORD))
                && super::classify::is_noise(ctx, j))
        {
            return false;
        }
    }
    false
}

/// [`block_candidates`]'s lowercase `k` after a run "Head de(s) Noun": shaped like an
/// adjective, no stop, then "de" and a capital.
fn adjective_inside(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    // (the cheap test first: most lowercase words follow no capitalised word of a run)
    if !matches!(run.last(), Some(&Item::Word(p)) if p + 1 == k && ctx.toks[p].cap) {
        return false;
    }
    let lead = opening_article(ctx, run);
    let [Item::Word(h), Item::Conn(c), .., Item::Word(p)] = run[lead..] else {
        return false;
    };
    p + 1 == k
        && ctx.toks[h].cap
        && ctx.toks[p].cap
        && matches!(&*ctx.f(c), "de" | "des" | "du" | "d")
        && super::institutions::is_fr_head(&ctx.f(h))
        && super::institutions::adjective_shaped(&ctx.f(k))
        && !super::institutions::STOP_EXT.contains(&&*ctx.f(k))
        && !ctx.is(k, lex::FUNCTION_WORD)
        && super::institutions::de_then_capital(ctx, k + 1)
}

/// One to three capitalised words that end the name: no known name (gazetteer, given name,
/// title) among them, so "the Ministry of Defence and Airbus" stays two names.
fn name_words_follow(ctx: &Ctx, k: usize, masked: &[bool], hit_at: &[Option<usize>]) -> bool {
    let s = &GAZ.sets;
    let mut n = 0;
    for j in k..ctx.toks.len() {
        let t = &ctx.toks[j];
        if t.kind != TokKind::Word || !t.cap {
            break;
        }
        let f = ctx.f(j);
        // "… Committee on Sept. 12": a date is no part of a name
        let before_number = ctx
            .toks
            .get(j + 1)
            .is_some_and(|n| word(ctx.text, n).starts_with(|c: char| c.is_ascii_digit()))
            || ctx.toks.get(j + 2).is_some_and(|n| {
                word(ctx.text, &ctx.toks[j + 1]) == "."
                    && word(ctx.text, n).starts_with(|c: char| c.is_ascii_digit())
            });
        // ("… Chamber of Commerce and Industry": a plain common noun may end the name)
        let ends = !ctx
            .toks
            .get(j + 1)
            .is_some_and(|n| n.kind == TokKind::Word && n.cap);
        let noise = super::classify::is_noise(ctx, j)
            && !(ends
                && (ctx.is(j, lex::COMMON_NOUN)
                    || (ctx.is(j, lex::TITLE) && title_ends_name(ctx, j)))
                && !ctx.is(j, lex::FUNCTION_WORD));
        if masked[j]
            || hit_at[j].is_some()
            || s.given_names.contains(&f)
            // (round 69: a title ending the name is its noun, "the Union for Peace and
            // Justice"; before a capital it opens a person's name)
            || (s.titles.contains(&*f) && !title_ends_name(ctx, j))
            || noise
            || before_number
        {
            return false;
        }
        n += 1;
    }
    (1..=3).contains(&n)
}

/// (Round 69) The title's word `k` ends a name, a noun of its remit ("the Union for Peace and
/// Justice disagreed"): a punctuation mark but an apostrophe after it, or a lowercase word
/// but "of" and "for" ("the Ministry of Finance and Governor of the Central Bank", "the
/// Minister's office" open other names).
pub(super) fn title_ends_name(ctx: &Ctx, k: usize) -> bool {
    match ctx.toks.get(k + 1) {
        None => true,
        Some(t) if t.kind == TokKind::Word => {
            !t.cap && !matches!(ctx.w(k + 1), "of" | "for" | "to" | "de" | "du" | "des")
        }
        Some(_) => !matches!(ctx.w(k + 1), "'" | "’"),
    }
}

fn next_word_is_cap(text: &str, toks: &[Token], mut k: usize, masked: &[bool]) -> bool {
    // skip connectors and elision apostrophes
    while k < toks.len() {
        let t = &toks[k];
        if masked[k] {
            return false;
        }
        if t.kind == TokKind::Punct {
            let s = word(text, t);
            if s == "’" || s == "'" {
                k += 1;
                continue;
            }
            return false;
        }
        if t.cap {
            return true;
        }
        if !CONNECTORS.contains(&word(text, t)) {
            return false;
        }
        k += 1;
    }
    false
}

/// The lists [`block_candidates`] fills for each block, kept from block to block: made anew
/// they cost four allocations a block.
#[derive(Default)]
pub struct BlockBuffers {
    hits: Vec<GazHit>,
    masked: Vec<bool>,
    hit_at: Vec<Option<usize>>,
    run: Vec<Item>,
}

/// Builds candidates for one block.
pub fn block_candidates(
    ctx: &Ctx,
    dates: &[DateHit],
    out: &mut Vec<Cand>,
    bufs: &mut BlockBuffers,
) {
    let text = ctx.text;
    let toks = ctx.toks;
    let mut hits = std::mem::take(&mut bufs.hits);
    hits_into_toks(text, ctx.lower, ctx.toks, &mut hits);
    let from = out.len();
    let mut masked = std::mem::take(&mut bufs.masked);
    masked.clear();
    masked.resize(toks.len(), false);
    // the tokens a date overlaps (most blocks have none): the tokens are in order and apart,
    // the first found by a search by halves
    for d in dates {
        let mut k = toks.partition_point(|t| t.end <= d.start);
        while toks.get(k).is_some_and(|t| t.start < d.end) {
            masked[k] = true;
            k += 1;
        }
    }
    quoted_titles(ctx, &mut masked, out);
    super::bodies::french_parks(ctx, &mut masked, out);
    super::bodies::portfolio_departments(ctx, &mut masked, out);
    acronyms::acronym_definitions(ctx, &hits, &mut masked, out);

    // token index -> gazetteer hit starting there
    // (the hits, in order and apart, are far fewer than the tokens: each finds its token by a
    // search by halves from the last one's)
    let mut hit_at = std::mem::take(&mut bufs.hit_at);
    hit_at.clear();
    hit_at.resize(toks.len(), None);
    let mut k = 0;
    for (hi, hit) in hits.iter().enumerate() {
        k += toks[k..].partition_point(|t| t.start < hit.start);
        let Some(t) = toks.get(k) else { break };
        // an ambiguous name ("Lens", "Reading") opening a sentence needs a place word before it
        if t.start == hit.start
            && !(hit.amb && (t.initial || ctx.heading) && !super::context::place_before(ctx, k))
            && !super::region_cues::region_named_otherwise(ctx, hit, k)
        {
            // ("payé en francs Pacifique", "Pacific francs": a currency's name)
            if super::geo_cues::currency_qualifier(ctx, k, hits[hi].end) {
                for (j, m) in masked.iter_mut().enumerate().skip(k) {
                    if toks[j].start >= hits[hi].end {
                        break;
                    }
                    *m = true;
                }
                continue;
            }
            hit_at[k] = Some(hi);
        }
    }

    let mut run = std::mem::take(&mut bufs.run);
    run.clear();
    let (masked_buf, hit_at_buf) = (masked, hit_at);
    // (as long as the tokens: the loop's lookups at `k` need no bound check)
    let masked: &[bool] = &masked_buf[..toks.len()];
    let hit_at: &[Option<usize>] = &hit_at_buf[..toks.len()];
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if masked[k] {
            flush(ctx, &hits, &mut run, out);
            k += 1;
            continue;
        }
        // (most tokens: a lowercase word or a punctuation mark with no run open and no hit
        // there, which no rule below takes but a French lowercase head, a street's ordinal or
        // one keyed on these words)
        if run.is_empty()
            && hit_at[k].is_none()
            && (t.kind == TokKind::Punct
                || !t.cap
                    // (its bytes: a str slice checks both ends are char boundaries, and most
                    // tokens take this path)
                    && !keyed_lowercase(text.as_bytes(), t)
                    && !street_noun_after(text, toks, k)
                    && institutions::lowercase_head(ctx, k, masked).is_none())
        {
            // "la chaîne régionale 6NTV", "the broadcaster 9XN": a digit and capitals, introduced
            if t.allcaps && !t.cap && super::digit_names::digit_acronym(ctx, k) {
                out.push(Cand::rule(
                    ctx.block,
                    t.start,
                    t.end,
                    EntityKind::Organization,
                    2,
                ));
            }
            k += 1;
            continue;
        }
        // "Amicale de voile Les Goélands de X": a club's own name already taken after its field
        if run.is_empty() && k < ctx.taken_to.get() {
            k += 1;
            continue;
        }
        // (sliced once, past the path most tokens take: the rules below compare it often, and
        // each slice checks its bounds)
        let w = word(text, t);
        // "P/F Nólsoyar Trol": a company's form before its name (round 60)
        if run.is_empty()
            && matches!(w, "P" | "Sp")
            && let Some(end) = super::joins::prefix_form_firm_end(ctx, k, masked)
        {
            let c = Cand::rule(
                ctx.block,
                t.start,
                toks[end].end,
                EntityKind::Organization,
                2,
            );
            out.push(c);
            k = end + 1;
            continue;
        }
        // "an A$40 million grant", "HK$30 million": capitals glued to "$" are a currency's
        // mark before an amount (as the money code reads them), never a name (round 53)
        if t.allcaps && text.as_bytes().get(t.end) == Some(&b'$') && w.len() <= 3 {
            flush(ctx, &hits, &mut run, out);
            k += 1;
            continue;
        }
        // "sur la RN 7", "la nationale 2 (RNIE 2)", "la RD 20": capitals of a road's class then a
        // number are a road's code, no body (round 56; not "SAMU 31", "SDIS 47": a service)
        if t.allcaps
            && w.len() <= 5
            && matches!(
                w.as_bytes()[0],
                b'A' | b'B' | b'D' | b'I' | b'M' | b'N' | b'R'
            )
            && text.as_bytes().get(t.end) == Some(&b' ')
            && super::road_numbers::code_number_after(ctx, k)
        {
            flush(ctx, &hits, &mut run, out);
            k += 1;
            continue;
        }
        // "Skylark Aerlink Group plc", "Ørsted A/S", "Lussier Ouellet avocats": a legal form or
        // a firm's trade after the capitalised run ends an organisation's name
        if let Some(end) = super::joins::legal_form_after(ctx, &run, k, masked)
            .or_else(|| super::joins::firm_trade_after(ctx, &run, k).then_some(k))
        {
            // (round 65) "Fruits sauvages Péribonka inc.": a Québec firm's name in sentence case
            // reaches back over its lowercase words to its capitalised first word
            if let Some(start) = super::fr_names::sentence_case_firm_start(ctx, &run, k, masked) {
                let at = toks[start].start;
                while out
                    .last()
                    .is_some_and(|c| c.block as usize == ctx.block && c.end as usize > at)
                {
                    out.pop();
                }
                let from = first_tok(&run[0]);
                let lead: Vec<Item> = super::form_links::link_items(ctx, start, from - 1).collect();
                run.splice(0..0, lead);
            }
            run.extend((k..=end).map(Item::Word));
            let lead = opening_article(ctx, &run);
            super::classify::push(ctx, &run[lead..], EntityKind::Organization, 2, out);
            run.clear();
            k = end + 1;
            continue;
        }
        // "Produits forestiers X", "Matériaux de construction X": a trade's plural, its
        // lowercase adjective and the firm's own name are one firm (round 44)
        if t.kind == TokKind::Word
            && !t.cap
            && !run.is_empty()
            && let Some(end) =
                super::local_bodies::trade_plural_firm_end(ctx, &hits, &run, k, masked)
        {
            run.extend((k..=end).map(Item::Word));
            let lead = opening_article(ctx, &run);
            super::classify::push(ctx, &run[lead..], EntityKind::Organization, 2, out);
            run.clear();
            k = end + 1;
            continue;
        }
        // "Parti socialiste vaudois", "Police cantonale valaisanne": a regional adjective
        // after the name belongs to it
        if t.kind == TokKind::Word
            && !t.cap
            && let Some(end) = super::edges::regional_adjective(ctx, &run, k, masked)
        {
            run.extend((k..=end).map(Item::Word));
            let lead = opening_article(ctx, &run);
            let kind = super::edges::regional_kind(ctx, &hits, &run[lead..]);
            super::classify::push(ctx, &run[lead..], kind, 2, out);
            run.clear();
            k = end + 1;
            continue;
        }
        // (round 64) "le Conseil des Églises chrétiennes de Madagascar": an adjective after a
        // capitalised noun of a French name opened by a capitalised head and "de", then "de" and
        // a capital, stays in the name
        if t.kind == TokKind::Word
            && !t.cap
            && ctx.lang == crate::extract::types::Lang::Fr
            && adjective_inside(ctx, &run, k)
        {
            run.push(Item::Word(k));
            k += 1;
            continue;
        }
        if let Some(h) = hit_at[k] {
            // "U.S. Highway 53", "US Route 66": a road's name, no mention of the country
            // (round 43)
            if matches!(w, "U.S." | "US") && super::road_numbers::us_road_ahead(ctx, k) {
                flush(ctx, &hits, &mut run, out);
                k += 3;
                continue;
            }
            let hit = hits[h];
            let mut last = k;
            while last + 1 < toks.len() && toks[last + 1].start < hit.end {
                last += 1;
            }
            // "Netball Scotland", "Yukon Hydro": a national or provincial body named after its
            // field or its service and its place (round 47)
            // (asked only with no run, a one-word run or a field and "for", in English)
            if run.len() <= 2
                && ctx.lang == crate::extract::types::Lang::En
                && let Some(next) =
                    super::body_extent::field_place_body(ctx, &hit, &run, k, last, out)
            {
                run.clear();
                k = next;
                continue;
            }
            let lower_demonym = hit.demonym && !t.cap;
            // "la Croix-Rouge française", "la Fédération française": a French nationality
            // adjective straight after a known organisation belongs to its name
            // (round 66: after the sentence's opening article too, "Le Croissant-Rouge
            // marocain a distribué…")
            if lower_demonym
                && ctx.lang == crate::extract::types::Lang::Fr
                && let [
                    Item::Gaz {
                        hit: o,
                        first,
                        last: ol,
                    },
                ] = run[usize::from(matches!(run[..], [Item::Word(a), _]
                    if toks[a].initial && matches!(ctx.w(a), "Le" | "La" | "L")))..]
                && ol + 1 == k
                && GAZ.entries[hits[o].entry].kind == EntityKind::Organization
            {
                out.push(Cand::rule(
                    ctx.block,
                    toks[first].start,
                    hit.end,
                    EntityKind::Organization,
                    2,
                ));
                run.clear();
                k = last + 1;
                continue;
            }
            // "le col de la Vanoise", "le mont Ventoux": a pass or a summit named after a known
            // place keeps its noun (not a lake or a point: "le lac d’Annecy", "la pointe de la
            // Bretagne" may name the town or the region)
            if run.is_empty()
                && !hit.demonym
                && GAZ.entries[hit.entry].kind == EntityKind::Place
                && let Some(h) = super::words::named_geo_head(ctx, k)
                && matches!(
                    &*ctx.f(h),
                    "col" | "mont" | "cirque" | "glacier" | "pic" | "canal" | "val"
                )
            {
                // ("le canal de Varenne à Sorbe": a canal named after both its ends)
                let to = super::geo_cues::canal_end(ctx, h, last);
                let end = to.map_or(hit.end, |j| toks[j].end);
                out.push(Cand::rule(
                    ctx.block,
                    toks[h].start,
                    end,
                    EntityKind::Place,
                    2,
                ));
                k = to.unwrap_or(last) + 1;
                continue;
            }
            if lower_demonym {
                flush(ctx, &hits, &mut run, out);
                out.push(Cand::gazetteer(ctx.block, &hit));
            } else {
                run.push(Item::Gaz {
                    hit: h,
                    first: k,
                    last,
                });
            }
            k = last + 1;
            continue;
        }
        // "Boston-based Velocure Therapeutics": the place modifier stands apart
        if t.kind == TokKind::Word
            && t.cap
            && let Some(n) = super::context::based_suffix(w)
        {
            // "Abu Dhabi-based", "New York-based": the words right before belong to the place
            let mut first = k;
            while let Some(&Item::Word(j)) = run.last() {
                if j + 1 != first || ctx.is(j, lex::ORG_CUE) || super::classify::is_noise(ctx, j) {
                    break;
                }
                first = j;
                run.pop();
            }
            let start = toks[first].start;
            flush(ctx, &hits, &mut run, out);
            push_based_place(ctx, start, t.end - n, out);
            k += 1;
            continue;
        }
        // "Swedish-owned", "London-listed", "Kremlin-backed": the modifier stands apart, a
        // place or a demonym when the gazetteer knows it, else an organisation
        if t.kind == TokKind::Word
            && t.cap
            && let Some(n) = super::context::owned_suffix(w)
        {
            flush(ctx, &hits, &mut run, out);
            push_owner(ctx, t.start, t.end - n, out);
            k += 1;
            continue;
        }
        // "le SAMU 65 et", "du Samu 25 pour": a French service's département number
        if t.kind == TokKind::Word
            && !t.cap
            && !run.is_empty()
            && super::bounds::department_number(ctx, &hits, &run, k)
        {
            run.push(Item::Word(k));
            k += 1;
            continue;
        }
        // "Ember Level 5 Hospital", "Tanabay Tier 2 Clinic": a grade's number inside a
        // facility's name
        if t.kind == TokKind::Word
            && !t.cap
            && w.as_bytes()[0].is_ascii_digit()
            && super::grade_names::grade_number(ctx, &run, k)
        {
            run.push(Item::Word(k));
            k += 1;
            continue;
        }
        // "Teamsters Local 346", "IBEW Local 58": a union local's number is its name's end
        // (round 43)
        if t.kind == TokKind::Word
            && !t.cap
            && t.end - t.start <= 5
            && run.len() >= 2
            && w.bytes().all(|b| b.is_ascii_digit())
            && matches!(run.last(), Some(&Item::Word(j)) if j + 1 == k && word(text, &toks[j]) == "Local")
        {
            run.push(Item::Word(k));
            k += 1;
            continue;
        }
        // "BBC Radio 4", "Channel 4"; "université Paris 8", "University Lyon 2": a number
        // of one or two digits straight after a university's name
        if t.kind == TokKind::Word
            && !t.cap
            && w.chars().all(|c| c.is_ascii_digit())
            && (matches!(run.last(), Some(Item::Word(j)) if matches!(fold(word(text, &toks[*j])).as_str(), "radio" | "channel"))
                || (t.end - t.start <= 2
                    && last_item_tok(&run) + 1 == k
                    && run.iter().any(|i| matches!(*i, Item::Word(j)
                        if matches!(fold(word(text, &toks[j])).as_str(), "universite" | "university")))))
        {
            run.push(Item::Word(k));
            k += 1;
            continue;
        }
        // "Seck, Mbaye & Associés": partners' names listed before a firm's word
        if w == ","
            && let Some(end) = super::bounds::partners_firm_end(ctx, &run, k, masked)
        {
            push_firm(ctx, &mut run, k..=end, out);
            k = end + 1;
            continue;
        }
        // "Marlowe, Tennant and Quist LLP", "Dunmore and Vale Advisory LLP", "the law firm
        // Mensah, Ofori and Tetteh": partners' surnames before a firm's words or after "firm"
        if matches!(w, "," | "and" | "&" | "et")
            && let Some(end) = super::edges::partners_name_end(ctx, &run, k, masked, &hits, hit_at)
        {
            // "Ruth Amsel of Marlowe, …": the person first, on her own
            if run.len() > 1 && run.iter().any(|i| matches!(i, Item::Conn(_))) {
                let firm = run[run.len() - 1];
                run.truncate(run.len() - 2);
                flush(ctx, &hits, &mut run, out);
                run.push(firm);
            }
            push_firm(ctx, &mut run, k..=end, out);
            k = end + 1;
            continue;
        }
        // "the U.S. Court of Appeals for the 9th Circuit", "District Court for the Southern
        // District of Ohio": a court's circuit, district or division is part of its name
        if w == "for"
            && let Some(end) = super::courts::court_seat_end(ctx, &run, k, masked)
        {
            // (the court's name: the words before its "Court" with no connector between)
            let c = run
                .iter()
                .position(|i| matches!(*i, Item::Word(j) if ctx.w(j) == "Court"))
                .unwrap_or(0);
            let mut s = c;
            while s > 0 && !matches!(run[s - 1], Item::Conn(_)) {
                s -= 1;
            }
            let mut before: Vec<Item> = run.drain(..s).collect();
            flush(ctx, &hits, &mut before, out);
            let lead = opening_article(ctx, &run);
            run.drain(..lead);
            push_firm(ctx, &mut run, k..=end, out);
            k = end + 1;
            continue;
        }
        // "Adebayo & Partners for Kestrova": a partnership's name ends before its client
        if w == "for" && super::edges::partnership_ends(ctx, &run) {
            flush(ctx, &hits, &mut run, out);
            k += 1;
            continue;
        }
        // "the Transport, Housing and Local Planning Committee": a committee's
        // remits listed before its head noun
        if w == ","
            && let Some((lead, end)) =
                super::bodies::remit_list_end(ctx, &hits, hit_at, &run, k, masked)
        {
            let mut before: Vec<Item> = run.drain(..lead).collect();
            flush(ctx, &hits, &mut before, out);
            push_firm(ctx, &mut run, k..=end, out);
            k = end + 1;
            continue;
        }
        // "Ministry of Housing, Communities and Local Government"
        if w == ","
            && let Some(items) = ministry_list(ctx, &run, k, masked)
        {
            k = last_item_tok(&items) + 1;
            run.extend(items);
            continue;
        }
        // "ministère de la Santé, de l’Hygiène publique et de la Couverture maladie universelle",
        // "ministère des Pêches et de l’Économie maritime"
        if matches!(w, "," | "et")
            && let Some(items) = institutions::french_remit_list(ctx, &run, k, masked)
        {
            k = last_item_tok(&items) + 1;
            run.extend(items);
            // a ministry the gazetteer knows by its first remit is the whole list: the run's
            // classifier would part the known name from the remits after it
            let lead = opening_article(ctx, &run);
            if matches!(run.get(lead), Some(Item::Gaz { .. })) {
                super::classify::push(ctx, &run[lead..], EntityKind::Organization, 2, out);
                run.clear();
            }
            flush(ctx, &hits, &mut run, out);
            continue;
        }
        // "selon M. Lemonnier", "dit M. Fourcade": in French, "M." before a capitalised word is
        // the title "Monsieur", no initial and no part of the name (`title_before` sees it)
        if t.kind == TokKind::Word && french_mister(ctx, k, masked) {
            flush(ctx, &hits, &mut run, out);
            k += 2;
            continue;
        }
        // "West 42nd Street", "82nd Avenue": an ordinal before a capitalised street noun
        if t.kind == TokKind::Word
            && !t.cap
            // (the street noun first: most words have none after them)
            && street_noun_after(text, toks, k)
            && super::words::ordinal(w)
        {
            run.push(Item::Word(k));
            k += 1;
            continue;
        }
        if t.kind == TokKind::Word && t.cap {
            run.push(Item::Word(k));
            // "George W. Bush", "J. K. Rowling": the full stop after an initial stays in the run
            // "St. Ambrose": the abbreviation's full stop is inside the name's span, no
            // connector (a connector would make an initial of it)
            // (a full stop straight after a short word first: most words have none)
            if t.end - t.start <= 3
                && text.as_bytes().get(t.end) == Some(&b'.')
                && abbreviation_dot(ctx, k, masked)
            {
                k += 2;
                continue;
            }
            if is_initial_dot(ctx, k, run.len() == 1, masked) {
                run.push(Item::Conn(k + 1));
                k += 2;
                continue;
            }
            // (each join below needs an apostrophe written straight after the word: most words
            // have none)
            let apostrophe = toks
                .get(k + 1)
                .is_some_and(|n| n.start == t.end && matches!(word(text, n), "'" | "’"));
            // "Yao N’Guessan", "Anil D’Souza"
            if apostrophe && super::joins::letter_apostrophe_in_name(ctx, k, masked) {
                run.push(Item::Conn(k + 1));
                k += 2;
                continue;
            }
            // "Children's Hospital", "Women's Tennis Association"
            if apostrophe
                && (possessive_in_name(ctx, k, masked)
                    || title_possessive_in_name(ctx, k, masked)
                    || place_possessive_in_name(ctx, k, masked)
                    || saint_possessive_in_name(ctx, k, masked)
                    || holiday_possessive_in_name(ctx, k, masked)
                    || super::spans::men_possessive_in_name(ctx, k, masked))
            {
                run.push(Item::Conn(k + 1));
                run.push(Item::Conn(k + 2));
                k += 3;
                continue;
            }
            // "Manufacturing Workers’ Union"
            if apostrophe && plural_possessive_in_name(ctx, k, masked) {
                run.push(Item::Conn(k + 1));
                k += 2;
                continue;
            }
            k += 1;
            continue;
        }
        // "ministère de la Transition écologique", "ministère de l’Administration interne": the
        // portfolio's adjective ends the ministry's name
        if let (Some(Item::Word(h)), Some(Item::Word(c))) = (run.first(), run.last())
            && institutions::portfolio_adjective(ctx, *h, *c, k)
        {
            run.push(Item::Word(k));
            // "ministère des Ressources naturelles et des Forêts"
            if let Some(items) = institutions::french_remit_list(ctx, &run, k + 1, masked) {
                k = last_item_tok(&items) + 1;
                run.extend(items);
                flush(ctx, &hits, &mut run, out);
                continue;
            }
            flush(ctx, &hits, &mut run, out);
            k += 1;
            continue;
        }
        // "Isle of Anglesey county council", "the Welsh government": a lowercase council or
        // government after the name of its area
        if let Some((lead, n)) = lowercase_council(ctx, &hits, &run, k, masked) {
            let last = k + n - 1;
            let s = toks[first_tok(&run[lead])].start;
            out.push(Cand::rule(
                ctx.block,
                s,
                toks[last].end,
                EntityKind::Organization,
                2,
            ));
            run.clear();
            k = last + 1;
            continue;
        }
        // "le port autonome de X": a public body and its place
        if let Some(last) =
            super::public_bodies_fr::lowercase_public_body(ctx, &hits, hit_at, k, masked)
        {
            flush(ctx, &hits, &mut run, out);
            out.push(Cand::rule(
                ctx.block,
                t.start,
                toks[last].end,
                EntityKind::Organization,
                2,
            ));
            k = last + 1;
            continue;
        }
        // "ministère de l’Économie", "cour d’appel de Lyon": lowercase French head
        if let Some(items) = institutions::lowercase_head(ctx, k, masked) {
            flush(ctx, &hits, &mut run, out);
            k = last_item_tok(&items) + 1;
            run.extend(items);
            continue;
        }
        // "Santé publique France": one lowercase word between a name and "France" (not after a
        // sentence's opening article: "La direction France du groupe", round 60)
        if let ([Item::Word(j)], Some(h)) = (run.as_slice(), hit_at.get(k + 1).copied().flatten())
            && GAZ.entries[hits[h].entry].fr == "France"
            && !ctx.is(*j, lex::FUNCTION_WORD)
            && !hits[h].demonym
            && t.kind == TokKind::Word
            && toks[k + 1].cap
            && !ctx.is(k, lex::FUNCTION_WORD)
            && !ctx.is(k, lex::SAID)
        {
            run.push(Item::Conn(k));
            k += 1;
            continue;
        }
        // "Justice Mary Okafor of the Land and Water Court": a person's name ends before "of
        // the" and the body named after it (round 44)
        if w == "of"
            && let Some(p) = super::place_bodies::person_before_of_the(ctx, &run, k)
        {
            match p {
                super::place_bodies::OfThePerson::Flush => flush(ctx, &hits, &mut run, out),
                super::place_bodies::OfThePerson::Name(n) => {
                    super::classify::push(ctx, &run[n..], EntityKind::Person, 2, out);
                    run.clear();
                }
            }
            k += 1;
            continue;
        }
        // "Esther Achieng of Mutua Odhiambo Advocates": a person, then her firm
        if w == "of"
            && let Some(end) = super::bounds::firm_after_person(ctx, &run, k, masked)
        {
            flush(ctx, &hits, &mut run, out);
            run.extend((k + 1..=end).map(Item::Word));
            super::classify::push(ctx, &run, EntityKind::Organization, 2, out);
            run.clear();
            k = end + 1;
            continue;
        }
        // (round 64) "said Nasrin Akhter of Nodi Bachao Andolon": a person, then "of"
        if w == "of" && super::bounds::person_before_of(ctx, &hits, &run, k) {
            super::classify::push(ctx, &run, EntityKind::Person, 2, out);
            run.clear();
            k += 1;
            continue;
        }
        // "the Church in Scotland": a national church's "in"
        if w == "in" && super::place_names::church_in(ctx, &hits, &run, k, hit_at) {
            run.push(Item::Conn(k));
            k += 1;
            continue;
        }
        // (round 54) "Te Rūnanga o Marama": the Māori "o" inside a name opened by "Te"
        if w == "o" && super::sport_bodies::maori_of(ctx, &run, k, masked) {
            run.push(Item::Conn(k));
            k += 1;
            continue;
        }
        if !run.is_empty() && t.kind == TokKind::Word && CONNECTORS.contains(&w) {
            // (the first connector answers: a long run of many is not read whole at each one)
            let no_conn = !run
                .iter()
                .any(|i| matches!(i, Item::Conn(j) if CONNECTORS.contains(&word(text, &toks[*j]))));
            let prev_conn = matches!(run.last(), Some(Item::Conn(_)));
            // a cue word takes its own complement ("… of the University of Strathclyde")
            let after_cue = matches!(run.last(), Some(Item::Word(j)) if ctx.is(*j, lex::ORG_CUE));
            // "le musée des Beaux-Arts de Rouen": a name opened by a lowercase French head
            // takes its town after a second "de"
            let head_town = matches!(run.first(), Some(Item::Word(h)) if !toks[*h].cap)
                && matches!(w, "de" | "d")
                && hit_at.get(k + 1).copied().flatten().is_some_and(|h| {
                    !hits[h].demonym && GAZ.entries[hits[h].entry].kind == EntityKind::Place
                });
            let ok = if matches!(w, "la" | "l" | "the") {
                prev_conn
            } else {
                no_conn
                    || PARTICLES.contains(&w)
                    || after_cue
                    || head_town
                    || super::fr_bodies::place_of_body(ctx, &hits, hit_at, &run, k)
                    || super::org_seat::second_link_to_place(ctx, &hits, hit_at, &run, k)
                    || super::firms::area_noun_takes_de(ctx, run.last(), k, w)
                    || super::local_bodies::people_council_takes_de(ctx, &run, k, w)
                    || (w == "of"
                        && super::court_places::court_of_then_place(ctx, &hits, hit_at, &run, k))
                    // (round 68) "the Office of the Director of Public Prosecutions": an
                    // office named by its holder's title takes the title's own "of"
                    || (w == "of"
                        && matches!(
                            match run.as_slice() {
                                // (an opening "The" before the office)
                                [Item::Word(the), rest @ ..] if ctx.w(*the) == "The" => rest,
                                all => all,
                            },
                            [Item::Word(h), Item::Conn(o), Item::Conn(a), .., Item::Word(t)]
                            if ctx.is(*h, lex::ORG_CUE)
                                && ctx.w(*o) == "of"
                                && ctx.w(*a) == "the"
                                && ctx.is(*t, lex::TITLE))
                        // (not "the Office of the Governor of Texas Greg Abbott": a known
                        // place after the title's "of" is where the holder governs)
                        && !ctx
                            .toks
                            .get(k + 1)
                            .is_some_and(|t| super::gazetteer::is_place_name(word(text, t))))
            };
            // (the Portuguese "do" and "das" join only a name holding a word of Portuguese
            // places' or bodies' names, "the Rural Producers' Union of São Félix do Xingu";
            // not "Why do Americans…", "Did Biden do Xi a favour?", "Edson Arantes do
            // Nascimento", nor a lone saint's word, which wants the saint's name before "do":
            // "Will Santa do Christmas Eve deliveries?" against "Santa Cruz do Sul")
            let verb_do = matches!(w, "do" | "das")
                && (!run.iter().any(|i| {
                    matches!(*i, Item::Word(j)
                    if super::portuguese_places::opening(word(text, &toks[j])))
                }) || matches!(run.last(), Some(&Item::Word(j))
                    if matches!(word(text, &toks[j]), "Santa" | "Santo")));
            if ok && !verb_do && next_word_is_cap(text, toks, k + 1, masked) {
                run.push(Item::Conn(k));
                k += 1;
                continue;
            }
            // (round 56) "le Conseil d’État du canton de X": the body's area in its name
            if let Some(end) = super::area_tails::area_link_end(ctx, &hits, hit_at, &run, k) {
                // (pushed here: the run's later rules read a body's head before "de" and a place)
                let place = end + 1;
                let mut last = place;
                if let Some(h) = hit_at[place] {
                    while last + 1 < toks.len() && toks[last + 1].start < hits[h].end {
                        last += 1;
                    }
                }
                let lead = opening_article(ctx, &run);
                let first = super::classify::first_tok(&run[lead]);
                out.push(Cand::rule(
                    ctx.block,
                    toks[first].start,
                    toks[last].end,
                    EntityKind::Organization,
                    2,
                ));
                run.clear();
                k = last + 1;
                continue;
            }
            // (round 54) "Laiterie du Val des Prés SC": a legal form ahead closes one firm's
            // name over every link
            if !ok && let Some(end) = super::form_links::legal_form_closes(ctx, k, masked) {
                run.extend(super::form_links::link_items(ctx, k, end));
                let lead = opening_article(ctx, &run);
                super::classify::push(ctx, &run[lead..], EntityKind::Organization, 2, out);
                run.clear();
                k = end + 1;
                continue;
            }
        }
        if !run.is_empty() && (w == "’" || w == "'") && matches!(run.last(), Some(Item::Conn(_)))
        {
            k += 1;
            continue;
        }
        // "the Department of Rural and Northern Affairs": a remit coordinated after a body's
        // head noun and "of" is one name (round 47)
        if matches!(w, "and" | "&")
            && run.len() >= 3
            && let Some(end) =
                super::body_extent::remit_coordinated(ctx, &hits, hit_at, &run, k, masked)
        {
            let lead = opening_article(ctx, &run);
            run.drain(..lead);
            push_firm(ctx, &mut run, k..=end, out);
            k = end + 1;
            continue;
        }
        if matches!(w, "and" | "et") {
            // "Corvel Dredging and Harbour Works", "Sahara and Delta Advisory": a coordination
            // closed by a firm's word or a body's head noun is one organisation
            // ("Tarnwick Milling and Feedstuffs Ltd": a legal form closing coordinated
            // trades)
            if let Some(end) =
                super::bodies::coordination_closed(ctx, &hits, hit_at, &run, k, masked)
                    .or_else(|| super::trades::trades_closed(ctx, hit_at, &run, k, masked))
            {
                let lead = opening_article(ctx, &run);
                run.drain(..lead);
                push_firm(ctx, &mut run, k..=end, out);
                k = end + 1;
                continue;
            }
            // "la DTE Voirie et Digues": an acronym's remits, one body
            if super::fr_names::acronym_remits(ctx, &hits, hit_at, &run, k, masked) {
                let lead = opening_article(ctx, &run);
                run.drain(..lead);
                push_firm(ctx, &mut run, k..=k + 1, out);
                k += 2;
                continue;
            }
            // "la Librairie Vasseur et fils", "Garage Morin et frères": the family firm's tail
            // in lowercase ends its name
            if let Some(tail) = super::bodies::lowercase_family_tail(ctx, &hits, &run, k, masked) {
                run.push(Item::Conn(k));
                run.push(Item::Word(tail));
                let lead = opening_article(ctx, &run);
                super::classify::push(ctx, &run[lead..], EntityKind::Organization, 2, out);
                run.clear();
                k = tail + 1;
                continue;
            }
        }
        // (round 65) "Derry City and Strabane District Council": two areas, "and", one council
        if w == "and" && super::joins::council_of_two_areas(ctx, &hits, &run, k, masked) {
            run.push(Item::Conn(k));
            k += 1;
            continue;
        }
        // ("Brackwell Foods and Ostrey Energy": two firms, each its name and its firm's word)
        // (round 72: "L’Écho de l’Argoat et Le Télégramme": a capitalised French article after
        // "et", mid-sentence, opens another title)
        if matches!(w, "and" | "et")
            && !(ctx.lang == crate::extract::types::Lang::En
                && super::body_extent::two_firms(ctx, hit_at, &run, k))
            && !(w == "et"
                && toks.get(k + 1).is_some_and(|t| t.cap)
                && matches!(ctx.w(k + 1), "Le" | "La" | "Les" | "L"))
            && and_joins(ctx, &hits, hit_at, &run, k, masked)
        {
            run.push(Item::Conn(k));
            k += 1;
            continue;
        }
        // "the University of Texas at Austin", "University of Illinois at Chicago": a state
        // university's campus town after "at" ends its name
        if w == "at"
            && let Some(end) = campus_after(ctx, &run, k, masked)
        {
            let start = toks[first_tok(&run[0])].start;
            out.push(Cand::rule(
                ctx.block,
                start,
                toks[end].end,
                EntityKind::Organization,
                2,
            ));
            run.clear();
            k = end + 1;
            continue;
        }
        // "the High Court at Brannock": a court's seat after "at", one unknown word (round 43)
        if w == "at"
            && !run.is_empty()
            && k + 1 < toks.len()
            && hit_at[k + 1].is_none()
            && !masked[k + 1]
            && !toks
                .get(k + 2)
                .is_some_and(|n| n.kind == TokKind::Word && n.cap)
            && super::courts::court_seat_follows(ctx, &run, k, &hits, hit_at)
        {
            flush(ctx, &hits, &mut run, out);
            let seat = &toks[k + 1];
            out.push(Cand::rule(
                ctx.block,
                seat.start,
                seat.end,
                EntityKind::Place,
                2,
            ));
            k += 2;
            continue;
        }
        // "Intergovernmental Panel on Climate Change", "Institute for Research in Environmental
        // Sciences": "on"/"in" inside a name that holds a cue word, before words of no other name
        // (but "in" straight after the cue word, or a second "in", gives the name's town:
        // "the Millennium Centre in Cardiff", "… Environmental Sciences in Boulder")
        // (round 60: or a cue word opening a run of plain words, "Ysgol Bro Caron in Tregaron")
        // (round 72: or a site's noun ending the run, "the Dangote Petroleum Refinery in Lekki")
        let in_town = w == "in"
            && (matches!(run.last(), Some(Item::Word(j)) if ctx.is(*j, lex::ORG_CUE)
                || SITE_ENDS.contains(&ctx.w(*j)))
                || (run.len() >= 2
                    && matches!(run[0], Item::Word(j) if ctx.is(j, lex::ORG_CUE))
                    && run.iter().all(|i| matches!(i, Item::Word(_))))
                || run
                    .iter()
                    .any(|i| matches!(*i, Item::Conn(j) if word(text, &toks[j]) == "in")));
        // ("the Court of Appeals in Brackett County": a county after "in" is the body's place;
        // "the University of Nevada in Reno": after "of" and a known place, the body's town;
        // "the Court of Appeals in Halden": a court's seat)
        let in_area = w == "in"
            && (super::edges::area_follows(ctx, k, masked)
                || super::edges::of_place_ends(ctx, &hits, &run)
                || super::courts::court_seat_follows(ctx, &run, k, &hits, hit_at));
        if !run.is_empty()
            && matches!(w, "on" | "in")
            && !in_town
            && !in_area
            && run_has_cue(ctx, &run)
            && name_words_follow(ctx, k + 1, masked, hit_at)
        {
            run.push(Item::Conn(k));
            k += 1;
            continue;
        }
        // "UK Research and Innovation (UKRI)", "Recherche et Innovation (RI)": capitalised
        // words coordinated before the acronym they spell are one name
        if !run.is_empty() && matches!(w, "and" | "et") && spelled_by_acronym(ctx, &run, k + 1) {
            run.push(Item::Conn(k));
            k += 1;
            continue;
        }
        // "Transports Vidal et Fils", "Dombey and Sons", "Keane Lowry and Partners": a family
        // firm's or a partnership's tail
        if !run.is_empty()
            && matches!(w, "and" | "et")
            && k + 1 < toks.len()
            && !masked[k + 1]
            && super::bounds::FIRM_TAILS.contains(&word(text, &toks[k + 1]))
        {
            run.push(Item::Conn(k));
            k += 1;
            continue;
        }
        // "Verlac–Meuse Cyclisme": the compound stays inside the run, a known place after the
        // dash as plain words
        if super::joins::en_dash_in_name(ctx, &run, k, masked) {
            run.push(Item::Conn(k));
            k += 1;
            if let Some(h) = hit_at[k] {
                while k < toks.len() && toks[k].start < hits[h].end {
                    run.push(Item::Word(k));
                    k += 1;
                }
            }
            continue;
        }
        if !run.is_empty() && w == "&" && next_word_is_cap(text, toks, k + 1, masked) {
            run.push(Item::Conn(k));
            k += 1;
            continue;
        }
        flush(ctx, &hits, &mut run, out);
        k += 1;
    }
    flush(ctx, &hits, &mut run, out);
    super::appos::retype(ctx, &mut out[from..]);
    super::name_frames::mend(ctx, out, from);
    *bufs = BlockBuffers {
        hits,
        masked: masked_buf,
        hit_at: hit_at_buf,
        run,
    };
}

/// The lowercase word `t` is one a rule of [`block_candidates`] is keyed on ("and", "et",
/// "for", "of", "at", "in", "on", "port"): its length first, then its bytes as one number
/// (most tokens are answered by their length, no slice compared).
#[inline(always)]
fn keyed_lowercase(bytes: &[u8], t: &Token) -> bool {
    let Some(w) = bytes.get(t.start..t.end) else {
        return false;
    };
    match *w {
        [a, b] => {
            let x = u16::from_le_bytes([a, b]);
            [*b"et", *b"of", *b"at", *b"in", *b"on"]
                .iter()
                .any(|k| u16::from_le_bytes(*k) == x)
        }
        [a, b, c] => matches!(&[a, b, c], b"and" | b"for"),
        [a, b, c, d] => u32::from_le_bytes([a, b, c, d]) == u32::from_le_bytes(*b"port"),
        _ => false,
    }
}

/// A capitalised street noun follows `k` ("West 42nd Street").
// (asked at most tokens, by the candidates' loop: a call there cost more than the test)
#[inline(always)]
fn street_noun_after(text: &str, toks: &[Token], k: usize) -> bool {
    // (its capital first, with no closure: most next words have none; its bytes then, no str
    // slice checking char boundaries)
    let Some(n) = toks.get(k + 1) else {
        return false;
    };
    n.cap
        && n.kind == TokKind::Word
        && matches!(
            text.as_bytes().get(n.start..n.end),
            Some(b"Street" | b"Avenue" | b"Road" | b"Boulevard" | b"Drive" | b"Lane")
        )
}

/// At "at" (`k`) after a run "University of …": the last token of the one to three
/// capitalised words after it that end the name (the campus's town).
fn campus_after(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    if !matches!(run.first(), Some(Item::Word(u)) if ctx.w(*u) == "University")
        || !matches!(run.get(1), Some(Item::Conn(c)) if ctx.w(*c) == "of")
        || last_item_tok(run) + 1 != k
    {
        return None;
    }
    let mut end = k;
    while end + 1 < toks.len()
        && end < k + 3
        && !masked[end + 1]
        && toks[end + 1].kind == TokKind::Word
        && toks[end + 1].cap
    {
        end += 1;
    }
    let ends = !toks
        .get(end + 1)
        .is_some_and(|n| n.kind == TokKind::Word && n.cap);
    (end > k && ends).then_some(end)
}

/// At lowercase `k` right after a run: the run's leading articles and how many tokens of
/// "council", "county council", "city council"… follow (the run naming the area), or
/// "government" after a demonym.
fn lowercase_council(
    ctx: &Ctx,
    hits: &[GazHit],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> Option<(usize, usize)> {
    let t = &ctx.toks[k];
    if ctx.lang != crate::extract::types::Lang::En
        || run.is_empty()
        || t.cap
        || t.kind != TokKind::Word
        || masked[k]
    {
        return None;
    }
    // lowercase words only: no folding needed, and most words fail here
    let w = ctx.w(k);
    let n = match w {
        "government" | "council" => 1,
        "county" | "city" | "borough" | "district" | "town"
            if k + 1 < ctx.toks.len() && !masked[k + 1] && ctx.w(k + 1) == "council" =>
        {
            2
        }
        _ => return None,
    };
    // a sentence-initial article is no part of the name ("The Welsh government")
    let lead = run
        .iter()
        .take_while(|i| matches!(**i, Item::Word(j) if ctx.is(j, lex::FUNCTION_WORD)))
        .count();
    let run = &run[lead..];
    if run.is_empty() {
        return None;
    }
    if w == "government" {
        return matches!(run, [Item::Gaz { hit, .. }] if hits[*hit].demonym).then_some((lead, 1));
    }
    // the run must name an area: no cue word of its own ("the Housing Council")
    if run_has_cue(ctx, run)
        || run.iter().any(|i| {
            matches!(*i, Item::Gaz { hit, .. } if hits[hit].demonym
                || GAZ.entries[hits[hit].entry].kind != EntityKind::Place)
        })
    {
        return None;
    }
    Some((lead, n))
}

#[inline(always)]
fn flush(ctx: &Ctx, hits: &[GazHit], run: &mut Vec<Item>, out: &mut Vec<Cand>) {
    // (asked at most tokens, with no run: no call to the long body then)
    if !run.is_empty() {
        flush_run(ctx, hits, run, out);
    }
}

/// [`flush`] with a run.
fn flush_run(ctx: &Ctx, hits: &[GazHit], run: &mut Vec<Item>, out: &mut Vec<Cand>) {
    while matches!(run.last(), Some(Item::Conn(_))) {
        run.pop();
    }
    // (most tokens end no run: every branch below needs one)
    if run.is_empty() {
        return;
    }
    // (round 58) "the Rail Services (Wales) Bill", "the Fisheries and Coasts Act": the head of
    // a law's title is no body's name
    if ctx.lang == crate::extract::types::Lang::En && super::law_titles::law_title_head(ctx, run) {
        run.clear();
        return;
    }
    // (round 58) "Harbour Board Approves Levy": a title-case headline's verb ends the name, and
    // the names either side are weak
    if ctx.heading
        && !ctx.byline
        && ctx.lang == crate::extract::types::Lang::En
        && let Some(p) = super::headline_verbs::verb_at(ctx, run)
    {
        let mut after: Vec<Item> = run[p + 1..]
            .iter()
            .copied()
            .skip_while(|i| matches!(i, Item::Conn(_)))
            .collect();
        run.truncate(p);
        let from = out.len();
        flush_run(ctx, hits, run, out);
        flush_run(ctx, hits, &mut after, out);
        // capitals are no evidence here: the body names what the headline names
        for c in &mut out[from..] {
            if c.gaz.is_none() {
                c.strength = 0;
            }
        }
        run.clear();
        return;
    }
    // "Two Liberal Democrat councillors …", "Trois élus Verts …": a count opening the sentence
    // (the run's length first, in the caller's line, for this rule and those below that want
    // two items at least: most runs are one word or one known name)
    if asked(run.len() >= 2) && super::bounds::count_opens(ctx, run) {
        run.remove(0);
    }
    // (round 65) "Sister Josefina Bautista", "Father Joseph Mensah", "Sœur Emmanuelle": a
    // religious title written with its capital before two or three plain words of a name
    if (3..=4).contains(&run.len())
        && matches!(run[0], Item::Word(k) if matches!(ctx.w(k), "Sister" | "Father" | "Sœur" | "Père"))
        && run[1..].iter().all(|i| {
            matches!(*i, Item::Word(j) if ctx.toks[j].cap
            && !ctx.toks[j].allcaps
            && !ctx.is(j, super::classify::lex::ORG_CUE | super::classify::lex::NOISE))
        })
        && matches!(run[1], Item::Word(j) if GAZ.sets.any_given(&ctx.f(j)))
    {
        let from = first_tok(&run[1]);
        let to = super::classify::last_tok(&run[run.len() - 1]);
        out.push(Cand::rule(
            ctx.block,
            ctx.toks[from].start,
            ctx.toks[to].end,
            EntityKind::Person,
            2,
        ));
        run.clear();
        return;
    }
    // (round 65) "Neighbouring Mid Ulster District Council approved…": an adjective of
    // nearness or rivalry opening the sentence is no part of the name after it
    if run.len() >= 2
        && matches!(run[0], Item::Word(k) if ctx.toks[k].initial
            && matches!(ctx.w(k), "Neighbouring" | "Neighboring" | "Nearby" | "Rival" | "Fellow"))
    {
        run.remove(0);
    }
    // (round 65) "fondateur du groupe de BTP Nzé Mba Construction SA": a trade's acronym the
    // lexicon knows as a common word, after "de", is the group's trade, no part of its name
    if run.len() >= 3
        && matches!(run[0], Item::Word(k) if ctx.toks[k].allcaps
            && super::classify::is_noise(ctx, k)
            && ctx.prev_word(k).is_some_and(|p| !ctx.toks[p].cap
                && matches!(&*ctx.f(p), "de" | "du" | "d")))
    {
        run.remove(0);
    }
    // "Farmer Alice Wanjiru said…": an opening noun of occupation before a full name
    if run.len() >= 3
        && matches!(run[0], Item::Word(k) if ctx.toks[k].initial)
        && super::occupations::occupation_opens(ctx, run)
    {
        run.remove(0);
    }
    // (round 57) "les Premières Nations": a people, no body
    if asked((2..=3).contains(&run.len())) && super::remit_names::peoples_name(ctx, run) {
        run.clear();
        return;
    }
    // "l’hôpital de Gap": the town a lowercase service is named after
    if matches!(run.first(), Some(Item::Word(k)) if !ctx.toks[*k].cap) {
        // (round 58) "l’hôpital de Lannion", "candidat à la mairie de X": the town only
        if super::town_services::town_only(ctx, hits, run, out) {
            run.clear();
            return;
        }
        super::places::town_of_service(ctx, hits, run, out);
    }
    // "musée Sainte-Croix", "université Grenoble Alpes": a lowercase head (only
    // `lowercase_head` opens a run with a lowercase word) names the institution with the place
    let lower_head = matches!(run.first(), Some(Item::Word(k)) if !ctx.toks[*k].cap
            && institutions::DIRECT_HEADS.contains(&&*ctx.f(*k)))
        && run.iter().any(|i| matches!(i, Item::Gaz { .. }));
    // "rue Challemel-Lacour", "gare de Bordeaux-Saint-Jean": a lowercase street or building
    // noun names the place with its name
    let place_head = matches!(run.first(), Some(Item::Word(k)) if !ctx.toks[*k].cap
            && institutions::is_place_head(&ctx.f(*k)));
    // "La Région Occitanie": the capitalised region is its council
    let fr = ctx.lang == crate::extract::types::Lang::Fr;
    let region = usize::from(
        fr && matches!(run.first(), Some(Item::Word(k)) if ctx.toks[*k].initial
        && ctx.is(*k, lex::FUNCTION_WORD)),
    );
    if fr
        && run.len() == region + 2
        && matches!(run[region], Item::Word(k) if ctx.toks[k].cap
            && ctx.f(k) == "region")
        && matches!(run[region + 1], Item::Gaz { hit, .. } if !hits[hit].demonym
            && GAZ.entries[hits[hit].entry].kind == EntityKind::Place)
    {
        super::classify::push(ctx, &run[region..], EntityKind::Organization, 2, out);
    } else if super::local_bodies::province_council(ctx, hits, run)
        || matches!(run.first(), Some(&Item::Word(k)) if !ctx.toks[k].cap
            && ctx.f(k) == "communaute")
    {
        let lead = opening_article(ctx, run);
        super::classify::push(ctx, &run[lead..], EntityKind::Organization, 2, out);
    } else if let Some(lead) = super::state_governments::area_government(ctx, hits, run) {
        // "the Ondo State Government": the area's government, one organisation (round 56)
        super::classify::push(ctx, &run[lead..], EntityKind::Organization, 2, out);
        // ("Officials of the …": the words before are a run of their own)
        if lead > 0 {
            let mut before = run[..lead].to_vec();
            flush_run(ctx, hits, &mut before, out);
        }
    } else if place_head && run.len() > 1 {
        // ("le port du Kermorvan", "le port de Sorvel": the town a port is named after)
        let lead = super::geo_cues::port_of_town(ctx, run);
        super::classify::push(ctx, &run[lead..], EntityKind::Place, 2, out);
    } else if !run.is_empty() {
        if lower_head
            || (asked(run.len() >= 3) && institutions::named_hospital(ctx, run))
            // (the language first, in the caller's line: the French heads' extensions refuse
            // any other language)
            || (fr && institutions::extend_french_head(ctx, hits, run))
            || (fr && institutions::extend_after_intro(ctx, run))
            || (asked(run.len() == 2) && super::fr_body_names::extend_article_body(ctx, hits, run))
            || (fr && institutions::extend_named_head(ctx, run))
        {
            super::classify::push(ctx, run, EntityKind::Organization, 2, out);
            // "la région Occitanie": the council, and the area it is named after
            if let [Item::Word(k), Item::Gaz { hit, .. }] = run[..]
                && ctx.f(k) == "region"
            {
                let h = hits[hit];
                out.push(Cand::gazetteer(ctx.block, &h));
            }
        } else if asked(run.len() >= 2) && super::joins::demonym_sport_body(ctx, hits, run) {
            let lead = opening_article(ctx, run);
            super::classify::push(ctx, &run[lead..], EntityKind::Organization, 2, out);
        } else if fr && nonprofit_form(ctx, run) {
            // (round 58) "l’ASBL Trail des Crêtes Events, se dit…": a Belgian non-profit's
            // form before a capitalised name marks a body and stays out of its name
            let lead = opening_article(ctx, run) + 1;
            super::classify::push(ctx, &run[lead..], EntityKind::Organization, 2, out);
        } else {
            classify_run(ctx, hits, run, out);
        }
    }
    run.clear();
}

/// "ASBL", "AISBL", "VZW": the capitalised legal form of a Belgian non-profit (the golds name
/// the body without it, unlike a firm's "SARL" or "SA"), opening `run` (maybe after a
/// sentence's article) before a name.
fn nonprofit_form(ctx: &Ctx, run: &[Item]) -> bool {
    let form = |i: usize| {
        matches!(run.get(i), Some(&Item::Word(k)) if ctx.toks[k].allcaps
            && matches!(ctx.w(k), "ASBL" | "AISBL" | "VZW"))
    };
    // (the form's test first: most runs hold none)
    (form(0) || form(1))
        && run.len() >= opening_article(ctx, run) + 2
        && form(opening_article(ctx, run))
}

/// « Title » in guillemets after plan/programme/initiative → other.
fn quoted_titles(ctx: &Ctx, masked: &mut [bool], out: &mut Vec<Cand>) {
    let text = ctx.text;
    let toks = ctx.toks;
    // (most blocks hold no opening quote: one scan of the block instead of a look at each token)
    let bytes = text.as_bytes();
    if memchr::memchr(b'"', bytes).is_none()
        && memchr::memmem::find(bytes, "«".as_bytes()).is_none()
        && memchr::memmem::find(bytes, "“".as_bytes()).is_none()
    {
        return;
    }
    // (each «, “ or " opens a token of its own: the tokens at their bytes, found by a search,
    // are the ones a look at each token would find, in the same order)
    let mut k = 0;
    for at in memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes) {
        let rest = &bytes[at..];
        if !(rest[0] == b'"'
            || rest.starts_with("«".as_bytes())
            || rest.starts_with("“".as_bytes()))
        {
            continue;
        }
        k += toks[k..].partition_point(|t| t.start < at);
        if toks.get(k).is_none_or(|t| t.start != at) || k == 0 {
            continue;
        }
        let prev = &toks[k - 1];
        if prev.kind != TokKind::Word || !GAZ.sets.product_intro.contains(&fold(word(text, prev))) {
            continue;
        }
        let close = (k + 1..toks.len().min(k + 14))
            .find(|&j| matches!(word(text, &toks[j]), "»" | "”" | "\""));
        let Some(c) = close else { continue };
        if c <= k + 1 || !toks[k + 1].cap {
            continue;
        }
        out.push(Cand::rule(
            ctx.block,
            toks[k + 1].start,
            toks[c - 1].end,
            EntityKind::Other,
            2,
        ));
        for m in masked.iter_mut().take(c).skip(k + 1) {
            *m = true;
        }
    }
}

/// Pushes `run` and the words `more` (a firm's partners and form) as one organisation.
fn push_firm(
    ctx: &Ctx,
    run: &mut Vec<Item>,
    more: std::ops::RangeInclusive<usize>,
    out: &mut Vec<Cand>,
) {
    let toks = ctx.toks;
    run.extend(more.map(|j| {
        if toks[j].kind == TokKind::Word && toks[j].cap {
            Item::Word(j)
        } else {
            Item::Conn(j)
        }
    }));
    super::classify::push(ctx, run, EntityKind::Organization, 2, out);
    run.clear();
}

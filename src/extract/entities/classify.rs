//! Classification of a capitalised run into candidate entities (kind + strength).

use super::candidates::{Cand, Item};
use super::cues::title_before;
use super::gazetteer::{GAZ, GazHit};
use super::text::{TokKind, Token, with_folded};
use super::words::words_run;
use crate::extract::types::{EntityKind, Lang};

/// Per-block context.
pub struct Ctx<'a> {
    pub block: usize,
    pub text: &'a str,
    /// `text` ASCII-lowercased (the same offsets), shared by the date and gazetteer searches.
    pub lower: &'a [u8],
    pub toks: &'a [Token],
    pub lang: Lang,
    /// Block starts with "Par"/"By" (byline).
    pub byline: bool,
    /// Title-case heading: capitalisation is not evidence.
    pub heading: bool,
    /// The words folded by [`Ctx::f`], one cell a token: the rules ask for a word many times.
    /// Filled for a word with a char outside ASCII only (an ASCII word's folding is its
    /// lowercase, in `lower`); a folded word is kept inline up to 24 bytes
    /// (a boxed string a word cost a tenth of the allocations of the extraction).
    pub folded: &'a [std::cell::OnceCell<compact_str::CompactString>],
    /// The lexicon sets of each word ([`Ctx::lex`]), one cell a token, 0 until asked.
    pub lex: &'a [std::cell::Cell<u16>],
    /// One past the last token of a body's own name taken after its lowercase field ("Club de
    /// voile Les Goélands de X"): the candidates' loop starts no run of its own before it.
    pub taken_to: std::cell::Cell<usize>,
}

/// Bits of [`Ctx::lex`]: the lexicon sets ([`super::gazetteer::Sets`]) that hold a folded word.
pub mod lex {
    pub const FUNCTION_WORD: u16 = 1;
    pub const COMMON_NOUN: u16 = 1 << 1;
    pub const TITLE: u16 = 1 << 2;
    pub const ORG_CUE: u16 = 1 << 3;
    pub const PLACE_CUE: u16 = 1 << 4;
    pub const OTHER_CUE: u16 = 1 << 5;
    pub const SAID: u16 = 1 << 6;
    pub const PRODUCT_INTRO: u16 = 1 << 7;
    pub const ORG_INTRO: u16 = 1 << 8;
    /// A function word, a common noun, a title, or a month's or a day's name.
    pub const NOISE: u16 = 1 << 9;
    /// An organisation cue spelt with a capital inside ("SpA", "GmbH", "SA", "AG"): a cue only
    /// written so ("Ilona Spa", "Sa fille" are no company's form).
    pub const CASED_CUE: u16 = 1 << 10;
    /// Every lexicon set a word may be in (the cased cues aside).
    pub const IN_LEXICON: u16 = FUNCTION_WORD
        | COMMON_NOUN
        | TITLE
        | ORG_CUE
        | PLACE_CUE
        | OTHER_CUE
        | SAID
        | PRODUCT_INTRO
        | ORG_INTRO
        | NOISE;
    /// The cell has been filled.
    pub const KNOWN: u16 = 1 << 15;
    /// [`super::is_noise`] has been answered for the word ([`NOISY`] holds the answer).
    pub const NOISE_ASKED: u16 = 1 << 11;
    /// The word is noise ([`super::is_noise`]).
    pub const NOISY: u16 = 1 << 12;
    /// [`super::Ctx::given`] has been answered for the word ([`GIVEN`] holds the answer).
    pub const GIVEN_ASKED: u16 = 1 << 13;
    /// The folded word is a known given name ([`super::Ctx::given`]).
    pub const GIVEN: u16 = 1 << 14;
    /// The bits of the answers cached beside the lexicon sets, kept when those are filled.
    pub const CACHED: u16 = NOISE_ASKED | NOISY | GIVEN_ASKED | GIVEN;
}

/// Holidays and feast days, folded: dates, never a name of their own ("before Christmas",
/// "avant Noël"). The public holidays of France, Québec, the UK and the US and the great
/// feasts of the main religions, one word each (not "Ascension" or "Aïd": words of other uses).
pub const HOLIDAYS: &[&str] = &[
    "christmas",
    "xmas",
    "easter",
    "thanksgiving",
    "halloween",
    "hogmanay",
    "passover",
    "hanukkah",
    "ramadan",
    "diwali",
    "noel",
    "paques",
    "toussaint",
    "pentecote",
    "epiphanie",
    "tabaski",
];

pub const MONTHS_DAYS: &[&str] = &[
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "feb",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "aug",
    "apr",
    "janv",
    "fevr",
    "avr",
    "juil",
    "déc",
];

impl<'a> Ctx<'a> {
    // (`w`, `f`, `lex` and `is` are asked hundreds of thousands of times a MiB from every rule
    // file: inlined there, the answer already cached costs a few instructions, not a call)
    #[inline]
    pub fn w(&self, k: usize) -> &'a str {
        let t = &self.toks[k];
        debug_assert!(t.start <= t.end && t.end <= self.text.len());
        debug_assert!(self.text.is_char_boundary(t.start) && self.text.is_char_boundary(t.end));
        // SAFETY: a token's ends are char boundaries of `text`, in order and inside it (the
        // tokenizer made them there, from this text): neither the bounds nor the boundaries
        // need be checked again (some half a million reads a MiB, two tests each)
        unsafe {
            let bytes = self.text.as_bytes().get_unchecked(t.start..t.end);
            std::str::from_utf8_unchecked(bytes)
        }
    }
    /// The word folded ([`fold`]): an ASCII word's lowercase borrowed from [`Ctx::lower`] (no
    /// copy, no cell), another's folded once into its cell.
    #[inline]
    pub fn f(&self, k: usize) -> std::borrow::Cow<'a, str> {
        let t = &self.toks[k];
        std::borrow::Cow::Borrowed(if t.ascii {
            debug_assert!(t.start <= t.end && t.end <= self.lower.len());
            // SAFETY: `lower` is `text` with its ASCII capitals lowered, every other byte kept,
            // so it is UTF-8 with the same length and char boundaries, and a token's ends are
            // char boundaries of `text`, in order and inside it (the tokenizer made them there)
            unsafe {
                let bytes = self.lower.get_unchecked(t.start..t.end);
                debug_assert!(std::str::from_utf8(bytes).is_ok());
                std::str::from_utf8_unchecked(bytes)
            }
        } else {
            self.folded_other(k)
        })
    }
    /// [`Ctx::f`] of a word with a char outside ASCII, folded on the first call.
    #[inline(never)]
    fn folded_other(&self, k: usize) -> &'a str {
        self.folded[k]
            .get_or_init(|| with_folded(self.w(k), |f| compact_str::CompactString::new(f)))
            .as_str()
    }
    /// The lexicon sets holding the folded word `k` ([`lex`] bits), looked up once a token.
    #[inline]
    pub fn lex(&self, k: usize) -> u16 {
        let v = self.lex[k].get();
        if v & lex::KNOWN != 0 {
            return v;
        }
        self.look_up_lex(k)
    }
    /// "the Velora Spa", "The Aurélie Spa opened": in English a "Spa" after a name that "the"
    /// opens is a spa, no person's surname ("Ilona Spa said").
    #[cold]
    fn the_spa(&self, k: usize) -> bool {
        self.w(k) == "Spa"
            && (k.saturating_sub(4)..k.saturating_sub(1)).rev().any(|j| {
                self.w(j).eq_ignore_ascii_case("the")
                    && (j + 1..k).all(|m| self.toks[m].kind == TokKind::Word && self.toks[m].cap)
            })
    }
    #[inline(never)]
    fn look_up_lex(&self, k: usize) -> u16 {
        let mut v = super::lex_table::lex_bits(&self.f(k)) | lex::KNOWN;
        if v & lex::CASED_CUE != 0 {
            v = self.cased_cue(k, v);
        }
        // (only a function word: "Côté" may be a noun as well)
        if v & lex::IN_LEXICON == lex::FUNCTION_WORD | lex::NOISE
            && self
                .w(k)
                .chars()
                .any(|c| !c.is_ascii() && c.is_alphabetic())
            && self.accent_only_folds(k)
        {
            v &= !(lex::FUNCTION_WORD | lex::NOISE);
        }
        // (the given-name and noise answers share the cell: kept if asked first)
        v |= self.lex[k].get() & lex::CACHED;
        self.lex[k].set(v);
        v
    }
    /// The word `k`, written with an accent, is a function word only once folded ("Somé" is
    /// no "some"): its lowercase is none of the accented function words.
    #[cold]
    #[inline(never)]
    fn accent_only_folds(&self, k: usize) -> bool {
        let set = &GAZ.sets.accented_function_words;
        let w = self.w(k);
        !set.contains(w) && !set.contains(&w.to_lowercase())
    }
    /// The folded word `k` is a known given name, looked up once a token (the rules ask it of
    /// the same word many times: the run's first word above all).
    #[inline]
    pub fn given(&self, k: usize) -> bool {
        let v = self.lex[k].get();
        if v & lex::GIVEN_ASKED != 0 {
            return v & lex::GIVEN != 0;
        }
        self.look_up_given(k)
    }
    #[inline(never)]
    fn look_up_given(&self, k: usize) -> bool {
        let given = GAZ.sets.given_names.contains(&self.f(k));
        let v = self.lex[k].get() | lex::GIVEN_ASKED;
        self.lex[k].set(if given { v | lex::GIVEN } else { v });
        given
    }
    /// A legal form's cue ("SpA", "AG") holds only written in its capitals (or as the "Spa"
    /// of [`Ctx::the_spa`]).
    #[cold]
    #[inline(never)]
    fn cased_cue(&self, k: usize, v: u16) -> u16 {
        let kept = self.w(k).chars().skip(1).any(char::is_uppercase)
            || (self.lang == Lang::En && self.the_spa(k));
        if kept {
            v
        } else {
            v & !(lex::ORG_CUE | lex::CASED_CUE)
        }
    }
    /// The folded word `k` is in one of the lexicon sets of `bits`.
    #[inline]
    pub fn is(&self, k: usize, bits: u16) -> bool {
        self.lex(k) & bits != 0
    }
    /// Previous word token index (skipping quotes and elision apostrophes).
    #[inline]
    pub fn prev_word(&self, k: usize) -> Option<usize> {
        let t = &self.toks[k.checked_sub(1)?];
        if t.kind == TokKind::Word {
            return Some(k - 1);
        }
        self.prev_word_past_quotes(k - 1)
    }
    /// [`Ctx::prev_word`] past the punctuation token `k`: a quote or an apostrophe is skipped.
    #[inline(never)]
    fn prev_word_past_quotes(&self, k: usize) -> Option<usize> {
        let mut j = k;
        loop {
            if !matches!(self.w(j), "«" | "’" | "'" | "“" | "\"") {
                return None;
            }
            j = j.checked_sub(1)?;
            if self.toks[j].kind == TokKind::Word {
                return Some(j);
            }
        }
    }
    #[inline]
    pub fn next_word(&self, k: usize) -> Option<usize> {
        let j = k + 1;
        (j < self.toks.len() && self.toks[j].kind == TokKind::Word).then_some(j)
    }
}

/// A list of folded words looked up by hash, built on the first lookup: a scan of a long list
/// compares the word with each entry in turn (some two hundred instructions for forty
/// entries), a hash lookup costs a few tens whatever the list's length.
pub struct WordSet {
    list: &'static [&'static str],
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(list: &'static [&'static str]) -> Self {
        Self {
            list,
            set: std::sync::OnceLock::new(),
        }
    }
    /// `w` is one of the list's words.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(w)
    }
}

/// 1 if `run` opens with a sentence-initial function word ("The", "Le"), else 0: the items to
/// skip to reach its name.
pub fn opening_article(ctx: &Ctx, run: &[Item]) -> usize {
    usize::from(matches!(run.first(), Some(Item::Word(k))
        if ctx.toks[*k].initial && ctx.is(*k, lex::FUNCTION_WORD)
            && !super::fr_names::article_of_firm(ctx, *k, run)
            && (ctx.w(*k) != "An" || !super::irish_names::irish_article(ctx, *k, run.get(1)))))
}

#[inline]
pub fn first_tok(it: &Item) -> usize {
    match *it {
        Item::Word(k) | Item::Conn(k) => k,
        Item::Gaz { first, .. } => first,
    }
}
#[inline]
pub fn last_tok(it: &Item) -> usize {
    match *it {
        Item::Word(k) | Item::Conn(k) => k,
        Item::Gaz { last, .. } => last,
    }
}

/// Common nouns that end a company's or a body's name after a place or a known name
/// ("Austin Energy", "Texas Health"), unlike a place's own institutions (Senate, Police, Court).
const SECTOR_NOUNS: [&str; 2] = ["energy", "health"];

/// A word of the lexicon's noise (a function word, a common noun, a title, a month's or a
/// day's name) or a technical acronym, answered once a token (asked of a run's words again by
/// each rule).
#[inline]
pub fn is_noise(ctx: &Ctx, k: usize) -> bool {
    let v = ctx.lex[k].get();
    if v & lex::NOISE_ASKED != 0 {
        return v & lex::NOISY != 0;
    }
    look_up_noise(ctx, k)
}

#[inline(never)]
fn look_up_noise(ctx: &Ctx, k: usize) -> bool {
    let s = &GAZ.sets;
    let noisy = ctx.is(k, lex::NOISE) || {
        let w = ctx.w(k);
        w.len() <= s.tech_acronyms_longest && s.tech_acronyms.contains(w)
    };
    let v = ctx.lex[k].get() | lex::NOISE_ASKED;
    ctx.lex[k].set(if noisy { v | lex::NOISY } else { v });
    noisy
}

pub fn classify_run(ctx: &Ctx, hits: &[GazHit], run: &[Item], out: &mut Vec<Cand>) {
    // (round 69) "le Grand Sud", "le Grand Nord canadien", "la province Sud", "la province
    // Nord": a French compass word after "Grand", or capitalised after a lowercase
    // province's noun, names that part of the land (the noun with it)
    if ctx.lang == Lang::Fr
        && let Some((s, e)) =
            super::compass_parts::compass_name(ctx, &run[opening_article(ctx, run)..])
    {
        out.push(Cand::rule(ctx.block, s, e, EntityKind::Place, 2));
        return;
    }
    // (round 72) "Graham Local Schools", "Columbus City Schools": a school system's name, a
    // body, whatever opens it (a given name, a known place)
    if let Some(&Item::Word(l)) = run.last()
        && run.len() >= 3
        && super::words::school_system(ctx, l)
    {
        push(
            ctx,
            &run[opening_article(ctx, run)..],
            EntityKind::Organization,
            2,
            out,
        );
        return;
    }
    // (a fact of the run's shape: all the rules before the bylines' and all those after the
    // given names' want two items at least, and most runs here are one word or one known name)
    let several = run.len() >= 2 || !super::run_skips::skipping();
    // (round 70) "Le Chenit, la commune voisine…", "de Les Riceys": a French article that
    // spells a town of the list with the words after it is the town's, opening the sentence too
    if several && ctx.lang == Lang::Fr && super::towns::article_town(ctx, run) == Some(run.len()) {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    if several {
        // (round 66) "Named for the Little River, …", "Founded by the Hale family": a past
        // participle opening the sentence, then a preposition, opens no name
        if let [Item::Word(k), Item::Conn(c), ref rest @ ..] = *run
            && ctx.toks[k].initial
            && matches!(
                ctx.w(c),
                "for" | "by" | "after" | "in" | "from" | "with" | "near"
            )
            && ctx.w(k).len() >= 5
            && ctx.w(k).ends_with("ed")
            && !ctx.given(k)
            && !ctx.toks[k].allcaps
        {
            let skip = rest
                .iter()
                .take_while(|i| matches!(i, Item::Conn(_)))
                .count();
            if skip < rest.len() {
                classify_run(ctx, hits, &rest[skip..], out);
            }
            return;
        }
        // (round 65) "the Ghana National Association of Farmers and Fishermen", "the Zambia
        // National Farmers Union": a country's name straight before "National" opens a body's
        // name, when the rest reads as one body on its own
        let lead = opening_article(ctx, run);
        if let [Item::Gaz { hit, last, .. }, ref rest @ ..] = run[lead..]
            && !rest.is_empty()
            && GAZ.entries[hits[hit].entry].nation
            && !hits[hit].demonym
            && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
            && ctx
                .toks
                .get(last + 1)
                .is_some_and(|t| t.start == ctx.toks[last].end + 1)
            && ctx.w(last + 1) == "National"
        {
            let from = out.len();
            classify_run(ctx, hits, rest, out);
            let end = ctx.toks[last_tok(&rest[rest.len() - 1])].end;
            if let [ref c] = out[from..]
                && c.kind == EntityKind::Organization
                && c.start as usize == ctx.toks[last + 1].start
                && c.end as usize == end
            {
                out.truncate(from);
                push(ctx, &run[lead..], EntityKind::Organization, 2, out);
                return;
            }
            out.truncate(from);
        }
        // (round 66) "l’hôtel de ville de La Sarre", "LA SARRE —": in French a capitalised
        // article inside a sentence after a word that puts a town (or opening a dateline in
        // capitals) belongs to the town's name before a known place's ("la Sarre" is the
        // German Land; "nos confrères de La Meuse" a newspaper)
        if let [Item::Word(a), Item::Gaz { hit, first, last }] = *run
            && first == a + 1
            && ctx.lang == crate::extract::types::Lang::Fr
            && matches!(ctx.w(a), "La" | "Le" | "Les" | "LA" | "LE" | "LES")
            && ((!ctx.toks[a].initial && town_lead(ctx, a))
                || (a == 0 && ctx.toks[first].allcaps && super::words::dateline(ctx, a, last)))
            && !hits[hit].demonym
            && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        {
            push(ctx, run, EntityKind::Place, 2, out);
            return;
        }
        // (round 66) "Trevithick & Sons Marine Ltd of Hayle": the firm ends at its legal form,
        // its town follows "of"
        if let Some(f) = super::firm_towns::form_then_town(ctx, hits, &run[lead..]) {
            classify_run(ctx, hits, &run[..=lead + f], out);
            let town = &run[lead + f + 2..];
            if let [Item::Gaz { hit, .. }] = *town {
                out.push(Cand::gazetteer(ctx.block, &hits[hit]));
            } else {
                push(ctx, town, EntityKind::Place, 2, out);
            }
            return;
        }
        // (round 66) "the Supreme Court of Appeal": a known court and the matter it hears
        if let [Item::Gaz { hit, last, .. }, Item::Conn(c), Item::Word(k)] = run[lead..]
            && GAZ.entries[hits[hit].entry].kind == EntityKind::Organization
            && ctx.w(last) == "Court"
            && ctx.w(c) == "of"
            && matches!(ctx.w(k), "Appeal" | "Appeals" | "Justice" | "Cassation")
        {
            push(ctx, &run[lead..], EntityKind::Organization, 2, out);
            return;
        }
        // (round 66) "Jeli anak Ngumbang", "Siti binti Hassan", "Ahmad bin Yusof": a Malay or
        // Iban name, "son/daughter of" between the given name and the father's
        if let [Item::Word(a), Item::Conn(p), Item::Word(b)] = run[lead..]
            && matches!(ctx.w(p), "bin" | "binti" | "anak")
            && !ctx.toks[a].allcaps
            && !ctx.toks[b].allcaps
            && !ctx.is(a, lex::ORG_CUE)
            && !ctx.is(b, lex::ORG_CUE)
        {
            push(ctx, &run[lead..], EntityKind::Person, 2, out);
            return;
        }
        // (round 65) "depuis le Cap Corse", "Cape Breton": a cape named after a known place
        if let [Item::Word(c), Item::Gaz { hit, first, .. }] = run[lead..]
            && first == c + 1
            && matches!(ctx.w(c), "Cap" | "Cape")
            && !hits[hit].demonym
            && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        {
            push(ctx, &run[lead..], EntityKind::Place, 2, out);
            return;
        }
        // (round 65) "the Mozambique Red Cross", "the Kenya Red Cross": a country's name
        // straight before a known body (no acronym) is its national branch
        // (not "the U.S. Food and Drug Administration": an abbreviated country's own agency)
        if let [
            Item::Gaz {
                hit: p,
                first: pf,
                last: pl,
            },
            Item::Gaz {
                hit: o,
                first: of,
                last: o_end,
            },
        ] = run[lead..]
            && ctx.lang == crate::extract::types::Lang::En
            && of == pl + 1
            && !ctx.toks[pf].allcaps
            // (or a state's or a province's house: "the Ohio Senate"; not "an Israel Hamas
            // ceasefire": only movements with national societies)
            && ((GAZ.entries[hits[p].entry].nation
                && matches!(ctx.w(of), "Red" | "Caritas" | "Scouts" | "YMCA" | "YWCA"))
                || (of == o_end
                    && matches!(ctx.w(of), "Senate" | "Assembly" | "Parliament" | "Legislature")
                    // ("the Massachusetts Senate primary": a race for a seat in Congress)
                    && !ctx.toks.get(of + 1).is_some_and(|_| {
                        matches!(
                            &*ctx.f(of + 1),
                            "primary" | "race" | "seat" | "seats" | "candidate" | "candidates"
                                | "election" | "contest" | "campaign" | "nominee" | "bid"
                        )
                    })))
            && GAZ.entries[hits[p].entry].kind == EntityKind::Place
            && !hits[p].demonym
            && GAZ.entries[hits[o].entry].kind == EntityKind::Organization
            && !ctx.toks[of].allcaps
        {
            push(ctx, &run[lead..], EntityKind::Organization, 2, out);
            return;
        }
        // (round 65) "the University of Queensland and Central Queensland University": a known
        // body, "and", then words a body's word closes are two bodies
        if let [Item::Gaz { hit: o, .. }, Item::Conn(a), ref rest @ ..] = run[lead..]
            && rest.len() >= 2
            && matches!(ctx.w(a), "and" | "et")
            && GAZ.entries[hits[o].entry].kind == EntityKind::Organization
            && matches!(rest[rest.len() - 1], Item::Word(e) if ctx.is(e, lex::ORG_CUE))
        {
            classify_run(ctx, hits, &run[lead..lead + 1], out);
            classify_run(ctx, hits, rest, out);
            return;
        }
        // (round 65) "la Croix-Rouge du Tchad", "la Croix-Rouge de Belgique": a known body
        // (no acronym), then "de"/"du" and a country, is the body's national branch
        if let [
            Item::Gaz { hit: o, first, .. },
            Item::Conn(c),
            ref tail @ ..,
        ] = run[lead..]
            && ctx.lang == crate::extract::types::Lang::Fr
            && matches!(&*ctx.f(c), "de" | "du" | "d")
            && let [.., Item::Gaz { hit: p, .. }] = tail
            && tail[..tail.len() - 1]
                .iter()
                .all(|i| matches!(*i, Item::Conn(a) if matches!(&*ctx.f(a), "la" | "l")))
            && GAZ.entries[hits[o].entry].kind == EntityKind::Organization
            && !ctx.toks[first].allcaps
            && GAZ.entries[hits[*p].entry].nation
            && GAZ.entries[hits[*p].entry].kind == EntityKind::Place
            && !hits[*p].demonym
        {
            push(ctx, &run[lead..], EntityKind::Organization, 2, out);
            return;
        }
        // (round 59) "pour la Bretagne de Méridienne Maritime SAS": a place, then a firm
        if run.len() >= 4
            && let Some(link) = super::firm_towns::place_then_firm(ctx, hits, run)
        {
            classify_run(ctx, hits, &run[..link], out);
            classify_run(ctx, hits, &run[link + 1..], out);
            return;
        }
        // (round 60) "in Lampeter (Llanbedr Pont Steffan)": a place's other name in brackets
        if run.len() >= 2
            && run.iter().all(|i| !matches!(i, Item::Gaz { .. }))
            && super::context::place_in_brackets(
                ctx,
                first_tok(&run[0]),
                last_tok(&run[run.len() - 1]),
            )
        {
            push(ctx, run, EntityKind::Place, 2, out);
            return;
        }
        // (round 61) "the Firth of Thames", "the Gulf of Riga", "Golfo de X": a sea's or a coast's
        // noun and "of"/"de" before a known place name one place
        // (round 63: or one plain word, "the Kyle of Sutherland")
        if let [Item::Word(k), Item::Conn(o), ref third] = run[..]
            && let Some(first) = match *third {
                Item::Gaz { hit, first, .. } => (!hits[hit].demonym
                    && GAZ.entries[hits[hit].entry].kind == EntityKind::Place)
                    .then_some(first),
                Item::Word(w) => (!ctx.toks[w].allcaps && !ctx.given(w)).then_some(w),
                Item::Conn(_) => None,
            }
            && o == k + 1
            && first == o + 1
            && matches!(ctx.w(o), "of" | "de")
            && ctx.toks[k].cap
            && matches!(
                &*ctx.f(k),
                "firth"
                    | "gulf"
                    | "bay"
                    | "golfo"
                    | "bahia"
                    | "isle"
                    | "strait"
                    | "straits"
                    | "vale"
                    // (round 63) "the Kyle of Sutherland", "the Sound of Mull"
                    | "kyle"
                    | "sound"
            )
        {
            push(ctx, run, EntityKind::Place, 2, out);
            return;
        }
        // (round 58) "Joris van Lommel": a surname's particles join a person's name
        if super::particle_names::particle_person(ctx, run) {
            push(ctx, run, EntityKind::Person, 2, out);
            return;
        }
        // "the “Walnut Capital of the World”": a town's nickname, no entity
        if run.len() >= 4 && super::town_names::capital_nickname(ctx, hits, run) {
            return;
        }
        // "the Ohio District Court for Orrin County": a court, not its county
        if run.len() >= 4 && super::courts::court_for_county(ctx, run) {
            push(ctx, run, EntityKind::Organization, 2, out);
            return;
        }
        // (round 54) "Te Rūnanga o Marama": a Māori body's name joined by its "o" is one body
        if let Some(a) = super::sport_bodies::maori_body(ctx, run) {
            push(ctx, &run[a..], EntityKind::Organization, 2, out);
            return;
        }
        // "the General Tarrow Tavern": a rank, a name and an inn's noun name a building
        if let Some(a) = inn_named_after(ctx, run) {
            push(ctx, &run[a..], EntityKind::Place, 2, out);
            return;
        }
        // "Lawyers for Harbin Steel Mills argue…": the name is what follows the opening role
        let skip = super::roles::role_opening(ctx, run);
        if skip > 0 {
            let from = out.len();
            classify_run(ctx, hits, &run[skip..], out);
            // "Lawyers for Tarrow Metals said…": the lawyers say, not the name after them; a
            // person there needs a given name of its own, else the guess is a body's, and weak
            let given = match run[skip] {
                Item::Word(k) => ctx.given(k),
                _ => false,
            };
            if !given {
                for c in out[from..].iter_mut() {
                    if c.kind == EntityKind::Person && c.gaz.is_none() {
                        c.kind = EntityKind::Organization;
                        c.strength = c.strength.min(1);
                    }
                }
            }
            return;
        }
        // split at title words (President, Secretary...): the part after has a title cue
        // a byline's name ("By Ines Porto Valdez") is a person's whole, whatever its words
        if let Some(lead) = super::bylines::byline_name(ctx, hits, run) {
            push(ctx, &run[lead..], EntityKind::Person, 2, out);
            return;
        }
    }
    if super::bylines::byline_agency(ctx, run) {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // (round 66) "Dawe & Sons Ltd. of Catalina": the town after a firm's legal form and "of"
    if super::firm_towns::town_after_form(ctx, run) {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    if super::bylines::byline_outlet(ctx, run) {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "Glenn Falls", "from Tyler to Waco": a given name that names a place there
    if super::given_places::given_name_place(ctx, hits, run) {
        // (a three-item run opens with the sentence's "The")
        push(
            ctx,
            &run[usize::from(run.len() == 3)..],
            EntityKind::Place,
            2,
            out,
        );
        return;
    }
    if several {
        // "Grégoire de Tours", "Aliénor d’Aquitaine": a given name and a land, in the past
        if super::historic_persons::given_name_of_place(ctx, hits, run) {
            push(ctx, run, EntityKind::Person, 2, out);
            return;
        }
        // "at the Oak Room", "Ada Lorne Kestrel City Airport": a named venue
        if super::venues::venue_run(ctx, hits, run) {
            push(
                ctx,
                &run[opening_article(ctx, run)..],
                EntityKind::Place,
                2,
                out,
            );
            return;
        }
        // (round 58) "Minister of Lands and Housing X Y": the holder after the portfolio's "and"
        // (three items to five or none: the length first, in the caller's line; round 72: or
        // after "for", "Minister of State for Petroleum Resources X Y")
        if super::run_skips::asked((3..=5).contains(&run.len()))
            && let Some(q) = super::minister_names::holder_after_and(ctx, run)
        {
            push(ctx, &run[q..], EntityKind::Person, 2, out);
            return;
        }
    }
    let mut seg_start = 0;
    let mut title_cue = false;
    for i in 0..run.len() {
        if let Item::Word(k) = run[i] {
            // "Tan Sri X", "Datuk Seri X": a two-word honorific is one title
            match super::honorifics::compound_honorific(ctx, run, i) {
                2 if i >= seg_start => {
                    segment(ctx, hits, &run[seg_start..i], title_cue, out);
                    seg_start = i + 2;
                    title_cue = true;
                    continue;
                }
                1 if i == seg_start => {
                    seg_start = i + 1;
                    title_cue = true;
                    continue;
                }
                _ => {}
            }
            let f = ctx.f(k);
            // "Nana Kwabena Mensah": before a given name and a surname, a chief's title (a
            // woman's given name alone before one surname)
            let chief = &*f == "nana"
                && matches!(run.get(i + 1..i + 3), Some([Item::Word(_), Item::Word(_)]));
            // (round 64) "Partner Natalie Cartwright said", "Farmer Anne Roy said": a person's
            // noun opening the sentence before a given name is the person's description
            let described = i == 0
                && ctx.toks[k].initial
                && (super::person_heads::person_noun(&f) || f == "partner")
                && (matches!(run.get(1), Some(&Item::Word(g)) if ctx.given(g))
                    || described_by_apposition(ctx, run))
                && run.len() >= 3;
            // (round 71) "Commissioners Janet Lancaster and …": a title's plural opening
            // the run before a name
            let plural = i == 0
                && super::cues::plural_title_at(ctx, k)
                && match run.get(1) {
                    Some(&Item::Word(j)) => j == k + 1,
                    Some(&Item::Gaz { first, .. }) => first == k + 1,
                    _ => false,
                };
            if (chief || described || plural || ctx.is(k, lex::TITLE))
                && !ctx.given(k)
                && !title_in_name(ctx, run, i, k)
            {
                let office = matches!(&*f, "minister" | "secretary" | "ministre" | "ministres");
                // "Trade Minister X", "the Health and Social Care Secretary": plain words
                // straight before a minister's title are the portfolio, no name (a known body
                // or a nationality stays: "EU Trade Commissioner", "Irish Foreign Minister")
                let portfolio_before = office
                    && i > seg_start
                    && last_tok(&run[i - 1]) + 1 == k
                    && run[seg_start..i].iter().all(|it| match *it {
                        Item::Word(j) => !ctx.toks[j].allcaps && !ctx.given(j),
                        Item::Conn(c) => matches!(ctx.w(c), "and" | "&"),
                        Item::Gaz { .. } => false,
                    });
                // (round 64) "said Grand Chief Arlene Sutherland", "Deputy Chief X": words that
                // qualify the title are no name
                let qualifiers_before = i > seg_start
                    && run[seg_start..i].iter().all(
                        |it| matches!(*it, Item::Word(j) if TITLE_QUALIFIERS.contains(&&*ctx.f(j))),
                    );
                // (round 68) a plain word of a title's field: no given name, no capitals, no
                // place's word ("Deputy Harris County Sheriff" keeps the county)
                let field_word =
                    |j: usize| !ctx.given(j) && !ctx.toks[j].allcaps && !ctx.is(j, lex::PLACE_CUE);
                // (round 68) "Senior Law Correspondent", "Senior Health Reporter": a
                // qualifier, then one or two plain words straight before the title, are the
                // title's (its field)
                let qualifiers_before = qualifiers_before
                    || ((2..=3).contains(&(i - seg_start))
                        && matches!(run[seg_start], Item::Word(q) if TITLE_QUALIFIERS.contains(&&*ctx.f(q)))
                        && run[seg_start..i].iter().enumerate().all(|(n, it)| {
                            matches!(*it, Item::Word(j) if j + (i - seg_start) - n == k && field_word(j))
                        }));
                // (round 68) "Deputy Public Prosecutor X", "Chief Crown Prosecutor X": one or
                // two plain words straight between two titles are the second title's
                let between_titles = title_cue
                    && seg_start > 0
                    && (1..=2).contains(&(i - seg_start))
                    && matches!(run[seg_start - 1], Item::Word(t) if ctx.is(t, lex::TITLE)
                        && t + 1 + (i - seg_start) == k
                        // (a qualifier's title: not "Mr Kent Chairman of …")
                        && (TITLE_QUALIFIERS.contains(&&*ctx.f(t)) || &*ctx.f(t) == "chief"))
                    && run[seg_start..i]
                        .iter()
                        .all(|it| matches!(*it, Item::Word(j) if field_word(j)));
                if !portfolio_before && !qualifiers_before && !between_titles {
                    segment(ctx, hits, &run[seg_start..i], title_cue, out);
                }
                // "Minister for Emergency Management", "Minister of Fisheries": with no given
                // name after it, the rest of the run is the portfolio
                if office
                    && matches!(run.get(i + 1), Some(Item::Conn(c)) if matches!(ctx.w(*c), "for" | "of"))
                    && super::minister_names::portfolio_holder(ctx, run, i).is_none()
                    && run[i + 2..].iter().all(|it| match *it {
                        Item::Word(j) => !ctx.toks[j].allcaps && !ctx.given(j),
                        Item::Conn(_) => true,
                        Item::Gaz { .. } => false,
                    })
                {
                    return;
                }
                // "MP for Ynys Môn", "MEP for Wales": the seat is a place
                if matches!(&*f, "mp" | "mep" | "msp")
                    && matches!(run.get(i + 1), Some(Item::Conn(c)) if ctx.w(*c) == "for")
                {
                    let seat = &run[i + 2..];
                    if seat.iter().all(|i| matches!(i, Item::Word(_))) {
                        super::words::words_run(ctx, seat, false, Some(EntityKind::Place), out);
                    } else {
                        segment(ctx, hits, seat, false, out);
                    }
                    return;
                }
                seg_start = i + 1;
                // "Chancellor of the Exchequer Rachel Reeves", "Secretary of State for Health
                // Wes Streeting": the portfolio after "of" ends where a given name starts
                let of_after = matches!(run.get(i + 1), Some(Item::Conn(c)) if matches!(ctx.w(*c), "of" | "for"));
                if of_after
                    && let Some(q) = (i + 3..run.len())
                        .find(|&q| {
                            matches!(run[q], Item::Word(g) if ctx.given(g))
                                && matches!(run[q - 1], Item::Word(_) | Item::Gaz { .. })
                        })
                        // (round 58) a holder whose given name the gazetteer does not know
                        .or_else(|| super::minister_names::portfolio_holder(ctx, run, i))
                    && run[i + 1..q].iter().all(|it| match *it {
                        Item::Word(j) => !ctx.is(j, lex::TITLE),
                        _ => true,
                    })
                {
                    seg_start = q;
                } else if of_after && run.len() <= i + 4 {
                    // (round 68) "the Speaker of the House", "the CEO of Apple": no holder
                    // after the title's "of", what follows is where or what it is, no person
                    // (a short rest only: "Governor of Kaduna State Uba Sani" names him)
                    title_cue = false;
                    continue;
                }
                title_cue = true;
            }
        }
    }
    segment(ctx, hits, &run[seg_start..], title_cue, out);
}

/// (round 66) The word before `a` puts a town after it: "entre", "vers", "depuis", "près de",
/// "ville de", "commune de" ("entre La Sarre et Amos", "l’hôtel de ville de La Sarre").
fn town_lead(ctx: &Ctx, a: usize) -> bool {
    let Some(p) = ctx.prev_word(a) else {
        return false;
    };
    match &*ctx.f(p) {
        // (not "à": "a déclaré le maire à La Provence", a newspaper)
        "entre" | "vers" | "depuis" => true,
        "de" | "d" => ctx.prev_word(p).is_some_and(|q| {
            matches!(
                &*ctx.f(q),
                "pres" | "ville" | "commune" | "municipalite" | "maire" | "mairesse"
            )
        }),
        _ => false,
    }
}

/// "Dana Morrow of Twin Lakes", "Liam Healy of the Dingle Anglers": in English a given name
/// and a surname, then "of" and one to five capitalised words (none a title) is a person and
/// where or what they come from, not one name.
fn of_hometown(ctx: &Ctx, run: &[Item], p: usize) -> bool {
    ctx.lang == crate::extract::types::Lang::En
        && matches!(run[p], Item::Conn(c) if ctx.w(c) == "of")
        && !ctx.toks[first_tok(&run[0])].allcaps
        && (1..=5).contains(&(run.len() - p - 1))
        && run[p + 1..].iter().all(|i| match *i {
            Item::Word(j) => !ctx.is(j, lex::TITLE),
            Item::Conn(c) => ctx.w(c) == "the",
            Item::Gaz { .. } => true,
        })
}

/// "the Justice Department", "King Street", "Department of Justice", "Office of the Director":
/// a title word straight before an organisation or street noun, or after an organisation
/// noun and "of" ("of the"), is part of that name, not a title before a person's name.
/// ("Inspector General": a second title straight after one so kept; not "Chief Financial
/// Officer", where the noun does not end the name)
fn title_in_name(ctx: &Ctx, run: &[Item], i: usize, k: usize) -> bool {
    if title_names_a_work(ctx, run, i, k) || body_noun_before_title(ctx, run, i, k) {
        return true;
    }
    // (round 69) "the Union for Peace and Justice", "the Commission for Truth and Justice": a
    // title's word ending the run after "and", an organisation's noun and "for"/"of" before,
    // nothing capitalised after it, is a noun of the body's remit
    if i == run.len() - 1
        && i >= 4
        && matches!(run[i - 1], Item::Conn(a) if ctx.w(a) == "and")
        && run[..i - 1]
            .iter()
            .any(|it| matches!(*it, Item::Word(j) if ctx.is(j, lex::ORG_CUE)))
        && run[..i - 1]
            .iter()
            .any(|it| matches!(*it, Item::Conn(c) if matches!(ctx.w(c), "for" | "of")))
        && super::candidates::title_ends_name(ctx, k)
    {
        return true;
    }
    // "King's Cross", "the Sheriff's Office": a title owning what follows opens its name
    if matches!(run.get(i + 1), Some(Item::Conn(a)) if *a == k + 1 && matches!(ctx.w(*a), "'" | "’"))
    {
        return true;
    }
    // (round 67) "the Chief Metropolitan Magistrate's Court": a title, one or two plain words
    // and a title owning a body's noun name that body
    if (i + 2..run.len().min(i + 4)).any(|q| {
        matches!(run[q..], [Item::Word(t), Item::Conn(a), Item::Conn(_), Item::Word(o), ..]
            if a == t + 1 && o == t + 3 && ctx.is(t, lex::TITLE) && ctx.is(o, lex::ORG_CUE)
                && matches!(ctx.w(a), "'" | "’"))
            && run[i + 1..q]
                .iter()
                .all(|it| matches!(*it, Item::Word(j) if !ctx.given(j) && !ctx.toks[j].allcaps))
    }) {
        return true;
    }
    // (round 68) "Kakamega County General Teaching and Referral Hospital", "Massachusetts
    // General Hospital": "General" after a name's words, then plain words (an "and" among them)
    // ending with a body's noun, is the body's adjective
    if i > 0
        && &*ctx.f(k) == "general"
        && matches!(run[i - 1], Item::Word(j) | Item::Gaz { last: j, .. } if j + 1 == k)
        && matches!(run[run.len() - 1], Item::Word(l) if l > k && ctx.is(l, lex::ORG_CUE))
        && run[i + 1..].iter().all(|it| match *it {
            Item::Word(j) => !ctx.given(j) && !ctx.toks[j].allcaps && !ctx.is(j, lex::TITLE),
            Item::Conn(c) => matches!(ctx.w(c), "and" | "&"),
            Item::Gaz { .. } => false,
        })
    {
        return true;
    }
    // "the Solicitor General's Office", "the Attorney General's Office": a title before the one
    // that owns the office is part of the holder's title
    if let Some(&[Item::Word(j), Item::Conn(a)]) = run.get(i + 1..i + 3)
        && j == k + 1
        && a == j + 1
        && ctx.is(j, lex::TITLE)
        && matches!(ctx.w(a), "'" | "’")
    {
        return true;
    }
    let before_noun = matches!(run.get(i + 1), Some(Item::Word(j)) if *j == k + 1 && {
        let f = ctx.f(*j);
        // (round 66: a sovereign's title before a noun of places, "in Queen Creek", "King City";
        // not "Dr Lake", "Mme Rivière", "Judge Hill": surnames)
        GAZ.sets.org_cues.contains(&*f)
            || STREETS.contains(&&*f)
            || ctx.is(*j, lex::PLACE_CUE)
                && matches!(ctx.w(k), "Queen" | "King" | "Prince" | "Princess")
    }) && !matches!(run.get(i + 2), Some(Item::Word(_) | Item::Gaz { .. }));
    // "the County Sheriff's Office", "the Governor's Office": the title owns the office
    let owns_office = matches!(run.get(i + 1..i + 4), Some(&[Item::Conn(a), Item::Conn(_), Item::Word(o)])
        if a == k + 1 && o == k + 3 && ctx.is(o, lex::ORG_CUE));
    if i > 0
        && let Item::Word(j) = run[i - 1]
        && j + 1 == k
        && ctx.is(j, lex::TITLE)
        && title_in_name(ctx, run, i - 1, j)
    {
        return true;
    }
    let mut p = i;
    // "the Department of the Prime Minister": a plain word may qualify the title
    if p > 1
        && matches!(run[p - 1], Item::Word(j) if j + 1 == k && matches!(&*ctx.f(j), "prime" | "first" | "deputy"))
        && matches!(run[p - 2], Item::Conn(c) if ctx.w(c) == "the")
    {
        p -= 1;
    }
    if p > 0 && matches!(run[p - 1], Item::Conn(c) if ctx.w(c) == "the") {
        p -= 1;
    }
    let after_body = p >= 2
        && matches!(run[p - 1], Item::Conn(c) if ctx.w(c) == "of")
        && matches!(run[p - 2], Item::Word(j) if ctx.is(j, lex::ORG_CUE));
    // "the Sir Bobby Robson Foundation", "the Princess Royal Hospital": plain words ending with
    // an organisation noun hold the honorific of the person the body is named after (an
    // honorific, not an office: "Minister Harlow Trade Office staff" is the minister's office)
    let named_after = i + 2 < run.len()
        && run.len() >= 3
        && HONORIFICS.contains(&&*ctx.f(k))
        && run.iter().all(|it| matches!(it, Item::Word(_)))
        && matches!(run[run.len() - 1], Item::Word(l) if ctx.is(l, lex::ORG_CUE | lex::PLACE_CUE)
            && !ctx.is(l, lex::TITLE));
    // "the Captain Harlan Hotel", "the Admiral Hale Inn": an honorific or a rank, a name and a
    // noun of inns, halls or streets name a building after that person (round 53)
    let venue_after = i + 2 < run.len()
        && (HONORIFICS.contains(&&*ctx.f(k)) || RANKS_IN_VENUES.contains(&&*ctx.f(k)))
        && run[i + 1..].iter().all(|it| matches!(it, Item::Word(_)))
        && matches!(run[run.len() - 1], Item::Word(l) if INNS.contains(&&*ctx.f(l))
            || ctx.is(l, lex::ORG_CUE | lex::PLACE_CUE) && !ctx.is(l, lex::TITLE));
    // "the Office of the U.S. Trade Representative": a title ending a name that opens with an
    // organisation noun and "of" is the office's holder, part of the name
    // (after a sentence's opening article: "The Office of …")
    let o = usize::from(matches!(run[0], Item::Word(j) if ctx.toks[j].initial && is_fn(ctx, j)));
    let office_of = i + 1 == run.len()
        && i >= o + 3
        && matches!(run[o], Item::Word(j) if ctx.is(j, lex::ORG_CUE))
        && matches!(run[o + 1], Item::Conn(c) if ctx.w(c) == "of");
    before_noun || owns_office || after_body || named_after || office_of || venue_after
}

/// "the Captain Harlan Hotel", "the Lord Verrin Arms": an honorific or a rank (after the run's
/// "the", if any), one or two names and an inn's noun ending the run; the rank's item.
#[inline]
fn inn_named_after(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    // (the last word's bytes first: most runs end on no inn's noun)
    let Some(&Item::Word(l)) = run.last() else {
        return None;
    };
    if !matches!(
        ctx.w(l),
        "Hotel" | "Inn" | "Arms" | "Tavern" | "Pub" | "Motel" | "Saloon"
    ) {
        return None;
    }
    let a = usize::from(matches!(run[0], Item::Conn(c) if ctx.w(c) == "the"));
    let Some(&Item::Word(k)) = run.get(a) else {
        return None;
    };
    let f = ctx.f(k);
    ((3..=4).contains(&(run.len() - a))
        && (HONORIFICS.contains(&&*f) || RANKS_IN_VENUES.contains(&&*f))
        && run[a..].iter().all(|it| matches!(it, Item::Word(_))))
    .then_some(a)
}

/// Ranks that inns and streets keep from the person they are named after ("the Captain Harlan
/// Hotel", "Admiral Street"), beside [`HONORIFICS`].
const RANKS_IN_VENUES: &[&str] = &["captain", "admiral", "general", "colonel", "commodore"];

/// Nouns of inns and bars that end a building's name, not in the lists of cues.
const INNS: &[&str] = &[
    "hotel", "inn", "arms", "tavern", "pub", "motel", "hotels", "saloon",
];

/// Given names spelt like a title or a common word ("Pape", "le pape"): a given name when
/// a known given name follows them straight.
const FORENAMES_LIKE_TITLES: [&str; 1] = ["pape"];

/// `k`, first of `run`, is one of [`FORENAMES_LIKE_TITLES`] before a known given name.
fn title_spelt_forename(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    ctx.w(k).len() == 4
        && FORENAMES_LIKE_TITLES.contains(&&*ctx.f(k))
        && matches!(run.get(1), Some(&Item::Word(j)) if j == k + 1
            && ctx.given(j))
}

/// Titles that also open the names of works, brands and characters ("Detective Comics",
/// "Inspecteur Gadget", "Docteur Maboul", "the Vicar of Dibley") or are first names ("Pastor"),
/// and members' titles spelt like firms' initials ("TD Niamh X", "TD Securities"): a title only
/// before a given name, an initial or another title.
const TITLES_OF_WORKS: [&str; 11] = [
    "doctor",
    "pastor",
    "detective",
    "docteur",
    "docteure",
    "inspecteur",
    "inspectrice",
    "vicar",
    "td",
    "mla",
    "mca",
];

/// Buildings of worship, named after the cleric their title names.
const WORSHIP: [&str; 12] = [
    "mosque",
    "shrine",
    "mausoleum",
    "church",
    "synagogue",
    "temple",
    "cathedral",
    "basilica",
    "mosquee",
    "eglise",
    "sanctuaire",
    "mausolee",
];

/// A title of [`TITLES_OF_WORKS`] at `k` (item `i`) not followed by a given name or an
/// initial is part of the name ("Detective Comics"; "Detective Ann Wood" keeps the person).
/// A clergy honorific before a name and a lowercase building noun is the building's
/// ("the Imam Farid shrine", "the Rabbi Levy synagogue").
#[inline(never)]
fn title_names_a_work(ctx: &Ctx, run: &[Item], i: usize, k: usize) -> bool {
    let f = ctx.f(k);
    if TITLES_OF_WORKS.contains(&&*f) {
        return !matches!(run.get(i + 1), Some(&Item::Word(j)) if j == k + 1
            && (ctx.given(j)
                || ctx.is(j, lex::TITLE)
                || (ctx.w(j).chars().count() == 1 && ctx.toks[j].cap)
                // ("Doctor Ilse Varnam": two plain words, a full name; "MLA Rupa Ram Bhati":
                // three after a member's title, round 68)
                || ((i + 3 == run.len() || (i + 4 == run.len() && matches!(&*f, "mla" | "mca")))
                    && !ctx.is(j, lex::NOISE)
                    && run[i + 2..].iter().enumerate().all(|(n, it)| matches!(*it, Item::Word(l)
                        if l == j + 1 + n
                            && !ctx.is(l, lex::ORG_CUE | lex::PLACE_CUE | lex::NOISE))))));
    }
    if !matches!(
        &*f,
        "imam" | "rabbi" | "archbishop" | "abbe" | "monseigneur" | "reverend"
    ) {
        return false;
    }
    // "Imam Hadi Mosque", "the Rabbi Stern Synagogue"
    if i + 2 < run.len()
        && matches!(run[run.len() - 1], Item::Word(l) if WORSHIP.contains(&&*ctx.f(l)))
    {
        return true;
    }
    // "the Imam Farid shrine"
    i + 2 == run.len()
        && matches!(run[i + 1], Item::Word(l) if l == k + 1
            && l + 1 < ctx.toks.len()
            && ctx.toks[l + 1].kind == TokKind::Word
            && !ctx.toks[l + 1].cap
            && (WORSHIP.contains(&&*ctx.f(l + 1)) || ctx.is(l + 1, lex::PLACE_CUE | lex::ORG_CUE)))
}

/// "L’Hôpital Docteur Schweitzer", "le Lycée Abbé Grégoire": in French a body's noun opening
/// the run straight before the title names the body after the titled person.
#[inline(never)]
fn body_noun_before_title(ctx: &Ctx, run: &[Item], i: usize, k: usize) -> bool {
    ctx.lang == Lang::Fr
        && i >= 1
        && (i == 1 + opening_article(ctx, run)
            && matches!(run[i - 1], Item::Word(j) if j + 1 == k && ctx.is(j, lex::ORG_CUE))
            // (round 72) "le ministère de la Justice": a lowercase "ministère", then "de" (and
            // "la"), then the title's word ending the run, its remit ("le département de la
            // Justice" is left to the gazetteer's US department)
            || i + 1 == run.len()
                // (not before "et": "le comité de la Justice et de la Paix")
                && ctx.next_word(k).is_none_or(|n| ctx.w(n) != "et")
                && matches!(run[0], Item::Word(h) if !ctx.toks[h].cap && &*ctx.f(h) == "ministere")
                && run[1..i].iter().all(|it| matches!(*it, Item::Conn(_))))
}

/// Conjunctions, articles, auxiliaries and the commonest prepositions: no surname after a
/// given name ("Jack And the Beanstalk", "Clara Dans un discours", "Jeanne Pour toujours").
const GLUE_WORDS: &[&str] = &[
    "and", "or", "but", "nor", "the", "had", "has", "have", "was", "were", "are", "did", "does",
    "can", "could", "will", "would", "should", "with", "for", "from", "into", "et", "ou", "mais",
    "les", "des", "une", "dans", "pour", "avec", "par", "est", "sont", "etait", "und",
];

/// "Odile Près", "Anne Sous": a capitalised word mid-sentence straight after a given name
/// that ends the run is the surname, even when it is also a short function word ("près").
#[inline(never)]
fn surname_after_given_name(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    let n = run.len();
    n >= 2
        && ctx.is(k, lex::FUNCTION_WORD)
        && !ctx.is(k, lex::TITLE)
        && !ctx.toks[k].initial
        && !ctx.toks[k].allcaps
        && ctx.w(k).chars().count() >= 3
        && matches!(run[n - 2], Item::Word(g) if g + 1 == k
            && ctx.toks[g].cap
            && ctx.given(g))
        && !glue_word(ctx, k)
}

/// The word at `k` glues a title's words ([`GLUE_WORDS`]) or comes before an article ("Mary
/// Had a Little Lamb", "Anne With an E": a work's title goes on).
#[inline(never)]
fn glue_word(ctx: &Ctx, k: usize) -> bool {
    GLUE_WORDS.contains(&&*ctx.f(k))
        || (k + 1 < ctx.toks.len()
            && match ctx.lang {
                Lang::En => matches!(&*ctx.f(k + 1), "a" | "an" | "the"),
                _ => matches!(&*ctx.f(k + 1), "le" | "la" | "les" | "l" | "un" | "une"),
            })
}

/// Acronyms of kinds of French local public bodies, each named by its place ("le SDIS du Gard",
/// "la CPAM de la Sarthe").
pub(super) const LOCAL_BODIES_FR: &[&str] = &[
    "SDIS", "IUT", "CCI", "CHU", "CHR", "SAMU", "CROUS", "CAF", "CPAM", "URSSAF", "DDT", "DDTM",
    "DREAL", "DRAC", "ARS", "CMA", "TGI",
    // (round 59) the farmers' union of a département, "la FDSEA du Jura", and other
    // departmental bodies
    "FDSEA", "UDAF", "CAUE", "ADIL", "MDPH", "DDPP", "DDETS", "CDG", "FDC", "UDSP", "SAFER",
];

/// Words that French intercommunal bodies, associations and local election lists put after
/// their place's name ("Montbrison Agglomération", "Loire Vivante", "Dieppe Ensemble").
const BODY_TAILS_FR: &[&str] = &[
    "agglomeration",
    "communaute",
    "metropole",
    "ensemble",
    "vivante",
    "vivant",
    "numerique",
    "creation",
    "tourisme",
    "habitat",
    "initiative",
    "initiatives",
    "entreprendre",
    "solidaire",
    "solidaires",
    "nature",
    "environnement",
    "avenir",
    "demain",
    "developpement",
    "attractivite",
];

/// Titles of rank that bodies, buildings and prizes are named with ("the Sir Bobby Robson
/// Foundation", "the Princess Royal Hospital", "the King Edward VII Hospital").
const HONORIFICS: &[&str] = &[
    "sir",
    "dame",
    "lord",
    "lady",
    "king",
    "queen",
    "prince",
    "princess",
    "duke",
    "duchess",
    // the clergy's and a head of state's, which schools and hospitals keep ("Archbishop Carroll
    // High School", "President Lincoln Academy")
    "archbishop",
    "pope",
    "reverend",
    "rabbi",
    "imam",
    "abbe",
    "monseigneur",
    "mgr",
    "president",
    // the Indian "Shri" that temples, trusts, mills and cooperatives keep ("Shri Ganesh Sahakari
    // Mills Ltd"): a title of the name, not of a person in it
    "shri",
];

/// "a spokesman for Ocean Libération", "an analyst at Banco Sol": the name at `k` after a
/// job and "for"/"at" is the employer's, not a name after a title.
fn employer_after_job(ctx: &Ctx, k: usize) -> bool {
    let prev = ctx.prev_word(k);
    let prev_f = prev.map(|p| ctx.f(p)).unwrap_or_default();
    super::cues::at_employer(ctx, prev, &prev_f)
}

/// Capitalised nouns that, before "de" and a town's name, name the town's body: its council
/// or its executive.
const TOWN_BODIES_FR: &[&str] = &["Ville", "Municipalité", "Commune"];

/// The name `n` straight after "de" at `c`, or after "d" and an elision apostrophe
/// ("d’Orvelles").
fn touches_after_de(ctx: &Ctx, c: usize, n: usize) -> bool {
    n == c + 1 || (n == c + 2 && matches!(ctx.w(c + 1), "’" | "'") && ctx.w(c) == "d")
}

/// (Round 69) Landforms' nouns that make a one-word company's name a place's after it ("the
/// Orange River", "the Amazon River"), folded.
const COMPANY_LANDFORMS: &[&str] = &[
    "river",
    "lake",
    "creek",
    "mountains",
    "valley",
    "delta",
    "basin",
];

/// Compass words that belong to the place name after them ("South San Francisco").
pub const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "nord",
    "sud",
    "est",
    "ouest",
];
/// Adjectives that qualify a country's name as an area ("Southern Ireland", "Mainland
/// China"); the first [`REGION_NAMING`] of them make a region's proper name with a country's
/// ("Insular Norway", "Mainland China", "Metropolitan France"), unlike describing ones
/// ("Southern").
const GEO_ADJECTIVES: &[&str] = &[
    "peninsular",
    "insular",
    "mainland",
    "continental",
    "metropolitan",
    "greater",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "inner",
    "outer",
    "old",
    "new",
    "rural",
    "coastal",
    "downtown",
    "little",
    "grand",
    "grande",
    "nouvelle",
    "haute",
    "basse",
];
/// How many of [`GEO_ADJECTIVES`], first, name a region.
const REGION_NAMING: usize = 6;
/// Capitalised words that make a new proper name of a known place or river before it (a "Lower"
/// or a "Petit" before a river's name, "Upper Egypt", "Old Delhi"), one place, not a word and
/// the known place; unlike describing ones ("Southern Ireland" stays the country).
const NAME_FORMING: &[&str] = &[
    "little", "big", "upper", "lower", "old", "new", "great", "grand", "grande", "petit", "petite",
    "haut", "haute", "bas", "basse", "nouveau", "nouvelle", "vieux", "vieille",
];
/// A folded compass, region-naming or name-forming word ("south", "upper", "petit"): one that
/// makes a place's name with the known place after it.
pub fn place_forming(f: &str) -> bool {
    COMPASS.contains(&f) || GEO_ADJECTIVES.contains(&f) || NAME_FORMING.contains(&f)
}
/// Folded words that form places' names between a name-forming word and a known place ("the
/// Upper Blue Nile", "the Little Red Danube"): colours and the lay of the land.
const PLACE_NAME_WORDS: &[&str] = &[
    "blue", "white", "black", "red", "yellow", "green", "grey", "gray", "golden", "silver",
    "rocky", "stony", "sandy", "salt", "bleu", "bleue", "blanc", "blanche", "noir", "noire",
    "rouge", "vert", "verte", "jaune",
];
/// (Round 71) "Landowner Dean Kiser, whose family…": after a person's noun opening the
/// sentence, two plain capitalised words (no given name the lists know) then a comma are the
/// person's name.
fn described_by_apposition(ctx: &Ctx, run: &[Item]) -> bool {
    let [Item::Word(k), Item::Word(g), Item::Word(l)] = *run else {
        return false;
    };
    let plain = |j: usize| {
        !ctx.toks[j].allcaps
            && !ctx.is(
                j,
                lex::ORG_CUE | lex::PLACE_CUE | lex::TITLE | lex::OTHER_CUE,
            )
    };
    // (a comma only: "Farmer Brown Dairies said" is a firm; two letters at least: "Pilot Flying
    // J")
    g == k + 1
        && l == g + 1
        && plain(g)
        && plain(l)
        && ctx.w(l).chars().count() >= 3
        && ctx.toks.get(l + 1).is_some_and(|_| ctx.w(l + 1) == ",")
}

/// Words after a broadcaster that name one of its stations ("BBC Radio Kent").
const STATION: &[&str] = &["radio", "television", "tv", "news", "sport", "world", "one"];

fn segment(ctx: &Ctx, hits: &[GazHit], run: &[Item], title_cue: bool, out: &mut Vec<Cand>) {
    if let [Item::Gaz { hit, .. }] = *run {
        out.push(Cand::gazetteer(ctx.block, &hits[hit]));
        return;
    }
    let is_place_hit = |i: &Item| {
        matches!(*i, Item::Gaz { hit, .. } if !hits[hit].demonym
            && GAZ.entries[hits[hit].entry].kind == EntityKind::Place)
    };
    // an event named after its town ("the Tour of X"; one named after a country, "the Rally of
    // Portugal", is the event whole, with no mention of the country; three items at least: a
    // head, "de"/"of" and the place; most runs are shorter)
    if run.len() >= 3 && super::event_places::push_event(ctx, hits, run, out) {
        return;
    }
    // (round 71) "a déclaré à RFI Nestor Aného, président…": an acronym, then a given name
    // (of either list) and a surname, are a body and a person
    if let [first, Item::Word(g), Item::Word(l)] = *run
        && let Item::Word(a) | Item::Gaz { last: a, .. } = first
        && ctx.toks[a].allcaps
        && first_tok(&first) == a
        // (a ship's prefix before its namesake: "the USS Carl Vinson", "MV Derek Allen")
        && !matches!(
            ctx.w(a),
            "USS" | "HMS" | "MV" | "RMS" | "HMAS" | "HMCS" | "HMNZS" | "INS" | "SS" | "MS" | "USNS" | "USCGC" | "RV" | "FS"
        )
        && g == a + 1
        && l == g + 1
        && !ctx.toks[g].allcaps
        && !ctx.toks[l].allcaps
        && GAZ.sets.any_given(&ctx.f(g))
        && !ctx.is(l, lex::ORG_CUE | lex::PLACE_CUE | lex::TITLE)
        && !ctx.is(g, lex::ORG_CUE | lex::PLACE_CUE | lex::TITLE)
    {
        segment(ctx, hits, &run[..1], title_cue, out);
        push(ctx, &run[1..], EntityKind::Person, 2, out);
        return;
    }
    // (round 71) "the Member of Parliament for Twifo Atti-Morkwa, Mr …": the seat is a place,
    // whatever apposition follows
    if let Some(a) = super::admin_names::member_seat(ctx, run) {
        let seat = &run[a..];
        if seat.iter().all(|i| matches!(i, Item::Word(_))) {
            push(ctx, seat, EntityKind::Place, 2, out);
        } else {
            segment(ctx, hits, seat, false, out);
        }
        return;
    }
    if let Some(a) = super::admin_names::alpine_place(ctx, run) {
        push(ctx, &run[a..], EntityKind::Place, 2, out);
        return;
    }
    // (round 52) "the Municipality of X", "la Municipalité de X": the council of the area
    if let Some(a) = super::admin_names::admin_body(ctx, run) {
        push(ctx, &run[a..], EntityKind::Organization, 2, out);
        return;
    }
    // (round 58) "Eastern Ridge Legal Aid", "the Mid-Coast", "Alder Army Corps of Surveyors",
    // "Kestrel Kapda Vyapar Sangh": names whose own words make them whole
    if let Some((a, kind)) = super::region_bodies::whole_name(ctx, hits, run) {
        if a > 0 && kind == EntityKind::Organization {
            segment(ctx, hits, &run[..a], title_cue, out);
        }
        push(ctx, &run[a..], kind, 2, out);
        return;
    }
    // (round 52) "An Post", "Kerry GAA", "Crab Fishing Area 12": names told by their form
    if super::irish_names::named_by_form(ctx, hits, run, out) {
        return;
    }
    // (round 54) "Tasman Cricket", "the Winnipeg Falcons": a sports body or team named after
    // its place; "the Water of X burst its banks": a river whatever its head
    if let Some(a) = super::sport_bodies::sport_body(ctx, hits, run) {
        push(ctx, &run[a..], EntityKind::Organization, 2, out);
        return;
    }
    if let Some(a) = super::sport_bodies::river_run(ctx, run) {
        push(ctx, &run[a..], EntityKind::Place, 2, out);
        return;
    }
    // "listed on Bursa Tengara", "cotée sur Euronext Growth": a stock exchange
    if super::firms::exchange_before(ctx, hits, run) {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "Public Health Ostland", "Tourisme Valmorin", "BBC Gaeilge Ireland": a sector's body
    if super::sector_bodies::sector_body(ctx, hits, run) {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "the retailer South Coast Outdoor": a compass word opening an introduced firm's name
    // (the run's length first, in the caller's line: most runs are one item)
    if super::run_skips::asked(run.len() >= 2)
        && let Some(&Item::Word(k)) = run.first()
        && super::firms::compass_opens_firm(ctx, run, k)
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "South San Francisco", "East London": a compass word opening a place name
    // ("South Ayrshire Council": with one organisation noun after it, the place's body)
    // ("Mainland China", "Insular Norway": an adjective that names a region as well, with the
    // place alone or a landform after it; not a describing one: "Southern Ireland" stays the
    // country; "Continental Norway Shipping Ltd" is a firm's name)
    let landform = |run: &[Item]| {
        matches!(run[..], [_, Item::Gaz { last, .. }, Item::Word(n)]
            if n == last + 1 && LANDFORM_ENDS.contains(&&*ctx.f(n)))
    };
    // "the Upper Blue Nile", "the Little Red Danube": a name-forming word and a word of places'
    // names before a known place make one place's name (any other middle word, "Big Brother
    // Canada", "Grand Hotel Brighton", keeps the show, the band or the hotel)
    if let [Item::Word(k), Item::Word(j), g] = *run
        && j == k + 1
        && is_place_hit(&g)
        && name_forming_pair(ctx, k, j)
    {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    // "In East Leeds, …": a sentence's opening function word before the compass word is
    // no part of the place (round 53)
    let o = usize::from(
        run.len() >= 3
            && matches!(run[0], Item::Word(j) if ctx.toks[j].initial && ctx.is(j, lex::FUNCTION_WORD))
            && matches!(run[1], Item::Word(j) if COMPASS.contains(&&*ctx.f(j)))
            && is_place_hit(&run[2]),
    );
    let run = &run[o..];
    // (a fact of the run's shape: the rules down to the broadcaster's station each want two
    // items at least, and two runs in three here are one word or one known name)
    if super::run_skips::asked(run.len() >= 2) {
        // "the Pacific Northwest", "the Atlantic Northeast": a known place and a compound compass
        // word after it name one region (round 53)
        if let [g @ Item::Gaz { last, .. }, Item::Word(n)] = *run
            && n == last + 1
            && is_place_hit(&g)
            && matches!(
                &*ctx.f(n),
                "northeast" | "northwest" | "southeast" | "southwest"
            )
        {
            push(ctx, run, EntityKind::Place, 2, out);
            return;
        }
        if let (Some(Item::Word(k)), Some(g)) = (run.first(), run.get(1))
            && is_place_hit(g)
            && !ctx.toks[*k].allcaps
            && {
                let f = ctx.f(*k);
                COMPASS.contains(&&*f)
                || (GEO_ADJECTIVES[..REGION_NAMING].contains(&&*f)
                    && (run.len() == 2 || landform(run)))
                // ("New Ontario rules…": a sentence's opening word describes, unless a river's
                // or a lake's noun follows)
                || (NAME_FORMING.contains(&&*f)
                    && (landform(run) || (run.len() == 2 && !ctx.toks[*k].initial)))
            }
            && !(run.len() == 3 && matches!(run[2], Item::Word(c) if ctx.is(c, lex::ORG_CUE)))
        {
            // "the South Platte River": a landform noun after them is part of the name
            if landform(run) {
                push(ctx, run, EntityKind::Place, 2, out);
                return;
            }
            push(ctx, &run[..2], EntityKind::Place, 2, out);
            if run.len() > 2 {
                segment(ctx, hits, &run[2..], title_cue, out);
            }
            return;
        }
        // (round 68) "ST. PAUL, Minn. (AP) —": a saint's town in a capitals dateline opening
        // the block, before its comma
        if let [Item::Word(k), Item::Word(j)] = *run
            && k == 0
            && matches!(ctx.w(k), "ST" | "STE")
            && j == k + 2
            && ctx.w(k + 1) == "."
            && ctx.toks[j].allcaps
            && ctx
                .toks
                .get(j + 1)
                .is_some_and(|t| ctx.text[t.start..t.end] == *",")
        {
            push(ctx, run, EntityKind::Place, 3, out);
            return;
        }
        // (round 66) "in St. John's, said…": a saint's name with its possessive and no noun
        // after it names the town (the island's or the city's; "St Mary's Priory" runs on)
        if let [Item::Word(k), Item::Word(j)] = *run
            && matches!(ctx.w(k), "St" | "Saint" | "ST" | "SAINT")
            // (after "in", "near", "from", "outside": "taken to St Mary's" is a hospital; or
            // opening a block in capitals before a comma, a dateline: "ST. JOHN'S, N.L. —",
            // round 68)
            && (ctx
                .prev_word(k)
                .is_some_and(|p| matches!(ctx.w(p), "in" | "near" | "from" | "outside"))
                || (k == 0
                    && ctx.toks[j].allcaps
                    && ctx.toks.get(j + 3).is_some_and(|t| ctx.text[t.start..t.end] == *",")))
            && j == k + 1 + usize::from(ctx.w(k + 1) == ".")
            && let Some(s) = ctx.toks.get(j + 2)
            && matches!(ctx.w(j + 1), "'" | "’")
            && ctx.toks[j + 1].start == ctx.toks[j].end
            && s.start == ctx.toks[j + 1].end
            && matches!(ctx.w(j + 2), "s" | "S")
            && !ctx.toks.get(j + 3).is_some_and(|t| {
                t.kind == TokKind::Word && (t.cap || !ctx.is(j + 3, lex::FUNCTION_WORD))
            })
        {
            push(ctx, &[run[0], Item::Word(j + 2)], EntityKind::Place, 2, out);
            return;
        }
        // (round 66) "on North Uist", "in North Tawton", "South Shields": a capitalised compass
        // word and one plain name straight after it name a place
        if let [Item::Word(k), Item::Word(j)] = *run
            && j == k + 1
            && matches!(ctx.w(k), "North" | "South" | "East" | "West")
            // (after a preposition of place: "Arsenal beat West Brom" names a club)
            && ctx.prev_word(k).is_some_and(|p| {
                !ctx.toks[p].cap
                    && matches!(
                        ctx.w(p),
                        "in" | "on" | "to" | "from" | "at" | "of" | "near" | "and" | "across"
                            | "around" | "outside" | "between"
                    )
            })
            && !ctx.toks[j].allcaps
            && !is_noise(ctx, j)
            && !ctx.given(j)
            && !ctx.is(j, lex::ORG_CUE | lex::FUNCTION_WORD | lex::TITLE | lex::COMMON_NOUN)
            // ("the West African carpet viper", "South Australians": a people's adjective or
            // noun; "the North Coast 500": a number after it names a route)
            && !ctx.w(j).ends_with("an")
            && !ctx.w(j).ends_with("ans")
            && !ctx
                .toks
                .get(j + 1)
                .is_some_and(|t| t.start == ctx.toks[j].end + 1 && ctx.w(j + 1).starts_with(|c: char| c.is_ascii_digit()))
        {
            push(ctx, run, EntityKind::Place, 2, out);
            return;
        }
        // "Justice Ama Oduya Rees of the Labour Court": a title's holder, then their body
        // (a connector among its second to fourth items first: most runs have none)
        if run.len() >= 3
            && run[1..run.len().min(4)]
                .iter()
                .any(|i| matches!(i, Item::Conn(_)))
            && holder_then_body(ctx, hits, run, title_cue, out)
        {
            return;
        }
        // "John Curtice of the University of Strathclyde", "Gregory Tate of Whitfield & Moreno
        // LLP": a person's name, then "of"/"at" and the body they speak for
        // (the connector first: most runs hold none, and the given name is a hash lookup)
        if let Some(Item::Word(k0)) = run.first()
            && let Some(p) = run.iter().position(
                |i| matches!(*i, Item::Conn(j) if matches!(ctx.w(j), "of" | "at" | "from")),
            )
            && (2..=4).contains(&p)
            // (round 68) "Senior Counsel Ng Boon Hwee of Tanglin Chambers LLC": after a title
            // the name needs no known given name
            && (ctx.given(*k0)
                || title_cue
                // (round 69) "Lieke Brouwer of the People's Party": a first name of the longer
                // list opens a name of two words
                || (p == 2
                    && GAZ.sets.more_given_names.contains(&ctx.f(*k0))
                    // (not "the Murray Valley of Victoria", "Shannon Airport of Ireland")
                    && matches!(run[1], Item::Word(j) if !ctx.is(j, lex::PLACE_CUE | lex::ORG_CUE)
                        && !is_noise(ctx, j))))
            && run[1..p].iter().all(|i| {
                matches!(*i, Item::Word(j)
            if !ctx.is(j, lex::ORG_CUE))
                    || matches!(*i, Item::Conn(j) if ctx.w(j) == ".")
            })
            && (run[p + 1..].iter().any(|i| match *i {
                Item::Word(j) => ctx.is(j, lex::ORG_CUE) || ctx.w(j) == "University",
                Item::Gaz { hit, .. } => {
                    GAZ.entries[hits[hit].entry].kind == EntityKind::Organization
                }
                Item::Conn(_) => false,
            }) || of_hometown(ctx, run, p))
        {
            push(ctx, &run[..p], EntityKind::Person, 2, out);
            // "Dana Morrow of Twin Lakes": plain words (no given name) straight after "of" are the
            // home town
            // (not an organisation's name: "Dana Morrow of Acme Corp")
            if of_hometown(ctx, run, p)
                && run[p + 1..].iter().all(|i| {
                    matches!(*i, Item::Word(j) if {
                        let f = ctx.f(j);
                        !ctx.given(j)
                            && !GAZ.sets.org_cues.contains(&*f)
                            && !is_noise(ctx, j)
                    })
                })
            {
                return push(ctx, &run[p + 1..], EntityKind::Place, 2, out);
            }
            let mut rest = p + 1;
            while matches!(run.get(rest), Some(Item::Conn(_))) {
                rest += 1;
            }
            let body = &run[rest..];
            let named_body = match body.first() {
                Some(Item::Word(j)) => ctx.is(*j, lex::ORG_CUE),
                Some(Item::Gaz { hit, .. }) => {
                    GAZ.entries[hits[*hit].entry].kind == EntityKind::Organization
                }
                _ => false,
            };
            if named_body && body.len() > 1 {
                push(ctx, body, EntityKind::Organization, 2, out);
            } else if !body.is_empty() {
                segment(ctx, hits, body, false, out);
            }
            return;
        }
        // "Crédit Agricole Aquitaine", "NHS England", "IDA Ireland": a known organisation or an
        // acronym with a place straight after it names a branch of it
        let article = opening_article(ctx, run);
        // ("TE AROHA, New Zealand —": a particle, no article, opens a dateline in capitals)
        let lead = if article == 1 && super::town_names::dateline_particle(ctx, run) {
            0
        } else {
            article
        };
        // "KESTREL FALLS, Ont. —", "Cedar Springs": places the gazetteer knows only a part of
        match super::place_names::capital_line(ctx, hits, &run[lead..]) {
            super::place_names::CapitalLine::Place => {
                push(ctx, &run[lead..], EntityKind::Place, 2, out);
                return;
            }
            // ("APPLE EVENT —": a headline's known names only)
            super::place_names::CapitalLine::Headline => {
                for i in run {
                    if let Item::Gaz { hit, .. } = *i {
                        out.push(Cand::gazetteer(ctx.block, &hits[hit]));
                    }
                }
                return;
            }
            super::place_names::CapitalLine::No => {}
        }
        if super::place_names::forming_tail(ctx, hits, &run[article..]) {
            push(ctx, &run[article..], EntityKind::Place, 2, out);
            return;
        }
        if super::place_names::national_church(ctx, hits, &run[article..]) {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "Friends of Tanmoor Park": a group named after what it looks after ("Friends of Tomas
        // Reyes said": the person's own name); "the Labour Mediation Court": a known body's short
        // name opening another body's name; "the Constitutional Court of Ardenia": a body's name,
        // "of" and a known place (three items at least, each: most runs are shorter)
        if run.len() >= article + 3 {
            match super::place_bodies::friends_of(ctx, hits, &run[article..]) {
                Some(true) => {
                    push(ctx, &run[article..], EntityKind::Organization, 2, out);
                    return;
                }
                Some(false) => {
                    segment(ctx, hits, &run[article + 2..], title_cue, out);
                    return;
                }
                None => {}
            }
        }
        if run.len() >= article + 3
            && (super::place_bodies::alias_opens_body(ctx, hits, &run[article..])
                || super::place_bodies::body_of_place(ctx, hits, &run[article..]))
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // ("Crédit Agricole Pyrénées Gascogne": two places straight after one another too)
        let second_place = match run.get(article + 2) {
            None => true,
            Some(g @ Item::Gaz { first, .. }) => {
                run.len() == article + 3
                    && is_place_hit(g)
                    && matches!(run[article + 1], Item::Gaz { last, .. } if last + 1 == *first)
            }
            Some(_) => false,
        };
        if let (
            Some(first),
            Some(Item::Gaz {
                hit: ph, first: pf, ..
            }),
        ) = (run.get(article), run.get(article + 1))
            && second_place
            && is_place_hit(&run[article + 1])
            && !hits[*ph].demonym
            && match *first {
                Item::Gaz { hit, last, .. } => {
                    GAZ.entries[hits[hit].entry].kind == EntityKind::Organization && last + 1 == *pf
                }
                Item::Word(k) => ctx.toks[k].allcaps && k + 1 == *pf,
                Item::Conn(_) => false,
            }
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "Crédit Mutuel Nord Bretagne", "NHS Lothian North", "the BBC South West": a compass word
        // among the places after it too
        if super::branches::compass_branch(ctx, hits, &run[article..]) {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "SNCF Réseau", "Microsoft Research", "Google Cloud": a known organisation and one or
        // two capitalised words straight after it that are nobody's name name one of its arms
        if let Some(Item::Gaz { hit, last, .. }) = run.get(article)
            && GAZ.entries[hits[*hit].entry].kind == EntityKind::Organization
            && (2..=3).contains(&(run.len() - article))
            && run[article + 1..]
                .iter()
                .enumerate()
                .all(|(n, i)| match *i {
                    Item::Word(k) => {
                        k == last + 1 + n
                            && !ctx.toks[k].allcaps
                            && !ctx.given(k)
                            && !is_noise(ctx, k)
                            // ("the Orange River": a landform ending the run, below; not
                            // "Shell River Terminal")
                            && (n + 2 != run.len() - article
                                || !COMPANY_LANDFORMS.contains(&&*ctx.f(k)))
                    }
                    _ => false,
                })
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "Canadian Red Cross", "American Red Cross": a nationality adjective straight before a
        // known organisation names its national branch
        if let [
            Item::Gaz {
                hit: d,
                first: df,
                last: dl,
            },
            Item::Gaz {
                hit: o, first: of, ..
            },
        ] = run[article..]
            && hits[d].demonym
            && ctx.toks[df].cap
            && dl + 1 == of
            && GAZ.entries[hits[o].entry].kind == EntityKind::Organization
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "the Iowa Supreme Court", "the Delhi High Court": a known place straight before a court
        // names that place's court; "the Ohio Democratic Party": a party's branch there; "the Ohio
        // Environmental Protection Agency": a known body of several words ending with an
        // organisation noun, the state's or the town's own (a country's name stands apart: "the
        // US Food and Drug Administration"), but its abbreviation is the federal body's own: "the
        // U.S. Environmental Protection Agency", "the UK Health Security Agency" (not before a name
        // joined over "and")
        if let [
            g @ Item::Gaz {
                hit: gh, last: gl, ..
            },
            Item::Gaz {
                hit: o,
                first: of,
                last: ol,
            },
        ] = run[article..]
            && is_place_hit(&g)
            && gl + 1 == of
            && GAZ.entries[hits[o].entry].kind == EntityKind::Organization
            && ol > of
            && (matches!(&*ctx.f(ol), "court" | "cour" | "party")
            // ("the Ohio Court of Appeals": a court named "Court of …")
            || (super::place_bodies::court_of_end(ctx.w(ol))
                && ctx.text[hits[o].start..hits[o].end].starts_with("Court"))
            || (ctx.is(ol, lex::ORG_CUE)
                && (!GAZ.entries[hits[gh].entry].nation
                    || (!ctx.text[hits[gh].start..hits[gh].end].contains(char::is_lowercase)
                        && !ctx.text[hits[o].start..hits[o].end].contains(" and ")))))
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "Crédit Agricole des Savoie", "Eau & Rivières de Bretagne": an organisation's head (a
        // known organisation of several words, words joined by "&"), then "de"/"des"/"du" and a known place ending the name: its branch or its area
        // (not after a title: "le député LR de l’Ain" is a party's member for a place)
        // (round 64: "les Jeunes Agriculteurs de l’Aube", the place's article after "de")
        let n = run.len();
        let la = usize::from(
            n >= article + 3
                && matches!(run[n - 2], Item::Conn(a) if matches!(&*ctx.f(a), "la" | "l")),
        );
        if n >= article + 2 + la
            && let Item::Conn(c) = run[n - 2 - la]
            && let g @ Item::Gaz { .. } = run[n - 1]
            && ctx.lang == Lang::Fr
            && matches!(&*ctx.f(c), "de" | "des" | "du" | "d")
            && is_place_hit(&g)
            && french_body_head(ctx, hits, &run[article..n - 2 - la])
            && !ctx
                .prev_word(first_tok(&run[article]))
                .is_some_and(|p| ctx.is(p, lex::TITLE) || ctx.is(p, lex::SAID))
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "la Caisse des Semences du X", "l’Office des Forêts du X": a French body's head noun, its
        // capitalised object and "du"/"de" a known place is one name, the place's own body
        if ctx.lang == Lang::Fr
            && super::fr_bodies::body_of_place(ctx, hits, &run[article..])
            && !ctx
                .prev_word(first_tok(&run[article]))
                .is_some_and(|p| ctx.is(p, lex::TITLE) || ctx.is(p, lex::SAID))
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "l’IUT de Grenoble", "le SDIS du Gard", "la Ville de Lyon": the acronym of a kind of
        // local public body (or "Ville" written as the town's body, not opening the sentence), "de"
        // and a known place name that place's body (a federation's stays apart from its branch's
        // area: "la CAPEB du Jura")
        if let [Item::Word(k), Item::Conn(c), .., g @ Item::Gaz { .. }] = run[article..]
            && ctx.lang == Lang::Fr
            && matches!(&*ctx.f(c), "de" | "du" | "d")
            && c == k + 1
            && match run[article + 2..] {
                [_] => true,
                [Item::Conn(a), _] => matches!(&*ctx.f(a), "la" | "l"),
                _ => false,
            }
            && is_place_hit(&g)
            && (LOCAL_BODIES_FR.contains(&ctx.w(k))
                || (ctx.w(k) == "Ville" && !ctx.toks[k].initial))
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "la Ville de Magog a indiqué": "Ville" capitalised mid-sentence, "de" and one unknown
        // name are the town's body too (lowercase "la ville de X" is the town); so are "la
        // Municipalité de X" (a Swiss or Quebec town's executive), "la Commune de X", and the
        // elided "la Ville d’Orvelles"
        if let [Item::Word(k), Item::Conn(c), Item::Word(n)] = run[article..]
            && ctx.lang == Lang::Fr
            && matches!(&*ctx.f(c), "de" | "d")
            && c == k + 1
            && touches_after_de(ctx, c, n)
            && TOWN_BODIES_FR.contains(&ctx.w(k))
            && !ctx.toks[k].initial
            && !ctx.heading
            && ctx.toks[n].cap
            && !ctx.toks[n].allcaps
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "Fougères Agglomération", "Tarn Numérique", "Bretagne Vivante": a known French place and
        // one of the words that intercommunal bodies, associations and local lists are named with
        if let [g @ Item::Gaz { last, .. }, Item::Word(k)] = run[article..]
            && is_place_hit(&g)
            && k == last + 1
            && !ctx.toks[k].allcaps
            && BODY_TAILS_FR.contains(&&*ctx.f(k))
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "Grenoble INP", "Oxford PV": a known place and an acronym straight after it, ending the
        // name, are a body named after the place
        if let [g @ Item::Gaz { last, .. }, Item::Word(k)] = run[article..]
            && is_place_hit(&g)
            && k == last + 1
            && ctx.toks[k].allcaps
            && (2..=4).contains(&ctx.w(k).len())
            && ctx.w(k).bytes().all(|b| b.is_ascii_uppercase())
            && !is_noise(ctx, k)
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "the NAACP of Georgia", "the ACLU of Texas": a known organisation's acronym, "of" and a
        // known place name its branch there
        if let [
            Item::Gaz {
                hit: o, first: of, ..
            },
            Item::Conn(c),
            g @ Item::Gaz { .. },
        ] = run[article..]
            && GAZ.entries[hits[o].entry].kind == EntityKind::Organization
            && ctx.toks[of].allcaps
            && ctx.w(c) == "of"
            && is_place_hit(&g)
        {
            push(ctx, &run[article..], EntityKind::Organization, 2, out);
            return;
        }
        // "BBC Radio Kent", "BBC Radio 4": a known broadcaster and its station
        if let (Some(Item::Gaz { hit, .. }), Some(Item::Word(k))) = (run.first(), run.get(1))
            && GAZ.entries[hits[*hit].entry].kind == EntityKind::Organization
            && STATION.contains(&&*ctx.f(*k))
        {
            push(ctx, run, EntityKind::Organization, 2, out);
            return;
        }
    }
    // ("le canal du Marché", "le col du Midi": a common word named by a lowercase noun of
    // geography keeps it, and is a place)
    if let [Item::Word(k)] = *run
        && is_noise(ctx, k)
        && let Some(h) = super::geo_cues::geo_head_of_common_word(ctx, k)
    {
        let (s, e) = (ctx.toks[h].start, ctx.toks[k].end);
        out.push(Cand::rule(ctx.block, s, e, EntityKind::Place, 2));
        return;
    }
    let mut a = 0;
    let mut b = run.len();
    // strip leading noise (function words only when sentence-initial) and trailing noise
    while a < b {
        match run[a] {
            Item::Conn(_) => a += 1,
            // (round 68) "l’ONG I Watch", "the NGO Kiambu Water Watch": the non-profit's
            // initials before its name are no part of it
            Item::Word(k)
                if b - a >= 3
                    && matches!(ctx.w(k), "NGO" | "ONG")
                    && first_tok(&run[a + 1]) == k + 1
                    // (not "the NGO Forum on Cambodia", "the NGO Coordination Board": a
                    // common noun after the initials names the body with them)
                    && !matches!(run[a + 1], Item::Word(n) if (is_noise(ctx, n) && ctx.w(n).len() > 1)
                        || ctx.is(n, lex::ORG_CUE)) =>
            {
                a += 1
            }
            // "Originaire de Figeac": a sentence-initial common word before "de X"
            Item::Word(k) if initial_word_before_de(ctx, k, &run[a + 1..b]) => a += 2,
            // "Shares of Harcourt Group fell", "Residents of Kamloops": a sentence-initial
            // partitive or group noun before "of" does not belong to the name after it
            Item::Word(k)
                if ctx.lang == Lang::En
                    && ctx.toks[k].initial
                    // (the "of" after it first: the list is read word by word)
                    && b > a + 2
                    && matches!(run.get(a + 1), Some(Item::Conn(c)) if ctx.w(*c) == "of")
                    && PARTITIVE.contains(&&*ctx.f(k)) =>
            {
                a += 2
            }
            // "Baptisée Groupe hospitalier…", "Rebaptisé Stade…": a French sentence-initial
            // past participle before a name does not belong to it
            Item::Word(k)
                if b - a >= 2 && !bridged(ctx, run.get(a + 1)) && initial_participle(ctx, k) =>
            {
                a += 1
            }
            Item::Word(k)
                if is_noise(ctx, k)
                    // ("East Sixth Street": a compass word opening a street's name; "the
                    // North Tamsin River": a river's, a lake's)
                    && !(b - a >= 3
                        && COMPASS.contains(&&*ctx.f(k))
                        && run[a..b].iter().all(|i| matches!(i, Item::Word(_)))
                        && matches!(run[b - 1], Item::Word(st) if matches!(&*ctx.f(st),
                            "street" | "avenue" | "road" | "boulevard" | "drive" | "lane")
                            || LANDFORM_ENDS.contains(&&*ctx.f(st))))
                    // (round 72) "South Gyeongsang Province", "East Java Province": a compass
                    // word opening a province's or a region's name of three words
                    && !(b - a == 3
                        && COMPASS.contains(&&*ctx.f(k))
                        && !ctx.toks[k].allcaps
                        && matches!(run[b - 1], Item::Word(st) if matches!(ctx.w(st),
                            "Province" | "Region" | "Prefecture" | "Governorate" | "Oblast"))
                        && last_tok(&run[b - 2]) + 1 == last_tok(&run[b - 1])
                        && first_tok(&run[b - 2]) == k + 1)
                    // (round 68) "in West Kalimantan", "à l’est du South Kivu": a compass word
                    // mid-sentence before one word, where a word before puts a place, opens
                    // a region's name
                    && !(b - a == 2
                        && !ctx.toks[k].initial
                        && COMPASS.contains(&&*ctx.f(k))
                        && matches!(run[a + 1], Item::Word(n) if n == k + 1
                            && !ctx.toks[n].allcaps
                            && !is_noise(ctx, n)
                            && !ctx.given(n))
                        && super::context::place_before(ctx, k))
                    // ("the Sir Bobby Robson Foundation": a title in a body's name)
                    && !(ctx.is(k, lex::TITLE)
                        && title_in_name(ctx, &run[a..b], 0, k))
                    // ("Pape Ousmane Faye": a West African given name spelt like a title)
                    && !title_spelt_forename(ctx, &run[a..b], k)
                    && !bridged(ctx, run.get(a + 1))
                    && !noun_opens_body(ctx, hits, &run[a..b])
                    && !(super::run_skips::asked(b - a >= 2)
                        && super::firms::compass_opens_firm(ctx, &run[a..b], k))
                    && (ctx.toks[k].initial || !is_fn(ctx, k))
                    && (!(next_is_org_cue(ctx, &run[a + 1..b])
                        && (b - a <= 2 || !ctx.toks[k].initial))
                        || super::firms::generic_body_alone(ctx, &run[a..b]))
                    && !(b - a >= 2
                        && matches!(&*ctx.f(k), "court" | "centre" | "center"))
                    // "on State Street", "Church Road": a common noun before a street noun
                    // mid-sentence names the street
                    && !(b - a == 2
                        && !ctx.toks[k].initial
                        && matches!(run[a + 1], Item::Word(s) if s == k + 1
                            && matches!(&*ctx.f(s), "street" | "road" | "avenue" | "lane" | "square")))
                    // "the AI Safety Institute": an acronym opening a name that ends with an
                    // organisation noun belongs to it
                    && !(ctx.toks[k].allcaps
                        && b - a >= 3
                        && matches!(run[b - 1], Item::Word(l)
                            if ctx.is(l, lex::ORG_CUE))) =>
            {
                a += 1
            }
            _ => break,
        }
    }
    // "Havelock North", "Hexham East": the compass word ends the place's name
    if super::places::compass_tail(ctx, hits, &run[a..b]) {
        push(ctx, &run[a..b], EntityKind::Place, 2, out);
        return;
    }
    // a remit list ("…, Food and Rural Affairs") keeps its last word
    let remits = run
        .iter()
        .any(|i| matches!(*i, Item::Conn(j) if ctx.w(j) == ","));
    while b > a && !remits {
        match run[b - 1] {
            Item::Conn(_) => b -= 1,
            // a cue head ends a longer name ("Scottish Parliament", "Centre Court")
            // ("Emajõe Liinid AS": an all-caps company form is no English "as")
            Item::Word(k)
                if is_noise(ctx, k)
                    && !(b - a >= 2 && CORP_FORMS.contains(&ctx.w(k)))
                    && !(b >= 2 && matches!(run[b - 2], Item::Conn(_)))
                    && !(b - a >= 2 && ctx.is(k, lex::ORG_CUE))
                    // ("Office of the Inspector General": a title kept in the name)
                    && !(b - a >= 4 && title_in_name(ctx, run, b - 1, k))
                    && !surname_after_given_name(ctx, &run[a..b], k)
                    && !super::firms::compass_closes_firm(ctx, &run[a..b], k) =>
            {
                b -= 1
            }
            _ => break,
        }
    }
    let run = &run[a..b];
    if run.is_empty() {
        return;
    }
    // (round 50: a byte test first, a last word "Day", "Nation", "Band", "Tribe" or "Council")
    if let Some(&Item::Word(l)) = run.last()
        && ctx.lang == Lang::En
        && matches!(
            ctx.text.as_bytes()[ctx.toks[l].start],
            b'D' | b'N' | b'B' | b'T' | b'C'
        )
    {
        if super::named_kinds::holiday(ctx, run, title_cue) {
            push(ctx, run, EntityKind::Other, 2, out);
            return;
        }
        if super::named_kinds::nation_body(ctx, hits, run) {
            push(ctx, run, EntityKind::Organization, 2, out);
            return;
        }
    }
    // "the Port of Liverpool", "the Port of Milford Haven, which owns the quay": in English a
    // port so named is the authority that runs it (a capital so named is in the gazetteer)
    if let [Item::Word(p), Item::Conn(o), ref rest @ ..] = run[..]
        && ctx.lang == Lang::En
        && ctx.w(p) == "Port"
        && ctx.w(o) == "of"
        && (1..=3).contains(&rest.len())
        && rest.iter().all(|i| !matches!(*i, Item::Conn(_)))
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // (round 64) "les Cantonniers de Magog", "les Remparts de Québec": after "les", a plural
    // noun capitalised mid-sentence, "de" and one capitalised word name a team or a body
    if let [Item::Word(k), Item::Conn(c), last] = *run
        && ctx.lang == Lang::Fr
        && c == k + 1
        && matches!(&*ctx.f(c), "de" | "du" | "d")
        && !ctx.toks[k].initial
        && !ctx.toks[k].allcaps
        && ctx
            .prev_word(k)
            .is_some_and(|p| p + 1 == k && !ctx.toks[p].cap && ctx.w(p) == "les")
        && {
            let f = ctx.f(k);
            f.len() > 4 && f.ends_with(['s', 'x']) && !ctx.given(k) && !is_noise(ctx, k)
        }
        && match last {
            Item::Word(t) => ctx.toks[t].cap && !ctx.toks[t].allcaps && !ctx.given(t),
            Item::Gaz { hit, .. } => {
                !hits[hit].demonym && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
            }
            Item::Conn(_) => false,
        }
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // (round 67) "Friends of the Irish Environment said…", "Friends of the Lake District": a
    // society of friends of a thing, even opening a sentence
    // (not "Friends of Nnamdi Kanu said…": a person's friends)
    let lead = opening_article(ctx, run);
    if let [Item::Word(f), Item::Conn(o), Item::Conn(the), rest @ ..] = &run[lead..]
        && ctx.w(*f) == "Friends"
        && ctx.w(*o) == "of"
        && ctx.w(*the) == "the"
        && matches!(rest.last(), Some(Item::Word(_) | Item::Gaz { .. }))
        && rest.iter().all(|i| match *i {
            Item::Word(j) => !ctx.given(j) && !ctx.is(j, lex::TITLE),
            Item::Conn(j) => matches!(ctx.w(j), "the" | "of" | "and"),
            Item::Gaz { .. } => true,
        })
    {
        push(ctx, &run[lead..], EntityKind::Organization, 2, out);
        return;
    }
    let gaz_count = run.iter().filter(|i| matches!(i, Item::Gaz { .. })).count();
    if gaz_count == 0 {
        words_run(ctx, run, title_cue, None, out);
        return;
    }
    let gaz_cand = |h: usize| Cand::gazetteer(ctx.block, &hits[h]);
    if run.len() == 1 {
        if let Item::Gaz { hit, .. } = run[0] {
            out.push(gaz_cand(hit));
        }
        return;
    }
    // "Afrique de l’Ouest", "Europe du Nord": a known place and its compass part
    if let [g @ Item::Gaz { .. }, Item::Conn(c), .., Item::Word(k)] = *run
        && ctx.lang == Lang::Fr
        && is_place_hit(&g)
        && matches!(ctx.w(c), "de" | "du" | "d")
        && run[1..run.len() - 1]
            .iter()
            .all(|i| matches!(*i, Item::Conn(j) if matches!(ctx.w(j), "de" | "du" | "d" | "l")))
        && super::compass_parts::french_compass(&ctx.f(k))
    {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    // "European Youth Championship", "Irish Chess Open": a nationality adjective and words
    // ending with an event noun name one event
    if let [Item::Gaz { hit, first, last }, .., Item::Word(e)] = *run
        && hits[hit].demonym
        && ctx.toks[first].cap
        && gaz_count == 1
        && ctx.is(e, lex::OTHER_CUE)
        && run[1..]
            .iter()
            .enumerate()
            .all(|(n, i)| matches!(*i, Item::Word(j) if j == last + 1 + n && !ctx.toks[j].allcaps))
    {
        push(ctx, run, EntityKind::Other, 2, out);
        return;
    }
    // (round 67) "The Laois Chamber of Commerce and Offaly County Council": two bodies, each
    // a known place's, coordinated with "and" (each side a known place, then plain words
    // holding a body's noun; not "Trinidad and Tobago", a known place whole)
    if let Some(a) = run[lead..]
        .iter()
        .position(|i| matches!(*i, Item::Conn(j) if ctx.w(j) == "and"))
        .map(|a| a + lead)
        && run[lead..]
            .iter()
            .filter(|i| matches!(i, Item::Conn(j) if ctx.w(*j) == "and"))
            .count()
            == 1
        && [&run[lead..a], &run[a + 1..]].iter().all(|side| {
            side.len() >= 2
                && is_place_hit(&side[0])
                && side[1..].iter().all(|i| match *i {
                    Item::Word(j) => !ctx.toks[j].allcaps && !ctx.given(j),
                    Item::Conn(j) => matches!(ctx.w(j), "of" | "for"),
                    Item::Gaz { .. } => false,
                })
                && side[1..]
                    .iter()
                    .any(|i| matches!(*i, Item::Word(j) if ctx.is(j, lex::ORG_CUE)))
        })
        && matches!(run.last(), Some(&Item::Word(l)) if ctx.is(l, lex::ORG_CUE))
    {
        classify_run(ctx, hits, &run[lead..a], out);
        classify_run(ctx, hits, &run[a + 1..], out);
        return;
    }
    // (round 67) "the sister islands of Carriacou and Petite Martinique": after a plural noun
    // of places and "of", names coordinated in one run are places, each whole
    if run.len() >= 3
        && super::context::after_plural_of_places(ctx, first_tok(&run[0]))
        && run
            .iter()
            .any(|i| matches!(*i, Item::Conn(j) if matches!(ctx.w(j), "and" | "et")))
        && run.iter().all(|i| match *i {
            Item::Conn(j) => matches!(ctx.w(j), "and" | "et" | ","),
            Item::Word(j) => !ctx.toks[j].allcaps && !ctx.is(j, lex::ORG_CUE),
            Item::Gaz { .. } => is_place_hit(i),
        })
    {
        for part in run.split(|i| matches!(i, Item::Conn(_))) {
            match part {
                [] => {}
                [Item::Gaz { hit, .. }] => out.push(gaz_cand(*hit)),
                _ => push(ctx, part, EntityKind::Place, 2, out),
            }
        }
        return;
    }
    // "Environment and Climate Change Canada", "Fisheries and Oceans Canada": plain
    // capitalised words coordinated with "and" before a known place name a public body
    if let [.., Item::Word(w), g @ Item::Gaz { first, .. }] = run
        && gaz_count == 1
        && is_place_hit(g)
        && *first == w + 1
        && run.len() >= 4
        && run
            .iter()
            .any(|i| matches!(*i, Item::Conn(j) if matches!(ctx.w(j), "and" | "et")))
        && run[..run.len() - 1].iter().all(|i| match *i {
            Item::Word(j) => !ctx.toks[j].allcaps && !ctx.given(j) && !ctx.is(j, lex::PLACE_CUE),
            Item::Conn(j) => matches!(ctx.w(j), "and" | "et" | ","),
            Item::Gaz { .. } => false,
        })
        // (round 67: "the sister islands of Carriacou and Petite Martinique": places)
        && !super::context::place_before(ctx, first_tok(&run[0]))
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "the Iowa Supreme Court", "the Texas Water Development Board": a known place and two or
    // more plain words ending with an organisation noun name one body (a single noun after
    // the place stays generic: "the Massachusetts Senate")
    if let [
        g @ Item::Gaz { last, .. },
        Item::Word(k1),
        ..,
        Item::Word(kl),
    ] = run
        && gaz_count == 1
        && is_place_hit(g)
        && *k1 == last + 1
        && super::place_bodies::closes_body(ctx, run, *kl)
        && run[1..].iter().all(|i| match *i {
            Item::Word(j) => {
                // ("the Nevada Criminal Justice Commission": a title word before the noun;
                // round 67, "the Manitoba Court of Queen's Bench": a title owning it)
                !ctx.toks[j].allcaps
                    && !ctx.given(j)
                    && (!ctx.is(j, lex::TITLE)
                        || j + 1 == *kl
                        || j + 3 == *kl && ctx.w(j + 2) == "s")
            }
            Item::Conn(j) => {
                matches!(ctx.w(j), "of" | "for" | "de" | "du" | "des" | "d")
                    || matches!(ctx.w(j), "'" | "’") && j + 2 == *kl && ctx.w(j + 1) == "s"
                    || ctx.w(j) == "s" && j + 1 == *kl && matches!(ctx.w(j - 1), "'" | "’")
                    // (round 66) "the New South Wales Land and Environment Court", "the Texas
                    // Parks and Wildlife Department": "and" between two plain words inside
                    // the name (not "the Ohio Senate and House": a noun of bodies before it,
                    // or the closing noun straight after it)
                    || ctx.w(j) == "and"
                        && j + 1 < *kl
                        && j > 0
                        && !ctx.is(j - 1, lex::ORG_CUE)
                        && !ctx.is(j + 1, lex::ORG_CUE)
            }
            Item::Gaz { .. } => false,
        })
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "the US Food and Drug Administration": a country before a long institution name that
    // was joined over "and" stands apart from it (a state's or a town's name does not: "the
    // Kansas Department of Health and Environment")
    // (unless the acronym after the name spells the country too: "UK Research and Innovation
    // (UKRI)" is one body)
    if let Item::Gaz { hit, first, .. } = run[0]
        && !hits[hit].demonym
        && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        && gaz_count == 1
        && ctx.toks[first].allcaps
        && acronym_after(ctx, run_last(run))
            .is_some_and(|a| a.starts_with(ctx.w(first)) && a.len() > ctx.w(first).len())
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    if let Item::Gaz { hit, .. } = run[0]
        && !hits[hit].demonym
        && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        && GAZ.entries[hits[hit].entry].nation
        && gaz_count == 1
        && run[1..]
            .iter()
            .any(|i| matches!(*i, Item::Conn(j) if matches!(ctx.w(j), "and" | "et")))
    {
        out.push(gaz_cand(hit));
        push(ctx, &run[1..], EntityKind::Organization, 2, out);
        return;
    }
    // a cue word makes the whole run one organisation/place ("UK Steel", "Conseil de l’UE")
    // (not after a place: "Massachusetts Senate" stays the place and a generic noun)
    // (but a demonym is an adjective: "Scottish Government", "British Army")
    let last_word = match (run.first(), run.last()) {
        (Some(Item::Word(_)), Some(Item::Word(k))) => Some(*k),
        (Some(Item::Gaz { hit, .. }), Some(Item::Word(k)))
            if hits[*hit].demonym && run.len() == 2 =>
        {
            Some(*k)
        }
        _ => None,
    };
    let cue = run.iter().find_map(|i| match *i {
        Item::Word(k) => {
            let f = ctx.f(k);
            // a common noun counts as a cue when it ends the name ("Mount Sinai Health"); a
            // sector noun, even after a place or a known name ("Austin Energy", "CPS Energy",
            // "Boston Health"): a place's own institutions ("Massachusetts Senate") stay apart
            if ctx.is(k, lex::ORG_CUE)
                && (!ctx.is(k, lex::COMMON_NOUN)
                    || Some(k) == last_word
                    || (SECTOR_NOUNS.contains(&&*f)
                        && matches!(run.last(), Some(Item::Word(l)) if *l == k)
                        && matches!(run[..run.len() - 1].last(), Some(i) if last_tok(i) + 1 == k)))
            {
                Some(EntityKind::Organization)
            } else {
                None
            }
        }
        _ => None,
    });
    // "Transparency International UK": "International" after a name ends an organisation's
    // name, and a place straight after it names a branch
    let intl = match run {
        [.., Item::Word(a), Item::Word(k)] => intl_end(ctx, *a, *k),
        [
            ..,
            Item::Word(a),
            Item::Word(k),
            g @ Item::Gaz { first, .. },
        ] => intl_end(ctx, *a, *k) && is_place_hit(g) && *first == k + 1,
        _ => false,
    };
    let cue = cue.or(intl.then_some(EntityKind::Organization));
    if let Some(kind) = cue {
        push(ctx, run, kind, 2, out);
        return;
    }
    // "Sport Ireland", "Transport Canada", "Dyson UK": one plain capitalised word mid-sentence
    // straight before a country's name names its national body or a company's national arm
    // ("Bus Users UK", "Hearing Dogs Ireland": two such words, even opening the sentence)
    let (k0, national) = match *run {
        [Item::Word(k), Item::Gaz { hit, first, .. }] => (k, Some((k, hit, first))),
        [Item::Word(k0), Item::Word(k), Item::Gaz { hit, first, .. }] if k == k0 + 1 => {
            (k0, Some((k, hit, first)))
        }
        _ => (0, None),
    };
    let plain = |j: usize| {
        let f = ctx.f(j);
        !ctx.toks[j].allcaps
            && !ctx.given(j)
            // (round 69: "Dr. Sadiq Kano, the regulator ordered…": a first name of the longer
            // list, or a title before it, opens a person's name)
            && !GAZ.sets.more_given_names.contains(&f)
            && !ctx
                .prev_word(j)
                .is_some_and(|p| ctx.toks[p].cap && ctx.is(p, lex::TITLE))
            && !ctx.is(j, lex::PLACE_CUE)
            && !ctx.is(j, lex::TITLE)
            && !COMPASS.contains(&&*f)
            && !GEO_ADJECTIVES.contains(&&*f)
            && !is_noise(ctx, j)
    };
    if let Some((k, hit, first)) = national
        && first == k + 1
        && is_place_hit(&run[run.len() - 1])
        && !ctx.heading
        && (k0..=k).all(plain)
        && {
            // (or what follows describes a body: "Universities Canada, which represents…")
            // (or what follows describes a body: "Universities Canada, which represents…")
            let nation = GAZ.entries[hits[hit].entry].nation;
            (nation && (k0 < k || !ctx.toks[k].initial))
                || super::national::body_described_after(ctx, run_last(run), nation)
        }
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "Vacances Bleues France", "France Assureurs": the country name with other
    // capitalised words (none a given name) names an organisation
    let france = run.iter().any(|i| {
        matches!(*i, Item::Gaz { hit, .. } if GAZ.entries[hits[hit].entry].fr == "France"
            && !hits[hit].demonym)
    });
    let words_ok = run.iter().all(|i| match *i {
        Item::Word(k) => !ctx.given(k) && !ctx.toks[k].allcaps,
        Item::Gaz { hit, .. } => GAZ.entries[hits[hit].entry].fr == "France",
        Item::Conn(_) => true,
    });
    if france && words_ok && run.iter().any(|i| matches!(i, Item::Word(_))) {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "Florence Parly": a place that is also a given name, followed by a surname
    if let (Item::Gaz { first, last, .. }, Some(Item::Word(_))) = (run[0], run.get(1))
        && first == last
        && ctx.given(first)
    {
        push(ctx, run, EntityKind::Person, 2, out);
        return;
    }
    // "Jordan Derby", "Florence Lancaster": a place that is also a given name straight before a
    // one-word place that is no country is a person's given name and surname
    if let [
        Item::Gaz {
            hit: h1,
            first: f1,
            last: l1,
        },
        g @ Item::Gaz {
            hit: h2,
            first: f2,
            last: l2,
        },
    ] = run[..]
        && f1 == l1
        && f2 == l2
        && f2 == l1 + 1
        && is_place_hit(&g)
        && !hits[h1].demonym
        && !GAZ.entries[hits[h2].entry].nation
        && !ctx.toks[f1].allcaps
        && !ctx.toks[f2].allcaps
        && ctx.given(f1)
        // ("the Victoria Derby at Flemington": after an article, a name of a thing)
        && !ctx
            .prev_word(f1)
            .is_some_and(|p| matches!(&*ctx.f(p), "the" | "a" | "an" | "le" | "la" | "les" | "du" | "des" | "au" | "aux"))
    {
        push(ctx, run, EntityKind::Person, 2, out);
        return;
    }
    // "Freddy Ford", "Erica C. Crawley": a given name (or a name after a title),
    // optionally with initials or a middle name, before a one-word gazetteer name
    if let (Item::Word(k), Some(Item::Gaz { hit, first, last })) = (run[0], run.last())
        && (2..=4).contains(&run.len())
        && first == last
        && !ctx.toks[*first].allcaps
        && !hits[*hit].demonym
        && run[1..run.len() - 1].iter().all(|i| match *i {
            Item::Word(j) => !ctx.is(j, lex::ORG_CUE),
            Item::Conn(j) => ctx.w(j) == ".",
            Item::Gaz { .. } => false,
        })
        && (ctx.given(k) || title_cue || title_before(ctx, k))
    {
        // ("a spokesman for Ocean Libération": after a job and "for"/"at", the employer)
        let kind = if !ctx.given(k) && employer_after_job(ctx, k) {
            EntityKind::Organization
        } else {
            EntityKind::Person
        };
        push(ctx, run, kind, 2, out);
        return;
    }
    // "Vignerons de Bourgogne", "Pêcheurs de Bretagne": a plural noun capitalised mid-sentence and
    // "de" + a known place name a body of people
    // ("Maîtres Laitiers du Cotentin": two plural nouns)
    let plurals = usize::from(matches!(run.get(1), Some(Item::Word(_)))) + 1;
    if let [Item::Word(k), ..] = run[..]
        && let Some(&Item::Conn(c)) = run.get(plurals)
        && ctx.lang == crate::extract::types::Lang::Fr
        && run.len() <= 3 + plurals
        && is_place_hit(&run[run.len() - 1])
        && run[plurals..run.len() - 1]
            .iter()
            .all(|i| matches!(i, Item::Conn(_)))
        && matches!(&*ctx.f(c), "de" | "du" | "des" | "d")
        && !ctx.toks[k].initial
        && run[..plurals].iter().all(|i| {
            matches!(*i, Item::Word(j) if !ctx.toks[j].allcaps && {
                let f = ctx.f(j);
                f.len() > 4
                    && f.ends_with('s')
                    && !ctx.given(j)
                    && !ctx.is(j, lex::PLACE_CUE)
                    && !GAZ.sets.other_cues.contains(&*f)
                    && !ctx.is(j, lex::TITLE)
                    && !is_noise(ctx, j)
            })
        })
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "Olympique de Marseille", "Sporting Lisbonne", "Stade Français": a club word before a
    // known place or nationality adjective names the club
    if let [Item::Word(k), .., g @ Item::Gaz { hit, .. }] = run[..]
        && gaz_count == 1
        && (CLUB_HEADS.contains(&&*ctx.f(k)) || (ctx.f(k) == "stade" && hits[hit].demonym))
        && (is_place_hit(&g) || hits[hit].demonym)
        && run[1..run.len() - 1]
            .iter()
            .all(|i| matches!(*i, Item::Conn(c) if matches!(ctx.w(c), "de" | "du" | "d" | "of")))
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // (round 68) "in Rio Grande City": a known place and "City" after "in" or "near", before
    // punctuation or a function word, name a town whose name ends with "City"
    if let [g @ Item::Gaz { last, first, .. }, Item::Word(k)] = run[..]
        && is_place_hit(&g)
        && k == last + 1
        && ctx.w(k) == "City"
        && ctx
            .prev_word(first)
            .is_some_and(|p| matches!(ctx.w(p), "in" | "near"))
        // (not "in Cardiff City shirts", "in Bradford City's win": the club's)
        && ctx.toks.get(k + 1).is_none_or(|t| {
            t.kind != TokKind::Word || (ctx.is(k + 1, lex::FUNCTION_WORD) && !t.cap)
        })
        && !ctx.text[ctx.toks[k].end..].starts_with(['\'', '’'])
    {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    // "Blackburn Rovers", "Leicester City": a known place and a club word
    // (not "county": "Washington County", "Kerry County" are far more often the county)
    if let [g @ Item::Gaz { last, .. }, Item::Word(k)] = run[..]
        && is_place_hit(&g)
        && k == last + 1
        && (CLUB_TAILS.contains(&&*ctx.f(k)) || matches!(&*ctx.f(k), "city" | "town"))
        && (!ctx.toks[k].allcaps || matches!(ctx.w(k), "FC" | "AFC"))
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "Social Democratic Party", "Northern Premier League", "Free Democratic Party": a
    // plain word (or a compass adjective) straight before a known party or league extends it
    if let [Item::Word(k), Item::Gaz { hit, first, last }] = run[..]
        && first == k + 1
        && GAZ.entries[hits[hit].entry].kind == EntityKind::Organization
        && (last > first || matches!(&*ctx.f(last), "democrats" | "republicans"))
        && EXTENDED_BODIES.contains(&&*ctx.f(last))
        && !ctx.toks[k].allcaps
        && {
            let f = ctx.f(k);
            !ctx.given(k)
                && !ctx.is(k, lex::TITLE)
                && (!is_noise(ctx, k) || COMPASS.contains(&&*f) || GEO_ADJECTIVES.contains(&&*f))
                && !ctx.is(k, lex::FUNCTION_WORD)
                && !MONTHS_DAYS.contains(&&*f)
        }
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "the Norwegian Sea", "the Arabian Sea", "the Swiss Alps": a nationality adjective before
    // a sea or mountain noun names the sea or the range, not the country (round 56, q56en2:
    // "the Mexican Hills", "a tributary of the Indian River": a river, a creek, a lake too)
    if let [Item::Gaz { hit, first, last }, Item::Word(k)] = run[..]
        && hits[hit].demonym
        && ctx.toks[first].cap
        && k == last + 1
        && !ctx.toks[k].allcaps
        && matches!(
            &*ctx.f(k),
            "sea"
                | "ocean"
                | "alps"
                | "highlands"
                | "lowlands"
                | "riviera"
                | "plateau"
                | "basin"
                | "river"
                | "creek"
                | "lake"
                | "valley"
                | "hills"
                | "mountains"
        )
    {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    // "the River Clyde", "Loch Lomond", "Lake Geneva", "Port Charlotte": a landform or harbour
    // noun straight before a known place is part of its name
    if let [Item::Word(k), Item::Gaz { first, .. }] = run[..]
        && is_place_hit(&run[1])
        && first == k + 1
        && matches!(
            &*ctx.f(k),
            "river" | "loch" | "lough" | "lake" | "mount" | "isle" | "port" | "fort" | "cape"
                // (round 68) "in Metro Manila", "Metro Vancouver"
                | "metro"
        )
    {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    // "the Severn and Wye Chamber Orchestra", "the Tyne and Wear Metro": known places joined by
    // "and", then plain words ending with an organisation noun, name one body
    if let [
        Item::Gaz { .. },
        Item::Conn(a),
        Item::Gaz { last, .. },
        Item::Word(k1),
        ..,
        Item::Word(kl),
    ] = run[..]
        && is_place_hit(&run[0])
        && is_place_hit(&run[2])
        && matches!(ctx.w(a), "and" | "&")
        && k1 == last + 1
        && ctx.is(kl, lex::ORG_CUE)
        && run[3..].iter().all(|i| {
            matches!(*i, Item::Word(j)
            if !ctx.toks[j].allcaps && !ctx.given(j))
        })
    {
        push(ctx, run, EntityKind::Organization, 2, out);
        return;
    }
    // "London Road", "Dublin Airport", "Mekong Delta", "Jackson County", "the Volga River": a
    // known place and a street, station or landform noun name one place
    if let [Item::Gaz { last, .. }, Item::Word(k)] = run[..]
        && is_place_hit(&run[0])
        && k == last + 1
        && (STREETS.contains(&&*ctx.f(k)) || LANDFORM_ENDS.contains(&&*ctx.f(k)))
    {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    // (round 69) "the Orange River", "the Amazon River": a one-word company's name and a
    // river's, a lake's or a mountain's noun name a place
    if let [Item::Gaz { hit, first, last }, Item::Word(k)] = run[..]
        && first == last
        && k == last + 1
        && !hits[hit].demonym
        && GAZ.entries[hits[hit].entry].kind == EntityKind::Organization
        && !ctx.toks[first].allcaps
        && COMPANY_LANDFORMS.contains(&&*ctx.f(k))
        // (a headline's capitals: "Nvidia Delta Soars")
        && !ctx.heading
    {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    // "the Texas State Capitol": one plain word between them
    if let [Item::Gaz { last, .. }, Item::Word(w), Item::Word(k)] = run[..]
        && is_place_hit(&run[0])
        && w == last + 1
        && k == w + 1
        && STREETS.contains(&&*ctx.f(k))
        && !ctx.toks[w].allcaps
        && !ctx.given(w)
        && !ctx.is(w, lex::ORG_CUE)
    {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    // "l’Argentin Lionel Messi", "the Briton Andy Murray": a nationality noun after an
    // article introduces the two or three words of a person's name
    // (round 56: "le Néerlandais Pieter van der Molen": a surname's particles among them)
    if let [Item::Gaz { hit, first, .. }, Item::Word(k), ..] = run[..]
        && hits[hit].demonym
        && ctx.toks[first].cap
        && (3..=6).contains(&run.len())
        && ctx
            .prev_word(first)
            .is_some_and(|p| matches!(&*ctx.f(p), "le" | "la" | "l" | "the"))
        && matches!(run[run.len() - 1], Item::Word(_))
        && run[1..].iter().all(|i| match *i {
            Item::Word(j) => !ctx.toks[j].allcaps && !ctx.is(j, lex::ORG_CUE) && !is_noise(ctx, j),
            Item::Conn(j) => super::candidates::PARTICLES.contains(&ctx.w(j)),
            Item::Gaz { .. } => false,
        })
        && run.iter().filter(|i| matches!(i, Item::Word(_))).count() <= 3
        && k + run.len() - 2 == run_last(run)
    {
        out.push(gaz_cand(hit));
        push(ctx, &run[1..], EntityKind::Person, 2, out);
        return;
    }
    // "the New Calder River", "Little Boone Creek": a qualifier opens the landform's name
    if super::place_forenames::qualified_landform(ctx, hits, run, LANDFORM_ENDS) {
        push(ctx, run, EntityKind::Place, 2, out);
        return;
    }
    // "Its treasurer, Lourdes Quibranza, said": a given name spelt like a known place
    if super::place_forenames::place_word_forename(ctx, hits, run) {
        push(ctx, run, EntityKind::Person, 2, out);
        return;
    }
    // (round 69) "le Congrès de la Nouvelle-Calédonie", "le Parlement de Wallonie", "le Sénat
    // du Québec": a known assembly's one word (the US Congress, the French Senate), then
    // "de" and a known place, is that place's own assembly
    if let [
        Item::Gaz {
            hit: h,
            first: a,
            last: b,
        },
        Item::Conn(d),
        ref mid @ ..,
        Item::Gaz { hit: p, .. },
    ] = run[..]
        && a == b
        && ctx.lang == crate::extract::types::Lang::Fr
        && GAZ.entries[hits[h].entry].kind == EntityKind::Organization
        && matches!(
            &*ctx.f(a),
            "congres" | "senat" | "parlement" | "assemblee" | "gouvernement"
        )
        // (a territory's article: not "le Congrès de Vienne", "le Congrès de Marseille", a
        // city's congress, an event)
        && ((mid.is_empty() && &*ctx.f(d) == "du")
            || (matches!(&*ctx.f(d), "de" | "d")
                && matches!(mid, [Item::Conn(l)] if matches!(&*ctx.f(*l), "la" | "l"))))
        && !hits[p].demonym
        && GAZ.entries[hits[p].entry].kind == EntityKind::Place
    {
        push(ctx, run, EntityKind::Organization, 3, out);
        return;
    }
    // (round 64) "Frigo Transports du Cap-Vert", "Superior Tribunal de Justicia de Jujuy": a
    // name that reads as an organisation on its own, then "de"/"du"/"des"/"d’" and a known
    // place ending the run, is one name: the body's seat or area belongs to it
    if let Some(end) = super::org_seat::org_then_seat(ctx, hits, run) {
        let mut head = Vec::new();
        segment(ctx, hits, &run[..end], title_cue, &mut head);
        if let [ref c] = head[..]
            && c.kind == EntityKind::Organization
            && c.range()
                == (ctx.toks[first_tok(&run[0])].start..ctx.toks[last_tok(&run[end - 1])].end)
        {
            push(ctx, run, EntityKind::Organization, 2, out);
            return;
        }
    }
    // otherwise split: gazetteer items alone, word groups classified separately
    let mut group: Vec<Item> = Vec::new();
    for it in run {
        match *it {
            Item::Gaz { hit, .. } => {
                // "à Montréal Frédéric Lyon": a lone given name straight before a one-word
                // place (split off an earlier place) is a person's name, the place its surname
                if let [Item::Word(k)] = group[..]
                    && super::fr_names::given_then_place_surname(ctx, hits, k, it)
                {
                    push(ctx, &[Item::Word(k), *it], EntityKind::Person, 2, out);
                    group.clear();
                    continue;
                }
                if !group.is_empty() {
                    segment(ctx, hits, &group, title_cue, out);
                    group.clear();
                }
                out.push(gaz_cand(hit));
            }
            other => group.push(other),
        }
    }
    // "the Anglesey Freeport", "the Paris Marathon": one word left after a known place is a
    // noun that the place qualifies, not a name of its own
    let qualified = matches!((run.len().checked_sub(2).map(|i| &run[i]), group.as_slice()),
        (Some(g @ Item::Gaz { last, .. }), [Item::Word(k)]) if is_place_hit(g) && *k == last + 1
            && !ctx.toks[*k].allcaps && !ctx.given(*k));
    if !group.is_empty() && !qualified {
        segment(ctx, hits, &group, title_cue, out);
    }
}

/// [`segment`]'s "the Upper Blue Nile": `k` is a name-forming word ([`NAME_FORMING`]) and `j`
/// a word of places' names after it ([`PLACE_NAME_WORDS`]), neither in capitals.
#[inline(never)]
fn name_forming_pair(ctx: &Ctx, k: usize, j: usize) -> bool {
    !ctx.toks[k].allcaps
        && !ctx.toks[j].allcaps
        && PLACE_NAME_WORDS.contains(&&*ctx.f(j))
        && NAME_FORMING.contains(&&*ctx.f(k))
}

/// [`segment`]'s "Justice Ama Oduya Rees of the Labour Court" ([`super::holders`]): pushes a
/// title's holder, then segments their body; whether it did.
#[inline(never)]
fn holder_then_body(
    ctx: &Ctx,
    hits: &[GazHit],
    run: &[Item],
    title_cue: bool,
    out: &mut Vec<Cand>,
) -> bool {
    let Some(p) = super::holders::holder_before_body(ctx, hits, run, title_cue) else {
        return false;
    };
    push(ctx, &run[..p], EntityKind::Person, 2, out);
    let rest = (p + 1..run.len())
        .find(|&q| !matches!(run[q], Item::Conn(_)))
        .unwrap_or(run.len());
    if rest < run.len() && !super::holders::cut_at_and(ctx, &run[rest..]) {
        segment(ctx, hits, &run[rest..], false, out);
    }
    true
}

/// The head of a French body's name before "de" + a place: one known organisation of several
/// words, or plain words joined by "&" (not an acronym: "la FCPE du Cantal" is the branch of
/// a body named alone, "l’IUT de Grenoble" a body of its own, and nothing tells them apart).
fn french_body_head(ctx: &Ctx, hits: &[GazHit], head: &[Item]) -> bool {
    match head {
        [Item::Gaz { hit, first, last }] => {
            last > first && GAZ.entries[hits[*hit].entry].kind == EntityKind::Organization
        }
        [Item::Word(a), Item::Conn(amp), Item::Word(b)] => {
            ctx.w(*amp) == "&" && ![*a, *b].iter().any(|&k| is_noise(ctx, k))
        }
        _ => false,
    }
}

/// Words that qualify a title written before it (folded): "Grand Chief", "Deputy Mayor",
/// "Acting Superintendent".
const TITLE_QUALIFIERS: &[&str] = &[
    "grand",
    "deputy",
    "acting",
    "interim",
    "former",
    "assistant",
    "senior",
    "vice",
    "associate",
    "principal",
    "lead",
];

/// Words that end a sports club's name after its town ("Blackburn Rovers", "Leeds United").
pub const CLUB_TAILS: &[&str] = &[
    "rovers",
    "united",
    "wanderers",
    "albion",
    "athletic",
    "hotspur",
    "rangers",
    "fc",
    "afc",
    // clubs of riders, runners and walkers ("Ashby Wheelers", "Belgrave Harriers")
    "wheelers",
    "harriers",
    "striders",
    "ramblers",
    "roadrunners",
];

/// The club words of riders, runners and walkers ([`CLUB_TAILS`]), which also name aircraft
/// and walkers ("two Sea Harriers"): a club's only after a known place.
pub const PLACE_CLUB_TAILS: &[&str] = &[
    "wheelers",
    "harriers",
    "striders",
    "ramblers",
    "roadrunners",
];

/// Words that open a sports club's name ("Olympique Lyonnais", "Sporting Braga").
pub const CLUB_HEADS: &[&str] = &["olympique", "sporting", "racing"];

/// All-caps company forms that fold to a function word ("Emajõe Liinid AS", "Nokia Oy").
pub const CORP_FORMS: &[&str] = &["AS", "A/S", "Oy", "OY"];

/// Last words of known bodies that a word before them may qualify ("Social Democratic
/// Party", "Northern Premier League").
const EXTENDED_BODIES: &[&str] = &[
    "party",
    "union",
    "alliance",
    "front",
    "league",
    "congress",
    "parti",
    "ligue",
    "democrats",
    "republicans",
];

/// A French sentence-initial past participle ("Baptisée", "Rebaptisé", "Installées"),
/// no known name, before the name it qualifies.
fn initial_participle(ctx: &Ctx, k: usize) -> bool {
    if ctx.lang != Lang::Fr || !ctx.toks[k].initial || ctx.toks[k].allcaps {
        return false;
    }
    let w = ctx.w(k);
    // (not a noun in "-té": "Sécurité routière France", "Société Générale")
    if !["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
        || ["té", "tés"].iter().any(|e| w.ends_with(e))
        || w.chars().count() < 6
    {
        return false;
    }
    let f = ctx.f(k);
    let s = &GAZ.sets;
    !ctx.given(k)
        && !s.org_cues.contains(&*f)
        && !ctx.is(k, lex::PLACE_CUE)
        && !ctx.is(k, lex::OTHER_CUE)
        && !s.titles.contains(&*f)
        && !super::institutions::is_fr_head(&f)
}

/// "the State Electoral Office", "South Kesteven District Council", "the Northern Premier
/// League": a common noun or compass word opening a longer name that ends with an
/// organisation noun (or a known body) belongs to it; titles, months and function words do
/// not, nor a sentence-initial common noun other than a compass word.
fn noun_opens_body(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let (Some(&Item::Word(k)), Some(next)) = (run.first(), run.get(1)) else {
        return false;
    };
    if first_tok(next) != k + 1 || ctx.toks[k].allcaps {
        return false;
    }
    let f = ctx.f(k);
    let compass = COMPASS.contains(&&*f) || GEO_ADJECTIVES.contains(&&*f);
    if !(ctx.is(k, lex::COMMON_NOUN) || compass)
        || ctx.is(k, lex::TITLE | lex::FUNCTION_WORD)
        || (ctx.toks[k].initial && !compass)
        || matches!(*next, Item::Word(n) if is_noise(ctx, n))
    {
        return false;
    }
    match run.last() {
        // (round 67) "the East African Court of Justice": a compass word opens a body's name
        // whose noun comes before its "of"
        Some(Item::Word(l)) => {
            run.len() >= 3
                && (ctx.is(*l, lex::ORG_CUE)
                    || super::words::school_system(ctx, *l)
                    || compass
                        && run[1..].iter().any(
                            |i| matches!(*i, Item::Word(c) if ctx.toks[c].cap && ctx.is(c, lex::ORG_CUE)),
                        ))
        }
        Some(Item::Gaz { hit, .. }) => {
            GAZ.entries[hits[*hit].entry].kind == EntityKind::Organization
        }
        _ => false,
    }
}

/// Street, station and landform nouns after a known place ("London Road", "Mekong Delta").
const STREETS: &[&str] = &[
    "road",
    "street",
    "avenue",
    "lane",
    "square",
    "bridge",
    "airport",
    "station",
    "quay",
    "wharf",
    "docks",
    "harbour",
    "harbor",
    "boulevard",
    "way",
    "terrace",
    "crescent",
    "gate",
    "delta",
    "valley",
    "basin",
    "estuary",
    "coast",
    "peninsula",
    "shore",
    "hills",
    "heights",
    "forest",
    "mountains",
    "county",
    "capitol",
    "green",
    // (round 60) "the Liverpool Plains", "the Darling Downs"; (round 62) "the Atacama Desert"
    "desert",
    "plains",
    "downs",
    "tablelands",
    "wetlands",
    // (round 66) "the Pacific Highway", "the Pacific Motorway": a road, no mention of the ocean
    "highway",
    "motorway",
    "expressway",
    "freeway",
    "parkway",
];

/// Landform nouns that end a place's name after a known place ("the Volga River", "the
/// Taurus Range"): rivers, lakes, bays and ranges are often named after a state or a town.
const LANDFORM_ENDS: &[&str] = &[
    "river",
    "creek",
    "canal",
    "lake",
    "bay",
    "range",
    "ranges",
    "falls",
    "sound",
    "gorge",
    // (round 68) "Jurong Island", "Vancouver Island"
    "island",
    "peninsula",
];

/// English sentence openers before "of" that name a share or a group of something, not a name.
const PARTITIVE: &[&str] = &[
    "shares",
    "most",
    "some",
    "many",
    "much",
    "all",
    "both",
    "each",
    "none",
    "half",
    "part",
    "parts",
    "members",
    "officials",
    "officers",
    "residents",
    "students",
    "parents",
    "leaders",
    "supporters",
    "critics",
    "executives",
    "employees",
    "staff",
    "workers",
    "customers",
    "investors",
    "shareholders",
    "owners",
    "thousands",
    "hundreds",
    "millions",
    "dozens",
];

/// "Amnesty International": a plain capitalised word, then "International" straight after it.
pub fn intl_end(ctx: &Ctx, a: usize, k: usize) -> bool {
    k == a + 1 && !ctx.toks[a].allcaps && !is_noise(ctx, a) && ctx.f(k) == "international"
}

/// "(ACRONYM)" straight after token `last`.
fn acronym_after<'a>(ctx: &Ctx<'a>, last: usize) -> Option<&'a str> {
    let t = ctx.toks;
    (last + 3 < t.len() && ctx.w(last + 1) == "(" && t[last + 2].allcaps && ctx.w(last + 3) == ")")
        .then(|| super::candidates::word(ctx.text, &t[last + 2]))
}

fn run_last(run: &[Item]) -> usize {
    run.last().map_or(0, last_tok)
}

fn next_is_org_cue(ctx: &Ctx, rest: &[Item]) -> bool {
    match rest.first() {
        Some(Item::Word(k)) => ctx.is(*k, lex::ORG_CUE),
        _ => false,
    }
}

/// French sentence-initial word that names nothing ("Originaire", "Interrogé")
/// right before "de"/"d’"/"du"/"des": it does not belong to the name after it.
fn initial_word_before_de(ctx: &Ctx, k: usize, rest: &[Item]) -> bool {
    let s = &GAZ.sets;
    let f = ctx.f(k);
    ctx.lang == Lang::Fr
        && ctx.toks[k].initial
        && !ctx.toks[k].allcaps
        && matches!(rest.first(), Some(Item::Conn(c)) if matches!(&*ctx.f(*c), "de" | "d" | "du" | "des"))
        && rest.len() >= 2
        && !ctx.given(k)
        && !s.org_cues.contains(&*f)
        && !ctx.is(k, lex::PLACE_CUE)
        && !ctx.is(k, lex::OTHER_CUE)
        && !s.titles.contains(&*f)
        && !super::institutions::is_fr_head(&f)
        // ("Carrières du Morvan SA": a legal form closes a name that opens with the word)
        && !super::fr_names::legal_form_ends(ctx, k, rest)
}

/// A lowercase content word kept inside a name ("Santé publique France").
fn bridged(ctx: &Ctx, next: Option<&Item>) -> bool {
    matches!(next, Some(Item::Conn(c)) if ctx.toks[*c].kind == TokKind::Word
        && !ctx.toks[*c].cap
        && !is_fn(ctx, *c))
}

fn is_fn(ctx: &Ctx, k: usize) -> bool {
    ctx.is(k, lex::FUNCTION_WORD)
}

/// A holiday's word at `k` used as a name: after a title ("M. Toussaint", "Dr Ramadan", "Mrs
/// Christmas") a surname, after "île de" an island ("l’île de Pâques").
#[cold]
fn holiday_named(ctx: &Ctx, k: usize) -> bool {
    title_before(ctx, k)
        || (k >= 2 && ctx.w(k - 1) == "de" && matches!(&*ctx.f(k - 2), "ile" | "iles"))
}

pub fn push(ctx: &Ctx, run: &[Item], kind: EntityKind, strength: u8, out: &mut Vec<Cand>) {
    // "before Christmas", "Avant Noël,": a holiday alone is a date, no name ("Philippe Noël" is)
    if let [Item::Word(k)] = run
        && HOLIDAYS.contains(&&*ctx.f(*k))
        && !holiday_named(ctx, *k)
    {
        return;
    }
    // "délégué ABCD à l’usine": an all-capital acronym is a body, never a person (round 55)
    let kind = if kind == EntityKind::Person && super::trade_bodies::acronym_for_person(ctx, run) {
        EntityKind::Organization
    } else {
        kind
    };
    // (round 62) "Au Parlement, le PSJ…": an article fused with "à" or "de" opening the
    // sentence is no part of a body's or a place's name
    if kind != EntityKind::Person
        && run.len() >= 2
        && ctx.lang == crate::extract::types::Lang::Fr
        && let Some(&Item::Word(a)) = run.first()
        && ctx.toks[a].initial
        && matches!(ctx.w(a), "Au" | "Aux" | "Du")
    {
        return push(ctx, &run[1..], kind, strength, out);
    }
    // (round 64) "Président de Gestion Sainte-Rose inc., une société…": a title opening the
    // sentence, then "de", is the holder's, no part of the body's name
    if kind == EntityKind::Organization
        && run.len() >= 3
        && let [Item::Word(k), Item::Conn(c), ..] = *run
        && ctx.toks[k].initial
        && ctx.is(k, lex::TITLE)
        && matches!(&*ctx.f(c), "de" | "du" | "des" | "d")
    {
        let mut i = 2;
        while matches!(run.get(i), Some(&Item::Conn(a)) if matches!(&*ctx.f(a), "la" | "l")) {
            i += 1;
        }
        // (a holder's apposition: a comma after the name, two words of it at least;
        // "Défenseur des Droits a rappelé" is the office's name)
        let mut end = last_tok(&run[run.len() - 1]) + 1;
        // (past a legal form's full stop: "inc.,")
        if ctx.toks.get(end).is_some_and(|_| ctx.w(end) == ".") {
            end += 1;
        }
        if i + 1 < run.len() && ctx.toks.get(end).is_some_and(|_| ctx.w(end) == ",") {
            return push(ctx, &run[i..], kind, strength, out);
        }
    }
    // (round 64) "dans la région Atsinanana": a lowercase head of an area is no part of the
    // place's name (the council's name keeps it: "la région Occitanie a voté")
    if kind == EntityKind::Place
        && run.len() >= 2
        && let Some(&Item::Word(h)) = run.first()
        && !ctx.toks[h].cap
        && matches!(
            &*ctx.f(h),
            "region" | "province" | "departement" | "prefecture" | "commune" | "district"
        )
    {
        // (round 71) "dans la préfecture du Golfe": the head's "de" goes with it
        let mut i = 1;
        while i + 1 < run.len()
            && matches!(run[i], Item::Conn(c) if matches!(&*ctx.f(c), "de" | "du" | "des" | "d" | "la" | "l"))
        {
            i += 1;
        }
        return push(ctx, &run[i..], kind, strength, out);
    }
    // (round 62) "Andrew Fairburn KC", "Jane Roe OBE": a post-nominal is no part of the name
    if kind == EntityKind::Person
        && run.len() >= 3
        && let Some(&Item::Word(p)) = run.last()
        && matches!(
            ctx.w(p),
            "KC" | "QC" | "SC" | "OBE" | "MBE" | "CBE" | "KBE" | "DBE" | "FRS"
        )
    {
        return push(ctx, &run[..run.len() - 1], kind, strength, out);
    }
    let s = ctx.toks[first_tok(&run[0])].start;
    let lt = last_tok(&run[run.len() - 1]);
    let mut e = ctx.toks[lt].end;
    // "Robert F. Kennedy Jr.", "Apple Inc."
    if matches!(
        ctx.w(lt),
        "Jr" | "Sr" | "Inc" | "Corp" | "Ltd" | "Co" | "Bros" | "inc" | "enr"
    ) && ctx
        .toks
        .get(lt + 1)
        .is_some_and(|d| d.start == e && ctx.w(lt + 1) == ".")
        && !super::joins::dot_ends_sentence(ctx, lt + 1)
    {
        e += 1;
        // (round 52) "Tenmoor Holdings Co., Ltd.", "Brightvale Co., Inc.": a second legal form
        // after the first one's comma closes the same name
        if ctx.w(lt) == "Co" {
            e = second_legal_form(ctx, lt + 1).unwrap_or(e);
        }
    }
    out.push(Cand::rule(ctx.block, s, e, kind, strength));
}

/// After the full stop `d` of a company's "Co.": ", Ltd." or ", Inc." (a comma touching it, then
/// "Ltd"/"Inc"/"Limited"/"LLC" and its own full stop unless that ends the sentence), or " (Pty)
/// Ltd", the byte where the name ends.
fn second_legal_form(ctx: &Ctx, d: usize) -> Option<usize> {
    let toks = ctx.toks;
    let (c, mut f) = (d + 1, d + 2);
    // (round 59) "Karoo Feather Co. (Pty) Ltd": a private company's form in brackets
    if f + 2 < toks.len() && ctx.w(c) == "(" && matches!(ctx.w(f), "Pty" | "Pvt" | "Pte" | "Prv") {
        let close = f + 1 + usize::from(ctx.w(f + 1) == ".");
        if ctx.w(close) != ")" || close + 1 >= toks.len() {
            return None;
        }
        f = close + 1;
        if !matches!(ctx.w(f), "Ltd" | "Limited") {
            return None;
        }
    } else if c < toks.len() && matches!(ctx.w(c), "Ltd" | "Limited") && toks[c].start > toks[d].end
    {
        // (round 64) "Hunan Jinlu Mining Co. Ltd": the form with no comma
        f = c;
    } else if f >= toks.len()
        || ctx.w(c) != ","
        || toks[c].start != toks[d].end
        || !matches!(ctx.w(f), "Ltd" | "Inc" | "Limited" | "LLC")
    {
        return None;
    }
    let mut e = toks[f].end;
    if toks
        .get(f + 1)
        .is_some_and(|t| t.start == e && ctx.w(f + 1) == ".")
        && !super::joins::dot_ends_sentence(ctx, f + 1)
    {
        e += 1;
    }
    Some(e)
}

//! Classification of a capitalised run into candidate entities (kind + strength).

use super::candidates::{Cand, Item, word};
use super::cues::{
    appositive, followed_by_intro, in_quotes, org_intro_before, said_before, title_before,
};
use super::gazetteer::{GAZ, GazHit};
use super::text::{TokKind, Token, fold};
use crate::extract::types::{EntityKind, Lang};

/// Per-block context.
pub struct Ctx<'a> {
    pub block: usize,
    pub text: &'a str,
    pub toks: &'a [Token],
    pub lang: Lang,
    /// Block starts with "Par"/"By" (byline).
    pub byline: bool,
    /// Title-case heading: capitalisation is not evidence.
    pub heading: bool,
}

const MONTHS_DAYS: &[&str] = &[
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
];

impl Ctx<'_> {
    pub fn w(&self, k: usize) -> &str {
        word(self.text, &self.toks[k])
    }
    pub fn f(&self, k: usize) -> String {
        fold(self.w(k))
    }
    /// Previous word token index (skipping quotes and elision apostrophes).
    pub fn prev_word(&self, k: usize) -> Option<usize> {
        let mut j = k;
        while j > 0 {
            j -= 1;
            let t = &self.toks[j];
            if t.kind == TokKind::Word {
                return Some(j);
            }
            if !matches!(self.w(j), "«" | "’" | "'" | "“" | "\"") {
                return None;
            }
        }
        None
    }
    pub fn next_word(&self, k: usize) -> Option<usize> {
        let j = k + 1;
        (j < self.toks.len() && self.toks[j].kind == TokKind::Word).then_some(j)
    }
}

fn first_tok(it: &Item) -> usize {
    match *it {
        Item::Word(k) | Item::Conn(k) => k,
        Item::Gaz { first, .. } => first,
    }
}
fn last_tok(it: &Item) -> usize {
    match *it {
        Item::Word(k) | Item::Conn(k) => k,
        Item::Gaz { last, .. } => last,
    }
}

fn is_noise(ctx: &Ctx, k: usize) -> bool {
    let f = ctx.f(k);
    let s = &GAZ.sets;
    s.function_words.contains(&f)
        || s.common_nouns.contains(&f)
        || s.titles.contains(&f)
        || s.tech_acronyms.contains(ctx.w(k))
        || MONTHS_DAYS.contains(&f.as_str())
}

pub fn classify_run(ctx: &Ctx, hits: &[GazHit], run: &[Item], out: &mut Vec<Cand>) {
    // split at title words (President, Secretary...): the part after has a title cue
    let mut seg_start = 0;
    let mut title_cue = false;
    for i in 0..run.len() {
        if let Item::Word(k) = run[i] {
            let f = ctx.f(k);
            if GAZ.sets.titles.contains(&f) && !GAZ.sets.given_names.contains(&f) {
                segment(ctx, hits, &run[seg_start..i], title_cue, out);
                seg_start = i + 1;
                title_cue = true;
            }
        }
    }
    segment(ctx, hits, &run[seg_start..], title_cue, out);
}

fn segment(ctx: &Ctx, hits: &[GazHit], run: &[Item], title_cue: bool, out: &mut Vec<Cand>) {
    let mut a = 0;
    let mut b = run.len();
    // strip leading noise (function words only when sentence-initial) and trailing noise
    while a < b {
        match run[a] {
            Item::Conn(_) => a += 1,
            Item::Word(k)
                if is_noise(ctx, k)
                    && (ctx.toks[k].initial || !is_fn(ctx, k))
                    && !next_is_org_cue(ctx, &run[a + 1..b]) =>
            {
                a += 1
            }
            _ => break,
        }
    }
    while b > a {
        match run[b - 1] {
            Item::Conn(_) => b -= 1,
            Item::Word(k)
                if is_noise(ctx, k) && !(b >= 2 && matches!(run[b - 2], Item::Conn(_))) =>
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
    let gaz_count = run.iter().filter(|i| matches!(i, Item::Gaz { .. })).count();
    if gaz_count == 0 {
        words_run(ctx, run, title_cue, None, out);
        return;
    }
    let gaz_cand = |h: usize| {
        let hit = hits[h];
        Cand {
            block: ctx.block,
            start: hit.start,
            end: hit.end,
            kind: GAZ.entries[hit.entry].kind,
            strength: 3,
            gaz: Some(hit.entry),
        }
    };
    if run.len() == 1 {
        if let Item::Gaz { hit, .. } = run[0] {
            out.push(gaz_cand(hit));
        }
        return;
    }
    // a cue word makes the whole run one organisation/place ("UK Steel", "Conseil de l’UE")
    let cue = run.iter().find_map(|i| match *i {
        Item::Word(k) => {
            let f = ctx.f(k);
            if GAZ.sets.org_cues.contains(&f) && !GAZ.sets.common_nouns.contains(&f) {
                Some(EntityKind::Organization)
            } else {
                None
            }
        }
        _ => None,
    });
    if let Some(kind) = cue {
        push(ctx, run, kind, 2, out);
        return;
    }
    // "Florence Parly": a place that is also a given name, followed by a surname
    if let (Item::Gaz { first, last, .. }, Some(Item::Word(_))) = (run[0], run.get(1))
        && first == last
        && GAZ.sets.given_names.contains(&ctx.f(first))
    {
        push(ctx, run, EntityKind::Person, 2, out);
        return;
    }
    // otherwise split: gazetteer items alone, word groups classified separately
    let mut group: Vec<Item> = Vec::new();
    for it in run {
        match *it {
            Item::Gaz { hit, .. } => {
                if !group.is_empty() {
                    segment(ctx, hits, &group, title_cue, out);
                    group.clear();
                }
                out.push(gaz_cand(hit));
            }
            other => group.push(other),
        }
    }
    if !group.is_empty() {
        segment(ctx, hits, &group, title_cue, out);
    }
}

fn next_is_org_cue(ctx: &Ctx, rest: &[Item]) -> bool {
    match rest.first() {
        Some(Item::Word(k)) => GAZ.sets.org_cues.contains(&ctx.f(*k)),
        _ => false,
    }
}

fn is_fn(ctx: &Ctx, k: usize) -> bool {
    GAZ.sets.function_words.contains(&ctx.f(k))
}

fn push(ctx: &Ctx, run: &[Item], kind: EntityKind, strength: u8, out: &mut Vec<Cand>) {
    let s = ctx.toks[first_tok(&run[0])].start;
    let e = ctx.toks[last_tok(&run[run.len() - 1])].end;
    out.push(Cand {
        block: ctx.block,
        start: s,
        end: e,
        kind,
        strength,
        gaz: None,
    });
}

fn has_digit_mix(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(|c| c.is_alphabetic())
}

/// Run made only of words and connectors.
fn words_run(
    ctx: &Ctx,
    run: &[Item],
    title_cue: bool,
    hint: Option<EntityKind>,
    out: &mut Vec<Cand>,
) {
    let words: Vec<usize> = run
        .iter()
        .filter_map(|i| {
            if let Item::Word(k) = *i {
                Some(k)
            } else {
                None
            }
        })
        .collect();
    if words.is_empty() {
        return;
    }
    let s = &GAZ.sets;
    if words.len() == 1 && is_noise(ctx, words[0]) {
        return;
    }
    // product/model tail: "X Math-V2" → X + other
    if let Some(pos) = run
        .iter()
        .position(|i| matches!(*i, Item::Word(k) if has_digit_mix(ctx.w(k))))
    {
        if pos > 0 {
            words_run(
                ctx,
                &run[..pos],
                title_cue,
                Some(EntityKind::Organization),
                out,
            );
            push(ctx, &run[pos..], EntityKind::Other, 2, out);
        } else if words.len() == 1 {
            push(ctx, run, EntityKind::Other, 2, out);
        } else {
            push(ctx, run, EntityKind::Other, 1, out);
        }
        return;
    }
    let first = words[0];
    let last = *words.last().expect("nonempty");
    let folded: Vec<String> = words.iter().map(|&k| ctx.f(k)).collect();
    let prev = ctx.prev_word(first_tok(&run[0]));
    let prev_f = prev.map(|p| ctx.f(p)).unwrap_or_default();
    let next = ctx.next_word(last_tok(&run[run.len() - 1]));
    let initial = ctx.toks[first].initial || ctx.heading;

    // product / programme introduced by a cue word, or followed by ", un programme"
    if s.product_intro.contains(&prev_f) || followed_by_intro(ctx, last) {
        return push(ctx, run, EntityKind::Other, 2, out);
    }
    // lone cue words are generic ("Agence", "Festival")
    if words.len() == 1 && (s.org_cues.contains(&folded[0]) || s.other_cues.contains(&folded[0])) {
        return;
    }
    let multi = words.len() >= 2;
    if multi && in_quotes(ctx, first_tok(&run[0]), last_tok(&run[run.len() - 1])) {
        return push(ctx, run, EntityKind::Other, 1, out);
    }
    // a lone sentence-initial word needs evidence from elsewhere (see merge)
    let weak = !multi && initial && !ctx.toks[first].allcaps;
    let push = |ctx: &Ctx, run: &[Item], kind: EntityKind, strength: u8, out: &mut Vec<Cand>| {
        push(ctx, run, kind, if weak { 0 } else { strength }, out)
    };
    let given = s.given_names.contains(&folded[0]);
    if multi && given && !folded[1..].iter().any(|f| s.org_cues.contains(f)) {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    if s.other_cues.contains(&folded[0]) || s.other_cues.contains(&folded[folded.len() - 1]) {
        return push(ctx, run, EntityKind::Other, 2, out);
    }
    if multi
        && (s.place_cues.contains(&folded[0]) || s.place_cues.contains(&folded[folded.len() - 1]))
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    if folded.iter().any(|f| s.org_cues.contains(f)) {
        return push(ctx, run, EntityKind::Organization, 2, out);
    }
    let after_de = matches!(prev_f.as_str(), "de" | "du" | "d" | "of" | "at" | "chez");
    if title_cue || (!after_de && title_before(ctx, first_tok(&run[0]))) {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    if ctx.byline
        && ctx.toks[..first]
            .iter()
            .filter(|t| t.kind == TokKind::Word)
            .count()
            <= 2
        && ctx.block <= 2
    {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    if let Some(kind) = appositive(ctx, last_tok(&run[run.len() - 1])) {
        return push(ctx, run, kind, 2, out);
    }
    if multi
        && (next.is_some_and(|n| s.said.contains(&ctx.f(n)))
            || said_before(ctx, first_tok(&run[0])))
    {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    if org_intro_before(ctx, first_tok(&run[0]), if multi { 3 } else { 8 }) {
        return push(ctx, run, EntityKind::Organization, 2, out);
    }
    if !multi {
        let t = &ctx.toks[first];
        if t.allcaps && ctx.w(first).chars().count() <= 6 {
            return push(
                ctx,
                run,
                EntityKind::Organization,
                if initial { 1 } else { 2 },
                out,
            );
        }
        if t.allcaps && ctx.block <= 2 && first <= 3 {
            return push(ctx, run, EntityKind::Place, 2, out);
        }
        let before_prev = prev
            .and_then(|p| ctx.prev_word(p))
            .map(|p| ctx.f(p))
            .unwrap_or_default();
        if matches!(prev_f.as_str(), "a" | "in" | "near" | "en")
            && prev.is_some_and(|p| !ctx.toks[p].cap)
            && !matches!(
                before_prev.as_str(),
                "grace" | "et" | "ou" | "hommage" | "face" | "merci" | "contre" | "and" | "or"
            )
        {
            return push(
                ctx,
                run,
                EntityKind::Place,
                if initial { 0 } else { 1 },
                out,
            );
        }
        let kind = hint.unwrap_or(EntityKind::Organization);
        return push(ctx, run, kind, if initial { 0 } else { 1 }, out);
    }
    let has_conn = run.iter().any(|i| matches!(i, Item::Conn(_)));
    let namey = words.iter().all(|&k| !ctx.toks[k].allcaps);
    if words.len() <= 3 && namey && (!has_conn || hint.is_none()) && hint.is_none() {
        push(ctx, run, EntityKind::Person, 1, out);
    } else {
        push(ctx, run, hint.unwrap_or(EntityKind::Organization), 1, out);
    }
}

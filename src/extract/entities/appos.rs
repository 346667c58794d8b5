//! The kind a name's apposition says, over whatever cue typed it before (round 30b): "X, a
//! small roofing firm," is an organisation, "X, la société qui exploite…" one too even after
//! "à", "X, a market town," a place; and the name inside the apposition's complement ("a
//! haulage firm from X, said…") is where the body is from, not the subject of the verb after.
//! A person's name keeps its kind: the noun after it is a list's next item or the subject of
//! the clause ("Unlike X, the council…").

use super::candidates::Cand;
use super::classify::{Ctx, lex};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Nouns of bodies an apposition may end on, beside the lexicon's organisation intros.
const ORG_HEADS: &[&str] = &[
    "council",
    "authority",
    "coalition",
    "commission",
    "campaign",
    "organisme",
    "conseil",
    "entreprise",
    "societe",
    "collectif",
    "syndicat",
    "regroupement",
];

/// Words that may stand between the article and the head of an apposition: lowercase
/// modifiers and compounds ("two-man roofing", "Brannock-based lobbying"), at most this many.
const MAX_MODIFIERS: usize = 4;

/// Retypes the candidates `cands` of the block of `ctx` (those it just found) by their
/// apposition, and a body's name that is a plan's or a currency's. Candidates are in no
/// particular order; each is looked up by its first byte.
pub fn retype(ctx: &Ctx, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        // a gazetteer's kind, a nationality word and a person stand
        if c.strength > 2 || c.demonym || matches!(c.kind, EntityKind::Date | EntityKind::Person) {
            continue;
        }
        let end = c.end as usize;
        let after = ctx.text.as_bytes().get(end).copied();
        if after == Some(b' ')
            && c.kind == EntityKind::Organization
            && year_after(ctx.text, end)
            && !body_word(ctx, c.start as usize, end)
        {
            c.kind = EntityKind::Other;
            continue;
        }
        if c.end - c.start <= 4
            && c.kind == EntityKind::Organization
            && currency_before(ctx, c.start as usize)
        {
            c.kind = EntityKind::Other;
            continue;
        }
        // (cheap refusal first: no comma or period right after the name, no apposition)
        if !matches!(after, Some(b',' | b'.')) {
            continue;
        }
        let Some(lt) = tok_ending_at(ctx, end) else {
            continue;
        };
        // "X, a market trader from…", "Pour X, biologiste à…": a person's noun (round 44)
        if after == Some(b',')
            && super::person_heads::retype_person(ctx, c, lt, |c| {
                !fronted(ctx, c.start as usize) || opens_with_for(ctx, c.start as usize)
            })
        {
            continue;
        }
        if after == Some(b',')
            && let Some(kind) = apposition_kind(ctx, lt)
            && kind != c.kind
            && !fronted(ctx, c.start as usize)
        {
            c.kind = kind;
            c.strength = 2;
            continue;
        }
        if c.kind != EntityKind::Place && complement_place(ctx, c.start as usize, lt) {
            c.kind = EntityKind::Place;
            c.strength = 2;
        }
    }
}

/// A year right after the name ending at `end`: "le Plan Y 2035", "the Y Horizon 2040
/// strategy" name a plan or an event, not a body; a range of years ("2015-2019") is a
/// body's dates.
fn year_after(text: &str, end: usize) -> bool {
    let b = &text.as_bytes()[end + 1..];
    b.len() >= 4
        && (b.starts_with(b"19") || b.starts_with(b"20"))
        && b[2..4].iter().all(u8::is_ascii_digit)
        && !b
            .get(4)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && !b[4..].starts_with("–".as_bytes())
}

/// A word of the name at `start..end` says it is a body: an organisation cue or a legal
/// form ("Group", "Inc"), or a trade a firm is named after ("Contracting").
fn body_word(ctx: &Ctx, start: usize, end: usize) -> bool {
    let from = ctx.toks.partition_point(|t| t.start < start);
    let to = ctx.toks.partition_point(|t| t.end <= end);
    (from..to).any(|k| {
        ctx.is(k, lex::ORG_CUE)
            || matches!(
                &*ctx.f(k),
                "contracting" | "consulting" | "engineering" | "logistics" | "construction"
            )
    })
}

/// "francs CFA", "dollars US": a currency's qualifier after its noun, no body.
fn currency_before(ctx: &Ctx, start: usize) -> bool {
    let Some(ft) = tok_starting_at(ctx, start) else {
        return false;
    };
    ctx.toks[ft].allcaps
        && ctx.prev_word(ft).is_some_and(|p| {
            matches!(
                &*ctx.f(p),
                "franc"
                    | "francs"
                    | "dollar"
                    | "dollars"
                    | "pesos"
                    | "livres"
                    | "roupies"
                    | "rupees"
                    | "shillings"
            )
        })
}

/// The token ending at byte `end`.
fn tok_ending_at(ctx: &Ctx, end: usize) -> Option<usize> {
    let j = ctx.toks.partition_point(|t| t.end < end);
    (j < ctx.toks.len() && ctx.toks[j].end == end).then_some(j)
}

/// The token starting at byte `start`.
fn tok_starting_at(ctx: &Ctx, start: usize) -> Option<usize> {
    let j = ctx.toks.partition_point(|t| t.start < start);
    (j < ctx.toks.len() && ctx.toks[j].start == start).then_some(j)
}

/// A lowercase noun of bodies at token `j`: the lexicon's organisation intros or [`ORG_HEADS`].
fn org_head(ctx: &Ctx, j: usize) -> bool {
    ctx.is(j, lex::ORG_INTRO) || ORG_HEADS.contains(&&*ctx.f(j))
}

fn article(f: &str) -> bool {
    matches!(f, "a" | "an" | "the" | "la" | "le" | "l" | "un" | "une")
}

/// The head noun of "X, a/the/la/l’/une [modifiers] HEAD" after `lt` (the comma's token is
/// `lt + 1`), and its index, when the apposition closes after it (a comma, a period, a
/// relative pronoun: "À Kestreval, l’association a…" is a fronted adverbial, no apposition).
fn apposition_kind(ctx: &Ctx, lt: usize) -> Option<EntityKind> {
    let n = ctx.toks.len();
    let mut j = lt + 2;
    if j >= n || ctx.toks[j].kind != TokKind::Word || !article(&ctx.f(j)) {
        return None;
    }
    // "X, a déclaré…": the French verb, not the article
    if ctx.lang == Lang::Fr && ctx.f(j) == "a" {
        return None;
    }
    j += 1;
    let mut mods = 0;
    while j < n && mods <= MAX_MODIFIERS {
        let w = ctx.w(j);
        if matches!(w, "’" | "'" | "-") {
            j += 1;
            continue;
        }
        if ctx.toks[j].kind != TokKind::Word {
            return None;
        }
        let f = ctx.f(j);
        let lower = !ctx.toks[j].cap;
        if lower && org_head(ctx, j) {
            // "une entreprise familiale,", "une société publique qui": French adjectives
            // follow the head
            let mut k = j + 1;
            while ctx.lang == Lang::Fr && k < n && k <= j + 2 && adjective(ctx, k) {
                k += 1;
            }
            return (closes(ctx, k) && !list_next(ctx, k)).then_some(EntityKind::Organization);
        }
        if lower && super::cues::PLACE_APPOS.contains(&&*f) {
            // ("X, un canal de distribution", "a peak district market town": no head, a
            // modifier or a figure; the look goes on)
            if super::geo_cues::relief_appos(&f)
                && !super::geo_cues::relief_appos_head(ctx, lt, j, &f)
            {
                j += 1;
                mods += 1;
                continue;
            }
            // "the city council": a place word modifying a body's noun
            if j + 1 < n && ctx.toks[j + 1].kind == TokKind::Word && ctx.is(j + 1, lex::ORG_CUE) {
                j += 1;
                mods += 1;
                continue;
            }
            let of_where = j + 1 < n
                && (matches!(&*ctx.f(j + 1), "in" | "near" | "en" | "pres" | "dans")
                    || (matches!(&*ctx.f(j + 1), "of" | "de" | "du" | "d")
                        && !named_after(ctx, j + 1)));
            return ((of_where || closes(ctx, j + 1)) && !list_next(ctx, j + 1))
                .then_some(EntityKind::Place);
        }
        // a job ends the look: "X, the company's chief executive" is the cues' (a person)
        if ctx.is(j, lex::TITLE) || ctx.is(j, lex::SAID) || ctx.is(j, lex::FUNCTION_WORD) {
            return None;
        }
        j += 1;
        mods += 1;
    }
    None
}

/// A lowercase word after a French head noun that may be its adjective: no function word,
/// no verb.
fn adjective(ctx: &Ctx, k: usize) -> bool {
    let t = &ctx.toks[k];
    t.kind == TokKind::Word
        && !t.cap
        && !ctx.is(k, lex::FUNCTION_WORD | lex::SAID | lex::COMMON_NOUN)
        && !super::context::verb_like(&ctx.f(k))
}

/// The apposition closes at token `j`: a comma, a sentence's end, a relative pronoun, or a
/// complement of origin ("a haulage firm from X,", "une PME de X, qui…").
fn closes(ctx: &Ctx, j: usize) -> bool {
    if j >= ctx.toks.len() {
        return true;
    }
    // "X, the group said": a clause, not an apposition; "X, the company's chief": a job
    if ctx.is(j, lex::SAID) || matches!(ctx.w(j), "’" | "'") {
        return false;
    }
    matches!(ctx.w(j), "," | "." | ";" | ")" | "—" | "–")
        || matches!(
            &*ctx.f(j),
            "qui" | "dont" | "that" | "which" | "from" | "based" | "basee" | "base"
        )
        // "une entreprise familiale de Lannilis, qui", "un cabinet d’ingénierie,": the
        // complement must close too ("l’entreprise de Yann Le Goff emploie…" is a subject)
        || (matches!(&*ctx.f(j), "de" | "du" | "d") && complement_closes(ctx, j + 1))
}

/// A short complement from token `j` ends at a comma or a relative pronoun, within a few
/// words.
fn complement_closes(ctx: &Ctx, j: usize) -> bool {
    for k in j..ctx.toks.len().min(j + 6) {
        match ctx.w(k) {
            "’" | "'" | "-" => continue,
            "," | ";" | ")" | "—" | "–" => return true,
            _ if ctx.toks[k].kind != TokKind::Word => return false,
            _ if matches!(&*ctx.f(k), "qui" | "dont" | "which" | "that") => return true,
            _ => {}
        }
    }
    false
}

/// The comma at token `j` opens a list's next item ("X, le syndicat, la mairie et…",
/// "X, the council, and the port"): the noun before it was an item, not X's apposition.
fn list_next(ctx: &Ctx, j: usize) -> bool {
    if j >= ctx.toks.len() || ctx.w(j) != "," {
        return false;
    }
    let mut k = j + 1;
    if k < ctx.toks.len() && matches!(&*ctx.f(k), "and" | "et" | "or" | "ou") {
        k += 1;
    }
    k + 1 < ctx.toks.len()
        && article(&ctx.f(k))
        && !(ctx.lang == Lang::Fr && ctx.f(k) == "a")
        && ctx.toks[k + 1].kind == TokKind::Word
        && !ctx.toks[k + 1].cap
}

/// A capitalised word after "de"/"of" at `j`: "…, la commune de Ruvenne et…" names a second
/// place (a list's next item), not what the first one is.
fn named_after(ctx: &Ctx, j: usize) -> bool {
    let mut k = j + 1;
    while k < ctx.toks.len() && matches!(ctx.w(k), "’" | "'" | "l" | "la" | "le" | "the") {
        k += 1;
    }
    k < ctx.toks.len() && ctx.toks[k].cap
}

/// "À Kestreval, l’association…", "In Brannock, the group…": a sentence that opens with a
/// preposition and the name sets the scene, whatever follows the comma; a name after its own
/// noun is typed by it.
fn fronted(ctx: &Ctx, start: usize) -> bool {
    let Some(ft) = tok_starting_at(ctx, start) else {
        return true;
    };
    // "l’association X, la commune de Y": a noun before the name says what it is already
    let introduced = ctx.prev_word(ft).is_some_and(|p| {
        !ctx.toks[p].cap && (org_head(ctx, p) || super::cues::PLACE_APPOS.contains(&&*ctx.f(p)))
    });
    introduced
        || ctx.prev_word(ft).is_some_and(|p| {
            ctx.toks[p].initial
                && matches!(
                    &*ctx.f(p),
                    "a" | "in"
                        | "at"
                        | "on"
                        | "to"
                        | "for"
                        | "from"
                        | "near"
                        | "en"
                        | "dans"
                        | "sur"
                        | "vers"
                        | "pour"
                        | "pres"
                        | "apres"
                        | "after"
                        | "depuis"
                )
        })
}

/// "Pour X, …", "For X, …": whom the sentence speaks for, no scene it sets.
fn opens_with_for(ctx: &Ctx, start: usize) -> bool {
    tok_starting_at(ctx, start)
        .and_then(|ft| ctx.prev_word(ft))
        .is_some_and(|p| ctx.toks[p].initial && matches!(&*ctx.f(p), "pour" | "for"))
}

/// The name at `start..lt` ends the complement of origin of an apposition: "…, a drainage firm
/// from X," / "…, une PME de X,": one or two plain words where the body is from.
fn complement_place(ctx: &Ctx, start: usize, lt: usize) -> bool {
    let Some(ft) = tok_starting_at(ctx, start) else {
        return false;
    };
    if lt > ft + 2 || (ft..=lt).any(|k| ctx.toks[k].allcaps || ctx.is(k, lex::ORG_CUE)) {
        return false;
    }
    let Some(p) = ctx.prev_word(ft) else {
        return false;
    };
    if !matches!(&*ctx.f(p), "from" | "in" | "near") {
        return false;
    }
    // the head right before ("firm from X", "firm based in X"), then back over its modifiers
    // to the article after a comma
    let Some(mut h) = ctx.prev_word(p) else {
        return false;
    };
    if matches!(&*ctx.f(h), "based") {
        let Some(q) = ctx.prev_word(h) else {
            return false;
        };
        h = q;
    }
    if ctx.toks[h].cap || !org_head(ctx, h) {
        return false;
    }
    let mut j = h;
    for _ in 0..=MAX_MODIFIERS {
        let Some(q) = ctx.prev_word(j) else {
            return false;
        };
        if article(&ctx.f(q)) {
            return q > 0 && ctx.w(q - 1) == ",";
        }
        // "a Brannock-based firm": a capitalised compound may modify the head, no other name
        if (ctx.toks[q].cap && !ctx.w(q).contains('-')) || ctx.is(q, lex::FUNCTION_WORD) {
            return false;
        }
        j = q;
    }
    false
}

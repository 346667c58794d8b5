//! Round 47 (places): a known place's name that qualifies a currency ("francs Pacifique",
//! "Pacific francs") names no place; "le président d’X" is a weak cue of a body, since
//! Swiss communes, French regions and departments have presidents too.

use super::classify::Ctx;
use super::text::TokKind;

/// Currency nouns a place's name may qualify, before it in French, after it in English.
fn currency_noun(w: &str) -> bool {
    matches!(w, "franc" | "francs" | "Franc" | "Francs")
}

/// The gazetteer hit opening at token `k` and ending at byte `end` qualifies a currency: a
/// currency noun straight before it ("des francs Pacifique") or after it ("Pacific francs").
pub(super) fn currency_qualifier(ctx: &Ctx, k: usize, end: usize) -> bool {
    let toks = ctx.toks;
    if k > 0 && toks[k - 1].kind == TokKind::Word && currency_noun(ctx.w(k - 1)) {
        return true;
    }
    // the first token after the hit
    toks[k..]
        .iter()
        .position(|t| t.start >= end)
        .is_some_and(|j| toks[k + j].kind == TokKind::Word && currency_noun(ctx.w(k + j)))
}

/// "le président d’X", "la présidente de X": in French a president's "de" before a lone name
/// and no article; the body the cue suggests is a guess a place cue elsewhere outweighs.
pub(super) fn president_of(ctx: &Ctx, first: usize) -> bool {
    ctx.lang == crate::extract::types::Lang::Fr
        && ctx.prev_word(first).is_some_and(|p| {
            !ctx.toks[p].cap
                && matches!(&*ctx.f(p), "de" | "d")
                && ctx.prev_word(p).is_some_and(|q| {
                    !ctx.toks[q].cap && matches!(&*ctx.f(q), "president" | "presidente")
                })
        })
}

/// "l’échevin du Développement économique", "l’adjointe à la Culture", "l’échevine des
/// Finances": a lone capitalised word after an alderman's or a deputy's title and an article
/// is the portfolio they hold, no place nor body.
pub(super) fn portfolio_after_title(ctx: &Ctx, first: usize) -> bool {
    if ctx.lang != crate::extract::types::Lang::Fr {
        return false;
    }
    let Some(mut p) = ctx.prev_word(first) else {
        return false;
    };
    if ctx.toks[p].cap {
        return false;
    }
    let f = ctx.f(p);
    if matches!(&*f, "la" | "l") {
        match ctx.prev_word(p) {
            Some(q) if !ctx.toks[q].cap && matches!(&*ctx.f(q), "de" | "a") => p = q,
            _ => return false,
        }
    } else if !matches!(&*f, "du" | "des" | "au" | "aux") {
        return false;
    }
    ctx.prev_word(p).is_some_and(|q| {
        !ctx.toks[q].cap
            && matches!(
                &*ctx.f(q),
                "echevin" | "echevine" | "echevins" | "echevines" | "adjoint" | "adjointe"
            )
    })
}

/// The lowercase noun of a canal, a valley, a pass or a summit naming the common word at `k`
/// ("le canal du Centre", "le val du Nord", "le col du Midi"): the noun's index.
pub(super) fn geo_head_of_common_word(ctx: &Ctx, k: usize) -> Option<usize> {
    // (most common words open no such name: a connector straight before is the first test)
    let p = ctx.prev_word(k)?;
    if ctx.text.as_bytes()[ctx.toks[p].start] != b'd'
        || ctx.toks[p].cap
        || !matches!(&*ctx.f(p), "du" | "de" | "d" | "des")
    {
        return None;
    }
    super::words::named_geo_head(ctx, k)
        .filter(|&h| matches!(&*ctx.f(h), "canal" | "val" | "col" | "mont" | "pic" | "lac"))
}

/// The index in `run` where the town's name starts when `run` is "port" then "de"/"du"/"d’"
/// and a name ("le port du Guilvinec" is the town's port: annotators name the town), else 0.
pub(super) fn port_of_town(ctx: &Ctx, run: &[super::candidates::Item]) -> usize {
    use super::candidates::Item;
    let [Item::Word(h), rest @ ..] = run else {
        return 0;
    };
    if ctx.f(*h) != "port" {
        return 0;
    }
    let conns = rest
        .iter()
        .take_while(|i| matches!(i, Item::Conn(_)))
        .count();
    let opens = rest
        .first()
        .is_some_and(|i| matches!(*i, Item::Conn(c) if matches!(&*ctx.f(c), "de" | "du" | "d")));
    if opens && conns < rest.len() {
        1 + conns
    } else {
        0
    }
}

/// "le canal de X à Y": the token of Y when the noun at `h` is "canal" and "à" and a capitalised
/// word follow the name ending at token `last`.
pub(super) fn canal_end(ctx: &Ctx, h: usize, last: usize) -> Option<usize> {
    let toks = ctx.toks;
    (last + 2 < toks.len()
        && ctx.w(last + 1) == "à"
        && toks[last + 2].cap
        && toks[last + 2].kind == TokKind::Word
        && ctx.f(h) == "canal")
        .then_some(last + 2)
}

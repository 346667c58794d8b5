//! Round 47 (places): a known place's name that qualifies a currency ("des francs Pacifique",
//! "Pacific francs") names no place; "le président d’X" is a weak cue of a body, since
//! Swiss communes, French regions and departments have presidents too.

use super::classify::{Ctx, lex};
use super::text::TokKind;
use crate::extract::types::Lang;

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

/// "l’échevin des Sports", "l’adjointe à la Culture", "l’échevine des
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
    // (the noun, after an article or a determiner: "le directeur adjoint du X" is an adjective
    // after a title, and X the body he serves)
    ctx.prev_word(p).is_some_and(|q| {
        !ctx.toks[q].cap
            && matches!(
                &*ctx.f(q),
                "echevin" | "echevine" | "echevins" | "echevines" | "adjoint" | "adjointe"
            )
            && ctx.prev_word(q).is_none_or(|d| {
                matches!(
                    &*ctx.f(d),
                    "l" | "le"
                        | "la"
                        | "les"
                        | "un"
                        | "une"
                        | "son"
                        | "sa"
                        | "ses"
                        | "leur"
                        | "cet"
                        | "cette"
                        | "notre"
                        | "votre"
                )
            })
    })
}

/// The lowercase noun of a canal, a valley, a pass or a summit naming the common word at `k`
/// ("le canal du Marché", "le val du Nord", "le col du Midi"): the noun's index (not "pic",
/// the peak of a curve as often: "le pic de la Grippe").
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
        .filter(|&h| matches!(&*ctx.f(h), "canal" | "val" | "col" | "mont" | "lac"))
}

/// The index in `run` where the town's name starts when `run` is "port" then "de"/"du"/"d’"
/// and a name ("le port du Kermorvan" is the town's port: annotators name the town), else 0.
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
    // ("le port de la Lune": a port's own name after an article, no town; keep the whole)
    let article = rest[..conns]
        .iter()
        .any(|i| matches!(*i, Item::Conn(c) if matches!(&*ctx.f(c), "la" | "l" | "les")));
    if opens && !article && conns < rest.len() {
        1 + conns
    } else {
        0
    }
}

/// "le canal de X à Y": the token of Y when the noun at `h` is "canal", "de" with no article
/// opens X ("le canal de la Mer à Y" is a canal then a town), and "à" and a capitalised word
/// that is no common word follow the name ending at token `last`; not after a verb of passage
/// ("ils longent le canal de X à Y": a canal, then where they walk it).
pub(super) fn canal_end(ctx: &Ctx, h: usize, last: usize) -> Option<usize> {
    let toks = ctx.toks;
    if !(last + 2 < toks.len()
        && ctx.w(last + 1) == "à"
        && toks[last + 2].cap
        && toks[last + 2].kind == TokKind::Word
        && ctx.f(h) == "canal")
    {
        return None;
    }
    let y = last + 2;
    let bare = ctx.next_word(h).is_some_and(|d| {
        matches!(ctx.w(d), "de" | "d")
            && ctx
                .next_word(d)
                .is_some_and(|x| !matches!(&*ctx.f(x), "la" | "le" | "l" | "les"))
    });
    let passage = ctx
        .prev_word(h)
        .and_then(|a| ctx.prev_word(a))
        .is_some_and(|v| {
            matches!(
                &*ctx.f(v),
                "longe"
                    | "longent"
                    | "longer"
                    | "longeant"
                    | "longeait"
                    | "suit"
                    | "suivent"
                    | "suivre"
                    | "suivant"
                    | "traverse"
                    | "traversent"
                    | "traverser"
                    | "franchi"
                    | "franchit"
                    | "franchir"
                    | "emprunte"
                    | "empruntent"
                    | "emprunter"
                    | "remonte"
                    | "remontent"
                    | "remonter"
                    | "descend"
                    | "descendent"
                    | "descendre"
                    | "borde"
                    | "bordent"
            )
        });
    (bare && !passage && !ctx.is(y, super::classify::lex::NOISE)).then_some(y)
}

/// Nouns of water and relief taken in apposition in round 47 ("X, un affluent du Rhône", "X,
/// a glacial lake"): a place's noun only as the apposition's head ([`relief_appos_head`]).
pub(super) fn relief_appos(f: &str) -> bool {
    matches!(
        f,
        "affluent"
            | "tributary"
            | "lac"
            | "lake"
            | "vallee"
            | "valley"
            | "glacier"
            | "stream"
            | "canal"
            | "sommet"
            | "peak"
    )
}

/// The relief noun `f` at `j` heads the apposition after the comma at `last + 1`: an article
/// opens it, the noun follows (in English over lowercase adjectives), then the apposition ends
/// or a function word follows; a channel of sales, a stream of money and a summit meeting are
/// figures ("Orbel, un canal de distribution", "Kelm, a canal boat company", "un sommet qui").
pub(super) fn relief_appos_head(ctx: &Ctx, last: usize, j: usize, f: &str) -> bool {
    let toks = ctx.toks;
    let a = last + 2;
    if toks[a].cap || toks[j].cap {
        return false;
    }
    let en = ctx.lang == Lang::En;
    let art = ctx.f(a);
    let placed = if en {
        matches!(&*art, "a" | "an" | "the") && (a + 1..j).all(|i| !toks[i].cap)
    } else {
        matches!(&*art, "un" | "une" | "le" | "la" | "l")
            && (j == a + 1 || (j == a + 2 && matches!(ctx.w(a + 1), "’" | "'")))
    };
    if !placed {
        return false;
    }
    let n = j + 1;
    if n >= toks.len() || toks[n].kind != TokKind::Word {
        return f != "sommet";
    }
    let nf = ctx.f(n);
    if matches!(&*nf, "de" | "du" | "d" | "des" | "of") {
        // the word after the connector: a name (a river, a range), not a field of trade
        let mut m = n + 1;
        while m < toks.len() && (toks[m].kind != TokKind::Word || ctx.is(m, lex::FUNCTION_WORD)) {
            if toks[m].kind != TokKind::Word && !matches!(ctx.w(m), "’" | "'") {
                return false;
            }
            m += 1;
        }
        // ("un glacier du massif", "un sommet de 3 000 mètres", not "un canal de vente")
        return f != "stream"
            && m < toks.len()
            && match f {
                "canal" => toks[m].cap && !toks[m].allcaps,
                "sommet" | "peak" => {
                    toks[m].cap && !toks[m].allcaps || ctx.w(m).as_bytes()[0].is_ascii_digit()
                }
                _ => true,
            };
    }
    if f == "sommet" {
        return false;
    }
    if ctx.is(n, lex::FUNCTION_WORD) {
        return true;
    }
    // ("a lake near the border", "un lac artificiel", not "a lake resort", "un canal commercial")
    if en {
        return matches!(
            &*nf,
            "near"
                | "in"
                | "on"
                | "at"
                | "between"
                | "below"
                | "above"
                | "beside"
                | "north"
                | "south"
                | "east"
                | "west"
                | "that"
                | "which"
                | "where"
                | "fed"
                | "flowing"
        );
    }
    !matches!(
        &*nf,
        "commercial" | "commerciale" | "marchand" | "publicitaire" | "numerique" | "televise"
    )
}

/// "par le canal de X", "par le canal du X": through X's channel, no canal.
pub(super) fn via_canal(ctx: &Ctx, h: usize) -> bool {
    ctx.prev_word(h)
        .is_some_and(|a| ctx.f(a) == "le" && ctx.prev_word(a).is_some_and(|p| ctx.f(p) == "par"))
}

/// The name at `k` after "le pic de" is a curve's subject, no summit's name: an acronym, a
/// common word or an illness ("le pic du SRAS", "le pic de la Grippe", "le pic de la Dengue").
pub(super) fn curve_peak(ctx: &Ctx, k: usize) -> bool {
    ctx.toks[k].allcaps
        || ctx.is(k, lex::NOISE)
        || matches!(
            &*ctx.f(k),
            "grippe"
                | "covid"
                | "dengue"
                | "epidemie"
                | "pandemie"
                | "cholera"
                | "rougeole"
                | "bronchiolite"
                | "paludisme"
                | "canicule"
                | "crise"
                | "inflation"
                | "pollution"
                | "chomage"
        )
}

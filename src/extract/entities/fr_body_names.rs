//! Round 51 (French organisations): a body's name opened by its capitalised article in mid
//! sentence runs on through lowercase adjectives to the place it serves: "un audit vise La
//! Mutuelle forestière du Québec" is one name, not "La Mutuelle" and a place.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// `run` is "La/Le/Les X" in mid sentence (the article capitalised, not opening the
/// sentence), and one or two lowercase adjectives, then "du", "des", "de la" or "de l’" and a
/// known place follow: extends `run` through the place and returns true.
pub fn extend_article_body(ctx: &Ctx, hits: &[GazHit], run: &mut Vec<Item>) -> bool {
    // (asked at every run: the language and the run's shape first)
    let [Item::Word(a), Item::Word(k)] = run[..] else {
        return false;
    };
    let toks = ctx.toks;
    if ctx.lang != Lang::Fr
        || k != a + 1
        || toks[a].initial
        || !matches!(ctx.w(a), "La" | "Le" | "Les")
        || toks[k].allcaps
    {
        return false;
    }
    let mut items = Vec::new();
    let mut j = k + 1;
    // the adjectives ("agricole", "forestière")
    while j < toks.len() && items.len() < 2 {
        let t = &toks[j];
        if t.kind != TokKind::Word || t.cap || ctx.is(j, lex::FUNCTION_WORD | lex::SAID) {
            break;
        }
        let f = ctx.f(j);
        if f.len() < 4 || super::context::verb_like(&f) {
            return false;
        }
        items.push(Item::Word(j));
        j += 1;
    }
    if items.is_empty() || j >= toks.len() {
        return false;
    }
    // the link to the place
    match ctx.w(j) {
        "du" | "des" => {
            items.push(Item::Conn(j));
            j += 1;
        }
        "de" if j + 1 < toks.len() && ctx.w(j + 1) == "la" => {
            items.extend([Item::Conn(j), Item::Conn(j + 1)]);
            j += 2;
        }
        "de" if j + 2 < toks.len() && ctx.w(j + 1) == "l" => {
            items.extend([Item::Conn(j), Item::Conn(j + 1), Item::Conn(j + 2)]);
            j += 3;
        }
        _ => return false,
    }
    let Some(t) = toks.get(j).filter(|t| t.cap && t.kind == TokKind::Word) else {
        return false;
    };
    let Some(h) = hits.iter().find(|h| {
        h.start == t.start && !h.demonym && GAZ.entries[h.entry].kind == EntityKind::Place
    }) else {
        return false;
    };
    while j < toks.len() && toks[j].end <= h.end {
        items.push(if toks[j].kind == TokKind::Word {
            Item::Word(j)
        } else {
            Item::Conn(j)
        });
        j += 1;
    }
    run.extend(items);
    true
}

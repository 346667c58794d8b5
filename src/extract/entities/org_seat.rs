//! An organisation's seat or area after its name: "Frigo Transports du Cap-Vert", "Superior
//! Tribunal de Justicia de Jujuy". A run whose words before its last "de"/"du"/"des"/"d’"
//! read as an organisation on their own, and that ends with a known place after that link,
//! is one name (the caller checks the head's reading). English "of" is left out: "Harcourt
//! Ngata Lawyers of Hamilton" names a firm and its town.

use super::candidates::Item;
use super::classify::{Ctx, first_tok};
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::EntityKind;

/// The index in `run` of the link before its closing known place, when the run is a head
/// of plain words (no known name among them), "de"/"du"/"des"/"d’"/"of", an optional
/// "la"/"l’"/"the", and a known place (not a nationality adjective) ending the run; not
/// after a title or a verb of saying ("le député LR de l’Ain" is a member for a place).
pub fn org_then_seat(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<usize> {
    let n = run.len();
    if n < 3 {
        return None;
    }
    let Item::Gaz { hit, .. } = run[n - 1] else {
        return None;
    };
    if hits[hit].demonym || GAZ.entries[hits[hit].entry].kind != EntityKind::Place {
        return None;
    }
    let mut link = n - 2;
    if let Item::Conn(a) = run[link]
        && matches!(&*ctx.f(a), "la" | "l" | "the")
    {
        link -= 1;
    }
    let Item::Conn(c) = run[link] else {
        return None;
    };
    if !matches!(&*ctx.f(c), "de" | "du" | "des" | "d") || link < 2 {
        return None;
    }
    let head = &run[..link];
    if !matches!(head[0], Item::Word(_))
        || !matches!(head[link - 1], Item::Word(_))
        || head.iter().any(|i| match *i {
            Item::Gaz { .. } => true,
            // ("the Metropolitan Museum of Art de New York": a name in English, then a French
            // link to its town)
            Item::Conn(c) => matches!(&*ctx.f(c), "of" | "the" | "for"),
            Item::Word(_) => false,
        })
        || head
            .iter()
            .all(|i| matches!(*i, Item::Word(k) if ctx.toks[k].allcaps))
    {
        return None;
    }
    let before = ctx.prev_word(first_tok(&run[0]));
    if before.is_some_and(|p| {
        ctx.is(p, super::classify::lex::TITLE) || ctx.is(p, super::classify::lex::SAID)
    }) {
        return None;
    }
    Some(link)
}

/// A second "de"/"du"/"d’" in a run, before a known place that ends the capitalised words:
/// the link [`org_then_seat`] reads ("Conseil des Montagnais du Lac-Saint-Jean"). The run
/// holds two plain words at least and opens with a capitalised one that is no given name.
pub fn second_link_to_place(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
) -> bool {
    if !matches!(ctx.w(k), "du" | "de" | "d") {
        return false;
    }
    let at = super::fr_bodies::name_after_de(ctx, k);
    let Some(h) = super::court_places::place_at(hits, hit_at, at) else {
        return false;
    };
    let after = ctx.toks.iter().skip(at).find(|n| n.start >= hits[h].end);
    if after.is_some_and(|n| n.kind == super::text::TokKind::Word && n.cap) {
        return false;
    }
    let lead = super::classify::opening_article(ctx, run);
    let words = run[lead..]
        .iter()
        .filter(|i| matches!(i, Item::Word(_)))
        .count();
    words >= 2
        && run[lead..].iter().all(|i| match *i {
            Item::Gaz { .. } => false,
            Item::Conn(c) => !matches!(&*ctx.f(c), "of" | "the" | "for"),
            Item::Word(_) => true,
        })
        && matches!(run.get(lead), Some(&Item::Word(f)) if ctx.toks[f].cap
            && !ctx.toks[f].allcaps && !ctx.given(f))
}

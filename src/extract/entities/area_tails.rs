//! Round 56 (French bodies): a body's administrative area after its name ("le Conseil d’État
//! du canton de X", "le Conseil exécutif de la province de X", "la Municipalité de la commune
//! de X"): the area's noun and its place stay inside the body's name.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::{EntityKind, Lang};

/// Lowercase nouns of an administrative area a body serves, folded.
const AREA_NOUNS: &[&str] = &["canton", "province", "commune", "departement", "region"];

/// At "du"/"de" (`k`) after a run that ends with a body (a known organisation or a
/// capitalised body's noun): "[du] canton de|du|d’ X", "[de la] province|commune|région de X",
/// "[du] département de|du X" up to the place's first word; the last token before it.
pub fn area_link_end(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
) -> Option<usize> {
    if ctx.lang != Lang::Fr || !matches!(ctx.w(k), "du" | "de") {
        return None;
    }
    let body = match run.last() {
        Some(&Item::Gaz { hit, .. }) => {
            !hits[hit].demonym && GAZ.entries[hits[hit].entry].kind == EntityKind::Organization
        }
        Some(&Item::Word(j)) => ctx.toks[j].cap && ctx.is(j, lex::ORG_CUE),
        _ => false,
    };
    if !body {
        return None;
    }
    let toks = ctx.toks;
    // "de la province", "du canton"
    let noun = if ctx.w(k) == "de" {
        (toks.len() > k + 2 && ctx.w(k + 1) == "la").then_some(k + 2)?
    } else {
        k + 1
    };
    if noun + 2 >= toks.len() || toks[noun].cap || !AREA_NOUNS.contains(&&*ctx.f(noun)) {
        return None;
    }
    let end = match ctx.w(noun + 1) {
        "de" | "du" => noun + 1,
        "d" if matches!(ctx.w(noun + 2), "’" | "'") => noun + 2,
        _ => return None,
    };
    let place = end + 1;
    (place < toks.len() && toks[place].cap && (hit_at[place].is_some() || !ctx.toks[place].allcaps))
        .then_some(end)
}

//! Historical persons named by a given name and their see or land (round 49): "Grégoire de
//! Tours", "Aliénor d’Aquitaine". A lone known given name, "de" or "d’" and a known place make
//! one person's name when the block speaks of a past of kings, saints or centuries; else
//! ("Marie de Paris a gagné") the given name and the place stay apart.

use super::candidates::Item;
use super::classify::Ctx;
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Folded words of a historical setting: ranks of nobility and of the Church, a reign, a court,
/// centuries.
const PAST_CUES: &[&str] = &[
    "roi",
    "reine",
    "duc",
    "duchesse",
    "comte",
    "comtesse",
    "eveque",
    "archeveque",
    "saint",
    "sainte",
    "empereur",
    "imperatrice",
    "regne",
    "cour",
    "siecle",
    "siecles",
    "moyen",
    "medieval",
    "medievale",
    "chroniqueur",
    "troubadour",
    "troubadours",
    "abbe",
    "abbesse",
];

/// `run` is a given name, "de" (or "d’") and a known place, in a French block of the past.
#[inline]
pub fn given_name_of_place(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    if ctx.lang != Lang::Fr {
        return false;
    }
    let (g, d, place) = match *run {
        [Item::Word(g), Item::Conn(d), Item::Gaz { hit, first, .. }] if first == d + 1 => {
            (g, d, hit)
        }
        [
            Item::Word(g),
            Item::Conn(d),
            Item::Conn(a),
            Item::Gaz { hit, first, .. },
        ] if a == d + 1 && first == a + 1 && matches!(ctx.w(a), "’" | "'") => (g, d, hit),
        _ => return false,
    };
    if d != g + 1 || !matches!(ctx.w(d), "de" | "d") {
        return false;
    }
    let h = &hits[place];
    if h.demonym || GAZ.entries[h.entry].kind != EntityKind::Place {
        return false;
    }
    // no title or capitalised word before the given name ("M. Paul de Lyon")
    if ctx.prev_word(g).is_some_and(|p| {
        ctx.toks[p].cap && !ctx.toks[p].initial || GAZ.sets.titles.contains(&*ctx.f(p))
    }) {
        return false;
    }
    GAZ.sets.given_names.contains(&ctx.f(g))
        && ctx
            .toks
            .iter()
            .enumerate()
            .any(|(j, t)| t.kind == TokKind::Word && !t.cap && PAST_CUES.contains(&&*ctx.f(j)))
}

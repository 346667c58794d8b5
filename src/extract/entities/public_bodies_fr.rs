//! French public bodies named by a lowercase head and a place (round 50): "le port autonome de
//! X", the port's authority ("le port de X" is a place). ("le gouvernement du X" was tried
//! as well and left out: the annotations count it as a body in some articles only.)

use super::classify::Ctx;
use super::gazetteer::GazHit;
use super::text::TokKind;
use crate::extract::types::Lang;

/// The last token of "port autonome de/du X" opened at the lowercase word `k` of a French
/// text: one body, its place included (a known place's whole name: "du Grand Port").
pub fn lowercase_public_body(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    k: usize,
    masked: &[bool],
) -> Option<usize> {
    let t = &ctx.toks[k];
    // (asked at every token: a byte test before any folding)
    if ctx.lang != Lang::Fr || t.cap || t.kind != TokKind::Word || masked[k] {
        return None;
    }
    let w = ctx.w(k);
    if w != "port" || k + 1 >= ctx.toks.len() || ctx.w(k + 1) != "autonome" {
        return None;
    }
    let toks = ctx.toks;
    let mut j = k + 2;
    let mut linked = false;
    while j < toks.len() && j < k + 6 {
        if masked[j] {
            return None;
        }
        if toks[j].cap {
            if toks[j].kind != TokKind::Word || !linked {
                return None;
            }
            let hit = hit_at.get(j).copied().flatten().map(|h| &hits[h]);
            if let Some(h) = hit
                && !h.demonym
                && super::gazetteer::GAZ.entries[h.entry].kind
                    == crate::extract::types::EntityKind::Place
            {
                // the gazetteer hit's last token ("la Polynésie française")
                let mut e = j;
                while e + 1 < toks.len() && toks[e + 1].end <= h.end {
                    e += 1;
                }
                return Some(e);
            }
            return Some(j);
        }
        match ctx.w(j) {
            "de" | "du" | "des" | "la" | "l" | "d" => linked = true,
            "’" | "'" if linked => {}
            _ => return None,
        }
        j += 1;
    }
    None
}

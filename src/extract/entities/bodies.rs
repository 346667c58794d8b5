//! Round 31b: bodies' names and persons told apart from them: a relative "who" after an
//! apposition's noun of organisations speaks of a person.

use super::classify::Ctx;
use super::text::TokKind;
use crate::extract::types::Lang;

/// The word after the apposition's noun `j` is the English relative "who" ("Ada Ekwe, a
/// trader who joined the protest"): the name is a person's (bodies take "that" or "which").
#[inline]
pub fn person_relative_after(ctx: &Ctx, j: usize) -> bool {
    ctx.lang == Lang::En && j + 1 < ctx.toks.len() && ctx.w(j + 1) == "who"
}

/// At "parc" or "Parc" (`k`) in French: "national" or "naturel" (and "régional", "marin" or
/// "interrégional"), "de", "du", "des" or "d’" (and "la" or "l’"), then one to three
/// capitalised words ("le Parc national des Cévennes", "le parc naturel régional du
/// Haut-Jura"): the public body that runs the park, as news name it (the area itself is
/// named without "parc"). The index of the name's last token.
pub fn french_park_end(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    if ctx.lang != Lang::Fr
        || k + 3 >= toks.len()
        || !matches!(ctx.w(k + 1), "national" | "naturel")
    {
        return None;
    }
    let mut j = k + 2;
    if matches!(ctx.w(j), "régional" | "marin" | "interrégional") {
        j += 1;
    }
    let open = |j: usize| j < toks.len() && !masked[j];
    if !open(j) || !matches!(ctx.w(j), "de" | "du" | "des" | "d") {
        return None;
    }
    j += 1;
    // elisions and an article: "d’Iroise", "de la Vanoise", "de l’Ariège"
    while open(j) && matches!(ctx.w(j), "’" | "'" | "la" | "l") {
        j += 1;
    }
    let cap = |j: usize| open(j) && toks[j].kind == TokKind::Word && toks[j].cap;
    if !cap(j) {
        return None;
    }
    let mut end = j;
    while end < j + 2 && cap(end + 1) {
        end += 1;
    }
    Some(end)
}

/// At "et" (`k`) right after a run holding a capitalised word: "fils", "frères" or "cie" in
/// lowercase, then no capitalised word ("la Librairie Vasseur et fils", "Morin et frères"): a
/// family firm's tail, the end of its name (its index).
pub fn lowercase_family_tail(
    ctx: &Ctx,
    run: &[super::candidates::Item],
    k: usize,
    masked: &[bool],
) -> Option<usize> {
    let toks = ctx.toks;
    let tail = k + 1;
    if tail >= toks.len()
        || masked[tail]
        || !matches!(ctx.w(tail), "fils" | "frères" | "cie")
        || !run
            .last()
            .is_some_and(|i| super::classify::last_tok(i) + 1 == k)
        || toks
            .get(tail + 1)
            .is_some_and(|n| n.kind == TokKind::Word && n.cap)
    {
        return None;
    }
    Some(tail)
}

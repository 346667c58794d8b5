//! A lone name that the next words call back as a village ("le souvenir de X reste vif. En
//! mai, ce village du Haut-Pays…", "X … Cette commune de la vallée…", "X. The village…"): a
//! demonstrative and a noun of settlements name the last name before them, which is a place.

use super::classify::Ctx;
use super::text::TokKind;
use crate::extract::types::Lang;

/// Nouns of settlements a demonstrative calls back ("ce village", "cette commune").
const FR_SETTLEMENTS: &[&str] = &[
    "village",
    "hameau",
    "commune",
    "bourg",
    "bourgade",
    "localité",
    "station",
];
const EN_SETTLEMENTS: &[&str] = &["village", "hamlet", "town", "township"];

/// How many tokens after the name the callback may come.
const REACH: usize = 24;

/// The lone name ending at `lt` is called back by "ce village"/"cette commune" ("this
/// village") within the next sentence, and no capitalised word but a sentence's first lies
/// between them (that would be the name called back).
pub fn recalled_as_village(ctx: &Ctx, lt: usize) -> bool {
    let n = ctx.toks.len().min(lt + 1 + REACH);
    let mut stops = 0;
    let mut k = lt + 1;
    while k + 1 < n {
        let t = &ctx.toks[k];
        if t.kind == TokKind::Punct {
            if matches!(ctx.w(k), "." | "!" | "?") {
                stops += 1;
                if stops > 1 {
                    return false;
                }
            }
            k += 1;
            continue;
        }
        let w = ctx.w(k);
        let demonstrative = match ctx.lang {
            Lang::Fr => matches!(w, "ce" | "Ce" | "cette" | "Cette"),
            _ => matches!(w, "this" | "This"),
        };
        if demonstrative {
            let noun = ctx.w(k + 1);
            let nouns = match ctx.lang {
                Lang::Fr => FR_SETTLEMENTS,
                _ => EN_SETTLEMENTS,
            };
            return ctx.toks[k + 1].kind == TokKind::Word && nouns.contains(&noun);
        }
        if t.cap && !t.initial {
            return false;
        }
        k += 1;
    }
    false
}

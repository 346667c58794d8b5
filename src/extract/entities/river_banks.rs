//! A river named by its banks, its flow or its mouth in English ("on the left bank of the X",
//! "upstream of the X", "the mouth of the X", "the X burst its banks"); the French side ("la
//! rive droite du X", "en aval de la X") is read with the geographic heads in `words`.

use super::classify::Ctx;
use super::context::fw;
use crate::extract::types::Lang;

/// `first` comes after "the" and "of", after a noun of a river's course ("upstream of the X",
/// "the mouth of the X", "the left bank of the X", "along the banks of the X"). `p1` is the
/// word "of", `f2` the word before it. A lone "bank of" is a lender's ("the Bank of X").
pub fn river_part_before(ctx: &Ctx, p1: Option<usize>, f2: &str) -> bool {
    if ctx.lang != Lang::En {
        return false;
    }
    let Some(p2) = p1.and_then(|p| ctx.prev_word(p)) else {
        return false;
    };
    if ctx.toks[p2].cap && !ctx.toks[p2].initial {
        return false;
    }
    match f2 {
        "upstream" | "downstream" | "mouth" | "estuary" | "delta" => true,
        // "the left bank of the X", "on the right banks of the X"
        "bank" | "banks" => {
            let p3 = ctx.prev_word(p2);
            match &*fw(ctx, p3) {
                "left" | "right" => true,
                // "on the banks of the X", "burst the banks of the X" (not "the banks of the
                // X" alone: the lenders of a country)
                "the" if f2 == "banks" => matches!(
                    &*fw(ctx, p3.and_then(|p| ctx.prev_word(p))),
                    "on" | "along" | "from" | "by" | "burst" | "broke" | "lining"
                ),
                _ => false,
            }
        }
        _ => false,
    }
}

/// "the X burst its banks", "the X has overflowed its banks": only a river does.
pub fn banks_burst_after(ctx: &Ctx, last: usize) -> bool {
    let toks = ctx.toks;
    let mut j = last + 1;
    if ctx.lang != Lang::En || j + 2 >= toks.len() {
        return false;
    }
    if matches!(ctx.w(j), "has" | "had") {
        j += 1;
    }
    j + 2 < toks.len()
        && matches!(
            ctx.w(j),
            "burst" | "bursts" | "broke" | "breaks" | "overflowed" | "overflows" | "overtopped"
        )
        && ctx.w(j + 1) == "its"
        && ctx.w(j + 2) == "banks"
}

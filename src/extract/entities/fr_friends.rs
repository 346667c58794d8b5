//! French groups of friends named after what they look after ("les Amis du moulin de Kervel",
//! "des Amis de la forêt de Bréval"): "Amis" heads a body's name in sentence case, as an
//! institution's head does, when a plural article stands before it and "de" after it.

use super::candidates::Item;
use super::classify::Ctx;

/// A plural article or contraction right before the token `k` ("les", "des", "aux"), or `k`
/// opening a sentence after "Les" (`k` is then that article).
pub fn plural_article_before(ctx: &Ctx, k: usize) -> bool {
    ctx.prev_word(k)
        .is_some_and(|p| matches!(&*ctx.f(p), "les" | "des" | "aux"))
}

/// The run (perhaps a sentence's opening "Les" and "Amis") heads a group of friends: a plural
/// article before "Amis" and "de"/"du"/"des"/"d’" right after it ("les amis de la famille" is
/// lowercase, never asked; "Amis de longue date, ils …" opens a sentence with no article).
pub fn friends_head(ctx: &Ctx, run: &[Item]) -> bool {
    let (first, last) = match *run {
        [Item::Word(a), Item::Word(h)] => (a, h),
        [Item::Word(h)] => (h, h),
        _ => return false,
    };
    let article = if first < last {
        matches!(&*ctx.f(first), "les")
    } else {
        plural_article_before(ctx, last)
    };
    article
        && ctx.w(last) == "Amis"
        && ctx
            .toks
            .get(last + 1)
            .is_some_and(|_| matches!(ctx.w(last + 1), "de" | "du" | "des" | "d"))
}

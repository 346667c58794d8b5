//! Round 66: a firm's town after its legal form, and a few names whose head was cut short.
//! "Trevithick & Sons Marine Ltd of Hayle", "Dawe & Sons Ltd. of Catalina": the legal form
//! closes the firm's name and "of" then names the town it is based in, known to the gazetteer
//! or not ("Harcourt Ngata Lawyers of Hamilton" was already split on its known town).

use super::candidates::Item;
use super::classify::Ctx;
use super::text::TokKind;

/// The index in `run` of a legal form followed by "of" and one or two plain capitalised words
/// ending the run (no acronym, no known name, no other link): the firm ends at the form, the
/// words after "of" are its town.
pub fn form_then_town(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    let n = run.len();
    if n < 4 {
        return None;
    }
    let tail = match run[n - 2..] {
        [Item::Conn(_), Item::Word(_)] => 1,
        [Item::Word(_), Item::Word(_)] => 2,
        _ => return None,
    };
    let of = n - 1 - tail;
    let (Item::Conn(c), Item::Word(f)) = (run[of], run[of.checked_sub(1)?]) else {
        return None;
    };
    (ctx.w(c) == "of"
        && super::trades::legal_form(ctx.w(f))
        && run[of + 1..]
            .iter()
            .all(|i| matches!(*i, Item::Word(k) if !ctx.toks[k].allcaps)))
    .then_some(of - 1)
}

/// The run is one or two plain capitalised words straight after "of" and a legal form ending
/// a firm's name ("Dawe & Sons Ltd. of Catalina"): the firm's town.
pub fn town_after_form(ctx: &Ctx, run: &[Item]) -> bool {
    let (Some(&Item::Word(k)), 1..=2) = (run.first(), run.len()) else {
        return false;
    };
    if !run
        .iter()
        .all(|i| matches!(*i, Item::Word(j) if !ctx.toks[j].allcaps))
    {
        return false;
    }
    let Some(c) = k.checked_sub(1) else {
        return false;
    };
    let Some(mut f) = c.checked_sub(1) else {
        return false;
    };
    // ("Ltd." written with its full stop apart)
    if ctx.w(f) == "." {
        let Some(g) = f.checked_sub(1) else {
            return false;
        };
        f = g;
    }
    ctx.toks[c].kind == TokKind::Word
        && ctx.w(c) == "of"
        && ctx.toks[f].kind == TokKind::Word
        && super::trades::legal_form(ctx.w(f))
}

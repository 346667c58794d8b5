//! Round 54: a firm's name that a legal form closes takes all its "du", "de la", "des" (or
//! "of the") links back to its head ("Laiterie du Val des Prés SC", "Orchards of the Vale of
//! Roses Ltd"): one firm, even where the words after the second link would name a place.

use super::candidates::Item;
use super::classify::Ctx;
use super::text::TokKind;

/// Company and cooperative forms of Belgium, France and Switzerland beyond
/// [`super::trades::legal_form`] ("… SC", "… SCRL", "… Sàrl").
const MORE_FORMS: &[&str] = &[
    "SC", "SCRL", "SCRI", "SCS", "SPRL", "SRL", "SARL", "Sàrl", "SCOP", "SCIC", "SNC", "SCA",
    "SASU", "EURL",
];

/// Lowercase links inside a firm's name.
const LINKS: &[&str] = &["de", "du", "des", "d", "la", "l", "of", "the"];

/// At a link `k` the run may not take otherwise (it holds one already): capitalised words
/// after it, with links between them, up to a legal form closing them, within eight tokens.
/// The legal form's index.
pub fn legal_form_closes(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    let mut names = 0;
    for j in k + 1..toks.len().min(k + 9) {
        let t = &toks[j];
        if masked[j] {
            return None;
        }
        let w = ctx.w(j);
        // (round 59) "des Vergers du Rang de la Montagne inc.": a Canadian firm's form in
        // lowercase closes it as well
        if names > 0 && t.kind == TokKind::Word && matches!(w, "inc" | "ltée" | "enr") {
            return Some(j);
        }
        if t.kind == TokKind::Word && t.cap {
            if names > 0 && (super::trades::legal_form(w) || MORE_FORMS.contains(&w)) {
                return Some(j);
            }
            names += 1;
        } else if !((t.kind == TokKind::Word && LINKS.contains(&w))
            || (t.kind == TokKind::Punct && matches!(w, "’" | "'")))
        {
            return None;
        }
    }
    None
}

/// The items from the link `k` to the legal form `end`: capitalised words, links between.
pub fn link_items<'c>(ctx: &'c Ctx, k: usize, end: usize) -> impl Iterator<Item = Item> + 'c {
    (k..=end).map(|j| {
        let t = &ctx.toks[j];
        if t.kind == TokKind::Word && t.cap {
            Item::Word(j)
        } else {
            Item::Conn(j)
        }
    })
}

//! Round 57 (French bodies): a secretariat's or an office's remit in lowercase after "aux"/"à
//! la"/"au", then the peoples or bodies it deals with ("le Secrétariat aux relations avec les
//! Premières Nations et les Inuit", "l’Office à la coopération avec les Communautés X", "le
//! Bureau aux affaires autochtones"): one body's name, whose capitalised tail is no body of its
//! own. "les Premières Nations" alone (a people) names no body.

use super::candidates::Item;
use super::classify::Ctx;
use super::text::TokKind;

/// Heads (folded) of an office named after its remit.
const REMIT_HEADS: &[&str] = &[
    "secretariat",
    "office",
    "commissariat",
    "haut-commissariat",
    "bureau",
    "delegation",
];

/// Lowercase links (folded) from the remit to the parties it deals with.
const PARTY_LINKS: &[&str] = &["avec", "des", "de", "du", "d", "pour", "entre"];

/// The items after the head `k` (folded `head`): "aux"/"au"/"à la"/"à l’" and one to three
/// lowercase nouns and adjectives, maybe a link and the capitalised parties ("les X et les Y").
pub(super) fn remit_items(ctx: &Ctx, k: usize, head: &str) -> Option<Vec<Item>> {
    // (a byte first: most heads are none of these)
    if !matches!(
        head.as_bytes().first(),
        Some(b's' | b'o' | b'c' | b'h' | b'b' | b'd')
    ) || !REMIT_HEADS.contains(&head)
    {
        return None;
    }
    let toks = ctx.toks;
    let n = toks.len();
    let lower = |j: usize| j < n && toks[j].kind == TokKind::Word && !toks[j].cap;
    let mut items = Vec::new();
    let mut j = k + 1;
    match &*ctx.f(j.min(n - 1)) {
        _ if !lower(j) => return None,
        "aux" | "au" => {
            items.push(Item::Conn(j));
            j += 1;
        }
        "a" if lower(j + 1) && ctx.f(j + 1) == "la" => {
            items.extend([Item::Conn(j), Item::Conn(j + 1)]);
            j += 2;
        }
        "a" if j + 2 < n && ctx.w(j + 1) == "l" && matches!(ctx.w(j + 2), "’" | "'") => {
            items.extend([Item::Conn(j), Item::Conn(j + 1), Item::Conn(j + 2)]);
            j += 3;
        }
        _ => return None,
    }
    // the remit: lowercase nouns and adjectives, no function word nor verb
    let mut words = 0;
    while words < 3 && lower(j) && remit_word(ctx, j) {
        items.push(Item::Word(j));
        j += 1;
        words += 1;
    }
    if words == 0 {
        return None;
    }
    // the parties: a link, an article, capitalised words, "et les" and more
    if lower(j) && PARTY_LINKS.contains(&&*ctx.f(j)) {
        let mut tail = vec![Item::Conn(j)];
        let mut t = j + 1;
        let mut caps = 0;
        let mut end = None;
        while t < n && tail.len() < 12 {
            let f = ctx.f(t);
            if toks[t].cap && toks[t].kind == TokKind::Word {
                tail.push(Item::Word(t));
                caps += 1;
                end = Some(tail.len());
            } else if lower(t)
                && matches!(
                    &*f,
                    "les" | "la" | "le" | "l" | "et" | "du" | "de" | "des" | "d"
                )
                || matches!(ctx.w(t), "’" | "'")
            {
                tail.push(Item::Conn(t));
            } else {
                break;
            }
            t += 1;
        }
        if caps > 0
            && let Some(end) = end
        {
            tail.truncate(end);
            items.extend(tail);
        }
    }
    Some(items)
}

/// A lowercase word of a remit: no function word, no verb, no article.
fn remit_word(ctx: &Ctx, j: usize) -> bool {
    let f = ctx.f(j);
    f.len() > 3
        && !super::gazetteer::GAZ.sets.function_words.contains(&*f)
        && !super::context::verb_like(&f)
        && !PARTY_LINKS.contains(&&*f)
}

/// "les Premières Nations", "First Nations": a people's name, no body (a body holding it has
/// a head before: "l’Assemblée des Premières Nations").
pub(super) fn peoples_name(ctx: &Ctx, run: &[Item]) -> bool {
    let (lead, [Item::Word(a), Item::Word(b)]) = run.split_at(run.len().saturating_sub(2)) else {
        return false;
    };
    ctx.w(*b) == "Nations"
        && matches!(ctx.w(*a), "Premières" | "First")
        && match lead {
            [] => true,
            [Item::Word(l)] => matches!(ctx.w(*l), "Les" | "The"),
            _ => false,
        }
}

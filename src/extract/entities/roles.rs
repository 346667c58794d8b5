//! Round 33 (second part): a sentence's opening plural noun of people joined to a name by
//! "for"/"of" ("Lawyers for Harbin Steel said…", "Shareholders of Ostrava Mills voted…") is
//! no part of the name: the name is what follows.

use super::candidates::Item;
use super::classify::{Ctx, last_tok};

/// Plural nouns of people acting for, or belonging to, a body or a person.
const ROLE_PLURALS: &[&str] = &[
    "lawyers",
    "counsel",
    "attorneys",
    "solicitors",
    "advocates",
    "residents",
    "supporters",
    "shareholders",
    "stockholders",
    "members",
    "officials",
    "workers",
    "employees",
    "staff",
    "critics",
    "investors",
    "creditors",
    "owners",
    "parents",
    "executives",
    "analysts",
    "representatives",
    "spokespeople",
    "opponents",
    "customers",
    "clients",
    "bondholders",
    "tenants",
    "leaders",
    "directors",
    "managers",
    "engineers",
    "researchers",
    "scientists",
    "volunteers",
    "fans",
];

/// The number of items to skip in `run` when it opens a sentence with a plural noun of people
/// and "for"/"of" before a capitalised word ("Lawyers for Harbin Steel Mills"), else 0.
/// Guards, for a body named so ("Lawyers for Human Rights"): the whole run written again in the
/// block, or an acronym in brackets right after it.
pub fn role_opening(ctx: &Ctx, run: &[Item]) -> usize {
    let (Some(&Item::Word(k)), Some(&Item::Conn(c))) = (run.first(), run.get(1)) else {
        return 0;
    };
    // (round 60) "Lawyers for the SNEPG": the name may take its article
    let the = usize::from(matches!(run.get(2), Some(&Item::Conn(t)) if ctx.w(t) == "the"));
    if !matches!(run.get(2 + the), Some(&Item::Word(_) | &Item::Gaz { .. })) {
        return 0;
    }
    // (round 62) "Prosecuting for the EA, Catherine Moorhouse said": a gerund of pleading
    // opening the sentence, "for" and an acronym alone
    if ctx.toks[k].initial
        && matches!(
            ctx.w(k),
            "Prosecuting" | "Defending" | "Representing" | "Mitigating" | "Appearing"
        )
        && ctx.w(c) == "for"
        && run.len() == 3 + the
        && matches!(run[2 + the], Item::Word(a) if ctx.toks[a].allcaps)
    {
        return 2 + the;
    }
    if !ctx.toks[k].initial
        || !ctx.w(k).ends_with('s') && ctx.w(k) != "Staff" && ctx.w(k) != "Counsel"
        || !matches!(ctx.w(c), "for" | "of")
        || !ROLE_PLURALS.contains(&&*ctx.f(k))
    {
        return 0;
    }
    let (s, e) = (
        ctx.toks[k].start,
        ctx.toks[last_tok(&run[run.len() - 1])].end,
    );
    let whole = &ctx.text[s..e];
    let again = ctx.text[e..].contains(whole) || ctx.text[..s].contains(whole);
    let acronym = ctx.text[e..].strip_prefix(" (").is_some_and(|r| {
        r.starts_with(|ch: char| ch.is_uppercase()) && {
            let a: &str = r.split(')').next().unwrap_or("");
            a.len() >= 2 && a.len() <= 8 && a.chars().all(|ch| ch.is_uppercase() || ch == '&')
        }
    });
    if again || acronym {
        return 0;
    }
    2 + the
}

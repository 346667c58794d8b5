//! Verbs of an English title-case headline (round 58): "Harbour Board Approves Levy",
//! "Bank of Ruritania Holds Rate", "Growers Sue County Over Permits". Capitals are no evidence
//! in a headline, so a run of capitalised words can run on through the verb into its object;
//! the verb ends the name and the words after it are a run of their own.

use super::candidates::Item;
use super::classify::Ctx;

/// Third-person verbs a headline puts after its subject ("Council Backs…", "Judge Blocks…").
const S_VERBS: &[&str] = &[
    "Adds",
    "Admits",
    "Advances",
    "Agrees",
    "Announces",
    "Appeals",
    "Approves",
    "Awards",
    "Backs",
    "Bans",
    "Blocks",
    "Buys",
    "Calls",
    "Cancels",
    "Clears",
    "Closes",
    "Cuts",
    "Delays",
    "Denies",
    "Drops",
    "Ends",
    "Expands",
    "Extends",
    "Faces",
    "Fines",
    "Freezes",
    "Grants",
    "Halts",
    "Hikes",
    "Holds",
    "Lifts",
    "Loses",
    "Lowers",
    "Orders",
    "Pledges",
    "Pulls",
    "Raises",
    "Rejects",
    "Reopens",
    "Says",
    "Scraps",
    "Seeks",
    "Sells",
    "Signs",
    "Slams",
    "Sues",
    "Suspends",
    "Unveils",
    "Upholds",
    "Urges",
    "Vetoes",
    "Vows",
    "Warns",
    "Weighs",
    "Wins",
];

/// The plain forms a plural subject takes ("Growers Sue…", "Unions Back…").
const BASE_VERBS: &[&str] = &[
    "Approve", "Back", "Ban", "Block", "Cut", "Reject", "Say", "Seek", "Sue", "Urge", "Vow",
    "Warn", "Weigh", "Win",
];

/// The place in `run` of a headline's verb after its subject, when the block is an English
/// title-case heading: a word of [`S_VERBS`], or of [`BASE_VERBS`] after a plural word.
pub(super) fn verb_at(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    (1..run.len()).find(|&p| {
        let Item::Word(k) = run[p] else {
            return false;
        };
        let prev_word = match run[p - 1] {
            Item::Word(j) => Some(j),
            Item::Gaz { .. } => None,
            Item::Conn(_) => return false,
        };
        let t = &ctx.toks[k];
        if !t.cap || t.allcaps {
            return false;
        }
        let w = ctx.w(k);
        S_VERBS.contains(&w)
            || (BASE_VERBS.contains(&w)
                && prev_word.is_some_and(|j| ctx.w(j).len() > 3 && ctx.w(j).ends_with('s')))
    })
}

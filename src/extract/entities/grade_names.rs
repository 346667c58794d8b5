//! A grade's number inside a health facility's name ("Ember Level 4 Hospital", "Tanabay Tier 2
//! Clinic"): the number joins the capitalised run only between an own name and a facility noun,
//! never a grade alone ("Tier 1 Capital", "Category 4 Hurricane", "reached Level 5 Friday").

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::text::TokKind;

/// Capitalised nouns of a grade or a rank that a number follows inside a facility's name.
const GRADE_NOUNS: &[&str] = &["Level", "Tier", "Grade", "Category", "Class"];

/// Nouns closing a health facility's or a school's name after its grade ("Level 5 Hospital",
/// "Tier 3 Dispensary"); "Centre"/"Center" only after "Health" or "Medical".
const FACILITY_NOUNS: &[&str] = &["Hospital", "Clinic", "Dispensary", "School"];

/// At most this many words between the number and the facility noun ("Level 4 Health Centre"),
/// and before the grade noun ("Lower Ember Level 4 Hospital"): the glue stays short, so a
/// crafted text of grades and numbers makes no long run.
const MAX_WORDS: usize = 3;

/// At the number `k` (a lowercase word; the caller checked it opens with a digit): straight
/// after a grade noun closing the open `run`, which opens with a known place or an own name (no
/// other number, no cue, at most [`MAX_WORDS`] items), and before capitalised words separated
/// by a space or a no-break space that end with a facility noun, it is part of the name.
#[inline]
pub fn grade_number(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    // (the cheap tests first: most numbers follow no word of the run)
    matches!(run.last(), Some(&Item::Word(g)) if g + 1 == k)
        && ctx.toks[k].end - ctx.toks[k].start <= 2
        && grade_in_name(ctx, run, k)
}

/// [`grade_number`] past its cheap tests.
#[inline(never)]
fn grade_in_name(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    let toks = ctx.toks;
    let Some((&Item::Word(g), before)) = run.split_last() else {
        return false;
    };
    if !GRADE_NOUNS.contains(&ctx.w(g)) {
        return false;
    }
    // ("the Ember Level 4 Hospital": an article opens no name)
    let before = match before.first() {
        Some(&Item::Word(a)) if ctx.is(a, lex::FUNCTION_WORD) => &before[1..],
        _ => before,
    };
    if before.is_empty()
        || before.len() > MAX_WORDS
        || !before.iter().all(|i| match *i {
            Item::Word(j) => {
                toks[j].cap
                    && !toks[j].allcaps
                    && !ctx.is(j, lex::ORG_CUE | lex::TITLE | lex::NOISE)
                    && !GRADE_NOUNS.contains(&ctx.w(j))
            }
            Item::Gaz { .. } => true,
            Item::Conn(_) => false,
        })
    {
        return false;
    }
    let mut prev_end = toks[k].end;
    for (m, t) in toks.iter().enumerate().skip(k + 1).take(MAX_WORDS) {
        if t.kind != TokKind::Word
            || !t.cap
            || !matches!(&ctx.text[prev_end..t.start], " " | "\u{a0}" | "\u{202f}")
        {
            return false;
        }
        let w = ctx.w(m);
        if FACILITY_NOUNS.contains(&w)
            || (matches!(w, "Centre" | "Center")
                && m > k + 1
                && matches!(ctx.w(m - 1), "Health" | "Medical"))
        {
            return true;
        }
        prev_end = t.end;
    }
    false
}

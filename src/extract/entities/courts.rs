//! Round 33 (second part): courts and tribunals named by a common noun ("the Environment
//! Court", "the Youth Court", "the Land Court"): a court of law, no venue.

use super::candidates::Item;
use super::classify::{Ctx, first_tok, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// "the Environment Court", "The Youth Court ruled": a "Court" closing a name that an article
/// opens, after words that are neither places nor venues, is a court of law. A venue or a
/// palace is named bare or by a place ("on Centre Court", "at Hampton Court", "Earls Court").
pub fn court_of_law(ctx: &Ctx, run: &[Item], folded: &[std::borrow::Cow<str>], pos: usize) -> bool {
    if pos + 1 != folded.len() || pos == 0 {
        return false;
    }
    let words = match run.first() {
        Some(Item::Word(_)) if folded[0] == "the" => &run[1..],
        Some(it) => {
            let ft = first_tok(it);
            let the = ctx
                .prev_word(ft)
                .is_some_and(|p| ctx.w(p).eq_ignore_ascii_case("the"));
            if !the {
                return false;
            }
            run
        }
        None => return false,
    };
    let body = &words[..words.len().saturating_sub(1)];
    !body.is_empty()
        && body.iter().all(|it| match *it {
            Item::Word(k) => {
                !ctx.is(k, lex::PLACE_CUE)
                    && !super::context::known_place(ctx, k)
                    && !matches!(&*ctx.f(k), "centre" | "center" | "court")
            }
            _ => false,
        })
}

/// Words that close a court's name ("… of Appeals", "Bankruptcy Court", "… of Federal Claims").
const COURT_ENDS: &[&str] = &["Court", "Appeals", "Appeal", "Claims"];

/// Words that close a court's seat after "for (the)": "… for the 9th Circuit", "… for the
/// Southern District of Ohio", "… for Ember Division 4".
const SEAT_HEADS: &[&str] = &["Circuit", "District", "Division"];

/// Words after a court's "in" that name its sitting, not its seat ("the Court of Appeal in
/// Chambers", "the Court of Session", "the Court in Banc").
const SITTINGS: &[&str] = &["chambers", "session", "banc", "bank", "camera", "banco"];

/// Round 34: at "in" (`k`) after a court's name: a seat follows ("… in Halden"), a known
/// place or an unknown capitalised word that names no sitting, no common noun nor body.
pub fn court_seat_follows(
    ctx: &Ctx,
    run: &[Item],
    k: usize,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
) -> bool {
    let n = k + 1;
    court_ends_run(ctx, run)
        && n < ctx.toks.len()
        && ctx.toks[n].kind == TokKind::Word
        && ctx.toks[n].cap
        && match hit_at.get(n).copied().flatten() {
            Some(h) => GAZ.entries[hits[h].entry].kind == EntityKind::Place,
            None => {
                !SITTINGS.contains(&&*ctx.f(n))
                    && !ctx.is(n, lex::COMMON_NOUN | lex::ORG_CUE | lex::ORG_INTRO)
            }
        }
}

/// Round 34: the run ends with a court's name ("the Court of Appeals", "the County Court"):
/// "in" after it gives the court's seat ("… in Halden"), never more of its name.
pub fn court_ends_run(ctx: &Ctx, run: &[Item]) -> bool {
    matches!(run.last(), Some(&Item::Word(l)) if COURT_ENDS.contains(&ctx.w(l)))
        && run
            .iter()
            .any(|i| matches!(*i, Item::Word(j) if ctx.w(j) == "Court"))
}

/// Round 34: at "for" (`k`) right after a court's name ("Court of Appeals", "District Court",
/// "Bankruptcy Court"): its circuit, district or division ("for the Ninth Circuit", "for the
/// Eastern District of Virginia", "for the District of Columbia", "for Ember Division 4") is
/// part of its name. The index of the name's last token; a place after "in" stays out.
pub fn court_seat_end(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    if !matches!(run.last(), Some(&Item::Word(l)) if l + 1 == k) || !court_ends_run(ctx, run) {
        return None;
    }
    let mut e = k + 1;
    if e < toks.len() && ctx.w(e) == "the" {
        e += 1;
    }
    // capitalised words, ordinals and numbers: "10th", "Ninth", "Southern", "Ember Division 4"
    let from = e;
    let mut head = None;
    while e < toks.len()
        && e < from + 4
        && !masked[e]
        && toks[e].kind == TokKind::Word
        && (toks[e].cap || ctx.w(e).starts_with(|c: char| c.is_ascii_digit()))
    {
        if SEAT_HEADS.contains(&ctx.w(e)) {
            head = Some(e);
        }
        e += 1;
    }
    let head = head?;
    // (a number after a division: "Ember Division 4"; nothing else after the head noun)
    let mut end = head;
    if end + 1 < e
        && ctx.w(head) == "Division"
        && ctx.w(end + 1).starts_with(|c: char| c.is_ascii_digit())
    {
        end += 1;
    }
    // (no possessive after it: "thanked the District Court for the District's patience")
    if end + 1 != e || e < toks.len() && matches!(ctx.w(e), "'" | "’") {
        return None;
    }
    // "… District of Ohio", "… District of Columbia": the district's state
    if ctx.w(head) != "Circuit" && end == head && e + 1 < toks.len() && ctx.w(e) == "of" {
        let mut s = e + 1;
        while s < toks.len()
            && s < e + 4
            && !masked[s]
            && toks[s].kind == TokKind::Word
            && toks[s].cap
        {
            s += 1;
        }
        if s > e + 1 {
            end = s - 1;
        }
    }
    Some(end)
}

/// Heads of a county's or a parish's name that close a court's seat after "for"/"of".
const SEATS: &[&str] = &["County", "Parish"];

/// "the Ohio District Court for Orrin County", "the Superior Court of Dunmore County": a
/// "Court" then "for"/"of" and a county's name closing the run: one court, with the state
/// before it, not the county (round 55).
#[inline(never)]
pub fn court_for_county(ctx: &Ctx, run: &[Item]) -> bool {
    // (asked at every run: the last word first)
    let n = run.len();
    n >= 4
        && matches!(run[n - 1], Item::Word(k) if SEATS.contains(&ctx.w(k)))
        // (a county's own name before its head: not "for the District’s patience")
        && matches!(run[n - 2], Item::Word(_) | Item::Gaz { .. })
        && run[..n - 2].windows(2).any(|w| {
            matches!(w, [Item::Word(c), Item::Conn(f)]
                if ctx.w(*c) == "Court" && matches!(ctx.w(*f), "for" | "of"))
        })
}

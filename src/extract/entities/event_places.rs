//! Events named after where they are held (round 44): "les 24 Heures de X", "le Grand Prix de
//! X", "le Marathon de X", "le Festival de X", "le Tour de X", "the 24 Hours of X", "the Tour of
//! X": the name after "de"/"of" is a place, whatever the event's own kind (a race's name is no
//! person's: "Heures de X" read as a given name and a surname).

use super::candidates::Item;
use super::classify::Ctx;
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// The index in `run` where the place of an event's name starts ("Heures", "de", "X": 2), or
/// `None` when the run is no such name.
pub fn event_place(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<usize> {
    // (a byte first: most runs open with no event's noun, nor with "Le"/"The" before one)
    let head_byte = |i: usize| match run.get(i) {
        Some(&Item::Word(h)) => matches!(
            ctx.text.as_bytes()[ctx.toks[h].start],
            b'H' | b'G' | b'M' | b'F' | b'T' | b'R'
        ),
        _ => false,
    };
    if !head_byte(0) && !head_byte(1) {
        return None;
    }
    // ("Le Tour de X" opening a sentence: its article first)
    let lead = super::classify::opening_article(ctx, run);
    let run = &run[lead..];
    if !head_byte(lead) {
        return None;
    }
    let &Item::Word(h) = run.first()? else {
        return None;
    };
    let head = match &*ctx.f(h) {
        // "les 24 Heures de X", "the 24 Hours of X": a number before them
        "heures" | "hours" => {
            let number = h > 0
                && ctx.toks[h - 1].kind == TokKind::Word
                && ctx.w(h - 1).bytes().all(|b| b.is_ascii_digit());
            if !number {
                return None;
            }
            1
        }
        // "le Grand Prix de X", "the Grand Prix of X"
        "grand" => match run.get(1) {
            Some(&Item::Word(p)) if ctx.f(p) == "prix" => 2,
            _ => return None,
        },
        "marathon" | "festival" | "rallye" | "rally" => 1,
        // "le Tour de X" (a race; "la tour de X" is a tower), "the Tour of X"
        "tour" => {
            let article = (lead > 0)
                .then_some(h - 1)
                .or_else(|| ctx.prev_word(h))
                .map(|p| ctx.f(p));
            let race = match ctx.lang {
                Lang::Fr => matches!(article.as_deref(), Some("le" | "du" | "au")),
                Lang::En => true,
            };
            if !race {
                return None;
            }
            1
        }
        _ => return None,
    };
    let Some(&Item::Conn(c)) = run.get(head) else {
        return None;
    };
    if !matches!(&*ctx.f(c), "de" | "d" | "du" | "of") {
        return None;
    }
    let mut start = head + 1;
    while matches!(run.get(start), Some(Item::Conn(_))) {
        start += 1;
    }
    let rest = run.get(start..)?;
    // one to three plain words, or a known place
    let place = match rest {
        [Item::Gaz { hit, .. }] => {
            !hits[*hit].demonym && GAZ.entries[hits[*hit].entry].kind == EntityKind::Place
        }
        _ => {
            (1..=3).contains(&rest.len())
                && rest.iter().all(|i| {
                    matches!(*i, Item::Word(k) if !ctx.toks[k].allcaps
                        && !ctx.is(k, super::classify::lex::ORG_CUE))
                })
        }
    };
    place.then_some(lead + start)
}

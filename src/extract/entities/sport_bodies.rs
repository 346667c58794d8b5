//! Round 54: sports bodies and teams named after their place, and rivers whose name opens with
//! a word read as a body's head. A known place (or one capitalised word) and a sport's name
//! straight after it ("Tasman Cricket", "Kent Netball") name the region's body; "the" + a known
//! place + one capitalised plural ("the Winnipeg Falcons") names a team, not the town, unless
//! the plural is a landform's ("the Dublin Mountains"). A run the river cues name ("the Water of
//! X burst its banks", "the mouth of the Water of X") is a place whatever its head.

use super::candidates::Item;
use super::classify::{Ctx, first_tok, last_tok, opening_article};
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::{EntityKind, Lang};

/// A sport's name as a body's writes it after its region ("Canterbury Rugby"-like names).
fn sport_name(w: &str) -> bool {
    matches!(
        w,
        "Cricket"
            | "Rugby"
            | "Football"
            | "Netball"
            | "Hockey"
            | "Basketball"
            | "Athletics"
            | "Rowing"
            | "Golf"
            | "Tennis"
            | "Cycling"
            | "Swimming"
            | "Softball"
            | "Baseball"
            | "Volleyball"
            | "Squash"
            | "Bowls"
            | "Badminton"
            | "Gymnastics"
            | "Triathlon"
            | "Sailing"
            | "Curling"
            | "Lacrosse"
    )
}

/// Plurals that follow a place's name as a landform's or a district's ("the Dublin Mountains",
/// "the Toronto Islands"), not a team's.
const PLACE_PLURALS: &[&str] = &[
    "mountains",
    "hills",
    "lakes",
    "islands",
    "isles",
    "falls",
    "highlands",
    "lowlands",
    "downs",
    "heights",
    "fells",
    "moors",
    "dales",
    "glens",
    "keys",
    "plains",
    "rapids",
    "springs",
    "sands",
    "gardens",
    "docks",
    "towers",
    "flats",
    "meadows",
    "woods",
    "forests",
    "fields",
    "marshes",
    "levels",
    "narrows",
    "broads",
    "wolds",
    "peaks",
    "ranges",
    "cliffs",
    "caves",
    "waters",
    "wetlands",
    "badlands",
    "catacombs",
    "games",
    "olympics",
    "accords",
    "talks",
    "times",
    "news",
    "suburbs",
    "commons",
    "barracks",
    "baths",
    "buildings",
    "grounds",
];

/// The run (after a sentence's opening article) is a sports body or team named after its
/// place: a known place or one capitalised word, then a sport's name ("Tasman Cricket"); or a
/// known place after "the" and one capitalised plural ("the Winnipeg Falcons"). The offset
/// where the body's name opens.
#[inline]
pub fn sport_body(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<usize> {
    // (the run's length first, in the caller's line: most runs are one word)
    if !(2..=3).contains(&run.len()) || ctx.lang != Lang::En {
        return None;
    }
    sport_body_of(ctx, hits, run)
}

/// [`sport_body`] past its first refusal.
#[inline(never)]
fn sport_body_of(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<usize> {
    let n = run.len();
    let Item::Word(j) = run[n - 1] else {
        return None;
    };
    let t = &ctx.toks[j];
    let first = run[n - 2];
    if !t.cap || t.allcaps || t.end - t.start < 4 || last_tok(&first) + 1 != j {
        return None;
    }
    let place = matches!(first, Item::Gaz { hit, .. } if !hits[hit].demonym
        && GAZ.entries[hits[hit].entry].kind == EntityKind::Place);
    let w = ctx.w(j);
    let sport = sport_name(w);
    if !(sport || place && w.ends_with('s')) {
        return None;
    }
    let a = if n == 3 { opening_article(ctx, run) } else { 0 };
    if a + 2 != n {
        return None;
    }
    if sport {
        // (a lone word no given name: "Jim Cricket" is a man)
        let word = matches!(first, Item::Word(k) if ctx.toks[k].cap && !ctx.toks[k].allcaps
            && !GAZ.sets.given_names.contains(&ctx.f(k)));
        return (word || place).then_some(a);
    }
    // a team: "the" straight before the place, a plural no landform's, no "of" after it
    let the = if a == 1 {
        ctx.w(first_tok(&run[0])) == "The"
    } else {
        ctx.prev_word(first_tok(&first))
            .is_some_and(|p| matches!(ctx.w(p), "the" | "The"))
    };
    if !the || ctx.next_word(j).is_some_and(|n| ctx.w(n) == "of") {
        return None;
    }
    let f = ctx.f(j);
    (!f.ends_with("ss") && !f.ends_with("us") && !PLACE_PLURALS.contains(&&*f)).then_some(a)
}

/// A run of two to four items the river cues name: "burst its banks" after it, or "the mouth
/// of the", "upstream of the", "the left bank of the" before it (the head of the run is no
/// body's then: "the Water of X").
/// Where the river's name opens: past a sentence's opening article, two words at least ("The
/// Ashwell burst its banks" is one word's, read with the single names).
#[inline]
pub fn river_run(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    // (the run's length first, in the caller's line: most runs are one word)
    if !(2..=4).contains(&run.len()) || ctx.lang != Lang::En || !river_cued(ctx, run) {
        return None;
    }
    let a = opening_article(ctx, run);
    (run.len() - a >= 2).then_some(a)
}

/// [`river_run`] past its first refusal.
#[inline(never)]
fn river_cued(ctx: &Ctx, run: &[Item]) -> bool {
    let (ft, lt) = (first_tok(&run[0]), last_tok(&run[run.len() - 1]));
    if super::river_banks::banks_burst_after(ctx, lt) {
        return true;
    }
    let Some(p0) = ctx.prev_word(ft) else {
        return false;
    };
    if ctx.w(p0) != "the" {
        return false;
    }
    let p1 = ctx.prev_word(p0);
    if p1.is_none_or(|p| ctx.w(p) != "of") {
        return false;
    }
    let f2 = super::context::fw(ctx, p1.and_then(|p| ctx.prev_word(p)));
    super::river_banks::river_part_before(ctx, p1, &f2)
}

/// The lowercase word at `k` is the Māori "o" (of) inside a body's name: the run holds "Te",
/// "Ngā" or "Ngāti", a capitalised word ends it, and a capitalised word not in
/// capitals follows straight after ("Te Rūnanga o Marama", "Te Kura o Hāwera").
pub fn maori_of(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> bool {
    run.len() >= 2
        && run
            .iter()
            .any(|i| matches!(*i, Item::Word(h) if matches!(ctx.w(h), "Te" | "Ngā" | "Ngāti")))
        && matches!(run.last(), Some(&Item::Word(l)) if l + 1 == k)
        && ctx
            .next_word(k)
            .is_some_and(|n| !masked[n] && ctx.toks[n].cap && !ctx.toks[n].allcaps && n == k + 1)
}

/// The run holds "Te", "Ngā" or "Ngāti" and after it a Māori "o" joined by [`maori_of`]
/// ("Te Rūnanga o Marama", "delegates of Te Kura o X"): one body's name from the opening word,
/// the article included at a sentence's start. Where the name opens.
#[inline]
pub fn maori_body(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    // (a lone "o" among the connectors first: most runs hold none)
    let o = run.iter().position(|i| {
        matches!(*i, Item::Conn(c) if ctx.toks[c].end - ctx.toks[c].start == 1 && ctx.w(c) == "o")
    })?;
    run[..o]
        .iter()
        .position(|i| matches!(*i, Item::Word(h) if matches!(ctx.w(h), "Te" | "Ngā" | "Ngāti")))
}

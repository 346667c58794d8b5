//! Names that look like persons' and are not (round 33): a given name before a place noun
//! that is no English surname, with a place's evidence around ("in Glenn Falls", "ORIN
//! RAPIDS, Wis. —"), is a town; a given name alone at one end of a route whose other end is a
//! known place ("the line from Tyler to Waco", "between Madison and Sligo"; not after a word
//! of sending: "a call from Marie to Paris") is a place too; a
//! lawyer's title in the plural ending a name is a firm's trade ("X Y Solicitors").

use super::candidates::Item;
use super::classify::Ctx;
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// Place nouns ending town names that are no English surname (unlike "Wells", "Hill",
/// "Lake", "Bay": "Holly Wells", "Ricki Lake" are persons), in the lexicon's place cues.
const TOWN_TAILS: &[&str] = &[
    "falls", "springs", "rapids", "heights", "creek", "harbour", "harbor", "lakes", "river",
];

/// Verbs of a watercourse: "Hilda River burst its banks", "Miriam Creek flooded".
const WATER_VERBS: &[&str] = &[
    "burst",
    "flooded",
    "floods",
    "flood",
    "overflowed",
    "overflows",
    "rose",
    "rises",
    "runs",
    "ran",
    "flows",
    "flowed",
    "drains",
    "dried",
    "froze",
    "meanders",
    "winds",
];

/// Words opening a range and the word that closes them ("from X to Y", "de X à Y").
const RANGES: &[(&str, &str)] = &[("from", "to"), ("between", "and"), ("entre", "et")];

/// Words of sending, of a gift or of a message: one of them shortly before "from X to Y"
/// makes its ends a sender and a receiver ("a call from Marie to Paris", "the gifts went from
/// Lucy to Dallas"), not a span of places ("tolls from Sligo to X", "from Mayo to Louth").
const SENDING_WORDS: &[&str] = &[
    "call",
    "calls",
    "letter",
    "letters",
    "message",
    "messages",
    "email",
    "emails",
    "note",
    "notes",
    "gift",
    "gifts",
    "parcel",
    "parcels",
    "package",
    "text",
    "texts",
    "went",
    "passed",
    "handed",
    "sent",
    "transfer",
    "support",
    "praise",
    "greetings",
    "request",
    "appeal",
    "plea",
    "donation",
    "donations",
    "loan",
    "payment",
    "payments",
    "money",
    "thanks",
    "apology",
    "phone",
    "invitation",
    "card",
    "cards",
    "flowers",
    "tribute",
    "tributes",
    "signal",
];

/// No word of [`SENDING_WORDS`] among the three words before token `o` (the range's opener).
fn no_sender_before(ctx: &Ctx, o: usize) -> bool {
    ctx.w(o) != "from"
        || !(o.saturating_sub(3)..o)
            .any(|j| ctx.toks[j].kind == TokKind::Word && SENDING_WORDS.contains(&&*ctx.f(j)))
}

/// `run` is a place named after a given name: the given name and a [`TOWN_TAILS`] noun, or a
/// lone given name (or a one-word known body so spelt) in a range with a known place.
#[inline]
pub fn given_name_place(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    match *run {
        [Item::Word(a), Item::Word(b)] if b == a + 1 => {
            // (the tail's bytes before any look-up)
            let t = ctx.w(b);
            (5..=7).contains(&t.len())
                && TOWN_TAILS.iter().any(|s| t.eq_ignore_ascii_case(s))
                && town_tail(ctx, hits, a, b)
        }
        // ("The Hilda River flooded": the sentence's article in the run)
        [Item::Word(t), Item::Word(a), Item::Word(b)] if a == t + 1 && b == a + 1 => {
            ctx.w(t) == "The" && town_tail(ctx, hits, a, b) && watercourse(ctx, a, b)
        }
        [Item::Word(k)] => lone_in_range(ctx, hits, k, k),
        [Item::Gaz { hit, first, last }] if first == last => {
            GAZ.entries[hits[hit].entry].kind == EntityKind::Organization
                && lone_in_range(ctx, hits, first, last)
        }
        _ => false,
    }
}

/// "Glenn Falls": a given name, then the tail, cased alike, with a place's evidence around:
/// after a preposition of place ("in Glenn Falls", "near Kyle Springs"), opening a dateline
/// ("ORIN RAPIDS, Wis. —"), or before a comma and a known place ("Glenn Falls, Idaho");
/// elsewhere ("Tyler Rapids assisted", "Rose Creek, a nurse,") a person's name.
#[inline(never)]
fn town_tail(ctx: &Ctx, hits: &[GazHit], a: usize, b: usize) -> bool {
    let toks = ctx.toks;
    let cased_alike = toks[a].cap && toks[b].cap && toks[a].allcaps == toks[b].allcaps;
    if !(cased_alike && GAZ.sets.given_names.contains(&ctx.f(a))) {
        return false;
    }
    let comma_after = b + 2 < toks.len() && ctx.w(b + 1) == ",";
    let after_prep = a >= 1
        && toks[a - 1].kind == TokKind::Word
        && !toks[a - 1].cap
        && matches!(
            ctx.w(a - 1),
            "in" | "near" | "at" | "to" | "from" | "outside" | "à" | "près"
        );
    let dateline = a == 0 && toks[a].allcaps && comma_after && toks[b + 2].cap;
    let place_after = comma_after && place_from(ctx, hits, b + 2).is_some();
    after_prep || dateline || place_after || watercourse(ctx, a, b)
}

/// "The Esther River", "Rosalie Creek burst its banks": a given name and a watercourse's
/// noun after "the" or before a watercourse's verb name the stream, not a person.
fn watercourse(ctx: &Ctx, a: usize, b: usize) -> bool {
    let toks = ctx.toks;
    if !matches!(ctx.w(b), "Creek" | "River" | "CREEK" | "RIVER") {
        return false;
    }
    let the_before = a >= 1 && toks[a - 1].kind == TokKind::Word && ctx.f(a - 1) == "the";
    let verb_after = b + 1 < toks.len()
        && toks[b + 1].kind == TokKind::Word
        && !toks[b + 1].cap
        && WATER_VERBS.contains(&ctx.w(b + 1));
    the_before || verb_after
}

/// Word `j` is lowercase and `w`.
fn lower_is(ctx: &Ctx, j: usize, w: &str) -> bool {
    ctx.toks[j].kind == TokKind::Word && !ctx.toks[j].cap && ctx.w(j) == w
}

/// A known place's hit starting at token `j`, its last token.
fn place_from(ctx: &Ctx, hits: &[GazHit], j: usize) -> Option<usize> {
    let start = ctx.toks.get(j)?.start;
    let h = hits.iter().find(|h| h.start == start && !h.demonym)?;
    if GAZ.entries[h.entry].kind != EntityKind::Place {
        return None;
    }
    (j..ctx.toks.len())
        .take_while(|&m| ctx.toks[m].start < h.end)
        .last()
}

/// A known place's hit ending at token `j`, its first token.
fn place_to(ctx: &Ctx, hits: &[GazHit], j: usize) -> Option<usize> {
    let end = ctx.toks[j].end;
    let h = hits.iter().find(|h| h.end == end && !h.demonym)?;
    if GAZ.entries[h.entry].kind != EntityKind::Place {
        return None;
    }
    (0..=j)
        .rev()
        .take_while(|&m| ctx.toks[m].end > h.start)
        .last()
}

/// Tokens `f..=l` (one given-name-like word) open or close a range whose other end is a
/// known place: "from X to Waco", "from Sligo to X", "entre X et Brest".
#[inline]
fn lone_in_range(ctx: &Ctx, hits: &[GazHit], f: usize, l: usize) -> bool {
    // (the range's shape, by the words around, before any look-up)
    let toks = ctx.toks;
    if f == 0 || l + 1 >= toks.len() || toks[f - 1].kind != TokKind::Word || toks[f - 1].cap {
        return false;
    }
    let before = ctx.w(f - 1);
    let opens = RANGES
        .iter()
        .any(|&(o, c)| before == o && ctx.w(l + 1) == c);
    let closes = f >= 3 && RANGES.iter().any(|&(_, c)| before == c);
    (opens || closes) && in_range_checked(ctx, hits, f, l, opens)
}

#[inline(never)]
fn in_range_checked(ctx: &Ctx, hits: &[GazHit], f: usize, l: usize, opens: bool) -> bool {
    let toks = ctx.toks;
    let other_end = if opens {
        // "from X to P"
        l + 2 < toks.len()
            && lower_is(ctx, l + 1, ctx.w(l + 1))
            && no_sender_before(ctx, f - 1)
            && place_from(ctx, hits, l + 2).is_some()
    } else {
        // "from P to X" (not before a surname: the run would be longer)
        RANGES.iter().any(|&(o, c)| {
            lower_is(ctx, f - 1, c)
                && place_to(ctx, hits, f - 2).is_some_and(|p| {
                    p >= 1 && lower_is(ctx, p - 1, o) && no_sender_before(ctx, p - 1)
                })
        })
    };
    other_end && toks[f].cap && GAZ.sets.given_names.contains(&ctx.f(f))
}

/// Word `k` is the plural of a lawyer's title ("Solicitors", "Avocats", "Notaires"): ending a
/// name of several words, the trade of a firm named after its partners, never a person's
/// surname (other titles' plurals are: "Traci Lords", "Ann Senators").
pub fn plural_title(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k);
    w.len() > 3
        && w.ends_with('s')
        && ctx.toks[k].cap
        && matches!(
            ctx.f(k).strip_suffix('s').unwrap_or_default(),
            "solicitor" | "attorney" | "lawyer" | "barrister" | "advocate" | "avocat" | "notaire"
        )
}

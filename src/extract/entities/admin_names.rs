//! Round 52: names whose head word says what they are. An administrative noun and "of" before a
//! place ("the Municipality of X", "the Regional Municipality of X", "la Municipalité de X")
//! name the local government, a body, not a person nor the area (the area keeps its own
//! mentions: "the villages of X"; after "in the" the name is the area: "voters in the District
//! of X"). An English geographic noun ending a name ("X Neck", "X Spit", "X Narrows") or a
//! mountain's word opening it ("Slieve X", "Croagh X"; "Ben X", "Sierra X", "Cerro X" only
//! after a climb) names a place. In French, an area's head with one adjective and "de X"
//! before a verb of action names its government ("la Province autonome de X a voté"); in both
//! languages a numbered designation ("Crab Fishing Area 12", "Secteur 4") names no place.

use super::candidates::Item;
use super::classify::{Ctx, lex, opening_article};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Capitalised nouns of a local government's area that, with "of"/"de" and a name after them,
/// name the council that runs it (not "City"/"Town": "the City of London" is the place as
/// often; not "District" after a compass word: "the Western District of X" is a court's area).
const ADMIN_HEADS: &[&str] = &[
    "Municipality",
    "District",
    "County",
    "Township",
    "Borough",
    "Region",
    "Shire",
    "Parish",
    "Municipalité",
    "Municipalite",
];

/// Adjectives that may open such a name before its head ("the Regional Municipality of X").
const ADMIN_ADJECTIVES: &[&str] = &["Regional", "Rural", "Metropolitan", "Régionale"];

/// The run (after a sentence's opening article) is an administrative head ([`ADMIN_HEADS`],
/// an adjective of [`ADMIN_ADJECTIVES`] before it or not), "of"/"de", then only names: the
/// index the body's name starts at.
#[inline]
pub fn admin_body(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    // (asked of every run: the shape first)
    if run.len() < 3 {
        return None;
    }
    let a = opening_article(ctx, run);
    let mut h = a;
    if let Some(Item::Word(k)) = run.get(h)
        && ADMIN_ADJECTIVES.contains(&ctx.w(*k))
    {
        h += 1;
    }
    let (Some(&Item::Word(k)), Some(&Item::Conn(c))) = (run.get(h), run.get(h + 1)) else {
        return None;
    };
    let of = match ctx.lang {
        Lang::Fr => "de",
        _ => "of",
    };
    (ctx.w(c) == of
        && (ADMIN_HEADS.contains(&ctx.w(k)) || city_acting(ctx, run, k))
        && run.len() > h + 2
        && run[h + 2..].iter().all(|i| !matches!(i, Item::Conn(_)))
        && !inside_area(ctx, run, a))
    .then_some(a)
}

/// Verbs after "the City of X" that make the city's council their subject (with the verbs of
/// saying; not "has", "will": "the City of London has long been a financial centre", "the
/// City of Venice will be under water").
const COUNCIL_ACTS: &[&str] = &[
    "announced",
    "approved",
    "decided",
    "plans",
    "planned",
    "issued",
    "launched",
    "refused",
    "rejected",
    "voted",
    "sued",
    "agreed",
    "intends",
];

/// (Round 71) "The City of Cape Town said …", "the City of Tshwane warned residents": an
/// English "City"/"Town" head ([`ADMIN_HEADS`] leaves them out: "the City of London" is the
/// place as often) whose name a verb of saying or of a council's act follows at once.
fn city_acting(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    if ctx.lang != Lang::En || !matches!(ctx.w(k), "City" | "Town") {
        return false;
    }
    // (a place the gazetteer or the towns' list knows: not a nickname, "the City of Light")
    let last = match run.last() {
        Some(&Item::Gaz { last, .. }) => last,
        Some(&Item::Word(j)) if super::towns::is_town(&ctx.f(j)) => j,
        _ => return false,
    };
    ctx.toks
        .get(last + 1)
        .is_some_and(|t| t.kind == TokKind::Word && !t.cap)
        && (ctx.is(last + 1, lex::SAID) || COUNCIL_ACTS.contains(&ctx.w(last + 1)))
}

/// (Round 71) Alpine names by their head: "Val" before "d’"/"de"/"di" and one name ("le Val
/// d’Hérens", "Val di Fiemme"), and in French "Dent", "Aiguille" before one name ("la Dent
/// Blanche", "l’Aiguille Verte"; the English "Dent" is a surname; "Piz Buin" a sun cream's
/// brand as often): a valley or a peak, a place. The index the place's name starts at (after a
/// sentence's opening article).
pub fn alpine_place(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    // (asked of every run: the head's spelling first, the opening article's test after)
    let head = |i: usize| {
        matches!(run.get(i), Some(&Item::Word(k))
            if matches!(ctx.w(k), "Val" | "Dent" | "Aiguille" | "Aiguilles"))
    };
    if !head(0) && !head(1) {
        return None;
    }
    let a = opening_article(ctx, run);
    let (Some(&Item::Word(k)), Some(next)) = (run.get(a), run.get(a + 1)) else {
        return None;
    };
    // (one name after the head and its "de": "Val de Marne Habitat", "Dent Blanche Capital"
    // are bodies; no title before: "le chanteur Val de Souza")
    let rest = run.len() - a - 1;
    if ctx.prev_word(k).is_some_and(|p| ctx.is(p, lex::TITLE))
        || run[a + 1..]
            .iter()
            .any(|i| matches!(*i, Item::Word(j) if ctx.is(j, lex::ORG_CUE)))
    {
        return None;
    }
    // (in English only "d’"/"di": "Val du Plessis told the inquiry" is a person)
    let valley = ctx.w(k) == "Val"
        && rest == 2
        && matches!(*next, Item::Conn(c) if c == k + 1 && match ctx.lang {
            Lang::Fr => matches!(ctx.w(c), "d" | "de" | "di" | "des" | "du"),
            _ => matches!(ctx.w(c), "d" | "di"),
        });
    let peak = ctx.lang == Lang::Fr
        && matches!(ctx.w(k), "Dent" | "Aiguille" | "Aiguilles")
        && match *next {
            Item::Word(j) | Item::Gaz { first: j, .. } => j == k + 1 && rest == 1,
            Item::Conn(c) => {
                c == k + 1 && matches!(ctx.w(c), "d" | "de" | "du" | "des") && rest == 2
            }
        };
    (valley || peak).then_some(a)
}

/// (Round 71) "the Member of Parliament for Twifo Atti-Morkwa", "Member of the Legislative
/// Assembly for X": a member's office and "for" before the seat, the title the "MP for X" rule
/// reads spelt whole. The index the seat's name starts at.
pub fn member_seat(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    // (asked of every run: the head's spelling first)
    let head = |i: usize| matches!(run.get(i), Some(&Item::Word(k)) if ctx.w(k) == "Member");
    if !head(0) && !head(1) {
        return None;
    }
    let a = opening_article(ctx, run);
    let Some(&Item::Word(k)) = run.get(a) else {
        return None;
    };
    if ctx.lang != Lang::En || ctx.w(k) != "Member" {
        return None;
    }
    let f = run[a + 1..]
        .iter()
        .position(|i| matches!(*i, Item::Conn(c) if ctx.w(c) == "for"))?
        + a
        + 1;
    let office: Vec<&str> = run[a + 1..f]
        .iter()
        .flat_map(|i| match *i {
            Item::Word(j) | Item::Conn(j) => j..j + 1,
            Item::Gaz { first, last, .. } => first..last + 1,
        })
        .map(|j| ctx.w(j))
        .collect();
    let known = matches!(
        office[..],
        ["of", "Parliament"]
            | ["of", "Congress"]
            | ["of", "the", "Legislative", "Assembly"]
            | ["of", "the", "National", "Assembly"]
            | ["of", "the", "House", "of", "Assembly"]
    );
    (known && f + 1 < run.len()).then_some(f + 1)
}

/// English prepositions that put something inside an area ("voters in the District of X",
/// "roads across the County of X"): the area, not its council (French "dans la Municipalité
/// de X" is an older rule's body).
const INSIDE: &[&str] = &["in", "across", "throughout", "within", "inside"];

/// The run's name (from `a`) comes after "the" and a preposition of [`INSIDE`].
fn inside_area(ctx: &Ctx, run: &[Item], a: usize) -> bool {
    let Some(&Item::Word(k)) = run.get(a) else {
        return false;
    };
    let Some(t) = ctx.prev_word(k).filter(|&t| !ctx.toks[t].cap) else {
        return false;
    };
    ctx.w(t) == "the"
        && ctx
            .prev_word(t)
            .is_some_and(|p| INSIDE.contains(&&*ctx.f(p)))
}

/// English nouns of landforms and waters that end a place's name ("Harrow Neck", "Corran
/// Spit", "the Ferris Narrows"), folded; those the lexicon's place cues lack (not "Marsh" nor
/// "Fell": surnames as often).
const GEO_TAILS: &[&str] = &[
    "neck", "spit", "head", "point", "sound", "narrows", "flats", "reach", "bluff", "bluffs",
    "knob", "gap", "ridge", "tor", "dunes", "headland", "inlet", "cove", "fen", "fens", "downs",
    "wold", "wolds", "channel", "wood",
];

/// (Round 72) Tails of [`GEO_TAILS`] that name a person or a broadcaster as often ("Elijah
/// Wood", "the Golf Channel"): a place only when the name opens with no given name and no
/// title, a wood after a preposition of place, a channel named by a place's noun or a
/// foreign name.
const GEO_TAILS_GUARDED: &[&str] = &["channel", "wood"];

/// The name's last word `last` is a noun of [`GEO_TAILS`], capitalised, in English, and no
/// person's cue follows the name: these nouns are surnames too ("Kiri Spit, 52,", "Tane Ridge
/// told reporters", "Ravi Sound, who runs…", "Arvo Neck, a nurse").
pub fn geo_tail(ctx: &Ctx, first: usize, last: usize) -> bool {
    if ctx.lang != Lang::En || ctx.toks[last].allcaps {
        return false;
    }
    let f = ctx.f(last);
    if !GEO_TAILS.contains(&&*f) || person_after(ctx, last) {
        return false;
    }
    if !GEO_TAILS_GUARDED.contains(&&*f) {
        return true;
    }
    if ctx.given(first) || ctx.prev_word(first).is_some_and(|p| ctx.is(p, lex::TITLE)) {
        return false;
    }
    if &*f == "wood" {
        // (a wood after a preposition of place: "below Currabinny Wood", "in the Wytham
        // Wood"; not "guitarist Ronnie Wood", "Grant Wood painted")
        let mut p = ctx.prev_word(first);
        if p.is_some_and(|q| ctx.w(q) == "the") {
            p = p.and_then(|q| ctx.prev_word(q));
        }
        return p.is_some_and(|q| {
            matches!(
                ctx.w(q),
                "in" | "into"
                    | "below"
                    | "above"
                    | "near"
                    | "through"
                    | "beside"
                    | "behind"
                    | "around"
                    | "across"
                    | "from"
                    | "at"
                    | "towards"
                    | "toward"
                    | "past"
            )
        });
    }
    // (a channel named by a place's noun or a foreign name: "the Great Island Channel", "the
    // D'Entrecasteaux Channel"; not "the Golf Channel", "the Tennis Channel")
    (first..last).any(|j| ctx.is(j, lex::PLACE_CUE) || ctx.w(j).contains(['\'', '’']))
}

/// A speech verb, an age, "who" or a person's apposition after the name ending at `last`.
fn person_after(ctx: &Ctx, last: usize) -> bool {
    ctx.next_word(last).is_some_and(|n| ctx.is(n, lex::SAID))
        || super::cues::appositive(ctx, last) == Some(EntityKind::Person)
        || super::cues::person_or_org_after(ctx, last) == Some(EntityKind::Person)
}

/// Words that open a mountain's name in Irish and Scottish usage ("Slieve X", "Croagh X"),
/// folded.
const MOUNTAIN_HEADS: &[&str] = &["slieve", "croagh", "sliabh", "beinn"];

/// Spanish words of mountains that open firms' and clubs' names as often ("Sierra Wireless",
/// "Cerro Porteño"): a mountain only after a climb or "the"/"on" ("the Sierra Morena", "on
/// Cerro Torre").
const MOUNTAIN_HEADS_CUED: &[&str] = &["sierra", "cerro"];

/// Verbs and nouns of climbing before "Ben X": "Ben" names a mountain only after them.
const CLIMBS: &[&str] = &[
    "up", "climb", "climbed", "climbing", "climbs", "summit", "slopes", "top", "ascent", "scaled",
];

/// The name's first word `first` opens a mountain's name ([`MOUNTAIN_HEADS`], or "Ben" after a
/// climb: "up Ben X", "the summit of Ben X"; [`MOUNTAIN_HEADS_CUED`] after a climb too, or
/// "the"/"on"), with one or two words after it.
pub fn mountain_head(ctx: &Ctx, first: usize, words: usize) -> bool {
    if !(2..=3).contains(&words) || ctx.toks[first].allcaps {
        return false;
    }
    let f = ctx.f(first);
    if MOUNTAIN_HEADS.contains(&&*f) {
        return true;
    }
    let cued = MOUNTAIN_HEADS_CUED.contains(&&*f);
    if &*f != "ben" && !cued {
        return false;
    }
    let Some(p) = ctx.prev_word(first) else {
        return false;
    };
    if cued && !ctx.toks[p].cap && matches!(&*ctx.f(p), "the" | "on" | "across" | "over") {
        return true;
    }
    let p = match &*ctx.f(p) {
        "of" | "the" => ctx.prev_word(p).and_then(|q| {
            if &*ctx.f(q) == "the" {
                ctx.prev_word(q)
            } else {
                Some(q)
            }
        }),
        _ => Some(p),
    };
    p.is_some_and(|p| !ctx.toks[p].cap && CLIMBS.contains(&&*ctx.f(p)))
}

/// French capitalised heads of an administrative area that, with one adjective and "de X",
/// name its government ("le District autonome de X", "la Province autonome de X", "la
/// Métropole européenne de X"), folded.
const FR_ADMIN_HEADS: &[&str] = &[
    "district",
    "province",
    "metropole",
    "region",
    "municipalite",
];

/// (rev52) The capitalised head `k` of [`FR_ADMIN_HEADS`], one lowercase adjective, "de"/"d’",
/// capitalised words, then a verb ("… de X rappelle", "… de Bolzano a voté"): the body
/// acts, so the name is its government. The token index of the name's last word.
pub fn adjective_admin_body(ctx: &Ctx, k: usize) -> Option<usize> {
    let toks = ctx.toks;
    // (cheap refusals first: French, a lowercase word after a capitalised one)
    if ctx.lang != Lang::Fr
        || k + 4 >= toks.len()
        || !toks[k].cap
        || toks[k + 1].kind != TokKind::Word
        || toks[k + 1].cap
        || !FR_ADMIN_HEADS.contains(&&*ctx.f(k))
        || ctx.is(k + 1, lex::FUNCTION_WORD)
    {
        return None;
    }
    let mut j = match ctx.w(k + 2) {
        "de" => k + 3,
        "d" if matches!(ctx.w(k + 3), "’" | "'") => k + 4,
        _ => return None,
    };
    let mut last = None;
    while j < toks.len() {
        if toks[j].kind == TokKind::Word && toks[j].cap {
            last = Some(j);
            j += 1;
        } else if ctx.w(j) == "-" && last == Some(j - 1) && toks[j].start == toks[j - 1].end {
            j += 1;
        } else {
            break;
        }
    }
    let last = last?;
    let n = last + 1;
    (n < toks.len() && toks[n].kind == TokKind::Word && !toks[n].cap && acting_verb(ctx, n))
        .then_some(last)
}

/// Verbs of being and measure say what an area is, not what a body does ("… de Brasilia est
/// la capitale", "… de X compte huit millions d’habitants"), folded.
const STATIVE: &[&str] = &[
    "est", "etait", "sera", "serait", "n", "ne", "se", "s", "compte", "comptait", "couvre",
];

/// The lowercase word `n` is a verb a body does: an auxiliary before a participle other than
/// "été" ("a été touchée" is done to the area), or a verb of speech or action, no verb of
/// being ([`STATIVE`]).
fn acting_verb(ctx: &Ctx, n: usize) -> bool {
    let f = ctx.f(n);
    if STATIVE.contains(&&*f) {
        return false;
    }
    if matches!(&*f, "a" | "avait" | "aura") {
        return ctx.next_word(n).is_some_and(|p| &*ctx.f(p) != "ete");
    }
    super::elided_bodies::SUBJECT_VERBS.contains(&&*f)
        || ctx.is(n, lex::SAID)
        || super::context::verb_like(&f)
}

/// Nouns of a numbered designation that end a name before its number ("Crab Fishing Area 12",
/// "Exploration Block 9", "Secteur 4"), folded.
const NUMBERED_HEADS: &[&str] = &[
    "area", "zone", "block", "unit", "sector", "lot", "parcel", "tract", "secteur", "bloc",
];

/// The name's last word `last` is a noun of [`NUMBERED_HEADS`] and a number follows it after
/// one space: a zone's, a lot's or a block's designation, no place's name of its own (nor a
/// person's: "Exploration Block 9"), named with its number or not at all.
pub fn numbered_zone(ctx: &Ctx, last: usize) -> bool {
    let Some(n) = ctx.toks.get(last + 1) else {
        return false;
    };
    // (the number's bytes first: most names are followed otherwise)
    n.start == ctx.toks[last].end + 1
        && ctx.w(last + 1).bytes().all(|b| b.is_ascii_digit())
        && ctx.toks[last].cap
        && NUMBERED_HEADS.contains(&&*ctx.f(last))
}

//! Round 44: a known place glued to a body's name is part of that name ("the Cardale Court of
//! Appeals", "Northland Clean Water Defenders"): the words closing such a name; a body's name,
//! "of" and a known place; a person's name before "of the"; "Friends of X".

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::EntityKind;

/// Plural nouns of groups of people that close a body's name ("… River Keepers", "… Clean
/// Air Advocates", "… Rescue Volunteers"), though no organisation cue on their own.
const GROUP_PLURALS: &[&str] = &[
    "Advocates",
    "Defenders",
    "Volunteers",
    "Guardians",
    "Keepers",
    "Stewards",
    "Protectors",
    "Campaigners",
    "Allies",
];

/// Words that close a court's name after "Court of …" ("Court of Appeals", "Court of Criminal
/// Appeals", "Court of Claims").
const COURT_OF_ENDS: &[&str] = &["Appeals", "Appeal", "Claims", "Bench"];

/// The word `kl` closing `run` (after a known place) ends a body's name: an organisation cue,
/// a plural noun of a group of people, or the end of "Court of …".
pub fn closes_body(ctx: &Ctx, run: &[Item], kl: usize) -> bool {
    ctx.is(kl, lex::ORG_CUE)
        || GROUP_PLURALS.contains(&ctx.w(kl))
        || (court_of_end(ctx.w(kl))
            && run
                .iter()
                .any(|i| matches!(*i, Item::Word(j) if ctx.w(j) == "Court")))
}

/// `w` closes a court's name after "Court of …" ([`COURT_OF_ENDS`]).
#[inline]
pub fn court_of_end(w: &str) -> bool {
    COURT_OF_ENDS.contains(&w)
}

/// "the Constitutional Court of Ardenia", "the Bar Council of Ardenia": a body's name (a known organisation or capitalised words, ending with an
/// organisation noun that is no title), "of" and a known place ending the run are one body,
/// the place's own. (A title's "of" stays apart: "the Chief Justice of Ardenia".)
pub fn body_of_place(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    // ("the High Court of Punjab and Haryana": two places joined after "of")
    let run = super::court_places::without_second_place(ctx, hits, run);
    let [head @ .., Item::Conn(c), Item::Gaz { hit, .. }] = run else {
        return false;
    };
    if head.is_empty()
        || ctx.w(*c) != "of"
        || hits[*hit].demonym
        || GAZ.entries[hits[*hit].entry].kind != EntityKind::Place
    {
        return false;
    }
    let closes =
        |j: usize| (ctx.is(j, lex::ORG_CUE) || court_of_end(ctx.w(j))) && !ctx.is(j, lex::TITLE);
    // (a plain capitalised word, no title, no given name, no acronym)
    let plain = |j: usize| {
        ctx.toks[j].cap
            && !ctx.toks[j].allcaps
            && !ctx.is(j, lex::TITLE)
            && !GAZ.sets.given_names.contains(&ctx.f(j))
    };
    match *head {
        // ("the Constitutional Democratic Party of Japan": one or two plain words shaped like
        // adjectives before the known body, none opening the sentence; not a leader's name,
        // "the Hatoyama Democratic Party of Japan government")
        [ref words @ .., Item::Gaz { hit: o, last, .. }]
            if words.len() <= 2
                && words.iter().all(|i| {
                    matches!(*i, Item::Word(j) if plain(j)
                        && !ctx.toks[j].initial
                        && ["al", "ive", "ic", "an", "ist", "ar", "ent"]
                            .iter()
                            .any(|e| ctx.w(j).ends_with(e)))
                }) =>
        {
            GAZ.entries[hits[o].entry].kind == EntityKind::Organization
                && ctx.toks[last].cap
                && closes(last)
        }
        [.., Item::Word(kl)] if head.len() <= 4 => {
            head.iter().all(|i| match *i {
                Item::Word(j) => plain(j),
                Item::Conn(j) => matches!(ctx.w(j), "and" | "of" | "for"),
                Item::Gaz { .. } => false,
            }) && (closes(kl)
                || (head.len() > 1 && court_of_end(ctx.w(kl)))
                // (round 72) "the Independent Community Bankers of America": a trade's
                // members' plural after two words or more ("Top Exporters of Ghana": a
                // description), no title's ("Former Prime Ministers"),
                // and a country (not a firm's town: "Harcourt Ngata Lawyers of Hamilton")
                || (head.len() > 2
                    && ctx.lang == crate::extract::types::Lang::En
                    && GAZ.entries[hits[*hit].entry].nation
                    && !matches!(head[0], Item::Word(j) if matches!(ctx.w(j),
                        "Top" | "Leading" | "Best" | "Biggest" | "Largest" | "Major" | "Great"))
                    && ctx.w(kl).len() >= 6
                    && ctx.w(kl).ends_with("ers")
                    && !ctx.is(kl, lex::TITLE)
                    && !super::cues::plural_title_at(ctx, kl)
                    && !matches!(ctx.w(kl), "Ministers" | "Leaders" | "Speakers" | "Members")))
                // (one noun alone opening the sentence may be a common one: "Courts of Ardenia")
                && (head.len() > 1 || !ctx.toks[kl].initial)
        }
        _ => false,
    }
}

/// The first token of a known place's name (no country's, unless a US state's name before an
/// agency's, no nationality adjective) that ends right before token `a`, capitalised and not
/// masked: a state or a town opening a body's name.
pub fn place_opening(ctx: &Ctx, hits: &[GazHit], a: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    if a == 0 || masked[a - 1] || toks[a - 1].kind != TokKind::Word || !toks[a - 1].cap {
        return None;
    }
    let end = toks[a - 1].end;
    // (the hits do not overlap: sorted by their ends as by their starts)
    let h = hits.get(hits.partition_point(|h| h.end < end))?;
    let entry = &GAZ.entries[h.entry];
    if h.end != end
        || h.demonym
        || entry.kind != EntityKind::Place
        || (entry.nation && !state_before_agency(ctx, h, a))
    {
        return None;
    }
    let mut b = a - 1;
    while toks[b].start > h.start {
        b = b.checked_sub(1)?;
        if masked[b] {
            return None;
        }
    }
    (toks[b].start == h.start).then_some(b)
}

/// What a person's name before "of the" asks of the candidates' loop.
pub enum OfThePerson {
    /// The run is read as it stands (a title of the lexicon names the person).
    Flush,
    /// The run's items from this one on are a person's name (a clergy title before them).
    Name(usize),
}

/// Clergy titles the lexicon does not hold as titles ("Bishop Amos Kerr of the …"): a title
/// only before two names or three, as "Sister Ann of the Cross School" may name a school.
const CLERGY_TITLES: &[&str] = &[
    "Bishop",
    "Archbishop",
    "Father",
    "Sister",
    "Brother",
    "Cardinal",
];

/// Nouns of a US state's agencies ("Georgia Environmental Protection Division").
const AGENCY_NOUNS: &[&str] = &[
    "Department",
    "Division",
    "Bureau",
    "Commission",
    "Agency",
    "Board",
    "Office",
    "Authority",
];

/// The country's name of hit `h` is a US state's too ("Georgia"), and an agency's noun is
/// among the few words from token `a` on: the state opening its agency's name.
fn state_before_agency(ctx: &Ctx, h: &GazHit, a: usize) -> bool {
    super::state_names::is_state(&ctx.text[h.start..h.end])
        && (a..(a + 5).min(ctx.toks.len())).any(|j| AGENCY_NOUNS.contains(&ctx.w(j)))
}

/// At "of" (`k`) followed by "the" and a capitalised word: the open `run` is a person's name,
/// so the body after "of the" is another name ("Justice Mary Ann Okafor of the Land and Water
/// Court"): a person's name never crosses "of the". A person's name is plain capitalised words
/// (no organisation cue, no known name) with a given name before a surname, a title and one to
/// three names, a clergy title and two or three names, or two plain words (no cue, no noise)
/// when a body's name (with an organisation noun) follows "of the" ("Orla Venn of the Tarn
/// Water Board").
#[inline]
pub fn person_before_of_the(ctx: &Ctx, run: &[Item], k: usize) -> Option<OfThePerson> {
    let toks = ctx.toks;
    if run.len() < 2
        || run.len() > 4
        || k + 2 >= toks.len()
        || !toks[k + 2].cap
        || toks[k + 2].kind != TokKind::Word
        || ctx.w(k + 1) != "the"
    {
        return None;
    }
    person_named(ctx, run, k)
}

/// [`person_before_of_the`] past its cheap tests.
#[inline(never)]
fn person_named(ctx: &Ctx, run: &[Item], k: usize) -> Option<OfThePerson> {
    let toks = ctx.toks;
    let mut given = false;
    for (n, i) in run.iter().enumerate() {
        let Item::Word(j) = *i else {
            return None;
        };
        if !toks[j].cap || toks[j].allcaps || ctx.is(j, lex::ORG_CUE) {
            return None;
        }
        given |= n + 1 < run.len() && GAZ.sets.given_names.contains(&ctx.f(j));
    }
    let Item::Word(t) = run[0] else {
        return None;
    };
    let names = |from: usize| {
        run[from..]
            .iter()
            .all(|i| matches!(*i, Item::Word(j) if !ctx.is(j, lex::TITLE | lex::NOISE)))
    };
    // "Bishop Amos Kerr of the …": the name after a clergy title
    if run.len() >= 3 && CLERGY_TITLES.contains(&ctx.w(t)) && names(1) {
        return Some(OfThePerson::Name(1));
    }
    // (or a title and one to three names: "Justice Adaeze Nwosu of the …")
    if ctx.is(t, lex::TITLE) && names(1) {
        return Some(OfThePerson::Flush);
    }
    if given {
        return Some(OfThePerson::Flush);
    }
    // "Orla Venn of the Tarn Water Board": two plain words, a body's name after "of the"
    (run.len() == 2
        && !CLERGY_TITLES.contains(&ctx.w(t))
        && run.iter().all(|i| {
            matches!(*i, Item::Word(j) if !ctx.is(j, lex::NOISE | lex::PLACE_CUE | lex::FUNCTION_WORD))
        })
        && (body_follows(ctx, k + 2)
            || (short_body_follows(ctx, k + 2) && person_place(ctx, t))))
    .then_some(OfThePerson::Name(0))
}

/// Plural names of a party's members that name the party ("Gord Wiebe of the Progressive
/// Conservatives").
const PARTY_PLURALS: &[&str] = &[
    "Conservatives",
    "Liberals",
    "Democrats",
    "Republicans",
    "Socialists",
    "Greens",
];

/// (Round 72) From token `m` on, a party's or a body's short name: one acronym alone ("Choi
/// Dong-wook of the PPP, a retired general"), or capitalised words ending with a party's
/// members' plural ("the Progressive Conservatives").
fn short_body_follows(ctx: &Ctx, m: usize) -> bool {
    let toks = ctx.toks;
    if toks
        .get(m)
        .is_some_and(|t| t.allcaps && (2..=6).contains(&(t.end - t.start)))
        && !toks
            .get(m + 1)
            .is_some_and(|n| n.kind == TokKind::Word && n.cap)
    {
        return true;
    }
    let mut j = m;
    while j < m + 3
        && toks
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Word && t.cap)
    {
        if PARTY_PLURALS.contains(&ctx.w(j)) {
            return true;
        }
        j += 1;
    }
    false
}

/// (Round 72) The name opening at token `first` stands where a person is named: after a
/// title ("Rep. Choi Dong-wook") or a comma ("The area's MLA, Gord Wiebe of …"), not opening
/// a sentence nor after a verb ("Kaizer Chiefs of the PSL beat …", "left Gor Mahia of the
/// KPL").
fn person_place(ctx: &Ctx, first: usize) -> bool {
    match first.checked_sub(1) {
        Some(p) if ctx.w(p) == "," => true,
        Some(p) if ctx.w(p) == "." => p > 0 && ctx.is(p - 1, lex::TITLE),
        Some(p) => ctx.toks[p].kind == TokKind::Word && ctx.is(p, lex::TITLE),
        None => false,
    }
}

/// From token `m` on, a body's name: capitalised words (and "and", "of", "for" between them),
/// an organisation noun among them, before anything else.
fn body_follows(ctx: &Ctx, m: usize) -> bool {
    let toks = ctx.toks;
    for (j, t) in toks.iter().enumerate().skip(m).take(8) {
        if t.kind != TokKind::Word {
            return false;
        }
        if t.cap {
            if ctx.is(j, lex::ORG_CUE) {
                return true;
            }
        } else if !matches!(ctx.w(j), "and" | "of" | "for") {
            return false;
        }
    }
    false
}

/// "the Labour Mediation Court", "the Green Lending Bank": a known organisation's one-word
/// short name ("Labour" for "Labour Party") straight before capitalised words ending with an
/// organisation noun (no word of that organisation's own name) opens another body's name: the
/// whole is that body, not the known one.
pub fn alias_opens_body(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let [
        Item::Gaz {
            hit, first, last, ..
        },
        Item::Word(k1),
        ..,
        Item::Word(kl),
    ] = *run
    else {
        return false;
    };
    let h = &hits[hit];
    let entry = &GAZ.entries[h.entry];
    let name = entry.name(ctx.lang);
    first == last
        && k1 == last + 1
        && entry.kind == EntityKind::Organization
        && h.end - h.start < name.len()
        && ctx.is(kl, lex::ORG_CUE)
        && !ctx.is(kl, lex::TITLE)
        && !name.contains(ctx.w(kl))
        && run[1..].iter().enumerate().all(|(n, i)| {
            matches!(*i, Item::Word(j) if j == k1 + n
                && ctx.toks[j].cap
                && !ctx.toks[j].allcaps
                && !GAZ.sets.given_names.contains(&ctx.f(j)))
        })
}

/// Nouns of what a group of friends looks after ("Friends of Tanmoor Park", "les Amis du
/// Parc Vernet"): a place, a building open to the public, a stretch of nature.
const CARED_NOUNS: &[&str] = &[
    "Lake", "Park", "River", "Forest", "Pond", "Wood", "Woods", "Valley", "Hill", "Hills", "Canal",
    "Bay", "Beach", "Creek", "Marsh", "Moor", "Heath", "Common", "Garden", "Gardens", "Library",
    "Museum", "Trail", "Reserve", "Island", "Coast", "Loch", "Glen", "Falls", "Wetlands",
    "Cemetery", "Lac", "Parc", "Forêt", "Bois", "Rivière", "Étang", "Marais", "Val", "Vallée",
    "Musée", "Jardin", "Jardins", "Château", "Abbaye",
];

/// "Friends of Tanmoor Park", "Friends of the Velm River", "les Amis de la Loire", "les Amis
/// du Val Morin": a group named after what it looks after, by "Friends"/"Amis" and "of"/"de",
/// is an organisation, not the place it names. What it looks after is a place: a known one, a
/// name ending with a place's noun ([`CARED_NOUNS`]), the Earth, or in French a name after a
/// lowercase article ("de la", "du", "des"); never a person ("Friends of Tomas Reyes said", "Amis
/// de Marc Lenoir depuis l'enfance": a known given name opening it, or no place at all).
/// `Some(true)`: the group; `Some(false)`: a person's friends, the person's name from the
/// third item on; `None`: neither.
#[inline]
pub fn friends_of(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<bool> {
    match *run {
        [Item::Word(f), Item::Conn(o), ..]
            if o == f + 1
                && matches!(
                    (ctx.w(f), ctx.w(o)),
                    ("Friends", "of") | ("Amis", "de" | "du" | "des" | "d")
                ) =>
        {
            friends_of_what(ctx, hits, run)
        }
        _ => None,
    }
}

/// [`friends_of`] past its opening words.
#[inline(never)]
fn friends_of_what(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<bool> {
    let [_, Item::Conn(o), ref rest @ ..] = *run else {
        return None;
    };
    let mut named = rest.iter().filter(|i| !matches!(i, Item::Conn(_)));
    match named.next() {
        None => return None,
        Some(&Item::Word(j)) if GAZ.sets.given_names.contains(&ctx.f(j)) => {
            return matches!(rest.first(), Some(Item::Word(_))).then_some(false);
        }
        _ => {}
    }
    let article = matches!(ctx.w(o), "du" | "des")
        || matches!(rest.first(), Some(&Item::Conn(c)) if matches!(ctx.w(c), "la" | "l"))
        // (round 53) "les Amis de Kervel": after a plural article the group, whatever it names
        || super::fr_friends::plural_article_before(ctx, o - 1);
    (article
        || rest.iter().any(|i| match *i {
            Item::Gaz { hit, .. } => {
                !hits[hit].demonym && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
            }
            Item::Word(j) => matches!(ctx.w(j), "Earth" | "Terre"),
            Item::Conn(_) => false,
        })
        || matches!(rest.last(), Some(&Item::Word(l)) if CARED_NOUNS.contains(&ctx.w(l))))
    .then_some(true)
}

//! Places found or dropped by evidence of their own (round 28): a place named only inside the
//! name of a body or a person is not named by the article; a capitalised compass word after a
//! name ends a place's name; a lone name after a noun of place and "de" or after a ferry and
//! "from" is a place.

use super::candidates::{Cand, Item};
use super::classify::{Ctx, is_noise, lex};
use super::context::fw;
use super::gazetteer::{GAZ, GazHit};
use super::text::{TokKind, fold};
use crate::extract::types::{EntityKind, Lang};

/// "Havelock North", "Hexham East", "Belfast South": one plain name (or a known place) and a
/// capitalised compass word straight after it name a place (not after a given name: "Kanye
/// West"), where the compass word would otherwise be dropped as a common word.
pub fn compass_tail(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    let [ref head, Item::Word(c)] = run[..] else {
        return false;
    };
    if !matches!(ctx.w(c), "North" | "South" | "East" | "West") {
        return false;
    }
    match *head {
        Item::Word(k) => {
            k + 1 == c
                && ctx.toks[k].cap
                && !ctx.toks[k].allcaps
                && !is_noise(ctx, k)
                && !ctx.is(k, lex::ORG_CUE)
                && !GAZ.sets.given_names.contains(&ctx.f(k))
        }
        Item::Gaz { hit, last, .. } => {
            last + 1 == c
                && !hits[hit].demonym
                && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        }
        Item::Conn(_) => false,
    }
}

/// Nouns of crossings and journeys before "from X" ("the ferry from X").
const TRAVEL_FROM: &[&str] = &[
    "ferry",
    "ferries",
    "flight",
    "flights",
    "crossing",
    "crossings",
    "sailing",
    "sailings",
];

/// A lone name (word `first`) after a ferry or a flight and "from" ("the ferry from X"), in
/// English, is a place.
pub fn place_cue(ctx: &Ctx, first: usize) -> bool {
    let p0 = ctx.prev_word(first);
    ctx.lang == Lang::En
        && fw(ctx, p0) == "from"
        && p0.is_some_and(|p| !ctx.toks[p].cap)
        && TRAVEL_FROM.contains(&&*fw(ctx, p0.and_then(|p| ctx.prev_word(p))))
}

/// "la région Normandie", "le département Gers": a body named by its area's noun and the
/// area, whose place is named as well.
pub fn region_body(blocks: &[&str], c: &Cand) -> bool {
    let text = &blocks[c.block as usize][c.range()];
    let head = text.split([' ', '\u{a0}']).next().unwrap_or_default();
    ["région", "département", "province"]
        .iter()
        .any(|w| head.eq_ignore_ascii_case(w))
}

/// Nouns of areas and ways that end a place's name and almost never a person's ("Wayne
/// County", "Victoria Street", "Harvey Road"): after a given name they still name a place.
const AREA_NOUNS: &[&str] = &[
    "county",
    "street",
    "road",
    "avenue",
    "boulevard",
    "square",
    "district",
    "region",
    "province",
    "airport",
    "stadium",
    "highway",
    "motorway",
    "freeway",
    "expressway",
    "peninsula",
    "estuary",
    "lagoon",
    "glacier",
    "canyon",
    "waterway",
    "racecourse",
    "crescent",
    "terrace",
    "quay",
    // (round 63) "Elizabeth Harbour", "George Town" (not "bay" nor "creek", surnames too:
    // "Michael Bay", "Gavin Creek")
    "harbour",
    "harbor",
    "town",
    "island",
];

/// `last` (folded) is a noun of area or way that ends a place's name even after a given name.
pub fn area_noun(last: &str) -> bool {
    AREA_NOUNS.contains(&last)
}

/// The spans of the names that the article names (organisations, people, other names), sorted,
/// to ask whether a place's mention lies inside one of them.
pub struct NameSpans {
    /// (block, start, end), each packed into one number ([`span_key`]) and sorted: the sort and
    /// the searches compare plain numbers, not tuples field by field
    spans: Vec<u128>,
    /// the largest end of `spans[..=i]` within the same block
    max_end: Vec<u32>,
}

/// A span (block, start, end) as one number that orders as the tuple does.
fn span_key(block: u32, start: u32, end: u32) -> u128 {
    u128::from(block) << 64 | u128::from(start) << 32 | u128::from(end)
}

impl NameSpans {
    pub fn new(spans: impl IntoIterator<Item = (u32, u32, u32)>) -> NameSpans {
        let mut spans: Vec<u128> = spans
            .into_iter()
            .map(|(b, s, e)| span_key(b, s, e))
            .collect();
        spans.sort_unstable();
        spans.dedup();
        let mut max_end = Vec::with_capacity(spans.len());
        for (i, &k) in spans.iter().enumerate() {
            let e = k as u32;
            let before = (i > 0 && spans[i - 1] >> 64 == k >> 64).then(|| max_end[i - 1]);
            max_end.push(before.map_or(e, |m: u32| m.max(e)));
        }
        NameSpans { spans, max_end }
    }

    /// "la Fédération générale du travail de Belgique", "la Banque de France", "l’hôpital de
    /// Lannion-Trestel": the mention lies inside a longer name of another kind.
    pub fn holds(&self, c: &Cand) -> bool {
        // the spans starting strictly before the mention; the last of them in its block (no
        // span of the block starts before the mention when that one is of an earlier block)
        let at = span_key(c.block, c.start, 0);
        let before = self.spans.partition_point(|&k| k < at);
        if before > 0
            && self.spans[before - 1] >> 64 == at >> 64
            && self.max_end[before - 1] >= c.end
        {
            return true;
        }
        // the spans starting with it and ending after it
        self.spans[before..]
            .iter()
            .take_while(|&&k| k >> 32 == at >> 32)
            .any(|&k| k as u32 > c.end)
    }
}

/// Prepositions that may open a list of places and repeat before each of its members ("from X
/// and Y", "de X, de Y et de Z", "à X et à Y").
pub(super) const LIST_PREPS: &[&str] = &["from", "at", "in", "near", "de", "d", "a"];

/// A lowercase word before list member `j` that belongs to the list's joints: a preposition,
/// or an article before a place noun naming a district ("Koumaro, le Plateau et Bessadji"; an
/// article before a plain name is a body's: "l’université de Poitiers et le Varenc").
fn list_lead(ctx: &Ctx, k: usize, j: usize) -> bool {
    !ctx.toks[k].cap
        && (LIST_PREPS.contains(&&*ctx.f(k))
            // (round 56) "à X, aux Y et à Z": a plural place's contraction leads a member too
            || ctx.w(k) == "aux"
            || (matches!(&*ctx.f(k), "le" | "la" | "l" | "the") && ctx.is(j, lex::PLACE_CUE)))
}

/// Word `j` is a lone capitalised name: one word, not all capitals, no given name, not run on
/// into another capitalised word nor following one.
fn lone(ctx: &Ctx, j: usize) -> bool {
    let n = ctx.toks.len();
    let t = &ctx.toks[j];
    let cap_word = |k: usize| ctx.toks[k].kind == TokKind::Word && ctx.toks[k].cap;
    t.kind == TokKind::Word
        && t.cap
        && !t.allcaps
        && !(j + 1 < n && cap_word(j + 1))
        && !(j > 0 && cap_word(j - 1) && !ctx.toks[j - 1].initial)
        && !GAZ.sets.given_names.contains(&ctx.f(j))
        && !ctx.is(j, lex::ORG_CUE)
}

/// The token before `j`, over elision apostrophes and quotes ("d’Albertville").
fn before(ctx: &Ctx, j: usize) -> Option<usize> {
    let mut k = j.checked_sub(1)?;
    while matches!(ctx.w(k), "’" | "'") {
        k = k.checked_sub(1)?;
    }
    Some(k)
}

/// The list member before the one at `j` ("X, Y", "X and Y", "X, and Y", "X et de Y"), and
/// whether an "and"/"et"/"or"/"ou" joined them; `None` when `j` opens the list.
fn prev_member(ctx: &Ctx, j: usize) -> Option<(usize, bool)> {
    let mut k = before(ctx, j)?;
    if list_lead(ctx, k, j) {
        k = before(ctx, k)?;
        // "…, aux Y et jusqu’à Z": "jusqu’" before a leading "à"
        if ctx.w(k) == "jusqu" {
            k = before(ctx, k)?;
        }
    }
    let mut and = false;
    if matches!(ctx.w(k), "and" | "et" | "or" | "ou") {
        and = true;
        k = before(ctx, k)?;
    }
    if ctx.w(k) == "," {
        k = before(ctx, k)?;
    } else if !and {
        return None;
    }
    lone(ctx, k).then_some((k, and))
}

/// The list member after the one at `j`, and whether an "and"/"et"/"or"/"ou" joined them.
fn next_member(ctx: &Ctx, j: usize) -> Option<(usize, bool)> {
    let n = ctx.toks.len();
    let mut k = j + 1;
    let mut joint = false;
    if k < n && ctx.w(k) == "," {
        joint = true;
        k += 1;
    }
    let and = k < n && matches!(ctx.w(k), "and" | "et" | "or" | "ou");
    if and {
        k += 1;
    }
    if !(joint || and) {
        return None;
    }
    // "…, aux Y et jusqu’à Z": "jusqu’" before a leading "à"
    if k + 2 < n && ctx.w(k) == "jusqu" && matches!(ctx.w(k + 1), "’" | "'") {
        k += 2;
    }
    if k < n && ctx.toks[k].kind == TokKind::Word && {
        let mut m = k + 1;
        while m < n && matches!(ctx.w(m), "’" | "'") {
            m += 1;
        }
        m < n && list_lead(ctx, k, m)
    } {
        k += 1;
        while k < n && matches!(ctx.w(k), "’" | "'") {
            k += 1;
        }
    }
    (k < n && lone(ctx, k)).then_some((k, and))
}

/// "from Dunmore and Kelso", "at Ombala and Tessu", "venus de Thiala, de Korba et de Minto": a
/// lone unknown name in a list of two or more lone names joined by "and"/"et"/"or"/"ou" (and
/// commas) is a place when a member of the list is a known place that is no ambiguous name, or
/// when the list follows "in"/"near"/"dans"/"en", an English "from" after a word of coming or
/// another "from", or an English "at" after a plural noun of sites (not after a job: "a
/// partner at X and Y"), and no member is a known organisation.
pub fn place_list(ctx: &Ctx, first: usize) -> bool {
    if !lone(ctx, first) {
        return false;
    }
    // the list's first and last members, and whether "and"/"et"/"or"/"ou" joins two of them
    let (mut s, mut e, mut and, mut size) = (first, first, false, 1);
    while let Some((k, a)) = prev_member(ctx, s) {
        (s, and, size) = (k, and || a, size + 1);
        if size > 8 {
            return false;
        }
    }
    while let Some((k, a)) = next_member(ctx, e) {
        (e, and, size) = (k, and || a, size + 1);
        if size > 8 {
            return false;
        }
    }
    if size < 2 || !and {
        return false;
    }
    // walk the members from the first: a known place that is not an ambiguous name (members
    // are no given names) vouches for the list; a known organisation forbids it
    let (mut j, mut org, mut vouched) = (s, false, false);
    loop {
        // (members are capitalised: `lone`; one lookup a member)
        let hit = super::gazetteer::whole_hit(ctx.w(j)).filter(|h| !h.demonym);
        let kind = hit.map(|h| GAZ.entries[h.entry].kind);
        vouched |= kind == Some(EntityKind::Place) && hit.is_some_and(|h| !h.amb);
        org |= kind == Some(EntityKind::Organization);
        if j == e {
            break;
        }
        match next_member(ctx, j) {
            Some((k, _)) => j = k,
            None => return false,
        }
    }
    if org {
        return false;
    }
    if vouched {
        return true;
    }
    // the word opening the list: "in"/"near"/"dans"/"en" alone make it places; "from"/"at"/"à"
    // also open lists of people and shops ("Goals from Quenby and Varlon", "Merci à Dupraz et
    // Morettin"): "à" never alone, "from"/"at" only after words of coming or of sites
    let Some(p) = before(ctx, s).filter(|&p| ctx.toks[p].kind == TokKind::Word) else {
        return false;
    };
    let open = !ctx.toks[p].cap || ctx.toks[p].initial;
    match &*ctx.f(p) {
        "in" | "near" => open && ctx.lang == Lang::En,
        "dans" | "en" => open && ctx.lang == Lang::Fr,
        // "250 ménages de X, de Y et de Z", "the residents of X, Y and Z": after a noun of
        // places or of their people
        "de" | "d" | "of" => {
            !ctx.toks[p].cap
                && ctx
                    .prev_word(p)
                    .is_some_and(|q| super::context::place_of_noun(&ctx.f(q)))
        }
        "from" => ctx.lang == Lang::En && !ctx.toks[p].cap && came_from(ctx, p),
        "at" => {
            ctx.lang == Lang::En
                && !ctx.toks[p].cap
                && sites_at(ctx, p)
                && !super::cues::at_employer(ctx, Some(p), "at")
        }
        _ => false,
    }
}

/// Words of coming and going before "from" ("drove in from X and Y", "fled from X and Y").
const CAME_FROM: &[&str] = &[
    "in",
    "came",
    "come",
    "comes",
    "coming",
    "drove",
    "travelled",
    "traveled",
    "fled",
    "moved",
    "flew",
    "arrived",
    "returned",
    "commute",
    "commuted",
];

/// The "from" at `p` follows a word of coming and going, or repeats a "from" of the list
/// before it ("from the valleys, from farms, from X and Y"): not "Goals from X and Y".
fn came_from(ctx: &Ctx, p: usize) -> bool {
    let Some(q) = p.checked_sub(1) else {
        return false;
    };
    if ctx.w(q) == "," {
        return (q.saturating_sub(8)..q).any(|j| ctx.w(j) == "from" && !ctx.toks[j].cap);
    }
    ctx.toks[q].kind == TokKind::Word && !ctx.toks[q].cap && {
        let f = ctx.f(q);
        // ("women from X, Y and Z", "growers from X and Y": people from where they
        // live; not "workers from X and Y", who may come from firms)
        CAME_FROM.contains(&&*f)
            || PEOPLE_FROM.contains(&&*f)
            || super::origins::ORIGIN_PEOPLE.contains(&&*f)
    }
}

/// Plural nouns of people, besides [`ORIGIN_PEOPLE`](super::origins::ORIGIN_PEOPLE), that a
/// list of places follows with "from" (round 55).
const PEOPLE_FROM: &[&str] = &["men", "women", "people", "youths", "children"];

/// The "at" at `p` follows a lowercase plural noun of sites ("checkpoints at X and Y", "toll
/// plazas at X and Y"): not a verb of people or shops ("queued at X and Y").
fn sites_at(ctx: &Ctx, p: usize) -> bool {
    let Some(q) = p.checked_sub(1) else {
        return false;
    };
    let w = &*ctx.f(q);
    ctx.toks[q].kind == TokKind::Word
        && (!ctx.toks[q].cap || ctx.toks[q].initial)
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !matches!(w, "was" | "is" | "has" | "works" | "stays" | "shops")
}

/// Lowercase nouns of routes after the places they join ("the Sokoto-Gusau highway").
const ROUTES_AFTER: &[&str] = &[
    "highway",
    "road",
    "route",
    "corridor",
    "line",
    "railway",
    "rail",
    "motorway",
    "expressway",
    "pipeline",
    "link",
    "flight",
    "flights",
    "service",
    "crossing",
];

/// French nouns of routes before the places they join ("la ligne Quimper-Rennes").
const ROUTES_BEFORE: &[&str] = &[
    "ligne",
    "liaison",
    "axe",
    "route",
    "autoroute",
    "vol",
    "vols",
    "trajet",
    "troncon",
];

/// "the Sokoto-Gusau highway", "the Jos-Bauchi road", "la liaison Lyon-Grenoble": a word of
/// known places joined by hyphens, after a French noun of routes or before an English one (at
/// most one lowercase word between: "dual road"), names each place the route joins. Pushes
/// one place per part and answers whether it did.
pub fn route_ends(ctx: &Ctx, k: usize, out: &mut Vec<Cand>) -> bool {
    let w = ctx.w(k);
    if !w.contains('-') || ctx.toks[k].allcaps {
        return false;
    }
    let n = ctx.toks.len();
    let lower = |j: usize| j < n && ctx.toks[j].kind == TokKind::Word && !ctx.toks[j].cap;
    let route_after = |j: usize| lower(j) && ROUTES_AFTER.contains(&&*ctx.f(j));
    let routed = match ctx.lang {
        Lang::En => route_after(k + 1) || (lower(k + 1) && route_after(k + 2)),
        Lang::Fr => ctx
            .prev_word(k)
            .is_some_and(|p| lower(p) && ROUTES_BEFORE.contains(&&*ctx.f(p))),
    };
    if !routed {
        return false;
    }
    // not a word of given names only ("the Florence-Jordan line" in a vote: a person's), and
    // every part a known place
    if GAZ.sets.given_names.contains(&fold(w)) {
        return false;
    }
    // (pushed as found, taken back when a part is no known place)
    let from = out.len();
    let mut at = ctx.toks[k].start;
    for p in w.split('-') {
        let Some(h) = super::gazetteer::place_hit(p) else {
            out.truncate(from);
            return false;
        };
        out.push(Cand {
            block: ctx.block as u32,
            start: at as u32,
            end: (at + p.len()) as u32,
            kind: EntityKind::Place,
            strength: 3,
            gaz: Some(h.entry as u32),
            demonym: false,
            soft: false,
        });
        at += p.len() + 1;
    }
    // (two parts or more: the word holds a hyphen)
    true
}

/// "traversant Koumaro, le Plateau et Bessadji", "Kibera, the Valley and Westlands": a
/// capitalised place noun alone after a lowercase article, in a list of places, names a
/// district (alone, a place noun names nothing: "the Valley was flooded").
pub fn district_in_list(ctx: &Ctx, k: usize) -> bool {
    ctx.is(k, lex::PLACE_CUE)
        && !FACILITIES.contains(&&*ctx.f(k))
        && before(ctx, k)
            .is_some_and(|p| !ctx.toks[p].cap && matches!(&*ctx.f(p), "le" | "la" | "l" | "the"))
        && place_list(ctx, k)
}

/// Place cues naming a facility, not a district, after an article in a list ("Dakar, le Port
/// et Rufisque": the port).
const FACILITIES: &[&str] = &[
    "port", "gare", "station", "airport", "aeroport", "stade", "stadium", "arena", "bridge",
    "pont", "hall", "palace", "palais", "chateau", "base", "dock", "quay", "quai", "canal",
];

/// Lowercase French heads of a town's own state services, named after the town; the first
/// two are seats of the town's or the State's authority, named after no person (not "l’hôpital
/// de Cochin").
const TOWN_SERVICES_FR: &[&str] = &[
    "mairie",
    "prefecture",
    "sous-prefecture",
    "gendarmerie",
    "hopital",
    "commissariat",
];

/// The town seats among [`TOWN_SERVICES_FR`]: the word after them is a town even unknown.
const TOWN_SEATS_FR: usize = 4;

/// "se rendre à l’hôpital de Gap", "à la préfecture de Pontmaury": a town's state service
/// named by a lowercase noun, "de" and the town, where one goes or stays, names the town too
/// (a known place, or after a town seat one capitalised word, ending the body's name).
pub fn town_of_service(ctx: &Ctx, hits: &[GazHit], run: &[Item], out: &mut Vec<Cand>) {
    let Some(Item::Word(h)) = run.first() else {
        return;
    };
    if ctx.lang != Lang::Fr || ctx.toks[*h].cap || !TOWN_SERVICES_FR.contains(&&*ctx.f(*h)) {
        return;
    }
    // (where one goes or stays: "à la préfecture de X"; the service acting is a body only: "la
    // préfecture de X a annoncé", and so is a court one appeals to: "devant le tribunal de X")
    let mut p0 = ctx.prev_word(*h);
    if matches!(&*fw(ctx, p0), "la" | "l" | "le") {
        p0 = p0.and_then(|p| ctx.prev_word(p));
    }
    if !matches!(&*fw(ctx, p0), "a" | "au" | "dans" | "vers" | "depuis") {
        return;
    }
    let Some(p) = run
        .iter()
        .rposition(|i| matches!(*i, Item::Conn(c) if matches!(&*ctx.f(c), "de" | "du" | "d")))
    else {
        return;
    };
    let seat = TOWN_SERVICES_FR[..TOWN_SEATS_FR].contains(&&*ctx.f(*h));
    out.extend(service_town(ctx, hits, &run[p + 1..], seat, 1));
}

/// The town that ends a town service's name (`town`, the items after "de"): a known place,
/// or, when `unknown_ok`, one capitalised word that is no acronym, no cue and no given name
/// (a rule's candidate of `strength`).
pub fn service_town(
    ctx: &Ctx,
    hits: &[GazHit],
    town: &[Item],
    unknown_ok: bool,
    strength: u8,
) -> Option<Cand> {
    match *town {
        [Item::Gaz { hit, .. }]
            if !hits[hit].demonym && GAZ.entries[hits[hit].entry].kind == EntityKind::Place =>
        {
            Some(Cand::gazetteer(ctx.block, &hits[hit]))
        }
        [Item::Word(k)]
            if unknown_ok
                && ctx.toks[k].cap
                && !ctx.toks[k].allcaps
                && !ctx.is(k, lex::ORG_CUE | lex::PLACE_CUE)
                && !GAZ.sets.given_names.contains(&ctx.f(k)) =>
        {
            let t = &ctx.toks[k];
            Some(Cand::rule(
                ctx.block,
                t.start,
                t.end,
                EntityKind::Place,
                strength,
            ))
        }
        _ => None,
    }
}

/// The body's mention opens with a lowercase town service ([`TOWN_SERVICES_FR`]): the town in
/// it is named ([`town_of_service`]).
pub fn town_service_body(blocks: &[&str], c: &Cand) -> bool {
    let text = &blocks[c.block as usize][c.range()];
    let head = text.split([' ', '\u{a0}']).next().unwrap_or_default();
    head.starts_with(char::is_lowercase) && TOWN_SERVICES_FR.contains(&&*fold(head))
}

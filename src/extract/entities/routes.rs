//! Places along a road, a line or a journey: "the main road through X", "buses past X", "la
//! route qui passe par X", "la ligne qui traverse X", "à travers X", "en passant par la X",
//! "les trains de X à Y"; and a road's number after an article ("traffic on the A55", "sur
//! l’A75"), which names a place (a road) rather than a product.

use super::classify::Ctx;
use super::text::TokKind;

/// Folded nouns and verbs of roads, lines and journeys: one of them shortly before "through X"
/// or "passe par X" makes X a stop on the way, not a means ("through Microsoft").
const ROUTE_WORDS: &[&str] = &[
    // English
    "road",
    "roads",
    "route",
    "routes",
    "bypass",
    "motorway",
    "highway",
    "freeway",
    "expressway",
    "carriageway",
    "railway",
    "railroad",
    "rail",
    "line",
    "lines",
    "train",
    "trains",
    "bus",
    "buses",
    "coach",
    "coaches",
    "tram",
    "trams",
    "track",
    "trail",
    "path",
    "footpath",
    "cycleway",
    "street",
    "lane",
    "corridor",
    "pipeline",
    "canal",
    "ferry",
    "convoy",
    "parade",
    "procession",
    "journey",
    "detour",
    "diversion",
    "diverted",
    "rerouted",
    "runs",
    "ran",
    "running",
    "winds",
    "winding",
    "drove",
    "driving",
    "cycled",
    "walked",
    "marched",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "traffic",
    "lorry",
    "lorries",
    "junction",
    // French
    "autoroute",
    "nationale",
    "departementale",
    "rocade",
    "voie",
    "ligne",
    "lignes",
    "ter",
    "tgv",
    "car",
    "cars",
    "navette",
    "navettes",
    "tramway",
    "metro",
    "trace",
    "itineraire",
    "parcours",
    "trajet",
    "troncon",
    "chemin",
    "sentier",
    "piste",
    "gazoduc",
    "oleoduc",
    "cortege",
    "defile",
    "convoi",
    "etape",
    "randonnee",
    "circule",
    "circulent",
    "circulera",
    "circulait",
    "roule",
    "roulent",
    "trafic",
    "circulation",
    "camions",
];

/// Folded nouns of routes before "de X à Y" / "from X to Y": the two are its ends ("les trains
/// de X à Y", "la liaison de X à Y").
const ROUTE_HEADS: &[&str] = &[
    "road", "route", "routes", "line", "train", "trains", "bus", "buses", "flights", "ferries",
    "ligne", "lignes", "liaison", "liaisons", "trajet", "trajets", "troncon", "vols", "navettes",
    "cars", "ter", "tgv",
];

/// Folded noun `f` heads a route whose ends follow ("les trains de X à Y").
pub(super) fn route_head(f: &str) -> bool {
    ROUTE_HEADS.contains(&f)
}

/// French forms of "passer" before "par X" ("la route passe par X", "en passant par X").
fn passer(f: &str) -> bool {
    matches!(
        f,
        "passe" | "passent" | "passant" | "passera" | "passeront" | "passait" | "passaient"
    )
}

/// The place after the preposition at `p0` (folded `f0`; `f1`, `f2` the folded words before
/// it, `p1`, `p2` their tokens): "through X" or "past X" after a road or a journey, "à travers
/// X", "passe par X", "traverse X" after a route, and the same over an article ("en passant par
/// la X", "through the X"). The words are tested before any token is looked at again.
pub fn route_before(
    ctx: &Ctx,
    p0: Option<usize>,
    f0: &str,
    (p1, f1): (Option<usize>, &str),
    (p2, f2): (Option<usize>, &str),
) -> bool {
    // (the first letter first: every preposition here opens with "t" or "p", most words not)
    let opens = |f: &str| matches!(f.as_bytes().first(), Some(b't' | b'p'));
    if !opens(f0) && !opens(f1) {
        return false;
    }
    let (p0, f0, p1, f1) = if matches!(f0, "the" | "la" | "le" | "l" | "les") {
        (p1, f1, p2, f2)
    } else {
        (p0, f0, p1, f1)
    };
    let lower = |j: Option<usize>| j.is_some_and(|j| !ctx.toks[j].cap);
    // the word to look back from for a route, past the preposition's own words
    let from = match f0 {
        "through" | "past" if lower(p0) => p1,
        // "à travers X"
        "travers" if f1 == "a" && lower(p0) => p1.and_then(|p| ctx.prev_word(p)),
        // "la route passe par X", "en passant par X"
        "par" if passer(f1) && lower(p0) && lower(p1) => {
            let before = p1.and_then(|p| ctx.prev_word(p));
            if f1 == "passant" && before.is_some_and(|q| ctx.w(q) == "en") {
                return before.is_some_and(|q| route_or_range_back(ctx, q, true));
            }
            before
        }
        // "la ligne qui traverse X"
        "traverse" | "traversent" | "traversant" | "traversera" | "traversait" if lower(p0) => p1,
        _ => return false,
    };
    from.is_some_and(|j| route_or_range_back(ctx, j, false))
}

/// A route's word or a road's number at token `j` or within the few words before it in the
/// sentence; with `range`, also a destination ("de X à Y en passant par Z").
fn route_or_range_back(ctx: &Ctx, mut j: usize, range: bool) -> bool {
    let mut words = 0;
    loop {
        let t = &ctx.toks[j];
        if t.kind == TokKind::Word {
            let w = ctx.w(j);
            if road_shape(w) || ROUTE_WORDS.contains(&&*ctx.f(j)) {
                return true;
            }
            // (a destination, not a body: "du Parti X au Parti Y en passant par les Z")
            if range
                && matches!(w, "à" | "au" | "to")
                && ctx
                    .toks
                    .get(j + 1)
                    .is_some_and(|n| n.cap && n.kind == TokKind::Word)
                && !ctx.is(j + 1, super::classify::lex::ORG_CUE)
            {
                return true;
            }
            words += 1;
            if words == 8 {
                return false;
            }
        } else if matches!(ctx.w(j), "." | ";" | ":" | "!" | "?" | "«" | "»" | "\"") {
            return false;
        }
        if j == 0 {
            return false;
        }
        j -= 1;
    }
}

/// A road's number: "A55", "M4", "N17", "D939", "RN88" (one or two capitals of road classes,
/// then one to four digits).
fn road_shape(w: &str) -> bool {
    let b = w.as_bytes();
    let letters = match b {
        [b'R', b'N' | b'D', ..] => 2,
        [b'A' | b'M' | b'N' | b'B' | b'D', ..] => 1,
        _ => return false,
    };
    (letters + 1..=letters + 4).contains(&b.len()) && b[letters..].iter().all(u8::is_ascii_digit)
}

/// Folded words after a number that make it a product's, not a road's ("the A4 paper", "the
/// M2 chip", "l’A320 neo").
const PRODUCT_AFTER: &[&str] = &[
    "paper",
    "sheet",
    "sheets",
    "size",
    "format",
    "chip",
    "chips",
    "processor",
    "jet",
    "jets",
    "aircraft",
    "plane",
    "planes",
    "fleet",
    "engine",
    "engines",
    "neo",
    "avion",
    "avions",
    "papier",
    "feuille",
    "feuilles",
    "puce",
];

/// Word `k` is a road's number after an article ("beside the A55", "sur l’A75", "la N7"): an
/// A-road or autoroute of one or two digits by itself, any other with a route's word near it
/// in the sentence ("traffic on the M6", "la D939 est coupée à la circulation").
pub fn road_number(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k);
    if !road_shape(w) {
        return false;
    }
    let Some(p) = ctx.prev_word(k) else {
        return false;
    };
    if ctx.toks[p].cap || !matches!(ctx.w(p), "the" | "l" | "la") {
        return false;
    }
    let next = ctx.next_word(k);
    if next.is_some_and(|n| PRODUCT_AFTER.contains(&&*ctx.f(n))) {
        return false;
    }
    let b = w.as_bytes();
    (b[0] == b'A' && w.len() <= 3)
        || next.is_some_and(|n| route_after(ctx, n))
        || route_or_range_back(ctx, p, false)
}

/// A route's word straight after a road's number, or within a few words after it ("the M6
/// motorway", "the M6, where traffic…").
fn route_after(ctx: &Ctx, n: usize) -> bool {
    (n..ctx.toks.len().min(n + 6))
        .take_while(|&j| !matches!(ctx.w(j), "." | ";" | "!" | "?"))
        .any(|j| ctx.toks[j].kind == TokKind::Word && ROUTE_WORDS.contains(&&*ctx.f(j)))
}

/// At `k` ("U.S.", "US"): "Highway", "Route" or "Interstate" and a number follow ("U.S.
/// Highway 53", "US Route 66"): the country's name is part of a federal road's, not a
/// mention of the country.
pub fn us_road_ahead(ctx: &Ctx, k: usize) -> bool {
    k + 2 < ctx.toks.len()
        && matches!(ctx.w(k + 1), "Highway" | "Route" | "Interstate")
        && ctx
            .w(k + 2)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit())
}

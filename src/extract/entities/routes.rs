//! Places along a road, a line or a journey: "the main road through X", "buses past X", "la
//! route qui passe par X", "la ligne qui traverse X", "à travers X", "en passant par la X",
//! "les trains de X à Y". A road's number is in `road_numbers`.

use super::classify::Ctx;
use super::text::TokKind;

/// Folded nouns of roads, lines and journeys: one of them shortly before "through X" or "passe
/// par X" makes X a stop on the way, not a means ("through Microsoft"). Not French "car"
/// ("because"); "cars" only after a determiner (`route_word_at`).
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
    "trafic",
    "circulation",
    "camions",
];

/// Folded verbs of going along a way: one before "through X" is a route too ("the convoy drove
/// through X"), not before "past X" ("Rashford ran past Mendoza" passes a person).
const ROUTE_VERBS: &[&str] = &[
    "passed",
    "passes",
    "passing",
    "went",
    "goes",
    "going",
    "headed",
    "snaked",
    "snakes",
    "wound",
    "rolled",
    "rumbled",
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
    "circule",
    "circulent",
    "circulera",
    "circulait",
    "roule",
    "roulent",
];

/// Folded words after a route's noun that make it a figure, not a way ("la ligne du parti", "the
/// line of command", "la ligne de conduite").
const FIGURE_AFTER: &[&str] = &[
    "parti",
    "partis",
    "party",
    "gouvernement",
    "government",
    "command",
    "commandement",
    "conduite",
    "defense",
    "defence",
    "politique",
    "dure",
    "officielle",
    "rouge",
];

/// Folded verbs before "through X" that make X a means, not a way ("sold through X", "paid
/// through X"); a past participle in "-ed" not of a route's verb does the same ("funded through
/// X", "leased through X").
const MEANS_BEFORE: &[&str] = &[
    "sold", "bought", "paid", "made", "sent", "won", "got", "brought",
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
/// it, `p1`, `p2` their tokens), `first` the name's first word: "through X" after a road, a
/// journey or a verb of going, "past X" after a road or a journey, "à travers X", "passe par
/// X", "traverse X" after a route, and the same over an article ("en passant par la X",
/// "through the X"). The words are tested before any token is looked at again. A person's name
/// (a given name, a title) or a body's ("through Octavia Leasing") is never one.
pub fn route_before(
    ctx: &Ctx,
    first: usize,
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
    // the word to look back from for a route, past the preposition's own words; whether a verb
    // of going is enough
    let (from, verbs) = match f0 {
        // ("sold through X", "funded through X": a means)
        "through" if lower(p0) && !means_verb(f1) => (p1, true),
        "past" if lower(p0) => (p1, false),
        // "à travers X"
        "travers" if f1 == "a" && lower(p0) => (p1.and_then(|p| ctx.prev_word(p)), true),
        // "la route passe par X", "en passant par X"
        "par" if passer(f1) && lower(p0) && lower(p1) => {
            let before = p1.and_then(|p| ctx.prev_word(p));
            if f1 == "passant" && before.is_some_and(|q| ctx.w(q) == "en") {
                return before.is_some_and(|q| route_or_range_back(ctx, q, true, true))
                    && !person_or_body(ctx, first);
            }
            (before, true)
        }
        // (round 60) "un détour par X", "un détour de 400 kilomètres par X": a detour's or a
        // distance's "par" passes through a place
        "par" if lower(p0) && lower(p1) && detour_or_distance(f1) => {
            return !person_or_body(ctx, first);
        }
        // "la ligne qui traverse X"
        "traverse" | "traversent" | "traversant" | "traversera" | "traversait" if lower(p0) => {
            (p1, true)
        }
        _ => return false,
    };
    from.is_some_and(|j| route_or_range_back(ctx, j, false, verbs)) && !person_or_body(ctx, first)
}

/// Folded `f` before "par X" is a detour or a distance: "un détour par X", "400 kilomètres par
/// X" (round 60).
fn detour_or_distance(f: &str) -> bool {
    matches!(
        f,
        "detour" | "detours" | "crochet" | "kilometres" | "kilometre" | "km" | "milles" | "miles"
    )
}

/// Folded `f` before "through X" makes X a means ("sold through X", "leased through X").
fn means_verb(f: &str) -> bool {
    MEANS_BEFORE.contains(&f)
        || (f.ends_with("ed") && !ROUTE_VERBS.contains(&f) && !ROUTE_WORDS.contains(&f))
}

/// The name at `first` is a person's or a body's: a given name or a title opens it
/// ("past Colonel Abbot"), or an organisation's cue is among its capitalised words ("through
/// Octavia Leasing").
fn person_or_body(ctx: &Ctx, first: usize) -> bool {
    use super::classify::lex;
    if ctx.is(first, lex::TITLE)
        || super::gazetteer::GAZ
            .sets
            .given_names
            .contains(&ctx.f(first))
    {
        return true;
    }
    (first + 1..ctx.toks.len().min(first + 5))
        .take_while(|&j| ctx.toks[j].kind == TokKind::Word && ctx.toks[j].cap)
        .any(|j| ctx.is(j, lex::ORG_CUE))
}

/// Token `j` is a route's noun (or, with `verbs`, a verb of going), read as a way: "cars" after
/// a determiner ("les cars scolaires", not "electric cars"), "track" not after "fast" ("the
/// fast track through X"), "étape" after an ordinal or before a race's name ("la 3e étape",
/// "l’étape du Tour"), and no noun followed by a figure ("la ligne du parti").
fn route_word_at(ctx: &Ctx, j: usize, verbs: bool) -> bool {
    let f = ctx.f(j);
    if verbs && ROUTE_VERBS.contains(&&*f) {
        return true;
    }
    if !ROUTE_WORDS.contains(&&*f) {
        return false;
    }
    let prev = || ctx.prev_word(j).map(|p| ctx.f(p));
    let ok = match &*f {
        "cars" => prev().is_some_and(|p| {
            matches!(
                &*p,
                "les" | "des" | "ces" | "nos" | "leurs" | "aux" | "ses" | "deux"
            )
        }),
        "track" => prev().is_none_or(|p| p != "fast"),
        "etape" => {
            prev().is_some_and(|p| p.as_bytes()[0].is_ascii_digit() || p.ends_with("ieme"))
                || ctx.next_word(j).is_some_and(|n| {
                    matches!(&*ctx.f(n), "du" | "de")
                        && ctx.next_word(n).is_some_and(|m| ctx.toks[m].cap)
                })
        }
        _ => true,
    };
    ok && !figure_after(ctx, j)
}

/// The words after the route's noun at `j` make it a figure: "la ligne du parti", "the line of
/// command", "la ligne de conduite", "sa ligne politique".
fn figure_after(ctx: &Ctx, j: usize) -> bool {
    let mut n = ctx.next_word(j);
    for _ in 0..3 {
        let Some(k) = n else {
            return false;
        };
        let f = ctx.f(k);
        if FIGURE_AFTER.contains(&&*f) {
            return true;
        }
        if !matches!(
            &*f,
            "du" | "de" | "d" | "des" | "of" | "the" | "la" | "le" | "l"
        ) {
            return false;
        }
        n = ctx.next_word(k).or_else(|| ctx.next_word(k + 1));
    }
    false
}

/// A route's word or a road's number at token `j` or within the few words before it in the
/// sentence; with `range`, also a destination ("de X à Y en passant par Z"); with `verbs`, a
/// verb of going too.
pub(super) fn route_or_range_back(ctx: &Ctx, j: usize, range: bool, verbs: bool) -> bool {
    words_back(ctx, j, 8).any(|j| {
        let w = ctx.w(j);
        super::road_numbers::road_shape(w)
            || route_word_at(ctx, j, verbs)
            // (a destination after "à"/"to", not a body's name: the way's far end)
            || (range
                && matches!(w, "à" | "au" | "to")
                && ctx
                    .toks
                    .get(j + 1)
                    .is_some_and(|n| n.cap && n.kind == TokKind::Word)
                && !ctx.is(j + 1, super::classify::lex::ORG_CUE))
    })
}

/// Word token `j` (if it is one) and the word tokens before it in its sentence, nearest
/// first, `max` words at most: a sentence's or a quotation's mark, or the block's start, ends
/// the walk.
pub(super) fn words_back<'c>(
    ctx: &'c Ctx<'_>,
    mut j: usize,
    max: usize,
) -> impl Iterator<Item = usize> + 'c {
    let mut words = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        while !done {
            let at = j;
            let word = ctx.toks[at].kind == TokKind::Word;
            if !word && matches!(ctx.w(at), "." | ";" | ":" | "!" | "?" | "«" | "»" | "\"") {
                done = true;
                return None;
            }
            if word {
                words += 1;
            }
            done = (word && words == max) || at == 0;
            j = at.saturating_sub(1);
            if word {
                return Some(at);
            }
        }
        None
    })
}

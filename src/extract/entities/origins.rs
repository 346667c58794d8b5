//! Round 34 (places and persons): where a person is from and where a span of places runs.
//! "a farmer from X" puts a town after a noun of people that is no job (a job's "from" may
//! name an employer: "an engineer from X"); "des gares, de X à Y" / "hamlets from X to Y"
//! spans places after a plural noun of places; a name with an Arabic or Berber filiation
//! word inside ("X Ben Y", "X Ould Y") is a person's whatever its given name.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::GAZ;
use super::text::TokKind;

/// Nouns of people (no job: a job's "from" may name its employer) after which "from X" is
/// where they come from ("a rancher from X", "a 34-year-old from X").
pub(super) const ORIGIN_PEOPLE: &[&str] = &[
    "boy",
    "boys",
    "girl",
    "girls",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "couple",
    "family",
    "families",
    "farmer",
    "farmers",
    "rancher",
    "ranchers",
    "fisherman",
    "fishermen",
    "champion",
    "champions",
    "native",
    "natives",
    "resident",
    "residents",
    "teenager",
    "teenagers",
    "widow",
    "pensioner",
    "pensioners",
    "retiree",
    "retirees",
    "veteran",
    "veterans",
    "voter",
    "voters",
    "villagers",
    "homeowner",
    "homeowners",
    "grower",
    "growers",
    // (round 50: "hunters from X had reported")
    "hunter",
    "hunters",
    "trappers",
    "herders",
    "elders",
    "settlers",
    "migrants",
    "refugees",
    "pilgrims",
    // (round 68) "allowed communities from Ogale to sue"
    "communities",
    "families",
    "households",
];

/// Word `f1` (lowercase) then "from" (`f0`) before the name at `first`: a noun of people from
/// [`ORIGIN_PEOPLE`] or an age ("a 34-year-old from X"), and the name one word or a known
/// place ("the couple from Ardley Timber" may name an employer).
pub fn people_from(ctx: &Ctx, f0: &str, p1: Option<usize>, first: usize) -> bool {
    f0 == "from"
        && p1.is_some_and(|p| {
            // (or opening the sentence: "Hunters from X had reported")
            (!ctx.toks[p].cap || ctx.toks[p].initial) && {
                let f = ctx.f(p);
                ORIGIN_PEOPLE.contains(&&*f) || f.ends_with("-year-old")
            }
        })
        && (super::context::known_place(ctx, first)
            || !ctx
                .next_word(first)
                .is_some_and(|n| n == first + 1 && ctx.toks[n].cap))
}

/// Plural nouns of places, sites or settlements a span "de X à Y" / "from X to Y" runs over,
/// besides the plurals of [`PLACE_PLURALS`](super::context::PLACE_PLURALS) ("des plages, de X à
/// Y", "hamlets from X to Y").
const RANGE_EXTRAS: &[&str] = &[
    "beaches",
    "settlements",
    "hamlets",
    "localites",
    "hameaux",
    "bourgs",
    "plages",
    "officines",
    "pharmacies",
    "gares",
];

/// The name at `first..=last` is one end of "de X à Y" / "from X to Y" (two lone capitalised
/// words) right after a plural noun of places (`PLACE_PLURALS`, [`RANGE_EXTRAS`]), over a comma or not.
pub fn range_after_places(ctx: &Ctx, first: usize, last: usize) -> bool {
    let n = ctx.toks.len();
    let word = |j: usize| j < n && ctx.toks[j].kind == TokKind::Word;
    let lone_cap = |j: usize| word(j) && ctx.toks[j].cap && !ctx.toks[j].allcaps;
    let lower = |j: usize, a: &str, b: &str| {
        word(j) && !ctx.toks[j].cap && matches!(ctx.w(j), w if w == a || w == b)
    };
    if first != last || first < 2 {
        return false;
    }
    // the opener's token: "de X à Y" (X here) or "de Y à X" (X here)
    let opener = if lower(first - 1, "de", "from") && lower(first + 1, "à", "to") {
        if !lone_cap(first + 2) || (first + 3 < n && ctx.toks[first + 3].cap) {
            return false;
        }
        first - 1
    } else if first >= 3 && lower(first - 1, "à", "to") && lower(first - 3, "de", "from") {
        if !lone_cap(first - 2) || (first + 1 < n && ctx.toks[first + 1].cap) {
            return false;
        }
        first - 3
    } else {
        return false;
    };
    // the head noun before it, over a comma
    let mut h = opener;
    if h >= 1 && ctx.w(h - 1) == "," {
        h -= 1;
    }
    h >= 1 && word(h - 1) && !ctx.toks[h - 1].cap && {
        let f = ctx.f(h - 1);
        super::context::PLACE_PLURALS_SET.contains(&f)
            || RANGE_EXTRAS.contains(&&*f)
            || super::routes::route_head(&f)
    }
}

/// Filiation words inside an Arabic or Berber full name ("X Ben Y", "X Ibn Y", "X Ould Y").
const FILIATIONS: &[&str] = &["Ben", "Ibn", "Bin", "Ould", "Bent", "Bint", "Abou", "Abu"];

/// Words opening a place's name before a filiation word ("Sidi Ben X", "Oued Ben X", "Mount
/// Ben X", "Kfar Ben X", "Menzel Ben X").
const PLACE_OPENERS: &[&str] = &[
    "sidi", "oued", "ras", "bir", "ain", "beni", "djebel", "jebel", "mount", "mont", "kfar",
    "menzel", "ksar", "hammam", "douar", "dar", "bab",
];

/// Buildings named after a person, with no cue of a body or a place in the lexicon ("the
/// Hotel Ben X", "la Médersa Ben X", "the Ben X Tower").
const NAMED_BUILDINGS: &[&str] = &[
    "hotel",
    "mosque",
    "mosquee",
    "medersa",
    "madrasa",
    "zaouia",
    "tower",
    "tour",
    "palace",
    "palais",
    "mausoleum",
    "mausolee",
    "theatre",
    "theater",
    "mall",
    "souk",
    "kasbah",
];

/// The run's words `words` are a person's full name by their shape: three or more, a
/// filiation word ([`FILIATIONS`]) neither first nor last, no place's opener, geographic or
/// area noun first, no word of a body, a title or a place ("l'Université Ibn X", "the Hotel
/// Ben X", "the Big Ben Tower"), and no place's context before it ("les habitants de Menzel
/// Ben X").
pub fn filiation_name(ctx: &Ctx, words: &[usize]) -> bool {
    words.len() >= 3
        && words[1..words.len() - 1]
            .iter()
            .any(|&k| FILIATIONS.contains(&ctx.w(k)))
        && words.windows(2).all(|p| p[1] == p[0] + 1)
        && {
            let f0 = ctx.f(words[0]);
            !PLACE_OPENERS.contains(&&*f0)
                && !super::places::area_noun(&f0)
                && !super::words::GEO_HEADS.contains(&&*f0)
        }
        && !words.iter().any(|&k| {
            ctx.is(
                k,
                lex::ORG_CUE | lex::TITLE | lex::PLACE_CUE | lex::OTHER_CUE,
            ) || NAMED_BUILDINGS.contains(&&*ctx.f(k))
        })
        && !super::context::place_before(ctx, words[0])
}

/// Prepositions of a phrase locating a list's plural noun ("the villages along the shore, like…",
/// "des bourgs dans la plaine, notamment…").
const LOCATING: &[&str] = &[
    "on", "in", "along", "across", "around", "near", "sur", "dans", "de",
];

/// The word `q` heading a list ("shore, like"), or, when it ends a phrase locating a noun
/// before it ("the villages along the shore"), that noun.
pub fn over_place_phrase(ctx: &Ctx, q: usize) -> usize {
    let lower = |j: Option<usize>| j.filter(|&j| !ctx.toks[j].cap);
    let head = lower(Some(q))
        .and_then(|q| lower(ctx.prev_word(q)))
        .filter(|&a| matches!(ctx.w(a), "the" | "la" | "le" | "les" | "l"))
        .and_then(|a| lower(ctx.prev_word(a)))
        .filter(|&p| LOCATING.contains(&ctx.w(p)))
        .and_then(|p| lower(ctx.prev_word(p)));
    head.unwrap_or(q)
}

/// `run` (opening at token `ft`) is "X of Y" with no cue of a body, listed after a plural
/// noun of places ("villages like Brig of X") or after a preposition of place with a place's
/// head or a known place ("a week in Port of X"); a title before it makes a person ("Prince X of Y"), and
/// so does no place's evidence ("a statue of Joan of Arc").
pub fn of_place(ctx: &Ctx, run: &[Item], ft: usize) -> bool {
    let of = |i: &Item| matches!(*i, Item::Conn(c) if ctx.w(c) == "of");
    run.len() == 3
        && of(&run[1])
        && run
            .iter()
            .all(|i| !matches!(*i, Item::Word(k) if ctx.is(k, lex::ORG_CUE | lex::TITLE)))
        && !ctx.prev_word(ft).is_some_and(|p| ctx.is(p, lex::TITLE))
        && (super::context::listed_after_place_plural(ctx, ft)
            || (of_place_shape(ctx, run, ft) && super::context::place_before(ctx, ft)))
}

/// Heads of a place's name "X of Y" ("Isle of X", "Port of X", "Vale of X").
const OF_PLACE_HEADS: &[&str] = &[
    "kyle", "brig", "bridge", "isle", "port", "mount", "city", "county", "bay", "firth", "loch",
    "town", "vale", "mouth", "point", "sound", "burgh",
];

/// "X of Y" (opening at `ft`) after a preposition of place names a place when "the" comes
/// before it ("in the Vale of X"), X is a place's head ([`OF_PLACE_HEADS`]) or Y a known place,
/// and no possessive follows (not "played in Game of X", "a visit to Joan of X's house").
fn of_place_shape(ctx: &Ctx, run: &[Item], ft: usize) -> bool {
    let (Item::Word(x), Item::Word(y)) = (run[0], run[2]) else {
        return false;
    };
    let rest = &ctx.text[ctx.toks[y].end..];
    !(rest.starts_with("'s") || rest.starts_with("’s"))
        && (ctx.prev_word(ft).is_some_and(|p| ctx.w(p) == "the")
            || OF_PLACE_HEADS.contains(&&*ctx.f(x))
            || super::context::known_place(ctx, y))
}

/// The name at `first` after a facility's "de" is its owner's, a person's: a known given name
/// that no known place spells and no article or place's opener ("l'atelier de Solène",
/// "le hangar de Julien Marceaux"; not "l'usine de La Hague", "le barrage de Grand X").
pub fn owner_named(ctx: &Ctx, first: usize) -> bool {
    let f = ctx.f(first);
    GAZ.sets.given_names.contains(&f)
        && !matches!(
            &*f,
            "la" | "le"
                | "les"
                | "saint"
                | "sainte"
                | "port"
                | "grand"
                | "grande"
                | "ras"
                | "mont"
                | "fort"
        )
        && !super::context::known_place(ctx, first)
}

/// French verbs of what a river does or of what crosses or skirts a land, after which "la X"
/// / "le X" / "l’X" (`f0`, the article; `f1`, the verb) is a river or a land.
const RIVER_VERBS: &[&str] = &[
    "alimente",
    "alimentent",
    "traverse",
    "traversent",
    "traversait",
    "longe",
    "longent",
    "longeait",
    "enjambe",
    "enjambent",
    "franchit",
    "franchir",
    "irrigue",
    "irriguent",
    "surplombe",
    "surplombent",
];

/// Verbs of [`RIVER_VERBS`] that say as much of a crisis or a budget ("la crise traverse la
/// X", "le budget alimente la X"): a river, a road or a source must be their subject.
const FIGURATIVE_VERBS: &[&str] = &[
    "alimente",
    "alimentent",
    "traverse",
    "traversent",
    "traversait",
    "franchit",
    "franchir",
];

/// Nouns of geography or of ways that cross or feed a land or a river.
const GEO_SUBJECTS: &[&str] = &[
    "glacier",
    "source",
    "sources",
    "nappe",
    "route",
    "routes",
    "autoroute",
    "pont",
    "canal",
    "riviere",
    "fleuve",
    "ruisseau",
    "torrent",
    "lac",
    "barrage",
    "ligne",
    "voie",
    "chemin",
    "sentier",
    "tunnel",
    "viaduc",
    "piste",
    "train",
];

/// Folded `f0` is an article and `f1` (token `p1`) before it one of [`RIVER_VERBS`]; a verb
/// of [`FIGURATIVE_VERBS`] needs a noun of [`GEO_SUBJECTS`] before it, maybe over "qui" or an
/// adjective.
pub fn river_verb(ctx: &Ctx, f0: &str, f1: &str, p1: Option<usize>) -> bool {
    matches!(f0, "la" | "le" | "l")
        && RIVER_VERBS.contains(&f1)
        && (!FIGURATIVE_VERBS.contains(&f1) || {
            // the subject, maybe before "qui" or one adjective ("le glacier fondu alimente")
            let mut s = p1.and_then(|p| ctx.prev_word(p));
            if s.is_some_and(|q| ctx.f(q) == "qui") {
                s = s.and_then(|q| ctx.prev_word(q));
            }
            let geo = |q: Option<usize>| {
                q.is_some_and(|q| !ctx.toks[q].cap && GEO_SUBJECTS.contains(&&*ctx.f(q)))
            };
            geo(s) || geo(s.and_then(|q| ctx.prev_word(q)))
        })
}

//! Round 34 (places and persons): where a person is from and where a span of places runs.
//! "a farmer from X" puts a town after a noun of people that is no job (a job's "from" may
//! name an employer: "an engineer from X"); "officines, de X à Y" / "villages from X to Y"
//! spans places after a plural noun of places; a name with an Arabic or Berber filiation
//! word inside ("X Ben Y", "X Ould Y") is a person's whatever its given name.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::GAZ;
use super::text::TokKind;

/// Nouns of people (no job: a job's "from" may name its employer) after which "from X" is
/// where they come from ("a rancher from X", "a 34-year-old from X").
const ORIGIN_PEOPLE: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
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
];

/// Word `f1` (lowercase) then "from" (`f0`) before the name: a noun of people from
/// [`ORIGIN_PEOPLE`] or an age ("a 34-year-old from X").
pub fn people_from(ctx: &Ctx, f0: &str, p1: Option<usize>) -> bool {
    f0 == "from"
        && p1.is_some_and(|p| {
            !ctx.toks[p].cap && {
                let f = ctx.f(p);
                ORIGIN_PEOPLE.contains(&&*f) || f.ends_with("-year-old")
            }
        })
}

/// Plural nouns of places, sites or settlements a span "de X à Y" / "from X to Y" runs over
/// ("quelque 280 officines, de X à Y", "villages from X to Y").
const RANGE_HEADS: &[&str] = &[
    "towns",
    "cities",
    "villages",
    "communities",
    "counties",
    "provinces",
    "regions",
    "districts",
    "suburbs",
    "ports",
    "beaches",
    "islands",
    "settlements",
    "hamlets",
    "villes",
    "communes",
    "localites",
    "hameaux",
    "bourgs",
    "quartiers",
    "plages",
    "iles",
    "departements",
    "officines",
    "pharmacies",
    "gares",
];

/// The name at `first..=last` is one end of "de X à Y" / "from X to Y" (two lone capitalised
/// words) right after a plural noun of places ([`RANGE_HEADS`]), over a comma or not.
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
    h >= 1 && word(h - 1) && !ctx.toks[h - 1].cap && RANGE_HEADS.contains(&&*ctx.f(h - 1))
}

/// Filiation words inside an Arabic or Berber full name ("X Ben Y", "X Ibn Y", "X Ould Y").
const FILIATIONS: &[&str] = &["Ben", "Ibn", "Bin", "Ould", "Bent", "Bint", "Abou", "Abu"];

/// Words opening a place's name before a filiation word ("Sidi Ben X", "Oued Ben X").
const PLACE_OPENERS: &[&str] = &[
    "sidi", "oued", "ras", "bir", "ain", "beni", "djebel", "jebel",
];

/// The run's words `words` are a person's full name by their shape: three or more, a
/// filiation word ([`FILIATIONS`]) neither first nor last, no place's opener first.
pub fn filiation_name(ctx: &Ctx, words: &[usize]) -> bool {
    words.len() >= 3
        && words[1..words.len() - 1]
            .iter()
            .any(|&k| FILIATIONS.contains(&ctx.w(k)))
        && words.windows(2).all(|p| p[1] == p[0] + 1)
        && !PLACE_OPENERS.contains(&&*ctx.f(words[0]))
}

/// Prepositions of a phrase locating a list's plural noun ("communities on the mainland, such
/// as…", "des villages sur la côte, comme…").
const LOCATING: &[&str] = &[
    "on", "in", "along", "across", "around", "near", "sur", "dans", "de",
];

/// The word `q` heading a list ("mainland, such as"), or, when it ends a phrase locating a
/// noun before it ("communities on the mainland"), that noun.
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
/// noun of places ("villages such as Brig of X") or after a preposition of place ("the ferry
/// to Kyle of X", "in Bridge of X"); a title before it makes a person ("Prince X of Y"), and
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
            || super::context::place_before(ctx, ft))
}

/// The name at `first` after a facility's "de" is its owner's, a person's: a known given name
/// that no known place spells ("la mine de Karim"), or two plain capitalised words, the first
/// no known place (French towns of several words are hyphenated: "le chantier de Moussa
/// Diallo", not "le chantier de Fos-sur-Mer").
pub fn owner_named(ctx: &Ctx, first: usize) -> bool {
    let toks = ctx.toks;
    let two_words = first + 1 < toks.len()
        && toks[first + 1].kind == TokKind::Word
        && toks[first + 1].cap
        && toks[first + 1].start == toks[first].end + 1
        && !ctx.w(first).contains('-');
    (two_words || GAZ.sets.given_names.contains(&ctx.f(first)))
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

/// Folded `f0` is an article and `f1` before it one of [`RIVER_VERBS`].
pub fn river_verb(f0: &str, f1: &str) -> bool {
    matches!(f0, "la" | "le" | "l") && RIVER_VERBS.contains(&f1)
}

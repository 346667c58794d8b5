//! People's nouns heading an apposition (round 44): "X, a market trader from…", "X, a retired
//! teacher,", "X, mother of two,", "X, biologiste à…", "X, une commerçante du marché" make X a
//! person, whatever a word of the name looked like; the same reading serves the cues (while
//! a run is typed) and the apposition pass (after), beside their bodies' and places' nouns.

use super::appos_scene::{body_signs, goods_after, in_scene, plain_person};
use super::candidates::Cand;
use super::classify::{Ctx, lex};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Nouns of people that are no title (titles are the lexicon's): trades, ways of life,
/// family ties, folded (lowercase, no accents), English and French, sorted (searched by
/// halves: an apposition's every word is looked up).
const PERSON_HEADS: &[&str] = &[
    "activist",
    "agriculteur",
    "agricultrice",
    "apiculteur",
    "apicultrice",
    "archaeologist",
    "archeologue",
    "architect",
    "architecte",
    "athlete",
    "baker",
    "beekeeper",
    "benevole",
    "biologist",
    "biologiste",
    "botanist",
    "botaniste",
    "boulanger",
    "boulangere",
    "businessman",
    "businesswoman",
    "butcher",
    "campaigner",
    "caregiver",
    "carer",
    "carpenter",
    "chauffeur",
    "chef",
    "chirurgien",
    "chirurgienne",
    "commercant",
    "commercante",
    "commuter",
    "cook",
    "cyclist",
    "dentist",
    "doctorant",
    "doctorante",
    "ecologist",
    "ecologue",
    "electrician",
    "eleveuse",
    "engineer",
    "enseignant",
    "enseignante",
    "entrepreneur",
    "etudiant",
    "etudiante",
    "farmer",
    "father",
    "father-of-three",
    "father-of-two",
    "firefighter",
    "fisherman",
    "fisherwoman",
    "geologist",
    "geologue",
    "graduate",
    "grand-mere",
    "grand-pere",
    "grandfather",
    "grandmother",
    "grower",
    "habitant",
    "habitante",
    "hawker",
    "herder",
    "historian",
    "historien",
    "historienne",
    "homeowner",
    "hydrogeologist",
    "hydrogeologue",
    "hydrologist",
    "hydrologue",
    "infirmier",
    "infirmiere",
    "ingenieur",
    "ingenieure",
    "instituteur",
    "institutrice",
    "landowner",
    "lecturer",
    "maraicher",
    "maraichere",
    "mecanicien",
    "mecanicienne",
    "mechanic",
    "medecin",
    "mere",
    "midwife",
    "militant",
    "militante",
    "mother",
    "mother-of-three",
    "mother-of-two",
    "musician",
    "musicien",
    "musicienne",
    "neighbor",
    "neighbour",
    "nurse",
    "ornithologist",
    "ornithologue",
    "ouvrier",
    "ouvriere",
    "paramedic",
    "patient",
    "pecheur",
    "pecheuse",
    "pensioner",
    "pere",
    "pharmacien",
    "pharmacienne",
    "pharmacist",
    "photographe",
    "photographer",
    "physician",
    "pilot",
    "plumber",
    "poet",
    "pompier",
    "pupil",
    "rancher",
    "researcher",
    "resident",
    "retiree",
    "retraite",
    "retraitee",
    "riverain",
    "riveraine",
    "sage-femme",
    "salarie",
    "salariee",
    "scientifique",
    "scientist",
    "shopkeeper",
    "sociologist",
    "sociologue",
    "soldier",
    "stallholder",
    "student",
    "surgeon",
    "swimmer",
    "teacher",
    "urbaniste",
    "vet",
    "veterinaire",
    "veterinarian",
    "veuve",
    "vigneron",
    "vigneronne",
    "villager",
    "viticulteur",
    "viticultrice",
    "volunteer",
    "waiter",
    "waitress",
    "widow",
    "widower",
    "zoologist",
];

/// People's nouns that are bodies' too ("Glenrow, a commodities trader", "X, a software
/// vendor", "X, the largest tenant", "X, négociant en vins"; "chef de file" as well): a
/// person's only after a name that plainly is one (a known given name and a surname) and
/// not beside a firm's goods ([`FIRM_GOODS`], "of wind turbines", "de porcs").
const SHARED_HEADS: &[&str] = &[
    "builder",
    "cleaner",
    "driver",
    "eleveur",
    "eleveuse",
    "runner",
    "survivor",
    "tenant",
    "vendor",
    "trader",
    "investor",
    "developer",
    "producer",
    "negociant",
    "exploitant",
    "exploitante",
    "producteur",
    "productrice",
    // (round 64) "X, a partner at the firm, said": a firm's partner as often
    "partner",
];

/// The first letters and lengths of [`PERSON_HEADS`] and [`SHARED_HEADS`], found at compile
/// time: a word of no such shape is no head.
static HEAD_SHAPES: Shapes = Shapes::of(&[PERSON_HEADS, SHARED_HEADS]);

/// For each lowercase ASCII first letter (others share one slot), the lengths (up to 63
/// bytes; longer ones share bit 63) of a set of words.
struct Shapes([u64; 27]);

impl Shapes {
    const fn slot(first: u8) -> usize {
        if first.is_ascii_lowercase() {
            (first - b'a') as usize
        } else {
            26
        }
    }
    const fn bit(len: usize) -> u64 {
        1 << if len < 63 { len } else { 63 }
    }
    const fn of(lists: &[&[&str]]) -> Shapes {
        let mut masks = [0u64; 27];
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].len() {
                let w = lists[l][i].as_bytes();
                if !w.is_empty() {
                    masks[Self::slot(w[0])] |= Self::bit(w.len());
                }
                i += 1;
            }
            l += 1;
        }
        Shapes(masks)
    }
    /// `w` may be one of the words (it has the first letter and the length of one).
    #[inline]
    fn holds(&self, w: &str) -> bool {
        w.as_bytes()
            .first()
            .is_some_and(|&b| self.0[Self::slot(b)] & Self::bit(w.len()) != 0)
    }
}

/// What a trading or producing firm deals in: "an oil trader", "a power producer".
const FIRM_GOODS: &[&str] = &[
    "commodity",
    "commodities",
    "oil",
    "energy",
    "power",
    "gas",
    "coal",
    "fuel",
    "grain",
    "metals",
    "metal",
    "steel",
    "crude",
    "electricity",
    "wholesale",
    "property",
    "software",
    "game",
    "games",
    "petrolier",
    "gazier",
];

/// French adjectives that stand before their noun: "une jeune agricultrice", "un ancien
/// infirmier".
const FR_BEFORE_NOUN: &[&str] = &[
    "ancien", "ancienne", "jeune", "vieil", "vieux", "vieille", "petit", "petite", "grand",
    "grande", "simple", "nouveau", "nouvelle", "futur", "future", "ex",
];

/// Words after a person's noun that end its noun phrase: a complement ("from", "à", "de"), a
/// relative pronoun, a participle of where one lives.
const AFTER_HEAD: &[&str] = &[
    "from",
    "in",
    "at",
    "of",
    "for",
    "who",
    "whose",
    "with",
    "and",
    "living",
    "based",
    "near",
    "on",
    "a",
    "au",
    "aux",
    "de",
    "du",
    "des",
    "d",
    "chez",
    "dans",
    "en",
    "qui",
    "dont",
    "et",
    "installe",
    "installee",
    "originaire",
    "pres",
    "sur",
    "pour",
];

/// The lowercase word at `j` is a person's noun heading its noun phrase: a comma, a
/// sentence's end or a complement after it, or (in French) one or two adjectives first
/// ("institutrice retraitée installée à…"). A noun before a body's ("a farmer cooperative"),
/// a possessive ("a teacher's union") or a verb ("a nurse said") heads nothing. A noun that
/// is a body's too needs the name ending at `lt` to be plainly a person's ([`plain_person`]).
pub(super) fn person_head(ctx: &Ctx, j: usize, lt: usize) -> bool {
    let t = &ctx.toks[j];
    if t.kind != TokKind::Word || t.cap {
        return false;
    }
    let f = ctx.f(j);
    let n = ctx.toks.len();
    // ("chef de file": who leads, a firm as well as a person)
    let leads = f == "chef" && j + 2 < n && ctx.f(j + 1) == "de" && ctx.f(j + 2) == "file";
    // (its first letter and length first: most words are no head, and the search by halves
    // compares strings)
    // (round 56: or a noun of occupation by its ending, "a screenwriter", "agroéconomiste")
    let listed = leads || HEAD_SHAPES.holds(&f);
    if !listed && !super::occupation_shapes::occupation_shaped(&f) {
        return false;
    }
    let shared = leads || (listed && SHARED_HEADS.contains(&&*f));
    if shared
        && (!plain_person(ctx, lt)
            || ctx
                .prev_word(j)
                .is_some_and(|p| FIRM_GOODS.contains(&&*ctx.f(p)) || ctx.toks[p].cap))
    {
        return false;
    }
    if listed
        && !shared
        && PERSON_HEADS.binary_search(&&*f).is_err()
        && !super::occupation_shapes::occupation_shaped(&f)
    {
        return false;
    }
    let mut k = if leads { j + 3 } else { j + 1 };
    while ctx.lang == Lang::Fr && k < n && k <= j + 2 && adjective(ctx, k) {
        k += 1;
    }
    if k >= n {
        return true;
    }
    if ctx.toks[k].kind != TokKind::Word {
        return matches!(ctx.w(k), "," | "." | ";" | ")" | "—" | "–" | ":");
    }
    if shared && goods_after(ctx, k) {
        return false;
    }
    // ("un pompier a été blessé": the verb "a", not "à")
    AFTER_HEAD.contains(&&*ctx.f(k)) && ctx.w(k) != "a"
}

/// A French adjective after the noun at `k`: lowercase, no function word, no verb, no
/// body's noun.
fn adjective(ctx: &Ctx, k: usize) -> bool {
    let t = &ctx.toks[k];
    t.kind == TokKind::Word
        && !t.cap
        && !ctx.is(k, lex::FUNCTION_WORD | lex::SAID | lex::ORG_INTRO)
        && !AFTER_HEAD.contains(&&*ctx.f(k))
        && !super::context::verb_like(&ctx.f(k))
}

/// The apposition after the name ending at `lt` (its comma at `lt + 1`) is a person's
/// noun, with or without an article: "X, a retired teacher,", "X, biologiste à…"; not
/// after a name with a body's signs, nor after one closing a sentence's opening scene
/// ("Au Kervallon, un pompier…": the noun is the sentence's subject).
pub(super) fn person_apposition(ctx: &Ctx, lt: usize) -> bool {
    person_noun_after(ctx, lt) && !body_signs(ctx, lt) && !in_scene(ctx, lt)
}

/// The apposition after the name ending at `lt` opens with a person's noun.
fn person_noun_after(ctx: &Ctx, lt: usize) -> bool {
    let n = ctx.toks.len();
    let mut j = lt + 2;
    if j >= n || ctx.w(lt + 1) != "," || ctx.toks[j].kind != TokKind::Word {
        return false;
    }
    // "X, a déclaré…": the French verb, not the article
    let f = ctx.f(j);
    let art = matches!(&*f, "an" | "the" | "la" | "le" | "l" | "un" | "une")
        || (f == "a" && ctx.lang == Lang::En);
    if !art {
        return person_head(ctx, j, lt);
    }
    j += 1;
    // in French the noun comes first, after a few adjectives at most ("une ancienne
    // infirmière"; in "l’artère commerçante", "commerçante" qualifies the noun before it)
    if ctx.lang == Lang::Fr {
        while j < n && ctx.toks[j].kind == TokKind::Word && FR_BEFORE_NOUN.contains(&&*ctx.f(j)) {
            j += 1;
        }
        return j < n && person_head(ctx, j, lt);
    }
    // the article, then up to four modifiers ("a third-generation dairy farmer")
    for _ in 0..5 {
        while j < n && matches!(ctx.w(j), "’" | "'" | "-") {
            j += 1;
        }
        // ("a Kisumu-born nurse": a capitalised compound may modify the noun)
        if j >= n
            || ctx.toks[j].kind != TokKind::Word
            || (ctx.toks[j].cap && !ctx.w(j).contains('-'))
        {
            return false;
        }
        if person_head(ctx, j, lt) {
            return true;
        }
        if ctx.is(
            j,
            lex::TITLE | lex::SAID | lex::FUNCTION_WORD | lex::ORG_INTRO,
        ) {
            return false;
        }
        j += 1;
    }
    false
}

/// Retypes a weakly typed candidate by a person's apposition after it (the name ending at
/// token `lt`), when `open` says the name opens no scene ("In X, a nurse…"): not a known
/// entity (gazetteer), not a name opening with a body's noun, with a legal form or all in
/// capitals.
pub(super) fn retype_person(
    ctx: &Ctx,
    c: &mut Cand,
    lt: usize,
    open: impl Fn(&Cand) -> bool,
) -> bool {
    if !matches!(c.kind, EntityKind::Organization | EntityKind::Place)
        || c.strength > 2
        || !person_apposition(ctx, lt)
        || !open(c)
    {
        return false;
    }
    let start = c.start as usize;
    let from = ctx.toks.partition_point(|t| t.start < start);
    // ("la Coopérative X, un agriculteur à sa tête": a body's noun opening the name stands)
    if from <= lt && ctx.is(from, lex::ORG_CUE) {
        return false;
    }
    if (from..=lt).any(|k| {
        ctx.toks[k].allcaps
            || (ctx.toks[k].kind == TokKind::Word && super::joins::LEGAL_FORMS.contains(&ctx.w(k)))
    }) {
        return false;
    }
    c.kind = EntityKind::Person;
    c.strength = 2;
    true
}

/// The folded word `f` is one of [`PERSON_HEADS`] (no noun shared with bodies).
pub(super) fn person_noun(f: &str) -> bool {
    HEAD_SHAPES.holds(f) && PERSON_HEADS.binary_search(&f).is_ok()
}

/// [`PERSON_HEADS`] is sorted, as its search by halves needs.
#[cfg(test)]
pub(super) fn heads_sorted() -> bool {
    PERSON_HEADS.windows(2).all(|w| w[0] < w[1])
}

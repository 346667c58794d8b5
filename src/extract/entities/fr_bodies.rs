//! Round 33 (second part): French bodies' names and where they end: a ministry the gazetteer
//! knows by its first remit goes on through its listed remits; "de" and a determiner or a
//! quantifier never continue a body's name.

use super::candidates::Item;
use super::classify::Ctx;
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::{EntityKind, Lang};

/// `run` is one gazetteer name opening with a lowercase "ministère" ("ministère de
/// l’Économie"): a ministry named by its first remit, which a remit list may continue.
pub fn known_ministry(ctx: &Ctx, run: &[Item]) -> bool {
    matches!(run, [Item::Gaz { first, .. }]
        if !ctx.toks[*first].cap && ctx.f(*first) == "ministere")
}

/// Determiners and quantifiers: after "de"/"du"/"des"/"d’" they open a noun phrase of the
/// sentence ("devant la Régie de X de tout tarif", "de chaque commune", "de ses membres"),
/// never the rest of a body's name.
const DETERMINERS_AFTER_DE: &[&str] = &[
    "tout",
    "toute",
    "tous",
    "toutes",
    "chaque",
    "plusieurs",
    "certains",
    "certaines",
    "aucun",
    "aucune",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
    "un",
    "une",
    "quelques",
    "nombreux",
    "nombreuses",
];

/// At lowercase `j` (folded `f`) right after the connector ending `items`: a determiner after
/// "de" ends the body's name there.
pub fn determiner_after_de(ctx: &Ctx, items: &[Item], f: &str) -> bool {
    matches!(items.last(), Some(Item::Conn(c)) if matches!(&*ctx.f(*c), "de" | "du" | "des" | "d"))
        && DETERMINERS_AFTER_DE.contains(&f)
}

/// Lowercase French nouns of a facility, folded, named after the town it stands in ("la
/// centrale de X", "le barrage de X", "la carrière de X"), never after a body.
const FACILITIES: &[&str] = &[
    "centrale",
    "centrales",
    "barrage",
    "carriere",
    "mine",
    "aeroport",
    "gare",
    "raffinerie",
    "cimenterie",
    "fonderie",
    "acierie",
    "papeterie",
    "aluminerie",
    "scierie",
    "fromagerie",
    "laiterie",
    "distillerie",
    "parc",
    "chantier",
    "entrepot",
    "terminal",
    // (round 58) "le circuit de X": a race track is named after its town
    "circuit",
    // (round 57) "aux plantations de X et de Y", "aux mines de X": the plurals too
    "mines",
    "usines",
    "plantation",
    "plantations",
    "bananeraie",
    "bananeraies",
];

/// The words before a lone name (`p0` nearest): "de"/"d’" after a lowercase facility noun
/// ([`FACILITIES`]), maybe with one lowercase adjective between ("la centrale solaire de X",
/// "l’usine automobile de X", "le parc éolien de X").
pub fn facility_of(ctx: &Ctx, p0: Option<usize>, p1: Option<usize>, p2: Option<usize>) -> bool {
    let lower = |j: Option<usize>| j.is_some_and(|j| !ctx.toks[j].cap);
    let facility = |j: Option<usize>| {
        lower(j) && j.is_some_and(|j| FACILITIES.contains(&&*ctx.f(j)) || ctx.f(j) == "usine")
    };
    if ctx.lang != Lang::Fr || !lower(p0) || !p0.is_some_and(|p| matches!(&*ctx.f(p), "de" | "d")) {
        return false;
    }
    facility(p1)
        || (lower(p1)
            && facility(p2)
            && p1.is_some_and(|p| !GAZ.sets.function_words.contains(&*ctx.f(p))))
        // (round 65) "les mines de bauxite de Boké", "la mine d’or de X", "la carrière de
        // granit de X": a mine's or a quarry's material between
        || (lower(p1)
            && p1.is_some_and(|p| !GAZ.sets.function_words.contains(&*ctx.f(p)))
            && p2.is_some_and(|p| matches!(&*ctx.f(p), "de" | "d"))
            && p2.and_then(|p| ctx.prev_word(p)).is_some_and(|q| {
                !ctx.toks[q].cap && matches!(&*ctx.f(q), "mine" | "mines" | "carriere" | "carrieres")
            }))
}

/// At a capitalised `j` after a body's lowercase field ("Amicale de voile", "Cercle
/// d’escrime"): "Les"/"La"/"Le"/"L’" and a capitalised word open the body's own name ("Les
/// Goélands", "La Rapière"): how many tokens the article takes, or None. A known name there (a
/// party, a paper, a firm, a town: "La Poste", "Les Sables-d’Olonne") is no own name: it
/// stays a mention of its own.
pub fn own_name_article(ctx: &Ctx, hits: &[GazHit], j: usize) -> Option<usize> {
    let toks = ctx.toks;
    let n = match ctx.w(j) {
        "Les" | "La" | "Le" => 1,
        "L" if toks.get(j + 1).is_some_and(|a| a.start == toks[j].end)
            && matches!(ctx.w(j + 1), "’" | "'") =>
        {
            2
        }
        _ => return None,
    };
    let name = toks.get(j + n)?;
    // (a no-break space is more than one byte: what lies between, not how long it is)
    let gap = &ctx.text[toks[j + n - 1].end..name.start];
    if name.kind != super::text::TokKind::Word || !name.cap || !gap.chars().all(char::is_whitespace)
    {
        return None;
    }
    let known = |at: usize| {
        hits.binary_search_by_key(&at, |h| h.start)
            .is_ok_and(|i| !hits[i].demonym)
    };
    (!known(toks[j].start) && !known(name.start)).then_some(n)
}

/// `run` is a capitalised French body's head noun ("Banque", "Office", "Fédération"), "de"/
/// "des"/"du" and its capitalised object ("des Semences", "des Forêts"), then "du"/"de"/"d’" and
/// a known place ending it ("du Sénégal", "de Côte d’Ivoire"): the body of that place, one
/// name (the place is no mention of its own).
pub fn body_of_place(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    // (asked of many runs: the shape first, no word folded)
    let [Item::Word(h), Item::Conn(c), .., Item::Gaz { hit, .. }] = *run else {
        return false;
    };
    if run.len() < 5 || !ctx.toks[h].cap || ctx.toks[h].allcaps || hits[hit].demonym {
        return false;
    }
    if GAZ.entries[hits[hit].entry].kind != EntityKind::Place
        || !matches!(&*ctx.f(c), "de" | "des" | "du" | "d")
        || !super::institutions::is_fr_head(&ctx.f(h))
    {
        return false;
    }
    // the "du"/"de" before the place, over "la"/"l’"
    let mut i = run.len() - 2;
    while i > 2 && matches!(run[i], Item::Conn(a) if matches!(ctx.w(a), "la" | "l" | "’" | "'")) {
        i -= 1;
    }
    if !matches!(run[i], Item::Conn(d) if matches!(&*ctx.f(d), "de" | "du" | "d" | "des")) {
        return false;
    }
    // the object between: capitalised words and connectors, one word at least
    let middle = &run[2..i];
    middle.iter().any(|m| matches!(*m, Item::Word(_)))
        && middle.iter().all(|m| match *m {
            Item::Word(k) => ctx.toks[k].cap && !ctx.toks[k].allcaps,
            Item::Conn(_) => true,
            Item::Gaz { .. } => false,
        })
}

/// The token of the name after "de"/"du"/"d’" at `k`, past "la", "l’" or the elision's
/// apostrophe ("de la Vanoise", "de l’Ain", "d’Iroise").
pub fn name_after_de(ctx: &Ctx, k: usize) -> usize {
    match ctx.toks.get(k + 1).map(|_| ctx.w(k + 1)) {
        Some("la") => k + 2,
        Some("l") => k + 3,
        Some("’" | "'") => k + 2,
        _ => k + 1,
    }
}

/// At a second "du"/"de"/"d’" (`k`) in a run opened by a capitalised French body's head noun
/// ("la Caisse des Semences du X"): a known place follows, maybe after "la"/"l’", which
/// [`body_of_place`] keeps inside the body's name.
pub fn place_of_body(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
) -> bool {
    if ctx.lang != Lang::Fr || !matches!(ctx.w(k), "du" | "de" | "d") {
        return false;
    }
    if super::court_places::place_at(hits, hit_at, name_after_de(ctx, k)).is_none() {
        return false;
    }
    // one object only ("des Semences"): the head's own "de" and no other (a second one
    // answers: a long run of many is not read whole at each one)
    let des = run
        .iter()
        .filter(|i| matches!(**i, Item::Conn(j) if matches!(ctx.w(j), "de" | "du" | "des" | "d")))
        .take(2)
        .count();
    let lead = super::classify::opening_article(ctx, run);
    des == 1
        && matches!(run.get(lead), Some(&Item::Word(h)) if ctx.toks[h].cap
            && super::institutions::is_fr_head(&ctx.f(h)))
}

/// Capitalised remit topics, folded, that a "contre"/"pour" and its object complete ("de la
/// Lutte contre les fraudes", "de la Prévention contre les risques"): after any other topic
/// ("de la Jeunesse pour les …", "de la Pêche contre les …") it opens a phrase of the sentence.
const LINKED_TOPICS: &[&str] = &[
    "lutte",
    "luttes",
    "prevention",
    "protection",
    "mobilisation",
    "combat",
    "action",
    "actions",
    "strategie",
    "plan",
    "pacte",
];

/// Words that make a noun phrase one of time or count ("pour les trois prochaines années",
/// "des deux pays"), folded: no remit's complement opens with them.
const TIME_OR_COUNT: &[&str] = &[
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "douze",
    "vingt",
    "cent",
    "mille",
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "dernier",
    "derniere",
    "derniers",
    "dernieres",
    "premier",
    "premiere",
    "premiers",
    "premieres",
    "annee",
    "annees",
    "ans",
    "mois",
    "semaine",
    "semaines",
    "jours",
    "decennie",
    "decennies",
    "saison",
    "saisons",
    "elections",
];

/// The remit topic `topic` takes the "contre"/"pour" link at `j` whose object starts at `obj`
/// ("Lutte contre les discriminations"): a topic of [`LINKED_TOPICS`], no phrase of time or
/// count after.
pub fn remit_takes_link(ctx: &Ctx, topic: usize, obj: usize) -> bool {
    LINKED_TOPICS.contains(&&*ctx.f(topic)) && !time_or_count(ctx, obj)
}

/// The word at `j` opens a phrase of time or count: a digit, a number's, a time's word.
fn time_or_count(ctx: &Ctx, j: usize) -> bool {
    ctx.w(j).bytes().any(|b| b.is_ascii_digit()) || TIME_OR_COUNT.contains(&&*ctx.f(j))
}

/// At `j` after a remit's capitalised topic: "des" or "aux" and a lowercase plural noun
/// completing it ("de la Cohésion des territoires", "de l’Égalité des chances", "de l’Accès aux
/// soins"), neither a determiner's nor a
/// count's: the list's item holds it (cut there, the ministry's name would end mid-remit).
pub fn remit_complement(ctx: &Ctx, j: usize) -> bool {
    let toks = ctx.toks;
    let Some(noun) = toks.get(j + 1) else {
        return false;
    };
    // (round 67: "de l’Accès aux soins", a plural noun after "aux" too)
    if !matches!(ctx.w(j), "des" | "aux") || noun.cap || noun.kind != super::text::TokKind::Word {
        return false;
    }
    let f = ctx.f(j + 1);
    f.len() > 3
        && (f.ends_with('s') || f.ends_with('x'))
        && !time_or_count(ctx, j + 1)
        && !DETERMINERS_AFTER_DE.contains(&&*f)
        && !GAZ.sets.function_words.contains(&*f)
}

//! Round 56 (q56en2): "X, in the north of Ardenia", "X, dans l’ouest de l’Iran": a part of a
//! known land named by a compass noun, after which a lone name lies in that land.

use super::candidates::Item;
use super::classify::Ctx;

/// English compass nouns of a part of a land ("in the north of X").
const COMPASS_NOUNS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "centre",
    "center",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// French compass nouns of a part of a land ("dans l’ouest de X").
const COMPASS_NOUNS_FR: &[&str] = &[
    "nord",
    "sud",
    "est",
    "ouest",
    "centre",
    "nord-est",
    "nord-ouest",
    "sud-est",
    "sud-ouest",
];

/// From token `j`: an article, a compass noun, "of" (French "de"/"du"/"d’", then maybe
/// "la"/"l’"), then a known place: "the north of Ardenia", "l’ouest de l’Iran".
pub fn compass_of_place(ctx: &Ctx, mut j: usize, french: bool) -> bool {
    let n = ctx.toks.len();
    let w = |j: usize| if j < n { ctx.w(j) } else { "" };
    let apostrophe = |j: usize| matches!(w(j), "’" | "'");
    let (articles, nouns): (&[&str], &[&str]) = if french {
        (&["le", "l"], COMPASS_NOUNS_FR)
    } else {
        (&["the"], COMPASS_NOUNS)
    };
    if !articles.contains(&w(j)) {
        return false;
    }
    j += 1;
    if apostrophe(j) {
        j += 1;
    }
    if !nouns.contains(&w(j)) {
        return false;
    }
    j += 1;
    match (french, w(j)) {
        (false, "of") => j += 1,
        (true, "de" | "du") => j += 1,
        (true, "d") if apostrophe(j + 1) => j += 2,
        _ => return false,
    }
    // ("the north of the Sahel", "de la Drôme", "de l’Iran")
    if matches!(w(j), "the" | "la" | "l") {
        j += 1;
        if apostrophe(j) {
            j += 1;
        }
    }
    j < n && super::context::known_place(ctx, j)
}

/// A French compass word, folded, of the eight points but the centre ("Europe du Nord",
/// "le Grand Sud-Ouest").
pub(super) fn french_compass(f: &str) -> bool {
    matches!(
        f,
        "nord" | "sud" | "est" | "ouest" | "nord-est" | "nord-ouest" | "sud-est" | "sud-ouest"
    )
}

/// (Round 69) The byte span of a French compass name in `run`: "Grand Sud", "Grand Nord"
/// (two words), or a lone capitalised compass word after a lowercase "province" ("la
/// province Sud": the noun with it; not "la région Sud-Ouest", a vague area).
pub(super) fn compass_name(ctx: &Ctx, run: &[Item]) -> Option<(usize, usize)> {
    let compass = |k: usize| ctx.toks[k].cap && !ctx.toks[k].allcaps && french_compass(&ctx.f(k));
    match *run {
        // (after an article: not "le festival Grand Nord", "l’album Grand Sud")
        [Item::Word(g), Item::Word(k)]
            if k == g + 1
                && ctx.w(g) == "Grand"
                && compass(k)
                && ctx
                    .prev_word(g)
                    .is_some_and(|p| matches!(&*ctx.f(p), "le" | "du" | "au")) =>
        {
            Some((ctx.toks[g].start, ctx.toks[k].end))
        }
        // (round 72) "le Marais poitevin", "le Bassin parisien": a capitalised noun of the
        // land, then a lowercase adjective of a region's people, is one place
        [.., Item::Word(k)] if land_adjective_after(ctx, k) => {
            Some((ctx.toks[k].start, ctx.toks[k + 1].end))
        }
        [Item::Word(k)] if compass(k) && !ctx.toks[k].initial => {
            if departement_nord(ctx, k) {
                return Some((ctx.toks[k].start, ctx.toks[k].end));
            }
            let p = ctx.prev_word(k)?;
            (p + 1 == k && ctx.w(p) == "province").then(|| (ctx.toks[p].start, ctx.toks[k].end))
        }
        _ => None,
    }
}

/// (Round 72) "Nord", the French département that the lexicon keeps as a compass noun, where
/// only a département stands: "Roubaix (Nord)", "à Roubaix, dans le Nord, …" (not "dans le
/// Nord du pays"), "le Nord et le Pas-de-Calais", "les régions du Nord et de la Boucle du
/// Mouhoun" (a coordination with another capitalised name).
fn departement_nord(ctx: &Ctx, k: usize) -> bool {
    if ctx.w(k) != "Nord" {
        return false;
    }
    let toks = ctx.toks;
    let tok = |j: usize| toks.get(j).map_or("", |_| ctx.w(j));
    // (a hyphen's compound is another name: "Centre-Nord", "Nord-Pas-de-Calais")
    if tok(k + 1) == "-" || (k > 0 && tok(k - 1) == "-") {
        return false;
    }
    if k >= 2 && tok(k - 1) == "(" && tok(k + 1) == ")" {
        return toks[k - 2].kind == super::text::TokKind::Word && toks[k - 2].cap;
    }
    let Some(p) = ctx.prev_word(k).filter(|&p| p + 1 == k) else {
        return false;
    };
    let after_de = |j: usize| matches!(&*ctx.f(j), "de" | "du" | "des" | "d");
    // (the first token after "et" and the articles, "de" or "dans" after it: "le Nord et le
    // Pas-de-Calais", "du Nord et de la Boucle", "dans le Nord et dans l’Est")
    let after_et = ctx.next_word(k).filter(|&e| ctx.w(e) == "et").map(|e| {
        let mut j = e + 1;
        while j < toks.len()
            && (matches!(tok(j), "’" | "'")
                || matches!(
                    &*ctx.f(j),
                    "le" | "la" | "l" | "les" | "de" | "du" | "des" | "d" | "dans"
                ))
        {
            j += 1;
        }
        (e, j)
    });
    // ("le Nord et le Sud", "dans le Nord et dans l’Est": the compass's parts of a land)
    if let Some((_, j)) = after_et
        && j < toks.len()
        && toks[j].cap
        && (french_compass(&ctx.f(j)) || matches!(ctx.w(j), "Centre" | "Midi"))
    {
        return false;
    }
    match &*ctx.f(p) {
        // (after a town and a comma: "À Roubaix, dans le Nord, …"; not "envoyés dans le Nord")
        "le" if ctx
            .prev_word(p)
            .is_some_and(|d| d + 1 == p && ctx.w(d) == "dans" && d > 0 && tok(d - 1) == ",") =>
        {
            !ctx.next_word(k).is_some_and(after_de)
        }
        "le" | "du" => {
            // "et", an article or "de", then a capital
            after_et.is_some_and(|(e, j)| {
                j > e + 1
                    && toks
                        .get(j)
                        .is_some_and(|t| t.kind == super::text::TokKind::Word && t.cap)
            })
        }
        _ => false,
    }
}

/// French nouns of the land that name a region with an adjective after them ("le Marais
/// poitevin", "le Bassin parisien", "le Bocage vendéen", "le Plateau picard").
const LAND_NOUNS: &[&str] = &[
    "Marais", "Bassin", "Bocage", "Plateau", "Plaine", "Causse", "Golfe",
];

/// Endings of French adjectives of a region's people or land ("poitevin", "parisien",
/// "vendéen", "normand", "breton", "landais", "comtois", "savoyard", "minier"): no verb's
/// ("domine", "explique", "progresse") nor a common adjective's ("local", "technique").
const LAND_ADJECTIVE_ENDINGS: &[&str] = &[
    "in", "ien", "ienne", "éen", "éenne", "and", "ande", "on", "onne", "ais", "aise", "ois",
    "oise", "ard", "arde", "ier",
];

/// Common adjectives with those endings ("le Golfe entier", "le Plateau voisin").
const NOT_LAND_ADJECTIVES: &[&str] = &[
    "entier",
    "voisin",
    "premier",
    "dernier",
    "ancien",
    "plein",
    "lointain",
    "certain",
    "moyen",
    "quotidien",
    "saisonnier",
    "mauvais",
    "épais",
    "profond",
    "long",
    "bon",
    "fin",
    "marin",
    "entière",
    "voisine",
    "ancienne",
    "moyenne",
];

/// Token `k` is a capitalised noun of [`LAND_NOUNS`], not opening the sentence, straight
/// before a lowercase word of five letters or more shaped like an adjective of
/// [`LAND_ADJECTIVE_ENDINGS`] (none of [`NOT_LAND_ADJECTIVES`], no function word, no common
/// noun, no nation's adjective), ending the phrase.
fn land_adjective_after(ctx: &Ctx, k: usize) -> bool {
    if !LAND_NOUNS.contains(&ctx.w(k)) || ctx.toks[k].initial {
        return false;
    }
    let Some(a) = ctx.next_word(k) else {
        return false;
    };
    let t = &ctx.toks[a];
    let w = ctx.w(a);
    !t.cap
        && t.start == ctx.toks[k].end + 1
        && w.chars().count() >= 5
        && w.chars().all(char::is_alphabetic)
        && LAND_ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e))
        && !NOT_LAND_ADJECTIVES.contains(&w)
        && !ctx.is(a, super::classify::lex::NOISE)
        // (a nation's adjective names no region of it: "le Golfe persique" is listed)
        && !super::gazetteer::is_demonym(w)
        // (the adjective ends the phrase: "le Bassin parisien", not "le Bassin versant du X")
        && !ctx.next_word(a).is_some_and(|n| !ctx.toks[n].cap && matches!(ctx.w(n), "de" | "du" | "des" | "d"))
}

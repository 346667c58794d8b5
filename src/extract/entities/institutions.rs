//! French institution names: capitalised heads extended over lowercase words
//! ("Agence de la transition écologique") and lowercase heads opening a name
//! ("ministère de l’Économie", "cour d’appel de Lyon", "département du Travail").

use super::candidates::{Item, word};
use super::classify::{Ctx, lex, opening_article};
use super::context::verb_like;
use super::gazetteer::{GAZ, GazHit};
use super::text::{TokKind, fold};
use crate::extract::types::Lang;

const FR_HEADS: &[&str] = &[
    "agence",
    "autorite",
    "banque",
    "commission",
    "conseil",
    "cour",
    "federation",
    "confederation",
    "fondation",
    "institut",
    "ministere",
    "musee",
    "office",
    "organisation",
    "union",
    "universite",
    "ecole",
    "societe",
    "comite",
    "caisse",
    "observatoire",
    "haut-commissariat",
    "tribunal",
    "direction",
    "centre",
    "syndicat",
    "parti",
    "assemblee",
    "departement",
    "secretariat",
    "assistance",
    "haut-conseil",
    "association",
    // "la Coordination nationale des comités…", "les Presses universitaires de Rennes"
    "coordination",
    "presses",
    // (round 68) "le Pôle judiciaire économique et financier", "l’Instance nationale de lutte
    // contre la corruption"
    "pole",
    "instance",
    "collectif",
    "groupement",
    // "Fonds de solidarité FTQ", "Bourse de croissance TSX", "Communauté d’agglomération du
    // Grand X", "Coopérative d’assurance du X": bodies named in
    // sentence case after their noun
    "fonds",
    "bourse",
    "communaute",
    "cooperative",
    "mutuelle",
    // "Maison de santé du X", "Club alpin français de X"
    "maison",
    "club",
    // (round 33) "Regroupement des parents de X", "Amicale des locataires de X"
    "regroupement",
    "rassemblement",
    "amicale",
    "coalition",
    // (round 53) "Faculté de pharmacie et des métiers du soin"
    "faculte",
    // (round 65) "la Collectivité de Corse", "la Collectivité européenne d’Alsace"
    "collectivite",
    // and the heads of `STRICT_HEADS` (see [`is_fr_head`])
];

/// French body heads that are common nouns as well ("la Chambre siège", "le Forum réunit";
/// round 30: "Corporation de tourisme de X", "Forum paysan", "Compagnie fluviale X"): after
/// them a name takes only "de" and its complement or words shaped like adjectives.
const STRICT_HEADS: &[&str] = &[
    "corporation",
    "compagnie",
    "cegep",
    "chambre",
    "forum",
    "groupe",
    "prefecture",
    "regie",
    "college",
    // (round 53) "Laboratoire de géologie et d’hydrologie"
    "laboratoire",
    // (round 54) "l’Hôpital régional de X", "le Lycée technique de X": a status between the
    // head and the town
    "hopital",
    "lycee",
    // (round 56) "l’Entreprise de travaux du X SAS"
    "entreprise",
    // (round 59) "l’Ordre national des médecins du X", "l’Ordre des avocats de X"; "la
    // Financière agricole du Québec"
    "ordre",
    "financiere",
    // (round 65) "le Port autonome de San-Pédro", "le Grand Port maritime de Nantes
    // Saint-Nazaire": a port's public body
    "port",
    // (round 69) a country's or a territory's parliament: "la commission d’enquête du
    // Parlement de Wallonie"
    "parlement",
];

/// (round 34) Agent nouns that name a public office with their remit after them ("la
/// Médiatrice de l’énergie", "le Défenseur des enfants", "le Vérificateur général du X", "le
/// Commissaire aux langues officielles"): a body only with that complement and after an
/// article (see [`extend_french_head`]), never before a person's name.
const AGENT_HEADS: &[&str] = &[
    "protecteur",
    "protectrice",
    "defenseur",
    "defenseure",
    "mediateur",
    "mediatrice",
    "controleur",
    "controleuse",
    "verificateur",
    "verificatrice",
    "commissaire",
    "ombudsman",
];

/// Complements that make an agent noun a trade or a post, not an office ("commissaire de
/// police", "commissaire aux comptes", "commissaire du gouvernement"), folded.
const TRADE_REMITS: &[&str] = &["police", "comptes", "exposition", "gouvernement", "justice"];

/// An article, or a preposition fused with one, right before the token `k` ("le", "la", "l’",
/// "du", "au"): an agent noun after it names an office, not a person it describes.
fn article_before(ctx: &Ctx, k: usize) -> bool {
    ctx.prev_word(k)
        .is_some_and(|p| matches!(&*ctx.f(p), "le" | "la" | "l" | "du" | "au"))
}

/// A French body's head noun, folded: one of [`FR_HEADS`] or of [`STRICT_HEADS`].
pub fn is_fr_head(w: &str) -> bool {
    FR_HEADS.contains(&w) || STRICT_HEADS.contains(&w)
}

/// Lowercase adverbs of time, folded, that no body's name holds ("la Commission de
/// surveillance lors de son bilan", "le Conseil de quartier puis la mairie"), unless "de"/"d’"
/// governs them ("des anciens de toujours": [`governed_by_de`]). Shared by [`adverbial`] and
/// [`never_in_name`].
const TIME_ADVERBS: &[&str] = &[
    "depuis",
    "lors",
    "encore",
    "deja",
    "toujours",
    "aussi",
    "hier",
    "demain",
    "aujourd",
    "puis",
    "desormais",
    "bientot",
    "souvent",
    "jamais",
];

/// Prepositions and adverbs of degree or place that end a name after a [`STRICT_HEADS`] noun
/// even as a complement, with [`TIME_ADVERBS`].
const STRICT_ENDERS: &[&str] = &[
    "jusqu", "jusque", "chaque", "pendant", "avant", "apres", "ici", "meme", "tres", "plus",
    "moins", "selon", "vers", "entre", "sans", "sous", "contre", "chez", "malgre",
];

/// Linking adverbs and conjunctions ("ensuite", "toutefois", "donc"): lowercase, they end any
/// body's complement, with [`TIME_ADVERBS`].
const LINKING_ADVERBS: &[&str] = &[
    "alors",
    "ensuite",
    "egalement",
    "toutefois",
    "notamment",
    "cependant",
    "pourtant",
    "neanmoins",
    "enfin",
    "ainsi",
    "donc",
];

/// The folded `f` ends a name after a [`STRICT_HEADS`] noun even as a complement.
fn adverbial(f: &str) -> bool {
    TIME_ADVERBS.contains(&f) || STRICT_ENDERS.contains(&f)
}

/// (round 53) Prepositions and conjunctions, folded, that open a new phrase after a name in
/// sentence case ("l’Institut national de la pêche avant toute décision", "l’Office de la
/// mobilité pendant les travaux", "l’Observatoire de la faune afin que …").
const PHRASE_OPENERS: &[&str] = &[
    "avant", "apres", "pendant", "durant", "jusqu", "jusque", "selon", "malgre", "afin", "sauf",
    "hormis", "lorsque", "lorsqu", "quand", "car", "tandis", "puisque", "puisqu", "parce",
];

/// Lowercase `j` (folded `f`) is an adverb or a conjunction no body's name holds: it ends the
/// complement after any head.
fn never_in_name(ctx: &Ctx, j: usize, f: &str) -> bool {
    (TIME_ADVERBS.contains(&f) && !governed_by_de(ctx, j, f))
        || LINKING_ADVERBS.contains(&f)
        || opens_phrase(ctx, j, f)
}

/// `j` (folded `f`) opens a phrase of its own ([`PHRASE_OPENERS`]; "sans" before a determiner:
/// "sans la moindre aide"), not a compound noun ("d’après-guerre", "des sans-abri").
fn opens_phrase(ctx: &Ctx, j: usize, f: &str) -> bool {
    let compound = ctx
        .toks
        .get(j + 1)
        .is_some_and(|n| ctx.w(j + 1) == "-" && n.start == ctx.toks[j].end);
    !compound
        && (PHRASE_OPENERS.contains(&f) || (f == "sans" && word_after_in(ctx, j, DETERMINERS)))
}

/// "des amis de toujours", "le Musée d’hier et d’aujourd’hui": an adverb of time that "de"/
/// "d’" governs is a noun's complement, part of the name.
fn governed_by_de(ctx: &Ctx, j: usize, f: &str) -> bool {
    if !matches!(f, "hier" | "aujourd" | "demain" | "toujours") || j < 2 {
        return false;
    }
    let de = if matches!(ctx.w(j - 1), "’" | "'") {
        j - 2
    } else {
        j - 1
    };
    matches!(ctx.w(de), "de" | "d")
}

/// Lowercase `j` (folded `f`) may continue a name after a [`STRICT_HEADS`] noun: the
/// complement right after a connector ("Chambre de commerce"), or a word shaped like an
/// adjective ("Forum paysan", "Compagnie fluviale", "Groupe élargi") with no article after it
/// (a verb and its object) and no "par" (a participle and its agent). No adverb, no number.
fn strict_word(ctx: &Ctx, j: usize, f: &str, items: &[Item]) -> bool {
    if f.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let after_conn = matches!(items.last(), Some(Item::Conn(c)) if ctx.w(*c) != "-");
    if after_conn {
        return !adverbial(f);
    }
    if adverbial(f) {
        return false;
    }
    let w = ctx.w(j);
    let participle = ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e));
    let shaped = adjective_shaped(f)
        || (f.len() > 4
            && [
                "ier", "iere", "iers", "ieres", "en", "enne", "ens", "ennes", "ain", "aine",
                "ains", "aines", "eur", "eurs", "euse", "euses", "an", "ane", "ans", "anes", "il",
                "ile", "ils", "iles",
            ]
            .iter()
            .any(|e| f.ends_with(e)));
    // (adjectives of bodies whose endings verbs share: "Préfecture agricole" but "supprime")
    let listed = matches!(
        f,
        "maritime" | "maritimes" | "agricole" | "agricoles" | "autonome" | "autonomes"
    );
    (participle || shaped || listed)
        && !word_after_in(ctx, j, DETERMINERS)
        && !word_after_in(ctx, j, &["par"])
}

/// Capitalised words that open a longer institutional head ("Haute Autorité",
/// "Haut Conseil").
const HEAD_OPENERS: &[&str] = &["haut", "haute", "grand", "grande", "nouvelle", "nouveau"];

/// "la Direction chargée de la voirie", "le Service départemental chargé des routes" (`f` at
/// `j`): what a generic service or body is charged with is no part of its name; a ministry's,
/// an authority's or a delegation's official name holds it ("le Ministère délégué chargé de la
/// Mer").
fn service_charged(ctx: &Ctx, j: usize, f: &str) -> bool {
    matches!(f, "charge" | "chargee" | "charges" | "chargees")
        && (1..=3).any(|d| {
            j >= d && {
                let h = ctx.f(j - d);
                matches!(&*h, "direction" | "directions" | "service" | "services")
                    || super::firms::GENERIC_BODIES.contains(&&*h)
            }
        })
}

pub(super) const STOP_EXT: &[&str] = &[
    "a",
    // (round 62) "le ministère des Pêches et de l’Économie maritime voit dans …"
    "voit",
    "juge",
    "estime",
    "salue",
    "prevoit",
    "compte",
    "entend",
    "refuse",
    "dit",
    "est",
    "sont",
    "ont",
    "va",
    "doit",
    "peut",
    "etait",
    "sera",
    "avait",
    "fait",
    "vient",
    "reste",
    "qui",
    "que",
    "et",
    "ou",
    "mais",
    "dont",
    "pour",
    "par",
    "sur",
    "dans",
    "avec",
    "en",
    "au",
    "aux",
    "se",
    "s",
    "ne",
    "n",
    "y",
    "il",
    "elle",
    "les",
    "un",
    "une",
    "ce",
    "cette",
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
    "serait",
    "seraient",
    "aurait",
    "auraient",
    "doivent",
    "peuvent",
    "vont",
    "veut",
    "souhaite",
    "entend",
    "compte",
    "prevoit",
    "annonce",
    "lance",
    "publie",
    "demande",
    "propose",
    "avaient",
    "etaient",
    "seront",
    "auront",
];

/// Lowercase heads that open an institution name when a capitalised name follows.
const LOWER_HEADS: &[&str] = &[
    "ministere",
    "departement",
    "conseil",
    "tribunal",
    "cour",
    "assemblee",
    "banque",
    "universite",
    "prefecture",
    "agence",
    "mairie",
    "institut",
    "caisse",
    "chambre",
    "commission",
    "parquet",
    "rectorat",
    "academie",
    "musee",
    "fondation",
    "federation",
    "haut-commissariat",
    "secretariat",
    "autorite",
    "observatoire",
    "comite",
    "centre",
    "hopital",
    // (round 58) "la clinique X", a private hospital
    "clinique",
    "region",
    "lycee",
    "college",
    // (round 44) "la communauté de communes de X", "la communauté d’agglomération du X"
    "communaute",
];

/// Whether `word` (folded) is one of [`LOWER_HEADS`].
pub fn is_lower_head(word: &str) -> bool {
    LOWER_HEADS.contains(&word)
}

/// Lowercase French nouns of streets, stations and buildings that open a place name with
/// them ("rue Challemel-Lacour", "gare de Bordeaux-Saint-Jean", "hôtel de Roquelaure"); `true`
/// for those that also take the name straight after them ("place Jean-Macé").
const PLACE_HEADS: &[(&str, bool)] = &[
    ("rue", true),
    ("avenue", true),
    ("boulevard", true),
    ("place", true),
    ("square", true),
    ("quai", true),
    ("allee", true),
    ("impasse", true),
    ("montee", true),
    ("chemin", true),
    ("mediatheque", true),
    ("bibliotheque", true),
    ("gymnase", true),
    ("piscine", true),
    ("esplanade", true),
    ("parvis", false),
    ("porte", false),
    ("gare", false),
    ("aeroport", false),
    ("port", false),
    ("viaduc", false),
    // "le palais Saint-Ambroise", "le palais des comtes de X"
    ("palais", true),
    ("chateau", false),
    ("theatre", true),
    ("hotel", false),
    ("cathedrale", true),
    ("basilique", true),
    ("eglise", true),
    ("chapelle", true),
    ("abbaye", true),
    ("monastere", false),
    ("stade", true),
    ("parc", true),
    ("jardin", false),
    ("salle", false),
    ("caserne", true),
    ("villa", true),
    ("citadelle", true),
    ("tour", true),
    // "le pays Bigouden", "au pays de Galles": a traditional land of France or a country
    ("pays", true),
];

/// Place heads that name a building only with the name straight after them.
const DIRECT_ONLY: &[&str] = &["mediatheque", "bibliotheque", "gymnase", "piscine"];

/// A bare "de X" or "d’X" right after "parc" (`k`), X one capitalised word.
fn park_of_town(ctx: &Ctx, k: usize) -> bool {
    town_after_de(ctx, k).is_some()
}

/// After the head `k`: a bare "de"/"d’" and a capitalised word that is no function word, its
/// index.
fn town_after_de(ctx: &Ctx, k: usize) -> Option<usize> {
    let toks = ctx.toks;
    let name = match toks.get(k + 1).map(|_| ctx.w(k + 1)) {
        Some("de") => k + 2,
        Some("d")
            if toks
                .get(k + 2)
                .is_some_and(|_| matches!(ctx.w(k + 2), "’" | "'")) =>
        {
            k + 3
        }
        _ => return None,
    };
    toks.get(name)
        .is_some_and(|t| t.cap && t.kind == TokKind::Word && !ctx.is(name, lex::FUNCTION_WORD))
        .then_some(name)
}

/// (round 66) "la gare d’Aurillac", "l’aéroport de Kumba", "l’agence de Mersch": a station, an
/// airport or a branch named by its town alone (one word, no hyphen, no capital after it) is
/// the town's, no name of its own ("la gare de Bordeaux-Saint-Jean", "l’aéroport de Brest
/// Bretagne" keep theirs).
fn station_of_town(ctx: &Ctx, k: usize) -> bool {
    let Some(n) = town_after_de(ctx, k) else {
        return false;
    };
    // (Paris's stations named after the lines' far ends: "la gare de Lyon", "d’Austerlitz")
    let paris = ctx.f(k) == "gare" && matches!(ctx.w(n), "Lyon" | "Austerlitz" | "Bercy");
    let named_on = ctx.w(n).contains('-')
        || ctx
            .toks
            .get(n + 1)
            .is_some_and(|t| t.cap && t.kind == TokKind::Word);
    !paris && !named_on
}

/// Whether `word` (folded) is one of [`PLACE_HEADS`].
pub fn is_place_head(word: &str) -> bool {
    PLACE_HEADS.iter().any(|(h, _)| *h == word)
}

/// Whether the place head `word` (folded) takes the name straight after it.
fn takes_name_directly(word: &str) -> bool {
    PLACE_HEADS.iter().any(|(h, direct)| *direct && *h == word)
}

/// Heads that take a name straight after them ("musée Sainte-Croix", "université Grenoble
/// Alpes", "hôpital Jean-Minjoz", "région Occitanie": news name the council so more often than
/// the area).
pub const DIRECT_HEADS: &[&str] = &[
    "musee",
    "universite",
    "hopital",
    "clinique",
    "region",
    // "le lycée Vaucanson", "le collège Jean-Moulin"
    "lycee",
    "college",
];

/// Lowercase qualifiers allowed between the head and the name.
const QUALIFIERS: &[&str] = &[
    "regional",
    "regionale",
    "departemental",
    "departementale",
    "municipal",
    "municipale",
    "general",
    "generale",
    "administratif",
    "administrative",
    "constitutionnel",
    "judiciaire",
    "correctionnel",
    "supreme",
    "superieur",
    "superieure",
    "national",
    "nationale",
    "central",
    "centrale",
    "public",
    "publique",
    "federal",
    "federale",
    "appel",
    "commerce",
    "cassation",
    "instance",
    "grande",
    "comptes",
    "prud'hommes",
    "metropolitain",
    "metropolitaine",
    "international",
    "internationale",
    "militaire",
    "permanent",
    "permanente",
    "economique",
    "social",
    "sociale",
    "industrie",
    "metiers",
    "artisanat",
    "agriculture",
    "royal",
    "royale",
    // (round 34) a hospital's, a school's or a university's status or field before its
    // name: "l’hôpital universitaire X", "le lycée professionnel X", "le collège privé X"
    "universitaire",
    "prive",
    "privee",
    "professionnel",
    "professionnelle",
    "technique",
    "technologique",
    "agricole",
    "psychiatrique",
    "pediatrique",
    "polyvalent",
    // (round 52) a court's or a board's make-up before its remit: "le tribunal mixte de
    // commerce de X", "le tribunal paritaire des baux ruraux de X", "la commission mixte
    // paritaire"
    "mixte",
    "paritaire",
];

/// Ministries of a government ("département du Travail"); other "département de X"
/// are French territorial départements (places), left to the general rules.
fn is_ministry_topic(ctx: &Ctx, j: usize, f: &str) -> bool {
    ctx.is(j, lex::COMMON_NOUN)
        || matches!(
            f,
            "tresor" | "etat" | "securite" | "transports" | "logement" | "emploi" | "armees"
        )
}

/// Endings of French adjectives ("écologique", "interne", "supérieur").
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ique", "iques", "ieur", "ieure", "aire", "aires", "elle", "el", "ale", "al", "ive", "if",
    "erne", "ienne", "ien", "aise", "ais", "oise",
    // plurals: "Ressources naturelles", "Affaires municipales", "Affaires sociales"
    "elles", "els", "ales", "aux", "ives", "ifs", "ernes", "iennes", "iens", "aises", "oises",
    "ieurs", "ieures",
];

/// Endings of the adjectives of places' people ("ariégeoises", "vendéen", "normande").
const DEMONYM_ENDINGS: &[&str] = &[
    "ois", "oise", "oises", "ais", "aise", "aises", "ien", "ienne", "iennes", "iens", "een",
    "eenne", "eennes", "eens",
];

/// The folded word `f` is shaped like an adjective of a place's people: longer than five
/// letters, an ending among [`DEMONYM_ENDINGS`] ("ariegeoises", "vendeenne", "lyonnais"), no
/// function word nor a common word so ended.
pub(super) fn demonym_shaped(f: &str) -> bool {
    f.len() > 5
        && DEMONYM_ENDINGS.iter().any(|e| f.ends_with(e))
        && !NOT_DEMONYMS.contains(&f)
        && !GAZ.sets.function_words.contains(f)
}

/// Common words (folded) with a people's adjective's ending.
const NOT_DEMONYMS: &[&str] = &[
    "desormais",
    "jamais",
    "ancien",
    "ancienne",
    "anciens",
    "anciennes",
    "quotidien",
    "quotidienne",
    "mauvais",
    "mauvaise",
    "soutien",
    "entretien",
    "maintien",
    "biais",
    "relais",
    "marais",
    "palais",
    "epais",
    "epaisse",
    "anglais",
    "francais",
    "francaise",
    "certains",
    "moyens",
    "citoyen",
    "citoyenne",
    "citoyens",
    "citoyennes",
    "europeen",
    "europeenne",
    "europeens",
    "europeennes",
];

/// Token `k` is "de"/"du"/"des"/"d’" (with "la"/"l’" after it), then a capitalised word.
pub(super) fn de_then_capital(ctx: &Ctx, k: usize) -> bool {
    let n = ctx.toks.len();
    if k >= n || !matches!(&*ctx.f(k), "de" | "du" | "des" | "d") {
        return false;
    }
    let mut j = k + 1;
    while j < n && (matches!(ctx.w(j), "’" | "'") || matches!(&*ctx.f(j), "la" | "l")) {
        j += 1;
    }
    j < n && ctx.toks[j].kind == TokKind::Word && ctx.toks[j].cap
}

/// The folded word `f` is longer than four letters and ends like a French adjective.
pub(super) fn adjective_shaped(f: &str) -> bool {
    f.len() > 4 && ADJECTIVE_ENDINGS.iter().any(|e| f.ends_with(e))
}

/// Lowercase `k` right after the one capitalised word `c` of a run opened by the lowercase
/// head "ministère" `h`, shaped like an adjective ("écologique", "interne", "supérieur").
pub fn portfolio_adjective(ctx: &Ctx, h: usize, c: usize, k: usize) -> bool {
    let t = &ctx.toks[k];
    if ctx.lang != Lang::Fr
        || t.kind != TokKind::Word
        || t.cap
        || c + 1 != k
        || ctx.toks[h].cap
        || ctx.f(h) != "ministere"
        || !ctx.toks[c].cap
        || (h + 1..c).any(|j| ctx.toks[j].cap)
    {
        return false;
    }
    let f = ctx.f(k);
    adjective_shaped(&f)
        && !STOP_EXT.contains(&&*f)
        && !GAZ.sets.function_words.contains(&*f)
        && !GAZ.sets.said.contains(&*f)
        && !verb_like(&f)
}

/// (Round 65) `run` (past its article) is a capitalised French body's head, "de"/"du"/"des"
/// (and "la"/"l’"), and one capitalised topic that is no known place: "Hôpital de la Mère".
fn head_and_topic(ctx: &Ctx, run: &[Item]) -> bool {
    let [Item::Word(h), Item::Conn(d), ref mid @ .., Item::Word(t)] = run[..] else {
        return false;
    };
    ctx.toks[h].cap
        && is_fr_head(&ctx.f(h))
        && matches!(&*ctx.f(d), "de" | "du" | "des" | "d")
        && mid
            .iter()
            .all(|i| matches!(*i, Item::Conn(a) if matches!(&*ctx.f(a), "la" | "l" | "’" | "'")))
        && ctx.toks[t].cap
        && !ctx.toks[t].allcaps
        && !super::gazetteer::is_place_name(ctx.w(t))
}

/// At `k` ("," or "et") after a run naming a ministry by its first remit ("ministère de la
/// Santé", "ministère des Ressources naturelles"): the items of the remits that follow, ", de
/// l’Hygiène publique et de la Couverture maladie universelle", "et des Forêts" (each "de" and
/// a capitalised topic with up to three lowercase words, the last after "et"), or None. A body
/// listed after it ("…, de l’ARS et de la Région") is no remit.
pub fn french_remit_list(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> Option<Vec<Item>> {
    let toks = ctx.toks;
    if ctx.lang != Lang::Fr {
        return None;
    }
    let skip = opening_article(ctx, run);
    // (round 65) "l’Hôpital de la Mère et de l’Enfant": a capitalised body's head and one
    // capitalised topic, then "et" and one more (no known place: "le Conseil de Bretagne et
    // de Normandie" is two)
    let two_topics = ctx.w(k) == "et" && head_and_topic(ctx, &run[skip..]);
    if !two_topics
        && !super::fr_bodies::known_ministry(ctx, &run[skip..])
        && (!matches!(run.get(skip), Some(Item::Word(h)) if ctx.f(*h) == "ministere")
            || !run[skip + 1..]
                .iter()
                .any(|i| matches!(*i, Item::Word(c) if toks[c].cap)))
    {
        return None;
    }
    let word_at = |j: usize| j < toks.len() && !masked[j] && toks[j].kind == TokKind::Word;
    let mut items = Vec::new();
    let mut j = k;
    loop {
        if j >= toks.len() || masked[j] || !matches!(ctx.w(j), "," | "et") || items.len() > 24 {
            return None;
        }
        let last = ctx.w(j) == "et";
        items.push(Item::Conn(j));
        j += 1;
        if !word_at(j) || !matches!(ctx.w(j), "de" | "du" | "des" | "d") {
            return None;
        }
        items.push(Item::Conn(j));
        j += 1;
        if j < toks.len() && matches!(ctx.w(j), "’" | "'") {
            items.push(Item::Conn(j));
            j += 1;
        }
        if word_at(j) && matches!(ctx.w(j), "la" | "l") {
            items.push(Item::Conn(j));
            j += 1;
            if j < toks.len() && matches!(ctx.w(j), "’" | "'") {
                items.push(Item::Conn(j));
                j += 1;
            }
        }
        // a capitalised topic, no acronym and no body's own noun ("la Région", "l’Agence")
        if !word_at(j)
            || !toks[j].cap
            || toks[j].allcaps
            || is_fr_head(&ctx.f(j))
            || LOWER_HEADS.contains(&&*ctx.f(j))
        {
            return None;
        }
        if two_topics && super::gazetteer::is_place_name(ctx.w(j)) {
            return None;
        }
        items.push(Item::Word(j));
        let topic = j;
        j += 1;
        let mut lower = 0;
        let mut linked = false;
        let mut completed = false;
        while lower < 3 && word_at(j) && !toks[j].cap {
            let f = ctx.f(j);
            // "de la Lutte contre les abus financiers": a topic that takes "contre"/"pour",
            // its link and article right after it, once, then lowercase words again
            if !linked
                && lower == 0
                && matches!(&*f, "contre" | "pour")
                && let Some(n) = purpose_link(ctx, j, false)
                && super::fr_bodies::remit_takes_link(ctx, topic, j + n)
            {
                items.extend((j..j + n).map(Item::Conn));
                j += n;
                linked = true;
                continue;
            }
            // "de la Cohésion des territoires": the topic's own complement, once
            if !completed && word_at(j + 1) && super::fr_bodies::remit_complement(ctx, j) {
                items.extend([Item::Conn(j), Item::Word(j + 1)]);
                j += 2;
                lower += 1;
                completed = true;
                continue;
            }
            // "de la Souveraineté industrielle et numérique": the last topic's two adjectives
            if last
                && lower > 0
                && f == "et"
                && word_at(j + 1)
                && !toks[j + 1].cap
                && adjective_shaped(&ctx.f(j + 1))
                && !stops_name(ctx, j + 1, &ctx.f(j + 1))
            {
                items.extend([Item::Conn(j), Item::Word(j + 1)]);
                break;
            }
            // (round 67) "du Développement rural ivoirien": the country's adjective after the
            // remits is no part of the ministry's name
            if stops_name(ctx, j, &f)
                || GAZ.sets.function_words.contains(&*f)
                // (not straight after the topic: "de l’Intégration européenne")
                || lower > 0 && super::gazetteer::is_demonym(ctx.w(j))
            {
                break;
            }
            items.push(Item::Word(j));
            lower += 1;
            j += 1;
        }
        if last {
            return Some(items);
        }
    }
}

/// At a lowercase head word `k`: the items of the institution name up to (not
/// including) the first capitalised word, or None.
#[inline]
pub fn lowercase_head(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<Vec<Item>> {
    let t = &ctx.toks[k];
    // (asked at every token: the cheap refusals stay inline, out of the long body's call)
    if ctx.lang != Lang::Fr || t.kind != TokKind::Word || t.cap || masked[k] {
        return None;
    }
    lowercase_head_of(ctx, k, masked)
}

/// [`lowercase_head`] at a lowercase word of a French text.
#[inline(never)]
fn lowercase_head_of(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<Vec<Item>> {
    let toks = ctx.toks;
    let head = ctx.f(k);
    // most words are no head: one lookup instead of a scan of both lists
    static HEADS: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
        std::sync::LazyLock::new(|| {
            LOWER_HEADS
                .iter()
                .copied()
                .chain(PLACE_HEADS.iter().map(|(h, _)| *h))
                .collect()
        });
    if !HEADS.contains(&*head) {
        return None;
    }
    let place = is_place_head(&head);
    // "un hôtel d’X", "une salle de X": one building among others in the town, no named
    // building; the town is the name ("l’hôtel de Roquelaure" keeps its article)
    if place
        && !takes_name_directly(&head)
        && ctx
            .prev_word(k)
            .is_some_and(|p| matches!(ctx.w(p), "un" | "une" | "Un" | "Une"))
    {
        return None;
    }
    // "la région Occitanie" is its council; "la région de Bordeaux", "la région Sud-Ouest" are
    // areas
    if head == "region"
        && !toks.get(k + 1).is_some_and(|n| {
            n.cap && {
                let f = ctx.f(k + 1);
                !["nord", "sud", "est", "ouest", "centre"]
                    .iter()
                    .any(|c| f.starts_with(c))
            }
        })
    {
        return None;
    }
    // (round 58) "la clinique X", not "un essai clinique X": the noun after its article
    if head == "clinique" && ctx.prev_word(k).is_none_or(|p| ctx.f(p) != "la") {
        return None;
    }
    if head == "communaute" && !super::local_bodies::intercommunal(ctx, k) {
        return None;
    }
    // "la cour d’Éléonore", "la cour de Louis XIV": a sovereign's court, no court of law
    if head == "cour" && {
        let g = if toks.get(k + 1).is_some_and(|_| ctx.w(k + 1) == "d") {
            k + 3
        } else {
            k + 2
        };
        k + 1 < toks.len()
            && matches!(ctx.w(k + 1), "de" | "d")
            && toks.get(g).is_some_and(|t| t.cap)
            && GAZ.sets.given_names.contains(&ctx.f(g))
    } {
        return None;
    }
    // (round 51) "le parc de Valdrenne", "le parc d’Arlon": a park or a wind farm after a
    // bare "de" is named by its town, the place ("le parc de la Tête d’Or" keeps its noun)
    if head == "parc" && park_of_town(ctx, k) {
        return None;
    }
    if matches!(&*head, "gare" | "aeroport" | "agence") && station_of_town(ctx, k) {
        return None;
    }
    // "la tour du Prieur", "la tour Mirande": a tower is feminine ("le tour de X" is a round)
    if head == "tour"
        && !ctx
            .prev_word(k)
            .is_some_and(|p| matches!(ctx.w(p), "la" | "La" | "cette" | "Cette"))
    {
        return None;
    }
    // "le pays Bigouden", "le pays de Galles": a name straight after it or after a bare "de"
    // ("les pays de l’Union" are countries, no name)
    if head == "pays" {
        let cap = |j: usize| {
            toks.get(j)
                .is_some_and(|n| n.kind == TokKind::Word && n.cap)
        };
        let word_is = |j: usize, w: &[&str]| j < toks.len() && w.contains(&&*ctx.f(j));
        let named = cap(k + 1)
            || (word_is(k + 1, &["de"]) && cap(k + 2))
            || (word_is(k + 1, &["d"]) && word_is(k + 2, &["’", "'"]) && cap(k + 3));
        if !named {
            return None;
        }
    }
    // "la place Jean-Macé", "…, place du Huit-Septembre", "rassemblés place Graslin" (a name
    // straight after it, not after an ordinal), not "la deuxième place de Nationale"
    let direct_name = toks
        .get(k + 1)
        .is_some_and(|t| t.cap && t.kind == TokKind::Word)
        && !ctx.prev_word(k).is_some_and(|p| {
            let f = ctx.f(p);
            f.ends_with("ieme")
                || f.ends_with(|c: char| c.is_ascii_digit())
                || matches!(&*f, "premiere" | "derniere" | "1re" | "1ere")
                || ctx.toks[p].cap
        });
    // "fleuriste place du Marché": a lowercase noun straight before the square and its "du X"
    let after_noun = k > 0
        && toks[k - 1].kind == TokKind::Word
        && !toks[k - 1].cap
        && !ctx.is(k - 1, lex::FUNCTION_WORD)
        && toks
            .get(k + 1)
            .is_some_and(|_| matches!(&*ctx.f(k + 1), "du" | "des"))
        && toks
            .get(k + 2)
            .is_some_and(|n| n.cap && n.kind == TokKind::Word);
    let square = direct_name
        || after_noun
        || (k > 0 && ctx.w(k - 1) == ",")
        || ctx.prev_word(k).is_some_and(|p| {
            matches!(
                &*ctx.f(p),
                "la" | "de" | "a" | "sur" | "dans" | "vers" | "depuis" | "devant" | "et" | "ou"
            )
        });
    if head == "place" && !square {
        return None;
    }
    // "la place de la France dans le monde", "la place du Japon parmi…": a country's rank, no
    // square
    if head == "place" && !direct_name && rank_of_country(ctx, k) {
        return None;
    }
    if head == "centre"
        && !toks
            .get(k + 1)
            .is_some_and(|_| ctx.f(k + 1).starts_with("hospitalier"))
    {
        return None;
    }
    let mut items = vec![Item::Word(k)];
    let mut j = k + 1;
    let mut after_conn = false;
    let mut content = 0;
    while j < toks.len() && j < k + 10 {
        if masked[j] {
            return None;
        }
        let tj = &toks[j];
        let w = word(ctx.text, tj);
        if tj.kind == TokKind::Punct {
            if matches!(w, "’" | "'") && after_conn {
                j += 1;
                continue;
            }
            return None;
        }
        let f = ctx.f(j);
        if tj.cap {
            // ("le centre hospitalier Saint-X": its name straight after "hospitalier" too)
            // ("l’hôpital universitaire X", "le lycée professionnel X": after qualifiers too)
            let direct = (items.iter().all(|i| matches!(i, Item::Word(_)))
                && (j == k + 1 || DIRECT_HEADS.contains(&&*head))
                && (DIRECT_HEADS.contains(&&*head) || takes_name_directly(&head)))
                || (head == "centre" && j == k + 2)
                // (round 67) "la communauté de communes Haut-Jura Saint-Claude": its name
                // straight after "communes" or "agglomération"
                || (head == "communaute"
                    && j >= k + 3
                    && matches!(&*ctx.f(j - 1), "communes" | "agglomeration"));
            if !(after_conn || direct) {
                return None;
            }
            // "la médiathèque François-Mitterrand" is a building; "le gymnase de Lézignan" is
            // the town's gymnasium, and the town the name
            if !direct && DIRECT_ONLY.contains(&&*head) {
                return None;
            }
            if head == "departement" && !is_ministry_topic(ctx, j, &f) {
                return None;
            }
            // "le conseil du Syndicat mixte…", "la direction de l’Agence…": a body's own
            // council or board before its name; the name opens with its own head
            if !place && items.len() > 1 && is_fr_head(&f) {
                return None;
            }
            if part_of_named_body(ctx, &items, j, place) {
                return None;
            }
            return Some(items);
        }
        if CONNS.contains(&&*f)
            || (place && j == k + 1 && matches!(&*f, "da" | "do" | "dos" | "del"))
        {
            items.push(Item::Conn(j));
            after_conn = true;
            content = 0;
        } else if QUALIFIERS.contains(&&*f)
            || (head == "centre" && j == k + 1 && f.starts_with("hospitalier"))
            || (head == "communaute" && j == k + 1 && f == "urbaine")
        {
            items.push(Item::Word(j));
            after_conn = false;
        } else if head != "centre"
            && (!place || matches!(&*head, "palais" | "salle" | "hotel"))
            && (after_conn || content > 0)
            && content < 2
            && !STOP_EXT.contains(&&*f)
            && !service_charged(ctx, j, &f)
            && !GAZ.sets.function_words.contains(&*f)
            && !verb_like(&f)
        {
            // "agence régionale de santé d’Occitanie": a topic noun after "de"
            items.push(Item::Word(j));
            after_conn = false;
            content += 1;
        } else {
            return None;
        }
        j += 1;
    }
    None
}

/// The lowercase words `items` (opened by a lowercase head) before the capitalised word `j`
/// name a part or a building of the body or town named at `j`, not a body of their own: "le
/// conseil d’administration de la MAB", "la fédération régionale de l’UPA" (an acronym after
/// a lowercase noun of the head's own), "le conseil de surveillance du centre hospitalier de
/// X" (a second head inside), "l’hôtel de ville de X", "une salle du palais de justice de X" (a
/// building's noun with a lowercase complement before the town).
fn part_of_named_body(ctx: &Ctx, items: &[Item], j: usize, place: bool) -> bool {
    let words: Vec<usize> = items
        .iter()
        .filter_map(|i| match *i {
            Item::Word(w) => Some(w),
            _ => None,
        })
        .collect();
    if words.len() < 2 {
        return false;
    }
    let inner_head = words[1..]
        .iter()
        .any(|&w| LOWER_HEADS.contains(&&*ctx.f(w)) || is_place_head(&ctx.f(w)));
    let acronym = ctx.toks[j].allcaps && ctx.toks[j].end - ctx.toks[j].start >= 2;
    // (after a bare "de": "palais de justice", not "palais des ducs d’Aquitaine"; after
    // "des"/"du" too for a town's common amenity when a bare "de" brings the town: "la salle
    // des fêtes de X", not "la salle des sports du Verdier" nor "… de La Vernière", whose
    // article belongs to the name)
    let amenity = AMENITIES.contains(&&*ctx.f(words[0]))
        && ctx
            .prev_word(j)
            .is_some_and(|p| matches!(&*ctx.f(p), "de" | "d"))
        && !matches!(&*ctx.f(j), "la" | "le" | "les" | "l");
    let complement = words[1..].iter().any(|&w| {
        !QUALIFIERS.contains(&&*ctx.f(w))
            && ctx.prev_word(w).is_some_and(|p| match &*ctx.f(p) {
                "de" | "d" => true,
                "des" | "du" => amenity,
                _ => false,
            })
    });
    (place && complement) || inner_head || acronym
}

/// Place heads of a town's common amenities, which a lowercase complement after "des"/"du"
/// describes ("la salle des fêtes de X", "le gymnase du collège de X"), unlike a monument's
/// ("le palais des ducs de X").
const AMENITIES: &[&str] = &["salle", "gymnase", "piscine", "stade", "gare"];

/// "le centre hospitalier Rance Émeraude": a lowercase "centre hospitalier" and the name
/// straight after it (`lowercase_head` opened the run) is the hospital, whatever its words.
pub fn named_hospital(ctx: &Ctx, run: &[Item]) -> bool {
    matches!(run, [Item::Word(h), Item::Word(q), Item::Word(_) | Item::Gaz { .. }, ..]
        if !ctx.toks[*h].cap && ctx.f(*h) == "centre" && ctx.f(*q).starts_with("hospitalier"))
}

/// French definite articles, then the other determiners that open a verb's object.
const DETERMINERS: &[&str] = &[
    "la", "le", "les", "l", "un", "une", "son", "sa", "ses", "leur", "leurs",
];

/// The word right after `j` is one of `words`.
fn word_after_in(ctx: &Ctx, j: usize, words: &[&str]) -> bool {
    ctx.toks
        .get(j + 1)
        .is_some_and(|n| n.kind == TokKind::Word && words.contains(&word(ctx.text, n)))
}

/// An article or a possessive right after `j` (the object of a verb at `j`).
fn object_follows(ctx: &Ctx, j: usize) -> bool {
    word_after_in(ctx, j, DETERMINERS)
}

/// At "en" (`j`) inside a body's name in sentence case: one lowercase noun, no article, maybe
/// an adjective, then "de", "du", "des" or "d’" ("en déneigement de l’Estrie", "en agriculture
/// biologique de la Mayenne"), not a month ("en mars de …") nor a phrase of its own ("en cours
/// de", "en charge de", "en matière de").
fn field_after_en(ctx: &Ctx, j: usize) -> bool {
    let toks = ctx.toks;
    let lower = |i: usize| i < toks.len() && toks[i].kind == TokKind::Word && !toks[i].cap;
    let de = |i: usize| i < toks.len() && matches!(&*ctx.f(i), "de" | "du" | "des" | "d");
    if !lower(j + 1) {
        return false;
    }
    let complement = de(j + 2) || (lower(j + 2) && adjective_shaped(&ctx.f(j + 2)) && de(j + 3));
    if !complement {
        return false;
    }
    let f = ctx.f(j + 1);
    f.len() > 3
        && !stops_name(ctx, j + 1, &f)
        && !GAZ.sets.function_words.contains(&*f)
        && !super::classify::MONTHS_DAYS.contains(&&*f)
        && !matches!(
            &*f,
            "cours"
                | "charge"
                | "matiere"
                | "faveur"
                | "raison"
                | "fonction"
                | "depit"
                | "face"
                | "vue"
                | "provenance"
                | "direction"
                | "attendant"
                | "plus"
                | "dehors"
                | "termes"
        )
}

/// Lowercase `j` (folded `f`) has a definite article after it ("annule l’appel", "rejette la
/// demande") and is not shaped like an adjective ("nucléaire la semaine dernière"): a verb and
/// its object, which no body's name holds.
fn verb_before_article(ctx: &Ctx, j: usize, f: &str) -> bool {
    // (round 34: "le Tribunal correctionnel inflige une amende": any determiner opens an
    // object)
    word_after_in(ctx, j, DETERMINERS) && !adjective_shaped(f)
}

/// "Agence de la transition écologique", "Haute Autorité de santé": a French
/// institutional head followed by lowercase words is extended up to punctuation,
/// a verb, a relative pronoun or a lowercase word after a capitalised one.
/// Returns true when the run was extended (it is then one organisation, without a
/// sentence-initial article).
pub fn extend_french_head(ctx: &Ctx, hits: &[GazHit], run: &mut Vec<Item>) -> bool {
    // (asked at every run: the language first)
    if ctx.lang != Lang::Fr {
        return false;
    }
    let text = ctx.text;
    // (round 59) "Au Musée international du X, la conservatrice…": an article fused with "à"
    // or "de" opens the sentence as well
    let article = |it: &Item| {
        matches!(*it, Item::Word(k) if ctx.toks[k].initial
            && matches!(&*ctx.f(k), "la" | "le" | "l" | "les" | "au" | "aux" | "du"))
    };
    let skip = usize::from(run.first().is_some_and(article));
    if run.len() <= skip || run.len() > 2 + skip {
        return false;
    }
    let f = |it: &Item| match *it {
        Item::Word(k) => Some(fold(word(text, &ctx.toks[k]))),
        _ => None,
    };
    let heads: Option<Vec<String>> = run[skip..].iter().map(f).collect();
    let Some(heads) = heads else { return false };
    let agent = heads
        .last()
        .is_some_and(|h| AGENT_HEADS.contains(&h.as_str()));
    // (round 57) "le Secrétariat aux relations avec les X et les Y": an office and its remit
    if let ([h], Some(&Item::Word(k))) = (heads.as_slice(), run.last())
        && let Some(items) = super::remit_names::remit_items(ctx, k, h)
    {
        ctx.taken_to
            .set(super::candidates::last_item_tok(&items) + 1);
        run.drain(..skip);
        run.extend(items);
        return true;
    }
    let ok = match heads.as_slice() {
        [h] => is_fr_head(h) || agent || (h == "amis" && super::fr_friends::friends_head(ctx, run)),
        // "Haute Autorité", "Haut Conseil"
        [a, h] => {
            HEAD_OPENERS.contains(&a.as_str()) && (is_fr_head(h) || agent)
                // (round 58) "l’association Les Amis du musée de X": the name's own article
                || (a == "les" && h == "amis" && super::fr_friends::friends_head(ctx, run))
        }
        _ => false,
    };
    if !ok {
        return false;
    }
    let Some(&Item::Word(k)) = run.last() else {
        return false;
    };
    // (round 56) "Entreprise familiale fondée en …" opening a sentence is the common noun
    if ctx.toks[k].initial && heads.last().is_some_and(|h| h == "entreprise") {
        return false;
    }
    // (round 34 mend) an office only after an article ("le Défenseur des enfants", "au
    // Médiateur de l’eau"), not a post opening a sentence about a person ("Contrôleur des
    // douanes pendant vingt ans, Luc Perrot …")
    if agent && skip == 0 && !matches!(run.first(), Some(&Item::Word(f)) if article_before(ctx, f))
    {
        return false;
    }
    // (an office's noun is a common noun too: its name is as strict as a strict head's)
    let strict = agent
        || heads
            .last()
            .is_some_and(|h| STRICT_HEADS.contains(&h.as_str()));
    let mut items = Vec::new();
    let mut j = k + 1;
    let mut content = 0;
    let mut seen_cap = false;
    let mut purpose = false;
    let mut own_name = false;
    // (a list of purposes is mostly links: room for six more items; round 64: sixteen, "des
    // pêches maritimes et des élevages marins des Pays de la Loire")
    while j < ctx.toks.len() && items.len() < 16 + usize::from(purpose) * 6 {
        let t = &ctx.toks[j];
        let w = word(text, t);
        if t.kind == TokKind::Punct {
            if inner_mark(ctx, w, j, &mut items) {
                j += 1;
                continue;
            }
            // "Fonds européen pour les affaires maritimes, la pêche et l’aquaculture"
            if purpose
                && !seen_cap
                && let Some(end) = purpose_list(ctx, j)
            {
                items.extend((j..end).map(Item::Conn));
                items.push(Item::Word(end));
                j = end + 1;
                continue;
            }
            break;
        }
        // (an office's name takes a capitalised word only after "de": "du Québec", never a
        // person's name after a title)
        if agent && t.cap && !matches!(items.last(), Some(Item::Conn(_))) {
            break;
        }
        // "l’Amicale de voile Les Goélands de X", "le Cercle d’escrime La Rapière": a
        // club's own name, opening with its article, after the lowercase field it plays in
        if t.cap
            && !strict
            && !seen_cap
            && content > 0
            && matches!(items.last(), Some(Item::Word(_)))
            && let Some(n) = super::fr_bodies::own_name_article(ctx, hits, j)
        {
            items.extend((j..j + n).map(Item::Conn));
            j += n;
            own_name = true;
            continue;
        }
        let f = ctx.f(j);
        // (round 69) "la Commission économique des Nations unies pour l’Afrique": the United
        // Nations' lowercase adjective inside a body's name
        if &*f == "unies"
            && matches!(items.last(), Some(&Item::Word(p)) if p + 1 == j && ctx.w(p) == "Nations")
        {
            items.push(Item::Word(j));
            j += 1;
            content += 1;
            // (and its purpose, "pour l’Afrique", "pour l’enfance")
            if let Some(n) = un_purpose(ctx, j) {
                items.extend((j..j + n).map(Item::Conn));
                items.push(Item::Word(j + n));
                j += n + 1;
            }
            continue;
        }
        let next_de = ctx
            .toks
            .get(j + 1)
            .is_some_and(|_| matches!(&*ctx.f(j + 1), "de" | "du" | "des" | "d"));
        // ("dès" folds to the connector "des")
        if (strict && w.eq_ignore_ascii_case("dès"))
            || (!t.cap && super::fr_bodies::determiner_after_de(ctx, &items, &f))
        {
            break;
        } else if CONNS.contains(&&*f) {
            items.push(Item::Conn(j));
        } else if let Some(n) = purpose_link(ctx, j, seen_cap) {
            purpose = true;
            // "Fondation pour le logement des défavorisés", "Institut français de recherche
            // pour l’exploitation de la mer", "Centre de lutte contre les criminalités
            // numériques": "pour"/"contre" and a noun with its article
            items.extend((j..j + n).map(Item::Conn));
            j += n;
            continue;
        } else if f == "et"
            && !seen_cap
            && !items.is_empty()
            && ctx
                .toks
                .get(j + 1)
                .is_some_and(|n| n.kind == TokKind::Word && !n.cap)
            && ctx
                .toks
                .get(j + 2)
                .is_some_and(|_| matches!(&*ctx.f(j + 2), "de" | "du" | "des" | "d"))
        {
            // "des hôpitaux et maternités de proximité": two nouns sharing their complement
            items.push(Item::Conn(j));
        } else if f == "et"
            && !seen_cap
            && matches!(items.last(), Some(Item::Word(p)) if *p + 1 == j && !ctx.toks[*p].cap
                && adjective_shaped(&ctx.f(*p)))
            && ctx.toks.get(j + 1).is_some_and(|n| {
                n.kind == TokKind::Word && !n.cap && {
                    let a = ctx.f(j + 1);
                    adjective_shaped(&a) || a.ends_with("ier") || a.ends_with("iere")
                }
            })
        {
            // (round 68) "le Pôle judiciaire économique et financier": two adjectives joined
            items.extend([Item::Conn(j), Item::Word(j + 1)]);
            j += 2;
            continue;
        } else if f == "en" && !seen_cap && !items.is_empty() && field_after_en(ctx, j) {
            // "Association des entrepreneurs en déneigement de l’Estrie", "Institut de
            // recherche en santé de …": "en" and the field a body works in
            items.push(Item::Conn(j));
        } else if f == "et" && next_de && !seen_cap {
            // "Institut national de la santé et de la recherche médicale"
            items.push(Item::Conn(j));
        } else if f == "et" && seen_cap && second_place(ctx, &heads, &items, j) {
            // "Comité des riverains de X et Y": the places a body serves, joined
            items.extend([Item::Conn(j), Item::Word(j + 1)]);
            j += 2;
            continue;
        } else if f == "et"
            && seen_cap
            && let Some(p) = second_place_after_de(ctx, &heads, &items, j)
        {
            // "Coopérative des Vosges et du Jura": the second place with its own "du"
            items.extend((j..p).map(Item::Conn));
            items.push(Item::Word(p));
            j = p + 1;
            continue;
        } else if f == "et"
            && seen_cap
            && let Some(p) = second_noun_after_de(ctx, &items, j)
        {
            // (round 59) "Musée international du Carnaval et du Masque": a second capitalised
            // noun with its own "du", no known name
            items.extend((j..p).map(Item::Conn));
            items.push(Item::Word(p));
            j = p + 1;
            continue;
        } else if seen_cap
            && !t.cap
            && matches!(items.last(), Some(&Item::Word(p)) if ctx.toks[p].cap)
            && (adjective_shaped(&f) || demonym_shaped(&f))
            && !ctx.is(j, lex::FUNCTION_WORD)
            && !stops_name(ctx, j, &f)
            && (de_then_capital(ctx, j + 1)
                || (demonym_shaped(&f) && hits.iter().any(|h| h.end == ctx.toks[j - 1].end)))
        {
            // (round 64) "le Conseil des Églises chrétiennes de Madagascar": an adjective after
            // a capitalised noun of the name, then "de" and a capital; "le Parc naturel régional
            // des Pyrénées ariégeoises": a place's adjective after a known place, ending the name
            items.push(Item::Word(j));
            content += 1;
        } else if (stops_name(ctx, j, &f)
            // (round 64) "du Grand Est": a word inside a known name that opened before it
            && !(t.cap && hits.iter().any(|h| h.start < t.start && h.end >= t.end)))
            || (seen_cap && !t.cap)
            // (round 53) "la Faculté des arts et des lettres anciennes de l’Université
            // de X": the university a faculty, a school or a laboratory belongs to is a body of
            // its own
            || (t.cap && content > 0 && !seen_cap && f == "universite")
            // "Le Département privilégie la réparation": a lowercase word straight after the
            // head with an article after it is a verb and its object, not an adjective of the
            // name (but "l’Autorité de sûreté nucléaire une charte" ends at the object)
            || (!t.cap && items.is_empty() && object_follows(ctx, j))
            // "la Cour supérieure annule l’appel d’offres": further on, a lowercase word not
            // shaped like an adjective with a definite article after it is a verb too
            // (a noun straight after "de" may stand before a determiner: "le Comité des
            // parents une nouvelle fois", "la Chambre d’agriculture son président en tête")
            || (!t.cap
                && matches!(items.last(), Some(Item::Word(_)))
                && verb_before_article(ctx, j, &f))
            || (strict && !t.cap && !strict_word(ctx, j, &f, &items))
            || (!t.cap && singular_after_plural(ctx, j, &f, &items))
        {
            break;
        } else {
            // (a noun straight after "de" with a determiner after it ends the name: "le Comité
            // des parents une nouvelle fois", "au Médiateur de l’eau la semaine dernière")
            let ends =
                !t.cap && matches!(items.last(), Some(Item::Conn(_))) && object_follows(ctx, j);
            seen_cap |= t.cap;
            items.push(Item::Word(j));
            content += 1;
            if ends {
                break;
            }
        }
        j += 1;
    }
    while matches!(items.last(), Some(Item::Conn(_))) {
        items.pop();
    }
    if content == 0 {
        return false;
    }
    // an office's remit comes at once or after one adjective ("général du X")
    if agent && !items.iter().take(2).any(|i| matches!(i, Item::Conn(_))) {
        return false;
    }
    if agent && !office_remit(ctx, &items) {
        return false;
    }
    // (round 56) "la Société de négoce du Levant SA": a legal form closing the name ends the
    // firm there; its last words are no firm of their own ("Levant SA")
    let last = super::candidates::last_item_tok(&items);
    if own_name
        || (seen_cap && super::town_services::tail_taken(ctx, &items))
        || (ctx.toks[last].cap
            && (super::trades::legal_form(ctx.w(last)) || matches!(ctx.w(last), "Sàrl" | "Sarl")))
    {
        ctx.taken_to.set(last + 1);
    }
    run.drain(..skip);
    run.extend(items);
    true
}

/// The words `items` after an agent noun name an office's remit: no trade's complement
/// ("commissaire aux comptes"), and no person's name or pronoun after a comma ("le Commissaire
/// de la foire, Gérard Tessier", "Médiatrice de quartier, elle …").
fn office_remit(ctx: &Ctx, items: &[Item]) -> bool {
    let mut words = items.iter().filter_map(|i| match *i {
        Item::Word(w) => Some(w),
        _ => None,
    });
    if words
        .next()
        .is_some_and(|w| TRADE_REMITS.contains(&&*ctx.f(w)))
    {
        return false;
    }
    let Some(&Item::Word(end)) = items.last() else {
        return true;
    };
    let toks = ctx.toks;
    let comma = toks
        .get(end + 1)
        .is_some_and(|t| t.kind == TokKind::Punct && ctx.w(end + 1) == ",");
    !(comma
        && toks.get(end + 2).is_some_and(|n| {
            n.kind == TokKind::Word
                && (n.cap
                    || matches!(
                        &*ctx.f(end + 2),
                        "il" | "elle" | "ils" | "elles" | "on" | "nous"
                    ))
        }))
}

/// Heads of bodies named after the places they serve ("Association des … de X et Y").
const PLACE_SERVING: &[&str] = &[
    "association",
    "collectif",
    "comite",
    "federation",
    "union",
    "syndicat",
    "groupement",
    "cooperative",
    "coordination",
    "mutuelle",
    "regroupement",
    "rassemblement",
    "amicale",
    "coalition",
];

/// The capitalised word `j` may name a place: a known place or no known name at all (never a
/// known organisation or person: "… de Brest et Airvia", "… et Desjardins").
fn may_be_place(ctx: &Ctx, j: usize) -> bool {
    super::gazetteer::whole_hit(ctx.w(j))
        .is_none_or(|h| GAZ.entries[h.entry].kind == crate::extract::types::EntityKind::Place)
}

/// At "et" (`j`) after "de" and one capitalised word ending a name in sentence case ("… de
/// Kervan"), the body's head (`heads`, folded) one that serves places: one more capitalised
/// word, no given name nor acronym, closing the name (then punctuation or the block's end),
/// both words possibly places: a second place it serves ("… de Kervan et Plouzel,").
fn second_place(ctx: &Ctx, heads: &[String], items: &[Item], j: usize) -> bool {
    let toks = ctx.toks;
    if !heads
        .last()
        .is_some_and(|h| PLACE_SERVING.contains(&h.as_str()))
    {
        return false;
    }
    let place_before = matches!(items, [.., Item::Conn(c), Item::Word(p)]
        if p + 1 == j && matches!(&*ctx.f(*c), "de" | "d") && toks[*p].cap && !toks[*p].allcaps);
    let Some(n) = toks.get(j + 1) else {
        return false;
    };
    // (a verb after it makes it a subject of its own: "… de Kervan et Airvia ont signé")
    let closes = toks.get(j + 2).is_none_or(|a| a.kind == TokKind::Punct);
    place_before
        && n.kind == TokKind::Word
        && n.cap
        && !n.allcaps
        && closes
        && !ctx.is(j + 1, lex::FUNCTION_WORD)
        && !GAZ.sets.given_names.contains(&ctx.f(j + 1))
        && may_be_place(ctx, j - 1)
        && may_be_place(ctx, j + 1)
}

/// At "et" (`j`) after "de", "du", "des" or "d’" and one capitalised word ending a name in
/// sentence case ("… des Vosges"), the body's head (`heads`, folded) one that serves places:
/// "de", "du", "des" or "d’" (and "la" or "l’"), then one capitalised word that may be a place,
/// no given name nor acronym, ending the capitalised words ("… des Vosges et du Jura"): the index of that
/// word, a second place the body serves.
fn second_place_after_de(ctx: &Ctx, heads: &[String], items: &[Item], j: usize) -> Option<usize> {
    let toks = ctx.toks;
    if !heads
        .last()
        .is_some_and(|h| PLACE_SERVING.contains(&h.as_str()))
        || !matches!(items, [.., Item::Conn(_), Item::Word(p)]
            if p + 1 == j && toks[*p].cap && !toks[*p].allcaps)
        // ("des Vosges", "de la Veyle", "de l’Ain")
        || !items[..items.len() - 1]
            .iter()
            .rev()
            .take_while(|i| matches!(i, Item::Conn(_)))
            .any(|i| matches!(*i, Item::Conn(c) if matches!(&*ctx.f(c), "de" | "du" | "des" | "d")))
        || !may_be_place(ctx, j - 1)
    {
        return None;
    }
    let mut p = j + 1;
    if !toks
        .get(p)
        .is_some_and(|_| matches!(&*ctx.f(p), "de" | "du" | "des" | "d"))
    {
        return None;
    }
    p += 1;
    while p < toks.len() && matches!(ctx.w(p), "’" | "'" | "la" | "l") {
        p += 1;
    }
    let n = toks.get(p)?;
    // (after "de" no subject of a verb of its own: only a capitalised word after it runs on)
    let closes = toks
        .get(p + 1)
        .is_none_or(|a| !(a.kind == TokKind::Word && a.cap));
    (n.kind == TokKind::Word
        && n.cap
        && !n.allcaps
        && closes
        && !ctx.is(p, lex::FUNCTION_WORD)
        && !GAZ.sets.given_names.contains(&ctx.f(p))
        && may_be_place(ctx, p))
    .then_some(p)
}

/// At `j`: "pour" or "contre", an article and a lowercase noun inside a body's name in
/// sentence case (before any capitalised word of it): how many tokens the link takes (the
/// preposition, the article and an apostrophe after "l").
fn purpose_link(ctx: &Ctx, j: usize, seen_cap: bool) -> Option<usize> {
    let toks = ctx.toks;
    // (the length first: `j` is one past a run that may end the block)
    if seen_cap || j + 2 >= toks.len() {
        return None;
    }
    // (round 34) "Association d’aide aux malades", "Comité de soutien à la famille": "aux" or
    // "à" and an article bring whom a body serves, as "pour" does
    let n = match (ctx.w(j), &*ctx.f(j + 1)) {
        ("pour" | "contre", "la" | "le" | "les") | ("à" | "À", "la") => 2,
        ("pour" | "contre" | "à" | "À", "l") if matches!(ctx.w(j + 2), "’" | "'") => 3,
        ("aux", _) => 1,
        _ => return None,
    };
    // (round 34 mend) "aux"/"à" only after a noun of service ("d’aide aux", "soutien à la"):
    // after a body's members ("des pêcheurs aux environs de", "des parents à l’heure du
    // déjeuner") they open an adverbial phrase
    if !(matches!(ctx.w(j), "pour" | "contre") || after_service_noun(ctx, j)) {
        return None;
    }
    let noun = toks.get(j + n)?;
    let f = ctx.f(j + n);
    (noun.kind == TokKind::Word
        && !noun.cap
        && !stops_name(ctx, j + n, &f)
        && !GAZ.sets.function_words.contains(&*f)
        && !IDIOMS.contains(&&*f))
    .then_some(n)
}

/// The word before `j` is a noun of service ([`SERVICE_NOUNS`]) or an office's noun, maybe
/// with its adjective ("le Commissaire européen à la concurrence").
fn after_service_noun(ctx: &Ctx, j: usize) -> bool {
    if j < 2 {
        return false;
    }
    let before = ctx.f(j - 1);
    SERVICE_NOUNS.contains(&&*before)
        || AGENT_HEADS.contains(&&*before)
        || AGENT_HEADS.contains(&&*ctx.f(j - 2))
}

/// Nouns of a service a body gives, folded: "aux"/"à" after one of them brings whom it serves.
const SERVICE_NOUNS: &[&str] = &[
    "aide",
    "aides",
    "soutien",
    "defense",
    "accompagnement",
    "accueil",
    "assistance",
    "formation",
    "insertion",
    "reinsertion",
    "acces",
    "hommage",
    "lutte",
    "secours",
    "services",
    "soins",
    "conseil",
    "information",
    "prevention",
    "solidarite",
];

/// Nouns of adverbial phrases after "aux"/"à la"/"à l’" ("aux côtés de", "à la suite de",
/// "à l’issue de"): no one a body serves.
const IDIOMS: &[&str] = &[
    "cotes",
    "yeux",
    "mains",
    "prises",
    "termes",
    "abords",
    "portes",
    "suite",
    "demande",
    "tete",
    "issue",
    "occasion",
    "initiative",
    "place",
    "fin",
    "veille",
    "hauteur",
    "faveur",
    "lumiere",
    "unanimite",
    "tribune",
    "barre",
    "une",
    "source",
    "origine",
    "rescousse",
];

/// At the comma `j` after a purpose ("pour les affaires maritimes"): the rest of a list of
/// lowercase nouns with their articles, ", la pêche et l’aquaculture", ended by "et" and one
/// more; the index of its last word (the tokens between are links), or None.
fn purpose_list(ctx: &Ctx, j: usize) -> Option<usize> {
    let toks = ctx.toks;
    let mut j = j;
    let mut seen_et = false;
    loop {
        // "," or "et", then an article and a lowercase noun
        if !matches!(ctx.w(j), "," | "et") || j + 2 >= toks.len() {
            return None;
        }
        seen_et |= ctx.w(j) == "et";
        let n = match &*ctx.f(j + 1) {
            "la" | "le" | "les" => 2,
            "l" if matches!(ctx.w(j + 2), "’" | "'") => 3,
            _ => return None,
        };
        let noun = j + n;
        let t = toks.get(noun)?;
        if t.kind != TokKind::Word || t.cap || stops_name(ctx, noun, &ctx.f(noun)) {
            return None;
        }
        if seen_et {
            return Some(noun);
        }
        j = noun + 1;
    }
}

/// At "et" (`j`) right after "du", "des" or "de la" and one capitalised word of a body's name
/// ("… du Carnaval"): "du", "des" or "de la" again and one capitalised word, no known name nor
/// given name nor acronym, closing the name (punctuation, a lowercase word or the block's end
/// after it): that word's index ("… du Carnaval et du Masque").
fn second_noun_after_de(ctx: &Ctx, items: &[Item], j: usize) -> Option<usize> {
    let toks = ctx.toks;
    let [.., Item::Conn(c), Item::Word(w)] = *items else {
        return None;
    };
    if w + 1 != j
        || j + 2 >= toks.len()
        || !toks[w].cap
        || !matches!(&*ctx.f(c), "du" | "des" | "la")
    {
        return None;
    }
    let p = match &*ctx.f(j + 1) {
        "du" | "des" => j + 2,
        "de" if ctx.f(j + 2) == "la" => j + 3,
        _ => return None,
    };
    let t = toks.get(p)?;
    let closes = toks
        .get(p + 1)
        .is_none_or(|n| n.kind == TokKind::Punct || !n.cap);
    (t.kind == TokKind::Word
        && t.cap
        && !t.allcaps
        && closes
        && super::gazetteer::whole_hit(ctx.w(p)).is_none()
        && !GAZ.sets.given_names.contains(&ctx.f(p)))
    .then_some(p)
}

/// (round 59) "la Fédération wallonne des groupes folkloriques parle d’une…": a lowercase word
/// `j` (folded `f`) in the singular ("-e", no "-es") right after a lowercase plural word of the
/// name ("-s", "-x") after "des", "aux" or "les" agrees with nothing in it: a verb, where the
/// name ends.
fn singular_after_plural(ctx: &Ctx, j: usize, f: &str, items: &[Item]) -> bool {
    let Some(&Item::Word(p)) = items.last() else {
        return false;
    };
    if p + 1 != j || ctx.toks[p].cap || f.len() < 3 || !f.ends_with('e') {
        return false;
    }
    let pf = ctx.f(p);
    if pf.len() <= 3 || !pf.ends_with(['s', 'x']) || GAZ.sets.function_words.contains(&*pf) {
        return false;
    }
    // the plural word's complement opens with an article ("des groupes folkloriques"); after a
    // bare "de" the adjective may be the head's ("Centre de services scolaire")
    let link = items
        .iter()
        .rev()
        .find(|i| !matches!(**i, Item::Word(k) if !ctx.toks[k].cap));
    matches!(link, Some(&Item::Conn(l)) if matches!(&*ctx.f(l), "des" | "aux" | "les"))
}

/// (Round 69) Remits' nouns of United Nations bodies named in French after "pour", folded
/// ("Fonds des Nations unies pour l’enfance", "… pour la population").
const UN_REMITS: &[&str] = &[
    "enfance",
    "environnement",
    "developpement",
    "population",
    "alimentation",
    "agriculture",
    "education",
    "science",
    "culture",
    "refugies",
    "commerce",
    "femmes",
    "habitat",
    "paix",
];

/// (Round 69) At `j` after "Nations unies": "pour", an article and a place or a remit's noun
/// ([`UN_REMITS`]), the body's purpose; the number of tokens before that word. Not "pour
/// l’instant", "pour la convaincre".
fn un_purpose(ctx: &Ctx, j: usize) -> Option<usize> {
    if ctx.toks.get(j + 1).is_none() || ctx.w(j) != "pour" {
        return None;
    }
    let n = if matches!(&*ctx.f(j + 1), "la" | "le" | "les") {
        2
    } else if ctx.w(j + 1) == "l"
        && ctx
            .toks
            .get(j + 2)
            .is_some_and(|_| matches!(ctx.w(j + 2), "’" | "'"))
    {
        3
    } else {
        return None;
    };
    let t = ctx.toks.get(j + n)?;
    (t.kind == TokKind::Word && (t.cap || UN_REMITS.contains(&&*ctx.f(j + n)))).then_some(n)
}

/// Word `j` (folded `f`) ends a name in sentence case: a stop word, a verb of saying, a
/// number, or a lowercase word that reads as a verb.
fn stops_name(ctx: &Ctx, j: usize, f: &str) -> bool {
    STOP_EXT.contains(&f)
        // (round 69) "avec le Fonds d’ici à la fin de l’année": "d’ici", until (not "des
        // artistes d’ici et d’ailleurs")
        || (f == "ici" && ctx.toks.get(j + 1).is_none_or(|_| ctx.w(j + 1) != "et"))
        || (!ctx.toks[j].cap && (never_in_name(ctx, j, f) || ctx.w(j) == "dès"))
        || service_charged(ctx, j, f)
        || ctx.is(j, lex::SAID)
        || f.chars().any(|c| c.is_ascii_digit())
        || (!ctx.toks[j].cap && verb_like(f))
}

/// "la Fondation Akwaba pour la santé, une…": a capitalised French head and one or two
/// capitalised words of name, then "pour"/"contre", an article and lowercase words up to
/// punctuation: the body's purpose ends its name. Extends `run` and returns true when it did.
pub fn extend_named_head(ctx: &Ctx, run: &mut Vec<Item>) -> bool {
    // (asked at every run: the language first)
    if ctx.lang != Lang::Fr {
        return false;
    }
    let skip = opening_article(ctx, run);
    if !(2..=3).contains(&(run.len().saturating_sub(skip))) {
        return false;
    }
    // the head, then capitalised words, maybe after "de", "du", "de la" ("Fédération du X")
    let mut words = Vec::new();
    for i in &run[skip..] {
        match *i {
            Item::Word(k) if ctx.toks[k].cap => words.push(k),
            Item::Gaz { last, .. } if !words.is_empty() => words.push(last),
            Item::Conn(k) if !words.is_empty() && CONNS.contains(&ctx.w(k)) => {}
            _ => return false,
        }
    }
    if words.len() < 2 || !is_fr_head(&ctx.f(words[0])) {
        return false;
    }
    let last = words[words.len() - 1];
    let Some(n) = purpose_link(ctx, last + 1, false) else {
        return false;
    };
    let mut items: Vec<Item> = (last + 1..last + 1 + n).map(Item::Conn).collect();
    let mut j = last + 1 + n;
    while let Some(t) = ctx.toks.get(j) {
        if t.kind == TokKind::Punct {
            break;
        }
        let f = ctx.f(j);
        if CONNS.contains(&&*f) {
            items.push(Item::Conn(j));
        } else if f == "et"
            && matches!(items.last(), Some(Item::Word(_)))
            && j + 2 < ctx.toks.len()
            && matches!(&*ctx.f(j + 1), "la" | "le" | "les")
            && !ctx.toks[j + 2].cap
        {
            // "pour la pêche et la protection du milieu": "et" and a noun with its article
            items.extend([Item::Conn(j), Item::Conn(j + 1)]);
            j += 2;
            continue;
        } else if t.cap || stops_name(ctx, j, &f) || GAZ.sets.function_words.contains(&*f) {
            return false;
        } else {
            items.push(Item::Word(j));
        }
        if items.len() > 12 {
            return false;
        }
        j += 1;
    }
    if !matches!(items.last(), Some(Item::Word(_))) {
        return false;
    }
    run.drain(..skip);
    run.extend(items);
    true
}

/// Connectors between a head and the capitalised words of its name.
const CONNS: &[&str] = &["de", "du", "des", "d", "la", "l"];

/// Lowercase French nouns that introduce a body by its name ("l’association X", "le groupe X").
const NAME_INTROS: &[&str] = &[
    "association",
    "federation",
    "collectif",
    "groupe",
    "cooperative",
    "syndicat",
    "mutuelle",
    "regie",
];

/// Lowercase words that a name written in sentence case may hold after its first word.
const NAME_LINKS: &[&str] = &[
    "de", "du", "des", "d", "la", "l", "le", "les", "a", "au", "aux", "et", "pour", "en", "sur",
];

/// "l’association Sauvegarde de la ligne des Vosges, présidée…", "le groupe Citoyens pour
/// l’Europe, où…", "l’association de riverains Vivre à Vaulmont.": after a lowercase noun that
/// introduces a body, a capitalised word opens a name written in sentence case, which runs to
/// the next punctuation (over links, nouns and capitalised words, never a verb or a
/// determiner). Extends `run` (one capitalised word) and returns true when it did.
pub fn extend_after_intro(ctx: &Ctx, run: &mut Vec<Item>) -> bool {
    let text = ctx.text;
    // (round 51) "l’ASBL Vents du large": a Belgian non-profit's capitalised form introduces
    // the name as the lowercase noun does, and stays out of it
    let (k, form) = match run[..] {
        [Item::Word(k)] => (k, false),
        [Item::Word(a), Item::Word(k)]
            if k == a + 1 && ctx.toks[a].allcaps && matches!(ctx.w(a), "ASBL" | "AISBL") =>
        {
            (k, true)
        }
        _ => return false,
    };
    if ctx.lang != Lang::Fr || ctx.toks[k].initial || ctx.toks[k].allcaps {
        return false;
    }
    // the intro noun, straight before or before "de riverains", "d’usagers"
    let intro = |j: usize| !ctx.toks[j].cap && NAME_INTROS.contains(&&*ctx.f(j));
    let Some(p) = (if form { Some(k - 1) } else { ctx.prev_word(k) }) else {
        return false;
    };
    let intro = |j: usize| (form && j == k - 1) || intro(j);
    let introduced = intro(p)
        || (!ctx.toks[p].cap
            && ctx.f(p).ends_with('s')
            && ctx.prev_word(p).is_some_and(|d| {
                matches!(&*ctx.f(d), "de" | "d") && ctx.prev_word(d).is_some_and(intro)
            }));
    if !introduced {
        return false;
    }
    let mut items = Vec::new();
    let mut j = k + 1;
    let mut content = 0;
    while let Some(t) = ctx.toks.get(j) {
        let w = word(text, t);
        if t.kind == TokKind::Punct {
            if inner_mark(ctx, w, j, &mut items) {
                j += 1;
                continue;
            }
            if !matches!(w, "," | "." | "(" | ";" | ":" | "»" | ")") {
                return false;
            }
            break;
        }
        if items.len() >= 10 {
            return false;
        }
        let f = ctx.f(j);
        // (round 51) "l’association Forêts sans routes a saisi…": the verb ends the name ("a"
        // is no "à")
        if !t.cap
            && matches!(
                ctx.w(j),
                "a" | "avait" | "est" | "était" | "sera" | "ont" | "sont"
            )
        {
            break;
        }
        if NAME_LINKS.contains(&&*f) {
            items.push(Item::Conn(j));
        } else if t.cap || !stops_name(ctx, j, &f) {
            items.push(Item::Word(j));
            content += 1;
        } else {
            return false;
        }
        j += 1;
    }
    if content == 0 || matches!(items.last(), Some(Item::Conn(_))) {
        return false;
    }
    if form {
        run.remove(0);
    }
    run.extend(items);
    true
}

/// A mark inside a name, token `j` (`w`): an apostrophe after a connector ("d’") is passed over,
/// a hyphen glued to the word before joins it to the next ("Assistance publique-Hôpitaux de
/// Paris"). True when the token was taken so.
fn inner_mark(ctx: &Ctx, w: &str, j: usize, items: &mut Vec<Item>) -> bool {
    if (w == "’" || w == "'") && matches!(items.last(), Some(Item::Conn(_))) {
        return true;
    }
    if w == "-" && ctx.toks[j].start == ctx.toks[j - 1].end {
        items.push(Item::Conn(j));
        return true;
    }
    false
}

/// After "place" at `k`: "de la", "de l’" or "du", a known place, then "dans", "parmi", "au
/// sein" or "en": a country's rank among others ("la place de la France dans le monde").
fn rank_of_country(ctx: &Ctx, k: usize) -> bool {
    let toks = ctx.toks;
    let mut j = k + 1;
    while j < toks.len() && j < k + 5 && !toks[j].cap {
        j += 1;
    }
    j + 1 < toks.len()
        && toks[j].cap
        && super::gazetteer::is_place_name(ctx.w(j))
        && matches!(ctx.w(j + 1), "dans" | "parmi" | "au" | "en" | "sur")
}

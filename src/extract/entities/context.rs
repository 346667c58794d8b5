//! Context cues for names with no other evidence: prepositions and nouns of
//! place ("dans l’Hérault", "habitants de X", "the town of X", "X-based") and
//! the verbs and nouns that only organisations take ("X, which…", "a
//! spokesperson for X", "X did not respond to a request for comment").

use super::classify::{Ctx, WordSet};
use super::text::TokKind;
use crate::extract::types::EntityKind;
use std::borrow::Cow;

/// Words that put a place right after them ("à X", "in X", "near X").
const PLACE_PREPS: &[&str] = &[
    "a",
    "in",
    "near",
    "en",
    "vers",
    "towards",
    "toward",
    "across",
    "throughout",
    "around",
    "nearby",
    "au",
    "via",
    // (round 66) "a goat dairy outside Thorndale"
    "outside",
    // (round 62) "Cagayan and neighboring Isabela"
    "neighboring",
    "neighbouring",
];
/// (Round 65) French nouns of farmers, dwellers and mayors, folded, after which "de" puts the
/// place they farm, live in or run ("cet éleveur de Mignovillard", "les maires de Sand").
const DWELLERS_DE: &[&str] = &[
    "eleveur",
    "eleveuse",
    "eleveurs",
    "agriculteur",
    "agricultrice",
    "agriculteurs",
    "viticulteur",
    "viticultrice",
    "viticulteurs",
    "vigneron",
    "vigneronne",
    "vignerons",
    "maraicher",
    "maraichere",
    "maraichers",
    "cultivateur",
    "cultivateurs",
    "habitant",
    "habitante",
    "habitants",
    "habitantes",
    "commercants",
    "pecheurs",
    "planteurs",
    "villageois",
    "paysans",
    // "des préfectures de Télimélé et de Kindia": the plurals of districts
    "prefectures",
    "communes",
    "maire",
    "maires",
    "mairesse",
];

/// French verbs of dwelling or standing, folded, after which "à" or "aux" puts a place ("a
/// grandi à Morhange", "j’habite aux Avanchets", "basée à X"): read by
/// [`place_before`] and by the merge's `after_locative`.
pub(super) const DWELL_VERBS: &[&str] = &[
    "grandi",
    "ne",
    "nee",
    "nes",
    "nees",
    "installe",
    "installes",
    "installee",
    "installees",
    "habite",
    "habitent",
    "habitait",
    "vit",
    "vivent",
    "vivait",
    "reside",
    "resident",
    "residait",
    "residant",
    "domicilie",
    "domiciliee",
    "implante",
    "implantee",
    "basee",
    "base",
    "situe",
    "situee",
];

/// Folded word `f` is a preposition of place: one that puts a place right after it, or one
/// that opens a list of places ("from X and Y").
pub(super) fn place_prep(f: &str) -> bool {
    PLACE_PREPS.contains(&f) || super::places::LIST_PREPS.contains(&f)
}

/// Words before "in"/"à" that make it something other than a place ("invested in X",
/// "grâce à X", "face à X").
const NOT_PLACE_BEFORE: &[&str] = &[
    "grace",
    "et",
    "ou",
    "hommage",
    "face",
    "merci",
    "contre",
    "and",
    "or",
    "invested",
    "invest",
    "investing",
    "investment",
    // (round 67) "Investors in Halvex were pleased"
    "investors",
    "investor",
    "shareholders",
    "investments",
    "stake",
    "stakes",
    "shares",
    "interest",
    "role",
    "part",
    "demande",
    "appartient",
    "appartenant",
    "rachat",
    "cede",
    "vendu",
    "vendue",
];
/// (round 66) `word` (folded) is one of [`NOT_PLACE_BEFORE`] or a noun of trust or view that
/// takes a person or a firm after "in" ("faith in X", "confidence in X").
pub fn not_place_before(word: &str) -> bool {
    NOT_PLACE_BEFORE.contains(&word)
        || matches!(
            word,
            "faith"
                | "confidence"
                | "trust"
                | "belief"
                | "interest"
                | "interests"
                | "holding"
                | "holdings"
                | "trading"
                | "investors"
                | "share"
                | "view"
                | "role"
                | "roles"
        )
}
/// Verbs that "off" makes phrasal, after which a name is no place ("spun off X").
/// [`PHRASAL_OFF`] hashed (110 words).
static PHRASAL_OFF_SET: WordSet = WordSet::new(PHRASAL_OFF);

const PHRASAL_OFF: &[&str] = &[
    "sold", "sell", "sells", "selling", "spun", "spin", "spins", "spinning", "fend", "fended",
    "fending", "fought", "fight", "paid", "pay", "pays", "buy", "bought", "hive", "hived", "carve",
    "carved", "ward", "warded", "kick", "kicked", "kicks", "tip", "tipped", "laid", "lay", "write",
    "wrote", "written", "cut", "cuts", "took", "take", "takes", "taking", "set", "sets", "send",
    "sent", "see", "saw", "seen", "shake", "shook", "shrug", "shrugged", "hold", "held", "holding",
    "call", "called", "calls", "sign", "signed", "signs", "rip", "ripped", "pull", "pulled",
    "beat", "beaten", "head", "headed", "stave", "staved", "fob", "fobbed", "bump", "bumped",
    "pick", "picked", "shut", "shuts", "switch", "switched", "turn", "turned", "log", "logged",
    "kill", "killed", "knock", "knocked", "rip-off", "tell", "told", "play", "played", "show",
    "showed", "shown", "scare", "scared", "round", "rounded", "top", "topped", "edge", "edged",
    "push", "pushed", "drop", "dropped", "shave", "shaved",
];

/// Nouns followed by "de X" / "of X" where X is a place ("habitants de X",
/// "le département de X", "the town of X").
/// [`PLACE_OF`] hashed: asked after every "de"/"of" before a name (175 words).
static PLACE_OF_SET: WordSet = WordSet::new(PLACE_OF);

const PLACE_OF: &[&str] = &[
    "habitants",
    "habitant",
    "habitante",
    "habitantes",
    "originaire",
    "originaires",
    "natif",
    "native",
    "departement",
    "departements",
    "region",
    "regions",
    "arrondissement",
    "arrondissements",
    "commune",
    "communes",
    "ville",
    "village",
    "villages",
    "pres",
    "proche",
    "environs",
    "banlieue",
    "agglomeration",
    "maire",
    "venus",
    "venu",
    "venue",
    "venues",
    "revenant",
    "town",
    "city",
    "county",
    // a town's divisions: "the ward of X", "the parish of X", "the constituency of X"
    "ward",
    "parish",
    "borough",
    "constituency",
    "outskirts",
    // (round 58) "le long du ruisseau de la X": a stream is named after its own name or its
    // village
    "ruisseau",
    "ruisseaux",
    "suburbs",
    "residents",
    "resident",
    "mayor",
    "north",
    "south",
    "east",
    "west",
    "nord",
    "sud",
    "ouest",
    "est",
    "centre",
    "heart",
    "coeur",
    // (round 56) "aux portes du X": at a region's edge
    "portes",
    "usine",
    "edge",
    "edges",
    "fringes",
    "quartier",
    "quartiers",
    "island",
    "ile",
    "iles",
    "province",
    "state",
    // "l’État du Kerala", "le long de la Vézère", "le long du Lot"
    "etat",
    "long",
    "district",
    "port",
    "harbour",
    "harbor",
    "capital",
    "capitale",
    "towns",
    "cities",
    "crue",
    "crues",
    "rive",
    "rives",
    "berges",
    "embouchure",
    "bord",
    "bords",
    "au-dessus",
    // "au large de Portsall", "un affluent de la Steïr", "son site d’Aubière", "la zone
    // d’activités de X", "les gendarmes de Briec"
    "large",
    "affluent",
    "affluents",
    "site",
    "activites",
    "gendarmes",
    // "les pompiers de X", "les sapeurs-pompiers de X": a town's fire brigade (round 53)
    "pompiers",
    "sapeurs-pompiers",
    "gendarmerie",
    "commissariat",
    // "parts of Logan"
    "parts",
    // "the north coast of X", "the shores of X" (not "côte": "du côté de X" is X's side)
    "coast",
    "shores",
    // "the hamlet of X", "le canton de Vaud", "aux abords de X", "le secteur de la X"
    "hamlet",
    "hamlets",
    "parish",
    "borough",
    "canton",
    "abords",
    "secteur",
    // "the township of X", "la bourgade de X", "le chef-lieu de X"
    "township",
    "municipality",
    "suburb",
    "municipalite",
    "bourgade",
    "hameau",
    "chef-lieu",
    "sous-prefecture",
    // "les ménages de X", "les foyers de X", "le bourgmestre de X", "son homologue de X" (round
    // 44: a mayor's counterpart is a town's)
    "menages",
    "foyers",
    "bourgmestre",
    "bourgmestres",
    "echevin",
    "echevins",
    "homologue",
    "homologues",
    "households",
    // "la commune voisine de X", "la station voisine de X"
    "voisin",
    "voisine",
    "voisins",
    "voisines",
    // "au pied de X", "at the foot of X": below a mountain (round 47; not "en aval de X",
    // which names a firm down a supply chain as often as a town down a river)
    "pied",
    "foot",
    // "sur le marché de X", "les marchés de X": a market is named after its town (round 52)
    "marche",
    "marches",
    // "à quelques kilomètres de X", "within ten miles of X": a distance is measured from a place
    "kilometres",
    "km",
    "miles",
    "kilometers",
];

/// Folded noun `f` is followed by "de X" / "of X" where X is a place ("la commune de X").
pub(super) fn place_of_noun(f: &str) -> bool {
    PLACE_OF_SET.contains(f)
}

/// (round 58) "the neighbouring districts of X, Y and Z", "the old neighbourhoods of X": a
/// plural noun of places (see [`PLACE_PLURALS`]) before "of"/"de" gathers places; not one of
/// sites or people that a firm or a body owns or names ("the stations of X", "the ports of X",
/// "the communities of X").
fn plural_of_places(noun: &str) -> bool {
    // (a byte first: the nouns of this path are mostly singular)
    noun.ends_with('s')
        && PLACE_PLURALS_SET.contains(noun)
        && !matches!(
            noun,
            "stations" | "airports" | "ports" | "states" | "communities" | "resorts"
        )
}

/// (round 67) "the sister islands of X", "les communes de X": word `first` comes straight after
/// a lowercase plural noun of places ([`plural_of_places`]) and "of"/"de".
pub(super) fn after_plural_of_places(ctx: &Ctx, first: usize) -> bool {
    first >= 2
        && matches!(ctx.w(first - 1), "of" | "de" | "des")
        && !ctx.toks[first - 2].cap
        && plural_of_places(&ctx.f(first - 2))
}

/// Nouns and verbs of travel before "to"/"into" that put a destination after them ("the line
/// to Westport", "going into Galway", "flights to X").
/// [`MOTION_TO`] hashed.
static MOTION_TO_SET: WordSet = WordSet::new(MOTION_TO);

const MOTION_TO: &[&str] = &[
    "line",
    "lines",
    "train",
    "trains",
    "flight",
    "flights",
    "route",
    "routes",
    "road",
    "roads",
    "ferry",
    "ferries",
    "bus",
    "buses",
    "trip",
    "trips",
    "journey",
    "travel",
    "travels",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "going",
    "went",
    "drive",
    "drove",
    "driving",
    "commute",
    "commuting",
    "fled",
    "flew",
    "sailed",
    "walked",
    "moved",
    "relocated",
    "returned",
    "returning",
    "extension",
    "link",
    "services",
    // "from Claremorris north to Collooney", "the coast south to Durban"
    "north",
    "south",
    "east",
    "west",
    "northwards",
    "southwards",
    "eastwards",
    "westwards",
];

/// Nouns before "between X and Y" / "entre X et Y" that make X and Y parties rather than
/// places ("talks between X and Y", "un accord entre X et Y").
const BETWEEN_PARTIES: &[&str] = &[
    "talks",
    // "a tie-up between", "a link-up between", "a face-off between"
    "tie-up",
    "up",
    "off",
    "competition",
    "war",
    "feud",
    "deal",
    "deals",
    "merger",
    "agreement",
    "agreements",
    "partnership",
    "dispute",
    "rivalry",
    "match",
    "game",
    "final",
    "battle",
    "contest",
    "race",
    "negotiations",
    "relations",
    "joint",
    "venture",
    "accord",
    "accords",
    "fusion",
    "partenariat",
    "rencontre",
    "negociations",
    "rapprochement",
    "alliance",
    "collaboration",
    "cooperation",
    "differend",
    "litige",
    "conflit",
    "duel",
    "choc",
];

/// Compass words written in lowercase before a name that they locate ("north Galway",
/// "south-west Wales", "eastern Slavonia").
const COMPASS_BEFORE: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
];

/// The folded word at `j`, or "" when there is none.
pub(super) fn fw<'a>(ctx: &Ctx<'a>, j: Option<usize>) -> std::borrow::Cow<'a, str> {
    j.map(|j| ctx.f(j)).unwrap_or_default()
}

/// A word before `first` puts a place there.
pub fn place_before(ctx: &Ctx, first: usize) -> bool {
    let p0 = ctx.prev_word(first);
    let p1 = p0.and_then(|p| ctx.prev_word(p));
    let p2 = p1.and_then(|p| ctx.prev_word(p));
    let (f0, f1, f2) = (fw(ctx, p0), fw(ctx, p1), fw(ctx, p2));
    // a capitalised preposition counts only at the start of a sentence ("À Auch, …")
    let lower_or_initial =
        |j: Option<usize>| j.is_some_and(|j| !ctx.toks[j].cap || ctx.toks[j].initial);
    // ("grâce à X et à Y", "invested in X and in Y": a coordinated "à"/"in" repeats the case of
    // the first; "à Rouen et au Havre", "San Jose or nearby Sunnyvale": any other
    // preposition of place keeps its sense after "et"/"and"/"or")
    let coordinated = matches!(&*f1, "et" | "ou" | "and" | "or") && !matches!(&*f0, "a" | "in");
    if PLACE_PREPS.contains(&&*f0)
        && lower_or_initial(p0)
        && (!NOT_PLACE_BEFORE.contains(&&*f1) || coordinated)
    {
        return true;
    }
    if region_before(ctx, first) {
        return true;
    }
    // "between counties Galway and Tipperary", "the towns Trebes and Carcassonne": a lowercase
    // plural noun of places straight before a name
    if p0.is_some_and(|p| !ctx.toks[p].cap && p + 1 == first)
        && PLACE_PLURALS_SET.contains(&f0)
        && !matches!(&*f0, "stations" | "airports" | "ports" | "states")
    {
        return true;
    }
    // "nets off Durban", "a wreck just off Ushant": in English a lowercase "off" puts a place
    // after it, but not after a verb it makes phrasal ("spun off X", "sold off X")
    if f0 == "off"
        && ctx.lang == crate::extract::types::Lang::En
        && p0.is_some_and(|p| !ctx.toks[p].cap)
        && !PHRASAL_OFF_SET.contains(&f1)
    {
        return true;
    }
    // "four trawlers out of Klaksvík", "a firm based out of X": in English a lowercase "out
    // of" puts a place after it (round 60)
    if f0 == "of"
        && f1 == "out"
        && ctx.lang == crate::extract::types::Lang::En
        && p1.is_some_and(|p| !ctx.toks[p].cap)
    {
        return true;
    }
    // (round 68) "j’habite aux Avanchets": a plural "aux" after a verb of dwelling; "en
    // bordure de la Giscle", "à la limite de Grimaud": an edge's "de"
    if ctx.lang == crate::extract::types::Lang::Fr
        && ((f0 == "aux" && DWELL_VERBS.contains(&&*f1))
            || (matches!(&*f0, "de" | "d") && matches!(&*f1, "limite" | "limites" | "bordure"))
            || (matches!(&*f0, "la" | "le" | "l")
                && f1 == "de"
                && matches!(&*f2, "limite" | "limites" | "bordure")))
        && lower_or_initial(p0)
    {
        return true;
    }
    // (round 68) "the whole of Wester Ross pays the price": a land taken whole
    if f0 == "of"
        && f1 == "whole"
        && f2 == "the"
        && ctx.lang == crate::extract::types::Lang::En
        && lower_or_initial(p2)
        // (a name of two words: not "the whole of Tolkien", "the whole of Beethoven's")
        && ctx
            .toks
            .get(first + 1)
            .is_some_and(|t| t.kind == TokKind::Word && t.cap && t.start > ctx.toks[first].end)
    {
        return true;
    }
    // "originally from Kalgoorlie", "a man who hails from X": an origin, not a source
    if f0 == "from"
        && matches!(
            &*f1,
            "originally" | "hails" | "hailing" | "hailed" | "comes" | "came" | "fled" | "moved"
        )
    {
        return true;
    }
    // (round 65) "cet éleveur de X", "les maires de X", "depuis le X": in French a farmer's,
    // a dweller's or a mayor's "de", and "depuis" with an article, put a place after them
    // ("depuis Mitterrand", "depuis Twitch" name no place)
    if ctx.lang == crate::extract::types::Lang::Fr
        && ((matches!(&*f0, "de" | "d") && DWELLERS_DE.contains(&&*f1) && lower_or_initial(p1))
            // ("des commerçants de l’Estuaire")
            || (matches!(&*f0, "l" | "la" | "le")
                && f1 == "de"
                && DWELLERS_DE.contains(&&*f2)
                && lower_or_initial(p2))
            // ("depuis le Cap Corse ou la Castagniccia")
            || (matches!(&*f0, "le" | "la" | "l") && f1 == "depuis" && lower_or_initial(p1)))
    {
        return true;
    }
    // "a rancher from X", "a 34-year-old from X": where people come from
    if super::origins::people_from(ctx, &f0, p1, first) && lower_or_initial(p0) {
        return true;
    }
    // (round 64) "an embankment along the Teesta", "villages along the Jamuna": a river, a
    // coast or a border after "along the"
    if f0 == "the"
        && f1 == "along"
        && ctx.lang == crate::extract::types::Lang::En
        && lower_or_initial(p1)
    {
        return true;
    }
    // "the left bank of the X", "upstream of the X", "the mouth of the X": a river
    if f0 == "the" && f1 == "of" && super::river_banks::river_part_before(ctx, p1, &f2) {
        return true;
    }
    // "the line to Westport", "going into Galway"
    if matches!(&*f0, "to" | "into")
        && !ctx.toks[p0.unwrap_or(first)].cap
        && MOTION_TO_SET.contains(&f1)
    {
        return true;
    }
    // "relier La Riche à Chambray", "la ligne reliant Brive": in French only places are linked
    if matches!(
        &*f0,
        "relier" | "relie" | "relient" | "reliant" | "reliera" | "reliait"
    ) && lower_or_initial(p0)
    {
        return true;
    }
    // "le canal enjambe la X", "la route longe le X": a verb of what a river or a land does
    if super::origins::river_verb(ctx, &f0, &f1, p1) && lower_or_initial(p0) && lower_or_initial(p1)
    {
        return true;
    }
    // "dans le Quercy", "dans l’Hérault", "dans les Cévennes"
    if matches!(&*f0, "le" | "la" | "l" | "les") && f1 == "dans" && lower_or_initial(p0) {
        return true;
    }
    // "across the Riverina", "throughout the Midlands", "near the Coorong", "fishermen on the
    // Tonle Sap", "soils on the Prairies"
    if f0 == "the"
        && matches!(
            &*f1,
            "across" | "throughout" | "near" | "around" | "towards" | "toward" | "in" | "on"
        )
        && lower_or_initial(p1)
    {
        return true;
    }
    // "la zone industrielle de X", "la zone aéroportuaire de X"
    if matches!(&*f0, "de" | "d") && f2 == "zone" && p1.is_some_and(|p| !ctx.toks[p].cap) {
        return true;
    }
    // "la centrale solaire de X", "le barrage de X": a facility is named after its town
    // (not its owner's: "la mine de Karim", "le chantier de Moussa Diallo")
    if super::fr_bodies::facility_of(ctx, p0, p1, p2) {
        // ("la scierie de X, à Y": the town comes after, X owns the facility)
        return !super::origins::owner_named(ctx, first)
            && !super::local_bodies::facility_owner(ctx, first)
            // ("le circuit de Formule 1": a series and its number, no town)
            && !ctx
                .next_word(first)
                .is_some_and(|n| ctx.w(n).starts_with(|c: char| c.is_ascii_digit()));
    }
    // "la harde de caribous de X": a herd is named after its range
    if matches!(&*f0, "de" | "d") && super::region_cues::herd_of(ctx, p1, &f1, &f2, p2) {
        return true;
    }
    // "elles habitent dans X", "à Sorelle ou dans X": the Québec "dans" with no article
    if f0 == "dans"
        && p0.is_some_and(|p| p + 1 == first)
        && super::region_cues::dans_region(ctx, p0.unwrap_or(first), &f1, p1)
    {
        return true;
    }
    // "habitants de X", "le département de l’Ariège", "the town of X"
    if matches!(&*f0, "de" | "d" | "du" | "des" | "of") {
        // "l’entreprise X AG, de Y, a remporté": the firm's town (round 53)
        if super::firm_towns::town_after_firm(ctx, first) {
            return true;
        }
        // "une famille de X" (round 53)
        if super::firm_towns::family_of(ctx, first, p2, &f1) {
            return true;
        }
        // "une famille de X ou d’Y", "les habitants de X et de Y": the second name of a
        // coordination whose first is a place by its cue (round 53)
        if matches!(&*f0, "de" | "d")
            && matches!(&*f1, "ou" | "et")
            && p1.is_some_and(|p| !ctx.toks[p].cap)
            && p2.is_some_and(|x| super::firm_towns::coordinated_after_place(ctx, x))
        {
            return true;
        }
        let noun = if matches!(&*f1, "la" | "l" | "le" | "les") {
            &f2
        } else {
            &f1
        };
        // ("l’échevin du Tourisme", "l’échevin des Finances": with an article,
        // an alderman's portfolio, no town)
        if matches!(&**noun, "echevin" | "echevins")
            && (&*f0 == "du" || &*f0 == "des" || noun == &f2)
        {
            return false;
        }
        // ("le ballon est arrivé au pied de X", "flowers at the foot of X": a bare lone name
        // there is a player or a statue's subject as often as a mountain)
        if matches!(&**noun, "pied" | "foot")
            && noun == &f1
            && matches!(&*f0, "de" | "d" | "of")
            && !ctx.toks.get(first + 1).is_some_and(|t| t.cap)
        {
            return false;
        }
        return PLACE_OF_SET.contains(noun)
            || plural_of_places(noun)
            || super::region_nouns::area_of(noun, &f0)
            || super::place_heads::noun_adjective_de(ctx, &f1, &f2, p2)
            || town_police(&f1, &f2, &f0);
    }
    // "the main road through X", "la route qui passe par X", "à travers X"
    if super::routes::route_before(ctx, first, p0, &f0, (p1, &f1), (p2, &f2)) {
        return true;
    }
    if matches!(&*f0, "la" | "l" | "le") && matches!(&*f1, "de" | "d") && PLACE_OF_SET.contains(&f2)
    {
        return true;
    }
    false
}

/// "la police locale d’X", "la police municipale de X": a town's police, named after the town
/// (not "la police fédérale de Belgique", which the gazetteer knows, nor "du X": a body's own).
fn town_police(f1: &str, f2: &str, f0: &str) -> bool {
    f2 == "police"
        && matches!(f0, "de" | "d")
        && matches!(
            f1,
            "locale" | "municipale" | "cantonale" | "communale" | "intercommunale"
        )
}

/// "le Roubion", "sur l’Oust": in French a lone unknown name after a lowercase masculine or elided
/// article is a river, a mountain or a region more often than a body, whose names mostly come
/// after a noun ("la société X") or stand bare; but not where an employer or a source goes
/// ("chercheuse à l’Inrae", "d’après l’Anssi") nor after "et" ("l’université et le Cirad").
pub fn fr_article_before(ctx: &Ctx, first: usize) -> bool {
    let p0 = ctx.prev_word(first);
    let p1 = p0.and_then(|p| ctx.prev_word(p));
    ctx.lang == crate::extract::types::Lang::Fr
        && p0.is_some_and(|p| !ctx.toks[p].cap && matches!(&*ctx.f(p), "le" | "l"))
        && !matches!(&*fw(ctx, p1), "a" | "apres" | "et" | "ou" | "chez" | "par")
}

/// "including the Okanagan, where…", "à Rezé, où…": a name followed by ", where" / ", où" is a
/// place, unless an employer's preposition comes before it ("at Google, where she worked").
pub fn where_after(ctx: &Ctx, first: usize, last: usize) -> bool {
    let n = ctx.toks.len();
    let w = |j: usize| if j < n { ctx.w(j) } else { "" };
    w(last + 1) == ","
        && matches!(w(last + 2), "where" | "où")
        // ("At Maroubra, where…": a sentence's opening "At" is a place's)
        && (ctx.prev_word(first).is_some_and(|p| ctx.toks[p].initial && ctx.w(p) == "At")
            || !matches!(
            &*fw(ctx, ctx.prev_word(first)),
            "at" | "chez" | "joined" | "rejoint" | "by" | "par" | "for" | "pour"
        ))
}

/// A one-word known place (no nationality adjective) spelled by word `j`.
pub fn known_place(ctx: &Ctx, j: usize) -> bool {
    ctx.toks[j].cap && super::gazetteer::is_place_name(ctx.w(j))
}

/// "in Memphis, Reno and …", "de Lyon et Pinsac", "Reno or Boise": a name listed right after
/// or right before a known one-word place, with a comma or "and"/"et"/"or"/"ou", is a place.
/// (Round 60) "la traverse Matane–Godbout": an en dash touching both names links them too, the
/// two ends of a route.
pub fn listed_with_place(ctx: &Ctx, first: usize, last: usize) -> bool {
    let n = ctx.toks.len();
    let joint = |j: usize| match ctx.w(j) {
        "," | "and" | "et" | "or" | "ou" => true,
        "–" => {
            ctx.toks[j].start == ctx.toks[j - 1].end && ctx.toks[j + 1].start == ctx.toks[j].end
        }
        _ => false,
    };
    let before = first >= 2 && joint(first - 1) && known_place(ctx, first - 2);
    // ("the Gower and west Wales": a lowercase compass word before the known place)
    let after = last + 2 < n
        && joint(last + 1)
        && (known_place(ctx, last + 2)
            || (last + 3 < n
                && !ctx.toks[last + 2].cap
                && COMPASS_BEFORE.contains(&ctx.w(last + 2))
                && known_place(ctx, last + 3)));
    before || after
}

/// (Round 61) "à Ariana, à La Marsa et à Ben Arous", "in Leeds, in Bradford and in X": the
/// name (from `first`) after a preposition of place that repeats in a list, one of whose
/// items before it is a known one-word place (three items back at most).
pub fn prep_list_with_place(ctx: &Ctx, first: usize) -> bool {
    let toks = ctx.toks;
    let prep = |j: usize| !toks[j].cap && matches!(ctx.w(j), "à" | "au" | "in" | "at");
    let joint = |j: usize| matches!(ctx.w(j), "," | "et" | "and" | "ou" | "or");
    if first < 3 || !prep(first - 1) || !joint(first - 2) {
        return false;
    }
    // back over the items: the capitalised words before each joint, then their preposition
    let mut j = first - 2;
    for _ in 0..3 {
        let end = j; // (the joint after the item)
        let mut k = end;
        while k > 0 && toks[k - 1].kind == TokKind::Word && toks[k - 1].cap && end - k < 4 {
            k -= 1;
        }
        if k == end || k == 0 || !prep(k - 1) {
            return false;
        }
        if (k..end).any(|w| known_place(ctx, w)) {
            return true;
        }
        // the item before: its joint before its preposition
        if k < 2 || !joint(k - 2) {
            return false;
        }
        j = k - 2;
    }
    false
}

/// "la région Occitanie", "la région Grand Est", "le département Gers".
pub fn region_before(ctx: &Ctx, first: usize) -> bool {
    ctx.prev_word(first).is_some_and(|p| {
        !ctx.toks[p].cap
            && (matches!(&*ctx.f(p), "region" | "departement" | "province" | "canton")
                // "communities in north Galway and south Mayo": a lowercase compass word
                // straight before the name
                || (p + 1 == first && COMPASS_BEFORE.contains(&ctx.w(p))))
    })
}

/// "between Athenry and Claremorris", "entre Le Monastier et Béziers": the name (tokens
/// `first..=last`) is one of two capitalised names joined by "and"/"et" after "between"/"entre",
/// and no noun of parties ("talks between", "un accord entre") comes before.
pub fn between_places(ctx: &Ctx, first: usize, last: usize) -> bool {
    let n = ctx.toks.len();
    // "des gares, de X à Y", "hamlets from X to Y"
    if super::origins::range_after_places(ctx, first, last)
        || super::place_ends::stretch_to_town_spot(ctx, first, last)
    {
        return true;
    }
    let and = |j: usize| matches!(ctx.w(j), "and" | "et");
    let cap =
        |j: Option<usize>| j.is_some_and(|j| ctx.toks[j].cap && ctx.toks[j].kind == TokKind::Word);
    let between = |b: usize| {
        !ctx.toks[b].cap
            && matches!(ctx.w(b), "between" | "entre")
            && !ctx
                .prev_word(b)
                .is_some_and(|p| BETWEEN_PARTIES.contains(&&*ctx.f(p)))
    };
    if between_list(ctx, first, last, &between) {
        return true;
    }
    // the first of the two: "between X and Y"
    if let Some(b) = ctx.prev_word(first)
        && between(b)
        && last + 1 < n
        && ctx.next_word(last).is_some_and(|a| a == last + 1 && and(a))
        && cap(ctx.next_word(last + 1))
    {
        return true;
    }
    // the second: walk back over the first name (up to four words)
    let Some(a) = ctx.prev_word(first).filter(|&a| and(a)) else {
        return false;
    };
    // ("between the old market and X": a common place's noun phrase first, round 55)
    if common_place_before(ctx, a, &between) {
        return true;
    }
    let mut j = a;
    for _ in 0..4 {
        let Some(p) = ctx.prev_word(j) else {
            return false;
        };
        if between(p) {
            return j < a;
        }
        if !ctx.toks[p].cap && !matches!(ctx.w(p), "de" | "du" | "of" | "la" | "le" | "l") {
            return false;
        }
        j = p;
    }
    false
}

/// (Round 61) "farms between Matamata, Te Aroha and Paeroa", "entre Jendouba, Béja et Siliana":
/// the name (tokens `first..=last`) stands in a list of three names or more after "between",
/// capitalised words apart from the commas and the one "and"/"et" before the last.
fn between_list(ctx: &Ctx, first: usize, last: usize, between: &dyn Fn(usize) -> bool) -> bool {
    let toks = ctx.toks;
    let and = |j: usize| matches!(ctx.w(j), "and" | "et");
    let in_list =
        |j: usize| toks[j].kind == TokKind::Word && toks[j].cap || ctx.w(j) == "," || and(j);
    // back to "between" over the list's tokens (a dozen at most)
    let mut b = first;
    let mut steps = 0;
    loop {
        if b == 0 || steps > 12 {
            return false;
        }
        b -= 1;
        steps += 1;
        if between(b) {
            break;
        }
        if !in_list(b) {
            return false;
        }
    }
    // forward from "between": commas and one "and", the name inside, ending after the "and"
    let (mut commas, mut ands, mut j) = (0, 0, b + 1);
    while j < toks.len() && in_list(j) && j < b + 16 {
        if ctx.w(j) == "," {
            // (a comma after the last name closes the list: "…, Te Aroha and Paeroa, processes")
            if ands > 0 {
                break;
            }
            commas += 1;
        } else if and(j) {
            ands += 1;
        }
        j += 1;
    }
    commas >= 1 && ands == 1 && last < j && !matches!(ctx.w(j - 1), "," | "and" | "et")
}

/// The "and"/"et" at `a` follows "between the …"/"entre la …" and a lowercase noun phrase of
/// up to four words ending with a noun of [`super::place_ends::TOWN_SPOTS`]: the name after "and" is the
/// route's other end, a place.
fn common_place_before(ctx: &Ctx, a: usize, between: &dyn Fn(usize) -> bool) -> bool {
    // (a byte first: the word before "and" is lowercase)
    let Some(n0) = ctx.prev_word(a).filter(|&n| n + 1 == a && !ctx.toks[n].cap) else {
        return false;
    };
    if !super::place_ends::TOWN_SPOTS.contains(&&*ctx.f(n0)) {
        return false;
    }
    let mut j = n0;
    for _ in 0..4 {
        let Some(p) = ctx.prev_word(j) else {
            return false;
        };
        if ctx.toks[p].cap {
            return false;
        }
        if matches!(ctx.w(p), "the" | "la" | "le" | "l") {
            return ctx.prev_word(p).is_some_and(between);
        }
        j = p;
    }
    false
}

/// "airports across Scotland including Kirkwall and Sumburgh", "provinces such as Ben Tre and
/// Soc Trang", "des villes comme X": names listed after "including"/"such as"/"notamment"/
/// "comme" right after a known place or a plural noun of places are places.
pub fn listed_after_places(ctx: &Ctx, first: usize) -> bool {
    list_head(ctx, first).is_some_and(|q| known_place(ctx, q) || place_plural(ctx, q))
}

/// "provinces such as Ben Luc", "des villes comme Jean-de-Luz": names listed after a plural
/// noun of places (not after a known place: "in Scotland, including John Smith") are places
/// even when they open with a given name.
pub fn listed_after_place_plural(ctx: &Ctx, first: usize) -> bool {
    list_head(ctx, first).is_some_and(|q| place_plural(ctx, q))
}

fn place_plural(ctx: &Ctx, q: usize) -> bool {
    !ctx.toks[q].cap && PLACE_PLURALS_SET.contains(&ctx.f(q))
}

/// The word before "including"/"such as"/"notamment"/"comme" that opens the list holding the
/// name at `first`.
fn list_head(ctx: &Ctx, first: usize) -> Option<usize> {
    // the word before `j`, over a comma too ("in Scotland, including X")
    let before = |j: usize| {
        ctx.prev_word(j).or_else(|| {
            (j >= 2 && ctx.w(j - 1) == ",")
                .then(|| ctx.prev_word(j - 1))
                .flatten()
        })
    };
    let mut j = first;
    // walk back over earlier members of the list: "X, Y and"
    for _ in 0..8 {
        let p = before(j)?;
        let f = ctx.f(p);
        if matches!(&*f, "including" | "notamment" | "comme" | "as" | "like") {
            let mut q = before(p);
            if &*f == "as" {
                q = q.filter(|&q| ctx.f(q) == "such").and_then(before);
            }
            // (round 57) "des villages entiers, comme X": the plural before its adjective
            if q.is_some_and(|q| !ctx.toks[q].cap && matches!(&*ctx.f(q), "entiers" | "entieres")) {
                q = q.and_then(|q| ctx.prev_word(q));
            }
            // ("the villages along the shore, like X": the noun the phrase locates)
            return q.map(|q| {
                if place_plural(ctx, q) {
                    q
                } else {
                    super::origins::over_place_phrase(ctx, q)
                }
            });
        }
        // ("such as Isle of Skye and X": a member's "of" between capitals)
        let of_inside = matches!(&*f, "of" | "de") && p + 1 == j && p > 0 && ctx.toks[p - 1].cap;
        if !(ctx.toks[p].cap || of_inside || matches!(&*f, "and" | "et" | "or" | "ou")) {
            return None;
        }
        j = p;
    }
    None
}

/// Plural nouns of places that introduce a list of them ("towns such as", "des communes
/// comme").
/// [`PLACE_PLURALS`] hashed: asked of the lowercase word before many names.
pub(super) static PLACE_PLURALS_SET: WordSet = WordSet::new(PLACE_PLURALS);

pub(super) const PLACE_PLURALS: &[&str] = &[
    "towns",
    "cities",
    "villages",
    "provinces",
    "counties",
    "regions",
    "states",
    "districts",
    "suburbs",
    "communities",
    "ports",
    "islands",
    "airports",
    "resorts",
    // (round 50: "settlements such as X and Y")
    "settlements",
    "townships",
    "hamlets",
    "neighbourhoods",
    "neighborhoods",
    "municipalities",
    "parishes",
    "boroughs",
    "villes",
    "communes",
    "departements",
    "iles",
    "stations",
    "quartiers",
    // (round 57) "des hameaux comme X", "des localités comme X"
    "hameaux",
    "localites",
    // (round 67) "les rivières Funa et Makelele", "the rivers Pra and Ankobra"
    "rivieres",
    "fleuves",
    "rivers",
    "lacs",
    "lakes",
];

/// Byte length of a "-based" / "-born" suffix on a word ("Lancashire-based"; round 43: "-area",
/// "-registered", "-headquartered": "its Tarvin-area plant").
pub fn based_suffix(w: &str) -> Option<usize> {
    // (each suffix ends in "d", "n" or "a": most words are refused by their last byte)
    if !matches!(w.as_bytes().last(), Some(b'd' | b'n' | b'a')) {
        return None;
    }
    ["-based", "-born", "-area", "-registered", "-headquartered"]
        .iter()
        .find(|s| w.len() > s.len() + 1 && w.ends_with(*s))
        .map(|s| s.len())
}

/// Byte length of an ownership suffix on a word ("Swedish-owned", "London-listed",
/// "Kremlin-backed"): the word before it is a modifier, not part of the name after it.
pub fn owned_suffix(w: &str) -> Option<usize> {
    [
        "-owned",
        "-controlled",
        "-listed",
        "-backed",
        "-led",
        "-run",
        "-funded",
        "-financed",
        "-linked",
        "-registered",
        "-headquartered",
    ]
    .iter()
    .find(|s| w.len() > s.len() + 1 && w.ends_with(*s))
    .map(|s| s.len())
}

/// Business nouns that a place modifies ("the Ohio company", "a Yorkshire pharmacy chain").
const PLACE_MODIFIED: &[&str] = &[
    "company",
    "firm",
    "chain",
    "startup",
    "start-up",
    "lender",
    "retailer",
    "carrier",
    "insurer",
    "manufacturer",
    "maker",
    "supermarket",
    "airline",
    "developer",
    "supplier",
    "utility",
];

/// "the Yorkshire pharmacy chain": a one-word name between an article and a
/// lowercase business noun (up to two words later) is a place modifier.
pub fn place_modifier(ctx: &Ctx, first: usize, last: usize) -> bool {
    let art = ctx.prev_word(first).map(|p| ctx.f(p)).unwrap_or_default();
    if !matches!(&*art, "the" | "a" | "an") || ctx.toks[first].allcaps {
        return false;
    }
    for j in last + 1..(last + 3).min(ctx.toks.len()) {
        let t = &ctx.toks[j];
        if t.kind != TokKind::Word || t.cap {
            return false;
        }
        if PLACE_MODIFIED.contains(&&*ctx.f(j)) {
            return true;
        }
    }
    false
}

const SPOKES: &[&str] = &["spokesperson", "spokesman", "spokeswoman", "porte-parole"];

/// Evidence that a one-word name is an organisation: "a spokesperson for X",
/// "X's spokesperson", "X, which", "X did not respond to a request for comment",
/// "X declined to comment", "X n’a pas souhaité commenter", "X n’a pas répondu".
pub fn org_verb_cue(ctx: &Ctx, first: usize, last: usize) -> bool {
    let p0 = ctx.prev_word(first);
    let p1 = p0.and_then(|p| ctx.prev_word(p));
    if matches!(&*fw(ctx, p0), "for" | "de" | "d" | "du") && SPOKES.contains(&&*fw(ctx, p1)) {
        return true;
    }
    // (round 60) "an organiser for X", "a coordinator with X": a union's or a campaign's
    if matches!(&*fw(ctx, p0), "for" | "with")
        && matches!(
            &*fw(ctx, p1),
            "organiser" | "organizer" | "organisers" | "organizers" | "coordinator"
        )
    {
        return true;
    }
    let n = ctx.toks.len();
    let w = |j: usize| if j < n { ctx.f(j) } else { Cow::Borrowed("") };
    if matches!(&*w(last + 1), "'") && matches!(&*w(last + 2), "s") {
        return SPOKES.contains(&&*w(last + 3));
    }
    // ("a school in Pencarn, which will…": after "in" or "near" a place takes "which" too)
    if w(last + 1) == "," && w(last + 2) == "which" {
        return !(matches!(&*fw(ctx, p0), "in" | "near") && place_before(ctx, first));
    }
    // skip a closed apposition: "Valeo, partenaire historique, n’a pas souhaité commenter"
    let mut j = last + 1;
    if w(j) == "," {
        match (j + 1..(j + 12).min(n))
            .find(|&i| ctx.toks[i].kind == TokKind::Punct && ctx.w(i) != "’" && ctx.w(i) != "'")
        {
            Some(c) if ctx.w(c) == "," => j = c + 1,
            _ => return false,
        }
    }
    // a phrase opens with a word (it never opens on an apostrophe) and the folded words have no
    // space: unless the first word opens a phrase, none of them can match (most calls stop here)
    if j < n && ctx.toks[j].kind == TokKind::Word {
        let first = ctx.f(j);
        let opens =
            |v: &&str| v.as_bytes().get(first.len()) == Some(&b' ') && v.starts_with(&*first);
        // (a word with no space opens a phrase when it is the phrase's first word: the first
        // words hashed once answer in one lookup, no scan of the phrases)
        static OPENERS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
            std::sync::OnceLock::new();
        let opened = if first.contains(' ') {
            ORG_VERBS.iter().any(opens)
        } else {
            OPENERS
                .get_or_init(|| {
                    ORG_VERBS
                        .iter()
                        .filter_map(|v| v.split_once(' ').map(|(h, _)| h))
                        .collect()
                })
                .contains(&*first)
        };
        if !opened {
            return false;
        }
    }
    // the next few words, as folded text
    let mut next = String::new();
    let start = j;
    while j < n && j < start + 6 {
        if ctx.toks[j].kind == TokKind::Word {
            next.push_str(&w(j));
            next.push(' ');
        } else if !matches!(ctx.w(j), "’" | "'") {
            break;
        }
        j += 1;
    }
    const ORG_VERBS: &[&str] = &[
        "did not respond to",
        "did not immediately respond",
        "did not return",
        "declined to comment",
        "declined to respond",
        "did not reply",
        "has not responded",
        "had not responded",
        "n a pas souhaite",
        "n a pas repondu",
        "ne souhaite pas",
        "n a pas donne suite",
        "n avait pas repondu",
        "n a pas reagi",
    ];
    ORG_VERBS.iter().any(|v| next.starts_with(v))
}

/// Present-tense verbs that often follow an institution name and end it.
const VERBS_AFTER: &[&str] = &[
    "recommande",
    "alerte",
    "appelle",
    "reclame",
    "etudie",
    "prevoit",
    "confirme",
    "pointe",
    "note",
    "constate",
    "met",
    "prend",
    "ouvre",
    "ferme",
    "organise",
    "rend",
    "publiera",
    "signe",
    "signent",
    "gere",
    "gerent",
    "emploie",
    "compte",
    "regroupe",
    "represente",
    "finance",
];

/// Future, conditional and imperfect endings: verbs, not name words.
pub fn verb_like(f: &str) -> bool {
    VERBS_AFTER.contains(&f)
        || [
            "era", "eront", "erait", "eraient", "ait", "aient", "iront", "ira",
        ]
        .iter()
        .any(|e| f.len() > e.len() + 2 && f.ends_with(e))
}

/// A one-word name the gazetteer knows as an organisation ("Microsoft", "Nvidia").
fn known_org(ctx: &Ctx, j: usize) -> bool {
    ctx.toks[j].cap
        && super::gazetteer::whole_hit(ctx.w(j)).is_some_and(|h| {
            !h.demonym && super::gazetteer::GAZ.entries[h.entry].kind == EntityKind::Organization
        })
}

/// "Microsoft, Salesforce and Intuit", "Eisai et Biogen": a name listed right after or right
/// before a known one-word organisation, with a comma or "and"/"et", is one too.
pub fn listed_with_org(ctx: &Ctx, first: usize, last: usize) -> bool {
    let n = ctx.toks.len();
    let joint = |j: usize| matches!(ctx.w(j), "," | "and" | "et");
    (first >= 2 && joint(first - 1) && known_org(ctx, first - 2))
        || (last + 2 < n && joint(last + 1) && known_org(ctx, last + 2))
}

/// "Iker Etxeberria (Movistar)", "le Fonds européen de développement régional (Feder)": a lone
/// unknown name alone in brackets is an affiliation (a team, a party, an employer) or an
/// acronym, an organisation either way (a known place there is found before: "(Hérault)").
pub fn bracketed(ctx: &Ctx, first: usize, last: usize) -> bool {
    first >= 1
        && last + 1 < ctx.toks.len()
        && ctx.w(first - 1) == "("
        && ctx.w(last + 1) == ")"
        && !place_in_brackets(ctx, first, last)
}

/// "in Lampeter (Llanbedr Pont Steffan)", "Vohémar (Iharana)": a name alone in brackets
/// right after a place's, a known one or one after a preposition of place, is that place's
/// other name (round 60); not capitals ("Lyon (AFP)"), nor a dateline's agency before its
/// dash ("SWANSEA, Wales (Reuters) -").
pub fn place_in_brackets(ctx: &Ctx, first: usize, last: usize) -> bool {
    let toks = ctx.toks;
    first >= 2
        && last + 1 < toks.len()
        && ctx.w(first - 1) == "("
        && ctx.w(last + 1) == ")"
        && !toks[first].allcaps
        && (last + 2 >= toks.len() || !matches!(ctx.w(last + 2), "—" | "–" | "-"))
        && toks[first - 2].kind == TokKind::Word
        && toks[first - 2].cap
        // (not a place closing a body's name: "… de Nouvelle-Aquitaine (Drac)")
        && ((known_place(ctx, first - 2)
            && ctx
                .prev_word(first - 2)
                .is_none_or(|p| !matches!(ctx.w(p), "de" | "du" | "des" | "d" | "of" | "the")))
            || place_before(ctx, first - 2)
            // (round 68) "Stewart Island (Rakiura)", "Mount Taranaki (Taranaki Maunga)": a
            // landform's noun ending the name before the bracket, the land's other name
            || landform_named(ctx.w(first - 2)))
}

/// (Round 68) A landform's noun, capitalised, that ends a place's name before its other name
/// in brackets ("Stewart Island (Rakiura)").
pub(super) fn landform_named(w: &str) -> bool {
    matches!(
        w,
        "Island"
            | "Islands"
            | "Isle"
            | "Mount"
            | "Mountain"
            | "Lake"
            | "River"
            | "Bay"
            | "Peninsula"
            | "Valley"
            | "Harbour"
            | "Harbor"
            | "Sound"
            | "Range"
    )
}

/// "research at Genentech in South San Francisco": a lone name between "at" and "in" and a
/// capitalised place is where someone works or studies, an organisation.
pub fn at_then_in(ctx: &Ctx, first: usize, last: usize) -> bool {
    let n = ctx.toks.len();
    first >= 1
        && last + 2 < n
        && ctx.w(first - 1) == "at"
        && ctx.w(last + 1) == "in"
        && ctx.toks[last + 2].cap
        && ctx.toks[last + 2].kind == TokKind::Word
}

/// "l’université de Montpellier et le Cirad", "the Arts Council and Halcyon": a lone name
/// joined by "and"/"et" (and an article) to an organisation found by a cue just before it.
pub fn listed_after_org(ctx: &Ctx, first: usize, out: &[super::candidates::Cand]) -> bool {
    let mut j = first;
    if j >= 1 && matches!(&*ctx.f(j - 1), "the" | "le" | "la" | "les" | "l") {
        j -= 1;
    }
    if j < 2 || !matches!(ctx.w(j - 1), "and" | "et" | ",") {
        return false;
    }
    let end = ctx.toks[j - 2].end;
    out.iter().rev().take(8).any(|c| {
        c.block as usize == ctx.block
            && c.end as usize == end
            && c.kind == EntityKind::Organization
            && c.strength >= 2
    })
}

/// "sources told the Guardian": a lone name after "told the" is who was told, a newspaper, a
/// broadcaster or a body (a person takes no article). (Round 60) "elections to the Løgting",
/// "elected to the Storting": an assembly.
pub fn told_the(ctx: &Ctx, first: usize) -> bool {
    first >= 2
        && ctx.w(first - 1) == "the"
        && match ctx.w(first - 2) {
            "told" => true,
            "to" => first >= 3 && matches!(ctx.w(first - 3), "elections" | "election" | "elected"),
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn based_suffix_strips() {
        assert_eq!(based_suffix("Lancashire-based"), Some(6));
        assert_eq!(based_suffix("-based"), None);
        assert_eq!(based_suffix("Lyon"), None);
    }
}

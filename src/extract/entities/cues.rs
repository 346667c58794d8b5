//! Context cues around a run: titles, appositions, saying verbs, organisation
//! introducers, product introducers and quotes.

use super::classify::lex;
use super::classify::{Ctx, WordSet};
use super::gazetteer::GAZ;
use super::text::{TokKind, fold};
use crate::extract::types::{EntityKind, Lang};

const APPOS_STOP: &[&str] = &[
    "led", "which", "who", "that", "based", "founded", "whose", "qui", "dont", "que", "fondee",
    "fonde", "basee", "base", "owned", "run", "backed", "said", "says", "a", "est", "has", "is",
];
/// [`APPOS_STOP`] looked up by hash (asked of each word of an apposition).
static APPOS_STOP_SET: WordSet = WordSet::new(APPOS_STOP);

pub fn in_quotes(ctx: &Ctx, mut first: usize, last: usize) -> bool {
    while first > 0
        && ctx.toks[first - 1].kind == TokKind::Word
        && ctx.is(first - 1, lex::FUNCTION_WORD)
    {
        first -= 1;
    }
    first > 0
        && last + 1 < ctx.toks.len()
        && matches!(ctx.w(first - 1), "«" | "“" | "\"")
        && matches!(ctx.w(last + 1), "»" | "”" | "\"")
}

pub fn followed_by_intro(ctx: &Ctx, last: usize) -> bool {
    let t = ctx.toks;
    if last + 3 >= t.len() || ctx.w(last + 1) != "," {
        return false;
    }
    let det = ctx.f(last + 2);
    // (French "a" is the verb: "X, a appelé…"; "X, a mission manager": a title after the
    // noun makes it a job, the name a person's)
    let article = match ctx.lang {
        Lang::Fr => matches!(&*det, "un" | "une"),
        _ => matches!(&*det, "a" | "an"),
    };
    article
        && ctx.is(last + 3, lex::PRODUCT_INTRO)
        && !(last + 4 < t.len() && !ctx.toks[last + 4].cap && ctx.is(last + 4, lex::TITLE))
        // ("the Kelvor Basin, a project with …": a geographic head keeps the place's kind
        // whatever the apposition says; round 51)
        && !GEO_HEADS.contains(&ctx.w(last))
}

/// Heads of geographic names ("the Orlak Geological Province", "the Kelvor Basin") that no
/// apposition makes a programme's name.
const GEO_HEADS: &[&str] = &[
    "Province",
    "Region",
    "Basin",
    "Plateau",
    "Shield",
    "Belt",
    "Valley",
    "Highlands",
    "Lowlands",
    "Craton",
    "Peninsula",
];

/// A title word among the few preceding tokens ("le président brésilien X", "M. X").
pub fn title_before(ctx: &Ctx, k: usize) -> bool {
    // "an analyst at the consultancy Halden Research": a noun that introduces organisations
    // straight before the name comes between it and the title
    if k > 0
        && ctx.toks[k - 1].kind == TokKind::Word
        && !ctx.toks[k - 1].cap
        && ctx.is(k - 1, lex::ORG_INTRO)
    {
        return false;
    }
    // (round 56) "pour l’agroéconomiste X", "according to hydrologist X": a noun of
    // occupation straight before the name, known or told by its ending
    if super::occupation_shapes::occupation_before(ctx, k) {
        return true;
    }
    if plural_title_before(ctx, k) {
        return true;
    }
    let mut j = k;
    let mut seen = 0;
    while j > 0 && seen < 4 {
        j -= 1;
        let t = &ctx.toks[j];
        let w = ctx.w(j);
        if t.kind == TokKind::Punct {
            if matches!(w, "." | ",") && j + 1 == k {
                // "M. X" handled by the word before; ", X" appositive after a title
                continue;
            }
            if w == "." {
                continue;
            }
            return false;
        }
        seen += 1;
        // ("the inspector's cousin, who lives outside X"): a preposition of place between
        // opens another phrase, the title none of the name's
        if !t.cap && matches!(w, "near" | "outside" | "près") {
            return false;
        }
        // French "M." (the title "Monsieur"): "M" then the full stop
        if ctx.is(j, lex::TITLE)
            || (w == "M" && ctx.lang == Lang::Fr && j + 2 == k && ctx.w(j + 1) == ".")
        {
            return true;
        }
        if t.cap && !ctx.is(j, lex::FUNCTION_WORD) {
            return false;
        }
    }
    false
}

/// English titles' plurals that stand before the names of several holders ("Commissioners
/// Janet Lancaster and Ray Kestler"); not a sovereign's, a president's, a speaker's or a
/// mayor's, which open places' and bodies' names ("Queens Park Rangers", "Kings Lynn",
/// "Presidents Day", "Speakers Corner", "Mayors Against Illegal Guns").
const PLURAL_TITLES: &[&str] = &[
    "Commissioners",
    "Justices",
    "Judges",
    "Senators",
    "Councillors",
    "Councilors",
    "Councilmembers",
    "Supervisors",
    "Trustees",
    "Representatives",
    "Delegates",
];

/// Word `j` is an English title's plural with its capital ([`PLURAL_TITLES`]; not the French
/// "Maîtres Laitiers du Cotentin", a body).
pub fn plural_title_at(ctx: &Ctx, j: usize) -> bool {
    ctx.lang == Lang::En && ctx.toks[j].kind == TokKind::Word && PLURAL_TITLES.contains(&ctx.w(j))
}

/// (Round 71) A title's plural with its capital straight before the name ("Justices Ruth
/// Okonkwo and Samuel Lincoln"), or before a first name of two or three words and "and"
/// ("Commissioners Janet Lancaster and Ray Dillinger voted"): both are holders of the title.
fn plural_title_before(ctx: &Ctx, k: usize) -> bool {
    if k >= 1 && plural_title_at(ctx, k - 1) {
        return true;
    }
    if k < 4 || ctx.w(k - 1) != "and" {
        return false;
    }
    (2..=3).any(|n| {
        k > n + 1
            && (k - 1 - n..k - 1).all(|j| ctx.toks[j].kind == TokKind::Word && ctx.toks[j].cap)
            && plural_title_at(ctx, k - 2 - n)
    })
}

/// (Round 52) Nouns of public bodies, folded, that say an organisation in an apposition as the
/// lexicon's organisation intros do ("la Tarvel, la caisse de retraite des marins",
/// "Sorvane, la régie des eaux"), though no intro before a name.
const APPOS_BODIES: &[&str] = &["caisse", "regie", "office"];

/// "X, directeur de…" → person; "X, a Californian startup" → organisation.
pub fn appositive(ctx: &Ctx, last: usize) -> Option<EntityKind> {
    if last + 2 >= ctx.toks.len() || ctx.w(last + 1) != "," {
        return None;
    }
    // "Kit Varga, a 34-year-old nurse": a person's age in apposition makes a person
    if ctx.lang == Lang::En && aged_apposition(&ctx.text[ctx.toks[last + 1].end..]) {
        return Some(EntityKind::Person);
    }
    // "Ada Marr, a market trader from…", "Lise Orvel, biologiste à…": a person's noun
    if super::person_heads::person_apposition(ctx, last) {
        return Some(EntityKind::Person);
    }
    // (round 64) "Pat Kiely, the IFA's chairman in the county, said": a body's role
    if owned_role_after(ctx, last) {
        return Some(EntityKind::Person);
    }
    for j in last + 2..(last + 6).min(ctx.toks.len()) {
        if ctx.toks[j].kind != TokKind::Word {
            if matches!(ctx.w(j), "’" | "'") {
                continue;
            }
            return None;
        }
        let f = ctx.f(j);
        // "near X and Y, and councillor Z said": "and" opens the sentence's next clause or
        // member, no apposition of the name (round 55)
        if j == last + 2 && matches!(&*f, "and" | "or" | "et" | "ou") {
            return None;
        }
        // "a" is the verb in "X, a déclaré…" but the article in "X, a town near…"
        if APPOS_STOP_SET.contains(&f) && !(f == "a" && ctx.lang == Lang::En) {
            return None;
        }
        // (round 69) "Johan Ekberg, Head of Media Relations, Nordvik Trucks AB": a head of a
        // service is a person
        // (a department's name in capitals closed by a comma: not "At Zentrix, head of sales
        // Maria Olsen resigned", "Nordvik, head of Sweden's trucking consortium, won")
        if j == last + 2
            && ctx.w(j) == "Head"
            && ctx.toks.get(j + 1).is_some_and(|_| ctx.w(j + 1) == "of")
            && (j + 2..(j + 7).min(ctx.toks.len()))
                .find(|&q| ctx.toks[q].kind != TokKind::Word)
                .is_some_and(|q| {
                    q > j + 2
                        && ctx.w(q) == ","
                        && (j + 2..q).all(|w| ctx.toks[w].cap && !ctx.given(w))
                })
        {
            return Some(EntityKind::Person);
        }
        // (round 68: "Intrum, the debt collector", "Harman, the speaker brand": titles that
        // also name things)
        if ctx.is(j, lex::TITLE) && !matches!(&*f, "speaker" | "collector") {
            // "…in Notting Hill, a spokesperson said": a clause, not an apposition
            let says = j + 1 < ctx.toks.len() && ctx.is(j + 1, lex::SAID);
            return (!says).then_some(EntityKind::Person);
        }
        // "…, the utility's chief executive": the organisation owns the head noun after it
        let owned = j + 2 < ctx.toks.len()
            && matches!(ctx.w(j + 1), "'" | "’")
            && matches!(ctx.w(j + 2), "s" | "S");
        if (ctx.is(j, lex::ORG_INTRO) || APPOS_BODIES.contains(&&*f)) && !owned {
            // (round 65) "Fondée par X, un paysan de Y, la société a prospéré": a finite verb
            // right after the noun makes it the clause's subject, no apposition
            if clause_verb_after(ctx, j) {
                return None;
            }
            // "Rhys Carne, the cabinet member for parks", "a party official": a body's noun
            // before a person's role is that person's (round 42)
            if ctx.lang == Lang::En && member_role_after(ctx, j) {
                return Some(EntityKind::Person);
            }
            // "Ada Ekwe, a trader who joined the protest": a relative "who" after the noun
            // speaks of a person ("a firm that…", "a trader that…" stay organisations)
            if super::bodies::person_relative_after(ctx, j) {
                return Some(EntityKind::Person);
            }
            return Some(EntityKind::Organization);
        }
        // "Holyhead, the Anglesey port that…", "Solwezi, a mining town" (not "the city council")
        if PLACE_APPOS_SET.contains(&f)
            && !(f == "affluent" && ctx.lang == Lang::En)
            && (!super::geo_cues::relief_appos(&f)
                || super::geo_cues::relief_appos_head(ctx, last, j, &f))
            && !(j + 1 < ctx.toks.len()
                && ctx.toks[j + 1].kind == TokKind::Word
                && ctx.is(j + 1, lex::ORG_CUE))
            // ("Kellow, a district judge", "a borough councillor": a noun before a person's
            // or a body's; the district itself ends the phrase or takes a preposition)
            && !(matches!(&*f, "district" | "borough")
                && ctx.toks.get(j + 1).is_some_and(|n| {
                    n.kind == TokKind::Word
                        && !matches!(
                            ctx.w(j + 1),
                            "in" | "on" | "of" | "near" | "north" | "south" | "east" | "west"
                                | "along" | "where" | "that" | "which" | "with" | "outside"
                        )
                }))
        {
            return Some(EntityKind::Place);
        }
    }
    None
}

/// (Round 65) Token `j + 1` is an auxiliary or a clitic that opens a finite verb: the noun
/// at `j` is the subject of a clause ("…, la société a prospéré", "…, the company has said").
fn clause_verb_after(ctx: &Ctx, j: usize) -> bool {
    j + 1 < ctx.toks.len()
        && ctx.toks[j + 1].kind == TokKind::Word
        && !ctx.toks[j + 1].cap
        // (round 68) "in West Kalimantan, the firm said": a verb of saying too
        && (ctx.is(j + 1, lex::SAID) || match ctx.lang {
            Lang::Fr => matches!(
                &*ctx.f(j + 1),
                "a" | "ont"
                    | "avait"
                    | "avaient"
                    | "est"
                    | "sont"
                    | "etait"
                    | "etaient"
                    | "sera"
                    | "seront"
                    | "va"
                    | "vont"
                    | "doit"
                    | "peut"
                    | "ne"
                    | "n"
                    | "se"
                    | "s"
            ),
            _ => matches!(
                &*ctx.f(j + 1),
                "has" | "had" | "is" | "was" | "will" | "would" | "could" | "must" | "did"
            ),
        })
}

/// (Round 64) The apposition after the name ending at `last` is a body's role in English: ",
/// (the) NAME's (up to two plain words) ROLE" ("the IFA's chairman", "Acme's chief
/// executive", "the union's regional coordinator"), the role one of [`OWNED_ROLES`].
fn owned_role_after(ctx: &Ctx, last: usize) -> bool {
    let n = ctx.toks.len();
    if ctx.lang != Lang::En {
        return false;
    }
    let mut j = last + 2;
    if j < n && ctx.w(j) == "the" {
        j += 1;
    }
    let body = j;
    while j < n && j < body + 4 && ctx.toks[j].kind == TokKind::Word && ctx.toks[j].cap {
        j += 1;
    }
    if j == body || j + 1 >= n || !matches!(ctx.w(j), "’" | "'") || !matches!(ctx.w(j + 1), "s") {
        return false;
    }
    j += 2;
    for _ in 0..3 {
        if j >= n || ctx.toks[j].kind != TokKind::Word || ctx.toks[j].cap {
            return false;
        }
        let f = ctx.f(j);
        // (roles only a person holds: "Scotland's largest fund manager", "the paper's owner"
        // may be firms; "chief" with its office after it)
        if OWNED_ROLES.contains(&&*f)
            || (f == "chief"
                && j + 1 < n
                && matches!(
                    &*ctx.f(j + 1),
                    "executive" | "officer" | "economist" | "scientist"
                ))
        {
            // ("…, the council's chief executive said": a clause, not an apposition)
            let k = if f == "chief" { j + 1 } else { j };
            return !(k + 1 < n && ctx.is(k + 1, lex::SAID));
        }
        if ctx.is(j, lex::FUNCTION_WORD | lex::SAID) {
            return false;
        }
        j += 1;
    }
    false
}

/// (Round 64) Roles after a body's possessive that only a person holds ([`owned_role_after`]).
const OWNED_ROLES: &[&str] = &[
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "vice-president",
    "secretary",
    "treasurer",
    "director",
    "founder",
    "co-founder",
    "ceo",
    "coordinator",
    "organiser",
    "organizer",
    "lawyer",
    "attorney",
    "councillor",
    "economist",
    "analyst",
];

/// Roles a body's noun may qualify: "the cabinet member", "a council official".
const MEMBER_ROLES: &[&str] = &[
    "member",
    "secretary",
    "minister",
    "official",
    "officer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "chair",
    "chairman",
    "chairwoman",
    "director",
    "manager",
    "executive",
    "worker",
    "employee",
    "boss",
    "founder",
    "volunteer",
    "captain",
    "coach",
    "lawyer",
    "analyst",
];

/// Words that make "manager" a firm's trade, not an office: "the fund manager", "a
/// property manager".
const MANAGED_ASSETS: &[&str] = &[
    "fund",
    "funds",
    "asset",
    "assets",
    "investment",
    "hedge",
    "pension",
    "property",
    "wealth",
    "portfolio",
];

/// Words that may follow a role that ends its noun phrase: "the cabinet member for parks",
/// "a council official who…".
const AFTER_ROLE: &[&str] = &["for", "of", "at", "in", "on", "with", "who", "and"];

/// The word after the body's noun at `j` is a person's role ([`MEMBER_ROLES`]) heading its noun
/// phrase: not a firm's trade ("the fund manager"), not a noun's modifier ("the team coach
/// operator", "the party leader's consultancy"), no clause's subject ("X, the company director
/// said, …"), no body speaking of itself after it ("…, a fund manager, said it opposed").
fn member_role_after(ctx: &Ctx, j: usize) -> bool {
    let r = j + 1;
    let n = ctx.toks.len();
    if r >= n || ctx.toks[r].kind != TokKind::Word || !MEMBER_ROLES.contains(&&*ctx.f(r)) {
        return false;
    }
    if ctx.f(r) == "manager"
        && (MANAGED_ASSETS.contains(&&*ctx.f(j))
            || ctx
                .prev_word(j)
                .is_some_and(|q| MANAGED_ASSETS.contains(&&*ctx.f(q))))
    {
        return false;
    }
    if r + 1 < n {
        let next = ctx.w(r + 1);
        if matches!(next, "'" | "’") {
            return false;
        }
        if ctx.toks[r + 1].kind == TokKind::Word && !AFTER_ROLE.contains(&&*ctx.f(r + 1)) {
            return false;
        }
    }
    // ("…, a fund manager, said it would sell": "it" is the body)
    !(r + 3 < n
        && ctx.w(r + 1) == ","
        && ctx.is(r + 2, lex::SAID)
        && matches!(ctx.w(r + 3), "it" | "its"))
}

/// " a 19-year-old", " an 80-year-old": an article and an age in years.
fn aged_apposition(rest: &str) -> bool {
    let rest = rest.trim_start();
    let Some(rest) = rest.strip_prefix("a ").or_else(|| rest.strip_prefix("an ")) else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) || rest[..digits].parse::<u32>().map_or(true, |n| n > 110) {
        return false;
    }
    let Some(after) = rest[digits..].strip_prefix("-year-old") else {
        return false;
    };
    // "a 150-year-old firm", "a 40-year-old town hall": the age of a thing
    let noun: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    !GAZ.sets.org_intro.contains(noun.as_str()) && !PLACE_APPOS.contains(&noun.as_str())
}

/// Nouns of an apposition that make the name before it a place.
pub(super) const PLACE_APPOS: &[&str] = &[
    "town",
    "city",
    "village",
    "port",
    "island",
    "capital",
    "suburb",
    "county",
    "province",
    "region",
    "river",
    "ville",
    "commune",
    "bourg",
    "capitale",
    "ile",
    "riviere",
    "fleuve",
    "hamlet",
    "neighbourhood",
    "neighborhood",
    "township",
    "quartier",
    "hameau",
    "localite",
    // "X, un affluent du Rhône", "X, a tributary of the Ouse", "X, a glacial lake" (round 47;
    // the English adjective "affluent" is refused where it is read)
    "affluent",
    "tributary",
    "lac",
    "lake",
    "vallee",
    "valley",
    "glacier",
    "stream",
    "canal",
    "sommet",
    "peak",
    // (round 67) "from Kurigram, a poor district on the Brahmaputra", "X, a London borough"
    "district",
    "borough",
];
/// [`PLACE_APPOS`] looked up by hash (asked of each word of an apposition).
static PLACE_APPOS_SET: WordSet = WordSet::new(PLACE_APPOS);

/// Incise: "», explique Jean Dupont", "», a déclaré Mathieu", "\", said Jane Doe".
pub fn said_before(ctx: &Ctx, k: usize) -> bool {
    if k < 2 || ctx.toks[k - 1].kind != TokKind::Word || !ctx.is(k - 1, lex::SAID) {
        return false;
    }
    // "…," said X / "…», a déclaré X" / "… ?" said X: the quote may close after the comma
    let closes = |j: usize| matches!(ctx.w(j), "," | "»" | "”" | "\"" | "?" | "!");
    if closes(k - 2) {
        return true;
    }
    k >= 3 && matches!(&*ctx.f(k - 2), "a" | "ont" | "avait") && closes(k - 3)
}

/// Participles of presiding over a body, folded, before "by"/"par" and the one who presides
/// (not "headed", "led": "a consortium headed by Ardent Mills", a firm).
const PRESIDED: &[&str] = &[
    "chaired",
    "presided",
    "preside",
    "presidee",
    "presides",
    "presidees",
];

/// (Round 71) "la Cour constitutionnelle, présidée par Kossi Abalo", "a panel chaired by Ray
/// Kestler": the one a body's participle of presiding names with "by"/"par" is a person.
pub fn presided_by_before(ctx: &Ctx, k: usize) -> bool {
    let Some(p) = ctx.prev_word(k) else {
        return false;
    };
    if !matches!(ctx.w(p), "by" | "par") {
        return false;
    }
    let Some(q) = ctx.prev_word(p) else {
        return false;
    };
    // ("a consortium chaired by Brookfield Renewable", "le consortium, présidé par …": a
    // grouping of firms is chaired by one of them)
    !ctx.toks[q].cap
        && PRESIDED.contains(&&*ctx.f(q))
        && !(q.saturating_sub(3)..q).any(|g| {
            matches!(
                &*ctx.f(g),
                "consortium" | "groupement" | "alliance" | "coalition" | "partnership"
            )
        })
}

/// "Reporting by X", "Editing by X", "Writing by X": the credit line of a wire story.
pub fn credit_before(ctx: &Ctx, k: usize) -> bool {
    let Some(p) = ctx.prev_word(k) else {
        return false;
    };
    ctx.f(p) == "by"
        && ctx.prev_word(p).is_some_and(|q| {
            matches!(
                &*ctx.f(q),
                "reporting" | "editing" | "writing" | "photographs"
            )
        })
}

/// Nouns after "X's" that only people have ("Merkel's former adviser").
const PERSON_REL: &[&str] = &[
    "wife",
    "husband",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "family",
    "widow",
    "widower",
    "adviser",
    "advisor",
    "aide",
    "aides",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "biographer",
    "successor",
    "predecessor",
    "girlfriend",
    "boyfriend",
    "niece",
    "nephew",
    "grandson",
    "granddaughter",
    "friend",
    "friends",
    "presidency",
    "premiership",
    "chancellorship",
    "re-election",
    "children",
    "parents",
    "fiancee",
    "fiance",
    "memoir",
    "memoirs",
];
const REL_MODIFIERS: &[&str] = &[
    "former",
    "late",
    "new",
    "top",
    "longtime",
    "long-time",
    "then",
    "own",
    "chief",
    "senior",
    "eldest",
    "youngest",
    "closest",
    "close",
];

/// Evidence right after a name: "X's former adviser", "X, who", "X said in a
/// statement" / "X said its", "X said he", "X a indiqué dans un communiqué".
pub fn person_or_org_after(ctx: &Ctx, last: usize) -> Option<EntityKind> {
    let toks = ctx.toks;
    let n = toks.len();
    let w = |j: usize| if j < n { ctx.w(j) } else { "" };
    if matches!(w(last + 1), "'" | "’") && matches!(w(last + 2), "s" | "S") {
        let mut j = last + 3;
        while j < n && REL_MODIFIERS.contains(&&*ctx.f(j)) {
            j += 1;
        }
        return (j < n && PERSON_REL.contains(&&*ctx.f(j))).then_some(EntityKind::Person);
    }
    if w(last + 1) == "," && w(last + 2) == "who" {
        return Some(EntityKind::Person);
    }
    // "Jess Tran, 27, who…", "Paul Martin, 58 ans, qui…": an age in apposition
    if w(last + 1) == ","
        && is_age(w(last + 2))
        && (matches!(w(last + 3), "," | ")" | "ans" | "years")
            || (w(last + 3) == "." && last + 4 >= n))
    {
        return Some(EntityKind::Person);
    }
    let mut j = last + 1;
    if matches!(w(j), "a" | "ont") {
        j += 1;
    }
    if j >= n || toks[j].kind != TokKind::Word || !ctx.is(j, lex::SAID) {
        return None;
    }
    let (a, b, c) = (fold(w(j + 1)), fold(w(j + 2)), fold(w(j + 3)));
    match (a.as_str(), b.as_str(), c.as_str()) {
        (
            "in" | "dans",
            "a" | "an" | "un" | "une" | "its" | "son",
            "statement" | "filing" | "release" | "note" | "communique" | "statements",
        ) => Some(EntityKind::Organization),
        ("its" | "it", _, _) => Some(EntityKind::Organization),
        ("he" | "she" | "his" | "her" | "him", _, _) => Some(EntityKind::Person),
        _ => None,
    }
}

/// One or two digits, not starting with 0: a person's age.
fn is_age(w: &str) -> bool {
    (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()) && !w.starts_with('0')
}

/// Jobs that introduce an employer with "at": "a vaccine expert at X".
const JOBS_AT: &[&str] = &[
    "expert",
    "experts",
    "analyst",
    "analysts",
    "economist",
    "economists",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "engineer",
    "engineers",
    "executive",
    "executives",
    "professor",
    "lecturer",
    "fellow",
    "strategist",
    "strategists",
    "partner",
    "official",
    "officials",
    "employee",
    "employees",
    "worker",
    "workers",
    "manager",
    "staff",
    "physician",
    "doctor",
    "doctors",
    "specialist",
    "investigator",
    "colleagues",
    "banker",
];

/// "chez X" (in French, an employer or a brand), "an analyst at X", "a spokesman for X".
pub fn at_employer(ctx: &Ctx, prev: Option<usize>, prev_f: &str) -> bool {
    let Some(mut p) = prev else { return false };
    if prev_f == "chez" {
        return true;
    }
    if prev_f == "the" {
        match ctx.prev_word(p) {
            Some(q) => p = q,
            None => return false,
        }
    }
    // "a spokesman for X": who speaks for a name speaks for a body
    if ctx.f(p) == "for" {
        return ctx
            .prev_word(p)
            .is_some_and(|q| matches!(&*ctx.f(q), "spokesman" | "spokeswoman" | "spokesperson"));
    }
    if ctx.f(p) != "at" {
        return false;
    }
    let Some(q) = ctx.prev_word(p) else {
        return false;
    };
    let f = ctx.f(q);
    JOBS_AT.contains(&&*f) || ctx.is(q, lex::TITLE)
}

/// "the managing director of X": the word before the name (`prev`, folded `prev_f`) is "of"
/// after a job that runs a body ([`HEADS_OF`]), so a "who" after the name is the person's
/// before it (round 42).
pub fn head_of_employer(ctx: &Ctx, prev: Option<usize>, prev_f: &str) -> bool {
    let Some(mut p) = prev else { return false };
    if prev_f == "the" {
        match ctx.prev_word(p) {
            Some(q) => p = q,
            None => return false,
        }
    }
    ctx.f(p) == "of"
        && ctx
            .prev_word(p)
            .is_some_and(|q| HEADS_OF.contains(&&*ctx.f(q)))
}

/// Jobs that name the body they run with "of": "the managing director of X", "chief
/// executive of X" (not "a friend of X", "the son of X": those are people's).
const HEADS_OF: &[&str] = &[
    "director",
    "executive",
    "chairman",
    "chairwoman",
    "chairperson",
    "ceo",
    "cfo",
    "boss",
    "owner",
    "co-owner",
    "founder",
    "co-founder",
    "cofounder",
];

/// "directrice de Brivola", "chercheuse à l’Ibrave": in French a job or a title, then
/// "de"/"du"/"à"/"au" (and an article), then a lone name: the name is the employer.
pub fn job_then_employer(ctx: &Ctx, first: usize) -> bool {
    let Some(mut p) = ctx.prev_word(first) else {
        return false;
    };
    if matches!(&*ctx.f(p), "l" | "la") {
        match ctx.prev_word(p) {
            Some(q) => p = q,
            None => return false,
        }
    }
    if ctx.toks[p].cap || !matches!(&*ctx.f(p), "de" | "du" | "d" | "a" | "au") {
        return false;
    }
    ctx.prev_word(p).is_some_and(|q| {
        !ctx.toks[q].cap && (JOBS_AT.contains(&&*ctx.f(q)) || ctx.is(q, lex::TITLE))
    })
}

/// "la start-up X", "des licornes comme X ou Y", "the company X".
pub fn org_intro_before(ctx: &Ctx, k: usize, window: usize) -> bool {
    let mut j = k;
    let mut n = 0;
    while j > 0 && n < window {
        j -= 1;
        let t = &ctx.toks[j];
        let w = ctx.w(j);
        if t.kind == TokKind::Punct {
            if matches!(w, "." | "!" | "?" | ":" | ";" | "(" | ")") {
                return false;
            }
            continue;
        }
        n += 1;
        if ctx.is(j, lex::ORG_INTRO) {
            return true;
        }
        if ctx.is(j, lex::TITLE | lex::SAID) {
            return false;
        }
    }
    false
}

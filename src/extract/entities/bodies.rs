//! Round 31b: bodies' names and persons told apart from them: a relative "who" after an
//! apposition's noun of organisations speaks of a person.

use super::candidates::{Cand, Item};
use super::classify::{Ctx, lex, opening_article};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Nouns of organisations' appositions whose usual referent is one person ("a trader", "an
/// investor"); collective nouns ("a club", "a charity", "the firm") take "who" in British
/// usage and stay bodies'.
const ONE_PERSON_NOUNS: &[&str] = &[
    "trader",
    "investor",
    "developer",
    "producer",
    "broker",
    "supplier",
    "publisher",
    "promoter",
    "distributor",
    "farmer",
    "landlord",
    "dealer",
    "retailer",
    "wholesaler",
    "contractor",
    "lender",
    "shopkeeper",
    "vendor",
    "exporter",
    "importer",
    "manufacturer",
    "financier",
];

/// The word after the apposition's noun `j`, a noun naming one person, is the English relative
/// "who" ("Ada Ekwe, a trader who joined the protest"): the name is a person's (bodies take
/// "that" or "which"; "a club who…" stays a body's).
#[inline]
pub fn person_relative_after(ctx: &Ctx, j: usize) -> bool {
    ctx.lang == Lang::En
        && j + 1 < ctx.toks.len()
        && ctx.w(j + 1) == "who"
        && ONE_PERSON_NOUNS.contains(&&*ctx.f(j))
}

/// French parks' bodies in the block ([`french_park_end`]): each pushed as an organisation,
/// its tokens masked. (One search of the lowercased text for "parc na": most blocks hold none.)
pub fn french_parks(ctx: &Ctx, masked: &mut [bool], out: &mut Vec<Cand>) {
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"parc na"));
    if ctx.lang != Lang::Fr {
        return;
    }
    bodies_found_at(ctx, &FINDER, masked, out, french_park_end);
}

/// At each match of `finder` in the lowercased block that opens an unmasked token `k`, the
/// body `ends` finds from there (its last token) pushed as an organisation, its tokens masked.
fn bodies_found_at(
    ctx: &Ctx,
    finder: &memchr::memmem::Finder<'static>,
    masked: &mut [bool],
    out: &mut Vec<Cand>,
    ends: impl Fn(&Ctx, usize, &[bool]) -> Option<usize>,
) {
    for at in finder.find_iter(ctx.lower) {
        let k = ctx.toks.partition_point(|t| t.start < at);
        if k >= ctx.toks.len() || ctx.toks[k].start != at || masked[k] {
            continue;
        }
        if let Some(end) = ends(ctx, k, masked) {
            out.push(Cand::rule(
                ctx.block,
                ctx.toks[k].start,
                ctx.toks[end].end,
                EntityKind::Organization,
                2,
            ));
            masked[k..=end].fill(true);
        }
    }
}

/// Before a lowercase "parc" (`k`), a preposition of place or a verb of a trip ("dans le
/// parc national…", "au parc national…", "près du parc…", "traverser le parc…"): the park is
/// the area visited, a place, not its body.
fn park_visited(ctx: &Ctx, k: usize) -> bool {
    const TRIP: &[&str] = &[
        "dans",
        "en",
        "travers",
        "traverser",
        "traversé",
        "visiter",
        "visité",
        "randonnée",
        "randonnées",
        "près",
        "vers",
        "sur",
    ];
    match k.checked_sub(1).map(|p| ctx.w(p)) {
        Some("au" | "aux") => true,
        Some("le" | "du") => k >= 2 && TRIP.contains(&&*ctx.f(k - 2)),
        _ => false,
    }
}

/// At "parc" or "Parc" (`k`) in French: "national" or "naturel" (and "régional", "marin" or
/// "interrégional"), "de", "du", "des" or "d’" (and "la" or "l’"), then one to three
/// capitalised words ("le Parc national des Cévennes", "le parc naturel régional du
/// Haut-Jura"): the public body that runs the park, as news name it (the area itself is
/// named without "parc"). The index of the name's last token.
fn french_park_end(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    if ctx.lang != Lang::Fr
        || k + 3 >= toks.len()
        || !matches!(ctx.w(k), "parc" | "Parc")
        || !matches!(ctx.w(k + 1), "national" | "naturel")
    {
        return None;
    }
    if ctx.w(k) == "parc" && park_visited(ctx, k) {
        return None;
    }
    let mut j = k + 2;
    if matches!(ctx.w(j), "régional" | "marin" | "interrégional") {
        j += 1;
    }
    let open = |j: usize| j < toks.len() && !masked[j];
    if !open(j) || !matches!(ctx.w(j), "de" | "du" | "des" | "d") {
        return None;
    }
    j += 1;
    // elisions and an article: "d’Iroise", "de la Vanoise", "de l’Ariège"
    while open(j) && matches!(ctx.w(j), "’" | "'" | "la" | "l") {
        j += 1;
    }
    let cap = |j: usize| open(j) && toks[j].kind == TokKind::Word && toks[j].cap;
    if !cap(j) {
        return None;
    }
    let mut end = j;
    while end < j + 2 && cap(end + 1) {
        end += 1;
    }
    // (round 64) "des Pyrénées ariégeoises", "du Morvan bourguignon": an adjective of a
    // place's people after its name
    if open(end + 1)
        && toks[end + 1].kind == TokKind::Word
        && !toks[end + 1].cap
        && super::institutions::demonym_shaped(&ctx.f(end + 1))
    {
        end += 1;
    }
    Some(end)
}

/// At "et" (`k`) right after a run holding a capitalised word: "fils", "frères" or "cie" in
/// lowercase, then no capitalised word ("la Librairie Vasseur et fils", "Morin et frères"): a
/// family firm's tail, the end of its name (its index).
/// Not when the run opens with a given name or is a known person's name ("Pierre Roux et fils
/// aîné" is a father and his son), nor when an adjective follows "fils" or "frères" ("et fils
/// aîné", "et frères cadets"); "cie" only after a firm's noun ("Garage Roux et cie", not the
/// sports idiom "Roux et cie ont déçu").
#[inline(never)]
pub fn lowercase_family_tail(
    ctx: &Ctx,
    hits: &[GazHit],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> Option<usize> {
    let toks = ctx.toks;
    let tail = k + 1;
    if tail >= toks.len()
        || masked[tail]
        || !matches!(ctx.w(tail), "fils" | "frères" | "cie")
        || run
            .last()
            .is_none_or(|i| super::classify::last_tok(i) + 1 != k)
        || toks
            .get(tail + 1)
            .is_some_and(|n| n.kind == TokKind::Word && n.cap)
    {
        return None;
    }
    let run = &run[opening_article(ctx, run)..];
    let person = |i: &Item| match *i {
        Item::Word(j) => GAZ.sets.given_names.contains(&ctx.f(j)),
        Item::Gaz { hit, first, .. } => {
            GAZ.entries[hits[hit].entry].kind == EntityKind::Person
                || GAZ.sets.given_names.contains(&ctx.f(first))
        }
        Item::Conn(_) => false,
    };
    let firm_noun = |i: &Item| matches!(*i, Item::Word(j) | Item::Gaz { first: j, .. } if FAMILY_FIRM_NOUNS.contains(&ctx.w(j)));
    let adjective = matches!(
        toks.get(tail + 1).map(|_| ctx.w(tail + 1)),
        Some("aîné" | "ainé" | "aînés" | "ainés" | "cadet" | "cadets" | "puîné")
    );
    let refused = run.first().is_none_or(person)
        || adjective
        || (ctx.w(tail) == "cie" && !run.first().is_some_and(firm_noun));
    (!refused).then_some(tail)
}

/// Firms' nouns that open a family firm's name ending in a lowercase "et cie".
const FAMILY_FIRM_NOUNS: &[&str] = &[
    "Garage",
    "Librairie",
    "Maison",
    "Boulangerie",
    "Transports",
    "Établissements",
    "Etablissements",
    "Ets",
    "Quincaillerie",
    "Charpentes",
    "Menuiserie",
    "Imprimerie",
    "Pharmacie",
    "Brasserie",
    "Entreprise",
    "Entreprises",
    "Société",
    "Atelier",
    "Ateliers",
    "Cabinet",
    "Comptoir",
    "Domaine",
    "Fonderie",
    "Scierie",
    "Papeterie",
    "Épicerie",
    "Fromagerie",
    "Charcuterie",
    "Distillerie",
    "Manufacture",
];

/// A plain capitalised word of a coordinated name: not in capitals, no function word, no
/// title, no known name of the gazetteer unless a place.
fn coordinated_word(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    j: usize,
    masked: &[bool],
) -> bool {
    let t = &ctx.toks[j];
    !masked[j]
        && t.kind == TokKind::Word
        && t.cap
        && !t.allcaps
        && !ctx.is(j, lex::TITLE | lex::FUNCTION_WORD)
        && (hit_at[j].is_none() || place_at(hits, hit_at, j))
}

/// A known place's name (no nationality adjective) starts at token `j`.
fn place_at(hits: &[GazHit], hit_at: &[Option<usize>], j: usize) -> bool {
    hit_at[j]
        .is_some_and(|h| !hits[h].demonym && GAZ.entries[hits[h].entry].kind == EntityKind::Place)
}

/// A firm's word or a body's head noun that closes a coordinated name ("… and Harbour Works",
/// "… and Delta Advisory", "… et Environnement Conseil").
fn closes_body(ctx: &Ctx, j: usize) -> bool {
    ctx.is(j, lex::ORG_CUE) || super::edges::firm_closer(ctx.w(j), false) || ctx.w(j) == "Works"
}

/// At "and" or "et" (`k`) after a run of one to three plain capitalised words (a known place
/// among them: "Corvel Dredging", "Sahara"; no given name), no word of which closes a body:
/// one to three plain capitalised words after the conjunction that end the capitalised
/// stretch with a firm's word or a body's head noun ("Corvel Dredging and Harbour Works",
/// "Sahara and Delta Advisory"): one organisation, the index of its last word. Two names when
/// "between", "both" or "entre" opens the pair ("between Marlow and Quist Holdings") or a
/// known body or an acronym stands on either side.
#[inline(never)]
pub fn coordination_closed(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> Option<usize> {
    let toks = ctx.toks;
    // (the cheap refusals first: a capitalised word right after the conjunction)
    if k + 2 >= toks.len() || masked[k + 1] || !toks[k + 1].cap || run.is_empty() {
        return None;
    }
    let run = &run[opening_article(ctx, run)..];
    let plain = |j: usize| {
        coordinated_word(ctx, hits, hit_at, j, masked)
            && !closes_body(ctx, j)
            && !GAZ.sets.given_names.contains(&ctx.f(j))
    };
    if run.is_empty()
        || run.len() > 3
        || super::classify::last_tok(&run[run.len() - 1]) + 1 != k
        || !run.iter().all(|i| match *i {
            Item::Word(j) => plain(j),
            Item::Gaz { first, last, .. } => first == last && plain(first),
            Item::Conn(_) => false,
        })
    {
        return None;
    }
    let first = super::classify::first_tok(&run[0]);
    // (past an article: "between the Marlow and Quist Holdings lawsuits")
    let mut before = first;
    if before > 0 && matches!(&*ctx.f(before - 1), "the" | "les" | "la" | "le") {
        before -= 1;
    }
    if before > 0 && matches!(&*ctx.f(before - 1), "between" | "both" | "entre") {
        return None;
    }
    // two known places before a common head ("across Tarvia and Ostrelia Health officials"),
    // or the last two of a list ("Ashby, Corvel and Tarn Council areas")
    let place = |j: usize| place_at(hits, hit_at, j);
    if (place(first) && place(k + 1)) || (first > 0 && ctx.w(first - 1) == ",") {
        return None;
    }
    let mut e = k + 1;
    while e < toks.len() && e < k + 4 && coordinated_word(ctx, hits, hit_at, e, masked) {
        e += 1;
    }
    // (a complement after it continues the name: "… and Engineering Research Council of
    // Canada" is the longer mechanism's)
    let runs_on = toks
        .get(e)
        .is_some_and(|n| n.kind == TokKind::Word && n.cap)
        || (e + 1 < toks.len()
            && matches!(ctx.w(e), "of" | "for" | "on" | "de" | "du" | "des" | "d")
            && toks[e + 1].kind == TokKind::Word);
    (e > k + 1
        && !runs_on
        && closes_body(ctx, e - 1)
        // (a known place may close it only with a word of its own: "Tarn Conseil")
        && hit_at[e - 1].is_none()
        && !super::joins::and_separates(ctx, run, k, masked))
    .then_some(e - 1)
}

/// Head nouns that close a committee's, a department's or a union's name listing its remits
/// (or its trades: "the Textile, Leather and Garment Workers Union").
const REMIT_HEADS: &[&str] = &[
    "Committee",
    "Subcommittee",
    "Commission",
    "Board",
    "Panel",
    "Council",
    "Department",
    "Directorate",
    "Taskforce",
    "Union",
];

/// At "," (`k`) right after a run ending with one to three plain capitalised words: more such
/// words after commas, then "and" and one to four capitalised words closed by a committee's or
/// a department's head noun ("Transport, Housing and Local Planning Committee",
/// "the Digital, Culture, Media and Sport Committee"): one body's name listing its remits. The
/// index in the run where the name opens and the index of its last token.
#[inline(never)]
pub fn remit_list_end(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> Option<(usize, usize)> {
    let toks = ctx.toks;
    if ctx.lang != Lang::En
        || k + 1 >= toks.len()
        || masked[k + 1]
        || !toks[k + 1].cap
        || !matches!(run.last(), Some(&Item::Word(j)) if j + 1 == k)
    {
        return None;
    }
    // the run's last one to three plain words open the list (not an adverb in "-ly", nor a
    // sentence's first word before a comma: "Separately, Housing, …")
    let adverb =
        |j: usize| ctx.w(j).ends_with("ly") || (ctx.toks[j].initial && ctx.w(j + 1) == ",");
    let mut lead = run.len();
    while lead > 0
        && run.len() - lead < 3
        && matches!(run[lead - 1], Item::Word(j) if coordinated_word(ctx, hits, hit_at, j, masked)
            && !adverb(j)
            && (lead == run.len() || super::classify::first_tok(&run[lead]) == j + 1))
    {
        lead -= 1;
    }
    if lead == run.len() {
        return None;
    }
    let word = |j: usize| j < toks.len() && coordinated_word(ctx, hits, hit_at, j, masked);
    let mut j = k;
    for _ in 0..6 {
        // "," or "and", then one to four words
        let and = match ctx.w(j) {
            "," => false,
            "and" => true,
            _ => return None,
        };
        let mut e = j + 1;
        while e < j + 5 && word(e) {
            e += 1;
        }
        if e == j + 1 || e > j + 4 && !and {
            return None;
        }
        if and {
            let last = e - 1;
            let runs_on = toks
                .get(e)
                .is_some_and(|n| n.kind == TokKind::Word && n.cap);
            return (!runs_on && REMIT_HEADS.contains(&ctx.w(last))).then_some((lead, last));
        }
        if e >= toks.len() || masked[e] {
            return None;
        }
        j = e;
    }
    None
}

/// (round 67) "the Department of Climate Change, the Environment, Energy and Water", "the
/// Ministry of Agriculture, Fisheries and Food": a department's portfolios listed with commas
/// and a last "and" are one name. Each pushed as an organisation, its tokens masked. (One
/// search of the lowercased text for "department"/"ministry": most blocks hold none.)
pub fn portfolio_departments(ctx: &Ctx, masked: &mut [bool], out: &mut Vec<Cand>) {
    static FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::LazyLock::new(|| {
            [
                memchr::memmem::Finder::new(b"department "),
                memchr::memmem::Finder::new(b"ministry "),
            ]
        });
    if ctx.lang != Lang::En {
        return;
    }
    for finder in FINDERS.iter() {
        bodies_found_at(ctx, finder, masked, out, |ctx, k, masked| {
            ctx.toks[k]
                .cap
                .then(|| portfolio_list_end(ctx, k, masked))
                .flatten()
        });
    }
}

/// The last token of the portfolios' list after "Department"/"Ministry" at `k` and "of"/"for":
/// plain capitalised words (one to three a portfolio, "the" before one but the last), a comma
/// between each, "and" before the last; none a body's own noun ("the Department of Justice,
/// the Treasury and the State Department" lists bodies), a given name or all capitals.
fn portfolio_list_end(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    // (the word at `j`, or nothing past the block's last token)
    let w = |j: usize| if j < toks.len() { ctx.w(j) } else { "" };
    if !matches!(w(k + 1), "of" | "for") {
        return None;
    }
    let mut j = k + 2;
    let mut commas = 0;
    loop {
        let last = j > k + 2 && w(j - 1) == "and";
        if !last && w(j) == "the" {
            j += 1;
        }
        let start = j;
        while j < toks.len()
            && j < start + 3
            && !masked[j]
            && toks[j].kind == TokKind::Word
            && toks[j].cap
            && !toks[j].allcaps
            && !ctx.given(j)
            && !ctx.is(j, lex::TITLE)
            && !matches!(
                w(j),
                "Department"
                    | "Ministry"
                    | "Agency"
                    | "Office"
                    | "Commission"
                    | "Bureau"
                    | "Service"
                    | "Administration"
                    | "Authority"
                    | "Council"
                    | "Court"
                    | "Police"
                    | "Board"
                    | "Committee"
                    | "Army"
                    | "Navy"
                    | "Forces"
                    | "Marines"
                    | "Guard"
                    // (round 68) "the Ohio Department of Health, and Scioto County has…": an
                    // area's noun ends a name of its own
                    | "County"
                    | "City"
                    | "Borough"
                    | "Township"
                    | "Parish"
            )
        {
            j += 1;
        }
        // (a known body or firm is listed beside the department, no portfolio of it: "the
        // Department of Agriculture, Cargill and Tyson Foods")
        if j == start
            // (a portfolio cut short by a capitalised word: "…, and Scioto County")
            || toks.get(j).is_some_and(|t| t.kind == TokKind::Word && t.cap)
            || super::gazetteer::whole_hit(&ctx.text[toks[start].start..toks[j - 1].end])
                .is_some_and(|h| GAZ.entries[h.entry].kind == EntityKind::Organization)
        {
            return None;
        }
        if last {
            // ("the Department of Natural Resources and Environment Tasmania": one "and",
            // and the state's name closing the last portfolio)
            let state_named = j - start >= 2 && super::gazetteer::is_place_name(w(j - 1));
            // (a list that runs on past its last "and" lists bodies: "…, Customs and Border
            // Protection and Immigration and Customs Enforcement")
            let runs_on = matches!(w(j), "and" | ",")
                && toks
                    .get(j + 1)
                    .is_some_and(|t| t.kind == TokKind::Word && t.cap);
            return ((commas >= 1 || state_named) && !runs_on).then_some(j - 1);
        }
        match w(j) {
            "," if toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Word) => {
                commas += 1;
                j += 1;
                // (", and Water": a serial comma before the last)
                if w(j) == "and" {
                    j += 1;
                }
            }
            "and" => j += 1,
            _ => return None,
        }
        if commas > 5 || j >= toks.len() {
            return None;
        }
    }
}

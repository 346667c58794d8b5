//! Special spans inside capitalised runs: possessive organisation names
//! ("Children's Hospital"), "X-based" place modifiers and remit lists of
//! ministries ("Department for Environment, Food and Rural Affairs").

use super::candidates::{CONNECTORS, Cand, Item, word};
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, whole_hit};
use super::text::{TokKind, fold};
use crate::extract::types::EntityKind;

/// Plural common nouns that open possessive organisation names.
const GENERIC_PLURALS: &[&str] = &[
    "children",
    "women",
    "men",
    "people",
    "peoples",
    "farmers",
    "workers",
    "veterans",
    "girls",
    "boys",
    "mothers",
    "fathers",
    "parents",
    "teachers",
    "nurses",
    "doctors",
    "citizens",
    "consumers",
    "employees",
    "families",
    "kids",
    "ladies",
    "gentlemen",
    "lawyers",
    "nations",
    "soldiers",
    "students",
    "writers",
    "artists",
    "journalists",
    "physicians",
    "seniors",
    "shriners",
    "supporters",
    "fans",
    "members",
    "residents",
    "tenants",
    "taxpayers",
    "pensioners",
    "players",
    "owners",
    "shareholders",
    "miners",
    "sailors",
    "seamen",
    "patients",
    "survivors",
    "victims",
    "fishermen",
    "fishers",
    "firemen",
    "firefighters",
    "policemen",
    "craftsmen",
    "tradesmen",
    "servicemen",
    "growers",
    "producers",
    "drivers",
    "pilots",
    "engineers",
];

/// Word `k` is a generic plural ("workers", "children") with an apostrophe right after it
/// (`k + 1` must exist).
fn plural_then_apostrophe(ctx: &Ctx, k: usize) -> bool {
    let (toks, t) = (ctx.toks, ctx.text);
    matches!(word(t, &toks[k + 1]), "'" | "’")
        && toks[k + 1].start == toks[k].end
        && GENERIC_PLURALS.contains(&fold(word(t, &toks[k])).as_str())
}

/// "Children's Hospital", "Women's Tennis Association": generic plural + 's + a
/// capitalised run that contains an organisation cue word.
pub fn possessive_in_name(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    if k + 3 >= toks.len() || masked[k + 3] {
        return false;
    }
    let t = ctx.text;
    if !plural_then_apostrophe(ctx, k)
        || !matches!(word(t, &toks[k + 2]), "s" | "S")
        || toks[k + 2].start != toks[k + 1].end
    {
        return false;
    }
    let mut j = k + 3;
    while j < toks.len() && j < k + 9 {
        let tj = &toks[j];
        if tj.kind != TokKind::Word {
            return false;
        }
        if tj.cap && ctx.is(j, lex::ORG_CUE) {
            return true;
        }
        if !tj.cap && !CONNECTORS.contains(&&*ctx.f(j)) {
            return false;
        }
        j += 1;
    }
    false
}

/// "Sheriff's Office", "Attorney General's Office": a title + 's + an organisation noun
/// straight after it, the office the title's holder runs.
pub fn title_possessive_in_name(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    k + 3 < toks.len()
        && !masked[k + 3]
        && ctx.is(k, lex::TITLE)
        && matches!(ctx.w(k + 1), "'" | "’")
        && toks[k + 1].start == toks[k].end
        && matches!(ctx.w(k + 2), "s")
        && toks[k + 2].start == toks[k + 1].end
        && toks[k + 3].kind == TokKind::Word
        && toks[k + 3].cap
        && (ctx.is(k + 3, lex::ORG_CUE)
            // (round 67) "the Court of King's Bench", "Queen's Bench": a sovereign's court
            || ctx.w(k + 3) == "Bench" && matches!(ctx.w(k), "King" | "Queen"))
}

/// Place nouns that a name and "'s" open ("Hawke's Bay", "King's Cross", "Fisher's Point").
const POSSESSED_PLACES: &[&str] = &[
    "bay", "cross", "dock", "point", "head", "island", "hill", "harbour", "harbor", "creek",
    "landing", "cove", "lynn", "reach", "wharf", "quay", "vineyard",
];

/// "Hawke's Bay", "King's Cross": a capitalised word (no acronym), "'s" straight after it and
/// a capitalised place noun are one place's name.
pub fn place_possessive_in_name(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    k + 3 < ctx.toks.len() && !masked[k + 3] && possessed_place(ctx, k)
}

/// [`place_possessive_in_name`] from word `k`, whatever is masked.
pub fn possessed_place(ctx: &Ctx, k: usize) -> bool {
    possessive_then_name(ctx, k) && POSSESSED_PLACES.contains(&&*ctx.f(k + 3))
}

/// Word `k` (not all capitals), "'s" or "’s" written straight after it, then a capitalised word
/// (not all capitals).
fn possessive_then_name(ctx: &Ctx, k: usize) -> bool {
    let toks = ctx.toks;
    k + 3 < toks.len()
        && !toks[k].allcaps
        && matches!(ctx.w(k + 1), "'" | "’")
        && toks[k + 1].start == toks[k].end
        && ctx.w(k + 2) == "s"
        && toks[k + 2].start == toks[k + 1].end
        && toks[k + 3].kind == TokKind::Word
        && toks[k + 3].cap
        && !toks[k + 3].allcaps
}

/// "Lobstermen’s Association", "Watermen's Union", "Linemen’s Guild": a capitalised plural in
/// "-men" (no generic word: a trade's), "'s" and a members' body noun straight after it are one
/// body's name (round 58; "Elaine Bowmen's Council seat" has no such plural before a surname:
/// not after a given name).
pub fn men_possessive_in_name(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let w = ctx.w(k);
    w.len() >= 6
        && w.ends_with("men")
        && ctx.toks[k].cap
        && possessive_then_name(ctx, k)
        && !masked[k + 3]
        && matches!(
            ctx.w(k + 3),
            "Association"
                | "Union"
                | "Society"
                | "Guild"
                | "Federation"
                | "Council"
                | "League"
                | "Club"
                | "Alliance"
                | "Cooperative"
                | "Co-operative"
                | "Institute"
        )
        && !(k > 0
            && ctx.toks[k - 1].kind == TokKind::Word
            && ctx.toks[k - 1].cap
            && GAZ.sets.given_names.contains(ctx.f(k - 1).as_ref()))
}

/// "St James's University Hospital", "St Mary's Priory Church", "Saint Andrew's College": a
/// saint's name and "'s" open the name of what is named after the saint (a church, a
/// hospital, a school), one name with the capitalised words after it.
pub fn saint_possessive_in_name(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    possessive_then_name(ctx, k)
        && !masked[k + 3]
        && toks[k].cap
        && (ctx
            .prev_word(k)
            .is_some_and(|p| toks[p].cap && matches!(&*ctx.f(p), "st" | "saint" | "ste"))
            // "St. Anselm's Hospital": the abbreviation's full stop between
            || (k >= 2
                && ctx.w(k - 1) == "."
                && toks[k - 1].start == toks[k - 2].end
                && matches!(ctx.w(k - 2), "St" | "Ste")))
}

/// "Valentine’s Day", "Mother’s Day": a capitalised name, "'s" and "Day" are one holiday's
/// name, not an owner (a person's or a place's) and a day (round 50).
pub fn holiday_possessive_in_name(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    possessive_then_name(ctx, k) && ctx.w(k + 3) == "Day" && !masked[k + 3] && ctx.toks[k].cap
}

/// "Workers’ Union", "Farmers' Party": a generic plural, then an apostrophe straight after it
/// and a capitalised run that contains an organisation cue word.
pub fn plural_possessive_in_name(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    if k + 2 >= toks.len() || masked[k + 2] {
        return false;
    }
    if toks[k + 2].kind != TokKind::Word
        || !toks[k + 2].cap
        || !(plural_then_apostrophe(ctx, k) || members_then_apostrophe(ctx, k))
    {
        return false;
    }
    (k + 2..(k + 6).min(toks.len()))
        .take_while(|&j| toks[j].kind == TokKind::Word && toks[j].cap)
        .any(|j| ctx.is(j, lex::ORG_CUE))
}

/// Plural endings of the nouns that name a body's members by what they do ("Lenders",
/// "Growers", "Tenants", "Dentists", "Physicians", "Trainees").
const MEMBER_PLURALS: [&str; 7] = ["ers", "ors", "ists", "ants", "ents", "ians", "ees"];

/// "Harbour Traders’ Guild", "Riverside Tenants’ Association": a capitalised plural of members
/// with a bare apostrophe straight after it (the plural possessive), not after a given name
/// ("Kenny Rogers’ …" is a person's).
fn members_then_apostrophe(ctx: &Ctx, k: usize) -> bool {
    let (toks, t) = (ctx.toks, ctx.text);
    let w = word(t, &toks[k]);
    w.len() >= 5
        && toks[k].cap
        && !toks[k].allcaps
        && toks[k + 1].start == toks[k].end
        && matches!(word(t, &toks[k + 1]), "'" | "’")
        && MEMBER_PLURALS.iter().any(|e| w.ends_with(e))
        && !(k > 0
            && toks[k - 1].kind == TokKind::Word
            && toks[k - 1].cap
            && GAZ.sets.given_names.contains(ctx.f(k - 1).as_ref()))
        && !title_before_word(ctx, k)
}

/// A title straight before `k` ("Mr Withers’", "Dr. Vance’", "Sen. Oakes’"): the word is a
/// person's surname, its possessive no body's name.
fn title_before_word(ctx: &Ctx, k: usize) -> bool {
    let mut p = k;
    if p >= 2 && word(ctx.text, &ctx.toks[p - 1]) == "." {
        p -= 1;
    }
    p >= 1 && ctx.toks[p - 1].kind == TokKind::Word && ctx.is(p - 1, lex::TITLE)
}

/// The place before "-based"/"-born", with its gazetteer identity when it has one (a
/// nationality adjective's country: "Swedish-born").
pub fn push_based_place(ctx: &Ctx, start: usize, end: usize, out: &mut Vec<Cand>) {
    let sub = &ctx.text[start..end];
    let hit = whole_hit(sub);
    let gaz = hit.map(|h| h.entry);
    out.push(Cand {
        block: ctx.block as u32,
        start: start as u32,
        end: end as u32,
        kind: EntityKind::Place,
        strength: if gaz.is_some() { 3 } else { 2 },
        gaz: gaz.map(|g| g as u32),
        demonym: hit.is_some_and(|h| h.demonym),
        soft: false,
    });
}

/// The owner before "-owned"/"-listed"/"-backed": the gazetteer entry it spells (a place, a
/// demonym's country, an organisation), else a guessed organisation.
pub fn push_owner(ctx: &Ctx, start: usize, end: usize, out: &mut Vec<Cand>) {
    let sub = &ctx.text[start..end];
    let hit = whole_hit(sub);
    out.push(Cand {
        block: ctx.block as u32,
        start: start as u32,
        end: end as u32,
        kind: hit.map_or(EntityKind::Organization, |h| GAZ.entries[h.entry].kind),
        strength: if hit.is_some() { 3 } else { 1 },
        gaz: hit.map(|h| h.entry as u32),
        demonym: hit.is_some_and(|h| h.demonym),
        soft: false,
    });
}

/// Heads of government departments whose names list their remits, then (round 53) of the
/// faculties and schools that list their fields ("School of Marine Biology, Ecology and
/// Coastal Studies").
const MINISTRY_HEADS: &[&str] = &[
    "ministry",
    "department",
    "secretary",
    "office",
    "school",
    "faculty",
];

/// (Round 71) Heads of agencies, bureaus and institutes that list their remits too ("Vermont
/// Agency of Agriculture, Food and Markets", "Institute of Food, Nutrition and Health"), under
/// stricter tests: they name bodies that are not only ministries.
const REMIT_HEADS: &[&str] = &[
    "agency",
    "bureau",
    "commission",
    "authority",
    "administration",
    "institute",
    "centre",
    "center",
];

/// Heads of academic bodies: a list after a school's or a faculty's fields that names one is
/// a list of bodies ("the School of Law, Tarvel University and Morden College").
const ACADEMIC_HEADS: &[&str] = &[
    "University",
    "College",
    "School",
    "Faculty",
    "Institute",
    "Academy",
    "Department",
];

/// At a comma inside "Ministry of X": the rest of a "X, Y and Z" remit list, or None.
pub fn ministry_list(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> Option<Vec<Item>> {
    let text = ctx.text;
    let toks = ctx.toks;
    // (at every comma: the "of" first, before any word is folded)
    let of = run
        .iter()
        .any(|i| matches!(*i, Item::Conn(j) if matches!(word(text, &toks[j]), "of" | "for")));
    if !of {
        return None;
    }
    let mut heads = run.iter().filter_map(|i| match *i {
        Item::Word(j) => Some(fold(word(text, &toks[j]))),
        _ => None,
    });
    let mut head = heads.next().unwrap_or_default();
    if head == "the" {
        head = heads.next().unwrap_or_default();
    }
    // ([`REMIT_HEADS`]: a list after "Agency of Fisheries" that names a known place, firm or
    // a town, or a given name, is a list of other things: "the Agency of Fisheries, Google and
    // Amazon")
    let strict = REMIT_HEADS.contains(&head.as_str());
    if !strict && !MINISTRY_HEADS.contains(&head.as_str()) {
        return None;
    }
    let academic = matches!(
        head.as_str(),
        "school" | "faculty" | "institute" | "centre" | "center"
    );
    let mut items = vec![Item::Conn(k)];
    let mut j = k + 1;
    let mut words_since = 0;
    let mut seen_and = false;
    while j < toks.len() && j < k + 14 && !masked[j] {
        let t = &toks[j];
        let w = word(text, t);
        if t.kind == TokKind::Word && t.cap {
            if academic && ACADEMIC_HEADS.contains(&w) {
                return None;
            }
            if strict && (whole_hit(w).is_some() || ctx.given(j) || super::towns::is_town(&fold(w)))
            {
                return None;
            }
            // (and each remit one word after those heads: "the Centre for Policy Studies,
            // Policy Exchange and Onward" lists think tanks)
            if strict && words_since == 1 {
                return None;
            }
            items.push(Item::Word(j));
            words_since += 1;
        } else if w == "," && words_since > 0 && !seen_and {
            items.push(Item::Conn(j));
            words_since = 0;
        } else if w == "and" && words_since > 0 && !seen_and {
            items.push(Item::Conn(j));
            words_since = 0;
            seen_and = true;
        } else if w == "the"
            && words_since == 0
            && seen_and
            && toks
                .get(j + 1)
                .is_some_and(|n| n.kind == TokKind::Word && n.cap)
        {
            // "Department of Agriculture, Food and the Marine"
            items.push(Item::Conn(j));
        } else {
            break;
        }
        j += 1;
    }
    (seen_and && words_since > 0).then_some(items)
}

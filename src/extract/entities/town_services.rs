//! Round 58 (q58fr2): a French town named after a lowercase service noun and "de" ("l’hôpital
//! de X", "candidat à la mairie de X") is the place only, and the capitalised tail of a French
//! body's name ("Comité de défense du Val d’X") no name of its own.

use super::candidates::{Cand, Item};
use super::classify::Ctx;
use super::gazetteer::GazHit;
use crate::extract::types::Lang;

/// Nouns of the people a body gathers that belong to another body ("le Syndicat des employés
/// de X", "l’Association des actionnaires de X"): the name after them is that body's, a name of
/// its own.
const MEMBERS_OF_BODY: &[&str] = &[
    "employes",
    "employees",
    "salaries",
    "salariees",
    "travailleurs",
    "travailleuses",
    "personnel",
    "agents",
    "cadres",
    "ouvriers",
    "ouvrieres",
    "fonctionnaires",
    "clients",
    "actionnaires",
    "lecteurs",
    "abonnes",
];

/// The capitalised tail of a French body's name `items` (the words after its head, the name
/// reaching a capitalised word) is taken with the name, no run of its own: "le Comité de
/// défense du Val d’X", "la Maison de santé du Pays Y" name the body, not "Val d’X" (over the
/// read sets, 7 such tails came out as bodies of their own, none annotated). Not after a noun
/// of another body's members ("le Syndicat des employés de X": X is the employer, named; "la
/// Société des lecteurs Le Monde": the newspaper).
pub fn tail_taken(ctx: &Ctx, items: &[Item]) -> bool {
    let Some(cap) = items
        .iter()
        .position(|i| matches!(*i, Item::Word(j) if ctx.toks[j].cap))
    else {
        return false;
    };
    let before = items[..cap].iter().rev().find_map(|i| match *i {
        Item::Word(j) => Some(j),
        _ => None,
    });
    !before.is_some_and(|j| MEMBERS_OF_BODY.contains(&&*ctx.f(j)))
}

/// Verbs taking a town hall as the office of mayor ("briguer la mairie de X").
const OFFICE_VERBS: &[&str] = &[
    "briguer",
    "brigue",
    "briguent",
    "brigue",
    "conquerir",
    "conquiert",
    "conquis",
    "remporter",
    "remporte",
    "ravir",
    "ravit",
    "garder",
    "conserver",
    "conserve",
    "perdre",
    "perdu",
];

/// Nouns before "à la mairie" taking it as the office of mayor ("les candidats à la mairie").
const OFFICE_NOUNS: &[&str] = &[
    "candidat",
    "candidate",
    "candidats",
    "candidates",
    "candidature",
    "candidatures",
    "course",
    "investiture",
    "election",
    "elu",
    "elue",
];

/// "l’hôpital de Lannion", "les candidats à la mairie de X": a run of a lowercase "hôpital" (or
/// "mairie" taken as the office of mayor), "de" and one town names the town only, no body (over
/// the read sets: of 5 hospitals so named, none annotated a body and each town a place; of 5
/// town halls, one body, and the office of mayor none). Pushes the town; `true` when taken.
pub fn town_only(ctx: &Ctx, hits: &[GazHit], run: &[Item], out: &mut Vec<Cand>) -> bool {
    let [Item::Word(h), Item::Conn(c), ref town] = *run else {
        return false;
    };
    if ctx.lang != Lang::Fr || ctx.toks[h].cap || !matches!(&*ctx.f(c), "de" | "d") {
        return false;
    }
    match &*ctx.f(h) {
        "hopital" => {}
        "mairie" if office_of_mayor(ctx, h) => {}
        _ => return false,
    }
    let Some(cand) = super::places::service_town(ctx, hits, std::slice::from_ref(town), true, 2)
    else {
        return false;
    };
    out.push(cand);
    true
}

/// "candidats à la mairie", "briguer la mairie": the town hall `h` is the office of mayor.
fn office_of_mayor(ctx: &Ctx, h: usize) -> bool {
    let Some(la) = ctx.prev_word(h).filter(|&p| ctx.f(p) == "la") else {
        return false;
    };
    let Some(p) = ctx.prev_word(la) else {
        return false;
    };
    let f = ctx.f(p);
    if OFFICE_VERBS.contains(&&*f) {
        return true;
    }
    f == "a"
        && ctx
            .prev_word(p)
            .is_some_and(|n| OFFICE_NOUNS.contains(&&*ctx.f(n)))
}

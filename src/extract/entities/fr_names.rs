//! Round 47 (French organisations): where a long French firm's or body's name starts and
//! stops: a legal form closing "X du Y SA" keeps the sentence's first word; "<acronym>
//! <Remit> et <Remit>" is one body; a family firm's "et Fils"/"et Frères" takes the legal form
//! after it; a canton's adjective after "… d’État" says which state, it is no part of the name.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Lowercase legal forms of Québec and Canadian firms ("ltée", "inc", "enr"), as written.
pub(super) fn quebec_form(w: &str) -> bool {
    matches!(w, "ltée" | "ltee" | "inc" | "enr")
}

/// (Round 65) Before the run `run` that a lowercase Québec legal form at `k` closes ("inc",
/// "ltée", "enr"), one or two lowercase words, with "de"/"du"/"des"/"la"/"l’" between, back to
/// a capitalised word that no capital precedes: "Fruits sauvages Péribonka inc.", "Fruits de
/// mer de l’Estuaire inc.". That word's index. Not past a function word or a verb ("les
/// employés de Péribonka inc.", "achetés par Péribonka inc.").
pub fn sentence_case_firm_start(
    ctx: &Ctx,
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> Option<usize> {
    let toks = ctx.toks;
    if ctx.lang != Lang::Fr || !quebec_form(ctx.w(k)) {
        return None;
    }
    let first = super::classify::first_tok(run.first()?);
    let mut lower = 0;
    let mut j = first;
    while j > 0 && first - j < 8 {
        j -= 1;
        let t = &toks[j];
        if masked[j] {
            return None;
        }
        if t.kind != TokKind::Word {
            if matches!(ctx.w(j), "’" | "'") {
                continue;
            }
            return None;
        }
        let f = ctx.f(j);
        if !t.cap {
            if matches!(&*f, "de" | "du" | "des" | "d" | "la" | "l") {
                continue;
            }
            if ctx.is(j, lex::FUNCTION_WORD | lex::SAID | lex::TITLE)
                || super::context::verb_like(&f)
                || lower == 2
            {
                return None;
            }
            lower += 1;
            continue;
        }
        // the capitalised first word: no function word, no title, and no capital before it
        let before_cap = j > 0 && toks[j - 1].kind == TokKind::Word && toks[j - 1].cap;
        // (not opening the sentence: "Nouvelle usine de Boréal inc.", "Ancien employé de X inc.")
        return (lower > 0
            && !t.allcaps
            && !t.initial
            && !before_cap
            && !ctx.is(j, lex::FUNCTION_WORD | lex::TITLE | lex::SAID)
            && !matches!(ctx.w(j + 1), "’" | "'"))
        .then_some(j);
    }
    None
}

/// `w` is a company's legal form, capitalised or not ("SA", "SAS", "Inc.", "ltée").
fn legal_form_word(w: &str) -> bool {
    // ("limitée" closes a name here, after the rule that checks it is no participle)
    super::trades::legal_form(w) || quebec_form(w) || w == "limitée"
}

/// The rest of a run after its sentence-initial first word `k` ends with a legal form, and that
/// word is a plural noun of a trade ("[Tuileries] du Val SA", "[Ateliers] de la Brume SA"): the
/// form closes a firm's name that reaches back to that word. A relation or an event before
/// the firm ("Filiale de X SA", "Rachat de X SA", "Client de X SA") stays out: only a trade
/// opens a name.
pub fn legal_form_ends(ctx: &Ctx, k: usize, rest: &[Item]) -> bool {
    matches!(rest.last(), Some(&Item::Word(j)) if ctx.toks[j].cap && legal_form_word(ctx.w(j)))
        && trade_plural(&ctx.f(k))
}

/// (round 50) The sentence-initial French article `k` opening `run` belongs to the firm's name
/// when a legal form closes it ("Les Conserveries du Lac inc.", "Les Entreprises Bolduc et Fils
/// ltée"): Québec firms are registered with their plural article. (Round 66: a singular one
/// stays out, "La Scierie Bélanger et Fils inc., de Val-d’Or, craint…", as in France.)
pub fn article_of_firm(ctx: &Ctx, k: usize, run: &[Item]) -> bool {
    ctx.lang == Lang::Fr
        && run.len() >= 3
        && ctx.w(k) == "Les"
        && matches!(run.last(), Some(&Item::Word(j)) if legal_form_word(ctx.w(j)))
}

/// (round 51) In French, the lone word `k` is a known given name and the gazetteer item `g`
/// straight after it one capitalised place word ("à Montréal Frédéric Lyon", "reçu à Tunis
/// Anne Hollande"): the given name and its surname, spelt like the place.
pub fn given_then_place_surname(ctx: &Ctx, hits: &[GazHit], k: usize, g: &Item) -> bool {
    let Item::Gaz { hit, first, last } = *g else {
        return false;
    };
    ctx.lang == Lang::Fr
        && first == last
        && first == k + 1
        && !ctx.toks[k].allcaps
        && !ctx.toks[first].allcaps
        && !hits[hit].demonym
        && GAZ.entries[hits[hit].entry].kind == EntityKind::Place
        && GAZ.sets.given_names.contains(&ctx.f(k))
}

/// Plural nouns of a trade or a works that open French firms' names besides those ending
/// like one ("-eries", "-ières"), folded.
const FIRM_PLURALS: &[&str] = &[
    "ateliers",
    "etablissements",
    "garages",
    "moulins",
    "caves",
    "domaines",
    "editions",
    "magasins",
    "carrieres",
    "forges",
    "mines",
    "salines",
    "usines",
    "transports",
    "chantiers",
];

/// `f` (folded) is a plural noun of a trade or an activity: "-eries" ("Scieries",
/// "Boulangeries", "Tuileries"), "-ières" ("Ardoisières"), or a listed one.
fn trade_plural(f: &str) -> bool {
    (f.len() > 6 && (f.ends_with("eries") || f.ends_with("ieres")))
        || FIRM_PLURALS.contains(&f)
        || super::local_bodies::TRADE_PLURALS.contains(&f)
}

/// A plain capitalised word that may name a remit: no acronym, no given name, no title, no
/// known name, no function word.
fn remit_word(ctx: &Ctx, hit_at: &[Option<usize>], j: usize, masked: &[bool]) -> bool {
    let t = &ctx.toks[j];
    !masked[j]
        && t.kind == TokKind::Word
        && t.cap
        && !t.allcaps
        && hit_at[j].is_none()
        && !ctx.is(j, lex::TITLE | lex::FUNCTION_WORD)
        && !GAZ.sets.given_names.contains(&ctx.f(j))
}

/// At French "et" (`k`): the run is an acronym and one or two plain capitalised words ("le
/// DTE Voirie", "la DRT Agriculture"), and one plain capitalised word ends the capitalised
/// stretch after "et" ("et Digues", "et Forêts"): the body's remits, one name. Two bodies
/// ("la SNCF et Alstom", "le CNRS et l’Inserm") have no remit word before "et".
pub fn acronym_remits(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> bool {
    let toks = ctx.toks;
    // (the cheap refusals first)
    if ctx.lang != Lang::Fr || k + 1 >= toks.len() || !toks[k + 1].cap || ctx.w(k) != "et" {
        return false;
    }
    let run = &run[super::classify::opening_article(ctx, run)..];
    // (the acronym may be a known body's: "l’ADEME Bâtiment et Territoires", its service)
    let a = match run.first() {
        Some(&Item::Word(a)) => a,
        Some(&Item::Gaz { hit, first, last })
            if first == last && GAZ.entries[hits[hit].entry].kind == EntityKind::Organization =>
        {
            first
        }
        _ => return false,
    };
    let rest = &run[1..];
    let ok_rest = (1..=2).contains(&rest.len())
        && rest
            .iter()
            .enumerate()
            .all(|(i, it)| matches!(*it, Item::Word(j) if j == a + 1 + i && remit_word(ctx, hit_at, j, masked)));
    let Some(&Item::Word(last)) = run.last() else {
        return false;
    };
    toks[a].allcaps
        && ctx.w(a).len() >= 2
        && ok_rest
        && last + 1 == k
        && remit_word(ctx, hit_at, k + 1, masked)
        && !toks
            .get(k + 2)
            .is_some_and(|n| n.kind == TokKind::Word && n.cap)
        // (a job's acronym is no body: "le PDG X et Y ont signé")
        && !JOB_ACRONYMS.contains(&ctx.w(a))
        // (a plural verb after: two subjects, "la BCV X et Y ont signé")
        && !toks
            .get(k + 2)
            .is_some_and(|_| PLURAL_VERBS.contains(&ctx.w(k + 2)))
        // (remits are common nouns, no firm's or club's own name: "le FC X et Y")
        && rest.iter().all(|i| matches!(*i, Item::Word(j) if noun_like(&ctx.f(j))))
        && noun_like(&ctx.f(k + 1))
}

/// Acronyms of jobs ("le PDG X et Y", "le DG X et Y"); not the lexicon's titles, whose
/// "Sen" or "Gen" an office's acronym may spell.
const JOB_ACRONYMS: &[&str] = &[
    "PDG", "CEO", "DG", "DGA", "DRH", "CFO", "COO", "CTO", "DAF", "VP",
];

/// Plural verbs that say two subjects came before ("X et Y ont signé").
const PLURAL_VERBS: &[&str] = &[
    "ont", "sont", "vont", "font", "seront", "auront", "avaient", "étaient", "doivent", "peuvent",
];

/// Endings of French common nouns, after a plural "s" or "x" ("Digues", "Voirie", "Forêts",
/// "Mobilité", "Bâtiment"), folded: a remit ends so, a firm's or a club's invented name rarely.
const NOUN_ENDINGS: &[&str] = &[
    "tion", "sion", "ment", "age", "ure", "ite", "ie", "ce", "isme", "oire", "ere", "eur", "eau",
    "au", "te", "ue", "se", "che", "lle", "ort", "ique", "oine", "et", "ine", "re", "ge", "ir",
    "ing",
];

/// Short remit nouns no ending tells ("Ponts", "Bois", "Lacs"), folded.
const REMIT_NOUNS: &[&str] = &[
    "ponts", "bois", "lacs", "parcs", "chemins", "jardins", "vins", "sols", "arts", "fonds",
];

/// `f` (folded) looks like a French common noun: the lexicon's, or one of its endings.
fn noun_like(f: &str) -> bool {
    let stem = f.strip_suffix(['s', 'x']).unwrap_or(f);
    GAZ.sets
        .lex
        .get(f)
        .is_some_and(|&v| v & lex::COMMON_NOUN != 0)
        || NOUN_ENDINGS.iter().any(|e| stem.ends_with(e))
        || REMIT_NOUNS.contains(&f)
}

/// The run ends with a state's organ and "d’État" ("le Conseil d’État", "le Secrétariat
/// d’État"): a regional adjective after it says which state the body serves ("le Conseil
/// d’État genevois"), no part of its name. Other heads keep it ("la Banque d’État
/// fribourgeoise" is the bank's name).
pub fn state_organ_ends(ctx: &Ctx, run: &[Item]) -> bool {
    let Some(last) = run.last() else {
        return false;
    };
    let e = super::classify::last_tok(last);
    e >= 3
        && ctx.toks[e].cap
        && ctx.f(e) == "etat"
        && ctx.f(e - 2) == "d"
        && matches!(
            &*ctx.f(e - 3),
            "conseil"
                | "conseils"
                | "conseiller"
                | "conseillere"
                | "conseillers"
                | "conseilleres"
                | "secretariat"
                | "secretaire"
                | "chancellerie"
        )
}

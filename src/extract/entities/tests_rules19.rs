//! One table case per rule of the nineteenth round (round 24 of the held-out sets), chosen from
//! a count over sets 3-25 of what the lone names guessed organisations with no cue really
//! were: such a name named once is dropped; a bracket, a list with an organisation, "at X in
//! Y", "told the X", "directrice de X", a business noun before it or a spelt-out acronym keep it
//! an organisation.

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round19_lone_guess_dropped() {
    check_kinds(&[
        // a modifier, a work, a word of a longer phrase: no cue, named once
        (
            "Divers recovered timbers from the Carrowel shipwreck last summer.",
            Lang::En,
            "Carrowel",
            None,
        ),
        (
            "Le public a longuement applaudi la Norvaldine samedi soir.",
            Lang::Fr,
            "Norvaldine",
            None,
        ),
        // named twice, the guess stays
        (
            "Shares in Quorvex rose. Analysts said Quorvex had beaten forecasts.",
            Lang::En,
            "Quorvex",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round19_lone_org_evidence() {
    check_kinds(&[
        (
            "The stage went to Pablo Ortega (Zentria) ahead of two Belgians.",
            Lang::En,
            "Zentria",
            Some(Organization),
        ),
        (
            "The deal was backed by Microsoft and Valtrix, people familiar said.",
            Lang::En,
            "Valtrix",
            Some(Organization),
        ),
        (
            "She led antibody research at Corvanta in Silicon Valley before moving.",
            Lang::En,
            "Corvanta",
            Some(Organization),
        ),
        (
            "Party officials told the Courier that turnout had been low.",
            Lang::En,
            "Courier",
            Some(Organization),
        ),
        (
            "« Rien n’est joué », prévient Anne Delmas, directrice de Sovalis.",
            Lang::Fr,
            "Sovalis",
            Some(Organization),
        ),
        (
            "Shipping trader Meridax has agreed to buy the terminal.",
            Lang::En,
            "Meridax",
            Some(Organization),
        ),
        (
            "L’étude, menée avec l’université de Poitiers et le Varenc, sera publiée en mai.",
            Lang::Fr,
            "Varenc",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round19_titled_acronyms() {
    check_kinds(&[
        (
            "Le dossier est suivi par la direction régionale des affaires maritimes (Dram).",
            Lang::Fr,
            "direction régionale des affaires maritimes",
            Some(Organization),
        ),
        (
            "Un avis de la direction régionale de l’alimentation, de l’agriculture et de la forêt (Draaf) est attendu.",
            Lang::Fr,
            "Draaf",
            Some(Organization),
        ),
    ]);
}

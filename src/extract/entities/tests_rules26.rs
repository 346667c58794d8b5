//! One table case per rule of round 28b (where a name starts and ends, counted over the span
//! errors of sets 3-29): a count opening a sentence, partners listed before a firm's word, a
//! person and her firm joined by "of", a French service's département number, Quebec's legal
//! forms in lowercase, a ministry's second remit after "et", the field after "en" and a verb
//! inside a body's name in sentence case.

use super::tests_merge::{names, one};
use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round26_counts_and_partners() {
    check_kinds(&[
        // a count opening the sentence is no part of the name after it
        (
            "Three Harwell Mining executives resigned on Monday.",
            Lang::En,
            "Three Harwell Mining",
            None,
        ),
        (
            "Trois Verdanne Énergie salariés ont démissionné lundi.",
            Lang::Fr,
            "Trois Verdanne Énergie",
            None,
        ),
        // partners' names listed with commas before "&" and a firm's word: one firm
        (
            "Le cabinet Diallo, Kane & Associés a fait appel lundi.",
            Lang::Fr,
            "Diallo, Kane & Associés",
            Some(Organization),
        ),
        (
            "The case was filed by Harlow, Pender and Partners on Monday.",
            Lang::En,
            "Harlow, Pender and Partners",
            Some(Organization),
        ),
        // a person, "of" and her firm: two names
        (
            "The union's lawyer, Wanjiru Kamau of Ochieng Barasa Advocates, said it would appeal.",
            Lang::En,
            "Wanjiru Kamau",
            Some(Person),
        ),
        (
            "The union's lawyer, Wanjiru Kamau of Ochieng Barasa Advocates, said it would appeal.",
            Lang::En,
            "Ochieng Barasa Advocates",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round26_numbers_and_legal_forms() {
    check_kinds(&[
        // a French service's département number after its acronym
        (
            "Les pompiers du SDIS 29 et les gendarmes sont intervenus.",
            Lang::Fr,
            "SDIS 29",
            Some(Organization),
        ),
        // (not a model number)
        (
            "La compagnie exploite quatre ATR 72-600 depuis Brest.",
            Lang::Fr,
            "ATR 72",
            None,
        ),
        // Quebec's legal forms in lowercase end the firm's name
        (
            "La plainte a été déposée par Transports Bérubé et Fils inc., une entreprise de Rimouski.",
            Lang::Fr,
            "Transports Bérubé et Fils inc.",
            Some(Organization),
        ),
        (
            "Le contrat revient à Scierie Lavallée ltée, qui emploie trente personnes.",
            Lang::Fr,
            "Scierie Lavallée ltée",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round26_french_names_in_sentence_case() {
    check_kinds(&[
        // a ministry's second remit straight after its first, with "et"
        (
            "Au ministère des Forêts et de l’Aménagement rural, on reste prudent.",
            Lang::Fr,
            "ministère des Forêts et de l’Aménagement rural",
            Some(Organization),
        ),
        // "en" and the field a body works in, before its complement
        (
            "La Fédération des producteurs en agriculture biologique de la Mayenne a réagi.",
            Lang::Fr,
            "Fédération des producteurs en agriculture biologique de la Mayenne",
            Some(Organization),
        ),
        // (not "en" and a month)
        (
            "L’Agence des sols a publié en mars de nouvelles règles.",
            Lang::Fr,
            "Agence des sols",
            Some(Organization),
        ),
        // a verb and its object inside a headline's body name in sentence case
        (
            "Le Conseil constitutionnel censure la loi de Vaudreuil",
            Lang::Fr,
            "Conseil constitutionnel",
            Some(Organization),
        ),
        // (an adjective before a definite article is no verb: the name goes on)
        (
            "Le Comité consultatif régional la semaine dernière a tranché.",
            Lang::Fr,
            "Comité consultatif",
            None,
        ),
    ]);
}

#[test]
fn rules_round26_a_firm_without_its_family_and_legal_words() {
    let got = names(
        &[
            "La poursuite a été intentée par Déneigement Bérubé et Fils inc., de Rimouski.",
            "Le président de Déneigement Bérubé a refusé de commenter.",
        ],
        Lang::Fr,
        Organization,
    );
    let want = one("Déneigement Bérubé et Fils inc.", &["Déneigement Bérubé"]);
    assert!(got.contains(&want), "got {got:?}");
}

//! One table case per rule of round 28b (where a name starts and ends, counted over the span
//! errors of sets 3-29): a count opening a sentence, partners listed before a firm's word, a
//! person and her firm joined by "of", a French service's département number, a ministry's
//! second remit after "et", the field after "en" and a verb inside a body's name in sentence
//! case; a family firm's short name, a listed body's name without its place.

use super::tests_merge::check_merged;
use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round28_spans_counts_and_partners() {
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
fn rules_round28_spans_departement_numbers() {
    check_kinds(&[
        // a French service's département number after its acronym
        (
            "Les pompiers du SDIS 29 et les gendarmes sont intervenus.",
            Lang::Fr,
            "SDIS 29",
            Some(Organization),
        ),
        // written in lowercase after its capital
        (
            "Le médecin du Samu 25 et les pompiers sont arrivés.",
            Lang::Fr,
            "Samu 25",
            Some(Organization),
        ),
        // (not an index's number, nor any acronym's: "CAC 40")
        (
            "Le CAC 40 et le Dax ont reculé lundi.",
            Lang::Fr,
            "CAC 40",
            None,
        ),
        // (not a model number)
        (
            "La compagnie exploite quatre ATR 72-600 depuis Brest.",
            Lang::Fr,
            "ATR 72",
            None,
        ),
    ]);
}

#[test]
fn rules_round28_spans_french_names_in_sentence_case() {
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
            "L’Agence des forêts annule l’appel d’offres de Rimouski",
            Lang::Fr,
            "Agence des forêts",
            Some(Organization),
        ),
        // (an adjective before a definite article is no verb: the name goes on)
        (
            "Mardi, le Conseil économique régional les a reçus à Rennes.",
            Lang::Fr,
            "Conseil économique régional",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round28_spans_a_firm_without_its_family_and_legal_words() {
    check_merged(&[(
        &[
            "La poursuite a été intentée par Déneigement Bérubé et Fils, de Rimouski.",
            "Le président de Déneigement Bérubé a refusé de commenter.",
        ],
        Lang::Fr,
        Organization,
        "Déneigement Bérubé et Fils",
        &["Déneigement Bérubé"],
    )]);
}

#[test]
fn rules_round28_spans_a_listed_body_without_its_place() {
    check_merged(&[(
        &[
            "La Cour supérieure annule le contrat de Rimouski",
            "La Cour supérieure du Québec a donné raison à l’entrepreneur jeudi.",
        ],
        Lang::Fr,
        Organization,
        "Cour supérieure du Québec",
        &["Cour supérieure"],
    )]);
}

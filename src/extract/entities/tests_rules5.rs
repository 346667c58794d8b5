//! One table case per rule of the fifth round ("and" inside institution names after a country
//! modifier or a cue word, all-capital acronyms that spell a city, "Prof" as a title,
//! demonym + Government, common acronyms that name no one, default persons never named again,
//! compound given names, well-known companies).

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round5() {
    let cases: &[(&str, Lang, &str, Option<EntityKind>)] = &[
        // 1. "and" inside a name: after a country modifier, or once the run holds a cue word
        (
            "The drug was cleared by the US Food and Drug Administration last week.",
            Lang::En,
            "Food and Drug Administration",
            Some(Organization),
        ),
        (
            "It was reviewed by the National Institute for Health and Care Excellence in May.",
            Lang::En,
            "National Institute for Health and Care Excellence",
            Some(Organization),
        ),
        (
            "It was reviewed by the National Institute for Health and Care Excellence in May.",
            Lang::En,
            "Care Excellence",
            None,
        ),
        (
            "It was reviewed by the Institute for Climate and Energy Security in Leeds.",
            Lang::En,
            "Institute for Climate and Energy Security",
            Some(Organization),
        ),
        (
            "Approval came from the US Federal Aviation and Space Administration on Monday.",
            Lang::En,
            "Federal Aviation and Space Administration",
            Some(Organization),
        ),
        (
            "Talks between the Ministry of Defence and Airbus stalled.",
            Lang::En,
            "Airbus",
            Some(Organization),
        ),
        (
            "The Department of Health and Mr Jones disagreed.",
            Lang::En,
            "Department of Health",
            Some(Organization),
        ),
        // 2. an all-capital word that spells a city is an acronym, not the city
        (
            "Guidance from NICE is expected in the spring, officials said.",
            Lang::En,
            "Nice",
            None,
        ),
        (
            "NICE, France — The festival opened on Friday.",
            Lang::En,
            "Nice",
            Some(Place),
        ),
        // 3. "Prof" without a full stop is a title
        (
            "The study was led by Prof Alasdair Munro of the university.",
            Lang::En,
            "Alasdair Munro",
            Some(Person),
        ),
        // 4. demonym + Government
        (
            "The Scottish Government said it would respond.",
            Lang::En,
            "Scottish Government",
            Some(Organization),
        ),
        // 5. common acronyms that name nobody
        (
            "Le PSE prévoit 180 départs, selon la direction.",
            Lang::Fr,
            "PSE",
            None,
        ),
        (
            "Patients had a PET scan before the trial.",
            Lang::En,
            "PET",
            None,
        ),
        // 6. a name taken for a person by default only, never named again by one word, is an
        // organisation; one named again by its surname is a person
        (
            "The accounts were filed with Companies House on Tuesday.",
            Lang::En,
            "Companies House",
            Some(Organization),
        ),
        (
            "Talks were led by Zorvan Kettering in Leeds. Kettering said they were fair.",
            Lang::En,
            "Zorvan Kettering",
            Some(Person),
        ),
        // 7. compound given names
        (
            "Pierre-Yves Lamothe a été condamné mardi.",
            Lang::Fr,
            "Pierre-Yves Lamothe",
            Some(Person),
        ),
        (
            "The appeal was heard after Councillor Brenda Oyelaran spoke.",
            Lang::En,
            "Brenda Oyelaran",
            Some(Person),
        ),
        // 8. French heads that take a name straight after them
        (
            "L’université Grenoble Alpes recrute.",
            Lang::Fr,
            "université Grenoble Alpes",
            Some(Organization),
        ),
        (
            "Le manuscrit sera exposé au musée Sainte-Croix, à Poitiers.",
            Lang::Fr,
            "musée Sainte-Croix",
            Some(Organization),
        ),
        (
            "Il a visité la région avant Noël, puis Lyon.",
            Lang::Fr,
            "Lyon",
            Some(Place),
        ),
        // 9. a person "of" the body they speak for
        (
            "“It is close,” said John Curtice of the University of Strathclyde.",
            Lang::En,
            "John Curtice",
            Some(Person),
        ),
        (
            "“It is close,” said John Curtice of the University of Strathclyde.",
            Lang::En,
            "University of Strathclyde",
            Some(Organization),
        ),
        // 10. an organisation and a place straight after it: a branch
        (
            "Le Crédit Agricole Aquitaine a prêté 2 millions.",
            Lang::Fr,
            "Crédit Agricole Aquitaine",
            Some(Organization),
        ),
        (
            "A spokesman for IDA Ireland declined to comment.",
            Lang::En,
            "IDA Ireland",
            Some(Organization),
        ),
        (
            "Talks between Airbus, Germany and France resumed.",
            Lang::En,
            "Germany",
            Some(Place),
        ),
        // 11. compound place names
        (
            "Le train ne s’arrête plus à Saint-Chély-d’Apcher depuis mars.",
            Lang::Fr,
            "Saint-Chély-d’Apcher",
            Some(Place),
        ),
        (
            "Workers from Stockton-on-Tees marched on Monday.",
            Lang::En,
            "Stockton-on-Tees",
            Some(Place),
        ),
        (
            "La salle domine la vallée du Clain depuis le XIIe siècle.",
            Lang::Fr,
            "Clain",
            Some(Place),
        ),
        (
            "La salle domine la vallée du Clain depuis le XIIe siècle.",
            Lang::Fr,
            "XIIe",
            None,
        ),
        (
            "L’irrigation est interdite sur le bassin de la Boutonne.",
            Lang::Fr,
            "Boutonne",
            Some(Place),
        ),
        (
            "The Intergovernmental Panel on Climate Change warned in March.",
            Lang::En,
            "Intergovernmental Panel on Climate Change",
            Some(Organization),
        ),
        (
            "The Commission in Brussels said no.",
            Lang::En,
            "Brussels",
            Some(Place),
        ),
        (
            "Flooding hit New South Wales on Friday.",
            Lang::En,
            "New South Wales",
            Some(Place),
        ),
        // 12. a known organisation and the name of one of its arms
        (
            "SNCF Réseau prendra en charge les travaux.",
            Lang::Fr,
            "SNCF Réseau",
            Some(Organization),
        ),
        (
            "Analysts at Microsoft Research disagreed.",
            Lang::En,
            "Microsoft Research",
            Some(Organization),
        ),
        (
            "Google Monday announced a new model.",
            Lang::En,
            "Google",
            Some(Organization),
        ),
        // 13. well-known companies and unions from the gazetteer
        (
            "Shares of Eli Lilly rose on Monday.",
            Lang::En,
            "Eli Lilly",
            Some(Organization),
        ),
        (
            "Force ouvrière appelle à la grève jeudi.",
            Lang::Fr,
            "Force ouvrière",
            Some(Organization),
        ),
    ];
    check_kinds(cases);
}

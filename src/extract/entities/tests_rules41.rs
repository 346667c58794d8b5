//! One table case per rule of round 33 for organisations (classes read in set 35's fresh
//! errors, then across the read sets): partners' names closed by the partners' word or by a
//! consulting trade are one firm; a firm's closing word makes the "who" after it the person's
//! before; a compass word opening a firm's name after a noun introducing it is the firm's; a
//! sentence's article before a generic institution noun is no name; French associations'
//! heads ("Regroupement", "Amicale") take their lowercase complements; a name after "listed
//! on" is an exchange; a region adjective before a country names a place; "X council" is the
//! one "X City Council" named; a noun of areas inside a name takes its "de" and area. Guards:
//! a list of persons, two firms coordinated, a person before "who", a compass word opening a
//! sentence, a named council, a lowercase gathering, a day after "listed on", a brand before
//! a country, two councils of one area.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round33_partners_closed_by_their_word_are_one_firm() {
    check_found(&[
        (
            &[
                "In a letter, Daniel Okafor of Mensah, Quaye and Partners asked the regulator to reconsider.",
            ],
            Lang::En,
            Organization,
            "Mensah, Quaye and Partners",
            true,
        ),
        (
            &[
                "A partner, Ruth Amsel of Okoro, Lind and Associates, wrote to the ministry on Friday.",
            ],
            Lang::En,
            Organization,
            "Okoro, Lind and Associates",
            true,
        ),
        // guard: a list of persons who speak is no firm
        (
            &["Smith, Jones and Brown said they would appeal the ruling."],
            Lang::En,
            Organization,
            "Smith, Jones and Brown",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_partners_closed_by_a_trade_are_one_firm() {
    check_found(&[
        (
            &["Ardmore and Fennick Environmental will monitor the river for two years."],
            Lang::En,
            Organization,
            "Ardmore and Fennick Environmental",
            true,
        ),
        (
            &[
                "Le maire a confié l’étude à son partenaire habituel, Berthier et Lagarde Conseil, en mars.",
            ],
            Lang::Fr,
            Organization,
            "Berthier et Lagarde Conseil",
            true,
        ),
        (
            &["The bridge was designed by Holm and Varga Engineers in 1998."],
            Lang::En,
            Organization,
            "Holm and Varga Engineers",
            true,
        ),
        // guard: two known firms coordinated stay two
        (
            &["The accounts were audited by Deloitte and KPMG last year."],
            Lang::En,
            Organization,
            "Deloitte and KPMG",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_who_after_a_firm_is_its_speaker() {
    check_found(&[
        (
            &[
                "The club's lawyer, Aoife Carrick, of Brennan Mulvey Solicitors, who has advised it since 2019, welcomed the ruling.",
            ],
            Lang::En,
            Organization,
            "Brennan Mulvey Solicitors",
            true,
        ),
        // guard: a person's name before "who" stays a person's
        (
            &["The club's chairman, Declan Mulvey, who lives nearby, said the lights were needed."],
            Lang::En,
            Person,
            "Declan Mulvey",
            true,
        ),
    ]);
}

#[test]
fn rules_round33_a_compass_word_opens_an_introduced_firm() {
    check_found(&[
        (
            &["Après l’incendie, le transporteur Nord Cargo Rapide a licencié vingt chauffeurs."],
            Lang::Fr,
            Organization,
            "Nord Cargo Rapide",
            true,
        ),
        (
            &["The contract went to the carrier West Fen Freight after a tender."],
            Lang::En,
            Organization,
            "West Fen Freight",
            true,
        ),
        // guard: a compass word opening a sentence before a name is no firm's
        (
            &["North Kelvoran Freight said on Monday it would cut jobs."],
            Lang::En,
            Organization,
            "North Kelvoran Freight",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_a_generic_institution_after_an_article_is_no_name() {
    check_found(&[
        (
            &["Le Département a annoncé mardi la fermeture du collège."],
            Lang::Fr,
            Organization,
            "Le Département",
            false,
        ),
        (
            &["La Métropole a voté mardi la hausse des tarifs."],
            Lang::Fr,
            Organization,
            "La Métropole",
            false,
        ),
        // what a body is charged with is no part of its name
        (
            &["Le pont a été fermé par la Direction chargée de la voirie mardi soir."],
            Lang::Fr,
            Organization,
            "Direction chargée de la voirie mardi soir",
            false,
        ),
        // guard: a named council keeps its name
        (
            &["Le Conseil départemental du Gard a voté le budget."],
            Lang::Fr,
            Organization,
            "Conseil départemental du Gard",
            true,
        ),
    ]);
}

#[test]
fn rules_round33_an_association_head_takes_its_complements() {
    check_found(&[
        (
            &["Le Rassemblement des commerçants du quartier Saint-Roch dénonce les travaux."],
            Lang::Fr,
            Organization,
            "Rassemblement des commerçants du quartier Saint-Roch",
            true,
        ),
        (
            &["L’Amicale des anciens combattants du Val-Sainte-Croix a écrit au ministre."],
            Lang::Fr,
            Organization,
            "Amicale des anciens combattants du Val-Sainte-Croix",
            true,
        ),
        // guard: a lowercase gathering names nothing
        (
            &["Le rassemblement des agriculteurs de Quimper a réuni trois cents personnes."],
            Lang::Fr,
            Organization,
            "rassemblement des agriculteurs de Quimper",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_a_name_after_listed_on_is_an_exchange() {
    check_found(&[
        (
            &["The group, which is listed on Bursa Tengara, was fined on Tuesday."],
            Lang::En,
            Organization,
            "Bursa Tengara",
            true,
        ),
        (
            &["La société, cotée sur Bursa Tengara depuis 2019, a été condamnée."],
            Lang::Fr,
            Organization,
            "Bursa Tengara",
            true,
        ),
        // guard: a day after "listed on" is no exchange
        (
            &["The shares will be listed on Monday after the merger."],
            Lang::En,
            Organization,
            "Monday",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_a_region_adjective_before_a_country_is_a_place() {
    check_found(&[
        (
            &["Growers in Peninsular Thailand were hit hardest by the floods."],
            Lang::En,
            Place,
            "Peninsular Thailand",
            true,
        ),
        (
            &["Growers in Peninsular Thailand were hit hardest by the floods."],
            Lang::En,
            Organization,
            "Peninsular Thailand",
            false,
        ),
        // guard: a brand before a country names the brand's national arm
        (
            &["The outage at Telkora Malaysia angered thousands of users."],
            Lang::En,
            Organization,
            "Telkora Malaysia",
            true,
        ),
    ]);
}

#[test]
fn rules_round33_a_council_named_by_its_area_is_the_full_council() {
    check_found(&[
        (
            &[
                "Dunmore council to shut two libraries",
                "Dunmore City Council voted on Tuesday to shut the libraries in March.",
            ],
            Lang::En,
            Organization,
            "Dunmore council",
            false,
        ),
        // guard: with a city's and a county's council named, the short name is neither
        (
            &[
                "Dunmore council to shut two libraries",
                "Dunmore City Council and Dunmore County Council share the building.",
            ],
            Lang::En,
            Organization,
            "Dunmore council",
            true,
        ),
    ]);
}

#[test]
fn rules_round33_an_area_noun_in_a_name_takes_its_area() {
    check_found(&[
        (
            &["Le Football Club du Bassin de Vernay a gagné samedi."],
            Lang::Fr,
            Organization,
            "Football Club du Bassin de Vernay",
            true,
        ),
        (
            &["Le Judo Club du Plateau de Sarne ouvre une section."],
            Lang::Fr,
            Organization,
            "Judo Club du Plateau de Sarne",
            true,
        ),
        // the area's name is no body of its own
        (
            &["Le Football Club du Bassin de Vernay a gagné samedi."],
            Lang::Fr,
            Organization,
            "Vernay",
            false,
        ),
    ]);
}

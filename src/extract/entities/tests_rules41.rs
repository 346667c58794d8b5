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
                "In a letter, Daniel Ezenwa of Tarrow, Velde and Partners asked the regulator to reconsider.",
            ],
            Lang::En,
            Organization,
            "Tarrow, Velde and Partners",
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
                "The society's lawyer, Clodagh Carrick, of Dorran Mulvey Solicitors, who has advised it since 2019, welcomed the ruling.",
            ],
            Lang::En,
            Organization,
            "Dorran Mulvey Solicitors",
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
        // a compass word opening an introduced firm's name: the firm's, not a person's
        (
            &["The retailer East Coast Kitchens said sales fell."],
            Lang::En,
            Organization,
            "East Coast Kitchens",
            true,
        ),
        (
            &["The retailer East Coast Kitchens said sales fell."],
            Lang::En,
            Person,
            "East Coast Kitchens",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_a_generic_institution_after_an_article_is_no_name() {
    check_found(&[
        (
            &["Le Département financera un tiers du chantier, selon le maire."],
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
            &["Le Conseil départemental du Gers a voté le budget."],
            Lang::Fr,
            Organization,
            "Conseil départemental du Gers",
            true,
        ),
    ]);
}

#[test]
fn rules_round33_an_association_head_takes_its_complements() {
    check_found(&[
        (
            &["Le Rassemblement des artisans du quartier Saint-Roch dénonce les travaux."],
            Lang::Fr,
            Organization,
            "Rassemblement des artisans du quartier Saint-Roch",
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
            &["Shares of the miner, traded on Varnholm Growth since 2015, fell sharply."],
            Lang::En,
            Organization,
            "Varnholm Growth",
            true,
        ),
        (
            &["Depuis 2019, le groupe est coté sur Varnholm Growth, où son titre a chuté."],
            Lang::Fr,
            Organization,
            "Varnholm Growth",
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
            &["Rainfall across Continental Chile fell by a third, the agency said."],
            Lang::En,
            Place,
            "Continental Chile",
            true,
        ),
        (
            &["Rainfall across Continental Chile fell by a third, the agency said."],
            Lang::En,
            Organization,
            "Continental Chile",
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
                "Quennick council to shut two libraries",
                "Quennick City Council voted last week to shut the libraries in March.",
            ],
            Lang::En,
            Organization,
            "Quennick council",
            false,
        ),
        // guard: with a city's and a county's council named, the short name is neither
        (
            &[
                "Quennick council to shut two libraries",
                "Quennick City Council and Quennick County Council share the building.",
            ],
            Lang::En,
            Organization,
            "Quennick council",
            true,
        ),
    ]);
}

#[test]
fn rules_round33_an_area_noun_in_a_name_takes_its_area() {
    check_found(&[
        (
            &["Samedi, le Football Club du Bassin de Ternesse a gagné."],
            Lang::Fr,
            Organization,
            "Football Club du Bassin de Ternesse",
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
            &["Samedi, le Football Club du Bassin de Ternesse a gagné."],
            Lang::Fr,
            Organization,
            "Ternesse",
            false,
        ),
    ]);
}

// Mends of round 33's review (issue #3): each case fails on the round-33 rules.

#[test]
fn mend33_listed_on_a_persons_or_a_places_thing_is_no_exchange() {
    check_found(&[
        (
            &["The senator was quoted on Brid Farrelly's podcast about the budget."],
            Lang::En,
            Person,
            "Brid Farrelly",
            true,
        ),
        (
            &["Flats listed on Quarry Lane were sold within a week."],
            Lang::En,
            Organization,
            "Quarry Lane",
            false,
        ),
        (
            &["The firm is listed on Oslo's main board since 2020."],
            Lang::En,
            Organization,
            "Oslo",
            false,
        ),
        (
            &["The chemical is listed on Annex 2 of the directive."],
            Lang::En,
            Organization,
            "Annex",
            false,
        ),
        (
            &["Opening hours listed on Good Friday notices were wrong."],
            Lang::En,
            Organization,
            "Good",
            false,
        ),
        // "côté" (a side) is no "coté" (listed)
        (
            &["Il habite de l’autre côté sur Angers depuis deux ans."],
            Lang::Fr,
            Organization,
            "Angers",
            false,
        ),
        // a known firm's name after "traded on" keeps its own spelling
        (
            &["Vintage lamps traded on Ebay fetched record prices this spring."],
            Lang::En,
            Organization,
            "eBay",
            true,
        ),
        // a known exchange alone keeps its own name apart from a longer one
        (
            &["The group is listed on Nasdaq Stockholm. Its parent traded on Nasdaq until 2012."],
            Lang::En,
            Organization,
            "Nasdaq",
            true,
        ),
    ]);
}

#[test]
fn mend33_a_region_adjective_opening_a_firms_name_stays_in_it() {
    check_found(&[
        (
            &["Continental Norway Shipping Ltd was sold to a rival last year."],
            Lang::En,
            Organization,
            "Continental Norway Shipping Ltd",
            true,
        ),
        (
            &["Fares set by Metropolitan Lyon Transport Authority rose again."],
            Lang::En,
            Place,
            "Metropolitan Lyon",
            false,
        ),
    ]);
}

#[test]
fn mend33_a_trade_closes_no_coordination_of_qualifiers_or_places() {
    check_found(&[
        (
            &["There is a shortage of Structural and Civil Engineers in the region."],
            Lang::En,
            Organization,
            "Structural and Civil Engineers",
            false,
        ),
        (
            &["Kerry and Galway Surveyors met in Sligo on Friday."],
            Lang::En,
            Organization,
            "Kerry and Galway Surveyors",
            false,
        ),
        (
            &["Savoie et Provence Ingénierie a livré le pont en mai."],
            Lang::Fr,
            Organization,
            "Savoie et Provence Ingénierie",
            false,
        ),
        // guard: after a firm's noun the same names are one firm
        (
            &["Le cabinet Savoie et Provence Ingénierie a livré le pont en mai."],
            Lang::Fr,
            Organization,
            "Savoie et Provence Ingénierie",
            true,
        ),
    ]);
}

#[test]
fn mend33_official_names_keep_what_they_are_charged_with() {
    check_found(&[
        (
            &["Un arrêté du Ministère délégué chargé de la Mer fixe les quotas."],
            Lang::Fr,
            Organization,
            "Ministère délégué",
            false,
        ),
        (
            &["La Haute Autorité chargée des questions de pêche a rendu son avis."],
            Lang::Fr,
            Organization,
            "Haute Autorité",
            false,
        ),
    ]);
}

#[test]
fn mend33_a_given_name_after_an_area_noun_is_a_person() {
    check_found(&[
        (
            &["Le Club du Plateau de Solène Ravanel a remporté la coupe."],
            Lang::Fr,
            Person,
            "Solène Ravanel",
            true,
        ),
        (
            &["Le Club du Plateau de Solène Ravanel a remporté la coupe."],
            Lang::Fr,
            Organization,
            "Club du Plateau de Solène Ravanel",
            false,
        ),
    ]);
}

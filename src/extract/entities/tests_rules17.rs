//! One table case per rule of the seventeenth round (round 22 of the held-out sets), read off
//! the error classes of sets 3-25 (sets 24 and 25 read for the first time): surnames that are
//! known places, ministers' portfolios, rivers and ranges named after a known place, places
//! named with "'s", partnerships' and departments' long names, place cues ("off X", "voisine
//! de X", "At X, where"), lists of places with names of two words.

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round17_surnames_named_like_places() {
    check_kinds(&[
        // a known place's name that is the surname of the article's one person so named
        (
            "Selon Lucie Carcassonne, la récolte sera faible. Mme Carcassonne exploite dix \
             hectares. Carcassonne ajoute que les prix baissent.",
            Lang::Fr,
            "Carcassonne",
            Some(Person),
        ),
        (
            "\"It was a shock,\" said Dr. Helen Preston. Preston runs the lab. Later, Preston \
             wrote to the board.",
            Lang::En,
            "Preston",
            Some(Person),
        ),
        // after a preposition it stays the place
        (
            "Jean Tarbes habite à Tarbes depuis vingt ans.",
            Lang::Fr,
            "Tarbes",
            Some(Place),
        ),
    ]);
}

#[test]
fn rules_round17_portfolios() {
    check_kinds(&[
        // plain words straight before a minister's title are the portfolio
        (
            "The Ports and Coastal Renewal Minister Tom Reilly visited the harbour.",
            Lang::En,
            "Coastal Renewal",
            None,
        ),
        (
            "Regional Growth Secretary Ann Powell declined to comment.",
            Lang::En,
            "Regional Growth",
            None,
        ),
        // "Minister for X" with no name after it
        (
            "A spokesperson for the Minister for Rural Renewal said the plan would go ahead.",
            Lang::En,
            "Rural Renewal",
            None,
        ),
        // the people named stay
        (
            "Regional Growth Secretary Ann Powell declined to comment.",
            Lang::En,
            "Ann Powell",
            Some(Person),
        ),
        // "la ministre des X et des Y"
        (
            "La ministre des Transports maritimes et des Littoraux, Claire Duval, a réagi.",
            Lang::Fr,
            "Littoraux",
            None,
        ),
        (
            "La ministre des Transports maritimes et des Littoraux, Claire Duval, a réagi.",
            Lang::Fr,
            "Transports",
            None,
        ),
        (
            "Le ministre de la Culture Rachid Benali a visité le musée.",
            Lang::Fr,
            "Rachid Benali",
            Some(Person),
        ),
    ]);
}

#[test]
fn rules_round17_landforms_and_possessive_places() {
    check_kinds(&[
        // a landform noun after a known place
        (
            "Barges still carry grain down the Kansas River every autumn.",
            Lang::En,
            "Kansas River",
            Some(Place),
        ),
        (
            "The trail follows the North Yukon River for forty miles.",
            Lang::En,
            "North Yukon River",
            Some(Place),
        ),
        // a range is a place
        (
            "Hikers praised the Tararua Range on Monday.",
            Lang::En,
            "Tararua Range",
            Some(Place),
        ),
        // a name, "'s" and a place noun
        (
            "Ferries now leave from Dunmore's Bay twice a day.",
            Lang::En,
            "Dunmore's Bay",
            Some(Place),
        ),
        (
            "She rents a flat near Bishop's Cross with two friends.",
            Lang::En,
            "Bishop's Cross",
            Some(Place),
        ),
        // and a body named after it
        (
            "The Dunmore's Bay Regional Council approved the budget.",
            Lang::En,
            "Dunmore's Bay Regional Council",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round17_long_names() {
    check_kinds(&[
        // a partnership's tail after "and"
        (
            "The plans were drawn up by Keane Lowry and Partners last spring.",
            Lang::En,
            "Keane Lowry and Partners",
            Some(Organization),
        ),
        // "the Prime Minister" inside a department's name
        (
            "The review was ordered by the Department of the Prime Minister and Cabinet.",
            Lang::En,
            "Department of the Prime Minister and Cabinet",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round17_place_cues() {
    check_kinds(&[
        // "off X" in English
        (
            "A whale calf was cut free off Tamarama in October.",
            Lang::En,
            "Tamarama",
            Some(Place),
        ),
        // but not after a verb that "off" makes phrasal
        (
            "The group spun off Velmora last year.",
            Lang::En,
            "Velmora",
            Some(Organization),
        ),
        // "la station voisine de X"
        (
            "Un exploitant de la station voisine de Cerler a racheté les cabines.",
            Lang::Fr,
            "Cerler",
            Some(Place),
        ),
        // a sentence's opening "At" before ", where"
        (
            "At Tamarama, where the lifeguards train, the nets stay.",
            Lang::En,
            "Tamarama",
            Some(Place),
        ),
        // a name of two words listed with a place
        (
            "The centre runs trials near Lanigan, Swan Plain and Kelvington.",
            Lang::En,
            "Swan Plain",
            Some(Place),
        ),
        (
            "The centre runs trials near Lanigan, Swan Plain and Kelvington.",
            Lang::En,
            "Kelvington",
            Some(Place),
        ),
        // (a people's adjective is no place to list a name with)
        (
            "The fund holds stakes in Finland's Kesko Valo and the Dutch chain Rendam.",
            Lang::En,
            "Kesko Valo",
            Some(Organization),
        ),
        // a province of general knowledge
        (
            "Nets have been removed off beaches in KwaZulu-Natal.",
            Lang::En,
            "KwaZulu-Natal",
            Some(Place),
        ),
    ]);
}

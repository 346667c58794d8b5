//! One table case per rule of the seventeenth round (round 22 of the held-out sets), read off
//! the error classes of sets 3-25 (sets 24 and 25 read for the first time): surnames that are
//! known places, ministers' portfolios, rivers and ranges named after a known place, places
//! named with "'s".

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

//! One table case per rule of the fifteenth round (round 20 of the held-out sets), read off
//! the error classes of sets 3-22 (set 22 read for the first time): public bodies named for a
//! service, a place or an office, and lone names listed where places go.

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round15_bodies_named_for_a_service_a_place_or_an_office() {
    check_kinds(&[
        // a district named for a public service is the body that runs it
        (
            "Crews from the Ashbrook Fire Protection District reached the ridge on Monday.",
            Lang::En,
            "Ashbrook Fire Protection District",
            Some(Organization),
        ),
        // a known place straight before a known body ending with an organisation noun
        (
            "The Nevada Environmental Protection Agency fined the mine.",
            Lang::En,
            "Nevada Environmental Protection Agency",
            Some(Organization),
        ),
        // a state's name before a long body's name joined over "and" belongs to it (a
        // country's stands apart: "the US Food and Drug Administration")
        (
            "Officials at the Kansas Department of Health and Environment said it would act.",
            Lang::En,
            "Kansas Department of Health and Environment",
            Some(Organization),
        ),
        // a title, 's and an organisation noun: the office its holder runs
        (
            "The Kellwick County Sheriff's Office said the road was shut.",
            Lang::En,
            "Kellwick County Sheriff's Office",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round15_names_where_places_go() {
    check_kinds(&[
        // a participle of location and "in": a place, however close "company" is
        (
            "The company, based in Kelton Brae, said sales rose.",
            Lang::En,
            "Kelton Brae",
            Some(Place),
        ),
        // "from X and Y to Z": lists on either side of "from … to"
        (
            "Hauliers now prefer crossings from Glenvarra and Portcullen to Rathmoy.",
            Lang::En,
            "Portcullen",
            Some(Place),
        ),
        (
            "Hauliers now prefer crossings from Glenvarra and Portcullen to Rathmoy.",
            Lang::En,
            "Glenvarra",
            Some(Place),
        ),
        // "communities like X and Y"
        (
            "Jobs in communities like Abergarw and Nantyffin are at risk.",
            Lang::En,
            "Nantyffin",
            Some(Place),
        ),
        // "its operations at X": a site
        (
            "The closure will hit its operations at Carrigbeg.",
            Lang::En,
            "Carrigbeg",
            Some(Place),
        ),
        // a lowercase administrative noun after a lone name: "Spain's X province"
        (
            "The money will fund a push into Spain's Corvilla province, the firm said.",
            Lang::En,
            "Corvilla",
            Some(Place),
        ),
        // a lone French name, a comma, "en"/"au" and a known place
        (
            "Le groupe veut concentrer ses investissements sur ses sites de Vorbach, en Suisse.",
            Lang::Fr,
            "Vorbach",
            Some(Place),
        ),
        // "X and west Wales": listed with a known place after a compass word
        (
            "The Brennock and west Wales economy relies on visitors.",
            Lang::En,
            "Brennock",
            Some(Place),
        ),
    ]);
}

//! One table case per rule of the sixteenth round (round 21 of the held-out sets), read off
//! the error classes of sets 3-23 (set 23 read for the first time): passes, summits and lakes
//! named with their French noun, rivers and regions of general knowledge, a federal body's
//! abbreviated country.

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round16_places_named_with_their_noun() {
    check_kinds(&[
        // a pass, a summit, a point, a cirque or a lake keeps its lowercase noun
        (
            "Le peloton franchira le col de Brambel avant la descente.",
            Lang::Fr,
            "col de Brambel",
            Some(Place),
        ),
        (
            "Les secours sont montés au sommet du mont Cornillac dans la nuit.",
            Lang::Fr,
            "mont Cornillac",
            Some(Place),
        ),
        (
            "La cordée progressait vers la pointe de la Sarvette quand la neige a cédé.",
            Lang::Fr,
            "pointe de la Sarvette",
            Some(Place),
        ),
        (
            "Les pêcheurs fréquentent le lac d’Estaubé depuis des siècles.",
            Lang::Fr,
            "lac d’Estaubé",
            Some(Place),
        ),
        // a valley still names the river after it
        (
            "Les vignes couvrent la vallée du Lirac depuis longtemps.",
            Lang::Fr,
            "Lirac",
            Some(Place),
        ),
        // "River" straight before a known river
        (
            "Barges once carried coal down the River Mersey to the docks.",
            Lang::En,
            "River Mersey",
            Some(Place),
        ),
        // known places joined by "and" before words ending with an organisation noun
        (
            "On Sunday the Clyde and Tweed Angling Association voted to merge.",
            Lang::En,
            "Clyde and Tweed Angling Association",
            Some(Organization),
        ),
        // regions of general knowledge
        (
            "L’entreprise a ouvert un second site dans le Valais en mars.",
            Lang::Fr,
            "Valais",
            Some(Place),
        ),
        (
            "Drought has cut yields across the Corn Belt this summer.",
            Lang::En,
            "Corn Belt",
            Some(Place),
        ),
        // "the Port of X" is the authority that runs it (a capital so named is a place)
        (
            "The Port of Grimsby said the berth would reopen.",
            Lang::En,
            "Port of Grimsby",
            Some(Organization),
        ),
        (
            "Flights to Port of Spain were cancelled.",
            Lang::En,
            "Port of Spain",
            Some(Place),
        ),
        // a country's abbreviation straight before a known federal body is part of its name
        (
            "Inspectors from the U.S. Environmental Protection Agency took samples.",
            Lang::En,
            "U.S. Environmental Protection Agency",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round16_lone_names_where_places_go() {
    check_kinds(&[
        // a pass named after a known place keeps its noun
        (
            "L’avalanche est partie sous le col du Ventoux en fin de matinée.",
            Lang::Fr,
            "col du Ventoux",
            Some(Place),
        ),
        // nouns of place before "of"/"de"
        (
            "Fire reached the hamlet of Birchcombe before dawn.",
            Lang::En,
            "Birchcombe",
            Some(Place),
        ),
        (
            "Les pompiers sont intervenus aux abords de Montferrier dans la nuit.",
            Lang::Fr,
            "Montferrier",
            Some(Place),
        ),
        (
            "Le hors-piste est interdit dans le secteur de la Sassière.",
            Lang::Fr,
            "Sassière",
            Some(Place),
        ),
        // "à X et à Y": the second name takes the case of the first
        (
            "Les dégâts ont été constatés à Valbonnais et à Cordéac mardi.",
            Lang::Fr,
            "Cordéac",
            Some(Place),
        ),
        // a stream, a waterway or a wilderness ending the name
        (
            "Samples were taken from Holme Beck and the Ardley Waterway.",
            Lang::En,
            "Holme Beck",
            Some(Place),
        ),
        (
            "Hikers were told to leave the Cold Spring Wilderness by noon.",
            Lang::En,
            "Cold Spring Wilderness",
            Some(Place),
        ),
    ]);
}

#[test]
fn rules_round16_local_bodies_named_for_their_place() {
    check_kinds(&[
        // an acronym, "de" and a known place
        (
            "Les pompiers du SDIS de la Drôme ont été mobilisés.",
            Lang::Fr,
            "SDIS de la Drôme",
            Some(Organization),
        ),
        (
            "Elle enseigne à l’IUT de Rennes depuis dix ans.",
            Lang::Fr,
            "IUT de Rennes",
            Some(Organization),
        ),
        // "la Ville de X" as the town's body
        (
            "La subvention versée par la Ville de Nantes sera revue.",
            Lang::Fr,
            "Ville de Nantes",
            Some(Organization),
        ),
        // a known place and a word bodies and lists are named with
        (
            "Le budget de Dieppe Agglomération a été voté mardi.",
            Lang::Fr,
            "Dieppe Agglomération",
            Some(Organization),
        ),
        (
            "La liste Colmar Ensemble a obtenu huit sièges.",
            Lang::Fr,
            "Colmar Ensemble",
            Some(Organization),
        ),
    ]);
}

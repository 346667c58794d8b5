//! One table case per rule of the twenty-first round (round 26 of the held-out sets), chosen
//! from a count over sets 3-27 of the organisations each code path made, right and wrong: a
//! name guessed without evidence that runs on into more capitals is a piece of a longer one.

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round21_default_name_running_on() {
    check_kinds(&[
        // a person by default, never named again, was an organisation: running on into a
        // number or capitals at each mention, it is a piece of a longer name
        (
            "The valley flooded on Corran Tide 2019, residents said.",
            Lang::En,
            "Corran Tide",
            None,
        ),
        // or following a capitalised word straight (here a known place that split the run)
        (
            "Funding came from the Montana Corbel Wren programme last spring.",
            Lang::En,
            "Corbel Wren",
            None,
        ),
        // not after an article opening the sentence
        (
            "The Corbel Wren paid for the repairs last spring.",
            Lang::En,
            "Corbel Wren",
            Some(Organization),
        ),
        // ended there, it stays an organisation
        (
            "The valley flooded last year, and Corran Tide paid for the repairs.",
            Lang::En,
            "Corran Tide",
            Some(Organization),
        ),
        // a known place after "de" or "of" completes the name, no longer one
        (
            "Les toiles ont été prêtées par la Tessel Gallery de Londres et par un musée.",
            Lang::Fr,
            "Tessel Gallery",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round21_lone_word_after_an_organisation_noun_running_on() {
    check_kinds(&[
        (
            "Mardi soir, l’association Velmoria 35 a annoncé l’annulation du festival.",
            Lang::Fr,
            "Velmoria",
            None,
        ),
        (
            "The company signed a contract with the cooperative Tarnwick Europe Growers.",
            Lang::En,
            "Tarnwick",
            None,
        ),
        // alone after the noun, it is the organisation
        (
            "Mardi soir, l’association Velmoria a annoncé l’annulation du festival.",
            Lang::Fr,
            "Velmoria",
            Some(Organization),
        ),
    ]);
}

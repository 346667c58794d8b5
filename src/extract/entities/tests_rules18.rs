//! One table case per rule of the eighteenth round (round 23 of the held-out sets), read off the
//! error classes of sets 3-25: lone unknown names made places by their context ("on the X",
//! "north to X", "relier X"), a place's people in French ("les Montiliens"), names after a
//! saint kept whole ("St James's University Hospital").

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round18_place_contexts() {
    check_kinds(&[
        (
            "Fishermen on the Brakka say the catch has halved since the dam opened.",
            Lang::En,
            "Brakka",
            Some(Place),
        ),
        (
            "The second phase runs from Tullyvane north to Drumkeel, officials said.",
            Lang::En,
            "Drumkeel",
            Some(Place),
        ),
        (
            "La ligne doit relier Vernoux à la gare de Tournon d’ici 2030.",
            Lang::Fr,
            "Vernoux",
            Some(Place),
        ),
    ]);
}

#[test]
fn rules_round18_inhabitants() {
    check_kinds(&[
        (
            "En attendant, les Vernusiens prennent leur mal en patience.",
            Lang::Fr,
            "Vernusiens",
            None,
        ),
        (
            "Son client, un Tarnais de 34 ans, avait pu se dégager seul.",
            Lang::Fr,
            "Tarnais",
            None,
        ),
    ]);
}

#[test]
fn rules_round18_named_after_a_saint() {
    check_kinds(&[
        (
            "A porter at St Aidan's Community Hospital said the ward had closed.",
            Lang::En,
            "St Aidan",
            None,
        ),
        (
            "Blankets were handed out at St Brannock's Parish Church on Monday.",
            Lang::En,
            "Parish Church",
            None,
        ),
        // the whole name, one organisation
        (
            "A porter at St Aidan's Community Hospital said the ward had closed.",
            Lang::En,
            "St Aidan's Community Hospital",
            Some(Organization),
        ),
    ]);
}

//! Round 58 (q58lone): lone unknown names with a cue of place the rules missed: the members
//! after "the districts of" / "the neighbourhoods of" (a plural place noun and "of"), the town
//! of a French circuit ("le circuit de X") and a French stream ("le ruisseau de la X").

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q58lone_names_after_a_plural_place_noun_and_of_are_places() {
    let a = "Weavers from the three districts of Oravelli, Tunsbrak and Pelmora marched on Monday.";
    let b =
        "Rents have doubled in the coastal neighbourhoods of Kestrapura and Mendalpur since 2019.";
    let c = "Flooding hit the counties of Drumvane and Kilbrisk overnight.";
    let d = "The municipalities of Svartvik and Hollund voted against the plan.";
    let e = "Buses still run to the provinces of Tavara and Ombeli.";
    check_found(&[
        (&[a], Lang::En, Place, "Oravelli", true),
        (&[a], Lang::En, Place, "Tunsbrak", true),
        (&[a], Lang::En, Place, "Pelmora", true),
        (&[b], Lang::En, Place, "Kestrapura", true),
        (&[b], Lang::En, Place, "Mendalpur", true),
        (&[c], Lang::En, Place, "Drumvane", true),
        (&[d], Lang::En, Place, "Svartvik", true),
        (&[e], Lang::En, Place, "Tavara", true),
        // guards: a common word there names no place; a plural of sites keeps its own sense
        (
            &["The districts of Justice were redrawn last year."],
            Lang::En,
            Place,
            "Justice",
            false,
        ),
        (
            &["The departures of Holbrand were delayed again."],
            Lang::En,
            Place,
            "Holbrand",
            false,
        ),
    ]);
}

#[test]
fn rules_q58lone_a_circuit_or_a_stream_is_named_after_its_place() {
    let a = "La course partira du circuit de Vantrelle, près de Brossac, dimanche.";
    let b = "La manche suivante aura lieu sur le circuit de Morlenges en octobre.";
    let c = "Des truites ont été vues dans le ruisseau de la Garvesse après la crue.";
    let d = "Les truites remontent le ruisseau de Pravenne jusqu’au moulin.";
    check_found(&[
        (&[a], Lang::Fr, Place, "Vantrelle", true),
        (&[b], Lang::Fr, Place, "Morlenges", true),
        (&[c], Lang::Fr, Place, "Garvesse", true),
        (&[d], Lang::Fr, Place, "Pravenne", true),
        // guards: a racing series after "circuit de" is no place
        (
            &["Le circuit de Formule 1 sera fermé tout l’hiver."],
            Lang::Fr,
            Place,
            "Formule",
            false,
        ),
    ]);
}

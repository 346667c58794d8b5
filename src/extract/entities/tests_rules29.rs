//! One table case per kind rule of round 29 (names found with the right span but the wrong
//! kind, counted over held-out sets 3-30): a person set off by commas after a job; a product
//! noun after "a" that is a job ("a programme director") or after the French verb "a"; a
//! town's body ("la Municipalité de X", "la Ville d’X") that is no person and leaves the town a
//! place; a nationality adjective and a job before a person; a given name before a one-word
//! place; a name listed after a plural noun of places; a month's abbreviation; the body after
//! "a spokesman for"; "Downtown X" and "the coast of X"; a legal form ("Inc.") ending a name
//! that opens with an event word.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round29_person_after_a_job_and_a_comma() {
    check_found(&[
        (
            &[
                "The fund was sold on Monday. The group's managing partner, Tesfa Ondrassi, described the deal as a turning point.",
            ],
            Lang::En,
            Person,
            "Tesfa Ondrassi",
            true,
        ),
        (
            &[
                "Le conseil a voté le budget lundi soir. La vice-présidente chargée de l’habitat social, Maheata Ondrassi-Perrin, défend une « gestion prudente » des comptes.",
            ],
            Lang::Fr,
            Person,
            "Maheata Ondrassi-Perrin",
            true,
        ),
        // no job before the comma: no evidence of a person
        (
            &["The fund was sold on Monday to its rivals, Tesfa Ondrassi, for a small sum."],
            Lang::En,
            Person,
            "Tesfa Ondrassi",
            false,
        ),
    ]);
}

#[test]
fn rules_round29_product_nouns_that_are_no_product() {
    check_found(&[
        // "a programme director": the noun before a job is part of the job
        (
            &[
                "The agency extended the mission on Tuesday. Tesfa Ondrassi, a programme director at the agency's centre, said the data were sound.",
            ],
            Lang::En,
            Person,
            "Tesfa Ondrassi",
            true,
        ),
        // French "a" is the verb, no article: "X, a appelé…"
        (
            &[
                "Du côté du gouvernement, la ministre des Ressources naturelles, Maheata Ondrassi, a appelé les parties au calme.",
            ],
            Lang::Fr,
            Person,
            "Maheata Ondrassi",
            true,
        ),
        // the product noun alone still introduces a product
        (
            &["The agency launched Skyreach, a programme to map the coasts."],
            Lang::En,
            Other,
            "Skyreach",
            true,
        ),
    ]);
}

#[test]
fn rules_round29_town_bodies_are_no_person() {
    check_found(&[
        (
            &[
                "Les électeurs ont dit non. À Tavrolles, le oui l’a emporté. Le bourg de Tavrolles compte 4000 habitants.",
                "Lundi, la Municipalité de Tavrolles doit tenir une séance extraordinaire.",
            ],
            Lang::Fr,
            Person,
            "Municipalité de Tavrolles",
            false,
        ),
        (
            &[
                "Les électeurs ont dit non. À Tavrolles, le oui l’a emporté. Le bourg de Tavrolles compte 4000 habitants.",
                "Lundi, la Municipalité de Tavrolles doit tenir une séance extraordinaire.",
            ],
            Lang::Fr,
            Place,
            "Tavrolles",
            true,
        ),
        // the elided "d’": the town's body
        (
            &[
                "Pourtant, la Ville d’Orvelles et la préfecture voient d’un bon œil l’arrivée de la minière. Le maire d’Orvelles a signé.",
            ],
            Lang::Fr,
            Organization,
            "Ville d’Orvelles",
            true,
        ),
    ]);
}

#[test]
fn rules_round29_job_and_nationality_before_a_person() {
    check_found(&[(
        &[
            "Le pilier géorgien Tamaz Lomidze et le deuxième-ligne fidjien Semisi Valokori renforcent une mêlée redoutée.",
        ],
        Lang::Fr,
        Person,
        "Semisi Valokori",
        true,
    )]);
}

#[test]
fn rules_round29_given_name_and_a_place_as_surname() {
    check_found(&[
        // a place that is a given name, then a one-word place that is no country
        (
            &[
                "Among the new signings is Jordan Derby, the 19-year-old winger. Derby said he was proud.",
            ],
            Lang::En,
            Person,
            "Jordan Derby",
            true,
        ),
        // a common given name before a known town
        (
            &[
                "The club was sold by its owner, Graham Lancaster, for a small sum. Lancaster declined to comment.",
            ],
            Lang::En,
            Person,
            "Graham Lancaster",
            true,
        ),
    ]);
}

#[test]
fn rules_round29_places_listed_after_a_noun_of_places() {
    check_found(&[(
        &["Salt water has reached provinces such as Ben Luc and Tra Vinh, officials said."],
        Lang::En,
        Place,
        "Ben Luc",
        true,
    )]);
}

#[test]
fn rules_round29_no_name_where_a_date_or_an_employer_is() {
    check_found(&[
        // a month's abbreviation before a day's number
        (
            &["Passengers who booked after Jan. 31 will be refunded, the operator said."],
            Lang::En,
            Person,
            "Jan",
            false,
        ),
        // who speaks for a name speaks for a body
        (
            &["Derek Moss, a spokesman for Ocean Liberation, said the plan was flawed."],
            Lang::En,
            Person,
            "Ocean Liberation",
            false,
        ),
    ]);
}

#[test]
fn rules_round29_a_place_is_no_surname_of_a_guess() {
    check_found(&[
        // "Downtown X" is the town X
        (
            &[
                "The fire forced evacuations near Tumalo Springs on Monday.",
                "Downtown Tumalo Springs, usually busy in autumn, was quiet.",
            ],
            Lang::En,
            Place,
            "Downtown Tumalo Springs",
            false,
        ),
        // a place on a coast
        (
            &[
                "Plans for Orbital Base Kinlochard, on the north coast of Kinlochard, were scaled back.",
            ],
            Lang::En,
            Place,
            "Kinlochard",
            true,
        ),
    ]);
}

#[test]
fn rules_round29_a_legal_form_outweighs_an_event_word() {
    check_found(&[(
        &[
            "The court ruled against Summit Ridge Learning Inc., a for-profit company based in Dublin, Ohio.",
        ],
        Lang::En,
        Organization,
        "Summit Ridge Learning Inc.",
        true,
    )]);
}

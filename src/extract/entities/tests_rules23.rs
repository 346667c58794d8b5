//! One table case per rule of round 27b (the twenty-third round of rules): names split or cut at
//! "and", dashes, apostrophes and trailing words, counted over the span errors of sets 3-28.

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round23_apostrophe_and_dash_inside_names() {
    check_kinds(&[
        // a capital N, D or M, an apostrophe and a capital: one surname, no elision
        (
            "Le docteur Awa Koffi N’Dri, qui dirige le service, a répondu.",
            Lang::Fr,
            "Awa Koffi N’Dri",
            Some(Person),
        ),
        // an en dash touching two capitalised words joins a compound inside the name
        (
            "L’équipe Torvan–Belmac Cyclisme a contesté la sanction.",
            Lang::Fr,
            "Torvan–Belmac Cyclisme",
            Some(Organization),
        ),
        // a known place after the dash stays inside it
        (
            "Le club Brenac–Savoie Cyclisme a contesté la sanction.",
            Lang::Fr,
            "Savoie",
            None,
        ),
        (
            "Le club Brenac–Savoie Cyclisme a contesté la sanction.",
            Lang::Fr,
            "Brenac–Savoie Cyclisme",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round23_and_inside_one_name() {
    check_kinds(&[
        // no article before: a body's noun and "of", then one plain word
        (
            "Peru's Ministry of Culture and Heritage published the figures.",
            Lang::En,
            "Ministry of Culture and Heritage",
            Some(Organization),
        ),
        // two plain words, then words ending with an organisation noun
        (
            "Ghana's National Forestry and Wildlife Service closed the park.",
            Lang::En,
            "National Forestry and Wildlife Service",
            Some(Organization),
        ),
        // an organisation noun ending the run, then two capitalised words
        (
            "The bones are now kept at Harwick Museum and Art Gallery.",
            Lang::En,
            "Harwick Museum and Art Gallery",
            Some(Organization),
        ),
        // but not one word: two companies
        (
            "The merger of Tarnhill Airways and Brackenlink was approved.",
            Lang::En,
            "Tarnhill Airways",
            Some(Organization),
        ),
        // a plural owning the organisation noun
        (
            "The Ardmore and Kilbrook Residents’ Association met on Monday.",
            Lang::En,
            "Ardmore and Kilbrook Residents’ Association",
            Some(Organization),
        ),
        // two compass words around "and" after "of"
        (
            "The Heritage Trust of North and East Yorkshire objected to the plan.",
            Lang::En,
            "Heritage Trust of North and East Yorkshire",
            Some(Organization),
        ),
        // after a word introducing an organisation
        (
            "Le laboratoire Patrimoine et Sociétés, rattaché au CNRS, a fouillé le site.",
            Lang::Fr,
            "Patrimoine et Sociétés",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round23_and_between_two_names() {
    check_kinds(&[
        // a run opened by a place noun is complete
        (
            "The town flooded when the River Aske and Lowther Water burst their banks.",
            Lang::En,
            "River Aske",
            Some(Place),
        ),
        // words after "and" that take a legal form are a company of their own
        (
            "The tour is paid for by the Arts Council and Corran Shipping Holdings plc, a logistics group.",
            Lang::En,
            "Arts Council",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round23_trailing_words() {
    check_kinds(&[
        (
            "The tour is paid for by the Arts Council and Corran Shipping Holdings plc, a logistics group.",
            Lang::En,
            "Corran Shipping Holdings plc",
            Some(Organization),
        ),
        (
            "Developers such as Veldtvind A/S abandoned projects off the coast.",
            Lang::En,
            "Veldtvind A/S",
            Some(Organization),
        ),
        (
            "La société est représentée par Tremblay Gagnon avocats, un bureau de Québec.",
            Lang::Fr,
            "Tremblay Gagnon avocats",
            Some(Organization),
        ),
        (
            "Swiss Rowing said on Monday that the results stand.",
            Lang::En,
            "Swiss Rowing",
            Some(Organization),
        ),
        // "Ltd." ending a sentence leaves its full stop
        (
            "The work was done by Corrib Lynch Surveying Ltd. The survey found cracks.",
            Lang::En,
            "Corrib Lynch Surveying Ltd",
            Some(Organization),
        ),
    ]);
}

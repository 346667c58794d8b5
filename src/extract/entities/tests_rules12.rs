//! One table case per rule of the twelfth round, which looked for the errors that recur across
//! the held-out sets rather than in one of them: the kind of a lone unknown name from its
//! context (a coordinated preposition of place, a site "at" it, a lowercase place noun after
//! it, a tie between a guess and a cue), …

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round12_places_from_context() {
    check_kinds(&[
        // 1. a preposition of place coordinated after another keeps its sense
        (
            "Les navettes relieront le musée à la gare de Brévanne et au Corvillon cet été.",
            Lang::Fr,
            "Corvillon",
            Some(Place),
        ),
        (
            "Several engineers moved to Tarvik or nearby Quellham last year.",
            Lang::En,
            "Quellham",
            Some(Place),
        ),
        // 2. a site noun and "at": what follows is where the site is
        (
            "Brenwick Energy, which builds turbines, is opening a supply base at Quarnsby.",
            Lang::En,
            "Quarnsby",
            Some(Place),
        ),
        (
            "The council sold its stake in a shopping centre at Kessock Ferrow last year.",
            Lang::En,
            "Kessock Ferrow",
            Some(Place),
        ),
        // 3. a lowercase place noun after the name
        (
            "The striker grew up on the town's Dunholm estate and still lives there.",
            Lang::En,
            "Dunholm",
            Some(Place),
        ),
        (
            "The group said its Varrick mine would start production next year.",
            Lang::En,
            "Varrick",
            Some(Place),
        ),
        // 4. a tie between the default guess and a cue of place goes to the place
        (
            "Fires reached the outskirts of Varnock on Sunday.\n\nA retired worker from Varnock \
             had left with little.",
            Lang::En,
            "Varnock",
            Some(Place),
        ),
        // 5. a lone name "in" (", dans") a known place lies there
        (
            "Copper will travel by rail from Malvora in Zambia to the coast.",
            Lang::En,
            "Malvora",
            Some(Place),
        ),
        (
            "Les élus ont visité mardi Kervélec, dans le Finistère, avec le préfet.",
            Lang::Fr,
            "Kervélec",
            Some(Place),
        ),
    ]);
}

#[test]
fn rules_round12_peoples_words() {
    check_kinds(&[
        // 6. a people's word made from a known place's name: no entity either
        (
            "The storm left thousands of Oregonians without heat for days.",
            Lang::En,
            "Oregonians",
            None,
        ),
        (
            "The verdict came from a Texan jury on Monday.",
            Lang::En,
            "Texan",
            None,
        ),
    ]);
}

#[test]
fn rules_round12_long_names() {
    check_kinds(&[
        // 7. a known organisation of several words, or words joined by "&", then "de" and a
        // known place: one body
        (
            "Le prêt a été signé avec le Crédit Mutuel de Normandie la semaine dernière.",
            Lang::Fr,
            "Crédit Mutuel de Normandie",
            Some(Organization),
        ),
        (
            "L’association Terre & Rivières de Normandie a porté plainte.",
            Lang::Fr,
            "Terre & Rivières de Normandie",
            Some(Organization),
        ),
        // 8. a known place and an acronym straight after it
        (
            "Les ingénieurs formés à Lyon INP rejoignent la société.",
            Lang::Fr,
            "Lyon INP",
            Some(Organization),
        ),
        (
            "The panels were designed by Cambridge QT, a start-up spun out of the university.",
            Lang::En,
            "Cambridge QT",
            Some(Organization),
        ),
        // 9. a title inside a body's name: the person it is named after, or its holder
        (
            "The hub is run with the Sir Alan Fenwick Trust, a cancer charity.",
            Lang::En,
            "Sir Alan Fenwick Trust",
            Some(Organization),
        ),
        (
            "The clinic will be moved to the King Edward Hospital next year.",
            Lang::En,
            "King Edward Hospital",
            Some(Organization),
        ),
        (
            "The Office of the Regional Trade Commissioner said on Monday it would appeal.",
            Lang::En,
            "Office of the Regional Trade Commissioner",
            Some(Organization),
        ),
        // 10. a state university's campus town after "at"
        (
            "She studied at the University of Oregon at Eugene before joining the firm.",
            Lang::En,
            "University of Oregon at Eugene",
            Some(Organization),
        ),
        // 11. a lowercase "lycée"/"collège" and the name after it: the school
        (
            "Les élèves du lycée Marcelin-Berthelot ont rencontré les ingénieurs.",
            Lang::Fr,
            "lycée Marcelin-Berthelot",
            Some(Organization),
        ),
        (
            "Le partenariat avec le collège Rostand sera reconduit.",
            Lang::Fr,
            "collège Rostand",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round12_streets() {
    check_kinds(&[
        // 12. a compass word, plain words and a street noun: one street, a person's name in it
        // or not
        (
            "The bar on East Ninth Street closed last week.",
            Lang::En,
            "East Ninth Street",
            Some(Place),
        ),
        (
            "A new shop opened on West Rosa Parks Avenue on Friday.",
            Lang::En,
            "West Rosa Parks Avenue",
            Some(Place),
        ),
    ]);
}

#[test]
fn a_state_or_a_course_along_names_the_place_after_it() {
    check_kinds(&[
        // "l’État du X": a state (a country's division) is a place
        (
            "Le fournisseur est établi dans l’État du Karnavati, selon l’agence.",
            Lang::Fr,
            "Karnavati",
            Some(Place),
        ),
        // "le long de la X", "le long du X": a river or a road is a place
        (
            "Il a attaqué le long de la Vézère, puis le long du Lémance.",
            Lang::Fr,
            "Vézère",
            Some(Place),
        ),
        (
            "Il a attaqué le long de la Vézère, puis le long du Lémance.",
            Lang::Fr,
            "Lémance",
            Some(Place),
        ),
    ]);
}

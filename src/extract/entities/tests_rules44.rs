//! One table case per rule of round 33 (second part) for French bodies: "de" and a determiner
//! or a quantifier ("de tout", "de chaque", "de ses") never continue a body's name; a ministry
//! the gazetteer knows by its first remit goes on through the remits listed after it. Guards:
//! a body whose complement opens with a plain article keeps it; a ministry named by one remit
//! stays whole and alone.

use super::tests_merge::{check_found, names};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round33b_a_determiner_after_de_ends_a_body_name() {
    check_found(&[
        (
            &[
                "Les clients peuvent se plaindre devant la Régie du logement de toute hausse jugée abusive.",
            ],
            Lang::Fr,
            Organization,
            "Régie du logement",
            true,
        ),
        (
            &["Le maire a saisi la Commission des transports de chaque projet de ligne nouvelle."],
            Lang::Fr,
            Organization,
            "Commission des transports",
            true,
        ),
        (
            &["Elle a informé l’Agence de l’eau de ses intentions pour la rivière, lundi soir."],
            Lang::Fr,
            Organization,
            "Agence de l’eau",
            true,
        ),
        (
            &[
                "Il a prévenu le Conseil de la concurrence de plusieurs fusions en cours dans le secteur.",
            ],
            Lang::Fr,
            Organization,
            "Conseil de la concurrence",
            true,
        ),
        // guard: a plain article after "de" still continues the name
        (
            &[
                "Le Conseil supérieur de la magistrature a rendu son avis mardi, selon le ministère.",
            ],
            Lang::Fr,
            Organization,
            "Conseil supérieur de la magistrature",
            true,
        ),
    ]);
}

#[test]
fn rules_round33b_no_determiner_phrase_in_a_body_name() {
    let blocks = &[
        "Les clients peuvent se plaindre devant la Régie du logement de toute hausse jugée abusive.",
    ];
    let got = names(blocks, Lang::Fr, Organization);
    assert!(got.iter().all(|(n, _)| !n.contains("toute")), "{got:?}");
}

#[test]
fn rules_round33b_a_known_ministry_runs_on_through_its_remits() {
    check_found(&[
        (
            &[
                "Une note du ministère de l’Économie, de l’Innovation et de l’Énergie a été transmise aux élus jeudi.",
            ],
            Lang::Fr,
            Organization,
            "ministère de l’Économie, de l’Innovation et de l’Énergie",
            true,
        ),
        // guard: the ministry named by one remit is whole
        (
            &[
                "Une note du ministère de l’Économie a été transmise aux élus jeudi, selon la préfecture.",
            ],
            Lang::Fr,
            Organization,
            "ministère de l’Économie",
            true,
        ),
    ]);
}

#[test]
fn rules_round33b_a_facility_names_its_town() {
    check_found(&[
        (
            &["Le chantier de la centrale solaire de Marzouga a repris, a précisé le directeur."],
            Lang::Fr,
            Place,
            "Marzouga",
            true,
        ),
        (
            &["Le barrage de Tessonville sera rénové en 2027, a annoncé la préfecture."],
            Lang::Fr,
            Place,
            "Tessonville",
            true,
        ),
        (
            &["Les camions partent chaque jour de la carrière de Vaudrecourt vers la côte."],
            Lang::Fr,
            Place,
            "Vaudrecourt",
            true,
        ),
        (
            &["Le chantier du parc éolien de Kerbiguet a pris six mois de retard, selon les élus."],
            Lang::Fr,
            Place,
            "Kerbiguet",
            true,
        ),
        // guard: a body's name after "de" with a lowercase noun that is no facility
        (
            &["Le rapport de Greenpeace sur la centrale a été publié mardi, selon l’association."],
            Lang::Fr,
            Place,
            "Greenpeace",
            false,
        ),
    ]);
}

#[test]
fn rules_round33b_a_place_word_as_a_given_name_in_a_person_slot() {
    check_found(&[
        (
            &[
                "The union said fares would rise. Its treasurer, Lourdes Quibranza, said drivers could not wait.",
            ],
            Lang::En,
            Person,
            "Lourdes Quibranza",
            true,
        ),
        (
            &["The council met on Monday, and Adelaide Brunnock said the budget was ready."],
            Lang::En,
            Person,
            "Adelaide Brunnock",
            true,
        ),
        (
            &["The hearing was chaired by spokeswoman Lourdes Tavendra on Monday."],
            Lang::En,
            Person,
            "Lourdes Tavendra",
            true,
        ),
        // guard: the place named where no person stands stays a place
        (
            &["Pilgrims reached Lourdes on Monday, and the shrine was busy all week."],
            Lang::En,
            Place,
            "Lourdes",
            true,
        ),
    ]);
}

#[test]
fn rules_round33b_a_qualifier_opens_a_landform_named_after_a_place() {
    check_found(&[
        (
            &["Oil spilled into the New Dover River on Sunday, residents said."],
            Lang::En,
            Place,
            "New Dover River",
            true,
        ),
        (
            &["Boats were stranded on the Little Denver Creek after the storm."],
            Lang::En,
            Place,
            "Little Denver Creek",
            true,
        ),
        // guard: the town alone is still the town
        (
            &["Oil spilled near Dover on Sunday, residents said."],
            Lang::En,
            Place,
            "Dover",
            true,
        ),
    ]);
}

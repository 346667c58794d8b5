//! One table case per rule of the eighth round (French "M." as a title, an age in
//! apposition, surnames of several words named again).

use super::tests_rules::kind_of;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

/// Checks a table of (blocks, language, name, expected kind or none), reporting every miss.
fn check(cases: &[(&[&str], Lang, &str, Option<EntityKind>)]) {
    let mut failed = Vec::new();
    for (blocks, lang, name, want) in cases {
        let got = kind_of(blocks, *lang, name);
        if got != *want {
            failed.push(format!("{blocks:?}: {name} = {got:?}, want {want:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn rules_round8_people() {
    check(&[
        // 1. French "M." before a capitalised word is the title, not an initial nor a name
        (
            &["Le projet avance, selon M. Castagnet."],
            Lang::Fr,
            "Castagnet",
            Some(Person),
        ),
        (
            &["Selon M. Castagnet, le projet avance."],
            Lang::Fr,
            "M. Castagnet",
            None,
        ),
        (
            &["« Rien n’est joué », dit M. Castagnet."],
            Lang::Fr,
            "M",
            None,
        ),
        // (an English "M." stays an initial)
        (
            &["The film was directed by Walter M. Harrow last year."],
            Lang::En,
            "Walter M. Harrow",
            Some(Person),
        ),
        // 2. an age in apposition makes a person
        (
            &["At the station, driver Kit Varga, 34, said the trains were late."],
            Lang::En,
            "Kit Varga",
            Some(Person),
        ),
        (
            &["Devant la mairie, Loïs Daravin, 61 ans, attend depuis l’aube."],
            Lang::Fr,
            "Loïs Daravin",
            Some(Person),
        ),
        // (a year after a comma is no age)
        (
            &["Shares in Corvane Analytics, 2024, fell."],
            Lang::En,
            "Corvane Analytics",
            Some(Organization),
        ),
        // 3. a surname of several words named again alone belongs to the full name
        (
            &[
                "Ronan Mac Giolla, a fisherman from Kerry, saw the whale first.",
                "“It was huge,” Mac Giolla said.",
                "Ronan stayed on the pier.",
            ],
            Lang::En,
            "Mac Giolla",
            Some(Person),
        ),
        (
            &[
                "Ronan Mac Giolla, a fisherman from Kerry, saw the whale first.",
                "“It was huge,” Mac Giolla said.",
                "Ronan stayed on the pier.",
            ],
            Lang::En,
            "Ronan Mac Giolla",
            Some(Person),
        ),
    ]);
}

//! One table case per rule of the third round (org nouns, place contexts, French
//! institution heads, organisation verb cues, coordination, short forms).

use super::extract_entities;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

/// The kind of the entity named `name` (or with that alias) in `blocks`; shared by the
/// rule tables of every round.
pub(super) fn kind_of(blocks: &[&str], lang: Lang, name: &str) -> Option<EntityKind> {
    extract_entities(blocks, lang)
        .into_iter()
        .find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
        .map(|e| e.kind)
}

/// Checks a table of (text, language, name, expected kind or none), reporting every miss at once.
pub(super) fn check_kinds(cases: &[(&str, Lang, &str, Option<EntityKind>)]) {
    let mut failed = Vec::new();
    for (text, lang, name, want) in cases {
        let got = kind_of(&[text], *lang, name);
        if got != *want {
            failed.push(format!("{text:?}: {name} = {got:?}, want {want:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn rules_round3() {
    let cases: &[(&str, Lang, &str, EntityKind)] = &[
        // 1. organisation nouns and "&" make organisations, not people
        (
            "Shares in Dunmore Pharmacy fell on Monday.",
            Lang::En,
            "Dunmore Pharmacy",
            Organization,
        ),
        (
            "The Tenth Circuit heard the case.",
            Lang::En,
            "Tenth Circuit",
            Organization,
        ),
        (
            "Voters Rights Alabama filed a brief.",
            Lang::En,
            "Voters Rights Alabama",
            Organization,
        ),
        (
            "Il a rejoint Hartl & Sohn en 2020.",
            Lang::Fr,
            "Hartl & Sohn",
            Organization,
        ),
        // 4. a place word opening a name that ends with an organisation noun
        (
            "Patients sued Mount Sinai Health on Friday.",
            Lang::En,
            "Mount Sinai Health",
            Organization,
        ),
        // 2. place contexts
        (
            "Les éleveurs vivent dans l’Aveyron depuis des siècles.",
            Lang::Fr,
            "Aveyron",
            Place,
        ),
        (
            "Les habitants de Rodez sont inquiets.",
            Lang::Fr,
            "Rodez",
            Place,
        ),
        (
            "Les élus de la région Pays de la Loire protestent.",
            Lang::Fr,
            "Pays de la Loire",
            Place,
        ),
        ("Le maire de Millau a réagi.", Lang::Fr, "Millau", Place),
        (
            "A Suffolk-based charity said it would help.",
            Lang::En,
            "Suffolk",
            Place,
        ),
        (
            "Brightwater, the Devon company, said it would expand.",
            Lang::En,
            "Devon",
            Place,
        ),
        (
            "Residents of the town of Hexham were evacuated.",
            Lang::En,
            "Hexham",
            Place,
        ),
        // coordination with a place
        (
            "Des coupures ont eu lieu à Rodez, Espalion et Millau.",
            Lang::Fr,
            "Espalion",
            Place,
        ),
        // 3. French institution heads with a lowercase tail
        (
            "La Haute Autorité de santé a rendu un avis.",
            Lang::Fr,
            "Haute Autorité de santé",
            Organization,
        ),
        (
            "Selon la Cour des comptes, le coût explose.",
            Lang::Fr,
            "Cour des comptes",
            Organization,
        ),
        (
            "Le CHU de Nîmes a ouvert un service.",
            Lang::Fr,
            "CHU de Nîmes",
            Organization,
        ),
        (
            "L’agence régionale de santé de Normandie alerte.",
            Lang::Fr,
            "agence régionale de santé de Normandie",
            Organization,
        ),
        (
            "Il travaille au centre hospitalier de Pau depuis 2010.",
            Lang::Fr,
            "centre hospitalier de Pau",
            Organization,
        ),
        (
            "Le Haut Conseil du financement public recommande une hausse.",
            Lang::Fr,
            "Haut Conseil du financement public",
            Organization,
        ),
        (
            "Santé animale France publie un rapport.",
            Lang::Fr,
            "Santé animale France",
            Organization,
        ),
        // 5. organisation verb cues on one-word names
        (
            "Norvane did not respond to a request for comment.",
            Lang::En,
            "Norvane",
            Organization,
        ),
        (
            "A spokesperson for Quillon said talks continued.",
            Lang::En,
            "Quillon",
            Organization,
        ),
        (
            "Talks stalled, said Ravelle, which owns the site.",
            Lang::En,
            "Ravelle",
            Organization,
        ),
        (
            "Merloc, sous-traitant historique, n’a pas souhaité commenter.",
            Lang::Fr,
            "Merloc",
            Organization,
        ),
    ];
    for (text, lang, name, kind) in cases {
        assert_eq!(
            kind_of(&[text], *lang, name),
            Some(*kind),
            "{name} in {text}"
        );
    }
}

#[test]
fn initial_word_before_de_is_dropped() {
    let ents = extract_entities(&["Originaire de Millau, elle vit à Lyon."], Lang::Fr);
    assert!(ents.iter().all(|e| !e.name.starts_with("Originaire")));
}

#[test]
fn short_form_marks_organisation() {
    // "Trevanta Bio" is shortened to its first word, never to its last
    let blocks = [
        "Investors backed Trevanta Gen last year.",
        "Trevanta plans a listing.",
    ];
    assert_eq!(
        kind_of(&blocks, Lang::En, "Trevanta Gen"),
        Some(Organization)
    );
}

//! One table case per rule of the fourth round (administrative gazetteer,
//! ambiguous place names, organisation-shaped words, compass prefixes, stations,
//! "-based" modifiers, ministry remit lists, fronted place adverbials).

use super::tests_rules::kind_of;
use super::words::org_shaped;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round4() {
    let cases: &[(&str, Lang, &str, Option<EntityKind>)] = &[
        // 1. administrative gazetteer: départements, régions, counties, states
        (
            "Les pompiers de la Haute-Garonne sont partis.",
            Lang::Fr,
            "Haute-Garonne",
            Some(Place),
        ),
        (
            "Le mistral souffle sur les Bouches-du-Rhône.",
            Lang::Fr,
            "Bouches-du-Rhône",
            Some(Place),
        ),
        (
            "Flooding hit Lincolnshire on Monday.",
            Lang::En,
            "Lincolnshire",
            Some(Place),
        ),
        (
            "The plant is in Saskatchewan.",
            Lang::En,
            "Saskatchewan",
            Some(Place),
        ),
        (
            "Ships crossed the mer du Nord overnight.",
            Lang::Fr,
            "mer du Nord",
            Some(Place),
        ),
        // ambiguous names: a sentence opener needs a place context
        ("Reading is fun, she said.", Lang::En, "Reading", None),
        (
            "Trains to Reading were cancelled.",
            Lang::En,
            "Reading",
            Some(Place),
        ),
        ("À Lens, le stade est plein.", Lang::Fr, "Lens", Some(Place)),
        (
            "She moved to Victoria last year.",
            Lang::En,
            "Victoria",
            Some(Place),
        ),
        (
            "Victoria Hale, a farmer, said it rained.",
            Lang::En,
            "Victoria Hale",
            Some(Person),
        ),
        // a given name, initials and a place-named surname
        (
            "Judge Erica C. Crawley ruled on Friday.",
            Lang::En,
            "Erica C. Crawley",
            Some(Person),
        ),
        // 2. geographic nouns
        (
            "Il a plu sur la Montagne Noire.",
            Lang::Fr,
            "Montagne Noire",
            Some(Place),
        ),
        // organisation-shaped words after a title word or opening a sentence
        (
            "Le délégué syndical SUD-Rail a parlé.",
            Lang::Fr,
            "SUD-Rail",
            Some(Organization),
        ),
        (
            "Météo-France prévoit de la pluie.",
            Lang::Fr,
            "Météo-France",
            Some(Organization),
        ),
        (
            "Le délégué CGT-Énergie Paul Mercier proteste.",
            Lang::Fr,
            "Paul Mercier",
            Some(Person),
        ),
        // 4. a lone sentence opener followed by a saying verb
        (
            "Enedis indique que 4 000 foyers sont privés de courant.",
            Lang::Fr,
            "Enedis",
            Some(Organization),
        ),
        (
            "Officials said the road was closed.",
            Lang::En,
            "Officials",
            None,
        ),
        // 3. compass prefixes, stations, "-based", remit lists, "The X and Y Z"
        (
            "The lab is in South San Francisco.",
            Lang::En,
            "South San Francisco",
            Some(Place),
        ),
        (
            "She told BBC Radio Kent on Monday.",
            Lang::En,
            "BBC Radio Kent",
            Some(Organization),
        ),
        (
            "He spoke on BBC Radio 4 yesterday.",
            Lang::En,
            "BBC Radio 4",
            Some(Organization),
        ),
        (
            "Boston-based Velmora Labs raised money.",
            Lang::En,
            "Velmora Labs",
            Some(Organization),
        ),
        (
            "Boston-based Velmora Labs raised money.",
            Lang::En,
            "Boston",
            Some(Place),
        ),
        (
            "The Ministry of Housing, Communities and Local Government said no.",
            Lang::En,
            "Ministry of Housing, Communities and Local Government",
            Some(Organization),
        ),
        (
            "The Food and Drug Administration approved it.",
            Lang::En,
            "Food and Drug Administration",
            Some(Organization),
        ),
        // 5. fronted place adverbial, not an apposition
        (
            "À Angoulême, l’association a ouvert un gymnase.",
            Lang::Fr,
            "Angoulême",
            Some(Place),
        ),
        (
            "À Cognac, l’association a ouvert un gymnase.",
            Lang::Fr,
            "Cognac",
            Some(Place),
        ),
    ];
    for (text, lang, name, want) in cases {
        let got = kind_of(&[text], *lang, name);
        assert_eq!(got, *want, "{text} / {name}");
    }
}

#[test]
fn org_shapes() {
    for w in [
        "SUD-Rail",
        "CGT-Cheminots",
        "Météo-France",
        "PitchBook",
        "FranceAgriMer",
    ] {
        assert!(org_shaped(w), "{w}");
    }
    for w in [
        "McDonald",
        "DeVos",
        "Jean-Marc",
        "Saint-Étienne",
        "Île-de-France",
        "Paris",
    ] {
        assert!(!org_shaped(w), "{w}");
    }
}

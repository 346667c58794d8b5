//! One table case per rule of the seventh round (title-case headings, "Forces"/"Police"/
//! "Métropole" and road nouns, a nationality before a known organisation, "X International",
//! partitive openers before "of", "X and Y <country>" bodies, a portfolio after a title, ",
//! where", "au bord de", "académie de", a body after "de la", a quoted work's author, "<place>
//! X Police", names listed with a known place, a place's court, an acronym
//! opening a cue-ended name, "place X" after a verb, "théâtre X",
//! "Confédération …", "Northeast X", "X Shore").

use super::tests_rules::kind_of;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round7() {
    let cases: &[(&[&str], Lang, &str, Option<EntityKind>)] = &[
        // 1. the runs of a title-case heading are no names unless the body names them too
        (
            &[
                "Storm Batters Coastal Towns From Their Shores",
                "The storm reached the coast on Monday.",
            ],
            Lang::En,
            "Storm Batters Coastal Towns From Their Shores",
            None,
        ),
        // 2. "Forces", "Police" (ending a name) and "Métropole" are organisation nouns
        (
            &["Troops from the French Armed Forces arrived."],
            Lang::En,
            "French Armed Forces",
            Some(Organization),
        ),
        (
            &["Officers of the Metropolitan Police made arrests."],
            Lang::En,
            "Metropolitan Police",
            Some(Organization),
        ),
        (
            &["Le budget de Toulouse Métropole a été voté."],
            Lang::Fr,
            "Toulouse Métropole",
            Some(Organization),
        ),
        // 3. road nouns end place names
        (
            &["Traffic on the Hume Highway slowed."],
            Lang::En,
            "Hume Highway",
            Some(Place),
        ),
        // 4. a nationality adjective before a known organisation names its branch
        (
            &["Volunteers from the Australian Red Cross handed out water."],
            Lang::En,
            "Australian Red Cross",
            Some(Organization),
        ),
        // 5. "International" after a name ends an organisation's name, a place after it a branch
        (
            &["Survival International said the tribe was at risk."],
            Lang::En,
            "Survival International",
            Some(Organization),
        ),
        (
            &["Survival International UK said the tribe was at risk."],
            Lang::En,
            "Survival International UK",
            Some(Organization),
        ),
        // 6. a partitive opener before "of" is no part of the name
        (
            &["Shares of Dunmore Holdings fell 4%."],
            Lang::En,
            "Dunmore Holdings",
            Some(Organization),
        ),
        // 7. capitalised words coordinated with "and" before a country name a public body
        (
            &["Fisheries and Oceans Canada said the stocks had fallen."],
            Lang::En,
            "Fisheries and Oceans Canada",
            Some(Organization),
        ),
        // 8. a portfolio after a title ends where a given name starts
        (
            &["Minister of Finance Anna Kowalczyk said taxes would rise."],
            Lang::En,
            "Anna Kowalczyk",
            Some(Person),
        ),
        // 9. ", where" after a name makes it a place
        (
            &["Many families moved to the Wimmera, where farms are large."],
            Lang::En,
            "Wimmera",
            Some(Place),
        ),
        // 10. "au bord de X" is a place
        (
            &["Un festival se tient au bord de l’Ardière chaque été."],
            Lang::Fr,
            "Ardière",
            Some(Place),
        ),
        // 11. lowercase "académie de X" is an education authority
        (
            &["La décision revient à l’académie de Besançon, qui a fermé des classes."],
            Lang::Fr,
            "académie de Besançon",
            Some(Organization),
        ),
        // 12. an acronym after "président de la" is the body, not a person
        (
            &["« Nous refusons », dit Marc Lenoir, président de la CAPEB du Jura."],
            Lang::Fr,
            "CAPEB",
            Some(Organization),
        ),
        // 13. a name after a quoted work's title and "de"/"by" is its author
        (
            &["L’orchestre a joué le « Requiem » de Fauré devant la mairie."],
            Lang::Fr,
            "Fauré",
            Some(Person),
        ),
        // 14. a known place and two or more words ending with an organisation noun: one body
        (
            &["Officers from the Iowa Capitol Police arrived."],
            Lang::En,
            "Iowa Capitol Police",
            Some(Organization),
        ),
        // 15. a name listed next to a known place is a place
        (
            &["The company runs distribution centers in Memphis, Reno and the Netherlands."],
            Lang::En,
            "Reno",
            Some(Place),
        ),
        // 16. a known place straight before a court names that place's court
        (
            &["The Texas Supreme Court ruled on Friday."],
            Lang::En,
            "Texas Supreme Court",
            Some(Organization),
        ),
        // 17. an acronym opening a name that ends with an organisation noun belongs to it
        (
            &["Staff at the AI Safety Institute tested the model."],
            Lang::En,
            "AI Safety Institute",
            Some(Organization),
        ),
        // 18. "place X" right before a name, after any word but an ordinal, is a square
        (
            &["Des milliers de manifestants ont défilé place Bellecour samedi."],
            Lang::Fr,
            "place Bellecour",
            Some(Place),
        ),
        // 19. a lowercase "théâtre X" is the building
        (
            &["Le public du théâtre Sébastopol a applaudi longuement."],
            Lang::Fr,
            "théâtre Sébastopol",
            Some(Place),
        ),
        // 20. "Confédération" opens a French institution name over lowercase words
        (
            &["La Confédération nationale du logement, elle, conteste le chiffre."],
            Lang::Fr,
            "Confédération nationale du logement",
            Some(Organization),
        ),
        // 21. a two-point compass word opens a place name, a shore or hills noun ends one
        (
            &["She grew up in a rowhouse in Northeast Philadelphia."],
            Lang::En,
            "Northeast Philadelphia",
            Some(Place),
        ),
        (
            &["They spent the summer on the Jersey Shore with friends."],
            Lang::En,
            "Jersey Shore",
            Some(Place),
        ),
    ];
    let mut failed = Vec::new();
    for (blocks, lang, name, want) in cases {
        let got = kind_of(blocks, *lang, name);
        if got != *want {
            failed.push(format!("{name}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

//! One table case per rule of the tenth round (an age in years in apposition, a French past
//! participle opening a sentence, "M. Le X"; two plain words before a country's name, words
//! spelling the acronym after them, a family firm's "et Fils"/"and Sons", a French head's verb;
//! lanes, rows and brooks, a hamlet or a "quartier" in apposition, English boroughs and
//! regions, contractions that name nothing).

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round10_people() {
    check_kinds(&[
        // 1. "a 52-year-old nurse" in apposition makes a person
        (
            "Another voter, Orrin Vaskell, a 52-year-old nurse, backed the plan.",
            Lang::En,
            "Orrin Vaskell",
            Some(Person),
        ),
        // (the age of a firm or a town does not)
        (
            "Work went to Tolland Brayne, a 150-year-old firm, on Monday.",
            Lang::En,
            "Tolland Brayne",
            Some(Organization),
        ),
        // 2. a French past participle opening the sentence before a comma names nothing
        (
            "Sollicitée, la directrice de l’école, Maryse Odelin, n’a pas répondu.",
            Lang::Fr,
            "Sollicitée",
            None,
        ),
        (
            "Contactés, les dirigeants du club n’ont pas souhaité réagir.",
            Lang::Fr,
            "Contactés",
            None,
        ),
        // (a surname in -é after a title stays a person)
        (
            "Le projet avance, selon M. Castagné, le maire.",
            Lang::Fr,
            "Castagné",
            Some(Person),
        ),
        // 3. "M. Le Guennec": a surname opening with an article, after a title
        (
            "« Rien n’est fini », assure M. Le Guennec.",
            Lang::Fr,
            "Le Guennec",
            Some(Person),
        ),
        // (a newspaper's title mid-sentence stays an organisation)
        (
            "Il l’a lu dans Le Télégramme mardi.",
            Lang::Fr,
            "Le Télégramme",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round10_organisations() {
    check_kinds(&[
        // 4. two plain words before a country's name name a national body, even first
        (
            "Rail Futures UK, the campaign group, said fares must fall.",
            Lang::En,
            "Rail Futures UK",
            Some(Organization),
        ),
        (
            "Fares rose in Northern Ireland last year.",
            Lang::En,
            "Northern Ireland",
            Some(Place),
        ),
        // 5. words coordinated before the acronym they spell, country included
        (
            "Funding came via UK Space and Robotics (UKSR), a public body.",
            Lang::En,
            "UK Space and Robotics",
            Some(Organization),
        ),
        // (an acronym without the country leaves the country apart)
        (
            "The US Food and Drug Administration (FDA) approved it.",
            Lang::En,
            "Food and Drug Administration",
            Some(Organization),
        ),
        (
            "The US Food and Drug Administration (FDA) approved it.",
            Lang::En,
            "US",
            Some(Place),
        ),
        // 6. a family firm's tail
        (
            "Le contrat revient aux Menuiseries Garrec et Fils, basées à Vannes.",
            Lang::Fr,
            "Menuiseries Garrec et Fils",
            Some(Organization),
        ),
        (
            "The site was bought by Hollis Pell and Sons last year.",
            Lang::En,
            "Hollis Pell and Sons",
            Some(Organization),
        ),
        // (two names coordinated stay apart)
        (
            "The site was bought by Hollis and Turner last year.",
            Lang::En,
            "Hollis and Turner",
            None,
        ),
        // 7. a lowercase word straight after a French head, with an article after it, is a
        // verb: the name does not run on
        (
            "Le Conseil examine la demande mardi.",
            Lang::Fr,
            "Conseil examine la demande",
            None,
        ),
        (
            "Elle a signé avec l’Autorité de contrôle nucléaire une convention.",
            Lang::Fr,
            "Autorité de contrôle nucléaire",
            Some(Organization),
        ),
        (
            "Elle a saisi l’Agence nationale de la sécurité sanitaire, qui enquête.",
            Lang::Fr,
            "Agence nationale de la sécurité sanitaire",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round10_places() {
    check_kinds(&[
        // 8. lanes, rows, brooks, crescents and terraces are places
        (
            "Barriers will go up on Tanner Row and Quarry Lane.",
            Lang::En,
            "Tanner Row",
            Some(Place),
        ),
        (
            "Barriers will go up on Tanner Row and Quarry Lane.",
            Lang::En,
            "Quarry Lane",
            Some(Place),
        ),
        (
            "The pumps sit where Millford Brook meets the river.",
            Lang::En,
            "Millford Brook",
            Some(Place),
        ),
        // (a person named Lane stays a person)
        (
            "Emma Lane said the pumps would help.",
            Lang::En,
            "Emma Lane",
            Some(Person),
        ),
        // 9. a hamlet or a "quartier" in apposition makes a place
        (
            "Crofton, a hamlet of 200 people, was cut off.",
            Lang::En,
            "Crofton",
            Some(Place),
        ),
        (
            "Elle habite Bellevigne, un hameau proche de Cognac.",
            Lang::Fr,
            "Bellevigne",
            Some(Place),
        ),
        (
            "Il vit à deux pas de la Marbrière, un quartier de Nantes.",
            Lang::Fr,
            "Marbrière",
            Some(Place),
        ),
        // 10. English boroughs and regions
        (
            "New routes will serve Rochdale and Walsall from May.",
            Lang::En,
            "Walsall",
            Some(Place),
        ),
        (
            "She is the union's officer for Yorkshire and the Humber.",
            Lang::En,
            "Yorkshire and the Humber",
            Some(Place),
        ),
        // 11. contractions name nothing
        ("“I'll be there,” she said.", Lang::En, "I'll", None),
        ("“We’ll see,” he said of the plan.", Lang::En, "We’ll", None),
    ]);
}

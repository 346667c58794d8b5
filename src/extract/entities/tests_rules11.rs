//! One table case per rule of the eleventh round (titles abbreviated without a full stop, US
//! state abbreviations and datelines with a dash, "X of Y" home towns; a title word inside a
//! body's or a street's name, a place's council, party and state capitol, a county, an
//! acronym's branch "of" a place, seas after nationality adjectives, numbered streets, bills;
//! works "at" a place, "from X to Y", French hamlets, slopes, zones and "montée"s, numbered
//! universities, a French organisation's nationality adjective, names opening sentences that
//! do not confirm a person; French associations and named buildings; general-knowledge
//! entries).

use super::tests_rules::{check_kinds, kind_of};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round11_people_and_datelines() {
    check_kinds(&[
        // 1. a title abbreviated without its full stop's token is no name
        (
            "\"We will appeal,\" said Sgt. Oren Malloy, a veteran officer.",
            Lang::En,
            "Sgt",
            None,
        ),
        (
            "\"We will appeal,\" said Sgt. Oren Malloy, a veteran officer.",
            Lang::En,
            "Oren Malloy",
            Some(Person),
        ),
        (
            "The bill was backed by Sen. Dorla Pike on Tuesday.",
            Lang::En,
            "Sen",
            None,
        ),
        // 2. a US state's abbreviation after a town and a comma names nothing itself
        (
            "The firm, based in Tarvik, Calif., employs 40 people.",
            Lang::En,
            "Calif",
            None,
        ),
        // 3. a dateline with a dash: the town in capitals, or the town and its region
        (
            "QUENBY, Ore. — The council voted on Monday to close the bridge.",
            Lang::En,
            "QUENBY",
            Some(Place),
        ),
        // 4. "Given Surname of Town": a person and the town
        (
            "The change was welcomed by Dana Morrow of Brackwater, who testified.",
            Lang::En,
            "Dana Morrow",
            Some(Person),
        ),
        (
            "The change was welcomed by Dana Morrow of Brackwater, who testified.",
            Lang::En,
            "Brackwater",
            Some(Place),
        ),
        (
            "The change was welcomed by Dana Morrow of Acme Corp, who testified.",
            Lang::En,
            "Acme Corp",
            Some(Organization),
        ),
        // (a body after "of" stays an organisation)
        (
            "The change was welcomed by Dana Morrow of the Tessel Police Department.",
            Lang::En,
            "Tessel Police Department",
            Some(Organization),
        ),
        // 5. a word that only opens a sentence does not confirm a person's name
        (
            "Staff were sent to run Dunmore Plate Ltd, which owns the site.\n\nDunmore Plate \
             has been owned since 2016 by a Mumbai group.\n\nPlate steel is what the navy needs.",
            Lang::En,
            "Dunmore Plate",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round11_organisations() {
    check_kinds(&[
        // 6. a title word before an organisation noun, or after "Department of", is part of
        // the body's name
        (
            "The Justice Department opened an inquiry into the deal.",
            Lang::En,
            "Justice Department",
            Some(Organization),
        ),
        (
            "The Ohio Department of Justice opened an inquiry into the deal.",
            Lang::En,
            "Ohio Department of Justice",
            Some(Organization),
        ),
        (
            "The case went to the Office of the Inspector General, which declined to comment.",
            Lang::En,
            "Office of the Inspector General",
            Some(Organization),
        ),
        (
            "Figures from the Nevada Criminal Justice Commission showed a rise.",
            Lang::En,
            "Nevada Criminal Justice Commission",
            Some(Organization),
        ),
        // (a title before a name still opens a person's name)
        (
            "The deal was signed by President Marlow Tenby on Friday.",
            Lang::En,
            "Marlow Tenby",
            Some(Person),
        ),
        // 7. a compass word, a known place and one organisation noun: the place's body
        (
            "Jean Moss, leader of South Ayrshire Council, said the works mattered.",
            Lang::En,
            "South Ayrshire Council",
            Some(Organization),
        ),
        (
            "The works matter to families in South Ayrshire.",
            Lang::En,
            "South Ayrshire",
            Some(Place),
        ),
        // 8. a known place before a known party names its branch there
        (
            "The Ohio Republican Party said it would appeal.",
            Lang::En,
            "Ohio Republican Party",
            Some(Organization),
        ),
        // 9. an organisation's acronym, "of" and a known place: its branch
        (
            "The ACLU of Texas filed a brief on Monday.",
            Lang::En,
            "ACLU of Texas",
            Some(Organization),
        ),
        // 10. a noun that introduces organisations comes between a title and the name
        (
            "Ed Vance, an analyst at the consultancy Harrowgate Policy Research, agreed.",
            Lang::En,
            "Harrowgate Policy Research",
            Some(Organization),
        ),
        // 11. a French nationality adjective after a known organisation belongs to its name
        (
            "Des bénévoles de la Croix-Rouge française distribuent de l’eau.",
            Lang::Fr,
            "Croix-Rouge française",
            Some(Organization),
        ),
        (
            "Des bénévoles de la Croix-Rouge française distribuent de l’eau.",
            Lang::Fr,
            "France",
            None,
        ),
        // 12. a number after a university's name is part of it
        (
            "Il enseigne à l’université Jean-Moulin Lyon 3 depuis 2010.",
            Lang::Fr,
            "université Jean-Moulin Lyon 3",
            Some(Organization),
        ),
        // 13. a generic plural and "’s" inside a body's name
        (
            "The Cornish Fishermen's Association objected to the quota.",
            Lang::En,
            "Cornish Fishermen's Association",
            Some(Organization),
        ),
        // 14. general-knowledge entries: parties in the plural, unions, newspapers
        (
            "For the Conservatives, shadow health secretary Mary Doyle said no.",
            Lang::En,
            "Conservatives",
            Some(Organization),
        ),
        (
            "Unite and the GMB urged ministers to act.",
            Lang::En,
            "Unite",
            Some(Organization),
        ),
        (
            "« C’est trop peu », a-t-il déclaré au Dauphiné libéré.",
            Lang::Fr,
            "Dauphiné libéré",
            Some(Organization),
        ),
        // ("Cie" alone is a company form, no name)
        (
            "La série « Lulu et Cie » a été traduite en dix langues.",
            Lang::Fr,
            "Cie",
            None,
        ),
    ]);
}

#[test]
fn rules_round11_places() {
    check_kinds(&[
        // 15. "X County" after a known place is the county, not a club
        (
            "Deputies from suburban Washington County arrived within minutes.",
            Lang::En,
            "Washington County",
            Some(Place),
        ),
        // (a town's club words still make a club)
        (
            "Leicester City won again on Saturday.",
            Lang::En,
            "Leicester City",
            Some(Organization),
        ),
        // 16. a known place, one plain word and a street or building noun
        (
            "Crowds filled the Texas State Capitol on Monday.",
            Lang::En,
            "Texas State Capitol",
            Some(Place),
        ),
        // 17. a nationality adjective before "Sea" names the sea
        (
            "The fish moved into the Norwegian Sea years ago.",
            Lang::En,
            "Norwegian Sea",
            Some(Place),
        ),
        // 18. numbered streets, and a common noun before a street noun
        (
            "She lived off Northwest 23rd Avenue for years.",
            Lang::En,
            "Northwest 23rd Avenue",
            Some(Place),
        ),
        (
            "Officers gathered outside the hall on State Street.",
            Lang::En,
            "State Street",
            Some(Place),
        ),
        (
            "The march turned into King Street at noon.",
            Lang::En,
            "King Street",
            Some(Place),
        ),
        // 19. "Bill" before a number is a bill
        (
            "The measure, Senate Bill 611, passed on Thursday.",
            Lang::En,
            "Bill",
            None,
        ),
        // 20. works "at" a place; "from X to Y"; "the edge of X"
        (
            "Jobs were lost at the steelworks at Dalmuir last year.",
            Lang::En,
            "Dalmuir",
            Some(Place),
        ),
        (
            "Buses ran every hour from Kilsyth to Banton on Sunday.",
            Lang::En,
            "Banton",
            Some(Place),
        ),
        (
            "Buses ran every hour from Kilsyth to Banton on Sunday.",
            Lang::En,
            "Kilsyth",
            Some(Place),
        ),
        (
            "The plant sits on the western edge of Clydebank.",
            Lang::En,
            "Clydebank",
            Some(Place),
        ),
        // (an analyst "at" a name still works for an organisation)
        (
            "Ed Vance, an analyst at Brenmore, agreed.",
            Lang::En,
            "Brenmore",
            Some(Organization),
        ),
        // 21. "Firth" and "Capitol" are place nouns
        (
            "The frigates are built on the Firth of Tay.",
            Lang::En,
            "Firth of Tay",
            Some(Place),
        ),
        // 22. French hamlets, slopes and zones
        (
            "Les camions ont réalimenté le réservoir du hameau de Lestrade.",
            Lang::Fr,
            "Lestrade",
            Some(Place),
        ),
        (
            "Des orages sont prévus sur les reliefs du Vercors et des Bauges.",
            Lang::Fr,
            "Bauges",
            Some(Place),
        ),
        (
            "Les élus se sont réunis dans la zone aéroportuaire de Kerlouan.",
            Lang::Fr,
            "Kerlouan",
            Some(Place),
        ),
        // 23. a French "montée" opens a street's name
        (
            "Les salariés se sont réunis dans les locaux de la montée Saint-Barthélemy.",
            Lang::Fr,
            "montée Saint-Barthélemy",
            Some(Place),
        ),
        // 24. "T-shirts" is a common noun
        (
            "Some wore T-shirts printed with photographs.",
            Lang::En,
            "T-shirts",
            None,
        ),
    ]);
}

#[test]
fn rules_round11_dateline_with_a_dash() {
    // 3. (cont.) a town in capitals before a long dash opens the story, below the heading,
    // the byline and a standfirst
    let blocks = [
        "Council Votes to Close the Old Bridge",
        "By Jo Reed",
        "The crossing has been shut twice this year.",
        "PLOUDERVEN — Le conseil municipal a voté mardi la fermeture du pont.",
    ];
    assert_eq!(kind_of(&blocks, Lang::Fr, "PLOUDERVEN"), Some(Place));
    // (a word in capitals before a dash in the middle of a text is no dateline)
    let blocks = [
        "The plan failed.",
        "Il a dit NON — et il a quitté la salle.",
    ];
    assert_eq!(kind_of(&blocks, Lang::Fr, "NON"), None);
}

#[test]
fn rules_round11_french_bodies_and_buildings() {
    check_kinds(&[
        // 25. "Association" opens a French body's name with the lowercase words after it
        (
            "Selon l’Association des maires ruraux de la Creuse, le coût augmente.",
            Lang::Fr,
            "Association des maires ruraux de la Creuse",
            Some(Organization),
        ),
        // 26. a "médiathèque" or a "gymnase" and the name straight after it: a building
        (
            "La mairie a ouvert la médiathèque Louise-Michel aux personnes âgées.",
            Lang::Fr,
            "médiathèque Louise-Michel",
            Some(Place),
        ),
        // (but "le gymnase de X" is the town's)
        (
            "Les sinistrés dorment au gymnase de Quillan-Aude depuis mardi.",
            Lang::Fr,
            "Quillan-Aude",
            Some(Place),
        ),
    ]);
}

#[test]
fn sector_noun_after_a_known_name_ends_a_company_name() {
    check_kinds(&[
        // a sector noun after a known place or a known acronym ends a company's name
        (
            "The city-owned utility Austin Energy raised its prices.",
            Lang::En,
            "Austin Energy",
            Some(Organization),
        ),
        (
            "Officials at Boston Health declined to comment.",
            Lang::En,
            "Boston Health",
            Some(Organization),
        ),
        // (a known acronym of another body does not take the name: "CPS Energy" is no CPS)
        (
            "Its rival CPS Energy, in San Antonio, agreed.",
            Lang::En,
            "CPS Energy",
            Some(Organization),
        ),
        // a place's own chamber is one body (round 65: "the Ohio Senate", as the blind sets
        // annotate a parliament); a race for a seat in Congress keeps the place
        (
            "A bill passed the Massachusetts Senate on Tuesday.",
            Lang::En,
            "Massachusetts Senate",
            Some(Organization),
        ),
        (
            "Bush endorsed Kennedy in the Massachusetts Senate primary.",
            Lang::En,
            "Massachusetts",
            Some(Place),
        ),
    ]);
}

//! One table case per rule of the sixth round (acronyms over a place inside the name, quotes
//! closed before "said", wire credit lines, cue words of trade, the town after "in", "-based"
//! and "-owned" modifiers, appositions and prepositions of place, French street and building
//! heads, "région X", lowercase councils, compound place names, "MP for X", "<place> Road",
//! nationality nouns before a name, company suffixes, ministries' adjectives, "Pêcheurs de X",
//! acronym names).

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round6() {
    let cases: &[(&str, Lang, &str, Option<EntityKind>)] = &[
        // 1. an acronym spells out a name that holds a place
        (
            "Natural Resources Wales (NRW) will review the licence.",
            Lang::En,
            "Natural Resources Wales",
            Some(Organization),
        ),
        // 2. "…," said X: the quote closes between the comma and the verb
        (
            "\"We will watch the dam closely,\" said Bwalya Mwamba, a farmer.",
            Lang::En,
            "Bwalya Mwamba",
            Some(Person),
        ),
        // 3. wire credit lines name people
        (
            "(Reporting by Mukuka Mensah in Accra; Editing by Tom Ashworth)",
            Lang::En,
            "Mukuka Mensah",
            Some(Person),
        ),
        // 4. a name holding an acronym that speaks is no person
        (
            "Later that day WWF Adria said the site mattered.",
            Lang::En,
            "WWF Adria",
            Some(Organization),
        ),
        // 5. trade nouns end company names
        (
            "Kivu Copper Mines said output fell.",
            Lang::En,
            "Kivu Copper Mines",
            Some(Organization),
        ),
        (
            "Sailings were cut by Baltic Ferries on Monday.",
            Lang::En,
            "Baltic Ferries",
            Some(Organization),
        ),
        // 6. "in" right after the cue word gives the town, not more of the name
        (
            "Sessions will be held at the Orwell Centre in Bramley next week.",
            Lang::En,
            "Bramley",
            Some(Place),
        ),
        (
            "Sessions will be held at the Orwell Centre in Bramley next week.",
            Lang::En,
            "Orwell Centre",
            Some(Place),
        ),
        // 7. "X-based" takes the words before it; "-owned"/"-listed" modifiers stand apart
        (
            "Last year, Abu Dhabi-based Gulf Metals Holding bought the stake.",
            Lang::En,
            "Abu Dhabi",
            Some(Place),
        ),
        (
            "It sold the mine to London-listed Mukwa Resources Plc last year.",
            Lang::En,
            "Mukwa Resources Plc",
            Some(Organization),
        ),
        (
            "The Swedish-owned company runs the harbour.",
            Lang::En,
            "Swedish-owned",
            None,
        ),
        // 8. an apposition that calls the name a town, a port, a village
        (
            "Tarrow, the island port that handles most of the freight, will expand.",
            Lang::En,
            "Tarrow",
            Some(Place),
        ),
        (
            "Nobody lives in Dunmore Heath, a spokesperson said.",
            Lang::En,
            "Dunmore Heath",
            Some(Place),
        ),
        // 9. "the port of X" is a place
        (
            "The ore leaves from the port of Walvis next month.",
            Lang::En,
            "Walvis",
            Some(Place),
        ),
        // 10. two plain words after "in" are a place, not a default person
        (
            "The school in Cherry Vale closed last year.",
            Lang::En,
            "Cherry Vale",
            Some(Place),
        ),
        (
            "The club signed a deal with Major League Soccer in 2023.",
            Lang::En,
            "Major League Soccer",
            Some(Organization),
        ),
        // 11. French street, station and building nouns name the place with them
        (
            "Le cortège est parti de la rue Vaugelas vers 10 heures.",
            Lang::Fr,
            "rue Vaugelas",
            Some(Place),
        ),
        (
            "Les trains restent bloqués en gare de Brive-la-Gaillarde depuis lundi.",
            Lang::Fr,
            "gare de Brive-la-Gaillarde",
            Some(Place),
        ),
        (
            "La réunion se tiendra à l’hôtel de Brienne jeudi.",
            Lang::Fr,
            "hôtel de Brienne",
            Some(Place),
        ),
        (
            "Ils ont défilé jusqu’à la place Bellecour samedi.",
            Lang::Fr,
            "place Bellecour",
            Some(Place),
        ),
        (
            "L’équipe occupe la deuxième place de Nationale cette saison.",
            Lang::Fr,
            "place de Nationale",
            None,
        ),
        // 12. "région X" is the regional council, and X stays a place
        (
            "La région Normandie a voté une aide de deux millions.",
            Lang::Fr,
            "région Normandie",
            Some(Organization),
        ),
        (
            "La région Normandie a voté une aide de deux millions.",
            Lang::Fr,
            "Normandie",
            Some(Place),
        ),
        (
            "Selon la Région Occitanie, le prêt sera remboursé.",
            Lang::Fr,
            "Région Occitanie",
            Some(Organization),
        ),
        (
            "Il a été transféré à l’hôpital Pasteur dans la nuit.",
            Lang::Fr,
            "hôpital Pasteur",
            Some(Organization),
        ),
        // 13. a lowercase council or government after the name of its area
        (
            "The plans were lodged with Isle of Wight county council on Monday.",
            Lang::En,
            "Isle of Wight county council",
            Some(Organization),
        ),
        (
            "The Scottish government welcomed the plans.",
            Lang::En,
            "Scottish government",
            Some(Organization),
        ),
        (
            "The council said the plans were lodged on Monday.",
            Lang::En,
            "The council",
            None,
        ),
        // 14. "Congo" and "Democratic Republic of Congo" are the DRC
        (
            "Output rose in the Democratic Republic of Congo last year.",
            Lang::En,
            "Democratic Republic of Congo",
            Some(Place),
        ),
        // 15. French places after "au", "la crue de", "au-dessus de"
        (
            "Le bateau est immatriculé au Croisic depuis dix ans.",
            Lang::Fr,
            "Croisic",
            Some(Place),
        ),
        (
            "Deux maisons ont été emportées par la crue de l’Argens samedi.",
            Lang::Fr,
            "Argens",
            Some(Place),
        ),
        // 16. a lone compound of capitalised names is a place
        (
            "La ligne de Brive-Vallée sera reprise au printemps.",
            Lang::Fr,
            "Brive-Vallée",
            Some(Place),
        ),
        (
            "Flights from Paris-Vatry resumed in June.",
            Lang::En,
            "Paris-Vatry",
            Some(Place),
        ),
        // 17. "MP for X": a title, and the seat is a place
        (
            "Ceri Pugh, the Labour MP for Ogmore Vale, said the plan was late.",
            Lang::En,
            "Ogmore Vale",
            Some(Place),
        ),
        (
            "Ceri Pugh, the Labour MP for Ogmore Vale, said the plan was late.",
            Lang::En,
            "Ceri Pugh",
            Some(Person),
        ),
        // 18. a known place and a street or station noun are one place
        (
            "Queues stretched along Cardiff Road for hours.",
            Lang::En,
            "Cardiff Road",
            Some(Place),
        ),
        // 19. a nationality noun after an article introduces a person's name
        (
            "Le commissaire, le Chypriote Andreas Kyprianou, a défendu le texte.",
            Lang::Fr,
            "Andreas Kyprianou",
            Some(Person),
        ),
        // (Cyprus named only by its people's noun: no place)
        (
            "Le commissaire, le Chypriote Andreas Kyprianou, a défendu le texte.",
            Lang::Fr,
            "Chypre",
            None,
        ),
        (
            "Le commissaire, le Chypriote Andreas Kyprianou, a défendu le texte à Chypre.",
            Lang::Fr,
            "Chypriote",
            Some(Place),
        ),
        // 20. "across the X", "in the X": a place
        (
            "Irrigators across the Wimmera are furious.",
            Lang::En,
            "Wimmera",
            Some(Place),
        ),
        // 21. a lone place noun names nothing
        (
            "Avenue closures continued for a week.",
            Lang::En,
            "Avenue",
            None,
        ),
        // 22. a known river and a landform noun are one place
        (
            "Farmers in the Mekong Delta are worried.",
            Lang::En,
            "Mekong Delta",
            Some(Place),
        ),
        // 23. a company suffix keeps its full stop
        (
            "The deal was signed with Brightwater Pumps Inc. on Monday.",
            Lang::En,
            "Brightwater Pumps Inc.",
            Some(Organization),
        ),
        // 24. "the utility's chief executive": the organisation owns the head noun
        (
            "\"It works,\" said Marisol Quintero, the utility's chief executive.",
            Lang::En,
            "Marisol Quintero",
            Some(Person),
        ),
        // 25. a ministry's name ends with its portfolio's adjective
        (
            "Ils seront reçus au ministère de la Transition écologique jeudi.",
            Lang::Fr,
            "ministère de la Transition écologique",
            Some(Organization),
        ),
        // 26. a noun and a nationality adjective before a French name
        (
            "Le talonneur géorgien Temur Abashidze est arrivé cet été.",
            Lang::Fr,
            "Temur Abashidze",
            Some(Person),
        ),
        (
            "La société américaine Blue Heron a racheté l’usine.",
            Lang::Fr,
            "Blue Heron",
            Some(Organization),
        ),
        // 27. a plural noun + "de" + a known place is a body of people
        (
            "Selon l’organisation de producteurs Mareyeurs de Normandie, la saison est finie.",
            Lang::Fr,
            "Mareyeurs de Normandie",
            Some(Organization),
        ),
        // 28. an acronym's name takes the capitalised words right before its letters
        (
            "Talks with the Global Development Finance Corporation (DFC) went on.",
            Lang::En,
            "Global Development Finance Corporation",
            Some(Organization),
        ),
        (
            "The pill was cleared by the US Food and Drug Administration (FDA) in May.",
            Lang::En,
            "Food and Drug Administration",
            Some(Organization),
        ),
        // 29. one word left after a known place is a noun it qualifies
        (
            "Money was earmarked for the Anglesey Freeport last year.",
            Lang::En,
            "Freeport",
            None,
        ),
        (
            "Money was earmarked for the Anglesey Freeport last year.",
            Lang::En,
            "Anglesey",
            Some(Place),
        ),
    ];
    check_kinds(cases);
}

/// "the Copperbelt" after "Copperbelt Province": the short form joins the place.
#[test]
fn short_forms_of_places() {
    let blocks = [
        "The railway runs through Kafue in Zambia's Luangwa Province to the coast.",
        "Another mine opened on the Luangwa last year.",
    ];
    let ents = super::extract_entities(&blocks, Lang::En);
    let place = ents
        .iter()
        .find(|e| e.name == "Luangwa Province")
        .expect("the province");
    assert_eq!(place.kind, Place);
    assert!(place.aliases.iter().any(|a| a == "Luangwa"), "{ents:?}");
    assert!(!ents.iter().any(|e| e.name == "Luangwa"), "{ents:?}");
}

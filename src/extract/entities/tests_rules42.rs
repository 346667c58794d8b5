//! One table case per rule of round 33 for places (classes from the 35th set's errors, then counted
//! over read sets 3-32, 34 and 35), with the review's mends: a state's or a province's abbreviation
//! after a town names the state (an abbreviation that is also a word only when its dot closes the
//! phrase, never after a weekday, a word opening the sentence or a person's name); a dateline
//! naming its state or country is a town even when its first word is a given name (never before a
//! city); names coordinated before a plural place noun are places ("states" is also a verb); a
//! county named alone is its county (never a common word, a person or a town); a town's amenity
//! described after "des" names the town alone when a bare "de" brings it. A river named over
//! "aux"/"des" keeps its noun. Sentences and names are invented.

use super::tests_merge::{check_found, names};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round33_a_state_abbreviation_after_a_town_names_the_state() {
    check_found(&[
        (
            &["Its second warehouse, in Pember Wells, Calif., opens in the spring."],
            Lang::En,
            Place,
            "California",
            true,
        ),
        (
            &["QUARRY GAP, Minn. — Snowplough drivers walked out at dawn over unpaid overtime."],
            Lang::En,
            Place,
            "Minnesota",
            true,
        ),
        (
            &["After twenty years in Ashby Mills, Ont., the brewer is moving its bottling line."],
            Lang::En,
            Place,
            "Ontario",
            true,
        ),
        (
            &["A depot outside Harlow Springs, Pa., will hire 80 drivers, its owner said."],
            Lang::En,
            Place,
            "Pennsylvania",
            true,
        ),
        (
            &["Crews left the yard near Tarrow Glen, Tenn. They came back at noon."],
            Lang::En,
            Place,
            "Tennessee",
            true,
        ),
        // guards: the abbreviation's word ending a sentence, no town before it
        (
            &["On Sunday they went to Mass. Then they drove home."],
            Lang::En,
            Place,
            "Mass",
            false,
        ),
        (
            &["The plan was drafted by Helen Ward, Ind. candidate for the seat."],
            Lang::En,
            Place,
            "Indiana",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_an_abbreviation_that_is_also_a_word_names_no_state_unless_it_closes_its_phrase() {
    check_found(&[
        (
            &["Cheers, Pa. We will be back by Friday, said Lena Voss."],
            Lang::En,
            Place,
            "Pennsylvania",
            false,
        ),
        (
            &["Cheers, Pa. We will be back by Friday, said Lena Voss."],
            Lang::En,
            Place,
            "Cheers",
            false,
        ),
        (
            &["The motion was seconded by Orla Finch, Ind. Nobody objected."],
            Lang::En,
            Place,
            "Indiana",
            false,
        ),
        (
            &["Lena Voss, Ind., who runs the bakery, spoke first."],
            Lang::En,
            Place,
            "Indiana",
            false,
        ),
        (
            &["Choir practice on Sunday, Mass. 9 a.m. at St. Odo's."],
            Lang::En,
            Place,
            "Massachusetts",
            false,
        ),
        (
            &["Pass from Brody, Man. City's winger, found the net."],
            Lang::En,
            Place,
            "Manitoba",
            false,
        ),
        (
            &["Pass from Brody, Man. City's winger, found the net."],
            Lang::En,
            Place,
            "Brody",
            false,
        ),
        (
            &["Tickets went to Nadia Crewe, Miss. Teen Ohara, and to her sister."],
            Lang::En,
            Place,
            "Mississippi",
            false,
        ),
    ]);
}

/// The place entity named `name` of `blocks` and its other forms, if any.
fn place_forms(blocks: &[&str], name: &str) -> Option<Vec<String>> {
    names(blocks, Lang::En, Place)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, a)| a)
}

#[test]
fn rules_round33_a_state_spelt_like_a_country_is_no_mention_of_the_country() {
    let blocks = ["PIKE HOLLOW, Ga. — Georgia's foreign minister flew in from Tbilisi on Monday."];
    let forms = place_forms(&blocks, "Georgia");
    assert!(
        forms
            .as_ref()
            .is_none_or(|f| f.iter().all(|a| !a.starts_with("Ga"))),
        "{:?}",
        names(&blocks, Lang::En, Place)
    );
}

#[test]
fn rules_round33_a_dateline_naming_its_region_is_a_town_whatever_its_first_word() {
    check_found(&[
        (
            &["OTTER FALLS, Wis. — Two ferries were pulled from service after a fuel leak."],
            Lang::En,
            Place,
            "OTTER FALLS",
            true,
        ),
        (
            &["MARTIN CROSS, Ireland — Dairy farmers blocked the creamery gates for a third day."],
            Lang::En,
            Place,
            "MARTIN CROSS",
            true,
        ),
        // guards: a name signed with its desk or its city is no town
        (
            &["MARTIN HALE, Business Desk — The markets fell sharply on Monday."],
            Lang::En,
            Place,
            "MARTIN HALE",
            false,
        ),
        (
            &["THOMAS REILLY, Dublin — The mayor opened the new library on Monday."],
            Lang::En,
            Place,
            "THOMAS REILLY",
            false,
        ),
        (
            &["DAVID ORME, Chicago — Grain futures slid for a fourth session."],
            Lang::En,
            Place,
            "DAVID ORME",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_names_coordinated_before_a_plural_place_noun_are_places() {
    check_found(&[
        (
            &["Both Orrin and Calder counties lost their bus routes in the budget."],
            Lang::En,
            Place,
            "Calder",
            true,
        ),
        (
            &["Both Orrin and Calder counties lost their bus routes in the budget."],
            Lang::En,
            Place,
            "Orrin",
            true,
        ),
        (
            &["Anglers say the Morra, Velt and Dasse rivers are running low this summer."],
            Lang::En,
            Place,
            "Velt",
            true,
        ),
        (
            &["Farmers in Oruka and Benzi states lost most of the maize crop."],
            Lang::En,
            Place,
            "Oruka",
            true,
        ),
        // a long list keeps its first name
        (
            &["Relief reached Amber, Bell, Cobb, Dunn, Eyre, Fane, Gale, Hurst and Ivey counties."],
            Lang::En,
            Place,
            "Amber",
            true,
        ),
        // guards: another plural noun after the names; a lone name before "states"; "states"
        // as a verb after two names
        (
            &["The board heard Orrin and Calder officials on Monday."],
            Lang::En,
            Place,
            "Calder",
            false,
        ),
        (
            &["The memo by Senator Calder states that the plan failed."],
            Lang::En,
            Place,
            "Calder",
            false,
        ),
        (
            &["Its lawyer for Brindle and Hawke states that the deal is void."],
            Lang::En,
            Place,
            "Hawke",
            false,
        ),
        (
            &["Its lawyer for Brindle and Hawke states that the deal is void."],
            Lang::En,
            Place,
            "Brindle",
            false,
        ),
        (
            &["Output from Kestrel and Varrow states the obvious."],
            Lang::En,
            Place,
            "Varrow",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_a_county_named_alone_is_one_place_with_its_county_name() {
    // Ireland's order: the name alone is the county
    let blocks = [
        "Water charges in County Tullagh will rise by a fifth, the council confirmed.",
        "Every parish in Tullagh must now meter its wells.",
    ];
    assert_eq!(
        place_forms(&blocks, "County Tullagh"),
        Some(vec!["Tullagh".to_string()]),
        "{:?}",
        names(&blocks, Lang::En, Place)
    );
    // the American order: the name in a list of counties is the county
    let blocks = [
        "Sheriffs from Ossory, Varne or Lake Hollis counties will patrol the fair.",
        "Varne County commissioners want the fair moved.",
    ];
    let forms = place_forms(&blocks, "Varne County");
    assert!(
        forms
            .as_ref()
            .is_some_and(|f| f.iter().any(|a| a == "Varne")),
        "{:?}",
        names(&blocks, Lang::En, Place)
    );
    // guards: a town named like its American county is another place; a common word opening a
    // sentence; the county's town
    let blocks = [
        "Residents of Kessling Falls were told to boil their water.",
        "Power was cut in Kessling Falls County on Tuesday.",
        "Shelters opened in Kessling Falls.",
    ];
    assert_eq!(
        place_forms(&blocks, "Kessling Falls County"),
        Some(vec![]),
        "{:?}",
        names(&blocks, Lang::En, Place)
    );
    let blocks = [
        "Grain prices rose at the mart in Co. Down on Monday.",
        "Down the lane, a second yard shut its gates.",
    ];
    let forms = place_forms(&blocks, "County Down");
    assert!(
        forms.as_ref().is_none_or(|f| f.iter().all(|a| a != "Down")),
        "{:?}",
        names(&blocks, Lang::En, Place)
    );
    let blocks = [
        "Hauliers in County Tullagh face new tolls from May.",
        "The council of Tullagh town approved the budget.",
    ];
    let forms = place_forms(&blocks, "County Tullagh");
    assert!(
        forms
            .as_ref()
            .is_none_or(|f| f.iter().all(|a| a != "Tullagh")),
        "{:?}",
        names(&blocks, Lang::En, Place)
    );
}

#[test]
fn rules_round33_a_town_amenity_described_after_des_names_the_town_alone() {
    check_found(&[
        (
            &["Les inscriptions se prennent au gymnase des écoles de Brioude jusqu’au 12 mai."],
            Lang::Fr,
            Place,
            "Brioude",
            true,
        ),
        (
            &["Les inscriptions se prennent au gymnase des écoles de Brioude jusqu’au 12 mai."],
            Lang::Fr,
            Place,
            "gymnase des écoles de Brioude",
            false,
        ),
        // guards: a monument's complement after "des" keeps its name whole; a town brought by
        // "du", "des" or an article keeps its whole name
        (
            &["Le palais des ducs de Brioude rouvre ses portes aux visiteurs dès mardi."],
            Lang::Fr,
            Place,
            "palais des ducs de Brioude",
            true,
        ),
        (
            &[
                "Le loto des pompiers se tiendra samedi soir dans la salle des sports du Plessard, et les enfants sont les bienvenus.",
            ],
            Lang::Fr,
            Place,
            "salle des sports du Plessard",
            true,
        ),
        (
            &[
                "Le club a fêté ses trente ans dans la salle des fêtes des Aubrais, samedi, avec les anciens.",
            ],
            Lang::Fr,
            Place,
            "salle des fêtes des Aubrais",
            true,
        ),
        (
            &[
                "Le club a fêté ses trente ans dans la salle des fêtes de La Vernière, samedi, avec les anciens.",
            ],
            Lang::Fr,
            Organization,
            "La Vernière",
            false,
        ),
        (
            &[
                "Le club a fêté ses trente ans dans la salle des fêtes de La Vernière, samedi, avec les anciens.",
            ],
            Lang::Fr,
            Place,
            "salle des fêtes de La Vernière",
            true,
        ),
    ]);
}

#[test]
fn rules_round33_a_river_keeps_its_noun_in_its_name() {
    check_found(&[
        (
            &["Des castors ont bâti trois barrages sur la rivière aux Loutres depuis l’automne."],
            Lang::Fr,
            Place,
            "rivière aux Loutres",
            true,
        ),
        // guards: a river's name straight after its noun, a valley name the place alone
        (
            &["Les pêcheurs remontent la rivière Tamarack chaque printemps pour le saumon."],
            Lang::Fr,
            Place,
            "Tamarack",
            true,
        ),
        (
            &["Les vignes de la vallée du Cerdon ont gelé en avril."],
            Lang::Fr,
            Place,
            "Cerdon",
            true,
        ),
    ]);
}

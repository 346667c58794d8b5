//! One table case per rule of round 33 for places (classes from the 35th set's errors, then counted
//! over read sets 3-32, 34 and 35): a state's or a province's abbreviation after a town names the
//! state; a dateline naming its state or country is a town even when its first word is a given
//! name; names coordinated before a plural place noun ("Orrin and Calder counties") are places; a
//! county named alone is its county; a town's amenity described after "des" ("la salle des fêtes de
//! X") names the town alone. A river named over "aux"/"des" keeps its noun ("la rivière aux
//! Brochets"). Guards: an abbreviation's word not after "Town,", a name signed with its desk,
//! another plural noun after the names, a lone name before "states", a town named like its American
//! county, a monument's complement after "des", a river's name straight after its noun.

use super::tests_merge::{check_found, names};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round33_a_state_abbreviation_after_a_town_names_the_state() {
    check_found(&[
        (
            &["The plant in Dunmore Flats, Calif., will close in March, the company said."],
            Lang::En,
            Place,
            "California",
            true,
        ),
        (
            &["BRASKET LAKE, Minn. — The school board voted on Tuesday to buy six buses."],
            Lang::En,
            Place,
            "Minnesota",
            true,
        ),
        (
            &["Shares of a grocer based in Pellham, Ont., rose 4 per cent on Friday."],
            Lang::En,
            Place,
            "Ontario",
            true,
        ),
        (
            &["A mill near Corran Bend, Miss., laid off 40 workers last week."],
            Lang::En,
            Place,
            "Mississippi",
            true,
        ),
        // guard: the abbreviation's word ending a sentence, no town before it
        (
            &["On Sunday they went to Mass. Then they drove home."],
            Lang::En,
            Place,
            "Massachusetts",
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
fn rules_round33_a_dateline_naming_its_region_is_a_town_whatever_its_first_word() {
    check_found(&[
        (
            &["NEIL FALLS, Wis. — The county board approved a new landfill on Monday."],
            Lang::En,
            Place,
            "NEIL FALLS",
            true,
        ),
        (
            &["MARTIN FALLS, Ireland — A hurling club has won its appeal over a new stand."],
            Lang::En,
            Place,
            "MARTIN FALLS",
            true,
        ),
        (
            &["Martin Falls, Ireland — A hurling club has won its appeal over a new stand."],
            Lang::En,
            Place,
            "Martin Falls",
            true,
        ),
        // guard: a name signed with its desk is no town
        (
            &["MARTIN HALE, Business Desk — The markets fell sharply on Monday."],
            Lang::En,
            Place,
            "MARTIN HALE",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_names_coordinated_before_a_plural_place_noun_are_places() {
    check_found(&[
        (
            &["The cooperative serves parts of Orrin and Calder counties from its office."],
            Lang::En,
            Place,
            "Calder",
            true,
        ),
        (
            &["The cooperative serves parts of Orrin and Calder counties from its office."],
            Lang::En,
            Place,
            "Orrin",
            true,
        ),
        (
            &["Floods have closed roads along the Morra, Velt and Dasse rivers since Monday."],
            Lang::En,
            Place,
            "Velt",
            true,
        ),
        (
            &["The governors of Oruka and Benzi states met the minister on Friday."],
            Lang::En,
            Place,
            "Oruka",
            true,
        ),
        // guards: another plural noun after the names; a lone name before "states"
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
fn rules_round33_a_county_named_alone_is_one_place_with_its_county_name() {
    // Ireland's order: the name alone is the county
    let blocks = [
        "A hurling club in County Brannock has won its appeal over floodlights.",
        "Clubs across Brannock have asked for the same grants.",
    ];
    assert_eq!(
        place_forms(&blocks, "County Brannock"),
        Some(vec!["Brannock".to_string()]),
        "{:?}",
        names(&blocks, Lang::En, Place)
    );
    // the American order: the name in a list of counties is the county
    let blocks = [
        "Drainage districts in Orrin, Calder and Dunmere counties signed the plan.",
        "The Calder County drainage board met on Monday.",
    ];
    let forms = place_forms(&blocks, "Calder County");
    assert!(
        forms
            .as_ref()
            .is_some_and(|f| f.iter().any(|a| a == "Calder")),
        "{:?}",
        names(&blocks, Lang::En, Place)
    );
    // guard: a town named like its American county is another place
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
}

#[test]
fn rules_round33_a_town_amenity_described_after_des_names_the_town_alone() {
    check_found(&[
        (
            &["La réunion publique aura lieu jeudi à la salle des fêtes de Brioude."],
            Lang::Fr,
            Place,
            "salle des fêtes de Brioude",
            false,
        ),
        (
            &["La réunion publique aura lieu jeudi à la salle des fêtes de Brioude."],
            Lang::Fr,
            Place,
            "Brioude",
            true,
        ),
        // guard: a monument's complement after "des" keeps its name whole
        (
            &["Les visiteurs ont afflué jeudi au palais des ducs de Brioude."],
            Lang::Fr,
            Place,
            "palais des ducs de Brioude",
            true,
        ),
    ]);
}

#[test]
fn rules_round33_a_river_keeps_its_noun_in_its_name() {
    check_found(&[
        (
            &["Une assemblée est prévue jeudi sur les bords de la rivière aux Brochets."],
            Lang::Fr,
            Place,
            "rivière aux Brochets",
            true,
        ),
        // guards: a river's name straight after its noun, a valley name the place alone
        (
            &["Le camp se trouve près de la rivière Kanawatsi, au nord du village."],
            Lang::Fr,
            Place,
            "Kanawatsi",
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

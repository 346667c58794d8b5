//! Round 55 (q55en), English: a sentence's opening noun of occupation before a full name
//! ("Farmer Alice Wanjiru said…"); places listed after "from" and a noun of people, or after
//! "between the <site> and"; a list of places before ", and councillor X"; a firm named after
//! its trade ("Denver architects Halcrest"); a town's nickname ("the Walnut Capital of the
//! World"). Guards keep bodies, persons and funds as they were.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q55en_an_opening_occupation_is_no_part_of_the_name() {
    check_found(&[
        (
            &[
                "Rider Peter Kamau, 31, who carries tourists between the hotels, said business was slow.",
            ],
            Lang::En,
            Person,
            "Peter Kamau",
            true,
        ),
        (
            &["Farmer Alice Wanjiru said the rains came late."],
            Lang::En,
            Person,
            "Alice Wanjiru",
            true,
        ),
        (
            &["Nurse Mary Otieno works nights at the clinic."],
            Lang::En,
            Person,
            "Mary Otieno",
            true,
        ),
        (
            &["Pensioner George Hadley, 78, has lived in the street for forty years."],
            Lang::En,
            Person,
            "George Hadley",
            true,
        ),
        (
            &["Fisherman Joseph Omondi said catches had fallen."],
            Lang::En,
            Person,
            "Joseph Omondi",
            true,
        ),
        (
            &["Fisherman Joseph Omondi said catches had fallen."],
            Lang::En,
            Person,
            "Fisherman Joseph Omondi",
            false,
        ),
        // guards: no given name after the noun; the noun mid-sentence
        (
            &["Driver Assistance Systems are fitted to new cars."],
            Lang::En,
            Organization,
            "Driver Assistance Systems",
            true,
        ),
    ]);
}

#[test]
fn rules_q55en_places_listed_after_people_from() {
    check_found(&[
        (
            &["On Friday, women from Korimbo, Westmarsh and Tallowby joined the strike."],
            Lang::En,
            Place,
            "Westmarsh",
            true,
        ),
        (
            &["Young women from Ombassa, Kelvi and Tunduri travel to the market each week."],
            Lang::En,
            Place,
            "Ombassa",
            true,
        ),
        (
            &["Young women from Ombassa, Kelvi and Tunduri travel to the market each week."],
            Lang::En,
            Place,
            "Tunduri",
            true,
        ),
        // guards: a list after a thing's "from"; firms with their legal forms
        (
            &["Goals from Quenby and Varlon gave the side a win."],
            Lang::En,
            Place,
            "Quenby",
            false,
        ),
        (
            &["Young men from Acme Corp and Globex Inc said they would strike."],
            Lang::En,
            Place,
            "Globex Inc",
            false,
        ),
    ]);
}

#[test]
fn rules_q55en_the_other_end_after_between_the_site_and() {
    check_found(&[
        (
            &["The shuttle runs between the old market and Eastholm every hour."],
            Lang::En,
            Place,
            "Eastholm",
            true,
        ),
        (
            &["She drives between the bus depot and Eastholm every day."],
            Lang::En,
            Place,
            "Eastholm",
            true,
        ),
        (
            &["The shuttle runs between the city centre and Brannock twice an hour."],
            Lang::En,
            Place,
            "Brannock",
            true,
        ),
        (
            &["Traffic was heavy between the old bridge and Carrow on Monday."],
            Lang::En,
            Place,
            "Carrow",
            true,
        ),
        (
            &["La navette circule entre la gare et Kervalec toutes les heures."],
            Lang::Fr,
            Place,
            "Kervalec",
            true,
        ),
        // guards: parties, not sites
        (
            &["Talks between the union and Halvern broke down."],
            Lang::En,
            Place,
            "Halvern",
            false,
        ),
        (
            &["The dispute between the landlord and Brannock went to court."],
            Lang::En,
            Place,
            "Brannock",
            false,
        ),
    ]);
}

#[test]
fn rules_q55en_and_a_title_after_a_list_is_no_apposition() {
    check_found(&[
        (
            &[
                "Homes near Glen Orrin and Tussock, and mayor Ruth Pike said the works would start soon.",
            ],
            Lang::En,
            Place,
            "Tussock",
            true,
        ),
        (
            &[
                "Orchards around Hamilton and Waikeri, and councillor Tom Reddy said water was short.",
            ],
            Lang::En,
            Place,
            "Waikeri",
            true,
        ),
        (
            &[
                "Orchards around Hamilton and Waikeri, and councillor Tom Reddy said water was short.",
            ],
            Lang::En,
            Person,
            "Waikeri",
            false,
        ),
        // guard: a person's apposition stays one
        (
            &["The plan was backed by Dorota Welch, a councillor for the ward."],
            Lang::En,
            Person,
            "Dorota Welch",
            true,
        ),
    ]);
}

#[test]
fn rules_q55en_a_firm_named_after_its_trade() {
    check_found(&[
        (
            &[
                "The arena is to be designed by Denver architects Halcrest and built by Pinewood Construction Inc., a local contractor.",
            ],
            Lang::En,
            Organization,
            "Halcrest",
            true,
        ),
        (
            &["The pier was surveyed by Norwegian engineers Brattlid before work began."],
            Lang::En,
            Organization,
            "Brattlid",
            true,
        ),
        // guard: a person's full name after the trade
        (
            &["The hall was designed by architects Tamsin Doyle for the city."],
            Lang::En,
            Person,
            "Tamsin Doyle",
            true,
        ),
    ]);
}

#[test]
fn rules_q55en_a_towns_nickname_names_no_body() {
    check_found(&[
        (
            &[
                "Lake Orvin, a town once known as the “Walnut Capital of the World,” lost its factories.",
            ],
            Lang::En,
            Organization,
            "Walnut Capital of the World",
            false,
        ),
        (
            &["Fenbury bills itself as the Rodeo Capital of America."],
            Lang::En,
            Organization,
            "Rodeo Capital of America",
            false,
        ),
        // guards: a firm's "Capital", a fund's name
        (
            &["Brighton Capital said it would invest."],
            Lang::En,
            Organization,
            "Brighton Capital",
            true,
        ),
        (
            &["The Kestrel Capital of London fund invests in start-ups."],
            Lang::En,
            Organization,
            "Kestrel Capital of London",
            true,
        ),
    ]);
}

#[test]
fn rules_q55en_a_state_court_for_a_county_is_one_court() {
    check_found(&[
        (
            &["A suit filed in the Ohio District Court for Orrin County was dismissed on Friday."],
            Lang::En,
            Organization,
            "Ohio District Court for Orrin County",
            true,
        ),
        (
            &["The case went to the Superior Court of Dunmore County last year."],
            Lang::En,
            Place,
            "Superior Court of Dunmore County",
            false,
        ),
        // guard: the district's own patience
        (
            &["He thanked the District Court for the District’s patience."],
            Lang::En,
            Organization,
            "District Court for the District",
            false,
        ),
    ]);
}

#[test]
fn rules_q55en_a_dateline_opening_with_a_particle() {
    check_found(&[
        (
            &[
                "Pickers win back pay",
                "TE AROHA, New Zealand — A labour contractor has been ordered to pay arrears.",
                "Workers in Te Aroha welcomed the ruling.",
            ],
            Lang::En,
            Place,
            "Te Aroha",
            true,
        ),
        (
            &[
                "Pickers win back pay",
                "LA TORRA, Spain — A labour contractor has been ordered to pay arrears.",
            ],
            Lang::En,
            Organization,
            "TORRA",
            false,
        ),
    ]);
}

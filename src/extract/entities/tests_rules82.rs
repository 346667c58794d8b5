//! Round 54 (q54en), English: sports bodies and teams named after their place ("Tasman
//! Cricket", "the Winnipeg Falcons"), a river whose name opens with a body's head word ("the
//! Water of X burst its banks"), and Māori bodies' names joined by "o" ("Te Kura o X"). Guards
//! keep landforms' plurals, a man's surname and the towns of other runs as they were.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q54en_a_sports_body_named_after_its_region() {
    check_found(&[
        (
            &["Manitoba Cricket will run the new indoor centre from May."],
            Lang::En,
            Organization,
            "Manitoba Cricket",
            true,
        ),
        (
            &["Manitoba Cricket will run the new indoor centre from May."],
            Lang::En,
            Place,
            "Manitoba",
            false,
        ),
        (
            &["Officials from Manitoba Cricket met Dana Holt on Monday."],
            Lang::En,
            Organization,
            "Manitoba Cricket",
            true,
        ),
        (
            &["Officials at Kent Netball said the season would open in May."],
            Lang::En,
            Organization,
            "Kent Netball",
            true,
        ),
        (
            &["A coach left Tasmania Hockey after two seasons."],
            Lang::En,
            Organization,
            "Tasmania Hockey",
            true,
        ),
        // guards: a man named like a sport, a body already whole
        (
            &["Jim Cricket was arrested in Perth on Friday."],
            Lang::En,
            Organization,
            "Jim Cricket",
            false,
        ),
        (
            &["The Welsh Rugby Union said the match would go ahead."],
            Lang::En,
            Organization,
            "Welsh Rugby Union",
            true,
        ),
    ]);
}

#[test]
fn rules_q54en_a_team_named_after_its_town() {
    check_found(&[
        (
            &["Holt said the Winnipeg Falcons and the Winnipeg Comets would play at the park."],
            Lang::En,
            Organization,
            "Winnipeg Comets",
            true,
        ),
        (
            &["Holt said the Winnipeg Falcons and the Winnipeg Comets would play at the park."],
            Lang::En,
            Place,
            "Winnipeg",
            false,
        ),
        (
            &["The Leeds Rhinos beat the Hull Sharks on Sunday."],
            Lang::En,
            Organization,
            "Leeds Rhinos",
            true,
        ),
        (
            &["The Leeds Rhinos beat the Hull Sharks on Sunday."],
            Lang::En,
            Organization,
            "Hull Sharks",
            true,
        ),
        // guards: a landform's plural, a team's "of", an event's plural
        (
            &["Walkers crossed the Dublin Mountains in the rain."],
            Lang::En,
            Organization,
            "Dublin Mountains",
            false,
        ),
        (
            &["Hikers got lost in the Toronto Islands last week."],
            Lang::En,
            Organization,
            "Toronto Islands",
            false,
        ),
        (
            &["The London Olympics cost more than planned."],
            Lang::En,
            Organization,
            "London Olympics",
            false,
        ),
        (
            &["He coached the Melbourne Stars of the league."],
            Lang::En,
            Organization,
            "Melbourne Stars",
            false,
        ),
    ]);
}

#[test]
fn rules_q54en_a_river_whose_name_opens_with_a_bodys_head() {
    check_found(&[
        (
            &["The canal flooded after the Water of Brenn burst its banks."],
            Lang::En,
            Place,
            "Water of Brenn",
            true,
        ),
        (
            &["The canal flooded after the Water of Brenn burst its banks."],
            Lang::En,
            Organization,
            "Water of Brenn",
            false,
        ),
        (
            &["The ferry left from the mouth of the Water of Tarl on Monday."],
            Lang::En,
            Place,
            "Water of Tarl",
            true,
        ),
        // guard: a water company stays one
        (
            &["Kellan Water said the pipes had burst."],
            Lang::En,
            Organization,
            "Kellan Water",
            true,
        ),
    ]);
}

#[test]
fn rules_q54en_a_maori_body_joined_by_o() {
    check_found(&[
        (
            &["Representatives of Te Rūnanga o Marama will be consulted."],
            Lang::En,
            Organization,
            "Te Rūnanga o Marama",
            true,
        ),
        (
            &["Te Kura o Waitara opened on Monday."],
            Lang::En,
            Organization,
            "Te Kura o Waitara",
            true,
        ),
        (
            &["The board of Ngāti Rua o Tonga met on Friday."],
            Lang::En,
            Organization,
            "Ngāti Rua o Tonga",
            true,
        ),
    ]);
}

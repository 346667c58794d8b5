//! One table case per rule of the twentieth round (round 25 of the held-out sets), chosen from
//! a count over sets 3-26 of the errors by the mechanism that made them: a place cue among
//! default guesses, a place opening its local body's name, "Lough", "via", a plural noun of
//! places before a name.

use super::tests_rules::{check_kinds, kind_of};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round20_place_cue_beats_default_guesses() {
    check_kinds(&[
        // two mentions with no cue, one after "residents of" (a tie went to the place already): the place cue decides
        (
            "Officials fear Drennick will lose jobs. Unions say Drennick must act. \
             The residents of Drennick marched on Friday.",
            Lang::En,
            "Drennick",
            Some(Place),
        ),
        (
            "Le syndicat estime que Varmoux doit agir. Selon lui, Varmoux tarde. \
             Les habitants de Varmoux ont manifesté.",
            Lang::Fr,
            "Varmoux",
            Some(Place),
        ),
        // no place cue: the guess stays an organisation
        (
            "Shares in Quorvex rose. Analysts said Quorvex had beaten forecasts.",
            Lang::En,
            "Quorvex",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round20_place_opening_a_local_body() {
    check_kinds(&[
        (
            "Brannagh County Council closed the road. Drivers in the north of the county said \
             Brannagh had been cut in two. Brannagh will reopen it in May.",
            Lang::En,
            "Brannagh",
            Some(Place),
        ),
        (
            "Kelmore City Council voted on Monday. Kelmore must now find the money, and \
             Kelmore has little.",
            Lang::En,
            "Kelmore",
            Some(Place),
        ),
        // a company's short form is still the company
        (
            "Kasrona Minerals Plc cut its forecast. Kasrona said prices fell. Kasrona will \
             report in May.",
            Lang::En,
            "Kasrona",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round20_place_cues() {
    check_kinds(&[
        (
            "Boats will face delays on Lough Carrane this summer.",
            Lang::En,
            "Lough Carrane",
            Some(Place),
        ),
        (
            "Drivers must take a detour via Tullymore and the old road.",
            Lang::En,
            "Tullymore",
            Some(Place),
        ),
        (
            "The bridge links counties Dromkeen and Ballycarra over the river.",
            Lang::En,
            "Dromkeen",
            Some(Place),
        ),
        (
            "The bridge links counties Dromkeen and Ballycarra over the river.",
            Lang::En,
            "Ballycarra",
            Some(Place),
        ),
    ]);
}

#[test]
fn rules_round20_acronyms_of_terms_and_states() {
    check_kinds(&[
        // capitals spelling a term written in lowercase name nothing
        (
            "The quota breaks the total allowable catch (TAC) set for hake.",
            Lang::En,
            "TAC",
            None,
        ),
        (
            "Il invoque le règlement général sur la protection des données (RGPD) devant le juge.",
            Lang::Fr,
            "RGPD",
            None,
        ),
        // a body's noun first: a body
        (
            "Le dossier est suivi par la direction départementale des territoires (DDT) du Gers.",
            Lang::Fr,
            "DDT",
            Some(Organization),
        ),
        // dotted capitals after a town and a comma: its province or state
        (
            "She lives in Moncton, N.B., with her son.",
            Lang::En,
            "N.B.",
            Some(Place),
        ),
    ]);
}

#[test]
fn rules_round20_ville_de_unknown_town() {
    check_kinds(&[(
        "En attendant, la Ville de Sarvignac a indiqué que le conseil siégerait lundi.",
        Lang::Fr,
        "Ville de Sarvignac",
        Some(Organization),
    )]);
}

#[test]
fn rules_round20_pays_and_a_name() {
    check_kinds(&[
        (
            "Les élus redoutent une crise dans le pays Morvanais, où la pêche domine.",
            Lang::Fr,
            "pays Morvanais",
            Some(Place),
        ),
        (
            "Le navire faisait route vers le pays de Carnoët quand il a sombré.",
            Lang::Fr,
            "pays de Carnoët",
            Some(Place),
        ),
        // countries of a body: no name
        (
            "Les pays de l’Union ont voté contre le projet.",
            Lang::Fr,
            "pays de l’Union",
            None,
        ),
    ]);
}

/// Only a known state's or province's dotted abbreviation is one: an honour or a title after a
/// name and a comma ("Alan Crewe, J.P.") is no place.
#[test]
fn rules_round20_an_honour_after_a_name_is_no_state() {
    for text in [
        "The order was signed by Alan Crewe, J.P., on Friday.",
        "The bench heard from Ruth Amory, R.A., before lunch.",
    ] {
        let name = &text[text.find(", ").expect("comma") + 2..][..4];
        assert_ne!(kind_of(&[text], Lang::En, name), Some(Place), "{text}");
    }
}

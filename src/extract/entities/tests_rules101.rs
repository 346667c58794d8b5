//! Round 61 (the 54th set read): a byline's outlet opening with a known place and keeping its
//! article, a list of three places after "between", Spanish bodies' and landforms' nouns,
//! Tunisia's governorates and a repeated "à" in a list of places, "& Sons plc", "the Firth of"
//! a known place, "Ltda".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round61_a_bylines_outlet_with_a_place_and_its_article() {
    let en = [
        "Dairy co-op fined after spill",
        "By Hemi Walker, Taranaki Courier staff writer",
        "The council said so on Monday.",
    ];
    let fr = [
        "Le parc éolien contesté",
        "Par Claire Lemonnier, La Gazette du Val",
        "Le recours a été déposé mardi.",
    ];
    check_found(&[
        (&en, Lang::En, Organization, "Taranaki Courier", true),
        (&fr, Lang::Fr, Organization, "La Gazette du Val", true),
        (&fr, Lang::Fr, Organization, "Gazette du Val", false),
    ]);
}

#[test]
fn rules_round61_a_list_of_places_after_between() {
    let farms = "The co-operative collects milk from farms between Matamata, Te Aroha and \
                 Paeroa, and processes milk powder.";
    let talks = "Talks between Airbus, Boeing and Embraer failed on Monday.";
    check_found(&[
        (&[farms], Lang::En, Place, "Matamata", true),
        (&[farms], Lang::En, Place, "Te Aroha", true),
        (&[farms], Lang::En, Place, "Paeroa", true),
        // guard: a noun of parties before "between"
        (&[talks], Lang::En, Place, "Embraer", false),
    ]);
}

#[test]
fn rules_round61_spanish_bodies_and_landforms() {
    let text = "Dr. Ana Bordón, a hydrologist at the Universidad Nacional de Salta, said studies \
                at the Salar de Olaroz showed the water table fell. Officials told reporters in \
                San Salvador de Jujuy that they would appeal.";
    check_found(&[
        (
            &[text],
            Lang::En,
            Organization,
            "Universidad Nacional de Salta",
            true,
        ),
        (
            &[text],
            Lang::En,
            Person,
            "Universidad Nacional de Salta",
            false,
        ),
        (&[text], Lang::En, Place, "Salar de Olaroz", true),
        (&[text], Lang::En, Place, "San Salvador de Jujuy", true),
        (
            &["The fund Cordillera Capital Ltda bought a stake in the mine."],
            Lang::En,
            Organization,
            "Cordillera Capital Ltda",
            true,
        ),
    ]);
}

#[test]
fn rules_round61_a_repeated_preposition_of_place() {
    let known = "Les coupures touchent à Ariana, à La Marsa et à Ben Arous depuis mardi.";
    let listed = "Les coupures touchent à Sfax, à Tebourba et à Ben Guerdane depuis mardi.";
    check_found(&[
        (&[known], Lang::Fr, Place, "La Marsa", true),
        (&[known], Lang::Fr, Place, "Ben Arous", true),
        (&[known], Lang::Fr, Person, "Ben Arous", false),
        (&[listed], Lang::Fr, Place, "Ben Guerdane", true),
        (&[listed], Lang::Fr, Person, "Ben Guerdane", false),
        (
            &["La récolte pourrait chuter dans les régions de Béja, de Jendouba et du Kef."],
            Lang::Fr,
            Place,
            "Jendouba",
            true,
        ),
    ]);
}

#[test]
fn rules_round61_a_family_firms_form_and_a_firth() {
    check_found(&[
        (
            &["Five buyers, led by Hartwell & Sons plc, deny it."],
            Lang::En,
            Organization,
            "Hartwell & Sons plc",
            true,
        ),
        (
            &["The spill travelled towards the Firth of Thames and the Gulf of Riga."],
            Lang::En,
            Place,
            "Firth of Thames",
            true,
        ),
    ]);
}

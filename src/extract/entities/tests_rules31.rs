//! One table case per place rule of round 29c (places missed and places found wrongly, counted
//! over held-out sets 3-30): a given name before a noun of area or way still names a place;
//! given names that were missing and made a surname a known place; towns and regions of
//! general knowledge the gazetteer lacked (regional capitals, regions, abbreviations).

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round29c_given_name_before_a_noun_of_area() {
    check_found(&[
        // a given name, then "County" or "Street": a place, no person
        (
            &["Farmers in Marion County sold their water rights last year."],
            Lang::En,
            Place,
            "Marion County",
            true,
        ),
        (
            &["Farmers in Marion County sold their water rights last year."],
            Lang::En,
            Person,
            "Marion County",
            false,
        ),
        (
            &["The agency moved its offices to Madison Avenue last year."],
            Lang::En,
            Place,
            "Madison Avenue",
            true,
        ),
        // a given name and a surname stay a person
        (
            &["Marion Cotillard said the film would open in May."],
            Lang::En,
            Person,
            "Marion Cotillard",
            true,
        ),
    ]);
}

#[test]
fn rules_round29c_given_names_before_a_known_place() {
    check_found(&[
        // a given name before a surname that is also a town: a person, no place
        (
            &["The club's owner, Craig Whitby, said the sale was agreed."],
            Lang::En,
            Person,
            "Craig Whitby",
            true,
        ),
        (
            &["The club's owner, Craig Whitby, said the sale was agreed."],
            Lang::En,
            Place,
            "Whitby",
            false,
        ),
    ]);
}

#[test]
fn rules_round29c_towns_and_regions_of_general_knowledge() {
    check_found(&[
        // regional capitals of West Africa
        (
            &["Traders in Bolgatanga and Sunyani say prices have doubled."],
            Lang::En,
            Place,
            "Sunyani",
            true,
        ),
        (
            &["Les éleveurs de Kolda ont perdu la moitié de leurs troupeaux."],
            Lang::Fr,
            Place,
            "Kolda",
            true,
        ),
        // a region named with a compass word
        (
            &["Rainfall in the Northern Region was below average this year."],
            Lang::En,
            Place,
            "Northern Region",
            true,
        ),
        (
            &["House prices in the South West rose faster than anywhere else."],
            Lang::En,
            Place,
            "South West",
            true,
        ),
        // an island, a Quebec town, a province's abbreviation
        (
            &["Le ferry pour Groix reprendra lundi, selon la compagnie."],
            Lang::Fr,
            Place,
            "Groix",
            true,
        ),
        (
            &["La mine de Chibougamau rouvrira au printemps."],
            Lang::Fr,
            Place,
            "Chibougamau",
            true,
        ),
        (
            &["The company runs a potash mine near Saskatoon, Sask."],
            Lang::En,
            Place,
            "Saskatchewan",
            true,
        ),
    ]);
}

#[test]
fn rules_round29c_common_nouns_capitalised_name_no_place() {
    check_found(&[
        // "Phase 2", "the Republic", "place du Chef-Lieu", "au Lieu unique": common nouns
        (
            &["The money will fund a Phase 2 study of the drug in adults."],
            Lang::En,
            Place,
            "Phase",
            false,
        ),
        (
            &["The Republic and the Canton of Geneva will sign the agreement on Monday."],
            Lang::En,
            Place,
            "Republic",
            false,
        ),
        (
            &[
                "Elle tient une boulangerie place du Chef-Lieu depuis vingt ans, et la mairie veut la fermer.",
            ],
            Lang::Fr,
            Place,
            "Chef-Lieu",
            false,
        ),
        (
            &["Au Lieu unique, la salle était pleine pour le concert de jeudi soir."],
            Lang::Fr,
            Place,
            "Lieu",
            false,
        ),
        // the place after them stays a place
        (
            &["The Republic and the Canton of Geneva will sign the agreement on Monday."],
            Lang::En,
            Place,
            "Geneva",
            true,
        ),
    ]);
}

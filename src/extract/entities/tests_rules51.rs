//! One table per class of round 51 (mending round 50's places): a street's "St." that ends a
//! sentence; a road's number only with a road's evidence; a way, not a person, a figure or a
//! body, after "past"/"through"/"passe par"; an abbreviated mount or fort; a site named after a
//! town, a saint's hospital and a saint's feast. Guards: a saint's name in a person's or a
//! town's, a road's number with its traffic, a town on a road or a journey.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round51_a_street_abbreviation_ends_the_sentence() {
    check_found(&[
        (
            &["The blaze started in a flat on Larch St. Firefighters reached it quickly."],
            Lang::En,
            Organization,
            "Larch St. Firefighters",
            false,
        ),
        (
            &["A van hit a cyclist on Quarry St. Witnesses described a loud bang."],
            Lang::En,
            Person,
            "Quarry St. Witnesses",
            false,
        ),
        (
            &["Gunfire was reported near 9th St. Authorities are searching the area."],
            Lang::En,
            Organization,
            "St. Authorities",
            false,
        ),
        (
            &["The pharmacy reopened on Mill St. Nurse Edith Corran will manage it."],
            Lang::En,
            Organization,
            "Mill St. Nurse Edith Corran",
            false,
        ),
        // guards: a saint's name inside a person's or a town's
        (
            &["The defender Marcus St. Aubyn signed a new contract on Friday."],
            Lang::En,
            Person,
            "Marcus St. Aubyn",
            true,
        ),
        (
            &["She retired to a cottage in St. Brannock after the war."],
            Lang::En,
            Place,
            "St. Brannock",
            true,
        ),
        (
            &["Le cortège a rejoint Ste. Odile-des-Prés au petit matin."],
            Lang::Fr,
            Place,
            "Ste. Odile-des-Prés",
            true,
        ),
    ]);
}

#[test]
fn rules_round51_a_road_number_needs_a_road() {
    check_found(&[
        (
            &["Dealers cut the price of the A5 hatchback and the A7 estate."],
            Lang::En,
            Place,
            "A5",
            false,
        ),
        (
            &["Pupils who pass the B2 exam can take the bus to college."],
            Lang::En,
            Place,
            "B2",
            false,
        ),
        (
            &["Le constructeur a dévoilé l’A5 Avant et l’A7 au salon de Genève."],
            Lang::Fr,
            Place,
            "A5",
            false,
        ),
        (
            &["Staff on the A350 assembly line were told to stay at home."],
            Lang::En,
            Place,
            "A350",
            false,
        ),
        (
            &["Analysts expect the M3 chips and the M1 to ship before summer."],
            Lang::En,
            Place,
            "M1",
            false,
        ),
        (
            &["La compagnie exploitera l’A321 sur la ligne vers Funchal dès mars."],
            Lang::Fr,
            Place,
            "A321",
            false,
        ),
        (
            &["Les passagers sont montés à bord de l’A330 à l’aube."],
            Lang::Fr,
            Place,
            "A330",
            false,
        ),
        // guards: a road's number with its traffic, its roadside or its towns
        (
            &["Une voiture a pris feu sur le bord de l’A71, près de la sortie."],
            Lang::Fr,
            Place,
            "A71",
            true,
        ),
        (
            &["A tanker overturned on the B4123 close to the junction."],
            Lang::En,
            Place,
            "B4123",
            true,
        ),
        (
            &["Un bouchon de six kilomètres s’est formé sur l’A89 à hauteur de Brive."],
            Lang::Fr,
            Place,
            "A89",
            true,
        ),
        (
            &["Il a percuté une glissière sur l’A61 entre Castelnaudary et Carcassonne."],
            Lang::Fr,
            Place,
            "A61",
            true,
        ),
    ]);
}

#[test]
fn rules_round51_a_way_not_a_person_a_figure_or_a_body() {
    check_found(&[
        (
            &["Okafor ran past Lindqvist and shot low into the net."],
            Lang::En,
            Place,
            "Lindqvist",
            false,
        ),
        (
            &["The mayor walked past Dunthorpe without a word."],
            Lang::En,
            Place,
            "Dunthorpe",
            false,
        ),
        (
            &["Tout bloque, car chaque dossier passe par Vaillancourt, regrette un élu."],
            Lang::Fr,
            Place,
            "Vaillancourt",
            false,
        ),
        (
            &["La ligne du parti passe par Ferrandi, assure une élue."],
            Lang::Fr,
            Place,
            "Ferrandi",
            false,
        ),
        (
            // (round 70: an invented name, as "Dorval" is a town of the list too)
            &["La prochaine étape de la réforme passera par Dorvelle, dit-on."],
            Lang::Fr,
            Place,
            "Dorvelle",
            false,
        ),
        (
            &["The merger's fast track through Westbury surprised analysts."],
            Lang::En,
            Place,
            "Westbury",
            false,
        ),
        (
            &["Bus passes are sold through Farecard and at the stations."],
            Lang::En,
            Place,
            "Farecard",
            false,
        ),
        (
            &["Demand for electric cars through Halden Leasing rose again."],
            Lang::En,
            Place,
            "Halden Leasing",
            false,
        ),
        // guards: a town on a road, a line or a journey
        (
            &["The coaches now run past Quenby before crossing the bridge."],
            Lang::En,
            Place,
            "Quenby",
            true,
        ),
        (
            &["A column of tractors passed through Tarnley, Oswick and Feld."],
            Lang::En,
            Place,
            "Tarnley",
            true,
        ),
        (
            &["La 3e étape du Tour passera par Valcroze-les-Bains."],
            Lang::Fr,
            Place,
            "Valcroze-les-Bains",
            true,
        ),
    ]);
}

#[test]
fn rules_round51_a_mount_or_a_fort() {
    check_found(&[
        (
            &["Rescuers climbed Mt. Orrin overnight to reach the hikers."],
            Lang::En,
            Place,
            "Mt. Orrin",
            true,
        ),
        (
            &["Supplies came from Ft. Kessel by road."],
            Lang::En,
            Place,
            "Ft. Kessel",
            true,
        ),
        (
            &["The Mt. Orrin crater glowed red all night."],
            Lang::En,
            Organization,
            "Mt. Orrin",
            false,
        ),
    ]);
}

#[test]
fn rules_round51_a_site_a_hospital_and_a_feast() {
    check_found(&[
        (
            &["Le centre touristique de Funland Lyon a rouvert ses portes."],
            Lang::Fr,
            Place,
            "Funland",
            false,
        ),
        (
            &["He was moved to St. Brendan's Hospital overnight."],
            Lang::En,
            Organization,
            "St. Brendan's Hospital",
            true,
        ),
        (
            &["Crowds filled the square for St. Odran's Day last year."],
            Lang::En,
            Organization,
            "St. Odran",
            false,
        ),
        (
            &["Crowds filled the square for St. Odran's Day last year."],
            Lang::En,
            Other,
            "St. Odran's Day",
            true,
        ),
    ]);
}

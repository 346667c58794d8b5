//! One table per class of round 52 (French places): a market is named after its town ("sur le
//! marché de X", "les marchés de X"), and plural or added land nouns name the place after them
//! ("les forêts de X", "les collines de X", "les plages de X", "la lagune de X"); a bay or a
//! lagoon keeps its noun in its name ("la baie de X", "la lagune X"). Guards: a Christmas
//! market, a market's adjective, a known body or a person after "marché de", a bay of a
//! common noun, an indefinite bay (a town’s bay, not a bay’s name). A distance is measured
//! from a place ("à 12 km de X", "within ten miles of X"); "l’aire X" is an area.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round52_a_market_and_plural_land_nouns_name_their_town() {
    check_found(&[
        (
            &["Sur le marché de Valmoussé, le prix du riz a doublé en une semaine."],
            Lang::Fr,
            Place,
            "Valmoussé",
            true,
        ),
        (
            &["Le marché d’Orbanel a fermé ses portes jeudi."],
            Lang::Fr,
            Place,
            "Orbanel",
            true,
        ),
        (
            &["Les vendeuses du marché de Kessoumba ont manifesté lundi."],
            Lang::Fr,
            Place,
            "Kessoumba",
            true,
        ),
        (
            &["Les marchés de Dravelinne rouvriront après les fêtes."],
            Lang::Fr,
            Place,
            "Dravelinne",
            true,
        ),
        (
            &["La région ferme ses forêts de Morteval après la découverte du virus."],
            Lang::Fr,
            Place,
            "Morteval",
            true,
        ),
        (
            &["Les collines de Varmentes brûlent depuis lundi."],
            Lang::Fr,
            Place,
            "Varmentes",
            true,
        ),
        (
            &["Les plages de Kerbrévan sont interdites à la baignade."],
            Lang::Fr,
            Place,
            "Kerbrévan",
            true,
        ),
        (
            &["Les vallées de Trémoulas restent isolées par la neige."],
            Lang::Fr,
            Place,
            "Trémoulas",
            true,
        ),
        // guards: a Christmas market, a market's adjective, a body and a person after it
        (
            &["Au marché de Noël, les exposants sont moins nombreux."],
            Lang::Fr,
            Place,
            "Noël",
            false,
        ),
        (
            &["Le marché de Jean Dufresnel a été attribué sans appel d’offres."],
            Lang::Fr,
            Place,
            "Jean Dufresnel",
            false,
        ),
        (
            &["Les marchés de l’Union européenne ont reculé mardi."],
            Lang::Fr,
            Place,
            "Union européenne",
            false,
        ),
        (
            &["Le marché du Travail se tend depuis un an."],
            Lang::Fr,
            Place,
            "Travail",
            false,
        ),
    ]);
}

#[test]
fn rules_round52_a_bay_or_a_lagoon_keeps_its_noun() {
    check_found(&[
        (
            &["Des poissons morts flottent dans la baie de Koumbéa depuis samedi."],
            Lang::Fr,
            Place,
            "baie de Koumbéa",
            true,
        ),
        (
            &["Les kayakistes ont traversé la baie d’Ouaméné à l’aube."],
            Lang::Fr,
            Place,
            "baie d’Ouaméné",
            true,
        ),
        (
            &["Les baigneurs ont quitté la baie des Roches-Grises."],
            Lang::Fr,
            Place,
            "baie des Roches-Grises",
            true,
        ),
        (
            &["La lagune de Tiassalé est polluée depuis la crue."],
            Lang::Fr,
            Place,
            "lagune de Tiassalé",
            true,
        ),
        (
            &["Les pêcheurs de la lagune Aboussé réclament une aide."],
            Lang::Fr,
            Place,
            "lagune Aboussé",
            true,
        ),
        // guards: a bay of a common noun, an indefinite bay (the town's name alone)
        (
            &["Une baie de sable fin attire les touristes."],
            Lang::Fr,
            Place,
            "baie de sable",
            false,
        ),
        (
            &["Une baie de Kervaloc serait polluée."],
            Lang::Fr,
            Place,
            "baie de Kervaloc",
            false,
        ),
    ]);
}

#[test]
fn rules_round52_a_distance_and_a_customary_area_name_places() {
    check_found(&[
        (
            &["Le siège se trouve à quelques kilomètres de Sorvanne."],
            Lang::Fr,
            Place,
            "Sorvanne",
            true,
        ),
        (
            &["À 12 km de Bravanche, la route est coupée depuis lundi."],
            Lang::Fr,
            Place,
            "Bravanche",
            true,
        ),
        (
            &["The new depot is within ten miles of Carnabury."],
            Lang::En,
            Place,
            "Carnabury",
            true,
        ),
        (
            &["Les autorités coutumières de l’aire Tarémba demandent une réhabilitation."],
            Lang::Fr,
            Place,
            "Tarémba",
            true,
        ),
        // guards: a few metres from a person, a rest area's noun
        (
            &["Il se tenait à quelques mètres de Jean Valdoret."],
            Lang::Fr,
            Place,
            "Jean Valdoret",
            false,
        ),
        (
            &["Les enfants jouent sur l’aire de jeux du Centre."],
            Lang::Fr,
            Place,
            "Centre",
            false,
        ),
    ]);
}

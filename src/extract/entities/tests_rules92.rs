//! Round 56 (q56fr2): a plural place after "aux" in a list of places, and a lone name a
//! demonstrative calls back as a village ("ce village", "cette commune"), are places;
//! "L’<virtue> de X" is a club with its "L’"; "aux portes du X" puts a region there.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q56fr2_a_plural_place_after_aux_in_a_list_of_places() {
    let a = "Des chalets ont été loués à Verbois, aux Planchettes et jusqu’à Sion pour l’hiver.";
    let b = "On les trouve à Genève, aux Tattes et jusqu’à Carouge.";
    check_found(&[
        (&[a], Lang::Fr, Place, "Planchettes", true),
        (&[b], Lang::Fr, Place, "Tattes", true),
        // guards: parties after "aux" are no places
        (
            &["Le parti s’est allié aux Verts et aux Républicains."],
            Lang::Fr,
            Place,
            "Verts",
            false,
        ),
    ]);
}

#[test]
fn rules_q56fr2_a_name_called_back_as_a_village_is_a_place() {
    check_found(&[
        (
            &["On reparle de Valdrin. Au printemps, ce village du Haut-Valais a été évacué."],
            Lang::Fr,
            Place,
            "Valdrin",
            true,
        ),
        (
            &["On se souvient de Mirolles. Cette commune de la Broye compte 800 habitants."],
            Lang::Fr,
            Place,
            "Mirolles",
            true,
        ),
        (
            &["Tout le monde parle de Corvaz. Plus tard, ce hameau sera reconstruit."],
            Lang::Fr,
            Place,
            "Corvaz",
            true,
        ),
        // guard: another name between them is the one called back
        (
            &["On reparle de Valdrin chez Martin. Ce village a été évacué."],
            Lang::Fr,
            Place,
            "Valdrin",
            false,
        ),
    ]);
}

#[test]
fn rules_q56fr2_a_club_of_a_place_keeps_its_l() {
    let a = "Odile Lebrun tient les comptes de L’Espérance de Vireux-Molhain depuis dix ans.";
    let b = "Il est membre de L’Harmonie de Villers-le-Bouillet depuis 1990.";
    let c = "Paul Noiret, président de L’Union de Saint-Aubin, a pris la parole.";
    let d = "L’Amicale de Fosses-la-Ville fête ses cinquante ans.";
    check_found(&[
        (
            &[a],
            Lang::Fr,
            Organization,
            "L’Espérance de Vireux-Molhain",
            true,
        ),
        (&[a], Lang::Fr, Place, "Espérance de Vireux-Molhain", false),
        (
            &[b],
            Lang::Fr,
            Organization,
            "L’Harmonie de Villers-le-Bouillet",
            true,
        ),
        (&[c], Lang::Fr, Organization, "L’Union de Saint-Aubin", true),
        // at a sentence's start the article is no part of the name
        (
            &[d],
            Lang::Fr,
            Organization,
            "Amicale de Fosses-la-Ville",
            true,
        ),
        // guards: a common phrase, a known union
        (
            &["L’Espérance de vie a augmenté."],
            Lang::Fr,
            Organization,
            "L’Espérance",
            false,
        ),
        (
            &["Il a rejoint l’Union de Saint-Aubin."],
            Lang::Fr,
            Organization,
            "Union de Saint-Aubin",
            true,
        ),
    ]);
}

#[test]
fn rules_q56fr2_at_the_gates_of_a_region() {
    let a = "Son haras se trouve aux portes du Vellanois. Sa jument « Reine du Vellanois » a gagné à Ternay.";
    check_found(&[
        (&[a], Lang::Fr, Place, "Vellanois", true),
        (&[a], Lang::Fr, Organization, "Vellanois", false),
        (
            &["La ferme est aux portes du Brasois, sur la route de Ternay."],
            Lang::Fr,
            Place,
            "Brasois",
            true,
        ),
    ]);
}

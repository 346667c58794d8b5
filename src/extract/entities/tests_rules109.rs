//! Round 69 (general readings first: a title no list holds, Portuguese places' names, a
//! newspaper named in guillemets, a territory's assembly; then classes of the 76th set).

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round69_a_title_no_list_holds_before_a_given_name() {
    let registrar = "The hearing was chaired by Registrar Jacob Shikuku on Monday.";
    let ombud = "The complaint was filed by Ombudsperson Anjali Meena in March.";
    let tehsildar = "Tehsildar Ramesh Kumar visited the flooded village.";
    // guards: a first name of either list opens the person's name ("Musa" is in neither, and
    // ends like no title), a Portuguese place, a title the lexicon knows
    let musa = "The pilot, Musa Ibrahim Danjuma, said the runway was flooded.";
    let koffi = "Le pêcheur Koffi Sylvain Ahoua a raconté la crue.";
    let sula = "The flight from San Pedro Sula landed late.";
    check_found(&[
        (&[registrar], Lang::En, Person, "Jacob Shikuku", true),
        (
            &[registrar],
            Lang::En,
            Organization,
            "Registrar Jacob Shikuku",
            false,
        ),
        (
            &[registrar],
            Lang::En,
            Person,
            "Registrar Jacob Shikuku",
            false,
        ),
        (&[ombud], Lang::En, Person, "Anjali Meena", true),
        (&[tehsildar], Lang::En, Person, "Ramesh Kumar", true),
        (&[musa], Lang::En, Person, "Ibrahim Danjuma", false),
        (&[koffi], Lang::Fr, Person, "Sylvain Ahoua", false),
        (&[sula], Lang::En, Person, "Pedro Sula", false),
    ]);
}

#[test]
fn rules_round69_portuguese_places_take_do_and_das() {
    let xingu =
        "Cattle raised inside the Terra do Meio reserve and near São Félix do Xingu were sold.";
    let flores = "Fishermen from Ilha das Flores joined the protest.";
    let banco = "Banco do Brasil cut its lending to ranchers.";
    // guards: the English verb, a person's "do"
    let why = "Why do Americans care? How do Europeans vote?";
    let maria = "The mayor, Maria do Carmo Silva, said the river had risen.";
    check_found(&[
        (&[xingu], Lang::En, Place, "Terra do Meio", true),
        (&[xingu], Lang::En, Place, "São Félix do Xingu", true),
        (
            &[xingu],
            Lang::En,
            Organization,
            "São Félix do Xingu",
            false,
        ),
        (&[flores], Lang::En, Place, "Ilha das Flores", true),
        (&[banco], Lang::En, Organization, "Banco do Brasil", true),
        (&[why], Lang::En, Organization, "Why do Americans", false),
        (&[why], Lang::En, Person, "How do Europeans", false),
        (&[maria], Lang::En, Person, "Maria do Carmo Silva", true),
    ]);
}

#[test]
fn rules_round69_a_newspaper_told_in_guillemets() {
    let echos = "Léa Fontaine a confié aux « Echos » avoir refusé deux offres.";
    let parisien = "Le ministre a déclaré au « Parisien » qu’il partirait.";
    let sud = "Le maire a expliqué à « Sud Ouest » son choix.";
    // guard: a known place told with no guillemets is the place
    let quebec = "Il a déclaré au Québec que tout allait bien.";
    check_found(&[
        (&[echos], Lang::Fr, Organization, "Echos", true),
        (&[parisien], Lang::Fr, Organization, "Parisien", true),
        (&[sud], Lang::Fr, Organization, "Sud Ouest", true),
        (&[quebec], Lang::Fr, Place, "Québec", true),
        (&[quebec], Lang::Fr, Organization, "Québec", false),
    ]);
}

#[test]
fn rules_round69_a_territory_s_own_assembly() {
    let congres = "Les salariés manifestent devant le Congrès de la Nouvelle-Calédonie jeudi.";
    let senat = "Le Sénat du Québec a été aboli en 1968, rappelle l’historien.";
    let wallonie = "La commission d’enquête du Parlement de Wallonie a rendu son rapport.";
    check_found(&[
        (
            &[congres],
            Lang::Fr,
            Organization,
            "Congrès de la Nouvelle-Calédonie",
            true,
        ),
        (&[congres], Lang::Fr, Place, "Nouvelle-Calédonie", false),
        (&[senat], Lang::Fr, Organization, "Sénat du Québec", true),
        (
            &[wallonie],
            Lang::Fr,
            Organization,
            "Parlement de Wallonie",
            true,
        ),
    ]);
}

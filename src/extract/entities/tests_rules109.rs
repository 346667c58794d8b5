//! Round 69 (general readings first: a title no list holds, Portuguese places' names, a
//! newspaper named in guillemets, a territory's assembly; then classes of the 76th set).

use super::tests_merge::{check_found, names};
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

#[test]
fn rules_round69_compass_names_of_a_land() {
    let sud = "« Nous ne laisserons pas mourir le Grand Sud », a-t-elle assuré.";
    let provinces = "L’État exige que la province Sud et la province Nord participent.";
    // guard: a region's vague part is no name
    let sud_ouest = "Les lignes de la région Sud-Ouest ferment en mars.";
    check_found(&[
        (&[sud], Lang::Fr, Place, "Grand Sud", true),
        (&[sud], Lang::Fr, Place, "Grand", false),
        (&[provinces], Lang::Fr, Place, "province Sud", true),
        (&[provinces], Lang::Fr, Place, "province Nord", true),
        (&[sud_ouest], Lang::Fr, Place, "région Sud-Ouest", false),
    ]);
}

#[test]
fn rules_round69_bodies_named_for_their_remit() {
    // a first name of the longer list before "of the" and a body
    let brouwer = "Lieke Brouwer of the People's Party for Freedom and Democracy (VVD) said the cabinet must act.";
    // a title's word ending the name after "and" is the remit's noun
    let union = "Officials at the Union for Peace and Justice disagreed.";
    let fund = "A grant from the Fund for Peace and Justice Smith went to them.";
    // "d’ici", until; the United Nations' lowercase adjective and purpose
    let fonds = "Il espère conclure un programme avec le Fonds d’ici à la fin de l’année.";
    let cea =
        "La Commission économique des Nations unies pour l’Afrique (CEA) siège à Addis-Abeba.";
    // well-known bodies of the gazetteer
    let cloud = "OVHcloud, à Roubaix, Scaleway ou Outscale disposent de la qualification.";
    let acas = "The union urged both sides to accept mediation by Acas.";
    check_found(&[
        (&[brouwer], Lang::En, Person, "Lieke Brouwer", true),
        (
            &[brouwer],
            Lang::En,
            Organization,
            "People's Party for Freedom and Democracy",
            true,
        ),
        (
            &[brouwer],
            Lang::En,
            Organization,
            "Party for Freedom",
            false,
        ),
        (
            &[union],
            Lang::En,
            Organization,
            "Union for Peace and Justice",
            true,
        ),
        (
            &[fund],
            Lang::En,
            Organization,
            "Fund for Peace and Justice",
            false,
        ),
        (&[fonds], Lang::Fr, Organization, "Fonds d’ici", false),
        (
            &[cea],
            Lang::Fr,
            Organization,
            "Commission économique des Nations unies pour l’Afrique",
            true,
        ),
        (&[cloud], Lang::Fr, Organization, "Scaleway", true),
        (&[cloud], Lang::Fr, Place, "Outscale", false),
        (
            &[acas],
            Lang::En,
            Organization,
            "Advisory, Conciliation and Arbitration Service",
            true,
        ),
    ]);
}

#[test]
fn rules_round69_short_forms_of_listed_names() {
    // a listed firm and its name with company words and a legal form: one firm
    let asml = [
        "She joined from ASML Holding NV in 2021.",
        "The firm is smaller than ASML, analysts said.",
    ];
    // a newspaper's title without its article, after "au"
    let figaro = [
        "Par Claire Vasseur, Le Figaro",
        "Un porte-parole a indiqué au Figaro que non.",
    ];
    let orgs = names(&asml, Lang::En, Organization);
    assert!(
        orgs.iter()
            .any(|(n, a)| n == "ASML" && a.contains(&"ASML Holding NV".to_string()))
            && orgs.len() == 1,
        "{orgs:?}"
    );
    let orgs = names(&figaro, Lang::Fr, Organization);
    assert!(
        orgs.iter()
            .any(|(n, a)| n == "Le Figaro" && a.contains(&"Figaro".to_string()))
            && orgs.len() == 1,
        "{orgs:?}"
    );
}

#[test]
fn rules_round69_a_person_s_name_and_a_full_name_in_apposition() {
    // a first name of the longer list and a town's name, then a body's apposition: the person
    let kano = "In a circular signed by Dr. Sadiq Kano, the regulator ordered the company to stop.";
    // a body's full name in apposition after its one-word name: one body
    let inno = "Dont 2 millions apportés par Innosuisse, l’Agence suisse pour l’encouragement de l’innovation, le laboratoire ouvrira.";
    // guards: a list of bodies; a participle opening the sentence
    let list = "Funding came from Microsoft, the Linux Foundation and Google.";
    let contactee = "Contactée, l’Agence nationale de la cohésion des territoires n’a pas répondu.";
    check_found(&[
        (&[kano], Lang::En, Person, "Sadiq Kano", true),
        (&[kano], Lang::En, Organization, "Sadiq Kano", false),
        (&[list], Lang::En, Organization, "Linux Foundation", true),
        (&[list], Lang::En, Organization, "Microsoft", true),
    ]);
    let orgs = names(&[inno], Lang::Fr, Organization);
    assert!(
        orgs.iter().any(
            |(n, a)| n == "Agence suisse pour l’encouragement de l’innovation"
                && a.contains(&"Innosuisse".to_string())
        ) && orgs.len() == 1,
        "{orgs:?}"
    );
    let orgs = names(&[contactee], Lang::Fr, Organization);
    assert!(orgs.iter().all(|(_, a)| a.is_empty()), "{orgs:?}");
}

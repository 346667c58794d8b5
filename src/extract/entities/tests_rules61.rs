//! Mends of round 44's French organisations, one test per class (the bracket "(ACR Place)"
//! costs its length: the bench's "hostile input"); a gazetteer's agency, a title or a known
//! person's surname after a byline's "avec"/"with"; "la Province de X" a council only when it
//! acts or X is a Belgian province; a facility's owner only for works firms own; regional
//! bodies "ACR PlaceA" and "ACR PlaceB" apart; a person before "(ACR Place)"; a known name
//! refusing the trade-plural firm; no-break spaces in aliases; "communauté urbaine de X",
//! "Produits … d’X". Guards after each class.

use super::tests_merge::{aliases, check_found};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn round44_mend_a_byline_agency_keeps_its_gazetteer_entry_and_spares_persons() {
    check_found(&[
        (
            &["Par Maëlle Janin, avec AFP", "Deux pistes restent fermées."],
            Lang::Fr,
            Organization,
            "Agence France-Presse",
            true,
        ),
        (
            &["By Rhys Calder, with AP", "Two slopes remain shut."],
            Lang::En,
            Organization,
            "Associated Press",
            true,
        ),
        (
            &["By Rhys Calder, with AP", "Two slopes remain shut."],
            Lang::En,
            Organization,
            "AP",
            false,
        ),
        // a title makes a person
        (
            &[
                "By Rhys Calder, with Dr Ines Darrow",
                "Two slopes remain shut.",
            ],
            Lang::En,
            Organization,
            "Dr Ines Darrow",
            false,
        ),
        // guards: an unknown agency stays one; a surname of the article's person is theirs
        (
            &[
                "Par Maëlle Janin, avec Glenwire",
                "Deux pistes restent fermées.",
            ],
            Lang::Fr,
            Organization,
            "Glenwire",
            true,
        ),
        (
            &[
                "Par Maëlle Janin, avec Vautrin",
                "Selon Hugo Vautrin, la piste rouvrira jeudi.",
            ],
            Lang::Fr,
            Organization,
            "Vautrin",
            false,
        ),
    ]);
}

#[test]
fn round44_mend_a_province_is_a_council_only_when_it_acts_or_is_belgian() {
    check_found(&[
        // the territory: after "dans", "en", "vers", or a region of another country
        (
            &["Des pluies torrentielles frappent la Province du Sichuan depuis lundi."],
            Lang::Fr,
            Organization,
            "Province du Sichuan",
            false,
        ),
        (
            &["Des pluies torrentielles frappent la Province du Sichuan depuis lundi."],
            Lang::Fr,
            Place,
            "Sichuan",
            true,
        ),
        (
            &["Elle a grandi dans la Province de Québec avant de partir."],
            Lang::Fr,
            Organization,
            "Province de Québec",
            false,
        ),
        (
            &["En Province de Luxembourg, les routes restent coupées."],
            Lang::Fr,
            Organization,
            "Province de Luxembourg",
            false,
        ),
        (
            &["Les familles ont fui vers la Province de Vardelle cette nuit."],
            Lang::Fr,
            Organization,
            "Province de Vardelle",
            false,
        ),
        // guards: a Belgian province's council, an unknown province that acts
        (
            &["La Province de Liège subventionne le festival depuis dix ans."],
            Lang::Fr,
            Organization,
            "Province de Liège",
            true,
        ),
        (
            &["Le gouverneur de la Province de Limbourg a démissionné."],
            Lang::Fr,
            Organization,
            "Province de Limbourg",
            true,
        ),
        (
            &["La Province de Vardelle a voté une aide aux éleveurs."],
            Lang::Fr,
            Organization,
            "Province de Vardelle",
            true,
        ),
    ]);
}

#[test]
fn round44_mend_only_works_firms_own_take_their_owner_before_the_town() {
    check_found(&[
        (
            &["La mine de Trévallec, à Lorient, a cessé l’extraction en 1988."],
            Lang::Fr,
            Organization,
            "Trévallec",
            false,
        ),
        (
            &["La mine de Trévallec, à Lorient, a cessé l’extraction en 1988."],
            Lang::Fr,
            Place,
            "Trévallec",
            true,
        ),
        (
            &["Depuis lundi, le terminal de Gravane, à Marseille, est bloqué."],
            Lang::Fr,
            Organization,
            "Gravane",
            false,
        ),
        (
            &["On agrandira la carrière de Montbrac, à Namur, l’an prochain."],
            Lang::Fr,
            Organization,
            "Montbrac",
            false,
        ),
        // guard: a distillery takes its owner's name
        (
            &["Vingt saisonniers rejoignent la distillerie de Kervallec, à Quimper."],
            Lang::Fr,
            Organization,
            "Kervallec",
            true,
        ),
    ]);
}

#[test]
fn round44_mend_bodies_of_one_network_in_two_places_stay_apart() {
    let blocks = [
        "La Chambre des métiers et de l’artisanat (CMA Alsace) ouvre un atelier.",
        "Jeudi, la CMA Corse a fermé le sien.",
    ];
    let got =
        aliases(&blocks, Lang::Fr, "Chambre des métiers et de l’artisanat").unwrap_or_default();
    assert!(!got.contains(&"CMA Corse".to_string()), "{got:?}");
    let blocks =
        ["The Rural Housing Trust (RHT) opened a scheme. RHT Wales and RHT Scotland stayed out."];
    let got = aliases(&blocks, Lang::En, "Rural Housing Trust").unwrap_or_default();
    assert!(!got.contains(&"RHT Wales".to_string()), "{got:?}");
    let blocks = [
        "Le Comité départemental du cyclisme (CDC Vendée) et le Comité départemental du cyclisme (CDC Gironde) ont signé.",
    ];
    let got = aliases(&blocks, Lang::Fr, "Comité départemental du cyclisme").unwrap_or_default();
    assert!(
        !(got.contains(&"CDC Vendée".to_string()) && got.contains(&"CDC Gironde".to_string())),
        "{got:?}"
    );
    // guard: the same place later joins the body
    let blocks = [
        "La Chambre des métiers et de l’artisanat (CMA Alsace) ouvre un atelier.",
        "Jeudi, la CMA Alsace a recruté trois apprentis.",
    ];
    let got =
        aliases(&blocks, Lang::Fr, "Chambre des métiers et de l’artisanat").unwrap_or_default();
    assert!(got.contains(&"CMA Alsace".to_string()), "{got:?}");
}

#[test]
fn round44_mend_a_person_before_an_acronym_and_a_place_stays_a_person() {
    check_found(&[
        (
            &["Le député Hugo Valmont (HV Québec) a pris la parole en premier."],
            Lang::Fr,
            Person,
            "Hugo Valmont",
            true,
        ),
        (
            &["Le député Hugo Valmont (HV Québec) a pris la parole en premier."],
            Lang::Fr,
            Organization,
            "Hugo Valmont",
            false,
        ),
        (
            &["Councillor Megan Rhys Talbot (MRT Cardiff) voted against the budget."],
            Lang::En,
            Organization,
            "Megan Rhys Talbot",
            false,
        ),
    ]);
}

#[test]
fn round44_mend_a_known_name_refuses_the_trade_plural_firm() {
    check_found(&[
        (
            &["Boissons fraîches Danone et sodas locaux se disputent les rayons."],
            Lang::Fr,
            Organization,
            "Boissons fraîches Danone",
            false,
        ),
        (
            &["Industries créatives Europe : un rapport inquiète les studios."],
            Lang::Fr,
            Organization,
            "Industries créatives Europe",
            false,
        ),
        (
            &["Industries créatives Europe : un rapport inquiète les studios."],
            Lang::Fr,
            Place,
            "Europe",
            true,
        ),
        // guards: an unknown own name, one after "d’"
        (
            &["Le contrat échoit à Produits forestiers Ravelot, selon la mairie."],
            Lang::Fr,
            Organization,
            "Produits forestiers Ravelot",
            true,
        ),
        (
            &["La scierie vend ses planches à Produits forestiers d’Arvelle depuis mars."],
            Lang::Fr,
            Organization,
            "Produits forestiers d’Arvelle",
            true,
        ),
    ]);
}

#[test]
fn round44_mend_an_alias_is_spelt_with_a_plain_space() {
    assert_eq!(
        aliases(
            &[
                "D’après l’Association des pêcheurs du fleuve\u{a0}(APF\u{a0}Québec), la saison est perdue."
            ],
            Lang::Fr,
            "Association des pêcheurs du fleuve"
        ),
        Some(vec!["APF Québec".to_string()])
    );
}

#[test]
fn round44_mend_an_urban_community_is_a_body() {
    check_found(&[
        (
            &["Mardi, la communauté urbaine de Vallombreuse a voté son budget."],
            Lang::Fr,
            Organization,
            "communauté urbaine de Vallombreuse",
            true,
        ),
        // guard: a community of people
        (
            &["La communauté portugaise de Vallombreuse a fêté le printemps."],
            Lang::Fr,
            Organization,
            "communauté portugaise de Vallombreuse",
            false,
        ),
    ]);
}

//! Round 47 (French organisations): a legal form closing "X du Y SA" keeps the sentence's
//! first word; "<acronym> <Remit> et <Remit>" is one body (a known body's acronym too); a
//! regional adjective after "… d’État" is no part of the body's name; a name set off by
//! commas after "le chef du …" (or a long title phrase) is a person. Guards after each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn r65_a_legal_form_reaches_back_to_the_sentence_first_word() {
    check_found(&[
        (
            &["Le prix du bois monte encore. Menuiseries de la Vézelle SA recrute six apprentis."],
            Lang::Fr,
            Organization,
            "Menuiseries de la Vézelle SA",
            true,
        ),
        (
            &["Boulangeries de la Sarthe SAS a fermé deux ateliers."],
            Lang::Fr,
            Organization,
            "Boulangeries de la Sarthe SAS",
            true,
        ),
        (
            &["Ardoisières du Trivel SA a annoncé un plan social."],
            Lang::Fr,
            Organization,
            "Ardoisières du Trivel SA",
            true,
        ),
        (
            &["Ardoisières du Trivel SA a annoncé un plan social."],
            Lang::Fr,
            Organization,
            "Trivel SA",
            false,
        ),
        // guards: a sentence's first word before "de X" without a legal form stays out
        (
            &["Originaire de Brévanel, la cheffe a ouvert un restaurant."],
            Lang::Fr,
            Organization,
            "Originaire de Brévanel",
            false,
        ),
        (
            &["Depuis mardi, Tuileries Brandal SA est fermée."],
            Lang::Fr,
            Organization,
            "Tuileries Brandal SA",
            true,
        ),
    ]);
}

#[test]
fn r65_an_acronym_and_two_remits_joined_by_et_are_one_body() {
    check_found(&[
        (
            &["Hier, la DTE Voirie et Digues a fermé la route du lac."],
            Lang::Fr,
            Organization,
            "DTE Voirie et Digues",
            true,
        ),
        (
            &["La DRT Agriculture et Forêts a publié un rapport lundi."],
            Lang::Fr,
            Organization,
            "DRT Agriculture et Forêts",
            true,
        ),
        (
            &["Selon le SPT Mobilité Douce et Ports, les travaux dureront un an."],
            Lang::Fr,
            Organization,
            "SPT Mobilité Douce et Ports",
            true,
        ),
        // a known body's acronym and its service's remits
        (
            &["L’ADEME Bâtiment et Territoires a publié un guide."],
            Lang::Fr,
            Organization,
            "ADEME Bâtiment et Territoires",
            true,
        ),
        (
            &["L’ADEME Bâtiment et Territoires a publié un guide."],
            Lang::Fr,
            Organization,
            "Territoires",
            false,
        ),
        // guards: two bodies coordinated stay two
        (
            &["La SNCF et Alstom ont signé un contrat."],
            Lang::Fr,
            Organization,
            "Alstom",
            true,
        ),
        (
            &["Le CNRS et l’Inserm ont publié une étude."],
            Lang::Fr,
            Organization,
            "Inserm",
            true,
        ),
        (
            &["Le PDG Jean Varnier et Claire ont signé."],
            Lang::Fr,
            Organization,
            "PDG Jean Varnier et Claire",
            false,
        ),
    ]);
}

#[test]
fn r65_a_regional_adjective_after_d_etat_is_no_part_of_the_name() {
    check_found(&[
        (
            &["Dans sa réponse, le Conseil d’État neuchâtelois rejette la motion."],
            Lang::Fr,
            Organization,
            "Conseil d’État",
            true,
        ),
        (
            &["Le Conseil d’État jurassien a refusé le crédit."],
            Lang::Fr,
            Organization,
            "Conseil d’État jurassien",
            false,
        ),
        // guards: a party's or a police's regional adjective stays in its name
        (
            &["Le Parti socialiste vaudois a lancé un référendum."],
            Lang::Fr,
            Organization,
            "Parti socialiste vaudois",
            true,
        ),
        (
            &["Un porte-parole de la Police cantonale valaisanne a confirmé les faits."],
            Lang::Fr,
            Organization,
            "Police cantonale valaisanne",
            true,
        ),
    ]);
}

#[test]
fn r65_a_name_after_a_chief_s_phrase_is_a_person() {
    check_found(&[
        (
            &[
                "Interrogée lundi, la cheffe de l’Office des routes et des ponts, Maëlle Torvanne, a confirmé le chantier.",
            ],
            Lang::Fr,
            Person,
            "Maëlle Torvanne",
            true,
        ),
        (
            &["La cheffe du service, Henka Brovier, a dit non."],
            Lang::Fr,
            Person,
            "Henka Brovier",
            true,
        ),
        (
            &[
                "Speaking for the Bureau of Dams and River Works, its head, Oskar Vellands, disagreed.",
            ],
            Lang::En,
            Person,
            "Oskar Vellands",
            true,
        ),
        // guard: who leads a consortium may be a firm
        (
            &["Le chef de file du consortium, Trivel Brovier, a signé."],
            Lang::Fr,
            Person,
            "Trivel Brovier",
            false,
        ),
    ]);
}

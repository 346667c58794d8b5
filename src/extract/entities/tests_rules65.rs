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
            &[
                "Pour les riverains, la note grimpe. Scieries du Morvan SA, qui livre ses planches, a protesté.",
            ],
            Lang::Fr,
            Organization,
            "Scieries du Morvan SA",
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
            &["Hier, Scieries Morvan SA a fermé."],
            Lang::Fr,
            Organization,
            "Scieries Morvan SA",
            true,
        ),
    ]);
}

#[test]
fn r65_an_acronym_and_two_remits_joined_by_et_are_one_body() {
    check_found(&[
        (
            &["Le SPR Routes et Ouvrages explique que la poutre a cédé."],
            Lang::Fr,
            Organization,
            "SPR Routes et Ouvrages",
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
            &["Le dossier est suivi par le Conseil d’État vaudois, qui souhaite un accord."],
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
                "Le chef du Département des forêts et de l’eau, Mathia Zorndel, a salué la décision.",
            ],
            Lang::Fr,
            Person,
            "Mathia Zorndel",
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
            &["The head of the Department of Roads and Water Works, Mathia Zorndel, said no."],
            Lang::En,
            Person,
            "Mathia Zorndel",
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

//! One table per class of round 50 (French bodies and places): a plateau keeps its noun like a
//! pass ("le plateau des X"); a portfolio after "ministre <adjective> de l’…" is no place; the
//! port's authority ("le port autonome de X") is a body; a sentence-initial article belongs
//! to a firm's name that a legal form closes ("Les X inc."). Guards: a known place after
//! "plateau" or after "ministre <word> de", a plain port, a firm with no legal form.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round50_a_plateau_keeps_its_noun() {
    check_found(&[
        (
            &["Les randonneurs ont traversé le plateau des Brumeroches avant la nuit."],
            Lang::Fr,
            Place,
            "plateau des Brumeroches",
            true,
        ),
        (
            &["Le festival aura lieu sur le plateau de Vaudrenne en juillet."],
            Lang::Fr,
            Place,
            "plateau de Vaudrenne",
            true,
        ),
        (
            &["Le festival aura lieu sur le plateau de Vaudrenne en juillet."],
            Lang::Fr,
            Place,
            "Vaudrenne",
            false,
        ),
        // guard: a place the gazetteer knows is named alone
        (
            &["Les éleveurs du plateau du Vercors ont manifesté samedi."],
            Lang::Fr,
            Place,
            "Vercors",
            true,
        ),
    ]);
}

#[test]
fn rules_round50_a_portfolio_after_a_ministers_adjective() {
    check_found(&[
        (
            &["Une lettre du ministre bruxellois de l’Aménagement urbain est arrivée lundi."],
            Lang::Fr,
            Place,
            "Aménagement",
            false,
        ),
        (
            &["La ministre fédérale de l’Énergie durable a reçu les maires."],
            Lang::Fr,
            Place,
            "Énergie",
            false,
        ),
        // guard: a known place after "ministre <word> de" stays a place
        (
            &["Le ministre originaire de Lyon a reçu les maires."],
            Lang::Fr,
            Place,
            "Lyon",
            true,
        ),
    ]);
}

#[test]
fn rules_round50_an_autonomous_port_is_a_body() {
    check_found(&[
        (
            &["Une grue neuve a été livrée au port autonome de Port-Vilmont."],
            Lang::Fr,
            Organization,
            "port autonome de Port-Vilmont",
            true,
        ),
        (
            &["Le directeur du port autonome de Marseille a démissionné."],
            Lang::Fr,
            Organization,
            "port autonome de Marseille",
            true,
        ),
        // guard: the port itself is a place, no body
        (
            &["Une grue neuve a été livrée au port de Port-Vilmont."],
            Lang::Fr,
            Organization,
            "port de Port-Vilmont",
            false,
        ),
    ]);
}

#[test]
fn rules_round50_a_firms_article_before_its_legal_form() {
    check_found(&[
        (
            &["Les Conserves Mirabelle inc. a racheté deux marques l’an dernier."],
            Lang::Fr,
            Organization,
            "Les Conserves Mirabelle inc.",
            true,
        ),
        // (round 66: a singular article stays out, as the 64th set annotates "Scierie X et
        // Fils inc." after "La"; the plural one is registered with the name)
        (
            &["La Boulangerie Morinval ltée a mis à pied douze employés."],
            Lang::Fr,
            Organization,
            "Boulangerie Morinval ltée",
            true,
        ),
        // guard: no legal form, the article stays out
        (
            &["Les Conserves Mirabelle ont fermé leur usine."],
            Lang::Fr,
            Organization,
            "Les Conserves Mirabelle",
            false,
        ),
    ]);
}

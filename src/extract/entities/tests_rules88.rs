//! Round 56 (q56fr): a legal form closing "Société de <trade> du <X> SA" ends one firm, whose
//! last words ("<X> SA") are no firm of their own; capitals of a road's class and a number
//! ("RN 7", "RD 20", "(RNIE 4)") are a road's code, no body; a body's administrative area
//! ("du canton de X") stays in its name. Guards keep "SAMU 31"-like services, a plain "Conseil
//! d’État" and a sentence-opening "Entreprise familiale".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q56fr_a_legal_form_closes_a_long_firm_name_once() {
    let a = "Un audit vise la Société de transformation du Sud SA (Sotrasud) depuis mars.";
    let b = "La Société de distribution des Alpes SA a annoncé des résultats en hausse.";
    let c = "La Coopérative laitière du Jura Sàrl compte deux cents membres.";
    let d = "Un accord a été signé avec l’Entreprise de travaux du Littoral SAS, basée à Nantes.";
    let e =
        "Les agriculteurs ont rencontré la direction de la Société sucrière de la Vallée SA mardi.";
    check_found(&[
        (
            &[a],
            Lang::Fr,
            Organization,
            "Société de transformation du Sud SA",
            true,
        ),
        (&[a], Lang::Fr, Organization, "Sud SA", false),
        (&[b], Lang::Fr, Organization, "Alpes SA", false),
        (&[c], Lang::Fr, Organization, "Jura Sàrl", false),
        (
            &[d],
            Lang::Fr,
            Organization,
            "Entreprise de travaux du Littoral SAS",
            true,
        ),
        (&[d], Lang::Fr, Organization, "Littoral SAS", false),
        (&[e], Lang::Fr, Organization, "Vallée SA", false),
        // guards: a firm named by its place and form alone, a sentence-opening common noun
        (
            &["La Banque du Rhône SA a ouvert une agence à Genève."],
            Lang::Fr,
            Organization,
            "Banque du Rhône SA",
            true,
        ),
        (
            &["Le fonds Meridia Capital SA a racheté la marque."],
            Lang::Fr,
            Organization,
            "Meridia Capital SA",
            true,
        ),
        (
            &["Entreprise familiale fondée en 1962, la scierie emploie vingt personnes."],
            Lang::Fr,
            Organization,
            "Entreprise familiale fondée",
            false,
        ),
    ]);
}

#[test]
fn rules_q56fr_a_road_class_and_a_number_are_a_road() {
    check_found(&[
        (
            &[
                "Le pont de la route nationale inter-États n° 4 (RNIE 4) près de Tanguiéta est fermé.",
            ],
            Lang::Fr,
            Organization,
            "RNIE",
            false,
        ),
        (
            &["La circulation était coupée sur la RD 20 entre Arles et Nîmes."],
            Lang::Fr,
            Organization,
            "RD",
            false,
        ),
        (
            &["La route départementale 117 (RD 117) sera fermée jusqu’à lundi."],
            Lang::Fr,
            Organization,
            "RD",
            false,
        ),
        (
            &["Un accident a bloqué la RN 7 près de Valence."],
            Lang::Fr,
            Organization,
            "Rassemblement national",
            false,
        ),
        (
            &["Works on the (MR 12) link road near Dunmore will last a month."],
            Lang::En,
            Organization,
            "MR",
            false,
        ),
        // guards: a service and its département's number, a union, a score
        (
            &["Le SAMU 31 a transporté le blessé à Toulouse."],
            Lang::Fr,
            Organization,
            "SAMU",
            true,
        ),
        (
            &["Le syndicat CGT a appelé à la grève, selon la CFDT."],
            Lang::Fr,
            Organization,
            "CGT",
            true,
        ),
    ]);
}

#[test]
fn rules_q56fr_a_body_keeps_its_administrative_area() {
    check_found(&[
        (
            &["Le Conseil d’Etat du canton de Fribourg a validé le crédit."],
            Lang::Fr,
            Organization,
            "Conseil d’Etat du canton de Fribourg",
            true,
        ),
        (
            &["Le Conseil d’État du canton du Jura a rejeté la demande."],
            Lang::Fr,
            Organization,
            "Conseil d’État du canton du Jura",
            true,
        ),
        (
            &["Le Conseil d’État du canton du Jura a rejeté la demande."],
            Lang::Fr,
            Organization,
            "Conseil d’État",
            false,
        ),
        // guards: the body alone, the body and its place without an area's noun
        (
            &["Le Conseil d’État a annulé le décret."],
            Lang::Fr,
            Organization,
            "Conseil d’État",
            true,
        ),
        (
            &["Le Conseil d’État du Valais a voté une aide."],
            Lang::Fr,
            Organization,
            "Conseil d’État du Valais",
            true,
        ),
    ]);
}

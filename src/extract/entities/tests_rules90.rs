//! Round 57 (q57fr): places listed after plural facilities and villages ("aux plantations de X
//! et de Y", "des villages entiers, comme X,"); a department named by its officer or its crops
//! ("le préfet du X", "les bananeraies du X"); an unknown word after a lowercase "l’" before a
//! funder's act ("l’Xyz avait versé") is a body; a league's name is a body ("X League"); an
//! office and its lowercase remit are one name ("le Secrétariat aux relations avec les X"),
//! and "les Premières Nations" alone names no body. Guards keep owners, known places, cups
//! and common nouns.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q57fr_places_after_plural_facilities_and_village_lists() {
    let a = "Les ouvriers ont quitté les plantations de Kobéla et de Ndokara mardi.";
    let b = "La coopérative veut livrer aux usines de Tambaré et de Sikolo dès l’automne.";
    let c = "La société a étendu ses activités aux mines de Karouba et de Tindéli.";
    let d = "Des hameaux entiers, comme Bankoumé, sont privés d’eau depuis une semaine.";
    let e = "Des quartiers entiers, comme Bonamikano, ont été inondés.";
    let f = "Des villages entiers, comme Mbelléka, manquent d’eau potable.";
    let g = "Plusieurs hameaux comme Tsinga ou Nkolbisson attendent l’électricité.";
    check_found(&[
        (&[a], Lang::Fr, Place, "Kobéla", true),
        (&[a], Lang::Fr, Place, "Ndokara", true),
        (&[b], Lang::Fr, Place, "Tambaré", true),
        (&[b], Lang::Fr, Place, "Sikolo", true),
        (&[c], Lang::Fr, Place, "Karouba", true),
        (&[c], Lang::Fr, Place, "Tindéli", true),
        (&[d], Lang::Fr, Place, "Bankoumé", true),
        (&[e], Lang::Fr, Place, "Bonamikano", true),
        (&[f], Lang::Fr, Place, "Mbelléka", true),
        (&[g], Lang::Fr, Place, "Tsinga", true),
        // guards: a firm's legal form and a person's full name stay theirs
        (
            &["Les mines de Kargolith SA emploient trois cents mineurs."],
            Lang::Fr,
            Organization,
            "Kargolith SA",
            true,
        ),
        (
            &["Elle a visité les plantations de Jean Moukoko à l’est."],
            Lang::Fr,
            Person,
            "Jean Moukoko",
            true,
        ),
    ]);
}

#[test]
fn rules_q57fr_a_department_named_by_its_officer_or_its_crops() {
    let a = "Le préfet du Lomoundé, Paul-Henri Essama Mbida, a reçu les maires jeudi.";
    let b = "Le gouverneur du Nkandi, Samuel Fotso, s’est rendu sur place.";
    let c = "La production des bananeraies du Kéloundé a doublé en dix ans.";
    let d = "La récolte dans les cacaoyères du Tamboura a chuté de moitié.";
    let e = "Les vergers du Valmorin ont souffert du gel cette année.";
    let f = "La sous-préfète du Ndjoré a interdit la manifestation.";
    let g = "Les plantations du Bissamba emploient 4 000 personnes, selon la Société des \
             bananeraies du Bissamba (SBB).";
    check_found(&[
        (&[a], Lang::Fr, Place, "Lomoundé", true),
        (&[a], Lang::Fr, Organization, "Lomoundé", false),
        (&[b], Lang::Fr, Place, "Nkandi", true),
        (&[c], Lang::Fr, Place, "Kéloundé", true),
        (&[d], Lang::Fr, Place, "Tamboura", true),
        (&[e], Lang::Fr, Place, "Valmorin", true),
        (&[f], Lang::Fr, Place, "Ndjoré", true),
        (&[g], Lang::Fr, Place, "Bissamba", true),
        (&[g], Lang::Fr, Organization, "Bissamba", false),
        // guards: the firm keeps its full name; a bank a governor heads stays a body
        (
            &[g],
            Lang::Fr,
            Organization,
            "Société des bananeraies du Bissamba",
            true,
        ),
        (
            &["Le gouverneur de la Banque centrale du Zorland a démissionné."],
            Lang::Fr,
            Organization,
            "Banque centrale du Zorland",
            true,
        ),
    ]);
}

#[test]
fn rules_q57fr_a_funder_after_a_lowercase_elided_article_is_a_body() {
    let a = "Le bourgmestre a expliqué que l’Aprodem avait versé la moitié du budget.";
    let b = "Selon le texte, l’Ifagri a financé la moitié des travaux.";
    let c = "Chaque année, l’Agrivet subventionne une dizaine de clubs.";
    let d = "Le maire a confirmé que l’Ofradel a débloqué une aide d’urgence.";
    check_found(&[
        (&[a], Lang::Fr, Organization, "Aprodem", true),
        (&[a], Lang::Fr, Place, "Aprodem", false),
        (&[b], Lang::Fr, Organization, "Ifagri", true),
        (&[c], Lang::Fr, Organization, "Agrivet", true),
        (&[d], Lang::Fr, Organization, "Ofradel", true),
        // guards: known places fund too, and a place's "l’" before other verbs stays a place
        (
            &["La commune a rappelé que l’Italie avait versé une aide."],
            Lang::Fr,
            Place,
            "Italie",
            true,
        ),
        (
            &["On sait que l’Ardèche a financé une partie du projet."],
            Lang::Fr,
            Place,
            "Ardèche",
            true,
        ),
    ]);
}

#[test]
fn rules_q57fr_a_league_is_a_body() {
    let a = "Le club est en tête de la Nordic Hockey League.";
    let b = "Le club dispute la saison de KRX League depuis deux ans.";
    let c = "The team plays in the Coastal Volleyball League this season.";
    check_found(&[
        (&[a], Lang::Fr, Organization, "Nordic Hockey League", true),
        (&[b], Lang::Fr, Organization, "KRX League", true),
        (
            &[c],
            Lang::En,
            Organization,
            "Coastal Volleyball League",
            true,
        ),
        // guard: a cup stays an event
        (
            &["Le club a été éliminé de la Champions Padel League mardi."],
            Lang::Fr,
            Organization,
            "Champions Padel League",
            false,
        ),
    ]);
}

#[test]
fn rules_q57fr_an_office_and_its_lowercase_remit_are_one_name() {
    let a = "Le ministère analysera le dossier avec le Secrétariat aux échanges avec les \
             Peuples Wendat et les Innus.";
    let b = "Le Bureau aux affaires avec les Autochtones du Nord a publié un rapport.";
    let c = "L’Office à la coopération avec les Communautés du Littoral a annoncé une aide.";
    let d = "Le Secrétariat aux affaires autochtones a publié un avis.";
    let e = "Les Premières Nations réclament des consultations sur le projet.";
    let f = "Le chef a rencontré les représentants des Premières Nations à Matane.";
    check_found(&[
        (
            &[a],
            Lang::Fr,
            Organization,
            "Secrétariat aux échanges avec les Peuples Wendat et les Innus",
            true,
        ),
        (&[a], Lang::Fr, Organization, "Peuples Wendat", false),
        (
            &[b],
            Lang::Fr,
            Organization,
            "Bureau aux affaires avec les Autochtones du Nord",
            true,
        ),
        (&[b], Lang::Fr, Organization, "Autochtones du Nord", false),
        (
            &[c],
            Lang::Fr,
            Organization,
            "Office à la coopération avec les Communautés du Littoral",
            true,
        ),
        (
            &[d],
            Lang::Fr,
            Organization,
            "Secrétariat aux affaires autochtones",
            true,
        ),
        (&[e], Lang::Fr, Organization, "Premières Nations", false),
        (&[f], Lang::Fr, Organization, "Premières Nations", false),
        // guard: a body holding the people's name keeps it
        (
            &["L’Assemblée des Premières Nations a réagi mardi."],
            Lang::Fr,
            Organization,
            "Assemblée des Premières Nations",
            true,
        ),
    ]);
}

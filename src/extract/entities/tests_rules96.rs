//! Round 58 (q58fr2): a French town's hospital ("l’hôpital de X") and the office of mayor
//! ("candidat à la mairie de X") name the town only; the capitalised tail of a French body's
//! name is no body of its own; "Les Amis du musée de X" mid-sentence; "la clinique X".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q58fr2_a_town_hospital_names_the_town_only() {
    let a = "Le pédiatre Paul Vernier, médecin à l’hôpital de Castelmont, s’inquiète.";
    let b = "Une grève touche l’hôpital de Pontivern depuis samedi.";
    let c = "L’hôpital de Morvillac fermera son service d’urgences la nuit.";
    let d = "Les travaux de l’hôpital de Ravençon ont commencé en mars.";
    let e = "Les blessés ont été évacués vers l’hôpital d’Arvenne.";
    check_found(&[
        (&[a], Lang::Fr, Place, "Castelmont", true),
        (&[a], Lang::Fr, Organization, "hôpital de Castelmont", false),
        (&[b], Lang::Fr, Place, "Pontivern", true),
        (&[b], Lang::Fr, Organization, "hôpital de Pontivern", false),
        (&[c], Lang::Fr, Place, "Morvillac", true),
        (&[c], Lang::Fr, Organization, "hôpital de Morvillac", false),
        (&[d], Lang::Fr, Organization, "hôpital de Ravençon", false),
        (&[e], Lang::Fr, Place, "Arvenne", true),
        // guards: a named hospital and the councils stay bodies
        (
            &["Il a été soigné à l’hôpital de la Sallière à Lyon."],
            Lang::Fr,
            Organization,
            "hôpital de la Sallière",
            true,
        ),
        (
            &["Le conseil municipal de Tramondy a voté lundi le budget."],
            Lang::Fr,
            Organization,
            "conseil municipal de Tramondy",
            true,
        ),
        (
            &["La préfecture de Vordanne a annoncé des restrictions."],
            Lang::Fr,
            Organization,
            "préfecture de Vordanne",
            true,
        ),
    ]);
}

#[test]
fn rules_q58fr2_the_office_of_mayor_names_the_town_only() {
    let a = "Trois candidats à la mairie de Brucheval ont déposé leur liste.";
    let b = "Elle compte briguer la mairie de Saint-Orvel en 2026.";
    let c = "La course à la mairie de Dorlanges est lancée.";
    check_found(&[
        (&[a], Lang::Fr, Place, "Brucheval", true),
        (&[a], Lang::Fr, Organization, "mairie de Brucheval", false),
        (&[b], Lang::Fr, Organization, "mairie de Saint-Orvel", false),
        (&[c], Lang::Fr, Organization, "mairie de Dorlanges", false),
        // guard: the town hall acting is a body
        (
            &["La mairie de Brucheval a ouvert une salle climatisée."],
            Lang::Fr,
            Organization,
            "mairie de Brucheval",
            true,
        ),
    ]);
}

#[test]
fn rules_q58fr2_the_tail_of_a_body_name_is_no_body() {
    let a =
        "Le recours a été introduit par le Comité de défense du Val d’Arbrecy, une association.";
    let b = "La Maison de santé du Pays Basquin recrute deux médecins à Lourdes.";
    let c = "Elle a racheté la Coopérative d’assurance du Vermandois en 2019.";
    let d = "La justice place la Société minière Korovéa-Tiaré en redressement.";
    check_found(&[
        (&[a], Lang::Fr, Organization, "Val d’Arbrecy", false),
        (
            &[a],
            Lang::Fr,
            Organization,
            "Comité de défense du Val d’Arbrecy",
            true,
        ),
        (&[b], Lang::Fr, Organization, "Pays Basquin", false),
        (&[c], Lang::Fr, Organization, "Vermandois", false),
        (&[d], Lang::Fr, Organization, "Korovéa-Tiaré", false),
        // guard: the employer of a union's members is named
        (
            &[
                "Deux assureurs, Vortania Assurances inc. et la Mutuelle d’assurance des Cèdres, \
                 ont annoncé leur fusion.",
                "La présidente de Vortania a parlé lors d’une conférence.",
                "Le cabinet qui conseille Vortania estime que la clôture est proche.",
                "Le Syndicat des salariés de Vortania a déposé un préavis de grève.",
                "La direction de Vortania affirme que les départs suffiront.",
                "Créée à Québec en 1987, Vortania emploie 300 personnes.",
            ],
            Lang::Fr,
            Place,
            "Vortania",
            false,
        ),
    ]);
}

#[test]
fn rules_q58fr2_friends_of_a_museum_and_a_clinic() {
    let a = "L’association Les Amis du musée de Castelmont organise une vente aux enchères.";
    let b = "Les patients se tournent vers la clinique Beauregard, à Pau.";
    check_found(&[
        (
            &[a],
            Lang::Fr,
            Organization,
            "Les Amis du musée de Castelmont",
            true,
        ),
        (&[a], Lang::Fr, Organization, "Les Amis", false),
        (&[b], Lang::Fr, Organization, "clinique Beauregard", true),
        (&[b], Lang::Fr, Organization, "Beauregard", false),
        // guard: a clinical trial names nothing
        (
            &["Un essai clinique Vantor a été présenté lundi."],
            Lang::Fr,
            Organization,
            "clinique Vantor",
            false,
        ),
    ]);
}

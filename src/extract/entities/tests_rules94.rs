//! Round 58 (q58fr): a Belgian non-profit's form ("ASBL", "VZW") is a cue and no part of the
//! name; "X van (der) Y" is a person whatever the given name; national bodies ("Conseil
//! fédéral", "Grand Conseil") and public broadcasters ("Sporza", "Eurosport") are known.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q58fr_a_nonprofit_form_stays_out_of_the_name() {
    let a = "L’ASBL Haute-Meuse Trail Organisation a annulé l’édition de mai.";
    let b = "Le trail, organisé par l’ASBL Namur Cyclo Passion depuis 2009, est annulé.";
    let c = "La VZW Kempense Fietsvrienden a protesté.";
    let d = "Selon l’ASBL Natagorix, la zone est fragile.";
    check_found(&[
        (
            &[a],
            Lang::Fr,
            Organization,
            "Haute-Meuse Trail Organisation",
            true,
        ),
        (
            &[a],
            Lang::Fr,
            Organization,
            "ASBL Haute-Meuse Trail Organisation",
            false,
        ),
        (&[b], Lang::Fr, Organization, "Namur Cyclo Passion", true),
        (&[c], Lang::Fr, Organization, "Kempense Fietsvrienden", true),
        (&[d], Lang::Fr, Organization, "Natagorix", true),
        // guards: a firm's capitalised form stays in its name, as the golds write it
        (
            &["La SARL Boulangerie Martin a été rachetée."],
            Lang::Fr,
            Organization,
            "SARL Boulangerie Martin",
            true,
        ),
        (
            &["L’ASBL Vents du large, qui regroupe 200 riverains, a déposé un recours."],
            Lang::Fr,
            Organization,
            "Vents du large",
            true,
        ),
    ]);
}

#[test]
fn rules_q58fr_a_name_with_a_surname_particle_is_a_person() {
    let a = "Les organisateurs ont confirmé la venue de Pieter van der Berghe, puis celle de Joris van Lommel.";
    let b = "Il a battu Stijn van der Haegen, puis Jens de Wachter.";
    let c = "Le retour de Maximilian von Hardenstein et de Anneke van den Brink est prévu.";
    let d = "Fans cheered Pieter van der Berghe and Joris van Lommel at the start.";
    check_found(&[
        (&[a], Lang::Fr, Person, "Pieter van der Berghe", true),
        (&[a], Lang::Fr, Person, "Joris van Lommel", true),
        (&[a], Lang::Fr, Organization, "Joris van Lommel", false),
        (&[b], Lang::Fr, Person, "Stijn van der Haegen", true),
        (&[c], Lang::Fr, Person, "Anneke van den Brink", true),
        (&[d], Lang::En, Person, "Joris van Lommel", true),
        (&[d], Lang::En, Person, "Pieter van der Berghe", true),
        // guards: a body or a place joined by "van" is none
        (
            &["Le Musée van Loonkerke a rouvert."],
            Lang::Fr,
            Person,
            "Musée van Loonkerke",
            false,
        ),
        (
            &["Il a visité le Palazzo di Veltrano hier."],
            Lang::Fr,
            Person,
            "Palazzo di Veltrano",
            false,
        ),
    ]);
}

#[test]
fn rules_q58fr_national_councils_and_broadcasters_are_known() {
    let a = "La motion sera transmise au Conseil fédéral en mars.";
    let b = "Le texte passe au Grand Conseil jeudi.";
    let c = "Le match sera commenté en direct sur Sporza dès 20 heures.";
    let d = "Les droits seront diffusés sur Eurosport.";
    let e = "The final aired on Sporza and on Eurosport.";
    check_found(&[
        (&[a], Lang::Fr, Organization, "Conseil fédéral", true),
        (&[b], Lang::Fr, Organization, "Grand Conseil", true),
        (&[b], Lang::Fr, Organization, "Grand Conseil jeudi", false),
        (&[c], Lang::Fr, Organization, "Sporza", true),
        (&[d], Lang::Fr, Organization, "Eurosport", true),
        (&[e], Lang::En, Organization, "Sporza", true),
        // guard: a longer known council keeps its name
        (
            &["Le Grand Conseil genevois a voté."],
            Lang::Fr,
            Organization,
            "Grand Conseil genevois",
            true,
        ),
    ]);
}

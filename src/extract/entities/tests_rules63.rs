//! Round 44 mended (persons): a person's noun in apposition after a name that closes a
//! sentence's opening scene ("Au X, un pompier a…", "In rural X, a farmer…") is the
//! sentence's subject, and French "a" (has) is no "à"; nouns firms carry too (vendor,
//! builder, tenant, producer of…, négociant en…, chef de file) make a person only after a
//! known given name and a surname; a title's holder keeps a particle of their name ("du",
//! "de la") when no body follows; a given name before "Creek"/"River" with a stream's verb
//! or "the" is the stream. Guards after each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn mend44_a_name_in_an_opening_scene_holds_no_apposition() {
    check_found(&[
        (
            &["Au Brévanel, un pompier a été blessé."],
            Lang::Fr,
            Person,
            "Brévanel",
            false,
        ),
        (
            &["Dans la commune de Saulière, un enseignant a été suspendu."],
            Lang::Fr,
            Person,
            "Saulière",
            false,
        ),
        (
            &["Chez Fromalys, une salariée a été licenciée."],
            Lang::Fr,
            Person,
            "Fromalys",
            false,
        ),
        (
            &["Près de Castelmont-sur-Orge, un agriculteur de la vallée a perdu ses bêtes."],
            Lang::Fr,
            Person,
            "Castelmont-sur-Orge",
            false,
        ),
        (
            &["At Harwick Freight, a driver who was injured sued the firm."],
            Lang::En,
            Person,
            "Harwick Freight",
            false,
        ),
        (
            &["In rural Pellham, a farmer, Jonas Tate, lost his herd."],
            Lang::En,
            Person,
            "Pellham",
            false,
        ),
        (
            &["For Marsby, a farmer from the valley said, the rains came late."],
            Lang::En,
            Person,
            "Marsby",
            false,
        ),
        (
            &["In North Pellbury, a nurse from Leeds was hurt."],
            Lang::En,
            Person,
            "Pellbury",
            false,
        ),
        (
            &["In West Cardow, a teacher who lost her home spoke to reporters."],
            Lang::En,
            Person,
            "Cardow",
            false,
        ),
        // guards: a person's name after "Pour"/"Selon", a person's apposition mid-sentence
        (
            &["Pour Anselme Vautrin, agriculteur à Brévanne, la saison est perdue."],
            Lang::Fr,
            Person,
            "Anselme Vautrin",
            true,
        ),
        (
            &["In rural Pellham, a farmer, Jonas Tate, lost his herd."],
            Lang::En,
            Person,
            "Jonas Tate",
            true,
        ),
        (
            &["He spoke in Leeds with Tomas Brandt, a farmer who lost his herd."],
            Lang::En,
            Person,
            "Tomas Brandt",
            true,
        ),
    ]);
}

#[test]
fn mend44_a_noun_firms_carry_too_needs_a_plain_persons_name() {
    check_found(&[
        (
            &["Kestmoor Systems, a software vendor, was sold in May."],
            Lang::En,
            Person,
            "Kestmoor Systems",
            false,
        ),
        (
            &["Marrowby Retail, the largest tenant of the arcade, moved out."],
            Lang::En,
            Person,
            "Marrowby Retail",
            false,
        ),
        (
            &["Tavish Energy, a producer of solar panels, cut jobs."],
            Lang::En,
            Person,
            "Tavish Energy",
            false,
        ),
        (
            &["QUENTRA, a data vendor, lost the contract."],
            Lang::En,
            Person,
            "QUENTRA",
            false,
        ),
        (
            &["Domaine Ferlac, négociant en vins de Loire, a été vendu."],
            Lang::Fr,
            Person,
            "Domaine Ferlac",
            false,
        ),
        (
            &["Numérix, chef de file du secteur, annonce des licenciements."],
            Lang::Fr,
            Person,
            "Numérix",
            false,
        ),
        // guards: a given name and a surname, whatever the noun
        (
            &["Peter Walsh, a builder, was hurt in the fall."],
            Lang::En,
            Person,
            "Peter Walsh",
            true,
        ),
        (
            &["Hervé Lancelin, chef de file des élus d’opposition, a réagi."],
            Lang::Fr,
            Person,
            "Hervé Lancelin",
            true,
        ),
    ]);
}

#[test]
fn mend44_a_titles_holder_keeps_the_particle_of_their_name() {
    check_found(&[
        (
            &["Le député Philippe du Moulin a voté contre."],
            Lang::Fr,
            Person,
            "Philippe du Moulin",
            true,
        ),
        (
            &["Hier, le sénateur Gaspard de la Roncière a voté contre le texte."],
            Lang::Fr,
            Person,
            "Gaspard de la Roncière",
            true,
        ),
        // guard: a body after the particle ends the name
        (
            &["La plainte a été rejetée par la juge Odile Ferrand-Lacoste de la Cour d’appel."],
            Lang::Fr,
            Person,
            "Odile Ferrand-Lacoste",
            true,
        ),
    ]);
}

#[test]
fn mend44_a_given_name_naming_a_stream_is_a_place() {
    check_found(&[
        (
            &["Rosalie Creek burst its banks overnight."],
            Lang::En,
            Person,
            "Rosalie Creek",
            false,
        ),
        (
            &["Rosalie Creek burst its banks overnight."],
            Lang::En,
            Place,
            "Rosalie Creek",
            true,
        ),
        (
            &["The Hilda River flooded the lower town."],
            Lang::En,
            Person,
            "Hilda River",
            false,
        ),
        // guards: a stream's noun as a person's surname
        (
            &["Rose Creek, a nurse, said the ward was full."],
            Lang::En,
            Person,
            "Rose Creek",
            true,
        ),
        (
            &["Esther River said she would stand again."],
            Lang::En,
            Person,
            "Esther River",
            true,
        ),
    ]);
}

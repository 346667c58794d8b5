//! Round 56 (q56per): people with given names in no list. A noun of occupation, known or told
//! by its ending ("l’agroéconomiste", "le géopolitologue", "climatologist"), straight before
//! the name, or heading its apposition ("X Y, a scriptwriter"), makes a person of a run of
//! unknown words; a nationality noun before a full name with a surname's particles ("le
//! Néerlandais X van der Y") as well. Guards keep the nouns that name papers, lists, firms'
//! trades and bodies ("le quotidien", "la liste", "le transporteur", "the playlist").

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q56per_an_occupation_before_the_name_makes_a_person() {
    check_found(&[
        (
            &["D’après l’agroéconomiste Kwabena Asamoah-Tetteh, la récolte sera maigre."],
            Lang::Fr,
            Person,
            "Kwabena Asamoah-Tetteh",
            true,
        ),
        (
            &["Pour le géopolitologue Farhad Nazarbekov, la frontière restera fermée."],
            Lang::Fr,
            Person,
            "Farhad Nazarbekov",
            true,
        ),
        (
            &["Pour le géographe Farhad Nazarbekov, la frontière restera fermée."],
            Lang::Fr,
            Person,
            "Farhad Nazarbekov",
            true,
        ),
        (
            &["Le médecin Oumarou Zakari soigne les joueurs."],
            Lang::Fr,
            Person,
            "Oumarou Zakari",
            true,
        ),
        (
            &["Le kinésithérapeute Oumarou Zakari soigne les joueurs."],
            Lang::Fr,
            Person,
            "Oumarou Zakari",
            true,
        ),
        (
            &["According to agroeconomist Kwabena Asamoah, the harvest will be poor."],
            Lang::En,
            Person,
            "Kwabena Asamoah",
            true,
        ),
        (
            &["For climatologist Yelena Dragomirova, the winter will be mild."],
            Lang::En,
            Person,
            "Yelena Dragomirova",
            true,
        ),
        (
            &["The paediatrician Chidinma Okafor-Ude treats children."],
            Lang::En,
            Person,
            "Chidinma Okafor-Ude",
            true,
        ),
        (
            &["Selon la kinésithérapeute Ilinca Vărzaru, les joueurs récupèrent mal."],
            Lang::Fr,
            Person,
            "Ilinca Vărzaru",
            true,
        ),
        // guards: a paper, a list, a firm's trade, a body of a country's firms
        (
            &["Le quotidien Nyanza Tribune a publié la lettre."],
            Lang::Fr,
            Person,
            "Nyanza Tribune",
            false,
        ),
        (
            &["La liste Nouvel Horizon Citoyen a gagné."],
            Lang::Fr,
            Person,
            "Nouvel Horizon Citoyen",
            false,
        ),
        (
            &["Le transporteur Kivu Cargo Lines a repris la ligne."],
            Lang::Fr,
            Organization,
            "Kivu Cargo Lines",
            true,
        ),
        (
            &["Le groupe ivoirien Sifca Agro a racheté l’usine."],
            Lang::Fr,
            Person,
            "Sifca Agro",
            false,
        ),
        (
            &["Le partenaire Vantora Nexel a signé."],
            Lang::Fr,
            Person,
            "Vantora Nexel",
            false,
        ),
        (
            &["The playlist Summer Nights Volume Two was released."],
            Lang::En,
            Person,
            "Summer Nights Volume Two",
            false,
        ),
    ]);
}

#[test]
fn rules_q56per_an_occupation_in_apposition_makes_a_person() {
    check_found(&[
        (
            &["“Who pays?” asked Chiamaka Nwodo, a scriptwriter."],
            Lang::En,
            Person,
            "Chiamaka Nwodo",
            true,
        ),
        (
            &["“Who pays?” asked Chiamaka Nwodo, a scriptwriter."],
            Lang::En,
            Organization,
            "Chiamaka Nwodo",
            false,
        ),
        (
            &["Hier, Adwoa Kyerematen, enseignante-chercheuse en agronomie, a présenté son étude."],
            Lang::Fr,
            Person,
            "Adwoa Kyerematen",
            true,
        ),
        (
            &["Hier, Adwoa Kyerematen, ethnobotaniste au jardin de Kumasi, a présenté son étude."],
            Lang::Fr,
            Person,
            "Adwoa Kyerematen",
            true,
        ),
        // guards: a firm's trade in apposition after a firm's name
        (
            &["Vantora Nexel, a software developer, announced quarterly revenue."],
            Lang::En,
            Person,
            "Vantora Nexel",
            false,
        ),
        (
            &["Kalmora Systems, a specialist retailer, said sales rose."],
            Lang::En,
            Person,
            "Kalmora Systems",
            false,
        ),
    ]);
}

#[test]
fn rules_q56per_a_nationality_before_a_name_with_particles() {
    check_found(&[
        (
            &["Selon le Néerlandais Joost van der Brink, le projet avance."],
            Lang::Fr,
            Person,
            "Joost van der Brink",
            true,
        ),
        // guard: a known given name and "de" stay as they were
        (
            &["Selon le Français Jean de Véran, le projet avance."],
            Lang::Fr,
            Person,
            "Jean de Véran",
            true,
        ),
    ]);
}

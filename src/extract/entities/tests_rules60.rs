//! Mends of round 44's places, one table per class: an event's name after its noun is a town
//! only when known or shaped like one (no theme, no person, no article, no class before a
//! number; "du X" reads "Le X"; a tour of a continent names it); a name-forming word opening a
//! sentence describes its known place; a name-forming word, a plain word and a known place are
//! one place only when the middle word is a word of places' names; no Québec "dans X" after a
//! word of installing or seeing; a known region after a band's noun or ending another
//! capitalised name is no place. Guards after each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn mend44_an_event_names_a_town_only_when_shaped_like_one() {
    check_found(&[
        (
            &["Les billets du Festival de Blues de Lyon sont tous vendus."],
            Lang::Fr,
            Place,
            "Blues",
            false,
        ),
        (
            &["Thousands lined the quays for the Festival of Lanterns on Sunday."],
            Lang::En,
            Place,
            "Lanterns",
            false,
        ),
        (
            &["Elle a couru deux fois le Tour de l’Horizon sans jamais abandonner."],
            Lang::Fr,
            Place,
            "Horizon",
            false,
        ),
        (
            &["Peu de monde est venu au Festival de Lucie Brault cette année."],
            Lang::Fr,
            Place,
            "Lucie Brault",
            false,
        ),
        (
            &["Poets read for hours at the Festival of Owen Tarrant in the town hall."],
            Lang::En,
            Place,
            "Owen Tarrant",
            false,
        ),
        (
            &["Pour son Grand Prix de Superbike 3, la ville a fermé le port."],
            Lang::Fr,
            Place,
            "Superbike",
            false,
        ),
        (
            &["Trois conteuses ouvriront samedi le Festival du Conte."],
            Lang::Fr,
            Place,
            "Conte",
            false,
        ),
        (
            &["Près de 9 000 coureurs ont pris le départ du Marathon du Havre dimanche."],
            Lang::Fr,
            Place,
            "Le Havre",
            true,
        ),
        (
            &["Le Rallye du Sorvan a été reporté à cause du verglas."],
            Lang::Fr,
            Place,
            "Sorvan",
            false,
        ),
        (
            &["The choir starts its Tour of Europe in May with two nights in Vienna."],
            Lang::En,
            Place,
            "Europe",
            true,
        ),
        // guards: a town's event still names it, a country's is the event whole
        (
            &["Le Rallye de Castelbrune partira vendredi sous la neige."],
            Lang::Fr,
            Place,
            "Castelbrune",
            true,
        ),
        (
            &["Riders from six teams will start the Rally of Portugal on Friday."],
            Lang::En,
            Place,
            "Portugal",
            false,
        ),
    ]);
}

#[test]
fn mend44_a_name_forming_word_opening_a_sentence_describes() {
    check_found(&[
        (
            &["New Manitoba rules on fishing licences start in May."],
            Lang::En,
            Place,
            "New Manitoba",
            false,
        ),
        (
            &["New Manitoba rules on fishing licences start in May."],
            Lang::En,
            Place,
            "Manitoba",
            true,
        ),
        (
            &["Big Ohio farms lost most of their corn to the hail."],
            Lang::En,
            Place,
            "Big Ohio",
            false,
        ),
        // guards: inside a sentence, or with a river's noun after it, it forms a name
        (
            &["Pilgrims crowd the lanes of Old Tbilisi every spring."],
            Lang::En,
            Place,
            "Old Tbilisi",
            true,
        ),
    ]);
}

#[test]
fn mend44_three_words_make_a_place_only_with_a_word_of_places() {
    check_found(&[
        (
            &["The quiz show Big Money Ireland returns to screens in March."],
            Lang::En,
            Place,
            "Big Money Ireland",
            false,
        ),
        (
            &["They booked the Grand Hotel Lisbon for the wedding party."],
            Lang::En,
            Place,
            "Grand Hotel Lisbon",
            false,
        ),
        (
            &["La marque Petit Corsaire Belgique a ouvert une boutique à Gand."],
            Lang::Fr,
            Place,
            "Petit Corsaire Belgique",
            false,
        ),
        // guard: a colour between them forms a river's name
        (
            &["Ferries cross the Little Red Danube twice a day in summer."],
            Lang::En,
            Place,
            "Little Red Danube",
            true,
        ),
    ]);
}

#[test]
fn mend44_no_quebec_dans_after_installing_or_seeing() {
    check_found(&[
        (
            &["Le module est installé dans Brovix par défaut depuis la mise à jour."],
            Lang::Fr,
            Place,
            "Brovix",
            false,
        ),
        (
            &["Le bogue a été observé dans Quantora par plusieurs testeurs."],
            Lang::Fr,
            Place,
            "Quantora",
            false,
        ),
        // guard: a word of dwelling still makes it a land
        (
            &["Ses grands-parents habitent dans Sorevale depuis la guerre."],
            Lang::Fr,
            Place,
            "Sorevale",
            true,
        ),
    ]);
}

#[test]
fn mend44_a_region_named_by_a_band_or_another_name_is_no_place() {
    check_found(&[
        (
            &["Le groupe Anatolie a sorti un troisième album en mars."],
            Lang::Fr,
            Place,
            "Anatolie",
            false,
        ),
        (
            &["Critics loved the new record by the band Polynesia."],
            Lang::En,
            Place,
            "Polynesia",
            false,
        ),
        (
            &["Le concert de Mélanésie a été reporté à la fin du mois."],
            Lang::Fr,
            Place,
            "Mélanésie",
            false,
        ),
        (
            &["Le drapeau du Soleil Levant flottait sur le navire."],
            Lang::Fr,
            Place,
            "Levant",
            false,
        ),
        (
            &["Le café Le Levant ferme tous les lundis, dit sa patronne."],
            Lang::Fr,
            Place,
            "Levant",
            false,
        ),
        // guards: the regions themselves
        (
            &["Des caravanes traversaient autrefois le Levant chaque hiver."],
            Lang::Fr,
            Place,
            "Levant",
            true,
        ),
        (
            &["Le groupe a enregistré son disque en Polynésie l’an dernier."],
            Lang::Fr,
            Place,
            "Polynésie",
            true,
        ),
        (
            &["The contract went to a North Jersey builder after a short tender."],
            Lang::En,
            Place,
            "North Jersey",
            true,
        ),
        (
            &["Un élu du groupe Rennes Avenir a voté contre le budget."],
            Lang::Fr,
            Organization,
            "Rennes Avenir",
            true,
        ),
    ]);
}

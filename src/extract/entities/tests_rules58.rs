//! Places of round 44, one table per class: a name-forming word before a known place or river
//! makes one new place ("the Upper Danube", "le Petit Rhin"), as a compass word does before a
//! river's name; French cues of a wild land (a reservoir's or a dam's noun, a herd's range,
//! the Québec "dans X" after a word of dwelling or coordinated with places); lists of places
//! after a noun of their people ("ménages de X, de Y et de Z"), a mayor's counterpart, and
//! events named after their town ("les 24 Heures de X", "the Tour of X"; a national event
//! names no country); world regions the gazetteer lacked. Guards after each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn places44_a_name_forming_word_before_a_known_place_makes_one_place() {
    check_found(&[
        (
            &["Barges queued for days on the Upper Danube after the lock failed in spring."],
            Lang::En,
            Place,
            "Upper Danube",
            true,
        ),
        (
            &["Barges queued for days on the Upper Danube after the lock failed in spring."],
            Lang::En,
            Place,
            "Danube",
            false,
        ),
        (
            &["Anglers say the Little Rhine River has never been so low in August."],
            Lang::En,
            Place,
            "Little Rhine River",
            true,
        ),
        (
            &["The ferry crosses the Lower White Volga twice a day in the summer."],
            Lang::En,
            Place,
            "Lower White Volga",
            true,
        ),
        (
            &["Farmers drew water from the North Tamsin River until the ban began."],
            Lang::En,
            Place,
            "North Tamsin River",
            true,
        ),
        (
            &["Les pêcheurs du Petit Rhin réclament une aide depuis le mois dernier."],
            Lang::Fr,
            Place,
            "Petit Rhin",
            true,
        ),
        (
            &["Les pêcheurs du Petit Rhin réclament une aide depuis le mois dernier."],
            Lang::Fr,
            Place,
            "Rhin",
            false,
        ),
        // guards: a nickname stays what it was, a known name whole
        (
            &["Tourists still call the city the Big Apple in every brochure."],
            Lang::En,
            Place,
            "Big Apple",
            false,
        ),
        (
            &["The minister flew back to New Delhi on Monday evening."],
            Lang::En,
            Place,
            "New Delhi",
            true,
        ),
        (
            &["Heavy rain fell over the little Danube towns and across Southern Ireland."],
            Lang::En,
            Place,
            "Danube",
            true,
        ),
        (
            &["Heavy rain fell over the little Danube towns and across Southern Ireland."],
            Lang::En,
            Place,
            "Ireland",
            true,
        ),
    ]);
}

#[test]
fn places44_b_french_cues_of_a_wild_land() {
    check_found(&[
        (
            &["Des brochets ont été pêchés dans le réservoir Kawatik malgré l’interdiction."],
            Lang::Fr,
            Place,
            "Kawatik",
            true,
        ),
        (
            &["Les travaux sur le barrage Wapello ont pris deux ans de retard."],
            Lang::Fr,
            Place,
            "Wapello",
            true,
        ),
        (
            &["Les biologistes comptent chaque hiver la harde de caribous de Mauricet par avion."],
            Lang::Fr,
            Place,
            "Mauricet",
            true,
        ),
        (
            &["Sa famille vit dans Tremblac depuis quatre générations, dit-elle."],
            Lang::Fr,
            Place,
            "Tremblac",
            true,
        ),
        (
            &["Les bleuetières poussent à Sorelle ou dans Orvilly, selon les agronomes."],
            Lang::Fr,
            Place,
            "Orvilly",
            true,
        ),
        // guards: a title, a newspaper, an investment, an application
        (
            &["Elle avait lu cette réplique dans Astérix quand elle était enfant."],
            Lang::Fr,
            Place,
            "Astérix",
            false,
        ),
        (
            &["Le ministre s’est exprimé dans Le Monde jeudi matin."],
            Lang::Fr,
            Organization,
            "Le Monde",
            true,
        ),
        (
            &["Le fonds a investi dans Mistralis l’an dernier, selon son rapport."],
            Lang::Fr,
            Place,
            "Mistralis",
            false,
        ),
        (
            &["Il a cherché l’adresse dans Google Maps avant de partir."],
            Lang::Fr,
            Place,
            "Google Maps",
            false,
        ),
    ]);
}

#[test]
fn places44_c_lists_counterparts_and_events_name_towns() {
    check_found(&[
        (
            &[
                "La coupure a touché les foyers de Varlemont, de Ombrecy et de Stellière jusqu’au soir.",
            ],
            Lang::Fr,
            Place,
            "Ombrecy",
            true,
        ),
        (
            &["Mardi, le bourgmestre de Marbehan refusait toujours de signer."],
            Lang::Fr,
            Place,
            "Marbehan",
            true,
        ),
        (
            &["Pour les 24 Heures de Vresselle, chaque équipe aligne trois pilotes."],
            Lang::Fr,
            Place,
            "Vresselle",
            true,
        ),
        (
            &["Pour les 24 Heures de Vresselle, chaque équipe aligne trois pilotes."],
            Lang::Fr,
            Person,
            "Heures de Vresselle",
            false,
        ),
        (
            &["La ville organise le Marathon de Corvenne chaque année en avril."],
            Lang::Fr,
            Place,
            "Corvenne",
            true,
        ),
        (
            &["The track also hosts the 24 Hours of Dalmerton every June."],
            Lang::En,
            Place,
            "Dalmerton",
            true,
        ),
        (
            &["She won the Tour of Kelbrook last year after a crash."],
            Lang::En,
            Place,
            "Kelbrook",
            true,
        ),
        // guards: a national event names no country; a tower is no race; a list of firms
        (
            &["Trois coureurs du village ont déjà terminé le Tour de France."],
            Lang::Fr,
            Place,
            "France",
            false,
        ),
        (
            &["Le château a sa tour de Guet depuis le Moyen Âge."],
            Lang::Fr,
            Place,
            "Guet",
            false,
        ),
        (
            &["Les patrons de Varlox, de Destrane et de Mennix ont signé l’accord."],
            Lang::Fr,
            Place,
            "Destrane",
            false,
        ),
    ]);
}

#[test]
fn places44_d_world_regions_are_known() {
    check_found(&[
        (
            &["Un cyclone menace la Caraïbe, selon les prévisionnistes."],
            Lang::Fr,
            Place,
            "Caraïbes",
            true,
        ),
        (
            &["Les vols vers les Antilles ont été annulés samedi."],
            Lang::Fr,
            Place,
            "Antilles",
            true,
        ),
        (
            &["Drought has spread across the Horn of Africa since the spring."],
            Lang::En,
            Place,
            "Horn of Africa",
            true,
        ),
        (
            &["Trade routes through the Levant were cut for months."],
            Lang::En,
            Place,
            "Levant",
            true,
        ),
        (
            &["Les îles du Pacifique Sud demandent un fonds pour le climat."],
            Lang::Fr,
            Place,
            "Pacifique Sud",
            true,
        ),
        (
            &["Les pirogues de Polynésie ont rejoint la course mardi."],
            Lang::Fr,
            Place,
            "Polynésie",
            true,
        ),
        // guards: the longer known name stays whole; a sentence's opening participle
        (
            &["Le haut-commissaire en Polynésie française a été reçu mardi."],
            Lang::Fr,
            Place,
            "Polynésie française",
            true,
        ),
        (
            &["Levant les yeux vers le ciel, il a vu la fumée."],
            Lang::Fr,
            Place,
            "Levant",
            false,
        ),
    ]);
}

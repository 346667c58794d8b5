//! One table case per rule of round 34 (places and persons): a filiation word inside a full
//! name ("X Ibn Y", "X Ould Y") makes a person's name whatever its given name; "a rancher
//! from X" puts a town after a noun of people; "X of Y" after a preposition of place or in a
//! list after a plural noun of places is a place's name; a list's plural noun may stand
//! before a phrase locating it ("villages on the coast, such as"); "de X à Y" after a plural
//! noun of places spans two places. Guards: a place opening with "Sidi", a job's "from", a
//! gift's "from", a title or no place's evidence before "X of Y", a range after a noun of
//! branches. Mends of the review (tests at the end): a filiation word inside the name of a
//! building, a body or a place; river parts and "amont"/"aval" without an article; a
//! facility's town of two words; "X of Y" after a preposition without a place's head; a
//! man's "from" and a firm's name; a figurative "traverse"/"alimente".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round34_a_filiation_word_makes_a_full_name_a_person() {
    check_found(&[
        (
            &["Outside the shop of Yassin Ibn Khaled, in the town of Qarvan, a queue formed."],
            Lang::En,
            Person,
            "Yassin Ibn Khaled",
            true,
        ),
        (
            &[
                "Le cortège est passé devant la maison de Moktar Ould Daddah, dans le quartier du port.",
            ],
            Lang::Fr,
            Person,
            "Moktar Ould Daddah",
            true,
        ),
        (
            &[
                "Le cortège est passé devant la maison de Moktar Ould Daddah, dans le quartier du port.",
            ],
            Lang::Fr,
            Place,
            "Moktar Ould Daddah",
            false,
        ),
        // guard: a place's opener before the filiation word
        (
            &["The bus left Sidi Ben Arrouk on Monday morning, heading north."],
            Lang::En,
            Person,
            "Sidi Ben Arrouk",
            false,
        ),
    ]);
}

#[test]
fn rules_round34_people_from_a_town() {
    check_found(&[
        (
            &["Ana Ruiz, a rancher from Belcourt and one of the plaintiffs, said no."],
            Lang::En,
            Place,
            "Belcourt",
            true,
        ),
        (
            &["Tom Reyes, a 34-year-old from Calloway, said the road was closed."],
            Lang::En,
            Place,
            "Calloway",
            true,
        ),
        // guards: a job's "from" may name an employer; a gift comes from a giver
        (
            &["Tom Reed, an engineer from Mervex, said the chips were late."],
            Lang::En,
            Place,
            "Mervex",
            false,
        ),
        (
            // (round 70: an invented name, as "Delmont" is a town of the list too)
            &["On Monday she got a parcel and a gift from Delvane."],
            Lang::En,
            Place,
            "Delvane",
            false,
        ),
    ]);
}

#[test]
fn rules_round34_x_of_y_where_places_go() {
    check_found(&[
        (
            &[
                "Residents of several villages, such as Brig of Tarvit and Lochmore, were evacuated.",
            ],
            Lang::En,
            Place,
            "Brig of Tarvit",
            true,
        ),
        (
            &["Both sailings to Isle of Dunvar were cancelled on Monday."],
            Lang::En,
            Place,
            "Isle of Dunvar",
            true,
        ),
        (
            &["Power failed in villages along the shore, like Brig of Odran and Tullen."],
            Lang::En,
            Place,
            "Tullen",
            true,
        ),
        (
            &["Power failed in villages along the shore, like Brig of Odran and Tullen."],
            Lang::En,
            Person,
            "Brig of Odran",
            false,
        ),
        (
            &["Des villages sur la côte, comme Kervidel et Plouzaret, ont été inondés."],
            Lang::Fr,
            Place,
            "Kervidel",
            true,
        ),
        // guards: a title before, no place's evidence
        (
            &["Prince Edward of Wessex visited the school."],
            Lang::En,
            Person,
            "Edward of Wessex",
            true,
        ),
        (
            &["A statue of Joan of Arc stands in the square."],
            Lang::En,
            Person,
            "Joan of Arc",
            true,
        ),
    ]);
}

#[test]
fn rules_round34_a_range_after_a_plural_noun_of_places() {
    check_found(&[
        (
            &["Quelque 120 communes, de Vauclin à Marsolle, sont touchées."],
            Lang::Fr,
            Place,
            "Vauclin",
            true,
        ),
        (
            &["La coopérative livre 45 pharmacies, de Mervala à Kessoura."],
            Lang::Fr,
            Place,
            "Mervala",
            true,
        ),
        // guard: branches of a network are no places
        (
            &["Le réseau compte 40 agences, de Renaudel à Martinot."],
            Lang::Fr,
            Place,
            "Renaudel",
            false,
        ),
    ]);
}

#[test]
fn rules_round34_a_facility_of_its_owner_is_no_place() {
    check_found(&[
        (
            &["La mine de Karim a été fermée l’an dernier."],
            Lang::Fr,
            Place,
            "Karim",
            false,
        ),
        (
            &["Le chantier de Julien Marceaux a pris du retard."],
            Lang::Fr,
            Person,
            "Julien Marceaux",
            true,
        ),
        // guard: a facility's town stays a place
        (
            &["Le barrage de Vouglans a cédé dans la nuit."],
            Lang::Fr,
            Place,
            "Vouglans",
            true,
        ),
    ]);
}

#[test]
fn rules_round34_a_river_by_its_verb_or_its_banks() {
    check_found(&[
        (
            &["Le glacier fondu alimente la Morlenne chaque printemps."],
            Lang::Fr,
            Place,
            "Morlenne",
            true,
        ),
        (
            &["En aval de la Ausselle, les maisons ont été inondées."],
            Lang::Fr,
            Place,
            "Ausselle",
            true,
        ),
        // guard: a body's cue word after the verb
        (
            &["Cette taxe alimente la Caisse des dépôts depuis dix ans."],
            Lang::Fr,
            Place,
            "Caisse des dépôts",
            false,
        ),
    ]);
}

#[test]
fn rules_round34_mend_a_filiation_word_in_a_building_a_body_or_a_place() {
    check_found(&[
        (
            &["Guests praised the Hotel Ben Tarik after its renovation."],
            Lang::En,
            Person,
            "Hotel Ben Tarik",
            false,
        ),
        (
            &["Les étudiants de l’Université Ibn Zaydoun ont voté la grève."],
            Lang::Fr,
            Person,
            "Université Ibn Zaydoun",
            false,
        ),
        (
            &["Hikers climbed Mount Ben Arrach before dawn on Sunday."],
            Lang::En,
            Person,
            "Mount Ben Arrach",
            false,
        ),
        (
            &["Mardi, les pompiers sont intervenus à Kfar Ben Yamin."],
            Lang::Fr,
            Person,
            "Kfar Ben Yamin",
            false,
        ),
        (
            &["Les habitants de Tifra Ben Ammar ont voté dimanche."],
            Lang::Fr,
            Person,
            "Tifra Ben Ammar",
            false,
        ),
    ]);
}

#[test]
fn rules_round34_mend_river_parts_need_an_article() {
    check_found(&[
        (
            &["The affluent Corbray family bought the mill."],
            Lang::En,
            Place,
            "Corbray",
            false,
        ),
        (
            &["Les sous-traitants en aval de Mirabelec attendent leurs paiements."],
            Lang::Fr,
            Place,
            "Mirabelec",
            false,
        ),
        (
            &["Hier, l’affluent Marsaud a signé le contrat."],
            Lang::Fr,
            Place,
            "Marsaud",
            false,
        ),
        (
            &["Les maisons bâties en amont de la Varenne ont été évacuées."],
            Lang::Fr,
            Place,
            "Varenne",
            true,
        ),
    ]);
}

#[test]
fn rules_round34_mend_a_facility_town_of_two_words() {
    check_found(&[
        (
            &["L’usine de La Torrelle emploie trois cents personnes."],
            Lang::Fr,
            Place,
            "La Torrelle",
            true,
        ),
        (
            &["Dans la nuit, le barrage de Grand Vallier a cédé."],
            Lang::Fr,
            Place,
            "Grand Vallier",
            true,
        ),
    ]);
}

#[test]
fn rules_round34_mend_x_of_y_after_a_preposition_needs_a_place() {
    check_found(&[
        (
            &["She sang in Pillars of Dawn before going solo."],
            Lang::En,
            Place,
            "Pillars of Dawn",
            false,
        ),
        (
            &["Pupils went on a trip to Seeds of Change's farm."],
            Lang::En,
            Place,
            "Seeds of Change",
            false,
        ),
        (
            &["Campers spent a wet week in the Vale of Tornock."],
            Lang::En,
            Place,
            "Vale of Tornock",
            true,
        ),
    ]);
}

#[test]
fn rules_round34_mend_from_after_a_man_or_before_a_firm() {
    check_found(&[
        (
            &["A woman from Velmora told the inquiry she was fired."],
            Lang::En,
            Place,
            "Velmora",
            false,
        ),
        (
            &["Last year the family from Ashcombe Dairy sold the herd."],
            Lang::En,
            Place,
            "Ashcombe Dairy",
            false,
        ),
    ]);
}

#[test]
fn rules_round34_mend_a_figurative_verb_names_no_river() {
    check_found(&[
        (
            &["Depuis l’été, la colère traverse la Valmorie."],
            Lang::Fr,
            Place,
            "Valmorie",
            false,
        ),
        (
            &["Cette affaire alimente la Rumeurie depuis lundi."],
            Lang::Fr,
            Place,
            "Rumeurie",
            false,
        ),
        (
            &["Un ruisseau qui alimente la Sorgelle a débordé."],
            Lang::Fr,
            Place,
            "Sorgelle",
            true,
        ),
    ]);
}

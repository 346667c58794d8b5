//! One table case per rule of round 34 (places and persons): a filiation word inside a full
//! name ("X Ibn Y", "X Ould Y") makes a person's name whatever its given name; "a rancher
//! from X" puts a town after a noun of people; "X of Y" after a preposition of place or in a
//! list after a plural noun of places is a place's name; a list's plural noun may stand
//! before a phrase locating it ("villages on the coast, such as"); "de X à Y" after a plural
//! noun of places spans two places. Guards: a place opening with "Sidi", a job's "from", a
//! gift's "from", a title or no place's evidence before "X of Y", a range after a noun of
//! branches.

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
            &["She received a gift from Casper on Monday."],
            Lang::En,
            Place,
            "Casper",
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
            &["The ferry to Kyle of Tarvin was cancelled on Monday."],
            Lang::En,
            Place,
            "Kyle of Tarvin",
            true,
        ),
        (
            &[
                "Neighbouring communities on the mainland, such as Kyle of Tarvin and Brenlock, were hit.",
            ],
            Lang::En,
            Place,
            "Brenlock",
            true,
        ),
        (
            &[
                "Neighbouring communities on the mainland, such as Kyle of Tarvin and Brenlock, were hit.",
            ],
            Lang::En,
            Person,
            "Kyle of Tarvin",
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
            &["Le dépôt dessert quelque 80 officines, de Mervala à Kessoura."],
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
            &["Le chantier de Moussa Diallo a pris du retard."],
            Lang::Fr,
            Place,
            "Moussa Diallo",
            false,
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

//! One table case per rule of round 33 for persons: an elected office's title or its
//! abbreviation before a name, after a party or alone ("Green TD X", "Assemblywoman X",
//! "l’eurodéputée X"), is no part of the name; so is an honorific of Malaysia, Nigeria, India
//! or the Philippines, one word or two ("Alhaji X", "Shri X", "Tan Sri X", "Datuk Seri X");
//! a byline line names its persons whole, whatever words their names hold ("By X Lima Y").
//! Guards: a title alone or as a plural noun, "Sri" opening a place's name or a given name,
//! a "Chief Executive" before a name, a sentence opening with "By".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round33_an_elected_office_title_is_no_part_of_the_name() {
    check_found(&[
        (
            &["Green Party TD Aoife Brannock’s office confirmed the letter on Monday."],
            Lang::En,
            Person,
            "Aoife Brannock",
            true,
        ),
        (
            &["MLA Harjit Sandhar said the bridge would be rebuilt by spring."],
            Lang::En,
            Person,
            "Harjit Sandhar",
            true,
        ),
        (
            &["Assemblywoman Carla Dianova and Congressman Dale Kirbow voted against the bill."],
            Lang::En,
            Person,
            "Dale Kirbow",
            true,
        ),
        (
            &["Assemblywoman Carla Dianova and Congressman Dale Kirbow voted against the bill."],
            Lang::En,
            Organization,
            "Assemblywoman Carla Dianova",
            false,
        ),
        (
            &["L’eurodéputée Annick Lemarquet a demandé une enquête sur la vente."],
            Lang::Fr,
            Person,
            "Annick Lemarquet",
            true,
        ),
        // guard: the abbreviation alone is no organisation
        (
            &["The TD said the MPs would vote on the motion next week."],
            Lang::En,
            Organization,
            "TD",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_an_honorific_is_no_part_of_the_name() {
    check_found(&[
        (
            &["Alhaji Musa Bellamu and Otunba Femi Adeyinde met the governor in Ibadan."],
            Lang::En,
            Person,
            "Musa Bellamu",
            true,
        ),
        (
            &["Shri Ramesh Kulkarno and Smt. Anita Deshpandi visited the site."],
            Lang::En,
            Person,
            "Ramesh Kulkarno",
            true,
        ),
        (
            &["The chairman, Tan Sri Azlan Hashimi, said the merger would close in June."],
            Lang::En,
            Person,
            "Azlan Hashimi",
            true,
        ),
        (
            &["Datuk Seri Farid Osmani told shareholders the plant would reopen."],
            Lang::En,
            Person,
            "Farid Osmani",
            true,
        ),
        (
            &["Its founder, Dato’ Sri Lukman Harithi, declined to comment."],
            Lang::En,
            Person,
            "Lukman Harithi",
            true,
        ),
        (
            &["Toh Puan Rosnah Idrisi opened the new wing of the hospital."],
            Lang::En,
            Person,
            "Rosnah Idrisi",
            true,
        ),
        // guards: "Sri" opening a place's name or a given name stays; a chief executive's
        // title is not an honorific
        (
            &["The tea exporter ships most of its crop from Sri Lanka."],
            Lang::En,
            Place,
            "Sri Lanka",
            true,
        ),
        (
            &["Sri Wahyuni Pratiwi, the finance minister, said the budget was sound."],
            Lang::En,
            Person,
            "Sri Wahyuni Pratiwi",
            true,
        ),
        (
            &["Chief Executive Tom Hallowell said profits had doubled."],
            Lang::En,
            Person,
            "Tom Hallowell",
            true,
        ),
    ]);
}

#[test]
fn rules_round33_a_byline_names_its_persons_whole() {
    check_found(&[
        (
            &[
                "Mill fined over spill",
                "By Nurul Ain Jaafri",
                "The mill was fined on Tuesday.",
            ],
            Lang::En,
            Person,
            "Nurul Ain Jaafri",
            true,
        ),
        (
            &[
                "Mill fined over spill",
                "By Kevin Paris Dolan and Rosa Lima Pereiro",
                "The mill was fined on Tuesday.",
            ],
            Lang::En,
            Person,
            "Kevin Paris Dolan",
            true,
        ),
        (
            &[
                "Une usine condamnée",
                "Par Jean Nice Durandet et Lucie Aube Martinel",
                "L’usine a été condamnée mardi.",
            ],
            Lang::Fr,
            Person,
            "Jean Nice Durandet",
            true,
        ),
        (
            &[
                "The mill was fined on Tuesday.",
                "It will appeal.",
                "It has a month.",
                "The fine is its third.",
                "Reporting by Kevin Paris Dolan; Editing by Ana Rio Brancato",
            ],
            Lang::En,
            Person,
            "Ana Rio Brancato",
            true,
        ),
        // guard: a sentence opening with "By" is no byline
        (
            &[
                "Mill fined",
                "By Paris Hilton Road the train stopped for an hour.",
            ],
            Lang::En,
            Person,
            "Paris Hilton Road",
            false,
        ),
    ]);
}

#[test]
fn rules_round33_a_given_name_that_names_a_place() {
    check_found(&[
        (
            &["The cooperative laid fibre to homes in Glenn Falls last spring."],
            Lang::En,
            Place,
            "Glenn Falls",
            true,
        ),
        (
            &["LOGAN SPRINGS, Minn. — The county board backed the cooperative on Monday."],
            Lang::En,
            Person,
            "LOGAN SPRINGS",
            false,
        ),
        (
            &["Ticket prices rose on every line from Tyler to Waco this year."],
            Lang::En,
            Place,
            "Tyler",
            true,
        ),
        (
            &["Hauliers complain about the tolls from Sligo to Madison."],
            Lang::En,
            Place,
            "Madison",
            true,
        ),
        (
            &["\"We counted every house,\" said a county commissioner who farms near Brunning."],
            Lang::En,
            Person,
            "Brunning",
            false,
        ),
        // guards: a given name and a surname that is a place noun elsewhere, a person's
        // possessive, a lone given name outside a range
        (
            &["Holly Wells, the council's treasurer, said the budget was balanced."],
            Lang::En,
            Person,
            "Holly Wells",
            true,
        ),
        (
            &["Glenn Springs’ new album was released on Friday."],
            Lang::En,
            Place,
            "Glenn Springs",
            false,
        ),
        (
            &[
                "Tyler Brannagh said the toll from Tyler to Waco was too high.",
                "Tyler laughed.",
            ],
            Lang::En,
            Person,
            "Tyler Brannagh",
            true,
        ),
    ]);
}

#[test]
fn rules_round33_a_titles_plural_ends_a_firms_name() {
    check_found(&[
        (
            &[
                "Lawyer Ruth Okafor, of Brannock Tully Attorneys, who acted for the town, said it was sound.",
            ],
            Lang::En,
            Organization,
            "Brannock Tully Attorneys",
            true,
        ),
        (
            &[
                "Lawyer Ruth Okafor, of Brannock Tully Attorneys, who acted for the town, said it was sound.",
            ],
            Lang::En,
            Person,
            "Brannock Tully Attorneys",
            false,
        ),
        // guard: a person's name before "who" stays a person's
        (
            &["The appeal was drafted by Ruth Okafor Quillan, who said it was sound."],
            Lang::En,
            Person,
            "Ruth Okafor Quillan",
            true,
        ),
    ]);
}

//! One table case per rule of round 33 for persons: an elected office's title before a name
//! ("Assemblywoman X", "l’Eurodéputé X") is no part of the name (a capitalised abbreviation,
//! "TD", "MLA", is none: it opens firms' and venues' names, "TD X" for a bank); so is an honorific of Malaysia, Nigeria, India
//! or the Philippines, one word or two ("Alhaji X", "Shri X", "Tan Sri X", "Datuk Seri X");
//! a byline line names its persons whole, whatever words their names hold ("By X Lima Y").
//! Guards: a title alone or as a plural noun, "Sri" opening a place's name or a given name,
//! a "Chief Executive" before a name, a sentence opening with "By", a headline's "by", a
//! place's or a desk's name on a byline, a town's noun after a given name with no place's
//! evidence, a sender between "from" and a place, another title's plural before ", who".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round33_an_elected_office_title_is_no_part_of_the_name() {
    check_found(&[
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
            &["La réunion a eu lieu avec l’Eurodéputé Gaëtan Rousselin à Rennes."],
            Lang::Fr,
            Person,
            "Gaëtan Rousselin",
            true,
        ),
        // guards: a capitalised abbreviation ("TD", "MLA") is no title: it opens a firm's or
        // a venue's name
        (
            &["TD Waterhouse customers complained about the fees on Monday."],
            Lang::En,
            Person,
            "Waterhouse",
            false,
        ),
        (
            &["The concert at TD Pavilion sold out within an hour."],
            Lang::En,
            Person,
            "Pavilion",
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
                "By Ines Porto Valdez",
                "The mill was fined on Tuesday.",
            ],
            Lang::En,
            Person,
            "Ines Porto Valdez",
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
            "Kevin Paris Dolan",
            true,
        ),
        (
            &[
                "Ferry strike ends",
                "By Georgia Tremlow and Owen Castle Ferris",
                "The strike ended on Friday.",
            ],
            Lang::En,
            Person,
            "Georgia Tremlow",
            true,
        ),
        // guards: a headline's "by" credits no one ("Beaten by X", "Sponsored by X",
        // "Hosted by X"); places, a newspaper, a desk are no byline's persons
        (
            &[
                "Ravens Outrun by Marlow Tigers",
                "The Ravens lost 3-1 on Saturday at home.",
            ],
            Lang::En,
            Person,
            "Marlow Tigers",
            false,
        ),
        (
            &[
                "Benefit Gig Sponsored by Harlow Borough and Dunmore County",
                "The gig raised money for the shelter.",
            ],
            Lang::En,
            Person,
            "Dunmore County",
            false,
        ),
        (
            &[
                "Quarry works delayed",
                "By Elm Street and Quarry Lane",
                "The works were delayed again.",
            ],
            Lang::En,
            Person,
            "Quarry Lane",
            false,
        ),
        (
            &[
                "Le port s’agrandit",
                "Par Marseille Hebdo",
                "Le port va doubler sa surface.",
            ],
            Lang::Fr,
            Person,
            "Marseille Hebdo",
            false,
        ),
        (
            &[
                "The mill was fined on Tuesday.",
                "It will appeal.",
                "It has a month.",
                "The fine is its third.",
                "Reporting by Lisbon Newsroom; Editing by Tomas Averill",
            ],
            Lang::En,
            Person,
            "Lisbon Newsroom",
            false,
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
            &["WESLEY FALLS, Ore. — Voters approved the library levy on Tuesday."],
            Lang::En,
            Place,
            "WESLEY FALLS",
            true,
        ),
        (
            &["The trail ends near Wesley Falls, Idaho, at the old mill."],
            Lang::En,
            Place,
            "Wesley Falls",
            true,
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
            &["A retired sheriff who now lives outside Dunmarrow said the road flooded twice."],
            Lang::En,
            Person,
            "Dunmarrow",
            false,
        ),
        // guards: a given name and a town's noun with no place's evidence around are a
        // person's ("X Heights scored", "X Creek, the goalkeeper,"); a lone given name
        // between a sender's word and a place is the sender ("a call from X to Paris")
        (
            &["Dylan Heights scored twice as the visitors won."],
            Lang::En,
            Place,
            "Dylan Heights",
            false,
        ),
        (
            &["Gavin Creek, the club goalkeeper, saved a penalty late on."],
            Lang::En,
            Place,
            "Gavin Creek",
            false,
        ),
        (
            &["The email from Simon to Denver officials went unanswered for a week."],
            Lang::En,
            Place,
            "Simon",
            false,
        ),
        (
            &["Le cadeau de Julien à Toulouse a surpris toute la famille."],
            Lang::Fr,
            Place,
            "Julien",
            false,
        ),
        (
            &["Le soutien de Mathilde à Marseille a été salué par la presse."],
            Lang::Fr,
            Place,
            "Mathilde",
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
fn rules_round33_a_lawyers_plural_ends_a_firms_name() {
    check_found(&[
        (
            &["Drafted by Mercer Halloway Solicitors, who act for the trust, the deed was signed."],
            Lang::En,
            Organization,
            "Mercer Halloway Solicitors",
            true,
        ),
        // guards: another title's plural ending a name is a surname ("X Kings, who…")
        (
            &["Rhea Kings, who coaches the under-12 side, said the pitch was flooded."],
            Lang::En,
            Organization,
            "Rhea Kings",
            false,
        ),
        (
            &["The appeal was drafted by Ruth Okafor Quillan, who said it was sound."],
            Lang::En,
            Person,
            "Ruth Okafor Quillan",
            true,
        ),
    ]);
}

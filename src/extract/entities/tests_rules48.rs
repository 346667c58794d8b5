//! One table per class of round 42 (organisations): legal forms of other countries close a
//! firm's name ("Sdn Bhd", "Bhd", "Tbk", "Srl", "Kft", "Private Limited"), and the firm named
//! later without its form is that firm, also after "managing director of X, who"; a sector's
//! noun before a land's name names its body ("Mental Health Ireland", "Tourisme Mauricie",
//! "Rugby Canada", a broadcaster's national service); clubs of riders, runners and walkers
//! after a known town ("X Wheelers", "X Harriers"); a body's noun before a person's role in
//! apposition ("the cabinet member for …") makes a person; a name of a digit and capitals in
//! a broadcaster's slot ("la chaîne régionale 6NTV"). Guards after each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round42_foreign_legal_forms_close_a_firm() {
    const BHD: &[&str] = &[
        "Padang Seri Bhd posted a record profit for the year.",
        "Padang Seri plans to list a unit in Singapore.",
    ];
    const SDN: &[&str] = &["Officials at Tiram Valley Agro Sdn Bhd said on Monday it would grow."];
    const PVT: &[&str] = &[
        "Officials at Vasant Looms Private Limited said on Monday it would grow.",
        "Shares of Vasant Looms rose.",
    ];
    const TBK: &[&str] = &[
        "PT Sinar Kedawung Tbk said it would sell more coal.",
        "Shares of Sinar Kedawung fell.",
    ];
    const SRL: &[&str] = &[
        "Les dirigeants de Tirano Vini Srl ont annoncé lundi une hausse des ventes.",
        "Les actions de Tirano Vini ont grimpé.",
    ];
    const KFT: &[&str] = &["Les dirigeants de Dunavár Gépek Kft ont annoncé lundi une hausse."];
    const WHO: &[&str] = &[
        "Tamarind Crest Ltd opened a plant in May.",
        "The plan was drawn up by Lim Wei Jun, managing director of Tamarind Crest, who joined in 2019.",
    ];
    const DAUGHTER: &[&str] =
        &["Ana Ruiz, the daughter of Jorge Ruiz, who died in 2001, spoke on Monday."];
    check_found(&[
        (BHD, Lang::En, Organization, "Padang Seri Bhd", true),
        (BHD, Lang::En, Person, "Padang Seri", false),
        (BHD, Lang::En, Organization, "Padang Seri", false),
        (
            SDN,
            Lang::En,
            Organization,
            "Tiram Valley Agro Sdn Bhd",
            true,
        ),
        (
            PVT,
            Lang::En,
            Organization,
            "Vasant Looms Private Limited",
            true,
        ),
        (PVT, Lang::En, Organization, "Vasant Looms", false),
        (TBK, Lang::En, Organization, "PT Sinar Kedawung Tbk", true),
        (TBK, Lang::En, Organization, "Sinar Kedawung", false),
        (SRL, Lang::Fr, Organization, "Tirano Vini Srl", true),
        (SRL, Lang::Fr, Person, "Tirano Vini Srl", false),
        (KFT, Lang::Fr, Organization, "Dunavár Gépek Kft", true),
        (WHO, Lang::En, Person, "Tamarind Crest", false),
        (WHO, Lang::En, Organization, "Tamarind Crest Ltd", true),
        // guard: "who" after "the daughter of X" is X's
        (DAUGHTER, Lang::En, Person, "Jorge Ruiz", true),
    ]);
}

#[test]
fn rules_round42_a_sector_and_a_land_name_a_body() {
    check_found(&[
        (
            &["Researchers at Mental Health Ireland found that waiting lists had grown."],
            Lang::En,
            Organization,
            "Mental Health Ireland",
            true,
        ),
        (
            &["Officials said Rugby Canada had agreed to host the tournament."],
            Lang::En,
            Organization,
            "Rugby Canada",
            true,
        ),
        (
            &["BBC Alba Scotland will show the final live."],
            Lang::En,
            Organization,
            "BBC Alba Scotland",
            true,
        ),
        (
            &["Tourisme Mauricie prévoit une hausse des nuitées cet hiver."],
            Lang::Fr,
            Organization,
            "Tourisme Mauricie",
            true,
        ),
        (
            &["Sport Canada finance le club depuis trois ans."],
            Lang::Fr,
            Organization,
            "Sport Canada",
            true,
        ),
        // guards: a preposition between them, the land alone, a town called Rugby
        (
            &["The director of Public Health in Wales spoke on Monday."],
            Lang::En,
            Place,
            "Wales",
            true,
        ),
        (
            &["Flights to Wales resumed on Monday."],
            Lang::En,
            Place,
            "Wales",
            true,
        ),
        (
            &["He moved to Rugby last year with his family."],
            Lang::En,
            Place,
            "Rugby",
            true,
        ),
        (
            &["Les vols vers le Québec reprennent lundi."],
            Lang::Fr,
            Place,
            "Québec",
            true,
        ),
    ]);
}

#[test]
fn rules_round42_clubs_of_riders_and_runners_after_a_town() {
    const WHEELERS: &[&str] = &["Members of Cardiff Wheelers voted on Tuesday to buy a van."];
    check_found(&[
        (WHEELERS, Lang::En, Organization, "Cardiff Wheelers", true),
        (WHEELERS, Lang::En, Place, "Cardiff", false),
        (
            &["The runners of Hexham Harriers met on Sunday near the river."],
            Lang::En,
            Organization,
            "Hexham Harriers",
            true,
        ),
        (
            &["Leeds Striders said the route would close."],
            Lang::En,
            Organization,
            "Leeds Striders",
            true,
        ),
        // guard: the town alone
        (
            &["Fans in Cardiff cheered the riders on Sunday."],
            Lang::En,
            Place,
            "Cardiff",
            true,
        ),
    ]);
}

#[test]
fn rules_round42_a_body_noun_before_a_role_makes_a_person() {
    const SAID: &[&str] =
        &["Bethan Ellery, the cabinet member for schools, opened the building on Friday."];
    const LEADER: &[&str] = &["The motion was tabled by Bethan Ellery, the party leader."];
    const GUARD: &[&str] = &["Harwick Mills, the company director said, was sold in May."];
    check_found(&[
        (SAID, Lang::En, Person, "Bethan Ellery", true),
        (SAID, Lang::En, Organization, "Bethan Ellery", false),
        (LEADER, Lang::En, Person, "Bethan Ellery", true),
        // guard: a clause's subject, no apposition
        (GUARD, Lang::En, Person, "Harwick Mills", false),
    ]);
}

#[test]
fn rules_round42_a_digit_and_capitals_in_a_broadcasters_slot() {
    check_found(&[
        (
            &["La chaîne régionale 6NTV a obtenu les droits du tournoi."],
            Lang::Fr,
            Organization,
            "6NTV",
            true,
        ),
        (
            &["The broadcaster 9XN won the rights to the final."],
            Lang::En,
            Organization,
            "9XN",
            true,
        ),
        (
            &["5KR said it would cut forty jobs."],
            Lang::En,
            Organization,
            "5KR",
            true,
        ),
        // guards: units and models
        (
            &["The new plant makes 50MW from the wind."],
            Lang::En,
            Organization,
            "50MW",
            false,
        ),
        (
            &["He drove a 4WD across the channel on the ferry."],
            Lang::En,
            Organization,
            "4WD",
            false,
        ),
    ]);
}

//! One table per class of round 42 (organisations): legal forms of other countries close a
//! firm's name ("Sdn Bhd", "Bhd", "Tbk", "Srl", "Kft", "Private Limited"), and the firm named
//! later without its form is that firm, also after "managing director of X, who"; a sector's
//! noun before a land's name names its body ("Mental Health Ireland", "Tourisme Mauricie",
//! "Rugby Canada", a broadcaster's national service); clubs of riders, runners and walkers
//! after a known town ("X Wheelers", "X Harriers"); a body's noun before a person's role in
//! apposition ("the cabinet member for …") makes a person; a name of a digit and capitals in
//! a broadcaster's slot ("la chaîne privée 4KTV"). Guards after each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round42_foreign_legal_forms_close_a_firm() {
    const BHD: &[&str] = &[
        "Officials at Kelmor Harvest Bhd said on Monday it would grow.",
        "Shares of Kelmor Harvest rose 7 per cent.",
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
        "Kelvar Orchards Ltd said on Monday that it would grow.",
        "\u{201c}We want quality,\u{201d} said Ong Kai Seng, managing director of Kelvar Orchards, who will lead the group.",
    ];
    const DAUGHTER: &[&str] =
        &["Ana Ruiz, the daughter of Jorge Ruiz, who died in 2001, spoke on Monday."];
    check_found(&[
        (BHD, Lang::En, Organization, "Kelmor Harvest Bhd", true),
        (BHD, Lang::En, Person, "Kelmor Harvest", false),
        (BHD, Lang::En, Organization, "Kelmor Harvest", false),
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
        (WHO, Lang::En, Person, "Kelvar Orchards", false),
        (WHO, Lang::En, Organization, "Kelvar Orchards Ltd", true),
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
            &["The figures were obtained by ITV Cymru Wales last year."],
            Lang::En,
            Organization,
            "ITV Cymru Wales",
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
    const WHEELERS: &[&str] =
        &["Cardiff Wheelers, a club with about 150 members, said the lanes were unsafe."];
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
    const SAID: &[&str] = &[
        "\u{201c}We have looked at every road,\u{201d} said Tegwyn Prys, the cabinet member for roads.",
    ];
    const LEADER: &[&str] = &["Tegwyn Prys, the party leader, said the vote was close."];
    const GUARD: &[&str] = &["Harwick Mills, the company director said, was sold in May."];
    check_found(&[
        (SAID, Lang::En, Person, "Tegwyn Prys", true),
        (SAID, Lang::En, Organization, "Tegwyn Prys", false),
        (LEADER, Lang::En, Person, "Tegwyn Prys", true),
        // guard: a clause's subject, no apposition
        (GUARD, Lang::En, Person, "Harwick Mills", false),
    ]);
}

#[test]
fn rules_round42_a_digit_and_capitals_in_a_broadcasters_slot() {
    check_found(&[
        (
            &["La RTB et la chaîne privée 4KTV se disputent les droits des combats."],
            Lang::Fr,
            Organization,
            "4KTV",
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

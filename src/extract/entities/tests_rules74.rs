//! One table per class of round 52 (French first): a court or a board with its make-up before
//! its remit ("le tribunal mixte de commerce de X", "le tribunal paritaire des baux ruraux de
//! X"); a name that only its apposition types ("la X, la caisse de …", "la régie des eaux"); one
//! unknown word after a sentence's elided article and before a verb ("L’X dénonce…"); a surname
//! spelt with an elided capital ("N’X", "M’X") on a byline or opening a sentence; a second legal
//! form after "Co.," ("Co., Ltd.", "Co., Inc.") and no legal form alone ("SCRL"). Guards: a
//! court's quarter, a person's title or a place's noun in apposition, capitalised common nouns,
//! inhabitants and known places after "L’", a French "D’" opening a sentence, a lone "Co.".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;
#[test]
fn rules_round52_a_court_with_its_make_up_before_its_remit() {
    check_found(&[
        (
            &["Le tribunal mixte de commerce de Nouvelle-Brême a rendu sa décision mardi."],
            Lang::Fr,
            Organization,
            "tribunal mixte de commerce de Nouvelle-Brême",
            true,
        ),
        (
            &["Devant le tribunal mixte de commerce de Kerlouan, l’avocat a plaidé la nullité."],
            Lang::Fr,
            Organization,
            "tribunal mixte de commerce de Kerlouan",
            true,
        ),
        (
            &[
                "Le tribunal paritaire des baux ruraux de Morlanges a été saisi par les exploitants.",
            ],
            Lang::Fr,
            Organization,
            "tribunal paritaire des baux ruraux de Morlanges",
            true,
        ),
        (
            &["La commission mixte paritaire de Valbrune a trouvé un accord."],
            Lang::Fr,
            Organization,
            "commission mixte paritaire de Valbrune",
            true,
        ),
        (
            &["Le tribunal de commerce de Vallonges a prononcé la liquidation."],
            Lang::Fr,
            Organization,
            "tribunal de commerce de Vallonges",
            true,
        ),
        (
            &["Il a gagné un tribunal de commerce de quartier à Vallonges."],
            Lang::Fr,
            Place,
            "Vallonges",
            true,
        ),
    ]);
}

#[test]
fn rules_round52_a_name_that_only_its_apposition_types() {
    check_found(&[
        (
            &[
                "Les cotisations versées à la Tarvel, la caisse de retraite des marins, ont baissé cette année.",
            ],
            Lang::Fr,
            Organization,
            "Tarvel",
            true,
        ),
        (
            &["Les arriérés envers la Morvane, la caisse des agriculteurs, augmentent."],
            Lang::Fr,
            Organization,
            "Morvane",
            true,
        ),
        (
            &["Le contrat passé avec la Sorvane, la régie des eaux de la ville, expire en mai."],
            Lang::Fr,
            Organization,
            "Sorvane",
            true,
        ),
        (
            &["Il a rencontré Tarvel, le président de la caisse, mardi."],
            Lang::Fr,
            Person,
            "Tarvel",
            true,
        ),
        (
            &["Le discours prononcé à Morvane, la capitale de la province, a marqué les esprits."],
            Lang::Fr,
            Place,
            "Morvane",
            true,
        ),
    ]);
}

#[test]
fn rules_round52_one_word_after_an_elided_article_before_a_verb() {
    check_found(&[
        (
            &["L’Usfeno dénonce la fermeture de la ligne."],
            Lang::Fr,
            Organization,
            "Usfeno",
            true,
        ),
        (
            &["L’Unrac dénonce la suppression de deux postes."],
            Lang::Fr,
            Organization,
            "Unrac",
            true,
        ),
        (
            &["L’Aprevel réclame une nouvelle concertation avec l’État."],
            Lang::Fr,
            Organization,
            "Aprevel",
            true,
        ),
        (
            &["L’Ofrac estime que le projet est trop coûteux."],
            Lang::Fr,
            Organization,
            "Ofrac",
            true,
        ),
        (
            &["L’Unsefa n’a pas signé l’accord."],
            Lang::Fr,
            Organization,
            "Unsefa",
            true,
        ),
        (
            &["L’Histoire a montré que ces réformes échouent."],
            Lang::Fr,
            Organization,
            "Histoire",
            false,
        ),
        (
            &["L’Hexagone a connu un été très chaud."],
            Lang::Fr,
            Organization,
            "Hexagone",
            false,
        ),
        (
            &["L’Ivoirien a remporté la course."],
            Lang::Fr,
            Organization,
            "Ivoirien",
            false,
        ),
        (
            &["L’Europe a adopté une nouvelle directive."],
            Lang::Fr,
            Organization,
            "Europe",
            false,
        ),
        (
            &["L’Afrique compte plus d’un milliard d’habitants."],
            Lang::Fr,
            Organization,
            "Afrique",
            false,
        ),
    ]);
}

#[test]
fn rules_round52_a_surname_with_an_elided_capital() {
    check_found(&[
        (
            &[
                "Les pêcheurs de la lagune inquiets",
                "Par Awa Touré N’Dalé, à Korhogo",
                "Les pêcheurs de la lagune se plaignent.",
            ],
            Lang::Fr,
            Person,
            "Awa Touré N’Dalé",
            true,
        ),
        (
            &[
                "Les pêcheurs de la lagune inquiets",
                "Par Awa Touré N’Dalé, à Korhogo",
                "Les pêcheurs de la lagune se plaignent.",
            ],
            Lang::Fr,
            Person,
            "Awa Touré N",
            false,
        ),
        (
            &["N’Golo Kanté a signé un nouveau contrat."],
            Lang::Fr,
            Organization,
            "Golo Kanté",
            false,
        ),
        (
            &["M’Bolo Sanou a marqué deux buts dimanche."],
            Lang::Fr,
            Organization,
            "Bolo Sanou",
            false,
        ),
        (
            &["D’Abidjan à Bouaké, la route est longue."],
            Lang::Fr,
            Place,
            "Abidjan",
            true,
        ),
    ]);
}

#[test]
fn rules_round52_a_second_legal_form_after_co() {
    check_found(&[
        (
            &["Le contrat avec Harrowgate Metals Co., Ltd. a été signé mardi."],
            Lang::Fr,
            Organization,
            "Harrowgate Metals Co., Ltd.",
            true,
        ),
        (
            &["The deal with Tenmoor Holdings Co., Ltd. closed on Monday."],
            Lang::En,
            Organization,
            "Tenmoor Holdings Co., Ltd.",
            true,
        ),
        (
            &["Shares of Brightvale Devices Co., Inc. rose 5 percent."],
            Lang::En,
            Organization,
            "Brightvale Devices Co., Inc.",
            true,
        ),
        (
            &["The supplier is Corvane Trading Co., Ltd."],
            Lang::En,
            Organization,
            "Corvane Trading Co., Ltd",
            true,
        ),
        (
            &["Orders went to Fenwick Brothers Co. last year."],
            Lang::En,
            Organization,
            "Fenwick Brothers Co.",
            true,
        ),
        (
            &[
                "La Coopérative des maraîchers velmontois SCRL, qui regroupe une soixantaine d’exploitations, a déposé le bilan.",
            ],
            Lang::Fr,
            Organization,
            "SCRL",
            false,
        ),
        (
            &["La Coopérative des maraîchers velmontois SCRL a déposé le bilan."],
            Lang::Fr,
            Organization,
            "Coopérative des maraîchers velmontois SCRL",
            true,
        ),
    ]);
}

//! Review of round 52 (rev52): one table per misreading mended. An administrative head after
//! "in the" names the area, not its council; the District of Columbia is a known
//! place; a landform's noun ending a name yields to a person's cue after it ("X Ridge told",
//! "X Spit, 52,"); "Sierra"/"Cerro" open a mountain's name only after a climb, "the" or "on";
//! a given name after a joined "M’" still makes a person; a capitalised common noun or noun
//! of inhabitants after "L’" is no body; a French area's capitalised head, one adjective and
//! "de X" before a verb of action name its government ("le District autonome de X rappelle").
//! Guards keep each round 52 rule's own cases.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_rev52_an_area_entered_by_in_stays_the_area() {
    check_found(&[
        (
            &["Voters in the District of Farrow backed the measure."],
            Lang::En,
            Organization,
            "District of Farrow",
            false,
        ),
        (
            &["Voters in the District of Farrow backed the measure."],
            Lang::En,
            Place,
            "District of Farrow",
            true,
        ),
        (
            &["Emergency crews worked across the County of Selwick overnight."],
            Lang::En,
            Organization,
            "County of Selwick",
            false,
        ),
        (
            &["Many families in the Township of Orrin still lack broadband."],
            Lang::En,
            Organization,
            "Township of Orrin",
            false,
        ),
        (
            &["The District of Farrow said the road would reopen."],
            Lang::En,
            Organization,
            "District of Farrow",
            true,
        ),
        (
            &["Tom Abel, councillor for the Municipality of Brenlow, resigned."],
            Lang::En,
            Organization,
            "Municipality of Brenlow",
            true,
        ),
        (
            &["La Municipalité de Sainte-Irène a voté le budget."],
            Lang::Fr,
            Organization,
            "Municipalité de Sainte-Irène",
            true,
        ),
    ]);
}

#[test]
fn rules_rev52_the_district_of_columbia_is_a_place() {
    check_found(&[
        (
            &["The mayor of the District of Columbia signed the budget on Monday."],
            Lang::En,
            Place,
            "District of Columbia",
            true,
        ),
        (
            &["The mayor of the District of Columbia signed the budget on Monday."],
            Lang::En,
            Organization,
            "District of Columbia",
            false,
        ),
        (
            &["Le District de Columbia a voté la loi sur les armes."],
            Lang::Fr,
            Place,
            "District de Columbia",
            true,
        ),
        (
            &["Le District de Columbia a voté la loi sur les armes."],
            Lang::Fr,
            Organization,
            "District de Columbia",
            false,
        ),
        (
            &["The U.S. District Court for the District of Columbia ruled on Friday."],
            Lang::En,
            Organization,
            "U.S. District Court for the District of Columbia",
            true,
        ),
    ]);
}

#[test]
fn rules_rev52_a_landform_surname_before_a_persons_cue() {
    check_found(&[
        (
            &["Tane Ridge told reporters he would stand again."],
            Lang::En,
            Person,
            "Tane Ridge",
            true,
        ),
        (
            &["Tane Ridge told reporters he would stand again."],
            Lang::En,
            Place,
            "Tane Ridge",
            false,
        ),
        (
            &["Kiri Spit, 52, was charged with theft."],
            Lang::En,
            Person,
            "Kiri Spit",
            true,
        ),
        (
            &["Ravi Sound, who runs the shop, was robbed on Friday."],
            Lang::En,
            Person,
            "Ravi Sound",
            true,
        ),
        (
            &["Bryn Gap says the club will appeal."],
            Lang::En,
            Place,
            "Bryn Gap",
            false,
        ),
        (
            &["The ferry left Corran Spit at dawn."],
            Lang::En,
            Place,
            "Corran Spit",
            true,
        ),
        (
            &["Walkers crossed Tarnby Ridge in thick fog."],
            Lang::En,
            Place,
            "Tarnby Ridge",
            true,
        ),
    ]);
}

#[test]
fn rules_rev52_sierra_and_cerro_need_a_mountains_cue() {
    check_found(&[
        (
            &["Sierra Wireless cut 300 jobs."],
            Lang::En,
            Place,
            "Sierra Wireless",
            false,
        ),
        (
            &["Cerro Valmonte won the league title on Sunday."],
            Lang::En,
            Place,
            "Cerro Valmonte",
            false,
        ),
        (
            &["Hikers were rescued on Cerro Valdín after a storm."],
            Lang::En,
            Place,
            "Cerro Valdín",
            true,
        ),
        (
            &["Snow closed the passes of the Sierra Calvera overnight."],
            Lang::En,
            Place,
            "Sierra Calvera",
            true,
        ),
        (
            &["Slieve Carran is the highest peak in the county."],
            Lang::En,
            Place,
            "Slieve Carran",
            true,
        ),
    ]);
}

#[test]
fn rules_rev52_a_given_name_after_an_elided_letter() {
    check_found(&[
        (
            &["M’Hamed Ben Soltane a été nommé ministre."],
            Lang::Fr,
            Person,
            "M’Hamed Ben Soltane",
            true,
        ),
        (
            &["M’Hamed Ben Soltane a été nommé ministre."],
            Lang::Fr,
            Organization,
            "M’Hamed Ben Soltane",
            false,
        ),
        (
            &["Le ministre Yao N’Guessan a été nommé."],
            Lang::Fr,
            Person,
            "Yao N’Guessan",
            true,
        ),
    ]);
}

#[test]
fn rules_rev52_a_capitalised_common_noun_or_inhabitant_after_l() {
    check_found(&[
        (
            &["L’Opposition a dénoncé un passage en force."],
            Lang::Fr,
            Organization,
            "Opposition",
            false,
        ),
        (
            &["L’Exécutif a promis une réponse rapide."],
            Lang::Fr,
            Organization,
            "Exécutif",
            false,
        ),
        (
            &["L’Andorran a terminé deuxième."],
            Lang::Fr,
            Organization,
            "Andorran",
            false,
        ),
        (
            &["L’Encadrement a refusé de signer."],
            Lang::Fr,
            Organization,
            "Encadrement",
            false,
        ),
        (
            &["L’Usfeno a réclamé une hausse des salaires."],
            Lang::Fr,
            Organization,
            "Usfeno",
            true,
        ),
        (
            &["L’Arvelam dénonce la fermeture du site."],
            Lang::Fr,
            Organization,
            "Arvelam",
            true,
        ),
    ]);
}

#[test]
fn rules_rev52_an_areas_head_and_adjective_before_a_verb_is_its_government() {
    check_found(&[
        (
            &["Le District autonome de Korhogo rappelle les règles de circulation."],
            Lang::Fr,
            Organization,
            "District autonome de Korhogo",
            true,
        ),
        (
            &["La Province autonome de Valdorno a voté un budget."],
            Lang::Fr,
            Organization,
            "Province autonome de Valdorno",
            true,
        ),
        (
            &["La Métropole européenne de Verlaine a voté le plan climat."],
            Lang::Fr,
            Organization,
            "Métropole européenne de Verlaine",
            true,
        ),
        (
            &["La Région autonome de Sarvène a annoncé des aides."],
            Lang::Fr,
            Organization,
            "Région autonome de Sarvène",
            true,
        ),
        (
            &["Le district de Korhogo a été épargné par les pluies."],
            Lang::Fr,
            Organization,
            "district de Korhogo",
            false,
        ),
        (
            &["La Province autonome de Valdorno a été touchée par la grêle."],
            Lang::Fr,
            Organization,
            "Province autonome de Valdorno",
            false,
        ),
        (
            &["Le District fédéral de Korhogo est la capitale."],
            Lang::Fr,
            Organization,
            "District fédéral de Korhogo",
            false,
        ),
        (
            &["La Province canadienne de Valdorno compte huit millions d’habitants."],
            Lang::Fr,
            Organization,
            "Province canadienne de Valdorno",
            false,
        ),
    ]);
}

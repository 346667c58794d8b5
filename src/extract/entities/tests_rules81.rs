//! Round 53 (q53frp), French places: a river named by its bank's side ("la rive droite du
//! X", "the left bank of the X", "the X burst its banks"); a town named by its police or its
//! firemen ("la police locale d’X", "les pompiers de X"); regions named with their language
//! ("Suisse romande"); a firm's town after its legal form or before a canton's code ("X AG, de
//! Y (ZG)"); towns joined after "une famille de". Guards keep lenders, kin, parties' codes and
//! supporters out.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q53frp_a_river_by_the_side_of_its_bank() {
    check_found(&[
        (
            &["Les pêcheurs de la rive droite du Ndoumé ont protesté lundi."],
            Lang::Fr,
            Place,
            "Ndoumé",
            true,
        ),
        (
            &["Les pêcheurs de la rive gauche de la Vélanne craignent la crue."],
            Lang::Fr,
            Place,
            "Vélanne",
            true,
        ),
        (
            &["Des maisons ont été évacuées sur les rives gauches de l’Orbane."],
            Lang::Fr,
            Place,
            "Orbane",
            true,
        ),
        (
            &["The village sits on the left bank of the Tarrow, near the old mill."],
            Lang::En,
            Place,
            "Tarrow",
            true,
        ),
        (
            &["Homes along the right bank of the Dunnet were evacuated, officials said."],
            Lang::En,
            Place,
            "Dunnet",
            true,
        ),
        (
            &["A dam was built upstream of the Kellan in 1962."],
            Lang::En,
            Place,
            "Kellan",
            true,
        ),
        (
            &["Fishermen at the mouth of the Brenna report smaller catches."],
            Lang::En,
            Place,
            "Brenna",
            true,
        ),
        (
            &["Cafés line the banks of the Ostrel."],
            Lang::En,
            Place,
            "Ostrel",
            false,
        ),
        (
            &["Cafés stand on the banks of the Ostrel."],
            Lang::En,
            Place,
            "Ostrel",
            true,
        ),
        (
            &["The Ashwell burst its banks on Tuesday, flooding dozens of homes."],
            Lang::En,
            Place,
            "Ashwell",
            true,
        ),
        (
            &["Last week the Morrin had overflowed its banks twice."],
            Lang::En,
            Place,
            "Morrin",
            true,
        ),
    ]);
}

#[test]
fn rules_q53frp_a_side_without_a_bank_names_no_river() {
    check_found(&[
        (
            &["He is the chief economist at the Bank of Tarrow."],
            Lang::En,
            Place,
            "Tarrow",
            false,
        ),
        (
            &["The central banks of the Selvane union raised rates."],
            Lang::En,
            Place,
            "Selvane",
            false,
        ),
        (
            &["La droite du Parti Verlan a voté contre."],
            Lang::Fr,
            Place,
            "Parti Verlan",
            false,
        ),
        (
            &["Il siège à la gauche de la Tribune Morel."],
            Lang::Fr,
            Place,
            "Tribune Morel",
            false,
        ),
    ]);
}

#[test]
fn rules_q53frp_a_town_named_by_its_police_or_its_firemen() {
    check_found(&[
        (
            &["Trois agents de la police locale d’Yvoz ont été entendus hier."],
            Lang::Fr,
            Place,
            "Yvoz",
            true,
        ),
        (
            &["Les agents de la police municipale de Bexor ont dressé trois procès-verbaux."],
            Lang::Fr,
            Place,
            "Bexor",
            true,
        ),
        (
            &["La police communale d’Eu a fermé la route."],
            Lang::Fr,
            Place,
            "Eu",
            true,
        ),
        (
            &["Les pompiers de Spa sont intervenus vers minuit."],
            Lang::Fr,
            Place,
            "Spa",
            true,
        ),
        (
            &["Les sapeurs-pompiers de Vellorne ont maîtrisé le feu."],
            Lang::Fr,
            Place,
            "Vellorne",
            true,
        ),
        (
            &["La gendarmerie de Montbrelle a été alertée par un voisin."],
            Lang::Fr,
            Place,
            "Montbrelle",
            true,
        ),
        (
            &["Le commissariat de Bexor a reçu la plainte."],
            Lang::Fr,
            Place,
            "Bexor",
            true,
        ),
    ]);
}

#[test]
fn rules_q53frp_a_police_of_a_person_stays_a_person() {
    check_found(&[
        (
            &["La police locale de Marc Dupont a été critiquée."],
            Lang::Fr,
            Place,
            "Marc Dupont",
            false,
        ),
        (
            &["La police locale de Marc Dupont a été critiquée."],
            Lang::Fr,
            Person,
            "Marc Dupont",
            true,
        ),
    ]);
}

#[test]
fn rules_q53frp_a_region_named_with_its_language() {
    check_found(&[
        (
            &["La marque vise d’abord la Suisse romande, puis le Tessin."],
            Lang::Fr,
            Place,
            "Suisse romande",
            true,
        ),
        (
            &["Les cantons de Suisse alémanique ont voté contre."],
            Lang::Fr,
            Place,
            "Suisse alémanique",
            true,
        ),
        (
            &["Les cantons de Suisse alémanique ont voté contre."],
            Lang::Fr,
            Place,
            "Suisse",
            false,
        ),
        (
            &["Les vins de Suisse italienne sont appréciés."],
            Lang::Fr,
            Place,
            "Suisse italienne",
            true,
        ),
        (
            &["Les exportations vers l’Extrême-Orient ont doublé."],
            Lang::Fr,
            Place,
            "Extrême-Orient",
            true,
        ),
        (
            &["She is in charge of sales in French-speaking Switzerland."],
            Lang::En,
            Place,
            "Romandy",
            true,
        ),
    ]);
}

#[test]
fn rules_q53frp_a_firms_town_after_its_legal_form() {
    check_found(&[
        (
            &["Le contrat est revenu à Garmoli AG, de Rotbach (ZG), pour quatre millions."],
            Lang::Fr,
            Place,
            "Rotbach",
            true,
        ),
        (
            &["Le contrat est revenu à Garmoli AG, de Rotbach (ZG), pour quatre millions."],
            Lang::Fr,
            Organization,
            "Rotbach",
            false,
        ),
        (
            &["Le contrat est revenu à Garmoli AG, de Rotbach, pour quatre millions."],
            Lang::Fr,
            Place,
            "Rotbach",
            true,
        ),
        (
            &["Le bureau Jaquin & Fils Sàrl, d’Orbevaux, supervisera le chantier."],
            Lang::Fr,
            Place,
            "Orbevaux",
            true,
        ),
        (
            &["Le vigneron Paul Morand, de Rotbach (VD), a été primé."],
            Lang::Fr,
            Place,
            "Rotbach",
            true,
        ),
        (
            &["Les lits viennent d’un atelier de Vellerot (74) spécialisé."],
            Lang::Fr,
            Place,
            "Vellerot",
            true,
        ),
        (
            &["The contract went to Bramley Ltd, of Ossington, last year."],
            Lang::En,
            Place,
            "Ossington",
            true,
        ),
    ]);
}

#[test]
fn rules_q53frp_a_firms_person_or_code_stays_out() {
    check_found(&[
        (
            &["La société Garmoli SA, de Marc Dupont, a fermé."],
            Lang::Fr,
            Place,
            "Marc Dupont",
            false,
        ),
        (
            &["La liste de Kerdavel (PS) a gagné."],
            Lang::Fr,
            Place,
            "Kerdavel",
            false,
        ),
        (
            &["Le rapport de Brenac (PDF) est en ligne."],
            Lang::Fr,
            Place,
            "Brenac",
            false,
        ),
    ]);
}

#[test]
fn rules_q53frp_towns_joined_after_a_family() {
    check_found(&[
        (
            &["Le loyer pèse lourd sur une famille de Mbalengo ou d’Ékondo."],
            Lang::Fr,
            Place,
            "Mbalengo",
            true,
        ),
        (
            &["Le loyer pèse lourd sur une famille de Mbalengo ou d’Ékondo."],
            Lang::Fr,
            Place,
            "Ékondo",
            true,
        ),
        (
            &["Le prix de l’eau pèse sur une famille de Mbalengo."],
            Lang::Fr,
            Place,
            "Mbalengo",
            true,
        ),
    ]);
}

#[test]
fn rules_q53frp_kin_and_supporters_stay_out() {
    check_found(&[
        (
            &["La famille de Kerdavel est en deuil."],
            Lang::Fr,
            Place,
            "Kerdavel",
            false,
        ),
        (
            &["Des familles de Roms vivent ici."],
            Lang::Fr,
            Place,
            "Roms",
            false,
        ),
        (
            &["Le soutien de Vantel ou de Brimco a été décisif."],
            Lang::Fr,
            Place,
            "Brimco",
            false,
        ),
    ]);
}

//! One table per class of round 54 (French news phrases): a newspaper told something after a
//! participle of telling and "au" ("a-t-il déclaré au X"); the leader a government is named
//! after ("le gouvernement X", "the X government", "the X administration"); one building among
//! others in a town ("un hôtel de X": the town is the name). Guards: a known place told
//! ("déclaré au Québec"), a party's or a nation's government, a named building with its
//! article ("l’hôtel de X").

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round54_a_newspaper_told() {
    check_found(&[
        (
            &["« Le chantier avance », a-t-il déclaré au Riveraintain, mardi soir."],
            Lang::Fr,
            Organization,
            "Riveraintain",
            true,
        ),
        (
            &["La directrice a confié au Courrier-Nordique qu’elle partirait."],
            Lang::Fr,
            Organization,
            "Courrier-Nordique",
            true,
        ),
        (
            &["Le maire a indiqué au Vigilant que le budget serait voté."],
            Lang::Fr,
            Organization,
            "Vigilant",
            true,
        ),
        // guards: a known place told, a town after "au" with no telling
        (
            &["Le ministre a déclaré au Québec que rien ne changerait."],
            Lang::Fr,
            Organization,
            "Québec",
            false,
        ),
        (
            &["Elle est partie travailler au Portugal l’an dernier."],
            Lang::Fr,
            Organization,
            "Portugal",
            false,
        ),
    ]);
}

#[test]
fn rules_round54_the_leader_a_government_is_named_after() {
    check_found(&[
        (
            &["Le programme lancé par le gouvernement Dufresnoy a permis de garder les vols."],
            Lang::Fr,
            Person,
            "Dufresnoy",
            true,
        ),
        (
            &["Il reproche à l’administration Ferrandeau son manque de transparence."],
            Lang::Fr,
            Person,
            "Ferrandeau",
            true,
        ),
        (
            &["The scheme was launched by the Hartwell government in 2019."],
            Lang::En,
            Person,
            "Hartwell",
            true,
        ),
        (
            &["Critics said the Brandvold administration had ignored the warnings."],
            Lang::En,
            Person,
            "Brandvold",
            true,
        ),
        // guards: a place's, a party's or a nation's government
        (
            &["The scheme was launched by the Ontario government in 2019."],
            Lang::En,
            Person,
            "Ontario",
            false,
        ),
        (
            &["The scheme was launched by the Labour government in 2019."],
            Lang::En,
            Person,
            "Labour",
            false,
        ),
        (
            &["Critics said the Kenyan government had ignored the warnings."],
            Lang::En,
            Person,
            "Kenyan",
            false,
        ),
    ]);
}

#[test]
fn rules_round54_one_building_among_others_in_a_town() {
    check_found(&[
        (
            &["Les acheteurs attendent dans un hôtel d’Ambanivo depuis lundi."],
            Lang::Fr,
            Place,
            "Ambanivo",
            true,
        ),
        (
            &["Les acheteurs attendent dans un hôtel d’Ambanivo depuis lundi."],
            Lang::Fr,
            Place,
            "hôtel d’Ambanivo",
            false,
        ),
        (
            &["La réunion s’est tenue dans une salle de Pomerol-sur-Lisse, jeudi."],
            Lang::Fr,
            Place,
            "salle de Pomerol-sur-Lisse",
            false,
        ),
        // guard: a named building keeps its article and its name
        (
            &["Le concert aura lieu à l’hôtel de Ravignac, dans le centre."],
            Lang::Fr,
            Place,
            "hôtel de Ravignac",
            true,
        ),
    ]);
}

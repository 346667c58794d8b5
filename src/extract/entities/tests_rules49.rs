//! Round fr42 (French bodies and regions): a body's head, its capitalised object and "du"/"de"
//! a known place is one name; a club's own name after its lowercase field ("Club de hockey Les
//! X") belongs to it; a ministry known by its first remit runs through its listed remits, a
//! remit's "contre les …" and the last one's two adjectives; lowercase adverbs and conjunctions
//! ("lors", "puis", "ensuite") end a body's complement; a continent's part ("Europe centrale",
//! "Central Europe") is one place. Guards: a town after "à", a plain article after a field, a
//! name opening its sentence.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_fr42_a_body_of_a_known_place_keeps_the_place() {
    check_found(&[
        (
            &["Les crédits transitent par la Caisse des Semences du Cameroun depuis avril."],
            Lang::Fr,
            Organization,
            "Caisse des Semences du Cameroun",
            true,
        ),
        (
            &["L’Office des Pâturages du Gabon a refusé la demande des éleveurs."],
            Lang::Fr,
            Organization,
            "Office des Pâturages du Gabon",
            true,
        ),
        (
            &["La Société des Grands Travaux de Côte d’Ivoire a remporté le marché."],
            Lang::Fr,
            Organization,
            "Société des Grands Travaux de Côte d’Ivoire",
            true,
        ),
        (
            &["La Fédération de Pétanque du Sénégal a suspendu deux joueurs."],
            Lang::Fr,
            Place,
            "Sénégal",
            false,
        ),
        // guard: a town after "à" stays a place of its own
        (
            &["La présidente de la Caisse des Semences à Dakar a quitté son poste mardi."],
            Lang::Fr,
            Place,
            "Dakar",
            true,
        ),
    ]);
}

#[test]
fn rules_fr42_a_club_s_own_name_after_its_field() {
    check_found(&[
        (
            &["Le Club de ski de fond Les Mésanges de Saint-Aubert ouvre ses pistes samedi."],
            Lang::Fr,
            Organization,
            "Club de ski de fond Les Mésanges de Saint-Aubert",
            true,
        ),
        (
            &["Selon l’Association de pêche La Perchaude de Valmont, le niveau baisse."],
            Lang::Fr,
            Organization,
            "Association de pêche La Perchaude de Valmont",
            true,
        ),
        (
            &["Selon l’Association de pêche La Perchaude de Valmont, le niveau baisse."],
            Lang::Fr,
            Organization,
            "La Perchaude de Valmont",
            false,
        ),
        // guard: a lowercase word after the article is no name
        (
            &["Le Club de curling La semaine dernière a fermé ses portes."],
            Lang::Fr,
            Organization,
            "Club de curling La semaine",
            false,
        ),
    ]);
}

#[test]
fn rules_fr42_a_known_ministry_runs_through_its_remits() {
    check_found(&[
        (
            &["Il faut l’aval du ministère de l’Agriculture, des Pêcheries et de l’Alimentation."],
            Lang::Fr,
            Organization,
            "ministère de l’Agriculture, des Pêcheries et de l’Alimentation",
            true,
        ),
        (
            &[
                "Une note du ministère de la Culture, de la Lutte contre les discriminations et des Sports (MCLDS) circule.",
            ],
            Lang::Fr,
            Organization,
            "ministère de la Culture, de la Lutte contre les discriminations et des Sports",
            true,
        ),
        (
            &[
                "Le ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique a tranché.",
            ],
            Lang::Fr,
            Organization,
            "ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique",
            true,
        ),
        // guard: a ministry named alone stays alone
        (
            &["Le ministère de l’Agriculture a publié ses chiffres mardi."],
            Lang::Fr,
            Organization,
            "ministère de l’Agriculture",
            true,
        ),
    ]);
}

#[test]
fn rules_fr42_adverbs_end_a_body_s_complement() {
    check_found(&[
        (
            &[
                "La plainte sera examinée par la Commission de surveillance lors de son bilan annuel.",
            ],
            Lang::Fr,
            Organization,
            "Commission de surveillance",
            true,
        ),
        (
            &["Le Conseil de quartier puis la mairie ont voté le projet."],
            Lang::Fr,
            Organization,
            "Conseil de quartier",
            true,
        ),
        (
            &["L’Observatoire de la précarité également saisi a rendu un avis."],
            Lang::Fr,
            Organization,
            "Observatoire de la précarité",
            true,
        ),
        // guard: a lowercase complement that is no adverb stays
        (
            &["L’Observatoire de la pêche côtière a publié ses relevés."],
            Lang::Fr,
            Organization,
            "Observatoire de la pêche côtière",
            true,
        ),
    ]);
}

#[test]
fn rules_fr42_a_continent_s_part_is_one_place() {
    check_found(&[
        (
            &["Les ventes en Europe centrale ont baissé de 4 %."],
            Lang::Fr,
            Place,
            "Europe centrale",
            true,
        ),
        (
            &["Les ventes en Europe centrale ont baissé de 4 %."],
            Lang::Fr,
            Place,
            "Europe",
            false,
        ),
        (
            &["Les clients d’Afrique subsaharienne restent fidèles."],
            Lang::Fr,
            Place,
            "Afrique subsaharienne",
            true,
        ),
        (
            &["Sales in Central Europe fell by 4% last year."],
            Lang::En,
            Place,
            "Central Europe",
            true,
        ),
        (
            &["Sales in Central Europe fell by 4% last year."],
            Lang::En,
            Place,
            "Central",
            false,
        ),
        (
            &["Exports to Central America rose again."],
            Lang::En,
            Place,
            "Central America",
            true,
        ),
    ]);
}

//! Round 47 (places): strong place cues outweigh a president's "de" ("les communes de X",
//! "au pied de X", "X, un affluent de…", a river or a lake in apposition);
//! canals and valleys keep their lowercase noun ("le canal du Marché", "le val d’X", "le
//! canal de X à Y") while a port names its town ("le port du X"); a place's name qualifying a
//! currency ("francs Pacifique") and an alderman's portfolio ("l’échevin du Commerce") are no
//! places; the archipelagos of French Polynesia are known places (named by the gazetteer's form). Guards after each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn round47_a_place_cue_outweighs_a_presidents_de() {
    check_found(&[
        (
            &[
                "La convention a été signée par les communes de Vernaloz, de Pradieu et de Sautelle.",
                "« Nous avons gagné », a dit Luc Marbot, président de Vernaloz.",
                "À Vernaloz, le conseil se réunira en mai.",
            ],
            Lang::Fr,
            Place,
            "Vernaloz",
            true,
        ),
        (
            &[
                "Les pêcheurs ont pris des truites dans la Varlonne l’an dernier.",
                "Ils réclament un débit plus fort pour la Varlonne, un affluent de la Loire.",
            ],
            Lang::Fr,
            Place,
            "Varlonne",
            true,
        ),
        (
            &["Les anglers fished the Corbyn, a tributary of the Severn, all week."],
            Lang::En,
            Place,
            "Corbyn",
            true,
        ),
        (
            &["Les élus prévoient une fête au pied de la Dent Vachère en juillet."],
            Lang::Fr,
            Place,
            "Dent Vachère",
            true,
        ),
        // guards: a president's body with no place cue stays a body; an English adjective
        (
            &["« Nous avons gagné », a dit Luc Marbot, président de Valtrenix."],
            Lang::Fr,
            Place,
            "Valtrenix",
            false,
        ),
        (
            &["The fund was set up by Dorrance, an affluent investor from the coast."],
            Lang::En,
            Place,
            "Dorrance",
            false,
        ),
    ]);
}

#[test]
fn round47_canals_and_valleys_keep_their_noun_a_port_names_its_town() {
    check_found(&[
        (
            &["Les écluses du canal du Marché restent fermées jusqu’à lundi."],
            Lang::Fr,
            Place,
            "canal du Marché",
            true,
        ),
        (
            &["Les communes du val d’Orsenne ont gagné leur recours."],
            Lang::Fr,
            Place,
            "val d’Orsenne",
            true,
        ),
        (
            &["Le chantier du canal de Lyon à Vienne doit durer deux ans."],
            Lang::Fr,
            Place,
            "canal de Lyon à Vienne",
            true,
        ),
        (
            &["Sur le quai du port du Kervellec, les marins ont écouté en silence."],
            Lang::Fr,
            Place,
            "Kervellec",
            true,
        ),
        // guards: the port's noun is no part of the town's name; a town after "ville de"
        (
            &["Sur le quai du port du Kervellec, les marins ont écouté en silence."],
            Lang::Fr,
            Place,
            "port du Kervellec",
            false,
        ),
        (
            &["Le Centre a publié ses chiffres, a dit la ville de Nantes."],
            Lang::Fr,
            Place,
            "Centre",
            false,
        ),
    ]);
}

#[test]
fn round47_currencies_and_portfolios_are_no_places() {
    check_found(&[
        (
            &["Chaque billet vaut 500 francs Pacifique, dit le guichetier."],
            Lang::Fr,
            Place,
            "Pacifique",
            false,
        ),
        (
            &["The deal was worth 90 million Pacific francs, the firm said."],
            Lang::En,
            Place,
            "Pacific",
            false,
        ),
        (
            &["Selon l’échevin du Commerce local, Paul Dervaux, le marché rouvrira."],
            Lang::Fr,
            Place,
            "Commerce",
            false,
        ),
        (
            &["Selon l’échevin du Commerce local, Paul Dervaux, le marché rouvrira."],
            Lang::Fr,
            Organization,
            "Commerce",
            false,
        ),
        // guards: the ocean itself; an alderman of a town
        (
            &["Les bateaux ont traversé le Pacifique en vingt jours."],
            Lang::Fr,
            Place,
            "Pacifique",
            true,
        ),
        (
            &["Paul Dervaux, échevin de Vernaloz, a présenté le budget."],
            Lang::Fr,
            Place,
            "Vernaloz",
            true,
        ),
    ]);
}

#[test]
fn round47_the_archipelagos_of_polynesia_are_places() {
    check_found(&[
        (
            &["Selon Vaiana Marotau, la pêche a repris aux Tuamotu depuis mars."],
            Lang::Fr,
            Place,
            "Tuamotu",
            true,
        ),
        (
            &["Une liaison aérienne vers les Australes sera ouverte en mai."],
            Lang::Fr,
            Place,
            "Îles Australes",
            true,
        ),
        (
            &["Les perles des Marquises se vendent mieux cette année."],
            Lang::Fr,
            Place,
            "Îles Marquises",
            true,
        ),
    ]);
}

//! One table per class of round 50 (places): a town after "through"/"past"/"à travers"/"passe
//! par"/"traverse" on a road or a line, and the ends of a route ("les trains de X à Y"); a
//! French noun of places with its adjective before "de X" ("la station balnéaire de X") and
//! the nouns "township", "suburb", "bourgade", "chef-lieu" before "of"/"de"; an abbreviated
//! saint or mount with its full stop ("St. X"); a road's number after an article ("the M9
//! motorway", "l’A89"). Guards: a means, not a way ("through Microsoft", "passe par Julien"), a birthplace
//! ("la ville natale de X"), a sentence's end after "St.", an aircraft's number.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round50_a_town_on_a_road_or_a_line() {
    check_found(&[
        (
            &["Repairs to the old road through Garnwick will start in spring."],
            Lang::En,
            Place,
            "Garnwick",
            true,
        ),
        (
            &["Sections of the B4410 through Pellisford and the bypass were shut."],
            Lang::En,
            Place,
            "Pellisford",
            true,
        ),
        (
            &["The night buses now go past Drumcarrow before turning back."],
            Lang::En,
            Place,
            "Drumcarrow",
            true,
        ),
        (
            &["The railway line runs through the Tarrowdale before reaching the coast."],
            Lang::En,
            Place,
            "Tarrowdale",
            true,
        ),
        (
            &["La route départementale qui passe par Kerhoët sera fermée en juin."],
            Lang::Fr,
            Place,
            "Kerhoët",
            true,
        ),
        (
            &["La nouvelle ligne traverse Plomervec avant de rejoindre la côte."],
            Lang::Fr,
            Place,
            "Plomervec",
            true,
        ),
        (
            &["Le sentier côtier mène les marcheurs à travers Landrevel jusqu’au phare."],
            Lang::Fr,
            Place,
            "Landrevel",
            true,
        ),
        (
            &["Les bennes vont de Korvane à Teyssac en passant par la Bourdaie chaque matin."],
            Lang::Fr,
            Place,
            "Bourdaie",
            true,
        ),
        (
            &["Les trains de Morlaven à Quistinec sont supprimés jusqu’à lundi."],
            Lang::Fr,
            Place,
            "Morlaven",
            true,
        ),
        // guards: a means or a person, not a way
        (
            &["He rose to the top through Microsoft and kept his contacts."],
            Lang::En,
            Place,
            "Microsoft",
            false,
        ),
        (
            &["La décision passe par Julien, qui doit signer le contrat."],
            Lang::Fr,
            Place,
            "Julien",
            false,
        ),
        (
            &["She got the job through Hennessy, an old friend of her father."],
            Lang::En,
            Place,
            "Hennessy",
            false,
        ),
    ]);
}

#[test]
fn rules_round50_a_noun_of_places_with_its_adjective() {
    check_found(&[
        (
            &["Les touristes ont envahi la station balnéaire de Kerlouvan cet été."],
            Lang::Fr,
            Place,
            "Kerlouvan",
            true,
        ),
        (
            &["Le maire de la petite commune rurale de Vaudrenne a démissionné."],
            Lang::Fr,
            Place,
            "Vaudrenne",
            true,
        ),
        (
            &["Les remparts de la cité médiévale de Provalle seront restaurés."],
            Lang::Fr,
            Place,
            "Provalle",
            true,
        ),
        (
            &["La station de ski de Valmoreil ouvrira plus tôt cette année."],
            Lang::Fr,
            Place,
            "Valmoreil",
            true,
        ),
        (
            &["Les élus de la bourgade de Saint-Ovrel et du chef-lieu de Montarnac ont voté."],
            Lang::Fr,
            Place,
            "Montarnac",
            true,
        ),
        (
            &["The council of the township of Oxwell approved the plan."],
            Lang::En,
            Place,
            "Oxwell",
            true,
        ),
        (
            &["Prices rose in the suburb of Pellworth last year."],
            Lang::En,
            Place,
            "Pellworth",
            true,
        ),
        // guard: a birthplace names the person after it
        (
            &["Ils ont visité la ville natale de Gaston Verlaque, près du fleuve."],
            Lang::Fr,
            Place,
            "Gaston Verlaque",
            false,
        ),
    ]);
}

#[test]
fn rules_round50_an_abbreviated_saint_or_mount() {
    check_found(&[
        (
            &["She opened a bakery in St. Alberic last year, near the river."],
            Lang::En,
            Place,
            "St. Alberic",
            true,
        ),
        (
            &["A clinic in Ste. Odelie closed last week."],
            Lang::En,
            Place,
            "Ste. Odelie",
            true,
        ),
        (
            &["The firm is based in Mt. Pelbury, where it employs forty people."],
            Lang::En,
            Place,
            "Mt. Pelbury",
            true,
        ),
        (
            &["She opened a bakery in St. Alberic last year, near the river."],
            Lang::En,
            Place,
            "Alberic",
            false,
        ),
        (
            &["Lawyers from the St. Alberic firm Dunross & Pike filed the claim."],
            Lang::En,
            Place,
            "St. Alberic",
            true,
        ),
        // guard: a sentence ending on "St." before a function word
        (
            &["The shop is on Harbour St. The owner is Jane Colvin."],
            Lang::En,
            Person,
            "Jane Colvin",
            true,
        ),
    ]);
}

#[test]
fn rules_round50_a_road_number() {
    check_found(&[
        (
            &["Gritters worked through the night to keep the B6120 open for traffic."],
            Lang::En,
            Place,
            "B6120",
            true,
        ),
        (
            &["Traffic on the M62 was diverted after the crash."],
            Lang::En,
            Place,
            "M62",
            true,
        ),
        (
            &["La bretelle d’accès à l’A87 restera fermée jusqu’à lundi."],
            Lang::Fr,
            Place,
            "A87",
            true,
        ),
        // guards: a product's number
        (
            &["The airline took delivery of the A350 aircraft on Monday."],
            Lang::En,
            Place,
            "A350",
            false,
        ),
        (
            &["Print it on the A4 paper in the top drawer."],
            Lang::En,
            Place,
            "A4",
            false,
        ),
    ]);
}

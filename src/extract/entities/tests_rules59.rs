//! Round 44 (persons): a person's noun in apposition ("X, a market trader from…", "X,
//! biologiste à…") makes a person over a weaker cue, in both languages, and not after a
//! firm's goods, a body's noun or a French adjective; a common given name after "Pour"/"Selon"
//! opens a person; a title's holder stops before "of the"/"de la" and the body; "24 Heures
//! de X" is a race that names its town (event_places.rs), never a person. Guards after each
//! class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn persons44_a_persons_noun_in_apposition_makes_a_person() {
    check_found(&[
        (
            &["Police questioned Hollis Varga, a retired carpenter, on Friday."],
            Lang::En,
            Person,
            "Hollis Varga",
            true,
        ),
        (
            &["Police questioned Hollis Varga, a retired carpenter, on Friday."],
            Lang::En,
            Organization,
            "Hollis Varga",
            false,
        ),
        (
            &[
                "Selon Ysolde Brachet-Lamarre, biologiste à l’Institut des forêts, la coupe doit cesser.",
            ],
            Lang::Fr,
            Person,
            "Ysolde Brachet-Lamarre",
            true,
        ),
        (
            &[
                "Pour Ysolde Brachet-Lamarre, biologiste à l’Institut des forêts, la coupe doit cesser.",
            ],
            Lang::Fr,
            Person,
            "Ysolde Brachet-Lamarre",
            true,
        ),
        // guards: a firm's goods before a shared noun, a noun before a body's, a fronted
        // place, a French adjective after its noun, a body's noun opening the name
        (
            &["Glenrow, a commodities trader, said it would cut jobs."],
            Lang::En,
            Person,
            "Glenrow",
            false,
        ),
        (
            &["Alder Hanks, a property developer, said it would sell the site."],
            Lang::En,
            Person,
            "Alder Hanks",
            false,
        ),
        (
            &["Dunmore Steel, a farmer cooperative, closed its mill."],
            Lang::En,
            Person,
            "Dunmore Steel",
            false,
        ),
        (
            &["In Harlow, a nurse from Leeds was hurt."],
            Lang::En,
            Person,
            "Harlow",
            false,
        ),
        (
            &["Quai des Brumes, l’artère commerçante du centre-ville, est bondé le samedi."],
            Lang::Fr,
            Person,
            "Quai des Brumes",
            false,
        ),
        (
            &["Jeudi, la Coopérative Valmorel, un agriculteur à sa tête, a défilé."],
            Lang::Fr,
            Person,
            "Coopérative Valmorel",
            false,
        ),
    ]);
}

#[test]
fn persons44_a_common_given_name_after_pour_opens_a_person() {
    check_found(&[
        (
            &["Pour Myriam Ouellet-Sirois, la décision arrive trop tard."],
            Lang::Fr,
            Person,
            "Myriam Ouellet-Sirois",
            true,
        ),
        (
            &["Selon Jacinthe Marchessault-Ferland, trois écoles fermeront en juin."],
            Lang::Fr,
            Person,
            "Jacinthe Marchessault-Ferland",
            true,
        ),
        (
            &["According to Miriam Tallow-Brant, the ferry will not run."],
            Lang::En,
            Person,
            "Miriam Tallow-Brant",
            true,
        ),
        // guard: a firm's name after "Pour" stays no person
        (
            &["Pour Air Kestrel, la décision arrive trop tard."],
            Lang::Fr,
            Person,
            "Air Kestrel",
            false,
        ),
    ]);
}

#[test]
fn persons44_a_titles_holder_stops_before_the_body() {
    check_found(&[
        (
            &[
                "Lawyers for the dockers appealed to Justice Orla Fenwick Brede of the Land and Environment Court.",
            ],
            Lang::En,
            Person,
            "Orla Fenwick Brede",
            true,
        ),
        (
            &["Judge Alma Rees Porter of the Industrial Relations Court dismissed the case."],
            Lang::En,
            Person,
            "Alma Rees Porter",
            true,
        ),
        (
            &["Judge Alma Rees Porter of the Industrial Relations Court dismissed the case."],
            Lang::En,
            Organization,
            "Industrial Relations Court",
            true,
        ),
        (
            &["La juge Annie Morel-Tessier de la Cour supérieure a rejeté la demande."],
            Lang::Fr,
            Person,
            "Annie Morel-Tessier",
            true,
        ),
        // guards: a title straight before "of", a head of state and their country
        (
            &["The Duke of Westmoor opened the fair."],
            Lang::En,
            Person,
            "Westmoor",
            false,
        ),
        (
            &["President Ana Lopez of the Philippines spoke on Monday."],
            Lang::En,
            Place,
            "Philippines",
            true,
        ),
    ]);
}

#[test]
fn persons44_an_hours_race_is_no_person() {
    // (the race names its town: event_places.rs; no person, no organisation)
    check_found(&[
        (
            &["Pour les 24 Heures de Vernoux, les pilotes amateurs dorment sous la tente."],
            Lang::Fr,
            Organization,
            "Heures de Vernoux",
            false,
        ),
        (
            &["Pour les 24 Heures de Vernoux, les pilotes amateurs dorment sous la tente."],
            Lang::Fr,
            Person,
            "Heures de Vernoux",
            false,
        ),
        (
            &["Pour les 24 Heures de Vernoux, les pilotes amateurs dorment sous la tente."],
            Lang::Fr,
            Place,
            "Vernoux",
            true,
        ),
        (
            &["The 12 Hours of Brannock drew 40,000 fans to the circuit."],
            Lang::En,
            Person,
            "Hours of Brannock",
            false,
        ),
        // guard: lowercase hours are a time
        (
            &["Il est parti à 10 heures de Vernoux, sans prévenir."],
            Lang::Fr,
            Other,
            "heures de Vernoux",
            false,
        ),
    ]);
}

#[test]
fn persons44_the_person_nouns_are_sorted_for_their_search() {
    assert!(super::person_heads::heads_sorted());
}

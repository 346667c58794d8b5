//! One table case per place rule of round 28 (places missed and places found wrongly, counted
//! over held-out sets 3-29): a place named only inside a longer name of another kind; a
//! capitalised compass word ending a place's name; a harbour, fort or cape noun before a known
//! place; a noun of places and "de"; a ferry and "from"; no landform noun after a lone
//! word opening a sentence.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round28_place_inside_a_longer_name() {
    check_found(&[
        // a known place only inside a body's name: no place
        (
            &["Le Centre hospitalier universitaire de Rennes a fermé deux services lundi."],
            Lang::Fr,
            Place,
            "Rennes",
            false,
        ),
        (
            &["La Fédération de pêche du Morbihan a déposé plainte mardi."],
            Lang::Fr,
            Place,
            "Morbihan",
            false,
        ),
        // the same place named on its own as well: a place
        (
            &[
                "Le Centre hospitalier universitaire de Rennes a fermé deux services lundi.",
                "À Rennes, les patients iront ailleurs.",
            ],
            Lang::Fr,
            Place,
            "Rennes",
            true,
        ),
    ]);
}

#[test]
fn rules_round28_compass_word_ends_a_place() {
    check_found(&[
        // after a preposition of place
        (
            &["An orchard near Tamsford North was sold on Monday."],
            Lang::En,
            Place,
            "Tamsford North",
            true,
        ),
        // with no other cue: the compass word alone makes it a place
        (
            &["Cllr Ann Reid, who represents Bexmoor West, voted against the plan."],
            Lang::En,
            Place,
            "Bexmoor West",
            true,
        ),
    ]);
}

#[test]
fn rules_round28_harbour_fort_or_cape_before_a_known_place() {
    check_found(&[
        (
            &["The company plans a distillery near Port Darwin."],
            Lang::En,
            Place,
            "Port Darwin",
            true,
        ),
        (
            &["The lighthouse near Cape Cornwall is old."],
            Lang::En,
            Place,
            "Cape Cornwall",
            true,
        ),
        (
            &["The old barracks at Fort Lincoln were rebuilt last year."],
            Lang::En,
            Place,
            "Fort Lincoln",
            true,
        ),
    ]);
}

#[test]
fn rules_round28_lone_names_after_nouns_of_places() {
    check_found(&[
        // "l’arrondissement de X"
        (
            &["Les travaux touchent l’arrondissement de Brompval depuis lundi."],
            Lang::Fr,
            Place,
            "Brompval",
            true,
        ),
        // "les régions du X et du Y": both
        (
            &["La campagne vise les régions du Kessaro et du Lamboudi, selon le ministère."],
            Lang::Fr,
            Place,
            "Kessaro",
            true,
        ),
        (
            &["La campagne vise les régions du Kessaro et du Lamboudi, selon le ministère."],
            Lang::Fr,
            Place,
            "Lamboudi",
            true,
        ),
        // "the ferry from X"
        (
            &["Drivers must take the ferry from Glenbrack, and the queues are long."],
            Lang::En,
            Place,
            "Glenbrack",
            true,
        ),
    ]);
}

#[test]
fn rules_round28_landform_noun_after_a_sentence_opener() {
    check_found(&[
        // an adjective opening the sentence before "estate": no place
        (
            &["Prices rose again. Small estate owners say they cannot pay the levy."],
            Lang::En,
            Place,
            "Small",
            false,
        ),
        // a name mid-sentence before "estate" stays a place
        (
            &["Prices rose again on the Halberry estate last year."],
            Lang::En,
            Place,
            "Halberry",
            true,
        ),
    ]);
}

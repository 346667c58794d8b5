//! One table case per place rule of round 31a (places found, typed and spanned, counted over
//! held-out sets 3-32): a lone unknown name in a list of lone names joined by "and"/"et" is a
//! place when a member is a known place or the list follows a preposition of place ("in",
//! "dans", and in English "from" after a word of coming, "at" after a noun of sites). Guards:
//! an employer after a job and "at", a list holding a known organisation, a French "de" list
//! with no known place, people and shops after "from"/"at"/"à".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round31a_a_list_of_lone_names_after_a_place_word_is_of_places() {
    check_found(&[
        // "from", a known place and two unknown names
        (
            &["Volunteers drove in from Sokoto, Dunmarrow and Keltby to help with the harvest."],
            Lang::En,
            Place,
            "Keltby",
            true,
        ),
        (
            &["Volunteers drove in from Sokoto, Dunmarrow and Keltby to help with the harvest."],
            Lang::En,
            Place,
            "Dunmarrow",
            true,
        ),
        // "in" and three unknown names, with commas
        (
            &["Checkpoints in Ombala, Tessu and Wirrak were reopened on Friday."],
            Lang::En,
            Place,
            "Tessu",
            true,
        ),
        // "at" after a noun of sites, "from" after a word of coming, and two unknown names
        (
            &["Roadblocks at Dunmarrow and Keltby were lifted on Friday."],
            Lang::En,
            Place,
            "Keltby",
            true,
        ),
        (
            &["Volunteers drove in from Dunmarrow and Keltby to help with the harvest."],
            Lang::En,
            Place,
            "Dunmarrow",
            true,
        ),
        // "dans" and two unknown names
        (
            &["Les routes ont été coupées dans Varlon et Quenby après l’orage."],
            Lang::Fr,
            Place,
            "Quenby",
            true,
        ),
        // a repeated "de" with a known place first
        (
            &["Les camions arrivent de Nantes, de Brévallonne et de Troumazac chaque matin."],
            Lang::Fr,
            Place,
            "Troumazac",
            true,
        ),
        (
            &["Les camions arrivent de Nantes, de Brévallonne et de Troumazac chaque matin."],
            Lang::Fr,
            Place,
            "Brévallonne",
            true,
        ),
        // guards: an employer after a job and "at"
        (
            &["“We expect a sale,” said a partner at Corvane and Pryle, the administrators."],
            Lang::En,
            Place,
            "Pryle",
            false,
        ),
        // … a list holding a known organisation
        (
            &["The startup licensed tools from Google and Drevix last year."],
            Lang::En,
            Place,
            "Drevix",
            false,
        ),
        // … a French "de" with no known place
        (
            &["Le rachat de Korvane et Drelix a été validé par les actionnaires."],
            Lang::Fr,
            Place,
            "Drelix",
            false,
        ),
        // … people and shops after "from"/"at"/"à", with no known place among them
        (
            &["Letters from Obianwu and Bellaro were read at the hearing."],
            Lang::En,
            Place,
            "Bellaro",
            false,
        ),
        (
            &["Goals from Quenby and Varlon sealed the win."],
            Lang::En,
            Place,
            "Varlon",
            false,
        ),
        (
            &["Merci à Dupraz et Morettin pour leur aide."],
            Lang::Fr,
            Place,
            "Morettin",
            false,
        ),
        (
            &["Le président a écrit à Dupraz et Scholtz mardi."],
            Lang::Fr,
            Place,
            "Scholtz",
            false,
        ),
        (
            &["Shoppers queued at Harlowe and Selbury on Boxing Day."],
            Lang::En,
            Place,
            "Selbury",
            false,
        ),
        // … a lone name alone after "from"
        (
            &["The licence was bought from Drelvane last spring."],
            Lang::En,
            Place,
            "Drelvane",
            false,
        ),
    ]);
}

#[test]
fn rules_round31a_a_route_between_known_places_names_each() {
    check_found(&[
        (
            &["Tolls on the Kano-Abuja highway rose again in May."],
            Lang::En,
            Place,
            "Abuja",
            true,
        ),
        (
            &["Tolls on the Kano-Abuja dual road rose again in May."],
            Lang::En,
            Place,
            "Kano",
            true,
        ),
        (
            &["La liaison Quimper-Rennes sera supprimée en décembre."],
            Lang::Fr,
            Place,
            "Rennes",
            true,
        ),
        // guards: a part no place ("the Smith-Kano line"), no noun of routes
        (
            &["Tolls on the Smithers-Abuja highway rose again in May."],
            Lang::En,
            Place,
            "Abuja",
            false,
        ),
        (
            &["The Kano-Abuja agreement was signed in May."],
            Lang::En,
            Place,
            "Abuja",
            false,
        ),
        // a part that is a given name too
        (
            &["Tolls on the Sokoto-Zaria road rose again in May."],
            Lang::En,
            Place,
            "Zaria",
            true,
        ),
        // guard: a word of given names only, a person's line in a vote
        (
            &["He followed the Florence-Jordan line in the committee vote."],
            Lang::En,
            Place,
            "Florence",
            false,
        ),
    ]);
}

#[test]
fn rules_round31a_the_devolved_parliaments_regions_are_places() {
    check_found(&[
        (
            &["Morag Lennie, an MSP for Mid Scotland and Fife, backed the motion."],
            Lang::En,
            Place,
            "Mid Scotland and Fife",
            true,
        ),
        (
            &["The Labour member for South Wales West said the plant must stay open."],
            Lang::En,
            Place,
            "South Wales West",
            true,
        ),
    ]);
}

#[test]
fn rules_round31a_nigerian_states_and_large_cities_are_known() {
    check_found(&[
        // a state named with "State" is one place, apart from its capital
        (
            &["Schools in Kano State reopened on Monday after the strike."],
            Lang::En,
            Place,
            "Kano State",
            true,
        ),
        (
            &["Schools in Delta State reopened on Monday after the strike."],
            Lang::En,
            Place,
            "Delta State",
            true,
        ),
        // a city of more than 500,000 inhabitants of the Philippines
        (
            &["Taguig reported three more flooded schools on Monday."],
            Lang::En,
            Place,
            "Taguig",
            true,
        ),
        // guard: the bare name of a state that is an ordinary word
        (
            &["The Delta flight landed late on Monday."],
            Lang::En,
            Place,
            "Delta",
            false,
        ),
        // guards: state capitals that are given names name people before a surname
        (
            &["“We are ready,” said Jos Verstap, the team manager."],
            Lang::En,
            Place,
            "Jos",
            false,
        ),
        (
            &["“We are ready,” said Minna Kallion on Monday."],
            Lang::En,
            Place,
            "Minna",
            false,
        ),
        (
            &["Thane Kallion scored twice in the second half."],
            Lang::En,
            Place,
            "Thane",
            false,
        ),
        (
            &["Yola Adeyomi opened the exhibition on Friday."],
            Lang::En,
            Place,
            "Yola",
            false,
        ),
        (
            &["Zaria Thomlin won the sprint final."],
            Lang::En,
            Place,
            "Zaria",
            false,
        ),
        // … and stay places after a preposition
        (
            &["Fuel prices rose again in Jos on Monday."],
            Lang::En,
            Place,
            "Jos",
            true,
        ),
        (
            &["The minister flew to Minna and Yola on Tuesday."],
            Lang::En,
            Place,
            "Yola",
            true,
        ),
        (
            &["Students returned to classes in Zaria last week."],
            Lang::En,
            Place,
            "Zaria",
            true,
        ),
        (
            &["The minister flew to Minna and Yola on Tuesday."],
            Lang::En,
            Place,
            "Minna",
            true,
        ),
    ]);
}

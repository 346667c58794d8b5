//! One table case per rule of the thirteenth round (round 18 of the held-out sets), read off
//! the errors of sets 3 to 19 sorted by cause: lone unknown names that are places by their
//! context (a lowercase compass word, a journey "to" them, "between X and Y", a list after
//! "including" a known place, "Co" before a county, "au large de"), which had fallen to the
//! default guess, an organisation.

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round13_places_from_context() {
    check_kinds(&[
        // 1. a lowercase compass word straight before the name
        (
            "Turnout was low among voters in north Drumcarra and in the villages around it.",
            Lang::En,
            "Drumcarra",
            Some(Place),
        ),
        // 2. a noun or verb of travel and "to"/"into"
        (
            "The company runs a ferry service on the route to Ballykessan twice a week.",
            Lang::En,
            "Ballykessan",
            Some(Place),
        ),
        (
            "Nurses spend an hour a day going into Carrowmeen because buses are rare.",
            Lang::En,
            "Carrowmeen",
            Some(Place),
        ),
        // 3. "between X and Y", "entre X et Y": both names
        (
            "Trains will run between Kilbarra and Drumlish from next year.",
            Lang::En,
            "Drumlish",
            Some(Place),
        ),
        (
            "Trains will run between Kilbarra and Drumlish from next year.",
            Lang::En,
            "Kilbarra",
            Some(Place),
        ),
        (
            "La route sera coupée entre Le Vernadel et Rodez pendant six mois.",
            Lang::Fr,
            "Le Vernadel",
            Some(Place),
        ),
        // ... but not after a noun of parties
        (
            "The regulator blocked a tie-up between Harrowgate and Quillford last year.",
            Lang::En,
            "Quillford",
            Some(Organization),
        ),
        // 4. a list after "including" a known place, or a plural noun of places and "such as"
        (
            "The operator runs nine airports across Scotland including Skelbrae and Morvoe.",
            Lang::En,
            "Morvoe",
            Some(Place),
        ),
        (
            "Floods hit provinces such as Tranvik and Hollmere in the south.",
            Lang::En,
            "Tranvik",
            Some(Place),
        ),
        // 5. "Co" before a name is a county, not a company
        (
            "The second phase would reach Ballindrum in Co Leitrane by 2035.",
            Lang::En,
            "Co Leitrane",
            Some(Place),
        ),
        // 6. a lowercase "station" after the name
        (
            "She stood on the old platform at Kellory station for an hour.",
            Lang::En,
            "Kellory",
            Some(Place),
        ),
        // 7. "au large de", "un affluent de", "son site de", "la zone d’activités de"
        (
            "Le cargo a sombré au large de Kervénec en 1961.",
            Lang::Fr,
            "Kervénec",
            Some(Place),
        ),
        (
            "La pollution a touché un affluent de la Laudrenne, selon la préfecture.",
            Lang::Fr,
            "Laudrenne",
            Some(Place),
        ),
        (
            "Le groupe emploie 240 salariés sur son site de Montferrier.",
            Lang::Fr,
            "Montferrier",
            Some(Place),
        ),
        // 9. "originally from X", even before ", who" (the person is before it)
        (
            "The victim, a fitter, 41, originally from Brannock, who had worked there for years.",
            Lang::En,
            "Brannock",
            Some(Place),
        ),
        // 10. "parts of X"
        (
            "Her district includes parts of Wexley and two smaller towns.",
            Lang::En,
            "Wexley",
            Some(Place),
        ),
        // 8. a capitalised article opening a name after "jusqu’à"/"vers": a place, not a title
        (
            "Il a mené le groupe jusqu’à La Bastidette, puis il a lâché prise.",
            Lang::Fr,
            "La Bastidette",
            Some(Place),
        ),
        // (even after a noun of organisations further back)
        (
            "Il a mené le groupe jusqu’à La Pradelle avant de lâcher prise.",
            Lang::Fr,
            "La Pradelle",
            Some(Place),
        ),
        // ... while "à La Voix du Nord" after a verb of saying stays a newspaper
        (
            "« Nous ne lâcherons rien », a confié le maire à La Tribune du Vernadel.",
            Lang::Fr,
            "La Tribune du Vernadel",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round13_french_names_in_sentence_case() {
    check_kinds(&[
        // 1. more capitalised heads of French bodies, extended over lowercase words
        (
            "Côté édition, les Presses universitaires de Vannes publient un recueil.",
            Lang::Fr,
            "Presses universitaires de Vannes",
            Some(Organization),
        ),
        (
            "La Coordination régionale des comités de défense des gares a manifesté.",
            Lang::Fr,
            "Coordination régionale des comités de défense des gares",
            Some(Organization),
        ),
        // 2. "pour" and a noun with its article inside the name
        (
            "Selon la Fondation pour le climat des villes, le plan est trop lent.",
            Lang::Fr,
            "Fondation pour le climat des villes",
            Some(Organization),
        ),
        // 3. "et" between two nouns that share their complement
        (
            "Le Collectif des parents et enseignants de Brévanne a écrit au recteur.",
            Lang::Fr,
            "Collectif des parents et enseignants de Brévanne",
            Some(Organization),
        ),
        // 4. after "l’association", "le groupe": a sentence-case name up to the punctuation
        (
            "L’association Défense du littoral de Kerbrat, présidée par un retraité, a porté plainte.",
            Lang::Fr,
            "Défense du littoral de Kerbrat",
            Some(Organization),
        ),
        (
            "Le recours a été déposé par l’association de riverains Respirer à Vaulnaveys.",
            Lang::Fr,
            "Respirer à Vaulnaveys",
            Some(Organization),
        ),
        // ... not over a verb: the name is then the capitalised word alone
        (
            "L’association Trélor a déposé un recours contre le projet.",
            Lang::Fr,
            "Trélor",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round13_dateline_and_head_town() {
    check_kinds(&[
        // 1. a dash after a wire dateline's bracket opens a sentence: its first word needs
        // evidence
        (
            "TROMSØ (Reuters) - Talks on quotas resumed on Monday.",
            Lang::En,
            "Talks",
            None,
        ),
        (
            "QUIMPER (AFP) – Quarante ans après le naufrage, l’épave reste visible.",
            Lang::Fr,
            "Quarante",
            None,
        ),
        // 2. a name opened by a lowercase French head takes its town after a second "de"
        (
            "Le musée des Beaux-Arts de Rennes a annoncé l’achat d’une toile.",
            Lang::Fr,
            "musée des Beaux-Arts de Rennes",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round13_national_bodies_in_the_gazetteer() {
    check_kinds(&[
        // national bodies named after their nation are one body, not a word and a place
        (
            "Grants will come from Sport Wales and the lottery.",
            Lang::En,
            "Sport Wales",
            Some(Organization),
        ),
        (
            "Bus Éireann said services would resume on Monday.",
            Lang::En,
            "Bus Éireann",
            Some(Organization),
        ),
        (
            "Le syndicat SUD Éducation appelle à la grève jeudi.",
            Lang::Fr,
            "SUD Éducation",
            Some(Organization),
        ),
    ]);
}

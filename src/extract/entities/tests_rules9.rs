//! One table case per rule of the ninth round (a nationality adjective opening a name
//! coordinated with "and", a common noun or compass word opening a body's name, a word
//! before a known party or league, a French sentence-initial participle, a plural
//! possessive before "Trust"; sports clubs after a town or before one; company forms that
//! fold to function words; a guessed compound after a company noun; bases and spaceports
//! as places; lowercase "caserne"/"villa" as place heads).

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round9_names_kept_whole() {
    check_kinds(&[
        // 1. a nationality adjective opens a name coordinated with "and"
        (
            "The Latvian Chamber of Commerce and Industry opposed the tax on Friday.",
            Lang::En,
            "Latvian Chamber of Commerce and Industry",
            Some(Organization),
        ),
        // (two names coordinated stay two)
        (
            "The deal was backed by the Ministry of Defence and Airbus last year.",
            Lang::En,
            "Ministry of Defence",
            Some(Organization),
        ),
        // 2. a demonym before an organisation noun
        (
            "The grant came from Welsh Enterprise and two banks.",
            Lang::En,
            "Welsh Enterprise",
            Some(Organization),
        ),
        // 3. a common noun or compass word opening a body's name belongs to it
        (
            "Results were published by the State Audit Office in Vilnius.",
            Lang::En,
            "State Audit Office",
            Some(Organization),
        ),
        (
            "The land is owned by North Brackley District Council, officials said.",
            Lang::En,
            "North Brackley District Council",
            Some(Organization),
        ),
        // (a title before a body stays apart)
        (
            "The report was sent to Minister Harlow Trade Office staff.",
            Lang::En,
            "Minister Harlow Trade Office",
            None,
        ),
        // 4. a word before a known party or league extends it
        (
            "The Social Democratic Party won four seats in the city.",
            Lang::En,
            "Social Democratic Party",
            Some(Organization),
        ),
        (
            "The club spent a decade in the Northern Premier League before promotion.",
            Lang::En,
            "Northern Premier League",
            Some(Organization),
        ),
        (
            "Polls put the Social Democrats on 12% in the city.",
            Lang::En,
            "Social Democrats",
            Some(Organization),
        ),
        // (a month before a known party stays apart)
        (
            "In May Labour Party members met in Leeds.",
            Lang::En,
            "May Labour Party",
            None,
        ),
        // 5. a French sentence-initial participle is no part of the name after it
        (
            "Rebaptisée Fondation Marcelline Audry, l’association change de statut.",
            Lang::Fr,
            "Fondation Marcelline Audry",
            Some(Organization),
        ),
        (
            "Rebaptisée Fondation Marcelline Audry, l’association change de statut.",
            Lang::Fr,
            "Rebaptisée Fondation Marcelline Audry",
            None,
        ),
        // (a noun in "-té" stays: "Société Générale" opening a sentence)
        (
            "Société Générale a publié ses comptes jeudi.",
            Lang::Fr,
            "Société Générale",
            Some(Organization),
        ),
        // 6. a plural possessive inside a name
        (
            "Shares are held by the Felbridge Town Supporters’ Trust, which has 900 members.",
            Lang::En,
            "Felbridge Town Supporters’ Trust",
            Some(Organization),
        ),
    ]);
}

#[test]
fn rules_round9_clubs_companies_places() {
    check_kinds(&[
        // 7. sports clubs: a club word after a town name, known or not
        (
            "Supporters of Morvenhill Rovers marched to the ground on Saturday.",
            Lang::En,
            "Morvenhill Rovers",
            Some(Organization),
        ),
        (
            "Supporters of Morvenhill Rovers waited. Under the new owner Rovers won twice.",
            Lang::En,
            "Morvenhill Rovers",
            Some(Organization),
        ),
        (
            "The striker joined Blackburn Rovers from a club in Spain.",
            Lang::En,
            "Blackburn Rovers",
            Some(Organization),
        ),
        (
            "The striker scored twice for Wrexham AFC on Tuesday.",
            Lang::En,
            "Wrexham AFC",
            Some(Organization),
        ),
        (
            "L’attaquant a signé à l’Olympique de Marseille cet été.",
            Lang::Fr,
            "Olympique de Marseille",
            Some(Organization),
        ),
        // (a given name before "United" is no club's town: no person either, but not a club)
        (
            "He moved to Cardiff last year with his family.",
            Lang::En,
            "Cardiff",
            Some(Place),
        ),
        // 8. company forms that fold to a function word
        (
            "The buses are run by Kalvi Transport AS under a contract with the city.",
            Lang::En,
            "Kalvi Transport AS",
            Some(Organization),
        ),
        (
            "It is as simple as that, said Mari Tamm.",
            Lang::En,
            "Mari Tamm",
            Some(Person),
        ),
        // 9. a guessed compound after a company noun is a company
        (
            "La maison Dufresne-Albaret, négociant en vins, a versé 20 000 euros.",
            Lang::Fr,
            "Dufresne-Albaret",
            Some(Organization),
        ),
        // (a compound alone after a place preposition stays a place)
        (
            "Le car part de Lézignan-Corbières chaque matin.",
            Lang::Fr,
            "Lézignan-Corbières",
            Some(Place),
        ),
        // 10. bases and spaceports are places
        (
            "The rocket lifted off from Cape Orrin Space Force Base on Monday.",
            Lang::En,
            "Cape Orrin Space Force Base",
            Some(Place),
        ),
        (
            "Les soldats ont quitté la caserne Dauvergne en mai.",
            Lang::Fr,
            "caserne Dauvergne",
            Some(Place),
        ),
        // 11. towns of the extended gazetteer
        (
            "Les trains entre Toulouse et Rodez sont supprimés depuis Castelnaudary.",
            Lang::Fr,
            "Castelnaudary",
            Some(Place),
        ),
        (
            "Commuters from Grantham faced delays on Monday.",
            Lang::En,
            "Grantham",
            Some(Place),
        ),
        // 12. a given name now known
        (
            "Elle a exposé aux côtés d’Edgar Vautrin et de Claude Monet.",
            Lang::Fr,
            "Edgar Vautrin",
            Some(Person),
        ),
    ]);
}

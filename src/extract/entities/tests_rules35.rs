//! One table case per kind rule of round 30b (a name found whole but given the wrong kind,
//! counted over held-out sets 3-31): the noun of an apposition after a name says its kind
//! over the preposition before it or its own last word; a name in the apposition's
//! complement of origin is a place, not the subject of the verb after it; a hyphenated job
//! ("director-general") before a name in apposition; a name before a year is a plan, an
//! acronym after a currency noun its qualifier; "assembly" a body's noun. Guards: a job owned
//! by the body, a fronted place adverbial, a list's next item, a clause after the comma.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round30b_the_apposition_says_the_kind() {
    check_found(&[
        // an organisation's noun after a name its own last word would call something else
        (
            &[
                "The Dornach Clean Air Initiative, a Brannock-based lobbying group, told reporters it would appeal.",
            ],
            Lang::En,
            Organization,
            "Dornach Clean Air Initiative",
            true,
        ),
        // … at the sentence's start, where its last word would make it a place
        (
            &["Tarrow Valley, a small haulage firm, said it would cut jobs."],
            Lang::En,
            Organization,
            "Tarrow Valley",
            true,
        ),
        // … after "à", which would make it a place
        (
            &[
                "La maintenance reviendra à Korvelis, la société qui exploite déjà le port de pêche.",
            ],
            Lang::Fr,
            Organization,
            "Korvelis",
            true,
        ),
        (
            &["Le marché a été attribué à Trelvane, un cabinet d’ingénierie, en mars."],
            Lang::Fr,
            Organization,
            "Trelvane",
            true,
        ),
        // the French adjective after the head
        (
            &[
                "Le contrat a été confié à Norvia, une entreprise familiale de Lannilis, qui emploie dix salariés.",
            ],
            Lang::Fr,
            Organization,
            "Norvia",
            true,
        ),
        // the place the body is from, and not the subject of the verb after the comma
        (
            &[
                "Ashcombe Fencing, a two-man roofing firm from Dunvarra, said its invoices went unpaid.",
            ],
            Lang::En,
            Place,
            "Dunvarra",
            true,
        ),
        (
            &[
                "The money went to Drelling Systems, a software maker based in Pellworth, which will hire staff.",
            ],
            Lang::En,
            Place,
            "Pellworth",
            true,
        ),
        // guards: a job the body owns is a person's apposition
        (
            &["Jane Corrin, the company's chief executive, said sales had risen."],
            Lang::En,
            Person,
            "Jane Corrin",
            true,
        ),
        // an organisation's noun inside a job
        (
            &["Tom Ashdale, a union leader, said the strike would go ahead."],
            Lang::En,
            Person,
            "Tom Ashdale",
            true,
        ),
        // a clause after the comma, not an apposition
        (
            &["Fishermen met in Marbury, the company said on Friday."],
            Lang::En,
            Organization,
            "Marbury",
            false,
        ),
        // a fronted place adverbial
        (
            &["À Bellerive, l’association a ouvert un local pour les jeunes."],
            Lang::Fr,
            Organization,
            "Bellerive",
            false,
        ),
        // a person stays one whatever noun follows the comma
        (
            &[
                "Contrairement à Hélène Quérec, la commission qui a rendu l’avis n’a pas été consultée.",
            ],
            Lang::Fr,
            Person,
            "Hélène Quérec",
            true,
        ),
        (
            &["Unlike Moira Haskett, the council, which had backed the plan, voted against it."],
            Lang::En,
            Person,
            "Moira Haskett",
            true,
        ),
        // a list: another article and noun after the head's comma
        (
            &["Ont été entendus Paul Trémeur, le syndicat, la mairie et la préfecture."],
            Lang::Fr,
            Person,
            "Paul Trémeur",
            true,
        ),
        (
            &["Present were Dan Orwick, the council, and the harbour board."],
            Lang::En,
            Person,
            "Dan Orwick",
            true,
        ),
        // "de" and a person's name after the head: the noun's complement, no apposition
        (
            &["Installée à Plouzévet, l’entreprise de Gwenn Le Bihan emploie douze salariés."],
            Lang::Fr,
            Place,
            "Plouzévet",
            true,
        ),
        // a list's next item, after a name its own noun typed
        (
            &[
                "Trois plaignants, dont l’association Les Amis du Goëlo, la commune de Plourivo et un pêcheur, ont obtenu réparation.",
            ],
            Lang::Fr,
            Organization,
            "Les Amis du Goëlo",
            true,
        ),
    ]);
}

#[test]
fn rules_round30b_a_hyphenated_job_before_a_name_in_apposition() {
    check_found(&[
        // a title joined to its rank: the person holding the job, whatever "it" says after
        (
            &[
                "The agency’s interim director-general, Halvard Osk Brenna, told staff on Friday it would resist the cuts.",
            ],
            Lang::En,
            Person,
            "Halvard Osk Brenna",
            true,
        ),
        // guard: a hyphenated adjective is no job
        (
            &[
                "The long-established distributor, Ulvane Perro Rask, said on Monday it would appeal.",
            ],
            Lang::En,
            Person,
            "Ulvane Perro Rask",
            false,
        ),
    ]);
}

#[test]
fn rules_round30b_a_plan_or_a_currency_is_no_body() {
    check_found(&[
        // a name and a year: a plan's
        (
            &["The Marlow Horizon 2040 strategy was adopted by the council."],
            Lang::En,
            Organization,
            "Marlow Horizon",
            false,
        ),
        // a currency's qualifier after its noun
        (
            &["Le pont a coûté 85 milliards de francs CFA selon le ministère."],
            Lang::Fr,
            Organization,
            "CFA",
            false,
        ),
        // guards: a body before a date's year is still one, an acronym a comma parts from the
        // currency noun too
        (
            &["Kelvane Group 2023 results were published on Monday."],
            Lang::En,
            Organization,
            "Kelvane Group",
            true,
        ),
        // … and before a range of years
        (
            &["She was chief engineer at Orlanta 2016-2020 before moving abroad."],
            Lang::En,
            Organization,
            "Orlanta",
            true,
        ),
        (
            &["Sur les 40 millions de francs, FNKT n’en a versé que dix."],
            Lang::Fr,
            Organization,
            "FNKT",
            true,
        ),
    ]);
}

#[test]
fn rules_round30b_a_rank_before_an_assembly_names_the_body() {
    check_found(&[
        // "General" before an assembly's noun is part of the body's name, no officer's rank
        (
            &["Delegates said on Friday that the General Assembly would vote again in May."],
            Lang::En,
            Organization,
            "General Assembly",
            true,
        ),
        // guard: the rank before a person's name stays a title
        (
            &["General Tomas Varko said the army would withdraw."],
            Lang::En,
            Person,
            "Tomas Varko",
            true,
        ),
    ]);
}

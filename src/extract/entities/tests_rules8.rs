//! One table case per rule of the eighth round (French "M." as a title, an age in
//! apposition, surnames of several words named again; a known organisation and two places,
//! a body's council before its own head, "Workers’ Union", a word before a country's name,
//! two plural nouns and "de" + place, a portfolio after "chargé de"; a wire dateline's town, a
//! lowercase landform after a name, "X in southern Y", "station de X", "Afrique de l’Ouest", a
//! nationality adjective before "-born", a nationality adjective opening an event's name).

use super::tests_rules::kind_of;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

/// Checks a table of (blocks, language, name, expected kind or none), reporting every miss.
fn check(cases: &[(&[&str], Lang, &str, Option<EntityKind>)]) {
    let mut failed = Vec::new();
    for (blocks, lang, name, want) in cases {
        let got = kind_of(blocks, *lang, name);
        if got != *want {
            failed.push(format!("{blocks:?}: {name} = {got:?}, want {want:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn rules_round8_people() {
    check(&[
        // 1. French "M." before a capitalised word is the title, not an initial nor a name
        (
            &["Le projet avance, selon M. Castagnet."],
            Lang::Fr,
            "Castagnet",
            Some(Person),
        ),
        (
            &["Selon M. Castagnet, le projet avance."],
            Lang::Fr,
            "M. Castagnet",
            None,
        ),
        (
            &["« Rien n’est joué », dit M. Castagnet."],
            Lang::Fr,
            "M",
            None,
        ),
        // (an English "M." stays an initial)
        (
            &["The film was directed by Walter M. Harrow last year."],
            Lang::En,
            "Walter M. Harrow",
            Some(Person),
        ),
        // 2. an age in apposition makes a person
        (
            &["At the station, driver Kit Varga, 34, said the trains were late."],
            Lang::En,
            "Kit Varga",
            Some(Person),
        ),
        (
            &["Devant la mairie, Loïs Daravin, 61 ans, attend depuis l’aube."],
            Lang::Fr,
            "Loïs Daravin",
            Some(Person),
        ),
        // (a year after a comma is no age)
        (
            &["Shares in Corvane Analytics, 2024, fell."],
            Lang::En,
            "Corvane Analytics",
            Some(Organization),
        ),
        // 3. a surname of several words named again alone belongs to the full name
        (
            &[
                "Ronan Mac Giolla, a fisherman from Kerry, saw the whale first.",
                "“It was huge,” Mac Giolla said.",
                "Ronan stayed on the pier.",
            ],
            Lang::En,
            "Mac Giolla",
            Some(Person),
        ),
        (
            &[
                "Ronan Mac Giolla, a fisherman from Kerry, saw the whale first.",
                "“It was huge,” Mac Giolla said.",
                "Ronan stayed on the pier.",
            ],
            Lang::En,
            "Ronan Mac Giolla",
            Some(Person),
        ),
    ]);
}

#[test]
fn rules_round8_organisations() {
    check(&[
        // 4. a known organisation and one or two places straight after it: a regional arm
        (
            &["Il a emprunté auprès du Crédit Agricole Alpes Provence l’an dernier."],
            Lang::Fr,
            "Crédit Agricole Alpes Provence",
            Some(Organization),
        ),
        (
            &["Il a emprunté auprès du Crédit Agricole Normandie l’an dernier."],
            Lang::Fr,
            "Crédit Agricole Normandie",
            Some(Organization),
        ),
        // 5. a body's lowercase council before a capitalised head: the name is the head's
        (
            &["Le conseil du Syndicat intercommunal des eaux du Vernois a voté lundi."],
            Lang::Fr,
            "Syndicat intercommunal des eaux du Vernois",
            Some(Organization),
        ),
        (
            &["Le conseil du Syndicat intercommunal des eaux du Vernois a voté lundi."],
            Lang::Fr,
            "conseil du Syndicat",
            None,
        ),
        // (a lowercase head before a name that is no head keeps it)
        (
            &["Le ministère de l’Agriculture a publié ses chiffres."],
            Lang::Fr,
            "ministère de l’Agriculture",
            Some(Organization),
        ),
        // 6. a generic plural, an apostrophe and an organisation noun: one name
        (
            &["The Scottish Farmers’ Union called for a pause."],
            Lang::En,
            "Scottish Farmers’ Union",
            Some(Organization),
        ),
        (
            &["The Scottish Farmers’ Union called for a pause."],
            Lang::En,
            "Farmers",
            None,
        ),
        // 7. one plain capitalised word before a country's name: a national body or arm
        (
            &["The grant was approved by Rowing Canada last week."],
            Lang::En,
            "Rowing Canada",
            Some(Organization),
        ),
        (
            &["Le dossier est suivi par Tourisme Portugal depuis mars."],
            Lang::Fr,
            "Tourisme Portugal",
            Some(Organization),
        ),
        // (an area of a country, or a person, stays what it is)
        (
            &["Prices rose fastest in Southern Ireland last year."],
            Lang::En,
            "Southern Ireland",
            None,
        ),
        (
            &["The award went to Mary Jordan on Friday."],
            Lang::En,
            "Mary Jordan",
            Some(Person),
        ),
        // 8. two plural nouns capitalised mid-sentence, then "de" and a known place: a body
        (
            &["Il a rejoint les Jeunes Éleveurs de Bretagne en 2021."],
            Lang::Fr,
            "Jeunes Éleveurs de Bretagne",
            Some(Organization),
        ),
        // (an event stays an event)
        (
            &["Il a assisté aux Jeux Olympiques de Paris en 2024."],
            Lang::Fr,
            "Jeux Olympiques de Paris",
            None,
        ),
        // 9. a capitalised remit after "chargé de" is no organisation
        (
            &["La ministre chargée de la Jeunesse a reçu les élus."],
            Lang::Fr,
            "Jeunesse",
            None,
        ),
        (
            &["Le secrétaire d’État chargé du Numérique viendra jeudi."],
            Lang::Fr,
            "Numérique",
            None,
        ),
    ]);
}

#[test]
fn rules_round8_places() {
    check(&[
        // 10. the name opening a wire dateline is a town
        (
            &["Vierzon (AFP) – Le conseil municipal a voté le budget jeudi."],
            Lang::Fr,
            "Vierzon",
            Some(Place),
        ),
        (
            &["Narvik, Norway (Reuters) — The port reopened on Monday."],
            Lang::En,
            "Narvik",
            Some(Place),
        ),
        // (a name before another acronym in parentheses is no dateline)
        (
            &[
                "Norvalis (NVL) a annoncé jeudi un plan social.",
                "Selon l’AFP, la société Norvalis emploie 300 personnes.",
            ],
            Lang::Fr,
            "Norvalis",
            Some(Organization),
        ),
        // 11. a lowercase landform noun after a name makes it a place
        (
            &["Ferries cross to the Kintyre peninsula twice a day."],
            Lang::En,
            "Kintyre",
            Some(Place),
        ),
        (
            &["Vineyards line the Tamar valley near the town."],
            Lang::En,
            "Tamar",
            Some(Place),
        ),
        // (an organisation noun keeps the organisation)
        (
            &["The Harbour Trust river patrol starts today."],
            Lang::En,
            "Harbour Trust",
            Some(Organization),
        ),
        // 12. "X in southern Y": a lone name in a part of a known place
        (
            &["The plant will be built near Ostrava in eastern Czech Republic, officials said."],
            Lang::En,
            "Ostrava",
            Some(Place),
        ),
        (
            &["The ferry runs from Larvik in southern Norway."],
            Lang::En,
            "Larvik",
            Some(Place),
        ),
        // 13. "la station de X" is the resort (not "la station Total")
        (
            &["La petite station de Valbrenne manque de neige."],
            Lang::Fr,
            "Valbrenne",
            Some(Place),
        ),
        // 14. a known place and its compass part, in French
        (
            &["Les exportations vers l’Europe du Nord ont baissé."],
            Lang::Fr,
            "Europe du Nord",
            Some(Place),
        ),
        (
            &["La coopérative vend son lait en Afrique de l’Est."],
            Lang::Fr,
            "Afrique de l’Est",
            Some(Place),
        ),
        // 15. a nationality adjective before "-born" is a mention of its country when the
        // country is named; alone, it names no place
        (
            &["The Danish-born architect designed the bridge."],
            Lang::En,
            "Denmark",
            None,
        ),
        (
            &["The Danish-born architect designed the bridge."],
            Lang::En,
            "Danish-born",
            None,
        ),
        (
            &["The Danish-born architect designed the bridge in Denmark."],
            Lang::En,
            "Danish",
            Some(Place),
        ),
        // 16. a nationality adjective and words ending with an event noun: one event
        (
            &["She won the Scottish Junior Championship at fifteen."],
            Lang::En,
            "Scottish Junior Championship",
            Some(Other),
        ),
        (
            &["She won the Scottish Junior Championship at fifteen."],
            Lang::En,
            "Junior Championship",
            None,
        ),
        // (a nationality adjective before an organisation noun stays an organisation)
        (
            &["The Scottish Rugby Union named a new coach."],
            Lang::En,
            "Scottish Rugby Union",
            Some(Organization),
        ),
    ]);
}

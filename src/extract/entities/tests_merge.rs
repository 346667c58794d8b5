//! One entity per thing named: the short and spelt-out forms of a name that no list holds are
//! merged (acronyms, a company's opening words, a river without its noun), and names that only
//! look alike are not. And people named with a common given name are people.

use super::extract_entities;
use crate::extract::types::{EntityKind, Lang};

/// The entities of `blocks` of kind `kind`, each as its name and sorted aliases, sorted.
pub(super) fn names(blocks: &[&str], lang: Lang, kind: EntityKind) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = extract_entities(blocks, lang)
        .into_iter()
        .filter(|e| e.kind == kind)
        .map(|e| {
            let mut aliases = e.aliases.clone();
            aliases.sort();
            (e.name.clone(), aliases)
        })
        .collect();
    out.sort();
    out
}

/// The aliases of the organisation named `name` in `blocks`, or None.
pub(super) fn aliases(blocks: &[&str], lang: Lang, name: &str) -> Option<Vec<String>> {
    extract_entities(blocks, lang)
        .into_iter()
        .find(|e| e.kind == EntityKind::Organization && e.name == name)
        .map(|e| e.aliases)
}

pub(super) fn one(name: &str, aliases: &[&str]) -> (String, Vec<String>) {
    (
        name.to_string(),
        aliases.iter().map(|a| a.to_string()).collect(),
    )
}

/// Each case: the text, its language, the kind, and the one entity expected with its aliases.
pub(super) type Case<'a> = (&'a [&'a str], Lang, EntityKind, &'a str, &'a [&'a str]);

pub(super) fn check_merged(cases: &[Case]) {
    let mut wrong = Vec::new();
    for &(blocks, lang, kind, name, aliases) in cases {
        let got = names(blocks, lang, kind);
        let want = one(name, aliases);
        if !got.contains(&want) {
            wrong.push(format!("{blocks:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Each case: the text, its language, the kind, a name, and whether an entity of that kind and
/// name is expected.
pub(super) type Found<'a> = (&'a [&'a str], Lang, EntityKind, &'a str, bool);

/// Checks every case of a table, naming all the wrong ones.
pub(super) fn check_found(cases: &[Found]) {
    let mut wrong = Vec::new();
    for &(blocks, lang, kind, name, want) in cases {
        let got = names(blocks, lang, kind);
        if got.iter().any(|(n, _)| n == name) != want {
            wrong.push(format!(
                "{blocks:?}: {name} {kind:?} want {want}, got {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn an_acronym_is_the_name_its_letters_spell() {
    let blocks = [
        "The Fenland Water Quality Partnership (FWQP) met on Monday in Ely.",
        "The FWQP said the readings would be published in May.",
    ];
    assert_eq!(
        names(&blocks, Lang::En, EntityKind::Organization),
        [one("Fenland Water Quality Partnership", &["FWQP"])]
    );
    // French papers write long acronyms with one capital; function words leave no letter
    let blocks = [
        "L’Observatoire régional des mobilités douces a publié son rapport mardi.",
        "Selon l’Ormd, la fréquentation a doublé en deux ans.",
    ];
    assert_eq!(
        names(&blocks, Lang::Fr, EntityKind::Organization),
        [one("Observatoire régional des mobilités douces", &["Ormd"])]
    );
    // a known acronym of two letters spells no company's name ("US", "UK Steel")
    let blocks = ["UK Steel welcomed the deal between Britain and the US on Tuesday."];
    let orgs = names(&blocks, Lang::En, EntityKind::Organization);
    assert_eq!(orgs, [one("UK Steel", &[])]);
}

#[test]
fn a_companys_opening_words_are_the_company() {
    let blocks = [
        "Shares in Brackwell Minerals Plc rose on Tuesday after the results.",
        "Brackwell said copper output rose by a fifth.",
    ];
    assert_eq!(
        names(&blocks, Lang::En, EntityKind::Organization),
        [one("Brackwell Minerals Plc", &["Brackwell"])]
    );
    // two names it could open, each only adding a company's form: neither
    let blocks = [
        "Hartfield Group Plc and Hartfield Holdings Ltd were both fined.",
        "Hartfield said it would appeal.",
    ];
    let orgs = names(&blocks, Lang::En, EntityKind::Organization);
    assert!(orgs.iter().all(|(_, a)| a.is_empty()), "{orgs:?}");
    // one adding only a company's form, one a name of its own: the first (round 29)
    let blocks = [
        "Hartfield Group Plc and Hartfield Sterling Bank Ltd were both fined.",
        "Hartfield said it would appeal.",
    ];
    assert_eq!(
        names(&blocks, Lang::En, EntityKind::Organization),
        [
            one("Hartfield Group Plc", &["Hartfield"]),
            one("Hartfield Sterling Bank Ltd", &[])
        ]
    );
    // a body named after a club is another body
    let blocks = [
        "Dunmore Rovers lost again on Saturday.",
        "The Dunmore Rovers Supporters’ Trust called for a meeting with Dunmore Rovers.",
    ];
    let orgs = names(&blocks, Lang::En, EntityKind::Organization);
    assert!(orgs.iter().all(|(_, a)| a.is_empty()), "{orgs:?}");
}

#[test]
fn a_river_is_named_without_its_noun() {
    let blocks = [
        "Flood warnings were issued along the River Ouzel on Monday.",
        "Residents said the Ouzel burst its banks near the mill.",
    ];
    assert_eq!(
        names(&blocks, Lang::En, EntityKind::Place),
        [one("River Ouzel", &["Ouzel"])]
    );
    // a river the gazetteer knows by its name alone
    let blocks = [
        "Barges were held at Tilbury as the River Thames rose on Monday.",
        "Boatmen said the Thames had not run so high since 2014.",
    ];
    let places = names(&blocks, Lang::En, EntityKind::Place);
    assert!(
        places.contains(&one("River Thames", &["Thames"])),
        "{places:?}"
    );
}

/// Given names common in French, Québécois, Irish, Scottish and Welsh news make people of the
/// names they open, where no other cue does.
#[test]
fn common_given_names_open_peoples_names() {
    use crate::extract::entities::tests_rules::check_kinds;
    check_kinds(&[
        (
            "La plainte de Chantal Brisebois a été rejetée mardi.",
            Lang::Fr,
            "Chantal Brisebois",
            Some(EntityKind::Person),
        ),
        (
            "Le dossier de Réjean Tremblay traîne depuis deux ans.",
            Lang::Fr,
            "Réjean Tremblay",
            Some(EntityKind::Person),
        ),
        (
            "The report was written by Eamon Fahy and Caoimhe Nolan last year.",
            Lang::En,
            "Caoimhe Nolan",
            Some(EntityKind::Person),
        ),
        (
            "The report was written by Eamon Fahy and Caoimhe Nolan last year.",
            Lang::En,
            "Eamon Fahy",
            Some(EntityKind::Person),
        ),
    ]);
}

#[test]
fn an_acronym_in_brackets_after_a_body_is_that_body() {
    // letters that are not the name's initials: the brackets say it
    let blocks = [
        "The Harbour Pilots Union of Tarvik (HPUT) said it would strike.",
        "The Kessler Marine Biology Institute (Kemabi) published its survey.",
        "HPUT members voted on Friday; Kemabi declined to comment.",
    ];
    assert_eq!(
        names(&blocks, Lang::En, EntityKind::Organization),
        [
            one("Harbour Pilots Union of Tarvik", &["HPUT"]),
            one("Kessler Marine Biology Institute", &["Kemabi"]),
        ]
    );
    // after a person's name, brackets hold their party, not their name
    let blocks = ["Fiona Dunlop (SNP) asked the question. The SNP later said it agreed."];
    let orgs = names(&blocks, Lang::En, EntityKind::Organization);
    assert_eq!(orgs, [one("Scottish National Party", &["SNP"])]);
}

#[test]
fn a_lone_capitalised_word_written_lowercase_as_often_is_no_name() {
    let blocks = [
        "Tenants gathered outside the town hall on Monday.",
        "Many tenants said rents had doubled. Ashcombe Lettings did not comment.",
        "The council said Ashcombe Lettings had been warned.",
    ];
    let orgs = names(&blocks, Lang::En, EntityKind::Organization);
    assert!(orgs.iter().all(|(n, _)| n != "Tenants"), "{orgs:?}");
    // a name the article never writes in lowercase stays
    let blocks = [
        "Analysts said Tarvek cut 200 jobs on Monday.",
        "Tarvek had warned of cuts in March.",
    ];
    let orgs = names(&blocks, Lang::En, EntityKind::Organization);
    assert!(orgs.iter().any(|(n, _)| n == "Tarvek"), "{orgs:?}");
}

#[test]
fn the_closing_words_of_a_body_s_name_are_that_body() {
    let blocks = [
        "The Nevada Department of Justice opened an inquiry. The Department of Justice said \
         it would report in May.",
    ];
    assert_eq!(
        names(&blocks, Lang::En, EntityKind::Organization),
        [one(
            "Nevada Department of Justice",
            &["Department of Justice"]
        )]
    );
    // a word before them that says neither where nor what: another body
    let blocks =
        ["The Social Liberal Alliance won nine seats. The Liberal Alliance won four seats."];
    let orgs = names(&blocks, Lang::En, EntityKind::Organization);
    assert!(orgs.iter().all(|(_, a)| a.is_empty()), "{orgs:?}");
}

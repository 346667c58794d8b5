//! Well-known organisations and places of the gazetteers (general knowledge, one of each
//! category) are found with the right kind in sentences where no cue word gives them away.

use EntityKind::*;
use article_explorer::extract::entities::extract_entities;
use article_explorer::extract::{EntityKind, Lang};

#[test]
fn gazetteer_names_get_their_kind() {
    let cases: &[(Lang, &str, &str, EntityKind)] = &[
        // listed companies
        (
            Lang::En,
            "Shares in Beiersdorf fell on Tuesday after the results.",
            "Beiersdorf",
            Organization,
        ),
        (
            Lang::Fr,
            "Les ventes de Hisense ont progressé cette année en Europe.",
            "Hisense",
            Organization,
        ),
        // news agencies and media
        (
            Lang::En,
            "The minister told Yonhap that talks would resume.",
            "Yonhap",
            Organization,
        ),
        // public bodies
        (
            Lang::Fr,
            "Selon l’Ineris, les rejets ont nettement baissé.",
            "Ineris",
            Organization,
        ),
        // political parties
        (
            Lang::Fr,
            "Le Fidesz a remporté la majorité des sièges.",
            "Fidesz",
            Organization,
        ),
        // universities
        (
            Lang::En,
            "Researchers from the Technion published the study.",
            "Technion",
            Organization,
        ),
        // towns and cities
        (
            Lang::Fr,
            "Des frappes ont visé Kramatorsk dans la nuit.",
            "Kramatorsk",
            Place,
        ),
        // straits and seas
        (
            Lang::En,
            "Tankers crossing the Dardanelles were delayed.",
            "Dardanelles",
            Place,
        ),
        // second batch: francophone Africa, Belgium, Ireland, Kenya, Australia
        (
            Lang::En,
            "Shares in Safaricom rose after the results.",
            "Safaricom",
            Organization,
        ),
        (
            Lang::Fr,
            "Selon Hespress, le ministre a démissionné.",
            "Hespress",
            Organization,
        ),
        (
            Lang::Fr,
            "Le Pastef a remporté les législatives.",
            "Pastef",
            Organization,
        ),
        (
            Lang::En,
            "The Oireachtas passed the bill on Thursday.",
            "Oireachtas",
            Organization,
        ),
        (
            Lang::Fr,
            "Kasserine reste paralysée par la grève.",
            "Kasserine",
            Place,
        ),
        (
            Lang::Fr,
            "Schaerbeek et Uccle ont voté contre le projet.",
            "Schaerbeek",
            Place,
        ),
        (
            Lang::En,
            "Floods hit Toowoomba overnight.",
            "Toowoomba",
            Place,
        ),
        // third batch: international agencies, sports bodies, regulators, companies, places
        (
            Lang::Fr,
            "Selon la Cnuced, les échanges ont ralenti.",
            "Cnuced",
            Organization,
        ),
        (
            Lang::En,
            "The ruling was appealed to the Rugby Football Union.",
            "Rugby Football Union",
            Organization,
        ),
        (
            Lang::En,
            "Shares in Sibanye-Stillwater fell sharply.",
            "Sibanye-Stillwater",
            Organization,
        ),
        (
            Lang::Fr,
            "Le Lowy Institute a publié son classement.",
            "Lowy Institute",
            Organization,
        ),
        (
            Lang::En,
            "Snow closed roads around Palmerston North.",
            "Palmerston North",
            Place,
        ),
        (
            Lang::Fr,
            "La crue a touché Shawinigan et Victoriaville.",
            "Shawinigan",
            Place,
        ),
    ];
    let mut wrong = Vec::new();
    for (lang, text, name, kind) in cases {
        let ents = extract_entities(&[text], *lang);
        let found = ents
            .iter()
            .find(|e| e.name == *name || e.aliases.iter().any(|a| a == name));
        if found.map(|e| e.kind) != Some(*kind) {
            let got: Vec<_> = ents.iter().map(|e| (e.name.clone(), e.kind)).collect();
            wrong.push(format!("{name} in {text:?}: {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A name the gazetteer writes with a straight apostrophe is shown as the text writes it.
#[test]
fn gazetteer_names_take_the_texts_apostrophe() {
    for (lang, text, want) in [
        (
            Lang::Fr,
            "Le Conseil d’État a annulé le décret.",
            "Conseil d’État",
        ),
        (
            Lang::Fr,
            "Le Conseil d'État a annulé le décret.",
            "Conseil d'État",
        ),
        (
            Lang::Fr,
            "Selon le ministère de l’Intérieur, le bilan s’alourdit.",
            "ministère de l’Intérieur",
        ),
    ] {
        let ents = extract_entities(&[text], lang);
        let names: Vec<_> = ents.iter().map(|e| (e.name.as_str(), e.kind)).collect();
        assert!(names.contains(&(want, Organization)), "{text}: {names:?}");
    }
}

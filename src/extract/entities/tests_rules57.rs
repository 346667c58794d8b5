//! Round 44 (French organisations), one test per class: an acronym in brackets with the place
//! it serves ("(ABC Québec)") spells the name before it and is its alias, as is "ABC X"
//! later; a news agency credited at the end of a byline; a facility's owner when its town
//! follows (", à Y"); local and regional bodies (a Belgian province's council, an
//! intercommunal body, a people's council of a place the gazetteer does not know); a firm
//! named by a trade's plural, its lowercase adjective and its own name. Guards after each
//! class.

use super::tests_merge::{aliases, check_found};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn round44_an_acronym_with_its_place_in_brackets_spells_the_name_before_it() {
    check_found(&[
        (
            &[
                "Selon Léa Vachon, biologiste à la Société pour la conservation et les rivières (SCR Québec), le projet reste fragile.",
            ],
            Lang::Fr,
            Organization,
            "Société pour la conservation et les rivières",
            true,
        ),
        (
            &["L’Agence régionale de la pêche (ARP Bretagne) a fermé trois gisements."],
            Lang::Fr,
            Organization,
            "Agence régionale de la pêche",
            true,
        ),
        (
            &["The Society for Quiet Harbours (SQH Scotland) objected to the plan."],
            Lang::En,
            Organization,
            "Society for Quiet Harbours",
            true,
        ),
        // the place inside the brackets is no mention of its own
        (
            &["L’Agence régionale de la pêche (ARP Bretagne) a fermé trois gisements."],
            Lang::Fr,
            Place,
            "Bretagne",
            false,
        ),
        // guard: a place alone in brackets after a name stays a place
        (
            &["Le maire de Ravelle (Bretagne) a démissionné."],
            Lang::Fr,
            Place,
            "Bretagne",
            true,
        ),
    ]);
    // letters by syllables ("MO" of "montagne"): the alias all the same
    assert_eq!(
        aliases(
            &[
                "Le Collectif pour la montagne et les torrents (CMOT Québec) a publié un avis mardi."
            ],
            Lang::Fr,
            "Collectif pour la montagne et les torrents"
        ),
        Some(vec!["CMOT Québec".to_string()])
    );
    assert_eq!(
        aliases(
            &[
                "Selon la Société pour la conservation et les rivières (SCR Québec), le projet reste fragile."
            ],
            Lang::Fr,
            "Société pour la conservation et les rivières"
        ),
        Some(vec!["SCR Québec".to_string()])
    );
}

#[test]
fn round44_an_acronym_then_a_known_place_is_the_body_it_spells() {
    let blocks = [
        "L’Agence régionale de santé (ARS) a fermé la plage de Vieux-Bourg.",
        "Mardi, ARS Martinique a confirmé la mesure.",
    ];
    let got = aliases(&blocks, Lang::Fr, "Agence régionale de santé").unwrap_or_default();
    assert!(got.contains(&"ARS Martinique".to_string()), "{got:?}");
    // guard: an acronym then a word that is no place stays apart
    let blocks = [
        "L’Agence régionale de santé (ARS) a fermé la plage.",
        "Mardi, ARS Conseil a publié son rapport.",
    ];
    let got = aliases(&blocks, Lang::Fr, "Agence régionale de santé").unwrap_or_default();
    assert!(!got.contains(&"ARS Conseil".to_string()), "{got:?}");
}

#[test]
fn round44_an_agency_credited_in_a_byline_is_an_organisation() {
    check_found(&[
        (
            &[
                "Par Odile Ferrand, avec Tavornews",
                "Le circuit est fermé depuis lundi.",
            ],
            Lang::Fr,
            Organization,
            "Tavornews",
            true,
        ),
        (
            &[
                "By Tom Hale, with Wirecast",
                "The circuit has been shut since Monday.",
            ],
            Lang::En,
            Organization,
            "Wirecast",
            true,
        ),
        (
            &[
                "Par Odile Ferrand et Luc Tessier, avec Belga",
                "Trois pistes restent interdites.",
            ],
            Lang::Fr,
            Organization,
            "Belga",
            true,
        ),
        // guard: a co-author after "with" is a person
        (
            &[
                "By Tom Hale, with Anna Berg",
                "The circuit has been shut since Monday.",
            ],
            Lang::En,
            Organization,
            "Anna Berg",
            false,
        ),
        (
            &[
                "By Tom Hale, with Anna Berg",
                "The circuit has been shut since Monday.",
            ],
            Lang::En,
            Person,
            "Anna Berg",
            true,
        ),
    ]);
}

#[test]
fn round44_a_facility_with_its_town_after_it_is_named_after_its_owner() {
    check_found(&[
        (
            &["Les ouvriers de la scierie de Boisvernal, à Sainte-Odile, ont voté la grève."],
            Lang::Fr,
            Organization,
            "Boisvernal",
            true,
        ),
        (
            &["Il visite l’usine de Castelbois, à Mirecourt, demain."],
            Lang::Fr,
            Organization,
            "Castelbois",
            true,
        ),
        (
            &["La fromagerie de Valmorel, à Annecy, a fermé."],
            Lang::Fr,
            Organization,
            "Valmorel",
            true,
        ),
        (
            &["Les ouvriers de la scierie de Boisvernal, à Sainte-Odile, ont voté la grève."],
            Lang::Fr,
            Place,
            "Boisvernal",
            false,
        ),
        // guards: a facility with no town after it is named after its town
        (
            &["L’usine de Tarnos emploie 300 personnes."],
            Lang::Fr,
            Place,
            "Tarnos",
            true,
        ),
        (
            &["La fromagerie de Valmorel a fermé."],
            Lang::Fr,
            Organization,
            "Valmorel",
            false,
        ),
    ]);
}

#[test]
fn round44_local_and_regional_bodies_named_after_their_place() {
    check_found(&[
        (
            &["Le collège attend le soutien de la Province du Hainaut pour rénover l’école."],
            Lang::Fr,
            Organization,
            "Province du Hainaut",
            true,
        ),
        (
            &["Le collège attend le soutien de la Province du Hainaut pour rénover l’école."],
            Lang::Fr,
            Place,
            "Hainaut",
            false,
        ),
        (
            &[
                "La mairie a demandé l’aide de la communauté de communes de Belle-Rive et du conseil départemental.",
            ],
            Lang::Fr,
            Organization,
            "communauté de communes de Belle-Rive",
            true,
        ),
        (
            &["La communauté d’agglomération du Grand Albret a voté le budget."],
            Lang::Fr,
            Organization,
            "communauté d’agglomération du Grand Albret",
            true,
        ),
        (
            &["Dans un communiqué, le Conseil des Naskapis de Tikuanish réclame une enquête."],
            Lang::Fr,
            Organization,
            "Conseil des Naskapis de Tikuanish",
            true,
        ),
        (
            &["Selon le Conseil des Atikamekw de Manawan, la route doit fermer."],
            Lang::Fr,
            Organization,
            "Conseil des Atikamekw de Manawan",
            true,
        ),
        // guards: the territory in lowercase, an area, the people of a place
        (
            &["La province de Namur compte 500 000 habitants."],
            Lang::Fr,
            Place,
            "Namur",
            true,
        ),
        (
            &["Dans la région de Namur, il pleut depuis lundi."],
            Lang::Fr,
            Place,
            "Namur",
            true,
        ),
        (
            &["La communauté de Belle-Rive s’est rassemblée devant l’église."],
            Lang::Fr,
            Organization,
            "communauté de Belle-Rive",
            false,
        ),
    ]);
}

#[test]
fn round44_a_trades_plural_its_adjective_and_a_name_are_one_firm() {
    check_found(&[
        (
            &["Les camions de Produits forestiers Ravelot quittent le chantier à l’aube."],
            Lang::Fr,
            Organization,
            "Produits forestiers Ravelot",
            true,
        ),
        (
            &["Les Transports frigorifiques Lavoie ont signé le contrat."],
            Lang::Fr,
            Organization,
            "Transports frigorifiques Lavoie",
            true,
        ),
        (
            &["Il a vendu l’entrepôt à Matériaux de construction Brassard Ouellet en mars."],
            Lang::Fr,
            Organization,
            "Matériaux de construction Brassard Ouellet",
            true,
        ),
        (
            &["Le contrat revient à Services pétroliers Gauthier, selon la ville."],
            Lang::Fr,
            Person,
            "Gauthier",
            false,
        ),
        // guards: a sentence opening on a plural noun, a lowercase word after the adjective
        (
            &["Produits frais et légumes arrivent au marché de Tourville."],
            Lang::Fr,
            Organization,
            "Produits frais",
            false,
        ),
        (
            &["Produits locaux : Tourville ouvre un marché le samedi."],
            Lang::Fr,
            Organization,
            "Produits locaux Tourville",
            false,
        ),
    ]);
}

//! One table case per rule of round 34 (organisations, English and general): a court's
//! circuit, district or division is part of its name and "in" after it gives its seat; "in"
//! after "of" and a known place gives a body's town; two surnames before "and" and a
//! partnership's closing word make one firm; a firm named again by its own words (no trade's
//! word, no legal form) is that firm; a compass word closing a firm's name stays in it; a
//! hyphenated word gives an acronym one letter for each capitalised part.
//! Guards: no complement of a plain "for"; a name that holds "in" with no place after it; a
//! person, then a firm; a person's surname that a firm's name holds; a compass word with no
//! firm's evidence.

use super::tests_merge::{Case, check_found, check_merged, names};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round34_a_courts_circuit_or_district_is_part_of_its_name() {
    check_found(&[
        (
            &[
                "The insurer took its case to the U.S. Court of Appeals for the Fourth Circuit in Richmond on Monday.",
            ],
            Lang::En,
            Organization,
            "U.S. Court of Appeals for the Fourth Circuit",
            true,
        ),
        (
            &[
                "A judge of the US District Court for the Eastern District of Virginia threw out the claim.",
            ],
            Lang::En,
            Organization,
            "US District Court for the Eastern District of Virginia",
            true,
        ),
        (
            &[
                "The miller filed for protection in the Bankruptcy Court for the District of Columbia last year.",
            ],
            Lang::En,
            Organization,
            "Bankruptcy Court for the District of Columbia",
            true,
        ),
        (
            &[
                "The patent dispute went to the Court of Appeals for the Federal Circuit, which sent it back.",
            ],
            Lang::En,
            Organization,
            "Court of Appeals for the Federal Circuit",
            true,
        ),
        // a court's seat after "in" is no part of its name
        (
            &["The Court of Appeals in Halden ruled for the tenants on Friday."],
            Lang::En,
            Organization,
            "Court of Appeals",
            true,
        ),
        // guards: "for" and a plain complement, or a possessive, is no seat
        (
            &["He thanked the District Court for the District’s patience."],
            Lang::En,
            Organization,
            "District Court for the District",
            false,
        ),
        (
            &["He thanked the Supreme Court for the speed of its ruling."],
            Lang::En,
            Organization,
            "Supreme Court",
            true,
        ),
    ]);
}

#[test]
fn rules_round34_in_after_of_and_a_place_gives_the_town() {
    check_found(&[
        (
            &[
                "Sara Lind, a chemist at the University of Ohio in Tallowford, said the samples were clean.",
            ],
            Lang::En,
            Organization,
            "University of Ohio",
            true,
        ),
        (
            &[
                "Sara Lind, a chemist at the University of Ohio in Tallowford, said the samples were clean.",
            ],
            Lang::En,
            Organization,
            "University of Ohio in Tallowford",
            false,
        ),
        // guard: a name that holds "in" with no place before it
        (
            &[
                "Sara Lind, a chemist at the Institute of Women in Science, said the samples were clean.",
            ],
            Lang::En,
            Organization,
            "Institute of Women in Science",
            true,
        ),
    ]);
}

#[test]
fn rules_round34_two_surnames_and_a_closer_make_one_firm() {
    check_found(&[
        (
            &[
                "Aled Rhys, a partner at the Cardiff law firm Quennell Treharne and Vyse LLP, said the appeal would fail.",
            ],
            Lang::En,
            Organization,
            "Quennell Treharne and Vyse LLP",
            true,
        ),
        // guard: a person, then a firm
        (
            &["Claire Dumont and Brenner LLP disagreed over the fee."],
            Lang::En,
            Person,
            "Claire Dumont",
            true,
        ),
        (
            &["Claire Dumont and Brenner LLP disagreed over the fee."],
            Lang::En,
            Organization,
            "Claire Dumont and Brenner LLP",
            false,
        ),
    ]);
}

#[test]
fn rules_round34_a_firm_named_again_by_its_own_words() {
    let cases: &[Case] = &[
        (
            &[
                "Les Ateliers Ronsard SA ont fermé leur usine.",
                "Le directeur de Ronsard a parlé aux salariés.",
            ],
            Lang::Fr,
            Organization,
            "Ateliers Ronsard SA",
            &["Ronsard"],
        ),
        (
            &[
                "Brasserie Kolvane inc. a été vendue en mai.",
                "La présidente de Kolvane, Anne Dubé, a confirmé la vente.",
            ],
            Lang::Fr,
            Organization,
            "Brasserie Kolvane inc.",
            &["Kolvane"],
        ),
        // guard: the surname of a person named in full stays the person's
        (
            &[
                "Jean Martin a fondé Transports Martin SA en 1990.",
                "Martin a dit que tout allait bien.",
            ],
            Lang::Fr,
            Organization,
            "Transports Martin SA",
            &[],
        ),
    ];
    check_merged(cases);
}

#[test]
fn rules_round34_a_compass_word_closing_a_firms_name() {
    check_found(&[
        (
            &["Les Fonderies Vaudrel Ouest, une entreprise familiale, embauchent vingt soudeurs."],
            Lang::Fr,
            Organization,
            "Fonderies Vaudrel Ouest",
            true,
        ),
        (
            &["Last year Brisket Freight North, a family firm, bought six lorries."],
            Lang::En,
            Organization,
            "Brisket Freight North",
            true,
        ),
        // guards: a trade's plural with no legal form after; a noun of organisations inside
        // a hyphenated word ("company-run") is no firm's apposition
        (
            &["Ambulances Corvette North were sent to the crash."],
            Lang::En,
            Organization,
            "Ambulances Corvette North",
            false,
        ),
        (
            &["Les Charpentes Morvel Est ont fermé leurs portes."],
            Lang::Fr,
            Organization,
            "Charpentes Morvel Est",
            false,
        ),
        (
            &["Pupils at Greyfields Academy West, a company-run school, sat exams."],
            Lang::En,
            Organization,
            "Greyfields Academy West",
            false,
        ),
        // guard: no trade's word first, no apposition after: no firm's compass word
        (
            &["Last year Brisket Freight North bought six lorries."],
            Lang::En,
            Organization,
            "Brisket Freight North",
            false,
        ),
    ]);
}

#[test]
fn rules_round34_a_hyphenated_word_spells_its_parts() {
    check_found(&[
        (
            &["Members of the Federation of Wales’s Hill-Farmers (FWHF) met on Monday."],
            Lang::En,
            Organization,
            "Federation of Wales’s Hill-Farmers",
            true,
        ),
        // guard: plain initials still spell a name with a hyphenated word
        (
            &["L’Union des Franco-Ontariens (UF) a tenu son congrès samedi."],
            Lang::Fr,
            Organization,
            "Union des Franco-Ontariens",
            true,
        ),
    ]);
}

#[test]
fn rules_round34_a_name_clipped_to_its_words_openings() {
    let cases: &[Case] = &[
        (
            &[
                "The Tarnside Coalition of Growers and Millers met on Monday.",
                "TACOGM said prices had doubled.",
            ],
            Lang::En,
            Organization,
            "Tarnside Coalition of Growers and Millers",
            &["TACOGM"],
        ),
        (
            &[
                "Ferries are run by Halbrook Marwenna Ltd for the islands.",
                "HalMar said two ships would be repaired.",
            ],
            Lang::En,
            Organization,
            "Halbrook Marwenna Ltd",
            &["HalMar"],
        ),
        (
            &[
                "La Fédération des Producteurs Sylvicoles a répondu mardi.",
                "Selon FedProSyl, les prix ont chuté.",
            ],
            Lang::Fr,
            Organization,
            "Fédération des Producteurs Sylvicoles",
            &["FedProSyl"],
        ),
    ];
    check_merged(cases);
    // guard: two names it could clip: neither
    let blocks = &[
        "Halbrook Marwenna Ltd and Halden Marsh Ltd were fined.",
        "HalMar said it would appeal.",
    ];
    let got = names(blocks, Lang::En, Organization);
    assert!(got.iter().all(|(_, a)| a.is_empty()), "{got:?}");
}

#[test]
fn rules_round34_a_clipped_name_is_found_in_polynomial_work() {
    use super::merge::acronyms::clipped_from;
    // forty words of one letter and a failing last letter: every split of the letters fails,
    // which a search over the splits would take longer than the universe to find out
    let words = vec!["aaaaaaaaaa"; 40];
    let failing = format!("{}z", "a".repeat(60));
    assert!(!clipped_from(&failing, &words));
    assert!(clipped_from(&"a".repeat(60), &words));
    assert!(!clipped_from(&"a".repeat(39), &words));
    assert!(!clipped_from(&"a".repeat(401), &words));
    assert!(clipped_from("lanroc", &["lanner", "rocklow"]));
    assert!(!clipped_from("lanrocx", &["lanner", "rocklow"]));
    // the whole article: a long name, then a word of its letters that does not fit
    let name = vec!["Aaaaaaaaaa"; 16].join(" ");
    let blocks = [
        format!("The {name} Guild met on Tuesday."),
        format!(
            "A{}A{}z said it would appeal.",
            "a".repeat(19),
            "a".repeat(19)
        ),
    ];
    let blocks: Vec<&str> = blocks.iter().map(String::as_str).collect();
    let got = names(&blocks, Lang::En, Organization);
    assert!(got.iter().all(|(_, a)| a.is_empty()), "{got:?}");
}

#[test]
fn rules_round34_a_persons_surname_is_no_clipped_name() {
    // a person named in full, then by a surname with a capital inside, then a firm whose
    // words' openings spell that surname: the surname stays the person's
    let blocks: &[(&[&str], Lang, &str, &str)] = &[
        (
            &[
                "Marla DeWinter chaired the hearing.",
                "DeWinter said Delmore Winterby Ltd had paid.",
            ],
            Lang::En,
            "Marla DeWinter",
            "Delmore Winterby Ltd",
        ),
        (
            &[
                "Odile LeBrasseur préside le jury.",
                "LeBrasseur a dit que Lebon Brasseurand SA avait menti.",
            ],
            Lang::Fr,
            "Odile LeBrasseur",
            "Lebon Brasseurand SA",
        ),
    ];
    for (text, lang, person, firm) in blocks {
        let people = names(text, *lang, Person);
        assert!(people.iter().any(|(n, _)| n == person), "{people:?}");
        let firms = names(text, *lang, Organization);
        assert!(
            firms
                .iter()
                .all(|(n, a)| n != person && (n != firm || a.is_empty())),
            "{firms:?}"
        );
    }
    // a surname's particle before the inner capital: a person's name, not a clipping
    let text = &[
        "McAllister won the seat.",
        "Later, Mcalder Listerton Group paid McAllister.",
    ];
    let firms = names(text, Lang::En, Organization);
    assert!(firms.iter().all(|(_, a)| a.is_empty()), "{firms:?}");
}

#[test]
fn rules_round34_a_town_is_no_first_partner() {
    // a known town before a surname, "and"/"et" and a firm's closer: a place, then a firm
    check_found(&[
        (
            &["Leeds Brown and Gray LLP filed suit on Monday."],
            Lang::En,
            Organization,
            "Leeds Brown and Gray LLP",
            false,
        ),
        (
            &["Leeds Brown and Gray LLP filed suit on Monday."],
            Lang::En,
            Place,
            "Leeds",
            true,
        ),
        (
            &["Hier, Lyon Morel et Vidal Avocats a déposé plainte."],
            Lang::Fr,
            Organization,
            "Lyon Morel et Vidal Avocats",
            false,
        ),
    ]);
}

#[test]
fn rules_round34_a_courts_sitting_is_no_seat() {
    // "in Chambers" after a court names how it sits, not a place
    check_found(&[
        (
            &["Judges of the Court of Appeal in Chambers refused leave to the Varrow family."],
            Lang::En,
            Place,
            "Chambers",
            false,
        ),
        (
            &["The Court of Appeal in Chambers heard the Pellmore case."],
            Lang::En,
            Place,
            "Chambers",
            false,
        ),
    ]);
}

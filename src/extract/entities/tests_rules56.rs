//! Round 44 (organisations), one table per class: a known place glued to a body's name is part
//! of it (a court "of Appeals", a plural group noun, a grade's number inside a facility's name); a body's name,
//! "of" and a known place are one body, its listed short form that body again; an acronym
//! that leaves out the opening place; a known body's short name opening another body's name;
//! a person's name never crosses "of the"; "Friends of X" is a group. Guards after each class.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn orgs44_a_place_glued_to_a_body_is_part_of_it() {
    check_found(&[
        (
            &["The Ohio Court of Appeals upheld the fine."],
            Lang::En,
            Organization,
            "Ohio Court of Appeals",
            true,
        ),
        (
            &["The Ohio Court of Appeals upheld the fine."],
            Lang::En,
            Place,
            "Ohio",
            false,
        ),
        (
            &["A stay came late from the Wyoming Court of Criminal Appeals."],
            Lang::En,
            Organization,
            "Wyoming Court of Criminal Appeals",
            true,
        ),
        (
            &["Oregon Clean Water Advocates filed suit on Monday."],
            Lang::En,
            Organization,
            "Oregon Clean Water Advocates",
            true,
        ),
        (
            &["Members of Scotland Wildlife Defenders marched."],
            Lang::En,
            Organization,
            "Scotland Wildlife Defenders",
            true,
        ),
        (
            &["Nurses at Garissa Level 4 Hospital walked out."],
            Lang::En,
            Organization,
            "Garissa Level 4 Hospital",
            true,
        ),
        // guards
        (
            &["Texas Governor Dolores Vance spoke."],
            Lang::En,
            Organization,
            "Texas Governor Dolores Vance",
            false,
        ),
        (
            &["Ohio officials said the road was shut."],
            Lang::En,
            Organization,
            "Ohio",
            false,
        ),
        (
            &["He reached Level 5 Friday."],
            Lang::En,
            Organization,
            "Level 5",
            false,
        ),
    ]);
}

#[test]
fn orgs44_b_a_body_of_a_known_place_is_one_body() {
    check_found(&[
        (
            &["A ruling by the Fisheries Council of Portugal came first."],
            Lang::En,
            Organization,
            "Fisheries Council of Portugal",
            true,
        ),
        (
            &["Objections came from the Engineers Board of Ghana."],
            Lang::En,
            Organization,
            "Engineers Board of Ghana",
            true,
        ),
        (
            &["Only the Land Court of Malawi sat that day."],
            Lang::En,
            Organization,
            "Land Court of Malawi",
            true,
        ),
        (
            &[
                "The Supreme Court of Vermont heard the plea.",
                "Its ruling came when the Supreme Court met again.",
            ],
            Lang::En,
            Organization,
            "Supreme Court",
            false,
        ),
        // guards: a title's "of", two supreme courts named
        (
            &["He is Chief Justice of Malawi now."],
            Lang::En,
            Organization,
            "Chief Justice of Malawi",
            false,
        ),
        (
            &["Officials said the President of Ghana spoke."],
            Lang::En,
            Organization,
            "President of Ghana",
            false,
        ),
        (
            &[
                "The Supreme Court of Vermont sat.",
                "The Supreme Court of Idaho differed.",
                "What the Supreme Court meant was unclear.",
            ],
            Lang::En,
            Organization,
            "Supreme Court",
            true,
        ),
    ]);
}

#[test]
fn orgs44_c_an_acronym_leaving_out_the_opening_place() {
    let found = |text: &[&str], name: &str, alias: &str| {
        let ents = super::extract_entities(text, Lang::En);
        ents.iter()
            .any(|e| e.name == name && e.aliases.iter().any(|a| a == alias))
    };
    assert!(found(
        &[
            "The Nevada Department of Wildlife Resources issued a permit.",
            "The DWR said it would review it."
        ],
        "Nevada Department of Wildlife Resources",
        "DWR"
    ));
    assert!(found(
        &[
            "The Oregon Department of Transportation closed the road.",
            "The DOT said it would reopen."
        ],
        "Oregon Department of Transportation",
        "DOT"
    ));
    assert!(found(
        &["The Idaho Department of Fish Resources (DFR) closed the lake."],
        "Idaho Department of Fish Resources",
        "DFR"
    ));
    // guards: the acronym spelling the place too, a country's body apart
    assert!(found(
        &[
            "The Ohio Department of Transportation closed the road.",
            "ODOT said it would reopen."
        ],
        "Ohio Department of Transportation",
        "ODOT"
    ));
    check_found(&[(
        &["The US Food and Drug Administration (FDA) approved it."],
        Lang::En,
        Organization,
        "US Food and Drug Administration",
        false,
    )]);
}

#[test]
fn orgs44_d_a_known_short_name_opening_another_body() {
    check_found(&[
        (
            &["The Labour Arbitration Court set a date."],
            Lang::En,
            Organization,
            "Labour Arbitration Court",
            true,
        ),
        (
            &["The Labour Arbitration Court set a date."],
            Lang::En,
            Organization,
            "Labour Party",
            false,
        ),
        // guards
        (
            &["Labour won the vote in Hartlepool."],
            Lang::En,
            Organization,
            "Labour Party",
            true,
        ),
        (
            &["Officials said the Green Party won."],
            Lang::En,
            Organization,
            "Green Party",
            true,
        ),
    ]);
}

#[test]
fn orgs44_e_a_person_stops_before_of_the_body() {
    check_found(&[
        (
            &[
                "The notice was set aside by Justice Adaeze Nwosu Obi of the Fisheries and Harbours Court.",
            ],
            Lang::En,
            Organization,
            "Fisheries and Harbours Court",
            true,
        ),
        (
            &[
                "The notice was set aside by Justice Adaeze Nwosu Obi of the Fisheries and Harbours Court.",
            ],
            Lang::En,
            Person,
            "Adaeze Nwosu Obi",
            true,
        ),
        (
            &["Judge Peter Brady of the Mining and Quarries Court sat alone."],
            Lang::En,
            Organization,
            "Mining and Quarries Court",
            true,
        ),
        // guards
        (
            &["According to John Tilley of the University of Dunmore, turnout fell."],
            Lang::En,
            Person,
            "John Tilley",
            true,
        ),
        (
            &["Mary Smith of the Otter Trust gave the figures."],
            Lang::En,
            Organization,
            "Otter Trust",
            true,
        ),
    ]);
}

#[test]
fn orgs44_f_friends_of_a_place_are_a_group() {
    check_found(&[
        (
            &["A suit was filed by Friends of Tanmoor Lake."],
            Lang::En,
            Organization,
            "Friends of Tanmoor Lake",
            true,
        ),
        (
            &["Friends of the Ohio River said so."],
            Lang::En,
            Organization,
            "Friends of the Ohio River",
            true,
        ),
        (
            &["Friends of the Ohio River said so."],
            Lang::En,
            Place,
            "Ohio River",
            false,
        ),
        (
            &["Les Amis de la Loire ont porté plainte."],
            Lang::Fr,
            Organization,
            "Amis de la Loire",
            true,
        ),
        // guards
        (
            &["Friends of mine came to the fair."],
            Lang::En,
            Organization,
            "Friends",
            false,
        ),
        (
            &["Members of Friends of the Earth protested."],
            Lang::En,
            Organization,
            "Friends of the Earth",
            true,
        ),
    ]);
}

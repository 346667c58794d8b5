//! Round 58 (q58en3): names a body's own words make whole: a region's adjective opening a
//! regional body's name or a region's ("Western Valley Legal Aid", "Eastern Plains ranchers", "the
//! Mid-Shore"), a listed body and a division of it ("the U.S. Army Corps of …"), a body named in
//! its own language after a known place ("the Jaipur Kapda Vyapari Sangh").

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q58en3_a_region_adjective_opens_a_regional_body() {
    let a = "Western Valley Legal Aid won the appeal for the tenants last week.";
    let b = "The Eastern Hills Law Center took up the case.";
    let c = "Southern Marsh Legal Aid filed the complaint on Monday.";
    let d = "Riders complained to Northern Fen Transit about the fares.";
    check_found(&[
        (
            &[a],
            Lang::En,
            Organization,
            "Western Valley Legal Aid",
            true,
        ),
        (&[a], Lang::En, Place, "Valley Legal Aid", false),
        (
            &[b],
            Lang::En,
            Organization,
            "Eastern Hills Law Center",
            true,
        ),
        (&[b], Lang::En, Place, "Eastern Hills Law Center", false),
        (
            &[c],
            Lang::En,
            Organization,
            "Southern Marsh Legal Aid",
            true,
        ),
        (&[d], Lang::En, Organization, "Northern Fen Transit", true),
        // guards: bodies already whole stay so
        (
            &["Southern Plains Legal Services filed the complaint."],
            Lang::En,
            Organization,
            "Southern Plains Legal Services",
            true,
        ),
        (
            &["The Upper Basin Transit board met on Tuesday."],
            Lang::En,
            Organization,
            "Upper Basin Transit",
            true,
        ),
    ]);
}

#[test]
fn rules_q58en3_a_compass_adjective_and_a_land_noun_name_a_region() {
    let a = "Several Eastern Plains ranchers protested outside the courthouse on Friday.";
    let b = "Farmers from the Western Slope told reporters they were worried.";
    let c = "Voters in the Eastern Coast backed the measure.";
    let d = "Mary Holt, whose seat covers much of the Mid-Valley, said the plan was unfair.";
    let e = "Lena Marsh, who speaks for much of the Mid-Coast, voted no.";
    check_found(&[
        (&[a], Lang::En, Place, "Eastern Plains", true),
        (&[b], Lang::En, Place, "Western Slope", true),
        (&[c], Lang::En, Place, "Eastern Coast", true),
        (&[d], Lang::En, Place, "Mid-Valley", true),
        (&[e], Lang::En, Place, "Mid-Coast", true),
        // guards: a league's half, a court's district and a bank are no region
        (
            &["The Eastern Conference final starts tonight."],
            Lang::En,
            Place,
            "Eastern Conference",
            false,
        ),
        (
            &["Prosecutors in the Southern District said the case was closed."],
            Lang::En,
            Place,
            "Southern District",
            false,
        ),
        (
            &["Shares in Northern Rock fell again."],
            Lang::En,
            Place,
            "Northern Rock",
            false,
        ),
    ]);
}

#[test]
fn rules_q58en3_a_listed_body_and_its_division_are_one_body() {
    let a = "The U.S. Army Corps of Engineers said it would review the permit.";
    let b = "The Royal Navy Division of Hydrography published the chart.";
    let c =
        "The French Army said the drill was routine, and the U.S. Army Corps of Engineers agreed.";
    check_found(&[
        (
            &[a],
            Lang::En,
            Organization,
            "U.S. Army Corps of Engineers",
            true,
        ),
        (&[a], Lang::En, Organization, "US Army", false),
        (
            &[b],
            Lang::En,
            Organization,
            "Royal Navy Division of Hydrography",
            true,
        ),
        (&[b], Lang::En, Organization, "Royal Navy", false),
        (
            &[c],
            Lang::En,
            Organization,
            "U.S. Army Corps of Engineers",
            true,
        ),
        // guards: the listed body named alone, and a reserve after it, stay as they were
        (
            &["Workers of the U.S. Army said they had not been paid."],
            Lang::En,
            Organization,
            "US Army",
            true,
        ),
        (
            &["The U.S. Army Reserve sent troops."],
            Lang::En,
            Organization,
            "U.S. Army Reserve",
            true,
        ),
    ]);
}

#[test]
fn rules_q58en3_a_native_body_keeps_the_place_opening_it() {
    let a = "Ravi Kumar, who chairs the Jaipur Kapda Vyapari Sangh, wants a rent freeze.";
    let b = "The Lucknow Rickshaw Chalak Samiti called a strike on Monday.";
    let c = "Members of the Patna Kisan Parishad marched to the office.";
    let d = "Anna Meyer, head of the Hamburg Segelclub Verein, said the race was cancelled.";
    let e = "The Utrecht Fietsers Vereniging opposed the plan.";
    let f = "Le Leipzig Handwerker Verband a publié son rapport mardi.";
    check_found(&[
        (
            &[a],
            Lang::En,
            Organization,
            "Jaipur Kapda Vyapari Sangh",
            true,
        ),
        (&[a], Lang::En, Organization, "Kapda Vyapari Sangh", false),
        (&[a], Lang::En, Person, "Ravi Kumar", true),
        (
            &[b],
            Lang::En,
            Organization,
            "Lucknow Rickshaw Chalak Samiti",
            true,
        ),
        (&[c], Lang::En, Organization, "Patna Kisan Parishad", true),
        (
            &[d],
            Lang::En,
            Organization,
            "Hamburg Segelclub Verein",
            true,
        ),
        (
            &[e],
            Lang::En,
            Organization,
            "Utrecht Fietsers Vereniging",
            true,
        ),
        (
            &[f],
            Lang::Fr,
            Organization,
            "Leipzig Handwerker Verband",
            true,
        ),
        // guards: the place keeps its own mention elsewhere; a body with no known place stays
        (
            &["Officials in Jaipur said the Jaipur Kapda Vyapari Sangh had been consulted."],
            Lang::En,
            Place,
            "Jaipur",
            true,
        ),
        (
            &["Rohit Das, secretary of the Sonpur Bunkar Sangh, said the loans were late."],
            Lang::En,
            Organization,
            "Sonpur Bunkar Sangh",
            true,
        ),
    ]);
}

//! One table case per span rule of round 29b (names cut short, run on or split, counted over
//! held-out sets 3-30): partners' surnames before a firm's closing words or after "law firm";
//! "for" after a partnership's name; "in" before a county; a French regional adjective after a
//! name.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round29_partners_firm() {
    check_found(&[
        // surnames after commas, "and", a last surname and a legal form
        (
            &["The buyer was advised by Marlowe, Tennant and Quist LLP in Toledo, it said."],
            Lang::En,
            Organization,
            "Marlowe, Tennant and Quist LLP",
            true,
        ),
        // a person "of" the firm: two names
        (
            &["“It is settled law,” said Dana Pruitt of Brackley, Baker and Vance LLP on Friday."],
            Lang::En,
            Organization,
            "Brackley, Baker and Vance LLP",
            true,
        ),
        (
            &["“It is settled law,” said Dana Pruitt of Brackley, Baker and Vance LLP on Friday."],
            Lang::En,
            Person,
            "Dana Pruitt",
            true,
        ),
        // two surnames and two firm's words
        (
            &["Receivers from Dunmore and Pellow Advisory LLP took charge of the mill on Monday."],
            Lang::En,
            Organization,
            "Dunmore and Pellow Advisory LLP",
            true,
        ),
        // after "law firm", no closing word
        (
            &["The bank hired the law firm Mensah, Tetteh and Owusu for the sale, it said."],
            Lang::En,
            Organization,
            "Mensah, Tetteh and Owusu",
            true,
        ),
        // French: "le cabinet" and "et"
        (
            &["Le cabinet Ndour, Faye et Sarr défend la société depuis mars."],
            Lang::Fr,
            Organization,
            "Ndour, Faye et Sarr",
            true,
        ),
        // no firm's word and no "firm" before: two names stay two
        (
            &["Talks between Kessler and Brandt ended on Monday, aides said."],
            Lang::En,
            Organization,
            "Kessler and Brandt",
            false,
        ),
    ]);
}

#[test]
fn rules_round29_partnership_before_its_client() {
    check_found(&[(
        &["Lawyers at Ogunleye & Partners for Veltrix advised on the deal, it said."],
        Lang::En,
        Organization,
        "Ogunleye & Partners",
        true,
    )]);
}

#[test]
fn rules_round29_court_in_a_county() {
    let text: &[&str] =
        &["The Ninth District Court of Appeals in Harwell County upheld the ruling on Friday."];
    check_found(&[
        (
            text,
            Lang::En,
            Organization,
            "Ninth District Court of Appeals",
            true,
        ),
        (text, Lang::En, Place, "Harwell County", true),
    ]);
}

#[test]
fn rules_round29_regional_adjective() {
    check_found(&[
        (
            &["Le Parti socialiste vaudois a lancé un référendum contre la loi mardi."],
            Lang::Fr,
            Organization,
            "Parti socialiste vaudois",
            true,
        ),
        (
            &["Les pompiers et la Police cantonale valaisanne sont intervenus dimanche soir."],
            Lang::Fr,
            Organization,
            "Police cantonale valaisanne",
            true,
        ),
        (
            &["Les randonneurs se sont perdus dans le Jura vaudois samedi après-midi."],
            Lang::Fr,
            Place,
            "Jura vaudois",
            true,
        ),
    ]);
}

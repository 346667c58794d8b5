//! Round 68 (classes of errors, each judged on all read sets at once).

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round68_a_land_taken_whole_is_a_place() {
    let whole = "Without a deeper channel, the whole of Kintyre Moss pays the price, he said.";
    check_found(&[
        (&[whole], Lang::En, Place, "Kintyre Moss", true),
        (&[whole], Lang::En, Organization, "Kintyre Moss", false),
        (&[whole], Lang::En, Person, "Kintyre Moss", false),
    ]);
}

#[test]
fn rules_round68_members_titles_and_the_speaker_open_no_name() {
    let speaker = "Nineteen voted against when Speaker Jacob Odhiambo called the division.";
    let mca = "The motion was tabled by MCA Esther Wambui, who told the House it was urgent.";
    // a member's title before three words the gazetteer does not know as a given name
    let mla = "Local Congress MLA Rupa Ram Bhati joined the sit-in on Tuesday.";
    let mcas = "Several ODM MCAs also crossed the floor, the clerk said.";
    let collector = "District Collector Anjali Meena visited the site in the evening.";
    // guards: a title's "of" and no holder after it names no person; "TD Securities" a firm
    let of_house = "The Speaker of the House refused to recall the members.";
    let exchequer = "The Chancellor of the Exchequer refused to comment.";
    let ceo = "The CEO of Apple refused to comment, said Ann Wood.";
    let td = "He joined TD Securities Inc. in Toronto last year.";
    check_found(&[
        (&[speaker], Lang::En, Person, "Jacob Odhiambo", true),
        (
            &[speaker],
            Lang::En,
            Organization,
            "Speaker Jacob Odhiambo",
            false,
        ),
        (&[mca], Lang::En, Person, "Esther Wambui", true),
        (&[mla], Lang::En, Person, "Rupa Ram Bhati", true),
        (&[mla], Lang::En, Organization, "MLA Rupa Ram Bhati", false),
        (&[mcas], Lang::En, Organization, "ODM", true),
        (&[mcas], Lang::En, Organization, "ODM MCAs", false),
        (&[collector], Lang::En, Person, "Anjali Meena", true),
        (&[of_house], Lang::En, Person, "House", false),
        (&[exchequer], Lang::En, Person, "Exchequer", false),
        (&[ceo], Lang::En, Organization, "Apple", true),
        (&[ceo], Lang::En, Person, "Ann Wood", true),
        (&[td], Lang::En, Organization, "TD Securities Inc.", true),
    ]);
}

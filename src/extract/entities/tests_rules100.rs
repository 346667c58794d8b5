//! Round 60 (the 52nd and 53rd sets read): an organiser's union, a fire marshal's title, "out
//! of" a port, a detour's or a distance's "par", the ends of a route joined by an en dash,
//! "elections to the" an assembly, a Faroese firm's "P/F", a firm's seat in brackets before its
//! legal form, "Lawyers for the" a body, a division's "direction France", two areas naming one
//! trust, Québec's "Qc", state capitals, trade words and plains, "Transport for" a place, a
//! place's other name in brackets, a school "in" its town, an inspectorate, the Welsh "yr", a
//! known bank's name opening a longer one an acronym spells.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round60_an_organisers_union_and_a_marshals_title() {
    let organiser = "Unions reacted. Ravi Tandel, regional organiser for Unison, said members \
                     feared cuts.";
    let with = "\"It is bad,\" said Aroha Pene, an organiser with Kotahi. It was fine.";
    check_found(&[
        (&[organiser], Lang::En, Person, "Ravi Tandel", true),
        (&[organiser], Lang::En, Organization, "Ravi Tandel", false),
        (&[with], Lang::En, Organization, "Kotahi", true),
        (
            &["State Fire Marshal Dana Holt said crews were on their way."],
            Lang::En,
            Person,
            "Dana Holt",
            true,
        ),
    ]);
}

#[test]
fn rules_round60_ways_to_a_place() {
    let out_of = "Bryggja Trol, which operates four trawlers out of Hvalba, said in a statement \
                  that it would appeal.";
    let detour = "Les camions font un détour de 300 kilomètres par Escoumins depuis mardi.";
    let dash = "La traverse Matane–Bergeronnes est fermée. La traverse Bergeronnes–Matane aussi.";
    check_found(&[
        (&[out_of], Lang::En, Place, "Hvalba", true),
        (&[out_of], Lang::En, Organization, "Hvalba", false),
        (&[detour], Lang::Fr, Place, "Escoumins", true),
        (&[dash], Lang::Fr, Place, "Bergeronnes", true),
        (&[dash], Lang::Fr, Person, "Bergeronnes–Matane", false),
    ]);
}

#[test]
fn rules_round60_firms_and_bodies() {
    let seat = [
        "Gordon Brothers (Peterhead) Ltd said it would tie up a vessel.",
        "Its director said Gordon Brothers might sell.",
    ];
    let pair = "The merger joins Bassetlaw and Derby Healthcare NHS Foundation Trust, which runs \
                two hospitals.";
    check_found(&[
        (
            &["It is hard ahead of elections to the Althing in the spring."],
            Lang::En,
            Organization,
            "Althing",
            true,
        ),
        (
            &["P/F Vágur Fisk, which runs two trawlers, said it would appeal."],
            Lang::En,
            Organization,
            "P/F Vágur Fisk",
            true,
        ),
        (
            &seat,
            Lang::En,
            Organization,
            "Gordon Brothers (Peterhead) Ltd",
            true,
        ),
        (&seat, Lang::En, Person, "Gordon Brothers", false),
        (
            &["Some owners are weighing options. Lawyers for the NPOA have written to us."],
            Lang::En,
            Organization,
            "Lawyers for the NPOA",
            false,
        ),
        (
            &["La CGT appelle à la grève. La direction France du groupe a refusé de répondre."],
            Lang::Fr,
            Organization,
            "La direction France",
            false,
        ),
        (
            &[pair],
            Lang::En,
            Organization,
            "Bassetlaw and Derby Healthcare NHS Foundation Trust",
            true,
        ),
        // guard: one word after the second place, two bodies
        (
            &["Officers said Paris and Berlin Police had met."],
            Lang::En,
            Organization,
            "Paris and Berlin Police",
            false,
        ),
    ]);
}

#[test]
fn rules_round60_places_of_north_america() {
    let dateline = "SEPT-ÎLES, Qc — Le traversier est resté à quai mardi.";
    let towns = "Task forces from Eugene, Salem and Bend were on their way.";
    check_found(&[
        (&[dateline], Lang::Fr, Place, "Québec", true),
        (&[dateline], Lang::Fr, Place, "Qc", false),
        (&[towns], Lang::En, Place, "Eugene", true),
        (&[towns], Lang::En, Place, "Salem", true),
        (&[towns], Lang::En, Place, "Bend", true),
        (&[towns], Lang::En, Person, "Eugene", false),
    ]);
}

#[test]
fn rules_round60_trades_plains_and_transport() {
    check_found(&[
        (
            &["Glencore and Moolarben Coal said they were monitoring the situation."],
            Lang::En,
            Organization,
            "Moolarben Coal",
            true,
        ),
        (
            &["Ross Allen, who chairs the grains committee of NSW Farmers, said silos were full."],
            Lang::En,
            Organization,
            "NSW Farmers",
            true,
        ),
        (
            &["Growers around Narrabri, on the Liverpool Plains, are harvesting."],
            Lang::En,
            Place,
            "Liverpool Plains",
            true,
        ),
        (
            &["She said Transport for Queensland had given priority to passenger trains."],
            Lang::En,
            Organization,
            "Transport for Queensland",
            true,
        ),
    ]);
}

#[test]
fn rules_round60_welsh_names() {
    let bracket = "Pupils would move to a school in Lampeter (Llanbedr Pont Steffan) next year.";
    let drac = "La Direction régionale des affaires culturelles de Nouvelle-Aquitaine (Drac) a \
                répondu.";
    let ysgol = "Pupils would move to Ysgol Bro Teifi in Tregaron next year.";
    let institute = "Staff at the Institute for Research in Biomedicine said so.";
    check_found(&[
        (&[bracket], Lang::En, Place, "Llanbedr Pont Steffan", true),
        (
            &[bracket],
            Lang::En,
            Organization,
            "Llanbedr Pont Steffan",
            false,
        ),
        // guard: a place closing a body's name before its acronym
        (&[drac], Lang::Fr, Place, "Drac", false),
        (&[ysgol], Lang::En, Organization, "Ysgol Bro Teifi", true),
        (&[ysgol], Lang::En, Place, "Tregaron", true),
        // guard: a cue word and a connector before "in"
        (
            &[institute],
            Lang::En,
            Organization,
            "Institute for Research in Biomedicine",
            true,
        ),
        (
            &["He ignored a report by Inspecta, the schools inspectorate, which rated them."],
            Lang::En,
            Organization,
            "Inspecta",
            true,
        ),
        (
            &["Cymdeithas yr Iaith Gymraeg said the plan broke the strategy."],
            Lang::En,
            Organization,
            "Cymdeithas yr Iaith Gymraeg",
            true,
        ),
    ]);
}

#[test]
fn rules_round60_a_known_banks_name_opening_a_longer_one() {
    let bni = "La coopérative a emprunté auprès de la Banque nationale d’investissement (BNI) \
               pour équiper ses membres.";
    check_found(&[
        (
            &[bni],
            Lang::Fr,
            Organization,
            "Banque nationale d’investissement",
            true,
        ),
        (
            &[bni],
            Lang::Fr,
            Organization,
            "Banque Nationale du Canada",
            false,
        ),
    ]);
}

//! Round 70 (general knowledge first: GeoNames' towns and villages, for names no cue reads).

use super::tests_merge::{check_found, names};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round70_a_town_of_the_list_with_no_cue_is_a_place() {
    let riverland = "Irrigators around Loxton and Barmera have cut their orders again.";
    let gabon = "Les délégués venus d’Oyem et de Franceville ont protesté.";
    let vaud = "Les éleveurs ont manifesté à Lausanne puis devant la mairie, selon Lobbes Info, mais Anderlues a refusé.";
    let botswana = "The question is whether Jwaneng and Orapa can keep producing.";
    // guards: a name before an English noun it qualifies (a find, a breed, a firm's plant), a
    // given name, a dictionary word that is a town too
    let logboat = "The find rivals the Hanson logboat in importance.";
    let cows = "The trial ran on 240 Holstein cows at three farms.";
    let marie = "Le directeur a salué Marie lundi.";
    let reform = "Voters turned to Reform after the strike.";
    // "St." read "saint"
    let albans = "Lake Carmi lies about 15 miles northeast of St. Albans and sits in farmland.";
    check_found(&[
        (&[riverland], Lang::En, Place, "Loxton", true),
        (&[riverland], Lang::En, Place, "Barmera", true),
        (&[gabon], Lang::Fr, Place, "Franceville", true),
        (&[gabon], Lang::Fr, Place, "Oyem", true),
        (&[vaud], Lang::Fr, Place, "Anderlues", true),
        (&[botswana], Lang::En, Place, "Jwaneng", true),
        (&[botswana], Lang::En, Place, "Orapa", true),
        (&[logboat], Lang::En, Place, "Hanson", false),
        (&[cows], Lang::En, Place, "Holstein", false),
        (&[marie], Lang::Fr, Place, "Marie", false),
        (&[reform], Lang::En, Place, "Reform", false),
        (&[albans], Lang::En, Place, "St. Albans", true),
    ]);
}

#[test]
fn rules_round70_a_town_opening_a_firm_name_alone_is_the_firm() {
    let northwoods = [
        "Others supply handlers such as Northwoods Berry Partners LLC, the growers said.",
        "Red Pine had a contract to deliver its fruit to Northwoods from 2029.",
    ];
    let orgs = names(&northwoods, Lang::En, Organization);
    assert!(
        orgs.iter()
            .any(|(n, a)| n == "Northwoods Berry Partners LLC"
                && a.iter().any(|a| a == "Northwoods")),
        "{orgs:?}"
    );
    check_found(&[(&northwoods, Lang::En, Place, "Northwoods", false)]);
    // guard: the town after a French "à" stays the town
    let sambava = [
        "Les exportateurs Sambava Arômes et Vaniline Export SARL ont signé.",
        "Sur le terrain, à Vohémar comme à Sambava, les producteurs attendent.",
    ];
    check_found(&[(&sambava, Lang::Fr, Place, "Sambava", true)]);
}

#[test]
fn rules_round70_honorifics_and_offices_before_a_given_name() {
    let madam = "The chairperson of the market women, Madam Akosua Serwaa, said goods were lost.";
    let hajia = "Hajia Salamatu Alhassan, a trader, lost her stall.";
    let reeve = "Reeve Darlene Selkirk, who cast the deciding vote, said the council would appeal.";
    let doyen = "Le doyen Paul Marchand a signé la lettre.";
    // guard: an office's noun that is a surname after a given name
    let actor = "The actor Christopher Reeve visited the clinic.";
    check_found(&[
        (&[madam], Lang::En, Person, "Akosua Serwaa", true),
        (
            &[madam],
            Lang::En,
            Organization,
            "Madam Akosua Serwaa",
            false,
        ),
        (&[hajia], Lang::En, Person, "Salamatu Alhassan", true),
        (&[reeve], Lang::En, Person, "Darlene Selkirk", true),
        (&[reeve], Lang::En, Person, "Reeve Darlene Selkirk", false),
        (&[doyen], Lang::Fr, Person, "Paul Marchand", true),
        (&[actor], Lang::En, Person, "Christopher Reeve", true),
    ]);
}

#[test]
fn rules_round70_a_town_and_its_state_based_and_a_hamlet_with_a_bank() {
    let based = "Nandakumar, who founded the San Mateo, California-based company in 2014, said it \
                 had removed the accounts.";
    let hamlet = "Planners argued that the cottages at the hamlet of Hollens Bank should be kept \
                  for locals.";
    // guards: a firm "based" in a town after "a"; a bank after "the village's"
    let firm = "Kestrel, a San Mateo-based company, said so.";
    let bank = "The village's Harwick Bank closed its branch.";
    check_found(&[
        (&[based], Lang::En, Place, "San Mateo", true),
        (&[based], Lang::En, Organization, "San Mateo", false),
        (&[hamlet], Lang::En, Place, "Hollens Bank", true),
        (&[hamlet], Lang::En, Organization, "Hollens Bank", false),
        (&[firm], Lang::En, Organization, "Kestrel", true),
        (&[bank], Lang::En, Organization, "Harwick Bank", true),
    ]);
}

#[test]
fn rules_round70_a_land_then_its_sector_names_a_body() {
    let tourism = "The plan was opposed by Cumbria Tourism, whose chief executive spoke.";
    let pork = "Manitoba Pork, which represents hog producers, backed the barn.";
    let agri = "A spokesperson for Manitoba Agriculture said the department does not comment.";
    // guards: a place, then a surname that is a noun of farming; a preposition between
    let georgia = "The chef, Georgia Lamb, said nothing.";
    let wales = "Spending on health in Wales rose.";
    check_found(&[
        (&[tourism], Lang::En, Organization, "Cumbria Tourism", true),
        (&[pork], Lang::En, Organization, "Manitoba Pork", true),
        (
            &[agri],
            Lang::En,
            Organization,
            "Manitoba Agriculture",
            true,
        ),
        (&[georgia], Lang::En, Organization, "Georgia Lamb", false),
        (&[wales], Lang::En, Place, "Wales", true),
    ]);
}

#[test]
fn rules_round70_a_french_town_with_its_article() {
    let chenit = "Le Chenit, la commune voisine, propose pour sa part de mettre des chalets.";
    let riceys = "Les vignerons de Les Riceys ont voté contre le projet.";
    // guards: an article and a lexicon word ("La Chambre" is a town of the list too)
    let chambre = "La Chambre a voté le texte mardi.";
    check_found(&[
        (&[chenit], Lang::Fr, Place, "Le Chenit", true),
        (&[chenit], Lang::Fr, Place, "Chenit", false),
        (&[riceys], Lang::Fr, Place, "Les Riceys", true),
        (&[chambre], Lang::Fr, Place, "La Chambre", false),
    ]);
}

#[test]
fn rules_round70_guards_found_in_review() {
    // a person's name around a verb of saying, after "selon"; a French eponym after a noun; a
    // full name that is a town's too; "Madame" before no given name; a title's field after a
    // land and a sector; a firm "-based" somewhere with no article before it
    let said = "The bill, Grimsley said, would pass.";
    let selon = "Selon Takahashi, les ventes vont baisser.";
    let affaire = "L’affaire Benalla a empoisonné le quinquennat.";
    let juarez = "Benito Juarez was president of Mexico.";
    let bovary = "Madame Bovary reste le roman le plus étudié.";
    let minister = "Queensland Transport Minister Bart Mellish defended the plan.";
    let acme = "Shares of Acme, Texas-based maker of pumps, fell.";
    let adjoint = "Le maire adjoint de Comines, Paul Dupuis, a démissionné.";
    check_found(&[
        (&[said], Lang::En, Place, "Grimsley", false),
        (&[selon], Lang::Fr, Place, "Takahashi", false),
        (&[affaire], Lang::Fr, Place, "Benalla", false),
        (&[juarez], Lang::En, Place, "Benito Juarez", false),
        (&[bovary], Lang::Fr, Person, "Bovary", false),
        (
            &[minister],
            Lang::En,
            Organization,
            "Queensland Transport",
            false,
        ),
        (&[minister], Lang::En, Place, "Queensland", true),
        (&[acme], Lang::En, Place, "Acme", false),
        (&[adjoint], Lang::Fr, Organization, "Comines", false),
    ]);
}

//! One table case per rule of round 31b (bodies' names built with "and"/"et", a place or a
//! park, and persons mistaken for bodies, counted over held-out sets 3-32): a relative "who"
//! after an apposition's noun of organisations; a French national or regional park; a family
//! firm's lowercase tail. Guards: "that" after the noun, a park named without "national", a
//! son named after "et".

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round31b_a_relative_who_makes_a_person() {
    check_found(&[
        (
            &["\"We cannot pay,\" said Temi Adeyoola, a trader who sells fabric near the bridge."],
            Lang::En,
            Person,
            "Temi Adeyoola",
            true,
        ),
        (
            &["Orrin Vale, an investor who backed the scheme, declined to comment."],
            Lang::En,
            Organization,
            "Orrin Vale",
            false,
        ),
        // guard: a body takes "that"
        (
            &["Brackmoor Tolling, a developer that runs two bridges, declined to comment."],
            Lang::En,
            Organization,
            "Brackmoor Tolling",
            true,
        ),
    ]);
}

#[test]
fn rules_round31b_a_french_park_is_a_body() {
    check_found(&[
        (
            &["Le Parc national des Aiguillons a rappelé les règles aux randonneurs mardi."],
            Lang::Fr,
            Organization,
            "Parc national des Aiguillons",
            true,
        ),
        (
            &["Les gardes du parc naturel régional de la Haute-Sorgue ont compté les loups."],
            Lang::Fr,
            Organization,
            "parc naturel régional de la Haute-Sorgue",
            true,
        ),
        // guard: a park named without "national" or "naturel" stays a place
        (
            &["Les enfants jouaient dans le parc de la Tremblaie à Niort dimanche."],
            Lang::Fr,
            Organization,
            "parc de la Tremblaie",
            false,
        ),
    ]);
}

#[test]
fn rules_round31b_a_family_firms_lowercase_tail() {
    check_found(&[
        (
            &["Elle a racheté la Quincaillerie Brunel et fils, à Vierzon, l’an dernier."],
            Lang::Fr,
            Organization,
            "Quincaillerie Brunel et fils",
            true,
        ),
        (
            &["Le chantier a été confié aux Charpentes Lemaire et frères en avril."],
            Lang::Fr,
            Organization,
            "Charpentes Lemaire et frères",
            true,
        ),
        // guard: a capitalised word after the tail opens another name
        (
            &["Il a vu Paul Brunel et fils Antoine au marché de Vierzon."],
            Lang::Fr,
            Organization,
            "Paul Brunel et fils",
            false,
        ),
    ]);
}

#[test]
fn rules_round31b_a_coordination_closed_by_a_firms_word() {
    check_found(&[
        (
            &[
                "Fishers filmed barges from Corvel Dredging and Harbour Works, a contractor, at night.",
            ],
            Lang::En,
            Organization,
            "Corvel Dredging and Harbour Works",
            true,
        ),
        // a known place opens it
        (
            &["said Ada Obi, an analyst at the research firm Sahara and Delta Advisory."],
            Lang::En,
            Organization,
            "Sahara and Delta Advisory",
            true,
        ),
        (
            &["L’étude a été confiée au bureau Garonne et Littoral Conseil en mars."],
            Lang::Fr,
            Organization,
            "Garonne et Littoral Conseil",
            true,
        ),
        // guards: "between" or "both" opens two parties
        (
            &["The venture between Marlow and Quist Holdings collapsed in May."],
            Lang::En,
            Organization,
            "Marlow and Quist Holdings",
            false,
        ),
        (
            &["Last year both Kestle and Quist Holdings reported losses."],
            Lang::En,
            Organization,
            "Kestle and Quist Holdings",
            false,
        ),
        // … nor cut a longer name at its complement
        (
            &["The grant came from the Marine Sciences and Harbour Research Council of Tarvia."],
            Lang::En,
            Organization,
            "Marine Sciences and Harbour Research Council",
            false,
        ),
        // … and a given name on the left is a person beside a firm
        (
            &["The plan was drawn up by Maria and Quist Engineering last year."],
            Lang::En,
            Organization,
            "Maria and Quist Engineering",
            false,
        ),
    ]);
}

#[test]
fn rules_round31b_a_coordination_closed_by_a_place_or_a_head_noun() {
    check_found(&[
        // a plain common noun among the words before the place
        (
            &["Talks went on with Arts and Culture Perth, the trust that runs its museums."],
            Lang::En,
            Organization,
            "Arts and Culture Perth",
            true,
        ),
        // a committee's remits listed before its head noun
        (
            &[
                "The petition went to the Assembly’s Transport, Housing and Local Planning Committee on Friday.",
            ],
            Lang::En,
            Organization,
            "Transport, Housing and Local Planning Committee",
            true,
        ),
        // guards: known places listed; no head noun closing the list
        (
            &["Leaders from Paris, Berlin and Madrid Council met in Rome."],
            Lang::En,
            Organization,
            "Paris, Berlin and Madrid Council",
            false,
        ),
        (
            &["Officials from Transport, Housing and Planning met on Friday."],
            Lang::En,
            Organization,
            "Transport, Housing and Planning",
            false,
        ),
    ]);
}

#[test]
fn rules_round31b_a_second_place_served_after_et_de() {
    check_found(&[
        (
            &[
                "Elle livre son lait à la Coopérative laitière du Quercy et de l’Aubrac, qui affine les tommes.",
            ],
            Lang::Fr,
            Organization,
            "Coopérative laitière du Quercy et de l’Aubrac",
            true,
        ),
        (
            &["Le Syndicat des eaux de la Brévenne et du Gier a voté la hausse."],
            Lang::Fr,
            Organization,
            "Syndicat des eaux de la Brévenne et du Gier",
            true,
        ),
        // guards: a person after "et de"; a body that serves no place
        (
            &["Le Comité des fêtes de Plouvien et de Jean Kerlan a voté."],
            Lang::Fr,
            Organization,
            "Comité des fêtes de Plouvien et de Jean Kerlan",
            false,
        ),
        (
            &["L’Institut de géologie de Brest et de Rennes a publié une carte."],
            Lang::Fr,
            Organization,
            "Institut de géologie de Brest et de Rennes",
            false,
        ),
    ]);
}

#[test]
fn rules_round31b_a_trade_noun_closes_a_firms_name() {
    check_found(&[
        // a known place before a firm's trade noun
        (
            &["The contract went to the builder Swindon Construction last spring."],
            Lang::En,
            Organization,
            "Swindon Construction",
            true,
        ),
        // a union's trades listed before its head noun
        (
            &["The Textile, Leather and Garment Workers Union said it would strike."],
            Lang::En,
            Organization,
            "Textile, Leather and Garment Workers Union",
            true,
        ),
        // guard: the noun alone opening a sentence
        (
            &["Construction began in May and should end next year."],
            Lang::En,
            Organization,
            "Construction",
            false,
        ),
    ]);
}

#[test]
fn rules_round31b_mend_guards() {
    check_found(&[
        // a: "who" after a collective noun speaks of a body (British usage)
        (
            &["Heron Relief, a charity who work along the border, asked for funds."],
            Lang::En,
            Person,
            "Heron Relief",
            false,
        ),
        // c: two known places before a common head; a list's last two; "between the"
        (
            &["Floods across Kenya and Uganda Health officials said on Monday."],
            Lang::En,
            Organization,
            "Kenya and Uganda Health",
            false,
        ),
        (
            &["Crews from Leeds, Bradford and Wakefield Council areas were sent."],
            Lang::En,
            Organization,
            "Bradford and Wakefield Council",
            false,
        ),
        (
            &["The firm lost a year between the Morrow and Quell Works lawsuits."],
            Lang::En,
            Organization,
            "Morrow and Quell Works",
            false,
        ),
        // d: a sentence's opening adverb is no remit
        (
            &["Separately, Housing, Planning and Transport Committee members met on Tuesday."],
            Lang::En,
            Organization,
            "Separately, Housing, Planning and Transport Committee",
            false,
        ),
        // e: a sports idiom, a team's coach, an eldest son
        (
            &["Dans ce match, Ravelin et cie ont déçu leurs supporters."],
            Lang::Fr,
            Organization,
            "Ravelin et cie",
            false,
        ),
        (
            &["Le domaine a été transmis à Pierre Kervadec et fils aîné en 1990."],
            Lang::Fr,
            Organization,
            "Pierre Kervadec et fils",
            false,
        ),
        (
            &["Il a repris le Garage Fauchier et cie, à Millau, en mars."],
            Lang::Fr,
            Organization,
            "Garage Fauchier et cie",
            true,
        ),
        // f: a trip in a park is to a place
        (
            &["Ils ont passé une semaine dans le parc national des Aiguillons en août."],
            Lang::Fr,
            Organization,
            "parc national des Aiguillons",
            false,
        ),
        (
            &["Nous avons campé au parc national du Velmont pendant dix jours."],
            Lang::Fr,
            Organization,
            "parc national du Velmont",
            false,
        ),
    ]);
}

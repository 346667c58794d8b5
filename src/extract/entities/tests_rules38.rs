//! One table case per rule of round 32 (persons and organisation names, from set 34's errors, then
//! counted over read sets 3-32 and 34): titles of the law, the clergy, the police and medicine
//! before a name; a title before the title that owns an office; a school named after a cleric or a
//! president; a body after a title and "des"; a plural of members with a bare apostrophe inside a
//! body's name; holidays are no names; a surname that is also a function word after a given name;
//! partners' surnames before "a law firm" or before "et Associés" with a surname like "N’Diaye";
//! a legal form ("SpA", "AG") only in its own capitals.
//! Guards: the title as a plain noun, a given name before "Xs’", a person named like a holiday, a
//! function word after a word that is no given name, three surnames set off as a singer, forms in
//! their capitals.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round32_a_title_of_a_trade_or_a_church_is_no_part_of_the_name() {
    check_found(&[
        (
            &["The tenants' counsel, Barrister Owain Tredegar, said the notice was void."],
            Lang::En,
            Person,
            "Owain Tredegar",
            true,
        ),
        (
            &["Reverend Thandiwe Mokoena led the vigil outside the mine on Sunday."],
            Lang::En,
            Person,
            "Thandiwe Mokoena",
            true,
        ),
        (
            &["At the hearing, Detective Marguerite Ashdown described the search of the flat."],
            Lang::En,
            Person,
            "Marguerite Ashdown",
            true,
        ),
        (
            &["Aumônier Olivier Vermande a ouvert la chapelle aux sinistrés jeudi soir."],
            Lang::Fr,
            Person,
            "Olivier Vermande",
            true,
        ),
        (
            &["Docteure Hélène Brassac a reçu douze blessés aux urgences."],
            Lang::Fr,
            Person,
            "Hélène Brassac",
            true,
        ),
        (
            &["Notaire Jeanne Cazalis a lu le testament devant la famille."],
            Lang::Fr,
            Person,
            "Jeanne Cazalis",
            true,
        ),
        (
            &["Its counsel, Tochukwu Okafor of the Enugu law firm Okafor, Nwosu and Co., spoke."],
            Lang::En,
            Person,
            "Tochukwu Okafor",
            true,
        ),
        // guard: the title as a plain noun names nobody
        (
            &["The solicitor said the Harwell family would appeal the ruling."],
            Lang::En,
            Person,
            "The solicitor",
            false,
        ),
    ]);
}

// guard: "solicitor" a title now, the office keeps it
#[test]
fn rules_round32_a_title_before_the_office_holder_title_stays_in_the_office() {
    check_found(&[
        (
            &["The Solicitor General's Office declined to comment on the appeal."],
            Lang::En,
            Organization,
            "Solicitor General's Office",
            true,
        ),
        (
            &["A spokesman for the Attorney General's Office said the file was closed."],
            Lang::En,
            Organization,
            "Attorney General's Office",
            true,
        ),
    ]);
}

#[test]
fn rules_round32_a_school_named_after_a_cleric_or_a_president() {
    check_found(&[
        (
            &["Pupils from Archbishop Keane High School sang at the opening on Friday."],
            Lang::En,
            Organization,
            "Archbishop Keane High School",
            true,
        ),
        (
            &["Teachers at President Garfield Academy voted to strike next week."],
            Lang::En,
            Organization,
            "President Garfield Academy",
            true,
        ),
        // guard: the title before a person's name still goes
        (
            &["Archbishop Tomasz Wielgosz said the parish would reopen the school."],
            Lang::En,
            Person,
            "Tomasz Wielgosz",
            true,
        ),
    ]);
}

#[test]
fn rules_round32_a_body_after_a_title_and_des() {
    check_found(&[
        (
            &["Le trésorier des Amis du Val Morin a été entendu par les gendarmes."],
            Lang::Fr,
            Person,
            "Amis du Val Morin",
            false,
        ),
        // guard: a name straight after the title is a person
        (
            &["La trésorière Odile Marchetti a présenté les comptes lundi."],
            Lang::Fr,
            Person,
            "Odile Marchetti",
            true,
        ),
    ]);
}

#[test]
fn rules_round32_a_plural_of_members_with_a_bare_apostrophe_in_a_body() {
    check_found(&[
        (
            &["The Kestrel Bay Anglers’ Collective said the new quotas would ruin them."],
            Lang::En,
            Organization,
            "Kestrel Bay Anglers’ Collective",
            true,
        ),
        (
            &["A spokeswoman for the Harlow Market Traders' Guild said stalls were empty."],
            Lang::En,
            Organization,
            "Harlow Market Traders' Guild",
            true,
        ),
        (
            &["Members of the Okonjo Savers’ Mutual Aid Forum met on Tuesday."],
            Lang::En,
            Organization,
            "Okonjo Savers’ Mutual Aid Forum",
            true,
        ),
        (
            &["Pupils joined the Brynmawr Householders' Action Group in the march."],
            Lang::En,
            Organization,
            "Brynmawr Householders' Action Group",
            true,
        ),
        // guard: a full name before the apostrophe is a person owning what follows
        (
            &["Kenny Waters' Labour Party friends stayed away from the count."],
            Lang::En,
            Organization,
            "Kenny Waters' Labour Party",
            false,
        ),
    ]);
}

#[test]
fn rules_round32_holidays_are_no_names() {
    check_found(&[
        (
            &["Traders feared the Thanksgiving weekend would be quiet this year."],
            Lang::En,
            Organization,
            "Thanksgiving",
            false,
        ),
        (
            &["Avant Noël, cent familles recevront une lettre de licenciement."],
            Lang::Fr,
            Person,
            "Noël",
            false,
        ),
        // guard: a person whose name is a holiday's stays a person
        (
            &["Le chanteur Marc Toussaint a annulé sa tournée d’automne."],
            Lang::Fr,
            Person,
            "Marc Toussaint",
            true,
        ),
        (
            &["Philippe Noël, maire de Sainte-Luce, a signé l’arrêté."],
            Lang::Fr,
            Person,
            "Philippe Noël",
            true,
        ),
    ]);
}

#[test]
fn rules_round32_a_surname_that_is_also_a_function_word() {
    check_found(&[
        (
            &["« La situation était prévisible », a dénoncé Hélène Loin, présidente du syndicat."],
            Lang::Fr,
            Person,
            "Hélène Loin",
            true,
        ),
        (
            &["Le rapport de Jacques Devant sur la ligne a été publié mardi."],
            Lang::Fr,
            Person,
            "Jacques Devant",
            true,
        ),
        (
            &["The report was signed by Tom Near, the county engineer, on Friday."],
            Lang::En,
            Person,
            "Tom Near",
            true,
        ),
        // guard: after a word that is no given name, the function word still goes
        (
            &["Les habitants de Brennilis Depuis ont protesté devant la mairie."],
            Lang::Fr,
            Place,
            "Brennilis Depuis",
            false,
        ),
    ]);
}

#[test]
fn rules_round32_partners_surnames_named_a_firm() {
    check_found(&[
        (
            &["Residents hired Thorne, Abara and Lisle, a firm of solicitors, to fight the plan."],
            Lang::En,
            Organization,
            "Thorne, Abara and Lisle",
            true,
        ),
        (
            &["Les salariés ont mandaté Bamba, N’Diaye et Associés pour négocier le plan."],
            Lang::Fr,
            Organization,
            "Bamba, N’Diaye et Associés",
            true,
        ),
        // guard: three persons' surnames set off as a singer are no firm
        (
            &["Guests included Moore, Quinn and Shaw, the singer, at the gala."],
            Lang::En,
            Organization,
            "Moore, Quinn and Shaw",
            false,
        ),
    ]);
}

#[test]
fn rules_round32_a_legal_form_only_in_its_own_capitals() {
    check_found(&[
        (
            &["Tomasz Spa, the union’s treasurer, said the fund was empty."],
            Lang::En,
            Person,
            "Tomasz Spa",
            true,
        ),
        (
            &["« Rien n’est signé », a déclaré Paola Spa, adjointe aux finances."],
            Lang::Fr,
            Person,
            "Paola Spa",
            true,
        ),
        // guard: written in its capitals, the form still makes a company
        (
            &["Le fabricant Brembo SpA a racheté Vortex GmbH et Nordkap AG en mai."],
            Lang::Fr,
            Organization,
            "Brembo SpA",
            true,
        ),
        (
            &["Le fabricant Brembo SpA a racheté Vortex GmbH et Nordkap AG en mai."],
            Lang::Fr,
            Organization,
            "Nordkap AG",
            true,
        ),
    ]);
}

//! Mends of round 47's organisations, one test a class: a relation or an event before "de X
//! SA" stays out of the firm's name; an adjective of faith, people, period or style before
//! "town" is no place; "a team from X" is a weak place vote; a firm or a party in apposition
//! after "chef" is no person; a gerund or an adjective opening a sentence before a place is no
//! body; a job's acronym, a plural verb or a proper name after "et" makes no acronym's
//! remits; "& X" after a coordinated remit stays in the name; only a council's "d’État"
//! drops its regional adjective. Guards inside each table.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn mend47_a_relation_or_an_event_before_a_firm_stays_out_of_its_name() {
    check_found(&[
        (
            &["Filiale de Korvane SA, la boutique ouvre lundi."],
            Lang::Fr,
            Organization,
            "Korvane SA",
            true,
        ),
        (
            &["Filiale de Korvane SA, la boutique ouvre lundi."],
            Lang::Fr,
            Organization,
            "Filiale de Korvane SA",
            false,
        ),
        (
            &["Actionnaire de Brumel SA depuis 2019, la famille vend ses titres."],
            Lang::Fr,
            Organization,
            "Actionnaire de Brumel SA",
            false,
        ),
        (
            &["Rachat de Tissanor SA : les syndicats s’inquiètent."],
            Lang::Fr,
            Organization,
            "Rachat de Tissanor SA",
            false,
        ),
        (
            &["Fournisseur du Groupe Salvène SA, la PME livre des vis."],
            Lang::Fr,
            Organization,
            "Fournisseur du Groupe Salvène SA",
            false,
        ),
        // guards: a trade's plural opens the firm's name
        (
            &["Chaudronneries du Haut-Vellin SA embauche douze soudeurs."],
            Lang::Fr,
            Organization,
            "Chaudronneries du Haut-Vellin SA",
            true,
        ),
        (
            &["La grève continue. Ateliers de la Brume SA, fondés en 1921, ferment."],
            Lang::Fr,
            Organization,
            "Ateliers de la Brume SA",
            true,
        ),
    ]);
}

#[test]
fn mend47_an_adjective_before_a_settlement_noun_is_no_place() {
    check_found(&[
        (
            &["Leaders of this Anglican community met the archbishop."],
            Lang::En,
            Place,
            "Anglican",
            false,
        ),
        (
            &["Tourists flock to this Tudor town every summer."],
            Lang::En,
            Place,
            "Tudor",
            false,
        ),
        (
            &["Elders in this Druze village refused the plan."],
            Lang::En,
            Place,
            "Druze",
            false,
        ),
        (
            &["Voters in this Republican district backed the bill."],
            Lang::En,
            Place,
            "Republican",
            false,
        ),
        (
            &["Life in this Victorian city was hard for the poor."],
            Lang::En,
            Place,
            "Victorian",
            false,
        ),
        // guard: an unknown name before a settlement's noun is still one
        (
            &["The bakery in this Hollowmere town closed after a fire."],
            Lang::En,
            Place,
            "Hollowmere",
            true,
        ),
    ]);
}

#[test]
fn mend47_a_group_from_a_firm_stays_the_firm() {
    check_found(&[
        (
            &[
                "Telvanor said profits fell by a third.",
                "A team from Telvanor visited the mill on Monday.",
            ],
            Lang::En,
            Organization,
            "Telvanor",
            true,
        ),
        (
            &[
                "Telvanor said profits fell by a third.",
                "A team from Telvanor visited the mill on Monday.",
            ],
            Lang::En,
            Place,
            "Telvanor",
            false,
        ),
        // guard: with no other evidence the group comes from a place
        (
            &["The fair drew a youth team from Wrexley and two choirs."],
            Lang::En,
            Place,
            "Wrexley",
            true,
        ),
    ]);
}

#[test]
fn mend47_a_firm_or_a_party_in_apposition_after_chef_is_no_person() {
    check_found(&[
        (
            &["Le chef d’équipe de l’entreprise, Dolvane Charpente, a répondu aux questions."],
            Lang::Fr,
            Person,
            "Dolvane Charpente",
            false,
        ),
        (
            &["Selon la cheffe du parti, Avenir Commun, la liste est prête."],
            Lang::Fr,
            Person,
            "Avenir Commun",
            false,
        ),
        (
            &["Le chef vient de reprendre son bistrot, Ardoise Bleue, près du port."],
            Lang::Fr,
            Person,
            "Ardoise Bleue",
            false,
        ),
        (
            &["The young chef opened her restaurant, Copper Thistle, in May."],
            Lang::En,
            Person,
            "Copper Thistle",
            false,
        ),
        (
            &["La cheffe de file du groupement, Strada Vellin, a signé."],
            Lang::Fr,
            Person,
            "Strada Vellin",
            false,
        ),
        // guards: a chief's name after a service, or a known given name after a firm
        (
            &["Le chef du service des forêts, Tomas Kervalen, a refusé."],
            Lang::Fr,
            Person,
            "Tomas Kervalen",
            true,
        ),
        (
            &["The new pastry chef, Ilka Vronsen, left in June."],
            Lang::En,
            Person,
            "Ilka Vronsen",
            true,
        ),
        (
            &["The head of the company, Martin Quellby, said sales rose."],
            Lang::En,
            Person,
            "Martin Quellby",
            true,
        ),
        (
            &["La cheffe de projet de l’entreprise, Claire Dunvoy, a répondu."],
            Lang::Fr,
            Person,
            "Claire Dunvoy",
            true,
        ),
    ]);
}

#[test]
fn mend47_a_gerund_or_an_adjective_opening_a_sentence_before_a_place_is_no_body() {
    check_found(&[
        (
            &["Cycling Sardinia has become a spring habit for many."],
            Lang::En,
            Organization,
            "Cycling Sardinia",
            false,
        ),
        (
            &["Sailing Greece is cheaper in October."],
            Lang::En,
            Organization,
            "Sailing Greece",
            false,
        ),
        (
            &["Historic Philadelphia draws crowds every July."],
            Lang::En,
            Organization,
            "Historic Philadelphia",
            false,
        ),
        (
            &["Swimming Sydney's beaches is free."],
            Lang::En,
            Organization,
            "Swimming Sydney",
            false,
        ),
        // guards: a body that acts, or one mid-sentence
        (
            &["Cycling Ireland has issued a new code for its clubs."],
            Lang::En,
            Organization,
            "Cycling Ireland",
            true,
        ),
        (
            &["The grant came from Tourism Iceland in March."],
            Lang::En,
            Organization,
            "Tourism Iceland",
            true,
        ),
    ]);
}

#[test]
fn mend47_no_acronym_remits_for_a_job_two_subjects_or_a_proper_name() {
    check_found(&[
        (
            &["Le PDG Varsen et Molbec ont signé l’accord."],
            Lang::Fr,
            Organization,
            "PDG Varsen et Molbec",
            false,
        ),
        (
            &["Le DG Varsen et Molbec ont signé l’accord."],
            Lang::Fr,
            Organization,
            "DG Varsen et Molbec",
            false,
        ),
        (
            &["Le FC Dravel et Lossan se retrouvent samedi."],
            Lang::Fr,
            Organization,
            "FC Dravel et Lossan",
            false,
        ),
        (
            &["La BKT Services et Korvane ont conclu un accord."],
            Lang::Fr,
            Organization,
            "BKT Services et Korvane",
            false,
        ),
        // guards: a service's remits are common nouns, its acronym may spell a title
        (
            &["Selon le SEN Chasse et Pêche, la saison ouvre lundi."],
            Lang::Fr,
            Organization,
            "SEN Chasse et Pêche",
            true,
        ),
        (
            &["Un rapport de la DTR Culture et Patrimoine paraît demain."],
            Lang::Fr,
            Organization,
            "DTR Culture et Patrimoine",
            true,
        ),
    ]);
}

#[test]
fn mend47_an_ampersand_after_a_coordinated_remit_stays_in_the_name() {
    check_found(&[
        (
            &["The Office of Water and Sewer Rates & Charges wrote to tenants."],
            Lang::En,
            Organization,
            "Office of Water and Sewer Rates & Charges",
            true,
        ),
        (
            &["A report by the Agency for Rail and Road & Canal Safety came out."],
            Lang::En,
            Organization,
            "Agency for Rail and Road & Canal Safety",
            true,
        ),
        (
            &["A report by the Agency for Rail and Road & Canal Safety came out."],
            Lang::En,
            Person,
            "Canal Safety",
            false,
        ),
        (
            &["A report by the Agency for Rail and Road & Canal Safety came out."],
            Lang::En,
            Place,
            "Canal Safety",
            false,
        ),
        // guard: the plain coordination still ends at its last word
        (
            &["The Office of Water and Sewer Rates wrote to tenants."],
            Lang::En,
            Organization,
            "Office of Water and Sewer Rates",
            true,
        ),
    ]);
}

#[test]
fn mend47_only_a_council_s_d_etat_drops_its_regional_adjective() {
    check_found(&[
        (
            &["La Banque d’État jurassienne a publié ses comptes mardi."],
            Lang::Fr,
            Organization,
            "Banque d’État jurassienne",
            true,
        ),
        // guard: a council's adjective stays out
        (
            &["Mardi, le Conseil d’État tessinois a tranché."],
            Lang::Fr,
            Organization,
            "Conseil d’État",
            true,
        ),
    ]);
}

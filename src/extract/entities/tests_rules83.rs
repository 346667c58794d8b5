//! Round 54 (q54fr), French organisations: a sentence's article before a lone body's noun
//! ("La Fédération, par…") names nothing; a legal form closes a firm's name over all its links
//! ("X du Val des Prés SC"); short forms in mixed case or with a region's letter ("(traVal)",
//! "(Apad-W)") spell their long name, plural heads too ("Transports publics…"); "l’Hôpital
//! régional de X"; one unknown word after "le"/"la" before a verb of speech is a body. Guards
//! keep newspapers' articles, links with no legal form, products and rivers.

use super::tests_merge::{Case, check_found, check_merged};
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q54fr_a_sentence_article_before_a_lone_body_noun() {
    check_found(&[
        (
            &["La Fédération, par la voix de son président, a rejeté le texte."],
            Lang::Fr,
            Organization,
            "La Fédération",
            false,
        ),
        (
            &["Le Syndicat, qui regroupe trois cents membres, a dénoncé la décision."],
            Lang::Fr,
            Organization,
            "Le Syndicat",
            false,
        ),
        (
            &["Le Musée, fermé depuis juin, rouvrira ses portes au printemps."],
            Lang::Fr,
            Organization,
            "Le Musée",
            false,
        ),
        (
            &["Les Éditions, rachetées en mars, publieront douze titres."],
            Lang::Fr,
            Organization,
            "Les Éditions",
            false,
        ),
        (
            &["La Confédération versera quarante millions au canton."],
            Lang::Fr,
            Organization,
            "La Confédération",
            false,
        ),
        (
            &["La Fondation a versé deux millions aux chercheurs de Valmorin."],
            Lang::Fr,
            Organization,
            "La Fondation",
            false,
        ),
        (
            &["Le Festival, créé en 1990, accueille trente mille spectateurs."],
            Lang::Fr,
            Other,
            "Le Festival",
            false,
        ),
        (
            &["The Commission, through its trade directorate, rejected the proposal."],
            Lang::En,
            Organization,
            "The Commission",
            false,
        ),
        (
            &["The Federation, which represents four hundred clubs, will appeal."],
            Lang::En,
            Organization,
            "The Federation",
            false,
        ),
        (
            &["The Museum will reopen in the spring after a long closure."],
            Lang::En,
            Organization,
            "The Museum",
            false,
        ),
        // guards: a newspaper keeps its article; a body's full name keeps its words
        (
            &["La Tribune a publié mardi une enquête sur les éleveurs."],
            Lang::Fr,
            Organization,
            "La Tribune",
            true,
        ),
        (
            &["The Herald reported on Tuesday that the plant would close."],
            Lang::En,
            Organization,
            "The Herald",
            true,
        ),
        (
            &["La Fédération des éleveurs de Valmorin a dénoncé la décision."],
            Lang::Fr,
            Organization,
            "Fédération des éleveurs de Valmorin",
            true,
        ),
        (
            &["The Federation of Small Growers said it would appeal."],
            Lang::En,
            Organization,
            "Federation of Small Growers",
            true,
        ),
    ]);
}

#[test]
fn rules_q54fr_a_legal_form_closes_a_firm_over_all_its_links() {
    check_found(&[
        (
            &["Depuis mars, la Laiterie du Val des Prés SC livre trois écoles."],
            Lang::Fr,
            Organization,
            "Laiterie du Val des Prés SC",
            true,
        ),
        (
            &[
                "La société Fromagerie du Mont des Oliviers SARL a été rachetée par un groupe lyonnais.",
            ],
            Lang::Fr,
            Organization,
            "Fromagerie du Mont des Oliviers SARL",
            true,
        ),
        (
            &["Selon la coopérative Vergers de la Vallée des Saules SCRL, la récolte sera maigre."],
            Lang::Fr,
            Organization,
            "Vergers de la Vallée des Saules SCRL",
            true,
        ),
        (
            &["Le contrat a été signé avec Brasserie des Monts du Levant SA, basée à Valmorin."],
            Lang::Fr,
            Organization,
            "Brasserie des Monts du Levant SA",
            true,
        ),
        (
            &["Le fournisseur Meunerie du Pont de la Roche Sàrl a livré trois tonnes."],
            Lang::Fr,
            Organization,
            "Meunerie du Pont de la Roche Sàrl",
            true,
        ),
        (
            &["La distillerie Alambic du Bois des Chênes GmbH a ouvert une boutique."],
            Lang::Fr,
            Organization,
            "Alambic du Bois des Chênes GmbH",
            true,
        ),
        (
            &["The cooperative Orchards of the Vale of Roses Ltd said prices would fall."],
            Lang::En,
            Organization,
            "Orchards of the Vale of Roses Ltd",
            true,
        ),
        (
            &["Supplies come from Mills of the Valley of Stone Ltd, a family firm."],
            Lang::En,
            Organization,
            "Mills of the Valley of Stone Ltd",
            true,
        ),
        // the pieces a second link used to cut out
        (
            &["Depuis mars, la Laiterie du Val des Prés SC livre trois écoles."],
            Lang::Fr,
            Organization,
            "Prés SC",
            false,
        ),
        // guards: with no legal form the second link still ends the name; a town's compound
        // name stays a place
        (
            &["Les producteurs de la coopérative Fruits du Pays des Lacs, réunis lundi, ont voté."],
            Lang::Fr,
            Organization,
            "Fruits du Pays des Lacs",
            false,
        ),
        (
            &["Le maire de Sainte-Croix-des-Bois a salué la décision."],
            Lang::Fr,
            Place,
            "Sainte-Croix-des-Bois",
            true,
        ),
    ]);
}

#[test]
fn rules_q54fr_short_forms_in_mixed_case_and_plural_heads() {
    let cases: &[Case] = &[
        (
            &["L’offre régionale des Transports publics valmorinois (traVal) sera renforcée."],
            Lang::Fr,
            Organization,
            "Transports publics valmorinois",
            &["traVal"],
        ),
        (
            &["Les usagers des Transports régionaux brévinois (traBre) se plaignent des retards."],
            Lang::Fr,
            Organization,
            "Transports régionaux brévinois",
            &["traBre"],
        ),
        (
            &["Selon les Services industriels korvanais (sinKo), la facture augmentera."],
            Lang::Fr,
            Organization,
            "Services industriels korvanais",
            &["sinKo"],
        ),
        (
            &["Les Ateliers mécaniques valmorinois (AMVal) recrutent des soudeurs."],
            Lang::Fr,
            Organization,
            "Ateliers mécaniques valmorinois",
            &["AMVal"],
        ),
        (
            &["Un accord lie les Établissements portuaires lémaniques (EPL) à la ville."],
            Lang::Fr,
            Organization,
            "Établissements portuaires lémaniques",
            &["EPL"],
        ),
        (
            &["Le réseau des Chemins de fer valmorinois (CFVal) sera modernisé."],
            Lang::Fr,
            Organization,
            "Chemins de fer valmorinois",
            &["CFVal"],
        ),
        (
            &["Un nouveau contrat lie les Transports urbains de Korvan (turKo) à la commune."],
            Lang::Fr,
            Organization,
            "Transports urbains de Korvan",
            &["turKo"],
        ),
        (
            &["The Harrow Valley Transport Services (hvTS) said fares would rise."],
            Lang::En,
            Organization,
            "Harrow Valley Transport Services",
            &["hvTS"],
        ),
    ];
    check_merged(cases);
    // guard: a product's name in mixed case in brackets names no body
    check_found(&[(
        &["Il utilise le logiciel eTrack (eTrack) depuis mars."],
        Lang::Fr,
        Organization,
        "eTrack",
        false,
    )]);
}

#[test]
fn rules_q54fr_a_region_letter_after_the_short_form() {
    let cases: &[Case] = &[
        (
            &[
                "L’Agence wallonne pour la promotion d’une agriculture durable (Apad-W) a recruté dix agents.",
            ],
            Lang::Fr,
            Organization,
            "Agence wallonne pour la promotion d’une agriculture durable",
            &["Apad-W"],
        ),
        (
            &[
                "La Société flamande pour le développement des ports (SFDP-V) a investi dix millions.",
            ],
            Lang::Fr,
            Organization,
            "Société flamande pour le développement des ports",
            &["SFDP-V"],
        ),
        (
            &["L’Office vaudois pour la protection des forêts (OPF-V) publiera son rapport lundi."],
            Lang::Fr,
            Organization,
            "Office vaudois pour la protection des forêts",
            &["OPF-V"],
        ),
        (
            &["Selon l’Agence bruxelloise pour la propreté (ABP-B), les rues sont plus sales."],
            Lang::Fr,
            Organization,
            "Agence bruxelloise pour la propreté",
            &["ABP-B"],
        ),
        (
            &["Le Fonds wallon pour le logement des familles (FLF-W) prête à taux zéro."],
            Lang::Fr,
            Organization,
            "Fonds wallon pour le logement des familles",
            &["FLF-W"],
        ),
        (
            &[
                "The Regional Agency for the Promotion of Rural Tourism (Raprt-N) said bookings rose.",
            ],
            Lang::En,
            Organization,
            "Regional Agency for the Promotion of Rural Tourism",
            &["Raprt-N"],
        ),
    ];
    check_merged(cases);
}

#[test]
fn rules_q54fr_a_hospital_or_a_school_with_its_status_and_town() {
    check_found(&[
        (
            &["Elle a été soignée à l’Hôpital régional de Korvan, où trois lits ont été ajoutés."],
            Lang::Fr,
            Organization,
            "Hôpital régional de Korvan",
            true,
        ),
        (
            &["Il est mort à l’Hôpital général de Bertavo lundi soir."],
            Lang::Fr,
            Organization,
            "Hôpital général de Bertavo",
            true,
        ),
        (
            &["Les médecins de l’Hôpital militaire de Valmorin sont en grève."],
            Lang::Fr,
            Organization,
            "Hôpital militaire de Valmorin",
            true,
        ),
        (
            &["Il a été transféré à l’Hôpital psychiatrique de Brévin."],
            Lang::Fr,
            Organization,
            "Hôpital psychiatrique de Brévin",
            true,
        ),
        (
            &["Les élèves du Lycée technique de Korvan ont manifesté."],
            Lang::Fr,
            Organization,
            "Lycée technique de Korvan",
            true,
        ),
        (
            &["Le proviseur du Lycée agricole de Brévin a démissionné."],
            Lang::Fr,
            Organization,
            "Lycée agricole de Brévin",
            true,
        ),
        (
            &["Elle enseigne au Lycée français de Bertavo depuis 2015."],
            Lang::Fr,
            Organization,
            "Lycée français de Bertavo",
            true,
        ),
        (
            &["Elle a été soignée à l’Hôpital régional de Paris, où trois lits ont été ajoutés."],
            Lang::Fr,
            Organization,
            "Hôpital régional de Paris",
            true,
        ),
        // guards: the other heads keep their names
        (
            &["Le directeur du Tribunal administratif de Valmorin a démissionné."],
            Lang::Fr,
            Organization,
            "Tribunal administratif de Valmorin",
            true,
        ),
        (
            &["Elle a été soignée au Centre régional de Korvan, où trois lits ont été ajoutés."],
            Lang::Fr,
            Organization,
            "Centre régional de Korvan",
            true,
        ),
    ]);
}

#[test]
fn rules_q54fr_an_unknown_word_after_le_or_la_that_speaks_is_a_body() {
    check_found(&[
        (
            &["Dès lundi, le Velbond a annoncé une grève des livraisons."],
            Lang::Fr,
            Organization,
            "Velbond",
            true,
        ),
        (
            &["À Namur, la Cortavia a annoncé un plan de relance."],
            Lang::Fr,
            Organization,
            "Cortavia",
            true,
        ),
        (
            &["Dans le Brabant, le Kervenbond réclame un prix minimum."],
            Lang::Fr,
            Organization,
            "Kervenbond",
            true,
        ),
        (
            &["Selon les éleveurs, le Boervak dénonce la décision du ministre."],
            Lang::Fr,
            Organization,
            "Boervak",
            true,
        ),
        (
            &["Depuis lundi, la Vandrix exige des excuses publiques."],
            Lang::Fr,
            Organization,
            "Vandrix",
            true,
        ),
        (
            &["Le communiqué précise que le Landvolk a décidé de suspendre ses livraisons."],
            Lang::Fr,
            Organization,
            "Landvolk",
            true,
        ),
        (
            &["Dès lundi, le Velbond a annoncé une grève des livraisons."],
            Lang::Fr,
            Place,
            "Velbond",
            false,
        ),
        // guards: a river that overflows or rises stays a river
        (
            &["Après la pluie, le Varonne a débordé dans la nuit."],
            Lang::Fr,
            Place,
            "Varonne",
            true,
        ),
        (
            &["Sur la rive, le Morvel a atteint son plus haut niveau."],
            Lang::Fr,
            Place,
            "Morvel",
            true,
        ),
        (
            &["En Europe, le Portugal a annoncé des mesures."],
            Lang::Fr,
            Place,
            "Portugal",
            true,
        ),
        // a title capitalised for emphasis names no body
        (
            &["Selon le texte, le Président a annoncé sa démission."],
            Lang::Fr,
            Organization,
            "Président",
            false,
        ),
    ]);
}

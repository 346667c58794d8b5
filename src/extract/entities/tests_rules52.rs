//! Round fr42 mended: a gazetteer hit of many words that runs into a hyphenated word leaves the
//! shorter hits before it ("Europe du Nord-Ouest" stays one place); a ministry's remit takes
//! "contre/pour les …" only after a topic that governs it and never a phrase of time or count,
//! and keeps a topic's "des" complement whole; a club's own name is never a known party, paper,
//! firm or place; an adverb of time governed by "de"/"d’" stays in a body's name; a no-break
//! space may part a club's article from its own name.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_mend_f42_a_compass_point_after_a_hyphen_keeps_the_region() {
    check_found(&[
        (
            &["La sécheresse gagne l’Europe du Nord-Ouest depuis juin."],
            Lang::Fr,
            Place,
            "Europe du Nord-Ouest",
            true,
        ),
        (
            &["La sécheresse gagne l’Europe du Nord-Ouest depuis juin."],
            Lang::Fr,
            Organization,
            "Europe du Nord-Ouest",
            false,
        ),
        (
            &["En Asie du Sud-Ouest, les prix du riz grimpent."],
            Lang::Fr,
            Place,
            "Asie du Sud-Ouest",
            true,
        ),
        (
            &["Les ventes en Afrique du Nord-Est reculent encore."],
            Lang::Fr,
            Place,
            "Afrique du Nord-Est",
            true,
        ),
        // guards: the region itself, and its English name, stay whole
        (
            &["Les ventes en Europe du Sud reculent encore."],
            Lang::Fr,
            Place,
            "Europe du Sud",
            true,
        ),
        (
            &["Sales in Southern Europe fell sharply."],
            Lang::En,
            Place,
            "Southern Europe",
            true,
        ),
    ]);
}

#[test]
fn rules_mend_f42_a_ministry_s_remits_take_no_phrase_of_the_sentence() {
    check_found(&[
        (
            &[
                "Le ministère de l’Emploi et de la Formation pour les deux prochaines années a promis des crédits.",
            ],
            Lang::Fr,
            Organization,
            "ministère de l’Emploi et de la Formation",
            true,
        ),
        (
            &[
                "Le ministère de l’Industrie et de l’Énergie contre les tarifs douaniers a plaidé à Bruxelles.",
            ],
            Lang::Fr,
            Organization,
            "ministère de l’Industrie et de l’Énergie",
            true,
        ),
        (
            &[
                "Le ministère de la Ville et des Sports pour les jeux régionaux a débloqué une aide.",
            ],
            Lang::Fr,
            Organization,
            "ministère de la Ville et des Sports",
            true,
        ),
        (
            &[
                "Le ministère des Transports et de la Sécurité routière pour les années à venir prévoit des radars.",
            ],
            Lang::Fr,
            Organization,
            "ministère des Transports et de la Sécurité routière",
            true,
        ),
        // a topic's own complement is no cut: the whole remit
        (
            &[
                "Le ministère de l’Aménagement rural et de la Valorisation des terroirs a publié un guide.",
            ],
            Lang::Fr,
            Organization,
            "ministère de l’Aménagement rural et de la Valorisation des terroirs",
            true,
        ),
        // guard: a topic that governs "contre" keeps it
        (
            &["Le ministère des Finances et de la Lutte contre les fraudes a publié un guide."],
            Lang::Fr,
            Organization,
            "ministère des Finances et de la Lutte contre les fraudes",
            true,
        ),
    ]);
}

#[test]
fn rules_mend_f42_a_club_s_own_name_is_never_a_known_name() {
    check_found(&[
        (
            &["Le Comité local Les Républicains de Vannes a désigné sa candidate."],
            Lang::Fr,
            Organization,
            "Comité local",
            true,
        ),
        (
            &["L’Union des commerçants Les Sables-d'Olonne réclame des parkings."],
            Lang::Fr,
            Place,
            "Les Sables-d'Olonne",
            true,
        ),
        (
            &["Le Conseil régional Les Hauts-de-France a voté le budget."],
            Lang::Fr,
            Place,
            "Hauts-de-France",
            true,
        ),
        (
            &["La Société des lecteurs Le Monde a voté contre le projet."],
            Lang::Fr,
            Organization,
            "Le Monde",
            true,
        ),
        (
            &["Le Groupement citoyen Les Soulèvements de la Terre a manifesté."],
            Lang::Fr,
            Organization,
            "Groupement citoyen Les Soulèvements de la Terre",
            false,
        ),
        // guard: a club's own name nobody knows still belongs to it
        (
            &["L’Amicale de voile Les Goélands de Port-Bréhat a gagné la régate."],
            Lang::Fr,
            Organization,
            "Amicale de voile Les Goélands de Port-Bréhat",
            true,
        ),
    ]);
}

#[test]
fn rules_mend_f42_an_adverb_after_de_stays_in_the_name() {
    check_found(&[
        (
            &["L’Association des anciens de toujours prépare son gala."],
            Lang::Fr,
            Organization,
            "Association des anciens de toujours",
            true,
        ),
        (
            &["Le Musée d’hier et de demain de Valcourt ouvre ses portes."],
            Lang::Fr,
            Organization,
            "Musée d’hier et de demain de Valcourt",
            true,
        ),
        (
            &["Le Musée d’hier et de demain de Valcourt ouvre ses portes."],
            Lang::Fr,
            Organization,
            "Le Musée",
            false,
        ),
        // guards: an adverb no "de" governs still ends the complement
        (
            &["La Commission de surveillance toujours saisie a rendu un avis."],
            Lang::Fr,
            Organization,
            "Commission de surveillance",
            true,
        ),
        (
            &["La plainte sera examinée par la Commission de surveillance lors de son bilan."],
            Lang::Fr,
            Organization,
            "Commission de surveillance",
            true,
        ),
    ]);
}

#[test]
fn rules_mend_f42_a_no_break_space_before_a_club_s_own_name() {
    check_found(&[
        (
            &["L’Amicale de voile Les\u{a0}Goélands de Port-Bréhat a gagné la régate."],
            Lang::Fr,
            Organization,
            "Amicale de voile Les\u{a0}Goélands de Port-Bréhat",
            true,
        ),
        (
            &["L’Amicale de voile Les\u{202f}Goélands de Port-Bréhat a gagné la régate."],
            Lang::Fr,
            Organization,
            "Les\u{202f}Goélands de Port-Bréhat",
            false,
        ),
        // guard: a lowercase word after the article and its no-break space is no own name
        (
            &["L’Amicale de voile Les\u{a0}dimanches matin propose des sorties."],
            Lang::Fr,
            Organization,
            "Amicale de voile Les\u{a0}dimanches",
            false,
        ),
    ]);
}

//! One table case per rule of round 34 (fr41): a body's long name confirmed by the acronym in
//! brackets after it, spelt by syllables ("Sorefig") or through lists, possessives and
//! hyphens. Guards: a long form never reaches back over a verb; an acronym whose letters the
//! body's noun cannot open is no definition of it.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round34_fr41_long_name_spelt_by_its_acronym() {
    check_found(&[
        (
            &[
                "Le patronat, représenté par l’Union nationale de l’industrie, du commerce et de l’artisanat (Unica), a signé l’accord.",
            ],
            Lang::Fr,
            Organization,
            "Union nationale de l’industrie, du commerce et de l’artisanat",
            true,
        ),
        (
            &[
                "Le prêt est garanti par la Société régionale de financement et de garantie des petites entreprises (Sorefig), selon le maire.",
            ],
            Lang::Fr,
            Organization,
            "Société régionale de financement et de garantie des petites entreprises",
            true,
        ),
        (
            &[
                "La Société régionale de financement et d’aide aux nouvelles entreprises (Sorefinane) a refusé le prêt.",
            ],
            Lang::Fr,
            Organization,
            "Société régionale de financement et d’aide aux nouvelles entreprises",
            true,
        ),
        (
            &["Le Mouvement des entreprises de Bretagne (Medeb) réclame une baisse des charges."],
            Lang::Fr,
            Organization,
            "Mouvement des entreprises de Bretagne",
            true,
        ),
        (
            &[
                "The Guild of Cornwall's Boat-Builders (GCBB) said the new rules would hurt members.",
            ],
            Lang::En,
            Organization,
            "Guild of Cornwall's Boat-Builders",
            true,
        ),
        // guard: a long form never reaches back over a verb
        (
            &["Cette année, l’Office a soutenu les producteurs de tomates (OSPT) du département."],
            Lang::Fr,
            Organization,
            "Office a soutenu les producteurs de tomates",
            false,
        ),
        // guard: letters the body's noun cannot open define something else
        (
            &[
                "Selon l’Association des maires ruraux, le revenu de solidarité active (RSA) coûtera plus cher.",
            ],
            Lang::Fr,
            Organization,
            "Association des maires ruraux, le revenu de solidarité active",
            false,
        ),
    ]);
}

#[test]
fn rules_round34_fr41_institution_named_after_its_qualifier() {
    check_found(&[
        (
            &[
                "Les malades ont été transférés à l’hôpital universitaire Farhat-Jaziri, mardi soir.",
            ],
            Lang::Fr,
            Organization,
            "hôpital universitaire Farhat-Jaziri",
            true,
        ),
        (
            &["Les élèves du lycée professionnel Marcel-Vautrin ont manifesté devant la mairie."],
            Lang::Fr,
            Organization,
            "lycée professionnel Marcel-Vautrin",
            true,
        ),
        (
            &["Le collège privé Sainte-Odile accueillera deux classes de plus à la rentrée."],
            Lang::Fr,
            Organization,
            "collège privé Sainte-Odile",
            true,
        ),
        // guard: only qualifiers come between the head and the name, never a verb
        (
            &["Depuis lundi, l’hôpital universitaire accueille Maryse Tollec pour sa rééducation."],
            Lang::Fr,
            Organization,
            "hôpital universitaire accueille Maryse Tollec",
            false,
        ),
    ]);
}

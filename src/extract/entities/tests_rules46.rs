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

#[test]
fn rules_round34_fr41_court_name_ends_at_a_verb_and_its_object() {
    check_found(&[
        (
            &["Loyers impayés : la Cour supérieure ordonne une nouvelle expertise"],
            Lang::Fr,
            Organization,
            "Cour supérieure",
            true,
        ),
        (
            &["Le Tribunal administratif rejette son recours contre la commune de Vernelle."],
            Lang::Fr,
            Organization,
            "Tribunal administratif",
            true,
        ),
        // guard: an adjective before an article stays in the name
        (
            &["La Cour nationale du droit d’asile a rendu sa décision jeudi."],
            Lang::Fr,
            Organization,
            "Cour nationale du droit d’asile",
            true,
        ),
    ]);
}

#[test]
fn rules_round34_fr41_body_name_goes_on_through_whom_it_serves() {
    check_found(&[
        (
            &[
                "L’Association régionale d’aide aux sinistrés, qui compte 40 bénévoles, a lancé un appel.",
            ],
            Lang::Fr,
            Organization,
            "Association régionale d’aide aux sinistrés",
            true,
        ),
        (
            &["Le Comité de soutien aux familles endeuillées a été reçu par le préfet."],
            Lang::Fr,
            Organization,
            "Comité de soutien aux familles endeuillées",
            true,
        ),
        (
            &["Le Comité de soutien à la famille Ardouin organise un repas samedi."],
            Lang::Fr,
            Organization,
            "Comité de soutien à la famille Ardouin",
            true,
        ),
        // guard: an adverbial phrase after "aux" is no one the body serves
        (
            &["La Fédération des chasseurs aux côtés des agriculteurs a manifesté mardi."],
            Lang::Fr,
            Organization,
            "Fédération des chasseurs",
            true,
        ),
    ]);
}

#[test]
fn rules_round34_fr41_public_office_named_by_an_agent_noun() {
    check_found(&[
        (
            &[
                "Les usagers ont déposé une centaine de plaintes au Protecteur de l’élève depuis mars.",
            ],
            Lang::Fr,
            Organization,
            "Protecteur de l’élève",
            true,
        ),
        (
            &["Selon la Médiatrice de l’énergie, les litiges ont doublé en un an."],
            Lang::Fr,
            Organization,
            "Médiatrice de l’énergie",
            true,
        ),
        (
            &["Le Vérificateur général du Manitoba publiera son rapport jeudi."],
            Lang::Fr,
            Organization,
            "Vérificateur général du Manitoba",
            true,
        ),
        // guard: a title before a person's name is no office
        (
            &["Le Commissaire européen Lorenzo Valdi a répondu aux députés."],
            Lang::Fr,
            Organization,
            "Commissaire européen Lorenzo Valdi",
            false,
        ),
    ]);
}

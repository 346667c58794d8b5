//! Round 53 (set 44 read), French organisations: a lowercase name stops at a preposition or
//! a conjunction opening a new phrase ("… de la pêche avant toute décision"); faculties,
//! schools and laboratories keep "et de …" in their names and leave out the university they
//! belong to; English schools and faculties list their fields with commas; "les Amis du X de
//! Y" runs through its lowercase words. Guards keep compound nouns, lists of bodies and a
//! person's friends.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

/// One case: one sentence, its language, the kind, the name and whether it is found.
fn case(
    s: &'static [&'static str],
    lang: Lang,
    name: &'static str,
    want: bool,
) -> (
    &'static [&'static str],
    Lang,
    EntityKind,
    &'static str,
    bool,
) {
    (s, lang, Organization, name, want)
}

#[test]
fn rules_r53_a_lowercase_name_stops_where_a_new_phrase_opens() {
    let fr = Lang::Fr;
    check_found(&[
        case(
            &[
                "Une étude sera confiée à l’Institut régional de la pêche avant toute décision du gouvernement.",
            ],
            fr,
            "Institut régional de la pêche",
            true,
        ),
        case(
            &[
                "La mission reviendra à l’Office cantonal de la mobilité pendant toute la durée des travaux.",
            ],
            fr,
            "Office cantonal de la mobilité",
            true,
        ),
        case(
            &[
                "Les données ont été versées à l’Observatoire de la faune sauvage afin que les chercheurs les consultent.",
            ],
            fr,
            "Observatoire de la faune sauvage",
            true,
        ),
        case(
            &[
                "Les bénévoles ont aidé l’Association des pêcheurs amateurs jusqu’à la fin de la saison.",
            ],
            fr,
            "Association des pêcheurs amateurs",
            true,
        ),
        case(
            &[
                "Un accord a été signé avec l’Union des producteurs laitiers sauf avis contraire du ministère.",
            ],
            fr,
            "Union des producteurs laitiers",
            true,
        ),
        case(
            &["Les fonds iront à l’Agence de la santé durant les deux prochaines années."],
            fr,
            "Agence de la santé",
            true,
        ),
        case(
            &[
                "Le projet a été repris par la Fondation du patrimoine rural sans la moindre aide publique.",
            ],
            fr,
            "Fondation du patrimoine rural",
            true,
        ),
        // guards: a compound noun, a body's purpose
        case(
            &["Le Musée d’après-guerre de Kervel rouvre ses portes."],
            fr,
            "Musée d’après-guerre de Kervel",
            true,
        ),
        case(
            &["Les membres de l’Institut de recherche contre le cancer ont salué la décision."],
            fr,
            "Institut de recherche contre le cancer",
            true,
        ),
        case(
            &["Le Collectif des sans-papiers de Brévannes a manifesté."],
            fr,
            "Collectif des sans-papiers de Brévannes",
            true,
        ),
    ]);
}

#[test]
fn rules_r53_faculties_and_schools_keep_their_coordinated_fields() {
    let (fr, en) = (Lang::Fr, Lang::En);
    check_found(&[
        case(
            &[
                "Depuis lundi, la Faculté de droit et des sciences politiques de l’Université de Marvel recrute.",
            ],
            fr,
            "Faculté de droit et des sciences politiques",
            true,
        ),
        case(
            &[
                "Depuis lundi, la Faculté de droit et des sciences politiques de l’Université de Marvel recrute.",
            ],
            fr,
            "Université de Marvel",
            true,
        ),
        case(
            &["Une convention lie la Faculté des lettres et des sciences humaines à la ville."],
            fr,
            "Faculté des lettres et des sciences humaines",
            true,
        ),
        case(
            &["Le Laboratoire de géologie et d’hydrologie a publié une carte."],
            fr,
            "Laboratoire de géologie et d’hydrologie",
            true,
        ),
        case(
            &["Elle enseigne à l’École de chimie de l’Université de Marvel."],
            fr,
            "École de chimie",
            true,
        ),
        case(
            &["Le cours est donné à la Faculté de médecine de l’Université de Dorvan II."],
            fr,
            "Université de Dorvan II",
            true,
        ),
        case(
            &[
                "The course is run by the School of Marine Biology, Ecology and Conservation Studies at Tarvel University.",
            ],
            en,
            "School of Marine Biology, Ecology and Conservation Studies",
            true,
        ),
        case(
            &["She joined the Faculty of Arts, Humanities and Social Sciences in 2019."],
            en,
            "Faculty of Arts, Humanities and Social Sciences",
            true,
        ),
        // guards: two bodies joined, a list of institutions, a university's own body
        case(
            &["La Faculté de médecine et le Centre hospitalier de Kervel ont signé un accord."],
            fr,
            "Faculté de médecine",
            true,
        ),
        case(
            &["Students of the School of Law, Tarvel University and Morden College attended."],
            en,
            "School of Law, Tarvel University and Morden College",
            false,
        ),
        case(
            &["Le rapport est publié par les Presses de l’Université de Marvel."],
            fr,
            "Presses de l’Université de Marvel",
            true,
        ),
    ]);
}

#[test]
fn rules_r53_friends_of_a_place_run_through_lowercase_words() {
    let fr = Lang::Fr;
    check_found(&[
        case(
            &["Une centaine de membres des Amis du moulin de Kervel ont voté mardi."],
            fr,
            "Amis du moulin de Kervel",
            true,
        ),
        case(
            &["Les Amis de la forêt de Bréval organisent une balade dimanche."],
            fr,
            "Amis de la forêt de Bréval",
            true,
        ),
        case(
            &["Le président des Amis du musée de Tarnac a remercié la commune."],
            fr,
            "Amis du musée de Tarnac",
            true,
        ),
        case(
            &["Selon les Amis des orgues de Saint-Brévin, le chantier prendra deux ans."],
            fr,
            "Amis des orgues de Saint-Brévin",
            true,
        ),
        case(
            &["Il a invité les Amis de Kervel à la fête."],
            fr,
            "Amis de Kervel",
            true,
        ),
        // guards: no lone "Amis", no group without an article, a person's friends
        case(
            &["Une centaine de membres des Amis du moulin de Kervel ont voté mardi."],
            fr,
            "Amis",
            false,
        ),
        case(
            &["Amis de longue date, ils ont fondé une entreprise."],
            fr,
            "Amis de longue date",
            false,
        ),
        (
            &["Les Amis de Marc Lenoir sont venus."],
            fr,
            Person,
            "Marc Lenoir",
            true,
        ),
    ]);
}

//! Round 59 (the 50th set read): a professional corporation's "PC" closing a partnership's name,
//! "Co. (Pty) Ltd", a Canadian firm's lowercase form after several links, "Au"/"Du" opening a
//! sentence before a body's head, a second "du X" coordinated in a body's name, a verb in the
//! singular after a plural complement ending the name, "l’Ordre" and "la Financière" as heads,
//! "owner of" after a name.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round59_english_firm_forms() {
    check_found(&[
        (
            &["Lawyers from the firm Quarles & Dunmore PC asked for an injunction."],
            Lang::En,
            Organization,
            "Quarles & Dunmore PC",
            true,
        ),
        (
            &["Its supplier, Tarrow Wool Co. (Pty) Ltd, based in Graaff-Reinet, cut deliveries."],
            Lang::En,
            Organization,
            "Tarrow Wool Co. (Pty) Ltd",
            true,
        ),
        (
            &["Son fournisseur, Tarrow Wool Co. (Pvt) Ltd, a réduit ses livraisons."],
            Lang::Fr,
            Organization,
            "Tarrow Wool Co. (Pvt) Ltd",
            true,
        ),
        // guard: "Co." alone still closes the name
        (
            &["Its supplier, Tarrow Wool Co., cut deliveries in May."],
            Lang::En,
            Organization,
            "Tarrow Wool Co.",
            true,
        ),
    ]);
}

#[test]
fn rules_round59_owner_of_after_a_name_is_a_person() {
    check_found(&[
        (
            &["Prices will rise. Pemba Nuru Lhakpa, owner of Kestrel Treks, said so."],
            Lang::En,
            Person,
            "Pemba Nuru Lhakpa",
            true,
        ),
        (
            &["Prices will rise. Pemba Nuru Lhakpa, owner of Kestrel Treks, said so."],
            Lang::En,
            Organization,
            "Pemba Nuru Lhakpa",
            false,
        ),
    ]);
}

#[test]
fn rules_round59_french_body_names() {
    let vergers = "Elle est copropriétaire des Vergers du Coteau de la Brume inc., à Rougemont.";
    check_found(&[
        (
            &[vergers],
            Lang::Fr,
            Organization,
            "Vergers du Coteau de la Brume inc.",
            true,
        ),
        (&[vergers], Lang::Fr, Organization, "Brume inc.", false),
        (
            &["Au Musée national de la Dentelle, la conservatrice a ouvert les réserves."],
            Lang::Fr,
            Organization,
            "Musée national de la Dentelle",
            true,
        ),
        (
            &["Au Musée national de la Dentelle, la conservatrice a ouvert les réserves."],
            Lang::Fr,
            Organization,
            "Au Musée",
            false,
        ),
        (
            &["Le Musée régional du Sel et du Vent a rouvert ses portes."],
            Lang::Fr,
            Organization,
            "Musée régional du Sel et du Vent",
            true,
        ),
        (
            &["La Fédération régionale des sociétés chorales parle d’un « coup dur »."],
            Lang::Fr,
            Organization,
            "Fédération régionale des sociétés chorales",
            true,
        ),
        // guard: an adjective agreeing with the head after a bare "de"
        (
            &["Le Centre de services scolaire du Val-Brûlé a fermé deux écoles."],
            Lang::Fr,
            Organization,
            "Centre de services scolaire du Val-Brûlé",
            true,
        ),
        (
            &["L’Ordre national des pharmaciens du Gabon a réclamé un audit."],
            Lang::Fr,
            Organization,
            "Ordre national des pharmaciens du Gabon",
            true,
        ),
        (
            &["Les pertes seront couvertes par la Financière agricole du Manitoba."],
            Lang::Fr,
            Organization,
            "Financière agricole du Manitoba",
            true,
        ),
    ]);
}

#[test]
fn rules_round59_a_saints_name_opening_two_words_is_a_town() {
    let a = "The peppers were imported through the port of entry at Santa Lucrecia.";
    check_found(&[
        (&[a], Lang::En, Place, "Santa Lucrecia", true),
        (&[a], Lang::En, Organization, "Santa Lucrecia", false),
        (
            &["The trucks crossed at San Evaristo on Monday."],
            Lang::En,
            Place,
            "San Evaristo",
            true,
        ),
        // guard: the Christmas figure
        (
            &["Santa Claus came early this year, said Mary Smith."],
            Lang::En,
            Place,
            "Santa Claus",
            false,
        ),
    ]);
}

#[test]
fn rules_round59_a_place_only_opening_sentences_and_written_lowercase_is_the_noun() {
    let chile = [
        "Farmers in the valley grow green chile and red chile for the roasters.",
        "Chile is one of the state’s signature crops, but acreage has fallen.",
    ];
    let country = [
        "Exports to Chile rose by a third last year.",
        "Chile is one of the state’s biggest buyers, and green chile sells well there.",
    ];
    check_found(&[
        (&chile, Lang::En, Place, "Chile", false),
        // guard: named mid-sentence too, the country stays
        (&country, Lang::En, Place, "Chile", true),
        // guard: no lowercase use, the country stays
        (
            &["Chile is one of the state’s biggest buyers of wheat."],
            Lang::En,
            Place,
            "Chile",
            true,
        ),
    ]);
}

#[test]
fn rules_round59_the_51st_sets_classes() {
    let islands = [
        "Residents of Tolmie Island woke up to an empty dock on Thursday.",
        "On Tolmie, home to about 4,500 people, grocers began rationing milk.",
    ];
    let firm = "« Nous en retenons un en rade », indique Paul Jaffré, directeur pour la Bretagne de \
                Tarvel Maritime SAS, une compagnie basée à Marseille.";
    let avsf = "La coopérative a été créée avec l’appui de l’ONG Agronomes et Forestiers sans \
                frontières (AFSF), qui vend ses gousses.";
    check_found(&[
        // an island's name alone is the island named in full
        (&islands, Lang::En, Place, "Tolmie Island", true),
        (&islands, Lang::En, Place, "Tolmie", false),
        // a place, "de", a firm closed by its legal form: two names
        (&[firm], Lang::Fr, Organization, "Tarvel Maritime SAS", true),
        (&[firm], Lang::Fr, Place, "Bretagne", true),
        (
            &[firm],
            Lang::Fr,
            Organization,
            "Bretagne de Tarvel Maritime SAS",
            false,
        ),
        // an acronym spelling a preposition's letter too, without the noun introducing it
        (
            &[avsf],
            Lang::Fr,
            Organization,
            "Agronomes et Forestiers sans frontières",
            true,
        ),
        (&[avsf], Lang::Fr, Organization, "Agronomes", false),
        // a verb of saying before the name
        (
            &["« La vanille, ça se garde », sourit Haingo Rakotobe, qui cultive un hectare."],
            Lang::Fr,
            Person,
            "Haingo Rakotobe",
            true,
        ),
    ]);
}

#[test]
fn rules_round59_a_bylines_outlet() {
    let en = [
        "Island ferry strike enters second week",
        "By Megan Tolliver, Harbour Courier staff writer",
        "Residents woke up on Thursday to an empty dock.",
    ];
    let fr = [
        "Une fromagerie rachetée",
        "Par Claire Vuillard, Le Messager du Haut-Doubs",
        "La fromagerie a été rachetée mardi.",
    ];
    check_found(&[
        (&en, Lang::En, Organization, "Harbour Courier", true),
        (&en, Lang::En, Person, "Megan Tolliver", true),
        // (round 61: with its article, part of a newspaper's title)
        (
            &fr,
            Lang::Fr,
            Organization,
            "Le Messager du Haut-Doubs",
            true,
        ),
        (&fr, Lang::Fr, Organization, "Le Messager", false),
        // guard: a desk is no outlet
        (
            &[
                "Pharmacies close early",
                "By Tom Haleford, Business Reporter",
                "Pharmacies closed on Monday.",
            ],
            Lang::En,
            Organization,
            "Business Reporter",
            false,
        ),
    ]);
}

#[test]
fn rules_round59_a_departmental_bodys_acronym_and_its_place() {
    check_found(&[
        (
            &["La FDSEA de la Creuse se montre plus conciliante que la Confédération paysanne."],
            Lang::Fr,
            Organization,
            "FDSEA de la Creuse",
            true,
        ),
        (
            &["La FDSEA de la Creuse se montre plus conciliante que la Confédération paysanne."],
            Lang::Fr,
            Organization,
            "FDSEA",
            false,
        ),
    ]);
}

#[test]
fn rules_round59_a_block_ending_on_et_after_a_bodys_name() {
    // (the coordination's look-ahead must stop at the block's end)
    for text in [
        "Le Musée régional du Sel et",
        "Le Musée régional du Sel et du",
        "Le Musée régional du Sel et de",
    ] {
        check_found(&[(
            &[text],
            Lang::Fr,
            Organization,
            "Musée régional du Sel",
            true,
        )]);
    }
}

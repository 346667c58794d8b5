//! Round 71 (regional bodies: names that list their remits after an agency's or a board's
//! head).

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round71_an_agency_or_a_board_listing_its_remits_is_one_body() {
    let vermont =
        "The Vermont Agency of Agriculture, Food and Markets said it would inspect the farm.";
    let marine = "The Department of Agriculture, Food and the Marine said it would act.";
    let parks = "The New York State Office of Parks, Recreation and Historic Preservation runs it.";
    let institute = "A report from the Institute of Food, Nutrition and Health came out on Monday.";
    // guards: a list that names known places, firms, towns or given names is a list of
    // other things
    let inquiry = "The Board of Inquiry, France and Germany agreed on Monday.";
    let fisheries = "The Agency of Fisheries, Google and Amazon agreed on it.";
    let physics = "The Institute of Physics, Oxford University and Imperial College signed it.";
    check_found(&[
        (
            &[vermont],
            Lang::En,
            Organization,
            "Vermont Agency of Agriculture, Food and Markets",
            true,
        ),
        (&[vermont], Lang::En, Organization, "Markets", false),
        (
            &[marine],
            Lang::En,
            Organization,
            "Department of Agriculture, Food and the Marine",
            true,
        ),
        (
            &[parks],
            Lang::En,
            Organization,
            "New York State Office of Parks, Recreation and Historic Preservation",
            true,
        ),
        (
            &[institute],
            Lang::En,
            Organization,
            "Institute of Food, Nutrition and Health",
            true,
        ),
        (&[inquiry], Lang::En, Place, "France", true),
        (
            &[inquiry],
            Lang::En,
            Organization,
            "Board of Inquiry, France and Germany",
            false,
        ),
        (&[fisheries], Lang::En, Organization, "Google", true),
        (
            &[physics],
            Lang::En,
            Organization,
            "Institute of Physics",
            true,
        ),
    ]);
}

#[test]
fn rules_round71_a_titles_plural_before_two_names_makes_both_holders() {
    let ohio = "Commissioners Janet Lancaster and Ray Kestler voted in favor.";
    let court =
        "In a dissent joined by Justices Ruth Okonkwo and Samuel Lincoln, the judge warned.";
    let council = "Councillors Anne Marr and Tom Kiely objected to the plan.";
    // guards: the plural far from a name, the plural in lower case before a body, a French
    // body opening with a title's plural
    let group = "Councillors from the People’s Choice group said no.";
    let sugar = "The judges told the Sugar Commissionerate in Pune to act.";
    let laitiers = "Les Maîtres Laitiers du Cotentin ont signé lundi.";
    check_found(&[
        (&[ohio], Lang::En, Person, "Janet Lancaster", true),
        (&[ohio], Lang::En, Person, "Ray Kestler", true),
        (&[court], Lang::En, Person, "Ruth Okonkwo", true),
        (
            &[court],
            Lang::En,
            Organization,
            "Justices Ruth Okonkwo",
            false,
        ),
        (&[council], Lang::En, Person, "Anne Marr", true),
        (&[council], Lang::En, Person, "Tom Kiely", true),
        (&[group], Lang::En, Person, "People", false),
        (
            &[sugar],
            Lang::En,
            Organization,
            "Sugar Commissionerate",
            true,
        ),
        (
            &[laitiers],
            Lang::Fr,
            Organization,
            "Maîtres Laitiers du Cotentin",
            true,
        ),
    ]);
}

#[test]
fn rules_round71_an_english_prefecture_or_township_is_the_area() {
    let ohio =
        "It plans to lease ground in Goshen Township and neighboring Union Township near Urbana.";
    let gifu = "The valve maker is based in Gifu Prefecture, near Nagoya.";
    // guards: the prefecture's government, the township's board
    let okayama = "The Okayama Prefectural Government said so on Monday.";
    let board = "The Union Township Board of Trustees met on Monday.";
    check_found(&[
        (&[ohio], Lang::En, Place, "Union Township", true),
        (&[ohio], Lang::En, Place, "Goshen Township", true),
        (&[gifu], Lang::En, Place, "Gifu Prefecture", true),
        (
            &[okayama],
            Lang::En,
            Organization,
            "Okayama Prefectural Government",
            true,
        ),
        (&[board], Lang::En, Place, "Union Township", false),
    ]);
}

#[test]
fn rules_round71_the_city_of_a_place_that_speaks_or_acts_is_its_council() {
    let cape = "The City of Cape Town said it would shield customers from two stages.";
    let tshwane = "Soweto was dark for hours, and the City of Tshwane warned residents.";
    let canmore = "The Town of Canmore announced a curfew on Monday.";
    // guards: the city as a place, the verb "has" (a place's description as often)
    let moved = "He moved to the City of London in 1990.";
    let centre = "The City of London has long been a financial centre.";
    check_found(&[
        (&[cape], Lang::En, Organization, "City of Cape Town", true),
        (&[tshwane], Lang::En, Organization, "City of Tshwane", true),
        (&[canmore], Lang::En, Organization, "Town of Canmore", true),
        (&[moved], Lang::En, Organization, "City of London", false),
        (&[centre], Lang::En, Organization, "City of London", false),
    ]);
}

#[test]
fn rules_round71_the_one_a_body_is_presided_by_is_a_person() {
    let court = "La Cour constitutionnelle, présidée par Kossi Abalo, dispose de dix jours.";
    let comite = "Le comité, présidé par Komla Dodzi, a tranché.";
    let panel = "The panel, chaired by Ray Kestler, met on Monday.";
    // guards: a consortium led by a firm, a body's noun in the name
    let consortium = "The bid, headed by Ardent Mills, failed.";
    let partners = "The panel, chaired by Kestrel Partners, met.";
    check_found(&[
        (&[court], Lang::Fr, Person, "Kossi Abalo", true),
        (&[comite], Lang::Fr, Person, "Komla Dodzi", true),
        (&[panel], Lang::En, Person, "Ray Kestler", true),
        (&[consortium], Lang::En, Person, "Ardent Mills", false),
        (&[partners], Lang::En, Person, "Kestrel Partners", false),
    ]);
}

#[test]
fn rules_round71_the_welsh_ap_joins_a_given_name_and_a_surname() {
    let school = "Ysgol Pen-y-bont-fawr head Siôn ap Dafydd said the plan was unfair.";
    let later = "Later, Rhys ap Gwilym said no.";
    // guard: the news agency in capitals
    let agency = "The AP reported it on Monday.";
    check_found(&[
        (&[school], Lang::En, Person, "Siôn ap Dafydd", true),
        (&[school], Lang::En, Person, "Siôn", false),
        (&[later], Lang::En, Person, "Rhys ap Gwilym", true),
        (&[agency], Lang::En, Organization, "Associated Press", true),
    ]);
}

#[test]
fn rules_round71_common_french_and_ewe_given_names_open_a_person() {
    let bdf =
        "La première sous-gouverneure, Laure Vienne, a précisé que la consommation restait solide.";
    let togo = "Le porte-parole Komla Dodzi et Akossiwa Mensah ont répondu.";
    let adele = "Adèle Castagnet a signé.";
    check_found(&[
        (&[bdf], Lang::Fr, Person, "Laure Vienne", true),
        (&[bdf], Lang::Fr, Place, "Vienne", false),
        (&[togo], Lang::Fr, Person, "Akossiwa Mensah", true),
        (&[adele], Lang::Fr, Person, "Adèle Castagnet", true),
    ]);
}

#[test]
fn rules_round71_an_areas_lowercase_head_takes_its_de_along() {
    let togo = "Ses délégués ont été expulsés de 300 bureaux dans la préfecture du Golfe.";
    let region = "Dans la région Atsinanana, il pleut depuis lundi.";
    check_found(&[
        (&[togo], Lang::Fr, Place, "Golfe", true),
        (&[togo], Lang::Fr, Place, "du Golfe", false),
        (&[region], Lang::Fr, Place, "Atsinanana", true),
    ]);
}

#[test]
fn rules_round71_guards_found_in_review() {
    let qpr = "Queens Park Rangers beat Millwall 2-1 on Saturday.";
    let lynn = "Police raided a warehouse in Kings Lynn on Sunday.";
    let mayors = "Mayors Against Illegal Guns said the bill was weak.";
    let corner = "Protesters gathered at Speakers Corner in Hyde Park.";
    let london =
        "Analysts expect the City of London will remain Europe's biggest financial centre.";
    let light = "The City of Light will host the Olympic marathon.";
    let venice = "Engineers say the City of Venice will be under water by 2100.";
    let think =
        "Think tanks including the Centre for Policy Studies, Policy Exchange and Onward objected.";
    let board = "On behalf of the Board of Directors, Management and Staff, we thank you.";
    let consortium = "A consortium chaired by Brookfield Renewable bid for the plant.";
    let consortium_fr =
        "Le consortium, présidé par Brookfield Renewable, a remporté l’appel d’offres.";
    check_found(&[
        (&[qpr], Lang::En, Organization, "Queens Park Rangers", true),
        (&[lynn], Lang::En, Place, "Kings Lynn", true),
        (&[mayors], Lang::En, Person, "Against Illegal Guns", false),
        (&[corner], Lang::En, Person, "Corner", false),
        (&[london], Lang::En, Organization, "City of London", false),
        (&[light], Lang::En, Organization, "City of Light", false),
        (&[venice], Lang::En, Organization, "City of Venice", false),
        (&[think], Lang::En, Organization, "Policy Exchange", true),
        (&[board], Lang::En, Organization, "Board of Directors", true),
        (
            &[consortium],
            Lang::En,
            Person,
            "Brookfield Renewable",
            false,
        ),
        (
            &[consortium_fr],
            Lang::Fr,
            Person,
            "Brookfield Renewable",
            false,
        ),
    ]);
}

#[test]
fn rules_round71_an_alpine_valley_or_peak_is_a_place() {
    let valais = "Le hameau est dans le Val d’Hérens, face à la Dent Blanche et à la Dent du Midi.";
    let ski = "Skiers love Val d’Isère and Val di Fiemme.";
    // guard: the English surname "Dent"
    let dent = "Later, Arthur Dent met the committee.";
    check_found(&[
        (&[valais], Lang::Fr, Place, "Val d’Hérens", true),
        (&[valais], Lang::Fr, Place, "Dent Blanche", true),
        (&[valais], Lang::Fr, Place, "Dent du Midi", true),
        (&[ski], Lang::En, Place, "Val di Fiemme", true),
        (&[dent], Lang::En, Person, "Arthur Dent", true),
    ]);
}

#[test]
fn rules_round71_a_members_seat_spelt_whole_is_a_place() {
    let ghana = "The Member of Parliament for Twifo Atti-Morkwa, Mr Ebenezer Arthur-Mensah, visited the scene.";
    let both = "She is the Member of Parliament for Hexham and the Member of the Legislative Assembly for Kildonan.";
    check_found(&[
        (&[ghana], Lang::En, Place, "Twifo Atti-Morkwa", true),
        (
            &[ghana],
            Lang::En,
            Organization,
            "Member of Parliament for Twifo Atti-Morkwa",
            false,
        ),
        (&[ghana], Lang::En, Person, "Ebenezer Arthur-Mensah", true),
        (&[both], Lang::En, Place, "Kildonan", true),
        (&[both], Lang::En, Place, "Hexham", true),
    ]);
}

#[test]
fn rules_round71_english_regions_by_their_river_and_the_new_cumbrian_areas_are_places() {
    let tyne = "Shipyard workers on Tyneside voted to strike on Monday.";
    let cumbria =
        "Westmorland and Furness is a unitary area, and the Westmorland and Furness Council voted.";
    check_found(&[
        (&[tyne], Lang::En, Place, "Tyneside", true),
        (&[tyne], Lang::En, Organization, "Tyneside", false),
        (&[cumbria], Lang::En, Place, "Westmorland and Furness", true),
        (&[cumbria], Lang::En, Place, "Furness", false),
        (
            &[cumbria],
            Lang::En,
            Organization,
            "Westmorland and Furness Council",
            true,
        ),
    ]);
}

#[test]
fn rules_round71_an_acronym_then_a_given_name_and_a_surname_are_a_body_and_a_person() {
    let rfi = "« Rien de ce que nous avons vu », a déclaré à RFI Nestor Aného, président du parti.";
    // guards: a body's arm named after the acronym
    let alba = "The BBC Alba channel aired it.";
    let women = "The UN Women office opened on Monday.";
    check_found(&[
        (&[rfi], Lang::Fr, Person, "Nestor Aného", true),
        (&[rfi], Lang::Fr, Organization, "RFI", true),
        (&[rfi], Lang::Fr, Organization, "RFI Nestor Aného", false),
        (&[alba], Lang::En, Person, "Alba", false),
        (&[women], Lang::En, Person, "Women", false),
    ]);
}

#[test]
fn rules_round71_a_persons_noun_opening_the_sentence_before_two_names_and_a_comma() {
    let ohio = "Landowner Dean Kiser, whose family has farmed near Mechanicsburg since 1911, said he would sign.";
    let farmer = "Farmer Ray Kestler, 58, said the price was low.";
    // guards: a body's or a programme's noun ends the name
    let market = "Farmers Market Association said no.";
    let grant = "Landowner Grant Programme, a scheme, pays.";
    check_found(&[
        (&[ohio], Lang::En, Person, "Dean Kiser", true),
        (
            &[ohio],
            Lang::En,
            Organization,
            "Landowner Dean Kiser",
            false,
        ),
        (&[farmer], Lang::En, Person, "Ray Kestler", true),
        (&[market], Lang::En, Person, "Market Association", false),
        (&[grant], Lang::En, Person, "Grant Programme", false),
    ]);
}

#[test]
fn rules_round71_associations_in_the_plural_end_a_bodys_name() {
    let trucking = "The rule was challenged by the American Trucking Associations in 2023.";
    check_found(&[
        (
            &[trucking],
            Lang::En,
            Organization,
            "American Trucking Associations",
            true,
        ),
        (
            &[trucking],
            Lang::En,
            Person,
            "Trucking Associations",
            false,
        ),
    ]);
}

#[test]
fn rules_round71_guards_found_in_the_second_review() {
    let plessis = "Val du Plessis told the inquiry she had not been warned.";
    let souza = "Le chanteur Val de Souza a annulé sa tournée.";
    let habitat = "Val de Marne Habitat a annoncé des travaux.";
    let capital = "Dent Blanche Capital a levé des fonds.";
    let carrier = "The aircraft carrier USS Carl Vinson sailed on Monday.";
    let dairies = "Farmer Brown Dairies said prices would rise.";
    let glasgow = "Teachers in Glasgow Schools will strike on Monday.";
    check_found(&[
        (&[plessis], Lang::En, Place, "Val du Plessis", false),
        (&[souza], Lang::Fr, Place, "Val de Souza", false),
        (&[habitat], Lang::Fr, Place, "Val de Marne Habitat", false),
        (&[capital], Lang::Fr, Place, "Dent Blanche Capital", false),
        (&[carrier], Lang::En, Person, "Carl Vinson", false),
        (&[dairies], Lang::En, Person, "Brown Dairies", false),
        (&[glasgow], Lang::En, Organization, "Glasgow Schools", false),
    ]);
}

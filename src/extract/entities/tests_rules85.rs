//! Round 55 (q55fr): an all-capital acronym after a union job is a body, never a person
//! ("X, délégué ABCD à l’usine"); chiefs' titles before a full name are no part of it ("Nanan",
//! "Togbui", "Oba", "Lamido", "Hadja"; "Nana" before two names); a firm named after its trade
//! and its region's adjective ("l’entreprise de toiture montoise X-Y"); a name at one end
//! of a stretch whose other end is a town's spot ("entre X et la gare", "from X to the
//! harbour"). Guards keep bylines, courtesy titles, "El Hadji" and parties' names.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_q55fr_an_acronym_after_a_union_job_is_a_body() {
    check_found(&[
        (
            &["Selon Odile Marchal, secrétaire FTLB à Verviers, la grève sera suivie."],
            Lang::Fr,
            Organization,
            "FTLB",
            true,
        ),
        (
            &["Selon Odile Marchal, secrétaire FTLB à Verviers, la grève sera suivie."],
            Lang::Fr,
            Person,
            "FTLB",
            false,
        ),
        (
            &["Le délégué SLTP, Marc Hennaux, a pris la parole devant les grévistes."],
            Lang::Fr,
            Person,
            "SLTP",
            false,
        ),
        (
            &["Le délégué SLTP, Marc Hennaux, a pris la parole devant les grévistes."],
            Lang::Fr,
            Person,
            "Marc Hennaux",
            true,
        ),
        (
            &["Gail Porter, secretary BWTU at the plant, said the deal was fair."],
            Lang::En,
            Person,
            "BWTU",
            false,
        ),
        // guards: a courtesy title's surname in capitals, a byline, a name in capitals
        (
            &["Selon M. DURANTEL, le projet avance bien."],
            Lang::Fr,
            Person,
            "DURANTEL",
            true,
        ),
        (
            &["Par CLAIRE VANDAMME", "Le chantier a repris lundi."],
            Lang::Fr,
            Person,
            "CLAIRE VANDAMME",
            true,
        ),
        (
            &["Le ministre a rencontré Jean-Marc DELVAUX hier à Namur."],
            Lang::Fr,
            Person,
            "Jean-Marc DELVAUX",
            true,
        ),
    ]);
}

#[test]
fn rules_q55fr_a_chiefs_title_is_no_part_of_the_name() {
    check_found(&[
        (
            &["Hier à Bongo, Nanan Kossi Ahoua a reçu les planteurs."],
            Lang::Fr,
            Person,
            "Kossi Ahoua",
            true,
        ),
        (
            &["Selon Togbui Komla Agbeko, les terres appartiennent aux familles."],
            Lang::Fr,
            Person,
            "Komla Agbeko",
            true,
        ),
        (
            &["Le roi, Oba Adewale Ogunleye, a reçu les planteurs."],
            Lang::Fr,
            Person,
            "Adewale Ogunleye",
            true,
        ),
        (
            &["Le Lamido Ahmadou Bello a présidé la cérémonie."],
            Lang::Fr,
            Person,
            "Ahmadou Bello",
            true,
        ),
        (
            &["Hadja Fatou Camara tient une boutique au marché central."],
            Lang::Fr,
            Person,
            "Fatou Camara",
            true,
        ),
        (
            &["Pour Nana Yaw Boateng, chef traditionnel, la route change tout."],
            Lang::Fr,
            Person,
            "Yaw Boateng",
            true,
        ),
        (
            &["The village chief, Nana Kwame Mensah, summed it up."],
            Lang::En,
            Person,
            "Kwame Mensah",
            true,
        ),
        (
            &["Togbe Kofi Dzamesi welcomed the farmers on Monday."],
            Lang::En,
            Person,
            "Kofi Dzamesi",
            true,
        ),
        // guard: the pilgrim's honorific stays inside the name
        (
            &["El Hadji Moussa Diallo, commerçant à Bouaké, a vendu sa récolte."],
            Lang::Fr,
            Person,
            "El Hadji Moussa Diallo",
            true,
        ),
    ]);
}

#[test]
fn rules_q55fr_a_firm_after_its_trade_and_its_regions_adjective() {
    check_found(&[
        (
            &["Le chantier a été confié à l’entreprise de toiture montoise Renard-Dufour."],
            Lang::Fr,
            Organization,
            "Renard-Dufour",
            true,
        ),
        (
            &["L’entreprise de dragage anversoise Peeters-Wouters a gagné le marché."],
            Lang::Fr,
            Organization,
            "Peeters-Wouters",
            true,
        ),
        (
            &[
                "Le projet est confié à la société de transport namuroise Lebrun-Henrard et au groupe Talgo.",
            ],
            Lang::Fr,
            Organization,
            "Lebrun-Henrard",
            true,
        ),
        (
            &["Le chantier a été confié à l’entreprise de toiture montoise Renard-Dufour."],
            Lang::Fr,
            Place,
            "Renard-Dufour",
            false,
        ),
        // guard: a town after a plain noun stays a place
        (
            &["Les habitants de la vallée voisine Saint-Rémy-Lès-Bois sont inquiets."],
            Lang::Fr,
            Organization,
            "Saint-Rémy-Lès-Bois",
            false,
        ),
    ]);
}

#[test]
fn rules_q55fr_a_name_at_one_end_of_a_stretch_to_a_towns_spot() {
    check_found(&[
        (
            &["Le bus de nuit roulera entre Bouvignes et la gare jusqu’à minuit."],
            Lang::Fr,
            Place,
            "Bouvignes",
            true,
        ),
        (
            &["Les bus circuleront entre Jambelle et le centre-ville dès lundi."],
            Lang::Fr,
            Place,
            "Jambelle",
            true,
        ),
        (
            &["Le tram roulera de Wépionne à la gare en douze minutes."],
            Lang::Fr,
            Place,
            "Wépionne",
            true,
        ),
        (
            &["Des navettes circulent entre Erpinne et l’hôpital."],
            Lang::Fr,
            Place,
            "Erpinne",
            true,
        ),
        (
            &["The trams will run between Kelby and the station from May."],
            Lang::En,
            Place,
            "Kelby",
            true,
        ),
        (
            &["Shuttles run from Ashcombe to the harbour every hour."],
            Lang::En,
            Place,
            "Ashcombe",
            true,
        ),
        // guards: a person or a firm at one end of a dispute
        (
            &["Le conflit entre Marie et la direction dure depuis mai."],
            Lang::Fr,
            Place,
            "Marie",
            false,
        ),
        (
            &["La différence entre Vortal et la concurrence est nette."],
            Lang::Fr,
            Place,
            "Vortal",
            false,
        ),
    ]);
}

//! Round 72 (national parties named with their country; the Nord département).

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round72_words_before_a_known_party_then_of_and_its_country_are_one_body() {
    let japan = "Kenji Sato of the Constitutional Democratic Party of Japan said it had waited.";
    let manitoba = "Gord Wiebe of the Progressive Conservative Party of Manitoba voted.";
    // guards: a title before the body, or a given name, opens no body's name
    let president = "He met President Democratic Party of Japan officials on Monday.";
    check_found(&[
        (
            &[japan],
            Lang::En,
            Organization,
            "Constitutional Democratic Party of Japan",
            true,
        ),
        (&[japan], Lang::En, Organization, "Democratic Party", false),
        (
            &[manitoba],
            Lang::En,
            Organization,
            "Progressive Conservative Party of Manitoba",
            true,
        ),
        (
            &[president],
            Lang::En,
            Organization,
            "President Democratic Party of Japan",
            false,
        ),
    ]);
}

#[test]
fn rules_round72_nord_where_only_the_departement_stands_is_a_place() {
    let brackets = "La société basée à Roubaix (Nord) activait des cookies publicitaires.";
    let dans = "À Roubaix, dans le Nord, l’agence voit arriver des allocataires.";
    let et = "Le Nord et le Pas-de-Calais comptent encore 12 000 emplois dans la filière.";
    let liste = "Des conflits dans les régions du Centre-Nord, du Nord et de la Boucle du Mouhoun.";
    // guards: the compass noun of a land, a sea's or a body's name
    let pays = "Les combats ont repris dans le Nord du pays, selon l’armée.";
    let mer = "Les stocks de sole de la mer du Nord baissent encore.";
    let coree = "Il a rencontré des responsables de la Corée du Nord.";
    check_found(&[
        (&[brackets], Lang::Fr, Place, "Nord", true),
        (&[dans], Lang::Fr, Place, "Nord", true),
        (&[et], Lang::Fr, Place, "Nord", true),
        (&[liste], Lang::Fr, Place, "Nord", true),
        (&[pays], Lang::Fr, Place, "Nord", false),
        (&[mer], Lang::Fr, Place, "Nord", false),
        (&[coree], Lang::Fr, Place, "Nord", false),
    ]);
}

#[test]
fn rules_round72_two_names_before_of_the_and_an_acronym_or_a_party_plural_are_a_person() {
    let ppp = "Rep. Choi Dong-wook of the PPP, a retired air force general, cautioned against it.";
    let pcs = "The area's MLA, Gord Wiebe of the Progressive Conservatives, called for help.";
    // guard: an acronym before another capitalised word opens a longer name
    let long = "Orla Venn of the ABC Radio Network said so.";
    check_found(&[
        (&[ppp], Lang::En, Person, "Choi Dong-wook", true),
        (&[ppp], Lang::En, Organization, "PPP", true),
        (&[pcs], Lang::En, Person, "Gord Wiebe", true),
        (
            &[pcs],
            Lang::En,
            Organization,
            "Progressive Conservative Party",
            true,
        ),
        (&[pcs], Lang::En, Organization, "Conservative Party", false),
        (&[long], Lang::En, Organization, "ABC", false),
    ]);
}

#[test]
fn rules_round72_french_press_titles_keep_their_article() {
    let relayee = "La pétition, relayée par L’Écho de l’Argoat et Le Télégramme, a recueilli 2 300 signatures.";
    let nouvelliste = "Selon Le Nouvelliste, la commune a porté plainte.";
    // guards (review): surnames of press nouns stay people's
    let messager = "L'artiste Annette Messager expose ses œuvres au Centre Pompidou.";
    let courrier = "Le député Thierry Courrier a voté contre le texte.";
    check_found(&[
        (&[relayee], Lang::Fr, Organization, "Le Télégramme", true),
        (&[relayee], Lang::Fr, Place, "Le Télégramme", false),
        (
            &[nouvelliste],
            Lang::Fr,
            Organization,
            "Le Nouvelliste",
            true,
        ),
        (&[messager], Lang::Fr, Person, "Annette Messager", true),
        (&[courrier], Lang::Fr, Person, "Thierry Courrier", true),
    ]);
}

#[test]
fn rules_round72_a_channel_or_a_wood_ends_a_places_name() {
    let channel = "The site lies close to the Great Island Channel special area of conservation.";
    let wood = "It built a boat store on reclaimed land below Currabinny Wood.";
    let pens = "Salmon pens in the D'Entrecasteaux Channel were moved.";
    // guards: a given name or a title before the name, a person's cue after it
    let actor = "Actor Elijah Wood arrived at the premiere.";
    let coach = "Kellan Wood told the court he was innocent.";
    check_found(&[
        (&[channel], Lang::En, Place, "Great Island Channel", true),
        (&[wood], Lang::En, Place, "Currabinny Wood", true),
        (&[pens], Lang::En, Place, "D'Entrecasteaux Channel", true),
        (&[actor], Lang::En, Place, "Elijah Wood", false),
        (&[coach], Lang::En, Person, "Kellan Wood", true),
    ]);
}

#[test]
fn rules_round72_an_acronym_and_its_legal_form_are_the_body_named_by_the_acronym() {
    let nnpc = [
        "The Nigerian National Petroleum Company Limited, known as NNPC Ltd., raised prices.",
        "In a statement, NNPC spokesman Olufemi Adebayo-Cole said the rise reflected costs.",
    ];
    let kplc = ["The Kenya Power and Lighting Company (KPLC) said it. KPLC Ltd. said more."];
    let yonhap = ["Yonhap News Agency reported the vote. Yonhap said the motion passed."];
    let ents = crate::extract::entities::extract_entities(&nnpc, Lang::En);
    let orgs: Vec<_> = ents.iter().filter(|e| e.kind == Organization).collect();
    assert_eq!(orgs.len(), 1, "{orgs:?}");
    assert!(orgs[0].aliases.iter().any(|a| a == "NNPC Ltd."), "{orgs:?}");
    for text in [&kplc[..], &yonhap[..]] {
        let ents = crate::extract::entities::extract_entities(text, Lang::En);
        let orgs: Vec<_> = ents.iter().filter(|e| e.kind == Organization).collect();
        assert_eq!(orgs.len(), 1, "{text:?}: {orgs:?}");
    }
}

#[test]
fn rules_round72_a_listed_town_of_two_names_is_named_again_by_the_first() {
    let carhaix = ["La poste de Carhaix-Plouguer ferme. À Carhaix, les habitants protestent."];
    // guard: two départements, no town
    let charente = ["La Charente et la Charente-Maritime votent le même jour."];
    let places = |text: &[&str]| -> Vec<String> {
        crate::extract::entities::extract_entities(text, Lang::Fr)
            .into_iter()
            .filter(|e| e.kind == Place)
            .map(|e| e.name)
            .collect()
    };
    assert_eq!(places(&carhaix), ["Carhaix-Plouguer"]);
    let mut two = places(&charente);
    two.sort();
    assert_eq!(two, ["Charente", "Charente-Maritime"]);
}

#[test]
fn rules_round72_a_site_before_in_and_a_portfolio_after_for_end_where_they_should() {
    let refinery = "Prices rose after the Dangote Petroleum Refinery in Lekki cut its output.";
    let minister = "Minister of State for Petroleum Resources Halima Bello-Yusuf told the Senate.";
    // guard: a fund's name after "for", no minister before it
    let fund = "Money came from the Fund for Petroleum Resources Development in March.";
    check_found(&[
        (
            &[refinery],
            Lang::En,
            Organization,
            "Dangote Petroleum Refinery",
            true,
        ),
        (&[refinery], Lang::En, Place, "Lekki", true),
        (&[minister], Lang::En, Person, "Halima Bello-Yusuf", true),
        (
            &[minister],
            Lang::En,
            Organization,
            "Petroleum Resources Halima Bello-Yusuf",
            false,
        ),
        (
            &[fund],
            Lang::En,
            Organization,
            "Fund for Petroleum Resources Development",
            true,
        ),
    ]);
}

#[test]
fn rules_round72_a_titles_word_after_a_lowercase_bodys_head_is_its_remit() {
    let justice = "Au siège du ministère de la Justice, le ministre Hicham Bennani a parlé.";
    let seul = "Le ministère de la Justice a publié un texte mardi.";
    // guard: a title after a person's noun still opens a person's name
    let president = "Le président Paul Biya a parlé mardi.";
    check_found(&[
        (
            &[justice],
            Lang::Fr,
            Organization,
            "ministère de la Justice",
            true,
        ),
        (&[justice], Lang::Fr, Person, "Hicham Bennani", true),
        (
            &[seul],
            Lang::Fr,
            Organization,
            "ministère de la Justice",
            true,
        ),
        (&[president], Lang::Fr, Person, "Paul Biya", true),
    ]);
}

#[test]
fn rules_round72_a_school_systems_name_is_one_body() {
    let gateway = "Drivers with Northern Gateway Public Schools earn less per hour.";
    let graham = "Graham Local Schools will close on Friday.";
    let columbus = "He taught at Columbus City Schools for years.";
    // guard: "Schools" after a town alone names no body
    let glasgow = "Teachers in Glasgow Schools went on strike.";
    check_found(&[
        (
            &[gateway],
            Lang::En,
            Organization,
            "Northern Gateway Public Schools",
            true,
        ),
        (
            &[graham],
            Lang::En,
            Organization,
            "Graham Local Schools",
            true,
        ),
        (&[graham], Lang::En, Person, "Graham Local Schools", false),
        (
            &[columbus],
            Lang::En,
            Organization,
            "Columbus City Schools",
            true,
        ),
        (&[glasgow], Lang::En, Organization, "Glasgow Schools", false),
        (&[glasgow], Lang::En, Place, "Glasgow", true),
    ]);
}

#[test]
fn rules_round72_a_trades_members_of_a_country_are_one_body() {
    let bankers = "It was praised by the Independent Community Bankers of America, which lobbied.";
    // guards: a firm of lawyers of a town; a title's plural
    let lawyers = "The firm Harcourt Ngata Lawyers of Hamilton said it would appeal.";
    let ministers = "Former Prime Ministers of Canada met in Ottawa.";
    check_found(&[
        (
            &[bankers],
            Lang::En,
            Organization,
            "Independent Community Bankers of America",
            true,
        ),
        (
            &[lawyers],
            Lang::En,
            Organization,
            "Harcourt Ngata Lawyers of Hamilton",
            false,
        ),
        (
            &[ministers],
            Lang::En,
            Organization,
            "Former Prime Ministers of Canada",
            false,
        ),
    ]);
}

#[test]
fn rules_round72_a_compass_word_opens_a_provinces_name() {
    let changwon = "A firm based in Changwon, South Gyeongsang Province, won the contract.";
    let java = "Floods hit East Java Province on Monday.";
    check_found(&[
        (
            &[changwon],
            Lang::En,
            Place,
            "South Gyeongsang Province",
            true,
        ),
        (&[changwon], Lang::En, Place, "Gyeongsang Province", false),
        (&[java], Lang::En, Place, "East Java Province", true),
    ]);
}

#[test]
fn rules_round72_a_titles_word_inside_a_lowercase_bodys_name_must_end_it() {
    // a title's word that opens more capitalised words after the head is no remit
    let tribunal = "Le tribunal de Président Kruger a siégé lundi à Pretoria.";
    check_found(&[(
        &[tribunal],
        Lang::Fr,
        Organization,
        "tribunal de Président Kruger",
        false,
    )]);
}

#[test]
fn rules_round72_a_noun_of_the_land_and_a_regions_adjective_are_one_place() {
    let marais = "Les bassines menacent le Marais poitevin, selon les opposants.";
    let bassin = "Il habite dans le Bassin parisien depuis dix ans.";
    // guards: a verb after the noun, a common noun of the land after "de"
    let verbe = "Le Marais accueille des touristes chaque été.";
    let versant = "Le Bassin versant du Layon déborde.";
    check_found(&[
        (&[marais], Lang::Fr, Place, "Marais poitevin", true),
        (&[bassin], Lang::Fr, Place, "Bassin parisien", true),
        (&[verbe], Lang::Fr, Place, "Marais accueille", false),
        (&[versant], Lang::Fr, Place, "Bassin versant", false),
    ]);
}

#[test]
fn rules_round72_a_town_named_with_and_without_its_article_is_one_place() {
    let brassus = [
        "LE BRASSUS – Un loup a été vu au Brassus, dans la vallée de Joux.",
        "Le maire du Chenit, dont dépend Le Brassus, a réagi.",
    ];
    let ents = crate::extract::entities::extract_entities(&brassus, Lang::Fr);
    let named: Vec<_> = ents
        .iter()
        .filter(|e| e.name.contains("Brassus") || e.aliases.iter().any(|a| a.contains("Brassus")))
        .collect();
    assert_eq!(named.len(), 1, "{named:?}");
    assert_eq!(named[0].kind, Place, "{named:?}");
    assert_eq!(named[0].name, "Le Brassus", "{named:?}");
}

#[test]
fn rules_round72_the_reviews_sentences_keep_their_old_readings() {
    let hatoyama =
        "Relations soured under the Hatoyama Democratic Party of Japan government in 2009.";
    let sud = "Le conflit oppose le Nord et le Sud depuis 1983.";
    let renforts = "Des renforts ont été envoyés dans le Nord, a déclaré mardi le ministre malien.";
    let convention = "Thousands attended the Annual Conference of the Democrats in Chicago.";
    let chiefs = "Kaizer Chiefs of the PSL beat Orlando Pirates on Saturday.";
    let ronnie = "Former Rolling Stones guitarist Ronnie Wood performed in Dublin.";
    let golf = "Reporters from the Golf Channel interviewed the champion.";
    let catholic = "Many Catholic Schools in Ireland face falling enrolment.";
    let kenya = "In Kenya Public Schools reopened on Monday after the strike.";
    let exporters = "Top Exporters of Ghana met the president on Monday.";
    check_found(&[
        (
            &[hatoyama],
            Lang::En,
            Organization,
            "Hatoyama Democratic Party of Japan",
            false,
        ),
        (&[sud], Lang::Fr, Place, "Nord", false),
        (&[renforts], Lang::Fr, Place, "Nord", false),
        (&[convention], Lang::En, Person, "Annual Conference", false),
        (&[chiefs], Lang::En, Person, "Kaizer Chiefs", false),
        (&[ronnie], Lang::En, Place, "Ronnie Wood", false),
        (&[golf], Lang::En, Place, "Golf Channel", false),
        (
            &[catholic],
            Lang::En,
            Organization,
            "Catholic Schools",
            false,
        ),
        (&[kenya], Lang::En, Place, "Kenya", true),
        (
            &[exporters],
            Lang::En,
            Organization,
            "Top Exporters of Ghana",
            false,
        ),
    ]);
}

#[test]
fn rules_round72_the_second_reviews_sentences_keep_their_old_readings() {
    let domine = "Chaque été, le Bassin domine les classements touristiques de la région.";
    let entier = "Les pêcheurs du Golfe entier sont en colère, selon Pierre Martin.";
    let delta = "Le variant Delta indien se propage rapidement en Europe, selon l'OMS.";
    let centre = "Au Vietnam, le Nord et le Centre ont été frappés par le typhon.";
    let refuge = [
        "L'association Le Refuge a porté plainte.",
        "Les jeunes accueillis au Refuge témoignent.",
    ];
    let doj = "Le département de la Justice (DOJ) a ouvert une enquête.";
    check_found(&[
        (&[domine], Lang::Fr, Place, "Bassin domine", false),
        (&[entier], Lang::Fr, Place, "Golfe entier", false),
        (&[delta], Lang::Fr, Place, "Delta indien", false),
        (&[centre], Lang::Fr, Place, "Nord", false),
        (&refuge, Lang::Fr, Organization, "Le Refuge", true),
        (
            &[doj],
            Lang::Fr,
            Organization,
            "département de la Justice",
            false,
        ),
    ]);
    let english = "Old boys of the great English Public Schools still dominate the cabinet.";
    let florida = "A lawsuit filed against Florida Public Schools was dismissed.";
    let producers = "The Top Oil Producers of Africa met in Abuja to discuss quotas.";
    check_found(&[
        (
            &[english],
            Lang::En,
            Organization,
            "English Public Schools",
            false,
        ),
        (&[florida], Lang::En, Place, "Florida", true),
        (&[producers], Lang::En, Place, "Africa", true),
    ]);
}

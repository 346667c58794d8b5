//! Round 67 (classes of errors, each judged on all read sets at once).

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round67_a_capital_n_before_an_apostrophe_opens_a_name() {
    let inside = "Les pluies ont inondé les maisons à N’dakro et à Bassam mardi.";
    let capital = "Le convoi parti de N’Zorobo est arrivé lundi à Bouaké.";
    // the negation keeps its apostrophe
    let negation = "Le maire a parlé. N’importe quel habitant peut venir, a dit Paul Koffi.";
    check_found(&[
        (&[inside], Lang::Fr, Place, "N’dakro", true),
        (&[capital], Lang::Fr, Place, "N’Zorobo", true),
        (&[negation], Lang::Fr, Person, "Paul Koffi", true),
        (&[negation], Lang::Fr, Place, "N’importe", false),
        (&[negation], Lang::Fr, Organization, "N’importe", false),
    ]);
}

#[test]
fn rules_round67_a_name_after_to_gives_way_to_a_place_cue() {
    let team = [
        "Farmers near Nkozi and in Bwera say they were underpaid.",
        "The Land Rights Commission said it would send a team to Nkozi and Bwera next month.",
    ];
    // no place cue: the buyer stays a firm
    let buyer = "The company sold its trucking unit to Halvex last year, the firm said.";
    check_found(&[
        (&team, Lang::En, Place, "Nkozi", true),
        (&team, Lang::En, Place, "Bwera", true),
        (&team, Lang::En, Organization, "Nkozi", false),
        (&[buyer], Lang::En, Organization, "Halvex", true),
    ]);
}

#[test]
fn rules_round67_a_known_country_after_a_firms_legal_form() {
    let buyers = "The fund is backed by Brantvik Textil AB of Sweden, Oberholz Moden GmbH of \
                  Austria and two smaller buyers.";
    // a known body's "of" stays inside its name
    let bank = "The Bank of England declined to comment.";
    check_found(&[
        (
            &[buyers],
            Lang::En,
            Organization,
            "Brantvik Textil AB",
            true,
        ),
        (&[buyers], Lang::En, Place, "Sweden", true),
        (
            &[buyers],
            Lang::En,
            Organization,
            "Oberholz Moden GmbH",
            true,
        ),
        (&[buyers], Lang::En, Place, "Austria", true),
        (&[bank], Lang::En, Organization, "Bank of England", true),
        (&[bank], Lang::En, Place, "England", false),
    ]);
}

#[test]
fn rules_round67_a_title_owning_a_courts_noun_names_the_court() {
    let chief = "Her lawyer told the Chief Resident Magistrate's Court in Lusaka that she had \
                 never signed the order.";
    let bench = "In 2019 the Federal Court and the Saskatchewan Court of King's Bench approved \
                 the settlement.";
    // a place owned by a title's word stays a place
    let earl = "The concert moved to Earl's Court in London.";
    check_found(&[
        (
            &[chief],
            Lang::En,
            Organization,
            "Chief Resident Magistrate's Court",
            true,
        ),
        (&[chief], Lang::En, Place, "Lusaka", true),
        (
            &[bench],
            Lang::En,
            Organization,
            "Saskatchewan Court of King's Bench",
            true,
        ),
        (&[bench], Lang::En, Organization, "Court of King", false),
        (&[earl], Lang::En, Organization, "Earl's Court", false),
    ]);
}

#[test]
fn rules_round67_two_bodies_of_known_places_joined_by_and() {
    let two = "The council met on Monday. The Galway Chamber of Commerce and Mayo County Council \
               have both backed the plan.";
    // a known place's body with "and" inside its name stays whole
    let one = "The Texas Parks and Wildlife Department said on Monday the lake was closed.";
    check_found(&[
        (
            &[two],
            Lang::En,
            Organization,
            "Galway Chamber of Commerce",
            true,
        ),
        (&[two], Lang::En, Organization, "Mayo County Council", true),
        (
            &[one],
            Lang::En,
            Organization,
            "Texas Parks and Wildlife Department",
            true,
        ),
    ]);
}

#[test]
fn rules_round67_friends_of_a_thing_is_a_society() {
    let opening = "Walkers were angry. Friends of the Scottish Glens said the path would close.";
    let inside = "The plan was opposed by Friends of the Lake District and two parish councils.";
    check_found(&[
        (
            &[opening],
            Lang::En,
            Organization,
            "Friends of the Scottish Glens",
            true,
        ),
        (
            &[inside],
            Lang::En,
            Organization,
            "Friends of the Lake District",
            true,
        ),
    ]);
}

#[test]
fn rules_round67_names_coordinated_after_a_plural_of_places() {
    let islands = "The storm hit the islands of Tarvo and Little Jamaica in August.";
    check_found(&[
        (&[islands], Lang::En, Place, "Tarvo", true),
        (&[islands], Lang::En, Place, "Little Jamaica", true),
        (
            &[islands],
            Lang::En,
            Organization,
            "Tarvo and Little Jamaica",
            false,
        ),
    ]);
}

#[test]
fn rules_round67_a_bodys_name_runs_to_its_bracketed_short_form() {
    let state = "Le dossier a été transmis au Secrétariat d’État à la formation (SEFRI), à Berne.";
    let agency = "Selon l’Agence nationale de météorologie et d’hydrologie par satellite \
                  (Hydronat), il a plu toute la nuit.";
    let school = "Pour Luc Favre, professeur à la Haute école de santé de Sion (HES-VS), le \
                  manque est réel.";
    // a clause before the bracket: the body's name stops at its noun
    let clause = "L’Agence a financé la réfection du pont (PRN) en 2020.";
    check_found(&[
        (
            &[state],
            Lang::Fr,
            Organization,
            "Secrétariat d’État à la formation",
            true,
        ),
        (
            &[state],
            Lang::Fr,
            Organization,
            "Secrétariat d’État",
            false,
        ),
        (
            &[agency],
            Lang::Fr,
            Organization,
            "Agence nationale de météorologie et d’hydrologie par satellite",
            true,
        ),
        (
            &[school],
            Lang::Fr,
            Organization,
            "Haute école de santé de Sion",
            true,
        ),
        (&[school], Lang::Fr, Person, "Haute", false),
        (
            &[clause],
            Lang::Fr,
            Organization,
            "Agence a financé la réfection du pont",
            false,
        ),
    ]);
}

#[test]
fn rules_round67_a_partys_acronym_before_a_full_name() {
    let fr = "Au Grand Conseil, le député PSL Marcel Perrin a déposé une motion.";
    let en = "The motion was tabled by the DAP councillor and later by NDP Karen Whitlow.";
    check_found(&[
        (&[fr], Lang::Fr, Person, "Marcel Perrin", true),
        (&[fr], Lang::Fr, Organization, "PSL", true),
        (&[fr], Lang::Fr, Person, "PSL Marcel Perrin", false),
        (&[en], Lang::En, Person, "Karen Whitlow", true),
    ]);
}

#[test]
fn rules_round67_a_companys_board_and_a_hyphenated_club() {
    let board = "Lundi soir, le conseil d’administration de Remontées-Vercorin SA a écrit aux \
                 citoyens.";
    let club = "« Si ça ferme », plaide Anne Morand, monitrice au Ski-Club Bovinette, qui \
                compte 180 membres.";
    check_found(&[
        (
            &[board],
            Lang::Fr,
            Organization,
            "Remontées-Vercorin SA",
            true,
        ),
        (
            &[board],
            Lang::Fr,
            Organization,
            "conseil d’administration de Remontées-Vercorin SA",
            false,
        ),
        (&[club], Lang::Fr, Organization, "Ski-Club Bovinette", true),
        (&[club], Lang::Fr, Place, "Ski-Club Bovinette", false),
    ]);
}

#[test]
fn rules_round67_names_after_a_plural_of_rivers_or_lakes() {
    let fr = "Les rivières Kalamu et Ndjoko sont sorties de leur lit, emportant des maisons.";
    let en = "Gold mining has polluted the rivers Osubin and Birim for years.";
    check_found(&[
        (&[fr], Lang::Fr, Place, "Kalamu", true),
        (&[fr], Lang::Fr, Place, "Ndjoko", true),
        (&[en], Lang::En, Place, "Osubin", true),
        (&[en], Lang::En, Place, "Birim", true),
    ]);
}

#[test]
fn rules_round67_a_surname_named_as_the_town_of() {
    let town = [
        "\"Prices had doubled,\" said the group's director, Peter Bulisa.",
        "Bulisa, a lawyer who grew up near the town of Bulisa, said most families were paid late.",
    ];
    check_found(&[
        (&town, Lang::En, Person, "Peter Bulisa", true),
        (&town, Lang::En, Place, "Bulisa", true),
    ]);
}

#[test]
fn rules_round67_a_departments_portfolios_listed_with_commas() {
    let dept = "The licence was approved by the Department of Primary Industries, the \
                Environment, Parks and Water last week.";
    let serial = "The Ministry of Agriculture, Fisheries, and Food said no.";
    let state = "The lease was renewed by the Department of Primary Industries and Water \
                 Tasmania last year.";
    // bodies listed, each with its own noun
    let bodies = "Officials from the Department of Justice, the Treasury and the State \
                  Department met on Monday.";
    check_found(&[
        (
            &[dept],
            Lang::En,
            Organization,
            "Department of Primary Industries, the Environment, Parks and Water",
            true,
        ),
        (
            &[serial],
            Lang::En,
            Organization,
            "Ministry of Agriculture, Fisheries, and Food",
            true,
        ),
        (
            &[bodies],
            Lang::En,
            Organization,
            "Department of Justice",
            true,
        ),
        (&[bodies], Lang::En, Organization, "Treasury", true),
        // a block ending inside the list reads no word past its end
        (
            &["Funds went to the Department of"],
            Lang::En,
            Organization,
            "Department of",
            false,
        ),
        (
            &["Funds went to the Department of Health, the"],
            Lang::En,
            Organization,
            "Department of Health, the",
            false,
        ),
        (
            &[state],
            Lang::En,
            Organization,
            "Department of Primary Industries and Water Tasmania",
            true,
        ),
    ]);
}

#[test]
fn rules_round67_an_intercommunal_body_named_straight_after_its_noun() {
    let cc = "La communauté de communes Val-de-Morte Seille a voté contre le projet.";
    let ca = "Le président de la communauté d’agglomération Moselle Synergie a répondu.";
    check_found(&[
        (
            &[cc],
            Lang::Fr,
            Organization,
            "communauté de communes Val-de-Morte Seille",
            true,
        ),
        (&[cc], Lang::Fr, Place, "Val-de-Morte Seille", false),
        (
            &[ca],
            Lang::Fr,
            Organization,
            "communauté d’agglomération Moselle Synergie",
            true,
        ),
    ]);
}

#[test]
fn rules_round67_two_acronyms_in_brackets_spell_one_branch() {
    let fr = "Le chantier est suivi par le Service public de Wallonie Routes et Voies \
              hydrauliques (SPW RVH). L’appel d’offres suivra.";
    let en = "Samples went to the University of Tarlac Coastal Research Institute (UT CRI) \
              last year.";
    check_found(&[
        (
            &[fr],
            Lang::Fr,
            Organization,
            "Service public de Wallonie Routes et Voies hydrauliques",
            true,
        ),
        (&[fr], Lang::Fr, Organization, "SPW RVH", false),
        (
            &[en],
            Lang::En,
            Organization,
            "University of Tarlac Coastal Research Institute",
            true,
        ),
        (&[en], Lang::En, Organization, "UT CRI", false),
    ]);
}

#[test]
fn rules_round67_gazetteer_a_breton_rivers_association() {
    let elided = "La militante a reçu le soutien d’Eau et rivières de Bretagne lundi.";
    let amp = "L’avocate d’Eau & Rivières de Bretagne a plaidé.";
    check_found(&[
        (
            &[elided],
            Lang::Fr,
            Organization,
            "Eau et Rivières de Bretagne",
            true,
        ),
        (
            &[amp],
            Lang::Fr,
            Organization,
            "Eau et Rivières de Bretagne",
            true,
        ),
        (
            &[amp],
            Lang::Fr,
            Organization,
            "Rivières de Bretagne",
            false,
        ),
    ]);
}

#[test]
fn rules_round67_a_compass_word_opens_a_courts_name_before_its_of() {
    let court = "In 2021 the Southern African Court of Arbitration in Gaborone threw out the \
                 claim.";
    check_found(&[
        (
            &[court],
            Lang::En,
            Organization,
            "Southern African Court of Arbitration",
            true,
        ),
        (
            &[court],
            Lang::En,
            Organization,
            "African Court of Arbitration",
            false,
        ),
        (&[court], Lang::En, Place, "Gaborone", true),
    ]);
}

#[test]
fn rules_round67_a_ministrys_remits_end_before_its_countrys_adjective() {
    let adjective = "Le ministère de l’Agriculture et du Développement rural sénégalais a réagi \
                     lundi.";
    let complement = "Le ministère de la Santé et de l’Accès aux soins a réagi mardi.";
    check_found(&[
        (
            &[adjective],
            Lang::Fr,
            Organization,
            "ministère de l’Agriculture et du Développement rural",
            true,
        ),
        (
            &[complement],
            Lang::Fr,
            Organization,
            "ministère de la Santé et de l’Accès aux soins",
            true,
        ),
    ]);
}

#[test]
fn rules_round67_a_district_or_a_borough_in_apposition() {
    let district = "Many of the dead had migrated from Lalmora, a poor district on the river in \
                    the far north.";
    let borough = "The depot moved to Harnley, a borough east of the city, in 2019.";
    // a person's noun after the district's: the person
    let judge = "The appeal was heard by Kellow, a district judge, in May.";
    check_found(&[
        (&[district], Lang::En, Place, "Lalmora", true),
        (&[borough], Lang::En, Place, "Harnley", true),
        (&[judge], Lang::En, Place, "Kellow", false),
    ]);
}

#[test]
fn rules_round67_guards_found_in_review() {
    let power = "Barack Obama and Donald Trump met briefly. Power passed from Obama to Trump in \
                 January 2017.";
    let friends = [
        "Friends of Nnamdi Kanu said he was ill.",
        "Nnamdi Kanu remains in custody.",
    ];
    let term = "Le rapport de la Cour des comptes sur la politique agricole commune (PAC) pointe \
                des failles.";
    let credit = "Des agriculteurs manifestent devant le Parlement européen à Strasbourg (AFP \
                  PHOTO).";
    let agencies = "The Department of Homeland Security, Customs and Border Protection and \
                    Immigration and Customs Enforcement did not respond.";
    let firms = "Representatives of the Department of Agriculture, Cargill and Tyson Foods \
                 attended.";
    let forces = "The Ministry of Defence, Army and Navy issued a statement.";
    let ship = "The SS Edmund Fitzgerald sank in Lake Superior.";
    let buyer = [
        "The company sold its trucking unit to Halvex last year.",
        "Investors in Halvex were pleased.",
    ];
    let europe = "Le ministère du Commerce et de l’Intégration européenne a réagi.";
    let board = "Le conseil d’administration de Marie Claire a changé.";
    check_found(&[
        (&[power], Lang::En, Place, "Trump", false),
        (
            &friends,
            Lang::En,
            Organization,
            "Friends of Nnamdi Kanu",
            false,
        ),
        (
            &[term],
            Lang::Fr,
            Organization,
            "Cour des comptes sur la politique agricole commune",
            false,
        ),
        (
            &[credit],
            Lang::Fr,
            Organization,
            "Parlement européen à Strasbourg",
            false,
        ),
        (&[credit], Lang::Fr, Place, "Strasbourg", true),
        (
            &[agencies],
            Lang::En,
            Organization,
            "Department of Homeland Security",
            true,
        ),
        (&[firms], Lang::En, Organization, "Cargill", true),
        (
            &[forces],
            Lang::En,
            Organization,
            "Ministry of Defence",
            true,
        ),
        (&[ship], Lang::En, Person, "Edmund Fitzgerald", false),
        (&buyer, Lang::En, Organization, "Halvex", true),
        (
            &[europe],
            Lang::Fr,
            Organization,
            "ministère du Commerce et de l’Intégration européenne",
            true,
        ),
        (&[board], Lang::Fr, Organization, "Marie Claire", true),
    ]);
}

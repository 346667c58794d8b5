//! Round 64 (all read sets at once, not one set): a name that reads as an organisation on its
//! own, then "de"/"du" and a known place ending the capitals, is one body with its seat or its
//! area; a second "de" before such a place may join the run for that reading.

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round64_a_body_keeps_its_seat() {
    let frigo = "Les doses ont été livrées par l’entreprise Frigo Transports du Cap-Vert, qui \
                 dispose de camions réfrigérés.";
    let court = "The community appealed to the Superior Tribunal de Justicia de Jujuy, which \
                 has yet to rule.";
    check_found(&[
        (
            &[frigo],
            Lang::Fr,
            Organization,
            "Frigo Transports du Cap-Vert",
            true,
        ),
        (&[frigo], Lang::Fr, Organization, "Frigo Transports", false),
        (
            &[court],
            Lang::En,
            Organization,
            "Superior Tribunal de Justicia de Jujuy",
            true,
        ),
        (
            &[court],
            Lang::En,
            Organization,
            "Superior Tribunal de Justicia",
            false,
        ),
    ]);
}

#[test]
fn rules_round64_guards() {
    // an English name, then the French link to its town: two names
    let met = "Le tableau a été prêté par le Metropolitan Museum of Art de New York pour trois \
               mois.";
    // an acronym alone is a federation, its branch named by the place
    let fcpe = "Les parents d’élèves de la FCPE du Cantal ont manifesté devant l’école.";
    // one word before "de": a firm and its town as often as one name
    let norvex = "Le sous-traitant Norvex de Douai a signé un contrat avec le constructeur.";
    // after a title, the place is the member's constituency
    let depute = "Le député Jean Martin de Lyon a voté contre le texte.";
    check_found(&[
        (
            &[met],
            Lang::Fr,
            Organization,
            "Metropolitan Museum of Art",
            true,
        ),
        (&[met], Lang::Fr, Place, "New York", true),
        (&[fcpe], Lang::Fr, Organization, "FCPE du Cantal", false),
        (&[norvex], Lang::Fr, Organization, "Norvex de Douai", false),
        (
            &[depute],
            Lang::Fr,
            Organization,
            "Jean Martin de Lyon",
            false,
        ),
    ]);
}

#[test]
fn rules_round64_people_named_once_by_their_role() {
    // a person named once, with no known given name, keeps the person's kind when an
    // apposition or a title gives the role
    let owned = "The route would split farms. Brannagh Quillty, the IFA's chairman in the \
                 county, said at least ten holdings were affected.";
    let candidate = "Le scrutin a été serré. Le candidat Haingo Rasoanaivo a obtenu 51 % des \
                     voix dans la commune.";
    let coordinator = "Les observateurs ont noté des retards. Sa coordinatrice, Voahangy \
                       Randriatsara, demande la publication des procès-verbaux.";
    // guard: a firm's trade after a body's possessive is no person's role
    let haulier = "The dispute goes on. Bramble Logistics, the IFA's haulier, said it would \
                   appeal the ruling.";
    check_found(&[
        (&[owned], Lang::En, Person, "Brannagh Quillty", true),
        (&[owned], Lang::En, Organization, "Brannagh Quillty", false),
        (&[candidate], Lang::Fr, Person, "Haingo Rasoanaivo", true),
        (
            &[coordinator],
            Lang::Fr,
            Person,
            "Voahangy Randriatsara",
            true,
        ),
        (&[haulier], Lang::En, Person, "Bramble Logistics", false),
    ]);
}

#[test]
fn rules_round64_given_names_of_many_countries() {
    // a two-word name named once with no cue: a given name of the longer list keeps the
    // person (it was turned into an organisation)
    let en = "The court sat on Monday. The ruling was welcomed by Ingela Marklund and the other \
              owners.";
    let fr = "Le tribunal a siégé lundi. Le jugement a été salué par Tülay Ersoy et les autres \
              propriétaires.";
    // guard: a number is no surname ("Samu 25", the French emergency service)
    let samu = "Le blessé a été évacué par le Samu 25 vers l’hôpital de Besançon.";
    check_found(&[
        (&[en], Lang::En, Person, "Ingela Marklund", true),
        (&[en], Lang::En, Organization, "Ingela Marklund", false),
        (&[fr], Lang::Fr, Person, "Tülay Ersoy", true),
        (&[samu], Lang::Fr, Person, "Samu 25", false),
    ]);
}

#[test]
fn rules_round64_french_names_in_sentence_case() {
    // a known place's words inside a council's name ("Est" is also the verb)
    let grand_est = "Le dossier a été présenté jeudi devant le Conseil régional du Grand Est, qui \
                     a voté l’aide.";
    // an adjective after a capitalised noun of the name, then "de" and a capital
    let eglises = "Le ministre a appelé au calme, tandis que le Conseil des Églises évangéliques \
                   de Bretagne demande un recomptage.";
    // a park's place and its people's adjective
    let parc = "Le Parc naturel régional des Vosges saônoises a donné un avis défavorable.";
    // a lowercase area's head is no part of the place's name; the council's name keeps it
    let region = "La mission a déployé 300 observateurs dans la région Analamanga, sur les \
                  hauts plateaux. La région Occitanie a voté une aide.";
    check_found(&[
        (
            &[grand_est],
            Lang::Fr,
            Organization,
            "Conseil régional du Grand Est",
            true,
        ),
        (
            &[grand_est],
            Lang::Fr,
            Organization,
            "Conseil régional du Grand",
            false,
        ),
        (
            &[eglises],
            Lang::Fr,
            Organization,
            "Conseil des Églises évangéliques de Bretagne",
            true,
        ),
        (
            &[parc],
            Lang::Fr,
            Organization,
            "Parc naturel régional des Vosges saônoises",
            true,
        ),
        (&[region], Lang::Fr, Place, "Analamanga", true),
        (&[region], Lang::Fr, Place, "région Analamanga", false),
        (&[region], Lang::Fr, Organization, "région Occitanie", true),
    ]);
}

#[test]
fn rules_round64_a_person_then_of() {
    // a person's name, then "of" and the body she speaks for: two names
    let said = "\"It moved the erosion downstream,\" said Tahmina Rahim of Jomuna Rokkha \
                Parishad, a river group.";
    let firm = "The band's lawyer, Stephen Preston of the Vancouver firm Halvorsen Ng LLP, said \
                the case was strong.";
    // guard: one word after "of" is the person's town, read as before
    let town = "\"We lost half the crop,\" said Tom Hale of Marshfield on Monday.";
    check_found(&[
        (&[said], Lang::En, Person, "Tahmina Rahim", true),
        (
            &[said],
            Lang::En,
            Organization,
            "Jomuna Rokkha Parishad",
            true,
        ),
        (&[firm], Lang::En, Person, "Stephen Preston", true),
        (&[firm], Lang::En, Place, "Preston", false),
        (&[town], Lang::En, Person, "Tom Hale", true),
        (&[town], Lang::En, Place, "Marshfield", true),
    ]);
}

#[test]
fn rules_round64_a_title_qualified() {
    let chief = "\"Nothing has changed,\" said Grand Chief Arlene Sutherland, the union's \
                 vice-president.";
    let deputy = "The plan was defended by Deputy Commissioner Owen Marsh on Tuesday.";
    check_found(&[
        (&[chief], Lang::En, Person, "Arlene Sutherland", true),
        (&[chief], Lang::En, Person, "Grand", false),
        (&[deputy], Lang::En, Person, "Owen Marsh", true),
        (&[deputy], Lang::En, Person, "Deputy", false),
    ]);
}

#[test]
fn rules_round64_forms_and_areas() {
    let co_ltd = "La Gécamines a signé un accord avec le groupe Xiangtan Baoli Mining Co. Ltd pour \
                  relancer la mine.";
    let aube = "La FNSEA et les Jeunes Agriculteurs de l’Aube réclament une aide d’urgence.";
    check_found(&[
        (
            &[co_ltd],
            Lang::Fr,
            Organization,
            "Xiangtan Baoli Mining Co. Ltd",
            true,
        ),
        (
            &[co_ltd],
            Lang::Fr,
            Organization,
            "Xiangtan Baoli Mining Co.",
            false,
        ),
        (
            &[aube],
            Lang::Fr,
            Organization,
            "Jeunes Agriculteurs de l’Aube",
            true,
        ),
    ]);
}

#[test]
fn rules_round64_along_the_river() {
    let along = "Embankments built along the Jamuna in the 1990s simply moved the erosion \
                 downstream.";
    check_found(&[
        (&[along], Lang::En, Place, "Jamuna", true),
        (&[along], Lang::En, Organization, "Jamuna", false),
    ]);
}

#[test]
fn rules_round64_long_remits_and_a_holder_s_title() {
    let remit = "Le Comité régional des pêches maritimes et des élevages marins des Pays de la \
                 Loire (Corepem) a déposé un recours.";
    let title = "Président de Gestion Sainte-Rose inc., une société immobilière établie à Laval, \
                 M. Tremblay s’est associé à un ancien défenseur.";
    check_found(&[
        (
            &[remit],
            Lang::Fr,
            Organization,
            "Comité régional des pêches maritimes et des élevages marins des Pays de la Loire",
            true,
        ),
        (
            &[title],
            Lang::Fr,
            Organization,
            "Gestion Sainte-Rose inc.",
            true,
        ),
        (
            &[title],
            Lang::Fr,
            Organization,
            "Président de Gestion Sainte-Rose inc.",
            false,
        ),
    ]);
}

#[test]
fn rules_round64_review_guards() {
    // a firm's trade after a body's possessive is no person's role
    let fund = "The bid was opposed by Abrdn, Scotland's largest fund manager, said a source.";
    // an office's name opening a sentence keeps its title word
    let office = "Le rapport est sévère. Défenseur des Droits a rappelé la loi mardi.";
    // an English drug's candidate is no title
    let drug = "Regulators approved the drug candidate Leqembi after a second trial.";
    // an adverb after a park's place is no adjective of its people
    let park = "Le Parc naturel régional du Vercors désormais compte 83 communes.";
    check_found(&[
        (&[fund], Lang::En, Person, "Abrdn", false),
        (&[office], Lang::Fr, Organization, "Droits", false),
        (&[drug], Lang::En, Person, "Leqembi", false),
        (
            &[park],
            Lang::Fr,
            Organization,
            "Parc naturel régional du Vercors",
            true,
        ),
        (
            &[park],
            Lang::Fr,
            Organization,
            "Parc naturel régional du Vercors désormais",
            false,
        ),
    ]);
}

#[test]
fn rules_round64_a_person_s_noun_opening_the_sentence() {
    let partner = "The sale was brokered by a Birmingham firm. Partner Natalie Cartwright said \
                   the new owners would settle the debts.";
    // guard: a capitalised noun of people before no given name stays as it was read
    let farmers = "The vote was close. Farmers Union officials said the deal was fair.";
    check_found(&[
        (&[partner], Lang::En, Person, "Natalie Cartwright", true),
        (
            &[partner],
            Lang::En,
            Person,
            "Partner Natalie Cartwright",
            false,
        ),
        (&[farmers], Lang::En, Person, "Union", false),
    ]);
}

#[test]
fn rules_round64_les_plural_de_town() {
    let team = "Après vingt saisons, les Cantonniers de Magog passent aux mains d’investisseurs \
                de la région.";
    let press = "Le livre paraîtra chez les Éditions du Plateau au printemps.";
    // guard: a plural noun at the sentence's start is no team
    let start = "Pêcheurs de Rufisque et mareyeurs ont manifesté lundi devant la mairie.";
    check_found(&[
        (
            &[team],
            Lang::Fr,
            Organization,
            "Cantonniers de Magog",
            true,
        ),
        (&[team], Lang::Fr, Person, "Cantonniers de Magog", false),
        (
            &[press],
            Lang::Fr,
            Organization,
            "Éditions du Plateau",
            true,
        ),
        (
            &[start],
            Lang::Fr,
            Organization,
            "Pêcheurs de Rufisque",
            false,
        ),
    ]);
}

#[test]
fn rules_round64_a_town_named_like_a_person() {
    let text = [
        "Joseph Mwila, the smelter's head of corporate affairs, said it met all limits.",
        "\"We have not been served with any papers,\" Mwila said by telephone.",
        "Campaigners have drawn comparisons with Mwila, the former lead-mining town north of \
         Lusaka.",
    ];
    // guard: a name before a verb of saying is the speaker's, whatever came before it
    let speaker = [
        "\"Our members are financing this factory,\" said Sunil Kadam-Jadhav, the union's \
         district president, outside the court in Mumbai.",
        "Back in Kurundwad, Kadam-Jadhav said the union would hold a rally on Monday.",
    ];
    check_found(&[
        (&text, Lang::En, Place, "Mwila", true),
        (&text, Lang::En, Person, "Joseph Mwila", true),
        (&speaker, Lang::En, Place, "Kadam-Jadhav", false),
        (&speaker, Lang::En, Person, "Sunil Kadam-Jadhav", true),
    ]);
}

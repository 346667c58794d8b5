//! Round 56 (q56per): nouns of occupation are an open class, told by their endings as much as
//! by a list: "l’agroéconomiste", "le géopolitologue", "une enseignante-chercheuse", "the
//! ethnobotanist", "a screenwriter". Before a name ("pour le kinésithérapeute X Y") or heading
//! its apposition ("X Y, a hydrologist at…") such a noun makes the name a person's, however
//! unfamiliar its given name; without it a run of unknown words is taken for a body.

use super::classify::{Ctx, lex};
use super::text::TokKind;

/// Endings (folded) of French and English nouns of people's trades and studies.
const ENDINGS: &[&str] = &[
    "iste",
    "ologue",
    "nome",
    "graphe",
    "therapeute",
    "ien",
    "ienne",
    "euse",
    "trice",
    "teur",
    "thecaire",
    "fonctionnaire",
    "missionnaire",
    "stagiaire",
    "notaire",
    "libraire",
    "disquaire",
    "antiquaire",
    "veterinaire",
    "commissaire",
    "secretaire",
    "emissaire",
    "signataire",
    "locataire",
    "interimaire",
    "legionnaire",
    "pensionnaire",
    "dignitaire",
    "ist",
    "ian",
    "ologer",
    "grapher",
    "filmmaker",
    "lawmaker",
    "policymaker",
    "dressmaker",
    "shoemaker",
    "worker",
    "keeper",
    "writer",
    "seller",
    "builder",
    "dresser",
    "fighter",
    "trainer",
    "farmer",
    "grower",
    "singer",
    "dancer",
    "searcher",
    "lecturer",
    "designer",
    "teacher",
    "painter",
    "lawyer",
    "drummer",
    "composer",
    "preacher",
    "campaigner",
    "presenter",
    "reporter",
    "sculptor",
    "curator",
    "translator",
    "educator",
];

/// Words of those endings that name things, places, firms' trades or bodies, not people
/// ("la liste", "le quotidien", "l’hebdomadaire", "le transporteur", "the playlist").
const NOT_PEOPLE: &[&str] = &[
    "liste",
    "piste",
    "catalogue",
    "dialogue",
    "prologue",
    "epilogue",
    "monologue",
    "analogue",
    "paragraphe",
    "telegraphe",
    "autographe",
    "orthographe",
    "quotidien",
    "ancien",
    "ancienne",
    "lien",
    "bien",
    "rien",
    "chien",
    "chienne",
    "soutien",
    "entretien",
    "maintien",
    "combien",
    "moissonneuse",
    "tondeuse",
    "perceuse",
    "mitrailleuse",
    "matrice",
    "motrice",
    "locomotrice",
    "secteur",
    "moteur",
    "serveur",
    "reacteur",
    "navigateur",
    "transporteur",
    "distributeur",
    "fournisseur",
    "assureur",
    "operateur",
    "promoteur",
    "constructeur",
    "producteur",
    "diffuseur",
    "hebergeur",
    "editeur",
    "exportateur",
    "importateur",
    "torrefacteur",
    "investisseur",
    "acquereur",
    "repreneur",
    "emetteur",
    "regulateur",
    "collecteur",
    "ordinateur",
    "accelerateur",
    "incubateur",
    "grossiste",
    "hebdomadaire",
    "partenaire",
    "prestataire",
    "concessionnaire",
    "gestionnaire",
    "mandataire",
    "actionnaire",
    "proprietaire",
    "beneficiaire",
    "destinataire",
    "adversaire",
    "dictionnaire",
    "sanctuaire",
    "salaire",
    "annuaire",
    "formulaire",
    "commentaire",
    "itineraire",
    "inventaire",
    "horaire",
    "seminaire",
    "anniversaire",
    "estuaire",
    "list",
    "checklist",
    "playlist",
    "shortlist",
    "longlist",
    "waitlist",
    "blacklist",
    "whitelist",
    "wishlist",
    "setlist",
    "tracklist",
    "exist",
    "assist",
    "insist",
    "resist",
    "persist",
    "consist",
    "chemist",
    "median",
    "meridian",
    "autonome",
    "metronome",
    "binome",
];

/// The folded lowercase word `f` is a noun of occupation by its ending (of a compound,
/// "enseignante-chercheuse", by its last part), six bytes long at least.
pub(super) fn occupation_shaped(f: &str) -> bool {
    // (the hyphen sought as a byte, from the end: no char searcher for the many words without)
    let w = match f.bytes().rposition(|b| b == b'-') {
        Some(h) => &f[h + 1..],
        None => f,
    };
    // (a byte test first: every ending closes with one of these letters)
    if w.len() < 6 || !matches!(w.as_bytes()[w.len() - 1], b'e' | b't' | b'n' | b'r') {
        return false;
    }
    // (then its last three letters: a word no ending closes so is refused unscanned)
    let b = &w.as_bytes()[w.len() - 3..];
    if !b.iter().all(u8::is_ascii_lowercase)
        || TAILS[usize::from(b[2] - b'a') * 26 + usize::from(b[1] - b'a')] & (1 << (b[0] - b'a'))
            == 0
    {
        return false;
    }
    ENDINGS
        .iter()
        .any(|e| ends_with_bytes(w.as_bytes(), e.as_bytes()))
        && !NOT_PEOPLE.contains(&w)
}

/// For each last and second-last letter of an ending of [`ENDINGS`] (index last × 26 +
/// second-last), the third-last letters (bit `letter - b'a'`), found at compile time.
static TAILS: [u32; 26 * 26] = tails();

const fn tails() -> [u32; 26 * 26] {
    let mut t = [0u32; 26 * 26];
    let mut i = 0;
    while i < ENDINGS.len() {
        let e = ENDINGS[i].as_bytes();
        // (the endings: lowercase ASCII letters, three at least)
        assert!(e.len() >= 3);
        let (a, b, c) = (e[e.len() - 3], e[e.len() - 2], e[e.len() - 1]);
        assert!(a.is_ascii_lowercase() && b.is_ascii_lowercase() && c.is_ascii_lowercase());
        t[(c - b'a') as usize * 26 + (b - b'a') as usize] |= 1 << (a - b'a');
        i += 1;
    }
    t
}

/// `w` ends with `e`, compared byte by byte from the end: most endings differ from a word at
/// its last byte or two, refused without a call to `memcmp` (25,000 a MiB were made).
#[inline]
fn ends_with_bytes(w: &[u8], e: &[u8]) -> bool {
    w.len() >= e.len() && w.iter().rev().zip(e.iter().rev()).all(|(a, b)| a == b)
}

/// Words before a noun of occupation that leave it introducing a name: articles,
/// possessives and prepositions ("pour l’agronome X", "according to hydrologist X").
const BEFORE_NOUN: &[&str] = &[
    "le", "la", "l", "un", "une", "son", "sa", "leur", "notre", "cette", "cet", "ce", "pour",
    "par", "selon", "avec", "the", "a", "an", "his", "her", "their", "our", "to", "for", "by",
    "with", "veteran", "local",
];

/// The lowercase word straight before the name opening at `k` is a noun of occupation (a
/// person's noun of the lists or one of [`occupation_shaped`]), itself after an article, a
/// possessive or a preposition, or opening its sentence: the name is a person's.
#[inline(never)]
pub(super) fn occupation_before(ctx: &Ctx, k: usize) -> bool {
    let Some(j) = k.checked_sub(1) else {
        return false;
    };
    let t = &ctx.toks[j];
    if t.kind != TokKind::Word || t.cap || ctx.is(j, lex::IN_LEXICON) {
        return false;
    }
    let f = ctx.f(j);
    if !(occupation_shaped(&f) || super::person_heads::person_noun(&f)) {
        return false;
    }
    match j.checked_sub(1).map(|p| &ctx.toks[p]) {
        None => true,
        Some(p) if p.kind != TokKind::Word => {
            !matches!(ctx.w(j - 1), "-" | "’" | "'") || {
                // "l’agronome": the elided article before the apostrophe
                ctx.prev_word(j)
                    .is_some_and(|a| matches!(&*ctx.f(a), "l" | "d"))
            }
        }
        Some(_) => BEFORE_NOUN.contains(&&*ctx.f(j - 1)),
    }
}

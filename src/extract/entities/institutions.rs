//! French institution names: capitalised heads extended over lowercase words
//! ("Agence de la transition écologique") and lowercase heads opening a name
//! ("ministère de l’Économie", "cour d’appel de Lyon", "département du Travail").

use super::candidates::{Item, word};
use super::classify::Ctx;
use super::gazetteer::GAZ;
use super::text::{TokKind, fold};
use crate::extract::types::Lang;

pub const FR_HEADS: &[&str] = &[
    "agence",
    "autorite",
    "banque",
    "commission",
    "conseil",
    "cour",
    "federation",
    "fondation",
    "institut",
    "ministere",
    "musee",
    "office",
    "organisation",
    "union",
    "universite",
    "ecole",
    "societe",
    "comite",
    "caisse",
    "observatoire",
    "haut-commissariat",
    "tribunal",
    "direction",
    "centre",
    "syndicat",
    "parti",
    "assemblee",
    "departement",
    "secretariat",
];

const STOP_EXT: &[&str] = &[
    "a",
    "est",
    "sont",
    "ont",
    "va",
    "doit",
    "peut",
    "etait",
    "sera",
    "avait",
    "fait",
    "vient",
    "reste",
    "qui",
    "que",
    "et",
    "ou",
    "mais",
    "dont",
    "pour",
    "par",
    "sur",
    "dans",
    "avec",
    "en",
    "au",
    "aux",
    "se",
    "s",
    "ne",
    "n",
    "y",
    "il",
    "elle",
    "les",
    "un",
    "une",
    "ce",
    "cette",
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
    "serait",
    "seraient",
    "aurait",
    "auraient",
    "doivent",
    "peuvent",
    "vont",
    "veut",
    "souhaite",
    "entend",
    "compte",
    "prevoit",
    "annonce",
    "lance",
    "publie",
    "demande",
    "propose",
    "avaient",
    "etaient",
    "seront",
    "auront",
];

/// Lowercase heads that open an institution name when a capitalised name follows.
const LOWER_HEADS: &[&str] = &[
    "ministere",
    "departement",
    "conseil",
    "tribunal",
    "cour",
    "assemblee",
    "banque",
    "universite",
    "prefecture",
    "agence",
    "mairie",
    "institut",
    "caisse",
    "chambre",
    "commission",
    "parquet",
    "rectorat",
    "musee",
    "fondation",
    "federation",
    "haut-commissariat",
    "secretariat",
    "autorite",
    "observatoire",
    "comite",
];

/// Lowercase qualifiers allowed between the head and the name.
const QUALIFIERS: &[&str] = &[
    "regional",
    "regionale",
    "departemental",
    "departementale",
    "municipal",
    "municipale",
    "general",
    "generale",
    "administratif",
    "administrative",
    "constitutionnel",
    "judiciaire",
    "correctionnel",
    "supreme",
    "superieur",
    "superieure",
    "national",
    "nationale",
    "central",
    "centrale",
    "public",
    "publique",
    "federal",
    "federale",
    "appel",
    "commerce",
    "cassation",
    "instance",
    "grande",
    "comptes",
    "prud'hommes",
    "metropolitain",
    "metropolitaine",
    "international",
    "internationale",
    "militaire",
    "permanent",
    "permanente",
    "economique",
    "social",
    "sociale",
    "industrie",
    "metiers",
    "artisanat",
    "agriculture",
];

/// Ministries of a government ("département du Travail"); other "département de X"
/// are French territorial départements (places), left to the general rules.
fn is_ministry_topic(f: &str) -> bool {
    GAZ.sets.common_nouns.contains(f)
        || matches!(
            f,
            "tresor" | "etat" | "securite" | "transports" | "logement" | "emploi" | "armees"
        )
}

/// At a lowercase head word `k`: the items of the institution name up to (not
/// including) the first capitalised word, or None.
pub fn lowercase_head(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<Vec<Item>> {
    let toks = ctx.toks;
    let t = &toks[k];
    if ctx.lang != Lang::Fr || t.kind != TokKind::Word || t.cap || masked[k] {
        return None;
    }
    let head = ctx.f(k);
    if !LOWER_HEADS.contains(&head.as_str()) {
        return None;
    }
    let mut items = vec![Item::Word(k)];
    let mut j = k + 1;
    let mut after_conn = false;
    while j < toks.len() && j < k + 10 {
        if masked[j] {
            return None;
        }
        let tj = &toks[j];
        let w = word(ctx.text, tj);
        if tj.kind == TokKind::Punct {
            if matches!(w, "’" | "'") && after_conn {
                j += 1;
                continue;
            }
            return None;
        }
        let f = fold(w);
        if tj.cap {
            if !after_conn {
                return None;
            }
            if head == "departement" && !is_ministry_topic(&f) {
                return None;
            }
            return Some(items);
        }
        if matches!(f.as_str(), "de" | "du" | "des" | "d" | "la" | "l") {
            items.push(Item::Conn(j));
            after_conn = true;
        } else if QUALIFIERS.contains(&f.as_str()) {
            items.push(Item::Word(j));
            after_conn = false;
        } else {
            return None;
        }
        j += 1;
    }
    None
}

/// "Agence de la transition écologique": a French institutional head followed by
/// lowercase words is extended up to punctuation or a verb-like stop word.
pub fn extend_french_head(ctx: &Ctx, run: &mut Vec<Item>) {
    if ctx.lang != Lang::Fr || run.len() != 1 {
        return;
    }
    let Item::Word(k) = run[0] else { return };
    let text = ctx.text;
    if !FR_HEADS.contains(&fold(word(text, &ctx.toks[k])).as_str()) {
        return;
    }
    let mut items = Vec::new();
    let mut j = k + 1;
    let mut content = 0;
    while j < ctx.toks.len() && items.len() < 8 {
        let t = &ctx.toks[j];
        let w = word(text, t);
        if t.kind == TokKind::Punct {
            if (w == "’" || w == "'") && matches!(items.last(), Some(Item::Conn(_))) {
                j += 1;
                continue;
            }
            break;
        }
        let f = fold(w);
        if matches!(f.as_str(), "de" | "du" | "des" | "d" | "la" | "l") {
            items.push(Item::Conn(j));
        } else if STOP_EXT.contains(&f.as_str())
            || GAZ.sets.said.contains(&f)
            || f.chars().any(|c| c.is_ascii_digit())
        {
            break;
        } else {
            items.push(Item::Word(j));
            content += 1;
        }
        j += 1;
    }
    while matches!(items.last(), Some(Item::Conn(_))) {
        items.pop();
    }
    if content > 0 {
        run.extend(items);
    }
}

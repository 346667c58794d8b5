//! Round 54: short forms in brackets that spell their long name less plainly: a region's
//! letter after a hyphen ("l’Office régional pour la défense des forêts (Ordef-S)"), mixed case
//! ("les Transports publics de X (tpX)"), and plural heads of firms and services.

/// "Ordef-S", "Orbe-NE": the letters before a hyphen and one or two capitals closing the short
/// form (the region it serves, often out of the long name's order), upper case; two letters
/// before it at least.
pub fn region_core(acronym: &str) -> Option<String> {
    let (core, region) = acronym.rsplit_once('-')?;
    let letters = core.chars().filter(|c| c.is_alphabetic()).count();
    ((1..=2).contains(&region.len())
        && region.bytes().all(|b| b.is_ascii_uppercase())
        && (2..=6).contains(&letters)
        && core.chars().all(char::is_alphabetic))
    .then(|| core.to_uppercase())
}

/// "bussN", "traVal", "eTram": a lowercase opening and a capital inside, three to eight
/// letters, no other sign: a short form written in mixed case.
pub fn mixed_case(w: &str) -> bool {
    let n = w.chars().count();
    (3..=8).contains(&n)
        && w.chars().next().is_some_and(char::is_lowercase)
        && w.chars().all(char::is_alphabetic)
        && w.chars().any(char::is_uppercase)
}

/// Plural heads of services and firms that open a long name spelt by a short form
/// ("Transports publics…", "Établissements portuaires…", "Ateliers mécaniques…"), folded.
const PLURAL_HEADS: &[&str] = &[
    "transports",
    "chemins",
    "laboratoires",
    "etablissements",
    "ateliers",
    "services",
];

/// Whether the folded word `f` is one of [`PLURAL_HEADS`].
pub fn plural_head(f: &str) -> bool {
    PLURAL_HEADS.contains(&f)
}

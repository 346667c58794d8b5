//! Round 57 (French regions): a department or region named by its officer or its crops. "le
//! préfet du X", "le sous-préfet de X", "le gouverneur du X" name the area the officer governs;
//! "les bananeraies du X", "les cacaoyères du X" the region the crop grows in. X is a place even
//! when a firm elsewhere in the text bears the region's name ("Société des bananeraies du X").

/// Officers of a territory, folded, before "de"/"du"/"d’" and the territory's name.
const OFFICERS: &[&str] = &[
    "prefet",
    "prefete",
    "prefets",
    "sous-prefet",
    "sous-prefete",
    "gouverneur",
    "gouverneure",
];

/// Plural nouns of plantations and crops, folded, before "du" and a (masculine) region's name.
const CROP_PLURALS: &[&str] = &[
    "bananeraies",
    "plantations",
    "cacaoyeres",
    "cafeieres",
    "palmeraies",
    "rizieres",
    "vergers",
    "vignobles",
    "theiers",
    "champs",
];

/// The lowercase `noun` (folded) before the preposition `f0` ("de", "d", "du") names the area of
/// the name after it: an officer's territory or a crop's region.
pub(super) fn area_of(noun: &str, f0: &str) -> bool {
    // (a byte first: most nouns before "de" start with neither letter)
    match noun.as_bytes().first() {
        Some(b'p' | b's' | b'g') if OFFICERS.contains(&noun) => true,
        _ => f0 == "du" && CROP_PLURALS.contains(&noun),
    }
}

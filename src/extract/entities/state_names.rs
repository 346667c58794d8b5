//! A state's or a province's abbreviation after a town (round 33): "EUGENE, Ore. —", "in
//! Fresno, Calif., on Monday", "Laval, Que." name the state, one place with its full name.
//! Systematic list: every abbreviation of the AP stylebook for the US states (and the older
//! forms "Tex.", "Penn.", "Wisc.") and for the Canadian provinces, dots and spaces taken out.

use super::candidates::Cand;
use super::classify::Ctx;
use super::gazetteer::place_hit;
use crate::extract::types::EntityKind;

/// (abbreviation without its dots, the state's or province's English name).
const STATES: &[(&str, &str)] = &[
    ("Ala", "Alabama"),
    ("Ariz", "Arizona"),
    ("Ark", "Arkansas"),
    ("Calif", "California"),
    ("Colo", "Colorado"),
    ("Conn", "Connecticut"),
    ("Del", "Delaware"),
    ("Fla", "Florida"),
    ("Ga", "Georgia"),
    ("Ill", "Illinois"),
    ("Ind", "Indiana"),
    ("Kan", "Kansas"),
    ("Kans", "Kansas"),
    ("Ky", "Kentucky"),
    ("La", "Louisiana"),
    ("Md", "Maryland"),
    ("Mass", "Massachusetts"),
    ("Mich", "Michigan"),
    ("Minn", "Minnesota"),
    ("Miss", "Mississippi"),
    ("Mo", "Missouri"),
    ("Mont", "Montana"),
    ("Neb", "Nebraska"),
    ("Nebr", "Nebraska"),
    ("Nev", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("Okla", "Oklahoma"),
    ("Ore", "Oregon"),
    ("Oreg", "Oregon"),
    ("Pa", "Pennsylvania"),
    ("Penn", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("Tenn", "Tennessee"),
    ("Tex", "Texas"),
    ("Vt", "Vermont"),
    ("Va", "Virginia"),
    ("Wash", "Washington State"),
    ("WVa", "West Virginia"),
    ("Wis", "Wisconsin"),
    ("Wisc", "Wisconsin"),
    ("Wyo", "Wyoming"),
    ("Alta", "Alberta"),
    ("BC", "British Columbia"),
    ("Man", "Manitoba"),
    ("NB", "New Brunswick"),
    ("NS", "Nova Scotia"),
    ("Nfld", "Newfoundland and Labrador"),
    ("Ont", "Ontario"),
    ("PEI", "Prince Edward Island"),
    ("Que", "Quebec"),
    ("Sask", "Saskatchewan"),
];

/// The English name of the state or province abbreviated `key` (its dots taken out).
pub fn full_name(key: &str) -> Option<&'static str> {
    STATES.iter().find(|(a, _)| *a == key).map(|&(_, n)| n)
}

/// The abbreviation at tokens `first..=last` (its dot right after `last`) of the state `name`:
/// a mention of the state, under the gazetteer's entry when it has one ("Minn." of Minnesota).
/// A lowercase word after the dot makes it another abbreviation ("Jane Ward, Ind. candidate"):
/// nothing is named.
pub fn push_state(ctx: &Ctx, first: usize, last: usize, name: &str, out: &mut Vec<Cand>) {
    let (s, e) = (ctx.toks[first].start, ctx.toks[last].end + 1);
    let after = ctx.text[e..].trim_start();
    if after.starts_with(|c: char| c.is_lowercase()) {
        return;
    }
    let mut c = Cand::rule(ctx.block, s, e, EntityKind::Place, 2);
    if let Some(h) = place_hit(name) {
        c.gaz = Some(h.entry as u32);
        c.strength = 3;
    }
    out.push(c);
}

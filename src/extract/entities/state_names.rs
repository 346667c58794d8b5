//! A state's or a province's abbreviation after a town (round 33): "EUGENE, Ore. —", "in
//! Fresno, Calif., on Monday", "Sudbury, Ont." name the state, one place with its full name.
//! Systematic list: every abbreviation of the AP stylebook for the US states (and the older
//! forms "Tex.", "Penn.", "Wisc.") and for the Canadian provinces, dots and spaces taken out,
//! with Australia's "N.S.W." and "D.C." (which names nothing of its own). "Que." is left out:
//! "que" is a function word, which never opens a name.

use super::candidates::Cand;
use super::classify::Ctx;
use super::gazetteer::{GAZ, place_hit};
use crate::extract::types::EntityKind;

/// (abbreviation without its dots, the state's or province's English name; empty: the
/// abbreviation qualifies the town and names nothing).
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
    ("DC", ""),
    ("Alta", "Alberta"),
    ("BC", "British Columbia"),
    ("Man", "Manitoba"),
    ("NB", "New Brunswick"),
    ("NS", "Nova Scotia"),
    ("Nfld", "Newfoundland and Labrador"),
    ("Ont", "Ontario"),
    ("PEI", "Prince Edward Island"),
    ("NL", "Newfoundland and Labrador"),
    ("Sask", "Saskatchewan"),
    ("NSW", "New South Wales"),
];

/// Abbreviations that are also an English word, a title or a given name ("Pa.", "Mass.",
/// "Ind.", "Miss.", "Man. United", "Del"): after a name and a comma they are read as a state
/// only when the dot closes the phrase (a comma, a dash, a bracket or the block's end after
/// it), never after a word opening its sentence or a person's name ("Thanks, Pa. I will…",
/// "Ann Lee, Ind. 1,204", "Sunday, Mass. 5 p.m.").
const AMBIGUOUS: &[&str] = &[
    "Ala", "Ark", "Conn", "Del", "Ga", "Ill", "Ind", "Kan", "La", "Man", "Mass", "Miss", "Mo",
    "Mont", "Neb", "Ore", "Pa", "Penn", "Tex", "Va", "Wash", "Wis",
];

/// `name` is the English name of a state or a province of the table ("Minnesota").
pub fn is_state(name: &str) -> bool {
    STATES.iter().any(|&(_, n)| n == name)
}

/// The abbreviation `key` (its dots taken out) is also a common word or a name.
pub fn ambiguous(key: &str) -> bool {
    AMBIGUOUS.contains(&key)
}

/// The English name of the state or province abbreviated `key` (its dots taken out): empty
/// for an abbreviation that names nothing of its own ("D.C."), `None` for no abbreviation.
pub fn full_name(key: &str) -> Option<&'static str> {
    STATES.iter().find(|(a, _)| *a == key).map(|&(_, n)| n)
}

/// The abbreviation at tokens `first..=last` (its dot right after `last`) of the state `name`:
/// a mention of the state, under the gazetteer's entry when it has one ("Minn." of Minnesota).
/// A lowercase word after the dot makes it another abbreviation ("Jane Ward, Ind. candidate"):
/// nothing is named. Nor is a state spelt like a country ("Ga." is no mention of Georgia the
/// country): no gazetteer entry would hold it.
pub fn push_state(ctx: &Ctx, first: usize, last: usize, name: &str, out: &mut Vec<Cand>) {
    let (s, e) = (ctx.toks[first].start, ctx.toks[last].end + 1);
    let after = ctx.text[e..].trim_start();
    if after.starts_with(|c: char| c.is_lowercase()) {
        return;
    }
    let hit = place_hit(name);
    if hit.is_some_and(|h| GAZ.entries[h.entry].nation) {
        return;
    }
    let mut c = Cand::rule(ctx.block, s, e, EntityKind::Place, 2);
    if let Some(h) = hit {
        c.gaz = Some(h.entry as u32);
        c.strength = 3;
    }
    out.push(c);
}

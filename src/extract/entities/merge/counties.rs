//! Counties named two ways (round 33): "Tullagh" after "County Tullagh" (Ireland's and
//! Britain's order: the county is the name alone), "Varne" in "Ossory, Varne and Lake Hollis
//! counties" beside "Varne County" (the American order, where the name alone is as often a
//! town: "Ridgefield" is not "Ridgefield County"). The name alone, taken for a place (or
//! guessed without evidence, never a person) and in no gazetteer entry of its own, is the
//! county.

use super::{Cand, EntityKind, GAZ, Group, HashMap, claim, fold, join, kind_of};

/// The county's name in a place group's name, and whether the name alone is the county:
/// "County X", "Co X", "Co. X" (a gazetteer's entry or not), "X County" (never a gazetteer's).
fn county_of(g: &Group) -> Option<(String, bool)> {
    match g.gaz {
        Some(e) => GAZ.entries[e]
            .en
            .strip_prefix("County ")
            .map(|x| (fold(x), true)),
        // (string tests on the key, no word list made: most groups are no county)
        None if g.ntoks >= 2 => match g.key.strip_suffix(" county") {
            Some(name) => Some((name.to_string(), false)),
            None if g.ntoks == 2 => ["county ", "co ", "co. "]
                .iter()
                .find_map(|p| g.key.strip_prefix(p))
                .map(|x| (x.to_string(), true)),
            None => None,
        },
        None => None,
    }
}

/// The mention `c` is one of capitalised names joined by commas and "and"/"or" before
/// "counties" ("Ossory, Varne and Lake Hollis counties").
fn in_county_list(blocks: &[&str], c: &Cand) -> bool {
    let rest = &blocks[c.block as usize][c.end as usize..];
    for w in rest.split_whitespace().take(10) {
        if w == "counties" || w.starts_with("counties") && !w[8..].starts_with(char::is_alphabetic)
        {
            return true;
        }
        let w = w.trim_end_matches(',');
        if !(w.is_empty() || matches!(w, "and" | "or") || w.starts_with(char::is_uppercase)) {
            return false;
        }
    }
    false
}

/// The group's name can be its county's: no common or function word ("Down the road"), one
/// mention at least inside its sentence, none before "town", "city" or a possessive ("Kerry
/// town", "Kerry’s senator").
#[cold]
fn plain_name(blocks: &[&str], g: &Group) -> bool {
    use super::super::classify::lex;
    let noise = lex::FUNCTION_WORD | lex::COMMON_NOUN | lex::NOISE;
    if GAZ.sets.lex.get(g.key).is_some_and(|&f| f & noise != 0) {
        return false;
    }
    let inside = g.cands().iter().any(|c| {
        let before = blocks[c.block as usize][..c.start as usize].trim_end();
        !(before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '“', '—', '–']))
    });
    inside
        && g.cands().iter().all(|c| {
            let after = &blocks[c.block as usize][c.end as usize..];
            !(after.starts_with(" town")
                || after.starts_with(" city")
                || after.starts_with("'s")
                || after.starts_with("’s"))
        })
}

#[inline(never)]
pub(super) fn counties_named_short(blocks: &[&str], groups: &mut [Group]) {
    let mut counties: HashMap<String, Option<usize>> = HashMap::default();
    let mut american: Vec<usize> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        if g.cands().is_empty() {
            continue;
        }
        if let Some((x, alone)) = county_of(g)
            && kind_of(g).0 == EntityKind::Place
        {
            claim(&mut counties, x, i);
            if !alone {
                american.push(i);
            }
        }
    }
    if counties.is_empty() {
        return;
    }
    for i in 0..groups.len() {
        let g = &groups[i];
        if g.gaz.is_some() || g.cands().is_empty() {
            continue;
        }
        let (kind, strength) = kind_of(g);
        if kind != EntityKind::Place && strength > 1 || kind == EntityKind::Person {
            continue;
        }
        if let Some(&Some(t)) = counties.get(g.key)
            && t != i
            && plain_name(blocks, g)
            && (!american.contains(&t) || g.cands().iter().all(|c| in_county_list(blocks, c)))
        {
            join(groups, i, t);
        }
    }
}

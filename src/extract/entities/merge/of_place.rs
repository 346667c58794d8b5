//! A body named by its name, "of" and a known place ("the Supreme Court of Ardenia"): the same
//! body with its place first ("the Ardenia Supreme Court"), and when its listed short form
//! ("the Supreme Court") is that body and when another one.

use super::{EntityKind, Group, HashMap, fold, join, kind_of, tokens_of};

/// The organisations of [`super::org_names`]: group, folded words, where "of" and a known
/// place start (the words' count when none).
type Orgs<'a> = [super::org_names::Org<'a>];

/// "the Ardenia Supreme Court" beside "the Supreme Court of Ardenia": the place's name, then
/// the body's own words, name the same body; the first group joins the second.
pub(super) fn place_first_forms(groups: &mut [Group], orgs: &Orgs<'_>) {
    // the keys wanted (the place's words, then the body's), to the body
    let mut wanted: HashMap<String, usize> = HashMap::default();
    let (mut fewest, mut most) = (usize::MAX, 0);
    for (t, tt, at) in orgs {
        if *at >= tt.len() {
            continue;
        }
        let mut key = String::new();
        for w in tt[*at + 1..].iter().chain(&tt[..*at]) {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(w);
        }
        wanted.insert(key, *t);
        (fewest, most) = (fewest.min(tt.len() - 1), most.max(tt.len() - 1));
    }
    // (one pass over the groups, their words counted before any key is hashed)
    for j in 0..groups.len() {
        let g = &groups[j];
        if (g.ntoks as usize) < fewest || g.ntoks as usize > most {
            continue;
        }
        let Some(&t) = wanted.get(g.key) else {
            continue;
        };
        if t != j && !g.cands().is_empty() && kind_of(g).0 == EntityKind::Organization {
            join(groups, j, t);
        }
    }
}

/// The listed short form `i` ("the Supreme Court", folded words `short`) may join the body
/// `t` of `orgs` (folded words `tt`, "of" at `at`): no other body of the article is named by
/// it ("the U.S. Supreme Court"), and no mention has another place attached ("the Supreme Court
/// in Washington", "In Carlow, the Labour Party said").
pub(super) fn short_form_fits(
    blocks: &[&str],
    groups: &[Group],
    i: usize,
    t: usize,
    short: &[String],
    place: &[&str],
) -> bool {
    // (a listed group's key is its entry's number: its words are its longest mention's)
    let other_body = groups.iter().enumerate().any(|(j, g)| {
        if j == i || j == t || g.cands().is_empty() || kind_of(g).0 != EntityKind::Organization {
            return false;
        }
        let ends_with = |words: &[&str]| {
            words.len() > short.len()
                && words[words.len() - short.len()..]
                    .iter()
                    .zip(short)
                    .all(|(a, b)| fold(a) == *b)
        };
        match g.gaz {
            Some(_) => ends_with(&tokens_of(g.longest(blocks))),
            None => ends_with(&g.tokens()),
        }
    });
    if other_body {
        return false;
    }
    // the mentions' neighbours: " in <Place>" after, "In <Place>, the " before
    let first_place = place.first().copied().unwrap_or("");
    let other_place = |w: &str| {
        w.starts_with(char::is_uppercase)
            && crate::extract::entities::text::with_folded(w, |f| f != first_place)
    };
    groups[i].cands().iter().all(|c| {
        let block = blocks[c.block as usize];
        let after = &block[c.end as usize..];
        if let Some(rest) = after.strip_prefix(" in ")
            && other_place(rest.split([' ', ',', '.', ';']).next().unwrap_or(""))
        {
            return false;
        }
        let before = block[..c.start as usize].trim_end();
        let before = before
            .strip_suffix("the")
            .or_else(|| before.strip_suffix("The"))
            .unwrap_or(before)
            .trim_end();
        let Some(clause) = before.strip_suffix(',') else {
            return true;
        };
        // (the clause's opening, from the sentence's start)
        let opening = clause
            .rfind(['.', '!', '?', '\n'])
            .map_or(clause, |p| &clause[p + 1..])
            .trim_start();
        !opening
            .strip_prefix("In ")
            .is_some_and(|p| p.split(' ').count() <= 3 && p.split(' ').all(other_place))
    })
}

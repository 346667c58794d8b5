//! Round 50: a body named again short, in two shapes the other passes miss: by the honorific
//! that opens its name and the word after it ("Shri Ganesh’s chairman" for "Shri Ganesh
//! Sahakari Mills Ltd"), and by its head noun alone after "the" ("The Chamber’s director" for
//! "the Riverside Chamber of Commerce").

use super::{EntityKind, Group, join, kind_of};
use crate::extract::entities::gazetteer::GAZ;

/// Words that open a body's name in honour of a deity or a saint ("Shri Ganesh Sahakari Mills
/// Ltd", "St Brigid’s Hospital"), folded: named again by them and the next word alone.
const NAME_HONORIFICS: &[&str] = &["shri", "sri", "shree", "saint", "st"];

/// `before` (a block's text up to a mention) ends with `word` (folded) and one space, a word
/// of its own: the start of that word.
fn word_before(before: &str, word: &str) -> Option<usize> {
    let rest = before.strip_suffix(' ')?;
    let at = rest.len().checked_sub(word.len())?;
    (rest.is_char_boundary(at)
        && rest[at..].eq_ignore_ascii_case(word)
        && !rest[..at].ends_with(|c: char| c.is_alphanumeric()))
    .then_some(at)
}

/// "Shri Ganesh Sahakari Mills Ltd … Shri Ganesh’s chairman said": the honorific and the word
/// after it that open an organisation's name of three words or more are that organisation,
/// where the word alone became a person's name after a title (the honorific is one). Only the
/// mentions written after the honorific move: "the Ganesh river" stays where it is.
#[inline(never)]
pub(super) fn honorific_short_forms(blocks: &[&str], groups: &mut [Group]) {
    let mut moves: Vec<(usize, usize, &'static str)> = Vec::new();
    for (t, g) in groups.iter().enumerate() {
        // (a byte test first: most names open with none of the honorifics)
        if g.ntoks < 3 || !matches!(g.key.as_bytes().first(), Some(b's')) {
            continue;
        }
        let toks = g.tokens();
        let Some(&h) = NAME_HONORIFICS.iter().find(|&&h| h == toks[0]) else {
            continue;
        };
        if g.cands().is_empty() || kind_of(g).0 != EntityKind::Organization {
            continue;
        }
        let second = toks[1];
        if let Some(i) = groups
            .iter()
            .position(|s| s.ntoks == 1 && s.gaz.is_none() && s.key == second)
        {
            moves.push((i, t, h));
        }
    }
    for (i, t, h) in moves {
        let (kind, strength) = kind_of(&groups[t]);
        // ("the St Brendan Sailing Club … St Brendan sailed west": a saint with a given name is
        // the saint himself, unless something is his ("St Brendan’s staff"); round 51)
        let saint = matches!(h, "saint" | "st") && GAZ.sets.given_names.contains(groups[i].key);
        let mut moved = Vec::new();
        groups[i].cands_mut().retain(|c| {
            let text = blocks[c.block as usize];
            match word_before(&text[..c.start as usize], h) {
                Some(at)
                    if c.kind == EntityKind::Person
                        && !sacred_after(&text[c.end as usize..])
                        && (!saint || possessive_after(&text[c.end as usize..])) =>
                {
                    let mut c = c.clone();
                    c.start = at as u32;
                    c.kind = kind;
                    c.strength = c.strength.max(strength);
                    moved.push(c);
                    false
                }
                _ => true,
            }
        });
        groups[t].cands_mut().extend(moved);
    }
}

/// Nouns of what belongs to a saint or a deity, not to a body named after them ("Saint
/// Columba’s feast", "Shri Ramesha’s temple"), round 51.
const SACRED_THINGS: &[&str] = &[
    "feast",
    "day",
    "relics",
    "shrine",
    "tomb",
    "grave",
    "life",
    "legend",
    "statue",
    "idol",
    "image",
    "icon",
    "temple",
    "church",
    "chapel",
    "abbey",
    "cathedral",
    "well",
    "miracles",
    "teachings",
    "birth",
    "birthday",
    "festival",
    "blessing",
    "blessings",
    "devotees",
    "followers",
    "worship",
    "cult",
    "name",
];

/// `after` (a block's text from the end of a mention) opens with "'s" and a word.
fn possessive_after(after: &str) -> bool {
    after.starts_with("’s ") || after.starts_with("'s ")
}

/// `after` (a block's text from the end of a mention) opens with "'s" and a noun of
/// [`SACRED_THINGS`].
fn sacred_after(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("’s ")
        .or_else(|| after.strip_prefix("'s "))
    else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    SACRED_THINGS.contains(&word)
}

/// Head nouns of bodies that English names again alone after "the" ("the Chamber", "the
/// Council", "the Board"), folded.
pub(in crate::extract::entities) const HEAD_NOUNS: &[&str] = &[
    "chamber",
    "council",
    "board",
    "authority",
    "trust",
    "commission",
    "committee",
    "agency",
    "federation",
    "association",
    "society",
    "foundation",
    "institute",
    "directorate",
    "tribunal",
    "bureau",
    "corporation",
    "cooperative",
];

/// "the Riverside Chamber of Commerce … The Chamber’s director": a head noun of bodies named
/// alone after "the", capitalised, is the one organisation of the article whose name holds it;
/// with two such bodies ("the Marsh Board", "the Water Board") it is neither.
#[inline(never)]
pub(super) fn bodies_by_head_noun(blocks: &[&str], groups: &mut [Group]) {
    let mut joins: Vec<(usize, usize)> = Vec::new();
    let mut drops: Vec<usize> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        // (a byte test first: a head noun alone is a short key)
        if g.ntoks > 2 || g.key.len() > 16 || g.gaz.is_some() || g.cands().is_empty() {
            continue;
        }
        let toks = g.tokens();
        // (round 56, q56en2) "the Kolva Lake First Nation … the First Nation’s objections":
        // a people's own body named again by its kind, held by a longer name ending with it
        let (head, nation) = match toks[..] {
            ["first", "nation"] | ["the", "first", "nation"] => ("nation", true),
            [h] | ["the", h] => (h, false),
            _ => continue,
        };
        if !(nation || HEAD_NOUNS.contains(&head)) || kind_of(g).0 != EntityKind::Organization {
            continue;
        }
        // each mention after "the", or opening with it ("First Nation": no indefinite
        // article before it, "the Hollin-based First Nation" being that one too)
        let definite = g.cands().iter().all(|c| {
            let text = blocks[c.block as usize];
            let name = &text[c.range()];
            let before = &text[..c.start as usize];
            name.starts_with("The ")
                || name.starts_with("the ")
                || word_before(before, "the").is_some()
                || nation
                    && ["a", "an", "another", "each", "every"]
                        .iter()
                        .all(|a| word_before(before, a).is_none())
        });
        if !definite {
            continue;
        }
        // (a gazetteer's body, keyed by its entry, by its longest mention's words: "the
        // National Trust and the Woodland Trust … the Trust" is neither, round 51)
        let mut holders = groups.iter().enumerate().filter(|&(t, o)| {
            t != i
                && !o.cands().is_empty()
                && match o.gaz {
                    None if nation => o.ntoks >= 3 && o.tokens().ends_with(&["first", "nation"]),
                    None => o.ntoks >= 2 && o.tokens().contains(&head),
                    Some(_) => {
                        let name = o.longest(blocks);
                        name.contains(' ')
                            && name
                                .split([' ', '\u{a0}'])
                                .any(|w| w.eq_ignore_ascii_case(head))
                    }
                }
                // (a name ending "First Nation" is a body, guessed a person's or not yet)
                && (nation || kind_of(o).0 == EntityKind::Organization)
        });
        match (holders.next(), holders.next()) {
            (Some((t, _)), None) => joins.push((i, t)),
            // (round 54) "The Commission, through…" with no body of the article holding the
            // noun: a sentence's article and a generic noun, no name
            (None, _)
                if g.cands()
                    .iter()
                    .all(|c| blocks[c.block as usize][c.range()].starts_with("The ")) =>
            {
                drops.push(i)
            }
            _ => {}
        }
    }
    for (i, t) in joins {
        join(groups, i, t);
    }
    for i in drops {
        groups[i].cands_mut().clear();
    }
}

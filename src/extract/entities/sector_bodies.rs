//! Round 42: a public body named by its sector and the land it serves ("Public Health Ostland",
//! "Tourism Ireland", "Rugby Canada", "Tourisme Valmorin", "Santé Norvia"), and a known
//! broadcaster's national service ("BBC Gaeilge Ireland"): one organisation, not a sector's words
//! beside a place.

use super::candidates::Item;
use super::classify::Ctx;
use super::gazetteer::{GAZ, GazHit};
use crate::extract::types::EntityKind;

/// Nouns of a sector a national or regional body is named after, folded.
const SECTORS: &[&str] = &[
    "health",
    "sport",
    "sports",
    "tourism",
    "rugby",
    "cricket",
    "athletics",
    "football",
    "golf",
    "hockey",
    "netball",
    "tennis",
    "basketball",
    "volleyball",
    "gymnastics",
    "triathlon",
    "heritage",
    "skills",
    "screen",
    "tourisme",
    "sante",
    "investissement",
    "patrimoine",
    "transports",
    "emploi",
    "revenu",
    "loisir",
    "culture",
];

/// (Round 70) More sectors a body is named by after its land ("Manitoba Pork", "Manitoba
/// Agriculture"), folded; none a common surname ("Georgia Lamb").
const SECTORS_AFTER: &[&str] = &[
    "agriculture",
    "pork",
    "beef",
    "dairy",
    "grain",
    "fisheries",
    "forestry",
    "water",
    "hydro",
    "energy",
    "transport",
    "education",
    "ambulance",
    "government",
];

/// Sectors that name a body only after an adjective ("Public Health Ostland", not "Health
/// Ostland's hospitals").
const ADJECTIVE_SECTORS: &[&str] = &["health"];

/// Broadcasters whose national services add a word of the nation's own language and the
/// nation's name ("BBC Gaeilge Ireland"), folded.
const BROADCASTERS: &[&str] = &["bbc", "itv", "rte", "cbc", "abc"];

/// Adjectives that may open such a body's name before its sector ("Public Health Ostland").
const SECTOR_ADJECTIVES: &[&str] = &["public", "mental", "national", "historic", "natural"];

/// A known place (no nationality adjective) in the run's item `i`, starting at token `at`.
fn place_at(hits: &[GazHit], i: &Item, at: usize) -> bool {
    matches!(*i, Item::Gaz { hit, first, .. } if first == at && !hits[hit].demonym
        && GAZ.entries[hits[hit].entry].kind == EntityKind::Place)
}

/// The run is one or two capitalised words ending with a sector's noun ([`SECTORS`]; an
/// adjective of [`SECTOR_ADJECTIVES`] before it) straight before a known place that ends the
/// run, or a sector that is itself a known town before a country ("Rugby Canada"), or a known
/// organisation, one capitalised word and a country ("BBC Gaeilge Ireland"). (A preposition
/// between them keeps them apart: "Public Health in Wales".)
pub fn sector_body(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    // (round 70) "Cumbria Tourism", "Manitoba Agriculture", "Manitoba Pork": a known region,
    // state, province or country, then one capitalised noun of a sector ending the run ("the
    // Queensland Government" still gives its state only: another rule takes it first)
    if let [ref g @ Item::Gaz { first, last, .. }, Item::Word(k)] = *run {
        return !ctx.heading
            && k == last + 1
            && !ctx.toks[k].allcaps
            // ("Queensland Transport Minister Bart Mellish": a title's field)
            && !ctx
                .toks
                .get(k + 1)
                .is_some_and(|n| n.kind == super::text::TokKind::Word && n.cap)
            && (SECTORS.contains(&&*ctx.f(k)) || SECTORS_AFTER.contains(&&*ctx.f(k)))
            && place_at(hits, g, first)
            && !GAZ.sets.any_given(&ctx.f(first));
    }
    // (asked of most runs: the shape first)
    if !matches!(run, [_, Item::Gaz { .. }] | [_, _, Item::Gaz { .. }]) || ctx.heading {
        return false;
    }
    let sector = |j: usize| !ctx.toks[j].allcaps && SECTORS.contains(&&*ctx.f(j));
    // ("Sport Ostland's budget": a possessive after it reads the land's, not a body's)
    let last = match run[run.len() - 1] {
        Item::Gaz { last, .. } => last,
        _ => return false,
    };
    if last + 2 < ctx.toks.len()
        && matches!(ctx.w(last + 1), "'" | "’")
        && matches!(ctx.w(last + 2), "s" | "S")
    {
        return false;
    }
    let nation =
        |i: &Item| matches!(*i, Item::Gaz { hit, .. } if GAZ.entries[hits[hit].entry].nation);
    match *run {
        [Item::Word(k), ref g] => {
            sector(k) && !ADJECTIVE_SECTORS.contains(&&*ctx.f(k)) && place_at(hits, g, k + 1)
        }
        [Item::Word(a), Item::Word(k), ref g] => {
            k == a + 1
                && sector(k)
                && !ctx.toks[a].allcaps
                && SECTOR_ADJECTIVES.contains(&&*ctx.f(a))
                && place_at(hits, g, k + 1)
        }
        [Item::Gaz { first, last, .. }, ref g] => {
            first == last && sector(first) && nation(g) && place_at(hits, g, last + 1)
        }
        [Item::Gaz { hit, first, last }, Item::Word(k), ref g] => {
            k == last + 1
                && first == last
                && BROADCASTERS.contains(&&*ctx.f(first))
                && GAZ.entries[hits[hit].entry].kind == EntityKind::Organization
                && ctx.toks[k].cap
                && !GAZ.sets.given_names.contains(&ctx.f(k))
                && !super::classify::is_noise(ctx, k)
                && nation(g)
                && place_at(hits, g, k + 1)
        }
        _ => false,
    }
}

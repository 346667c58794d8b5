//! Events named after where they are held (round 44): "les 24 Heures de X", "le Grand Prix de
//! X", "le Marathon de X", "le Festival de X", "le Tour de X", "the 24 Hours of X", "the Tour of
//! X": the name after "de"/"of" is a place, whatever the event's own kind (a race's name is no
//! person's: "Heures de X" read as a given name and a surname). Only a known place or a name
//! shaped like a town's: a theme ("Festival of Kites", "le Festival du Conte"), a person ("le
//! Festival de Lucie Brault"), a name after an article ("le Tour de l'Espoir") or a class before
//! a number ("le Grand Prix de Formule 2") leave the event whole, as before.

use super::candidates::{Cand, Item};
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Folded words of what an event celebrates, never a town after its noun ("the Festival of
/// Lanterns", "le Festival du Conte", "le Tour de Ski").
const THEMES: &[&str] = &[
    // arts and genres
    "jazz",
    "blues",
    "rock",
    "folk",
    "country",
    "opera",
    "music",
    "musique",
    "musiques",
    "chanson",
    "chansons",
    "film",
    "films",
    "cinema",
    "theatre",
    "theater",
    "danse",
    "dance",
    "art",
    "arts",
    "humour",
    "humor",
    "comedy",
    "rire",
    "cirque",
    "circus",
    "conte",
    "contes",
    "poesie",
    "poetry",
    "livre",
    "livres",
    "books",
    "lettres",
    "images",
    "photo",
    "mode",
    "fashion",
    "animation",
    "documentaire",
    "science",
    "sciences",
    "ideas",
    "idees",
    "culture",
    "cultures",
    "speed",
    "vitesse",
    // seasons, lights, food
    "ete",
    "hiver",
    "printemps",
    "automne",
    "summer",
    "winter",
    "spring",
    "autumn",
    "lights",
    "lumiere",
    "lumieres",
    "lanterns",
    "lanternes",
    "feux",
    "fireworks",
    "neige",
    "snow",
    "glace",
    "ice",
    "ski",
    "food",
    "wine",
    "vin",
    "vins",
    "beer",
    "biere",
    "bieres",
    "gastronomie",
    "montgolfieres",
    "balloons",
    "flowers",
    "fleurs",
    "kites",
    "cerfs-volants",
    // ideals and people
    "hope",
    "espoir",
    "duty",
    "peace",
    "paix",
    "remembrance",
    "souvenir",
    "avenir",
    "future",
    "nations",
    "monde",
    "world",
    "jeunesse",
    "youth",
    "femmes",
    "women",
    "champions",
    "legends",
    "voyageur",
    "voyageurs",
    "patrimoine",
    "heritage",
    "liberte",
    "freedom",
    "babel",
    "formule",
];

/// Continents: a tour of one names it (a tour of a country is its name, no mention of it).
const CONTINENTS: &[&str] = &[
    "Europe",
    "Asia",
    "Africa",
    "Oceania",
    "Antarctica",
    "North America",
    "South America",
    "Latin America",
    "Central America",
];

/// Pushes what an event's name in `run` names and says so: the town it is named after, or
/// (named after a country: "the Rally of Portugal", "le Tour d'Italie") the event whole, with no
/// mention of the country; "du X" reads "Le X", a known place, or names none.
pub fn push_event(ctx: &Ctx, hits: &[GazHit], run: &[Item], out: &mut Vec<Cand>) -> bool {
    let Some(p) = event_place(ctx, hits, run) else {
        return false;
    };
    match run[p..] {
        [Item::Gaz { hit, .. }]
            if GAZ.entries[hits[hit].entry].nation
                && !CONTINENTS.contains(&GAZ.entries[hits[hit].entry].en.as_str()) =>
        {
            let lead = super::classify::opening_article(ctx, run);
            super::classify::push(ctx, &run[lead..], EntityKind::Other, 2, out);
        }
        [Item::Gaz { hit, .. }] => out.push(Cand::gazetteer(ctx.block, &hits[hit])),
        [Item::Word(k)] if ctx.f(k - 1) == "du" => {
            // ("le Marathon du Mans": a known place with its article; else no place)
            let Some(h) = super::gazetteer::place_hit(&format!("Le {}", ctx.w(k))) else {
                return false;
            };
            let mut c = Cand::rule(
                ctx.block,
                ctx.toks[k].start,
                ctx.toks[k].end,
                EntityKind::Place,
                3,
            );
            c.gaz = Some(h.entry as u32);
            out.push(c);
        }
        _ => super::classify::push(ctx, &run[p..], EntityKind::Place, 2, out),
    }
    true
}

/// The index in `run` where the place of an event's name starts ("Heures", "de", "X": 2), or
/// `None` when the run is no such name.
fn event_place(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> Option<usize> {
    // (a byte first: most runs open with no event's noun, nor with "Le"/"The" before one)
    let head_byte = |i: usize| match run.get(i) {
        Some(&Item::Word(h)) => matches!(
            ctx.text.as_bytes()[ctx.toks[h].start],
            b'H' | b'G' | b'M' | b'F' | b'T' | b'R'
        ),
        _ => false,
    };
    if !head_byte(0) && !head_byte(1) {
        return None;
    }
    // ("Le Tour de X" opening a sentence: its article first)
    let lead = super::classify::opening_article(ctx, run);
    let run = &run[lead..];
    if !head_byte(lead) {
        return None;
    }
    let &Item::Word(h) = run.first()? else {
        return None;
    };
    let head = match &*ctx.f(h) {
        // "les 24 Heures de X", "the 24 Hours of X": a number before them
        "heures" | "hours" => {
            let number = h > 0
                && ctx.toks[h - 1].kind == TokKind::Word
                && ctx.w(h - 1).bytes().all(|b| b.is_ascii_digit());
            if !number {
                return None;
            }
            1
        }
        // "le Grand Prix de X", "the Grand Prix of X"
        "grand" => match run.get(1) {
            Some(&Item::Word(p)) if ctx.f(p) == "prix" => 2,
            _ => return None,
        },
        "marathon" | "festival" | "rallye" | "rally" => 1,
        // "le Tour de X" (a race; "la tour de X" is a tower), "the Tour of X"
        "tour" => {
            let article = (lead > 0)
                .then_some(h - 1)
                .or_else(|| ctx.prev_word(h))
                .map(|p| ctx.f(p));
            let race = match ctx.lang {
                Lang::Fr => matches!(article.as_deref(), Some("le" | "du" | "au")),
                Lang::En => true,
            };
            if !race {
                return None;
            }
            1
        }
        _ => return None,
    };
    let Some(&Item::Conn(c)) = run.get(head) else {
        return None;
    };
    if !matches!(&*ctx.f(c), "de" | "d" | "du" | "of") {
        return None;
    }
    let mut start = head + 1;
    let mut article = false;
    while let Some(&Item::Conn(a)) = run.get(start) {
        article |= matches!(&*ctx.f(a), "l" | "la" | "le" | "les" | "des" | "the");
        start += 1;
    }
    let rest = run.get(start..)?;
    // one to three plain words shaped like a town's name, or a known place
    let place = match rest {
        [Item::Gaz { hit, .. }] => {
            !hits[*hit].demonym && GAZ.entries[hits[*hit].entry].kind == EntityKind::Place
        }
        [Item::Word(k0), ..] => {
            (1..=3).contains(&rest.len())
                && !article
                && !GAZ.sets.given_names.contains(&ctx.f(*k0))
                && rest.iter().all(|i| {
                    matches!(*i, Item::Word(k) if !ctx.toks[k].allcaps
                        && !ctx.is(k, lex::ORG_CUE)
                        && !super::classify::is_noise(ctx, k)
                        && !THEMES.contains(&&*ctx.f(k)))
                })
                // ("le Grand Prix de Formule 2": a class, its number after it)
                && !ctx.toks.get(super::classify::last_tok(&rest[rest.len() - 1]) + 1).is_some_and(
                    |t| t.kind == TokKind::Word && ctx.text.as_bytes()[t.start].is_ascii_digit(),
                )
        }
        _ => false,
    };
    place.then_some(lead + start)
}

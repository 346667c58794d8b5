//! A road's number after an article ("the M9 motorway", "traffic on the B1234", "sur l’A89
//! entre X et Y"), which names a place (a road) rather than a product: only with a road's own
//! evidence in the phrase (a road's noun, traffic, a junction, the two towns it runs between),
//! never a code alone ("the A3 saloon", "the B1 level", "l’A320") and never another number
//! ("the M4 chips and the M2"); and a federal road's name ("U.S. Highway N"), which is no
//! mention of the country.

use super::classify::Ctx;
use super::text::TokKind;

/// A road's number: "A12", "M4", "N17", "D939", "RN88" (one or two capitals of road classes,
/// then one to four digits).
pub(super) fn road_shape(w: &str) -> bool {
    let b = w.as_bytes();
    let letters = match b {
        [b'R', b'N' | b'D', ..] => 2,
        [b'A' | b'M' | b'N' | b'B' | b'D', ..] => 1,
        _ => return false,
    };
    (letters + 1..=letters + 4).contains(&b.len()) && b[letters..].iter().all(u8::is_ascii_digit)
}

/// Folded words after a number that make it a product's, a grade's or a vehicle's, not a
/// road's ("the A4 paper", "the M2 chip", "l’A320 neo", "the B1 level", "the A6 saloon").
const PRODUCT_AFTER: &[&str] = &[
    "paper",
    "sheet",
    "sheets",
    "size",
    "format",
    "notebook",
    "notebooks",
    "planner",
    "envelope",
    "chip",
    "chips",
    "processor",
    "processors",
    "jet",
    "jets",
    "aircraft",
    "airliner",
    "plane",
    "planes",
    "fleet",
    "engine",
    "engines",
    "production",
    "programme",
    "program",
    "neo",
    "avion",
    "avions",
    "papier",
    "feuille",
    "feuilles",
    "puce",
    "puces",
    "saloon",
    "hatchback",
    "estate",
    "sedan",
    "coupe",
    "convertible",
    "cabriolet",
    "model",
    "car",
    "cars",
    "lorry",
    "lorries",
    "truck",
    "trucks",
    "van",
    "vans",
    "bus",
    "tank",
    "bomber",
    "rating",
    "ratings",
    "grade",
    "grades",
    "level",
    "levels",
    "exam",
    "exams",
    "test",
    "certificate",
    "course",
    "class",
    "tranche",
    "notes",
    "bond",
    "bonds",
    "supplement",
    "supplements",
    "vitamin",
    "tablet",
    "tablets",
    "berline",
    "break",
    "citadine",
    "niveau",
    "examen",
    "note",
    "moteur",
    "modele",
];

/// Folded words of roads and their traffic: one near a number makes it a road's ("the A9
/// carriageway", "traffic on the B1234", "la bretelle de l’A89").
const ROAD_NOUNS: &[&str] = &[
    "road",
    "roads",
    "motorway",
    "motorways",
    "carriageway",
    "carriageways",
    "junction",
    "junctions",
    "lane",
    "lanes",
    "traffic",
    "roadworks",
    "tailback",
    "tailbacks",
    "queues",
    "queued",
    "congestion",
    "bypass",
    "highway",
    "interchange",
    "roundabout",
    "sliproad",
    "northbound",
    "southbound",
    "eastbound",
    "westbound",
    "dualling",
    "dualled",
    "resurfacing",
    "resurfaced",
    "widening",
    "autoroute",
    "autoroutes",
    "nationale",
    "departementale",
    "bretelle",
    "bretelles",
    "echangeur",
    "sortie",
    "peage",
    "trafic",
    "circulation",
    "chaussee",
    "bouchon",
    "bouchons",
    "embouteillages",
    "rocade",
    "hauteur",
    "verge",
    "shoulder",
    "roadside",
    "accotement",
    "bas-cote",
    // the traffic on it and what befalls it ("Lorries backed up on the B1234", "un accident a
    // bloqué l’A89", "avant de rejoindre l’A89")
    "lorries",
    "motorists",
    "hgvs",
    "crash",
    "collision",
    "accident",
    "camions",
    "automobilistes",
    "rejoindre",
    "rejoint",
    "emprunter",
    "emprunte",
    "empruntent",
];

/// Word `k` is a road's number after an article ("the M9 motorway", "sur l’A89"): a road's word
/// in the few words after it or before it in the sentence, or the two towns it runs between
/// straight after it; not before a product's, a grade's or a vehicle's noun, nor a capitalised
/// word ("l’A4 Avant").
pub fn road_number(ctx: &Ctx, k: usize) -> bool {
    if !road_shape(ctx.w(k)) {
        return false;
    }
    let Some(p) = ctx.prev_word(k) else {
        return false;
    };
    if ctx.toks[p].cap || !matches!(ctx.w(p), "the" | "l" | "la") {
        return false;
    }
    let next = ctx.next_word(k);
    if next.is_some_and(|n| ctx.toks[n].cap || PRODUCT_AFTER.contains(&&*ctx.f(n))) {
        return false;
    }
    next.is_some_and(|n| road_after(ctx, n)) || road_back(ctx, p)
}

/// A road's word within a few words from `n` in the sentence ("the M9 motorway", "the M9,
/// where traffic…"), or "between X and Y" / "entre X et Y" straight after the number.
fn road_after(ctx: &Ctx, n: usize) -> bool {
    if matches!(ctx.w(n), "between" | "entre") && ctx.next_word(n).is_some_and(|m| ctx.toks[m].cap)
    {
        return true;
    }
    (n..ctx.toks.len().min(n + 6))
        .take_while(|&j| !matches!(ctx.w(j), "." | ";" | "!" | "?"))
        .any(|j| ctx.toks[j].kind == TokKind::Word && ROAD_NOUNS.contains(&&*ctx.f(j)))
}

/// A road's word within the eight words before token `j` in the sentence ("traffic on the
/// B1234"); another number is no evidence ("the M4 chips and the M2").
fn road_back(ctx: &Ctx, j: usize) -> bool {
    super::routes::words_back(ctx, j, 8).any(|j| {
        let f = ctx.f(j);
        // ("sur le bord de l’A89", not "à bord de l’A320": aboard a plane)
        ROAD_NOUNS.contains(&&*f)
            || (f == "bord"
                && ctx
                    .prev_word(j)
                    .is_some_and(|p| matches!(ctx.w(p), "le" | "au" | "du")))
    })
}

/// At `k` ("U.S.", "US"): "Highway", "Route" or "Interstate" and a number follow ("U.S.
/// Highway 53", "US Route 66"): the country's name is part of a federal road's, not a
/// mention of the country.
pub(super) fn us_road_ahead(ctx: &Ctx, k: usize) -> bool {
    k + 2 < ctx.toks.len()
        && matches!(ctx.w(k + 1), "Highway" | "Route" | "Interstate")
        && ctx
            .w(k + 2)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit())
}

/// (round 56) The token after the capitals `k` is a number of one to four digits that is no
/// year, no score and no share ("RN 7", "RNIE 4", "RD 117", "CAC 40"; not "CGT 2024", "OM 2-1",
/// "UE 27 %"): the capitals and the number are a code.
pub(super) fn code_number_after(ctx: &Ctx, k: usize) -> bool {
    let toks = ctx.toks;
    let Some(n) = toks.get(k + 1) else {
        return false;
    };
    let b = &ctx.text.as_bytes()[n.start..n.end];
    if b.is_empty() || b.len() > 4 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    if b.len() == 4 && matches!(b[..2], [b'1', b'9'] | [b'2', b'0']) {
        return false;
    }
    // a score, a share or a time after the number
    let after = |a: &super::text::Token| {
        let w = &ctx.text.as_bytes()[a.start..a.end];
        a.start <= n.end + 1 && (w == b"%" || w == b"-" || w == "\u{2013}".as_bytes())
    };
    !matches!(
        ctx.text.as_bytes().get(n.end),
        Some(b'-' | b'%' | b':' | b'/' | b'h')
    ) && !toks.get(k + 2).is_some_and(after)
}

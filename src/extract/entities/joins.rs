//! Round 27b: where a capitalised run joins across an apostrophe, a dash, "and" or a trailing
//! word, and where "and" separates two names.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::{GAZ, GazHit};
use super::text::TokKind;
use crate::extract::types::Lang;

/// "Yao N’Guessan", "Anil D’Souza", "M’Bappé": a capital N, D or M, an apostrophe and a
/// capitalised word, all touching, mid-sentence: a surname, no elision ("l’", "qu’" stay split;
/// "D’après" at a sentence's start is French). (Round 52) On a byline line too ("Par Awa Koné
/// N’Dri"), and opening a sentence for N and M (French elides no capitalised word after
/// "n’"/"m’": "N’Golo Kanté a signé").
pub fn letter_apostrophe_in_name(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    k + 2 < toks.len()
        && !masked[k + 1]
        && !masked[k + 2]
        && (!ctx.heading || ctx.byline)
        && (!toks[k].initial || ctx.w(k) != "D")
        && matches!(ctx.w(k), "N" | "D" | "M")
        && matches!(ctx.w(k + 1), "’" | "'")
        && toks[k + 1].start == toks[k].end
        && toks[k + 2].start == toks[k + 1].end
        && toks[k + 2].kind == TokKind::Word
        && toks[k + 2].cap
        && !toks[k + 2].allcaps
}

/// "Verlac–Meuse Cyclisme", "Saguenay–Lac-Saint-Jean": an en dash touching a capitalised word
/// on each side joins a compound inside one name (a spaced dash separates clauses), after a
/// plain word (two known places so joined, "Paris–Roubaix", name a route or a race).
#[inline]
pub fn en_dash_in_name(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    matches!(run.last(), Some(Item::Word(j)) if j + 1 == k)
        && ctx.w(k) == "–"
        && k + 1 < toks.len()
        && !masked[k + 1]
        && toks[k].start == toks[k - 1].end
        && toks[k + 1].start == toks[k].end
        && toks[k - 1].kind == TokKind::Word
        && toks[k - 1].cap
        && toks[k + 1].kind == TokKind::Word
        && toks[k + 1].cap
        && !ctx.is(k + 1, lex::FUNCTION_WORD)
        // (round 60) "la traverse Godbout–Matane": a one-word known place closing the
        // capitalised words after the dash is the route's other end, no part of a name
        && !(super::context::known_place(ctx, k + 1)
            && toks
                .get(k + 2)
                .is_none_or(|n| n.kind != TokKind::Word || !n.cap || masked[k + 2]))
}

/// A company's legal form, which closes its name ("Halcyon Freight Holdings plc").
pub(super) const LEGAL_FORMS: &[&str] = &[
    "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "LLC", "LLP", "PLC", "plc", "Corp", "Corp.", "GmbH",
    "Pty",
    // (the forms of Malaysia, Indonesia, Italy, Hungary, Czechia, Russia: "Ladang Hijau and
    // Teluk Mas Bhd" are two firms, as with "Ltd")
    "Bhd", "Berhad", "Tbk", "Srl", "S.r.l.", "Kft", "s.r.o.", "JSC", "PJSC", "OAO",
    // (round 65) Portugal's and Brazil's, a German partnership's
    "Lda", "Ltda", "mbB",
];

/// From `k`: the end (exclusive) of the capitalised words there, at most four.
fn cap_words_end(ctx: &Ctx, k: usize, masked: &[bool]) -> usize {
    let toks = ctx.toks;
    let mut e = k;
    while e < toks.len() && e < k + 4 && !masked[e] && toks[e].kind == TokKind::Word && toks[e].cap
    {
        e += 1;
    }
    e
}

/// The run's first word after a sentence's opening article.
fn first_word(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    run.iter().find_map(|i| match *i {
        Item::Word(j) if !ctx.is(j, lex::FUNCTION_WORD) => Some(Some(j)),
        Item::Word(_) => None,
        _ => Some(None),
    })?
}

/// At "and" (`k`): two complete names side by side, no one name: the run opens with a place
/// noun ("the River Calder and Hebden Water", "Lake Ridley and …"), or the capitalised words
/// after "and" end with a company's legal form ("the British Council and Halcyon Freight
/// Holdings plc").
pub fn and_separates(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> bool {
    let place_noun =
        first_word(ctx, run).is_some_and(|j| ctx.is(j, lex::PLACE_CUE) && !ctx.is(j, lex::ORG_CUE));
    let e = cap_words_end(ctx, k + 1, masked);
    let legal = e > k + 1
        && (k + 1..=e.min(ctx.toks.len() - 1))
            .any(|j| !masked[j] && LEGAL_FORMS.contains(&ctx.w(j)));
    place_noun || legal
}

/// At "and" (`k`) with no article before the run: the words on both sides are one name when the
/// run is a body's noun and "of" ("Indonesia's Ministry of Environment and Forestry") or two
/// plain words or more ("Chile's National Geology and Mining Service", "at Derby Museum and Art
/// Gallery"), and the one to three capitalised words after "and" hold no known name, no given
/// name and no acronym, repeat no word of the run ("Nantes Métropole et Angers Loire
/// Métropole") and take no legal form. (The caller asks for an organisation noun ending the
/// words after "and", or [`cue_before_two_words`].)
pub fn and_inside_name(
    ctx: &Ctx,
    hits: &[GazHit],
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> bool {
    let toks = ctx.toks;
    // (a known name may open the run: "Derby Museum"; no nationality: "Irish Ferries")
    let gaz_ok = run.iter().enumerate().all(|(i, it)| match *it {
        Item::Gaz { hit, .. } => i == 0 && !hits[hit].demonym,
        _ => true,
    });
    let words = run.iter().filter(|i| !matches!(i, Item::Conn(_))).count();
    let body_of = body_of(ctx, run);
    let Some(&Item::Word(last)) = run.last() else {
        return false;
    };
    if !gaz_ok || !(body_of || words >= 2) || last + 1 != k {
        return false;
    }
    let e = cap_words_end(ctx, k + 1, masked);
    let runs_on = toks
        .get(e)
        .is_some_and(|n| n.kind == TokKind::Word && n.cap);
    (1..=3).contains(&(e - k - 1))
        && !runs_on
        && !and_separates(ctx, run, k, masked)
        && (k + 1..e).all(|j| {
            hit_at[j].is_none()
                && !toks[j].allcaps
                && !GAZ.sets.given_names.contains(&ctx.f(j))
                && !ctx.is(j, lex::TITLE)
        })
        // (no word of the run again: "Centre Court and Court Suzanne-Lenglen" are two)
        && (k + 1..e).all(|j| {
            let f = ctx.f(j);
            !run.iter().any(|i| matches!(*i, Item::Word(r) if ctx.f(r) == f))
        })
}

/// At "and" (`k`) after a run of one word, a plain one or a known place (not a nationality):
/// a known one-word place, then two to four more capitalised words ending with an organisation
/// noun ("Sherwood and Newark Healthcare NHS Foundation Trust", "Kensington and Chelsea
/// Borough Council"): two areas that name one body together (round 60). "Paris and Berlin
/// Police" (one word after the place) stays two.
pub fn area_pair_body(ctx: &Ctx, hits: &[GazHit], run: &[Item], k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    let one = match *run {
        [Item::Word(j)] => {
            toks[j].cap
                && !toks[j].allcaps
                && !ctx.is(j, lex::FUNCTION_WORD)
                && !ctx.is(j, lex::ORG_CUE)
                && !GAZ.sets.given_names.contains(&ctx.f(j))
        }
        [Item::Gaz { hit, first, last }] => {
            first == last && !hits[hit].demonym && super::context::known_place(ctx, first)
        }
        _ => false,
    };
    if !one || ctx.w(k) != "and" || k + 1 >= toks.len() || masked[k + 1] {
        return false;
    }
    if !super::context::known_place(ctx, k + 1) {
        return false;
    }
    let mut e = k + 2;
    while e < toks.len() && e < k + 7 && !masked[e] && toks[e].kind == TokKind::Word && toks[e].cap
    {
        e += 1;
    }
    (k + 4..k + 7).contains(&e)
        && ctx.is(e - 1, lex::ORG_CUE)
        && toks
            .get(e)
            .is_none_or(|n| n.kind != TokKind::Word || !n.cap)
}

/// The run opens with an organisation noun and "of" ("Ministry of Environment").
pub fn body_of(ctx: &Ctx, run: &[Item]) -> bool {
    matches!(run, [Item::Word(h), Item::Conn(o), ..]
        if ctx.is(*h, lex::ORG_CUE) && ctx.w(*o) == "of")
}

/// The run opens with an organisation noun and "of" ("Ministry of Environment and Forestry"),
/// or ends with one and two capitalised words follow "and" ("Derby Museum and Art Gallery";
/// "Skylark Airways and Aerlink" are two).
pub fn cue_before_two_words(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    let cue_last = matches!(run.last(), Some(Item::Word(j)) if ctx.is(*j, lex::ORG_CUE));
    let two = (k + 1..k + 3).all(|j| {
        ctx.toks
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Word && t.cap)
    });
    body_of(ctx, run) || (cue_last && two)
}

/// "The Dunboyne and Clonee Residents’ Alliance": after "and", one to three capitalised words,
/// the last a plural owning an organisation noun.
pub fn plural_owner_cue_follows(ctx: &Ctx, k: usize, masked: &[bool]) -> bool {
    let toks = ctx.toks;
    let e = cap_words_end(ctx, k, masked);
    e > k
        && e + 1 < toks.len()
        && !masked[e]
        && !masked[e + 1]
        && matches!(ctx.w(e), "’" | "'")
        && toks[e].start == toks[e - 1].end
        && ctx.w(e - 1).ends_with('s')
        && toks[e + 1].kind == TokKind::Word
        && toks[e + 1].cap
        && ctx.is(e + 1, lex::ORG_CUE)
}

/// "the Wildlife Trust of South and West Wales": a compass word after "of", "and" and a second
/// compass word opening a place: one area.
pub fn compass_pair(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> bool {
    let compass = |j: usize| super::classify::COMPASS.contains(&&*ctx.f(j));
    let toks = ctx.toks;
    matches!(run, [.., Item::Conn(o), Item::Word(c)] if ctx.w(*o) == "of" && compass(*c) && toks[*c].cap)
        && k + 2 < toks.len()
        && !masked[k + 1]
        && !masked[k + 2]
        && toks[k + 1].cap
        && compass(k + 1)
        && toks[k + 2].kind == TokKind::Word
        && toks[k + 2].cap
}

/// At `k` right after a run: the last token of a company's legal form written after the name
/// that the capitalised run leaves out ("Skylark Aerlink Group plc", "Ørsted A/S").
#[inline]
pub fn legal_form_after(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> Option<usize> {
    // (asked at every token: the cheap refusals first, inline)
    let last = run.last()?;
    if super::classify::last_tok(last) + 1 != k || masked[k] {
        return None;
    }
    match ctx.w(k) {
        "plc" => Some(k),
        // (round 65) "Pfeiffer Reithmayr Partnerschaft mbB"; "Hollerbach CZ s.r.o." (to its "o")
        "mbB" => lower_form_after(ctx, run).then_some(k),
        "s" if ctx.text[ctx.toks[k].start..].starts_with("s.r.o") => (k + 1
            ..ctx.toks.len().min(k + 6))
            .find(|&j| ctx.toks[j].end == ctx.toks[k].start + 5)
            .filter(|&j| !masked[k..=j].iter().any(|&m| m) && lower_form_after(ctx, run)),
        "A" => slash_form_end(ctx, k, masked),
        // (round 69) a Polish company's form after "Sp": "Trans-Wisła Logistyka Sp. z o.o."
        "." if k >= 1
            && ctx.w(k - 1) == "Sp"
            && ctx.text[ctx.toks[k].start..].starts_with(". z o.o.") =>
        {
            let end = ctx.toks[k].start + ". z o.o.".len();
            (k + 1..ctx.toks.len().min(k + 8))
                .find(|&j| ctx.toks[j].end == end)
                .filter(|&j| !masked[k..=j].iter().any(|&m| m))
        }
        "(" => bracketed_form_end(ctx, k, masked),
        // a Canadian firm's form in lowercase: "Scieries Dumont inc." (the full stop is the
        // name's: `classify::push`)
        "inc" => lower_form_after(ctx, run).then_some(k),
        // a Québec firm's: "Transports X ltée", "Fromagerie X enr."
        "ltée" | "ltee" | "enr" if ctx.lang == Lang::Fr => lower_form_after(ctx, run).then_some(k),
        // "limitée" is a participle too ("le boulevard X limitée à 50 km/h"): the form only
        // where the name ends
        "limitée" if ctx.lang == Lang::Fr && form_ends_name(ctx, run, k) => {
            lower_form_after(ctx, run).then_some(k)
        }
        // a Québec partnership's form: "Voile Bellerive SEC", "Gestion X S.E.C.", "X s.e.n.c."
        w if ctx.lang == Lang::Fr && w.starts_with(['S', 's']) => {
            partnership_form_end(ctx, k, masked).filter(|_| lower_form_after(ctx, run))
        }
        _ => None,
    }
}

/// (Round 65) At "and" (`k`) after a run that is a known place and maybe "City", "County" or
/// "Borough" ("Derry City"): one to three capitalised words after it closed by "Council" ("…
/// and Strabane District Council"), the council of both areas.
pub fn council_of_two_areas(
    ctx: &Ctx,
    hits: &[GazHit],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> bool {
    let toks = ctx.toks;
    let run = &run[super::classify::opening_article(ctx, run)..];
    let area = match run {
        [Item::Gaz { hit, .. }] | [Item::Gaz { hit, .. }, Item::Word(_)] => {
            GAZ.entries[hits[*hit].entry].kind == crate::extract::types::EntityKind::Place
                && !hits[*hit].demonym
        }
        _ => false,
    };
    if !area
        || matches!(run, [_, Item::Word(c)] if !matches!(ctx.w(*c), "City" | "County" | "Borough"))
        || super::classify::last_tok(&run[run.len() - 1]) + 1 != k
        // ("between Derry City and Strabane District Council": two; "from Leeds, Bradford
        // and Wakefield Council areas": the last of a list)
        || ctx
            .prev_word(super::classify::first_tok(&run[0]))
            .is_some_and(|p| matches!(&*ctx.f(p), "between" | "both"))
        || super::classify::first_tok(&run[0])
            .checked_sub(1)
            .is_some_and(|p| ctx.w(p) == ",")
    {
        return false;
    }
    let mut j = k + 1;
    while j < toks.len() && j <= k + 4 && !masked[j] && toks[j].kind == TokKind::Word && toks[j].cap
    {
        if ctx.w(j) == "Council" {
            return j > k + 1
                && !toks
                    .get(j + 1)
                    .is_some_and(|n| n.kind == TokKind::Word && n.cap);
        }
        j += 1;
    }
    false
}

/// (Round 65) The token `j` is a lowercase legal form written right after the word before
/// it: a Québec firm's ("inc", "ltée", "enr") or "plc".
pub fn form_right_after(ctx: &Ctx, j: usize, masked: &[bool]) -> Option<usize> {
    let t = ctx.toks.get(j)?;
    let p = j.checked_sub(1)?;
    if masked[j] || t.kind != TokKind::Word || t.start != ctx.toks[p].end + 1 {
        return None;
    }
    let w = ctx.w(j);
    (w == "plc" || super::fr_names::quebec_form(w)).then_some(j)
}

/// The participle-like form at `k` ends a firm's name: punctuation or the block's end after
/// it, or a word that is no preposition, and no street or building noun opening the run ("le
/// boulevard X limitée à", "la rue X limitée aux riverains").
fn form_ends_name(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    let opened_by_place = run.iter().any(|i| {
        matches!(*i, Item::Word(j) if !ctx.toks[j].cap
            && super::institutions::is_place_head(&ctx.f(j)))
    });
    let next_ok = ctx.toks.get(k + 1).is_none_or(|n| {
        n.kind == TokKind::Punct
            || !matches!(
                &*ctx.f(k + 1),
                "a" | "au" | "aux" | "de" | "du" | "des" | "d" | "par" | "pour" | "en" | "dans"
                    | "sur" | "selon" | "jusqu" | "jusque" | "entre" | "avec" | "sans" | "sous"
                    | "vers" | "depuis" | "pendant"
            )
            // ("Acme limitée a signé": the verb "a", not the preposition "à")
            || ctx.w(k + 1) == "a"
    });
    !opened_by_place && next_ok
}

/// The run before a lowercase legal form names a firm: a capitalised word that does not only
/// open the sentence as a function word ("Le inc." names nothing).
fn lower_form_after(ctx: &Ctx, run: &[Item]) -> bool {
    run.iter().any(|i| match *i {
        Item::Word(j) => ctx.toks[j].cap && !ctx.is(j, lex::FUNCTION_WORD),
        // (a known name alone is no firm's: "Québec inc." names the province's business world)
        _ => false,
    })
}

/// At `k`: "SEC", "SENC", "SENCRL" or the same letters with full stops, touching
/// ("S.E.C.", "s.e.n.c."): the index of its last token (the final full stop included).
fn partnership_form_end(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<usize> {
    const FORMS: &[&str] = &["SEC", "SENC", "SENCRL"];
    let toks = ctx.toks;
    if FORMS.contains(&ctx.w(k)) {
        return Some(k);
    }
    // letters each with its full stop ("S.E." may be one token, "C" and "." two more)
    let bytes = &ctx.text.as_bytes()[toks[k].start..];
    let mut letters = [0u8; 6];
    let mut n = 0;
    while n < letters.len() && 2 * n + 1 < bytes.len() {
        let (l, d) = (bytes[2 * n], bytes[2 * n + 1]);
        if !l.is_ascii_alphabetic() || d != b'.' {
            break;
        }
        letters[n] = l.to_ascii_uppercase();
        n += 1;
    }
    let form = std::str::from_utf8(&letters[..n]).ok()?;
    if !FORMS.contains(&form) {
        return None;
    }
    // the token ending with the last full stop
    let end = toks[k].start + 2 * n;
    (k..toks.len().min(k + 2 * n))
        .take_while(|&j| !masked[j])
        .find(|&j| toks[j].end == end)
}

/// At "P" or "Sp" (`k`): a Faroese company's form before its name, "P/F" or "Sp/f" touching
/// ("P/F Nólsoyar Trol"), then one to four capitalised words: the index of the last (round
/// 60).
pub fn prefix_form_firm_end(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    let form = k + 3 < toks.len()
        && !masked[k + 1]
        && !masked[k + 2]
        && ctx.w(k + 1) == "/"
        && matches!((ctx.w(k), ctx.w(k + 2)), ("P", "F") | ("Sp", "f" | "F"))
        && toks[k + 1].start == toks[k].end
        && toks[k + 2].start == toks[k + 1].end;
    if !form {
        return None;
    }
    let e = cap_words_end(ctx, k + 3, masked);
    (e > k + 3).then_some(e - 1)
}

/// At "A" (`k`): "A/S", "A/B" touching, the index of its last letter.
fn slash_form_end(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    let slash = k + 2 < toks.len()
        && !masked[k + 2]
        && ctx.w(k + 1) == "/"
        && matches!(ctx.w(k + 2), "S" | "B")
        && toks[k + 1].start == toks[k].end
        && toks[k + 2].start == toks[k + 1].end;
    slash.then_some(k + 2)
}

/// At "(" (`k`): a private company's form in brackets, "(Pty) Ltd", "(Pvt) Ltd", "(Pty.)
/// Limited" (southern Africa, India, Zimbabwe): the index of "Ltd"/"Limited", which closes the
/// firm's name (round 58).
fn bracketed_form_end(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    if k + 3 >= toks.len() {
        return None;
    }
    // (round 69) "Nordvik Trucks AB (publ)": a Swedish listed company's mark after its form
    if ctx.w(k + 1) == "publ" && ctx.w(k + 2) == ")" && k >= 1 && ctx.w(k - 1) == "AB" {
        return (!(k..=k + 2).any(|j| masked[j])).then_some(k + 2);
    }
    if !matches!(ctx.w(k + 1), "Pty" | "Pvt" | "Pte" | "Prv") {
        return bracketed_seat_form_end(ctx, k, masked);
    }
    // ("(Pty.)": the abbreviation's full stop)
    let close = k + 2 + usize::from(ctx.w(k + 2) == ".");
    let end = close + 1;
    (end < toks.len()
        && ctx.w(close) == ")"
        && matches!(ctx.w(end), "Ltd" | "Ltd." | "Limited")
        && !(k..=end).any(|j| masked[j]))
    .then_some(end)
}

/// At "(" (`k`): one to three capitalised words, ")" and a legal form, "Strachan Brothers
/// (Fraserburgh) Ltd", "Acme (Holdings) plc": the bracket names the firm's seat or kind inside
/// its name (round 60). The index of the legal form.
fn bracketed_seat_form_end(ctx: &Ctx, k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    let close = (k + 2..toks.len().min(k + 5)).find(|&j| ctx.w(j) == ")")?;
    let end = close + 1;
    let words_ok = (k + 1..close).all(|j| toks[j].kind == TokKind::Word && toks[j].cap);
    (words_ok
        && end < toks.len()
        && LEGAL_FORMS.contains(&ctx.w(end))
        && !(k..=end).any(|j| masked[j]))
    .then_some(end)
}

/// French firms of the professions, named by their partners' surnames and their trade in
/// lowercase ("Lussier Ouellet avocats", "Girard Roy notaires").
const FIRM_TRADES_FR: &[&str] = &[
    "avocats",
    "notaires",
    "architectes",
    "comptables",
    "huissiers",
    "associes",
    "associees",
];

/// At lowercase `k` right after a run of two or three plain capitalised words (no known name):
/// a French firm's trade, part of its name.
#[inline]
pub fn firm_trade_after(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    // (asked at every token: the cheap refusals first, inline)
    ctx.lang == crate::extract::types::Lang::Fr
        && (2..=3).contains(&run.len())
        && matches!(run.last(), Some(Item::Word(j)) if j + 1 == k)
        && ctx.toks[k].kind == TokKind::Word
        && !ctx.toks[k].cap
        && firm_run_and_trade(ctx, run, k)
}

/// The run's words are plain (no function word, noise or acronym) and `k` names a trade.
fn firm_run_and_trade(ctx: &Ctx, run: &[Item], k: usize) -> bool {
    let toks = ctx.toks;
    run.iter().all(|i| {
        matches!(*i, Item::Word(j)
            if !ctx.is(j, lex::FUNCTION_WORD) && !ctx.is(j, lex::NOISE) && !toks[j].allcaps)
    }) && FIRM_TRADES_FR.contains(&&*ctx.f(k))
}

/// Sports whose national bodies are named by a nationality and the sport ("British Cycling",
/// "Scottish Athletics").
const SPORTS: &[&str] = &[
    "cycling",
    "athletics",
    "rowing",
    "swimming",
    "rugby",
    "hockey",
    "gymnastics",
    "triathlon",
    "sailing",
    "canoeing",
    "judo",
    "badminton",
    "volleyball",
    "basketball",
    "equestrian",
    "golf",
    "tennis",
];

/// The run is a nationality adjective and a sport, all of it ("Belgian Cycling"): the sport's
/// national body.
pub fn demonym_sport_body(ctx: &Ctx, hits: &[GazHit], run: &[Item]) -> bool {
    // (asked at every run: two items or three, a word last, before anything is looked up)
    if !(2..=3).contains(&run.len()) || !matches!(run.last(), Some(Item::Word(_))) {
        return false;
    }
    let lead = super::classify::opening_article(ctx, run);
    matches!(run[lead..], [Item::Gaz { hit, last, .. }, Item::Word(s)]
        if hits[hit].demonym && last + 1 == s && ctx.toks[s].cap && SPORTS.contains(&&*ctx.f(s)))
}

/// At "et"/"and" (`k`): the run is one word straight after a lowercase word that introduces an
/// organisation ("le laboratoire Archéologie et Territoires", "l’association Vivre et Agir"), and
/// one plain capitalised word after "and" ends the run: one name.
pub fn and_after_org_intro(
    ctx: &Ctx,
    hit_at: &[Option<usize>],
    run: &[Item],
    k: usize,
    masked: &[bool],
) -> bool {
    let toks = ctx.toks;
    let [Item::Word(j)] = run[..] else {
        return false;
    };
    j > 0
        && j + 1 == k
        && !toks[j - 1].cap
        && toks[j - 1].kind == TokKind::Word
        && ctx.is(j - 1, lex::ORG_INTRO)
        && cap_words_end(ctx, k + 1, masked) == k + 2
        && hit_at[k + 1].is_none()
        && !toks[k + 1].allcaps
        && !GAZ.sets.given_names.contains(&ctx.f(k + 1))
        && !ctx.is(k + 1, lex::FUNCTION_WORD)
        // (no complement after it: "l’association Eau et Rivières de Bretagne")
        && !toks.get(k + 2).is_some_and(|n| {
            n.kind == TokKind::Word && super::candidates::CONNECTORS.contains(&ctx.w(k + 2))
        })
}

/// The full stop at `d` after an abbreviation ("Ltd.") also ends the sentence: nothing follows
/// in the block, or a capitalised article or pronoun opens the next one ("… Engineering Ltd. The
/// survey …"), so it is no part of the name.
pub fn dot_ends_sentence(ctx: &Ctx, d: usize) -> bool {
    match ctx.toks.get(d + 1) {
        None => true,
        Some(n) => n.kind == TokKind::Word && n.cap && ctx.is(d + 1, lex::FUNCTION_WORD),
    }
}

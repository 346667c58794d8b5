//! A firm's town after its name: "l’entreprise X AG, de Y, a remporté", "X Ltd, of Y, which",
//! and a town followed by its canton's or department's code in brackets ("de Y (ZG)", "de Y
//! (74)"). The town is a place, not a second organisation.

use super::candidates::Item;
use super::classify::Ctx;
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// Legal forms closing a firm's name before ", de Y" beyond [`super::trades::legal_form`]
/// (Swiss, Belgian and French small firms' forms).
const SMALL_FORMS: &[&str] = &[
    "Sàrl", "Sarl", "SARL", "SC", "SCRL", "SPRL", "SRL", "SNC", "EURL",
];

/// `w` is a legal form that closes a firm's name ([`super::trades::legal_form`] or one of
/// [`SMALL_FORMS`]).
fn closing_form(w: &str) -> bool {
    super::trades::legal_form(w) || SMALL_FORMS.contains(&w)
}

/// `first` comes after a legal form, a comma and "de"/"d’" (French) or "of" (English).
pub fn town_after_firm(ctx: &Ctx, first: usize) -> bool {
    let Some(p0) = ctx.prev_word(first) else {
        return false;
    };
    let toks = ctx.toks;
    if toks[p0].cap || p0 < 2 {
        return false;
    }
    let of = match ctx.lang {
        Lang::Fr => matches!(ctx.w(p0), "de" | "d"),
        Lang::En => ctx.w(p0) == "of",
    };
    if !of || ctx.w(p0 - 1) != "," || toks[p0 - 2].kind != TokKind::Word {
        return false;
    }
    closing_form(ctx.w(p0 - 2))
}

/// The Swiss cantons' codes (not a party's: "de Dupont (PS)" is a person's).
const CANTONS: &[&str] = &[
    "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG",
    "SH", "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH",
];

/// A French "de Y (ZG)", "d’Y (74)": one capitalised word after "de", then a canton's code
/// (two capitals) or a department's number (two digits, "2A", "2B") in brackets.
pub fn town_before_code(ctx: &Ctx, first: usize, last: usize) -> bool {
    let toks = ctx.toks;
    if ctx.lang != Lang::Fr || last + 3 >= toks.len() || ctx.w(last + 1) != "(" {
        return false;
    }
    if ctx.w(last + 3) != ")" {
        return false;
    }
    let w = ctx.w(last + 2);
    let code = w.as_bytes();
    let coded = code.len() == 2
        && (CANTONS.contains(&w)
            || (code[0].is_ascii_digit()
                && (code[1].is_ascii_digit() || matches!(code[1], b'A' | b'B'))));
    coded
        && ctx
            .prev_word(first)
            .is_some_and(|p| !toks[p].cap && matches!(ctx.w(p), "de" | "d" | "à"))
}

/// "une famille de X", "des familles de X": where a family lives (not "la famille de X", a
/// person's kin; not a plural people after "familles de": "des familles de Roms").
pub fn family_of(ctx: &Ctx, first: usize, p2: Option<usize>, f1: &str) -> bool {
    ctx.lang == Lang::Fr
        && match f1 {
            "famille" => p2.is_some_and(|p| ctx.w(p) == "une"),
            "familles" => !ctx.w(first).ends_with('s'),
            _ => false,
        }
}

/// "de X ou d’Y", "de X et de Y": `first` after "de", "et"/"ou" and the one-word name `x`,
/// which a word before it already makes a place ("une famille de X ou d’Y").
pub fn coordinated_after_place(ctx: &Ctx, x: usize) -> bool {
    let toks = ctx.toks;
    toks[x].cap
        && !toks[x].allcaps
        && ctx
            .prev_word(x)
            .is_some_and(|d| !toks[d].cap && matches!(ctx.w(d), "de" | "d"))
        && super::context::place_before(ctx, x)
}

/// (round 59) "directeur pour la Bretagne de Méridienne Maritime SAS", "head of Wales at
/// Tarrow Freight Ltd": a known place (its own name, no demonym), "de"/"du"/"d’"/"of", then
/// capitalised words closed by a legal form. The place is the post's area, the firm a name of
/// its own: the index of the link between them.
pub fn place_then_firm(
    ctx: &Ctx,
    hits: &[super::gazetteer::GazHit],
    run: &[Item],
) -> Option<usize> {
    // (asked of every long run: the legal form first)
    let Some(&Item::Word(last)) = run.last() else {
        return None;
    };
    let form = ctx.w(last);
    if !(super::trades::legal_form(form) || SMALL_FORMS.contains(&form)) {
        return None;
    }
    let lead = super::classify::opening_article(ctx, run);
    let Item::Gaz { hit, .. } = *run.get(lead)? else {
        return None;
    };
    if hits[hit].demonym || super::gazetteer::GAZ.entries[hits[hit].entry].kind != EntityKind::Place
    {
        return None;
    }
    let link = lead + 1;
    let Item::Conn(c) = *run.get(link)? else {
        return None;
    };
    if !matches!(ctx.w(c), "de" | "du" | "d" | "of") {
        return None;
    }
    let words = run[link + 1..]
        .iter()
        .filter(|i| matches!(i, Item::Word(k) if ctx.toks[*k].cap))
        .count();
    (words >= 2).then_some(link)
}

// (round 66) "Trevithick & Sons Marine Ltd of Hayle", "Dawe & Sons Ltd. of Catalina": with no
// comma, the legal form closes the firm's name and "of" then names the town it is based in,
// known to the gazetteer or not ("Harcourt Ngata Lawyers of Hamilton" was already split on its
// known town).

/// The index in `run` of a legal form followed by "of" and one or two plain capitalised words
/// ending the run (no acronym, no known name, no other link): the firm ends at the form, the
/// words after "of" are its town.
///
/// (round 67) "Nordlys Retail AB of Sweden", "Kessler Mode GmbH of Germany": a known place (its
/// own name, no demonym) after the form's "of" is the firm's country or town too.
pub fn form_then_town(ctx: &Ctx, hits: &[super::gazetteer::GazHit], run: &[Item]) -> Option<usize> {
    let n = run.len();
    if n < 4 {
        return None;
    }
    let tail = match run[n - 2..] {
        [Item::Conn(_), Item::Word(_)] => 1,
        [Item::Word(_), Item::Word(_)] => 2,
        [Item::Conn(_), Item::Gaz { hit, .. }]
            if !hits[hit].demonym
                && super::gazetteer::GAZ.entries[hits[hit].entry].kind == EntityKind::Place =>
        {
            1
        }
        _ => return None,
    };
    let of = n - 1 - tail;
    let (Item::Conn(c), Item::Word(f)) = (run[of], run[of.checked_sub(1)?]) else {
        return None;
    };
    (ctx.w(c) == "of"
        && closing_form(ctx.w(f))
        && run[of + 1..].iter().all(|i| {
            matches!(*i, Item::Word(k) if !ctx.toks[k].allcaps) || matches!(i, Item::Gaz { .. })
        }))
    .then_some(of - 1)
}

/// The run is one or two plain capitalised words straight after "of" and a legal form ending
/// a firm's name ("Dawe & Sons Ltd. of Catalina"): the firm's town.
pub fn town_after_form(ctx: &Ctx, run: &[Item]) -> bool {
    let (Some(&Item::Word(k)), 1..=2) = (run.first(), run.len()) else {
        return false;
    };
    if !run
        .iter()
        .all(|i| matches!(*i, Item::Word(j) if !ctx.toks[j].allcaps))
    {
        return false;
    }
    let Some(c) = k.checked_sub(1) else {
        return false;
    };
    let Some(mut f) = c.checked_sub(1) else {
        return false;
    };
    // ("Ltd." written with its full stop apart)
    if ctx.w(f) == "." {
        let Some(g) = f.checked_sub(1) else {
            return false;
        };
        f = g;
    }
    ctx.toks[c].kind == TokKind::Word
        && ctx.w(c) == "of"
        && ctx.toks[f].kind == TokKind::Word
        && closing_form(ctx.w(f))
}

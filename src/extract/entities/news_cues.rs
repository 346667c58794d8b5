//! Round 54: a lone name told by the news phrase around it: a newspaper or a broadcaster told
//! something ("a-t-il déclaré au Quotidien"), and the leader a government is named after ("le
//! gouvernement Dufresne", "the Hartley government", "the Brandt administration").

use super::classify::{Ctx, lex};
use super::context::known_place;
use super::gazetteer::whole_hit;
use super::text::TokKind;

/// Past participles of telling, folded: "a-t-il déclaré au X", "a confié au X".
const TOLD_FR: &[&str] = &[
    "declare",
    "declaree",
    "confie",
    "confiee",
    "indique",
    "indiquee",
    "explique",
    "expliquee",
    "affirme",
    "affirmee",
    "raconte",
    "racontee",
    "precise",
    "precisee",
    "assure",
    "assuree",
    "dit",
    "souligne",
    "soulignee",
    "reconnu",
    "reconnue",
    "annonce",
    "annoncee",
];

/// "a-t-il déclaré au Quotidien": a `lone` name (one word) after a participle of telling and
/// "au" is who was told, a newspaper or a broadcaster, unless it is a known place ("déclaré au
/// Québec"). (Round 69) A title in guillemets, of one word or more, after "au" or "aux", is
/// the newspaper's whatever its words: "a confié aux « Echos »" (not after "à": "a raconté à
/// « Julie »", a first name changed).
pub fn told_au(ctx: &Ctx, first: usize, last: usize, lone: bool) -> bool {
    let quoted = first >= 1
        && matches!(ctx.w(first - 1), "«" | "“" | "\"")
        && ctx
            .toks
            .get(last + 1)
            .is_some_and(|t| matches!(&ctx.text[t.start..t.end], "»" | "”" | "\""));
    let Some(to) = first.checked_sub(if quoted { 2 } else { 1 }) else {
        return false;
    };
    if to == 0 {
        return false;
    }
    let told = ctx.toks[to - 1].kind == TokKind::Word && TOLD_FR.contains(&&*ctx.f(to - 1));
    if quoted {
        told && matches!(ctx.w(to), "au" | "aux")
    } else {
        told && lone && ctx.w(to) == "au" && !known_place(ctx, first)
    }
}

/// Words naming a government by its party or its kind, not its leader ("the Labour
/// government", "the Federal government", "le gouvernement Provisoire").
const NOT_LEADERS: &[&str] = &[
    "labour",
    "tory",
    "conservative",
    "liberal",
    "democratic",
    "republican",
    "socialist",
    "communist",
    "coalition",
    "federal",
    "provincial",
    "national",
    "military",
    "interim",
    "transitional",
    "caretaker",
    "unity",
    "nationalist",
    "green",
    "state",
    "city",
    "county",
    "provisoire",
    "federal",
    "central",
    "regional",
    "local",
    "new",
    "previous",
    "current",
];

/// "le gouvernement Dufresne", "l’administration Ferrand", "the Hartley government", "the
/// Brandt administration": a lone surname right after (French) or right before (English) a
/// lowercase "gouvernement"/"government"/"administration" names the leader, a person; not a
/// known name (a place, a nation, a party: "the Ontario government", "the Kenyan government")
/// nor capitals ("the ANC government").
pub fn government_leader(ctx: &Ctx, first: usize) -> bool {
    let toks = ctx.toks;
    let t = &toks[first];
    if t.allcaps || !t.cap || t.initial {
        return false;
    }
    let gov = |j: usize| {
        toks.get(j)
            .is_some_and(|n| n.kind == TokKind::Word && !n.cap)
            && matches!(ctx.w(j), "gouvernement" | "government" | "administration")
    };
    let named = match ctx.lang {
        crate::extract::types::Lang::Fr => {
            first >= 1
                && gov(first - 1)
                && !toks
                    .get(first + 1)
                    .is_some_and(|n| n.kind == TokKind::Word && n.cap)
        }
        crate::extract::types::Lang::En => {
            first >= 1 && ctx.w(first - 1) == "the" && gov(first + 1)
        }
    };
    named
        && !ctx.is(first, lex::FUNCTION_WORD)
        && !NOT_LEADERS.contains(&&*ctx.f(first))
        && whole_hit(ctx.w(first)).is_none()
}

/// Common nouns of premises, folded, that are one among many in a town ("un hôtel de X", "une
/// usine de X"), beside the place heads of streets and buildings.
const PREMISES: &[&str] = &[
    "bar",
    "restaurant",
    "marche",
    "usine",
    "cafe",
    "magasin",
    "entrepot",
    "boutique",
    "atelier",
    "supermarche",
    "auberge",
    "pharmacie",
    "garage",
];

/// "dans un hôtel d’X", "une usine de X": a lone name after "de"/"d’" and a premises' noun
/// opened by "un"/"une" is the town the premises stand in (the indefinite article names no
/// building of its own).
pub fn premises_in_town(ctx: &Ctx, first: usize) -> bool {
    if ctx.lang != crate::extract::types::Lang::Fr || first < 3 || ctx.toks[first].allcaps {
        return false;
    }
    let Some(de) = ctx.prev_word(first) else {
        return false;
    };
    if !matches!(ctx.w(de), "de" | "d") {
        return false;
    }
    let Some(head) = ctx.prev_word(de) else {
        return false;
    };
    if ctx.toks[head].cap {
        return false;
    }
    let noun = ctx.f(head);
    (PREMISES.contains(&&*noun) || super::institutions::is_place_head(&noun))
        && ctx
            .prev_word(head)
            .is_some_and(|p| matches!(ctx.w(p), "un" | "une" | "Un" | "Une"))
}

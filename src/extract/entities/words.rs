//! Classification of a run made only of words and connectors (no gazetteer hit).

use super::candidates::{Cand, Item};
use super::classify::lex;
use super::classify::{
    CLUB_HEADS, CLUB_TAILS, CORP_FORMS, Ctx, WordSet, first_tok, is_noise, last_tok, push,
};
use super::context::{
    at_then_in, based_suffix, between_places, bracketed, fr_article_before, fw, listed_after_org,
    listed_after_place_plural, listed_after_places, listed_with_org, listed_with_place,
    org_verb_cue, place_before, place_modifier, region_before, told_the, where_after,
};
use super::cues::{
    appositive, at_employer, credit_before, followed_by_intro, head_of_employer, in_quotes,
    job_then_employer, org_intro_before, person_or_org_after, said_before, title_before,
};
use super::gazetteer::GAZ;
use super::news_cues::{government_leader, premises_in_town, told_au};
use super::text::{TokKind, runs_on};
use crate::extract::types::EntityKind;

fn has_digit_mix(w: &str) -> bool {
    // (an ASCII digit is one byte, never part of another char: most words are refused by
    // their bytes, no char decoded)
    w.bytes().any(|b| b.is_ascii_digit()) && w.chars().any(|c| c.is_alphabetic())
}

/// After "des": a body's name opens with a plural ("les Verts", "les Amis du Port", "les
/// Jeunes Agriculteurs") and holds no given name after it ("l’entraîneur des Bleus Ana Roy"
/// names the coach; "l’avocat des Kessler" a family).
#[inline(never)]
fn plural_body_after_des(ctx: &Ctx, words: &[usize]) -> bool {
    words.first().is_some_and(|&k| plural_word(ctx.w(k)))
        && !words[1..].iter().any(|&j| ctx.given(j))
}

/// After "des": a capitalised plural, then a given name (item index returned) and at least
/// one more word ("des Bleus Aline Morel").
#[inline(never)]
fn body_then_person_after_des(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    let Some(&Item::Word(k)) = run.first() else {
        return None;
    };
    if !plural_word(ctx.w(k)) {
        return None;
    }
    (1..run.len().saturating_sub(1)).find(|&p| {
        matches!(run[p], Item::Word(g) if ctx.given(g))
            && run[p..].iter().all(|i| matches!(i, Item::Word(_)))
    })
}

/// A word of four letters or more in a plural's spelling ("Verts", "Jeunes", "Eaux").
fn plural_word(w: &str) -> bool {
    w.chars().count() >= 4 && (w.ends_with('s') || w.ends_with('x'))
}

/// Run made only of words and connectors.
pub fn words_run(
    ctx: &Ctx,
    run: &[Item],
    title_cue: bool,
    hint: Option<EntityKind>,
    out: &mut Vec<Cand>,
) {
    // (on the stack up to four words: a run is most often one word, and two lists a run were
    // two allocations for each of some 8,000 runs a MiB)
    let words_buf: smallvec::SmallVec<[usize; 4]> = run
        .iter()
        .filter_map(|i| {
            if let Item::Word(k) = *i {
                Some(k)
            } else {
                None
            }
        })
        .collect();
    // (read through a slice: each read of the small vector itself asks where it lives, and the
    // rules below read it some fifty times a run)
    let words: &[usize] = &words_buf;
    if words.is_empty() {
        return;
    }
    // (the run's span, from its first token to its last, and whether it holds a hyphen: asked
    // once here, it refuses the rules of hyphenated words below without their own scans of
    // every word — a word's hyphen is one of its run's span)
    let span =
        &ctx.text[ctx.toks[first_tok(&run[0])].start..ctx.toks[last_tok(&run[run.len() - 1])].end];
    let hyphen = span.as_bytes().contains(&b'-');
    // (round 54) "La Fédération, par la voix de…", "The Commission, through…": a sentence's
    // article before a lone body's noun is no part of a name, and the noun alone is generic
    if words.len() == 2 && super::lead_articles::article_before_lone_head(ctx, run) {
        return words_run(ctx, &run[1..], title_cue, hint, out);
    }
    if words.len() == 1 && is_noise(ctx, words[0]) {
        return;
    }
    // (round 68) "GH¢3,850", "NZ$5": capitals touching a currency's sign are the currency's
    if let [k] = words[..]
        && ctx.toks[k].allcaps
        && ctx.text[ctx.toks[k].end..].starts_with(['¢', '₵', '$', '£', '€'])
    {
        return;
    }
    // (round 67) "le conseil d’administration de Télé-Chamoson SA", "le conseil de
    // surveillance de X": a company's board is the company's
    if let [
        Item::Word(c),
        Item::Conn(d),
        Item::Word(b),
        Item::Conn(de),
        rest @ ..,
    ] = run
        && !rest.is_empty()
        && !ctx.toks[*c].cap
        && matches!(ctx.w(*c), "conseil" | "comité")
        && matches!(ctx.w(*d), "d" | "de")
        && matches!(ctx.w(*b), "administration" | "surveillance" | "direction")
        && matches!(ctx.w(*de), "de" | "du" | "d")
    {
        // (the company's name, whatever its shape: "de Marie Claire")
        return push(ctx, rest, EntityKind::Organization, 2, out);
    }
    // (round 69) "Johan Ekberg, Head of Media Relations, Nordvik Trucks AB": a post between
    // commas, no body (not "Head of State Ibrahim Traoré", "the Head of the Charles Regatta")
    if let [Item::Word(h), Item::Conn(o), .., Item::Word(l)] = run
        && ctx.w(*h) == "Head"
        && ctx.w(*o) == "of"
        && run.len() >= 3
        && *h >= 1
        && ctx.w(*h - 1) == ","
        && ctx.toks.get(*l + 1).is_some_and(|_| ctx.w(*l + 1) == ",")
        && !run[2..]
            .iter()
            .any(|i| matches!(*i, Item::Word(k) if ctx.given(k)))
    {
        return;
    }
    // "Test cricket", "a Twenty20 crowd": a sport's format written with a capital is no
    // name (round 53)
    if let [k] = words[..]
        && matches!(ctx.w(k), "Test" | "Tests" | "Twenty20" | "T20" | "T20s")
    {
        return;
    }
    // "a Class B licence", "Division II", "Tier 2": a grade's word and its letter or number
    // name no place (round 55)
    if words.len() <= 2
        && ctx.toks[words[0]].cap
        && super::town_names::grade_word(ctx, words[0])
        && words.get(1).is_none_or(|&g| g == words[0] + 1)
    {
        return;
    }
    // "… maraîchers velmontois SCRL, qui…": a legal form alone names no firm (round 52)
    if let [Item::Word(k)] = run[..]
        && super::trades::lone_legal_form(ctx.w(k))
    {
        return;
    }
    // "Le District autonome de X rappelle…": an area's head, an adjective and "de X"
    // before a verb name its government (rev52)
    if let Some(Item::Word(k)) = run.last()
        && let Some(e) = super::admin_names::adjective_admin_body(ctx, *k)
    {
        let a = super::classify::opening_article(ctx, run);
        if let Some(&Item::Word(h)) = run.get(a) {
            let (s, e) = (ctx.toks[h].start, ctx.toks[e].end);
            out.push(Cand::rule(ctx.block, s, e, EntityKind::Organization, 2));
            return;
        }
    }
    // (round 56) "secrétaire de L’Espérance de X": a club of a place, with its "L’"
    if let Some(c) = super::club_names::club_of_place(ctx, run) {
        out.push(c);
        return;
    }
    // ("le canal du Marché", "le val de l’Union": a body's noun named by a lowercase noun of
    // geography is the place's name, with the noun)
    if let [k] = words[..]
        && ctx.is(k, lex::ORG_CUE)
        && let Some(h) = super::geo_cues::geo_head_of_common_word(ctx, k)
    {
        let (s, e) = (ctx.toks[h].start, ctx.toks[k].end);
        out.push(Cand::rule(ctx.block, s, e, EntityKind::Place, 2));
        return;
    }
    if let [k] = words[..]
        && super::national::genus_initial(ctx, k)
    {
        return;
    }
    // (round 56) "Punjabi produce", "Yoruba- and Igbo-language series": a people's or a
    // language's adjective before a noun, a hyphen or as a compound's head names nothing
    if let [k] = words[..]
        && ctx.lang == crate::extract::types::Lang::En
        && super::peoples::people_adjective(ctx, k)
    {
        return;
    }
    // "millions of Texans", "a Texan jury": a people's word made from a known place's name
    // names people, no body
    if words.len() == 1
        && ctx.lang == crate::extract::types::Lang::En
        && derived_demonym(ctx.w(words[0]))
    {
        return;
    }
    // (round 52) "its Harlow detachment": the branch's town; "the Tervanian villages": a
    // people's adjective, no name (a lowercase word after the name first)
    if let [k] = words[..]
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|n| !n.cap && n.kind == TokKind::Word)
        && let Some(kind) = super::local_words::told_by_next_noun(ctx, k)
    {
        if kind == EntityKind::Place {
            push(ctx, run, kind, 2, out);
        }
        return;
    }
    // "Welsh-language", "French-speaking", "English-only": a nationality adjective and a
    // lowercase word make an adjective, no name (round 43)
    if let [k] = words[..]
        && hyphen
        && demonym_compound(ctx.w(k))
    {
        return;
    }
    // "Lancashire-based", "Boston-born": the name before the suffix is a place
    if let [k] = words[..]
        && hyphen
        && let Some(n) = based_suffix(ctx.w(k))
    {
        let t = &ctx.toks[k];
        out.push(Cand::rule(
            ctx.block,
            t.start,
            t.end - n,
            EntityKind::Place,
            2,
        ));
        return;
    }
    // "a Varnier comedy", "a Kessler symphony": one word between "a" and a noun of works is
    // the author's name
    if let [k] = words[..]
        && super::venues::author_of_work(ctx, k)
    {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    // "King's Cross", "Hawke's Bay": a name, "'s" and a place noun ending the run
    if let [.., Item::Conn(a), Item::Conn(_), Item::Word(n)] = run[..]
        && matches!(ctx.w(a), "'" | "’")
        && n == a + 2
        && super::spans::possessed_place(ctx, a - 1)
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // "St. Anselm's Day", "Saint Odran's Day": a saint's feast is an event, no body
    if let [.., Item::Conn(a), Item::Conn(_), Item::Word(n)] = run[..]
        && n == a + 2
        && ctx.w(n) == "Day"
        && matches!(ctx.w(a), "'" | "’")
    {
        return push(ctx, run, EntityKind::Other, 2, out);
    }
    // "West 42nd Street", "Northeast 15th Avenue": an ordinal before a street noun, after
    // compass words or nothing, names the street
    if let [.., Item::Word(o), Item::Word(st)] = run[..]
        && st == o + 1
        && ordinal(ctx.w(o))
        && matches!(
            &*ctx.f(st),
            "street" | "avenue" | "road" | "boulevard" | "drive" | "lane"
        )
        && run[..run.len() - 2]
            .iter()
            .all(|i| matches!(*i, Item::Word(k) if super::classify::COMPASS.contains(&&*ctx.f(k))))
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // "Mt. Kerrow", "Ft. Dunmore": an abbreviated mount or fort opens a place's name (unless a
    // body's cue ends the run: "Mt. Kerrow Hospital")
    if let [Item::Word(a), .., Item::Word(l)] = run[..]
        && matches!(ctx.w(a), "Mt" | "Ft")
        && ctx.text.as_bytes().get(ctx.toks[a].end) == Some(&b'.')
        && !ctx.is(l, super::classify::lex::ORG_CUE)
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // "Downtown Tumalo, usually busy…": a town's centre named by "Downtown" and the town's
    // name is that town (the word is the lowercase "downtown" capitalised)
    if let [Item::Word(d), rest @ ..] = run
        && matches!(&*ctx.f(*d), "downtown" | "uptown" | "midtown")
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|i| {
            matches!(*i, Item::Word(k)
            if !ctx.toks[k].allcaps && !ctx.is(k, lex::ORG_CUE) && !ctx.is(k, lex::NOISE))
        })
    {
        return push(ctx, rest, EntityKind::Place, 2, out);
    }
    // "on Jan. 31", "until Aug. 15": a month's abbreviation, its full stop and a day's number
    // are a date, no name
    if let [k] = words[..]
        && month_abbreviation(ctx, k)
    {
        return;
    }
    // "Senate Bill 611", "House Bill 2": "Bill" before a number is a bill, not a man
    if let [k] = words[..]
        && ctx.w(k) == "Bill"
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|t| ctx.text[t.start..t.end].bytes().all(|b| b.is_ascii_digit()))
    {
        return;
    }
    // product/model tail: "X Math-V2" → X + other
    if let Some(pos) = run
        .iter()
        .position(|i| matches!(*i, Item::Word(k) if has_digit_mix(ctx.w(k))))
    {
        if pos > 0 {
            words_run(
                ctx,
                &run[..pos],
                title_cue,
                Some(EntityKind::Organization),
                out,
            );
            push(ctx, &run[pos..], EntityKind::Other, 2, out);
        } else if words.len() == 1 {
            // "tailbacks on the M9", "la bretelle de l’A89": a road's number names a place
            let kind = if super::road_numbers::road_number(ctx, words[0]) {
                EntityKind::Place
            } else {
                EntityKind::Other
            };
            push(ctx, run, kind, 2, out);
        } else {
            push(ctx, run, EntityKind::Other, 1, out);
        }
        return;
    }
    let first = words[0];
    let last = *words.last().expect("nonempty");
    // (the words folded are read where asked, no list of them: an ASCII word's folding is a
    // borrowed slice of `Ctx::lower`, another's folded once into its cell)
    let (first_f, last_f) = (ctx.f(first), ctx.f(last));
    let prev = ctx.prev_word(first_tok(&run[0]));
    let prev_f = prev.map(|p| ctx.f(p)).unwrap_or_default();
    let next = ctx.next_word(last_tok(&run[run.len() - 1]));
    let initial = ctx.toks[first].initial || ctx.heading;
    // "Interrogée, la ministre…", "Contactés, les dirigeants…": a French past participle
    // opening the sentence before a comma names nothing
    if words.len() == 1 && ctx.toks[first].initial && fr_participle_before_comma(ctx, first) {
        return;
    }

    // "ministre délégué chargé du Tourisme", "chargée des Affaires européennes": a portfolio
    if portfolio_after_charge(ctx, first_tok(&run[0])) {
        return;
    }
    // product / programme introduced by a cue word, or followed by ", un programme"
    if prev.is_some_and(|p| ctx.is(p, lex::PRODUCT_INTRO)) || followed_by_intro(ctx, last) {
        return push(ctx, run, EntityKind::Other, 2, out);
    }
    // (round 68) "à la Presqu’île", "au Plateau", "dans le Marais": a French landform's
    // noun, capitalised after an article, is a place's own name
    if words.len() == 1
        && !ctx.given(first)
        && !ctx.toks[first].allcaps
        && !ctx.toks[first].initial
        && ctx.lang == crate::extract::types::Lang::Fr
        && matches!(
            &*first_f,
            "presqu’ile"
                | "presqu'ile"
                | "plateau"
                | "plaine"
                | "vallee"
                | "marais"
                | "val"
                | "causse"
                | "estuaire"
                | "delta"
                | "cirque"
                | "bocage"
                | "littoral"
        )
        && prev.is_some_and(|p| {
            !ctx.toks[p].cap && matches!(&*prev_f, "la" | "le" | "l" | "au" | "aux" | "du")
        })
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // lone cue words are generic ("Agence", "Festival", "River", "Avenue")
    if words.len() == 1 && ctx.is(first, lex::ORG_CUE | lex::OTHER_CUE | lex::PLACE_CUE) {
        if super::places::district_in_list(ctx, first) {
            return push(ctx, run, EntityKind::Place, 1, out);
        }
        return;
    }
    let multi = words.len() >= 2;
    let given = ctx.given(first)
        || super::origins::filiation_name(ctx, words)
        || elided_given_name(ctx, words);
    let (ft, lt) = (first_tok(&run[0]), last_tok(&run[run.len() - 1]));
    // (asked up to four times below for the same word: answered once, when first asked)
    let place_before_ft = std::cell::LazyCell::new(|| place_before(ctx, ft));
    // (round 69) "Registrar Jacob Shikuku": a title no list knows before a given name
    if hint.is_none()
        && let Some(p) = super::unknown_titles::name_after_unknown_title(ctx, run, words)
    {
        return push(ctx, &run[p..], EntityKind::Person, 2, out);
    }
    // "the Sokoto-Gusau highway", "la ligne Lyon-Grenoble": the places a route joins
    if !multi && super::places::route_ends(ctx, first, out) {
        return;
    }
    // "EUGENE, Ore. —", "in Fresno, Calif., on Monday": a state abbreviation after a place
    if words.len() <= 2
        && let Some(state) = state_abbreviation(ctx, ft, lt)
    {
        if let Some(state) = state {
            super::state_names::push_state(ctx, ft, lt, state, out);
        }
        return;
    }
    // "went to Mass. Then…": a word spelt like a state's abbreviation, its dot after it and no
    // town before it, is that word
    if words.len() == 1
        && ctx.text[ctx.toks[lt].end..].starts_with('.')
        && ctx.lang == crate::extract::types::Lang::En
        && super::state_names::ambiguous(ctx.w(ft))
    {
        return;
    }
    // "Coutances (AFP) –", "Tromsø, Norway (Reuters) —": the name opening a wire dateline
    // ("BREAKING NEWS —": a headline names nothing)
    if first == 0
        && multi
        && run.len() == words.len()
        && super::place_names::headline_words(ctx, words)
    {
        return;
    }
    if (!given || first == 0 && region_after(ctx, lt)) && dateline(ctx, ft, lt) {
        return push(ctx, run, EntityKind::Place, 3, out);
    }
    // "in Co Sligo", "Co. Durham": the Irish and British abbreviation of "County" before a
    // name (a company's "Co" ends its name: "Smith & Co")
    if let [Item::Word(c), .., Item::Word(k)] = run[..]
        && matches!(ctx.w(c), "Co" | "Co.")
        && words.len() == 2
        && !ctx.toks[k].allcaps
        && !given
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // "Denmark’s Jutland peninsula", "the Hunter valley": a lowercase landform noun after it
    // (not after a lone word opening the sentence: "Large estate companies")
    if words.len() <= 2
        && (multi || !ctx.toks[first].initial)
        && !given
        && !org_cue_in(ctx, words)
        && ctx.lang == crate::extract::types::Lang::En
        && (ctx.toks.get(lt + 1).is_some_and(|n| {
            n.kind == TokKind::Word && !n.cap && LANDFORMS.contains(&ctx.w(lt + 1))
        }) || super::place_lists::before_plural_place_noun(ctx, ft, lt)
            || super::place_lists::last_before_plural_place_noun(ctx, ft, lt))
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // "Kristiansand in southern Norway": a lone name, "in", a compass adjective, a known place
    if !multi && !given && !ctx.toks[first].allcaps && in_part_of_place(ctx, lt) {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // "Chingola in Zambia's Copperbelt", "Kergoat, dans le Finistère": a lone name, then "in"
    // ("dans") and a known place, lies in that place
    // (not opening a sentence: "Voters in Tartu", "Judges in Texas")
    if !multi && !given && !initial && !ctx.toks[first].allcaps && in_known_place(ctx, lt) {
        return push(ctx, run, EntityKind::Place, 1, out);
    }
    if multi && in_quotes(ctx, first_tok(&run[0]), last_tok(&run[run.len() - 1])) {
        return push(ctx, run, EntityKind::Other, 1, out);
    }
    // "L’Unrac dénonce…": one unknown word after a sentence's elided article, then a verb, is
    // a body (round 52)
    if let [Item::Word(k)] = run[..]
        && super::elided_bodies::body_after_elided_article(ctx, k)
    {
        return push(ctx, run, EntityKind::Organization, 2, out);
    }
    // a lone sentence-initial word needs evidence from elsewhere (see merge)
    // so does any run of a title-case heading, where capitals are no evidence ("Wildfire Near
    // Kamloops Forces Thousands From Their Homes"): the body names what the heading names
    let weak =
        (!multi && initial && !ctx.toks[first].allcaps) || (ctx.heading && !ctx.byline && !given);
    let strong = push;
    let push = |ctx: &Ctx, run: &[Item], kind: EntityKind, strength: u8, out: &mut Vec<Cand>| {
        push(ctx, run, kind, if weak { 0 } else { strength }, out)
    };
    // (round 67: "au Ski-Club Ardévaz", a body's noun closing a hyphenated word)
    let org_cue = words.iter().any(|&k| {
        ctx.is(k, lex::ORG_CUE) && !VENUE_HEADS.contains(&&*ctx.f(k))
            || school_system(ctx, k)
            || hyphen
                && ctx.toks[k].joined
                && ctx.f(k).rsplit_once('-').is_some_and(|(_, tail)| {
                    matches!(tail, "club" | "association" | "team" | "union" | "verein")
                })
    });
    // "George W. Bush", "J. K. Rowling" (the full stop after an initial is a connector)
    let initials = run
        .iter()
        .any(|i| matches!(*i, Item::Conn(j) if ctx.w(j) == "."));
    if initials && !org_cue {
        return strong(ctx, run, EntityKind::Person, 2, out);
    }
    // (round 61) "à Ariana, à La Marsa et à Ben Arous": a repeated preposition of place in a
    // list with a known place, even over a given name
    if multi
        && words.len() <= 3
        && hint.is_none()
        && !run.iter().any(|i| matches!(i, Item::Conn(_)))
        && super::context::prep_list_with_place(ctx, ft)
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // "provinces such as Ben Luc and Tra Vinh": a given name opening a name listed after a
    // plural noun of places opens a place's name
    if multi && given && hint.is_none() && listed_after_place_plural(ctx, ft) {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // "villages like Brig of X", "a week in Port of X": a name with "of" inside, listed after a
    // plural noun of places or after a preposition of place, is a place's
    if multi && hint.is_none() && super::origins::of_place(ctx, run, ft) {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // (round 52) "up Slieve Carrow", "the summit of Ben Arran": a mountain's word opens the name
    if multi
        && super::admin_names::mountain_head(ctx, first, words.len())
        && !org_cue_in(ctx, words)
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    if multi
        && given
        && !words[1..].iter().any(|&k| ctx.is(k, lex::ORG_CUE))
        && !super::places::area_noun(&last_f)
    {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    // "El Hadji Malick Ndoye", "El Hadj Omar Diallo": the honorific of a man who made the
    // pilgrimage opens a West African man's full name
    if words.len() >= 3 && first_f == "el" && matches!(&*ctx.f(words[1]), "hadji" | "hadj") {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    // "XIIe siècle", "Ier": a Roman ordinal names nothing
    if !multi && roman_ordinal(ctx.w(first)) {
        return;
    }
    // "la vallée du Clain", "le bassin de la Boutonne", "le viaduc de Garabit"
    if geo_head_before(ctx, first_tok(&run[0])) && !org_cue_in(ctx, words) {
        // "le col d’Aspin", "le mont Aigoual", "la pointe de la Réchasse": the noun is part of
        // the name of a pass, a summit, a lake or a bay
        if let Some(h) = named_geo_head(ctx, first_tok(&run[0])) {
            let end = ctx.toks[last_tok(&run[run.len() - 1])].end;
            out.push(Cand::rule(
                ctx.block,
                ctx.toks[h].start,
                end,
                EntityKind::Place,
                2,
            ));
            return;
        }
        return strong(ctx, run, EntityKind::Place, 2, out);
    }
    // "Saint-Chély-d’Apcher", "Stockton-on-Tees", "Lézignan-sur-Orbieu": compound place names
    if hyphen && toponym_shaped(span) && !org_cue_in(ctx, words) {
        return strong(ctx, run, EntityKind::Place, 2, out);
    }
    // (round 67) "le député PLR Xavier Rossier", "the ANC MP Thandi Mokoena": a party's
    // acronym straight before a given name and a surname is the person's party
    if words.len() >= 3
        && run.len() == words.len()
        && ctx.toks[first].allcaps
        && (2..=5).contains(&ctx.w(first).chars().count())
        && !ctx.given(first)
        // (not a title, "MPP Jane Doe", nor a ship's prefix: "the SS Edmund Fitzgerald")
        && !ctx.is(first, lex::TITLE)
        && !matches!(
            ctx.w(first),
            "SS" | "MV" | "MS" | "MY" | "RV" | "FV" | "RMS" | "USS" | "USNS" | "HMS" | "HMAS"
                | "HMCS" | "HMNZS" | "INS" | "MT" | "SY"
        )
        && ctx.given(words[1])
        && !ctx.toks[words[1]].allcaps
        && ctx.toks[words[2]].cap
        && !ctx.toks[words[2]].allcaps
    {
        strong(ctx, &run[..1], EntityKind::Organization, 2, out);
        return words_run(ctx, &run[1..], true, None, out);
    }
    // "SUD-Rail", "Météo-France", "PitchBook": organisation-shaped words, even
    // after a title word or at the start of a sentence
    if !given
        && words
            .iter()
            .any(|&k| may_be_org_shaped(ctx, k, hyphen) && org_shaped(ctx.w(k)))
    {
        // "le délégué CGT-Énergie Paul Mercier": a given name after it starts a person
        if let Some(p) = run
            .iter()
            .position(|i| matches!(*i, Item::Word(k) if k > first && ctx.given(k)))
        {
            strong(ctx, &run[..p], EntityKind::Organization, 2, out);
            return words_run(ctx, &run[p..], false, None, out);
        }
        return strong(ctx, run, EntityKind::Organization, 2, out);
    }
    // "Haddingley Rovers", "Olympique Lyonnais", "Emajõe Liinid AS": a club word or a company
    // form ends or opens the name
    if multi
        && !given
        && ((CLUB_TAILS.contains(&&*last_f)
            && !super::classify::PLACE_CLUB_TAILS.contains(&&*last_f))
            || CLUB_HEADS.contains(&&*first_f)
            || CORP_FORMS.contains(&ctx.w(last)))
    {
        return strong(ctx, run, EntityKind::Organization, 2, out);
    }
    // "Under his ownership Rovers won": a club word alone is the club's short name
    if !multi && !ctx.toks[first].allcaps && matches!(&*first_f, "rovers" | "wanderers" | "hotspur")
    {
        return push(ctx, run, EntityKind::Organization, 1, out);
    }
    // "les Montiliens", "des Vésuliens", "un Lyonnais de 34 ans": an inhabitant, no entity
    if !multi && !given && inhabitants(ctx, first, prev, next) {
        return;
    }
    // (round 57) "en pleine saison de XYZ League", "the Coastal Volleyball League": a league's
    // name is the body that runs it (not a cup's: "Champions League", "Nations League")
    if multi
        && matches!(ctx.w(last), "League" | "Liga")
        && !matches!(&*first_f, "champions" | "europa" | "nations" | "conference")
    {
        return push(ctx, run, EntityKind::Organization, 2, out);
    }
    // ("Summit Ridge Learning Inc.": a company's legal form ending the name outweighs an
    // event's word opening it)
    if (ctx.is(first, lex::OTHER_CUE) || ctx.is(last, lex::OTHER_CUE))
        && !(multi && super::joins::LEGAL_FORMS.contains(&ctx.w(last)))
    {
        return push(ctx, run, EntityKind::Other, 2, out);
    }
    // "Keller & Strand"; "Mount Tabor Medical": a name ending with an organisation
    // noun is an organisation even when it opens with a place word
    let amp = run
        .iter()
        .any(|i| matches!(*i, Item::Conn(j) if ctx.w(j) == "&"));
    let last_f = &*last_f;
    let intl = matches!(words[..], [.., a, k] if super::classify::intl_end(ctx, a, k));
    // (round 67) "the Chief Metropolitan Magistrate's Court", "the Coroner's Court": a title
    // owning the body's noun that ends the name (no "Earl's Court", a place)
    let office_owned = matches!(run[..], [.., Item::Word(t), Item::Conn(a), Item::Conn(_), Item::Word(o)]
        if a == t + 1 && o == last && ctx.is(t, lex::TITLE) && ctx.is(o, lex::ORG_CUE));
    // (round 70) "the hamlet of Hollens Bank", "le hameau de Grange Neuve": a settlement's noun
    // and "of"/"de" before two or three words outweigh a body's noun among them
    if multi && words.len() <= 3 && !amp && !intl && settlement_of_before(ctx, ft) {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // (round 71) "Gifu Prefecture", "Union Township": in English a prefecture or a township
    // ending one or two names is the area (a French "Préfecture" is the State's office; a
    // body's noun before the area's is the body's: "the Township Board")
    if ctx.lang == crate::extract::types::Lang::En
        && multi
        && words.len() <= 3
        && !amp
        && matches!(ctx.w(last), "Prefecture" | "Township")
        && words[..words.len() - 1]
            .iter()
            .all(|&k| !ctx.toks[k].allcaps && !ctx.is(k, lex::TITLE))
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    if multi
        && (amp
            || intl
            || office_owned
            || (ctx.is(last, lex::ORG_CUE) && !VENUE_HEADS.contains(&last_f)))
    {
        return push(ctx, run, EntityKind::Organization, 2, out);
    }
    // "Nederland Fire Protection District", "Wayne County Health District": a district named
    // for a public service is the body that runs it, not an area
    if multi
        && last_f == "district"
        && words[..words.len() - 1]
            .iter()
            .any(|&k| SERVICE_DISTRICTS.contains(&&*ctx.f(k)))
    {
        return push(ctx, run, EntityKind::Organization, 2, out);
    }
    // (round 52: "Harrow Neck", "Corran Spit", a landform's noun the place cues lack)
    if multi
        && (ctx.is(first, lex::PLACE_CUE)
            || ctx.is(last, lex::PLACE_CUE)
            || (!org_cue && super::admin_names::geo_tail(ctx, first, last)))
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    if multi && !org_cue && !given && region_before(ctx, ft) {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    if !org_cue && let Some(kind) = venue(ctx, run, words) {
        return push(ctx, run, kind, 2, out);
    }
    if org_cue {
        return push(ctx, run, EntityKind::Organization, 2, out);
    }
    // "La Voix du Nord", "Le Parisien": a capitalised article mid-sentence opens a title
    // (not after a title: "M. Le Corre", "Mme La Rocca" are people)
    // (not after a preposition of place other than "à": "jusqu’à La Mongie", "vers La
    // Mongie", "entre La Mongie et le sommet" name a place)
    if multi
        && matches!(&*first_f, "le" | "la" | "les" | "the")
        && !ctx.toks[first].initial
        && !title_before(ctx, ft)
        && !place_prep_not_a(ctx, ft, lt)
    {
        return push(ctx, run, EntityKind::Organization, 1, out);
    }
    // "l’entraîneur des Verts Aline Morel": after "des", the plural body, then the person the
    // title before it names from her given name on
    if &*prev_f == "des"
        && let Some(p) = body_then_person_after_des(ctx, run)
    {
        push(ctx, &run[..p], EntityKind::Organization, 1, out);
        return words_run(ctx, &run[p..], true, None, out);
    }
    // "présidente de la FCPE", "head of the NRA", "trésorier des Amis du Vieux Port": the body
    // after the title, not a name
    let after_de = matches!(&*prev_f, "de" | "du" | "d" | "of" | "at" | "chez")
        || (&*prev_f == "des" && plural_body_after_des(ctx, words))
        || (matches!(&*prev_f, "la" | "l" | "the")
            && prev
                .and_then(|p| ctx.prev_word(p))
                .is_some_and(|p| matches!(&*ctx.f(p), "de" | "of")));
    // "le « Nabucco » de Verdi", "“Hamlet” by Shakespeare": a name after a quoted work's
    // title and "de"/"by" is its author's
    if words.len() <= 2 && !org_cue && !ctx.toks[first].allcaps && author_after_title(ctx, ft) {
        return strong(ctx, run, EntityKind::Person, 2, out);
    }
    // ("la directrice a confié au Quotidien": a newspaper told, not a place nor a person)
    if told_au(ctx, ft, lt, !multi) {
        return strong(ctx, run, EntityKind::Organization, 2, out);
    }
    // ("le gouvernement Dufresne", "the Hartley government": its leader)
    if !multi && government_leader(ctx, ft) {
        return strong(ctx, run, EntityKind::Person, 2, out);
    }
    // ("dans un hôtel d’Ambanivo": the town the premises stand in)
    if !multi && !given && premises_in_town(ctx, ft) {
        return push(ctx, run, EntityKind::Place, 1, out);
    }
    if !multi && !given && org_verb_cue(ctx, ft, lt) {
        return strong(ctx, run, EntityKind::Organization, 2, out);
    }
    // (round 54) "le Velbond a prévenu", "la Cortavia réclame": after a lowercase
    // article, before a verb of speech or of decision, a body
    if !multi && super::speaking_bodies::body_speaks_after_article(ctx, first) {
        return strong(ctx, run, EntityKind::Organization, 2, out);
    }
    if hint != Some(EntityKind::Place) && (title_cue || (!after_de && title_before(ctx, ft))) {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    // (round 51) "Au marché de Korvan, Tiéba Sanou vend…": the subject after a fronted place
    if words.len() == 2
        && run.len() == 2
        && hint.is_none()
        && !org_cue
        && super::fr_subjects::subject_after_fronted_place(ctx, ft, lt)
    {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    // "la vice-présidente chargée de l’habitat, Maheata Ondrassi-Perrin, défend", "the firm's
    // managing partner, Tesfa Ondrassi, described": two or three plain words set off by a comma
    // after a job are the person holding it, however unfamiliar the names (round 68: four,
    // "Air Selangor's head of corporate communications, Syahrul Nizam Abdul Latif, said")
    if (2..=4).contains(&words.len())
        && (words.len() < 4 || run.len() == 4)
        && hint.is_none()
        && !org_cue
        && words.iter().all(|&k| !ctx.toks[k].allcaps)
        && role_apposition(ctx, ft, lt)
    {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    if ctx.byline
        && ctx.toks[..first]
            .iter()
            .filter(|t| t.kind == TokKind::Word)
            .count()
            <= 2
        && ctx.block <= 2
    {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    // (round 70) "the San Mateo, California-based company": a town, its state and "-based"
    // are one adjective, no apposition
    if words.len() <= 3
        && !given
        && hint.is_none()
        && town_state_based(ctx, lt)
        // (not "Shares of Acme, Texas-based maker of pumps": an article before, or a town)
        && (prev.is_some_and(|p| p + 1 == ft && matches!(&*prev_f, "the" | "a" | "an"))
            || super::towns::is_listed_town(ctx, words))
    {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // a sentence-initial word needs a closed apposition ("Gavi, the vaccine alliance, plans"),
    // not "Interrogée, la ministre … a estimé"
    // "À Angoulême, l’association…": a fronted place adverbial is no apposition
    if let Some(kind) = appositive(ctx, lt)
        && (!weak || closed_apposition(ctx, lt))
        && (multi || !*place_before_ft)
    {
        return strong(ctx, run, kind, 2, out);
    }
    // ("originally from Kalgoorlie, who…": the relative pronoun is the person's before it)
    // ("Smallholders, who grow…": a lone plural noun opening a sentence is no person)
    if let Some(kind) = person_or_org_after(ctx, lt)
        && (multi || !*place_before_ft)
        && !(weak
            && ctx.lang == crate::extract::types::Lang::En
            && first_f.ends_with('s')
            && ctx.toks.len() > lt + 2
            && ctx.w(lt + 1) == ","
            && ctx.w(lt + 2) == "who")
        // ("an analyst at Jefferies, who…": "who" is the analyst, the name the employer)
        && !(kind == EntityKind::Person && at_employer(ctx, prev, &prev_f))
        // ("a partner at Harlan Voss Attorneys, who…": a lawyers' firm ends the name)
        && !(kind == EntityKind::Person && multi && super::given_places::plural_title(ctx, lt))
    {
        // ("managing director of Brennan Tiles, who…": "who" is the director, the name the
        // body he runs; "the director of Ilse Marrow, who starred": a given name, a person)
        if kind == EntityKind::Person && !(multi && given) && head_of_employer(ctx, prev, &prev_f) {
            return strong(ctx, run, EntityKind::Organization, 2, out);
        }
        return strong(ctx, run, kind, 2, out);
    }
    // "RSPB Cymru said": a name holding an acronym is no person's
    let acronym = words.iter().any(|&k| ctx.toks[k].allcaps);
    if (said_before(ctx, ft) || credit_before(ctx, ft))
        || (multi && !acronym && next.is_some_and(|n| ctx.is(n, lex::SAID)))
        || (multi && !acronym && !org_cue && super::cues::presided_by_before(ctx, ft))
    {
        return strong(ctx, run, EntityKind::Person, 2, out);
    }
    // "Enedis indique que…": a lone sentence opener that speaks is an organisation
    // unless it is a known person's surname (merged later) or an English plural
    if weak
        && !given
        && next.is_some_and(|n| ctx.is(n, lex::SAID))
        && !(ctx.lang == crate::extract::types::Lang::En && first_f.ends_with('s'))
    {
        return strong(ctx, run, EntityKind::Organization, 1, out);
    }
    // "the company, based in Pembroke Dock", "une PME installée à Saint-Jean Pied": after a
    // participle of location and "in"/"à", plain words (no organisation noun) name a place,
    // however close a noun of organisations is
    if words.len() <= 3 && !given && !org_cue && !ctx.toks[first].allcaps && located_in(ctx, ft) {
        return push(ctx, run, EntityKind::Place, 2, out);
    }
    // "in this Quillmore village", "a reading group from Ostrey": a settlement's noun after a
    // demonstrative, or "from" after a group's noun, makes a place (round 47)
    if !multi
        && !given
        && !ctx.toks[first].allcaps
        && ctx.lang == crate::extract::types::Lang::En
        && let Some(strength) = super::town_cues::town_cue(ctx, prev, lt)
    {
        return push(ctx, run, EntityKind::Place, strength, out);
    }
    // "the steelworks at Dalmuir", "a refinery at Grangemouth": one word after a works and
    // "at" is where the works are; "every shop from Kilsyth to Banton": two single names
    // joined by "from … to" are places
    if !multi
        && !given
        && !ctx.toks[first].allcaps
        && ctx.lang == crate::extract::types::Lang::En
        && (site_at(ctx, prev) || from_to(ctx, ft))
    {
        return push(ctx, run, EntityKind::Place, 1, out);
    }
    // ("a spokeswoman for Okonjo": who speaks for one word may speak for a person)
    if at_employer(ctx, prev, &prev_f) && (multi || prev_f != "for") {
        return strong(ctx, run, EntityKind::Organization, 2, out);
    }
    // "Castres-Mazamet", "Lézignan-Corbières", "Paris-Orly": a lone compound of capitalised
    // names is a place when one of them is, or in French
    // ("la maison Lachaume-Perrot", "la société Dufour-Lavigne": a guessed compound after a
    // noun that introduces organisations is a company's name)
    if !multi
        && !given
        && hyphen
        && !org_cue_in(ctx, words)
        && let Some(kind) = compound_place(ctx, first)
        && !(kind.1 < 2
            && (org_intro_before(ctx, ft, 3) || super::trade_bodies::trade_noun_before(ctx, ft)))
    {
        return push(ctx, run, kind.0, kind.1, out);
    }
    // "Denver architects Pellham": a firm named after its trade (round 55)
    if words.len() <= 2
        && !given
        && !ctx.toks[first].allcaps
        && super::occupations::firm_after_trade(ctx, ft)
    {
        return strong(ctx, run, EntityKind::Organization, 2, out);
    }
    // "la scierie de X, à Y": the firm owning the facility, its town after it
    if !multi && !given && !ctx.toks[first].allcaps && super::local_bodies::facility_owner(ctx, ft)
    {
        return strong(ctx, run, EntityKind::Organization, 2, out);
    }
    if !multi && super::geo_cues::portfolio_after_title(ctx, ft) {
        return;
    }
    if !multi && !ctx.toks[first].allcaps && *place_before_ft {
        let from = out.len();
        push(
            ctx,
            run,
            EntityKind::Place,
            if initial { 0 } else { 1 },
            out,
        );
        // ("À X, les salariés…": a firm's premises as often as a town, no cue to overrule a
        // president's "de")
        if ctx.lang == crate::extract::types::Lang::Fr
            && ctx
                .prev_word(ft)
                .is_some_and(|p| ctx.w(p) == "à" || ctx.w(p) == "À")
        {
            out[from..].iter_mut().for_each(|c| c.soft = true);
        }
        return;
    }
    if !multi
        && !given
        && !ctx.toks[first].allcaps
        && (where_after(ctx, ft, lt)
            || listed_with_place(ctx, ft, lt)
            || between_places(ctx, ft, lt)
            || listed_after_places(ctx, ft)
            || super::places::place_cue(ctx, ft)
            || super::places::place_list(ctx, ft)
            || super::river_banks::banks_burst_after(ctx, lt)
            || super::firm_towns::town_before_code(ctx, ft, lt)
            || super::village_recalls::recalled_as_village(ctx, lt))
    {
        return push(ctx, run, EntityKind::Place, 1, out);
    }
    // ("the St. Cloud firm": a saint's or a mount's abbreviation opens a place's name)
    if (!multi || (words.len() == 2 && matches!(ctx.w(first), "St" | "Ste" | "Mt")))
        && !given
        && place_modifier(ctx, ft, lt)
    {
        return push(ctx, run, EntityKind::Place, 1, out);
    }
    // (round 65) "à son rival, Rodrigue Moussavou-Kombila,": a rival named by a given name
    // of the longer list and a surname is a person
    if multi
        && words.len() <= 3
        && rival_before(ctx, ft)
        && (given || GAZ.sets.more_given_names.contains(&ctx.f(ft)))
    {
        return push(ctx, run, EntityKind::Person, 2, out);
    }
    // ("le groupe jusqu’à La Pradelle": a preposition of place straight before the name
    // outweighs a noun of organisations further back)
    if org_intro_before(ctx, ft, if multi { 3 } else { 8 })
        && !(multi && words.len() <= 3 && !given && place_prep_not_a(ctx, ft, lt))
    {
        // ("the Strathmore Berry Growers Co-operative", "l’association Sonorama 35": a lone
        // word running on into more capitals is a piece of a longer name, no name)
        if !multi && runs_on(ctx.text, ctx.toks[lt].end) {
            return;
        }
        if !multi && !given && origin_after_de(ctx, prev, ft) {
            return push(ctx, run, EntityKind::Place, 1, out);
        }
        let from = out.len();
        push(ctx, run, EntityKind::Organization, 2, out);
        if !multi && !given && !ctx.toks[ft].allcaps && goes_to(ctx, ft) {
            out[from..].iter_mut().for_each(|c| c.soft = true);
        }
        return;
    }
    if !multi {
        let t = &ctx.toks[first];
        // "in Moncton, N.B.", "a Cherry Hill, N.J., firm": dotted capitals after a name and a
        // comma are its state or province (not an honour: "Jane Doe, Q.C.")
        if t.allcaps && state_after_comma(ctx, first) {
            return push(ctx, run, EntityKind::Place, 2, out);
        }
        // (round 51) "l’ASBL annonce…": a Belgian non-profit's form alone is a common noun
        if t.allcaps && matches!(ctx.w(first), "ASBL" | "AISBL") {
            return;
        }
        if t.allcaps && ctx.w(first).chars().count() <= 6 {
            return push(
                ctx,
                run,
                EntityKind::Organization,
                if initial { 1 } else { 2 },
                out,
            );
        }
        if t.allcaps && ctx.block <= 2 && first <= 3 {
            return push(ctx, run, EntityKind::Place, 2, out);
        }
        // (round 57) "… que l’Xyz avait versé 350 000 euros": a funder, no place
        if !given && hint.is_none() && super::elided_bodies::funder_after_elided_article(ctx, ft) {
            return push(ctx, run, EntityKind::Organization, 2, out);
        }
        // "à X"; "enjambait le Roubion" (a lowercase French article before a lone name);
        // "Vohémar (Iharana)" (round 60)
        if *place_before_ft
            || (!given && hint.is_none() && !t.allcaps && fr_article_before(ctx, ft))
            || (!given && hint.is_none() && super::context::place_in_brackets(ctx, ft, lt))
        {
            return push(
                ctx,
                run,
                EntityKind::Place,
                if initial { 0 } else { 1 },
                out,
            );
        }
        // "Eisai and Nvidia", "Iker Etxeberria (Movistar)", "research at Genentech in Boston",
        // "told the Guardian", "l’université de Lyon et le Cirad": a lone name listed with a
        // known or cued organisation, alone in brackets, between "at" and "in" or after "told
        // the" is an organisation (the merge drops a lone name guessed one with no evidence)
        if !given
            && hint.is_none()
            && !t.allcaps
            && (listed_with_org(ctx, ft, lt)
                || bracketed(ctx, ft, lt)
                || at_then_in(ctx, ft, lt)
                || told_the(ctx, ft)
                || job_then_employer(ctx, ft)
                || listed_after_org(ctx, ft, out))
        {
            // ("le président d’X": a commune's or a region's president too, a cue a strong
            // place cue for the same name overrules in the kind vote)
            let from = out.len();
            strong(ctx, run, EntityKind::Organization, 2, out);
            if super::geo_cues::president_of(ctx, ft) {
                out[from..].iter_mut().for_each(|c| c.soft = true);
            }
            return;
        }
        // a known given name used alone ("Mathieu, délégué…") is a person by default; (round
        // 70) a town of the list a place ("de Comines", "vers Lusignan")
        if !given && hint.is_none() && !t.allcaps && super::towns::run_is_town(ctx, words) {
            return super::towns::push_town(ctx, run, if initial { 0 } else { 1 }, out);
        }
        let kind = if given && hint.is_none() {
            EntityKind::Person
        } else {
            hint.unwrap_or(EntityKind::Organization)
        };
        return push(ctx, run, kind, if initial { 0 } else { 1 }, out);
    }
    let has_conn = run.iter().any(|i| matches!(i, Item::Conn(_)));
    let namey = words.iter().all(|&k| !ctx.toks[k].allcaps);

    // "in Notting Hill", "près de Sophia Antipolis" (a preposition of place), "a shopping
    // centre at Chatham Maritime" (a site noun and "at"): two or three plain words, none a
    // given name, name a place
    if words.len() <= 3
        && namey
        && !has_conn
        && !given
        && hint.is_none()
        && ((ctx.lang == crate::extract::types::Lang::En && site_at(ctx, prev))
            || *place_before_ft
            || between_places(ctx, ft, lt)
            || listed_after_places(ctx, ft))
    {
        return push(ctx, run, EntityKind::Place, 1, out);
    }
    // (round 63) "on Great Exuma", "Abaco and Grand Bahama": a name-forming adjective of
    // islands and towns and one plain word, no body's word, name a place
    if words.len() == 2
        && namey
        && !has_conn
        && hint.is_none()
        && ctx.lang == crate::extract::types::Lang::En
        && matches!(
            ctx.w(ft),
            "Great" | "Grand" | "Little" | "Greater" | "Upper" | "Lower"
        )
        && !ctx.toks[ft].initial
        && !ctx.is(words[1], lex::ORG_CUE)
        && !ctx.given(words[1])
    {
        return push(ctx, run, EntityKind::Place, 1, out);
    }
    // (round 59) "the port of entry at Santa Teresa", "San Ysidro": a saint's name in Spanish,
    // Portuguese or Italian opening two or three plain words names a town, not a person
    if (2..=3).contains(&words.len())
        && namey
        && !has_conn
        && hint.is_none()
        && matches!(ctx.w(ft), "San" | "Santa" | "Santo" | "São")
        // (the Christmas figure)
        && ctx.w(words[1]) != "Claus"
    {
        return push(ctx, run, EntityKind::Place, 1, out);
    }
    // (round 69) "São Félix do Xingu", "Terra do Meio", "Foz do Iguaçu": a Portuguese
    // "do"/"da"/"dos"/"das" after a word that opens places' names there, no given name, no
    // body's or title's word, names a place
    if (3..=5).contains(&run.len())
        && namey
        && hint.is_none()
        && super::portuguese_places::portuguese_place(ctx, run, words)
    {
        return push(ctx, run, EntityKind::Place, 1, out);
    }
    // "l’attaquant argentin Lionel Messi" (a person), "la société américaine Blue Heron"
    // (an organisation): a French noun and a nationality adjective before the name
    if words.len() <= 3
        && namey
        && !has_conn
        && hint.is_none()
        && let Some(kind) = noun_demonym_before(ctx, ft)
    {
        return strong(ctx, run, kind, 2, out);
    }
    if words.len() <= 3 && namey && (!has_conn || hint.is_none()) && hint.is_none() {
        // "Noreen Cassidy and Paddy Rourke": listed after a person's full name, a person
        if after_full_name(ctx, ft) {
            return strong(ctx, run, EntityKind::Person, 2, out);
        }
        // (round 70) "from Twifo Praso", "St George": a town of the list, its first word no
        // given name
        if !has_conn && !given && super::towns::run_is_town(ctx, words) {
            return super::towns::push_town(ctx, run, 1, out);
        }
        // "the Central Falcons", "the Round Room": "the" opens no person's name
        let kind = if prev_f == "the" && !has_conn && prev.is_some_and(|p| p + 1 == ft) {
            EntityKind::Organization
        } else {
            EntityKind::Person
        };
        push(ctx, run, kind, 1, out);
    } else {
        push(ctx, run, hint.unwrap_or(EntityKind::Organization), 1, out);
    }
}

/// An English month's abbreviation at `k`, a full stop touching it, then a number.
fn month_abbreviation(ctx: &Ctx, k: usize) -> bool {
    matches!(
        ctx.w(k),
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    ) && ctx
        .toks
        .get(k + 1)
        .is_some_and(|t| t.start == ctx.toks[k].end && &ctx.text[t.start..t.end] == ".")
        && ctx
            .toks
            .get(k + 2)
            .is_some_and(|t| ctx.text[t.start..t.end].bytes().all(|b| b.is_ascii_digit()))
}

/// Job nouns outside the titles that an apposition may follow ("managing partner, X"; "le
/// chef du service des eaux, X": French "chef", the English "head").
const ROLES: &[&str] = &[
    "partner", "associe", "associee", "chargee", "charge", "head", "chef", "cheffe",
];

/// `ft..=lt` set off by commas (or ending the sentence) straight after a phrase holding a job
/// noun, within ten words of the comma, two lowercase words that are no function words at
/// most, and no other punctuation between ("la ministre des Ressources naturelles et des
/// Forêts, X,", "chargée de l’habitat, X,").
fn role_apposition(ctx: &Ctx, ft: usize, lt: usize) -> bool {
    if ft < 2
        || ctx.w(ft - 1) != ","
        || !ctx
            .toks
            .get(lt + 1)
            .is_some_and(|t| matches!(&ctx.text[t.start..t.end], "," | "."))
    {
        return false;
    }
    // ("le chef de chantier de l’entreprise, X,", "son restaurant, X,": the apposition names
    // the organisation just before the comma, unless a known given name opens it)
    if ft >= 2
        && !ctx.toks[ft - 2].cap
        && APPOSED_BODIES.contains(&&*ctx.f(ft - 2))
        && !ctx.given(ft)
    {
        return false;
    }
    let mut j = ft - 1;
    let mut seen = 0;
    // (the job's own complement holds few lowercase words: "chargée de l’habitat"; "The head
    // of the union visited the new site, X," holds a clause)
    let mut plain = 0;
    // (ten: a body's two remits take that many, "du Département des forêts et de l’eau, X,")
    while j > 0 && seen < 10 {
        j -= 1;
        let t = &ctx.toks[j];
        if t.kind != TokKind::Word {
            if matches!(ctx.w(j), "’" | "'") {
                continue;
            }
            return false;
        }
        seen += 1;
        if !t.cap
            && (ctx.is(j, lex::TITLE) || ROLES.contains(&&*ctx.f(j)) || compound_title(ctx, j))
            && !chef_no_title(ctx, j)
        {
            return true;
        }
        if !t.cap && !ctx.is(j, lex::FUNCTION_WORD) {
            plain += 1;
            if plain > 2 {
                return false;
            }
        }
    }
    false
}

/// `j` is "chef"/"cheffe" de file: who leads a consortium, a firm as well as a person.
fn chef_no_title(ctx: &Ctx, j: usize) -> bool {
    matches!(&*ctx.f(j), "chef" | "cheffe") && ctx.f(j + 1) == "de" && ctx.f(j + 2) == "file"
}

/// Lowercase nouns of organisations and businesses, folded: a name set off by commas right
/// after one names it ("le chef du parti, X,", "his bistro, X,"), no person.
const APPOSED_BODIES: &[&str] = &[
    "entreprise",
    "societe",
    "firme",
    "groupe",
    "parti",
    "consortium",
    "association",
    "syndicat",
    "mouvement",
    "club",
    "restaurant",
    "bistrot",
    "bistro",
    "brasserie",
    "cafe",
    "hotel",
    "boutique",
    "magasin",
    "atelier",
    "cabinet",
    "company",
    "firm",
    "party",
    "shop",
    "bar",
    "pub",
    "bakery",
    "studio",
    "label",
    "band",
    "startup",
    "agence",
    "agency",
];

/// A hyphenated job whose first part is a title ("director-general", "directrice-adjointe").
fn compound_title(ctx: &Ctx, j: usize) -> bool {
    let f = ctx.f(j);
    f.split_once('-')
        .is_some_and(|(head, _)| GAZ.sets.lex.get(head).is_some_and(|&v| v & lex::TITLE != 0))
}

/// Nouns before "District" that make the district a public body ("Fire Protection District").
const SERVICE_DISTRICTS: &[&str] = &[
    "fire",
    "protection",
    "health",
    "school",
    "water",
    "sanitation",
    "sanitary",
    "improvement",
    "irrigation",
    "conservation",
    "transit",
    "utility",
    "hospital",
    "library",
    "park",
    "parks",
    "regional",
    "drainage",
    "sewer",
    "recreation",
];

/// Participles of location that put a place after "in"/"at"/"à" ("based in X", "installée à X").
const LOCATED: &[&str] = &[
    "based",
    "headquartered",
    "located",
    "situated",
    "sited",
    "basee",
    "base",
    "bases",
    "basees",
    "installee",
    "installe",
    "situee",
    "situe",
    "implantee",
    "implante",
];

/// (Round 65) "son rival, X", "the rival X": a noun of rivals right before the name at `ft`
/// (past a comma), which names firms and people alike.
fn rival_before(ctx: &Ctx, ft: usize) -> bool {
    let mut p = ctx.prev_word(ft);
    if ft > 0 && ctx.w(ft - 1) == "," {
        p = ctx.prev_word(ft - 1);
    }
    p.is_some_and(|p| {
        !ctx.toks[p].cap
            && matches!(
                &*ctx.f(p),
                "rival" | "rivale" | "rivals" | "concurrent" | "concurrente" | "challenger"
            )
    })
}

/// "une entreprise de Magog", "l’exploitant de Peyrelade", "le collectif des pêcheurs
/// artisanaux de Cayar": a lone French name after "de" and a noun of organisations or of working
/// people (one adjective may come between) is where the body or the people come from ("le
/// rachat de X", "le concurrent de X", "les salariés de X" name the body itself)
fn origin_after_de(ctx: &Ctx, prev: Option<usize>, ft: usize) -> bool {
    if ctx.lang != crate::extract::types::Lang::Fr
        || ctx.toks[ft].allcaps
        || !prev.is_some_and(|p| matches!(&*ctx.f(p), "de" | "d"))
    {
        return false;
    }
    let origin_noun = |k: usize| {
        let noun = ctx.f(k);
        let rival = matches!(
            &*noun,
            "concurrent" | "concurrents" | "rival" | "rivaux" | "rivals"
        );
        (ctx.is(k, lex::ORG_INTRO) && !rival)
            || ["eurs", "trices", "iers", "ieres"]
                .iter()
                .any(|end| noun.ends_with(end))
            || matches!(&*noun, "habitants" | "riverains" | "artisans")
    };
    let p1 = prev.and_then(|p| ctx.prev_word(p));
    let p2 = p1.and_then(|p| ctx.prev_word(p));
    p1.is_some_and(origin_noun) || p2.is_some_and(origin_noun)
}

/// The name at `ft` follows "and"/"et" after two or three capitalised words opening with a
/// known given name ("Noreen Cassidy and X").
fn after_full_name(ctx: &Ctx, ft: usize) -> bool {
    let Some(a) = ctx
        .prev_word(ft)
        .filter(|&a| matches!(ctx.w(a), "and" | "et"))
    else {
        return false;
    };
    let mut j = a;
    let mut n = 0;
    while n < 3
        && let Some(p) = ctx.prev_word(j).filter(|&p| p + 1 == j && ctx.toks[p].cap)
    {
        j = p;
        n += 1;
    }
    n >= 2 && !ctx.toks[j].allcaps && ctx.given(j)
}

/// The name at `ft` follows a participle of location and "in"/"at"/"à" ("based in X").
fn located_in(ctx: &Ctx, ft: usize) -> bool {
    let p0 = ctx.prev_word(ft);
    let p1 = p0.and_then(|p| ctx.prev_word(p));
    p0.is_some_and(|p| !ctx.toks[p].cap)
        && matches!(&*fw(ctx, p0), "in" | "at" | "a")
        && LOCATED.contains(&&*fw(ctx, p1))
}

/// Lowercase nouns of works and sites that put the place after "at" ("the plant at X").
const SITES: &[&str] = &[
    "plant",
    "factory",
    "works",
    "steelworks",
    "mill",
    "mine",
    "refinery",
    "smelter",
    "shipyard",
    "yard",
    "depot",
    "terminal",
    "site",
    "camp",
    "prison",
    "barracks",
    "reactor",
    "base",
    "campus",
    "centre",
    "center",
    "facility",
    "hub",
    "headquarters",
    "stadium",
    "ground",
    "operations",
    "facilities",
    "plants",
    "mines",
    "terminals",
    "port",
    "harbour",
    "harbor",
    "quay",
    "docks",
    // land and the buildings of a village: "the land at X", "the chapel at X"
    "land",
    "farm",
    "estate",
    "school",
    "church",
    "chapel",
    "station",
    "hospital",
    "library",
    "reservoir",
];

/// The word before the name is "at" and a site noun comes before it ("the plant at X").
fn site_at(ctx: &Ctx, prev: Option<usize>) -> bool {
    prev.is_some_and(|p| {
        ctx.w(p) == "at"
            && ctx
                .prev_word(p)
                .is_some_and(|q| !ctx.toks[q].cap && SITES.contains(&ctx.w(q)))
    })
}

/// "from X to Y": a lone capitalised word `k` right after "from" with "to" and another lone
/// capitalised word after it, or the second of these; either side may be a list of such
/// words ("from Fishguard and Holyhead to Rosslare").
fn from_to(ctx: &Ctx, k: usize) -> bool {
    let n = ctx.toks.len();
    let lone = |j: usize| {
        j < n
            && ctx.toks[j].kind == TokKind::Word
            && ctx.toks[j].cap
            && !ctx.toks[j].allcaps
            && !ctx.given(j)
            && !(j + 1 < n && ctx.toks[j + 1].kind == TokKind::Word && ctx.toks[j + 1].cap)
    };
    let is = |j: usize, w: &str| j < n && ctx.w(j) == w;
    let joint = |j: usize| j < n && matches!(ctx.w(j), "and" | "or" | ",");
    // the first and the last word of the list of lone words holding `j`
    let list = |j: usize| {
        let (mut s, mut e) = (j, j);
        while s >= 2 && joint(s - 1) && lone(s - 2) {
            s -= 2;
        }
        while joint(e + 1) && lone(e + 2) {
            e += 2;
        }
        (s, e)
    };
    let (s, e) = list(k);
    (s >= 1 && is(s - 1, "from") && is(e + 1, "to") && lone(e + 2))
        || (s >= 3 && is(s - 1, "to") && lone(s - 2) && {
            let (s2, _) = list(s - 2);
            s2 >= 1 && is(s2 - 1, "from")
        })
}

/// "42nd", "1st", "23rd", "5th": digits and an English ordinal suffix.
pub fn ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// A French word ending like a past participle ("Interrogé", "Sollicitées"), not a given
/// name, with a comma straight after it.
fn fr_participle_before_comma(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k);
    ctx.lang == crate::extract::types::Lang::Fr
        && !ctx.toks[k].allcaps
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|t| t.start == ctx.toks[k].end)
        && ctx.w(k + 1) == ","
        && ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
        && w.chars().count() > 5
        && !ctx.given(k)
}

/// News agencies that sign a dateline in parentheses.
const AGENCIES: &[&str] = &[
    "AFP",
    "AP",
    "Reuters",
    "ANSA",
    "DPA",
    "dpa",
    "EFE",
    "Belga",
    "ATS",
    "UPI",
    "Xinhua",
    "AAP",
    "PA",
    "CP",
    "Bloomberg",
    "Kyodo",
    "Yonhap",
];

/// The run opens the block and is followed (after at most ", Region", which may be
/// abbreviated: "Ore.", "N.Y.") by "(agency)", or by a dash: "NANTES —", "EUGENE, Ore. —",
/// "Ottawa, Ont. –" (a dash straight after the name needs it in capitals: "NANTES —").
pub(super) fn dateline(ctx: &Ctx, first: usize, last: usize) -> bool {
    if first != 0 {
        return false;
    }
    let n = ctx.toks.len();
    let mut j = last + 1;
    let region = j < n && ctx.w(j) == ",";
    if region {
        j += 1;
        while j < n
            && j < last + 9
            && ((ctx.toks[j].kind == TokKind::Word && ctx.toks[j].cap) || ctx.w(j) == ".")
        {
            j += 1;
        }
        if j == last + 2 {
            return false;
        }
    }
    if j + 2 < n && ctx.w(j) == "(" && AGENCIES.contains(&ctx.w(j + 1)) && ctx.w(j + 2) == ")" {
        return true;
    }
    if j + 1 >= n {
        return false;
    }
    // after a region any dash; after the name alone, a long dash and a name in capitals
    match ctx.w(j) {
        "—" | "–" => {
            region
                || ctx.toks[first..=last]
                    .iter()
                    .all(|t| t.kind != TokKind::Word || (t.allcaps && t.end - t.start > 2))
        }
        "-" => region,
        _ => false,
    }
}

/// "Eugene, Ore.", "Albany, N.Y.", "Fresno, Calif.", "Sudbury, Ont.": a state's or a
/// province's abbreviation (with its full stop) right after a capitalised place name and a
/// comma qualifies the place and names the state: `Some(Some(its English name))`;
/// `Some(None)` for an abbreviation that names nothing (after a weekday: "Sunday, Mass.";
/// an abbreviation that is also a word, not closing its phrase or after a word opening the
/// sentence or a person's name: "Thanks, Pa. I will…", "Ann Lee, Ind. 1,204").
fn state_abbreviation(ctx: &Ctx, first: usize, last: usize) -> Option<Option<&'static str>> {
    let (a, b) = (ctx.toks[first].start, ctx.toks[last].end);
    if ctx.lang != crate::extract::types::Lang::En
        || b - a > 6
        || first < 2
        || ctx.w(first - 1) != ","
        || !ctx.toks[first - 2].cap
        || !ctx.text[b..].starts_with('.')
    {
        return None;
    }
    let mut key = [0u8; 8];
    let mut n = 0;
    for c in ctx.text[a..b].bytes().filter(|c| !matches!(c, b'.' | b' ')) {
        key[n] = c;
        n += 1;
    }
    let key = std::str::from_utf8(&key[..n]).ok()?;
    let name = super::state_names::full_name(key)?;
    let before = first - 2;
    // a weekday, which a comma and a word may follow ("Sunday, Mass. at nine")
    let day = ctx.f(before);
    if super::dates::EN_DAYS
        .split('|')
        .any(|d| d.eq_ignore_ascii_case(&day))
    {
        return Some(None);
    }
    if super::state_names::ambiguous(key) && !ctx.toks[before].allcaps {
        let rest = ctx.text[b + 1..].trim_start();
        let closes = rest.is_empty() || rest.starts_with([',', ';', '—', '–', '(']);
        let person = before > 0
            && ctx.toks[before - 1].kind == TokKind::Word
            && ctx.toks[before - 1].cap
            && ctx.given(before - 1);
        if !closes || person || ctx.toks[before].initial {
            return Some(None);
        }
    }
    Some((!name.is_empty()).then_some(name))
}

/// "OTTER FALLS, Wis. —", "DENHOLM, Scotland —": a state's abbreviation, a country or a
/// state after the name at `last` and a comma, which then names a town even when its first
/// word is a given name (never a city: "JAMES CORRIGAN, Boston —" signs a reporter).
#[cold]
fn region_after(ctx: &Ctx, last: usize) -> bool {
    let r = last + 2;
    r < ctx.toks.len()
        && ctx.w(last + 1) == ","
        && ctx.toks[r].kind == TokKind::Word
        && (matches!(state_abbreviation(ctx, r, r), Some(Some(_)))
            || state_after_comma(ctx, r)
            || super::gazetteer::place_hit(ctx.w(r)).is_some_and(|h| {
                let e = &GAZ.entries[h.entry];
                e.nation || super::state_names::is_state(&e.en)
            }))
}

/// Dotted capitals of a state or a province ("N.J.", "B.C.", "P.E.I.") at token `k`, after a
/// capitalised word and a comma: known abbreviations only, so that an honour or a degree
/// ("Jane Doe, Q.C.", "John Smith, M.B.E.") is never taken for one.
fn state_after_comma(ctx: &Ctx, k: usize) -> bool {
    let b = ctx.w(k).as_bytes();
    let dotted = (b.len() == 4 || b.len() == 6)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.');
    if !dotted || k < 2 || ctx.w(k - 1) != "," {
        return false;
    }
    let key: String = b.iter().step_by(2).map(|&c| char::from(c)).collect();
    super::state_names::full_name(&key).is_some()
        && ctx.toks[k - 2].cap
        && ctx.toks[k - 2].kind == TokKind::Word
}

/// Lowercase English landform nouns that a place name qualifies ("the Jutland peninsula").
const LANDFORMS: &[&str] = &[
    "peninsula",
    "delta",
    "estuary",
    "valley",
    "basin",
    "plateau",
    "coast",
    "coastline",
    "island",
    "islands",
    "archipelago",
    "river",
    "lake",
    "mountains",
    "desert",
    "fjord",
    // places in a town or a land: "the Leazes estate", "the Mayfair section", "the Jansen mine"
    "estate",
    "section",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "region",
    // "Spain's Huelva province": an administrative area
    "province",
    "county",
    "canton",
    "prefecture",
    "mine",
    // "the platform at Tuam station"
    "station",
];

/// Compass adjectives that name a part of a place ("in southern Norway").
const PART_OF: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
];

/// "in", "dans"/"en"/"au" (after a comma: "Kergoat, dans le Finistère", "Sarnen, en Suisse"),
/// then a known place right after
/// `last` (possibly after "le", "la", "l’", "les").
fn in_known_place(ctx: &Ctx, last: usize) -> bool {
    let n = ctx.toks.len();
    let mut j = last + 1;
    let comma = j < n && ctx.w(j) == ",";
    if comma {
        j += 1;
    }
    if j + 1 >= n {
        return false;
    }
    match ctx.w(j) {
        "in" if ctx.lang == crate::extract::types::Lang::En => {}
        // "ses sites de Sarnen, en Suisse", "Braga, au Portugal"
        "en" | "au" | "aux" if comma && ctx.lang == crate::extract::types::Lang::Fr => {}
        "dans" if comma => {
            if matches!(ctx.w(j + 1), "le" | "la" | "les" | "l") {
                j += 1;
                if j + 1 < n && matches!(ctx.w(j + 1), "’" | "'") {
                    j += 1;
                }
            }
        }
        _ => return false,
    }
    super::context::known_place(ctx, j + 1)
}

/// An English people's word made from a known place's name that the gazetteer lacks: "Texan(s)"
/// (Texas), "Victorian(s)" (Victoria), "Oregonian(s)" (Oregon), "Chicagoan(s)" (Chicago).
/// `w` is a nationality adjective, a hyphen and a lowercase word ("Welsh-language",
/// "French-speaking"; not "Anglo-French", "Franco-German").
fn demonym_compound(w: &str) -> bool {
    // (the hyphen sought as a byte: no char searcher for the many words without one)
    let Some(h) = w.bytes().position(|b| b == b'-') else {
        return false;
    };
    let (head, tail) = (&w[..h], &w[h + 1..]);
    tail.starts_with(|c: char| c.is_lowercase())
        && super::gazetteer::whole_hit(head).is_some_and(|h| h.demonym)
}

fn derived_demonym(w: &str) -> bool {
    let stem = w.strip_suffix('s').unwrap_or(w);
    let Some(base) = stem.strip_suffix("an") else {
        return false;
    };
    if base.chars().count() < 3 || !base.starts_with(char::is_uppercase) {
        return false;
    }
    let place = super::gazetteer::is_place_name;
    place(base)
        || place(&format!("{base}a"))
        || place(&format!("{base}as"))
        || base.strip_suffix('i').is_some_and(place)
}

/// "in", a compass adjective and a known place right after `last`; after a comma too, or
/// "in the north of" / "dans l’ouest de" and a known place (round 56, q56en2: "Mazar, in
/// northern Ardenia", "Kandor, in the north of Ardenia", "Sarvane, dans l’ouest de l’Iran").
fn in_part_of_place(ctx: &Ctx, last: usize) -> bool {
    let n = ctx.toks.len();
    let mut j = last + 1;
    if j < n && ctx.w(j) == "," {
        j += 1;
    }
    if j + 2 >= n {
        return false;
    }
    match ctx.w(j) {
        "in" if PART_OF.contains(&ctx.w(j + 1)) => super::context::known_place(ctx, j + 2),
        "in" if j > last + 1 => super::compass_parts::compass_of_place(ctx, j + 1, false),
        "dans" if j > last + 1 => super::compass_parts::compass_of_place(ctx, j + 1, true),
        _ => false,
    }
}

/// "chargé du", "chargée de la", "chargés des", "la ministre des" right before `k`: the remit
/// of an office; and a remit joined to one with "et" ("la ministre des Ressources naturelles
/// et des Forêts").
fn portfolio_after_charge(ctx: &Ctx, k: usize) -> bool {
    let mut j = k;
    // the words of an earlier remit walked back over, after an "et"
    let mut earlier = 0;
    // a remit walked back over "au"/"aux" ("déléguée aux Sports"): after a rank only
    let mut to_place = false;
    for _ in 0..10 {
        let Some(p) = ctx.prev_word(j) else {
            return false;
        };
        let f = ctx.f(p);
        if matches!(
            &*f,
            "charge" | "chargee" | "charges" | "chargees" | "ministre" | "ministres"
        ) && !ctx.toks[p].cap
        {
            // ("vu le ministre au Caire": "au" straight after the office leads to a place)
            return j != k && !to_place;
        }
        if matches!(&*f, "de" | "du" | "des" | "d" | "la" | "l" | "au" | "aux") && !ctx.toks[p].cap
        {
            to_place |= matches!(&*f, "au" | "aux");
            earlier = 0;
        } else if earlier == 0
            && j != k
            && !ctx.toks[p].cap
            && minister_before(ctx, p)
            && !arrival_or_origin(&f)
            && !super::context::known_place(ctx, k)
        {
            // "le ministre wallon de l’Emploi", "la ministre déléguée aux Sports": one
            // lowercase word (a level or a rank) between the office and its remit ("le
            // ministre originaire de Lyon": a known place stays one)
            return true;
        } else if earlier == 0 && &*f == "et" && j != k {
            earlier = 1;
        } else if earlier > 0 && earlier < 4 && !ctx.toks[p].allcaps {
            earlier += 1;
        } else {
            return false;
        }
        j = p;
    }
    false
}

/// (round 51) A participle or adjective of arrival or origin, folded: "le ministre arrivé de
/// X", "la ministre originaire de X" name a place, not a remit.
fn arrival_or_origin(f: &str) -> bool {
    let f = f.strip_suffix('s').unwrap_or(f);
    let f = f
        .strip_suffix('e')
        .filter(|b| b.ends_with(['e', 'u', 'i']))
        .unwrap_or(f);
    matches!(
        f,
        "arrive"
            | "venu"
            | "revenu"
            | "rentre"
            | "parti"
            | "reparti"
            | "sorti"
            | "issu"
            | "originaire"
            | "natif"
            | "native"
            | "elu"
            | "reelu"
            | "descendu"
            | "passe"
            | "expulse"
            | "rapatrie"
    )
}

/// A lowercase "ministre"/"ministres" right before the word `p`.
fn minister_before(ctx: &Ctx, p: usize) -> bool {
    ctx.prev_word(p)
        .is_some_and(|q| !ctx.toks[q].cap && matches!(&*ctx.f(q), "ministre" | "ministres"))
}

/// "» de X", "” by X": a closing quote, then "de"/"by" right before `k`.
fn author_after_title(ctx: &Ctx, k: usize) -> bool {
    k >= 2 && matches!(ctx.w(k - 1), "de" | "by") && matches!(ctx.w(k - 2), "»" | "”" | "\"")
}

/// Joins that only compound place names have ("Saint-Jean-de-Luz", "Newcastle-upon-Tyne").
const TOPONYM_JOINS: &[&str] = &[
    "-sur-", "-sous-", "-lès-", "-lez-", "-en-", "-on-", "-upon-", "-le-", "-la-", "-les-", "-de-",
    "-du-", "-des-", "-d’", "-d'", "-aux-", "-au-", "-in-",
];

// (`toponym_shaped` looks for the joins at the span's hyphens only)
const _: () = {
    let mut i = 0;
    while i < TOPONYM_JOINS.len() {
        assert!(TOPONYM_JOINS[i].as_bytes()[0] == b'-');
        i += 1;
    }
};

/// A compound place name: "Saint-"/"Sainte-" before a capital, or a join of its own.
pub fn toponym_shaped(span: &str) -> bool {
    // every prefix and join has a hyphen: most spans are rejected without a search (of the
    // hyphen as a byte, no char searcher)
    if !span.bytes().any(|b| b == b'-') {
        return false;
    }
    let saint = ["Saint-", "Sainte-", "St-", "Ste-"].iter().any(|p| {
        span.strip_prefix(p)
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    });
    // (each join opens with its hyphen: tried where the span has one, no substring search)
    saint
        || span
            .match_indices('-')
            .any(|(i, _)| TOPONYM_JOINS.iter().any(|j| span[i..].starts_with(j)))
}

/// In French, a lowercase noun and a lowercase nationality adjective right before `k`: an
/// organisation when the noun introduces one ("la société américaine"), else a person.
fn noun_demonym_before(ctx: &Ctx, k: usize) -> Option<EntityKind> {
    if ctx.lang != crate::extract::types::Lang::Fr {
        return None;
    }
    let d = ctx
        .prev_word(k)
        .filter(|&d| d + 1 == k && !ctx.toks[d].cap)?;
    let w = ctx.w(d);
    let demonym = super::gazetteer::whole_hit(w).is_some_and(|h| h.demonym);
    if !demonym {
        return None;
    }
    let n = ctx
        .prev_word(d)
        .filter(|&n| n + 1 == d && !ctx.toks[n].cap)?;
    let f = ctx.f(n);
    if GAZ.sets.org_intro.contains(&*f) {
        Some(EntityKind::Organization)
    } else if GAZ.sets.function_words.contains(&*f) || f.chars().count() < 4 {
        None
    } else {
        Some(EntityKind::Person)
    }
}

/// A hyphenated compound of two or more capitalised names ("Castres-Mazamet"): a place
/// (strength 2) when one of its names is a known place, else a guessed place in French.
fn compound_place(ctx: &Ctx, k: usize) -> Option<(EntityKind, u8)> {
    let w = ctx.w(k);
    if !w.contains('-') || ctx.toks[k].allcaps || org_shaped(w) {
        return None;
    }
    let titled = |x: &str| {
        x.chars().count() >= 2
            && x.starts_with(char::is_uppercase)
            && x.chars().skip(1).all(char::is_lowercase)
    };
    let mut parts = 0;
    let mut known = false;
    for p in w.split('-') {
        if !titled(p) || GAZ.sets.given_names.contains(&super::text::fold(p)) {
            return None;
        }
        parts += 1;
        known |= super::gazetteer::is_place_name(p);
    }
    if parts < 2 {
        return None;
    }
    if known {
        Some((EntityKind::Place, 2))
    } else {
        (ctx.lang == crate::extract::types::Lang::Fr).then_some((EntityKind::Place, 1))
    }
}

/// "XIIe", "XXIe", "Ier", "IIIe": Roman numerals with a French ordinal ending.
fn roman_ordinal(w: &str) -> bool {
    let stem = ["ème", "eme", "er", "e"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or("");
    !stem.is_empty()
        && stem
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// Lowercase nouns of geography that name the place after them, in French.
pub(super) const GEO_HEADS: &[&str] = &[
    // a town's divisions: "le secteur Vallonbrun"
    "secteur",
    // "le réservoir X", "le barrage X" (round 44)
    "reservoir",
    "barrage",
    "vallee",
    "bassin",
    "riviere",
    "fleuve",
    "lac",
    "massif",
    "plateau",
    "gorges",
    "viaduc",
    "pont",
    "col",
    "mont",
    "plaine",
    "baie",
    "ile",
    "canal",
    "etang",
    "foret",
    "val",
    "quartier",
    "commune",
    "village",
    "faubourg",
    "causse",
    "estuaire",
    "delta",
    "golfe",
    "presqu'ile",
    "hameau",
    "hameaux",
    "lieu-dit",
    "reliefs",
    "contreforts",
    "pentes",
    "flancs",
    "versant",
    "massifs",
    "cirque",
    "pointe",
    "marais",
    "pic",
    "glacier",
    "aiguille",
    // round 52: plurals ("les forêts de X", "les vallées du X"), beaches, hills and lagoons
    "forets",
    "vallees",
    "colline",
    "collines",
    "plage",
    "plages",
    "lagune",
    // "l’aire X": a customary area of New Caledonia, "l’aire de X": a town's area
    "aire",
];

/// French nouns of the parts of a river and its flow, naming the river after "de la", "du" or
/// "de l’" only ("les berges de la X", "la crue du X", "en aval de la X"; not "l'affluent
/// Dupuis", "en aval de Soprelec").
pub(super) const RIVER_PARTS: &[&str] = &[
    "berge",
    "berges",
    "rive",
    "rives",
    "crue",
    "crues",
    "affluent",
    "affluents",
    "embouchure",
    "confluent",
    "amont",
    "aval",
];

/// A lowercase geographic noun, then "de", "du", "de la", "d’" or nothing, before `k`
/// ("les reliefs du Vercors et des Bauges": also after a name so introduced and "et").
fn geo_head_before(ctx: &Ctx, k: usize) -> bool {
    geo_head_before_in(ctx, k, true)
}

/// `f` is one of [`GEO_HEADS`]: one hash lookup instead of a scan of the list (asked of up to
/// three words before each name).
fn is_geo_head(f: &str) -> bool {
    static HEADS: WordSet = WordSet::new(GEO_HEADS);
    HEADS.contains(f)
}

fn geo_head_before_in(ctx: &Ctx, k: usize, coordinated: bool) -> bool {
    let mut j = k;
    let mut steps = 3;
    while steps > 0 {
        steps -= 1;
        let Some(p) = ctx.prev_word(j) else {
            return false;
        };
        let f = ctx.f(p);
        if ctx.toks[p].cap {
            return false;
        }
        // "sur la rive droite du X", "la rive gauche de la X": the side's adjective after a
        // river's bank is stepped over (it costs no step)
        if j != k && matches!(&*f, "droite" | "gauche") {
            if ctx
                .prev_word(p)
                .is_some_and(|q| matches!(&*ctx.f(q), "rive" | "rives"))
            {
                j = p;
                steps += 1;
                continue;
            }
            return false;
        }
        if coordinated && f == "et" && j != k {
            return ctx
                .prev_word(p)
                .is_some_and(|q| ctx.toks[q].cap && geo_head_before_in(ctx, q, false));
        }
        if is_geo_head(&f) {
            // ("par le canal de la X": through its channel; "le pic de la Grippe": a curve's)
            return !(f == "canal" && super::geo_cues::via_canal(ctx, p)
                || f == "pic" && super::geo_cues::curve_peak(ctx, k));
        }
        // "la crue du X", "les berges de la X", "en aval de l’X": a river's part, in French,
        // with an article before the name
        if j != k && RIVER_PARTS.contains(&&*f) {
            return ctx.lang == crate::extract::types::Lang::Fr
                && matches!(
                    ctx.prev_word(k).map(|a| ctx.f(a)).as_deref(),
                    Some("du" | "la" | "l")
                );
        }
        // "la station d’Estibère", "la station de Font-Romeu" (not "la station Total")
        if f == "station" && j != k {
            return true;
        }
        if !matches!(&*f, "de" | "du" | "des" | "aux" | "la" | "l" | "d") {
            return false;
        }
        j = p;
    }
    false
}

/// Lowercase nouns of geography that French names write as part of the name of a pass, a
/// summit, a lake, a marsh, a bay or a river ("col d’Izoard", "mont Ventoux", "lac de Vassivière",
/// "rivière aux Loutres", "rivière des Prairies", not "rivière Tamarack"), where
/// a valley or a river names the place after it ("la vallée du Rhône").
pub const NAMED_GEO_HEADS: &[&str] = &[
    "col", "mont", "pointe", "cirque", "lac", "marais", "golfe", "pic", "etang", "glacier",
    "aiguille", "riviere", // round 47: "le canal du Midi", "le val d’Anniviers"
    "canal", "val",     // round 50: "le plateau des Hautes-Fagnes" keeps its noun like a pass
    "plateau", // round 52: "la baie de X", "la lagune X"
    "baie", "lagune",
];

/// The lowercase noun of [`NAMED_GEO_HEADS`] before `k`, straight or over "de", "du",
/// "de la", "d’" ("le col du Soulor"), at the start of its sentence or after a lowercase word.
pub(super) fn named_geo_head(ctx: &Ctx, k: usize) -> Option<usize> {
    let mut j = k;
    for _ in 0..3 {
        let p = ctx.prev_word(j)?;
        let f = ctx.f(p);
        if ctx.toks[p].cap {
            return None;
        }
        // ("la rivière Tamarack" is the Tamarack: only a river named over an article or a
        // preposition keeps its noun, "la rivière aux Loutres")
        if f == "riviere" && j == k {
            return None;
        }
        if NAMED_GEO_HEADS.contains(&&*f) {
            // ("par le canal de X": through X's channel; "le pic du SRAS": a curve's peak)
            if (f == "canal" && super::geo_cues::via_canal(ctx, p))
                || (f == "pic" && super::geo_cues::curve_peak(ctx, k))
            {
                return None;
            }
            // "le lac" but not "un lac", "son lac"
            return ctx
                .prev_word(p)
                .is_none_or(|a| {
                    matches!(&*ctx.f(a), "le" | "la" | "l" | "du" | "au" | "aux" | "des")
                })
                .then_some(p);
        }
        if !matches!(&*f, "de" | "du" | "des" | "aux" | "la" | "l" | "d") {
            return None;
        }
        j = p;
    }
    None
}

fn org_cue_in(ctx: &Ctx, words: &[usize]) -> bool {
    words.iter().any(|&k| ctx.is(k, lex::ORG_CUE))
}

/// Name prefixes followed by a capital in people's names ("McDonald", "DeVos").
const NAME_PREFIXES: &[&str] = &[
    "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "O",
];

/// Whether the word `k` may be [`org_shaped`]: an ASCII word is so only with a hyphen or a
/// capital after its first letter, told by comparing its bytes with their lowercase (a
/// vectorised compare, no loop over its bytes); any other word is asked in full. `hyphen`:
/// whether the word's run holds one ([`words_run`] asked it once: no word's own search then).
#[inline]
fn may_be_org_shaped(ctx: &Ctx, k: usize, hyphen: bool) -> bool {
    let t = &ctx.toks[k];
    if !t.ascii {
        return true;
    }
    let text = &ctx.text.as_bytes()[t.start..t.end];
    hyphen && text.contains(&b'-') || text.get(1..) != ctx.lower.get(t.start + 1..t.end)
}

/// Organisation-shaped word: an internal capital after lowercase letters
/// ("PitchBook", "FranceAgriMer"), an acronym joined to a name ("SUD-Rail",
/// "CGT-Cheminots") or a name joined to "France" ("Météo-France").
pub fn org_shaped(w: &str) -> bool {
    // (an ASCII word without a hyphen nor a capital after its first letter, most words, has
    // no internal capital: no char to decode)
    // (nor has any other word without a hyphen and without a capital after its first char:
    // "Hérault", "Élysée" are answered without the loop below)
    // (one pass over the bytes first: an ASCII word with neither, most words, is refused
    // there; a byte outside ASCII asks the chars)
    if !w
        .bytes()
        .enumerate()
        .any(|(i, b)| b == b'-' || !b.is_ascii() || i > 0 && b.is_ascii_uppercase())
    {
        return false;
    }
    if !w.as_bytes().contains(&b'-')
        && !w.chars().skip(1).any(|c| {
            if c.is_ascii() {
                c.is_ascii_uppercase()
            } else {
                c.is_uppercase()
            }
        })
    {
        return false;
    }
    // (a word without a hyphen, most of them, is one segment: no list of segments for it)
    if w.contains('-') {
        let segs: Vec<&str> = w.split('-').collect();
        let caps = |x: &str| {
            x.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && x.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        };
        let titled = |x: &str| {
            x.starts_with(char::is_uppercase) && x.chars().skip(1).any(char::is_lowercase)
        };
        if segs.iter().any(|x| caps(x)) && segs.iter().any(|x| titled(x)) {
            return true;
        }
        let n = segs.len();
        if segs[n - 1] == "France" && titled(segs[n - 2]) {
            return true;
        }
    }
    let mut prev_lower = false;
    for (i, c) in w.char_indices() {
        if c.is_uppercase()
            && prev_lower
            && !NAME_PREFIXES.contains(&&w[..i])
            && !w[..i].contains('-')
        {
            return true;
        }
        prev_lower = c.is_lowercase();
        if !c.is_alphabetic() {
            prev_lower = false;
        }
    }
    false
}

/// Cue words that name venues as often as institutions ("Centre Court").
const VENUE_HEADS: &[&str] = &["court", "centre", "center"];
/// Words that make a "Court" a court of law.
const LAW_COURT: &[&str] = &[
    "supreme",
    "high",
    "district",
    "appeals",
    "appeal",
    "criminal",
    "federal",
    "constitutional",
    "crown",
    "county",
    "circuit",
    "magistrates",
    "family",
    "tax",
    "bankruptcy",
    "superior",
    "international",
    "justice",
    "claims",
    "administrative",
    "commercial",
    // (round 66) "The Land and Environment Court on Friday fined…", "the Planning and
    // Environment Court", "the Employment Court"
    "environment",
    "planning",
    "land",
    "labour",
    "labor",
    "industrial",
    "employment",
    "youth",
    "juvenile",
    "probate",
    "sheriff",
    "coroners",
];

/// "Centre Court", "Court Philippe-Chatrier" → place; "High Court", "Court of
/// Appeal", "Centre for Policy Studies" → organisation.
fn venue(ctx: &Ctx, run: &[Item], words: &[usize]) -> Option<EntityKind> {
    let pos = words
        .iter()
        .position(|&k| VENUE_HEADS.contains(&&*ctx.f(k)))?;
    if words.len() < 2 {
        return None;
    }
    // (the words folded, for the court's tests: only a run holding a venue's noun gets here)
    let folded_buf: smallvec::SmallVec<[std::borrow::Cow<str>; 4]> =
        words.iter().map(|&k| ctx.f(k)).collect();
    let folded: &[std::borrow::Cow<str>] = &folded_buf;
    let is_court = folded[pos] == "court";
    let followed_by_conn = run.iter().any(
        |i| matches!(*i, Item::Conn(j) if matches!(&*ctx.f(j), "of" | "for" | "de" | "du" | "des")),
    );
    if followed_by_conn
        || (is_court && folded.iter().any(|f| LAW_COURT.contains(&&**f)))
        || (is_court && super::courts::court_of_law(ctx, run, folded, pos))
    {
        return Some(EntityKind::Organization);
    }
    Some(EntityKind::Place)
}

/// A second comma closes the apposition opened after `last` within a few tokens.
fn closed_apposition(ctx: &Ctx, last: usize) -> bool {
    for j in last + 2..(last + 14).min(ctx.toks.len()) {
        match ctx.w(j) {
            "," => return true,
            "." | ";" | ":" | "!" | "?" => return false,
            _ => {}
        }
    }
    false
}

/// (round 67) "would send a team to Hoima and Kikuube": a lone name straight after "to",
/// "into" or "towards" (or after "and" behind one that does) may be where someone goes: the
/// body a noun further back ("team") seems to introduce gives way to a place cue for the name
/// elsewhere ("sold its unit to Halvex" stays a firm).
fn goes_to(ctx: &Ctx, ft: usize) -> bool {
    let motion = |k: usize| {
        k > 0
            && !ctx.toks[k - 1].cap
            && matches!(ctx.w(k - 1), "to" | "into" | "towards" | "toward")
    };
    motion(ft)
        || ft >= 3
            && matches!(ctx.w(ft - 1), "and" | "or")
            && ctx.toks[ft - 2].cap
            && !ctx.toks[ft - 2].initial
            && motion(ft - 2)
}

/// A preposition of place other than a bare "à"/"in" before the name at `ft` ("jusqu’à",
/// "vers", "près de", "entre … et"): "à La Dépêche" may be said to a newspaper.
fn place_prep_not_a(ctx: &Ctx, ft: usize, lt: usize) -> bool {
    let p0 = ctx.prev_word(ft);
    let f0 = fw(ctx, p0);
    let f1 = fw(ctx, p0.and_then(|p| ctx.prev_word(p)));
    (place_before(ctx, ft) && (!matches!(&*f0, "a" | "in") || f1 == "jusqu"))
        || between_places(ctx, ft, lt)
}

/// In French, a lone unknown word with a people's suffix ("Montiliens", "Béarnais", "Lyonnais")
/// after a plural or indefinite article, or before "de N ans", names a place's people: "les
/// Vésuliens méritaient mieux", "un Lyonnais de 34 ans" ("le Lyonnais" alone is a region).
fn inhabitants(ctx: &Ctx, k: usize, prev: Option<usize>, next: Option<usize>) -> bool {
    const SUFFIXES: &[&str] = &["iens", "iennes", "ais", "aises", "ois", "oises"];
    if ctx.lang != crate::extract::types::Lang::Fr || ctx.toks[k].allcaps {
        return false;
    }
    let f = ctx.f(k);
    if f.chars().count() < 6 || !SUFFIXES.iter().any(|s| f.ends_with(s)) {
        return false;
    }
    let article = prev.is_some_and(|p| {
        (!ctx.toks[p].cap || ctx.toks[p].initial)
            && matches!(&*ctx.f(p), "les" | "des" | "aux" | "un" | "une")
    });
    let aged = next.is_some_and(|n| {
        ctx.f(n) == "de"
            && ctx
                .next_word(n)
                .is_some_and(|a| ctx.w(a).starts_with(|c: char| c.is_ascii_digit()))
    });
    article || aged
}

/// "M’Hamed Ben Ali", "N’Famara Keita": a given name (or a name of filiation) after the capital
/// N, M or D and the apostrophe joined to it (round 52, rev52: the letter alone is no given
/// name, now that a sentence's "N’X" joins).
fn elided_given_name(ctx: &Ctx, words: &[usize]) -> bool {
    ctx.f(words[0]).len() == 1
        && words.len() >= 3
        && words[1] == words[0] + 2
        && matches!(ctx.w(words[0] + 1), "’" | "'")
        && (ctx.given(words[1]) || super::origins::filiation_name(ctx, &words[1..]))
}

/// (Round 70) After the name's last word `lt`: a comma, one to three capitalised words, then
/// "-based" or "-headquartered" touching the last ("San Mateo, California-based", "Roma,
/// Queensland-based"): the name is the town of a "town, state-based" adjective.
fn town_state_based(ctx: &Ctx, lt: usize) -> bool {
    let rest = &ctx.text[ctx.toks[lt].end..];
    let Some(rest) = rest.strip_prefix(", ") else {
        return false;
    };
    // (a state's name of three words at most: the next 48 bytes, cut at a char's boundary)
    let mut cut = rest.len().min(48);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = &rest[..cut];
    let Some(dash) = rest.find(['-', '\u{2011}']) else {
        return false;
    };
    let (state, after) = rest.split_at(dash);
    let words: Vec<&str> = state.split(' ').collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        && {
            let after = &after[after.chars().next().map_or(0, char::len_utf8)..];
            after.starts_with("based") || after.starts_with("headquartered")
        }
}

/// (Round 70) "the hamlet of", "the village of", "le village de", "le hameau de" straight
/// before `ft`.
fn settlement_of_before(ctx: &Ctx, ft: usize) -> bool {
    let Some(p) = ctx.prev_word(ft) else {
        return false;
    };
    matches!(&*ctx.f(p), "of" | "de" | "d")
        && ctx.prev_word(p).is_some_and(|q| {
            matches!(
                &*ctx.f(q),
                "hamlet" | "village" | "township" | "hameau" | "bourg" | "lieu-dit"
            )
        })
}

/// Words (folded) before "Schools" that make a school system's name, a body ("Northern Gateway
/// Public Schools", "Graham Local Schools", "Columbus City Schools"); "Schools" alone names no
/// body ("Teachers in Glasgow Schools").
const SCHOOL_SYSTEMS: &[&str] = &[
    "public",
    "local",
    "city",
    "county",
    "area",
    "community",
    "catholic",
    "unified",
    "consolidated",
    "regional",
    "township",
    "village",
    "exempted",
    "charter",
];

/// (Round 72) Word `k` is "Schools" after a word of [`SCHOOL_SYSTEMS`], both capitalised, and
/// a name's word before them: no common word, function word, day or title ("Many Catholic
/// Schools", "After Monday Regional Schools", "President Trump Public Schools"), no country
/// ("In Kenya Public Schools reopened").
pub(super) fn school_system(ctx: &Ctx, k: usize) -> bool {
    if k < 2
        || ctx.w(k) != "Schools"
        || !ctx.toks[k - 1].cap
        || !SCHOOL_SYSTEMS.contains(&&*ctx.f(k - 1))
    {
        return false;
    }
    let n = k - 2;
    let t = &ctx.toks[n];
    t.kind == TokKind::Word
        && t.cap
        && !super::classify::is_noise(ctx, n)
        && !ctx
            .prev_word(n)
            .is_some_and(|p| ctx.toks[p].cap && ctx.is(p, lex::TITLE))
        && !super::gazetteer::place_hit(ctx.w(n)).is_some_and(|h| GAZ.entries[h.entry].nation)
        // (nor a nation's adjective or a state: "the great English Public Schools", "Florida
        // Public Schools" in general)
        && !super::gazetteer::is_demonym(ctx.w(n))
        && !super::state_names::is_state(ctx.w(n))
}

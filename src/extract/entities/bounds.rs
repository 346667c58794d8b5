//! Where a name starts and ends (round 28): a count opening a sentence, partners listed
//! before a firm's word, a person's name before "of" and the body she works for, a French
//! département's number after a service's name.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::GAZ;
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};

/// A counting word of two and more, in either language ("Two", "Trois", "Dozens").
fn count_word(w: &str) -> bool {
    // (an ASCII word, lowercased on the stack, looked up among the number words worth two and
    // more: two scans of the number tables, English then French, cost some three hundred
    // instructions at each run opening a sentence; `count_word_by_value` is the reference)
    static COUNTS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static [u8]>> =
        std::sync::LazyLock::new(|| {
            crate::extract::figures::number::number_words()
                .filter(|&(_, v)| v >= 2)
                .map(|(w, _)| w.as_bytes())
                .collect()
        });
    if !w.is_ascii() {
        return count_word_by_value(w);
    }
    let mut buf = [0u8; 12];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    COUNTS.contains(&*lower) || PLURAL_COUNTS.contains(&w)
}

/// Plural nouns of counting that open a sentence as a count ("Dozens of…", "Des milliers…" is
/// lowercase).
const PLURAL_COUNTS: &[&str] = &[
    "Dozens",
    "Hundreds",
    "Thousands",
    "Dizaines",
    "Centaines",
    "Milliers",
];

/// [`count_word`] by the number words' values, in either language.
fn count_word_by_value(w: &str) -> bool {
    use crate::extract::figures::number::word_value;
    word_value(w, Lang::En)
        .or_else(|| word_value(w, Lang::Fr))
        .is_some_and(|v| v >= 2)
        || PLURAL_COUNTS.contains(&w)
}

/// The run opens the sentence with a count and a capitalised word after it ("Two Liberal
/// Democrat councillors", "Trois élus Verts"): the count is no part of the name.
pub fn count_opens(ctx: &Ctx, run: &[Item]) -> bool {
    // (asked at every run: sentence-initial first)
    matches!(run.first(), Some(&Item::Word(k)) if ctx.toks[k].initial)
        && matches!(run.get(1), Some(Item::Word(_) | Item::Gaz { .. }))
        && matches!(run[0], Item::Word(k) if count_word(ctx.w(k)))
}

/// Words that end a partnership's name after "&", "and" or "et".
pub const FIRM_TAILS: &[&str] = &[
    "Associés",
    "Associées",
    "Associates",
    "Partners",
    "Fils",
    "Sons",
    "Frères",
    "Co",
    "Cie",
];

/// At "," (`k`) right after a run of one or two plain capitalised words: more partners'
/// names, each one capitalised word after a comma, then "&", "and" or "et" and a firm's word
/// ("Seck, Mbaye & Associés", "Dewey, Cheatham and Partners"): the index of that word, the
/// end of one firm's name.
pub fn partners_firm_end(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    if !(1..=2).contains(&run.len())
        || !run.iter().all(|i| {
            matches!(*i, Item::Word(j) if toks[j].cap && !toks[j].allcaps
                && !ctx.is(j, lex::FUNCTION_WORD | lex::TITLE | lex::ORG_CUE))
        })
        || !matches!(run.last(), Some(&Item::Word(j)) if j + 1 == k)
    {
        return None;
    }
    let plain = |j: usize| plain_word(ctx, masked, j, lex::FUNCTION_WORD | lex::TITLE);
    let mut j = k;
    // ", Name" once or twice ("D’Souza", "N’Zi": three tokens)
    for _ in 0..2 {
        if ctx.w(j) != "," || j + 1 >= toks.len() {
            return None;
        }
        if super::joins::letter_apostrophe_in_name(ctx, j + 1, masked) {
            j += 4;
        } else if plain(j + 1) {
            j += 2;
        } else {
            return None;
        }
        if j + 1 < toks.len() && matches!(ctx.w(j), "&" | "and" | "et") {
            let tail = j + 1;
            return (!masked[tail] && FIRM_TAILS.contains(&ctx.w(tail))).then_some(tail);
        }
        if j >= toks.len() {
            return None;
        }
    }
    None
}

/// Words that end a law firm's or a partnership's name ("Mutua Odhiambo Advocates").
const FIRM_WORDS: &[&str] = &[
    "Advocates",
    "Solicitors",
    "Attorneys",
    "Lawyers",
    "LLP",
    "Partners",
    "Associates",
];

/// At "of" (`k`) right after a run of two plain capitalised words (no known name, no cue):
/// two or three plain capitalised words ending in a firm's word ("Esther Achieng of Mutua
/// Odhiambo Advocates"): a person and the firm she speaks for, two names. The index of the
/// firm's last word.
pub fn firm_after_person(ctx: &Ctx, run: &[Item], k: usize, masked: &[bool]) -> Option<usize> {
    let toks = ctx.toks;
    let [Item::Word(g), Item::Word(s)] = *run else {
        return None;
    };
    let plain = |j: usize| {
        plain_word(
            ctx,
            masked,
            j,
            lex::NOISE | lex::ORG_CUE | lex::PLACE_CUE | lex::OTHER_CUE,
        )
    };
    if s + 1 != k || g + 1 != s || ctx.w(k) != "of" || !plain(g) || !plain(s) {
        return None;
    }
    let mut j = k + 1;
    while j < k + 4 && plain(j) && !FIRM_WORDS.contains(&ctx.w(j)) {
        j += 1;
    }
    // (two or three words: the firm's word may be written in capitals, "LLP")
    (j >= k + 2 && j < toks.len() && !masked[j] && FIRM_WORDS.contains(&ctx.w(j))).then_some(j)
}

/// (Round 64) At "of" (`k`) right after a run of a known given name and one capitalised word
/// (a plain word or a one-word known place: "Stephen Preston"), no cue among them: the person,
/// and after "of" whom she speaks for or where she is from ("said Nasrin Akhter of Nodi Bachao
/// Andolon", "Stephen Preston of the Vancouver firm X").
pub fn person_before_of(
    ctx: &Ctx,
    hits: &[super::gazetteer::GazHit],
    run: &[Item],
    k: usize,
) -> bool {
    let (g, s) = match *run {
        [Item::Word(g), Item::Word(s)] => (g, s),
        [Item::Word(g), Item::Gaz { hit, first, last }]
            if first == last
                && !hits[hit].demonym
                && GAZ.entries[hits[hit].entry].kind == EntityKind::Place =>
        {
            (g, first)
        }
        _ => return false,
    };
    if ctx.w(k) != "of" || g + 1 != s || s + 1 != k || ctx.toks[g].initial {
        return false;
    }
    let f = ctx.f(g);
    let cue = lex::TITLE | lex::ORG_CUE | lex::PLACE_CUE | lex::OTHER_CUE | lex::FUNCTION_WORD;
    // (one word after "of" is most often the person's town, read with the whole run: "Tom
    // Hale of Marshfield"; two capitalised words or "the" open a body's name)
    let body = ctx.toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Word)
        && (ctx.w(k + 1) == "the"
            || (ctx.toks[k + 1].cap
                && ctx
                    .toks
                    .get(k + 2)
                    .is_some_and(|t| t.kind == TokKind::Word && t.cap)));
    let said = ctx.prev_word(g).is_some_and(|p| ctx.is(p, lex::SAID));
    // ("analysts at Charles Schwab of San Francisco": after a preposition, a firm named after
    // its founder as often)
    if ctx.prev_word(g).is_some_and(|p| {
        !ctx.toks[p].cap
            && matches!(
                ctx.w(p),
                "at" | "with" | "from" | "for" | "of" | "to" | "by" | "on" | "in"
            )
    }) {
        return false;
    }
    body && (said || ctx.given(g) || GAZ.sets.more_given_names.contains(&f))
        && !ctx.toks[g].allcaps
        && !ctx.toks[s].allcaps
        && ctx.toks[s].cap
        && !ctx.is(g, cue)
        && !ctx.is(s, cue)
}

/// At a number `k` of two digits right after a run of one local public body's acronym or known
/// organisation ("le SAMU 65 et", "du Samu 25 pour"): in French, the service's département, part of its
/// name, when a link word or a punctuation mark (no dash, no unit) follows.
pub fn department_number(
    ctx: &Ctx,
    hits: &[super::gazetteer::GazHit],
    run: &[Item],
    k: usize,
) -> bool {
    let toks = ctx.toks;
    let t = &toks[k];
    if ctx.lang != Lang::Fr
        || t.end - t.start != 2
        || !ctx.w(k).bytes().all(|b| b.is_ascii_digit())
        || run.len() != 1
        || super::classify::last_tok(&run[0]) + 1 != k
    {
        return false;
    }
    let named = match run[0] {
        // (a kind of local public body, in capitals or not: "SAMU 65", "Samu 25")
        Item::Word(j) => super::classify::LOCAL_BODIES_FR
            .iter()
            .any(|b| b.eq_ignore_ascii_case(ctx.w(j))),
        Item::Gaz { hit, .. } => {
            !hits[hit].demonym && GAZ.entries[hits[hit].entry].kind == EntityKind::Organization
        }
        Item::Conn(_) => false,
    };
    named
        && match toks.get(k + 1) {
            None => true,
            // (no dash or unit: "ATR 72-600", "CAC 40 %"; no decimal: "25,5")
            Some(n) if n.kind == TokKind::Punct => {
                !matches!(ctx.w(k + 1), "-" | "–" | "%" | "/" | "°")
                    && !toks.get(k + 2).is_some_and(|d| {
                        d.start == n.end
                            && ctx.text[d.start..d.end].bytes().all(|b| b.is_ascii_digit())
                    })
            }
            Some(n) => n.kind == TokKind::Word && !n.cap && ctx.is(k + 1, lex::FUNCTION_WORD),
        }
}

/// Word `j` is a plain capitalised word (not in capitals, not masked, none of the lexicon's
/// classes `not`).
pub(super) fn plain_word(ctx: &Ctx, masked: &[bool], j: usize, not: u16) -> bool {
    let toks = ctx.toks;
    j < toks.len()
        && !masked[j]
        && toks[j].kind == TokKind::Word
        && toks[j].cap
        && !toks[j].allcaps
        && !ctx.is(j, not)
}

#[cfg(test)]
mod count_word_tests {
    use proptest::prelude::*;

    use super::{count_word, count_word_by_value};

    /// Every number word of both tables and the plurals, with words near them.
    const WORDS: &[&str] = &[
        "zero",
        "zéro",
        "one",
        "un",
        "une",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "vingt",
        "vingts",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "septante",
        "huitante",
        "octante",
        "nonante",
        "cent",
        "cents",
        "mille",
        "Dozens",
        "Hundreds",
        "Thousands",
        "Dizaines",
        "Centaines",
        "Milliers",
        "dozens",
        "DOZENS",
        "Twos",
        "Tw",
        "Mil",
        "Millier",
        "Seventeens",
        "Quatre-vingts",
        "ZÉRO",
        "Zéro",
        "Deuxième",
        "Thousandths",
        "",
    ];

    /// The word as written, capitalised and in capitals.
    fn cased(w: &str) -> [String; 3] {
        let mut c = w.chars();
        let cap = c
            .next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default();
        [w.to_string(), cap, w.to_uppercase()]
    }

    #[test]
    fn number_words_count_as_their_values_say() {
        for w in WORDS {
            for c in cased(w) {
                assert_eq!(count_word(&c), count_word_by_value(&c), "{c:?}");
            }
        }
        assert!(count_word("Two") && count_word("TROIS") && count_word("Milliers"));
        assert!(!count_word("One") && !count_word("Une") && !count_word("Zéro"));
    }

    proptest! {
        #[test]
        fn any_word_counts_as_its_value_says(
            w in "[A-Za-zéÉ-]{0,14}",
            pick in 0usize..WORDS.len(),
            suffix in "[a-zs]{0,2}",
        ) {
            prop_assert_eq!(count_word(&w), count_word_by_value(&w), "{}", w);
            for c in cased(&format!("{}{}", WORDS[pick], suffix)) {
                prop_assert_eq!(count_word(&c), count_word_by_value(&c), "{}", c);
            }
        }
    }
}

//! (Round 70) Towns and villages of every country: GeoNames' populated places of 1,000 people
//! or more (`assets/gazetteer/towns.txt`, made by `scripts/towns.py`), folded, one a line,
//! sorted. Regional news names many small places no other list holds ("Anderlues",
//! "Lusignan", "Comines", "Dunkwa"); a name the rules found no cue for is read a place when
//! the list holds it, instead of the default guess (an organisation for one word, a person for
//! two or three). The list is asked of nothing else: a cue of any kind is stronger. Such a
//! guess is marked `soft`: the merge reads it as a firm's short name when a firm's name opens
//! with it ("Northwoods Berry Partners LLC … to Northwoods"), as a person's surname named
//! again, and drops it when it is the surname of several people named in full.

use super::candidates::{Cand, Item};
use super::classify::{Ctx, lex};
use super::gazetteer::GAZ;
use super::text::TokKind;
use crate::extract::types::{EntityKind, Lang};
use std::sync::LazyLock;

const TOWNS: &str = include_str!("../../../assets/gazetteer/towns.txt");

/// The lines of [`TOWNS`], in the file's (byte) order.
static LIST: LazyLock<Vec<&'static str>> = LazyLock::new(|| TOWNS.lines().collect());

/// Builds the list now ([`super::warm_up`]).
pub fn warm_up() {
    LazyLock::force(&LIST);
}

/// The folded name `f` is a town of the list.
pub fn is_town(f: &str) -> bool {
    LIST.binary_search(&f).is_ok()
}

/// The words `words` (one to three, plain capitalised ones) spell a town of the list and the
/// words around them leave a town's reading open ([`town_context`]); no two or three words
/// opening with a given name ("Benito Juarez", "Belisario Dominguez": a person's full name, a
/// town's too).
pub fn run_is_town(ctx: &Ctx, words: &[usize]) -> bool {
    !words.is_empty()
        && words.len() <= 3
        && town_context(ctx, words[0], words[words.len() - 1])
        && !(words.len() > 1 && GAZ.sets.any_given(&ctx.f(words[0])))
        && is_listed_town(ctx, words)
}

/// The words `words` spell a town of the list, whatever the words around them: folded and
/// joined as the text joins them (a space or a hyphen); "St"/"St." read "saint" as the list
/// spells it ("St George", "St. Albans").
pub fn is_listed_town(ctx: &Ctx, words: &[usize]) -> bool {
    let mut key = String::with_capacity(32);
    for (i, &k) in words.iter().enumerate() {
        if i > 0 {
            let gap = &ctx.text[ctx.toks[words[i - 1]].end..ctx.toks[k].start];
            match gap {
                "-" => key.push('-'),
                " " | "\u{a0}" => key.push(' '),
                ". " if i == 1 && key == "saint" => key.push(' '),
                _ => return false,
            }
        }
        let f = ctx.f(k);
        if i == 0 && words.len() > 1 && matches!(&*f, "st" | "st.") {
            key.push_str("saint");
        } else {
            key.push_str(&f);
        }
    }
    is_town(&key)
}

/// The run `run` pushed a place guessed from the list alone (`soft`, see above).
pub fn push_town(ctx: &Ctx, run: &[Item], strength: u8, out: &mut Vec<Cand>) {
    let from = out.len();
    super::classify::push(ctx, run, EntityKind::Place, strength, out);
    out[from..].iter_mut().for_each(|c| c.soft = true);
}

/// (Round 70) `run` opens with "Le"/"La"/"Les" and one or two plain capitalised words (no
/// lexicon word: "La Chambre", "Le Conseil") that spell, with the article, a town of the list:
/// the number of the run's items they take.
pub fn article_town(ctx: &Ctx, run: &[Item]) -> Option<usize> {
    let art = match run.first()? {
        Item::Word(k) | Item::Conn(k) => *k,
        Item::Gaz { .. } => return None,
    };
    if !matches!(ctx.w(art), "Le" | "La" | "Les") {
        return None;
    }
    let mut toks: smallvec::SmallVec<[usize; 3]> = smallvec::smallvec![art];
    for it in run[1..].iter().take(2) {
        match *it {
            Item::Word(k) if ctx.toks[k].cap && !ctx.is(k, lex::IN_LEXICON) => toks.push(k),
            _ => break,
        }
    }
    // (the longest spelling first: "Les Riceys Hautes" before "Les Riceys")
    while toks.len() >= 2 {
        if run_is_town(ctx, &toks) {
            return Some(toks.len());
        }
        toks.pop();
    }
    None
}

/// Whether the words around the name (`first` to `last`) leave a town's reading open: not in
/// English before a lowercase word other than a function word (a modifier: "the Hanson
/// logboat"), not before a verb of saying nor after "selon" or "according to" (a person:
/// "Grimsley said", "selon Takahashi"), not in French after a lowercase noun with no
/// preposition (an eponym: "l’affaire Benalla", "la loi Molac", "le film Anora").
fn town_context(ctx: &Ctx, first: usize, last: usize) -> bool {
    if let Some(n) = ctx.toks.get(last + 1)
        && n.kind == TokKind::Word
        && ctx.text[ctx.toks[last].end..n.start] == *" "
    {
        if ctx.is(last + 1, lex::SAID) {
            return false;
        }
        if ctx.lang == Lang::En && !n.cap && !ctx.is(last + 1, lex::FUNCTION_WORD) {
            return false;
        }
    }
    if let Some(p) = ctx.prev_word(first) {
        let f = ctx.f(p);
        if &*f == "selon"
            || (&*f == "to" && ctx.prev_word(p).is_some_and(|q| &*ctx.f(q) == "according"))
        {
            return false;
        }
        if ctx.lang == Lang::Fr
            && p + 1 == first
            && !ctx.toks[p].cap
            && !ctx.is(p, lex::FUNCTION_WORD)
        {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_folded_and_holds_small_towns_not_common_words() {
        assert!(
            LIST.windows(2).all(|w| w[0] < w[1]),
            "towns.txt must be sorted, no repeats"
        );
        assert!(LIST.iter().all(|t| *t == super::super::text::fold(t)));
        for t in ["anderlues", "lusignan", "comines", "dunkwa", "saint george"] {
            assert!(is_town(t), "{t}");
        }
        // (dictionary words, given names and gazetteer names are left out by the script)
        for t in [
            "enterprise",
            "orange",
            "reform",
            "centre",
            "paris",
            "london",
            "marie",
        ] {
            assert!(!is_town(t), "{t}");
        }
    }
}

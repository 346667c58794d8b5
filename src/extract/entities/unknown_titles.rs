//! (Round 69) Titles no list holds: "Registrar Jacob Shikuku", "Ombudsperson Anjali Meena",
//! "Tehsildar Ramesh Kumar". A capitalised word or two that no list knows (no given name of
//! either list, not in capitals), then a known given name and one or two more words: the
//! words before the given name are the person's title, and the person's name starts at the
//! given name. Without this reading the whole run was one name with no given
//! name first, taken for a person by default, then for an organisation when never named
//! again.

use super::candidates::Item;
use super::classify::{Ctx, lex};
use super::gazetteer::GAZ;

/// Openings of towns' and places' names that a given name follows ("San Pedro Sula", "Fort
/// William Henry", "Puerto Ricardo Flores"): folded.
const PLACE_OPENINGS: &[&str] = &[
    "san", "santa", "santo", "sao", "saint", "sainte", "st", "ste", "sankt", "fort", "port",
    "puerto", "porto", "mount", "mont", "lake", "cape", "cap", "villa", "vila", "ciudad", "bahia",
    "isla", "ile", "lac", "camp", "point", "glen", "new", "north", "south", "east", "west",
    "upper", "lower", "great", "little", "greater",
];

/// Endings of the nouns of offices and trades, folded ("registrar", "curator",
/// "ombudsperson", "tehsildar", "commissioner", "superintendent", "magistrate", "trustee",
/// "bailiff", "provost", "rapporteur", "conciliatrice"): a word no given name list holds
/// that ends so is read as a title, not as the first of a person's names ("Musa Ibrahim
/// Danjuma", "Koffi Sylvain Ahoua", "Syahrul Nizam Abdul Latif" end in none of them; only
/// "-rar" and "-dar" of the "-ar" nouns: "Zulfikar", "Mukhtar", "Itamar" are first names).
const TITLE_ENDINGS: &[&str] = &[
    "rar", "dar", "or", "er", "ist", "ent", "ant", "ian", "eur", "euse", "ier", "iere", "aire",
    "ien", "ienne", "person", "man", "woman", "ary", "ate", "iff", "ost", "ee", "trice",
];

/// (Round 70) Offices and honorifics whose nouns end like none of [`TITLE_ENDINGS`] and that
/// are surnames or names' words too ("Reeve Darlene Selkirk", "Madam Akosua Serwaa" but
/// "Christopher Reeve", "Madame Bovary", "Madame Tussauds"): read as a title only here, before
/// a known given name, never as a lexicon title anywhere.
const OFFICES: &[&str] = &["reeve", "warden", "madam", "madame"];

/// The index in `words` where a person's name starts after an unknown title, if `run` (plain
/// words only, three to five, touching) reads so.
pub(super) fn name_after_unknown_title(ctx: &Ctx, run: &[Item], words: &[usize]) -> Option<usize> {
    if words.len() != run.len() || !(3..=5).contains(&words.len()) {
        return None;
    }
    if words.windows(2).any(|w| w[1] != w[0] + 1) {
        return None;
    }
    // (a headline capitalises every word: "Influencer Andrew Tate Arrested"; a title before
    // makes the word after it the first name: "prime minister Zulfikar Ali Bhutto")
    if ctx.heading
        || ctx
            .prev_word(words[0])
            .is_some_and(|p| ctx.is(p, lex::TITLE))
    {
        return None;
    }
    // (after one of the [`OFFICES`], a given name of the longer list too: "Reeve Darlene
    // Selkirk")
    let p = (1..=2).find(|&p| {
        ctx.given(words[p])
            || (OFFICES.contains(&&*ctx.f(words[p - 1]))
                && GAZ.sets.more_given_names.contains(&ctx.f(words[p])))
    })?;
    let (title, name) = words.split_at(p);
    if !(2..=3).contains(&name.len()) {
        return None;
    }
    let plain = |k: usize| {
        ctx.toks[k].cap
            && !ctx.toks[k].allcaps
            && !ctx.is(k, lex::IN_LEXICON)
            && ctx.w(k).chars().count() >= 2
            && !matches!(ctx.w(k), "Jr" | "Sr")
    };
    let title_ok = title.iter().all(|&k| {
        !GAZ.sets.any_given(&ctx.f(k))
            && !ctx.toks[k].allcaps
            && !ctx.is(k, lex::IN_LEXICON)
            && !PLACE_OPENINGS.contains(&&*ctx.f(k))
            && ctx.w(k).chars().count() >= 2
            && !ctx.w(k).bytes().any(|b| b.is_ascii_digit())
    });
    let shaped = title.last().is_some_and(|&k| {
        let f = ctx.f(k);
        TITLE_ENDINGS.iter().any(|e| f.ends_with(e)) || OFFICES.contains(&&*f)
    });
    (title_ok && shaped && name.iter().all(|&k| plain(k))).then_some(p)
}

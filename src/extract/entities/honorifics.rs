//! Honorifics of two words (round 33): Malaysian and Singaporean styles ("Tan Sri", "Toh
//! Puan", "Datuk Seri", "Dato’ Sri") stand before a name like one title; the person is the
//! name after them, not a run opening with "Tan" or "Sri".

use super::candidates::Item;
use super::classify::Ctx;

/// First words that a second honorific word completes ("Tan Sri", "Toh Puan", "Datuk Seri"),
/// capitalised or in capitals (compared as bytes: no folding on this path).
fn first_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"Tan"
            | b"TAN"
            | b"Toh"
            | b"TOH"
            | b"Datuk"
            | b"DATUK"
            | b"Dato"
            | b"DATO"
            | b"Datin"
            | b"DATIN"
    )
}

/// Second words of the pairs ("Sri", "Seri", "Puan"); never a title alone ("Sri Lanka",
/// "Sri Mulyani" stay as they are).
fn second_word(w: &[u8]) -> bool {
    matches!(w, b"Sri" | b"SRI" | b"Seri" | b"SERI" | b"Puan" | b"PUAN")
}

/// The items a two-word honorific at item `i` of `run` covers, with a name after it: 2 for
/// "Tan Sri X" at "Tan"; 1 for "Sri X" straight after "Datuk"/"Dato’" (the first word already
/// a title, or left before the run by the apostrophe); 0 otherwise.
#[inline]
pub fn compound_honorific(ctx: &Ctx, run: &[Item], i: usize) -> usize {
    // (a name must follow: the last item opens no honorific)
    let (Item::Word(k), true) = (run[i], i + 1 < run.len()) else {
        return 0;
    };
    let w = ctx.w(k).as_bytes();
    let name_after = |n: usize| matches!(run.get(i + n), Some(Item::Word(_) | Item::Gaz { .. }));
    if second_word(w) {
        // the first word straight before, or before an apostrophe glued to it ("Dato’ Sri")
        let mut p = k;
        if p >= 2
            && matches!(ctx.w(p - 1), "'" | "’")
            && ctx.toks[p - 1].start == ctx.toks[p - 2].end
        {
            p -= 1;
        }
        return usize::from(p >= 1 && first_word(ctx.w(p - 1).as_bytes()) && name_after(1));
    }
    if first_word(w)
        && matches!(run.get(i + 1), Some(Item::Word(s)) if *s == k + 1 && second_word(ctx.w(*s).as_bytes()))
        && name_after(2)
    {
        return 2;
    }
    0
}

//! The English year pattern read by hand at each year [`year_windows`] found, instead of
//! searched over the year's window: each search cost a lazy DFA's run and its capture groups
//! (about 3.5k instructions), and most blocks of English text name a year or two.
//!
//! [`year_windows`]: super::year_windows

use super::DateHit;
use super::months::word_before;

/// The words of the English year pattern, ASCII-lowercased (it takes them in any case; none
/// ends another, so at most one stands before a year).
const YEAR_CUES: [&str; 21] = [
    "in", "since", "by", "until", "from", "to", "and", "of", "before", "after", "early", "late",
    "mid", "end", "during", "through", "between", "or", "the", "year", "season",
];

/// What `(?i)\b(?:in|since|…|season)[\s-]+(YEAR)\b` matches at the years `windows` gives (as
/// (where a search may start, the year's end): its four ASCII digits, a word boundary after
/// them), in `text` (`lower` ASCII-lowercased, with no char `(?i)` folds to an ASCII letter):
/// a match is a word of the list, after a word boundary and at or after the end of the match
/// before, then a run of white space or hyphens, then the year. A match whose year a number's
/// tail follows is refused ([`number_tail`]) but still ends where the next may start.
///
/// [`number_tail`]: super::super::year_tails::number_tail
pub(super) fn year_dates(
    text: &str,
    lower: &[u8],
    windows: &[(usize, usize)],
    hits: &mut Vec<DateHit>,
) {
    let mut after = 0;
    for &(_, end) in windows {
        let year = end - 4;
        let run = text[..year]
            .trim_end_matches(|c: char| c.is_whitespace() || c == '-')
            .len();
        if run == year || word_before(lower, run, &YEAR_CUES, after).is_none() {
            continue;
        }
        after = end;
        if super::super::year_tails::number_tail(&text[end..]) {
            continue;
        }
        hits.push(DateHit {
            start: year,
            end,
            value: Some(text[year..end].to_string()),
        });
    }
}

//! [`spelt_by`], in buffers on the stack, answers what the lists of lists of chars it
//! replaced answered.

use proptest::prelude::*;

use super::super::text::fold;
use super::*;

/// The former [`spelt_by`]: a list of chars a part, a list of lists, a table on the heap.
fn spelt_by_lists(words: &[(&str, bool)], letters: &str) -> bool {
    let l: Vec<char> = letters.chars().collect();
    let mut ws: Vec<Vec<char>> = Vec::new();
    let mut musts: Vec<bool> = Vec::new();
    for &(w, listed) in words {
        for (i, part) in w.split('-').filter(|s| !s.is_empty()).enumerate() {
            let cap = part.chars().next().is_some_and(char::is_uppercase);
            musts.push(cap || (listed && i == 0));
            ws.push(fold(part).chars().collect());
        }
    }
    let (nw, nl) = (ws.len(), l.len());
    let mut reach = vec![[false; 3]; (nw + 1) * (nl + 1)];
    let at = |i: usize, j: usize| i * (nl + 1) + j;
    reach[at(nw, nl)][0] = true;
    for i in (0..nw).rev() {
        let must = i == 0 || musts[i];
        for j in 0..=nl {
            let mut got = [false; 3];
            if !must {
                got = reach[at(i + 1, j)];
            }
            let mut k = 1;
            while k <= ws[i].len() && j + k <= nl && ws[i][k - 1] == l[j + k - 1] {
                let next = reach[at(i + 1, j + k)];
                for g in 0..3 {
                    if next[g] {
                        got[(g + 1).min(2)] = true;
                    }
                }
                k += 1;
            }
            reach[at(i, j)] = got;
        }
    }
    reach[at(0, 0)][2]
}

/// A name's words (each with whether it is listed after a comma), a short form, the answer.
type Case<'a> = (&'a [(&'a str, bool)], &'a str, bool);

#[test]
fn names_and_their_short_forms() {
    let cases: &[Case<'_>] = &[
        (
            &[
                ("Guild", false),
                ("of", false),
                ("Wales", false),
                ("Bee-Keepers", false),
            ],
            "gwbk",
            true,
        ),
        (
            &[
                ("Société", false),
                ("régionale", false),
                ("de", false),
                ("financement", false),
            ],
            "soref",
            true,
        ),
        (
            &[("Établissements", false), ("portuaires", false)],
            "ep",
            true,
        ),
        (
            &[
                ("Alliance", false),
                ("for", false),
                ("Safer", false),
                ("Lanes", false),
                ("long", true),
            ],
            "asl",
            false,
        ),
        (
            &[
                ("Alliance", false),
                ("for", false),
                ("Safer", false),
                ("Lanes", false),
                ("long", true),
            ],
            "asll",
            true,
        ),
        (
            &[
                ("Union", false),
                ("nationale", false),
                ("industrie", true),
                ("commerce", true),
                ("artisanat", true),
            ],
            "unica",
            true,
        ),
        (&[("Œuvre", false), ("Ouvrière", false)], "oeo", true),
        (&[("Word", false)], "w", false),
        (&[], "", false),
    ];
    for &(words, letters, want) in cases {
        assert_eq!(spelt_by(words, letters), want, "{words:?} {letters}");
        assert_eq!(
            spelt_by(words, letters),
            spelt_by_lists(words, letters),
            "{words:?} {letters}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn the_same_answers_as_lists_of_chars(
        words in prop::collection::vec(("[aAbBéÉœŒ-]{0,7}", any::<bool>()), 0..9),
        letters in "[abéeœo]{0,9}",
    ) {
        let words: Vec<(&str, bool)> = words.iter().map(|(w, l)| (w.as_str(), *l)).collect();
        prop_assert_eq!(spelt_by(&words, &letters), spelt_by_lists(&words, &letters));
    }

    #[test]
    fn the_same_answers_for_long_names(
        words in prop::collection::vec(("[aAbB]{1,12}", any::<bool>()), 10..30),
        letters in "[ab]{10,30}",
    ) {
        // (more parts, chars and cells than the buffers on the stack hold: they spill)
        let words: Vec<(&str, bool)> = words.iter().map(|(w, l)| (w.as_str(), *l)).collect();
        prop_assert_eq!(spelt_by(&words, &letters), spelt_by_lists(&words, &letters));
    }
}

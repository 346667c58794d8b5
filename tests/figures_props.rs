//! Property tests: the extractor never panics and its offsets are always valid.

use article_explorer::extract::figures::{EntitySpan, extract_figures};
use article_explorer::extract::{EntityKind, Lang};
use proptest::prelude::*;

fn check(blocks: &[&str], lang: Lang, ents: &[EntitySpan]) {
    let figs = extract_figures(blocks, lang, ents);
    let mut last = (0, 0);
    for (i, f) in figs.iter().enumerate() {
        let b = blocks[f.block()];
        assert!(f.start() <= f.end() && f.end() <= b.len());
        assert!(b.is_char_boundary(f.start()) && b.is_char_boundary(f.end()));
        assert!((f.block(), f.start()) >= last, "not sorted");
        last = (f.block(), f.start());
        if let Some(j) = f.same_as() {
            assert!(j < i);
        }
        assert!(f.amount.is_finite());
    }
}

/// Text made of the pieces the extractor reacts to, so that odd combinations are exercised.
fn pieces() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "1",
        "20",
        "4 300",
        "4\u{a0}300",
        "120\u{202f}000",
        "1,2",
        "1.5",
        "40,000",
        " ",
        "\u{a0}",
        "\u{202f}",
        "milliards",
        "milliard",
        "million",
        "billion",
        "bn",
        "B",
        "M",
        "m",
        "Md",
        "€",
        "$",
        "£",
        "US$",
        "C$",
        "d’euros",
        "de dollars",
        "euros",
        "cents",
        "pence",
        "p",
        "(",
        ")",
        "-",
        "–",
        "et",
        "à",
        "entre",
        "between",
        "and",
        "to",
        "from",
        "par",
        "by",
        "Google",
        "GPU",
        "jobs",
        "ans",
        "%",
        "e",
        "Quarante-deux",
        "vingt",
        "mille",
        "'s",
        "’",
        ".",
        ",",
        "é",
        "日本",
        "🙂",
        "soit",
        "raised",
        "0",
        "2025",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC*", t in ".*") {
        for lang in [Lang::Fr, Lang::En] {
            check(&[&s, &t], lang, &[]);
        }
    }

    #[test]
    fn figure_like_strings_never_panic(s in pieces(), a in 0usize..80, b in 0usize..80) {
        // Entity spans may be anywhere, even off char boundaries or past the end.
        let ents = vec![EntitySpan { name: "X".into(), kind: EntityKind::Organization, block: 0, start: a.min(b), end: a.max(b) }];
        for lang in [Lang::Fr, Lang::En] {
            check(&[&s], lang, &ents);
        }
    }
}

//! The issue's cases through the public API, with exact offsets.

use article_explorer::search::{
    Match, Query, QueryError, QueryMode, SearchIndex, fold_for_search, matches_text,
};

fn spans<'a>(text: &'a str, q: &str, mode: QueryMode) -> Vec<&'a str> {
    matches_text(text, &Query::new(q, mode))
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect()
}

#[test]
fn issue_cases() {
    use QueryMode::Literal as L;
    let cases: &[(&str, &str, &[&str])] = &[
        ("Le décret n° 2024-12", "decret", &["décret"]),
        ("Le decret", "décret", &[]),
        ("aux États-Unis", "etats-unis", &["États-Unis"]),
        ("une œuvre, une oeuvre", "oeuvre", &["œuvre", "oeuvre"]),
        ("une œuvre, une oeuvre", "œuvre", &["œuvre", "oeuvre"]),
        ("cæcum, caecum", "caecum", &["cæcum", "caecum"]),
        ("Straße, strasse", "strasse", &["Straße", "strasse"]),
        (
            "l’État, l‘état, lʼétat",
            "l'etat",
            &["l’État", "l‘état", "lʼétat"],
        ),
        ("10\u{a0}000\u{202f}€", "000 €", &["000\u{202f}€"]),
        (
            "Several\nwords  match\n\tacross",
            "several words match across",
            &["Several\nwords  match\n\tacross"],
        ),
        ("Europe europe EUROPE", "Europe", &["Europe"]),
        (
            "Europe europe EUROPE",
            "europe",
            &["Europe", "europe", "EUROPE"],
        ),
        ("décret decret Décret", "décret", &["décret", "Décret"]),
        ("décret decret Décret", "Décret", &["Décret"]),
        ("İzmir izmir", "izmir", &["İzmir", "izmir"]),
        ("ﬁnal final", "final", &["ﬁnal", "final"]),
        ("de\u{301}cret", "decret", &["de\u{301}cret"]),
        ("cafe\u{301}s", "cafe", &["cafe\u{301}"]),
        (
            "non\u{2011}stop non-stop",
            "non-stop",
            &["non\u{2011}stop", "non-stop"],
        ),
        ("anything", "", &[]),
    ];
    for (text, q, want) in cases {
        assert_eq!(spans(text, q, L), *want, "{q:?} in {text:?}");
    }
}

#[test]
fn exact_offsets_on_tricky_chars() {
    let blocks = ["xİx", "aßb", "œuvre", "ﬁn", "e\u{301}t\u{e9}"];
    let idx = SearchIndex::new(&blocks);
    let find = |q: &str| {
        idx.find(&blocks, &Query::new(q, QueryMode::Literal))
            .unwrap()
    };
    let m = |block, start, end| Match { block, start, end };
    assert_eq!(find("i"), vec![m(0, 1, 3)]);
    assert_eq!(find("ss"), vec![m(1, 1, 3)]);
    assert_eq!(find("oeu"), vec![m(2, 0, 3)]);
    assert_eq!(find("fin"), vec![m(3, 0, 4)]);
    assert_eq!(find("ete"), vec![m(4, 0, 6)]);
    assert_eq!(find("t"), vec![m(4, 3, 4)]);
}

#[test]
fn regex_mode() {
    use QueryMode::Regex as R;
    assert_eq!(
        spans("le décret, les décrets", r"d.crets?\b", R),
        ["décret", "décrets"]
    );
    assert_eq!(spans("Europe europe", "Eur.pe", R), ["Europe"]);
    assert_eq!(spans("Europe europe", "eur.pe", R), ["Europe", "europe"]);
    assert_eq!(spans("abc", "", R), Vec::<&str>::new());
    let q = Query::new("(unclosed", R);
    let err: &QueryError = q.error().unwrap();
    assert!(!err.to_string().contains('\n'));
    assert_eq!(SearchIndex::new(&["x"]).find(&["x"], &q), Err(err.clone()));
    assert!(matches_text("x", &q).is_empty());
}

#[test]
fn matches_never_span_blocks() {
    let blocks = ["fin du", "décret"];
    let idx = SearchIndex::new(&blocks);
    for (q, mode) in [
        ("du decret", QueryMode::Literal),
        (r"du\s+decret", QueryMode::Regex),
        ("u.d", QueryMode::Regex),
    ] {
        assert!(
            idx.find(&blocks, &Query::new(q, mode)).unwrap().is_empty(),
            "{q}"
        );
    }
}

#[test]
fn fold_for_search_is_exposed() {
    assert_eq!(
        fold_for_search("Élysée  Œuvre’s\u{a0}ﬁn"),
        "elysee oeuvre's fin"
    );
}

#[test]
fn many_blocks() {
    let owned: Vec<String> = (0..20_000)
        .map(|i| format!("Paragraphe {i} : le décret n°{i}."))
        .collect();
    let blocks: Vec<&str> = owned.iter().map(String::as_str).collect();
    let idx = SearchIndex::new(&blocks);
    let found = idx
        .find(&blocks, &Query::new("decret n°1999.", QueryMode::Literal))
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].block, 1999);
    assert_eq!(
        &blocks[1999][found[0].start..found[0].end],
        "décret n°1999."
    );
    assert!(idx.heap_bytes() < 2 * blocks.iter().map(|b| b.len()).sum::<usize>());
}

#[test]
fn regex_matches_stay_inside_their_block_on_odd_scripts() {
    // Found by proptest: an empty-able prefix before `.` matched past the end of block 0.
    let blocks = [
        "᧞ପነ  🉀𑌓0\u{fb43}AA᠀¡ a0𘳿Aඅ",
        "a AAaaΣ \u{a980}  a𑌲  A\u{f71}aaΣ0 0 A ᤀ🌀",
    ];
    let idx = SearchIndex::new(&blocks);
    let matches = idx
        .find(&blocks, &Query::new("$*.|é", QueryMode::Regex))
        .unwrap();
    for m in matches {
        assert!(m.end <= blocks[m.block].len(), "{m:?}");
        assert!(
            blocks[m.block].is_char_boundary(m.start) && blocks[m.block].is_char_boundary(m.end)
        );
    }
}

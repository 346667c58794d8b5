//! Quality of the figures extractor on hand-annotated fixture articles, on the bundled article,
//! and the rule that no bundled-article name leaks into src/ or assets/.

use std::fs;
use std::path::{Path, PathBuf};

use article_explorer::document::BlockKind;
use article_explorer::extract::figures::{EntitySpan, extract_figures, restated_under_headings};
use article_explorer::extract::{EntityKind, Figure, FigureKind, Lang};
use serde::Deserialize;

#[derive(Deserialize)]
struct Annotation {
    lang: String,
    #[serde(default)]
    heldout: bool,
    entities: Vec<AnnEntity>,
    figures: Vec<AnnFigure>,
}

#[derive(Deserialize)]
struct AnnEntity {
    name: String,
    kind: String,
    surfaces: Vec<String>,
}

#[derive(Deserialize, Debug)]
struct AnnFigure {
    kind: String,
    text: String,
    amount: f64,
    amount_max: Option<f64>,
    currency: Option<String>,
    unit: Option<String>,
    /// A name, null, or a list of acceptable answers (names or null).
    subject: serde_json::Value,
}

fn kind_of(s: &str) -> EntityKind {
    match s {
        "organization" => EntityKind::Organization,
        "person" => EntityKind::Person,
        "place" => EntityKind::Place,
        "date" => EntityKind::Date,
        _ => EntityKind::Other,
    }
}

fn blocks_of(text: &str) -> Vec<&str> {
    text.split('\n')
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .collect()
}

/// Finds every occurrence of the entity surfaces (longest first, whole words, no overlap):
/// a stand-in for the entity extractor.
fn entity_spans(blocks: &[&str], ents: &[(String, EntityKind, Vec<String>)]) -> Vec<EntitySpan> {
    let mut surfaces: Vec<(&str, &str, EntityKind)> = ents
        .iter()
        .flat_map(|(n, k, ss)| ss.iter().map(move |s| (s.as_str(), n.as_str(), *k)))
        .collect();
    surfaces.sort_by_key(|(s, _, _)| std::cmp::Reverse(s.len()));
    let mut out: Vec<EntitySpan> = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        for (surf, name, kind) in &surfaces {
            for (start, _) in b.match_indices(surf) {
                let end = start + surf.len();
                let left_ok = !b[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let right_ok = !b[end..].chars().next().is_some_and(char::is_alphanumeric);
                let overlaps = out
                    .iter()
                    .any(|e| e.block == bi && e.start < end && start < e.end);
                if left_ok && right_ok && !overlaps {
                    out.push(EntitySpan {
                        name: (*name).into(),
                        kind: *kind,
                        block: bi,
                        start,
                        end,
                    });
                }
            }
        }
    }
    out
}

fn norm_unit(u: &str) -> String {
    u.to_lowercase()
        .split_whitespace()
        .map(|w| w.trim_end_matches('s').to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Units match when equal after normalisation, or when their head nouns match
/// (first word in French, last word in English: "data centre" vs "centre").
fn unit_match(a: &str, b: &str, lang: Lang) -> bool {
    let (a, b) = (norm_unit(a), norm_unit(b));
    if a == b {
        return true;
    }
    let head = |s: &str| -> String {
        let ws: Vec<&str> = s.split_whitespace().collect();
        match lang {
            Lang::Fr => ws.first().copied().unwrap_or("").to_string(),
            Lang::En => ws.last().copied().unwrap_or("").to_string(),
        }
    };
    head(&a) == head(&b)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= b.abs().max(1e-9) * 1e-6
}

fn key_match(f: &Figure, a: &AnnFigure, lang: Lang) -> bool {
    let kind_ok = matches!(
        (f.kind, a.kind.as_str()),
        (FigureKind::Money, "money") | (FigureKind::Quantity, "quantity")
    );
    if !kind_ok || !close(f.amount, a.amount) {
        return false;
    }
    match f.kind {
        FigureKind::Money => {
            f.currency() == a.currency.as_deref()
                && match (f.amount_max(), a.amount_max) {
                    (None, None) => true,
                    (Some(x), Some(y)) => close(x, y),
                    _ => false,
                }
        }
        FigureKind::Quantity => match (f.unit(), &a.unit) {
            (Some(x), Some(y)) => unit_match(x, y, lang),
            _ => false,
        },
    }
}

fn subject_ok(got: Option<&str>, want: &serde_json::Value) -> bool {
    let one = |v: &serde_json::Value| match v {
        serde_json::Value::Null => got.is_none(),
        serde_json::Value::String(s) => got == Some(s.as_str()),
        _ => false,
    };
    match want {
        serde_json::Value::Array(vs) => vs.iter().any(one),
        v => one(v),
    }
}

#[derive(Default, Clone, Copy)]
struct Score {
    tp: usize,
    predicted: usize,
    expected: usize,
    subj_ok: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.tp += o.tp;
        self.predicted += o.predicted;
        self.expected += o.expected;
        self.subj_ok += o.subj_ok;
    }
    fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.tp as f64 / self.predicted as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.tp as f64 / self.expected as f64
        }
    }
    fn subject(&self) -> f64 {
        if self.tp == 0 {
            1.0
        } else {
            self.subj_ok as f64 / self.tp as f64
        }
    }
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/figures")
}

/// Scores one fixture; prints misses and false positives.
fn score_fixture(stem: &str) -> (Score, bool, Lang) {
    let dir = fixture_dir();
    let text = fs::read_to_string(dir.join(format!("{stem}.txt"))).unwrap();
    let ann: Annotation =
        serde_json::from_str(&fs::read_to_string(dir.join(format!("{stem}.json"))).unwrap())
            .unwrap();
    let lang = if ann.lang == "fr" { Lang::Fr } else { Lang::En };
    let blocks = blocks_of(&text);
    let ents: Vec<(String, EntityKind, Vec<String>)> = ann
        .entities
        .iter()
        .map(|e| (e.name.clone(), kind_of(&e.kind), e.surfaces.clone()))
        .collect();
    let spans = entity_spans(&blocks, &ents);
    let figs = extract_figures(&blocks, lang, &spans);
    let mut used = vec![false; figs.len()];
    let mut sc = Score {
        predicted: figs.len(),
        expected: ann.figures.len(),
        ..Score::default()
    };
    for a in &ann.figures {
        match (0..figs.len()).find(|&i| !used[i] && key_match(&figs[i], a, lang)) {
            Some(i) => {
                used[i] = true;
                sc.tp += 1;
                if subject_ok(figs[i].subject.as_deref(), &a.subject) {
                    sc.subj_ok += 1;
                } else {
                    println!(
                        "  [{stem}] subject of {:?}: got {:?}, want {}",
                        a.text, figs[i].subject, a.subject
                    );
                }
            }
            None => println!(
                "  [{stem}] MISSED {:?} ({} {:?} {:?} {:?})",
                a.text, a.amount, a.amount_max, a.currency, a.unit
            ),
        }
    }
    for (i, f) in figs.iter().enumerate() {
        if !used[i] {
            println!(
                "  [{stem}] FALSE POSITIVE {:?} ({} {:?} {:?} {:?})",
                f.text_in(blocks[f.block()]),
                f.amount,
                f.amount_max(),
                f.currency(),
                f.unit()
            );
        }
    }
    (sc, ann.heldout, lang)
}

fn fixture_stems() -> Vec<String> {
    let mut stems: Vec<String> = fs::read_dir(fixture_dir())
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "json")
                .then(|| p.file_stem().map(|s| s.to_string_lossy().into_owned()))?
        })
        .collect();
    stems.sort();
    stems
}

#[test]
fn fixtures_precision_recall() {
    let stems = fixture_stems();
    assert!(stems.len() >= 8, "expected at least 8 annotated fixtures");
    let mut tuned = Score::default();
    let mut heldout = Score::default();
    let mut per_lang = [(Score::default(), Score::default()); 2];
    println!(
        "\n{:<28} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}",
        "fixture", "exp", "pred", "tp", "P", "R", "subj"
    );
    for stem in &stems {
        let (sc, is_heldout, lang) = score_fixture(stem);
        println!(
            "{:<28} {:>4} {:>4} {:>4} {:>6.3} {:>6.3} {:>6.3}{}",
            stem,
            sc.expected,
            sc.predicted,
            sc.tp,
            sc.precision(),
            sc.recall(),
            sc.subject(),
            if is_heldout { "  (held-out)" } else { "" }
        );
        let li = if lang == Lang::Fr { 0 } else { 1 };
        if is_heldout {
            heldout.add(sc);
            per_lang[li].1.add(sc);
        } else {
            tuned.add(sc);
            per_lang[li].0.add(sc);
        }
    }
    for (name, sc) in [
        ("TUNED fr", per_lang[0].0),
        ("TUNED en", per_lang[1].0),
        ("TUNED all", tuned),
        ("HELD-OUT fr", per_lang[0].1),
        ("HELD-OUT en", per_lang[1].1),
        ("HELD-OUT all", heldout),
    ] {
        println!(
            "{:<28} {:>4} {:>4} {:>4} {:>6.3} {:>6.3} {:>6.3}",
            name,
            sc.expected,
            sc.predicted,
            sc.tp,
            sc.precision(),
            sc.recall(),
            sc.subject()
        );
    }
    assert!(
        tuned.precision() >= 0.95,
        "tuned precision {:.3} < 0.95",
        tuned.precision()
    );
    assert!(
        tuned.recall() >= 0.95,
        "tuned recall {:.3} < 0.95",
        tuned.recall()
    );
    // Held-out fixtures (`*_heldout_*`) were written by someone who had not read the extractor,
    // and scored before any rule was changed for them: the bar on unseen articles.
    for (what, v) in [
        ("held-out precision", heldout.precision()),
        ("held-out recall", heldout.recall()),
    ] {
        assert!(v >= 0.95, "{what} {v:.3} < 0.95");
    }
    assert!(
        tuned.subject() >= 0.75,
        "tuned subject accuracy {:.3} < 0.75",
        tuned.subject()
    );
}

fn bundled_article() -> (String, Vec<EntitySpan>) {
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/000_2092384b85dd452f.txt"),
    )
    .unwrap();
    let blocks = blocks_of(&text);
    let ents: Vec<(String, EntityKind, Vec<String>)> = [
        ("Commission européenne", EntityKind::Organization),
        ("Microsoft", EntityKind::Organization),
        ("Google", EntityKind::Organization),
        ("Nvidia", EntityKind::Organization),
        ("Royaume-Uni", EntityKind::Place),
        ("Londres", EntityKind::Place),
        ("États-Unis", EntityKind::Place),
        ("Europe", EntityKind::Place),
        ("Chine", EntityKind::Place),
        ("Japon", EntityKind::Place),
        ("Canada", EntityKind::Place),
        ("Donald Trump", EntityKind::Person),
    ]
    .iter()
    .map(|(n, k)| (n.to_string(), *k, vec![n.to_string()]))
    .collect();
    let spans = entity_spans(&blocks, &ents);
    (text, spans)
}

#[test]
fn bundled_article_figures() {
    let (text, spans) = bundled_article();
    let blocks = blocks_of(&text);
    let figs = extract_figures(&blocks, Lang::Fr, &spans);
    for f in &figs {
        println!(
            "{:?} {} {:?} {:?} {:?} {:?}",
            f.text_in(blocks[f.block()]),
            f.amount,
            f.currency(),
            f.unit(),
            f.subject,
            f.same_as()
        );
    }
    let money: Vec<&Figure> = figs
        .iter()
        .filter(|f| f.kind == FigureKind::Money)
        .collect();
    let got: Vec<(f64, Option<&str>, Option<&str>)> = money
        .iter()
        .map(|f| (f.amount, f.currency(), f.subject.as_deref()))
        .collect();
    // 1,2 Md€ of French public investment: no entity names France in that sentence
    // ("la stratégie française"), so the subject is null.
    assert_eq!(
        got,
        vec![
            (20e9, Some("EUR"), Some("Commission européenne")),
            (22e9, Some("USD"), Some("Microsoft")),
            (5e9, Some("USD"), Some("Google")),
            (1.2e9, Some("EUR"), None),
        ]
    );
    let qty: Vec<(f64, Option<&str>, Option<&str>)> = figs
        .iter()
        .filter(|f| f.kind == FigureKind::Quantity)
        .map(|f| (f.amount, f.unit(), f.subject.as_deref()))
        .collect();
    assert_eq!(qty, vec![(120000.0, Some("GPU"), Some("Nvidia"))]);
}

#[test]
fn bundled_article_france_span_is_used_when_given() {
    // If the entity extractor links "française" to France, the 1,2 Md€ goes to France.
    let (text, mut spans) = bundled_article();
    let blocks = blocks_of(&text);
    let (bi, b) = blocks
        .iter()
        .enumerate()
        .find(|(_, b)| b.contains("stratégie française"))
        .unwrap();
    let start = b.find("française").unwrap();
    spans.push(EntitySpan {
        name: "France".into(),
        kind: EntityKind::Place,
        block: bi,
        start,
        end: start + "française".len(),
    });
    let figs = extract_figures(&blocks, Lang::Fr, &spans);
    let f = figs.iter().find(|f| f.amount == 1.2e9).unwrap();
    assert_eq!(f.subject.as_deref(), Some("France"));
}

#[test]
fn no_bundled_article_names_in_src_or_assets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let banned = [
        "Yohann",
        "Ralle",
        "Legora",
        "Lovable",
        "Future Society",
        "DeepSeek",
        "GENESIS",
        "Gigafactor",
    ];
    let mut stack = vec![root.join("src"), root.join("assets")];
    let mut bad = Vec::new();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            for e in fs::read_dir(&p).unwrap() {
                stack.push(e.unwrap().path());
            }
        } else if p
            .file_name()
            .is_some_and(|n| n != "000_2092384b85dd452f.txt")
        {
            let text = fs::read_to_string(&p).unwrap_or_default();
            for w in banned {
                if text.contains(w) {
                    bad.push(format!("{} contains {w}", p.display()));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{bad:?}");
}

/// `analyze` gives each block with figures its spans when it comes to it; the subjects are those
/// that `extract_figures` finds with every mention of every entity as a span, given at once in
/// entity order (as `analyze` gave them before), once the headings' figures are matched with the
/// text's as `analyze` matches them.
#[test]
fn analyze_attributes_as_with_every_span_at_once() {
    use article_explorer::document::{Document, Source};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/figures");
    let mut texts: Vec<String> = fs::read_dir(&dir)
        .expect("figure fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| fs::read_to_string(p).expect("fixture"))
        .collect();
    texts.sort();
    let mut subjects = 0;
    for text in texts {
        let doc = Document::from_bytes(Source::Stdin, text.into_bytes()).expect("parses");
        let analysis = article_explorer::extract::analyze(&doc, "EUR");
        let blocks = doc.block_texts();
        let spans: Vec<EntitySpan> = analysis
            .entities
            .iter()
            .flat_map(|e| {
                e.mentions.iter().map(|m| EntitySpan {
                    name: e.name.as_str().into(),
                    kind: e.kind,
                    block: m.block(),
                    start: m.start(),
                    end: m.end(),
                })
            })
            .collect();
        let mut whole = extract_figures(&blocks, doc.language, &spans);
        restated_under_headings(&mut whole, |b| doc.blocks[b].kind == BlockKind::Heading);
        let got: Vec<_> = analysis
            .figures
            .iter()
            .map(|f| (f.block(), f.range(), f.subject.clone(), f.same_as()))
            .collect();
        let want: Vec<_> = whole
            .iter()
            .map(|f| (f.block(), f.range(), f.subject.clone(), f.same_as()))
            .collect();
        assert_eq!(got, want);
        subjects += got.iter().filter(|g| g.2.is_some()).count();
    }
    assert!(subjects > 50, "only {subjects} subjects");
}

/// A sum in the headline that the article tells again is shown once, where it is told: the
/// headline's figure is the same as the text's, which takes the subject the headline names.
#[test]
fn analyze_matches_the_headlines_figures_with_the_texts() {
    use article_explorer::document::{Document, Source};
    let text = "Harbour Dynamics raises $410m for its cranes\n\n\
                The money, $410 million in all, came from pension funds.\n\n\
                Harbour Dynamics also borrowed $50 million.";
    let doc = Document::from_bytes(Source::Stdin, text.as_bytes().to_vec()).expect("parses");
    assert_eq!(doc.blocks[0].kind, BlockKind::Heading);
    let figures = article_explorer::extract::analyze(&doc, "EUR").figures;
    let got: Vec<_> = figures
        .iter()
        .map(|f| (f.block(), f.same_as(), f.subject.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (0, Some(1), Some("Harbour Dynamics")),
            (1, None, Some("Harbour Dynamics")),
            (2, None, Some("Harbour Dynamics"))
        ]
    );
}

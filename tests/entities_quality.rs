//! Precision/recall of person/organisation/place extraction on annotated fixtures.

use std::fs;
use std::path::Path;

use article_explorer::extract::entities::extract_entities;
use article_explorer::extract::{EntityKind, Lang};
use serde_json::Value;

fn norm(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            '’' => '\'',
            '\u{a0}' | '\u{202f}' => ' ',
            c => c,
        };
        out.extend(c.to_lowercase());
    }
    out
}

fn kind_of(s: &str) -> EntityKind {
    match s {
        "person" => EntityKind::Person,
        "organization" => EntityKind::Organization,
        "place" => EntityKind::Place,
        other => panic!("unknown kind {other}"),
    }
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp_p: usize,
    pred: usize,
    tp_r: usize,
    gold: usize,
}

const KINDS: [EntityKind; 3] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
];

/// Scores one fixture; returns per-kind counts and prints mistakes.
fn score(name: &str, text: &str, ann: &Value, verbose: bool) -> [Counts; 3] {
    let blocks: Vec<&str> = text
        .split("\n\n")
        .map(|b| b.trim_matches('\n'))
        .filter(|b| !b.trim().is_empty())
        .collect();
    let lang = if ann["lang"] == "fr" {
        Lang::Fr
    } else {
        Lang::En
    };
    let ents = extract_entities(&blocks, lang);
    let gold: Vec<(EntityKind, Vec<String>)> = ann["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .map(|e| {
            let a = e.as_array().expect("entry");
            let k = kind_of(a[0].as_str().expect("kind"));
            (
                k,
                a[1..]
                    .iter()
                    .map(|f| norm(f.as_str().expect("form")))
                    .collect(),
            )
        })
        .collect();
    let ignore: Vec<String> = ann["ignore"]
        .as_array()
        .map(|v| v.iter().map(|s| norm(s.as_str().unwrap_or(""))).collect())
        .unwrap_or_default();
    let mut counts = [Counts::default(); 3];
    for (ki, kind) in KINDS.iter().enumerate() {
        for e in ents.iter().filter(|e| e.kind == *kind) {
            let forms: Vec<String> = std::iter::once(&e.name)
                .chain(e.aliases.iter())
                .map(|s| norm(s))
                .collect();
            let hit = gold
                .iter()
                .any(|(gk, gf)| gk == kind && gf.iter().any(|f| forms.contains(f)));
            let any_gold = gold
                .iter()
                .any(|(_, gf)| gf.iter().any(|f| forms.contains(f)));
            if !hit && !any_gold && forms.iter().any(|f| ignore.contains(f)) {
                continue;
            }
            counts[ki].pred += 1;
            if hit {
                counts[ki].tp_p += 1;
            } else if verbose {
                println!("  [{name}] FP {kind:?}: {} {:?}", e.name, e.aliases);
            }
        }
        for (gk, gf) in gold.iter().filter(|(gk, _)| gk == kind) {
            counts[ki].gold += 1;
            let found = ents.iter().any(|e| {
                e.kind == *gk
                    && std::iter::once(&e.name)
                        .chain(e.aliases.iter())
                        .any(|s| gf.contains(&norm(s)))
            });
            if found {
                counts[ki].tp_r += 1;
            } else if verbose {
                let other = ents.iter().find(|e| {
                    std::iter::once(&e.name)
                        .chain(e.aliases.iter())
                        .any(|s| gf.contains(&norm(s)))
                });
                println!(
                    "  [{name}] FN {kind:?}: {} (got {:?})",
                    gf[0],
                    other.map(|e| e.kind)
                );
            }
        }
    }
    counts
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Set {
    Tuned,
    /// `*_holdout_*`: the original held-out set.
    Holdout,
    /// `*_holdout2_*`: written before the rules they measure were changed.
    Holdout2,
    /// `*_holdout3_*`: written and scored before the third round of rule changes.
    Holdout3,
    /// `*_holdout4_*`: written and scored before the fourth round of rule changes.
    Holdout4,
    /// `*_holdout5_*`: written by an author who had not read the extractor.
    Holdout5,
    /// `*_holdout6_*`: likewise, written during the fifth round and scored after it.
    Holdout6,
    /// `*_holdout7_*`: likewise, written during the sixth round and scored after it.
    Holdout7,
    /// `*_holdout8_*`: likewise, written during the seventh round and scored after it.
    Holdout8,
    /// `*_holdout9_*`: likewise, written during the eighth round and scored after the ninth.
    Holdout9,
    /// `*_holdout10_*`: likewise, written during the tenth round and scored after it.
    Holdout10,
}

fn set_of(stem: &str, holdout: bool) -> Set {
    if stem.contains("_holdout10_") {
        Set::Holdout10
    } else if stem.contains("_holdout9_") {
        Set::Holdout9
    } else if stem.contains("_holdout8_") {
        Set::Holdout8
    } else if stem.contains("_holdout7_") {
        Set::Holdout7
    } else if stem.contains("_holdout6_") {
        Set::Holdout6
    } else if stem.contains("_holdout5_") {
        Set::Holdout5
    } else if stem.contains("_holdout4_") {
        Set::Holdout4
    } else if stem.contains("_holdout3_") {
        Set::Holdout3
    } else if stem.contains("_holdout2_") {
        Set::Holdout2
    } else if holdout {
        Set::Holdout
    } else {
        Set::Tuned
    }
}

fn run(set: Set) -> Vec<(String, f64)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut total = [Counts::default(); 3];
    let mut n = 0;
    for f in files {
        let ann: Value =
            serde_json::from_str(&fs::read_to_string(&f).expect("json")).expect("valid json");
        let name = f.file_stem().expect("stem").to_string_lossy().to_string();
        if set_of(&name, ann["holdout"].as_bool().unwrap_or(false)) != set {
            continue;
        }
        let text = fs::read_to_string(f.with_extension("txt")).expect("fixture text");
        // holdout3/4 errors stay hidden unless asked for, so that tuning cannot use them
        let verbose = match set {
            Set::Holdout3 => std::env::var_os("SHOW_HOLDOUT3_ERRORS").is_some(),
            Set::Holdout4 => std::env::var_os("SHOW_HOLDOUT4_ERRORS").is_some(),
            Set::Holdout5 => std::env::var_os("SHOW_HOLDOUT5_ERRORS").is_some(),
            Set::Holdout6 => std::env::var_os("SHOW_HOLDOUT6_ERRORS").is_some(),
            Set::Holdout7 => std::env::var_os("SHOW_HOLDOUT7_ERRORS").is_some(),
            Set::Holdout8 => std::env::var_os("SHOW_HOLDOUT8_ERRORS").is_some(),
            Set::Holdout9 => std::env::var_os("SHOW_HOLDOUT9_ERRORS").is_some(),
            Set::Holdout10 => std::env::var_os("SHOW_HOLDOUT10_ERRORS").is_some(),
            _ => true,
        };
        let c = score(&name, &text, &ann, verbose);
        for i in 0..3 {
            total[i].tp_p += c[i].tp_p;
            total[i].pred += c[i].pred;
            total[i].tp_r += c[i].tp_r;
            total[i].gold += c[i].gold;
        }
        n += 1;
    }
    assert!(n >= 2, "too few fixtures");
    println!("{n} fixtures ({set:?})");
    println!(
        "{:<14} {:>9} {:>9} {:>7}",
        "kind", "precision", "recall", "F1"
    );
    let mut res = Vec::new();
    for (i, k) in KINDS.iter().enumerate() {
        let p = total[i].tp_p as f64 / total[i].pred.max(1) as f64;
        let r = total[i].tp_r as f64 / total[i].gold.max(1) as f64;
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        println!(
            "{:<14} {:>9.3} {:>9.3} {:>7.3}   ({}/{} pred, {}/{} gold)",
            format!("{k:?}"),
            p,
            r,
            f1,
            total[i].tp_p,
            total[i].pred,
            total[i].tp_r,
            total[i].gold
        );
        res.push((format!("{k:?} precision"), p));
        res.push((format!("{k:?} recall"), r));
    }
    res
}

#[test]
fn quality_tuned_fixtures() {
    for (what, v) in run(Set::Tuned) {
        assert!(v >= 0.9, "{what} = {v:.3} < 0.9");
    }
}

/// Held-out fixtures (not tuned on, but the weakness classes the rules target were
/// described from their errors): they reach the 0.9 bar, so it is enforced.
#[test]
fn quality_held_out_fixtures() {
    for (what, v) in run(Set::Holdout) {
        assert!(v >= 0.9, "held-out {what} = {v:.3} < 0.9");
    }
}

/// Second held-out set, written and scored before the second round of rules. The
/// third round's error classes were described from its errors, so it is no longer
/// unseen: it now reaches person precision ~0.895 (< 0.9), the floor guards that.
const HOLDOUT2_FLOOR: f64 = 0.89;

#[test]
fn quality_held_out2_fixtures() {
    for (what, v) in run(Set::Holdout2) {
        assert!(
            v >= HOLDOUT2_FLOOR,
            "held-out2 {what} = {v:.3} < {HOLDOUT2_FLOOR}"
        );
    }
}

/// Third held-out set (`*_holdout3_*`), written and scored before the third round
/// of rules, never tuned on; its errors are not printed (set SHOW_HOLDOUT3_ERRORS).
/// The fourth round's error classes were described from its errors, so it is no
/// longer unseen. It does NOT reach the 0.9 bar everywhere: place recall ~0.84,
/// organisation precision ~0.84. This floor only guards against regressions.
const HOLDOUT3_FLOOR: f64 = 0.83;

#[test]
fn quality_held_out3_fixtures() {
    for (what, v) in run(Set::Holdout3) {
        assert!(
            v >= HOLDOUT3_FLOOR,
            "held-out3 {what} = {v:.3} < {HOLDOUT3_FLOOR}"
        );
    }
}

/// Fourth held-out set (`*_holdout4_*`), written and scored before the fourth round
/// of rules, never tuned on; its errors are not printed (set SHOW_HOLDOUT4_ERRORS).
/// Before that round: person P 0.73 R 0.94, organisation P 0.54 R 0.64, place P 0.95
/// R 0.68. After it, it does NOT reach the 0.9 bar: organisation precision ~0.71
/// and recall ~0.68, person precision ~0.76, place recall ~0.87. This floor only
/// guards against regressions.
const HOLDOUT4_FLOOR: f64 = 0.67;

#[test]
fn quality_held_out4_fixtures() {
    for (what, v) in run(Set::Holdout4) {
        assert!(
            v >= HOLDOUT4_FLOOR,
            "held-out4 {what} = {v:.3} < {HOLDOUT4_FLOOR}"
        );
    }
}

/// Fifth held-out set (`*_holdout5_*`): four articles written by an author who had not read
/// the extractor, scored once before any change; its errors are not printed (set
/// SHOW_HOLDOUT5_ERRORS). First score, unseen: person P 0.82 R 0.96, organisation P 0.80
/// R 0.77, place P 0.96 R 0.95: under the 0.9 bar for organisations and person precision.
/// The fifth round's error classes were read from it, so it is no longer unseen (after it:
/// person P 0.93, organisation P 0.89 R 0.89). This floor only guards against regressions.
const HOLDOUT5_FLOOR: f64 = 0.86;

#[test]
fn quality_held_out5_fixtures() {
    for (what, v) in run(Set::Holdout5) {
        assert!(
            v >= HOLDOUT5_FLOOR,
            "held-out5 {what} = {v:.3} < {HOLDOUT5_FLOOR}"
        );
    }
}

/// Sixth held-out set (`*_holdout6_*`): four articles by an author who had not read the
/// extractor, written while the fifth round was made and scored once after it; its errors are
/// not printed (set SHOW_HOLDOUT6_ERRORS). First score, unseen: person P 0.63 R 0.92,
/// organisation P 0.79 R 0.77, place P 0.84 R 0.83. The sixth round was read from its errors
/// (after it: person P 0.89 R 1.0, organisation P 0.78 R 0.87). This floor only guards against
/// regressions.
const HOLDOUT6_FLOOR: f64 = 0.77;

#[test]
fn quality_held_out6_fixtures() {
    for (what, v) in run(Set::Holdout6) {
        assert!(
            v >= HOLDOUT6_FLOOR,
            "held-out6 {what} = {v:.3} < {HOLDOUT6_FLOOR}"
        );
    }
}

/// Seventh held-out set (`*_holdout7_*`): four articles by an author who had not read the
/// extractor, written during the sixth round and scored once after it; its errors are not
/// printed (set SHOW_HOLDOUT7_ERRORS). First score, unseen: person P 0.93 R 0.93, organisation
/// P 0.60 R 0.65, place P 0.81 R 0.76. The seventh round was read from its errors (after it:
/// organisation P 0.68 R 0.77, place P 0.84). This floor only guards against regressions.
const HOLDOUT7_FLOOR: f64 = 0.67;

#[test]
fn quality_held_out7_fixtures() {
    for (what, v) in run(Set::Holdout7) {
        assert!(
            v >= HOLDOUT7_FLOOR,
            "held-out7 {what} = {v:.3} < {HOLDOUT7_FLOOR}"
        );
    }
}

/// Eighth held-out set (`*_holdout8_*`): four articles by an author who had not read the
/// extractor, written during the seventh round and scored once after it; its errors are not
/// printed (set SHOW_HOLDOUT8_ERRORS). First score, unseen: person P 0.88 R 0.88, organisation
/// P 0.64 R 0.80, place P 0.87 R 0.65. This floor only guards against regressions.
const HOLDOUT8_FLOOR: f64 = 0.63;

#[test]
fn quality_held_out8_fixtures() {
    for (what, v) in run(Set::Holdout8) {
        assert!(
            v >= HOLDOUT8_FLOOR,
            "held-out8 {what} = {v:.3} < {HOLDOUT8_FLOOR}"
        );
    }
}

/// Ninth held-out set (`*_holdout9_*`): four articles by an author who had not read the
/// extractor, scored once after the ninth round; its errors are not printed (set
/// SHOW_HOLDOUT9_ERRORS). First score, unseen: person P 0.93 R 0.90, organisation P 0.64
/// R 0.71, place P 0.94 R 0.87. The tenth round was read from its errors (after it:
/// organisation P 0.72 R 0.76). This floor only guards against regressions.
const HOLDOUT9_FLOOR: f64 = 0.70;

#[test]
fn quality_held_out9_fixtures() {
    for (what, v) in run(Set::Holdout9) {
        assert!(
            v >= HOLDOUT9_FLOOR,
            "held-out9 {what} = {v:.3} < {HOLDOUT9_FLOOR}"
        );
    }
}

/// Tenth held-out set (`*_holdout10_*`): four articles by an author who had not read the
/// extractor, scored once after the tenth round; its errors are not printed (set
/// SHOW_HOLDOUT10_ERRORS). First score, unseen: person P 0.93 R 0.87, organisation P 0.72
/// R 0.81, place P 0.90 R 0.76. This floor only guards against regressions.
const HOLDOUT10_FLOOR: f64 = 0.70;

#[test]
fn quality_held_out10_fixtures() {
    for (what, v) in run(Set::Holdout10) {
        assert!(
            v >= HOLDOUT10_FLOOR,
            "held-out10 {what} = {v:.3} < {HOLDOUT10_FLOOR}"
        );
    }
}

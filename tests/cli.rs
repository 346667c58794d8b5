//! The command line as scripts see it: exit codes, one-line errors, JSON shapes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn artex(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_artex"))
        .env("XDG_CONFIG_HOME", "/nonexistent-artex-tests")
        .args(args)
        .output()
        .expect("run artex")
}

fn artex_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_artex"))
        .env("XDG_CONFIG_HOME", "/nonexistent-artex-tests")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn bad_input_is_one_line_naming_the_file_with_status_2() {
    let dir = std::env::temp_dir().join(format!("artex-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "  \n\n").unwrap();
    let marks = dir.join("marks.txt");
    std::fs::write(&marks, ">\n\n> \n").unwrap();
    let marks = marks.to_str().unwrap().to_string();
    let binary = dir.join("data.bin");
    std::fs::write(&binary, b"\x00\x01\x02ELF").unwrap();
    let (empty, binary, dirname) = (
        empty.to_str().unwrap(),
        binary.to_str().unwrap(),
        dir.to_str().unwrap(),
    );
    let cases = [
        (
            vec!["dump", "missing.txt"],
            "artex: cannot open 'missing.txt': No such file or directory".to_string(),
        ),
        (
            vec!["render", "missing.txt"],
            "artex: cannot open 'missing.txt': No such file or directory".to_string(),
        ),
        (
            vec!["dump", dirname],
            format!("artex: cannot open '{dirname}': Is a directory"),
        ),
        (vec!["dump", empty], format!("artex: '{empty}' is empty")),
        (vec!["dump", &marks], format!("artex: '{marks}' is empty")),
        (
            vec!["dump", binary],
            format!("artex: '{binary}' is not a text file (it contains NUL bytes)"),
        ),
        (
            vec!["missing.txt"],
            "artex: cannot open 'missing.txt': No such file or directory".to_string(),
        ),
    ];
    for (args, expected) in cases {
        let o = artex(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&o).trim_end(), expected, "{args:?}");
        assert!(o.stdout.is_empty());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        vec!["render", "--size", "axb"],
        vec!["render", "--keys", "<Nope>"],
        vec!["render", "--format", "pdf"],
    ] {
        let o = artex(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn dump_emits_the_contract_json() {
    let o = artex(&["dump"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["version"], 1);
    assert_eq!(v["source"], "bundled");
    assert_eq!(v["language"], "fr");
    assert!(v["title"].is_null());
    assert!(v["byline"].as_str().unwrap().starts_with("Par "));
    let blocks = v["blocks"].as_array().unwrap();
    assert_eq!(blocks.len(), 16);
    assert_eq!(blocks[0]["kind"], "byline");
    assert_eq!(blocks[7]["kind"], "heading");
    assert_eq!(blocks[7]["index"], 7);
    assert_eq!(
        blocks[7]["text"],
        "S’allier à des puissances intermédiaires"
    );
    assert!(v["entities"].is_array() && v["figures"].is_array());
}

#[test]
fn stdin_is_read_with_a_dash_and_latin1_is_decoded() {
    let o = artex_stdin(
        &["dump", "-"],
        b"Le caf\xe9 est cr\xe8me.\n\nDeuxi\xe8me paragraphe.",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["source"], "-");
    assert_eq!(v["blocks"][0]["text"], "Le café est crème.");
    assert_eq!(v["encoding_note"], "decoded as Windows-1252");
    let o = artex_stdin(&["render", "-", "--size", "100x10"], b"Le caf\xe9.\n\nFin.");
    assert!(String::from_utf8_lossy(&o.stdout).contains("decoded as Windows-1252"));
}

/// Text in decomposed form (a letter, then a combining accent: some Mac tools and PDF copies
/// write French so) reads as its composed form: the same blocks, the same entities.
#[test]
fn decomposed_text_is_read_as_its_composed_form() {
    let composed = "Le maire de Québec, René Lévesque, a reçu François Legault à Montréal \
                    et Mme Hélène Côté, de la Société générale.\n\nÉmile Zola n’était pas là.";
    let decomposed: String = composed
        .chars()
        .flat_map(|c| match c {
            'é' => vec!['e', '\u{301}'],
            'É' => vec!['E', '\u{301}'],
            'è' => vec!['e', '\u{300}'],
            'ç' => vec!['c', '\u{327}'],
            'ô' => vec!['o', '\u{302}'],
            'à' => vec!['a', '\u{300}'],
            c => vec![c],
        })
        .collect();
    assert_ne!(decomposed, composed);
    let dump = |text: &str| {
        let o = artex_stdin(&["dump", "-"], text.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        (v["blocks"].clone(), v["entities"].clone())
    };
    let (blocks, entities) = dump(&decomposed);
    assert_eq!(
        blocks[0]["text"].as_str().unwrap(),
        composed.split("\n\n").next().unwrap()
    );
    assert_eq!((blocks, entities.clone()), dump(composed));
    let names: Vec<&str> = entities
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    for want in [
        "Québec",
        "Montréal",
        "René Lévesque",
        "François Legault",
        "Hélène Côté",
    ] {
        assert!(names.contains(&want), "{want} not in {names:?}");
    }
}

#[test]
fn render_timings_print_one_json_line_per_key() {
    let o = artex(&["render", "--keys", "jj<Tab>:9<Enter>", "--timings"]);
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = stderr(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let keys: Vec<&str> = lines.iter().map(|v| v["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["j", "j", "<Tab>", ":", "9", "<Enter>"]);
    assert!(
        lines
            .iter()
            .all(|v| v["update_us"].is_u64() && v["draw_us"].is_u64())
    );
}

#[test]
fn render_text_has_one_line_per_row_and_ansi_only_colour_codes() {
    let o = artex(&["render", "--size", "90x25"]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert_eq!(text.lines().count(), 25);
    assert!(!text.contains('\x1b'));
    let o = artex(&["render", "--size", "90x25", "--format", "ansi"]);
    let ansi = String::from_utf8(o.stdout).unwrap();
    assert_eq!(ansi.lines().count(), 25);
    // Every escape is an SGR sequence: ESC [ digits/semicolons m.
    for part in ansi.split('\x1b').skip(1) {
        let end = part.find('m').expect("SGR ends with m");
        assert!(
            part.starts_with('[')
                && part[1..end]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b';'),
            "{part:?}"
        );
    }
}

#[test]
fn escape_sequences_in_the_article_never_reach_the_output() {
    let hostile = "Titre\u{1b}]52;c;ZXZpbA==\u{7}\n\nTexte \u{1b}[31mrouge\u{1b}[0m et \u{9b}2J\u{202e}fin.\n\nFin\u{8}\u{8}.";
    for format in ["text", "ansi"] {
        let o = artex_stdin(&["render", "-", "--format", format], hostile.as_bytes());
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(out.contains("␛[31mrouge"), "{format}: placeholder shown");
        for bad in [
            "\u{1b}]",
            "\u{7}",
            "\u{9b}",
            "\u{202e}",
            "\u{8}",
            "\u{1b}[31m",
        ] {
            assert!(!out.contains(bad), "{format}: {bad:?} reached the output");
        }
    }
}

/// A config file in its own temporary directory, removed when the test ends (pass or fail).
struct TempConfig {
    dir: std::path::PathBuf,
    path: String,
}

impl Drop for TempConfig {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.dir).ok();
    }
}

fn write_config(name: &str, text: &str) -> TempConfig {
    let dir = std::env::temp_dir().join(format!("artex-config-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    std::fs::write(&path, text).unwrap();
    let path = path.to_str().unwrap().to_string();
    TempConfig { dir, path }
}

#[test]
fn the_config_file_sets_theme_currency_and_keys_and_flags_win() {
    let config = write_config(
        "ok",
        "theme = \"mono\"\ncurrency = \"usd\"\n[keys]\nnext_paragraph = \"x\"\n",
    );
    let path = config.path.as_str();
    let o = artex(&[
        "--config", path, "render", "--keys", "xx?", "--format", "ansi",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("¶ 3/16"), "x moves to the next paragraph");
    assert!(out.contains(" x "), "help shows the new key");
    assert!(
        !out.contains("\u{1b}[0;33m") && !out.contains(";33m"),
        "mono: no colour"
    );
    let dump = artex(&["--config", path, "dump"]);
    let v: serde_json::Value = serde_json::from_slice(&dump.stdout).unwrap();
    assert_eq!(v["figures"][0]["converted"]["currency"], "USD");
    let dump = artex(&["--config", path, "--currency", "GBP", "dump"]);
    let v: serde_json::Value = serde_json::from_slice(&dump.stdout).unwrap();
    assert_eq!(
        v["figures"][0]["converted"]["currency"], "GBP",
        "the flag wins"
    );
}

#[test]
fn a_broken_config_is_one_line_with_its_position_and_defaults_apply() {
    let config = write_config("broken", "theme = \"dark\"\nmouse = \"yes\"\n");
    let path = config.path.as_str();
    let o = artex(&["--config", path, "render", "--size", "80x24"]);
    assert!(o.status.success());
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("line 2, column 9") && err.contains(path),
        "{err}"
    );
    assert!(String::from_utf8(o.stdout).unwrap().contains("¶ 1/16"));
    let o = artex(&["--config", "/nonexistent/artex.toml", "dump"]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("/nonexistent/artex.toml"));
}

#[test]
fn render_exports_svg_and_html_without_script_and_dump_exports_csv() {
    let o = artex(&[
        "render", "--format", "svg", "--size", "90x25", "--keys", "3",
    ]);
    let svg = String::from_utf8(o.stdout).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    assert!(!svg.to_lowercase().contains("script"));
    let text: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .map(|n| n.text().unwrap_or(""))
        .collect();
    assert!(
        text.contains("Microsoft") && text.contains("Funding"),
        "screen content in the picture"
    );
    let o = artex(&["render", "--format", "html", "--size", "90x25"]);
    let html = String::from_utf8(o.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && !html.to_lowercase().contains("<script"));
    let o = artex(&["dump", "--format", "csv"]);
    let csv = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "subject,amount,amount_max,currency,unit,converted,converted_currency,paragraph,text"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Microsoft,22000000000,,USD,,") && l.contains(",12,")),
        "{csv}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("Nvidia,120000,,,GPU,")),
        "{csv}"
    );
}

/// `artex search` reads a file in pieces on several threads (stdin is read whole): on a file of
/// several pieces, with every newline convention, bad UTF-8 and Windows-1252 bytes, it prints
/// what the whole read prints, byte for byte, and exits the same way.
#[test]
fn search_of_a_large_file_prints_what_the_whole_read_prints() {
    let dir = std::env::temp_dir().join(format!("artex-cli-search-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut sources: Vec<Vec<u8>> = vec![
        include_bytes!("../assets/000_2092384b85dd452f.txt").to_vec(),
        b"Ligne coup\xe9e en Windows-1252\r\nqui continue.\r\n\r\n> cit\xc3\xa9\n>\n- point\n\n"
            .to_vec(),
    ];
    for entry in std::fs::read_dir(fixtures.join("entities")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            sources.push(std::fs::read(path).unwrap());
        }
    }
    let mut big = Vec::new();
    let mut i = 0;
    while big.len() < 9 << 20 {
        big.extend_from_slice(&sources[i % sources.len()]);
        big.extend_from_slice(if i % 3 == 0 { b"\r\n\r\n" } else { b"\n\n" });
        i += 1;
    }
    let path = dir.join("big.txt");
    std::fs::write(&path, &big).unwrap();
    let path = path.to_str().unwrap();
    for args in [
        &["search", "milliards"][..],
        &["search", "--json", "États-Unis"],
        &["search", "etats-unis"],
        &["search", "l'europe"],
        &["search", "Commission europeenne"],
        &["search", "-e", r"\bmill\w+ d"],
        &["search", "--json", "-e", "^(Le|La) "],
        &["search", "zzzqqq"],
    ] {
        let file = artex(&[args, &[path]].concat());
        let whole = artex_stdin(&[args, &["-"]].concat(), &big);
        assert_eq!(file.status.code(), whole.status.code(), "{args:?}");
        assert!(
            file.stdout == whole.stdout,
            "{args:?}: {} lines from the file, {} from stdin",
            file.stdout.split(|b| *b == b'\n').count(),
            whole.stdout.split(|b| *b == b'\n').count()
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

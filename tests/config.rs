use std::path::{Path, PathBuf};

use article_explorer::config::{
    Config, ConfigError, KeyOverride, actions, config_path, load, parse, parse_key,
};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const EXAMPLE: &str = r#"theme = "light"
currency = "usd"
mouse = false
[keys]
down = ["j", "<C-n>"]
quit = "Q"
"#;

fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

/// crossterm's `KeyEvent` equality ignores SHIFT on letters; compare the raw fields.
fn raw(keys: &[KeyEvent]) -> Vec<(KeyCode, KeyModifiers)> {
    keys.iter().map(|k| (k.code, k.modifiers)).collect()
}

fn parse_err(text: &str) -> ConfigError {
    let e = parse(text, "cfg.toml").expect_err("should not parse");
    eprintln!("{e}");
    e
}

fn at(e: &ConfigError) -> (Option<usize>, Option<usize>) {
    (e.line, e.column)
}

#[test]
fn the_example_parses_to_the_exact_config() {
    let config = parse(EXAMPLE, "cfg.toml").unwrap();
    assert_eq!(
        config,
        Config {
            theme: Some("light".into()),
            currency: Some("USD".into()),
            mouse: Some(false),
            keys: vec![
                KeyOverride {
                    action: "down".into(),
                    keys: vec![
                        key(KeyCode::Char('j'), KeyModifiers::NONE),
                        key(KeyCode::Char('n'), KeyModifiers::CONTROL),
                    ],
                },
                KeyOverride {
                    action: "quit".into(),
                    keys: vec![key(KeyCode::Char('Q'), KeyModifiers::SHIFT)],
                },
            ],
        }
    );
    assert_eq!(
        raw(&config.keys[1].keys),
        [(KeyCode::Char('Q'), KeyModifiers::SHIFT)]
    );
    assert_eq!(
        raw(&config.keys[0].keys),
        [
            (KeyCode::Char('j'), KeyModifiers::NONE),
            (KeyCode::Char('n'), KeyModifiers::CONTROL)
        ]
    );
}

#[test]
fn an_empty_file_is_the_default_and_keys_keep_file_order() {
    assert_eq!(parse("", "cfg.toml").unwrap(), Config::default());
    assert_eq!(
        parse("# nothing\n[keys]\n", "cfg.toml").unwrap(),
        Config::default()
    );
    let config = parse("[keys]\nzoom = \"z\"\nhelp = \"?\"\n", "cfg.toml").unwrap();
    let actions: Vec<&str> = config.keys.iter().map(|k| k.action.as_str()).collect();
    assert_eq!(actions, ["zoom", "help"]);
}

#[test]
fn every_theme_and_action_is_accepted() {
    for theme in ["dark", "light", "high-contrast", "mono"] {
        let c = parse(&format!("theme = \"{theme}\""), "c").unwrap();
        assert_eq!(c.theme.as_deref(), Some(theme));
    }
    let table: String = actions().iter().map(|a| format!("{a} = \"x\"\n")).collect();
    let c = parse(&format!("[keys]\n{table}"), "c").unwrap();
    assert_eq!(c.keys.len(), actions().len());
}

#[test]
fn a_bad_theme_is_reported_on_its_line() {
    let e = parse_err("# artex\nmouse = true\ntheme = \"solarized\"\n");
    assert_eq!(at(&e), (Some(3), Some(9)));
    assert!(e.message.contains("unknown theme 'solarized'"), "{e}");
    assert!(e.message.contains("high-contrast"), "{e}");
    assert_eq!(
        e.to_string(),
        format!("artex: config 'cfg.toml' line 3, column 9: {}", e.message)
    );
    assert!(!e.to_string().contains('\n'));
}

#[test]
fn an_unknown_action_is_reported_at_its_name() {
    let e = parse_err("theme = \"dark\"\n\n[keys]\ndown = \"j\"\nup = \"k\"\n  jump = \"J\"\n");
    assert_eq!(at(&e), (Some(6), Some(3)));
    assert!(e.message.contains("unknown action 'jump'"), "{e}");
    assert!(e.message.contains("focus_next"), "{e}");
}

#[test]
fn a_bad_key_string_is_reported_at_the_string() {
    // The second key of the array starts (with its quote) at line 2, column 14.
    let e = parse_err("[keys]\ndown = [\"j\", \"<Foo>\"]\n");
    assert_eq!(at(&e), (Some(2), Some(14)));
    assert!(e.message.contains("bad key '<Foo>' for 'down'"), "{e}");
    // A string of two keys is not one key.
    let e = parse_err("[keys]\nquit = \"ZZ\"\n");
    assert_eq!(at(&e), (Some(2), Some(8)));
    assert!(e.message.contains("bad key 'ZZ'"), "{e}");
    // Non-string items and empty arrays.
    let e = parse_err("[keys]\ndown = [\"j\", 5]\n");
    assert_eq!(at(&e), (Some(2), Some(14)));
    assert!(e.message.contains("key string"), "{e}");
    let e = parse_err("[keys]\ndown = []\n");
    assert_eq!(at(&e), (Some(2), Some(8)));
    assert!(e.message.contains("no key"), "{e}");
    let e = parse_err("[keys]\ndown = 1\n");
    assert_eq!(at(&e), (Some(2), Some(8)));
}

#[test]
fn a_wrong_type_is_reported_at_the_value() {
    let e = parse_err("theme = \"dark\"\nmouse = \"yes\"\n");
    assert_eq!(at(&e), (Some(2), Some(9)));
    assert!(e.message.contains("bool"), "{e}");
    let e = parse_err("keys = 3\n");
    assert_eq!(at(&e).0, Some(1));
}

#[test]
fn an_unknown_field_is_reported() {
    let e = parse_err("theme = \"dark\"\ncolour = \"red\"\n");
    assert_eq!(at(&e), (Some(2), Some(1)));
    assert!(e.message.contains("colour"), "{e}");
    assert!(e.message.contains("theme"), "{e}");
}

#[test]
fn a_bad_currency_is_reported() {
    let e = parse_err("currency = \"dollars\"\n");
    assert_eq!(at(&e), (Some(1), Some(12)));
    assert!(e.message.contains("ISO 4217"), "{e}");
    assert!(parse("currency = \"E1R\"", "c").is_err());
    assert_eq!(
        parse("currency = \"eUr\"", "c")
            .unwrap()
            .currency
            .as_deref(),
        Some("EUR")
    );
}

#[test]
fn a_toml_syntax_error_is_reported_on_one_line() {
    let e = parse_err("theme = \"dark\"\nmouse = tru\n");
    assert_eq!(at(&e).0, Some(2));
    assert!(e.column.is_some());
    assert!(!e.message.is_empty() && !e.message.contains('\n'), "{e}");
    let e = parse_err("theme = \"dark\n");
    assert_eq!(at(&e).0, Some(1));
    let e = parse_err("[keys]\ndown = \"j\"\ndown = \"k\"\n");
    assert_eq!(at(&e).0, Some(3));
}

#[test]
fn columns_count_characters_not_bytes() {
    let e = parse_err("# é\ntheme = \"é\" # ü\n[keys]\n\"ü\" = \"x\"\n");
    assert_eq!(at(&e), (Some(2), Some(9)));
    let e = parse_err("[keys]\ndown = [\"é\", \"<Föo>\"]\n");
    assert_eq!(at(&e), (Some(2), Some(14)));
}

#[test]
fn parse_key_follows_the_keys_notation() {
    let none = KeyModifiers::NONE;
    let cases = [
        ("j", key(KeyCode::Char('j'), none)),
        ("G", key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
        ("?", key(KeyCode::Char('?'), none)),
        ("<", key(KeyCode::Char('<'), none)),
        ("<Enter>", key(KeyCode::Enter, none)),
        ("<Esc>", key(KeyCode::Esc, none)),
        ("<Tab>", key(KeyCode::Tab, none)),
        ("<S-Tab>", key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        ("<BS>", key(KeyCode::Backspace, none)),
        ("<Del>", key(KeyCode::Delete, none)),
        ("<Up>", key(KeyCode::Up, none)),
        ("<Down>", key(KeyCode::Down, none)),
        ("<Left>", key(KeyCode::Left, none)),
        ("<Right>", key(KeyCode::Right, none)),
        ("<PgUp>", key(KeyCode::PageUp, none)),
        ("<PgDn>", key(KeyCode::PageDown, none)),
        ("<Home>", key(KeyCode::Home, none)),
        ("<End>", key(KeyCode::End, none)),
        ("<Space>", key(KeyCode::Char(' '), none)),
        ("<lt>", key(KeyCode::Char('<'), none)),
        ("<C-d>", key(KeyCode::Char('d'), KeyModifiers::CONTROL)),
        ("<C-D>", key(KeyCode::Char('d'), KeyModifiers::CONTROL)),
        ("<F1>", key(KeyCode::F(1), none)),
        ("<F12>", key(KeyCode::F(12), none)),
    ];
    for (s, want) in cases {
        let got = parse_key(s).unwrap_or_else(|| panic!("{s} should parse"));
        assert_eq!(raw(&[got]), raw(&[want]), "{s}");
    }
    for bad in [
        "",
        "jk",
        "<>",
        "<Foo>",
        "<Enter",
        "Enter>",
        "<F0>",
        "<F13>",
        "<F01>",
        "<F+1>",
        "<C->",
        "<C-ab>",
        "<C- >",
        "<Enter><Esc>",
        "<enter>",
    ] {
        assert_eq!(parse_key(bad), None, "{bad:?}");
    }
}

/// All env-dependent checks live in this one test, since tests run in parallel.
#[test]
fn config_path_and_load_follow_flag_then_xdg_then_home() {
    let tmp = std::env::temp_dir().join(format!("artex-config-test-{}", std::process::id()));
    let xdg = tmp.join("xdg");
    let home = tmp.join("home");
    std::fs::create_dir_all(&xdg).unwrap();
    std::fs::create_dir_all(&home).unwrap();
    let under = |base: &Path| base.join("article-explorer").join("config.toml");
    // SAFETY: no other test in this binary reads or writes the environment.
    unsafe {
        std::env::set_var("XDG_CONFIG_HOME", &xdg);
        std::env::set_var("HOME", &home);
    }

    assert_eq!(
        config_path(Some("x/c.toml")),
        Some(PathBuf::from("x/c.toml"))
    );
    assert_eq!(config_path(None), Some(under(&xdg)));

    // Missing default file: defaults.
    assert_eq!(load(None), Ok(Config::default()));
    // Present default file: read.
    std::fs::create_dir_all(under(&xdg).parent().unwrap()).unwrap();
    std::fs::write(under(&xdg), EXAMPLE).unwrap();
    assert_eq!(load(None).unwrap().theme.as_deref(), Some("light"));
    // A broken default file names its path.
    std::fs::write(under(&xdg), "mouse = \"yes\"\n").unwrap();
    let e = load(None).unwrap_err();
    assert_eq!(e.path, under(&xdg).display().to_string());
    assert_eq!((e.line, e.column), (Some(1), Some(9)));

    // Missing --config file: an error naming the path.
    let missing = tmp.join("nope.toml");
    let e = load(Some(missing.to_str().unwrap())).unwrap_err();
    assert_eq!(e.path, missing.display().to_string());
    assert!(e.to_string().contains("nope.toml"), "{e}");
    assert_eq!(e.line, None);
    // Present --config file wins over XDG.
    let flagged = tmp.join("flag.toml");
    std::fs::write(&flagged, "theme = \"mono\"\n").unwrap();
    assert_eq!(
        load(Some(flagged.to_str().unwrap()))
            .unwrap()
            .theme
            .as_deref(),
        Some("mono")
    );

    // Empty or relative XDG_CONFIG_HOME: fall back to HOME.
    for value in ["", "relative/dir"] {
        unsafe { std::env::set_var("XDG_CONFIG_HOME", value) };
        assert_eq!(config_path(None), Some(under(&home.join(".config"))));
    }
    unsafe { std::env::remove_var("XDG_CONFIG_HOME") };
    assert_eq!(config_path(None), Some(under(&home.join(".config"))));
    assert_eq!(load(None), Ok(Config::default()));

    // Neither: no default file at all.
    unsafe { std::env::remove_var("HOME") };
    assert_eq!(config_path(None), None);
    assert_eq!(load(None), Ok(Config::default()));
    assert_eq!(config_path(Some("c.toml")), Some(PathBuf::from("c.toml")));

    std::fs::remove_dir_all(&tmp).unwrap();
}

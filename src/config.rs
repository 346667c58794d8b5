//! The config file: `$XDG_CONFIG_HOME/article-explorer/config.toml` or `--config PATH`.
//!
//! ```toml
//! theme = "light"          # dark | light | high-contrast | mono
//! currency = "usd"         # ISO 4217 code, stored uppercased
//! mouse = false            # mouse capture at start
//! [keys]                   # action = "key" or ["key", ...], in `--keys` notation
//! down = ["j", "<C-n>"]
//! quit = "Q"
//! ```
//!
//! Every error carries the line and column (1-based, in characters) of the offending item.

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use toml::Spanned;

/// Themes the `theme` field accepts.
pub const THEMES: &[&str] = &["dark", "light", "high-contrast", "mono"];

/// Action names the `[keys]` table accepts.
/// The action names of the [keys] table: those of the key table, so they cannot drift.
pub fn actions() -> Vec<&'static str> {
    crate::app::keys::BINDINGS.iter().map(|b| b.name).collect()
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// One of [`THEMES`].
    pub theme: Option<String>,
    /// Three ASCII letters, uppercased (only the shape is checked).
    pub currency: Option<String>,
    /// Mouse capture at start.
    pub mouse: Option<bool>,
    /// The `[keys]` table, in file order.
    pub keys: Vec<KeyOverride>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyOverride {
    /// One of [`actions`].
    pub action: String,
    /// At least one key.
    pub keys: Vec<KeyEvent>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    /// 1-based.
    pub line: Option<usize>,
    /// 1-based, counted in characters.
    pub column: Option<usize>,
    /// One line.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "artex: config '{}'", self.path)?;
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, " line {l}, column {c}")?,
            (Some(l), None) => write!(f, " line {l}")?,
            _ => {}
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

/// The file to read: --config PATH if given; else $XDG_CONFIG_HOME/article-explorer/config.toml;
/// else $HOME/.config/article-explorer/config.toml. Empty or relative env values are ignored,
/// as the XDG spec says.
pub fn config_path(flag: Option<&str>) -> Option<PathBuf> {
    if let Some(p) = flag {
        return Some(PathBuf::from(p));
    }
    let abs_env = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let base = abs_env("XDG_CONFIG_HOME").or_else(|| abs_env("HOME").map(|h| h.join(".config")))?;
    Some(base.join("article-explorer").join("config.toml"))
}

/// Reads and parses. A missing default file is Ok(Config::default()); a missing --config file
/// is an error.
pub fn load(flag: Option<&str>) -> Result<Config, ConfigError> {
    let Some(path) = config_path(flag) else {
        return Ok(Config::default());
    };
    let shown = path.display().to_string();
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&text, &shown),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && flag.is_none() => {
            Ok(Config::default())
        }
        Err(e) => Err(ConfigError {
            path: shown,
            line: None,
            column: None,
            message: format!("cannot read: {e}"),
        }),
    }
}

pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
    let err = |span: Option<Range<usize>>, message: String| {
        let (line, column) = match span {
            Some(s) => {
                let (l, c) = line_col(text, s.start);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        ConfigError {
            path: path.to_string(),
            line,
            column,
            message: one_line(&message),
        }
    };
    let raw: RawConfig = toml::from_str(text).map_err(|e| err(e.span(), e.message().into()))?;

    let theme = match raw.theme {
        Some(t) if !THEMES.contains(&t.get_ref().as_str()) => {
            let msg = format!(
                "unknown theme '{}' (known: {})",
                t.get_ref(),
                THEMES.join(", ")
            );
            return Err(err(Some(t.span()), msg));
        }
        t => t.map(Spanned::into_inner),
    };
    let currency = match raw.currency {
        Some(c)
            if c.get_ref().len() != 3 || !c.get_ref().chars().all(|c| c.is_ascii_alphabetic()) =>
        {
            let msg = format!(
                "currency '{}' is not an ISO 4217 code (three letters, e.g. \"USD\")",
                c.get_ref()
            );
            return Err(err(Some(c.span()), msg));
        }
        c => c.map(|c| c.into_inner().to_ascii_uppercase()),
    };

    let mut entries: Vec<_> = raw.keys.unwrap_or_default().into_iter().collect();
    entries.sort_by_key(|(action, _)| action.span().start);
    let mut keys = Vec::with_capacity(entries.len());
    for (action, list) in entries {
        if !actions().contains(&action.get_ref().as_str()) {
            let msg = format!(
                "unknown action '{}' in [keys] (known: {})",
                action.get_ref(),
                actions().join(", ")
            );
            return Err(err(Some(action.span()), msg));
        }
        let list_span = list.span();
        let strings = match list.into_inner() {
            KeyList::One(s) => vec![Spanned::new(list_span, s)],
            KeyList::Many(v) if v.is_empty() => {
                let msg = format!("no key given for '{}'", action.get_ref());
                return Err(err(Some(list_span), msg));
            }
            KeyList::Many(v) => v
                .into_iter()
                .map(|k| {
                    let span = k.span();
                    Spanned::new(span, k.into_inner().0)
                })
                .collect(),
        };
        let mut events = Vec::with_capacity(strings.len());
        for s in strings {
            let Some(key) = parse_key(s.get_ref()) else {
                let msg = format!(
                    "bad key '{}' for '{}': give one key, as in --keys: \"j\", \"G\", \"<Enter>\", \"<C-d>\", \"<S-Tab>\", \"<PgDn>\", \"<F5>\", \"<Space>\", \"<lt>\"",
                    s.get_ref(),
                    action.get_ref()
                );
                return Err(err(Some(s.span()), msg));
            };
            events.push(key);
        }
        keys.push(KeyOverride {
            action: action.into_inner(),
            keys: events,
        });
    }

    Ok(Config {
        theme,
        currency,
        mouse: raw.mouse,
        keys,
    })
}

/// Key strings use the same vim notation as `artex render --keys`: "j", "G", "<Enter>",
/// "<C-d>", "<S-Tab>", "<PgDn>", "<Space>", "<lt>". Exactly one key per string.
pub fn parse_key(s: &str) -> Option<KeyEvent> {
    let plain = |code| Some(KeyEvent::new(code, KeyModifiers::NONE));
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        let mods = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        return Some(KeyEvent::new(KeyCode::Char(c), mods));
    }
    let name = s.strip_prefix('<')?.strip_suffix('>')?;
    match name {
        "Enter" | "CR" | "Return" => plain(KeyCode::Enter),
        "Esc" => plain(KeyCode::Esc),
        "Tab" => plain(KeyCode::Tab),
        "S-Tab" => Some(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)),
        "BS" => plain(KeyCode::Backspace),
        "Del" => plain(KeyCode::Delete),
        "Up" => plain(KeyCode::Up),
        "Down" => plain(KeyCode::Down),
        "Left" => plain(KeyCode::Left),
        "Right" => plain(KeyCode::Right),
        "PgUp" | "PageUp" => plain(KeyCode::PageUp),
        "PgDn" | "PageDown" => plain(KeyCode::PageDown),
        "Home" => plain(KeyCode::Home),
        "End" => plain(KeyCode::End),
        "Space" => plain(KeyCode::Char(' ')),
        "lt" => plain(KeyCode::Char('<')),
        _ => {
            if let Some(n) = name.strip_prefix('F') {
                // "F1".."F12"; no sign, no leading zero.
                return match n.parse::<u8>() {
                    Ok(k @ 1..=12) if k.to_string() == n => plain(KeyCode::F(k)),
                    _ => None,
                };
            }
            let mut rest = name.strip_prefix("C-")?.chars();
            let (Some(c), None) = (rest.next(), rest.next()) else {
                return None;
            };
            if c.is_whitespace() || c.is_control() {
                return None;
            }
            Some(KeyEvent::new(
                KeyCode::Char(c.to_ascii_lowercase()),
                KeyModifiers::CONTROL,
            ))
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    theme: Option<Spanned<String>>,
    currency: Option<Spanned<String>>,
    mouse: Option<bool>,
    keys: Option<std::collections::BTreeMap<Spanned<String>, Spanned<KeyList>>>,
}

/// A `[keys]` value: one key string or an array of them.
enum KeyList {
    One(String),
    Many(Vec<Spanned<KeyString>>),
}

/// An item of a `[keys]` array, so that a wrong type says what was expected.
struct KeyString(String);

impl<'de> Deserialize<'de> for KeyString {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = KeyString;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key string such as \"j\" or \"<C-d>\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyString, E> {
                Ok(KeyString(v.to_string()))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key string or an array of key strings")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyList, E> {
                Ok(KeyList::One(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<KeyList, A::Error> {
                let mut v = Vec::new();
                while let Some(s) = seq.next_element()? {
                    v.push(s);
                }
                Ok(KeyList::Many(v))
            }
        }
        d.deserialize_any(V)
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn one_line(message: &str) -> String {
    let parts: Vec<&str> = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    parts.join("; ")
}

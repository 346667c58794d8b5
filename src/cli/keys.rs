//! `--keys` strings, as in vim: literal characters with special keys in angle brackets.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown key '{0}' in --keys (known: <Enter> <Esc> <Tab> <S-Tab> <BS> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <Space> <C-x> <lt>)"
)]
pub struct UnknownKey(pub String);

pub fn parse_keys(s: &str) -> Result<Vec<KeyEvent>, UnknownKey> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let name_end = if c == '<' { rest.find('>') } else { None };
        if let Some(end) = name_end.filter(|&end| end > 1 && !rest[1..end].contains('<')) {
            out.push(named(&rest[1..end]).ok_or_else(|| UnknownKey(rest[..=end].to_string()))?);
            rest = &rest[end + 1..];
            continue;
        }
        out.push(char_key(c));
        rest = &rest[c.len_utf8()..];
    }
    Ok(out)
}

fn char_key(c: char) -> KeyEvent {
    let mods = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    KeyEvent::new(KeyCode::Char(c), mods)
}

fn named(name: &str) -> Option<KeyEvent> {
    let plain = |code| Some(KeyEvent::new(code, KeyModifiers::NONE));
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
            let c = name.strip_prefix("C-")?;
            let mut chars = c.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return None;
            };
            Some(KeyEvent::new(
                KeyCode::Char(c.to_ascii_lowercase()),
                KeyModifiers::CONTROL,
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_literals_and_named_keys() {
        let keys = parse_keys(":9<Enter><C-c><lt>G<S-Tab>").unwrap();
        let codes: Vec<_> = keys.iter().map(|k| (k.code, k.modifiers)).collect();
        assert_eq!(
            codes,
            vec![
                (KeyCode::Char(':'), KeyModifiers::NONE),
                (KeyCode::Char('9'), KeyModifiers::NONE),
                (KeyCode::Enter, KeyModifiers::NONE),
                (KeyCode::Char('c'), KeyModifiers::CONTROL),
                (KeyCode::Char('<'), KeyModifiers::NONE),
                (KeyCode::Char('G'), KeyModifiers::SHIFT),
                (KeyCode::BackTab, KeyModifiers::SHIFT),
            ]
        );
    }

    #[test]
    fn a_lone_angle_bracket_is_literal_and_unknown_names_are_errors() {
        assert_eq!(parse_keys("a<b").unwrap().len(), 3);
        assert_eq!(parse_keys("<Foo>").unwrap_err(), UnknownKey("<Foo>".into()));
    }
}

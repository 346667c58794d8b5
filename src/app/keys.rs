//! The one key table: every binding with its action and description. The footer hints and the
//! `?` help overlay are generated from it, so help cannot drift from behaviour.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, Focus};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    /// How the keys are written in help ("j ↓").
    pub label: &'static str,
    pub action: Action,
    pub description: &'static str,
    /// Short hint for the footer, when the binding deserves one.
    pub hint: Option<&'static str>,
}

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[code(KeyCode::Tab)],
        label: "Tab",
        action: Action::FocusNext,
        description: "focus next pane",
        hint: Some("pane"),
    },
    Binding {
        keys: &[code(KeyCode::BackTab)],
        label: "S-Tab",
        action: Action::FocusPrev,
        description: "focus previous pane",
        hint: None,
    },
    Binding {
        keys: &[k('1')],
        label: "1",
        action: Action::Focus(Focus::Paragraphs),
        description: "focus paragraphs",
        hint: None,
    },
    Binding {
        keys: &[k('2')],
        label: "2",
        action: Action::Focus(Focus::Entities),
        description: "focus entities",
        hint: None,
    },
    Binding {
        keys: &[k('3')],
        label: "3",
        action: Action::Focus(Focus::Funding),
        description: "focus funding",
        hint: None,
    },
    Binding {
        keys: &[k('j'), code(KeyCode::Down)],
        label: "j ↓",
        action: Action::Down,
        description: "move down",
        hint: Some("scroll"),
    },
    Binding {
        keys: &[k('k'), code(KeyCode::Up)],
        label: "k ↑",
        action: Action::Up,
        description: "move up",
        hint: None,
    },
    Binding {
        keys: &[code(KeyCode::PageDown), k(' ')],
        label: "PgDn Space",
        action: Action::PageDown,
        description: "page down",
        hint: Some("page"),
    },
    Binding {
        keys: &[code(KeyCode::PageUp), k('b')],
        label: "PgUp b",
        action: Action::PageUp,
        description: "page up",
        hint: None,
    },
    Binding {
        keys: &[k('g'), code(KeyCode::Home)],
        label: "g Home",
        action: Action::Top,
        description: "top",
        hint: None,
    },
    Binding {
        keys: &[k('G'), code(KeyCode::End)],
        label: "G End",
        action: Action::Bottom,
        description: "bottom",
        hint: None,
    },
    Binding {
        keys: &[k('}'), code(KeyCode::Right)],
        label: "} →",
        action: Action::NextParagraph,
        description: "next paragraph",
        hint: Some("next ¶"),
    },
    Binding {
        keys: &[k('{'), code(KeyCode::Left)],
        label: "{ ←",
        action: Action::PrevParagraph,
        description: "previous paragraph",
        hint: None,
    },
    Binding {
        keys: &[k('/')],
        label: "/",
        action: Action::Search,
        description: "search as you type (in entities or funding: filter the rows)",
        hint: Some("search"),
    },
    Binding {
        keys: &[k('n')],
        label: "n",
        action: Action::NextMatch,
        description: "next match",
        hint: None,
    },
    Binding {
        keys: &[k('N')],
        label: "N",
        action: Action::PrevMatch,
        description: "previous match",
        hint: None,
    },
    Binding {
        keys: &[k('*')],
        label: "*",
        action: Action::SearchEntity,
        description: "search for the selected entity's name",
        hint: None,
    },
    Binding {
        keys: &[k(':')],
        label: ": N Enter",
        action: Action::GoToPrompt,
        description: "go to paragraph N",
        hint: Some("go to"),
    },
    Binding {
        keys: &[code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Activate,
        description: "jump to the entity's next mention / the bar's sentence",
        hint: None,
    },
    Binding {
        keys: &[k('f')],
        label: "f",
        action: Action::ToggleParagraphFilter,
        description: "only the paragraphs mentioning the selected entity (again or Esc: all)",
        hint: None,
    },
    Binding {
        keys: &[k('e')],
        label: "e",
        action: Action::ToggleMarks,
        description: "mark every entity in the text",
        hint: None,
    },
    Binding {
        keys: &[k('l')],
        label: "l",
        action: Action::ToggleLogScale,
        description: "funding chart: linear / logarithmic scale",
        hint: None,
    },
    Binding {
        keys: &[k('u')],
        label: "u",
        action: Action::NextUnit,
        description: "funding chart: money, then each counted unit (GPU, job, GW…)",
        hint: None,
    },
    Binding {
        keys: &[k('p')],
        label: "p",
        action: Action::Presenter,
        description: "presenter mode: spotlight, no chrome (Space/b, ←/→ move like slides)",
        hint: Some("present"),
    },
    Binding {
        keys: &[k('K')],
        label: "K",
        action: Action::ToggleKeyDisplay,
        description: "presenter mode: show the last keys pressed",
        hint: None,
    },
    Binding {
        keys: &[k('z')],
        label: "z",
        action: Action::Zoom,
        description: "zoom: focused pane full screen",
        hint: Some("zoom"),
    },
    Binding {
        keys: &[k('t')],
        label: "t",
        action: Action::NextTheme,
        description: "next theme (dark, light, high-contrast, mono)",
        hint: Some("theme"),
    },
    Binding {
        keys: &[k('y')],
        label: "y",
        action: Action::Copy,
        description: "copy the selected paragraph (OSC 52)",
        hint: None,
    },
    Binding {
        keys: &[k('m')],
        label: "m",
        action: Action::ToggleMouse,
        description: "mouse capture on/off (off: select text)",
        hint: None,
    },
    Binding {
        keys: &[k('?')],
        label: "?",
        action: Action::Help,
        description: "help: this list",
        hint: Some("help"),
    },
    Binding {
        keys: &[k('q'), ctrl('c')],
        label: "q C-c",
        action: Action::Quit,
        description: "quit",
        hint: Some("quit"),
    },
];

/// A key as `--keys` writes it ("j", "<Space>", "<C-c>", "<Enter>").
pub fn key_label(key: &KeyEvent) -> String {
    match key.code {
        KeyCode::Char(' ') => "<Space>".to_string(),
        KeyCode::Char('<') => "<lt>".to_string(),
        KeyCode::Char(c) if key.modifiers.contains(KeyModifiers::CONTROL) => format!("<C-{c}>"),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::BackTab => "<S-Tab>".into(),
        KeyCode::Backspace => "<BS>".into(),
        KeyCode::PageUp => "<PgUp>".into(),
        KeyCode::PageDown => "<PgDn>".into(),
        other => format!("<{other}>"),
    }
}

/// The action bound to a key event in browse mode.
pub fn lookup(event: &KeyEvent) -> Option<Action> {
    let pressed = Key {
        code: event.code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
    };
    BINDINGS
        .iter()
        .find(|b| b.keys.contains(&pressed))
        .map(|b| b.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice() {
        let all: Vec<Key> = BINDINGS
            .iter()
            .flat_map(|b| b.keys.iter().copied())
            .collect();
        for (i, key) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(key), "{key:?} bound twice");
        }
    }

    #[test]
    fn shifted_characters_and_control_keys_resolve() {
        let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(lookup(&shifted), Some(Action::Bottom));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(lookup(&ctrl_c), Some(Action::Quit));
        let plain_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(lookup(&plain_c), None);
    }
}

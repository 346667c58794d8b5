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
    /// The action's name in the config file's [keys] table.
    pub name: &'static str,
    pub description: &'static str,
    /// Short hint for the footer, when the binding deserves one.
    pub hint: Option<&'static str>,
}

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[code(KeyCode::Tab)],
        label: "Tab",
        action: Action::FocusNext,
        name: "focus_next",
        description: "focus next pane",
        hint: Some("pane"),
    },
    Binding {
        keys: &[code(KeyCode::BackTab)],
        label: "S-Tab",
        action: Action::FocusPrev,
        name: "focus_prev",
        description: "focus previous pane",
        hint: None,
    },
    Binding {
        keys: &[k('1')],
        label: "1",
        action: Action::Focus(Focus::Paragraphs),
        name: "focus_paragraphs",
        description: "focus paragraphs",
        hint: None,
    },
    Binding {
        keys: &[k('2')],
        label: "2",
        action: Action::Focus(Focus::Entities),
        name: "focus_entities",
        description: "focus entities",
        hint: None,
    },
    Binding {
        keys: &[k('3')],
        label: "3",
        action: Action::Focus(Focus::Funding),
        name: "focus_funding",
        description: "focus funding",
        hint: None,
    },
    Binding {
        keys: &[k('j'), code(KeyCode::Down)],
        label: "j ↓",
        action: Action::Down,
        name: "down",
        description: "move down",
        hint: Some("scroll"),
    },
    Binding {
        keys: &[k('k'), code(KeyCode::Up)],
        label: "k ↑",
        action: Action::Up,
        name: "up",
        description: "move up",
        hint: None,
    },
    Binding {
        keys: &[code(KeyCode::PageDown), k(' ')],
        label: "PgDn Space",
        action: Action::PageDown,
        name: "page_down",
        description: "page down",
        hint: Some("page"),
    },
    Binding {
        keys: &[code(KeyCode::PageUp), k('b')],
        label: "PgUp b",
        action: Action::PageUp,
        name: "page_up",
        description: "page up",
        hint: None,
    },
    Binding {
        keys: &[k('g'), code(KeyCode::Home)],
        label: "g Home",
        action: Action::Top,
        name: "top",
        description: "top",
        hint: None,
    },
    Binding {
        keys: &[k('G'), code(KeyCode::End)],
        label: "G End",
        action: Action::Bottom,
        name: "bottom",
        description: "bottom",
        hint: None,
    },
    Binding {
        keys: &[k('}'), code(KeyCode::Right)],
        label: "} →",
        action: Action::NextParagraph,
        name: "next_paragraph",
        description: "next paragraph",
        hint: Some("next ¶"),
    },
    Binding {
        keys: &[k('{'), code(KeyCode::Left)],
        label: "{ ←",
        action: Action::PrevParagraph,
        name: "prev_paragraph",
        description: "previous paragraph",
        hint: None,
    },
    Binding {
        keys: &[k('/')],
        label: "/",
        action: Action::Search,
        name: "search",
        description: "search as you type (in entities or funding: filter the rows)",
        hint: Some("search"),
    },
    Binding {
        keys: &[k('n')],
        label: "n",
        action: Action::NextMatch,
        name: "next_match",
        description: "next match",
        hint: None,
    },
    Binding {
        keys: &[k('N')],
        label: "N",
        action: Action::PrevMatch,
        name: "prev_match",
        description: "previous match",
        hint: None,
    },
    Binding {
        keys: &[k('*')],
        label: "*",
        action: Action::SearchEntity,
        name: "search_entity",
        description: "search for the selected entity's name",
        hint: None,
    },
    Binding {
        keys: &[k(':')],
        label: ": N Enter",
        action: Action::GoToPrompt,
        name: "goto",
        description: "go to paragraph N",
        hint: Some("go to"),
    },
    Binding {
        keys: &[code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Activate,
        name: "activate",
        description: "jump to the entity's next mention / the bar's sentence",
        hint: None,
    },
    Binding {
        keys: &[k('f')],
        label: "f",
        action: Action::ToggleParagraphFilter,
        name: "filter_paragraphs",
        description: "only the paragraphs mentioning the selected entity (again or Esc: all)",
        hint: None,
    },
    Binding {
        keys: &[k('e')],
        label: "e",
        action: Action::ToggleMarks,
        name: "mark_entities",
        description: "mark every entity in the text",
        hint: None,
    },
    Binding {
        keys: &[k('l')],
        label: "l",
        action: Action::ToggleLogScale,
        name: "log_scale",
        description: "funding chart: linear / logarithmic scale",
        hint: None,
    },
    Binding {
        keys: &[k('u')],
        label: "u",
        action: Action::NextUnit,
        name: "next_unit",
        description: "funding chart: money, then each counted unit (GPU, job, GW…)",
        hint: None,
    },
    Binding {
        keys: &[k('p')],
        label: "p",
        action: Action::Presenter,
        name: "presenter",
        description: "presenter mode: spotlight, no chrome (Space/b, ←/→ move like slides)",
        hint: Some("present"),
    },
    Binding {
        keys: &[k('K')],
        label: "K",
        action: Action::ToggleKeyDisplay,
        name: "key_display",
        description: "presenter mode: show the last keys pressed",
        hint: None,
    },
    Binding {
        keys: &[k('z')],
        label: "z",
        action: Action::Zoom,
        name: "zoom",
        description: "zoom: focused pane full screen",
        hint: Some("zoom"),
    },
    Binding {
        keys: &[k('t')],
        label: "t",
        action: Action::NextTheme,
        name: "next_theme",
        description: "next theme (dark, light, high-contrast, mono)",
        hint: Some("theme"),
    },
    Binding {
        keys: &[k('s')],
        label: "s",
        action: Action::SaveScreen,
        name: "save_svg",
        description: "save the screen as SVG (artex-YYYYMMDD-HHMMSS.svg, working directory)",
        hint: None,
    },
    Binding {
        keys: &[k('y')],
        label: "y",
        action: Action::Copy,
        name: "copy",
        description: "copy the selected paragraph (OSC 52)",
        hint: None,
    },
    Binding {
        keys: &[k('m')],
        label: "m",
        action: Action::ToggleMouse,
        name: "toggle_mouse",
        description: "mouse capture on/off (off: select text)",
        hint: None,
    },
    Binding {
        keys: &[k('?')],
        label: "?",
        action: Action::Help,
        name: "help",
        description: "help: this list",
        hint: Some("help"),
    },
    Binding {
        keys: &[k('q'), ctrl('c')],
        label: "q C-c",
        action: Action::Quit,
        name: "quit",
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

/// The bindings in force: the table above with the config file's overrides applied. Lookup,
/// footer hints and the help overlay all read this, so they cannot disagree.
#[derive(Debug, Clone)]
pub struct KeyMap {
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub keys: Vec<Key>,
    pub label: String,
    pub action: Action,
    pub name: &'static str,
    pub description: &'static str,
    pub hint: Option<&'static str>,
}

impl Default for KeyMap {
    fn default() -> Self {
        let entries = BINDINGS
            .iter()
            .map(|b| Entry {
                keys: b.keys.to_vec(),
                label: b.label.to_string(),
                action: b.action,
                name: b.name,
                description: b.description,
                hint: b.hint,
            })
            .collect();
        KeyMap { entries }
    }
}

impl KeyMap {
    /// Each override replaces the keys of the action it names; a key it takes is removed from
    /// whatever action had it before. Unknown names are returned, not applied.
    pub fn with_overrides(overrides: &[(String, Vec<KeyEvent>)]) -> (KeyMap, Vec<String>) {
        let mut map = KeyMap::default();
        let mut unknown = Vec::new();
        for (name, events) in overrides {
            let keys: Vec<Key> = events.iter().map(Key::from).collect();
            if !map.entries.iter().any(|e| e.name == name) {
                unknown.push(name.clone());
                continue;
            }
            for e in &mut map.entries {
                e.keys.retain(|k| !keys.contains(k));
            }
            if let Some(e) = map.entries.iter_mut().find(|e| e.name == name) {
                e.label = events.iter().map(key_label).collect::<Vec<_>>().join(" ");
                e.keys = keys;
            }
        }
        (map, unknown)
    }

    /// The action bound to a key event in browse mode.
    pub fn lookup(&self, event: &KeyEvent) -> Option<Action> {
        let pressed = Key::from(event);
        self.entries
            .iter()
            .find(|e| e.keys.contains(&pressed))
            .map(|e| e.action)
    }
}

impl From<&KeyEvent> for Key {
    fn from(event: &KeyEvent) -> Key {
        Key {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        }
    }
}

/// The action bound to a key event by the default table.
pub fn lookup(event: &KeyEvent) -> Option<Action> {
    KeyMap::default().lookup(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_replace_an_actions_keys_and_take_them_from_others() {
        let q = KeyEvent::new(KeyCode::Char('Q'), KeyModifiers::SHIFT);
        let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        let (map, unknown) = KeyMap::with_overrides(&[
            ("quit".into(), vec![q]),
            ("top".into(), vec![j]),
            ("nope".into(), vec![j]),
        ]);
        assert_eq!(unknown, vec!["nope".to_string()]);
        assert_eq!(map.lookup(&q), Some(Action::Quit));
        assert_eq!(
            map.lookup(&KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)),
            None,
            "q no longer quits"
        );
        assert_eq!(map.lookup(&j), Some(Action::Top), "j taken from down");
        assert_eq!(
            map.lookup(&KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)),
            Some(Action::Down)
        );
        let quit = map.entries.iter().find(|e| e.name == "quit").unwrap();
        assert_eq!(quit.label, "Q");
    }

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

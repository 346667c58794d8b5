//! The state machine: which pane is focused, which mode is active, what is selected.
//! Keys become `Action`s through the key table; `update` is the only place state changes.

pub mod entities;
pub mod funding;
pub mod keys;
pub mod matches;
mod paragraphs;
pub mod prepared;
pub mod reader;
pub mod search;
mod theme_name;

pub use theme_name::ThemeName;

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use crate::document::{Document, wrap};
use crate::extract::{Entity, Figure};
use entities::EntityState;
use funding::FundingState;
use reader::{Lines, Pos, TextArea, WrapCache};
use search::SearchState;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Focus {
    Paragraphs,
    Entities,
    Funding,
}

impl Focus {
    pub const ALL: [Focus; 3] = [Focus::Paragraphs, Focus::Entities, Focus::Funding];

    pub fn title(self) -> &'static str {
        match self {
            Focus::Paragraphs => "Paragraphs",
            Focus::Entities => "Entities",
            Focus::Funding => "Funding",
        }
    }

    fn next(self) -> Focus {
        Focus::ALL[(self as usize + 1) % 3]
    }

    fn prev(self) -> Focus {
        Focus::ALL[(self as usize + 2) % 3]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Browse,
    Help,
    GoTo,
    Search,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    FocusNext,
    FocusPrev,
    Focus(Focus),
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    NextParagraph,
    PrevParagraph,
    GoToPrompt,
    Zoom,
    Presenter,
    ToggleKeyDisplay,
    SaveScreen,
    /// Enter: on an entity, its next mention.
    Activate,
    ToggleParagraphFilter,
    ToggleMarks,
    /// `l` and `u` in the funding chart.
    ToggleLogScale,
    NextUnit,
    NextTheme,
    Copy,
    ToggleMouse,
    Help,
    Quit,
    /// Typing in the `:` prompt.
    Input(char),
    InputBackspace,
    InputSubmit,
    /// Closes the open overlay or prompt.
    Cancel,
    /// `/`, and what the search line does with keys.
    Search,
    SearchEdit(KeyEvent),
    SearchKeep,
    SearchCancel,
    SearchRegex,
    SearchHistory {
        older: bool,
    },
    NextMatch,
    PrevMatch,
    /// `*`: search for the selected entity's name.
    SearchEntity,
    ScrollAt {
        column: u16,
        row: u16,
        down: bool,
    },
    ClickAt {
        column: u16,
        row: u16,
    },
}

/// Something the live terminal loop must do for the state (render ignores these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Copy(String),
    MouseCapture(bool),
    /// `s`: save the screen as SVG in the working directory.
    SaveScreen,
}

/// A rectangle of the last drawn frame (terminal cells), recorded by the UI for mouse hits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Area {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub height: u16,
}

impl Area {
    pub fn contains(&self, column: u16, row: u16) -> bool {
        column >= self.x
            && column < self.x + self.width
            && row >= self.y
            && row < self.y + self.height
    }
}

/// Where things were on the last frame: what mouse events and paging need to know.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Geometry {
    pub panes: Vec<(Focus, Area)>,
    /// The paragraphs pane's text area (inside borders and gutter).
    pub text: Area,
    /// The block shown on each row of the text area (None: separator or past the end).
    pub rows: Vec<Option<usize>>,
    /// For each row of the entities and funding lists, the selection index it shows (None: a header).
    pub list_hits: [Vec<Option<usize>>; 2],
    pub list_rows: [usize; 2],
}

/// A selectable list pane (entities, funding).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListView {
    pub selected: usize,
}

pub struct App {
    /// Shared with the background extraction thread.
    pub doc: Arc<Document>,
    /// True until the extractors' results are in (`set_analysis`).
    pub extracting: bool,
    /// True while `doc` is only the start of a large file (`replace_document` puts in the whole).
    pub loading: bool,
    /// How far the background extraction is, for the panes that wait for it.
    pub progress: Arc<crate::extract::Progress>,
    pub entities: Vec<Entity>,
    pub figures: Vec<Figure>,
    /// ISO 4217 code of the currency the figures' converted amounts are in.
    pub currency: String,
    pub focus: Focus,
    pub mode: Mode,
    pub zoomed: bool,
    /// The key bindings in force (the table, with the config file's overrides).
    pub keymap: keys::KeyMap,
    /// `p`: presenter mode; `K`: the last keys shown in a corner.
    pub presenter: bool,
    pub show_keys: bool,
    pub recent_keys: std::collections::VecDeque<String>,
    pub theme: ThemeName,
    /// First line shown in the paragraphs pane.
    pub top: Pos,
    /// The selected paragraph (block index).
    pub selected: usize,
    pub lists: [ListView; 2],
    pub ents: EntityState,
    pub funding: FundingState,
    pub search: SearchState,
    /// Built once per document, off the key path (None while it is being built).
    pub index: Option<Arc<crate::search::SearchIndex>>,
    /// The date of the exchange rates used for conversion, shown under the chart.
    pub rates_date: Option<String>,
    pub goto_input: String,
    pub help_scroll: usize,
    pub mouse_captured: bool,
    /// One-line message for the footer, cleared by the next key.
    pub status: Option<String>,
    pub quit: bool,
    pub effects: Vec<Effect>,
    /// Recorded by drawing; read by paging and mouse handling.
    pub geometry: RefCell<Geometry>,
    pub text_area: Cell<TextArea>,
    pub wraps: RefCell<WrapCache>,
}

/// Marks the calling thread as background work (and the threads it starts: they inherit it),
/// so that the thread drawing the screen is not preempted when it wakes. Linux wakes a thread
/// that slept ahead of the running one: handing the whole-document search to its thread held
/// the first keystroke of a search 1-5 ms in 3 of 12 runs (none in 12 with this).
pub fn background_thread() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: sched_setscheduler on the calling thread (pid 0) with a valid parameter; SCHED_BATCH
    // only changes how the scheduler treats its wake-ups, a failure leaves things as they were.
    unsafe {
        let param = libc::sched_param { sched_priority: 0 };
        libc::sched_setscheduler(0, libc::SCHED_BATCH, &param);
    }
}

impl App {
    /// "extracting… 42%", while the panes wait for the extractors.
    pub fn extracting_label(&self) -> String {
        if self.loading {
            return "loading…".into();
        }
        format!("extracting… {}%", self.progress.permille() / 10)
    }

    pub fn new(doc: Document) -> App {
        App {
            doc: Arc::new(doc),
            extracting: true,
            loading: false,
            progress: Arc::default(),
            entities: Vec::new(),
            figures: Vec::new(),
            currency: String::new(),
            focus: Focus::Paragraphs,
            mode: Mode::Browse,
            zoomed: false,
            keymap: keys::KeyMap::default(),
            presenter: false,
            show_keys: false,
            recent_keys: std::collections::VecDeque::new(),
            theme: ThemeName::Dark,
            top: Pos::default(),
            selected: 0,
            lists: [ListView::default(); 2],
            ents: EntityState::default(),
            funding: FundingState::default(),
            search: SearchState::default(),
            index: None,
            rates_date: None,
            goto_input: String::new(),
            help_scroll: 0,
            mouse_captured: true,
            status: None,
            quit: false,
            effects: Vec::new(),
            geometry: RefCell::new(Geometry::default()),
            text_area: Cell::new(TextArea::default()),
            wraps: RefCell::new(WrapCache::default()),
        }
    }

    pub fn lines(&self) -> Lines<'_> {
        Lines {
            doc: &self.doc,
            cache: &self.wraps,
            area: self.text_area.get(),
            only: self
                .ents
                .filter
                .as_ref()
                .map(|(_, blocks)| blocks.as_slice()),
        }
    }

    /// Rows in a list pane (entities, funding).
    pub fn list_len(&self, focus: Focus) -> usize {
        match focus {
            Focus::Paragraphs => self.doc.len(),
            Focus::Entities => self.entities.len(),
            Focus::Funding => self.funding.bars.len(),
        }
    }

    /// The key event's action in the current mode: overlays and prompts get keys first.
    pub fn action_for_key(&self, key: &KeyEvent) -> Option<Action> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            return Some(Action::Quit);
        }
        match self.mode {
            Mode::GoTo => match key.code {
                KeyCode::Enter => Some(Action::InputSubmit),
                KeyCode::Esc => Some(Action::Cancel),
                KeyCode::Backspace => Some(Action::InputBackspace),
                KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
                _ => None,
            },
            Mode::Help => match key.code {
                KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q') | KeyCode::Enter => {
                    Some(Action::Cancel)
                }
                _ => self.keymap.lookup(key).filter(|a| {
                    matches!(
                        a,
                        Action::Down
                            | Action::Up
                            | Action::PageDown
                            | Action::PageUp
                            | Action::Top
                            | Action::Bottom
                    )
                }),
            },
            Mode::Search => match key.code {
                KeyCode::Enter => Some(Action::SearchKeep),
                KeyCode::Esc => Some(Action::SearchCancel),
                KeyCode::Up => Some(Action::SearchHistory { older: true }),
                KeyCode::Down => Some(Action::SearchHistory { older: false }),
                KeyCode::Char('r') if ctrl => Some(Action::SearchRegex),
                _ => Some(Action::SearchEdit(*key)),
            },
            Mode::Browse => match key.code {
                // Slides: Space and b step paragraphs in presenter mode instead of paging.
                KeyCode::Char(' ') if self.presenter && self.focus == Focus::Paragraphs => {
                    Some(Action::NextParagraph)
                }
                KeyCode::Char('b') if self.presenter && self.focus == Focus::Paragraphs => {
                    Some(Action::PrevParagraph)
                }
                KeyCode::Esc if self.presenter => Some(Action::Presenter),
                KeyCode::Esc if self.zoomed => Some(Action::Zoom),
                KeyCode::Esc
                    if !self.search.matches.is_empty()
                        || self.search.target.is_some_and(|f| f != Focus::Paragraphs) =>
                {
                    Some(Action::SearchCancel)
                }
                KeyCode::Esc if self.ents.filter.is_some() => Some(Action::ToggleParagraphFilter),
                _ => self.keymap.lookup(key),
            },
        }
    }

    pub fn handle_key(&mut self, key: &KeyEvent) {
        self.status = None;
        if self.recent_keys.len() == 6 {
            self.recent_keys.pop_front();
        }
        self.recent_keys.push_back(keys::key_label(key));
        if let Some(action) = self.action_for_key(key) {
            self.update(action);
        }
    }

    pub fn handle_mouse(&mut self, event: &MouseEvent) {
        let (column, row) = (event.column, event.row);
        let action = match event.kind {
            MouseEventKind::ScrollDown => Action::ScrollAt {
                column,
                row,
                down: true,
            },
            MouseEventKind::ScrollUp => Action::ScrollAt {
                column,
                row,
                down: false,
            },
            MouseEventKind::Down(MouseButton::Left) => Action::ClickAt { column, row },
            _ => return,
        };
        self.update(action);
    }

    /// Applies one action: the only place where state changes.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::FocusNext => self.focus = self.focus.next(),
            Action::FocusPrev => self.focus = self.focus.prev(),
            Action::Focus(f) => self.focus = f,
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.move_by(self.page() as isize),
            Action::PageUp => self.move_by(-(self.page() as isize)),
            Action::Top => self.move_to_end(false),
            Action::Bottom => self.move_to_end(true),
            Action::NextParagraph | Action::PrevParagraph => {
                // Only the focused pane is on screen in presenter mode or zoomed: a paragraph
                // step brings the paragraphs back, or it would move something unseen.
                if self.presenter || self.zoomed {
                    self.focus = Focus::Paragraphs;
                }
                self.step_paragraph(action == Action::NextParagraph);
            }
            Action::GoToPrompt => {
                self.mode = Mode::GoTo;
                self.goto_input.clear();
            }
            Action::Zoom => self.zoomed = !self.zoomed,
            Action::Presenter => {
                self.presenter = !self.presenter;
                if self.presenter {
                    let selected = self.selected;
                    self.select_paragraph(selected);
                }
            }
            Action::ToggleKeyDisplay => self.show_keys = !self.show_keys,
            Action::SaveScreen => self.effects.push(Effect::SaveScreen),
            Action::Activate => match self.focus {
                Focus::Entities => self.jump_to_next_mention(),
                Focus::Funding => self.jump_to_figure(),
                Focus::Paragraphs => {}
            },
            Action::ToggleLogScale => {
                self.funding.log = !self.funding.log;
                self.status = Some(
                    if self.funding.log {
                        "funding: logarithmic scale"
                    } else {
                        "funding: linear scale"
                    }
                    .into(),
                );
            }
            Action::NextUnit => self.next_unit(),
            Action::ToggleParagraphFilter => self.toggle_paragraph_filter(),
            Action::ToggleMarks => {
                self.ents.marks = !self.ents.marks;
                self.status = Some(
                    if self.ents.marks {
                        "entities marked in the text (e: off)"
                    } else {
                        "entity marks off"
                    }
                    .into(),
                );
            }
            Action::NextTheme => {
                self.theme = self.theme.next();
                self.status = Some(format!("theme: {}", self.theme.as_str()));
            }
            Action::Copy => self.copy_selected(),
            Action::ToggleMouse => {
                self.mouse_captured = !self.mouse_captured;
                self.effects.push(Effect::MouseCapture(self.mouse_captured));
                self.status = Some(if self.mouse_captured {
                    "mouse on: wheel scrolls, click selects".into()
                } else {
                    "mouse off: the terminal selects text (m to turn back on)".into()
                });
            }
            Action::Help => {
                self.mode = Mode::Help;
                self.help_scroll = 0;
            }
            Action::Quit => self.quit = true,
            Action::Input(c) => {
                if c.is_ascii_digit() && self.goto_input.len() < 12 {
                    self.goto_input.push(c);
                }
            }
            Action::InputBackspace => {
                self.goto_input.pop();
            }
            Action::InputSubmit => self.submit_goto(),
            Action::Cancel => self.mode = Mode::Browse,
            Action::Search => self.open_search(),
            Action::SearchEdit(key) => self.search_edit(key),
            Action::SearchKeep => self.keep_search(),
            Action::SearchCancel => self.clear_search(),
            Action::SearchRegex => self.toggle_regex(),
            Action::SearchHistory { older } => self.recall(older),
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            Action::SearchEntity => self.search_selected_entity(),
            Action::ScrollAt { column, row, down } => self.scroll_at(column, row, down),
            Action::ClickAt { column, row } => self.click_at(column, row),
        }
    }

    fn page(&self) -> usize {
        let rows = match (self.mode, self.focus) {
            (Mode::Help, _) | (_, Focus::Paragraphs) => self.text_area.get().height,
            (_, f) => self.geometry.borrow().list_rows[f as usize - 1],
        };
        rows.saturating_sub(1).max(1)
    }

    /// Moves the focused pane (or the help overlay) by `delta` rows.
    fn move_by(&mut self, delta: isize) {
        if self.mode == Mode::Help {
            // descriptions wrap on narrow screens: up to two lines each
            self.help_scroll = self
                .help_scroll
                .saturating_add_signed(delta)
                .min(self.keymap.entries.len() * 2);
            return;
        }
        match self.focus {
            Focus::Paragraphs => self.scroll_lines(delta),
            f => {
                let len = self.list_len(f);
                self.ents.cursor = 0;
                let list = &mut self.lists[f as usize - 1];
                list.selected = list
                    .selected
                    .saturating_add_signed(delta)
                    .min(len.saturating_sub(1));
            }
        }
    }

    fn copy_selected(&mut self) {
        if self.doc.is_empty() {
            return;
        }
        let text = wrap::sanitize(self.doc.block_text(self.selected)).into_owned();
        self.status = Some(format!(
            "copied ¶{} ({} characters) to the clipboard",
            self.selected + 1,
            text.chars().count()
        ));
        self.effects.push(Effect::Copy(text));
    }

    fn pane_at(&self, column: u16, row: u16) -> Option<(Focus, Area)> {
        self.geometry
            .borrow()
            .panes
            .iter()
            .copied()
            .find(|(_, a)| a.contains(column, row))
    }

    fn scroll_at(&mut self, column: u16, row: u16, down: bool) {
        if self.mode == Mode::Help {
            return self.move_by(if down { 3 } else { -3 });
        }
        let Some((focus, _)) = self.pane_at(column, row) else {
            return;
        };
        let saved = self.focus;
        self.focus = focus;
        self.move_by(if down { 3 } else { -3 });
        self.focus = saved;
    }

    fn click_at(&mut self, column: u16, row: u16) {
        if self.mode != Mode::Browse {
            self.mode = Mode::Browse;
            return;
        }
        let Some((focus, area)) = self.pane_at(column, row) else {
            return;
        };
        self.focus = focus;
        let geometry = self.geometry.borrow().clone();
        match focus {
            Focus::Paragraphs => {
                if geometry.text.contains(column, row) || area.contains(column, row) {
                    let r = row.saturating_sub(geometry.text.y) as usize;
                    // The rows are those of the last frame: take the block only if it is still shown.
                    if let Some(Some(block)) = geometry.rows.get(r)
                        && self.lines().snap(*block) == Some(*block)
                    {
                        self.selected = *block;
                    }
                }
            }
            f => {
                let i = f as usize - 1;
                let hit = row
                    .checked_sub(area.y + 1)
                    .and_then(|r| geometry.list_hits[i].get(r as usize));
                if let Some(Some(index)) = hit {
                    self.lists[i].selected = *index;
                    self.ents.cursor = 0;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;

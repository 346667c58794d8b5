//! Themes with semantic fields: panes never name a colour. Dark and light use the terminal's own
//! ANSI palette; high-contrast uses fixed colours; mono uses no colour at all.

use ratatui::style::{Color, Modifier, Style};

use crate::app::ThemeName;
use crate::extract::EntityKind;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub text: Style,
    pub pane: Style,
    pub pane_focused: Style,
    pub title: Style,
    pub title_focused: Style,
    pub header: Style,
    pub footer: Style,
    pub key: Style,
    pub status: Style,
    pub gutter: Style,
    pub selection: Style,
    pub heading: Style,
    /// Bold, without colour: group headers take their colour from the kind.
    pub heading_plain: Style,
    /// The selected entity's mentions in the text.
    pub mention: Style,
    /// Search matches, and the current one.
    pub matched: Style,
    pub match_current: Style,
    /// The sentence a selected figure comes from.
    pub sentence: Style,
    pub bar: Style,
    /// The extension of a range bar, from the low to the high bound.
    pub bar_range: Style,
    pub byline: Style,
    pub quote: Style,
    pub dimmed: Style,
    /// The current paragraph in presenter mode (mono: bold, since it cannot use colour).
    pub spotlight: Style,
    pub overlay: Style,
    pub entity: [Style; 5],
}

const fn fg(c: Color) -> Style {
    Style::new().fg(c)
}

impl Theme {
    pub fn get(name: ThemeName) -> Theme {
        let bold = Modifier::BOLD;
        match name {
            ThemeName::Dark | ThemeName::Light => {
                let (accent, soft, heading) = if name == ThemeName::Dark {
                    (Color::Yellow, Color::DarkGray, Color::LightYellow)
                } else {
                    (Color::Blue, Color::Gray, Color::Magenta)
                };
                Theme {
                    text: Style::new(),
                    pane: fg(soft),
                    pane_focused: fg(accent).add_modifier(bold),
                    title: fg(soft),
                    title_focused: fg(accent).add_modifier(bold),
                    header: Style::new().add_modifier(Modifier::REVERSED),
                    footer: Style::new(),
                    key: fg(accent).add_modifier(bold),
                    status: fg(Color::Green).add_modifier(bold),
                    gutter: fg(soft),
                    selection: fg(accent).add_modifier(bold),
                    heading: fg(heading).add_modifier(bold),
                    heading_plain: Style::new().add_modifier(bold),
                    mention: Style::new().add_modifier(Modifier::REVERSED | bold),
                    matched: Style::new()
                        .fg(Color::Black)
                        .bg(if name == ThemeName::Dark {
                            Color::Yellow
                        } else {
                            Color::LightYellow
                        }),
                    match_current: Style::new()
                        .fg(Color::Black)
                        .bg(Color::LightRed)
                        .add_modifier(bold | Modifier::UNDERLINED),
                    sentence: Style::new().add_modifier(Modifier::UNDERLINED),
                    bar: fg(if name == ThemeName::Dark {
                        Color::Cyan
                    } else {
                        Color::Blue
                    }),
                    bar_range: fg(soft),
                    byline: fg(Color::Cyan).add_modifier(Modifier::ITALIC),
                    quote: Style::new().add_modifier(Modifier::ITALIC),
                    dimmed: fg(soft),
                    spotlight: Style::new(),
                    overlay: Style::new(),
                    // Bright variants on dark backgrounds (ANSI blue on black is hard to read).
                    entity: if name == ThemeName::Dark {
                        [
                            fg(Color::LightGreen),
                            fg(Color::LightBlue),
                            fg(Color::LightMagenta),
                            fg(Color::LightCyan),
                            fg(Color::LightRed),
                        ]
                    } else {
                        [
                            fg(Color::Green),
                            fg(Color::Blue),
                            fg(Color::Magenta),
                            fg(Color::Cyan),
                            fg(Color::Red),
                        ]
                    },
                }
            }
            ThemeName::HighContrast => {
                let (white, black, yellow) = (
                    Color::Rgb(255, 255, 255),
                    Color::Rgb(0, 0, 0),
                    Color::Rgb(255, 235, 59),
                );
                let cyan = Color::Rgb(128, 255, 255);
                let base = Style::new().fg(white).bg(black);
                Theme {
                    text: base,
                    pane: base,
                    pane_focused: base.fg(yellow).add_modifier(bold),
                    title: base,
                    title_focused: base.fg(yellow).add_modifier(bold),
                    header: Style::new().fg(black).bg(white).add_modifier(bold),
                    footer: base,
                    key: base.fg(yellow).add_modifier(bold),
                    status: base.fg(cyan).add_modifier(bold),
                    gutter: base,
                    selection: base.fg(yellow).add_modifier(bold),
                    heading: base.fg(yellow).add_modifier(bold),
                    heading_plain: base.add_modifier(bold),
                    mention: Style::new().fg(black).bg(yellow).add_modifier(bold),
                    matched: Style::new().fg(black).bg(cyan),
                    match_current: Style::new()
                        .fg(black)
                        .bg(yellow)
                        .add_modifier(bold | Modifier::UNDERLINED),
                    sentence: base.add_modifier(Modifier::UNDERLINED),
                    bar: base.fg(cyan),
                    bar_range: base.fg(Color::Rgb(200, 200, 200)),
                    byline: base.fg(cyan).add_modifier(Modifier::ITALIC),
                    quote: base.add_modifier(Modifier::ITALIC),
                    dimmed: base.fg(Color::Rgb(200, 200, 200)),
                    spotlight: Style::new(),
                    overlay: base,
                    entity: [
                        base.fg(Color::Rgb(144, 238, 144)),
                        base.fg(cyan),
                        base.fg(Color::Rgb(255, 182, 255)),
                        base.fg(yellow),
                        base.fg(Color::Rgb(255, 190, 150)),
                    ],
                }
            }
            ThemeName::Mono => Theme {
                text: Style::new(),
                pane: Style::new(),
                pane_focused: Style::new().add_modifier(bold),
                title: Style::new(),
                title_focused: Style::new().add_modifier(bold | Modifier::REVERSED),
                header: Style::new().add_modifier(Modifier::REVERSED),
                footer: Style::new(),
                key: Style::new().add_modifier(bold),
                status: Style::new().add_modifier(bold),
                gutter: Style::new().add_modifier(Modifier::DIM),
                selection: Style::new().add_modifier(bold | Modifier::REVERSED),
                heading: Style::new().add_modifier(bold | Modifier::UNDERLINED),
                heading_plain: Style::new().add_modifier(bold),
                mention: Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
                matched: Style::new().add_modifier(Modifier::REVERSED),
                match_current: Style::new()
                    .add_modifier(Modifier::REVERSED | bold | Modifier::UNDERLINED),
                sentence: Style::new().add_modifier(Modifier::UNDERLINED),
                bar: Style::new(),
                bar_range: Style::new().add_modifier(Modifier::DIM),
                byline: Style::new().add_modifier(Modifier::ITALIC),
                quote: Style::new().add_modifier(Modifier::ITALIC),
                dimmed: Style::new().add_modifier(Modifier::DIM),
                spotlight: Style::new().add_modifier(Modifier::BOLD),
                overlay: Style::new(),
                entity: [
                    Style::new().add_modifier(bold),
                    Style::new().add_modifier(Modifier::UNDERLINED),
                    Style::new().add_modifier(Modifier::ITALIC),
                    Style::new().add_modifier(Modifier::DIM),
                    Style::new(),
                ],
            },
        }
    }

    pub fn entity_kind(&self, kind: EntityKind) -> Style {
        self.entity[kind as usize]
    }

    /// `e`: an entity marked inline, underlined in its kind's style.
    pub fn entity_mark(&self, kind: EntityKind) -> Style {
        self.entity_kind(kind).add_modifier(Modifier::UNDERLINED)
    }
}

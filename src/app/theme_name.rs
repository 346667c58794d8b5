//! Which theme is active: state, chosen by `--theme`, NO_COLOR or `t`. The styles live in `ui::theme`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Dark,
    Light,
    HighContrast,
    Mono,
}

impl ThemeName {
    pub const ALL: [ThemeName; 4] = [
        ThemeName::Dark,
        ThemeName::Light,
        ThemeName::HighContrast,
        ThemeName::Mono,
    ];

    pub fn parse(name: &str) -> Option<ThemeName> {
        Some(match name {
            "dark" => ThemeName::Dark,
            "light" => ThemeName::Light,
            "high-contrast" => ThemeName::HighContrast,
            "mono" => ThemeName::Mono,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::Mono => "mono",
        }
    }

    pub fn next(self) -> ThemeName {
        Self::ALL[(self as usize + 1) % Self::ALL.len()]
    }

    /// The theme named by `--theme`, else `mono` when NO_COLOR is set and non-empty, else dark.
    pub fn from_env(flag: Option<ThemeName>) -> ThemeName {
        flag.unwrap_or_else(|| match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => ThemeName::Mono,
            _ => ThemeName::Dark,
        })
    }
}

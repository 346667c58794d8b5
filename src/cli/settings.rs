//! What the command line and the config file decide together: flags win over the config file,
//! which wins over NO_COLOR and the defaults. A broken config file is a warning, not a failure.

use super::{Cli, parse_currency};
use crate::app::ThemeName;
use crate::app::keys::KeyMap;
use crate::config::{self, Config};

#[derive(Debug, Clone)]
pub struct Settings {
    pub theme: ThemeName,
    pub currency: String,
    pub mouse: bool,
    pub keymap: KeyMap,
    /// One line to show the user (the explorer's footer, or stderr).
    pub warning: Option<String>,
}

pub fn settings(cli: &Cli) -> Settings {
    let (config, mut warning) = match config::load(cli.config.as_deref()) {
        Ok(c) => (c, None),
        Err(e) => (Config::default(), Some(format!("{e} (using defaults)"))),
    };
    let theme = cli
        .theme
        .map(Into::into)
        .or_else(|| config.theme.as_deref().and_then(ThemeName::parse))
        .unwrap_or_else(|| ThemeName::from_env(None));
    let currency = match (&cli.currency, &config.currency) {
        (Some(c), _) => c.clone(),
        (None, Some(c)) => parse_currency(c).unwrap_or_else(|e| {
            warning.get_or_insert(format!("artex: config: {e} (using EUR)"));
            "EUR".into()
        }),
        (None, None) => "EUR".into(),
    };
    let overrides: Vec<(String, Vec<_>)> = config
        .keys
        .iter()
        .map(|k| (k.action.clone(), k.keys.clone()))
        .collect();
    let (keymap, _unknown) = KeyMap::with_overrides(&overrides);
    Settings {
        theme,
        currency,
        mouse: config.mouse.unwrap_or(true),
        keymap,
        warning,
    }
}

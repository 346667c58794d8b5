//! The commands: explore (the live terminal), render, dump; key strings for `--keys`; output formats.

mod dump;
pub mod explore;
pub mod export;
pub mod keys;
mod render;
pub mod screen;
mod search;
mod settings;

use clap::{Parser, Subcommand, ValueEnum};

pub use dump::{dump, figures_csv};
pub use render::{RenderOptions, render};
pub use search::{search, search_file};
pub use settings::{Settings, settings};

use crate::app::ThemeName;
use crate::document::{Document, LoadError};

#[derive(Debug, Parser)]
#[command(
    name = "artex",
    version,
    about = "Explore an article in the terminal: paragraphs, entities, funding, search"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article to explore (plain text or Markdown); '-' reads standard input; none: the bundled article
    pub file: Option<String>,
    /// Colour theme (default dark; mono when NO_COLOR is set)
    #[arg(long, value_enum, global = true)]
    pub theme: Option<ThemeArg>,
    /// Currency the funding chart converts sums to (ISO 4217 code; default EUR)
    #[arg(long, global = true, value_parser = parse_currency)]
    pub currency: Option<String>,
    /// Config file (default: $XDG_CONFIG_HOME/article-explorer/config.toml)
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Draw what the explorer would show after replaying KEYS, as one frame, on stdout
    Render {
        file: Option<String>,
        /// Terminal size, WIDTHxHEIGHT
        #[arg(long, default_value = "100x30", value_parser = parse_size)]
        size: (u16, u16),
        /// Keys to replay, as in vim: ":9<Enter>", "<Tab>j", "<C-c>", "<lt>"
        #[arg(long, default_value = "")]
        keys: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// After each key, one JSON line on stderr: {"key":"/","update_us":12,"draw_us":840}
        #[arg(long)]
        timings: bool,
    },
    /// The parsed article as one JSON document on stdout
    Dump {
        file: Option<String>,
        #[arg(long, value_enum, default_value_t = DumpFormat::Json)]
        format: DumpFormat,
    },
    /// Paragraphs matching QUERY (case- and accent-insensitive unless QUERY has capitals/accents)
    Search {
        query: String,
        file: Option<String>,
        /// One JSON object per paragraph: {"block":N,"matches":[[start,end],...],"text":"..."}
        #[arg(long)]
        json: bool,
        /// QUERY is a regular expression
        #[arg(long, short = 'e')]
        regex: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Ansi,
    Svg,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DumpFormat {
    /// The whole document (CONTRACT.md)
    Json,
    /// The figures, one row each, for a spreadsheet
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    Dark,
    Light,
    HighContrast,
    Mono,
}

impl From<ThemeArg> for ThemeName {
    fn from(t: ThemeArg) -> ThemeName {
        match t {
            ThemeArg::Dark => ThemeName::Dark,
            ThemeArg::Light => ThemeName::Light,
            ThemeArg::HighContrast => ThemeName::HighContrast,
            ThemeArg::Mono => ThemeName::Mono,
        }
    }
}

fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let err = || format!("'{s}' is not a size like 100x30 (1 to 1000 each way)");
    let (w, h) = s.split_once(['x', 'X']).ok_or_else(err)?;
    let (w, h): (u16, u16) = (
        w.trim().parse().map_err(|_| err())?,
        h.trim().parse().map_err(|_| err())?,
    );
    if !(1..=1000).contains(&w) || !(1..=1000).contains(&h) {
        return Err(err());
    }
    Ok((w, h))
}

pub(crate) fn parse_currency(s: &str) -> Result<String, String> {
    let code = s.trim().to_ascii_uppercase();
    let rates = crate::extract::currency::Rates::bundled();
    if rates.convert(1.0, &code, &code).is_some() {
        Ok(code)
    } else {
        let mut known: Vec<&String> = rates.rates.keys().collect();
        known.sort();
        let known: Vec<&str> = known.iter().map(|s| s.as_str()).collect();
        Err(format!(
            "no exchange rate for '{s}' (known: {})",
            known.join(" ")
        ))
    }
}

/// The article named on the command line, or the bundled one.
pub fn load(file: Option<&str>) -> Result<Document, LoadError> {
    match file {
        None => Ok(Document::bundled()),
        Some(path) => Document::open(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_bad_ones_say_why() {
        assert_eq!(parse_size("100x30"), Ok((100, 30)));
        assert_eq!(parse_size("1x1"), Ok((1, 1)));
        assert!(parse_size("0x10").is_err());
        assert!(parse_size("wide").unwrap_err().contains("not a size"));
    }
}

//! Entities, dates, money and quantities found in the article. No terminal knowledge here.

pub mod types;

pub use types::*;

//! artex: a terminal explorer for articles.

pub mod app;
pub mod cli;
pub mod config;
pub mod document;
pub mod extract;
pub mod search;
pub mod ui;

//! The live explorer: raw mode, alternate screen and mouse capture, undone on every exit path
//! (quit, error, panic, SIGTERM, SIGHUP, SIGINT).

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use base64::Engine;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::prepared::Prepared;
use crate::app::{App, Effect};
use crate::document::{Document, LoadError, RestOfFile};
use crate::ui;

#[derive(Debug, thiserror::Error)]
#[error(
    "standard {0} is not a terminal: use 'artex render' to draw a screen or 'artex dump' for JSON"
)]
pub struct NotATerminal(&'static str);

/// Checks that an interactive session is possible (stdin may be the article when reading '-').
pub fn check_terminal(reads_stdin: bool) -> Result<(), NotATerminal> {
    if !io::stdout().is_terminal() {
        return Err(NotATerminal("output"));
    }
    if !reads_stdin && !io::stdin().is_terminal() {
        return Err(NotATerminal("input"));
    }
    Ok(())
}

/// Whether the terminal is in the explorer's state (raw mode, alternate screen) now.
static TAKEN: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back: cooked mode, main screen, cursor shown, mouse released. Only the first
/// call after taking the terminal acts: leaving the alternate screen twice moves the cursor back
/// up (the panic hook and the guard both restore), and what follows would overwrite the message.
pub fn restore_terminal() {
    if !TAKEN.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal when dropped, whatever way the loop ends.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// The document to explore. A large plain-text file comes as its first blocks (for the first
/// screen) with its path, to be loaded whole beside the loop by [`run`].
pub fn load(file: Option<&str>) -> Result<(Document, Option<RestOfFile>), LoadError> {
    if let Some(path) = file
        && let Some((head, rest)) = Document::open_head(path)
    {
        return Ok((head, Some(rest)));
    }
    Ok((super::load(file)?, None))
}

/// Explores `app`; when `rest` is a file whose start only is in `app` (`app.loading`), the whole
/// file is loaded beside the loop and replaces it, and extraction starts after that.
pub fn run(mut app: App, currency: String, rest: Option<RestOfFile>) -> anyhow::Result<()> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        hook(info);
    }));
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }

    watch_for_hangup();
    enable_raw_mode()?;
    TAKEN.store(true, Ordering::SeqCst);
    let _guard = Guard;
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
    if app.mouse_captured {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;

    // The whole file loads beside the loop; extraction starts once it is in.
    app.loading = rest.is_some();
    let loading = rest.map(|rest| {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            crate::app::background_thread();
            let _ = tx.send(rest.load());
        });
        rx
    });
    let mut extraction = (!app.loading).then(|| extract(&app, &currency));

    // For the end-to-end tests of panic recovery only: panic at the first key.
    let panic_on_key = std::env::var_os("ARTEX_TEST_PANIC_ON_KEY").is_some();
    while !app.quit && !stop.load(Ordering::Relaxed) {
        if app.loading
            && let Some(rx) = &loading
        {
            let whole = match rx.try_recv() {
                Ok(whole) => Some(whole.map_err(|e| e.to_string())),
                Err(mpsc::TryRecvError::Empty) => None,
                Err(mpsc::TryRecvError::Disconnected) => Some(Err("the loader stopped".into())),
            };
            match whole {
                Some(Ok(whole)) => app.replace_document(whole),
                // The start stays on screen: better than nothing, and it is said.
                Some(Err(e)) => {
                    app.loading = false;
                    app.status = Some(format!("only the start is shown: {e}"));
                }
                None => {}
            }
            if !app.loading {
                extraction = Some(extract(&app, &currency));
            }
        }
        while app.extracting
            && let Some(Ok(ready)) = extraction.as_ref().map(mpsc::Receiver::try_recv)
        {
            match ready {
                Ready::Index(index) => app.set_index(*index),
                Ready::Analysis(prepared) => app.install(*prepared),
            }
        }
        terminal.draw(|f| ui::draw(f, &app))?;
        // Wait for input, waking up to notice signals; then take every pending event before
        // drawing again, so key repeat and resize storms cost one frame.
        app.poll_search(false);
        let wait = if app.extracting || app.search.pending() {
            30
        } else {
            200
        };
        if !event::poll(Duration::from_millis(wait))? {
            continue;
        }
        while !app.quit && event::poll(Duration::ZERO)? {
            match event::read()? {
                Event::Key(_) if panic_on_key => panic!("test panic (ARTEX_TEST_PANIC_ON_KEY)"),
                Event::Key(key) if key.kind != KeyEventKind::Release => app.handle_key(&key),
                Event::Mouse(mouse) => app.handle_mouse(&mouse),
                _ => {}
            }
        }
        for effect in std::mem::take(&mut app.effects) {
            match effect {
                Effect::SaveScreen => {
                    let size = terminal.size()?;
                    app.status = Some(match save_screen(&app, size.width, size.height) {
                        Ok(name) => format!("saved {name}"),
                        Err(e) => format!("could not save the screen: {e}"),
                    });
                }
                other => apply(other)?,
            }
        }
    }
    Ok(())
}

/// What the background work hands the loop, in this order.
enum Ready {
    Index(Box<crate::search::SearchIndex>),
    Analysis(Box<Prepared>),
}

/// Builds the search index, then runs the extractors, beside the loop: search works as soon as
/// its index is in; the panes say "extracting… N%" until the rest is.
fn extract(app: &App, currency: &str) -> mpsc::Receiver<Ready> {
    let (tx, rx) = mpsc::channel();
    let doc = Arc::clone(&app.doc);
    let progress = Arc::clone(&app.progress);
    let currency = currency.to_string();
    std::thread::spawn(move || {
        crate::app::background_thread();
        let index = crate::app::search::build_index(&doc);
        // Nobody may be listening any more (the user quit): nothing to do then.
        if tx.send(Ready::Index(Box::new(index))).is_err() {
            return;
        }
        let prepared = Prepared::analysis_only(&doc, &currency, &progress);
        let _ = tx.send(Ready::Analysis(Box::new(prepared)));
    });
    rx
}

/// Ends the process when its terminal goes away (window closed, tmux killed) and no SIGHUP
/// reaches it: crossterm then spins forever inside `event::poll` reading an empty, always-ready
/// tty, so the loop never gets to look at a flag. Nothing is left to restore on a dead terminal.
fn watch_for_hangup() {
    std::thread::spawn(|| {
        loop {
            std::thread::sleep(Duration::from_millis(250));
            if !io::stdout().is_terminal() {
                TAKEN.store(false, Ordering::SeqCst);
                // 128 + SIGHUP, as a shell reports a process ended by a hang-up
                std::process::exit(129);
            }
        }
    });
}

fn apply(effect: Effect) -> io::Result<()> {
    let mut out = io::stdout();
    match effect {
        // OSC 52: the terminal (even over SSH, or tmux with set-clipboard on) sets the clipboard.
        Effect::Copy(text) => {
            let b64 = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
            write!(out, "\x1b]52;c;{b64}\x07")?;
            out.flush()
        }
        Effect::MouseCapture(true) => execute!(out, EnableMouseCapture),
        Effect::MouseCapture(false) => execute!(out, DisableMouseCapture),
        Effect::SaveScreen => Ok(()),
    }
}

/// Draws the current state off screen at the terminal's size and writes it as SVG.
fn save_screen(app: &App, width: u16, height: u16) -> anyhow::Result<String> {
    let mut t = Terminal::new(ratatui::backend::TestBackend::new(width, height))?;
    t.draw(|f| ui::draw(f, app))?;
    let svg = super::render::frame_as(t.backend().buffer(), super::Format::Svg, app);
    let stamp = utc_stamp(std::time::SystemTime::now());
    let mut name = format!("artex-{stamp}.svg");
    let mut n = 1;
    while std::path::Path::new(&name).exists() {
        name = format!("artex-{stamp}-{n}.svg");
        n += 1;
    }
    std::fs::write(&name, svg)?;
    Ok(std::env::current_dir()
        .map(|d| d.join(&name).display().to_string())
        .unwrap_or(name))
}

/// YYYYMMDD-HHMMSS in UTC (days to civil date: Howard Hinnant's algorithm).
pub fn utc_stamp(t: std::time::SystemTime) -> String {
    let secs = t
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}-{:02}{:02}{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_utc_calendar_times() {
        let at = |s: u64| utc_stamp(std::time::UNIX_EPOCH + std::time::Duration::from_secs(s));
        assert_eq!(at(0), "19700101-000000");
        assert_eq!(at(951_782_400), "20000229-000000");
        assert_eq!(at(1_795_600_000), "20261125-094640");
    }
}

//! artex: parse the command line, run a command, map errors to exit codes.

use std::io::Write;
use std::process::ExitCode;

use article_explorer::app::App;
use article_explorer::cli::{self, Cli, Command, DumpFormat, RenderOptions, Settings, explore};
use clap::Parser;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // `search` holds a few pieces at a time, and reuses their buffers best as glibc has it
    if !matches!(cli.command, Some(Command::Search { .. })) {
        tune_allocator();
    }
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("artex: {e}");
            ExitCode::from(2)
        }
    }
}

/// glibc's malloc raises its mmap threshold as large blocks are freed, after which the large
/// buffers of a big document (pieces, candidate lists, per-thread vectors) come from the heaps
/// and stay resident once freed: 476 MB peak instead of 409 for `render` of a 100 MB file.
/// A fixed threshold maps every block above 64 KiB on its own and gives it back when freed;
/// the trim threshold returns the heaps' free tops as well.
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; it runs before any thread is started.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 64 << 10);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 10);
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = cli::settings(&cli);
    let Settings {
        theme,
        currency,
        mouse,
        keymap,
        warning,
    } = settings;
    if cli.command.is_some()
        && let Some(w) = &warning
    {
        eprintln!("{w}");
    }
    match cli.command {
        None => {
            // a large plain-text file: its first blocks now, the rest while the first screen shows
            let (doc, rest) = explore::load(cli.file.as_deref())?;
            explore::check_terminal(cli.file.as_deref() == Some("-"))?;
            let mut app = App::new(doc);
            app.theme = theme;
            app.keymap = keymap;
            app.mouse_captured = mouse;
            app.status = warning;
            explore::run(app, currency, rest)?;
        }
        Some(Command::Render {
            file,
            size,
            keys,
            format,
            timings,
        }) => {
            let doc = cli::load(file.as_deref())?;
            let opts = RenderOptions {
                size,
                keys,
                format,
                theme,
                currency,
                timings,
                keymap,
            };
            print(&cli::render(doc, &opts)?)?;
        }
        Some(Command::Search {
            query,
            file,
            json,
            regex,
        }) => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let streamed = match file.as_deref() {
                Some(path) => cli::search_file(path, &query, regex, json, &mut out),
                None => Ok(None),
            };
            let found = match streamed {
                Ok(Some(found)) => Ok(found),
                Ok(None) => cli::load(file.as_deref())
                    .map_err(anyhow::Error::from)
                    .and_then(|doc| cli::search(&doc, &query, regex, json, &mut out)),
                Err(e) => Err(e),
            };
            let found = match found {
                Err(e) if is_broken_pipe(&e) => return Ok(ExitCode::SUCCESS),
                other => other?,
            };
            match out.flush() {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                other => other?,
            }
            return Ok(if found == 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            });
        }
        Some(Command::Dump { file, format }) => {
            let doc = cli::load(file.as_deref())?;
            let analysis = article_explorer::extract::analyze(&doc, &currency);
            match format {
                DumpFormat::Json => print(&cli::dump(&doc, &analysis)?)?,
                DumpFormat::Csv => print(&cli::figures_csv(&doc, &analysis))?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// Writes to stdout; a closed pipe (`artex dump | head`) is not an error.
fn print(s: &str) -> std::io::Result<()> {
    match std::io::stdout().lock().write_all(s.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

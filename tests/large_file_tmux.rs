//! End to end: a large plain-text file shows its start at once, keys work while the rest loads,
//! and the whole document then takes over with the selection kept and the full paragraph count.
//! Uses $ARTEX_BIN (CI points it at the release build) or the test build of `artex`.

use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    /// None (test skipped) when tmux is missing outside CI; in CI a missing tmux is a failure.
    fn start(command: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(std::env::var_os("CI").is_none(), "tmux is required in CI");
            eprintln!("tmux not found: skipping");
            return None;
        }
        let tmux = Tmux {
            socket: format!("artex-large-{}", std::process::id()),
        };
        let args = [
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            "100",
            "-y",
            "30",
            command,
        ];
        assert!(tmux.cmd(&args).status().expect("tmux").success());
        Some(tmux)
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket, "-f", "/dev/null"]).args(args);
        c
    }

    fn send(&self, keys: &str) {
        let status = self.cmd(&["send-keys", "-t", "t", keys]).status();
        assert!(status.unwrap().success());
    }

    /// Polls the screen until `pred` holds; panics with the last screen after 30 s.
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let out = self.cmd(&["capture-pane", "-p", "-t", "t"]).output();
            let s = String::from_utf8_lossy(&out.expect("capture-pane").stdout).into_owned();
            if pred(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "timed out waiting for {what}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]).status();
    }
}

#[test]
fn a_large_file_shows_its_start_then_the_whole_keeping_the_selection() {
    const PARAGRAPHS: usize = 100_000;
    let dir = std::env::temp_dir().join(format!("artex-large-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("large.txt");
    let body: String = (1..=PARAGRAPHS)
        .map(|i| {
            format!("Paragraphe numéro {i}, à Lyon, où la ville a voté un budget de 3 milliards d’euros.\n\n")
        })
        .collect();
    assert!(body.len() > 8 << 20);
    std::fs::write(&path, &body).unwrap();
    let artex = std::env::var("ARTEX_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_artex").into());
    let command = format!("'{artex}' '{}'; echo EXIT=$?; sleep 30", path.display());
    let Some(t) = Tmux::start(&command) else {
        return;
    };
    t.wait_for("the first paragraph", |s| {
        s.contains("Paragraphe numéro 1,")
    });
    t.send("}}}");
    // the header ends the line: no "+" after the count once the whole is in, and the panes stop
    // saying "loading…" (waited for together: a capture can fall between two rows of a frame)
    let s = t.wait_for("the whole document", |s| {
        s.lines()
            .any(|l| l.trim_end().ends_with(&format!("¶ 4/{PARAGRAPHS}")))
            && !s.contains("loading…")
    });
    assert!(s.contains("Paragraphe numéro 4,"), "{s}");
    t.send("G");
    t.wait_for("the last paragraph", |s| {
        s.contains(&format!("Paragraphe numéro {PARAGRAPHS},"))
    });
    t.send("q");
    let s = t.wait_for("the exit", |s| s.contains("EXIT="));
    assert!(s.contains("EXIT=0"), "{s}");
    std::fs::remove_dir_all(&dir).unwrap();
}

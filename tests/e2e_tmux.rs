//! End to end: the real binary in tmux. The first paragraph shows, Tab moves the focus marker,
//! and after `q`, SIGTERM or SIGHUP the process exits and the terminal is back in cooked mode.
//! Uses $ARTEX_BIN (CI points it at the release build) or the test build of `artex`.

use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    /// None (test skipped) when tmux is missing outside CI; in CI a missing tmux is a failure.
    fn start(name: &str, width: u16, height: u16, command: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "tmux is required in CI (.ci/run installs it)"
            );
            eprintln!("tmux not found: skipping {name}");
            return None;
        }
        let tmux = Tmux {
            socket: format!("artex-e2e-{}-{name}", std::process::id()),
        };
        let status = tmux
            .cmd(&[
                "new-session",
                "-d",
                "-s",
                "t",
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
                command,
            ])
            .status()
            .expect("tmux new-session");
        assert!(status.success());
        Some(tmux)
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket, "-f", "/dev/null"]).args(args);
        c
    }

    fn screen(&self) -> String {
        let out = self
            .cmd(&["capture-pane", "-p", "-t", "t"])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn send(&self, keys: &str) {
        assert!(
            self.cmd(&["send-keys", "-t", "t", keys])
                .status()
                .unwrap()
                .success()
        );
    }

    /// Polls the screen until `pred` holds; panics with the last screen after 15 s.
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if pred(&s) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(15) {
                panic!("timed out waiting for {what}; screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn pane_pid(&self) -> String {
        let out = self
            .cmd(&["display-message", "-p", "-t", "t", "#{pane_pid}"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]).status();
    }
}

fn artex() -> String {
    std::env::var("ARTEX_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_artex").to_string())
}

/// Runs artex in a shell that, once it exits, prints its status and the tty's modes.
fn session(name: &str) -> Option<Tmux> {
    let script = format!("'{}'; echo EXIT=\\$?; stty -a; sleep 60", artex());
    Tmux::start(name, 100, 30, &format!("sh -c \"{script}\""))
}

fn assert_cooked(screen: &str) {
    let words: Vec<&str> = screen
        .split(|c: char| c.is_whitespace() || c == ';')
        .collect();
    assert!(
        words.contains(&"icanon") && words.contains(&"echo"),
        "terminal not restored:\n{screen}"
    );
    assert!(
        !words.contains(&"-icanon") && !words.contains(&"-echo"),
        "terminal left raw:\n{screen}"
    );
}

#[test]
fn opens_the_bundled_article_moves_focus_and_quits_cleanly() {
    let Some(t) = session("quit") else { return };
    let s = t.wait_for("the first paragraph", |s| s.contains("¶1 Par Yohann Ralle"));
    assert!(
        s.contains("▶ 1 Paragraphs"),
        "paragraphs focused first:\n{s}"
    );
    t.send("Tab");
    let s = t.wait_for("focus on entities", |s| s.contains("▶ 2 Entities"));
    assert!(!s.contains("▶ 1 Paragraphs"));
    t.send("q");
    let s = t.wait_for("exit", |s| s.contains("EXIT=") && s.contains("icanon"));
    assert!(s.contains("EXIT=0"), "{s}");
    assert!(!s.contains("¶1 Par Yohann"), "alternate screen left:\n{s}");
    assert_cooked(&s);

    // Ctrl-C quits too (in raw mode it arrives as a key), with the terminal restored.
    let Some(t) = session("ctrlc") else { return };
    t.wait_for("the first paragraph", |s| s.contains("¶1 Par Yohann Ralle"));
    t.send("C-c");
    let s = t.wait_for("exit after C-c", |s| {
        s.contains("EXIT=") && s.contains("icanon")
    });
    assert!(s.contains("EXIT=0"), "{s}");
    assert_cooked(&s);
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for signal in ["TERM", "HUP"] {
        let Some(t) = session(&format!("sig{signal}")) else {
            return;
        };
        t.wait_for("the first paragraph", |s| s.contains("¶1 Par Yohann Ralle"));
        let shell = t.pane_pid();
        let out = Command::new("pgrep")
            .args(["-P", &shell])
            .output()
            .expect("pgrep");
        let pid = String::from_utf8_lossy(&out.stdout).trim().to_string();
        assert!(!pid.is_empty(), "artex process not found under {shell}");
        assert!(
            Command::new("kill")
                .args([&format!("-{signal}"), &pid])
                .status()
                .unwrap()
                .success()
        );
        let s = t.wait_for("exit after signal", |s| {
            s.contains("EXIT=") && s.contains("icanon")
        });
        assert_cooked(&s);
    }
}

#[test]
fn a_terminal_that_goes_away_ends_the_explorer() {
    // artex alone in the pane, so no shell passes a SIGHUP on: the hang-up itself must end it
    let Some(t) = Tmux::start("hangup", 80, 24, &artex()) else {
        return;
    };
    t.wait_for("the first paragraph", |s| s.contains("¶1 Par Yohann Ralle"));
    let pid = t.pane_pid();
    let running = |pid: &str| {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
            !s.rsplit(')')
                .next()
                .unwrap_or("")
                .trim_start()
                .starts_with('Z')
        })
    };
    assert!(running(&pid), "artex {pid} not running");
    drop(t); // kills the tmux server: the pane's terminal is gone
    let start = Instant::now();
    while running(&pid) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "artex {pid} still running 10 s after its terminal went away"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_file_truncated_or_grown_while_open_changes_nothing_on_screen() {
    // The article is read once, whole, at start: what happens to the file later cannot reach it.
    let dir = std::env::temp_dir().join(format!("artex-trunc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("article.txt");
    let body: String = (1..=40)
        .map(|i| format!("Paragraphe numéro {i}, à Lyon, avec 3 milliards d’euros.\n\n"))
        .collect();
    std::fs::write(&path, &body).unwrap();
    let Some(t) = Tmux::start(
        "trunc",
        100,
        30,
        &format!("'{}' '{}'", artex(), path.display()),
    ) else {
        return;
    };
    t.wait_for("the article", |s| s.contains("Paragraphe numéro 1,"));
    std::fs::write(&path, "").unwrap();
    t.send("G");
    t.wait_for("the last paragraph", |s| {
        s.contains("Paragraphe numéro 40,")
    });
    std::fs::write(&path, format!("{body}{body}")).unwrap();
    t.send("g");
    let s = t.wait_for("the first paragraph again", |s| {
        s.contains("Paragraphe numéro 1,")
    });
    assert!(s.contains("¶ 1/40"), "{s}");
    t.send("q");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn without_a_terminal_it_points_to_render_and_dump() {
    let out = Command::new(artex()).output().expect("run artex");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("render") && err.contains("dump"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// Every file in `dir` with its bytes.
fn snapshot(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn the_explorer_writes_nothing_unless_asked_and_s_saves_one_svg() {
    let dir = std::env::temp_dir().join(format!("artex-writes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("article.txt"),
        "Un titre\n\nLe premier paragraphe, à Paris.\n\nLe second, doté de 3 milliards d’euros.\n",
    )
    .unwrap();
    let before = snapshot(&dir);
    let script = format!(
        "cd '{}' && XDG_CONFIG_HOME=/nonexistent '{}' article.txt; sleep 60",
        dir.display(),
        artex()
    );
    let Some(t) = Tmux::start("writes", 100, 30, &format!("sh -c \"{script}\"")) else {
        return;
    };
    t.wait_for("the article", |s| s.contains("Le premier paragraphe"));
    // An Escape followed at once by a letter reads as Alt+letter: wait for each Escape's effect.
    for keys in ["j", "G", "Tab", "Tab", "/", "p", "a", "r", "Enter", "n"] {
        t.send(keys);
    }
    t.send("Escape");
    t.wait_for("search cleared", |s| !s.contains("/par"));
    for keys in ["p", "e", "l", "u", "z", "z", "t", "?"] {
        t.send(keys);
    }
    t.wait_for("help", |s| s.contains("Help: keys"));
    t.send("Escape");
    t.wait_for("help closed", |s| !s.contains("Help: keys"));
    t.send("m");
    t.send("m");
    t.wait_for("keys processed", |s| s.contains("mouse on"));
    assert_eq!(
        snapshot(&dir),
        before,
        "keys other than s and y wrote something"
    );
    t.send("s");
    let s = t.wait_for("saved", |s| s.contains("saved"));
    let after = snapshot(&dir);
    let new: Vec<&String> = after
        .iter()
        .map(|(n, _)| n)
        .filter(|n| !before.iter().any(|(b, _)| b == *n))
        .collect();
    assert_eq!(new.len(), 1, "{new:?}\n{s}");
    assert!(new[0].starts_with("artex-") && new[0].ends_with(".svg"));
    assert_eq!(
        after.iter().find(|(n, _)| n == "article.txt"),
        before.iter().find(|(n, _)| n == "article.txt"),
        "article untouched"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_panic_and_sigint_restore_the_terminal_and_the_panic_is_readable() {
    let script = format!(
        "ARTEX_TEST_PANIC_ON_KEY=1 '{}'; echo EXIT=\\$?; stty -a; sleep 60",
        artex()
    );
    let Some(t) = Tmux::start("panic", 100, 30, &format!("sh -c \"{script}\"")) else {
        return;
    };
    t.wait_for("the first paragraph", |s| s.contains("¶1 Par Yohann Ralle"));
    t.send("j");
    let s = t.wait_for("exit after panic", |s| {
        s.contains("EXIT=") && s.contains("icanon")
    });
    assert!(
        s.contains("test panic"),
        "the panic message is printed on the restored screen:\n{s}"
    );
    assert!(
        s.contains("EXIT=101"),
        "a panic is a failure (status 101):\n{s}"
    );
    assert_cooked(&s);

    let Some(t) = session("sigint") else { return };
    t.wait_for("the first paragraph", |s| s.contains("¶1 Par Yohann Ralle"));
    let shell = t.pane_pid();
    let out = Command::new("pgrep")
        .args(["-P", &shell])
        .output()
        .expect("pgrep");
    let pid = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(
        Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
            .success()
    );
    let s = t.wait_for("exit after SIGINT", |s| {
        s.contains("EXIT=") && s.contains("icanon")
    });
    assert_cooked(&s);
}

#[test]
fn a_resize_storm_leaves_a_working_explorer() {
    let Some(t) = session("resize") else { return };
    t.wait_for("the first paragraph", |s| s.contains("¶1 Par Yohann Ralle"));
    for i in 0..300u16 {
        let (w, h) = (20 + (i * 37) % 200, 5 + (i * 13) % 60);
        let _ = t
            .cmd(&[
                "resize-window",
                "-t",
                "t",
                "-x",
                &w.to_string(),
                "-y",
                &h.to_string(),
            ])
            .status();
    }
    let _ = t
        .cmd(&["resize-window", "-t", "t", "-x", "100", "-y", "30"])
        .status();
    t.send("Tab");
    let s = t.wait_for("a redrawn screen at 100x30", |s| {
        s.contains("▶ 2 Entities") && s.contains("¶1 Par Yohann Ralle")
    });
    assert!(
        s.lines().all(|l| l.chars().count() <= 100),
        "no line wider than the terminal:\n{s}"
    );
    t.send("q");
    let s = t.wait_for("exit", |s| s.contains("EXIT=") && s.contains("icanon"));
    assert!(s.contains("EXIT=0"), "{s}");
}

#[test]
fn stdin_articles_open_interactively_with_a_dash() {
    let script = format!(
        "printf 'Titre du jour\\n\\nUn paragraphe lu sur stdin.\\n' | '{}' -; echo EXIT=\\$?; stty -a; sleep 60",
        artex()
    );
    let Some(t) = Tmux::start("stdin", 100, 30, &format!("sh -c \"{script}\"")) else {
        return;
    };
    t.wait_for("the stdin article", |s| {
        s.contains("Un paragraphe lu sur stdin.")
    });
    t.send("q");
    let s = t.wait_for("exit", |s| s.contains("EXIT=") && s.contains("icanon"));
    assert!(s.contains("EXIT=0"), "{s}");
}

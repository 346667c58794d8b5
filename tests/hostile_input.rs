//! Hostile and awkward input: each either opens in a working explorer (with a note when decoded)
//! or fails with one line and status 2; never a panic, never a row wider than the screen.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use unicode_width::UnicodeWidthStr;

fn artex(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_artex"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent-artex-tests")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The child may stop reading early (an error): a broken pipe here is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn rows_fit(out: &str, width: usize) {
    for row in out.lines() {
        assert!(row.width() <= width, "row wider than {width}: {row:?}");
    }
}

#[test]
fn utf16_with_a_bom_is_decoded_and_noted() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Le café de la gare.\n\nDeuxième paragraphe.".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let o = artex(&["dump", "-"], &bytes);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["blocks"][0]["text"], "Le café de la gare.");
    assert_eq!(v["encoding_note"], "decoded as UTF-16");
}

#[test]
fn a_two_megabyte_line_with_no_break_opens_and_fits() {
    let line = "mot-très-long-sans-espace ".repeat(40_000) + &"x".repeat(100_000);
    let o = artex(
        &[
            "render",
            "-",
            "--size",
            "80x24",
            "--keys",
            "jjG/mot<Enter>n",
        ],
        line.as_bytes(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(out.lines().count(), 24);
    rows_fit(&out, 80);
}

#[test]
fn cjk_emoji_combining_rtl_and_tabs_never_overflow_a_row() {
    let text = "日本語の文章がここにあります。東京\n\n👩‍👩‍👧 famille 🇫🇷 drapeau\n\ne\u{301}te\u{301} a\u{300}\u{323}\n\nשלום עולם — مرحبا بالعالم\n\ncol1\tcol2\t\tcol3";
    for size in ["40x12", "80x24", "23x40"] {
        for keys in ["", "<Tab>", "/e<Enter>", "p"] {
            let o = artex(
                &["render", "-", "--size", size, "--keys", keys],
                text.as_bytes(),
            );
            assert!(o.status.success());
            let out = String::from_utf8(o.stdout).unwrap();
            let width: usize = size.split('x').next().unwrap().parse().unwrap();
            rows_fit(&out, width);
            assert!(!out.contains('\t'), "tabs are drawn as spaces");
        }
    }
}

#[test]
fn empty_or_blank_stdin_is_one_line_and_status_2() {
    for input in [&b""[..], b"   \n\n\t\n"] {
        let o = artex(&["dump", "-"], input);
        assert_eq!(o.status.code(), Some(2));
        assert_eq!(
            String::from_utf8_lossy(&o.stderr).trim_end(),
            "artex: '-' is empty"
        );
    }
}

#[test]
fn the_position_stays_in_the_header_beside_a_long_path_and_an_encoding_note() {
    let dir = std::env::temp_dir().join(format!(
        "artex-header-{}-with-a-rather-long-directory-name-for-the-test",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("an-article-saved-from-a-web-page-in-latin-1.txt");
    std::fs::write(&path, b"Caf\xe9 cr\xe8me.\n\nUne autre ligne.\n").unwrap();
    for width in ["80", "60", "40"] {
        let size = format!("{width}x12");
        let out = artex(&["render", path.to_str().unwrap(), "--size", &size], b"");
        let first = String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        assert!(first.contains("¶ 1/2"), "{width}: {first:?}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

//! The binaries' own behaviour on a failing output: `evaluate` (its scores are the README's
//! "Accuracy") and the `textlens` CLI.

use std::process::{Command, Stdio};

/// An output that fails (`evaluate samples | head -1`, where the reader stops; here the Linux
/// device that refuses every write, so the first line already fails) ends `evaluate` with a
/// message on stderr and exit code 1, not a panic.
#[cfg(target_os = "linux")]
#[test]
fn a_failing_output_ends_evaluate_with_a_message() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let articles = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let out = Command::new(env!("CARGO_BIN_EXE_evaluate"))
        .args(["samples", articles, "--tagger", "rules"])
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .expect("evaluate runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("evaluate: cannot write output"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// The CLI's `--version` and `--help` on an output that refuses every write: a message and exit
/// code 1, as its analyses already gave, not a panic.
#[cfg(target_os = "linux")]
#[test]
fn a_failing_output_ends_the_cli_with_a_message() {
    for arg in ["--version", "--help"] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
        let out = Command::new(env!("CARGO_BIN_EXE_textlens")).arg(arg).stdout(Stdio::from(full)).stderr(Stdio::piped()).output().expect("textlens runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{arg}: {stderr}");
        assert!(stderr.contains("textlens: cannot write output"), "{arg}: {stderr}");
    }
}

//! The CLI prints the JSON the library writes (`ToJson::to_json`, which the wasm binding's text
//! equals): the CLI writes it in one pass, the library measures a long text first.

use std::process::Command;

use textlens::{Analyzer, CorpusStats, Options, Report, ToJson};

fn textlens(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_textlens")).args(args).output().expect("textlens runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn article(name: &str) -> (String, String) {
    let path = format!("{}/tests/fixtures/articles/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture");
    (path, text)
}

#[test]
fn analyze_prints_the_librarys_json() {
    let (path, text) = article("kenya-border");
    // Long enough that the library measures its text before writing it (over 64 KB of JSON).
    let long = text.repeat(12);
    let long_path = std::env::temp_dir().join(format!("textlens-cli-json-{}.txt", std::process::id()));
    std::fs::write(&long_path, &long).expect("temp file");
    let long_path = long_path.to_str().expect("path").to_string();
    let analyzer = Analyzer::new(Options::default()).expect("analyzer");
    for (file, text, top) in [(&path, &text, 50), (&long_path, &long, 0)] {
        let a = analyzer.analyze_top(text, top).expect("analysis");
        let report = Report::new(text, &a, top);
        let top = top.to_string();
        let compact = report.to_json();
        if text.len() > 50_000 {
            assert!(compact.len() > 1 << 16, "{} bytes", compact.len());
        }
        assert_eq!(textlens(&["analyze", file, "--top", &top]), compact + "\n");
        assert_eq!(textlens(&["analyze", file, "--top", &top, "--pretty"]), report.to_json_pretty() + "\n");
    }
    let _ = std::fs::remove_file(&long_path);
}

#[test]
fn corpus_prints_the_librarys_json() {
    let (a_path, a_text) = article("kenya-border");
    let (b_path, b_text) = article("asean-summit");
    let analyzer = Analyzer::new(Options::default()).expect("analyzer");
    let stats = CorpusStats::of(&a_path, &analyzer.analyze(&a_text).expect("analysis"))
        .merge(CorpusStats::of(&b_path, &analyzer.analyze(&b_text).expect("analysis")));
    assert_eq!(textlens(&["corpus", &a_path, &b_path]), stats.result(50).to_json() + "\n");
}

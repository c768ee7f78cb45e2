//! Inputs that fuzzing or bug reports found: each must analyse without panicking, with valid
//! offsets. Add a file to fuzz/regressions/ for every crash fixed.

use textlens::{analyze, Options, Report};

#[test]
fn fuzz_regressions_analyse_cleanly() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let a = analyze(&text, &Options::default()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let report = Report::new(&text, &a, 0);
        let units: Vec<u16> = text.encode_utf16().collect();
        for m in &report.mentions {
            assert_eq!(String::from_utf16(&units[m.start..m.end]).unwrap(), m.text, "{}", path.display());
        }
        n += 1;
    }
    assert!(n > 0, "no regression inputs in {dir}");
}

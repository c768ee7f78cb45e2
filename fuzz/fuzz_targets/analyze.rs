//! Any text: analysis, report and keyword-in-context must not panic, and offsets must hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textlens::{analyze, Analyzer, Options, Report};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = analyze(&text, &Options::default()).unwrap();
    let report = Report::new(&text, &a, 0);
    let units: Vec<u16> = text.encode_utf16().collect();
    for m in &report.mentions {
        assert_eq!(String::from_utf16(&units[m.start..m.end]).unwrap(), m.text);
    }
    assert_eq!(a.entities.iter().map(|e| e.count()).sum::<usize>(), a.mentions.len());
    if let Some(e) = a.entities.first() {
        let analyzer = Analyzer::new(Options::default()).unwrap();
        let mut queries = vec![e.name.clone()];
        queries.extend(e.aliases.iter().cloned());
        for line in analyzer.kwic(&text, &queries, 20, 0) {
            assert!(text.is_char_boundary(line.start) && text.is_char_boundary(line.end));
        }
    }
});

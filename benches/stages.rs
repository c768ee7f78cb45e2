//! Stage benchmarks: `cargo bench --bench stages`. Prints MB/s for each stage on the sample
//! articles repeated to about 1 MB and 10 MB, so a regression shows which stage moved. The first
//! line is the floor: UAX #29 word segmentation alone.

use std::hint::black_box;
use std::time::Instant;

use textlens::{analyze, Analyzer, Doc, ModelTagger, Options, Report, RuleTagger, Tagger};
use unicode_segmentation::UnicodeSegmentation;

fn corpus(bytes: usize) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    names.sort();
    let one: Vec<String> = names.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let one = one.join("\n\n");
    let mut text = String::with_capacity(bytes + one.len());
    while text.len() < bytes {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    text
}

/// Best of `runs` timings, in MB/s.
fn rate(bytes: usize, runs: usize, mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    bytes as f64 / 1e6 / best
}

fn main() {
    // Warm the bundled word lists once, as a page does at its first analysis.
    let start = Instant::now();
    analyze("Warm up.", &Options::default()).unwrap();
    println!("first call (loads word lists): {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
    let options = Options::default();

    // One article of about 1,000 words (the first two sample articles): the widget's usual job.
    let article: Vec<String> = corpus(1).split("\n\n").map(str::to_string).collect();
    let mut one = String::new();
    for p in article {
        if one.split_whitespace().count() >= 1000 {
            break;
        }
        one.push_str(&p);
        one.push_str("\n\n");
    }
    let analyzer = Analyzer::new(options.clone()).unwrap();
    let n = 500;
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        for _ in 0..n {
            black_box(analyzer.analyze(&one).unwrap());
        }
        best = best.min(t.elapsed().as_secs_f64() / n as f64);
    }
    println!("one article of {} words: {:.3} ms per analysis (native)", one.split_whitespace().count(), best * 1e3);

    for (label, size, runs) in [("1 MB", 1 << 20, 5), ("10 MB", 10 << 20, 2)] {
        let text = corpus(size);
        let n = text.len();
        println!("\n{label} ({n} bytes):");
        let floor = rate(n, runs, || {
            black_box(text.split_word_bounds().count());
        });
        println!("  {:<34} {:>8.1} MB/s", "UAX #29 words alone (floor)", floor);
        println!("  {:<34} {:>8.1} MB/s", "segment + keys (Doc::new)", rate(n, runs, || drop(black_box(Doc::new(&text)))));
        let doc = Doc::new(&text);
        println!(
            "  {:<34} {:>8.1} MB/s",
            "tag entities (RuleTagger)",
            rate(n, runs, || {
                let mut spans = Vec::new();
                RuleTagger.tag(&doc, &mut spans);
                black_box(spans);
            })
        );
        println!(
            "  {:<34} {:>8.1} MB/s",
            "tag entities (ModelTagger)",
            rate(n, runs, || {
                let mut spans = Vec::new();
                ModelTagger::new().tag(&doc, &mut spans);
                black_box(spans);
            })
        );
        let full = rate(n, runs, || drop(black_box(analyze(&text, &options).unwrap())));
        println!("  {:<34} {:>8.1} MB/s ({:.2}x the floor's time)", "full analysis", full, floor / full);
        let rules = Analyzer::with_tagger(options.clone(), Box::new(RuleTagger)).unwrap();
        let model = Analyzer::with_tagger(options.clone(), Box::new(ModelTagger::new())).unwrap();
        let with_rules = rate(n, runs, || drop(black_box(rules.analyze(&text).unwrap())));
        let with_model = rate(n, runs, || drop(black_box(model.analyze(&text).unwrap())));
        println!("  {:<34} {:>8.1} MB/s", "full analysis, rule tagger", with_rules);
        println!("  {:<34} {:>8.1} MB/s ({:.2}x the rule tagger's time)", "full analysis, model tagger", with_model, with_rules / with_model);
        let a = analyze(&text, &options).unwrap();
        println!("  {:<34} {:>8.1} MB/s", "UTF-16 report", rate(n, runs, || drop(black_box(Report::new(&text, &a, 50)))));
    }

    // Pathological input (tests/pathological.rs checks the behaviour): time must stay linear.
    println!("\npathological input (full analysis):");
    let article = corpus(1);
    let cases: Vec<(&str, String)> = vec![
        ("50 MB without spaces", "a".repeat(50 << 20)),
        ("one capitalised word x 1,000,000", "Nairobi ".repeat(1_000_000)),
        ("ALL CAPS, 10 MB", corpus(10 << 20).to_uppercase()),
        ("emoji ZWJ sequences, 10 MB", "👩‍👩‍👧‍👦 🇰🇪 Kenya ".repeat((10 << 20) / 40)),
        ("RTL and mixed scripts, 10 MB", "مرحبا Kenya שלום Nairobi 北京 ".repeat((10 << 20) / 50)),
        ("combining marks, 10 MB", "Zu\u{308}rich e\u{301}cole Ko\u{301}vale\u{301}nko ".repeat((10 << 20) / 32)),
        ("NUL and control characters, 10 MB", "Kenya\u{0}\u{1}\u{7}Uganda\u{1b} ".repeat((10 << 20) / 17)),
        ("a single 10 MB line", article.replace('\n', " ").repeat((10 << 20) / article.len().max(1) + 1)),
    ];
    for (label, text) in cases {
        let t = Instant::now();
        black_box(analyze(&text, &options).unwrap());
        let s = t.elapsed().as_secs_f64();
        println!("  {:<34} {:>8.2} s {:>8.1} MB/s", label, s, text.len() as f64 / 1e6 / s);
    }
}

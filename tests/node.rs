//! Node tests (wasm-pack test --node): the binding without a browser. Kept apart from tests/web.rs,
//! whose run_in_browser configuration makes the node runner skip it.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
fn astral_characters_shift_utf16_offsets() {
    let text = "😀😀 Kenya and Uganda";
    let result = textlens::wasm_api::analyze(JsValue::from_str(text), None).unwrap();
    // Mentions as numbers, five each (start, end, type, entity, sentence): www/api.js makes objects.
    let mentions = get(&result, "mentions").unchecked_into::<js_sys::Uint32Array>().to_vec();
    let starts: Vec<u32> = mentions.iter().step_by(5).copied().collect();
    assert_eq!(starts, [5, 15]);
    assert_eq!(get(&result, "characters").as_f64(), Some(21.0));
}

#[wasm_bindgen_test]
fn corpus_totals_and_trends() {
    let mut corpus = textlens::wasm_api::Corpus::new(None).unwrap();
    corpus.add("Kenya and Uganda signed a border deal. Kenya gained.".into(), Some("one".into())).unwrap();
    corpus.add("Uganda’s border reopened.".into(), None).unwrap();
    assert_eq!(corpus.length(), 2);
    let result = corpus.result().unwrap();
    let docs: js_sys::Array = get(&result, "documents").unchecked_into();
    assert_eq!(get(&docs.get(1), "name").as_string().as_deref(), Some("document 2"));
    let terms: js_sys::Array = get(&result, "terms").unchecked_into();
    let border = terms.iter().find(|t| get(t, "term").as_string().as_deref() == Some("border")).unwrap();
    assert_eq!(get(&border, "count").as_f64(), Some(2.0));
    assert_eq!(get(&border, "df").as_f64(), Some(2.0));
    let trends: js_sys::Array = get(&get(&result, "trends"), "entities").unchecked_into();
    let uganda = trends.iter().find(|t| get(t, "name").as_string().as_deref() == Some("Uganda")).unwrap();
    let counts: Vec<f64> = get(&uganda, "counts").unchecked_into::<js_sys::Array>().iter().map(|c| c.as_f64().unwrap()).collect();
    assert_eq!(counts, [1.0, 1.0]);
}

#[wasm_bindgen_test]
fn kwic_validates_and_finds() {
    let lines = textlens::wasm_api::kwic("The EAC met. The eac left.".into(), "EAC".into(), None).unwrap();
    assert_eq!(lines.unchecked_into::<js_sys::Array>().length(), 2);
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"colour".into(), &JsValue::TRUE).unwrap();
    let err: JsValue = textlens::wasm_api::kwic("x".into(), "x".into(), Some(options.into())).unwrap_err().into();
    let message: String = err.unchecked_into::<js_sys::Error>().message().into();
    assert_eq!(message, "invalid option `colour`: unknown option; known options are width, limit, parts");
    // A place inside a hyphen-joined word is a line only with `parts: true` (kwic20).
    let text = "The Kenya-Uganda road opened. Uganda said so.";
    let starts = |options: Option<JsValue>| -> Vec<f64> {
        let lines: js_sys::Array = textlens::wasm_api::kwic(text.into(), "Uganda".into(), options).unwrap().unchecked_into();
        lines.iter().map(|l| js_sys::Reflect::get(&l, &"start".into()).unwrap().as_f64().unwrap()).collect()
    };
    assert_eq!(starts(None), [30.0]);
    let parts = js_sys::Object::new();
    js_sys::Reflect::set(&parts, &"parts".into(), &JsValue::TRUE).unwrap();
    assert_eq!(starts(Some(parts.into())), [10.0, 30.0]);
}

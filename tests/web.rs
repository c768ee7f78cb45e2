//! Browser tests (wasm-pack test --headless --chrome / --firefox): the JS API on DOM text.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn array(v: &JsValue, key: &str) -> js_sys::Array {
    get(v, key).unchecked_into()
}

const ARTICLE: &str = "Kenya’s Envoy Meets ASEAN Leaders\n\n\
NAIROBI — 🇰🇪 Foreign Minister Amina Wekesa met leaders of the Association of Southeast Asian \
Nations (ASEAN) on Monday. Wekesa said Kenya’s exporters wanted access to ASEAN markets.";

/// Builds an <article> in the page, reads its text back through the DOM, and analyses that.
fn article_text() -> String {
    let document = web_sys::window().unwrap().document().unwrap();
    let article = document.create_element("article").unwrap();
    article.set_text_content(Some(ARTICLE));
    document.body().unwrap().append_child(&article).unwrap();
    let text = article.text_content().unwrap();
    article.remove();
    text
}

/// The binding hands mentions over as numbers, five each (www/api.js makes the objects, each
/// text sliced from the caller's string): they are the report's mentions, and slice to their text.
#[wasm_bindgen_test]
fn mentions_slice_to_their_text_in_utf16() {
    let text = article_text();
    let result = textlens::wasm_api::analyze(JsValue::from_str(&text), None).unwrap();
    let js_text = js_sys::JsString::from(text.as_str());
    let columns = get(&result, "mentions").unchecked_into::<js_sys::Uint32Array>().to_vec();
    let options = textlens::Options { tagger: textlens::TaggerKind::Rules, ..Default::default() };
    let analysis = textlens::analyze(&text, &options).unwrap();
    let mentions = textlens::Report::new(&text, &analysis, 0).mentions;
    assert!(mentions.len() >= 6);
    assert_eq!(columns.len(), 5 * mentions.len());
    for (m, n) in mentions.iter().zip(columns.chunks(5)) {
        let ty = textlens::EntityType::ALL[n[2] as usize];
        assert_eq!([n[0], n[1], n[3], n[4]].map(|x| x as usize), [m.start, m.end, m.entity, m.sentence]);
        assert_eq!(ty, m.ty);
        let slice: String = js_text.slice(n[0], n[1]).into();
        assert_eq!(slice, m.text);
    }
}

#[wasm_bindgen_test]
fn aliases_are_merged() {
    let text = article_text();
    let result = textlens::wasm_api::analyze(JsValue::from_str(&text), None).unwrap();
    let entities = array(&result, "entities");
    let find = |name: &str| entities.iter().find(|e| get(e, "name").as_string().as_deref() == Some(name)).unwrap_or_else(|| panic!("no entity {name}"));
    let asean = find("Association of Southeast Asian Nations");
    assert_eq!(get(&asean, "count").as_f64(), Some(4.0));
    assert_eq!(get(&asean, "type").as_string().as_deref(), Some("ORG"));
    let wekesa = find("Amina Wekesa");
    assert_eq!(get(&wekesa, "count").as_f64(), Some(2.0));
    assert_eq!(get(&wekesa, "type").as_string().as_deref(), Some("PER"));
    assert_eq!(get(&find("Kenya"), "count").as_f64(), Some(2.0));
    assert_eq!(get(&find("Nairobi"), "aliases").unchecked_into::<js_sys::Array>().to_vec(), vec![JsValue::from_str("NAIROBI")]);
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_naming_the_option() {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"window".into(), &JsValue::from_str("wide")).unwrap();
    let err = textlens::wasm_api::analyze(JsValue::from_str("Text."), Some(options.into())).unwrap_err();
    let err: JsValue = err.into();
    assert!(err.is_instance_of::<js_sys::Error>());
    let message: String = err.unchecked_into::<js_sys::Error>().message().into();
    assert_eq!(message, "invalid option `window`: must be a whole number from 1 to 50, got \"wide\"");
    let err: JsValue = textlens::wasm_api::analyze(JsValue::from_f64(3.0), None).unwrap_err().into();
    let message: String = err.unchecked_into::<js_sys::Error>().message().into();
    assert_eq!(message, "analyze(text): text must be a string, got 3");
}

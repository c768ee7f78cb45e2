//! JSON output: one small writer for the CLI and the WebAssembly binding, so both print the same
//! bytes. The binding hands the string to `JSON.parse`, which builds the result objects far faster
//! than one boundary call per field, and the wasm carries no serialisation framework.
//!
//! Numbers: integers exactly; scores (`f64`) rounded to 6 decimal places, which is more than any
//! association measure means, with trailing zeros cut; a non-finite score is written as 0.

use crate::entities::EntityType;

/// Something that writes itself as one JSON value.
pub trait ToJson {
    /// Appends the value to `w`.
    fn write_json(&self, w: &mut JsonWriter);

    /// The value as compact JSON.
    fn to_json(&self) -> String {
        JsonWriter::sized(self, false)
    }

    /// The value as JSON indented by two spaces (the CLI's `--pretty`).
    fn to_json_pretty(&self) -> String {
        JsonWriter::sized(self, true)
    }
}

/// Builds a JSON text: objects and arrays are opened and closed, members and elements announced.
pub struct JsonWriter {
    out: String,
    pretty: bool,
    depth: usize,
    /// True until the open object or array has its first member.
    empty: bool,
    /// When only measuring: the bytes written so far and let go (see [`JsonWriter::sized`]).
    measured: Option<usize>,
    /// Past this length the writer stops keeping its text and measures the rest.
    limit: usize,
}

/// Up to this length a value's JSON is written at once; a longer one is measured, then written.
const SMALL_JSON: usize = 1 << 16;

impl JsonWriter {
    /// An empty writer; `pretty` indents by two spaces.
    pub fn new(pretty: bool) -> JsonWriter {
        JsonWriter {
            out: String::with_capacity(1024),
            pretty,
            depth: 0,
            empty: true,
            measured: None,
            limit: usize::MAX,
        }
    }

    /// `value`'s JSON text. A long one (past `SMALL_JSON`) is measured first so that it is
    /// allocated once, at its size: a long text's JSON is megabytes, and a string grown by
    /// doubling needs up to three times its length at once, in blocks that wasm memory (which
    /// never shrinks) keeps.
    fn sized(value: &(impl ToJson + ?Sized), pretty: bool) -> String {
        let mut m = JsonWriter { limit: SMALL_JSON, ..JsonWriter::new(pretty) };
        value.write_json(&mut m);
        let Some(measured) = m.measured else { return m.finish() };
        let len = measured + m.out.len();
        let mut w = JsonWriter { out: String::with_capacity(len), ..JsonWriter::new(pretty) };
        value.write_json(&mut w);
        debug_assert_eq!(w.out.len(), len);
        w.finish()
    }

    /// The JSON text.
    pub fn finish(self) -> String {
        self.out
    }

    fn open(&mut self, c: char) {
        self.out.push(c);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, c: char) {
        self.depth -= 1;
        if !self.empty {
            self.newline();
        }
        self.out.push(c);
        self.empty = false;
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    fn separate(&mut self) {
        // Measuring (or past the limit): count what was written and let it go.
        if self.measured.is_some() || self.out.len() > self.limit {
            self.measured = Some(self.measured.unwrap_or(0) + self.out.len());
            self.out.clear();
        }
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.newline();
    }

    /// Opens an object.
    pub fn begin_object(&mut self) {
        self.open('{');
    }

    /// Closes the open object.
    pub fn end_object(&mut self) {
        self.close('}');
    }

    /// Opens an array.
    pub fn begin_array(&mut self) {
        self.open('[');
    }

    /// Closes the open array.
    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// Starts an object member: its key (a plain identifier, written as is); the value follows.
    pub fn key(&mut self, key: &str) {
        self.separate();
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str(if self.pretty { "\": " } else { "\":" });
    }

    /// Starts an array element; the value follows.
    pub fn element(&mut self) {
        self.separate();
    }

    /// A member `key: value`.
    pub fn member(&mut self, key: &str, value: &(impl ToJson + ?Sized)) {
        self.key(key);
        value.write_json(self);
    }

    /// A string, escaped.
    pub fn string(&mut self, s: &str) {
        self.out.push('"');
        let bytes = s.as_bytes();
        let mut from = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b >= 0x20 && b != b'"' && b != b'\\' {
                continue;
            }
            self.out.push_str(&s[from..i]);
            match b {
                b'"' => self.out.push_str("\\\""),
                b'\\' => self.out.push_str("\\\\"),
                b'\n' => self.out.push_str("\\n"),
                b'\r' => self.out.push_str("\\r"),
                b'\t' => self.out.push_str("\\t"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.push_str("\\u00");
                    self.out.push(HEX[(b >> 4) as usize] as char);
                    self.out.push(HEX[(b & 15) as usize] as char);
                }
            }
            from = i + 1;
        }
        self.out.push_str(&s[from..]);
        self.out.push('"');
    }

    /// A whole number.
    pub fn integer(&mut self, n: u64) {
        push_integer(&mut self.out, n);
    }

    /// A score, rounded to 6 decimal places (0 when not finite).
    pub fn float(&mut self, x: f64) {
        push_decimal(&mut self.out, if x.is_finite() { x } else { 0.0 }, 6);
    }
}

fn push_integer(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // ASCII digits, pushed as chars: no UTF-8 check of the buffer.
    out.extend(buf[i..].iter().map(|&d| char::from(d)));
}

/// Writes a finite `x` with at most `decimals` decimal places, trailing zeros cut: 0.5, 12, -3.25.
/// Fewer places are kept when more would not fit exactly in an f64's 53-bit integer range.
pub(crate) fn push_decimal(out: &mut String, x: f64, decimals: u32) {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    let mut places = decimals;
    let mut scale = 10f64.powi(places as i32);
    while places > 0 && (x * scale).abs() >= EXACT {
        places -= 1;
        scale /= 10.0;
    }
    let scaled = libm::round(x * scale);
    if scaled == 0.0 {
        out.push('0');
        return;
    }
    if scaled < 0.0 {
        out.push('-');
    }
    let digits = scaled.abs();
    if digits >= EXACT {
        // Beyond 2^53 (no decimal places left): scientific notation, 15 significant digits.
        let mut exp = libm::floor(libm::log10(digits)) as i32;
        let mut mantissa = digits / 10f64.powi(exp);
        if mantissa >= 10.0 {
            mantissa /= 10.0;
            exp += 1;
        }
        push_decimal(out, mantissa, 14);
        out.push('e');
        push_integer(out, exp as u64);
        return;
    }
    let n = digits as u64;
    let unit = 10u64.pow(places);
    push_integer(out, n / unit);
    let mut frac = n % unit;
    if frac != 0 {
        let mut width = places;
        while frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        out.push('.');
        let digits = frac.ilog10() + 1; // frac > 0 here
        for _ in digits..width {
            out.push('0');
        }
        push_integer(out, frac);
    }
}

/// A number as an error message shows it: `3`, `1.5`, `NaN`, `Infinity`.
pub(crate) fn describe_number(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    let mut s = String::new();
    push_decimal(&mut s, n, 10);
    if s == "0" && n != 0.0 {
        s = if n > 0.0 {
            "a positive number below 1e-10".into()
        } else {
            "a negative number above -1e-10".into()
        };
    }
    s
}

impl ToJson for str {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(self);
    }
}

impl ToJson for usize {
    fn write_json(&self, w: &mut JsonWriter) {
        w.integer(*self as u64);
    }
}

impl ToJson for f64 {
    fn write_json(&self, w: &mut JsonWriter) {
        w.float(*self);
    }
}

impl ToJson for EntityType {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(self.as_str());
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_array();
        for item in self {
            w.element();
            item.write_json(w);
        }
        w.end_array();
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, w: &mut JsonWriter) {
        (**self).write_json(w);
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, w: &mut JsonWriter) {
        self.as_slice().write_json(w);
    }
}

/// Implements [`ToJson`] for a struct as an object of the listed fields, in order:
/// `json_object!(Type { field, other => "jsName" });`, or `json_object!(<T> Type<T> { … })` for a
/// struct generic over one field type.
macro_rules! json_object {
    (<$g:ident> $ty:ty { $($field:ident $(=> $name:literal)?),* $(,)? }) => {
        impl<$g: $crate::json::ToJson> $crate::json::ToJson for $ty {
            fn write_json(&self, w: &mut $crate::json::JsonWriter) {
                w.begin_object();
                $( w.member(json_object!(@name $field $($name)?), &self.$field); )*
                w.end_object();
            }
        }
    };
    ($ty:ty { $($field:ident $(=> $name:literal)?),* $(,)? }) => {
        impl $crate::json::ToJson for $ty {
            fn write_json(&self, w: &mut $crate::json::JsonWriter) {
                w.begin_object();
                $( w.member(json_object!(@name $field $($name)?), &self.$field); )*
                w.end_object();
            }
        }
    };
    (@name $field:ident $name:literal) => { $name };
    (@name $field:ident) => { stringify!($field) };
}
pub(crate) use json_object;

#[cfg(test)]
mod tests {
    use super::*;

    fn decimal(x: f64, places: u32) -> String {
        let mut s = String::new();
        push_decimal(&mut s, x, places);
        s
    }

    #[test]
    fn decimals_are_rounded_and_trimmed() {
        assert_eq!(decimal(0.0, 6), "0");
        assert_eq!(decimal(-0.0, 6), "0");
        assert_eq!(decimal(1.0, 6), "1");
        assert_eq!(decimal(0.5, 6), "0.5");
        assert_eq!(decimal(-3.25, 6), "-3.25");
        assert_eq!(decimal(1.0 / 3.0, 6), "0.333333");
        assert_eq!(decimal(2.0 / 3.0, 6), "0.666667");
        assert_eq!(decimal(0.000_000_4, 6), "0");
        assert_eq!(decimal(-0.000_000_6, 6), "-0.000001");
        assert_eq!(decimal(0.05, 6), "0.05");
        assert_eq!(decimal(123_456.000_001, 6), "123456.000001");
        assert_eq!(decimal(1e300, 6), "1e300");
        assert_eq!(decimal(-1.5e17, 6), "-1.5e17");
        assert_eq!(decimal(9e15, 0), "9000000000000000");
    }

    #[test]
    fn decimals_parse_back_within_half_a_unit() {
        for &x in &[
            0.1,
            0.123_456_5,
            7.999_999_9,
            1_234.567_890_1,
            -0.987_654_32,
            1e-3,
            42.0,
        ] {
            let back: f64 = decimal(x, 6).parse().unwrap();
            assert!((back - x).abs() <= 0.5e-6 + 1e-12, "{x} → {back}");
        }
    }

    #[test]
    fn numbers_in_messages() {
        assert_eq!(describe_number(f64::NAN), "NaN");
        assert_eq!(describe_number(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(describe_number(51.0), "51");
        assert_eq!(describe_number(1.5), "1.5");
        assert_eq!(describe_number(1e-12), "a positive number below 1e-10");
    }

    #[test]
    fn strings_are_escaped() {
        let mut w = JsonWriter::new(false);
        w.string("a\"b\\c\n\u{1}é’");
        assert_eq!(w.finish(), "\"a\\\"b\\\\c\\n\\u0001é’\"");
    }

    struct Point {
        x: usize,
        kind: String,
        tags: Vec<String>,
    }
    json_object!(Point { x, kind => "type", tags });

    #[test]
    fn objects_compact_and_pretty() {
        let p = Point {
            x: 3,
            kind: "PER".into(),
            tags: vec![],
        };
        assert_eq!(p.to_json(), r#"{"x":3,"type":"PER","tags":[]}"#);
        let list = vec![Point {
            x: 1,
            kind: "a".into(),
            tags: vec!["t".into()],
        }];
        assert_eq!(list.to_json_pretty(), "[\n  {\n    \"x\": 1,\n    \"type\": \"a\",\n    \"tags\": [\n      \"t\"\n    ]\n  }\n]");
        assert_eq!(Vec::<Point>::new().to_json_pretty(), "[]");
    }
}

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
    /// The text, kept as bytes: numbers go in without a UTF-8 check of each piece, and every
    /// piece is ASCII or a whole `&str`, so [`JsonWriter::finish`] finds it valid.
    out: Vec<u8>,
    pretty: bool,
    depth: usize,
    /// True until the open object or array has its first member.
    empty: bool,
    /// When only measuring ([`JsonWriter::sized`]): the length of what was written and let go.
    counted: Option<usize>,
    /// When writing in pieces ([`in_pieces`]): where each piece goes.
    sink: Option<fn(&str)>,
}

/// `value`'s compact JSON text, written once: past [`SMALL_JSON`] bytes it is handed to `sink` a
/// piece at a time, and what is left is returned (all of it for a short text). The wasm binding
/// passes each piece on to JavaScript, so a long result's text (16.6 MB for 10 MB of news) is never
/// whole in wasm memory, which never shrinks: written at its size, it could find no hole below the
/// heap's top and grow memory by its whole length.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn in_pieces(value: &(impl ToJson + ?Sized), sink: fn(&str)) -> String {
    let mut w = JsonWriter { sink: Some(sink), ..JsonWriter::new(false) };
    value.write_json(&mut w);
    w.finish()
}

/// Which bytes a JSON string escapes: `"`, `\`, and the control characters.
const ESCAPE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// The most a measuring writer holds before it lets go of what it wrote (see [`JsonWriter::sized`]).
const SMALL_JSON: usize = 1 << 16;

impl JsonWriter {
    /// An empty writer; `pretty` indents by two spaces.
    pub fn new(pretty: bool) -> JsonWriter {
        JsonWriter::with_capacity(1024, pretty)
    }

    fn with_capacity(bytes: usize, pretty: bool) -> JsonWriter {
        JsonWriter { out: Vec::with_capacity(bytes), pretty, depth: 0, empty: true, counted: None, sink: None }
    }

    /// `value`'s JSON text, allocated once at its length: a long text's JSON is megabytes, and a
    /// string grown by doubling needs up to three times its length at once, in blocks that wasm
    /// memory (which never shrinks) keeps. So it is written once to be measured, let go a piece at a
    /// time (see [`JsonWriter::settle`]), then again at its length; up to [`SMALL_JSON`] bytes, the
    /// first writing is the text.
    fn sized(value: &(impl ToJson + ?Sized), pretty: bool) -> String {
        let mut m = JsonWriter { counted: Some(0), ..JsonWriter::new(pretty) };
        value.write_json(&mut m);
        let len = match m.counted {
            Some(0) | None => return m.finish(),
            Some(n) => n + m.out.len(),
        };
        let mut w = JsonWriter::with_capacity(len, pretty);
        value.write_json(&mut w);
        debug_assert_eq!(w.out.len(), len);
        w.finish()
    }

    /// When measuring, counts and lets go of what was written once it passes [`SMALL_JSON`]
    /// bytes; when writing in pieces, hands it to the sink. Called between the elements of an
    /// array, where a long result's bulk is (what was written then is whole UTF-8).
    fn settle(&mut self) {
        if self.out.len() > SMALL_JSON {
            self.let_go();
        }
    }

    /// [`JsonWriter::settle`]'s work, out of line: `settle` is inlined into every array's writer,
    /// and this runs once in 64 KB.
    #[inline(never)]
    fn let_go(&mut self) {
        if let Some(n) = &mut self.counted {
            *n += self.out.len();
            self.out.clear();
        } else if let Some(sink) = self.sink {
            match std::str::from_utf8(&self.out) {
                Ok(piece) => sink(piece),
                Err(_) => unreachable!("JSON text is ASCII pieces and whole strings"),
            }
            self.out.clear();
        }
    }

    /// The JSON text.
    pub fn finish(self) -> String {
        match String::from_utf8(self.out) {
            Ok(text) => text,
            // Not `expect`: that would bring the error's Debug formatting into the wasm.
            Err(_) => unreachable!("JSON text is ASCII pieces and whole strings"),
        }
    }

    /// True when writing indented JSON. Never in the release .wasm (`--cfg textlens_size`, see
    /// `scripts/build.sh`), whose JSON only goes to `JSON.parse`: the constant drops every
    /// indenting branch from it (README, "Size", session 13).
    #[inline(always)]
    pub(crate) fn is_pretty(&self) -> bool {
        !cfg!(textlens_size) && self.pretty
    }

    /// An object of these members, through the writer's calls (the pretty JSON of
    /// [`json_object!`]'s types: one function for them all, as speed matters less there).
    pub(crate) fn object(&mut self, members: &[(&str, &dyn ToJson)]) {
        self.begin_object();
        for (key, value) in members {
            self.member(key, *value);
        }
        self.end_object();
    }

    /// Appends `piece` as it is: a whole value, or in compact JSON a part of one (the writer's
    /// state is not changed).
    pub(crate) fn raw(&mut self, piece: &'static str) {
        self.out.extend_from_slice(piece.as_bytes());
    }

    fn open(&mut self, c: u8) {
        self.out.push(c);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, c: u8) {
        self.depth -= 1;
        if !self.empty {
            self.newline();
        }
        self.out.push(c);
        self.empty = false;
    }

    fn newline(&mut self) {
        if self.is_pretty() {
            self.out.push(b'\n');
            for _ in 0..self.depth {
                self.out.extend_from_slice(b"  ");
            }
        }
    }

    fn separate(&mut self) {
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        self.newline();
    }

    /// Opens an object.
    pub fn begin_object(&mut self) {
        self.open(b'{');
    }

    /// Closes the open object.
    pub fn end_object(&mut self) {
        self.close(b'}');
    }

    /// Opens an array.
    pub fn begin_array(&mut self) {
        self.open(b'[');
    }

    /// Closes the open array.
    pub fn end_array(&mut self) {
        self.close(b']');
    }

    /// Starts an object member: its key (a plain identifier, written as is); the value follows.
    pub fn key(&mut self, key: &str) {
        self.separate();
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(if self.is_pretty() { b"\": " } else { b"\":" });
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
        let bytes = s.as_bytes();
        self.out.push(b'"');
        let mut from = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if !ESCAPE[b as usize] {
                continue;
            }
            self.out.extend_from_slice(&bytes[from..i]);
            match b {
                b'"' => self.out.extend_from_slice(b"\\\""),
                b'\\' => self.out.extend_from_slice(b"\\\\"),
                b'\n' => self.out.extend_from_slice(b"\\n"),
                b'\r' => self.out.extend_from_slice(b"\\r"),
                b'\t' => self.out.extend_from_slice(b"\\t"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 15) as usize]]);
                }
            }
            from = i + 1;
        }
        self.out.extend_from_slice(&bytes[from..]);
        self.out.push(b'"');
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

/// "00" to "99": two digits at a time.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

fn push_integer(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    while n > u32::MAX as u64 {
        let r = (n % 100) as usize * 2;
        n /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[r..r + 2]);
    }
    // The rest in 32 bits: wasm has no 64-bit multiply-high, so a 64-bit division by 100 would be
    // a real division there.
    let mut n = n as u32;
    while n >= 100 {
        let r = (n % 100) as usize * 2;
        n /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[r..r + 2]);
    }
    if n >= 10 {
        let r = n as usize * 2;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[r..r + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + n as u8;
    }
    out.extend_from_slice(&buf[i..]);
}

/// Writes a finite `x` with at most `decimals` decimal places, trailing zeros cut: 0.5, 12, -3.25.
/// Fewer places are kept when more would not fit exactly in an f64's 53-bit integer range.
pub(crate) fn push_decimal(out: &mut Vec<u8>, x: f64, decimals: u32) {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    let mut places = decimals;
    let mut scale = 10f64.powi(places as i32);
    while places > 0 && (x * scale).abs() >= EXACT {
        places -= 1;
        scale /= 10.0;
    }
    let scaled = libm::round(x * scale);
    if scaled == 0.0 {
        out.push(b'0');
        return;
    }
    if scaled < 0.0 {
        out.push(b'-');
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
        out.push(b'e');
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
        out.push(b'.');
        let digits = frac.ilog10() + 1; // frac > 0 here
        for _ in digits..width {
            out.push(b'0');
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
    let mut digits = Vec::new();
    push_decimal(&mut digits, n, 10);
    let mut s = String::from_utf8(digits).unwrap_or_default(); // ASCII
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
        // The names need no escapes: each is written with its quotes as one piece.
        w.raw(match self {
            EntityType::Per => "\"PER\"",
            EntityType::Org => "\"ORG\"",
            EntityType::Loc => "\"LOC\"",
            EntityType::Misc => "\"MISC\"",
        });
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, w: &mut JsonWriter) {
        if w.is_pretty() {
            w.begin_array();
            for item in self {
                w.element();
                item.write_json(w);
                w.settle();
            }
            w.end_array();
            return;
        }
        // Compact: the commas go between the elements, with no state to keep.
        w.out.push(b'[');
        if let Some((first, rest)) = self.split_first() {
            first.write_json(w);
            w.settle();
            for item in rest {
                w.out.push(b',');
                item.write_json(w);
                w.settle();
            }
        }
        w.out.push(b']');
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
/// struct generic over one field type. Compact JSON writes each key with its quotes, colon and
/// the comma before it as one piece made at compile time (`,"start":`).
macro_rules! json_object {
    (@impl [$($g:tt)*] $ty:ty, $first:ident $(=> $fname:literal)? $(, $field:ident $(=> $name:literal)?)*) => {
        impl<$($g)*> $crate::json::ToJson for $ty {
            fn write_json(&self, w: &mut $crate::json::JsonWriter) {
                if w.is_pretty() {
                    w.object(&[(json_object!(@name $first $($fname)?), &self.$first) $(, (json_object!(@name $field $($name)?), &self.$field))*]);
                } else {
                    w.raw(concat!("{\"", json_object!(@name $first $($fname)?), "\":"));
                    $crate::json::ToJson::write_json(&self.$first, w);
                    $(
                        w.raw(concat!(",\"", json_object!(@name $field $($name)?), "\":"));
                        $crate::json::ToJson::write_json(&self.$field, w);
                    )*
                    w.raw("}");
                }
            }
        }
    };
    (@name $field:ident $name:literal) => { $name };
    (@name $field:ident) => { stringify!($field) };
    (<$g:ident> $ty:ty { $($fields:tt)* }) => {
        json_object!(@impl [$g: $crate::json::ToJson] $ty, $($fields)*);
    };
    ($ty:ty { $($fields:tt)* }) => {
        json_object!(@impl [] $ty, $($fields)*);
    };
}
pub(crate) use json_object;

#[cfg(test)]
mod tests {
    use super::*;

    fn decimal(x: f64, places: u32) -> String {
        let mut s = Vec::new();
        push_decimal(&mut s, x, places);
        String::from_utf8(s).unwrap()
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

    struct Outer<T> {
        inner: Point,
        points: Vec<Point>,
        nested: Vec<Vec<usize>>,
        score: f64,
        ty: EntityType,
        extra: T,
    }
    json_object!(<T> Outer<T> { inner, points, nested, score => "s", ty => "type", extra });

    /// Written through the writer's calls.
    struct Manual {
        x: usize,
        kind: String,
        tags: Vec<String>,
    }
    impl ToJson for Manual {
        fn write_json(&self, w: &mut JsonWriter) {
            w.begin_object();
            w.member("x", &self.x);
            w.member("type", &self.kind);
            w.member("tags", &self.tags);
            w.end_object();
        }
    }

    /// `to_json` (which measures first, and lets go of what it measured a piece at a time beyond
    /// 64 KB) gives what one writer writes, compact and pretty.
    /// And `in_pieces`' pieces, joined, are the compact text.
    fn same_length(value: &(impl ToJson + ?Sized)) {
        for pretty in [false, true] {
            let mut w = JsonWriter::new(pretty);
            value.write_json(&mut w);
            let text = if pretty { value.to_json_pretty() } else { value.to_json() };
            assert_eq!(text, w.finish());
        }
        thread_local!(static PIECES: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) });
        let tail = in_pieces(value, |piece| PIECES.with_borrow_mut(|p| p.push(piece.to_string())));
        let pieces = PIECES.take();
        assert!(pieces.iter().all(|p| p.len() > SMALL_JSON));
        assert_eq!(pieces.concat() + &tail, value.to_json());
    }

    #[test]
    fn measured_texts_equal_written_texts() {
        let odd = "a\"b\\c\n\r\t\u{1}\u{1f}\u{7f} é’ 👍 \u{2028}/";
        for s in ["", "plain", odd, "\"", "\u{0}"] {
            same_length(s);
            same_length(&s.to_string());
        }
        assert_eq!(odd.to_json(), "\"a\\\"b\\\\c\\n\\r\\t\\u0001\\u001f\u{7f} é’ 👍 \u{2028}/\"");
        let wide = [u32::MAX as u64, u32::MAX as u64 + 1, 10_000_000_000, 4_294_967_395, u64::MAX].map(|n| n as usize); // around 2^32 (on 64 bits)
        for n in [0, 1, 9, 10, 99, 100, 999, 1000, 65_535, 1_000_000, 123_456_789, usize::MAX].into_iter().chain(wide) {
            same_length(&n);
            assert_eq!(n.to_json(), n.to_string());
        }
        for x in [0.0, -0.0, 0.5, -3.25, 1.0 / 3.0, 1e300, -1.5e17, f64::NAN, f64::INFINITY, 123_456.000_001] {
            same_length(&x);
        }
        for ty in EntityType::ALL {
            same_length(&ty);
            assert_eq!(ty.to_json(), format!("\"{}\"", ty.as_str()));
        }
        same_length(&Vec::<String>::new());
        same_length(&vec![vec![1usize, 22, 333], vec![], vec![4444]]);
        let point = |x: usize, kind: &str, tags: &[&str]| Point { x, kind: kind.into(), tags: tags.iter().map(|t| t.to_string()).collect() };
        same_length(&point(0, "", &[]));
        same_length(&vec![point(1, odd, &["t", odd]), point(22, "PER", &[])]);
        same_length(&Vec::<Point>::new());
        let outer = |extra| Outer {
            inner: point(7, "LOC", &["x"]),
            points: vec![point(1, "a", &[]), point(12_345, odd, &["", "é"])],
            nested: vec![vec![], vec![5, 60]],
            score: 0.123_456_7,
            ty: EntityType::Org,
            extra,
        };
        same_length(&outer(vec![Manual { x: 3, kind: odd.into(), tags: vec!["a".into()] }, Manual { x: 0, kind: "".into(), tags: vec![] }]));
        same_length(&vec![outer(vec![]), outer(vec![Manual { x: 10, kind: "k".into(), tags: vec![] }])]);
        same_length(&Vec::<Outer<Vec<Manual>>>::new());
        // Beyond 64 KB, measured in pieces: objects in arrays, and arrays in an object.
        let many: Vec<Point> = (0..4000).map(|i| point(i * 7919, odd, &["x", odd])).collect();
        assert!(many.to_json().len() > 3 * SMALL_JSON);
        same_length(&many);
        thread_local!(static COUNT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) });
        in_pieces(&many, |_| COUNT.set(COUNT.get() + 1));
        assert!(COUNT.get() >= 3);
        same_length(&outer(vec![Manual { x: 1, kind: odd.into(), tags: vec![odd.into(); 3000] }]));
    }

    #[test]
    fn objects_written_by_pieces_match_the_writers_calls() {
        let tags = vec!["t".to_string(), "a\"b".to_string()];
        for tags in [vec![], tags] {
            let p = Point { x: 42, kind: "é\n".into(), tags: tags.clone() };
            let m = Manual { x: 42, kind: "é\n".into(), tags };
            assert_eq!(p.to_json(), m.to_json());
            assert_eq!(p.to_json_pretty(), m.to_json_pretty());
            assert_eq!(vec![&p, &p].to_json(), vec![&m, &m].to_json());
            assert_eq!(vec![&p, &p].to_json_pretty(), vec![&m, &m].to_json_pretty());
        }
    }
}

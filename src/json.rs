// Docs: on `pub mod json` in lib.rs (build.rs also includes this file, where `//!` cannot go).

use std::fmt::Write;

/// A parsed JSON value. Objects keep their members in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number as written (validated against the JSON grammar).
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Deeper nesting than this is refused (no legitimate file of ours comes close).
pub const MAX_DEPTH: usize = 64;

impl Json {
    /// An object from `(key, value)` pairs, in order.
    pub fn object(members: Vec<(&str, Json)>) -> Json {
        Json::Object(
            members
                .into_iter()
                .map(|(key, value)| (key.to_string(), value))
                .collect(),
        )
    }

    /// Parses a complete JSON text, with "line 3, column 7: …" errors.
    ///
    /// The same reader runs in the browser: handing the text to `JSON.parse` and converting its
    /// result value by value across the wasm boundary was 1.3 KB less wasm, but it took about
    /// 40 ms of a first render at 4× CPU slowdown for the bundled glossary alone.
    pub fn parse(text: &str) -> Result<Json, String> {
        let mut parser = Parser {
            text: text.as_bytes(),
            at: 0,
        };
        let value = parser.value(0).and_then(|value| {
            parser.skip_space();
            match parser.text.get(parser.at) {
                None => Ok(value),
                Some(_) => Err("unexpected text after the end of the JSON value"),
            }
        });
        value.map_err(|problem| parser.locate(problem))
    }

    /// The member `key` of an object (the last one, as `JSON.parse` does, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members
                .iter()
                .rev()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// A whole number in `u32` range.
    pub fn as_u32(&self) -> Option<u32> {
        match self {
            Json::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// Required text member: `Err("\"title\" must be text")` when missing or of another type.
    pub fn text(&self, key: &str) -> Result<String, String> {
        self.get(key)
            .and_then(Json::as_str)
            .map(str::to_string)
            .ok_or_else(|| format!("\"{key}\" must be text"))
    }

    /// Optional list-of-text member (missing means empty).
    pub fn text_list(&self, key: &str) -> Result<Vec<String>, String> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(Vec::new()),
            Some(value) => value
                .as_array()
                .and_then(|items| {
                    items
                        .iter()
                        .map(|item| item.as_str().map(str::to_string))
                        .collect()
                })
                .ok_or_else(|| format!("\"{key}\" must be a list of texts")),
        }
    }

    /// Required list member, each item decoded by `decode`; errors name the item's position.
    pub fn list<T>(
        &self,
        key: &str,
        decode: impl Fn(&Json) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        let items = self
            .get(key)
            .and_then(Json::as_array)
            .ok_or_else(|| format!("\"{key}\" must be a list"))?;
        items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                decode(item).map_err(|problem| format!("{key} #{}: {problem}", index + 1))
            })
            .collect()
    }

    /// Serialises to compact JSON text.
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Number(text) => out.push_str(text),
            Json::String(text) => write_string(text, out),
            Json::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (index, (key, value)) in members.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl std::fmt::Display for Json {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = String::new();
        self.write(&mut out);
        f.write_str(&out)
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // `<` too, so JSON text can never close a surrounding <script> or open a tag.
            c if (c as u32) < 0x20 || c == '<' || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    text: &'a [u8],
    at: usize,
}

type Step<T> = Result<T, &'static str>;

impl Parser<'_> {
    /// "line 3, column 7: …" for the current position.
    fn locate(&self, problem: &str) -> String {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before
            .iter()
            .rev()
            .take_while(|&&b| b != b'\n')
            .filter(|&&b| b & 0xC0 != 0x80) // characters, not UTF-8 bytes
            .count()
            + 1;
        format!("line {line}, column {column}: {problem}")
    }

    fn skip_space(&mut self) {
        while matches!(self.text.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.text.get(self.at) == Some(&byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Step<Json> {
        if depth > MAX_DEPTH {
            return Err("nested too deeply");
        }
        self.skip_space();
        match self.text.get(self.at) {
            None => Err("unexpected end of the text"),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => self.literal(),
        }
    }

    fn literal(&mut self) -> Step<Json> {
        for (word, value) in [
            ("true", Json::Bool(true)),
            ("false", Json::Bool(false)),
            ("null", Json::Null),
        ] {
            if self.text[self.at..].starts_with(word.as_bytes()) {
                self.at += word.len();
                return Ok(value);
            }
        }
        Err("expected a value")
    }

    fn object(&mut self, depth: usize) -> Step<Json> {
        self.at += 1; // {
        let mut members = Vec::new();
        if self.eat(b'}') {
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.text.get(self.at) != Some(&b'"') {
                return Err("expected a member name in double quotes");
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err("expected ':' after a member name");
            }
            members.push((key, self.value(depth + 1)?));
            if self.eat(b'}') {
                return Ok(Json::Object(members));
            }
            if !self.eat(b',') {
                return Err("expected ',' or '}'");
            }
        }
    }

    fn array(&mut self, depth: usize) -> Step<Json> {
        self.at += 1; // [
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.eat(b']') {
                return Ok(Json::Array(items));
            }
            if !self.eat(b',') {
                return Err("expected ',' or ']'");
            }
        }
    }

    fn number(&mut self) -> Step<Json> {
        let start = self.at;
        let digits = |parser: &mut Self| {
            let from = parser.at;
            while parser.text.get(parser.at).is_some_and(u8::is_ascii_digit) {
                parser.at += 1;
            }
            parser.at > from
        };
        if self.text.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let leading_zero = self.text.get(self.at) == Some(&b'0');
        if !digits(self)
            || (leading_zero && self.at - start > 1 + usize::from(self.text[start] == b'-'))
        {
            return Err("malformed number");
        }
        if self.text.get(self.at) == Some(&b'.') {
            self.at += 1;
            if !digits(self) {
                return Err("malformed number");
            }
        }
        if matches!(self.text.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.text.get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err("malformed number");
            }
        }
        // The slice is ASCII digits and signs, so it is valid UTF-8.
        Ok(Json::Number(
            String::from_utf8_lossy(&self.text[start..self.at]).into_owned(),
        ))
    }

    fn string(&mut self) -> Step<String> {
        self.at += 1; // opening quote
        let mut bytes = Vec::new();
        loop {
            let Some(&byte) = self.text.get(self.at) else {
                return Err("unterminated text (missing closing \")");
            };
            self.at += 1;
            match byte {
                b'"' => break,
                b'\\' => {
                    let Some(&escape) = self.text.get(self.at) else {
                        return Err("unterminated text (missing closing \")");
                    };
                    self.at += 1;
                    let decoded = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err("unknown escape in text"),
                    };
                    let mut buffer = [0; 4];
                    bytes.extend_from_slice(decoded.encode_utf8(&mut buffer).as_bytes());
                }
                0..=0x1f => return Err("control character in text (use \\n for a line break)"),
                _ => bytes.push(byte),
            }
        }
        // The input is a &str and escapes decode to chars, so the bytes are valid UTF-8.
        String::from_utf8(bytes).map_err(|_| "invalid UTF-8 in text")
    }

    fn hex4(&mut self) -> Step<u32> {
        let hex = self
            .text
            .get(self.at..self.at + 4)
            .ok_or("short \\u escape")?;
        self.at += 4;
        hex.iter().try_fold(0, |code, &digit| {
            let value = (digit as char)
                .to_digit(16)
                .ok_or("bad hex digit in \\u escape")?;
            Ok(code * 16 + value)
        })
    }

    fn unicode_escape(&mut self) -> Step<char> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            // A UTF-16 surrogate pair: \uD83D\uDE00
            if !self.text[self.at..].starts_with(b"\\u") {
                return Err("lone surrogate in \\u escape");
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err("lone surrogate in \\u escape");
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or("lone surrogate in \\u escape")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_of_value() {
        let parsed =
            Json::parse(r#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}, "e": []} "#)
                .unwrap();
        let expected = Json::object(vec![
            (
                "a",
                Json::Array(vec![
                    Json::Number("1".into()),
                    Json::Number("-2.5e3".into()),
                    Json::Bool(true),
                    Json::Bool(false),
                    Json::Null,
                ]),
            ),
            ("b", Json::object(vec![("c", Json::String("d".into()))])),
            ("e", Json::Array(vec![])),
        ]);
        assert_eq!(parsed, expected);
    }

    #[test]
    fn decodes_escapes_and_unicode() {
        let parsed = Json::parse(r#""q\" b\\ s\/ \n\t \u00e9 \ud83d\ude00 ñ""#).unwrap();
        assert_eq!(parsed, Json::String("q\" b\\ s/ \n\t é 😀 ñ".into()));
    }

    #[test]
    fn rejects_malformed_text_with_a_position() {
        for (input, problem) in [
            ("", "unexpected end"),
            ("{", "member name"),
            ("{\"a\" 1}", "':'"),
            ("[1,]", "expected a value"),
            ("[1 2]", "',' or ']'"),
            ("01", "malformed number"),
            ("-", "malformed number"),
            ("1.", "malformed number"),
            ("1e", "malformed number"),
            ("\"abc", "unterminated"),
            ("\"a\nb\"", "control character"),
            ("\"\\x\"", "unknown escape"),
            ("\"\\ud800\"", "lone surrogate"),
            ("\"\\u12zz\"", "hex digit"),
            ("\"\\u12", "short \\u escape"),
            ("tru", "expected a value"),
            ("{} {}", "after the end"),
            ("<script>alert(1)</script>", "expected a value"),
        ] {
            let error = Json::parse(input).unwrap_err();
            assert!(error.contains(problem), "{input:?}: {error}");
            assert!(error.starts_with("line "), "{error}");
        }
        assert_eq!(
            Json::parse("{\n  \"a\": x}").unwrap_err(),
            "line 2, column 8: expected a value"
        );
        // Columns count characters, as an editor shows them, not UTF-8 bytes.
        assert_eq!(
            Json::parse("[\"dolor de espalda, así\", x]").unwrap_err(),
            "line 1, column 27: expected a value"
        );
    }

    #[test]
    fn hostile_nesting_is_refused_without_overflowing_the_stack() {
        for deep in ["[".repeat(100_000), "{\"a\":".repeat(100_000)] {
            assert!(Json::parse(&deep)
                .unwrap_err()
                .contains("nested too deeply"));
        }
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Json::parse(&ok).is_ok());
    }

    #[test]
    fn huge_flat_input_parses() {
        let big = format!("[{}\"end\"]", "\"xxxxxxxxxx\",".repeat(200_000));
        assert_eq!(
            Json::parse(&big).unwrap().as_array().unwrap().len(),
            200_001
        );
    }

    #[test]
    fn typed_access_explains_what_is_wrong() {
        let value =
            Json::parse(r#"{"id": 3, "tags": ["a", 1], "items": [{"n": "x"}, {"n": 2}], "n": 42}"#)
                .unwrap();
        assert_eq!(value.text("id").unwrap_err(), "\"id\" must be text");
        assert_eq!(
            value.text("missing").unwrap_err(),
            "\"missing\" must be text"
        );
        assert_eq!(
            value.text_list("tags").unwrap_err(),
            "\"tags\" must be a list of texts"
        );
        assert_eq!(value.text_list("absent").unwrap(), Vec::<String>::new());
        let names = value.list("items", |item| item.text("n"));
        assert_eq!(names.unwrap_err(), "items #2: \"n\" must be text");
        assert_eq!(value.get("n").and_then(Json::as_u32), Some(42));
        assert_eq!(
            Json::parse(r#"{"a":1,"a":2}"#)
                .unwrap()
                .get("a")
                .and_then(Json::as_u32),
            Some(2)
        );
    }

    #[test]
    fn writes_compact_json_that_parses_back() {
        let value =
            Json::parse(r#"{"t":"a\"b\\c\n</script>\u0001 é😀","n":[1,-0.5,null,true],"o":{}}"#)
                .unwrap();
        let text = value.to_string();
        assert_eq!(
            text,
            r#"{"t":"a\"b\\c\n\u003c/script>\u0001 é😀","n":[1,-0.5,null,true],"o":{}}"#
        );
        assert_eq!(Json::parse(&text).unwrap(), value);
    }
}

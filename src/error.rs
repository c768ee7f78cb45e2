//! The one error type of the crate.

use std::fmt;

use crate::json::ToJson;

/// Why an analysis could not run: a bad option, or a text over the caller's length limit.
///
/// ```
/// let mut options = textlens::Options::default();
/// let err = options.set("window", textlens::OptionValue::Number(0.0)).unwrap_err();
/// assert_eq!(err.to_string(), "invalid option `window`: must be a whole number from 1 to 50, got 0");
/// assert_eq!(err.option(), Some("window"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    Option { name: String, message: String },
    TooLong { length: usize, max: usize },
    Input(String),
}

impl Error {
    pub(crate) fn bad_option(name: &str, message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Option { name: name.to_string(), message: message.into() } }
    }
    pub(crate) fn too_long(length: usize, max: usize) -> Error {
        Error { kind: ErrorKind::TooLong { length, max } }
    }
    /// An error about the input itself (used by the bindings: a text that is not a string, say).
    pub fn input(message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Input(message.into()) }
    }
    /// The name of the option at fault, if an option is.
    pub fn option(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Option { name, .. } => Some(name),
            _ => None,
        }
    }
    /// The message, as `Display` writes it, made without `std::fmt` (which the .wasm then leaves
    /// out: README, "Size").
    pub(crate) fn message(&self) -> String {
        match &self.kind {
            ErrorKind::Option { name, message } => ["invalid option `", name, "`: ", message].concat(),
            ErrorKind::TooLong { length, max } => {
                ["text is ", &length.to_json(), " UTF-16 code units long, over the `maxLength` option of ", &max.to_json()].concat()
            }
            ErrorKind::Input(message) => message.clone(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

//! The one failure of a parse: input that cannot be used at all.

use std::fmt;

/// Why an input could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub(super) kind: ErrorKind,
}

/// The kind of an [`Error`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is larger than [`MAX_INPUT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The input is not UTF-8 (from [`parse_bytes`]).
    NotUtf8 {
        /// The offset of the first invalid byte.
        valid_up_to: usize,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::TooLarge { size, limit } => write!(
                f,
                "input is {size} bytes, larger than the limit of {limit} bytes ({} MiB)",
                limit / (1024 * 1024)
            ),
            ErrorKind::NotUtf8 { valid_up_to } => {
                write!(
                    f,
                    "input is not UTF-8 text (invalid byte at offset {valid_up_to})"
                )
            }
        }
    }
}

impl std::error::Error for Error {}

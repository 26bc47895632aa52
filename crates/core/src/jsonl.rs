//! JSON Lines: the wire format between stages run as separate programs.
//!
//! Reading never loses a line: a line that is not valid JSON for the expected type becomes an
//! error value carrying its line number, which callers turn into a failed document.

use std::io::{BufRead, Write};

use serde::{de::DeserializeOwned, Serialize};

/// A line that could not be read as the expected record.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    /// The stream could not be read.
    #[error("line {line}: read error: {source}")]
    Io {
        /// 1-based line number.
        line: usize,
        /// Underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The line is not the expected JSON record.
    #[error("line {line}: not a valid record: {source}")]
    Json {
        /// 1-based line number.
        line: usize,
        /// Underlying error.
        #[source]
        source: serde_json::Error,
    },
}

impl LineError {
    /// 1-based line number of the problem.
    pub fn line(&self) -> usize {
        match self {
            LineError::Io { line, .. } | LineError::Json { line, .. } => *line,
        }
    }
}

/// Iterates over the records of a JSON Lines stream, skipping blank lines.
pub fn read<T: DeserializeOwned, R: BufRead>(reader: R) -> impl Iterator<Item = Result<T, LineError>> {
    let mut reader = reader;
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    std::iter::from_fn(move || loop {
        buf.clear();
        line_no += 1;
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {
                if buf.iter().all(|b| b.is_ascii_whitespace()) {
                    continue;
                }
                return Some(serde_json::from_slice(&buf).map_err(|source| LineError::Json { line: line_no, source }));
            }
            Err(source) => return Some(Err(LineError::Io { line: line_no, source })),
        }
    })
}

/// Writes one record as a line.
pub fn write<T: Serialize, W: Write>(writer: &mut W, record: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *writer, record).map_err(std::io::Error::other)?;
    writer.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RawDocument;

    #[test]
    fn round_trip_and_bad_line() {
        let mut out = Vec::new();
        let doc = RawDocument {
            id: "a".into(),
            text: "x\ny".into(),
            ..Default::default()
        };
        write(&mut out, &doc).unwrap();
        out.extend_from_slice(b"\n{not json}\n");
        write(&mut out, &doc).unwrap();
        let got: Vec<Result<RawDocument, LineError>> = read(&out[..]).collect();
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].as_ref().unwrap(), &doc);
        assert_eq!(got[1].as_ref().unwrap_err().line(), 3);
        assert!(got[2].is_ok());
    }
}

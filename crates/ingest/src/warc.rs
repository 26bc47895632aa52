//! A streaming WARC 1.0/1.1 record reader, and HTTP response parsing for `response` records.
//!
//! Written here rather than taken from the `warc` crate because that crate returns end of
//! stream, not an error, when a file ends inside a record header (a truncated record would
//! vanish), and brings chrono, nom, url and uuid for what is a line-based format.

use std::io::{BufRead, Read};

/// One WARC record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Header fields in order, names as written.
    pub headers: Vec<(String, String)>,
    /// The record block (for `response` records: the HTTP message).
    pub block: Vec<u8>,
    /// The block was longer than the size limit and was not kept.
    pub oversized: Option<u64>,
}

impl Record {
    /// First header with this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A record that could not be read. Reading stops after it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("WARC record {index}: {message}")]
pub struct RecordError {
    /// 1-based index of the record in the file.
    pub index: usize,
    /// The record id, when its header was read.
    pub record_id: Option<String>,
    /// What went wrong.
    pub message: String,
}

/// Iterator over the records of a WARC stream (already decompressed).
pub struct Records<R> {
    reader: R,
    index: usize,
    done: bool,
    max_block: u64,
}

impl<R: BufRead> Records<R> {
    /// Reads records from `reader`; blocks longer than `max_block` bytes are skipped over.
    pub fn new(reader: R, max_block: u64) -> Self {
        Records {
            reader,
            index: 0,
            done: false,
            max_block,
        }
    }

    fn fail(&mut self, record_id: Option<String>, message: String) -> Option<Result<Record, RecordError>> {
        self.done = true;
        Some(Err(RecordError {
            index: self.index,
            record_id,
            message,
        }))
    }

    fn read_line(&mut self, buf: &mut Vec<u8>) -> std::io::Result<usize> {
        buf.clear();
        // Header lines are short; a runaway line is cut to keep memory bounded.
        let n = (&mut self.reader).take(64 * 1024).read_until(b'\n', buf)?;
        Ok(n)
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Result<Record, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut line = Vec::new();
        // Skip the blank lines that end the previous record.
        loop {
            match self.read_line(&mut line) {
                Ok(0) => return None,
                Ok(_) if line.iter().all(|b| b.is_ascii_whitespace()) => continue,
                Ok(_) => break,
                Err(e) => {
                    self.index += 1;
                    return self.fail(None, format!("read error: {e}"));
                }
            }
        }
        self.index += 1;
        if !line.starts_with(b"WARC/") {
            let shown = String::from_utf8_lossy(&line[..line.len().min(40)]).trim().to_string();
            return self.fail(None, format!("expected a WARC version line, found {shown:?}"));
        }
        let mut headers = Vec::new();
        loop {
            match self.read_line(&mut line) {
                Ok(0) => {
                    let id = find(&headers, "WARC-Record-ID");
                    return self.fail(id, "truncated: the file ends inside the record header".into());
                }
                Ok(_) => {
                    let l = String::from_utf8_lossy(&line);
                    let l = l.trim_end_matches(['\r', '\n']);
                    if l.is_empty() {
                        break;
                    }
                    if let Some((k, v)) = l.split_once(':') {
                        headers.push((k.trim().to_string(), v.trim().to_string()));
                    } else if let Some(last) = headers.last_mut() {
                        // folded continuation line
                        last.1.push(' ');
                        last.1.push_str(l.trim());
                    }
                }
                Err(e) => {
                    let id = find(&headers, "WARC-Record-ID");
                    return self.fail(id, format!("read error in header: {e}"));
                }
            }
        }
        let id = find(&headers, "WARC-Record-ID");
        let Some(len) = find(&headers, "Content-Length").and_then(|v| v.parse::<u64>().ok()) else {
            return self.fail(id, "missing or invalid Content-Length".into());
        };
        if len > self.max_block {
            return match std::io::copy(&mut (&mut self.reader).take(len), &mut std::io::sink()) {
                Ok(n) if n == len => Some(Ok(Record {
                    headers,
                    block: Vec::new(),
                    oversized: Some(len),
                })),
                Ok(n) => self.fail(id, format!("truncated: block has {n} of {len} bytes")),
                Err(e) => self.fail(id, format!("read error in block: {e}")),
            };
        }
        let mut block = Vec::with_capacity(len.min(1 << 20) as usize);
        match (&mut self.reader).take(len).read_to_end(&mut block) {
            Ok(n) if n as u64 == len => Some(Ok(Record {
                headers,
                block,
                oversized: None,
            })),
            Ok(n) => self.fail(id, format!("truncated: block has {n} of {len} bytes")),
            Err(e) => self.fail(id, format!("read error in block: {e}")),
        }
    }
}

fn find(headers: &[(String, String)], name: &str) -> Option<String> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.clone())
}

/// An HTTP response split into status, headers and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse<'a> {
    /// Status code.
    pub status: u16,
    /// Headers (names as written).
    pub headers: Vec<(String, String)>,
    /// The payload.
    pub body: &'a [u8],
}

impl HttpResponse<'_> {
    /// First header with this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Parses the HTTP message held by a `response` record.
pub fn parse_http(block: &[u8]) -> Option<HttpResponse<'_>> {
    let end = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| block.windows(2).position(|w| w == b"\n\n").map(|p| (p, p + 2)))?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| {
            l.split_once(':')
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        })
        .collect();
    Some(HttpResponse {
        status,
        headers,
        body: &block[end.1..],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, body: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <{id}>\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n",
            body.len()
        )
    }

    #[test]
    fn reads_records_and_http() {
        let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html>hi</html>";
        let data = record("urn:uuid:1", http) + &record("urn:uuid:2", http);
        let recs: Vec<_> = Records::new(data.as_bytes(), 1 << 20).collect();
        assert_eq!(recs.len(), 2);
        let r = recs[0].as_ref().unwrap();
        assert_eq!(r.header("warc-record-id"), Some("<urn:uuid:1>"));
        let h = parse_http(&r.block).unwrap();
        assert_eq!(h.status, 200);
        assert_eq!(h.header("content-type"), Some("text/html; charset=utf-8"));
        assert_eq!(h.body, b"<html>hi</html>");
    }

    #[test]
    fn truncation_is_an_error_not_an_end() {
        let data = record("urn:uuid:1", "HTTP/1.1 200 OK\r\n\r\nabc");
        for cut in [20, data.len() - 6] {
            let recs: Vec<_> = Records::new(&data.as_bytes()[..cut], 1 << 20).collect();
            assert_eq!(recs.len(), 1, "cut at {cut}");
            let err = recs[0].as_ref().unwrap_err();
            assert!(err.message.contains("truncated"), "{err}");
        }
    }

    #[test]
    fn oversized_blocks_are_skipped_over() {
        let data = record("urn:uuid:1", &"x".repeat(100)) + &record("urn:uuid:2", "small");
        let recs: Vec<_> = Records::new(data.as_bytes(), 50).collect();
        assert_eq!(recs[0].as_ref().unwrap().oversized, Some(100));
        assert_eq!(recs[1].as_ref().unwrap().block, b"small");
    }
}

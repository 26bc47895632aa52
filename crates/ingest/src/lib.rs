//! # dyad-ingest: inputs to decoded documents
//!
//! Turns files, directories and standard input into [`RawDocument`]s, in a deterministic
//! order (directories are walked recursively, sorted by file name, hidden entries skipped).
//!
//! | input | how it is read | document id |
//! | --- | --- | --- |
//! | plain text | decoded; a leading ` date YYYY-MM-DD ` header becomes the publication date and is removed from the text | path relative to the input directory |
//! | `.jsonl` / `.ndjson` | one document per line: `id`, `text`, optional `title`, `url`, `published` (or `date`), `source` | the `id` field, else `path#Lline` |
//! | HTML | readability-style article text; `<title>`; publication date from the usual meta tags | relative path |
//! | `.warc`, `.warc.gz` | `response` records holding HTML (Common Crawl News); other record types are not documents | `WARC-Record-ID` |
//! | `.gz` | decompressed, then read as above | relative path |
//!
//! Encodings: UTF-8 with or without BOM, UTF-16 with BOM (or without, from its zero-byte
//! pattern), a charset declared by HTTP or `<meta>`, and otherwise detection (chardetng) for
//! legacy single-byte text such as Windows-1252.
//!
//! ## What it does not do
//! It does not split, clean or interpret the text (that is normalize's job), and it never
//! drops an input: an input that cannot be read becomes a document with status `skipped` or
//! `failed` and a reason, which later stages pass through to the manifest.

pub mod decode;
pub mod html;
pub mod warc;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use dyad_core::dates::parse_loose_date;
use dyad_core::stage::Flow;
use dyad_core::{Format, Meta, RawDocument, Source, StageError, Status};
use sha2::{Digest, Sha256};

/// Ingest settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Largest single document (file, JSONL line, WARC record) read, in bytes. Larger ones are
    /// listed as skipped.
    pub max_doc_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_doc_bytes: 16 * 1024 * 1024,
        }
    }
}

/// One input as given by the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or directory.
    Path(PathBuf),
    /// Standard input.
    Stdin,
}

impl Input {
    /// `-` means standard input; anything else is a path.
    pub fn parse(s: &str) -> Self {
        if s == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(s))
        }
    }
}

/// The built-in ingest stage.
#[derive(Debug, Clone)]
pub struct Ingest {
    inputs: Vec<Input>,
    options: Options,
}

impl Ingest {
    /// An ingest stage over these inputs.
    pub fn new(inputs: Vec<Input>, options: Options) -> Self {
        Ingest { inputs, options }
    }
}

impl Source for Ingest {
    fn run(&mut self, emit: &mut dyn FnMut(RawDocument) -> Flow) -> Result<(), StageError> {
        for input in &self.inputs {
            let flow = match input {
                Input::Stdin => {
                    let stdin = std::io::stdin();
                    let reader = stdin.lock();
                    read_stream("stdin", "-", None, Box::new(reader), &self.options, emit, 0)
                }
                Input::Path(p) => ingest_path(p, &self.options, emit),
            };
            if flow == Flow::Stop {
                break;
            }
        }
        Ok(())
    }
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.')
}

fn ingest_path(path: &Path, opts: &Options, emit: &mut dyn FnMut(RawDocument) -> Flow) -> Flow {
    let shown = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let m = Meta {
                path: Some(shown.clone()),
                format: Format::Unknown,
                ..Meta::default()
            };
            return emit(RawDocument::rejected(
                shown,
                Status::Failed,
                format!("cannot read input: {e}"),
                m,
            ));
        }
    };
    if meta.is_file() {
        let name = path
            .file_name()
            .map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
        return ingest_file(path, &name, opts, emit);
    }
    let walker = walkdir::WalkDir::new(path)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    for entry in walker.filter_entry(|e| !is_hidden(e)) {
        let flow = match entry {
            Ok(e) if e.file_type().is_file() => {
                let rel = e.path().strip_prefix(path).unwrap_or(e.path());
                let id = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                ingest_file(e.path(), &id, opts, emit)
            }
            Ok(_) => Flow::Continue,
            Err(e) => {
                let p = e.path().map_or(shown.clone(), |p| p.display().to_string());
                let m = Meta {
                    path: Some(p.clone()),
                    format: Format::Unknown,
                    ..Meta::default()
                };
                emit(RawDocument::rejected(p, Status::Failed, format!("cannot read: {e}"), m))
            }
        };
        if flow == Flow::Stop {
            return Flow::Stop;
        }
    }
    Flow::Continue
}

fn ingest_file(path: &Path, id: &str, opts: &Options, emit: &mut dyn FnMut(RawDocument) -> Flow) -> Flow {
    let label = path.display().to_string();
    tracing::debug!(path = %label, "reading");
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => {
            let m = Meta {
                path: Some(label.clone()),
                format: Format::Unknown,
                ..Meta::default()
            };
            return emit(RawDocument::rejected(
                id,
                Status::Failed,
                format!("cannot open: {e}"),
                m,
            ));
        }
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let ext = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    read_stream(
        id,
        &label,
        Some(ext.as_str()),
        Box::new(BufReader::new(file)),
        opts,
        emit,
        size,
    )
}

/// What the first bytes (and the file name) say the content is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Gzip,
    Warc,
    Jsonl,
    Html,
    Text,
}

fn sniff(head: &[u8], name: Option<&str>) -> Kind {
    if head.starts_with(&[0x1f, 0x8b]) {
        return Kind::Gzip;
    }
    if head.starts_with(b"WARC/") {
        return Kind::Warc;
    }
    let name = name.unwrap_or("");
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        return Kind::Jsonl;
    }
    if name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml") || html::looks_like_html(head) {
        return Kind::Html;
    }
    if name.ends_with(".json") || (head.first() == Some(&b'{') && first_line_is_json_object(head)) {
        return Kind::Jsonl;
    }
    Kind::Text
}

fn first_line_is_json_object(head: &[u8]) -> bool {
    let line = head.split(|b| *b == b'\n').next().unwrap_or(head);
    serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(line).is_ok()
}

#[allow(clippy::too_many_arguments)]
fn read_stream(
    id: &str,
    label: &str,
    name: Option<&str>,
    mut reader: Box<dyn BufRead + '_>,
    opts: &Options,
    emit: &mut dyn FnMut(RawDocument) -> Flow,
    size: u64,
) -> Flow {
    let base_meta = Meta {
        path: Some(label.to_string()),
        bytes: size,
        ..Meta::default()
    };
    let head = match reader.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(e) => {
            return emit(RawDocument::rejected(
                id,
                Status::Failed,
                format!("read error: {e}"),
                base_meta,
            ))
        }
    };
    match sniff(&head, name) {
        Kind::Gzip => {
            let inner_name = name.map(|n| n.trim_end_matches(".gz").to_string());
            let gz = flate2::bufread::MultiGzDecoder::new(reader);
            let inner = BufReader::new(gz);
            // A decompressed stream whose size we do not know in advance.
            read_stream(id, label, inner_name.as_deref(), Box::new(inner), opts, emit, size)
        }
        Kind::Warc => read_warc(id, label, reader, opts, emit),
        Kind::Jsonl => read_jsonl(id, label, reader, opts, emit),
        kind => {
            let mut bytes = Vec::new();
            let limit = opts.max_doc_bytes;
            match reader.take(limit + 1).read_to_end(&mut bytes) {
                Ok(_) if bytes.len() as u64 > limit => {
                    let m = Meta {
                        format: if kind == Kind::Html { Format::Html } else { Format::Text },
                        ..base_meta
                    };
                    emit(RawDocument::rejected(
                        id,
                        Status::Skipped,
                        format!("document larger than the {limit}-byte limit (--max-doc-bytes)"),
                        m,
                    ))
                }
                Ok(_) => {
                    let meta = Meta {
                        bytes: bytes.len() as u64,
                        ..base_meta
                    };
                    let doc = if kind == Kind::Html {
                        from_html(id, &bytes, None, None, meta)
                    } else {
                        from_text(id, &bytes, meta)
                    };
                    emit(doc)
                }
                Err(e) => emit(RawDocument::rejected(
                    id,
                    Status::Failed,
                    format!("read error: {e}"),
                    base_meta,
                )),
            }
        }
    }
}

/// SHA-256 of the text, hex.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn accept(id: &str, text: String, mut meta: Meta, warnings: Vec<String>) -> RawDocument {
    if text.trim().is_empty() {
        return RawDocument::rejected(id, Status::Skipped, "no text", meta);
    }
    meta.content_hash = Some(content_hash(&text));
    RawDocument {
        id: id.to_string(),
        status: Status::Ok,
        reason: None,
        meta,
        warnings,
        text,
    }
}

fn set_published(meta: &mut Meta, raw: &str, warnings: &mut Vec<String>) {
    meta.published_raw = Some(raw.to_string());
    meta.published = parse_loose_date(raw);
    if meta.published.is_none() {
        warnings.push(format!("publication date {raw:?} not understood"));
    }
}

fn date_header() -> Option<&'static regex::Regex> {
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"(?i)\A\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|\s*\n)").ok())
        .as_ref()
}

/// Reads a plain-text document, taking a leading ` date YYYY-MM-DD ` header as its
/// publication date.
pub fn from_text(id: &str, bytes: &[u8], mut meta: Meta) -> RawDocument {
    meta.format = Format::Text;
    let decoded = match decode::decode(bytes, None) {
        Ok(d) => d,
        Err(why) => return RawDocument::rejected(id, Status::Skipped, why.to_string(), meta),
    };
    meta.encoding = Some(decoded.encoding.to_string());
    let mut warnings: Vec<String> = decoded.warning.into_iter().collect();
    let mut text = decoded.text;
    if let Some(caps) = date_header().and_then(|re| re.captures(&text)) {
        if let (Some(all), Some(date)) = (caps.get(0), caps.get(1)) {
            let raw = date.as_str().to_string();
            let cut = all.end();
            set_published(&mut meta, &raw, &mut warnings);
            text = text[cut..].to_string();
        }
    }
    accept(id, text, meta, warnings)
}

/// Reads an HTML page. `charset` is a charset declared outside the page (HTTP header).
pub fn from_html(id: &str, bytes: &[u8], charset: Option<&str>, url: Option<&str>, mut meta: Meta) -> RawDocument {
    meta.format = if meta.format == Format::Warc {
        Format::Warc
    } else {
        Format::Html
    };
    let declared = charset.map(str::to_string).or_else(|| html::declared_charset(bytes));
    let enc = declared.as_deref().and_then(decode::encoding_for_label);
    let decoded = match decode::decode(bytes, enc) {
        Ok(d) => d,
        Err(why) => return RawDocument::rejected(id, Status::Skipped, why.to_string(), meta),
    };
    meta.encoding = Some(decoded.encoding.to_string());
    let mut warnings: Vec<String> = decoded.warning.into_iter().collect();
    let art = html::extract(&decoded.text, url);
    meta.title = art.title;
    meta.source = meta.source.or(art.site_name);
    if meta.url.is_none() {
        meta.url = art.canonical;
    }
    if let Some(p) = art.published {
        set_published(&mut meta, &p, &mut warnings);
    }
    if art.method == "fallback" {
        warnings.push("no article block found; text taken from the whole page body".into());
    }
    accept(id, art.text, meta, warnings)
}

fn json_str(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads one JSON Lines record.
pub fn from_json_line(fallback_id: &str, line: &[u8], mut meta: Meta) -> RawDocument {
    meta.format = Format::Jsonl;
    meta.bytes = line.len() as u64;
    let value: serde_json::Map<String, serde_json::Value> = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => {
            return RawDocument::rejected(fallback_id, Status::Failed, format!("invalid JSON line: {e}"), meta);
        }
    };
    let field = |names: &[&str]| names.iter().find_map(|n| value.get(*n).and_then(json_str));
    let id = field(&["id", "doc_id", "uid"]).unwrap_or_else(|| fallback_id.to_string());
    meta.title = field(&["title", "headline"]);
    meta.url = field(&["url", "link"]);
    meta.source = field(&["source", "publisher", "outlet"]);
    meta.encoding = Some("UTF-8".into());
    let mut warnings = Vec::new();
    if let Some(p) = field(&["published", "date", "publish_date", "published_at", "pubdate"]) {
        set_published(&mut meta, &p, &mut warnings);
    }
    match field(&["text", "body", "content"]) {
        Some(text) => accept(&id, text, meta, warnings),
        None => RawDocument::rejected(id, Status::Failed, "JSON line has no \"text\" field", meta),
    }
}

fn read_jsonl(
    id: &str,
    label: &str,
    mut reader: Box<dyn BufRead + '_>,
    opts: &Options,
    emit: &mut dyn FnMut(RawDocument) -> Flow,
) -> Flow {
    let mut line = Vec::new();
    let mut n = 0usize;
    loop {
        line.clear();
        n += 1;
        let limit = opts.max_doc_bytes;
        let read = (&mut reader).take(limit + 1).read_until(b'\n', &mut line);
        let meta = Meta {
            path: Some(label.to_string()),
            format: Format::Jsonl,
            ..Meta::default()
        };
        let fallback = format!("{id}#L{n}");
        let flow = match read {
            Ok(0) => return Flow::Continue,
            Ok(_) if line.len() as u64 > limit && line.last() != Some(&b'\n') => {
                // Skip the rest of the oversized line.
                let mut rest = Vec::new();
                loop {
                    rest.clear();
                    match (&mut reader).take(1 << 20).read_until(b'\n', &mut rest) {
                        Ok(0) => break,
                        Ok(_) if rest.last() == Some(&b'\n') => break,
                        Ok(_) => continue,
                        Err(_) => break,
                    }
                }
                emit(RawDocument::rejected(
                    fallback,
                    Status::Skipped,
                    format!("line longer than the {limit}-byte limit (--max-doc-bytes)"),
                    meta,
                ))
            }
            Ok(_) if line.iter().all(|b| b.is_ascii_whitespace()) => Flow::Continue,
            Ok(_) => emit(from_json_line(&fallback, &line, meta)),
            Err(e) => {
                let flow = emit(RawDocument::rejected(
                    fallback,
                    Status::Failed,
                    format!("read error: {e}"),
                    meta,
                ));
                if flow == Flow::Continue {
                    return Flow::Continue;
                }
                flow
            }
        };
        if flow == Flow::Stop {
            return Flow::Stop;
        }
    }
}

fn read_warc(
    id: &str,
    label: &str,
    reader: Box<dyn BufRead + '_>,
    opts: &Options,
    emit: &mut dyn FnMut(RawDocument) -> Flow,
) -> Flow {
    for rec in warc::Records::new(reader, opts.max_doc_bytes) {
        let meta = Meta {
            path: Some(label.to_string()),
            format: Format::Warc,
            ..Meta::default()
        };
        let flow = match rec {
            Err(e) => {
                let rid = e
                    .record_id
                    .clone()
                    .map(|r| clean_record_id(&r))
                    .unwrap_or_else(|| format!("{id}#record{}", e.index));
                emit(RawDocument::rejected(rid, Status::Failed, e.to_string(), meta))
            }
            Ok(r) => match warc_document(id, &r, meta) {
                Some(doc) => emit(doc),
                None => Flow::Continue,
            },
        };
        if flow == Flow::Stop {
            return Flow::Stop;
        }
    }
    Flow::Continue
}

fn clean_record_id(raw: &str) -> String {
    raw.trim().trim_start_matches('<').trim_end_matches('>').to_string()
}

/// Turns a WARC record into a document; `None` for records that are not documents
/// (warcinfo, request, metadata …).
fn warc_document(file_id: &str, r: &warc::Record, mut meta: Meta) -> Option<RawDocument> {
    let kind = r.header("WARC-Type").unwrap_or("").to_ascii_lowercase();
    if kind != "response" && kind != "resource" {
        return None;
    }
    let id = r
        .header("WARC-Record-ID")
        .map(clean_record_id)
        .unwrap_or_else(|| format!("{file_id}#{}", meta.bytes));
    meta.url = r.header("WARC-Target-URI").map(str::to_string);
    meta.fetched = r.header("WARC-Date").map(str::to_string);
    meta.bytes = r.block.len() as u64;
    if let Some(len) = r.oversized {
        meta.bytes = len;
        return Some(RawDocument::rejected(
            id,
            Status::Skipped,
            format!("record of {len} bytes is over the size limit (--max-doc-bytes)"),
            meta,
        ));
    }
    let (payload, content_type) = if kind == "response" {
        match warc::parse_http(&r.block) {
            Some(h) if h.status != 200 => {
                return Some(RawDocument::rejected(
                    id,
                    Status::Skipped,
                    format!("HTTP status {}", h.status),
                    meta,
                ));
            }
            Some(h) => (h.body, h.header("Content-Type").map(str::to_string)),
            None => {
                return Some(RawDocument::rejected(
                    id,
                    Status::Failed,
                    "response record holds no HTTP message",
                    meta,
                ))
            }
        }
    } else {
        (&r.block[..], r.header("Content-Type").map(str::to_string))
    };
    let ct = content_type.unwrap_or_default().to_ascii_lowercase();
    let is_html = ct.contains("html") || (ct.is_empty() && html::looks_like_html(payload));
    if !is_html {
        let shown = if ct.is_empty() { "unknown".to_string() } else { ct };
        return Some(RawDocument::rejected(
            id,
            Status::Skipped,
            format!("not an HTML page (content type {shown})"),
            meta,
        ));
    }
    let charset = ct.split(';').find_map(|p| {
        p.trim()
            .strip_prefix("charset=")
            .map(|c| c.trim_matches('"').to_string())
    });
    let url = meta.url.clone();
    Some(from_html(&id, payload, charset.as_deref(), url.as_deref(), meta))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn collect(inputs: Vec<Input>) -> Vec<RawDocument> {
        let mut out = Vec::new();
        Ingest::new(inputs, Options::default())
            .run(&mut |d| {
                out.push(d);
                Flow::Continue
            })
            .unwrap();
        out
    }

    #[test]
    fn date_header_becomes_publication_date() {
        let d = from_text("a", b" date 2024-09-01 President William Ruto left.", Meta::default());
        assert_eq!(d.meta.published, Some(date(2024, 9, 1)));
        assert_eq!(d.text, "President William Ruto left.");
        let d = from_text("b", b"date 2024-09-01\nBody.", Meta::default());
        assert_eq!(d.text, "Body.");
        let d = from_text("c", b"Dated documents say date 2024-09-01 later.", Meta::default());
        assert_eq!(d.meta.published, None);
    }

    #[test]
    fn jsonl_fields_and_bad_lines() {
        let d = from_json_line(
            "f#L1",
            br#"{"id": 7, "text": "Hello.", "title": "T", "date": "26-FEB-1987 15:01:01.79"}"#,
            Meta::default(),
        );
        assert_eq!((d.id.as_str(), d.status), ("7", Status::Ok));
        assert_eq!(d.meta.published, Some(date(1987, 2, 26)));
        let d = from_json_line("f#L2", b"{oops", Meta::default());
        assert_eq!((d.id.as_str(), d.status), ("f#L2", Status::Failed));
        let d = from_json_line("f#L3", br#"{"id": "x"}"#, Meta::default());
        assert_eq!(d.status, Status::Failed);
        let d = from_json_line(
            "f#L4",
            br#"{"id": "x", "text": "a", "published": "someday"}"#,
            Meta::default(),
        );
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn directory_walk_is_sorted_skips_hidden_and_reports_missing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "Second.").unwrap();
        std::fs::write(dir.path().join("a.txt"), "First.").unwrap();
        std::fs::write(dir.path().join("sub/c.txt"), "Third.").unwrap();
        std::fs::write(dir.path().join(".hidden.txt"), "no").unwrap();
        std::fs::write(
            dir.path().join("d.jsonl"),
            "{\"id\":\"j1\",\"text\":\"J.\"}\n\n{\"text\":\"K.\"}\n",
        )
        .unwrap();
        let docs = collect(vec![
            Input::Path(dir.path().to_path_buf()),
            Input::Path(dir.path().join("missing")),
        ]);
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids[..5], ["a.txt", "b.txt", "j1", "d.jsonl#L3", "sub/c.txt"]);
        assert_eq!(docs[5].status, Status::Failed);
        assert_eq!(docs.len(), 6);
    }

    #[test]
    fn gzipped_warc_with_truncation() {
        use std::io::Write;
        let page = "<html><head><title>T</title></head><body><p>Kenya and China signed deals.</p></body></html>";
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{page}");
        let rec = |id: &str, typ: &str, body: &str| {
            format!("WARC/1.0\r\nWARC-Type: {typ}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: http://x/{id}\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n", body.len())
        };
        let mut raw = Vec::new();
        for r in [
            rec("0", "warcinfo", "software: test"),
            rec("1", "response", &http),
            rec("2", "response", &http),
        ] {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            gz.write_all(r.as_bytes()).unwrap();
            raw.extend(gz.finish().unwrap());
        }
        let dir = tempfile::tempdir().unwrap();
        let full = dir.path().join("a.warc.gz");
        std::fs::write(&full, &raw).unwrap();
        let docs = collect(vec![Input::Path(full)]);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "urn:uuid:1");
        assert_eq!(docs[0].meta.format, Format::Warc);
        assert!(docs[0].text.contains("Kenya and China"));
        let cut = dir.path().join("cut.warc.gz");
        std::fs::write(&cut, &raw[..raw.len() - 40]).unwrap();
        let docs = collect(vec![Input::Path(cut)]);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].status, Status::Failed);
    }
}

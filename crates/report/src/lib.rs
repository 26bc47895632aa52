//! # dyad-report: the run's output files and reports
//!
//! The report stage receives annotated documents in input order. It streams the per-document
//! records to JSON Lines as they arrive and keeps what the merged reports need ([`corpus`]);
//! when the run ends it merges event mentions into events (`dyad-merge`) and writes the tables
//! and reports. Into one output directory:
//!
//! | file | content |
//! | --- | --- |
//! | `documents.jsonl` | one normalized [`Document`](dyad_core::Document) per line: text, normalized text, offset map, language, headline, dateline, paragraphs, boilerplate, sentences with tokens |
//! | `entities.jsonl` | one entity mention per line, with its document id and sentence |
//! | `mentions.jsonl` | one event mention per line (PLOVER/CAMEO, actors, modality, date, place, evidence) — the mention-level table, like GDELT's Mentions |
//! | `events.jsonl`, `events.csv` | one merged event per line/row, with its mentions and why they were joined (GDELT/ICEWS-like CSV columns) |
//! | `quotes.jsonl`, `amounts.jsonl`, `projects.jsonl` | quotations with speakers, amounts of money, named projects and agreements, each with its document id and offsets |
//! | `dyad.sqlite` | all of it as tables with keys, indexes and views ([`sqlite`]) |
//! | `report.md`, `report.html` | the analyst's report around a focus country ([`view`]): summary, per-partner timelines, actor network, sector × partner matrix, people, projects and amounts, quotations, events with their evidence; the HTML is one self-contained file that highlights each evidence sentence in its article |
//! | `manifest.json` | every input document (processed, skipped or failed, with the reason), counts, timings, version |
//!
//! Everything but the `run` block of the manifest (timings) is byte-for-byte reproducible.
//!
//! ## What it does not do
//! It does not decide anything about a document: it writes what the stages before it produced,
//! and merges event mentions only by the rules of `dyad-merge`. It reads no network resource and
//! the HTML it writes loads none.

pub mod corpus;
pub mod html;
pub mod markdown;
pub mod sqlite;
pub mod tables;
pub mod view;

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use dyad_core::manifest::Counts;
use dyad_core::{jsonl, Annotated, DocEntry, EventMention, Manifest, RunInfo, Sink, StageError, SCHEMA_VERSION};
use serde::Serialize;

/// A record with the document it belongs to (one line of `entities.jsonl`, `quotes.jsonl` …).
#[derive(Debug, Serialize)]
struct Row<'a, T> {
    doc_id: &'a str,
    #[serde(flatten)]
    record: &'a T,
}

/// Options of the merged reports.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Country (ISO 3166-1 alpha-3) the report is organised around; by default the country
    /// most present in the corpus.
    pub focus: Option<String>,
}

/// Finds event mentions by document id and index.
pub struct Lookup<'a> {
    by_id: HashMap<(&'a str, usize), &'a EventMention>,
}

impl<'a> Lookup<'a> {
    /// Indexes mentions (the first of duplicate ids wins).
    pub fn new(mentions: &'a [EventMention]) -> Self {
        let mut by_id = HashMap::new();
        for m in mentions {
            by_id.entry((m.doc_id.as_str(), m.index)).or_insert(m);
        }
        Lookup { by_id }
    }

    /// The mention `index` of document `doc`.
    pub fn mention(&self, doc: &str, index: usize) -> Option<&'a EventMention> {
        self.by_id.get(&(doc, index)).copied()
    }
}

/// Writes a run's outputs into a directory.
pub struct FileReport {
    dir: PathBuf,
    documents: BufWriter<File>,
    entities: BufWriter<File>,
    events: BufWriter<File>,
    quotes: BufWriter<File>,
    amounts: BufWriter<File>,
    projects: BufWriter<File>,
    entries: Vec<DocEntry>,
    counts: Counts,
    seen: HashSet<String>,
    corpus: corpus::Corpus,
    options: ReportOptions,
}

fn create(dir: &Path, name: &str) -> Result<BufWriter<File>, StageError> {
    let p = dir.join(name);
    File::create(&p)
        .map(BufWriter::new)
        .map_err(|e| StageError::io(format!("cannot create {}", p.display()), e))
}

impl FileReport {
    /// Creates the directory (if needed) and the output files, with default options.
    pub fn create(dir: impl Into<PathBuf>) -> Result<Self, StageError> {
        Self::with_options(dir, ReportOptions::default())
    }

    /// Creates the directory (if needed) and the output files.
    pub fn with_options(dir: impl Into<PathBuf>, options: ReportOptions) -> Result<Self, StageError> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir).map_err(|e| StageError::io(format!("cannot create {}", dir.display()), e))?;
        Ok(FileReport {
            documents: create(&dir, "documents.jsonl")?,
            entities: create(&dir, "entities.jsonl")?,
            events: create(&dir, "mentions.jsonl")?,
            quotes: create(&dir, "quotes.jsonl")?,
            amounts: create(&dir, "amounts.jsonl")?,
            projects: create(&dir, "projects.jsonl")?,
            dir,
            entries: Vec::new(),
            counts: Counts::default(),
            seen: HashSet::new(),
            corpus: corpus::Corpus::default(),
            options,
        })
    }

    /// Counts so far.
    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// The output directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn io(&self, what: &str) -> impl Fn(std::io::Error) -> StageError + '_ {
        let what = what.to_string();
        move |e| StageError::io(format!("cannot write {}", self.dir.join(&what).display()), e)
    }
}

impl Sink for FileReport {
    fn name(&self) -> &str {
        "files"
    }

    fn accept(&mut self, doc: Annotated) -> Result<(), StageError> {
        let mut entry = DocEntry::of(&doc);
        if !self.seen.insert(doc.document.id.clone()) {
            entry
                .warnings
                .push("duplicate document id: an earlier input has the same id".into());
        }
        jsonl::write(&mut self.documents, &doc.document).map_err(self.io("documents.jsonl"))?;
        let id = doc.document.id.as_str();
        for m in &doc.mentions {
            jsonl::write(&mut self.entities, &Row { doc_id: id, record: m }).map_err(self.io("entities.jsonl"))?;
        }
        for q in &doc.quotes {
            jsonl::write(&mut self.quotes, &Row { doc_id: id, record: q }).map_err(self.io("quotes.jsonl"))?;
        }
        for a in &doc.amounts {
            jsonl::write(&mut self.amounts, &Row { doc_id: id, record: a }).map_err(self.io("amounts.jsonl"))?;
        }
        for p in &doc.projects {
            jsonl::write(&mut self.projects, &Row { doc_id: id, record: p }).map_err(self.io("projects.jsonl"))?;
        }
        for e in &doc.events {
            jsonl::write(&mut self.events, e).map_err(self.io("mentions.jsonl"))?;
        }
        self.corpus.add(&doc);
        self.counts.add(&entry);
        self.entries.push(entry);
        Ok(())
    }

    fn finish(&mut self, run: &RunInfo) -> Result<(), StageError> {
        self.documents.flush().map_err(self.io("documents.jsonl"))?;
        self.entities.flush().map_err(self.io("entities.jsonl"))?;
        self.events.flush().map_err(self.io("mentions.jsonl"))?;
        self.quotes.flush().map_err(self.io("quotes.jsonl"))?;
        self.amounts.flush().map_err(self.io("amounts.jsonl"))?;
        self.projects.flush().map_err(self.io("projects.jsonl"))?;
        self.write_reports(&run.version)?;
        let manifest = Manifest {
            schema_version: SCHEMA_VERSION.to_string(),
            dyad_version: run.version.clone(),
            counts: self.counts,
            run: run.clone(),
            documents: std::mem::take(&mut self.entries),
        };
        let mut f = create(&self.dir, "manifest.json")?;
        serde_json::to_writer_pretty(&mut f, &manifest).map_err(|e| StageError::Other(format!("manifest: {e}")))?;
        f.write_all(b"\n")
            .and_then(|_| f.flush())
            .map_err(self.io("manifest.json"))?;
        Ok(())
    }
}

impl FileReport {
    /// Merges the event mentions and writes events.jsonl, events.csv, dyad.sqlite, report.md
    /// and report.html.
    fn write_reports(&mut self, version: &str) -> Result<(), StageError> {
        let corpus = std::mem::take(&mut self.corpus);
        let merged = dyad_merge::merge(&corpus.mentions, &corpus.doc_info());
        let lookup = Lookup::new(&corpus.mentions);
        tables::write_jsonl(&self.dir.join("events.jsonl"), &merged.events)?;
        tables::write_csv(&self.dir.join("events.csv"), &merged.events, &lookup)?;
        let view = view::View::new(&corpus, &merged, self.options.focus.as_deref());
        sqlite::write(&self.dir.join("dyad.sqlite"), &view, version)?;
        let write = |name: &str, text: String| {
            let p = self.dir.join(name);
            std::fs::write(&p, text).map_err(|e| StageError::io(format!("cannot write {}", p.display()), e))
        };
        write("report.md", markdown::render(&view, &lookup))?;
        write("report.html", html::render(&view, &lookup))?;
        Ok(())
    }
}

/// A one-line summary of a run's counts.
pub fn summary_line(c: &Counts) -> String {
    format!(
        "{} documents: {} processed, {} skipped, {} failed; {} sentences; {} entity mentions; {} event mentions",
        c.documents, c.processed, c.skipped, c.failed, c.sentences, c.mentions, c.events
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Document, Meta, RawDocument, Status};

    #[test]
    fn writes_all_files_and_flags_duplicates() {
        let dir = tempfile::tempdir().unwrap();
        let mut r = FileReport::create(dir.path().join("out")).unwrap();
        let ok = Document {
            id: "a".into(),
            text: "x".into(),
            ..Document::default()
        };
        let bad = Document::passthrough(RawDocument::rejected("b", Status::Failed, "broken", Meta::default()));
        r.accept(ok.clone().into()).unwrap();
        r.accept(bad.into()).unwrap();
        r.accept(ok.into()).unwrap();
        r.finish(&RunInfo::default()).unwrap();
        let m: Manifest =
            serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/manifest.json")).unwrap()).unwrap();
        assert_eq!((m.counts.documents, m.counts.processed, m.counts.failed), (3, 2, 1));
        assert_eq!(m.documents[1].reason.as_deref(), Some("broken"));
        assert_eq!(m.documents[2].warnings.len(), 1);
        let docs = std::fs::read_to_string(dir.path().join("out/documents.jsonl")).unwrap();
        assert_eq!(docs.lines().count(), 3);
    }
}

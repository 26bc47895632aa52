//! The run manifest: every input document, what became of it, and how the run went.

use serde::{Deserialize, Serialize};

use crate::{Annotated, Status};

/// One input document in the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocEntry {
    /// Document id.
    pub id: String,
    /// `processed`, `skipped` or `failed`.
    pub status: String,
    /// Why it was skipped or failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Input path, when it came from a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Container format.
    pub format: crate::Format,
    /// Encoding decoded from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Input bytes.
    pub bytes: u64,
    /// Detected language (ISO 639-3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Number of sentences.
    pub sentences: usize,
    /// Number of entity mentions.
    pub mentions: usize,
    /// Number of event mentions.
    #[serde(default)]
    pub events: usize,
    /// Non-fatal notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl DocEntry {
    /// The manifest line for an annotated document.
    pub fn of(doc: &Annotated) -> Self {
        let d = &doc.document;
        DocEntry {
            id: d.id.clone(),
            status: match d.status {
                Status::Ok => "processed",
                Status::Skipped => "skipped",
                Status::Failed => "failed",
            }
            .to_string(),
            reason: d.reason.clone(),
            path: d.meta.path.clone(),
            format: d.meta.format,
            encoding: d.meta.encoding.clone(),
            bytes: d.meta.bytes,
            language: d.language.as_ref().map(|l| l.code.clone()),
            sentences: d.sentences.len(),
            mentions: doc.mentions.len(),
            events: doc.events.len(),
            warnings: d.warnings.clone(),
        }
    }
}

/// Wall-clock time one stage spent working.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageTiming {
    /// Stage kind (`ingest`, `normalize`, `extract`, `report`).
    pub stage: String,
    /// Implementation name.
    pub name: String,
    /// Seconds the stage spent busy, summed over its threads.
    pub busy_seconds: f64,
}

/// Facts about the run as a whole. Only this part of the outputs varies between runs of the
/// same input (timings); everything else is byte-for-byte reproducible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct RunInfo {
    /// dyad version.
    pub version: String,
    /// Inputs as given on the command line.
    pub inputs: Vec<String>,
    /// Worker threads used.
    pub threads: usize,
    /// Wall-clock seconds for the whole run.
    pub wall_seconds: f64,
    /// Per-stage busy time.
    pub timings: Vec<StageTiming>,
}

/// The manifest file (`manifest.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Version of the output schema.
    pub schema_version: String,
    /// dyad version that wrote it.
    pub dyad_version: String,
    /// Documents per status.
    pub counts: Counts,
    /// Run facts (timings vary between runs).
    pub run: RunInfo,
    /// Every input document, in input order.
    pub documents: Vec<DocEntry>,
}

/// Counters over the manifest's documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Counts {
    /// All documents.
    pub documents: usize,
    /// Processed.
    pub processed: usize,
    /// Skipped.
    pub skipped: usize,
    /// Failed.
    pub failed: usize,
    /// Sentences over processed documents.
    pub sentences: usize,
    /// Entity mentions over processed documents.
    pub mentions: usize,
    /// Event mentions over processed documents.
    #[serde(default)]
    pub events: usize,
}

impl Counts {
    /// Adds one document's entry.
    pub fn add(&mut self, e: &DocEntry) {
        self.documents += 1;
        match e.status.as_str() {
            "processed" => self.processed += 1,
            "skipped" => self.skipped += 1,
            _ => self.failed += 1,
        }
        self.sentences += e.sentences;
        self.mentions += e.mentions;
        self.events += e.events;
    }
}

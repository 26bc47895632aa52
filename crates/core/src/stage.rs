//! The stage contract.
//!
//! A stage is a value implementing one of these traits. The runner (the `dyad` crate) puts each
//! stage on its own thread, joins them with bounded channels and fans the per-document stages
//! out over a rayon pool, so implementations only deal with one document at a time.
//!
//! Per-document problems are **not** errors: a stage that cannot handle a document returns it
//! with [`Status::Failed`](crate::Status::Failed) or [`Status::Skipped`](crate::Status::Skipped)
//! and a reason, so the document still reaches the manifest. [`StageError`] is for failures of
//! the stage itself (an output directory that cannot be written, an input path that does not
//! exist).

use crate::{Annotated, Document, RawDocument};

/// A failure of a stage as a whole.
#[derive(Debug, thiserror::Error)]
pub enum StageError {
    /// An I/O error, with what was being done.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A configuration problem (unknown stage name, bad option).
    #[error("configuration: {0}")]
    Config(String),
    /// Anything else, described.
    #[error("{0}")]
    Other(String),
}

impl StageError {
    /// Wraps an I/O error with context.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        StageError::Io {
            context: context.into(),
            source,
        }
    }
}

/// Whether a source should keep emitting documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Keep going.
    Continue,
    /// The consumer has gone away: stop early.
    Stop,
}

/// Stage 1: turns inputs into [`RawDocument`]s, in a deterministic order.
pub trait Source: Send {
    /// Emits every document, in order, including records for inputs that could not be read.
    fn run(&mut self, emit: &mut dyn FnMut(RawDocument) -> Flow) -> Result<(), StageError>;
}

/// Stage 2: lays out a document's structure (paragraphs, sentences, tokens …).
pub trait Normalize: Send + Sync {
    /// Name used to select this implementation.
    fn name(&self) -> &str;
    /// Normalizes one document. Documents whose status is not `Ok` should be passed through.
    fn normalize(&self, raw: RawDocument) -> Document;
}

/// Stage 3: finds what the document says (entities, later events).
pub trait Extract: Send + Sync {
    /// Name used to select this implementation.
    fn name(&self) -> &str;
    /// Annotates one document. Documents whose status is not `Ok` should be passed through.
    fn extract(&self, doc: Document) -> Annotated;
}

/// Stage 4: consumes annotated documents in order and writes the run's outputs.
pub trait Sink: Send {
    /// Name used to select this implementation.
    fn name(&self) -> &str;
    /// Receives the next document, in input order.
    fn accept(&mut self, doc: Annotated) -> Result<(), StageError>;
    /// Called once after the last document, with the run's information for the manifest.
    fn finish(&mut self, run: &crate::RunInfo) -> Result<(), StageError>;
}

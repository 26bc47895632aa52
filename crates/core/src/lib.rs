//! # dyad-core: the types that cross stage boundaries
//!
//! dyad is a pipeline of four stages joined by typed channels:
//!
//! ```text
//!  inputs ──► ingest ──RawDocument──► normalize ──Document──► extract ──Annotated──► report ──► out/
//! ```
//!
//! This crate owns exactly the things more than one stage must agree on:
//!
//! * the record types that flow between stages ([`RawDocument`], [`Document`], [`Annotated`])
//!   and their pieces ([`Span`], [`Sentence`], [`Token`], [`Dateline`], [`Mention`], …);
//! * the per-document [`Status`] that lets a document that failed or was skipped keep flowing
//!   to the manifest instead of disappearing;
//! * the stage traits ([`Source`], [`Normalize`], [`Extract`], [`Sink`]) that every stage
//!   implementation — built in or user supplied — implements;
//! * offset helpers ([`OffsetMap`], [`CharCursor`]) so every span can be reported in
//!   character offsets into the original text;
//! * JSON Lines reading and writing ([`jsonl`]), the wire format that lets any program replace
//!   any stage.
//!
//! ## What it does not do
//! No I/O beyond generic `Read`/`Write` adaptors, no threads, no parsing of article text. It
//! must never depend on any other dyad crate: every stage depends on it, never the reverse.
//!
//! ## Offsets
//! All spans are **character offsets** (Unicode scalar values, as Python's `str` indexes them)
//! into [`Document::text`], the document text as ingest decoded it. `end` is exclusive.

pub mod dates;
pub mod doc;
pub mod event;
pub mod jsonl;
pub mod manifest;
pub mod offsets;
pub mod stage;

pub use doc::*;
pub use event::{Actor, Amount, EventDate, EventMention, Evidence, Modality, Place, Project, Quote};
pub use manifest::{DocEntry, Manifest, RunInfo, StageTiming};
pub use offsets::{ByteCursor, CharCursor, OffsetMap};
pub use stage::{Extract, Normalize, Sink, Source, StageError};

/// Version of the JSON shapes written by dyad (documents, mentions, manifest). Bumped on any
/// incompatible change; documented in `docs/schema.md`.
pub const SCHEMA_VERSION: &str = "0.2.0";

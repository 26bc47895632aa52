//! Built-in stage implementations, by name.
//!
//! | stage | names | default |
//! | --- | --- | --- |
//! | normalize | `standard` (all news rules), `minimal` (no boilerplate, headline or dateline rules) | `standard` |
//! | extract | `events` (entities + events), `entities` (tagger + dictionaries), `gazetteer` (countries, demonyms, international organisations, titles), `none` | `events` |
//! | report | `files` (JSON Lines records, merged events as JSONL and CSV, dyad.sqlite, report.md, report.html, manifest.json) | `files` |

use std::path::Path;
use std::sync::Arc;

use dyad_core::{Extract, Normalize, Sink, StageError};

/// Normalizer names and what they do.
pub const NORMALIZERS: &[(&str, &str)] = &[
    (
        "standard",
        "NFC, offsets, boilerplate, captions, headline, dateline, sentences, tokens, language",
    ),
    (
        "minimal",
        "NFC, offsets, paragraphs, sentences, tokens, language; no news-specific rules",
    ),
];

/// Extractor names and what they do.
pub const EXTRACTORS: &[(&str, &str)] = &[
    (
        "entities",
        "named entities (PER, ORG, LOC, MISC) from the tagger, merged with the dictionaries",
    ),
    (
        "gazetteer",
        "countries, demonyms and international organisations from dyad's dictionaries",
    ),
    ("none", "no annotations"),
];

/// Report names and what they do.
pub const REPORTS: &[(&str, &str)] = &[(
    "files",
    "JSON Lines records, merged events (events.jsonl/csv), dyad.sqlite, report.md, report.html, manifest.json",
)];

fn unknown(kind: &str, name: &str, known: &[(&str, &str)]) -> StageError {
    let names: Vec<&str> = known.iter().map(|(n, _)| *n).collect();
    StageError::Config(format!("unknown {kind} {name:?}; available: {}", names.join(", ")))
}

/// The normalizer called `name`.
pub fn normalizer(name: &str) -> Result<Arc<dyn Normalize>, StageError> {
    match name {
        "standard" => Ok(Arc::new(dyad_normalize::Normalizer::standard())),
        "minimal" => Ok(Arc::new(dyad_normalize::Normalizer::minimal())),
        _ => Err(unknown("normalizer", name, NORMALIZERS)),
    }
}

/// The extractor called `name`.
pub fn extractor(name: &str) -> Result<Arc<dyn Extract>, StageError> {
    match name {
        "events" => dyad_extract::EventExtractor::builtin()
            .map(|e| Arc::new(e) as Arc<dyn Extract>)
            .map_err(|e| StageError::Other(e.to_string())),
        "entities" => dyad_extract::EntityExtractor::builtin()
            .map(|e| Arc::new(e) as Arc<dyn Extract>)
            .map_err(|e| StageError::Other(e.to_string())),
        "gazetteer" => dyad_extract::GazetteerExtractor::builtin()
            .map(|e| Arc::new(e) as Arc<dyn Extract>)
            .map_err(|e| StageError::Other(e.to_string())),
        "none" => Ok(Arc::new(dyad_extract::NoExtractor)),
        _ => Err(unknown("extractor", name, EXTRACTORS)),
    }
}

/// The extractor called `name`, with user dictionaries (only the `events` extractor reads
/// them). Returns notes on what the dictionaries held.
pub fn extractor_with(
    name: &str,
    user: &dyad_extract::UserDictionaries,
) -> Result<(Arc<dyn Extract>, Vec<String>), StageError> {
    let none = user.actors.is_empty() && user.agents.is_empty() && user.verbs.is_empty();
    if none {
        return extractor(name).map(|e| (e, Vec::new()));
    }
    if name != "events" {
        return Err(StageError::Config(format!(
            "--actors, --agents and --verbs apply to the events extractor, not {name:?}"
        )));
    }
    dyad_extract::EventExtractor::with_dictionaries(user)
        .map(|(e, notes)| (Arc::new(e) as Arc<dyn Extract>, notes))
        .map_err(|e| StageError::Config(e.to_string()))
}

/// The report called `name`, writing into `out` with default options.
pub fn report(name: &str, out: &Path) -> Result<Box<dyn Sink>, StageError> {
    report_with(name, out, dyad_report::ReportOptions::default())
}

/// The report called `name`, writing into `out`.
pub fn report_with(name: &str, out: &Path, options: dyad_report::ReportOptions) -> Result<Box<dyn Sink>, StageError> {
    match name {
        "files" => Ok(Box::new(dyad_report::FileReport::with_options(out, options)?)),
        _ => Err(unknown("report", name, REPORTS)),
    }
}

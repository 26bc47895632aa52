//! # dyad-extract: what a normalized document says
//!
//! The extract stage receives a [`Document`] and returns it [`Annotated`]. It finds entity
//! mentions, each located by original-text offsets and sentence:
//!
//! * dictionary mentions — countries (names, short forms, official names), demonyms and
//!   country adjectives, international organisations, titles and roles (`President`,
//!   `Secretary of State`, `cabinet secretary`, with their sector) — with ISO 3166-1 alpha-3
//!   codes;
//! * named entities (PER, ORG, LOC, MISC) from the statistical tagger (`dyad-tagger`),
//!   merged with the dictionary: the dictionary wins on names it knows, the tagger finds the
//!   rest, and a tagged name that contains one country (`Central Bank of Kenya`) keeps the
//!   tagger's span and takes the country.
//!
//! * events (`dyad-events`): actors, PLOVER/CAMEO events with modality, date, place and
//!   sectors, each with its evidence.
//!
//! Extractors built in, chosen by name: `events` (entities and events, the default),
//! `entities` (tagger + dictionaries),
//! `gazetteer` (dictionaries only) and `none` (no annotations, for runs that only need
//! normalized text).
//!
//! ## What it does not do
//! No I/O, no threads (the runner parallelises over documents), no change to the document.

pub mod entities;
pub mod gazetteer;

/// The `events` extractor: entities, then events coded from them.
#[derive(Debug, Clone)]
pub struct EventExtractor {
    entities: EntityExtractor,
    coder: dyad_events::EventCoder,
}

/// Errors building the event extractor.
#[derive(Debug, thiserror::Error)]
pub enum EventExtractorError {
    /// Entities.
    #[error(transparent)]
    Entities(#[from] entities::EntityError),
    /// Event lexicons.
    #[error(transparent)]
    Events(#[from] dyad_events::EventError),
}

impl EventExtractor {
    /// With dyad's built-in model and lexicons.
    pub fn builtin() -> Result<Self, EventExtractorError> {
        Ok(EventExtractor {
            entities: EntityExtractor::builtin()?,
            coder: dyad_events::EventCoder::builtin()?,
        })
    }
}

impl Extract for EventExtractor {
    fn name(&self) -> &str {
        "events"
    }

    fn extract(&self, doc: Document) -> Annotated {
        let mut a = self.entities.extract(doc);
        if a.document.status == Status::Ok {
            let coded = self.coder.analyse(&a.document, &a.mentions);
            a.events = coded.events;
            a.quotes = coded.quotes;
            a.amounts = coded.amounts;
            a.projects = coded.projects;
        }
        a
    }
}

use dyad_core::{Annotated, Document, Extract, Status};

pub use entities::EntityExtractor;

pub use gazetteer::{Gazetteer, GazetteerError};

/// The dictionary extractor.
#[derive(Debug, Clone)]
pub struct GazetteerExtractor {
    gazetteer: Gazetteer,
}

impl GazetteerExtractor {
    /// With dyad's built-in dictionaries.
    pub fn builtin() -> Result<Self, GazetteerError> {
        Ok(GazetteerExtractor {
            gazetteer: Gazetteer::builtin()?,
        })
    }
}

impl Extract for GazetteerExtractor {
    fn name(&self) -> &str {
        "gazetteer"
    }

    fn extract(&self, doc: Document) -> Annotated {
        if doc.status != Status::Ok {
            return doc.into();
        }
        let mentions = self.gazetteer.find(&doc);
        Annotated {
            document: doc,
            mentions,
            ..Annotated::default()
        }
    }
}

/// The extractor that finds nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoExtractor;

impl Extract for NoExtractor {
    fn name(&self) -> &str {
        "none"
    }

    fn extract(&self, doc: Document) -> Annotated {
        doc.into()
    }
}

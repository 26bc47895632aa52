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
//! Extractors built in, chosen by name: `entities` (tagger + dictionaries, the default),
//! `gazetteer` (dictionaries only) and `none` (no annotations, for runs that only need
//! normalized text).
//!
//! ## What it does not do
//! No I/O, no threads (the runner parallelises over documents), no change to the document.

pub mod entities;
pub mod gazetteer;

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

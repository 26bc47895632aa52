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

pub mod dictionaries;
pub mod entities;
pub mod gazetteer;

/// Dictionaries a user passes (`--actors`, `--agents`, `--verbs`), as file contents.
#[derive(Debug, Clone, Default)]
pub struct UserDictionaries {
    /// Actor files: (file name, contents). `.json` files are dyad's JSON format; anything
    /// else is read as a PETRARCH/CAMEO actor dictionary.
    pub actors: Vec<(String, String)>,
    /// PETRARCH agent files' contents.
    pub agents: Vec<String>,
    /// CAMEO verb dictionaries' contents.
    pub verbs: Vec<String>,
}

/// The `events` extractor: entities, then events coded from them.
#[derive(Debug, Clone)]
pub struct EventExtractor {
    entities: EntityExtractor,
    coder: dyad_events::EventCoder,
    actors: Option<dictionaries::UserActors>,
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
    /// A user dictionary.
    #[error(transparent)]
    Dictionary(#[from] dictionaries::DictError),
    /// The built-in dictionaries.
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
}

impl EventExtractor {
    /// With dyad's built-in model and lexicons.
    pub fn builtin() -> Result<Self, EventExtractorError> {
        let mut coder = dyad_events::EventCoder::builtin()?;
        coder.set_country_names(Gazetteer::country_names());
        Ok(EventExtractor {
            entities: EntityExtractor::builtin()?,
            coder,
            actors: None,
        })
    }

    /// With user dictionaries added to the built-in ones. Returns the extractor and notes on
    /// what was read (counts, unreadable roles).
    pub fn with_dictionaries(user: &UserDictionaries) -> Result<(Self, Vec<String>), EventExtractorError> {
        let mut notes = Vec::new();
        let agents: Vec<(String, String)> = user.agents.iter().flat_map(|t| dictionaries::parse_agents(t)).collect();
        if !user.agents.is_empty() {
            notes.push(format!("agents: {} phrases", agents.len()));
        }
        let mut entries = Vec::new();
        for (name, text) in &user.actors {
            if name.ends_with(".json") {
                let e = dictionaries::parse_json_actors(text)?;
                notes.push(format!("{name}: {} actors", e.len()));
                entries.extend(e);
            } else {
                let (e, bad) = dictionaries::parse_petrarch_actors(text);
                let skipped = if bad > 0 {
                    format!(", {bad} roles with unreadable dates skipped")
                } else {
                    String::new()
                };
                notes.push(format!("{name}: {} actors{skipped}", e.len()));
                entries.extend(e);
            }
        }
        let verbs: Vec<dyad_events::lexicon::VerbEntry> =
            user.verbs.iter().flat_map(|t| dictionaries::parse_verbs(t)).collect();
        if !user.verbs.is_empty() {
            notes.push(format!("verbs: {} entries", verbs.len()));
        }
        let actors = if entries.is_empty() {
            None
        } else {
            Some(dictionaries::UserActors::new(entries, Gazetteer::country_codes())?)
        };
        let mut coder = dyad_events::EventCoder::builtin()?;
        coder.set_country_names(Gazetteer::country_names());
        coder.add_verbs(&verbs);
        Ok((
            EventExtractor {
                entities: EntityExtractor::with_titles(&agents)?,
                coder,
                actors,
            },
            notes,
        ))
    }
}

impl Extract for EventExtractor {
    fn name(&self) -> &str {
        "events"
    }

    fn extract(&self, doc: Document) -> Annotated {
        let mut a = self.entities.extract(doc);
        if let (Some(user), Status::Ok) = (&self.actors, a.document.status) {
            // The user's dictionary wins over anything it overlaps.
            let found = user.find(&a.document);
            if !found.is_empty() {
                a.mentions
                    .retain(|m| !found.iter().any(|u| u.start < m.end && m.start < u.end));
                a.mentions.extend(found);
                a.mentions.sort_by_key(|x| (x.start, x.end));
            }
        }
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

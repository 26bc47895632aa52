//! Record types flowing between stages.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// What happened to a document so far. A document that is skipped or failed keeps flowing
/// through every later stage untouched, so the run's manifest accounts for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Usable so far.
    #[default]
    Ok,
    /// Deliberately not processed (empty, binary, too large, not an article record …).
    Skipped,
    /// Could not be processed (unreadable, malformed, truncated, a stage error …).
    Failed,
}

/// The container format a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text, optionally with a leading ` date YYYY-MM-DD ` header.
    #[default]
    Text,
    /// One JSON object per line (`id`, `text`, optional `title`, `url`, `published`, `source`).
    Jsonl,
    /// An HTML page.
    Html,
    /// A WARC response record holding an HTML page.
    Warc,
    /// Unknown: the input could not be read far enough to tell.
    Unknown,
}

/// A half-open range of **character** offsets into [`Document::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First character (inclusive).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

impl Span {
    /// A new span; `end` is clamped to be at least `start`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Number of characters covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// True when the two spans share at least one character.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Where a document came from and what is known about it before reading its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Meta {
    /// Path of the input file relative to the input root (or `-` for stdin).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Container format.
    #[serde(default)]
    pub format: Format,
    /// Character encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`, `windows-1252` …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Hex SHA-256 of the decoded document text: equal texts, equal hashes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_hash: Option<String>,
    /// Size of the input in bytes (the file, JSONL line or WARC record).
    #[serde(default)]
    pub bytes: u64,
    /// Title: `<title>`, the JSONL `title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// URL of the page (JSONL `url`, WARC-Target-URI, canonical link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date, when the input states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// The publication date as written, when it was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_raw: Option<String>,
    /// Publisher or feed (JSONL `source`, site name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// When a crawler fetched the page (WARC-Date), which is not the publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched: Option<String>,
}

/// Output of ingest: one decoded document, or the record of one that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct RawDocument {
    /// Stable id: relative path, JSONL `id` (or `path#Lline`), or WARC record id.
    pub id: String,
    /// Processing status so far.
    #[serde(default)]
    pub status: Status,
    /// Why the document was skipped or failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Provenance and metadata.
    #[serde(default)]
    pub meta: Meta,
    /// Things worth knowing that did not stop processing (a guessed encoding, an unreadable date).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The document text as decoded. All later offsets index into this string.
    #[serde(default)]
    pub text: String,
}

impl RawDocument {
    /// A record for an input that produced no usable text.
    pub fn rejected(id: impl Into<String>, status: Status, reason: impl Into<String>, meta: Meta) -> Self {
        RawDocument {
            id: id.into(),
            status,
            reason: Some(reason.into()),
            meta,
            warnings: Vec::new(),
            text: String::new(),
        }
    }
}

/// A detected language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-3 code (`eng`, `fra`, `zho` …) or `und` when undetermined.
    pub code: String,
    /// Detector confidence in [0, 1].
    pub confidence: f64,
    /// Whether the text is treated as English by the English-specific rules.
    pub english: bool,
}

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Article body.
    Body,
    /// The headline.
    Headline,
    /// A photo caption (with its credit).
    Caption,
    /// Site furniture: share/follow/comment trailers and the like.
    Boilerplate,
}

/// A paragraph of the original text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Location in the original text.
    #[serde(flatten)]
    pub span: Span,
    /// What it is.
    pub kind: ParagraphKind,
}

/// A stretch of text recognised as not being part of the article's reporting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// Location in the original text.
    #[serde(flatten)]
    pub span: Span,
    /// The rule that recognised it (`comment-widget`, `social-follow`, `photo-credit`, …).
    pub rule: String,
    /// The text itself, for reading the output without the article at hand.
    pub text: String,
}

/// A parsed wire-story dateline such as `BEIJING, Sept. 3 (Xinhua) --`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// Location of the whole dateline in the original text.
    #[serde(flatten)]
    pub span: Span,
    /// Place as written (`BEIJING`, `NAIROBI, Kenya`).
    pub place: String,
    /// News agency (`Xinhua`, `Reuters`, `AP`), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// The date as written (`Sept. 3`), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_text: Option<String>,
    /// The date resolved against the publication date, when both are known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// A token: its span in the original text and its normalized form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// First character in the original text.
    pub start: usize,
    /// One past the last character in the original text.
    pub end: usize,
    /// Normalized form (NFC, straight quotes, ASCII dashes).
    pub text: String,
}

impl Token {
    /// The token's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A sentence with its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// First character in the original text.
    pub start: usize,
    /// One past the last character in the original text.
    pub end: usize,
    /// Index of the paragraph it belongs to in [`Document::paragraphs`].
    pub paragraph: usize,
    /// True for the headline.
    #[serde(default, skip_serializing_if = "is_false")]
    pub headline: bool,
    /// The original text of the sentence (the evidence a report quotes).
    pub text: String,
    /// Tokens, in order.
    pub tokens: Vec<Token>,
}

impl Sentence {
    /// The sentence's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Output of normalize: a document with its structure laid out, in original-text offsets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Document {
    /// Stable id from ingest.
    pub id: String,
    /// Processing status so far.
    #[serde(default)]
    pub status: Status,
    /// Why the document was skipped or failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Provenance and metadata from ingest.
    #[serde(default)]
    pub meta: Meta,
    /// Notes that did not stop processing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The original text (as ingest decoded it). Every span indexes into it.
    #[serde(default)]
    pub text: String,
    /// The normalized text used for matching (NFC, unified quotes, dashes and spaces).
    #[serde(default)]
    pub normalized: String,
    /// Maps character offsets in `normalized` back to `text`.
    #[serde(default)]
    pub offset_map: crate::OffsetMap,
    /// Detected language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// Headline, when one was detected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<Span>,
    /// Wire-story dateline, when one was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// All paragraphs, including boilerplate ones.
    #[serde(default)]
    pub paragraphs: Vec<Paragraph>,
    /// Stretches recognised as boilerplate (never part of any sentence).
    #[serde(default)]
    pub boilerplate: Vec<Boilerplate>,
    /// Sentences of the article's own text (headline first, boilerplate excluded).
    #[serde(default)]
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// A document that carries a raw document's status through without processing it.
    pub fn passthrough(raw: RawDocument) -> Self {
        Document {
            id: raw.id,
            status: raw.status,
            reason: raw.reason,
            meta: raw.meta,
            warnings: raw.warnings,
            text: raw.text,
            ..Document::default()
        }
    }

    /// The date events in this document are resolved against: the dateline date if any,
    /// else the publication date.
    pub fn reference_date(&self) -> Option<Date> {
        self.dateline.as_ref().and_then(|d| d.date).or(self.meta.published)
    }
}

/// Entity classes. The first four are CoNLL-2003's; the rest come from gazetteers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityKind {
    /// Person.
    Per,
    /// Organisation.
    Org,
    /// Location.
    Loc,
    /// Miscellaneous named entity.
    Misc,
    /// A country or territory named directly.
    Country,
    /// A nationality or country adjective (`Kenyan`, `Chinese`).
    Demonym,
    /// An international organisation.
    Igo,
    /// A title or role (`President`, `Secretary of State`, `cabinet secretary`).
    Title,
    /// A name from a user's actor dictionary, with its code.
    Actor,
}

/// An entity mention found by the extract stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// First character in the original text.
    pub start: usize,
    /// One past the last character in the original text.
    pub end: usize,
    /// Index of the sentence in [`Document::sentences`].
    pub sentence: usize,
    /// The mention's text (normalized form).
    pub text: String,
    /// Entity class.
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-3 code, when the mention names or implies a country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Canonical name, when a dictionary knows it (for titles: the role, `foreign minister`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// Sector code (`GOV`, `MIL`, `IGO` …) when the mention implies one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// CAMEO actor code from a user dictionary (`KENGOV`), in force on the document's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Which component produced it (`gazetteer`, `tagger`, a user extractor's name …).
    pub source: String,
}

/// Output of extract: a document with what was found in it. On the wire this is the
/// document's JSON object with the annotation fields added, so an external extractor only
/// has to add fields to each line it reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Annotated {
    /// The document as normalize produced it.
    #[serde(flatten)]
    pub document: Document,
    /// Entity mentions, in text order.
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// Event mentions, in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<crate::EventMention>,
    /// Quotations with their speakers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<crate::Quote>,
    /// Amounts of money.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amounts: Vec<crate::Amount>,
    /// Named projects, agreements and initiatives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<crate::Project>,
}

impl From<Document> for Annotated {
    fn from(document: Document) -> Self {
        Annotated {
            document,
            ..Annotated::default()
        }
    }
}

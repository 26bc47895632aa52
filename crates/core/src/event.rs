//! Event records: who did what to whom, when, where, with the evidence.

use serde::{Deserialize, Serialize};

/// A participant in an event, resolved from the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Actor {
    /// Best name: a person's full name, a country's or organisation's canonical name.
    pub name: String,
    /// ISO 3166-1 alpha-3 country, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// CAMEO sector (`GOV`, `MIL`, `BUS`, `IGO` …), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// CAMEO-style actor code: country + sector (`KENGOV`), a country (`KEN`) or an
    /// organisation code (`IGOUNO`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// What the actor is: `person`, `country`, `organisation`, `group` (a sector of a country:
    /// `Kenyan businesses`) or `office` (a role whose holder the text does not name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Role read from the text (`president`, `foreign minister`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Start of the words in this sentence that name the actor (original characters).
    pub start: usize,
    /// End of those words.
    pub end: usize,
    /// Those words as written (normalized).
    pub text: String,
    /// How the actor was identified when the words alone do not say (`surname`, `pronoun`,
    /// `role description`, `counterpart` …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_by: Option<String>,
}

/// Whether the text reports the event as real.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Reported as having happened (or happening).
    #[default]
    Occurred,
    /// Scheduled or expected (`will meet`, `is expected to sign`).
    Planned,
    /// Wished, promised or offered (`pledged to`, `is ready to`, `invited`).
    Intended,
    /// Said not to have happened (`did not meet`).
    Negated,
    /// Conditional or possible (`could`, `if`).
    Hypothetical,
}

/// When an event happened, as far as the text says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct EventDate {
    /// ISO 8601 value at the stated precision (`2024-09-03`, `2024-09`, `2025`), or null.
    pub value: Option<String>,
    /// `day`, `month` or `year`; null when unknown.
    pub precision: Option<String>,
    /// Where the value comes from: `explicit` (a full date in the text), `publication` or
    /// `dateline` (a partial or relative expression resolved against that date),
    /// `previous-event` (`on the same day`), `unknown`.
    pub basis: String,
    /// The words that gave the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The place as written.
    pub name: String,
    /// ISO 3166-1 alpha-3, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Start in the original text.
    pub start: usize,
    /// End in the original text.
    pub end: usize,
    /// `sentence` (`in Beijing`) or `dateline`.
    pub basis: String,
}

/// The sentence an event was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Evidence {
    /// Index in the document's sentences.
    pub sentence: usize,
    /// Start of the sentence in the original text.
    pub sentence_start: usize,
    /// End of the sentence in the original text.
    pub sentence_end: usize,
    /// The sentence.
    pub text: String,
    /// Start of the trigger words (`met with`, `telephone conversation`).
    pub trigger_start: usize,
    /// End of the trigger words.
    pub trigger_end: usize,
    /// The trigger words.
    pub trigger: String,
}

/// One event mention: one reading of one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct EventMention {
    /// Document id.
    pub doc_id: String,
    /// Position of this mention among the document's event mentions.
    pub index: usize,
    /// PLOVER event type (`CONSULT`, `AGREE`, `SUPPORT` …).
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode (`visit`, `phone`, `third-party`, `multilateral` …), when one applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// CAMEO code (`042`, `036`, `057` …).
    pub cameo: String,
    /// Goldstein score of the CAMEO code.
    pub goldstein: f64,
    /// For an AGREE coded from a planned or promised action (`will meet`, `pledged to
    /// cooperate`): that action's PLOVER type (`CONSULT`, `COOPERATE` …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_type: Option<String>,
    /// With `base_type`: the CAMEO code of the action planned or promised (`040`, `057` …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_cameo: Option<String>,
    /// Who acts.
    pub source: Actor,
    /// Who is acted upon, when the text names them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Actor>,
    /// Whether it happened.
    pub modality: Modality,
    /// When.
    pub date: EventDate,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// Sectors discussed in the sentence (`trade`, `infrastructure` …).
    #[serde(default)]
    pub sectors: Vec<String>,
    /// Projects and agreements named in the sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<String>,
    /// For the second direction of a symmetric event (`met`, `talked by phone`): the index of
    /// the mention it mirrors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mirror_of: Option<usize>,
    /// The words the event was read from.
    pub evidence: Evidence,
}

/// An amount of money, with its currency normalised to ISO 4217.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// Start in the original text.
    pub start: usize,
    /// End in the original text.
    pub end: usize,
    /// Sentence index.
    pub sentence: usize,
    /// As written.
    pub text: String,
    /// The value in units of the currency (`8000000000` for `$8 billion`).
    pub value: f64,
    /// ISO 4217 code (`USD`, `KES`, `CNY` …).
    pub currency: String,
}

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Start of the quoted words in the original text (inside the quotation marks).
    pub start: usize,
    /// End of the quoted words.
    pub end: usize,
    /// Sentence where the quotation starts.
    pub sentence: usize,
    /// The quoted words.
    pub text: String,
    /// The speaker, when the text attributes the quotation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Actor>,
}

/// A named project, agreement or initiative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    /// Start in the original text.
    pub start: usize,
    /// End in the original text.
    pub end: usize,
    /// Sentence index.
    pub sentence: usize,
    /// Full name (for an acronym mention, the name it stands for when the text gave it).
    pub name: String,
    /// Acronym, when the text gives one (`SGR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// `agreement`, `project` or `initiative`.
    pub kind: String,
}

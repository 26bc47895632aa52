//! What the report keeps of each document while the run streams past: everything the merged
//! tables need, and the text of documents that carry evidence (within a memory budget).

use std::collections::{BTreeMap, HashMap};

use dyad_core::offsets::char_slice;
use dyad_core::{Amount, Annotated, EntityKind, EventMention, Project, Quote, Status};
use dyad_merge::DocInfo;

/// Text kept for the HTML report's article view, in characters, before later articles are left
/// out of it (their evidence sentences are still shown beside each row).
pub const TEXT_BUDGET_CHARS: usize = 64 << 20;

/// One document's row in the report.
#[derive(Debug, Clone, Default)]
pub struct DocRow {
    /// Document id.
    pub id: String,
    /// `processed`, `skipped`, `failed`.
    pub status: &'static str,
    /// Why skipped or failed.
    pub reason: Option<String>,
    /// Input path.
    pub path: Option<String>,
    /// URL from metadata.
    pub url: Option<String>,
    /// Title from metadata.
    pub title: Option<String>,
    /// Headline found in the text.
    pub headline: Option<String>,
    /// The first sentence, shortened (a label for documents without title or headline).
    pub lede: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Date relative expressions were read against (dateline or publication).
    pub reference: Option<jiff::civil::Date>,
    /// Publisher or source from metadata.
    pub source: Option<String>,
    /// Language (ISO 639-3).
    pub language: Option<String>,
    /// Number of sentences.
    pub sentences: usize,
    /// Content hash.
    pub content_hash: Option<String>,
}

impl DocRow {
    /// The best human title: metadata title, headline, first sentence, or the id.
    pub fn label(&self) -> &str {
        self.title
            .as_deref()
            .or(self.headline.as_deref())
            .or(self.lede.as_deref())
            .unwrap_or(&self.id)
    }
}

/// A document's text and sentence spans, for showing evidence in context.
#[derive(Debug, Clone, Default)]
pub struct DocText {
    /// Original text.
    pub text: String,
    /// Sentence spans (original characters).
    pub sentences: Vec<(usize, usize)>,
}

/// Everything the run produced that the reports need, in input order.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Every input document.
    pub docs: Vec<DocRow>,
    /// Position of each document id in `docs` (the first, for duplicate ids).
    pub order: HashMap<String, usize>,
    /// Text of documents with evidence, by position in `docs`.
    pub texts: HashMap<usize, DocText>,
    /// Event mentions, in document order.
    pub mentions: Vec<EventMention>,
    /// Quotations with their document position.
    pub quotes: Vec<(usize, Quote)>,
    /// Amounts with their document position.
    pub amounts: Vec<(usize, Amount)>,
    /// Projects and agreements with their document position.
    pub projects: Vec<(usize, Project)>,
    /// Country names seen in the text, by ISO code (for labels).
    pub country_names: BTreeMap<String, String>,
    /// Entity mentions per country (to choose a default focus when no event names one).
    pub country_mentions: BTreeMap<String, usize>,
    /// How many article texts were left out of the budget.
    pub texts_omitted: usize,
    text_chars: usize,
}

impl Corpus {
    /// Keeps what the reports need of one document.
    pub fn add(&mut self, doc: &Annotated) {
        let d = &doc.document;
        let pos = self.docs.len();
        self.order.entry(d.id.clone()).or_insert(pos);
        let headline = d
            .headline
            .as_ref()
            .map(|h| char_slice(&d.text, h.start, h.end).trim().to_string());
        self.docs.push(DocRow {
            id: d.id.clone(),
            status: match d.status {
                Status::Ok => "processed",
                Status::Skipped => "skipped",
                Status::Failed => "failed",
            },
            reason: d.reason.clone(),
            path: d.meta.path.clone(),
            url: d.meta.url.clone(),
            title: d.meta.title.clone(),
            headline: headline.filter(|h| !h.is_empty()),
            lede: d.sentences.first().map(|s| shorten(&s.text, 100)),
            published: d.meta.published.map(|p| p.to_string()),
            reference: d.reference_date(),
            source: d.meta.source.clone(),
            language: d.language.as_ref().map(|l| l.code.clone()),
            sentences: d.sentences.len(),
            content_hash: d.meta.content_hash.clone(),
        });
        for m in &doc.mentions {
            if let Some(c) = &m.country {
                if m.kind == EntityKind::Country {
                    if let Some(n) = &m.canonical {
                        self.country_names.entry(c.clone()).or_insert_with(|| n.clone());
                    }
                }
                *self.country_mentions.entry(c.clone()).or_default() += 1;
            }
        }
        // Mentions of a duplicate id are kept apart by their position only in `mentions`.
        self.mentions.extend(doc.events.iter().cloned());
        self.quotes.extend(doc.quotes.iter().map(|q| (pos, q.clone())));
        self.amounts.extend(doc.amounts.iter().map(|a| (pos, a.clone())));
        self.projects.extend(doc.projects.iter().map(|p| (pos, p.clone())));
        let has_evidence =
            !(doc.events.is_empty() && doc.quotes.is_empty() && doc.amounts.is_empty() && doc.projects.is_empty());
        if has_evidence {
            let chars = d.text.chars().count();
            if self.text_chars + chars <= TEXT_BUDGET_CHARS {
                self.text_chars += chars;
                self.texts.insert(
                    pos,
                    DocText {
                        text: d.text.clone(),
                        sentences: d.sentences.iter().map(|s| (s.start, s.end)).collect(),
                    },
                );
            } else {
                self.texts_omitted += 1;
            }
        }
    }

    /// What the merger needs to know about each document.
    pub fn doc_info(&self) -> HashMap<String, DocInfo> {
        self.order
            .iter()
            .map(|(id, &pos)| {
                (
                    id.clone(),
                    DocInfo {
                        order: pos,
                        reported: self.docs[pos].reference,
                    },
                )
            })
            .collect()
    }

    /// Position of a document id.
    pub fn pos(&self, id: &str) -> Option<usize> {
        self.order.get(id).copied()
    }

    /// A country's name as the corpus writes it, else its code.
    pub fn country_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.country_names.get(code).map_or(code, String::as_str)
    }
}

/// At most `max` characters of `s`, cut at a word boundary with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

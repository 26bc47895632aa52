//! Snapshots of what ingest and normalize make of every seed article.
//!
//! Review changes with `cargo insta review`; in CI (`CI=true`) a changed snapshot fails.

mod common;

use dyad_core::stage::Flow;
use dyad_core::{Document, Extract, Normalize, RawDocument, Source};
use dyad_ingest::{Ingest, Input, Options};
use serde::Serialize;

fn ingest(path: &std::path::Path) -> RawDocument {
    let mut docs = Vec::new();
    Ingest::new(vec![Input::Path(path.to_path_buf())], Options::default())
        .run(&mut |d| {
            docs.push(d);
            Flow::Continue
        })
        .unwrap();
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

/// A readable view of a normalized document: structure, sentences, and tokens joined by `|`.
#[derive(Serialize)]
struct View<'a> {
    id: &'a str,
    status: dyad_core::Status,
    published: Option<String>,
    language: Option<&'a dyad_core::Language>,
    headline: Option<dyad_core::Span>,
    dateline: Option<&'a dyad_core::Dateline>,
    offset_map_is_identity: bool,
    paragraphs: Vec<String>,
    boilerplate: &'a [dyad_core::Boilerplate],
    sentences: Vec<SentenceView<'a>>,
}

#[derive(Serialize)]
struct SentenceView<'a> {
    span: String,
    headline: bool,
    text: &'a str,
    tokens: String,
}

fn view(d: &Document) -> View<'_> {
    View {
        id: &d.id,
        status: d.status,
        published: d.meta.published.map(|p| p.to_string()),
        language: d.language.as_ref(),
        headline: d.headline,
        dateline: d.dateline.as_ref(),
        offset_map_is_identity: d.offset_map.is_identity(),
        paragraphs: d
            .paragraphs
            .iter()
            .map(|p| format!("{}..{} {:?}", p.span.start, p.span.end, p.kind))
            .collect(),
        boilerplate: &d.boilerplate,
        sentences: d
            .sentences
            .iter()
            .map(|s| SentenceView {
                span: format!("{}..{} (paragraph {})", s.start, s.end, s.paragraph),
                headline: s.headline,
                text: &s.text,
                tokens: s.tokens.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" | "),
            })
            .collect(),
    }
}

#[test]
fn ingest_snapshots() {
    insta::glob!("../seeds", "*.txt", |path| {
        let raw = ingest(path);
        insta::assert_yaml_snapshot!(raw, { ".meta.path" => "[input path]" });
    });
}

#[test]
fn entity_snapshots() {
    let normalizer = dyad_normalize::Normalizer::standard();
    let extractor = dyad_extract::EntityExtractor::builtin().unwrap();
    insta::glob!("../seeds", "*.txt", |path| {
        let doc = extractor.extract(normalizer.normalize(ingest(path)));
        let lines: Vec<String> = doc
            .mentions
            .iter()
            .map(|m| {
                let country = m.country.as_deref().map(|c| format!(" {c}")).unwrap_or_default();
                format!(
                    "{}..{} s{} {:?}{country} [{}] {}",
                    m.start, m.end, m.sentence, m.kind, m.source, m.text
                )
            })
            .collect();
        insta::assert_yaml_snapshot!(lines);
    });
}

#[test]
fn event_snapshots() {
    let normalizer = dyad_normalize::Normalizer::standard();
    let extractor = dyad_extract::EventExtractor::builtin().unwrap();
    insta::glob!("../seeds", "*.txt", |path| {
        let doc = extractor.extract(normalizer.normalize(ingest(path)));
        let lines: Vec<String> = doc
            .events
            .iter()
            .map(|e| {
                let t = e.target.as_ref();
                format!(
                    "s{} {} {}{} {:?} | {} [{}] -> {} [{}] | date {} ({}) | place {} | trigger {:?}{}",
                    e.evidence.sentence,
                    e.kind,
                    e.cameo,
                    e.base_type.as_deref().map(|b| format!(" ({b})")).unwrap_or_default(),
                    e.modality,
                    e.source.name,
                    e.source.code.as_deref().unwrap_or("-"),
                    t.map_or("-", |t| t.name.as_str()),
                    t.and_then(|t| t.code.as_deref()).unwrap_or("-"),
                    e.date.value.as_deref().unwrap_or("unknown"),
                    e.date.basis,
                    e.place.as_ref().map_or("-", |p| p.name.as_str()),
                    e.evidence.trigger,
                    e.mirror_of.map(|m| format!(" (mirror of {m})")).unwrap_or_default(),
                )
            })
            .collect();
        insta::assert_yaml_snapshot!(lines);
    });
}

#[test]
fn normalize_snapshots() {
    let normalizer = dyad_normalize::Normalizer::standard();
    insta::glob!("../seeds", "*.txt", |path| {
        let doc = normalizer.normalize(ingest(path));
        insta::assert_yaml_snapshot!(view(&doc));
    });
}

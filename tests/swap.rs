//! Swapping a stage in-process: a user-defined extractor in the same pipeline.

mod common;

use std::sync::Arc;

use dyad::{registry, Pipeline, Settings};
use dyad_core::{Annotated, Document, EntityKind, Extract, Mention, Status};
use dyad_ingest::{Ingest, Input, Options};

/// Marks every token "Ruto".
struct RutoFinder;

impl Extract for RutoFinder {
    fn name(&self) -> &str {
        "ruto-finder"
    }

    fn extract(&self, doc: Document) -> Annotated {
        let mut mentions = Vec::new();
        if doc.status == Status::Ok {
            for (i, s) in doc.sentences.iter().enumerate() {
                for t in s.tokens.iter().filter(|t| t.text == "Ruto") {
                    mentions.push(Mention {
                        start: t.start,
                        end: t.end,
                        sentence: i,
                        text: t.text.clone(),
                        kind: EntityKind::Per,
                        country: Some("KEN".into()),
                        canonical: Some("William Ruto".into()),
                        sector: Some("GOV".into()),
                        code: None,
                        source: self.name().into(),
                    });
                }
            }
        }
        Annotated {
            document: doc,
            mentions,
            ..Annotated::default()
        }
    }
}

#[test]
fn a_rust_extractor_replaces_the_builtin_one() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let pipeline = Pipeline::new(
        Box::new(Ingest::new(vec![Input::Path(common::seeds())], Options::default())),
        registry::normalizer("standard").unwrap(),
        Arc::new(RutoFinder),
        registry::report("files", &out).unwrap(),
    );
    let mut seen = 0;
    let run = pipeline
        .run(
            &Settings {
                threads: 2,
                ..Settings::default()
            },
            |_| seen += 1,
        )
        .unwrap();
    assert_eq!(seen, 5);
    assert_eq!(run.timings[2].name, "ruto-finder");
    let ents = common::read_jsonl(&out.join("entities.jsonl"));
    assert!(ents.len() > 20);
    assert!(ents.iter().all(|e| e["text"] == "Ruto" && e["source"] == "ruto-finder"));
}

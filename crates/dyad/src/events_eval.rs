//! `dyad events eval FILE`: scores event coding on PLV-format rows (one sentence per row, gold
//! source and target spans, PLOVER root), each fed to dyad as a one-sentence document.
//!
//! A row is found when an event's source span overlaps a gold source span and its target span a
//! gold target span. A row with no gold spans on one side (`Teachers … went on strike`, 20 of
//! the 1,050 train rows) asks nothing of that side: an event with no target matches a row
//! with no gold target.
//!
//! Gold spans are placed where the row's `marked_text` marks them (`<s>…</s>`, `<t>…</t>`); the
//! span strings alone are ambiguous (`Bolivia` also opens `Bolivian authorities`). Rows without
//! usable marks fall back to the first occurrence of each span string.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use dyad_core::{offsets::char_slice, RawDocument, Span};
use rayon::prelude::*;
use serde::Deserialize;

#[derive(Subcommand, Debug)]
pub enum EventsCommand {
    /// Score PLOVER root coding on PLV-format JSON Lines rows.
    Eval(EvalArgs),
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// PLV rows (JSON Lines with text, source_spans, target_spans, plover_root).
    file: PathBuf,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
    /// Print every row that was not found.
    #[arg(long)]
    errors: bool,
}

#[derive(Deserialize)]
struct Row {
    text: String,
    #[serde(default)]
    source_spans: Vec<String>,
    #[serde(default)]
    target_spans: Vec<String>,
    plover_root: String,
    /// The text with `<s>…</s>` around the source and `<t>…</t>` around the target.
    #[serde(default)]
    marked_text: Option<String>,
}

/// PLV's older labels: YIELD covers today's CONCEDE and RETREAT; DEMAND is a REQUEST.
fn plv_label(plover: &str) -> &str {
    match plover {
        "CONCEDE" | "RETREAT" => "YIELD",
        "DEMAND" => "REQUEST",
        other => other,
    }
}

/// Source and target spans where the row's marked text puts them (the span strings alone are
/// ambiguous: `Bolivia` is also inside `Bolivian authorities`), if the marks strip back to the
/// row's text.
fn marked_spans(marked: &str, text: &str) -> Option<(Vec<Span>, Vec<Span>)> {
    let (mut plain, mut chars) = (String::with_capacity(text.len()), 0usize);
    let (mut src, mut tgt) = (Vec::new(), Vec::new());
    let (mut open_s, mut open_t): (Option<usize>, Option<usize>) = (None, None);
    let mut rest = marked;
    while let Some(c) = rest.chars().next() {
        let tag = ["<s>", "</s>", "<t>", "</t>"].into_iter().find(|t| rest.starts_with(t));
        match tag {
            Some("<s>") => open_s = Some(chars),
            Some("<t>") => open_t = Some(chars),
            Some("</s>") => src.push(Span::new(open_s.take()?, chars)),
            Some("</t>") => tgt.push(Span::new(open_t.take()?, chars)),
            _ => {
                plain.push(c);
                chars += 1;
                rest = &rest[c.len_utf8()..];
                continue;
            }
        }
        rest = &rest[tag.map_or(0, str::len)..];
    }
    (plain == text).then_some((src, tgt))
}

fn spans_of(text: &str, parts: &[String]) -> Vec<Span> {
    parts
        .iter()
        .filter_map(|p| {
            let b = text.find(p.as_str())?;
            let start = text[..b].chars().count();
            Some(Span::new(start, start + p.chars().count()))
        })
        .collect()
}

pub fn run(cmd: EventsCommand, threads: usize) -> Result<()> {
    match cmd {
        EventsCommand::Eval(a) => eval(a, threads),
    }
}

fn eval(a: EvalArgs, threads: usize) -> Result<()> {
    let text = std::fs::read_to_string(&a.file).with_context(|| format!("cannot read {}", a.file.display()))?;
    let rows: Vec<Row> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    let norm = dyad_normalize::Normalizer::standard();
    let ext = dyad_extract::EventExtractor::builtin()?;
    let pool = dyad::thread_pool(threads)?;
    // (gold, predicted, pair found, row index)
    let results: Vec<(String, String, bool, String)> = pool.install(|| {
        rows.par_iter()
            .enumerate()
            .map(|(i, r)| {
                let raw = RawDocument {
                    id: format!("plv{i}"),
                    text: r.text.clone(),
                    ..RawDocument::default()
                };
                // (A panic in a stage fails that row, logged, not the whole evaluation.)
                let doc = dyad::extract_guarded(&ext, dyad::normalize_guarded(&norm, raw));
                let (src, tgt) = r
                    .marked_text
                    .as_deref()
                    .and_then(|m| marked_spans(m, &r.text))
                    .filter(|(s, t)| s.len() == r.source_spans.len() && t.len() == r.target_spans.len())
                    .unwrap_or_else(|| (spans_of(&r.text, &r.source_spans), spans_of(&r.text, &r.target_spans)));
                let overlaps = |spans: &[Span], s: usize, e: usize| spans.iter().any(|g| g.overlaps(&Span::new(s, e)));
                let matching: Vec<&dyad_core::EventMention> = doc
                    .events
                    .iter()
                    // A row without gold spans on one side asks nothing of that side (`went on
                    // strike` has no target): the other side must still overlap.
                    .filter(|e| {
                        let (no_src, no_tgt) = (r.source_spans.is_empty(), r.target_spans.is_empty());
                        let source_ok = no_src || overlaps(&src, e.source.start, e.source.end);
                        let target_ok = match &e.target {
                            Some(t) => no_tgt || overlaps(&tgt, t.start, t.end),
                            None => no_tgt,
                        };
                        source_ok && target_ok && !(no_src && no_tgt)
                    })
                    .collect();
                let gold = r.plover_root.clone();
                let pred = matching
                    .iter()
                    .find(|e| plv_label(&e.kind) == gold)
                    .or(matching.first())
                    .map_or("NONE".to_string(), |e| plv_label(&e.kind).to_string());
                let seen = doc
                    .events
                    .iter()
                    .filter(|e| e.mirror_of.is_none())
                    .map(|e| {
                        format!(
                            "{} {}->{}",
                            e.kind,
                            e.source.text,
                            e.target.as_ref().map_or("-", |t| t.text.as_str())
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                (gold, pred, !matching.is_empty(), seen)
            })
            .collect()
    });
    let n = results.len().max(1);
    let correct = results.iter().filter(|(g, p, _, _)| g == p).count();
    let pairs = results.iter().filter(|(_, _, f, _)| *f).count();
    let mut classes: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new(); // tp, predicted, gold
    for (g, p, _, _) in &results {
        classes.entry(g.clone()).or_default().2 += 1;
        if p != "NONE" {
            classes.entry(p.clone()).or_default().1 += 1;
        }
        if g == p {
            classes.entry(g.clone()).or_default().0 += 1;
        }
    }
    let mut per_class = serde_json::Map::new();
    let mut f1s = Vec::new();
    for (c, (tp, pr, go)) in &classes {
        let p = if *pr == 0 { 0.0 } else { *tp as f64 / *pr as f64 };
        let r = if *go == 0 { 0.0 } else { *tp as f64 / *go as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        if *go > 0 {
            f1s.push(f);
        }
        per_class.insert(
            c.clone(),
            serde_json::json!({"precision": p, "recall": r, "f1": f, "gold": go, "predicted": pr}),
        );
    }
    let macro_f1 = f1s.iter().sum::<f64>() / f1s.len().max(1) as f64;
    let report = serde_json::json!({
        "rows": results.len(),
        "accuracy": correct as f64 / n as f64,
        "macro_f1": macro_f1,
        "actor_pair_recall": pairs as f64 / n as f64,
        "per_class": per_class,
    });
    if a.errors {
        for ((g, p, _, seen), r) in results.iter().zip(&rows) {
            if g != p {
                eprintln!("{g:>9} got {p:<9} | {}", char_slice(&r.text, 0, 160));
                eprintln!(
                    "          gold {:?} -> {:?} | coded: {}",
                    r.source_spans,
                    r.target_spans,
                    if seen.is_empty() { "nothing" } else { seen }
                );
            }
        }
    }
    if a.json {
        println!("{report}");
    } else {
        println!("{}: {} rows", a.file.display(), results.len());
        println!(
            "accuracy {:.4}  macro F1 {:.4}  actor-pair recall {:.4}",
            correct as f64 / n as f64,
            macro_f1,
            pairs as f64 / n as f64
        );
        println!(
            "{:<10} {:>9} {:>9} {:>9} {:>6} {:>6}",
            "class", "precision", "recall", "F1", "gold", "found"
        );
        for (c, v) in &per_class {
            println!(
                "{c:<10} {:>9.4} {:>9.4} {:>9.4} {:>6} {:>6}",
                v["precision"].as_f64().unwrap_or(0.0),
                v["recall"].as_f64().unwrap_or(0.0),
                v["f1"].as_f64().unwrap_or(0.0),
                v["gold"],
                v["predicted"]
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_spans_place_each_side_where_the_marks_are() {
        let text = "Bolivian authorities declared a state of siege in Bolivia.";
        let marked = "<s>Bolivian authorities</s> declared a state of siege in <t>Bolivia</t>.";
        let (s, t) = marked_spans(marked, text).unwrap_or_default();
        assert_eq!(s, [Span::new(0, 20)]);
        assert_eq!(t, [Span::new(50, 57)]);
        // Nested marks; marks that do not strip back to the text are not used.
        let (s, t) = marked_spans("<s><t>Iraqi</t> fighters</s> agreed.", "Iraqi fighters agreed.").unwrap_or_default();
        assert_eq!((s, t), (vec![Span::new(0, 14)], vec![Span::new(0, 5)]));
        assert!(marked_spans("<s>A</s> b", "A c").is_none());
    }
}

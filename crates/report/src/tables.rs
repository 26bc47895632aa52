//! `events.jsonl` and `events.csv`: one row per merged event.

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use dyad_core::{jsonl, EventMention, Modality, StageError};
use dyad_merge::{Event, EventActor};

use crate::Lookup;

/// Columns of `events.csv`, in order (GDELT/ICEWS-like).
pub const CSV_COLUMNS: &[&str] = &[
    "event_id",
    "date",
    "date_precision",
    "date_basis",
    "reported",
    "source_name",
    "source_kind",
    "source_country",
    "source_sector",
    "source_code",
    "cameo",
    "plover_type",
    "plover_mode",
    "base_type",
    "quad_class",
    "goldstein",
    "target_name",
    "target_kind",
    "target_country",
    "target_sector",
    "target_code",
    "modality",
    "place",
    "place_country",
    "sectors",
    "projects",
    "num_mentions",
    "num_documents",
    "planned_then_held",
    "first_doc",
    "first_sentence_start",
    "first_sentence_end",
    "first_evidence",
];

/// Modality as written in the tables.
pub fn modality_name(m: Modality) -> &'static str {
    match m {
        Modality::Occurred => "occurred",
        Modality::Planned => "planned",
        Modality::Intended => "intended",
        Modality::Negated => "negated",
        Modality::Hypothetical => "hypothetical",
    }
}

fn actor_cells(a: Option<&EventActor>) -> [String; 5] {
    match a {
        Some(a) => [
            a.name.clone(),
            a.kind.clone().unwrap_or_default(),
            a.country.clone().unwrap_or_default(),
            a.sector.clone().unwrap_or_default(),
            a.code.clone().unwrap_or_default(),
        ],
        None => Default::default(),
    }
}

/// The first mention of an event.
pub fn first_mention<'a>(e: &Event, lookup: &Lookup<'a>) -> Option<&'a EventMention> {
    e.mentions.first().and_then(|l| lookup.mention(&l.doc_id, l.index))
}

/// Writes `events.csv`.
pub fn write_csv(path: &Path, events: &[Event], lookup: &Lookup) -> Result<(), StageError> {
    let err = |e: csv::Error| StageError::Other(format!("cannot write {}: {e}", path.display()));
    let mut w = csv::Writer::from_path(path).map_err(err)?;
    w.write_record(CSV_COLUMNS).map_err(err)?;
    for e in events {
        let first = first_mention(e, lookup);
        let mut row: Vec<String> = vec![
            e.event_id.to_string(),
            e.date.value.clone().unwrap_or_default(),
            e.date.precision.clone().unwrap_or_default(),
            e.date.basis.clone(),
            e.reported.clone().unwrap_or_default(),
        ];
        row.extend(actor_cells(Some(&e.source)));
        row.extend([
            e.cameo.clone(),
            e.kind.clone(),
            e.mode.clone().unwrap_or_default(),
            e.base_type.clone().unwrap_or_default(),
            e.quad_class.to_string(),
            e.goldstein.to_string(),
        ]);
        row.extend(actor_cells(e.target.as_ref()));
        row.extend([
            modality_name(e.modality).to_string(),
            e.place.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
            e.place.as_ref().and_then(|p| p.country.clone()).unwrap_or_default(),
            e.sectors.join(";"),
            e.projects.join(";"),
            e.num_mentions.to_string(),
            e.num_documents.to_string(),
            u8::from(e.planned_then_held).to_string(),
            e.first_doc.clone(),
            first.map(|m| m.evidence.sentence_start.to_string()).unwrap_or_default(),
            first.map(|m| m.evidence.sentence_end.to_string()).unwrap_or_default(),
            first.map(|m| m.evidence.text.clone()).unwrap_or_default(),
        ]);
        w.write_record(&row).map_err(err)?;
    }
    w.flush()
        .map_err(|e| StageError::io(format!("cannot write {}", path.display()), e))
}

/// Writes `events.jsonl`.
pub fn write_jsonl(path: &Path, events: &[Event]) -> Result<(), StageError> {
    let io = |e| StageError::io(format!("cannot write {}", path.display()), e);
    let mut w = BufWriter::new(File::create(path).map_err(io)?);
    for e in events {
        jsonl::write(&mut w, e).map_err(io)?;
    }
    std::io::Write::flush(&mut w).map_err(io)
}

//! `dyad.sqlite`: the run as a relational database, written in one transaction.
//!
//! Tables: `meta`, `documents`, `actors`, `events`, `mentions` (every event mention, mirrors
//! included, with its `event_id`), `event_mentions` (which mentions each event joined and why),
//! `quotes`, `amounts`, `projects`. Views: `events_by_dyad_month`, `country_dyads_by_month`,
//! `event_evidence`. See `docs/schema.md`.

use std::collections::BTreeMap;
use std::path::Path;

use dyad_core::{Actor, StageError, SCHEMA_VERSION};
use dyad_merge::EventActor;
use rusqlite::{params, Connection};

use crate::tables::modality_name;
use crate::view::View;

/// The schema, as executed.
pub const SCHEMA: &str = r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY,
    ord INTEGER NOT NULL UNIQUE,
    status TEXT NOT NULL,
    reason TEXT,
    path TEXT,
    url TEXT,
    title TEXT,
    headline TEXT,
    published TEXT,
    reference_date TEXT,
    source TEXT,
    language TEXT,
    sentences INTEGER NOT NULL,
    content_hash TEXT
);
CREATE TABLE actors (
    actor_id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT,
    country TEXT,
    sector TEXT,
    code TEXT,
    roles TEXT
);
CREATE TABLE events (
    event_id INTEGER PRIMARY KEY,
    date TEXT,
    date_precision TEXT,
    date_basis TEXT NOT NULL,
    reported TEXT,
    source_actor INTEGER NOT NULL REFERENCES actors(actor_id),
    target_actor INTEGER REFERENCES actors(actor_id),
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    cameo TEXT NOT NULL,
    base_type TEXT,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    symmetric INTEGER NOT NULL,
    modality TEXT NOT NULL,
    place TEXT,
    place_country TEXT,
    sectors TEXT NOT NULL,
    projects TEXT NOT NULL,
    num_mentions INTEGER NOT NULL,
    num_documents INTEGER NOT NULL,
    planned_then_held INTEGER NOT NULL,
    first_doc TEXT NOT NULL REFERENCES documents(doc_id)
);
CREATE TABLE mentions (
    mention_id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    idx INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events(event_id),
    mirror_of INTEGER,
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    cameo TEXT NOT NULL,
    base_type TEXT,
    goldstein REAL NOT NULL,
    modality TEXT NOT NULL,
    source_actor INTEGER NOT NULL REFERENCES actors(actor_id),
    source_text TEXT NOT NULL,
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    source_resolved_by TEXT,
    target_actor INTEGER REFERENCES actors(actor_id),
    target_text TEXT,
    target_start INTEGER,
    target_end INTEGER,
    target_resolved_by TEXT,
    date TEXT,
    date_precision TEXT,
    date_basis TEXT NOT NULL,
    date_text TEXT,
    place TEXT,
    place_country TEXT,
    place_start INTEGER,
    place_end INTEGER,
    sectors TEXT NOT NULL,
    projects TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    trigger TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    UNIQUE (doc_id, idx)
);
CREATE TABLE event_mentions (
    event_id INTEGER NOT NULL REFERENCES events(event_id),
    mention_id INTEGER NOT NULL REFERENCES mentions(mention_id),
    joined_with INTEGER REFERENCES mentions(mention_id),
    reasons TEXT NOT NULL,
    PRIMARY KEY (event_id, mention_id)
);
CREATE TABLE quotes (
    quote_id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker_actor INTEGER REFERENCES actors(actor_id),
    speaker_text TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER
);
CREATE TABLE amounts (
    amount_id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL NOT NULL,
    currency TEXT NOT NULL
);
CREATE TABLE projects (
    project_id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    name TEXT NOT NULL,
    acronym TEXT,
    kind TEXT NOT NULL
);
CREATE INDEX actors_country ON actors(country);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_dyad ON events(source_actor, target_actor);
CREATE INDEX events_type ON events(plover_type);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX event_mentions_mention ON event_mentions(mention_id);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX amounts_doc ON amounts(doc_id);
CREATE INDEX projects_doc ON projects(doc_id);
CREATE VIEW events_by_dyad_month AS
    SELECT s.name AS source, s.country AS source_country, t.name AS target, t.country AS target_country,
           substr(coalesce(e.date, e.reported), 1, 7) AS month, e.plover_type,
           count(*) AS events, sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 2) AS mean_goldstein
    FROM events e JOIN actors s ON s.actor_id = e.source_actor LEFT JOIN actors t ON t.actor_id = e.target_actor
    GROUP BY s.name, s.country, t.name, t.country, month, e.plover_type;
CREATE VIEW country_dyads_by_month AS
    SELECT s.country AS source_country, t.country AS target_country,
           substr(coalesce(e.date, e.reported), 1, 7) AS month,
           count(*) AS events, sum(e.num_mentions) AS mentions,
           sum(e.quad_class IN (1, 2)) AS cooperative, sum(e.quad_class IN (3, 4)) AS conflictual
    FROM events e JOIN actors s ON s.actor_id = e.source_actor JOIN actors t ON t.actor_id = e.target_actor
    WHERE s.country IS NOT NULL AND t.country IS NOT NULL AND s.country <> t.country
    GROUP BY s.country, t.country, month;
CREATE VIEW event_evidence AS
    SELECT em.event_id, m.doc_id, m.idx, m.modality, m.date, m.sentence_start, m.sentence_end, m.evidence,
           m.trigger, em.reasons
    FROM event_mentions em JOIN mentions m ON m.mention_id = em.mention_id;
"#;

struct ActorTable {
    ids: BTreeMap<String, usize>,
    rows: Vec<(EventActor, Vec<String>)>,
}

impl ActorTable {
    fn id(&mut self, view: &View, a: &Actor) -> usize {
        let r = view.resolver.resolve(a);
        let next = self.rows.len() + 1;
        let id = *self.ids.entry(r.key.clone()).or_insert(next);
        if id == next {
            self.rows.push((r, Vec::new()));
        }
        if let Some(role) = &a.role {
            let roles = &mut self.rows[id - 1].1;
            if !roles.contains(role) {
                roles.push(role.clone());
            }
        }
        id
    }
}

fn sql_err(path: &Path) -> impl Fn(rusqlite::Error) -> StageError + '_ {
    move |e| StageError::Other(format!("cannot write {}: {e}", path.display()))
}

/// Writes the database at `path` (replacing any file there).
pub fn write(path: &Path, view: &View, dyad_version: &str) -> Result<(), StageError> {
    if path.exists() {
        std::fs::remove_file(path).map_err(|e| StageError::io(format!("cannot replace {}", path.display()), e))?;
    }
    let err = sql_err(path);
    let mut conn = Connection::open(path).map_err(&err)?;
    let tx = conn.transaction().map_err(&err)?;
    tx.execute_batch(SCHEMA).map_err(&err)?;
    let corpus = view.corpus;
    {
        let mut st = tx.prepare("INSERT INTO meta VALUES (?1, ?2)").map_err(&err)?;
        for (k, v) in [
            ("schema_version", SCHEMA_VERSION),
            ("dyad_version", dyad_version),
            ("focus", view.focus.as_deref().unwrap_or("")),
        ] {
            st.execute(params![k, v]).map_err(&err)?;
        }
        let mut st = tx
            .prepare("INSERT OR IGNORE INTO documents VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)")
            .map_err(&err)?;
        for (i, d) in corpus.docs.iter().enumerate() {
            st.execute(params![
                d.id,
                i,
                d.status,
                d.reason,
                d.path,
                d.url,
                d.title,
                d.headline,
                d.published,
                d.reference.map(|r| r.to_string()),
                d.source,
                d.language,
                d.sentences,
                d.content_hash
            ])
            .map_err(&err)?;
        }
    }
    // Actors, in order of first appearance.
    let mut actors = ActorTable {
        ids: BTreeMap::new(),
        rows: Vec::new(),
    };
    let mention_actors: Vec<(usize, Option<usize>)> = corpus
        .mentions
        .iter()
        .map(|m| {
            (
                actors.id(view, &m.source),
                m.target.as_ref().map(|t| actors.id(view, t)),
            )
        })
        .collect();
    let speakers: Vec<Option<usize>> = corpus
        .quotes
        .iter()
        .map(|(_, q)| q.speaker.as_ref().map(|s| actors.id(view, s)))
        .collect();
    {
        let mut st = tx
            .prepare("INSERT INTO actors VALUES (?1,?2,?3,?4,?5,?6,?7,?8)")
            .map_err(&err)?;
        for (i, (a, roles)) in actors.rows.iter().enumerate() {
            let roles = (!roles.is_empty()).then(|| roles.join("; "));
            st.execute(params![
                i + 1,
                a.key,
                a.name,
                a.kind,
                a.country,
                a.sector,
                a.code,
                roles
            ])
            .map_err(&err)?;
        }
        let mut st = tx
            .prepare(
                "INSERT INTO events VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23)",
            )
            .map_err(&err)?;
        for e in &view.merged.events {
            let src = actors.ids.get(&e.source.key).copied();
            let tgt = e.target.as_ref().and_then(|t| actors.ids.get(&t.key).copied());
            st.execute(params![
                e.event_id,
                e.date.value,
                e.date.precision,
                e.date.basis,
                e.reported,
                src,
                tgt,
                e.kind,
                e.mode,
                e.cameo,
                e.base_type,
                e.quad_class,
                e.goldstein,
                e.symmetric,
                modality_name(e.modality),
                e.place.as_ref().map(|p| &p.name),
                e.place.as_ref().and_then(|p| p.country.as_ref()),
                e.sectors.join(";"),
                e.projects.join(";"),
                e.num_mentions,
                e.num_documents,
                e.planned_then_held,
                e.first_doc
            ])
            .map_err(&err)?;
        }
        let mut st = tx
            .prepare(
                "INSERT OR IGNORE INTO mentions VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31,?32,?33,?34,?35,?36,?37,?38)",
            )
            .map_err(&err)?;
        for (i, m) in corpus.mentions.iter().enumerate() {
            let (src, tgt) = mention_actors[i];
            let t = m.target.as_ref();
            let p = m.place.as_ref();
            st.execute(params![
                i + 1,
                m.doc_id,
                m.index,
                view.merged.event_of.get(i).copied().unwrap_or(0),
                m.mirror_of,
                m.kind,
                m.mode,
                m.cameo,
                m.base_type,
                m.goldstein,
                modality_name(m.modality),
                src,
                m.source.text,
                m.source.start,
                m.source.end,
                m.source.resolved_by,
                tgt,
                t.map(|t| &t.text),
                t.map(|t| t.start),
                t.map(|t| t.end),
                t.and_then(|t| t.resolved_by.as_ref()),
                m.date.value,
                m.date.precision,
                m.date.basis,
                m.date.text,
                p.map(|p| &p.name),
                p.and_then(|p| p.country.as_ref()),
                p.map(|p| p.start),
                p.map(|p| p.end),
                m.sectors.join(";"),
                m.projects.join(";"),
                m.evidence.sentence,
                m.evidence.sentence_start,
                m.evidence.sentence_end,
                m.evidence.text,
                m.evidence.trigger,
                m.evidence.trigger_start,
                m.evidence.trigger_end
            ])
            .map_err(&err)?;
        }
        let by_id: std::collections::HashMap<(&str, usize), usize> = corpus
            .mentions
            .iter()
            .enumerate()
            .rev()
            .map(|(i, m)| ((m.doc_id.as_str(), m.index), i + 1))
            .collect();
        let mut st = tx
            .prepare("INSERT OR IGNORE INTO event_mentions VALUES (?1,?2,?3,?4)")
            .map_err(&err)?;
        for e in &view.merged.events {
            for l in &e.mentions {
                let Some(&mid) = by_id.get(&(l.doc_id.as_str(), l.index)) else {
                    continue;
                };
                let with = l.joined_with.as_deref().and_then(|w| {
                    let (d, i) = w.rsplit_once(':')?;
                    by_id.get(&(d, i.parse().ok()?)).copied()
                });
                st.execute(params![e.event_id, mid, with, l.reasons.join("; ")])
                    .map_err(&err)?;
            }
        }
        let mut st = tx
            .prepare("INSERT INTO quotes VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)")
            .map_err(&err)?;
        for (i, (pos, q)) in corpus.quotes.iter().enumerate() {
            let s = q.speaker.as_ref();
            st.execute(params![
                i + 1,
                corpus.docs[*pos].id,
                q.sentence,
                q.start,
                q.end,
                q.text,
                speakers[i],
                s.map(|s| &s.text),
                s.map(|s| s.start),
                s.map(|s| s.end)
            ])
            .map_err(&err)?;
        }
        let mut st = tx
            .prepare("INSERT INTO amounts VALUES (?1,?2,?3,?4,?5,?6,?7,?8)")
            .map_err(&err)?;
        for (i, (pos, a)) in corpus.amounts.iter().enumerate() {
            st.execute(params![
                i + 1,
                corpus.docs[*pos].id,
                a.sentence,
                a.start,
                a.end,
                a.text,
                a.value,
                a.currency
            ])
            .map_err(&err)?;
        }
        let mut st = tx
            .prepare("INSERT INTO projects VALUES (?1,?2,?3,?4,?5,?6,?7,?8)")
            .map_err(&err)?;
        for (i, (pos, p)) in corpus.projects.iter().enumerate() {
            st.execute(params![
                i + 1,
                corpus.docs[*pos].id,
                p.sentence,
                p.start,
                p.end,
                p.name,
                p.acronym,
                p.kind
            ])
            .map_err(&err)?;
        }
    }
    tx.commit().map_err(&err)?;
    conn.close().map_err(|(_, e)| err(e))?;
    Ok(())
}

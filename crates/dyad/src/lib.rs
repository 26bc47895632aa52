//! # dyad: the stage wiring
//!
//! This crate is the only one that knows every stage. It
//!
//! * names the built-in stage implementations ([`registry`]) so they can be chosen by a flag;
//! * runs a pipeline ([`Pipeline`]): the source on one thread, normalize and extract each on
//!   their own thread fanning out over a shared rayon pool, the sink on the calling thread,
//!   joined by bounded crossbeam channels;
//! * guarantees the run's invariants: output in input order whatever the thread count,
//!   constant memory on any corpus size (bounded channels, bounded batches), and no document
//!   lost — a stage that panics on a document turns it into a failed document with the
//!   panic message as its reason.
//!
//! ## Swapping a stage in Rust
//! Implement [`Normalize`], [`Extract`], [`Source`] or [`Sink`] from `dyad_core` and hand it to
//! [`Pipeline::new`]; the rest of the pipeline is unchanged.
//!
//! ## What it does not do
//! No parsing of text, no output formats: those belong to the stage crates.

pub mod registry;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::{bounded, Receiver, Sender};
use dyad_core::stage::Flow;
use dyad_core::{
    Annotated, Document, Extract, Normalize, RawDocument, RunInfo, Sink, Source, StageError, StageTiming, Status,
};
use rayon::prelude::*;

/// The version of dyad, as written into manifests.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A failure of the pipeline as a whole.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// A stage failed.
    #[error("{stage}: {source}")]
    Stage {
        /// Which stage.
        stage: &'static str,
        /// The error.
        #[source]
        source: StageError,
    },
    /// The thread pool could not be built.
    #[error("cannot start worker threads: {0}")]
    Threads(String),
    /// A stage thread died.
    #[error("the {0} thread stopped unexpectedly")]
    Thread(&'static str),
}

/// Settings for a pipeline run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Worker threads for the per-document stages (0: one per core).
    pub threads: usize,
    /// Documents handed to the pool at once; also the depth of each channel.
    pub batch: usize,
    /// Inputs, as given, for the manifest.
    pub inputs: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            threads: 0,
            batch: 64,
            inputs: Vec::new(),
        }
    }
}

/// Builds the rayon pool for `threads` (0 = all cores).
pub fn thread_pool(threads: usize) -> Result<rayon::ThreadPool, PipelineError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("dyad-worker-{i}"))
        .build()
        .map_err(|e| PipelineError::Threads(e.to_string()))
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Runs one stage on one document; a panic becomes a failed document carrying the panic
/// message, so the run goes on and the manifest says what happened.
fn guarded<O>(
    what: &str,
    name: &str,
    (id, meta): (String, dyad_core::Meta),
    work: impl FnOnce() -> O,
    failed: impl FnOnce(Document) -> O,
) -> O {
    match catch_unwind(AssertUnwindSafe(work)) {
        Ok(o) => o,
        Err(p) => {
            let reason = format!("internal error in {what} ({name}): {}", panic_message(p.as_ref()));
            tracing::error!(doc = %id, "{reason}");
            failed(Document::passthrough(RawDocument::rejected(
                id,
                Status::Failed,
                reason,
                meta,
            )))
        }
    }
}

/// Normalizes one document, turning a panic into a failed document.
pub fn normalize_guarded(stage: &dyn Normalize, raw: RawDocument) -> Document {
    let keep = (raw.id.clone(), raw.meta.clone());
    guarded("normalize", stage.name(), keep, || stage.normalize(raw), |d| d)
}

/// Extracts from one document, turning a panic into a failed document.
pub fn extract_guarded(stage: &dyn Extract, doc: Document) -> Annotated {
    let keep = (doc.id.clone(), doc.meta.clone());
    guarded("extract", stage.name(), keep, || stage.extract(doc), Annotated::from)
}

/// Applies `f` to the items of `input` on `pool`, `batch` at a time, and hands the results to
/// `output` in input order. Memory stays bounded by the batch size, whatever the stream length.
/// Returns the time spent inside `f`'s batches. Stops early when `output` returns
/// [`Flow::Stop`].
pub fn map_ordered<I, O, F, S>(pool: &rayon::ThreadPool, batch: usize, input: I, f: F, mut output: S) -> Duration
where
    I: IntoIterator,
    I::Item: Send,
    O: Send,
    F: Fn(I::Item) -> O + Sync + Send,
    S: FnMut(O) -> Flow,
{
    let batch = batch.max(1);
    let mut busy = Duration::ZERO;
    let mut items = input.into_iter();
    loop {
        let chunk: Vec<I::Item> = items.by_ref().take(batch).collect();
        if chunk.is_empty() {
            return busy;
        }
        let t = Instant::now();
        let done: Vec<O> = pool.install(|| chunk.into_par_iter().map(&f).collect());
        busy += t.elapsed();
        for o in done {
            if output(o) == Flow::Stop {
                return busy;
            }
        }
    }
}

/// Receives everything currently waiting (at least one item, blocking for it) up to `max`.
fn recv_batch<T>(rx: &Receiver<T>, max: usize) -> Option<Vec<T>> {
    let first = rx.recv().ok()?;
    let mut v = vec![first];
    while v.len() < max {
        match rx.try_recv() {
            Ok(x) => v.push(x),
            Err(_) => break,
        }
    }
    Some(v)
}

/// Runs a per-document stage between two channels, in order, on the shared pool.
fn stage_thread<I: Send, O: Send>(
    pool: Arc<rayon::ThreadPool>,
    batch: usize,
    rx: Receiver<I>,
    tx: Sender<O>,
    f: impl Fn(I) -> O + Sync + Send,
) -> Duration {
    let mut busy = Duration::ZERO;
    while let Some(items) = recv_batch(&rx, batch) {
        let t = Instant::now();
        let done: Vec<O> = pool.install(|| items.into_par_iter().map(&f).collect());
        busy += t.elapsed();
        for o in done {
            if tx.send(o).is_err() {
                return busy;
            }
        }
    }
    busy
}

/// A pipeline of four stages.
pub struct Pipeline {
    /// Stage 1.
    pub source: Box<dyn Source>,
    /// Stage 2.
    pub normalizer: Arc<dyn Normalize>,
    /// Stage 3.
    pub extractor: Arc<dyn Extract>,
    /// Stage 4.
    pub sink: Box<dyn Sink>,
}

impl Pipeline {
    /// Assembles a pipeline from any four stage implementations.
    pub fn new(
        source: Box<dyn Source>,
        normalizer: Arc<dyn Normalize>,
        extractor: Arc<dyn Extract>,
        sink: Box<dyn Sink>,
    ) -> Self {
        Pipeline {
            source,
            normalizer,
            extractor,
            sink,
        }
    }

    /// Runs every document through the stages. `progress` is called after each document the
    /// sink accepted. Returns the run information written to the manifest.
    pub fn run(self, settings: &Settings, mut progress: impl FnMut(&Annotated)) -> Result<RunInfo, PipelineError> {
        let started = Instant::now();
        let pool = Arc::new(thread_pool(settings.threads)?);
        let threads = pool.current_num_threads();
        let batch = settings.batch.max(1);
        tracing::info!(threads, batch, inputs = ?settings.inputs, "pipeline starting");
        let Pipeline {
            mut source,
            normalizer,
            extractor,
            mut sink,
        } = self;
        let (raw_tx, raw_rx) = bounded::<RawDocument>(batch);
        let (doc_tx, doc_rx) = bounded::<Document>(batch);
        let (ann_tx, ann_rx) = bounded::<Annotated>(batch);
        let norm_name = normalizer.name().to_string();
        let ext_name = extractor.name().to_string();
        let sink_name = sink.name().to_string();

        let (source_result, norm_busy, ext_busy, sink_result) = std::thread::scope(|scope| {
            let src = std::thread::Builder::new()
                .name("dyad-ingest".into())
                .spawn_scoped(scope, move || {
                    // Busy time excludes waiting for the next stage to accept a document.
                    let t = Instant::now();
                    let mut waiting = Duration::ZERO;
                    let r = source.run(&mut |d| {
                        let w = Instant::now();
                        let sent = raw_tx.send(d).is_ok();
                        waiting += w.elapsed();
                        if sent {
                            Flow::Continue
                        } else {
                            Flow::Stop
                        }
                    });
                    (r, t.elapsed().saturating_sub(waiting))
                });
            let p = Arc::clone(&pool);
            let norm = std::thread::Builder::new()
                .name("dyad-normalize".into())
                .spawn_scoped(scope, move || {
                    stage_thread(p, batch, raw_rx, doc_tx, |raw| {
                        normalize_guarded(normalizer.as_ref(), raw)
                    })
                });
            let p = Arc::clone(&pool);
            let ext = std::thread::Builder::new()
                .name("dyad-extract".into())
                .spawn_scoped(scope, move || {
                    stage_thread(p, batch, doc_rx, ann_tx, |doc| extract_guarded(extractor.as_ref(), doc))
                });
            let mut sink_busy = Duration::ZERO;
            let mut sink_result = Ok(());
            for doc in ann_rx.iter() {
                let d = &doc.document;
                match d.status {
                    Status::Ok => {
                        tracing::debug!(doc = %d.id, sentences = d.sentences.len(), mentions = doc.mentions.len(), "processed")
                    }
                    status => {
                        tracing::info!(doc = %d.id, ?status, reason = d.reason.as_deref().unwrap_or(""), "not processed")
                    }
                }
                progress(&doc);
                let t = Instant::now();
                let accepted = sink.accept(doc);
                sink_busy += t.elapsed();
                if let Err(e) = accepted {
                    sink_result = Err(e);
                    break;
                }
            }
            drop(ann_rx);
            let src = src
                .map_err(|_| PipelineError::Thread("ingest"))?
                .join()
                .map_err(|_| PipelineError::Thread("ingest"))?;
            let norm = norm
                .map_err(|_| PipelineError::Thread("normalize"))?
                .join()
                .map_err(|_| PipelineError::Thread("normalize"))?;
            let ext = ext
                .map_err(|_| PipelineError::Thread("extract"))?
                .join()
                .map_err(|_| PipelineError::Thread("extract"))?;
            Ok::<_, PipelineError>((src, norm, ext, (sink_result, sink, sink_busy)))
        })?;
        let (source_result, source_busy) = source_result;
        source_result.map_err(|source| PipelineError::Stage {
            stage: "ingest",
            source,
        })?;
        let (sink_result, mut sink, sink_busy) = sink_result;
        sink_result.map_err(|source| PipelineError::Stage {
            stage: "report",
            source,
        })?;
        let timing = |stage: &str, name: &str, d: Duration| StageTiming {
            stage: stage.into(),
            name: name.into(),
            busy_seconds: (d.as_secs_f64() * 1000.0).round() / 1000.0,
        };
        let mut run = RunInfo {
            version: VERSION.to_string(),
            inputs: settings.inputs.clone(),
            threads,
            wall_seconds: 0.0,
            timings: vec![
                timing("ingest", "builtin", source_busy),
                timing("normalize", &norm_name, norm_busy),
                timing("extract", &ext_name, ext_busy),
                timing("report", &sink_name, sink_busy),
            ],
        };
        run.wall_seconds = (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
        tracing::info!(wall_seconds = run.wall_seconds, "pipeline finished");
        sink.finish(&run).map_err(|source| PipelineError::Stage {
            stage: "report",
            source,
        })?;
        Ok(run)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_ordered_keeps_order_for_any_thread_count() {
        for threads in [1, 2, 4] {
            let pool = thread_pool(threads).unwrap();
            let mut out = Vec::new();
            map_ordered(
                &pool,
                7,
                0..100u64,
                |x| x * x,
                |y| {
                    out.push(y);
                    Flow::Continue
                },
            );
            assert_eq!(out, (0..100u64).map(|x| x * x).collect::<Vec<_>>());
        }
    }

    struct Panicky;
    impl Normalize for Panicky {
        fn name(&self) -> &str {
            "panicky"
        }
        fn normalize(&self, _raw: RawDocument) -> Document {
            panic!("boom")
        }
    }

    #[test]
    fn a_panicking_stage_fails_the_document_not_the_run() {
        let raw = RawDocument {
            id: "d1".into(),
            text: "x".into(),
            ..RawDocument::default()
        };
        let d = normalize_guarded(&Panicky, raw);
        assert_eq!(d.status, Status::Failed);
        assert!(d.reason.unwrap().contains("boom"));
        assert_eq!(d.id, "d1");
    }
}

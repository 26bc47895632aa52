//! The `dyad` command: runs the whole pipeline, or any one stage as a JSON Lines filter.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use dyad::{registry, thread_pool, Pipeline, Settings};
use dyad_core::manifest::Counts;
use dyad_core::stage::Flow;
use dyad_core::{jsonl, Annotated, DocEntry, Document, Meta, RawDocument, RunInfo, Source, Status};
use dyad_ingest::{Ingest, Input};

/// `println!` that stays quiet when stdout is a closed pipe (`dyad run … | head -1`).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod events_eval;
mod ner;

/// dyad: diplomatic event data from news articles, with every fact traceable to its sentence.
#[derive(Parser, Debug)]
#[command(name = "dyad", version, about, long_about = None)]
struct Cli {
    /// Worker threads for per-document stages (0 = one per core).
    #[arg(short = 'j', long, global = true, default_value_t = 0, env = "DYAD_THREADS")]
    threads: usize,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run every stage: ingest → normalize → extract → report.
    Run(RunArgs),
    /// Stage 1: read files, directories or stdin (`-`); write raw documents as JSON Lines.
    Ingest(IngestArgs),
    /// Stage 2: raw documents (JSON Lines) in, normalized documents out.
    Normalize(FilterArgs),
    /// Stage 3: normalized documents in, annotated documents out.
    Extract(FilterArgs),
    /// Stage 4: annotated (or normalized) documents in, output directory written.
    Report(ReportArgs),
    /// List the built-in implementations of each stage.
    Stages,
    /// Evaluate the event coder.
    Events {
        #[command(subcommand)]
        command: events_eval::EventsCommand,
    },
    /// Train, evaluate or benchmark the entity tagger.
    Ner {
        #[command(subcommand)]
        command: ner::NerCommand,
    },
}

/// User dictionaries for the events extractor.
#[derive(Args, Debug, Default)]
struct Dictionaries {
    /// Actor dictionary: dyad's JSON format (`.json`) or the CAMEO/PETRARCH actor format, with
    /// dated roles applied by the article's date. May be repeated.
    #[arg(long = "actors", value_name = "FILE")]
    actors: Vec<PathBuf>,
    /// PETRARCH agents file (titles and group nouns with sector codes). May be repeated.
    #[arg(long = "agents", value_name = "FILE")]
    agents: Vec<PathBuf>,
    /// CAMEO/PETRARCH verb dictionary (verbs, their patterns and CAMEO codes). May be repeated.
    #[arg(long = "verbs", value_name = "FILE")]
    verbs: Vec<PathBuf>,
}

impl Dictionaries {
    fn load(&self) -> Result<dyad_extract::UserDictionaries> {
        let read = |p: &PathBuf| std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()));
        Ok(dyad_extract::UserDictionaries {
            actors: self
                .actors
                .iter()
                .map(|p| Ok((p.display().to_string(), read(p)?)))
                .collect::<Result<_>>()?,
            agents: self.agents.iter().map(read).collect::<Result<_>>()?,
            verbs: self.verbs.iter().map(read).collect::<Result<_>>()?,
        })
    }

    fn extractor(&self, name: &str) -> Result<Arc<dyn dyad_core::Extract>> {
        let (e, notes) = registry::extractor_with(name, &self.load()?)?;
        for n in notes {
            eprintln!("dyad: dictionary {n}");
        }
        Ok(e)
    }
}

#[derive(Args, Debug)]
struct StageChoice {
    /// Normalizer implementation (see `dyad stages`).
    #[arg(long, default_value = "standard", env = "DYAD_NORMALIZER")]
    normalizer: String,
    /// Extractor implementation (see `dyad stages`).
    #[arg(long, default_value = "events", env = "DYAD_EXTRACTOR")]
    extractor: String,
    /// Report implementation (see `dyad stages`).
    #[arg(long, default_value = "files", env = "DYAD_REPORT")]
    report: String,
    /// Country (ISO 3166-1 alpha-3, e.g. KEN) the report is organised around [default: the
    /// country most present in the corpus].
    #[arg(long, env = "DYAD_FOCUS")]
    focus: Option<String>,
    #[command(flatten)]
    dictionaries: Dictionaries,
}

#[derive(Args, Debug)]
struct RunArgs {
    /// Files or directories to read (`-` for stdin).
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Output directory.
    #[arg(short, long, default_value = "out")]
    out: PathBuf,
    #[command(flatten)]
    stages: StageChoice,
    /// Largest single document read, in bytes; larger ones are listed as skipped.
    #[arg(long, default_value_t = dyad_ingest::Options::default().max_doc_bytes)]
    max_doc_bytes: u64,
    /// Documents per parallel batch (also the channel depth).
    #[arg(long, default_value_t = 64)]
    batch: usize,
}

#[derive(Args, Debug)]
struct IngestArgs {
    /// Files or directories to read (`-` for stdin).
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Output file (default: stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Largest single document read, in bytes.
    #[arg(long, default_value_t = dyad_ingest::Options::default().max_doc_bytes)]
    max_doc_bytes: u64,
}

#[derive(Args, Debug)]
struct FilterArgs {
    /// JSON Lines input (default: stdin).
    #[arg(default_value = "-")]
    input: String,
    /// Output file (default: stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Normalizer implementation (for `normalize`).
    #[arg(long, default_value = "standard", env = "DYAD_NORMALIZER")]
    normalizer: String,
    /// Extractor implementation (for `extract`).
    #[arg(long, default_value = "events", env = "DYAD_EXTRACTOR")]
    extractor: String,
    #[command(flatten)]
    dictionaries: Dictionaries,
}

#[derive(Args, Debug)]
struct ReportArgs {
    /// JSON Lines input (default: stdin).
    #[arg(default_value = "-")]
    input: String,
    /// Output directory.
    #[arg(short, long, default_value = "out")]
    out: PathBuf,
    /// Report implementation.
    #[arg(long, default_value = "files", env = "DYAD_REPORT")]
    report: String,
    /// Country (ISO 3166-1 alpha-3) the report is organised around [default: the country most
    /// present in the corpus].
    #[arg(long, env = "DYAD_FOCUS")]
    focus: Option<String>,
}

fn main() {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(io::stderr)
        .with_ansi(io::stderr().is_terminal())
        .init();
    if let Err(e) = dispatch(cli) {
        // A closed downstream pipe is how `dyad … | head` ends: not an error.
        if e.chain().any(|c| {
            c.downcast_ref::<io::Error>()
                .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
        }) {
            std::process::exit(0);
        }
        eprintln!("dyad: error: {e:#}");
        std::process::exit(1);
    }
}

fn dispatch(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Run(a) => run(a, cli.threads),
        Command::Ingest(a) => ingest(a),
        Command::Normalize(a) => normalize(a, cli.threads),
        Command::Extract(a) => extract(a, cli.threads),
        Command::Report(a) => report(a),
        Command::Ner { command } => ner::run(command, cli.threads),
        Command::Events { command } => events_eval::run(command, cli.threads),
        Command::Stages => {
            for (kind, list) in [
                ("normalize", registry::NORMALIZERS),
                ("extract", registry::EXTRACTORS),
                ("report", registry::REPORTS),
            ] {
                say!("{kind}:");
                for (name, what) in list {
                    say!("  {name:<10} {what}");
                }
            }
            Ok(())
        }
    }
}

/// A progress display that appears only on long runs and only on a terminal.
struct Progress {
    bar: indicatif::ProgressBar,
    started: Instant,
    shown: bool,
    counts: Counts,
}

impl Progress {
    fn new() -> Self {
        let bar = indicatif::ProgressBar::hidden();
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{spinner} {pos} documents ({per_sec}) {elapsed} {msg}")
        {
            bar.set_style(style);
        }
        Progress {
            bar,
            started: Instant::now(),
            shown: false,
            counts: Counts::default(),
        }
    }

    fn tick(&mut self, doc: &Annotated) {
        self.counts.add(&DocEntry::of(doc));
        self.bar.inc(1);
        if !self.shown && io::stderr().is_terminal() && self.started.elapsed() > Duration::from_secs(2) {
            self.bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(200));
            self.shown = true;
        }
        if self.counts.failed > 0 {
            self.bar.set_message(format!("{} failed", self.counts.failed));
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

fn run(a: RunArgs, threads: usize) -> Result<()> {
    let inputs: Vec<Input> = a.inputs.iter().map(|s| Input::parse(s)).collect();
    let source = Box::new(Ingest::new(
        inputs,
        dyad_ingest::Options {
            max_doc_bytes: a.max_doc_bytes,
        },
    ));
    let normalizer = registry::normalizer(&a.stages.normalizer)?;
    let extractor = a.stages.dictionaries.extractor(&a.stages.extractor)?;
    let sink = registry::report_with(&a.stages.report, &a.out, report_options(a.stages.focus.as_deref())?)?;
    let settings = Settings {
        threads,
        batch: a.batch,
        inputs: a.inputs.clone(),
    };
    let mut progress = Progress::new();
    let info = Pipeline::new(source, normalizer, extractor, sink).run(&settings, |d| progress.tick(d))?;
    progress.finish();
    say!("{}", dyad_report::summary_line(&progress.counts));
    say!(
        "wrote {}/ (report.html, report.md, dyad.sqlite, events.csv, events/mentions/documents/entities/quotes/amounts/projects .jsonl, manifest.json) in {:.2}s on {} threads",
        a.out.display(),
        info.wall_seconds,
        info.threads
    );
    Ok(())
}

fn writer(output: &Option<PathBuf>) -> Result<Box<dyn Write>> {
    Ok(match output {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

fn reader(input: &str) -> Result<(String, Box<dyn BufRead>)> {
    if input == "-" {
        Ok(("stdin".into(), Box::new(BufReader::new(io::stdin().lock()))))
    } else {
        let f = File::open(input).with_context(|| format!("cannot open {input}"))?;
        Ok((input.to_string(), Box::new(BufReader::new(f))))
    }
}

fn ingest(a: IngestArgs) -> Result<()> {
    let inputs: Vec<Input> = a.inputs.iter().map(|s| Input::parse(s)).collect();
    let mut out = writer(&a.output)?;
    let mut err = None;
    Ingest::new(
        inputs,
        dyad_ingest::Options {
            max_doc_bytes: a.max_doc_bytes,
        },
    )
    .run(&mut |d| match jsonl::write(&mut out, &d) {
        Ok(()) => Flow::Continue,
        Err(e) => {
            err = Some(e);
            Flow::Stop
        }
    })?;
    if let Some(e) = err {
        return Err(e).context("cannot write output");
    }
    out.flush().context("cannot write output")?;
    Ok(())
}

/// Reads records of type `T` from a JSON Lines input; a bad line becomes `on_bad(id, reason)`.
fn records<'a, T: serde::de::DeserializeOwned + 'a>(
    label: &'a str,
    r: Box<dyn BufRead + 'a>,
    on_bad: impl Fn(String, String) -> T + 'a,
) -> impl Iterator<Item = T> + 'a {
    jsonl::read::<T, _>(r).map(move |rec| match rec {
        Ok(t) => t,
        Err(e) => {
            tracing::warn!("{label}: {e}");
            on_bad(
                format!("{label}#L{}", e.line()),
                format!("unreadable input record: {e}"),
            )
        }
    })
}

fn bad_raw(id: String, reason: String) -> RawDocument {
    RawDocument::rejected(id, Status::Failed, reason, Meta::default())
}

fn filter<T, O>(
    input: &str,
    output: &Option<PathBuf>,
    threads: usize,
    bad: fn(String, String) -> T,
    f: impl Fn(T) -> O + Sync + Send,
) -> Result<()>
where
    T: serde::de::DeserializeOwned + Send,
    O: serde::Serialize + Send,
{
    let (label, r) = reader(input)?;
    let mut out = writer(output)?;
    let pool = thread_pool(threads)?;
    let mut err = None;
    dyad::map_ordered(&pool, 64, records(&label, r, bad), f, |o| {
        match jsonl::write(&mut out, &o) {
            Ok(()) => Flow::Continue,
            Err(e) => {
                err = Some(e);
                Flow::Stop
            }
        }
    });
    if let Some(e) = err {
        return Err(e).context("cannot write output");
    }
    out.flush().context("cannot write output")?;
    Ok(())
}

fn normalize(a: FilterArgs, threads: usize) -> Result<()> {
    let stage = registry::normalizer(&a.normalizer)?;
    filter(&a.input, &a.output, threads, bad_raw, |raw: RawDocument| {
        dyad::normalize_guarded(stage.as_ref(), raw)
    })
}

fn extract(a: FilterArgs, threads: usize) -> Result<()> {
    let stage = a.dictionaries.extractor(&a.extractor)?;
    let bad = |id, reason| Document::passthrough(bad_raw(id, reason));
    filter(&a.input, &a.output, threads, bad, |doc: Document| {
        dyad::extract_guarded(stage.as_ref(), doc)
    })
}

/// Report options from the command line; a focus must look like an ISO 3166-1 alpha-3 code.
fn report_options(focus: Option<&str>) -> Result<dyad_report::ReportOptions> {
    let focus = match focus.map(str::trim).filter(|f| !f.is_empty()) {
        Some(f) if f.len() == 3 && f.chars().all(|c| c.is_ascii_alphabetic()) => Some(f.to_ascii_uppercase()),
        Some(f) => anyhow::bail!("--focus {f:?}: expected a three-letter ISO 3166-1 code such as KEN"),
        None => None,
    };
    Ok(dyad_report::ReportOptions { focus })
}

fn report(a: ReportArgs) -> Result<()> {
    let started = Instant::now();
    let (label, r) = reader(&a.input)?;
    let mut sink = registry::report_with(&a.report, &a.out, report_options(a.focus.as_deref())?)?;
    let mut progress = Progress::new();
    let bad = |id, reason| Annotated::from(Document::passthrough(bad_raw(id, reason)));
    for doc in records(&label, r, bad) {
        progress.tick(&doc);
        sink.accept(doc)?;
    }
    progress.finish();
    let info = RunInfo {
        version: dyad::VERSION.to_string(),
        inputs: vec![a.input.clone()],
        threads: 1,
        wall_seconds: (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
        timings: Vec::new(),
    };
    sink.finish(&info)?;
    say!("{}", dyad_report::summary_line(&progress.counts));
    say!("wrote {}/", a.out.display());
    Ok(())
}

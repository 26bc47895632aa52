//! `dyad ner …`: train, evaluate and benchmark the entity tagger (used by `cargo xtask`).

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use dyad_core::stage::Flow;
use dyad_core::{Document, Normalize, Source, Status};
use dyad_tagger::conll::{self, Scores};
use dyad_tagger::lexicon::{CasingCounter, Entry, Lexicon};
use dyad_tagger::{clusters, train, Tagger};
use rayon::prelude::*;

#[derive(Subcommand, Debug)]
pub enum NerCommand {
    /// Train a model from CoNLL files (and unlabelled news for word statistics).
    Train(TrainArgs),
    /// Score a model on a CoNLL file (entity-level, exact span, as conlleval).
    Eval(EvalArgs),
    /// Measure tagging speed and memory on news text.
    Bench(BenchArgs),
}

#[derive(Args, Debug)]
pub struct TrainArgs {
    /// CoNLL training file.
    #[arg(long)]
    train: PathBuf,
    /// CoNLL development file, for choosing the epoch.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Unlabelled text (files or directories dyad can ingest) for casing statistics and clusters.
    #[arg(long)]
    unlabelled: Vec<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    /// Passes over the training data (the best epoch on the dev set is kept).
    #[arg(long, default_value_t = 20)]
    epochs: usize,
    /// Shuffling seed.
    #[arg(long, default_value_t = 2003)]
    seed: u64,
    /// Skip word clusters (faster training, lower accuracy).
    #[arg(long)]
    no_clusters: bool,
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// CoNLL file with gold labels.
    file: PathBuf,
    /// Model file (default: the built-in model).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// News files (JSONL, text, HTML, WARC) or directories.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Use at most this many documents.
    #[arg(long)]
    limit: Option<usize>,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

pub fn run(cmd: NerCommand, threads: usize) -> Result<()> {
    match cmd {
        NerCommand::Train(a) => train_cmd(a),
        NerCommand::Eval(a) => eval_cmd(a),
        NerCommand::Bench(a) => bench_cmd(a, threads),
    }
}

fn read_conll(path: &Path) -> Result<Vec<conll::Sentence>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(conll::parse(&text)?)
}

/// Normalized documents from inputs, in order.
fn documents(inputs: &[PathBuf], limit: Option<usize>) -> Result<Vec<Document>> {
    let inputs = inputs.iter().map(|p| dyad_ingest::Input::Path(p.clone())).collect();
    let mut raws = Vec::new();
    dyad_ingest::Ingest::new(inputs, dyad_ingest::Options::default()).run(&mut |d| {
        if d.status == Status::Ok {
            raws.push(d);
        }
        if limit.is_some_and(|l| raws.len() >= l) {
            Flow::Stop
        } else {
            Flow::Continue
        }
    })?;
    let norm = dyad_normalize::Normalizer::standard();
    Ok(raws
        .into_par_iter()
        .map(|r| norm.normalize(r))
        .filter(|d| d.status == Status::Ok)
        .collect())
}

fn train_cmd(a: TrainArgs) -> Result<()> {
    let started = Instant::now();
    let train_set = read_conll(&a.train)?;
    let dev_set = a.dev.as_deref().map(read_conll).transpose()?.unwrap_or_default();
    eprintln!("train: {} sentences; dev: {} sentences", train_set.len(), dev_set.len());

    let mut casing = CasingCounter::default();
    let mut counter = clusters::Counter::default();
    let docs = documents(&a.unlabelled, None)?;
    let mut unlabelled_tokens = 0usize;
    for d in &docs {
        for s in &d.sentences {
            let toks: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
            unlabelled_tokens += toks.len();
            casing.add_sentence(&toks);
            counter.add_sentence(&toks);
        }
    }
    for s in train_set.iter().chain(&dev_set) {
        let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        casing.add_sentence(&toks);
        counter.add_sentence(&toks);
    }
    eprintln!("unlabelled: {} documents, {unlabelled_tokens} tokens", docs.len());
    let mut lexicon = Lexicon::new();
    for (k, b) in casing.buckets(2) {
        lexicon.insert(
            k,
            Entry {
                casing: b,
                clusters: [0, 0],
            },
        );
    }
    if !a.no_clusters {
        let t = Instant::now();
        let cl = clusters::cluster(&counter, &clusters::Config::default());
        for (k, c0, c1) in &cl {
            let mut e = lexicon.get(*k).copied().unwrap_or_default();
            e.clusters = [*c0, *c1];
            lexicon.insert(*k, e);
        }
        eprintln!("clusters: {} words in {:.1}s", cl.len(), t.elapsed().as_secs_f64());
    }
    drop(counter);
    let cfg = train::Config {
        epochs: a.epochs,
        seed: a.seed,
    };
    let model = train::train(&train_set, &dev_set, &lexicon, &cfg, |r| match &r.dev {
        Some(s) => eprintln!(
            "epoch {:2}: {:5} sentences wrong; dev P {:.4} R {:.4} F1 {:.4}",
            r.epoch, r.mistakes, s.precision, s.recall, s.f1
        ),
        None => eprintln!("epoch {:2}: {:5} sentences wrong", r.epoch, r.mistakes),
    });
    let bytes = model.to_bytes()?;
    if let Some(parent) = a.out.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&a.out, &bytes).with_context(|| format!("cannot write {}", a.out.display()))?;
    eprintln!(
        "wrote {} ({:.2} MB, {} features, {} lexicon words) in {:.1}s",
        a.out.display(),
        bytes.len() as f64 / 1e6,
        model.index.len(),
        model.lexicon.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn load(model: &Option<PathBuf>) -> Result<(Tagger, f64)> {
    let t = Instant::now();
    let tagger = match model {
        Some(p) => Tagger::from_bytes(&std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?)?,
        None => Tagger::builtin()?,
    };
    Ok((tagger, t.elapsed().as_secs_f64()))
}

fn print_scores(s: &Scores) {
    println!(
        "{:<8} {:>9} {:>9} {:>9} {:>7} {:>7}",
        "type", "precision", "recall", "F1", "gold", "found"
    );
    for (k, p) in &s.per_type {
        println!(
            "{k:<8} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7}",
            p.precision, p.recall, p.f1, p.gold, p.predicted
        );
    }
    let o = &s.overall;
    println!(
        "{:<8} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7}",
        "overall", o.precision, o.recall, o.f1, o.gold, o.predicted
    );
    println!("token accuracy {:.4}", s.token_accuracy);
}

fn eval_cmd(a: EvalArgs) -> Result<()> {
    let gold = read_conll(&a.file)?;
    if gold.is_empty() {
        bail!("{} holds no sentences", a.file.display());
    }
    let (tagger, _) = load(&a.model)?;
    let scores = train::evaluate(&tagger, &gold);
    if a.json {
        println!("{}", serde_json::to_string(&scores)?);
    } else {
        println!("{}: {} sentences", a.file.display(), gold.len());
        print_scores(&scores);
    }
    Ok(())
}

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn bench_cmd(a: BenchArgs, threads: usize) -> Result<()> {
    let rss_start = peak_rss_mb();
    let (tagger, load_s) = load(&None)?;
    let rss_model = peak_rss_mb();
    let docs = documents(&a.inputs, a.limit)?;
    // Documents as lists of token lists: the tagger reads a document at a time.
    let corpus: Vec<Vec<Vec<&str>>> = docs
        .iter()
        .map(|d| {
            d.sentences
                .iter()
                .map(|s| s.tokens.iter().map(|t| t.text.as_str()).collect())
                .collect()
        })
        .collect();
    let sentences: usize = corpus.iter().map(Vec::len).sum();
    let tokens: usize = corpus.iter().flatten().map(Vec::len).sum();
    let bytes: usize = docs.iter().flat_map(|d| d.sentences.iter().map(|s| s.text.len())).sum();
    if tokens == 0 {
        bail!("no text to tag");
    }
    let tag = |doc: &Vec<Vec<&str>>| tagger.tag_document(doc).iter().map(Vec::len).sum::<usize>();
    // Warm-up, then one thread.
    let _ = corpus.iter().take(50).map(tag).sum::<usize>();
    let t = Instant::now();
    let n1: usize = corpus.iter().map(tag).sum();
    let one = t.elapsed().as_secs_f64();
    let pool = dyad::thread_pool(threads)?;
    let t = Instant::now();
    let nall: usize = pool.install(|| corpus.par_iter().map(tag).sum());
    let all = t.elapsed().as_secs_f64();
    // The whole extract stage (tagger + gazetteer + merging), one thread.
    // The clones are made before the clock starts: the pipeline hands documents over, it
    // does not copy them.
    let extractor = dyad::registry::extractor("events")?;
    let owned: Vec<Document> = docs.to_vec();
    let t = Instant::now();
    let mentions: usize = owned.into_iter().map(|d| extractor.extract(d).events.len()).sum();
    let extract_s = t.elapsed().as_secs_f64();
    let entities = dyad::registry::extractor("entities")?;
    let owned: Vec<Document> = docs.to_vec();
    let t = Instant::now();
    let _: usize = owned.into_iter().map(|d| entities.extract(d).mentions.len()).sum();
    let entities_s = t.elapsed().as_secs_f64();
    let report = serde_json::json!({
        "documents": docs.len(),
        "sentences": sentences,
        "tokens": tokens,
        "megabytes": bytes as f64 / 1e6,
        "model_load_ms": load_s * 1000.0,
        "model_memory_mb": match (rss_start, rss_model) { (Some(a), Some(b)) => Some(b - a), _ => None },
        "tagger_one_thread_tokens_per_s": n1 as f64 / one,
        "tagger_one_thread_mb_per_s": bytes as f64 / 1e6 / one,
        "tagger_threads": pool.current_num_threads(),
        "tagger_all_threads_tokens_per_s": nall as f64 / all,
        "tagger_all_threads_mb_per_s": bytes as f64 / 1e6 / all,
        "extract_stage_one_thread_tokens_per_s": tokens as f64 / extract_s,
        "extract_stage_event_mentions": mentions,
        "entities_only_one_thread_tokens_per_s": tokens as f64 / entities_s,
        "peak_rss_mb_including_corpus_in_memory": peak_rss_mb(),
    });
    if a.json {
        println!("{report}");
    } else {
        println!("{}", serde_json::to_string_pretty(&report)?);
    }
    Ok(())
}

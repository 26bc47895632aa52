//! Project automation: `cargo xtask <task>`. Dependency-free so it builds in seconds.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const HELP: &str = "\
cargo xtask <task> [args]

tasks:
  run [INPUT...] [-- DYAD-ARGS]   build dyad (release) and run the whole pipeline; default input seeds/, output out/
  test                            run the test suite exactly as CI does (`cargo test --workspace`)
  ci                              formatting, lints and tests, as .ci/run does
  train ner [ARGS]                train the entity tagger on ../shared (CoNLL-2003 train, dev for model
                                  selection, news for word statistics) into crates/tagger/model/ner.bin.gz
  eval ner FILE [--json]          entity-level P/R/F1 of the built-in tagger on a CoNLL file
  eval events FILE [--json]       PLOVER root accuracy, per-class and macro F1, actor-pair recall on PLV rows
  bench ner [--limit N] [--json]  tagger speed (tokens/s, MB/s, one and all cores), load time and memory
                                  on ../shared/data/news
";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

fn status(mut c: Command) -> Result<(), String> {
    let shown = format!("{c:?}");
    match c.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{shown} failed: {s}")),
        Err(e) => Err(format!("cannot start {shown}: {e}")),
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (inputs, rest): (Vec<String>, Vec<String>) = match args.iter().position(|a| a == "--") {
        Some(i) => (args[..i].to_vec(), args[i + 1..].to_vec()),
        None => (args.to_vec(), Vec::new()),
    };
    let inputs = if inputs.is_empty() {
        vec!["seeds".to_string()]
    } else {
        inputs
    };
    let mut a = vec!["run".to_string()];
    a.extend(inputs);
    if !rest.iter().any(|a| a == "-o" || a == "--out") {
        a.extend(["--out".to_string(), "out".to_string()]);
    }
    a.extend(rest);
    dyad(&a)
}

fn shared() -> Result<PathBuf, String> {
    let p = root().join("../shared");
    if p.is_dir() {
        Ok(p)
    } else {
        Err(format!(
            "{} not found: train, eval and bench read the shared data beside the project",
            p.display()
        ))
    }
}

/// `cargo run --release --bin dyad -- ARGS`
fn dyad(args: &[String]) -> Result<(), String> {
    let mut c = cargo();
    c.args([
        "run",
        "--release",
        "--quiet",
        "--package",
        "dyad",
        "--bin",
        "dyad",
        "--",
    ]);
    c.args(args);
    status(c)
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn train(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("ner") => {
            let sh = shared()?;
            let p = |rel: &str| sh.join(rel).display().to_string();
            let mut a = strings(&["ner", "train", "--train"]);
            a.push(p("data/conll2003/eng.train"));
            a.push("--dev".into());
            a.push(p("data/conll2003/eng.testa"));
            a.push("--unlabelled".into());
            a.push(p("data/news"));
            a.push("--out".into());
            a.push(root().join("crates/tagger/model/ner.bin.gz").display().to_string());
            a.extend(args[1..].iter().cloned());
            dyad(&a)
        }
        _ => Err(format!("usage: cargo xtask train ner [ARGS]\n\n{HELP}")),
    }
}

fn eval(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some(what @ ("ner" | "events")) if args.len() >= 2 => {
            let mut a = strings(&[what, "eval"]);
            a.extend(args[1..].iter().cloned());
            dyad(&a)
        }
        _ => Err(format!("usage: cargo xtask eval ner|events FILE [--json]\n\n{HELP}")),
    }
}

fn bench(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("ner") => {
            let sh = shared()?;
            let mut a = strings(&["ner", "bench"]);
            a.push(sh.join("data/news").display().to_string());
            a.extend(args[1..].iter().cloned());
            dyad(&a)
        }
        _ => Err(format!("usage: cargo xtask bench ner [--limit N] [--json]\n\n{HELP}")),
    }
}

fn test() -> Result<(), String> {
    let mut c = cargo();
    c.args(["test", "--workspace"]);
    status(c)
}

fn ci() -> Result<(), String> {
    let mut c = cargo();
    c.args(["fmt", "--all", "--check"]);
    status(c)?;
    let mut c = cargo();
    c.args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]);
    status(c)?;
    test()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test(),
        Some("ci") => ci(),
        Some("train") => train(&args[1..]),
        Some("eval") => eval(&args[1..]),
        Some("bench") => bench(&args[1..]),
        Some("help" | "-h" | "--help") | None => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => Err(format!("unknown task {other:?}\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

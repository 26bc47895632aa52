//! Helpers shared by the end-to-end tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Every output file but the manifest (whose `run` block holds timings): all byte-for-byte
/// reproducible.
pub const OUTPUT_FILES: &[&str] = &[
    "documents.jsonl",
    "entities.jsonl",
    "mentions.jsonl",
    "quotes.jsonl",
    "amounts.jsonl",
    "projects.jsonl",
    "events.jsonl",
    "events.csv",
    "dyad.sqlite",
    "report.md",
    "report.html",
];

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The seed articles.
pub fn seeds() -> PathBuf {
    root().join("seeds")
}

/// A `dyad` command.
pub fn dyad() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dyad"));
    c.env_remove("DYAD_THREADS")
        .env_remove("DYAD_NORMALIZER")
        .env_remove("DYAD_EXTRACTOR")
        .env_remove("RUST_LOG");
    c
}

/// Runs a command to completion within `limit`, killing it and failing the test otherwise.
/// Its output is drained while it runs, so a child writing more than a pipe holds (a dumped
/// DOM) cannot block.
pub fn run_within(mut cmd: Command, limit: Duration) -> Output {
    use std::io::Read;
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn dyad");
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return Output {
                status,
                stdout: out.join().expect("stdout reader"),
                stderr: err.join().expect("stderr reader"),
            };
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("{cmd:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs `dyad run INPUT -o OUT ARGS…` and asserts success.
pub fn run_pipeline(input: &Path, out: &Path, args: &[&str]) -> Output {
    let mut c = dyad();
    c.arg("run").arg(input).arg("-o").arg(out).args(args);
    let o = run_within(c, Duration::from_secs(300));
    assert!(
        o.status.success(),
        "dyad run failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// Reads a JSON Lines file as JSON values.
pub fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}

/// Reads the manifest.
pub fn manifest(out: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).expect("manifest")).expect("manifest JSON")
}

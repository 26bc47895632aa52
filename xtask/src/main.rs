//! Project automation: `cargo xtask <task>`. Dependency-free so it builds in seconds.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const HELP: &str = "\
cargo xtask <task> [args]

tasks:
  run [INPUT...] [-- DYAD-ARGS]   build dyad (release) and run the whole pipeline; default input seeds/, output out/
  test                            run the test suite exactly as CI does (`cargo test --workspace`)
  ci                              formatting, lints and tests, as .ci/run does
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
        "run",
    ]);
    c.args(&inputs);
    if !rest.iter().any(|a| a == "-o" || a == "--out") {
        c.args(["--out", "out"]);
    }
    c.args(&rest);
    status(c)
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
    c.args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    status(c)?;
    test()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test(),
        Some("ci") => ci(),
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

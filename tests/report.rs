//! The merged reports on the seeds: merging, CSV, SQLite, Markdown and HTML (opened in headless
//! Chromium when it is installed; `.ci/run` installs it, and in CI its absence fails).
//!
//! Review snapshot changes with `cargo insta review`; in CI (`CI=true`) a change fails.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use common::*;
use serde_json::Value;

/// One run of the pipeline on the seeds, shared by the tests of this file.
fn seeds_out() -> &'static Path {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &OUT.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        run_pipeline(&seeds(), &out, &[]);
        (tmp, out)
    })
    .1
}

fn events(out: &Path) -> Vec<Value> {
    read_jsonl(&out.join("events.jsonl"))
}

fn names(e: &Value) -> (String, String) {
    let n = |v: &Value| v["name"].as_str().unwrap_or("").to_string();
    (n(&e["source"]), n(&e["target"]))
}

#[test]
fn the_xi_ruto_meeting_is_one_event_with_two_mentions() {
    let evs = events(seeds_out());
    let xi_ruto: Vec<&Value> = evs
        .iter()
        .filter(|e| {
            let (s, t) = names(e);
            e["type"] == "CONSULT"
                && [s.as_str(), t.as_str()].contains(&"Xi Jinping")
                && [s, t].contains(&"William Ruto".into())
        })
        .collect();
    assert_eq!(xi_ruto.len(), 1, "{xi_ruto:#?}");
    let e = xi_ruto[0];
    assert_eq!(e["date"]["value"], "2024-09-03");
    assert_eq!(e["modality"], "occurred");
    assert_eq!(e["num_mentions"], 2);
    assert_eq!(e["num_documents"], 2);
    assert_eq!(e["planned_then_held"], true);
    let docs: Vec<&str> = e["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["doc_id"].as_str().unwrap())
        .collect();
    assert!(docs[0].starts_with("000_") && docs[1].starts_with("002_"), "{docs:?}");
    let why = e["mentions"][1]["reasons"].as_array().unwrap();
    assert!(
        why.iter().any(|w| w.as_str().unwrap().contains("planned in 000_")),
        "{why:?}"
    );
    // Every mention of the run belongs to exactly one event.
    let mentions = read_jsonl(&seeds_out().join("mentions.jsonl"));
    let primaries = mentions.iter().filter(|m| m["mirror_of"].is_null()).count();
    let listed: usize = evs.iter().map(|e| e["mentions"].as_array().unwrap().len()).sum();
    assert_eq!(primaries, listed);
}

#[test]
fn each_partner_has_its_timeline() {
    let md = std::fs::read_to_string(seeds_out().join("report.md")).unwrap();
    for partner in ["China", "United States", "Kazakhstan"] {
        assert!(
            md.contains(&format!("### Timeline: Kenya – {partner}")),
            "no timeline for {partner}"
        );
    }
    assert!(md.contains("Focus: **Kenya** (KEN), the country most present in the corpus"));
}

#[test]
fn report_markdown_snapshot() {
    let md = std::fs::read_to_string(seeds_out().join("report.md")).unwrap();
    insta::assert_snapshot!("report_md", md);
}

#[test]
fn events_csv_snapshot() {
    let csv = std::fs::read_to_string(seeds_out().join("events.csv")).unwrap();
    insta::assert_snapshot!("events_csv", csv);
}

#[test]
fn sqlite_schema_snapshot_and_contents() {
    let db = rusqlite::Connection::open(seeds_out().join("dyad.sqlite")).unwrap();
    let mut st = db
        .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")
        .unwrap();
    let schema: Vec<String> = st
        .query_map([], |r| {
            Ok(format!(
                "-- {} {}\n{};",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    insta::assert_snapshot!("sqlite_schema", schema.join("\n\n"));
    let count = |sql: &str| db.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    let evs = events(seeds_out());
    assert_eq!(count("SELECT count(*) FROM events") as usize, evs.len());
    assert_eq!(count("SELECT count(*) FROM documents"), 5);
    // Referential integrity: every mention's event and actors exist.
    assert_eq!(
        count("SELECT count(*) FROM mentions m LEFT JOIN events e USING (event_id) WHERE e.event_id IS NULL"),
        0
    );
    assert_eq!(
        count("SELECT count(*) FROM mentions m LEFT JOIN actors a ON a.actor_id = m.source_actor WHERE a.actor_id IS NULL"),
        0
    );
    let violations = db
        .prepare("PRAGMA foreign_key_check")
        .unwrap()
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .count();
    assert_eq!(violations, 0, "foreign key violations");
    let merged: i64 = db
        .query_row(
            "SELECT num_mentions FROM events e JOIN actors s ON s.actor_id = e.source_actor JOIN actors t ON t.actor_id = e.target_actor
             WHERE e.date = '2024-09-03' AND e.plover_type = 'CONSULT' AND 'Xi Jinping' IN (s.name, t.name)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(merged, 2);
    let months =
        count("SELECT count(*) FROM country_dyads_by_month WHERE source_country = 'KEN' OR target_country = 'KEN'");
    assert!(months > 0);
}

/// `(partner, number of marks)` for each timeline in an HTML document.
fn timeline_marks(html: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<svg class=\"timeline\"") {
        rest = &rest[i..];
        let end = rest.find("</svg>").unwrap_or(rest.len());
        let svg = &rest[..end];
        let partner = svg
            .split("data-partner=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or("")
            .to_string();
        out.push((partner, svg.matches("class=\"mark ").count()));
        rest = &rest[end..];
    }
    out
}

/// Merged events per partner of Kenya, counted from events.jsonl.
fn partner_events(out: &Path) -> std::collections::BTreeMap<String, usize> {
    let mut m = std::collections::BTreeMap::new();
    // (As the report keys partners: country, else code, else name.)
    let side = |a: &Value| {
        a["country"]
            .as_str()
            .or(a["code"].as_str())
            .or(a["name"].as_str())
            .unwrap_or("")
            .to_string()
    };
    for e in events(out) {
        if e["target"].is_null() {
            continue;
        }
        let (s, t) = (side(&e["source"]), side(&e["target"]));
        if s == "KEN" && t != "KEN" {
            *m.entry(t).or_default() += 1;
        } else if t == "KEN" && s != "KEN" {
            *m.entry(s).or_default() += 1;
        }
    }
    m
}

#[test]
fn html_rows_link_to_their_sentences_and_timelines_have_one_mark_per_event() {
    let out = seeds_out();
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    let marks: std::collections::BTreeMap<String, usize> = timeline_marks(&html).into_iter().collect();
    assert_eq!(marks, partner_events(out));
    for p in ["CHN", "USA", "KAZ"] {
        assert!(marks.contains_key(p), "no timeline for {p}");
    }
    // Every event row links to at least one evidence sentence, and every link has a target.
    let n = events(out).len();
    for id in 1..=n {
        let start = html
            .find(&format!("<tr id=\"event-{id}\""))
            .unwrap_or_else(|| panic!("no row for event {id}"));
        let row = &html[start..start + html[start..].find("</tr>").unwrap()];
        let links: Vec<&str> = row
            .split("href=\"#")
            .skip(1)
            .map(|s| s.split('"').next().unwrap())
            .collect();
        assert!(!links.is_empty(), "event {id} links to no sentence");
        for l in links {
            assert!(
                html.contains(&format!("<mark id=\"{l}\">")),
                "event {id}: no sentence {l}"
            );
        }
    }
    assert!(!html.contains("<script"), "the report carries no script");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "the report loads nothing"
    );
}

#[test]
fn article_markup_is_escaped_everywhere() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("evil.txt"),
        "Kenyan President William Ruto met Chinese President Xi Jinping <script>document.title='pwned'</script> in Beijing on Sept. 3, 2024.\n\n\
         \"We <img src=x onerror=alert(1)> agree,\" Ruto said of the <b>Nairobi Expressway</b> | a $5 billion deal.\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    run_pipeline(&input, &out, &[]);
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script") && !lower.contains("<img") && !lower.contains("<b>"));
    assert!(html.contains("&lt;script&gt;"));
    let md = std::fs::read_to_string(out.join("report.md")).unwrap().to_lowercase();
    assert!(!md.contains("<script") && !md.contains("<img"));
    if let Some(chromium) = chromium() {
        let dom = headless(&chromium, &out.join("report.html"), &["--dump-dom"]).0;
        // The script is text on the page, never an element, and never ran.
        assert!(!dom.to_lowercase().contains("<script"));
        assert!(dom.contains("<title>dyad report") && !dom.contains("<title>pwned"));
    }
}

/// The Chromium binary, if installed. In CI its absence is a failure.
fn chromium() -> Option<PathBuf> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if let Ok(o) = Command::new("which").arg(name).output() {
            if o.status.success() {
                return Some(PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
            }
        }
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "headless Chromium is required in CI (.ci/run installs the Debian package `chromium`)"
    );
    eprintln!("chromium not installed: skipping the browser check");
    None
}

/// Runs headless Chromium on a file; returns stdout and stderr.
fn headless(chromium: &Path, file: &Path, args: &[&str]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let mut c = Command::new(chromium);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--enable-logging=stderr",
        "--v=0",
    ])
    .arg(format!("--user-data-dir={}", profile.path().display()))
    .args(args)
    .arg(format!("file://{}", file.display()));
    let o = run_within(c, Duration::from_secs(120));
    assert!(
        o.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn report_opens_in_headless_chromium_without_errors() {
    let Some(chromium) = chromium() else {
        return;
    };
    let out = seeds_out();
    let file = out.join("report.html");
    let (dom, log) = headless(&chromium, &file, &["--dump-dom"]);
    let console: Vec<&str> = log.lines().filter(|l| l.contains("CONSOLE")).collect();
    assert!(console.is_empty(), "console messages: {console:#?}");
    // The DOM the browser built has one mark per merged event on each partner's timeline.
    let marks: std::collections::BTreeMap<String, usize> = timeline_marks(&dom).into_iter().collect();
    assert_eq!(marks, partner_events(out));
    assert!(dom.contains("id=\"event-1\""));
    // A screenshot, kept as a test artifact.
    let artifacts = root().join("target").join("test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let shot = artifacts.join("report.png");
    let _ = std::fs::remove_file(&shot);
    headless(
        &chromium,
        &file,
        &[
            "--window-size=1300,2400",
            "--hide-scrollbars",
            &format!("--screenshot={}", shot.display()),
        ],
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "screenshot missing or empty"
    );
}

#[test]
fn focus_organises_the_report_around_another_country() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    run_pipeline(&seeds(), &out, &["--focus", "usa"]);
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(
        md.starts_with("# dyad report: United States (USA) and its partners"),
        "{}",
        &md[..80]
    );
    assert!(md.contains("### Timeline: United States – Kenya"));
    assert!(!md.contains("the country most present"));
    let mut bad = dyad();
    bad.args(["run"])
        .arg(seeds())
        .arg("-o")
        .arg(tmp.path().join("bad"))
        .args(["--focus", "Kenya"]);
    let o = run_within(bad, Duration::from_secs(60));
    assert!(!o.status.success(), "a focus that is not an ISO code is refused");
}

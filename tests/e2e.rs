//! End-to-end: the `dyad` binary on the seeds, on hostile inputs, in parallel and in pipes.

mod common;

use std::io::Write;
use std::process::Stdio;
use std::time::Duration;

use common::*;

fn doc<'a>(docs: &'a [serde_json::Value], id: &str) -> &'a serde_json::Value {
    docs.iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no document {id}"))
}

#[test]
fn seeds_flow_through_every_stage() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = run_pipeline(&seeds(), &out, &[]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("5 documents: 5 processed, 0 skipped, 0 failed"),
        "{stdout}"
    );

    let docs = read_jsonl(&out.join("documents.jsonl"));
    assert_eq!(docs.len(), 5);
    for (id, date) in [
        ("000_474bbd1e6b26b90d.txt", "2024-09-01"),
        ("001_044e6011d977e086.txt", "2023-07-24"),
        ("002_4c7177a4660a4000.txt", "2024-09-03"),
    ] {
        assert_eq!(doc(&docs, id)["meta"]["published"], date, "{id}");
    }
    let d2 = doc(&docs, "002_4c7177a4660a4000.txt");
    assert_eq!(d2["dateline"]["place"], "BEIJING");
    assert_eq!(d2["dateline"]["agency"], "Xinhua");
    assert_eq!(d2["dateline"]["date"], "2024-09-03");

    // No sentence ends right after "Sept."
    for d in &docs {
        for s in d["sentences"].as_array().unwrap() {
            let text = s["text"].as_str().unwrap();
            assert!(!text.trim_end().ends_with("Sept."), "split after Sept.: {text}");
        }
    }
    // Trailers and the caption credit are boilerplate, not sentences.
    let rules = |id: &str| -> Vec<(String, String)> {
        doc(&docs, id)["boilerplate"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| {
                (
                    b["rule"].as_str().unwrap().to_string(),
                    b["text"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert!(rules("002_4c7177a4660a4000.txt").contains(&("photo-credit".into(), "(Xinhua/Huang Jingwen)".into())));
    let r3 = rules("003_5c2712d2ffabaa4f.txt");
    assert!(r3.iter().any(|(_, t)| t == "Comments (0)"));
    assert!(r3.iter().any(|(_, t)| t.starts_with("Follow Daryo")));
    assert!(rules("004_f5399ac495512006.txt")
        .iter()
        .any(|(_, t)| t == "Leave a Reply"));
    for d in &docs {
        for s in d["sentences"].as_array().unwrap() {
            let t = s["text"].as_str().unwrap();
            assert!(
                !t.contains("Jingwen") && !t.contains("Comments (0)") && !t.contains("Leave a Reply"),
                "{t}"
            );
        }
    }

    // Every span points at the text it claims to cover.
    for d in &docs {
        let text: Vec<char> = d["text"].as_str().unwrap().chars().collect();
        for s in d["sentences"].as_array().unwrap() {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(text[a..b].iter().collect::<String>(), s["text"].as_str().unwrap());
        }
    }
    let ents = read_jsonl(&out.join("entities.jsonl"));
    assert!(ents
        .iter()
        .any(|e| e["text"] == "Kenyan" && e["country"] == "KEN" && e["source"] == "gazetteer"));
    assert!(ents
        .iter()
        .any(|e| e["text"] == "Xi Jinping" && e["kind"] == "PER" && e["source"] == "tagger"));
    assert!(ents.iter().any(|e| e["text"] == "Marco Rubio" && e["kind"] == "PER"));
    // The photographer credited in 002's caption is not an entity.
    assert!(!ents.iter().any(|e| e["text"].as_str().unwrap().contains("Jingwen")));
    for e in &ents {
        let d = doc(&docs, e["doc_id"].as_str().unwrap());
        let text: Vec<char> = d["text"].as_str().unwrap().chars().collect();
        let (a, b) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        let got: String = text[a..b].iter().collect();
        assert_eq!(got.replace('’', "'"), e["text"].as_str().unwrap());
    }

    // Event mentions: the Xi-Ruto meeting is planned in 000 and reported held in 002.
    let events = read_jsonl(&out.join("mentions.jsonl"));
    let xi_ruto = |e: &serde_json::Value| {
        let names = [
            e["source"]["name"].as_str().unwrap_or(""),
            e["target"]["name"].as_str().unwrap_or(""),
        ];
        names.contains(&"Xi Jinping") && names.contains(&"William Ruto")
    };
    assert!(events.iter().any(|e| e["doc_id"] == "002_4c7177a4660a4000.txt"
        && e["type"] == "CONSULT"
        && e["modality"] == "occurred"
        && e["date"]["value"] == "2024-09-03"
        && xi_ruto(e)));
    assert!(events.iter().any(|e| e["doc_id"] == "000_474bbd1e6b26b90d.txt"
        && e["type"] == "AGREE"
        && e["base_type"] == "CONSULT"
        && e["modality"] == "planned"
        && xi_ruto(e)));
    assert!(!events
        .iter()
        .any(|e| e["doc_id"] == "000_474bbd1e6b26b90d.txt" && e["type"] == "CONSULT" && xi_ruto(e)));
    for e in &events {
        let d = doc(&docs, e["doc_id"].as_str().unwrap());
        let text: Vec<char> = d["text"].as_str().unwrap().chars().collect();
        let ev = &e["evidence"];
        let (a, b) = (
            ev["sentence_start"].as_u64().unwrap() as usize,
            ev["sentence_end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text[a..b].iter().collect::<String>(), ev["text"].as_str().unwrap());
    }

    let m = manifest(&out);
    assert_eq!(m["counts"]["processed"], 5);
    assert_eq!(m["dyad_version"], env!("CARGO_PKG_VERSION"));
    assert!(m["run"]["timings"].as_array().unwrap().len() == 4);
}

#[test]
fn output_is_identical_for_any_thread_count_and_batch() {
    let tmp = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for (threads, batch) in [("1", "64"), ("2", "1"), ("4", "3")] {
        let out = tmp.path().join(format!("out{threads}"));
        run_pipeline(&seeds(), &out, &["-j", threads, "--batch", batch]);
        let files: Vec<Vec<u8>> = common::OUTPUT_FILES
            .iter()
            .map(|f| std::fs::read(out.join(f)).unwrap())
            .collect();
        let mut m = manifest(&out);
        m["run"] = serde_json::Value::Null;
        outputs.push((files, m));
    }
    assert!(
        outputs.windows(2).all(|w| w[0] == w[1]),
        "outputs differ between thread counts"
    );
}

/// Writes one of every kind of awkward input.
fn hostile_inputs(dir: &std::path::Path) -> Vec<&'static str> {
    std::fs::create_dir_all(dir).unwrap();
    let w = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    w("empty.txt", b"");
    let noise: Vec<u8> = (0..65536u32)
        .map(|i| (i.wrapping_mul(2654435761).rotate_left(7) >> 11) as u8)
        .collect();
    w("random.bin", &noise);
    w(
        "latin1.txt",
        b"The minister\x92s caf\xe9 meeting in Nairobi on Monday was \x93productive\x94, officials said.",
    );
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(
        "Kenya and Kazakhstan signed a trade deal in Astana on Monday."
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    w("utf16.txt", &utf16);
    w(
        "crlf.txt",
        b"Ruto met Xi in Beijing.\r\n\r\nThe two leaders discussed trade.\r\n",
    );
    let line = "Kenya and China discussed trade and railways on Tuesday ".repeat(10 * 1024 * 1024 / 56 + 1);
    w("huge-line.txt", line.as_bytes());
    w("page.html", include_bytes!("fixtures/article.html"));
    w(
        "bad.jsonl",
        b"{\"id\": \"ok-1\", \"text\": \"Kenya hosted talks.\"}\n{not json}\n{\"id\": \"no-text\"}\n",
    );
    // A gzipped WARC with one complete record and a truncated second one.
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{}",
        include_str!("fixtures/article.html")
    );
    let rec = |id: &str| {
        format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n", http.len())
    };
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(rec("r1").as_bytes()).unwrap();
    let mut raw = gz.finish().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(rec("r2").as_bytes()).unwrap();
    let second = gz.finish().unwrap();
    raw.extend_from_slice(&second[..second.len() / 2]);
    w("crawl.warc.gz", &raw);
    vec![
        "empty.txt",
        "random.bin",
        "latin1.txt",
        "utf16.txt",
        "crlf.txt",
        "huge-line.txt",
        "page.html",
        "bad.jsonl",
        "crawl.warc.gz",
    ]
}

#[test]
fn hostile_inputs_are_all_accounted_for() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("bad");
    let files = hostile_inputs(&input);
    let out = tmp.path().join("out");
    let mut c = dyad();
    c.arg("run").arg(&input).arg("-o").arg(&out);
    let o = run_within(c, Duration::from_secs(240));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let m = manifest(&out);
    let entries = m["documents"].as_array().unwrap();
    for f in &files {
        assert!(
            entries
                .iter()
                .any(|e| e["path"].as_str().is_some_and(|p| p.ends_with(f))),
            "{f} missing from the manifest"
        );
    }
    let by_id = |id: &str| {
        entries
            .iter()
            .find(|e| e["id"] == id)
            .unwrap_or_else(|| panic!("no entry {id}"))
    };
    assert_eq!(by_id("empty.txt")["status"], "skipped");
    assert_eq!(by_id("random.bin")["status"], "skipped");
    assert!(by_id("random.bin")["reason"].as_str().unwrap().contains("binary"));
    assert_eq!(by_id("latin1.txt")["status"], "processed");
    assert_eq!(by_id("latin1.txt")["encoding"], "windows-1252");
    assert_eq!(by_id("utf16.txt")["encoding"], "UTF-16LE");
    assert_eq!(by_id("crlf.txt")["sentences"], 2);
    assert_eq!(by_id("huge-line.txt")["status"], "processed");
    assert_eq!(by_id("page.html")["status"], "processed");
    assert_eq!(by_id("ok-1")["status"], "processed");
    assert_eq!(by_id("bad.jsonl#L2")["status"], "failed");
    assert_eq!(by_id("no-text")["status"], "failed");
    assert_eq!(by_id("urn:uuid:r1")["status"], "processed");
    let truncated = entries
        .iter()
        .find(|e| e["path"].as_str().is_some_and(|p| p.ends_with("crawl.warc.gz")) && e["status"] == "failed");
    assert!(
        truncated.is_some_and(|e| e["reason"].as_str().unwrap().contains("WARC")),
        "truncated WARC record not reported"
    );
    let c = &m["counts"];
    assert_eq!(c["documents"].as_u64(), Some(entries.len() as u64));
}

fn pipe(cmds: Vec<std::process::Command>) -> std::process::Output {
    let mut children = Vec::new();
    let mut prev: Option<std::process::ChildStdout> = None;
    let n = cmds.len();
    for (i, mut c) in cmds.into_iter().enumerate() {
        if let Some(p) = prev.take() {
            c.stdin(Stdio::from(p));
        }
        c.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn");
        if i + 1 < n {
            prev = child.stdout.take();
        }
        children.push(child);
    }
    let last = children.pop().unwrap();
    let out = last.wait_with_output().unwrap();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    out
}

#[test]
fn stages_compose_through_pipes() {
    let tmp = tempfile::tempdir().unwrap();
    let direct = tmp.path().join("direct");
    run_pipeline(&seeds(), &direct, &[]);
    let piped = tmp.path().join("piped");
    let mut ingest = dyad();
    ingest.arg("ingest").arg(seeds());
    let mut normalize = dyad();
    normalize.arg("normalize");
    let mut extract = dyad();
    extract.arg("extract");
    let mut report = dyad();
    report.arg("report").arg("-o").arg(&piped);
    let o = pipe(vec![ingest, normalize, extract, report]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for f in common::OUTPUT_FILES {
        assert_eq!(
            std::fs::read(direct.join(f)).unwrap(),
            std::fs::read(piped.join(f)).unwrap(),
            "{f} differs"
        );
    }
    let (mut a, mut b) = (manifest(&direct), manifest(&piped));
    a["run"] = serde_json::Value::Null;
    b["run"] = serde_json::Value::Null;
    assert_eq!(a, b);
}

#[test]
fn an_external_program_replaces_a_stage() {
    // The README's worked example: a Python extractor between normalize and report.
    let python = ["python3", "python"].into_iter().find(|p| {
        std::process::Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let Some(python) = python else {
        eprintln!("skipped: no python on this machine");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let mut ingest = dyad();
    ingest.arg("ingest").arg(seeds());
    let mut normalize = dyad();
    normalize.arg("normalize");
    let mut mine = std::process::Command::new(python);
    mine.arg(root().join("examples/capitalised_extractor.py"));
    let mut report = dyad();
    report.arg("report").arg("-o").arg(&out);
    let o = pipe(vec![ingest, normalize, mine, report]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let ents = read_jsonl(&out.join("entities.jsonl"));
    assert!(ents.iter().all(|e| e["source"] == "capitalised_extractor.py"));
    assert!(ents.iter().any(|e| e["text"] == "Ruto"));
    assert_eq!(manifest(&out)["counts"]["processed"], 5);
}

#[test]
fn stages_are_chosen_by_name() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    run_pipeline(&seeds(), &out, &["--normalizer", "minimal", "--extractor", "none"]);
    assert_eq!(std::fs::read_to_string(out.join("entities.jsonl")).unwrap(), "");
    let docs = read_jsonl(&out.join("documents.jsonl"));
    assert!(docs.iter().all(|d| d["boilerplate"].as_array().unwrap().is_empty()));
    let timings = manifest(&out)["run"]["timings"].clone();
    assert_eq!(timings[1]["name"], "minimal");
    assert_eq!(timings[2]["name"], "none");

    let mut c = dyad();
    c.arg("run")
        .arg(seeds())
        .arg("-o")
        .arg(tmp.path().join("x"))
        .arg("--extractor")
        .arg("nope");
    let o = run_within(c, Duration::from_secs(60));
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("available: entities, gazetteer, none"));
}

#[test]
fn missing_input_is_reported_not_fatal() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    run_pipeline(&tmp.path().join("does-not-exist"), &out, &[]);
    let m = manifest(&out);
    assert_eq!(m["counts"]["failed"], 1);
}

#[test]
fn user_dictionaries_are_applied_by_date() {
    let tmp = tempfile::tempdir().unwrap();
    let dict = tmp.path().join("leaders.actors");
    std::fs::write(
        &dict,
        "# a PETRARCH-format actor dictionary\nKASSYM-JOMART_TOKAYEV_\n+TOKAYEV_\n\t[KAZGOVFRM 990101-190319]\n\t[KAZGOV >190320]\n",
    )
    .unwrap();
    let agents = tmp.path().join("agents.txt");
    std::fs::write(&agents, "!PERSON! = MAN, WOMAN\nTRADE!PERSON! [~BUS]\n").unwrap();
    let out = tmp.path().join("out");
    run_pipeline(
        &seeds(),
        &out,
        &["--actors", dict.to_str().unwrap(), "--agents", agents.to_str().unwrap()],
    );
    let ents = read_jsonl(&out.join("entities.jsonl"));
    let tokayev: Vec<&serde_json::Value> = ents.iter().filter(|e| e["text"] == "Tokayev").collect();
    assert!(!tokayev.is_empty());
    // 003 has no date: the latest role applies.
    assert!(tokayev
        .iter()
        .all(|e| e["code"] == "KAZGOV" && e["kind"] == "ACTOR" && e["country"] == "KAZ"));

    let mut c = dyad();
    c.arg("run")
        .arg(seeds())
        .arg("-o")
        .arg(tmp.path().join("x"))
        .arg("--extractor")
        .arg("entities")
        .arg("--actors")
        .arg(&dict);
    let o = run_within(c, Duration::from_secs(60));
    assert!(!o.status.success(), "dictionaries need the events extractor");
}

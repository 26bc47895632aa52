#!/usr/bin/env python3
"""A stand-in extract stage for dyad, in Python: the README's stage-swapping example.

Reads normalized documents (JSON Lines) on stdin and writes them to stdout with a
"mentions" list added: every run of capitalised tokens inside a sentence, as an entity of
kind MISC. Documents whose status is not "ok" pass through untouched, so the report still
accounts for them.

    dyad ingest seeds/ | dyad normalize | python3 examples/capitalised_extractor.py | dyad report -o out/
"""
import json
import sys

for line in sys.stdin:
    if not line.strip():
        continue
    doc = json.loads(line)
    mentions = []
    if doc.get("status", "ok") == "ok":
        for i, sentence in enumerate(doc.get("sentences", [])):
            run = []
            for tok in sentence["tokens"] + [None]:
                if tok is not None and tok["text"][:1].isupper() and tok["text"].isalpha():
                    run.append(tok)
                    continue
                if run and not (len(run) == 1 and run[0]["start"] == sentence["start"]):
                    mentions.append({
                        "start": run[0]["start"],
                        "end": run[-1]["end"],
                        "sentence": i,
                        "text": " ".join(t["text"] for t in run),
                        "kind": "MISC",
                        "source": "capitalised_extractor.py",
                    })
                run = []
    doc["mentions"] = mentions
    sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")

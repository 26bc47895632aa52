//! `report.md`: the report as Markdown tables, every event with its evidence sentences quoted
//! and located (document id, sentence, character offsets). Text from articles is escaped so
//! that no Markdown renderer turns it into markup.

use std::fmt::Write;

use crate::view::{actor_label, date_label, event_label, modality_label, View};
use crate::Lookup;

/// Most documents listed in the reports' document tables.
pub const MAX_DOC_ROWS: usize = 2000;

/// Makes article text safe inside a Markdown table cell or paragraph.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '*' | '_' | '`' | '[' | ']' | '\\' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A document id or other identifier as an inline code span (no escapes inside code spans,
/// so backticks become quotes; pipes stay escaped for tables).
pub fn code(s: &str) -> String {
    format!(
        "`{}`",
        s.replace('`', "'").replace('|', "\\|").replace(['\n', '\r'], " ")
    )
}

/// A Markdown table: header, separator, one line per row (cells already escaped).
fn table(o: &mut String, head: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    let _ = writeln!(o, "| {} |\n|{}", head.join(" | "), " --- |".repeat(head.len()));
    for r in rows {
        let _ = writeln!(o, "| {} |", r.join(" | "));
    }
}

/// Renders the report.
pub fn render(v: &View, lookup: &Lookup) -> String {
    let mut o = String::new();
    let c = v.corpus;
    let events = &v.merged.events;
    let _ = writeln!(
        o,
        "# dyad report{}",
        match &v.focus {
            Some(f) => format!(": {} ({f}) and its partners", esc(v.focus_name())),
            None => String::new(),
        }
    );
    let processed = c.docs.iter().filter(|d| d.status == "processed").count();
    let _ = writeln!(
        o,
        "\n{} documents ({} processed, {} not: see `manifest.json`), {} sentences; {} event mentions merged into {} events; {} quotations, {} amounts, {} project and agreement mentions.",
        c.docs.len(),
        processed,
        c.docs.len() - processed,
        c.docs.iter().map(|d| d.sentences).sum::<usize>(),
        c.mentions.len(),
        events.len(),
        c.quotes.len(),
        c.amounts.len(),
        c.projects.len()
    );
    if let Some(f) = &v.focus {
        let _ = writeln!(
            o,
            "\nFocus: **{}** ({f}){}; {} partners.",
            esc(v.focus_name()),
            if v.focus_given {
                ""
            } else {
                ", the country most present in the corpus"
            },
            v.partners.len()
        );
    }

    let _ = writeln!(
        o,
        "\n## Documents\n\n| # | document | date | title | event mentions |\n| --- | --- | --- | --- | --- |"
    );
    let mut per_doc: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for m in &c.mentions {
        *per_doc.entry(m.doc_id.as_str()).or_default() += 1;
    }
    for (i, d) in c.docs.iter().enumerate().take(MAX_DOC_ROWS) {
        let n = per_doc.get(d.id.as_str()).copied().unwrap_or(0);
        let _ = writeln!(
            o,
            "| {i} | {} | {} | {} | {n} |",
            code(&d.id),
            d.reference.map(|r| r.to_string()).unwrap_or_default(),
            esc(d.label())
        );
    }

    if c.docs.len() > MAX_DOC_ROWS {
        let _ = writeln!(
            o,
            "\nThe first {MAX_DOC_ROWS} of {} documents; all are in `manifest.json` and `dyad.sqlite`.",
            c.docs.len()
        );
    }

    let _ = writeln!(o, "\n## Partners\n");
    if v.partners.is_empty() {
        let _ = writeln!(o, "No events between the focus country and another actor.");
    } else {
        let _ = writeln!(o, "| partner | events | mentions | cooperative | conflictual | types |\n| --- | --- | --- | --- | --- | --- |");
        for p in &v.partners {
            let coop = p.cooperative(events);
            let _ = writeln!(
                o,
                "| {} ({}) | {} | {} | {coop} | {} | {} |",
                esc(&p.name),
                esc(&p.code),
                p.events.len(),
                p.mentions,
                p.events.len() - coop,
                p.types_label()
            );
        }
    }
    for p in &v.partners {
        let _ = writeln!(
            o,
            "\n### Timeline: {} – {}\n\n| date | event | source | target | modality | place | mentions |\n| --- | --- | --- | --- | --- | --- | --- |",
            esc(v.focus_name()),
            esc(&p.name)
        );
        for &i in &p.events {
            let e = &events[i];
            let _ = writeln!(
                o,
                "| {} | [{}](#event-{}) | {} | {} | {} | {} | {} |",
                esc(&date_label(e)),
                esc(&event_label(e)),
                e.event_id,
                esc(&actor_label(&e.source)),
                e.target.as_ref().map(|t| esc(&actor_label(t))).unwrap_or_default(),
                modality_label(e),
                e.place.as_ref().map(|p| esc(&p.name)).unwrap_or_default(),
                e.num_mentions
            );
        }
    }
    if !v.domestic.is_empty() {
        let ids: Vec<String> = v
            .domestic
            .iter()
            .map(|&i| format!("[{0}](#event-{0})", events[i].event_id))
            .collect();
        let _ = writeln!(o, "\nEvents within {}: {}.", esc(v.focus_name()), ids.join(", "));
    }

    let _ = writeln!(o, "\n## Actor network\n");
    if v.edges.is_empty() {
        let _ = writeln!(o, "No event links two actors.");
    } else {
        let rows = v.edges.iter().map(|e| {
            vec![
                esc(&v.nodes[e.a].name),
                esc(&v.nodes[e.b].name),
                e.events.to_string(),
                e.cooperative.to_string(),
            ]
        });
        table(&mut o, &["actor", "actor", "events", "cooperative"], rows);
    }

    let _ = writeln!(o, "\n## Sectors × partners\n");
    if v.sectors.is_empty() {
        let _ = writeln!(o, "No sector named in the partners' events.");
    } else {
        let _ = writeln!(o, "| partner | {} |", v.sectors.join(" | "));
        let _ = writeln!(o, "| --- |{}", " --- |".repeat(v.sectors.len()));
        for p in &v.partners {
            let cells: Vec<String> = v
                .sectors
                .iter()
                .map(|s| p.sectors.get(s).map_or(String::new(), |n| n.to_string()))
                .collect();
            let _ = writeln!(o, "| {} | {} |", esc(&p.name), cells.join(" | "));
        }
    }

    let _ = writeln!(o, "\n## People\n");
    if v.people.is_empty() {
        let _ = writeln!(o, "No person named as an actor or speaker.");
    } else {
        let rows = v.people.iter().map(|p| {
            let roles: Vec<&str> = p.roles.iter().map(String::as_str).collect();
            vec![
                esc(&p.name),
                p.country.clone().unwrap_or_default(),
                esc(&roles.join("; ")),
                p.events.to_string(),
                p.quotes.to_string(),
                p.docs.len().to_string(),
            ]
        });
        table(
            &mut o,
            &["name", "country", "roles", "events", "quotations", "documents"],
            rows,
        );
    }

    let _ = writeln!(o, "\n## Projects and agreements\n");
    if c.projects.is_empty() {
        let _ = writeln!(o, "None named.");
    } else {
        let rows = c.projects.iter().map(|(pos, p)| {
            vec![
                esc(&p.name),
                esc(p.acronym.as_deref().unwrap_or("")),
                p.kind.clone(),
                code(&c.docs[*pos].id),
                format!("{}–{}", p.start, p.end),
            ]
        });
        table(&mut o, &["name", "acronym", "kind", "document", "characters"], rows);
    }
    let _ = writeln!(o, "\n## Amounts\n");
    if c.amounts.is_empty() {
        let _ = writeln!(o, "None named.");
    } else {
        let rows = c.amounts.iter().map(|(pos, a)| {
            vec![
                esc(&a.text),
                a.value.to_string(),
                a.currency.clone(),
                code(&c.docs[*pos].id),
                format!("{}–{}", a.start, a.end),
            ]
        });
        table(
            &mut o,
            &["as written", "value", "currency", "document", "characters"],
            rows,
        );
    }

    let _ = writeln!(o, "\n## Quotations\n");
    if c.quotes.is_empty() {
        let _ = writeln!(o, "None.");
    }
    for (pos, q) in &c.quotes {
        let who = q
            .speaker
            .as_ref()
            .map_or("unattributed".to_string(), |s| esc(&v.resolver.resolve(s).name));
        let _ = writeln!(
            o,
            "> “{}”\n>\n> — {who}, {} characters {}–{}\n",
            esc(&q.text),
            code(&c.docs[*pos].id),
            q.start,
            q.end
        );
    }

    let _ = writeln!(o, "\n## Events\n");
    for e in events {
        let _ = writeln!(
            o,
            "### <a id=\"event-{}\"></a>Event {}: {}\n",
            e.event_id,
            e.event_id,
            esc(&event_label(e))
        );
        let _ = writeln!(
            o,
            "{} → {}; {}; date {} ({}); {}{} mention(s) in {} document(s).\n",
            esc(&actor_label(&e.source)),
            e.target.as_ref().map_or("—".to_string(), |t| esc(&actor_label(t))),
            modality_label(e),
            esc(&date_label(e)),
            e.date.basis,
            e.place
                .as_ref()
                .map_or(String::new(), |p| format!("in {}; ", esc(&p.name))),
            e.num_mentions,
            e.num_documents
        );
        for l in &e.mentions {
            let Some(m) = lookup.mention(&l.doc_id, l.index) else {
                continue;
            };
            let joined = match &l.joined_with {
                Some(w) => format!(" — joined {}: {}", code(w), esc(&l.reasons.join("; "))),
                None => String::new(),
            };
            let _ = writeln!(
                o,
                "- {} sentence {} (characters {}–{}), {}{}\n  > {}",
                code(&l.doc_id),
                m.evidence.sentence,
                m.evidence.sentence_start,
                m.evidence.sentence_end,
                crate::tables::modality_name(l.modality),
                joined,
                esc(&m.evidence.text)
            );
        }
        o.push('\n');
    }
    o
}

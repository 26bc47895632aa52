//! `report.html`: one self-contained page (inline CSS and SVG, no script, no network), with a
//! Content-Security-Policy that forbids scripts and remote loads besides.
//!
//! All text that comes from articles goes through [`Html::text`] or an attribute value, both
//! escaped; markup can only be written from `&'static str`, so article text can never become
//! markup.

use std::collections::{BTreeSet, HashMap};

use dyad_merge::{days_between, Event};
use jiff::civil::Date;
use jiff::ToSpan;

use crate::tables::modality_name;
use crate::view::{actor_label, date_label, event_label, modality_label, when, Partner, View};
use crate::Lookup;

/// Most events listed in the HTML events table (all are in `events.csv` and `dyad.sqlite`).
pub const MAX_EVENT_ROWS: usize = 5000;

const CSS: &str = r#"
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;background:#fafafa}
header{background:#1d2f4f;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:24px}
header p{margin:2px 0;color:#d6def0}nav{padding:8px 28px;background:#e8ecf4;position:sticky;top:0;z-index:2}
nav a{margin-right:14px;color:#1d2f4f}main{padding:4px 28px 40px;max-width:1300px}
h2{border-bottom:2px solid #1d2f4f;padding-bottom:3px;margin-top:34px}h3{margin:22px 0 6px}
table{border-collapse:collapse;margin:8px 0;background:#fff}th,td{border:1px solid #d5d9e2;padding:4px 7px;vertical-align:top;text-align:left}
th{background:#eef1f6}td.n{text-align:right}.muted{color:#667}.small{font-size:13px}
svg{background:#fff;border:1px solid #d5d9e2;max-width:100%;height:auto}
.mark.q1{fill:#2b8a3e}.mark.q2{fill:#1c6fb8}.mark.q3{fill:#e08a00}.mark.q4{fill:#c92a2a}.mark.q0{fill:#888}
.mark.planned,.mark.intended,.mark.hypothetical{fill:#fff;stroke-width:2.5}.mark.q1{stroke:#2b8a3e}.mark.q2{stroke:#1c6fb8}
.mark.q3{stroke:#e08a00}.mark.q4{stroke:#c92a2a}.mark.negated{fill-opacity:.25}
.axis{stroke:#555}.tick{stroke:#bbb}.lbl{font-size:11px;fill:#444}.undated{fill:#f1f1f1}
.node{fill:#1c6fb8}.node.focus{fill:#c92a2a}.edge{stroke:#7a8aa6;stroke-opacity:.6}.edge.conflict{stroke:#e08a00}
.ev:target,mark:target{outline:3px solid #f59f00;background:#fff3bf}
mark{background:#fff3bf;padding:0 1px}.article{background:#fff;border:1px solid #d5d9e2;padding:10px 14px;margin:12px 0}
.article .text{white-space:pre-wrap;font-family:Georgia,serif;font-size:14px}
blockquote{margin:8px 0;padding:6px 12px;border-left:4px solid #1c6fb8;background:#fff}
details{margin:2px 0}summary{cursor:pointer}.legend span{margin-right:14px}
"#;

/// An HTML buffer whose only way to add markup is from static strings.
pub struct Html {
    out: String,
}

impl Html {
    fn new() -> Self {
        Html { out: String::new() }
    }
    /// Static markup.
    pub fn raw(&mut self, s: &'static str) {
        self.out.push_str(s);
    }
    /// Escaped text.
    pub fn text(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '"' => self.out.push_str("&quot;"),
                '\'' => self.out.push_str("&#39;"),
                _ => self.out.push(c),
            }
        }
    }
    fn attrs(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            self.text(v);
            self.out.push('"');
        }
    }
    /// An opening tag with escaped attribute values.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.attrs(tag, attrs);
        self.out.push('>');
    }
    /// A self-closed (SVG) element.
    pub fn empty(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.attrs(tag, attrs);
        self.out.push_str("/>");
    }
    /// A closing tag.
    pub fn close(&mut self, tag: &'static str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }
    /// An element holding escaped text.
    pub fn el(&mut self, tag: &'static str, attrs: &[(&'static str, &str)], text: &str) {
        self.open(tag, attrs);
        self.text(text);
        self.close(tag);
    }
    /// A table row of text cells.
    fn row(&mut self, cells: &[&str]) {
        self.raw("<tr>");
        for c in cells {
            self.el("td", &[], c);
        }
        self.raw("</tr>");
    }
    fn head(&mut self, cells: &[&'static str]) {
        self.raw("<thead><tr>");
        for c in cells {
            self.raw("<th>");
            self.raw(c);
            self.raw("</th>");
        }
        self.raw("</tr></thead>");
    }
}

/// Where the evidence of a sentence is shown: its highlighted sentence in the article view, or
/// (when the article text was not kept) the event row.
struct Anchors {
    cited: HashMap<usize, BTreeSet<usize>>,
}

impl Anchors {
    fn new(v: &View) -> Self {
        let c = v.corpus;
        let mut cited: HashMap<usize, BTreeSet<usize>> = HashMap::new();
        let mut cite = |pos: usize, s: usize| {
            if c.texts.contains_key(&pos) {
                cited.entry(pos).or_default().insert(s);
            }
        };
        for m in &c.mentions {
            if let Some(p) = c.pos(&m.doc_id) {
                cite(p, m.evidence.sentence);
            }
        }
        for (p, q) in &c.quotes {
            cite(*p, q.sentence);
        }
        for (p, a) in &c.amounts {
            cite(*p, a.sentence);
        }
        for (p, x) in &c.projects {
            cite(*p, x.sentence);
        }
        Anchors { cited }
    }
    fn href(&self, pos: usize, sentence: usize) -> Option<String> {
        self.cited
            .get(&pos)
            .filter(|s| s.contains(&sentence))
            .map(|_| format!("#d{pos}-s{sentence}"))
    }
}

fn link(h: &mut Html, a: &Anchors, pos: Option<usize>, sentence: usize, label: &str) {
    match pos.and_then(|p| a.href(p, sentence)) {
        Some(href) => h.el("a", &[("href", &href)], label),
        None => h.text(label),
    }
}

/// Renders the report.
pub fn render(v: &View, lookup: &Lookup) -> String {
    let mut h = Html::new();
    let c = v.corpus;
    let anchors = Anchors::new(v);
    let title = match &v.focus {
        Some(f) => format!("dyad report: {} ({f}) and its partners", v.focus_name()),
        None => "dyad report".to_string(),
    };
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
    h.raw(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">",
    );
    h.el("title", &[], &title);
    h.raw("<style>");
    h.raw(CSS);
    h.raw("</style></head><body><header>");
    h.el("h1", &[], &title);
    let processed = c.docs.iter().filter(|d| d.status == "processed").count();
    h.el(
        "p",
        &[],
        &format!(
            "{} documents ({processed} processed, {} not — see manifest.json); {} sentences; {} event mentions merged into {} events; {} quotations; {} amounts; {} project and agreement mentions.",
            c.docs.len(),
            c.docs.len() - processed,
            c.docs.iter().map(|d| d.sentences).sum::<usize>(),
            c.mentions.len(),
            v.merged.events.len(),
            c.quotes.len(),
            c.amounts.len(),
            c.projects.len()
        ),
    );
    if let Some(f) = &v.focus {
        h.el(
            "p",
            &[],
            &format!(
                "Focus: {} ({f}){}; {} partners.",
                v.focus_name(),
                if v.focus_given {
                    ""
                } else {
                    ", the country most present in the corpus"
                },
                v.partners.len()
            ),
        );
    }
    h.raw("</header><nav><a href=\"#summary\">Summary</a><a href=\"#timelines\">Timelines</a><a href=\"#network\">Network</a><a href=\"#sectors\">Sectors</a><a href=\"#people\">People</a><a href=\"#projects\">Projects &amp; amounts</a><a href=\"#quotes\">Quotations</a><a href=\"#events\">Events</a><a href=\"#articles\">Articles</a></nav><main>");

    summary(&mut h, v);
    timelines(&mut h, v);
    network(&mut h, v);
    sectors(&mut h, v);
    people(&mut h, v, &anchors);
    projects(&mut h, v, &anchors);
    quotes(&mut h, v, &anchors);
    events(&mut h, v, lookup, &anchors);
    articles(&mut h, v, &anchors);
    h.raw("</main></body></html>\n");
    h.out
}

fn summary(h: &mut Html, v: &View) {
    let c = v.corpus;
    let events = &v.merged.events;
    h.raw("<h2 id=\"summary\">Summary</h2>");
    if !v.partners.is_empty() {
        h.raw("<table>");
        h.head(&[
            "partner",
            "events",
            "mentions",
            "cooperative",
            "conflictual",
            "event types",
            "first",
            "last",
        ]);
        h.raw("<tbody>");
        for p in &v.partners {
            let coop = p.cooperative(events);
            let dates: Vec<Date> = p.events.iter().filter_map(|&i| when(&events[i]).map(|w| w.0)).collect();
            h.raw("<tr><td>");
            h.el(
                "a",
                &[("href", &format!("#tl-{}", p.code))],
                &format!("{} ({})", p.name, p.code),
            );
            h.raw("</td>");
            for n in [p.events.len(), p.mentions, coop, p.events.len() - coop] {
                h.el("td", &[("class", "n")], &n.to_string());
            }
            h.el("td", &[], &p.types_label());
            h.el(
                "td",
                &[],
                &dates.iter().min().map(|d| d.to_string()).unwrap_or_default(),
            );
            h.el(
                "td",
                &[],
                &dates.iter().max().map(|d| d.to_string()).unwrap_or_default(),
            );
            h.raw("</tr>");
        }
        h.raw("</tbody></table>");
    }
    h.raw("<h3>Documents</h3><table>");
    h.head(&["#", "document", "status", "date", "title", "event mentions"]);
    h.raw("<tbody>");
    let mut per_doc: HashMap<&str, usize> = HashMap::new();
    for m in &c.mentions {
        *per_doc.entry(m.doc_id.as_str()).or_default() += 1;
    }
    for (i, d) in c.docs.iter().enumerate().take(crate::markdown::MAX_DOC_ROWS) {
        h.raw("<tr>");
        h.el("td", &[("class", "n")], &i.to_string());
        h.raw("<td>");
        if c.texts.contains_key(&i) {
            h.el("a", &[("href", &format!("#d{i}"))], &d.id);
        } else {
            h.text(&d.id);
        }
        h.raw("</td>");
        let status = match &d.reason {
            Some(r) => format!("{}: {r}", d.status),
            None => d.status.to_string(),
        };
        h.el("td", &[], &status);
        h.el("td", &[], &d.reference.map(|r| r.to_string()).unwrap_or_default());
        h.el("td", &[], d.label());
        h.el(
            "td",
            &[("class", "n")],
            &per_doc.get(d.id.as_str()).copied().unwrap_or(0).to_string(),
        );
        h.raw("</tr>");
    }
    h.raw("</tbody></table>");
    if c.docs.len() > crate::markdown::MAX_DOC_ROWS {
        h.el(
            "p",
            &[("class", "small muted")],
            &format!(
                "The first {} of {} documents; all are in manifest.json and dyad.sqlite.",
                crate::markdown::MAX_DOC_ROWS,
                c.docs.len()
            ),
        );
    }
}

fn month_abbrev(m: i8) -> &'static str {
    const M: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    M[usize::try_from(m - 1).unwrap_or(0).min(11)]
}

/// Tick dates for an axis from `a` to `b`, at most about a dozen.
fn ticks(a: Date, b: Date) -> Vec<(Date, String)> {
    let total = days_between(a, b);
    let mut out = Vec::new();
    if total <= 16 {
        let mut d = a;
        while d <= b {
            out.push((d, format!("{} {}", month_abbrev(d.month()), d.day())));
            match d.checked_add(1.day()) {
                Ok(n) => d = n,
                Err(_) => break,
            }
        }
    } else if total <= 800 {
        let step = (total / 30 / 10 + 1) as i32;
        let mut d = a.first_of_month();
        while d <= b {
            if d >= a {
                out.push((d, format!("{} {}", month_abbrev(d.month()), d.year())));
            }
            match d.checked_add(step.months()) {
                Ok(n) => d = n,
                Err(_) => break,
            }
        }
    } else {
        let step = (total / 365 / 10 + 1) as i16;
        let mut y = a.year();
        while y <= b.year() {
            if let Ok(d) = Date::new(y, 1, 1) {
                if d >= a {
                    out.push((d, y.to_string()));
                }
            }
            y += step;
        }
    }
    out
}

fn timelines(h: &mut Html, v: &View) {
    h.raw("<h2 id=\"timelines\">Timelines</h2>");
    if v.partners.is_empty() {
        h.el("p", &[], "No events between the focus country and another actor.");
        return;
    }
    h.raw("<p class=\"legend small\"><span><svg width=\"12\" height=\"12\"><circle cx=\"6\" cy=\"6\" r=\"5\" class=\"mark q1\"/></svg> verbal cooperation</span><span><svg width=\"12\" height=\"12\"><circle cx=\"6\" cy=\"6\" r=\"5\" class=\"mark q2\"/></svg> material cooperation</span><span><svg width=\"12\" height=\"12\"><circle cx=\"6\" cy=\"6\" r=\"5\" class=\"mark q3\"/></svg> verbal conflict</span><span><svg width=\"12\" height=\"12\"><circle cx=\"6\" cy=\"6\" r=\"5\" class=\"mark q4\"/></svg> material conflict</span><span>hollow: planned or intended</span><span>circle: dated by the text; square: placed at its report's date, or undated</span></p>");
    for p in &v.partners {
        timeline(h, v, p);
    }
}

fn timeline(h: &mut Html, v: &View, p: &Partner) {
    const W: f64 = 960.0;
    const LEFT: f64 = 40.0;
    const UNDATED: f64 = 130.0;
    let plot_end = W - UNDATED - 30.0;
    let events = &v.merged.events;
    let (d0, d1) = v
        .span
        .unwrap_or((Date::constant(2000, 1, 1), Date::constant(2000, 1, 1)));
    let total = days_between(d0, d1).max(0) as f64;
    let x_of = |d: Date| {
        if total == 0.0 {
            (LEFT + plot_end) / 2.0
        } else {
            LEFT + (plot_end - LEFT) * days_between(d0, d) as f64 / total
        }
    };
    // Place marks, stacking those that would overlap.
    let mut stacks: HashMap<i64, usize> = HashMap::new();
    let mut undated = 0usize;
    let mut marks = Vec::new();
    for &i in &p.events {
        let e = &events[i];
        let (x, kind) = match when(e) {
            Some((d, own)) => (x_of(d), if own { "dated" } else { "reported" }),
            None => {
                let k = undated;
                undated += 1;
                (W - UNDATED + 12.0 + (k % 7) as f64 * 16.0, "undated")
            }
        };
        let bucket = if kind == "undated" {
            -1 - (undated as i64 - 1) % 7
        } else {
            (x / 12.0).round() as i64
        };
        let level = stacks.entry(bucket).or_default();
        marks.push((e, x, *level, kind));
        *level += 1;
    }
    let depth = stacks.values().copied().max().unwrap_or(1).max(1);
    let height = 70.0 + depth as f64 * 16.0;
    let base = height - 34.0;
    h.open("h3", &[("id", &format!("tl-{}", p.code))]);
    h.text(&format!("{} – {}: {} events", v.focus_name(), p.name, p.events.len()));
    h.close("h3");
    let vb = format!("0 0 {W} {height}");
    let label = format!("Timeline of events between {} and {}", v.focus_name(), p.name);
    h.open(
        "svg",
        &[
            ("class", "timeline"),
            ("data-partner", &p.code),
            ("data-events", &p.events.len().to_string()),
            ("viewBox", &vb),
            ("width", &W.to_string()),
            ("height", &height.to_string()),
            ("role", "img"),
            ("aria-label", &label),
        ],
    );
    h.empty(
        "rect",
        &[
            ("class", "undated"),
            ("x", &(W - UNDATED).to_string()),
            ("y", "8"),
            ("width", &(UNDATED - 8.0).to_string()),
            ("height", &(height - 16.0).to_string()),
        ],
    );
    h.el(
        "text",
        &[
            ("class", "lbl"),
            ("x", &(W - UNDATED + 6.0).to_string()),
            ("y", &(height - 14.0).to_string()),
        ],
        "undated",
    );
    h.empty(
        "line",
        &[
            ("class", "axis"),
            ("x1", &LEFT.to_string()),
            ("x2", &plot_end.to_string()),
            ("y1", &base.to_string()),
            ("y2", &base.to_string()),
        ],
    );
    if v.span.is_some() {
        for (d, lbl) in ticks(d0, d1) {
            let x = format!("{:.1}", x_of(d));
            h.empty(
                "line",
                &[
                    ("class", "tick"),
                    ("x1", &x),
                    ("x2", &x),
                    ("y1", "10"),
                    ("y2", &(base + 4.0).to_string()),
                ],
            );
            h.el(
                "text",
                &[
                    ("class", "lbl"),
                    ("x", &x),
                    ("y", &(base + 18.0).to_string()),
                    ("text-anchor", "middle"),
                ],
                &lbl,
            );
        }
    }
    for (e, x, level, kind) in marks {
        let y = base - 12.0 - level as f64 * 16.0;
        let class = format!("mark q{} {} {kind}", e.quad_class, modality_name(e.modality));
        let tip = format!(
            "Event {} · {} · {} · {} → {} · {}",
            e.event_id,
            date_label(e),
            event_label(e),
            e.source.name,
            e.target.as_ref().map_or("—", |t| t.name.as_str()),
            modality_label(e)
        );
        h.open("a", &[("href", &format!("#event-{}", e.event_id))]);
        if kind == "dated" {
            h.open(
                "circle",
                &[
                    ("class", &class),
                    ("cx", &format!("{x:.1}")),
                    ("cy", &format!("{y:.1}")),
                    ("r", "6"),
                ],
            );
        } else {
            h.open(
                "rect",
                &[
                    ("class", &class),
                    ("x", &format!("{:.1}", x - 5.5)),
                    ("y", &format!("{:.1}", y - 5.5)),
                    ("width", "11"),
                    ("height", "11"),
                ],
            );
        }
        h.el("title", &[], &tip);
        h.close(if kind == "dated" { "circle" } else { "rect" });
        h.close("a");
    }
    h.close("svg");
}

fn network(h: &mut Html, v: &View) {
    h.raw("<h2 id=\"network\">Actor network</h2>");
    if v.edges.is_empty() {
        h.el("p", &[], "No event links two actors.");
        return;
    }
    let n = v.nodes.len() as f64;
    let (cx, cy, r) = (480.0, 300.0, 220.0);
    let pos: Vec<(f64, f64)> = (0..v.nodes.len())
        .map(|i| {
            let a = std::f64::consts::TAU * i as f64 / n - std::f64::consts::FRAC_PI_2;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect();
    h.el(
        "p",
        &[("class", "small muted")],
        &format!(
            "The {} most connected actors; a line per pair of actors with events between them (width: number of events; orange: mostly conflictual).",
            v.nodes.len()
        ),
    );
    h.raw("<svg class=\"network\" viewBox=\"0 0 960 600\" width=\"960\" height=\"600\" role=\"img\" aria-label=\"Actor network\">");
    for e in &v.edges {
        let (a, b) = (pos[e.a], pos[e.b]);
        let class = if e.cooperative * 2 >= e.events {
            "edge"
        } else {
            "edge conflict"
        };
        h.open(
            "line",
            &[
                ("class", class),
                ("x1", &format!("{:.1}", a.0)),
                ("y1", &format!("{:.1}", a.1)),
                ("x2", &format!("{:.1}", b.0)),
                ("y2", &format!("{:.1}", b.1)),
                ("stroke-width", &format!("{:.1}", 1.0 + (e.events as f64).sqrt() * 1.5)),
            ],
        );
        h.el(
            "title",
            &[],
            &format!("{} – {}: {} events", v.nodes[e.a].name, v.nodes[e.b].name, e.events),
        );
        h.close("line");
    }
    for (i, node) in v.nodes.iter().enumerate() {
        let (x, y) = pos[i];
        let focus = node.country.is_some() && node.country == v.focus;
        h.open(
            "circle",
            &[
                ("class", if focus { "node focus" } else { "node" }),
                ("cx", &format!("{x:.1}")),
                ("cy", &format!("{y:.1}")),
                ("r", &format!("{:.1}", 5.0 + (node.events as f64).sqrt() * 2.0)),
            ],
        );
        h.el("title", &[], &format!("{}: {} events", node.name, node.events));
        h.close("circle");
        let anchor = if x < cx - 1.0 {
            "end"
        } else if x > cx + 1.0 {
            "start"
        } else {
            "middle"
        };
        let dx = if x < cx - 1.0 {
            -12.0
        } else if x > cx + 1.0 {
            12.0
        } else {
            0.0
        };
        let dy = if y < cy { -10.0 } else { 18.0 };
        h.el(
            "text",
            &[
                ("class", "lbl"),
                ("x", &format!("{:.1}", x + dx)),
                ("y", &format!("{:.1}", y + if anchor == "middle" { dy } else { 4.0 })),
                ("text-anchor", anchor),
            ],
            &node.name,
        );
    }
    h.raw("</svg><details><summary>Network as a table</summary><table>");
    h.head(&["actor", "actor", "events", "cooperative"]);
    h.raw("<tbody>");
    for e in &v.edges {
        h.row(&[
            &v.nodes[e.a].name,
            &v.nodes[e.b].name,
            &e.events.to_string(),
            &e.cooperative.to_string(),
        ]);
    }
    h.raw("</tbody></table></details>");
}

fn sectors(h: &mut Html, v: &View) {
    h.raw("<h2 id=\"sectors\">Sectors × partners</h2>");
    if v.sectors.is_empty() {
        h.el("p", &[], "No sector named in the partners' events.");
        return;
    }
    h.el(
        "p",
        &[("class", "small muted")],
        "Number of each partner's events whose sentences discuss the sector.",
    );
    let max = v
        .partners
        .iter()
        .flat_map(|p| p.sectors.values())
        .copied()
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    h.raw("<table><thead><tr><th>partner</th>");
    for s in &v.sectors {
        h.el("th", &[], s);
    }
    h.raw("</tr></thead><tbody>");
    for p in &v.partners {
        h.raw("<tr>");
        h.el("td", &[], &p.name);
        for s in &v.sectors {
            match p.sectors.get(s) {
                Some(&n) => {
                    let style = format!("background:rgba(28,111,184,{:.2})", 0.12 + 0.6 * n as f64 / max);
                    h.el("td", &[("class", "n"), ("style", &style)], &n.to_string());
                }
                None => h.raw("<td></td>"),
            }
        }
        h.raw("</tr>");
    }
    h.raw("</tbody></table>");
}

fn people(h: &mut Html, v: &View, a: &Anchors) {
    h.raw("<h2 id=\"people\">People</h2>");
    if v.people.is_empty() {
        h.el("p", &[], "No person named as an actor or speaker.");
        return;
    }
    h.raw("<table>");
    h.head(&[
        "name",
        "country",
        "code",
        "roles",
        "events",
        "quotations",
        "documents",
        "first seen",
    ]);
    h.raw("<tbody>");
    for p in &v.people {
        let roles: Vec<&str> = p.roles.iter().map(String::as_str).collect();
        h.raw("<tr>");
        h.el("td", &[], &p.name);
        h.el("td", &[], p.country.as_deref().unwrap_or(""));
        h.el("td", &[], p.code.as_deref().unwrap_or(""));
        h.el("td", &[], &roles.join("; "));
        for n in [p.events, p.quotes, p.docs.len()] {
            h.el("td", &[("class", "n")], &n.to_string());
        }
        h.raw("<td>");
        let doc = &v.corpus.docs[p.first.0].id;
        link(
            h,
            a,
            Some(p.first.0),
            p.first.1,
            &format!("{doc}, sentence {}", p.first.1),
        );
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
}

fn projects(h: &mut Html, v: &View, a: &Anchors) {
    let c = v.corpus;
    h.raw("<h2 id=\"projects\">Projects, agreements and amounts</h2>");
    if c.projects.is_empty() {
        h.el("p", &[], "No project or agreement named.");
    } else {
        h.raw("<table>");
        h.head(&["name", "acronym", "kind", "evidence"]);
        h.raw("<tbody>");
        for (pos, p) in &c.projects {
            h.raw("<tr>");
            h.el("td", &[], &p.name);
            h.el("td", &[], p.acronym.as_deref().unwrap_or(""));
            h.el("td", &[], &p.kind);
            h.raw("<td>");
            link(
                h,
                a,
                Some(*pos),
                p.sentence,
                &format!("{}, characters {}–{}", c.docs[*pos].id, p.start, p.end),
            );
            h.raw("</td></tr>");
        }
        h.raw("</tbody></table>");
    }
    h.raw("<h3>Amounts</h3>");
    if c.amounts.is_empty() {
        h.el("p", &[], "No amount of money named.");
        return;
    }
    h.raw("<table>");
    h.head(&["as written", "value", "currency", "evidence"]);
    h.raw("<tbody>");
    for (pos, m) in &c.amounts {
        h.raw("<tr>");
        h.el("td", &[], &m.text);
        h.el("td", &[("class", "n")], &format_value(m.value));
        h.el("td", &[], &m.currency);
        h.raw("<td>");
        link(
            h,
            a,
            Some(*pos),
            m.sentence,
            &format!("{}, characters {}–{}", c.docs[*pos].id, m.start, m.end),
        );
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
}

/// `8000000000` → `8,000,000,000`.
fn format_value(v: f64) -> String {
    if v.fract() != 0.0 || v.abs() >= 1e18 {
        return v.to_string();
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

fn quotes(h: &mut Html, v: &View, a: &Anchors) {
    let c = v.corpus;
    h.raw("<h2 id=\"quotes\">Quotations</h2>");
    if c.quotes.is_empty() {
        h.el("p", &[], "No quotation.");
        return;
    }
    for (pos, q) in &c.quotes {
        h.raw("<blockquote>");
        h.el("p", &[], &format!("“{}”", q.text));
        h.raw("<p class=\"small\">— ");
        match &q.speaker {
            Some(s) => {
                let r = v.resolver.resolve(s);
                h.text(&actor_label(&r));
            }
            None => h.text("unattributed"),
        }
        h.text(", ");
        link(
            h,
            a,
            Some(*pos),
            q.sentence,
            &format!("{}, characters {}–{}", c.docs[*pos].id, q.start, q.end),
        );
        h.raw("</p></blockquote>");
    }
}

fn events(h: &mut Html, v: &View, lookup: &Lookup, a: &Anchors) {
    let c = v.corpus;
    let all = &v.merged.events;
    h.raw("<h2 id=\"events\">Events</h2>");
    h.el(
        "p",
        &[("class", "small muted")],
        &format!(
            "{} events from {} mentions. Each mention links to its sentence, highlighted in the article; a merged event says which mentions it joined and why.{}",
            all.len(),
            c.mentions.len(),
            if all.len() > MAX_EVENT_ROWS {
                format!(" The first {MAX_EVENT_ROWS} are listed; all are in events.csv and dyad.sqlite.")
            } else {
                String::new()
            }
        ),
    );
    h.raw("<table>");
    h.head(&[
        "#",
        "date",
        "event",
        "source",
        "target",
        "modality",
        "place",
        "sectors",
        "mentions and evidence",
    ]);
    h.raw("<tbody>");
    for e in all.iter().take(MAX_EVENT_ROWS) {
        event_row(h, v, lookup, a, e);
    }
    h.raw("</tbody></table>");
}

fn event_row(h: &mut Html, v: &View, lookup: &Lookup, a: &Anchors, e: &Event) {
    let c = v.corpus;
    h.open("tr", &[("id", &format!("event-{}", e.event_id)), ("class", "ev")]);
    h.el("td", &[("class", "n")], &e.event_id.to_string());
    h.el("td", &[], &date_label(e));
    h.el("td", &[], &event_label(e));
    h.el("td", &[], &actor_label(&e.source));
    h.el("td", &[], &e.target.as_ref().map(actor_label).unwrap_or_default());
    h.el("td", &[], &modality_label(e));
    h.el("td", &[], e.place.as_ref().map_or("", |p| p.name.as_str()));
    h.el("td", &[], &e.sectors.join(", "));
    h.raw("<td>");
    for l in &e.mentions {
        let Some(m) = lookup.mention(&l.doc_id, l.index) else {
            continue;
        };
        h.raw("<details><summary>");
        link(
            h,
            a,
            c.pos(&l.doc_id),
            m.evidence.sentence,
            &format!(
                "{}, sentence {} ({})",
                l.doc_id,
                m.evidence.sentence,
                modality_name(l.modality)
            ),
        );
        h.raw("</summary><div class=\"small\">");
        h.el("q", &[], &m.evidence.text);
        if let Some(w) = &l.joined_with {
            h.el(
                "div",
                &[("class", "muted")],
                &format!("joined {w}: {}", l.reasons.join("; ")),
            );
        }
        h.raw("</div></details>");
    }
    h.raw("</td></tr>");
}

fn articles(h: &mut Html, v: &View, a: &Anchors) {
    let c = v.corpus;
    h.raw("<h2 id=\"articles\">Articles</h2>");
    h.el(
        "p",
        &[("class", "small muted")],
        &format!(
            "The text of every document with evidence; highlighted sentences are cited above.{}",
            if c.texts_omitted > 0 {
                format!(
                    " {} further articles exceed the report's text budget; their evidence sentences are shown beside each event.",
                    c.texts_omitted
                )
            } else {
                String::new()
            }
        ),
    );
    let mut positions: Vec<&usize> = c.texts.keys().collect();
    positions.sort();
    for &pos in positions {
        let Some(t) = c.texts.get(&pos) else {
            continue;
        };
        let d = &c.docs[pos];
        h.open("div", &[("class", "article"), ("id", &format!("d{pos}"))]);
        h.el("h3", &[], d.label());
        let mut meta = vec![d.id.clone()];
        meta.extend(d.reference.map(|r| r.to_string()));
        meta.extend(d.url.clone().or_else(|| d.path.clone()));
        h.el("p", &[("class", "small muted")], &meta.join(" · "));
        h.raw("<div class=\"text\">");
        let cited = a.cited.get(&pos);
        let chars: Vec<(usize, char)> = t.text.char_indices().collect();
        let byte = |ch: usize| chars.get(ch).map_or(t.text.len(), |x| x.0);
        let mut at = 0usize;
        for (k, &(s, e)) in t.sentences.iter().enumerate() {
            if !cited.is_some_and(|set| set.contains(&k)) || s < at || e > chars.len() {
                continue;
            }
            h.text(&t.text[byte(at)..byte(s)]);
            h.open("mark", &[("id", &format!("d{pos}-s{k}"))]);
            h.text(&t.text[byte(s)..byte(e)]);
            h.close("mark");
            at = e;
        }
        h.text(&t.text[byte(at)..]);
        h.raw("</div></div>");
    }
}

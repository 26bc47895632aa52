//! The analysis behind the human-readable reports: the focus country and its partners, the
//! partners' events, the actor network, the sector × partner matrix and the people directory.
//! `report.md` and `report.html` render the same [`View`], so they never disagree.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use dyad_merge::{date_range, ActorResolver, Event, EventActor, Merged};
use jiff::civil::Date;

use crate::corpus::Corpus;

/// Nodes drawn in the actor network (the most connected ones).
pub const NETWORK_NODES: usize = 30;

/// A partner of the focus country.
#[derive(Debug, Clone)]
pub struct Partner {
    /// Country code (or actor code for organisations without a country).
    pub code: String,
    /// Display name.
    pub name: String,
    /// Indices into the merged events, in timeline order.
    pub events: Vec<usize>,
    /// Mentions of those events.
    pub mentions: usize,
    /// Events per sector discussed.
    pub sectors: BTreeMap<String, usize>,
    /// Events per PLOVER type.
    pub types: BTreeMap<String, usize>,
}

impl Partner {
    /// Events of quad classes 1–2 (cooperation).
    pub fn cooperative(&self, events: &[Event]) -> usize {
        self.events
            .iter()
            .filter(|&&i| matches!(events[i].quad_class, 1 | 2))
            .count()
    }

    /// `AGREE 3, CONSULT 4`.
    pub fn types_label(&self) -> String {
        let v: Vec<String> = self.types.iter().map(|(t, n)| format!("{t} {n}")).collect();
        v.join(", ")
    }
}

/// A person named as an actor or speaker.
#[derive(Debug, Clone)]
pub struct Person {
    /// Best name.
    pub name: String,
    /// Country.
    pub country: Option<String>,
    /// Actor code.
    pub code: Option<String>,
    /// Roles the texts give them.
    pub roles: BTreeSet<String>,
    /// Event mentions in which they act or are acted upon.
    pub events: usize,
    /// Quotations attributed to them.
    pub quotes: usize,
    /// Documents naming them (positions).
    pub docs: BTreeSet<usize>,
    /// First evidence: document position and sentence.
    pub first: (usize, usize),
}

/// A node of the actor network.
#[derive(Debug, Clone)]
pub struct Node {
    /// Actor key.
    pub key: String,
    /// Name.
    pub name: String,
    /// Country.
    pub country: Option<String>,
    /// Events the actor takes part in.
    pub events: usize,
}

/// An edge of the actor network: events between two actors.
#[derive(Debug, Clone)]
pub struct Edge {
    /// Index of one node.
    pub a: usize,
    /// Index of the other.
    pub b: usize,
    /// Events between them.
    pub events: usize,
    /// Of which cooperative (quad classes 1–2).
    pub cooperative: usize,
}

/// The whole analysis.
pub struct View<'a> {
    /// The run's documents and records.
    pub corpus: &'a Corpus,
    /// Merged events.
    pub merged: &'a Merged,
    /// Focus country, when the corpus has one.
    pub focus: Option<String>,
    /// Whether the focus was given by the user (else chosen as the most present country).
    pub focus_given: bool,
    /// The focus country's partners, most events first.
    pub partners: Vec<Partner>,
    /// Events between actors of the focus country only.
    pub domestic: Vec<usize>,
    /// Sectors in the matrix, most frequent first.
    pub sectors: Vec<String>,
    /// The people directory, by name.
    pub people: Vec<Person>,
    /// Network nodes.
    pub nodes: Vec<Node>,
    /// Network edges.
    pub edges: Vec<Edge>,
    /// Timeline axis: first and last dated day over the focus's events.
    pub span: Option<(Date, Date)>,
    /// Resolves mention actors to corpus actors.
    pub resolver: &'a ActorResolver,
}

/// When an event goes on a timeline: its own date (first day) or, failing that, the date its
/// first report was published; `None` when neither is known.
pub fn when(e: &Event) -> Option<(Date, bool)> {
    if let Some((d, _)) = date_range(&e.date) {
        return Some((d, true));
    }
    e.reported.as_deref().and_then(|r| r.parse().ok()).map(|d| (d, false))
}

/// The country (or organisation code) an actor stands for.
pub fn side(a: &EventActor) -> String {
    a.country
        .clone()
        .or_else(|| a.code.clone())
        .unwrap_or_else(|| a.name.clone())
}

impl<'a> View<'a> {
    /// Builds the analysis; `focus` overrides the most present country.
    pub fn new(corpus: &'a Corpus, merged: &'a Merged, focus: Option<&str>) -> Self {
        let resolver = &merged.resolver;
        let focus_given = focus.is_some();
        let focus = focus
            .map(|f| f.trim().to_uppercase())
            .or_else(|| most_present(corpus, merged));
        let mut partners: BTreeMap<String, Partner> = BTreeMap::new();
        let mut domestic = Vec::new();
        if let Some(f) = &focus {
            for (i, e) in merged.events.iter().enumerate() {
                let s = side(&e.source);
                let Some(t) = e.target.as_ref().map(side) else {
                    continue;
                };
                let (other, actor) = if &s == f && &t != f {
                    (t, e.target.as_ref())
                } else if &t == f && &s != f {
                    (s, Some(&e.source))
                } else {
                    if &s == f {
                        domestic.push(i);
                    }
                    continue;
                };
                let name = match actor {
                    Some(a) if a.country.is_none() => a.name.clone(),
                    _ => corpus.country_name(&other).to_string(),
                };
                let p = partners.entry(other.clone()).or_insert_with(|| Partner {
                    code: other,
                    name,
                    events: Vec::new(),
                    mentions: 0,
                    sectors: BTreeMap::new(),
                    types: BTreeMap::new(),
                });
                p.events.push(i);
                p.mentions += e.num_mentions;
                for s in &e.sectors {
                    *p.sectors.entry(s.clone()).or_default() += 1;
                }
                *p.types.entry(e.kind.clone()).or_default() += 1;
            }
        }
        let mut partners: Vec<Partner> = partners.into_values().collect();
        for p in &mut partners {
            p.events.sort_by_key(|&i| {
                let e = &merged.events[i];
                (when(e).map(|w| w.0), e.event_id)
            });
        }
        partners.sort_by(|a, b| b.events.len().cmp(&a.events.len()).then_with(|| a.code.cmp(&b.code)));
        let mut sector_totals: BTreeMap<&str, usize> = BTreeMap::new();
        for p in &partners {
            for (s, n) in &p.sectors {
                *sector_totals.entry(s).or_default() += n;
            }
        }
        let mut sectors: Vec<(String, usize)> = sector_totals.into_iter().map(|(s, n)| (s.to_string(), n)).collect();
        sectors.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let span = partners
            .iter()
            .flat_map(|p| p.events.iter())
            .filter_map(|&i| when(&merged.events[i]).map(|w| w.0))
            .fold(None, |acc: Option<(Date, Date)>, d| {
                Some(acc.map_or((d, d), |(a, b)| (a.min(d), b.max(d))))
            });
        let (nodes, edges) = network(merged);
        let people = people(corpus, resolver);
        View {
            corpus,
            merged,
            focus,
            focus_given,
            partners,
            domestic,
            sectors: sectors.into_iter().map(|(s, _)| s).collect(),
            people,
            nodes,
            edges,
            span,
            resolver,
        }
    }

    /// The focus country's name.
    pub fn focus_name(&self) -> &str {
        self.focus.as_deref().map_or("", |f| self.corpus.country_name(f))
    }
}

/// The country most present in the event actors (then in entity mentions); ties by code.
fn most_present(corpus: &Corpus, merged: &Merged) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &merged.events {
        for a in std::iter::once(&e.source).chain(e.target.as_ref()) {
            if let Some(c) = &a.country {
                *counts.entry(c).or_default() += e.num_mentions;
            }
        }
    }
    if counts.is_empty() {
        counts = corpus.country_mentions.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(c, _)| c.to_string())
}

fn network(merged: &Merged) -> (Vec<Node>, Vec<Edge>) {
    let mut degree: BTreeMap<&str, (usize, &EventActor)> = BTreeMap::new();
    let mut pairs: BTreeMap<(&str, &str), (usize, usize)> = BTreeMap::new();
    for e in &merged.events {
        let Some(t) = &e.target else {
            continue;
        };
        if t.key == e.source.key {
            continue;
        }
        for a in [&e.source, t] {
            degree.entry(&a.key).or_insert((0, a)).0 += 1;
        }
        let k = if e.source.key <= t.key {
            (e.source.key.as_str(), t.key.as_str())
        } else {
            (t.key.as_str(), e.source.key.as_str())
        };
        let p = pairs.entry(k).or_default();
        p.0 += 1;
        if matches!(e.quad_class, 1 | 2) {
            p.1 += 1;
        }
    }
    let mut ranked: Vec<(&str, usize, &EventActor)> = degree.into_iter().map(|(k, (n, a))| (k, n, a)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    ranked.truncate(NETWORK_NODES);
    let index: HashMap<&str, usize> = ranked.iter().enumerate().map(|(i, r)| (r.0, i)).collect();
    let nodes = ranked
        .iter()
        .map(|(k, n, a)| Node {
            key: k.to_string(),
            name: a.name.clone(),
            country: a.country.clone(),
            events: *n,
        })
        .collect();
    let edges = pairs
        .into_iter()
        .filter_map(|((x, y), (n, coop))| {
            Some(Edge {
                a: *index.get(x)?,
                b: *index.get(y)?,
                events: n,
                cooperative: coop,
            })
        })
        .collect();
    (nodes, edges)
}

fn people(corpus: &Corpus, resolver: &ActorResolver) -> Vec<Person> {
    let mut out: BTreeMap<String, Person> = BTreeMap::new();
    let mut add = |a: &dyad_core::Actor, pos: usize, sentence: usize, quote: bool| {
        if a.kind.as_deref() != Some("person") {
            return;
        }
        let r = resolver.resolve(a);
        let p = out.entry(r.key.clone()).or_insert_with(|| Person {
            name: r.name.clone(),
            country: r.country.clone(),
            code: r.code.clone(),
            roles: BTreeSet::new(),
            events: 0,
            quotes: 0,
            docs: BTreeSet::new(),
            first: (pos, sentence),
        });
        if p.country.is_none() {
            p.country.clone_from(&r.country);
            p.code.clone_from(&r.code);
        }
        if let Some(role) = &a.role {
            p.roles.insert(role.clone());
        }
        if quote {
            p.quotes += 1;
        } else {
            p.events += 1;
        }
        p.docs.insert(pos);
    };
    for m in corpus.mentions.iter().filter(|m| m.mirror_of.is_none()) {
        let Some(pos) = corpus.pos(&m.doc_id) else {
            continue;
        };
        for a in std::iter::once(&m.source).chain(m.target.as_ref()) {
            add(a, pos, m.evidence.sentence, false);
        }
    }
    for (pos, q) in &corpus.quotes {
        if let Some(s) = &q.speaker {
            add(s, *pos, q.sentence, true);
        }
    }
    let mut v: Vec<Person> = out.into_values().collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

/// `William Ruto (KENGOV)`.
pub fn actor_label(a: &EventActor) -> String {
    match &a.code {
        Some(c) => format!("{} ({c})", a.name),
        None => a.name.clone(),
    }
}

/// `CONSULT 042 visit`, `AGREE 036 (planned CONSULT)`.
pub fn event_label(e: &Event) -> String {
    let mut s = format!("{} {}", e.kind, e.cameo);
    if let Some(m) = &e.mode {
        s.push(' ');
        s.push_str(m);
    }
    if let Some(b) = &e.base_type {
        s.push_str(&format!(" (to {b})"));
    }
    s
}

/// The date shown for an event: its own, or `reported …`, or `undated`.
pub fn date_label(e: &Event) -> String {
    match (&e.date.value, &e.reported) {
        (Some(d), _) => d.clone(),
        (None, Some(r)) => format!("reported {r}"),
        _ => "undated".into(),
    }
}

/// `occurred`, `planned` … and `planned, then held` for a merged event.
pub fn modality_label(e: &Event) -> String {
    let m = crate::tables::modality_name(e.modality);
    if e.planned_then_held {
        format!("{m} (planned, then held)")
    } else {
        m.to_string()
    }
}

//! # dyad-merge: one real-world event, many mentions
//!
//! Event coders read sentence by sentence, so the same meeting reported by five articles — or
//! announced in one and reported held in the next — becomes five rows (GDELT and ICEWS are known
//! for it). This crate joins the event mentions of a corpus into **events**, and says for every
//! mention it joined which mention it was compared with and why they were judged the same.
//!
//! Two mentions are the same event when **all** of these hold:
//!
//! * **actors**: the same participants. People are matched by name across documents, a bare
//!   family name (`Tokayev`, `Xi`) standing for the only full name in the corpus that begins or
//!   ends with it;
//!   countries by code; organisations and groups by code and name. Symmetric events (a mention
//!   with a mirror: met, talked by phone) match in either direction; a visit (042) matches the
//!   hosting of it (043) the other way round; other events keep their direction. A generic
//!   actor (no country, no code, not a person: `the company`) matches only within its document;
//! * **type**: the same PLOVER type and compatible CAMEO codes (equal, visit/host, or a root code
//!   such as 040 with a more specific one of its family — never a phone call with a meeting),
//!   and the same PLOVER mode when both have one. A *planned* event (AGREE 03x whose
//!   `base_type` is the action planned: `is expected to meet`) matches the action held in
//!   another document, when the planned action's CAMEO code is compatible with the held one's;
//! * **modality**: equal, or planned then held. Negated and hypothetical mentions only join
//!   their like;
//! * **time**: dates that agree at the coarser precision; an undated mention joins a dated one
//!   when its article was published from a day before to a week after that date; two undated
//!   mentions when their articles appeared within two days of each other, or in the same
//!   document. A planned mention joins the held event when it was published up to 90 days
//!   before it (or names the same date). Without any date, only mentions of one document join;
//! * **place**: not in two different countries.
//!
//! Clustering is complete-link and greedy in corpus order (document order, then mention
//! order): a mention joins the first event all of whose mentions it matches. The result depends
//! only on the input order, never on threads or hashing.
//!
//! ## What it does not do
//! No I/O, no reading of text: it works on [`EventMention`] records alone. It does not correct
//! the mentions themselves (an actor coded wrongly in one article stays wrong there).

use std::collections::{BTreeSet, HashMap};

use dyad_core::{Actor, EventDate, EventMention, Modality};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Days after an event's date within which an undated report of it may appear.
pub const REPORT_AFTER_DAYS: i64 = 7;
/// Days before an event's date within which an undated report of it may appear (time zones,
/// overnight wires).
pub const REPORT_BEFORE_DAYS: i64 = 1;
/// Days apart two undated reports of the same event may appear.
pub const UNDATED_WINDOW_DAYS: i64 = 2;
/// Days before the held event within which the announcement of a planned one may appear.
pub const PLANNED_WINDOW_DAYS: i64 = 90;

/// What the merger needs to know about a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocInfo {
    /// Position of the document in the corpus.
    pub order: usize,
    /// The date the document's relative dates are read against (dateline or publication).
    pub reported: Option<Date>,
}

/// An actor as a merged event names it: the mentions keep the words and offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct EventActor {
    /// Identity used for merging (`person:xi jinping`, `country:CHN`, `actor:IGOAFU:african union`).
    pub key: String,
    /// Best name across the corpus (a surname is replaced by the full name).
    pub name: String,
    /// `person`, `country`, `organisation`, `group`, `office`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-3 country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// CAMEO sector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// CAMEO-style actor code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Role read from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// Where a merged event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPlace {
    /// The place as written in the mention that gave it.
    pub name: String,
    /// ISO 3166-1 alpha-3, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// One mention of a merged event, and why it belongs there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionLink {
    /// Document id.
    pub doc_id: String,
    /// The mention's index in its document.
    pub index: usize,
    /// Index of its mirror (the same reading in the other direction), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mirror: Option<usize>,
    /// The mention's modality.
    pub modality: Modality,
    /// The mention (`doc_id:index`) it was compared with when it joined; absent for the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_with: Option<String>,
    /// Why it was judged the same event as `joined_with`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
}

/// A real-world event: one or more mentions judged the same.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// 1-based id, in order of first mention in the corpus.
    pub event_id: usize,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict (0 when the code has no root).
    pub quad_class: u8,
    /// Goldstein score.
    pub goldstein: f64,
    /// For an event still only planned: the action planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_type: Option<String>,
    /// Who acts.
    pub source: EventActor,
    /// Who is acted upon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<EventActor>,
    /// Whether the event was coded in both directions (met, talked).
    pub symmetric: bool,
    /// Occurred if any mention reports it held; else the mentions' modality.
    pub modality: Modality,
    /// The most precise date its mentions give.
    pub date: EventDate,
    /// Earliest reference date (dateline or publication) of its documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<String>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<EventPlace>,
    /// Sectors discussed, over all mentions.
    #[serde(default)]
    pub sectors: Vec<String>,
    /// Projects and agreements named, over all mentions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<String>,
    /// Number of mentions (a mention and its mirror count once).
    pub num_mentions: usize,
    /// Number of documents mentioning it.
    pub num_documents: usize,
    /// Document of the first mention.
    pub first_doc: String,
    /// Announced as planned in one mention and reported held in another.
    pub planned_then_held: bool,
    /// The mentions, in corpus order.
    pub mentions: Vec<MentionLink>,
}

/// The events of a corpus and the event of every mention.
#[derive(Debug, Clone, Default)]
pub struct Merged {
    /// Events in order of first mention.
    pub events: Vec<Event>,
    /// For each input mention (same order), the `event_id` it belongs to.
    pub event_of: Vec<usize>,
    /// The corpus-level actors the events were merged by (for the mentions' and speakers'
    /// actors in reports).
    pub resolver: ActorResolver,
}

/// CAMEO quad class of a code (by its two-digit root).
pub fn quad_class(cameo: &str) -> u8 {
    match cameo.get(0..2).and_then(|r| r.parse::<u8>().ok()) {
        Some(1..=5) => 1,
        Some(6..=8) => 2,
        Some(9..=13) => 3,
        Some(14..=20) => 4,
        _ => 0,
    }
}

/// The first and last day an ISO date at some precision covers (`2024-09` → Sept 1–30).
pub fn date_range(d: &EventDate) -> Option<(Date, Date)> {
    let v = d.value.as_deref()?;
    let mut parts = v.split('-');
    let y: i16 = parts.next()?.parse().ok()?;
    let m: Option<i8> = parts.next().map(|p| p.parse().ok()).unwrap_or(None);
    let day: Option<i8> = parts.next().map(|p| p.parse().ok()).unwrap_or(None);
    match (m, day) {
        (Some(m), Some(dd)) => Date::new(y, m, dd).ok().map(|x| (x, x)),
        (Some(m), None) => {
            let first = Date::new(y, m, 1).ok()?;
            Some((first, first.last_of_month()))
        }
        _ => Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?)),
    }
}

/// Days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map(|s| i64::from(s.get_days())).unwrap_or(i64::MAX)
}

/// Full names of the corpus's people by their first and last word, to read a bare family name
/// (`Ruto`, `Xi`) as the person when only one person of the corpus bears it.
#[derive(Debug, Clone, Default)]
pub struct ActorResolver {
    by_surname: HashMap<String, Option<(String, Option<String>)>>,
}

impl ActorResolver {
    /// Learns the corpus's people from its event mentions.
    pub fn new(mentions: &[EventMention]) -> Self {
        let actors = mentions
            .iter()
            .flat_map(|m| std::iter::once(&m.source).chain(m.target.as_ref()));
        let mut by_surname: HashMap<String, Option<(String, Option<String>)>> = HashMap::new();
        for a in actors.filter(|a| a.kind.as_deref() == Some("person")) {
            let (Some((first, _)), Some((_, last))) = (a.name.split_once(' '), a.name.rsplit_once(' ')) else {
                continue;
            };
            // Family name last (`William Ruto`) or first (`Xi Jinping`).
            for part in [first, last] {
                let e = by_surname
                    .entry(part.to_lowercase())
                    .or_insert_with(|| Some((a.name.clone(), a.country.clone())));
                if let Some((name, country)) = e {
                    if name != &a.name {
                        *e = None;
                    } else if country.is_none() {
                        country.clone_from(&a.country);
                    }
                }
            }
        }
        ActorResolver { by_surname }
    }

    /// The corpus-level actor a mention's actor stands for (its merge key and best name).
    pub fn resolve(&self, a: &Actor) -> EventActor {
        let mut name = a.name.clone();
        let mut country = a.country.clone();
        let person = a.kind.as_deref() == Some("person");
        if person && !name.contains(' ') {
            if let Some(Some((full, c))) = self.by_surname.get(&name.to_lowercase()) {
                if country.is_none() || c.is_none() || &country == c {
                    name.clone_from(full);
                    country = country.or_else(|| c.clone());
                }
            }
        }
        let key = match a.kind.as_deref() {
            Some("person") => format!("person:{}", name.to_lowercase()),
            Some("country") => format!("country:{}", a.code.as_deref().or(country.as_deref()).unwrap_or(&name)),
            _ => format!("actor:{}:{}", a.code.as_deref().unwrap_or(""), name.to_lowercase()),
        };
        let code = match (&a.code, &country, &a.sector) {
            (None, Some(c), s) => Some(format!("{c}{}", s.as_deref().unwrap_or(""))),
            (c, _, _) => c.clone(),
        };
        EventActor {
            key,
            name,
            kind: a.kind.clone(),
            country,
            sector: a.sector.clone(),
            code,
            role: a.role.clone(),
        }
    }
}

/// A member of a cluster: item index, why it joined, and the item it was compared with.
type Member = (usize, Vec<String>, Option<usize>);

/// A primary mention prepared for comparison.
struct Item<'a> {
    pos: usize,
    m: &'a EventMention,
    order: usize,
    reported: Option<Date>,
    src: EventActor,
    tgt: Option<EventActor>,
    mirror: Option<usize>,
    range: Option<(Date, Date)>,
}

impl Item<'_> {
    fn id(&self) -> String {
        format!("{}:{}", self.m.doc_id, self.m.index)
    }
    fn tgt_key(&self) -> &str {
        self.tgt.as_ref().map_or("", |t| t.key.as_str())
    }
    /// The planned action of a planned mention, or its own type.
    fn family(&self) -> &str {
        match (&self.m.base_type, self.m.modality) {
            (Some(b), Modality::Planned) => b,
            _ => &self.m.kind,
        }
    }
    /// When it happened, or else when it was reported, as a day range.
    fn when(&self) -> Option<(Date, Date)> {
        self.range.or(self.reported.map(|d| (d, d)))
    }
}

fn cameo_compatible(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if matches!((a, b), ("042", "043") | ("043", "042")) {
        return true;
    }
    let (ra, rb) = (a.get(0..2), b.get(0..2));
    ra.is_some() && ra == rb && (a.ends_with('0') || b.ends_with('0')) && a != "041" && b != "041" && a.len() == 3
}

fn names(x: &Item) -> String {
    match &x.tgt {
        Some(t) => format!("{} and {}", x.src.name, t.name),
        None => x.src.name.clone(),
    }
}

/// Why `b` is the same event as `a`, or `None` when it is not.
fn same_event(a: &Item, b: &Item) -> Option<Vec<String>> {
    let (ma, mb) = (a.m.modality, b.m.modality);
    let planned_held = |p: &Item, h: &Item| {
        p.m.modality == Modality::Planned
            && h.m.modality == Modality::Occurred
            && p.m.base_type.as_deref() == Some(h.m.kind.as_str())
            && p.m
                .base_cameo
                .as_deref()
                .is_none_or(|c| cameo_compatible(c, &h.m.cameo))
            && p.m.doc_id != h.m.doc_id
    };
    let (planned, held) = if planned_held(a, b) {
        (Some(a), Some(b))
    } else if planned_held(b, a) {
        (Some(b), Some(a))
    } else {
        (None, None)
    };
    if ma != mb && planned.is_none() {
        return None;
    }
    let mut why = Vec::new();
    // Type.
    if planned.is_none() {
        // Within one article, talks (040) between the people of a phone call (041) are the call.
        let talks_in_call = a.m.doc_id == b.m.doc_id
            && matches!(
                (a.m.cameo.as_str(), b.m.cameo.as_str()),
                ("040", "041") | ("041", "040")
            );
        if a.m.kind != b.m.kind
            || a.m.base_type != b.m.base_type
            || !(cameo_compatible(&a.m.cameo, &b.m.cameo) || talks_in_call)
        {
            return None;
        }
        if a.m.cameo == b.m.cameo {
            why.push(format!("same type {} {}", a.m.kind, a.m.cameo));
        } else {
            why.push(format!("compatible types {} {}/{}", a.m.kind, a.m.cameo, b.m.cameo));
        }
        if let (Some(x), Some(y)) = (&a.m.mode, &b.m.mode) {
            if x != y && !talks_in_call {
                return None;
            }
        }
    }
    // Participants.
    let sym = a.mirror.is_some() && b.mirror.is_some();
    let same_dir = a.src.key == b.src.key && a.tgt_key() == b.tgt_key();
    let crossed = a.src.key == b.tgt_key() && a.tgt_key() == b.src.key;
    let visit_host = crossed
        && matches!(
            (a.m.cameo.as_str(), b.m.cameo.as_str()),
            ("042", "043") | ("043", "042")
        );
    if !(same_dir || (crossed && (sym || visit_host))) {
        return None;
    }
    // A generic actor (`the company`, `officials`: no country, no code, not a person) is only
    // the same actor within one document.
    let generic = |x: &EventActor| x.kind.as_deref() != Some("person") && x.country.is_none() && x.code.is_none();
    if a.m.doc_id != b.m.doc_id && (generic(&a.src) || a.tgt.as_ref().is_some_and(generic)) {
        return None;
    }
    why.insert(0, format!("same participants ({})", names(a)));
    // Place.
    if let (Some(pa), Some(pb)) = (&a.m.place, &b.m.place) {
        if let (Some(ca), Some(cb)) = (&pa.country, &pb.country) {
            if ca != cb {
                return None;
            }
        }
        if pa.name == pb.name {
            why.push(format!("same place ({})", pa.name));
        }
    }
    // Time.
    let same_doc = a.m.doc_id == b.m.doc_id;
    if let (Some(p), Some(h)) = (planned, held) {
        // Planned and held in different documents (see `planned_held`).
        why.push(format!(
            "{} planned in {}, reported held in {}",
            h.m.kind, p.m.doc_id, h.m.doc_id
        ));
        match (p.range, h.when(), p.reported) {
            (Some(pr), Some(hw), _) => {
                if pr.0 > hw.1 || hw.0 > pr.1 {
                    return None;
                }
                why.push(format!(
                    "planned date {} agrees",
                    p.m.date.value.as_deref().unwrap_or("")
                ));
            }
            (None, Some(hw), Some(rep)) => {
                if rep > hw.1 || days_between(rep, hw.0) > PLANNED_WINDOW_DAYS {
                    return None;
                }
                why.push(format!("announced {rep}, before the held date {}", hw.0));
            }
            _ => return None,
        }
        return Some(why);
    }
    match (a.range, b.range) {
        (Some(x), Some(y)) => {
            if x.0 > y.1 || y.0 > x.1 {
                return None;
            }
            let v = if x.1 < y.1 { &a.m.date.value } else { &b.m.date.value };
            why.push(format!("dates agree ({})", v.as_deref().unwrap_or("")));
        }
        (Some(d), None) | (None, Some(d)) => {
            let undated = if a.range.is_none() { a } else { b };
            match undated.reported {
                Some(r) if days_between(d.0, r) >= -REPORT_BEFORE_DAYS && days_between(d.1, r) <= REPORT_AFTER_DAYS => {
                    why.push(format!("undated mention reported {r}, within a week of {}", d.0));
                }
                _ if same_doc => why.push("same document".into()),
                _ => return None,
            }
        }
        (None, None) => match (a.reported, b.reported) {
            _ if same_doc => why.push("same document".into()),
            (Some(x), Some(y)) if days_between(x, y).abs() <= UNDATED_WINDOW_DAYS => {
                why.push(format!("undated, reported within two days ({x}, {y})"));
            }
            _ => return None,
        },
    }
    Some(why)
}

/// Joins the mentions of a corpus into events. `docs` gives each document's order and
/// reference date; mentions of documents it does not list come last, undated.
pub fn merge(mentions: &[EventMention], docs: &HashMap<String, DocInfo>) -> Merged {
    let people = ActorResolver::new(mentions);
    // A mirror belongs to its primary; a mirror whose primary is missing stands alone.
    let mut by_id: HashMap<(&str, usize), usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        by_id.insert((m.doc_id.as_str(), m.index), i);
    }
    let mut mirror_of_primary: HashMap<usize, usize> = HashMap::new();
    let mut is_mirror = vec![false; mentions.len()];
    for (i, m) in mentions.iter().enumerate() {
        if let Some(&p) = m.mirror_of.and_then(|k| by_id.get(&(m.doc_id.as_str(), k))) {
            if p != i && mentions[p].mirror_of.is_none() {
                is_mirror[i] = true;
                mirror_of_primary.entry(p).or_insert(i);
            }
        }
    }
    let mut items: Vec<Item> = mentions
        .iter()
        .enumerate()
        .filter(|(i, _)| !is_mirror[*i])
        .map(|(i, m)| {
            let info = docs.get(&m.doc_id);
            Item {
                pos: i,
                m,
                order: info.map_or(usize::MAX, |d| d.order),
                reported: info.and_then(|d| d.reported),
                src: people.resolve(&m.source),
                tgt: m.target.as_ref().map(|t| people.resolve(t)),
                mirror: mirror_of_primary.get(&i).map(|&k| mentions[k].index),
                range: date_range(&m.date),
            }
        })
        .collect();
    items.sort_by(|x, y| (x.order, &x.m.doc_id, x.m.index, x.pos).cmp(&(y.order, &y.m.doc_id, y.m.index, y.pos)));

    // Greedy complete-link clustering within blocks of (family, unordered participants).
    let mut clusters: Vec<Vec<Member>> = Vec::new();
    let mut blocks: HashMap<(String, String, String), Vec<usize>> = HashMap::new();
    for (k, it) in items.iter().enumerate() {
        let (x, y) = (it.src.key.clone(), it.tgt_key().to_string());
        let pair = if x <= y { (x, y) } else { (y, x) };
        let block = blocks.entry((it.family().to_string(), pair.0, pair.1)).or_default();
        let mut joined = false;
        for &c in block.iter() {
            let members = &clusters[c];
            let Some(anchor) = members.first().map(|m| m.0) else {
                continue;
            };
            let Some(why) = same_event(&items[anchor], it) else {
                continue;
            };
            if members[1..].iter().all(|m| same_event(&items[m.0], it).is_some()) {
                clusters[c].push((k, why, Some(anchor)));
                joined = true;
                break;
            }
        }
        if !joined {
            block.push(clusters.len());
            clusters.push(vec![(k, Vec::new(), None)]);
        }
    }

    let mut event_of = vec![0usize; mentions.len()];
    let mut events = Vec::with_capacity(clusters.len());
    for (n, members) in clusters.iter().enumerate() {
        let event_id = n + 1;
        let rank = |it: &Item| {
            let m = match it.m.modality {
                Modality::Occurred => 0,
                _ => 1,
            };
            let p = match it.m.date.precision.as_deref() {
                Some("day") => 0,
                Some("month") => 1,
                Some("year") => 2,
                _ => 3,
            };
            (m, p)
        };
        let Some(rep) = members.iter().map(|m| &items[m.0]).min_by_key(|it| rank(it)) else {
            continue;
        };
        let date = members
            .iter()
            .map(|m| &items[m.0])
            .filter(|it| it.range.is_some())
            .min_by_key(|it| rank(it).1)
            .map_or_else(|| rep.m.date.clone(), |it| it.m.date.clone());
        let place = std::iter::once(rep)
            .chain(members.iter().map(|m| &items[m.0]))
            .find_map(|it| it.m.place.as_ref())
            .map(|p| EventPlace {
                name: p.name.clone(),
                country: p.country.clone(),
            });
        let mut sectors = BTreeSet::new();
        let mut projects = BTreeSet::new();
        let mut docs_seen = BTreeSet::new();
        let mut reported: Option<Date> = None;
        let mut links = Vec::new();
        let mut has_planned = false;
        let mut has_held = false;
        for (k, why, with) in members {
            let it = &items[*k];
            sectors.extend(it.m.sectors.iter().cloned());
            projects.extend(it.m.projects.iter().cloned());
            docs_seen.insert(it.m.doc_id.as_str());
            if let Some(r) = it.reported {
                reported = Some(reported.map_or(r, |x| x.min(r)));
            }
            has_planned |= it.m.modality == Modality::Planned;
            has_held |= it.m.modality == Modality::Occurred;
            event_of[it.pos] = event_id;
            if let Some(&mi) = mirror_of_primary.get(&it.pos) {
                event_of[mi] = event_id;
            }
            links.push(MentionLink {
                doc_id: it.m.doc_id.clone(),
                index: it.m.index,
                mirror: it.mirror,
                modality: it.m.modality,
                joined_with: with.map(|a| items[a].id()),
                reasons: why.clone(),
            });
        }
        let planned_then_held = has_planned && has_held && rep.m.modality == Modality::Occurred;
        events.push(Event {
            event_id,
            kind: rep.m.kind.clone(),
            mode: rep.m.mode.clone(),
            cameo: rep.m.cameo.clone(),
            quad_class: quad_class(&rep.m.cameo),
            goldstein: rep.m.goldstein,
            base_type: rep.m.base_type.clone(),
            source: rep.src.clone(),
            target: rep.tgt.clone(),
            symmetric: rep.mirror.is_some(),
            modality: rep.m.modality,
            date,
            reported: reported.map(|d| d.to_string()),
            place,
            sectors: sectors.into_iter().collect(),
            projects: projects.into_iter().collect(),
            num_mentions: members.len(),
            num_documents: docs_seen.len(),
            first_doc: items[members[0].0].m.doc_id.clone(),
            planned_then_held,
            mentions: links,
        });
    }
    Merged {
        events,
        event_of,
        resolver: people,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Evidence;

    fn person(name: &str, country: &str) -> Actor {
        Actor {
            name: name.into(),
            country: Some(country.into()),
            sector: Some("GOV".into()),
            code: Some(format!("{country}GOV")),
            kind: Some("person".into()),
            ..Actor::default()
        }
    }

    fn mention(doc: &str, index: usize, kind: &str, cameo: &str, src: Actor, tgt: Actor) -> EventMention {
        EventMention {
            doc_id: doc.into(),
            index,
            kind: kind.into(),
            cameo: cameo.into(),
            source: src,
            target: Some(tgt),
            evidence: Evidence::default(),
            date: EventDate {
                basis: "unknown".into(),
                ..EventDate::default()
            },
            ..EventMention::default()
        }
    }

    fn dated(mut m: EventMention, v: &str) -> EventMention {
        m.date = EventDate {
            value: Some(v.into()),
            precision: Some(if v.len() == 10 { "day" } else { "month" }.into()),
            basis: "explicit".into(),
            text: None,
        };
        m
    }

    fn with_mirror(m: EventMention) -> [EventMention; 2] {
        let mut r = m.clone();
        r.index = m.index + 1;
        r.mirror_of = Some(m.index);
        std::mem::swap(&mut r.source, r.target.as_mut().unwrap());
        [m, r]
    }

    fn docs(list: &[(&str, Option<&str>)]) -> HashMap<String, DocInfo> {
        list.iter()
            .enumerate()
            .map(|(order, (id, d))| {
                (
                    id.to_string(),
                    DocInfo {
                        order,
                        reported: d.map(|d| d.parse().unwrap()),
                    },
                )
            })
            .collect()
    }

    #[test]
    fn planned_then_held_is_one_event_with_two_mentions() {
        let (ruto, xi) = (person("William Ruto", "KEN"), person("Xi Jinping", "CHN"));
        let mut planned = mention("a", 0, "AGREE", "036", ruto.clone(), xi.clone());
        planned.modality = Modality::Planned;
        planned.base_type = Some("CONSULT".into());
        let held = dated(
            mention("b", 0, "CONSULT", "040", person("Xi", "CHN"), ruto),
            "2024-09-03",
        );
        let mut all = Vec::new();
        all.extend(with_mirror(planned));
        all.extend(with_mirror(held));
        let r = merge(&all, &docs(&[("a", Some("2024-09-01")), ("b", Some("2024-09-03"))]));
        assert_eq!(r.events.len(), 1, "{:#?}", r.events);
        let e = &r.events[0];
        assert_eq!(
            (e.kind.as_str(), e.modality, e.num_mentions, e.num_documents),
            ("CONSULT", Modality::Occurred, 2, 2)
        );
        assert!(e.planned_then_held);
        assert_eq!(e.date.value.as_deref(), Some("2024-09-03"));
        assert_eq!(r.event_of, vec![1, 1, 1, 1]);
        assert_eq!(e.mentions[1].joined_with.as_deref(), Some("a:0"));
        assert!(e.mentions[1].reasons.iter().any(|w| w.contains("planned in a")));
        // The surname became the full name.
        assert!([&e.source.name, &e.target.as_ref().unwrap().name].contains(&&"Xi Jinping".to_string()));
    }

    #[test]
    fn different_dates_types_modalities_and_directions_stay_apart() {
        let (a, b) = (person("Ann Lee", "KEN"), person("Bo Chen", "CHN"));
        let m1 = dated(mention("x", 0, "CONSULT", "040", a.clone(), b.clone()), "2024-09-03");
        let m2 = dated(mention("y", 0, "CONSULT", "040", a.clone(), b.clone()), "2024-10-03");
        let m3 = dated(mention("y", 1, "CONSULT", "041", a.clone(), b.clone()), "2024-09-03");
        let mut m4 = dated(mention("y", 2, "CONSULT", "040", a.clone(), b.clone()), "2024-09-03");
        m4.modality = Modality::Negated;
        let m5 = dated(mention("y", 3, "SUPPORT", "051", a.clone(), b.clone()), "2024-09-03");
        let m6 = dated(mention("y", 4, "SUPPORT", "051", b, a), "2024-09-03");
        let r = merge(&[m1, m2, m3, m4, m5, m6], &docs(&[("x", None), ("y", None)]));
        assert_eq!(r.events.len(), 6);
    }

    #[test]
    fn undated_reports_join_dated_ones_within_a_week_only() {
        let (a, b) = (person("Ann Lee", "KEN"), person("Bo Chen", "CHN"));
        let m1 = dated(mention("x", 0, "CONSULT", "040", a.clone(), b.clone()), "2024-09-03");
        let m2 = mention("y", 0, "CONSULT", "040", a.clone(), b.clone());
        let m3 = mention("z", 0, "CONSULT", "040", a.clone(), b.clone());
        let m4 = mention("w", 0, "CONSULT", "040", a, b);
        let d = docs(&[
            ("x", Some("2024-09-03")),
            ("y", Some("2024-09-05")),
            ("z", Some("2024-11-05")),
            ("w", None),
        ]);
        let r = merge(&[m1, m2, m3, m4], &d);
        assert_eq!(r.event_of, vec![1, 1, 2, 3]);
        assert_eq!(r.events[0].num_documents, 2);
    }

    #[test]
    fn same_document_repeats_merge_and_visits_match_hosting() {
        let (ken, chn) = (
            Actor {
                name: "Kenya".into(),
                code: Some("KEN".into()),
                country: Some("KEN".into()),
                kind: Some("country".into()),
                ..Actor::default()
            },
            Actor {
                name: "China".into(),
                code: Some("CHN".into()),
                country: Some("CHN".into()),
                kind: Some("country".into()),
                ..Actor::default()
            },
        );
        let m1 = mention("x", 0, "AGREE", "030", chn.clone(), ken.clone());
        let m2 = mention("x", 1, "AGREE", "030", chn.clone(), ken.clone());
        let mut v1 = dated(
            mention("x", 2, "CONSULT", "042", ken.clone(), chn.clone()),
            "2024-09-01",
        );
        v1.mode = Some("visit".into());
        let mut v2 = dated(mention("y", 0, "CONSULT", "043", chn, ken), "2024-09-01");
        v2.mode = Some("visit".into());
        let r = merge(&[m1, m2, v1, v2], &docs(&[("x", None), ("y", None)]));
        assert_eq!(r.event_of, vec![1, 1, 2, 2]);
        assert_eq!(quad_class(&r.events[1].cameo), 1);
    }

    #[test]
    fn date_ranges() {
        let d = |v: &str| EventDate {
            value: Some(v.into()),
            ..EventDate::default()
        };
        let (a, b) = date_range(&d("2024-02")).unwrap();
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("2024-02-01".into(), "2024-02-29".into())
        );
        assert_eq!(date_range(&d("2025")).unwrap().1.to_string(), "2025-12-31");
        assert!(date_range(&d("junk")).is_none());
    }
}

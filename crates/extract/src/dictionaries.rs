//! User dictionaries: actor files (dyad's JSON format and the CAMEO/PETRARCH `.actors` format
//! with dated roles), PETRARCH agent files, and CAMEO verb dictionaries.
//!
//! ## JSON actor file
//! ```json
//! [
//!   {"name": "William Ruto", "aliases": ["Ruto", "William Samoei Ruto"], "code": "KENGOV",
//!    "roles": [{"code": "KENGOVAGR", "from": "2008-05-01", "to": "2010-05-31"}]}
//! ]
//! ```
//! `code` applies when no dated role covers the article's date; `from`/`to` may be omitted.
//!
//! ## PETRARCH actor file
//! `PHRASE_ [CODE]` lines (words joined by `_`), `+SYNONYM` lines, and indented dated roles
//! `[CODE yymmdd-yymmdd]`, `[CODE >yymmdd]` (from), `[CODE <yymmdd]` (until); `#` comments and
//! `<!-- … -->` blocks are skipped. The role in force on the article's date (dateline, else
//! publication date) gives the code; with no date, the undated code, else the latest role.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use dyad_core::{CharCursor, Document, EntityKind, Mention};
use dyad_events::lexicon::{Pattern, VerbEntry};
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::HashMap;

/// A problem in a user dictionary.
#[derive(Debug, thiserror::Error)]
pub enum DictError {
    /// The JSON actor file is malformed.
    #[error("actor file: {0}")]
    Json(String),
    /// A line of a PETRARCH-format file is malformed.
    #[error("{kind} dictionary line {line}: {message}")]
    Line {
        /// Which dictionary.
        kind: &'static str,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The matcher could not be built.
    #[error("cannot build the actor matcher: {0}")]
    Build(String),
}

/// A code valid over a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// CAMEO code (`KENGOV`).
    pub code: String,
    /// First day, inclusive.
    pub from: Option<Date>,
    /// Last day, inclusive.
    pub to: Option<Date>,
}

/// One actor of a user dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActorEntry {
    /// Display name (the first phrase).
    pub name: String,
    /// Phrases that name the actor (as they appear in text, words separated by spaces).
    pub phrases: Vec<String>,
    /// Codes, undated or dated.
    pub roles: Vec<Role>,
}

impl ActorEntry {
    /// The code in force on `date`.
    pub fn code_on(&self, date: Option<Date>) -> Option<&str> {
        if let Some(d) = date {
            if let Some(r) = self.roles.iter().find(|r| {
                (r.from.is_some() || r.to.is_some()) && r.from.is_none_or(|f| f <= d) && r.to.is_none_or(|t| d <= t)
            }) {
                return Some(&r.code);
            }
        }
        self.roles
            .iter()
            .find(|r| r.from.is_none() && r.to.is_none())
            .or_else(|| self.roles.iter().max_by_key(|r| r.from))
            .map(|r| r.code.as_str())
    }
}

fn phrase_text(p: &str) -> String {
    p.trim()
        .trim_start_matches('+')
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn petrarch_date(s: &str) -> Option<Date> {
    let s = s.trim();
    match s.len() {
        6 => {
            let yy: i16 = s[0..2].parse().ok()?;
            let year = if yy >= 50 { 1900 + yy } else { 2000 + yy };
            Date::new(year, s[2..4].parse().ok()?, s[4..6].parse().ok()?).ok()
        }
        8 => Date::new(s[0..4].parse().ok()?, s[4..6].parse().ok()?, s[6..8].parse().ok()?).ok(),
        _ => None,
    }
}

/// Parses `[CODE]`, `[CODE yymmdd-yymmdd]`, `[CODE >yymmdd]`, `[CODE <yymmdd]`.
fn parse_role(inner: &str) -> Option<Role> {
    let mut parts = inner.split_whitespace();
    let code = parts.next()?.to_string();
    if code == "---" {
        return None;
    }
    let (from, to) = match parts.next() {
        None => (None, None),
        Some(d) if d.starts_with('>') => (Some(petrarch_date(&d[1..])?), None),
        Some(d) if d.starts_with('<') => (None, Some(petrarch_date(&d[1..])?)),
        Some(d) => {
            let (a, b) = d.split_once('-')?;
            (Some(petrarch_date(a)?), Some(petrarch_date(b)?))
        }
    };
    Some(Role { code, from, to })
}

fn brackets(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(a) = rest.find('[') {
        let Some(b) = rest[a..].find(']') else { break };
        out.push(&rest[a + 1..a + b]);
        rest = &rest[a + b + 1..];
    }
    out
}

/// Parses a PETRARCH/CAMEO actor dictionary. Roles whose dates cannot be read are skipped
/// (and counted in the returned number).
pub fn parse_petrarch_actors(text: &str) -> (Vec<ActorEntry>, usize) {
    let mut out: Vec<ActorEntry> = Vec::new();
    let mut bad = 0;
    let mut in_comment = false;
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("");
        if in_comment {
            if line.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        if line.trim_start().starts_with("<!--") {
            in_comment = !line.contains("-->");
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let roles: Vec<Role> = brackets(line)
            .into_iter()
            .filter_map(|b| {
                let r = parse_role(b);
                if r.is_none() && !b.trim().starts_with("---") {
                    bad += 1;
                }
                r
            })
            .collect();
        let head = line.split('[').next().unwrap_or("").trim();
        if raw.starts_with(char::is_whitespace) && head.is_empty() {
            if let Some(last) = out.last_mut() {
                last.roles.extend(roles);
            }
        } else if let Some(syn) = head.strip_prefix('+') {
            if let Some(last) = out.last_mut() {
                let p = phrase_text(syn.split('{').next().unwrap_or(syn));
                if !p.is_empty() {
                    last.phrases.push(p);
                }
            }
        } else if !head.is_empty() {
            let p = phrase_text(head.split('{').next().unwrap_or(head));
            if !p.is_empty() {
                out.push(ActorEntry {
                    name: p.clone(),
                    phrases: vec![p],
                    roles,
                });
            }
        }
    }
    out.retain(|a| !a.roles.is_empty());
    (out, bad)
}

#[derive(Deserialize)]
struct JsonRole {
    code: String,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
}

#[derive(Deserialize)]
struct JsonActor {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    roles: Vec<JsonRole>,
}

/// Parses dyad's JSON actor file.
pub fn parse_json_actors(text: &str) -> Result<Vec<ActorEntry>, DictError> {
    let actors: Vec<JsonActor> = serde_json::from_str(text).map_err(|e| DictError::Json(e.to_string()))?;
    let date = |s: &Option<String>| -> Result<Option<Date>, DictError> {
        match s {
            None => Ok(None),
            Some(s) => s
                .parse::<Date>()
                .map(Some)
                .map_err(|e| DictError::Json(format!("date {s:?}: {e}"))),
        }
    };
    actors
        .into_iter()
        .map(|a| {
            let mut roles: Vec<Role> = a
                .code
                .map(|c| Role {
                    code: c,
                    from: None,
                    to: None,
                })
                .into_iter()
                .collect();
            for r in a.roles {
                roles.push(Role {
                    code: r.code,
                    from: date(&r.from)?,
                    to: date(&r.to)?,
                });
            }
            let mut phrases = vec![a.name.clone()];
            phrases.extend(a.aliases);
            Ok(ActorEntry {
                name: a.name,
                phrases,
                roles,
            })
        })
        .collect()
}

/// Parses a PETRARCH agents file into (phrase, sector) pairs, expanding `!MACRO!` lines.
pub fn parse_agents(text: &str) -> Vec<(String, String)> {
    let mut macros: Vec<(String, Vec<String>)> = Vec::new();
    let mut out = Vec::new();
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with("<!--") {
            continue;
        }
        if line.starts_with('!') {
            if let Some((name, vals)) = line.split_once('=') {
                macros.push((
                    name.trim().to_string(),
                    vals.split(',').map(|v| v.trim().to_string()).collect(),
                ));
            }
            continue;
        }
        let Some(code) = brackets(line).first().map(|c| c.trim().trim_matches('~').to_string()) else {
            continue;
        };
        if code.is_empty() {
            continue;
        }
        let head = line.split(['[', '{']).next().unwrap_or("").trim();
        let mut forms = vec![head.to_string()];
        for (name, vals) in &macros {
            if forms.iter().any(|f| f.contains(name.as_str())) {
                forms = forms
                    .iter()
                    .flat_map(|f| vals.iter().map(move |v| f.replace(name.as_str(), v)))
                    .collect();
            }
        }
        for f in forms {
            let p = phrase_text(&f).to_lowercase();
            if !p.is_empty() && !p.contains('!') {
                out.push((p, code.clone()));
            }
        }
    }
    out
}

/// Parses a CAMEO/PETRARCH verb dictionary: each verb with its listed inflections, its
/// block's code (`--- NAME [CODE] ---`, or its own `[CODE]`), and the block's patterns
/// (`- * AID [070]`, `- &MILITARY * [154]`). A pattern's words, synonym sets (`&FOOD`, defined
/// by `&NAME` and `+WORD` lines) and bracketed phrases become words that must appear in order
/// around the verb; the actor markers (`$`, `+`, `%`, `^`) are left to dyad's own clause
/// analysis, which finds the actors. Patterns naming a set the file does not define are
/// dropped.
pub fn parse_verbs(text: &str) -> Vec<VerbEntry> {
    // Synonym sets first: patterns may use a set defined further down.
    let mut synsets: HashMap<String, Vec<String>> = HashMap::new();
    let mut current: Option<String> = None;
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if let Some(name) = line.strip_prefix('&') {
            current = Some(name.trim().trim_end_matches('_').to_uppercase());
        } else if let (Some(name), Some(word)) = (&current, line.strip_prefix('+')) {
            let w = phrase_text(word).to_lowercase();
            if let Some(first) = w.split_whitespace().next() {
                synsets.entry(name.clone()).or_default().push(first.to_string());
            }
        } else {
            current = None;
        }
    }
    let mut out: Vec<VerbEntry> = Vec::new();
    let mut block: Option<String> = None;
    let mut block_start = 0;
    let mut in_synset = false;
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            in_synset = false;
            continue;
        }
        if line.starts_with('&') {
            in_synset = true;
            continue;
        }
        if in_synset && line.starts_with('+') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("---") {
            block = brackets(rest)
                .first()
                .map(|c| c.trim().to_string())
                .filter(|c| c != "---" && !c.is_empty());
            block_start = out.len();
            continue;
        }
        if let Some(pattern) = line.strip_prefix('-') {
            let Some(code) = brackets(pattern)
                .first()
                .map(|c| c.trim().to_string())
                .filter(|c| c != "---" && !c.is_empty())
            else {
                continue;
            };
            let Some(p) = verb_pattern(pattern.split('[').next().unwrap_or(""), &synsets) else {
                continue;
            };
            for v in &mut out[block_start..] {
                v.patterns.push((p.clone(), code.clone()));
            }
            continue;
        }
        let own = brackets(line)
            .first()
            .map(|c| c.trim().to_string())
            .filter(|c| c != "---" && !c.is_empty());
        let code = own.or_else(|| block.clone());
        let head = line.split(['[', '{']).next().unwrap_or("").trim();
        let mut forms = vec![phrase_text(head).to_lowercase()];
        if let (Some(a), Some(b)) = (line.find('{'), line.find('}')) {
            if a < b {
                forms.extend(line[a + 1..b].split_whitespace().map(|f| phrase_text(f).to_lowercase()));
            }
        }
        forms.retain(|f| {
            !f.is_empty()
                && f.chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'')
        });
        if !forms.is_empty() {
            out.push(VerbEntry {
                forms,
                cameo: code,
                patterns: Vec::new(),
            });
        }
    }
    // Verbs that code nothing, alone or through a pattern, are of no use.
    out.retain(|v| v.cameo.is_some() || !v.patterns.is_empty());
    out
}

/// The words of a pattern (the text between `-` and its `[CODE]`), split at the verb's `*`.
fn verb_pattern(text: &str, synsets: &HashMap<String, Vec<String>>) -> Option<Pattern> {
    let mut p = Pattern::default();
    let mut seen_verb = false;
    for tok in text.split_whitespace() {
        let tok = tok.trim_matches(|c| matches!(c, '(' | ')' | '{' | '}'));
        if tok == "*" {
            seen_verb = true;
            continue;
        }
        if tok.is_empty() || tok.starts_with(['$', '+', '%', '^']) {
            continue;
        }
        let side = if seen_verb { &mut p.after } else { &mut p.before };
        if let Some(name) = tok.strip_prefix('&') {
            // A set this file does not define: the pattern cannot be checked.
            side.push(synsets.get(&name.trim_end_matches('_').to_uppercase())?.clone());
            continue;
        }
        for w in phrase_text(tok).to_lowercase().split_whitespace() {
            side.push(vec![w.to_string()]);
        }
    }
    seen_verb.then_some(p)
}

/// A compiled user actor dictionary.
#[derive(Debug, Clone)]
pub struct UserActors {
    long: Option<AhoCorasick>,
    long_ix: Vec<usize>,
    short: Option<AhoCorasick>,
    short_ix: Vec<usize>,
    entries: Vec<ActorEntry>,
    countries: std::collections::HashSet<String>,
}

impl UserActors {
    /// Compiles actor entries; `countries` lists the ISO codes that may start an actor code.
    pub fn new(entries: Vec<ActorEntry>, countries: std::collections::HashSet<String>) -> Result<Self, DictError> {
        let (mut long, mut long_ix, mut short, mut short_ix) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (i, e) in entries.iter().enumerate() {
            for p in &e.phrases {
                if p.chars().count() <= 3 {
                    short.push(p.clone());
                    short_ix.push(i);
                } else {
                    long.push(p.clone());
                    long_ix.push(i);
                }
            }
        }
        let build = |pats: &[String], ci: bool| -> Result<Option<AhoCorasick>, DictError> {
            if pats.is_empty() {
                return Ok(None);
            }
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(ci)
                .build(pats)
                .map(Some)
                .map_err(|e| DictError::Build(e.to_string()))
        };
        Ok(UserActors {
            long: build(&long, true)?,
            long_ix,
            short: build(&short, false)?,
            short_ix,
            entries,
            countries,
        })
    }

    /// Number of actors.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Mentions of dictionary actors in a normalized document, with the code in force on the
    /// document's date.
    pub fn find(&self, doc: &Document) -> Vec<Mention> {
        let text = &doc.normalized;
        let date = doc.reference_date();
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for (m, ix) in [(&self.long, &self.long_ix), (&self.short, &self.short_ix)] {
            let Some(m) = m else { continue };
            for h in m.find_iter(text) {
                let (s, e) = (h.start(), h.end());
                let before = s == 0 || !text[..s].chars().next_back().is_some_and(char::is_alphanumeric);
                let after = e == text.len() || !text[e..].chars().next().is_some_and(char::is_alphanumeric);
                if before && after {
                    hits.push((s, e, ix[h.pattern().as_usize()]));
                }
            }
        }
        hits.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut cursor = CharCursor::new(text);
        let mut out = Vec::new();
        let mut last_end = 0;
        let mut sent = 0;
        for (s, e, i) in hits {
            if s < last_end {
                continue;
            }
            let entry = &self.entries[i];
            let Some(code) = entry.code_on(date) else { continue };
            let start = doc.offset_map.to_original_start(cursor.char_offset(s));
            let end = doc.offset_map.to_original_end(cursor.char_offset(e));
            while sent < doc.sentences.len() && doc.sentences[sent].end <= start {
                sent += 1;
            }
            let Some(sentence) = doc.sentences.get(sent) else { break };
            if sentence.start > start || sentence.end < end {
                continue;
            }
            last_end = e;
            let country = code
                .get(0..3)
                .filter(|c| self.countries.contains(*c))
                .map(str::to_string);
            let sector = match (&country, code.len()) {
                (Some(_), n) if n >= 6 => Some(code[3..6].to_string()),
                (None, n) if code.starts_with("IGO") && n >= 3 => Some("IGO".to_string()),
                _ => None,
            };
            out.push(Mention {
                start,
                end,
                sentence: sent,
                text: text[s..e].to_string(),
                kind: EntityKind::Actor,
                country,
                canonical: Some(entry.name.clone()),
                sector,
                code: Some(code.to_string()),
                source: "user-actors".into(),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const PETRARCH: &str = "<!-- header\n comment -->\nWILLIAM_SAMOEI_RUTO_  # CountryInfo.txt\n+WILLIAM_RUTO\n+RUTO_\n\t[KENGOVAGR 080501-100531]\n\t[KENGOVEDU >100601]\nKENYA_ [KEN]\n+KENYAN_\nUN_SECRETARY_GENERAL\n+UNSG\n\t[IGOUNO]\nBROKEN_ [XYZ 2004017-20061201]\n";

    #[test]
    fn petrarch_actors_with_dated_roles() {
        let (a, bad) = parse_petrarch_actors(PETRARCH);
        assert_eq!(bad, 1);
        assert_eq!(a.len(), 3);
        assert_eq!(a[0].phrases, vec!["WILLIAM SAMOEI RUTO", "WILLIAM RUTO", "RUTO"]);
        assert_eq!(a[0].code_on(Some(date(2009, 1, 1))), Some("KENGOVAGR"));
        assert_eq!(a[0].code_on(Some(date(2024, 9, 3))), Some("KENGOVEDU"));
        assert_eq!(a[0].code_on(None), Some("KENGOVEDU"));
        assert_eq!(a[1].code_on(None), Some("KEN"));
        assert_eq!(a[2].code_on(Some(date(2020, 1, 1))), Some("IGOUNO"));
    }

    #[test]
    fn json_actors() {
        let a = parse_json_actors(r#"[{"name": "William Ruto", "aliases": ["Ruto"], "code": "KENGOV", "roles": [{"code": "KENGOVAGR", "from": "2008-05-01", "to": "2010-05-31"}]}]"#).unwrap();
        assert_eq!(a[0].code_on(Some(date(2009, 1, 1))), Some("KENGOVAGR"));
        assert_eq!(a[0].code_on(Some(date(2024, 1, 1))), Some("KENGOV"));
        assert!(parse_json_actors("{not json").is_err());
    }

    #[test]
    fn agents_and_verbs() {
        let agents = parse_agents(
            "!PERSON! = MAN, WOMAN\nCATTLE!PERSON! [~AGR]\nPRESIDENT_ [~GOV]\nPEACEKEEPING_TROOPS {} [IGO~]\n",
        );
        assert_eq!(
            agents,
            vec![
                ("cattleman".into(), "AGR".into()),
                ("cattlewoman".into(), "AGR".into()),
                ("president".into(), "GOV".into()),
                ("peacekeeping troops".into(), "IGO".into())
            ]
        );
        let verbs = parse_verbs(
            "&FOOD\n+FOOD\n+RICE_\n\n---  MEET_PEOPLE   [040]  ---\n+MEET_WITH {+MET_WITH +MEETS_WITH}\nMEET {MEETS MET MEETING}\n- * PAYMENT [061]\nACCUSE [112]\n---  ADD   [---]  ---\nTACK_ON\n---  RUSH   [---]  ---\nRUSH\n- * &FOOD (TO $) [073]  # RUSH\n- &MILITARY * [154]\n",
        );
        assert_eq!(verbs[0].forms, vec!["meet with", "met with", "meets with"]);
        assert_eq!(verbs[0].cameo.as_deref(), Some("040"));
        assert_eq!(verbs[1].forms, vec!["meet", "meets", "met", "meeting"]);
        // The block's pattern applies to every verb of the block.
        let payment = Pattern {
            before: vec![],
            after: vec![vec!["payment".to_string()]],
        };
        assert_eq!(verbs[1].patterns, vec![(payment, "061".to_string())]);
        assert_eq!(verbs[2].forms, vec!["accuse"]);
        assert_eq!(verbs[2].cameo.as_deref(), Some("112"));
        // A `[---]` verb codes only through its patterns; an unknown set is left out.
        assert_eq!(verbs[3].forms, vec!["rush"]);
        assert_eq!(verbs[3].cameo, None);
        let food = Pattern {
            before: vec![],
            after: vec![vec!["food".to_string(), "rice".to_string()], vec!["to".to_string()]],
        };
        assert_eq!(verbs[3].patterns[0], (food, "073".to_string()));
        assert_eq!(verbs[3].patterns.len(), 1, "a pattern with an undefined set is dropped");
        assert_eq!(verbs.len(), 4);
    }
}

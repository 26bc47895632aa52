//! Dictionary matching: countries, demonyms and international organisations.
//!
//! Phrases are matched in the document's normalized text (leftmost-longest, whole words, case
//! as written plus an all-capitals variant for headlines), then mapped back to original-text
//! offsets and to the sentence they fall in. Text outside sentences (boilerplate, captions,
//! datelines) yields nothing.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use dyad_core::{CharCursor, Document, EntityKind, Mention};

/// One dictionary entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What the phrase names.
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-3 for countries and demonyms.
    pub country: Option<String>,
    /// Organisation or country code.
    pub code: String,
    /// Canonical name.
    pub canonical: String,
    /// Sector code, when the entry implies one.
    pub sector: Option<String>,
}

/// A compiled phrase dictionary.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    matcher: AhoCorasick,
    entries: Vec<Entry>,
    /// Pattern index → entry index.
    pattern_entry: Vec<usize>,
}

/// A problem in a dictionary file.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// A line does not have the expected columns.
    #[error("{file} line {line}: expected at least {expected} tab-separated columns")]
    Columns {
        /// File name.
        file: String,
        /// 1-based line.
        line: usize,
        /// Columns expected.
        expected: usize,
    },
    /// The matcher could not be built.
    #[error("cannot build the dictionary matcher: {0}")]
    Build(String),
}

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const IGOS: &str = include_str!("../data/igos.tsv");
const TITLES: &str = include_str!("../data/titles.tsv");
const CAPITALS: &str = include_str!("../data/capitals.tsv");

fn rows<'a>(
    file: &'a str,
    text: &'a str,
    min: usize,
) -> impl Iterator<Item = Result<Vec<&'a str>, GazetteerError>> + 'a {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(move |(i, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            if cols.len() < min {
                Err(GazetteerError::Columns {
                    file: file.to_string(),
                    line: i + 1,
                    expected: min,
                })
            } else {
                Ok(cols)
            }
        })
}

fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

impl Gazetteer {
    /// The dictionaries shipped with dyad.
    pub fn builtin() -> Result<Self, GazetteerError> {
        Self::builtin_with_titles(&[])
    }

    /// Names of the built-in country table by ISO 3166-1 alpha-3 code.
    pub fn country_names() -> std::collections::HashMap<String, String> {
        COUNTRIES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((cols.next()?.to_string(), cols.next()?.to_string()))
            })
            .collect()
    }

    /// ISO 3166-1 alpha-3 codes of the built-in country table.
    pub fn country_codes() -> std::collections::HashSet<String> {
        COUNTRIES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .map(str::to_string)
            .collect()
    }

    /// The built-in dictionaries plus user titles and agents (`(phrase, sector)`, lowercase
    /// phrases, matched as written and capitalised), which come after the built-in ones.
    pub fn builtin_with_titles(extra: &[(String, String)]) -> Result<Self, GazetteerError> {
        let mut phrases: Vec<(String, Entry)> = Vec::new();
        for row in rows("countries.tsv", COUNTRIES, 2) {
            let cols = row?;
            let (iso, name) = (cols[0], cols[1]);
            let country = Entry {
                kind: EntityKind::Country,
                country: Some(iso.into()),
                code: iso.into(),
                canonical: name.into(),
                sector: None,
            };
            phrases.push((name.to_string(), country.clone()));
            for alias in cols.get(2).copied().into_iter().flat_map(split_list) {
                phrases.push((alias.to_string(), country.clone()));
            }
            for dem in cols.get(3).copied().into_iter().flat_map(split_list) {
                let e = Entry {
                    kind: EntityKind::Demonym,
                    ..country.clone()
                };
                // The plural names the country's people (`Kenyans`, `Pakistanis`, `Afghans`);
                // `Chinese`, `British`, `French` and `Swiss` have none.
                if !dem.ends_with(['s', 'h', 'e']) && !dem.contains(' ') {
                    let people = Entry {
                        sector: Some("CVL".into()),
                        ..e.clone()
                    };
                    phrases.push((format!("{dem}s"), people));
                }
                phrases.push((dem.to_string(), e));
            }
        }
        for row in rows("igos.tsv", IGOS, 2) {
            let cols = row?;
            let e = Entry {
                kind: EntityKind::Igo,
                country: None,
                code: cols[0].into(),
                canonical: cols[1].into(),
                sector: Some("IGO".into()),
            };
            phrases.push((cols[1].to_string(), e.clone()));
            for alias in cols.get(2).copied().into_iter().flat_map(split_list) {
                phrases.push((alias.to_string(), e.clone()));
            }
        }
        for row in rows("capitals.tsv", CAPITALS, 2) {
            let cols = row?;
            let sector = cols
                .get(2)
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            let e = Entry {
                kind: EntityKind::Loc,
                country: Some(cols[1].into()),
                code: cols[1].into(),
                canonical: cols[0].into(),
                sector,
            };
            phrases.push((cols[0].to_string(), e));
        }
        for row in rows("titles.tsv", TITLES, 4) {
            let cols = row?;
            let e = Entry {
                kind: EntityKind::Title,
                country: None,
                code: cols[1].into(),
                canonical: cols[2].into(),
                sector: Some(cols[1].into()),
            };
            phrases.push((cols[0].to_string(), e.clone()));
            if cols[3].trim() == "y" {
                phrases.push((cols[0].to_lowercase(), e));
            }
        }
        for (phrase, sector) in extra {
            let e = Entry {
                kind: EntityKind::Title,
                country: None,
                code: sector.clone(),
                canonical: phrase.clone(),
                sector: Some(sector.clone()),
            };
            let mut cap = phrase.clone();
            if let Some(f) = cap.get_mut(0..1) {
                f.make_ascii_uppercase();
            }
            phrases.push((phrase.clone(), e.clone()));
            phrases.push((cap, e));
        }
        Self::from_phrases(phrases)
    }

    /// Builds a matcher from (phrase, entry) pairs. Earlier pairs win on identical phrases.
    pub fn from_phrases(phrases: Vec<(String, Entry)>) -> Result<Self, GazetteerError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entry = Vec::new();
        let mut entries = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (phrase, entry) in phrases {
            let idx = entries.len();
            entries.push(entry);
            let upper = phrase.to_uppercase();
            for p in [phrase, upper] {
                // Short all-capital forms are only trusted as written ("US", not "Us").
                if p.chars().count() >= 2 && seen.insert(p.clone()) {
                    patterns.push(p);
                    pattern_entry.push(idx);
                }
            }
        }
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .map_err(|e| GazetteerError::Build(e.to_string()))?;
        Ok(Gazetteer {
            matcher,
            entries,
            pattern_entry,
        })
    }

    /// Finds dictionary mentions in a normalized document, in text order.
    pub fn find(&self, doc: &Document) -> Vec<Mention> {
        let text = &doc.normalized;
        let bytes = text.as_bytes();
        let mut cursor = CharCursor::new(text);
        let mut out = Vec::new();
        let mut sent = 0usize;
        for m in self.matcher.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before_ok = s == 0 || !text[..s].chars().next_back().is_some_and(char::is_alphanumeric);
            let after_ok = e == bytes.len() || !text[e..].chars().next().is_some_and(char::is_alphanumeric);
            if !before_ok || !after_ok {
                continue;
            }
            // `South American`, `Latin America`, `Central American`: a region, not the USA.
            if text[s..e].starts_with("America")
                && ["South ", "Latin ", "Central ", "North "]
                    .iter()
                    .any(|r| text[..s].ends_with(r))
            {
                continue;
            }
            let start = doc.offset_map.to_original_start(cursor.char_offset(s));
            let end = doc.offset_map.to_original_end(cursor.char_offset(e));
            while sent < doc.sentences.len() && doc.sentences[sent].end <= start {
                sent += 1;
            }
            let Some(sentence) = doc.sentences.get(sent) else {
                break;
            };
            if sentence.start > start || sentence.end < end {
                continue;
            }
            let entry = &self.entries[self.pattern_entry[m.pattern().as_usize()]];
            out.push(Mention {
                start,
                end,
                sentence: sent,
                text: text[s..e].to_string(),
                kind: entry.kind,
                country: entry.country.clone(),
                canonical: Some(entry.canonical.clone()),
                sector: entry.sector.clone(),
                code: match entry.kind {
                    EntityKind::Igo => Some(format!("IGO{}", entry.code)),
                    EntityKind::Country | EntityKind::Demonym | EntityKind::Loc => Some(entry.code.clone()),
                    _ => None,
                },
                source: "gazetteer".into(),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Sentence, Status};

    fn doc(text: &str) -> Document {
        let n = text.chars().count();
        Document {
            id: "t".into(),
            status: Status::Ok,
            text: text.into(),
            normalized: text.into(),
            sentences: vec![Sentence {
                start: 0,
                end: n,
                paragraph: 0,
                headline: false,
                text: text.into(),
                tokens: vec![],
            }],
            ..Document::default()
        }
    }

    #[test]
    fn countries_demonyms_and_igos() {
        let g = Gazetteer::builtin().unwrap();
        let d = doc("Kenyan President William Ruto met the U.S. envoy and the African Union in Kenya-China talks; Kazakhstan's USAID");
        let f: Vec<(String, EntityKind, Option<String>)> = g
            .find(&d)
            .into_iter()
            .map(|m| (d.text[m.start..m.end].to_string(), m.kind, m.country))
            .collect();
        assert_eq!(f[0], ("Kenyan".into(), EntityKind::Demonym, Some("KEN".into())));
        assert_eq!(f[1], ("President".into(), EntityKind::Title, None));
        assert_eq!(f[2], ("U.S.".into(), EntityKind::Country, Some("USA".into())));
        assert_eq!(f[3], ("envoy".into(), EntityKind::Title, None));
        assert_eq!(f[4], ("African Union".into(), EntityKind::Igo, None));
        assert_eq!(f[5].0, "Kenya");
        assert_eq!(f[6].0, "China");
        assert_eq!(f[7], ("Kazakhstan".into(), EntityKind::Country, Some("KAZ".into())));
        assert_eq!(f.len(), 8, "USAID is not USA: {f:?}");
    }

    #[test]
    fn titles_in_either_case_with_sectors() {
        let g = Gazetteer::builtin().unwrap();
        let d =
            doc("the Kenya president and US Secretary of State Marco Rubio met a cabinet secretary and General Ogolla");
        let f: Vec<(String, Option<String>)> = g
            .find(&d)
            .into_iter()
            .filter(|m| m.kind == EntityKind::Title)
            .map(|m| (m.text, m.sector))
            .collect();
        assert_eq!(
            f,
            vec![
                ("president".to_string(), Some("GOV".to_string())),
                ("Secretary of State".to_string(), Some("GOV".to_string())),
                ("cabinet secretary".to_string(), Some("GOV".to_string())),
                ("General".to_string(), Some("MIL".to_string())),
            ]
        );
        let d = doc("the general election");
        assert!(g.find(&d).is_empty());
    }

    #[test]
    fn text_outside_sentences_is_ignored() {
        let g = Gazetteer::builtin().unwrap();
        let mut d = doc("BEIJING, China -- Kenya");
        d.sentences[0].start = 18;
        let found = g.find(&d);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "Kenya");
    }
}

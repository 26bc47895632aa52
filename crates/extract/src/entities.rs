//! Tagger and dictionary entities, merged.

use dyad_core::{Annotated, Document, EntityKind, Extract, Mention, Status};
use dyad_tagger::{Kind, Tagger};

use crate::{Gazetteer, GazetteerError};

/// Errors building the entity extractor.
#[derive(Debug, thiserror::Error)]
pub enum EntityError {
    /// The dictionaries.
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
    /// The tagger model.
    #[error(transparent)]
    Tagger(#[from] dyad_tagger::TaggerError),
}

/// The `entities` extractor: statistical tagger plus dictionaries.
#[derive(Debug, Clone)]
pub struct EntityExtractor {
    gazetteer: Gazetteer,
    tagger: Tagger,
}

impl EntityExtractor {
    /// With dyad's built-in dictionaries and model.
    pub fn builtin() -> Result<Self, EntityError> {
        Ok(EntityExtractor {
            gazetteer: Gazetteer::builtin()?,
            tagger: Tagger::builtin()?,
        })
    }

    /// With the given parts.
    pub fn new(gazetteer: Gazetteer, tagger: Tagger) -> Self {
        EntityExtractor { gazetteer, tagger }
    }

    /// With the built-in model and dictionaries plus user titles/agents.
    pub fn with_titles(extra: &[(String, String)]) -> Result<Self, EntityError> {
        Ok(EntityExtractor {
            gazetteer: Gazetteer::builtin_with_titles(extra)?,
            tagger: Tagger::builtin()?,
        })
    }

    /// Tagger mentions of a document.
    pub fn tagged(&self, doc: &Document) -> Vec<Mention> {
        let mut out = Vec::new();
        // The whole document at once: the tagger reads each sentence with what the others say.
        let sentences: Vec<Vec<&str>> = doc
            .sentences
            .iter()
            .map(|s| s.tokens.iter().map(|t| t.text.as_str()).collect())
            .collect();
        let entities = self.tagger.document_entities(&sentences);
        for (((si, s), found), words) in doc.sentences.iter().enumerate().zip(entities).zip(&sentences) {
            for e in join_surname_he(words, join_name_particles(words, found)) {
                let span = &s.tokens[e.start..e.end];
                out.push(Mention {
                    start: span[0].start,
                    end: span[span.len() - 1].end,
                    sentence: si,
                    text: span_text(span),
                    kind: match e.kind {
                        Kind::Per => EntityKind::Per,
                        Kind::Org => EntityKind::Org,
                        Kind::Loc => EntityKind::Loc,
                        Kind::Misc => EntityKind::Misc,
                    },
                    country: None,
                    canonical: None,
                    sector: None,
                    code: None,
                    source: "tagger".into(),
                });
            }
        }
        // One name, one reading: a lone word the tagger took for a place or organisation that
        // is part of a person's full name elsewhere in the document is that person (`Mudavadi`
        // after `Musalia Mudavadi`).
        let person_words: std::collections::HashSet<String> = out
            .iter()
            .filter(|m| m.kind == EntityKind::Per && m.text.contains(' '))
            .flat_map(|m| m.text.split(' ').map(str::to_string).collect::<Vec<_>>())
            .collect();
        for m in &mut out {
            if matches!(m.kind, EntityKind::Org | EntityKind::Loc | EntityKind::Misc) && person_words.contains(&m.text)
            {
                m.kind = EntityKind::Per;
            }
        }
        out
    }
}

/// The words of a span of tokens, a space where the text has one.
fn span_text(span: &[dyad_core::Token]) -> String {
    let mut text = String::new();
    for (i, t) in span.iter().enumerate() {
        if i > 0 && span[i - 1].end < t.start {
            text.push(' ');
        }
        text.push_str(&t.text);
    }
    text
}

/// Lowercase particles inside personal names. The tagger, trained on CoNLL's European news,
/// often stops at them or misreads the name: `Daniel arap Moi` came out as `Daniel`, `Osama bin
/// Laden` as a place `Osama`.
const NAME_PARTICLES: &[&str] = &[
    "al", "arap", "bin", "bint", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le",
    "ould", "van", "von", "wa", "zu",
];

/// The particles that only personal names have; the others also join place names (`Rio de
/// Janeiro`, `Costa del Sol`).
const PERSONAL_PARTICLES: &[&str] = &["arap", "bin", "bint", "ibn", "ould", "van", "von", "wa"];

/// Joins a name, name particles and the capitalised words after them into one person
/// (`Ursula` + `von der` + `Leyen`), absorbing whatever the tagger made of those words. The
/// name before must be a person, or the particles personal ones.
fn join_name_particles(words: &[&str], found: Vec<dyad_tagger::Entity>) -> Vec<dyad_tagger::Entity> {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut out: Vec<dyad_tagger::Entity> = Vec::with_capacity(found.len());
    let mut rest = found.into_iter().peekable();
    while let Some(mut e) = rest.next() {
        loop {
            let mut k = e.end;
            while k < words.len() && NAME_PARTICLES.contains(&words[k]) {
                k += 1;
            }
            let personal = words[e.end..k].iter().any(|w| PERSONAL_PARTICLES.contains(w));
            if k == e.end || k >= words.len() || !capitalised(words[k]) || !(e.kind == Kind::Per || personal) {
                break;
            }
            let mut end = k;
            while end < words.len() && capitalised(words[end]) {
                end += 1;
            }
            // Entities the longer name now covers are part of it.
            while let Some(next) = rest.next_if(|n| n.start < end) {
                end = end.max(next.end);
            }
            e.end = end;
            e.kind = Kind::Per;
        }
        // A double-barrelled surname the tagger left out (`Alix Didier Fils-Aime`).
        let barrelled = |w: &str| {
            let parts: Vec<&str> = w.split('-').collect();
            parts.len() == 2
                && parts.iter().all(|p| {
                    p.len() > 1
                        && capitalised(p)
                        && p.chars().all(char::is_alphabetic)
                        && p.chars().skip(1).any(char::is_lowercase)
                })
        };
        if e.kind == Kind::Per
            && words.get(e.end).is_some_and(|w| barrelled(w))
            && rest.peek().is_none_or(|n| n.start > e.end)
        {
            e.end += 1;
        }
        out.push(e);
    }
    out
}

/// `He` capitalised inside a sentence, right before a one-word name, is the Chinese surname
/// He (`Chinese Vice Premier He Lifeng`), not the pronoun: the tagger, which reads it as the
/// pronoun, keeps only `Lifeng`. (At the start of a sentence it stays the pronoun.)
fn join_surname_he(words: &[&str], mut found: Vec<dyad_tagger::Entity>) -> Vec<dyad_tagger::Entity> {
    let opens = |w: &str| {
        matches!(
            w,
            "\"" | "\u{201c}" | "'" | "(" | ":" | "-" | "\u{2014}" | "\u{2013}" | "." | ";"
        )
    };
    for e in &mut found {
        if e.end == e.start + 1
            && e.start >= 2
            && words[e.start - 1] == "He"
            && !opens(words[e.start - 2])
            && words[e.start].chars().skip(1).all(char::is_lowercase)
        {
            e.start -= 1;
            e.kind = Kind::Per;
        }
    }
    found
}

/// Cuts the titles and nationalities the dictionary found off the front of a tagged name:
/// the tagger sometimes reads `Prince Abdullah bin Abdul Aziz` as one name, which crossed the
/// dictionary's `Crown Prince`, and the person was lost. Only persons are cut: `General
/// Motors` keeps its name.
fn trim_titles(doc: &Document, dictionary: &[Mention], tagged: Vec<Mention>) -> Vec<Mention> {
    tagged
        .into_iter()
        .map(|mut t| {
            if t.kind != EntityKind::Per {
                return t;
            }
            let mut cut = t.start;
            let mut titled = false;
            // The dictionary's mentions are in text order and do not overlap.
            while let Some(d) = dictionary
                .get(dictionary.partition_point(|d| d.end <= cut))
                .filter(|d| {
                    d.start <= cut && d.end < t.end && matches!(d.kind, EntityKind::Title | EntityKind::Demonym)
                })
            {
                titled |= d.kind == EntityKind::Title;
                cut = d.end;
            }
            if cut == t.start || !titled {
                return t;
            }
            let Some(sentence) = doc.sentences.get(t.sentence) else {
                return t;
            };
            let from = sentence.tokens.partition_point(|k| k.start < cut);
            let rest = &sentence.tokens[from..];
            let rest = &rest[..rest.iter().take_while(|k| k.end <= t.end).count()];
            let (Some(first), Some(last)) = (rest.first(), rest.last()) else {
                return t;
            };
            if !first.text.chars().next().is_some_and(char::is_uppercase) {
                return t;
            }
            t.start = first.start;
            t.end = last.end;
            t.text = span_text(rest);
            t
        })
        .collect()
}

/// Merges tagger mentions into dictionary mentions. Both lists are in text order and neither
/// overlaps itself, so one pass suffices.
pub fn merge(dictionary: Vec<Mention>, tagged: Vec<Mention>) -> Vec<Mention> {
    let mut keep_dict = vec![true; dictionary.len()];
    let mut out = Vec::with_capacity(dictionary.len() + tagged.len());
    let mut first = 0usize; // first dictionary mention that ends after the current tagged start
    for mut t in tagged {
        while first < dictionary.len() && dictionary[first].end <= t.start {
            first += 1;
        }
        let inside: Vec<usize> = (first..dictionary.len())
            .take_while(|&i| dictionary[i].start < t.end)
            .filter(|&i| dictionary[i].end > t.start)
            .collect();
        if inside.is_empty() {
            out.push(t);
            continue;
        }
        let covered = inside
            .iter()
            .any(|&i| dictionary[i].start <= t.start && dictionary[i].end >= t.end);
        let crossing = inside
            .iter()
            .any(|&i| dictionary[i].start < t.start || dictionary[i].end > t.end);
        if covered || crossing || inside.len() > 1 {
            continue; // the dictionary knows these names better
        }
        // The tagged name strictly contains one dictionary name: keep the longer name, which
        // takes the country.
        let g = &dictionary[inside[0]];
        t.country = g.country.clone();
        keep_dict[inside[0]] = false;
        out.push(t);
    }
    out.extend(
        dictionary
            .into_iter()
            .zip(keep_dict)
            .filter(|(_, k)| *k)
            .map(|(m, _)| m),
    );
    out.sort_by(|a, b| (a.start, a.end, &a.source).cmp(&(b.start, b.end, &b.source)));
    out
}

impl Extract for EntityExtractor {
    fn name(&self) -> &str {
        "entities"
    }

    fn extract(&self, doc: Document) -> Annotated {
        if doc.status != Status::Ok {
            return doc.into();
        }
        let dictionary = self.gazetteer.find(&doc);
        let tagged = trim_titles(&doc, &dictionary, self.tagged(&doc));
        let mentions = merge(dictionary, tagged);
        Annotated {
            document: doc,
            mentions,
            ..Annotated::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, end: usize, kind: EntityKind, country: Option<&str>, source: &str) -> Mention {
        Mention {
            start,
            end,
            sentence: 0,
            text: String::new(),
            kind,
            country: country.map(str::to_string),
            canonical: None,
            sector: None,
            code: None,
            source: source.into(),
        }
    }

    #[test]
    fn he_inside_a_sentence_before_a_name_is_a_surname() {
        use dyad_tagger::Entity;
        let spans = |words: &str, start, end| {
            let words: Vec<&str> = words.split(' ').collect();
            join_surname_he(
                &words,
                vec![Entity {
                    start,
                    end,
                    kind: Kind::Org,
                }],
            )
            .iter()
            .map(|e| (e.start, e.end, e.kind))
            .collect::<Vec<_>>()
        };
        assert_eq!(spans("Vice Premier He Lifeng met Bessent", 3, 4), [(2, 4, Kind::Per)]);
        // The pronoun after a sentence break or quote stays a pronoun.
        assert_eq!(spans("he said . He Lifeng", 4, 5), [(4, 5, Kind::Org)]);
        assert_eq!(spans("He Lifeng met Bessent", 1, 2), [(1, 2, Kind::Org)]);
    }

    #[test]
    fn name_particles_join_a_persons_name() {
        use dyad_tagger::Entity;
        let e = |start, end, kind| Entity { start, end, kind };
        let spans = |words: &str, found| {
            let words: Vec<&str> = words.split(' ').collect();
            join_name_particles(&words, found)
                .iter()
                .map(|e| (e.start, e.end, e.kind))
                .collect::<Vec<_>>()
        };
        // A person, then particles and capitalised words the tagger read as something else.
        assert_eq!(
            spans(
                "Daniel arap Moi met Ursula von der Leyen .",
                vec![e(0, 1, Kind::Per), e(4, 5, Kind::Loc), e(7, 8, Kind::Org)]
            ),
            [(0, 3, Kind::Per), (4, 8, Kind::Per)]
        );
        // `de` joins a place's name too, so it needs a person before it.
        assert_eq!(
            spans(
                "Lula visited Rio de Janeiro .",
                vec![e(0, 1, Kind::Per), e(2, 3, Kind::Loc), e(4, 5, Kind::Loc)]
            ),
            [(0, 1, Kind::Per), (2, 3, Kind::Loc), (4, 5, Kind::Loc)]
        );
        // A double-barrelled surname after a person joins it; a tagged word after it does not.
        assert_eq!(
            spans(
                "Alix Didier Fils-Aime phoned Ruto .",
                vec![e(0, 2, Kind::Per), e(4, 5, Kind::Per)]
            ),
            [(0, 3, Kind::Per), (4, 5, Kind::Per)]
        );
        assert_eq!(
            spans("Ruto Kenya-China ties", vec![e(0, 1, Kind::Per), e(1, 2, Kind::Misc)]),
            [(0, 1, Kind::Per), (1, 2, Kind::Misc)]
        );
        // (Not a word of an all-capitals headline.)
        assert_eq!(
            spans("TALKS WITH BRUNSWICK LEAD-ZINC MINERS", vec![e(2, 3, Kind::Per)]),
            [(2, 3, Kind::Per)]
        );
    }

    #[test]
    fn dictionary_wins_on_names_it_knows() {
        let dict = vec![
            m(0, 6, EntityKind::Demonym, Some("KEN"), "gazetteer"),
            m(30, 35, EntityKind::Country, Some("KEN"), "gazetteer"),
        ];
        let tagged = vec![
            m(0, 6, EntityKind::Misc, None, "tagger"),
            m(17, 35, EntityKind::Org, None, "tagger"),
            m(40, 52, EntityKind::Per, None, "tagger"),
        ];
        let out = merge(dict, tagged);
        let got: Vec<(usize, usize, EntityKind, Option<&str>)> = out
            .iter()
            .map(|x| (x.start, x.end, x.kind, x.country.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 6, EntityKind::Demonym, Some("KEN")),
                (17, 35, EntityKind::Org, Some("KEN")),
                (40, 52, EntityKind::Per, None),
            ]
        );
    }

    #[test]
    fn two_countries_inside_a_tagged_name_stay_separate() {
        let dict = vec![
            m(0, 5, EntityKind::Country, Some("KEN"), "gazetteer"),
            m(6, 11, EntityKind::Country, Some("CHN"), "gazetteer"),
        ];
        let out = merge(dict, vec![m(0, 11, EntityKind::Misc, None, "tagger")]);
        assert_eq!(out.len(), 2);
        assert!(out.iter().all(|x| x.source == "gazetteer"));
    }
}

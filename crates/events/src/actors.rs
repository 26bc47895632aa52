//! Actors: entity mentions grouped into actor phrases, people with the roles and countries the
//! text gives them, and within-document coreference (surnames, role descriptions,
//! counterparts, pronouns, "both sides").

use std::collections::HashMap;

use dyad_core::{Actor, Document, EntityKind, Mention};

/// Words that may join the parts of one actor phrase (`China's top diplomat Wang Yi`,
/// `the President of Kenya`).
const CONNECTORS: &[&str] = &[
    "'s",
    "of",
    "the",
    "top",
    "former",
    "deputy",
    "acting",
    "new",
    "then",
    "outgoing",
    "incoming",
    "chief",
    "counterpart",
];

/// What an agreement named after a place may be about, between the place and the agreement
/// (`the Paris climate agreement`).
const AGREEMENT_TOPICS: &[&str] = &[
    "climate",
    "peace",
    "nuclear",
    "trade",
    "ceasefire",
    "cease-fire",
    "grain",
    "arms",
    "security",
    "border",
    "framework",
    "debt",
];

/// Things named after the place they were agreed or are held in (`the Paris accord`).
const NAMED_AFTER_PLACES: &[&str] = &[
    "accord",
    "accords",
    "agreement",
    "agreements",
    "deal",
    "deals",
    "pact",
    "club",
    "convention",
    "conventions",
    "protocol",
    "summit",
    "conference",
    "treaty",
    "declaration",
    "process",
    "round",
    "consensus",
    "olympics",
    "stock",
    "exchange",
    "bourse",
    "market",
    "markets",
    "talks",
    "peace",
];

/// Things a body's name can modify (`army camp`, `police station`): not actors.
const MODIFIED_THINGS: &[&str] = &[
    "camp",
    "camps",
    "base",
    "bases",
    "barracks",
    "station",
    "stations",
    "post",
    "posts",
    "checkpoint",
    "checkpoints",
    "headquarters",
    "building",
    "buildings",
    "compound",
    "vehicle",
    "vehicles",
    "convoy",
    "convoys",
    "truck",
    "trucks",
    "helicopter",
    "helicopters",
    "plane",
    "planes",
    "depot",
    "depots",
    "facility",
    "facilities",
    "office",
    "offices",
    "hospital",
    "property",
    "positions",
    "operation",
    "operations",
    "assault",
    "assaults",
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "raids",
    "invasion",
    "incursion",
    "bombardment",
    "crackdown",
    "deployment",
    "buildup",
    "coup",
    "offensive",
    "campaign",
    "exercise",
    "exercises",
    "drills",
    "intervention",
    "action",
    "aid",
    "assistance",
    "equipment",
    "spending",
    "budget",
    // (`an official visit`, `his official residence`.)
    "visit",
    "visits",
    "trip",
    "trips",
    "tour",
    "residence",
    "ceremony",
    "engagement",
    "engagements",
    "duties",
    "capacity",
    // (`strong military countermeasures`, `military options`.)
    "countermeasures",
    "measures",
    "response",
    "options",
    "option",
    "pressure",
    "power",
    "presence",
    "capabilities",
    "hardware",
    "build-up",
    "hotline",
    "hotlines",
    // (`unity government talks with Mugabe`.)
    "talks",
    "negotiations",
    "channels",
    "communications",
    // (`revoked a military agreement`, `a defence cooperation pact`.)
    "agreement",
    "agreements",
    "pact",
    "accord",
    "cooperation",
    "ties",
];

/// Nouns that make a country or nationality an actor (`the Kenyan government`), with the
/// sector they imply.
const GROUP_NOUNS: &[(&str, &str)] = &[
    ("government", "GOV"),
    ("governments", "GOV"),
    ("leadership", "GOV"),
    ("administration", "GOV"),
    ("delegation", "GOV"),
    ("officials", "GOV"),
    ("authorities", "GOV"),
    ("ministry", "GOV"),
    ("embassy", "GOV"),
    ("banks", "BUS"),
    ("bank", "BUS"),
    ("lenders", "BUS"),
    ("oligarchs", "BUS"),
    ("leaders", "GOV"),
    ("presidents", "GOV"),
    ("ministers", "GOV"),
    ("delegations", "GOV"),
    ("armies", "MIL"),
    ("marines", "MIL"),
    ("navies", "MIL"),
    ("leader", "GOV"),
    ("side", "GOV"),
    ("state", "GOV"),
    ("forces", "MIL"),
    ("troops", "MIL"),
    ("army", "MIL"),
    ("military", "MIL"),
    ("navy", "MIL"),
    ("soldiers", "MIL"),
    ("police", "COP"),
    ("companies", "BUS"),
    ("firms", "BUS"),
    ("businesses", "BUS"),
    ("investors", "BUS"),
    ("businessmen", "BUS"),
    ("entrepreneurs", "BUS"),
    ("people", "CVL"),
    ("citizens", "CVL"),
    ("nationals", "CVL"),
    ("community", "CVL"),
    ("communities", "CVL"),
    ("diaspora", "CVL"),
    ("expatriates", "CVL"),
    ("traders", "BUS"),
    ("farmers", "AGR"),
    ("protesters", "CVL"),
    ("parliament", "LEG"),
    ("lawmakers", "LEG"),
    ("legislators", "LEG"),
    ("rebels", "REB"),
    ("opposition", "OPP"),
    ("civilians", "CVL"),
    ("residents", "CVL"),
    ("villagers", "CVL"),
    ("demonstrators", "CVL"),
    ("activists", "CVL"),
    ("workers", "LAB"),
    ("students", "EDU"),
    ("journalists", "MED"),
    ("refugees", "REF"),
    ("migrants", "REF"),
    ("militants", "REB"),
    ("insurgents", "REB"),
    ("fighters", "REB"),
    ("jihadists", "REB"),
    ("guerrillas", "REB"),
    ("guerillas", "REB"),
    ("separatists", "REB"),
    ("diplomats", "GOV"),
    ("policemen", "COP"),
    ("prosecutors", "JUD"),
    ("courts", "JUD"),
    ("court", "JUD"),
    ("tribunal", "JUD"),
    ("tribunals", "JUD"),
    ("judges", "JUD"),
    ("judge", "JUD"),
    ("regime", "GOV"),
    ("junta", "MIL"),
    // (What a military flies or sails: `Afghan warplanes killed 22 people`.)
    ("warplanes", "MIL"),
    ("jets", "MIL"),
    ("warships", "MIL"),
    ("gunboats", "MIL"),
    ("helicopters", "MIL"),
    ("tanks", "MIL"),
    ("bombers", "MIL"),
];

/// Last words that make a name a project, agreement, plan or event rather than an actor.
pub const PROJECT_HEADS: &[&str] = &[
    "agreement",
    "agreements",
    "partnership",
    "initiative",
    "railway",
    "project",
    "programme",
    "program",
    "forum",
    "summit",
    "conference",
    "expressway",
    "highway",
    "terminal",
    "system",
    "dam",
    "corridor",
    "plan",
    "strategy",
    "vision",
    "treaty",
    "deal",
    "framework",
    "mission",
    "road",
    "bypass",
    "park",
    "zone",
    "port",
    "airport",
    "pipeline",
    "accord",
    "pact",
    "protocol",
    "convention",
    "act",
    "bill",
    "law",
    "policy",
    "fund",
    "scheme",
];

/// Common nouns that name actors without a proper name, with their sector.
const COMMON_ACTORS: &[(&str, &str)] = &[
    ("government", "GOV"),
    ("governments", "GOV"),
    ("administration", "GOV"),
    ("authorities", "GOV"),
    ("officials", "GOV"),
    ("official", "GOV"),
    ("ministry", "GOV"),
    ("regime", "GOV"),
    ("cabinet", "GOV"),
    ("embassy", "GOV"),
    ("diplomats", "GOV"),
    ("police", "COP"),
    ("policemen", "COP"),
    ("troops", "MIL"),
    ("soldiers", "MIL"),
    ("army", "MIL"),
    ("military", "MIL"),
    ("forces", "MIL"),
    ("navy", "MIL"),
    ("militants", "REB"),
    ("rebels", "REB"),
    ("insurgents", "REB"),
    ("fighters", "REB"),
    ("gunmen", "REB"),
    ("guerrillas", "REB"),
    ("guerillas", "REB"),
    ("separatists", "REB"),
    ("jihadists", "REB"),
    ("terrorists", "REB"),
    ("protesters", "CVL"),
    ("protestors", "CVL"),
    ("demonstrators", "CVL"),
    ("activists", "CVL"),
    ("opposition", "OPP"),
    ("court", "JUD"),
    ("courts", "JUD"),
    ("tribunal", "JUD"),
    ("tribunals", "JUD"),
    ("judges", "JUD"),
    ("prosecutors", "JUD"),
    ("lawmakers", "LEG"),
    ("parliament", "LEG"),
    ("congress", "LEG"),
    ("senate", "LEG"),
    ("legislators", "LEG"),
    ("company", "BUS"),
    ("companies", "BUS"),
    ("firms", "BUS"),
    ("workers", "LAB"),
    ("unions", "LAB"),
    ("students", "EDU"),
    ("journalists", "MED"),
    ("refugees", "REF"),
    ("migrants", "REF"),
    ("civilians", "CVL"),
    ("residents", "CVL"),
    ("villagers", "CVL"),
    ("party", "PTY"),
    ("bandits", "CRM"),
    ("kidnappers", "CRM"),
    ("pirates", "CRM"),
    ("smugglers", "CRM"),
    ("traffickers", "CRM"),
    ("gangs", "CRM"),
    ("attackers", "UAF"),
    ("assailants", "UAF"),
    ("junta", "MIL"),
    ("victims", "CVL"),
    ("donors", "IGO"),
    ("militia", "REB"),
    ("militias", "REB"),
    ("militiamen", "REB"),
    ("factions", "REB"),
    ("paramilitaries", "REB"),
    ("herders", "AGR"),
    ("farmers", "AGR"),
    ("traders", "BUS"),
    ("creditors", "BUS"),
    ("bondholders", "BUS"),
    ("doctors", "HLH"),
    ("nurses", "HLH"),
    ("teachers", "EDU"),
    ("universities", "EDU"),
];

/// Roles that name a head of state or government, for matching role descriptions.
const HEAD_ROLES: &[&str] = &[
    "president",
    "head of state",
    "monarch",
    "prime minister",
    "head of government",
    "premier",
];

/// Whether a role names a head of state or government (`president`, `head of state` …).
pub fn is_head_role(role: &str) -> bool {
    HEAD_ROLES.contains(&role)
}

/// What an actor phrase refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum Ref {
    /// A person in the document's registry.
    Person(usize),
    /// A country as an actor.
    Country(String),
    /// An organisation.
    Org {
        /// Name.
        name: String,
        /// Country.
        country: Option<String>,
        /// Sector.
        sector: Option<String>,
        /// Code.
        code: Option<String>,
    },
    /// A country's government, army, companies … (`the Kenyan government`).
    Group {
        /// Country.
        country: String,
        /// Sector.
        sector: String,
    },
    /// An actor named by a common noun (`the authorities`, `Brazil's federal police`).
    Common {
        /// The noun.
        noun: String,
        /// Sector.
        sector: String,
        /// Country, when a possessor or nationality gives it.
        country: Option<String>,
    },
    /// A role without a name (`the Head of State`, `the Kenya president`, `his Kenyan
    /// counterpart`), resolved against the people of the document when an event needs it.
    Role {
        /// Country given with the role.
        country: Option<String>,
        /// Sector of the role.
        sector: Option<String>,
        /// The role (`president`, `counterpart`).
        role: String,
    },
    /// A noun phrase that names no known actor (`the Senate President's aide`, `the
    /// legislation`), taken as the subject or object of a trigger when no actor is there.
    Generic {
        /// The words.
        text: String,
    },
    /// `he`, `she`.
    Pronoun,
    /// `it` or `they` as a subject (`Bangladesh says it will not accept …`, `Burmese authorities
    /// announced they will …`): the country, organisation or group named before it in the
    /// sentence.
    PronounIt,
    /// `his country`, `its government`.
    PronounCountry,
    /// `both sides`, `the two countries` (`countries` when the words name states).
    Pair {
        /// The phrase says countries, nations or governments.
        countries: bool,
        /// The phrase says governments.
        governments: bool,
        /// The phrase says leaders or presidents.
        people: bool,
    },
}

/// A span of tokens in one sentence that names an actor.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Referent.
    pub r: Ref,
    /// The token before is a preposition: an object, not a subject.
    pub after_preposition: bool,
    /// Followed by `'s`: a possessor (`Kenya's economy`), not an actor of the clause.
    pub possessor: bool,
    /// A weak reading (a nationality before an ordinary noun, a place): used only when no
    /// better actor is there.
    pub weak: bool,
}

/// A person known to the document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Person {
    /// Full name as first seen.
    pub name: String,
    /// Name tokens.
    pub tokens: Vec<String>,
    /// Country.
    pub country: Option<String>,
    /// Sector.
    pub sector: Option<String>,
    /// Role.
    pub role: Option<String>,
    /// Number of mentions.
    pub mentions: usize,
    /// Set when the country was inferred from the countries named beside the person.
    pub country_inferred: bool,
}

/// The actors of one document.
#[derive(Debug, Clone, Default)]
pub struct DocActors {
    /// People.
    pub persons: Vec<Person>,
    /// Actor phrases per sentence.
    pub phrases: Vec<Vec<Phrase>>,
    /// Canonical country names by ISO code.
    pub country_names: HashMap<String, String>,
    /// Mentions of each country (names and demonyms).
    pub country_freq: HashMap<String, usize>,
    /// Lowercased tokens of each sentence.
    pub lower: Vec<Vec<String>>,
    /// Token ranges of project and agreement names per sentence (`the Strategic Trade and
    /// Investment Partnership`): things, never participants.
    pub things: Vec<Vec<(usize, usize)>>,
}

/// Prepositions whose object is no subject.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "with", "to", "of", "in", "for", "by", "from", "at", "on", "about", "against", "between", "among", "into",
    "toward", "towards", "over", "under", "within",
];

/// Nouns for a named armed group's members.
const ARMED_MEMBERS: &[&str] = &[
    "fighters",
    "rebels",
    "militants",
    "mercenaries",
    "militiamen",
    "gunmen",
    "insurgents",
    "guerrillas",
    "guerillas",
];

/// Those who speak or act for an organisation named before them (`a Hamas official`).
const SPOKESPEOPLE: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "negotiator",
    "negotiators",
    "delegation",
    "envoy",
    "envoys",
];

/// Raw person facts gathered from one phrase.
#[derive(Debug, Clone, Default)]
struct PersonFacts {
    tokens: Vec<String>,
    country: Option<String>,
    sector: Option<String>,
    role: Option<String>,
}

impl DocActors {
    /// Builds the actors of a document from its entity mentions.
    pub fn new(doc: &Document, mentions: &[Mention]) -> Self {
        let mut d = DocActors::default();
        for m in mentions {
            if matches!(m.kind, EntityKind::Country | EntityKind::Demonym) {
                if let (Some(c), Some(name)) = (&m.country, &m.canonical) {
                    *d.country_freq.entry(c.clone()).or_default() += 1;
                    d.country_names.entry(c.clone()).or_insert_with(|| name.clone());
                }
            }
        }
        let projects = project_names(doc, mentions);
        let acronyms = org_acronyms(doc, mentions);
        // Pass 1: phrases with raw person facts.
        let mut raw: Vec<Vec<(Phrase, Option<PersonFacts>)>> = Vec::new();
        let mut by_sentence: Vec<Vec<&Mention>> = vec![Vec::new(); doc.sentences.len()];
        for m in mentions {
            if let Some(v) = by_sentence.get_mut(m.sentence) {
                v.push(m);
            }
        }
        for (si, s) in doc.sentences.iter().enumerate() {
            let toks: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
            let lower: Vec<String> = toks.iter().map(|t| t.to_lowercase()).collect();
            let mut tm: Vec<Option<&Mention>> = vec![None; toks.len()];
            let mut things = Vec::new();
            for m in &by_sentence[si] {
                let first = s.tokens.partition_point(|t| t.start < m.start);
                if matches!(m.kind, EntityKind::Org | EntityKind::Misc) {
                    let head = m.text.rsplit(' ').next().unwrap_or("").to_lowercase();
                    // Not names that may be bodies (`Government of National Accord`, `Iraq
                    // Humanitarian Fund`, `UN Mission`).
                    let body = matches!(
                        head.as_str(),
                        "accord" | "fund" | "mission" | "forum" | "summit" | "conference"
                    );
                    if !body
                        && !crate::topics::body_of(m.text.split(' '))
                        && (projects.contains(&m.text) || PROJECT_HEADS.contains(&head.as_str()))
                    {
                        let last = s.tokens.partition_point(|t| t.start < m.end);
                        things.push((first, last));
                    }
                }
                for (ti, t) in s.tokens.iter().enumerate().skip(first) {
                    if t.start >= m.end {
                        break;
                    }
                    if t.end <= m.end {
                        tm[ti] = Some(m);
                    }
                }
            }
            raw.push(sentence_phrases(&toks, &lower, &tm, &projects, &acronyms));
            d.lower.push(lower);
            d.things.push(things);
        }
        // Pass 2: the person registry. Full names first, then single names linked to them.
        let mut index: Vec<Vec<Option<usize>>> = raw.iter().map(|v| vec![None; v.len()]).collect();
        for single in [false, true] {
            for (si, v) in raw.iter().enumerate() {
                for (pi, (_, facts)) in v.iter().enumerate() {
                    let Some(f) = facts else { continue };
                    if (f.tokens.len() == 1) != single {
                        continue;
                    }
                    let found = if single {
                        // (Not a woman named by her husband's surname, `Mrs Reagan`, for `President
                        // Reagan`.)
                        let hits: Vec<usize> = (0..d.persons.len())
                            .filter(|&k| {
                                let p = &d.persons[k];
                                p.tokens.contains(&f.tokens[0])
                                    && !p.tokens.first().is_some_and(|t| {
                                        matches!(
                                            t.trim_end_matches('.'),
                                            "Mrs" | "Ms" | "Miss" | "Mme" | "Madame" | "Lady" | "Dame"
                                        )
                                    })
                            })
                            .collect();
                        if hits.len() == 1 {
                            Some(hits[0])
                        } else {
                            None
                        }
                    } else {
                        d.persons.iter().position(|p| p.tokens == f.tokens)
                    };
                    let k = match found {
                        Some(k) => k,
                        None => {
                            d.persons.push(Person {
                                name: f.tokens.join(" "),
                                tokens: f.tokens.clone(),
                                ..Person::default()
                            });
                            d.persons.len() - 1
                        }
                    };
                    let p = &mut d.persons[k];
                    p.mentions += 1;
                    if p.country.is_none() {
                        p.country = f.country.clone();
                    }
                    if p.sector.is_none() {
                        p.sector = f.sector.clone();
                    }
                    if p.role.is_none() {
                        p.role = f.role.clone();
                    }
                    index[si][pi] = Some(k);
                }
            }
        }
        d.phrases = raw
            .into_iter()
            .enumerate()
            .map(|(si, v)| {
                v.into_iter()
                    .enumerate()
                    .map(|(pi, (mut ph, _))| {
                        if let Some(k) = index[si][pi] {
                            ph.r = Ref::Person(k);
                        }
                        ph
                    })
                    .collect()
            })
            .collect();
        // A person the text gives no country: the country named beside them, when one country
        // is named more often than any other in their sentences (outside other actors' words and
        // not as where they are).
        let mut counts: Vec<HashMap<String, usize>> = vec![HashMap::new(); d.persons.len()];
        for (si, s) in doc.sentences.iter().enumerate() {
            let persons_here: Vec<usize> = d.phrases[si]
                .iter()
                .filter_map(|p| match p.r {
                    Ref::Person(k) if d.persons[k].country.is_none() => Some(k),
                    _ => None,
                })
                .collect();
            if persons_here.is_empty() {
                continue;
            }
            for m in &by_sentence[si] {
                let placeish = matches!(m.kind, EntityKind::Country | EntityKind::Demonym)
                    || (m.kind == EntityKind::Loc && m.sector.is_some());
                let (Some(c), true) = (&m.country, placeish) else {
                    continue;
                };
                let Some(ti) = s.tokens.iter().position(|t| t.start == m.start) else {
                    continue;
                };
                let inside_other = d.phrases[si]
                    .iter()
                    .any(|p| p.start <= ti && ti < p.end && !matches!(p.r, Ref::Country(_) | Ref::Group { .. }));
                let word = |k: usize| s.tokens[k].text.to_lowercase();
                let before = (ti >= 2 && word(ti - 1) == "the").then(|| ti - 2).or(ti.checked_sub(1));
                // Where someone is (`met … in Beijing`, `host Ruto at the White House`) is not
                // whose they are.
                let locative = before.is_some_and(|k| LOCATIVE_BEFORE_PLACE.contains(&word(k).as_str()));
                // Nor is a speaker credited after a comma (`…, a State Department official
                // said`): that is someone else's side.
                let credited = (ti.saturating_sub(3)..ti).any(|k| word(k) == ",")
                    && (ti + 1..(ti + 5).min(s.tokens.len())).any(|k| crate::SPEECH.contains(&word(k).as_str()));
                // Nor is another party (`talks with China`, `tariffs imposed by the United
                // States`).
                let other_party =
                    before.is_some_and(|k| matches!(word(k).as_str(), "by" | "with" | "against" | "between" | "from"));
                // Nor the country of someone else in the sentence whose country the text gives
                // (`Ruto invited Tokayev …, and the Kazakh leader accepted`): that is the
                // counterpart's side.
                let counterparts = d.phrases[si].iter().any(|p| match p.r {
                    Ref::Person(k) => d.persons[k].country.as_ref() == Some(c),
                    _ => false,
                });
                if inside_other || locative || credited || other_party || counterparts {
                    continue;
                }
                for k in &persons_here {
                    *counts[*k].entry(c.clone()).or_default() += 1;
                }
            }
        }
        for (k, c) in counts.into_iter().enumerate() {
            let mut v: Vec<(String, usize)> = c.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            if let Some((best, n)) = v.first() {
                // Named beside them at least twice, and more often than any other country: one
                // sentence (`Ruto praised the UAE's efforts`) says nothing of whose they are.
                if *n >= 2 && v.get(1).is_none_or(|(_, m)| m < n) {
                    d.persons[k].country = Some(best.clone());
                    d.persons[k].country_inferred = true;
                }
            }
        }
        d
    }

    /// In a bilateral article (exactly two countries mentioned at least twice), the one that is
    /// not `not`.
    pub fn other_country(&self, not: &str) -> Option<String> {
        match self.bilateral()? {
            (a, b) if a == not => Some(b),
            (a, b) if b == not => Some(a),
            _ => None,
        }
    }

    /// The two countries of a bilateral article (exactly two countries mentioned at least
    /// twice), in code order.
    pub fn bilateral(&self) -> Option<(String, String)> {
        let mut main: Vec<&String> = self
            .country_freq
            .iter()
            .filter(|(_, n)| **n >= 2)
            .map(|(c, _)| c)
            .collect();
        main.sort();
        match main.as_slice() {
            [a, b] => Some(((*a).clone(), (*b).clone())),
            _ => None,
        }
    }

    /// A person matching a role description, other than `exclude`.
    pub fn resolve_role(&self, country: Option<&str>, role: &str, exclude: Option<usize>) -> Option<usize> {
        // (`the Kazakh leader` is its head of state or government, or someone named its leader.)
        let head = HEAD_ROLES.contains(&role) || role == "leader";
        let mut best: Option<(usize, usize)> = None;
        for (k, p) in self.persons.iter().enumerate() {
            if Some(k) == exclude {
                continue;
            }
            if let Some(c) = country {
                if p.country.as_deref() != Some(c) {
                    continue;
                }
            }
            let role_ok = match (&p.role, role) {
                (_, "counterpart") => true,
                (Some(r), _) if head => HEAD_ROLES.contains(&r.as_str()) || r == role,
                (Some(r), _) => r == role,
                (None, _) => false,
            };
            if !role_ok {
                continue;
            }
            if best.is_none_or(|(_, n)| p.mentions > n) {
                best = Some((k, p.mentions));
            }
        }
        best.map(|(k, _)| k)
    }

    /// The actor record of a person.
    pub fn person_actor(&self, k: usize) -> Actor {
        let p = &self.persons[k];
        Actor {
            resolved_by: p
                .country_inferred
                .then(|| "country named beside the person".to_string()),
            name: p.name.clone(),
            country: p.country.clone(),
            sector: p.sector.clone(),
            code: code(p.country.as_deref(), p.sector.as_deref()),
            role: p.role.clone(),
            kind: Some("person".into()),
            ..Actor::default()
        }
    }

    /// The actor record of a country.
    pub fn country_actor(&self, iso: &str) -> Actor {
        Actor {
            name: self.country_names.get(iso).cloned().unwrap_or_else(|| iso.to_string()),
            country: Some(iso.to_string()),
            code: Some(iso.to_string()),
            kind: Some("country".into()),
            ..Actor::default()
        }
    }
}

/// Words that count or gather the people named after `of` (`hundreds of people`).
const QUANTITY_HEADS: &[&str] = &[
    "hundreds",
    "thousands",
    "tens",
    "dozens",
    "scores",
    "millions",
    "group",
    "groups",
    "number",
    "crowd",
    "crowds",
    "majority",
    "band",
    "gang",
    "team",
    "teams",
    "some",
    "many",
    "most",
    "several",
    "all",
    "both",
];

/// Words before a place that say where something happens or goes, not whose someone is.
const LOCATIVE_BEFORE_PLACE: &[&str] = &[
    "in",
    "at",
    "to",
    "into",
    "toward",
    "towards",
    "visit",
    "visited",
    "visiting",
    "visits",
    "via",
    "across",
    "throughout",
    "near",
    "outside",
    "inside",
    "around",
    "reach",
    "reached",
    "arrived",
    "left",
    "leave",
    "leaving",
];

/// Names of projects and agreements in a document, with their acronyms: a name ending in a
/// project word (`Strategic Trade and Investment Partnership`) and the acronym given for it in
/// brackets (`(STIP)`).
pub fn project_names(doc: &Document, mentions: &[Mention]) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    for m in mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Misc))
    {
        let head = m.text.rsplit(' ').next().unwrap_or("").to_lowercase();
        if !PROJECT_HEADS.contains(&head.as_str()) {
            continue;
        }
        out.insert(m.text.clone());
        let Some(s) = doc.sentences.get(m.sentence) else {
            continue;
        };
        if let Some(k) = s.tokens.iter().position(|t| t.end == m.end) {
            if let (Some(open), Some(acr), Some(close)) =
                (s.tokens.get(k + 1), s.tokens.get(k + 2), s.tokens.get(k + 3))
            {
                if open.text == "("
                    && close.text == ")"
                    && acr.text.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                {
                    out.insert(acr.text.clone());
                }
            }
        }
    }
    out
}

/// Organisations given with an acronym in brackets (`Communist Party of China (CPC)`): the
/// acronym → (name, country, sector).
pub fn org_acronyms(doc: &Document, mentions: &[Mention]) -> HashMap<String, (String, Option<String>, Option<String>)> {
    let mut out = HashMap::new();
    for m in mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Igo))
    {
        let Some(s) = doc.sentences.get(m.sentence) else {
            continue;
        };
        let Some(k) = s.tokens.iter().position(|t| t.end == m.end) else {
            continue;
        };
        if let (Some(open), Some(acr), Some(close)) = (s.tokens.get(k + 1), s.tokens.get(k + 2), s.tokens.get(k + 3)) {
            if open.text == "("
                && close.text == ")"
                && acr.text.len() >= 2
                && acr.text.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                let name = m.canonical.clone().unwrap_or_else(|| m.text.clone());
                out.entry(acr.text.clone())
                    .or_insert((name, m.country.clone(), m.sector.clone()));
            }
        }
    }
    out
}

/// CAMEO-style code: country + sector.
pub fn code(country: Option<&str>, sector: Option<&str>) -> Option<String> {
    match (country, sector) {
        (Some(c), Some(s)) => Some(format!("{c}{s}")),
        (Some(c), None) => Some(c.to_string()),
        (None, Some("IGO")) => Some("IGO".into()),
        _ => None,
    }
}

/// The sector of a common noun that names an actor (`authorities` → `GOV`).
fn common_actor(w: &str) -> Option<&'static str> {
    static MAP: std::sync::LazyLock<HashMap<&'static str, &'static str>> =
        std::sync::LazyLock::new(|| COMMON_ACTORS.iter().copied().collect());
    MAP.get(w).copied()
}

/// The sector of a state body named by this word (`Treasury`, `Ministry`, `Parliament`).
fn state_body(w: &str) -> Option<&'static str> {
    match w {
        "ministry" | "treasury" | "department" | "cabinet" | "presidency" | "embassy" => Some("GOV"),
        "parliament" | "senate" | "congress" => Some("LEG"),
        "court" => Some("JUD"),
        "police" => Some("COP"),
        "army" | "navy" => Some("MIL"),
        _ => None,
    }
}

/// A name read as an organisation, with the country the mention carries (`the Taliban`,
/// `Idlib`).
fn named_org(m: &Mention) -> Ref {
    Ref::Org {
        name: m.text.clone(),
        country: m.country.clone(),
        sector: None,
        code: code(m.country.as_deref(), None),
    }
}

/// The sector of a body led by a country (`the Saudi-led coalition`), beyond the group nouns.
fn led_noun(w: &str) -> Option<&'static str> {
    match w {
        // (Not the acts it carries out, which are events: `a Saudi-led strike`.)
        "coalition" | "mission" | "force" | "alliance" | "peacekeepers" | "contingent" => Some("MIL"),
        "consortium" => Some("BUS"),
        _ => None,
    }
}

fn group_noun(w: &str) -> Option<&'static str> {
    static MAP: std::sync::LazyLock<HashMap<&'static str, &'static str>> =
        std::sync::LazyLock::new(|| GROUP_NOUNS.iter().copied().collect());
    MAP.get(w).copied()
}

/// Two phrases listed together (`Brazil and Argentina`, `Sudan, Somalia`, `and the`).
fn listed(lower: &[String], a: &Phrase, b: &Phrase) -> bool {
    a.end <= b.start
        && matches!(
            lower[a.end..b.start]
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .as_slice(),
            ["and"] | [",", "and"] | ["and", "the"] | [","]
        )
}

fn sentence_phrases(
    toks: &[&str],
    lower: &[String],
    tm: &[Option<&Mention>],
    projects: &std::collections::HashSet<String>,
    acronyms: &HashMap<String, (String, Option<String>, Option<String>)>,
) -> Vec<(Phrase, Option<PersonFacts>)> {
    let n = toks.len();
    let mut out: Vec<(Phrase, Option<PersonFacts>)> = Vec::new();
    let prep_before = |i: usize| {
        let mut k = i;
        // (And a place's direction: `in eastern Congo`.)
        while k > 0
            && (matches!(
                lower[k - 1].as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
            ) || DIRECTIONS.contains(&lower[k - 1].as_str())
                // (And what a title-holder now is: `of the jailed former prime minister`.)
                || STATUS_WORDS.contains(&lower[k - 1].as_str()))
        {
            k -= 1;
        }
        // `hundreds of people`, `a group of students`: the people are the phrase's head.
        let of_quantity = k >= 2 && lower[k - 1] == "of" && QUANTITY_HEADS.contains(&lower[k - 2].as_str());
        // Where something is, too (`blocked roads around Paris`); not `around` before a number.
        let locative = k > 0
            && (matches!(
                lower[k - 1].as_str(),
                "near" | "outside" | "inside" | "across" | "throughout" | "along" | "through" | "beyond"
            ) || (lower[k - 1] == "around" && !lower[k].starts_with(|c: char| c.is_ascii_digit())));
        (k > 0 && PREPOSITIONS.contains(&lower[k - 1].as_str()) && !of_quantity) || locative
    };
    let mut i = 0;
    while i < n {
        if tm[i].is_none() {
            let w = lower[i].as_str();
            let next = lower.get(i + 1).map(String::as_str);
            let r_len = match (w, next) {
                ("he" | "she" | "him", _) => Some((Ref::Pronoun, 1)),
                (
                    "it" | "they",
                    Some(
                        "will" | "would" | "has" | "had" | "was" | "is" | "could" | "can" | "should" | "must" | "did"
                        | "does" | "may" | "might" | "also" | "plans" | "wants" | "intends" | "says" | "said" | "have"
                        | "are" | "were" | "plan" | "want" | "intend" | "say",
                    ),
                ) => Some((Ref::PronounIt, 1)),
                ("his" | "her" | "its" | "their", Some("country" | "government" | "nation")) => {
                    Some((Ref::PronounCountry, 2))
                }
                // The world's states and bodies together (`urged the international community to
                // …`).
                ("international", Some("community")) => Some((
                    Ref::Common {
                        noun: "international community".into(),
                        sector: "IGO".into(),
                        country: None,
                    },
                    2,
                )),
                ("both", Some(noun)) => pair(noun).map(|r| (r, 2)),
                // (Not the leaders of a body named after them: `The leaders of the G7 pledged …`.)
                ("the", Some("sides" | "leaders" | "presidents")) if lower.get(i + 2).is_none_or(|w| w != "of") => {
                    next.and_then(pair).map(|r| (r, 2))
                }
                ("the", Some("two")) => lower.get(i + 2).and_then(|noun| pair(noun)).map(|r| (r, 3)),
                _ => None,
            };
            let r_len = r_len.or_else(|| {
                let sector = common_actor(w)?;
                // A body's name before a thing is a modifier (`an army camp`, `a police station`).
                if next.is_some_and(|n| MODIFIED_THINGS.contains(&n)) {
                    return None;
                }
                // A possessor country just before (`Brazil's federal police`) gives the country.
                let country = out.last().and_then(|(p, _)| match &p.r {
                    Ref::Country(c) if p.possessor && p.end + 4 >= i => Some(c.clone()),
                    _ => None,
                });
                Some((
                    Ref::Common {
                        noun: w.to_string(),
                        sector: sector.to_string(),
                        country,
                    },
                    1,
                ))
            });
            if let Some((mut r, len)) = r_len {
                // A nationality right before a common noun gives its country and joins the phrase
                // (`Kenyan teachers`, `Ghanaian farmers`).
                let mut start = i;
                if let Ref::Common {
                    country: country @ None,
                    ..
                } = &mut r
                {
                    if let Some((
                        Phrase {
                            start: s0,
                            end,
                            r: Ref::Country(c),
                            possessor: false,
                            ..
                        },
                        _,
                    )) = out.last()
                    {
                        if *end == i {
                            *country = Some(c.clone());
                            start = *s0;
                        }
                    }
                }
                // A body's noun before another is its modifier, and a possessor country before
                // both gives the head its country (`Niger's military government`, `Mali's
                // military junta`): one phrase, named by its head.
                if let Ref::Common {
                    country: country @ None,
                    ..
                } = &mut r
                {
                    if let [.., (owner, _), (modifier, _)] = out.as_slice() {
                        if let (Ref::Country(c), Ref::Common { country: Some(mc), .. }) = (&owner.r, &modifier.r) {
                            if owner.possessor && modifier.end == i && modifier.end == modifier.start + 1 && c == mc {
                                *country = Some(c.clone());
                                start = modifier.start;
                            }
                        }
                    }
                }
                if start < i {
                    out.pop();
                }
                // A name no phrase took right before armed men is theirs (`M23 rebels`, `Tigray
                // forces`); opening the sentence, only an acronym-like one (not `The rebels`).
                if start == i
                    && i >= 1
                    && matches!(&r, Ref::Common { sector, .. } if sector == "REB" || sector == "MIL")
                    && toks[i - 1].chars().next().is_some_and(|c| c.is_ascii_uppercase())
                    && toks[i - 1].chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                    // (Not a capitalised headline, nor a determiner opening a sentence or quote:
                    // `TROOPS KILLED`, `Our forces`.)
                    && toks[i].starts_with(|c: char| c.is_lowercase())
                    && !matches!(
                        lower[i - 1].as_str(),
                        "our" | "their" | "his" | "her" | "its" | "the" | "these" | "those" | "some" | "all" | "both"
                            | "many" | "most" | "other" | "several" | "few"
                    )
                    && (i >= 2 || toks[i - 1].chars().skip(1).any(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
                {
                    // (Over a place read weakly: `Tigray` is a region, `Tigray forces` a party.)
                    match out.last() {
                        Some((p, _)) if p.end == i && p.weak && p.start + 1 == i && !p.possessor => {
                            out.pop();
                            start = i - 1;
                        }
                        Some((p, _)) if p.end == i => {}
                        _ => start = i - 1,
                    }
                }
                let after_preposition = !matches!(r, Ref::Pair { .. }) && prep_before(start);
                // (`the government's plan`.)
                let possessor = matches!(r, Ref::Common { .. }) && lower.get(i + len).is_some_and(|x| x == "'s");
                out.push((
                    Phrase {
                        start,
                        end: i + len,
                        r,
                        after_preposition,
                        possessor,
                        // An object pronoun stands in only when nobody is named.
                        weak: w == "him",
                    },
                    None,
                ));
                i += len;
            } else {
                i += 1;
            }
            continue;
        }
        // Gather mentions and connectors.
        let start = i;
        let mut j = i;
        let mut parts: Vec<&Mention> = Vec::new();
        while j < n {
            if let Some(m) = tm[j] {
                if parts.last().is_none_or(|p| !std::ptr::eq(*p, m)) {
                    parts.push(m);
                }
                j += 1;
            } else if CONNECTORS.contains(&lower[j].as_str())
                && tm.get(j + 1).is_some_and(|m| m.is_some())
                // (A country's place in an international body is no body of its own: `Sweden's
                // NATO membership`.)
                // (Its envoy there is its own: `Kenya's UN ambassador`.)
                && !(lower[j] == "'s"
                    && tm[j + 1].is_some_and(|m| {
                        let end = (j + 1..n).find(|&k| tm[k].is_none_or(|x| !std::ptr::eq(x, m))).unwrap_or(n);
                        m.kind == EntityKind::Igo && tm.get(end).is_none_or(|x| x.is_none())
                    })
                    && parts.last().is_some_and(|p| p.kind == EntityKind::Country))
            {
                j += 1;
            } else if let Some(k) = portfolio_end(toks, lower, tm, &parts, j) {
                j = k;
            } else {
                break;
            }
        }
        let kinds: Vec<EntityKind> = parts.iter().map(|m| m.kind).collect();
        let country = parts
            .iter()
            .rev()
            .find(|m| matches!(m.kind, EntityKind::Country | EntityKind::Demonym))
            .and_then(|m| m.country.clone());
        let title = parts.iter().rev().find(|m| m.kind == EntityKind::Title);
        let person = parts.iter().rposition(|m| m.kind == EntityKind::Per);
        let user = parts.iter().rposition(|m| m.kind == EntityKind::Actor);
        let org = parts
            .iter()
            .rposition(|m| matches!(m.kind, EntityKind::Igo | EntityKind::Org));
        let possessor = lower.get(j).is_some_and(|w| w == "'s");
        let mut phrase = Phrase {
            start,
            end: j,
            r: Ref::Pair {
                countries: false,
                governments: false,
                people: false,
            },
            after_preposition: prep_before(start),
            possessor,
            weak: false,
        };
        let mut facts = None;
        if let Some(ui) = user {
            // A name from the user's dictionary comes with its code.
            let m = parts[ui];
            phrase.r = Ref::Org {
                name: m.canonical.clone().unwrap_or_else(|| m.text.clone()),
                country: m.country.clone(),
                sector: m.sector.clone(),
                code: m.code.clone(),
            };
        } else if let Some(pi) = person {
            let m = parts[pi];
            let name_tokens: Vec<String> = (start..j)
                .filter(|&t| tm[t].is_some_and(|x| std::ptr::eq(x, m)))
                .map(|t| toks[t].to_string())
                .collect();
            // (`Soviet leader Mikhail Gorbachev`: the country's head.)
            let leader = title.is_none() && country.is_some() && lower[start..j].iter().any(|w| w == "leader");
            let mut f = PersonFacts {
                tokens: name_tokens,
                // (A ministry's country read as an organisation before the title: `U.S.
                // Agriculture Secretary Richard Lyng`; or a nationality read as another name.)
                country: country.clone().or_else(|| m.country.clone()).or_else(|| {
                    let ti = parts.iter().rposition(|m| m.kind == EntityKind::Title)?;
                    let o = parts.get(ti.checked_sub(1)?)?;
                    matches!(o.kind, EntityKind::Org | EntityKind::Misc)
                        .then(|| o.country.clone())
                        .flatten()
                }),
                sector: title.and_then(|t| t.sector.clone()).or_else(|| {
                    lower[start..j]
                        .iter()
                        .any(|w| w == "counterpart" || leader)
                        .then(|| "GOV".to_string())
                }),
                role: title
                    .and_then(|t| t.canonical.clone())
                    .or_else(|| leader.then(|| "leader".to_string())),
            };
            let apposition_end = appositive(toks, lower, tm, j, &mut f);
            // A role phrase and a comma right before: "the President of Kenya, William Ruto".
            // An honorific may come between (`Russia's president, Mr Vladimir Putin`).
            let lead = if start >= 3
                && matches!(
                    toks[start - 1],
                    "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Dr" | "Dr."
                ) {
                start - 1
            } else {
                start
            };
            // (Not a fronted phrase's last words and the clause's subject: `After talks with the
            // Emir of Qatar, Tokayev said …`.)
            let opens_clause = |prev: &Phrase| {
                prev.after_preposition
                    && toks.get(phrase.end).is_some_and(|t| {
                        t.starts_with(|c: char| c.is_lowercase()) && !matches!(*t, "and" | "or" | "of" | "who")
                    })
            };
            if lead >= 2 && toks[lead - 1] == "," {
                if let Some((prev, _)) = out.last() {
                    if prev.end == lead - 1 && !opens_clause(prev) {
                        if let Ref::Role { country, sector, role } = &prev.r {
                            f.country = f.country.clone().or(country.clone());
                            f.sector = f.sector.clone().or(sector.clone());
                            f.role = f.role.clone().or(Some(role.clone()));
                            let (s0, ap) = (prev.start, prev.after_preposition);
                            out.pop();
                            phrase.start = s0;
                            phrase.after_preposition = ap;
                        }
                    }
                }
            }
            phrase.r = Ref::Pair {
                countries: false,
                governments: false,
                people: false,
            }; // replaced by the registry
            facts = Some(f);
            if let Some(e) = apposition_end {
                // Nothing inside an apposition is an actor of its own.
                let (s0, e0) = (phrase.start, phrase.end);
                while phrase.start < phrase.end && CONNECTORS.contains(&lower[phrase.start].as_str()) {
                    phrase.start += 1;
                }
                out.push((
                    Phrase {
                        start: phrase.start.max(s0),
                        end: e0,
                        ..phrase
                    },
                    facts,
                ));
                i = e.max(i + 1);
                continue;
            }
        } else if let Some(oi) = org {
            let m = parts[oi];
            let igo = m.kind == EntityKind::Igo;
            let head = m.text.rsplit(' ').next().unwrap_or("").to_lowercase();
            let next_is_head = lower.get(j).is_some_and(|w| PROJECT_HEADS.contains(&w.as_str()));
            let body = crate::topics::body_of(m.text.split(' '));
            if !igo && !body && (PROJECT_HEADS.contains(&head.as_str()) || next_is_head || projects.contains(&m.text)) {
                i = j.max(i + 1);
                continue; // a project, agreement or event, not an actor
            }
            // An acronym stands for the organisation it was given for (`CPC`).
            let (long, long_country, long_sector) = acronyms.get(&m.text).cloned().unwrap_or_default();
            let org_country = m.country.clone().or(country.clone()).or(long_country);
            // A state body named by its head noun (`US Treasury`, `Kenyan Ministry of Health`,
            // `Senate`) is in that sector of its country.
            let name_words = if long.is_empty() {
                m.text.as_str()
            } else {
                long.as_str()
            };
            let body_sector = name_words.split(' ').find_map(|w| state_body(&w.to_lowercase()));
            phrase.r = Ref::Org {
                name: if long.is_empty() {
                    m.canonical.clone().unwrap_or_else(|| m.text.clone())
                } else {
                    long
                },
                code: if igo {
                    m.code.clone().or_else(|| Some("IGO".to_string()))
                } else {
                    code(org_country.as_deref(), body_sector)
                },
                country: org_country,
                sector: m.sector.clone().or(long_sector).or(body_sector.map(str::to_string)),
            };
            // A named group's fighters are that group (`Hamas fighters`, `the ELN rebels`). (Not
            // before a name: `Hamas commander Yahya Sinwar`.)
            // So are those who speak for it (`a senior Hamas official said`, `NATO officials`).
            if ((!igo && lower.get(j).is_some_and(|w| ARMED_MEMBERS.contains(&w.as_str())))
                || lower.get(j).is_some_and(|w| SPOKESPEOPLE.contains(&w.as_str())))
                && !toks.get(j + 1).is_some_and(|t| t.starts_with(char::is_uppercase))
            {
                phrase.end = j + 1;
            }
        } else if let Some(t) = title {
            // A deputy is not the holder (`Kenya's deputy ambassador` is not its ambassador).
            let role = t.canonical.clone().unwrap_or_default();
            let rank = (0..n)
                .find(|&k| tm[k].is_some_and(|x| std::ptr::eq(x, *t)))
                .and_then(|ti| ti.checked_sub(1))
                .map(|k| lower[k].as_str())
                .filter(|w| matches!(*w, "deputy" | "vice" | "assistant"));
            phrase.r = Ref::Role {
                country: country.clone(),
                sector: t.sector.clone(),
                role: match rank {
                    Some(w) if !role.starts_with(w) => format!("{w} {role}"),
                    _ => role,
                },
            };
        } else if kinds
            .iter()
            .any(|k| matches!(k, EntityKind::Country | EntityKind::Demonym))
        {
            let c = country.clone().unwrap_or_default();
            let noun = lower.get(j).map(String::as_str);
            if noun == Some("counterpart") || noun == Some("counterparts") {
                phrase.r = Ref::Role {
                    country: Some(c),
                    sector: Some("GOV".into()),
                    role: "counterpart".into(),
                };
                phrase.end = j + 1;
            } else if let Some(lj) = leader_word(lower, j)
                .filter(|&lj| tm.get(lj).copied().flatten().is_none() && tm.get(lj + 1).copied().flatten().is_none())
            {
                // `the Kazakh leader`: the country's head, as a role (`Soviet leader Mikhail
                // Gorbachev` names him instead).
                phrase.r = Ref::Role {
                    country: Some(c),
                    sector: Some("GOV".into()),
                    role: "leader".into(),
                };
                phrase.end = lj + 1;
                phrase.possessor = lower.get(lj + 1).is_some_and(|w| w == "'s");
            } else if let Some(sector) = noun.and_then(group_noun) {
                phrase.r = Ref::Group {
                    country: c,
                    sector: sector.to_string(),
                };
                phrase.end = j + 1;
            } else if let (
                Some(
                    "armed" | "security" | "special" | "naval" | "air" | "defence" | "defense" | "federal" | "district"
                    | "supreme" | "high" | "appeals" | "military",
                ),
                Some(sector),
            ) = (noun, lower.get(j + 1).and_then(|w| group_noun(w)))
            {
                // `Jordanian armed forces`, `Kenyan security forces`, `a US federal judge`.
                phrase.r = Ref::Group {
                    country: c,
                    sector: sector.to_string(),
                };
                phrase.end = j + 2;
            } else if let Some(sector) = parts
                .iter()
                .rev()
                .find(|m| m.kind == EntityKind::Demonym)
                .and_then(|m| m.sector.clone())
            {
                // A nationality's plural is its people (`thousands of Kenyans`); `the Saudis`,
                // `the Americans` are the country, as news uses them.
                let the = lower[start] == "the" || (start > 0 && lower[start - 1] == "the");
                phrase.r = if the {
                    Ref::Country(c)
                } else {
                    Ref::Group { country: c, sector }
                };
            } else if kinds.contains(&EntityKind::Country) {
                phrase.r = Ref::Country(c);
            } else {
                // A nationality before an ordinary noun (`German industrial products`): weak.
                phrase.r = Ref::Country(c);
                phrase.weak = true;
            }
        } else if kinds.contains(&EntityKind::Misc)
            && !kinds
                .iter()
                .any(|k| matches!(k, EntityKind::Country | EntityKind::Demonym))
        {
            // Other names (`the Taliban`, `Hezbollah`) may be actors: weak.
            let m = parts[parts.len() - 1];
            let head = m.text.rsplit(' ').next().unwrap_or("").to_lowercase();
            // Not projects, and not adjectival compounds (`Sino-African`, `Kenya-China`).
            // A name with a nationality in it is a thing of that country (`Chinese New Year`)
            // unless it ends in a capitalised place-like word of its own (`Iraqi Kurdistan`).
            let own_name = m.country.is_none()
                || (m.text.split(' ').count() == 2
                    && m.text
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.len() > 4 && !w.ends_with('s')));
            // A force or body a country leads is an actor of that country (`the Saudi-led
            // coalition`, `the Kenya-led mission`), in the sector its noun names.
            let led = m.country.clone().filter(|_| m.text.to_lowercase().ends_with("-led"));
            let led_sector = lower.get(j).and_then(|w| group_noun(w).or_else(|| led_noun(w)));
            // A people's or movement's name before a body's noun names that body (`Tigrayan
            // forces`, `Western diplomats`), with no country of its own. (Not a title before a
            // name: `Tory leader Michael Howard`.)
            let titled = toks.get(j + 1).is_some_and(|t| t.starts_with(char::is_uppercase));
            let body_sector = lower
                .get(j)
                .and_then(|w| common_actor(w).or_else(|| group_noun(w)))
                .filter(|_| {
                    parts.len() == 1
                        && m.country.is_none()
                        && !titled
                        && !m.text.contains('-')
                        && !PROJECT_HEADS.contains(&head.as_str())
                });
            if let (Some(c), Some(sector)) = (led, led_sector) {
                phrase.end = j + 1;
                phrase.r = Ref::Org {
                    name: format!("{} {}", m.text, toks[j]),
                    code: code(Some(&c), Some(sector)),
                    country: Some(c),
                    sector: Some(sector.to_string()),
                };
            } else if let Some(sector) = body_sector {
                phrase.end = j + 1;
                phrase.r = Ref::Org {
                    name: format!("{} {}", m.text, toks[j]),
                    country: None,
                    sector: Some(sector.to_string()),
                    code: None,
                };
            } else if PROJECT_HEADS.contains(&head.as_str()) || !own_name || m.text.contains('-') {
                i = j.max(i + 1);
                continue;
            } else {
                phrase.r = named_org(m);
                phrase.weak = true;
            }
        } else if kinds.contains(&EntityKind::Loc)
            && (lower
                .get(phrase.end)
                .is_some_and(|w| NAMED_AFTER_PLACES.contains(&w.as_str()))
                // (`the Paris climate agreement`, `the Minsk peace accords`.)
                || (lower.get(phrase.end).is_some_and(|w| AGREEMENT_TOPICS.contains(&w.as_str()))
                    && lower
                        .get(phrase.end + 1)
                        .is_some_and(|w| NAMED_AFTER_PLACES.contains(&w.as_str()))))
        {
            // A place naming a thing agreed or held there is no participant (`the Paris accord`,
            // `the Geneva Conventions`, `the Tokyo stock market`).
            i = j.max(i + 1);
            continue;
        } else if let Some(m) = parts
            .iter()
            .find(|m| m.kind == EntityKind::Loc && m.sector.is_some() && m.country.is_some())
        {
            // A capital or seat of government named as an actor stands for the government
            // (`Beijing said`, `the Kremlin warned`); as a place it is only a weak reading.
            // Before a body's noun it names that body (`Moscow officials`, `Beijing police`).
            let body = lower.get(phrase.end).and_then(|w| group_noun(w));
            phrase.r = Ref::Group {
                country: m.country.clone().unwrap_or_default(),
                sector: body.map_or_else(|| m.sector.clone().unwrap_or_default(), str::to_string),
            };
            if body.is_some() {
                phrase.end += 1;
            }
            phrase.weak = phrase.after_preposition && body.is_none();
        } else if kinds.contains(&EntityKind::Loc) {
            // A place as a participant (`a ceasefire in Idlib`): weak.
            phrase.r = named_org(parts[parts.len() - 1]);
            phrase.weak = true;
        } else {
            i = j.max(i + 1);
            continue; // other names are not actors
        }
        // Trim leading connectors ("the") from the span, but not a name's own words (`New York
        // Stock Exchange`, `The Hague`).
        while phrase.start < phrase.end
            && CONNECTORS.contains(&lower[phrase.start].as_str())
            && (tm[phrase.start].is_none() || matches!(lower[phrase.start].as_str(), "the" | "'s" | "of"))
        {
            phrase.start += 1;
        }
        let end = phrase.end;
        out.push((phrase, facts));
        i = end.max(i + 1);
    }
    // A body `of` countries (`the armies of Brazil and Argentina`, `the leaders of France and
    // Germany`): each country's body, acting as the clause's subject.
    let mut k = 0;
    while k < out.len() {
        let p = &out[k].0;
        let body = match &p.r {
            Ref::Country(_) if p.start >= 2 && lower[p.start - 1] == "of" => group_noun(&lower[p.start - 2]),
            _ => None,
        };
        let Some(sector) = body else {
            k += 1;
            continue;
        };
        let mut start = p.start - 2;
        if k > 0 && out[k - 1].0.end > start {
            if !matches!(out[k - 1].0.r, Ref::Common { .. } | Ref::Pair { .. }) {
                k += 1;
                continue;
            }
            start = start.min(out[k - 1].0.start);
            out.remove(k - 1);
            k -= 1;
        }
        while start > 0 && matches!(lower[start - 1].as_str(), "the" | "both") {
            start -= 1;
        }
        let after_preposition = prep_before(start);
        let mut m = k;
        loop {
            let (ph, _) = &mut out[m];
            if let Ref::Country(c) = &ph.r {
                ph.r = Ref::Group {
                    country: c.clone(),
                    sector: sector.to_string(),
                };
            }
            ph.after_preposition = after_preposition;
            ph.weak = false;
            if m == k {
                ph.start = start;
            }
            let next_country = out.get(m + 1).is_some_and(|(q, _)| matches!(q.r, Ref::Country(_)));
            let list = next_country && listed(lower, &out[m].0, &out[m + 1].0);
            if !list {
                break;
            }
            m += 1;
        }
        k = m + 1;
    }
    // A nationality coordinated with a country's body shares the noun (`Japanese and the
    // Australian armies`).
    for k in (1..out.len()).rev() {
        let (a, b) = (&out[k - 1].0, &out[k].0);
        let Ref::Group { sector, .. } = &b.r else { continue };
        let joined = listed(lower, a, b);
        if let (Ref::Country(c), true, true) = (&a.r, a.weak, joined) {
            out[k - 1].0.r = Ref::Group {
                country: c.clone(),
                sector: sector.clone(),
            };
            out[k - 1].0.weak = false;
        }
    }
    // Phrases coordinated with a prepositional object share its status (`in Sudan, South Sudan
    // and Somalia`).
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1].0, &out[k].0);
        if a.after_preposition && a.end <= b.start {
            let between: Vec<&str> = lower[a.end..b.start].iter().map(String::as_str).collect();
            // A bare comma lists things of one kind; after a fronted phrase (`On a visit to
            // Zimbabwe, Ramaphosa …`) it opens the clause.
            let list = match between.as_slice() {
                ["and"] | [",", "and"] | ["and", "the"] | ["or"] => true,
                // (Not when a verb follows it: `After weeks of pressure from Washington, Riyadh
                // agreed …`.)
                // (Nor when what follows is a noun phrase with a common head: `After a meeting
                // in Tokyo, the leaders of Japan and Australia pledged …`.)
                [","] => {
                    std::mem::discriminant(&a.r) == std::mem::discriminant(&b.r)
                        && !(matches!(lower[b.start].as_str(), "the" | "a" | "an")
                            && toks.get(b.start + 1).is_some_and(|t| t.starts_with(char::is_lowercase)))
                        && lower.get(b.end).is_none_or(|w| {
                            matches!(w.as_str(), "," | "and" | "or" | "." | ";" | ")" | "'s")
                                || PREPOSITIONS.contains(&w.as_str())
                        })
                }
                _ => false,
            };
            if list {
                out[k].0.after_preposition = true;
            }
        }
    }
    // A place named with its country (`the Saudi city of Jizan`, `the northern Gaza town of Beit
    // Hanoun`): the country, named by the whole phrase.
    let mut k = 0;
    while k < out.len() {
        let p = &out[k].0;
        let place_of = matches!(p.r, Ref::Country(_))
            && !p.possessor
            && lower.get(p.end).is_some_and(|w| PLACE_NOUNS.contains(&w.as_str()))
            && lower.get(p.end + 1).is_some_and(|w| w == "of")
            && toks.get(p.end + 2).is_some_and(|t| t.starts_with(char::is_uppercase));
        if !place_of {
            k += 1;
            continue;
        }
        let mut end = p.end + 2;
        while end < n && (toks[end].starts_with(char::is_uppercase) || (toks[end] == "-" && end + 1 < n)) {
            end += 1;
        }
        let mut start = p.start;
        while start > 0
            && (PLACE_ADJECTIVES.contains(&lower[start - 1].as_str())
                || DIRECTIONS.contains(&lower[start - 1].as_str()))
        {
            start -= 1;
        }
        if start > 0 && lower[start - 1] == "the" {
            start -= 1;
        }
        let after_preposition = prep_before(start);
        let ph = &mut out[k].0;
        ph.start = start;
        ph.end = end;
        ph.after_preposition = after_preposition;
        // (The place's own name is no second actor.)
        out.retain(|(q, _)| !(q.start > start && q.start < end));
        k += 1;
    }
    // A name and its acronym in brackets are one actor (`The New York Stock Exchange (NYSE)
    // urged …`), named by both: the evidence covers the long form.
    let mut k = 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1].0, &out[k].0);
        let acronym = b.start == a.end + 1
            && b.end == b.start + 1
            && lower[a.end] == "("
            && lower.get(b.end).is_some_and(|w| w == ")")
            && toks[b.start].len() >= 2
            && toks[b.start].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && !a.possessor
            // (The same body, not a place in its name: `the UN Support Mission in Libya (UNSMIL)`.)
            && a.r == b.r;
        if acronym {
            let (b, _) = out.remove(k);
            let a = &mut out[k - 1].0;
            a.weak &= b.weak;
            // (Not after a preposition when the acronym was not: `A delegation of All Pakistan
            // Muslim League (APML) here on Thursday called on …`.)
            a.after_preposition &= b.after_preposition;
            a.end = b.end + 1;
            a.possessor = lower.get(a.end).is_some_and(|w| w == "'s");
        } else {
            k += 1;
        }
    }
    out
}

/// Nouns for a place inside a country (`the Saudi city of Jizan`).
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "port",
    "state",
    "county",
    "capital",
    "enclave",
    "island",
    "governorate",
    "municipality",
    "oblast",
    "prefecture",
    "commune",
    "suburb",
    "neighbourhood",
    "neighborhood",
];

/// Parts of a country by direction (`in eastern Congo`).
const DIRECTIONS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
];

/// Words that may come before a place's country, besides directions (`the restive Gaza town of
/// …`).
const PLACE_ADJECTIVES: &[&str] = &[
    "restive",
    "coastal",
    "border",
    "frontline",
    "front-line",
    "besieged",
    "strategic",
    "key",
    "remote",
    "volatile",
    "tiny",
    "small",
    "major",
    "embattled",
];

/// After a title, its portfolio in capitals up to the name that follows (`Minister of Trade
/// Francis Mwebesa`, `Cabinet Secretary for Foreign and Diaspora Affairs Alfred Mutua`): the position
/// after the portfolio, when a tagged name comes next. The portfolio words are the title's.
///
/// Likewise between a country and the title it qualifies (`Kenyan Foreign Affairs Principal
/// Secretary Korir Sing'oei`, `Kenya's Trade Cabinet Secretary`): the position of the title.
fn portfolio_end(
    toks: &[&str],
    lower: &[String],
    tm: &[Option<&Mention>],
    parts: &[&Mention],
    j: usize,
) -> Option<usize> {
    let last = parts.last()?.kind;
    // An envoy's posting (`Japanese Ambassador to Kenya Ken Okaniwa`): the host country is
    // where they serve, not whose they are, so it is passed over.
    if last == EntityKind::Title && lower[j] == "to" {
        let host = tm.get(j + 1).copied().flatten()?;
        if !matches!(host.kind, EntityKind::Country | EntityKind::Loc | EntityKind::Igo) {
            return None;
        }
        let mut k = j + 1;
        while tm.get(k).copied().flatten().is_some_and(|m| std::ptr::eq(m, host)) {
            k += 1;
        }
        return tm
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|m| m.kind == EntityKind::Per)
            .then_some(k);
    }
    // A country's leader (`Soviet leader Mikhail Gorbachev`).
    // (`Vietnam's top leader To Lam`: a possessive and a rank word may come between.)
    if matches!(last, EntityKind::Country | EntityKind::Demonym) {
        if let Some(k) = leader_word(lower, j).filter(|&k| {
            tm.get(k + 1)
                .copied()
                .flatten()
                .is_some_and(|m| m.kind == EntityKind::Per)
        }) {
            return Some(k + 1);
        }
    }
    let (mut k, wanted) = match (last, lower[j].as_str()) {
        (EntityKind::Title, "of" | "for") => (j + 1, EntityKind::Per),
        (EntityKind::Country | EntityKind::Demonym, "'s") => (j + 1, EntityKind::Title),
        (EntityKind::Country | EntityKind::Demonym, _) => (j, EntityKind::Title),
        // (A ministry of a country: `MITI vice president Makoto Kuroda`.)
        (EntityKind::Org, _) if parts.last().is_some_and(|m| m.country.is_some()) => (j, EntityKind::Title),
        _ => return None,
    };
    let first = k;
    while k < toks.len() && k <= first + 5 && tm[k].is_none() {
        let w = toks[k];
        // (Not the words of an all-capitals headline.)
        let capital = w.chars().next().is_some_and(char::is_uppercase) && !w.chars().skip(1).all(|c| c.is_uppercase());
        // (A lowercase portfolio or rank qualifies a title as well: `British consumer affairs
        // minister Michael Howard`, `Japanese vice minister Makoto Kuroda`.)
        let lowercase = wanted == EntityKind::Title && w.chars().all(|c| c.is_ascii_lowercase()) && !verbish(w);
        if !(capital || lowercase || matches!(w, "and" | "&") || (w == "the" && k == first)) {
            return None;
        }
        k += 1;
    }
    (k > first
        && !matches!(lower[first].as_str(), "and" | "&")
        && !matches!(lower[k - 1].as_str(), "and" | "&" | "the")
        && tm.get(k).is_some_and(|m| m.is_some_and(|m| m.kind == wanted)))
    .then_some(k)
}

/// The position of `leader` naming a country's head right after the country's words at `j`:
/// past a possessive and one rank word (`Vietnam's top leader`, `Iraqi interim leader`).
fn leader_word(lower: &[String], j: usize) -> Option<usize> {
    let mut k = j + usize::from(lower.get(j).is_some_and(|w| w == "'s"));
    if lower
        .get(k)
        .is_some_and(|w| matches!(w.as_str(), "top" | "supreme" | "new" | "interim"))
    {
        k += 1;
    }
    lower.get(k).is_some_and(|w| w == "leader").then_some(k)
}

/// A lowercase word that cannot qualify a title: a verb or a function word (`Kenya said
/// minister …`, `China has a minister …`).
fn verbish(w: &str) -> bool {
    (w.ends_with("ed") || (w.ends_with("ing") && w != "acting") || w.ends_with("ly"))
        || matches!(
            w,
            "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "were"
                | "are"
                | "be"
                | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "to"
                | "of"
                | "for"
                | "with"
                | "on"
                | "in"
                | "at"
                | "by"
                | "from"
                | "that"
                | "which"
                | "who"
                | "as"
                | "after"
                | "before"
                | "also"
                | "not"
                | "its"
                | "his"
                | "her"
                | "their"
                | "a"
                | "an"
                | "the"
                | "and"
                | "or"
                | "but"
                | "than"
                | "when"
                | "while"
                | "where"
                | "if"
                | "met"
                | "meets"
                | "sent"
                | "sends"
                | "asked"
                | "asks"
                | "urged"
                | "urges"
                | "named"
                | "appointed"
                | "new"
                | "other"
                | "whose"
        )
}

/// What a title-holder now is, before the title (`the jailed former prime minister`).
const STATUS_WORDS: &[&str] = &[
    "former",
    "late",
    "jailed",
    "ousted",
    "exiled",
    "detained",
    "imprisoned",
    "deposed",
    "toppled",
    "slain",
    "murdered",
    "assassinated",
    "acting",
    "incoming",
    "outgoing",
    "embattled",
    "ailing",
    "interim",
    "then",
];

/// `both sides`, `the two countries`, `the two leaders`: a reference to the pair just discussed.
fn pair(noun: &str) -> Option<Ref> {
    matches!(
        noun,
        "sides" | "countries" | "nations" | "leaders" | "parties" | "governments" | "presidents" | "delegations"
    )
    .then(|| Ref::Pair {
        countries: matches!(noun, "countries" | "nations" | "governments"),
        governments: noun == "governments",
        people: matches!(noun, "leaders" | "presidents"),
    })
}

/// Reads an apposition after a name: `Alfred Mutua, cabinet secretary for Foreign and Diaspora
/// Affairs of Kenya` or `Wang Yi, a member of the … Communist Party of China`.
fn appositive(
    toks: &[&str],
    lower: &[String],
    tm: &[Option<&Mention>],
    j: usize,
    f: &mut PersonFacts,
) -> Option<usize> {
    if toks.get(j) != Some(&",") {
        return None;
    }
    let mut k = j + 1;
    // A phrase opening with a preposition says where or whom to, not who they are (`a visit by
    // Iran's president, Hassan Rouhani, to the United States`).
    if lower.get(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "to" | "in" | "at" | "into" | "from" | "on" | "during" | "after" | "before" | "by" | "for"
        )
    }) {
        return None;
    }
    if lower
        .get(k)
        .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the" | "who" | "is"))
    {
        k += 1;
    }
    let stop = (k + 16).min(toks.len());
    let mut saw_something = false;
    let mut end = stop;
    for t in k..stop {
        if matches!(toks[t], "," | "." | ";" | ":") {
            end = t;
            break;
        }
        if lower[t] == "with" || lower[t] == "and" && t == k {
            end = t;
            break;
        }
        // A verb ends the noun phrase (`Vladimir Putin, launched a mediation effort between
        // India and Pakistan`: India is not his country); `a retired general`, `newly elected
        // president` are still nouns.
        let finite = matches!(
            lower[t].as_str(),
            "said"
                | "says"
                | "told"
                | "met"
                | "will"
                | "would"
                | "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "are"
                | "were"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "did"
                | "does"
        ) || (lower[t].len() > 3
            && lower[t].ends_with("ed")
            && toks[t].chars().next().is_some_and(char::is_lowercase)
            && t > 0
            && !matches!(
                lower[t - 1].as_str(),
                "a" | "an" | "the" | "newly" | "democratically" | "recently"
            )
            && !lower[t - 1].ends_with("ly"));
        if finite {
            end = t;
            break;
        }
        if let Some(m) = tm[t] {
            match m.kind {
                EntityKind::Per => return None, // another person: not an apposition of this one
                EntityKind::Title if f.role.is_none() && t <= k + 1 => {
                    f.role = m.canonical.clone();
                    f.sector = m.sector.clone();
                    saw_something = true;
                }
                EntityKind::Country | EntityKind::Demonym | EntityKind::Org | EntityKind::Igo
                    if f.country.is_none() && m.country.is_some() =>
                {
                    f.country = m.country.clone();
                    saw_something = true;
                }
                _ => {}
            }
        }
    }
    saw_something.then_some(end)
}

//! # dyad-events: who did what to whom, when and where
//!
//! Reads a normalized document and its entity mentions and codes event mentions the way an
//! event-data coder would:
//!
//! * **actors** ([`actors`]): entity mentions grouped into actor phrases (`Chinese President
//!   Xi Jinping`, `the Kenyan government`), people with the country, sector and role the text
//!   gives them (pre-nominal titles, appositions), and within-document coreference: surnames,
//!   role descriptions (`the Head of State`), counterparts, pronouns, `both sides`;
//! * **events**: trigger words and phrases ([`lexicon`], `data/triggers.tsv`) for every PLOVER
//!   type, with the CAMEO code, PLOVER mode and Goldstein score; the source is the nearest
//!   subject actor before the trigger in its clause, the target the first actor after it;
//!   passives are turned round; compound actors (`Kenya and the United States`) split;
//!   symmetric events (meet, talk, sign) and visits (042/043) are coded in both directions;
//! * **modality**: occurred, planned, intended, negated, hypothetical, from modals and cue
//!   phrases; following PLOVER, a planned or promised meeting or cooperation is coded AGREE
//!   (CAMEO 03x) with the intended action kept in `base_type`;
//! * **dates** ([`dates`]), **places** (`in Beijing`, the dateline) and **sectors**.
//!
//! Every event carries its evidence: sentence and trigger offsets in the original text.
//!
//! ## What it does not do
//! No merging across documents (the report does that), no I/O, no entity recognition (it
//! uses the mentions the extract stage found). Quoted speech is not mined for events.

pub mod actors;
pub mod dates;
pub mod lexicon;
pub mod topics;

use actors::{DocActors, Phrase, Ref};
use dyad_core::{Actor, Amount, Document, EventDate, EventMention, Evidence, Mention, Modality, Place, Project, Quote};
use lexicon::{Sectors, Trigger, Triggers};
use std::collections::HashMap;

/// Errors building the coder.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// A lexicon file is malformed.
    #[error(transparent)]
    Lexicon(#[from] lexicon::LexiconError),
}

/// The event coder.
#[derive(Debug, Clone)]
pub struct EventCoder {
    triggers: Triggers,
    sectors: Sectors,
    /// Country names by ISO code, for countries a document only names by a capital or a body
    /// (`Moscow officials` → `Russia government`); empty unless set.
    country_names: HashMap<String, String>,
}

const SPEECH: &[&str] = &[
    "said",
    "says",
    "noted",
    "notes",
    "stated",
    "added",
    "told",
    "announced",
    "stressed",
    "remarked",
    "explained",
    "emphasized",
    "emphasised",
    "underscored",
    "highlighted",
    "insisted",
    "insist",
    "insists",
    "declared",
    "believes",
    "thinks",
    "stressing",
    "saying",
    "noting",
    "adding",
    "according",
    "concluded",
    "observed",
    "continued",
    "replied",
    "asked",
    "wrote",
    "tweeted",
    "say",
    "asserted",
    "asserts",
    "maintained",
    "maintains",
    "argued",
    "argues",
    "claimed",
    "claims",
    "reiterated",
    "confirmed",
    "confirms",
];

const PLANNED: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "expected",
    "poised",
    "set",
    "due",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "upcoming",
    "priorities",
    "priority",
    "agenda",
    "proposed",
    "going",
    "would",
    "aims",
    "seeks",
    "hopes",
    "looking",
];
const INTENT: &[&str] = &[
    "pledged",
    "pledge",
    "pledges",
    "vowed",
    "promised",
    "agreed",
    "agree",
    "ready",
    "willing",
    "committed",
    "offered",
    "wants",
    "intends",
    "invited",
    "invites",
    "keen",
    "determined",
    "eager",
    "eagerness",
    "willingness",
    "readiness",
    "invitation",
    "pledging",
    "commitment",
    "committing",
];
const NEGATION: &[&str] = &["not", "n't", "never", "no", "neither", "nor", "without"];
const HYPOTHETICAL: &[&str] = &[
    "if",
    "could",
    "might",
    "may",
    "unless",
    "whether",
    "possible",
    "potential",
    "should",
    "must",
];

/// Everything the coder reads from one document.
#[derive(Debug, Clone, Default)]
pub struct Coded {
    /// Event mentions.
    pub events: Vec<EventMention>,
    /// Quotations with speakers.
    pub quotes: Vec<Quote>,
    /// Amounts of money.
    pub amounts: Vec<Amount>,
    /// Projects, agreements, initiatives.
    pub projects: Vec<Project>,
}

impl EventCoder {
    /// Country names by ISO code (from a gazetteer), used for countries a document names only
    /// by a capital or a body; otherwise the ISO code stands in.
    pub fn set_country_names(&mut self, names: HashMap<String, String>) {
        self.country_names = names;
    }

    /// The document's actors, with names for countries it names only indirectly.
    fn doc_actors(&self, doc: &Document, mentions: &[Mention]) -> DocActors {
        let mut actors = DocActors::new(doc, mentions);
        for c in mentions.iter().filter_map(|m| m.country.as_ref()) {
            if !actors.country_names.contains_key(c) {
                if let Some(name) = self.country_names.get(c) {
                    actors.country_names.insert(c.clone(), name.clone());
                }
            }
        }
        actors
    }

    /// Adds verbs from a user's CAMEO verb dictionary, with their patterns.
    pub fn add_verbs(&mut self, verbs: &[lexicon::VerbEntry]) {
        for v in verbs {
            self.triggers.add_verb(v);
        }
    }

    /// Events, quotations, amounts and projects of a document.
    pub fn analyse(&self, doc: &Document, mentions: &[Mention]) -> Coded {
        let actors = self.doc_actors(doc, mentions);
        let projects = topics::projects(doc);
        let mut events = self.code_with(doc, mentions, &actors);
        for e in &mut events {
            let mut names: Vec<String> = projects
                .iter()
                .filter(|p| p.sentence == e.evidence.sentence)
                .map(|p| p.name.clone())
                .collect();
            names.dedup();
            e.projects = names;
        }
        let amounts = doc
            .sentences
            .iter()
            .enumerate()
            .flat_map(|(si, s)| topics::amounts(si, s))
            .collect();
        // The person a bare head-of-state description (`the Head of State`, `the President`)
        // stood for in the events: articles that call their protagonist so keep doing it.
        let bare_head = events
            .iter()
            .flat_map(|e| std::iter::once(&e.source).chain(e.target.as_ref()))
            .find(|a| {
                let words = a.text.to_lowercase();
                a.kind.as_deref() == Some("person")
                    && actors::is_head_role(words.strip_prefix("the ").unwrap_or(&words))
            })
            .and_then(|a| actors.persons.iter().position(|p| p.name == a.name));
        let quotes = self.quotes(doc, &actors, bare_head);
        Coded {
            events,
            quotes,
            amounts,
            projects,
        }
    }

    /// Quotations and their speakers.
    fn quotes(&self, doc: &Document, actors: &DocActors, bare_head: Option<usize>) -> Vec<Quote> {
        let mut out: Vec<Quote> = Vec::new();
        let mut last_person: Option<usize> = None;
        let mut person_before: Vec<Option<usize>> = Vec::with_capacity(doc.sentences.len());
        for phrases in &actors.phrases {
            person_before.push(last_person);
            if let Some(Ref::Person(k)) = phrases
                .iter()
                .find(|p| matches!(p.r, Ref::Person(_)))
                .map(|p| p.r.clone())
            {
                last_person = Some(k);
            }
        }
        for (s0, t0, s1, t1, _) in topics::quote_spans(doc) {
            let Some(mut q) = topics::quote_text(doc, s0, t0, s1, t1) else {
                continue;
            };
            let speaker_in = |si: usize, from: usize, to: usize| -> Option<&Phrase> {
                let s = doc.sentences.get(si)?;
                let has_verb = s.tokens[from.min(s.tokens.len())..to.min(s.tokens.len())]
                    .iter()
                    .any(|t| SPEECH.contains(&t.text.to_lowercase().as_str()));
                if !has_verb {
                    return None;
                }
                actors.phrases[si]
                    .iter()
                    .find(|p| p.start >= from && p.end <= to && !matches!(p.r, Ref::Pair { .. }))
            };
            // After the closing mark: `…," Ruto said.` / `…," said Secretary Rubio.`
            let after = speaker_in(s1, t1 + 1, t1 + 7).map(|p| (s1, p));
            // Before the opening mark: `Ruto said: "…"`.
            let before = || {
                let s = &actors.phrases[s0];
                let p = s.iter().rev().find(|p| p.end <= t0)?;
                speaker_in(s0, p.start, t0).map(|_| (s0, p))
            };
            // The next sentence: `"…." He added …`
            let next = || speaker_in(s1 + 1, 0, 4).map(|p| (s1 + 1, p));
            if let Some((si, p)) = after.or_else(before).or_else(next) {
                let s = &doc.sentences[si];
                let toks: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
                let lp = person_before.get(si).copied().flatten().or(last_person);
                let mut v = match (&p.r, bare_head) {
                    (
                        Ref::Role {
                            country: None, role, ..
                        },
                        Some(k),
                    ) if actors::is_head_role(role) => {
                        let mut a = span_actor(actors.person_actor(k), s, &toks, p);
                        a.resolved_by = Some("role description".into());
                        vec![a]
                    }
                    _ => resolve_phrase(actors, s, &toks, p, None, lp, &None, &None),
                };
                q.speaker = v.drain(..).next();
            }
            // A quotation that follows an attributed one in the same paragraph, with no
            // attribution of its own, continues it: `"…," noted Rubio. "The US is …"`.
            if q.speaker.is_none() {
                if let Some(prev) = out.last() {
                    let same_paragraph = doc.sentences[prev.sentence].paragraph == doc.sentences[s0].paragraph;
                    if same_paragraph && s0 <= prev.sentence + 2 {
                        q.speaker = prev.speaker.clone();
                    }
                }
            }
            out.push(q);
        }
        out
    }

    pub fn builtin() -> Result<Self, EventError> {
        Ok(EventCoder {
            triggers: Triggers::builtin()?,
            sectors: Sectors::builtin(),
            country_names: HashMap::new(),
        })
    }

    /// Codes the events of a document whose entity mentions are `mentions`.
    pub fn code(&self, doc: &Document, mentions: &[Mention]) -> Vec<EventMention> {
        self.code_with(doc, mentions, &self.doc_actors(doc, mentions))
    }

    fn code_with(&self, doc: &Document, mentions: &[Mention], actors: &DocActors) -> Vec<EventMention> {
        // What a withdrawal may leave to reduce relations (CAMEO 161): the table's own words.
        let treaties: &[String] = self
            .triggers
            .first_entry(|e| e.cameo == "161" && e.pattern.is_some())
            .and_then(|e| e.pattern.as_ref())
            .and_then(|p| p.after.last())
            .map_or(&[], Vec::as_slice);
        let reference = doc.reference_date();
        let reference_basis = if doc.dateline.as_ref().and_then(|d| d.date).is_some() {
            "dateline"
        } else {
            "publication"
        };
        let mut out: Vec<EventMention> = Vec::new();
        let mut last_person: Option<usize> = None;
        let mut last_pair: Option<(Actor, Actor)> = None;
        let mut last_people: Option<(Actor, Actor)> = None;
        let first_body = doc.sentences.iter().position(|s| !s.headline);
        for (si, s) in doc.sentences.iter().enumerate() {
            let toks: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
            let lower = &actors.lower[si];
            let phrases = &actors.phrases[si];
            let quoted = quote_mask(&toks);
            // What a trigger requires is no word of a named body of people (`the Rapid Support
            // Forces`); a thing's name may be it (`lifted the State of Emergency`).
            let context: Vec<String> = (0..toks.len())
                .map(|k| {
                    let cap = toks[k].starts_with(char::is_uppercase) && !toks[k].ends_with('.');
                    let in_agent = phrases
                        .iter()
                        .any(|p| p.start <= k && k < p.end && agentive(&lower[p.end - 1]));
                    if k > 0 && !s.headline && cap && in_agent {
                        String::new()
                    } else {
                        lower[k].clone()
                    }
                })
                .collect();
            let mut i = 0;
            let mut triggers: Vec<(usize, usize, &Trigger)> = Vec::new();
            while i < toks.len() {
                if quoted[i] || phrases.iter().any(|p| p.start <= i && i < p.end) {
                    i += 1;
                    continue;
                }
                // A capitalised word inside a name is no act (`the Multinational Security
                // Support mission`, `the Global Support Initiative`).
                // (Not after an abbreviation, which capitalises what follows in some copy: `U.S.
                // Calls for`.)
                let cap = |k: usize| {
                    toks.get(k)
                        .is_some_and(|t| t.starts_with(char::is_uppercase) && !t.ends_with('.'))
                };
                if i > 1 && !s.headline && cap(i) && cap(i - 1) {
                    i += 1;
                    continue;
                }
                match self
                    .triggers
                    .match_at(lower, &context, i)
                    // (A nominal trigger may open with its participle: `a coordinated operation`,
                    // not `the need to`.)
                    .filter(|&(len, _)| {
                        let nominal = len > 1
                            && !matches!(
                                lower[i + len - 1].as_str(),
                                "to" | "with"
                                    | "on"
                                    | "for"
                                    | "by"
                                    | "in"
                                    | "at"
                                    | "of"
                                    | "from"
                                    | "up"
                                    | "off"
                                    | "out"
                                    | "over"
                                    | "down"
                                    | "back"
                                    | "a"
                                    | "an"
                                    | "the"
                            );
                        (nominal || !adjectival(lower, i)) && !plea(lower, i)
                    })
                    // Signing one's own decree or a bill into law is no agreement with anyone
                    // (`signed a decree recognising …`: what the decree does is the act).
                    .filter(|(len, t)| !(t.cameo == "057" && decreed(&toks, lower, i + len)))
                    // Only forces leaving a place withdraw from it (`troops left Afghanistan`,
                    // not `left office` or `left for Beijing`).
                    .filter(|(len, t)| t.cameo != "0872" || forces_leave(lower, i, i + len))
                    // Property taken over is named right after the verb (`nationalised the banks`,
                    // not `nationalised five years ago`).
                    .filter(|(len, t)| {
                        t.cameo != "171"
                            || (lower.get(i + len).is_some_and(|w| {
                                NP_DETERMINERS.contains(&w.as_str())
                                    || POSSESSIVES.contains(&w.as_str())
                                    || w.starts_with(|c: char| c.is_ascii_digit())
                            }) && lower.get(i + len + 1).is_some_and(|n| {
                                !time_word(n) && !matches!(n.as_str(), "years" | "months" | "days" | "decades")
                            }))
                    })
                    // (Tariffs announced as a plan are no tariffs imposed: `announced plans to
                    // slap tariffs on …`.)
                    .filter(|(len, t)| {
                        !(t.cameo == "163"
                            && lower[i].starts_with("announc")
                            && lower[i + len..lower.len().min(i + len + 3)]
                                .iter()
                                .any(|w| matches!(w.as_str(), "plans" | "plan" | "planned" | "proposed" | "intention")))
                    })
                    // A donation is to a party: not a thing donated before its noun (`blood donated to
                    // the Red Cross`, `cash donated via the site`), nor given `to` do something (`has
                    // donated the hardware … to build the grid`).
                    .filter(|(len, t)| {
                        !(t.plover == "AID" && lower[i].starts_with("donat"))
                            || given_to_party(&toks, lower, i, i + len, &t.requires)
                    })
                    // A body left is the verb's object (`leaving the International Criminal
                    // Court`), not a word further on (`before leaving Tripoli that OPEC should …`).
                    .filter(|(len, t)| {
                        !(t.cameo == "161"
                            && (lower[i].starts_with("leav")
                                || lower[i].starts_with("left")
                                || lower[i].starts_with("quit")
                                || lower[i].starts_with("exit")))
                            || (i + len..lower.len().min(i + len + 6))
                                .take_while(|&k| {
                                    !matches!(
                                        lower[k].as_str(),
                                        "," | "that" | "which" | "to" | "at" | "as" | "in" | "on" | "for"
                                    )
                                })
                                .any(|k| {
                                    t.requires.contains(&lower[k])
                                        || (lower[k] == "court" && lower[k - 1] == "criminal")
                                })
                    })
                    // Warning shots fired at someone warn them (the `warning` row: THREATEN);
                    // fired into the air or after a move, they are a show of force.
                    .filter(|(len, t)| {
                        !(t.plover == "MOBILIZE" && lower[i..i + len].iter().any(|w| w == "warning"))
                            || lower.get(i + len).is_none_or(|w| w != "at")
                    })
                    // Someone told to do something is asked (`told his Australian counterpart to
                    // respect China's core interests`); not reporters told, nor a thing told.
                    .filter(|(len, t)| {
                        !(t.plover == "REQUEST" && matches!(lower[i].as_str(), "told" | "tells"))
                            || told_to_act(&toks, lower, i + len)
                    })
                    // Forces ordered somewhere are sent there, not ordered to do something (`ordered
                    // the army to prepare for war` is an order).
                    .filter(|(len, t)| {
                        !(t.plover == "MOBILIZE" && lower[i].starts_with("order"))
                            || (i + len..lower.len().min(i + len + 8))
                                .find(|&k| matches!(lower[k].as_str(), "to" | "into"))
                                .is_none_or(|k| !verb_after_to(&toks, lower, k + 1))
                    })
                    // Figures, reports or goods released free no one (`released a report that
                    // warned of …`, `figures released yesterday`, `a press release`).
                    .filter(|(len, t)| t.cameo != "0841" || !released_thing(lower, i, i + len))
                    // One received as a guest is hosted (`received the UAE Ambassador to Bahrain`),
                    // not praise, an offer or an approval received.
                    .filter(|(len, t)| !t.host || received_guest(lower, phrases, i, i + len))
                    // What should or must happen by the course of things is no demand (`this factor
                    // should help keep costs down`, `the minister should be in Lima next week`).
                    .filter(|(len, t)| !(t.speaker && t.plover == "REQUEST" && expected_course(lower, i + len)))
                    // A measure, a deal or a device that allows something is no one's concession
                    // (`a measure that would allow 4,200 banks to write off losses`, `the vehicles
                    // will allow the elderly …`).
                    .filter(|_| !thing_allows(lower, i))
                    // Seeking is a request when asked of someone or for what parties grant (`sought
                    // help from China`, `seeking a ceasefire`), not a stake, a nomination or gains
                    // sought.
                    .filter(|(len, t)| t.plover != "REQUEST" || sought_of_someone(lower, i, i + len))
                    // Support for a currency, prices or an economy, a poll's share of support, and
                    // income, price or technical support are no one's backing of anyone
                    // (`intervened to support the dollar`, `43 pct support`).
                    .filter(|(len, t)| t.plover != "SUPPORT" || !market_support(lower, i, i + len))
                    // Declining to comment is no rejection of anyone, nor are prices that decline
                    // (`declined to say whether …`, `declined immediate comment`, `prices declined
                    // 5.3 pct`).
                    .filter(|(len, t)| t.plover != "REJECT" || !declined_comment(lower, i, i + len))
                    // Blocking someone `from` doing something is a verb with an act kept from
                    // happening (`blocked the Trump administration from deporting …`), not a block
                    // of shares or road blocks, nor goods blocked from a place.
                    .filter(|(len, t)| {
                        !(t.cameo == "120" && lower[i].starts_with("block"))
                            || t.requires.iter().any(|r| r != "from")
                            || blocked_from_acting(lower, i, i + len)
                    })
                    // A warning about how things will go threatens no one (`warned of a steep fall
                    // in profits`, `warned that high oil prices posed a threat to growth`).
                    .filter(|(len, t)| t.plover != "THREATEN" || !impersonal_warning(lower, phrases, i, i + len))
                    // One who poses or is a threat issues none (`posed a serious threat to the
                    // exchange`, `the real threat to Labour`, `the threat United posed`).
                    .filter(|(len, t)| t.plover != "THREATEN" || !threat_posed(lower, i, i + len))
                    // A return gives something back (`returned the bodies to Armenia`, `the return
                    // of the hostages`), not one who goes back (`return to the squad`), a rate of
                    // return or a return flight.
                    .filter(|(len, t)| t.cameo != "0841" || returned_thing(lower, i, i + len))
                    // A hit is a strike only by arms (`a Ukrainian drone hit an oil refinery`), not
                    // a song, a record or a market hit (`her debut hit`, `the deficit hit 58 billion
                    // dlrs`), unless what is hit is a military target (a row that requires one).
                    .filter(|(_, t)| t.plover != "ASSAULT" || !t.requires.is_empty() || armed_hit(lower, i))
                    // Crowds that rally, demonstrate or gather protest only with a protest's marks
                    // (`demonstrators gathered outside the embassy`, `students demonstrated against
                    // the law`), not a show of something (`demonstrated an ability`) or a market
                    // or a player that rallied.
                    .filter(|(len, t)| t.plover != "PROTEST" || crowd_protest(lower, i, i + len))
                    // `press` urges only as a verb with someone to press (`to press the junta to
                    // implement the peace plan`), not the press or a press conference.
                    .filter(|(_, t)| {
                        !(t.plover == "REQUEST"
                            && matches!(lower[i].as_str(), "press" | "presses" | "pressure" | "pressures"))
                            || pressed_someone(lower, phrases, i)
                    })
                    // Speaking with the press consults no one (`Speaking with reporters at …`).
                    .filter(|(len, t)| {
                        !(t.plover == "CONSULT"
                            && (lower[i].starts_with("spok") || lower[i].starts_with("speak"))
                            && lower.get(i + len).is_some_and(|w| {
                                matches!(w.as_str(), "reporters" | "journalists" | "newsmen" | "the")
                                    && (w != "the"
                                        || lower.get(i + len + 1).is_some_and(|n| n == "press" || n == "media"))
                            }))
                    })
                    // Peacekeepers attacked are no aid given (`condemned a deadly attack on
                    // peacekeepers in Mali`).
                    .filter(|(_, t)| {
                        !(t.cameo == "074"
                            && lower[i].starts_with("peacekeep")
                            && i >= 1
                            && matches!(
                                lower[i - 1].as_str(),
                                "on" | "against" | "targeting" | "killed" | "attacked"
                            ))
                    })
                    // `veto` is a verb only after a modal or `to` (`would veto any EU sanctions`;
                    // not `veto power`, `lifted its veto`).
                    .filter(|(_, t)| {
                        !(t.plover == "REJECT"
                            && lower[i] == "veto"
                            && !(i >= 1
                                && (CLAUSE_MODALS.contains(&lower[i - 1].as_str())
                                    || matches!(lower[i - 1].as_str(), "to" | "not"))))
                    })
                    // Munitions landing somewhere pay no visit (`Rockets fired by Hamas landed in
                    // Tel Aviv`).
                    .filter(|(_, t)| {
                        !(t.travel
                            && lower[i.saturating_sub(6)..i]
                                .iter()
                                .rev()
                                .take_while(|w| !matches!(w.as_str(), "," | ";" | "that" | "and" | "said"))
                                .any(|w| MUNITIONS.contains(&w.as_str())))
                    })
                    // A suicide is no attack (`hanged himself in his cell`).
                    .filter(|(len, t)| {
                        !(t.plover == "ASSAULT"
                            && matches!(lower[i].as_str(), "hanged" | "killed" | "shot" | "stabbed" | "poisoned")
                            && lower
                                .get(i + len)
                                .is_some_and(|w| matches!(w.as_str(), "himself" | "herself" | "themselves")))
                    }) {
                    Some((len, t)) => {
                        // A guest welcomed to a place is hosted there (`welcomed U.S. President
                        // Joe Biden to Hanoi`), not praised.
                        let t = if t.cameo == "051"
                            && lower[i].starts_with("welcom")
                            && welcomed_to_place(s, si, mentions, phrases, lower, i + len)
                        {
                            self.triggers
                                .first_entry(|e| e.host && e.plover == "CONSULT" && e.cameo == "043")
                                .unwrap_or(t)
                        } else if matches!(t.cameo.as_str(), "030" | "057")
                            && lower[i].starts_with("agree")
                            && agreed_with_view(lower, i + len)
                        {
                            // Agreeing with a view or a plan backs it (`agreed in principle with
                            // the government's plans`); agreeing with someone to act is an
                            // agreement.
                            self.triggers
                                .first_entry(|e| e.plover == "SUPPORT" && e.cameo == "051" && e.requires.is_empty())
                                .unwrap_or(t)
                        } else if t.plover == "REJECT"
                            && lower[i].starts_with("dismiss")
                            && dismissed_official(lower, phrases, i + len)
                        {
                            // An official or a government dismissed is removed from office
                            // (`dismissed Prime Minister Hichem Mechichi`), not a claim rejected.
                            self.triggers
                                .first_entry(|e| e.plover == "COERCE" && e.cameo == "172" && e.pattern.is_some())
                                .unwrap_or(t)
                        } else if t.plover == "REJECT"
                            && lower[i].starts_with("walk")
                            && walked_out_of_work(lower, i + len)
                        {
                            // Walking out of one's work is a strike, not leaving talks (`doctors
                            // walked out of hospitals to protest a government plan`).
                            self.triggers.plain_entry("PROTEST", "140").unwrap_or(t)
                        } else if t.plover == "SANCTION"
                            && lower[i].starts_with("expel")
                            && expelled_craft(lower, i + len)
                        {
                            // Ships or aircraft driven off are coerced (`expelled two Chinese coast
                            // guard vessels`), not envoys sent home.
                            self.triggers.plain_entry("COERCE", "170").unwrap_or(t)
                        } else if t.plover == "SANCTION"
                            && lower[i].starts_with("expel")
                            && expelled_person(lower, i + len)
                        {
                            // People expelled who represent no state are deported (CAMEO 174:
                            // `expelled an Iranian imam`), not diplomats or missions withdrawn.
                            self.triggers.plain_entry("COERCE", "174").unwrap_or(t)
                        } else if t.plover == "ASSAULT"
                            && (lower[i].starts_with("storm")
                                || lower[i].starts_with("blockad")
                                || lower[i].starts_with("occup"))
                            && crowd_before(lower, i)
                        {
                            // Protesters who storm, blockade or occupy something protest (CAMEO
                            // 145, 144: `Hundreds of protesters stormed the parliament building`,
                            // `students occupied a building`).
                            let cameo = if lower[i].starts_with("storm") { "145" } else { "144" };
                            self.triggers
                                .first_entry(|e| e.plover == "PROTEST" && e.cameo == cameo && e.pattern.is_none())
                                .unwrap_or(t)
                        } else if t.cameo == "0872"
                            && lower[i].starts_with("evacuat")
                            && lower[i + len..lower.len().min(i + len + 4)].iter().any(|w| {
                                CAPTIVES.contains(&w.as_str())
                                    || matches!(
                                        w.as_str(),
                                        "civilians"
                                            | "residents"
                                            | "staff"
                                            | "diplomats"
                                            | "foreigners"
                                            | "students"
                                            | "wounded"
                                    )
                            })
                        {
                            // People evacuated are helped out (`evacuated 500 citizens from Sudan`),
                            // not forces withdrawn.
                            self.triggers.plain_entry("AID", "073").unwrap_or(t)
                        } else if t.plover == "ASSAULT" && lower[i].starts_with("fir") && fired_to_sea(lower, i + len) {
                            // Missiles fired into the sea strike no one: a show of force
                            // (`fired two ballistic missiles into the sea off its east coast`).
                            self.triggers.plain_entry("MOBILIZE", "150").unwrap_or(t)
                        } else if t.cameo == "166"
                            && (lower[i].starts_with("withdr") || lower[i].starts_with("pull"))
                            && lower.get(i + len).is_some_and(|w| w == "from")
                        {
                            // Withdrawing straight `from` a place takes no envoy or mission away
                            // (`troops withdrew from the Central African Republic after completing
                            // their mission`): a withdrawal.
                            self.triggers.plain_entry("RETREAT", "0872").unwrap_or(t)
                        } else if t.cameo == "161"
                            && t.pattern.is_some()
                            && (lower[i].starts_with("withdr") || lower[i].starts_with("pull"))
                            && !left_treaty(lower, i + len, treaties)
                        {
                            // Leaving a place is a withdrawal, whatever deal it is under.
                            self.triggers.plain_entry("RETREAT", "0872").unwrap_or(t)
                        } else {
                            t
                        };
                        // Agreeing at some time to act is agreeing to act, one-sided as `agreed
                        // to` is (`agreed on Monday to pay Uganda`, `agreed today to set up …`).
                        let (len, t) = match (t.cameo == "030" && t.symmetric && lower[i].starts_with("agree"))
                            .then(|| timed_to(&toks, lower, i + len))
                            .flatten()
                        {
                            Some(e) => (
                                e - i,
                                self.triggers
                                    .first_entry(|e| {
                                        e.plover == "AGREE"
                                            && e.cameo == "030"
                                            && !e.symmetric
                                            && e.mode.is_none()
                                            && e.requires.is_empty()
                                            && e.pattern.is_none()
                                    })
                                    .unwrap_or(t),
                            ),
                            None => (len, t),
                        };
                        // What is judged comes after its judgement when it is long (`dismissed
                        // as baseless reports that …`): the judgement goes with the verb.
                        let len = match t.plover.as_str() {
                            "REJECT" | "ACCUSE" => judged_as(lower, i + len).map_or(len, |e| e - i),
                            _ => len,
                        };
                        triggers.push((i, i + len, t));
                        i += len;
                    }
                    None => {
                        // A leader who calls another by name, and nothing said of the callee,
                        // phones them (`Putin called Erdogan on Saturday`; not `called Erdogan
                        // a dictator`).
                        if let Some(t) = phoned_leader(lower, phrases, i)
                            .then(|| {
                                self.triggers.first_entry(|e| {
                                    e.cameo == "041" && !e.symmetric && !e.requires.is_empty() && e.pattern.is_none()
                                })
                            })
                            .flatten()
                        {
                            triggers.push((i, i + 1, t));
                        }
                        i += 1
                    }
                }
            }
            if triggers.is_empty() {
                // Nothing happens in this sentence; only pronoun bookkeeping remains.
                update_last_person(phrases, &mut last_person);
                continue;
            }
            let found_dates = dates::find_lower(&toks, lower, reference);
            let sectors = self.sectors.find(lower);
            // An intent trigger followed closely by the action it promises: the action carries it.
            // An invitation already codes the visit it invites to.
            let mut skip = vec![false; triggers.len()];
            let mut promised = vec![false; triggers.len()];
            // Promised by a vow or pledge, not an agreement (`vowed to retaliate`).
            let mut vowed = vec![false; triggers.len()];
            let mut condemns = vec![false; triggers.len()];
            // The end of the action a refusal or threat names (`refused to allow the plane`).
            let mut refused_action: Vec<Option<usize>> = vec![None; triggers.len()];
            for k in 0..triggers.len().saturating_sub(1) {
                let (a, b) = (triggers[k].2, triggers[k + 1].2);
                // (Aid pledged may come after its amount: `pledged $50 million in humanitarian
                // aid`.)
                let pledged_aid = b.plover == "AID"
                    && lower[triggers[k].0].starts_with("pledg")
                    && lower[triggers[k + 1].0..triggers[k + 1].1]
                        .iter()
                        .any(|w| matches!(w.as_str(), "aid" | "assistance" | "relief"))
                    && triggers[k + 1].0 <= triggers[k].1 + 8
                    && !lower[triggers[k].1..triggers[k + 1].0]
                        .iter()
                        .any(|w| matches!(w.as_str(), "," | ";" | "and" | "but" | "to" | "that"));
                // (Talks or a call the agreement came `during` are no promise: they happened.)
                let framed_by = |t: usize| {
                    lower[triggers[k].1..t]
                        .iter()
                        .any(|w| matches!(w.as_str(), "during" | "in"))
                };
                // (Nor is what qualifies the thing agreed on: `agreed on a prisoner exchange
                // brokered by the United Arab Emirates`.)
                let qualifier = lower.get(triggers[k + 1].1).is_some_and(|w| w == "by")
                    && lower[triggers[k + 1].0].ends_with("ed")
                    && lower
                        .get(triggers[k].1)
                        .is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()));
                if a.plover == "AGREE"
                    && a.cameo == "030"
                    && (triggers[k + 1].0 <= triggers[k].1 + 3 || pledged_aid)
                    && !(b.plover == "CONSULT" && framed_by(triggers[k + 1].0))
                    && !qualifier
                {
                    skip[k] = true;
                    promised[k + 1] = true;
                    vowed[k + 1] = ["vow", "pledg", "promis", "swor"]
                        .iter()
                        .any(|v| lower[triggers[k].0].starts_with(v));
                } else if a.pattern.as_ref().is_some_and(|p| !p.after.is_empty())
                    && (a.plover == b.plover
                        // (Or the very word it asks for: `ordered UN peacekeepers to leave`.)
                        || a.pattern.iter().flat_map(|p| p.after.iter().flatten()).any(|w| *w == lower[triggers[k + 1].0]))
                    && triggers[k + 1].0 >= triggers[k].1
                    && triggers[k + 1].0 <= triggers[k].1 + 6
                {
                    // A pattern covers the words it asks for (`put its military on high alert`):
                    // a trigger of the same type among them is the same act.
                    skip[k + 1] = true;
                } else if a.cameo.starts_with("16")
                    && b.plover != a.plover
                    && triggers[k + 1].0 >= triggers[k].1
                    && triggers[k + 1].0 <= triggers[k].1 + 2
                    && lower[triggers[k].1..triggers[k + 1].0]
                        .iter()
                        .all(|w| NP_DETERMINERS.contains(&w.as_str()))
                    && !lower[triggers[k + 1].0].ends_with("ed")
                {
                    // An act suspended as a noun (`suspended the deployment of police officers`,
                    // `suspended talks with Uganda`) did not take place (one refused is the
                    // rejection's, below).
                    skip[k + 1] = true;
                } else if a.plover == "REQUEST"
                    && matches!(b.plover.as_str(), "COERCE" | "SANCTION" | "ASSAULT")
                    && triggers[k + 1].0 <= triggers[k].1 + 2
                    // (Not one asked to act: `asked parliament to extend the state of emergency`.)
                    && !lower[triggers[k].1..triggers[k + 1].0].iter().any(|w| w == "to")
                {
                    // "called for sanctions against X": disapproval of X, and no sanction yet.
                    skip[k + 1] = true;
                    condemns[k] = true;
                } else if matches!(a.plover.as_str(), "REQUEST" | "DEMAND")
                    && !a.speaker
                    && b.speaker
                    && triggers[k + 1].0 <= triggers[k].1 + 6
                {
                    // `insisted that Uganda must withdraw`: the `must` says what was demanded,
                    // it is no second request.
                    skip[k + 1] = true;
                } else if matches!(a.plover.as_str(), "REQUEST" | "DEMAND")
                    && triggers[k + 1].0 >= triggers[k].1
                    && triggers[k + 1].0 <= triggers[k].1 + 8
                    && (lower[triggers[k + 1].0 - 1] == "to"
                        // (`demanded that the government release the prisoners`.)
                        || (lower[triggers[k].1] == "that" && triggers[k + 1].0 > triggers[k].1 + 1)
                        || (a.speaker
                            && triggers[k + 1].0 <= triggers[k].1 + 2
                            && lower[..triggers[k].0].iter().any(|w| SPEECH.contains(&w.as_str()))))
                    && !lower[triggers[k].1 + usize::from(lower[triggers[k].1] == "that")..triggers[k + 1].0]
                        .iter()
                        .any(|w| matches!(w.as_str(), "," | ";" | "that" | "and" | "but" | "after" | "before"))
                {
                    // The action asked for (`urged Iran to release the prisoners`, `China must
                    // withdraw its troops`) has not happened: the request is the event.
                    skip[k + 1] = true;
                } else if matches!(a.plover.as_str(), "REQUEST" | "DEMAND" | "ACCUSE" | "SUPPORT")
                    && (matches!(b.cameo.as_str(), "0841" | "0871" | "0872")
                        || (b.plover == "CONCEDE" && lower[triggers[k + 1].0].ends_with("ing")))
                    && triggers[k + 1].0 > triggers[k].1
                    && triggers[k + 1].0 <= triggers[k].1 + 5
                    && lower[triggers[k].1..triggers[k + 1].0]
                        .iter()
                        .any(|w| w == "'s" || NP_DETERMINERS.contains(&w.as_str()))
                    && lower[triggers[k].1..triggers[k + 1].0].iter().all(|w| {
                        w == "'s"
                            || (w.chars().all(char::is_alphabetic)
                                && !matches!(w.as_str(), "and" | "but" | "that" | "to"))
                    })
                {
                    // A release, ceasefire or withdrawal demanded or welcomed (`demanded the
                    // release of the hostages`, `welcomed Brunson's release`, `called for an
                    // immediate ceasefire`) is not one the speaker made.
                    skip[k + 1] = true;
                } else if matches!(a.plover.as_str(), "ACCUSE" | "SUPPORT" | "REJECT")
                    && triggers[k + 1].0 > triggers[k].1 + 1
                    && triggers[k + 1].0 <= triggers[k].1 + 6
                    && lower[triggers[k + 1].0 - 1] == "to"
                    && DECISION_NOUNS.contains(&lower[triggers[k + 1].0 - 2].as_str())
                    && !lower[triggers[k].1..triggers[k + 1].0]
                        .iter()
                        .any(|w| matches!(w.as_str(), "," | "that" | "and"))
                {
                    // A decision judged or blocked (`welcomed Kenya's decision to withdraw
                    // troops`, `blocked the government's plan to deploy police`) is someone
                    // else's act, not the judge's, and not done.
                    skip[k + 1] = true;
                } else if matches!(a.plover.as_str(), "ACCUSE" | "SUPPORT")
                    && triggers[k + 1].0 <= triggers[k].1 + 3
                    && triggers[k + 1].0 > triggers[k].1
                    && lower[triggers[k].1..triggers[k + 1].0].iter().all(|w| {
                        !matches!(
                            w.as_str(),
                            "to" | "," | "and" | "that" | "but" | "as" | "for" | "with" | "on" | "in" | "by" | "after"
                        ) && !w.ends_with("ed")
                    })
                    && (NP_DETERMINERS.contains(&lower[triggers[k].1].as_str())
                        || lower[triggers[k + 1].0 - 1] == "'s"
                        // (Or what concern or anger is over: `expressed concern over the arrest
                        // of …`.)
                        || (matches!(lower[triggers[k].1].as_str(), "over" | "about" | "at")
                            && lower
                                .get(triggers[k].1 + 1)
                                .is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()))))
                {
                    // The act condemned or praised (`condemned the killing`, `welcomed the
                    // visit`, `condemned Russia's invasion of Ukraine`) is the object of the
                    // judgement, not the judge's own act.
                    skip[k + 1] = true;
                } else if a.plover == "ACCUSE"
                    && lower[triggers[k].0].starts_with("accus")
                    && triggers[k + 1].0 > triggers[k].1
                    && triggers[k + 1].0 <= triggers[k].1 + 10
                    && (triggers[k].1..triggers[k + 1].0)
                        .any(|j| lower[j] == "of" && lower.get(j + 1).is_some_and(|w| verbal_ing(w)))
                    && !lower[triggers[k].1..triggers[k + 1].0]
                        .iter()
                        .any(|w| matches!(w.as_str(), "," | ";" | "and" | "but"))
                {
                    // What someone is accused of is no act of the accuser's (`accused foreign-funded
                    // groups of sponsoring protests against the government`).
                    skip[k + 1] = true;
                } else if a.cameo == "0874"
                    && b.plover == "ASSAULT"
                    && triggers[k + 1].0 >= triggers[k].1
                    && triggers[k + 1].0 <= triggers[k].1 + 3
                {
                    // Fighting halted is no attack (`halted its offensive in Rafah`).
                    skip[k + 1] = true;
                } else if a.cameo == "080"
                    && matches!(b.plover.as_str(), "ACCUSE" | "CONSULT" | "COOPERATE")
                    && triggers[k + 1].0 > triggers[k].1
                    && triggers[k + 1].0 <= triggers[k].1 + 2
                    && lower[triggers[k].1..triggers[k + 1].0]
                        .iter()
                        .all(|w| w == "'s" || NP_DETERMINERS.contains(&w.as_str()))
                {
                    // An inquiry or talks dropped are no inquiry or talks held (`dropped the
                    // investigation of alleged war crimes`).
                    skip[k + 1] = true;
                } else if a.plover == "PROTEST"
                    && matches!(b.plover.as_str(), "REJECT" | "ACCUSE")
                    && triggers[k + 1].0 > triggers[k].1
                    && triggers[k + 1].0 <= triggers[k].1 + 10
                    && lower[triggers[k + 1].0 - 1] == "to"
                    && !lower[triggers[k].1..triggers[k + 1].0]
                        .iter()
                        .any(|w| matches!(w.as_str(), "," | ";" | "and" | "but"))
                {
                    // What a protest sets out to oppose is that protest's target, not a rejection
                    // of its own (`took to the streets to oppose the finance bill`).
                    skip[k + 1] = true;
                } else if a.plover == "REJECT"
                    && matches!(b.plover.as_str(), "REQUEST" | "DEMAND")
                    && triggers[k + 1].0 > triggers[k].1
                    && triggers[k + 1].0 <= triggers[k].1 + 4
                    && matches!(lower[triggers[k + 1].0 - 1].as_str(), "'s" | "'")
                {
                    // A party's demand rejected rejects that party (`rejected the union's demand
                    // for a pay rise`): the demand is the object, not the act refused.
                    skip[k + 1] = true;
                } else if (a.plover == "REJECT" || a.plover == "THREATEN")
                    && (triggers[k + 1].0 <= triggers[k].1 + 3
                        || (a.plover == "THREATEN"
                            && triggers[k + 1].0 <= triggers[k].1 + 5
                            && own_clause(&lower[triggers[k].1..triggers[k + 1].0]))
                        || (a.plover == "REJECT"
                            && triggers[k + 1].0 <= triggers[k].1 + 6
                            && joined_act(&lower[triggers[k].1..triggers[k + 1].0]))
                        // (Past an aside between commas: `refused, on April 8, to meet with him`.)
                        || (a.plover == "REJECT" && {
                            let after = triggers[k].1;
                            let close = (lower.get(after).is_some_and(|w| w == ","))
                                .then(|| (after + 2..lower.len().min(after + 8)).find(|&j| lower[j] == ","))
                                .flatten();
                            close.is_some_and(|c| {
                                lower.get(c + 1).is_some_and(|w| w == "to") && triggers[k + 1].0 == c + 2
                            })
                        }))
                {
                    // "refused to provide aid", "threatened to close the border": one rejection or
                    // threat, not also the action refused or threatened.
                    skip[k + 1] = true;
                    refused_action[k] = Some(triggers[k + 1].1);
                } else if matches!(a.plover.as_str(), "CONCEDE" | "RETREAT")
                    && matches!(b.plover.as_str(), "COERCE" | "SANCTION")
                    && (triggers[k + 1].0 <= triggers[k].1 + 3
                        // (`the lifting of the U.S. trade embargo`.)
                        || (triggers[k + 1].0 <= triggers[k].1 + 6
                            && lower[triggers[k].1] == "of"
                            && lower[triggers[k].1..triggers[k + 1].0]
                                .iter()
                                .all(|w| !matches!(w.as_str(), "," | "and" | "that" | "but" | "to"))))
                {
                    // "lifted the ban", "eased sanctions": the restriction lifted is not imposed.
                    skip[k + 1] = true;
                } else if a.plover == "AGREE"
                    && a.cameo == "036"
                    && b.plover == "CONSULT"
                    && triggers[k + 1].0 <= triggers[k].1 + 8
                {
                    skip[k + 1] = true;
                } else if a.plover == "PROTEST"
                    && lower[triggers[k].0].starts_with("boycott")
                    && b.plover == "CONSULT"
                    && triggers[k + 1].0 <= triggers[k].1 + 3
                {
                    // Talks boycotted were not held (`boycotted talks with the government`).
                    skip[k + 1] = true;
                }
            }
            // What a refused act was for is refused too (`declined to join the US-led effort to
            // send arms to Ukraine` sends nothing; `refused to attend the summit to discuss aid`).
            for k in 0..triggers.len() {
                let (_, end, a) = triggers[k];
                if a.plover != "REJECT" || lower.get(end).is_none_or(|w| w != "to") {
                    continue;
                }
                for j in k + 1..triggers.len() {
                    let start = triggers[j].0;
                    if start > end + 10
                        || lower[end..start]
                            .iter()
                            .any(|w| matches!(w.as_str(), "," | ";" | "and" | "but" | "while" | "because" | "after"))
                    {
                        break;
                    }
                    if lower[start - 1] == "to" {
                        skip[j] = true;
                    }
                }
            }
            // The action refused or threatened named twice (`refused to provide military aid`):
            // neither is coded.
            // (The refusal then reaches to the second: `refused to join talks with the
            // coalition`.)
            for k in 1..triggers.len() {
                let (prev, cur) = (triggers[k - 1], triggers[k]);
                if skip[k - 1] && cur.2.plover == prev.2.plover && cur.0 <= prev.1 + 2 {
                    skip[k] = true;
                    for end in refused_action.iter_mut().take(k - 1) {
                        if *end == Some(prev.1) {
                            *end = Some(cur.1);
                        }
                    }
                }
            }
            // Talks only offered or proposed, and refused, were not held (`rejected on Friday an
            // offer of dialogue from the government`).
            for k in 0..triggers.len() {
                let (ts, _, t) = triggers[k];
                // (Over a modifier of the talks: `offers for peace talks`.)
                let ts = if ts >= 3
                    && matches!(
                        lower[ts - 1].as_str(),
                        "peace" | "direct" | "new" | "fresh" | "formal" | "bilateral" | "political" | "further"
                    ) {
                    ts - 1
                } else {
                    ts
                };
                let offered = t.plover == "CONSULT"
                    && ts >= 2
                    && matches!(lower[ts - 1].as_str(), "of" | "for" | "to")
                    && matches!(
                        lower[ts - 2].as_str(),
                        "offer"
                            | "offers"
                            | "proposal"
                            | "proposals"
                            | "call"
                            | "calls"
                            | "invitation"
                            | "invitations"
                            | "request"
                            | "requests"
                    );
                let refused = || {
                    triggers[..k].iter().any(|&(rs, re, r)| {
                        r.plover == "REJECT"
                            && rs < ts
                            && ts <= re + 8
                            && !lower[re..ts].iter().any(|w| CLAUSE_BREAKS.contains(&w.as_str()))
                    })
                };
                if offered && refused() {
                    skip[k] = true;
                }
            }
            // `the visiting Chinese foreign minister`, `met with visiting Kenyan officials`: a
            // visitor named by the participle, whose visit is no act of the sentence's subject.
            for k in 0..triggers.len() {
                let (ts, te, t) = triggers[k];
                let adjectival = t.travel
                    && te == ts + 1
                    && lower[ts] == "visiting"
                    && ts > 0
                    && (NP_DETERMINERS.contains(&lower[ts - 1].as_str())
                        || matches!(lower[ts - 1].as_str(), "with" | "by" | "for" | "from" | "to" | "on")
                        // (Or right after the verb it is the object of: `met visiting Kenyan
                        // President William Ruto`, `told visiting U.S. Treasury Secretary …`.)
                        // (Not `began visiting China`: a gerund there is the act.)
                        || triggers.iter().any(|t| t.0 + 1 == ts && t.1 == ts)
                        || SPEECH.contains(&lower[ts - 1].as_str()))
                    && toks.get(te).is_some_and(|t| {
                        t.starts_with(char::is_uppercase)
                            || matches!(
                                t.to_lowercase().as_str(),
                                "foreign"
                                    | "prime"
                                    | "president"
                                    | "minister"
                                    | "delegation"
                                    | "head"
                                    | "secretary"
                                    | "envoy"
                                    | "leader"
                                    | "vice"
                                    | "deputy"
                                    | "officials"
                                    | "dignitaries"
                            )
                    });
                if adjectival {
                    skip[k] = true;
                }
            }
            // A protest named as a noun is its protesters' act, not the subject's when another
            // verb or a preposition governs it (`imposed a curfew to quell the student protests`,
            // `denied he was responding to recent protests`); as a modifier it names no act at
            // all (`protest organisers said`).
            for k in 0..triggers.len() {
                let (ts, te, t) = triggers[k];
                if t.plover != "PROTEST" || te != ts + 1 || !matches!(lower[ts].as_str(), "protest" | "protests") {
                    continue;
                }
                let modifier = lower.get(te).is_some_and(|w| PROTEST_MODIFIED.contains(&w.as_str()));
                let mut j = ts;
                while j > 0
                    && ts - j < 4
                    && (NP_DETERMINERS.contains(&lower[j - 1].as_str()) || np_adjective(&lower[j - 1]))
                {
                    j -= 1;
                }
                let governed = j > 0 && j < ts && {
                    let w = lower[j - 1].as_str();
                    w.chars().all(char::is_alphabetic)
                        && toks[j - 1].starts_with(char::is_lowercase)
                        && !matches!(w, "in" | "and" | "or" | "but" | "on")
                        && !LIGHT_VERBS.contains(&w)
                        && !PROTEST_STAGING.contains(&w)
                        && !VERB_GROUP.contains(&w)
                };
                // (A camp set up or pitched is a protest staged: `set up a protest camp`.)
                let camp_set_up = lower.get(te).is_some_and(|w| matches!(w.as_str(), "camp" | "camps"))
                    && j >= 2
                    && j < ts
                    && ((lower[j - 1] == "up" && matches!(lower[j - 2].as_str(), "set" | "sets" | "setting"))
                        || matches!(lower[j - 1].as_str(), "pitched" | "established" | "erected"));
                if (modifier || governed) && !camp_set_up {
                    skip[k] = true;
                }
            }
            // A trigger that needs a word after it (`ended mediation`, `withdrew peacekeepers`,
            // `violated the ceasefire`) has taken that word: the cooperation named is no event of
            // its own. A call's purpose (`called … to discuss`) is.
            for k in 0..triggers.len() {
                let (_, te, t) = triggers[k];
                // The mission forces are sent to is where they go, not an event of the forces
                // (`sending troops to the UN peacekeeping force`).
                if t.plover == "MOBILIZE" {
                    for (j, other) in triggers.iter().enumerate().skip(k + 1) {
                        if other.2.cameo == "074" && other.0 <= te + 8 {
                            skip[j] = true;
                        }
                    }
                }
                if t.requires.is_empty() || t.cameo == "041" {
                    continue;
                }
                // (Any word it needs within its clause: `disbursed 50 million euros in budget
                // support`.)
                let window = te..lower.len().min(te + lexicon::REQUIRES_WINDOW);
                let clause_end = window
                    .clone()
                    .find(|&j| matches!(lower[j].as_str(), "," | ";" | "and" | "but"))
                    .unwrap_or(window.end);
                let needed = |j: usize| j >= te && j < clause_end && t.requires.iter().any(|r| *r == lower[j]);
                let Some(first_needed) = window.clone().find(|&j| t.requires.iter().any(|r| *r == lower[j])) else {
                    continue;
                };
                for (j, other) in triggers.iter().enumerate().skip(k + 1) {
                    let thing = matches!(
                        other.2.plover.as_str(),
                        "CONSULT" | "AID" | "COOPERATE" | "SUPPORT" | "AGREE" | "RETREAT"
                    ) && (other.2.plover != t.plover || t.plover == "SUPPORT" || other.2.cameo == t.cameo);
                    let taken = (other.0 <= first_needed && other.1 > first_needed) || (other.0..other.1).any(needed);
                    if thing && taken {
                        skip[j] = true;
                    }
                }
            }
            // What money pledged or given is for is no act of its own (`pledged $50 million to
            // support the reconstruction of Gaza`).
            for k in 1..triggers.len() {
                let (ts, _, t) = triggers[k];
                let (_, pe, p) = triggers[k - 1];
                if matches!(t.plover.as_str(), "SUPPORT" | "AID")
                    && lower[ts - 1] == "to"
                    && (p.plover == "AID" || matches!(p.cameo.as_str(), "030" | "033"))
                    && ts <= pe + 8
                    && lower[pe..ts].iter().any(|w| {
                        matches!(
                            w.as_str(),
                            "$" | "million" | "billion" | "euros" | "dollars" | "pounds" | "yuan" | "yen"
                        )
                    })
                {
                    skip[k] = true;
                }
            }
            // What someone named as the object is suspected or accused of is no act of the
            // clause's subject (`Police arrested a man accused of killing a Kenyan diplomat`), nor
            // is the charge itself, past another verb (`condemned the arrest of two British men
            // charged with spying for Hong Kong`): whoever charged them is unnamed.
            // (A headline drops the auxiliary: `Cherie accused of attacking Bush`.)
            let charged_after_noun = |j: usize| {
                j >= 1
                    && SUSPICION_PARTICIPLES.contains(&lower[j].as_str())
                    && lower.get(j + 1).is_some_and(|w| matches!(w.as_str(), "of" | "with"))
                    && toks[j - 1].chars().all(char::is_alphabetic)
                    && !VERB_GROUP.contains(&lower[j - 1].as_str())
                    && !s.headline
            };
            for k in 0..triggers.len() {
                let ts = triggers[k].0;
                if (ts >= 2 && charged_after_noun(ts - 2)) || (k > 0 && charged_after_noun(ts)) {
                    skip[k] = true;
                }
            }
            // A participle right after another trigger's verb describes its object (`visited
            // jailed activist Alaa Abd el-Fattah`, `to meet detained leader Aung San Suu Kyi`):
            // no act of the verb's subject.
            for k in 1..triggers.len() {
                let (ts, te, t) = triggers[k];
                let prev = triggers[k - 1];
                if prev.1 == ts
                    && t.plover == "COERCE"
                    && te == ts + 1
                    && lower[ts].ends_with("ed")
                    && toks.get(te).is_some_and(|w| np_word(w, &lower[te]))
                    && !NP_DETERMINERS.contains(&lower[te].as_str())
                {
                    skip[k] = true;
                }
            }
            let sentence_first_event = out.len();
            let mut consulted = false;
            // Who met someone in this sentence: another meeting is theirs (`Ruto met Xi before
            // meeting Naruhito`).
            let mut consult_sources: Vec<String> = Vec::new();
            for (k, &(ts, te, trig)) in triggers.iter().enumerate() {
                if skip[k] {
                    continue;
                }
                // What a proposal, a plan or a call is for has not happened (`rejected Hamas's
                // proposal for a ceasefire`), unless the call is a trigger of its own (`called
                // for talks`).
                {
                    let mut j = ts;
                    while j > 0 && ts - j < 3 && NP_DETERMINERS.contains(&lower[j - 1].as_str()) {
                        j -= 1;
                    }
                    // (Nor has what is feared: `over concerns about an offensive in Rafah`.)
                    // (Concern over what is alleged still accuses: `its concern over alleged
                    // human rights abuses by Israel`.)
                    let feared = trig.plover != "ACCUSE"
                        && matches!(
                            lower[j.saturating_sub(2)].as_str(),
                            "concern"
                                | "concerns"
                                | "fear"
                                | "fears"
                                | "worry"
                                | "worries"
                                | "risk"
                                | "prospect"
                                | "possibility"
                        );
                    if j >= 2
                        && (matches!(lower[j - 1].as_str(), "for" | "of")
                            || (feared && matches!(lower[j - 1].as_str(), "about" | "over")))
                        && (PROPOSALS.contains(&lower[j - 2].as_str()) || feared)
                        && !triggers.iter().any(|&(s2, e2, _)| s2 < j - 1 && e2 >= j - 1)
                    {
                        continue;
                    }
                }
                // An act someone is kept from doing has not happened (`blocked the Trump
                // administration from deporting Venezuelan migrants`).
                if ts >= 3
                    && lower[ts].ends_with("ing")
                    && lower[ts - 1] == "from"
                    && lower[ts.saturating_sub(10)..ts - 1]
                        .iter()
                        .any(|w| KEEPING_FROM.contains(&w.as_str()))
                {
                    continue;
                }
                // Roads blocked in protest are that protest (`blocked roads around Paris to
                // protest against EU trade policies`): the protest's own trigger codes it.
                if trig.cameo == "144"
                    && triggers
                        .iter()
                        .any(|&(s2, _, t)| s2 > ts && s2 <= te + 12 && t.plover == "PROTEST" && t.cameo != "144")
                {
                    continue;
                }
                // Someone else's fighting halted is no concession by whoever halts it (`sent troops
                // to halt an advance by Islamist militants`, `to stop Russia's offensive`).
                if trig.cameo == "0874"
                    && ((te..lower.len().min(te + 4)).any(|k| lower[k] == "by")
                        || phrases
                            .iter()
                            .any(|p| p.start >= te && p.start <= te + 1 && p.possessor))
                {
                    continue;
                }
                // A truce, deal or sanction in force that something happens despite, or that is
                // left, is no new event (`shelling civilian areas despite a humanitarian truce`,
                // `threatened to withdraw from a ceasefire agreement`).
                if matches!(trig.cameo.as_str(), "0871" | "057" | "163")
                    && (ts.saturating_sub(4)..ts)
                        .rev()
                        .find(|&k| {
                            lower[k] == "despite"
                                || (matches!(lower[k].as_str(), "from" | "of")
                                    && triggers.iter().any(|&(_, e, t)| e == k && t.cameo == "161"))
                        })
                        .is_some_and(|k| {
                            (k + 1..ts).all(|j| {
                                NP_DETERMINERS.contains(&lower[j].as_str()) || toks[j].starts_with(char::is_lowercase)
                            })
                        })
                    && !lower[ts].ends_with("ed")
                {
                    continue;
                }
                // Military drills or war games: a show of force, or cooperation when held jointly.
                let drill = trig.plover == "MOBILIZE"
                    && lower[ts..te]
                        .iter()
                        .any(|w| matches!(w.as_str(), "drills" | "exercises" | "games" | "game"));
                // Closer ties as a gerund are a topic (`said strengthening cooperation with China
                // has become a consensus`, `a role in strengthening solidarity`), unless committed
                // to (`reaffirmed its commitment to deepening its partnership with …`).
                if trig.cameo == "050" && lower[ts].ends_with("ing") && !(ts > 0 && lower[ts - 1] == "to") {
                    continue;
                }
                // `provided` or `providing` as a conjunction gives nothing (`would accept the plan
                // provided Bonn was allowed to retain its missiles`, `providing that …`).
                if trig.plover == "AID"
                    && matches!(lower[ts].as_str(), "provided" | "providing")
                    && te == ts + 1
                    && (lower.get(te).is_some_and(|w| w == "that")
                        || phrases.iter().any(|p| {
                            p.start == te
                                && lower.get(p.end).is_some_and(|w| {
                                    matches!(
                                        w.as_str(),
                                        "was"
                                            | "were"
                                            | "is"
                                            | "are"
                                            | "can"
                                            | "could"
                                            | "would"
                                            | "will"
                                            | "did"
                                            | "does"
                                    )
                                })
                        }))
                {
                    continue;
                }
                // A bare promise is made to a party named right after it (`promised Ukraine more
                // air defence systems`) or of aid (`promised aid to Ukraine`); not `the promised
                // benefits`, `promised the house could remain`, `were promised energy savings`.
                if trig.plover == "AGREE" && te == ts + 1 && matches!(lower[ts].as_str(), "promised" | "promises") {
                    let party = phrases
                        .iter()
                        .any(|p| p.start == te && !p.weak && !matches!(p.r, Ref::Generic { .. }) && !p.possessor);
                    let aid = lower[te..lower.len().min(te + 3)].iter().any(|w| {
                        matches!(
                            w.as_str(),
                            "aid" | "assistance" | "funding" | "loans" | "weapons" | "arms"
                        )
                    });
                    let adjective = ts > 0
                        && (NP_DETERMINERS.contains(&lower[ts - 1].as_str())
                            || matches!(lower[ts - 1].as_str(), "been" | "being" | "was" | "were" | "is" | "are"));
                    if !(party || aid) || adjective || lower.get(te).is_some_and(|w| w == "by") {
                        continue;
                    }
                }
                // Seeking to do something is trying it, not asking anyone (`was not seeking to
                // decouple from China`, `sought to calm tensions`).
                if trig.plover == "REQUEST"
                    && (lower[ts].starts_with("seek") || lower[ts] == "sought")
                    && lower.get(te).is_some_and(|w| w == "to")
                    && toks
                        .get(te + 1)
                        .is_some_and(|t| t.chars().next().is_some_and(char::is_lowercase))
                    && !lower.get(te + 1).is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()))
                {
                    continue;
                }
                // A source's wish for anonymity (`asked not to be named`, `declined to be
                // identified`) is no request or refusal.
                let rest: Vec<&str> = lower[te..lower.len().min(te + 4)].iter().map(String::as_str).collect();
                if matches!(
                    rest.as_slice(),
                    ["not", "to", "be", "named" | "identified" | "quoted", ..]
                        | ["to", "be", "named" | "identified" | "quoted", ..]
                ) {
                    continue;
                }
                let clause = clause_start(lower, ts);
                // Passive, with or without its auxiliary: "was attacked by X", "a deal brokered by X".
                let by_follows = lower.get(te).is_some_and(|w| w == "by");
                let auxiliary =
                    ts >= 1 && matches!(lower[ts - 1].as_str(), "was" | "were" | "been" | "being" | "is" | "are");
                // (Or past a place between: `was received at the airport by Abiy Ahmed`.)
                let by_after_place = (!by_follows
                    && auxiliary
                    && te == ts + 1
                    && lower[ts].ends_with("ed")
                    && lower.get(te).is_some_and(|w| matches!(w.as_str(), "at" | "in" | "on")))
                .then(|| {
                    // (Past the place's own place too: `was greeted at the airport in Pyongyang by
                    // Kim Jong Un`.)
                    (te + 1..lower.len().min(te + 8))
                        .take_while(|&k| {
                            lower[k] == "by"
                                || np_modifier(&lower[k])
                                || NP_DETERMINERS.contains(&lower[k].as_str())
                                || (k > te + 2 && matches!(lower[k].as_str(), "in" | "of") && name_like(toks[k + 1]))
                                || (k > te + 2 && name_like(toks[k]))
                                // (`was received in Moscow by Sergei Lavrov`.)
                                || (k == te + 1 && lower[te] == "in" && name_like(toks[k]))
                        })
                        .find(|&k| lower[k] == "by")
                })
                .flatten();
                let passive = (by_follows && (auxiliary || lower[te - 1].ends_with("ed"))) || by_after_place.is_some();
                // Where `by` is.
                let by_at = by_after_place.unwrap_or(te);
                // Names inside quotation marks (titles of sessions, slogans) are not participants.
                let left_all: Vec<&Phrase> = phrases.iter().filter(|p| p.end <= ts && !quoted[p.start]).collect();
                let subject = |from: usize, possessors: bool, weak: bool| -> Vec<&Phrase> {
                    left_all
                        .iter()
                        .copied()
                        // (Not who is told: `told Reuters relief squads had been sent`.)
                        .filter(|p| {
                            p.start >= from
                                && !p.after_preposition
                                && (possessors || !p.possessor)
                                && (weak || !p.weak)
                                && !(p.start > 0 && addressee(&lower[p.start - 1]))
                                // (Nor what the subject is believed to be: `Armed men believed to
                                // be members of a jihadist group abducted …`.)
                                && !{
                                    let b = before_words(lower, 0, p.start, NP_DETERMINERS);
                                    b >= 2 && matches!(lower[b - 1].as_str(), "be" | "being") && lower[b - 2] == "to"
                                }
                                // (Nor a body named in a bill's noun phrase: `a draft bill before
                                // the U.S. Congress that would impose quotas`.)
                                && !text_before(lower, 0, before_words(lower, 0, p.start, NP_DETERMINERS))
                        })
                        .collect()
                };
                // The subject of the clause; else of the sentence (`He said … and praised …`);
                // else a possessor (`Ruto's visit`); weak readings last.
                let mut left = subject(clause, false, false);
                // A nominal act framing another in time (`arrested 20 people after the protests`,
                // `imposed a curfew amid the protests in Nairobi`) is not the subject's: only a
                // nationality before it or a doer after `by` says whose it is. (Talks and journeys
                // are the subject's: `after talks with Xi, Ruto said`.)
                let frame_at = {
                    let mut k = ts;
                    while k > clause
                        && ts - k < 3
                        && (matches!(lower[k - 1].as_str(), "the" | "a" | "an" | "these" | "those" | "recent")
                            || (toks[k - 1].starts_with(char::is_lowercase)
                                && (lower[k - 1].contains('-') || lower[k - 1].ends_with("ent"))))
                    {
                        k -= 1;
                    }
                    // (Past a span of the act: `after months of protests`, `amid a wave of unrest`.)
                    if k >= clause + 2
                        && lower[k - 1] == "of"
                        && matches!(
                            lower[k - 2].as_str(),
                            "months" | "weeks" | "days" | "years" | "decades" | "wave" | "series" | "spate"
                        )
                    {
                        k -= 2;
                        while k > clause
                            && (matches!(lower[k - 1].as_str(), "a" | "the" | "several" | "many")
                                || quantity(&lower[k - 1]))
                        {
                            k -= 1;
                        }
                    }
                    // (`as` when a verb follows the act: `deployed the army as protests spread`.)
                    let as_clause = k > clause
                        && lower[k - 1] == "as"
                        && toks.get(te).is_some_and(|t| t.starts_with(char::is_lowercase))
                        && lower.get(te).is_some_and(|w| {
                            !NP_DETERMINERS.contains(&w.as_str())
                                && !actors::PREPOSITIONS.contains(&w.as_str())
                                && w.chars().next().is_some_and(char::is_alphabetic)
                        });
                    // (Or what it answers: `in response to the killing of Hezbollah's leader`,
                    // `in retaliation for the attack`.)
                    let answered = k >= clause + 3
                        && ((lower[k - 1] == "to" && lower[k - 2] == "response" && lower[k - 3] == "in")
                            || (lower[k - 1] == "for" && matches!(lower[k - 2].as_str(), "retaliation" | "revenge")));
                    (k > clause
                        && (matches!(
                            lower[k - 1].as_str(),
                            "after" | "amid" | "amidst" | "following" | "despite" | "during" | "since" | "before"
                        ) || as_clause
                            || answered))
                        .then_some(k)
                };
                let framed_act = frame_at.is_some()
                    && !trig.travel
                    && trig.plover != "CONSULT"
                    // (A gerund with its determiner is a noun: `after the killing of …`.)
                    && (!verbal_ing(&lower[ts]) || frame_at.is_some_and(|k| k < ts))
                    && !lower[ts].ends_with("ed");
                // People right before a participle do it, even after a preposition (`fired tear
                // gas at demonstrators protesting against the finance bill`).
                if te == ts + 1 && verbal_ing(&lower[ts]) {
                    if let Some(p) = left_all.iter().copied().find(|p| {
                        p.end == ts
                            && p.start >= clause
                            && p.after_preposition
                            && !p.possessor
                            && (people_head(&lower[p.end - 1]) || agentive(&lower[p.end - 1]))
                    }) {
                        left = vec![p];
                    }
                }
                // A nationality right before a nominal trigger is its doer (`a base for Iranian
                // raids`), before any subject of the whole sentence.
                if left.is_empty() {
                    left.extend(left_all.iter().copied().filter(|p| {
                        p.end == ts && p.start >= clause && p.weak && !p.possessor && matches!(p.r, Ref::Country(_))
                    }));
                }
                // The possessor right before a nominal trigger is its doer (`ahead of Tsai's
                // visit to the United States`, `the Commission's refusal to grant a licence`).
                // (Not support or aid conveyed: `promised Washington's support` is the speaker's.)
                // (Nor one it happened to: `Scholl's arrest`, `the journalist's release`.)
                let suffered = SUFFERED_ACTS.contains(&lower[ts].as_str());
                if ts >= 2 && lower[ts - 1] == "'s" && !suffered && !matches!(trig.plover.as_str(), "SUPPORT" | "AID") {
                    if let Some(p) = left_all
                        .iter()
                        .copied()
                        .find(|p| p.possessor && p.end == ts - 1 && p.start >= clause)
                    {
                        left = vec![p];
                    }
                }
                // Aid in the object of a preposition is its possessor's, over the sum
                // (`lifted its veto on the EU's 50 billion euro aid package for Ukraine`).
                if trig.plover == "AID" {
                    if let Some(p) = left_all.iter().copied().find(|p| {
                        p.possessor
                            && p.start >= clause
                            && p.end + 1 < ts
                            && ts - p.end <= 6
                            && lower[p.end] == "'s"
                            && lower[p.end + 1..ts]
                                .iter()
                                .all(|w| quantity(w) || topics::currency_word(w) || np_modifier(w))
                            && {
                                let b = before_words(lower, clause, p.start, NP_DETERMINERS);
                                b > clause && actors::PREPOSITIONS.contains(&lower[b - 1].as_str())
                            }
                    }) {
                        left = vec![p];
                    }
                }
                // (Who is told something is no subject of what they are told, nor is the teller:
                // `told Reuters relief squads had been sent`.)
                let told = clause > 0
                    && left_all
                        .iter()
                        .any(|p| p.start >= clause && p.start > 0 && addressee(&lower[p.start - 1]));
                // A name read weakly right before the verb of what is reported is its subject,
                // not the reporter (`told reporters that Plessey was negotiating …`).
                // Where the verb group (auxiliaries, adverbs) before the trigger starts.
                let verb = verb_start(lower, clause, ts);
                // (Or past its craft or weapons: `said Chinese fighter jets crossed …`.)
                if left.is_empty() && clause > 0 {
                    if let Some(p) = subject(clause, false, true).last().filter(|p| {
                        p.end == verb
                            || (p.end < verb && verb - p.end <= 3 && lower[p.end..verb].iter().all(|w| armed_noun(w)))
                    }) {
                        left = vec![p];
                    }
                }
                for (from, poss, weak) in [
                    (0, false, false),
                    (clause, true, false),
                    (clause, false, true),
                    (clause, true, true),
                ] {
                    if left.is_empty() && !(told && from == 0) {
                        left = subject(from, poss, weak);
                    }
                }
                // A name read weakly that opens a clause of its own right before the trigger is
                // that clause's subject, not the main clause's (`Israel struck Lebanon after
                // Hezbollah fired rockets`, `… after the top Catholic in England backed …`).
                if !passive {
                    let own = left_all.iter().copied().rev().find(|p| {
                        (p.weak || p.after_preposition)
                            && !p.possessor
                            && p.start >= clause
                            && left.last().is_none_or(|l| l.end <= p.start)
                            && {
                                // (Over its determiner and modifiers: `after the top Catholic`.)
                                let mut k = p.start;
                                while k > clause
                                    && p.start - k < 3
                                    && !SUBORDINATORS.contains(&lower[k - 1].as_str())
                                    && toks[k - 1].starts_with(char::is_lowercase)
                                    && (np_modifier(&lower[k - 1]) || NP_DETERMINERS.contains(&lower[k - 1].as_str()))
                                {
                                    k -= 1;
                                }
                                let verb = verb.max(p.end);
                                let gap = &lower[p.end..verb];
                                // (Not one a passive acts on: `when the Louvre Accord was
                                // reaffirmed`; nor an example: `such as PINs`.)
                                let suffered = lower[verb..ts].iter().any(|w| {
                                    matches!(w.as_str(), "was" | "were" | "is" | "are" | "been" | "being" | "be")
                                });
                                k > clause
                                    && SUBORDINATORS.contains(&lower[k - 1].as_str())
                                    && !(k >= 2 && lower[k - 2] == "such")
                                    && !suffered
                                    && gap.len() <= 6
                                    && (gap.is_empty()
                                        || actors::PREPOSITIONS.contains(&gap[0].as_str())
                                        // (Or its weapons or craft: `after Russian drones entered
                                        // its airspace`.)
                                        || (gap.len() <= 3 && gap.iter().all(|w| armed_noun(w))))
                                    && !gap
                                        .iter()
                                        .any(|w| matches!(w.as_str(), "," | ";" | "who" | "which" | "that"))
                            }
                    });
                    if let Some(p) = own {
                        left = vec![p];
                    }
                }
                if let Some(k) = frame_at.filter(|_| framed_act) {
                    left.retain(|p| p.start >= k);
                }
                // A weak reading coordinated with the subject is part of it (`The European Union
                // and the Mercosur bloc … have agreed`).
                // So is a possessor whose plural noun phrase runs to the verb (`Russia and
                // Turkey's foreign ministers met`): the ministers of both.
                // A parenthetical between the subject and its verb (`Mr Saakashvili, elected
                // president after Mr Shevardnadze was toppled, has urged …`): the subject is the
                // name before it.
                // A nationality on the weapon that struck is the striker, not the reporter (`Ukraine's
                // navy said a Russian missile struck a civilian cargo ship`).
                if trig.plover == "ASSAULT" && !passive && verb >= 2 && MUNITIONS.contains(&lower[verb - 1].as_str()) {
                    if let Some(p) = left_all
                        .iter()
                        .copied()
                        .find(|p| p.end + 1 == verb && p.weak && !p.possessor && matches!(p.r, Ref::Country(_)))
                    {
                        left = vec![p];
                    }
                }
                // (Or a relative clause with its own subject: `Rebels of the M23 group, which
                // the United Nations says is backed by Rwanda, seized …`: the subject is before it.)
                if verb >= 4 && lower[verb - 1] == "," && !passive {
                    let open = (verb.saturating_sub(20)..verb - 1)
                        .rev()
                        .find(|&j| lower[j] == "," && matches!(lower[j + 1].as_str(), "who" | "which"));
                    if let Some(b) = open {
                        // (From the clause's start: past a comma, a speech verb or `that`.)
                        let seg = (0..b)
                            .rev()
                            .find(|&j| {
                                matches!(lower[j].as_str(), "," | ";" | "that") || SPEECH.contains(&lower[j].as_str())
                            })
                            .map_or(0, |j| j + 1);
                        let before: Vec<&Phrase> = left_all
                            .iter()
                            .copied()
                            .filter(|p| p.start >= seg && p.end <= b && !p.possessor)
                            .collect();
                        let group: Vec<&Phrase> = match before.last() {
                            // (The head a prepositional tail hangs on: `Rebels of the M23 group`.)
                            Some(l) if l.end == b && l.after_preposition => before
                                .iter()
                                .copied()
                                .find(|p| !p.after_preposition)
                                .into_iter()
                                .collect(),
                            Some(l) if l.end == b => {
                                let tail = group_last(&before, lower);
                                if tail.is_empty() {
                                    vec![*l]
                                } else {
                                    tail
                                }
                            }
                            _ => Vec::new(),
                        };
                        if !group.is_empty() {
                            left = group;
                        }
                    }
                }
                if verb > clause + 2 && lower[verb - 1] == "," {
                    let open = (clause.max(verb.saturating_sub(18))..verb - 1)
                        .rev()
                        .find(|&j| lower[j] == ",");
                    // Not a list or an apposition naming the subject again (`the four, Bjorn
                    // Ulvaeus, … and Anni-Frid Lyngstad, have met`, `its parent company, the
                    // Menatep Group, is suing`): a clause or a role in lowercase.
                    let open = open.filter(|&b| {
                        toks[b + 1].starts_with(char::is_lowercase) && !NP_DETERMINERS.contains(&lower[b + 1].as_str())
                    });
                    if let Some(b) = open {
                        let before: Vec<&Phrase> = left.iter().copied().filter(|p| p.end <= b).collect();
                        if before.last().is_some_and(|p| p.end == b) {
                            left = before;
                        }
                    }
                }
                let plural_owner = |p: &Phrase| {
                    p.possessor
                        && p.end + 1 < verb
                        && lower[p.end] == "'s"
                        && lower[verb - 1].ends_with('s')
                        && toks[p.end + 1..verb].iter().all(|w| w.chars().all(char::is_lowercase))
                };
                while let Some(&last) = left.last() {
                    match left_all.iter().find(|p| {
                        p.start >= last.end
                            && !p.after_preposition
                            && (!p.possessor || plural_owner(p))
                            && coordinated(last, p, lower)
                            // `and`, not a bare comma (`The Liberty Bank of Pensacola, Fla.,`).
                            && lower[last.end..p.start].iter().any(|w| w == "and")
                    }) {
                        Some(&p) if p.weak || p.possessor => left.push(p),
                        _ => break,
                    }
                }
                // And a weak reading before it (`British and EU negotiators`).
                while let Some(&first) = left.first() {
                    match left_all.iter().rev().find(|p| {
                        p.end <= first.start
                            && p.weak
                            && !p.after_preposition
                            && !p.possessor
                            && coordinated(p, first, lower)
                            && lower[p.end..first.start].iter().any(|w| w == "and")
                    }) {
                        Some(&p) => left.insert(0, p),
                        None => break,
                    }
                }
                // So is a noun phrase for people or bodies after `and` that runs to the verb
                // (`Kuwait and its gulf war allies agreed`).
                let partner_np = left
                    .last()
                    .filter(|last| {
                        last.end + 2 < verb
                            && lower[last.end] == "and"
                            && !phrases.iter().any(|p| p.start > last.end && p.start < verb)
                            && agentive(&lower[verb - 1])
                            && toks[last.end + 1..verb]
                                .iter()
                                .zip(&lower[last.end + 1..verb])
                                .all(|(t, w)| np_word(t, w) || NP_DETERMINERS.contains(&w.as_str()))
                    })
                    .map(|last| generic_phrase(&toks, last.end + 1, verb));
                if let Some(p) = &partner_np {
                    left.push(p);
                }
                // The object of a reduced relative is not the subject (`The Saudi-led coalition
                // fighting Houthi rebels in Yemen has declared …`): the noun phrase before it is.
                let participle_subject = left.last().and_then(|p0| {
                    // (The sentence's subject may come before this clause's start.)
                    let clause = if p0.start < clause { 0 } else { clause };
                    // Back over the phrase's own modifiers (`Houthi`, `the`).
                    let mut j = p0.start;
                    while j > clause
                        && p0.start - j < 3
                        && (NP_DETERMINERS.contains(&lower[j - 1].as_str())
                            || toks[j - 1].chars().next().is_some_and(char::is_uppercase))
                    {
                        j -= 1;
                    }
                    let reduced = j >= clause + 2
                            && verbal_ing(&lower[j - 1])
                            && np_word(toks[j - 2], &lower[j - 2])
                            && !VERB_GROUP.contains(&lower[j - 2].as_str())
                            // Someone able to act before it (`coalition fighting`), not a
                            // compound noun (`Dutch mining company`, `engineering companies`).
                            && (agentive(&lower[j - 2])
                                || phrases.iter().any(|p| p.end == j - 1 && !matches!(p.r, Ref::Country(_))))
                            // Not the trigger's own subject (`the First Interstate withdrawing`).
                            && !lower[ts].ends_with("ing");
                    reduced
                        .then(|| {
                            phrases
                                .iter()
                                .find(|p| p.end == j - 1 && !p.after_preposition && !p.possessor)
                                .cloned()
                                .or_else(|| subject_np(&toks, lower, clause, j - 1, &quoted))
                        })
                        .flatten()
                });
                if let Some(p) = &participle_subject {
                    left = vec![p];
                }
                // A second verb of the same subject (`Kenya hosted Uganda's president and praised
                // his leadership`): the subject is the first verb's, not its object.
                let finite = past_tense(&lower[ts]);
                // (Or the verb a nominal act is the object of: `visited Israel and made a surprise
                // visit to Iraq`.)
                let and_verb = if finite {
                    verb
                } else {
                    let mut j = ts;
                    while j > clause
                        && ts - j < 4
                        && !past_tense(&lower[j - 1])
                        && toks[j - 1].starts_with(char::is_lowercase)
                        && (NP_DETERMINERS.contains(&lower[j - 1].as_str()) || np_modifier(&lower[j - 1]))
                    {
                        j -= 1;
                    }
                    if j > clause + 1
                        && j < ts
                        && past_tense(&lower[j - 1])
                        && toks[j - 1].starts_with(char::is_lowercase)
                    {
                        j - 1
                    } else {
                        verb
                    }
                };
                if (finite || and_verb < ts) && and_verb > clause && lower[and_verb - 1] == "and" {
                    if let Some(&(prev_ts, _, _)) = triggers[..k].iter().rev().find(|t| t.0 >= clause && t.1 < and_verb)
                    {
                        let first: Vec<&Phrase> = left_all
                            .iter()
                            .copied()
                            .filter(|p| p.start >= clause && p.end <= prev_ts && !p.after_preposition && !p.possessor)
                            .collect();
                        if !first.is_empty() {
                            left = first;
                        }
                    }
                }
                // Who reports it after a comma is no party (`Rebels attacked a convoy, Kenyan
                // officials said`).
                let attribution = |p: &Phrase| {
                    // (Over a portfolio before the title: `, Commerce Minister Wang Wentao said`.)
                    let mut start = p.start;
                    while start > 0 && start + 3 > p.start && toks[start - 1].starts_with(char::is_uppercase) {
                        start -= 1;
                    }
                    // (Past a determiner and adjectives: `, the regional governor said`.)
                    let mut b = start;
                    while b > 0
                        && b + 3 > start
                        && toks[b - 1].chars().all(|c| c.is_lowercase() || c == '-')
                        && !matches!(
                            lower[b - 1].as_str(),
                            "and" | "but" | "or" | "while" | "as" | "which" | "who"
                        )
                    {
                        b -= 1;
                    }
                    let after_comma = b > 0 && lower[b - 1] == ",";
                    let mut k = p.end;
                    // (Past where they are: `, officials in Bishkek said`.)
                    if lower.get(k).is_some_and(|w| matches!(w.as_str(), "in" | "from" | "at")) {
                        if let Some(q) = phrases
                            .iter()
                            .find(|q| q.start == k + 1 || (q.start == k + 2 && lower[k + 1] == "the"))
                        {
                            k = q.end;
                        }
                    }
                    while k < lower.len() && VERB_GROUP.contains(&lower[k].as_str()) {
                        k += 1;
                    }
                    after_comma && lower.get(k).is_some_and(|w| SPEECH.contains(&w.as_str()))
                };
                // Nor is what frames it in time (`its support during the East African Community
                // summit`, `amid protests by students`).
                // (Also inside the frame's noun phrase: `during the summit of the East African
                // Community`.)
                let framed = |p: &Phrase| {
                    (te..p.start)
                        .rev()
                        .take_while(|&k| {
                            !matches!(
                                lower[k].as_str(),
                                "," | ";" | "and" | "but" | "to" | "with" | "for" | "against" | "on" | "by"
                            )
                        })
                        .any(|k| {
                            matches!(lower[k].as_str(), "during" | "since" | "until" | "amid" | "throughout")
                                || (lower[k] == "ahead" && lower.get(k + 1).is_some_and(|w| w == "of"))
                        })
                };
                // (What follows the frame is inside it or beyond the act.)
                // Nor what a relative clause after the object says (`hosting leaders of the
                // Jubaland region, which is at odds with the federal government`).
                // (A restrictive one too, with its own verb after `who`: `demolished the family
                // home of a Palestinian gunman who killed three Israelis`.)
                let relative = (te + 1..lower.len())
                    .find(|&k| {
                        relative_opener(lower, k)
                            || (matches!(lower[k].as_str(), "who" | "which")
                                && toks[k - 1].chars().all(|c| c.is_ascii_lowercase())
                                && np_word(toks[k - 1], &lower[k - 1])
                                && lower
                                    .get(k + 1)
                                    .is_some_and(|w| past_tense(w) || VERB_GROUP.contains(&w.as_str())))
                    })
                    .unwrap_or(usize::MAX);
                let downed = ["destroy", "shot", "shoot", "intercept", "downed"]
                    .iter()
                    .any(|v| lower[ts].starts_with(v));
                let right: Vec<&Phrase> = phrases
                    .iter()
                    .filter(|p| {
                        p.start >= te && p.start <= te + 15 && p.start < relative && !quoted[p.start] && !attribution(p)
                            // (A name that qualifies a weapon is no party: `Katyusha rockets`,
                            // `Patriot missiles`.)
                            // (Weapons destroyed are their owner's: `destroyed four Houthi
                            // drones`.)
                            && !(p.end > p.start
                                && !matches!(p.r, Ref::Country(_) | Ref::Group { .. })
                                && !downed
                                && toks[p.start].starts_with(char::is_uppercase)
                                && lower.get(p.end).is_some_and(|w| MUNITIONS.contains(&w.as_str())))
                    })
                    .take_while(|p| !framed(p))
                    .collect();
                // Nor is the subject of a clause joined after the object (`criticised the plan
                // and Ugandan officials rejected it`, `attacked shipping and U.S. officials have
                // said …`): the search stops there.
                let new_clause = |p: &Phrase| {
                    let b = before_words(lower, te, p.start, NP_DETERMINERS);
                    let mut k = p.end;
                    while k < lower.len() && VERB_GROUP.contains(&lower[k].as_str()) {
                        k += 1;
                    }
                    // (After a subordinator any verb in the past opens the clause: `declared a
                    // state of emergency after gangs took hostages`.)
                    let subordinate = SUBORDINATORS.contains(&lower[b - 1].as_str());
                    let past = lower
                        .get(k)
                        .is_some_and(|w| toks[k].starts_with(char::is_lowercase) && past_tense(w));
                    b > te
                        // (A concession's clause of time names whom it answers: `called off the
                        // strike after the government agreed to …`.)
                        && (matches!(lower[b - 1].as_str(), "and" | "but")
                            || (subordinate && !matches!(trig.plover.as_str(), "YIELD" | "CONCEDE")))
                        && (SPEECH.contains(&lower.get(k).map_or("", String::as_str))
                            || triggers.iter().any(|t| t.0 == k)
                            || (subordinate && past))
                };
                // Nor what is said in a participle after a comma (`rejected the claims, saying the
                // mission had restored order in Port-au-Prince`).
                // (Or without the comma: `attacked the legislation saying they could be forced
                // to …`.)
                let saying = |w: &str| {
                    matches!(
                        w,
                        "saying"
                            | "adding"
                            | "noting"
                            | "arguing"
                            | "insisting"
                            | "explaining"
                            | "stressing"
                            | "citing"
                    )
                };
                let said_after = |k: usize| {
                    (lower[k] == "," && lower.get(k + 1).is_some_and(|w| saying(w)))
                        || (k > te && saying(&lower[k]) && lower[k - 1] != "of")
                };
                // Nor past a comma that opens who reported it, whatever words name the reporter
                // (`…, Seoul's military said`, `…, a cabinet statement said`); `attribution` above
                // only drops a known actor named there.
                let reported_after = |k: usize| {
                    // (Or names them after the verb: `…, said Leo Melamed`, `…, according to the
                    // United Nations`.)
                    let inverted = lower
                        .get(k + 1)
                        .is_some_and(|w| matches!(w.as_str(), "said" | "says" | "reported" | "according"));
                    lower[k] == ","
                        && (inverted
                            || (k + 2..lower.len().min(k + 10)).any(|j| {
                                matches!(
                                    lower[j].as_str(),
                                    "said" | "says" | "reported" | "reports" | "announced"
                                ) && lower.get(j + 1).is_none_or(|w| {
                                    matches!(w.as_str(), "." | "on" | "in" | "," | "late" | "early" | "today")
                                }) && lower[k + 1..j].iter().all(|w| {
                                    w == "'s" || w == "of" || NP_DETERMINERS.contains(&w.as_str()) || np_modifier(w)
                                })
                            }))
                };
                // Nor what a second verb of saying introduces (`praised China's role and said Brazil
                // would …`).
                let said_next =
                    |k: usize| lower[k] == "and" && lower.get(k + 1).is_some_and(|w| SPEECH.contains(&w.as_str()));
                // Nor what another act after the object involves: a clause of time (`looted the
                // town after seizing it from the army`) or a participle on the object (`threw out
                // a motion seeking to impeach the deputy president`).
                let participle = object_np(&toks, lower, te, &quoted, s.headline)
                    .filter(|o| o.end > o.start + 1)
                    .map(|o| o.end - 1)
                    .filter(|&k| verbal_ing(&lower[k]) && toks[k].starts_with(char::is_lowercase));
                // (Nor past a comma and a participle that is an act of its own, when the verb has
                // its object: `attacked a military base in Borno state, killing at least 20
                // soldiers` attacked the base.)
                let direct_object = object_np(&toks, lower, te, &quoted, s.headline).filter(|o| o.start == te);
                // (Nor inside a clause that says what the object does: `voted against a bill that
                // would have lifted the immunity of President Jimmy Morales`.)
                // (A deal signed may name the other party there: `signed a deal that will see
                // China build a railway`.)
                let object_clause = (!trig.symmetric)
                    .then(|| object_np(&toks, lower, te, &quoted, s.headline))
                    .flatten()
                    .filter(|o| o.start <= te + 1)
                    .map(|o| o.end)
                    .filter(|&k| {
                        lower.get(k).is_some_and(|w| matches!(w.as_str(), "that" | "which"))
                            && lower.get(k + 1).is_some_and(|w| CLAUSE_MODALS.contains(&w.as_str()))
                    });
                // (Nor past a participle with its agent on people acted on: `rescued 30
                // schoolchildren kidnapped by gunmen` rescued the children. A thing's agent is the
                // party: `dismissed the protest filed by Tolentino`.)
                // (Nor past where a thing acted on came from: `shot down three drones launched
                // from Houthi-controlled areas of Yemen` shot down the drones.)
                let passive_on_object = object_np(&toks, lower, te, &quoted, s.headline)
                    .filter(|o| o.start <= te + 1 && o.end > o.start)
                    .filter(|o| {
                        lower.get(o.end + 1).is_some_and(|w| w == "from")
                            || (people_head(&lower[o.end - 1]) && lower.get(o.end + 1).is_some_and(|w| w == "by"))
                    })
                    .map(|o| o.end)
                    .filter(|&k| {
                        lower.get(k).is_some_and(|w| participle_form(w))
                            && toks.get(k).is_some_and(|t| t.starts_with(char::is_lowercase))
                    });
                let next_act = |k: usize| {
                    passive_on_object == Some(k)
                        || (matches!(lower[k].as_str(), "after" | "before" | "while" | "when")
                            && lower.get(k + 1).is_some_and(|n| verbal_ing(n)))
                        || participle == Some(k)
                        || (lower[k] == ","
                            && lower.get(k + 1).is_some_and(|n| n.ends_with("ing"))
                            && triggers.iter().any(|t| t.0 == k + 1)
                            && direct_object
                                .as_ref()
                                .is_some_and(|o| o.end <= k && !lower[o.end..k].iter().any(|w| w == ",")))
                };
                // (Not after a noun: `a state visit he will make to Britain`.)
                let nominal = ts > 0
                    && (NP_DETERMINERS.contains(&lower[ts - 1].as_str())
                        || POSSESSIVES.contains(&lower[ts - 1].as_str())
                        || lower[ts - 1] == "'s");
                // A pronoun opening the complement clause is its subject, not the object, and
                // what follows belongs to that clause (`warned it would retaliate if Japan …`),
                // unless it is the act threatened or refused (`warned that it would cut aid to
                // Kenya`) or the threat's (`warned that they would target any U.S. ships`).
                let clause_subject = |p: &Phrase| {
                    !passive
                        && !nominal
                        && matches!(p.r, Ref::Pronoun | Ref::PronounIt)
                        && (p.start == te || (p.start == te + 1 && lower[te] == "that"))
                        && lower.get(p.end).is_some_and(|w| CLAUSE_MODALS.contains(&w.as_str()))
                };
                let past_subject = refused_action[k].is_some() || trig.plover == "THREATEN";
                // Nor what a second verb after `and` acts on (`withdrew from the town and handed
                // it over to East African troops`).
                let second_verb = |k: usize| {
                    lower[k] == "and"
                        && toks.get(k + 1).is_some_and(|t| t.starts_with(char::is_lowercase))
                        && lower.get(k + 1).is_some_and(|w| past_tense(w))
                        && (lower.get(k + 2).is_some_and(|w| {
                            NP_DETERMINERS.contains(&w.as_str())
                                || quantity(w)
                                || matches!(w.as_str(), "it" | "them" | "him" | "her")
                        })
                        // (Or an act of its own: `refused to recognise the result and called on
                        // his supporters to …`.)
                        || triggers.iter().any(|t| t.0 == k + 1))
                };
                // Nor past a condition (`threatened to close the Strait of Hormuz if it was
                // attacked`), unless no one else is named (`warned of a crushing response if
                // Israel attacked`).
                let cut = |condition: bool| -> Vec<&Phrase> {
                    let mut subject_seen = false;
                    right
                        .iter()
                        .copied()
                        .take_while(|p| {
                            let open = !(te..p.start).any(|k| {
                                lower[k] == ";"
                                    || second_verb(k)
                                    || (condition && matches!(lower[k].as_str(), "if" | "unless"))
                                    || said_after(k)
                                    || reported_after(k)
                                    || said_next(k)
                                    || next_act(k)
                                    || object_clause == Some(k)
                                    // (Nor what the object is suspected of: `demolished the home
                                    // of a Palestinian man suspected of carrying out a West Bank
                                    // shooting attack`.)
                                    || (k > te + 1
                                        && (SUSPICION_PARTICIPLES.contains(&lower[k].as_str()) || lower[k] == "believed")
                                        && lower
                                            .get(k + 1)
                                            .is_some_and(|w| matches!(w.as_str(), "of" | "to" | "in" | "for" | "with"))
                                        && !VERB_GROUP.contains(&lower[k - 1].as_str()))
                                    // (Nor past what frames the act in time: `withdrew the
                                    // bill following two nights of protests in Tbilisi`.)
                                    // (A refusal `despite` someone's call is of that call.)
                                    || (k > te
                                        && (matches!(lower[k].as_str(), "following" | "amid" | "amidst")
                                            || (lower[k] == "despite" && trig.plover != "REJECT")
                                            // (Forces raised `after` an attack are not raised
                                            // against whoever made it, unnamed.)
                                            || (lower[k] == "after" && trig.plover == "MOBILIZE")))
                            }) && !new_clause(p);
                            subject_seen |= clause_subject(p) && !past_subject;
                            open && !subject_seen
                        })
                        .filter(|p| !clause_subject(p))
                        .collect()
                };
                // (Past a condition, only its subject: `warned of a crushing response if Israel
                // attacked`, not `warned it will go bankrupt if rescue talks with creditors fail`.)
                let condition_subject = |p: &&Phrase| {
                    (te..p.start)
                        .rev()
                        .find(|&k| matches!(lower[k].as_str(), "if" | "unless"))
                        .is_none_or(|k| {
                            // (`unless there was a government rethink`.)
                            let there = lower.get(k + 1).is_some_and(|w| w == "there")
                                && lower
                                    .get(k + 2)
                                    .is_some_and(|w| matches!(w.as_str(), "is" | "was" | "were" | "are"));
                            let k = if there { k + 2 } else { k };
                            // (Titles and names before it are its own: `unless Socialist Prime
                            // Minister Bettino Craxi resigned`.)
                            (k + 1..p.start).all(|j| {
                                NP_DETERMINERS.contains(&lower[j].as_str()) || lower[j] == "'s" || name_like(toks[j])
                            })
                        })
                };
                let right = match cut(true) {
                    r if r.is_empty() => cut(false).into_iter().filter(condition_subject).collect(),
                    r => r,
                };
                // A possessor before a relation and a name is not the party, the name is (`talks
                // with Deutsche Boerse's rival Euronext`, `Russia's ally Belarus`).
                let related = |p: &Phrase| {
                    p.possessor
                        && lower.get(p.end).is_some_and(|w| w == "'s")
                        && right.iter().any(|q| {
                            q.start > p.end + 1
                                && q.start <= p.end + 3
                                && lower[p.end + 1..q.start]
                                    .iter()
                                    .all(|w| RELATIONS.contains(&w.as_str()))
                        })
                };
                let right: Vec<&Phrase> = right.iter().copied().filter(|p| !related(p)).collect();
                let right_all = right.clone();
                let strong: Vec<&Phrase> = right.iter().copied().filter(|p| !p.weak).collect();
                // A weak reading right after the trigger (`an ultimatum to Damascus`) beats a
                // stronger one further on.
                // (So does a place the object is: `shelled the city of Kharkiv, killing three
                // civilians`.)
                let object_of = |p: &Phrase| {
                    p.start > te
                        && lower[p.start - 1] == "of"
                        && object_np(&toks, lower, te, &quoted, s.headline).is_some_and(|o| o.end + 1 == p.start)
                };
                // (Not over whoever it was taken from: `recaptured the town of Adigrat from the
                // rebels`.)
                let taken_from = strong.first().is_some_and(|q| {
                    let k = before_words(lower, te, q.start, NP_DETERMINERS);
                    k > te && lower[k - 1] == "from"
                });
                let adjacent_weak = right
                    .first()
                    .is_some_and(|p| p.start <= te + 2 || (object_of(p) && !taken_from));
                let mut right = if strong.is_empty() || adjacent_weak {
                    right
                } else {
                    strong
                };
                let mut moved_from: Option<usize> = None;
                // What the source moves or gives (`withdraw its troops from Iraq`, `send troops
                // to Uganda`, `provide military aid to Saudi Arabia`) is not the other party: the
                // actor after the preposition is.
                if !matches!(
                    trig.plover.as_str(),
                    "ASSAULT" | "COERCE" | "ACCUSE" | "THREATEN" | "PROTEST"
                ) {
                    if let Some(f) = right.first() {
                        // (A person is no one's thing: `agreed with his Iranian counterpart`.)
                        let own = f.start > 0
                            && POSSESSIVES.contains(&lower[f.start - 1].as_str())
                            && !matches!(f.r, Ref::Person(_) | Ref::Role { .. });
                        // (Who is asked is no thing moved: `urged the international community to
                        // lift the embargo on his country`.)
                        // (Nor are those praised, thanked or apologised to: `apologised to the families
                        // of the victims for …`.)
                        let bare = matches!(f.r, Ref::Common { country: None, .. })
                            && !matches!(trig.plover.as_str(), "REQUEST" | "SUPPORT");
                        // (`to` before a verb is an infinitive, no direction: `urged the
                        // government to release the protesters`.)
                        // (The object of such a preposition: not of another, `on Tuesday after
                        // five years of military rule`.)
                        let directed = |q: &&Phrase| {
                            q.start <= f.end + 8
                                && governing_preposition(lower, f.end..q.start).is_some_and(|k| {
                                    let infinitive = lower[k] == "to"
                                        && toks.get(k + 1).is_some_and(|t| t.starts_with(char::is_lowercase))
                                        && !lower
                                            .get(k + 1)
                                            .is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()) || quantity(w));
                                    // (A place one is in is where, not whom: `signed an
                                    // agreement in Astana`.)
                                    let place = q.weak && lower[k] == "in";
                                    !infinitive
                                        && !place
                                        && matches!(
                                            lower[k].as_str(),
                                            "to" | "from" | "into" | "in" | "for" | "with" | "on"
                                        )
                                })
                        };
                        // Forces mobilised are never the other party (`mobilized the Army for
                        // riot control`): the target is what follows, or nobody.
                        let forces = trig.plover == "MOBILIZE"
                            && (own
                                || matches!(&f.r, Ref::Common { sector, .. } if matches!(sector.as_str(), "MIL" | "COP"))
                                || matches!(&f.r, Ref::Org { name, .. }
                                    if FORCES.contains(&name.rsplit(' ').next().unwrap_or("").to_lowercase().as_str())));
                        // One's own forces withdrawn or moved (`withdraw its troops from a five
                        // kilometer zone`) are not the other party either: where they go is.
                        let own_forces = (own
                            && matches!(trig.plover.as_str(), "RETREAT" | "AID")
                            && FORCES.contains(&lower[f.end - 1].as_str()))
                            // (So is one's own envoy recalled: `recalled its ambassador from
                            // Moscow`.)
                            || (trig.cameo == "166" && f.start > 0 && own_envoy(lower, f.start - 1, f.end))
                            // (And anyone's forces withdrawn from a place: the place, `promised to
                            // withdraw 500,000 Soviet troops from Eastern Europe`.)
                            || (matches!(trig.plover.as_str(), "RETREAT" | "AGREE")
                                && (lower[ts].starts_with("withdr") || lower[ts].starts_with("pull"))
                                && FORCES.contains(&lower[f.end - 1].as_str())
                                && lower.get(f.end).is_some_and(|w| w == "from")
                                && right.get(1).is_some_and(|q| q.start <= f.end + 3));
                        if own_forces {
                            moved_from = Some(f.end);
                        }
                        // (Nor are those it goes to: `airlifted food to flood victims in southern
                        // Malawi`.)
                        let recipient = governing_preposition(lower, te.max(f.start.saturating_sub(3))..f.start)
                            .is_some_and(|k| matches!(lower[k].as_str(), "to" | "for" | "with"));
                        if forces || own_forces || ((own || (bare && !recipient)) && right.iter().skip(1).any(directed))
                        {
                            right.remove(0);
                        }
                    }
                }
                // A body formed or set up with someone is no party, the partner is (`agreed to
                // form a coalition government with the Democratic Alliance`), even a weak reading.
                if matches!(trig.plover.as_str(), "AGREE" | "COOPERATE") {
                    let partner = right
                        .first()
                        .filter(|f| matches!(f.r, Ref::Common { country: None, .. }))
                        .and_then(|f| {
                            right_all.iter().copied().find(|q| {
                                let k = before_words(lower, f.end, q.start, NP_DETERMINERS);
                                q.start > f.end && k == f.end + 1 && lower[f.end] == "with"
                            })
                        });
                    if let Some(q) = partner {
                        right.retain(|p| !std::ptr::eq(*p, q));
                        right.insert(0, q);
                    }
                }
                // What is given or handed back goes to the recipient (`returned a sculpture to
                // the Algerian ambassador`, `donated ventilators to Ethiopia`); talks are held
                // with someone (`discussed Libya with Trump`, `held talks in Bishkek with …`).
                let marker = if trig.plover == "AID" || trig.cameo == "0841" || trig.cameo == "0873" {
                    Some("to")
                } else if trig.plover == "CONSULT" && !trig.travel {
                    Some("with")
                } else {
                    None
                };
                if let Some(marker) = marker {
                    // (Not another act's, past a clause of time: `freed six Americans after a
                    // visit by a U.S. envoy to Caracas`.)
                    let marked = |q: &&Phrase| {
                        let k = before_words(lower, te, q.start, NP_DETERMINERS);
                        k > te
                            && lower[k - 1] == marker
                            && !lower[te..k - 1].iter().any(|w| {
                                matches!(
                                    w.as_str(),
                                    "after" | "before" | "during" | "following" | "amid" | "when" | "while" | "since"
                                )
                            })
                    };
                    if let Some(pos) = right.iter().position(marked).filter(|&p| p > 0) {
                        let q = right.remove(pos);
                        right.insert(0, q);
                    }
                }
                // An infinitive after a verb and its object (`called Morrison to congratulate
                // him`, `urged Kenya to join`): the main clause's subject acts on that object.
                let infinitive_object = (ts > 0 && lower[ts - 1] == "to" && !passive)
                    .then(|| {
                        // The object may be a weak reading (a bare surname the tagger missed).
                        let subjects: Vec<&Phrase> = subject(clause, false, true);
                        match subjects.as_slice() {
                            // Not a list (`brings together A, B and C to discuss`).
                            [first, .., before, last]
                                if last.end < ts
                                    && lower[last.end..ts - 1].iter().all(|w| time_word(w))
                                    && !coordinated(before, last, lower) =>
                            {
                                Some((*first, *last))
                            }
                            [first, last]
                                if last.end < ts
                                    && lower[last.end..ts - 1].iter().all(|w| time_word(w))
                                    && !coordinated(first, last, lower) =>
                            {
                                Some((*first, *last))
                            }
                            _ => None,
                        }
                    })
                    .flatten();
                // A participle after a comma (`Trump called King Salman, discussing …`, `gunmen
                // attacked a camp, killing 19 soldiers`) has the main clause's subject.
                let mut participle_object: Option<&Phrase> = None;
                let participle =
                    !passive && ts >= 2 && lower[ts - 1] == "," && lower[ts].len() > 5 && lower[ts].ends_with("ing");
                if participle {
                    let main: Vec<&Phrase> = left
                        .iter()
                        .copied()
                        .filter(|p| p.start >= clause && !p.possessor && !p.after_preposition)
                        .collect();
                    // The first subject and those coordinated with it; the next phrase is the
                    // main verb's object.
                    let first = group_at(&main, lower);
                    if let Some(object) = main.get(first.len()) {
                        participle_object = Some(*object);
                        left = first;
                    }
                }
                // A passive with no agent right after it (`was arrested on Monday in Niger`,
                // `were detained by police`): the agent named later, else the authorities of the
                // place it happened in; the subject is the target, never the source.
                let mut bare_agent: Option<(Vec<&Phrase>, Vec<&Phrase>)> = None;
                let mut bare_patient_np: Option<Phrase> = None;
                let aux = |w: &str| matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be");
                let state_action = matches!(
                    trig.plover.as_str(),
                    "COERCE" | "ACCUSE" | "SANCTION" | "RETREAT" | "CONCEDE"
                );
                // A participle right after a noun, with a preposition where its object would be,
                // describes the noun (`two Kenyan businessmen accused of financing al-Shabaab`,
                // `migrants deported from third countries`): a reduced passive that names no one
                // doing it, so no event of its own. A headline drops its auxiliaries
                // (`JOURNALIST ARRESTED IN NAIROBI`): there it is a passive.
                let reduced_passive = !passive
                    && state_action
                    && !trig.symmetric
                    && !trig.travel
                    && te == ts + 1
                    && lower[ts].ends_with("ed")
                    // (Not a verb that needs no object: `resigned from the board`, `complained of`.)
                    && !matches!(
                        lower[ts].as_str(),
                        "resigned"
                            | "retreated"
                            | "returned"
                            | "reopened"
                            | "eased"
                            | "complained"
                            | "alleged"
                            | "surrendered"
                            | "dropped"
                            | "backed"
                            | "stepped"
                    )
                    && !(lower[ts] == "allowed" && lower[te] == "for")
                    && ts >= 1
                    && np_word(toks[ts - 1], &lower[ts - 1])
                    // (Not an object relative: `projects which hardliners accused of …`.)
                    && !(ts >= 2 && matches!(lower[ts - 2].as_str(), "which" | "whom" | "that"))
                    && !VERB_GROUP.contains(&lower[ts - 1].as_str())
                    && !SUBJECT_PRONOUNS.contains(&lower[ts - 1].as_str())
                    && lower
                        .get(te)
                        .is_some_and(|w| matches!(w.as_str(), "of" | "from" | "in" | "at" | "for" | "over" | "after"))
                    // (`released at least 19 Christians` has its object.)
                    && !lower.get(te + 1).is_some_and(|w| matches!(w.as_str(), "least" | "most" | "principle"));
                let bare_passive = (reduced_passive && s.headline)
                    || (!passive
                    && (state_action
                        || matches!(trig.plover.as_str(), "ASSAULT" | "REJECT" | "THREATEN" | "REQUEST" | "SUPPORT"))
                    && !trig.symmetric
                    && !trig.travel
                    // (`were invited to the meeting`: the invitees are no inviters.)
                    // (Or a participle with its particle: `will be handed back to Peking`.)
                    && (te == ts + 1
                        || (te == ts + 2
                            && matches!(lower[ts + 1].as_str(), "to" | "back" | "over" | "out" | "off" | "down" | "up")))
                    && (lower[ts].ends_with("ed") || PARTICIPLES.contains(&lower[ts].as_str()))
                    && ts >= 1
                    && (aux(&lower[ts - 1])
                        || (ts >= 2
                            && aux(&lower[ts - 2])
                            && (lower[ts - 1].ends_with("ly") || lower[ts - 1] == "not"))
                        // `was tortured and killed`: the second participle shares the auxiliary.
                        || (ts >= 3
                            && lower[ts - 1] == "and"
                            && lower[ts - 2].ends_with("ed")
                            && aux(&lower[ts - 3]))));
                if reduced_passive && !bare_passive {
                    continue;
                }
                // The country after a word for custody between `from` and `stop`: the custodian.
                let custodian = |from: usize, stop: usize| {
                    let held = (from..stop).find(|&c| CUSTODY.contains(&lower[c].as_str()))?;
                    phrases
                        .iter()
                        .find(|p| p.start > held && p.end <= stop && matches!(p.r, Ref::Country(_)))
                };
                // Who undergoes what happens at `end`: the phrases before it in the clause, else
                // the noun phrase there (one able to act, with `agent`).
                let patient_before = |end: usize, agent: bool| {
                    let before: Vec<&Phrase> = phrases
                        .iter()
                        .filter(|p| p.end <= end && p.start >= clause && !p.possessor)
                        .collect();
                    let group = group_last(&before, lower);
                    let np = group
                        .is_empty()
                        .then(|| np_before(&toks, lower, clause, end, &quoted, agent))
                        .flatten();
                    (group, np)
                };
                // A death after torture in custody (`died in prison in Rangoon after torture`):
                // the custodian state's violence against the dead.
                if !bare_passive && !passive && trig.plover == "ASSAULT" && lower[ts] == "torture" {
                    let died = (clause..ts)
                        .rev()
                        .find(|&d| matches!(lower[d].as_str(), "died" | "dies" | "die"));
                    let custody = died.and_then(|d| {
                        let stop = (d..lower.len())
                            .find(|&k| matches!(lower[k].as_str(), ";" | "who" | "which"))
                            .unwrap_or(lower.len());
                        custodian(d, stop)
                    });
                    if let (Some(d), Some(state)) = (died, custody) {
                        let (dead, np) = patient_before(d, false);
                        bare_patient_np = np;
                        bare_agent = Some((vec![state], dead));
                    }
                }
                if bare_passive {
                    let stop = (te..lower.len())
                        .find(|&k| {
                            matches!(
                                lower[k].as_str(),
                                "," | ";" | "for" | "after" | "because" | "while" | "as" | "who" | "which"
                            )
                        })
                        .unwrap_or(lower.len());
                    let by = (te..stop).find(|&k| lower[k] == "by");
                    let agent: Vec<&Phrase> = match by {
                        Some(k) => {
                            let after: Vec<&Phrase> = phrases
                                .iter()
                                .filter(|p| p.start > k && p.start <= k + 3 && !p.possessor)
                                .collect();
                            group_at(&after, lower)
                        }
                        // Violence done to someone held in a prison or in custody is the
                        // custodian state's (`was tortured and killed in a secret prison in
                        // Afghanistan`); other violence in a place is not the place's.
                        None if !state_action => custodian(te, stop).into_iter().collect(),
                        // Arrests, charges and releases are the state's: the place's authorities.
                        // Expelled or deported `from` a country: by its authorities.
                        None => (te..stop)
                            .filter(|&k| {
                                lower[k] == "in"
                                    || (lower[k] == "from"
                                        && matches!(lower[ts].as_str(), "expelled" | "deported" | "banished"))
                            })
                            .find_map(|k| {
                                phrases
                                    .iter()
                                    .find(|p| p.start == k + 1 && matches!(p.r, Ref::Country(_) | Ref::Group { .. }))
                            })
                            .map(|p| vec![p])
                            .unwrap_or_default(),
                    };
                    if agent.is_empty() {
                        // Nobody known did it: no event, rather than the patient as the agent.
                        continue;
                    }
                    let (patient, np) = patient_before(ts, true);
                    bare_patient_np = np;
                    bare_agent = Some((agent, patient));
                }
                // The patient of a passive that names no known actor (`Hundreds of political
                // prisoners have been released by rebel forces`).
                let passive_patient = (passive && !phrases.iter().any(|p| p.end <= ts && p.start >= clause))
                    .then(|| np_before(&toks, lower, clause, ts, &quoted, false))
                    .flatten();
                // A nominal act with its doer after `by` (`the attack by Kenyan troops on
                // al-Shabab bases`, `months of threats by Erdogan against the EU`): the doer is
                // the source, what the act is on or against the target.
                let nominal_by = (by_follows
                    && !passive
                    && ts > 0
                    && (NP_DETERMINERS.contains(&lower[ts - 1].as_str()) || lower[ts - 1] == "of" || framed_act))
                    .then(|| {
                        let agent = phrases
                            .iter()
                            .find(|p| p.start > te && p.start <= te + 3 && !p.possessor)?;
                        // (With no target named, the doer stays the doer: `were killed in the
                        // attack by militants` is not the soldiers attacking.)
                        let alone =
                            (!trig.travel && !trig.symmetric && trig.plover != "CONSULT").then_some((agent, None));
                        // The preposition may come after the agent's head noun (`by four U.S. Navy
                        // destroyers on the Reshadat oil platform`).
                        let Some(prep) = (agent.end..lower.len().min(agent.end + 3))
                            .take_while(|&k| k == agent.end || lower[k].chars().all(char::is_alphabetic))
                            // (A journey's by `to`: `a visit by a U.S. envoy to Caracas`.)
                            .find(|&k| {
                                matches!(lower[k].as_str(), "on" | "against" | "at" | "in" | "into" | "upon")
                                    || (trig.travel && lower[k] == "to")
                            })
                        else {
                            return alone;
                        };
                        let target = phrases
                            .iter()
                            .find(|p| p.start > prep && p.start <= prep + 3 && !p.possessor)
                            .cloned()
                            .or_else(|| {
                                // Up to the next act (`on al-Shabab bases killed 20 …`).
                                object_np(&toks, lower, prep, &quoted, s.headline).map(|q| {
                                    match triggers.iter().find(|t| t.0 > q.start && t.0 < q.end) {
                                        Some(t) => generic_phrase(&toks, q.start, t.0),
                                        None => q,
                                    }
                                })
                            });
                        // (Without a target the usual reading stands for a meeting or a visit.)
                        match target {
                            Some(t) => Some((agent, Some(t))),
                            None => alone,
                        }
                    })
                    .flatten();
                let (nominal_agent, nominal_target) = nominal_by.unzip();
                let nominal_target = nominal_target.flatten();
                // A phrase headed by a common noun that names no one (`the deal`, `a party`).
                let thing_head = |p: &Phrase| {
                    let head = lower[p.end - 1].as_str();
                    !agentive(head) && !people_head(head) && !toks[p.end - 1].starts_with(char::is_uppercase)
                };
                // A passive's agent named by what it is (`were kidnapped by armed men`).
                let by_generic = (passive
                    && !right_all
                        .iter()
                        .any(|p| !p.possessor && p.start > by_at && p.start <= by_at + 3))
                .then(|| agent_np_after(&toks, lower, by_at, &quoted, s.headline))
                .flatten();
                // A second subject named by its office in a body (`Abiy Ahmed and the leader of
                // the TPLF met`): the whole phrase, which the tagger leaves as a body after `of`.
                let role_conjunct: Option<Phrase> = (!passive)
                    .then(|| {
                        let v = verb_start(lower, clause, ts);
                        let p = phrases
                            .iter()
                            .find(|p| p.end == v && p.after_preposition && !p.possessor)?;
                        let of = p.start.checked_sub(1 + usize::from(lower[p.start - 1] == "the"))?;
                        let head = of.checked_sub(1)?;
                        if lower[of] != "of"
                            || !(matches!(
                                lower[head].as_str(),
                                "leader" | "leaders" | "head" | "chief" | "chairman" | "chairwoman" | "president"
                            ) || agentive(&lower[head]))
                        {
                            return None;
                        }
                        let start =
                            if head > clause && matches!(lower[head - 1].as_str(), "the" | "a" | "its" | "their") {
                                head - 1
                            } else {
                                head
                            };
                        (start >= clause + 2
                            && lower[start - 1] == "and"
                            && phrases
                                .iter()
                                .any(|q| q.end == start - 1 && !q.after_preposition && !q.possessor))
                        .then(|| generic_phrase(&toks, start, p.end))
                    })
                    .flatten();
                // People a reduced passive follows are its patient (`the families of protesters
                // killed by police`), not a party named before them.
                let reduced_patient = (passive
                    && !auxiliary
                    && ts >= 1
                    && (people_head(&lower[ts - 1]) || PROTESTERS.contains(&lower[ts - 1].as_str())))
                .then(|| np_before(&toks, lower, clause, ts, &quoted, false))
                .flatten()
                .filter(|p| p.end == ts)
                // (From past the verb whose object they are: `rescued 30 schoolchildren kidnapped
                // by gunmen`.)
                .map(
                    |p| match (p.start..ts - 1).rev().find(|&k| triggers.iter().any(|t| t.0 == k)) {
                        Some(k) => generic_phrase(&toks, k + 1, ts),
                        None => p,
                    },
                );
                let (mut src_group, mut tgt_group) = if let Some((agent, mut patient)) = bare_agent.take() {
                    patient.extend(bare_patient_np.as_ref());
                    (agent, patient)
                } else if let Some(agent) = nominal_agent {
                    (vec![agent], nominal_target.iter().collect())
                } else if passive {
                    // The agent right after `by`, wherever other readings moved it.
                    // (And whoever is coordinated with it: `by Mbadi and Japanese Ambassador
                    // Ken Okaniwa`.)
                    let mut by: Vec<&Phrase> = right_all
                        .iter()
                        .copied()
                        .filter(|p| !p.possessor && p.start > by_at)
                        .collect();
                    if by.first().is_some_and(|p| p.start > by_at + 3) {
                        by.clear();
                    }
                    let obj: Vec<&Phrase> = phrases.iter().filter(|p| p.end <= ts && p.start >= clause).collect();
                    let mut patient = group_last(&obj, lower);
                    // An act judged is its doer's (`The visit by Indian Prime Minister Narendra Modi
                    // to Moscow was criticised by …`).
                    if matches!(trig.plover.as_str(), "ACCUSE" | "SUPPORT" | "REJECT") {
                        let doer = (clause + 1..ts)
                            .find(|&k| lower[k] == "by")
                            .filter(|&k| {
                                (clause..k).all(|j| {
                                    NP_DETERMINERS.contains(&lower[j].as_str())
                                        || (toks[j].starts_with(char::is_lowercase) && np_word(toks[j], &lower[j]))
                                        || (j == clause && np_word(toks[j], &lower[j]))
                                })
                            })
                            .and_then(|k| {
                                obj.iter()
                                    .find(|p| before_words(lower, k + 1, p.start, NP_DETERMINERS) == k + 1)
                            });
                        if let Some(p) = doer {
                            patient = vec![*p];
                        }
                    }
                    // What was signed or agreed by the parties is no party (`The deal was signed
                    // by Mbadi and Okaniwa`).
                    patient.extend(passive_patient.as_ref().filter(|p| !(trig.symmetric && thing_head(p))));
                    // (A journey's patient is one visited, no thing: `the site was visited by …`.)
                    if trig.travel {
                        patient.retain(|p| {
                            !matches!(p.r, Ref::Generic { .. })
                                || agentive(&lower[p.end - 1])
                                || people_head(&lower[p.end - 1])
                        });
                    }
                    let agents = group_at(&by, lower);
                    (
                        if agents.is_empty() {
                            by_generic.iter().collect()
                        } else {
                            agents
                        },
                        patient,
                    )
                } else {
                    let mut subjects = group_last(&left, lower);
                    if let Some(r) = &role_conjunct {
                        if subjects.last().is_some_and(|q| q.end + 1 == r.start) {
                            subjects.push(r);
                        }
                    }
                    (subjects, group_at(&right, lower))
                };
                // A request framing what was done (`sent troops at the request of President
                // Tokayev`, `Following a request from Mozambique's government, Rwanda deployed …`)
                // is the requester's, made of the clause's subject.
                let framing_request = trig.plover == "REQUEST"
                    && REQUEST_NOUNS.contains(&lower[ts].as_str())
                    && lower
                        .get(te)
                        .is_some_and(|w| matches!(w.as_str(), "of" | "from" | "by"))
                    && ts >= 2
                    && matches!(lower[ts - 1].as_str(), "the" | "a" | "an")
                    && matches!(lower[ts - 2].as_str(), "at" | "following" | "after" | "upon" | "on");
                // Criticism or a protest something drew is from its critic, at whoever did it
                // (`approved a bill …, drawing criticism from the United States`, `drew a protest
                // from Beijing`).
                let drawn = matches!(trig.plover.as_str(), "ACCUSE" | "PROTEST" | "REJECT" | "THREATEN")
                    && !passive
                    && lower.get(te).is_some_and(|w| w == "from")
                    && (ts.saturating_sub(3)..ts).any(|j| {
                        matches!(
                            lower[j].as_str(),
                            "drawing"
                                | "drew"
                                | "draws"
                                | "drawn"
                                | "prompting"
                                | "prompted"
                                | "sparking"
                                | "sparked"
                                | "triggering"
                                | "triggered"
                                | "provoking"
                                | "provoked"
                                | "earning"
                                | "earned"
                        )
                    });
                if let Some(p) = &reduced_patient {
                    tgt_group = vec![p];
                }
                let drawn_from = drawn
                    .then(|| {
                        let critic = phrases.iter().find(|p| p.start > te && p.start <= te + 2)?;
                        let doer = phrases
                            .iter()
                            .find(|p| p.end < ts && !p.after_preposition && !p.possessor && !p.weak)?;
                        Some((critic, doer))
                    })
                    .flatten();
                if let Some((critic, _)) = drawn_from {
                    src_group = vec![critic];
                }
                if framing_request {
                    let asker = requester(lower, phrases);
                    let asked = phrases.iter().find(|p| {
                        p.start >= clause
                            && !p.after_preposition
                            && !p.possessor
                            && !p.weak
                            // (Past the asker's own noun phrase: `Mozambique's government`.)
                            && (p.end <= ts - 2
                                || asker.is_some_and(|a| p.start > a.end + usize::from(a.possessor)))
                    });
                    if let (Some(a), Some(b)) = (asker, asked) {
                        src_group = vec![a];
                        tgt_group = vec![b];
                    }
                }
                // A call or talks opening the sentence are the subject's after the comma (`In a
                // phone call with Ruto, Xi said …`, `During talks with Tokayev, Ruto praised …`).
                if src_group.is_empty()
                    && trig.plover == "CONSULT"
                    // (Not a journey: `During his visit to Beijing, Ruto will …` is the visit
                    // reported before, or still to come.)
                    && !trig.travel
                    && !passive
                    && ts <= 8
                    && !lower[..ts].iter().any(|w| w == ",")
                    // (`After talks with Museveni, Ruto said …`, `Speaking after talks with …`,
                    // `Within hours of his final talks with Mr Thorpe, Sir Edward …`.)
                    && matches!(
                        lower[0].as_str(),
                        "in" | "during" | "after" | "following" | "speaking" | "within" | "at" | "before" | "ahead"
                    )
                {
                    // (Not the meeting already told, named by `the` with no partner: `During the
                    // meeting, the Head of State underscored Kenya's importance`.)
                    let told = ts > 0
                        && matches!(lower[ts - 1].as_str(), "the" | "that" | "this" | "their" | "its")
                        && lower[te - 1] != "with"
                        && lower.get(te).is_none_or(|w| w != "with");
                    let comma = (te..lower.len())
                        .find(|&k| lower[k] == ",")
                        .filter(|&c| !told || phrases.iter().any(|p| p.start >= te && p.end <= c));
                    if let Some(comma) = comma {
                        if let Some(p) = phrases.iter().find(|p| {
                            before_words(lower, comma + 1, p.start, NP_DETERMINERS) == comma + 1
                                && !p.possessor
                                && !p.weak
                        }) {
                            src_group = vec![p];
                        }
                    }
                }
                // An earlier act's object is not a subject listed with the next clause's
                // (`invited Tokayev to visit Nairobi, and the Kazakh leader accepted …`).
                if let Some(i) = src_group.iter().rposition(|p| {
                    let b = before_words(lower, clause, p.start, NP_DETERMINERS);
                    b > clause && triggers.iter().any(|t| t.1 == b && t.0 < ts)
                }) {
                    if i + 1 < src_group.len()
                        && lower[src_group[i].end..src_group[i + 1].start].iter().any(|w| w == ",")
                    {
                        src_group.drain(..=i);
                    }
                }
                // A fronted phrase's object is not the subject after its comma (`After meeting Xi
                // Jinping, Ruto flew to Shanghai`).
                if !passive
                    && matches!(
                        lower[clause].as_str(),
                        "after" | "before" | "while" | "following" | "having" | "during" | "upon" | "when" | "since"
                    )
                {
                    if let Some(comma) = (clause..ts).find(|&k| lower[k] == ",") {
                        if src_group.iter().any(|p| p.start > comma) {
                            src_group.retain(|p| p.start > comma);
                        }
                    }
                }
                // Talks in a participle (`called King Salman, discussing …`) are with the main
                // verb's object.
                if let Some(o) = participle_object.filter(|_| trig.plover == "CONSULT" && tgt_group.is_empty()) {
                    tgt_group = vec![o];
                }
                // A name no phrase took right after a meeting verb is whom one met, not the place
                // named after it (`Ruto met Xi in Beijing`: the tagger missed a bare surname).
                let unnamed_met = (trig.plover == "CONSULT"
                    && !trig.travel
                    && !passive
                    && !s.headline
                    && toks[ts].starts_with(char::is_lowercase)
                    && matches!(
                        lower[te - 1].as_str(),
                        "met" | "meet" | "meets" | "meeting" | "hosted" | "hosts" | "host" | "phoned" | "with"
                    ))
                .then(|| {
                    let end = (te..lower.len().min(te + 3))
                        .take_while(|&k| {
                            toks[k].starts_with(char::is_uppercase)
                                && toks[k].chars().all(|c| c.is_alphabetic() || c == '-')
                                && toks[k].chars().any(char::is_lowercase)
                                && !time_word(&lower[k])
                                && !calendar_word(&lower[k])
                                && !NP_DETERMINERS.contains(&lower[k].as_str())
                                && !phrases.iter().any(|p| p.start <= k && p.end > k)
                        })
                        .last()?
                        + 1;
                    let closed = lower.get(end).is_none_or(|w| {
                        matches!(w.as_str(), "in" | "at" | "on" | "," | "." | "during" | "last" | "this")
                    });
                    (closed && tgt_group.first().is_some_and(|p| p.start > end && p.after_preposition))
                        .then(|| generic_phrase(&toks, te, end))
                })
                .flatten();
                if let Some(p) = &unnamed_met {
                    tgt_group = vec![p];
                }
                // What a meeting is `on`/`about` is its topic, not a participant (`deliberated
                // on the United Nations-led mission`).
                if trig.plover == "CONSULT" && !trig.travel && !passive {
                    let topic = lower
                        .get(te)
                        .is_some_and(|w| matches!(w.as_str(), "on" | "about" | "over" | "regarding"));
                    if topic && tgt_group.first().is_some_and(|p| p.start <= te + 2) {
                        tgt_group.clear();
                    }
                }
                if let Some((subject, object)) = infinitive_object {
                    let object_pronoun = lower
                        .get(te)
                        .is_some_and(|w| matches!(w.as_str(), "him" | "her" | "them" | "it"));
                    // A possessor is not the object (`to convey Pakistan's support`).
                    let far = tgt_group
                        .first()
                        .is_some_and(|p| p.weak || p.possessor || p.start > te + 2);
                    // (Forces sent to act are the means, not the one acted on: `deployed troops to
                    // crush the rebellion`.)
                    let means = matches!(trig.plover.as_str(), "ASSAULT" | "COERCE")
                        && FORCES.contains(&lower[object.end - 1].as_str());
                    // One driven to act acts, on whoever drove them (`Kosovo police seized four
                    // buildings, prompting Serbia to put its army on high alert`).
                    let caused = object.start >= 1 && {
                        let v = before_words(lower, subject.end, object.start, NP_DETERMINERS);
                        v > subject.end
                            && matches!(
                                lower[v - 1].as_str(),
                                "prompting"
                                    | "prompted"
                                    | "forcing"
                                    | "forced"
                                    | "compelling"
                                    | "compelled"
                                    | "causing"
                                    | "leading"
                                    | "spurring"
                                    | "spurred"
                                    | "provoking"
                                    | "provoked"
                            )
                    };
                    if caused {
                        src_group = vec![object];
                        // (A response is to whoever drove it: not `compelled the companies to offer
                        // sales incentives`.)
                        let response = matches!(
                            trig.plover.as_str(),
                            "MOBILIZE"
                                | "THREATEN"
                                | "PROTEST"
                                | "RETREAT"
                                | "CONCEDE"
                                | "REJECT"
                                | "ACCUSE"
                                | "SANCTION"
                        );
                        if response
                            && (tgt_group.is_empty() || tgt_group.iter().all(|p| matches!(p.r, Ref::Generic { .. })))
                        {
                            tgt_group = vec![subject];
                        }
                    } else if (tgt_group.is_empty() || object_pronoun || far) && !means {
                        src_group = vec![subject];
                        tgt_group = vec![object];
                    }
                    // Forces ordered to act act for whoever ordered them (`Putin ordered troops
                    // to attack Ukraine`, `ordered the army to arrest the opposition leaders`).
                    let ordered = lower[subject.end.min(object.start)..object.start].iter().any(|w| {
                        matches!(
                            w.as_str(),
                            "ordered" | "orders" | "instructed" | "instructs" | "directed" | "directs" | "commanded"
                        )
                    });
                    if means && ordered && !tgt_group.is_empty() {
                        src_group = vec![subject];
                    }
                }
                let sighted_place = trig
                    .sighted
                    .then(|| {
                        let k = (te..lower.len().min(te + 10)).find(|&k| {
                            matches!(lower[k].as_str(), "near" | "around" | "off" | "approaching") && !quoted[k]
                        })?;
                        phrases
                            .iter()
                            .find(|p| p.start > k && p.start <= k + 2 && !p.weak && !p.possessor)
                            .cloned()
                            .or_else(|| object_np(&toks, lower, k + 1, &quoted, s.headline))
                    })
                    .flatten();
                if trig.sighted {
                    // Craft sighted are their owner's show of force (`said it had detected 30
                    // Chinese military aircraft near the island`); where they were seen is the
                    // target, if named.
                    let Some(craft) = right_all
                        .iter()
                        .find(|p| p.start >= te && p.start <= te + 4 && !p.weak)
                        .filter(|p| {
                            lower[te..p.start].iter().all(|w| {
                                w.chars().all(|c| c.is_ascii_digit())
                                    || NP_DETERMINERS.contains(&w.as_str())
                                    || ROUGHLY.contains(&w.as_str())
                            })
                        })
                    else {
                        continue;
                    };
                    src_group = vec![craft];
                    tgt_group.clear();
                    if let Some(p) = &sighted_place {
                        tgt_group.push(p);
                    }
                }
                if trig.speaker {
                    // `Russia says Israel must end attacks`: a request by the speaker to the
                    // subject; without a speaker there is no request.
                    let Some(speech) = speech_verb(lower, clause).filter(|_| !passive) else {
                        continue;
                    };
                    let before: Vec<&Phrase> = phrases
                        .iter()
                        .filter(|p| p.end <= speech && !p.after_preposition && !p.possessor && !quoted[p.start])
                        .collect();
                    tgt_group = std::mem::take(&mut src_group);
                    src_group = group_last(&before, lower);
                    // `the two sides should …` includes the speaker: a proposal, not a request.
                    if src_group.is_empty()
                        || tgt_group.is_empty()
                        || tgt_group.iter().any(|p| matches!(p.r, Ref::Pair { .. }))
                    {
                        continue;
                    }
                }
                // (A passive's visited party is its patient: `Ruto was visited by Xi`.)
                if trig.travel && !passive {
                    // A known city abroad stands for its country (`flew to Shanghai`).
                    let city = right_all.iter().filter(|p| p.start <= te + 3).find(|p| {
                        matches!(
                            &p.r,
                            Ref::Org {
                                country: Some(_),
                                sector: None,
                                ..
                            }
                        ) && (p.weak
                            // (So does a country's own site: `visited Iran's Natanz nuclear
                            // site`.)
                            || lower[p.start..p.end].iter().any(|w| w == "'s"))
                    });
                    // The target of a visit is the country visited.
                    // (Or past a long agent: `a visit by Iranian President Hassan Rouhani to the
                    // United States`.)
                    let country = right_all
                        .iter()
                        .filter(|p| p.start <= te + 6 || nominal_target.as_ref().is_some_and(|n| n.start == p.start))
                        .find(|p| matches!(p.r, Ref::Country(_)));
                    // Not another country's people met in the city gone to (`travelled to Muscat
                    // for indirect talks with US envoys` visits Oman).
                    let met_there = |q: &Phrase| {
                        right_all.iter().any(|c| {
                            c.start == te
                                && c.weak
                                && q.start > c.end
                                && match (&c.r, &q.r) {
                                    (
                                        Ref::Org { country: Some(a), .. } | Ref::Group { country: a, .. },
                                        Ref::Country(b),
                                    ) => a != b,
                                    _ => false,
                                }
                        })
                    };
                    let country = country.filter(|q| !met_there(q));
                    tgt_group = country
                        .or_else(|| right_all.iter().find(|p| matches!(p.r, Ref::Group { .. })))
                        .or(city)
                        .map(|p| vec![*p])
                        .unwrap_or_default();
                }
                // A joint event `between` two parties (`Cooperation between the Philippines and
                // the United States …`, `talks between Kenya and China were held`): the parties
                // act with each other, unless the clause names who brings them together.
                // So is a thing between two parties that was signed or held (`An agreement
                // between Kenya and China was signed`).
                let joint_reading = trig.symmetric || matches!(trig.plover.as_str(), "CONSULT" | "COOPERATE" | "AGREE");
                let between_at = if lower[te - 1] == "between" {
                    Some(te)
                } else if lower.get(te).is_some_and(|w| w == "between") {
                    Some(te + 1)
                } else if trig.cameo == "045" {
                    // `launched a mediation effort between India and Pakistan`.
                    (te..lower.len().min(te + 10))
                        .take_while(|&k| lower[k] != "," && !quoted[k])
                        .find(|&k| lower[k] == "between")
                        .map(|k| k + 1)
                } else if ts >= 1 && matches!(lower[ts - 1].as_str(), "was" | "were" | "been") && !by_follows {
                    (clause..ts).rev().find(|&k| lower[k] == "between").map(|k| k + 1)
                } else if trig.symmetric {
                    // A subject between two parties (`The summit between the EU and Turkey
                    // failed to reach agreement`).
                    (clause..ts.min(clause + 4))
                        .find(|&k| lower[k] == "between")
                        .map(|k| k + 1)
                } else {
                    None
                };
                if let Some(from) = between_at.filter(|_| joint_reading) {
                    let after: Vec<&Phrase> = phrases.iter().filter(|p| p.start >= from && !quoted[p.start]).collect();
                    let parties = group_at(&after, lower);
                    let own_subject = src_group.is_empty() || ts <= clause + 1 || from < ts;
                    if trig.cameo == "045" && !src_group.is_empty() && parties.len() >= 2 {
                        // A mediator between two parties mediates with each.
                        tgt_group = parties;
                    } else if own_subject && parties.len() >= 2 && parties[0].start <= from + 2 {
                        src_group = parties;
                        tgt_group.clear();
                    }
                }
                // A joint event named first and done `by` its parties later (`The war game, code-
                // named …, was staged by U.S. marines and Jordanian armed forces`).
                if src_group.is_empty() && (trig.symmetric || drill) && ts <= clause + 2 {
                    let by = (te..lower.len().min(te + 12))
                        .find(|&k| lower[k] == "by" && k > 0 && lower[k - 1].ends_with("ed") && !quoted[k]);
                    if let Some(k) = by {
                        let after: Vec<&Phrase> = phrases.iter().filter(|p| p.start > k && p.start <= k + 3).collect();
                        let parties: Vec<&Phrase> = after.first().map_or(Vec::new(), |_| {
                            let all: Vec<&Phrase> = phrases.iter().filter(|p| p.start > k).collect();
                            group_at(&all, lower)
                        });
                        if parties.len() >= 2 && tgt_group.iter().all(|p| p.start > k) {
                            src_group = parties;
                            tgt_group.clear();
                        }
                    }
                }
                // The subject of a relative clause is what the relative pronoun stands for
                // (`white farmers who stormed a court building`).
                let relative_subject = (!passive && bare_patient_np.is_none() && infinitive_object.is_none())
                    .then(|| {
                        // A reduced relative (`an al-Qaeda-affiliated group seeking to overthrow
                        // the government`): the noun phrase right before the participle.
                        if te == ts + 1
                            && verbal_ing(&lower[ts])
                            && ts > clause + 1
                            && np_word(toks[ts - 1], &lower[ts - 1])
                            && !VERB_GROUP.contains(&lower[ts - 1].as_str())
                            && !phrases.iter().any(|p| p.end == ts)
                        {
                            // Not the object of a preposition (`worked at MTV hosting …`) or of a
                            // verb (`has lodged papers seeking …`).
                            return subject_np(&toks, lower, clause, ts, &quoted).filter(|p| {
                                p.start == 0
                                    || !(VERB_GROUP.contains(&lower[p.start - 1].as_str())
                                        || actors::PREPOSITIONS.contains(&lower[p.start - 1].as_str()))
                            });
                        }
                        let mut k = ts;
                        // A journey as a noun (`who is on a three-day state visit to Japan`).
                        if trig.travel && !lower[ts].ends_with("ed") && !lower[ts].ends_with("ing") {
                            let from = k;
                            while k > clause
                                && k + 5 > from
                                && (matches!(lower[k - 1].as_str(), "a" | "an" | "his" | "her" | "their" | "its")
                                    || lower[k - 1].contains('-')
                                    || lower[k - 1].chars().all(|c| c.is_ascii_digit()))
                            {
                                k -= 1;
                            }
                            if k < from && k > clause && lower[k - 1] == "on" {
                                k -= 1;
                            } else {
                                k = from;
                            }
                        }
                        while k > clause && VERB_GROUP.contains(&lower[k - 1].as_str()) {
                            k -= 1;
                        }
                        // (Past a time: `Iyad Allawi, who this week criticised …`.)
                        if k > clause + 3
                            && matches!(lower[k - 2].as_str(), "this" | "last" | "earlier" | "later")
                            && time_word(&lower[k - 1])
                            && matches!(lower[k - 3].as_str(), "who" | "which")
                        {
                            k -= 2;
                        } else if k > clause + 2
                            && matches!(
                                lower[k - 1].as_str(),
                                "yesterday" | "today" | "recently" | "earlier" | "also"
                            )
                            && matches!(lower[k - 2].as_str(), "who" | "which")
                        {
                            k -= 1;
                        }
                        // (`that` right before the verb stands for a noun phrase with its
                        // determiner: `a bill that would have allowed …`, not `said that would`.)
                        let that_np = k >= clause + 3
                            && lower[k - 1] == "that"
                            && (k.saturating_sub(5).max(clause)..k - 2)
                                .rev()
                                .find(|&d| !np_word(toks[d], &lower[d]))
                                .is_some_and(|d| {
                                    NP_DETERMINERS.contains(&lower[d].as_str())
                                        && (d + 1..k - 1).all(|w| np_word(toks[w], &lower[w]))
                                });
                        if k < clause + 2 || !(matches!(lower[k - 1].as_str(), "who" | "which") || that_np) {
                            return None;
                        }
                        let end = if lower[k - 2] == "," { k - 2 } else { k - 1 };
                        if end <= clause {
                            return None;
                        }
                        let before = phrases
                            .iter()
                            .find(|p| p.end == end && !p.possessor)
                            // (Not a body named in a text's noun phrase: `a draft bill before the
                            // U.S. Congress that would impose quotas`.)
                            .filter(|p| {
                                !text_before(lower, clause, before_words(lower, clause, p.start, NP_DETERMINERS))
                            })
                            .cloned()
                            // (What `that` stands for may be a thing: then the thing is the
                            // subject, not the main clause's.)
                            .or_else(|| np_before(&toks, lower, clause, end, &quoted, !that_np));
                        // `who` after an organisation in a person's apposition is the person
                        // (`Senator Jim Risch, the chairman of the Senate Foreign Relations
                        // Committee, who praised Kenya`).
                        let person = before
                            .as_ref()
                            .filter(|p| {
                                let b = before_words(lower, clause, p.start, NP_DETERMINERS);
                                lower[k - 1] == "who" && b > 0 && lower[b - 1] == "of"
                            })
                            .and_then(|p| {
                                phrases.iter().rev().find(|q| {
                                    matches!(q.r, Ref::Person(_))
                                        && q.end < p.start
                                        && q.start >= clause
                                        && p.start - q.end <= 8
                                        && lower[q.end..p.start].iter().all(|w| {
                                            !VERB_GROUP.contains(&w.as_str())
                                                && (matches!(w.as_str(), "," | "of")
                                                    || NP_DETERMINERS.contains(&w.as_str())
                                                    || np_word(w, w))
                                        })
                                        && !triggers.iter().any(|t| t.0 >= q.end && t.0 < p.start)
                                })
                            });
                        // A description in apposition to a person is that person (`Stephen
                        // Schechter, a UK investment banker who has held talks with …`).
                        let apposed = before
                            .as_ref()
                            .filter(|p| matches!(p.r, Ref::Generic { .. }))
                            .and_then(|p| {
                                let b = before_words(lower, clause, p.start, NP_DETERMINERS);
                                phrases.iter().find(|q| {
                                    matches!(q.r, Ref::Person(_)) && b > 0 && lower[b - 1] == "," && q.end + 1 == b
                                })
                            });
                        person.or(apposed).cloned().or(before)
                    })
                    .flatten();
                // An attack claimed or carried out does what it does by its author's hand (`claimed
                // responsibility for a suicide bombing that killed 59 people`): the main clause's
                // subject acts.
                let relative_subject = relative_subject.map(|p| {
                    let b = before_words(lower, clause, p.start, NP_DETERMINERS);
                    let verb = if b >= 3 && lower[b - 1] == "for" && lower[b - 2] == "responsibility" {
                        Some(b - 3)
                    } else if b >= 2
                        && lower[b - 1] == "out"
                        && matches!(lower[b - 2].as_str(), "carried" | "carries" | "carrying")
                    {
                        Some(b - 2)
                    } else if b >= 1
                        && matches!(
                            lower[b - 1].as_str(),
                            "claimed" | "claims" | "launched" | "staged" | "mounted"
                        )
                    {
                        Some(b - 1)
                    } else {
                        None
                    };
                    let author = verb
                        .filter(|_| {
                            matches!(p.r, Ref::Generic { .. }) && ATTACK_NOUNS.contains(&lower[p.end - 1].as_str())
                        })
                        .and_then(|v| {
                            let main = clause_start(lower, v);
                            phrases
                                .iter()
                                .rev()
                                .find(|q| q.start >= main && q.end <= v && !q.possessor && !q.after_preposition)
                                .cloned()
                                .or_else(|| subject_np(&toks, lower, main, v, &quoted))
                        });
                    author.unwrap_or(p)
                });
                // A verb right after `that` is a relative clause's: with no antecedent found, the
                // main clause's subject is not its doer (`snowstorms in January and February that
                // forced the closing of …`).
                if relative_subject.is_none()
                    && !passive
                    && ts > clause
                    && lower[ts - 1] == "that"
                    && lower[ts].ends_with("ed")
                {
                    continue;
                }
                // A thing `that` does something is no actor doing it (`a bill that would have
                // allowed …`).
                if relative_subject
                    .as_ref()
                    .is_some_and(|p| matches!(p.r, Ref::Generic { .. }) && !can_act(&toks, lower, p.end, true))
                {
                    continue;
                }
                if let Some(p) = &relative_subject {
                    // With the phrases coordinated with it (`Uganda and Tanzania, which signed`).
                    let k = phrases.iter().position(|q| q.start == p.start && q.end == p.end);
                    src_group = match k {
                        Some(k) => {
                            let mut g = vec![&phrases[k]];
                            let mut k = k;
                            // (Not inside a prepositional phrase: `negotiators for GM and the
                            // union, which shut down …`.)
                            while k > 0
                                && phrases[k - 1].start >= clause
                                && !phrases[k - 1].after_preposition
                                && coordinated(&phrases[k - 1], &phrases[k], lower)
                            {
                                k -= 1;
                                g.insert(0, &phrases[k]);
                            }
                            g
                        }
                        None => vec![p],
                    };
                    tgt_group.retain(|q| !src_group.iter().any(|p| p.start == q.start));
                }
                // A participle after `before`/`after`/`while`/`since` shares its clause's subject.
                let participle = relative_subject.is_none()
                    && !passive
                    && ts > clause
                    && te == ts + 1
                    && lower[ts].ends_with("ing")
                    && matches!(lower[ts - 1].as_str(), "before" | "after" | "while" | "since");
                // (Or one opening the sentence: `Accusing the French of overfishing, Canada said
                // …`.)
                // (Not a noun with its parties: `Fighting between the army and the RSF resumed`.)
                let opening = relative_subject.is_none()
                    && !passive
                    && ts == 0
                    && te == 1
                    && clause == 0
                    && lower[0].len() > 5
                    && lower[0].ends_with("ing");
                // (Only words said to or of someone named before the comma: not a gerund that is
                // the subject, `Detaining suspects without trial breaks the law`, nor a meeting
                // with no one, `Meeting in closed session, the committee agreed …`.)
                if opening
                    && (!matches!(
                        trig.plover.as_str(),
                        "ACCUSE" | "SUPPORT" | "REQUEST" | "DEMAND" | "CONSULT" | "REJECT"
                    ) || !tgt_group.iter().any(|q| {
                        (!q.weak || (matches!(q.r, Ref::Country(_)) && !q.after_preposition))
                            && lower[q.end..].iter().any(|w| w == ",")
                    }))
                {
                    continue;
                }
                // (Or a perfect participle opening its clause: `Having met Xi on Monday, Ruto …`,
                // `Having already donated billions …, Mr Gates …`.)
                let perfect = relative_subject.is_none()
                    && !passive
                    && te == ts + 1
                    && lower[clause] == "having"
                    && (ts == clause + 1
                        || (ts == clause + 2
                            && matches!(
                                lower[clause + 1].as_str(),
                                "already" | "just" | "recently" | "earlier" | "previously" | "also" | "first"
                            )));
                if (participle && ts == clause + 1) || opening || perfect {
                    // Fronted (`After meeting Xi Jinping, Ruto flew to Shanghai`): the subject is
                    // the first name after the comma.
                    if let Some(comma) = (te..lower.len().min(te + 12)).find(|&k| lower[k] == ",") {
                        let subject: Vec<&Phrase> = phrases.iter().filter(|p| p.start > comma).collect();
                        if subject
                            .first()
                            .is_some_and(|p| p.start <= comma + 3 && !p.after_preposition)
                        {
                            src_group = group_at(&subject, lower);
                            tgt_group.retain(|q| q.end <= comma);
                        }
                    }
                } else if participle {
                    // After the main verb (`met Xi before meeting Naruhito`, `addressed the
                    // conference before meeting the emperor`): the subject, not the object just
                    // before it.
                    let mut subject: Vec<&Phrase> = phrases
                        .iter()
                        .filter(|p| p.start >= clause && p.end < ts && !p.possessor)
                        .collect();
                    // (A name right after a modifier of it is the subject: `England coach Andy
                    // Robinson`.)
                    while subject.len() >= 2
                        && subject[1].start <= subject[0].end + 1
                        && lower[subject[0].end..subject[1].start]
                            .iter()
                            .all(|w| w.chars().all(char::is_lowercase))
                        && !triggers.iter().any(|t| t.0 < subject[1].start && t.1 > subject[0].end)
                        && matches!(subject[1].r, Ref::Person(_))
                    {
                        subject.remove(0);
                    }
                    // Only when the phrase before is not that subject already.
                    let nearest = src_group.first().map(|p| p.start);
                    if subject
                        .first()
                        .is_some_and(|p| !p.after_preposition && Some(p.start) != nearest)
                    {
                        src_group = group_at(&subject, lower);
                        tgt_group.retain(|q| !src_group.iter().any(|p| p.start == q.start));
                    }
                }
                // A team sent somewhere to investigate is the sender's inquiry into that place
                // (`France has sent seven military experts to Saudi Arabia to investigate …`),
                // unless a known party is what is investigated.
                if trig.cameo == "090" && ts > clause + 3 && lower[ts - 1] == "to" {
                    let sent = (clause..ts - 1).rev().find(|&j| {
                        matches!(
                            lower[j].as_str(),
                            "sent"
                                | "send"
                                | "sends"
                                | "sending"
                                | "dispatched"
                                | "dispatch"
                                | "dispatches"
                                | "deployed"
                        )
                    });
                    if let Some(sv) = sent {
                        let place = (sv + 1..ts - 1)
                            .filter(|&j| matches!(lower[j].as_str(), "to" | "into"))
                            .find_map(|j| phrases.iter().find(|p| p.start == j + 1 && !p.possessor));
                        let sender: Vec<&Phrase> = left_all
                            .iter()
                            .copied()
                            .filter(|p| p.start >= clause && p.end <= sv && !p.after_preposition && !p.possessor)
                            .collect();
                        let known_object = tgt_group.first().is_some_and(|p| !p.weak && p.start <= te + 3);
                        if let Some(place) = place.filter(|_| !sender.is_empty() && !known_object) {
                            src_group = group_last(&sender, lower);
                            tgt_group = vec![place];
                        }
                    }
                }
                // A thing received `from` someone is theirs to the receiver (`received an
                // invitation from Vladimir Putin`, `got military aid from China`).
                // So is criticism or praise drawn or faced (`faces widespread international
                // criticism from the U.N.`).
                let receive = |w: &str| {
                    matches!(
                        w,
                        "received"
                            | "receives"
                            | "receive"
                            | "receiving"
                            | "got"
                            | "gets"
                            | "get"
                            | "getting"
                            | "obtained"
                            | "obtains"
                            | "obtain"
                            | "obtaining"
                            | "secured"
                            | "secures"
                            | "securing"
                    ) || (matches!(trig.plover.as_str(), "ACCUSE" | "SUPPORT" | "THREATEN")
                        && matches!(
                            w,
                            "faces"
                                | "faced"
                                | "face"
                                | "facing"
                                | "drew"
                                | "draws"
                                | "drawn"
                                | "drawing"
                                | "won"
                                | "earned"
                                | "attracted"
                        ))
                };
                let mut v = ts;
                while v > clause
                    && v + 4 > ts
                    && !receive(&lower[v - 1])
                    && (NP_DETERMINERS.contains(&lower[v - 1].as_str()) || np_modifier(&lower[v - 1]))
                {
                    v -= 1;
                }
                let received = (receive(&lower[ts]) || (lower[ts].starts_with("accept") && trig.cameo == "070"))
                    && trig.plover == "AID";
                if !passive && ((v > clause && receive(&lower[v - 1])) || received) {
                    let giver = (te..lower.len().min(te + 8))
                        .take_while(|&k| lower[k] != "," && !quoted[k])
                        .find(|&k| lower[k] == "from")
                        // (Over a determiner and a participle: `from the visiting Chinese foreign
                        // minister`.)
                        .and_then(|k| {
                            phrases.iter().find(|p| {
                                p.start > k
                                    && (p.start <= k + 2
                                        || (p.start == k + 3 && NP_DETERMINERS.contains(&lower[k + 1].as_str())))
                                    && !p.possessor
                            })
                        });
                    match giver {
                        Some(g) => {
                            tgt_group = std::mem::take(&mut src_group);
                            // (With the countries listed with a giving country: `accepted aid
                            // from Spain, Britain and Qatar`.)
                            let after: Vec<&Phrase> =
                                phrases.iter().filter(|p| p.start >= g.start && !p.possessor).collect();
                            src_group = group_at(&after, lower)
                                .into_iter()
                                .filter(|p| {
                                    p.start == g.start
                                        || (matches!(p.r, Ref::Country(_)) && matches!(g.r, Ref::Country(_)))
                                })
                                .collect();
                        }
                        // Aid received from nobody named is no event of the receiver's.
                        None if received => continue,
                        None => {}
                    }
                }
                // No known actor as the subject: the noun phrase that is (`The Senate
                // President's aide faulted …`).
                let generic_src = if src_group.is_empty() && !passive {
                    // People arriving somewhere (`116 people arrived in Kyrgyzstan`) make no visit.
                    subject_np(&toks, lower, clause, ts, &quoted)
                        // (Over the verb the act is the infinitive of: `The warring parties in Sudan
                        // agreed to allow aid into Darfur`.)
                        .or_else(|| {
                            let control = ts >= clause + 3
                                && lower[ts - 1] == "to"
                                && toks[ts - 2].starts_with(char::is_lowercase)
                                && CONTROL_VERBS.contains(&lower[ts - 2].as_str());
                            control
                                .then(|| subject_np(&toks, lower, clause, ts - 2, &quoted))
                                .flatten()
                        })
                        // (A protest is by whoever did the act it is the purpose of: `Supporters
                        // of the opposition blocked roads in Lahore to protest against the
                        // arrest`.)
                        .or_else(|| {
                            if trig.plover != "PROTEST" {
                                return None;
                            }
                            let before = triggers[..k].last().filter(|&&(s2, e2, _)| {
                                s2 >= clause
                                    && ts > e2
                                    && lower[ts - 1] == "to"
                                    && !lower[e2..ts - 1].iter().any(|w| {
                                        matches!(w.as_str(), "," | ";" | "and" | "but" | "that" | "who" | "which")
                                    })
                            })?;
                            subject_np(&toks, lower, clause, before.0, &quoted)
                        })
                        .filter(|p| !(trig.travel && MASS_HEADS.contains(&lower[p.end - 1].as_str())))
                        // A weapon that kills or strikes is where the violence comes from (`a car
                        // bomb killed at least 12 soldiers`), whoever set it.
                        .or_else(|| {
                            (trig.plover == "ASSAULT")
                                .then(|| np_before(&toks, lower, clause, ts, &quoted, false))
                                .flatten()
                                .filter(|p| WEAPON_HEADS.contains(&lower[p.end - 1].as_str()))
                        })
                        // (Also of a participle after the clause it ends: `A car bomb exploded
                        // near a checkpoint, killing at least nine people`.)
                        .or_else(|| {
                            (trig.plover == "ASSAULT"
                                && ts > clause
                                && lower[ts - 1] == ","
                                && lower[ts].ends_with("ing"))
                            .then(|| object_np(&toks, lower, clause, &quoted, s.headline))
                            .flatten()
                            .filter(|p| {
                                p.start == clause
                                    && WEAPON_HEADS.contains(&lower[p.end - 1].as_str())
                                    && lower.get(p.end).is_some_and(|w| {
                                        w.ends_with("ed") || VERB_GROUP.contains(&w.as_str()) || w == "went"
                                    })
                            })
                        })
                } else {
                    None
                };
                if let Some(p) = &generic_src {
                    src_group.push(p);
                }
                // One meeting per sentence (`met Xi … where they held talks`), unless another is
                // with someone else named (`met Xi before meeting Emperor Naruhito`).
                // (A verb: talks or a meeting `of` a body are that body's.)
                let meeting_noun = matches!(
                    lower[ts].as_str(),
                    "talks" | "meetings" | "negotiations" | "discussions" | "consultations" | "dialogue" | "dialogues"
                ) || (lower[ts] == "meeting"
                    && !(ts > 0 && matches!(lower[ts - 1].as_str(), "before" | "after" | "while" | "since" | "and")));
                // (Someone met, or met with; not a topic discussed: `met … to discuss an aid plan
                // for Ecuador`.)
                let another_meeting = tgt_group.iter().any(|p| {
                    let k = before_words(lower, te, p.start, POSSESSIVE_DETERMINERS);
                    let met =
                        k == te && !meeting_noun && matches!(lower[ts].as_str(), "met" | "meet" | "meets" | "meeting");
                    let with = (k > te && k <= te + 2 && lower[k - 1] == "with")
                        || (k == te && matches!(lower[te - 1].as_str(), "with" | "on"));
                    !p.weak
                        && (matches!(p.r, Ref::Person(_) | Ref::Country(_) | Ref::Org { .. }) && (met || with)
                            // (A country's officials met on a journey: `travelled to Cairo for
                            // talks with Egyptian officials`.)
                            || (matches!(p.r, Ref::Group { .. }) && with))
                });
                // (A journey is an event of its own: `After meeting Xi, Ruto flew to Shanghai`.)
                let journey = trig.travel
                    && [
                        "flew", "fly", "flies", "travel", "arrive", "left", "leaves", "landed", "visited", "visiting",
                    ]
                    .iter()
                    .any(|v| lower[ts].starts_with(v))
                    // (So is a visit named with where it went: `visited Israel and made a surprise
                    // visit to Iraq`.)
                    || (trig.travel
                        && ts > 2
                        && matches!(
                            lower[ts.saturating_sub(3)..ts].iter().find(|w| !NP_DETERMINERS.contains(&w.as_str())).map(String::as_str),
                            Some("made" | "paid" | "makes" | "pays" | "began" | "begins" | "undertook" | "started")
                        )
                        && tgt_group.first().is_some_and(|p| {
                            matches!(p.r, Ref::Country(_)) && p.start >= te && p.start <= te + 2 && lower[p.start - 1] == "to"
                        }));
                // A call in which one told another something is between the teller and the told
                // (`Niinisto told Putin in a phone call that …`, `told Macron by phone`).
                if src_group.is_empty() && trig.cameo == "041" && ts >= 3 {
                    let told = (ts.saturating_sub(10)..ts)
                        .rev()
                        .find(|&k| matches!(lower[k].as_str(), "told" | "tells" | "assured" | "informed" | "warned"));
                    let pair = told.and_then(|k| {
                        let addressee = phrases.iter().find(|p| {
                            p.start > k
                                && before_words(lower, k + 1, p.start, NP_DETERMINERS) == k + 1
                                && !p.possessor
                                && p.end < ts
                                && lower[p.end..ts].iter().all(|w| {
                                    matches!(
                                        w.as_str(),
                                        "in" | "during" | "by" | "over" | "on" | "a" | "the" | "phone" | "telephone"
                                    )
                                })
                        })?;
                        let teller = teller_before(lower, phrases, &quoted, clause_start(lower, k), k)?;
                        Some((teller, addressee))
                    });
                    if let Some((teller, addressee)) = pair {
                        src_group = vec![teller];
                        tgt_group = vec![addressee];
                    }
                }
                if src_group.is_empty() || (consulted && trig.plover == "CONSULT" && !another_meeting && !journey) {
                    continue;
                }
                // Working `with` someone needs someone right after it (`will only work with a
                // sizeable lag` is no partnership).
                if trig.cameo == "060"
                    && lower[ts].starts_with("work")
                    && !phrases
                        .iter()
                        .any(|p| p.start >= te && p.start <= te + 3 && !p.weak && !p.possessor)
                    && !tgt_group.iter().any(|p| p.start >= te && p.start <= te + 3)
                {
                    continue;
                }
                // "to meet the needs/demands of" is not a meeting.
                // Nor are demands that `have been met`.
                let aim = |w: &String| {
                    matches!(
                        w.as_str(),
                        "needs"
                            | "demands"
                            | "requirements"
                            | "target"
                            | "targets"
                            | "goal"
                            | "goals"
                            | "deadline"
                            | "criteria"
                            | "standards"
                            | "obligations"
                            | "expectations"
                            | "conditions"
                            | "objective"
                            | "objectives"
                            | "commitments"
                            | "payments"
                            | "quota"
                            | "quotas"
                            | "forecasts"
                            | "estimates"
                            | "shortfall"
                            | "liabilities"
                            | "bills"
                    )
                };
                // Nor is meeting a reception, resistance or one's fate (`met a cool reception
                // from Chirac`, `failing to meet expectations`).
                let met_thing = |w: &String| {
                    aim(w)
                        || matches!(
                            w.as_str(),
                            "reception"
                                | "resistance"
                                | "opposition"
                                | "criticism"
                                | "approval"
                                | "response"
                                | "fate"
                                | "death"
                                | "end"
                                | "challenge"
                                | "scepticism"
                                | "skepticism"
                                | "demand"
                                | "costs"
                                | "cost"
                        )
                };
                let not_a_meeting = trig.plover == "CONSULT"
                    && (((lower
                        .get(te)
                        .is_some_and(|w| matches!(w.as_str(), "the" | "its" | "their" | "our"))
                        && lower.get(te + 1).is_some_and(aim))
                        || (lower[ts..te].iter().any(|w| w.starts_with("meet") || w == "met")
                            && ((te..lower.len().min(te + 4))
                                .take_while(|&k| !phrases.iter().any(|p| p.start == k))
                                .any(|k| met_thing(&lower[k]))
                                // (Opposition met is no opposition party met when a preposition
                                // follows: `met opposition from the Liberal … factions`.)
                                || (lower.get(te).is_some_and(met_thing)
                                    && lower.get(te + 1).is_some_and(|w| {
                                        matches!(w.as_str(), "from" | "to" | "over" | "in" | "," | ".")
                                    })))))
                        || (lower[ts..te].iter().any(|w| w == "met")
                            && (clause..ts)
                                .rev()
                                .find(|&k| !VERB_GROUP.contains(&lower[k].as_str()))
                                .is_some_and(|k| aim(&lower[k]))));
                // A body's own routine meeting is no consultation between parties (`at the annual
                // meeting in May`, `a board meeting`, `a statement issued after a cabinet meeting`).
                let not_a_meeting = not_a_meeting
                    || (trig.plover == "CONSULT"
                        && lower[ts].starts_with("meeting")
                        && ts > 0
                        && matches!(
                            lower[ts - 1].as_str(),
                            "annual"
                                | "semi-annual"
                                | "board"
                                | "shareholders"
                                | "shareholder"
                                | "stockholders"
                                | "cabinet"
                                | "general"
                                | "special"
                                | "committee"
                                | "staff"
                                | "council"
                        ));
                // A host receives someone (`received the Kenyan delegation`), not something
                // (`received an invitation from …`, `received a call from …`).
                // (An active `received` has passed `received_guest` already.)
                let received_thing = trig.host
                    && lower[ts].starts_with("receiv")
                    && passive
                    // (Who was received is the subject, not a place inside it: `Animals smuggled
                    // to Europe … were received by the zoo`.)
                    && (passive_patient.as_ref().is_some_and(thing_head)
                        || !phrases.iter().any(|p| {
                            p.end <= ts
                                && p.start >= clause
                                && (!p.after_preposition || {
                                    // (Or people from a party: `A delegation from the Taliban
                                    // government was received …`.)
                                    let b = before_words(lower, clause, p.start, NP_DETERMINERS);
                                    b >= 2
                                        && matches!(lower[b - 1].as_str(), "from" | "of")
                                        && (people_head(&lower[b - 2])
                                            || matches!(
                                                lower[b - 2].as_str(),
                                                "delegation" | "delegations" | "officials" | "members" | "representatives" | "envoys"
                                            ))
                                })
                        }));
                // Nor hosts an event or a show (`will host the event`, `the press conference
                // hosted by Alan Milburn`): a host receives people.
                // (`a host of big names` is many of them.)
                let host_of = te == ts + 1
                    && matches!(lower[ts].as_str(), "host" | "hosts")
                    && (lower.get(te).is_some_and(|w| w == "of")
                        // (`told by hosts Ant and Dec`, `the hosts`.)
                        || (ts > 0
                            && (NP_DETERMINERS.contains(&lower[ts - 1].as_str())
                                || matches!(lower[ts - 1].as_str(), "by" | "with" | "as"))));
                let hosted_thing = host_of
                    || trig.host
                        && !lower[ts].starts_with("receiv")
                        && if passive {
                            passive_patient.as_ref().is_some_and(thing_head)
                        } else {
                            !phrases.iter().any(|p| p.start >= te && p.start <= te + 3)
                            && object_np(&toks, lower, te, &quoted, s.headline).is_some_and(|p| thing_head(&p))
                            // (A dinner hosted for someone is their reception.)
                            && !(te..lower.len().min(te + 8)).any(|k| {
                                lower[k] == "for" && phrases.iter().any(|p| p.start > k && p.start <= k + 2)
                            })
                        };
                // Artists signed to a label are no parties to an agreement.
                let signed_to = trig.symmetric
                    && ts > 0
                    && lower[te - 1].ends_with("ed")
                    && matches!(lower[ts - 1].as_str(), "was" | "were" | "been" | "being" | "is" | "are")
                    && lower.get(te).is_some_and(|w| w == "to");
                // Egyptian pounds are money.
                let currency = te == ts + 1
                    && matches!(lower[ts].as_str(), "pound" | "pounds")
                    && ts > 0
                    && (quantity(&lower[ts - 1]) || phrases.iter().any(|p| p.end == ts && p.weak));
                // Prices hit highs and songs are hits (`the dollar has hit a new record low`,
                // `West's first UK hit`): no blow.
                let determined = ts > 0
                    && (NP_DETERMINERS.contains(&lower[ts - 1].as_str())
                        || matches!(
                            lower[ts - 1].as_str(),
                            "'s" | "first" | "biggest" | "big" | "number" | "surprise" | "uk" | "us"
                        ));
                let hit = te == ts + 1
                    && matches!(lower[ts].as_str(), "hit" | "hits")
                    && (determined
                        // Hit by a slump, or by tsunamis: by no one.
                        || (lower.get(te).is_some_and(|w| w == "by")
                            && !phrases.iter().any(|p| p.start > te && p.start <= te + 3))
                        // `hit films`.
                        || lower.get(te).is_some_and(|w| {
                            matches!(
                                w.as_str(),
                                "film" | "films" | "song" | "songs" | "single" | "singles" | "show" | "shows"
                                    | "album" | "albums" | "series" | "movie" | "movies" | "musical" | "comedy"
                            )
                        })
                        || (te..lower.len().min(te + 5)).any(|k| {
                            matches!(
                                lower[k].as_str(),
                                "high"
                                    | "highs"
                                    | "low"
                                    | "lows"
                                    | "record"
                                    | "peak"
                                    | "level"
                                    | "levels"
                                    | "mark"
                                    | "trough"
                                    | "bottom"
                                    | "top"
                                    | "ceiling"
                                    | "snag"
                                    | "snags"
                                    | "headlines"
                                    | "shelves"
                                    | "stores"
                                    | "screens"
                                    | "jackpot"
                            )
                        }));
                // `a shot`, `his shot` is a kick or a photograph.
                // Shots at goal and drop shots are sport.
                let sport_shot = te == ts + 1
                    && matches!(lower[ts].as_str(), "shot" | "shots")
                    && (determined
                        || (lower.get(te).is_some_and(|w| w == "at")
                            && lower.get(te + 1).is_some_and(|w| w == "goal"))
                        || (ts > 0
                            && matches!(
                                lower[ts - 1].as_str(),
                                "drop" | "passing" | "penalty" | "earlier" | "long-range" | "tee" | "three" | "two"
                            )));
                // Only weapons launched are a blow (`launched 40 drones at …`), not an inquiry or a
                // satellite carried by a rocket.
                let launched_thing = trig.plover == "ASSAULT"
                    && te == ts + 1
                    && lower[ts].starts_with("launch")
                    && !object_np(&toks, lower, te, &quoted, s.headline).is_some_and(|d| {
                        // (Counted roughly: `launched about 180 missiles at Israel`.)
                        (d.start == te
                            || (d.start == te + 1
                                && ROUGHLY.contains(&lower[te].as_str())))
                            && lower[d.start..d.end].iter().any(|w| MUNITIONS.contains(&w.as_str()))
                            // (Aimed at something: a launch alone may be a test.)
                            && (d.end..lower.len().min(d.end + 4))
                                .any(|k| matches!(lower[k].as_str(), "at" | "into" | "on" | "against" | "toward" | "towards"))
                    });
                let not_a_blow = hit || sport_shot || launched_thing;
                // What is secured by something is pledged against it (`loans secured by company
                // assets`), no aid.
                let pledged_against = passive && lower[ts].starts_with("secur");
                // A contract awarded is business, not praise (`was awarded a 12 mln dlr
                // contract by the U.S. Army`).
                let contract = lower[ts].starts_with("award")
                    && (te..lower.len().min(te + 10)).any(|k| {
                        // (Not an order of merit: `the Freedom Order`.)
                        toks[k].starts_with(char::is_lowercase)
                            && matches!(
                                lower[k].as_str(),
                                "contract" | "contracts" | "subcontract" | "order" | "orders" | "tender" | "concession"
                            )
                    });
                // Returning somewhere is going back, not handing over (`returns to defend his
                // title`, `as soon as they return to London`).
                let gone_back = trig.cameo == "0841"
                    && lower[ts].starts_with("return")
                    && match lower.get(te).map(String::as_str) {
                        Some("home" | "from") => true,
                        // `to` a verb, or to a place with nothing handed over after it (not
                        // `returned to Brazil last Wednesday 21 frogs`).
                        Some("to") => {
                            (toks.get(te + 1).is_some_and(|t| t.starts_with(char::is_lowercase))
                                && !lower.get(te + 1).is_some_and(|w| NP_DETERMINERS.contains(&w.as_str())))
                                || !(te + 1..lower.len().min(te + 8)).any(|j| {
                                    // (`12 months later` is a time, not a thing handed over.)
                                    (quantity(&lower[j])
                                        && !lower.get(j + 1).is_some_and(|n| {
                                            time_word(n)
                                                || matches!(
                                                    n.as_str(),
                                                    "months"
                                                        | "years"
                                                        | "days"
                                                        | "weeks"
                                                        | "hours"
                                                        | "minutes"
                                                        | "later"
                                                )
                                        }))
                                        || NP_DETERMINERS.contains(&lower[j].as_str())
                                })
                        }
                        _ => false,
                    };
                // A ceasefire line is a place; a reported act is a report (`refuted reports of
                // withdrawing the ambassador`).
                // (Nor is a truce that talks are about: `for talks with Egyptian officials on the
                // Gaza truce`.)
                let ceasefire_line = trig.cameo == "0871"
                    && (lower.get(te).is_some_and(|w| matches!(w.as_str(), "line" | "lines"))
                        // (Or one that something is done under: `under the ceasefire deal`.)
                        || (clause.max(ts.saturating_sub(4))..ts).rev().any(|k| {
                            (lower[k] == "under"
                                || (matches!(lower[k].as_str(), "on" | "about" | "over" | "regarding")
                                    && k > 0
                                    && matches!(
                                        lower[k - 1].as_str(),
                                        "talks" | "negotiations" | "discussions" | "officials" | "leaders" | "ministers"
                                    )))
                                && toks[k + 1..ts].iter().zip(&lower[k + 1..ts]).all(|(t, w)| {
                                    NP_DETERMINERS.contains(&w.as_str()) || t.starts_with(char::is_uppercase)
                                })
                        }));
                let reported = ts >= 2
                    && matches!(lower[ts - 1].as_str(), "of" | "about")
                    && matches!(
                        lower[ts - 2].as_str(),
                        "reports" | "report" | "rumours" | "rumors" | "claims" | "allegations" | "speculation"
                    );
                // Joining someone for talks is meeting them; joining the talks is not meeting
                // what they are about (`joined the talks on Sudan`).
                let joined_thing = trig.plover == "CONSULT"
                    && lower[ts].starts_with("join")
                    && !phrases
                        .iter()
                        .any(|p| p.start >= te && p.start <= te + 3 && !p.after_preposition);
                // Demand for goods is a market, not a demand on anyone (`boosted demand for
                // video games`, `stronger demand from China`, `to meet global demand and …`).
                let market_demand = te == ts + 1
                    && lower[ts] == "demand"
                    && lower.get(te).is_none_or(|w| {
                        matches!(
                            w.as_str(),
                            "for"
                                | "from"
                                | "in"
                                | "and"
                                | ","
                                | "."
                                | "growth"
                                | "outlook"
                                | "side"
                                | "is"
                                | "was"
                                | "has"
                                | "had"
                                | "will"
                                | "would"
                                | "remains"
                                | "remained"
                                | "fell"
                                | "rose"
                                | "picked"
                        )
                    });
                // `insisted on Wednesday that …` is when, not what, someone insisted.
                let insisted_when = lower[ts].starts_with("insist")
                    && lower[te - 1] == "on"
                    && lower.get(te).is_some_and(|w| calendar_word(w) || time_word(w));
                // A participle before a noun describes it (`founded by assassinated former
                // prime minister Rafik Hariri`, `the jailed activists`): whoever did it is not
                // in the sentence.
                let attributive = te == ts + 1
                    && ts > 0
                    && lower[ts].ends_with("ed")
                    && matches!(
                        lower[ts - 1].as_str(),
                        "by" | "of"
                            | "for"
                            | "with"
                            | "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "from"
                            | "about"
                            | "against"
                    )
                    && lower.get(te).is_some_and(|w| {
                        w.chars().all(char::is_alphabetic)
                            && !NP_DETERMINERS.contains(&w.as_str())
                            && !matches!(
                                w.as_str(),
                                "by" | "in"
                                    | "on"
                                    | "at"
                                    | "to"
                                    | "for"
                                    | "with"
                                    | "from"
                                    | "as"
                                    | "and"
                                    | "or"
                                    | "over"
                                    | "after"
                                    | "since"
                                    | "during"
                                    | "into"
                            )
                    });
                // `thanks to` is a cause, a `grand slam` a title, `rallied to beat` a comeback,
                // `a sign that` an omen.
                let idiom = (lower[ts] == "thanks" && lower.get(te).is_some_and(|w| w == "to"))
                    // (Nor is a `support package` support voiced: it is aid.)
                    || (lower[ts] == "support"
                        && te == ts + 1
                        && lower.get(te).is_some_and(|w| {
                            matches!(
                                w.as_str(),
                                "package" | "packages" | "programme" | "program" | "measures" | "scheme" | "payments"
                            )
                        }))
                    || (matches!(lower[ts].as_str(), "sign" | "signs")
                        && ts > 0
                        && matches!(
                            lower[ts - 1].as_str(),
                            "a" | "an"
                                | "the"
                                | "another"
                                | "any"
                                | "every"
                                | "some"
                                | "clear"
                                | "first"
                                | "early"
                                | "positive"
                                | "encouraging"
                                | "no"
                        ))
                    || (lower[ts] == "slam" && ts > 0 && lower[ts - 1] == "grand")
                    || (lower[ts].starts_with("rall")
                        && lower.get(te).is_some_and(|w| w == "to")
                        && lower.get(te + 1).is_some_and(|w| {
                            matches!(
                                w.as_str(),
                                "beat"
                                    | "win"
                                    | "take"
                                    | "level"
                                    | "draw"
                                    | "claim"
                                    | "secure"
                                    | "force"
                                    | "close"
                                    | "finish"
                                    | "end"
                                    | "reach"
                                    | "record"
                            )
                        }));
                // What a tsunami or an earthquake strikes or kills, nobody attacked (`the Tsunami
                // which struck south Asia`).
                let natural = trig.plover == "ASSAULT" && {
                    let mut k = ts;
                    while k > 0
                        && ts - k < 3
                        && matches!(
                            lower[k - 1].as_str(),
                            "which" | "that" | "has" | "have" | "had" | "also" | "then"
                        )
                    {
                        k -= 1;
                    }
                    k > 0 && NATURAL_FORCES.contains(&lower[k - 1].as_str())
                };
                // A protest put down is the protesters' act, not the one who puts it down (`deployed
                // the military to quell protests in Nairobi`).
                let suppressed = trig.plover == "PROTEST" && {
                    let b = before_words(lower, clause, ts, NP_DETERMINERS);
                    b > 0
                        && matches!(
                            lower[b - 1].as_str(),
                            "quell"
                                | "quelled"
                                | "quelling"
                                | "crush"
                                | "crushed"
                                | "crushing"
                                | "suppress"
                                | "suppressed"
                                | "suppressing"
                                | "disperse"
                                | "dispersed"
                                | "dispersing"
                                | "contain"
                                | "banned"
                                | "ban"
                        )
                };
                if not_a_meeting
                    || suppressed
                    || natural
                    || idiom
                    || attributive
                    || market_demand
                    || insisted_when
                    || joined_thing
                    || ceasefire_line
                    || reported
                    || received_thing
                    || hosted_thing
                    || signed_to
                    || not_a_blow
                    || pledged_against
                    || currency
                    || contract
                    || gone_back
                {
                    continue;
                }
                let modality = modality(&toks, lower, clause, ts, trig);
                // Talks or a call during which something was agreed took place (`agreed during
                // a phone call to keep channels open`): the intent is the agreement's.
                let during = before_words(lower, clause, ts, NP_DETERMINERS);
                // A meeting or visit named as the subject of `did not take place` or `was
                // cancelled` did not happen.
                let after_end = (te..lower.len().min(te + 14))
                    .find(|&k| {
                        matches!(
                            lower[k].as_str(),
                            ";" | "." | "but" | "after" | "because" | "although" | "though" | "while" | "whereas"
                        )
                    })
                    .unwrap_or(lower.len().min(te + 14));
                // (One postponed is still to come.)
                let postponed = trig.plover == "CONSULT"
                    && lower[te..after_end].windows(2).any(|w| {
                        matches!(w[0].as_str(), "was" | "were" | "been" | "is" | "are")
                            && matches!(w[1].as_str(), "postponed" | "rescheduled" | "delayed" | "deferred")
                    });
                let called_off = trig.plover == "CONSULT"
                    && lower[te..after_end].windows(3).any(|w| {
                        matches!(
                            (w[0].as_str(), w[1].as_str(), w[2].as_str()),
                            ("not", "take", "place")
                                | ("never", "took", "place")
                                | ("was" | "were" | "been", "cancelled" | "canceled", _)
                                | ("was" | "were" | "been", "called", "off")
                        )
                    });
                let invited_to_act = lower[ts].starts_with("invit") && {
                    // (The `to` of an infinitive, past the invitee's: `an invitation to President
                    // Ruto to visit Kazakhstan`; over an adverb: `to actively invest`.)
                    let verb_after = |j: usize| {
                        let k = if lower.get(j + 1).is_some_and(|w| w.len() > 4 && w.ends_with("ly")) {
                            j + 2
                        } else {
                            j + 1
                        };
                        toks.get(k)
                            .filter(|t| t.chars().all(|c| c.is_ascii_lowercase()))
                            .filter(|_| !NP_DETERMINERS.contains(&lower[k].as_str()))
                            .map(|_| &lower[k])
                    };
                    let to = (te..lower.len().min(te + 10)).find(|&j| lower[j] == "to" && verb_after(j).is_some());
                    to.and_then(verb_after).is_some_and(|w| {
                        !matches!(
                            w.as_str(),
                            "visit"
                                | "attend"
                                | "meet"
                                | "come"
                                | "hold"
                                | "talk"
                                | "talks"
                                | "discuss"
                                | "negotiate"
                                | "join"
                                | "take"
                                | "participate"
                                | "travel"
                                | "address"
                                | "speak"
                                | "tour"
                                | "open"
                                | "witness"
                                | "observe"
                                | "celebrate"
                        )
                    })
                };
                // (Talks `during` something held, and an invitation to act made, happened.)
                let modality = if modality == Modality::Intended
                    && ((trig.plover == "CONSULT" && during > 0 && lower[during - 1] == "during") || invited_to_act)
                {
                    Modality::Occurred
                } else if called_off && modality == Modality::Occurred {
                    Modality::Negated
                } else if postponed && modality == Modality::Occurred {
                    Modality::Planned
                } else {
                    modality
                };
                // (An invitation to act is a request in its own right, not one of an AGREE.)
                let base_type = if invited_to_act {
                    "REQUEST".to_string()
                } else {
                    trig.plover.clone()
                };
                // Support pledged or reiterated is support given (PLOVER SUPPORT is verbal); a
                // signing promised is not yet a signing.
                // (Closer ties promised are an intent to cooperate: `agreed to deepen ties`.)
                // (Ties to be restored or established are, too: `agreed to restore relations`.)
                let verbal_support = modality == Modality::Intended
                    && trig.plover == "SUPPORT"
                    && !matches!(trig.cameo.as_str(), "057" | "050" | "054");
                let (kind, cameo) = match modality {
                    Modality::Planned | Modality::Intended
                        if matches!(
                            trig.plover.as_str(),
                            "CONSULT" | "COOPERATE" | "AID" | "SUPPORT" | "CONCEDE" | "RETREAT"
                        ) && !verbal_support =>
                    {
                        let cameo = match trig.plover.as_str() {
                            // (An offer to mediate is CAMEO's own intent: 039.)
                            "CONSULT" if trig.cameo == "045" => "039",
                            "CONSULT" => "036",
                            "AID" => "033",
                            "COOPERATE" => "031",
                            "CONCEDE" | "RETREAT" => "035",
                            _ => "030",
                        };
                        ("AGREE".to_string(), cameo.to_string())
                    }
                    // An action promised by "agreed to" / "pledged to" is an AGREE, whatever it is,
                    // unless a conflictual act is vowed: that is a threat (`vowed to retaliate`).
                    Modality::Planned | Modality::Intended
                        if promised[k]
                            && trig.plover != "AGREE"
                            && !verbal_support
                            && !(vowed[k]
                                && matches!(
                                    trig.plover.as_str(),
                                    "ASSAULT" | "COERCE" | "SANCTION" | "PROTEST" | "THREATEN"
                                )) =>
                    {
                        ("AGREE".to_string(), "030".to_string())
                    }
                    // A conflictual action announced or intended (`will boycott`, `will extend the
                    // curfew`, `will begin a military operation`) is a threat. Forces to be sent
                    // stay a planned mobilisation (`will send police to Haiti` is no threat).
                    Modality::Planned | Modality::Intended
                        if matches!(trig.plover.as_str(), "ASSAULT" | "COERCE" | "SANCTION" | "PROTEST") =>
                    {
                        let cameo = match trig.plover.as_str() {
                            "ASSAULT" => "138",
                            // (Threatened sanctions or embargoes are 131, administrative ones 132.)
                            "COERCE" if trig.cameo == "163" => "131",
                            "COERCE" if trig.cameo.starts_with("172") => "132",
                            "COERCE" => "137",
                            "SANCTION" => "132",
                            _ => "133",
                        };
                        ("THREATEN".to_string(), cameo.to_string())
                    }
                    // PLOVER codes a refused or withheld cooperation as REJECT, and forces withheld
                    // too (`said the alliance would not send troops to Ukraine`).
                    Modality::Negated
                        if matches!(
                            trig.plover.as_str(),
                            "AGREE" | "CONSULT" | "SUPPORT" | "COOPERATE" | "AID" | "CONCEDE" | "RETREAT" | "MOBILIZE"
                        ) =>
                    {
                        let cameo = match trig.plover.as_str() {
                            "CONSULT" => "125",
                            "AID" | "COOPERATE" => "121",
                            "CONCEDE" | "RETREAT" => "124",
                            _ => "120",
                        };
                        ("REJECT".to_string(), cameo.to_string())
                    }
                    _ if condemns[k] => ("ACCUSE".to_string(), "111".to_string()),
                    // A threat says what it threatens (`threatened to go on strike` is CAMEO's
                    // threat of protest, 133; `threatened to attack` one of force, 138).
                    _ if trig.plover == "THREATEN"
                        && trig.cameo == "130"
                        && lower.get(te).is_some_and(|w| w == "to")
                        && triggers
                            .get(k + 1)
                            .is_some_and(|&(s2, _, t2)| s2 <= te + 2 && t2.plover == "PROTEST") =>
                    {
                        ("THREATEN".to_string(), "133".to_string())
                    }
                    // An invitation to act, not to come or talk, is a request (`invited Mr Wilson
                    // to form a government`, `invited Kenyan investors to invest`).
                    _ if invited_to_act => ("REQUEST".to_string(), "020".to_string()),
                    // An attack in words (`has attacked British imperialists, saying they …`,
                    // `launched an attack on the spy chiefs, calling them "nutters"`) is criticism.
                    _ if trig.plover == "ASSAULT"
                        && lower[ts..te].iter().any(|w| w.starts_with("attack"))
                        && (te + 1..lower.len()).any(|j| {
                            lower[j - 1] == ","
                                && matches!(
                                    lower[j].as_str(),
                                    "saying"
                                        | "calling"
                                        | "describing"
                                        | "branding"
                                        | "accusing"
                                        | "labelling"
                                        | "labeling"
                                        | "dismissing"
                                        | "arguing"
                                        | "claiming"
                                )
                        }) =>
                    {
                        ("ACCUSE".to_string(), "111".to_string())
                    }
                    // So is an attack on what was said or decided (`attacked the decision by
                    // Britain's highest court`, `attacked the government's plan`).
                    _ if trig.plover == "ASSAULT"
                        && lower[ts..te].iter().any(|w| w.starts_with("attack"))
                        && object_np(&toks, lower, te, &quoted, s.headline).is_some_and(|o| {
                            o.start <= te + 1
                                && (WORDS_AND_DECISIONS.contains(&lower[o.end - 1].as_str())
                                    // (Or on someone for what they did or said: `attacked Mr
                                    // Brown for failing to mention …`.)
                                    || (lower.get(o.end).is_some_and(|w| w == "for")
                                        && lower.get(o.end + 1).is_some_and(|w| {
                                            verbal_ing(w) || POSSESSIVES.contains(&w.as_str())
                                        })))
                        }) =>
                    {
                        ("ACCUSE".to_string(), "111".to_string())
                    }
                    // Aid supported, or aid that supports, is aid given (`supported economic
                    // assistance to the Palestinians`, `Australian aid also supported …`).
                    _ if trig.plover == "SUPPORT" && trig.cameo != "057" && {
                        let aid_word = |w: &String| matches!(w.as_str(), "aid" | "assistance");
                        (te..lower.len().min(te + 4)).any(|j| aid_word(&lower[j]))
                            || (clause..ts)
                                .rev()
                                .find(|&j| !VERB_GROUP.contains(&lower[j].as_str()) && !lower[j].ends_with("ly"))
                                .is_some_and(|j| aid_word(&lower[j]))
                    } =>
                    {
                        ("AID".to_string(), "070".to_string())
                    }
                    // Leaders welcomed to a place are hosted there (`welcomed the Thai and
                    // Cambodian leaders to Kuala Lumpur for ceasefire talks`).
                    _ if trig.plover == "SUPPORT"
                        && lower[ts].starts_with("welcom")
                        && te == ts + 1
                        && tgt_group.first().is_some_and(|p| p.start <= te + 2)
                        && tgt_group.last().is_some_and(|p| {
                            let leaders = |j: usize| lower.get(j).is_some_and(|w| w == "leaders" || w == "delegation");
                            let e = if leaders(p.end) { p.end + 1 } else { p.end };
                            (matches!(p.r, Ref::Person(_) | Ref::Role { .. }) || leaders(p.end) || leaders(p.end - 1))
                                && lower.get(e).is_some_and(|w| w == "to")
                                && toks.get(e + 1).is_some_and(|t| t.starts_with(char::is_uppercase))
                        }) =>
                    {
                        ("CONSULT".to_string(), "043".to_string())
                    }
                    // Forces arriving somewhere pay no visit: on a mission or to help they
                    // cooperate (`Chinese peacekeepers arrived in South Sudan for a peacekeeping
                    // mission`, `Kenyan police officers arrived in Haiti to lead a multinational
                    // force`); else they are deployed (`Russian troops arrived in Belarus`).
                    _ if trig.travel
                        && lower[ts].starts_with("arriv")
                        && src_group.first().is_some_and(|p| {
                            matches!(&p.r, Ref::Group { sector, .. } if matches!(sector.as_str(), "MIL" | "COP"))
                                || [p.end - 1, p.end]
                                    .iter()
                                    .any(|&j| lower.get(j).is_some_and(|w| FORCES.contains(&w.as_str())))
                        }) =>
                    {
                        let mission = lower.iter().skip(te).any(|w| {
                            matches!(
                                w.as_str(),
                                "peacekeeping"
                                    | "peace-keeping"
                                    | "mission"
                                    | "multinational"
                                    | "joint"
                                    | "help"
                                    | "assist"
                                    | "support"
                                    | "train"
                                    | "training"
                            )
                        });
                        if mission {
                            ("COOPERATE".to_string(), "062".to_string())
                        } else {
                            ("MOBILIZE".to_string(), "150".to_string())
                        }
                    }
                    // Forces sent on a peacekeeping mission are protection given (CAMEO 074), and
                    // so are forces sent to lead or join a multinational or security mission
                    // abroad (`deployed police officers to Haiti to lead a U.N.-backed security
                    // mission`).
                    _ if trig.plover == "MOBILIZE"
                        && (lower.iter().any(|w| {
                            matches!(
                                w.as_str(),
                                "peacekeeping" | "peacekeepers" | "peacekeeper" | "peace-keeping"
                            )
                        }) || lower.windows(2).skip(te).any(|w| {
                            matches!(w[1].as_str(), "mission" | "force")
                                && matches!(
                                    w[0].as_str(),
                                    "multinational" | "stabilization" | "stabilisation" | "security"
                                )
                        }) || sent_to_help(lower, phrases, te)
                            || requester(lower, phrases).is_some()) =>
                    {
                        ("AID".to_string(), "074".to_string())
                    }
                    _ => (trig.plover.clone(), trig.cameo.clone()),
                };
                let date = event_date(&found_dates, ts, reference_basis, &out, lower, modality, reference);
                let place = place(
                    doc,
                    si,
                    first_body,
                    s,
                    &toks,
                    phrases,
                    mentions,
                    ts,
                    trig.travel,
                    trig.plover == "CONSULT",
                );
                let evidence = Evidence {
                    sentence: si,
                    sentence_start: s.start,
                    sentence_end: s.end,
                    text: s.text.clone(),
                    trigger_start: s.tokens[ts].start,
                    trigger_end: s.tokens[te - 1].end,
                    trigger: toks[ts..te].join(" "),
                };
                // Resolve the groups to actors.
                let resolve = |p: &Phrase,
                               other: Option<&Actor>,
                               last_person: Option<usize>,
                               last_pair: &Option<(Actor, Actor)>|
                 -> Vec<Actor> {
                    // A pronoun first refers to the subject named before it in its own sentence
                    // (`Clinton has said he will not …`, `Bangladesh says it will not …`).
                    // The words that name it are then the antecedent's.
                    let antecedent = |accept: fn(&Ref) -> bool| {
                        phrases
                            .iter()
                            .find(|q| q.end <= p.start && !q.after_preposition && !q.possessor && accept(&q.r))
                    };
                    let found = match p.r {
                        // An object pronoun is someone other than the one acting on it (`Salva Kiir
                        // pardoned him`, `Trump called Macron and thanked him`).
                        Ref::Pronoun if lower[p.start] == "him" => phrases.iter().find(|q| {
                            q.end <= p.start
                                && !q.possessor
                                && matches!(q.r, Ref::Person(_))
                                && other.is_none_or(|o| {
                                    resolve_phrase(actors, s, &toks, q, None, last_person, last_pair, &last_people)
                                        .iter()
                                        .all(|a| !same_actor(a, o))
                                })
                        }),
                        // (`Armenia's prime minister said he was willing to …`: a role is
                        // someone too.)
                        Ref::Pronoun | Ref::PronounCountry => {
                            antecedent(|r| matches!(r, Ref::Person(_) | Ref::Role { .. }))
                        }
                        Ref::PronounIt => antecedent(|r| {
                            matches!(
                                r,
                                Ref::Country(_) | Ref::Org { .. } | Ref::Group { .. } | Ref::Common { .. }
                            )
                        })
                        // (Or the owner of the body that speaks: `Ukraine's security service said it
                        // had detained …`.)
                        .or_else(|| {
                            let sv = if p.start >= 2 && lower[p.start - 1] == "that" {
                                p.start - 2
                            } else {
                                p.start.saturating_sub(1)
                            };
                            // (A state body's: not `West Germany's biggest bank said it would`.)
                            let said = sv >= 1
                                && SPEECH.contains(&lower[sv].as_str())
                                && matches!(
                                    lower[sv - 1].as_str(),
                                    "service"
                                        | "ministry"
                                        | "army"
                                        | "military"
                                        | "police"
                                        | "agency"
                                        | "forces"
                                        | "navy"
                                        | "office"
                                        | "department"
                                        | "government"
                                        | "council"
                                        | "committee"
                                );
                            said.then(|| {
                                phrases.iter().find(|q| {
                                    q.end < p.start
                                        && q.start == 0
                                        && q.possessor
                                        && matches!(q.r, Ref::Country(_) | Ref::Org { .. } | Ref::Group { .. })
                                })
                            })
                            .flatten()
                        }),
                        _ => None,
                    };
                    match (found, &p.r) {
                        // `Ruto said his country will …`: Ruto's country, else Ruto speaking for it.
                        (Some(q), Ref::PronounCountry) => {
                            resolve_phrase(actors, s, &toks, q, other, last_person, last_pair, &last_people)
                                .into_iter()
                                .map(|a| {
                                    let mut a = match &a.country {
                                        // `his government`: the country's government.
                                        Some(c) if lower[p.end - 1] == "government" => {
                                            let r = Ref::Group {
                                                country: c.clone(),
                                                sector: "GOV".into(),
                                            };
                                            let g = Phrase { r, ..q.clone() };
                                            resolve_phrase(actors, s, &toks, &g, None, None, &None, &None)
                                                .into_iter()
                                                .next()
                                                .unwrap_or(a)
                                        }
                                        Some(c) => span_actor(actors.country_actor(c), s, &toks, q),
                                        None => a,
                                    };
                                    a.resolved_by = Some("pronoun".into());
                                    a
                                })
                                .collect()
                        }
                        (Some(q), _) => {
                            resolve_phrase(actors, s, &toks, q, other, last_person, last_pair, &last_people)
                                .into_iter()
                                .map(|mut a| {
                                    a.resolved_by = Some("pronoun".into());
                                    a
                                })
                                .collect()
                        }
                        // `The committee declared that it will not …`: the speaker's noun phrase.
                        (None, Ref::PronounIt) => {
                            match speech_verb(lower, clause_start(lower, p.start)).filter(|&v| v > 0) {
                                Some(speech) => subject_np(&toks, lower, 0, speech, &quoted)
                                    .map(|q| {
                                        resolve_phrase(
                                            actors,
                                            s,
                                            &toks,
                                            &q,
                                            other,
                                            last_person,
                                            last_pair,
                                            &last_people,
                                        )
                                    })
                                    .unwrap_or_default(),
                                None => Vec::new(),
                            }
                        }
                        (None, Ref::Generic { .. }) => {
                            resolve_phrase(actors, s, &toks, p, other, last_person, last_pair, &last_people)
                                .into_iter()
                                .map(|a| generic_country(a, s, p, mentions, other))
                                .collect()
                        }
                        (None, _) => resolve_phrase(actors, s, &toks, p, other, last_person, last_pair, &last_people),
                    }
                };
                // A target naming the source's own country as a possessor (`Ruto reaffirmed
                // Kenya's commitment … with the United States`) is not the other party: look on.
                let bare: Vec<Actor> = src_group
                    .iter()
                    .flat_map(|p| resolve(p, None, last_person, &last_pair))
                    .collect();
                let own = bare.first().and_then(|a| a.country.clone());
                // Defending or criticising one's own country's decisions is about that country.
                let about_own = trig.cameo == "052" || matches!(trig.plover.as_str(), "ACCUSE" | "REJECT" | "DEMAND");
                // Another's deed praised or criticised is theirs (`praised China's support for
                // Kenya`); one's own country's is no target (`to convey Pakistan's support`).
                let others_deed =
                    |p: &Phrase| deed_of(lower, p) && !matches!(&p.r, Ref::Country(c) if Some(c) == own.as_ref());
                // Whoever's plan, decision or request is judged or turned down is the target
                // (`blocked the government's plan to deploy police officers to Haiti`).
                if matches!(trig.plover.as_str(), "ACCUSE" | "REJECT" | "SUPPORT" | "SANCTION") && !passive {
                    let owner = phrases.iter().find(|p| {
                        p.possessor
                            && !quoted[p.start]
                            && (p.start == te || (p.start == te + 1 && NP_DETERMINERS.contains(&lower[te].as_str())))
                    });
                    if let Some(p) = owner.filter(|p| judged_act_of(&toks, lower, p) || others_deed(p)) {
                        tgt_group = vec![p];
                    }
                }
                // Whoever's waters or airspace a show of force enters is its target (`entered
                // Japan's territorial waters`, `entered Polish airspace`).
                let space_owner = (trig.plover == "MOBILIZE")
                    .then(|| {
                        phrases
                            .iter()
                            .find(|p| p.start >= te && p.start <= te + 1 && claimed_space(lower, p.end))
                    })
                    .flatten()
                    // (`its airspace` after a subordinate clause's subject is the main clause's:
                    // `Poland scrambled jets after Russian drones entered its airspace`.)
                    .or_else(|| {
                        (trig.plover == "MOBILIZE"
                            && lower.get(te).is_some_and(|w| matches!(w.as_str(), "its" | "their"))
                            && claimed_space(lower, te + 1))
                        .then(|| {
                            phrases.iter().find(|p| {
                                p.end < ts
                                    && !p.possessor
                                    && !p.after_preposition
                                    && matches!(p.r, Ref::Country(_) | Ref::Group { .. })
                                    && !src_group.iter().any(|q| q.start == p.start)
                                    && lower[p.end..ts].iter().any(|w| SUBORDINATORS.contains(&w.as_str()))
                            })
                        })
                        .flatten()
                    });
                if let Some(p) = space_owner {
                    tgt_group = vec![p];
                }
                // A show of force answering another's move is shown to the mover (`fired warning
                // shots after North Korean soldiers crossed the border`).
                if trig.plover == "MOBILIZE" && tgt_group.is_empty() && !passive {
                    let k = (te..lower.len().min(te + 3))
                        .find(|&k| matches!(lower[k].as_str(), "after" | "when") && !quoted[k]);
                    if let Some(p) = k.and_then(|k| {
                        phrases.iter().find(|p| {
                            p.start > k
                                && p.start <= k + 2
                                && !p.possessor
                                && !src_group.iter().any(|q| q.start == p.start)
                                && {
                                    // (Past its craft or weapons: `after Russian drones entered`.)
                                    let e = (p.end..lower.len().min(p.end + 3))
                                        .take_while(|&j| armed_noun(&lower[j]))
                                        .last()
                                        .map_or(p.end, |j| j + 1);
                                    lower
                                        .get(e)
                                        .is_some_and(|w| past_tense(w) || w == "had" || w == "briefly")
                                }
                        })
                    }) {
                        tgt_group = vec![p];
                    }
                }
                // One's own country opening what is warned of is the threat's voice, not its
                // target: that is whoever the condition names (`warned that Mexico would retaliate
                // with its own tariffs if Washington imposed duties`).
                if let [p] = tgt_group.as_slice() {
                    let own_voice = trig.plover == "THREATEN"
                        && matches!(&p.r, Ref::Country(c) if Some(c) == own.as_ref())
                        && lower.get(p.end).is_some_and(|w| CLAUSE_MODALS.contains(&w.as_str()));
                    // (Nor when its own act is warned of: `warned that any intervention by Egypt
                    // in Libya …` is a threat to Libya.)
                    let own_act = trig.plover == "THREATEN"
                        && matches!(&p.r, Ref::Country(c) if Some(c) == own.as_ref())
                        && p.start > 0
                        && lower[p.start - 1] == "by";
                    if own_act {
                        let end = p.end;
                        tgt_group = phrases
                            .iter()
                            .find(|q| {
                                q.start > end
                                    && q.start <= end + 3
                                    && !quoted[q.start]
                                    && matches!(lower[q.start - 1].as_str(), "in" | "against" | "on" | "into")
                            })
                            .into_iter()
                            .collect();
                    } else if own_voice {
                        let end = p.end;
                        tgt_group = phrases
                            .iter()
                            .find(|q| {
                                q.start > end
                                    && !quoted[q.start]
                                    && matches!(lower[q.start - 1].as_str(), "if" | "unless")
                            })
                            .into_iter()
                            .collect();
                    }
                }
                if let [only] = tgt_group.as_slice() {
                    // (Unless what it has are its people: `endorsed Kenya's candidate for …`.)
                    let people_of = lower.get(only.end).is_some_and(|w| w == "'s")
                        && (only.end + 1..lower.len().min(only.end + 5))
                            .take_while(|&k| {
                                np_word(toks[k], &lower[k]) && !actors::PREPOSITIONS.contains(&lower[k].as_str())
                            })
                            .last()
                            // (An actor of its own there is looked on to: `Britain's highest court`.)
                            .is_some_and(|k| {
                                agentive(&lower[k]) && !right.iter().any(|p| p.start > only.end && p.start <= k)
                            });
                    // (Nor when what it has is an act or plan of its own, judged: `endorsed
                    // Egypt's plan for the reconstruction of Gaza`.)
                    // (Nor when another's deed is praised or criticised.)
                    let judged_deed =
                        matches!(trig.plover.as_str(), "ACCUSE" | "SUPPORT") && !passive && others_deed(only);
                    let kept = about_own
                        || judged_act_of(&toks, lower, only)
                        || judged_deed
                        || (own.is_none() && people_of)
                        || space_owner.is_some();
                    // (A place of a country visited is a visit to it: `visited Kenya's biggest
                    // shantytown as he opened …`.)
                    if only.possessor
                        && !kept
                        && !(trig.travel && only.start <= te + 1)
                        && matches!(&only.r, Ref::Country(c) if own.is_none() || Some(c) == own.as_ref())
                    {
                        // (Not past a clause of its own: `suspended Nicaragua's membership after
                        // the country's government expelled …`.)
                        let rest: Vec<&Phrase> = right
                            .iter()
                            .copied()
                            .filter(|p| {
                                p.start >= only.end
                                    && !matches!(p.r, Ref::Pair { .. })
                                    && !lower[only.end..p.start]
                                        .iter()
                                        .any(|w| SUBORDINATORS.contains(&w.as_str()) || w == ";")
                            })
                            .collect();
                        let further = group_at(&rest, lower);
                        if !further.is_empty() {
                            tgt_group = further;
                        }
                    }
                }
                // People as the direct object, with the first known actor only past a comma
                // (`freed 37 prisoners late on Tuesday, including … at the U.S. military
                // prison`): the people are the target.
                let people_object = (!passive && !trig.travel && !trig.sighted)
                    .then(|| {
                        let first = tgt_group.first()?;
                        let d = object_np(&toks, lower, te, &quoted, s.headline)?;
                        // Any object followed by a relative clause (`condemned the attacks, which
                        // have seen scores of people arrested in Johannesburg`): what the clause
                        // names is not the target.
                        let relative = |c: usize| {
                            lower
                                .get(c)
                                .is_some_and(|w| matches!(w.as_str(), "which" | "who" | "whom" | "whose"))
                        };
                        // People released are the target unless they go to someone or are
                        // somewhere (`freed 2,000 prisoners under an amnesty marking Buddhist
                        // Lent`; `returned the prisoners to Ukraine`).
                        // (Handed to a go-between they are still the ones freed: `handed over four
                        // hostages to the Red Cross`.)
                        let freed = trig.cameo == "0841"
                            && !(d.end..first.start).any(|k| {
                                matches!(
                                    lower[k].as_str(),
                                    "to" | "in" | "at" | "near" | "inside" | "from" | "into"
                                ) && !(lower[k] == "to" && go_between(lower, k + 1))
                                    // (Where they were taken is not where they go: `released 50
                                    // prisoners of war captured from the Rapid Support Forces`.)
                                    && !matches!(
                                        lower[k - 1].as_str(),
                                        "captured"
                                            | "held"
                                            | "seized"
                                            | "taken"
                                            | "abducted"
                                            | "detained"
                                            | "kidnapped"
                                            | "arrested"
                                            | "jailed"
                                            | "imprisoned"
                                    )
                            });
                        // Not what is given: it goes to someone named later.
                        let giving = (matches!(trig.plover.as_str(), "AID" | "COOPERATE")
                            || matches!(trig.cameo.as_str(), "0841" | "0873"))
                            && !freed;
                        if !giving
                            && d.end < first.start
                            && !phrases
                                .iter()
                                .any(|p| !p.possessor && !p.weak && p.start < d.end && p.end > d.start)
                            && (relative(d.end) || (lower[d.end] == "," && relative(d.end + 1)))
                        {
                            return Some(d);
                        }
                        let j = (d.start..(d.end + 2).min(lower.len()))
                            .take_while(|&j| j < d.end || np_word(toks[j], &lower[j]))
                            .find(|&j| {
                                let w = lower[j].as_str();
                                CAPTIVES.contains(&w)
                                    || (people_head(w)
                                        && !toks.get(j + 1).is_some_and(|t| {
                                            np_word(t, &lower[j + 1])
                                                && !(lower[j + 1].ends_with("ed")
                                                    && t.chars().next().is_some_and(char::is_lowercase))
                                        }))
                            })?;
                        // A clause boundary between: a comma, an infinitive, a relative or
                        // subordinate clause (`holding 2000 people … to use them as human shields
                        // in case the army attacked`).
                        let comma = if freed {
                            Some(j)
                        } else {
                            (j + 1..first.start).find(|&c| {
                                matches!(
                                lower[c].as_str(),
                                "," | "who" | "which" | "that" | "after" | "before" | "when" | "while" | "because"
                            ) || (c == j + 1
                                && (lower[c].ends_with("ed")
                                    || matches!(
                                        lower[c].as_str(),
                                        "held" | "taken" | "kept" | "caught" | "led" | "sent" | "shot" | "hit" | "struck"
                                    ))
                                && toks[c].chars().next().is_some_and(char::is_lowercase))
                                // (What they did or may not do: `convicted two men of helping
                                // al-Shabaab`, `banned women from attending universities`.)
                                || (matches!(lower[c].as_str(), "of" | "from" | "for" | "with")
                                    && lower.get(c + 1).is_some_and(|w| w.len() > 4 && w.ends_with("ing")))
                                // (Where people are forced to go: `deported 135 political
                                // prisoners to Guatemala`.)
                                || (c == j + 1 && lower[c] == "to" && trig.plover == "COERCE")
                                || (lower[c] == "to"
                                    && toks
                                        .get(c + 1)
                                        .is_some_and(|t| t.chars().next().is_some_and(char::is_lowercase))
                                    && !lower.get(c + 1).is_some_and(|w| NP_DETERMINERS.contains(&w.as_str())))
                            })
                        }?;
                        ((first.start > comma + 1 || (lower[comma] == "to" && !freed))
                            && !phrases
                                .iter()
                                .any(|p| !p.possessor && !p.weak && p.start < j + 1 && p.end > d.start))
                        .then(|| generic_phrase(&toks, d.start, j + 1))
                    })
                    .flatten();
                if let Some(p) = &people_object {
                    tgt_group = vec![p];
                }
                // A text judged is the target, not its topic (`vetoed a U.S.-drafted resolution on
                // Gaza`).
                let generic_text = (matches!(trig.plover.as_str(), "REJECT" | "SUPPORT" | "ACCUSE") && !passive)
                    .then(|| object_np(&toks, lower, te, &quoted, s.headline))
                    .flatten()
                    .filter(|d| {
                        let head = lower[d.end - 1].as_str();
                        let next = lower.get(d.end).map(String::as_str);
                        let first_after = tgt_group.first().filter(|f| f.start > d.end);
                        // A text with its topic (`a resolution on Syria`) …
                        let on_topic = matches!(next, Some("on" | "about" | "regarding" | "concerning"))
                            && first_after.is_some_and(|f| {
                                f.start <= d.end + 2
                                    && !matches!(f.r, Ref::Pronoun | Ref::PronounIt | Ref::PronounCountry)
                            });
                        // … or with what it would do, with whom it names (`voted down a motion to
                        // investigate the government's handling of …`).
                        let would_do =
                            d.end < lower.len() && verb_after_to(&toks, lower, d.end + 1) && first_after.is_some();
                        // A claim with what it says (`denied reports that it was building a base`):
                        // `that` opening a clause, not a relative (`reports that appeared in The New
                        // York Times`).
                        let claim_clause = CLAIMS.contains(&head)
                            && next == Some("that")
                            && lower.get(d.end + 1).is_some_and(|w| {
                                NP_DETERMINERS.contains(&w.as_str())
                                    || SUBJECT_PRONOUNS.contains(&w.as_str())
                                    || toks[d.end + 1].starts_with(char::is_uppercase)
                            });
                        d.start == te + usize::from(lower[te] == "to")
                            && ((TEXTS.contains(&head) && (on_topic || would_do)) || claim_clause)
                            && !phrases.iter().any(|p| p.start >= d.start && p.end <= d.end && !p.weak)
                    })
                    // (With its topic, whose country it takes: `a resolution on Syria`.)
                    .map(|d| {
                        match tgt_group
                            .first()
                            .filter(|_| !matches!(lower[d.end].as_str(), "to" | "that"))
                        {
                            Some(f) => generic_phrase(&toks, d.start, f.end),
                            None => d,
                        }
                    });
                if let Some(d) = &generic_text {
                    tgt_group = vec![d];
                }
                // A named border or crossing shared with a country, or a named deal made with one
                // (`reopened the Torkham border crossing with Afghanistan`, `agreed to extend the
                // Black Sea grain deal with Ukraine`): that country.
                if !passive {
                    // (Past the verb after `agreed to`.)
                    let verb = verb_after_to(&toks, lower, te) && !NP_DETERMINERS.contains(&lower[te].as_str());
                    let partner = object_np(&toks, lower, te + usize::from(verb), &quoted, s.headline)
                        .filter(|d| tgt_group.first().is_some_and(|f| f.start >= d.start && f.end <= d.end))
                        .and_then(|d| {
                            let deal = DEALS.contains(&lower[d.end - 1].as_str())
                                && lower.get(d.end).is_some_and(|w| w == "with");
                            let with = deal.then(|| phrase_after(phrases, &d)).flatten();
                            with.or_else(|| border_partner(lower, phrases, &d))
                        });
                    if let Some(q) = partner {
                        tgt_group = vec![q];
                    }
                }
                // No known actor as the object: the noun phrase that is (`accused the
                // legislation of …`, `launched legal action against the jets`).
                // Not when the subjects are several (`both sides pledged to …`: the event is
                // between them) or an infinitive follows (`promised to provide`).
                let single_source = src_group.len() == 1 && !matches!(src_group[0].r, Ref::Pair { .. });
                // `to` before a determiner is a preposition (`an ultimatum to her colleagues`).
                // (Nor before a number: `granted amnesty to more than 6,000 prisoners`.)
                // (Or a rough count: `granted an amnesty to some 800 people`.)
                let counted = |k: usize| {
                    lower.get(k).is_some_and(|w| {
                        quantity(w)
                            || w == "more"
                            || (ROUGHLY.contains(&w.as_str()) && lower.get(k + 1).is_some_and(|n| quantity(n)))
                    })
                };
                // (A force's trigger ending in `to` takes a noun phrase after a determiner: `set
                // fire to the parliament building`, `laid siege to the city`; not `agreed to a
                // restructuring`.)
                let determined = |k: usize| {
                    matches!(trig.plover.as_str(), "ASSAULT" | "COERCE")
                        && lower.get(k).is_some_and(|w| {
                            NP_DETERMINERS.contains(&w.as_str())
                                || matches!(w.as_str(), "part" | "parts" | "much" | "most")
                        })
                };
                let infinitive = (lower[te - 1] == "to" && !counted(te) && !determined(te))
                    || (lower.get(te).is_some_and(|w| w == "to")
                        && !lower.get(te + 1).is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()))
                        && !counted(te + 1));
                // A sum of money is no party (`a contribution of 56 million euros`), nor is the aid
                // given (`approved a 40 mln dlr loan to assist …`), nor what is fired (`launched 40
                // drones overnight at targets across the country`).
                let given = |p: &Phrase| {
                    lower[p.start..p.end]
                        .iter()
                        .any(|w| topics::currency_word(w) || w.starts_with(['$', '€', '£']))
                        || (matches!(trig.plover.as_str(), "ASSAULT" | "THREATEN")
                            && !lower[ts..te]
                                .iter()
                                .any(|w| matches!(w.as_str(), "down" | "downed" | "intercepted"))
                            && p.start.checked_sub(1).is_none_or(|b| lower[b] != "of")
                            && lower[p.start..p.end].iter().any(|w| MUNITIONS.contains(&w.as_str())))
                        || (trig.plover == "AID"
                            && lower[p.start..p.end].iter().any(|w| {
                                trig.requires.contains(w)
                                    || trig
                                        .pattern
                                        .iter()
                                        .flat_map(|q| q.after.iter().flatten())
                                        .any(|r| r == w)
                            }))
                };
                // Weapons sent to a front, a border or a region are deployed there, not given
                // (`sent tanks to the border`).
                let deployed_to = |p: &Phrase| {
                    trig.cameo == "072"
                        && matches!(p.r, Ref::Generic { .. })
                        && matches!(
                            lower[p.end - 1].as_str(),
                            "border" | "borders" | "frontier" | "front" | "frontline" | "region" | "area" | "zone"
                        )
                };
                // (Several subjects acting on a thing act on it together: `Kyrgyz and Tajik forces
                // withdrew from the disputed border area`, `police and soldiers arrested 20
                // protesters`.)
                // (Several who back or praise a thing each back it: `Universities and head
                // teachers have also backed the Tomlinson proposals`; a deal signed is between
                // them.)
                let shared_deal = trig.plover == "SUPPORT" && matches!(trig.cameo.as_str(), "057" | "050");
                let joint_act = !trig.symmetric
                    && !matches!(trig.plover.as_str(), "AGREE" | "CONSULT" | "COOPERATE")
                    && !shared_deal
                    && !src_group.iter().any(|p| matches!(p.r, Ref::Pair { .. }));
                // A refused act named by no trigger of its own acts on its object, over the verb
                // and its particles (`refused to take part in the regional elections`, `declined
                // to recognise the vote`).
                // (A place where the refused thing was to be is no party to it: `refused to
                // attend peace talks in Geneva`.)
                let located_at = |p: &Phrase| {
                    p.start > te + 3
                        && matches!(lower[p.start - 1].as_str(), "in" | "at")
                        && matches!(p.r, Ref::Country(_) | Ref::Org { .. })
                };
                let refused_np = (trig.plover == "REJECT"
                    && !passive
                    && refused_action[k].is_none()
                    && tgt_group.is_empty()
                    && single_source
                    && lower.get(te).is_some_and(|w| w == "to")
                    && verb_after_to(&toks, lower, te + 1)
                    // (Not a reporter's question: `declined to comment on the report`.)
                    && !REPORTER_ANSWERS.contains(&lower[te + 1].as_str()))
                .then(|| {
                    let j = (te + 2..lower.len().min(te + 6)).find(|&j| {
                        NP_DETERMINERS.contains(&lower[j].as_str())
                            || POSSESSIVES.contains(&lower[j].as_str())
                            || toks[j].starts_with(char::is_uppercase)
                    })?;
                    // (Only a verb's particles and prepositions between: not `to comment on
                    // reports that the army …`, `to say whether the talks …`.)
                    let clean = lower[te + 2..j].iter().all(|w| {
                        matches!(
                            w.as_str(),
                            "part"
                                | "in"
                                | "with"
                                | "to"
                                | "on"
                                | "up"
                                | "over"
                                | "down"
                                | "off"
                                | "out"
                                | "back"
                                | "into"
                        )
                    });
                    let np = object_np(&toks, lower, j, &quoted, s.headline).filter(|_| clean)?;
                    let known = phrases
                        .iter()
                        .find(|p| p.start >= np.start && p.end <= np.end && !p.weak && !p.possessor)
                        .cloned();
                    // (Not one's own things, `refused to open their contracts`; and a business
                    // declining to do something names a party: `declined to value the deal` is
                    // no rejection.)
                    let own = POSSESSIVES.contains(&lower[np.start].as_str());
                    let declined = lower[ts].starts_with("declin");
                    match known {
                        Some(p) => Some(p),
                        None if own || declined => None,
                        None => Some(np),
                    }
                })
                .flatten()
                .filter(|p| !given(p));
                // Who is asked is the subject of the `that` clause, not one named later in it
                // (`demanding that the university divest from companies linked to Israel`, `demanded
                // that the government release jailed activists`).
                // So is who is charged (`alleged that the electoral commission had rigged the vote
                // in favour of William Ruto`).
                let that_subject = (matches!(trig.plover.as_str(), "REQUEST" | "DEMAND" | "ACCUSE")
                    && !passive
                    && lower.get(te).is_some_and(|w| w == "that"))
                .then(|| object_np(&toks, lower, te + 1, &quoted, s.headline))
                .flatten()
                .filter(|d| d.start == te + 1)
                .and_then(|d| {
                    // (Its verb may read as a noun: `the government release`.)
                    let e = (d.start + 1..=d.end)
                        .rev()
                        .find(|&e| agentive(&lower[e - 1]) || people_head(&lower[e - 1]))?;
                    let verb_next = toks.get(e).is_some_and(|t| t.starts_with(char::is_lowercase))
                        && !lower.get(e).is_some_and(|w| {
                            NP_DETERMINERS.contains(&w.as_str()) || actors::PREPOSITIONS.contains(&w.as_str())
                        });
                    (verb_next && tgt_group.first().is_none_or(|f| f.start >= e)).then(|| {
                        phrases
                            .iter()
                            .find(|p| p.start >= d.start && p.end == e && !p.possessor)
                            .cloned()
                            .unwrap_or_else(|| generic_phrase(&toks, d.start, e))
                    })
                });
                if let Some(p) = &that_subject {
                    tgt_group = vec![p];
                }
                // Who is asked to act is the noun phrase asked, when it names people or states by
                // what they are (`appealed to wealthy nations to cancel the debts of African
                // countries`), not a party inside what they are asked to do.
                let addressee = (trig.plover == "REQUEST" && !passive && that_subject.is_none())
                    .then(|| {
                        let at = te + usize::from(lower.get(te).is_some_and(|w| matches!(w.as_str(), "to" | "on")));
                        object_np(&toks, lower, at, &quoted, s.headline)
                    })
                    .flatten()
                    .filter(|d| {
                        d.start <= te + 2
                            && agentive(&lower[d.end - 1])
                            && lower.get(d.end).is_some_and(|w| w == "to")
                            && toks.get(d.end + 1).is_some_and(|t| t.starts_with(char::is_lowercase))
                            && !lower
                                .get(d.end + 1)
                                .is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()))
                            && tgt_group.first().is_none_or(|f| f.start > d.end)
                            && !phrases
                                .iter()
                                .any(|p| p.start >= d.start && p.end <= d.end && !p.possessor)
                    });
                if let Some(p) = &addressee {
                    tgt_group = vec![p];
                }
                // People sent away are the target, not where they are sent (`deported 40 Uyghurs
                // to China`).
                // (So are people extradited: `extradited 29 cartel members to the United States`.)
                let sent_away = ((trig.plover == "COERCE" || lower[ts].starts_with("extradit"))
                    && !passive
                    && that_subject.is_none())
                .then(|| object_np(&toks, lower, te, &quoted, s.headline))
                .flatten()
                .filter(|o| {
                    o.start == te
                        && lower.get(o.end).is_some_and(|w| w == "to")
                        && (agentive(&lower[o.end - 1])
                                || people_head(&lower[o.end - 1])
                                // (A count of people: `40 Uyghurs`.)
                                || (o.end > o.start + 1 && quantity(&lower[o.start])))
                        && tgt_group.first().is_some_and(|f| {
                            f.start > o.end && before_words(lower, o.end + 1, f.start, NP_DETERMINERS) == o.end + 1
                        })
                        && !phrases.iter().any(|p| p.start >= o.start && p.end <= o.end)
                });
                if let Some(p) = &sent_away {
                    tgt_group = vec![p];
                }
                // Opponents of a party are not that party (`stripped 94 opponents of President
                // Daniel Ortega of their citizenship`): the target is the opponents.
                let opponents = (!passive && that_subject.is_none() && sent_away.is_none())
                    .then(|| object_np(&toks, lower, te, &quoted, s.headline))
                    .flatten()
                    .filter(|o| {
                        o.start <= te + 1
                            && OPPONENTS.contains(&lower[o.end - 1].as_str())
                            && lower.get(o.end).is_some_and(|w| w == "of")
                    })
                    .and_then(|o| {
                        let f = tgt_group.first()?;
                        (f.start > o.end && before_words(lower, o.end + 1, f.start, NP_DETERMINERS) == o.end + 1)
                            .then(|| generic_phrase(&toks, o.start, f.end))
                    });
                if let Some(p) = &opponents {
                    tgt_group = vec![p];
                }
                // A known party named only in an `including` list after the object is part of
                // that object (`ordered the closure of 1,500 non-governmental organisations,
                // including charities run by the Catholic Church`): the object is the target.
                // (Not when the list names them: `asked at least four countries, including the
                // United States, …` asked those.)
                // Who is accused of something is the noun phrase accused, named by what it is or
                // not (`accused foreign-funded NGOs of sponsoring the protests against his
                // government`).
                let accusation = trig.plover == "ACCUSE" && lower[ts].starts_with("accus");
                let accused_np = (accusation && !passive)
                    .then(|| object_np(&toks, lower, te, &quoted, s.headline))
                    .flatten()
                    .filter(|d| {
                        d.start == te
                            && lower.get(d.end).is_some_and(|w| w == "of")
                            && (agentive(&lower[d.end - 1]) || people_head(&lower[d.end - 1]))
                            && tgt_group.first().is_none_or(|f| f.start > d.end)
                            && !phrases.iter().any(|p| p.start >= d.start && p.end <= d.end && !p.weak)
                    });
                if let Some(p) = &accused_np {
                    tgt_group = vec![p];
                }
                let including_object = tgt_group
                    .first()
                    .filter(|_| trig.plover != "MOBILIZE" && !trig.symmetric)
                    .and_then(|f| {
                        let i = (te + 1..f.start).find(|&i| lower[i] == "including" && lower[i - 1] == ",")?;
                        (before_words(lower, i + 1, f.start, NP_DETERMINERS) > i + 1).then_some(i)
                    })
                    .filter(|&i| !phrases.iter().any(|p| p.start >= te && p.end < i && !p.weak))
                    .and_then(|i| {
                        let o = object_np(&toks, lower, te, &quoted, s.headline)?;
                        // (An act's object is what it is on: `the closure of 1,500 …`.)
                        let o = match lower.get(o.end).is_some_and(|w| w == "of") && o.end + 1 < i {
                            true => object_np(&toks, lower, o.end + 1, &quoted, s.headline)?,
                            false => o,
                        };
                        (o.end + 1 == i).then_some(o)
                    });
                if let Some(p) = &including_object {
                    tgt_group = vec![p];
                }
                let generic_tgt = if refused_np.is_some() {
                    refused_np
                } else if tgt_group.is_empty()
                    && !passive
                    && !trig.travel
                    && !trig.sighted
                    && (single_source || joint_act)
                    && !infinitive
                {
                    // Aid goes to someone: `offer an aid package to the cultural sector`.
                    let recipient = (trig.plover == "AID")
                        .then(|| to_after(lower, &quoted, te))
                        .flatten()
                        .and_then(|k| object_np(&toks, lower, k, &quoted, s.headline))
                        .filter(|p| !deployed_to(p));
                    // (Not a meeting's topic: `held talks on Sudan`.)
                    let topic = trig.plover == "CONSULT"
                        && lower
                            .get(te)
                            .is_some_and(|w| matches!(w.as_str(), "on" | "about" | "over" | "regarding"));
                    // (Who is asked is the subject of a `that` clause: `demanded that the electoral
                    // commission open its servers`.)
                    // Likewise who is charged (`alleged that the electoral commission had
                    // manipulated the results`).
                    let asked = usize::from(
                        matches!(trig.plover.as_str(), "REQUEST" | "DEMAND" | "ACCUSE")
                            && lower.get(te).is_some_and(|w| w == "that"),
                    );
                    // Forces withdraw from somewhere (`withdrew from the disputed border area`).
                    // (Or a treaty left: `withdrew from the Paris climate agreement`.)
                    let treaty_left = trig.cameo == "161" && left_treaty(lower, te, treaties);
                    let left_place = ((trig.cameo == "0872" && lower.get(te).is_some_and(|w| w == "from"))
                        || treaty_left)
                        .then(|| object_np(&toks, lower, te + 1, &quoted, s.headline))
                        .flatten()
                        .filter(|p| !lower[p.start..p.end].iter().any(|w| time_word(w) || calendar_word(w)));
                    recipient
                        .or(left_place)
                        .or_else(|| {
                            object_np(&toks, lower, te + asked, &quoted, s.headline)
                                .filter(|_| !topic)
                                // (Nor a time: `went on strike for the first time`.)
                                .filter(|p| {
                                    let time = |w: &String| {
                                        time_word(w)
                                            || calendar_word(w)
                                            || matches!(w.as_str(), "times" | "weekend" | "day")
                                    };
                                    let ordinal_time = (p.start + 1..(p.end + 1).min(lower.len())).any(|j| {
                                        matches!(lower[j].as_str(), "time" | "times")
                                            && matches!(
                                                lower[j - 1].as_str(),
                                                "first" | "last" | "second" | "third" | "next" | "this" | "every"
                                            )
                                    });
                                    !time(&lower[p.end - 1]) && !ordinal_time
                                })
                                // (Nor a state of emergency or of siege declared; one lifted
                                // names what is lifted.)
                                .filter(|p| {
                                    // (An act on a restriction names it: `called for the
                                    // lifting of sanctions against Cuba`.)
                                    matches!(trig.plover.as_str(), "CONCEDE" | "RETREAT")
                                        || matches!(lower[p.end - 1].as_str(), "lifting" | "easing" | "removal" | "end")
                                        || !(lower.get(p.end).is_some_and(|w| w == "of")
                                            && lower.get(p.end + 1).is_some_and(|w| RESTRICTIONS.contains(&w.as_str())))
                                })
                                // (An act ordered is on what it names: `ordered the closure of
                                // beauty salons`.)
                                .map(|p| {
                                    // (Nor is a part of a thing other than that thing: `set
                                    // fire to parts of the parliament building`.)
                                    let act = matches!(
                                        lower[p.end - 1].as_str(),
                                        "closure"
                                            | "shutdown"
                                            | "suspension"
                                            | "dissolution"
                                            | "demolition"
                                            | "part"
                                            | "parts"
                                            // (Or a penalty is on whom it falls: `commuted the
                                            // sentences of 37 death row inmates`.)
                                            | "deportation"
                                            | "deportations"
                                            | "confiscation"
                                            | "sentence"
                                            | "sentences"
                                            | "conviction"
                                            | "convictions"
                                            | "detention"
                                    ) && lower.get(p.end).is_some_and(|w| w == "of");
                                    act.then(|| object_np(&toks, lower, p.end + 1, &quoted, s.headline))
                                        .flatten()
                                        .unwrap_or(p)
                                })
                                // (Its verb is no part of it: `… commission open its servers`.)
                                .map(|p| {
                                    let verb_last = asked == 1
                                        && p.end > p.start + 1
                                        && lower.get(p.end).is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()));
                                    if verb_last {
                                        generic_phrase(&toks, p.start, p.end - 1)
                                    } else {
                                        p
                                    }
                                })
                        })
                        // What several subjects agree to do with what they share is between them
                        // (`Kenya and Somalia agreed to reopen their border`).
                        // (So is what several reopen, close or restore of their own: `Eritrea
                        // and Ethiopia reopened their border crossing points`.)
                        .filter(|p| !(src_group.len() >= 2 && lower[p.start] == "their"))
                        // The forces mobilised are not the other party (`mobilized the Army for
                        // riot control`).
                        // (Nor its craft: `deployed fighter jets`; weapons shown are dropped with
                        // every target below.)
                        .filter(|p| {
                            let head = lower[p.end - 1].as_str();
                            (trig.plover != "MOBILIZE" && moved_from.is_none())
                                || !(FORCES.contains(&head) || (trig.plover == "MOBILIZE" && CRAFT.contains(&head)))
                        })
                        // A party to a symmetric event (met, agreed, signed) is someone who can
                        // act: `signed an agreement for the sale` has no second party.
                        .filter(|p| !trig.symmetric || can_act(&toks, lower, p.end, !s.headline))
                        // One's own arms laid down are no party (`laid down their weapons`), nor
                        // one's own envoy recalled (`recalled its ambassador for consultations`).
                        .filter(|p| {
                            let own = (trig.cameo == "0873" && own_arms(lower, p))
                                || (trig.cameo == "166" && own_envoy(lower, p.start, p.end));
                            !own
                        })
                        // Nor is the word the trigger needed (`lodged solemn representations`).
                        .filter(|p| trig.cameo != "111" || !trig.requires.contains(&lower[p.end - 1]))
                        // What is fired is aimed somewhere (`launched 40 drones overnight at targets
                        // across the country`, `fired two missiles into the sea`).
                        .and_then(|p| {
                            if !given(&p) {
                                return Some(p);
                            }
                            if !matches!(trig.plover.as_str(), "ASSAULT" | "THREATEN") {
                                return None;
                            }
                            let k = (p.end..lower.len().min(p.end + 4))
                                .take_while(|&k| {
                                    !matches!(lower[k].as_str(), "," | ";" | "and" | "but" | "which" | "that")
                                })
                                .find(|&k| matches!(lower[k].as_str(), "at" | "into" | "on" | "onto" | "against"))?;
                            object_np(&toks, lower, k, &quoted, s.headline)
                                .filter(|q| !lower[q.start..q.end].iter().any(|w| time_word(w) || calendar_word(w)))
                        })
                        // An act asked for or judged is about whom it acts on (`demanded the
                        // release of the hostages`, `the resignation of the prime minister`).
                        .map(|p| {
                            let acted_on = matches!(
                                lower[p.end - 1].as_str(),
                                "release"
                                    | "return"
                                    | "withdrawal"
                                    | "extradition"
                                    | "arrest"
                                    | "resignation"
                                    | "removal"
                                    | "expulsion"
                                    | "handover"
                                    | "lifting"
                                    // (`suspended the activities of all political parties`.)
                                    | "activities"
                                    | "operations"
                                    | "accreditation"
                                    | "licence"
                                    | "license"
                            ) && lower.get(p.end).is_some_and(|w| w == "of");
                            let partner = border_partner(lower, phrases, &p);
                            let acted_on = acted_on
                                .then(|| object_np(&toks, lower, p.end + 1, &quoted, s.headline))
                                .flatten()
                                .filter(|q| q.start <= p.end + 3);
                            partner.cloned().or(acted_on).unwrap_or(p)
                        })
                        // What a party asked or offered is judged as theirs (`rejected the union's
                        // demand`, `accepted the rebels' offer`): the party.
                        .map(|p| {
                            let owner = (p.start + 1..p.end.saturating_sub(1)).find(|&j| {
                                matches!(lower[j].as_str(), "'s" | "'")
                                    && agentive(&lower[j - 1])
                                    && PROPOSALS.contains(&lower[p.end - 1].as_str())
                            });
                            owner.map_or(p.clone(), |j| generic_phrase(&toks, p.start, j))
                        })
                } else {
                    None
                };
                // What is protested follows where (`protested in Lagos over the cost of living`).
                let protested_over = (trig.plover == "PROTEST" && !passive)
                    .then(|| {
                        let p = tgt_group.first()?;
                        (p.start > te && p.start <= te + 2 && lower[p.start - 1] == "in" && tgt_group.len() == 1)
                            .then_some(())?;
                        let k = p.end;
                        lower
                            .get(k)
                            .is_some_and(|w| matches!(w.as_str(), "over" | "against"))
                            .then(|| object_np(&toks, lower, k, &quoted, s.headline))
                            .flatten()
                    })
                    .flatten()
                    // (Or a bare noun right after: `went on strike over pay`, `over plans to
                    // increase medical school admissions`.)
                    .or_else(|| {
                        (trig.plover == "PROTEST"
                            && !passive
                            && tgt_group.is_empty()
                            && generic_tgt.is_none()
                            && lower.get(te).is_some_and(|w| matches!(w.as_str(), "over" | "against")))
                        .then(|| {
                            let end = (te + 1..lower.len().min(te + 4))
                                .take_while(|&j| {
                                    toks[j].starts_with(char::is_lowercase)
                                        && np_word(toks[j], &lower[j])
                                        && !actors::PREPOSITIONS.contains(&lower[j].as_str())
                                        && !time_word(&lower[j])
                                        && !calendar_word(&lower[j])
                                        && !NP_DETERMINERS.contains(&lower[j].as_str())
                                })
                                .last()?
                                + 1;
                            Some(generic_phrase(&toks, te + 1, end))
                        })
                        .flatten()
                    });
                if let Some(p) = &protested_over {
                    tgt_group = vec![p];
                }
                if let Some(p) = &generic_tgt {
                    tgt_group.push(p);
                }
                // Forces withdraw from the place right after `from`, whoever is named later
                // (`withdrew from the city of Wad Madani after clashes with the Rapid Support
                // Forces`).
                let withdrawn_from = (trig.cameo == "0872"
                    && !passive
                    && generic_tgt.is_none()
                    && lower.get(te).is_some_and(|w| w == "from"))
                .then(|| object_np(&toks, lower, te + 1, &quoted, s.headline))
                .flatten()
                // (A place named as part of another: `the city of Wad Madani`.)
                .map(|o| {
                    lower
                        .get(o.end)
                        .is_some_and(|w| w == "of")
                        .then(|| object_np(&toks, lower, o.end + 1, &quoted, s.headline))
                        .flatten()
                        .unwrap_or(o)
                })
                .filter(|o| {
                    tgt_group.first().is_some_and(|f| f.start >= o.end + 2)
                        && !lower[o.start..(o.end + 1).min(lower.len())]
                            .iter()
                            .any(|w| w == "'s" || w == "'")
                        && !lower[o.start..o.end].iter().any(|w| time_word(w) || calendar_word(w))
                });
                if let Some(o) = &withdrawn_from {
                    tgt_group = vec![o];
                }
                // A direct object before a place (`seized the tanker off Gibraltar`, `struck
                // militant targets in the Gaza Strip`): the object is the target, located in that
                // place's country — not the place itself.
                let mut located: Option<(Phrase, Option<String>)> = None;
                if !passive
                    && !trig.travel
                    && generic_tgt.is_none()
                    && trig.plover != "CONSULT"
                    && that_subject.is_none()
                {
                    if let (Some(first), Some(last)) = (tgt_group.first(), tgt_group.last()) {
                        // Not the verb after `agreed to` (`agreed to build two roads in Uganda`):
                        // an intent to act somewhere is towards that place.
                        let infinitive_verb = verb_after_to(&toks, lower, te);
                        let direct = object_np(&toks, lower, te, &quoted, s.headline).filter(|d| {
                            !infinitive_verb && {
                                // Not one's own arms laid down: where they are laid down is the target
                                // (`lay down their arms in Mazar-i-Sharif`).
                                let laid_down = trig.cameo == "0873" && own_arms(lower, d);
                                // Not a length of time (`abducted for 24 hours in …`).
                                let timed = lower[d.start..d.end].iter().any(|w| time_word(w) || calendar_word(w));
                                // Not the aid given (`approved two loans … for projects in Nepal`).
                                let aid_given = trig.plover == "AID" && given(d);
                                // Nor what is fired (`fired dozens of rockets at northern Israel`).
                                let fired = trig.plover == "ASSAULT"
                                    && lower[d.start..d.end].iter().any(|w| MUNITIONS.contains(&w.as_str()));
                                // Nor a tie to what follows (`suspended its membership in the
                                // CSTO`, `ended its military presence in Mali`): that is the party.
                                let tie = TIES_IN.contains(&lower[d.end - 1].as_str());
                                !laid_down
                                    && !tie
                                    && !timed
                                    && !aid_given
                                    && !fired
                                    && d.end <= first.start
                                    && first.start <= d.end + 8
                                    && {
                                        let between = &lower[d.end..first.start];
                                        // (A place's country after a comma is still the place's:
                                        // `a school in Kaduna state, Nigeria`.)
                                        let country_after_comma = matches!(first.r, Ref::Country(_))
                                            && lower
                                                .get(last.end)
                                                .is_none_or(|w| matches!(w.as_str(), "." | "," | ";"));
                                        let inner = match between {
                                            [rest @ .., comma] if comma == "," && country_after_comma => rest,
                                            _ => between,
                                        };
                                        // Not across a relative clause or an agent (`the raid by
                                        // herders who attacked a village near Marsabit`).
                                        !inner.iter().any(|w| {
                                            CLAUSE_BREAKS.contains(&w.as_str()) || TIME_CLAUSES.contains(&w.as_str())
                                        }) && between.iter().any(|w| {
                                            matches!(
                                                w.as_str(),
                                                "in" | "near"
                                                    | "at"
                                                    | "off"
                                                    | "outside"
                                                    | "inside"
                                                    | "across"
                                                    | "throughout"
                                            ) || (w == "over" && trig.plover == "ASSAULT")
                                        })
                                    }
                            }
                        });
                        // Aid goes to people there (`delivered food aid to 200,000 people in
                        // Tigray`): they are the target, in that place.
                        let aided = (trig.plover == "AID")
                            .then(|| to_after(lower, &quoted, te))
                            .flatten()
                            // (Not an infinitive: `to help people in Tigray`.)
                            .filter(|&k| {
                                lower.get(k + 1).is_some_and(|w| {
                                    NP_DETERMINERS.contains(&w.as_str())
                                        || quantity(w)
                                        || w.ends_with("ed")
                                        || agentive(w)
                                })
                            })
                            .and_then(|k| object_np(&toks, lower, k + 1, &quoted, s.headline))
                            .filter(|d| {
                                agentive(&lower[d.end - 1])
                                    && d.end < first.start
                                    && first.start <= d.end + 3
                                    && matches!(lower[d.end].as_str(), "in" | "across" | "throughout")
                            });
                        if let Some(d) = direct.or(aided) {
                            // A place past a reason or a time is not where the object is
                            // (`apologised to the public for the shooting in …`): the object alone.
                            let reason = lower[d.end..first.start].iter().any(|w| {
                                matches!(
                                    w.as_str(),
                                    "for" | "over" | "after" | "during" | "amid" | "following" | "because"
                                )
                            });
                            located = Some(if reason {
                                (generic_phrase(&toks, d.start, d.end), None)
                            } else {
                                let country = resolve(first, None, last_person, &last_pair)
                                    .into_iter()
                                    .find_map(|a| a.country);
                                (generic_phrase(&toks, d.start, place_end(&toks, lower, last)), country)
                            });
                        }
                    }
                }
                // A thing set up, moved or laid down somewhere (`agreed to set up a company in
                // Berlin`, `lay down their arms in Mazar-i-Sharif`, `withdraw its troops from a
                // zone`): the thing in that place.
                let thing_object = generic_tgt
                    .as_ref()
                    .filter(|g| !agentive(&lower[g.end - 1]))
                    .or_else(|| match tgt_group.as_slice() {
                        [only] if matches!(only.r, Ref::Common { country: None, .. }) && only.start <= te + 8 => {
                            Some(*only)
                        }
                        _ => None,
                    });
                if let Some(g) =
                    thing_object.filter(|_| located.is_none() && !passive && !trig.travel && that_subject.is_none())
                {
                    let place = phrases.iter().find(|p| {
                        p.start > g.end && p.start <= g.end + 8 && !quoted[p.start] && {
                            let between = &lower[g.end..p.start];
                            !between.iter().any(|w| {
                                w == "to" || CLAUSE_BREAKS.contains(&w.as_str()) || TIME_CLAUSES.contains(&w.as_str())
                            }) && between
                                .iter()
                                .any(|w| matches!(w.as_str(), "in" | "from" | "at" | "near" | "into" | "inside"))
                        }
                    });
                    if let Some(p) = place {
                        let country = resolve(p, None, last_person, &last_pair)
                            .into_iter()
                            .find_map(|a| a.country);
                        located = Some((generic_phrase(&toks, g.start, place_end(&toks, lower, p)), country));
                    }
                }
                // A body still to be set up is no party yet: the place it is set up in is
                // (`agreed to set up the new José Carreras Research Institute against Leukaemia in
                // Barcelona`).
                // (`agreed today to set up …` ends its trigger at `set`, as `agreed to` does.)
                if located.is_none()
                    && !passive
                    && te < lower.len()
                    && verb_after_to(&toks, lower, te)
                    && CREATION_VERBS.contains(&lower[te].as_str())
                {
                    let obj = te + 1 + usize::from(lower.get(te + 1).is_some_and(|w| w == "up"));
                    let founded = tgt_group.first().filter(|f| {
                        matches!(f.r, Ref::Org { .. })
                            && f.start >= obj
                            && lower[obj..f.start].iter().all(|w| {
                                NP_DETERMINERS.contains(&w.as_str())
                                    || matches!(w.as_str(), "new" | "national" | "regional")
                            })
                    });
                    let place = founded.and_then(|f| {
                        phrases.iter().find(|p| {
                            p.start > f.end
                                && p.start <= f.end + 3
                                && lower[f.end..p.start]
                                    .iter()
                                    .all(|w| w == "in" || NP_DETERMINERS.contains(&w.as_str()))
                                && lower[f.end] == "in"
                        })
                    });
                    if let Some(p) = place {
                        located = Some((p.clone(), None));
                    }
                }
                if let Some((p, _)) = &located {
                    tgt_group = vec![p];
                }
                // The party after the trigger's own preposition (`held a meeting with members of
                // a delegation …`, `protests against the new law`) when it names no known actor
                // and a known one comes only later.
                let party_prep = match trig.plover.as_str() {
                    // (An apology is to someone: `apologised to the public for the shooting in …`.)
                    "SUPPORT" if trig.cameo == "055" => Some("to"),
                    "CONSULT" | "COOPERATE" | "AGREE" | "SUPPORT" if !trig.travel => Some("with"),
                    "ACCUSE" | "ASSAULT" | "COERCE" | "PROTEST" | "SANCTION" | "THREATEN" | "MOBILIZE" => {
                        Some("against")
                    }
                    _ => None,
                };
                // (Or past what is talked over, when no one else is named: `negotiating a loan
                // with the banks`.)
                // (The trigger's own last word may be it: `met with union leaders at the State
                // House`.)
                let prep_at = party_prep.and_then(|w| {
                    if te > ts + 1 && lower[te - 1] == w {
                        return Some(te - 1);
                    }
                    (te..lower.len().min(te + 8)).find(|&k| {
                        lower[k] == w
                            && lower[te..k].iter().zip(&toks[te..k]).all(|(l, t)| {
                                NP_DETERMINERS.contains(&l.as_str())
                                        || np_word(t, l)
                                        // (`negotiating on further contracts with …`.)
                                        || matches!(l.as_str(), "on" | "over" | "about")
                            })
                    })
                });
                let party = (located.is_none() && !passive)
                    .then_some(prep_at)
                    .flatten()
                    .and_then(|k| object_np(&toks, lower, k, &quoted, s.headline))
                    // (Not a part or the people of a known one: `members of a Chinese delegation`,
                    // `the trade ministers of the United States`, `officials in Britain`.)
                    // (Nor an idiom: `entered into discussions with a view to acquiring …`.)
                    .filter(|o| !(lower[o.end - 1] == "view" && lower.get(o.end).is_some_and(|w| w == "to")))
                    .filter(|o| {
                        !matches!(lower.get(o.end).map(String::as_str), Some("of" | "in" | "from"))
                            || !phrases.iter().any(|q| {
                                q.start > o.end
                                    && q.start <= o.end + 3
                                    && !q.weak
                                    && (lower[o.end] == "of" || matches!(q.r, Ref::Country(_)))
                            })
                    })
                    .filter(|o| match tgt_group.first() {
                        Some(f) => {
                            f.start >= o.end && (prep_at.is_some_and(|k| k == te || k + 1 == te) || f.start > o.end + 8)
                        }
                        None => agentive(&lower[o.end - 1]) || people_head(&lower[o.end - 1]),
                    });
                if let Some(o) = &party {
                    tgt_group = vec![o];
                }
                // Forces go somewhere or against someone (`mobilized troops for the Gulf War
                // against Iraq`, `remained on alert in Bosnian Serb territory`, `mobilised its
                // men to the area`): that is the target.
                // What a protest is against (`in protest at catering conditions`, `protested
                // over low maize prices`, `a rally against the war`) likewise.
                // The participant after a preposition at `k`: a known actor there, else the noun
                // phrase (`to` before a verb is an infinitive: `to comb the bush`).
                let np_after = |k: usize| -> Option<Phrase> {
                    let known = phrases.iter().find(|p| {
                        p.start > k
                            && p.start <= k + 3
                            && lower[k + 1..p.start].iter().all(|w| {
                                NP_DETERMINERS.contains(&w.as_str())
                                    || matches!(
                                        w.as_str(),
                                        "former" | "late" | "then" | "acting" | "incoming" | "outgoing"
                                    )
                            })
                    });
                    // (`opposition to new US export controls` is no infinitive.)
                    let opposed_to = k > 0
                        && matches!(
                            lower[k - 1].as_str(),
                            "opposition" | "objection" | "objections" | "resistance"
                        );
                    let infinitive = lower[k] == "to"
                        && !opposed_to
                        && !lower.get(k + 1).is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()))
                        && !toks
                            .get(k + 1)
                            .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase));
                    // (A capital after the preposition stands for its government: `recalled its
                    // envoy from Nairobi`.)
                    match known.filter(|p| !p.weak || (lower[k] == "from" && matches!(p.r, Ref::Group { .. }))) {
                        // (A named line or border shared `with` a party is towards it: `the Line
                        // of Actual Control with China`.)
                        Some(p) => Some(border_partner(lower, phrases, p).unwrap_or(p).clone()),
                        None if infinitive => known.cloned(),
                        None => object_np(&toks, lower, k + 1, &quoted, s.headline)
                            .filter(|p| p.start <= k + 3)
                            .map(|p| {
                                // Things of a named party stand for it (`a ban on imports of
                                // British beef`), and a border for the country it is shared with.
                                let owner = (lower.get(p.end).is_some_and(|w| w == "of") || border_with(lower, &p))
                                    .then(|| phrase_after(phrases, &p))
                                    .flatten()
                                    .or_else(|| traded_from(lower, phrases, &p));
                                owner.cloned().unwrap_or(p)
                            })
                            .or_else(|| known.cloned())
                            // (What is opposed may be a bare noun: `protest against rising
                            // femicide`.)
                            .or_else(|| {
                                let end = (k + 1..lower.len().min(k + 5))
                                    .take_while(|&j| {
                                        toks[j].starts_with(char::is_lowercase) && np_word(toks[j], &lower[j])
                                    })
                                    .last()?
                                    + 1;
                                // (Not an act with its object: `against sending troops`.)
                                let gerund = lower[k + 1].ends_with("ing")
                                    && !matches!(
                                        lower[k + 1].as_str(),
                                        "rising"
                                            | "growing"
                                            | "increasing"
                                            | "ongoing"
                                            | "continuing"
                                            | "escalating"
                                            | "worsening"
                                            | "mounting"
                                            | "soaring"
                                            | "spiralling"
                                            | "sweeping"
                                            | "existing"
                                    );
                                (lower[k] == "against"
                                    && !gerund
                                    && !lower[k + 1..end].iter().any(|w| time_word(w) || calendar_word(w)))
                                .then(|| generic_phrase(&toks, k + 1, end))
                            }),
                    }
                };
                // A ceasefire is with someone, else in a place (`declared a unilateral ceasefire
                // on Friday in Libya`, `announced a ceasefire in Idlib`).
                let ceasefire = trig.cameo == "0871";
                // Agreed to by several parties (not announced by them: `Turkey and Russia
                // announced a ceasefire in Idlib`).
                let agreed_among = ceasefire && kind == "AGREE" && src_group.len() >= 2;
                // (One accused right after the verb stays the target, whoever the deed was against:
                // `accused the Nicaraguan government of violations against political opponents`.)
                let accused_first = accusation
                    && tgt_group
                        .first()
                        .is_some_and(|p| p.start <= te + 1 && lower.get(p.end).is_some_and(|w| w == "of"));
                let destination = ((matches!(trig.plover.as_str(), "MOBILIZE" | "PROTEST" | "ACCUSE" | "ASSAULT")
                    || ceasefire)
                    && !passive
                    && !accused_first
                    && space_owner.is_none())
                .then(|| {
                    // Up to the next clause or infinitive (`to help the Philippines army
                    // in its fight against …` is another action's).
                    let stop = (te..lower.len().min(te + 14))
                        .find(|&k| {
                            lower[k] == ","
                                || (lower[k] == "to"
                                    && toks
                                        .get(k + 1)
                                        .is_some_and(|t| t.chars().next().is_some_and(char::is_lowercase))
                                    && !lower.get(k + 1).is_some_and(|w| NP_DETERMINERS.contains(&w.as_str())))
                        })
                        .unwrap_or(lower.len().min(te + 14));
                    let window = te..stop;
                    let at = |w: &str| window.clone().find(|&k| lower[k] == w && !quoted[k]);
                    let against = at("against");
                    let k = if trig.plover == "PROTEST" {
                        // `over`/`at` right after the protest itself.
                        // (A protest's own `at` before a place right after the verb:
                        // `walked off the job at the port of Antwerp in protest at the
                        // reform`.)
                        let over = || {
                            let after_protest = |k: usize| {
                                matches!(lower[k].as_str(), "over" | "at")
                                    && matches!(lower[k - 1].as_str(), "protest" | "protests")
                            };
                            window.clone().find(|&k| after_protest(k)).or_else(|| {
                                window
                                    .clone()
                                    .find(|&k| matches!(lower[k].as_str(), "over" | "at") && k == te)
                            })
                        };
                        // Or whoever a demand made is about (`marched in Dhaka demanding the
                        // resignation of Prime Minister Sheikh Hasina`).
                        let demanded = || {
                            let d = (te..lower.len().min(te + 14))
                                .take_while(|&k| !matches!(lower[k].as_str(), ";" | ".") && !quoted[k])
                                .find(|&k| {
                                    matches!(lower[k].as_str(), "demanding" | "demand" | "urging")
                                        || (matches!(lower[k].as_str(), "calling" | "call")
                                            && lower.get(k + 1).is_some_and(|w| w == "for"))
                                })?;
                            let d = if lower[d + 1] == "for" { d + 1 } else { d };
                            let of = (d + 2..lower.len().min(d + 5)).find(|&j| {
                                lower[j] == "of"
                                    && matches!(
                                        lower[j - 1].as_str(),
                                        "resignation" | "ouster" | "removal" | "release" | "departure" | "arrest"
                                    )
                            });
                            // (A party, not a thing demanded: `demanding higher wages`.)
                            let k = of.unwrap_or(d);
                            phrases
                                .iter()
                                .any(|p| p.start > k && p.start <= k + 3 && !matches!(p.r, Ref::Generic { .. }))
                                .then_some(k)
                        };
                        // Or the body whose premises it is held at (`staged a sit-in outside
                        // the electoral commission in Harare`, `in front of parliament`).
                        let premises = || {
                            at("outside").or_else(|| {
                                window.clone().find(|&k| {
                                    lower[k] == "of" && k >= 2 && lower[k - 1] == "front" && lower[k - 2] == "in"
                                })
                            })
                        };
                        // Or what it sets out to oppose (`took to the streets of Nairobi to
                        // oppose the finance bill`).
                        let opposed = || {
                            // (Or protests against, unless it marched on something: `… on Monday
                            // to protest against the government's annexation plans`.)
                            let marched_on =
                                lower.get(te).is_some_and(|w| w == "on") || phrases.iter().any(|p| p.start == te);
                            (te..lower.len().min(te + 14))
                                .take_while(|&k| !matches!(lower[k].as_str(), ";" | ".") && !quoted[k])
                                .filter(|&k| lower[k] == "to")
                                .find_map(|k| match lower.get(k + 1).map(String::as_str) {
                                    Some("oppose" | "denounce" | "condemn" | "decry" | "reject" | "resist") => {
                                        Some(k + 1)
                                    }
                                    Some("protest")
                                        if !marched_on && lower.get(k + 2).is_some_and(|w| w == "against") =>
                                    {
                                        Some(k + 2)
                                    }
                                    _ => None,
                                })
                        };
                        // Or the employer of those who strike (`Workers at Samsung
                        // Electronics went on strike`).
                        let employer = || {
                            // (Unless someone is named after it: `… went on strike for better
                            // pay on Freeport-McMoRan Inc`.)
                            if phrases.iter().any(|p| {
                                p.start >= te
                                    && !p.weak
                                    && matches!(
                                        p.r,
                                        Ref::Person(_) | Ref::Country(_) | Ref::Org { .. } | Ref::Group { .. }
                                    )
                            }) {
                                return None;
                            }
                            (clause + 1..ts).find(|&k| {
                                lower[k] == "at"
                                    && agentive(&lower[k - 1])
                                    && phrases
                                        .iter()
                                        .any(|p| p.start == k + 1 && matches!(p.r, Ref::Org { .. }))
                            })
                        };
                        against
                            .or_else(over)
                            .or_else(demanded)
                            .or_else(premises)
                            .or_else(opposed)
                            .or_else(employer)?
                    } else if matches!(trig.plover.as_str(), "ACCUSE" | "ASSAULT") {
                        // A lawsuit or complaint filed somewhere `against` someone; strikes
                        // carried out, whenever, `against` someone named (not `a record low
                        // against the euro`).
                        // (A suicide bomber's is where the bomb went off: `blew himself up
                        // outside a police station`.)
                        let bombed = trig.cameo.starts_with("183") && against.is_none();
                        let k = against.filter(|&k| k > te).or_else(|| {
                            bombed
                                .then(|| ["outside", "near", "at"].iter().filter_map(|w| at(w)).min())
                                .flatten()
                                .filter(|&k| k == te)
                        })?;
                        // Not inside what someone is accused of (`accusing Islam of
                        // promoting violence against women`).
                        // Nor in a clause charged (`charged that Israeli forces used excessive
                        // force against demonstrators`: the forces are charged).
                        // Nor in what a party named first is blamed `for` (`criticised Kenyan
                        // police for the use of excessive force against demonstrators`).
                        let blamed_for = (te..k).find(|&j| lower[j] == "for").is_some_and(|f| {
                            phrases.iter().any(|p| {
                                p.start >= te
                                    && p.start <= te + 2
                                    && p.end <= f
                                    && !p.weak
                                    && !p.possessor
                                    && !p.after_preposition
                            })
                        });
                        if (te..k).any(|j| lower[j] == "of" && lower.get(j + 1).is_some_and(|w| w.ends_with("ing")))
                            || (trig.plover == "ACCUSE" && (lower[te] == "that" || trig.speaker || blamed_for))
                        {
                            return None;
                        }
                        if trig.plover == "ASSAULT" {
                            // Not past a verb (`said such attacks were against …`).
                            if lower[te..k].iter().any(|w| VERB_GROUP.contains(&w.as_str())) {
                                return None;
                            }
                            return np_after(k).filter(|p| {
                                bombed
                                    || !matches!(p.r, Ref::Generic { .. })
                                    || toks[p.start..p.end].iter().any(|t| name_like(t))
                            });
                        }
                        k
                    } else if ceasefire {
                        // A known party or place only: not `in a bid to …`.
                        // (Where several parties' own ceasefire holds is no party: see below.)
                        let k = at("with").or_else(|| (!agreed_among).then(|| at("in")).flatten());
                        let after = k.and_then(np_after).filter(|p| {
                            !matches!(p.r, Ref::Generic { .. })
                                || toks[p.end - 1].chars().next().is_some_and(char::is_uppercase)
                        });
                        // (Or where it holds, named before it: `In Colombia, the ELN declared a
                        // ceasefire`, `the coalition fighting Houthi rebels in Yemen has declared
                        // a ceasefire`.)
                        let before = || {
                            // (Not where something was said: `Speaking in Kenya, Ruto said …`.)
                            let said = |k: usize| {
                                lower[k..ts].iter().any(|w| {
                                    SPEECH.contains(&w.as_str())
                                        && !matches!(w.as_str(), "declared" | "declares" | "announced" | "announces")
                                })
                            };
                            (0..ts).filter(|&k| lower[k] == "in" && !said(k)).find_map(|k| {
                                phrases
                                    .iter()
                                    .find(|p| p.start == k + 1 && matches!(p.r, Ref::Country(_)) && !p.possessor)
                                    .cloned()
                            })
                        };
                        return after.or_else(|| (!agreed_among).then(before).flatten());
                    } else {
                        against
                            .or_else(|| {
                                ["into", "to", "in", "near", "along", "around"]
                                    .iter()
                                    .filter_map(|w| at(w))
                                    .min()
                            })
                            // Or whoever the forces are readied against (`put its army on
                            // combat readiness amid tensions with Kosovo`).
                            .or_else(|| {
                                window.clone().find(|&k| {
                                    trig.plover == "MOBILIZE"
                                        && lower[k] == "with"
                                        && matches!(
                                            lower[k - 1].as_str(),
                                            "tensions" | "tension" | "standoff" | "dispute" | "row" | "conflict"
                                        )
                                })
                            })?
                    };
                    np_after(k)
                })
                .flatten();
                // What is cut off is cut off from someone (`suspended humanitarian aid to Kabul`,
                // `ended mediation efforts with Oldcastle`, `withdrew peacekeepers from the
                // border`): that one is the target.
                // So is support expressed for someone (`pledged his country's full support for
                // Fayez Serraj`, `awarded the Freedom Order to Bill Clinton`).
                let cut_from = (matches!(trig.plover.as_str(), "SANCTION" | "SUPPORT" | "COERCE" | "ACCUSE")
                    && !trig.symmetric
                    && (!trig.requires.is_empty() || trig.pattern.is_some())
                    && !passive)
                    .then(|| {
                        // (The words required, or the first of those required in order.)
                        let first_ordered = trig.pattern.iter().flat_map(|p| p.after.first()).flatten();
                        let needed = (te..lower.len().min(te + lexicon::REQUIRES_WINDOW)).find(|&j| {
                            trig.requires
                                .iter()
                                .chain(first_ordered.clone())
                                .any(|r| *r == lower[j])
                        })?;
                        // Borders are closed `with` someone (`closed its land borders with
                        // Brazil`); an order's object is its target, not who the ordered act
                        // involves (`ordered 16,000 migrants …, to wait with their families`).
                        if trig.plover == "COERCE" && lower[te..needed].iter().any(|w| w == ",") {
                            return None;
                        }
                        // Who is kept `from` going somewhere is the object, not where
                        // (`blocked protesters from marching to parliament`).
                        if lower[needed] == "from" && trig.pattern.is_some() {
                            return None;
                        }
                        // A mission or mediation ended is `in` a dispute or a place.
                        let within = matches!(lower[needed].as_str(), "mediation" | "mission" | "efforts");
                        let k = (needed + 1..lower.len().min(needed + 4)).find(|&j| {
                            (matches!(lower[j].as_str(), "to" | "with" | "from" | "between" | "for")
                                || (within && lower[j] == "in"))
                                && !quoted[j]
                        })?;
                        // (`for` names a party, not a purpose: `recalled its ambassador for
                        // consultations`.)
                        np_after(k)
                            .filter(|p| trig.cameo != "166" || lower[k] != "for" || !matches!(p.r, Ref::Generic { .. }))
                    })
                    .flatten();
                // What is given or handed back goes to someone, however long the list of things
                // (`returned cultural artifacts, including …, to the government of Italy`, `returned
                // a Hebrew Bible to its owners`).
                // A thing handed back `by` someone goes to someone too (`was returned by US
                // officials to Spanish authorities`); people released are the target themselves.
                // (Whatever actor an adjective names in it: `A Spanish painting was returned`.)
                let thing_passive = passive
                    && passive_patient
                        .clone()
                        .or_else(|| np_before(&toks, lower, clause, ts, &quoted, false))
                        .or_else(|| {
                            // (Past an apposition's closing comma: `a gift to Hitler and the
                            // property of a Spanish museum, was returned`.)
                            let aux = before_words(lower, clause, ts, VERB_GROUP);
                            (aux > clause + 1 && lower[aux - 1] == ",")
                                .then(|| np_before(&toks, lower, clause, aux - 1, &quoted, false))
                                .flatten()
                        })
                        .is_some_and(|p| {
                            let head = lower[p.end - 1].as_str();
                            // (Nor a known actor: `Spanish authorities`.)
                            !(people_head(head)
                                || agentive(head)
                                || phrases.iter().any(|q| q.end == p.end && q.start >= p.start))
                        });
                // (Power or control handed over goes to someone too: `handed over control of the
                // West Bank town of Jericho to the Palestinian Authority`.)
                let given_to = ((trig.plover == "AID" || matches!(trig.cameo.as_str(), "0841" | "0873" | "0831"))
                    && (!passive || thing_passive)
                    && !bare_passive)
                    .then(|| {
                        // Within the clause: not past `, but …` or `;`.
                        let stop = (te..lower.len().min(te + 30))
                            .find(|&k| {
                                lower[k] == ";" || (lower[k] == "," && lower.get(k + 1).is_some_and(|w| w == "but"))
                            })
                            .unwrap_or(lower.len().min(te + 30));
                        // Or the one it helps (`donated ventilators … to assist Ethiopia`).
                        let helped = (te..stop).find(|&k| {
                            lower[k] == "to"
                                && lower
                                    .get(k + 1)
                                    .is_some_and(|w| matches!(w.as_str(), "help" | "assist" | "support" | "aid"))
                                && !quoted[k]
                        });
                        (te..stop)
                            .filter(|&k| {
                                lower[k] == "to"
                                    && !quoted[k]
                                    && lower[k - 1] != "according"
                                    && (lower.get(k + 1).is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()))
                                        || toks.get(k + 1).is_some_and(|t| {
                                            t.chars().next().is_some_and(char::is_uppercase) && !t.contains('.')
                                        }))
                            })
                            .filter(|&k| helped.is_none_or(|h| k < h))
                            .find_map(np_after)
                            .or_else(|| helped.and_then(|k| np_after(k + 1)))
                    })
                    .flatten()
                    .filter(|p| tgt_group.iter().all(|q| q.start != p.start))
                    // Not when the direct object is an actor (`freed the two Kenyan pilots`) or
                    // people (`freed 40 prisoners …, including an adviser to the embassy`).
                    // (Control of a place handed over goes to whom it is handed.)
                    .filter(|_| {
                        trig.cameo == "0831"
                            || (people_object.is_none()
                                && !tgt_group.first().is_some_and(|q| !q.weak && q.start <= te + 3))
                    })
                    // People released go to whoever the `to` right after them names (`returned the
                    // prisoners to Ukraine`), not to what a later `to` ends (`released the
                    // hostages in exchange for an end to the war`).
                    .filter(|p| {
                        trig.cameo != "0841"
                            || object_np(&toks, lower, te, &quoted, s.headline).is_none_or(|d| {
                                let head = lower[d.end - 1].as_str();
                                !(CAPTIVES.contains(&head) || people_head(head))
                                    || (before_words(lower, d.end, p.start, NP_DETERMINERS) == d.end + 1
                                        && !go_between(lower, d.end + 1))
                            })
                    })
                    .filter(|p| !deployed_to(p));
                // A refusal `until` someone acts (`will not end the strike until the government
                // provides …`) is addressed to that someone, rather than to the thing refused.
                // (So is a war vowed to go on `until` someone is destroyed.)
                let refused_until = ((modality == Modality::Negated
                    && matches!(
                        trig.plover.as_str(),
                        "CONCEDE" | "RETREAT" | "AGREE" | "SUPPORT" | "COOPERATE"
                    ))
                    || (trig.plover == "THREATEN" && trig.cameo == "138"))
                    .then(|| {
                        let k = (te..lower.len().min(te + 15))
                            .find(|&k| matches!(lower[k].as_str(), "until" | "unless" | "till") && !quoted[k])?;
                        // Only when the thing refused names nobody before `until`.
                        if tgt_group.first().is_some_and(|p| {
                            generic_tgt.is_none() && p.start < k && !matches!(p.r, Ref::Pronoun | Ref::PronounIt)
                        }) {
                            return None;
                        }
                        // Not a pronoun (`until he is satisfied Vietnam is doing …`).
                        phrases
                            .iter()
                            .find(|p| {
                                p.start > k
                                    && p.start <= k + 10
                                    && !p.weak
                                    && !p.possessor
                                    && !matches!(p.r, Ref::Pronoun | Ref::PronounIt)
                            })
                            .cloned()
                    })
                    .flatten();
                // Someone refused to be handed over is refused to whom they were to go (`refused
                // to hand over Osama bin Laden to the United States`).
                let refused_handover =
                    (trig.plover == "REJECT" && !passive && lower.get(te).is_some_and(|w| w == "to"))
                        .then(|| {
                            let v = te + 1;
                            let handover = match lower.get(v).map(String::as_str) {
                                Some("extradite" | "surrender" | "deport" | "transfer" | "repatriate") => true,
                                Some("hand" | "turn") => lower.get(v + 1).is_some_and(|w| w == "over"),
                                _ => false,
                            };
                            if !handover {
                                return None;
                            }
                            let k = (v + 1..lower.len().min(v + 10))
                                .take_while(|&k| !CLAUSE_BREAKS.contains(&lower[k].as_str()) && !quoted[k])
                                .find(|&k| lower[k] == "to" && k > v + 2)?;
                            phrases
                                .iter()
                                .find(|p| {
                                    (p.start == k + 1 || (p.start == k + 2 && lower[k + 1] == "the"))
                                        && !p.weak
                                        && !matches!(p.r, Ref::Generic { .. } | Ref::Pronoun | Ref::PronounIt)
                                })
                                .cloned()
                        })
                        .flatten();
                // What one agrees to in talks with another is agreed with them (`agreed to
                // dismantle a missile engine test site during talks with Moon Jae-in`).
                let agreed_in_talks = (trig.plover == "AGREE" && !passive && tgt_group.is_empty())
                    .then(|| {
                        let k = (te..lower.len().min(te + 15))
                            .take_while(|&k| !matches!(lower[k].as_str(), ";" | ",") && !quoted[k])
                            .find(|&k| matches!(lower[k].as_str(), "during" | "at" | "in"))?;
                        let with = (k + 1..lower.len().min(k + 5))
                            .take_while(|&j| {
                                NP_DETERMINERS.contains(&lower[j].as_str())
                                    || TALKS_NOUNS.contains(&lower[j].as_str())
                                    || lower[j] == "phone"
                                    || np_modifier(&lower[j])
                            })
                            .last()
                            .filter(|&j| TALKS_NOUNS.contains(&lower[j].as_str()))?
                            + 1;
                        phrases
                            .iter()
                            .find(|p| {
                                lower.get(with).is_some_and(|w| w == "with")
                                    && (p.start == with + 1 || (p.start == with + 2 && lower[with + 1] == "the"))
                                    && !p.weak
                                    && !matches!(p.r, Ref::Pronoun | Ref::PronounIt)
                            })
                            .cloned()
                            // (Or a name the tagger left aside.)
                            .or_else(|| {
                                object_np(&toks, lower, with + 1, &quoted, s.headline).filter(|q| {
                                    lower[with] == "with" && q.start == with + 1 && name_like(toks[q.start])
                                })
                            })
                    })
                    .flatten();
                // An attack named as a noun is on what follows `on` (`a Taliban attack on a
                // government compound … has killed at least 20 troops`), not on whom it killed.
                let attacked_np = (trig.plover == "ASSAULT"
                    && !passive
                    && matches!(
                        lower[ts].as_str(),
                        "attack" | "attacks" | "assault" | "raid" | "raids" | "bombing" | "offensive"
                    )
                    && ts > 0
                    && (NP_DETERMINERS.contains(&lower[ts - 1].as_str())
                        || phrases.iter().any(|p| p.end == ts)
                        || lower[ts - 1] == "'s")
                    && lower.get(te).is_some_and(|w| matches!(w.as_str(), "on" | "against")))
                .then(|| {
                    let np = object_np(&toks, lower, te, &quoted, s.headline).filter(|p| p.start <= te + 2)?;
                    // (Only when whom it names comes after the thing attacked and another verb:
                    // not a place the thing is in, `an attack on a mountain peak in … Iraqi
                    // Kurdistan`.)
                    let first = tgt_group.iter().map(|p| p.start).min()?;
                    (first >= np.end && triggers.iter().any(|t| t.0 >= np.end && t.0 < first)).then_some(np)
                })
                .flatten();
                // A restriction imposed or lifted is on someone (`lifted a centuries-old ban Friday
                // on girls and women`, `reduced tariffs on Chinese goods`).
                // The action refused or threatened says on whom (`refuses to remove the ban on
                // Indian television channels`, `refused to allow two EU-based airlines to land`).
                // (Not the act of a text judged: `rejected a bill to ban TikTok`.)
                let acted = refused_action[k].filter(|_| !passive && generic_text.is_none());
                let restricted = ((matches!(trig.plover.as_str(), "CONCEDE" | "RETREAT" | "COERCE" | "SANCTION")
                    && !passive)
                    || acted.is_some())
                .then(|| {
                    // The restriction may be the trigger's own noun (`imposed a curfew in …`).
                    let from = acted.unwrap_or(ts);
                    let noun = (from..lower.len().min(from + 6))
                        .take_while(|&k| lower[k] != ",")
                        .find(|&k| RESTRICTIONS.contains(&lower[k].as_str()))?;
                    // Unless a known party comes first (`imposed on Russia a ban …`).
                    if tgt_group
                        .first()
                        .is_some_and(|p| !p.weak && generic_tgt.is_none() && p.start < noun)
                    {
                        return None;
                    }
                    // Curfews and sieges are `in` a place (`imposed a curfew in parts of Kashmir`).
                    let within = matches!(
                        lower[noun].as_str(),
                        "curfew" | "lockdown" | "siege" | "emergency" | "law" | "internet" | "blackout"
                    );
                    let k = (noun + 1..lower.len().min(noun + 4)).find(|&k| {
                        (matches!(lower[k].as_str(), "on" | "against" | "with") || (within && lower[k] == "in"))
                            && !quoted[k]
                    });
                    // (Or past the clause that imposed it: `the ban that they imposed on aid
                    // agencies`.)
                    let k = k.or_else(|| imposed_at(lower, noun + 1).map(|k| k + 1))?;
                    np_after(k)
                })
                .flatten();
                // (Forces or goods of no country are things too: `threatened to withdraw its
                // troops from Kenya`.)
                let thing = |p: &Phrase| matches!(p.r, Ref::Generic { .. } | Ref::Common { country: None, .. });
                // (A party past what the one allowed was to do is no party to the act refused:
                // `refused to allow women to attend universities`.)
                let past_infinitive =
                    |e: usize, p: &Phrase| p.start > e + 2 && (e + 2..p.start).any(|k| verb_after_to(&toks, lower, k));
                let refused_object = acted
                    .filter(|&e| {
                        tgt_group.first().is_none_or(|p| {
                            p.weak
                                || p.start > e + 3
                                || (p.start >= e && (thing(p) || located_at(p)))
                                || past_infinitive(e, p)
                        })
                    })
                    .and_then(|e| {
                        np_after(e - 1).or_else(|| {
                            // (The act refused may be the object's own noun, before where it was
                            // to be: `refused to attend peace talks in Geneva`.)
                            let (s2, e2, _) = *triggers.get(k + 1)?;
                            (s2 == te + 1
                                && e > e2
                                && tgt_group.first().is_some_and(|p| located_at(p))
                                && lower[e2..e].iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase())))
                            .then(|| generic_phrase(&toks, e2, e))
                        })
                    })
                    // A thing acted on with or against a party (`threatened to close all borders
                    // with Iraqi Kurdistan`): the party.
                    .map(|p| {
                        // (`to` opening what people were to do is no direction: `refused to
                        // allow women to attend universities`.)
                        let marked = thing(&p)
                            && lower.get(p.end).is_some_and(|w| {
                                matches!(w.as_str(), "with" | "to" | "from" | "on" | "against" | "into")
                            })
                            && !(people_head(&lower[p.end - 1]) && verb_after_to(&toks, lower, p.end + 1));
                        marked
                            .then(|| {
                                phrases
                                    .iter()
                                    .find(|q| q.start > p.end && q.start <= p.end + 3 && !q.possessor)
                                    .cloned()
                            })
                            .flatten()
                            // A capital or seat of power named by the phrase stands for its
                            // government (`cancelled a planned visit to the White House`).
                            .or_else(|| {
                                phrases
                                    .iter()
                                    .find(|q| {
                                        matches!(p.r, Ref::Generic { .. })
                                            && matches!(q.r, Ref::Group { .. } | Ref::Country(_))
                                            && q.start >= p.start
                                            && q.end == p.end
                                    })
                                    .cloned()
                            })
                            .unwrap_or(p)
                    })
                    .filter(|p| p.start <= te + 12)
                    // A thing sent or given goes to a known party (`refused to send peacekeepers
                    // to Iraq`).
                    .filter(|p| {
                        !matches!(p.r, Ref::Generic { .. })
                            || tgt_group.first().is_none_or(|q| {
                                q.weak
                                    || located_at(q)
                                    || (people_head(&lower[p.end - 1]) && acted.is_some_and(|e| past_infinitive(e, q)))
                            })
                    });
                // Where one's own forces go or leave (`withdraw its troops from a five kilometer
                // zone`).
                let forces_place = moved_from
                    .filter(|_| tgt_group.iter().all(|p| matches!(p.r, Ref::Generic { .. })))
                    .and_then(|e| {
                        (e..lower.len().min(e + 3))
                            .find(|&k| matches!(lower[k].as_str(), "from" | "to" | "into" | "in" | "of") && !quoted[k])
                    })
                    .and_then(np_after);
                // Aid to fight something somewhere goes there (`funding to fight the Ebola
                // epidemic in West Africa`).
                let fought_in = (trig.plover == "AID")
                    .then(|| {
                        let fight = (ts..lower.len().min(te + 10)).find(|&k| {
                            matches!(lower[k].as_str(), "fight" | "combat" | "tackle" | "contain" | "battle")
                                && k > 0
                                && lower[k - 1] == "to"
                        })?;
                        let k = (fight + 1..lower.len().min(fight + 9))
                            .take_while(|&k| !CLAUSE_BREAKS.contains(&lower[k].as_str()))
                            .find(|&k| lower[k] == "in")?;
                        phrases
                            .iter()
                            .find(|p| p.start == k + 1 || (p.start == k + 2 && lower[k + 1] == "the"))
                            .cloned()
                    })
                    .flatten();
                let destination = fought_in.or(destination);
                // A concession with no one named is made to whoever pressed for it (`Under
                // pressure from protesters, … Sheikh Hasina resigned`, `Under pressure from
                // Washington, the ICC has dropped the investigation`).
                let pressed_by = (matches!(trig.plover.as_str(), "CONCEDE" | "RETREAT")
                    && tgt_group.iter().all(|p| matches!(p.r, Ref::Generic { .. })))
                .then(|| {
                    let k = (1..lower.len().saturating_sub(1)).find(|&k| {
                        lower[k] == "from"
                            && matches!(lower[k - 1].as_str(), "pressure" | "pressures")
                            && (k < ts || k > te)
                            && !quoted[k]
                    })?;
                    np_after(k)
                })
                .flatten();
                let ceasefire_party = ceasefire && destination.is_some();
                let has_recipient = given_to.is_some();
                // Forces sent at someone's request help that one (`Following a request from
                // Mozambique's government, Rwanda deployed 1,000 troops to Cabo Delgado`).
                // (Where they go names the helped country already: `sent troops to Kazakhstan at
                // the request of President Tokayev`.)
                let helped = (trig.plover == "MOBILIZE"
                    && cameo == "074"
                    && !destination
                        .as_ref()
                        .is_some_and(|d| !d.weak && matches!(d.r, Ref::Country(_))))
                .then(|| requester(lower, phrases).cloned())
                .flatten();
                let destination = helped
                    .or(refused_handover)
                    .or(attacked_np)
                    .or(given_to.clone().filter(|_| trig.cameo == "0831"))
                    .or(destination)
                    .or(restricted)
                    .or(refused_object)
                    .or(forces_place)
                    .or(cut_from)
                    .or(given_to)
                    .or(refused_until)
                    .or(agreed_in_talks)
                    .or(pressed_by)
                    .filter(|p| !lower[p.start..p.end].iter().any(|w| time_word(w) || calendar_word(w)));
                if let Some(p) = &destination {
                    tgt_group = vec![p];
                }
                if let Some((_, doer)) = drawn_from {
                    tgt_group = vec![doer];
                }
                // A ceasefire several parties agree to, with no one else named, is between them
                // wherever it holds (`the Sudanese army and the Rapid Support Forces agreed to a
                // ceasefire in Khartoum`).
                if agreed_among
                    && !ceasefire_party
                    && tgt_group
                        .iter()
                        .all(|p| lower[p.start.saturating_sub(2)..p.start].iter().any(|w| w == "in"))
                {
                    tgt_group.clear();
                }
                // What is agreed to be set up somewhere is for that place (`agreed to set up two
                // field hospitals in Louisiana`, `to establish a research institute in Barcelona`).
                // (Where a meeting is to be held is its place.)
                // (A ceasefire is with its party, wherever: `agreed to a truce with the army in North
                // Kivu`.)
                let built_in = (kind == "AGREE" && cameo != "036" && !passive && !ceasefire_party)
                    .then(|| {
                        let built = tgt_group.first().filter(|p| thing(p))?;
                        let k = (built.end..lower.len().min(built.end + 3))
                            .take_while(|&k| lower[k] != "," && !quoted[k])
                            .find(|&k| lower[k] == "in")?;
                        phrases
                            .iter()
                            .find(|p| {
                                (p.start == k + 1 || (p.start == k + 2 && lower[k + 1] == "the"))
                                    && !p.possessor
                                    && !matches!(p.r, Ref::Generic { .. })
                            })
                            .cloned()
                    })
                    .flatten();
                if let Some(p) = &built_in {
                    tgt_group = vec![p];
                }
                // Peacekeepers sent to an international mission serve in its country (`sending
                // troops to the United Nations peacekeeping force in South Sudan`).
                let mission_country = (cameo == "074")
                    .then(|| {
                        let igo = tgt_group
                            .first()
                            .filter(|p| matches!(&p.r, Ref::Org { sector: Some(sec), .. } if sec == "IGO"))?;
                        let k = (igo.end..lower.len().min(igo.end + 6))
                            .take_while(|&k| lower[k] != "," && !quoted[k])
                            .find(|&k| lower[k] == "in")?;
                        phrases
                            .iter()
                            .find(|p| p.start == k + 1 && matches!(p.r, Ref::Country(_)))
                            .cloned()
                    })
                    .flatten();
                if let Some(p) = &mission_country {
                    tgt_group = vec![p];
                }
                // An act judged is its doer's (`condemned an anarchic protest by white farmers`,
                // `dismissed a cease-fire proposal by the U.N.-supported government`).
                let doer = (matches!(trig.plover.as_str(), "ACCUSE" | "REJECT" | "SUPPORT") && !passive)
                    .then(|| {
                        // The direct object, whatever was taken as the target.
                        let only = object_np(&toks, lower, te, &quoted, s.headline)
                            .filter(|d| !phrases.iter().any(|p| !p.weak && p.start < d.end && p.end > d.start))?;
                        if lower.get(only.end).is_none_or(|w| w != "by")
                            || tgt_group
                                .first()
                                .is_some_and(|f| f.start < only.end && !matches!(f.r, Ref::Generic { .. }))
                        {
                            return None;
                        }
                        phrases
                            .iter()
                            .find(|q| q.start > only.end && q.start <= only.end + 3 && !q.possessor)
                            .cloned()
                            .or_else(|| {
                                object_np(&toks, lower, only.end + 1, &quoted, s.headline)
                                    .filter(|q| q.start == only.end + 1 && can_act(&toks, lower, q.end, !s.headline))
                            })
                    })
                    .flatten();
                if let Some(p) = &doer {
                    tgt_group = vec![p];
                }
                // A request or offer turned down or granted is the asker's (`rejected a request from his
                // British counterpart Gordon Brown to allow …`, `refused to respond to a request
                // from 20 MPs`, `spurned repeated offers for peace talks by the Kabul government`).
                let asker = ((kind == "REJECT" || cameo == "083") && !passive)
                    .then(|| {
                        let stop = (te..lower.len().min(te + 10))
                            .find(|&j| matches!(lower[j].as_str(), "," | ";") || quoted[j])
                            .unwrap_or(lower.len().min(te + 10));
                        let noun = (ts..stop).find(|&j| REQUEST_NOUNS.contains(&lower[j].as_str()))?;
                        let from =
                            (noun + 1..stop.min(noun + 5)).find(|&j| matches!(lower[j].as_str(), "from" | "by"))?;
                        phrases
                            .iter()
                            .find(|p| p.start > from && p.start <= from + 2 && !p.possessor)
                            .cloned()
                            .or_else(|| {
                                object_np(&toks, lower, from + 1, &quoted, s.headline)
                                    .filter(|q| q.start == from + 1 && can_act(&toks, lower, q.end, !s.headline))
                            })
                    })
                    .flatten();
                if let Some(p) = &asker {
                    tgt_group = vec![p];
                }
                // Someone's release frees them (`ordered the Iranian tanker's release`).
                let owner_freed = (cameo == "0841" && !passive && ts >= clause + 2 && lower[ts - 1] == "'s")
                    .then(|| {
                        phrases.iter().find(|p| p.end == ts - 1).cloned().or_else(|| {
                            // Back to its determiner (`the Iranian tanker's`).
                            let end = ts - 1;
                            let start = (clause..end)
                                .rev()
                                .take(5)
                                .take_while(|&j| {
                                    np_word(toks[j], &lower[j]) || NP_DETERMINERS.contains(&lower[j].as_str())
                                })
                                .find(|&j| NP_DETERMINERS.contains(&lower[j].as_str()))?;
                            Some(generic_phrase(&toks, start, end))
                        })
                    })
                    .flatten();
                if let Some(p) = &owner_freed {
                    src_group.retain(|q| q.start != p.start);
                    tgt_group = vec![p];
                }
                // A noun phrase inside a project's or agreement's name is a thing (`concluding the
                // Strategic Trade and Investment Partnership (STIP) agreement`).
                let things = &actors.things[si];
                let thing = |p: &&Phrase| {
                    matches!(p.r, Ref::Generic { .. }) && things.iter().any(|&(a, b)| p.start < b && a < p.end)
                };
                // A reaction to an act done to someone is to whoever did it (`condemned the
                // execution of three protesters by the Iranian authorities`).
                let act_doer = (matches!(trig.plover.as_str(), "ACCUSE" | "SUPPORT" | "REJECT" | "PROTEST")
                    && !passive)
                    .then(|| {
                        // (Or the act itself, done to someone: `condemned the storming of the
                        // Al-Aqsa mosque by Israeli settlers`.)
                        let first = tgt_group
                            .first()
                            .filter(|p| {
                                patient_of(lower, te, p.start)
                                    || (matches!(p.r, Ref::Generic { .. })
                                        && lower.get(p.end).is_some_and(|w| w == "of"))
                            })
                            .filter(|_| lower.get(te).is_some_and(|w| NP_DETERMINERS.contains(&w.as_str())))?;
                        let by = (te + 1..lower.len().min(te + 10))
                            .take_while(|&k| {
                                !quoted[k] && !matches!(lower[k].as_str(), "," | ";" | "that" | "which" | "who")
                            })
                            .find(|&k| lower[k] == "by")
                            .filter(|&k| first.start < k)?;
                        phrases
                            .iter()
                            .find(|q| {
                                (q.start == by + 1 || (q.start == by + 2 && lower[by + 1] == "the"))
                                    && !q.weak
                                    && !matches!(q.r, Ref::Generic { .. })
                            })
                            .cloned()
                            // (Or people named by what they are: `by security forces`.)
                            .or_else(|| agent_np_after(&toks, lower, by, &quoted, s.headline))
                    })
                    .flatten();
                if let Some(q) = &act_doer {
                    tgt_group = vec![q];
                }
                tgt_group.retain(|p| !thing(p));
                src_group.retain(|p| !thing(p));
                // Weapons shown or the sea they fall in are no one mobilised against (`test-fired
                // a cruise missile`, `fired two missiles into the sea`), nor is the air shot into
                // (`fired warning shots into the air`).
                if trig.plover == "MOBILIZE" {
                    tgt_group.retain(|p| {
                        let head = lower[p.end - 1].as_str();
                        let air = p.start > 0
                            && lower[p.start - 1] == "into"
                            && lower[p.start..p.end].iter().any(|w| w == "air" || w == "sky");
                        !(MUNITIONS.contains(&head)
                            || (p.end - p.start <= 2 && matches!(head, "sea" | "waters"))
                            || air)
                    });
                }
                // A target that is the verb's object or the partner after `with` (`Uganda and
                // Tanzania met Kenya`, `signed the treaty with Kenya`), not a topic or place.
                let partner_target = tgt_group.first().is_some_and(|p| {
                    // (A thing or a place is a topic: `discussed the market crisis`.)
                    if p.weak || matches!(p.r, Ref::Generic { .. }) {
                        return false;
                    }
                    // (Nor forces of no country, the parties' own: `agreed to withdraw troops`.)
                    if matches!(p.r, Ref::Common { country: None, .. }) && FORCES.contains(&lower[p.end - 1].as_str()) {
                        return false;
                    }
                    let k = before_words(lower, te, p.start, POSSESSIVE_DETERMINERS);
                    // (Not the subject of a clause that follows: `agreed the Fed will …`.)
                    // (Nor a modifier: `to discuss Japan trade relations`.)
                    let clause_subject = lower.get(p.end).is_some_and(|w| {
                        VERB_GROUP.contains(&w.as_str())
                            || matches!(
                                w.as_str(),
                                "trade"
                                    | "relations"
                                    | "ties"
                                    | "policy"
                                    | "deal"
                                    | "issue"
                                    | "issues"
                                    | "crisis"
                                    | "economy"
                                    | "market"
                                    | "debt"
                                    | "question"
                                    | "problem"
                                    | "dispute"
                            )
                    });
                    // `with` right after the verb or its short object (`signed the treaty with`),
                    // not after another act (`discussed jointly developing … to compete with`).
                    let with_partner = k > te
                        && k <= te + 4
                        && lower[k - 1] == "with"
                        && lower[te..k - 1]
                            .iter()
                            .all(|w| !w.ends_with("ing") && w != "to" && w != ",");
                    (k == te || with_partner) && !clause_subject
                });
                // A go-between named in another clause is no partner of several who act together
                // (`Saudi Arabia and Iran agreed to reopen their embassies …, in a deal brokered
                // by China`).
                if src_group.len() >= 2 {
                    tgt_group.retain(|p| {
                        !(p.start >= te + 2
                            && lower[p.start - 1] == "by"
                            && matches!(
                                lower[p.start - 2].as_str(),
                                "brokered" | "mediated" | "facilitated" | "arranged" | "sponsored" | "hosted"
                            )
                            && lower[te..p.start].iter().any(|w| w == ","))
                    });
                }
                let prelim: Vec<Actor> = tgt_group
                    .iter()
                    .flat_map(|p| resolve(p, None, last_person, &last_pair))
                    .collect();
                let src_first = src_group.first().copied();
                let mut sources: Vec<Actor> = src_group
                    .drain(..)
                    .flat_map(|p| resolve(p, prelim.first(), last_person, &last_pair))
                    .collect();
                // The speaker's own side doing what the speaker reports is the speaker's act, as
                // event coders code it (`Taliban leaders said the fighters will lay down their
                // arms`, `Iran's president said on Tuesday that Tehran was ready to resume talks`).
                let mut replaced: Option<Actor> = None;
                if let (Some(p), [own], false) = (src_first, sources.as_slice(), trig.speaker) {
                    let speaker = reporting_speaker(lower, phrases, &quoted, clause, p)
                        .map(|q| resolve(q, None, last_person, &last_pair))
                        .unwrap_or_default();
                    // (Only a state's side: not `the company`, nor what a bank chairman says of
                    // his country.)
                    let state = |sector: Option<&str>| matches!(sector, Some("GOV" | "MIL" | "LEG" | "REB"));
                    let bare_side = matches!(&p.r, Ref::Common { country: None, sector, .. } if state(Some(sector)))
                        && p.start > 0
                        && matches!(lower[p.start - 1].as_str(), "the" | "its" | "their");
                    if let [sa] = speaker.as_slice() {
                        // (A speaker the text names and places, speaking for a state.)
                        let speaks_for_state = (state(sa.sector.as_deref()) || sa.kind.as_deref() == Some("country"))
                            && sa
                                .resolved_by
                                .as_deref()
                                .is_none_or(|r| r == "surname" || r == "pronoun")
                            && !matches!(sa.name.to_lowercase().as_str(), "he" | "she" | "they" | "it" | "we");
                        let own_country = sa.country.is_some()
                            && own.country == sa.country
                            && (matches!(p.r, Ref::Country(_))
                                || matches!(&p.r, Ref::Group { sector, .. } if state(Some(sector))))
                            && sa.kind.as_deref() != Some("country");
                        if speaks_for_state && (bare_side || own_country) {
                            replaced = Some(own.clone());
                            sources = speaker;
                        }
                    }
                }
                if consulted && trig.plover == "CONSULT" && !journey {
                    sources.retain(|a| consult_sources.contains(&a.name));
                    if sources.is_empty() {
                        continue;
                    }
                }
                let mut targets: Vec<Actor> = tgt_group
                    .drain(..)
                    .flat_map(|p| {
                        let v = resolve(p, sources.first(), last_person, &last_pair);
                        // Parties the text has not named stay as it words them (`criticised both
                        // parties for failing to protect civilians`).
                        if v.is_empty() && matches!(p.r, Ref::Pair { .. }) {
                            resolve(&generic_phrase(&toks, p.start, p.end), None, last_person, &last_pair)
                        } else {
                            v
                        }
                    })
                    .collect();
                // (The side the speaker speaks for is no other party: `Gros said Brazil was likely
                // to meet again … once Brazil had …`.)
                if let Some(own) = &replaced {
                    targets.retain(|t| !same_actor(t, own));
                }
                if let Some((_, Some(country))) = &located {
                    for t in targets.iter_mut().filter(|t| t.country.is_none()) {
                        t.code = actors::code(Some(country), None);
                        t.country = Some(country.clone());
                    }
                }
                // Someone used as a human shield, not a product named Shield.
                if trig.cameo == "184"
                    && !(te..lower.len().min(te + lexicon::REQUIRES_WINDOW))
                        .any(|k| lower[k] == "human" && lower.get(k + 1).is_some_and(|w| w.starts_with("shield")))
                {
                    continue;
                }
                // Money invested is cooperation only with a party named (`invest $15 billion in
                // Pakistan`), not spent on plants or projects.
                if trig.cameo == "061"
                    && lower[ts].starts_with("invest")
                    && targets.iter().all(|t| t.kind.as_deref() == Some("generic"))
                {
                    continue;
                }
                // Recognition is of a state, a government or a claim to one (`recognized Kosovo`,
                // `recognize South Ossetia's independence`), or of a person as a leader
                // (`recognised Juan Guaido as interim president`); not of a merit (`recognizing
                // its strategic position`) or a face (`one in 10 recognised Charles Kennedy`).
                if trig.cameo == "054"
                    && lower[ts].starts_with("recogni")
                    && targets.iter().all(|t| {
                        t.kind.as_deref() == Some("generic")
                            || (t.kind.as_deref() == Some("person")
                                && !(te..lower.len().min(te + 8)).any(|k| lower[k] == "as"))
                    })
                    && !(te..lower.len().min(te + 6)).any(|k| {
                        matches!(
                            lower[k].as_str(),
                            "independence"
                                | "sovereignty"
                                | "statehood"
                                | "state"
                                | "government"
                                | "republic"
                                | "annexation"
                        )
                    })
                {
                    continue;
                }
                // A release frees someone (`freed 37 prisoners`, `released Peter Biar Ajak`), not a
                // report, an album or a date, and a return gives something back to someone: no
                // event without one. A `release` after a determiner is a noun (`a release to the
                // press`); a noun `return` has been dropped by `returned_thing` already.
                if trig.cameo == "0841" {
                    let nominal = ts > 0
                        && matches!(lower[ts].as_str(), "release" | "releases")
                        && NP_DETERMINERS.contains(&lower[ts - 1].as_str())
                        && lower.get(te).is_none_or(|w| w != "of");
                    let freed = |a: &Actor| {
                        a.kind.as_deref() != Some("generic") || {
                            let head = a.name.rsplit(' ').next().unwrap_or("").to_lowercase();
                            !RELEASED_THINGS.contains(&head.as_str())
                        }
                    };
                    let captives_named = lower[te..lower.len().min(te + 8)]
                        .iter()
                        .any(|w| CAPTIVES.contains(&w.as_str()));
                    if nominal || !(has_recipient || captives_named || targets.iter().any(freed)) {
                        continue;
                    }
                }
                // An invitation accepted is the inviter's (`Ruto invited Tokayev …, and the Kazakh
                // leader accepted the invitation`), when it names no one else.
                let accepted = trig.cameo == "036" && lower[ts..te].iter().any(|w| w.starts_with("accept"));
                if accepted && targets.iter().all(|t| t.kind.as_deref() == Some("generic")) {
                    let invite = |e: &&EventMention| {
                        e.cameo == "036"
                            && e.mirror_of.is_none()
                            && e.evidence.trigger.to_lowercase().starts_with("invit")
                            && e.target
                                .as_ref()
                                .is_some_and(|t| sources.iter().any(|a| same_actor(a, t)))
                    };
                    // (The invitation's first reading is its subject's; the host of the visit comes
                    // after.)
                    let inviter = out.iter().rev().find(invite).and_then(|last| {
                        out.iter()
                            .filter(invite)
                            .find(|e| e.evidence.trigger_start == last.evidence.trigger_start)
                    });
                    if let Some(e) = inviter {
                        targets = vec![e.source.clone()];
                    }
                }
                // Drills held by two parties together are military cooperation (`Jordan and
                // Britain held military drills`); held by one, a show of force (`China staged
                // military drills around Taiwan`).
                let joint_drill = drill && sources.len() >= 2;
                // People who clash with the police or troops riot (`supporters of the jailed
                // former prime minister clashed with police`): a violent protest, not an attack.
                let security = |a: &Actor| {
                    matches!(a.sector.as_deref(), Some("COP" | "MIL"))
                        || a.name.split_whitespace().any(|w| {
                            matches!(
                                w.to_lowercase().as_str(),
                                "police" | "policemen" | "troops" | "soldiers" | "forces" | "army" | "gendarmes"
                            )
                        })
                };
                let riot = trig.plover == "ASSAULT"
                    && lower[ts].starts_with("clash")
                    && !targets.is_empty()
                    && targets.iter().all(security)
                    && sources.iter().all(|a| {
                        !security(a)
                            && !matches!(a.sector.as_deref(), Some("GOV" | "REB" | "INS"))
                            && !matches!(a.kind.as_deref(), Some("country" | "person"))
                    });
                // A state that protests something complains of it through diplomacy (`Philippines
                // protests Chinese water cannon attack`), where people take to the streets.
                // (A verb right after its subject, or a protest made formally: not `went on strike
                // in protest against new laws`.)
                let official_protest = trig.plover == "PROTEST"
                    && (lower[ts] == "protested"
                        || (lower[ts] == "protests" && phrases.iter().any(|p| p.end == ts && !p.possessor))
                        || (lower[ts] == "protest"
                            && ts > 0
                            && matches!(lower[ts - 1].as_str(), "formal" | "diplomatic" | "official")))
                    && !targets.is_empty()
                    && !sources.is_empty()
                    && sources.iter().all(|a| {
                        a.kind.as_deref() == Some("country")
                            || (a.sector.as_deref() == Some("GOV") && a.kind.as_deref() != Some("generic"))
                    });
                let (kind, cameo, base_type) = if joint_drill {
                    ("COOPERATE".to_string(), "062".to_string(), "COOPERATE".to_string())
                } else if official_protest {
                    ("ACCUSE".to_string(), "111".to_string(), "ACCUSE".to_string())
                } else if riot && modality == Modality::Occurred {
                    ("PROTEST".to_string(), "145".to_string(), "PROTEST".to_string())
                } else {
                    (kind, cameo, base_type)
                };
                let mut pairs: Vec<(Actor, Option<Actor>)> = Vec::new();
                // Coordinated subjects of a joint action (`India and Pakistan agreed to a
                // cease-fire in Kashmir`, `Jordan and Britain will hold joint exercises`) act
                // with each other; what follows is the topic or place.
                // An intent to do something to another (`agreed to lift a ban on X`) is not joint.
                // (So are closer ties or cooperation promised without a partner named: `Britain
                // and France agreed to boost cooperation to stop migrants …`.)
                // (And ties strengthened by coordinated parties with no one else named are
                // between them: `Argentina and Israel strengthened ties with the opening of …`.)
                // (Done, not meant: `to discuss and strengthen relations`, `should enhance …`.)
                let finite = modality == Modality::Occurred && !(ts.saturating_sub(3)..ts).any(|k| lower[k] == "to");
                let only_things = finite && targets.iter().all(|t| t.kind.as_deref() == Some("generic"));
                let joint = (trig.symmetric
                    || joint_drill
                    || (trig.cameo == "050" && (kind == "AGREE" || only_things))
                    // (Mediators do not mediate between themselves: `Egypt and Qatar are
                    // mediating between Israel and Hamas`.)
                    || (matches!(trig.plover.as_str(), "AGREE" | "CONSULT" | "COOPERATE")
                        && (trig.cameo != "045" || targets.is_empty()))
                    // (An intent about a thing only, `agreed to ease tensions in the South China
                    // Sea`, is between the parties too.)
                    // (Or about their own forces: `Thailand and Cambodia agreed to withdraw troops
                    // from the disputed border area`.)
                    || (kind == "AGREE"
                        && targets
                            .iter()
                            .all(|t| t.kind.as_deref() == Some("generic") || (t.country.is_none() && security(t)))))
                    && !ceasefire_party
                    // (Travellers go somewhere together; they do not visit each other.)
                    && (!trig.travel || targets.is_empty());
                // What several do to what is theirs together is between them (`Eritrea and
                // Ethiopia reopened their border crossing points`).
                let shared_object = sources.len() >= 2
                    && targets.is_empty()
                    && lower.get(te).is_some_and(|w| w == "their")
                    && (te + 1..lower.len().min(te + 5)).any(|k| {
                        matches!(
                            lower[k].as_str(),
                            "border"
                                | "borders"
                                | "crossing"
                                | "crossings"
                                | "frontier"
                                | "embassies"
                                | "ties"
                                | "relations"
                        )
                    })
                    && matches!(trig.plover.as_str(), "CONCEDE" | "RETREAT" | "SANCTION" | "SUPPORT");
                // Several who break a truce or fire across its line break it against each other
                // (`Syria and Israel have fired across the ceasefire line`, `the MILF and the
                // Philippine government are guilty of violating the ceasefire agreement`).
                let broken_truce = sources.len() >= 2
                    && matches!(trig.plover.as_str(), "ASSAULT" | "COERCE")
                    && !targets.is_empty()
                    && targets.iter().all(|t| t.kind.as_deref() == Some("generic"))
                    && (te..lower.len().min(te + 4)).any(|k| {
                        matches!(
                            lower[k].as_str(),
                            "ceasefire" | "cease-fire" | "truce" | "armistice" | "agreement" | "agreements" | "accord"
                        )
                    });
                if broken_truce {
                    targets.clear();
                }
                // Concern voiced about a thing (`voiced concerns about the strength of the euro`)
                // disapproves of no one.
                // (Nor does concern that something may happen: `expressed concern that trade
                // protectionism … might spread`.)
                if trig.cameo == "110"
                    && (targets.iter().all(|t| {
                        // (A name in it is someone's: `the arrest of opposition figure Kizza
                        // Besigye`.)
                        t.kind.as_deref() == Some("generic")
                            && !t.text.split(' ').skip(1).any(|w| w.starts_with(char::is_uppercase))
                    }) || !lower
                        .get(te)
                        .is_some_and(|w| matches!(w.as_str(), "over" | "about" | "at")))
                {
                    continue;
                }
                let joint = joint || shared_object || broken_truce;
                // What several do to each other is done by each to the others (`Armenia and
                // Azerbaijan accused each other of shelling …`), whatever else is named.
                let reciprocal = (te..lower.len().min(te + 2)).any(|k| {
                    (k == te || matches!(lower[te].as_str(), "with" | "of" | "against" | "to" | "on" | "at"))
                        && matches!(
                            (lower[k].as_str(), lower.get(k + 1).map_or("", String::as_str)),
                            ("each", "other") | ("one", "another")
                        )
                });
                let joint = joint || (reciprocal && !trig.travel);
                // (A passive's patient is a party, `Ruto was met by Xi and Wang`, and so is the
                // partner of a joint act.)
                if joint
                    && sources.len() >= 2
                    && (targets.is_empty()
                        || !(passive || partner_target)
                        || (trig.cameo == "050" && only_things)
                        || reciprocal)
                {
                    for a in 0..sources.len() {
                        for b in 0..sources.len() {
                            if a != b && (a < b || !trig.symmetric) && !same_actor(&sources[a], &sources[b]) {
                                pairs.push((sources[a].clone(), Some(sources[b].clone())));
                            }
                        }
                    }
                } else if targets.is_empty() {
                    // (Envoys or peacekeepers withdrawn are an event, wherever from.)
                    // (So is a protest threatened: `threatened to go on strike`.)
                    if matches!(trig.plover.as_str(), "PROTEST" | "MOBILIZE" | "CONCEDE" | "RETREAT")
                        || trig.cameo == "166"
                        || cameo == "133"
                        // (A state of emergency or a curfew declared is on the country's people:
                        // `extended the state of emergency for another six months`.)
                        || (cameo.starts_with("172")
                            && lower[ts..lower.len().min(te + 6)]
                                .iter()
                                .any(|w| matches!(w.as_str(), "emergency" | "curfew" | "martial" | "lockdown")))
                        || (trig.plover == "THREATEN"
                            && triggers.get(k + 1).is_some_and(|&(s2, _, t2)| {
                                t2.plover == "PROTEST" && s2 <= te + 3
                            }))
                    {
                        pairs.extend(sources.iter().map(|a| (a.clone(), None)));
                    }
                } else {
                    for a in &sources {
                        for b in &targets {
                            // Travel at home is no visit (`Kenyan President Ruto flew to Mombasa`).
                            // (A country the text gives, not one guessed from the countries named.)
                            let home =
                                trig.travel && a.resolved_by.is_none() && a.country.is_some() && a.country == b.country;
                            // Nor is a joint intent with one's own country (`both leaders …
                            // committed to strengthening ties between Kazakhstan and Kenya` is not
                            // Tokayev with Kazakhstan).
                            let own_country = kind == "AGREE"
                                && sources.len() >= 2
                                && a.kind.as_deref() == Some("person")
                                && b.kind.as_deref() == Some("country")
                                && a.country.is_some()
                                && a.country == b.country;
                            // A country and its own capital are no two sides of a deal
                            // (`Kazakhstan will supply wheat under an agreement signed in Astana`).
                            let capital = trig.symmetric && (own_capital(a, b) || own_capital(b, a));
                            let home = home || own_country || capital;
                            if (!same_actor(a, b) || distinct_groups(a, b)) && !home {
                                pairs.push((a.clone(), Some(b.clone())));
                            }
                        }
                    }
                }
                // Another trigger of the same reading in this sentence adds nothing. (Talks held on
                // a journey are a fact of their own: `travelled to Cairo for talks with Egyptian
                // officials`.)
                pairs.retain(|(a, b)| {
                    !out[sentence_first_event..].iter().any(|e| {
                        e.base_type.as_deref().unwrap_or(&e.kind) == base_type
                            && (trig.travel || !matches!(e.cameo.as_str(), "042" | "043"))
                            && same_actor(&e.source, a)
                            && e.target.as_ref().map(|t| (&t.name, &t.country))
                                == b.as_ref().map(|t| (&t.name, &t.country))
                    })
                });
                // A joint act one party promises is its intent alone (`China is willing to work
                // with Kenya`, `pledged to meet Kenya`): no mirror.
                let one_sided = promised[k] && kind == "AGREE" && sources.len() < 2;
                for (src, tgt) in pairs {
                    let index = out.len();
                    let event = EventMention {
                        doc_id: doc.id.clone(),
                        index,
                        kind: kind.clone(),
                        mode: trig.mode.clone().filter(|_| kind == trig.plover),
                        cameo: if trig.host && kind == "CONSULT" {
                            "043".into()
                        } else {
                            cameo.clone()
                        },
                        goldstein: lexicon::goldstein(&cameo),
                        base_type: (kind != base_type).then(|| base_type.clone()),
                        base_cameo: (kind != base_type).then(|| trig.cameo.clone()),
                        source: src.clone(),
                        target: tgt.clone(),
                        modality,
                        date: date.clone(),
                        place: place.clone(),
                        sectors: sectors.clone(),
                        projects: Vec::new(),
                        mirror_of: None,
                        evidence: evidence.clone(),
                    };
                    let mirror = tgt.as_ref().and_then(|t| {
                        let cameo = match (event.cameo.as_str(), trig.symmetric) {
                            ("042", _) => "043",
                            ("043", _) => "042",
                            (c, true) if !ceasefire_party && !one_sided => c,
                            _ => return None,
                        };
                        Some(EventMention {
                            index: index + 1,
                            cameo: cameo.to_string(),
                            goldstein: lexicon::goldstein(cameo),
                            source: t.clone(),
                            target: Some(src.clone()),
                            mirror_of: Some(index),
                            ..event.clone()
                        })
                    });
                    let generic = |a: &Actor| a.kind.as_deref() == Some("generic");
                    if let Some(t) = tgt.as_ref().filter(|t| !generic(t) && !generic(&src)) {
                        last_pair = Some((src.clone(), t.clone()));
                        // (People, with a role or not: `hosted his Ugandan counterpart Yoweri
                        // Museveni` … `the two presidents`.)
                        let person = |a: &Actor| a.role.is_some() || a.kind.as_deref() == Some("person");
                        if person(&src) && person(t) {
                            last_people = Some((src.clone(), t.clone()));
                        }
                    }
                    if base_type == "CONSULT" {
                        consulted = true;
                        consult_sources.push(event.source.name.clone());
                    }
                    out.push(event);
                    out.extend(mirror);
                }
            }
            update_last_person(phrases, &mut last_person);
        }
        drop_headline_repeats(doc, one_guess_per_person(out, actors))
    }
}

/// How a person's country is guessed from the other party of a bilateral article.
const OTHER_COUNTRY_GUESS: &str = "document's other country";

/// A government person the text gives no country is guessed to be of the other country of a
/// bilateral article than the party they deal with (`Ruto held talks with Japanese Prime
/// Minister …` in a Kenya–Japan article), and keeps that country in their other events of the
/// article (`Ruto will later fly to Seoul`), when the guesses agree.
fn one_guess_per_person(mut events: Vec<EventMention>, actors: &DocActors) -> Vec<EventMention> {
    let person = |a: &Actor| a.kind.as_deref() == Some("person");
    let mut guesses: HashMap<String, Option<String>> = HashMap::new();
    // How many events guessed each person's country, and the countries they dealt with.
    let mut support: HashMap<String, usize> = HashMap::new();
    let mut partners: HashMap<String, Vec<String>> = HashMap::new();
    for e in &events {
        let Some(t) = e.target.as_ref() else { continue };
        for (a, other) in [(&e.source, t), (t, &e.source)] {
            if let Some(oc) = other.country.as_ref().filter(|_| person(a)) {
                partners.entry(a.name.clone()).or_default().push(oc.clone());
            }
            let guess = match (&a.country, a.resolved_by.as_deref()) {
                (Some(c), Some(OTHER_COUNTRY_GUESS)) => Some(c.clone()),
                // (Not from a thing of some nationality: `Japanese exports` is no party.)
                (None, _) if a.sector.as_deref() == Some("GOV") && other.kind.as_deref() != Some("generic") => {
                    other.country.as_deref().and_then(|oc| actors.other_country(oc))
                }
                _ => None,
            };
            let Some(c) = guess.filter(|_| person(a)) else { continue };
            *support.entry(a.name.clone()).or_default() += 1;
            guesses
                .entry(a.name.clone())
                .and_modify(|g| {
                    if g.as_ref() != Some(&c) {
                        *g = None;
                    }
                })
                .or_insert_with(|| Some(c.clone()));
        }
    }
    for e in &mut events {
        for a in std::iter::once(&mut e.source).chain(e.target.as_mut()) {
            if !person(a) || a.country.is_some() {
                continue;
            }
            // (Guessed at least twice alike, and never dealing with their own country.)
            let sure = |c: &String| {
                support.get(&a.name).is_some_and(|n| *n >= 2) && !partners.get(&a.name).is_some_and(|v| v.contains(c))
            };
            if let Some(Some(c)) = guesses.get(&a.name).filter(|g| g.as_ref().is_some_and(sure)) {
                a.code = actors::code(Some(c), a.sector.as_deref());
                a.country = Some(c.clone());
                a.resolved_by = Some(OTHER_COUNTRY_GUESS.to_string());
            }
        }
    }
    events
}

/// Whether token `k` opens a relative clause after a comma (`, which expired …`, `, who invited
/// him …`).
fn relative_opener(lower: &[String], k: usize) -> bool {
    k > 0 && lower[k - 1] == "," && matches!(lower[k].as_str(), "which" | "who" | "whom" | "whose")
}

/// The date of an event at token `ts`: the date expression nearest to it, or the date of the
/// event just described for `on the same day`.
fn event_date(
    found: &[dates::Found],
    ts: usize,
    basis: &str,
    previous: &[EventMention],
    lower: &[String],
    modality: Modality,
    reference: Option<jiff::civil::Date>,
) -> EventDate {
    // "on the same day": the date of the event just described.
    if let Some(p) = lower.windows(3).position(|w| w == ["the", "same", "day"]) {
        // (The last one whose date is known: a statement in between carries none.)
        if let Some(prev) = previous
            .iter()
            .rev()
            .find(|e| e.date.value.is_some())
            .or(previous.last())
        {
            return EventDate {
                basis: "previous-event".into(),
                text: Some(lower[p..p + 3].join(" ")),
                ..prev.date.clone()
            };
        }
    }
    // A date inside a relative clause the act is not in belongs to that clause (`asked the US
    // to renew AGOA, which expired on September 30`; `Trump, who invited him … next year`).
    let clauses: Vec<(usize, usize)> = (1..lower.len())
        .filter(|&k| relative_opener(lower, k))
        .map(|k| {
            let end = (k..lower.len())
                .find(|&j| matches!(lower[j].as_str(), "," | ";"))
                .unwrap_or(lower.len());
            (k, end)
        })
        .collect();
    let aside = |at: usize| clauses.iter().any(|&(a, b)| a <= at && at < b && !(a <= ts && ts < b));
    let nearest = found
        .iter()
        .filter(|f| !aside(f.start))
        .min_by_key(|f| (f.start as isize - ts as isize).unsigned_abs());
    match nearest {
        Some(f) => EventDate {
            // A weekday resolves to the latest such day up to the reference, as news reports
            // the past; an event still to come (`will meet on Thursday`, `is scheduled to
            // address … on Thursday`) is on the next one. (A promise or agreement made `on
            // Monday` was made then: `agreed on Monday to expand cooperation`.)
            value: match (f.day, modality) {
                (Some(d), Modality::Planned) if f.weekday => match d.checked_add(jiff::Span::new().days(7)) {
                    Ok(next) if reference.is_some_and(|r| d < r) => Some(next.to_string()),
                    _ => f.value.clone(),
                },
                _ => f.value.clone(),
            },
            // An expression that could not be resolved (`today` without a publication
            // date) leaves the date unknown, precision included; `text` keeps the words.
            precision: f.value.as_ref().map(|_| f.precision.to_string()),
            basis: match (&f.value, f.relative) {
                (None, _) => "unknown".into(),
                (Some(_), false) => "explicit".into(),
                (Some(_), true) => basis.to_string(),
            },
            text: Some(lower[f.start..f.end].join(" ")),
        },
        None => EventDate {
            value: None,
            precision: None,
            basis: "unknown".into(),
            text: None,
        },
    }
}

/// How a sector reads after a country name (`Kenya government`, `China military`).
/// A headline event the body reports again (same reading, same participants) is the body's
/// event: the headline adds no mention of its own. Indices and mirrors are renumbered.
fn drop_headline_repeats(doc: &Document, events: Vec<EventMention>) -> Vec<EventMention> {
    let headline = |e: &EventMention| doc.sentences.get(e.evidence.sentence).is_some_and(|s| s.headline);
    let reading = |e: &EventMention| {
        let mut who = [
            e.source.name.to_lowercase(),
            e.target.as_ref().map(|t| t.name.to_lowercase()).unwrap_or_default(),
        ];
        if e.mirror_of.is_some() {
            who.swap(0, 1);
        }
        (e.base_type.clone().unwrap_or_else(|| e.kind.clone()), who)
    };
    let body: Vec<_> = events.iter().filter(|e| !headline(e)).map(reading).collect();
    let keep: Vec<bool> = events
        .iter()
        .map(|e| !headline(e) || !body.contains(&reading(e)))
        .collect();
    let mut new_index = vec![usize::MAX; events.len()];
    let mut out = Vec::with_capacity(events.len());
    for (i, mut e) in events.into_iter().enumerate() {
        if !keep[i] {
            continue;
        }
        new_index[i] = out.len();
        e.index = out.len();
        e.mirror_of = e.mirror_of.map(|m| new_index.get(m).copied().unwrap_or(usize::MAX));
        if e.mirror_of == Some(usize::MAX) {
            e.mirror_of = None;
        }
        out.push(e);
    }
    out
}

fn sector_noun(sector: &str) -> &str {
    match sector {
        "GOV" => "government",
        "MIL" => "military",
        "COP" => "police",
        "BUS" => "business",
        "CVL" => "civilians",
        "LEG" => "legislature",
        "JUD" => "judiciary",
        "OPP" => "opposition",
        "REB" => "rebels",
        "MED" => "media",
        "EDU" => "education",
        "LAB" => "labour",
        "REF" => "refugees",
        "AGR" => "agriculture",
        "PTY" => "party",
        other => other,
    }
}

/// The last person mentioned as a subject is what "he" refers to next.
fn update_last_person(phrases: &[Phrase], last_person: &mut Option<usize>) {
    if let Some(Ref::Person(k)) = phrases
        .iter()
        .find(|p| matches!(p.r, Ref::Person(_)) && !p.after_preposition)
        .map(|p| &p.r)
    {
        *last_person = Some(*k);
    } else if let Some(Ref::Person(k)) = phrases.iter().find(|p| matches!(p.r, Ref::Person(_))).map(|p| &p.r) {
        *last_person = Some(*k);
    }
}

/// The words between a threat and the act it names open the threatener's own clause
/// (`warned that it would cut aid`, `warned they could withdraw`): a subject pronoun and a modal.
fn own_clause(words: &[String]) -> bool {
    let words = match words.first() {
        Some(w) if w == "that" => &words[1..],
        _ => words,
    };
    matches!(words, [p, m, ..] if SUBJECT_PRONOUNS.contains(&p.as_str()) && CLAUSE_MODALS.contains(&m.as_str()))
        && words[2..].iter().all(|w| w == "not")
}

/// Pronouns that can be a clause's subject.
const SUBJECT_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "i"];

/// Modals that open a clause's verb group (`it would cut`, `they could withdraw`).
const CLAUSE_MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "shall", "should", "must",
];

fn same_actor(a: &Actor, b: &Actor) -> bool {
    a.name == b.name && a.country == b.country
}

/// Whether the words from `k` name an official or a government (`Prime Minister Hichem Mechichi`,
/// `the army chief`, `the government`): someone who can be dismissed from office.
fn dismissed_official(lower: &[String], phrases: &[Phrase], k: usize) -> bool {
    let k = if lower
        .get(k)
        .is_some_and(|w| POSSESSIVE_DETERMINERS.contains(&w.as_str()))
    {
        k + 1
    } else {
        k
    };
    // (Not what they said or did: `dismissed Gordon Brown's Budget`.)
    let owned = |j: usize| lower.get(j).is_some_and(|w| w == "'s" || w == "'");
    // Past a one-word owner the official may follow (`dismissed the country's prime minister`).
    let k = if owned(k + 1) { k + 2 } else { k };
    phrases
        .iter()
        .any(|p| p.start == k && matches!(p.r, Ref::Person(_) | Ref::Role { .. }) && !owned(p.end))
        || (k..lower.len().min(k + 3))
            .find(|&j| !title_modifier(&lower[j]))
            .is_some_and(|j| {
                matches!(
                    lower[j].as_str(),
                    "government"
                        | "cabinet"
                        | "minister"
                        | "ministers"
                        | "chief"
                        | "governor"
                        | "commander"
                        | "officials"
                        // (`dismissed the heads of public television and radio`.)
                        | "head"
                        | "heads"
                        | "chiefs"
                        | "commanders"
                        | "director"
                        | "directors"
                        | "governors"
                        | "judges"
                        | "prosecutor"
                ) && !owned(j + 1)
            })
}

/// A word that may stand before an official's title (`army chief`, `prime minister`).
fn title_modifier(w: &str) -> bool {
    matches!(
        w,
        "army"
            | "military"
            | "prime"
            | "defence"
            | "defense"
            | "interior"
            | "foreign"
            | "finance"
            | "police"
            | "deputy"
    )
}

/// Forces sent from `te` to a country to help it against someone (`sent 2,500 troops to Mali to
/// halt an advance by Islamist militants`): protection given, not a show of force.
fn sent_to_help(lower: &[String], phrases: &[Phrase], te: usize) -> bool {
    let Some(to) = (te..lower.len().min(te + 6)).find(|&k| lower[k] == "to") else {
        return false;
    };
    // (Or to help someone straight away: `sent 20 military advisers to help train the Kenyan
    // troops`.)
    // (Not to help with something at home: `mobilised 2,000 troops to help with flood relief`.)
    if lower
        .get(to + 1)
        .is_some_and(|w| matches!(w.as_str(), "help" | "train" | "assist"))
        && phrases
            .iter()
            .any(|p| p.start >= to + 2 && p.start <= to + 5 && !p.weak)
        && !lower.get(to + 2).is_some_and(|w| matches!(w.as_str(), "with" | "in"))
    {
        return true;
    }
    let Some(country) = phrases.iter().find(|p| {
        (p.start == to + 1 || (p.start == to + 2 && lower[to + 1] == "the")) && matches!(p.r, Ref::Country(_))
    }) else {
        return false;
    };
    (country.end..lower.len().min(country.end + 3)).any(|k| {
        lower[k] == "to"
            && lower.get(k + 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "help"
                        | "fight"
                        | "halt"
                        | "stop"
                        | "protect"
                        | "support"
                        | "assist"
                        | "defend"
                        | "repel"
                        | "combat"
                        | "counter"
                        | "battle"
                        // (Or to bolster its defences: `sent 120 troops to Estonia to bolster
                        // NATO's presence`.)
                        | "bolster"
                        | "strengthen"
                        | "reinforce"
                        | "secure"
                        | "guard"
                        | "train"
                )
            })
    })
}

/// What follows a withdrawal at `k` is a treaty, pact, coalition or bloc left (`from the Paris
/// climate agreement`, `out of the New START treaty`, `from the regional bloc ECOWAS`), not a
/// place (`from Gaza under the ceasefire deal`). `left` is what the trigger table says may be
/// left: the last words of the WITHDRAW FROM &TREATY row's pattern.
fn left_treaty(lower: &[String], k: usize, left: &[String]) -> bool {
    let k = if lower.get(k).is_some_and(|w| w == "out") {
        k + 1
    } else {
        k
    };
    lower.get(k).is_some_and(|w| matches!(w.as_str(), "from" | "of"))
        && lower[k + 1..lower.len().min(k + 8)]
            .iter()
            .take_while(|w| {
                !matches!(
                    w.as_str(),
                    "," | "under" | "after" | "in" | "to" | "and" | "as" | "because" | "over" | "amid" | "following"
                )
            })
            .any(|w| left.contains(w))
}

/// `b` is the country `a`'s government named by its capital alone (`Kazakhstan` and `Astana`).
fn own_capital(a: &Actor, b: &Actor) -> bool {
    a.kind.as_deref() == Some("country")
        && a.country.is_some()
        && a.country == b.country
        && b.name.strip_prefix(a.name.as_str()) == Some(" government")
        && b.text.split(' ').all(|w| w.starts_with(char::is_uppercase))
}

/// Weapons that kill or strike (not a blast, which may be an accident).
const WEAPON_HEADS: &[&str] = &[
    "bomb",
    "bombs",
    "bombing",
    "bombings",
    "airstrike",
    "airstrikes",
    "strike",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "drone",
    "drones",
    "shell",
    "shells",
    "shelling",
    "landmine",
    "mine",
    "grenade",
    "grenades",
    "explosives",
];

/// Whether the word before a phrase makes it the one told something (`told Reuters`).
fn addressee(before: &str) -> bool {
    matches!(before, "told" | "tells" | "telling")
}

/// Texts voted on or judged.
/// Texts that would do things (`the bill would impose quotas`): not actors.
const LEGAL_TEXTS: &[&str] = &[
    "bill",
    "bills",
    "legislation",
    "law",
    "laws",
    "measure",
    "measures",
    "proposal",
    "draft",
    "resolution",
    "motion",
    "amendment",
    "decree",
];

const TEXTS: &[&str] = &[
    "calls",
    "demands",
    "appeals",
    "resolution",
    "resolutions",
    "proposal",
    "proposals",
    "bill",
    "motion",
    "draft",
    "report",
    "statement",
    "amendment",
];

/// Acts named as nouns whose possessor is the one they were done to (`Scholl's arrest`, `the
/// journalist's release`), not their doer.
const SUFFERED_ACTS: &[&str] = &[
    "arrest",
    "arrests",
    "detention",
    "release",
    "killing",
    "killings",
    "murder",
    "assassination",
    "execution",
    "expulsion",
    "extradition",
    "deportation",
    "kidnapping",
    "abduction",
    "ouster",
    "removal",
    "dismissal",
    "imprisonment",
    "jailing",
    "sentencing",
    "conviction",
    "capture",
    "overthrow",
    "impeachment",
    "torture",
    "trial",
    "prosecution",
    "indictment",
];

/// What someone reported or alleged, denied or rejected with what it says (`denied reports
/// that …`).
const CLAIMS: &[&str] = &[
    "reports",
    "report",
    "claims",
    "claim",
    "allegations",
    "allegation",
    "accusations",
    "accusation",
    "rumours",
    "rumors",
    "suggestions",
    "charges",
];

/// Agreements made with a party (`the grain deal with Ukraine`).
const DEALS: &[&str] = &[
    "deal",
    "deals",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "pact",
    "treaty",
    "truce",
    "ceasefire",
    "arrangement",
];

/// Two bodies of one country and sector named by different words (`the Malian junta handed over
/// the base to Malian troops`): two parties, though their actor is the same.
/// (Each named by its body's noun, not by a place: `Copenhagen`, `the Saudi Cairo Bank`.)
fn distinct_groups(a: &Actor, b: &Actor) -> bool {
    let group = |x: &Actor| {
        x.kind.as_deref() == Some("group")
            && x.resolved_by.is_none()
            && x.text
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
    };
    group(a) && group(b) && (a.end <= b.start || b.end <= a.start) && !a.text.eq_ignore_ascii_case(&b.text)
}

/// Whether the object starting at `k` is a text one signs alone (`a decree`, `the bill`, `an
/// executive order`, `legislation`).
fn decreed(toks: &[&str], lower: &[String], k: usize) -> bool {
    let mut j = k;
    while j < lower.len()
        && j < k + 3
        && (NP_DETERMINERS.contains(&lower[j].as_str())
            || (toks[j].starts_with(char::is_lowercase)
                && np_modifier(&lower[j])
                && !DECREES.contains(&lower[j].as_str())))
    {
        j += 1;
    }
    // (One signed `with` someone is an agreement: `signed a consent decree with the Justice
    // Department`.)
    lower.get(j).is_some_and(|w| DECREES.contains(&w.as_str()))
        && !lower[j + 1..lower.len().min(j + 4)].iter().any(|w| w == "with")
}

/// Texts signed by one party alone.
const DECREES: &[&str] = &[
    "decree",
    "decrees",
    "law",
    "laws",
    "bill",
    "bills",
    "executive",
    "legislation",
    "ordinance",
    "proclamation",
];

/// A plea in court (`pleaded guilty`, `pleading not guilty`): no request; nor is `without
/// warning` a warning.
fn plea(lower: &[String], i: usize) -> bool {
    (lower[i].starts_with("plead")
        && lower
            .get(i + 1)
            .is_some_and(|w| matches!(w.as_str(), "guilty" | "not" | "innocent" | "no")))
        || (lower[i] == "warning" && i > 0 && lower[i - 1] == "without")
        // (A supporting part in a film or a file is no backing: `best supporting actor`.)
        || (lower[i] == "supporting"
            && lower.get(i + 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "actor" | "actress" | "role" | "roles" | "cast" | "part" | "parts" | "documents" | "evidence"
                )
            }))
}

/// A participle used as an adjective (`an internationally recognized boundary`, `the most
/// recognized symbol`, `the signed agreement`): no event.
fn adjectival(lower: &[String], i: usize) -> bool {
    const DET: &[&str] = &[
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "most",
    ];
    // (Irregular participles too: `frozen Russian assets`, `stolen cars`.)
    if !(lower[i].ends_with("ed") || (lower[i].len() > 5 && lower[i].ends_with("en"))) || i == 0 {
        return false;
    }
    let prev = lower[i - 1].as_str();
    // `that` before a verb with its object opens a relative clause (`a bombing that killed 59
    // people`), not a participle's noun phrase (`that armed group`).
    if prev == "that"
        && lower.get(i + 1).is_some_and(|w| {
            NP_DETERMINERS.contains(&w.as_str()) || quantity(w) || matches!(w.as_str(), "him" | "her" | "them")
        })
    {
        return false;
    }
    // (`hundreds of looted artefacts`, `handed back looted bronzes`.)
    // (And after a verb of using: `to use frozen Russian assets to fund …`.)
    let before_noun = matches!(
        prev,
        "of" | "with" | "back" | "use" | "using" | "uses" | "tap" | "tapping"
    );
    DET.contains(&prev)
        || before_noun
        || matches!(
            prev,
            "internationally" | "nationally" | "widely" | "universally" | "globally"
        )
        || (i >= 2 && (prev.ends_with("ly") || prev == "well") && DET.contains(&lower[i - 2].as_str()))
}

/// Words that make a count rough (`about 180 missiles`, `some 800 people`).
const ROUGHLY: &[&str] = &["about", "around", "some", "nearly", "almost", "roughly", "over"];

/// Irregular past participles of event verbs (`was shot`, `were held`).
const PARTICIPLES: &[&str] = &[
    "held", "taken", "shot", "hit", "beaten", "thrown", "caught", "given", "sent", "kept", "brought", "sought",
    "struck", "seen", "told", "put", "overrun", "stabbed",
];

/// Head nouns of armed forces and police.
const FORCES: &[&str] = &[
    "army",
    "armies",
    "troops",
    "soldiers",
    "forces",
    "force",
    "police",
    "policemen",
    "units",
    "unit",
    "brigade",
    "brigades",
    "battalion",
    "battalions",
    "marines",
    "men",
    "reservists",
    "guards",
    "military",
    "navy",
    "warships",
    "personnel",
    "contingent",
    "peacekeepers",
];

/// Prepositions (and the comma) one of which governs a party named after a trigger: the last
/// of them before it says how it takes part (`of` joins a noun phrase: `to a subsidiary of X`).
const PREPOSITIONS_OF_PARTY: &[&str] = &[
    "to", "from", "into", "in", "for", "with", "on", "after", "at", "by", "over", "against", "during", "before",
    "since", ",",
];

/// The last of [`PREPOSITIONS_OF_PARTY`] in `range`: the one that governs what follows it.
fn governing_preposition(lower: &[String], range: std::ops::Range<usize>) -> Option<usize> {
    range
        .rev()
        .find(|&k| PREPOSITIONS_OF_PARTY.contains(&lower[k].as_str()))
}

/// Words a located target never reaches across: a list, a relative clause, an agent (`the raid
/// by herders who attacked a village near Marsabit`).
const CLAUSE_BREAKS: &[&str] = &[",", "and", "who", "which", "that", "by"];

/// Irregular past tenses of verbs that start events (`met`, `held`, `sent`).
const IRREGULAR_PAST: &[&str] = &[
    "met",
    "held",
    "told",
    "gave",
    "took",
    "sent",
    "made",
    "won",
    "struck",
    "brought",
    "sought",
    "began",
    "led",
    "left",
    "paid",
    "hit",
    "shot",
    "put",
    "set",
    "cut",
    "spoke",
    "threw",
    "drove",
    "fought",
    "broke",
    "froze",
    "flew",
    "went",
    "came",
    "fled",
    "sold",
    "bought",
    "kept",
    "lost",
    "wrote",
    "withdrew",
    "overthrew",
    "swore",
];

/// Whether a word is a verb's past form: a regular one in -ed (longer than `need`, `used`) or
/// one of [`IRREGULAR_PAST`].
fn past_tense(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed")) || IRREGULAR_PAST.contains(&w)
}

/// Things released that are no people (`released a statement`, `the release date`).
const RELEASED_THINGS: &[&str] = &[
    "statement",
    "statements",
    "report",
    "reports",
    "figures",
    "data",
    "album",
    "single",
    "film",
    "movie",
    "book",
    "results",
    "details",
    "version",
    "list",
    "document",
    "documents",
    "information",
    "update",
    "records",
    "video",
    "footage",
    "photos",
    "images",
    "study",
    "survey",
    "findings",
    "plan",
    "proposal",
    "funds",
    "money",
    "shares",
    "stock",
    "earnings",
    "profit",
    "profits",
    "date",
    "names",
    "text",
    "letter",
    "transcript",
    "guidelines",
    "forecast",
    "estimates",
    "numbers",
    "statistics",
    "game",
    "product",
    "products",
    "software",
    "song",
    "record",
    "emissions",
    "gas",
    "water",
    "oil",
    "energy",
    "bail",
    "side",
    "form",
    "growth",
    "returns",
    "figure",
    "forecasts",
    "estimate",
    "videos",
    "photographs",
    "pictures",
    "transcripts",
    "excerpts",
    "extracts",
    "copy",
    "copies",
    "letters",
    "films",
    "albums",
    "songs",
    "accounts",
    "evidence",
    "memo",
    "communique",
    "prospectus",
    "compiler",
    "recording",
    "recordings",
    "tape",
    "tapes",
    "map",
    "maps",
    "analysis",
    "paper",
    "draft",
    "guidance",
    "poll",
    "declaration",
    "documentary",
    "trailer",
    "tonnes",
    "tons",
    "barrels",
    "wheat",
    "grain",
    "cereals",
    "stocks",
    "reserves",
    "tranche",
    "loans",
    "loan",
    "budget",
    "news",
    "games",
    "audio",
    "emails",
    "files",
];

/// Head nouns of one or a few people acted upon (`deported a 95-year-old man`).
const PERSON_HEADS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "boys",
    "girl",
    "girls",
    "children",
    "schoolchildren",
    "schoolgirls",
    "schoolboys",
    "pupils",
    "passengers",
    "worshippers",
    "family",
    "families",
    "seekers",
    "suspect",
    "suspects",
    "members",
    "opponents",
    "critics",
    "dissidents",
    "foreigners",
    "immigrants",
    // (One named by what they are: `sentenced a dual US-Russian citizen to 12 years`.)
    "citizen",
    "national",
    "activist",
    "dissident",
    "critic",
    "opponent",
    "tourist",
    "businessman",
    "businesswoman",
    "blogger",
    "researcher",
];

/// Whether a head noun names people: held, in numbers, or one or a few.
fn people_head(w: &str) -> bool {
    CAPTIVES.contains(&w) || MASS_HEADS.contains(&w) || PERSON_HEADS.contains(&w)
}

/// People held by another party.
const CAPTIVES: &[&str] = &[
    "prisoners",
    "prisoner",
    "hostages",
    "hostage",
    "detainees",
    "detainee",
    "captives",
    "inmates",
    "activists",
    "journalists",
    "journalist",
    "citizens",
    "nationals",
    "people",
    "crew",
    "sailors",
    "fishermen",
];

/// Restrictions one party puts on another.
const RESTRICTIONS: &[&str] = &[
    "curfew",
    "lockdown",
    "siege",
    "emergency",
    "law",
    "ban",
    "bans",
    "sanctions",
    "restrictions",
    "embargo",
    "embargoes",
    "tariffs",
    "tariff",
    "quotas",
    "quota",
    "cap",
    "caps",
    "duties",
    "curbs",
    "limits",
    "moratorium",
    "blockade",
    "freeze",
    "internet",
    "blackout",
];

/// Marks tokens inside quotation marks.
///
/// A quotation mark left unmatched in its sentence closes a quotation begun earlier when
/// punctuation comes before it (`We will win," he said`), opens one that goes on when it starts
/// the sentence or follows a colon or comma, and is otherwise no quotation mark (`(AP) " President
/// Trump …`, a mangled dash).
fn quote_mask(toks: &[&str]) -> Vec<bool> {
    let marks: Vec<usize> = (0..toks.len()).filter(|&k| toks[k] == "\"").collect();
    let mut out = vec![false; toks.len()];
    let mut paired: &[usize] = &marks;
    if marks.len() % 2 == 1 {
        let first = marks[0];
        if first > 0 && matches!(toks[first - 1], "," | "." | "?" | "!") {
            out[..=first].iter_mut().for_each(|q| *q = true);
            paired = &marks[1..];
        } else {
            let last = marks[marks.len() - 1];
            paired = &marks[..marks.len() - 1];
            if last == 0 || matches!(toks[last - 1], ":" | ",") {
                out[last..].iter_mut().for_each(|q| *q = true);
            }
        }
    }
    for pair in paired.chunks_exact(2) {
        out[pair[0]..=pair[1]].iter_mut().for_each(|q| *q = true);
    }
    out
}

/// Words that never belong to a noun phrase taken as a fallback actor.
const NP_STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "it",
    "they",
    "we",
    "i",
    "you",
    "he",
    "she",
    "them",
    "us",
    "him",
    "who",
    "whom",
    "whose",
    "which",
    "what",
    "where",
    "when",
    "why",
    "how",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "if",
    "as",
    "than",
    "then",
    "there",
    "here",
    "also",
    "not",
    "no",
    "to",
    "of",
    "in",
    "for",
    "by",
    "from",
    "at",
    "on",
    "about",
    "against",
    "between",
    "among",
    "into",
    "toward",
    "towards",
    "over",
    "under",
    "within",
    "with",
    "after",
    "before",
    "during",
    "since",
    "until",
    "while",
    "said",
    "says",
    "say",
    "told",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "both",
    "all",
    "each",
    "other",
    "such",
    "some",
    "any",
    "many",
    "much",
    "more",
    "most",
    "few",
    "one",
    "last",
    "next",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "week",
    "month",
    "year",
    "morning",
    "evening",
    "afternoon",
    "night",
    "time",
    "way",
    "up",
    "out",
    "despite",
    "ahead",
    "amid",
    "amidst",
    "via",
    "through",
    "across",
    "without",
    "because",
    "unless",
    "including",
    "following",
    "according",
    "regarding",
    "concerning",
    "excluding",
    "involving",
    "saying",
    "claiming",
    "accusing",
    "urging",
    "adding",
    "arguing",
    "insisting",
    "alleging",
    "near",
    "along",
    "beyond",
    "throughout",
    "upon",
    "whether",
    "although",
    "though",
    "off",
    "outside",
    "inside",
    "around",
    "behind",
    "onto",
    "above",
    "below",
    "beneath",
];

/// Verbs whose object names the event (`launched an investigation`, `announced a ceasefire`).
const LIGHT_VERBS: &[&str] = &[
    "intensified",
    "intensifies",
    "stepped",
    "escalated",
    "escalates",
    "ordered",
    "orders",
    "opened",
    "opens",
    "launched",
    "launches",
    "announced",
    "announces",
    "made",
    "makes",
    "issued",
    "issues",
    "filed",
    "files",
    "took",
    "takes",
    "gave",
    "gives",
    "expressed",
    "expresses",
    "held",
    "holds",
    "began",
    "begins",
    "started",
    "starts",
    "conducted",
    "conducts",
    "carried",
    "declared",
    "declares",
    "signed",
    "imposed",
    "imposes",
    "staged",
    "stages",
    "offered",
    "offers",
    "extended",
    "extends",
    "approved",
    "approves",
    "voiced",
    "voices",
    "pledged",
    "pledges",
    "reiterated",
    "reiterates",
    "reaffirmed",
    "reaffirms",
    "conveyed",
    "conveys",
    "lent",
    "lends",
    "threw",
];

/// Verbs whose subject does the act of the infinitive after them (`agreed to allow`, `vowed to
/// fight`).
const CONTROL_VERBS: &[&str] = &[
    "agreed",
    "agrees",
    "decided",
    "decides",
    "vowed",
    "vows",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "refused",
    "refuses",
    "threatened",
    "threatens",
    "offered",
    "offers",
    "sought",
    "seeks",
    "tried",
    "tries",
    "attempted",
    "voted",
    "votes",
    "moved",
    "began",
    "started",
    "continued",
    "planned",
    "plans",
    "failed",
    "declined",
    "declines",
    "hoped",
    "hopes",
    "wanted",
    "wants",
    "intended",
    "intends",
    "resolved",
    "chose",
    "opted",
    "undertook",
    "committed",
];

/// Buildings a guest is received at (`welcomed the Chinese premier at the presidential palace`).
const VENUES: &[&str] = &[
    "palace",
    "residence",
    "airport",
    "headquarters",
    "mansion",
    "villa",
    "office",
    "compound",
];

/// What a protest is named as the object of when the subject protests (`joined the protests`,
/// `organised a protest`), besides the light verbs.
const PROTEST_STAGING: &[&str] = &[
    "joined",
    "join",
    "joins",
    "joining",
    "led",
    "lead",
    "leads",
    "leading",
    "organised",
    "organized",
    "organise",
    "organize",
    "organising",
    "organizing",
    "mounted",
    "mount",
    "launch",
    "launching",
    "begin",
    "begun",
    "stage",
    "staging",
    "hold",
    "holding",
    "renewed",
    "renew",
    "continued",
    "continue",
    "continuing",
    "planned",
    "plan",
    "plans",
    "planning",
    "made",
    "make",
    "lodged",
    "lodge",
    "filed",
    "registered",
    "called",
    "call",
    "calls",
    "resumed",
    "resume",
    "escalated",
    "kept",
    "keep",
    "announced",
    "announce",
    "threatened",
    "vowed",
    "their",
    "his",
    "her",
    "its",
];

/// Nouns a `protest` modifies without naming an act (`protest organisers said`, `protest songs`).
const PROTEST_MODIFIED: &[&str] = &[
    "group",
    "groups",
    "organisers",
    "organizers",
    "organiser",
    "organizer",
    "leader",
    "leaders",
    "movement",
    "movements",
    "site",
    "sites",
    "camp",
    "camps",
    "charges",
    "charge",
    "vote",
    "votes",
    "song",
    "songs",
    "music",
    "signs",
    "banners",
    "placards",
    "slogans",
    "zone",
    "zones",
    "letter",
    "letters",
    "note",
    "notes",
    "petition",
    "art",
    "culture",
];

/// Adjectives before a noun a verb governs (`the recent student protests`, `anti-government`).
fn np_adjective(w: &str) -> bool {
    w.contains('-')
        || ["al", "ent", "ive", "ic", "ful", "ous", "ly", "ant", "ar", "ary"]
            .iter()
            .any(|e| w.ends_with(e))
        || matches!(
            w,
            "student"
                | "students"
                | "street"
                | "mass"
                | "fresh"
                | "new"
                | "recent"
                | "public"
                | "weekly"
                | "daily"
                | "nationwide"
                | "opposition"
                | "farmer"
                | "farmers"
                | "worker"
                | "workers"
                | "youth"
                | "large"
                | "small"
                | "big"
                | "huge"
                | "several"
                | "many"
                | "more"
                | "further"
                | "latest"
                | "last"
                | "first"
                | "anti"
                | "week-long"
                | "weeklong"
                | "ongoing"
                | "planned"
                | "deadly"
                | "angry"
                | "peaceful"
                | "month-long"
                | "mass-scale"
                | "strong"
                | "fierce"
                | "widespread"
                | "sharp"
        )
}

/// Modifiers inside a noun phrase before its head (`a weeklong`, `another large aid`).
fn np_modifier(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_alphanumeric) && !NP_STOP.contains(&w) && !LIGHT_VERBS.contains(&w)
}

/// Determiners that may open a fallback noun phrase.
/// `the` and the possessives, before a party named as an object (`met his Ugandan
/// counterpart`).
const POSSESSIVE_DETERMINERS: &[&str] = &["the", "his", "her", "its", "their"];

/// Where a phrase starting at `start` begins once the `words` before it are counted in, going
/// back no further than `floor`.
fn before_words(lower: &[String], floor: usize, start: usize, words: &[&str]) -> usize {
    let mut k = start;
    while k > floor && words.contains(&lower[k - 1].as_str()) {
        k -= 1;
    }
    k
}

/// The end of `on Monday to`, `today to` … from `k`: a time, then `to` before a verb (the token
/// after `to`).
fn timed_to(toks: &[&str], lower: &[String], k: usize) -> Option<usize> {
    let mut j = k;
    while j < lower.len()
        && j < k + 4
        && (time_word(&lower[j])
            || calendar_word(&lower[j])
            || lower[j].chars().all(|c| c.is_ascii_digit())
            || matches!(
                lower[j].as_str(),
                "now" | "also" | "formally" | "unanimously" | "tentatively"
            ))
    {
        j += 1;
    }
    (j > k
        && lower.get(j).is_some_and(|w| w == "to")
        && toks.get(j + 1).is_some_and(|t| t.starts_with(char::is_lowercase))
        && lower
            .get(j + 1)
            .is_some_and(|w| !NP_DETERMINERS.contains(&w.as_str()) && !NP_STOP.contains(&w.as_str())))
    .then_some(j + 1)
}

/// Verbs that bring a body into being: what they name is no party yet.
const CREATION_VERBS: &[&str] = &["set", "establish", "create", "found", "build", "open", "launch", "form"];

/// People set against a party or harmed by it, who are not that party (`opponents of President
/// Daniel Ortega`, `victims of the Taliban`).
const OPPONENTS: &[&str] = &[
    "opponents",
    "opponent",
    "critics",
    "critic",
    "rivals",
    "rival",
    "enemies",
    "enemy",
    "foes",
    "detractors",
    "challengers",
    "victims",
];

const NP_DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "some",
    "several",
    "two",
    "three",
    "four",
    "five",
    "hundreds",
    "thousands",
    "dozens",
    "all",
];

/// Auxiliaries, negation and adverbs between a subject and its verb.
const VERB_GROUP: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "also",
    "not",
    "never",
    "again",
    "already",
    "now",
    "then",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "formally",
    "publicly",
    "strongly",
    "reportedly",
    "recently",
    "jointly",
    "officially",
    "finally",
    "immediately",
    "repeatedly",
    "once",
    "still",
    "even",
    "just",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "on",
];

fn np_word(tok: &str, lower: &str) -> bool {
    tok.chars().next().is_some_and(char::is_alphanumeric)
        // (`US` is the country, not the pronoun.)
        && (!NP_STOP.contains(&lower) || tok == "US")
        && !(lower.len() > 4
            && lower.ends_with("ly")
            && tok.chars().next().is_some_and(char::is_lowercase)
            && !matches!(
                lower,
                "assembly"
                    | "family"
                    | "ally"
                    | "supply"
                    | "resupply"
                    | "rally"
                    | "monopoly"
                    // (Adjectives of frequency: `the daily newspaper`.)
                    | "daily"
                    | "weekly"
                    | "monthly"
                    | "quarterly"
                    | "yearly"
                    | "elderly"
                    | "friendly"
                    // (Adjectives of harm: `a deadly attack`, `a cowardly act`.)
                    | "deadly"
                    | "costly"
                    | "cowardly"
            ))
}

/// The noun phrase just before a trigger, over auxiliaries and adverbs: the clause's subject when
/// it names no known actor.
fn subject_np(toks: &[&str], lower: &[String], clause: usize, ts: usize, quoted: &[bool]) -> Option<Phrase> {
    np_before(toks, lower, clause, ts, quoted, true)
}

/// The noun phrase just before a trigger, over auxiliaries and adverbs; with `agent`, only one
/// that can act.
fn np_before(
    toks: &[&str],
    lower: &[String],
    clause: usize,
    ts: usize,
    quoted: &[bool],
    agent: bool,
) -> Option<Phrase> {
    let mut k = ts;
    // Auxiliaries and adverbs (`has reportedly`, `systematically`).
    let adverb = |k: usize| {
        let w = lower[k].as_str();
        w.len() > 4
            && w.ends_with("ly")
            && toks[k].chars().next().is_some_and(char::is_lowercase)
            && !np_word(toks[k], w)
    };
    while k > clause && (VERB_GROUP.contains(&lower[k - 1].as_str()) || adverb(k - 1)) {
        k -= 1;
    }
    // A nominal trigger is the object of a light verb (`ordered an investigation`, `announced a
    // weeklong cease-fire`): the subject is before the verb.
    let mut j = k;
    while j > clause && j + 4 > k && (NP_DETERMINERS.contains(&lower[j - 1].as_str()) || np_modifier(&lower[j - 1])) {
        j -= 1;
    }
    // `carried out attacks`: the particle belongs to the verb.
    if j > clause + 1
        && j < k + 1
        && lower[j - 1] == "out"
        && matches!(lower[j - 2].as_str(), "carried" | "carries" | "carry" | "carrying")
    {
        j -= 1;
    }
    if j > clause && j < k + 1 && LIGHT_VERBS.contains(&lower[j - 1].as_str()) {
        k = j - 1;
        while k > clause && VERB_GROUP.contains(&lower[k - 1].as_str()) {
            k -= 1;
        }
    }
    // A parenthetical between commas (`UN officials, in turn, complained`), or a relative
    // clause (`The two men, who had been held since 2022 on espionage charges, were released`).
    if k > clause && lower[k - 1] == "," {
        let back = lower[clause..k - 1].iter().rposition(|w| w == ",").map(|p| p + clause);
        match back {
            Some(b) if k - 1 - b <= 5 || (k - 1 - b <= 20 && matches!(lower[b + 1].as_str(), "who" | "whose")) => k = b,
            _ => return None,
        }
    }
    // An acronym in brackets after the name (`The Libyan National Army (LNA) lifted …`).
    if k >= clause + 4 && lower[k - 1] == ")" && lower[k - 3] == "(" {
        k -= 3;
    }
    if k <= clause || quoted[k - 1] || !np_word(toks[k - 1], &lower[k - 1]) {
        return None;
    }
    let np_start = |end: usize| {
        let mut start = end - 1;
        while start > clause && end - start < 6 {
            let w = lower[start - 1].as_str();
            if NP_DETERMINERS.contains(&w) {
                start -= 1;
                break;
            }
            // (A participle after a determiner is an adjective: `the kidnapped schoolgirls`.)
            let participle =
                w.ends_with("ed") && start >= clause + 2 && NP_DETERMINERS.contains(&lower[start - 2].as_str());
            if w == "'s" || w == "'" || w == "-" || participle || np_word(toks[start - 1], w) {
                start -= 1;
            } else {
                break;
            }
        }
        start
    };
    let end = k;
    let mut start = np_start(end);
    // Where the word that acts ends (the body's, not the place's).
    let mut acting_head = end;
    // A body in a place (`ICE in Miami returned …`, `A court in Ecuador has revoked …`): the
    // body is the subject, the place says where it is; so are people of others (`The families
    // of the kidnapped schoolgirls urged …`), and so are people `on strike`.
    if start >= clause + 2
        && (matches!(lower[start - 1].as_str(), "in" | "at" | "from" | "of")
            || (lower[start - 1] == "on" && matches!(lower[end - 1].as_str(), "strike" | "patrol" | "duty" | "board")))
        && np_word(toks[start - 2], &lower[start - 2])
        && !quoted[start - 2]
    {
        let head = start - 1;
        let outer = np_start(head);
        let acronym = toks[head - 1].len() >= 2 && toks[head - 1].chars().all(|c| c.is_ascii_uppercase());
        if can_act(toks, lower, head, outer > 0 || acronym) && !calendar_word(&lower[head - 1]) {
            start = outer;
            acting_head = head;
        }
    }
    // What a bill or a draft would do is the text's, not the body's named in its noun phrase
    // (`a bill in the U.S. Congress would impose quotas`, `the draft legislation under
    // consideration by Congress would …`).
    if text_before(lower, clause, start) {
        return None;
    }
    // Only a phrase that can act: a name the tagger missed, or a head noun for people or
    // bodies (`the aide`, `a court`, `UN officials`, `protesters`) — not `consumer spending`.
    // A capital on the first word of the sentence says nothing.
    // A single capitalised word opening the sentence right before its verb (`Hezbollah
    // threatened …`, `ICE returned …`) is a name the tagger missed.
    // Only before a verb (`Despite protests, …` is no actor).
    // (Or a meeting's irregular past: `Xi met Ruto in Beijing`.)
    let verbal = lower[ts].ends_with("ed")
        || (matches!(lower[ts].as_str(), "met" | "held" | "spoke" | "told")
            && toks[ts].starts_with(char::is_lowercase))
        || end < ts;
    let opening_name = start == 0 && end == 1 && verbal && toks[0].chars().next().is_some_and(char::is_uppercase);
    let acts = can_act(toks, lower, end, end - 1 > 0) || (acting_head < end && can_act(toks, lower, acting_head, true));
    (!agent || opening_name || acts).then(|| generic_phrase(toks, start, end))
}

/// Whether the noun phrase starting at `start` follows a preposition inside the noun phrase of a
/// bill or a draft (`a bill in the U.S. Congress`, `legislation under consideration by Congress`).
fn text_before(lower: &[String], clause: usize, start: usize) -> bool {
    start >= clause + 2
        && (actors::PREPOSITIONS.contains(&lower[start - 1].as_str()) || lower[start - 1] == "before")
        && (clause.max(start.saturating_sub(5))..start - 1)
            .rev()
            .take_while(|&j| !matches!(lower[j].as_str(), "," | ";") && !VERB_GROUP.contains(&lower[j].as_str()))
            .any(|j| LEGAL_TEXTS.contains(&lower[j].as_str()))
}

/// Whether a noun phrase ending before `end` names someone able to act: a name (its head is
/// capitalised, when `cased` says capitals mean names here) or an agentive head noun.
fn can_act(toks: &[&str], lower: &[String], end: usize, cased: bool) -> bool {
    (cased && toks[end - 1].chars().next().is_some_and(char::is_uppercase)) || agentive(&lower[end - 1])
}

/// Words with an agent's ending that name things.
const NOT_AGENTS: &[&str] = &[
    "letters",
    "orders",
    "numbers",
    "matters",
    "centers",
    "waters",
    "offers",
    "transfers",
    "papers",
    "computers",
    "containers",
    "barriers",
    "borders",
    "quarters",
    "headquarters",
    "characters",
    "chapters",
    "answers",
    "filters",
    "meters",
    "tankers",
    "shelters",
    "registers",
    "markets",
];

/// What is fired or dropped: no target of the attack it makes.
/// Nouns of attacks, whose doer may be named as the one claiming them.
const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "blast",
    "blasts",
    "explosion",
    "explosions",
    "ambush",
    "raid",
    "raids",
    "assault",
    "strike",
    "strikes",
    "shooting",
    "shootings",
    "massacre",
    "assassination",
    "kidnapping",
    "abduction",
];

const MUNITIONS: &[&str] = &[
    "rockets",
    "rocket",
    "missiles",
    "missile",
    "mortars",
    "mortar",
    "shells",
    "artillery",
    "projectiles",
    "grenades",
    "bombs",
    "drones",
    "salvos",
    "rounds",
    "shots",
    "flares",
    "fireworks",
    "stones",
    "rocks",
    "bricks",
    "bottles",
    "firebombs",
    "explosives",
];

/// What is said or decided: an attack on it is criticism (`attacked the decision`).
const WORDS_AND_DECISIONS: &[&str] = &[
    "decision",
    "decisions",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "policy",
    "policies",
    "move",
    "remarks",
    "comments",
    "statement",
    "statements",
    "handling",
    "bill",
    "law",
    "budget",
    "report",
    "idea",
    "ruling",
    "verdict",
    "stance",
    "strategy",
    "reforms",
    "record",
    "approach",
    "claims",
    "speech",
    "forecast",
    "forecasts",
    "figures",
    "package",
    "legislation",
    "measures",
    "reports",
    "ideas",
    "views",
    "rules",
    "bills",
    "laws",
    "programme",
    "program",
    "scheme",
    "agreement",
    "deal",
    "treaty",
    "manifesto",
    "letter",
    "article",
];

/// What strikes without anyone striking (`tsunamis hit six provinces`).
const NATURAL_FORCES: &[&str] = &[
    "tsunami",
    "tsunamis",
    "earthquake",
    "earthquakes",
    "quake",
    "storm",
    "storms",
    "hurricane",
    "typhoon",
    "cyclone",
    "floods",
    "flooding",
    "drought",
    "crisis",
    "slump",
    "recession",
    "downturn",
    "virus",
    "epidemic",
    "pandemic",
    "outbreak",
    "fire",
    "fires",
    "wildfires",
];

/// Where people are held: violence done to them there is the custodian's.
const CUSTODY: &[&str] = &[
    "prison",
    "prisons",
    "jail",
    "jails",
    "custody",
    "detention",
    "captivity",
    "cell",
    "cells",
];

/// Possessive pronouns before a thing one owns (`its troops`, `their weapons`).
const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "our"];

/// Whether a noun phrase is one's own arms (`their weapons`).
/// One's own envoy (`its ambassador`, `their own diplomats`) in `lower[start..end]`.
fn own_envoy(lower: &[String], start: usize, end: usize) -> bool {
    (POSSESSIVES.contains(&lower[start].as_str()) || lower[start] == "own")
        && matches!(
            lower[end - 1].as_str(),
            "ambassador" | "envoy" | "ambassadors" | "envoys" | "diplomats"
        )
}

fn own_arms(lower: &[String], p: &Phrase) -> bool {
    POSSESSIVES.contains(&lower[p.start].as_str())
        && lower[p.start..p.end]
            .iter()
            .any(|w| matches!(w.as_str(), "weapons" | "arms" | "guns"))
}

/// Whether what the possessor `p` has right after `'s` is a deed one may praise or criticise
/// (`China's support`, `Kenya's role`, `Russia's conduct`).
fn deed_of(lower: &[String], p: &Phrase) -> bool {
    lower.get(p.end).is_some_and(|w| w == "'s")
        && (p.end + 1..lower.len().min(p.end + 3)).any(|k| {
            matches!(
                lower[k].as_str(),
                "support"
                    | "role"
                    | "contribution"
                    | "contributions"
                    | "leadership"
                    | "assistance"
                    | "help"
                    | "conduct"
            )
        })
}

/// Whether what the possessor `p` has (`p's …`, within three words) is one of its
/// [`JUDGED_ACTS`] (`the government's plan`, `Egypt's reconstruction plan`).
fn judged_act_of(toks: &[&str], lower: &[String], p: &Phrase) -> bool {
    lower.get(p.end).is_some_and(|w| w == "'s")
        && (p.end + 1..lower.len().min(p.end + 4))
            .take_while(|&k| np_word(toks[k], &lower[k]))
            .any(|k| JUDGED_ACTS.contains(&lower[k].as_str()))
}

/// The first `to` outside quotation marks within ten words from `te` (where what is given goes).
fn to_after(lower: &[String], quoted: &[bool], te: usize) -> Option<usize> {
    (te..lower.len().min(te + 10)).find(|&k| lower[k] == "to" && !quoted[k])
}

/// What a country does or puts forward that others judge (`Egypt's plan`, `Kenya's offer`).
const JUDGED_ACTS: &[&str] = &[
    "plan",
    "plans",
    "proposal",
    "proposals",
    "decision",
    "offer",
    "bid",
    "initiative",
    "move",
    "request",
    "call",
    "efforts",
    "victory",
    "candidacy",
    // (Or what it finds, rules or claims: `dismissed the tribunal's ruling on the South China Sea`.)
    "ruling",
    "rulings",
    "verdict",
    "judgment",
    "judgement",
    "report",
    "findings",
    "claims",
    "allegations",
    "accusations",
    "demands",
    "conditions",
];

/// Participles that say what someone named before them is suspected or charged of (`a man
/// accused of killing …`).
const SUSPICION_PARTICIPLES: &[&str] = &["suspected", "accused", "charged", "convicted", "alleged", "wanted"];

/// Nouns for talks something may be agreed in (`during talks with Moon Jae-in`).
const TALKS_NOUNS: &[&str] = &["talks", "meeting", "meetings", "summit", "negotiations", "call"];

/// Nouns for a decision to act (`welcomed the decision to withdraw`).
const DECISION_NOUNS: &[&str] = &[
    "decision",
    "plan",
    "plans",
    "move",
    "pledge",
    "commitment",
    "efforts",
    "bid",
    "attempt",
    "attempts",
    "intention",
    "readiness",
    "willingness",
    "order",
    "threat",
    "refusal",
];

/// What one asks or offers, and another may turn down.
const REQUEST_NOUNS: &[&str] = &[
    "request",
    "requests",
    "offer",
    "offers",
    "proposal",
    "proposals",
    "invitation",
    "invitations",
    "demand",
    "demands",
    "plea",
    "pleas",
    "appeal",
    "appeals",
    "call",
    "calls",
    "bid",
    "overtures",
];

/// Head nouns of people in numbers, not representatives of anyone.
const MASS_HEADS: &[&str] = &[
    "people",
    "citizens",
    "crowd",
    "crowds",
    "mob",
    "youths",
    "women",
    "men",
    "refugees",
    "migrants",
    "tourists",
    "inmates",
    "employees",
    "staff",
    "fans",
    "residents",
    "villagers",
    "civilians",
    "students",
    "workers",
];

/// Head nouns of phrases that name people or bodies able to act.
const AGENT_HEADS: &[&str] = &[
    "people",
    "ngos",
    "organisations",
    "organizations",
    "citizens",
    "crowd",
    "crowds",
    "mob",
    "youths",
    "women",
    "men",
    "nurses",
    "pilots",
    "union",
    "unions",
    "refugees",
    "inmates",
    "employees",
    "staff",
    "veterans",
    "fans",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "agency",
    "agencies",
    "ambassador",
    "ambassadors",
    "army",
    "assembly",
    "association",
    "authorities",
    "authority",
    "board",
    "body",
    "bureau",
    "cabinet",
    "chairman",
    "chairwoman",
    "chief",
    "chiefs",
    "coalition",
    "commander",
    "commanders",
    "commission",
    "committee",
    "community",
    "companies",
    "company",
    "congress",
    "council",
    "country",
    "countries",
    "court",
    "courts",
    "critics",
    "delegation",
    "department",
    "diplomat",
    "diplomats",
    "envoy",
    "envoys",
    "experts",
    "federation",
    "firm",
    "firms",
    "force",
    "forces",
    "fund",
    "government",
    "governments",
    "governor",
    "group",
    "groups",
    "guards",
    "inspectors",
    "investigators",
    "judge",
    "judges",
    "jury",
    "lawmakers",
    "lawyer",
    "lawyers",
    "leader",
    "leaders",
    "leadership",
    "legislature",
    "mayor",
    "media",
    "members",
    "militants",
    "militia",
    "militias",
    "minister",
    "ministers",
    "ministry",
    "mission",
    "monitors",
    "movement",
    "navy",
    "negotiators",
    "nations",
    "office",
    "officer",
    "officers",
    "official",
    "officials",
    "opposition",
    "organisation",
    "organization",
    "organizations",
    "organisations",
    "panel",
    "parliament",
    "parties",
    "party",
    "police",
    "premier",
    "president",
    "presidents",
    "prime",
    "prosecutor",
    "prosecutors",
    "protesters",
    "protestors",
    "rebels",
    "regime",
    "regulator",
    "regulators",
    "representative",
    "representatives",
    "senate",
    "senator",
    "senators",
    "candidate",
    "candidates",
    "nominee",
    "soldiers",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "state",
    "states",
    "students",
    "team",
    "tribunal",
    "troops",
    "union",
    "unions",
    "watchdog",
    "workers",
    "activists",
    "demonstrators",
    "fighters",
    "gunmen",
    "gunman",
    "assailant",
    "assailants",
    "attacker",
    "sniper",
    "snipers",
    "men",
    "women",
    "youths",
    "bomber",
    "bombers",
    // (People by calling or trade: `a senior priest`, `an investment banker`.)
    "banker",
    "bankers",
    "priest",
    "priests",
    "bishop",
    "bishops",
    "archbishop",
    "cleric",
    "clerics",
    "imam",
    "executive",
    "executives",
    "businessman",
    "businessmen",
    "businesswoman",
    "colleague",
    "colleagues",
    // (Bodies in the plural: `urged all ministries to cut spending`.)
    "ministries",
    "departments",
    "councils",
    "creditors",
    "lenders",
    "institutions",
    "municipalities",
    "chancellor",
    "insurgents",
    "jihadists",
    "residents",
    "villagers",
    "refugees",
    "migrants",
    "strikers",
    "employees",
    "teachers",
    "farmers",
    "doctors",
    "nurses",
    "journalists",
    "administration",
    "alliance",
    "bloc",
    "bank",
    "banks",
    "exchange",
    "ruler",
    "king",
    "queen",
    "emir",
    "prince",
    "sheikh",
    "general",
    "colonel",
    "secretary",
    "director",
    "head",
    "heads",
    "allies",
    "neighbours",
    "neighbors",
    "soldier",
    "warplanes",
    "jets",
    "donors",
    "donor",
    "operatives",
    "agents",
    "sailors",
    "crew",
    "paramilitaries",
    "separatists",
    "loyalists",
    "supporters",
    "opponents",
    "dissidents",
    "activist",
    "protester",
    "citizen",
    "nationals",
    "teams",
    "coast",
    "guard",
    "families",
    "relatives",
    "victims",
    "survivors",
    "parents",
    "elders",
    "university",
    "universities",
    "airline",
    "airlines",
    "carriers",
    "insurers",
    "investors",
    "shareholders",
    "exporters",
    "importers",
    "producers",
    "manufacturers",
    "retailers",
    "gang",
    "gangs",
    "thugs",
    "bandits",
    "pirates",
    "junta",
    "juntas",
    "cartel",
    "cartels",
    "mafia",
    "clan",
    "clans",
    "tribesmen",
    "gunman",
];

/// A noun phrase at `start` is the complement of an `of`, `on` or `against` after the trigger
/// (`the execution of three protesters`, `the crackdown on protesters`), with only determiners,
/// numbers and up to two modifiers between (`the release of eight former navy officers`).
fn patient_of(lower: &[String], te: usize, start: usize) -> bool {
    (te..start)
        .rev()
        .find(|&j| matches!(lower[j].as_str(), "of" | "on" | "against"))
        .is_some_and(|of| {
            let between = &lower[of + 1..start];
            let modifiers = between
                .iter()
                .filter(|w| !quantity(w) && !NP_DETERMINERS.contains(&w.as_str()))
                .count();
            // (A participle describes them too: `the release of the detained journalists`.)
            modifiers <= 2
                && between.iter().all(|w| {
                    np_modifier(w) || NP_DETERMINERS.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed"))
                })
        })
}

/// The party a border or crossing named by `p` is shared with or leads to.
fn border_partner<'a>(lower: &[String], phrases: &'a [Phrase], p: &Phrase) -> Option<&'a Phrase> {
    border_with(lower, p).then(|| phrase_after(phrases, p)).flatten()
}

/// Whether the trigger ends in `to` and a lowercase word that starts no noun phrase follows:
/// the verb of an infinitive (`agreed to build`, `agreed to extend`).
fn verb_after_to(toks: &[&str], lower: &[String], te: usize) -> bool {
    lower[te - 1] == "to"
        && toks.get(te).is_some_and(|t| t.starts_with(char::is_lowercase))
        && !NP_STOP.contains(&lower[te].as_str())
}

/// Whether the words from `j` name a party told to do something: a short noun phrase that is no
/// one reporting or reported to, then `to` and a verb (`told his Australian counterpart to
/// respect …`; not `told reporters to expect …`).
fn told_to_act(toks: &[&str], lower: &[String], j: usize) -> bool {
    // (A short noun phrase: not a clause, `told Les Echos he aims to …`, `told investors the
    // company will have to …`, nor who is told of something, `told Mr Brown of his intention to
    // …`; and no press or audience: `told analysts`, `told a news conference`.)
    let Some(to) = (j + 1..lower.len().min(j + 6)).find(|&k| lower[k] == "to") else {
        return false;
    };
    let not_a_party = |w: &String| {
        SUBJECT_PRONOUNS.contains(&w.as_str())
            || VERB_GROUP.contains(&w.as_str())
            || actors::PREPOSITIONS.contains(&w.as_str())
            || TOLD_AUDIENCES.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "," | ":"
                    | ";"
                    | "that"
                    | "what"
                    | "how"
                    | "why"
                    | "them"
                    | "not"
                    | "were"
                    | "was"
                    | "is"
                    | "are"
                    | "had"
                    | "has"
                    | "have"
                    | "will"
                    | "would"
            )
            || (w.len() > 4 && w.ends_with("ed"))
    };
    !lower[j..to].iter().any(not_a_party) && verb_after_to(toks, lower, to + 1)
}

/// Those told what happens rather than asked to act (`told reporters`, `told the meeting`).
const TOLD_AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "press",
    "media",
    "reuters",
    "parliament",
    "lawmakers",
    "audience",
    "crowd",
    "supporters",
    "analysts",
    "conference",
    "investors",
    "shareholders",
    "meeting",
    "summit",
    "gathering",
    "session",
    "forum",
    "rally",
];

/// Whether a donation at `ts..te` is an act given to a party: not a participle after its noun
/// (`blood donated to the Red Cross`, `cash donated via the site`); and when only `to` says so,
/// the first `to` after it opens no infinitive (`donated the hardware … to build the grid`).
fn given_to_party(toks: &[&str], lower: &[String], ts: usize, te: usize, requires: &[String]) -> bool {
    let after_noun = ts > 0
        && lower[ts].ends_with("ed")
        && toks[ts - 1].chars().all(char::is_lowercase)
        && np_word(toks[ts - 1], &lower[ts - 1])
        && !VERB_GROUP.contains(&lower[ts - 1].as_str())
        && lower
            .get(te)
            .is_some_and(|w| actors::PREPOSITIONS.contains(&w.as_str()) || matches!(w.as_str(), "via" | "through"));
    let infinitive = |k: usize| {
        verb_after_to(toks, lower, k + 1)
            && !lower[k + 1].ends_with('s')
            && (lower[k + 1] == "be"
                || lower
                    .get(k + 2)
                    .is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()) || POSSESSIVES.contains(&w.as_str())))
    };
    let to_only = requires.len() == 1 && requires[0] == "to";
    let to = (te..lower.len().min(te + lexicon::REQUIRES_WINDOW)).find(|&k| lower[k] == "to");
    !(after_noun || (to_only && to.is_some_and(infinitive)))
}

/// Whether the words from `k` name a go-between that captives are handed to (`the Red Cross`,
/// `the International Committee of the Red Cross`, `ICRC`, `mediators`).
fn go_between(lower: &[String], k: usize) -> bool {
    let k = k + usize::from(lower.get(k).is_some_and(|w| w == "the"));
    let at = |j: usize, w: &str| lower.get(k + j).is_some_and(|x| x == w);
    (at(0, "red") && at(1, "cross"))
        || (at(0, "red") && at(1, "crescent"))
        || (at(0, "international") && at(1, "committee") && at(2, "of") && at(3, "the") && at(4, "red"))
        || at(0, "icrc")
        || at(0, "mediators")
        // (Or a country's envoys who receive them: `released 20 prisoners to U.S. officials`.)
        || (0..3).any(|j| {
            lower.get(k + j).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "diplomats" | "diplomat" | "officials" | "envoy" | "envoys" | "representatives" | "delegation"
                )
            })
        })
}

/// Whether a `hit` at `i` is a strike by arms: the words just before it (its subject, over
/// auxiliaries and adverbs) or the agent of a passive `hit by` name weapons, strikes or armed men
/// (`air strikes and artillery fire hit the enclave`, `warplanes hit two ships`, `was hit by a
/// missile`). Any other word at `i` passes.
fn armed_hit(lower: &[String], i: usize) -> bool {
    if !matches!(lower[i].as_str(), "hit" | "hits") {
        return true;
    }
    let armed = |w: &String| {
        MUNITIONS.contains(&w.as_str()) || FORCES.contains(&w.as_str()) || ARMED_HITTERS.contains(&w.as_str())
    };
    let before = lower[i.saturating_sub(4)..i]
        .iter()
        .rev()
        .take_while(|w| !matches!(w.as_str(), "," | ";" | "." | "which" | "that" | "who"))
        .any(armed);
    // (A ship hit is struck: `merchant ship hit in the Gulf`.)
    let ship_hit = i > 0
        && matches!(
            lower[i - 1].as_str(),
            "ship" | "ships" | "tanker" | "tankers" | "vessel" | "vessels" | "warship" | "convoy"
        );
    let by = lower.get(i + 1).is_some_and(|w| w == "by")
        && lower[i + 2..lower.len().min(i + 6)]
            .iter()
            .take_while(|w| !matches!(w.as_str(), "," | ";" | "."))
            .any(armed);
    before || ship_hit || by
}

/// Whether a word names weapons, craft or armed men: after a nationality, what it names acts
/// for that nationality (`after Russian drones entered …`).
fn armed_noun(w: &str) -> bool {
    MUNITIONS.contains(&w)
        || FORCES.contains(&w)
        || ARMED_HITTERS.contains(&w)
        || CRAFT.contains(&w)
        // (And what names the craft's kind: `Chinese fighter jets`, `coast guard ships`.)
        || matches!(w, "fighter" | "coast" | "guard" | "patrol" | "spy" | "naval")
}

/// What a military flies or sails: moved or shown, it is no party (`deployed fighter jets`).
const CRAFT: &[&str] = &[
    "jets",
    "jet",
    "warplanes",
    "aircraft",
    "planes",
    "helicopters",
    "gunboats",
    "warships",
    "bombers",
    "ships",
    "vessels",
    "submarines",
    "tanks",
    "carriers",
];

/// Words for what strikes, beyond munitions and forces: a `hit` by them is an attack.
const ARMED_HITTERS: &[&str] = &[
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "air",
    "raid",
    "raids",
    "fire",
    "shelling",
    "bombardment",
    "warplanes",
    "warplane",
    "jets",
    "jet",
    "aircraft",
    "planes",
    "helicopters",
    "helicopter",
    "gunboats",
    "warship",
    "drone",
    "bomb",
    "shell",
    "militants",
    "rebels",
    "fighters",
    "insurgents",
    "gunmen",
    "attackers",
    "jihadists",
    "bombers",
    "bomber",
    "gunships",
];

/// Whether a form of `receive` at `i` (ending at `end`) receives a guest: its object is a named
/// party that is the whole object (`received Chinese Foreign Minister Wang Yi`, not `received
/// Food and Drug Administration approval`) or a delegation, an envoy or visitors (`received a
/// delegation from …`). Any other word at `i` passes.
fn received_guest(lower: &[String], phrases: &[Phrase], i: usize, end: usize) -> bool {
    if !lower[i].starts_with("receiv") {
        return true;
    }
    // (News received with astonishment or caution is no guest.)
    if lower.get(end).is_some_and(|w| w == "with") {
        return false;
    }
    // (One received by a host is its guest: `Ruto was received at the airport by …`.)
    if i > 0
        && matches!(
            lower[i - 1].as_str(),
            "was" | "were" | "is" | "are" | "been" | "being" | "be"
        )
    {
        return lower[end..lower.len().min(end + 6)].iter().any(|w| w == "by");
    }
    let mut k = end;
    while k < lower.len() && (NP_DETERMINERS.contains(&lower[k].as_str()) || lower[k] == "visiting") {
        k += 1;
    }
    let named = phrases.iter().any(|p| {
        p.start == k
            && !p.possessor
            && lower.get(p.end).is_none_or(|w| {
                !w.starts_with(char::is_alphanumeric)
                    || actors::PREPOSITIONS.contains(&w.as_str())
                    || matches!(w.as_str(), "and" | "who" | "on" | "at" | "for")
            })
    });
    let guests = lower[k..lower.len().min(k + 4)].iter().any(|w| {
        matches!(
            w.as_str(),
            "delegation"
                | "delegations"
                | "envoy"
                | "envoys"
                | "ambassador"
                | "ambassadors"
                | "visitors"
                | "guests"
                | "counterpart"
                | "minister"
                | "president"
                | "leaders"
                | "officials"
        )
    });
    named || guests
}

/// Whether the words from `k`, after a `should` or `must`, say what is expected to happen rather
/// than what someone is told to do: a verb of movement or result (`should help`, `should rise`,
/// `should bring total costs down`), or `be` with a place, a state or a time (`should be in Lima`,
/// `should be completed by June`).
fn expected_course(lower: &[String], k: usize) -> bool {
    let at = |j: usize| lower.get(k + j).map_or("", String::as_str);
    let k_verb = if at(0) == "also" || at(0) == "still" { 1 } else { 0 };
    let verb = at(k_verb);
    matches!(
        verb,
        "help"
            | "receive"
            | "bring"
            | "reach"
            | "rise"
            | "fall"
            | "increase"
            | "decrease"
            | "decline"
            | "improve"
            | "boost"
            | "total"
            | "exceed"
            | "come"
            | "remain"
            | "result"
            | "mean"
            | "enable"
            | "benefit"
            | "pick"
            | "top"
            | "surpass"
            | "prove"
            | "produce"
            | "yield"
            | "generate"
            | "rebound"
            | "recover"
            | "narrow"
            | "widen"
    ) || (verb == "be"
        && matches!(
            at(k_verb + 1),
            "in" | "at"
                | "on"
                | "available"
                | "completed"
                | "finished"
                | "announced"
                | "known"
                | "released"
                | "higher"
                | "lower"
                | "about"
                | "around"
                | "up"
                | "down"
                | "back"
                | "out"
                | "over"
                | "enough"
                | "sufficient"
                | "fine"
                | "possible"
        ))
}

/// Whether a form of `allow` at `i` has a thing for its subject, over modals, adverbs and a
/// relative pronoun (`a measure that would allow …`, `the new plans would allow …`).
fn thing_allows(lower: &[String], i: usize) -> bool {
    if !lower[i].starts_with("allow") {
        return false;
    }
    let mut b = i;
    while b > 0
        && (VERB_GROUP.contains(&lower[b - 1].as_str())
            || matches!(
                lower[b - 1].as_str(),
                "which" | "that" | "effectively" | "eventually" | "only" | "further" | "help"
            ))
    {
        b -= 1;
    }
    b > 0 && ALLOWING_THINGS.contains(&lower[b - 1].as_str())
}

/// Things whose allowing is no one's act.
const ALLOWING_THINGS: &[&str] = &[
    "measure",
    "measures",
    "bill",
    "law",
    "laws",
    "plan",
    "plans",
    "agreement",
    "deal",
    "accord",
    "system",
    "change",
    "changes",
    "move",
    "decision",
    "rules",
    "rule",
    "regulation",
    "regulations",
    "legislation",
    "proposal",
    "proposals",
    "arrangement",
    "scheme",
    "program",
    "programme",
    "technology",
    "device",
    "vehicles",
    "software",
    "warrant",
    "facility",
    "advance",
    "loan",
    "reform",
    "reforms",
    "amendment",
    "provision",
    "provisions",
    "policy",
    "approach",
    "money",
    "funds",
    "cash",
    "framework",
    "mechanism",
    "adapter",
    "console",
    "feature",
    "service",
    "tool",
    "tools",
    "structure",
    "budget",
    "cut",
    "cuts",
    "increase",
    "rate",
    "rates",
    "ruling",
    "order",
    "memorandum",
    "understanding",
    "licence",
    "license",
    "visa",
    "permit",
    "waiver",
    "exemption",
    "card",
    "chip",
    "network",
    "platform",
    "option",
    "options",
];

/// The `imposed` of a clause from `from` that imposes something `on` someone (`that they
/// imposed on …`, `it has imposed on …`), with only relative pronouns, pronouns and auxiliaries
/// before it.
fn imposed_at(lower: &[String], from: usize) -> Option<usize> {
    let k = (from..lower.len().min(from + 6))
        .take_while(|&k| !matches!(lower[k].as_str(), "," | ";" | "."))
        .find(|&k| {
            matches!(lower[k].as_str(), "imposed" | "placed" | "slapped")
                && lower.get(k + 1).is_some_and(|w| w == "on" || w == "against")
        })?;
    lower[from..k]
        .iter()
        .all(|w| {
            VERB_GROUP.contains(&w.as_str())
                || matches!(w.as_str(), "that" | "which" | "it" | "they" | "he" | "she" | "we")
        })
        .then_some(k)
}

/// Whether a bare form of `seek` at `i` (ending at `end`) asks someone: `from` or `of` follows within
/// a few words, or what is sought is what parties grant one another (help, talks, a ceasefire, a
/// release …). Any other word at `i` passes.
fn sought_of_someone(lower: &[String], i: usize, end: usize) -> bool {
    if end != i + 1 || !matches!(lower[i].as_str(), "seek" | "seeks" | "sought" | "seeking") {
        return true;
    }
    lower[end..lower.len().min(end + 8)]
        .iter()
        .take_while(|w| !matches!(w.as_str(), "," | ";" | "."))
        .any(|w| {
            matches!(
                w.as_str(),
                "from"
                    | "of"
                    | "refuge"
                    | "asylum"
                    | "help"
                    | "aid"
                    | "assistance"
                    | "support"
                    | "talks"
                    | "ceasefire"
                    | "truce"
                    | "release"
                    | "extradition"
                    | "clarification"
                    | "explanation"
                    | "compensation"
                    | "apology"
                    | "meeting"
                    | "dialogue"
                    | "cooperation"
                    | "mediation"
                    | "sanctions"
                    | "return"
                    | "withdrawal"
                    | "intervention"
                    | "protection"
                    | "funding"
                    | "loans"
                    | "loan"
                    | "guarantees"
                    | "assurances"
                    | "access"
                    | "approval"
                    | "permission"
                    | "peace"
                    | "negotiations"
                    | "reconciliation"
                    | "backing"
                    | "relief"
                    | "damages"
                    | "redress"
                    | "justice"
                    | "probe"
                    | "inquiry"
                    | "investigation"
            )
        })
}

/// Whether a `block` at `i` (trigger ending at `end`) keeps someone from doing something: a verb
/// (not after a determiner or `road`) with `from` and a verb in -ing after it.
fn blocked_from_acting(lower: &[String], i: usize, end: usize) -> bool {
    !(i > 0 && (NP_DETERMINERS.contains(&lower[i - 1].as_str()) || lower[i - 1] == "road"))
        && (end..lower.len().min(end + 8))
            .any(|k| lower[k] == "from" && lower.get(k + 1).is_some_and(|w| w.ends_with("ing")))
}

/// Verbs that keep someone from an act (`blocked … from deporting`): the act did not happen.
const KEEPING_FROM: &[&str] = &[
    "blocked",
    "blocks",
    "block",
    "barred",
    "bars",
    "bar",
    "prevented",
    "prevents",
    "prevent",
    "stopped",
    "stops",
    "prohibited",
    "prohibits",
    "banned",
    "bans",
    "restrained",
    "forbade",
    "forbids",
    "enjoined",
];

/// Whether `press` at `i` is the verb with someone pressed: after `to`, a modal or `and`, before
/// `the` or a phrase, and not one's own case pressed (`to press its case`).
fn pressed_someone(lower: &[String], phrases: &[Phrase], i: usize) -> bool {
    i > 0
        && matches!(
            lower[i - 1].as_str(),
            "to" | "will" | "would" | "should" | "must" | "could" | "can" | "and"
        )
        && (lower.get(i + 1).is_some_and(|w| w == "the") || phrases.iter().any(|p| p.start == i + 1))
        && !lower[i + 1..lower.len().min(i + 4)]
            .iter()
            .any(|w| matches!(w.as_str(), "case" | "claim" | "claims" | "demands" | "point"))
}

/// Whether protesters or a crowd of civilians come right before `i` (`Hundreds of protesters`,
/// `Truckers`, `angry farmers`): the subject of a crowd's act.
fn crowd_before(lower: &[String], i: usize) -> bool {
    lower[i.saturating_sub(4)..i].iter().any(|w| {
        PROTESTERS.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "truckers" | "farmers" | "students" | "fishermen" | "mob" | "crowd" | "crowds" | "supporters"
            )
    })
}

/// Who reports the clause whose subject is `p`: the subject before the verb of saying that opens
/// the clause at `clause` (`Taliban leaders said the fighters will …`, `Iran's president said on
/// Tuesday that Tehran was …`), when `p` opens that clause.
fn reporting_speaker<'a>(
    lower: &[String],
    phrases: &'a [Phrase],
    quoted: &[bool],
    clause: usize,
    p: &Phrase,
) -> Option<&'a Phrase> {
    let v = (0..clause).rev().find(|&k| SPEECH.contains(&lower[k].as_str()))?;
    let opens = p.start >= clause
        && lower[v + 1..p.start]
            .iter()
            .all(|w| matches!(w.as_str(), "that" | "late" | "earlier" | "the" | "its" | "their") || time_word(w));
    // (Or past whom it is told to: `told visiting U.S. Treasury Secretary Janet Yellen that
    // China was willing to …`.)
    let told = p.start >= clause
        && matches!(
            lower[v].as_str(),
            "told" | "tells" | "assured" | "assures" | "informed" | "informs"
        )
        && p.start > v + 2
        && p.start <= v + 10
        && lower[p.start - 1] == "that"
        && !lower[v + 1..p.start]
            .iter()
            .any(|w| matches!(w.as_str(), "," | ";" | ":"));
    if !(opens || told) || quoted[v] {
        return None;
    }
    teller_before(lower, phrases, quoted, 0, v)
}

/// The subject of the verb of saying or telling at `v`, from `from` on: the first phrase before
/// it that is no object or possessor, with only auxiliaries, adverbs of time or `also` between.
fn teller_before<'a>(
    lower: &[String],
    phrases: &'a [Phrase],
    quoted: &[bool],
    from: usize,
    v: usize,
) -> Option<&'a Phrase> {
    let q = phrases
        .iter()
        .find(|q| q.start >= from && q.end <= v && !q.after_preposition && !q.possessor && !quoted[q.start])?;
    lower[q.end..v]
        .iter()
        .all(|w| VERB_GROUP.contains(&w.as_str()) || time_word(w) || w == "also")
        .then_some(q)
}

/// People named by their protest (`demonstrators`, `strikers`).
const PROTESTERS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "rioters",
    "marchers",
    "strikers",
    "activists",
];

/// The words an expulsion at `k` acts on: up to five, ending before a comma, a preposition, `and`
/// or a relative clause.
fn expelled_object(lower: &[String], k: usize) -> impl Iterator<Item = &String> + Clone {
    lower[k..lower.len().min(k + 5)].iter().take_while(|w| {
        !matches!(
            w.as_str(),
            "," | "from" | "for" | "over" | "after" | "and" | "that" | "which"
        )
    })
}

/// Whether what is expelled from `k` on is ships or aircraft (`expelled two Chinese coast guard
/// vessels`).
fn expelled_craft(lower: &[String], k: usize) -> bool {
    expelled_object(lower, k).any(|w| {
        matches!(
            w.as_str(),
            "vessels" | "vessel" | "ships" | "ship" | "boats" | "boat" | "warships" | "aircraft" | "drones" | "jets"
        )
    })
}

/// Whether the first noun after an expulsion at `k` names private people (`expelled an Iranian
/// imam`, `expelled two foreign journalists`) rather than envoys, missions or states.
fn expelled_person(lower: &[String], k: usize) -> bool {
    let object = expelled_object(lower, k);
    // (Aid workers expelled are an aid agency's: CAMEO 1663.)
    !object
        .clone()
        .any(|w| matches!(w.as_str(), "aid" | "humanitarian" | "relief"))
        && object.clone().any(|w| {
            matches!(
                w.as_str(),
                "imam"
                    | "imams"
                    | "cleric"
                    | "clerics"
                    | "preacher"
                    | "priest"
                    | "priests"
                    | "journalist"
                    | "journalists"
                    | "reporter"
                    | "reporters"
                    | "activist"
                    | "activists"
                    | "migrants"
                    | "migrant"
                    | "refugees"
                    | "students"
                    | "student"
                    | "nationals"
                    | "citizens"
                    | "foreigners"
                    | "businessman"
                    | "missionary"
                    | "missionaries"
                    | "academic"
                    | "researcher"
            )
        })
}

/// Whether what is walked out of from `k` on is a place of work or a protest follows (`walked out
/// of hospitals`, `walked out in protest`), not talks or a meeting.
fn walked_out_of_work(lower: &[String], k: usize) -> bool {
    let window = &lower[k..lower.len().min(k + 8)];
    window.iter().take(4).any(|w| {
        matches!(
            w.as_str(),
            "hospitals"
                | "hospital"
                | "schools"
                | "school"
                | "factories"
                | "factory"
                | "work"
                | "jobs"
                | "job"
                | "classes"
                | "classrooms"
                | "offices"
                | "plants"
                | "plant"
                | "mines"
                | "clinics"
        )
    }) || window
        .windows(2)
        .any(|p| matches!((p[0].as_str(), p[1].as_str()), ("in" | "to", "protest")))
}

/// Whether what is fired from `k` on goes into the sea or open waters, or lands near a border,
/// with no one hit before it (`fired two missiles into the sea`, `launched rockets into waters
/// off its coast`).
fn fired_to_sea(lower: &[String], k: usize) -> bool {
    (k..lower.len().min(k + 10))
        .take_while(|&j| !matches!(lower[j].as_str(), "." | ";" | "," | "at" | "on"))
        .any(|j| {
            let ahead = &lower[j + 1..lower.len().min(j + 4)];
            (lower[j] == "into" && ahead.iter().any(|w| matches!(w.as_str(), "sea" | "waters" | "ocean")))
                // (Or near a border, hitting nothing named: `fired a barrage of artillery shells
                // near the maritime border with South Korea`.)
                || (matches!(lower[j].as_str(), "near" | "along")
                    && ahead.iter().any(|w| matches!(w.as_str(), "border" | "frontier" | "boundary"))
                    && !lower[j..].iter().any(|w| {
                        w.starts_with("kill") || w.starts_with("wound") || w.starts_with("injur") || w == "hitting"
                    }))
        })
}

/// Whether `called` at `i` is a phone call between leaders: a person, a government or a
/// country right before it (or before its auxiliary), a named person, role or organisation
/// (a surname the tagger read as one: `Erdogan`) right after it,
/// and after that the clause ends or a time, a purpose or a circumstance follows, not what the
/// callee was called (`called Erdogan on Saturday`, `has called President Ruto to …`).
fn phoned_leader(lower: &[String], phrases: &[Phrase], i: usize) -> bool {
    if !matches!(lower[i].as_str(), "called" | "rang" | "phoned") {
        return false;
    }
    let mut b = i;
    while b > 0
        && matches!(
            lower[b - 1].as_str(),
            "has" | "had" | "have" | "also" | "then" | "later" | "first"
        )
    {
        b -= 1;
    }
    let subject = phrases.iter().any(|p| {
        p.end == b
            && !p.after_preposition
            && !p.possessor
            // (Not one so named: `a scruffy little Austrian called Adolf Hitler`.)
            && !lower[p.start.saturating_sub(3)..p.start].iter().any(|w| w == "a" || w == "an")
            && matches!(
                p.r,
                Ref::Person(_) | Ref::Role { .. } | Ref::Pronoun | Ref::Country(_) | Ref::Group { .. }
            )
    });
    let object = phrases.iter().find(|p| {
        p.start == i + 1 && !p.possessor && matches!(p.r, Ref::Person(_) | Ref::Role { .. } | Ref::Org { .. })
    });
    subject
        && object.is_some_and(|o| {
            lower.get(o.end).is_none_or(|w| {
                matches!(
                    w.as_str(),
                    "." | ","
                        | ";"
                        | "on"
                        | "late"
                        | "last"
                        | "early"
                        | "earlier"
                        | "yesterday"
                        | "today"
                        | "tonight"
                        | "this"
                        | "after"
                        | "before"
                        | "during"
                        | "from"
                        | "ahead"
                        | "amid"
                        | "about"
                        | "to"
                        | "and"
                        | "over"
                        | "in"
                )
            })
        })
}

/// What one party puts to another: judging it judges that party (`rejected the union's demand`).
const PROPOSALS: &[&str] = &[
    "demand",
    "demands",
    "request",
    "requests",
    "proposal",
    "proposals",
    "offer",
    "offers",
    "call",
    "calls",
    "appeal",
    "appeals",
    "bid",
    "plan",
    "plans",
    "claim",
    "claims",
    "ultimatum",
    "conditions",
    "terms",
];

/// Whether a crowd verb at `i` (ending at `end`: `rallied`, `demonstrated`, `gathered`) is a
/// protest. Other protest triggers pass. One that takes an object shows or collects something
/// (`demonstrated its commitment`, `gathered evidence`); otherwise the protest needs a protest's
/// marks after it (`against`, `outside`, `in protest`, `chanting`, `demanding`) or, for rallies and
/// demonstrations, protesters or a crowd as the subject (`thousands of students demonstrated in
/// Tehran`). Gatherings need the marks or protesters (`demonstrators gathered outside …`).
fn crowd_protest(lower: &[String], i: usize, end: usize) -> bool {
    let verb = lower[i].as_str();
    let gathering = ["gather", "assembl", "converg"].iter().any(|p| verb.starts_with(p));
    if !gathering && !verb.starts_with("rall") && !verb.starts_with("demonstrat") {
        return true;
    }
    // (A gathering named is no crowd gathering: `an informal gathering of finance ministers`;
    // one in progress is: `are gathering outside the court`.)
    if gathering
        && verb.ends_with("ing")
        && !(i > 0 && matches!(lower[i - 1].as_str(), "are" | "were" | "is" | "was" | "been"))
    {
        return false;
    }
    let next = lower.get(end).map_or("", String::as_str);
    if NP_DETERMINERS.contains(&next)
        || matches!(
            next,
            "that" | "how" | "why" | "what" | "its" | "their" | "his" | "her" | "our" | "itself"
        )
    {
        return false;
    }
    let stop = (end..lower.len().min(end + 14))
        .find(|&k| matches!(lower[k].as_str(), "." | ";"))
        .unwrap_or(lower.len().min(end + 14));
    // (What is gathered `against` someone is evidence: gatherings need a protest's own marks.)
    let marks = (end..stop).any(|k| {
        matches!(
            lower[k].as_str(),
            "outside"
                | "protest"
                | "protests"
                | "protesting"
                | "demanding"
                | "chanting"
                | "denouncing"
                | "condemning"
                | "slogans"
                | "placards"
                | "banners"
                | "solidarity"
        ) || (!gathering && lower[k] == "against")
            || (!gathering && lower[k] == "front" && k > 0 && lower[k - 1] == "in")
            || (matches!(lower[k].as_str(), "calling" | "call") && lower.get(k + 1).is_some_and(|w| w == "for"))
            || (lower[k] == "to"
                && lower
                    .get(k + 1)
                    .is_some_and(|w| matches!(w.as_str(), "demand" | "denounce" | "condemn")))
    });
    // (Markets rally `against` a currency: `the dollar rallied against the yen`.)
    let before = &lower[i.saturating_sub(6)..i];
    let market = before.iter().any(|w| {
        matches!(
            w.as_str(),
            "dollar"
                | "stocks"
                | "shares"
                | "bonds"
                | "prices"
                | "market"
                | "markets"
                | "index"
                | "futures"
                | "yen"
                | "euro"
                | "sterling"
                | "currency"
                | "oil"
                | "gold"
        )
    });
    let protesters = |w: &str| PROTESTERS.contains(&w) || w == "opponents";
    let crowd = before.iter().any(|w| {
        protesters(w)
            || (!gathering
                && (MASS_HEADS.contains(&w.as_str())
                    || matches!(
                        w.as_str(),
                        "thousands" | "hundreds" | "supporters" | "farmers" | "teachers" | "unionists" | "opposition"
                    )))
    });
    !market && (marks || crowd)
}

/// Whether a form of `support` at `i` (ending at `end`) is market, poll or service support: a
/// modifier before it (`pct`, `income`, `price`, `technical`) or an object that is a currency, a
/// price or an economy (`to support the dollar`, `to support its economy`).
fn market_support(lower: &[String], i: usize, end: usize) -> bool {
    if !lower[i].starts_with("support") {
        return false;
    }
    let prev = if i > 0 { lower[i - 1].as_str() } else { "" };
    if matches!(
        prev,
        "pct"
            | "percent"
            | "%"
            | "income"
            | "price"
            | "technical"
            | "customer"
            | "life"
            | "party"
            | "popular"
            | "voter"
            | "electoral"
            | "grassroots"
    ) {
        return true;
    }
    let mut k = end;
    while k < lower.len() && k < end + 3 && (NP_DETERMINERS.contains(&lower[k].as_str()) || lower[k] == "its") {
        k += 1;
    }
    lower.get(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "dollar"
                | "dollars"
                | "currency"
                | "currencies"
                | "yen"
                | "mark"
                | "sterling"
                | "pound"
                | "prices"
                | "price"
                | "economy"
                | "market"
                | "markets"
                | "growth"
                | "demand"
                | "shares"
                | "stocks"
                | "exchange"
                | "franc"
                | "lira"
                | "rupee"
                | "peso"
                | "euro"
        )
    })
}

/// What one declines or refuses to do when asked by a reporter (`declined to comment`, `refused
/// to say`): no rejection of anyone (CAMEO's DECLINE COMMENT, 011, a statement PLOVER does not
/// code).
const REPORTER_ANSWERS: &[&str] = &[
    "comment",
    "say",
    "elaborate",
    "disclose",
    "disclosed",
    "confirm",
    "reveal",
    "speculate",
    "specify",
    "answer",
    "be",
    "give",
    "name",
    "identify",
    "detail",
    "put",
    "value",
    "estimate",
    "forecast",
    "predict",
    "compare",
    "state",
    "quantify",
    "rule",
    "discuss",
    "provide",
];

/// Whether a form of `decline` or `refuse` at `i` (ending at `end`) answers a reporter (`declined
/// to comment`, `declined immediate comment`) or, for `decline`, is a fall (`prices declined 5.3
/// pct`, `sales declined sharply`).
fn declined_comment(lower: &[String], i: usize, end: usize) -> bool {
    let w = lower[i].as_str();
    if !(w.starts_with("declin") || w.starts_with("refus")) || end != i + 1 {
        return false;
    }
    let next = lower.get(end).map_or("", String::as_str);
    let after = lower.get(end + 1).map_or("", String::as_str);
    // (Giving or providing is an answer only when details are what is given: `declined to give
    // financial details`, not `refused to provide military aid`.)
    let answered = REPORTER_ANSWERS.contains(&after)
        && (!matches!(after, "give" | "provide" | "be")
            || lower[(end + 2).min(lower.len())..lower.len().min(end + 5)]
                .iter()
                .any(|w| {
                    matches!(
                        w.as_str(),
                        "details"
                            | "figures"
                            | "figure"
                            | "information"
                            | "breakdown"
                            | "estimate"
                            | "timetable"
                            | "reason"
                            | "reasons"
                            | "drawn"
                            | "named"
                            | "identified"
                            | "quoted"
                    )
                }));
    if (next == "to" && answered)
        || next == "comment"
        || (matches!(next, "immediate" | "further" | "any") && after == "comment")
    {
        return true;
    }
    // (A fall: no object, or a quantity, an adverb or a cause next.)
    // (`declined to 4.9 pct` is a fall too; `declined to sign` is not.)
    let fell_to = next == "to" && quantity(after);
    let no_object = matches!(
        next,
        "" | "." | "," | ";" | "from" | "in" | "by" | "due" | "on" | "for" | "during" | "after" | "and"
    );
    w.starts_with("declin") && (no_object || fell_to || quantity(next) || (next.len() > 4 && next.ends_with("ly")))
}

/// Whether a bare form of `warn` at `i` (ending at `end`) warns of how things will go: `of` or
/// `that` follows, no actor starts what is warned of, and no word of force or reprisal is in
/// it (`warned of a crushing response if Israel attacked`, `warned that Iran would close the
/// Strait` stay threats).
fn impersonal_warning(lower: &[String], phrases: &[Phrase], i: usize, end: usize) -> bool {
    if !lower[i].starts_with("warn") || end != i + 1 {
        return false;
    }
    if !lower.get(end).is_some_and(|w| w == "of" || w == "that") {
        return false;
    }
    let mut k = end + 1;
    while k < lower.len() && NP_DETERMINERS.contains(&lower[k].as_str()) {
        k += 1;
    }
    let actor = phrases.iter().any(|p| p.start > end && p.start <= k && !p.possessor);
    let forceful = lower[end + 1..lower.len().min(end + 14)]
        .iter()
        .take_while(|w| !matches!(w.as_str(), ";" | "."))
        .any(|w| {
            matches!(
                w.as_str(),
                "response"
                    | "retaliate"
                    | "retaliation"
                    | "retaliatory"
                    | "consequences"
                    | "reprisal"
                    | "reprisals"
                    | "force"
                    | "war"
                    | "attack"
                    | "attacks"
                    | "strike"
                    | "strikes"
                    | "sanctions"
                    | "action"
                    | "punish"
                    | "punishment"
                    | "crush"
                    | "crushed"
                    | "destroy"
                    | "military"
                    | "revenge"
                    | "countermeasures"
                    | "if"
                    | "unless"
                    | "measures"
                    | "fire"
                    | "invasion"
                    | "invade"
                    | "expel"
                    | "arrest"
                    | "arrested"
                    | "prosecuted"
                    | "jailed"
                    | "banned"
                    | "ban"
            )
        });
    !actor && !forceful
}

/// Whether the noun `threat` at `i` (ending at `end`) names one who poses or is a threat, not a
/// threat issued: `pose` or a copula before it over its determiner and modifiers (`posed a
/// serious threat to`, `would not be a threat to`, `as a threat`), `pose` just after it (`the
/// threat United posed`), or a natural or economic danger after `of` (`a threat of flooding`).
fn threat_posed(lower: &[String], i: usize, end: usize) -> bool {
    if !matches!(lower[i].as_str(), "threat" | "threats") || end != i + 1 {
        return false;
    }
    let mut b = i;
    while b > 0
        && i - b < 4
        && (NP_DETERMINERS.contains(&lower[b - 1].as_str())
            || matches!(
                lower[b - 1].as_str(),
                "serious"
                    | "major"
                    | "real"
                    | "greatest"
                    | "competitive"
                    | "economic"
                    | "potential"
                    | "direct"
                    | "grave"
                    | "security"
                    | "big"
                    | "biggest"
                    | "significant"
                    | "growing"
                    | "main"
                    | "genuine"
                    | "existential"
                    | "no"
                    | "little"
                    | "any"
                    | "more"
                    | "less"
                    | "bigger"
            ))
    {
        b -= 1;
    }
    let copula = b > 0
        && matches!(
            lower[b - 1].as_str(),
            "pose"
                | "poses"
                | "posed"
                | "posing"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "being"
                | "as"
                | "remain"
                | "remains"
                | "remained"
                | "become"
                | "becomes"
                | "became"
                | "constitute"
                | "constitutes"
                | "constituted"
                | "represent"
                | "represents"
                | "represented"
        );
    let posed_after = lower[end..lower.len().min(end + 4)]
        .iter()
        .any(|w| matches!(w.as_str(), "pose" | "poses" | "posed" | "posing"));
    let natural = lower.get(end).is_some_and(|w| w == "of")
        && lower.get(end + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "flooding"
                    | "floods"
                    | "rain"
                    | "storms"
                    | "drought"
                    | "famine"
                    | "recession"
                    | "inflation"
                    | "disease"
            )
        });
    copula || posed_after || natural
}

/// Whether a form of `return` at `i` (ending at `end`) may give something back (`returned the
/// bodies`, `returned cultural artifacts … to the government of Italy`, `was returned by US
/// officials`, `the return of the hostages`), not one who goes back (`return to the squad`), a
/// noun without its `of` (`a winning return`, `rate of return`, `in return for`) or a return
/// flight. Any other word at `i` passes.
fn returned_thing(lower: &[String], i: usize, end: usize) -> bool {
    if !lower[i].starts_with("return") {
        return true;
    }
    let prev = if i > 0 { lower[i - 1].as_str() } else { "" };
    if matches!(prev, "in" | "of" | "tax") {
        return false;
    }
    let next = lower.get(end).map_or("", String::as_str);
    let noun = NP_DETERMINERS.contains(&prev)
        || POSSESSIVE_DETERMINERS.contains(&prev)
        || matches!(
            prev,
            "winning" | "triumphant" | "quick" | "safe" | "swift" | "early" | "eventual" | "successful" | "'s"
        );
    if noun {
        return next == "of";
    }
    !matches!(
        next,
        "" | "to"
            | "for"
            | "."
            | ","
            | "home"
            | "flight"
            | "flights"
            | "pass"
            | "trip"
            | "journey"
            | "match"
            | "leg"
            | "fixture"
            | "visit"
            | "ticket"
            | "tickets"
            | "rate"
            | "rates"
            | "date"
            | "game"
    )
}

/// Whether a form of `release` at `i` (ending at `end`) releases information or goods, not
/// people: a press release, a thing released named just before (`figures released by the
/// IMF`, `the statement was released`), or one that heads the object or what follows `release
/// of` (`released a report`, `released its fourth quarter results`, `the release of 300,000
/// tonnes of wheat`), or one released from hospital.
fn released_thing(lower: &[String], i: usize, end: usize) -> bool {
    if !lower[i].starts_with("releas") {
        return false;
    }
    let thing = |w: &str| RELEASED_THINGS.contains(&w);
    if i > 0 && lower[i - 1] == "press" {
        return true;
    }
    // (`figures released …`, `the report was released`, `a statement to be released`.)
    let mut b = i;
    while b > 0 && (VERB_GROUP.contains(&lower[b - 1].as_str()) || lower[b - 1] == "to") {
        b -= 1;
    }
    if b > 0 && thing(&lower[b - 1]) {
        return true;
    }
    if lower.get(end).is_some_and(|w| w == "from") && lower.get(end + 1).is_some_and(|w| w == "hospital") {
        return true;
    }
    // The object's head: its last word before a preposition, a clause or a participle (`the
    // release of` looks past its `of`).
    let start = end + usize::from(lower.get(end).is_some_and(|w| w == "of"));
    lower[start.min(lower.len())..lower.len().min(start + 8)]
        .iter()
        .take_while(|w| {
            !verbal_ing(w)
                && !matches!(
                    w.as_str(),
                    "," | ";"
                        | "."
                        | "of"
                        | "to"
                        | "from"
                        | "by"
                        | "on"
                        | "in"
                        | "at"
                        | "that"
                        | "which"
                        | "who"
                        | "after"
                        | "for"
                        | "and"
                        | "as"
                        | "with"
                )
        })
        .last()
        .is_some_and(|w| thing(w))
}

/// Whether the word at `i` is not a form of `leave` or `depart`, or is one whose subject, over
/// its auxiliaries, is forces and whose object is a place (`American troops have begun leaving
/// Afghanistan`), not a consequence after a comma (`…, leaving 220 men killed`).
fn forces_leave(lower: &[String], i: usize, end: usize) -> bool {
    if !matches!(
        lower[i].as_str(),
        "left" | "leave" | "leaves" | "leaving" | "departed" | "depart" | "departs" | "departing"
    ) {
        return true;
    }
    let mut k = i;
    while k > 0
        && (VERB_GROUP.contains(&lower[k - 1].as_str())
            || matches!(
                lower[k - 1].as_str(),
                "begun" | "began" | "begin" | "begins" | "started" | "start" | "starts" | "to" | "finally" | "already"
            ))
    {
        k -= 1;
    }
    k > 0
        && matches!(
            lower[k - 1].as_str(),
            "troops"
                | "soldiers"
                | "forces"
                | "army"
                | "armies"
                | "peacekeepers"
                | "marines"
                | "contingent"
                | "contingents"
        )
        && lower
            .get(end)
            .is_some_and(|w| !matches!(w.as_str(), "for" | "to" | "behind" | "," | "."))
}

/// The phrase just past `p` and its preposition (and an article): whom a border, a deal or a
/// thing of `p` is with or belongs to (`the grain deal with Ukraine`).
fn phrase_after<'a>(phrases: &'a [Phrase], p: &Phrase) -> Option<&'a Phrase> {
    phrases.iter().find(|q| q.start > p.end && q.start <= p.end + 2)
}

/// Goods named with where they come from (`imports of goods from Kosovo`, `exports to
/// China`): that party.
fn traded_from<'a>(lower: &[String], phrases: &'a [Phrase], p: &Phrase) -> Option<&'a Phrase> {
    // (Goods of a named origin stay theirs: `duties on European exports to the Gulf`.)
    // (Or anything said to be brought from somewhere: `microchips imported from Japan`.)
    // (Or a thing under export rules: `export restrictions on semiconductor materials to South
    // Korea`, `a ban on arms sales to Vietnam`.)
    let export_rule = (p.start.saturating_sub(4)..p.start)
        .any(|j| matches!(lower[j].as_str(), "export" | "exports" | "import" | "imports"))
        && p.start > 0
        && lower[p.start - 1] == "on";
    let goods = (matches!(
        lower[p.end - 1].as_str(),
        "imports"
            | "exports"
            | "goods"
            | "products"
            | "shipments"
            | "trade"
            | "sales"
            | "deliveries"
            // (Or their passage: `restrictions on the movement of goods into the Gaza Strip`.)
            | "movement"
            | "flow"
            | "passage"
            | "transit"
    ) || export_rule
        || lower.get(p.end).is_some_and(|w| {
            matches!(
                w.as_str(),
                "imported" | "exported" | "shipped" | "made" | "produced" | "originating" | "sourced"
            )
        }))
        && !phrases.iter().any(|q| q.start >= p.start && q.end <= p.end);
    let k = (p.end..lower.len().min(p.end + 4))
        .take_while(|&k| {
            matches!(lower[k].as_str(), "of" | "from" | "to" | "into") || lower[k].chars().all(char::is_alphabetic)
        })
        .find(|&k| matches!(lower[k].as_str(), "from" | "to" | "into"))
        .filter(|_| goods)?;
    phrases
        .iter()
        .find(|q| q.start == k + 1 || (q.start == k + 2 && lower[k + 1] == "the"))
}

/// A border named with the country it is shared with (`along its border with Ukraine`), or a
/// crossing with where it leads: the act is towards that country.
fn border_with(lower: &[String], p: &Phrase) -> bool {
    let next = lower.get(p.end).map_or("", String::as_str);
    match lower[p.end - 1].as_str() {
        "border" | "borders" | "frontier" | "boundary" | "control" => next == "with",
        // (`the Kerem Shalom crossing into Gaza`.)
        "crossing" | "crossings" => matches!(next, "with" | "into" | "to"),
        _ => false,
    }
}

fn agentive(head: &str) -> bool {
    AGENT_HEADS.contains(&head)
        || FORCES.contains(&head)
        || (["ers", "ors", "ists", "ians", "ants", "ents", "ives", "ites"]
            .iter()
            .any(|suffix| head.len() > 5 && head.ends_with(suffix))
            // `agreements`, `investments` are things; so are `letters` (of credit) and `orders`.
            && !head.ends_with("ments")
            && !NOT_AGENTS.contains(&head))
}

/// The noun phrase right after `by` at `by`, when it names people or bodies by what they are
/// (`by armed men`, `by security forces`).
fn agent_np_after(toks: &[&str], lower: &[String], by: usize, quoted: &[bool], headline: bool) -> Option<Phrase> {
    object_np(toks, lower, by + 1, quoted, headline).filter(|q| q.start <= by + 2 && agentive(&lower[q.end - 1]))
}

/// Words between a refusal and the act it refuses, when they only join the refuser to it: `to`,
/// one verb and its particles (`refused to take part in talks`, `declined to enter into
/// negotiations`).
fn joined_act(gap: &[String]) -> bool {
    let [to, _verb, rest @ ..] = gap else {
        return false;
    };
    to == "to"
        && rest.iter().all(|w| {
            matches!(
                w.as_str(),
                "part"
                    | "in"
                    | "into"
                    | "on"
                    | "for"
                    | "to"
                    | "the"
                    | "a"
                    | "an"
                    | "any"
                    | "further"
                    | "direct"
                    | "new"
                    | "fresh"
                    | "formal"
                    | "down"
                    | "back"
            )
        })
}

/// The noun phrase just after a trigger (over one preposition and a determiner): its object
/// when it names no known actor.
/// Whether a word is a past participle that can open a reduced passive: a regular one of more
/// than four letters (`kidnapped`), or a common irregular one (`held`, `taken`).
fn participle_form(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed"))
        || matches!(
            w,
            "held"
                | "taken"
                | "kept"
                | "caught"
                | "shot"
                | "sent"
                | "brought"
                | "stolen"
                | "beaten"
                | "thrown"
                | "driven"
        )
}

fn object_np(toks: &[&str], lower: &[String], te: usize, quoted: &[bool], headline: bool) -> Option<Phrase> {
    let n = toks.len();
    let mut k = te;
    if k < n
        && matches!(
            lower[k].as_str(),
            "against" | "on" | "into" | "of" | "for" | "with" | "at" | "over" | "about" | "upon" | "to"
        )
        && !(lower[k] == "at" && lower.get(k + 1).is_some_and(|w| w == "least" || w == "most"))
    {
        // `to` before a verb is an infinitive, not an object.
        // (Nor before a count of people: `granted a pardon to 300 prisoners`.)
        let people_counted = lower
            .get(k + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            && lower[(k + 2).min(n)..(k + 4).min(n)]
                .iter()
                .any(|w| CAPTIVES.contains(&w.as_str()) || people_head(w));
        if lower[k] == "to"
            && !lower.get(k + 1).is_some_and(|w| NP_DETERMINERS.contains(&w.as_str()))
            && !people_counted
        {
            return None;
        }
        k += 1;
    }
    // `that` before a clause is no determiner (`complaining that the takeover …`).
    if lower.get(k).is_some_and(|w| w == "that")
        && (lower.get(k + 1).is_some_and(|w| NP_STOP.contains(&w.as_str()))
            || toks.get(k + 1).is_some_and(|t| name_like(t)))
    {
        return None;
    }
    let start = k;
    // Determiners and quantities: `the`, `at least four`, `more than 100,000`, `hundreds of`,
    // `one of two`, `all three`.
    while k < n && k - start < 6 {
        let w = lower[k].as_str();
        let next = lower.get(k + 1).map(String::as_str);
        if matches!(
            (w, next),
            ("at", Some("least" | "most")) | ("more" | "fewer" | "less", Some("than"))
        ) {
            k += 2;
        } else if NP_DETERMINERS.contains(&w)
            || quantity(w)
            || (w == "of" && k > start)
            // (`several other countries`, `other European companies`.)
            || (w == "other" && next.is_some_and(|n| !NP_STOP.contains(&n)))
        {
            k += 1;
        } else {
            break;
        }
    }
    let mut end = k;
    // (Counted afresh past a possessor: `Iran's most prominent political prisoners`.)
    let mut base = k;
    while end < n && end - base < 5 && !quoted[end] {
        let w = lower[end].as_str();
        // A number after the head starts something else (`its owners 71 years after …`).
        if end > k && quantity(w) && !calendar_word(&lower[end - 1]) {
            break;
        }
        if w == "'s" {
            end += 1;
            base = end;
        } else if w == "-"
            || (np_word(toks[end], w)
                // (A participle past the head starts a clause: `the country's new economic
                // program announced last month`.)
                // (Or right past the head when a preposition follows it: `a man accused of
                // killing …`.)
                && !((end > base + 1
                    || (end > base
                        && lower.get(end + 1).is_some_and(|n| matches!(n.as_str(), "of" | "with" | "by" | "from"))))
                    && participle_form(w)
                    && !w.contains('-')
                    && toks[end].starts_with(char::is_lowercase)
                    && !lower[end - 1].ends_with("ly")))
            // (A superlative: `the most prominent political prisoners`.)
            || (w == "most" && end == base && toks.get(end + 1).is_some_and(|t| np_word(t, &lower[end + 1])))
        {
            end += 1;
        } else {
            break;
        }
    }
    // A date is no participant (`declared a ceasefire on 1 April`).
    let date_word = |w: &String| calendar_word(w) || (w != "on" && time_word(w));
    if end == k || date_word(&lower[end - 1]) || lower[k..end].iter().all(|w| date_word(w) || quantity(w)) {
        return None;
    }
    // `other …` names only others of a kind that acts (`several other countries`, not `many
    // other films`).
    if lower[start..k].iter().any(|w| w == "other") && !agentive(&lower[end - 1]) {
        return None;
    }
    // A bare singular common noun is a topic (`mediating peace`), not a participant: take a
    // phrase with a determiner, a name (outside Title Case headlines) or a plural of people
    // or things acted upon.
    let head = lower[end - 1].as_str();
    let named = !headline && name_like(toks[k]);
    let plural = head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !matches!(
            head,
            "talks"
                | "ties"
                | "relations"
                | "solutions"
                | "efforts"
                | "measures"
                | "issues"
                | "concerns"
                | "interests"
                | "goals"
                | "needs"
                | "terms"
                | "matters"
                | "plans"
                | "steps"
                | "affairs"
                | "news"
                | "thanks"
        );
    // (Irregular plurals of people too: `banned women from …`.)
    let people = matches!(head, "men" | "women" | "children");
    // (And things struck or held that have no plural: `struck energy infrastructure in Lviv`.)
    let held = matches!(
        head,
        "infrastructure" | "shipping" | "territory" | "farmland" | "property"
    );
    // (And a part of something: `torched part of the parliament building`.)
    let part = end == k + 1 && matches!(head, "part" | "much") && lower.get(end).is_some_and(|w| w == "of");
    (k > start || named || plural || people || held || part).then(|| generic_phrase(toks, start, end))
}

/// Whether a word in -ing is a participle, not a preposition (`including`) or a noun (`after a
/// cabinet meeting that …`).
fn verbal_ing(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && !matches!(
            w,
            "including"
                | "according"
                | "regarding"
                | "concerning"
                | "following"
                | "during"
                | "excluding"
                | "involving"
                | "meeting"
                | "building"
                | "funding"
                | "spending"
                | "training"
                | "bombing"
                | "shelling"
                | "hearing"
                | "ruling"
                | "briefing"
                | "housing"
                | "offering"
                | "filing"
                | "killing"
                | "warning"
                | "trading"
                | "banking"
                | "engineering"
                | "mining"
                | "morning"
                | "evening"
                | "gathering"
                | "steering"
                | "easing"
                | "signing"
                | "landing"
                | "lending"
                | "pricing"
                | "opening"
                | "setting"
                | "standing"
                | "understanding"
                | "uprising"
                | "shooting"
                | "sitting"
                | "beginning"
                | "ceiling"
                | "listing"
        )
}

/// Whether a token is written like a name: capitalised, or an Arabic name after its lowercase
/// article (`al-Shabab`, `el-Sisi`).
fn name_like(tok: &str) -> bool {
    let rest = ["al-", "el-", "ad-", "ash-", "as-", "an-", "ar-"]
        .iter()
        .find_map(|a| tok.strip_prefix(a))
        .unwrap_or(tok);
    rest.chars().next().is_some_and(char::is_uppercase)
}

/// Words of a short time phrase between a verb's object and what follows (`on Friday`, `last
/// week`).
fn time_word(w: &str) -> bool {
    matches!(
        w,
        "on" | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "last"
            | "this"
            | "week"
            | "weekend"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "yesterday"
            | "today"
            | "earlier"
            | "later"
    )
}

/// A month or a span of time (`in October`, `in recent weeks`).
fn calendar_word(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "year"
            | "years"
            | "month"
            | "months"
            | "weeks"
            | "days"
            | "hours"
            | "recent"
            | "past"
            | "time"
            | "response"
    )
}

/// A number or quantity word (`18`, `100,000`, `nearly`, `dozens`).
fn quantity(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(
            w,
            "one"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "twelve"
                | "twenty"
                | "scores"
                | "millions"
                | "many"
                | "nearly"
                | "almost"
                | "about"
                | "around"
                | "roughly"
                | "hundred"
                | "thousand"
                | "million"
        )
}

/// A thing or group of one nationality named by a noun phrase (`Chinese steel`, `US liquefied
/// natural gas`, `two Kenyan nationals`) is that country's: it takes the country (and its code)
/// when exactly one country is named in it. (Not one that backs or leads it: `Iranian-backed`.)
fn generic_country(
    mut a: Actor,
    s: &dyad_core::Sentence,
    p: &Phrase,
    mentions: &[Mention],
    other: Option<&Actor>,
) -> Actor {
    if a.country.is_some() || a.kind.as_deref() != Some("generic") || p.end <= p.start {
        return a;
    }
    let (Some(first), Some(last)) = (s.tokens.get(p.start), s.tokens.get(p.end - 1)) else {
        return a;
    };
    // Relations of two countries named together (`Kenya-China relations`) are, for one of them,
    // with the other.
    let pair: Vec<&str> = s.tokens[p.start..p.end]
        .iter()
        .filter(|t| t.text.contains('-') && t.text.split('-').all(|w| w.starts_with(char::is_uppercase)))
        .flat_map(|t| {
            mentions
                .iter()
                .filter(|m| m.kind == dyad_core::EntityKind::Country && m.start >= t.start && m.end <= t.end)
                .filter_map(|m| m.country.as_deref())
        })
        .collect();
    if let ([x, y], Some(own)) = (pair.as_slice(), other.and_then(|o| o.country.as_deref())) {
        let partner = if *x == own && *y != own {
            Some(*y)
        } else if *y == own && *x != own {
            Some(*x)
        } else {
            None
        };
        if let Some(c) = partner {
            a.country = Some(c.to_string());
            a.code = actors::code(Some(c), None);
            return a;
        }
    }
    let mut found: Vec<&str> = mentions
        .iter()
        .filter(|m| {
            // (A capital is in its country: `sent troops to Khartoum`.)
            (matches!(m.kind, dyad_core::EntityKind::Country | dyad_core::EntityKind::Demonym)
                || (m.kind == dyad_core::EntityKind::Loc && m.country.is_some()))
                && m.start >= first.start
                && m.end <= last.end
                && !s
                    .tokens
                    .iter()
                    .any(|t| t.start <= m.start && t.end > m.start && t.text.contains('-'))
        })
        .filter_map(|m| m.country.as_deref())
        .collect();
    found.sort_unstable();
    found.dedup();
    if let [c] = found.as_slice() {
        a.country = Some((*c).to_string());
        a.code = actors::code(Some(c), None);
    }
    a
}

fn generic_phrase(toks: &[&str], start: usize, end: usize) -> Phrase {
    Phrase {
        start,
        end,
        r: Ref::Generic {
            text: toks[start..end].join(" ").replace(" 's", "'s"),
        },
        after_preposition: false,
        possessor: false,
        weak: true,
    }
}

/// The speech verb (or `;`/`:`) that opens a clause starting at `clause`, over its `that`.
fn speech_verb(lower: &[String], clause: usize) -> Option<usize> {
    let before = clause.checked_sub(1)?;
    if lower[before] == "that" {
        before.checked_sub(1)
    } else {
        Some(before)
    }
}

/// Start of the clause a trigger at `ts` belongs to: after `;`, `:`, or a speech verb.
/// Where a place named by a nationality ends: over the noun it qualifies (`a Lebanese
/// village`), else at the phrase's end.
fn place_end(toks: &[&str], lower: &[String], p: &Phrase) -> usize {
    let mut end = p.end;
    if p.weak && matches!(p.r, Ref::Country(_)) {
        while end < toks.len()
            && end < p.end + 2
            && toks[end].starts_with(char::is_lowercase)
            && np_word(toks[end], &lower[end])
        {
            end += 1;
        }
    }
    end
}

/// Where the verb group (auxiliaries, negation, adverbs) before the word at `ts` starts, going
/// back no further than `clause`.
fn verb_start(lower: &[String], clause: usize, ts: usize) -> usize {
    let mut verb = ts;
    while verb > clause && (VERB_GROUP.contains(&lower[verb - 1].as_str()) || lower[verb - 1].ends_with("ly")) {
        verb -= 1;
    }
    verb
}

/// Words that open a clause of its own past a thing and its place (`supported the plans when
/// Mr Blunkett argued for them in Cabinet`).
const TIME_CLAUSES: &[&str] = &[
    "when", "while", "after", "before", "because", "although", "though", "whereas",
];

/// Words that open a clause of time, cause or condition with a subject of its own.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "because", "since", "as", "although", "though", "until", "once", "whereas",
];

fn clause_start(lower: &[String], ts: usize) -> usize {
    let mut start = 0;
    for (i, w) in lower[..ts].iter().enumerate() {
        // `continued`, `insist` report speech only before what is said (`he continued: "…"`,
        // `insists that …`), not in `continued torture` or `would not insist on its withdrawal`.
        let weak = (matches!(w.as_str(), "continued" | "insist" | "insists")
            && !lower
                .get(i + 1)
                .is_some_and(|n| matches!(n.as_str(), "that" | "," | "\"" | "``" | ":")))
            // (Nor does a claim of responsibility: `claimed responsibility for a suicide attack`.)
            || (w.starts_with("claim")
                && lower
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "responsibility" | "credit")))
            // (Nor a state declared: `declared an internal armed conflict and ordered …`.)
            || (w.starts_with("declar") && lower.get(i + 1).is_some_and(|n| matches!(n.as_str(), "a" | "an")));
        // A finding or ruling reports a clause too (`ruled that Russia was responsible`).
        // (A finding only by a body that judges or inquires: not `a poll found that …`.)
        let verdict = lower.get(i + 1).is_some_and(|n| n == "that")
            && (matches!(w.as_str(), "ruled" | "rules")
                || (matches!(w.as_str(), "found" | "finds")
                    && lower[i.saturating_sub(4)..i].iter().any(|b| {
                        matches!(
                            b.as_str(),
                            "court"
                                | "judge"
                                | "tribunal"
                                | "commission"
                                | "inquiry"
                                | "investigators"
                                | "investigation"
                                | "panel"
                                | "probe"
                                | "mission"
                                | "report"
                                | "experts"
                        )
                    })));
        if matches!(w.as_str(), ";" | ":") || (SPEECH.contains(&w.as_str()) && !weak) || verdict {
            start = i + 1;
            if lower.get(start).is_some_and(|w| w == "that") {
                start += 1;
            }
        }
    }
    start
}

/// The phrase nearest before the trigger (preferring subjects over prepositional objects),
/// with the phrases coordinated with it (`Kenya and the United States`).
fn group_last<'a>(left: &[&'a Phrase], lower: &[String]) -> Vec<&'a Phrase> {
    // (A name given to the phrase before is no subject of its own: `the FARC dissidents known as
    // EMC agreed …`.)
    let alias = |p: &Phrase| {
        p.start >= 3
            && ((lower[p.start - 2] == "known" && lower[p.start - 1] == "as")
                || matches!(lower[p.start - 1].as_str(), "dubbed" | "nicknamed"))
            && left.iter().any(|q| q.end + 3 >= p.start && q.end < p.start)
    };
    let pick = left
        .iter()
        .rposition(|p| !p.after_preposition && !alias(p))
        .or_else(|| (!left.is_empty()).then(|| left.len() - 1));
    let Some(mut k) = pick else { return Vec::new() };
    let mut group = vec![left[k]];
    while k > 0 && coordinated(left[k - 1], left[k], lower) {
        k -= 1;
        group.insert(0, left[k]);
    }
    group
}

/// The first phrase after the trigger, with the phrases coordinated with it.
fn group_at<'a>(right: &[&'a Phrase], _lower: &[String]) -> Vec<&'a Phrase> {
    let Some(first) = right.first() else { return Vec::new() };
    let mut group = vec![*first];
    let mut k = 0;
    while k + 1 < right.len() && coordinated(right[k], right[k + 1], _lower) {
        k += 1;
        group.push(right[k]);
    }
    group
}

/// What one party is to another, between a possessor and a name (`Deutsche Boerse's rival
/// Euronext`).
const RELATIONS: &[&str] = &[
    "rival",
    "rivals",
    "arch-rival",
    "archrival",
    "ally",
    "allies",
    "neighbour",
    "neighbor",
    "partner",
    "partners",
    "subsidiary",
    "unit",
    "parent",
    "affiliate",
    "main",
    "key",
    "closest",
    "biggest",
    "largest",
    "former",
];

/// Words that may stand between `and` and a second coordinated actor.
const COORDINATED_ADJECTIVES: &[&str] = &[
    "neighbouring",
    "neighboring",
    "fellow",
    "rival",
    "moderate",
    "allied",
    "regional",
    "former",
];

fn coordinated(a: &Phrase, b: &Phrase, lower: &[String]) -> bool {
    if a.end > b.start {
        return false;
    }
    let mut between: Vec<&str> = lower[a.end..b.start].iter().map(String::as_str).collect();
    // A photo caption's positions (`Vladimir Putin, second left, and Dmitry Medvedev, left, …`).
    let position = |w: &&str| {
        matches!(
            *w,
            "left" | "right" | "center" | "centre" | "second" | "third" | "far" | "front" | "back" | "top" | "bottom"
        )
    };
    if between.first() == Some(&",")
        && between
            .iter()
            .any(|w| matches!(*w, "left" | "right" | "center" | "centre"))
    {
        between.retain(|w| *w != "," && !position(w));
    }
    match between.as_slice() {
        ["and"] | [",", "and"] | ["and", "the"] | [",", "and", "the"] | ["and", "his" | "her" | "its" | "their"] => {
            true
        }
        // (Over a word that only describes the second: `Kenya and neighbouring Uganda`,
        // `Tutsis and moderate Hutus`.)
        ["and" | ",", ..]
            if between.len() <= 3 && between.last().is_some_and(|w| COORDINATED_ADJECTIVES.contains(w)) =>
        {
            between[1..between.len() - 1]
                .iter()
                .all(|w| matches!(*w, "and" | "the"))
        }
        // (Over who backs or leads the second: `the Congolese army and Rwandan-backed M23
        // rebels`.)
        ["and", w]
            if ["-backed", "-led", "-allied", "-aligned", "-supported"]
                .iter()
                .any(|s| w.ends_with(s)) =>
        {
            true
        }
        // A bare comma lists things of one kind (`Sudan, South Sudan and Somalia`), not an
        // actor and the next clause's subject.
        [","] => std::mem::discriminant(&a.r) == std::mem::discriminant(&b.r),
        _ => false,
    }
}

fn modality(toks: &[&str], lower: &[String], clause: usize, ts: usize, trig: &Trigger) -> Modality {
    // A participle after `before`/`after` (`is scheduled to address the conference … before
    // meeting the emperor`) takes the tense of its whole clause.
    let adverbial =
        ts > clause + 1 && lower[ts].ends_with("ing") && matches!(lower[ts - 1].as_str(), "before" | "after");
    // A bare verb joined by `and` shares the first verb's modal (`will hold talks with Prime
    // Minister Margaret Thatcher and meet Queen Elizabeth`), however far back it is.
    let joined_bare = ts > clause + 1
        && lower[ts - 1] == "and"
        && !lower[ts].ends_with("ed")
        && !lower[ts].ends_with('s')
        && !lower[ts].ends_with("ing");
    let from = if joined_bare {
        clause
    } else {
        clause.max(ts.saturating_sub(8))
    };
    let window = &lower[from..ts];
    let near = &lower[ts.saturating_sub(3)..ts];
    if near.iter().any(|w| NEGATION.contains(&w.as_str())) {
        return Modality::Negated;
    }
    // `had no intention of invading`, `has no plans to visit`.
    if ts >= clause + 3
        && matches!(lower[ts - 1].as_str(), "of" | "to")
        && matches!(
            lower[ts - 2].as_str(),
            "intention" | "plans" | "plan" | "desire" | "wish"
        )
        && matches!(lower[ts - 3].as_str(), "no" | "never")
    {
        return Modality::Negated;
    }
    // Nor is what a negated verb was for (`will not go to Moscow in 1987 to meet Gorbachev`).
    if ts > from + 1 && lower[ts - 1] == "to" {
        let negated = (from..ts - 1)
            .rev()
            .find(|&k| matches!(lower[k].as_str(), "not" | "n't" | "never"));
        if negated.is_some_and(|n| {
            lower[n + 1..ts - 1].iter().all(|w| {
                !matches!(
                    w.as_str(),
                    "," | ";"
                        | "and"
                        | "but"
                        | "that"
                        | "if"
                        | "because"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                        | "only"
                )
            })
        }) {
            return Modality::Negated;
        }
    }
    // Talks as a means are meant, not held (`seeking through negotiations with creditors to
    // postpone payments`, `agreed to ease tensions through dialogue`).
    if trig.plover == "CONSULT"
        && (ts.saturating_sub(3).max(clause)..ts).any(|k| {
            matches!(lower[k].as_str(), "through" | "via")
                && lower[k + 1..ts]
                    .iter()
                    .all(|w| NP_DETERMINERS.contains(&w.as_str()) || w.chars().all(char::is_alphabetic))
        })
    {
        return Modality::Intended;
    }
    // An act still ahead when something else happens (`ahead of a visit by Xi to Moscow`, `on the
    // eve of talks`, `in the run-up to the summit`), unless it is dated past (`ahead of last
    // week's summit`).
    let ahead = (clause.max(ts.saturating_sub(6))..ts).rev().find(|&k| {
        k >= 1
            && matches!(
                (lower[k - 1].as_str(), lower[k].as_str()),
                ("ahead" | "eve" | "advance", "of")
                    | ("run-up" | "prior", "to")
                    | ("preparation" | "preparations", "for")
            )
            // (`run - up`, not `up to 800`.)
            || (k >= 3 && lower[k] == "to" && lower[k - 1] == "up" && lower[k - 2] == "-" && lower[k - 3] == "run")
    });
    if ahead.is_some_and(|k| {
        lower[k + 1..ts]
            .iter()
            .all(|w| !matches!(w.as_str(), "," | ";" | "last" | "recent" | "that" | "which"))
    }) {
        return Modality::Planned;
    }
    if adverbial
        && lower[clause..ts].iter().any(|w| {
            matches!(
                w.as_str(),
                "will" | "'ll" | "shall" | "scheduled" | "expected" | "due" | "poised"
            )
        })
    {
        return Modality::Planned;
    }
    // `Ruto to visit China`, `REAGAN TO VISIT ROME`: a headline's plan (a name and then `to`,
    // no verb before it).
    if ts >= clause + 2
        && lower[ts - 1] == "to"
        && trig.plover != "AGREE"
        && (clause..ts - 1)
            .all(|k| name_like(toks[k]) || NP_DETERMINERS.contains(&lower[k].as_str()) || lower[k] == "'s")
    {
        return Modality::Planned;
    }
    // `failed to reach agreement`, `fails to agree`.
    if ts >= 2 && lower[ts - 1] == "to" && matches!(lower[ts - 2].as_str(), "failed" | "fail" | "fails" | "failing") {
        return Modality::Negated;
    }
    // Closer ties as a purpose are still to come (`… meetings to further strengthen Kenya-China
    // relations`).
    let to_before = (ts >= 1 && lower[ts - 1] == "to")
        || (ts >= 2 && lower[ts - 2] == "to" && (lower[ts - 1].ends_with("ly") || lower[ts - 1] == "further"));
    if trig.cameo == "050" && to_before {
        return Modality::Intended;
    }
    // `is due to visit`, `due here tomorrow` are planned; `died due to continued torture`,
    // `due to its withdrawal`, `in due course` are not: a cause is a noun phrase, a plan a verb.
    let cause_at = |k: usize| {
        (k > 0 && lower[k - 1] == "in")
            || (lower.get(k + 1).is_some_and(|w| w == "to")
                && lower.get(k + 2).is_some_and(|w| {
                    NP_DETERMINERS.contains(&w.as_str())
                        || POSSESSIVES.contains(&w.as_str())
                        || w.ends_with("ing")
                        || w.ends_with("ed")
                        || (w.ends_with('s') && !w.ends_with("ss"))
                        || w.starts_with(|c: char| c.is_ascii_digit())
                        || toks[k + 2].starts_with(char::is_uppercase)
                }))
    };
    let due_cause = (from..ts).any(|k| lower[k] == "due" && cause_at(k));
    // (`set to` is a plan, and so is a meeting set up; a protest camp set up is no plan.)
    let set_up = trig.plover == "PROTEST"
        && (from..ts).any(|k| lower[k] == "set" && lower.get(k + 1).is_some_and(|w| w == "up"));
    let cause = |w: &String| (due_cause && w == "due") || (set_up && w == "set");
    // An act in a condition is hypothetical, whatever the main clause's modal (`warned it will go
    // bankrupt if rescue talks with creditors fail`).
    let last_at = |words: &[&str]| (from..ts).rev().find(|&k| words.contains(&lower[k].as_str()));
    if let Some(k) = last_at(&["if", "unless"]) {
        if last_at(PLANNED).is_some_and(|p| p < k) && !lower[k + 1..ts].iter().any(|w| w == ",") {
            return Modality::Hypothetical;
        }
    }
    if trig.plover == "AGREE" {
        return if window.iter().any(|w| PLANNED.contains(&w.as_str()) && !cause(w)) {
            Modality::Planned
        } else {
            Modality::Intended
        };
    }
    if window.iter().any(|w| {
        matches!(
            w.as_str(),
            "will"
                | "'ll"
                | "shall"
                | "expected"
                | "poised"
                | "scheduled"
                | "due"
                | "upcoming"
                | "pending"
                | "forthcoming"
                | "priorities"
                | "priority"
                | "agenda"
                | "plans"
                | "planned"
        ) && !cause(w)
    }) {
        return Modality::Planned;
    }
    // (Not what the intended act came after: `promised to hold early elections after months of
    // protests`.)
    if let Some(k) = (from..ts).rev().find(|&k| INTENT.contains(&lower[k].as_str())) {
        if lower[ts - 1] == "to"
            || !lower[k + 1..ts]
                .iter()
                .any(|w| matches!(w.as_str(), "after" | "amid" | "following" | "despite" | "since"))
        {
            return Modality::Intended;
        }
    }
    // `May` beside a number is the month (`May 15`, `13 May`), and after a capitalised name a
    // surname (`Theresa May`), not the modal.
    let capital = |j: usize| toks.get(j).is_some_and(|t| t.starts_with(char::is_uppercase));
    let month = |k: usize| {
        lower[k] == "may"
            && ([k.checked_sub(1), Some(k + 1)].into_iter().flatten().any(|j| {
                lower
                    .get(j)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            }) || (k > 0 && toks[k] == "May" && capital(k - 1)))
    };
    if (from..ts).any(|k| HYPOTHETICAL.contains(&lower[k].as_str()) && !month(k)) {
        return Modality::Hypothetical;
    }
    if window.iter().any(|w| PLANNED.contains(&w.as_str()) && !cause(w)) {
        return Modality::Planned;
    }
    // `is to visit`, `were to meet`; `prepared to head to Brussels to meet`.
    let be_to =
        ts >= clause + 2 && lower[ts - 1] == "to" && matches!(lower[ts - 2].as_str(), "is" | "are" | "was" | "were");
    let preparing = (from..ts).any(|k| {
        matches!(
            lower[k].as_str(),
            "prepared"
                | "preparing"
                | "prepares"
                | "intends"
                | "intend"
                | "intended"
                | "intending"
                | "likely"
                | "planning"
                | "plotting"
        ) && lower.get(k + 1).is_some_and(|w| w == "to")
    });
    if be_to || preparing {
        return Modality::Planned;
    }
    // A present tense with a time ahead (`Mikulic visits West Germany next week`).
    // (A verb in the present, with no past one before it: not `announced a cease-fire … next
    // week`.)
    let present = lower[ts].ends_with('s')
        && !lower[ts].ends_with("ss")
        && !(clause..ts).any(|k| {
            toks[k].starts_with(char::is_lowercase)
                && ((lower[k].len() > 3 && lower[k].ends_with("ed")) || IRREGULAR_PAST.contains(&lower[k].as_str()))
        });
    // (In the act's own clause, after it: not `who backs the constitution, said … next year`.)
    let own = lower[ts..]
        .iter()
        .take(12)
        .take_while(|w| !matches!(w.as_str(), "," | ";" | "said" | "says"))
        .count();
    let ahead_time = lower[ts..ts + own]
        .windows(2)
        .any(|w| match (w[0].as_str(), w[1].as_str()) {
            ("next", n) => matches!(n, "week" | "month" | "year" | "weekend") || dyad_core::dates::is_weekday(n),
            (l, t) => l == "later" && t == "this",
        })
        || lower[ts..ts + own].iter().any(|w| w == "tomorrow");
    if present && ahead_time && !(clause..ts).any(|k| matches!(lower[k].as_str(), "had" | "has" | "have" | "did")) {
        return Modality::Planned;
    }
    Modality::Occurred
}

/// A party's place in or with another, whose end or suspension is towards that other
/// (`suspended its membership in the CSTO`).
const TIES_IN: &[&str] = &["membership", "participation", "involvement", "presence", "seat"];

/// Words that judge a claim or an act, said of it after `as` (`dismissed as baseless`).
const JUDGEMENTS: &[&str] = &[
    "absurd",
    "baseless",
    "biased",
    "fabricated",
    "fake",
    "false",
    "groundless",
    "illegal",
    "illegitimate",
    "inaccurate",
    "irresponsible",
    "laughable",
    "malicious",
    "misleading",
    "motivated",
    "outrageous",
    "politically",
    "preposterous",
    "provocative",
    "ridiculous",
    "slanderous",
    "unacceptable",
    "unfounded",
    "untrue",
];

/// Where the object starts when a judgement comes between a verb ending at `j` and it
/// (`dismissed as 'absurd' allegations that …`): past `as`, the judging words (quoted, or joined
/// by `and`) and before a word that can open a noun phrase. None when the judgement ends the
/// clause (`was dismissed as baseless by …`) or no judgement follows.
fn judged_as(lower: &[String], j: usize) -> Option<usize> {
    // (The normalized text has straight quotes only.)
    const QUOTES: &[&str] = &["\"", "'", "''", "``"];
    if lower.get(j).is_none_or(|w| w != "as") {
        return None;
    }
    let mut k = j + 1;
    let mut judged = false;
    while let Some(w) = lower.get(k) {
        if JUDGEMENTS.contains(&w.as_str()) {
            judged = true;
        } else if !(QUOTES.contains(&w.as_str()) || (judged && matches!(w.as_str(), "and" | ","))) {
            break;
        }
        k += 1;
    }
    let next = lower.get(k)?;
    let opens_np = next.starts_with(|c: char| c.is_alphanumeric())
        && (!NP_STOP.contains(&next.as_str())
            || matches!(next.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her"));
    (judged && opens_np && lower[k - 1] != ",").then_some(k)
}

/// Whether the words from `j` are `with` a view, plan or finding (`agreed in principle with the
/// government's plans`, `agrees with the assessment`), the last word of the clause's object.
fn agreed_with_view(lower: &[String], j: usize) -> bool {
    const VIEWS: &[&str] = &[
        "plan",
        "plans",
        "view",
        "views",
        "assessment",
        "position",
        "proposal",
        "proposals",
        "approach",
        "analysis",
        "decision",
        "stance",
        "comments",
        "remarks",
        "findings",
        "conclusion",
        "conclusions",
        "verdict",
        "criticism",
        "policy",
        "policies",
    ];
    let mut k = j;
    if lower.get(k).is_some_and(|w| w == "in") && lower.get(k + 1).is_some_and(|w| w == "principle") {
        k += 2;
    }
    if lower.get(k).is_none_or(|w| w != "with") {
        return false;
    }
    // The object's head: the last noun before the clause goes on.
    let end = (k + 1..lower.len().min(k + 9))
        .find(|&e| {
            let w = lower[e].as_str();
            matches!(w, "," | ";" | "." | "to" | "that" | "on" | "for" | "and" | "but")
        })
        .unwrap_or(lower.len().min(k + 9));
    end > k + 1 && VIEWS.contains(&lower[end - 1].as_str())
}

/// Whether the words from `j` name someone welcomed to a place: a party's phrase, then `to`,
/// `at` or `in` and a place or country (`welcomed U.S. President Joe Biden to Hanoi`; not
/// `welcomed the decision to send troops`).
fn welcomed_to_place(
    s: &dyad_core::Sentence,
    si: usize,
    mentions: &[Mention],
    phrases: &[Phrase],
    lower: &[String],
    j: usize,
) -> bool {
    let Some(p) = phrases.iter().find(|p| {
        p.start >= j
            && p.start <= j + 1
            && lower[j..p.start].iter().all(|w| NP_DETERMINERS.contains(&w.as_str()))
            && !matches!(p.r, Ref::Generic { .. } | Ref::Pronoun | Ref::PronounIt)
    }) else {
        return false;
    };
    let mut k = p.end;
    // (Or welcomed at or in one: `welcomed the Chinese leader at Astana's airport`.)
    if lower.get(k).is_none_or(|w| !matches!(w.as_str(), "to" | "at" | "in")) {
        return false;
    }
    // (At a residence or a palace is a place too: `at the presidential palace in Jakarta`.)
    if lower[k] != "to"
        && (k + 2..lower.len().min(k + 5))
            .take_while(|&e| !matches!(lower[e - 1].as_str(), "," | "." | "and" | "to" | "for"))
            .any(|e| VENUES.contains(&lower[e].as_str()))
    {
        return true;
    }
    k += 1;
    if lower.get(k).is_some_and(|w| w == "the") {
        k += 1;
    }
    let Some(start) = s.tokens.get(k).map(|t| t.start) else {
        return false;
    };
    mentions.iter().any(|m| {
        m.sentence == si
            && m.start == start
            && matches!(m.kind, dyad_core::EntityKind::Loc | dyad_core::EntityKind::Country)
    })
}

/// Where the event happened: `in X` / `at X` in the sentence, else the dateline for the lead.
#[allow(clippy::too_many_arguments)]
fn place(
    doc: &Document,
    si: usize,
    first_body: Option<usize>,
    s: &dyad_core::Sentence,
    toks: &[&str],
    phrases: &[Phrase],
    mentions: &[Mention],
    ts: usize,
    travel: bool,
    meeting: bool,
) -> Option<Place> {
    let _ = phrases;
    let mut best: Option<(usize, Place)> = None;
    let places = mentions.iter().filter(|m| {
        m.sentence == si
            && (m.kind == dyad_core::EntityKind::Loc
                || (meeting && matches!(m.kind, dyad_core::EntityKind::Country | dyad_core::EntityKind::Org)))
    });
    for m in places {
        let Some(t0) = s.tokens.iter().position(|t| t.start == m.start) else {
            continue;
        };
        let Some(t1) = s.tokens.iter().position(|t| t.end == m.end) else {
            continue;
        };
        if toks.get(t1 + 1) == Some(&"'s") {
            continue;
        }
        // "at the Great Hall of the People": a named building after "at (the)".
        let mut b = t0;
        if b > 0 && toks[b - 1].eq_ignore_ascii_case("the") {
            b -= 1;
        }
        let before = if b > 0 {
            toks[b - 1].to_lowercase()
        } else {
            String::new()
        };
        if m.kind == dyad_core::EntityKind::Org && before != "at" {
            continue;
        }
        let prep = matches!(before.as_str(), "in" | "at" | "to" | "for")
            && (travel || !matches!(before.as_str(), "to" | "for"));
        if !prep {
            continue;
        }
        let dist = (t0 as isize - ts as isize).unsigned_abs();
        if dist > 12 {
            continue;
        }
        let p = Place {
            name: m.text.clone(),
            country: m.country.clone(),
            start: m.start,
            end: m.end,
            basis: "sentence".into(),
        };
        if best.as_ref().is_none_or(|(d, _)| dist < *d) {
            best = Some((dist, p));
        }
    }
    if let Some((_, p)) = best {
        return Some(p);
    }
    match (&doc.dateline, first_body) {
        // (A story filed from two places, `MOGADISHU/NAIROBI`, says neither is where it happened.)
        (Some(d), Some(fb)) if fb == si && !d.place.contains('/') => Some(Place {
            name: d.place.clone(),
            country: None,
            start: d.span.start,
            end: d.span.end,
            basis: "dateline".into(),
        }),
        _ => None,
    }
}

/// A country's government, army, companies … as an actor (`Kenya government`, `KENGOV`).
fn group_actor(actors: &DocActors, country: &str, sector: &str) -> Actor {
    let base = actors
        .country_names
        .get(country)
        .cloned()
        .unwrap_or_else(|| country.to_string());
    Actor {
        name: format!("{base} {}", sector_noun(sector)),
        country: Some(country.to_string()),
        sector: Some(sector.to_string()),
        code: actors::code(Some(country), Some(sector)),
        kind: Some("group".into()),
        ..Actor::default()
    }
}

fn span_actor(mut a: Actor, s: &dyad_core::Sentence, toks: &[&str], p: &Phrase) -> Actor {
    a.start = s.tokens[p.start].start;
    a.end = s.tokens[p.end - 1].end;
    a.text = toks[p.start..p.end].join(" ");
    a
}

#[allow(clippy::too_many_arguments)]
fn resolve_phrase(
    actors: &DocActors,
    s: &dyad_core::Sentence,
    toks: &[&str],
    p: &Phrase,
    other: Option<&Actor>,
    last_person: Option<usize>,
    last_pair: &Option<(Actor, Actor)>,
    last_people: &Option<(Actor, Actor)>,
) -> Vec<Actor> {
    let other_person = other.and_then(|o| actors.persons.iter().position(|x| x.name == o.name));
    let with_country_guess = |mut a: Actor, how: &str| {
        if a.country.is_none() && a.sector.as_deref() == Some("GOV") {
            if let Some(c) = other
                .filter(|o| o.kind.as_deref() != Some("generic"))
                .and_then(|o| o.country.clone())
                .and_then(|oc| actors.other_country(&oc))
            {
                a.code = actors::code(Some(&c), a.sector.as_deref());
                a.country = Some(c);
                a.resolved_by = Some(how.to_string());
            }
        }
        a
    };
    let a = match &p.r {
        Ref::Person(k) => {
            let mut a = actors.person_actor(*k);
            if p.end - p.start == 1 && actors.persons[*k].tokens.len() > 1 {
                a.resolved_by = Some("surname".into());
            }
            with_country_guess(a, OTHER_COUNTRY_GUESS)
        }
        Ref::Country(c) => actors.country_actor(c),
        Ref::Org {
            name,
            country,
            sector,
            code,
        } => Actor {
            name: name.clone(),
            country: country.clone(),
            sector: sector.clone(),
            code: code.clone(),
            kind: Some("organisation".into()),
            ..Actor::default()
        },
        Ref::Common { noun, sector, country } => {
            let name = match country.as_deref().and_then(|c| actors.country_names.get(c)) {
                Some(n) => format!("{n} {noun}"),
                None => noun.clone(),
            };
            Actor {
                name,
                country: country.clone(),
                sector: Some(sector.clone()),
                code: actors::code(country.as_deref(), Some(sector)),
                kind: Some("group".into()),
                ..Actor::default()
            }
        }
        Ref::Group { country, sector } => group_actor(actors, country, sector),
        Ref::Role { country, sector, role } => match actors.resolve_role(country.as_deref(), role, other_person) {
            Some(k) => {
                let mut a = actors.person_actor(k);
                a.resolved_by = Some(if role == "counterpart" {
                    "counterpart".into()
                } else {
                    "role description".into()
                });
                with_country_guess(a, OTHER_COUNTRY_GUESS)
            }
            None => {
                let name = match country.as_deref().and_then(|c| actors.country_names.get(c)) {
                    Some(n) => format!("{n} {role}"),
                    None => role.clone(),
                };
                let a = Actor {
                    name,
                    country: country.clone(),
                    sector: sector.clone(),
                    code: actors::code(country.as_deref(), sector.as_deref()),
                    role: Some(role.clone()),
                    kind: Some("office".into()),
                    ..Actor::default()
                };
                with_country_guess(a, OTHER_COUNTRY_GUESS)
            }
        },
        Ref::Generic { text } => {
            // A name the tagger missed (`Xi meets …` in a headline) that is one word of exactly
            // one of the document's people is that person.
            let w = text.to_lowercase();
            let mut hits = actors
                .persons
                .iter()
                .enumerate()
                .filter(|(_, p)| p.tokens.len() > 1 && p.tokens.iter().any(|t| t.to_lowercase() == w));
            match (hits.next(), hits.next(), text.contains(' ')) {
                (Some((k, _)), None, false) => {
                    let mut a = actors.person_actor(k);
                    a.resolved_by = Some("surname".into());
                    a
                }
                _ => Actor {
                    name: text.clone(),
                    kind: Some("generic".into()),
                    resolved_by: Some("noun phrase".into()),
                    ..Actor::default()
                },
            }
        }
        // Resolved by the coder, which sees the sentence's phrases.
        Ref::PronounIt => return Vec::new(),
        Ref::Pronoun => match last_person {
            Some(k) => {
                let mut a = actors.person_actor(k);
                a.resolved_by = Some("pronoun".into());
                a
            }
            None => return Vec::new(),
        },
        Ref::PronounCountry => match last_person.map(|k| (k, actors.persons[k].country.clone())) {
            Some((_, Some(c))) => {
                let mut a = actors.country_actor(&c);
                a.resolved_by = Some("pronoun".into());
                a
            }
            // `Putin said his country will not …` with Putin's country unknown: the person
            // speaking for it, rather than no one.
            Some((k, None)) => {
                let mut a = actors.person_actor(k);
                a.resolved_by = Some("pronoun, country unknown".into());
                a
            }
            None => return Vec::new(),
        },
        // In an article about two countries, `the two countries` and `the two governments` are
        // those two, whoever the last pair of actors was (in that pair's order when it is
        // theirs).
        Ref::Pair {
            countries: true,
            governments,
            ..
        } if actors.bilateral().is_some() => {
            let Some((mut a, mut b)) = actors.bilateral() else {
                return Vec::new();
            };
            if last_pair.as_ref().is_some_and(|(x, _)| x.country.as_ref() == Some(&b)) {
                std::mem::swap(&mut a, &mut b);
            }
            return [a, b]
                .iter()
                .map(|c| {
                    let mut x = if *governments {
                        group_actor(actors, c, "GOV")
                    } else {
                        actors.country_actor(c)
                    };
                    x.resolved_by = Some("both sides".into());
                    span_actor(x, s, toks, p)
                })
                .collect();
        }
        Ref::Pair { countries, people, .. } => match if *people {
            last_people.as_ref().or(last_pair.as_ref())
        } else {
            last_pair.as_ref()
        } {
            Some((x, y)) => {
                let as_country = |a: &Actor| match (&a.country, countries) {
                    (Some(c), true) => actors.country_actor(c),
                    _ => a.clone(),
                };
                let mut v = vec![as_country(x), as_country(y)];
                for a in &mut v {
                    a.resolved_by = Some("both sides".into());
                }
                return v.into_iter().map(|a| span_actor(a, s, toks, p)).collect();
            }
            None => return Vec::new(),
        },
    };
    vec![span_actor(a, s, toks, p)]
}

/// Whether the words from `k` (past a possessive `'s`) name a state's own waters or airspace
/// (`territorial waters`, `airspace`, `air defence identification zone`).
fn claimed_space(lower: &[String], k: usize) -> bool {
    let k = if lower.get(k).is_some_and(|w| w == "'s") {
        k + 1
    } else {
        k
    };
    let w = |j: usize| lower.get(j).map_or("", String::as_str);
    matches!(w(k), "airspace" | "waters")
        || (w(k) == "territorial" && matches!(w(k + 1), "waters" | "sea"))
        || (w(k) == "air" && matches!(w(k + 1), "defence" | "defense") && matches!(w(k + 2), "zone" | "identification"))
}

/// Who asked for what the sentence reports (`at the request of the Iraqi government`,
/// `following a request from Mozambique's government`, `at Kyiv's request`).
fn requester<'p>(lower: &[String], phrases: &'p [Phrase]) -> Option<&'p Phrase> {
    let asked = |w: &str| matches!(w, "request" | "invitation" | "behest");
    (1..lower.len()).find_map(|k| {
        if asked(&lower[k])
            && lower
                .get(k + 1)
                .is_some_and(|w| matches!(w.as_str(), "of" | "from" | "by"))
        {
            phrases.iter().find(|p| p.start > k + 1 && p.start <= k + 3)
        } else if asked(&lower[k]) && lower[k - 1] == "'s" {
            phrases.iter().find(|p| p.possessor && p.end + 1 == k)
        } else {
            None
        }
    })
}

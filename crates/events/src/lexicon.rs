//! Trigger, sector and CAMEO lexicons (data files in `data/`, compiled in).

use dyad_core::dates;
use std::collections::HashMap as StdHashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: a fast hasher for the short word keys of the lexicons.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h = (h ^ *b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;

const TRIGGERS: &str = include_str!("../data/triggers.tsv");
const SECTORS: &str = include_str!("../data/sectors.tsv");

/// One trigger entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    /// PLOVER type.
    pub plover: String,
    /// CAMEO code.
    pub cameo: String,
    /// PLOVER mode, if any.
    pub mode: Option<String>,
    /// Coded in both directions.
    pub symmetric: bool,
    /// Target is where the source travels.
    pub travel: bool,
    /// Source hosts the target.
    pub host: bool,
    /// The source is whoever says it, the target the clause's subject (`Russia says Israel must
    /// end attacks`).
    pub speaker: bool,
    /// The source is the craft or forces sighted, named after the trigger; the target is where
    /// they were seen (`detected 30 Chinese military aircraft near the island`).
    pub sighted: bool,
    /// Words of which one must follow within a few tokens (or precede a passive with its agent).
    pub requires: Vec<String>,
    /// Context a verb-dictionary pattern asks for (`- * AID [070]`), if this entry is one.
    pub pattern: Option<Pattern>,
}

/// The context of a CAMEO verb pattern: words (each element lists its alternatives, e.g. a
/// synonym set `&FOOD`) that must appear in order within a few tokens before and after the verb.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pattern {
    /// Elements before the verb, in order.
    pub before: Vec<Vec<String>>,
    /// Elements after the verb, in order.
    pub after: Vec<Vec<String>>,
}

/// How far from the verb a pattern's words may be, in tokens.
const PATTERN_WINDOW: usize = 10;

/// How far after a trigger its required words may come (names and dates come between: `called
/// Turkey President Recep Tayyip Erdogan on Friday to convey …`).
pub const REQUIRES_WINDOW: usize = 12;

/// How many tokens before a passive trigger (`was`/`were` …) may hold what it requires: its
/// subject, the thing acted on (`the ceasefire was violated`).
pub const PASSIVE_WINDOW: usize = 6;

/// The `|`-separated words of a column.
fn words(col: &str) -> Vec<String> {
    col.split('|')
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

impl Pattern {
    /// Whether the pattern holds around the verb at `start..end` of `lower`.
    pub fn matches(&self, lower: &[String], start: usize, end: usize) -> bool {
        fn in_order(window: &[String], elements: &[Vec<String>]) -> bool {
            let mut k = 0;
            for e in elements {
                match window[k..].iter().position(|w| e.contains(w)) {
                    Some(p) => k += p + 1,
                    None => return false,
                }
            }
            true
        }
        let after = &lower[end.min(lower.len())..lower.len().min(end + PATTERN_WINDOW)];
        let before = &lower[start.saturating_sub(PATTERN_WINDOW)..start.min(lower.len())];
        in_order(after, &self.after) && in_order(before, &self.before)
    }
}

/// A verb from a user's CAMEO verb dictionary: its forms, its block's code (none for `[---]`
/// blocks, whose verbs code only through patterns) and its patterns with their codes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerbEntry {
    /// Lowercase forms, space-separated tokens.
    pub forms: Vec<String>,
    /// CAMEO code of the verb alone, as the dictionary writes it (`042:043` codes as `042`).
    pub cameo: Option<String>,
    /// Patterns, each with its CAMEO code.
    pub patterns: Vec<(Pattern, String)>,
}

/// A problem in a lexicon file.
#[derive(Debug, thiserror::Error)]
#[error("{file} line {line}: {message}")]
pub struct LexiconError {
    /// File.
    pub file: &'static str,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// A form and the regular inflections of a single-word base form (`attack` → `attacks`,
/// `attacked`, `attacking`; `supply` → `supplies`, `supplied`), so the table lists each verb
/// once. Irregular forms are listed in the table itself.
fn inflections(form: &str) -> Vec<String> {
    let mut out = vec![form.to_string()];
    let w = form.trim();
    let base_like = !w.contains(' ')
        && w.len() >= 4
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !w.ends_with("ing");
    if !base_like {
        return out;
    }
    if let Some(stem) = w.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        out.extend([format!("{stem}ies"), format!("{stem}ied"), format!("{w}ing")]);
    } else if let Some(stem) = w.strip_suffix('e') {
        out.extend([format!("{w}s"), format!("{w}d"), format!("{stem}ing")]);
    } else if w.ends_with("ch") || w.ends_with("sh") || w.ends_with('x') || w.ends_with('z') {
        out.extend([format!("{w}es"), format!("{w}ed"), format!("{w}ing")]);
    } else {
        out.extend([format!("{w}s"), format!("{w}ed"), format!("{w}ing")]);
    }
    out
}

/// Trigger phrases, keyed by their first token, longest first.
#[derive(Debug, Clone)]
pub struct Triggers {
    by_first: HashMap<String, Vec<(Vec<String>, usize)>>,
    entries: Vec<Trigger>,
}

impl Triggers {
    /// The built-in trigger lexicon.
    pub fn builtin() -> Result<Self, LexiconError> {
        Self::parse(TRIGGERS)
    }

    /// Parses a trigger table.
    pub fn parse(text: &str) -> Result<Self, LexiconError> {
        let mut by_first: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::default();
        let mut entries = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 || cols.len() > 6 {
                return Err(LexiconError {
                    file: "triggers.tsv",
                    line: i + 1,
                    message: "expected 3 to 6 tab-separated columns: forms, PLOVER, CAMEO, mode, flags, requires"
                        .into(),
                });
            }
            let flags = cols.get(4).copied().unwrap_or("");
            let entry = Trigger {
                plover: cols[1].trim().to_string(),
                cameo: cols[2].trim().to_string(),
                mode: cols
                    .get(3)
                    .map(|m| m.trim())
                    .filter(|m| !m.is_empty())
                    .map(str::to_string),
                symmetric: flags.split_whitespace().any(|f| f == "sym"),
                travel: flags.split_whitespace().any(|f| f == "travel"),
                host: flags.split_whitespace().any(|f| f == "host"),
                speaker: flags.split_whitespace().any(|f| f == "speaker"),
                sighted: flags.split_whitespace().any(|f| f == "sighted"),
                requires: cols
                    .get(5)
                    .filter(|r| !r.contains('>') && !r.contains('<'))
                    .map_or(Vec::new(), |r| words(r)),
                // `aid|loans > from`: words that must follow in this order; `jets|fighters <`:
                // words that must come before, in this order.
                pattern: cols.get(5).filter(|r| r.contains('>') || r.contains('<')).map(|r| {
                    let (before, after) = r.split_once('<').unwrap_or(("", r));
                    let elements = |part: &str| part.split('>').map(words).filter(|e| !e.is_empty()).collect();
                    Pattern {
                        before: elements(before),
                        after: elements(after),
                    }
                }),
            };
            let idx = entries.len();
            entries.push(entry);
            for form in cols[0].split('|').flat_map(inflections) {
                let toks: Vec<String> = form.split_whitespace().map(str::to_string).collect();
                if let Some(first) = toks.first() {
                    by_first.entry(first.clone()).or_default().push((toks.clone(), idx));
                }
            }
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        Ok(Triggers { by_first, entries })
    }

    /// Adds a user's verb (lowercase forms, with the regular inflections of single base forms):
    /// its patterns first (a pattern that holds decides the code), then the verb alone when its
    /// block has a code. They take precedence over built-in triggers of the same length; codes
    /// that map to no PLOVER type are ignored (`042:043` reads as `042`).
    pub fn add_verb(&mut self, verb: &VerbEntry) {
        if let Some(cameo) = &verb.cameo {
            self.add_entry(&verb.forms, cameo, None);
        }
        // Added last, tried first; the patterns asking for most words first.
        let mut patterns: Vec<&(Pattern, String)> = verb.patterns.iter().collect();
        patterns.sort_by_key(|(p, _)| p.before.len() + p.after.len());
        for (pattern, cameo) in patterns {
            self.add_entry(&verb.forms, cameo, Some(pattern.clone()));
        }
    }

    fn add_entry(&mut self, forms: &[String], cameo: &str, pattern: Option<Pattern>) {
        let cameo = cameo.split(':').next().unwrap_or(cameo);
        let Some(plover) = plover_of(cameo) else { return };
        let idx = self.entries.len();
        self.entries.push(Trigger {
            plover: plover.to_string(),
            cameo: cameo.to_string(),
            mode: None,
            symmetric: cameo.starts_with("04") && cameo != "042" && cameo != "043",
            travel: cameo == "042",
            host: cameo == "043",
            speaker: false,
            sighted: false,
            requires: Vec::new(),
            pattern,
        });
        let mut all: Vec<String> = forms.iter().flat_map(|f| inflections(f)).collect();
        all.sort_unstable();
        all.dedup();
        for form in &all {
            let toks: Vec<String> = form.split_whitespace().map(str::to_string).collect();
            if let Some(first) = toks.first() {
                let v = self.by_first.entry(first.clone()).or_default();
                v.insert(0, (toks.clone(), idx));
                v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
            }
        }
    }

    /// The first entry the predicate accepts (`|e| e.host && e.cameo == "043"`), if the table
    /// has one: for a caller that recodes a matched trigger from its context.
    pub fn first_entry(&self, accept: impl Fn(&Trigger) -> bool) -> Option<&Trigger> {
        self.entries.iter().find(|e| accept(e))
    }

    /// The first entry of this PLOVER type and CAMEO code that requires no context (no required
    /// words, no pattern): what a recoded trigger becomes.
    pub fn plain_entry(&self, plover: &str, cameo: &str) -> Option<&Trigger> {
        self.first_entry(|e| e.plover == plover && e.cameo == cameo && e.requires.is_empty() && e.pattern.is_none())
    }

    /// The longest trigger starting at token `i` of `lower` (lowercased tokens): its length
    /// in tokens and entry. What a trigger requires is looked for in `context`: the same
    /// tokens, where the caller may blank words that must not count, such as the capitalised
    /// words of a named body of people (`declared a truce with the Rapid Support Forces`
    /// declares no support).
    pub fn match_at(&self, lower: &[String], context: &[String], i: usize) -> Option<(usize, &Trigger)> {
        let cands = self.by_first.get(&lower[i])?;
        // Among forms of one length, the row whose required word comes nearest wins (`cut its
        // development aid to Uganda over the anti-gay law` cuts aid, not a law); an earlier row
        // wins a tie, and a row that requires nothing closes the choice.
        let mut best: Option<(usize, usize, &Trigger)> = None;
        for (toks, idx) in cands {
            if best.is_some_and(|(len, _, _)| len != toks.len()) {
                break;
            }
            if i + toks.len() <= lower.len() && lower[i..i + toks.len()] == toks[..] {
                // A form ending in a preposition does not take a date as its object (`agreed
                // on Wednesday to …` is no `agreed on`).
                let dated = toks.len() > 1
                    && matches!(toks[toks.len() - 1].as_str(), "on" | "in")
                    && lower
                        .get(i + toks.len())
                        .is_some_and(|w| dates::is_weekday(w) || dates::month_from_name(w).is_some());
                if dated {
                    continue;
                }
                let e = &self.entries[*idx];
                let distance = if e.requires.is_empty() {
                    None
                } else {
                    let window = &context[i + toks.len()..context.len().min(i + toks.len() + REQUIRES_WINDOW)];
                    // A passive's object comes before it (`the ceasefire was violated by …`);
                    // only with its agent named (`the agreement was reached after …` says
                    // nothing of who reached it).
                    let passive = i >= 1
                        && matches!(lower[i - 1].as_str(), "was" | "were" | "been" | "being" | "is" | "are")
                        && lower.get(i + toks.len()).is_some_and(|w| w == "by");
                    let before = if passive {
                        &context[i.saturating_sub(PASSIVE_WINDOW)..i - 1]
                    } else {
                        &[]
                    };
                    let required = |w: &String| e.requires.iter().any(|r| r == w);
                    let Some(d) = window
                        .iter()
                        .position(required)
                        .or_else(|| before.iter().any(required).then_some(REQUIRES_WINDOW))
                    else {
                        continue;
                    };
                    Some(d)
                };
                if e.pattern.as_ref().is_some_and(|p| !p.matches(lower, i, i + toks.len())) {
                    continue;
                }
                match (distance, best) {
                    (None, None) => return Some((toks.len(), e)),
                    (None, Some(_)) => break,
                    (Some(d), Some((_, b, _))) if d >= b => {}
                    (Some(d), _) => best = Some((toks.len(), d, e)),
                }
            }
        }
        best.map(|(len, _, e)| (len, e))
    }
}

/// Sector keywords, keyed by their first word.
#[derive(Debug, Clone)]
pub struct Sectors {
    by_first: HashMap<String, Vec<(Vec<String>, String)>>,
}

impl Sectors {
    /// The built-in sector lexicon.
    pub fn builtin() -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, String)>> = HashMap::default();
        for line in SECTORS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            if let Some((sector, words)) = line.split_once('\t') {
                for w in words.split('|') {
                    let toks: Vec<String> = w.split_whitespace().map(str::to_string).collect();
                    if let Some(first) = toks.first() {
                        by_first
                            .entry(first.clone())
                            .or_default()
                            .push((toks.clone(), sector.to_string()));
                    }
                }
            }
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        Sectors { by_first }
    }

    /// Sectors mentioned in lowercased tokens, sorted, without duplicates.
    pub fn find(&self, lower: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for i in 0..lower.len() {
            let Some(cands) = self.by_first.get(&lower[i]) else {
                continue;
            };
            if let Some((_, sector)) = cands
                .iter()
                .find(|(toks, _)| i + toks.len() <= lower.len() && lower[i..i + toks.len()] == toks[..])
            {
                out.push(sector.clone());
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

/// PLOVER type of a CAMEO code (by its root), after the PLOVER project's conversion table.
pub fn plover_of(cameo: &str) -> Option<&'static str> {
    let root = cameo.get(0..2)?;
    Some(match root {
        "02" | "10" => "REQUEST",
        "03" => "AGREE",
        "04" => "CONSULT",
        "05" => "SUPPORT",
        "06" => "COOPERATE",
        "07" => "AID",
        "08" => {
            if cameo >= "084" {
                "RETREAT"
            } else {
                "CONCEDE"
            }
        }
        "09" | "11" => "ACCUSE",
        "12" => "REJECT",
        "13" => "THREATEN",
        "14" => "PROTEST",
        "15" => "MOBILIZE",
        "16" => "SANCTION",
        "17" => "COERCE",
        "18" | "19" | "20" => "ASSAULT",
        _ => return None,
    })
}

/// Goldstein score of a CAMEO code (by its most specific known prefix).
pub fn goldstein(cameo: &str) -> f64 {
    const TABLE: &[(&str, f64)] = &[
        ("0871", 9.0),
        ("0841", 7.0),
        ("0872", 9.0),
        ("020", 3.0),
        ("030", 4.0),
        ("036", 4.0),
        ("040", 1.0),
        ("041", 1.0),
        ("042", 1.9),
        ("043", 2.8),
        ("044", 2.5),
        ("045", 5.0),
        ("046", 7.0),
        ("051", 3.4),
        ("052", 3.5),
        ("054", 6.0),
        ("055", 3.5),
        ("057", 8.0),
        ("060", 6.0),
        ("061", 6.4),
        ("062", 7.4),
        ("064", 7.0),
        ("070", 7.0),
        ("071", 7.4),
        ("080", 5.0),
        ("084", 7.0),
        ("087", 9.0),
        ("090", -2.0),
        ("100", -5.0),
        ("111", -2.0),
        ("112", -2.0),
        ("120", -4.0),
        ("130", -4.4),
        ("140", -6.5),
        ("150", -7.2),
        ("160", -4.0),
        ("170", -5.0),
        ("190", -10.0),
        ("02", 3.0),
        ("03", 4.0),
        ("04", 1.0),
        ("05", 3.5),
        ("06", 6.0),
        ("07", 7.0),
        ("08", 5.0),
        ("09", -2.0),
        ("10", -5.0),
        ("11", -2.0),
        ("12", -4.0),
        ("13", -4.4),
        ("14", -6.5),
        ("15", -7.2),
        ("16", -4.0),
        ("17", -7.0),
        ("18", -9.0),
        ("19", -10.0),
        ("20", -10.0),
    ];
    TABLE
        .iter()
        .find(|(p, _)| cameo.starts_with(p))
        .map_or(0.0, |(_, g)| *g)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn low(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn longest_trigger_wins_and_requirements_hold() {
        let t = Triggers::builtin().unwrap();
        let s = low("Xi held talks with Ruto");
        let (n, e) = t.match_at(&s, &s, 1).unwrap();
        assert_eq!((n, e.plover.as_str(), e.cameo.as_str()), (2, "CONSULT", "040"));
        let s = low("Japan provided $49 million to Pakistan");
        assert_eq!(t.match_at(&s, &s, 1).unwrap().1.plover, "AID");
        let s = low("Ruto provided updates on Sudan");
        assert!(t.match_at(&s, &s, 1).is_none());
    }

    #[test]
    fn words_before_a_less_than_sign_must_come_before_the_verb() {
        let t = Triggers::parse("scrambled\tMOBILIZE\t152\t\t\tjets|fighters <\n").unwrap();
        let s = low("Polish fighter jets scrambled");
        assert_eq!(t.match_at(&s, &s, 3).unwrap().1.cameo, "152");
        let s = low("investors scrambled to buy jets");
        assert!(t.match_at(&s, &s, 1).is_none());
    }

    #[test]
    fn a_passive_with_its_agent_finds_its_requirement_before_it() {
        let t = Triggers::builtin().unwrap();
        let s = low("the ceasefire was violated by rebels");
        assert_eq!(t.match_at(&s, &s, 3).unwrap().1.plover, "ASSAULT");
        // Without `by`, the words before are no object of the verb.
        let s = low("the ceasefire was violated");
        assert!(t.match_at(&s, &s, 3).is_none());
    }

    #[test]
    fn regular_inflections() {
        assert_eq!(
            inflections("attack"),
            vec!["attack", "attacks", "attacked", "attacking"]
        );
        assert_eq!(
            inflections("supply"),
            vec!["supply", "supplies", "supplied", "supplying"]
        );
        assert_eq!(inflections("praise"), vec!["praise", "praises", "praised", "praising"]);
        assert_eq!(inflections("held talks"), vec!["held talks"]);
        assert_eq!(inflections("met"), vec!["met"]);
    }

    #[test]
    fn sectors_and_goldstein() {
        let s = Sectors::builtin();
        assert_eq!(
            s.find(&low("bilateral trade and the digital economy and railway")),
            vec!["digital economy", "infrastructure", "trade"]
        );
        assert_eq!(goldstein("042"), 1.9);
        assert_eq!(goldstein("0871"), 9.0);
        assert_eq!(goldstein("1123"), -2.0);
    }
}

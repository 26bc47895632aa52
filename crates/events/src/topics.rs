//! What events are about: amounts of money, named projects and agreements, quotations.

use dyad_core::{Amount, Document, Project, Quote, Sentence};

/// Currency of a symbol or prefix written before a number.
fn prefix_currency(p: &str) -> Option<&'static str> {
    Some(match p {
        "$" | "US$" | "USD" | "U.S.$" => "USD",
        "€" | "EUR" => "EUR",
        "£" | "GBP" => "GBP",
        "¥" | "JPY" => "JPY",
        "A$" | "AU$" => "AUD",
        "C$" | "CA$" => "CAD",
        "HK$" => "HKD",
        "Sh" | "KSh" | "Ksh" | "KES" | "Kshs" => "KES",
        "Tsh" | "TSh" | "TZS" => "TZS",
        "Ush" | "USh" | "UGX" => "UGX",
        "Rs" | "INR" | "₹" => "INR",
        "₦" | "NGN" => "NGN",
        "R" | "ZAR" => "ZAR",
        "CNY" | "RMB" => "CNY",
        "KZT" | "₸" => "KZT",
        "₽" | "RUB" => "RUB",
        _ => return None,
    })
}

/// Currency of a word written after a number.
fn word_currency(w: &str) -> Option<&'static str> {
    Some(match w.to_lowercase().as_str() {
        "dollars" | "dollar" | "usd" | "dlrs" | "dlr" => "USD",
        "yuan" | "renminbi" | "rmb" => "CNY",
        "euros" | "euro" => "EUR",
        "pounds" | "sterling" => "GBP",
        "shillings" | "shilling" => "KES",
        "tenge" => "KZT",
        "naira" => "NGN",
        "rand" => "ZAR",
        "rupees" => "INR",
        "yen" => "JPY",
        "rubles" | "roubles" => "RUB",
        "marks" | "deutschmarks" => "DEM",
        _ => return None,
    })
}

/// Whether a word names a currency (`euros`, `dlrs`), including the ambiguous `francs`.
pub(crate) fn currency_word(w: &str) -> bool {
    word_currency(w).is_some() || w.eq_ignore_ascii_case("francs")
}

fn scale(w: &str) -> Option<f64> {
    Some(match w.to_lowercase().as_str() {
        "thousand" | "k" => 1e3,
        "million" | "mn" | "m" | "mln" => 1e6,
        "billion" | "bn" | "b" | "bln" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// A number with an optional scale suffix glued on (`1.13bn`, `600m`).
fn number(tok: &str) -> Option<(f64, f64)> {
    let digits_end = tok
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(tok.len());
    if digits_end == 0 {
        return None;
    }
    let v: f64 = tok[..digits_end].replace(',', "").parse().ok()?;
    let rest = &tok[digits_end..];
    let sc = if rest.is_empty() { 1.0 } else { scale(rest)? };
    Some((v, sc))
}

/// Amounts of money in one sentence.
pub fn amounts(si: usize, s: &Sentence) -> Vec<Amount> {
    if !s.text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let toks: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Symbol or prefix, then number: "$ 8 billion", "Sh1.04 trillion", "US$ 5m".
        let mut found: Option<(usize, &'static str, f64, f64)> = None; // (end, currency, value, scale)
        if let Some(cur) = prefix_currency(toks[i]) {
            if let Some((v, sc)) = toks.get(i + 1).and_then(|t| number(t)) {
                found = Some((i + 2, cur, v, sc));
            }
        } else if let Some(p) = toks[i].find(|c: char| c.is_ascii_digit()).filter(|&p| p > 0) {
            if let (Some(cur), Some((v, sc))) = (prefix_currency(&toks[i][..p]), number(&toks[i][p..])) {
                found = Some((i + 1, cur, v, sc));
            }
        } else if let Some((v, sc)) = number(toks[i]) {
            // Number, scale, currency word: "60 billion dollars", "8 billion yuan".
            let (mut j, mut sc2) = (i + 1, sc);
            if let Some(x) = toks.get(j).and_then(|w| scale(w)) {
                sc2 *= x;
                j += 1;
            }
            if let Some(cur) = toks.get(j).and_then(|w| word_currency(w)) {
                found = Some((j + 1, cur, v, sc2));
            }
        }
        if let Some((mut end, cur, v, mut sc)) = found {
            if let Some(x) = toks.get(end).and_then(|w| scale(w)) {
                if !matches!(toks[end], "m" | "b" | "k") {
                    sc *= x;
                    end += 1;
                }
            }
            // "$8 billion dollars" / "8 billion yuan": a currency word right after.
            if toks.get(end).and_then(|w| word_currency(w)).is_some() && cur == "USD" {
                end += 1;
            }
            let (start_c, end_c) = (s.tokens[i].start, s.tokens[end - 1].end);
            out.push(Amount {
                start: start_c,
                end: end_c,
                sentence: si,
                text: toks[i..end].join(" "),
                value: (v * sc * 100.0).round() / 100.0,
                currency: cur.to_string(),
            });
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

const AGREEMENT_HEADS: &[&str] = &[
    "Agreement",
    "Partnership",
    "Accord",
    "Treaty",
    "Pact",
    "Deal",
    "Protocol",
    "Convention",
    "Memorandum",
    "MoU",
];
const PROJECT_HEADS: &[&str] = &[
    "Railway",
    "Expressway",
    "Highway",
    "Terminal",
    "Dam",
    "Project",
    "System",
    "Bypass",
    "Park",
    "Port",
    "Corridor",
    "Pipeline",
    "Zone",
    "Bridge",
    "Airport",
    "Line",
    "Plant",
    "Station",
];
const INITIATIVE_HEADS: &[&str] = &[
    "Initiative",
    "Programme",
    "Program",
    "Plan",
    "Strategy",
    "Vision",
    "Framework",
    "Fund",
    "Scheme",
    "Mission",
];
const NAME_JOINERS: &[&str] = &["and", "of", "for", "on", "the", "de", "-"];

fn head_kind(w: &str) -> Option<&'static str> {
    if AGREEMENT_HEADS.contains(&w) {
        Some("agreement")
    } else if PROJECT_HEADS.contains(&w) {
        Some("project")
    } else if INITIATIVE_HEADS.contains(&w) {
        Some("initiative")
    } else {
        None
    }
}

/// First words of the names of bodies (`Government of …`, `Council of …`).
const BODY_FIRST: &[&str] = &[
    "government",
    "council",
    "ministry",
    "department",
    "office",
    "committee",
    "commission",
    "congress",
    "parliament",
    "assembly",
    "front",
    "party",
    "movement",
    "army",
    "union",
    "league",
    "organisation",
    "organization",
    "association",
    "federation",
    "alliance",
    "coalition",
    "authority",
    "agency",
    "bank",
    "board",
    "court",
    "secretariat",
];

/// Whether a name's words are a body `of` something (`Government of National Accord`).
pub fn body_of<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    let first = words.next().map(str::to_lowercase);
    words.next() == Some("of") && first.is_some_and(|w| BODY_FIRST.contains(&w.as_str()))
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Named projects, agreements and initiatives: a run of capitalised words ending in a project
/// word (`Standard Gauge Railway`, `Preferential Trade Agreement`, `Belt and Road Initiative`),
/// its acronym when given in brackets, and later mentions of that acronym.
pub fn projects(doc: &Document) -> Vec<Project> {
    let mut out: Vec<Project> = Vec::new();
    let mut acronyms: Vec<(String, String, String)> = Vec::new(); // acronym, name, kind
    for (si, s) in doc.sentences.iter().enumerate() {
        let toks: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
        let mut i = 0;
        let mut floor = 0; // names never reach back into one already found
        while i < toks.len() {
            // An acronym defined earlier.
            if let Some((acr, name, kind)) = acronyms.iter().find(|(a, _, _)| a == toks[i]) {
                out.push(Project {
                    start: s.tokens[i].start,
                    end: s.tokens[i].end,
                    sentence: si,
                    name: name.clone(),
                    acronym: Some(acr.clone()),
                    kind: kind.clone(),
                });
                i += 1;
                continue;
            }
            if let Some(mut kind) = head_kind(toks[i]) {
                // A longer name may continue to a later head: `Bosto Dam Water Supply Project`.
                let mut k = i + 1;
                let mut last_head = i;
                while k < toks.len() && capitalised(toks[k]) && toks[k] != "(" {
                    if let Some(kk) = head_kind(toks[k]) {
                        last_head = k;
                        kind = kk;
                    }
                    k += 1;
                }
                let h = last_head;
                // Walk back over the capitalised name.
                let mut b = h;
                while b > floor
                    && (capitalised(toks[b - 1])
                        || (NAME_JOINERS.contains(&toks[b - 1]) && b >= floor + 2 && capitalised(toks[b - 2])))
                {
                    b -= 1;
                }
                // "Vision 2030": a head followed by a year.
                let mut e = h + 1;
                if toks
                    .get(e)
                    .is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
                {
                    e += 1;
                }
                if b == 0 && s.headline {
                    i = h + 1;
                    continue; // a Title Case headline is not a name
                }
                // A body `of` something is an actor (`Government of National Accord`, `Ministry
                // of Roads and Transport Project …` is the ministry's).
                if body_of(toks[b..e].iter().copied()) {
                    i = h + 1;
                    continue;
                }
                if b < h || e > h + 1 {
                    let name = toks[b..e].join(" ").replace(" - ", "-");
                    let mut acronym = None;
                    let mut next = e;
                    if toks.get(e) == Some(&"(") && toks.get(e + 2) == Some(&")") {
                        let a = toks[e + 1];
                        if a.len() >= 2 && a.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
                            acronym = Some(a.to_string());
                            acronyms.push((a.to_string(), name.clone(), kind.to_string()));
                            next = e + 3;
                        }
                    }
                    out.push(Project {
                        start: s.tokens[b].start,
                        end: s.tokens[e - 1].end,
                        sentence: si,
                        name,
                        acronym,
                        kind: kind.to_string(),
                    });
                    floor = next;
                    i = next;
                    continue;
                }
            }
            i += 1;
        }
    }
    out
}

/// Quotations: text between quotation marks, across sentences if need be.
pub fn quote_spans(doc: &Document) -> Vec<(usize, usize, usize, usize, usize)> {
    // (start sentence, open token, end sentence, close token, …) as (s0, t0, s1, t1)
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (si, s) in doc.sentences.iter().enumerate() {
        for (ti, t) in s.tokens.iter().enumerate() {
            if t.text != "\"" {
                continue;
            }
            match open {
                None => open = Some((si, ti)),
                Some((s0, t0)) => {
                    out.push((s0, t0, si, ti, 0));
                    open = None;
                }
            }
        }
        // A quotation never runs past its paragraph.
        if let (Some((s0, _)), Some(next)) = (open, doc.sentences.get(si + 1)) {
            if next.paragraph != doc.sentences[s0].paragraph {
                open = None;
            }
        }
    }
    out
}

/// The quoted words of a span, in original offsets.
pub fn quote_text(doc: &Document, s0: usize, t0: usize, s1: usize, t1: usize) -> Option<Quote> {
    let a = doc.sentences.get(s0)?.tokens.get(t0 + 1)?;
    let b = doc.sentences.get(s1)?.tokens.get(t1.checked_sub(1)?)?;
    if b.end <= a.start {
        return None;
    }
    let text: String = doc.text.chars().skip(a.start).take(b.end - a.start).collect();
    Some(Quote {
        start: a.start,
        end: b.end,
        sentence: s0,
        text,
        speaker: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Token;

    fn sentence(s: &str) -> Sentence {
        let mut tokens = Vec::new();
        let mut pos = 0;
        for w in s.split(' ') {
            tokens.push(Token {
                start: pos,
                end: pos + w.chars().count(),
                text: w.to_string(),
            });
            pos += w.chars().count() + 1;
        }
        Sentence {
            start: 0,
            end: pos - 1,
            paragraph: 0,
            headline: false,
            text: s.into(),
            tokens,
        }
    }

    #[test]
    fn money() {
        let a = amounts(
            0,
            &sentence(
                "trade exceeding $ 8 billion ( Sh1.04 trillion ) and 60 billion yuan , $ 1.13bn and 5,000 dollars",
            ),
        );
        let got: Vec<(f64, &str)> = a.iter().map(|x| (x.value, x.currency.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (8e9, "USD"),
                (1.04e12, "KES"),
                (6e10, "CNY"),
                (1.13e9, "USD"),
                (5000.0, "USD")
            ]
        );
        assert!(amounts(0, &sentence("in 2023 some 60 people")).is_empty());
    }

    #[test]
    fn project_names_and_acronyms() {
        let doc = Document {
            sentences: vec![
                sentence(
                    "projects including the Standard Gauge Railway ( SGR ) , the Nairobi Expressway and Vision 2030",
                ),
                sentence(
                    "phases of the SGR and a Preferential Trade Agreement ( PTA ) under the Belt and Road Initiative",
                ),
            ],
            ..Document::default()
        };
        let p: Vec<(String, Option<String>, String)> = projects(&doc)
            .into_iter()
            .map(|p| (p.name, p.acronym, p.kind))
            .collect();
        assert_eq!(
            p,
            vec![
                ("Standard Gauge Railway".into(), Some("SGR".into()), "project".into()),
                ("Nairobi Expressway".into(), None, "project".into()),
                ("Vision 2030".into(), None, "initiative".into()),
                ("Standard Gauge Railway".into(), Some("SGR".into()), "project".into()),
                (
                    "Preferential Trade Agreement".into(),
                    Some("PTA".into()),
                    "agreement".into()
                ),
                ("Belt and Road Initiative".into(), None, "initiative".into()),
            ]
        );
    }
}

//! CoNLL-2003 files and entity-level scoring as `conlleval` computes it.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::{Kind, Label};

/// One sentence of a CoNLL file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Token texts.
    pub tokens: Vec<String>,
    /// Gold labels, converted to BIO (IOB2).
    pub labels: Vec<Label>,
    /// Index of the document (`-DOCSTART-`) the sentence belongs to.
    pub doc: usize,
}

/// A malformed CoNLL line.
#[derive(Debug, thiserror::Error)]
#[error("CoNLL line {line}: {message}")]
pub struct ConllError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Parses CoNLL-2003 text: `TOKEN POS CHUNK NER` lines, blank lines between sentences,
/// `-DOCSTART-` between documents, NER tags in IOB1 or IOB2 (converted to IOB2).
pub fn parse(text: &str) -> Result<Vec<Sentence>, ConllError> {
    let mut out = Vec::new();
    let mut tokens = Vec::new();
    let mut raw: Vec<String> = Vec::new();
    let mut doc = 0usize;
    let flush = |tokens: &mut Vec<String>, raw: &mut Vec<String>, out: &mut Vec<Sentence>, doc: usize| {
        if !tokens.is_empty() {
            let labels = iob1_to_bio(raw);
            out.push(Sentence {
                tokens: std::mem::take(tokens),
                labels,
                doc,
            });
            raw.clear();
        }
    };
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut tokens, &mut raw, &mut out, doc);
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols[0] == "-DOCSTART-" {
            flush(&mut tokens, &mut raw, &mut out, doc);
            doc += 1;
            continue;
        }
        let (Some(tok), Some(tag)) = (cols.first(), cols.last()) else {
            continue;
        };
        if cols.len() < 2 {
            return Err(ConllError {
                line: i + 1,
                message: "expected a token and a tag".into(),
            });
        }
        tokens.push(tok.to_string());
        raw.push(tag.to_string());
    }
    flush(&mut tokens, &mut raw, &mut out, doc);
    Ok(out)
}

/// Converts IOB1 (an `I-` tag may start an entity) or IOB2 tags to BIO labels.
pub fn iob1_to_bio(tags: &[String]) -> Vec<Label> {
    let mut out: Vec<Label> = Vec::with_capacity(tags.len());
    for (i, t) in tags.iter().enumerate() {
        let (prefix, kind) = match t.split_once('-') {
            Some((p, k)) => (p, Kind::parse(k)),
            None => ("O", None),
        };
        let label = match kind {
            None => Label::O,
            Some(k) => {
                let continues = i > 0 && out[i - 1].kind() == Some(k);
                if prefix == "B" || !continues {
                    Label::begin(k)
                } else {
                    Label::inside(k)
                }
            }
        };
        out.push(label);
    }
    out
}

/// Entity spans `(start, end, kind)` (token indices, end exclusive) of a BIO label sequence.
/// An `I-` label that does not continue an entity of its type starts one, as conlleval does.
pub fn spans(labels: &[Label]) -> Vec<(usize, usize, Kind)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, Kind)> = None;
    for (i, l) in labels.iter().enumerate() {
        let starts_new = match (l.kind(), cur) {
            (None, _) => true,
            (Some(k), Some((_, ck))) => l.is_begin() || k != ck,
            (Some(_), None) => true,
        };
        if starts_new {
            if let Some((s, k)) = cur.take() {
                out.push((s, i, k));
            }
            if let Some(k) = l.kind() {
                cur = Some((i, k));
            }
        }
    }
    if let Some((s, k)) = cur {
        out.push((s, labels.len(), k));
    }
    out
}

/// Precision, recall and F1 for one entity type or overall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Gold entities.
    pub gold: usize,
    /// Predicted entities.
    pub predicted: usize,
    /// Exact matches.
    pub correct: usize,
}

impl Prf {
    fn from_counts(correct: usize, predicted: usize, gold: usize) -> Self {
        let p = if predicted == 0 {
            0.0
        } else {
            correct as f64 / predicted as f64
        };
        let r = if gold == 0 { 0.0 } else { correct as f64 / gold as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        Prf {
            precision: p,
            recall: r,
            f1: f,
            gold,
            predicted,
            correct,
        }
    }
}

/// Entity-level scores, exact span and type.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Overall precision.
    pub precision: f64,
    /// Overall recall.
    pub recall: f64,
    /// Overall F1.
    pub f1: f64,
    /// Token-level accuracy.
    pub token_accuracy: f64,
    /// Per entity type.
    pub per_type: BTreeMap<String, Prf>,
    /// Totals.
    pub overall: Prf,
}

/// Scores predicted against gold label sequences (one pair per sentence).
pub fn score<'a>(pairs: impl IntoIterator<Item = (&'a [Label], &'a [Label])>) -> Scores {
    let mut counts: BTreeMap<Kind, (usize, usize, usize)> = BTreeMap::new();
    let (mut tok_ok, mut tok_all) = (0usize, 0usize);
    for (gold, pred) in pairs {
        tok_all += gold.len();
        tok_ok += gold.iter().zip(pred).filter(|(g, p)| g == p).count();
        let g = spans(gold);
        let p = spans(pred);
        for &(_, _, k) in &g {
            counts.entry(k).or_default().2 += 1;
        }
        for s in &p {
            let e = counts.entry(s.2).or_default();
            e.1 += 1;
            if g.contains(s) {
                e.0 += 1;
            }
        }
    }
    let (mut c, mut p, mut g) = (0, 0, 0);
    let mut per_type = BTreeMap::new();
    for (k, (kc, kp, kg)) in counts {
        c += kc;
        p += kp;
        g += kg;
        per_type.insert(k.name().to_string(), Prf::from_counts(kc, kp, kg));
    }
    let overall = Prf::from_counts(c, p, g);
    Scores {
        precision: overall.precision,
        recall: overall.recall,
        f1: overall.f1,
        token_accuracy: if tok_all == 0 {
            0.0
        } else {
            tok_ok as f64 / tok_all as f64
        },
        per_type,
        overall,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_iob1_and_docs() {
        let text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\nBonn NNP I-NP I-LOC\nB-X NN I-NP B-LOC\n";
        let s = parse(text).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].doc, 1);
        assert_eq!(
            spans(&s[0].labels),
            vec![(0, 1, Kind::Org), (2, 3, Kind::Misc), (3, 5, Kind::Per)]
        );
        assert_eq!(spans(&s[1].labels), vec![(0, 1, Kind::Loc), (1, 2, Kind::Loc)]);
    }

    #[test]
    fn exact_span_scoring() {
        let gold = [
            Label::begin(Kind::Per),
            Label::inside(Kind::Per),
            Label::O,
            Label::begin(Kind::Loc),
        ];
        let pred = [Label::begin(Kind::Per), Label::O, Label::O, Label::begin(Kind::Loc)];
        let s = score([(&gold[..], &pred[..])]);
        assert_eq!((s.overall.correct, s.overall.predicted, s.overall.gold), (1, 2, 2));
        assert!((s.f1 - 0.5).abs() < 1e-9);
        assert_eq!(s.per_type["LOC"].f1, 1.0);
    }
}

//! Averaged structured perceptron training, with model selection on a development set.

use std::collections::HashMap;

use crate::conll::{self, Scores, Sentence};
use crate::lexicon::Lexicon;
use crate::{features, viterbi, IdentityBuild, Label, Model, Tagger, N_LABELS};

/// Training settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the shuffling order (training is reproducible from it).
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config { epochs: 20, seed: 2003 }
    }
}

/// What happened in one epoch.
#[derive(Debug, Clone)]
pub struct EpochReport {
    /// 1-based epoch.
    pub epoch: usize,
    /// Sentences with at least one wrong label.
    pub mistakes: usize,
    /// Development-set scores of the averaged weights, when a dev set was given.
    pub dev: Option<Scores>,
}

/// Weights plus the running sums needed to average them.
struct Averaged {
    index: HashMap<u64, u32, IdentityBuild>,
    w: Vec<[f32; N_LABELS]>,
    u: Vec<[f32; N_LABELS]>,
    tw: [[f32; N_LABELS]; N_LABELS],
    tu: [[f32; N_LABELS]; N_LABELS],
    sw: [f32; N_LABELS],
    su: [f32; N_LABELS],
    c: f32,
}

impl Averaged {
    fn new() -> Self {
        Averaged {
            index: HashMap::with_hasher(IdentityBuild),
            w: Vec::new(),
            u: Vec::new(),
            tw: [[0.0; N_LABELS]; N_LABELS],
            tu: [[0.0; N_LABELS]; N_LABELS],
            sw: [0.0; N_LABELS],
            su: [0.0; N_LABELS],
            c: 1.0,
        }
    }

    fn row(&mut self, f: u64) -> usize {
        let next = self.w.len() as u32;
        let r = *self.index.entry(f).or_insert(next) as usize;
        if r == self.w.len() {
            self.w.push([0.0; N_LABELS]);
            self.u.push([0.0; N_LABELS]);
        }
        r
    }

    fn update_feature(&mut self, f: u64, label: usize, delta: f32) {
        let r = self.row(f);
        self.w[r][label] += delta;
        self.u[r][label] += self.c * delta;
    }

    fn current(&self, lexicon: &Lexicon) -> Model {
        Model {
            index: self.index.clone(),
            rows: self.w.clone(),
            trans: self.tw,
            start: self.sw,
            lexicon: lexicon.clone(),
        }
    }

    fn averaged(&self, lexicon: &Lexicon) -> Model {
        let c = self.c;
        let rows = self
            .w
            .iter()
            .zip(&self.u)
            .map(|(w, u)| std::array::from_fn(|l| w[l] - u[l] / c))
            .collect();
        let trans = std::array::from_fn(|p| std::array::from_fn(|l| self.tw[p][l] - self.tu[p][l] / c));
        let start = std::array::from_fn(|l| self.sw[l] - self.su[l] / c);
        Model {
            index: self.index.clone(),
            rows,
            trans,
            start,
            lexicon: lexicon.clone(),
        }
    }
}

/// One perceptron update towards `gold` and away from `pred`.
fn update(avg: &mut Averaged, gold: &[Label], pred: &[Label], feats: &[u64], offsets: &[usize]) {
    for i in 0..gold.len() {
        let (g, p) = (gold[i].index(), pred[i].index());
        if g != p {
            for &f in &feats[offsets[i]..offsets[i + 1]] {
                avg.update_feature(f, g, 1.0);
                avg.update_feature(f, p, -1.0);
            }
        }
        let gp = if i == 0 { None } else { Some(gold[i - 1].index()) };
        let pp = if i == 0 { None } else { Some(pred[i - 1].index()) };
        if (gp, g) != (pp, p) {
            let c = avg.c;
            match gp {
                None => {
                    avg.sw[g] += 1.0;
                    avg.su[g] += c;
                }
                Some(q) => {
                    avg.tw[q][g] += 1.0;
                    avg.tu[q][g] += c;
                }
            }
            match pp {
                None => {
                    avg.sw[p] -= 1.0;
                    avg.su[p] -= c;
                }
                Some(q) => {
                    avg.tw[q][p] -= 1.0;
                    avg.tu[q][p] -= c;
                }
            }
        }
    }
}

/// Consecutive sentences of the same document, as index ranges.
pub fn documents(sentences: &[Sentence]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=sentences.len() {
        if i == sentences.len() || sentences[i].doc != sentences[start].doc {
            if start < i {
                out.push(start..i);
            }
            start = i;
        }
    }
    out
}

/// Scores a tagger on gold sentences, reading them document by document.
pub fn evaluate(tagger: &Tagger, gold: &[Sentence]) -> Scores {
    let mut preds: Vec<Vec<Label>> = Vec::with_capacity(gold.len());
    for r in documents(gold) {
        let toks: Vec<Vec<&str>> = gold[r]
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        preds.extend(tagger.tag_document(&toks));
    }
    conll::score(gold.iter().zip(&preds).map(|(g, p)| (&g.labels[..], &p[..])))
}

/// Trains on `train`, choosing the epoch whose averaged weights score best on `dev` (the last
/// epoch when there is no dev set). `report` is called after every epoch.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    lexicon: &Lexicon,
    cfg: &Config,
    mut report: impl FnMut(&EpochReport),
) -> Model {
    let mut avg = Averaged::new();
    let docs = documents(train);
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng = crate::SplitMix(cfg.seed);
    let mut infos = Vec::new();
    let mut hints = Vec::new();
    let mut feats = Vec::new();
    let mut offsets = Vec::new();
    let mut back = Vec::new();
    let mut pred = Vec::new();
    let mut best: Option<(f64, Model)> = None;
    for epoch in 1..=cfg.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next_u64() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut mistakes = 0;
        for &di in &order {
            let doc_toks: Vec<Vec<&str>> = train[docs[di].clone()]
                .iter()
                .map(|s| s.tokens.iter().map(String::as_str).collect())
                .collect();
            let mut stats = features::DocStats::new(&doc_toks);
            for (s, toks) in train[docs[di].clone()].iter().zip(&doc_toks) {
                features::token_infos(toks, lexicon, &mut infos);
                stats.hints(&infos, &mut hints);
                features::features(&infos, &hints, &mut feats, &mut offsets);
                let scores: Vec<[f32; N_LABELS]> = (0..toks.len())
                    .map(|i| {
                        let mut acc = [0f32; N_LABELS];
                        for f in &feats[offsets[i]..offsets[i + 1]] {
                            if let Some(&r) = avg.index.get(f) {
                                for (a, w) in acc.iter_mut().zip(&avg.w[r as usize]) {
                                    *a += w;
                                }
                            }
                        }
                        acc
                    })
                    .collect();
                viterbi(&scores, &avg.tw, &avg.sw, &mut back, &mut pred);
                stats.remember(&infos, &pred);
                if pred != s.labels {
                    mistakes += 1;
                    update(&mut avg, &s.labels, &pred, &feats, &offsets);
                }
                avg.c += 1.0;
            }
        }
        let model = avg.averaged(lexicon);
        let dev_scores = (!dev.is_empty()).then(|| evaluate(&Tagger::from_model(model.clone()), dev));
        report(&EpochReport {
            epoch,
            mistakes,
            dev: dev_scores.clone(),
        });
        let f1 = dev_scores.map_or(epoch as f64, |s| s.f1);
        if best.as_ref().is_none_or(|(b, _)| f1 > *b) {
            best = Some((f1, model));
        }
    }
    best.map(|(_, m)| m).unwrap_or_else(|| avg.current(lexicon))
}

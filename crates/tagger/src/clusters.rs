//! Distributional word clusters learned from unlabelled text.
//!
//! Each frequent word is described by the words seen immediately to its left and right
//! (positive pointwise mutual information over the most frequent context words), and words are
//! grouped by spherical k-means: first into coarse clusters, then each coarse cluster into a
//! few fine ones. Words used alike (`Nairobi`, `Beijing`, `Astana`; `minister`, `president`)
//! land together, which lets the tagger generalise to names it never saw labelled.
//! Deterministic for a given input and seed.

use std::collections::HashMap;

use crate::features::hash_lower;
use crate::IdentityBuild;

/// Clustering settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Words seen fewer times are not clustered.
    pub min_count: u32,
    /// At most this many (most frequent) words are clustered.
    pub max_words: usize,
    /// Context words (the most frequent ones) describing each word.
    pub contexts: usize,
    /// Coarse clusters.
    pub coarse: usize,
    /// Fine clusters per coarse cluster.
    pub fine_per_coarse: usize,
    /// k-means iterations.
    pub iterations: usize,
    /// Seed.
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            min_count: 4,
            max_words: 60_000,
            contexts: 1_500,
            coarse: 128,
            fine_per_coarse: 12,
            iterations: 12,
            seed: 7,
        }
    }
}

/// Counts words and their neighbours.
#[derive(Debug, Default)]
pub struct Counter {
    freq: HashMap<u64, u32, IdentityBuild>,
    sentences: Vec<Vec<u64>>,
}

impl Counter {
    /// Adds a tokenized sentence.
    pub fn add_sentence(&mut self, tokens: &[&str]) {
        let ids: Vec<u64> = tokens.iter().map(|t| hash_lower(t)).collect();
        for id in &ids {
            *self.freq.entry(*id).or_default() += 1;
        }
        self.sentences.push(ids);
    }
}

type Sparse = Vec<(u32, f32)>;

fn dot(a: &Sparse, c: &[f32]) -> f32 {
    a.iter().map(|(i, v)| c[*i as usize] * v).sum()
}

/// Spherical k-means over rows `members` of `vecs`; returns a cluster per member.
fn kmeans(
    vecs: &[Sparse],
    members: &[usize],
    k: usize,
    dim: usize,
    iterations: usize,
    rng: &mut crate::SplitMix,
) -> Vec<usize> {
    let k = k.min(members.len()).max(1);
    // Seeds: spread over the frequency ranking, jittered.
    let mut centroids: Vec<Vec<f32>> = (0..k)
        .map(|c| {
            let span = members.len() / k;
            let pick = members[(c * span + (rng.next_u64() as usize % span.max(1))).min(members.len() - 1)];
            let mut v = vec![0f32; dim];
            for (i, x) in &vecs[pick] {
                v[*i as usize] = *x;
            }
            v
        })
        .collect();
    let mut assign = vec![0usize; members.len()];
    for _ in 0..iterations {
        for (m, &w) in members.iter().enumerate() {
            let mut best = (f32::NEG_INFINITY, 0);
            for (c, cen) in centroids.iter().enumerate() {
                let s = dot(&vecs[w], cen);
                if s > best.0 {
                    best = (s, c);
                }
            }
            assign[m] = best.1;
        }
        for cen in centroids.iter_mut() {
            cen.iter_mut().for_each(|x| *x = 0.0);
        }
        for (m, &w) in members.iter().enumerate() {
            for (i, x) in &vecs[w] {
                centroids[assign[m]][*i as usize] += x;
            }
        }
        for cen in centroids.iter_mut() {
            let n = cen.iter().map(|x| x * x).sum::<f32>().sqrt();
            if n > 0.0 {
                cen.iter_mut().for_each(|x| *x /= n);
            }
        }
    }
    assign
}

/// Clusters the counted words. Returns (lowercase-word hash, coarse id, fine id), ids from 1.
pub fn cluster(counter: &Counter, cfg: &Config) -> Vec<(u64, u32, u32)> {
    let mut words: Vec<(u64, u32)> = counter
        .freq
        .iter()
        .filter(|(_, c)| **c >= cfg.min_count)
        .map(|(w, c)| (*w, *c))
        .collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    words.truncate(cfg.max_words);
    let word_index: HashMap<u64, usize, IdentityBuild> = words.iter().enumerate().map(|(i, (w, _))| (*w, i)).collect();
    let ctx_index: HashMap<u64, u32, IdentityBuild> = words
        .iter()
        .take(cfg.contexts)
        .enumerate()
        .map(|(i, (w, _))| (*w, i as u32))
        .collect();
    let nctx = ctx_index.len();
    let dim = 2 * nctx;
    // Co-occurrence counts.
    let mut co: Vec<HashMap<u32, f32, IdentityBuild>> =
        (0..words.len()).map(|_| HashMap::with_hasher(IdentityBuild)).collect();
    let mut ctx_total = vec![0f32; dim];
    for s in &counter.sentences {
        for (i, w) in s.iter().enumerate() {
            let Some(&wi) = word_index.get(w) else {
                continue;
            };
            if i > 0 {
                if let Some(&c) = ctx_index.get(&s[i - 1]) {
                    *co[wi].entry(c).or_default() += 1.0;
                    ctx_total[c as usize] += 1.0;
                }
            }
            if let Some(&c) = s.get(i + 1).and_then(|n| ctx_index.get(n)) {
                *co[wi].entry(nctx as u32 + c).or_default() += 1.0;
                ctx_total[nctx + c as usize] += 1.0;
            }
        }
    }
    let grand: f32 = ctx_total.iter().sum::<f32>().max(1.0);
    let vecs: Vec<Sparse> = co
        .iter()
        .map(|m| {
            let row_total: f32 = m.values().sum::<f32>().max(1.0);
            let mut v: Sparse = m
                .iter()
                .filter_map(|(c, n)| {
                    let pmi = ((n * grand) / (row_total * ctx_total[*c as usize].max(1.0))).ln();
                    (pmi > 0.0).then_some((*c, pmi))
                })
                .collect();
            v.sort_by_key(|(c, _)| *c);
            let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, x)| *x /= norm);
            }
            v
        })
        .collect();
    let mut rng = crate::SplitMix(cfg.seed);
    let all: Vec<usize> = (0..words.len()).filter(|&i| !vecs[i].is_empty()).collect();
    if all.is_empty() {
        return Vec::new();
    }
    let coarse = kmeans(&vecs, &all, cfg.coarse, dim, cfg.iterations, &mut rng);
    let mut out = Vec::with_capacity(all.len());
    for c in 0..cfg.coarse {
        let members: Vec<usize> = all
            .iter()
            .zip(&coarse)
            .filter(|(_, a)| **a == c)
            .map(|(w, _)| *w)
            .collect();
        if members.is_empty() {
            continue;
        }
        let fine = kmeans(&vecs, &members, cfg.fine_per_coarse, dim, cfg.iterations, &mut rng);
        for (w, f) in members.iter().zip(fine) {
            out.push((words[*w].0, c as u32 + 1, (c * cfg.fine_per_coarse + f) as u32 + 1));
        }
    }
    out.sort_unstable();
    out
}

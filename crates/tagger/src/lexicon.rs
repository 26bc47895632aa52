//! Word statistics learned from unlabelled news: how a word is usually cased, and which
//! distributional cluster it belongs to. Keyed by the hash of the lowercased word.

use std::collections::HashMap;

use crate::IdentityBuild;

/// What the lexicon knows about one (lowercased) word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Entry {
    /// Casing bucket: 0 unknown; 1 almost always lowercase … 5 almost always capitalised
    /// when not sentence-initial; 6 mostly all-capitals.
    pub casing: u8,
    /// Cluster ids at two granularities (coarse, fine); 0 = none.
    pub clusters: [u32; 2],
}

/// Word statistics.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    map: HashMap<u64, Entry, IdentityBuild>,
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Self {
        Lexicon::default()
    }

    /// Looks up a lowercased-word hash.
    #[inline]
    pub fn get(&self, lower_hash: u64) -> Option<&Entry> {
        self.map.get(&lower_hash)
    }

    /// Sets a word's entry.
    pub fn insert(&mut self, lower_hash: u64, e: Entry) {
        self.map.insert(lower_hash, e);
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Entries sorted by key (for a deterministic file).
    pub fn sorted(&self) -> Vec<(u64, Entry)> {
        let mut v: Vec<(u64, Entry)> = self.map.iter().map(|(k, e)| (*k, *e)).collect();
        v.sort_by_key(|(k, _)| *k);
        v
    }
}

/// Counts casing from tokenized sentences.
#[derive(Debug, Default)]
pub struct CasingCounter {
    counts: HashMap<u64, [u32; 3], IdentityBuild>,
}

impl CasingCounter {
    /// Adds one sentence's tokens. Sentence-initial tokens and all-capital sentences (headlines)
    /// say nothing about how a word is usually cased, and are skipped.
    pub fn add_sentence(&mut self, tokens: &[&str]) {
        let letters = tokens.iter().filter(|t| t.chars().any(char::is_alphabetic)).count();
        let caps = tokens
            .iter()
            .filter(|t| t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase))
            .count();
        if letters >= 3 && caps * 10 >= letters * 7 {
            return;
        }
        for t in tokens.iter().skip(1) {
            if !t.chars().any(char::is_alphabetic) {
                continue;
            }
            let upper = t.chars().filter(|c| c.is_uppercase()).count();
            let lower = t.chars().filter(|c| c.is_lowercase()).count();
            let class = if lower == 0 && upper > 1 {
                2
            } else if t.chars().next().is_some_and(char::is_uppercase) {
                1
            } else {
                0
            };
            self.counts.entry(crate::features::hash_lower(t)).or_default()[class] += 1;
        }
    }

    /// The casing bucket of every word seen at least `min_count` times.
    pub fn buckets(&self, min_count: u32) -> Vec<(u64, u8)> {
        let mut v: Vec<(u64, u8)> = self
            .counts
            .iter()
            .filter(|(_, c)| c.iter().sum::<u32>() >= min_count)
            .map(|(k, c)| {
                let total = c.iter().sum::<u32>() as f64;
                let (low, cap, upper) = (c[0] as f64 / total, c[1] as f64 / total, c[2] as f64 / total);
                let b = if upper > 0.5 {
                    6
                } else if low >= 0.95 {
                    1
                } else if low >= 0.6 {
                    2
                } else if cap < 0.6 {
                    3
                } else if cap < 0.95 {
                    4
                } else {
                    5
                };
                (*k, b)
            })
            .collect();
        v.sort_unstable();
        v
    }
}

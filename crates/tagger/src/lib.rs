//! # dyad-tagger: named entities (PER, ORG, LOC, MISC) in tokenized sentences
//!
//! A first-order sequence model — an averaged structured perceptron over hashed features,
//! decoded exactly with Viterbi under BIO constraints — trained on CoNLL-2003 English
//! (`cargo xtask train ner`). Features: the word, its lowercase form, shape and short shape,
//! prefixes and suffixes, a two-word window, word bigrams, shape trigrams, sentence position,
//! all-capitals sentence mode, how the word is usually cased in unlabelled news and its
//! distributional cluster (both learned from unlabelled news at training time).
//!
//! The model ships with the crate (`model/ner.bin.gz`, see `model/MODEL_CARD.md`) and is
//! compiled into the binary: nothing is downloaded, and tagging is deterministic.
//!
//! ## What it does not do
//! It does not tokenize (callers pass tokens), resolve entities to actors, or know about
//! documents. Training and evaluation helpers ([`train`], [`conll`]) are here so the model and
//! the code that reads it cannot drift apart.

pub mod clusters;
pub mod conll;
pub mod features;
pub mod lexicon;
pub mod model;
pub mod train;

use std::cell::RefCell;
use std::hash::{BuildHasher, Hasher};

pub use model::Model;

/// Number of labels (O and B-/I- for four kinds).
pub const N_LABELS: usize = 9;

/// Entity kinds of the CoNLL-2003 scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Person.
    Per,
    /// Organisation.
    Org,
    /// Location.
    Loc,
    /// Other named entity (nationalities, events, works …).
    Misc,
}

impl Kind {
    /// All kinds.
    pub const ALL: [Kind; 4] = [Kind::Per, Kind::Org, Kind::Loc, Kind::Misc];

    /// `PER`, `ORG`, `LOC`, `MISC`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Per => "PER",
            Kind::Org => "ORG",
            Kind::Loc => "LOC",
            Kind::Misc => "MISC",
        }
    }

    /// Parses a CoNLL type name.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }
}

/// A BIO label, stored as its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(u8);

impl Label {
    /// Outside any entity.
    pub const O: Label = Label(0);

    /// Every label, in index order.
    pub const ALL: [Label; N_LABELS] = [
        Label(0),
        Label(1),
        Label(2),
        Label(3),
        Label(4),
        Label(5),
        Label(6),
        Label(7),
        Label(8),
    ];

    fn kind_index(k: Kind) -> u8 {
        Kind::ALL.iter().position(|x| *x == k).unwrap_or(0) as u8
    }

    /// `B-kind`.
    pub fn begin(k: Kind) -> Label {
        Label(1 + 2 * Self::kind_index(k))
    }

    /// `I-kind`.
    pub fn inside(k: Kind) -> Label {
        Label(2 + 2 * Self::kind_index(k))
    }

    /// The label's index (0..9).
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The entity kind, `None` for O.
    pub fn kind(self) -> Option<Kind> {
        (self.0 > 0).then(|| Kind::ALL[((self.0 - 1) / 2) as usize])
    }

    /// True for `B-` labels.
    pub fn is_begin(self) -> bool {
        self.0 > 0 && self.0 % 2 == 1
    }

    /// `O`, `B-PER`, `I-PER`, …
    pub fn name(self) -> &'static str {
        [
            "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
        ][self.0 as usize]
    }

    /// Whether `self` may follow `prev` (`None` = sentence start) in BIO.
    pub fn may_follow(self, prev: Option<Label>) -> bool {
        if self.0 == 0 || self.is_begin() {
            return true;
        }
        prev.is_some_and(|p| p.kind() == self.kind())
    }
}

/// SplitMix64: the small deterministic generator behind shuffling and cluster seeding, so
/// training is reproducible from a seed.
#[derive(Debug, Clone)]
pub struct SplitMix(pub u64);

impl SplitMix {
    /// The next value.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// A hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdentityBuild;

/// The hasher of [`IdentityBuild`].
#[derive(Debug, Clone, Copy, Default)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ *b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl BuildHasher for IdentityBuild {
    type Hasher = IdentityHasher;
    fn build_hasher(&self) -> IdentityHasher {
        IdentityHasher(0)
    }
}

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum TaggerError {
    /// The model file is not usable.
    #[error("model file: {0}")]
    Format(String),
    /// Reading or writing failed.
    #[error("i/o: {0}")]
    Io(String),
}

/// The model shipped with dyad.
pub const BUILTIN_MODEL: &[u8] = include_bytes!("../model/ner.bin.gz");

/// Reusable buffers for one thread.
#[derive(Default)]
struct Scratch {
    infos: Vec<features::TokenInfo>,
    feats: Vec<u64>,
    offsets: Vec<usize>,
    scores: Vec<[f32; N_LABELS]>,
    back: Vec<[u8; N_LABELS]>,
    hints: Vec<features::DocHint>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// A loaded tagger. Cheap to share between threads.
#[derive(Debug, Clone)]
pub struct Tagger {
    model: Model,
}

/// An entity found by the tagger: token range (end exclusive) and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entity {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Kind.
    pub kind: Kind,
}

impl Tagger {
    /// The model shipped with dyad.
    pub fn builtin() -> Result<Self, TaggerError> {
        Self::from_bytes(BUILTIN_MODEL)
    }

    /// Loads a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, TaggerError> {
        Ok(Tagger {
            model: Model::from_bytes(bytes)?,
        })
    }

    /// Wraps trained weights.
    pub fn from_model(model: Model) -> Self {
        Tagger { model }
    }

    /// The weights.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Labels for one sentence's tokens, read as a document of its own.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Label> {
        self.tag_document(&[tokens.to_vec()]).pop().unwrap_or_default()
    }

    /// Labels for every sentence of a document. The sentences are read in order, each with what
    /// the rest of the document shows about its words (how they are cased elsewhere, what
    /// earlier sentences called them).
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Label>> {
        let mut stats = features::DocStats::new(sentences);
        SCRATCH.with(|s| {
            let mut s = s.borrow_mut();
            sentences
                .iter()
                .map(|toks| {
                    let mut out = Vec::with_capacity(toks.len());
                    decode(&self.model, toks, &stats, &mut s, &mut out);
                    stats.remember(&s.infos, &out);
                    out
                })
                .collect()
        })
    }

    /// Entities in one sentence's tokens.
    pub fn entities(&self, tokens: &[&str]) -> Vec<Entity> {
        to_entities(&self.tag(tokens))
    }

    /// Entities in every sentence of a document.
    pub fn document_entities(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Entity>> {
        self.tag_document(sentences).iter().map(|l| to_entities(l)).collect()
    }
}

fn to_entities(labels: &[Label]) -> Vec<Entity> {
    conll::spans(labels)
        .into_iter()
        .map(|(start, end, kind)| Entity { start, end, kind })
        .collect()
}

/// Emission scores of every token under the model.
fn emissions(model: &Model, tokens: &[&str], doc: &features::DocStats, s: &mut Scratch) {
    let Scratch {
        infos,
        feats,
        offsets,
        scores,
        hints,
        ..
    } = s;
    features::token_infos(tokens, &model.lexicon, infos);
    doc.hints(infos, hints);
    features::features(infos, hints, feats, offsets);
    scores.clear();
    for i in 0..tokens.len() {
        let mut acc = [0f32; N_LABELS];
        for f in &feats[offsets[i]..offsets[i + 1]] {
            if let Some(&r) = model.index.get(f) {
                let row = &model.rows[r as usize];
                for (a, w) in acc.iter_mut().zip(row) {
                    *a += w;
                }
            }
        }
        scores.push(acc);
    }
}

/// Title Case headlines (`Kenya and US Pledge Closer Ties in Talks`) capitalise common words;
/// the tagger, trained on ordinary and all-capitals text, reads such a sentence with the words
/// that are usually lowercase in news (by the lexicon's casing statistics) lowercased.
pub fn truecase<'a>(model: &Model, tokens: &[&'a str]) -> Option<Vec<std::borrow::Cow<'a, str>>> {
    // Title Case shows in the words news usually writes lowercase: most of them are capitalised.
    let usually_lower = |t: &str| {
        model
            .lexicon
            .get(features::hash_lower(t))
            .is_some_and(|e| matches!(e.casing, 1 | 2))
    };
    // Capitalised common words first: ordinary sentences have few, and then a couple of
    // lowercase common words settle it without looking the rest up.
    let words = || tokens.iter().skip(1).filter(|t| t.chars().all(char::is_alphabetic));
    let upper_first = |t: &&&str| t.chars().next().is_some_and(char::is_uppercase);
    let (mut capitalised, mut common, mut all_caps) = (0usize, 0usize, 0usize);
    for t in words().filter(upper_first) {
        if usually_lower(t) {
            capitalised += 1;
            common += 1;
            all_caps += usize::from(!t.chars().any(char::is_lowercase));
        }
    }
    if capitalised < 2 {
        return None;
    }
    for t in words().filter(|t| !upper_first(t)) {
        if usually_lower(t) {
            common += 1;
            all_caps += usize::from(!t.chars().any(char::is_lowercase));
            if capitalised * 5 < common * 3 {
                return None;
            }
        }
    }
    if capitalised * 5 < common * 3 || all_caps * 2 > common {
        return None;
    }
    Some(
        tokens
            .iter()
            .map(|t| {
                if usually_lower(t) && t.chars().skip(1).all(char::is_lowercase) {
                    std::borrow::Cow::Owned(t.to_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(*t)
                }
            })
            .collect(),
    )
}

/// Viterbi decoding under BIO constraints.
fn decode(model: &Model, tokens: &[&str], doc: &features::DocStats, s: &mut Scratch, out: &mut Vec<Label>) {
    out.clear();
    if tokens.is_empty() {
        return;
    }
    match truecase(model, tokens) {
        Some(cased) => {
            let view: Vec<&str> = cased.iter().map(|c| c.as_ref()).collect();
            emissions(model, &view, doc, s);
        }
        None => emissions(model, tokens, doc, s),
    }
    viterbi(&s.scores, &model.trans, &model.start, &mut s.back, out);
}

/// Best label sequence for emission `scores`, transitions and start weights.
pub fn viterbi(
    scores: &[[f32; N_LABELS]],
    trans: &[[f32; N_LABELS]; N_LABELS],
    start: &[f32; N_LABELS],
    back: &mut Vec<[u8; N_LABELS]>,
    out: &mut Vec<Label>,
) {
    out.clear();
    let n = scores.len();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n, [0u8; N_LABELS]);
    // Transition scores with BIO's forbidden moves folded in, computed once per sentence.
    let mut t = [[f32::NEG_INFINITY; N_LABELS]; N_LABELS];
    for p in Label::ALL {
        for l in Label::ALL {
            if l.may_follow(Some(p)) {
                t[p.index()][l.index()] = trans[p.index()][l.index()];
            }
        }
    }
    let mut prev = [f32::NEG_INFINITY; N_LABELS];
    for l in Label::ALL {
        if l.may_follow(None) {
            prev[l.index()] = start[l.index()] + scores[0][l.index()];
        }
    }
    for i in 1..n {
        let mut cur = [f32::NEG_INFINITY; N_LABELS];
        for li in 0..N_LABELS {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for (pi, row) in t.iter().enumerate() {
                let v = prev[pi] + row[li];
                if v > best {
                    best = v;
                    arg = pi as u8;
                }
            }
            cur[li] = best + scores[i][li];
            back[i][li] = arg;
        }
        prev = cur;
    }
    let mut best = 0usize;
    for l in 1..N_LABELS {
        if prev[l] > prev[best] {
            best = l;
        }
    }
    out.resize(n, Label::O);
    out[n - 1] = Label(best as u8);
    for i in (1..n).rev() {
        out[i - 1] = Label(back[i][out[i].index()]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Label::begin(k).kind(), Some(k));
            assert!(Label::begin(k).is_begin());
            assert_eq!(Label::inside(k).kind(), Some(k));
            assert!(!Label::inside(k).may_follow(Some(Label::O)));
            assert!(Label::inside(k).may_follow(Some(Label::begin(k))));
        }
        assert_eq!(Label::O.kind(), None);
    }

    #[test]
    fn viterbi_respects_bio() {
        // Token 1 prefers I-PER but follows O-preferring token 0: must not output O, I-PER.
        let mut s0 = [0f32; N_LABELS];
        s0[0] = 5.0;
        let mut s1 = [0f32; N_LABELS];
        s1[Label::inside(Kind::Per).index()] = 3.0;
        s1[Label::begin(Kind::Per).index()] = 2.0;
        let mut out = Vec::new();
        viterbi(
            &[s0, s1],
            &[[0.0; N_LABELS]; N_LABELS],
            &[0.0; N_LABELS],
            &mut Vec::new(),
            &mut out,
        );
        assert_eq!(out, vec![Label::O, Label::begin(Kind::Per)]);
    }

    #[test]
    fn title_case_headlines_are_read_truecased() {
        let t = Tagger::builtin().unwrap();
        let toks = [
            "Kenya", "and", "US", "Pledge", "Closer", "Ties", "in", "Talks", "on", "Trade",
        ];
        let cased = truecase(t.model(), &toks).unwrap();
        assert_eq!(cased[3], "pledge");
        assert_eq!(cased[0], "Kenya");
        assert!(truecase(t.model(), &["Ruto", "met", "Xi", "in", "Beijing", "on", "Tuesday"]).is_none());
    }

    #[test]
    fn builtin_model_tags_names() {
        let t = Tagger::builtin().unwrap();
        let toks = [
            "Kenyan",
            "President",
            "William",
            "Ruto",
            "met",
            "Wang",
            "Yi",
            "in",
            "Beijing",
            ".",
        ];
        let ents = t.entities(&toks);
        assert!(
            ents.contains(&Entity {
                start: 2,
                end: 4,
                kind: Kind::Per
            }),
            "{ents:?}"
        );
        assert!(
            ents.contains(&Entity {
                start: 8,
                end: 9,
                kind: Kind::Loc
            }),
            "{ents:?}"
        );
    }
}

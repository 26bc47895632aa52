//! Feature extraction: every feature is a 64-bit hash of a template and its values, so no
//! strings are built while tagging.

use crate::lexicon::Lexicon;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Mixes two hashes (a 64-bit finalizer over their combination).
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let mut x = a ^ b.rotate_left(29).wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[inline]
fn fnv_step(h: u64, c: u32) -> u64 {
    (h ^ c as u64).wrapping_mul(FNV_PRIME)
}

/// Hash of a string as written (over its characters; ASCII takes a byte-wise fast path with
/// the same result).
pub fn hash_str(s: &str) -> u64 {
    if s.is_ascii() {
        return s.bytes().fold(FNV_OFFSET, |h, b| fnv_step(h, b as u32));
    }
    s.chars().fold(FNV_OFFSET, |h, c| fnv_step(h, c as u32))
}

/// Hash of a string lowercased (same fast path).
pub fn hash_lower(s: &str) -> u64 {
    if s.is_ascii() {
        return s
            .bytes()
            .fold(FNV_OFFSET, |h, b| fnv_step(h, b.to_ascii_lowercase() as u32));
    }
    s.chars()
        .flat_map(char::to_lowercase)
        .fold(FNV_OFFSET, |h, c| fnv_step(h, c as u32))
}

/// Per-token values computed once per sentence.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokenInfo {
    word: u64,
    lower: u64,
    shape: u64,
    short_shape: u64,
    prefix: [u64; 4],
    suffix: [u64; 4],
    casing: u8,
    cluster: [u32; 2],
    all_caps: bool,
    init_cap: bool,
    has_digit: bool,
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// Computes the per-token values of a sentence.
pub fn token_infos(tokens: &[&str], lex: &Lexicon, out: &mut Vec<TokenInfo>) {
    out.clear();
    let mut lw: Vec<char> = Vec::with_capacity(32);
    for t in tokens {
        let mut shape = FNV_OFFSET;
        let mut short = FNV_OFFSET;
        let mut last = '\0';
        let (mut upper, mut lower, mut digit, mut n) = (0usize, 0usize, 0usize, 0usize);
        let mut first_upper = false;
        for (i, c) in t.chars().enumerate() {
            let s = shape_class(c);
            if i < 12 {
                shape = fnv_step(shape, s as u32);
            }
            if s != last {
                short = fnv_step(short, s as u32);
                last = s;
            }
            upper += c.is_uppercase() as usize;
            lower += c.is_lowercase() as usize;
            digit += c.is_numeric() as usize;
            if i == 0 {
                first_upper = c.is_uppercase();
            }
            n += 1;
        }
        lw.clear();
        lw.extend(t.chars().flat_map(char::to_lowercase));
        let mut prefix = [0u64; 4];
        let mut suffix = [0u64; 4];
        let mut h = FNV_OFFSET;
        for (k, p) in prefix.iter_mut().enumerate() {
            if let Some(&c) = lw.get(k) {
                h = fnv_step(h, c as u32);
            }
            *p = h;
        }
        let mut h = FNV_OFFSET;
        for (k, s) in suffix.iter_mut().enumerate() {
            if k < lw.len() {
                h = fnv_step(h, lw[lw.len() - 1 - k] as u32);
            }
            *s = h;
        }
        let lower_hash = lw.iter().fold(FNV_OFFSET, |h, &c| fnv_step(h, c as u32));
        let entry = lex.get(lower_hash);
        out.push(TokenInfo {
            word: hash_str(t),
            lower: lower_hash,
            shape,
            short_shape: short,
            prefix,
            suffix,
            casing: entry.map_or(0, |e| e.casing),
            cluster: entry.map_or([0, 0], |e| e.clusters),
            all_caps: upper > 0 && lower == 0 && n > 1,
            init_cap: first_upper,
            has_digit: digit > 0,
        });
    }
}

/// What the rest of the document says about each token of a sentence: how its word is written
/// elsewhere in the document, and what the tagger called it in earlier sentences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DocHint {
    /// Bit 0: the word appears all lowercase mid-sentence elsewhere in the document; bit 1: it
    /// appears capitalised mid-sentence in ordinary (not all-capitals) text; bit 2: it appears
    /// capitalised next to another capitalised word (part of a longer name).
    pub case_flags: u8,
    /// Entity kind most often given to the same word in earlier sentences (0 none yet, 1 O,
    /// 2 PER, 3 ORG, 4 LOC, 5 MISC).
    pub history: u8,
}

/// Document-wide casing evidence, keyed by lowercase word hash.
#[derive(Debug, Default, Clone)]
pub struct DocStats {
    flags: std::collections::HashMap<u64, u8, crate::IdentityBuild>,
    history: std::collections::HashMap<u64, [u16; 5], crate::IdentityBuild>,
}

fn is_caps_sentence(tokens: &[&str]) -> bool {
    let letters = tokens.iter().filter(|t| t.chars().any(char::is_alphabetic)).count();
    let caps = tokens
        .iter()
        .filter(|t| t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase))
        .count();
    caps >= 3 && caps * 10 >= letters * 7
}

impl DocStats {
    /// Gathers casing evidence from every sentence of a document.
    pub fn new(sentences: &[Vec<&str>]) -> Self {
        let mut st = DocStats::default();
        for toks in sentences {
            if is_caps_sentence(toks) {
                continue;
            }
            let cap = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
            for i in 1..toks.len() {
                let t = toks[i];
                if !t.chars().any(char::is_alphabetic) {
                    continue;
                }
                let mut f = 0u8;
                if t.chars().all(|c| !c.is_uppercase()) {
                    f |= 1;
                } else if cap(t) {
                    f |= 2;
                    let next_cap = toks.get(i + 1).is_some_and(|n| cap(n));
                    let prev_cap = i > 1 && cap(toks[i - 1]);
                    if next_cap || prev_cap {
                        f |= 4;
                    }
                }
                *st.flags.entry(hash_lower(t)).or_default() |= f;
            }
        }
        st
    }

    /// Hints for one sentence's tokens.
    pub fn hints(&self, infos: &[TokenInfo], out: &mut Vec<DocHint>) {
        out.clear();
        out.extend(infos.iter().map(|t| DocHint {
            case_flags: self.flags.get(&t.lower).copied().unwrap_or(0),
            history: self.history.get(&t.word).map_or(0, |c| {
                let mut best = 0usize;
                for k in 1..5 {
                    if c[k] > c[best] {
                        best = k;
                    }
                }
                if c[best] == 0 {
                    0
                } else {
                    best as u8 + 1
                }
            }),
        }));
    }

    /// Records the labels given to a sentence, for later sentences' history.
    pub fn remember(&mut self, infos: &[TokenInfo], labels: &[crate::Label]) {
        for (t, l) in infos.iter().zip(labels) {
            if !(t.init_cap || t.all_caps) {
                continue;
            }
            let k = l
                .kind()
                .map_or(0, |k| 1 + crate::Kind::ALL.iter().position(|x| *x == k).unwrap_or(0));
            let c = &mut self.history.entry(t.word).or_default()[k];
            *c = c.saturating_add(1);
        }
    }
}

const PAD_L: u64 = 0x1111;
const PAD_R: u64 = 0x2222;

/// Appends the feature hashes of every token; token `i`'s features are
/// `feats[offsets[i]..offsets[i + 1]]`.
pub fn features(infos: &[TokenInfo], hints: &[DocHint], feats: &mut Vec<u64>, offsets: &mut Vec<usize>) {
    feats.clear();
    offsets.clear();
    let n = infos.len();
    let alpha_caps = infos.iter().filter(|t| t.all_caps).count();
    let alpha = infos
        .iter()
        .filter(|t| t.all_caps || t.init_cap || t.casing > 0)
        .count()
        .max(1);
    let caps_sentence = alpha_caps >= 3 && alpha_caps * 10 >= alpha * 7;
    // A neighbour's value, or a padding value before the start / after the end.
    let at = |i: isize, before: u64, after: u64, value: &dyn Fn(&TokenInfo) -> u64| -> u64 {
        match usize::try_from(i) {
            Err(_) => before,
            Ok(i) if i >= n => after,
            Ok(i) => value(&infos[i]),
        }
    };
    let lw = |i: isize| at(i, PAD_L, PAD_R, &|t| t.lower);
    let ss = |i: isize| at(i, PAD_L, PAD_R, &|t| t.short_shape);
    let cas = |i: isize| at(i, 99, 99, &|t| t.casing as u64);
    let cl = |i: isize, g: usize| at(i, u64::MAX, u64::MAX, &|t| t.cluster[g] as u64);
    for (i, t) in infos.iter().enumerate() {
        offsets.push(feats.len());
        let ii = i as isize;
        let mode = caps_sentence as u64;
        let mut f = |template: u64, value: u64| feats.push(mix(template, value));
        f(1, 0);
        f(2, t.word);
        f(3, t.lower);
        f(4, mix(t.shape, mode));
        f(5, mix(t.short_shape, mode));
        for k in 0..4 {
            f(10 + k as u64, t.prefix[k]);
            f(20 + k as u64, t.suffix[k]);
        }
        f(30, lw(ii - 1));
        f(31, lw(ii + 1));
        f(32, lw(ii - 2));
        f(33, lw(ii + 2));
        f(34, mix(lw(ii - 1), t.lower));
        f(35, mix(t.lower, lw(ii + 1)));
        f(36, mix(ss(ii - 1), mix(t.short_shape, ss(ii + 1))));
        f(37, mix(ss(ii - 1), t.short_shape));
        f(38, mix(t.short_shape, ss(ii + 1)));
        f(40, mix((i == 0) as u64, mix(t.short_shape, mode)));
        f(41, mix(t.casing as u64, mix(t.short_shape, mode)));
        f(42, mix(cas(ii - 1), t.casing as u64));
        f(43, mix(t.casing as u64, cas(ii + 1)));
        f(44, mix(t.has_digit as u64, t.all_caps as u64));
        if t.cluster[0] != 0 {
            f(50, cl(ii, 0));
            f(51, cl(ii, 1));
            f(52, mix(cl(ii, 1), t.short_shape));
        }
        f(53, cl(ii - 1, 1));
        f(54, cl(ii + 1, 1));
        f(55, mix(cl(ii - 1, 0), cl(ii, 0)));
        f(56, mix(cl(ii, 0), cl(ii + 1, 0)));
        if let Some(h) = hints.get(i) {
            if t.init_cap || t.all_caps {
                f(
                    60,
                    mix(h.case_flags as u64, mix(t.short_shape, mix(mode, (i == 0) as u64))),
                );
                f(61, mix(h.history as u64, t.short_shape));
                f(62, mix(h.history as u64, h.case_flags as u64));
            }
        }
    }
    offsets.push(feats.len());
}

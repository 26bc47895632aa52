//! Model weights and their file format.
//!
//! File: gzip of `DYADNER2`, then little-endian: label count and names, transition and start
//! weights (f32), feature count, sorted feature keys (u64), one f32 scale, and per feature one
//! i16 weight per label (weights quantized to 16 bits), lexicon count, lexicon entries (u64 key,
//! u8 casing, u32 coarse and fine cluster).

use std::collections::HashMap;
use std::io::{Read, Write};

use crate::lexicon::{Entry, Lexicon};
use crate::{IdentityBuild, TaggerError, N_LABELS};

const MAGIC: &[u8; 8] = b"DYADNER2";

/// Weights of a trained model.
#[derive(Debug, Clone)]
pub struct Model {
    /// Feature hash → row.
    pub index: HashMap<u64, u32, IdentityBuild>,
    /// One weight per label per feature.
    pub rows: Vec<[f32; N_LABELS]>,
    /// Transition weights `[previous][current]`.
    pub trans: [[f32; N_LABELS]; N_LABELS],
    /// Weights of each label at the start of a sentence.
    pub start: [f32; N_LABELS],
    /// Word statistics.
    pub lexicon: Lexicon,
}

fn put_u32(w: &mut impl Write, x: u32) -> std::io::Result<()> {
    w.write_all(&x.to_le_bytes())
}

impl Model {
    /// Serializes the model. Features whose quantized weights are all zero are dropped.
    pub fn to_bytes(&self) -> Result<Vec<u8>, TaggerError> {
        let mut keys: Vec<(u64, u32)> = self.index.iter().map(|(k, r)| (*k, *r)).collect();
        keys.sort_unstable();
        let max = self
            .rows
            .iter()
            .flat_map(|r| r.iter())
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(1e-9);
        let scale = max / i16::MAX as f32;
        let q = |w: f32| (w / scale).round() as i16;
        keys.retain(|(_, r)| self.rows[*r as usize].iter().any(|w| q(*w) != 0));
        let mut raw = Vec::new();
        let io = |e: std::io::Error| TaggerError::Io(e.to_string());
        raw.write_all(MAGIC).map_err(io)?;
        put_u32(&mut raw, N_LABELS as u32).map_err(io)?;
        for l in crate::Label::ALL {
            let name = l.name().as_bytes();
            raw.push(name.len() as u8);
            raw.extend_from_slice(name);
        }
        for row in &self.trans {
            for w in row {
                raw.extend_from_slice(&w.to_le_bytes());
            }
        }
        for w in &self.start {
            raw.extend_from_slice(&w.to_le_bytes());
        }
        put_u32(&mut raw, keys.len() as u32).map_err(io)?;
        for (k, _) in &keys {
            raw.extend_from_slice(&k.to_le_bytes());
        }
        raw.extend_from_slice(&scale.to_le_bytes());
        for (_, r) in &keys {
            for w in &self.rows[*r as usize] {
                raw.extend_from_slice(&q(*w).to_le_bytes());
            }
        }
        let lex = self.lexicon.sorted();
        put_u32(&mut raw, lex.len() as u32).map_err(io)?;
        for (k, e) in lex {
            raw.extend_from_slice(&k.to_le_bytes());
            raw.push(e.casing);
            raw.extend_from_slice(&e.clusters[0].to_le_bytes());
            raw.extend_from_slice(&e.clusters[1].to_le_bytes());
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw).map_err(io)?;
        gz.finish().map_err(io)
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, TaggerError> {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut raw)
            .map_err(|e| TaggerError::Format(format!("not a gzip model file: {e}")))?;
        let mut r = Reader { b: &raw, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(TaggerError::Format("not a dyad NER model (bad magic)".into()));
        }
        let n = r.u32()? as usize;
        if n != N_LABELS {
            return Err(TaggerError::Format(format!(
                "model has {n} labels, expected {N_LABELS}"
            )));
        }
        for l in crate::Label::ALL {
            let len = r.take(1)?[0] as usize;
            let name = r.take(len)?;
            if name != l.name().as_bytes() {
                return Err(TaggerError::Format("label names differ from this version's".into()));
            }
        }
        let mut trans = [[0f32; N_LABELS]; N_LABELS];
        for row in trans.iter_mut() {
            for w in row.iter_mut() {
                *w = r.f32()?;
            }
        }
        let mut start = [0f32; N_LABELS];
        for w in start.iter_mut() {
            *w = r.f32()?;
        }
        let nf = r.u32()? as usize;
        let mut keys = Vec::with_capacity(nf);
        for _ in 0..nf {
            keys.push(r.u64()?);
        }
        let scale = r.f32()?;
        let mut rows = Vec::with_capacity(nf);
        let mut index = HashMap::with_capacity_and_hasher(nf, IdentityBuild);
        for (i, k) in keys.into_iter().enumerate() {
            let mut row = [0f32; N_LABELS];
            for w in row.iter_mut() {
                let b = r.take(2)?;
                *w = i16::from_le_bytes([b[0], b[1]]) as f32 * scale;
            }
            rows.push(row);
            index.insert(k, i as u32);
        }
        let nl = r.u32()? as usize;
        let mut lexicon = Lexicon::new();
        for _ in 0..nl {
            let k = r.u64()?;
            let casing = r.take(1)?[0];
            let c0 = r.u32()?;
            let c1 = r.u32()?;
            lexicon.insert(
                k,
                Entry {
                    casing,
                    clusters: [c0, c1],
                },
            );
        }
        Ok(Model {
            index,
            rows,
            trans,
            start,
            lexicon,
        })
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], TaggerError> {
        let s = self
            .b
            .get(self.pos..self.pos + n)
            .ok_or_else(|| TaggerError::Format("model file is truncated".into()))?;
        self.pos += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, TaggerError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> Result<u64, TaggerError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    fn f32(&mut self) -> Result<f32, TaggerError> {
        Ok(f32::from_bits(self.u32()?))
    }
}

//! Offset bookkeeping between original and normalized text.
//!
//! Normalization mostly replaces one character by one character (a curly quote by a straight
//! one), which leaves offsets unchanged. Only replacements that change the number of characters
//! (NFC composing `e` + U+0301 into `é`, dropping a soft hyphen, a zero-width space) are
//! recorded, so the map of a typical article is empty.

use serde::{Deserialize, Serialize};

/// One replacement that changed the number of characters: `norm_len` characters at `norm` in
/// the normalized text stand for `orig_len` characters at `orig` in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replacement {
    /// Start in the normalized text (characters).
    pub norm: usize,
    /// Length in the normalized text (characters).
    pub norm_len: usize,
    /// Start in the original text (characters).
    pub orig: usize,
    /// Length in the original text (characters).
    pub orig_len: usize,
}

/// Maps character offsets in a normalized text back to its original text.
///
/// Serialized as the list of length-changing replacements, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct OffsetMap {
    replacements: Vec<Replacement>,
}

impl OffsetMap {
    /// An identity map.
    pub fn identity() -> Self {
        OffsetMap::default()
    }

    /// Records that `norm_len` normalized characters starting at `norm` replace `orig_len`
    /// original characters starting at `orig`. Calls must come in increasing `norm` order;
    /// replacements that keep the length are not worth recording and are ignored.
    pub fn push(&mut self, norm: usize, norm_len: usize, orig: usize, orig_len: usize) {
        if norm_len == orig_len {
            return;
        }
        // Merge with an adjacent previous replacement to keep the map small.
        if let Some(last) = self.replacements.last_mut() {
            if last.norm + last.norm_len == norm && last.orig + last.orig_len == orig {
                last.norm_len += norm_len;
                last.orig_len += orig_len;
                return;
            }
        }
        self.replacements.push(Replacement {
            norm,
            norm_len,
            orig,
            orig_len,
        });
    }

    /// The recorded replacements.
    pub fn replacements(&self) -> &[Replacement] {
        &self.replacements
    }

    /// True when normalized and original offsets coincide everywhere.
    pub fn is_identity(&self) -> bool {
        self.replacements.is_empty()
    }

    fn last_before(&self, n: usize) -> Option<&Replacement> {
        let idx = self.replacements.partition_point(|r| r.norm <= n);
        idx.checked_sub(1).map(|i| &self.replacements[i])
    }

    /// Original offset of the character at normalized offset `n` (a span start).
    pub fn to_original_start(&self, n: usize) -> usize {
        match self.last_before(n) {
            None => n,
            Some(r) if n < r.norm + r.norm_len => r.orig,
            Some(r) => r.orig + r.orig_len + (n - r.norm - r.norm_len),
        }
    }

    /// Original offset for a normalized exclusive end offset `n` (a span end).
    pub fn to_original_end(&self, n: usize) -> usize {
        match self.last_before(n) {
            None => n,
            Some(r) if n == r.norm => r.orig,
            Some(r) if n < r.norm + r.norm_len => r.orig + r.orig_len,
            Some(r) => r.orig + r.orig_len + (n - r.norm - r.norm_len),
        }
    }
}

/// Converts byte offsets of one string into character offsets. Cheapest when queries do not
/// go backwards (they are answered in amortised O(1)); a backward query restarts the scan.
#[derive(Debug, Clone)]
pub struct CharCursor<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        CharCursor {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// Character offset of byte offset `byte` (clamped to the text; a byte inside a character
    /// counts as that character's start).
    pub fn char_offset(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let segment = self.text.get(self.byte..byte).map(|s| s.chars().count());
        match segment {
            Some(n) => {
                self.chars += n;
                self.byte = byte;
            }
            None => {
                // Not a char boundary: count the characters that start before `byte`.
                let n = self.text.as_bytes()[self.byte..byte]
                    .iter()
                    .filter(|b| (**b as i8) >= -0x40)
                    .count();
                self.chars += n;
                self.byte = byte;
            }
        }
        self.chars
    }
}

/// Converts character offsets of one string into byte offsets; the mirror of [`CharCursor`],
/// cheapest for non-decreasing queries.
#[derive(Debug, Clone)]
pub struct ByteCursor<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> ByteCursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        ByteCursor {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// Byte offset of character offset `chars` (clamped to the end of the text).
    pub fn byte_offset(&mut self, chars: usize) -> usize {
        if chars < self.chars {
            self.byte = 0;
            self.chars = 0;
        }
        let rest = &self.text[self.byte..];
        let step = chars - self.chars;
        let advance = rest.char_indices().nth(step).map_or(rest.len(), |(b, _)| b);
        self.byte += advance;
        self.chars = if advance == rest.len() {
            self.chars + rest[..advance].chars().count()
        } else {
            chars
        };
        self.byte
    }
}

/// Byte offset of character offset `char_idx` in `text` (clamped to the end).
pub fn byte_offset(text: &str, char_idx: usize) -> usize {
    text.char_indices().nth(char_idx).map_or(text.len(), |(b, _)| b)
}

/// The substring of `text` between two character offsets (clamped).
pub fn char_slice(text: &str, start: usize, end: usize) -> &str {
    let b0 = byte_offset(text, start);
    let rest = &text[b0..];
    let len = byte_offset(rest, end.saturating_sub(start));
    &rest[..len]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_map() {
        let m = OffsetMap::identity();
        assert_eq!(m.to_original_start(7), 7);
        assert_eq!(m.to_original_end(7), 7);
    }

    #[test]
    fn composed_character_maps_to_both_originals() {
        // original "cafe\u{301} x" (7 chars) -> normalized "café x" (6 chars)
        let mut m = OffsetMap::identity();
        m.push(3, 1, 3, 2);
        assert_eq!(m.to_original_start(3), 3);
        assert_eq!(m.to_original_end(4), 5);
        assert_eq!(m.to_original_start(5), 6); // "x"
        assert_eq!(m.to_original_end(6), 7);
    }

    #[test]
    fn expansion_keeps_inner_offsets_inside() {
        // original "a…b" -> normalized "a...b"
        let mut m = OffsetMap::identity();
        m.push(1, 3, 1, 1);
        assert_eq!(m.to_original_start(2), 1);
        assert_eq!(m.to_original_end(2), 2);
        assert_eq!(m.to_original_start(4), 2);
    }

    #[test]
    fn deletion_and_merge() {
        let mut m = OffsetMap::identity();
        m.push(2, 0, 2, 1);
        m.push(2, 0, 3, 1);
        assert_eq!(m.replacements().len(), 1);
        assert_eq!(m.to_original_start(2), 4);
        assert_eq!(m.to_original_end(2), 2);
    }

    #[test]
    fn cursor_forward_and_backward() {
        let s = "Kenya’s café";
        let mut c = CharCursor::new(s);
        let b = s.find("café").unwrap();
        assert_eq!(c.char_offset(b), 8);
        assert_eq!(c.char_offset(s.len()), 12);
        assert_eq!(c.char_offset(5), 5);
    }

    #[test]
    fn byte_cursor() {
        let s = "Kenya’s café";
        let mut c = ByteCursor::new(s);
        assert_eq!(c.byte_offset(8), s.find("café").unwrap());
        assert_eq!(c.byte_offset(99), s.len());
        assert_eq!(c.byte_offset(1), 1);
    }

    #[test]
    fn slicing_by_chars() {
        assert_eq!(char_slice("Kenya’s café", 8, 12), "café");
        assert_eq!(char_slice("abc", 1, 99), "bc");
    }
}

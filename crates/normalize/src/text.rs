//! Character-level normalization with an offset map back to the original.
//!
//! * Unicode NFC, applied per combining sequence so every change is located;
//! * curly quotes and primes to `'` and `"`, dashes and minus signs to `-`;
//! * every kind of space (no-break, thin, ideographic …) to a plain space, `\r\n` line ends to
//!   ` \n`, a lone `\r` to `\n`, other control characters to a space;
//! * zero-width characters, soft hyphens and byte-order marks removed.

use dyad_core::OffsetMap;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Replacement for one character, or `None` to delete it.
fn map_char(c: char, next: Option<char>) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{FF07}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' | '\u{FF02}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{FE58}'
        | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => return None,
        '\r' => {
            if next == Some('\n') {
                ' '
            } else {
                '\n'
            }
        }
        '\n' | '\t' => c,
        c if c.is_control() => ' ',
        c if c.is_whitespace() => ' ',
        c => c,
    })
}

/// Normalizes `original`, returning the normalized text and the map back.
pub fn normalize_text(original: &str) -> (String, OffsetMap) {
    let mut out = String::with_capacity(original.len());
    let mut map = OffsetMap::identity();
    let nfc_ok = matches!(is_nfc_quick(original.chars()), IsNormalized::Yes);
    let mut orig_pos = 0usize; // characters consumed from original
    let mut norm_pos = 0usize; // characters written to out
    let mut chars = original.chars().peekable();
    let mut seq = String::new();
    while let Some(c) = chars.next() {
        if !nfc_ok {
            // Gather a combining sequence: a starter and the non-starters after it.
            seq.clear();
            seq.push(c);
            while let Some(&n) = chars.peek() {
                if canonical_combining_class(n) == 0 {
                    break;
                }
                seq.push(n);
                chars.next();
            }
            let seq_len = seq.chars().count();
            if seq_len > 1 || !matches!(is_nfc_quick(seq.chars()), IsNormalized::Yes) {
                let composed: String = seq.nfc().collect();
                let mut written = 0;
                let mut cs = composed.chars().peekable();
                while let Some(cc) = cs.next() {
                    if let Some(m) = map_char(cc, cs.peek().copied()) {
                        out.push(m);
                        written += 1;
                    }
                }
                map.push(norm_pos, written, orig_pos, seq_len);
                norm_pos += written;
                orig_pos += seq_len;
                continue;
            }
        }
        match map_char(c, chars.peek().copied()) {
            Some(m) => {
                out.push(m);
                norm_pos += 1;
            }
            None => map.push(norm_pos, 0, orig_pos, 1),
        }
        orig_pos += 1;
    }
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_dashes_spaces_keep_offsets() {
        let (n, m) = normalize_text("Kenya\u{2019}s \u{201C}win\u{2013}win\u{201D}\u{00A0}deal\r\nnext");
        assert_eq!(n, "Kenya's \"win-win\" deal \nnext");
        assert!(m.is_identity());
    }

    #[test]
    fn nfc_composition_is_mapped() {
        let orig = "Cafe\u{301} de\u{301}ja\u{300}";
        let (n, m) = normalize_text(orig);
        assert_eq!(n, "Café déjà");
        // "déjà" starts at normalized 5 and original 6
        assert_eq!(m.to_original_start(5), 6);
        assert_eq!(m.to_original_end(9), orig.chars().count());
    }

    #[test]
    fn invisible_characters_are_removed() {
        let (n, m) = normalize_text("a\u{200B}b\u{00AD}c");
        assert_eq!(n, "abc");
        assert_eq!(m.to_original_start(2), 4);
    }

    #[test]
    fn lone_carriage_return_is_a_newline() {
        assert_eq!(normalize_text("a\rb").0, "a\nb");
    }
}

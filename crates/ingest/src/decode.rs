//! Bytes to text: byte-order marks, UTF-8, UTF-16, legacy single-byte encodings, binary refusal.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// Decoded text and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Encoding name (`UTF-8`, `UTF-16LE`, `windows-1252` …).
    pub encoding: &'static str,
    /// Set when the encoding was guessed or the bytes had errors.
    pub warning: Option<String>,
}

/// Why bytes were not decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeRefusal {
    /// No bytes, or only white space.
    #[error("empty input")]
    Empty,
    /// The bytes do not look like text.
    #[error("binary content, not text ({0})")]
    Binary(String),
}

const SAMPLE: usize = 64 * 1024;

/// Guesses UTF-16 without a BOM from the pattern of zero bytes (ASCII-heavy text has a zero in
/// every other byte).
fn utf16_without_bom(sample: &[u8]) -> Option<&'static Encoding> {
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_zero = sample.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    if odd_zero * 10 >= pairs * 7 && even_zero * 20 < pairs {
        Some(UTF_16LE)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn looks_binary(sample: &[u8]) -> Option<String> {
    if sample.contains(&0) {
        return Some("contains NUL bytes".into());
    }
    let control = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    if control * 50 > sample.len() {
        return Some(format!("{control} control bytes in the first {} bytes", sample.len()));
    }
    None
}

/// Decodes `bytes`. `declared` is an encoding stated by the container (HTTP header, `<meta
/// charset>`), trusted over detection but not over a byte-order mark or valid UTF-8.
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<Decoded, DecodeRefusal> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return finish(
            text.into_owned(),
            enc.name(),
            had_errors.then(|| format!("invalid {} sequences replaced", enc.name())),
        );
    }
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    if let Some(enc) = utf16_without_bom(sample) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        return finish(
            text.into_owned(),
            enc.name(),
            Some(format!(
                "no byte-order mark; decoded as {} from its zero-byte pattern{}",
                enc.name(),
                if had_errors { ", with errors" } else { "" }
            )),
        );
    }
    if let Some(why) = looks_binary(sample) {
        return Err(DecodeRefusal::Binary(why));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return finish(s.to_owned(), UTF_8.name(), None);
    }
    let (enc, how) = match declared {
        Some(enc) if enc != UTF_8 => (enc, "declared"),
        _ => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            (det.guess(None, chardetng::Utf8Detection::Deny), "detected")
        }
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let note = format!(
        "not valid UTF-8; decoded as {} ({how}){}",
        enc.name(),
        if had_errors { " with replacement characters" } else { "" }
    );
    finish(text.into_owned(), enc.name(), Some(note))
}

fn finish(text: String, encoding: &'static str, warning: Option<String>) -> Result<Decoded, DecodeRefusal> {
    if text.trim().is_empty() {
        return Err(DecodeRefusal::Empty);
    }
    Ok(Decoded {
        text,
        encoding,
        warning,
    })
}

/// Looks up an encoding label (`utf-8`, `iso-8859-1`, `windows-1252` …).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("\u{feff}Kenya’s".as_bytes(), None).unwrap();
        assert_eq!(d.text, "Kenya’s");
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(decode("Kenya’s".as_bytes(), None).unwrap().text, "Kenya’s");
    }

    #[test]
    fn utf16_with_bom_and_without() {
        let mut le = vec![0xff, 0xfe];
        le.extend("Nairobi – Kenya".encode_utf16().flat_map(|u| u.to_le_bytes()));
        let d = decode(&le, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Nairobi – Kenya", "UTF-16LE"));
        let be: Vec<u8> = "Nairobi Kenya".encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let d = decode(&be, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Nairobi Kenya", "UTF-16BE"));
        assert!(d.warning.is_some());
    }

    #[test]
    fn windows_1252_detected() {
        // “Caf\xe9” with curly quotes in windows-1252
        let bytes = b"\x93Le caf\xe9 du pr\xe9sident\x94 said the minister in Nairobi.";
        let d = decode(bytes, None).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.starts_with("“Le café"), "{}", d.text);
        assert!(d.warning.unwrap().contains("not valid UTF-8"));
    }

    #[test]
    fn declared_charset_is_used_for_non_utf8() {
        let d = decode(b"na\xefve", encoding_for_label("iso-8859-1")).unwrap();
        assert_eq!(d.text, "naïve");
    }

    #[test]
    fn refusals() {
        assert_eq!(decode(b"", None), Err(DecodeRefusal::Empty));
        assert_eq!(decode(b" \n\t ", None), Err(DecodeRefusal::Empty));
        let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
        assert!(matches!(decode(&noise, None), Err(DecodeRefusal::Binary(_))));
    }
}

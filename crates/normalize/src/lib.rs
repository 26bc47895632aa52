//! # dyad-normalize: structure for a decoded document, in original-text offsets
//!
//! Takes a [`RawDocument`] and produces a [`Document`]:
//!
//! 1. a **normalized text** (NFC, straight quotes, ASCII dashes, plain spaces, no invisible
//!    characters) with an [`OffsetMap`](dyad_core::OffsetMap) back to the original;
//! 2. **language** identification (whatlang); English-specific rules run only on English text,
//!    other languages pass through flagged, with paragraphs and sentences but nothing removed;
//! 3. **paragraphs**, with **boilerplate** (comment widgets, share/follow trailers, copyright,
//!    agency reporting credits …), **photo captions and credits** and the **headline**
//!    recognised by general rules;
//! 4. the **dateline** (`BEIJING, Sept. 3 (Xinhua) --` → place, agency, date resolved against
//!    the publication date);
//! 5. **sentences** (abbreviation- and quotation-aware) and **tokens**.
//!
//! Every span is in character offsets of the *original* text; boilerplate, captions and the
//! dateline are never part of a sentence.
//!
//! ## What it does not do
//! No I/O, no entity or event recognition, no change to `text`: the original is kept as ingest
//! decoded it.

pub mod paragraphs;
pub mod rules;
pub mod segment;
pub mod text;
pub mod tokenize;

use dyad_core::dates::{month_from_name, parse_loose_date, resolve_month_day};
use dyad_core::{
    Boilerplate, ByteCursor, CharCursor, Dateline, Document, Language, Normalize, OffsetMap, Paragraph, ParagraphKind,
    RawDocument, Sentence, Span, Status, Token,
};
use jiff::civil::Date;

/// Which rules the normalizer applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Recognise boilerplate paragraphs and photo captions.
    pub boilerplate: bool,
    /// Recognise a headline.
    pub headlines: bool,
    /// Parse datelines.
    pub datelines: bool,
}

impl Options {
    /// Every rule (the `standard` normalizer).
    pub const STANDARD: Options = Options {
        boilerplate: true,
        headlines: true,
        datelines: true,
    };
    /// Text normalization, paragraphs, sentences and tokens only (the `minimal` normalizer), for
    /// text that is not news (reports, transcripts) where news rules would misfire.
    pub const MINIMAL: Options = Options {
        boilerplate: false,
        headlines: false,
        datelines: false,
    };
}

/// The built-in normalizer.
#[derive(Debug, Clone)]
pub struct Normalizer {
    name: &'static str,
    options: Options,
}

impl Normalizer {
    /// The `standard` normalizer: all news rules.
    pub fn standard() -> Self {
        Normalizer {
            name: "standard",
            options: Options::STANDARD,
        }
    }

    /// The `minimal` normalizer: no boilerplate, headline or dateline rules.
    pub fn minimal() -> Self {
        Normalizer {
            name: "minimal",
            options: Options::MINIMAL,
        }
    }

    /// A normalizer with custom options.
    pub fn with_options(name: &'static str, options: Options) -> Self {
        Normalizer { name, options }
    }
}

impl Normalize for Normalizer {
    fn name(&self) -> &str {
        self.name
    }

    fn normalize(&self, raw: RawDocument) -> Document {
        if raw.status != Status::Ok {
            return Document::passthrough(raw);
        }
        normalize_document(raw, self.options)
    }
}

/// Detects the language of (the start of) a text.
pub fn detect_language(text: &str) -> Language {
    let mut cut = text.len().min(4000);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    match whatlang::detect(&text[..cut]) {
        Some(info) => {
            let english = info.lang() == whatlang::Lang::Eng || info.confidence() < 0.5;
            Language {
                code: info.lang().code().to_string(),
                confidence: round3(info.confidence()),
                english,
            }
        }
        None => Language {
            code: "und".into(),
            confidence: 0.0,
            english: true,
        },
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// One paragraph while it is being classified, in normalized byte offsets.
struct Para {
    range: (usize, usize),
    kind: ParagraphKind,
    /// The part that holds sentences (the paragraph minus dateline and credit).
    content: (usize, usize),
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn same_text(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .map(|w| w.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    };
    norm(a) == norm(b)
}

/// How many paragraphs from the top a date stamp may stand and still date the page.
const STAMP_PARAGRAPHS: usize = 6;

fn looks_like_headline(p: &str, title: Option<&str>, bodies_after: usize) -> bool {
    if title.is_some_and(|t| same_text(t, p)) {
        return true;
    }
    bodies_after >= 1
        && words(p) <= 20
        && p.chars().count() <= 160
        && !p.ends_with(['.', ',', ';', ':'])
        && p.chars().any(char::is_alphabetic)
        && rules::dateline(p).is_none()
}

fn normalize_document(raw: RawDocument, opts: Options) -> Document {
    let (norm, map) = text::normalize_text(&raw.text);
    let language = detect_language(&norm);
    let mut warnings = raw.warnings.clone();
    let news_rules = language.english;
    if !language.english {
        warnings.push(format!(
            "language {} (confidence {}): English rules (boilerplate, headline, dateline) not applied",
            language.code, language.confidence
        ));
    }

    let mut paras: Vec<Para> = paragraphs::split_paragraphs(&norm)
        .into_iter()
        .map(|r| Para {
            range: r,
            kind: ParagraphKind::Body,
            content: r,
        })
        .collect();
    let mut boiler: Vec<((usize, usize), &'static str)> = Vec::new();

    let mut meta = raw.meta;
    // A stamp's date, (is an update, date as written), from the top of the page.
    let mut stamp: Option<(bool, String)> = None;
    if news_rules && opts.boilerplate {
        for (i, p) in paras.iter_mut().enumerate() {
            let t = &norm[p.range.0..p.range.1];
            if let Some((date, update)) = rules::date_stamp(t) {
                p.kind = ParagraphKind::Boilerplate;
                boiler.push((p.range, "date-stamp"));
                // Near the top, a first-publication stamp beats an update stamp.
                if i < STAMP_PARAGRAPHS && stamp.as_ref().is_none_or(|(u, _)| *u && !update) {
                    stamp = Some((update, date));
                }
            } else if let Some(rule) = rules::boilerplate_rule(t) {
                p.kind = ParagraphKind::Boilerplate;
                boiler.push((p.range, rule));
            } else if let Some((cs, ce)) = rules::caption_credit(t) {
                p.kind = ParagraphKind::Caption;
                let body_end = p.range.0 + t[..cs].trim_end().len();
                if body_end > p.range.0 {
                    boiler.push(((p.range.0, body_end), "photo-caption"));
                }
                boiler.push(((p.range.0 + cs, p.range.0 + ce), "photo-credit"));
            }
        }
    }
    // With no publication date from the source, the page's own stamp gives it.
    if meta.published.is_none() {
        if let Some((_, written)) = stamp {
            if let Some(d) = parse_loose_date(&written) {
                warnings.push(format!(
                    "publication date {d} read from the date stamp '{written}' in the text"
                ));
                meta.published = Some(d);
                meta.published_raw = Some(written);
            }
        }
    }
    if news_rules && opts.headlines {
        if let Some(first) = paras.first() {
            let t = &norm[first.range.0..first.range.1];
            let bodies_after = paras.iter().skip(1).filter(|p| p.kind == ParagraphKind::Body).count();
            if first.kind == ParagraphKind::Body && looks_like_headline(t, meta.title.as_deref(), bodies_after) {
                paras[0].kind = ParagraphKind::Headline;
            }
        }
    }
    let mut dateline_hit: Option<((usize, usize), rules::DatelineMatch)> = None;
    if news_rules && opts.datelines {
        if let Some(p) = paras.iter_mut().find(|p| p.kind == ParagraphKind::Body) {
            let t = &norm[p.range.0..p.range.1];
            if let Some(d) = rules::dateline(t) {
                let end = p.range.0 + d.end;
                let dl_end = p.range.0 + t[..d.end].trim_end().len();
                p.content = (end, p.content.1);
                dateline_hit = Some(((p.range.0, dl_end), d));
            }
        }
    }

    // Tokens and sentences, in normalized byte offsets.
    // (paragraph index, is headline, token byte spans)
    let mut sentence_ranges: Vec<(usize, bool, Vec<tokenize::ByteSpan>)> = Vec::new();
    let mut cut_long = false;
    for (pi, p) in paras.iter().enumerate() {
        if !matches!(p.kind, ParagraphKind::Body | ParagraphKind::Headline) {
            continue;
        }
        let mut toks = Vec::new();
        tokenize::tokenize(&norm, p.content, &mut toks);
        if toks.is_empty() {
            continue;
        }
        if p.kind == ParagraphKind::Headline {
            sentence_ranges.push((pi, true, toks));
            continue;
        }
        for (a, b) in segment::sentences(&norm, &toks) {
            cut_long |= b - a >= segment::MAX_SENTENCE_TOKENS;
            sentence_ranges.push((pi, false, toks[a..b].to_vec()));
        }
    }
    if cut_long {
        warnings.push(format!(
            "sentences longer than {} tokens were cut",
            segment::MAX_SENTENCE_TOKENS
        ));
    }

    // Map everything to original character offsets.
    let conv = Converter::new(&norm, &map);
    let mut c = conv.cursor();
    let paragraphs: Vec<Paragraph> = paras
        .iter()
        .map(|p| Paragraph {
            span: c.span(p.range),
            kind: p.kind,
        })
        .collect();
    let mut c = conv.cursor();
    let mut orig = ByteCursor::new(&raw.text);
    let mut sentences = Vec::with_capacity(sentence_ranges.len());
    for (pi, headline, toks) in sentence_ranges {
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            continue;
        };
        let span = c.span((first.0, last.1));
        let tokens = toks.iter().map(|&(a, b)| {
            let s = c.span((a, b));
            Token {
                start: s.start,
                end: s.end,
                text: norm[a..b].to_string(),
            }
        });
        let tokens: Vec<Token> = tokens.collect();
        let (bs, be) = (orig.byte_offset(span.start), orig.byte_offset(span.end));
        let text = raw.text.get(bs..be).unwrap_or_default().to_string();
        sentences.push(Sentence {
            start: span.start,
            end: span.end,
            paragraph: pi,
            headline,
            text,
            tokens,
        });
    }
    boiler.sort_by_key(|(r, _)| *r);
    let mut c = conv.cursor();
    let mut orig = ByteCursor::new(&raw.text);
    let boilerplate = boiler
        .into_iter()
        .map(|(r, rule)| {
            let span = c.span(r);
            let text = raw
                .text
                .get(orig.byte_offset(span.start)..orig.byte_offset(span.end))
                .unwrap_or_default()
                .to_string();
            Boilerplate {
                span,
                rule: rule.to_string(),
                text,
            }
        })
        .collect();
    let headline = paras
        .iter()
        .position(|p| p.kind == ParagraphKind::Headline)
        .map(|i| paragraphs[i].span);
    let dateline = dateline_hit.map(|(r, d)| {
        let mut c = conv.cursor();
        Dateline {
            span: c.span(r),
            date: d
                .date_text
                .as_deref()
                .and_then(|t| resolve_dateline_date(t, meta.published)),
            place: d.place,
            agency: d.agency,
            date_text: d.date_text,
        }
    });

    let status = if sentences.is_empty() {
        Status::Skipped
    } else {
        Status::Ok
    };
    let reason = sentences
        .is_empty()
        .then(|| "no article text left after removing boilerplate".to_string());
    Document {
        id: raw.id,
        status,
        reason,
        meta,
        warnings,
        text: raw.text,
        normalized: norm,
        offset_map: map,
        language: Some(language),
        headline,
        dateline,
        paragraphs,
        boilerplate,
        sentences,
    }
}

/// Resolves a dateline date (`Sept. 3`, `Sept. 3, 2024`) against the publication date.
fn resolve_dateline_date(text: &str, published: Option<Date>) -> Option<Date> {
    let mut parts = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty());
    let month = month_from_name(parts.next()?)?;
    let day: i8 = parts.next()?.parse().ok()?;
    match parts.next().and_then(|y| y.parse::<i16>().ok()) {
        Some(year) => Date::new(year, month, day).ok(),
        None => resolve_month_day(month, day, published?),
    }
}

/// Normalized byte offsets → original character offsets.
struct Converter<'a> {
    norm: &'a str,
    map: &'a OffsetMap,
}

impl<'a> Converter<'a> {
    fn new(norm: &'a str, map: &'a OffsetMap) -> Self {
        Converter { norm, map }
    }

    fn cursor(&self) -> ConvCursor<'a> {
        ConvCursor {
            chars: CharCursor::new(self.norm),
            map: self.map,
        }
    }
}

struct ConvCursor<'a> {
    chars: CharCursor<'a>,
    map: &'a OffsetMap,
}

impl ConvCursor<'_> {
    fn span(&mut self, (a, b): (usize, usize)) -> Span {
        let s = self.map.to_original_start(self.chars.char_offset(a));
        let e = self.map.to_original_end(self.chars.char_offset(b));
        Span::new(s, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Meta;
    use jiff::civil::date;

    fn doc(text: &str, published: Option<Date>) -> Document {
        let raw = RawDocument {
            id: "t".into(),
            text: text.into(),
            meta: Meta {
                published,
                ..Meta::default()
            },
            ..RawDocument::default()
        };
        Normalizer::standard().normalize(raw)
    }

    #[test]
    fn wire_story_with_caption_and_dateline() {
        let text = "Xi meets Kenyan president\n\nChinese President Xi Jinping meets with Kenyan President William Ruto in Beijing, capital of China, Sept. 3, 2024. (Xinhua/Huang Jingwen)\n\nBEIJING, Sept. 3 (Xinhua) -- Chinese President Xi Jinping on Tuesday met with Kenyan President William Ruto.\n\nXi noted that the two countries have been partners.";
        let d = doc(text, Some(date(2024, 9, 3)));
        assert_eq!(d.status, Status::Ok);
        let dl = d.dateline.as_ref().unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.agency.as_deref(), dl.date),
            ("BEIJING", Some("Xinhua"), Some(date(2024, 9, 3)))
        );
        assert_eq!(d.sentences.len(), 3);
        assert!(d.sentences[0].headline);
        assert!(d.sentences[1]
            .text
            .starts_with("Chinese President Xi Jinping on Tuesday"));
        let rules: Vec<&str> = d.boilerplate.iter().map(|b| b.rule.as_str()).collect();
        assert_eq!(rules, ["photo-caption", "photo-credit"]);
        assert_eq!(d.boilerplate[1].text, "(Xinhua/Huang Jingwen)");
        assert!(d.sentences.iter().all(|s| !s.text.contains("Jingwen")));
    }

    #[test]
    fn byline_and_date_stamp_give_way_to_the_dateline_and_the_publication_date() {
        let text = "Ruto, Museveni agree to fast-track pipeline talks\n\nBy Jane Wanjiru\n\nUpdated: 2025-03-13\n\nPublished on March 12, 2025\n\nNAIROBI, Kenya, March 12, 2025 \u{2013} President William Ruto on Tuesday hosted Yoweri Museveni.\n\nThe two leaders agreed to meet again.";
        let d = doc(text, None);
        let rules: Vec<&str> = d.boilerplate.iter().map(|b| b.rule.as_str()).collect();
        assert_eq!(rules, ["byline", "date-stamp", "date-stamp"]);
        // The first publication, not the update.
        assert_eq!(d.meta.published, Some(date(2025, 3, 12)));
        assert!(d.warnings.iter().any(|w| w.contains("date stamp")));
        let dl = d.dateline.as_ref().unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.date),
            ("NAIROBI, Kenya", Some(date(2025, 3, 12)))
        );
        assert!(d.sentences[1].text.starts_with("President William Ruto"));
        // A date the source gives is kept.
        let d = doc(text, Some(date(2025, 3, 14)));
        assert_eq!(d.meta.published, Some(date(2025, 3, 14)));
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "Kenya\u{2019}s president met Wang\u{00A0}Yi. The cafe\u{301} closed \u{201C}early.\u{201D}";
        let d = doc(text, None);
        for s in &d.sentences {
            for t in &s.tokens {
                let orig = dyad_core::offsets::char_slice(&d.text, t.start, t.end);
                let (n, _) = text::normalize_text(orig);
                assert_eq!(n, t.text, "token {t:?}");
            }
        }
        assert_eq!(d.sentences.len(), 2);
        assert_eq!(d.sentences[1].tokens[1].text, "café");
    }

    #[test]
    fn trailers_are_removed() {
        let d = doc("Ruto met Tokayev in Astana on Monday.\nThe two discussed trade.\nFollow Daryo's official Instagram and Twitter pages to keep current on world news.\nComments (0)", None);
        assert_eq!(d.sentences.len(), 2);
        assert_eq!(d.boilerplate.len(), 2);
    }

    #[test]
    fn non_english_passes_through_flagged() {
        let d = doc("Le président kényan William Ruto a rencontré son homologue chinois à Pékin mardi. Les deux dirigeants ont signé plusieurs accords de coopération.", None);
        let lang = d.language.as_ref().unwrap();
        assert_eq!(lang.code, "fra");
        assert!(!lang.english);
        assert_eq!(d.sentences.len(), 2);
        assert!(d.warnings.iter().any(|w| w.contains("fra")));
    }

    #[test]
    fn only_boilerplate_is_skipped_with_reason() {
        let d = doc("Comments (0)\n\nLeave a Reply", None);
        assert_eq!(d.status, Status::Skipped);
        assert!(d.reason.is_some());
    }

    #[test]
    fn failed_documents_pass_through() {
        let raw = RawDocument::rejected("x", Status::Failed, "bad", Meta::default());
        let d = Normalizer::standard().normalize(raw);
        assert_eq!((d.status, d.reason.as_deref()), (Status::Failed, Some("bad")));
    }
}

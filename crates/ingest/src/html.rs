//! HTML pages to article text: readability-style extraction with a plain fallback.

use std::sync::OnceLock;

use dom_smoothie::{Config, Readability, TextMode};

/// What was read from an HTML page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    /// Article text, paragraphs separated by blank lines.
    pub text: String,
    /// `<title>` (or the article title readability found).
    pub title: Option<String>,
    /// Publication date as written in the page's metadata.
    pub published: Option<String>,
    /// Site name.
    pub site_name: Option<String>,
    /// Canonical URL, when the page declares one.
    pub canonical: Option<String>,
    /// How the text was found: `readability` or `fallback`.
    pub method: &'static str,
}

/// The charset a page declares in its first bytes (`<meta charset>` or `http-equiv`).
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    static RE: OnceLock<Option<regex::bytes::Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| regex::bytes::Regex::new(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)"#).ok())
        .as_ref()?;
    let head = &bytes[..bytes.len().min(4096)];
    let caps = re.captures(head)?;
    caps.get(1).map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
}

/// True when the bytes look like an HTML document.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<head") || head.contains("<body")
}

/// Publication-date metadata that readability does not look at.
const DATE_SELECTORS: &[(&str, &str)] = &[
    (r#"meta[property="og:published_time"]"#, "content"),
    (r#"meta[name="date"]"#, "content"),
    (r#"meta[name="pubdate"]"#, "content"),
    (r#"meta[name="publishdate"]"#, "content"),
    (r#"meta[name="publish-date"]"#, "content"),
    (r#"meta[name="publication_date"]"#, "content"),
    (r#"meta[name="sailthru.date"]"#, "content"),
    (r#"meta[name="dc.date"]"#, "content"),
    (r#"meta[name="DC.date.issued"]"#, "content"),
    (r#"meta[itemprop="datePublished"]"#, "content"),
    (r#"time[itemprop="datePublished"]"#, "datetime"),
    (r#"article time[datetime]"#, "datetime"),
    (r#"time[pubdate]"#, "datetime"),
];

fn non_empty(s: impl AsRef<str>) -> Option<String> {
    let t = s.as_ref().split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Tidies extracted text: trims lines, collapses runs of blank lines into one.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(&line);
    }
    out
}

/// Extracts the article from an HTML page.
pub fn extract(html: &str, url: Option<&str>) -> HtmlArticle {
    let page = dom_query::Document::from(html);
    let mut art = HtmlArticle {
        title: non_empty(page.select("title").first().text()),
        canonical: page
            .select(r#"link[rel="canonical"]"#)
            .first()
            .attr("href")
            .and_then(non_empty),
        ..HtmlArticle::default()
    };
    for (sel, attr) in DATE_SELECTORS {
        if let Some(v) = page.select(sel).first().attr(attr).and_then(non_empty) {
            art.published = Some(v);
            break;
        }
    }
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let parsed = Readability::new(html, url, Some(cfg)).and_then(|mut r| r.parse());
    if let Ok(a) = parsed {
        let text = tidy(&a.text_content);
        if !text.is_empty() {
            art.text = text;
            art.method = "readability";
            if art.title.is_none() {
                art.title = non_empty(&a.title);
            }
            if let Some(p) = a.published_time.and_then(non_empty) {
                art.published = Some(p);
            }
            art.site_name = a.site_name.and_then(non_empty);
            return art;
        }
    }
    // Fallback: the body's text without scripts, styles and page furniture.
    page.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select")
        .remove();
    let body = page.select("body");
    let text = if body.exists() {
        body.formatted_text()
    } else {
        page.formatted_text()
    };
    art.text = tidy(&text);
    art.method = "fallback";
    art
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Ruto meets Xi in Beijing</title>
<meta property="article:published_time" content="2024-09-03T10:00:00+08:00">
<script>var tracking = "do not keep me";</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ruto meets Xi in Beijing</h1>
<p>Chinese President Xi Jinping on Tuesday met with Kenyan President William Ruto, who is in Beijing for the summit of the Forum on China-Africa Cooperation.</p>
<p>The two leaders discussed infrastructure, trade and the Standard Gauge Railway, according to a statement released after the talks.</p>
<p>Kenya expects to sign several agreements on financing during the visit, officials said on Monday in Nairobi.</p>
</article><footer>Copyright 2024 Example News</footer></body></html>"#;

    #[test]
    fn article_text_title_and_date() {
        let a = extract(PAGE, None);
        assert_eq!(a.title.as_deref(), Some("Ruto meets Xi in Beijing"));
        assert_eq!(a.published.as_deref(), Some("2024-09-03T10:00:00+08:00"));
        assert!(a.text.contains("Xi Jinping on Tuesday met"), "{}", a.text);
        assert!(a.text.contains("\n\n"), "paragraphs kept: {}", a.text);
        assert!(!a.text.contains("tracking"));
        assert!(!a.text.contains("color:red"));
        assert!(!a.text.contains("Home"));
    }

    #[test]
    fn fallback_on_tiny_pages() {
        let a = extract("<html><body><script>x()</script><p>Short note.</p></body></html>", None);
        assert_eq!(a.text, "Short note.");
    }

    #[test]
    fn charset_and_sniffing() {
        assert_eq!(
            declared_charset(br#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#).as_deref(),
            Some("ISO-8859-1")
        );
        assert_eq!(
            declared_charset(b"<meta charset='windows-1252'>").as_deref(),
            Some("windows-1252")
        );
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(!looks_like_html(b"President Ruto said <b> is a tag"));
    }
}

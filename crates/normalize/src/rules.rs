//! Rules that recognise boilerplate, photo captions and credits, and wire-story datelines.
//!
//! General patterns of how news sites and agencies format these things — never strings taken
//! from particular articles.

use std::sync::OnceLock;

use regex::Regex;

struct Rule {
    name: &'static str,
    re: Regex,
}

fn compile(specs: &[(&'static str, &str)]) -> Vec<Rule> {
    specs
        .iter()
        .filter_map(|(name, pat)| match Regex::new(pat) {
            Ok(re) => Some(Rule { name, re }),
            Err(e) => {
                tracing::error!("boilerplate rule {name} does not compile: {e}");
                None
            }
        })
        .collect()
}

const SOCIAL: &str = r"(?:instagram|twitter|facebook|telegram|youtube|whatsapp|tiktok|linkedin|threads|google news|x)";

fn boilerplate_rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        let social_follow = format!(
            r"(?i)^(?:please\s+)?(?:follow|like|join|subscribe to|connect with|find)\b.{{0,100}}\b{SOCIAL}\b"
        );
        let social_tail = format!(r"(?i)^.{{0,60}}\bon\s+{SOCIAL}(?:\s*(?:,|and)\s*{SOCIAL})*\s*[.!]?$");
        compile(&[
            ("comment-widget", r"(?i)^(?:\d+\s+)?comments?\s*(?:\(\s*\d+\s*\))?\s*:?$"),
            ("comment-widget", r"(?i)^(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:reply|comment|response)\b"),
            ("comment-widget", r"(?i)^(?:view|show|load|read|see)\s+(?:all\s+|more\s+)?(?:\d+\s+)?comments\b"),
            ("comment-widget", r"(?i)^(?:be the first to comment|comments are closed|you must be logged in to post a comment|join the (?:conversation|discussion))"),
            ("social-follow", &social_follow),
            ("social-follow", &social_tail),
            ("share", r"(?i)^(?:share|tweet|email|print|copy link)(?:\s+(?:this|the)\s+(?:article|story|post|page))?(?:\s+(?:on|via)\s+.{1,40})?\s*:?$"),
            ("newsletter", r"(?i)^(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|updates|alerts|briefing)"),
            ("read-more", r"(?i)^(?:read|see)\s+(?:more|also|the full story)\b.{0,120}$"),
            ("related", r"(?i)^(?:related|recommended|also read|more from|you may also like|trending|most read|popular)(?:\s+(?:stories|articles|news|content|posts|reading))?\s*:?$"),
            ("related", r"(?i)^(?:related|also read|read also|recommended)\s*:\s*.{1,150}$"),
            ("advertisement", r"(?i)^(?:advertisement|sponsored(?: content)?|ad|story continues below(?: advertisement)?|scroll to continue(?: with content)?)$"),
            ("copyright", r"(?i)^(?:©|\(c\)\s|copyright\b)"),
            ("copyright", r"(?i)\ball rights reserved\.?$"),
            ("reporting-credit", r"(?i)^\(?(?:reporting|writing|editing|additional reporting|compiled|edited)\s+by\b.{0,200}\)?\.?$"),
            ("tags", r"(?i)^(?:tags?|topics?|filed under)\s*:"),
            ("navigation", r"(?i)^(?:home|back to top|next article|previous article|click here\b.{0,80}|skip to (?:main )?content)$"),
            // `By Jane Wanjiru`, `By JOHN SMITH, Nation Correspondent`, `By A. Ochieng and B. Otieno`:
            // a capitalised name list with an optional unpunctuated tail. `By Tuesday, the talks
            // had collapsed.` ends like a sentence and is not a byline.
            ("byline", r"^[Bb][Yy]:?\s+[A-Z][\w'.’-]*(?:\s+(?:[A-Z][\w'.’-]*|and|&|de|van|von|bin|wa|al|el))*(?:\s*[,|•·/-]\s*[^.]{0,80})?$"),
        ])
    })
}

/// A paragraph that is only a publication or update stamp (`Published on March 12, 2025`,
/// `Tuesday, 12 March 2025 10:45 EAT`, `Updated: 2025-03-12`): the date as written, and whether
/// it says it is an update rather than the first publication.
pub fn date_stamp(paragraph: &str) -> Option<(String, bool)> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| {
            let date = format!(
                r"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
            );
            let pattern = format!(
                r"(?i)^(?:(?P<kind>published|posted|updated|last updated|first published|date)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>{date})(?:\s*(?:at|-|,|\|)?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{{2,5}}|GMT[+-]\d{{1,2}}))?)?\s*$"
            );
            Regex::new(&pattern).ok()
        })
        .as_ref()?;
    let c = re.captures(paragraph.trim())?;
    let update = c
        .name("kind")
        .is_some_and(|k| k.as_str().to_ascii_lowercase().contains("updated"));
    Some((c.name("date")?.as_str().to_string(), update))
}

/// The rule a whole paragraph matches as boilerplate, if any.
pub fn boilerplate_rule(paragraph: &str) -> Option<&'static str> {
    let p = paragraph.trim();
    if p.chars().count() > 300 {
        return None;
    }
    boilerplate_rules().iter().find(|r| r.re.is_match(p)).map(|r| r.name)
}

/// A photo credit at the end of a paragraph: byte range within the paragraph.
pub fn caption_credit(paragraph: &str) -> Option<(usize, usize)> {
    static RES: OnceLock<Vec<Regex>> = OnceLock::new();
    let res = RES.get_or_init(|| {
        [
            // (Xinhua/Huang Jingwen), (AP Photo/Ben Curtis), (Photo: Reuters/Name)
            r"\((?:(?:photo|image|picture|file)s?\s*[:/]?\s*)?[A-Z][\w.&' -]{0,40}/[A-Z][\w.' -]{1,60}\)\s*$",
            // (Photo by …), (Photo: …), (Image credit: …)
            r"(?i)\((?:photo|image|picture|video)s?(?:\s+credit)?\s*(?:by|:)\s*[^()]{1,80}\)\s*$",
            // Photo: … / Picture credit: … at the end of the paragraph
            r"(?i)(?:^|[.!?]\s+)(?:photo|image|picture)(?:\s+credit)?s?\s*(?:by|:)\s*[^.]{1,80}\.?\s*$",
            // REUTERS/Thomas Mukoya, AFP/Getty Images
            r"\b[A-Z]{2,}(?: PHOTO)?/[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}\s*$",
        ]
        .iter()
        .filter_map(|p| Regex::new(p).ok())
        .collect()
    });
    let p = paragraph.trim_end();
    res.iter().find_map(|re| re.find(p)).map(|m| {
        // Do not include the sentence punctuation before an inline credit.
        let s = m.start() + (m.as_str().len() - m.as_str().trim_start_matches(['.', '!', '?', ' ']).len());
        (s, m.end())
    })
}

/// A parsed dateline, in byte offsets of the paragraph it opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatelineMatch {
    /// End of the dateline, including the dash and following spaces.
    pub end: usize,
    /// Place as written.
    pub place: String,
    /// Date as written.
    pub date_text: Option<String>,
    /// Agency.
    pub agency: Option<String>,
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

/// Parses a dateline (`BEIJING, Sept. 3 (Xinhua) --`, `NAIROBI, Kenya (AP) -`,
/// `WASHINGTON (Reuters) -`) at the start of a paragraph of normalized text.
pub fn dateline(paragraph: &str) -> Option<DatelineMatch> {
    static RES: OnceLock<Vec<Regex>> = OnceLock::new();
    let res = RES.get_or_init(|| {
        let upper_place = r"[A-Z][A-Z'.-]+(?:[ /-][A-Z][A-Z'.-]+){0,3}(?:,\s+[A-Z][A-Za-z'.-]+(?:\s+[A-Z][A-Za-z'.-]+){0,2})?";
        let title_place = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s+[A-Z][A-Za-z'.-]+(?:\s+[A-Z][A-Za-z'.-]+){0,2})?";
        let date = format!(r"{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?");
        let agency = r"[A-Za-z][A-Za-z0-9 .&/'-]{0,40}";
        [
            // All-caps place: agency and date optional, dash required.
            format!(r"^(?P<place>{upper_place})(?:,?\s+(?P<date>{date}))?\s*(?:\((?P<agency>{agency})\))?\s*(?:-{{1,2}}|:)\s+"),
            // Title-case place: needs an agency in brackets, then a dash.
            format!(r"^(?P<place>{title_place})(?:,?\s+(?P<date>{date}))?\s*\((?P<agency>{agency})\)\s*(?:-{{1,2}}|:)\s+"),
        ]
        .iter()
        .filter_map(|p| Regex::new(p).ok())
        .collect()
    });
    for re in res {
        if let Some(c) = re.captures(paragraph) {
            let end = c.get(0)?.end();
            // The story must go on after the dash, starting like a sentence.
            let starts_sentence = paragraph[end..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"');
            if !starts_sentence {
                continue;
            }
            let place = c.name("place")?.as_str().trim().to_string();
            // An all-caps run that is really a shouted headline word is not a place.
            if place.chars().filter(|c| c.is_alphabetic()).count() < 2 {
                continue;
            }
            return Some(DatelineMatch {
                end,
                place,
                date_text: c.name("date").map(|m| m.as_str().to_string()),
                agency: c.name("agency").map(|m| m.as_str().trim().to_string()),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailers_are_boilerplate() {
        for (p, rule) in [
            ("Comments (0)", "comment-widget"),
            ("3 Comments", "comment-widget"),
            ("Leave a Reply", "comment-widget"),
            ("Leave a Reply Cancel reply", "comment-widget"),
            (
                "Follow Daryo's official Instagram and Twitter pages to keep current on world news.",
                "social-follow",
            ),
            ("Follow us on Twitter and Facebook", "social-follow"),
            ("Join our Telegram channel for the latest updates", "social-follow"),
            ("Share this article", "share"),
            ("Sign up for our daily newsletter", "newsletter"),
            ("Read more: Kenya signs deal with China", "read-more"),
            ("© 2024 Nation Media Group. All rights reserved.", "copyright"),
            (
                "(Reporting by Duncan Miriri; Editing by Alex Richardson)",
                "reporting-credit",
            ),
            ("Advertisement", "advertisement"),
            ("By Jane Wanjiru", "byline"),
            ("By JOHN SMITH, Nation Correspondent", "byline"),
            ("By A. Ochieng and B. Otieno | Standard", "byline"),
        ] {
            assert_eq!(boilerplate_rule(p), Some(rule), "{p}");
        }
    }

    #[test]
    fn reporting_is_not_boilerplate() {
        for p in [
            "Kenya is a crucial partner in China's Belt and Road Initiative (BRI), a key pillar of which is FOCAC.",
            "The comments by the minister drew criticism from the opposition.",
            "Ruto said he would follow the talks closely on his return to Nairobi.",
            "He shared his views on Twitter, where he has millions of followers, and urged calm.",
            "Leave aside the politics: the railway has lost money every year.",
            "By Tuesday, the talks had collapsed.",
            "By then the delegation had left Nairobi",
        ] {
            assert_eq!(boilerplate_rule(p), None, "{p}");
        }
    }

    #[test]
    fn date_stamps() {
        assert_eq!(
            date_stamp("Published on March 12, 2025"),
            Some(("March 12, 2025".into(), false))
        );
        assert_eq!(
            date_stamp("Tuesday, 12 March 2025 10:45 EAT"),
            Some(("12 March 2025".into(), false))
        );
        assert_eq!(date_stamp("Updated: 2025-03-12"), Some(("2025-03-12".into(), true)));
        assert_eq!(date_stamp("The talks ended on March 12, 2025."), None);
        assert_eq!(date_stamp("March 12"), None);
    }

    #[test]
    fn photo_credits() {
        let p = "Chinese President Xi Jinping meets with Kenyan President William Ruto in Beijing, Sept. 3, 2024. (Xinhua/Huang Jingwen)";
        let (s, e) = caption_credit(p).unwrap();
        assert_eq!(&p[s..e], "(Xinhua/Huang Jingwen)");
        let p = "Protesters in Nairobi on Tuesday. REUTERS/Thomas Mukoya";
        assert_eq!(caption_credit(p).map(|(s, e)| &p[s..e]), Some("REUTERS/Thomas Mukoya"));
        let p = "President Ruto at State House. Photo: PCS";
        assert_eq!(caption_credit(p).map(|(s, e)| &p[s..e]), Some("Photo: PCS"));
        assert_eq!(caption_credit("Trade rose (to $8 billion/year)."), None);
        assert_eq!(
            caption_credit("The Kenya-China (2022/2023) figures were released."),
            None
        );
    }

    #[test]
    fn datelines() {
        let d = dateline("BEIJING, Sept. 3 (Xinhua) -- Chinese President Xi Jinping on Tuesday met").unwrap();
        assert_eq!(
            (d.place.as_str(), d.date_text.as_deref(), d.agency.as_deref()),
            ("BEIJING", Some("Sept. 3"), Some("Xinhua"))
        );
        let d = dateline("NAIROBI, Kenya (AP) - Kenya's president said").unwrap();
        assert_eq!((d.place.as_str(), d.agency.as_deref()), ("NAIROBI, Kenya", Some("AP")));
        let d = dateline("WASHINGTON (Reuters) - The United States").unwrap();
        assert_eq!(d.place, "WASHINGTON");
        let d = dateline("MOGADISHU/NAIROBI, Dec 3, 2024 (Reuters) - Somalia on Monday").unwrap();
        assert_eq!(
            (d.place.as_str(), d.date_text.as_deref()),
            ("MOGADISHU/NAIROBI", Some("Dec 3, 2024"))
        );
        let d = dateline("SAN FRANCISCO - The American Civil Liberties Union is suing").unwrap();
        assert_eq!(d.place, "SAN FRANCISCO");
        let d = dateline("Nairobi, Sept. 3 (KNA) - The cabinet").unwrap();
        assert_eq!(d.place, "Nairobi");
        assert_eq!(dateline("President William Ruto left for Beijing - again."), None);
        assert_eq!(dateline("Kenya and US Pledge Closer Ties"), None);
        assert_eq!(dateline("NATO - the alliance said"), None);
        assert_eq!(
            dateline("In a significant diplomatic move, the Head of State held"),
            None
        );
    }
}

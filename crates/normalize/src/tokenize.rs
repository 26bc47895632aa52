//! Word tokenization over normalized text, in byte offsets.
//!
//! Splits on white space, then peels punctuation off each chunk: leading brackets, quotes and
//! currency signs; trailing punctuation, except the period of an abbreviation (`Sept.`, `Dr.`,
//! `U.S.`, an initial `J.`, `No.` before a number); the clitics `'s`, `n't`, `'re` … Keeps
//! hyphenated words (`Kenya-China`), decimals and thousands (`Sh1.04`, `155,221`) whole.

/// A token as a byte range of the normalized text.
pub type ByteSpan = (usize, usize);

/// Abbreviations that take a period and are followed by a name or number, so never end a
/// sentence (titles, months, `No.`).
pub const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "sgt", "capt", "cpt", "cmdr", "adm", "brig", "gov",
    "sen", "rep", "rev", "hon", "pres", "amb", "supt", "insp", "st", "mt", "ft", "fr", "messrs", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "no", "nos", "art", "vol", "fig", "ch",
    "sec", "para", "approx", "op", "pp", "cf",
];

/// Abbreviations that may also end a sentence (`… Ltd.` + `The …`).
pub const FINAL_ABBREVIATIONS: &[&str] = &[
    "inc", "ltd", "co", "corp", "bros", "plc", "jr", "sr", "etc", "dept", "univ", "assn", "ave", "blvd", "rd",
];

fn lower_in(word: &str, list: &[&str]) -> bool {
    word.len() <= 8 && list.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Kind of period-final word, for tokenization and sentence splitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// Title, month, `No.`: never ends a sentence.
    Title,
    /// `U.S.`, `a.m.`, `Inc.`: ends a sentence only before a typical sentence opener.
    Final,
    /// A single capital initial: `J.`.
    Initial,
}

/// Classifies `word` (without its final period) when `word.` is an abbreviation.
/// `next` is the following chunk, if any.
pub fn abbreviation(word: &str, next: Option<&str>) -> Option<Abbrev> {
    let starts_with_digit = next.is_some_and(|n| {
        n.trim_start_matches(['(', '#'])
            .starts_with(|c: char| c.is_ascii_digit())
    });
    if word.eq_ignore_ascii_case("no") || word.eq_ignore_ascii_case("nos") || word.eq_ignore_ascii_case("art") {
        return starts_with_digit.then_some(Abbrev::Title);
    }
    if lower_in(word, TITLE_ABBREVIATIONS) {
        return Some(Abbrev::Title);
    }
    if lower_in(word, FINAL_ABBREVIATIONS) {
        return Some(Abbrev::Final);
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Some(Abbrev::Initial);
        }
    }
    // Dotted acronyms: U.S, a.m, U.N, e.g, i.e (the final period is outside `word`).
    let parts: Vec<&str> = word.split('.').collect();
    if parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
    {
        return Some(Abbrev::Final);
    }
    None
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

const CLITICS: &[&str] = &[
    "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M",
];

/// Tokenizes `text[range]`, appending byte spans (absolute offsets into `text`) to `out`.
pub fn tokenize(text: &str, range: (usize, usize), out: &mut Vec<ByteSpan>) {
    let (start, end) = range;
    let slice = &text[start..end];
    let mut chunks = slice.split_whitespace().map(|c| {
        let off = c.as_ptr() as usize - slice.as_ptr() as usize + start;
        (off, off + c.len())
    });
    let mut current = chunks.next();
    while let Some((cs, ce)) = current {
        let next = chunks.next();
        let next_text = next.map(|(a, b)| &text[a..b]);
        chunk(text, cs, ce, next_text, out);
        current = next;
    }
}

fn chunk(text: &str, mut s: usize, mut e: usize, next: Option<&str>, out: &mut Vec<ByteSpan>) {
    // Leading punctuation, one token per character (runs of the same character together).
    let mut lead = Vec::new();
    while s < e {
        let c = text[s..e].chars().next().unwrap_or(' ');
        if is_word_char(c) {
            break;
        }
        // "'s" style tokens are not leading punctuation of a word like "'90s"; keep simple.
        let run = text[s..e]
            .chars()
            .take_while(|&x| x == c)
            .map(char::len_utf8)
            .sum::<usize>();
        lead.push((s, s + run));
        s += run;
    }
    // Trailing punctuation, kept in reverse.
    let mut trail = Vec::new();
    while s < e {
        let c = text[s..e].chars().next_back().unwrap_or(' ');
        if is_word_char(c) {
            break;
        }
        if c == '.' {
            let word = &text[s..e - 1];
            let letter_before = word.chars().next_back().is_some_and(char::is_alphabetic);
            if letter_before && abbreviation(word, next).is_some() {
                break;
            }
        }
        let run = text[s..e]
            .chars()
            .rev()
            .take_while(|&x| x == c)
            .map(char::len_utf8)
            .sum::<usize>();
        trail.push((e - run, e));
        e -= run;
    }
    out.extend(lead);
    if s < e {
        split_core(text, s, e, out);
    }
    out.extend(trail.into_iter().rev());
}

/// Splits a chunk's core at clitics, commas between non-digits and double dashes.
fn split_core(text: &str, s: usize, e: usize, out: &mut Vec<ByteSpan>) {
    let core = &text[s..e];
    // Double dash or comma/semicolon joining two words: split around it.
    for sep in ["--", ",", ";", "..."] {
        if let Some(pos) = core.find(sep) {
            let before = core[..pos].chars().next_back();
            let after = core[pos + sep.len()..].chars().next();
            let digits =
                sep == "," && before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit());
            if !digits && pos > 0 && pos + sep.len() < core.len() {
                split_core(text, s, s + pos, out);
                out.push((s + pos, s + pos + sep.len()));
                split_core(text, s + pos + sep.len(), e, out);
                return;
            }
        }
    }
    if core.len() > 3 && (core.ends_with("n't") || core.ends_with("N'T")) {
        out.push((s, e - 3));
        out.push((e - 3, e));
        return;
    }
    for cl in CLITICS {
        if core.len() > cl.len() && core.ends_with(cl) {
            out.push((s, e - cl.len()));
            out.push((e - cl.len(), e));
            return;
        }
    }
    // A trailing bare apostrophe (plural possessive: "leaders'") is its own token.
    if core.len() > 1 && core.ends_with('\'') {
        out.push((s, e - 1));
        out.push((e - 1, e));
        return;
    }
    out.push((s, e));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, (0, s.len()), &mut out);
        out.into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            toks("BEIJING, Sept. 3 (Xinhua) --"),
            ["BEIJING", ",", "Sept.", "3", "(", "Xinhua", ")", "--"]
        );
        assert_eq!(
            toks("the U.S. and Dr. Mutua met J. Smith."),
            ["the", "U.S.", "and", "Dr.", "Mutua", "met", "J.", "Smith", "."]
        );
        assert_eq!(toks("No. 10 Downing Street"), ["No.", "10", "Downing", "Street"]);
        assert_eq!(toks("He said no."), ["He", "said", "no", "."]);
    }

    #[test]
    fn numbers_money_and_hyphens() {
        assert_eq!(
            toks("$8 billion (Sh1.04 trillion)."),
            ["$", "8", "billion", "(", "Sh1.04", "trillion", ")", "."]
        );
        assert_eq!(
            toks("155,221 bags, Kenya-China ties"),
            ["155,221", "bags", ",", "Kenya-China", "ties"]
        );
        assert_eq!(toks("76% in 2022-2023"), ["76", "%", "in", "2022-2023"]);
    }

    #[test]
    fn clitics_and_quotes() {
        assert_eq!(
            toks("Kenya's leaders' \"win-win\" don't"),
            ["Kenya", "'s", "leaders", "'", "\"", "win-win", "\"", "do", "n't"]
        );
        assert_eq!(
            toks("results.\" Ruto said."),
            ["results", ".", "\"", "Ruto", "said", "."]
        );
        assert_eq!(toks("level,\" the"), ["level", ",", "\"", "the"]);
    }

    #[test]
    fn dashes_and_ellipses() {
        assert_eq!(toks("talks--then"), ["talks", "--", "then"]);
        assert_eq!(toks("wait..."), ["wait", "..."]);
        assert_eq!(toks("...!?"), ["...", "!", "?"]);
    }
}

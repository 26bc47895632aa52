//! Sentence segmentation over tokens.
//!
//! A sentence ends at `.`, `!`, `?` or `...` (with any closing quotes and brackets glued to
//! it) when the next token starts like a sentence: a capital, a digit, an opening quote or
//! bracket. Abbreviations keep their period inside the token, so `Sept. 3` and `Dr. Mutua`
//! never split; `U.S.`-style abbreviations end a sentence only before a typical sentence
//! opener (`… in the U.S. The …`). A closing quotation followed by a short attribution
//! (`"…results." Ruto said.`) stays one sentence with it. Over-long sentences are cut.

use crate::tokenize::{abbreviation, Abbrev, ByteSpan};

/// Longest sentence, in tokens; longer runs are cut so later stages stay linear.
pub const MAX_SENTENCE_TOKENS: usize = 400;

const OPENERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "In",
    "But",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Its",
    "Their",
    "On",
    "At",
    "As",
    "After",
    "For",
    "However",
    "Meanwhile",
    "There",
    "Mr.",
    "Ms.",
    "Mrs.",
    "And",
    "Yet",
    "So",
    "If",
    "When",
    "While",
    "Officials",
    "According",
];

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "notes",
    "stated",
    "states",
    "remarked",
    "told",
    "asked",
    "concluded",
    "explained",
    "insisted",
    "declared",
    "stressed",
    "emphasised",
    "emphasized",
    "wrote",
    "continued",
    "replied",
    "according",
    "observed",
    "argued",
    "warned",
    "announced",
    "tweeted",
    "quipped",
];

fn is_closing(tok: &str) -> bool {
    matches!(tok, "\"" | "'" | ")" | "]" | "}" | "''")
}

fn is_terminal(tok: &str) -> bool {
    matches!(tok, "." | "!" | "?" | "..." | "?!" | "!?")
        || tok.chars().all(|c| matches!(c, '.' | '!' | '?')) && !tok.is_empty()
}

fn starts_like_sentence(tok: &str, adjacent_to_previous: bool) -> bool {
    let Some(c) = tok.chars().next() else {
        return false;
    };
    c.is_uppercase() || c.is_ascii_digit() || (matches!(c, '"' | '\'' | '(' | '[') && !adjacent_to_previous)
}

/// Splits `tokens` (byte spans into `text`) into sentences, returned as token-index ranges.
pub fn sentences(text: &str, tokens: &[ByteSpan]) -> Vec<(usize, usize)> {
    let tok = |i: usize| &text[tokens[i].0..tokens[i].1];
    let adjacent = |i: usize| i > 0 && tokens[i - 1].1 == tokens[i].0;
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tok(i);
        let candidate = if is_terminal(t) {
            true
        } else if t.len() > 1 && t.ends_with('.') {
            let next = (i + 1 < tokens.len()).then(|| tok(i + 1));
            matches!(abbreviation(&t[..t.len() - 1], next), Some(Abbrev::Final))
                && next.is_some_and(|n| OPENERS.contains(&n))
        } else {
            false
        };
        if !candidate {
            if i + 1 - start >= MAX_SENTENCE_TOKENS {
                out.push((start, i + 1));
                start = i + 1;
            }
            i += 1;
            continue;
        }
        // Glue closing quotes and brackets that touch the terminal.
        let mut j = i + 1;
        let mut closed_quote = false;
        while j < tokens.len() && is_closing(tok(j)) && adjacent(j) {
            closed_quote |= matches!(tok(j), "\"" | "'" | "''");
            j += 1;
        }
        let boundary = j >= tokens.len() || starts_like_sentence(tok(j), adjacent(j));
        if boundary && j < tokens.len() && closed_quote && is_attribution(text, tokens, j) {
            i = j;
            continue;
        }
        if boundary {
            out.push((start, j));
            start = j;
        }
        i = j;
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// True when the tokens from `j` form a short attribution ending in a period: `Ruto said.`
fn is_attribution(text: &str, tokens: &[ByteSpan], j: usize) -> bool {
    let mut has_verb = false;
    for (k, span) in tokens.iter().enumerate().skip(j).take(8) {
        let t = &text[span.0..span.1];
        if SPEECH_VERBS.iter().any(|v| v.eq_ignore_ascii_case(t)) {
            has_verb = true;
        }
        if is_terminal(t) {
            return has_verb && k > j;
        }
        if matches!(t, "\"" | ",") {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn split(s: &str) -> Vec<String> {
        let mut toks = Vec::new();
        tokenize(s, (0, s.len()), &mut toks);
        sentences(s, &toks)
            .into_iter()
            .map(|(a, b)| s[toks[a].0..toks[b - 1].1].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("BEIJING, Sept. 3 (Xinhua) -- Xi met Ruto. They talked."),
            ["BEIJING, Sept. 3 (Xinhua) -- Xi met Ruto.", "They talked."]
        );
        assert_eq!(
            split("Dr. Mutua met Mr. J. K. Smith at No. 10 Downing Street."),
            ["Dr. Mutua met Mr. J. K. Smith at No. 10 Downing Street."]
        );
        assert_eq!(
            split("The U.S. Secretary of State called. He said so."),
            ["The U.S. Secretary of State called.", "He said so."]
        );
        assert_eq!(
            split("He flew to the U.S. The talks went well."),
            ["He flew to the U.S.", "The talks went well."]
        );
        assert_eq!(
            split("Trade hit $8 billion (Sh1.04 trillion) in 2023. It grew 2.5 per cent."),
            [
                "Trade hit $8 billion (Sh1.04 trillion) in 2023.",
                "It grew 2.5 per cent."
            ]
        );
    }

    #[test]
    fn quotations() {
        assert_eq!(
            split("\"We will win.\" Ruto said. Wang agreed."),
            ["\"We will win.\" Ruto said.", "Wang agreed."]
        );
        assert_eq!(
            split("\"It is exemplary,\" noted Rubio. \"The US is committed.\""),
            ["\"It is exemplary,\" noted Rubio.", "\"The US is committed.\""]
        );
        assert_eq!(split("\"Really?\" he asked. Yes."), ["\"Really?\" he asked.", "Yes."]);
        assert_eq!(
            split("He said: \"We agree.\" The deal was signed on Monday."),
            ["He said: \"We agree.\"", "The deal was signed on Monday."]
        );
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(
            split("Prices rose 5 pct. in March, e.g. for maize."),
            ["Prices rose 5 pct. in March, e.g. for maize."]
        );
    }

    #[test]
    fn long_runs_are_cut() {
        let s = "word ".repeat(1000);
        let parts = split(&s);
        assert_eq!(parts.len(), 3);
    }
}

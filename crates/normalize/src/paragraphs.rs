//! Paragraph splitting over normalized text.
//!
//! Blank lines always separate paragraphs. In text whose lines are not hard-wrapped (web
//! articles, JSON fields), every line break does. In hard-wrapped text (newswire archives with
//! ~70-column lines), an indented line also starts a paragraph, and other line breaks are
//! just spaces.

/// Byte ranges of the paragraphs of `text`, trimmed of surrounding white space.
pub fn split_paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        lines.push((pos, pos + line.len()));
        pos += line.len() + 1;
    }
    let hard_wrapped = is_hard_wrapped(text, &lines);
    let mut paras = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for &(s, e) in &lines {
        let line = &text[s..e];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(p) = current.take() {
                paras.push(p);
            }
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let ts = s + lead;
        let te = s + line.trim_end().len();
        let indented = line.starts_with('\t') || line.starts_with("  ");
        current = match current {
            Some((ps, _)) if hard_wrapped && !indented => Some((ps, te)),
            Some(p) => {
                paras.push(p);
                Some((ts, te))
            }
            None => Some((ts, te)),
        };
    }
    if let Some(p) = current {
        paras.push(p);
    }
    paras
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '"', '\'', ')', ':'])
}

fn is_hard_wrapped(text: &str, lines: &[(usize, usize)]) -> bool {
    let non_blank: Vec<&str> = lines
        .iter()
        .map(|&(s, e)| text[s..e].trim())
        .filter(|l| !l.is_empty())
        .collect();
    if non_blank.len() < 4 {
        return false;
    }
    let wrapped = non_blank
        .iter()
        .filter(|l| (40..=100).contains(&l.chars().count()) && !ends_sentence(l))
        .count();
    wrapped * 10 >= non_blank.len() * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(t: &str) -> Vec<&str> {
        split_paragraphs(t).into_iter().map(|(a, b)| &t[a..b]).collect()
    }

    #[test]
    fn blank_lines_and_single_newlines() {
        assert_eq!(
            paras("Title\n\nOne. Two.\nThree.\n\n\n  Four.  \n"),
            ["Title", "One. Two.", "Three.", "Four."]
        );
    }

    #[test]
    fn hard_wrapped_newswire() {
        let t = "COCOA REVIEW\n\nShowers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao,\nalthough normal humidity levels have not been restored.\n    The dry period means the temporao will be late this year.\n";
        let p = paras(t);
        assert_eq!(p.len(), 3);
        assert!(p[1].starts_with("Showers") && p[1].ends_with("restored."));
        assert_eq!(p[2], "The dry period means the temporao will be late this year.");
    }
}

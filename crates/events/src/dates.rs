//! Temporal expressions in a sentence, resolved against a reference date.
//!
//! Absolute (`Sept. 3, 2024`, `3 September 2024`), partial (`September 1`, `May 2024`) and
//! relative to the reference (`on Tuesday`, `today`, `yesterday`, `last week`, `next year`).
//! Without a reference date a relative expression stays unknown: nothing is invented.

use dyad_core::dates::{month_from_name, resolve_month_day};
use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

/// A date expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The value at its precision (`2024-09-03`, `2024-09`, `2025`), if it could be resolved.
    pub value: Option<String>,
    /// `day`, `week`, `month` or `year`.
    pub precision: &'static str,
    /// `explicit` when the words give the full date, else `relative` (needs the reference).
    pub relative: bool,
    /// The date itself for day precision (used for `on the same day`).
    pub day: Option<Date>,
    /// Set for a bare weekday (`on Thursday`), resolved to the latest such day up to the
    /// reference: an event still to come is on the next one.
    pub weekday: bool,
}

fn weekday(word: &str) -> Option<Weekday> {
    Some(match word.to_ascii_lowercase().as_str() {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

fn day_num(w: &str) -> Option<i8> {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let n: i8 = d.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year_num(w: &str) -> Option<i16> {
    let n: i16 = w.parse().ok()?;
    (w.len() == 4 && (1900..=2100).contains(&n)).then_some(n)
}

fn month_word(w: &str) -> Option<i8> {
    // "May" and "March" are months only when capitalised.
    if !w.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    month_from_name(w)
}

fn day(d: Date, start: usize, end: usize, relative: bool) -> Found {
    Found {
        start,
        end,
        value: Some(d.to_string()),
        precision: "day",
        relative,
        day: Some(d),
        weekday: false,
    }
}

fn unresolved(start: usize, end: usize, precision: &'static str) -> Found {
    Found {
        start,
        end,
        value: None,
        precision,
        relative: true,
        day: None,
        weekday: false,
    }
}

/// A day and month whose words span `start..end`, with the year at `year_at` if one is written
/// there, else resolved against the reference. Returns the expression and where it ends.
fn day_month(
    tokens: &[&str],
    (m, d): (i8, i8),
    (start, end): (usize, usize),
    year_at: usize,
    reference: Option<Date>,
) -> (Found, usize) {
    if let Some(y) = tokens.get(year_at).and_then(|w| year_num(w)) {
        if let Ok(date) = Date::new(y, m, d) {
            return (day(date, start, year_at + 1, false), year_at + 1);
        }
    }
    match reference.and_then(|r| resolve_month_day(m, d, r)) {
        Some(date) => (day(date, start, end, true), end),
        None => (unresolved(start, end, "day"), end),
    }
}

/// Finds date expressions in a sentence's tokens. `reference` resolves partial and relative
/// expressions (the dateline date or the publication date).
pub fn find(tokens: &[&str], reference: Option<Date>) -> Vec<Found> {
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    find_lower(tokens, &lower, reference)
}

/// [`find`] with the lowercased tokens already at hand.
pub fn find_lower(tokens: &[&str], lower: &[String], reference: Option<Date>) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        // Month Day[,] Year | Month Day | Month Year
        if let Some(m) = month_word(t) {
            let d = tokens.get(i + 1).and_then(|w| day_num(w));
            if let Some(d) = d {
                let mut j = i + 2;
                if tokens.get(j) == Some(&",") {
                    j += 1;
                }
                let (found, next) = day_month(tokens, (m, d), (i, i + 2), j, reference);
                out.push(found);
                i = next;
                continue;
            }
            if let Some(y) = tokens.get(i + 1).and_then(|w| year_num(w)) {
                out.push(Found {
                    start: i,
                    end: i + 2,
                    value: Some(format!("{y:04}-{m:02}")),
                    precision: "month",
                    relative: false,
                    day: None,
                    weekday: false,
                });
                i += 2;
                continue;
            }
        }
        // Day Month [Year]
        if let (Some(d), Some(m)) = (day_num(t), tokens.get(i + 1).and_then(|w| month_word(w))) {
            if t.chars().all(|c| c.is_ascii_digit())
                || t.ends_with("th")
                || t.ends_with("st")
                || t.ends_with("nd")
                || t.ends_with("rd")
            {
                let (found, next) = day_month(tokens, (m, d), (i, i + 2), i + 2, reference);
                out.push(found);
                i = next;
                continue;
            }
        }
        // Weekdays: the most recent such day on or before the reference (news reports the past).
        if let Some(wd) = weekday(t) {
            // "Sunday, September 1": the explicit date that follows says it better.
            let mut k = i + 1;
            if tokens.get(k) == Some(&",") {
                k += 1;
            }
            if tokens
                .get(k)
                .is_some_and(|w| month_word(w).is_some() || day_num(w).is_some())
            {
                i = k;
                continue;
            }
            match reference {
                Some(r) => {
                    let back = (r.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7);
                    match r.checked_sub((back as i64).days()) {
                        Ok(d) => out.push(Found {
                            weekday: true,
                            ..day(d, i, i + 1, true)
                        }),
                        Err(_) => out.push(unresolved(i, i + 1, "day")),
                    }
                }
                None => out.push(unresolved(i, i + 1, "day")),
            }
            i += 1;
            continue;
        }
        let rel_day = match lower[i].as_str() {
            "today" | "tonight" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(off) = rel_day {
            match reference.and_then(|r| r.checked_add((off as i64).days()).ok()) {
                Some(d) => out.push(day(d, i, i + 1, true)),
                None => out.push(unresolved(i, i + 1, "day")),
            }
            i += 1;
            continue;
        }
        // last/next/this week|month|year
        if matches!(lower[i].as_str(), "last" | "next" | "this" | "coming") {
            if let Some(unit) = lower
                .get(i + 1)
                .map(String::as_str)
                .filter(|u| matches!(*u, "week" | "month" | "year"))
            {
                let dir: i64 = match lower[i].as_str() {
                    "last" => -1,
                    "next" | "coming" => 1,
                    _ => 0,
                };
                let found = reference.and_then(|r| match unit {
                    "year" => Some(format!("{:04}", r.year() as i64 + dir)),
                    "month" => r
                        .checked_add((dir).months())
                        .ok()
                        .map(|d| format!("{:04}-{:02}", d.year(), d.month())),
                    _ => r.checked_add((dir * 7).days()).ok().map(|d| {
                        let monday = d
                            .checked_sub((d.weekday().to_monday_zero_offset() as i64).days())
                            .unwrap_or(d);
                        monday.to_string()
                    }),
                });
                let precision = match unit {
                    "year" => "year",
                    "month" => "month",
                    _ => "week",
                };
                out.push(Found {
                    start: i,
                    end: i + 2,
                    value: found,
                    precision,
                    relative: true,
                    day: None,
                    weekday: false,
                });
                i += 2;
                continue;
            }
        }
        // "in 2023"
        if lower[i] == "in" {
            if let Some(y) = tokens.get(i + 1).and_then(|w| year_num(w)) {
                let next_is_month = tokens.get(i + 2).is_some_and(|w| month_word(w).is_some());
                if !next_is_month {
                    out.push(Found {
                        start: i + 1,
                        end: i + 2,
                        value: Some(format!("{y:04}")),
                        precision: "year",
                        relative: false,
                        day: None,
                        weekday: false,
                    });
                    i += 2;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn one(s: &str, r: Option<Date>) -> (Option<String>, &'static str, bool) {
        let toks: Vec<&str> = s.split_whitespace().collect();
        let f = find(&toks, r);
        assert_eq!(f.len(), 1, "{s}: {f:?}");
        (f[0].value.clone(), f[0].precision, f[0].relative)
    }

    #[test]
    fn absolute_partial_relative() {
        let r = Some(date(2024, 9, 3)); // a Tuesday
        assert_eq!(
            one("met on Sept. 3 , 2024 in Beijing", None),
            (Some("2024-09-03".into()), "day", false)
        );
        assert_eq!(
            one("left on Sunday September 1 for", Some(date(2024, 9, 1))).0,
            Some("2024-09-01".into())
        );
        assert_eq!(
            one("Xi on Tuesday met Ruto", r),
            (Some("2024-09-03".into()), "day", true)
        );
        assert_eq!(one("they met on Monday", r).0, Some("2024-09-02".into()));
        assert_eq!(one("Ruto today reaffirmed", None), (None, "day", true));
        assert_eq!(
            one("visit Kazakhstan next year", r),
            (Some("2025".into()), "year", true)
        );
        assert_eq!(one("talks last month", r), (Some("2024-08".into()), "month", true));
        assert_eq!(
            one("signed in May 2024", None),
            (Some("2024-05".into()), "month", false)
        );
        assert_eq!(one("agreed in 2019 to", None), (Some("2019".into()), "year", false));
        assert_eq!(one("on 3 September 2024", None).0, Some("2024-09-03".into()));
    }

    #[test]
    fn not_dates() {
        let toks: Vec<&str> = "they may march on the capital".split_whitespace().collect();
        assert!(find(&toks, Some(date(2024, 1, 1))).is_empty());
    }
}

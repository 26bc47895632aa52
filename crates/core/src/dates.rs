//! Calendar helpers shared by the stages that read dates (ingest metadata, datelines, events).
//!
//! Deliberately small: month names and a tolerant parser for the date strings found in
//! metadata fields. Never guesses: an ambiguous numeric date (`03/09/2024`) is `None`.

use jiff::civil::Date;

/// Month number (1–12) for an English month name or abbreviation (`Sept`, `Sep.`, `SEPTEMBER`).
pub fn month_from_name(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let m = match w.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Whether a word names a weekday, in full or abbreviated (`Tuesday`, `Tue.`).
pub fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    matches!(
        w.as_str(),
        "mon"
            | "monday"
            | "tue"
            | "tues"
            | "tuesday"
            | "wed"
            | "wednesday"
            | "thu"
            | "thur"
            | "thurs"
            | "thursday"
            | "fri"
            | "friday"
            | "sat"
            | "saturday"
            | "sun"
            | "sunday"
    )
}

fn day_number(word: &str) -> Option<i8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix.to_ascii_lowercase().as_str(), "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let n: i8 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year_number(word: &str) -> Option<i16> {
    if word.len() != 4 {
        return None;
    }
    let y: i16 = word.parse().ok()?;
    (1000..=2999).contains(&y).then_some(y)
}

/// Parses a date from a metadata string: ISO 8601 (`2024-09-03`, `2024-09-03T10:00:00+03:00`),
/// RFC 2822 (`Tue, 03 Sep 2024 10:00:00 GMT`), `26-FEB-1987 15:01:01.79`, `September 3, 2024`,
/// `3 Sept. 2024`, `2024/09/03`. The date is taken as written (no time-zone conversion).
pub fn parse_loose_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let words: Vec<&str> = s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // ISO-like: YYYY sep MM sep DD (the day word may run into a time: `03T10`).
    if let [y, m, d, ..] = words.as_slice() {
        if let Some(y) = year_number(y) {
            let d = d.split(['T', 't']).next().unwrap_or(d);
            if let (Ok(m), Ok(d)) = (m.parse::<i8>(), d.parse::<i8>()) {
                return Date::new(y, m, d).ok();
            }
            if let (Some(m), Some(d)) = (month_from_name(words[1]), day_number(d)) {
                return Date::new(y, m, d).ok();
            }
        }
    }
    let words: Vec<&str> = words.into_iter().filter(|w| !is_weekday(w)).collect();
    match words.as_slice() {
        [a, b, c, ..] => {
            if let (Some(d), Some(m), Some(y)) = (day_number(a), month_from_name(b), year_number(c)) {
                return Date::new(y, m, d).ok();
            }
            if let (Some(m), Some(d), Some(y)) = (month_from_name(a), day_number(b), year_number(c)) {
                return Date::new(y, m, d).ok();
            }
            // Numeric day/month/year: only when unambiguous.
            if let (Ok(p), Ok(q), Some(y)) = (a.parse::<i8>(), b.parse::<i8>(), year_number(c)) {
                let (m, d) = match (p > 12, q > 12) {
                    (true, false) => (q, p),
                    (false, true) => (p, q),
                    _ if p == q => (p, q),
                    _ => return None,
                };
                return Date::new(y, m, d).ok();
            }
            None
        }
        _ => None,
    }
}

/// Resolves a month and day with no year against a reference date: the occurrence nearest to
/// the reference, preferring the past by up to ~10 months (news reports what happened), so
/// `Dec. 30` in an article of 2 January is the previous year.
pub fn resolve_month_day(month: i8, day: i8, reference: Date) -> Option<Date> {
    let y = reference.year();
    let candidates = [y - 1, y, y + 1];
    candidates
        .iter()
        .filter_map(|&yy| Date::new(yy, month, day).ok())
        .min_by_key(|d| {
            let days = (d.since(reference).map(|s| s.get_days()).unwrap_or(i32::MAX / 2)) as i64;
            // future dates count three times as far as past ones
            if days > 0 {
                days * 3
            } else {
                -days
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn formats() {
        assert_eq!(parse_loose_date("2024-09-03"), Some(date(2024, 9, 3)));
        assert_eq!(parse_loose_date("2024-09-03T23:10:00+08:00"), Some(date(2024, 9, 3)));
        assert_eq!(
            parse_loose_date("Tue, 03 Sep 2024 10:00:00 GMT"),
            Some(date(2024, 9, 3))
        );
        assert_eq!(parse_loose_date("26-FEB-1987 15:01:01.79"), Some(date(1987, 2, 26)));
        assert_eq!(parse_loose_date("September 3rd, 2024"), Some(date(2024, 9, 3)));
        assert_eq!(parse_loose_date("3 Sept. 2024"), Some(date(2024, 9, 3)));
        assert_eq!(parse_loose_date("2024/9/3"), Some(date(2024, 9, 3)));
        assert_eq!(parse_loose_date("25/12/2024"), Some(date(2024, 12, 25)));
    }

    #[test]
    fn refuses_to_guess() {
        assert_eq!(parse_loose_date("03/09/2024"), None);
        assert_eq!(parse_loose_date("yesterday"), None);
        assert_eq!(parse_loose_date("2024-02-30"), None);
        assert_eq!(parse_loose_date(""), None);
    }

    #[test]
    fn month_day_resolution() {
        let r = date(2024, 9, 3);
        assert_eq!(resolve_month_day(9, 3, r), Some(date(2024, 9, 3)));
        assert_eq!(resolve_month_day(9, 1, r), Some(date(2024, 9, 1)));
        assert_eq!(resolve_month_day(12, 30, date(2025, 1, 2)), Some(date(2024, 12, 30)));
        assert_eq!(resolve_month_day(1, 3, date(2024, 12, 30)), Some(date(2025, 1, 3)));
        assert_eq!(resolve_month_day(2, 30, r), None);
    }
}

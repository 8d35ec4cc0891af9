//! Durations as HEALTHCHECK's flags write them: `30s`, `1m30s`, `1.5h`, `500ms`, `0`
//! (decimal numbers with units ns, us, µs, ms, s, m, h; several may follow each other).

use std::time::Duration;

/// The shortest non-zero health check interval.
const MINIMUM: Duration = Duration::from_millis(1);

/// Parses a duration; `None` when it is malformed, negative or longer than about 292 years.
pub fn parse(s: &str) -> Option<Duration> {
    let nanos = signed_nanos(s)?;
    u64::try_from(nanos).ok().map(Duration::from_nanos)
}

/// The value of a HEALTHCHECK interval flag (`--interval`, `--timeout`, `--start-period`,
/// `--start-interval`): zero means "the default", anything else must be at least 1ms.
pub fn health_interval(flag: &str, value: &str) -> Result<Duration, String> {
    let nanos = signed_nanos(value)
        .ok_or_else(|| format!("time: invalid duration \"{}\"", super::shown(value)))?;
    if nanos == 0 {
        return Ok(Duration::ZERO);
    }
    match u64::try_from(nanos).map(Duration::from_nanos) {
        Ok(d) if d >= MINIMUM => Ok(d),
        _ => Err(format!("Interval \"{flag}\" cannot be less than 1ms")),
    }
}

/// Nanoseconds, signed, within the range of an i64.
fn signed_nanos(s: &str) -> Option<i128> {
    let (negative, mut rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if rest == "0" {
        return Some(0);
    }
    if rest.is_empty() {
        return None;
    }
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let mut total: i128 = 0;
    while !rest.is_empty() {
        let int_len = digits(rest);
        let (int, after) = rest.split_at(int_len);
        let (frac, after) = match after.strip_prefix('.') {
            Some(f) => f.split_at(digits(f)),
            None => ("", after),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        let unit_len = after
            .find(|c: char| c == '.' || c.is_ascii_digit())
            .unwrap_or(after.len());
        let (unit, after) = after.split_at(unit_len);
        let scale: i128 = match unit {
            "ns" => 1,
            "us" | "\u{b5}s" | "\u{3bc}s" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => return None,
        };
        // More than 20 integer digits overflows an i64 of nanoseconds anyway.
        if int.len() > 20 {
            return None;
        }
        let whole: i128 = if int.is_empty() { 0 } else { int.parse().ok()? };
        let mut value = whole.checked_mul(scale)?;
        // Fraction digits past the 20th cannot change the nanoseconds.
        let frac = &frac[..frac.len().min(20)];
        if !frac.is_empty() {
            let f: i128 = frac.parse().ok()?;
            value += f * scale / 10i128.pow(frac.len() as u32);
        }
        total = total.checked_add(value)?;
        if total > i128::from(i64::MAX) {
            return None;
        }
        rest = after;
    }
    Some(if negative { -total } else { total })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_style_durations() {
        assert_eq!(parse("30s"), Some(Duration::from_secs(30)));
        assert_eq!(parse("1m30s"), Some(Duration::from_secs(90)));
        assert_eq!(parse("1.5h"), Some(Duration::from_secs(5400)));
        assert_eq!(parse(".5s"), Some(Duration::from_millis(500)));
        assert_eq!(parse("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse("2us"), Some(Duration::from_micros(2)));
        assert_eq!(parse("0"), Some(Duration::ZERO));
        for bad in [
            "",
            "5",
            "s",
            "1x",
            "-1s",
            ".s",
            "1.5",
            "99999999999999999999h",
            "1h-1s",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn health_intervals() {
        assert_eq!(health_interval("interval", "0"), Ok(Duration::ZERO));
        assert_eq!(
            health_interval("interval", "5s"),
            Ok(Duration::from_secs(5))
        );
        assert_eq!(
            health_interval("timeout", "10us"),
            Err("Interval \"timeout\" cannot be less than 1ms".into())
        );
        assert_eq!(
            health_interval("interval", "soon"),
            Err("time: invalid duration \"soon\"".into())
        );
    }
}

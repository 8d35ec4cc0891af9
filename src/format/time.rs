//! Human times as docker prints them: "2 minutes ago", "Up 3 seconds".

use std::time::Duration;

pub use crate::units::human_duration;

/// "<human duration> ago" from `t` to now; a time in the future (clock skew) reads as
/// "Less than a second ago".
pub fn time_ago(t: jiff::Timestamp) -> String {
    time_ago_from(t, jiff::Timestamp::now())
}

/// [`time_ago`] against a given "now", for callers that format many rows at one instant.
pub fn time_ago_from(t: jiff::Timestamp, now: jiff::Timestamp) -> String {
    let elapsed = Duration::try_from(now.duration_since(t)).unwrap_or(Duration::ZERO);
    format!("{} ago", human_duration(elapsed))
}

/// Go's `time.Time.String()` in the given zone, docker's CreatedAt:
/// "2026-11-22 09:16:31 +0000 UTC".
pub fn go_time(t: jiff::Timestamp, zone: &jiff::tz::TimeZone) -> String {
    let z = t.to_zoned(zone.clone());
    let abbrev = zone.to_offset_info(t).abbreviation().to_string();
    format!("{} {abbrev}", z.strftime("%Y-%m-%d %H:%M:%S %z"))
}

/// Go's `time.RFC3339` in the given zone, to the second: "2026-11-22T09:16:31Z",
/// "2026-11-22T10:16:31+01:00" (docker's times when not human).
pub fn rfc3339(t: jiff::Timestamp, zone: &jiff::tz::TimeZone) -> String {
    let z = t.to_zoned(zone.clone());
    match z.offset().seconds() {
        0 => z.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        _ => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ago() {
        let now: jiff::Timestamp = "2026-11-22T10:00:00Z".parse().unwrap();
        let t: jiff::Timestamp = "2026-11-22T09:58:00Z".parse().unwrap();
        assert_eq!(time_ago_from(t, now), "2 minutes ago");
        assert_eq!(time_ago_from(now, t), "Less than a second ago");
        assert_eq!(time_ago_from(now, now), "Less than a second ago");
    }

    #[test]
    fn go_string() {
        let t: jiff::Timestamp = "2026-11-22T09:16:31Z".parse().unwrap();
        assert_eq!(
            go_time(t, &jiff::tz::TimeZone::UTC),
            "2026-11-22 09:16:31 +0000 UTC"
        );
        let plus_one = jiff::tz::TimeZone::fixed(jiff::tz::offset(1));
        assert!(go_time(t, &plus_one).starts_with("2026-11-22 10:16:31 +0100 "));
        let t: jiff::Timestamp = "2026-11-22T09:16:31.123456789Z".parse().unwrap();
        assert_eq!(rfc3339(t, &jiff::tz::TimeZone::UTC), "2026-11-22T09:16:31Z");
        assert_eq!(rfc3339(t, &plus_one), "2026-11-22T10:16:31+01:00");
    }
}

//! Human times as docker prints them: "2 minutes ago", "Up 3 seconds".

use std::time::Duration;

/// docker's human duration ("Less than a second", "About a minute", "3 hours", "2 weeks"),
/// used for "Up …" and, with [`time_ago`], for the CREATED columns.
pub fn human_duration(d: Duration) -> String {
    let secs = d.as_secs();
    let minutes = secs / 60;
    // Hours are rounded to the nearest whole hour, as docker does.
    let hours = ((d.as_secs_f64() / 3600.0) + 0.5) as u64;
    if secs < 1 {
        "Less than a second".to_owned()
    } else if secs == 1 {
        "1 second".to_owned()
    } else if secs < 60 {
        format!("{secs} seconds")
    } else if minutes == 1 {
        "About a minute".to_owned()
    } else if minutes < 60 {
        format!("{minutes} minutes")
    } else if hours == 1 {
        "About an hour".to_owned()
    } else if hours < 48 {
        format!("{hours} hours")
    } else if hours < 24 * 7 * 2 {
        format!("{} days", hours / 24)
    } else if hours < 24 * 30 * 2 {
        format!("{} weeks", hours / 24 / 7)
    } else if hours < 24 * 365 * 2 {
        format!("{} months", hours / 24 / 30)
    } else {
        format!("{} years", secs / 3600 / 24 / 365)
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn h(secs: u64) -> String {
        human_duration(Duration::from_secs(secs))
    }

    #[test]
    fn docker_wording() {
        assert_eq!(
            human_duration(Duration::from_millis(999)),
            "Less than a second"
        );
        assert_eq!(h(1), "1 second");
        assert_eq!(h(2), "2 seconds");
        assert_eq!(h(59), "59 seconds");
        assert_eq!(h(60), "About a minute");
        assert_eq!(h(119), "About a minute");
        assert_eq!(h(120), "2 minutes");
        assert_eq!(h(59 * 60 + 59), "59 minutes");
        assert_eq!(h(3600), "About an hour");
        // 1.5 h rounds to 2 hours.
        assert_eq!(h(5399), "About an hour");
        assert_eq!(h(5400), "2 hours");
        assert_eq!(h(47 * 3600), "47 hours");
        assert_eq!(h(48 * 3600), "2 days");
        assert_eq!(h(13 * 86400), "13 days");
        assert_eq!(h(14 * 86400), "2 weeks");
        assert_eq!(h(59 * 86400), "8 weeks");
        assert_eq!(h(60 * 86400), "2 months");
        assert_eq!(h(729 * 86400), "24 months");
        assert_eq!(h(730 * 86400), "2 years");
    }

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
    }
}

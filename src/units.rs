//! docker-compatible units: sizes ("512m" is 512 MiB, as docker's RAMInBytes), human
//! sizes ("1.08MB", as docker's `images` SIZE column) and human durations ("About a
//! minute", as in a container's "Up …" status).

use std::time::Duration;

use anyhow::bail;

const DECIMAL_UNITS: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
const BINARY_UNITS: [&str; 9] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];

/// Size with 3 significant digits and decimal (1000-based) units: "0B", "999B", "5.6kB",
/// "1.08MB". This is what docker shows in `images` and `ps -s`.
pub fn human_size(size: u64) -> String {
    human_size_with_precision(size as f64, 3)
}

/// Decimal human size with `precision` significant digits (docker's plain HumanSize is 4).
/// Formats the number as Go's `%.*g` does, so a value that rounds up to 1000 reads "1e+03kB"
/// exactly as docker prints it.
pub fn human_size_with_precision(size: f64, precision: usize) -> String {
    let (value, unit) = scale(size, 1000.0, &DECIMAL_UNITS);
    format!("{}{unit}", go_format_g(value, precision))
}

/// Binary (1024-based) human size with 4 significant digits: "1.5GiB" (docker's BytesSize,
/// used for memory figures).
pub fn bytes_size(size: u64) -> String {
    let (value, unit) = scale(size as f64, 1024.0, &BINARY_UNITS);
    format!("{}{unit}", go_format_g(value, 4))
}

fn scale(mut size: f64, base: f64, units: &[&'static str]) -> (f64, &'static str) {
    let mut i = 0;
    while size >= base && i < units.len() - 1 {
        size /= base;
        i += 1;
    }
    (size, units[i])
}

/// Go's `fmt.Sprintf("%.*g", precision, x)` for finite non-negative x: `precision`
/// significant digits, trailing zeros dropped, exponent form when the exponent is below -4
/// or at least `precision`.
fn go_format_g(x: f64, precision: usize) -> String {
    let p = precision.max(1);
    if x == 0.0 {
        return "0".to_owned();
    }
    // Round to p significant digits first: the exponent after rounding decides the form.
    let sci = format!("{:.*e}", p - 1, x);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= p as i32 {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim_fraction_zeros(mantissa), exp.abs())
    } else {
        let decimals = usize::try_from(p as i32 - 1 - exp).unwrap_or(0);
        trim_fraction_zeros(&format!("{x:.decimals$}")).to_owned()
    }
}

fn trim_fraction_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// Parse a memory size the way docker's `--memory`, `--shm-size` etc. do: a non-negative
/// number with an optional `b`, `k`, `m`, `g`, `t` or `p` suffix (case-insensitive, optionally
/// followed by `b` or `ib`), 1024-based: "512m" = 512 MiB, "1.5g", "100" = 100 bytes.
pub fn ram_in_bytes(s: &str) -> anyhow::Result<u64> {
    parse_size(s, 1024)
}

/// Like [`ram_in_bytes`] but 1000-based ("1kb" = 1000), as docker's FromHumanSize.
pub fn from_human_size(s: &str) -> anyhow::Result<u64> {
    parse_size(s, 1000)
}

fn parse_size(s: &str, base: u64) -> anyhow::Result<u64> {
    let Some(split) = s.rfind(|c: char| c.is_ascii_digit() || c == '.' || c == ' ') else {
        bail!("invalid size {s:?}: no number");
    };
    let (num, suffix) = if s.as_bytes()[split] == b' ' {
        (&s[..split], &s[split + 1..])
    } else {
        (&s[..=split], &s[split + 1..])
    };
    if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        bail!("invalid size {s:?}");
    }
    let Ok(value) = num.parse::<f64>() else {
        bail!("invalid size {s:?}");
    };
    let suffix_lower = suffix.to_ascii_lowercase();
    let power = match suffix_lower.as_bytes() {
        [] | [b'b'] => 0,
        [p, rest @ ..] if rest.is_empty() || rest == b"b" || rest == b"ib" => match p {
            b'k' => 1,
            b'm' => 2,
            b'g' => 3,
            b't' => 4,
            b'p' => 5,
            _ => bail!("invalid size {s:?}: unknown suffix {suffix:?}"),
        },
        _ => bail!("invalid size {s:?}: unknown suffix {suffix:?}"),
    };
    let bytes = value * (base as f64).powi(power);
    // i64::MAX, docker's limit; also keeps the float-to-int conversion exact in range.
    if !bytes.is_finite() || bytes >= i64::MAX as f64 {
        bail!("invalid size {s:?}: too large");
    }
    Ok(bytes as u64)
}

/// docker's human duration ("Less than a second", "About a minute", "3 hours", "2 weeks"),
/// used for "Up …" and, with `format::time_ago`, for the CREATED columns.
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
    fn human_sizes_like_docker() {
        assert_eq!(human_size(0), "0B");
        assert_eq!(human_size(1), "1B");
        assert_eq!(human_size(999), "999B");
        assert_eq!(human_size(1000), "1kB");
        assert_eq!(human_size(5600), "5.6kB");
        assert_eq!(human_size(1_080_000), "1.08MB");
        assert_eq!(human_size(1_083_787), "1.08MB");
        assert_eq!(human_size(4_261_234), "4.26MB");
        assert_eq!(human_size(12_345_678), "12.3MB");
        assert_eq!(human_size(123_456_789), "123MB");
        // Go's %.3g rounds 999.6 up to "1e+03"; docker prints exactly that.
        assert_eq!(human_size(999_600), "1e+03kB");
        // Halfway cases round to even, as Go does.
        assert_eq!(human_size(1125), "1.12kB");
        assert_eq!(human_size(u64::MAX), "18.4EB");
        assert_eq!(human_size_with_precision(1_083_787.0, 4), "1.084MB");
    }

    #[test]
    fn binary_sizes() {
        assert_eq!(bytes_size(0), "0B");
        assert_eq!(bytes_size(1024), "1KiB");
        assert_eq!(bytes_size(1536 * 1024 * 1024), "1.5GiB");
    }

    #[test]
    fn go_g_format() {
        assert_eq!(go_format_g(0.0001234, 3), "0.000123");
        assert_eq!(go_format_g(0.00001234, 3), "1.23e-05");
        assert_eq!(go_format_g(100.0, 3), "100");
        assert_eq!(go_format_g(1.5, 3), "1.5");
    }

    #[test]
    fn ram_sizes_like_docker() {
        let ok = |s: &str| ram_in_bytes(s).unwrap();
        assert_eq!(ok("32"), 32);
        assert_eq!(ok("32b"), 32);
        assert_eq!(ok("32B"), 32);
        assert_eq!(ok("32k"), 32 * 1024);
        assert_eq!(ok("32K"), 32 * 1024);
        assert_eq!(ok("32kb"), 32 * 1024);
        assert_eq!(ok("32Kib"), 32 * 1024);
        assert_eq!(ok("32KIB"), 32 * 1024);
        assert_eq!(ok("512m"), 512 << 20);
        assert_eq!(ok("512 MiB"), 512 << 20);
        assert_eq!(ok("32Gb"), 32 << 30);
        assert_eq!(ok("32Tb"), 32 << 40);
        assert_eq!(ok("32PB"), 32 << 50);
        assert_eq!(ok("1.5g"), 3 << 29);
        assert_eq!(ok("0.3m"), 314_572);
        assert_eq!(ok(".5k"), 512);
        assert_eq!(from_human_size("1kb").unwrap(), 1000);
        assert_eq!(from_human_size("3.5MB").unwrap(), 3_500_000);
        // A trailing space separates an empty suffix, as docker accepts.
        assert_eq!(ok("32 "), 32);
        for bad in [
            "", " ", "m", "-1", "-1m", "1x", "1mm", "1kbb", "1ki", "1 m b", "1.2.3", "1e3",
            "9000000p", "NaN", "inf",
        ] {
            assert!(ram_in_bytes(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn errors_name_the_input() {
        let e = ram_in_bytes("12x").unwrap_err().to_string();
        assert!(e.contains("\"12x\""), "{e}");
    }

    /// Property check over many sizes (deterministic pseudo-random, no extra dependency):
    /// the human size, parsed back, is within the rounding of 3 significant digits.
    #[test]
    fn human_size_round_trips_within_precision() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            // xorshift64*
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            let n = x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> (x % 60);
            let text = human_size(n);
            assert!(text.len() <= 8, "{n} -> {text}");
            // Exponent forms and exabytes have no parse counterpart in docker either.
            if text.contains('e') || text.ends_with("EB") {
                continue;
            }
            let back = from_human_size(&text).unwrap_or_else(|e| panic!("{n} -> {text}: {e}"));
            let err = (back as f64 - n as f64).abs();
            assert!(err <= n as f64 * 0.005 + 1.0, "{n} -> {text} -> {back}");
        }
    }

    #[test]
    fn ram_parse_is_exact_for_integers_with_suffix() {
        for n in [0u64, 1, 7, 512, 1023, 4096, 65_535, 1 << 20] {
            for (suffix, shift) in [("", 0), ("k", 10), ("m", 20), ("g", 30)] {
                assert_eq!(ram_in_bytes(&format!("{n}{suffix}")).unwrap(), n << shift);
            }
        }
    }
}

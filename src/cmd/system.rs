//! `berth system df|prune|check`, and what the prune commands share: label filters, the
//! confirmation prompt, the report of what went.

use std::collections::BTreeMap;

use crate::format::filter::Filters;

/// `--filter label=K[=V]` (must hold) and `label!=K[=V]` (must not), docker's prune
/// filters; `until=` is read by the callers that accept it.
pub fn label_filters(args: &[String]) -> anyhow::Result<(Filters, Filters)> {
    let all = Filters::parse(args, &["label", "label!", "until"])?;
    let pick = |key: &str| -> anyhow::Result<Filters> {
        let vals: Vec<String> = all
            .values(key)
            .iter()
            .map(|v| format!("label={v}"))
            .collect();
        Filters::parse(&vals, &["label"])
    };
    Ok((pick("label")?, pick("label!")?))
}

/// Whether `labels` pass both label filters: every `label=` holds, no `label!=` does.
pub fn labels_pass(keep: &Filters, drop: &Filters, labels: &BTreeMap<String, String>) -> bool {
    keep.matches_labels("label", labels)
        && drop.values("label").iter().all(|v| {
            !Filters::parse(&[format!("label={v}")], &["label"])
                .is_ok_and(|f| f.matches_labels("label", labels))
        })
}

/// Ask before pruning; anything but y/yes (or end of input) declines.
pub fn confirm(question: &str) -> anyhow::Result<bool> {
    let answer = super::prompt::ask(question)?;
    Ok(matches!(answer.trim().to_lowercase().as_str(), "y" | "yes"))
}

/// docker's prune report: a heading and the names (when any), then the space reclaimed.
pub fn print_pruned(heading: &str, names: &[String], bytes: u64) -> anyhow::Result<()> {
    if !names.is_empty() {
        crate::format::line(heading)?;
        for n in names {
            crate::format::line(n)?;
        }
        crate::format::line("")?;
    }
    crate::format::line(&format!(
        "Total reclaimed space: {}",
        crate::units::human_size(bytes)
    ))?;
    Ok(())
}

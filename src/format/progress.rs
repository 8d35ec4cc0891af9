//! Pull progress on stderr: a bar per layer (bytes, speed, ETA) on a terminal, plain lines
//! otherwise, nothing with `-q`.

use std::collections::HashMap;
use std::io::{IsTerminal as _, Write as _};
use std::sync::Mutex;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::registry::RemoteRef;
use crate::registry::pull::Progress;

pub struct PullProgress {
    quiet: bool,
    bars: Option<MultiProgress>,
    layers: Mutex<HashMap<String, ProgressBar>>,
}

fn short(digest: &str) -> &str {
    let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
    &hex[..hex.len().min(12)]
}

impl PullProgress {
    pub fn new(quiet: bool) -> PullProgress {
        let tty = std::io::stderr().is_terminal();
        PullProgress {
            quiet,
            bars: (!quiet && tty)
                .then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr())),
            layers: Mutex::new(HashMap::new()),
        }
    }

    fn line(&self, text: &str) {
        if self.quiet {
            return;
        }
        match &self.bars {
            Some(m) => {
                let _ = m.println(text);
            }
            None => {
                let _ = writeln!(std::io::stderr(), "{text}");
            }
        }
    }

    /// The last line: which image the pull produced.
    pub fn status(&self, text: &str) {
        self.line(text);
    }
}

impl Progress for PullProgress {
    fn resolved(&self, r: &RemoteRef) {
        self.line(&format!("{}: Pulling from {}", r.reference(), r.repo));
    }
    fn layer_start(&self, digest: &str, size: u64) {
        match &self.bars {
            Some(m) => {
                let bar = m.add(ProgressBar::new(size));
                bar.set_style(
                    ProgressStyle::with_template(
                        "{prefix}: {bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                );
                bar.set_prefix(short(digest).to_owned());
                self.layers
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(digest.to_owned(), bar);
            }
            None => self.line(&format!("{}: Pulling fs layer", short(digest))),
        }
    }
    fn layer_bytes(&self, digest: &str, n: u64) {
        if let Some(bar) = self
            .layers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(digest)
        {
            bar.inc(n);
        }
    }
    fn layer_exists(&self, digest: &str) {
        self.line(&format!("{}: Already exists", short(digest)));
    }
    fn layer_done(&self, digest: &str) {
        if let Some(bar) = self
            .layers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(digest)
        {
            bar.finish_and_clear();
        }
        self.line(&format!("{}: Pull complete", short(digest)));
    }
    fn finished(&self, manifest_digest: &str) {
        self.line(&format!("Digest: {manifest_digest}"));
    }
}

/// One progress line on stderr (push), without the "berth:" prefix of notices.
pub fn stderr_line(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

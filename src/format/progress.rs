//! Pull and push progress on stderr: a bar per layer (bytes, speed, ETA) on a terminal,
//! plain lines otherwise, nothing with `-q`.

use std::collections::HashMap;
use std::io::{IsTerminal as _, Write as _};
use std::sync::Mutex;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::registry::RemoteRef;
use crate::registry::pull::Progress;
use crate::registry::push::PushProgress;

pub struct TransferProgress {
    quiet: bool,
    bars: Option<MultiProgress>,
    layers: Mutex<HashMap<String, ProgressBar>>,
}

fn short(digest: &str) -> &str {
    let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
    &hex[..hex.len().min(12)]
}

impl TransferProgress {
    pub fn new(quiet: bool) -> TransferProgress {
        let tty = std::io::stderr().is_terminal();
        // A terminal without cursor control (TERM unset or dumb) hides the bars, and with
        // them every line printed through them: plain lines there.
        let target = (!quiet && tty)
            .then(ProgressDrawTarget::stderr)
            .filter(|t| !t.is_hidden());
        TransferProgress {
            quiet,
            bars: target.map(MultiProgress::with_draw_target),
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

    /// A line outside the bars (the last one of a pull or push).
    pub fn status(&self, text: &str) {
        self.line(text);
    }

    fn bars(&self) -> std::sync::MutexGuard<'_, HashMap<String, ProgressBar>> {
        self.layers.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A bar for `digest` on a terminal, else the plain line `digest: verb`.
    fn start(&self, digest: &str, size: u64, verb: &str) {
        match &self.bars {
            Some(m) => {
                let style = ProgressStyle::with_template(
                    "{prefix}: {msg} {bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar());
                let bar = m.add(
                    ProgressBar::new(size)
                        .with_style(style)
                        .with_prefix(short(digest).to_owned())
                        .with_message(verb.to_owned()),
                );
                // Drawn now, not at the first bytes (an upload reports whole chunks).
                bar.tick();
                self.bars().insert(digest.to_owned(), bar);
            }
            None => self.line(&format!("{}: {verb}", short(digest))),
        }
    }

    fn advance(&self, digest: &str, n: u64) {
        if let Some(bar) = self.bars().get(digest) {
            bar.inc(n);
        }
    }

    /// Remove `digest`'s bar and say `digest: verb`.
    fn finish(&self, digest: &str, verb: &str) {
        if let Some(bar) = self.bars().remove(digest) {
            bar.finish_and_clear();
        }
        self.line(&format!("{}: {verb}", short(digest)));
    }
}

impl Progress for TransferProgress {
    fn resolved(&self, r: &RemoteRef) {
        self.line(&format!("{}: Pulling from {}", r.reference(), r.repo));
    }
    fn layer_start(&self, digest: &str, size: u64) {
        self.start(digest, size, "Pulling fs layer");
    }
    fn layer_bytes(&self, digest: &str, n: u64) {
        self.advance(digest, n);
    }
    fn layer_exists(&self, digest: &str) {
        self.line(&format!("{}: Already exists", short(digest)));
    }
    fn layer_done(&self, digest: &str) {
        self.finish(digest, "Pull complete");
    }
    fn finished(&self, manifest_digest: &str) {
        self.line(&format!("Digest: {manifest_digest}"));
    }
}

impl PushProgress for TransferProgress {
    fn note(&self, digest: &str, what: &str) {
        self.line(&format!("{}: {what}", short(digest)));
    }
    fn upload_start(&self, digest: &str, size: u64) {
        self.start(digest, size, "Pushing");
    }
    fn upload_bytes(&self, digest: &str, n: u64) {
        self.advance(digest, n);
    }
    fn upload_done(&self, digest: &str) {
        self.finish(digest, "Pushed");
    }
}

//! RUN: the command runs in a container made from the parent image, through the one start
//! path (`runtime::start`, direct mode: this process is its parent), with `run`'s
//! confinement; the container's changes become the step's layer (`runtime::commit`).

use anyhow::{Context as _, bail};

use super::cache::Key;
use super::dockerfile::{self, Command, Instruction, Located};
use super::executor::{Builder, Stage};
use super::mounts::{self, RunMounts};
use crate::image::commit::CommitOptions;
use crate::runtime::create::CreateRequest;
use crate::runtime::start::Mode;
use crate::spec::NetworkMode;
use crate::store::ImageRecord;
use crate::store::containers::ContainerRecord;

/// The kernel's limit on one argument string, its terminating NUL included.
const MAX_ARG_BYTES: usize = 128 << 10;

impl Builder<'_> {
    pub(super) fn run_step(
        &mut self,
        st: &Stage,
        ins: &Located<Instruction>,
        stage_index: usize,
    ) -> anyhow::Result<(ImageRecord, String)> {
        let Instruction::Run {
            command,
            heredocs,
            flags,
        } = &ins.value
        else {
            bail!("not a RUN instruction");
        };
        let argv = match command {
            Command::Exec(argv) => argv.clone(),
            Command::Shell(text) => {
                let mut argv = st.shell();
                // `RUN <<EOF` alone: the body is the script.
                let script = match heredocs.as_slice() {
                    [only] if is_lone_opener(text) => only.body.clone(),
                    _ => dockerfile::with_heredocs(text, heredocs),
                };
                argv.push(script);
                argv
            }
        };
        // The kernel refuses one argument over 128 KiB (MAX_ARG_STRLEN) with E2BIG: say so
        // before a container is made.
        if let Some(big) = argv.iter().find(|a| a.len() >= MAX_ARG_BYTES) {
            return Err(self.err(
                ins.line,
                format!(
                    "the RUN command is {} KiB; one argument may be at most {} KiB",
                    big.len() >> 10,
                    MAX_ARG_BYTES >> 10
                ),
            ));
        }
        let mut network = self.opts.network.clone();
        let mut mount_flags = Vec::new();
        for (name, value) in flags {
            let value = value.as_deref().unwrap_or_default();
            match name.as_str() {
                "network" => {
                    network = match value {
                        "default" => self.opts.network.clone(),
                        "none" => NetworkMode::None,
                        "host" => NetworkMode::Host,
                        other => {
                            return Err(
                                self.err(ins.line, format!("unsupported network mode {other:?}"))
                            );
                        }
                    };
                }
                "mount" => mount_flags.push(value.to_string()),
                "security" if value == "sandbox" => {}
                "security" => {
                    return Err(
                        self.err(ins.line, format!("RUN --security={value} is not supported"))
                    );
                }
                _ => {}
            }
        }
        let env = st.arg_env();
        let mounts = mounts::resolve(self, st, &mount_flags, stage_index)
            .map_err(|e| self.err(ins.line, format!("{e:#}")))?;

        let mut key = Key::new(&st.key);
        key.add("run").add(serde_json::to_vec(&argv)?);
        for e in &env {
            key.add(e);
        }
        for part in &mounts.key_parts {
            key.add(part);
        }
        let key = key.finish();
        let created_by = format!("RUN {}", shown_command(&argv));
        if let Some(img) = self.cached(&key, &st.image) {
            return Ok((img, key));
        }
        if let Some(img) = self.cached_from_images(&key, &st.image, &created_by)? {
            return Ok((img, key));
        }

        let rec = self.step_container(&st.image, argv.clone(), env, network, &mounts)?;
        let code = crate::runtime::start::start(
            self.store,
            rec.clone(),
            None,
            self.rootless,
            Mode::Direct,
        );
        let code = match code {
            Ok(c) => c,
            Err(e) => {
                self.drop_container(&rec, false);
                return Err(e.context(format!(
                    "{}:{}: running the step",
                    self.ctx.dockerfile().shown,
                    ins.line
                )));
            }
        };
        if code != 0 {
            self.drop_container(&rec, false);
            // The step's status is the build's (podman's rule), after `FILE:LINE:`.
            let failed = crate::spec::exit::CommandFailed {
                msg: format!("building at STEP {:?}", shown_text(&ins.text)),
                code,
            };
            return Err(anyhow::Error::from(failed).context(format!(
                "{}:{}",
                self.ctx.dockerfile().shown,
                ins.line
            )));
        }
        let points: Vec<&str> = mounts
            .binds
            .iter()
            .map(|b| b.destination.as_str())
            .chain(mounts.tmpfs.iter().map(|t| t.destination.as_str()))
            .collect();
        let made = self.commit_container(&rec, &st.image, &created_by, &key, &points);
        self.drop_container(&rec, made.is_ok());
        let img = made?;
        self.remember(&key, &img)?;
        Ok((img, key))
    }

    /// A (stopped) container for a step, made from `parent`.
    pub(super) fn step_container(
        &self,
        parent: &ImageRecord,
        argv: Vec<String>,
        env: Vec<String>,
        network: NetworkMode,
        mounts: &RunMounts,
    ) -> anyhow::Result<ContainerRecord> {
        let req = CreateRequest {
            entrypoint: Some(Vec::new()),
            cmd: argv,
            env,
            network: Some(network),
            mounts: mounts.binds.clone(),
            tmpfs: mounts.tmpfs.clone(),
            labels: [("io.berth.build".to_string(), "step".to_string())].into(),
            // A RUN step writes into the image's tree, VOLUME paths included.
            no_image_volumes: true,
            no_hosts: self.opts.no_hosts,
            ..Default::default()
        };
        crate::runtime::create::create(self.store, &req, parent, &parent.id, &self.driver)
            .context("creating the step's container")
    }

    /// The container's changes over `parent` as the step's image, leaving out the mount
    /// points the step's mounts made (`mount_points`, absolute) and directories made only
    /// to hold them.
    pub(super) fn commit_container(
        &self,
        rec: &ContainerRecord,
        parent: &ImageRecord,
        created_by: &str,
        key: &str,
        mount_points: &[&str],
    ) -> anyhow::Result<ImageRecord> {
        let opts = CommitOptions {
            config: parent.config.clone(),
            author: String::new(),
            comment: String::new(),
            created_by: created_by.to_string(),
            cache_key: Some(key.to_string()),
        };
        let mut found = crate::runtime::commit::changes(self.store, rec)?;
        for point in mount_points {
            drop_mount_point(&mut found.list, point);
        }
        let map = |u, g| found.owners.map(u, g);
        crate::image::commit::commit(
            self.store,
            parent,
            &found.root,
            &found.list,
            &map,
            &opts,
            None,
        )
        .context("committing the step")
    }

    /// Remove a step's container: after success unless `--rm=false`, after a failure only
    /// with `--force-rm`.
    pub(super) fn drop_container(&self, rec: &ContainerRecord, succeeded: bool) {
        let remove = match succeeded {
            true => self.opts.rm,
            false => self.opts.force_rm,
        };
        if remove && let Err(e) = crate::runtime::remove::remove(self.store, rec, true) {
            log::debug!("removing the step container {}: {e:#}", rec.name);
        }
    }
}

/// Leave the mount point `point` out of `changes` when the step made it, and then each
/// parent directory the step made that holds nothing else it changed.
fn drop_mount_point(changes: &mut Vec<crate::image::changes::Change>, point: &str) {
    use crate::image::changes::Kind;
    let mut path = std::path::PathBuf::from(point.trim_start_matches('/'));
    loop {
        let added = changes
            .iter()
            .position(|c| c.path == path && c.kind == Kind::Added);
        let Some(i) = added else { return };
        if changes
            .iter()
            .any(|c| c.path != path && c.path.starts_with(&path))
        {
            return;
        }
        changes.remove(i);
        match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => path = p.to_path_buf(),
            _ => return,
        }
    }
}

/// Whether a shell-form RUN is only a here-document opener (`<<EOF`, `<<-"EOF"`).
fn is_lone_opener(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("<<") && !t.contains(char::is_whitespace)
}

/// An instruction's text for an error line: its first line, at most 80 characters.
fn shown_text(text: &str) -> String {
    let first = text.lines().next().unwrap_or_default();
    match first.char_indices().nth(80) {
        Some((i, _)) => format!("{}...", &first[..i]),
        None => first.to_string(),
    }
}

/// A command for history's `created_by`: the words joined, as docker shows them.
fn shown_command(argv: &[String]) -> String {
    argv.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::changes::{Change, Kind};

    fn change(path: &str, kind: Kind) -> Change {
        Change {
            path: path.into(),
            kind,
            opaque: false,
        }
    }

    #[test]
    fn mount_points_and_their_made_parents_stay_out() {
        let mut list = vec![
            change("run", Kind::Added),
            change("run/secrets", Kind::Added),
            change("run/secrets/tok", Kind::Added),
            change("srv", Kind::Changed),
            change("srv/cache", Kind::Added),
            change("srv/kept", Kind::Added),
        ];
        drop_mount_point(&mut list, "/run/secrets/tok");
        drop_mount_point(&mut list, "/srv/cache");
        let left: Vec<_> = list.iter().map(|c| c.path.display().to_string()).collect();
        assert_eq!(left, ["srv", "srv/kept"]);
        // A mount point the image had already is not a change to drop.
        let mut list = vec![change("data", Kind::Changed)];
        drop_mount_point(&mut list, "/data");
        assert_eq!(list.len(), 1);
    }

    #[test]
    fn a_lone_heredoc_is_the_script() {
        assert!(is_lone_opener("<<EOF"));
        assert!(is_lone_opener(" <<-\"EOT\" "));
        assert!(!is_lone_opener("cat <<EOF > /x"));
    }
}

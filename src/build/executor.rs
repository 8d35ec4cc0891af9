//! Walking a Dockerfile's stages: only those the target needs, in order; each instruction a
//! step whose result is an image (looked up in the cache first), so every step's parent is
//! an image id and a step's key covers all that came before it.
//!
//! Metadata steps (ENV, CMD, LABEL, ...) make an image with the parent's layers and a new
//! config; RUN ([`super::run_step`]) and COPY/ADD ([`super::copy_step`]) run in a container
//! made from the parent and commit its changes as a layer.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context as _, bail};

use super::cache::{self, Key};
use super::context::Context;
use super::dockerfile::{self, Dockerfile, Health, Instruction, Located, expand};
use super::options::{BuildOptions, PROXY_ARGS};
use crate::image::commit::CommitOptions;
use crate::store::images::Healthcheck;
use crate::store::{ImageConfig, ImageRecord, Store};

/// Finds (or pulls, as `--pull` says) an image a FROM or `COPY --from` names.
pub type ResolveBase<'a> = &'a dyn Fn(&str) -> anyhow::Result<ImageRecord>;

/// A build in progress.
pub struct Builder<'a> {
    pub(super) store: &'a Store,
    pub(super) rootless: bool,
    pub(super) opts: &'a BuildOptions,
    pub(super) ctx: &'a Context,
    pub(super) driver: String,
    df: &'a Dockerfile,
    resolve_base: ResolveBase<'a>,
    /// Finished stages' images, by index.
    done: BTreeMap<usize, ImageRecord>,
    /// Finished stages' step keys (what [`Stage::key`] was at the end), by index.
    done_keys: BTreeMap<usize, String>,
    /// The layers `--cache-from` images say steps made: step key -> (image, layer index).
    cache_from: BTreeMap<String, (ImageRecord, usize)>,
    /// Build args some ARG consumed.
    used_args: BTreeSet<String>,
    step: usize,
    total: usize,
}

/// A stage being built: its current image and the variables in scope.
pub(super) struct Stage {
    pub(super) image: ImageRecord,
    /// The key of the last step (the base's id at first): it covers every step before, by
    /// what they were, not when they ran, so it is the same on any machine.
    pub(super) key: String,
    /// ARGs declared in this stage, with their values.
    pub(super) args: BTreeMap<String, Option<String>>,
    /// CMD was set in this stage (ENTRYPOINT then keeps it).
    cmd_set: bool,
    /// MAINTAINER.
    author: String,
}

impl Stage {
    /// A variable as the expander sees it: ENV first, then ARG.
    pub(super) fn var(&self, name: &str) -> Option<String> {
        let prefix = format!("{name}=");
        if let Some(e) = self
            .image
            .config
            .env
            .iter()
            .find(|e| e.starts_with(&prefix))
        {
            return Some(e[prefix.len()..].to_string());
        }
        self.args.get(name).cloned().flatten()
    }

    /// ARGs with values that ENV does not shadow, as `K=V`, sorted: the environment a RUN
    /// step adds, and part of its key.
    pub(super) fn arg_env(&self) -> Vec<String> {
        self.args
            .iter()
            .filter_map(|(k, v)| v.as_ref().map(|v| (k, v)))
            .filter(|(k, _)| {
                let prefix = format!("{k}=");
                !self.image.config.env.iter().any(|e| e.starts_with(&prefix))
            })
            .map(|(k, v)| format!("{k}={v}"))
            .collect()
    }

    /// The shell of shell forms.
    pub(super) fn shell(&self) -> Vec<String> {
        match self.image.config.shell.is_empty() {
            true => vec!["/bin/sh".into(), "-c".into()],
            false => self.image.config.shell.clone(),
        }
    }
}

impl<'a> Builder<'a> {
    pub fn new(
        store: &'a Store,
        rootless: bool,
        opts: &'a BuildOptions,
        ctx: &'a Context,
        df: &'a Dockerfile,
        driver: String,
        resolve_base: ResolveBase<'a>,
    ) -> Builder<'a> {
        Builder {
            store,
            rootless,
            opts,
            ctx,
            driver,
            df,
            resolve_base,
            done: BTreeMap::new(),
            done_keys: BTreeMap::new(),
            cache_from: BTreeMap::new(),
            used_args: BTreeSet::new(),
            step: 0,
            total: 0,
        }
    }

    /// Build the target stage (the last unless `--target`) and what it needs; returns the
    /// final image (tagged as `-t` says).
    pub fn build(mut self) -> anyhow::Result<ImageRecord> {
        let target = self.target_index()?;
        let needed = self.needed_stages(target)?;
        self.total = needed
            .iter()
            .map(|&i| 1 + self.df.stages[i].instructions.len())
            .sum();
        for &i in &needed {
            let (image, key) = self.build_stage(i)?;
            self.done.insert(i, image);
            self.done_keys.insert(i, key);
        }
        let mut image = self
            .done
            .remove(&target)
            .context("the target stage was not built")?;
        if !self.opts.labels.is_empty() {
            let mut config = image.config.clone();
            config.labels.extend(self.opts.labels.clone());
            let created_by = format!("LABEL {}", labels_text(&self.opts.labels));
            let key = self.done_keys.get(&target).cloned().unwrap_or_default();
            image = self.config_step(&image, &key, config, &created_by, "")?.0;
        }
        let unused: Vec<&String> = self
            .opts
            .build_args
            .keys()
            .filter(|k| !self.used_args.contains(*k) && !PROXY_ARGS.contains(&k.as_str()))
            .collect();
        if !unused.is_empty() {
            let names: Vec<&str> = unused.iter().map(|s| s.as_str()).collect();
            crate::term::notice(&format!(
                "one or more build args were not consumed: [{}]",
                names.join(" ")
            ));
        }
        cache::mark_final(self.store, &image.id)?;
        for tag in &self.opts.tags {
            self.store
                .tag_image(&crate::spec::ImageRef::id(&image.id), tag)
                .with_context(|| format!("tagging {tag}"))?;
        }
        Ok(image)
    }

    fn target_index(&self) -> anyhow::Result<usize> {
        match &self.opts.target {
            None => Ok(self.df.stages.len() - 1),
            Some(t) => self.stage_by_name(t).with_context(|| {
                format!("failed to reach build target {t} in Dockerfile: target stage \"{t}\" could not be found")
            }),
        }
    }

    fn stage_by_name(&self, name: &str) -> Option<usize> {
        let lower = name.to_ascii_lowercase();
        self.df
            .stages
            .iter()
            .position(|s| s.from.value.name.as_deref() == Some(lower.as_str()))
    }

    /// A stage an instruction refers to (`FROM name`, `--from=name|index`) among those
    /// before `before`.
    fn stage_ref(&self, word: &str, before: usize) -> Option<usize> {
        let i = match word.parse::<usize>() {
            Ok(n) => Some(n),
            Err(_) => self.stage_by_name(word),
        }?;
        (i < before).then_some(i)
    }

    /// The global ARGs' values, for FROM lines.
    fn global_var(&self, name: &str) -> Option<String> {
        let arg = self
            .df
            .global_args
            .iter()
            .rev()
            .find(|a| a.value.name == name)?;
        if let Some(v) = self.opts.build_args.get(name) {
            return v.clone();
        }
        match &arg.value.default {
            Some(d) => {
                expand::word(d, self.df.escape, &|n| self.global_var_before(n, arg.line)).ok()
            }
            None => platform_arg(name),
        }
    }

    fn global_var_before(&self, name: &str, line: usize) -> Option<String> {
        let declared = self
            .df
            .global_args
            .iter()
            .any(|a| a.value.name == name && a.line < line);
        if declared {
            self.global_var(name)
        } else {
            None
        }
    }

    /// The base a stage's FROM names, expanded with the global ARGs.
    fn base_word_of(&self, i: usize) -> anyhow::Result<String> {
        let from = &self.df.stages[i].from;
        expand::word(&from.value.image, self.df.escape, &|n| self.global_var(n))
            .map_err(|e| self.err(from.line, e))
    }

    /// The stages `target` needs, in order.
    fn needed_stages(&self, target: usize) -> anyhow::Result<Vec<usize>> {
        let mut needed = BTreeSet::new();
        let mut todo = vec![target];
        while let Some(i) = todo.pop() {
            if !needed.insert(i) {
                continue;
            }
            if let Some(dep) = self.stage_ref(&self.base_word_of(i)?, i) {
                todo.push(dep);
            }
            for ins in &self.df.stages[i].instructions {
                let flags = match &ins.value {
                    Instruction::Copy(spec) => &spec.flags,
                    Instruction::Run { flags, .. } => flags,
                    _ => continue,
                };
                for (name, value) in flags {
                    let value = value.as_deref().unwrap_or_default();
                    let from = match name.as_str() {
                        "from" => Some(value),
                        "mount" => mount_from(value),
                        _ => None,
                    };
                    if let Some(dep) = from.and_then(|f| self.stage_ref(f, i)) {
                        todo.push(dep);
                    }
                }
            }
        }
        Ok(needed.into_iter().collect())
    }

    /// `raw` expanded with the stage's variables.
    pub(super) fn word(&self, st: &Stage, line: usize, raw: &str) -> anyhow::Result<String> {
        expand::word(raw, self.df.escape, &|n| st.var(n)).map_err(|e| self.err(line, e))
    }

    /// The Dockerfile's escape character.
    pub(super) fn escape(&self) -> char {
        self.df.escape
    }

    /// `FILE:LINE: message`.
    pub(super) fn err(&self, line: usize, e: impl std::fmt::Display) -> anyhow::Error {
        anyhow::anyhow!("{}:{line}: {e}", self.ctx.dockerfile().shown)
    }

    pub(super) fn progress(&self, text: &str) {
        if !self.opts.quiet {
            let _ = crate::term::raw_stderr(format!("{text}\n").as_bytes());
        }
    }

    fn announce(&mut self, text: &str) {
        self.step += 1;
        let shown = crate::term::terminal_safe(text).into_owned();
        self.progress(&format!("STEP {}/{}: {shown}", self.step, self.total));
    }

    /// A finished stage's image (`--from`, `FROM stage`).
    pub(super) fn stage_image(&self, i: usize) -> anyhow::Result<&ImageRecord> {
        self.done
            .get(&i)
            .context("a stage used before it was built")
    }

    /// The image `COPY --from=WORD` reads: an earlier stage, else an image; with what
    /// stands for it in a key (the stage's step key, or the image's id).
    pub(super) fn copy_from_image(
        &self,
        word: &str,
        stage: usize,
    ) -> anyhow::Result<(ImageRecord, String)> {
        match self.stage_ref(word, stage) {
            Some(i) => {
                let key = self.done_keys.get(&i).cloned().unwrap_or_default();
                Ok((self.stage_image(i)?.clone(), key))
            }
            None => (self.resolve_base)(word).map(|img| {
                let id = img.id.clone();
                (img, id)
            }),
        }
    }

    fn build_stage(&mut self, i: usize) -> anyhow::Result<(ImageRecord, String)> {
        let df = self.df;
        let stage_def = &df.stages[i];
        self.announce(&stage_def.from.text);
        let base_word = self.base_word_of(i)?;
        if let Some(p) = &stage_def.from.value.platform {
            let p = expand::word(p, df.escape, &|n| self.global_var(n))
                .map_err(|e| self.err(stage_def.from.line, e))?;
            check_platform(&p).map_err(|e| self.err(stage_def.from.line, e))?;
        }
        let (base, base_key) = match self.stage_ref(&base_word, i) {
            Some(dep) => (
                self.stage_image(dep)?.clone(),
                self.done_keys.get(&dep).cloned().unwrap_or_default(),
            ),
            None if base_word.eq_ignore_ascii_case("scratch") => {
                let img = self.scratch()?;
                let id = img.id.clone();
                (img, id)
            }
            None => {
                let img = (self.resolve_base)(&base_word)
                    .map_err(|e| self.err(stage_def.from.line, format!("{e:#}")))?;
                let id = img.id.clone();
                (img, id)
            }
        };
        self.progress(&format!("--> {}", short(&base.id)));
        let triggers = base.config.on_build.clone();
        let mut stage = Stage {
            image: base,
            key: base_key,
            args: BTreeMap::new(),
            cmd_set: false,
            author: String::new(),
        };
        // The triggers run once, in the first image built on this one; they are not
        // inherited further (every step's config below starts without them).
        stage.image.config.on_build.clear();
        for text in &triggers {
            let parsed = dockerfile::parse_instructions(text, df.escape, "ONBUILD")
                .map_err(|e| self.err(stage_def.from.line, e))?;
            for ins in parsed {
                self.total += 1;
                self.announce(&format!("ONBUILD {}", ins.text));
                let ins = Located {
                    line: stage_def.from.line,
                    ..ins
                };
                self.instruction(&mut stage, &ins, i)?;
            }
        }
        for ins in &stage_def.instructions {
            self.announce(&ins.text);
            self.instruction(&mut stage, ins, i)?;
        }
        Ok((stage.image, stage.key))
    }

    /// The base of `FROM scratch`: an image of no layers (its containers see an empty
    /// tree), stored once and then found in the cache, so builds on it stay cached.
    fn scratch(&self) -> anyhow::Result<ImageRecord> {
        let key = Key::new("scratch, no layer").finish();
        if let Some(img) = cache::get(self.store, &key) {
            return Ok(img);
        }
        let img = crate::image::import::scratch(self.store).context("making the scratch base")?;
        cache::put(self.store, &key, &img.id)?;
        Ok(img)
    }

    fn instruction(
        &mut self,
        st: &mut Stage,
        ins: &Located<Instruction>,
        stage_index: usize,
    ) -> anyhow::Result<()> {
        let line = ins.line;
        let escape = self.df.escape;
        let mut config = st.image.config.clone();
        match &ins.value {
            Instruction::Arg(args) => {
                for arg in args {
                    let name = arg.name.clone();
                    let value = match self.opts.build_args.get(&name) {
                        Some(v) => v.clone(),
                        None => match &arg.default {
                            Some(d) => Some(self.word(st, line, d)?),
                            None => self.global_var(&name),
                        },
                    };
                    self.used_args.insert(name.clone());
                    st.args.insert(name, value);
                }
                return Ok(());
            }
            Instruction::Run { .. } => {
                (st.image, st.key) = self.run_step(st, ins, stage_index)?;
                return Ok(());
            }
            Instruction::Copy(spec) => {
                (st.image, st.key) = self.copy_step(st, ins, spec, false, stage_index)?;
                return Ok(());
            }
            Instruction::Add(spec) => {
                (st.image, st.key) = self.copy_step(st, ins, spec, true, stage_index)?;
                return Ok(());
            }
            Instruction::Env(pairs) => {
                for (k, v) in pairs {
                    let (k, v) = (self.word(st, line, k)?, self.word(st, line, v)?);
                    let prefix = format!("{k}=");
                    config.env.retain(|e| !e.starts_with(&prefix));
                    config.env.push(format!("{k}={v}"));
                    // Later words of the same ENV see this value.
                    st.image.config.env.retain(|e| !e.starts_with(&prefix));
                    st.image.config.env.push(format!("{k}={v}"));
                }
            }
            Instruction::Label(pairs) => {
                for (k, v) in pairs {
                    config
                        .labels
                        .insert(self.word(st, line, k)?, self.word(st, line, v)?);
                }
            }
            Instruction::Workdir(dir) => {
                let dir = self.word(st, line, dir)?;
                let joined = if dir.starts_with('/') {
                    dir
                } else {
                    let base = config.working_dir.trim_end_matches('/');
                    format!("{base}/{dir}")
                };
                config.working_dir = clean_abs(&joined);
            }
            Instruction::User(user) => config.user = self.word(st, line, user)?,
            Instruction::Expose(ports) => {
                for p in ports {
                    for p in
                        expand::words(p, escape, &|n| st.var(n)).map_err(|e| self.err(line, e))?
                    {
                        let key =
                            crate::image::config::expose_key(&p).map_err(|e| self.err(line, e))?;
                        config.exposed_ports.insert(key, Default::default());
                    }
                }
            }
            Instruction::Volume(paths) => {
                for p in paths {
                    let p = self.word(st, line, p)?;
                    if p.is_empty() {
                        return Err(self.err(line, "VOLUME specified can not be an empty string"));
                    }
                    config.volumes.insert(p, Default::default());
                }
            }
            Instruction::StopSignal(sig) => {
                let sig = self.word(st, line, sig)?;
                if !crate::image::config::valid_signal(&sig) {
                    return Err(self.err(line, format!("invalid signal: {sig}")));
                }
                config.stop_signal = Some(sig);
            }
            Instruction::Cmd(cmd) => {
                config.cmd = Some(self.command_argv(st, cmd));
                st.cmd_set = true;
            }
            Instruction::Entrypoint(cmd) => {
                config.entrypoint = Some(self.command_argv(st, cmd));
                if !st.cmd_set {
                    config.cmd = None;
                }
            }
            Instruction::Shell(argv) => config.shell = argv.clone(),
            Instruction::Maintainer(who) => st.author = who.clone(),
            Instruction::Onbuild(trigger) => {
                config.on_build.push(dockerfile::trigger_text(trigger));
            }
            Instruction::Healthcheck(health) => {
                config.healthcheck = Some(healthcheck(health, &st.shell()));
            }
        }
        let author = st.author.clone();
        (st.image, st.key) = self.config_step(&st.image, &st.key, config, &ins.text, &author)?;
        Ok(())
    }

    /// CMD and ENTRYPOINT: the exec form as written, the shell form through the shell.
    fn command_argv(&self, st: &Stage, cmd: &dockerfile::Command) -> Vec<String> {
        match cmd {
            dockerfile::Command::Exec(argv) => argv.clone(),
            dockerfile::Command::Shell(s) => {
                let mut argv = st.shell();
                argv.push(s.clone());
                argv
            }
        }
    }

    /// A metadata step: the parent's layers with `config`, from the cache when it was
    /// made before.
    pub(super) fn config_step(
        &self,
        parent: &ImageRecord,
        parent_key: &str,
        config: ImageConfig,
        created_by: &str,
        author: &str,
    ) -> anyhow::Result<(ImageRecord, String)> {
        let mut key = Key::new(parent_key);
        key.add("config")
            .add(serde_json::to_vec(&config)?)
            .add(created_by)
            .add(author);
        let key = key.finish();
        if let Some(img) = self.cached(&key, parent) {
            return Ok((img, key));
        }
        let opts = CommitOptions {
            config,
            author: author.to_string(),
            comment: String::new(),
            created_by: created_by.to_string(),
            cache_key: None,
        };
        let img = crate::image::commit::commit_config(self.store, parent, &opts, None)?;
        self.remember(&key, &img)?;
        Ok((img, key))
    }

    /// A cache hit on `parent`, announced. The local cache is looked up first; a step
    /// found in it must sit on `parent` (a step key covers what came before, not which
    /// image it made, so a hit on another parent, made by an image of `--cache-from`
    /// that was later built on locally, is not taken).
    pub(super) fn cached(&self, key: &str, parent: &ImageRecord) -> Option<ImageRecord> {
        if self.opts.no_cache {
            return None;
        }
        let img = cache::get(self.store, key).filter(|img| sits_on(img, parent))?;
        self.progress(&format!(
            "--> Using cache {}",
            img.id.trim_start_matches("sha256:")
        ));
        Some(img)
    }

    /// Use the images of `--cache-from`: the step images they name (by their step keys)
    /// are read once.
    pub fn with_cache_from(mut self, images: &[ImageRecord]) -> Self {
        for img in images {
            for entry in crate::image::commit::cached_layers(self.store, img) {
                if img.diff_ids.get(entry.layer) == Some(&entry.diff_id) {
                    self.cache_from
                        .entry(entry.key)
                        .or_insert_with(|| (img.clone(), entry.layer));
                }
            }
        }
        self
    }

    /// A layer step (`key`) taken from a `--cache-from` image: its layer for this step,
    /// when that image's layers below it are `parent`'s, put on `parent` as a new image.
    pub(super) fn cached_from_images(
        &self,
        key: &str,
        parent: &ImageRecord,
        created_by: &str,
    ) -> anyhow::Result<Option<ImageRecord>> {
        if self.opts.no_cache {
            return Ok(None);
        }
        let Some((source, layer)) = self.cache_from.get(key) else {
            return Ok(None);
        };
        if source.diff_ids.get(..*layer) != Some(parent.diff_ids.as_slice()) {
            return Ok(None);
        }
        let opts = CommitOptions {
            config: parent.config.clone(),
            created_by: created_by.to_string(),
            cache_key: Some(key.to_string()),
            ..Default::default()
        };
        let img = crate::image::commit::commit_stored_layer(
            self.store,
            parent,
            &source.layers[*layer],
            &opts,
        )?;
        self.progress(&format!(
            "--> Using cache {} (a layer of {})",
            img.id.trim_start_matches("sha256:"),
            short(&source.id)
        ));
        if self.opts.record_cache {
            cache::put(self.store, key, &img.id)?;
        }
        Ok(Some(img))
    }

    /// Record a step's result, announced.
    pub(super) fn remember(&self, key: &str, img: &ImageRecord) -> anyhow::Result<()> {
        if self.opts.record_cache {
            cache::put(self.store, key, &img.id)?;
        }
        self.progress(&format!("--> {}", short(&img.id)));
        Ok(())
    }
}

/// Whether `img` was made by one step on `parent`: its layers are the parent's, or the
/// parent's and one more.
fn sits_on(img: &ImageRecord, parent: &ImageRecord) -> bool {
    let n = parent.layers.len();
    img.layers.get(..n) == Some(parent.layers.as_slice()) && img.layers.len() <= n + 1
}

/// The `from=` of a RUN `--mount` value.
fn mount_from(value: &str) -> Option<&str> {
    value.split(',').find_map(|kv| kv.strip_prefix("from="))
}

/// A build-time platform ARG docker predefines, as this host's.
fn platform_arg(name: &str) -> Option<String> {
    let arch = crate::image::config::host_arch();
    match name {
        "TARGETPLATFORM" | "BUILDPLATFORM" => Some(format!("linux/{arch}")),
        "TARGETOS" | "BUILDOS" => Some("linux".into()),
        "TARGETARCH" | "BUILDARCH" => Some(arch.into()),
        "TARGETVARIANT" | "BUILDVARIANT" => Some(String::new()),
        _ => None,
    }
}

/// `--platform` of FROM (and of `build`): only this host's.
pub fn check_platform(p: &str) -> anyhow::Result<()> {
    let arch = crate::image::config::host_arch();
    let ok = [
        format!("linux/{arch}"),
        arch.to_string(),
        "linux".to_string(),
    ];
    if ok.iter().any(|o| o == p) {
        return Ok(());
    }
    bail!("platform {p} is not supported: berth builds for linux/{arch} only")
}

fn healthcheck(health: &Health, shell: &[String]) -> Healthcheck {
    let (test, flags) = match health {
        Health::None => {
            return Healthcheck {
                test: vec!["NONE".into()],
                ..Default::default()
            };
        }
        Health::Check { test, flags } => (test, flags),
    };
    let _ = shell;
    let test = match test {
        dockerfile::Command::Exec(argv) => {
            let mut t = vec!["CMD".to_string()];
            t.extend(argv.iter().cloned());
            t
        }
        dockerfile::Command::Shell(s) => vec!["CMD-SHELL".into(), s.clone()],
    };
    let mut h = Healthcheck {
        test,
        ..Default::default()
    };
    for (name, value) in flags {
        let value = value.as_deref().unwrap_or_default();
        let nanos = || {
            dockerfile::duration::parse(value)
                .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
                .unwrap_or(0)
        };
        match name.as_str() {
            "interval" => h.interval = nanos(),
            "timeout" => h.timeout = nanos(),
            "start-period" => h.start_period = nanos(),
            "start-interval" => h.start_interval = nanos(),
            "retries" => h.retries = value.parse().unwrap_or(0),
            _ => {}
        }
    }
    h
}

/// An absolute path with `.`, `..` and repeated slashes resolved lexically (never above `/`).
pub(super) fn clean_abs(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in path.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    format!("/{}", parts.join("/"))
}

fn labels_text(labels: &BTreeMap<String, String>) -> String {
    labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The 12-digit short id.
pub(super) fn short(id: &str) -> &str {
    crate::store::images::short_id(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workdirs_are_cleaned_inside_the_root() {
        assert_eq!(clean_abs("/a/../../b/./c//"), "/b/c");
        assert_eq!(clean_abs("/"), "/");
    }

    #[test]
    fn only_the_native_platform_is_accepted() {
        let arch = crate::image::config::host_arch();
        check_platform(&format!("linux/{arch}")).unwrap();
        assert!(check_platform("linux/s390x-nope").is_err());
    }
}

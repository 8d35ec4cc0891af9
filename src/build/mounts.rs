//! `RUN --mount=type=bind|cache|tmpfs|secret,...`: what a RUN step mounts, as the binds and
//! tmpfs mounts of its container, and what of them enters the step's key.
//!
//! - `bind` (read-only; with `rw` writable, into a private copy dropped after the step): a
//!   path of the build context, or with `from=` of a stage or image
//!   (merged into a private copy first), resolved inside it as COPY resolves sources
//!   (links followed only inside, `..` stopped at its root), so the host path handed to the
//!   kernel has no link left on it. Its content digest (or the image id) enters the key.
//! - `cache`: a directory kept in the store across builds (`build-cache/mounts/`), by `id`
//!   (the target when none), removed by `builder prune -a`.
//! - `tmpfs`: an empty tmpfs.
//! - `secret`: a `--secret id=...` file, read-only at `/run/secrets/ID` unless `target`
//!   says; never in the key or the image.
//!
//! Destinations are resolved inside the container's root by the sandbox, as for `run`.

use std::path::PathBuf;

use anyhow::{Context as _, bail};
use sha2::{Digest, Sha256};

use super::context::Context;
use super::context::scratch::Scratch;
use super::executor::{Builder, Stage};
use crate::spec::{BindMount, TmpfsMount};

/// The mounts of one RUN step.
#[derive(Debug, Default)]
pub struct RunMounts {
    pub binds: Vec<BindMount>,
    pub tmpfs: Vec<TmpfsMount>,
    /// What enters the key.
    pub key_parts: Vec<String>,
    /// Copies of stages bound from, kept until the step is done.
    pub keep: Vec<Scratch>,
}

/// Resolve the `--mount` values of a RUN step.
pub(super) fn resolve(
    b: &Builder<'_>,
    st: &Stage,
    values: &[String],
    stage_index: usize,
) -> anyhow::Result<RunMounts> {
    let mut out = RunMounts::default();
    for value in values {
        let mut fields = std::collections::BTreeMap::new();
        for kv in value.split(',').filter(|f| !f.is_empty()) {
            let (k, v) = kv.split_once('=').unwrap_or((kv, "true"));
            let v = super::dockerfile::expand::word(v, b.escape(), &|n| st.var(n))
                .map_err(|e| anyhow::anyhow!("--mount={value}: {e}"))?;
            fields.insert(k.to_ascii_lowercase(), v);
        }
        let kind = fields
            .get("type")
            .map_or("bind", String::as_str)
            .to_string();
        let target = fields
            .get("target")
            .or_else(|| fields.get("dst"))
            .or_else(|| fields.get("destination"))
            .cloned();
        let abs = |t: &str| match t.starts_with('/') {
            true => t.to_string(),
            false => format!("{}/{t}", st.image.config.working_dir.trim_end_matches('/')),
        };
        match kind.as_str() {
            "bind" => {
                let target =
                    target.with_context(|| format!("--mount={value}: target is required"))?;
                let source = fields
                    .get("source")
                    .or_else(|| fields.get("src"))
                    .map_or(".", String::as_str);
                // From a stage or image: its files merged into a private copy, resolved there.
                let from_stage;
                let (ctx, what) = match fields.get("from") {
                    Some(from) => {
                        let (img, from_key) = b.copy_from_image(from, stage_index)?;
                        let scratch = Scratch::new(&b.store.tmp_dir())?;
                        let merged = scratch.path().join("root");
                        crate::runtime::driver::copy::materialize(
                            &b.store.image_layer_dirs(&img)?,
                            &merged,
                        )
                        .with_context(|| format!("--mount={value}: copying {from}"))?;
                        out.keep.push(scratch);
                        from_stage = Context::from_dir(&merged)?;
                        (&from_stage, from_key)
                    }
                    None => (b.ctx, "context".to_string()),
                };
                let sources = ctx
                    .resolve(&[source.to_string()])
                    .map_err(|e| anyhow::anyhow!("--mount={value}: {e}"))?;
                let [one] = sources.list.as_slice() else {
                    bail!("--mount={value}: the source must name one path");
                };
                let mut host = ctx.dir().join(one.real_path());
                let writable =
                    read_write(&fields).map_err(|e| anyhow::anyhow!("--mount={value}: {e}"))?;
                if writable && !fields.contains_key("from") {
                    // The step writes into a private copy, never into the context.
                    let scratch = Scratch::new(&b.store.tmp_dir())?;
                    let copy = scratch.path().join("rw");
                    copy_source(&host, &copy)
                        .with_context(|| format!("--mount={value}: copying {source}"))?;
                    out.keep.push(scratch);
                    host = copy;
                }
                let digest = match fields.contains_key("from") {
                    // The image id covers the content.
                    true => source.to_string(),
                    false => ctx.checksum(&sources, Default::default())?,
                };
                out.key_parts
                    .push(format!("bind {} {what} {digest}", abs(&target)));
                out.binds.push(BindMount {
                    source: host,
                    destination: abs(&target),
                    read_only: !writable,
                    volume: None,
                });
            }
            "cache" => {
                let target =
                    target.with_context(|| format!("--mount={value}: target is required"))?;
                let id = fields.get("id").cloned().unwrap_or_else(|| abs(&target));
                let dir = cache_mount_dir(b, &id)?;
                out.key_parts.push(format!("cache {}", abs(&target)));
                out.binds.push(BindMount {
                    source: dir,
                    destination: abs(&target),
                    read_only: false,
                    volume: None,
                });
            }
            "tmpfs" => {
                let target =
                    target.with_context(|| format!("--mount={value}: target is required"))?;
                out.key_parts.push(format!("tmpfs {}", abs(&target)));
                out.tmpfs.push(TmpfsMount {
                    destination: abs(&target),
                    options: String::new(),
                    read_only: false,
                    nosuid: true,
                    nodev: true,
                    noexec: false,
                    size: fields
                        .get("size")
                        .and_then(|s| crate::units::ram_in_bytes(s).ok()),
                    mode: None,
                    nr_inodes: None,
                    uid: None,
                    gid: None,
                });
            }
            "secret" => {
                let id = fields
                    .get("id")
                    .cloned()
                    .or_else(|| {
                        target
                            .as_ref()
                            .and_then(|t| t.rsplit('/').next().map(str::to_string))
                    })
                    .with_context(|| format!("--mount={value}: id is required"))?;
                let required = fields.get("required").is_some_and(|r| r == "true");
                let target = target.unwrap_or_else(|| format!("/run/secrets/{id}"));
                match b.opts.secrets.get(&id) {
                    Some(src) => out.binds.push(BindMount {
                        source: src.clone(),
                        destination: abs(&target),
                        read_only: true,
                        volume: None,
                    }),
                    None if required => {
                        bail!("secret {id} not found: give it with --secret id={id},src=PATH")
                    }
                    None => {}
                }
            }
            "ssh" => bail!("--mount={value}: ssh mounts are not supported"),
            other => bail!("--mount={value}: unknown mount type {other:?}"),
        }
    }
    Ok(out)
}

/// Whether a bind mount's fields ask for it writable: `rw`/`readwrite` (true unless
/// `=false`), or `ro`/`readonly=false`; read-only otherwise.
fn read_write(fields: &std::collections::BTreeMap<String, String>) -> anyhow::Result<bool> {
    let flag = |k: &str| -> anyhow::Result<Option<bool>> {
        match fields.get(k).map(String::as_str) {
            None => Ok(None),
            Some("true" | "1") => Ok(Some(true)),
            Some("false" | "0") => Ok(Some(false)),
            Some(other) => bail!("{k}={other}: not a boolean"),
        }
    };
    let mut rw = false;
    for k in ["rw", "readwrite"] {
        if let Some(v) = flag(k)? {
            rw = v;
        }
    }
    for k in ["ro", "readonly"] {
        if let Some(v) = flag(k)? {
            rw = !v;
        }
    }
    Ok(rw)
}

/// A private copy of a bind source at `dest` (which must not exist): a directory's tree
/// with owners and modes, links copied as links; a file's bytes and mode.
fn copy_source(src: &std::path::Path, dest: &std::path::Path) -> anyhow::Result<()> {
    let meta = std::fs::symlink_metadata(src)?;
    if meta.is_dir() {
        return crate::runtime::driver::copy::materialize(&[src.to_path_buf()], dest);
    }
    std::fs::copy(src, dest)?;
    crate::runtime::driver::copy::set_owner_and_mode(dest, &meta)
}

/// The directory kept for a cache mount `id`.
fn cache_mount_dir(b: &Builder<'_>, id: &str) -> anyhow::Result<PathBuf> {
    let hex = hex::encode(Sha256::digest(id.as_bytes()));
    let dir = super::cache::dir(b.store).join("mounts").join(hex);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

//! COPY and ADD: the sources are resolved and digested here (the key), then written into a
//! container made from the parent image by a forked helper holding a handle on its root
//! (`runtime::cp::in_views`): the destination is resolved and created inside that root,
//! each source arrives as a tar stream applied by the hostile-tar unpacker, and the
//! container's changes become the step's layer.
//!
//! docker's destination rules: a destination ending in `/`, several sources, a directory
//! source or an archive land inside the directory `dest` (created); one file lands at
//! `dest` itself unless `dest` is an existing directory. `--chown` names are looked up in
//! the image's /etc/passwd and /etc/group (read inside its root); without it, files belong
//! to root (ADD archives keep the owners they hold).

use std::ffi::{OsStr, OsString};
use std::io::{BufReader, BufWriter, Read, Write};
use std::os::fd::OwnedFd;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::cache::Key;
use super::context::remote::{self, Download};
use super::context::{Context, Rewrite, Source, Sources};
use super::dockerfile::{CopySpec, Instruction, Located, expand};
use super::executor::{Builder, Stage, clean_abs};
use crate::image::unpack::{CopyOwners, CopyRules, Limits, UnpackError};
use crate::store::ImageRecord;

/// The largest file ADD downloads.
const MAX_DOWNLOAD: u64 = 8 << 30;

/// A COPY/ADD step's flags, expanded.
#[derive(Default)]
struct Flags {
    from: Option<String>,
    chown: Option<String>,
    chmod: Option<u32>,
    parents: bool,
    exclude: Vec<String>,
    checksum: Option<String>,
}

/// Where the sources come from.
enum Origin {
    /// The build context, resolved here.
    Context(Sources),
    /// A stage or image: its container's root, resolved in the helper.
    Image(Box<ImageRecord>),
}

impl Builder<'_> {
    pub(super) fn copy_step(
        &mut self,
        st: &Stage,
        ins: &Located<Instruction>,
        spec: &CopySpec,
        add: bool,
        stage_index: usize,
    ) -> anyhow::Result<(ImageRecord, String)> {
        let what = if add { "ADD" } else { "COPY" };
        let line = ins.line;
        let word = |raw: &str| -> anyhow::Result<String> {
            expand::word(raw, self.df_escape(), &|n| st.var(n)).map_err(|e| self.err(line, e))
        };
        let mut flags = Flags::default();
        for (name, value) in &spec.flags {
            let value = value.as_deref().map(word).transpose()?.unwrap_or_default();
            match name.as_str() {
                "from" => flags.from = Some(value),
                "chown" => flags.chown = Some(value),
                "chmod" => match u32::from_str_radix(&value, 8) {
                    Ok(m) if m <= 0o7777 => flags.chmod = Some(m),
                    _ => {
                        return Err(self.err(
                            line,
                            format!("invalid --chmod={value}: an octal mode is required"),
                        ));
                    }
                },
                "parents" => flags.parents = value != "false",
                "exclude" => flags.exclude.push(value),
                "checksum" => flags.checksum = Some(value),
                _ => {}
            }
        }
        let dest_raw = word(&spec.dest)?;
        let dest = destination(&dest_raw, &st.image.config.working_dir);
        let rewrite = Rewrite {
            owner: None,
            mode: flags.chmod,
        };

        // Sources by kind: context (or stage) patterns, URLs, here-documents.
        let mut patterns = Vec::new();
        let mut urls = Vec::new();
        let mut heredocs: Vec<(String, String)> = Vec::new();
        for src in &spec.sources {
            if let Some(h) = spec.heredoc(src) {
                let body = match h.expand {
                    true => expand::heredoc(&h.body, self.df_escape(), &|n| st.var(n))
                        .map_err(|e| self.err(line, e))?,
                    false => h.body.clone(),
                };
                heredocs.push((h.name.clone(), body));
                continue;
            }
            let src = word(src)?;
            if add && remote::is_url(&src) {
                urls.push(src);
            } else if !add && remote::is_url(&src) {
                return Err(self.err(line, "COPY does not take URLs; use ADD"));
            } else {
                patterns.push(src);
            }
        }
        if flags.checksum.is_some() && urls.is_empty() {
            return Err(self.err(line, "ADD --checksum is only for http(s) sources"));
        }

        let mut key = Key::new(&st.key);
        key.add(what).add(&dest_raw).add(&dest);
        for (name, value) in &spec.flags {
            key.add(name)
                .add(value.as_deref().map(word).transpose()?.unwrap_or_default());
        }
        let mut archives = Vec::new();
        let origin = match &flags.from {
            Some(from) => {
                if add {
                    return Err(self.err(line, "ADD does not take --from"));
                }
                let (img, from_key) = self
                    .copy_from_image(from, stage_index)
                    .map_err(|e| self.err(line, format!("{e:#}")))?;
                key.add("from").add(&from_key);
                for p in &patterns {
                    key.add(p);
                }
                Origin::Image(Box::new(img))
            }
            None => {
                let mut sources = match patterns.is_empty() {
                    true => None,
                    false => Some(
                        self.ctx
                            .resolve(&patterns)
                            .map_err(|e| self.err(line, format!("{what} failed: {e}")))?,
                    ),
                };
                if let Some(s) = sources.as_mut() {
                    if flags.parents {
                        s.keep_parents();
                    }
                    s.exclude(&flags.exclude).map_err(|e| self.err(line, e))?;
                    key.add(self.ctx.checksum(s, rewrite)?);
                    if add {
                        archives = s.take_archives();
                    }
                }
                Origin::Context(sources.unwrap_or_else(Sources::empty))
            }
        };
        let mut downloads = Vec::new();
        for url in &urls {
            self.progress(&format!("--> downloading {url}"));
            let d = remote::download(
                url,
                flags.checksum.as_deref(),
                &self.store.tmp_dir(),
                MAX_DOWNLOAD,
            )
            .map_err(|e| self.err(line, format!("{e:#}")))?;
            key.add(url).add(d.checksum(rewrite)?);
            downloads.push(d);
        }
        for (name, body) in &heredocs {
            key.add(name).add(body);
        }
        let key = key.finish();
        let created_by = format!(
            "{what} {}",
            ins.text.split_once(char::is_whitespace).map_or("", |x| x.1)
        );
        if let Some(img) = self.cached(&key, &st.image) {
            return Ok((img, key));
        }
        if let Some(img) = self.cached_from_images(&key, &st.image, &created_by)? {
            return Ok((img, key));
        }
        let rec = self.step_container(
            &st.image,
            vec!["/".into()],
            Vec::new(),
            crate::spec::NetworkMode::None,
            &Default::default(),
        )?;
        let src_rec = match &origin {
            Origin::Image(img) => match self.step_container(
                img,
                vec!["/".into()],
                Vec::new(),
                crate::spec::NetworkMode::None,
                &Default::default(),
            ) {
                Ok(r) => Some(r),
                Err(e) => {
                    self.drop_container(&rec, true);
                    return Err(e);
                }
            },
            Origin::Context(_) => None,
        };
        let job = Job {
            what,
            dest: &dest,
            rewrite,
            chown: flags.chown.as_deref(),
            origin: &origin,
            patterns: &patterns,
            parents: flags.parents,
            exclude: &flags.exclude,
            downloads: &downloads,
            heredocs: &heredocs,
            archives: &archives,
            ctx: self.ctx,
        };
        let mut recs = vec![&rec];
        recs.extend(src_rec.as_ref());
        let copied = crate::runtime::cp::in_views(self.store, &recs, |roots| job.run(roots))
            .map_err(|e| self.err(line, format!("{e:#}")));
        let made =
            copied.and_then(|()| self.commit_container(&rec, &st.image, &created_by, &key, &[]));
        self.drop_container(&rec, made.is_ok());
        if let Some(r) = &src_rec {
            self.drop_container(r, true);
        }
        let img = made?;
        self.remember(&key, &img)?;
        Ok((img, key))
    }

    fn df_escape(&self) -> char {
        self.escape()
    }
}

/// A destination made absolute against the working directory, a trailing `/` kept.
fn destination(dest: &str, workdir: &str) -> String {
    let joined = match dest.starts_with('/') {
        true => dest.to_string(),
        false => format!("{}/{dest}", if workdir.is_empty() { "/" } else { workdir }),
    };
    let mut cleaned = clean_abs(&joined);
    let dir_hint = dest.ends_with('/') || dest.ends_with("/.") || dest == "." || dest == "..";
    if dir_hint && cleaned != "/" {
        cleaned.push('/');
    }
    cleaned
}

/// What the helper does, in the container's view.
struct Job<'a> {
    what: &'a str,
    dest: &'a str,
    rewrite: Rewrite,
    chown: Option<&'a str>,
    origin: &'a Origin,
    patterns: &'a [String],
    parents: bool,
    exclude: &'a [String],
    downloads: &'a [Download],
    heredocs: &'a [(String, String)],
    /// ADD: local archives, extracted at the destination.
    archives: &'a [Source],
    ctx: &'a Context,
}

impl Job<'_> {
    fn run(&self, roots: &[OwnedFd]) -> anyhow::Result<()> {
        let root = &roots[0];
        let owner = match self.chown {
            Some(spec) => Some(chown_ids(root, spec)?),
            None => None,
        };
        // A stage's files: resolved in its root, here.
        let stage_ctx;
        let stage_sources;
        let (ctx, sources_ref) = match self.origin {
            Origin::Context(s) => (self.ctx, s),
            Origin::Image(_) => {
                let src_root = roots.get(1).context("the source stage's root is missing")?;
                stage_ctx = Context::from_root(src_root.try_clone()?, Path::new("/"));
                let mut s = stage_ctx
                    .resolve(self.patterns)
                    .map_err(|e| anyhow::anyhow!("{} failed: {e}", self.what))?;
                if self.parents {
                    s.keep_parents();
                }
                s.exclude(self.exclude).map_err(anyhow::Error::msg)?;
                stage_sources = s;
                (&stage_ctx, &stage_sources)
            }
        };
        let archives = self.archives;
        let entries = sources_ref.list.len() + self.downloads.len() + self.heredocs.len();
        let single: Option<OsString> = match (entries, archives.len()) {
            (1, 0) => match (sources_ref.single_file(), self.downloads, self.heredocs) {
                (Some(s), _, _) => Some(s.name.clone()),
                (None, [d], _) => Some(d.name.clone().into()),
                (None, _, [(name, _)]) => Some(name.clone().into()),
                _ => None,
            },
            _ => None,
        };
        if entries + archives.len() > 1 && !self.dest.ends_with('/') {
            bail!(
                "When using {} with more than one source file, the destination must be a directory and end with a /",
                self.what
            );
        }
        let (dir, rename) = landing(root, self.dest, single.as_deref())?;
        let rules = |owners, rename: Option<Rename>| CopyRules {
            owners,
            overwrite: true,
            rename,
            shown_dir: PathBuf::from(self.dest),
        };
        let forced = CopyOwners::Force(owner.map_or(0, |o| o.0), owner.map_or(0, |o| o.1));
        if !sources_ref.list.is_empty() {
            let r = rules(forced, rename.clone());
            let dir = dir.try_clone()?;
            piped(dir, &r, |w| ctx.write_tar(sources_ref, self.rewrite, w))?;
        }
        for d in self.downloads {
            let r = rules(forced, rename.clone());
            piped(dir.try_clone()?, &r, |w| d.write_tar(self.rewrite, w))?;
        }
        for (name, body) in self.heredocs {
            let r = rules(forced, rename.clone());
            let mode = self.rewrite.mode.unwrap_or(0o644);
            piped(dir.try_clone()?, &r, |w| heredoc_tar(name, body, mode, w))?;
        }
        for a in archives {
            let owners = match owner {
                Some((u, g)) => CopyOwners::Force(u, g),
                None => CopyOwners::Keep,
            };
            let stream = a.archive()?;
            extract(stream, dir.try_clone()?, &rules(owners, None))
                .with_context(|| format!("extracting {}", a.path))?;
        }
        Ok(())
    }
}

/// Write a tar with `write` on a thread while it is extracted into `dir`.
fn piped(
    dir: OwnedFd,
    rules: &CopyRules,
    write: impl FnOnce(BufWriter<std::io::PipeWriter>) -> anyhow::Result<u64> + Send,
) -> anyhow::Result<()> {
    let (rx, tx) = std::io::pipe().context("creating a pipe")?;
    std::thread::scope(|s| {
        let writer = s.spawn(move || write(BufWriter::with_capacity(1 << 17, tx)));
        let extracted = extract(rx, dir, rules);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the tar writer panicked")));
        // The writer's error says why the stream ended early.
        written?;
        extracted.map(drop)
    })
}

fn extract(input: impl Read, dir: OwnedFd, rules: &CopyRules) -> anyhow::Result<u64> {
    let root = pathrs::Root::from_fd(dir);
    let input = BufReader::with_capacity(1 << 17, input);
    crate::image::unpack::unpack_copy(input, &root, &Limits::default(), rules).map_err(
        |e| match e {
            UnpackError::Unsafe { path, reason } => {
                anyhow::anyhow!("refusing the copy: entry {path:?} {reason}")
            }
            e => e.into(),
        },
    )
}

/// A one-file tar holding a here-document.
fn heredoc_tar(name: &str, body: &str, mode: u32, out: impl Write) -> anyhow::Result<u64> {
    let mut b = tar::Builder::new(out);
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Regular);
    h.set_size(body.len() as u64);
    h.set_mode(mode);
    h.set_mtime(0);
    b.append_data(&mut h, name, body.as_bytes())?;
    b.into_inner()?.flush()?;
    Ok(body.len() as u64)
}

/// The top entry's name in the stream, and the name it gets.
type Rename = (Option<OsString>, OsString);

/// The directory a copy lands in (created inside the root), and the rename of a single
/// file's entry.
fn landing(
    root: &OwnedFd,
    dest: &str,
    single: Option<&OsStr>,
) -> anyhow::Result<(OwnedFd, Option<Rename>)> {
    let resolved = follow_in_root(root, dest)?;
    let rel = resolved.as_str();
    let root = pathrs::Root::from_fd(root.try_clone()?);
    let perms = std::fs::Permissions::from_mode(0o755);
    let mkdir = |p: &str| -> anyhow::Result<OwnedFd> {
        if p.is_empty() {
            return Ok(OwnedFd::from(
                root.resolve(".").context("opening the root")?,
            ));
        }
        let h = root
            .mkdir_all(p, &perms)
            .with_context(|| format!("creating /{p}"))?;
        Ok(OwnedFd::from(h))
    };
    if let Some(name) = single
        && !dest.ends_with('/')
    {
        if let Ok(h) = root.resolve(rel) {
            let fd = OwnedFd::from(h);
            let st = rustix::fs::fstat(&fd)?;
            if rustix::fs::FileType::from_raw_mode(st.st_mode) == rustix::fs::FileType::Directory {
                return Ok((fd, None));
            }
        }
        let (parent, base) = match rel.rsplit_once('/') {
            Some((p, b)) => (p, b),
            None => ("", rel),
        };
        let dir = mkdir(parent)?;
        return Ok((dir, Some((Some(name.to_owned()), OsString::from(base)))));
    }
    Ok((mkdir(rel)?, None))
}

/// Symbolic links followed in one destination, as the kernel's limit.
const MAX_LINKS: usize = 40;

/// `path` (absolute) relative to the root with every link on it followed inside the root
/// (an absolute target starts at the root, `..` stops there), up to the first component
/// that does not exist; the components after it are taken as written. The result has no
/// link on it, so the directories it names can be made and opened without following any.
fn follow_in_root(root: &OwnedFd, path: &str) -> anyhow::Result<String> {
    use std::collections::VecDeque;
    let split = |p: &str| -> VecDeque<String> {
        p.split('/')
            .filter(|c| !c.is_empty() && *c != ".")
            .map(str::to_owned)
            .collect()
    };
    let mut done: Vec<String> = Vec::new();
    let mut todo = split(path);
    let mut links = 0;
    let mut missing = false;
    while let Some(c) = todo.pop_front() {
        if c == ".." {
            done.pop();
            continue;
        }
        done.push(c);
        if missing {
            continue;
        }
        let rel = done.join("/");
        match rustix::fs::readlinkat(root, rel.as_str(), Vec::new()) {
            Ok(target) => {
                links += 1;
                if links > MAX_LINKS {
                    bail!("{path}: too many levels of symbolic links");
                }
                done.pop();
                let target = target.to_string_lossy().into_owned();
                if target.starts_with('/') {
                    done.clear();
                }
                let mut next = split(&target);
                next.extend(todo);
                todo = next;
            }
            Err(rustix::io::Errno::INVAL) => {}
            Err(rustix::io::Errno::NOENT) => missing = true,
            Err(rustix::io::Errno::NOTDIR) => bail!("{path}: not a directory"),
            Err(e) => bail!("{path}: {e}"),
        }
    }
    Ok(done.join("/"))
}

/// `--chown=USER[:GROUP]`: numbers as they are, names looked up in the image.
fn chown_ids(root: &OwnedFd, spec: &str) -> anyhow::Result<(u32, u32)> {
    let (user, group) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let lookup = |file: &str, name: &str| -> anyhow::Result<(u32, u32)> {
        if let Ok(n) = name.parse::<u32>() {
            return Ok((n, n));
        }
        let text = read_in_image(root, file)?;
        text.lines()
            .find_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                (f.first() == Some(&name) && f.len() > 3).then(|| {
                    let id = f[2].parse().ok()?;
                    let gid = f[3].parse().unwrap_or(id);
                    Some((id, gid))
                })?
            })
            .with_context(|| format!("unable to convert {spec:?}: no such name {name:?} in {file}"))
    };
    let (uid, primary) = lookup("/etc/passwd", user)?;
    let gid = match group {
        Some(g) => lookup("/etc/group", g)?.0,
        None if user.parse::<u32>().is_ok() => uid,
        None => primary,
    };
    Ok((uid, gid))
}

/// A small text file of the image, read inside its root.
fn read_in_image(root: &OwnedFd, path: &str) -> anyhow::Result<String> {
    let root = pathrs::Root::from_fd(root.try_clone()?);
    let handle = root
        .resolve(path)
        .with_context(|| format!("opening {path}"))?;
    let file = handle
        .reopen(pathrs::flags::OpenFlags::O_RDONLY)
        .with_context(|| format!("opening {path}"))?;
    let mut text = String::new();
    file.take(4 << 20).read_to_string(&mut text)?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_on_a_destination_are_followed_inside_the_root() {
        let t = tempfile::tempdir().unwrap();
        let r = t.path();
        std::fs::create_dir_all(r.join("real/sub")).unwrap();
        std::os::unix::fs::symlink("/real", r.join("abs")).unwrap();
        std::os::unix::fs::symlink("../../../../real/sub", r.join("real/up")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd-elsewhere", r.join("out")).unwrap();
        std::os::unix::fs::symlink("loop", r.join("loop")).unwrap();
        let root = rustix::fs::open(
            r,
            rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY,
            rustix::fs::Mode::empty(),
        )
        .unwrap();
        assert_eq!(follow_in_root(&root, "/abs/x/y").unwrap(), "real/x/y");
        assert_eq!(follow_in_root(&root, "/real/up/z").unwrap(), "real/sub/z");
        assert_eq!(
            follow_in_root(&root, "/out/new").unwrap(),
            "etc/passwd-elsewhere/new"
        );
        assert_eq!(
            follow_in_root(&root, "/../../real/./sub/").unwrap(),
            "real/sub"
        );
        assert!(follow_in_root(&root, "/loop/x").is_err());
    }

    #[test]
    fn destinations_follow_the_workdir_and_keep_the_slash() {
        assert_eq!(destination("app/", "/srv"), "/srv/app/");
        assert_eq!(destination("x", ""), "/x");
        assert_eq!(destination(".", "/w"), "/w/");
        assert_eq!(destination("/../../etc/", "/"), "/etc/");
        assert_eq!(destination("/a/b", "/w"), "/a/b");
    }
}

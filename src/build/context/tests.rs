use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;

use super::*;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

fn open_dir(dir: &Path) -> Context {
    let opts = Options {
        context: dir.to_str().unwrap(),
        file: None,
        tmp_dir: &std::env::temp_dir(),
    };
    open(&opts, std::io::empty()).unwrap()
}

fn pats(p: &[&str]) -> Vec<String> {
    p.iter().map(|s| s.to_string()).collect()
}

/// (name, type, mode, uid, gid, link target or content) of every entry, in stream order.
fn entries(tar: &[u8]) -> Vec<(String, char, u32, u64, u64, String)> {
    let mut a = tar::Archive::new(tar);
    a.entries()
        .unwrap()
        .map(|e| {
            let mut e = e.unwrap();
            let h = e.header().clone();
            let mut body = String::new();
            std::io::Read::read_to_string(&mut e, &mut body).unwrap();
            if let Some(l) = h.link_name().unwrap() {
                body = l.to_string_lossy().into_owned();
            }
            let kind = match h.entry_type() {
                tar::EntryType::Directory => 'd',
                tar::EntryType::Symlink => 'l',
                tar::EntryType::Regular => 'f',
                _ => '?',
            };
            (
                e.path().unwrap().to_string_lossy().into_owned(),
                kind,
                h.mode().unwrap(),
                h.uid().unwrap(),
                h.gid().unwrap(),
                body,
            )
        })
        .collect()
}

fn names(ctx: &Context, patterns: &[&str]) -> Vec<String> {
    let src = ctx.resolve(&pats(patterns)).unwrap();
    let mut tar = Vec::new();
    ctx.write_tar(&src, Rewrite::default(), &mut tar).unwrap();
    entries(&tar).into_iter().map(|e| e.0).collect()
}

#[test]
fn finds_the_dockerfile() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let opts = |file| Options {
        context: d.to_str().unwrap(),
        file,
        tmp_dir: d,
    };
    let e = open(&opts(None), std::io::empty()).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("no Containerfile or Dockerfile found in the build context"),
        "{e}"
    );
    write(d, "Dockerfile", "FROM d\n");
    assert_eq!(open_dir(d).dockerfile().text, "FROM d\n");
    write(d, "Containerfile", "FROM c\n");
    let ctx = open_dir(d);
    assert_eq!(ctx.dockerfile().text, "FROM c\n");
    assert_eq!(ctx.dockerfile().shown, "Containerfile");

    // -f is a host path; -f - reads stdin.
    let other = tmp.path().join("other.df");
    fs::write(&other, "FROM o\n").unwrap();
    let ctx = open(&opts(Some(other.to_str().unwrap())), std::io::empty()).unwrap();
    assert_eq!(ctx.dockerfile().text, "FROM o\n");
    let ctx = open(&opts(Some("-")), &b"FROM stdin\n"[..]).unwrap();
    assert_eq!(ctx.dockerfile().text, "FROM stdin\n");
    let e = open(&opts(Some("/nonexistent/df")), std::io::empty()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the Dockerfile /nonexistent/df: no such file or directory"
    );

    // Not a regular file, or too big: one line, never a hang.
    fs::remove_file(d.join("Containerfile")).unwrap();
    nix::unistd::mkfifo(&d.join("Containerfile"), nix::sys::stat::Mode::S_IRWXU).unwrap();
    let e = open(&opts(None), std::io::empty()).unwrap_err();
    assert_eq!(e.to_string(), "Containerfile is not a regular file");
    let big = d.join("big");
    fs::File::create(&big)
        .unwrap()
        .set_len(MAX_DOCKERFILE + 1)
        .unwrap();
    let e = open(&opts(Some(big.to_str().unwrap())), std::io::empty()).unwrap_err();
    assert!(e.to_string().contains("larger than 16 MiB"), "{e}");

    let e = Options {
        context: "-",
        file: Some("-"),
        tmp_dir: d,
    };
    assert!(open(&e, std::io::empty()).is_err());
    let e = Options {
        context: "/nonexistent/ctx",
        file: None,
        tmp_dir: d,
    };
    let e = open(&e, std::io::empty()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "unable to prepare context: path \"/nonexistent/ctx\" not found"
    );
}

#[test]
fn stdin_holds_a_dockerfile_or_a_tar() {
    let tmp = tempfile::tempdir().unwrap();
    let opts = Options {
        context: "-",
        file: None,
        tmp_dir: tmp.path(),
    };
    let ctx = open(&opts, &b"FROM scratch\nCOPY . /\n"[..]).unwrap();
    assert_eq!(ctx.dockerfile().text, "FROM scratch\nCOPY . /\n");
    assert_eq!(ctx.dockerfile().shown, "-");
    assert!(names(&ctx, &["."]).is_empty(), "the context is empty");

    // A gzip tar on stdin: unpacked in a private directory, removed on drop.
    let src = tmp.path().join("src");
    write(&src, "Dockerfile", "FROM tar\n");
    write(&src, "app/main.sh", "echo hi\n");
    let mut tar = Vec::new();
    crate::image::tarball::write_tree(&src, &mut tar).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, &tar).unwrap();
    let gz = gz.finish().unwrap();
    let ctx = open(&opts, &gz[..]).unwrap();
    assert_eq!(ctx.dockerfile().text, "FROM tar\n");
    let dir = ctx.dir().to_path_buf();
    assert!(dir.starts_with(tmp.path()));
    assert_eq!(names(&ctx, &["app"]), ["main.sh"]);
    drop(ctx);
    assert!(!dir.exists());

    // The same as a file, with -f naming a file inside the archive.
    fs::rename(src.join("Dockerfile"), src.join("app/build.df")).unwrap();
    let mut tar = Vec::new();
    crate::image::tarball::write_tree(&src, &mut tar).unwrap();
    let file = tmp.path().join("ctx.tar");
    fs::write(&file, &tar).unwrap();
    let ctx = open(
        &Options {
            context: file.to_str().unwrap(),
            file: Some("app/build.df"),
            tmp_dir: tmp.path(),
        },
        std::io::empty(),
    )
    .unwrap();
    assert_eq!(ctx.dockerfile().text, "FROM tar\n");

    // A hostile tar is refused by the unpacker.
    let mut evil = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_gnu();
    h.set_size(1);
    h.set_mode(0o644);
    h.set_entry_type(tar::EntryType::Regular);
    h.as_gnu_mut().unwrap().name[..9].copy_from_slice(b"../escape");
    h.set_cksum();
    evil.append(&h, &b"x"[..]).unwrap();
    let evil = evil.into_inner().unwrap();
    let e = open(&opts, &evil[..]).unwrap_err();
    assert!(format!("{e:#}").contains(".."), "{e:#}");
    assert!(!tmp.path().parent().unwrap().join("escape").exists());
}

#[test]
fn ignore_files_hide_paths() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "Dockerfile", "FROM x\n");
    write(d, "a.txt", "a");
    write(d, "secret.key", "k");
    write(d, "build/out.o", "o");
    write(d, "build/keep/me", "m");
    write(d, "build/keep/not.tmp", "t");
    write(
        d,
        ".dockerignore",
        "*.key\nbuild\n!build/keep\n**/*.tmp\nDockerfile\n",
    );
    let ctx = open_dir(d);
    assert_eq!(ctx.dockerfile().text, "FROM x\n", "read although excluded");
    // The excluded directory is written because something below it is, just before it.
    assert_eq!(
        names(&ctx, &["."]),
        [
            ".dockerignore",
            "a.txt",
            "build",
            "build/keep",
            "build/keep/me"
        ]
    );
    let e = ctx.resolve(&pats(&["secret.key"])).unwrap_err();
    assert_eq!(
        e.to_string(),
        "file not found in build context or excluded by .dockerignore: stat secret.key: file does not exist"
    );
    assert!(ctx.resolve(&pats(&["build/out.o"])).is_err());
    assert_eq!(names(&ctx, &["build/keep"]), ["me"]);
    assert_eq!(names(&ctx, &["build"]), ["keep", "keep/me"]);
    assert!(matches!(
        ctx.resolve(&pats(&["*.key"])),
        Err(sources::SourceError::NoMatch)
    ));

    // The Dockerfile's own ignore file wins over the context's.
    write(d, "Dockerfile.dockerignore", "a.txt\n");
    let ctx = open_dir(d);
    assert!(ctx.resolve(&pats(&["a.txt"])).is_err());
    assert!(ctx.resolve(&pats(&["secret.key"])).is_ok());
    // .containerignore comes before .dockerignore.
    fs::remove_file(d.join("Dockerfile.dockerignore")).unwrap();
    write(d, ".containerignore", "a.txt\n");
    let ctx = open_dir(d);
    assert!(ctx.resolve(&pats(&["a.txt"])).is_err());
    assert!(ctx.resolve(&pats(&["secret.key"])).is_ok());
    write(d, ".containerignore", "!\n");
    let e = open(
        &Options {
            context: d.to_str().unwrap(),
            file: None,
            tmp_dir: d,
        },
        std::io::empty(),
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        ".containerignore: illegal exclusion pattern: \"!\""
    );
}

#[test]
fn sources_resolve_inside_the_root() {
    let tmp = tempfile::tempdir().unwrap();
    let outside = tmp.path().join("outside");
    write(&outside, "secret", "host secret");
    let d = &tmp.path().join("ctx");
    write(d, "Dockerfile", "FROM x\n");
    write(d, "src/b.rs", "b");
    write(d, "src/a.rs", "a");
    write(d, "src/sub/c.rs", "c");
    write(d, "etc/passwd", "context passwd");
    symlink(outside.join("secret"), d.join("abs-out")).unwrap();
    symlink("../outside/secret", d.join("rel-out")).unwrap();
    symlink("/etc/passwd", d.join("pw")).unwrap();
    symlink("src", d.join("srclink")).unwrap();
    symlink("../../../../etc", d.join("src/up")).unwrap();
    let ctx = open_dir(d);

    assert_eq!(names(&ctx, &["src/*.rs"]), ["a.rs", "b.rs"]);
    assert_eq!(
        names(&ctx, &["../../src/a.rs"]),
        ["a.rs"],
        "`..` stops at the root"
    );
    assert_eq!(
        names(&ctx, &["s?c/[ab].rs", "src/sub"]),
        ["a.rs", "b.rs", "c.rs"]
    );
    assert!(matches!(
        ctx.resolve(&pats(&["*.none"])),
        Err(sources::SourceError::NoMatch)
    ));
    write(d, "arr[0].txt", "0");
    assert_eq!(names(&ctx, &["arr\\[0\\].txt"]), ["arr[0].txt"]);
    // Unescaped, the brackets are a class: `arr0.txt`, which is not there.
    assert!(matches!(
        ctx.resolve(&pats(&["arr[0].txt"])),
        Err(sources::SourceError::NoMatch)
    ));

    // A top-level link is followed, inside the context: /etc/passwd is the context's.
    let src = ctx.resolve(&pats(&["pw"])).unwrap();
    let mut tar = Vec::new();
    ctx.write_tar(&src, Rewrite::default(), &mut tar).unwrap();
    let e = entries(&tar);
    assert_eq!((e[0].0.as_str(), e[0].5.as_str()), ("pw", "context passwd"));
    assert_eq!(names(&ctx, &["src/up/passwd"]), ["passwd"]);
    // Links out of the context lead nowhere (the host's files are never reached).
    for p in ["abs-out", "rel-out"] {
        assert!(ctx.resolve(&pats(&[p])).is_err(), "{p}");
    }
    // Under a copied directory a link is a link.
    let src = ctx.resolve(&pats(&["."])).unwrap();
    let mut tar = Vec::new();
    ctx.write_tar(&src, Rewrite::default(), &mut tar).unwrap();
    let e = entries(&tar);
    let abs = e.iter().find(|e| e.0 == "abs-out").unwrap();
    assert_eq!(abs.1, 'l');
    assert_eq!(abs.5, outside.join("secret").to_str().unwrap());
    assert!(!e.iter().any(|e| e.5 == "host secret"));
    // A link to a directory as the source: its contents.
    assert_eq!(
        names(&ctx, &["srclink"]),
        ["a.rs", "b.rs", "sub", "sub/c.rs", "up"]
    );
    // Byte order throughout, each directory before what it holds.
    let all: Vec<_> = e.iter().map(|e| e.0.clone()).collect();
    assert_eq!(
        all,
        [
            "Dockerfile",
            "abs-out",
            "arr[0].txt",
            "etc",
            "etc/passwd",
            "pw",
            "rel-out",
            "src",
            "src/a.rs",
            "src/b.rs",
            "src/sub",
            "src/sub/c.rs",
            "src/up",
            "srclink"
        ]
    );
    assert!(
        ctx.resolve(&pats(&["src"]))
            .unwrap()
            .single_file()
            .is_none()
    );
    assert!(ctx.resolve(&pats(&["pw"])).unwrap().single_file().is_some());
}

#[test]
fn rewrite_sets_owner_and_mode() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "Dockerfile", "FROM x\n");
    write(d, "dir/f", "f");
    symlink("f", d.join("dir/l")).unwrap();
    let ctx = open_dir(d);
    let src = ctx.resolve(&pats(&["dir"])).unwrap();
    let rw = Rewrite {
        owner: Some((1234, 5678)),
        mode: Some(0o640),
    };
    let mut tar = Vec::new();
    ctx.write_tar(&src, rw, &mut tar).unwrap();
    let e = entries(&tar);
    assert_eq!(e[0], ("f".into(), 'f', 0o640, 1234, 5678, "f".into()));
    assert_eq!((e[1].1, e[1].3, e[1].5.as_str()), ('l', 1234, "f"));
    assert_ne!(e[1].2, 0o640, "a link keeps its own mode");
}

#[test]
fn checksum_follows_content_not_times() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "Dockerfile", "FROM x\n");
    write(d, "app/a", "aaaa");
    write(d, "app/b", "bbbb");
    let ctx = open_dir(d);
    let key = |rw| {
        let src = ctx.resolve(&pats(&["app"])).unwrap();
        ctx.checksum(&src, rw).unwrap()
    };
    let base = key(Rewrite::default());
    assert!(base.starts_with("sha256:") && base.len() == 71, "{base}");
    assert_eq!(key(Rewrite::default()), base, "stable");

    // Touched: same key.
    let t = rustix::fs::Timestamps {
        last_access: rustix::fs::Timespec {
            tv_sec: 1,
            tv_nsec: 0,
        },
        last_modification: rustix::fs::Timespec {
            tv_sec: 1,
            tv_nsec: 0,
        },
    };
    rustix::fs::utimensat(
        rustix::fs::CWD,
        d.join("app/a"),
        &t,
        rustix::fs::AtFlags::empty(),
    )
    .unwrap();
    assert_eq!(key(Rewrite::default()), base);

    // One byte, the mode, the owner written, a new file: new keys.
    write(d, "app/a", "aaab");
    let changed = key(Rewrite::default());
    assert_ne!(changed, base);
    write(d, "app/a", "aaaa");
    assert_eq!(key(Rewrite::default()), base);
    fs::set_permissions(d.join("app/a"), fs::Permissions::from_mode(0o600)).unwrap();
    assert_ne!(key(Rewrite::default()), base);
    let chowned = key(Rewrite {
        owner: Some((1, 1)),
        mode: None,
    });
    assert_ne!(chowned, key(Rewrite::default()));
    write(d, "app/c", "");
    assert_ne!(key(Rewrite::default()), base);
}

#[test]
fn stat_cache_spares_unchanged_files() {
    let tmp = tempfile::tempdir().unwrap();
    let d = &tmp.path().join("ctx");
    write(d, "Dockerfile", "FROM x\n");
    for i in 0..20 {
        write(d, &format!("app/f{i}"), &format!("content {i}"));
    }
    // Older than the window in which a change is too recent to trust.
    std::thread::sleep(std::time::Duration::from_millis(120));
    let cache = tmp.path().join("store/build-stat-cache");
    let key = || {
        let mut ctx = open_dir(d);
        ctx.use_stat_cache(&cache);
        let src = ctx.resolve(&pats(&["app"])).unwrap();
        let key = ctx.checksum(&src, Rewrite::default()).unwrap();
        (key, ctx.hash_counts())
    };
    let (first, counts) = key();
    assert_eq!(counts, (0, 20));
    assert!(cache.exists(), "saved on drop");
    let (again, counts) = key();
    assert_eq!((again.as_str(), counts), (first.as_str(), (20, 0)));

    write(d, "app/f3", "changed!!");
    let (changed, counts) = key();
    assert_ne!(changed, first);
    assert_eq!(counts, (19, 1));

    // A corrupt cache costs a full hash, not a wrong key.
    std::fs::write(&cache, "berth-build-stat-cache 1\nnonsense\n").unwrap();
    let (after, counts) = key();
    assert_eq!((after.as_str(), counts), (changed.as_str(), (0, 20)));
}

#[test]
fn add_finds_archives_by_content() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "Dockerfile", "FROM x\n");
    write(d, "tree/sub/file", "in the archive");
    let mut tar = Vec::new();
    crate::image::tarball::write_tree(&d.join("tree"), &mut tar).unwrap();
    fs::write(d.join("plain.bin"), &tar).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, &tar).unwrap();
    fs::write(d.join("a.tgz.renamed"), gz.finish().unwrap()).unwrap();
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
    std::io::Write::write_all(&mut bz, &tar).unwrap();
    fs::write(d.join("a.tbz"), bz.finish().unwrap()).unwrap();
    let mut xz = lzma_rust2::XzWriter::new(Vec::new(), lzma_rust2::XzOptions::default()).unwrap();
    std::io::Write::write_all(&mut xz, &tar).unwrap();
    fs::write(d.join("a.txz"), xz.finish().unwrap()).unwrap();
    fs::write(d.join("a.zst"), zstd::encode_all(&tar[..], 1).unwrap()).unwrap();
    write(d, "not.tar.gz", "just text");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, b"compressed, but no tar in it").unwrap();
    fs::write(d.join("notes.txt.gz"), gz.finish().unwrap()).unwrap();
    fs::write(d.join("broken.gz"), [0x1f, 0x8b, 0, 1, 2]).unwrap();
    // An old tar without the ustar magic is still a tar.
    let mut v7 = tar::Header::new_old();
    v7.set_path("old").unwrap();
    v7.set_size(0);
    v7.set_mode(0o644);
    v7.set_cksum();
    let mut old = v7.as_bytes().to_vec();
    old.extend_from_slice(&[0; 1024]);
    fs::write(d.join("v7.tar"), old).unwrap();
    let ctx = open_dir(d);
    let src = ctx.resolve(&pats(&["v7.tar"])).unwrap();
    assert!(src.list[0].is_archive());
    for name in ["plain.bin", "a.tgz.renamed", "a.tbz", "a.txz", "a.zst"] {
        let src = ctx.resolve(&pats(&[name])).unwrap();
        let one = src.single_file().unwrap();
        assert!(one.is_archive(), "{name}");
        let out = tmp.path().join(format!("out-{name}"));
        fs::create_dir(&out).unwrap();
        let root = pathrs::Root::open(&out).unwrap();
        let rules = crate::image::unpack::CopyRules {
            owners: crate::image::unpack::CopyOwners::Caller,
            overwrite: true,
            rename: None,
            shown_dir: "/".into(),
        };
        let limits = crate::image::unpack::Limits::default();
        crate::image::unpack::unpack_copy(one.archive().unwrap(), &root, &limits, &rules).unwrap();
        assert_eq!(
            fs::read_to_string(out.join("sub/file")).unwrap(),
            "in the archive"
        );
    }
    for name in [
        "not.tar.gz",
        "notes.txt.gz",
        "broken.gz",
        "tree",
        "Dockerfile",
    ] {
        let src = ctx.resolve(&pats(&[name])).unwrap();
        assert!(!src.list[0].is_archive(), "{name}");
    }
}

#[test]
fn deep_trees_fail_cleanly() {
    // On tmpfs where there is one: releasing thousands of directories is slow on a disk.
    let tmp = tempfile::tempdir_in("/dev/shm").unwrap_or_else(|_| tempfile::tempdir().unwrap());
    let d = tmp.path();
    write(d, "Dockerfile", "FROM x\n");
    // Built with *at calls: the full path is longer than the kernel takes at once.
    let mut fd = rustix::fs::open(d, OFlags::PATH | OFlags::DIRECTORY, Mode::empty()).unwrap();
    for _ in 0..600 {
        rustix::fs::mkdirat(&fd, "d", Mode::from_raw_mode(0o755)).unwrap();
        fd = rustix::fs::openat(&fd, "d", OFlags::PATH | OFlags::DIRECTORY, Mode::empty()).unwrap();
    }
    drop(fd);
    let ctx = open_dir(d);
    let src = ctx.resolve(&pats(&["d"])).unwrap();
    let e = ctx.checksum(&src, Rewrite::default()).unwrap_err();
    assert!(format!("{e:#}").contains("more than 512 levels"), "{e:#}");
    let e = ctx
        .write_tar(&src, Rewrite::default(), std::io::sink())
        .unwrap_err();
    assert!(format!("{e:#}").contains("more than 512 levels"), "{e:#}");
}

/// Stages built in parallel share one context.
#[test]
fn context_is_shared_across_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Context>();
    shareable::<Sources>();
}

#[test]
fn copy_exclude_flag() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "Dockerfile", "FROM x\n");
    write(d, "app/a.txt", "a");
    write(d, "app/b.rs", "b");
    write(d, "app/sub/c.txt", "c");
    write(d, "app/sub/keep.txt", "k");
    write(d, "home.txt", "h");
    write(d, "homer.rs", "r");
    let ctx = open_dir(d);
    let with = |patterns: &[&str], excl: &[&str]| {
        let mut src = ctx.resolve(&pats(patterns)).unwrap();
        src.exclude(&pats(excl)).unwrap();
        let mut tar = Vec::new();
        ctx.write_tar(&src, Rewrite::default(), &mut tar).unwrap();
        let key = ctx.checksum(&src, Rewrite::default()).unwrap();
        let names: Vec<String> = entries(&tar).into_iter().map(|e| e.0).collect();
        (names, key)
    };
    assert_eq!(with(&["hom*"], &["*.txt"]).0, ["homer.rs"]);
    assert_eq!(
        with(&["app"], &["*.txt"]).0,
        ["b.rs", "sub", "sub/c.txt", "sub/keep.txt"]
    );
    assert_eq!(
        with(&["app"], &["**/*.txt", "!sub/keep.txt"]).0,
        ["b.rs", "sub", "sub/keep.txt"]
    );
    assert_eq!(
        with(&["app"], &["sub", "!sub/keep.txt"]).0,
        ["a.txt", "b.rs", "sub", "sub/keep.txt"]
    );
    assert_ne!(with(&["app"], &[]).1, with(&["app"], &["sub"]).1);
}

#[test]
fn a_tar_context_is_removed_whatever_its_modes() {
    let tmp = tempfile::tempdir().unwrap();
    let mut b = tar::Builder::new(Vec::new());
    let entries = [
        ("locked", tar::EntryType::Directory, 0o700),
        ("locked/inner", tar::EntryType::Directory, 0o000),
        ("locked/inner/f", tar::EntryType::Regular, 0o000),
        ("locked2", tar::EntryType::Directory, 0o500),
    ];
    for (name, kind, mode) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(mode);
        let body: &[u8] = if kind == tar::EntryType::Regular {
            b"x"
        } else {
            b""
        };
        h.set_size(body.len() as u64);
        b.append_data(&mut h, name, body).unwrap();
    }
    let mut tar = b.into_inner().unwrap();
    tar.extend_from_slice(&[0u8; 1024]);
    let opts = Options {
        context: "-",
        file: None,
        tmp_dir: tmp.path(),
    };
    let ctx = open(&opts, &tar[..]).unwrap_err();
    // No Dockerfile in it: the error comes after unpacking, and nothing is left behind.
    assert!(
        ctx.to_string().contains("no Containerfile or Dockerfile"),
        "{ctx}"
    );
    assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 0);
}

#[test]
fn copy_parents_flag() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "Dockerfile", "FROM x\n");
    write(d, "src/dir1/a.go", "a");
    write(d, "src/dir1/a.py", "p");
    write(d, "src/dir2/sub/b.go", "b");
    write(d, "src/dir2/sub/c.js", "c");
    let ctx = open_dir(d);
    let with = |patterns: &[&str]| {
        let mut src = ctx.resolve(&pats(patterns)).unwrap();
        src.keep_parents();
        assert!(src.single_file().is_none());
        let mut tar = Vec::new();
        ctx.write_tar(&src, Rewrite::default(), &mut tar).unwrap();
        entries(&tar).into_iter().map(|e| e.0).collect::<Vec<_>>()
    };
    assert_eq!(
        with(&["src/*/*.go", "./src/*/*/*.go"]),
        [
            "src",
            "src/dir1",
            "src/dir1/a.go",
            "src/dir2",
            "src/dir2/sub",
            "src/dir2/sub/b.go"
        ]
    );
    assert_eq!(
        with(&["src/dir2"]),
        [
            "src",
            "src/dir2",
            "src/dir2/sub",
            "src/dir2/sub/b.go",
            "src/dir2/sub/c.js"
        ]
    );
    assert_eq!(
        with(&["."]),
        [
            "Dockerfile",
            "src",
            "src/dir1",
            "src/dir1/a.go",
            "src/dir1/a.py",
            "src/dir2",
            "src/dir2/sub",
            "src/dir2/sub/b.go",
            "src/dir2/sub/c.js"
        ],
        "the root: its contents, as without the flag"
    );
}

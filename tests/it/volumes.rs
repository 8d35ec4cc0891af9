//! Volumes: `volume create|ls|inspect|rm|prune|exists|export|import`, `-v NAME:/p` made on
//! first use, anonymous volumes (`-v /p`, image VOLUMEs) removed by `rm -v` and `run --rm`,
//! copy-up from the image, `:nocopy`, `--mount`, `--volumes-from`, the backup/restore
//! recipe, hostile names; root and rootless.

use crate::common::*;

/// An image `vimg` whose /data holds `f` (owned 5:6, mode 640), `sub/g` and a symlink
/// to /etc/shadow, and which declares `VOLUME /data`.
fn image_with_volume(env: &TestEnv) {
    data_image(
        env,
        "vimg",
        "mkdir -p /data/sub && echo hi > /data/f && chown 5:6 /data/f && chmod 640 /data/f \
         && echo g > /data/sub/g && ln -s /etc/shadow /data/link",
    );
}

/// The image `name`: busybox after `script`, declaring `VOLUME /data`.
pub fn data_image(env: &TestEnv, name: &str, script: &str) {
    env.berth(&["run", "--name", "mk", "bb", "sh", "-c", script])
        .success();
    env.berth(&["commit", "-c", "VOLUME /data", "mk", name])
        .success();
    env.berth(&["rm", "mk"]).success();
}

fn volume_names(env: &TestEnv) -> Vec<String> {
    env.berth(&["volume", "ls", "-q"]).success().stdout_lines()
}

#[test]
fn create_list_inspect_remove() {
    for env in TestEnv::all() {
        let name = env
            .berth(&["volume", "create", "--label", "tier=db", "data"])
            .success()
            .stdout();
        assert_eq!(name.trim(), "data");
        // docker answers an existing name with that volume.
        env.berth(&["volume", "create", "data"]).success();
        let generated = env.berth(&["volume", "create"]).success().stdout();
        assert_eq!(generated.trim().len(), 64, "{generated}");
        let ls = env.berth(&["volume", "ls"]).success().stdout();
        assert!(ls.starts_with("DRIVER"), "{ls}");
        assert!(ls.contains("local     data"), "{ls}");
        let only = env
            .berth(&["volume", "ls", "-q", "--filter", "label=tier=db"])
            .success()
            .stdout_lines();
        assert_eq!(only, ["data"]);
        let fmt = env
            .berth(&[
                "volume",
                "ls",
                "--format",
                "{{.Name}} {{.Driver}} {{.Scope}}",
                "-f",
                "name=dat",
            ])
            .success()
            .stdout_lines();
        assert_eq!(fmt, ["data local local"]);
        let inspect = env.berth(&["volume", "inspect", "data"]).success().stdout();
        let v: serde_json::Value = serde_json::from_str(&inspect).unwrap();
        assert_eq!(v[0]["Name"], "data");
        assert_eq!(v[0]["Driver"], "local");
        assert_eq!(v[0]["Scope"], "local");
        assert_eq!(v[0]["Labels"]["tier"], "db");
        let mountpoint = v[0]["Mountpoint"].as_str().unwrap().to_owned();
        assert!(std::path::Path::new(&mountpoint).is_dir(), "{mountpoint}");
        assert!(v[0]["CreatedAt"].as_str().unwrap().ends_with('Z'));
        let f = env
            .berth(&[
                "volume",
                "inspect",
                "-f",
                "{{.Name}}={{.Mountpoint}}",
                "data",
            ])
            .success()
            .stdout();
        assert_eq!(f.trim(), format!("data={mountpoint}"));
        env.berth(&["volume", "exists", "data"]).success();
        for args in [
            &["inspect", "data"][..],
            &["inspect", "--type", "volume", "data"],
        ] {
            let v: serde_json::Value =
                serde_json::from_str(&env.berth(args).success().stdout()).unwrap();
            assert_eq!(v[0]["Mountpoint"], mountpoint.as_str());
        }
        env.berth(&["volume", "exists", "nope"]).failure_code(1);
        env.berth(&["volume", "inspect", "nope"])
            .run()
            .berth_error();
        env.berth(&["volume", "rm", "data", generated.trim()])
            .success();
        assert!(volume_names(&env).is_empty());
        env.berth(&["volume", "rm", "data"]).run().berth_error();
    }
}

#[test]
fn hostile_names_touch_nothing() {
    for env in TestEnv::all() {
        for bad in [
            "../escape",
            "a/b",
            "..",
            ".",
            "-x",
            "a\u{1}b",
            "/abs",
            "x y",
        ] {
            env.berth(&["volume", "create", bad]).run().berth_error();
            env.berth(&["volume", "rm", bad]).run().berth_error();
            env.berth(&["volume", "inspect", bad]).run().berth_error();
            if !bad.starts_with('/') {
                env.berth(&["run", "--rm", "-v", &format!("{bad}:/d"), "x", "true"])
                    .run()
                    .berth_error();
            }
            env.berth(&[
                "run",
                "--rm",
                "--mount",
                &format!("type=volume,src={bad},dst=/d"),
                "x",
                "true",
            ])
            .run()
            .berth_error();
        }
        assert!(!env.root().join("escape").exists());
        assert!(!env.dir().join("escape").exists());
        assert!(!env.root().join("volumes").exists());
    }
}

#[test]
fn named_volume_is_made_on_first_use_and_filled_from_the_image() {
    for env in TestEnv::all_with_busybox() {
        image_with_volume(&env);
        let out = env
            .berth(&["run", "--rm", "-v", "named:/data", "vimg", "sh", "-c",
                "stat -c '%u:%g %a' /data/f; cat /data/sub/g; readlink /data/link; echo new > /data/n"])
            .success()
            .stdout_lines();
        assert_eq!(out, ["5:6 640", "g", "/etc/shadow"]);
        // The volume stays with what the container wrote, and is not filled again.
        let out = env
            .berth(&[
                "run",
                "--rm",
                "-v",
                "named:/data",
                "vimg",
                "sh",
                "-c",
                "rm /data/f; ls /data",
            ])
            .success()
            .stdout_lines();
        assert_eq!(out, ["link", "n", "sub"]);
        let out = env
            .berth(&["run", "--rm", "-v", "named:/data", "vimg", "ls", "/data"])
            .success()
            .stdout_lines();
        assert_eq!(out, ["link", "n", "sub"]);
        assert_eq!(volume_names(&env), ["named"]);
        // nocopy leaves a new volume empty.
        for flags in [
            ["-v", "empty:/data:nocopy"],
            ["--mount", "src=empty2,dst=/data,volume-nocopy"],
        ] {
            let args = [&["run", "--rm"][..], &flags, &["vimg", "ls", "-A", "/data"]].concat();
            assert_eq!(env.berth(&args).success().stdout(), "");
        }
    }
}

#[test]
fn anonymous_volumes_go_with_rm_v_and_run_rm_never_named_ones() {
    for env in TestEnv::all_with_busybox() {
        image_with_volume(&env);
        // The image's VOLUME gets an anonymous volume filled from the image.
        env.berth(&[
            "run",
            "--name",
            "c1",
            "-v",
            "/anon",
            "-v",
            "keep:/keep",
            "vimg",
            "sh",
            "-c",
            "cat /data/f && echo x > /anon/y",
        ])
        .success()
        .stdout_contains("hi");
        let vols = volume_names(&env);
        assert_eq!(vols.len(), 3, "{vols:?}");
        let inspect = env
            .berth(&[
                "inspect",
                "-f",
                "{{range .Mounts}}{{.Type}} {{.Destination}};{{end}}",
                "c1",
            ])
            .success()
            .stdout();
        assert!(
            inspect.contains("volume /data") && inspect.contains("volume /anon"),
            "{inspect}"
        );
        // Data survives the container's stop.
        env.berth(&["rm", "c1"]).success();
        assert_eq!(volume_names(&env).len(), 3);
        env.berth(&["run", "--name", "c2", "-v", "keep:/keep", "vimg", "true"])
            .success();
        assert_eq!(volume_names(&env).len(), 4);
        env.berth(&["rm", "-v", "c2"]).success();
        let left = volume_names(&env);
        assert_eq!(left.len(), 3, "{left:?}");
        assert!(left.contains(&"keep".to_owned()));
        env.berth(&[
            "run",
            "--rm",
            "-v",
            "/x",
            "-v",
            "keep:/keep",
            "vimg",
            "true",
        ])
        .success();
        // --rm removes in the background; wait for it.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while volume_names(&env).len() != 3 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert_eq!(volume_names(&env).len(), 3);
        assert!(volume_names(&env).contains(&"keep".to_owned()));
        // In use: refused; prune keeps named and used ones unless -a.
        env.berth(&["create", "--name", "user", "-v", "keep:/keep", "bb", "true"])
            .success();
        env.berth(&["volume", "rm", "keep"])
            .run()
            .berth_error()
            .stderr_contains("in use");
        let pruned = env.berth(&["volume", "prune", "-f"]).success().stdout();
        assert!(pruned.contains("Total reclaimed space"), "{pruned}");
        assert_eq!(volume_names(&env), ["keep"]);
        env.berth(&["volume", "rm", "-f", "keep"]).success();
        assert!(volume_names(&env).is_empty());
        env.berth(&["container", "exists", "user"]).failure_code(1);
    }
}

#[test]
fn mount_flag_and_duplicates() {
    for env in TestEnv::all_with_busybox() {
        let host = env.mkdir("host");
        env.write_file("host/f", "bound\n");
        env.chown_to_user(&host);
        let out = env
            .berth(&["run", "--rm",
                "--mount", &format!("type=bind,source={},target=/b,readonly", host.display()),
                "--mount", "type=volume,source=mv,target=/v",
                "--mount", "type=tmpfs,target=/t,tmpfs-size=1m",
                "bb", "sh", "-c", "cat /b/f; touch /b/x 2>/dev/null || echo ro; echo v > /v/f; grep ' /t ' /proc/mounts | cut -d' ' -f3"])
            .success()
            .stdout_lines();
        assert_eq!(out, ["bound", "ro", "tmpfs"]);
        assert_eq!(volume_names(&env), ["mv"]);
        for bad in [
            vec!["--mount", "type=bind,target=/b"],
            vec!["--mount", "type=bind,src=/nonexistent-berth,target=/b"],
            vec!["--mount", "type=volume,src=v"],
            vec!["--mount", "type=volume,target=/x,tmpfs-size=1"],
            vec!["-v", "a:/d", "--mount", "type=volume,src=b,dst=/d"],
            vec!["-v", "a:/d", "--tmpfs", "/d/"],
            vec!["--volumes-from", "nosuch"],
            vec!["--volumes-from", "x:rx"],
        ] {
            let args = [&["run", "--rm"][..], &bad, &["bb", "true"]].concat();
            env.berth(&args).run().berth_error();
        }
        assert_eq!(volume_names(&env), ["mv"]);
    }
}

#[test]
fn backup_and_restore_with_volumes_from() {
    for env in TestEnv::all_with_busybox() {
        let backup = env.mkdir("backup");
        env.chown_to_user(&backup);
        env.berth(&["create", "--name", "db", "-v", "/dbdata", "bb", "true"])
            .success();
        env.berth(&[
            "run",
            "--rm",
            "--volumes-from",
            "db",
            "bb",
            "sh",
            "-c",
            "echo precious > /dbdata/f && mkdir /dbdata/d && echo deep > /dbdata/d/g",
        ])
        .success();
        // The reference notes' recipe.
        let bind = format!("{}:/backup", backup.display());
        env.berth(&[
            "run",
            "--rm",
            "--volumes-from",
            "db",
            "-v",
            &bind,
            "bb",
            "tar",
            "cvf",
            "/backup/backup.tar",
            "/dbdata",
        ])
        .success();
        assert!(backup.join("backup.tar").is_file());
        // Restore into a new container's volume.
        env.berth(&["create", "--name", "db2", "-v", "/dbdata", "bb", "true"])
            .success();
        env.berth(&[
            "run",
            "--rm",
            "--volumes-from",
            "db2",
            "-v",
            &bind,
            "bb",
            "sh",
            "-c",
            "cd /dbdata && tar xvf /backup/backup.tar --strip 1",
        ])
        .success();
        let out = env
            .berth(&[
                "run",
                "--rm",
                "--volumes-from",
                "db2:ro",
                "bb",
                "sh",
                "-c",
                "cat /dbdata/f /dbdata/d/g; touch /dbdata/z 2>/dev/null || echo ro",
            ])
            .success()
            .stdout_lines();
        assert_eq!(out, ["precious", "deep", "ro"]);
        // The throw-away containers shared db's volumes: removing them removed none.
        env.berth(&["rm", "-v", "db"]).success();
        env.berth(&["rm", "-v", "db2"]).success();
        assert!(volume_names(&env).is_empty());
    }
}

#[test]
fn export_and_import() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "run",
            "--rm",
            "-v",
            "src:/d",
            "bb",
            "sh",
            "-c",
            "echo one > /d/a && mkdir /d/s && echo two > /d/s/b",
        ])
        .success();
        let tar = env.berth(&["volume", "export", "src"]).success();
        env.berth(&["volume", "create", "dst"]).success();
        env.berth(&["volume", "import", "dst", "-"])
            .stdin(tar.stdout.clone())
            .success();
        let out = env
            .berth(&["run", "--rm", "-v", "dst:/d", "bb", "cat", "/d/a", "/d/s/b"])
            .success()
            .stdout_lines();
        assert_eq!(out, ["one", "two"]);
        env.berth(&["volume", "import", "nope", "-"])
            .stdin(tar.stdout)
            .run()
            .berth_error();
    }
}

#[test]
fn cp_reaches_volumes_of_stopped_and_running_containers() {
    for env in TestEnv::all_with_busybox() {
        let f = env.write_file("in.txt", "into the volume\n");
        env.chown_to_user(&f);
        // Run once (its mount point exists from then on), then copy in while stopped.
        env.berth(&[
            "run",
            "-d",
            "--name",
            "cpc",
            "-v",
            "cpv:/data",
            "bb",
            "sleep",
            "100",
        ])
        .success();
        env.berth(&["stop", "-t", "0", "cpc"]).success();
        env.berth(&["cp", &f.display().to_string(), "cpc:/data/"])
            .success();
        let out = env
            .berth(&[
                "run",
                "--rm",
                "-v",
                "cpv:/data",
                "bb",
                "cat",
                "/data/in.txt",
            ])
            .success()
            .stdout();
        assert_eq!(out, "into the volume\n");
        env.berth(&["start", "cpc"]).success();
        env.berth(&[
            "exec",
            "cpc",
            "sh",
            "-c",
            "echo from running > /data/out.txt",
        ])
        .success();
        let dest = env.work().join("out.txt");
        env.berth(&["cp", "cpc:/data/out.txt", &dest.display().to_string()])
            .success();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "from running\n");
        env.berth(&["rm", "-f", "cpc"]).success();
    }
}

#[test]
fn local_driver_tmpfs_and_bind_options() {
    for env in TestEnv::all_with_busybox() {
        // type=tmpfs: each container's use is a fresh tmpfs with the volume's options.
        env.berth(&[
            "volume",
            "create",
            "--opt",
            "type=tmpfs",
            "--opt",
            "device=tmpfs",
            "--opt",
            "o=size=1m,mode=1770",
            "tv",
        ])
        .success();
        let probe = "grep ' /t ' /proc/mounts | cut -d' ' -f3,4; stat -c %a /t; \
                     ls /t; echo x > /t/f";
        let out = sh_with(&env, "tv:/t", probe);
        let out: Vec<&str> = out.lines().collect();
        assert_eq!(out.len(), 2, "{} {out:?}", env.label());
        assert!(out[0].starts_with("tmpfs rw,"), "{out:?}");
        assert!(out[0].contains("size=1024k"), "{out:?}");
        assert_eq!(out[1], "1770");
        let again = sh_with(&env, "tv:/t", "ls /t");
        assert_eq!(again, "", "a tmpfs volume keeps nothing after its use");
        let v: serde_json::Value =
            serde_json::from_str(&env.berth(&["volume", "inspect", "tv"]).success().stdout())
                .unwrap();
        assert_eq!(v[0]["Options"]["type"], "tmpfs");
        assert_eq!(v[0]["Options"]["o"], "size=1m,mode=1770");
        let data = std::path::PathBuf::from(v[0]["Mountpoint"].as_str().unwrap());
        assert!(std::fs::read_dir(&data).unwrap().next().is_none());

        // type=none,o=bind,device=PATH: the volume is PATH.
        let host = env.mkdir("bound");
        env.write_file("bound/old", "old\n");
        let device = format!("device={}", host.display());
        env.berth(&[
            "volume",
            "create",
            "--opt",
            "type=none",
            "--opt",
            &device,
            "--opt",
            "o=bind",
            "bv",
        ])
        .success();
        let out = sh_with(&env, "bv:/b", "cat /b/old; echo new > /b/new");
        assert_eq!(out, "old\n");
        assert_eq!(std::fs::read_to_string(host.join("new")).unwrap(), "new\n");
        env.berth(&["volume", "rm", "bv"]).success();
        assert!(
            host.join("new").exists(),
            "removing the volume keeps the device's files"
        );

        // Bad options: one line, 125, no volume.
        for bad in [
            &["--opt", "type=ext4", "--opt", "device=/dev/sda1"][..],
            &["--opt", "type=tmpfs", "--opt", "o=size=lots"],
            &["--opt", "type=tmpfs", "--opt", "o=bind"],
            &["--opt", "type=tmpfs", "--opt", "o=remount"],
            &["--opt", "type=none", "--opt", "o=bind"],
            &["--opt", "type=none", "--opt", &device],
            &[
                "--opt",
                "type=none",
                "--opt",
                "device=relative",
                "--opt",
                "o=bind",
            ],
            &["--opt", "o=bind", "--opt", "device=/nonexistent-berth"],
            &["--opt", "colour=blue"],
        ] {
            let args = [&["volume", "create"][..], bad, &["badv"]].concat();
            env.berth(&args).run().berth_error();
        }
        assert_eq!(volume_names(&env), ["tv"]);
    }
}

/// The output of `script` run by busybox's sh in a throw-away container with `-v volume`.
fn sh_with(env: &TestEnv, volume: &str, script: &str) -> String {
    let args = ["run", "--rm", "-v", volume, "bb", "sh", "-c", script];
    env.berth(&args).success().stdout()
}

/// The busybox fixture plus /data (a file with a user xattr, file capabilities and an old
/// mtime, a subdirectory with an old mtime), /vol -> /data, /up -> ../../(...)/etc (the
/// host's /etc from a layer's directory, the image's inside its root), /abs -> /data/sub
/// and /gone -> /nowhere.
fn xattr_image_tar() -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    let mut ar = tar::Archive::new(busybox_tar());
    for e in ar.entries().unwrap() {
        let mut e = e.unwrap();
        let path = e.path().unwrap().into_owned();
        let mut h = e.header().clone();
        match e.link_name().unwrap() {
            Some(target) => b.append_link(&mut h, &path, &target).unwrap(),
            None => b.append_data(&mut h, &path, &mut e).unwrap(),
        }
    }
    let entry = |kind, mode, mtime: u64| {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_mtime(mtime);
        h.set_size(0);
        h
    };
    for dir in ["data/", "data/sub/"] {
        let mut h = entry(tar::EntryType::Directory, 0o755, 1_400_000_000);
        b.append_data(&mut h, dir, std::io::empty()).unwrap();
    }
    // cap_net_raw=ep, VFS_CAP_REVISION_2.
    let mut caps = [0u8; 20];
    caps[..4].copy_from_slice(&0x0200_0001u32.to_le_bytes());
    caps[4..8].copy_from_slice(&(1u32 << 13).to_le_bytes());
    b.append_pax_extensions([
        ("SCHILY.xattr.user.berth-test", &b"kept"[..]),
        ("SCHILY.xattr.security.capability", &caps[..]),
    ])
    .unwrap();
    let mut h = entry(tar::EntryType::Regular, 0o644, 1_500_000_000);
    h.set_size(3);
    b.append_data(&mut h, "data/sub/f", &b"hi\n"[..]).unwrap();
    let up = format!("{}etc", "../".repeat(20));
    let links = [
        ("vol", "/data"),
        ("up", up.as_str()),
        ("abs", "/data/sub"),
        ("gone", "/nowhere"),
    ];
    for (link, target) in links {
        let mut h = entry(tar::EntryType::Symlink, 0o777, 1_400_000_000);
        b.append_link(&mut h, link, target).unwrap();
    }
    b.into_inner().unwrap()
}

#[test]
fn copy_up_keeps_xattrs_and_mtimes_and_resolves_links_inside_the_root() {
    if !require_busybox() {
        return;
    }
    for env in TestEnv::all() {
        let tar = env.write_file("x.tar", xattr_image_tar());
        env.berth(&["import", &tar.display().to_string(), "ximg"])
            .success();
        let out = sh_with_all(
            &env,
            &["-v", "v1:/vol", "-v", "v2:/up", "-v", "v3:/abs", "ximg"],
            "stat -c '%Y %n' /vol/sub/f /vol/sub /abs/f",
        );
        assert_eq!(
            out.lines().collect::<Vec<_>>(),
            [
                "1500000000 /vol/sub/f",
                "1400000000 /vol/sub",
                "1500000000 /abs/f",
            ],
            "{}",
            env.label()
        );
        let data = |name: &str| {
            let v: serde_json::Value =
                serde_json::from_str(&env.berth(&["volume", "inspect", name]).success().stdout())
                    .unwrap();
            std::path::PathBuf::from(v[0]["Mountpoint"].as_str().unwrap())
        };
        let xattr = |path: std::path::PathBuf, name: &str| {
            let mut buf = vec![0u8; 256];
            rustix::fs::lgetxattr(&path, name, &mut buf)
                .map(|n| buf[..n].to_vec())
                .ok()
        };
        // A mount under a dangling link fails with the child's reason, however early it
        // dies (not with whatever the parent tried on the dead child next: as root, the
        // default network's plumbing of its namespace).
        for _ in 0..10 {
            env.berth(&["run", "--rm", "-v", "v4:/gone/sub", "ximg", "true"])
                .run()
                .berth_error()
                .stderr_contains("/gone");
        }
        // /up is the image's /etc, never the host's.
        let etc = data("v2");
        assert!(etc.join("passwd").exists() && !etc.join("os-release").exists());
        for f in [data("v1").join("sub/f"), data("v3").join("f")] {
            assert_eq!(
                xattr(f.clone(), "user.berth-test").as_deref(),
                Some(&b"kept"[..])
            );
            if !env.is_rootless() {
                let caps = xattr(f, "security.capability").expect("file capabilities");
                assert_eq!(caps[4..8], (1u32 << 13).to_le_bytes());
            }
        }
    }
}

/// [`sh_with`] with several flags, the image last among them.
fn sh_with_all(env: &TestEnv, flags: &[&str], script: &str) -> String {
    let args = [&["run", "--rm"][..], flags, &["sh", "-c", script]].concat();
    env.berth(&args).success().stdout()
}

#[test]
fn chown_option_takes_user_names_and_user_namespaces() {
    let pool = require_root() && require_userns_pool().is_some();
    for env in TestEnv::all_with_busybox() {
        let probe = "stat -c '%u %g' /d && touch /d/x && echo ok";
        let named = sh_with_all(&env, &["-u", "tester", "-v", "u1:/d:U", "bb"], probe);
        assert_eq!(named, "1000 1000\nok\n", "{}", env.label());
        let group = sh_with_all(&env, &["-u", "tester:root", "-v", "u2:/d:U", "bb"], probe);
        assert_eq!(group, "1000 0\nok\n");
        // The image's USER is the container's user too.
        let image_user = ["--mount", "type=volume,src=u3,dst=/d,U", "tuser"];
        let fixture = env.work().join("busybox-fixture.tar");
        let fixture = fixture.display().to_string();
        env.berth(&["import", "-c", "USER tester", &fixture, "tuser"])
            .success();
        let out = sh_with_all(&env, &image_user, probe);
        assert_eq!(out, "1000 1000\nok\n");
        env.berth(&["run", "--rm", "-u", "nosuch", "-v", "u4:/d:U", "bb", "true"])
            .run()
            .berth_error()
            .stderr_contains("nosuch");
        if env.is_rootless() || pool {
            let auto = ["--userns=auto", "-u", "tester", "-v", "u5:/d:U", "bb"];
            assert_eq!(sh_with_all(&env, &auto, probe), "1000 1000\nok\n");
        }
        if env.is_rootless() {
            let keep = ["--userns=keep-id", "-v", "u6:/d:U", "bb"];
            let out = sh_with_all(&env, &keep, "id -u; stat -c '%u' /d; touch /d/x && echo ok");
            let lines: Vec<&str> = out.lines().collect();
            assert_eq!(lines.len(), 3, "{out}");
            assert_eq!(lines[0], lines[1], "{out}");
            assert_ne!(lines[0], "0");
        }
    }
}

#[test]
fn prune_never_takes_a_volume_a_create_is_making() {
    for env in TestEnv::all_with_busybox() {
        // A slow copy-up widens the window between making the volume and the record.
        data_image(
            &env,
            "big",
            "mkdir -p /data && cd /data && for i in $(seq 600); do echo $i > f$i; done",
        );
        let stop = std::sync::atomic::AtomicBool::new(false);
        let creates = 8;
        /// Stops the pruner however the creates end (a failed one panics).
        struct Stop<'a>(&'a std::sync::atomic::AtomicBool);
        impl Drop for Stop<'_> {
            fn drop(&mut self) {
                self.0.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        }
        std::thread::scope(|s| {
            s.spawn(|| {
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    env.berth(&["volume", "prune", "-a", "-f"]).run();
                }
            });
            let _stop = Stop(&stop);
            for i in 0..creates {
                let named = format!("race{i}:/data");
                let name = format!("c{i}");
                env.berth(&["create", "--name", &name, "-v", &named, "big", "true"])
                    .success();
            }
        });
        for i in 0..creates {
            let anon = env
                .berth(&[
                    "inspect",
                    "-f",
                    "{{range .Mounts}}{{.Name}} {{end}}",
                    &format!("c{i}"),
                ])
                .success()
                .stdout();
            for v in anon.split_whitespace() {
                env.berth(&["volume", "inspect", v]).success();
            }
            let n = sh_with(&env, &format!("race{i}:/data"), "ls /data | wc -l");
            assert_eq!(n.trim(), "600", "{} race{i}", env.label());
        }
        env.berth(&["system", "check"]).success();
        env.berth(&["rm", "-a", "-f"]).success();
    }
}

#[test]
fn volume_prune_filters_until_and_all() {
    for env in TestEnv::all() {
        env.berth(&["volume", "create", "young"]).success();
        // Made just now: not older than an hour ago, so until=1h keeps it.
        env.berth(&["volume", "prune", "-a", "-f", "--filter", "until=1h"])
            .success();
        assert_eq!(volume_names(&env), ["young"]);
        env.berth(&["volume", "prune", "-f", "--filter", "all=maybe"])
            .run()
            .berth_error();
        // docker's all=true is -a.
        let out = env
            .berth(&["volume", "prune", "-f", "--filter", "all=true"])
            .success()
            .stdout();
        assert!(out.contains("young"), "{out}");
        assert!(volume_names(&env).is_empty());
    }
}

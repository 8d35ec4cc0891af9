//! `pull` and the implicit pull of `run`, against a real registry (Debian's docker-registry)
//! filled by skopeo: plain HTTP, TLS with a test CA and basic auth, bad input.

use crate::common;

use std::time::{Duration, Instant};

use common::registry::{
    PASSWORD, Registry, SlowRelay, USER, assert_store_empty, fresh_like, image_id,
    require_registry_tools,
};
use common::*;

/// Save the busybox fixture as an OCI layout dir, for skopeo to push. Returns (id, dir).
fn fixture_layout(env: &TestEnv) -> (String, std::path::PathBuf) {
    let id = env.import_busybox("bb:1");
    let dir = env.work().join("layout");
    env.berth(&[
        "save",
        "--format",
        "oci-dir",
        "-o",
        dir.to_str().unwrap(),
        "bb:1",
    ])
    .success();
    (id, dir)
}

/// A plain registry holding the busybox fixture as `bb:1`.
fn registry_with_busybox() -> Registry {
    let reg = Registry::plain();
    let env = TestEnv::new();
    let (_, layout) = fixture_layout(&env);
    reg.skopeo_push(&format!("oci:{}", layout.display()), "bb:1", &[]);
    reg
}

fn write_config(env: &TestEnv, text: &str) {
    std::fs::write(env.config_path(), text).unwrap();
}

#[test]
fn pull_plain_gzip_and_zstd_then_run() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::plain();
    for env in TestEnv::all() {
        let (id, layout) = fixture_layout(&env);
        let src = format!("oci:{}", layout.display());
        reg.skopeo_push(&src, "bb:gz", &["--dest-compress"]);
        reg.skopeo_push(&src, "bb:zst", &["--dest-compress-format", "zstd"]);
        let fresh = fresh_like(&env);
        write_config(
            &fresh,
            &format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
        );
        for tag in ["gz", "zst"] {
            let name = format!("{}/bb:{tag}", reg.host);
            fresh
                .berth(&["pull", &name])
                .success()
                .stdout_contains(&name);
            assert_eq!(image_id(&fresh, &name), id, "{} {tag}", fresh.label());
        }
        // The second pull found the layer already there: one layer directory.
        assert_eq!(
            std::fs::read_dir(fresh.root().join("layers"))
                .unwrap()
                .count(),
            1
        );
        // Pull by digest.
        let manifest = reg.skopeo_inspect("bb:gz", true);
        let digest = format!("sha256:{}", sha256_hex(manifest.as_bytes()));
        fresh
            .berth(&["pull", "-q", &format!("{}/bb@{digest}", reg.host)])
            .success();
        // Implicit pull by run, in an empty store; --pull never refuses.
        let other = fresh_like(&env);
        write_config(
            &other,
            &format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
        );
        let name = format!("{}/bb:gz", reg.host);
        other
            .berth(&["run", "--rm", "--pull", "never", &name, "true"])
            .run()
            .berth_error();
        other
            .berth(&["run", "--rm", &name, "cat", "/etc/hostname"])
            .success();
        assert_eq!(image_id(&other, &name), id);
        // Search registries resolve a short name.
        let short = fresh_like(&env);
        write_config(
            &short,
            &format!(
                "[registries]\nsearch = [\"{0}\"]\ninsecure = [\"{0}\"]\n",
                reg.host
            ),
        );
        short.berth(&["pull", "-q", "bb:gz"]).success();
        assert_eq!(image_id(&short, &name), id);
    }
}

#[test]
fn pull_tls_with_basic_auth() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::tls_basic();
    for env in TestEnv::all() {
        let (id, layout) = fixture_layout(&env);
        reg.skopeo_push(&format!("oci:{}", layout.display()), "private/bb:1", &[]);
        let name = format!("{}/private/bb:1", reg.host);
        let fresh = fresh_like(&env);
        // Untrusted CA (asked to verify: 127.0.0.1 is insecure by default): a TLS error
        // that says how to proceed.
        fresh
            .berth(&["pull", "--tls-verify=true", &name])
            .run()
            .berth_error()
            .stderr_contains("TLS")
            .stderr_contains("insecure");
        let ca = reg.ca.as_ref().unwrap();
        write_config(
            &fresh,
            &format!("[registries.ca]\n\"{}\" = \"{}\"\n", reg.host, ca.display()),
        );
        // No credentials, then wrong ones.
        fresh
            .berth(&["pull", &name])
            .run()
            .berth_error()
            .stderr_contains("credentials");
        let auth_dir = fresh.dir().join("xdg-run/containers");
        std::fs::create_dir_all(&auth_dir).unwrap();
        fresh.chown_to_user(&auth_dir);
        let auth = |user: &str, pass: &str| {
            use base64::Engine;
            let b64 = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"));
            let path = auth_dir.join("auth.json");
            std::fs::write(
                &path,
                format!(r#"{{"auths":{{"{}":{{"auth":"{b64}"}}}}}}"#, reg.host),
            )
            .unwrap();
            fresh.chown_to_user(&path);
        };
        auth(USER, "wrong");
        fresh
            .berth(&["pull", &name])
            .run()
            .berth_error()
            .stderr_contains("refused the credentials");
        assert_store_empty(&fresh);
        auth(USER, PASSWORD);
        fresh.berth(&["pull", &name]).success();
        assert_eq!(image_id(&fresh, &name), id, "{}", fresh.label());
    }
}

#[test]
fn pull_failures_are_one_line_and_store_nothing() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = registry_with_busybox();
    let fresh = TestEnv::new();
    write_config(
        &fresh,
        &format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
    );
    // Unknown tag and unknown repository name the registry.
    for missing in ["bb:nope", "nothere:1"] {
        fresh
            .berth(&["pull", &format!("{}/{missing}", reg.host)])
            .run()
            .berth_error()
            .stderr_contains("not found")
            .stderr_contains(&reg.host);
    }
    // Nobody listens: fails fast, naming the host.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let start = Instant::now();
    fresh
        .berth(&["pull", &format!("127.0.0.1:{closed}/x:1")])
        .run()
        .berth_error()
        .stderr_contains(&format!("127.0.0.1:{closed}"));
    assert!(start.elapsed() < Duration::from_secs(30));
    // A bad --platform and a bad reference.
    fresh
        .berth(&["pull", "--platform", "linux", "x"])
        .run()
        .failure_code(125);
    fresh.berth(&["pull", "Bad/Name"]).run().berth_error();
    // A blob whose bytes no longer match its digest.
    let manifest: serde_json::Value =
        serde_json::from_str(&reg.skopeo_inspect("bb:1", true)).unwrap();
    let layer = manifest["layers"][0]["digest"].as_str().unwrap().to_owned();
    let data = reg.blob_data(&layer);
    let mut bytes = std::fs::read(&data).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    std::fs::write(&data, bytes).unwrap();
    fresh
        .berth(&["pull", "-q", &format!("{}/bb:1", reg.host)])
        .run()
        .berth_error()
        .stderr_contains(&layer[..19]);
    assert_store_empty(&fresh);
}

fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(data))
}

#[test]
fn push_mount_search_and_pull_back() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::plain();
    for env in TestEnv::all() {
        let id = env.import_busybox("bb:1");
        write_config(
            &env,
            &format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
        );
        let dest = format!("{}/pushed/bb:1", reg.host);
        let digest = env
            .berth(&["push", "bb:1", &dest])
            .success()
            .stdout()
            .trim()
            .to_owned();
        assert!(digest.starts_with("sha256:"), "{digest}");
        // The pushed name now has its repository digest.
        env.berth(&["tag", "bb:1", &dest]).success();
        env.berth(&["images", "--digests"])
            .success()
            .stdout_contains(&digest);
        // A third-party client reads and verifies it.
        let inspect = reg.skopeo_inspect("pushed/bb:1", false);
        assert!(inspect.contains("\"Layers\""), "{inspect}");
        let copy = env.work().join("copied");
        let out = std::process::Command::new("skopeo")
            .args(["copy", "-q", "--src-tls-verify=false"])
            .arg(format!("docker://{dest}"))
            .arg(format!("dir:{}", copy.display()))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Pushing again uploads nothing.
        env.berth(&["push", "bb:1", &dest])
            .success()
            .stderr_contains("already exists");
        // Pulled back elsewhere: the same image.
        let fresh = fresh_like(&env);
        write_config(
            &fresh,
            &format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
        );
        fresh.berth(&["pull", "-q", &dest]).success();
        assert_eq!(image_id(&fresh, &dest), id, "{}", fresh.label());
        // From there, a push to another repository of the same registry mounts the blob.
        // A repository of its own per env: the registry is shared.
        let repo = if env.is_rootless() {
            "other-rl/bb"
        } else {
            "other/bb"
        };
        let other = format!("{}/{repo}:2", reg.host);
        fresh
            .berth(&["push", &dest, &other])
            .success()
            .stderr_contains("Mounted from pushed/bb");
        reg.skopeo_inspect(&format!("{repo}:2"), false);
        // The catalog lists both; --limit cuts.
        let out = fresh
            .berth(&["search", &format!("{}/bb", reg.host)])
            .success();
        assert!(out.stdout().contains("pushed/bb") && out.stdout().contains("other/bb"));
        let out = fresh
            .berth(&["search", "--limit", "1", &format!("{}/bb", reg.host)])
            .success();
        assert_eq!(out.stdout_lines().len(), 2, "header and one row");
    }
}

#[test]
fn login_logout_with_tls_registry() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::tls_basic();
    for env in TestEnv::all() {
        let (id, layout) = fixture_layout(&env);
        reg.skopeo_push(&format!("oci:{}", layout.display()), "sec/bb:1", &[]);
        let name = format!("{}/sec/bb:1", reg.host);
        let fresh = fresh_like(&env);
        let ca = reg.ca.as_ref().unwrap();
        write_config(
            &fresh,
            &format!("[registries.ca]\n\"{}\" = \"{}\"\n", reg.host, ca.display()),
        );
        fresh
            .berth(&["login", "-u", USER, "--password-stdin", &reg.host])
            .stdin("wrong\n")
            .run()
            .berth_error();
        fresh
            .berth(&["login", "-u", USER, "--password-stdin", &reg.host])
            .stdin(format!("{PASSWORD}\n"))
            .success()
            .stdout_contains("Login Succeeded");
        let auth: serde_json::Value = serde_json::from_slice(
            &std::fs::read(fresh.dir().join("xdg-run/containers/auth.json")).unwrap(),
        )
        .unwrap();
        assert!(auth["auths"][&reg.host]["auth"].is_string(), "{auth}");
        fresh.berth(&["pull", "-q", &name]).success();
        assert_eq!(image_id(&fresh, &name), id);
        // Push with the stored credentials too.
        fresh
            .berth(&["push", "-q", &name, &format!("{}/sec/copy:1", reg.host)])
            .success();
        fresh
            .berth(&["logout", &reg.host])
            .success()
            .stdout_contains("Removed login credentials");
        fresh.berth(&["rmi", &name]).success();
        fresh
            .berth(&["pull", &name])
            .run()
            .berth_error()
            .stderr_contains("credentials");
    }
}

#[test]
fn bearer_token_flow() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let issuer = common::token::TokenIssuer::start(dir.path(), USER, PASSWORD);
    let reg = Registry::token(&issuer.realm, &issuer.cert);
    for env in TestEnv::all() {
        let id = env.import_busybox("bb:1");
        let config = format!("[registries]\ninsecure = [\"{}\"]\n", reg.host);
        write_config(&env, &config);
        let name = format!("{}/tok/bb:1", reg.host);
        // Without credentials the issuer refuses a token.
        env.berth(&["push", "-q", "bb:1", &name])
            .run()
            .berth_error()
            .stderr_contains("credentials");
        env.berth(&["login", "-u", USER, "--password-stdin", &reg.host])
            .stdin("wrong\n")
            .run()
            .berth_error();
        env.berth(&["login", "-u", USER, "--password-stdin", &reg.host])
            .stdin(format!("{PASSWORD}\n"))
            .success();
        // The issuer handed out an identity token at login: stored in docker's layout, the
        // token and the user name without the password.
        let auth = env.dir().join("xdg-run/containers/auth.json");
        let stored: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&auth).unwrap()).unwrap();
        let entry = &stored["auths"][&reg.host];
        assert_eq!(
            entry["identitytoken"],
            common::token::REFRESH_TOKEN,
            "{}: {stored}",
            env.label()
        );
        let user = {
            use base64::Engine;
            base64::engine::general_purpose::STANDARD
                .decode(entry["auth"].as_str().unwrap())
                .unwrap()
        };
        assert_eq!(user, format!("{USER}:").as_bytes(), "{stored}");
        // Push, and pull elsewhere with the same file: every token now comes from the
        // refresh-token grant, none from a password.
        let (basic, refresh) = (issuer.basic_grants(), issuer.refresh_grants());
        env.berth(&["push", "-q", "bb:1", &name]).success();
        let fresh = fresh_like(&env);
        write_config(&fresh, &config);
        let dest = fresh.dir().join("xdg-run/containers");
        std::fs::create_dir_all(&dest).unwrap();
        std::fs::copy(&auth, dest.join("auth.json")).unwrap();
        fresh.chown_to_user(&dest);
        fresh.chown_to_user(&dest.join("auth.json"));
        fresh.berth(&["pull", "-q", &name]).success();
        assert_eq!(image_id(&fresh, &name), id, "{}", fresh.label());
        assert_eq!(issuer.basic_grants(), basic, "{}: a password", env.label());
        assert!(issuer.refresh_grants() >= refresh + 2, "{}", env.label());
        // An identity token instead of a password: the OAuth2 refresh-token grant (a POST
        // to the realm) is the only way to a token with it.
        for (token, works) in [
            ("not-the-token", false),
            (common::token::REFRESH_TOKEN, true),
        ] {
            let ident = fresh_like(&env);
            write_config(&ident, &config);
            let dir = ident.dir().join("xdg-run/containers");
            std::fs::create_dir_all(&dir).unwrap();
            let file = dir.join("auth.json");
            std::fs::write(
                &file,
                serde_json::json!({"auths": {&reg.host: {"identitytoken": token}}}).to_string(),
            )
            .unwrap();
            ident.chown_to_user(&dir);
            ident.chown_to_user(&file);
            let out = ident.berth(&["pull", "-q", &name]).run();
            if works {
                out.success();
                assert_eq!(image_id(&ident, &name), id, "{}", ident.label());
                ident
                    .berth(&["push", "-q", &name, &format!("{}/tok/ident:1", reg.host)])
                    .success();
            } else {
                out.berth_error().stderr_contains("credentials");
            }
        }
    }
}

fn fail(child: std::process::Child, what: &str) -> ! {
    let out = child.wait_with_output().unwrap();
    panic!("{what}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Start `berth pull NAME` in the background, wait until the relay forwarded `after` bytes
/// (well into the layer), send SIGINT, and return the finished output.
fn interrupt_pull(
    env: &TestEnv,
    relay: &SlowRelay,
    name: &str,
    after: u64,
) -> std::process::Output {
    interrupt(
        env,
        relay,
        &["pull", name],
        after,
        nix::sys::signal::Signal::SIGINT,
    )
}

/// Start `berth ARGS` in the background, wait until the relay forwarded `after` bytes, send
/// `signal`, and return the finished output.
fn interrupt(
    env: &TestEnv,
    relay: &SlowRelay,
    args: &[&str],
    after: u64,
    signal: nix::sys::signal::Signal,
) -> std::process::Output {
    let mut cmd = env.berth(args).command();
    cmd.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let start = relay.forwarded();
    let mut child = cmd.spawn().expect("spawning berth pull");
    let deadline = Instant::now() + Duration::from_secs(60);
    while relay.forwarded() < start + after {
        assert!(
            Instant::now() < deadline,
            "{}: {args:?}: the pull never started",
            env.label()
        );
        if let Ok(Some(st)) = child.try_wait() {
            fail(
                child,
                &format!(
                    "{}: {args:?} ended ({st}) before it could be interrupted",
                    env.label()
                ),
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let sent = Instant::now();
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(child.id() as i32), signal).unwrap();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if sent.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            fail(
                child,
                &format!(
                    "{}: {args:?} still running 20 s after {signal}",
                    env.label()
                ),
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

/// Push the busybox fixture to `reg` as `bb:1`, and make a fresh env of `env`'s kind that
/// reaches it through `relay` (an insecure registry to it), with `extra` lines in its
/// `[registries]` config. Returns the image id, the env and the name to pull.
fn behind_relay(
    env: &TestEnv,
    reg: &Registry,
    relay: &SlowRelay,
    extra: &str,
) -> (String, TestEnv, String) {
    let (id, layout) = fixture_layout(env);
    reg.skopeo_push(&format!("oci:{}", layout.display()), "bb:1", &[]);
    let fresh = fresh_like(env);
    write_config(
        &fresh,
        &format!("[registries]\ninsecure = [\"{}\"]\n{extra}", relay.host),
    );
    let name = format!("{}/bb:1", relay.host);
    (id, fresh, name)
}

#[test]
fn ctrl_c_during_pull_leaves_the_store_consistent() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    use nix::sys::signal::Signal;
    let reg = Registry::plain();
    // About 400 KB/s: the ~1 MB busybox layer takes seconds to arrive.
    let relay = SlowRelay::new(&reg.host, 4 << 10);
    for env in TestEnv::all() {
        let (id, fresh, name) = behind_relay(&env, &reg, &relay, "");
        // Bytes flowing: the signal is noticed at the next read.
        let out = interrupt_pull(&fresh, &relay, &name, 200 << 10);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{}: {err}", fresh.label());
        assert!(err.contains("interrupted"), "{}: {err}", fresh.label());
        assert_store_empty(&fresh);
        // Stalled mid-layer: the signal must still end the pull (the blocked read returns).
        relay.hold_after(relay.forwarded() + (300 << 10));
        let out = interrupt_pull(&fresh, &relay, &name, 300 << 10);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{}: {err}", fresh.label());
        assert_store_empty(&fresh);
        relay.release();
        relay.set_rate(4 << 10);
        // The implicit pull of run and create: the same exit, and no container record.
        for (args, signal) in [
            (vec!["run", "--rm", &name, "true"], Signal::SIGINT),
            (vec!["create", &name], Signal::SIGTERM),
            (vec!["run", &name, "true"], Signal::SIGHUP),
        ] {
            let out = interrupt(&fresh, &relay, &args, 200 << 10, signal);
            let err = String::from_utf8_lossy(&out.stderr);
            let what = format!("{}: {args:?} {signal}", fresh.label());
            assert_eq!(out.status.code(), Some(130), "{what}: {err}");
            assert!(err.contains("interrupted"), "{what}: {err}");
            // Progress lines, then one error line.
            let errors = err.lines().filter(|l| l.starts_with("Error: ")).count();
            assert!(errors == 1 && !err.contains("panicked"), "{what}: {err}");
            assert_nothing_created(&fresh);
        }
        relay.set_rate(0);
        // The next pull restarts cleanly and gives the same image; run starts from it.
        fresh.berth(&["pull", "-q", &name]).success();
        assert_eq!(image_id(&fresh, &name), id, "{}", fresh.label());
        fresh.berth(&["run", "--rm", &name, "true"]).success();
        relay.set_rate(4 << 10);
    }
}

/// Nothing of a failed run/create stayed: no image, no layer, no container record.
fn assert_nothing_created(env: &TestEnv) {
    assert_store_empty(env);
    let left: Vec<_> = std::fs::read_dir(env.root().join("containers"))
        .map(|rd| rd.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(
        left.is_empty(),
        "{}: containers left: {left:?}",
        env.label()
    );
}

#[test]
fn stalled_transfers_fail_within_the_idle_timeout() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::plain();
    let relay = SlowRelay::new(&reg.host, 0);
    for env in TestEnv::all() {
        // An idle limit of 2 s (the default, 30 s, would outlast the check below).
        let (id, fresh, name) = behind_relay(&env, &reg, &relay, "timeout = 2\n");
        let manifest: serde_json::Value =
            serde_json::from_str(&reg.skopeo_inspect("bb:1", true)).unwrap();
        let layer = manifest["layers"][0]["digest"].as_str().unwrap().to_owned();
        // A pull that stalls fails naming the registry and what it stopped sending.
        let stalled_pull = |what: &str| {
            fresh
                .berth(&["pull", "-q", &name])
                .timeout(Duration::from_secs(60))
                .run()
                .berth_error()
                .stderr_contains(&relay.host)
                .stderr_contains(&format!("stopped sending {what}"));
            assert_store_empty(&fresh);
            relay.release();
        };
        // The registry goes silent 300 KB into the ~1 MB layer, its connection open.
        relay.hold_after(relay.forwarded() + (300 << 10));
        let start = Instant::now();
        stalled_pull(&format!("layer blob {layer}"));
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{}: took {:?}",
            fresh.label(),
            start.elapsed()
        );
        // Silent after the manifest's headers: the body read times out the same way.
        relay.hold_at(b"schemaVersion");
        stalled_pull("manifest bb:1");
        // Same for run's implicit pull, which must not leave a container behind.
        relay.hold_after(relay.forwarded() + (300 << 10));
        let out = fresh
            .berth(&["run", "--rm", &name, "true"])
            .timeout(Duration::from_secs(60))
            .run()
            .failure_code(125);
        let err: Vec<String> = out
            .stderr()
            .lines()
            .filter(|l| l.starts_with("Error: "))
            .map(str::to_owned)
            .collect();
        assert!(
            err.len() == 1 && err[0].contains(&format!("stopped sending layer blob {layer}")),
            "{out}"
        );
        assert_nothing_created(&fresh);
        relay.release();
        // The next pull works.
        fresh.berth(&["pull", "-q", &name]).success();
        assert_eq!(image_id(&fresh, &name), id, "{}", fresh.label());
    }
}

#[test]
fn unsupported_media_types_are_named_and_store_nothing() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = registry_with_busybox();
    // A chart stored as an OCI artifact: the registry takes it, it is no image.
    let helm_config = "application/vnd.cncf.helm.config.v1+json";
    let cfg = reg.put_blob("chart", br#"{"name":"demo","version":"0.1.0"}"#);
    let content = reg.put_blob("chart", b"not really a chart");
    let chart = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": helm_config, "digest": cfg, "size": 33},
        "layers": [{"mediaType": "application/vnd.cncf.helm.chart.content.v1.tar+gzip",
                    "digest": content, "size": 18}],
    });
    reg.put_manifest(
        "chart",
        "0.1.0",
        "application/vnd.oci.image.manifest.v1+json",
        chart.to_string().as_bytes(),
    );
    // The busybox image again, its layer relabelled with a compression berth lacks.
    let lz4 = "application/vnd.example.image.layer.v1.tar+lz4";
    let mut m: serde_json::Value = serde_json::from_str(&reg.skopeo_inspect("bb:1", true)).unwrap();
    m["layers"][0]["mediaType"] = lz4.into();
    let ctype = m["mediaType"].as_str().unwrap().to_owned();
    reg.put_manifest("bb", "lz4", &ctype, m.to_string().as_bytes());
    for env in TestEnv::all() {
        write_config(
            &env,
            &format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
        );
        for (name, media) in [("chart:0.1.0", helm_config), ("bb:lz4", lz4)] {
            env.berth(&["pull", &format!("{}/{name}", reg.host)])
                .run()
                .berth_error()
                .stderr_contains(&format!("unsupported media type {media}"));
            assert_store_empty(&env);
        }
    }
}

#[test]
fn silent_registry_fails_within_the_timeout_naming_the_host() {
    if !require_registry_tools() {
        return;
    }
    // Accepts connections (the kernel completes the handshake) and never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let host = format!("127.0.0.1:{}", silent.local_addr().unwrap().port());
    let env = TestEnv::new();
    for insecure in [false, true] {
        let mut cfg = "[registries]\ntimeout = 2\n".to_owned();
        if insecure {
            cfg.push_str(&format!("insecure = [\"{host}\"]\n"));
        }
        write_config(&env, &cfg);
        let start = Instant::now();
        env.berth(&["pull", &format!("{host}/bb:1")])
            .timeout(Duration::from_secs(60))
            .run()
            .berth_error()
            .stderr_contains(&host)
            .stderr_contains("timed out");
        // Two attempts at most (HTTPS, then plain HTTP for an insecure host), 2 s each.
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "insecure={insecure}: took {:?}",
            start.elapsed()
        );
        assert_store_empty(&env);
    }
    drop(silent);
}

#[test]
fn mirrors_first_then_the_origin() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let origin = Registry::plain();
    let mirror = Registry::plain();
    let env = TestEnv::new();
    let (id, layout) = fixture_layout(&env);
    let src = format!("oci:{}", layout.display());
    // The same image, compressed differently: the manifest digest tells who served it.
    origin.skopeo_push(&src, "bb:1", &["--dest-compress"]);
    origin.skopeo_push(&src, "bb:only-origin", &["--dest-compress"]);
    mirror.skopeo_push(&src, "bb:1", &["--dest-compress-format", "zstd"]);
    let digest_of = |reg: &Registry, name: &str| {
        format!(
            "sha256:{}",
            sha256_hex(reg.skopeo_inspect(name, true).as_bytes())
        )
    };
    let from_mirror = digest_of(&mirror, "bb:1");
    let from_origin = digest_of(&origin, "bb:only-origin");
    assert_ne!(from_mirror, digest_of(&origin, "bb:1"));
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("127.0.0.1:{}", l.local_addr().unwrap().port())
    };
    for env in TestEnv::all() {
        // A dead mirror first, then the live one, then the origin.
        write_config(
            &env,
            &format!(
                "[registries]\ninsecure = [\"{o}\", \"{m}\", \"{closed}\"]\n[registries.mirrors]\n\"{o}\" = [\"{closed}\", \"{m}\"]\n",
                o = origin.host,
                m = mirror.host
            ),
        );
        let name = format!("{}/bb:1", origin.host);
        env.berth(&["pull", &name])
            .success()
            .stderr_contains(&format!("Digest: {from_mirror}"));
        // Named after the origin, not the mirror.
        assert_eq!(image_id(&env, &name), id, "{}", env.label());
        let name = format!("{}/bb:only-origin", origin.host);
        env.berth(&["pull", &name])
            .success()
            .stderr_contains(&format!("Digest: {from_origin}"));
        assert_eq!(image_id(&env, &name), id, "{}", env.label());
    }
}

#[test]
fn search_pages_through_the_catalog() {
    if !require_registry_tools() {
        return;
    }
    // Two repositories per catalog page: seven repositories take four pages.
    let reg = Registry::plain_paged(2);
    let cfg = reg.put_blob("seed", b"{}");
    let manifest = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cfg, "size": 2},
        "layers": [],
    })
    .to_string();
    let names = [
        "app/one",
        "app/two",
        "lib/x",
        "app/three",
        "lib/y",
        "app/four",
        "zz/app",
    ];
    for n in names {
        reg.put_blob(n, b"{}");
        reg.put_manifest(
            n,
            "1",
            "application/vnd.oci.image.manifest.v1+json",
            manifest.as_bytes(),
        );
    }
    let env = TestEnv::new();
    write_config(
        &env,
        &format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
    );
    let rows = |out: &common::Output| -> Vec<String> {
        out.stdout_lines()
            .iter()
            .skip(1)
            .map(|l| l.split_whitespace().next().unwrap_or("").to_owned())
            .collect()
    };
    let out = env
        .berth(&["search", &format!("{}/app", reg.host)])
        .success();
    let mut found = rows(&out);
    found.sort();
    let mut want: Vec<String> = names
        .iter()
        .filter(|n| n.contains("app"))
        .map(|n| format!("{}/{n}", reg.host))
        .collect();
    want.sort();
    assert_eq!(found, want, "{out}");
    // --limit stops early.
    let out = env
        .berth(&["search", "--limit", "3", &format!("{}/app", reg.host)])
        .success();
    assert_eq!(rows(&out).len(), 3, "{out}");
}

/// The media types of a manifest in `reg`: the manifest's, its config's, its first layer's.
fn manifest_types(reg: &Registry, name: &str) -> (String, String, String) {
    let m: serde_json::Value = serde_json::from_str(&reg.skopeo_inspect(name, true)).unwrap();
    let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_owned();
    (
        s(&m["mediaType"]),
        s(&m["config"]["mediaType"]),
        s(&m["layers"][0]["mediaType"]),
    )
}

#[test]
fn push_keeps_docker_schema2_and_takes_a_format() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::plain();
    let docker = "application/vnd.docker.distribution.manifest.v2+json";
    let docker_layer = "application/vnd.docker.image.rootfs.diff.tar.gzip";
    let oci = "application/vnd.oci.image.manifest.v1+json";
    let types = |name: &str| manifest_types(&reg, name);
    for env in TestEnv::all() {
        let (id, layout) = fixture_layout(&env);
        reg.skopeo_push(
            &format!("oci:{}", layout.display()),
            "v2/bb:1",
            &["--format", "v2s2"],
        );
        assert_eq!(types("v2/bb:1").0, docker);
        let fresh = fresh_like(&env);
        write_config(
            &fresh,
            &format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
        );
        let h = &reg.host;
        fresh
            .berth(&["pull", "-q", &format!("{h}/v2/bb:1")])
            .success();
        // Pulled as docker schema2: pushed as docker schema2, unless told otherwise.
        fresh
            .berth(&[
                "push",
                "-q",
                &format!("{h}/v2/bb:1"),
                &format!("{h}/copy/bb:1"),
            ])
            .success();
        let (m, c, l) = types("copy/bb:1");
        assert_eq!(
            (m.as_str(), l.as_str()),
            (docker, docker_layer),
            "{}",
            env.label()
        );
        assert_eq!(c, "application/vnd.docker.container.image.v1+json");
        fresh
            .berth(&[
                "push",
                "-q",
                "--format",
                "oci",
                &format!("{h}/v2/bb:1"),
                &format!("{h}/copy/bb:oci"),
            ])
            .success();
        let (m, _, l) = types("copy/bb:oci");
        assert_eq!(
            (m.as_str(), l.as_str()),
            (oci, "application/vnd.oci.image.layer.v1.tar+gzip")
        );
        // Imported here: OCI by default, docker schema2 on request, and both read back.
        std::fs::copy(fresh.config_path(), env.config_path()).unwrap();
        env.berth(&["push", "-q", "bb:1", &format!("{h}/imp/bb:oci")])
            .success();
        assert_eq!(types("imp/bb:oci").0, oci);
        env.berth(&[
            "push",
            "-q",
            "-f",
            "v2s2",
            "bb:1",
            &format!("{h}/imp/bb:v2"),
        ])
        .success();
        assert_eq!(types("imp/bb:v2").0, docker);
        let dir = env.work().join("skopeo-dir");
        common::registry::run(std::process::Command::new("skopeo").args([
            "copy",
            "-q",
            "--src-tls-verify=false",
            &format!("docker://{h}/imp/bb:v2"),
            &format!("dir:{}", dir.display()),
        ]));
        let other = fresh_like(&env);
        std::fs::copy(fresh.config_path(), other.config_path()).unwrap();
        other
            .berth(&["pull", "-q", &format!("{h}/imp/bb:v2")])
            .success();
        assert_eq!(image_id(&other, &format!("{h}/imp/bb:v2")), id);
        env.berth(&["push", "--format", "v2s1", "bb:1", &format!("{h}/imp/bb:x")])
            .run()
            .failure_code(125);
    }
}

#[test]
fn loaded_images_push_in_the_format_they_came_in() {
    if !require_busybox() || !require_registry_tools() {
        return;
    }
    let reg = Registry::plain();
    let docker = (
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.container.image.v1+json",
        "application/vnd.docker.image.rootfs.diff.tar.gzip",
    );
    let oci = (
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.oci.image.config.v1+json",
        "application/vnd.oci.image.layer.v1.tar+gzip",
    );
    for env in TestEnv::all() {
        let (id, layout) = fixture_layout(&env);
        let w = env.work();
        let ours = w.join("ours-docker.tar");
        let theirs = w.join("skopeo-docker.tar");
        let oci_archive = w.join("ours-oci.tar");
        for (format, path) in [("docker-archive", &ours), ("oci-archive", &oci_archive)] {
            let path = path.to_str().unwrap();
            env.berth(&["save", "--format", format, "-o", path, "bb:1"])
                .success();
        }
        // A docker-archive written by a third-party tool.
        env.cmd(
            "skopeo",
            &[
                "copy",
                "-q",
                &format!("oci:{}", layout.display()),
                &format!("docker-archive:{}:bb:1", theirs.display()),
            ],
        )
        .success();
        let repo = if env.is_rootless() {
            "loaded-rl"
        } else {
            "loaded"
        };
        for (archive, tag, want) in [
            (&ours, "docker", docker),
            (&theirs, "skopeo", docker),
            (&oci_archive, "oci", oci),
        ] {
            let fresh = fresh_like(&env);
            write_config(
                &fresh,
                &format!("[registries]\ninsecure = [\"{}\"]\n", reg.host),
            );
            fresh
                .berth(&["load", "-q", "-i", archive.to_str().unwrap()])
                .success();
            assert_eq!(image_id(&fresh, "bb:1"), id, "{}", fresh.label());
            let dest = format!("{repo}/bb:{tag}");
            fresh
                .berth(&["push", "-q", "bb:1", &format!("{}/{dest}", reg.host)])
                .success();
            assert_eq!(
                manifest_types(&reg, &dest),
                (want.0.into(), want.1.into(), want.2.into()),
                "{}: loaded from {tag}",
                fresh.label()
            );
        }
    }
}

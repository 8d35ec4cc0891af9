//! Health checks, daemonless: `healthcheck run`, the monitor's checks on the interval, the
//! states in ps/inspect/filters and `--health-on-failure`, as root and rootless.

use std::time::{Duration, Instant};

use crate::common::*;

/// Poll `ps -a --filter ... --format TEMPLATE` until it prints `want` (20 s at most).
fn until(env: &TestEnv, filter: &str, template: &str, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let out = env
            .berth(&["ps", "-a", "--filter", filter, "--format", template])
            .success();
        if out.stdout().trim() == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "waited for {filter} -> {want:?}: {out}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn health_moves_starting_healthy_unhealthy_and_acts() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&[
            "run",
            "-d",
            "--name",
            "hc",
            "--health-cmd",
            "test -f /ok",
            "--health-interval",
            "1s",
            "--health-retries",
            "2",
            "bb",
            "sleep",
            "1000",
        ])
        .success();
        let status = env
            .berth(&["ps", "--format", "{{.Status}}"])
            .success()
            .stdout();
        assert!(
            status.contains("(starting)") || status.contains("(unhealthy)"),
            "{status}"
        );
        // One failing check: exit 1, "unhealthy"; a passing one: 0.
        env.berth(&["healthcheck", "run", "hc"])
            .failure_code(1)
            .stdout_contains("unhealthy");
        env.berth(&["exec", "hc", "touch", "/ok"]).success();
        env.berth(&["healthcheck", "run", "hc"]).success();
        until(&env, "health=healthy", "{{.Names}}", "hc");
        let health = env
            .berth(&[
                "inspect",
                "-f",
                "{{.State.Health.Status}} {{.Config.Healthcheck.Retries}}",
                "hc",
            ])
            .success();
        assert_eq!(health.stdout().trim(), "healthy 2", "{health}");
        env.berth(&["wait", "--condition", "healthy", "hc"])
            .success();
        let events = env
            .berth(&[
                "events",
                "--stream=false",
                "--filter",
                "container=hc",
                "--format",
                "{{.Action}}",
            ])
            .success();
        assert!(
            events
                .stdout_lines()
                .iter()
                .any(|l| l == "health_status: healthy"),
            "{events}"
        );
        // The monitor's checks find it failing, twice in a row.
        env.berth(&["exec", "hc", "rm", "/ok"]).success();
        until(&env, "health=unhealthy", "{{.Names}}", "hc");
        let streak = env
            .berth(&["inspect", "-f", "{{.State.Health.FailingStreak}}", "hc"])
            .success();
        assert!(
            streak.stdout().trim().parse::<u32>().unwrap() >= 2,
            "{streak}"
        );
        env.berth(&["rm", "-f", "hc"]).success();

        // --health-on-failure kill: the monitor ends the container.
        env.berth(&[
            "run",
            "-d",
            "--name",
            "hk",
            "--health-cmd",
            "false",
            "--health-interval",
            "500ms",
            "--health-retries",
            "1",
            "--health-on-failure",
            "kill",
            "bb",
            "sleep",
            "1000",
        ])
        .success();
        until(&env, "name=hk", "{{.State}}", "exited");
        env.berth(&["rm", "hk"]).success();

        // No check: no health, and healthcheck run says so.
        env.berth(&[
            "run",
            "-d",
            "--name",
            "plain",
            "--no-healthcheck",
            "bb",
            "sleep",
            "1000",
        ])
        .success();
        until(&env, "health=none", "{{.Names}}", "plain");
        env.berth(&["healthcheck", "run", "plain"])
            .run()
            .berth_error()
            .stderr_contains("no defined healthcheck");
        env.berth(&["run", "--rm", "--health-interval", "nope", "bb", "true"])
            .run()
            .berth_error()
            .stderr_contains("--health-interval");
        env.berth(&["rm", "-f", "plain"]).success();
    }
}

/// `--health-on-failure restart|stop|none`: each acts (or does not) once the check turns
/// unhealthy.
#[test]
fn health_on_failure_restart_stop_and_none() {
    for env in TestEnv::all_with_busybox() {
        let run = |name: &str, action: &str| {
            env.berth(&[
                "run",
                "-d",
                "--name",
                name,
                "--stop-timeout",
                "1",
                "--health-cmd",
                "test -f /ok",
                "--health-interval",
                "500ms",
                "--health-retries",
                "1",
                "--health-on-failure",
                action,
                "bb",
                "sleep",
                "1000",
            ])
            .success();
        };
        let started = |name: &str| {
            env.berth(&["inspect", "-f", "{{.State.StartedAt}}", name])
                .success()
                .stdout()
        };

        // restart: a new run (a new start time, the restart event), running again.
        run("hr", "restart");
        let first = started("hr");
        let deadline = Instant::now() + Duration::from_secs(20);
        while started("hr") == first {
            assert!(Instant::now() < deadline, "never restarted");
            std::thread::sleep(Duration::from_millis(100));
        }
        // Healthy from now on: it stays up.
        env.berth(&["exec", "hr", "touch", "/ok"]).run();
        until(&env, "name=hr", "{{.State}}", "running");
        let events = env
            .berth(&[
                "events",
                "--stream=false",
                "--filter",
                "container=hr",
                "--format",
                "{{.Action}}",
            ])
            .success();
        assert!(
            events.stdout_lines().iter().any(|l| l == "restart"),
            "{events}"
        );

        // stop: the stop signal, then SIGKILL after its --stop-timeout; it stays down.
        run("hs", "stop");
        until(&env, "name=hs", "{{.State}}", "exited");
        let code = env
            .berth(&["inspect", "-f", "{{.State.ExitCode}}", "hs"])
            .success();
        assert_eq!(code.stdout().trim(), "137", "{code}");

        // none: unhealthy, and left running.
        run("hn", "none");
        until(&env, "health=unhealthy", "{{.Names}}", "hn");
        std::thread::sleep(Duration::from_millis(1500));
        until(&env, "name=hn", "{{.State}}", "running");
        env.berth(&["rm", "-f", "-t", "0", "hr", "hs", "hn"])
            .success();
    }
}

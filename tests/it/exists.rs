//! `container exists` and `image exists`: 0 when it exists, 1 when not, 125 on error.

use crate::common::*;

#[test]
fn exists_answers_with_the_exit_status() {
    for env in TestEnv::all_with_busybox() {
        env.berth(&["image", "exists", "bb"]).success();
        env.berth(&["image", "exists", "no-such-image"])
            .run()
            .failure_code(1);
        env.berth(&["image", "exists", "Bad::Ref"])
            .run()
            .berth_error();
        env.berth(&["container", "exists", "box"])
            .run()
            .failure_code(1);
        let id = env
            .berth(&["create", "--name", "box", "bb", "true"])
            .success()
            .stdout();
        env.berth(&["container", "exists", "box"]).success();
        env.berth(&["container", "exists", &id.trim()[..12]])
            .success();
        env.berth(&["rm", "box"]).success();
        env.berth(&["container", "exists", "box"])
            .run()
            .failure_code(1);
        // Nothing on stdout or stderr either way.
        let out = env.berth(&["image", "exists", "no-such-image"]).run();
        assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{out}");
    }
}

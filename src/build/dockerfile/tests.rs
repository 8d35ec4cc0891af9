//! The parser on whole Dockerfiles: the reference notes' examples, then one table per rule.

use super::*;

fn ok(text: &str) -> Dockerfile {
    match parse(text, "Dockerfile") {
        Ok(d) => d,
        Err(e) => panic!("{e}\n--- input:\n{text}"),
    }
}

fn fails(text: &str) -> String {
    match parse(text, "Dockerfile") {
        Ok(d) => panic!("parsed but should not:\n{text}\n{d:#?}"),
        Err(e) => e.to_string(),
    }
}

/// The instructions of the only stage.
fn steps(text: &str) -> Vec<Instruction> {
    let d = ok(text);
    assert_eq!(d.stages.len(), 1, "{d:#?}");
    d.stages[0]
        .instructions
        .iter()
        .map(|i| i.value.clone())
        .collect()
}

fn step(text: &str) -> Instruction {
    let mut all = steps(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    all.remove(0)
}

/// Each line, alone in a stage, fails with its message at line 2.
fn step_errors(errors: &[(&str, &str)]) {
    for (line, want) in errors {
        let got = fails(&format!("FROM scratch\n{line}\n"));
        assert_eq!(got, format!("Dockerfile:2: {want}"), "{line}");
    }
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn shell(s: &str) -> Command {
    Command::Shell(s.into())
}

/// `RUN command` without flags or heredocs.
fn plain_run(command: &str) -> Instruction {
    Instruction::Run {
        command: shell(command),
        heredocs: vec![],
        flags: vec![],
    }
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn reference_notes_centos_httpd() {
    let d = ok(include_str!("testdata/centos-httpd.Dockerfile"));
    let stage = &d.stages[0];
    assert_eq!(stage.from.value.image, "centos");
    assert_eq!(stage.from.line, 2);
    let lines: Vec<usize> = stage.instructions.iter().map(|i| i.line).collect();
    assert_eq!(lines, [5, 8, 9, 12, 15, 18, 19, 22]);
    assert_eq!(
        stage.instructions[0].value,
        Instruction::Maintainer("The CentOS Project <xxxx@xxx.com>".into())
    );
    assert_eq!(stage.instructions[3].value, Instruction::Expose(s(&["80"])));
    let Instruction::Add(add) = &stage.instructions[4].value else {
        panic!()
    };
    assert_eq!(
        (add.sources.clone(), add.dest.as_str()),
        (s(&["index.html"]), "/var/www/html/index.html")
    );
    assert_eq!(
        stage.instructions[7].value,
        Instruction::Cmd(Command::Exec(s(&["/run.sh"])))
    );
}

#[test]
fn reference_notes_small_files() {
    let d = ok(include_str!("testdata/first-nginx.Dockerfile"));
    assert_eq!(d.stages[0].from.value.image, "ubuntu:14.04");
    assert_eq!(d.stages[0].instructions.len(), 4);
    assert_eq!(
        d.stages[0].instructions[0].value,
        Instruction::Maintainer("own \"xxx@163.com\"".into())
    );

    let d = ok(include_str!("testdata/nginx-env.Dockerfile"));
    assert_eq!(
        d.stages[0].instructions[1].value,
        Instruction::Env(pairs(&[("REFRESH_DATE", "2015-04-01")]))
    );

    let d = ok(include_str!("testdata/ping-curl.Dockerfile"));
    assert_eq!(
        d.stages[0].instructions.last().unwrap().value,
        Instruction::Cmd(shell("/bin/bash"))
    );

    let d = ok(include_str!("testdata/volumes.Dockerfile"));
    assert_eq!(
        d.stages[0].instructions[0].value,
        Instruction::Volume(s(&["/datavolume1", "/datavolume2"]))
    );
}

#[test]
fn reference_notes_files_that_docker_refuses_too() {
    // `CMD[...]` has no blank after the keyword, so the keyword is the whole first word.
    assert_eq!(
        parse(
            include_str!("testdata/ubuntu-nginx.Dockerfile"),
            "Dockerfile"
        )
        .unwrap_err()
        .to_string(),
        "Dockerfile:22: unknown instruction: CMD[\"NGINX\",\"-G\",\"DAEMON"
    );
    // Syntax notes with placeholders in them, not Dockerfiles.
    assert_eq!(
        parse(
            include_str!("testdata/syntax-notes-run.Dockerfile"),
            "Dockerfile"
        )
        .unwrap_err()
        .to_string(),
        "Dockerfile:2: FROM requires either one or three arguments"
    );
    assert_eq!(
        parse(
            include_str!("testdata/syntax-notes-cmd.Dockerfile"),
            "Dockerfile"
        )
        .unwrap_err()
        .to_string(),
        "Dockerfile:3: no build stage in current context: CMD comes before the first FROM"
    );
    // The same notes under a FROM: the first real error is ADD with one argument.
    let notes = format!(
        "FROM scratch\n{}",
        include_str!("testdata/syntax-notes-cmd.Dockerfile")
    );
    assert_eq!(
        fails(&notes),
        "Dockerfile:26: ADD requires at least two arguments, but only one was provided. Destination could not be determined"
    );
}

#[test]
fn an_app_image_with_every_instruction() {
    let d = ok(r#"# syntax=docker/dockerfile:1
ARG BASE=busybox
FROM ${BASE} AS base
LABEL org.example.title="demo app" version=1.0
ENV JAVA_HOME=/opt/java PATH=/opt/java/bin:$PATH
WORKDIR /app
ADD app.tar.gz /app/
COPY --chown=1000:1000 --chmod=0755 run.sh /app/run.sh
RUN --mount=type=cache,target=/var/cache --network=none ./build.sh
EXPOSE 8080/tcp 8443
VOLUME /data
USER 1000:1000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -q -O- http://localhost:8080/ || exit 1
SHELL ["/bin/sh", "-ec"]
ONBUILD COPY . /app/src
ENTRYPOINT ["/app/run.sh"]
CMD ["--port", "8080"]

FROM base
RUN echo second
"#);
    assert_eq!(d.syntax.as_deref(), Some("docker/dockerfile:1"));
    assert_eq!(
        d.global_args[0].value,
        Arg {
            name: "BASE".into(),
            default: Some("busybox".into())
        }
    );
    assert_eq!(d.global_args[0].line, 2);
    assert_eq!(d.stages.len(), 2);
    assert_eq!(
        d.stages[0].from.value,
        From {
            image: "${BASE}".into(),
            name: Some("base".into()),
            platform: None
        }
    );
    let st = &d.stages[0].instructions;
    assert_eq!(
        st[0].value,
        Instruction::Label(pairs(&[
            ("org.example.title", "\"demo app\""),
            ("version", "1.0")
        ]))
    );
    assert_eq!(
        st[1].value,
        Instruction::Env(pairs(&[
            ("JAVA_HOME", "/opt/java"),
            ("PATH", "/opt/java/bin:$PATH")
        ]))
    );
    let Instruction::Copy(copy) = &st[4].value else {
        panic!()
    };
    assert_eq!(
        copy.flags,
        vec![
            ("chown".into(), Some("1000:1000".into())),
            ("chmod".into(), Some("0755".into()))
        ]
    );
    assert_eq!(
        st[5].value,
        Instruction::Run {
            command: shell("./build.sh"),
            heredocs: vec![],
            flags: vec![
                ("mount".into(), Some("type=cache,target=/var/cache".into())),
                ("network".into(), Some("none".into()))
            ],
        }
    );
    assert_eq!(st[6].value, Instruction::Expose(s(&["8080/tcp", "8443"])));
    assert_eq!(st[9].value, Instruction::StopSignal("SIGTERM".into()));
    assert_eq!(
        st[10].value,
        Instruction::Healthcheck(Health::Check {
            test: shell("wget -q -O- http://localhost:8080/ || exit 1"),
            flags: vec![
                ("interval".into(), Some("30s".into())),
                ("timeout".into(), Some("3s".into())),
                ("retries".into(), Some("3".into()))
            ],
        })
    );
    assert_eq!(st[11].value, Instruction::Shell(s(&["/bin/sh", "-ec"])));
    let Instruction::Onbuild(trigger) = &st[12].value else {
        panic!()
    };
    assert_eq!(trigger.text, "COPY . /app/src");
    assert!(matches!(trigger.value, Instruction::Copy(_)));
    assert_eq!(st[13].text, "ENTRYPOINT [\"/app/run.sh\"]");
    assert_eq!(d.stages[1].from.line, 20);
}

#[test]
fn directives() {
    let d = ok("# escape=`\nFROM scratch\nRUN a `\n  b\n");
    assert_eq!(d.escape, '`');
    assert_eq!(d.stages[0].instructions[0].value, plain_run("a   b"));

    // Keys are case-insensitive, blanks around `=` are allowed, `check` is accepted.
    let d = ok("#  SYNTAX = docker/dockerfile:1.7 \n# Escape=\\\n#check=skip=all\nFROM scratch\n");
    assert_eq!(d.syntax.as_deref(), Some("docker/dockerfile:1.7"));
    assert_eq!(d.escape, '\\');

    // After a comment, a blank line or an instruction, a directive is only a comment.
    for text in [
        "# hello\n# escape=`\nFROM scratch\nRUN a \\\n b\n",
        "\n# escape=`\nFROM scratch\nRUN a \\\n b\n",
        "FROM scratch\n# escape=`\nRUN a \\\n b\n",
        "# unknown=1\n# escape=`\nFROM scratch\nRUN a \\\n b\n",
    ] {
        let d = ok(text);
        assert_eq!(d.escape, '\\', "{text}");
        assert_eq!(d.stages[0].instructions[0].value, plain_run("a  b"));
    }

    assert_eq!(
        fails("# escape=x\nFROM scratch\n"),
        "Dockerfile:1: invalid escape token 'x' does not match ` or \\"
    );
    assert_eq!(
        fails("# syntax=a\n# syntax=b\nFROM scratch\n"),
        "Dockerfile:2: only one syntax parser directive can be used"
    );
    assert_eq!(
        fails("# escape=`\n# ESCAPE=`\nFROM scratch\n"),
        "Dockerfile:2: only one escape parser directive can be used"
    );
    // A byte-order mark before the directives is skipped.
    assert_eq!(ok("\u{feff}# escape=`\nFROM scratch\n").escape, '`');
}

#[test]
fn continuations_comments_and_blank_lines() {
    let cases: &[(&str, &str)] = &[
        ("RUN a \\\n  b", "a   b"),
        ("RUN a\\\nb", "ab"),
        // Blanks after the escape still continue the line.
        ("RUN a \\  \t\n b", "a  b"),
        // Comment lines and blank lines inside a continuation are skipped.
        ("RUN a \\\n# note\n  \n b", "a  b"),
        ("RUN a \\\n    # indented note\n b \\\n\n c", "a  b  c"),
        // CRLF line ends.
        ("RUN a \\\r\n b\r", "a  b"),
        // A continuation at the end of the file ends the instruction.
        ("RUN a \\", "a"),
        // `\\` at the end is still a continuation (as in the reference frontend).
        ("RUN a \\\\\nb", "a \\b"),
        // Leading blanks before a keyword.
        ("   \t RUN a", "a"),
    ];
    for (body, want) in cases {
        let text = format!("FROM scratch\n{body}\n");
        let Instruction::Run { command, .. } = step(&text) else {
            panic!("{text}")
        };
        assert_eq!(command, shell(want), "{text:?}");
    }
    let d = ok("FROM scratch\n\n# c\nRUN a \\\n b \\\n c\nRUN d\n");
    let lines: Vec<usize> = d.stages[0].instructions.iter().map(|i| i.line).collect();
    assert_eq!(lines, [4, 7]);
    assert_eq!(d.stages[0].instructions[0].text, "RUN a  b  c");
    // Keywords are case-insensitive.
    assert_eq!(steps("from scratch\nrun a\nRuN b\n").len(), 2);
}

#[test]
fn exec_and_shell_forms() {
    let cases: &[(&str, Command)] = &[
        (r#"RUN ["echo", "a b"]"#, Command::Exec(s(&["echo", "a b"]))),
        (
            r#"RUN   [ "echo" ,"\u0041\n" ]  "#,
            Command::Exec(s(&["echo", "A\n"])),
        ),
        // Not JSON: the shell form, as written.
        (r#"RUN [echo, a]"#, shell("[echo, a]")),
        (r#"RUN ["echo", 'a']"#, shell(r#"["echo", 'a']"#)),
        (r#"RUN ["echo" "a"]"#, shell(r#"["echo" "a"]"#)),
        ("RUN echo [1]", shell("echo [1]")),
    ];
    for (line, want) in cases {
        let Instruction::Run { command, .. } = step(&format!("FROM scratch\n{line}\n")) else {
            panic!()
        };
        assert_eq!(&command, want, "{line}");
    }
    assert_eq!(
        step("FROM scratch\nCMD []\n"),
        Instruction::Cmd(Command::Exec(vec![]))
    );
    assert_eq!(
        step("FROM scratch\nENTRYPOINT []\n"),
        Instruction::Entrypoint(Command::Exec(vec![]))
    );
    assert_eq!(
        fails("FROM scratch\nCMD [\"a\", 1]\n"),
        "Dockerfile:2: when using JSON array syntax, arrays must be comprised of strings only"
    );
    assert_eq!(
        fails("FROM scratch\nSHELL /bin/sh -c\n"),
        "Dockerfile:2: SHELL requires the arguments to be in JSON form"
    );
    assert_eq!(
        fails("FROM scratch\nSHELL []\n"),
        "Dockerfile:2: SHELL requires at least one argument"
    );
    assert_eq!(
        fails("FROM scratch\nRUN []\n"),
        "Dockerfile:2: RUN requires at least one argument"
    );
    assert_eq!(
        step("FROM scratch\nVOLUME [\"/a b\", \"/c\"]\n"),
        Instruction::Volume(s(&["/a b", "/c"]))
    );
    assert_eq!(
        step("FROM scratch\nVOLUME /a  /b\n"),
        Instruction::Volume(s(&["/a", "/b"]))
    );
    let Instruction::Copy(copy) = step("FROM scratch\nCOPY [\"a b\", \"c\", \"/d e/\"]\n") else {
        panic!()
    };
    assert_eq!(
        (copy.sources, copy.dest),
        (s(&["a b", "c"]), "/d e/".to_string())
    );
}

#[test]
fn heredocs() {
    let text = "FROM scratch\nRUN <<EOF\necho $HOME\n  indented\nEOF\nRUN true\n";
    let d = ok(text);
    let st = &d.stages[0].instructions;
    assert_eq!(
        st[0].value,
        Instruction::Run {
            command: shell("<<EOF"),
            heredocs: vec![Heredoc {
                name: "EOF".into(),
                body: "echo $HOME\n  indented\n".into(),
                expand: true
            }],
            flags: vec![],
        }
    );
    assert_eq!((st[0].line, st[0].text.as_str()), (2, "RUN <<EOF"));
    assert_eq!(st[1].line, 6);

    // <<- strips leading tabs from the body and the terminator; quotes turn expansion off.
    let Instruction::Run { heredocs, .. } = step("FROM scratch\nRUN <<-'END'\n\t\tx $y\n\tEND\n")
    else {
        panic!()
    };
    assert_eq!(
        heredocs,
        [Heredoc {
            name: "END".into(),
            body: "x $y\n".into(),
            expand: false
        }]
    );
    let Instruction::Run { heredocs, .. } = step("FROM scratch\nRUN <<\"A\"\nbody\nA\n") else {
        panic!()
    };
    assert!(!heredocs[0].expand);

    // Several per line, bodies in order; a terminator must be the whole line.
    let Instruction::Run {
        command, heredocs, ..
    } = step("FROM scratch\nRUN cat <<A - <<B > /out\na1\n A\nA\nb1\nB\n")
    else {
        panic!()
    };
    assert_eq!(command, shell("cat <<A - <<B > /out"));
    assert_eq!(
        with_heredocs("cat <<A - <<B > /out", &heredocs),
        "cat <<A - <<B > /out\na1\n A\nA\nb1\nB"
    );
    assert_eq!(
        heredocs.iter().map(|h| h.body.as_str()).collect::<Vec<_>>(),
        ["a1\n A\n", "b1\n"]
    );

    // COPY <<EOF /path, with a flag; the spec finds the body from the source word.
    let Instruction::Copy(copy) =
        step("FROM scratch\nCOPY --chmod=755 <<EOF /usr/bin/hello\n#!/bin/sh\necho hi\nEOF\n")
    else {
        panic!()
    };
    assert_eq!(
        (copy.sources.clone(), copy.dest.as_str()),
        (s(&["<<EOF"]), "/usr/bin/hello")
    );
    assert_eq!(
        copy.heredoc("<<EOF").map(|h| h.body.as_str()),
        Some("#!/bin/sh\necho hi\n")
    );
    assert_eq!(copy.heredoc("EOF"), None);

    // A body keeps what would otherwise be comments, continuations and directives.
    let Instruction::Run { heredocs, .. } =
        step("FROM scratch\nRUN <<EOF\n# not a comment \\\n\nEOF\n")
    else {
        panic!()
    };
    assert_eq!(heredocs[0].body, "# not a comment \\\n\n");

    // Quoted `<<` is not a heredoc; the exec form has none; CMD has none.
    assert!(
        matches!(step("FROM scratch\nRUN echo '<<EOF'\n"), Instruction::Run { ref heredocs, .. } if heredocs.is_empty())
    );
    assert!(
        matches!(step("FROM scratch\nRUN [\"cat\", \"<<EOF\"]\n"), Instruction::Run { ref heredocs, .. } if heredocs.is_empty())
    );
    assert_eq!(
        step("FROM scratch\nCMD cat <<EOF\n"),
        Instruction::Cmd(shell("cat <<EOF"))
    );

    assert_eq!(
        fails("FROM scratch\nRUN <<EOF\nno end\n"),
        "Dockerfile:2: unterminated heredoc EOF"
    );
    assert_eq!(
        fails("FROM scratch\nCOPY a <<EOF\nx\nEOF\n"),
        "Dockerfile:2: COPY cannot accept a heredoc as a destination"
    );
}

#[test]
fn flags() {
    let d = ok("FROM --platform=linux/amd64 busybox AS Build\n");
    assert_eq!(
        d.stages[0].from.value,
        From {
            image: "busybox".into(),
            name: Some("build".into()),
            platform: Some("linux/amd64".into())
        }
    );
    let Instruction::Run { flags, .. } = step(
        "FROM scratch\nRUN --mount=type=bind,source=a,target=/a --mount=type=tmpfs,target=/t --security=insecure x\n",
    ) else {
        panic!()
    };
    assert_eq!(flags.iter().filter(|(n, _)| n == "mount").count(), 2);
    let Instruction::Copy(copy) =
        step("FROM scratch\nCOPY --from=build --link --parents --exclude=*.tmp --exclude=x a b\n")
    else {
        panic!()
    };
    assert_eq!(copy.flags.len(), 5);
    let Instruction::Add(add) = step(
        "FROM scratch\nADD --checksum=sha256:0123 --keep-git-dir=true --link=false https://x/y.tgz /\n",
    ) else {
        panic!()
    };
    assert_eq!(
        add.flags[1],
        ("keep-git-dir".to_string(), Some("true".to_string()))
    );

    let errors: &[(&str, &str)] = &[
        ("RUN --mnt=x true", "unknown flag: mnt"),
        ("COPY --checksum=x a b", "unknown flag: checksum"),
        ("ADD --from=x a b", "unknown flag: from"),
        ("ENV --x=1 A=1", "unknown flag: x"),
        ("COPY --from a b", "missing a value on flag: from"),
        (
            "COPY --from=a --from=b a b",
            "duplicate flag specified: from",
        ),
        (
            "COPY --link=maybe a b",
            "expecting boolean value for flag link, not: maybe",
        ),
        (
            "HEALTHCHECK --interval=soon CMD true",
            "time: invalid duration \"soon\"",
        ),
        (
            "HEALTHCHECK --timeout=1us CMD true",
            "Interval \"timeout\" cannot be less than 1ms",
        ),
        (
            "HEALTHCHECK --retries=-1 CMD true",
            "--retries cannot be negative (-1)",
        ),
        (
            "HEALTHCHECK --retries=x CMD true",
            "invalid --retries value \"x\"",
        ),
        ("HEALTHCHECK --bogus=1 CMD true", "unknown flag: bogus"),
    ];
    step_errors(errors);
    assert_eq!(
        fails("FROM --plat=x scratch\n"),
        "Dockerfile:1: unknown flag: plat"
    );
}

#[test]
fn env_label_arg() {
    assert_eq!(
        step("FROM scratch\nENV A=1 B=\"x y\" C=z\\ w D=\n"),
        Instruction::Env(pairs(&[
            ("A", "1"),
            ("B", "\"x y\""),
            ("C", "z\\ w"),
            ("D", "")
        ]))
    );
    // The old form: the rest of the line is the value.
    assert_eq!(
        step("FROM scratch\nENV PATH /usr/bin:/bin  and more\n"),
        Instruction::Env(pairs(&[("PATH", "/usr/bin:/bin  and more")]))
    );
    assert_eq!(
        step("FROM scratch\nLABEL a b c\n"),
        Instruction::Label(pairs(&[("a", "b c")]))
    );
    assert_eq!(
        step("FROM scratch\nLABEL \"com.x\"=\"y\" k='v w'\n"),
        Instruction::Label(pairs(&[("\"com.x\"", "\"y\""), ("k", "'v w'")]))
    );
    assert_eq!(
        step("FROM scratch\nARG A B=2 C=\"x y\"\n"),
        Instruction::Arg(vec![
            Arg {
                name: "A".into(),
                default: None
            },
            Arg {
                name: "B".into(),
                default: Some("2".into())
            },
            Arg {
                name: "C".into(),
                default: Some("\"x y\"".into())
            },
        ])
    );
    let errors: &[(&str, &str)] = &[
        ("ENV", "ENV requires at least one argument"),
        ("ENV A", "ENV must have two arguments"),
        (
            "ENV A=1 B",
            "Syntax error - can't find = in \"B\". Must be of the form: name=value",
        ),
        ("ENV =1", "ENV names can not be blank"),
        ("LABEL", "LABEL requires at least one argument"),
        ("ARG", "ARG requires at least one argument"),
        ("ARG =x", "ARG names can not be blank"),
    ];
    step_errors(errors);
}

#[test]
fn stages_and_global_args() {
    let d = ok("ARG A\nARG B=1 C\nFROM a AS one\nARG A\nFROM one\nFROM b as Two\n");
    assert_eq!(
        d.global_args
            .iter()
            .map(|a| a.value.name.as_str())
            .collect::<Vec<_>>(),
        ["A", "B", "C"]
    );
    assert_eq!(d.global_args[2].line, 2);
    assert_eq!(d.stages.len(), 3);
    assert_eq!(
        d.stages[0].instructions[0].value,
        Instruction::Arg(vec![Arg {
            name: "A".into(),
            default: None
        }])
    );
    assert_eq!(d.stages[2].from.value.name.as_deref(), Some("two"));

    let errors: &[(&str, &str)] = &[
        ("", "Dockerfile:1: file with no instructions"),
        (
            "# only a comment\n\n",
            "Dockerfile:1: file with no instructions",
        ),
        ("ARG A\nARG B\n", "Dockerfile:2: no FROM instruction"),
        (
            "ARG A\nRUN x\nFROM a\n",
            "Dockerfile:2: no build stage in current context: RUN comes before the first FROM",
        ),
        (
            "FROM\n",
            "Dockerfile:1: FROM requires either one or three arguments",
        ),
        (
            "FROM a AS\n",
            "Dockerfile:1: FROM requires either one or three arguments",
        ),
        (
            "FROM a b c\n",
            "Dockerfile:1: FROM requires either one or three arguments",
        ),
        (
            "FROM a AS 1st\n",
            "Dockerfile:1: invalid name for build stage: \"1st\", name can't start with a number or contain symbols",
        ),
        (
            "FROM a AS x$y\n",
            "Dockerfile:1: invalid name for build stage: \"x$y\", name can't start with a number or contain symbols",
        ),
        (
            "FROM a AS x\nFROM b AS X\n",
            "Dockerfile:2: duplicate stage name \"x\"",
        ),
    ];
    for (text, want) in errors {
        assert_eq!(fails(text), *want, "{text:?}");
    }
    assert_eq!(
        ok("FROM a AS my-stage_1.x\n").stages[0]
            .from
            .value
            .name
            .as_deref(),
        Some("my-stage_1.x")
    );
}

#[test]
fn other_instructions() {
    assert_eq!(
        step("FROM scratch\nWORKDIR /a b\n"),
        Instruction::Workdir("/a b".into())
    );
    assert_eq!(
        step("FROM scratch\nUSER app:app\n"),
        Instruction::User("app:app".into())
    );
    assert_eq!(
        step("FROM scratch\nHEALTHCHECK none\n"),
        Instruction::Healthcheck(Health::None)
    );
    assert_eq!(
        step("FROM scratch\nHEALTHCHECK CMD [\"/bin/check\", \"-q\"]\n"),
        Instruction::Healthcheck(Health::Check {
            test: Command::Exec(s(&["/bin/check", "-q"])),
            flags: vec![]
        })
    );
    let errors: &[(&str, &str)] = &[
        ("RUNN true", "unknown instruction: RUNN (did you mean RUN?)"),
        (
            "COPPY a b",
            "unknown instruction: COPPY (did you mean COPY?)",
        ),
        ("XYZZY bar", "unknown instruction: XYZZY"),
        ("RUN", "RUN requires at least one argument"),
        ("CMD", "CMD requires at least one argument"),
        ("ENTRYPOINT", "ENTRYPOINT requires at least one argument"),
        (
            "COPY",
            "COPY requires at least two arguments, but only one was provided. Destination could not be determined",
        ),
        (
            "ADD a",
            "ADD requires at least two arguments, but only one was provided. Destination could not be determined",
        ),
        ("EXPOSE", "EXPOSE requires at least one argument"),
        ("VOLUME", "VOLUME requires at least one argument"),
        (
            "VOLUME [\"\"]",
            "VOLUME specified can not be an empty string",
        ),
        ("WORKDIR", "WORKDIR requires exactly one argument"),
        ("USER", "USER requires exactly one argument"),
        ("STOPSIGNAL", "STOPSIGNAL requires exactly one argument"),
        ("MAINTAINER", "MAINTAINER requires exactly one argument"),
        ("ONBUILD", "ONBUILD requires at least one argument"),
        (
            "ONBUILD ONBUILD RUN x",
            "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
        ),
        ("ONBUILD FROM x", "FROM isn't allowed as an ONBUILD trigger"),
        (
            "onbuild maintainer x",
            "MAINTAINER isn't allowed as an ONBUILD trigger",
        ),
        (
            "ONBUILD RUNN x",
            "unknown instruction: RUNN (did you mean RUN?)",
        ),
        ("HEALTHCHECK", "HEALTHCHECK requires at least one argument"),
        ("HEALTHCHECK NONE x", "HEALTHCHECK NONE takes no arguments"),
        ("HEALTHCHECK CMD", "Missing command after HEALTHCHECK CMD"),
        (
            "HEALTHCHECK CMD []",
            "Missing command after HEALTHCHECK CMD",
        ),
        (
            "HEALTHCHECK RUN x",
            "Unknown type \"RUN\" in HEALTHCHECK (try CMD)",
        ),
    ];
    step_errors(errors);
}

#[test]
fn onbuild_triggers_round_trip() {
    let d = ok("FROM scratch\nONBUILD RUN <<EOF\necho built\nEOF\nONBUILD ENV A=1\n");
    let triggers: Vec<String> = d.stages[0]
        .instructions
        .iter()
        .map(|i| match &i.value {
            Instruction::Onbuild(t) => trigger_text(t),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(triggers, ["RUN <<EOF\necho built\nEOF", "ENV A=1"]);
    let again = parse_instructions(&triggers[0], '\\', "ONBUILD").unwrap();
    let Instruction::Onbuild(first) = &d.stages[0].instructions[0].value else {
        panic!()
    };
    assert_eq!(again[0].value, first.value);
    assert_eq!(
        parse_instructions("FROM x", '\\', "change")
            .unwrap_err()
            .to_string(),
        "change:1: FROM isn't allowed here"
    );
    assert_eq!(
        parse_instructions("CMD [\"a\"]\nUSER u", '\\', "change")
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn errors_are_one_short_line() {
    let long = format!("FROM scratch\n{}\u{7} x\n", "Z".repeat(10_000));
    let msg = fails(&long);
    assert!(msg.len() < 200 && !msg.contains('\u{7}'), "{msg}");
    let msg = fails("FROM scratch\nRUNN\u{1b}[31m x\n");
    assert_eq!(msg, "Dockerfile:2: unknown instruction: RUNN\\u{1b}[31M");
    assert_eq!(
        parse_bytes(b"FROM a\nRUN \xff\n", "Containerfile")
            .unwrap_err()
            .to_string(),
        "Containerfile:2: invalid UTF-8"
    );
    assert_eq!(
        parse_bytes(&vec![b'#'; MAX_DOCKERFILE_BYTES + 1], "Dockerfile")
            .unwrap_err()
            .to_string(),
        "Dockerfile:1: file is larger than 8 MiB"
    );
    assert!(parse_bytes(b"FROM a\n", "Dockerfile").is_ok());
}

/// Hostile inputs complete with a tree or one error; no timing is asserted, only that each
/// returns (a quadratic or exponential path would hang the test instead).
#[test]
fn hostile_inputs_complete() {
    let mut inputs: Vec<String> = vec![
        format!("FROM scratch\n{}", "RUN true\n".repeat(100_000)),
        format!("FROM scratch\nRUN {}\n", "x".repeat(10 << 20)),
        format!("FROM scratch\nRUN {}\n", "[".repeat(1 << 20)),
        format!(
            "FROM scratch\nCMD {}{}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
        format!(
            "FROM scratch\nRUN <<EOF\n{}EOF\n",
            "line of a big heredoc\n".repeat(200_000)
        ),
        format!(
            "FROM scratch\nRUN <<EOF\n{}",
            "never terminated\n".repeat(100_000)
        ),
        format!("FROM scratch\nRUN {}\n", "<<A ".repeat(50_000)),
        format!("FROM scratch\nENV {}\n", "\"".repeat(1 << 20)),
        format!(
            "FROM scratch\nENV A=\"{}\n",
            "unterminated ".repeat(100_000)
        ),
        format!("FROM scratch\nRUN a{}\n", " \\\n".repeat(100_000)),
        format!("FROM scratch\n{}", "# comment\n".repeat(100_000)),
        format!("FROM scratch\nCOPY {} /\n", "--from=x ".repeat(100_000)),
        format!("FROM scratch\nLABEL {}\n", "a=b ".repeat(200_000)),
        format!("FROM scratch\nRUN \0\0\0\n\0"),
        "\\\n".repeat(100_000),
        "#".repeat(1 << 20),
    ];
    inputs.push(format!(
        "FROM scratch\nONBUILD {}",
        "RUN <<EOF\n".repeat(10)
    ));
    for input in &inputs {
        let _ = parse(input, "Dockerfile");
    }
    let d = ok(&inputs[0]);
    assert_eq!(d.stages[0].instructions.len(), 100_000);
    assert_eq!(d.stages[0].instructions[99_999].line, 100_001);
    assert!(parse(&inputs[4], "Dockerfile").is_ok());
    assert_eq!(fails(&inputs[5]), "Dockerfile:2: unterminated heredoc EOF");
}

# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_berth_global_optspecs
    string join \n root= runroot= log-level= storage-driver= storage-opt= tmpdir= events-backend= cgroup-manager= runtime= runtime-flag= conmon= noout= url= remote= connection= h/help V/version
end

function __fish_berth_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_berth_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_berth_using_subcommand
    set -l cmd (__fish_berth_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c berth -n "__fish_berth_needs_command" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_needs_command" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_needs_command" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_needs_command" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_needs_command" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_needs_command" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_needs_command" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_needs_command" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_needs_command" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_needs_command" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_needs_command" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_needs_command" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_needs_command" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_needs_command" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_needs_command" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_needs_command" -s V -l version -d 'Print version'
complete -c berth -n "__fish_berth_needs_command" -f -a "run" -d 'Create and run a new container from an image'
complete -c berth -n "__fish_berth_needs_command" -f -a "create" -d 'Create a new container without starting it'
complete -c berth -n "__fish_berth_needs_command" -f -a "start" -d 'Start one or more created or stopped containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "update" -d 'Update the resource limits of one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "ps" -d 'List containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "import" -d 'Import a tarball as a filesystem image'
complete -c berth -n "__fish_berth_needs_command" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c berth -n "__fish_berth_needs_command" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c berth -n "__fish_berth_needs_command" -f -a "builder" -d 'Manage the build cache'
complete -c berth -n "__fish_berth_needs_command" -f -a "buildx" -d 'Build images (the build command under docker\'s buildx name)'
complete -c berth -n "__fish_berth_needs_command" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c berth -n "__fish_berth_needs_command" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c berth -n "__fish_berth_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c berth -n "__fish_berth_needs_command" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c berth -n "__fish_berth_needs_command" -f -a "images" -d 'List images'
complete -c berth -n "__fish_berth_needs_command" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c berth -n "__fish_berth_needs_command" -f -a "rmi" -d 'Remove one or more images'
complete -c berth -n "__fish_berth_needs_command" -f -a "inspect" -d 'Display detailed information on images or containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "pull" -d 'Download an image from a registry'
complete -c berth -n "__fish_berth_needs_command" -f -a "push" -d 'Upload an image to a registry'
complete -c berth -n "__fish_berth_needs_command" -f -a "login" -d 'Log in to a registry'
complete -c berth -n "__fish_berth_needs_command" -f -a "logout" -d 'Log out from a registry'
complete -c berth -n "__fish_berth_needs_command" -f -a "search" -d 'Search a registry\'s catalog for repositories'
complete -c berth -n "__fish_berth_needs_command" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c berth -n "__fish_berth_needs_command" -f -a "load" -d 'Load images from a tar archive or an OCI layout directory (STDIN by default)'
complete -c berth -n "__fish_berth_needs_command" -f -a "healthcheck" -d 'Run a container\'s health check'
complete -c berth -n "__fish_berth_needs_command" -f -a "image" -d 'Manage images'
complete -c berth -n "__fish_berth_needs_command" -f -a "container" -d 'Manage containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c berth -n "__fish_berth_needs_command" -f -a "events" -d 'Get real time events from berth'
complete -c berth -n "__fish_berth_needs_command" -f -a "system" -d 'Manage berth: disk usage, pruning, checking the store'
complete -c berth -n "__fish_berth_needs_command" -f -a "network" -d 'Manage networks'
complete -c berth -n "__fish_berth_needs_command" -f -a "version" -d 'Show the berth version information'
complete -c berth -n "__fish_berth_needs_command" -f -a "info" -d 'Display system-wide information'
complete -c berth -n "__fish_berth_needs_command" -f -a "completion" -d 'Generate shell completion scripts'
complete -c berth -n "__fish_berth_needs_command" -f -a "stop" -d 'Stop one or more running containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "kill" -d 'Kill one or more running containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "wait" -d 'Block until one or more containers stop, then print their exit codes'
complete -c berth -n "__fish_berth_needs_command" -f -a "logs" -d 'Fetch the logs of a container'
complete -c berth -n "__fish_berth_needs_command" -f -a "exec" -d 'Execute a command in a running container'
complete -c berth -n "__fish_berth_needs_command" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c berth -n "__fish_berth_needs_command" -f -a "rename" -d 'Rename a container'
complete -c berth -n "__fish_berth_needs_command" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c berth -n "__fish_berth_needs_command" -f -a "top" -d 'Display the running processes of a container'
complete -c berth -n "__fish_berth_needs_command" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c berth -n "__fish_berth_needs_command" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c berth -n "__fish_berth_using_subcommand run" -l rm -d 'Automatically remove the container when it exits' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -s d -l detach -d 'Run the container in the background and print its id' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l sig-proxy -d 'Proxy received signals to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l name -d 'Assign a name to the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from berth\'s environment)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines; # starts a comment)' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s u -l user -d 'Username or UID, with an optional group (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image: a command, a JSON array of strings (["/bin/x","y"]), or "" to clear it' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s h -l hostname -d 'Container host name' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s v -l volume -d 'Bind mount a host path or mount a volume ([HOST-DIR|NAME:]CONTAINER-DIR[:OPTIONS]; options ro, rw, nocopy, U); a NAME is made on first use, no source makes an anonymous volume' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=,target=,readonly, bind-propagation=,volume-nocopy,tmpfs-size=,tmpfs-mode=)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l volumes-from -d 'Mount the volumes and bind mounts of another container (CONTAINER[:ro|rw])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l tmpfs -d 'Mount a tmpfs (PATH[:OPTIONS]; options size, mode, uid, gid, nr_inodes, ro, exec, suid, dev; default rw,nosuid,nodev,noexec)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s i -l interactive -d 'Keep STDIN open and pass it to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-TTY' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l network -d 'Network: bridge (the default; rootless: outbound through berth\'s user-mode network where /dev/net/tun is open to the user), NAME[,NAME...] of user networks (rootless: one, its containers reach each other by name), private (own namespace with loopback only), none, host, container:NAME|ID, ns:PATH, pasta[:OPTIONS] and slirp4netns[:OPTIONS] (run those programs, when installed)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l network-alias -d 'Another name for the container on its user networks' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s p -l publish -d 'Publish a container\'s port to the host ([IP:][HOSTPORT:]CTRPORT[/tcp|udp|sctp], ranges as FROM-TO); rootless: berth\'s monitor listens on the host port as the user (tcp and udp; ports below net.ipv4.ip_unprivileged_port_start are refused)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s P -l publish-all -d 'Publish every exposed port on a free host port' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l expose -d 'Expose a port or a range (PORT[/PROTO], FROM-TO[/PROTO]) without publishing it' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l link -d 'Add a link to another container (NAME[:ALIAS])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l add-host -d 'Add a line to /etc/hosts (NAME:IP; IP host-gateway is the network\'s gateway)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l dns -d 'Set a DNS server' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l dns-search -d 'Set a DNS search domain ("." for none)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l dns-option -d 'Set a DNS option' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l ipc -d 'IPC namespace: private, shareable, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l uts -d 'UTS namespace (host name): private, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l pid -d 'PID namespace: private, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l domainname -d 'The container\'s NIS domain name' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem as read only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l no-hosts -d 'Do not create /etc/hosts for the container; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l label-file -d 'Read in a line delimited file of labels (KEY=VALUE; # comments)' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l pull -d 'Pull the image before creating the container: always, missing (when not in the store), never, newer (when the registry\'s differs; the stored one if that fails)' -r -f -a "always\t''
missing\t''
never\t''
newer\t'Pull when the registry\'s image differs from the stored one; a failed pull falls back to the stored image'"
complete -c berth -n "__fish_berth_using_subcommand run" -s q -l quiet -d 'Suppress the output of the image\'s pull' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l platform -d 'Platform of the image to pull (os/arch[/variant])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l restart -d 'Restart policy: no, on-failure[:max-retries], always, unless-stopped' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l init -d 'Run berth\'s minimal init as PID 1: it forwards signals and reaps zombies' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l log-opt -d 'Log options: max-size=SIZE (rotate at this size), max-file=N (files kept), path=FILE (the log file)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s m -l memory -d 'Memory limit (e.g. 512m, 1g)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l memory-reservation -d 'Memory soft limit' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cpus -d 'Number of CPUs (e.g. 0.5)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s c -l cpu-shares -d 'CPU shares (relative weight, 2-262144)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cpu-quota -d 'Limit CPU CFS quota (microseconds per period; -1 for none)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cpu-period -d 'Limit CPU CFS period (microseconds, 1000-1000000)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l blkio-weight -d 'Block IO relative weight, 10-1000' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l device-read-bps -d 'Limit read rate from a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l device-write-bps -d 'Limit write rate to a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cgroups -d 'Control groups: enabled (the container gets its own) or disabled' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l privileged -d 'Give extended privileges to this container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l cap-add -d 'Add Linux capabilities (or ALL)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l cap-drop -d 'Drop Linux capabilities (or ALL)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l security-opt -d 'Security options: seccomp=FILE.json|unconfined, no-new-privileges[=true|false], mask=PATH[:PATH], unmask=ALL|PATH[:PATH]' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l ulimit -d 'Ulimit options (NAME=SOFT[:HARD], e.g. nofile=1024:2048)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l sysctl -d 'Namespaced kernel parameters (NAME=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l device -d 'Add a host device to the container (HOST[:CONTAINER[:PERMISSIONS]])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l userns -d 'User namespace: host (none of its own), auto[:size=N] (a range of its own), or keep-id[:uid=N,gid=N] (rootless: your ids inside)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l uidmap -d 'Map container uids to host uids (CONTAINER:HOST:SIZE; rootless, HOST counts your own uid as 0 and your subordinate uids from 1); without --gidmap it maps gids too' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l gidmap -d 'Map container gids to host gids (CONTAINER:HOST:SIZE); without --uidmap it maps uids too' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-cmd -d 'Command to run to check health (a shell command; \'none\' disables the image\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-interval -d 'Time between running the check (ms|s|m|h), default 30s' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h), default 30s' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-retries -d 'Consecutive failures needed to report unhealthy, default 3' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-start-period -d 'Start period for the container to initialize before failures count (ms|s|m|h)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-start-interval -d 'Time between checks during the start period (ms|s|m|h)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l health-on-failure -d 'What to do when the container turns unhealthy: none, kill, restart, stop' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l stop-signal -d 'Signal to stop the container with (over the image\'s STOPSIGNAL; default SIGTERM)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l stop-timeout -d 'Seconds to wait after the stop signal before killing the container (default 10)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l tz -d 'Time zone of the container: "local" (the host\'s) or a zone name like Europe/Berlin' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l pidfile -d 'Write the container\'s pid to FILE each time it starts' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l preserve-fds -d 'Pass N more file descriptors (3 to 3+N-1) into the container' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l env-host -d 'Copy berth\'s whole environment into the container (before -e and --env-file)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l log-driver -d 'Logging driver: k8s-file (default), json-file, none, passthrough' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l replace -d 'If a container with the same name exists, remove it first (killed if running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l cidfile -d 'Write the container\'s id to FILE (which must not exist yet)' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from berth\'s environment)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines; # starts a comment)' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s u -l user -d 'Username or UID, with an optional group (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image: a command, a JSON array of strings (["/bin/x","y"]), or "" to clear it' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s h -l hostname -d 'Container host name' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s v -l volume -d 'Bind mount a host path or mount a volume ([HOST-DIR|NAME:]CONTAINER-DIR[:OPTIONS]; options ro, rw, nocopy, U); a NAME is made on first use, no source makes an anonymous volume' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=,target=,readonly, bind-propagation=,volume-nocopy,tmpfs-size=,tmpfs-mode=)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l volumes-from -d 'Mount the volumes and bind mounts of another container (CONTAINER[:ro|rw])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l tmpfs -d 'Mount a tmpfs (PATH[:OPTIONS]; options size, mode, uid, gid, nr_inodes, ro, exec, suid, dev; default rw,nosuid,nodev,noexec)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s i -l interactive -d 'Keep STDIN open and pass it to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-TTY' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l network -d 'Network: bridge (the default; rootless: outbound through berth\'s user-mode network where /dev/net/tun is open to the user), NAME[,NAME...] of user networks (rootless: one, its containers reach each other by name), private (own namespace with loopback only), none, host, container:NAME|ID, ns:PATH, pasta[:OPTIONS] and slirp4netns[:OPTIONS] (run those programs, when installed)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l network-alias -d 'Another name for the container on its user networks' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s p -l publish -d 'Publish a container\'s port to the host ([IP:][HOSTPORT:]CTRPORT[/tcp|udp|sctp], ranges as FROM-TO); rootless: berth\'s monitor listens on the host port as the user (tcp and udp; ports below net.ipv4.ip_unprivileged_port_start are refused)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s P -l publish-all -d 'Publish every exposed port on a free host port' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l expose -d 'Expose a port or a range (PORT[/PROTO], FROM-TO[/PROTO]) without publishing it' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l link -d 'Add a link to another container (NAME[:ALIAS])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l add-host -d 'Add a line to /etc/hosts (NAME:IP; IP host-gateway is the network\'s gateway)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l dns -d 'Set a DNS server' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l dns-search -d 'Set a DNS search domain ("." for none)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l dns-option -d 'Set a DNS option' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l ipc -d 'IPC namespace: private, shareable, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l uts -d 'UTS namespace (host name): private, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l pid -d 'PID namespace: private, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l domainname -d 'The container\'s NIS domain name' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l read-only -d 'Mount the container\'s root filesystem as read only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l no-hosts -d 'Do not create /etc/hosts for the container; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l label-file -d 'Read in a line delimited file of labels (KEY=VALUE; # comments)' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l pull -d 'Pull the image before creating the container: always, missing (when not in the store), never, newer (when the registry\'s differs; the stored one if that fails)' -r -f -a "always\t''
missing\t''
never\t''
newer\t'Pull when the registry\'s image differs from the stored one; a failed pull falls back to the stored image'"
complete -c berth -n "__fish_berth_using_subcommand create" -s q -l quiet -d 'Suppress the output of the image\'s pull' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l platform -d 'Platform of the image to pull (os/arch[/variant])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l restart -d 'Restart policy: no, on-failure[:max-retries], always, unless-stopped' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l init -d 'Run berth\'s minimal init as PID 1: it forwards signals and reaps zombies' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l log-opt -d 'Log options: max-size=SIZE (rotate at this size), max-file=N (files kept), path=FILE (the log file)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s m -l memory -d 'Memory limit (e.g. 512m, 1g)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l memory-reservation -d 'Memory soft limit' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cpus -d 'Number of CPUs (e.g. 0.5)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s c -l cpu-shares -d 'CPU shares (relative weight, 2-262144)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cpu-quota -d 'Limit CPU CFS quota (microseconds per period; -1 for none)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cpu-period -d 'Limit CPU CFS period (microseconds, 1000-1000000)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l blkio-weight -d 'Block IO relative weight, 10-1000' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l device-read-bps -d 'Limit read rate from a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l device-write-bps -d 'Limit write rate to a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cgroups -d 'Control groups: enabled (the container gets its own) or disabled' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l privileged -d 'Give extended privileges to this container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l cap-add -d 'Add Linux capabilities (or ALL)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l cap-drop -d 'Drop Linux capabilities (or ALL)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l security-opt -d 'Security options: seccomp=FILE.json|unconfined, no-new-privileges[=true|false], mask=PATH[:PATH], unmask=ALL|PATH[:PATH]' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l ulimit -d 'Ulimit options (NAME=SOFT[:HARD], e.g. nofile=1024:2048)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l sysctl -d 'Namespaced kernel parameters (NAME=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l device -d 'Add a host device to the container (HOST[:CONTAINER[:PERMISSIONS]])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l userns -d 'User namespace: host (none of its own), auto[:size=N] (a range of its own), or keep-id[:uid=N,gid=N] (rootless: your ids inside)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l uidmap -d 'Map container uids to host uids (CONTAINER:HOST:SIZE; rootless, HOST counts your own uid as 0 and your subordinate uids from 1); without --gidmap it maps gids too' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l gidmap -d 'Map container gids to host gids (CONTAINER:HOST:SIZE); without --uidmap it maps uids too' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-cmd -d 'Command to run to check health (a shell command; \'none\' disables the image\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-interval -d 'Time between running the check (ms|s|m|h), default 30s' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h), default 30s' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-retries -d 'Consecutive failures needed to report unhealthy, default 3' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-start-period -d 'Start period for the container to initialize before failures count (ms|s|m|h)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-start-interval -d 'Time between checks during the start period (ms|s|m|h)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l health-on-failure -d 'What to do when the container turns unhealthy: none, kill, restart, stop' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l stop-signal -d 'Signal to stop the container with (over the image\'s STOPSIGNAL; default SIGTERM)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l stop-timeout -d 'Seconds to wait after the stop signal before killing the container (default 10)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l tz -d 'Time zone of the container: "local" (the host\'s) or a zone name like Europe/Berlin' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l pidfile -d 'Write the container\'s pid to FILE each time it starts' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l preserve-fds -d 'Pass N more file descriptors (3 to 3+N-1) into the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l env-host -d 'Copy berth\'s whole environment into the container (before -e and --env-file)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l log-driver -d 'Logging driver: k8s-file (default), json-file, none, passthrough' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l replace -d 'If a container with the same name exists, remove it first (killed if running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l cidfile -d 'Write the container\'s id to FILE (which must not exist yet)' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand start" -s a -l attach -d 'Attach STDOUT/STDERR and forward signals' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand start" -s i -l interactive -d 'Attach the container\'s STDIN' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand start" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l all -d 'Start every container that matches the filters (restart-policy=NAME, name=NAME)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand start" -l filter -d 'Filter for --all: restart-policy=always|unless-stopped|on-failure|no, name=NAME' -r
complete -c berth -n "__fish_berth_using_subcommand start" -s l -l latest -d 'Containers to start Start the latest container created' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand start" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand update" -s m -l memory -d 'Memory limit (e.g. 512m, 1g)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l memory-reservation -d 'Memory soft limit' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cpus -d 'Number of CPUs (e.g. 0.5)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -s c -l cpu-shares -d 'CPU shares (relative weight, 2-262144)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cpu-quota -d 'Limit CPU CFS quota (microseconds per period; -1 for none)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cpu-period -d 'Limit CPU CFS period (microseconds, 1000-1000000)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l blkio-weight -d 'Block IO relative weight, 10-1000' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l device-read-bps -d 'Limit read rate from a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l device-write-bps -d 'Limit write rate to a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand ps" -s a -l all -d 'Show all containers (default shows just running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -s q -l quiet -d 'Only display container IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -s l -l latest -d 'Show the latest created container (includes all states)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -s s -l size -d 'Display total file sizes' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -s f -l filter -d 'Filter output based on conditions provided (status, name, id, label, ancestor, exited, before, since, volume, network, health, publish, expose, is-task, isolation); ancestor=IMAGE also matches images whose layers start with IMAGE\'s layers' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' (one JSON array) or a Go template such as \'{{.ID}} {{.Names}}\' (\'{{json .}}\': one object a line)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l noheading -l no-heading -d 'Do not print the header row of a table' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -l namespace -l ns -d 'Show the containers\' namespaces (the inode of each, and the init\'s pid)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -l external -d 'Also list containers that other tools made in the store (berth has none: every container in its store is its own)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -l sync -d 'Accepted for podman\'s scripts: berth\'s state is always current' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand rm" -s f -l force -d 'Force the removal of a running or paused container (SIGKILL, or the stop signal and --time or the container\'s --stop-timeout)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -s i -l ignore -d 'A container that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -l depend -d 'Remove the containers that depend on these first (berth\'s containers have none)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -s t -l time -d 'With -f: seconds to wait after the stop signal before killing (-1: forever)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c berth -n "__fish_berth_using_subcommand import" -s m -l message -d 'Set a commit message for the imported image' -r
complete -c berth -n "__fish_berth_using_subcommand import" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand export" -s o -l output -d 'Write to a file, instead of STDOUT' -r -F
complete -c berth -n "__fish_berth_using_subcommand export" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand build" -s t -l tag -d 'Name and optionally a tag for the image (name:tag); may be given several times' -r
complete -c berth -n "__fish_berth_using_subcommand build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; `-` reads it from stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l target -d 'Set the target build stage to build' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l no-cache -d 'Do not use the cache when building the image' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l pull -d 'Pull base images: always, missing (when not in the store), never; a bare --pull is always' -r -f -a "always\t''
missing\t''
never\t''
newer\t'Pull when the registry\'s image differs from the stored one; a failed pull falls back to the stored image'"
complete -c berth -n "__fish_berth_using_subcommand build" -s q -l quiet -d 'Suppress the build output and print the image id on success' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l iidfile -d 'Write the image id to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l label -d 'Set metadata for the image (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l rm -d 'Remove intermediate containers after a successful build' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l force-rm -d 'Remove intermediate containers also when the build fails' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l network -d 'Network of the RUN steps: bridge (rootless: outbound through berth\'s user-mode network, the default where /dev/net/tun is open to the user), private (loopback only; the default as root), none, host' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l platform -d 'Platform of the image (only this host\'s is supported)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l secret -d 'Secret file to expose to RUN --mount=type=secret (id=ID,src=PATH)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l format -d 'Format of the image\'s manifest when it is pushed (oci or docker)' -r -f -a "oci\t''
docker\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l no-hosts -d 'Do not create /etc/hosts for RUN steps; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l cache-from -d 'Images whose layers may serve as cached steps (pulled when missing; the local build cache is always used)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l layers -d 'Cache intermediate images (false: nothing is looked up or recorded)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -f -a "prune" -d 'Remove build cache'
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all build cache, not just the unused intermediate images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -f -a "prune" -d 'Remove build cache'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag for the image (name:tag); may be given several times' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; `-` reads it from stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the cache when building the image' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull -d 'Pull base images: always, missing (when not in the store), never; a bare --pull is always' -r -f -a "always\t''
missing\t''
never\t''
newer\t'Pull when the registry\'s image differs from the stored one; a failed pull falls back to the stored image'"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Suppress the build output and print the image id on success' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image id to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l label -d 'Set metadata for the image (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l rm -d 'Remove intermediate containers after a successful build' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l force-rm -d 'Remove intermediate containers also when the build fails' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network -d 'Network of the RUN steps: bridge (rootless: outbound through berth\'s user-mode network, the default where /dev/net/tun is open to the user), private (loopback only; the default as root), none, host' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l platform -d 'Platform of the image (only this host\'s is supported)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l secret -d 'Secret file to expose to RUN --mount=type=secret (id=ID,src=PATH)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l format -d 'Format of the image\'s manifest when it is pushed (oci or docker)' -r -f -a "oci\t''
docker\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l no-hosts -d 'Do not create /etc/hosts for RUN steps; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cache-from -d 'Images whose layers may serve as cached steps (pulled when missing; the local build cache is always used)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l layers -d 'Cache intermediate images (false: nothing is looked up or recorded)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all build cache, not just the unused intermediate images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand commit" -s a -l author -d 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s m -l message -d 'Commit message' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s p -l pause -d 'Pause the container during commit' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -s q -l quiet -d 'Suppress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -s f -l format -d 'Format of the image\'s manifest when it is pushed (oci or docker)' -r -f -a "oci\t''
docker\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand diff" -l format -d 'Change the output format (json)' -r -f -a "json\t''"
complete -c berth -n "__fish_berth_using_subcommand diff" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -s q -l quiet -d 'Only show image IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.ID}} {{.CreatedBy}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand history" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -s q -l quiet -d 'Suppress progress output during copy' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -l overwrite -d 'Allow directories to be overwritten with non-directories and vice versa' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand images" -s a -l all -d 'Show all images (by default the intermediate images of builds are hidden)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -s q -l quiet -d 'Only show image IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l digests -d 'Show digests (the manifest digest each repository has for the image)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l noheading -l no-heading -d 'Do not print the header row of a table' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l sort -d 'Sort by created (newest first, the default), id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -s f -l filter -d 'Filter output based on conditions provided (dangling, label, reference, before, since, until)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Repository}}:{{.Tag}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand images" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand tag" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand rmi" -s f -l force -d 'Remove the image even when it has several names or a container uses it' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -l no-prune -d 'Accepted for compatibility; images here have no untagged parents to prune' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -s a -l all -d 'Remove all images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -s i -l ignore -d 'An image that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand inspect" -s l -l latest -d 'Inspect the latest container created' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand inspect" -s f -l format -d 'Format output using a Go template, e.g. \'{{.State.Status}}\' or \'{{json .Config}}\' (\'json\' prints the default JSON)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -s s -l size -d 'Display total file sizes if the type is container (SizeRw, SizeRootFs)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand inspect" -l type -d 'Only objects of this type: container, image or volume' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pull" -s q -l quiet -d 'Suppress the progress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -s a -l all-tags -d 'Pull every tag of the repository (NAME without a tag)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -l authfile -d 'Path of the auth file (default: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l creds -d 'Credentials for the registry: USERNAME[:PASSWORD] (asked for on a terminal when the password is left out)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand push" -s q -l quiet -d 'Suppress the progress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand push" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand push" -l authfile -d 'Path of the auth file (default: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l creds -d 'Credentials for the registry: USERNAME[:PASSWORD] (asked for on a terminal when the password is left out)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -s f -l format -d 'Manifest format: oci, or v2s2 (docker schema 2); default: the format the image was pulled or loaded in, else oci' -r -f -a "oci\t'OCI image manifest'
v2s2\t'Docker image manifest, schema 2'"
complete -c berth -n "__fish_berth_using_subcommand push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand login" -s u -l username -d 'User name' -r
complete -c berth -n "__fish_berth_using_subcommand login" -s p -l password -d 'Password (visible to other users in the process list: prefer --password-stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l password-stdin -d 'Read the password from standard input' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand login" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand login" -l authfile -d 'Path of the auth file to write (default: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand logout" -l authfile -d 'Path of the auth file to change' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand search" -l limit -d 'Show at most this many results' -r
complete -c berth -n "__fish_berth_using_subcommand search" -s f -l filter -d 'Filter the results: stars=N (at least N stars), is-official=BOOL, is-automated=BOOL' -r
complete -c berth -n "__fish_berth_using_subcommand search" -s s -l stars -d 'Only show results with at least N stars (the older form of --filter stars=N)' -r
complete -c berth -n "__fish_berth_using_subcommand search" -l format -d 'Format the output: a Go template over .Index, .Name, .Description, .Stars, .Official, .Automated and .Tag (\'table ...\' for a table), or json' -r
complete -c berth -n "__fish_berth_using_subcommand search" -l no-trunc -d 'Do not truncate the description' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand search" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand search" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand save" -s o -l output -d 'Write to a file (or, for oci-dir, a directory) instead of standard output' -r -F
complete -c berth -n "__fish_berth_using_subcommand save" -l format -d 'Archive format: docker-archive, oci-archive (OCI layout in a tar), or oci-dir (OCI layout directory; needs -o)' -r -f -a "docker-archive\t'docker\'s `save` layout (manifest.json, one layer.tar per layer)'
oci-archive\t'An OCI image layout in a tarball'
oci-dir\t'An OCI image layout directory (-o names the directory)'"
complete -c berth -n "__fish_berth_using_subcommand save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand load" -s i -l input -d 'Read from a tar archive file, or an OCI image layout directory, instead of standard input' -r -F
complete -c berth -n "__fish_berth_using_subcommand load" -s q -l quiet -d 'Suppress the "Loaded image" lines' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand load" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -f -a "run" -d 'Run the container\'s health check once (exit 0: healthy, 1: unhealthy)'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -f -a "watch" -d 'Check on the interval and act on failure (run by the container\'s monitor)'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "ls" -d 'List images'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "list" -d 'List images'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "exists" -d 'Check if an image exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "prune" -d '`container prune` and `image prune`'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "rm" -d 'Remove one or more images'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "import" -d 'Import a tarball as a filesystem image'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "history" -d 'Show the history of an image'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "diff" -d 'Inspect changes of an image\'s top layer'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "pull" -d 'Download an image from a registry'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "push" -d 'Upload an image to a registry'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -f -a "load" -d 'Load images from a tar archive or an OCI layout directory (STDIN by default)'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag for the image (name:tag); may be given several times' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; `-` reads it from stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the cache when building the image' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'Pull base images: always, missing (when not in the store), never; a bare --pull is always' -r -f -a "always\t''
missing\t''
never\t''
newer\t'Pull when the registry\'s image differs from the stored one; a failed pull falls back to the stored image'"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Suppress the build output and print the image id on success' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image id to the file' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'Set metadata for the image (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l rm -d 'Remove intermediate containers after a successful build' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l force-rm -d 'Remove intermediate containers also when the build fails' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l network -d 'Network of the RUN steps: bridge (rootless: outbound through berth\'s user-mode network, the default where /dev/net/tun is open to the user), private (loopback only; the default as root), none, host' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'Platform of the image (only this host\'s is supported)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l secret -d 'Secret file to expose to RUN --mount=type=secret (id=ID,src=PATH)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l format -d 'Format of the image\'s manifest when it is pushed (oci or docker)' -r -f -a "oci\t''
docker\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l no-hosts -d 'Do not create /etc/hosts for RUN steps; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l cache-from -d 'Images whose layers may serve as cached steps (pulled when missing; the local build cache is always used)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l layers -d 'Cache intermediate images (false: nothing is looked up or recorded)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (by default the intermediate images of builds are hidden)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show image IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests (the manifest digest each repository has for the image)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l noheading -l no-heading -d 'Do not print the header row of a table' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by created (newest first, the default), id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided (dangling, label, reference, before, since, until)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Repository}}:{{.Tag}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (by default the intermediate images of builds are hidden)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show image IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests (the manifest digest each repository has for the image)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l noheading -l no-heading -d 'Do not print the header row of a table' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l sort -d 'Sort by created (newest first, the default), id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided (dangling, label, reference, before, since, until)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Repository}}:{{.Tag}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (until=TIME|DURATION, label=KEY[=VALUE], label!=KEY[=VALUE])' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all images no container uses, not just dangling ones' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Inspect the latest container created' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a Go template, e.g. \'{{.State.Status}}\' or \'{{json .Config}}\' (\'json\' prints the default JSON)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file sizes if the type is container (SizeRw, SizeRootFs)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l type -d 'Only objects of this type: container, image or volume' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the image even when it has several names or a container uses it' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Accepted for compatibility; images here have no untagged parents to prune' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'An image that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Set a commit message for the imported image' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.ID}} {{.CreatedBy}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l format -d 'Change the output format (json)' -r -f -a "json\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Suppress the progress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Pull every tag of the repository (NAME without a tag)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Path of the auth file (default: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials for the registry: USERNAME[:PASSWORD] (asked for on a terminal when the password is left out)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Suppress the progress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Path of the auth file (default: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials for the registry: USERNAME[:PASSWORD] (asked for on a terminal when the password is left out)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest format: oci, or v2s2 (docker schema 2); default: the format the image was pulled or loaded in, else oci' -r -f -a "oci\t'OCI image manifest'
v2s2\t'Docker image manifest, schema 2'"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to a file (or, for oci-dir, a directory) instead of standard output' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format: docker-archive, oci-archive (OCI layout in a tar), or oci-dir (OCI layout directory; needs -o)' -r -f -a "docker-archive\t'docker\'s `save` layout (manifest.json, one layer.tar per layer)'
oci-archive\t'An OCI image layout in a tarball'
oci-dir\t'An OCI image layout directory (-o names the directory)'"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from a tar archive file, or an OCI image layout directory, instead of standard input' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Suppress the "Loaded image" lines' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "run" -d 'Create and run a new container from an image'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "create" -d 'Create a new container without starting it'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "start" -d 'Start one or more created or stopped containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "update" -d 'Update the resource limits of one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "ls" -d 'List containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "list" -d 'List containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "rm" -d 'Remove one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "inspect" -d 'Display detailed information on one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "exists" -d 'Check if a container exists in local storage'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "prune" -d '`container prune` and `image prune`'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "stop" -d 'Stop one or more running containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "restart" -d 'Restart one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "kill" -d 'Kill one or more running containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "wait" -d 'Block until one or more containers stop, then print their exit codes'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "logs" -d 'Fetch the logs of a container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "exec" -d 'Execute a command in a running container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "rename" -d 'Rename a container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "top" -d 'Display the running processes of a container'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Automatically remove the container when it exits' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run the container in the background and print its id' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Proxy received signals to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from berth\'s environment)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines; # starts a comment)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'Username or UID, with an optional group (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image: a command, a JSON array of strings (["/bin/x","y"]), or "" to clear it' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Container host name' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a host path or mount a volume ([HOST-DIR|NAME:]CONTAINER-DIR[:OPTIONS]; options ro, rw, nocopy, U); a NAME is made on first use, no source makes an anonymous volume' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=,target=,readonly, bind-propagation=,volume-nocopy,tmpfs-size=,tmpfs-mode=)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount the volumes and bind mounts of another container (CONTAINER[:ro|rw])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a tmpfs (PATH[:OPTIONS]; options size, mode, uid, gid, nr_inodes, ro, exec, suid, dev; default rw,nosuid,nodev,noexec)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep STDIN open and pass it to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-TTY' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l network -d 'Network: bridge (the default; rootless: outbound through berth\'s user-mode network where /dev/net/tun is open to the user), NAME[,NAME...] of user networks (rootless: one, its containers reach each other by name), private (own namespace with loopback only), none, host, container:NAME|ID, ns:PATH, pasta[:OPTIONS] and slirp4netns[:OPTIONS] (run those programs, when installed)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -d 'Another name for the container on its user networks' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port to the host ([IP:][HOSTPORT:]CTRPORT[/tcp|udp|sctp], ranges as FROM-TO); rootless: berth\'s monitor listens on the host port as the user (tcp and udp; ports below net.ipv4.ip_unprivileged_port_start are refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish every exposed port on a free host port' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port or a range (PORT[/PROTO], FROM-TO[/PROTO]) without publishing it' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l link -d 'Add a link to another container (NAME[:ALIAS])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a line to /etc/hosts (NAME:IP; IP host-gateway is the network\'s gateway)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'Set a DNS server' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'Set a DNS search domain ("." for none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -d 'Set a DNS option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l ipc -d 'IPC namespace: private, shareable, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l uts -d 'UTS namespace (host name): private, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pid -d 'PID namespace: private, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l domainname -d 'The container\'s NIS domain name' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the container\'s root filesystem as read only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l no-hosts -d 'Do not create /etc/hosts for the container; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read in a line delimited file of labels (KEY=VALUE; # comments)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'Pull the image before creating the container: always, missing (when not in the store), never, newer (when the registry\'s differs; the stored one if that fails)' -r -f -a "always\t''
missing\t''
never\t''
newer\t'Pull when the registry\'s image differs from the stored one; a failed pull falls back to the stored image'"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Suppress the output of the image\'s pull' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Platform of the image to pull (os/arch[/variant])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy: no, on-failure[:max-retries], always, unless-stopped' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run berth\'s minimal init as PID 1: it forwards signals and reaps zombies' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Log options: max-size=SIZE (rotate at this size), max-file=N (files kept), path=FILE (the log file)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit (e.g. 512m, 1g)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Memory soft limit' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'Number of CPUs (e.g. 0.5)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s c -l cpu-shares -d 'CPU shares (relative weight, 2-262144)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'Limit CPU CFS quota (microseconds per period; -1 for none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'Limit CPU CFS period (microseconds, 1000-1000000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight -d 'Block IO relative weight, 10-1000' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-bps -d 'Limit read rate from a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-bps -d 'Limit write rate to a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroups -d 'Control groups: enabled (the container gets its own) or disabled' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give extended privileges to this container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add Linux capabilities (or ALL)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop Linux capabilities (or ALL)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'Security options: seccomp=FILE.json|unconfined, no-new-privileges[=true|false], mask=PATH[:PATH], unmask=ALL|PATH[:PATH]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Ulimit options (NAME=SOFT[:HARD], e.g. nofile=1024:2048)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l sysctl -d 'Namespaced kernel parameters (NAME=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l device -d 'Add a host device to the container (HOST[:CONTAINER[:PERMISSIONS]])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace: host (none of its own), auto[:size=N] (a range of its own), or keep-id[:uid=N,gid=N] (rootless: your ids inside)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l uidmap -d 'Map container uids to host uids (CONTAINER:HOST:SIZE; rootless, HOST counts your own uid as 0 and your subordinate uids from 1); without --gidmap it maps gids too' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l gidmap -d 'Map container gids to host gids (CONTAINER:HOST:SIZE); without --uidmap it maps uids too' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'Command to run to check health (a shell command; \'none\' disables the image\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'Time between running the check (ms|s|m|h), default 30s' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h), default 30s' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'Consecutive failures needed to report unhealthy, default 3' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'Start period for the container to initialize before failures count (ms|s|m|h)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-interval -d 'Time between checks during the start period (ms|s|m|h)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l health-on-failure -d 'What to do when the container turns unhealthy: none, kill, restart, stop' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal to stop the container with (over the image\'s STOPSIGNAL; default SIGTERM)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Seconds to wait after the stop signal before killing the container (default 10)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l tz -d 'Time zone of the container: "local" (the host\'s) or a zone name like Europe/Berlin' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pidfile -d 'Write the container\'s pid to FILE each time it starts' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l preserve-fds -d 'Pass N more file descriptors (3 to 3+N-1) into the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l env-host -d 'Copy berth\'s whole environment into the container (before -e and --env-file)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Logging driver: k8s-file (default), json-file, none, passthrough' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'If a container with the same name exists, remove it first (killed if running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container\'s id to FILE (which must not exist yet)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from berth\'s environment)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines; # starts a comment)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'Username or UID, with an optional group (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image: a command, a JSON array of strings (["/bin/x","y"]), or "" to clear it' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container host name' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount a host path or mount a volume ([HOST-DIR|NAME:]CONTAINER-DIR[:OPTIONS]; options ro, rw, nocopy, U); a NAME is made on first use, no source makes an anonymous volume' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=,target=,readonly, bind-propagation=,volume-nocopy,tmpfs-size=,tmpfs-mode=)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes and bind mounts of another container (CONTAINER[:ro|rw])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs (PATH[:OPTIONS]; options size, mode, uid, gid, nr_inodes, ro, exec, suid, dev; default rw,nosuid,nodev,noexec)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep STDIN open and pass it to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-TTY' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l network -d 'Network: bridge (the default; rootless: outbound through berth\'s user-mode network where /dev/net/tun is open to the user), NAME[,NAME...] of user networks (rootless: one, its containers reach each other by name), private (own namespace with loopback only), none, host, container:NAME|ID, ns:PATH, pasta[:OPTIONS] and slirp4netns[:OPTIONS] (run those programs, when installed)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -d 'Another name for the container on its user networks' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a container\'s port to the host ([IP:][HOSTPORT:]CTRPORT[/tcp|udp|sctp], ranges as FROM-TO); rootless: berth\'s monitor listens on the host port as the user (tcp and udp; ports below net.ipv4.ip_unprivileged_port_start are refused)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish every exposed port on a free host port' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port or a range (PORT[/PROTO], FROM-TO[/PROTO]) without publishing it' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l link -d 'Add a link to another container (NAME[:ALIAS])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a line to /etc/hosts (NAME:IP; IP host-gateway is the network\'s gateway)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'Set a DNS server' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'Set a DNS search domain ("." for none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -d 'Set a DNS option' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l ipc -d 'IPC namespace: private, shareable, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l uts -d 'UTS namespace (host name): private, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pid -d 'PID namespace: private, host or container:NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l domainname -d 'The container\'s NIS domain name' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root filesystem as read only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l no-hosts -d 'Do not create /etc/hosts for the container; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read in a line delimited file of labels (KEY=VALUE; # comments)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'Pull the image before creating the container: always, missing (when not in the store), never, newer (when the registry\'s differs; the stored one if that fails)' -r -f -a "always\t''
missing\t''
never\t''
newer\t'Pull when the registry\'s image differs from the stored one; a failed pull falls back to the stored image'"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress the output of the image\'s pull' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Platform of the image to pull (os/arch[/variant])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy: no, on-failure[:max-retries], always, unless-stopped' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run berth\'s minimal init as PID 1: it forwards signals and reaps zombies' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Log options: max-size=SIZE (rotate at this size), max-file=N (files kept), path=FILE (the log file)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit (e.g. 512m, 1g)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs (e.g. 0.5)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'CPU shares (relative weight, 2-262144)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'Limit CPU CFS quota (microseconds per period; -1 for none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'Limit CPU CFS period (microseconds, 1000-1000000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block IO relative weight, 10-1000' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Limit read rate from a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Limit write rate to a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroups -d 'Control groups: enabled (the container gets its own) or disabled' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give extended privileges to this container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add Linux capabilities (or ALL)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop Linux capabilities (or ALL)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'Security options: seccomp=FILE.json|unconfined, no-new-privileges[=true|false], mask=PATH[:PATH], unmask=ALL|PATH[:PATH]' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Ulimit options (NAME=SOFT[:HARD], e.g. nofile=1024:2048)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l sysctl -d 'Namespaced kernel parameters (NAME=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l device -d 'Add a host device to the container (HOST[:CONTAINER[:PERMISSIONS]])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace: host (none of its own), auto[:size=N] (a range of its own), or keep-id[:uid=N,gid=N] (rootless: your ids inside)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l uidmap -d 'Map container uids to host uids (CONTAINER:HOST:SIZE; rootless, HOST counts your own uid as 0 and your subordinate uids from 1); without --gidmap it maps gids too' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l gidmap -d 'Map container gids to host gids (CONTAINER:HOST:SIZE); without --uidmap it maps uids too' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'Command to run to check health (a shell command; \'none\' disables the image\'s)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between running the check (ms|s|m|h), default 30s' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h), default 30s' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'Consecutive failures needed to report unhealthy, default 3' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'Start period for the container to initialize before failures count (ms|s|m|h)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-interval -d 'Time between checks during the start period (ms|s|m|h)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l health-on-failure -d 'What to do when the container turns unhealthy: none, kill, restart, stop' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal to stop the container with (over the image\'s STOPSIGNAL; default SIGTERM)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Seconds to wait after the stop signal before killing the container (default 10)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l tz -d 'Time zone of the container: "local" (the host\'s) or a zone name like Europe/Berlin' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pidfile -d 'Write the container\'s pid to FILE each time it starts' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l preserve-fds -d 'Pass N more file descriptors (3 to 3+N-1) into the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l env-host -d 'Copy berth\'s whole environment into the container (before -e and --env-file)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver: k8s-file (default), json-file, none, passthrough' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'If a container with the same name exists, remove it first (killed if running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container\'s id to FILE (which must not exist yet)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach STDOUT/STDERR and forward signals' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Attach the container\'s STDIN' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start every container that matches the filters (restart-policy=NAME, name=NAME)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l filter -d 'Filter for --all: restart-policy=always|unless-stopped|on-failure|no, name=NAME' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -s l -l latest -d 'Containers to start Start the latest container created' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -s m -l memory -d 'Memory limit (e.g. 512m, 1g)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swap -d 'Memory plus swap limit; -1 for unlimited swap' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-reservation -d 'Memory soft limit' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cpus -d 'Number of CPUs (e.g. 0.5)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -s c -l cpu-shares -d 'CPU shares (relative weight, 2-262144)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-quota -d 'Limit CPU CFS quota (microseconds per period; -1 for none)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-period -d 'Limit CPU CFS period (microseconds, 1000-1000000)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l pids-limit -d 'Tune the container\'s pids limit (-1 for unlimited)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight -d 'Block IO relative weight, 10-1000' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-bps -d 'Limit read rate from a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-bps -d 'Limit write rate to a device (DEVICE:RATE, e.g. /dev/sda:1mb)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers (default shows just running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display container IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show the latest created container (includes all states)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Display total file sizes' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided (status, name, id, label, ancestor, exited, before, since, volume, network, health, publish, expose, is-task, isolation); ancestor=IMAGE also matches images whose layers start with IMAGE\'s layers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' (one JSON array) or a Go template such as \'{{.ID}} {{.Names}}\' (\'{{json .}}\': one object a line)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l noheading -l no-heading -d 'Do not print the header row of a table' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l namespace -l ns -d 'Show the containers\' namespaces (the inode of each, and the init\'s pid)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l external -d 'Also list containers that other tools made in the store (berth has none: every container in its store is its own)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l sync -d 'Accepted for podman\'s scripts: berth\'s state is always current' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all containers (default shows just running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display container IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'Show the latest created container (includes all states)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Display total file sizes' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided (status, name, id, label, ancestor, exited, before, since, volume, network, health, publish, expose, is-task, isolation); ancestor=IMAGE also matches images whose layers start with IMAGE\'s layers' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' (one JSON array) or a Go template such as \'{{.ID}} {{.Names}}\' (\'{{json .}}\': one object a line)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l noheading -l no-heading -d 'Do not print the header row of a table' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l namespace -l ns -d 'Show the containers\' namespaces (the inode of each, and the init\'s pid)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l external -d 'Also list containers that other tools made in the store (berth has none: every container in its store is its own)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l sync -d 'Accepted for podman\'s scripts: berth\'s state is always current' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force the removal of a running or paused container (SIGKILL, or the stop signal and --time or the container\'s --stop-timeout)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'A container that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l depend -d 'Remove the containers that depend on these first (berth\'s containers have none)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s t -l time -d 'With -f: seconds to wait after the stop signal before killing (-1: forever)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Inspect the latest container created' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a Go template, e.g. \'{{.State.Status}}\' or \'{{json .Config}}\' (\'json\' prints the default JSON)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file sizes if the type is container (SizeRw, SizeRootFs)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l type -d 'Only objects of this type: container, image or volume' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a file, instead of STDOUT' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause the container during commit' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Suppress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'Format of the image\'s manifest when it is pushed (oci or docker)' -r -f -a "oci\t''
docker\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Change the output format (json)' -r -f -a "json\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s q -l quiet -d 'Suppress progress output during copy' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l overwrite -d 'Allow directories to be overwritten with non-directories and vice versa' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (until=TIME|DURATION, label=KEY[=VALUE], label!=KEY[=VALUE])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait for the container to stop before killing it (-1: forever; default: the container\'s --stop-timeout, 10)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'A container that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -d 'Seconds to wait for the container to stop before killing it (-1: forever; default: the container\'s --stop-timeout, 10)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l running -d 'With --all: restart only the running containers' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'The state to wait for: stopped (or exited), running, paused, healthy, unhealthy; several are alternatives' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l ignore -d 'A container that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -s i -l interval -d 'Time between checks of a condition other than stopped (docker duration or ms)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output until the container stops' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all" for every line)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since a time (RFC 3339, Unix seconds, or relative like 10m)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a time (RFC 3339, Unix seconds, or relative like 10m, ahead of now; with -f, stop following then)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l details -d 'Show the extra attributes recorded with each line (berth records none: the lines are shown as they are)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached mode: run the command in the background' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from berth\'s environment)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges to the command (every capability)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-TTY' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy all received signals to the process' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers (default shows just running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Name}} {{.CPUPerc}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "create" -d 'Create a volume'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "ls" -d 'List volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "list" -d 'List volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "rm" -d 'Remove one or more volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "remove" -d 'Remove one or more volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "prune" -d 'Remove unused local volumes'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "exists" -d 'Check if a volume exists'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "export" -d 'Write a volume\'s files as a tar archive (to STDOUT by default)'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -f -a "import" -d 'Unpack a tar archive into a volume (from STDIN with "-")'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Volume driver (only "local")' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options: type=tmpfs|none, device=PATH, o=bind|size=SIZE' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the volume (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l ignore -d 'Do not fail when the volume exists' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display volume names' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (name=, label=KEY[=VALUE], dangling=true|false, driver=)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Name}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display volume names' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (name=, label=KEY[=VALUE], dangling=true|false, driver=)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Name}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Also remove the stopped containers that use the volume' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Also remove the stopped containers that use the volume' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused volumes, not just anonymous ones' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME|DURATION, all=true)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a file instead of STDOUT' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand events" -l since -d 'Show all events created since timestamp (RFC 3339, Unix seconds, or a duration before now such as 10m)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l until -d 'Stream events until this timestamp' -r
complete -c berth -n "__fish_berth_using_subcommand events" -s f -l filter -d 'Filter output (type=, event=, container=, image=, volume=, network=, label=)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l format -d 'Format the output using the given Go template (\'json\' for one object per line)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l stream -d 'Follow new events (false: print the past ones and exit)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand events" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -f -a "df" -d 'Show berth disk usage'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -f -a "prune" -d '`container prune` and `image prune`'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -f -a "check" -d 'Check the store for damage and for what nothing refers to'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -f -a "fsck" -d 'Check the store for damage and for what nothing refers to'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -f -a "events" -d 'Get real time events from berth'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show detailed information on space usage' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Type}} {{.Size}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not just dangling ones' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Also remove anonymous volumes no container uses' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (until=TIME|DURATION, label=KEY[=VALUE], label!=KEY[=VALUE])' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l repair -d 'Remove what nothing refers to (unused layers, directories without a record, crash leftovers)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l repair -d 'Remove what nothing refers to (unused layers, directories without a record, crash leftovers)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Show all events created since timestamp (RFC 3339, Unix seconds, or a duration before now such as 10m)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Stream events until this timestamp' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Filter output (type=, event=, container=, image=, volume=, network=, label=)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'Format the output using the given Go template (\'json\' for one object per line)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l stream -d 'Follow new events (false: print the past ones and exit)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "create" -d 'Create a network'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "ls" -d 'List networks'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "list" -d 'List networks'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "rm" -d 'Remove one or more networks'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "remove" -d 'Remove one or more networks'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "exists" -d 'Check if a network exists'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "prune" -d 'Remove all networks no container uses'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "reload" -d 'Rebuild the firewall rules of every network (after a firewall restart)'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "connect" -d 'Connect a running or stopped container to a network'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver: bridge or macvlan' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR format (A.B.C.D/N; an IPv6 one too, X::/N, for a dual-stack network)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'Gateway of the subnet (one per address family)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'Give out addresses from this range only (CIDR)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'Restrict external access to the network' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv6 -d 'Enable IPv6: a dual-stack network (an IPv6 /64 is picked unless --subnet gives one)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set metadata on the network (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options: mtu=N, com.docker.network.bridge.name=NAME, parent=IFACE (macvlan)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (name, id, driver, label, type=custom|builtin)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\' or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display network IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l noheading -l no-heading -d 'Do not print the header row of a table' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate the output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (name, id, driver, label, type=custom|builtin)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\' or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display network IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l noheading -l no-heading -d 'Do not print the header row of a table' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate the output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output using the given Go template' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers using the network too' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers using the network too' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Only networks with these labels (label=KEY[=VALUE])' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -s a -l all -d 'Every container (and every network\'s rules)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Another name for the container on this network' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The container\'s IPv4 address on the network' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Disconnect even when the container is not connected (no error)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand version" -s f -l format -d 'Output format: "json", or a Go template such as \'{{.Client.Version}}\' (default: human-readable text)' -r
complete -c berth -n "__fish_berth_using_subcommand version" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand info" -s f -l format -d 'Output format: "json" for scripts, or a Go template such as \'{{.Driver}}\' or \'{{json .}}\' (default: human-readable text)' -r
complete -c berth -n "__fish_berth_using_subcommand info" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand completion" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand stop" -s t -l time -d 'Seconds to wait for the container to stop before killing it (-1: forever; default: the container\'s --stop-timeout, 10)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -s i -l ignore -d 'A container that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand stop" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand restart" -s t -l time -d 'Seconds to wait for the container to stop before killing it (-1: forever; default: the container\'s --stop-timeout, 10)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l running -d 'With --all: restart only the running containers' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand restart" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand kill" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand kill" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kill" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand wait" -l condition -d 'The state to wait for: stopped (or exited), running, paused, healthy, unhealthy; several are alternatives' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l ignore -d 'A container that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand wait" -s i -l interval -d 'Time between checks of a condition other than stopped (docker duration or ms)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand wait" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand wait" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand wait" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand logs" -s f -l follow -d 'Follow log output until the container stops' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand logs" -s t -l timestamps -d 'Show timestamps' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all" for every line)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l since -d 'Show logs since a time (RFC 3339, Unix seconds, or relative like 10m)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l until -d 'Show logs before a time (RFC 3339, Unix seconds, or relative like 10m, ahead of now; with -f, stop following then)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l details -d 'Show the extra attributes recorded with each line (berth records none: the lines are shown as they are)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand logs" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand exec" -s d -l detach -d 'Detached mode: run the command in the background' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand exec" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from berth\'s environment)' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -s i -l interactive -d 'Keep STDIN open' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand exec" -l privileged -d 'Give extended privileges to the command (every capability)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-TTY' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand exec" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand attach" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l no-stdin -d 'Do not attach STDIN' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand attach" -l sig-proxy -d 'Proxy all received signals to the process' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand attach" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand rename" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand pause" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pause" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pause" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pause" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand unpause" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand unpause" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand unpause" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand top" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand stats" -s a -l all -d 'Show all containers (default shows just running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l no-stream -d 'Disable streaming stats and only pull the first result' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l no-trunc -d 'Do not truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Name}} {{.CPUPerc}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -s h -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand port" -s h -l help -d 'Print help'

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
complete -c berth -n "__fish_berth_using_subcommand run" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand run" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image ("" clears it)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s h -l hostname -d 'Container host name' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s v -l volume -d 'Bind mount a host path or mount a volume ([HOST-DIR|NAME:]CONTAINER-DIR[:OPTIONS]; options ro, rw, nocopy, U); a NAME is made on first use, no source makes an anonymous volume' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=,target=,readonly, bind-propagation=,volume-nocopy,tmpfs-size=,tmpfs-mode=)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l volumes-from -d 'Mount the volumes and bind mounts of another container (CONTAINER[:ro|rw])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l tmpfs -d 'Mount a tmpfs (PATH[:OPTIONS]; options size, mode, uid, gid, nr_inodes, ro, exec, suid, dev; default rw,nosuid,nodev,noexec)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s i -l interactive -d 'Keep STDIN open and pass it to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-TTY' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l network -d 'Network: bridge (the default; rootless: outbound through berth\'s user-mode network where /dev/net/tun is open to the user), NAME[,NAME...] of user networks (root), private (own namespace with loopback only), none, host, container:NAME|ID, ns:PATH' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l network-alias -d 'Another name for the container on its user networks' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand run" -s p -l publish -d 'Publish a container\'s port to the host ([IP:][HOSTPORT:]CTRPORT[/tcp|udp|sctp], ranges as FROM-TO)' -r
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
complete -c berth -n "__fish_berth_using_subcommand run" -l domainname -d 'The container\'s NIS domain name' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem as read only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l no-hosts -d 'Do not create /etc/hosts for the container; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l label-file -d 'Read in a line delimited file of labels (KEY=VALUE; # comments)' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l pull -d 'Pull the image before creating the container: always, missing (when not in the store), never' -r -f -a "always\t''
missing\t''
never\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l platform -d 'Platform of the image to pull (os/arch[/variant])' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l restart -d 'Restart policy: no, on-failure[:max-retries], always, unless-stopped' -r
complete -c berth -n "__fish_berth_using_subcommand run" -l init -d 'Run berth\'s minimal init as PID 1: it forwards signals and reaps zombies' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l log-opt -d 'Log rotation: max-size=SIZE (rotate at this size), max-file=N (files kept)' -r
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
complete -c berth -n "__fish_berth_using_subcommand run" -l replace -d 'If a container with the same name exists, remove it first (killed if running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand run" -l cidfile -d 'Write the container\'s id to FILE (which must not exist yet)' -r -F
complete -c berth -n "__fish_berth_using_subcommand run" -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand create" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from berth\'s environment)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines; # starts a comment)' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s u -l user -d 'Username or UID, with an optional group (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image ("" clears it)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s h -l hostname -d 'Container host name' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s v -l volume -d 'Bind mount a host path or mount a volume ([HOST-DIR|NAME:]CONTAINER-DIR[:OPTIONS]; options ro, rw, nocopy, U); a NAME is made on first use, no source makes an anonymous volume' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=,target=,readonly, bind-propagation=,volume-nocopy,tmpfs-size=,tmpfs-mode=)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l volumes-from -d 'Mount the volumes and bind mounts of another container (CONTAINER[:ro|rw])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l tmpfs -d 'Mount a tmpfs (PATH[:OPTIONS]; options size, mode, uid, gid, nr_inodes, ro, exec, suid, dev; default rw,nosuid,nodev,noexec)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s i -l interactive -d 'Keep STDIN open and pass it to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-TTY' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l network -d 'Network: bridge (the default; rootless: outbound through berth\'s user-mode network where /dev/net/tun is open to the user), NAME[,NAME...] of user networks (root), private (own namespace with loopback only), none, host, container:NAME|ID, ns:PATH' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l network-alias -d 'Another name for the container on its user networks' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand create" -s p -l publish -d 'Publish a container\'s port to the host ([IP:][HOSTPORT:]CTRPORT[/tcp|udp|sctp], ranges as FROM-TO)' -r
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
complete -c berth -n "__fish_berth_using_subcommand create" -l domainname -d 'The container\'s NIS domain name' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l read-only -d 'Mount the container\'s root filesystem as read only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l no-hosts -d 'Do not create /etc/hosts for the container; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l label-file -d 'Read in a line delimited file of labels (KEY=VALUE; # comments)' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l pull -d 'Pull the image before creating the container: always, missing (when not in the store), never' -r -f -a "always\t''
missing\t''
never\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l platform -d 'Platform of the image to pull (os/arch[/variant])' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l restart -d 'Restart policy: no, on-failure[:max-retries], always, unless-stopped' -r
complete -c berth -n "__fish_berth_using_subcommand create" -l init -d 'Run berth\'s minimal init as PID 1: it forwards signals and reaps zombies' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l log-opt -d 'Log rotation: max-size=SIZE (rotate at this size), max-file=N (files kept)' -r
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
complete -c berth -n "__fish_berth_using_subcommand create" -l replace -d 'If a container with the same name exists, remove it first (killed if running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand create" -l cidfile -d 'Write the container\'s id to FILE (which must not exist yet)' -r -F
complete -c berth -n "__fish_berth_using_subcommand create" -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand start" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand start" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand start" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand start" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand start" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand start" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand start" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand start" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand start" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand start" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand update" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand update" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand update" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand update" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand update" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand update" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand update" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand update" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand update" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand update" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand ps" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand ps" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand ps" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand ps" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand ps" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand ps" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand rm" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rm" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rm" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rm" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rm" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand rm" -s f -l force -d 'Force the removal of a running or paused container (SIGKILL, or the stop signal and --time)' -r -f -a "true\t''
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
complete -c berth -n "__fish_berth_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand import" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand import" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand import" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand import" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand import" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand import" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand import" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand import" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand import" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand import" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c berth -n "__fish_berth_using_subcommand import" -s m -l message -d 'Set a commit message for the imported image' -r
complete -c berth -n "__fish_berth_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand export" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand export" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand export" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand export" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand export" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand export" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand export" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand export" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand export" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand export" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand export" -s o -l output -d 'Write to a file, instead of STDOUT' -r -F
complete -c berth -n "__fish_berth_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand build" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand build" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand build" -s t -l tag -d 'Name and optionally a tag for the image (name:tag); may be given several times' -r
complete -c berth -n "__fish_berth_using_subcommand build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; `-` reads it from stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l target -d 'Set the target build stage to build' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l no-cache -d 'Do not use the cache when building the image' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -l pull -d 'Pull base images: always, missing (when not in the store), never; a bare --pull is always' -r -f -a "always\t''
missing\t''
never\t''"
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
complete -c berth -n "__fish_berth_using_subcommand build" -l cache-from -d 'Images to consider as cache sources (the local build cache is always used)' -r
complete -c berth -n "__fish_berth_using_subcommand build" -l layers -d 'Cache intermediate images (false: nothing is looked up or recorded)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand builder; and not __fish_seen_subcommand_from prune" -f -a "prune" -d 'Remove build cache'
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all build cache, not just the unused intermediate images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand builder; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c berth -n "__fish_berth_using_subcommand buildx; and not __fish_seen_subcommand_from build prune" -f -a "prune" -d 'Remove build cache'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag for the image (name:tag); may be given several times' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; `-` reads it from stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the cache when building the image' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull -d 'Pull base images: always, missing (when not in the store), never; a bare --pull is always' -r -f -a "always\t''
missing\t''
never\t''"
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
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cache-from -d 'Images to consider as cache sources (the local build cache is always used)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -l layers -d 'Cache intermediate images (false: nothing is looked up or recorded)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all build cache, not just the unused intermediate images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand commit" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand commit" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand commit" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand commit" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s a -l author -d 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s m -l message -d 'Commit message' -r
complete -c berth -n "__fish_berth_using_subcommand commit" -s p -l pause -d 'Pause the container during commit' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -s q -l quiet -d 'Suppress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -s f -l format -d 'Format of the image\'s manifest when it is pushed (oci or docker)' -r -f -a "oci\t''
docker\t''"
complete -c berth -n "__fish_berth_using_subcommand commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand diff" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand diff" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand diff" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand diff" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand diff" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand diff" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand diff" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand diff" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand diff" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand diff" -l format -d 'Change the output format (json)' -r -f -a "json\t''"
complete -c berth -n "__fish_berth_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand history" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand history" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand history" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand history" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand history" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -s q -l quiet -d 'Only show image IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand history" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.ID}} {{.CreatedBy}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand cp" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand cp" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand cp" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand cp" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -s q -l quiet -d 'Suppress progress output during copy' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -l overwrite -d 'Allow directories to be overwritten with non-directories and vice versa' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand cp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand images" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand images" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand images" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand images" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand images" -s a -l all -d 'Show all images (by default the intermediate images of builds are hidden)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -s q -l quiet -d 'Only show image IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -l digests -d 'Show digests (the manifest digest each repository has for the image)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand images" -s f -l filter -d 'Filter output based on conditions provided (dangling, label, reference, before, since, until)' -r
complete -c berth -n "__fish_berth_using_subcommand images" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Repository}}:{{.Tag}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand images" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand tag" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand tag" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand tag" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand tag" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand tag" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand tag" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand tag" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand tag" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand tag" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand rmi" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rmi" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rmi" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rmi" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand rmi" -s f -l force -d 'Remove the image even when it has several names or a container uses it' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -l no-prune -d 'Accepted for compatibility; images here have no untagged parents to prune' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -s a -l all -d 'Remove all images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -s i -l ignore -d 'An image that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rmi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand inspect" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand inspect" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand inspect" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand inspect" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand inspect" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand inspect" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand inspect" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand inspect" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand inspect" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -s l -l latest -d 'Inspect the latest container created' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand inspect" -s f -l format -d 'Format output using a Go template, e.g. \'{{.State.Status}}\' or \'{{json .Config}}\' (\'json\' prints the default JSON)' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -s s -l size -d 'Display total file sizes if the type is container (SizeRw, SizeRootFs)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand inspect" -l type -d 'Only objects of this type: container, image or volume' -r
complete -c berth -n "__fish_berth_using_subcommand inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand pull" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -s q -l quiet -d 'Suppress the progress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pull" -l authfile -d 'Path of the auth file (default: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pull" -l creds -d 'Credentials for the registry: USERNAME[:PASSWORD] (asked for on a terminal when the password is left out)' -r
complete -c berth -n "__fish_berth_using_subcommand pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand push" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand push" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand push" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand push" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand push" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand push" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand push" -s q -l quiet -d 'Suppress the progress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand push" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand push" -l authfile -d 'Path of the auth file (default: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand push" -l creds -d 'Credentials for the registry: USERNAME[:PASSWORD] (asked for on a terminal when the password is left out)' -r
complete -c berth -n "__fish_berth_using_subcommand push" -s f -l format -d 'Manifest format: oci, or v2s2 (docker schema 2); default: the format the image was pulled or loaded in, else oci' -r -f -a "oci\t'OCI image manifest'
v2s2\t'Docker image manifest, schema 2'"
complete -c berth -n "__fish_berth_using_subcommand push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand login" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand login" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand login" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand login" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand login" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand login" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand login" -s u -l username -d 'User name' -r
complete -c berth -n "__fish_berth_using_subcommand login" -s p -l password -d 'Password (visible to other users in the process list: prefer --password-stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand login" -l password-stdin -d 'Read the password from standard input' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand login" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand login" -l authfile -d 'Path of the auth file to write (default: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand logout" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand logout" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand logout" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand logout" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand logout" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand logout" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand logout" -l authfile -d 'Path of the auth file to change' -r -F
complete -c berth -n "__fish_berth_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand search" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand search" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand search" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand search" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand search" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand search" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand search" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand search" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand search" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand search" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand search" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand search" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand search" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand search" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand search" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand search" -l limit -d 'Show at most this many results' -r
complete -c berth -n "__fish_berth_using_subcommand search" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand save" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand save" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand save" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand save" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand save" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand save" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand save" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand save" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand save" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand save" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand save" -s o -l output -d 'Write to a file (or, for oci-dir, a directory) instead of standard output' -r -F
complete -c berth -n "__fish_berth_using_subcommand save" -l format -d 'Archive format: docker-archive, oci-archive (OCI layout in a tar), or oci-dir (OCI layout directory; needs -o)' -r -f -a "docker-archive\t'docker\'s `save` layout (manifest.json, one layer.tar per layer)'
oci-archive\t'An OCI image layout in a tarball'
oci-dir\t'An OCI image layout directory (-o names the directory)'"
complete -c berth -n "__fish_berth_using_subcommand save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand load" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand load" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand load" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand load" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand load" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand load" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand load" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand load" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand load" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand load" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand load" -s i -l input -d 'Read from a tar archive file, or an OCI image layout directory, instead of standard input' -r -F
complete -c berth -n "__fish_berth_using_subcommand load" -s q -l quiet -d 'Suppress the "Loaded image" lines' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -f -a "run" -d 'Run the container\'s health check once (exit 0: healthy, 1: unhealthy)'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and not __fish_seen_subcommand_from run watch" -f -a "watch" -d 'Check on the interval and act on failure (run by the container\'s monitor)'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand healthcheck; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and not __fish_seen_subcommand_from build ls list exists prune inspect rm tag import history diff pull push save load" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag for the image (name:tag); may be given several times' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; `-` reads it from stdin)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the cache when building the image' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'Pull base images: always, missing (when not in the store), never; a bare --pull is always' -r -f -a "always\t''
missing\t''
never\t''"
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
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l cache-from -d 'Images to consider as cache sources (the local build cache is always used)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -l layers -d 'Cache intermediate images (false: nothing is looked up or recorded)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (by default the intermediate images of builds are hidden)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show image IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests (the manifest digest each repository has for the image)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided (dangling, label, reference, before, since, until)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Repository}}:{{.Tag}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (by default the intermediate images of builds are hidden)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show image IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests (the manifest digest each repository has for the image)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided (dangling, label, reference, before, since, until)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Repository}}:{{.Tag}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (until=TIME|DURATION, label=KEY[=VALUE], label!=KEY[=VALUE])' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all images no container uses, not just dangling ones' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Inspect the latest container created' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a Go template, e.g. \'{{.State.Status}}\' or \'{{json .Config}}\' (\'json\' prints the default JSON)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file sizes if the type is container (SizeRw, SizeRootFs)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -l type -d 'Only objects of this type: container, image or volume' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the image even when it has several names or a container uses it' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Accepted for compatibility; images here have no untagged parents to prune' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'An image that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Set a commit message for the imported image' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Don\'t truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.ID}} {{.CreatedBy}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -l format -d 'Change the output format (json)' -r -f -a "json\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Suppress the progress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Pull the image for this platform (os/arch[/variant]) instead of the host\'s' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Path of the auth file (default: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials for the registry: USERNAME[:PASSWORD] (asked for on a terminal when the password is left out)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Suppress the progress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS with a verified certificate (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Path of the auth file (default: $REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, ~/.config/containers/auth.json)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials for the registry: USERNAME[:PASSWORD] (asked for on a terminal when the password is left out)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest format: oci, or v2s2 (docker schema 2); default: the format the image was pulled or loaded in, else oci' -r -f -a "oci\t'OCI image manifest'
v2s2\t'Docker image manifest, schema 2'"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to a file (or, for oci-dir, a directory) instead of standard output' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format: docker-archive, oci-archive (OCI layout in a tar), or oci-dir (OCI layout directory; needs -o)' -r -f -a "docker-archive\t'docker\'s `save` layout (manifest.json, one layer.tar per layer)'
oci-archive\t'An OCI image layout in a tarball'
oci-dir\t'An OCI image layout directory (-o names the directory)'"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from a tar archive file, or an OCI image layout directory, instead of standard input' -r -F
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Suppress the "Loaded image" lines' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and not __fish_seen_subcommand_from run create start update ls list rm inspect export commit diff cp exists prune stop restart kill wait logs exec attach rename pause unpause top stats port" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image ("" clears it)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Container host name' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a host path or mount a volume ([HOST-DIR|NAME:]CONTAINER-DIR[:OPTIONS]; options ro, rw, nocopy, U); a NAME is made on first use, no source makes an anonymous volume' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=,target=,readonly, bind-propagation=,volume-nocopy,tmpfs-size=,tmpfs-mode=)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount the volumes and bind mounts of another container (CONTAINER[:ro|rw])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a tmpfs (PATH[:OPTIONS]; options size, mode, uid, gid, nr_inodes, ro, exec, suid, dev; default rw,nosuid,nodev,noexec)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep STDIN open and pass it to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-TTY' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l network -d 'Network: bridge (the default; rootless: outbound through berth\'s user-mode network where /dev/net/tun is open to the user), NAME[,NAME...] of user networks (root), private (own namespace with loopback only), none, host, container:NAME|ID, ns:PATH' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -d 'Another name for the container on its user networks' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port to the host ([IP:][HOSTPORT:]CTRPORT[/tcp|udp|sctp], ranges as FROM-TO)' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l domainname -d 'The container\'s NIS domain name' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the container\'s root filesystem as read only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l no-hosts -d 'Do not create /etc/hosts for the container; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read in a line delimited file of labels (KEY=VALUE; # comments)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'Pull the image before creating the container: always, missing (when not in the store), never' -r -f -a "always\t''
missing\t''
never\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Platform of the image to pull (os/arch[/variant])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy: no, on-failure[:max-retries], always, unless-stopped' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run berth\'s minimal init as PID 1: it forwards signals and reaps zombies' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Log rotation: max-size=SIZE (rotate at this size), max-file=N (files kept)' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'If a container with the same name exists, remove it first (killed if running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container\'s id to FILE (which must not exist yet)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from berth\'s environment)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines; # starts a comment)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'Username or UID, with an optional group (format: <name|uid>[:<group|gid>])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image ("" clears it)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container host name' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount a host path or mount a volume ([HOST-DIR|NAME:]CONTAINER-DIR[:OPTIONS]; options ro, rw, nocopy, U); a NAME is made on first use, no source makes an anonymous volume' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=,target=,readonly, bind-propagation=,volume-nocopy,tmpfs-size=,tmpfs-mode=)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes and bind mounts of another container (CONTAINER[:ro|rw])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs (PATH[:OPTIONS]; options size, mode, uid, gid, nr_inodes, ro, exec, suid, dev; default rw,nosuid,nodev,noexec)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep STDIN open and pass it to the container' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-TTY' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l network -d 'Network: bridge (the default; rootless: outbound through berth\'s user-mode network where /dev/net/tun is open to the user), NAME[,NAME...] of user networks (root), private (own namespace with loopback only), none, host, container:NAME|ID, ns:PATH' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -d 'Another name for the container on its user networks' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'The container\'s IPv4 address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'The container\'s MAC address on its (first) network' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a container\'s port to the host ([IP:][HOSTPORT:]CTRPORT[/tcp|udp|sctp], ranges as FROM-TO)' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l domainname -d 'The container\'s NIS domain name' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root filesystem as read only' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l no-hosts -d 'Do not create /etc/hosts for the container; the image\'s own is used' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read in a line delimited file of labels (KEY=VALUE; # comments)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'Pull the image before creating the container: always, missing (when not in the store), never' -r -f -a "always\t''
missing\t''
never\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Platform of the image to pull (os/arch[/variant])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy: no, on-failure[:max-retries], always, unless-stopped' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run berth\'s minimal init as PID 1: it forwards signals and reaps zombies' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Log rotation: max-size=SIZE (rotate at this size), max-file=N (files kept)' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'If a container with the same name exists, remove it first (killed if running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container\'s id to FILE (which must not exist yet)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force the removal of a running or paused container (SIGKILL, or the stop signal and --time)' -r -f -a "true\t''
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Inspect the latest container created' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a Go template, e.g. \'{{.State.Status}}\' or \'{{json .Config}}\' (\'json\' prints the default JSON)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file sizes if the type is container (SizeRw, SizeRootFs)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -l type -d 'Only objects of this type: container, image or volume' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a file, instead of STDOUT' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause the container during commit' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Suppress output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'Format of the image\'s manifest when it is pushed (oci or docker)' -r -f -a "oci\t''
docker\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Change the output format (json)' -r -f -a "json\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s q -l quiet -d 'Suppress progress output during copy' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -l overwrite -d 'Allow directories to be overwritten with non-directories and vice versa' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (until=TIME|DURATION, label=KEY[=VALUE], label!=KEY[=VALUE])' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait for the container to stop before killing it (-1: forever)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'A container that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -d 'Seconds to wait for the container to stop before killing it (-1: forever)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l running -d 'With --all: restart only the running containers' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output until the container stops' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all" for every line)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since a time (RFC 3339, Unix seconds, or relative like 10m)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a time (RFC 3339, Unix seconds, or relative like 10m)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy all received signals to the process' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers (default shows just running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Name}} {{.CPUPerc}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Volume driver (only "local")' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options: type=tmpfs|none, device=PATH, o=bind|size=SIZE' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the volume (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -l ignore -d 'Do not fail when the volume exists' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display volume names' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (name=, label=KEY[=VALUE], dangling=true|false, driver=)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Name}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display volume names' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (name=, label=KEY[=VALUE], dangling=true|false, driver=)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Name}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Also remove the stopped containers that use the volume' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Also remove the stopped containers that use the volume' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused volumes, not just anonymous ones' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (label=KEY[=VALUE], label!=KEY[=VALUE])' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a file instead of STDOUT' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand events" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand events" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand events" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand events" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand events" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand events" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand events" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand events" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand events" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l since -d 'Show all events created since timestamp (RFC 3339, Unix seconds, or a duration before now such as 10m)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l until -d 'Stream events until this timestamp' -r
complete -c berth -n "__fish_berth_using_subcommand events" -s f -l filter -d 'Filter output (type=, event=, container=, image=, volume=, label=)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l format -d 'Format the output using the given Go template (\'json\' for one object per line)' -r
complete -c berth -n "__fish_berth_using_subcommand events" -l stream -d 'Follow new events (false: print the past ones and exit)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -f -a "df" -d 'Show berth disk usage'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -f -a "prune" -d '`container prune` and `image prune`'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -f -a "check" -d 'Check the store for damage and for what nothing refers to'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -f -a "fsck" -d 'Check the store for damage and for what nothing refers to'
complete -c berth -n "__fish_berth_using_subcommand system; and not __fish_seen_subcommand_from df prune check fsck events" -f -a "events" -d 'Get real time events from berth'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show detailed information on space usage' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Type}} {{.Size}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not just dangling ones' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Also remove anonymous volumes no container uses' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (until=TIME|DURATION, label=KEY[=VALUE], label!=KEY[=VALUE])' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -l repair -d 'Remove what nothing refers to (unused layers, directories without a record, crash leftovers)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -l repair -d 'Remove what nothing refers to (unused layers, directories without a record, crash leftovers)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from fsck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Show all events created since timestamp (RFC 3339, Unix seconds, or a duration before now such as 10m)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Stream events until this timestamp' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Filter output (type=, event=, container=, image=, volume=, label=)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'Format the output using the given Go template (\'json\' for one object per line)' -r
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -l stream -d 'Follow new events (false: print the past ones and exit)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove exists prune reload connect disconnect" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR format (A.B.C.D/N)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'Gateway of the subnet' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'Give out addresses from this range only (CIDR)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'Restrict external access to the network' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv6 -d 'Enable IPv6 (not supported yet)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set metadata on the network (KEY=VALUE)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options: mtu=N, com.docker.network.bridge.name=NAME, parent=IFACE (macvlan)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (name, id, driver, label, type=custom|builtin)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\' or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display network IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate the output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (name, id, driver, label, type=custom|builtin)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\' or a Go template' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display network IDs' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate the output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output using the given Go template' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers using the network too' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers using the network too' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Only networks with these labels (label=KEY[=VALUE])' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -s a -l all -d 'Every container (the rules of every network are rebuilt in any case)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from reload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Another name for the container on this network' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The container\'s IPv4 address on the network' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Disconnect even when the container is not connected (no error)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand version" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand version" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand version" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand version" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand version" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand version" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand version" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand version" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand version" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand version" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand version" -s f -l format -d 'Output format: "json" for scripts (default: human-readable text)' -r
complete -c berth -n "__fish_berth_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand info" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand info" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand info" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand info" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand info" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand info" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand info" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand info" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand info" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand info" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand info" -s f -l format -d 'Output format: "json" for scripts, or a Go template such as \'{{.Driver}}\' or \'{{json .}}\' (default: human-readable text)' -r
complete -c berth -n "__fish_berth_using_subcommand info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand completion" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand completion" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand completion" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand completion" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand completion" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand completion" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand completion" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand completion" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand completion" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand stop" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand stop" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand stop" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand stop" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -s t -l time -d 'Seconds to wait for the container to stop before killing it (-1: forever)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -s i -l ignore -d 'A container that does not exist is not an error' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stop" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand stop" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand restart" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand restart" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand restart" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand restart" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -s t -l time -d 'Seconds to wait for the container to stop before killing it (-1: forever)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l running -d 'With --all: restart only the running containers' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand restart" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand restart" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand kill" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kill" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kill" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand kill" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kill" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand kill" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand kill" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand kill" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand kill" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand kill" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand kill" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand kill" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand wait" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand wait" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand wait" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand wait" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand wait" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand wait" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand wait" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand wait" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand wait" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand wait" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand logs" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand logs" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand logs" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand logs" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand logs" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand logs" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand logs" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand logs" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand logs" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -s f -l follow -d 'Follow log output until the container stops' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand logs" -s t -l timestamps -d 'Show timestamps' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all" for every line)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l since -d 'Show logs since a time (RFC 3339, Unix seconds, or relative like 10m)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -l until -d 'Show logs before a time (RFC 3339, Unix seconds, or relative like 10m)' -r
complete -c berth -n "__fish_berth_using_subcommand logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand exec" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand exec" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand exec" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand exec" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand exec" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand exec" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand exec" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand exec" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand exec" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand exec" -l connection -d 'Refused: berth has no remote mode' -r
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
complete -c berth -n "__fish_berth_using_subcommand exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand attach" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand attach" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand attach" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand attach" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand attach" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand attach" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand attach" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand attach" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand attach" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c berth -n "__fish_berth_using_subcommand attach" -l no-stdin -d 'Do not attach STDIN' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand attach" -l sig-proxy -d 'Proxy all received signals to the process' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand rename" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rename" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rename" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand rename" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand rename" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand rename" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand rename" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rename" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand rename" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand pause" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pause" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pause" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand pause" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pause" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand pause" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand pause" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pause" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pause" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pause" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand pause" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand pause" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand unpause" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand unpause" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand unpause" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand unpause" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand unpause" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand unpause" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand unpause" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand unpause" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand unpause" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -s a -l all -d 'Act on all containers (those the command applies to: `stop`, `kill` and `pause` take the running ones, `unpause` the paused ones)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand unpause" -s l -l latest -d 'Act on the latest container created (in any state)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand unpause" -l filter -d 'Act on the containers that match (ps\'s filters: status, name, id, label, ancestor, exited, before, since, volume, network, health)' -r
complete -c berth -n "__fish_berth_using_subcommand unpause" -l cidfile -d 'Read a container id from FILE (as written by run/create --cidfile)' -r -F
complete -c berth -n "__fish_berth_using_subcommand unpause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand top" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand top" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand top" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand top" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand top" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand top" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand top" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand top" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand top" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand top" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand stats" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand stats" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand stats" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand stats" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -s a -l all -d 'Show all containers (default shows just running)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l no-stream -d 'Disable streaming stats and only pull the first result' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l no-trunc -d 'Do not truncate output' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand stats" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\' or a Go template such as \'{{.Name}} {{.CPUPerc}}\'' -r
complete -c berth -n "__fish_berth_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c berth -n "__fish_berth_using_subcommand port" -l root -d 'Storage root (images, layers, containers)' -r -F
complete -c berth -n "__fish_berth_using_subcommand port" -l runroot -d 'Runtime state directory (pids, sockets, locks that end with a reboot)' -r -F
complete -c berth -n "__fish_berth_using_subcommand port" -l log-level -d 'Log messages at this level and above on stderr (trace, debug, info, warn, error, fatal, panic)' -r -f -a "panic\t'podman\'s levels above error: berth logs them as errors'
fatal\t''
error\t''
warn\t''
info\t''
debug\t''
trace\t''"
complete -c berth -n "__fish_berth_using_subcommand port" -l storage-driver -d 'How container root filesystems are made: overlay, fuse-overlayfs, or vfs (copy)' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l storage-opt -d 'A storage option (overlay.mount_program=PATH selects fuse-overlayfs; others are reported and ignored)' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l tmpdir -d 'Directory for berth\'s temporary files (default: $TMPDIR, /var/tmp for images)' -r -F
complete -c berth -n "__fish_berth_using_subcommand port" -l events-backend -d 'Where events are recorded: file or none' -r -f -a "file\t''
none\t''
journald\t''"
complete -c berth -n "__fish_berth_using_subcommand port" -l cgroup-manager -d 'The cgroup manager: cgroupfs (berth writes the cgroup files) or systemd' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c berth -n "__fish_berth_using_subcommand port" -l runtime -d 'Accepted for podman\'s scripts and ignored: berth is its own OCI runtime' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l runtime-flag -d 'Accepted for podman\'s scripts and ignored (see --runtime)' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l conmon -d 'Accepted for podman\'s scripts and ignored: berth is its own monitor' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l noout -d 'Print nothing on stdout (berth\'s own output; a container\'s output still shows)' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand port" -l url -d 'Refused: berth has no remote mode (no service to connect to)' -r
complete -c berth -n "__fish_berth_using_subcommand port" -l remote -d 'Refused: berth has no remote mode' -r -f -a "true\t''
false\t''"
complete -c berth -n "__fish_berth_using_subcommand port" -l connection -d 'Refused: berth has no remote mode' -r
complete -c berth -n "__fish_berth_using_subcommand port" -s h -l help -d 'Print help (see more with \'--help\')'

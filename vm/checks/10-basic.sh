# berth itself works in the VM: an image is imported and a container runs.
b import /image.tar img >/dev/null 2>"$tmp/err"
result import $? "$(cat "$tmp/err")"

out=$(b run --rm img echo hello 2>&1)
[ "$out" = hello ]
result smoke $? "$out"


# The guest kernel has no bridge: the default network's failure says what to use instead.
if [ "$mode" = root ]; then
    out=$(berth run --rm img true 2>&1)
    case $out in *"use --network none or host"*) r=0 ;; *) r=1 ;; esac
    result no-bridge-hint $r "$out"
fi

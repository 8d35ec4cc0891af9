# berth itself works in the VM: an image is imported and a container runs.
b import /image.tar img >/dev/null 2>"$tmp/err"
result import $? "$(cat "$tmp/err")"

out=$(b run --rm img echo hello 2>&1)
[ "$out" = hello ]
result smoke $? "$out"


#!/bin/bash
# Ansible's zone connection plugin (community.general.zone, a copy with its Python 3 bytes bug
# fixed: ansible/connection_plugins/zone.py says which lines) against a kernel zone of a kzsim
# world through its shims (#20). raw runs through `zlogin ZONE 'COMMAND LINE'`. ping cannot
# work: Ansible runs its modules with a Python interpreter inside the zone, and a simulated zone
# has none (kzsim runs no guest programs of its own; pointing the plugin at the host's Python
# would run the module on the Linux host, not in the zone), so the test checks that ping fails
# for that reason. The plugin insists on root; the test runs it as root in a user namespace
# when it is not root. Offline and bounded in time. Usage: ansible_zone_connection_test.sh KZSIM
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/client_world.sh"
command -v ansible >/dev/null || fail "ansible is missing (tools/setup installs Debian's ansible)"

kernel_zone kz
export ANSIBLE_CONNECTION_PLUGINS="$here/ansible/connection_plugins"
as_root=()
[ "$(id -u)" = 0 ] || as_root=(unshare -r)

run() { timeout 120 "${as_root[@]}" ansible -i kz, -c zone all "$@" >"$dir/out" 2>&1; }
# One-word command lines: a line of several words needs zlogin to join its arguments into a
# shell line (guestos's part of #20).
run -m raw -a 'pagesize' || fail "raw: $(cat "$dir/out")"
grep -qx "8192" "$dir/out" || fail "raw output: $(cat "$dir/out")"
run -m raw -a 'zonename' || fail "raw zonename: $(cat "$dir/out")"
grep -qx "global" "$dir/out" || fail "zonename in a kernel zone: $(cat "$dir/out")"

# Pipelined: the module goes to the interpreter's standard input (zlogin kz "/bin/sh -c
# '/usr/bin/python3 && sleep 0'"), no temporary files first.
ANSIBLE_PIPELINING=1 run -m ping -e ansible_python_interpreter=/usr/bin/python3 && fail "ping succeeded without a Python in the zone"
grep -q "python3" "$dir/out" || fail "ping's failure does not name the missing interpreter: $(cat "$dir/out")"
echo "ok"

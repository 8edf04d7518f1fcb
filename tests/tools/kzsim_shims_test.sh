#!/bin/bash
# kzsim shims: wrappers on PATH drive a world as Solaris tools would be driven (#20): the
# platform check (uname -s, zonename), zonecfg -f with a host file, zoneadm list -p's fields,
# ps over the host's and zones' processes (a kernel zone shows only zsched and kzhost), the
# ttymon community.general.solaris_zone waits for, kstat -m cpu_info, virtinfo -p and -a -p, a
# halt of a halted zone, standard input left alone by a command that does not read it, parallel
# calls that all land, and the command log. Usage: kzsim_shims_test.sh KZSIM
set -u
kzsim=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$kzsim" shims --world "$dir/w" --out "$dir/bin" --machine sparc-t7 --log "$dir/log" >/dev/null || fail "shims"
for command in zonecfg zoneadm zlogin virtinfo psrinfo pagesize zonename ps kstat uname dladm sysadm suriadm; do
  [ -x "$dir/bin/$command" ] || fail "no wrapper for $command"
done
export PATH="$dir/bin:$PATH"
[ "$(uname -s)" = SunOS ] || fail "uname -s: $(uname -s)"
[ "$(zonename)" = global ] || fail "zonename: $(zonename)"

# zonecfg -f reads a file of the real host; create -b -t: the last option wins (the template).
printf 'create -b -t SYSdefault\nset zonepath=/zones/z1\n' >"$dir/z1.cfg"
zonecfg -z z1 -f "$dir/z1.cfg" || fail "zonecfg -f"
line=$(zoneadm -z z1 list -p)
[ "$(echo "$line" | cut -d: -f2-4,6-9)" = "z1:configured:/zones/z1:solaris:excl:-:none" ] || fail "list -p: $line"
zoneadm -z z1 install >/dev/null || fail "install z1"
zoneadm -z z1 boot || fail "boot z1"
ps -z z1 -o args | grep -q "ttymon.*-d /dev/console" || fail "no console ttymon in z1: $(ps -z z1 -o args)"
ps -efZ | grep -q '^ *z1 *root .* zsched$' || fail "ps -efZ: $(ps -efZ)"
[ "$(ps -efZ | head -1)" = "    ZONE      UID   PID  PPID   C    STIME TTY         TIME CMD" ] || fail "ps -efZ header"

zonecfg -z kz 'create -t SYSsolaris-kz; commit' || fail "create kz"
zoneadm -z kz install >/dev/null || fail "install kz"
zoneadm -z kz boot || fail "boot kz"
[ "$(ps -z kz -o args=)" = "$(printf 'zsched\n/usr/lib/kzhost')" ] || fail "kernel zone from the host: $(ps -z kz -o args=)"
[ "$(zlogin kz zonename)" = global ] || fail "zonename in a kernel zone"
[ "$(zlogin z1 zonename)" = z1 ] || fail "zonename in a solaris zone"

[ "$(kstat -m cpu_info | grep -c '^module: cpu_info')" = "$(psrinfo | wc -l)" ] || fail "kstat instances"
kstat -p -m cpu_info -i 0 -s brand | grep -q "^cpu_info:0:cpu_info0:brand	SPARC-" || fail "kstat -p"
[ "$(virtinfo -p)" = "$(printf 'VERSION 1.0\nDOMAINROLE|impl=LDoms|control=true|io=true|service=true|root=true')" ] ||
  fail "virtinfo -p: $(virtinfo -p)"
[ "$(virtinfo -a -p | cut -d'|' -f1 | tr '\n' ' ')" = "VERSION 1.0 DOMAINROLE DOMAINNAME DOMAINUUID DOMAINCONTROL DOMAINCHASSIS " ] ||
  fail "virtinfo -a -p: $(virtinfo -a -p)"

zoneadm -z z1 halt || fail "halt"
zoneadm -z z1 halt 2>"$dir/err" || fail "halt of a halted zone failed"
[ "$(cat "$dir/err")" = "zoneadm: zone 'z1': zone is already halted" ] || fail "halt again: $(cat "$dir/err")"

# A command that does not read standard input returns while the pipe stays open.
[ "$(sleep 30 | timeout 10 zonename)" = global ] || fail "zonename waited for standard input"

# Parallel calls wait for each other and all land.
for n in $(seq 1 12); do zonecfg -z "p$n" 'create -t SYSsolaris-kz; commit' & done
wait
[ "$(zoneadm list -c | grep -c '^p')" = 12 ] || fail "parallel creates: $(zoneadm list -c | tr '\n' ' ')"

grep -qx "zonecfg -z z1 -f $dir/z1.cfg" "$dir/log" || fail "log: $(head -3 "$dir/log")"
echo "ok"

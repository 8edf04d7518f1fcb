#!/bin/bash
# kzsim exec --world: a world kept in a directory across commands, a writer killed mid-save
# (KZSIM_WORLD_KILL_AT) leaves the last committed world, and foreign or busy directories are
# refused. Usage: kzsim_exec_test.sh KZSIM
set -u
kzsim=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$kzsim" exec --world "$dir/w" --machine sparc-t7 -- "zonecfg -z kz 'create -t SYSsolaris-kz; commit'" || fail "create"
"$kzsim" exec --world "$dir/w" -- zoneadm -z kz install >/dev/null || fail "install"
[ "$("$kzsim" exec --world "$dir/w" -- zoneadm list -cp | cut -d: -f2,3 | tail -1)" = "kz:installed" ] || fail "state kept"
for step in 1 2 3 4 5 6 7 8; do
  KZSIM_WORLD_KILL_AT=$step "$kzsim" exec --world "$dir/w" -- zoneadm -z kz boot 2>/dev/null
  [ $? -eq 137 ] || fail "kill at $step"
  state=$("$kzsim" exec --world "$dir/w" -- zoneadm list -cp | cut -d: -f2,3 | tail -1)
  case $state in kz:installed|kz:running) ;; *) fail "after kill at $step: $state" ;; esac
  "$kzsim" exec --world "$dir/w" -- zoneadm -z kz halt || fail "halt after kill at $step"
done
mkdir "$dir/foreign" && touch "$dir/foreign/notes"
"$kzsim" exec --world "$dir/foreign" -- true 2>"$dir/err" && fail "foreign directory opened"
grep -q "holds notes but no world.json" "$dir/err" || fail "foreign message: $(cat "$dir/err")"
"$kzsim" exec --world "$dir/w" --machine sparc-t7 -- true 2>/dev/null && fail "start over an existing world"
echo "ok"

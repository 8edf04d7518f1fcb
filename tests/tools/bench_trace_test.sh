#!/bin/bash
# kzsim bench pagesize --trace and kzsim calibrate end to end: a lackey trace of a real program
# recorded here (valgrind) streams through the sweep; ChampSim records, plain and xz, too; a
# malformed or truncated trace is refused with its line or byte offset; calibrate prints its
# table and the JSON keys the issue names.
# Usage: bench_trace_test.sh KZSIM
set -u
kzsim=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

sweep=(--model intel-skylake --memory 4G --policy largest-available,smallest-only)

if command -v valgrind >/dev/null; then
  valgrind --tool=lackey --trace-mem=yes --log-file="$work/lackey.txt" /bin/ls / >/dev/null 2>&1 ||
    fail "valgrind could not record a lackey trace"
  grep -q '^ L ' "$work/lackey.txt" || fail "the lackey trace has no loads"
  if "$kzsim" bench pagesize "${sweep[@]}" --trace "$work/lackey.txt" --out "$work/lackey" >"$work/out" 2>"$work/err"; then
    [[ $(grep -c ',trace,' "$work/lackey/results.csv") == 2 ]] || fail "lackey sweep: expected 2 trace rows"; cat "$work/lackey/results.csv"
  else
    fail "lackey sweep: $(cat "$work/err")"
  fi
else
  fail "valgrind is not installed (tools/setup installs it)"
fi

# ChampSim: 64-byte records, a load at source_memory[0] (offset 32), a store at
# destination_memory[0] (offset 16).
python3 - "$work/champsim.bin" <<'PY'
import struct, sys
with open(sys.argv[1], "wb") as out:
    for i in range(5000):
        address = 0x10000000 + (i * 4096 * 7919) % (1 << 30)
        out.write(struct.pack("<QBB2B4B2Q4Q", 0x400000 + 4 * i, 0, 0, 0, 0, 0, 0, 0, 0,
                              address + 8 if i % 3 == 0 else 0, 0, address, 0, 0, 0))
PY
xz -k "$work/champsim.bin"
for trace in champsim.bin champsim.bin.xz; do
  "$kzsim" bench pagesize "${sweep[@]}" --trace "$work/$trace" --out "$work/$trace.out" >/dev/null 2>"$work/err" ||
    fail "$trace: $(cat "$work/err")"
done
cmp -s "$work/champsim.bin.out/results.csv" "$work/champsim.bin.xz.out/results.csv" ||
  fail "the xz trace should measure as the plain one"

printf ' L 0400,8\n S zz,8\n' >"$work/bad.txt"
"$kzsim" bench pagesize "${sweep[@]}" --trace "$work/bad.txt" --out "$work/bad" >/dev/null 2>"$work/err" &&
  fail "a malformed lackey line was accepted"
grep -q 'line 2' "$work/err" || fail "malformed lackey: expected 'line 2' in: $(cat "$work/err")"
head -c 100 "$work/champsim.bin" >"$work/short.bin"
"$kzsim" bench pagesize "${sweep[@]}" --trace "$work/short.bin" --out "$work/short" >/dev/null 2>"$work/err" &&
  fail "a truncated ChampSim trace was accepted"
grep -q 'byte 64' "$work/err" || fail "truncated ChampSim: expected 'byte 64' in: $(cat "$work/err")"
head -c 2000 "$work/champsim.bin.xz" >"$work/short.xz"
"$kzsim" bench pagesize "${sweep[@]}" --trace "$work/short.xz" --out "$work/shortxz" >/dev/null 2>"$work/err" &&
  fail "a truncated xz trace was accepted"
grep -q 'byte' "$work/err" || fail "truncated xz: expected a byte offset in: $(cat "$work/err")"

"$kzsim" calibrate intel-skylake --sizes 32K,96K >"$work/table" || fail "calibrate failed"
[[ $(wc -l <"$work/table") == 3 ]] || fail "calibrate: expected a header and two rows: $(cat "$work/table")"
"$kzsim" calibrate intel-skylake --pages 4K,2M --host-page 2M --sizes 1M --json >"$work/json" || fail "calibrate --json failed"
python3 - "$work/json" <<'PY' || fail "calibrate --json: unexpected shape"
import json, sys
points = json.load(open(sys.argv[1]))
assert len(points) == 2
for p in points:
    assert set(p) == {"model", "guest_page", "host_page", "working_set", "cycles_per_access", "ns_per_access"}, p
    assert p["host_page"] == "2M" and p["working_set"] == 1048576
PY
"$kzsim" calibrate intel-skylake --sizes 100 >/dev/null 2>"$work/err" && fail "calibrate accepted 100 bytes"
"$kzsim" calibrate --help | grep -q -- '--host-page' || fail "calibrate --help lacks --host-page"

exit $((failures > 0))

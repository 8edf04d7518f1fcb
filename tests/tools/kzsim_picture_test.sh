#!/bin/bash
# kzsim picture: each kind writes a well-formed SVG (checked with python3's XML parser) to -o
# FILE or standard output, the same bytes twice; bad input is refused naming the option.
# Usage: kzsim_picture_test.sh KZSIM SCENARIO
set -u
kzsim=$1
scenario=$2
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

well_formed() {  # FILE ELEMENT: the SVG parses and holds at least one ELEMENT
  python3 - "$1" "$2" <<'PY' || return 1
import sys, xml.etree.ElementTree as tree
root = tree.parse(sys.argv[1]).getroot()
assert root.tag == '{http://www.w3.org/2000/svg}svg', root.tag
assert root.findall('.//{http://www.w3.org/2000/svg}' + sys.argv[2]), sys.argv[2]
PY
}

"$kzsim" picture migration --memory 16G --dirty-rate 512M -o "$work/live.svg" || fail "migration exit"
well_formed "$work/live.svg" rect || fail "migration svg"
"$kzsim" picture walk --machine intel-haswell --guest-page 4K --backing-page 2M -o "$work/walk.svg" || fail "walk exit"
well_formed "$work/walk.svg" rect || fail "walk svg"
grep -q "19 memory references per TLB miss" "$work/walk.svg" || fail "walk count"
"$kzsim" picture classes --arch x86 > "$work/classes.svg" || fail "classes exit"
well_formed "$work/classes.svg" line || fail "classes svg"
"$kzsim" picture classes --arch x86 | cmp -s - "$work/classes.svg" || fail "classes not deterministic"
"$kzsim" picture states "$scenario" --zone kzone1 -o "$work/states.svg" || fail "states exit"
well_formed "$work/states.svg" circle || fail "states svg"

message=$("$kzsim" picture walk --machine intel-haswell --guest-page 8K --backing-page 2M 2>&1)
[[ $? == 2 && "$message" == *"--guest-page 8K: not a page size of intel-haswell"* ]] || fail "bad page size: $message"
message=$("$kzsim" picture classes --arch mips 2>&1)
[[ $? == 2 && "$message" == *"--arch mips: expected sparc or x86"* ]] || fail "bad arch: $message"

exit $((failures > 0))

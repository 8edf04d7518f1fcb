#!/bin/bash
# The kzsim command line: --version; an unknown subcommand names those that exist and the
# closest (and says where a command of the simulated hosts is typed); an error quotes at most a
# bounded prefix of a 1 MB value, on the command line and in the shell; kzsim advise answers a
# mixed fleet group by group, in text and --json, with exit 0, and `kzsim advise --help` in the
# shell prints kzsim's page.
# Usage: kzsim_command_line_test.sh KZSIM
set -u
kzsim=$1
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

output=$("$kzsim" --version) || fail "--version exit $?"
[[ $output =~ ^kzsim\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version: $output"

output=$("$kzsim" frobnicate 2>&1); status=$?
[[ $status == 2 ]] || fail "frobnicate: exit $status"
[[ $output == "kzsim: unknown subcommand 'frobnicate'; expected one of advise, "*shell* ]] || fail "frobnicate: $output"
output=$("$kzsim" shel 2>&1)
[[ $output == *"(closest: shell)"* ]] || fail "shel: $output"
output=$("$kzsim" explain host global 2>&1)
[[ $output == *"'explain' is a command of the simulated hosts: type it at the prompt of 'kzsim shell"* ]] ||
  fail "explain: $output"

# One argument holds at most 128 KiB (Linux's MAX_ARG_STRLEN): 100 kB on the command line.
long=$(head -c 100000 /dev/zero | tr '\0' 'x')
output=$("$kzsim" advise --machine "$long" 2>&1)
((${#output} < 1000)) || fail "a 100 kB model id is quoted whole (${#output} bytes)"
[[ $output == *"xxxx...[10000"?" bytes]"* ]] || fail "the 100 kB model id's prefix: ${output:0:300}"
long=$(head -c 1000000 /dev/zero | tr '\0' 'x')
output=$(printf 'zonecfg -z kz1 "create -t SYSsolaris-kz; set hostid=%s"\n' "$long" | "$kzsim" shell --machine sparc-t5 2>&1)
((${#output} < 2000)) || fail "a 1 MB zonecfg value is echoed whole in the shell (${#output} bytes)"

fleet=(--machine sparc-t4 --machine sparc-t5 --machine sparc-m7 --machine intel-nehalem --machine intel-haswell
  --machine amd-zen2)
output=$("$kzsim" advise "${fleet[@]}") || fail "advise on the mixed fleet: exit $?"
[[ $output == *"  type: zonecfg -z ZONE set cpu-arch=migration-class1"* ]] || fail "advise text: $output"
output=$("$kzsim" advise --json "${fleet[@]}") || fail "advise --json: exit $?"
python3 -c 'import json, sys; rows = json.load(sys.stdin); assert len(rows) == 6 and rows[5]["answered"], rows' \
  <<<"$output" || fail "advise --json: $output"
"$kzsim" advise --machine amd-zen2 --machine amd-zen2 > /dev/null || fail "an all-AMD fleet: exit $?"
"$kzsim" advise --machine sparc-t2 > /dev/null && fail "sparc-t2 has no answer, yet exit 0"

output=$(echo 'kzsim advise --help' | "$kzsim" shell --machine sparc-t5)
[[ $output == *"kzsim advise host... [--zone zone]"* ]] || fail "kzsim advise --help in the shell: $output"
exit $((failures > 0))

#!/bin/bash
# kzsim shell with piped standard input: no prompts, one world for the whole session ($? and
# service states carry over), `exit` leaves before the lines after it, refusals go to stderr.
# Usage: kzsim_shell_test.sh KZSIM
set -u
kzsim=$1
failures=0

check() {  # NAME EXPECTED ACTUAL
  if [[ "$2" != "$3" ]]; then
    echo "FAIL: $1"
    diff <(printf '%s\n' "$2") <(printf '%s\n' "$3")
    failures=$((failures + 1))
  fi
}

actual=$(printf '%s\n' 'uname -a' 'pagesize -a' 'svcadm disable ntp' 'svcs -H ntp' 'false' 'echo $?' \
  'exit' 'uname' | "$kzsim" shell --machine sparc-t5 2>&1)
check "session on sparc-t5" "SunOS global 5.11 11.4.81.0.0 sun4v sparc sun4v non-virtualized
8192
65536
4194304
268435456
2147483648
disabled        9:00:00 svc:/network/ntp:default
1" "$actual"

actual=$(echo 'virtinfo -c supported list -H -o name kernel-zone' | "$kzsim" shell --machine sparc-t2)
check "sparc-t2 cannot host kernel zones" "" "$actual"

actual=$(echo 'nosuch' | "$kzsim" shell --machine sparc-t5 2>&1)
check "unknown command" "nosuch: command not found" "$actual"

actual=$("$kzsim" shell --machine sparc-t9 </dev/null 2>&1)
status=$?
check "unknown machine exits 2" 2 "$status"
check "unknown machine names close matches" "kzsim: host 'global': unknown machine 'sparc-t9'; expected a model id from 'kzsim models' (did you mean sparc-t2, sparc-t3, sparc-t4, sparc-t5, sparc-t7, sparc-t8, sparc-m5, sparc-m6, sparc-m7, sparc-m8, sparc-s7?)" "$actual"

actual=$(echo 'svcadm disable ntp' | "$kzsim" shell --machine sparc-t5 --user jdoe 2>&1)
check "unknown user" "kzsim: --user jdoe: no such user on host 'global'; expected root or a user the scenario lists for it" "$actual"

exit $((failures > 0))

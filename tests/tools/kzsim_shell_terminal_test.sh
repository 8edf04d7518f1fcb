#!/bin/bash
# kzsim shell on a terminal (a pseudo-terminal from script(1)): Tab completes from the simulated
# world, lines are kept in the KZSIM_HISTORY file across sessions, KZSIM_HISTORY=off keeps none,
# and standard error is red only on a terminal.
# Usage: kzsim_shell_terminal_test.sh KZSIM
set -u
kzsim=$1
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

on_terminal() {  # INPUT [ENV...]: runs kzsim shell --machine sparc-t5 on a pseudo-terminal
  local input=$1
  shift
  printf '%b' "$input" | env "$@" TERM=xterm script -qec "$kzsim shell --machine sparc-t5" /dev/null
}

# "zoneadm lis<Tab>" completes to "zoneadm list ", which lists the global zone.
output=$(on_terminal 'zoneadm lis\t\nexit\n' KZSIM_HISTORY="$work/history")
[[ "$output" == *$'global\r'* ]] || fail "Tab completion: $output"
# libedit's history file writes a space as \040.
grep -qx 'zoneadm\\040list\\040' "$work/history" || fail "history file: $(cat "$work/history" 2>/dev/null)"
# A second session starts from the first one's history: Ctrl-P twice recalls "zoneadm list "
# (the latest line is "exit").
output=$(on_terminal '\x10\x10\nexit\n' KZSIM_HISTORY="$work/history")
[[ "$output" == *$'global\r'* ]] || fail "history across sessions: $output"

output=$(on_terminal 'uname\nexit\n' KZSIM_HISTORY=off HOME="$work/home")
[[ ! -e "$work/home" ]] || fail "KZSIM_HISTORY=off wrote $(find "$work/home")"

output=$(on_terminal 'nosuch\nexit\n' KZSIM_HISTORY=off)
[[ "$output" == *$'\e[31m'* ]] || fail "no colour on a terminal: $output"
output=$(on_terminal 'nosuch\nexit\n' KZSIM_HISTORY=off NO_COLOR=1)
[[ "$output" != *$'\e[31m'* ]] || fail "colour despite NO_COLOR"
output=$(echo nosuch | "$kzsim" shell --machine sparc-t5 2>&1)
[[ "$output" != *$'\e[31m'* ]] || fail "colour on a pipe"

exit $((failures > 0))

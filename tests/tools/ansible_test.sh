#!/bin/bash
# Debian's Ansible (ansible-core 2.14, community.general 6.6) against a kzsim world through its
# shims (#20), offline and bounded in time: the playbook ansible/solaris_zone.yml drives
# community.general.solaris_zone through every state. Usage: ansible_test.sh KZSIM
set -u
kzsim=$1
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v ansible-playbook >/dev/null || fail "ansible-playbook is missing (tools/setup installs Debian's ansible)"

"$kzsim" shims --world "$dir/world" --out "$dir/bin" --machine sparc-t7 >/dev/null || fail "shims"
mkdir "$dir/zones"
export PATH="$dir/bin:$PATH" KZSIM_BIN="$dir/bin" KZSIM_ZONES="$dir/zones"
# Ansible keeps its temporary files and collections cache in the test's directory.
export ANSIBLE_HOME="$dir/ansible" ANSIBLE_LOCAL_TEMP="$dir/ansible/tmp" ANSIBLE_REMOTE_TEMP="$dir/ansible/tmp"
export ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=0 ANSIBLE_PYTHON_INTERPRETER="$dir/bin/kzsim-python3"

timeout 600 ansible-playbook -i localhost, "$here/ansible/solaris_zone.yml" >"$dir/out" 2>&1 ||
  fail "solaris_zone playbook:
$(tail -40 "$dir/out")"
grep -q "failed=0" "$dir/out" || fail "playbook summary: $(tail -5 "$dir/out")"
echo "ok"

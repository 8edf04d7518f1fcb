#!/bin/bash
# Debian's Ansible (ansible-core 2.14, community.general 6.6) against a kzsim world through its
# shims (#20), offline and bounded in time: the playbook ansible/solaris_zone.yml drives
# community.general.solaris_zone through every state. Usage: ansible_test.sh KZSIM
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/client_world.sh"
command -v ansible-playbook >/dev/null || fail "ansible-playbook is missing (tools/setup installs Debian's ansible)"

mkdir "$dir/zones"
export KZSIM_BIN="$dir/bin" KZSIM_ZONES="$dir/zones" ANSIBLE_REMOTE_TEMP="$dir/ansible/tmp"
export ANSIBLE_RETRY_FILES_ENABLED=0 ANSIBLE_PYTHON_INTERPRETER="$dir/bin/kzsim-python3"

timeout 600 ansible-playbook -i localhost, "$here/ansible/solaris_zone.yml" >"$dir/out" 2>&1 ||
  fail "solaris_zone playbook:
$(tail -40 "$dir/out")"
grep -q "failed=0" "$dir/out" || fail "playbook summary: $(tail -5 "$dir/out")"
echo "ok"

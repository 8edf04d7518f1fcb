#!/bin/bash
# Ansible's SunOS facts (ansible -m setup) against kzsim shims (#20): ansible_system from uname
# (through the shims' kzsim-python3), and the virtualization facts a real SPARC control domain
# gives (zonename: global, so zone host; virtinfo -p: an LDoms control domain with every role).
# Offline and bounded in time. Usage: ansible_facts_test.sh KZSIM
set -u
source "$(dirname "$0")/client_world.sh"
command -v ansible >/dev/null || fail "ansible is missing (tools/setup installs Debian's ansible)"

timeout 120 ansible -i localhost, -c local localhost -m setup -a 'gather_subset=!all,virtual' \
  -e ansible_python_interpreter="$dir/bin/kzsim-python3" >"$dir/out" 2>&1 || fail "setup: $(tail -30 "$dir/out")"
sed -i '1s/^.*=> //' "$dir/out"
python3 - "$dir/out" <<'PY' || exit 1
import json, sys
facts = json.load(open(sys.argv[1]))["ansible_facts"]
expected = {
    "ansible_system": "SunOS",
    "ansible_kernel": "5.11",
    "ansible_virtualization_type": "ldom",
    "ansible_virtualization_role": "host (control,io,service,root)",
    "ansible_virtualization_tech_host": ["zone"],
    "ansible_virtualization_tech_guest": ["ldom"],
}
wrong = {k: (facts.get(k), v) for k, v in expected.items() if facts.get(k) != v}
if wrong:
    sys.exit(f"FAIL: facts (found, expected): {wrong}")
PY
echo "ok"

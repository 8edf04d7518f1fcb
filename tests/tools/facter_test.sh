#!/bin/bash
# Facter 4.3's Solaris facts against kzsim shims (#20), through the shims' facter (Facter's
# Solaris resolvers, the simulated host's commands): the kernel, the current zone, the zones
# and their fields from zoneadm list -cp, the processors from kstat -m cpu_info, the LDoms facts
# from virtinfo -a -p and the virtual facts a real SPARC control domain gives. Offline and
# bounded in time. Usage: facter_test.sh KZSIM
set -u
source "$(dirname "$0")/client_world.sh"
command -v facter >/dev/null || fail "facter is missing (tools/setup installs Debian's facter)"

kernel_zone kz
timeout 120 facter --json kernel zonename solaris_zones processors ldom virtual is_virtual >"$dir/out" 2>"$dir/err" ||
  fail "facter: $(cat "$dir/err")"
threads=$(psrinfo | wc -l)
python3 - "$dir/out" "$threads" <<'PY' || exit 1
import json, sys
facts = json.load(open(sys.argv[1]))
threads = int(sys.argv[2])
checks = {
    "kernel": facts["kernel"] == "SunOS",
    "zonename": facts["zonename"] == "global",
    "zones": {name: (z["brand"], z["status"], z["ip_type"]) for name, z in facts["solaris_zones"]["zones"].items()}
             == {"global": ("solaris", "running", "shared"), "kz": ("solaris-kz", "running", "excl")},
    "processors.count": facts["processors"]["count"] == threads,
    "processors.physicalcount": facts["processors"]["physicalcount"] == 1,
    "processors.models": facts["processors"]["models"][0].startswith("SPARC-"),
    "ldom control": facts["ldom"]["domainrole"]["control"] == "true",
    "ldom impl": facts["ldom"]["domainrole"]["impl"] == "LDoms",
    "virtual": facts["virtual"] == "physical",
    "is_virtual": facts["is_virtual"] is False,
}
wrong = [name for name, ok in checks.items() if not ok]
if wrong:
    sys.exit(f"FAIL: {wrong} in {json.dumps(facts, indent=1)}")
PY
echo "ok"

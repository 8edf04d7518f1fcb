# Sourced by the client tests of #20 (ansible_*_test.sh, facter_test.sh) with KZSIM as $1: a
# temporary directory, fail, a SPARC T7 world with its shims first on PATH, and Ansible's own
# files kept in the directory. kernel_zone NAME configures, installs and boots a kernel zone.
kzsim=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
"$kzsim" shims --world "$dir/world" --out "$dir/bin" --machine sparc-t7 >/dev/null || fail "shims"
export PATH="$dir/bin:$PATH" ANSIBLE_HOME="$dir/ansible" ANSIBLE_LOCAL_TEMP="$dir/ansible/tmp" ANSIBLE_NOCOLOR=1
kernel_zone() {
  zonecfg -z "$1" 'create -t SYSsolaris-kz; commit' && zoneadm -z "$1" install >/dev/null && zoneadm -z "$1" boot ||
    fail "kernel zone $1"
}

#!/bin/bash
# signature_reproducible.sh SIGN_MODULE KEY MODULE SIGNATURE: signing MODULE again gives the
# build's SIGNATURE byte for byte (Ed25519 is deterministic), so guest images and their
# signatures are reproducible.
set -euo pipefail
sign_module=$1 key=$2 module=$3 signature=$4
again=$(mktemp)
trap 'rm -f "$again"' EXIT
"$sign_module" "$key" "$module" "$again"
cmp "$again" "$signature"

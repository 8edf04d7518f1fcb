#pragma once
// Applying one configuration to a running kernel zone (guide ch.4): `zoneadm apply` applies the
// persistent configuration, `zonecfg -r commit` the edited live one. It prints what it checks
// ("Checking: Modifying virtual-cpu ncpus=8") and "Applying the changes", then carries out
// what the guest allows: virtual CPUs the guest uses for nested zones stay (partial success),
// memory changes only with memory live reconfiguration and in whole pages, as far as the guest
// gives memory back (the strict method, capped-memory:memlzr=strict, refuses a partial resize).
// The live configuration ends with the values reached.
//
// Lines are prefixed "zone 'NAME': " except when memory is resized: the guide's memory
// transcripts print them bare.
#include "core/shell/command.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

struct LiveApplyOptions {
  bool dry_run = false;  // print the Checking lines only (-n)
  bool quiet = false;    // print only errors and warnings (-q)
};

// The exit status: 0 when everything (or part of a vCPU or non-strict memory change) was
// applied, 1 when a change failed.
int apply_live_configuration(Host& host, Zone& zone, const ZoneConfig& target, shell::Invocation& call,
                             LiveApplyOptions options = {});

}  // namespace kzsim::zones

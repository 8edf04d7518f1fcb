#pragma once
// `kzsim advise` on a fleet of any mix of hosts: a kernel zone migrates only within one
// architecture, and cpu-arch classes exist only on SPARC and Intel (guide ch.5 "Preparation for
// Migrating Kernel Zones to Systems With Different CPUs or OS Versions"), so the hosts are split
// into groups (an architecture, and whether its models have classes) and each group gets its
// own answer: the cluster baseline and the zonecfg line that sets it, or, for models without
// classes (AMD), which hosts have identical CPUs and so migrate warm or live with cpu-arch unset.
#include <string>
#include <vector>

#include "zones/advisor/cluster_baseline.hpp"

namespace kzsim::zones {

struct FleetGroup {
  std::string name;                // "sparc: Oracle", "x86: Intel", "x86: AMD"
  std::vector<BaselineHost> hosts;
  ClusterBaseline baseline;        // set when the group's models have cpu-arch classes
  bool has_classes = false;
  // Without classes: hosts with identical CPUs (one model each), which migrate warm and live
  // among themselves with the configuration unchanged.
  std::vector<std::vector<std::string>> identical;
  std::string zonecfg;  // the line to type, with ZONE for the zone; empty when nothing is to be set
  std::string answer;   // what the group's kernel zones can do, one sentence with its guide section
  bool answered = false;  // false: no kernel zone migrates within the group (answer says why)
};

std::vector<FleetGroup> fleet_advice(const std::vector<BaselineHost>& hosts,
                                     const catalog::Catalog& catalog = catalog::Catalog::builtin());

// kzsim advise's exit status 0: every group has an answer.
bool every_group_answered(const std::vector<FleetGroup>& groups);

}  // namespace kzsim::zones

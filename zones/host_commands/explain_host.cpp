#include "zones/host_commands/explain_host.hpp"

#include <fmt/format.h>

#include "zones/requirements.hpp"

namespace kzsim::zones {

std::string explain_host(const Host& host) {
  const auto blockers = kernel_zone_blockers(host);
  std::string text;
  if (blockers.empty()) {
    text = fmt::format("{} ({}) can run kernel zones.\n", host.name, host.model->id);
  } else {
    text = fmt::format("{} ({}) cannot run kernel zones:\n", host.name, host.model->id);
    for (const auto& blocker : blockers) text += fmt::format("  - {} (guide: {})\n", blocker.reason, blocker.section);
  }
  if (auto limit = ldom_kernel_zone_limit(host))
    text += fmt::format("As an Oracle VM Server for SPARC guest domain it may run at most {} kernel zones "
                        "(guide: Hardware Requirements for Oracle Solaris Kernel Zones).\n",
                        *limit);
  return text;
}

}  // namespace kzsim::zones

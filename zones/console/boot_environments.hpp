#pragma once
// The boot environments a kernel zone's boot loader lists. A scenario describes them in the host
// file /system/volatile/zones/ZONE/boot-environments, one a line in boot-menu order:
//   TITLE                 (its dataset is rpool/ROOT/TITLE)
//   TITLE (DATASET)
// Without the file the zone has the one environment its install created (INFERRED title, as
// the guide's Example 7-1 prints it): "Oracle Solaris 11.4 SPARC (rpool/ROOT/solaris)".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

struct BootEnvironment {
  std::string title;
  std::string dataset;
};

std::string boot_environments_path(std::string_view zone);

// Nothing (and `error` naming the file and line) when a line is malformed.
std::optional<std::vector<BootEnvironment>> boot_environments(const Host& host, const Zone& zone, std::string& error);

}  // namespace kzsim::zones

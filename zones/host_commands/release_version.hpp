#pragma once
// The version field of uname -v / -a, as real hosts print it for a release (solaris-facts §7):
// the same on a global zone and in a kernel zone (issue #15).
#include <string>

#include "core/catalog/catalog.hpp"

namespace kzsim::zones {

std::string release_version(const catalog::Version& os);

}  // namespace kzsim::zones

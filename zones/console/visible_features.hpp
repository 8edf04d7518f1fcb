#pragma once
// What a kernel zone's guest sees of its CPU: the host model's features that its cpu-arch class
// also has, less the Software in Silicon features (adi, dax, va-masking) its host-compatible
// level does not enable.
#include <string>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

// In the host model's isainfo order.
std::vector<std::string> visible_features(const Host& host, const ZoneConfig& config);

}  // namespace kzsim::zones

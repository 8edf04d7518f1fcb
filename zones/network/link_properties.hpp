#pragma once
// The link property dladm models: iov, which lets a NIC offer SR-IOV virtual functions.
#include <optional>
#include <string>
#include <string_view>

#include "zones/network/datalinks.hpp"

namespace kzsim::zones {

// The value set with set-linkprop, or the default "auto".
std::string iov_value(const Datalinks& links, std::string_view link);
// "on" only when set on (kzsim model: auto needs the driver's VF configuration, which no host
// has, so it is effectively off).
std::string iov_effective(const Datalinks& links, std::string_view link);
// Sets iov on a NIC or aggregation; refuses values other than on/off/auto and iov=on on an
// aggregation (the guide: "Setting iov=on over either DLMP or trunk aggregation is prohibited").
std::optional<std::string> set_iov(Datalinks& links, std::string_view link, std::string_view value);

}  // namespace kzsim::zones

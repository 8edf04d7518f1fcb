#pragma once
// The text of "kzsim explain host": every reason a host cannot run kernel zones, with the guide
// section of each, or that it can.
#include <string>

#include "zones/host.hpp"

namespace kzsim::zones {

std::string explain_host(const Host& host);

}  // namespace kzsim::zones

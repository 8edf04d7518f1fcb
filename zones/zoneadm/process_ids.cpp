#include "zones/zoneadm/process_ids.hpp"

#include <string>

namespace kzsim::zones {

int simulated_process_id(const Host& host, std::string_view purpose) {
  return static_cast<int>(1000 + host.rng.fork("pid/" + std::string(purpose)).next() % 999000);
}

}  // namespace kzsim::zones

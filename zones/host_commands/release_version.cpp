#include "zones/host_commands/release_version.hpp"

#include <fmt/format.h>

#include <map>
#include <string_view>

namespace kzsim::zones {

namespace {

// Branch numbers seen on real 11.4 SRUs (solaris-facts §7, FOUND; 76: "SunOS OEM 5.11
// 11.4.76.170.1 sun4v sparc sun4v logical-domain", tests/scenarios/real); other SRUs print ".0.0".
const std::map<int, std::string_view> kSruBuilds{
    {0, "15.0"}, {19, "3.0"}, {36, "15.0"}, {69, "170.2"}, {76, "170.1"}, {77, "182.2"}};

}  // namespace

std::string release_version(const catalog::Version& os) {
  const auto& parts = os.parts;
  if (parts.size() < 2 || parts[0] != 11 || parts[1] < 4) return os.text();
  if (parts.size() >= 5) return os.text();
  const int sru = parts.size() >= 3 ? parts[2] : 0;
  if (parts.size() <= 3)
    if (auto build = kSruBuilds.find(sru); build != kSruBuilds.end())
      return fmt::format("11.4.{}.{}", sru, build->second);
  std::string text = fmt::format("11.4.{}", sru);
  for (std::size_t i = 3; i < 5; ++i) text += fmt::format(".{}", i < parts.size() ? parts[i] : 0);
  return text;
}

}  // namespace kzsim::zones

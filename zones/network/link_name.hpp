#pragma once
// Solaris's rule for datalink names (illumos usr/src/lib/libdladm/common/libdladm.c,
// dladm_valid_linkname, as in Solaris 11 before '.' was allowed): shorter than MAXLINKNAMELEN
// (32, so at most 31 characters), not starting with a digit, ending in a digit, of letters,
// digits and '_'.
#include <optional>
#include <string>
#include <string_view>

namespace kzsim::zones {

inline constexpr std::size_t kMaxLinkNameLength = 31;

// dladm's words for a name that breaks the rule, with what was expected (illumos
// usr/src/cmd/dladm/dladm.c: "link name too long '%s'", "invalid link name '%s'"); nothing for
// a valid name.
std::optional<std::string> link_name_refusal(std::string_view name);

}  // namespace kzsim::zones

#pragma once
// capped-memory:pagesize-policy (and the memory-reserve service's config/pagesize-policy): which
// page size backs a kernel zone's (or a reservation pool's) memory.
#include <optional>
#include <string>
#include <string_view>

#include "core/catalog/catalog.hpp"
#include "core/units.hpp"
#include "zones/memory/physical_memory.hpp"

namespace kzsim::zones {

enum class PageSizePolicy { Unset, LargestAvailable, LargestOnly, SmallestOnly, Fixed };

// "largest-available", "largest-only", "smallest-only", "fixed"; "" is Unset.
std::optional<PageSizePolicy> parse_page_size_policy(std::string_view text);

// The smallest page size a kernel zone's memory can use: 256M on SPARC, 2M on x86.
Bytes minimum_zone_page_size(catalog::Arch arch);

struct PageSizeRequest {
  Bytes amount = 0;                // capped-memory:physical (or config/size)
  PageSizePolicy policy = PageSizePolicy::LargestAvailable;
  std::string fixed_page_size;     // capped-memory:pagesize as written, for Fixed
};

struct PageSizeChoice {
  Bytes page_size = 0;
  std::string error;  // the boot failure's lines when no page size works
  bool ok() const { return error.empty(); }
};

// The page size `request` gets on `memory` now, or why it cannot boot.
PageSizeChoice choose_page_size(const PhysicalMemory& memory, catalog::Arch arch, const PageSizeRequest& request);

}  // namespace kzsim::zones

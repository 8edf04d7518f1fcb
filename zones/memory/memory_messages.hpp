#pragma once
// The memory failures kernel zones print, word for word as the guide (ch. 4 "Kernel Zone Boot
// Failures", "Memory Size Change Warning and Error Messages") shows them; each ends in a newline.
#include <string>
#include <string_view>

#include "core/units.hpp"

namespace kzsim::zones {

std::string not_enough_contiguous_pages_message(Bytes physical);
std::string unsupported_page_size_message(std::string_view page_size_text);
// INFERRED wording (the guide states the rule, not the message): memory not a multiple of the
// page size it must use.
std::string unaligned_memory_message(Bytes physical, Bytes page_size);
// INFERRED wording: no memory left for a SPARC zone's nested page tables.
std::string npt_exhausted_message(std::string_view pool);

// Live memory resize (guide ch.4 "Memory Size Change Warning and Error Messages", "Strict Method
// Memory Resize Request Failure"); `requested` and `final` as zonecfg prints sizes ("12G").
std::string memory_reconfiguration_not_enabled_message();
std::string strict_resize_failed_message();
std::string resize_failed_message(std::string_view requested);
std::string partial_resize_warning(std::string_view requested, std::string_view final_size);

}  // namespace kzsim::zones

#include "zones/memory/memory_messages.hpp"

#include <fmt/format.h>

namespace kzsim::zones {

namespace {
std::string gigabyte_style(Bytes bytes) { return format_size(bytes) + "B"; }
}  // namespace

std::string not_enough_contiguous_pages_message(Bytes physical) {
  return fmt::format(
      "error: Not enough contiguous free memory pages to allocate\n"
      "capped-memory:physical value of {} for zone. Consider using\n"
      "memory-reserve(8s) to facilitate reserving memory for Kernel Zones\n",
      gigabyte_style(physical));
}

std::string unsupported_page_size_message(std::string_view page_size_text) {
  return fmt::format("error: The capped-memory:pagesize value {} is not supported on this host.\n", page_size_text);
}

std::string unaligned_memory_message(Bytes physical, Bytes page_size) {
  return fmt::format("error: capped-memory:physical value of {} is not a multiple of the page size {}.\n",
                     gigabyte_style(physical), gigabyte_style(page_size));
}

std::string npt_exhausted_message(std::string_view pool) {
  return fmt::format(
      "error: Not enough memory for nested page tables; set config/npt-reservation of "
      "svc:/system/memory-reserve:{} to the number of kernel zones using it.\n",
      pool);
}

std::string memory_reconfiguration_not_enabled_message() { return "error: Memory reconfiguration not enabled\n"; }

std::string strict_resize_failed_message() {
  return "error: operation could not reach the required memory settings\n"
         "and the memlzr property was set to 'strict' forcing the\n"
         "operation to fail. Clear the capped-memory's memlzr property to\n"
         "accept partial success.\n";
}

std::string resize_failed_message(std::string_view requested) {
  return fmt::format("error: Modifying capped-memory physical={} failed\n", requested);
}

std::string partial_resize_warning(std::string_view requested, std::string_view final_size) {
  return fmt::format("warning: operation succeeded partially for capped memory (requested: {}, final: {})\n", requested,
                     final_size);
}

}  // namespace kzsim::zones
